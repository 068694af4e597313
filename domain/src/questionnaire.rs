//! The questionnaire engine: a typed, static bank of questions, and the deterministic,
//! rule-based evaluation of the answers.
//!
//! Every question belongs to one [`Path`] and names one [`Category`] (a form of
//! violence); some also name a [`DangerSign`]. [`evaluate`] turns a [`Profile`] and the
//! [`Answers`] into an [`Assessment`]: which forms of violence the answers describe, which
//! danger signs they name, and ordered priority lists of [`Audience`]s and [`Kind`]s with
//! which the app ranks contacts from the directory.
//!
//! There is no numeric score anywhere: a category is *described* when any of its
//! questions is answered [`Answer::Yes`] or [`Answer::Sometimes`], and any one danger sign
//! makes the assessment urgent. The engine never diagnoses; the text shown for a result
//! (Fluent ids from [`Category::text_message_id`], [`DangerSign::message_id`]) names what
//! the answers describe, calmly.
//!
//! The questions are our own words, informed by the categories of Socialstyrelsen's
//! FREDA, Campbell's Danger Assessment, PATRIARK and the Duluth power-and-control wheel,
//! and copied from none. Their text lives in `locales/<lang>/main.ftl` as
//! `q-<question-id>` (and `q-<question-id>-youth` for simpler wording for under-18s).

use std::collections::BTreeMap;

use crate::contacts::{Audience, Kind};

mod bank;

/// Which situation the person is checking: the first choice in the questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Path {
    /// About me: a partner or an ex-partner.
    Partner,
    /// About me: my family or relatives (honour-related control belongs here).
    Family,
    /// About me: someone makes me sell sex, or controls my work, money or papers.
    Exploitation,
    /// About someone else I am worried about.
    Worried,
    /// I have hurt or frightened someone close to me.
    UsedViolence,
}

impl Path {
    /// Every path, in the order the choice is offered.
    pub const ALL: [Path; 5] = [
        Path::Partner,
        Path::Family,
        Path::Exploitation,
        Path::Worried,
        Path::UsedViolence,
    ];

    /// Stable kebab-case identifier (for links and message ids).
    pub fn id(self) -> &'static str {
        match self {
            Path::Partner => "partner",
            Path::Family => "family",
            Path::Exploitation => "exploitation",
            Path::Worried => "worried",
            Path::UsedViolence => "used-violence",
        }
    }

    /// The prefix every question id on this path starts with (e.g. `"exploit-"`).
    pub fn question_prefix(self) -> &'static str {
        match self {
            Path::Partner => "partner-",
            Path::Family => "family-",
            Path::Exploitation => "exploit-",
            Path::Worried => "worried-",
            Path::UsedViolence => "used-",
        }
    }

    /// Whether the questions are about the person answering (not someone else, and not
    /// violence they used).
    pub fn is_about_me(self) -> bool {
        matches!(self, Path::Partner | Path::Family | Path::Exploitation)
    }
}

/// The age step: picks youth wording and youth contacts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AgeGroup {
    /// Under 18.
    Under18,
    /// 18 or older.
    Adult,
}

/// How the person describes themself, if they choose to; used only to rank contacts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SelfDescription {
    /// Woman or girl.
    Woman,
    /// Man or boy.
    Man,
    /// Trans or non-binary.
    TransOrNonBinary,
    /// Prefers not to say.
    RatherNotSay,
}

/// One answer to one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Answer {
    /// Yes.
    Yes,
    /// Sometimes.
    Sometimes,
    /// No.
    No,
    /// I'd rather not say.
    RatherNotSay,
}

impl Answer {
    /// Every answer, in the order the buttons are shown.
    pub const ALL: [Answer; 4] = [
        Answer::Yes,
        Answer::Sometimes,
        Answer::No,
        Answer::RatherNotSay,
    ];

    /// Whether this answer means the question's situation happens (yes or sometimes).
    pub fn describes(self) -> bool {
        matches!(self, Answer::Yes | Answer::Sometimes)
    }
}

/// A form of violence a question can describe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// Hitting, pushing, holding down, injuring.
    Physical,
    /// Threats, humiliation, isolation, control.
    Psychological,
    /// Sex or sexual acts without consent, sexual pressure.
    Sexual,
    /// Taking or controlling money, debts in someone's name, stopping work or study.
    Economic,
    /// Breaking or taking belongings, hurting pets.
    Material,
    /// Checking phones, tracking, spreading pictures.
    Digital,
    /// Constant fear and adapting to avoid violence (latent violence).
    Latent,
    /// Withholding care, food, medicine or aids from someone who depends on them.
    Neglect,
    /// Honour-related violence and oppression: collective control by the family.
    Honour,
    /// Children seeing or hearing violence, threats against children.
    ChildrenWitnessing,
    /// Being pressured, tricked or forced into selling sex.
    CoercedSex,
    /// A debt used to control someone, that must be worked off.
    DebtBondage,
    /// Passport, ID or other papers taken or controlled.
    DocumentsTaken,
}

impl Category {
    /// Every category, in the order findings are listed.
    pub const ALL: [Category; 13] = [
        Category::Physical,
        Category::Psychological,
        Category::Sexual,
        Category::Economic,
        Category::Material,
        Category::Digital,
        Category::Latent,
        Category::Neglect,
        Category::Honour,
        Category::ChildrenWitnessing,
        Category::CoercedSex,
        Category::DebtBondage,
        Category::DocumentsTaken,
    ];

    /// Stable kebab-case identifier, e.g. `"children-witnessing"`.
    pub fn id(self) -> &'static str {
        match self {
            Category::Physical => "physical",
            Category::Psychological => "psychological",
            Category::Sexual => "sexual",
            Category::Economic => "economic",
            Category::Material => "material",
            Category::Digital => "digital",
            Category::Latent => "latent",
            Category::Neglect => "neglect",
            Category::Honour => "honour",
            Category::ChildrenWitnessing => "children-witnessing",
            Category::CoercedSex => "coerced-sex",
            Category::DebtBondage => "debt-bondage",
            Category::DocumentsTaken => "documents-taken",
        }
    }

    /// Fluent id of the short name, e.g. `category-physical-title`.
    pub fn title_message_id(self) -> String {
        format!("category-{}-title", self.id())
    }

    /// Fluent id of the plain-language explanation for a path: `-text-used` for the
    /// person who used violence, `-text-worried` for someone worried about another
    /// person, `-text` otherwise.
    pub fn text_message_id(self, path: Path) -> String {
        let suffix = match path {
            Path::UsedViolence => "-used",
            Path::Worried => "-worried",
            Path::Partner | Path::Family | Path::Exploitation => "",
        };
        format!("category-{}-text{suffix}", self.id())
    }
}

/// A danger sign from the risk research; any one of them puts urgent routing first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DangerSign {
    /// Non-fatal strangulation: a grip around the neck, pressure on the throat.
    Strangulation,
    /// Threats with or use of a knife, weapon or other object.
    Weapon,
    /// Threats to kill.
    ThreatToKill,
    /// Violence or threats getting worse or more frequent.
    Escalation,
    /// A recent or planned separation from someone who is feared.
    Separation,
    /// Violence during pregnancy.
    Pregnancy,
    /// Being followed, watched, tracked or contacted all the time.
    Stalking,
    /// A planned trip abroad or marriage against the person's will.
    ForcedTripOrMarriage,
    /// Threats to hurt or take children.
    ThreatsToChildren,
}

impl DangerSign {
    /// Every danger sign, in the order they are listed in the urgent banner.
    pub const ALL: [DangerSign; 9] = [
        DangerSign::Strangulation,
        DangerSign::Weapon,
        DangerSign::ThreatToKill,
        DangerSign::Escalation,
        DangerSign::Separation,
        DangerSign::Pregnancy,
        DangerSign::Stalking,
        DangerSign::ForcedTripOrMarriage,
        DangerSign::ThreatsToChildren,
    ];

    /// Stable kebab-case identifier, e.g. `"threat-to-kill"`.
    pub fn id(self) -> &'static str {
        match self {
            DangerSign::Strangulation => "strangulation",
            DangerSign::Weapon => "weapon",
            DangerSign::ThreatToKill => "threat-to-kill",
            DangerSign::Escalation => "escalation",
            DangerSign::Separation => "separation",
            DangerSign::Pregnancy => "pregnancy",
            DangerSign::Stalking => "stalking",
            DangerSign::ForcedTripOrMarriage => "forced-trip-or-marriage",
            DangerSign::ThreatsToChildren => "threats-to-children",
        }
    }

    /// Fluent id of the sentence naming this sign, e.g. `danger-strangulation`.
    pub fn message_id(self) -> String {
        format!("danger-{}", self.id())
    }
}

/// One question in the static bank.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Question {
    /// Unique kebab-case id, prefixed by the path (see [`Path::question_prefix`]).
    pub id: &'static str,
    /// The path the question is asked on.
    pub path: Path,
    /// The form of violence a yes or sometimes describes.
    pub category: Category,
    /// The danger sign a yes or sometimes names, if any.
    pub danger: Option<DangerSign>,
    /// Whether a simpler wording for under-18s exists (`q-<id>-youth`).
    pub youth_variant: bool,
}

impl Question {
    /// Fluent id of the question's text for this age: `q-<id>-youth` for under-18s when a
    /// youth variant exists, `q-<id>` otherwise.
    pub fn message_id(&self, age: Option<AgeGroup>) -> String {
        if self.youth_variant && age == Some(AgeGroup::Under18) {
            format!("q-{}-youth", self.id)
        } else {
            format!("q-{}", self.id)
        }
    }
}

/// The questions of a path, in display order.
pub fn questions(path: Path) -> impl Iterator<Item = &'static Question> {
    bank::BANK.iter().filter(move |q| q.path == path)
}

/// Every question of every path, grouped by path, each path in display order.
pub fn all_questions() -> &'static [Question] {
    bank::BANK
}

/// The question with this id, if any.
pub fn question(id: &str) -> Option<&'static Question> {
    bank::BANK.iter().find(|q| q.id == id)
}

/// What the person told us before the questions: the path, and optionally age and
/// self-description.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Profile {
    /// The chosen path.
    pub path: Path,
    /// The age step, if answered.
    pub age: Option<AgeGroup>,
    /// How the person describes themself, if answered.
    pub self_description: Option<SelfDescription>,
    /// On the [`Path::Worried`] path: whether the person they worry about is under 18.
    pub about_child: Option<bool>,
}

impl Profile {
    /// A profile with only the path chosen.
    pub fn new(path: Path) -> Self {
        Profile {
            path,
            age: None,
            self_description: None,
            about_child: None,
        }
    }

    /// Whether the person answering said they are under 18.
    pub fn is_youth(&self) -> bool {
        self.age == Some(AgeGroup::Under18)
    }
}

/// The answers so far, keyed by question id. Unanswered questions are simply absent.
pub type Answers = BTreeMap<&'static str, Answer>;

/// One form of violence the answers describe.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Finding {
    /// The form of violence.
    pub category: Category,
    /// The questions answered yes or sometimes, in display order.
    pub question_ids: Vec<&'static str>,
}

/// The outcome of [`evaluate`]: what the answers describe and whom to offer first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    /// The forms of violence described, in [`Category::ALL`] order.
    pub findings: Vec<Finding>,
    /// The danger signs named, in [`DangerSign::ALL`] order.
    pub danger_signs: Vec<DangerSign>,
    /// Whether any danger sign is named: show "call 112 now" first.
    pub urgent: bool,
    /// Who the contacts should be for, most fitting first; never empty.
    pub audiences: Vec<Audience>,
    /// Which kinds of contact to offer, most fitting first; never empty.
    pub kinds: Vec<Kind>,
    /// Whether to explain how to report concern for a child to social services: a
    /// worried person asking about a child, or children at home who see, hear or are
    /// threatened with violence.
    pub report_concern_for_child: bool,
}

impl Assessment {
    /// Whether the answers describe this form of violence.
    pub fn describes(&self, category: Category) -> bool {
        self.findings.iter().any(|f| f.category == category)
    }
}

/// Evaluates the answers for a profile. Deterministic and rule-based: only the
/// questions of the profile's path count (answers to other paths' questions are
/// ignored), and no score is computed.
pub fn evaluate(profile: &Profile, answers: &Answers) -> Assessment {
    let described: Vec<&'static Question> = questions(profile.path)
        .filter(|q| answers.get(q.id).is_some_and(|a| a.describes()))
        .collect();

    let findings: Vec<Finding> = Category::ALL
        .iter()
        .filter_map(|&category| {
            let question_ids: Vec<&'static str> = described
                .iter()
                .filter(|q| q.category == category)
                .map(|q| q.id)
                .collect();
            (!question_ids.is_empty()).then_some(Finding {
                category,
                question_ids,
            })
        })
        .collect();

    let danger_signs: Vec<DangerSign> = DangerSign::ALL
        .into_iter()
        .filter(|&d| described.iter().any(|q| q.danger == Some(d)))
        .collect();
    let urgent = !danger_signs.is_empty();

    let has = |c: Category| findings.iter().any(|f| f.category == c);
    let audiences = audiences_for(profile, &has);
    let kinds = kinds_for(profile, &has, urgent);

    let children_at_risk =
        has(Category::ChildrenWitnessing) || danger_signs.contains(&DangerSign::ThreatsToChildren);
    let report_concern_for_child = match profile.path {
        Path::Worried => profile.about_child == Some(true) || children_at_risk,
        Path::Partner | Path::Family | Path::UsedViolence => children_at_risk,
        Path::Exploitation => false,
    };

    Assessment {
        findings,
        danger_signs,
        urgent,
        audiences,
        kinds,
        report_concern_for_child,
    }
}

/// Pushes items keeping the first occurrence only.
fn push_unique<T: PartialEq + Copy>(list: &mut Vec<T>, items: &[T]) {
    for item in items {
        if !list.contains(item) {
            list.push(*item);
        }
    }
}

/// The audience that fits the person's self-description, if any.
fn gender_audience(profile: &Profile) -> Option<Audience> {
    match profile.self_description? {
        SelfDescription::Woman => Some(Audience::Women),
        SelfDescription::Man => Some(Audience::Men),
        SelfDescription::TransOrNonBinary => Some(Audience::Trans),
        SelfDescription::RatherNotSay => None,
    }
}

/// Ordered audiences: the path's own audience, then age, topic and self-description,
/// with [`Audience::Everyone`] last.
fn audiences_for(profile: &Profile, has: &dyn Fn(Category) -> bool) -> Vec<Audience> {
    let mut list = Vec::new();
    let youth = [Audience::Children, Audience::Young];
    match profile.path {
        Path::UsedViolence => {
            push_unique(&mut list, &[Audience::UsesViolence]);
            if profile.is_youth() {
                push_unique(&mut list, &youth);
            }
            push_unique(
                &mut list,
                &gender_audience(profile).into_iter().collect::<Vec<_>>(),
            );
        }
        Path::Worried => {
            push_unique(&mut list, &[Audience::WorriedOthers]);
            if profile.about_child == Some(true) || profile.is_youth() {
                push_unique(&mut list, &youth);
            }
            if has(Category::Honour) {
                push_unique(&mut list, &[Audience::Honour]);
            }
            if has(Category::CoercedSex) {
                push_unique(&mut list, &[Audience::Trafficking]);
            }
            // The self-description is the worried person's, not the exposed person's,
            // so it does not pick gendered services here.
        }
        Path::Partner | Path::Family | Path::Exploitation => {
            if profile.is_youth() {
                push_unique(&mut list, &youth);
            }
            if profile.path == Path::Family && has(Category::Honour) {
                push_unique(&mut list, &[Audience::Honour]);
            }
            if profile.path == Path::Exploitation {
                push_unique(&mut list, &[Audience::Trafficking]);
            }
            push_unique(
                &mut list,
                &gender_audience(profile).into_iter().collect::<Vec<_>>(),
            );
        }
    }
    push_unique(&mut list, &[Audience::Everyone]);
    list
}

/// Shelter kinds fitting the person's self-description and age.
fn shelter_kinds(profile: &Profile) -> Vec<Kind> {
    let youth = profile.is_youth();
    match profile.self_description {
        Some(SelfDescription::Woman) if youth => vec![Kind::GirlsShelter, Kind::WomensShelter],
        Some(SelfDescription::Woman) => vec![Kind::WomensShelter, Kind::GirlsShelter],
        Some(SelfDescription::Man) => vec![Kind::MensShelter],
        // No shelter kind is specific to trans people; helplines with the Trans audience
        // rank through the audiences list.
        Some(SelfDescription::TransOrNonBinary) => vec![],
        Some(SelfDescription::RatherNotSay) | None if youth => {
            vec![Kind::GirlsShelter, Kind::WomensShelter, Kind::MensShelter]
        }
        Some(SelfDescription::RatherNotSay) | None => {
            vec![Kind::WomensShelter, Kind::MensShelter, Kind::GirlsShelter]
        }
    }
}

/// Ordered kinds: [`Kind::Emergency`] first when urgent, then the path's own kinds, then
/// every general kind so that help is always offered.
fn kinds_for(profile: &Profile, has: &dyn Fn(Category) -> bool, urgent: bool) -> Vec<Kind> {
    use Kind::*;
    let mut list = Vec::new();
    if urgent {
        list.push(Emergency);
    }
    let youth = profile.is_youth();
    let gender_known = matches!(
        profile.self_description,
        Some(SelfDescription::Woman | SelfDescription::Man)
    );
    match profile.path {
        Path::UsedViolence => {
            push_unique(&mut list, &[PerpetratorProgramme, Helpline, SocialServices]);
            if youth {
                push_unique(&mut list, &[YouthClinic]);
            }
            push_unique(&mut list, &[SocialServicesOnCall, Health]);
        }
        Path::Worried => {
            if profile.about_child == Some(true) {
                push_unique(&mut list, &[SocialServices, SocialServicesOnCall, Helpline]);
            } else {
                push_unique(&mut list, &[Helpline, SocialServices, SocialServicesOnCall]);
            }
            push_unique(
                &mut list,
                &[VictimSupport, WomensShelter, GirlsShelter, MensShelter],
            );
        }
        Path::Partner | Path::Family | Path::Exploitation => {
            // Helplines first: for young people that is Bris, for honour-related
            // control the national honour line, for exploitation the trafficking line
            // (the audiences list picks which one).
            push_unique(&mut list, &[Helpline]);
            if youth {
                push_unique(
                    &mut list,
                    &[SocialServices, SocialServicesOnCall, YouthClinic],
                );
                push_unique(&mut list, &shelter_kinds(profile));
            } else if profile.path == Path::Partner && gender_known {
                push_unique(&mut list, &shelter_kinds(profile));
                push_unique(&mut list, &[SocialServices, SocialServicesOnCall]);
            } else {
                push_unique(&mut list, &[SocialServices, SocialServicesOnCall]);
                if profile.path == Path::Exploitation {
                    push_unique(&mut list, &[Health]);
                }
                push_unique(&mut list, &shelter_kinds(profile));
            }
            if has(Category::Physical) || has(Category::Sexual) {
                push_unique(&mut list, &[Health]);
            }
            push_unique(&mut list, &[VictimSupport, Police]);
        }
    }
    // Services for people exposed to crime are not offered to the person who used
    // violence; everyone else gets every general kind.
    if profile.path == Path::UsedViolence {
        push_unique(
            &mut list,
            &[
                Helpline,
                SocialServices,
                SocialServicesOnCall,
                Health,
                Police,
                Emergency,
            ],
        );
    } else {
        push_unique(
            &mut list,
            &[
                Helpline,
                SocialServices,
                SocialServicesOnCall,
                VictimSupport,
                Health,
                Police,
                Emergency,
            ],
        );
    }
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    const SV: &str = include_str!("../../locales/sv/main.ftl");
    const EN: &str = include_str!("../../locales/en/main.ftl");

    fn answer_all(path: Path, answer: Answer) -> Answers {
        questions(path).map(|q| (q.id, answer)).collect()
    }

    fn answers(list: &[(&'static str, Answer)]) -> Answers {
        for (id, _) in list {
            assert!(question(id).is_some(), "unknown question id {id}");
        }
        list.iter().copied().collect()
    }

    fn profile(
        path: Path,
        age: Option<AgeGroup>,
        self_description: Option<SelfDescription>,
        about_child: Option<bool>,
    ) -> Profile {
        Profile {
            path,
            age,
            self_description,
            about_child,
        }
    }

    /// Every combination of age and self-description for a path.
    fn all_profiles(path: Path) -> Vec<Profile> {
        let ages = [None, Some(AgeGroup::Under18), Some(AgeGroup::Adult)];
        let selves = [
            None,
            Some(SelfDescription::Woman),
            Some(SelfDescription::Man),
            Some(SelfDescription::TransOrNonBinary),
            Some(SelfDescription::RatherNotSay),
        ];
        let mut out = Vec::new();
        for age in ages {
            for self_description in selves {
                out.push(profile(path, age, self_description, None));
            }
        }
        out
    }

    fn assert_no_duplicates<T: PartialEq + std::fmt::Debug>(list: &[T]) {
        for (i, item) in list.iter().enumerate() {
            assert!(!list[..i].contains(item), "duplicate {item:?} in {list:?}");
        }
    }

    #[test]
    fn no_or_rather_not_say_describes_nothing_but_still_offers_help() {
        for path in Path::ALL {
            for answer in [Answer::No, Answer::RatherNotSay] {
                for p in all_profiles(path) {
                    let a = evaluate(&p, &answer_all(path, answer));
                    assert!(a.findings.is_empty(), "{p:?} {answer:?}");
                    assert!(a.danger_signs.is_empty(), "{p:?} {answer:?}");
                    assert!(!a.urgent, "{p:?} {answer:?}");
                    assert!(!a.report_concern_for_child, "{p:?} {answer:?}");
                    assert!(!a.audiences.is_empty(), "{p:?} {answer:?}");
                    assert!(!a.kinds.is_empty(), "{p:?} {answer:?}");
                    assert_ne!(a.kinds[0], Kind::Emergency, "{p:?} {answer:?}");
                    assert!(a.audiences.contains(&Audience::Everyone));
                    assert!(!a.audiences.contains(&Audience::Professionals));
                    assert_no_duplicates(&a.audiences);
                    assert_no_duplicates(&a.kinds);
                }
            }
            // No answers at all behaves the same.
            let a = evaluate(&Profile::new(path), &Answers::new());
            assert!(a.findings.is_empty() && !a.urgent);
            assert!(!a.audiences.is_empty() && !a.kinds.is_empty());
        }
    }

    #[test]
    fn every_danger_question_makes_it_urgent_with_emergency_first() {
        for q in all_questions() {
            let Some(sign) = q.danger else { continue };
            for answer in [Answer::Yes, Answer::Sometimes] {
                for p in all_profiles(q.path) {
                    let a = evaluate(&p, &answers(&[(q.id, answer)]));
                    assert!(a.urgent, "{} {answer:?}", q.id);
                    assert_eq!(a.danger_signs, vec![sign], "{}", q.id);
                    assert_eq!(a.kinds[0], Kind::Emergency, "{} {p:?}", q.id);
                    assert_eq!(
                        a.findings,
                        vec![Finding {
                            category: q.category,
                            question_ids: vec![q.id],
                        }]
                    );
                    assert_no_duplicates(&a.kinds);
                }
            }
            for answer in [Answer::No, Answer::RatherNotSay] {
                let a = evaluate(&Profile::new(q.path), &answers(&[(q.id, answer)]));
                assert!(!a.urgent, "{} {answer:?}", q.id);
            }
        }
    }

    #[test]
    fn every_answer_describes_only_its_own_category() {
        for q in all_questions() {
            let a = evaluate(
                &Profile::new(q.path),
                &answers(&[(q.id, Answer::Sometimes)]),
            );
            assert_eq!(a.findings.len(), 1, "{}", q.id);
            assert_eq!(a.findings[0].category, q.category);
            assert!(a.describes(q.category));
            assert_eq!(a.urgent, q.danger.is_some(), "{}", q.id);
        }
    }

    /// One row: a profile, some answers, and what the priority lists must start with.
    struct Case {
        name: &'static str,
        profile: Profile,
        answers: &'static [(&'static str, Answer)],
        audiences_start: &'static [Audience],
        kinds_start: &'static [Kind],
        urgent: bool,
        report_concern_for_child: bool,
    }

    #[test]
    fn routing_table() {
        use AgeGroup::*;
        use Answer::*;
        use SelfDescription::*;
        let cases = [
            Case {
                name: "youth, family honour control: Bris and the honour line, social services",
                profile: profile(Path::Family, Some(Under18), None, None),
                answers: &[("family-friends", Yes), ("family-collective", Sometimes)],
                audiences_start: &[Audience::Children, Audience::Young, Audience::Honour],
                kinds_start: &[Kind::Helpline, Kind::SocialServices],
                urgent: false,
                report_concern_for_child: false,
            },
            Case {
                name: "youth girl, family honour control",
                profile: profile(Path::Family, Some(Under18), Some(Woman), None),
                answers: &[("family-love", Yes)],
                audiences_start: &[
                    Audience::Children,
                    Audience::Young,
                    Audience::Honour,
                    Audience::Women,
                ],
                kinds_start: &[
                    Kind::Helpline,
                    Kind::SocialServices,
                    Kind::SocialServicesOnCall,
                    Kind::YouthClinic,
                    Kind::GirlsShelter,
                ],
                urgent: false,
                report_concern_for_child: false,
            },
            Case {
                name: "youth, planned trip abroad: 112 first, then Bris",
                profile: profile(Path::Family, Some(Under18), None, None),
                answers: &[("family-abroad", Yes)],
                audiences_start: &[Audience::Children, Audience::Young, Audience::Honour],
                kinds_start: &[Kind::Emergency, Kind::Helpline, Kind::SocialServices],
                urgent: true,
                report_concern_for_child: false,
            },
            Case {
                name: "adult, family honour control: honour line first",
                profile: profile(Path::Family, Some(Adult), Some(Man), None),
                answers: &[("family-marriage", Sometimes)],
                audiences_start: &[Audience::Honour, Audience::Men, Audience::Everyone],
                kinds_start: &[Kind::Emergency, Kind::Helpline, Kind::SocialServices],
                urgent: true,
                report_concern_for_child: false,
            },
            Case {
                name: "adult, family violence without honour: no honour audience",
                profile: profile(Path::Family, Some(Adult), Some(Woman), None),
                answers: &[("family-hit", Yes)],
                audiences_start: &[Audience::Women, Audience::Everyone],
                kinds_start: &[Kind::Helpline, Kind::SocialServices],
                urgent: false,
                report_concern_for_child: false,
            },
            Case {
                name: "partner, woman: women's shelters early",
                profile: profile(Path::Partner, Some(Adult), Some(Woman), None),
                answers: &[("partner-put-down", Yes)],
                audiences_start: &[Audience::Women, Audience::Everyone],
                kinds_start: &[Kind::Helpline, Kind::WomensShelter],
                urgent: false,
                report_concern_for_child: false,
            },
            Case {
                name: "partner, man: men's shelters early",
                profile: profile(Path::Partner, Some(Adult), Some(Man), None),
                answers: &[("partner-money", Yes)],
                audiences_start: &[Audience::Men, Audience::Everyone],
                kinds_start: &[Kind::Helpline, Kind::MensShelter],
                urgent: false,
                report_concern_for_child: false,
            },
            Case {
                name: "partner, trans or non-binary",
                profile: profile(Path::Partner, None, Some(TransOrNonBinary), None),
                answers: &[("partner-hit", Sometimes)],
                audiences_start: &[Audience::Trans, Audience::Everyone],
                kinds_start: &[Kind::Helpline, Kind::SocialServices],
                urgent: false,
                report_concern_for_child: false,
            },
            Case {
                name: "partner, strangulation: 112 first",
                profile: profile(Path::Partner, Some(Adult), Some(Woman), None),
                answers: &[("partner-neck", Sometimes), ("partner-hit", Yes)],
                audiences_start: &[Audience::Women],
                kinds_start: &[Kind::Emergency, Kind::Helpline, Kind::WomensShelter],
                urgent: true,
                report_concern_for_child: false,
            },
            Case {
                name: "partner, children see violence: report concern",
                profile: profile(Path::Partner, Some(Adult), None, None),
                answers: &[("partner-children-see", Yes)],
                audiences_start: &[Audience::Everyone],
                kinds_start: &[Kind::Helpline, Kind::SocialServices],
                urgent: false,
                report_concern_for_child: true,
            },
            Case {
                name: "partner, threats to children: urgent and report concern",
                profile: profile(Path::Partner, Some(Adult), None, None),
                answers: &[("partner-children-threat", Yes)],
                audiences_start: &[Audience::Everyone],
                kinds_start: &[Kind::Emergency, Kind::Helpline],
                urgent: true,
                report_concern_for_child: true,
            },
            Case {
                name: "family, children see violence: report concern",
                profile: profile(Path::Family, Some(Under18), None, None),
                answers: &[("family-children-see", Sometimes)],
                audiences_start: &[Audience::Children, Audience::Young, Audience::Everyone],
                kinds_start: &[Kind::Helpline, Kind::SocialServices],
                urgent: false,
                report_concern_for_child: true,
            },
            Case {
                name: "youth, partner violence: Bris first",
                profile: profile(Path::Partner, Some(Under18), Some(Man), None),
                answers: &[("partner-isolate", Yes)],
                audiences_start: &[Audience::Children, Audience::Young, Audience::Men],
                kinds_start: &[Kind::Helpline, Kind::SocialServices],
                urgent: false,
                report_concern_for_child: false,
            },
            Case {
                name: "exploitation: trafficking audience",
                profile: profile(Path::Exploitation, Some(Adult), Some(Woman), None),
                answers: &[("exploit-sell-sex", Yes), ("exploit-papers", Yes)],
                audiences_start: &[Audience::Trafficking, Audience::Women],
                kinds_start: &[Kind::Helpline, Kind::SocialServices],
                urgent: false,
                report_concern_for_child: false,
            },
            Case {
                name: "exploitation with nothing described still offers trafficking help",
                profile: profile(Path::Exploitation, None, None, None),
                answers: &[("exploit-debt", No)],
                audiences_start: &[Audience::Trafficking, Audience::Everyone],
                kinds_start: &[Kind::Helpline],
                urgent: false,
                report_concern_for_child: false,
            },
            Case {
                name: "youth exploitation: children first, then trafficking",
                profile: profile(Path::Exploitation, Some(Under18), None, None),
                answers: &[("exploit-sell-sex", Sometimes)],
                audiences_start: &[Audience::Children, Audience::Young, Audience::Trafficking],
                kinds_start: &[Kind::Helpline, Kind::SocialServices],
                urgent: false,
                report_concern_for_child: false,
            },
            Case {
                name: "exploitation, threat to kill: 112 first",
                profile: profile(Path::Exploitation, Some(Adult), None, None),
                answers: &[("exploit-kill", Yes)],
                audiences_start: &[Audience::Trafficking],
                kinds_start: &[Kind::Emergency, Kind::Helpline],
                urgent: true,
                report_concern_for_child: false,
            },
            Case {
                name: "perpetrator: programme first",
                profile: profile(Path::UsedViolence, Some(Adult), Some(Man), None),
                answers: &[("used-hit", Yes), ("used-phone", Sometimes)],
                audiences_start: &[Audience::UsesViolence, Audience::Men],
                kinds_start: &[Kind::PerpetratorProgramme, Kind::Helpline],
                urgent: false,
                report_concern_for_child: false,
            },
            Case {
                name: "perpetrator, nothing described: programme still first",
                profile: profile(Path::UsedViolence, None, None, None),
                answers: &[],
                audiences_start: &[Audience::UsesViolence, Audience::Everyone],
                kinds_start: &[Kind::PerpetratorProgramme],
                urgent: false,
                report_concern_for_child: false,
            },
            Case {
                name: "perpetrator, strangulation: 112 first, then programme",
                profile: profile(Path::UsedViolence, Some(Adult), None, None),
                answers: &[("used-neck", Yes)],
                audiences_start: &[Audience::UsesViolence],
                kinds_start: &[Kind::Emergency, Kind::PerpetratorProgramme],
                urgent: true,
                report_concern_for_child: false,
            },
            Case {
                name: "young perpetrator: uses-violence first, then youth",
                profile: profile(Path::UsedViolence, Some(Under18), None, None),
                answers: &[("used-hit", Sometimes)],
                audiences_start: &[Audience::UsesViolence, Audience::Children, Audience::Young],
                kinds_start: &[Kind::PerpetratorProgramme],
                urgent: false,
                report_concern_for_child: false,
            },
            Case {
                name: "perpetrator, children saw it: report concern",
                profile: profile(Path::UsedViolence, Some(Adult), None, None),
                answers: &[("used-children-see", Yes)],
                audiences_start: &[Audience::UsesViolence],
                kinds_start: &[Kind::PerpetratorProgramme],
                urgent: false,
                report_concern_for_child: true,
            },
            Case {
                name: "worried about a child: report concern, social services first",
                profile: profile(Path::Worried, Some(Adult), Some(Woman), Some(true)),
                answers: &[("worried-afraid", Yes)],
                audiences_start: &[Audience::WorriedOthers, Audience::Children, Audience::Young],
                kinds_start: &[Kind::SocialServices, Kind::SocialServicesOnCall],
                urgent: false,
                report_concern_for_child: true,
            },
            Case {
                name: "worried about a child, nothing described: still report concern",
                profile: profile(Path::Worried, None, None, Some(true)),
                answers: &[],
                audiences_start: &[Audience::WorriedOthers, Audience::Children],
                kinds_start: &[Kind::SocialServices],
                urgent: false,
                report_concern_for_child: true,
            },
            Case {
                name: "worried about an adult: helpline first, no gendered audience",
                profile: profile(Path::Worried, Some(Adult), Some(Man), Some(false)),
                answers: &[("worried-isolated", Yes)],
                audiences_start: &[Audience::WorriedOthers, Audience::Everyone],
                kinds_start: &[Kind::Helpline, Kind::SocialServices],
                urgent: false,
                report_concern_for_child: false,
            },
            Case {
                name: "worried about an adult with children at home: report concern",
                profile: profile(Path::Worried, Some(Adult), None, Some(false)),
                answers: &[("worried-children-home", Yes)],
                audiences_start: &[Audience::WorriedOthers],
                kinds_start: &[Kind::Helpline],
                urgent: false,
                report_concern_for_child: true,
            },
            Case {
                name: "worried, honour and selling sex",
                profile: profile(Path::Worried, Some(Under18), None, Some(true)),
                answers: &[("worried-honour", Yes), ("worried-selling-sex", Sometimes)],
                audiences_start: &[
                    Audience::WorriedOthers,
                    Audience::Children,
                    Audience::Young,
                    Audience::Honour,
                    Audience::Trafficking,
                ],
                kinds_start: &[Kind::SocialServices],
                urgent: false,
                report_concern_for_child: true,
            },
            Case {
                name: "worried, planned trip abroad: 112 first",
                profile: profile(Path::Worried, Some(Adult), None, Some(false)),
                answers: &[("worried-trip", Yes)],
                audiences_start: &[Audience::WorriedOthers, Audience::Honour],
                kinds_start: &[Kind::Emergency, Kind::Helpline],
                urgent: true,
                report_concern_for_child: false,
            },
        ];
        for case in &cases {
            let a = evaluate(&case.profile, &answers(case.answers));
            assert!(
                a.audiences.starts_with(case.audiences_start),
                "{}: audiences {:?}",
                case.name,
                a.audiences
            );
            assert!(
                a.kinds.starts_with(case.kinds_start),
                "{}: kinds {:?}",
                case.name,
                a.kinds
            );
            assert_eq!(a.urgent, case.urgent, "{}", case.name);
            assert_eq!(
                a.report_concern_for_child, case.report_concern_for_child,
                "{}",
                case.name
            );
            assert!(!a.audiences.is_empty() && !a.kinds.is_empty());
            assert_no_duplicates(&a.audiences);
            assert_no_duplicates(&a.kinds);
            assert!(!a.audiences.contains(&Audience::Professionals));
            if case.profile.path != Path::UsedViolence {
                assert!(
                    !a.audiences.contains(&Audience::UsesViolence),
                    "{}",
                    case.name
                );
                assert!(
                    !a.kinds.contains(&Kind::PerpetratorProgramme),
                    "{}",
                    case.name
                );
            } else {
                // Never route someone who used violence to services for those exposed.
                for k in [
                    Kind::WomensShelter,
                    Kind::GirlsShelter,
                    Kind::MensShelter,
                    Kind::VictimSupport,
                ] {
                    assert!(!a.kinds.contains(&k), "{}", case.name);
                }
            }
        }
    }

    #[test]
    fn findings_follow_category_order_and_display_order() {
        let p = Profile::new(Path::Partner);
        let a = evaluate(
            &p,
            &answers(&[
                ("partner-sex", Answer::Yes),
                ("partner-hurt", Answer::Sometimes),
                ("partner-hit", Answer::Yes),
                ("partner-put-down", Answer::Sometimes),
                ("partner-afraid", Answer::No),
                ("partner-kill", Answer::Yes),
                ("partner-neck", Answer::Yes),
            ]),
        );
        assert_eq!(
            a.findings,
            vec![
                Finding {
                    category: Category::Physical,
                    question_ids: vec!["partner-hit", "partner-hurt", "partner-neck"],
                },
                Finding {
                    category: Category::Psychological,
                    question_ids: vec!["partner-put-down", "partner-kill"],
                },
                Finding {
                    category: Category::Sexual,
                    question_ids: vec!["partner-sex"],
                },
            ]
        );
        assert_eq!(
            a.danger_signs,
            vec![DangerSign::Strangulation, DangerSign::ThreatToKill]
        );
    }

    #[test]
    fn answers_to_other_paths_are_ignored() {
        let all_yes: Answers = all_questions()
            .iter()
            .map(|q| (q.id, Answer::Yes))
            .collect();
        for path in Path::ALL {
            let a = evaluate(&Profile::new(path), &all_yes);
            for f in &a.findings {
                for id in &f.question_ids {
                    assert_eq!(question(id).unwrap().path, path);
                }
            }
            let expected: usize = questions(path).count();
            let seen: usize = a.findings.iter().map(|f| f.question_ids.len()).sum();
            assert_eq!(seen, expected);
            assert!(a.urgent);
            assert_eq!(a.kinds[0], Kind::Emergency);
        }
    }

    /// The categories each path must cover with at least two questions.
    fn required_categories(path: Path) -> &'static [Category] {
        use Category::*;
        match path {
            Path::Partner => &[
                Physical,
                Psychological,
                Sexual,
                Economic,
                Material,
                Digital,
                Latent,
                Neglect,
                ChildrenWitnessing,
            ],
            Path::Family => &[
                Physical,
                Psychological,
                Sexual,
                Economic,
                Material,
                Digital,
                Latent,
                Neglect,
                ChildrenWitnessing,
                Honour,
            ],
            Path::Exploitation => &[
                CoercedSex,
                DebtBondage,
                DocumentsTaken,
                Physical,
                Psychological,
                Sexual,
                Economic,
                Digital,
                Latent,
            ],
            Path::Worried => &[
                Physical,
                Psychological,
                Sexual,
                Economic,
                Digital,
                Latent,
                Honour,
                ChildrenWitnessing,
                CoercedSex,
                Neglect,
            ],
            Path::UsedViolence => &[
                Physical,
                Psychological,
                Sexual,
                Economic,
                Material,
                Digital,
                Latent,
                ChildrenWitnessing,
            ],
        }
    }

    /// The danger signs each path must ask about.
    fn required_danger_signs(path: Path) -> &'static [DangerSign] {
        use DangerSign::*;
        match path {
            Path::Partner => &[
                Strangulation,
                Weapon,
                ThreatToKill,
                Escalation,
                Separation,
                Pregnancy,
                Stalking,
                ThreatsToChildren,
            ],
            Path::Family => &[
                Strangulation,
                Weapon,
                ThreatToKill,
                Escalation,
                ForcedTripOrMarriage,
                ThreatsToChildren,
                Stalking,
            ],
            Path::Exploitation => &[Strangulation, Weapon, ThreatToKill, Escalation],
            Path::Worried => &[
                Strangulation,
                Weapon,
                ThreatToKill,
                Escalation,
                Separation,
                ForcedTripOrMarriage,
                Stalking,
            ],
            Path::UsedViolence => &[Strangulation, Weapon, ThreatToKill, Escalation],
        }
    }

    #[test]
    fn coverage_of_categories_and_danger_signs() {
        for path in Path::ALL {
            for &category in required_categories(path) {
                let n = questions(path).filter(|q| q.category == category).count();
                assert!(n >= 2, "{path:?} has {n} question(s) for {category:?}");
            }
            for &sign in required_danger_signs(path) {
                let n = questions(path).filter(|q| q.danger == Some(sign)).count();
                assert!(n >= 1, "{path:?} has no question for {sign:?}");
            }
            // Nothing outside the lists: every question's category and sign is expected.
            for q in questions(path) {
                assert!(required_categories(path).contains(&q.category), "{}", q.id);
                if let Some(sign) = q.danger {
                    assert!(required_danger_signs(path).contains(&sign), "{}", q.id);
                }
            }
            let len = questions(path).count();
            assert!((18..=30).contains(&len), "{path:?} has {len} questions");
        }
        let honour = questions(Path::Family)
            .filter(|q| q.category == Category::Honour)
            .count();
        assert!(honour >= 8, "family has {honour} honour questions");
        // Danger questions carry the categories the design names for them.
        for q in all_questions() {
            let allowed: &[Category] = match q.danger {
                None => continue,
                Some(DangerSign::Strangulation) => &[Category::Physical],
                Some(DangerSign::Weapon) => &[Category::Physical, Category::Psychological],
                Some(DangerSign::ThreatToKill) => &[Category::Psychological],
                Some(DangerSign::Escalation) => &[Category::Physical],
                Some(DangerSign::Separation) => &[Category::Latent, Category::Psychological],
                Some(DangerSign::Pregnancy) => &[Category::Physical],
                Some(DangerSign::Stalking) => &[Category::Digital, Category::Psychological],
                Some(DangerSign::ForcedTripOrMarriage) => &[Category::Honour],
                Some(DangerSign::ThreatsToChildren) => &[Category::ChildrenWitnessing],
            };
            assert!(allowed.contains(&q.category), "{}", q.id);
        }
    }

    fn is_kebab(id: &str) -> bool {
        !id.is_empty()
            && !id.starts_with('-')
            && !id.ends_with('-')
            && !id.contains("--")
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    }

    #[test]
    fn ids_are_unique_kebab_case_and_prefixed_by_path() {
        let bank = all_questions();
        for (i, q) in bank.iter().enumerate() {
            assert!(is_kebab(q.id), "{}", q.id);
            assert!(q.id.starts_with(q.path.question_prefix()), "{}", q.id);
            assert!(q.id.len() > q.path.question_prefix().len(), "{}", q.id);
            assert!(!q.id.ends_with("-youth"), "{}", q.id);
            assert!(
                bank[..i].iter().all(|o| o.id != q.id),
                "duplicate id {}",
                q.id
            );
            assert_eq!(question(q.id), Some(q));
        }
        // The bank is grouped by path, so `questions` keeps display order.
        let mut paths: Vec<Path> = bank.iter().map(|q| q.path).collect();
        paths.dedup();
        assert_eq!(paths, Path::ALL.to_vec());
        assert_eq!(question("no-such-question"), None);
        for c in Category::ALL {
            assert!(is_kebab(c.id()));
        }
        for d in DangerSign::ALL {
            assert!(is_kebab(d.id()));
        }
        for p in Path::ALL {
            assert!(is_kebab(p.id()));
        }
    }

    #[test]
    fn message_ids() {
        let q = question("family-friends").unwrap();
        assert_eq!(q.message_id(None), "q-family-friends");
        assert_eq!(q.message_id(Some(AgeGroup::Adult)), "q-family-friends");
        assert_eq!(
            q.message_id(Some(AgeGroup::Under18)),
            "q-family-friends-youth"
        );
        let q = question("partner-hit").unwrap();
        assert!(!q.youth_variant);
        assert_eq!(q.message_id(Some(AgeGroup::Under18)), "q-partner-hit");
        assert_eq!(
            Category::ChildrenWitnessing.title_message_id(),
            "category-children-witnessing-title"
        );
        assert_eq!(
            Category::Physical.text_message_id(Path::Family),
            "category-physical-text"
        );
        assert_eq!(
            Category::Physical.text_message_id(Path::UsedViolence),
            "category-physical-text-used"
        );
        assert_eq!(
            Category::Physical.text_message_id(Path::Worried),
            "category-physical-text-worried"
        );
        assert_eq!(
            DangerSign::ThreatToKill.message_id(),
            "danger-threat-to-kill"
        );
        let youth = all_questions().iter().filter(|q| q.youth_variant).count();
        let family_youth = questions(Path::Family).filter(|q| q.youth_variant).count();
        assert!(
            family_youth * 2 > youth,
            "youth variants are mostly on the family path"
        );
    }

    /// The message ids defined in a Fluent file, in order (`id = …` at line start).
    fn message_ids_in(ftl: &str) -> Vec<&str> {
        ftl.lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once(" ="))
            .map(|(id, _)| id.trim_end())
            .collect()
    }

    /// Every message id the questionnaire needs.
    fn required_message_ids() -> Vec<String> {
        let mut ids = Vec::new();
        for q in all_questions() {
            ids.push(q.message_id(None));
            if q.youth_variant {
                ids.push(q.message_id(Some(AgeGroup::Under18)));
            }
        }
        for c in Category::ALL {
            ids.push(c.title_message_id());
        }
        // A category's text for a path exists exactly when some question of that path
        // names the category (texts no result can show are not shipped).
        for q in all_questions() {
            let id = q.category.text_message_id(q.path);
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        for d in DangerSign::ALL {
            ids.push(d.message_id());
        }
        ids
    }

    #[test]
    fn fluent_files_have_every_message_in_both_languages() {
        let required = required_message_ids();
        for (lang, ftl) in [("sv", SV), ("en", EN)] {
            let ids = message_ids_in(ftl);
            assert_no_duplicates(&ids);
            for id in &required {
                assert!(ids.contains(&id.as_str()), "{lang}: missing {id}");
            }
            for id in &ids {
                assert!(is_kebab(id), "{lang}: {id}");
                let engine_id = ["q-", "category-", "danger-"]
                    .iter()
                    .any(|p| id.starts_with(p));
                if engine_id {
                    assert!(required.iter().any(|r| r == id), "{lang}: unused {id}");
                }
            }
            let lines: Vec<&str> = ftl.lines().collect();
            for (i, line) in lines.iter().enumerate() {
                if !line.starts_with(|c: char| c.is_ascii_lowercase()) {
                    continue;
                }
                let Some((id, value)) = line.split_once(" =") else {
                    continue;
                };
                assert!(!value.trim().is_empty(), "{lang}: {id} is empty");
                if value.contains('{') {
                    // Fluent's guideline: document the variables above the message.
                    let comment = lines[..i]
                        .iter()
                        .rev()
                        .take_while(|l| l.starts_with("# "))
                        .any(|l| l.starts_with("# Variables:"));
                    assert!(comment, "{lang}: {id} has a placeable but no # Variables:");
                }
            }
        }
        assert_eq!(
            message_ids_in(SV),
            message_ids_in(EN),
            "same ids, same order"
        );
    }
}
