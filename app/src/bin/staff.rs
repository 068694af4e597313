//! The staff page as its own WebAssembly module, loaded by the visitor's app only when
//! someone opens the page (see `app::staff_loader`). It has its own state: the language
//! and municipality it starts with come from the app, and go back to it on leaving.

use std::any::Any;
use std::cell::{Cell, RefCell};

use app::components::language_picker::LanguagePicker;
use app::i18n::{self, I18n};
use app::pages::staff::StaffPage;
use app::state::{AppState, Screen};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// Nothing runs at load: the app calls [`mount_staff`].
fn main() {}

thread_local! {
    /// The page being shown; dropping it unmounts the page and its state.
    static MOUNTED: RefCell<Option<Box<dyn Any>>> = RefCell::new(None);
    /// Counts mounts and unmounts, so a page still loading when it is left never shows.
    static GENERATION: Cell<u32> = const { Cell::new(0) };
}

/// Shows the staff page in `host`, in `language`, with `municipality` chosen. When the
/// person leaves the page, `leave` is called once with the language code and the
/// municipality code (or `null`). Resolves when the page is shown; rejects when its
/// text could not be loaded.
#[wasm_bindgen]
pub async fn mount_staff(
    host: web_sys::HtmlElement,
    language: String,
    municipality: Option<String>,
    leave: js_sys::Function,
) -> Result<(), JsValue> {
    let generation = next_generation();
    let contacts = app::fetch::start("/api/contacts");
    let language = i18n::find(&language).unwrap_or_else(i18n::fallback);
    let translations = i18n::load(language).await?;
    if GENERATION.get() != generation || !host.is_connected() {
        return Ok(());
    }
    let state = AppState::new(I18n::new(language, translations));
    state.screen.set(Screen::Staff);
    app::load_directory(state, municipality, contacts);
    let page = app::mount(host, state, move || {
        app::follow_language(state.i18n);
        Effect::new(move |_| {
            if state.screen.get() != Screen::Staff {
                let municipality = state.municipality.get_untracked();
                leave
                    .call2(
                        &JsValue::NULL,
                        &state.i18n.language.get_untracked().code.into(),
                        &municipality.map_or(JsValue::NULL, JsValue::from),
                    )
                    .ok();
            }
        });
        view! {
            <LanguagePicker/>
            <StaffPage/>
        }
    });
    MOUNTED.set(Some(Box::new(page)));
    Ok(())
}

/// Removes the staff page and drops its state.
#[wasm_bindgen]
pub fn unmount_staff() {
    next_generation();
    MOUNTED.take();
}

/// Starts a new generation of mounting, returning its number.
fn next_generation() -> u32 {
    let generation = GENERATION.get().wrapping_add(1);
    GENERATION.set(generation);
    generation
}
