//! Help without the questionnaire: 112, what happens when you call, and every resident
//! line ranked, with local contacts once a municipality is chosen.

use domain::ranking::Needs;
use leptos::prelude::*;

use crate::components::contact_list::ContactList;
use crate::components::nav::GoButton;
use crate::state::{Screen, use_state};

/// The help view.
#[component]
pub fn HelpPage() -> impl IntoView {
    let i18n = use_state().i18n;
    let needs = Signal::derive(move || Needs::general(i18n.language.get().code));
    view! {
        <section class="page help">
            <h1 tabindex="-1">{i18n.tr("help-title")}</h1>
            <p class="lead">{i18n.tr("help-intro")}</p>
            <p class="urgent-line"><a class="button primary call-112" href="tel:112">"112"</a> " " {i18n.tr("help-emergency")}</p>
            <p>{i18n.tr("help-not-sure")}</p>
            <h2>{i18n.tr("help-what-happens-title")}</h2>
            <ul>
                <li>{i18n.tr("help-what-happens-1")}</li>
                <li>{i18n.tr("help-what-happens-2")}</li>
                <li>{i18n.tr("help-what-happens-3")}</li>
                <li>{i18n.tr("help-what-happens-4")}</li>
            </ul>
            <p><GoButton label="nav-plan" screen=Screen::Plan { from_result: false }/></p>
            <ContactList needs/>
            <nav class="actions">
                <GoButton label="nav-start-questions" screen=Screen::Age/>
                <GoButton label="nav-home" screen=Screen::Start/>
            </nav>
        </section>
    }
}
