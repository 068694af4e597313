//! Moving between screens: state only, never browser history.

use leptos::prelude::*;

use crate::state::{Screen, use_state};

/// A button that shows `screen`.
#[component]
pub fn GoButton(
    /// Fluent id of the label.
    label: &'static str,
    /// Where it leads.
    screen: Screen,
    /// Draw it as the main action.
    #[prop(optional)]
    primary: bool,
) -> impl IntoView {
    let state = use_state();
    view! {
        <button
            type="button"
            class=if primary { "primary" } else { "" }
            on:click=move |_| state.screen.set(screen)
        >
            {state.i18n.tr(label)}
        </button>
    }
}

/// Moves keyboard and screen-reader focus to the new screen's heading.
pub fn focus_heading() {
    if let Ok(Some(heading)) = document().query_selector("main h1") {
        use wasm_bindgen::JsCast;
        if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
            heading.focus().ok();
        }
    }
}
