//! The safety page: what quick exit hides and what it cannot, private browsing, shared
//! phones — and "see for yourself": every request this page has made, read from the
//! browser's own Resource Timing.

use fluent_bundle::FluentArgs;
use leptos::prelude::*;

use crate::components::message_list::MessageList;
use wasm_bindgen::JsCast;

use crate::components::nav::GoButton;
use crate::components::with_text::WithText;
use crate::state::{Screen, use_state};

/// Every request this page has made, as the browser recorded them (the page itself
/// first, then each resource).
fn requests() -> Vec<String> {
    let Some(performance) = window().performance() else {
        return Vec::new();
    };
    ["navigation", "resource"]
        .into_iter()
        .flat_map(|kind| {
            performance
                .get_entries_by_type(kind)
                .iter()
                .collect::<Vec<_>>()
        })
        .filter_map(|entry| entry.dyn_into::<web_sys::PerformanceEntry>().ok())
        .map(|entry| entry.name())
        .collect()
}

/// The safety page (its text is `info.ftl`, fetched when the page is first opened).
#[component]
pub fn SafetyPage() -> impl IntoView {
    let i18n = use_state().i18n;
    view! {
        <section class="page safety">
            <h1 tabindex="-1">{i18n.tr("safety-title")}</h1>
            <WithText file="info.ftl"><SafetyText/></WithText>
            <nav class="actions">
                <GoButton label="nav-home" screen=Screen::Start/>
            </nav>
        </section>
    }
}

/// The safety page's text and the list of requests (read once the text has arrived, so
/// the list includes that request too).
#[component]
fn SafetyText() -> impl IntoView {
    let i18n = use_state().i18n;
    let seen = RwSignal::new(requests());
    let count = move || {
        let mut args = FluentArgs::new();
        args.set("count", seen.get().len());
        i18n.t_args("safety-transparency-count", &args)
    };
    view! {
            <p class="lead">{i18n.tr("safety-intro")}</p>
            <MessageList title="safety-quick-exit-title" items=&["safety-quick-exit-1", "safety-quick-exit-2", "safety-quick-exit-3", "safety-quick-exit-4"]/>
            <MessageList title="safety-cannot-hide-title" items=&["safety-cannot-hide-1", "safety-cannot-hide-2", "safety-cannot-hide-3", "safety-cannot-hide-4", "safety-cannot-hide-5", "safety-cannot-hide-6", "safety-cannot-hide-7"]/>
            <MessageList title="safety-private-browsing-title" items=&["safety-private-browsing-1", "safety-private-browsing-2", "safety-private-browsing-3"]/>
            <MessageList title="safety-shared-phone-title" items=&["safety-shared-phone-1", "safety-shared-phone-2", "safety-shared-phone-3", "safety-shared-phone-4"]/>
            <MessageList title="safety-read-aloud-title" items=&["safety-read-aloud-1", "safety-read-aloud-2"]/>
            <h2>{i18n.tr("safety-transparency-title")}</h2>
            <p>{i18n.tr("safety-transparency-1")}</p>
            <p>{i18n.tr("safety-transparency-2")}</p>
            <p>{i18n.tr("safety-transparency-3")}</p>
            <p>{i18n.tr("safety-transparency-intro")}</p>
            <p role="status">{count}</p>
            <ol class="requests" aria-label=i18n.tr("safety-transparency-title")>
                {move || seen.get().into_iter().map(|url| view! { <li class="ltr">{url}</li> }).collect_view()}
            </ol>
            <button type="button" on:click=move |_| seen.set(requests())>{i18n.tr("safety-transparency-refresh")}</button>
    }
}
