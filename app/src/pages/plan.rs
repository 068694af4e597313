//! The safety plan: sections that fit the person's path and age, a field under each to
//! write in, and suggestions drawn from the answers (on screen only). What the person
//! writes lives in this module's memory only — never in the address, storage or a
//! request — and is forgotten by "start over" and quick exit ([`forget`]). Printing shows
//! the general advice and what they wrote, never their answers.

use std::cell::RefCell;
use std::collections::HashMap;

use domain::plan::{Section, Suggestion};
use leptos::prelude::*;

use crate::read_aloud::ReadAloud;
use crate::state::{Screen, use_state};

thread_local! {
    /// What the person wrote, by field id; kept while they move between the plan and
    /// the rest of the app, until "start over" or quick exit.
    static ENTRIES: RefCell<HashMap<&'static str, String>> = RefCell::new(HashMap::new());
}

/// Forgets everything written in the plan.
pub fn forget() {
    ENTRIES.with_borrow_mut(HashMap::clear);
}

/// One field: a label, a text area, and the same text as a paragraph for printing.
#[component]
fn Field(id: &'static str) -> impl IntoView {
    let i18n = use_state().i18n;
    let value = RwSignal::new(ENTRIES.with_borrow(|e| e.get(id).cloned().unwrap_or_default()));
    let on_input = move |event: leptos::ev::Event| {
        let text = event_target_value(&event);
        ENTRIES.with_borrow_mut(|e| e.insert(id, text.clone()));
        value.set(text);
    };
    let field_id = format!("plan-{id}");
    view! {
        <label for=field_id.clone()>{i18n.tr(id)}</label>
        <textarea id=field_id rows="3" prop:value=move || value.get() on:input=on_input></textarea>
        <p class="print-only entry">
            {move || {
                let text = value.get();
                if text.trim().is_empty() { i18n.t("plan-empty-field") } else { text }
            }}
        </p>
    }
}

/// One section: its title, advice (read aloud on request) and fields.
#[component]
fn PlanSection(section: Section) -> impl IntoView {
    let i18n = use_state().i18n;
    let title = format!("plan-{}-title", section.id());
    let advice = format!("plan-{}-advice", section.id());
    let spoken = {
        let (title, advice) = (title.clone(), advice.clone());
        move || format!("{}. {}", i18n.t(&title), i18n.t(&advice))
    };
    view! {
        <section class="plan-section">
            <h2>{i18n.tr_owned(title)}</h2>
            <ReadAloud text=spoken/>
            <p>{i18n.tr_owned(advice)}</p>
            {section.fields().iter().map(|&id| view! { <Field id/> }).collect_view()}
        </section>
    }
}

/// The safety plan.
#[component]
pub fn PlanPage(sections: Vec<Section>, suggestions: Vec<Suggestion>) -> impl IntoView {
    let state = use_state();
    let i18n = state.i18n;
    let suggestions = (!suggestions.is_empty()).then(|| {
        view! {
            <section class="suggestions screen-only" aria-labelledby="plan-suggestions">
                <h2 id="plan-suggestions">{i18n.tr("plan-suggestions-title")}</h2>
                <p class="muted">{i18n.tr("plan-suggestions-note")}</p>
                <ul>
                    {suggestions
                        .into_iter()
                        .map(|s| view! { <li>{i18n.tr(s.message_id())}</li> })
                        .collect_view()}
                </ul>
            </section>
        }
    });
    view! {
        <section class="page plan">
            <h1 tabindex="-1">{i18n.tr("plan-title")}</h1>
            <p class="lead">{i18n.tr("plan-intro")}</p>
            <p class="note">{i18n.tr("plan-not-kept")}</p>
            {suggestions}
            {sections.into_iter().map(|section| view! { <PlanSection section/> }).collect_view()}
            <p class="note screen-only">{i18n.tr("plan-print-warning")}</p>
            <nav class="actions screen-only">
                <button type="button" class="primary" on:click=move |_| { window().print().ok(); }>
                    {i18n.tr("plan-print")}
                </button>
                <button type="button" on:click=move |_| state.screen.set(Screen::Start)>
                    {i18n.tr("nav-back")}
                </button>
            </nav>
        </section>
    }
}
