//! The staff page as its own WebAssembly module, loaded by the visitor's app only when
//! someone opens the page (see `app::module_host`). It has its own state: the language
//! and municipality it starts with come from the app, and go back to it on leaving.

use app::components::language_picker::LanguagePicker;
use app::module_host::{mount_guest, unmount_guest};
use app::pages::staff::StaffPage;
use app::state::Screen;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// Nothing runs at load: the app calls [`mount_staff`].
fn main() {}

/// Shows the staff page in `host`, in `language`, with `municipality` chosen. When the
/// person leaves the page, `leave` is called once with the language code and the
/// municipality code (or `null`). Resolves when the page is shown; rejects when its
/// text could not be loaded. (`_context` is what the app hands every module; the staff
/// page needs none.)
#[wasm_bindgen]
pub async fn mount_staff(
    host: web_sys::HtmlElement,
    language: String,
    municipality: Option<String>,
    _context: js_sys::Array,
    leave: js_sys::Function,
) -> Result<(), JsValue> {
    mount_guest(
        host,
        language,
        municipality,
        leave,
        &["staff.ftl"],
        Screen::Staff,
        || {
            view! {
                <LanguagePicker/>
                <StaffPage/>
            }
        },
    )
    .await
}

/// Removes the staff page and drops its state.
#[wasm_bindgen]
pub fn unmount_staff() {
    unmount_guest();
}
