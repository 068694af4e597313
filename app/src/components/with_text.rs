//! A part of a page whose text lives in a file fetched when it is first needed (the
//! questions and result, the safety and about pages): shown once the text has arrived,
//! marked busy while it is on its way, and with a calm note and a way to try again when it
//! could not be fetched.

use leptos::prelude::*;

use crate::i18n::Arrival;
use crate::state::use_state;

/// Shows `children` once the text file `file` (e.g. `questions.ftl`) has arrived.
#[component]
pub fn WithText(file: &'static str, children: ChildrenFn) -> impl IntoView {
    let i18n = use_state().i18n;
    i18n.fetch(file);
    let arrival = i18n.arrival(file);
    move || match arrival() {
        Arrival::Arrived => children().into_any(),
        Arrival::Pending => view! { <p class="muted" aria-busy="true"></p> }.into_any(),
        Arrival::Failed => view! {
            <p role="alert">{i18n.tr("text-load-failed")}</p>
            <button type="button" on:click=move |_| {
                i18n.fetch(file);
            }>{i18n.tr("text-load-retry")}</button>
        }
        .into_any(),
    }
}
