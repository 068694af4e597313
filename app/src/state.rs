//! The typed app context: everything the person chose lives here, in memory only.

use leptos::prelude::*;

use crate::i18n::I18n;

/// The screens of the app. Moving between them never touches browser history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Language choice, what the tool is, where to go.
    Start,
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
}

impl AppState {
    /// A fresh state in `i18n`'s language on the start screen.
    pub fn new(i18n: I18n) -> Self {
        Self {
            i18n,
            screen: RwSignal::new(Screen::Start),
            unknown_language: RwSignal::new(None),
        }
    }

    /// Forgets everything the person chose or answered.
    pub fn clear(&self) {
        self.screen.set(Screen::Start);
        self.unknown_language.set(None);
    }
}

/// The app context of the current component tree.
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
