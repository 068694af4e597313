//! A heading and a list of messages: the shape of most guidance on the site.

use leptos::prelude::*;

use crate::state::use_state;

/// A level-2 heading and one list item per message id.
#[component]
pub fn MessageList(
    /// Fluent id of the heading.
    title: &'static str,
    /// Fluent ids of the items.
    items: &'static [&'static str],
) -> impl IntoView {
    let i18n = use_state().i18n;
    view! {
        <h2>{i18n.tr(title)}</h2>
        <ul>{items.iter().map(|id| view! { <li>{i18n.tr(id)}</li> }).collect_view()}</ul>
    }
}
