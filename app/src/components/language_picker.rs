//! The language picker: native names, a plain `<select>` that works by keyboard and
//! screen reader; switching keeps every answer and the current screen. A language no
//! native speaker has reviewed says so after its name, in its own words.

use leptos::prelude::*;

use crate::i18n::{self, LANGUAGES};
use crate::locale_facts::STATUSES;
use crate::state::use_state;

/// A language's name as the picker shows it: with its own words for "machine
/// translated" when no native speaker has reviewed it yet.
fn shown_name(language: &i18n::Language) -> String {
    match STATUSES.iter().find(|(code, ..)| *code == language.code) {
        Some((_, "status-unreviewed" | "status-checked", _, marker)) if !marker.is_empty() => {
            format!("{} ({marker})", language.native_name)
        }
        _ => language.native_name.to_string(),
    }
}

/// A labelled select listing every offered language in its own name.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let state = use_state();
    let i18n = state.i18n;
    let on_change = move |event| {
        if let Some(language) = i18n::find(&event_target_value(&event)) {
            i18n.switch(language);
        }
    };
    view! {
        <div class="language-picker">
            <label for="language">{move || i18n.t("language-label")}</label>
            <select id="language" on:change=on_change>
                {LANGUAGES
                    .iter()
                    .map(|language| {
                        view! {
                            <option
                                value=language.code
                                lang=language.code
                                selected=move || i18n.language.get().code == language.code
                            >
                                {shown_name(language)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
