//! A large answer button (at least 44 px tall) that shows whether it is the chosen one.

use leptos::prelude::*;

use crate::state::use_state;

/// One choice among several: pressing it calls `on_choose`.
#[component]
pub fn ChoiceButton(
    /// Fluent id of the label.
    label: &'static str,
    /// Whether this is the current choice.
    #[prop(into)]
    pressed: Signal<bool>,
    /// What choosing it does.
    on_choose: Callback<()>,
) -> impl IntoView {
    let i18n = use_state().i18n;
    view! {
        <button
            type="button"
            class="choice"
            aria-pressed=move || if pressed.get() { "true" } else { "false" }
            on:click=move |_| on_choose.run(())
        >
            {i18n.tr(label)}
        </button>
    }
}
