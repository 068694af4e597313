//! The danger rules, in one place: which answers name which danger sign, for whom, and
//! from which instrument or source each rule comes. Any one danger sign makes the result
//! urgent (112 first) and brings its short advice. No sign is weighed against another and
//! no score is computed.
//!
//! The rules are a selection. Of the Danger Assessment's items, those a person can answer
//! about themself and act on are kept; the other person's unemployment, drug or alcohol
//! use, stepchildren and avoided arrest (DA items 4, 7, 8, 11, 12) are not asked: the
//! person often cannot know them, they read as excuses or stigma, and they change no
//! advice in a tool that computes no score. Forced sex (DA item 9) is a finding, not a
//! sign: as a single trigger it would make most partner results urgent.
//!
//! Sources named below:
//! - DA: Campbell's Danger Assessment (J. C. Campbell, 2003/2004), the 20 items on risk
//!   of lethal partner violence; Socialstyrelsen's FREDA-farlighetsbedömning builds on it.
//! - PATRIARK: the structured assessment of honour-based violence (Kropp, Belfrage & Hart,
//!   2013).
//! - SARA: Spousal Assault Risk Assessment (Kropp & Hart): SARA-V3 item N8 (violations of
//!   orders), SARA:SV (överträdelse av kontaktförbud).
//! - Child protection: the social services' duty to protect a child who may be harmed
//!   (socialtjänstlagen, SFS 2025:400), the ban on child marriage (äktenskapsbalken 2:1,
//!   since 2014 no one under 18 may marry in Sweden; since 2019 no child marriage contracted
//!   abroad is recognised), the law against female genital mutilation (SFS 1982:316), and
//!   the sexual offences against children in brottsbalken chapter 6 (including purchase
//!   of a sexual act from a child, 6:9).

use super::{Path, Profile, Question, Who};

/// A danger sign; any one of them puts urgent routing first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DangerSign {
    /// Strangulation: a grip around the neck, pressure on the throat.
    Strangulation,
    /// Threats with or use of a knife, weapon or other object.
    Weapon,
    /// Firearms or other weapons within reach at home.
    WeaponAccess,
    /// Threats to kill.
    ThreatToKill,
    /// The person believes the other could kill them.
    BelievesCouldKill,
    /// Violence or threats getting worse or more frequent.
    Escalation,
    /// A recent or planned separation from someone who is feared.
    Separation,
    /// Violence during pregnancy.
    Pregnancy,
    /// Violent, constant jealousy.
    Jealousy,
    /// The other person threatens to take their own life.
    SuicideThreats,
    /// A contact ban (kontaktförbud) broken.
    ContactBanBroken,
    /// Being followed, watched, tracked or contacted all the time.
    Stalking,
    /// A planned trip abroad or marriage against the person's will.
    ForcedTripOrMarriage,
    /// Honour-related violence against someone in the family before.
    HonourViolenceBefore,
    /// Threats to hurt or take children.
    ThreatsToChildren,
    /// A child sexually abused by family or relatives.
    ChildSexualAbuse,
    /// A child given money, things, drugs or a place to sleep for sex, or sexually
    /// exploited.
    ChildSexualExploitation,
    /// A child pressed into engagement or marriage, or already married.
    ChildMarriage,
    /// Female genital mutilation planned or done.
    GenitalMutilation,
    /// A child threatened with the spreading of pictures unless they send more or pay.
    Sextortion,
    /// Thoughts of taking one's own life.
    SuicidalThoughts,
}

impl DangerSign {
    /// Every danger sign, in the order they are listed in the urgent banner.
    pub const ALL: [DangerSign; 21] = [
        DangerSign::Strangulation,
        DangerSign::Weapon,
        DangerSign::WeaponAccess,
        DangerSign::ThreatToKill,
        DangerSign::BelievesCouldKill,
        DangerSign::Escalation,
        DangerSign::Separation,
        DangerSign::Pregnancy,
        DangerSign::Jealousy,
        DangerSign::SuicideThreats,
        DangerSign::ContactBanBroken,
        DangerSign::Stalking,
        DangerSign::ForcedTripOrMarriage,
        DangerSign::HonourViolenceBefore,
        DangerSign::ThreatsToChildren,
        DangerSign::ChildSexualAbuse,
        DangerSign::ChildSexualExploitation,
        DangerSign::ChildMarriage,
        DangerSign::GenitalMutilation,
        DangerSign::Sextortion,
        DangerSign::SuicidalThoughts,
    ];

    /// Stable kebab-case identifier, e.g. `"threat-to-kill"`.
    pub fn id(self) -> &'static str {
        match self {
            DangerSign::Strangulation => "strangulation",
            DangerSign::Weapon => "weapon",
            DangerSign::WeaponAccess => "weapon-access",
            DangerSign::ThreatToKill => "threat-to-kill",
            DangerSign::BelievesCouldKill => "believes-could-kill",
            DangerSign::Escalation => "escalation",
            DangerSign::Separation => "separation",
            DangerSign::Pregnancy => "pregnancy",
            DangerSign::Jealousy => "jealousy",
            DangerSign::SuicideThreats => "suicide-threats",
            DangerSign::ContactBanBroken => "contact-ban-broken",
            DangerSign::Stalking => "stalking",
            DangerSign::ForcedTripOrMarriage => "forced-trip-or-marriage",
            DangerSign::HonourViolenceBefore => "honour-violence-before",
            DangerSign::ThreatsToChildren => "threats-to-children",
            DangerSign::ChildSexualAbuse => "child-sexual-abuse",
            DangerSign::ChildSexualExploitation => "child-sexual-exploitation",
            DangerSign::ChildMarriage => "child-marriage",
            DangerSign::GenitalMutilation => "genital-mutilation",
            DangerSign::Sextortion => "sextortion",
            DangerSign::SuicidalThoughts => "suicidal-thoughts",
        }
    }

    /// Fluent id of the sentence naming this sign, e.g. `danger-strangulation`; written to
    /// fit every path.
    pub fn message_id(self) -> String {
        format!("danger-{}", self.id())
    }

    /// Fluent id of the short advice for the reader of `path`, e.g.
    /// `danger-strangulation-advice-worried`.
    pub fn advice_message_id(self, path: Path) -> String {
        format!(
            "danger-{}-advice{}",
            self.id(),
            super::audience_suffix(path)
        )
    }
}

/// One danger rule: a yes or sometimes to any of `questions`, from a person `who` covers,
/// names `sign`.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// The sign named.
    pub sign: DangerSign,
    /// Whom the rule applies to.
    pub who: Who,
    /// The questions (ids) whose yes or sometimes names it.
    pub questions: &'static [&'static str],
}

const fn rule(sign: DangerSign, who: Who, questions: &'static [&'static str]) -> Rule {
    Rule {
        sign,
        who,
        questions,
    }
}

use DangerSign::*;
use Who::{AboutChild, Everyone, NotUnder18, Under18};

/// Every danger rule.
pub static RULES: &[Rule] = &[
    // DA item 10 (choking); Glass et al. 2008: non-fatal strangulation raises the odds of
    // a later attempted or completed homicide about sevenfold. FREDA-farlighetsbedömning.
    rule(
        Strangulation,
        Everyone,
        &[
            "partner-neck",
            "family-neck",
            "exploit-neck",
            "worried-neck",
            "used-neck",
        ],
    ),
    // DA item 5 (threatened with or used a weapon); PATRIARK (threats of violence).
    rule(
        Weapon,
        Everyone,
        &[
            "partner-weapon",
            "family-weapon",
            "exploit-weapon",
            "worried-weapon",
            "used-weapon",
        ],
    ),
    // DA item 2 (the other person owns a gun); FREDA-farlighetsbedömning (weapons at home).
    rule(
        WeaponAccess,
        Everyone,
        &["partner-weapon-home", "family-weapon-home"],
    ),
    // DA item 6 (threats to kill); PATRIARK (death threats).
    rule(
        ThreatToKill,
        Everyone,
        &[
            "partner-kill",
            "family-kill",
            "exploit-kill",
            "worried-kill",
            "used-kill",
        ],
    ),
    // DA item 18 (do you believe the other person is capable of killing you); the
    // person's own estimate is on average as good as the instruments
    // (FREDA-farlighetsbedömning, "Råd för användning").
    rule(
        BelievesCouldKill,
        Everyone,
        &[
            "partner-could-kill",
            "family-could-kill",
            "worried-could-kill",
        ],
    ),
    // DA item 1 (violence increased in severity or frequency over the past year); SARA
    // (recent escalation).
    rule(
        Escalation,
        Everyone,
        &[
            "partner-worse",
            "family-worse",
            "exploit-worse",
            "worried-worse",
            "used-worse",
        ],
    ),
    // DA item 3 (separation after living together in the past year); SARA (recent
    // separation).
    rule(
        Separation,
        Everyone,
        &["partner-leaving", "worried-leaving"],
    ),
    // DA item 15 (beaten while pregnant).
    rule(Pregnancy, Everyone, &["partner-pregnant"]),
    // DA item 14 (violently and constantly jealous).
    rule(Jealousy, Everyone, &["partner-jealous"]),
    // DA item 16 (the other person threatened or tried to commit suicide).
    rule(SuicideThreats, Everyone, &["partner-suicide-threat"]),
    // SARA-V3 item N8 (violations of IPV-related orders); SARA:SV (breach of a contact
    // ban).
    rule(
        ContactBanBroken,
        Everyone,
        &[
            "partner-contact-ban",
            "family-contact-ban",
            "used-contact-ban",
        ],
    ),
    // DA item 19 (follows or spies, threatening messages); SARA; stalking is a crime in
    // Sweden (olaga förföljelse, brottsbalken 4:4 b). A parent checking a young person's
    // location is not by itself a danger sign: family tracking counts for adults only.
    rule(Stalking, Everyone, &["partner-follow", "worried-followed"]),
    rule(Stalking, NotUnder18, &["family-tracking"]),
    // PATRIARK (planned forced marriage, a planned trip abroad); Länsstyrelsen
    // Östergötland: the time before a feared trip is when protection can be given (for
    // children, utreseförbud, LVU 31 a §, since 2020 and extended on 1 June 2024).
    rule(
        ForcedTripOrMarriage,
        Everyone,
        &["family-abroad", "worried-trip"],
    ),
    rule(ForcedTripOrMarriage, NotUnder18, &["family-marriage"]),
    // PATRIARK (earlier honour-based violence in the family or network).
    rule(HonourViolenceBefore, Everyone, &["family-honour-before"]),
    // DA item 17 (threatened to harm the children); abducting them abroad is asked in the
    // same question. A custody threat ("I'll take the children") is not a sign.
    rule(
        ThreatsToChildren,
        Everyone,
        &["partner-children-threat", "family-children-threat"],
    ),
    // Child protection: sexual abuse of a child by family (brottsbalken 6; the social
    // services must act, socialtjänstlagen).
    rule(
        ChildSexualAbuse,
        Under18,
        &["family-sex-touch", "family-sex-forced"],
    ),
    rule(ChildSexualAbuse, AboutChild, &["worried-sex"]),
    // Sexual abuse of a child by whoever controls them (brottsbalken chapter 6).
    rule(
        ChildSexualAbuse,
        Under18,
        &["exploit-sex-forced", "exploit-sex-unsafe"],
    ),
    // Child protection: sex for money, things, drugs or a place to sleep (brottsbalken
    // 6:9, purchase of a sexual act from a child), or someone else deciding and taking
    // the pay.
    rule(
        ChildSexualExploitation,
        Under18,
        &["exploit-sell-sex", "exploit-sex-control"],
    ),
    rule(
        ChildSexualExploitation,
        AboutChild,
        &["worried-selling-sex", "worried-sex-for-things"],
    ),
    // Child protection: pressure into engagement or marriage, also religious or
    // informal, or already married (äktenskapsbalken 2:1; barnäktenskapsbrott and
    // äktenskapstvång in brottsbalken chapter 4, which cover marriage-like unions too;
    // PATRIARK).
    rule(ChildMarriage, Under18, &["family-marriage"]),
    // Child protection: female genital mutilation planned or done (SFS 1982:316, which
    // concerns female genitals only: the question is not asked of boys).
    rule(GenitalMutilation, Under18, &["family-cutting"]),
    rule(GenitalMutilation, AboutChild, &["worried-cutting"]),
    // Sextortion of a child: acute pressure to send more or pay, with a known risk of
    // self-harm (Bris; the police on sexual extortion of children).
    rule(Sextortion, Under18, &["exploit-sextortion"]),
    // DA item 20 (the person's own thoughts or attempts of suicide); routed to Mind's
    // Självmordslinjen and 112. On the worried path it is the other person's thoughts.
    rule(
        SuicidalThoughts,
        Everyone,
        &[
            "partner-suicide-self",
            "family-suicide-self",
            "exploit-suicide-self",
            "worried-suicide",
            "used-suicide-self",
        ],
    ),
];

/// The danger signs the described questions name for `profile`, in [`DangerSign::ALL`]
/// order, each once.
pub fn signs(profile: &Profile, described: &[&Question]) -> Vec<DangerSign> {
    DangerSign::ALL
        .into_iter()
        .filter(|&sign| {
            RULES.iter().any(|r| {
                r.sign == sign
                    && r.who.covers(profile)
                    && described.iter().any(|q| r.questions.contains(&q.id))
            })
        })
        .collect()
}

/// Whether a yes to question `id` would name a danger sign for `profile`.
pub fn can_name(profile: &Profile, id: &str) -> bool {
    RULES
        .iter()
        .any(|r| r.who.covers(profile) && r.questions.contains(&id))
}
