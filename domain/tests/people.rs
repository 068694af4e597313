//! The people table: whole people, as a specialist would try them, from profile and
//! answers to what the result shows — the forms of violence, the danger signs, urgency,
//! the guidance blocks, the first five contacts and the contacts that must never appear.
//! National lines come from the real `contacts/national.toml`; local contacts from a fixed
//! fixture, so that work on the municipalities' data cannot break this table.

use std::path::Path as FsPath;

use domain::contacts::files::load_dir;
use domain::contacts::{Audience, Contact, Hours, Kind};
use domain::date::Date;
use domain::questionnaire::{
    AgeGroup, Answer, Answers, Category, DangerSign, Path, Profile, SelfDescription, asked,
    evaluate,
};
use domain::ranking::{Moment, Needs, rank};

/// The real national lines.
fn national() -> Vec<Contact> {
    let dir = FsPath::new(env!("CARGO_MANIFEST_DIR")).join("../contacts");
    load_dir(&dir, Date::parse("2099-12-31").unwrap())
        .unwrap_or_else(|e| panic!("{e}"))
        .directory
        .national
}

/// One local contact of the fixture, open around the clock.
fn local(id: &str, kind: Kind, audiences: &[Audience]) -> Contact {
    Contact {
        id: id.into(),
        name: id.into(),
        kind,
        audiences: audiences.to_vec(),
        only_for: vec![],
        phone: None,
        sms: None,
        chat: None,
        web: Some("https://example.se".into()),
        hours: Hours::Always,
        languages: vec![],
        interpreter: false,
        free: true,
        anonymous: false,
        professionals_only: false,
        switchboard: false,
        via_112: false,
        source: "https://example.se".into(),
        read: "2026-12-07".into(),
        source_date: None,
        funded_until: None,
        third_party_only: false,
    }
}

/// A municipality with one contact of each kind a municipality usually has.
fn locals() -> Vec<Contact> {
    use Audience::*;
    vec![
        local("local-social", Kind::SocialServices, &[Everyone]),
        local("local-on-call", Kind::SocialServicesOnCall, &[Everyone]),
        local("local-womens-shelter", Kind::WomensShelter, &[Women]),
        local("local-girls-shelter", Kind::GirlsShelter, &[Women, Young]),
        local("local-mens-shelter", Kind::MensShelter, &[Men]),
        local(
            "local-programme",
            Kind::PerpetratorProgramme,
            &[UsesViolence],
        ),
        local("local-youth-clinic", Kind::YouthClinic, &[Young]),
        local("local-victim-support", Kind::VictimSupport, &[Everyone]),
    ]
}

/// Monday noon: every national line with known hours is open then.
const NOON_MONDAY: Moment = Moment {
    weekday: 0,
    minute: 720,
};

/// What the result shows besides findings and contacts.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Blocks {
    danger_unanswered: bool,
    child_protection: bool,
    report_concern_for_child: bool,
    support_for_children: bool,
    also_exposed: bool,
}

const NONE: Blocks = Blocks {
    danger_unanswered: false,
    child_protection: false,
    report_concern_for_child: false,
    support_for_children: false,
    also_exposed: false,
};

/// One person.
struct Person {
    name: &'static str,
    profile: Profile,
    answers: &'static [(&'static str, Answer)],
    findings: &'static [Category],
    signs: &'static [DangerSign],
    blocks: Blocks,
    first: [&'static str; 5],
    never: &'static [&'static str],
}

fn who(path: Path, age: AgeGroup, self_description: Option<SelfDescription>) -> Profile {
    Profile {
        path,
        age: Some(age),
        self_description,
        about_child: None,
    }
}

fn worried(about_child: bool) -> Profile {
    Profile {
        path: Path::Worried,
        age: Some(AgeGroup::Adult),
        self_description: None,
        about_child: Some(about_child),
    }
}

/// Lines for people exposed to violence: never offered to someone who used it.
const VICTIM_LINES: &[&str] = &[
    "kvinnofridslinjen",
    "stodlinjen-for-man",
    "stodlinjen-for-transpersoner",
    "terrafem",
    "brottsofferjouren",
    "ratt-att-valja",
    "local-womens-shelter",
    "local-girls-shelter",
    "local-mens-shelter",
    "local-victim-support",
];
/// Programmes for people who use violence: never offered to the person exposed.
const PROGRAMMES: &[&str] = &["valj-att-sluta", "local-programme"];

fn people() -> Vec<Person> {
    use AgeGroup::{Adult, Under18};
    use Answer::{No, RatherNotSay, Sometimes, Yes};
    use Category::*;
    use DangerSign::*;
    use SelfDescription::{Man, RatherNotSay as NotSaid, TransOrNonBinary, Woman};
    vec![
        // ── partner ───────────────────────────────────────────────────────────────
        Person {
            name: "woman, partner hits and puts her down",
            profile: who(Path::Partner, Adult, Some(Woman)),
            answers: &[("partner-put-down", Yes), ("partner-hit", Sometimes)],
            findings: &[Physical, Psychological],
            signs: &[],
            blocks: Blocks {
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "kvinnofridslinjen",
                "terrafem",
                "local-womens-shelter",
                "local-social",
                "local-on-call",
            ],
            never: &[
                "stodlinjen-for-man",
                "killar-se",
                "valj-att-sluta",
                "local-mens-shelter",
            ],
        },
        Person {
            name: "man, partner controls money and phone",
            profile: who(Path::Partner, Adult, Some(Man)),
            answers: &[("partner-phone", Yes), ("partner-money", Yes)],
            findings: &[Economic, Digital],
            signs: &[],
            blocks: Blocks {
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "stodlinjen-for-man",
                "local-mens-shelter",
                "local-social",
                "local-on-call",
                "local-victim-support",
            ],
            never: &[
                "kvinnofridslinjen",
                "terrafem",
                "local-womens-shelter",
                "valj-att-sluta",
            ],
        },
        Person {
            name: "trans person, partner threatens to out them",
            profile: who(Path::Partner, Adult, Some(TransOrNonBinary)),
            answers: &[("partner-threats", Yes)],
            findings: &[Psychological],
            signs: &[],
            blocks: Blocks {
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "stodlinjen-for-transpersoner",
                "local-social",
                "local-on-call",
                "local-victim-support",
                "brottsofferjouren",
            ],
            never: &["kvinnofridslinjen", "stodlinjen-for-man", "valj-att-sluta"],
        },
        Person {
            name: "did not describe themself, partner hits: every gendered line offered",
            profile: who(Path::Partner, Adult, None),
            answers: &[("partner-hit", Yes)],
            findings: &[Physical],
            signs: &[],
            blocks: Blocks {
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "kvinnofridslinjen",
                "terrafem",
                "stodlinjen-for-man",
                "stodlinjen-for-transpersoner",
                "local-social",
            ],
            never: PROGRAMMES,
        },
        Person {
            name: "rather not say, partner threatens: every gendered line offered",
            profile: who(Path::Partner, Adult, Some(NotSaid)),
            answers: &[("partner-threats", Sometimes)],
            findings: &[Psychological],
            signs: &[],
            blocks: Blocks {
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "kvinnofridslinjen",
                "terrafem",
                "stodlinjen-for-man",
                "stodlinjen-for-transpersoner",
                "local-social",
            ],
            never: PROGRAMMES,
        },
        Person {
            name: "woman strangled: 112 first, care advised, shelters next",
            profile: who(Path::Partner, Adult, Some(Woman)),
            answers: &[("partner-hit", Yes), ("partner-neck", Yes)],
            findings: &[Physical],
            signs: &[Strangulation],
            blocks: Blocks {
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "emergency-112",
                "kvinnofridslinjen",
                "terrafem",
                "local-womens-shelter",
                "local-social",
            ],
            never: PROGRAMMES,
        },
        Person {
            name: "every partner danger sign named, man",
            profile: who(Path::Partner, Adult, Some(Man)),
            answers: &[
                ("partner-hit", Yes),
                ("partner-follow", Yes),
                ("partner-neck", Yes),
                ("partner-weapon", Yes),
                ("partner-kill", Yes),
                ("partner-children-see", Yes),
                ("partner-worse", Yes),
                ("partner-jealous", Yes),
                ("partner-leaving", Yes),
                ("partner-could-kill", Yes),
                ("partner-weapon-home", Yes),
                ("partner-suicide-threat", Yes),
                ("partner-contact-ban", Yes),
                ("partner-pregnant", Yes),
                ("partner-children-threat", Yes),
                ("partner-suicide-self", No),
            ],
            findings: &[Physical, Psychological, Digital, Latent, ChildrenWitnessing],
            signs: &[
                Strangulation,
                Weapon,
                WeaponAccess,
                ThreatToKill,
                BelievesCouldKill,
                Escalation,
                Separation,
                Pregnancy,
                Jealousy,
                SuicideThreats,
                ContactBanBroken,
                Stalking,
                ThreatsToChildren,
            ],
            blocks: Blocks {
                report_concern_for_child: true,
                ..NONE
            },
            first: [
                "emergency-112",
                "stodlinjen-for-man",
                "local-mens-shelter",
                "local-social",
                "local-on-call",
            ],
            never: &["kvinnofridslinjen", "valj-att-sluta"],
        },
        Person {
            name: "woman with own thoughts of suicide: Självmordslinjen right after 112",
            profile: who(Path::Partner, Adult, Some(Woman)),
            answers: &[("partner-put-down", Yes), ("partner-suicide-self", Yes)],
            findings: &[Psychological],
            signs: &[SuicidalThoughts],
            blocks: Blocks {
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "emergency-112",
                "sjalvmordslinjen",
                "kvinnofridslinjen",
                "terrafem",
                "local-womens-shelter",
            ],
            never: PROGRAMMES,
        },
        Person {
            name: "partner with a location app she agreed to is not asked about; said no to everything",
            profile: who(Path::Partner, Adult, Some(Woman)),
            answers: &[
                ("partner-follow", No),
                ("partner-put-down", No),
                ("partner-hit", No),
            ],
            findings: &[],
            signs: &[],
            blocks: Blocks {
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "kvinnofridslinjen",
                "terrafem",
                "local-womens-shelter",
                "local-social",
                "local-on-call",
            ],
            never: PROGRAMMES,
        },
        Person {
            name: "declined every danger question: never read as nothing",
            profile: who(Path::Partner, Adult, Some(Woman)),
            answers: &[
                ("partner-put-down", Yes),
                ("partner-neck", RatherNotSay),
                ("partner-weapon", RatherNotSay),
                ("partner-kill", RatherNotSay),
            ],
            findings: &[Psychological],
            signs: &[],
            blocks: Blocks {
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "kvinnofridslinjen",
                "terrafem",
                "local-womens-shelter",
                "local-social",
                "local-on-call",
            ],
            never: PROGRAMMES,
        },
        Person {
            name: "girl, 16, pressured for nudes by someone she dates",
            profile: who(Path::Partner, Under18, Some(Woman)),
            answers: &[("partner-nudes", Yes), ("partner-phone", Sometimes)],
            findings: &[Sexual, Digital],
            signs: &[],
            blocks: Blocks {
                child_protection: true,
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "bris",
                "unga-relationer",
                "kvinnofridslinjen",
                "terrafem",
                "local-social",
            ],
            never: &[
                "killar-se",
                "stodlinjen-for-man",
                "valj-att-sluta",
                "ratt-att-valja",
            ],
        },
        Person {
            name: "boy, 15, hit by the person he dates",
            profile: who(Path::Partner, Under18, Some(Man)),
            answers: &[("partner-hit", Yes)],
            findings: &[Physical],
            signs: &[],
            blocks: Blocks {
                child_protection: true,
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "bris",
                "killar-se",
                "unga-relationer",
                "stodlinjen-for-man",
                "local-social",
            ],
            never: &[
                "kvinnofridslinjen",
                "terrafem",
                "valj-att-sluta",
                "ratt-att-valja",
            ],
        },
        Person {
            name: "young person, gender skipped, strangled by the person they date",
            profile: who(Path::Partner, Under18, None),
            answers: &[("partner-neck", Yes)],
            findings: &[Physical],
            signs: &[Strangulation],
            blocks: Blocks {
                child_protection: true,
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "emergency-112",
                "bris",
                "killar-se",
                "unga-relationer",
                "kvinnofridslinjen",
            ],
            never: PROGRAMMES,
        },
        // ── family and honour ─────────────────────────────────────────────────────
        Person {
            name: "girl, honour control at school and with friends",
            profile: who(Path::Family, Under18, Some(Woman)),
            answers: &[
                ("family-friends", Yes),
                ("family-school", Yes),
                ("family-siblings", Yes),
            ],
            findings: &[Honour],
            signs: &[],
            blocks: Blocks {
                child_protection: true,
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "bris",
                "unga-relationer",
                "ratt-att-valja",
                "kvinnofridslinjen",
                "terrafem",
            ],
            never: &["killar-se", "valj-att-sluta", "stodlinjen-for-man"],
        },
        Person {
            name: "boy, 17, family plans a marriage: child protection and 112",
            profile: who(Path::Family, Under18, Some(Man)),
            answers: &[("family-love", Yes), ("family-marriage", Yes)],
            findings: &[Honour],
            signs: &[ChildMarriage],
            blocks: Blocks {
                child_protection: true,
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "emergency-112",
                "bris",
                "killar-se",
                "unga-relationer",
                "ratt-att-valja",
            ],
            never: &["kvinnofridslinjen", "valj-att-sluta"],
        },
        Person {
            name: "girl, 14, feared trip abroad and cutting: child protection",
            profile: who(Path::Family, Under18, Some(Woman)),
            answers: &[("family-abroad", Yes), ("family-cutting", Yes)],
            findings: &[Honour],
            signs: &[ForcedTripOrMarriage, GenitalMutilation],
            blocks: Blocks {
                child_protection: true,
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "emergency-112",
                "bris",
                "unga-relationer",
                "ratt-att-valja",
                "kvinnofridslinjen",
            ],
            never: PROGRAMMES,
        },
        Person {
            name: "young person, abused sexually by a relative",
            profile: who(Path::Family, Under18, None),
            answers: &[("family-sex-touch", Yes)],
            findings: &[Sexual],
            signs: &[ChildSexualAbuse],
            blocks: Blocks {
                child_protection: true,
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "emergency-112",
                "bris",
                "killar-se",
                "unga-relationer",
                "kvinnofridslinjen",
            ],
            never: PROGRAMMES,
        },
        Person {
            name: "girl, parent checks her location in an app: not a danger sign",
            profile: who(Path::Family, Under18, Some(Woman)),
            answers: &[("family-tracking", Yes)],
            findings: &[Digital],
            signs: &[],
            blocks: Blocks {
                child_protection: true,
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "bris",
                "unga-relationer",
                "kvinnofridslinjen",
                "terrafem",
                "local-social",
            ],
            never: &["valj-att-sluta", "killar-se"],
        },
        Person {
            name: "adult woman, forced marriage and earlier honour violence in the family",
            profile: who(Path::Family, Adult, Some(Woman)),
            answers: &[
                ("family-collective", Yes),
                ("family-marriage", Yes),
                ("family-honour-before", Yes),
                ("family-partner-threat", Yes),
            ],
            findings: &[Honour],
            signs: &[ForcedTripOrMarriage, HonourViolenceBefore],
            blocks: Blocks {
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "emergency-112",
                "ratt-att-valja",
                "kvinnofridslinjen",
                "terrafem",
                "local-social",
            ],
            never: PROGRAMMES,
        },
        Person {
            name: "adult man, family hits, no honour: no honour line first",
            profile: who(Path::Family, Adult, Some(Man)),
            answers: &[("family-hit", Yes)],
            findings: &[Physical],
            signs: &[],
            blocks: Blocks {
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "stodlinjen-for-man",
                "local-social",
                "local-on-call",
                "local-mens-shelter",
                "vardguiden-1177",
            ],
            never: &["ratt-att-valja", "valj-att-sluta", "kvinnofridslinjen"],
        },
        Person {
            name: "older woman, personal assistant takes her pension",
            profile: who(Path::Family, Adult, Some(Woman)),
            answers: &[("family-money", Yes), ("family-carer", Yes)],
            findings: &[Economic, Neglect],
            signs: &[],
            blocks: Blocks {
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "kvinnofridslinjen",
                "terrafem",
                "local-social",
                "local-on-call",
                "local-womens-shelter",
            ],
            never: PROGRAMMES,
        },
        Person {
            name: "adult in a family with guns, who believes they could be killed",
            profile: who(Path::Family, Adult, None),
            answers: &[
                ("family-put-down", Yes),
                ("family-could-kill", Yes),
                ("family-weapon-home", Yes),
                ("family-contact-ban", Yes),
            ],
            findings: &[Psychological, Latent],
            signs: &[WeaponAccess, BelievesCouldKill, ContactBanBroken],
            blocks: Blocks {
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "emergency-112",
                "kvinnofridslinjen",
                "terrafem",
                "stodlinjen-for-man",
                "stodlinjen-for-transpersoner",
            ],
            never: PROGRAMMES,
        },
        Person {
            name: "young person, siblings see violence at home",
            profile: who(Path::Family, Under18, None),
            answers: &[("family-hit", Yes), ("family-children-see", Yes)],
            findings: &[Physical, ChildrenWitnessing],
            signs: &[],
            blocks: Blocks {
                child_protection: true,
                report_concern_for_child: true,
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "bris",
                "killar-se",
                "unga-relationer",
                "kvinnofridslinjen",
                "terrafem",
            ],
            never: PROGRAMMES,
        },
        // ── exploitation ──────────────────────────────────────────────────────────
        Person {
            name: "adult woman pressured to sell sex, papers taken",
            profile: who(Path::Exploitation, Adult, Some(Woman)),
            answers: &[("exploit-sell-sex", Yes), ("exploit-papers", Yes)],
            findings: &[CoercedSex, DocumentsTaken],
            signs: &[],
            blocks: Blocks {
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "kvinnofridslinjen",
                "terrafem",
                "local-social",
                "local-on-call",
                "vardguiden-1177",
            ],
            never: PROGRAMMES,
        },
        Person {
            name: "adult man on a false job promise, living at the workplace, forced to beg",
            profile: who(Path::Exploitation, Adult, Some(Man)),
            answers: &[
                ("exploit-job-promise", Yes),
                ("exploit-begging-crime", Yes),
                ("exploit-living", Yes),
                ("exploit-moved", Yes),
            ],
            findings: &[ForcedLabour],
            signs: &[],
            blocks: Blocks {
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "stodlinjen-for-man",
                "local-social",
                "local-on-call",
                "vardguiden-1177",
                "local-mens-shelter",
            ],
            never: &["kvinnofridslinjen", "valj-att-sluta"],
        },
        Person {
            name: "exploited adult, threatened with death: 112 first",
            profile: who(Path::Exploitation, Adult, None),
            answers: &[("exploit-debt", Yes), ("exploit-kill", Yes)],
            findings: &[Psychological, DebtBondage],
            signs: &[ThreatToKill],
            blocks: Blocks {
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "emergency-112",
                "kvinnofridslinjen",
                "terrafem",
                "stodlinjen-for-man",
                "stodlinjen-for-transpersoner",
            ],
            never: PROGRAMMES,
        },
        Person {
            name: "girl, 15, sex for a place to sleep: child protection and 112",
            profile: who(Path::Exploitation, Under18, Some(Woman)),
            answers: &[("exploit-sell-sex", Yes)],
            findings: &[CoercedSex],
            signs: &[ChildSexualExploitation],
            blocks: Blocks {
                child_protection: true,
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "emergency-112",
                "bris",
                "unga-relationer",
                "pegasus-rfsl-ungdom",
                "kvinnofridslinjen",
            ],
            never: &["killar-se", "valj-att-sluta"],
        },
        Person {
            name: "boy, 14, groomed online and made to sell drugs: child protection",
            profile: who(Path::Exploitation, Under18, Some(Man)),
            answers: &[("exploit-grooming", Yes), ("exploit-begging-crime", Yes)],
            findings: &[Sexual, ForcedLabour],
            signs: &[],
            blocks: Blocks {
                child_protection: true,
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "bris",
                "killar-se",
                "unga-relationer",
                "pegasus-rfsl-ungdom",
                "stodlinjen-for-man",
            ],
            never: &["kvinnofridslinjen", "valj-att-sluta"],
        },
        Person {
            name: "young person, sextortion: urgent, child protection, Pegasus for the young",
            profile: who(Path::Exploitation, Under18, None),
            answers: &[("exploit-sextortion", Yes)],
            findings: &[Digital],
            signs: &[Sextortion],
            blocks: Blocks {
                child_protection: true,
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "emergency-112",
                "bris",
                "killar-se",
                "unga-relationer",
                "pegasus-rfsl-ungdom",
            ],
            never: PROGRAMMES,
        },
        Person {
            name: "exploitation path, nothing described: help still offered, youth lines kept for the young",
            profile: who(Path::Exploitation, Adult, None),
            answers: &[("exploit-sell-sex", No), ("exploit-work", No)],
            findings: &[],
            signs: &[],
            blocks: Blocks {
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "kvinnofridslinjen",
                "terrafem",
                "stodlinjen-for-man",
                "stodlinjen-for-transpersoner",
                "local-social",
            ],
            never: PROGRAMMES,
        },
        // ── worried ───────────────────────────────────────────────────────────────
        Person {
            name: "worried about a child: social services first, report concern",
            profile: worried(true),
            answers: &[("worried-afraid", Yes)],
            findings: &[Latent],
            signs: &[],
            blocks: Blocks {
                report_concern_for_child: true,
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "local-social",
                "local-on-call",
                "kvinnofridslinjen",
                "ratt-att-valja",
                "stodlinjen-for-man",
            ],
            never: &["valj-att-sluta", "local-programme"],
        },
        Person {
            name: "worried about a child to be married off: 112, report concern",
            profile: worried(true),
            answers: &[("worried-honour", Yes), ("worried-trip", Yes)],
            findings: &[Honour],
            signs: &[ForcedTripOrMarriage],
            blocks: Blocks {
                report_concern_for_child: true,
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "emergency-112",
                "local-social",
                "local-on-call",
                "kvinnofridslinjen",
                "ratt-att-valja",
            ],
            never: PROGRAMMES,
        },
        Person {
            name: "worried about a child at risk of cutting",
            profile: worried(true),
            answers: &[("worried-cutting", Yes)],
            findings: &[Honour],
            signs: &[GenitalMutilation],
            blocks: Blocks {
                report_concern_for_child: true,
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "emergency-112",
                "local-social",
                "local-on-call",
                "kvinnofridslinjen",
                "ratt-att-valja",
            ],
            never: PROGRAMMES,
        },
        Person {
            name: "worried about an adult friend who was strangled",
            profile: worried(false),
            answers: &[("worried-hit", Yes), ("worried-neck", Yes)],
            findings: &[Physical],
            signs: &[Strangulation],
            blocks: Blocks {
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "emergency-112",
                "kvinnofridslinjen",
                "ratt-att-valja",
                "stodlinjen-for-man",
                "stodlinjen-for-transpersoner",
            ],
            never: PROGRAMMES,
        },
        Person {
            name: "worried about a friend who talks of suicide",
            profile: worried(false),
            answers: &[("worried-controlled", Yes), ("worried-suicide", Yes)],
            findings: &[Psychological],
            signs: &[SuicidalThoughts],
            blocks: Blocks {
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "emergency-112",
                "sjalvmordslinjen",
                "kvinnofridslinjen",
                "ratt-att-valja",
                "stodlinjen-for-man",
            ],
            never: PROGRAMMES,
        },
        Person {
            name: "worried about an adult, nothing described",
            profile: worried(false),
            answers: &[("worried-afraid", No)],
            findings: &[],
            signs: &[],
            blocks: Blocks {
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "kvinnofridslinjen",
                "ratt-att-valja",
                "stodlinjen-for-man",
                "stodlinjen-for-transpersoner",
                "local-social",
            ],
            never: &["valj-att-sluta", "local-programme", "bris"],
        },
        Person {
            name: "young person worried about a friend selling sex: Bris first",
            profile: Profile {
                age: Some(Under18),
                ..worried(false)
            },
            answers: &[("worried-selling-sex", Yes)],
            findings: &[CoercedSex],
            signs: &[],
            blocks: Blocks {
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "bris",
                "killar-se",
                "unga-relationer",
                "kvinnofridslinjen",
                "ratt-att-valja",
            ],
            never: PROGRAMMES,
        },
        // ── used violence ─────────────────────────────────────────────────────────
        Person {
            name: "man who hit his partner: programmes first, never victim lines",
            profile: who(Path::UsedViolence, Adult, Some(Man)),
            answers: &[("used-hit", Yes), ("used-phone", Sometimes)],
            findings: &[Physical, Digital],
            signs: &[],
            blocks: Blocks {
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "local-programme",
                "valj-att-sluta",
                "local-social",
                "local-on-call",
                "vardguiden-1177",
            ],
            never: VICTIM_LINES,
        },
        Person {
            name: "woman who used violence: programmes first, never Kvinnofridslinjen",
            profile: who(Path::UsedViolence, Adult, Some(Woman)),
            answers: &[("used-put-down", Yes), ("used-sex-sulk", Yes)],
            findings: &[Psychological, Sexual],
            signs: &[],
            blocks: Blocks {
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "local-programme",
                "valj-att-sluta",
                "local-social",
                "local-on-call",
                "vardguiden-1177",
            ],
            never: VICTIM_LINES,
        },
        Person {
            name: "person who strangled a partner: 112, then programmes",
            profile: who(Path::UsedViolence, Adult, None),
            answers: &[("used-neck", Yes)],
            findings: &[Physical],
            signs: &[Strangulation],
            blocks: Blocks {
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "emergency-112",
                "local-programme",
                "valj-att-sluta",
                "local-social",
                "local-on-call",
            ],
            never: VICTIM_LINES,
        },
        Person {
            name: "parent whose children saw it: support for parent and children",
            profile: who(Path::UsedViolence, Adult, Some(Man)),
            answers: &[
                ("used-hit", Yes),
                ("used-children-see", Yes),
                ("used-contact-ban", Yes),
            ],
            findings: &[Physical, ChildrenWitnessing],
            signs: &[ContactBanBroken],
            blocks: Blocks {
                support_for_children: true,
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "emergency-112",
                "local-programme",
                "valj-att-sluta",
                "local-social",
                "local-on-call",
            ],
            never: VICTIM_LINES,
        },
        Person {
            name: "used-violence path, nothing described: own text, programme still first",
            profile: who(Path::UsedViolence, Adult, None),
            answers: &[
                ("used-hit", No),
                ("used-neck", No),
                ("used-weapon", No),
                ("used-kill", No),
                ("used-suicide-self", No),
            ],
            findings: &[],
            signs: &[],
            blocks: NONE,
            first: [
                "local-programme",
                "valj-att-sluta",
                "local-social",
                "local-on-call",
                "vardguiden-1177",
            ],
            never: VICTIM_LINES,
        },
        Person {
            name: "boy, 16, hits a sibling and is hit at home too: Bris and social services",
            profile: who(Path::UsedViolence, Under18, Some(Man)),
            answers: &[("used-hit", Yes), ("used-exposed", Yes)],
            findings: &[Physical],
            signs: &[],
            blocks: Blocks {
                also_exposed: true,
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "local-programme",
                "valj-att-sluta",
                "local-social",
                "bris",
                "killar-se",
            ],
            never: VICTIM_LINES,
        },
        Person {
            name: "person who used violence, with thoughts of suicide",
            profile: who(Path::UsedViolence, Adult, Some(Man)),
            answers: &[("used-kill", Yes), ("used-suicide-self", Yes)],
            findings: &[Psychological],
            signs: &[ThreatToKill, SuicidalThoughts],
            blocks: Blocks {
                danger_unanswered: true,
                ..NONE
            },
            first: [
                "emergency-112",
                "sjalvmordslinjen",
                "local-programme",
                "valj-att-sluta",
                "local-social",
            ],
            never: VICTIM_LINES,
        },
    ]
}

/// The ids of the contacts a person is offered, best first.
fn offered(profile: &Profile, answers: &Answers, national: &[Contact]) -> Vec<String> {
    let assessment = evaluate(profile, answers);
    let needs = Needs::for_assessment(&assessment, "sv");
    rank(&needs, &locals(), national, NOON_MONDAY)
        .into_iter()
        .map(|c| c.id.clone())
        .collect()
}

#[test]
fn every_person_gets_the_right_guidance_and_contacts() {
    let national = national();
    let mut failures = Vec::new();
    for person in people() {
        let answers: Answers = person.answers.iter().copied().collect();
        // Every answer in the table is to a question the person is actually asked.
        let asked_ids: Vec<&str> = asked(&person.profile, &answers)
            .iter()
            .map(|q| q.id)
            .collect();
        for (id, _) in person.answers {
            assert!(asked_ids.contains(id), "{}: {id} is not asked", person.name);
        }
        let a = evaluate(&person.profile, &answers);
        let findings: Vec<Category> = a.findings.iter().map(|f| f.category).collect();
        let blocks = Blocks {
            danger_unanswered: a.danger_unanswered,
            child_protection: a.child_protection,
            report_concern_for_child: a.report_concern_for_child,
            support_for_children: a.support_for_children,
            also_exposed: a.also_exposed,
        };
        let offered = offered(&person.profile, &answers, &national);
        let first: Vec<&str> = offered.iter().take(5).map(String::as_str).collect();
        let shown_never: Vec<&&str> = person
            .never
            .iter()
            .filter(|id| offered.iter().any(|o| o == *id))
            .collect();
        if findings != person.findings
            || a.danger_signs != person.signs
            || a.urgent == person.signs.is_empty()
            || blocks != person.blocks
            || first != person.first
            || !shown_never.is_empty()
        {
            failures.push(format!(
                "{}:\n  findings {findings:?}\n  signs {:?}\n  blocks {blocks:?}\n  first {first:?}\n  never shown {shown_never:?}",
                person.name, a.danger_signs
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn the_table_covers_every_path_age_self_description_and_danger_sign() {
    let people = people();
    assert!(people.len() >= 40, "{} people", people.len());
    for path in Path::ALL {
        for age in [AgeGroup::Under18, AgeGroup::Adult] {
            assert!(
                people
                    .iter()
                    .any(|p| p.profile.path == path && p.profile.age == Some(age)),
                "{path:?} {age:?}"
            );
        }
    }
    for self_description in [
        None,
        Some(SelfDescription::Woman),
        Some(SelfDescription::Man),
        Some(SelfDescription::TransOrNonBinary),
        Some(SelfDescription::RatherNotSay),
    ] {
        assert!(
            people
                .iter()
                .any(|p| p.profile.path.is_about_me()
                    && p.profile.self_description == self_description),
            "{self_description:?}"
        );
    }
    for sign in DangerSign::ALL {
        assert!(
            people.iter().any(|p| p.signs.contains(&sign)),
            "no person names {sign:?}"
        );
    }
    assert!(
        people
            .iter()
            .any(|p| p.answers.iter().any(|(_, a)| *a == Answer::RatherNotSay))
    );
}

/// A person who does not say how they describe themself is never offered fewer lines
/// than one who does.
#[test]
fn not_saying_never_means_fewer_lines() {
    let national = national();
    for path in [Path::Partner, Path::Family, Path::Exploitation] {
        for age in [AgeGroup::Under18, AgeGroup::Adult] {
            let answers: Answers = [(
                domain::questionnaire::questions(path).next().unwrap().id,
                Answer::Yes,
            )]
            .into();
            let count =
                |s: Option<SelfDescription>| offered(&who(path, age, s), &answers, &national).len();
            let unknown = count(None);
            assert_eq!(unknown, count(Some(SelfDescription::RatherNotSay)));
            for s in [
                SelfDescription::Woman,
                SelfDescription::Man,
                SelfDescription::TransOrNonBinary,
            ] {
                assert!(unknown >= count(Some(s)), "{path:?} {age:?} {s:?}");
            }
        }
    }
}
