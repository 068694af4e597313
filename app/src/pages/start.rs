//! The start screen: what this is, that nothing is saved or sent, where to go.

use leptos::prelude::*;

use crate::components::nav::GoButton;
use crate::state::{Screen, use_state};

/// The first screen a person sees.
#[component]
pub fn StartPage() -> impl IntoView {
    let i18n = use_state().i18n;
    view! {
        <section class="page start">
            <h1 tabindex="-1">{i18n.tr("start-title")}</h1>
            <p class="lead">{i18n.tr("start-lead")}</p>
            <p>{i18n.tr("start-duration")}</p>
            <p>{i18n.tr("start-private")}</p>
            <p>{i18n.tr("start-quick-exit")}</p>
            <p class="emergency">{i18n.tr("start-emergency")}</p>
            <nav class="actions">
                <GoButton label="nav-start-questions" screen=Screen::Age primary=true/>
                <GoButton label="nav-help" screen=Screen::Help/>
                <GoButton label="nav-safety" screen=Screen::Safety/>
                <GoButton label="nav-staff" screen=Screen::Staff/>
                <GoButton label="nav-about" screen=Screen::About/>
            </nav>
        </section>
    }
}
