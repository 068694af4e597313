//! The start screen: what this is, that nothing is saved or sent, and the language.

use leptos::prelude::*;

use crate::state::use_state;

/// The first screen a person sees.
#[component]
pub fn StartPage() -> impl IntoView {
    let state = use_state();
    let i18n = state.i18n;
    view! {
        <section class="page start">
            <h1>{move || i18n.t("start-title")}</h1>
            <p class="lead">{move || i18n.t("start-lead")}</p>
            <p>{move || i18n.t("start-private")}</p>
            <p>{move || i18n.t("start-quick-exit")}</p>
            <p class="emergency">{move || i18n.t("start-emergency")}</p>
        </section>
    }
}
