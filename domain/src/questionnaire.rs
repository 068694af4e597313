//! The questionnaire engine: a typed, static bank of questions, and the deterministic,
//! rule-based evaluation of the answers.
//!
//! Every question belongs to one [`Path`] and names at most one [`Category`] (a form of
//! violence). Some questions are asked only after earlier answers on the path have
//! described violence or fear, or honour-related control ([`Gate`]), or only to some
//! people ([`Who`]): [`asked`] gives the questions a person actually sees, in order.
//! Which answers name a danger sign is decided in one place, [`danger`].
//!
//! [`evaluate`] turns a [`Profile`] and the [`Answers`] into an [`Assessment`]: which
//! forms of violence the answers describe, which danger signs they name, whether a danger
//! question was left unanswered, and which guidance blocks the result shows. Whom to
//! offer as contacts is decided from the assessment by [`crate::ranking`].
//!
//! There is no numeric score anywhere: a category is *described* when any of its asked
//! questions is answered [`Answer::Yes`] or [`Answer::Sometimes`], and any one danger sign
//! makes the assessment urgent. The engine never diagnoses; the text shown for a result
//! names what the answers describe, calmly.
//!
//! The questions are our own words, informed by the categories of Socialstyrelsen's
//! FREDA, Campbell's Danger Assessment, PATRIARK, the ILO's indicators of forced labour
//! and the Duluth power-and-control wheel, and copied from none. Their text lives in
//! `locales/<lang>/questions.ftl` as `q-<question-id>` (and `q-<question-id>-youth` for
//! wording for under-18s).

use std::collections::BTreeMap;

mod bank;
pub mod danger;

pub use danger::DangerSign;

/// Which situation the person is checking: the choice after the age step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Path {
    /// About me: a partner, an ex, or (for young people) someone I date.
    Partner,
    /// About me: my family or relatives, or someone who helps me in daily life (honour-
    /// related control belongs here).
    Family,
    /// About me: someone makes me sell sex, or controls my work, money or papers; for young
    /// people also sexual pressure online.
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

/// The age step: picks youth wording, youth questions and youth contacts.
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
    /// Withholding care, food, medicine or aids from someone who depends on them, or
    /// harm by someone who helps them in daily life.
    Neglect,
    /// Honour-related violence and oppression: collective control by the family.
    Honour,
    /// Children seeing or hearing violence, threats against children.
    ChildrenWitnessing,
    /// Being pressured, tricked or forced into selling sex.
    CoercedSex,
    /// Work, begging or crime under someone's control; false promises; being moved
    /// between places (the ILO's indicators of forced labour and trafficking).
    ForcedLabour,
    /// A debt used to control someone, that must be worked off.
    DebtBondage,
    /// Passport, ID or other papers taken or controlled.
    DocumentsTaken,
}

impl Category {
    /// Every category, in the order findings are listed.
    pub const ALL: [Category; 14] = [
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
        Category::ForcedLabour,
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
            Category::ForcedLabour => "forced-labour",
            Category::DebtBondage => "debt-bondage",
            Category::DocumentsTaken => "documents-taken",
        }
    }

    /// Fluent id of the short name, e.g. `category-physical-title`.
    pub fn title_message_id(self) -> String {
        format!("category-{}-title", self.id())
    }

    /// Fluent id of the plain-language explanation for a path.
    pub fn text_message_id(self, path: Path) -> String {
        format!("category-{}-text{}", self.id(), audience_suffix(path))
    }
}

/// The suffix of messages written for the reader of a path: `-used` for the person who
/// used violence, `-worried` for someone worried about another person, none for the
/// person it happens to.
pub fn audience_suffix(path: Path) -> &'static str {
    match path {
        Path::UsedViolence => "-used",
        Path::Worried => "-worried",
        Path::Partner | Path::Family | Path::Exploitation => "",
    }
}

/// Who a question is asked of, or a danger rule applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Who {
    /// Everyone on the path.
    Everyone,
    /// Only a person who said they are under 18.
    Under18,
    /// Everyone who did not say they are under 18.
    NotUnder18,
    /// Under 18, unless they said they are a man or boy: the question on female genital
    /// mutilation (circumcision of boys is lawful in Sweden, SFS 2001:499, and a boy's
    /// truthful yes must not name that sign).
    Under18NotMan,
    /// Worried path: when the other person is, or may be, under 18 ("I don't know"
    /// counts: the child-protection rules err on the side of the child).
    AboutChild,
}

impl Who {
    /// Whether this covers the person in `profile`.
    pub fn covers(self, profile: &Profile) -> bool {
        match self {
            Who::Everyone => true,
            Who::Under18 => profile.is_youth(),
            Who::NotUnder18 => !profile.is_youth(),
            Who::Under18NotMan => {
                profile.is_youth() && profile.self_description != Some(SelfDescription::Man)
            }
            Who::AboutChild => profile.about_child != Some(false),
        }
    }
}

/// When a question is asked, given the answers before it on the same path. Gated
/// questions keep the paths short for people whose answers describe nothing, while the
/// questions on strangulation, weapons and threats to kill are asked of everyone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gate {
    /// Always.
    Always,
    /// After an earlier answer has described violence of any form, or fear.
    AfterHarm,
    /// After an earlier answer has described honour-related control.
    AfterHonour,
}

/// One question in the static bank.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Question {
    /// Unique kebab-case id, prefixed by the path (see [`Path::question_prefix`]).
    pub id: &'static str,
    /// The path the question is asked on.
    pub path: Path,
    /// The form of violence a yes or sometimes describes; `None` for a question that
    /// only names a danger sign (e.g. weapons at home) or marks a need.
    pub category: Option<Category>,
    /// Whom it is asked of.
    pub who: Who,
    /// When it is asked.
    pub gate: Gate,
    /// Whether a wording for under-18s exists (`q-<id>-youth`).
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

/// Every question of a path, in display order, whether or not it is asked.
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

/// The young person on the used-violence path who is also hurt or threatened themself.
pub const ALSO_EXPOSED: &str = "used-exposed";
/// A young person whose partner or date is an adult or much older: a child-protection
/// matter (brottsbalken chapter 6), without being a form of violence by itself.
pub const OLDER_PARTNER: &str = "partner-older";

/// The questions `profile` is asked, in order, given the answers so far. A question's
/// gate depends only on answers to questions before it, so changing an answer never
/// changes which questions come before it.
pub fn asked(profile: &Profile, answers: &Answers) -> Vec<&'static Question> {
    let mut harm = false;
    let mut honour = false;
    let mut list = Vec::new();
    for q in questions(profile.path) {
        let open = match q.gate {
            Gate::Always => true,
            Gate::AfterHarm => harm,
            Gate::AfterHonour => honour,
        };
        if !open || !q.who.covers(profile) {
            continue;
        }
        list.push(q);
        let described = answers.get(q.id).is_some_and(|a| a.describes());
        if described && (q.category.is_some() || danger::can_name(profile, q.id)) {
            harm = true;
            honour |= q.category == Some(Category::Honour);
        }
    }
    list
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

/// The outcome of [`evaluate`]: what the answers describe and which guidance to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    /// The profile the answers were given in.
    pub profile: Profile,
    /// The forms of violence described, in [`Category::ALL`] order.
    pub findings: Vec<Finding>,
    /// The danger signs named, in [`DangerSign::ALL`] order.
    pub danger_signs: Vec<DangerSign>,
    /// Whether any danger sign is named: show "call 112 now" first.
    pub urgent: bool,
    /// Whether a question that can name a danger sign was asked and answered "rather not
    /// say" or skipped: the result then never says that nothing was described.
    pub danger_unanswered: bool,
    /// A young person whose answers name a danger sign, describe violence by family,
    /// exploitation, physical or sexual violence by a partner, or a much older partner:
    /// explain that social services must protect them.
    pub child_protection: bool,
    /// Explain how to report concern for a child to social services: a worried person
    /// asking about a child, or children at home who see, hear or are threatened with
    /// violence (not on the used-violence path: see `support_for_children`).
    pub report_concern_for_child: bool,
    /// Used-violence path with children who see or hear it: tell the parent that social
    /// services can support them and the children.
    pub support_for_children: bool,
    /// Used-violence path, under 18: they are also hurt or threatened themself.
    pub also_exposed: bool,
}

impl Assessment {
    /// Whether the answers describe this form of violence.
    pub fn describes(&self, category: Category) -> bool {
        self.findings.iter().any(|f| f.category == category)
    }

    /// Whether the answers name this danger sign.
    pub fn names(&self, sign: DangerSign) -> bool {
        self.danger_signs.contains(&sign)
    }
}

/// Evaluates the answers for a profile. Deterministic and rule-based: only the questions
/// the profile is [`asked`] count (answers to other questions are ignored), and no score
/// is computed.
pub fn evaluate(profile: &Profile, answers: &Answers) -> Assessment {
    let asked = asked(profile, answers);
    let described: Vec<&'static Question> = asked
        .iter()
        .copied()
        .filter(|q| answers.get(q.id).is_some_and(|a| a.describes()))
        .collect();

    let findings: Vec<Finding> = Category::ALL
        .iter()
        .filter_map(|&category| {
            let question_ids: Vec<&'static str> = described
                .iter()
                .filter(|q| q.category == Some(category))
                .map(|q| q.id)
                .collect();
            (!question_ids.is_empty()).then_some(Finding {
                category,
                question_ids,
            })
        })
        .collect();
    let has = |c: Category| findings.iter().any(|f| f.category == c);

    let danger_signs = danger::signs(profile, &described);
    let danger_unanswered = asked.iter().any(|q| {
        danger::can_name(profile, q.id)
            && !matches!(
                answers.get(q.id),
                Some(Answer::Yes | Answer::Sometimes | Answer::No)
            )
    });

    let children_at_risk =
        has(Category::ChildrenWitnessing) || danger_signs.contains(&DangerSign::ThreatsToChildren);
    let report_concern_for_child = match profile.path {
        Path::Worried => Who::AboutChild.covers(profile) || children_at_risk,
        Path::Partner | Path::Family => children_at_risk,
        Path::Exploitation | Path::UsedViolence => false,
    };
    // The social services must protect a child who may be harmed (socialtjänstlagen, SFS
    // 2025:400): every danger sign, any violence by family or exploitation, a partner's
    // physical or sexual violence, or an adult partner.
    let child_protection = profile.is_youth()
        && profile.path.is_about_me()
        && (!danger_signs.is_empty()
            || (matches!(profile.path, Path::Family | Path::Exploitation) && !findings.is_empty())
            || has(Category::Physical)
            || has(Category::Sexual)
            || described.iter().any(|q| q.id == OLDER_PARTNER));

    Assessment {
        profile: *profile,
        urgent: !danger_signs.is_empty(),
        danger_signs,
        danger_unanswered,
        child_protection,
        report_concern_for_child,
        support_for_children: profile.path == Path::UsedViolence && children_at_risk,
        also_exposed: profile.path == Path::UsedViolence
            && described.iter().any(|q| q.id == ALSO_EXPOSED),
        findings,
    }
}

#[cfg(test)]
mod tests;
