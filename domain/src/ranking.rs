//! Which contacts fit a person, and in what order: the routing and ranking rules in one
//! place, plain and table-tested (here, and for whole people in `tests/people.rs`).
//!
//! Routing ([`Needs::for_assessment`]) turns an assessment into two ordered lists: the
//! kinds of service and the audiences that fit, best first. Ranking ([`rank`]) then orders
//! the directory's contacts by those lists:
//!
//! 1. Lines for professionals are never offered to residents.
//! 2. A contact fits when its kind is among the kinds and it serves one of the audiences
//!    (every list of audiences ends with "everyone"); a line for one gender (e.g.
//!    Killar.se, for boys and young men) fits only a person of that gender or one who did
//!    not say; a contact marked only for some people (e.g. Pegasus, for young people who
//!    sell sex) fits only them.
//! 3. Order: a line for young people last for someone who is not young, then the kind's
//!    place in the list (emergency first when urgent), then the best
//!    audience's place, then local before national, then a contact that speaks the
//!    person's language or offers an interpreter, then one open now (by the phone's clock;
//!    unknown hours before closed), then the name, then the place in the directory, so the
//!    order is always the same for the same input.

use crate::contacts::{Audience, Contact, Kind};
use crate::questionnaire::{Assessment, Category, DangerSign, Path, SelfDescription};

/// What the ranking needs to know about the person, all of it held in memory only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Needs {
    /// Kinds of help that fit, best first.
    pub kinds: Vec<Kind>,
    /// Audiences that fit, best first.
    pub audiences: Vec<Audience>,
    /// The person's own gender, as they described themself (none when they did not
    /// say): lines for another gender are left out.
    pub genders: Vec<Audience>,
    /// The interface language (BCP 47), to prefer contacts that speak it.
    pub language: String,
}

impl Needs {
    /// The needs an assessment describes, in `language`.
    pub fn for_assessment(assessment: &Assessment, language: &str) -> Self {
        let genders = match assessment.profile.self_description {
            Some(SelfDescription::RatherNotSay) | None => Vec::new(),
            described => gendered(described).to_vec(),
        };
        Self {
            kinds: kinds(assessment),
            audiences: audiences(assessment),
            genders,
            language: language.into(),
        }
    }

    /// Needs for someone who has not answered anything: every kind and audience a
    /// resident may use, emergency first.
    pub fn general(language: &str) -> Self {
        Self {
            kinds: Kind::ALL.to_vec(),
            audiences: Audience::residents().to_vec(),
            genders: Vec::new(),
            language: language.into(),
        }
    }
}

/// Pushes items keeping the first occurrence only.
fn push<T: PartialEq + Copy>(list: &mut Vec<T>, items: &[T]) {
    for item in items {
        if !list.contains(item) {
            list.push(*item);
        }
    }
}

/// The audiences that fit, best first; always ends with [`Audience::Everyone`].
fn audiences(a: &Assessment) -> Vec<Audience> {
    use Audience::*;
    let p = &a.profile;
    let mut list = Vec::new();
    match p.path {
        Path::UsedViolence => {
            // Programmes for people who use violence first (Välj att sluta; the
            // municipalities' treatment for people who use violence, which socialtjänstlagen
            // (SFS 2025:400) and Socialstyrelsen's HSLF-FS 2022:39 ask social services to
            // offer). Lines for people exposed to violence are never offered: their
            // gendered audiences are not in this list, whatever the self-description.
            push(&mut list, &[UsesViolence]);
            // A young person is also a child: Bris is for everyone under 18.
            if p.is_youth() {
                push(&mut list, &[Children, Young]);
            }
        }
        Path::Worried => {
            // A young person worried about a friend talks to Bris first (for everyone
            // under 18, about anything); an adult to the lines that take calls from
            // relatives and friends (Kvinnofridslinjen, Rätt att välja and the others,
            // NCK), then, when the worry is about a child, the children's lines.
            if p.is_youth() {
                push(&mut list, &[Children, Young]);
            }
            push(&mut list, &[WorriedOthers]);
            if p.about_child == Some(true) {
                push(&mut list, &[Children, Young]);
            }
            if a.describes(Category::Honour) {
                push(&mut list, &[Honour]);
            }
            if a.describes(Category::CoercedSex) {
                push(&mut list, &[Trafficking]);
            }
            // The self-description is the worried person's, not the exposed person's,
            // so it picks no gendered service here.
        }
        Path::Partner | Path::Family | Path::Exploitation => {
            // Bris is for everyone under 18 (bris.se), before lines for adults.
            if p.is_youth() {
                push(&mut list, &[Children, Young]);
            }
            // Rätt att välja: people of all ages exposed to honour-related violence (NCK
            // 2024).
            if p.path == Path::Family && a.describes(Category::Honour) {
                push(&mut list, &[Honour]);
            }
            if p.path == Path::Exploitation {
                push(&mut list, &[Trafficking]);
            }
            push(&mut list, gendered(p.self_description));
        }
    }
    push(&mut list, &[Everyone]);
    list
}

/// The gendered audiences for a self-description. When the person did not say, every
/// line that could fit is offered, so no one gets fewer lines for not answering:
/// women's lines first because Kvinnofridslinjen is open around the clock and arranges
/// interpreters (NCK), then men's and trans people's lines, which keep shorter hours.
fn gendered(self_description: Option<SelfDescription>) -> &'static [Audience] {
    use Audience::*;
    match self_description {
        Some(SelfDescription::Woman) => &[Women],
        Some(SelfDescription::Man) => &[Men],
        Some(SelfDescription::TransOrNonBinary) => &[Trans],
        Some(SelfDescription::RatherNotSay) | None => &[Women, Men, Trans],
    }
}

/// Shelter kinds fitting the person's self-description and age.
fn shelters(a: &Assessment) -> &'static [Kind] {
    use Kind::*;
    let youth = a.profile.is_youth();
    match a.profile.self_description {
        // Tjejjourer are for girls and young women; kvinnojourer for women (Unizon, Roks).
        Some(SelfDescription::Woman) if youth => &[GirlsShelter, WomensShelter],
        Some(SelfDescription::Woman) => &[WomensShelter, GirlsShelter],
        Some(SelfDescription::Man) => &[MensShelter],
        // No shelter kind is specific to trans people; the trans line ranks through the
        // audiences.
        Some(SelfDescription::TransOrNonBinary) => &[],
        Some(SelfDescription::RatherNotSay) | None if youth => {
            &[GirlsShelter, WomensShelter, MensShelter]
        }
        Some(SelfDescription::RatherNotSay) | None => &[WomensShelter, MensShelter, GirlsShelter],
    }
}

/// The kinds of service that fit, best first; every general kind is offered after the
/// fitting ones, so that help is always shown.
fn kinds(a: &Assessment) -> Vec<Kind> {
    use Kind::*;
    let p = &a.profile;
    let youth = p.is_youth();
    let mut list = Vec::new();
    // Any danger sign: 112 first (the urgent box says why).
    if a.urgent {
        push(&mut list, &[Emergency]);
    }
    // Own thoughts of suicide (DA item 20): Mind's Självmordslinjen next.
    if a.names(DangerSign::SuicidalThoughts) {
        push(&mut list, &[SuicidePrevention]);
    }
    match p.path {
        Path::UsedViolence => {
            // Programmes for people who use violence first, then the social services, which
            // offer treatment and support to the whole family (SFS 2025:400). Never victim
            // support or shelters. A young person also gets Bris and youth clinics.
            push(&mut list, &[PerpetratorProgramme, SocialServices]);
            if youth {
                push(&mut list, &[Helpline, YouthClinic]);
            }
            push(
                &mut list,
                &[
                    SocialServicesOnCall,
                    Health,
                    Police,
                    Emergency,
                    SuicidePrevention,
                ],
            );
            return list;
        }
        Path::Worried => {
            // An adult's concern for a child goes to the social services first (anyone may
            // report concern); a young person talks to Bris first, which helps them tell;
            // for concern about an adult, a helpline to talk it through first.
            if p.about_child == Some(true) && !youth {
                push(&mut list, &[SocialServices, SocialServicesOnCall, Helpline]);
            } else {
                push(&mut list, &[Helpline, SocialServices, SocialServicesOnCall]);
            }
            push(
                &mut list,
                &[VictimSupport, WomensShelter, GirlsShelter, MensShelter],
            );
        }
        Path::Partner | Path::Family | Path::Exploitation => {
            // Helplines first: for young people that is Bris, for honour-related control
            // the honour line, for exploitation the lines for people exploited (the
            // audiences pick which one).
            push(&mut list, &[Helpline]);
            if youth {
                push(
                    &mut list,
                    &[SocialServices, SocialServicesOnCall, YouthClinic],
                );
                push(&mut list, shelters(a));
            } else if p.path == Path::Partner
                && matches!(
                    p.self_description,
                    Some(SelfDescription::Woman | SelfDescription::Man)
                )
            {
                // Partner violence, gender known: the shelter movement's phone support
                // (kvinnojour, mansjour) before the municipality.
                push(&mut list, shelters(a));
                push(&mut list, &[SocialServices, SocialServicesOnCall]);
            } else {
                push(&mut list, &[SocialServices, SocialServicesOnCall]);
                if p.path == Path::Exploitation {
                    push(&mut list, &[Health]);
                }
                push(&mut list, shelters(a));
            }
            // Injuries and sexual violence: health care, also to document injuries.
            if a.describes(Category::Physical) || a.describes(Category::Sexual) {
                push(&mut list, &[Health]);
            }
            push(&mut list, &[VictimSupport, Police]);
        }
    }
    push(
        &mut list,
        &[
            Helpline,
            SocialServices,
            SocialServicesOnCall,
            VictimSupport,
            Health,
            Police,
            Emergency,
            SuicidePrevention,
        ],
    );
    list
}

/// The moment to judge "open now" by: weekday (0 = Monday) and minute after midnight,
/// Swedish local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    /// 0 = Monday … 6 = Sunday.
    pub weekday: u8,
    /// Minutes after midnight.
    pub minute: u16,
}

/// The contacts from `local` and `national` that fit `needs`, best first.
pub fn rank<'a>(
    needs: &Needs,
    local: &'a [Contact],
    national: &'a [Contact],
    now: Moment,
) -> Vec<&'a Contact> {
    let mut fitting: Vec<(Vec<usize>, usize, &'a Contact)> = local
        .iter()
        .map(|c| (0, c))
        .chain(national.iter().map(|c| (1, c)))
        .enumerate()
        .filter(|(_, (_, c))| !c.professionals_only)
        .filter_map(|(position, (national_rank, contact))| {
            // A line for one gender is for people of that gender, or who did not say.
            let gendered =
                |a: &&Audience| matches!(a, Audience::Women | Audience::Men | Audience::Trans);
            let mut contact_genders = contact.audiences.iter().filter(gendered).peekable();
            if !needs.genders.is_empty()
                && contact_genders.peek().is_some()
                && !contact_genders.any(|g| needs.genders.contains(g))
            {
                return None;
            }
            // A contact only for some people (e.g. Pegasus: young people who sell sex).
            if !contact.only_for.is_empty()
                && !contact.only_for.iter().any(|a| needs.audiences.contains(a))
            {
                return None;
            }
            // A line for young people (e.g. Killar.se, 10-20) comes after every other
            // fitting contact for someone who is not young: the age step only tells
            // under 18 or not, and people of 18 to 25 may still use it.
            let for_young = |a: &Audience| matches!(a, Audience::Young | Audience::Children);
            let for_another_age =
                contact.audiences.iter().any(for_young) && !needs.audiences.iter().any(for_young);
            let kind = needs.kinds.iter().position(|k| *k == contact.kind)?;
            let audience = needs
                .audiences
                .iter()
                .position(|a| contact.audiences.contains(a))?;
            let speaks = needs.language == "sv"
                || contact.interpreter
                || contact.languages.contains(&needs.language);
            let open = contact.hours.open_at(now.weekday, now.minute);
            let key = vec![
                usize::from(for_another_age),
                kind,
                audience,
                national_rank,
                usize::from(!speaks),
                match open {
                    Some(true) => 0,
                    None => 1,
                    Some(false) => 2,
                },
            ];
            Some((key, position, contact))
        })
        .collect();
    // The position makes the order total, so an unstable sort is as deterministic as a
    // stable one; the client then carries only one sort implementation (0.7 KB of brotli
    // wasm less).
    fitting.sort_unstable_by(|(a, pa, ca), (b, pb, cb)| {
        a.cmp(b)
            .then_with(|| ca.name.cmp(&cb.name))
            .then_with(|| pa.cmp(pb))
    });
    fitting.into_iter().map(|(_, _, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contacts::{Days, Hours, Opening};

    fn contact(id: &str, kind: Kind, audiences: &[Audience]) -> Contact {
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
            anonymous: true,
            professionals_only: audiences == [Audience::Professionals],
            source: "https://example.se".into(),
            read: "2026-11-22".into(),
            source_date: None,
            funded_until: None,
            third_party_only: false,
            switchboard: false,
            via_112: false,
        }
    }

    const NOON_MONDAY: Moment = Moment {
        weekday: 0,
        minute: 720,
    };

    fn ids(list: Vec<&Contact>) -> Vec<&str> {
        list.into_iter().map(|c| c.id.as_str()).collect()
    }

    fn national() -> Vec<Contact> {
        use Audience::*;
        vec![
            contact("112", Kind::Emergency, &[Everyone]),
            contact("kvinnofridslinjen", Kind::Helpline, &[Women, WorriedOthers]),
            contact("bris", Kind::Helpline, &[Children, Young]),
            contact("ratt-att-valja", Kind::Helpline, &[Honour, Young]),
            contact("man", Kind::Helpline, &[Men]),
            contact(
                "valj-att-sluta",
                Kind::PerpetratorProgramme,
                &[UsesViolence],
            ),
            contact("honour-professionals", Kind::Helpline, &[Professionals]),
        ]
    }

    #[test]
    fn ranks_by_kind_then_audience_and_drops_what_does_not_fit() {
        use Audience::*;
        let local = vec![contact("lund-social", Kind::SocialServices, &[Everyone])];
        let national = national();
        let cases: Vec<(Vec<Kind>, Vec<Audience>, Vec<&str>)> = vec![
            // Urgent, a woman, partner path.
            (
                vec![Kind::Emergency, Kind::Helpline, Kind::SocialServices],
                vec![Women, Everyone],
                vec!["112", "kvinnofridslinjen", "lund-social"],
            ),
            // A young person, honour-related control: Bris and the honour line first.
            (
                vec![Kind::Helpline, Kind::SocialServices, Kind::Emergency],
                vec![Children, Young, Honour, Everyone],
                vec!["bris", "ratt-att-valja", "lund-social", "112"],
            ),
            // Someone who used violence: the programme first, no victim lines.
            (
                vec![Kind::PerpetratorProgramme, Kind::Helpline, Kind::Emergency],
                vec![UsesViolence, Men, Everyone],
                vec!["valj-att-sluta", "man", "112"],
            ),
        ];
        for (kinds, audiences, expected) in cases {
            let needs = Needs {
                kinds,
                audiences,
                genders: vec![],
                language: "sv".into(),
            };
            assert_eq!(ids(rank(&needs, &local, &national, NOON_MONDAY)), expected);
        }
    }

    #[test]
    fn professionals_only_lines_are_never_offered() {
        let national = national();
        let ranked = rank(&Needs::general("sv"), &[], &national, NOON_MONDAY);
        assert!(!ids(ranked).contains(&"honour-professionals"));
    }

    #[test]
    fn general_needs_offer_every_resident_line_with_emergency_first() {
        let national = national();
        let ranked = ids(rank(&Needs::general("sv"), &[], &national, NOON_MONDAY));
        assert_eq!(ranked.len(), 6);
        assert_eq!(ranked[0], "112");
    }

    #[test]
    fn local_language_and_open_now_break_ties() {
        use Audience::*;
        let mut interpreter = contact("b-interpreter", Kind::Helpline, &[Everyone]);
        interpreter.interpreter = true;
        let mut arabic = contact("c-arabic", Kind::Helpline, &[Everyone]);
        arabic.languages = vec!["ar".into()];
        let mut closed = contact("a-closed", Kind::Helpline, &[Everyone]);
        closed.hours = Hours::Weekly(vec![Opening {
            days: Days::Weekends,
            from: 0,
            to: 1440,
        }]);
        let mut unknown = contact("d-unknown", Kind::Helpline, &[Everyone]);
        unknown.hours = Hours::Unknown;
        let national = vec![closed, interpreter, arabic, unknown];
        let local = vec![contact("z-local", Kind::Helpline, &[Everyone])];
        let needs = |language: &str| Needs {
            kinds: vec![Kind::Helpline],
            audiences: vec![Everyone],
            genders: vec![],
            language: language.into(),
        };
        assert_eq!(
            ids(rank(&needs("ar"), &local, &national, NOON_MONDAY)),
            [
                "z-local",
                "b-interpreter",
                "c-arabic",
                "d-unknown",
                "a-closed"
            ]
        );
        assert_eq!(
            ids(rank(&needs("sv"), &[], &national, NOON_MONDAY)),
            ["b-interpreter", "c-arabic", "d-unknown", "a-closed"]
        );
    }
}
