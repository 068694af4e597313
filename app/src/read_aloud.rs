//! Reading aloud with the device's own voices only. A voice whose `localService` is false
//! sends the text to a speech service, so it is never used; when the device has no local
//! voice for the language, no read-aloud control is shown at all. Nothing plays by
//! itself: speech starts only when the person presses the control, and it stops on quick
//! exit, on "start over" and whenever the screen changes.

use std::cell::Cell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::state::use_state;

thread_local! {
    /// Whether the listener for the device's voice list is installed.
    static WATCHING: Cell<bool> = const { Cell::new(false) };
    /// The number of the last read-aloud control made (each control has its own).
    static NEXT_CONTROL: Cell<u32> = const { Cell::new(0) };
}

/// The app-wide read-aloud state: bumped when the device's list of voices changes (it
/// arrives after page load), and the control speaking now.
#[derive(Clone, Copy)]
pub struct Voices {
    changed: RwSignal<u32>,
    speaking: RwSignal<Option<u32>>,
}

impl Voices {
    /// Provides the state to the component tree and listens for the device's voice list
    /// (the listener once per page).
    pub fn provide() {
        let voices = Voices {
            changed: RwSignal::new(0),
            speaking: RwSignal::new(None),
        };
        if let Some(synthesis) = synthesis()
            && !WATCHING.replace(true)
        {
            let changed = voices.changed;
            let on_change = Closure::<dyn Fn()>::new(move || changed.update(|n| *n += 1));
            synthesis
                .add_event_listener_with_callback(
                    "voiceschanged",
                    on_change.as_ref().unchecked_ref(),
                )
                .ok();
            on_change.forget();
        }
        provide_context(voices);
    }
}

/// The browser's speech synthesis, if it has one.
fn synthesis() -> Option<SpeechSynthesis> {
    window().speech_synthesis().ok()
}

/// The primary language subtag, lowercased: `sv-SE` and `sv-x-easy` are both `sv`.
fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// A voice that runs on the device for `language`, if the device has one.
pub fn local_voice(language: &str) -> Option<SpeechSynthesisVoice> {
    let wanted = primary(language);
    synthesis()?
        .get_voices()
        .iter()
        .map(|voice| voice.unchecked_into::<SpeechSynthesisVoice>())
        .find(|voice| voice.local_service() && primary(&voice.lang()) == wanted)
}

/// Stops any reading aloud.
pub fn stop() {
    if let Some(synthesis) = synthesis() {
        synthesis.cancel();
    }
}

/// Reads `text` with the local voice for `language`; false when there is none.
fn speak(text: &str, language: &str, on_end: impl Fn() + 'static) -> bool {
    let (Some(synthesis), Some(voice)) = (synthesis(), local_voice(language)) else {
        return false;
    };
    stop();
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
        return false;
    };
    utterance.set_voice(Some(&voice));
    utterance.set_lang(&voice.lang());
    let ended = Closure::<dyn Fn()>::new(on_end);
    utterance.set_onend(Some(ended.as_ref().unchecked_ref()));
    utterance.set_onerror(Some(ended.as_ref().unchecked_ref()));
    ended.forget();
    synthesis.speak(&utterance);
    true
}

/// A "read aloud" control for the text `text` gives: shown only when the device has a
/// local voice for the current language; pressing it again stops.
#[component]
pub fn ReadAloud(
    /// The text to read, in the current language.
    text: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_state().i18n;
    let Voices { changed, speaking } = expect_context::<Voices>();
    let id = NEXT_CONTROL.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    let text = std::sync::Arc::new(text);
    let active = move || speaking.get() == Some(id);
    move || {
        changed.track();
        local_voice(i18n.language.get().code)?;
        let text = text.clone();
        let on_click = move |_| {
            if speaking.get_untracked() == Some(id) {
                stop();
                speaking.set(None);
                return;
            }
            let ended = move || {
                if speaking.get_untracked() == Some(id) {
                    speaking.set(None);
                }
            };
            if speak(&text(), i18n.language.get_untracked().code, ended) {
                speaking.set(Some(id));
            }
        };
        Some(view! {
            <button type="button" class="read-aloud" aria-pressed=move || active().to_string() on:click=on_click>
                {move || i18n.t(if active() { "read-aloud-stop" } else { "read-aloud" })}
            </button>
        })
    }
}
