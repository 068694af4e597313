//! Ranked contacts for the person: national lines and, once a municipality is chosen,
//! its local contacts — all filtered in memory from the one directory document.

use domain::ranking::{self, Needs};
use fluent_bundle::FluentArgs;
use leptos::prelude::*;

use crate::components::contact_card::{ContactCard, now};
use crate::components::municipality_picker::MunicipalityPicker;
use crate::state::use_state;

/// The municipality picker and the contacts that fit `needs`, best first.
#[component]
pub fn ContactList(
    /// What the person needs, derived from their answers (or the general needs).
    #[prop(into)]
    needs: Signal<Needs>,
) -> impl IntoView {
    let state = use_state();
    let i18n = state.i18n;
    let municipality = move || {
        let code = state.municipality.get()?;
        state
            .directory
            .with(|d| d.as_ref().and_then(|d| d.municipality(&code).cloned()))
    };
    let ranked = move || {
        state.directory.with(|directory| {
            let Some(directory) = directory else {
                return Vec::new();
            };
            let local = municipality().map(|m| m.contacts).unwrap_or_default();
            ranking::rank(&needs.get(), &local, &directory.national, now())
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let no_local_note = move || {
        let chosen = municipality()?;
        (!chosen.has_social_services_phone()).then(|| {
            let mut args = FluentArgs::new();
            args.set("municipality", chosen.name.clone());
            view! { <p class="note">{i18n.t_args("help-no-social-services-number", &args)}</p> }
        })
    };
    view! {
        <MunicipalityPicker/>
        {no_local_note}
        <h2>{i18n.tr("result-contacts-title")}</h2>
        <div class="contacts">
            {move || {
                ranked()
                    .into_iter()
                    .map(|contact| view! { <ContactCard contact/> })
                    .collect_view()
            }}
        </div>
    }
}
