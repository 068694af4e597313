//! Choosing a municipality by typing: diacritics do not matter, matches are grouped by
//! county, and every match is a button (keyboard and screen-reader friendly). The choice
//! stays in memory and changes no request.

use domain::search;
use fluent_bundle::FluentArgs;
use leptos::prelude::*;

use crate::state::use_state;

/// Matches shown at most, so the list stays short on a phone.
const MAX_MATCHES: usize = 12;

/// The picker, or the chosen municipality with a button to change it.
#[component]
pub fn MunicipalityPicker() -> impl IntoView {
    let state = use_state();
    let i18n = state.i18n;
    let query = RwSignal::new(String::new());
    let chosen_name = move || {
        let code = state.municipality.get()?;
        state
            .directory
            .with(|d| d.as_ref()?.municipality(&code).map(|m| m.name.clone()))
    };
    // Matches grouped by county: (county name, [(code, name)]).
    let groups = move || {
        let query = query.get();
        state.directory.with(|directory| {
            let Some(directory) = directory else {
                return Vec::new();
            };
            let mut groups: Vec<(String, Vec<(String, String)>)> = Vec::new();
            let matches = directory
                .municipalities
                .iter()
                .filter(|m| search::matches(&query, &m.name))
                .take(MAX_MATCHES);
            for m in matches {
                let county = directory
                    .counties
                    .iter()
                    .find(|c| c.code == m.county)
                    .map_or(String::new(), |c| c.name.clone());
                match groups.iter_mut().find(|(name, _)| *name == county) {
                    Some((_, list)) => list.push((m.code.clone(), m.name.clone())),
                    None => groups.push((county, vec![(m.code.clone(), m.name.clone())])),
                }
            }
            groups
        })
    };
    let no_match = move || !query.get().trim().is_empty() && groups().is_empty();
    view! {
        <div class="municipality-picker">
            {move || match chosen_name() {
                Some(name) => {
                    let mut args = FluentArgs::new();
                    args.set("municipality", name);
                    view! {
                        <p class="chosen">
                            <span>{i18n.t_args("help-municipality-chosen", &args)}</span>
                            " "
                            <button type="button" on:click=move |_| {
                                state.municipality.set(None);
                                query.set(String::new());
                            }>
                                {i18n.tr("help-municipality-change")}
                            </button>
                        </p>
                    }
                        .into_any()
                }
                None => {
                    view! {
                        <label for="municipality-search">{i18n.tr("help-municipality-label")}</label>
                        <p class="muted" id="municipality-hint">{i18n.tr("help-municipality-hint")}</p>
                        <input
                            id="municipality-search"
                            type="search"
                            autocomplete="off"
                            aria-describedby="municipality-hint"
                            prop:value=move || query.get()
                            on:input=move |event| query.set(event_target_value(&event))
                        />
                        <div class="matches" role="status">
                            {move || no_match().then(|| view! { <p>{i18n.tr("help-municipality-no-match")}</p> })}
                        </div>
                        {move || {
                            groups()
                                .into_iter()
                                .map(|(county, list)| {
                                    view! {
                                        <div class="county" role="group" aria-label=county.clone()>
                                            <p class="county-name">{county.clone()}</p>
                                            {list
                                                .into_iter()
                                                .map(|(code, name)| {
                                                    view! {
                                                        <button
                                                            type="button"
                                                            class="municipality"
                                                            on:click=move |_| state.municipality.set(Some(code.clone()))
                                                        >
                                                            {name}
                                                        </button>
                                                    }
                                                })
                                                .collect_view()}
                                        </div>
                                    }
                                })
                                .collect_view()
                        }}
                    }
                        .into_any()
                }
            }}
        </div>
    }
}
