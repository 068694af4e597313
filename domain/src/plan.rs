//! The safety plan's rules: which sections a person's plan has, and which suggestions
//! their answers call for. Plain rules, table-tested; the plan's text is
//! `locales/<lang>/plan.ftl` and the person's entries live only in the browser's memory.
//!
//! The sections follow the safety planning of NCK, the shelter movement and the
//! programmes for people who use violence: people to call and a code word, a safe place,
//! what to keep ready, phone and account safety, the children's plan, planning to stay and
//! planning to leave (both legitimate; the plan never pushes either), a trusted adult for
//! young people, what to do before a feared trip abroad, papers and support for people
//! who are exploited, and what to do when anger rises for someone who used violence.
//!
//! Suggestions are drawn from the answers but never repeat them: they are shown on screen
//! only, and a printed plan holds what the person wrote and general advice.

use crate::questionnaire::{Assessment, Category, DangerSign, Path};

/// One section of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// People I can call, and a code word.
    People,
    /// A safe place to go.
    Place,
    /// What to keep ready.
    Ready,
    /// Phone and account safety.
    Phone,
    /// The children's plan.
    Children,
    /// If I stay.
    Stay,
    /// If I want to leave.
    Leave,
    /// A trusted adult, for young people.
    Youth,
    /// Before a feared trip abroad.
    Trip,
    /// Papers and support, for people who are exploited.
    Papers,
    /// When anger rises, for someone who used violence.
    Anger,
}

impl Section {
    /// Stable kebab-case identifier; message ids are `plan-<id>-title`, `-advice`, and
    /// the fields'.
    pub fn id(self) -> &'static str {
        match self {
            Section::People => "people",
            Section::Place => "place",
            Section::Ready => "ready",
            Section::Phone => "phone",
            Section::Children => "children",
            Section::Stay => "stay",
            Section::Leave => "leave",
            Section::Youth => "youth",
            Section::Trip => "trip",
            Section::Papers => "papers",
            Section::Anger => "anger",
        }
    }

    /// The section with this id.
    pub fn from_id(id: &str) -> Option<Section> {
        ALL_SECTIONS.into_iter().find(|s| s.id() == id)
    }

    /// Fluent ids of the section's fields (each a label the person writes under).
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            Section::People => &["plan-people-field", "plan-codeword-field"],
            Section::Place => &["plan-place-field"],
            Section::Ready => &["plan-ready-field"],
            Section::Phone => &["plan-phone-field"],
            Section::Children => &["plan-children-field"],
            Section::Stay => &["plan-stay-field"],
            Section::Leave => &["plan-leave-field"],
            Section::Youth => &["plan-youth-field"],
            Section::Trip => &["plan-trip-field"],
            Section::Papers => &["plan-papers-field"],
            Section::Anger => &[
                "plan-anger-signs-field",
                "plan-anger-do-field",
                "plan-anger-call-field",
            ],
        }
    }
}

/// Every section, in the order a plan shows them.
pub const ALL_SECTIONS: [Section; 11] = [
    Section::Anger,
    Section::People,
    Section::Place,
    Section::Ready,
    Section::Phone,
    Section::Children,
    Section::Youth,
    Section::Trip,
    Section::Papers,
    Section::Stay,
    Section::Leave,
];

/// A suggestion drawn from the answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Suggestion {
    /// Injuries or sexual violence described, or strangulation: seek care.
    Care,
    /// Children see or are threatened: make the children's plan.
    Children,
    /// A feared trip, marriage or cutting: plan before the trip.
    Trip,
    /// Separation named as a danger sign: plan leaving with support.
    Leaving,
    /// Digital control or stalking: start with the phone.
    Phone,
    /// Weapons: tell the police.
    Weapons,
    /// Thoughts of suicide: add Självmordslinjen to the people to call.
    Suicide,
}

impl Suggestion {
    /// Fluent id of the suggestion's text.
    pub fn message_id(self) -> &'static str {
        match self {
            Suggestion::Care => "plan-suggest-care",
            Suggestion::Children => "plan-suggest-children",
            Suggestion::Trip => "plan-suggest-trip",
            Suggestion::Leaving => "plan-suggest-leaving",
            Suggestion::Phone => "plan-suggest-phone",
            Suggestion::Weapons => "plan-suggest-weapons",
            Suggestion::Suicide => "plan-suggest-suicide",
        }
    }

    /// The suggestion with this message id.
    pub fn from_message_id(id: &str) -> Option<Suggestion> {
        ALL_SUGGESTIONS.into_iter().find(|s| s.message_id() == id)
    }
}

/// Every suggestion, in the order they are shown.
pub const ALL_SUGGESTIONS: [Suggestion; 7] = [
    Suggestion::Suicide,
    Suggestion::Care,
    Suggestion::Weapons,
    Suggestion::Leaving,
    Suggestion::Trip,
    Suggestion::Children,
    Suggestion::Phone,
];

/// The sections of a plan made from a result, or (`None`) from the help page.
pub fn sections(assessment: Option<&Assessment>) -> Vec<Section> {
    let Some(a) = assessment else {
        use Section::*;
        return vec![People, Place, Ready, Phone, Children, Stay, Leave];
    };
    let p = a.profile;
    let has = |s: Section| match s {
        Section::Anger => p.path == Path::UsedViolence,
        Section::People => true,
        Section::Place | Section::Ready | Section::Phone => p.path.is_about_me(),
        Section::Children => {
            (p.path.is_about_me() && !p.is_youth())
                || a.describes(Category::ChildrenWitnessing)
                || a.names(DangerSign::ThreatsToChildren)
        }
        Section::Youth => p.is_youth(),
        Section::Trip => p.path == Path::Family && (a.describes(Category::Honour) || trip_named(a)),
        Section::Papers => p.path == Path::Exploitation,
        Section::Stay | Section::Leave => matches!(p.path, Path::Partner | Path::Family),
    };
    ALL_SECTIONS.into_iter().filter(|&s| has(s)).collect()
}

fn trip_named(a: &Assessment) -> bool {
    a.names(DangerSign::ForcedTripOrMarriage)
        || a.names(DangerSign::ChildMarriage)
        || a.names(DangerSign::GenitalMutilation)
}

/// The suggestions the answers call for.
pub fn suggestions(a: &Assessment) -> Vec<Suggestion> {
    let about_me = a.profile.path.is_about_me();
    let wanted = |s: Suggestion| match s {
        Suggestion::Suicide => a.names(DangerSign::SuicidalThoughts),
        Suggestion::Care => {
            about_me
                && (a.describes(Category::Physical)
                    || a.describes(Category::Sexual)
                    || a.names(DangerSign::Strangulation))
        }
        Suggestion::Weapons => {
            about_me && (a.names(DangerSign::Weapon) || a.names(DangerSign::WeaponAccess))
        }
        Suggestion::Leaving => about_me && a.names(DangerSign::Separation),
        Suggestion::Trip => about_me && trip_named(a),
        Suggestion::Children => {
            a.describes(Category::ChildrenWitnessing) || a.names(DangerSign::ThreatsToChildren)
        }
        Suggestion::Phone => {
            about_me && (a.describes(Category::Digital) || a.names(DangerSign::Stalking))
        }
    };
    ALL_SUGGESTIONS.into_iter().filter(|&s| wanted(s)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::{AgeGroup, Answer, Answers, Profile, evaluate};

    fn plan(path: Path, age: AgeGroup, yes: &[&'static str]) -> (Vec<Section>, Vec<Suggestion>) {
        let profile = Profile {
            age: Some(age),
            ..Profile::new(path)
        };
        let answers: Answers = yes.iter().map(|id| (*id, Answer::Yes)).collect();
        let a = evaluate(&profile, &answers);
        (sections(Some(&a)), suggestions(&a))
    }

    #[test]
    fn sections_and_suggestions_fit_the_person() {
        use AgeGroup::*;
        use Section::*;
        use Suggestion as S;
        /// Path, age, the questions answered yes, then the sections and suggestions expected.
        type Case = (
            Path,
            AgeGroup,
            &'static [&'static str],
            Vec<Section>,
            Vec<Suggestion>,
        );
        let cases: Vec<Case> = vec![
            (
                Path::Partner,
                Adult,
                &[
                    "partner-hit",
                    "partner-neck",
                    "partner-leaving",
                    "partner-children-see",
                ],
                vec![People, Place, Ready, Phone, Children, Stay, Leave],
                vec![S::Care, S::Leaving, S::Children],
            ),
            (
                Path::Partner,
                Under18,
                &["partner-phone"],
                vec![People, Place, Ready, Phone, Youth, Stay, Leave],
                vec![S::Phone],
            ),
            (
                Path::Family,
                Under18,
                &["family-friends", "family-abroad"],
                vec![People, Place, Ready, Phone, Youth, Trip, Stay, Leave],
                vec![S::Trip],
            ),
            (
                Path::Exploitation,
                Adult,
                &["exploit-papers", "exploit-weapon", "exploit-suicide-self"],
                vec![People, Place, Ready, Phone, Children, Papers],
                vec![S::Suicide, S::Weapons],
            ),
            (
                Path::UsedViolence,
                Adult,
                &["used-hit", "used-children-see"],
                vec![Anger, People, Children],
                vec![S::Children],
            ),
            (
                Path::UsedViolence,
                Adult,
                &["used-neck"],
                vec![Anger, People],
                vec![],
            ),
        ];
        for (path, age, yes, expected_sections, expected_suggestions) in cases {
            let (got_sections, got_suggestions) = plan(path, age, yes);
            assert_eq!(got_sections, expected_sections, "{path:?} {yes:?}");
            assert_eq!(got_suggestions, expected_suggestions, "{path:?} {yes:?}");
        }
        // From the help page: the general sections.
        assert_eq!(sections(None).len(), 7);
        assert!(!sections(None).contains(&Anger));
    }

    #[test]
    fn every_message_exists_and_ids_round_trip() {
        let plan_ftl = include_str!("../../locales/sv/plan.ftl");
        let has = |id: &str| plan_ftl.lines().any(|l| l.starts_with(&format!("{id} = ")));
        for s in ALL_SECTIONS {
            assert_eq!(Section::from_id(s.id()), Some(s));
            for id in [
                format!("plan-{}-title", s.id()),
                format!("plan-{}-advice", s.id()),
            ] {
                assert!(has(&id), "{id}");
            }
            for field in s.fields() {
                assert!(has(field), "{field}");
            }
        }
        for s in ALL_SUGGESTIONS {
            assert!(has(s.message_id()), "{}", s.message_id());
            assert_eq!(Suggestion::from_message_id(s.message_id()), Some(s));
        }
    }
}
