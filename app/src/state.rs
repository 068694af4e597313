//! The typed app context: everything the person chose or answered lives here, in
//! memory only, and is dropped by "start over" and by quick exit.

use std::sync::Arc;

use domain::contacts::Directory;
use domain::questionnaire::{
    self, AgeGroup, Answers, Assessment, Path, Profile, Question, SelfDescription,
};
use leptos::prelude::*;

use crate::i18n::I18n;

/// The screens of the app. Moving between them never touches browser history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Language choice, what the tool is, where to go.
    Start,
    /// Under 18 or not (first, so that the paths can be worded for young people).
    Age,
    /// Which situation the person is checking.
    PathChoice,
    /// Worried path: whether the other person is a child.
    AboutChild,
    /// Optional self-description.
    SelfDescription,
    /// The question at this index of the path's questions.
    Question(usize),
    /// What the answers describe, and where to get help.
    Result,
    /// Contacts without the questionnaire.
    Help,
    /// What quick exit hides and what it cannot; the transparency panel.
    Safety,
    /// For school staff: guidance, the duty to report, a link and a poster.
    Staff,
    /// The safety plan, opened from the result or (`from_result: false`) from help.
    Plan {
        /// Opened from the result: sections and suggestions fit the answers.
        from_result: bool,
    },
    /// Who made this, how contacts are checked, each language's review status.
    About,
}

/// The person's questionnaire: path, profile steps and answers.
#[derive(Clone, Copy)]
pub struct Questionnaire {
    /// The chosen path.
    pub path: RwSignal<Option<Path>>,
    /// Under 18 or not.
    pub age: RwSignal<Option<AgeGroup>>,
    /// The optional self-description.
    pub self_description: RwSignal<Option<SelfDescription>>,
    /// Worried path: whether the other person is under 18.
    pub about_child: RwSignal<Option<bool>>,
    /// Answers by question id.
    pub answers: RwSignal<Answers>,
}

impl Questionnaire {
    fn new() -> Self {
        Self {
            path: RwSignal::new(None),
            age: RwSignal::new(None),
            self_description: RwSignal::new(None),
            about_child: RwSignal::new(None),
            answers: RwSignal::new(Answers::new()),
        }
    }

    /// The profile so far (reactive); `None` before a path is chosen.
    pub fn profile(&self) -> Option<Profile> {
        Some(Profile {
            path: self.path.get()?,
            age: self.age.get(),
            self_description: self.self_description.get(),
            about_child: self.about_child.get(),
        })
    }

    /// The questions the person is asked, in order, given the answers so far (reactive):
    /// some are asked only after earlier answers describe violence or fear.
    pub fn questions(&self) -> Vec<&'static Question> {
        let Some(profile) = self.profile() else {
            return Vec::new();
        };
        self.answers
            .with(|answers| questionnaire::asked(&profile, answers))
    }

    /// The assessment of the answers so far (reactive).
    pub fn assessment(&self) -> Option<Assessment> {
        let profile = self.profile()?;
        Some(
            self.answers
                .with(|answers| questionnaire::evaluate(&profile, answers)),
        )
    }

    fn clear(&self) {
        self.path.set(None);
        self.age.set(None);
        self.self_description.set(None);
        self.about_child.set(None);
        self.answers.set(Answers::new());
    }
}

/// State shared by every component through the context.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Interface language and text.
    pub i18n: I18n,
    /// The screen being shown.
    pub screen: RwSignal<Screen>,
    /// A language code from the link that is not offered, shown as a note.
    pub unknown_language: RwSignal<Option<String>>,
    /// A municipality code from the link that does not exist, shown as a note.
    pub unknown_municipality: RwSignal<Option<String>>,
    /// The questionnaire.
    pub questionnaire: Questionnaire,
    /// The chosen municipality's code.
    pub municipality: RwSignal<Option<String>>,
    /// The whole contacts directory, fetched once for every visitor alike.
    pub directory: RwSignal<Option<Arc<Directory>>>,
}

impl AppState {
    /// A fresh state in `i18n`'s language on the start screen.
    pub fn new(i18n: I18n) -> Self {
        Self {
            i18n,
            screen: RwSignal::new(Screen::Start),
            unknown_language: RwSignal::new(None),
            unknown_municipality: RwSignal::new(None),
            questionnaire: Questionnaire::new(),
            municipality: RwSignal::new(None),
            directory: RwSignal::new(None),
        }
    }

    /// Forgets everything the person chose, answered or wrote (the safety plan's entries
    /// too), stops any reading aloud, and returns to the start.
    pub fn clear(&self) {
        crate::read_aloud::stop();
        crate::module_host::forget(crate::module_host::PLAN);
        self.questionnaire.clear();
        self.municipality.set(None);
        self.unknown_language.set(None);
        self.unknown_municipality.set(None);
        self.screen.set(Screen::Start);
    }
}

/// The app context of the current component tree.
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
