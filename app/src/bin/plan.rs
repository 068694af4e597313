//! The safety plan as its own WebAssembly module, loaded by the visitor's app only when
//! someone opens the plan (see `app::module_host`). The app hands it, in memory, the ids
//! of the sections and suggestions that fit the person's answers; what they write stays in
//! this module's memory until "start over" or quick exit calls [`forget_plan`].

use app::module_host::{mount_guest, unmount_guest};
use app::pages::plan::{self, PlanPage};
use app::state::Screen;
use domain::plan::{Section, Suggestion};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// Nothing runs at load: the app calls [`mount_plan`].
fn main() {}

/// Shows the plan in `host`, in `language`. `context` holds the ids of its sections and
/// suggestions. When the person leaves the plan, `leave` is called once with the language
/// and municipality codes. Resolves when the plan is shown; rejects when its text could
/// not be loaded.
#[wasm_bindgen]
pub async fn mount_plan(
    host: web_sys::HtmlElement,
    language: String,
    municipality: Option<String>,
    context: js_sys::Array,
    leave: js_sys::Function,
) -> Result<(), JsValue> {
    let ids: Vec<String> = context.iter().filter_map(|id| id.as_string()).collect();
    let sections: Vec<Section> = ids.iter().filter_map(|id| Section::from_id(id)).collect();
    let suggestions: Vec<Suggestion> = ids
        .iter()
        .filter_map(|id| Suggestion::from_message_id(id))
        .collect();
    mount_guest(
        host,
        language,
        municipality,
        leave,
        &["plan.ftl"],
        Screen::Plan { from_result: false },
        move || view! { <PlanPage sections suggestions/> },
    )
    .await
}

/// Removes the plan from the page; what was written is kept until [`forget_plan`].
#[wasm_bindgen]
pub fn unmount_plan() {
    unmount_guest();
}

/// Forgets everything written in the plan ("start over", quick exit).
#[wasm_bindgen]
pub fn forget_plan() {
    plan::forget();
}
