//! Vägvisaren's web client: Leptos, client-side rendered, compiled to WebAssembly.
//!
//! Three entry points share this library. The visitor's app (`main.rs`) is what every
//! visit loads. The staff page (`bin/staff.rs`) and the safety plan (`bin/plan.rs`) are
//! modules that the app loads only when someone opens them ([`module_host`]), so their
//! code and text — QR codes, the poster's lines in every language, the plan's sections —
//! are not part of every visitor's first load.

pub mod components;
pub mod fetch;
pub mod i18n;
pub mod locale_facts;
pub mod module_host;
pub mod pages;
pub mod qr;
pub mod quick_exit;
pub mod read_aloud;
pub mod state;

use leptos::mount::UnmountHandle;
use leptos::prelude::*;

use i18n::I18n;
use state::AppState;

/// Receives the whole contacts directory (the same request for every visitor), then
/// chooses `municipality`, or shows a note when no municipality has that code.
pub fn load_directory(state: AppState, municipality: Option<String>, contacts: fetch::Pending) {
    wasm_bindgen_futures::spawn_local(async move {
        match contacts.json().await.and_then(|value| {
            domain::contacts::decode::directory(&fetch::Json(value)).map_err(|e| e.to_string())
        }) {
            Ok(directory) => {
                if let Some(code) = municipality {
                    if directory.municipality(&code).is_some() {
                        state.municipality.set(Some(code));
                    } else {
                        state.unknown_municipality.set(Some(code));
                    }
                }
                state.directory.set(Some(std::sync::Arc::new(directory)));
            }
            Err(error) => leptos::logging::warn!("contacts: {error}"),
        }
    });
}

/// Mounts `root` into `host` with `state` as the context; dropping the returned handle
/// unmounts it.
pub fn mount<V: IntoView + 'static>(
    host: web_sys::HtmlElement,
    state: AppState,
    root: impl FnOnce() -> V + 'static,
) -> UnmountHandle<V::State> {
    leptos::mount::mount_to(host, move || {
        provide_context(state);
        read_aloud::Voices::provide();
        root()
    })
}

/// Keeps `<html lang dir>`, the title and the quick-exit button's text in step with
/// the language.
pub fn follow_language(i18n: I18n) {
    Effect::new(move |_| {
        let language = i18n.language.get();
        let document = document();
        if let Some(html) = document.document_element() {
            html.set_attribute("lang", language.code).ok();
            html.set_attribute("dir", if language.rtl { "rtl" } else { "ltr" })
                .ok();
        }
        document.set_title(&i18n.t("app-title"));
        if let Some(link) = document.get_element_by_id("quick-exit") {
            link.set_text_content(Some(&i18n.t("quick-exit-button")));
        }
    });
}
