//! The staff page: what the tool is, how to talk with a young person, the duty to report,
//! lines for professionals, and a link and printable A4 poster with a QR code — all made
//! in the browser, so no request carries the choices.

use domain::contacts::Kind;
use leptos::prelude::*;

use crate::components::message_list::MessageList;

use crate::components::contact_card::{ContactCard, unbreakable};
use crate::components::municipality_picker::MunicipalityPicker;
use crate::components::nav::GoButton;
use crate::i18n::{self, LANGUAGES};
use crate::qr;
use crate::state::{Screen, use_state};

use crate::locale_facts::POSTER_LINES;

/// Languages a poster can show side by side.
const MAX_LANGUAGES: usize = 3;

/// The link a poster leads to: the site's address with the presets as query parameters.
fn poster_link(languages: &[&str], municipality: Option<&str>, youth: bool) -> String {
    let origin = window().location().origin().unwrap_or_default();
    let mut params = Vec::new();
    if let Some(first) = languages.first() {
        params.push(format!("lang={first}"));
    }
    if let Some(code) = municipality {
        params.push(format!("kommun={code}"));
    }
    if youth {
        params.push("ung=1".to_string());
    }
    format!("{origin}/?{}", params.join("&"))
}

/// The staff page.
#[component]
pub fn StaffPage() -> impl IntoView {
    let state = use_state();
    let i18n = state.i18n;
    let languages = RwSignal::new(vec![i18n.language.get_untracked().code]);
    let too_many = RwSignal::new(false);
    let youth = RwSignal::new(true);
    let link = move || {
        poster_link(
            &languages.get(),
            state.municipality.get().as_deref(),
            youth.get(),
        )
    };
    let toggle = move |code: &'static str| {
        languages.update(|chosen| {
            too_many.set(false);
            if let Some(at) = chosen.iter().position(|c| *c == code) {
                if chosen.len() > 1 {
                    chosen.remove(at);
                }
            } else if chosen.len() < MAX_LANGUAGES {
                chosen.push(code);
            } else {
                too_many.set(true);
            }
        });
    };
    let professional_lines = move || {
        state.directory.with(|directory| {
            let Some(directory) = directory else {
                return Vec::new();
            };
            let local = state
                .municipality
                .get()
                .and_then(|code| directory.municipality(&code).cloned())
                .map(|m| m.contacts)
                .unwrap_or_default();
            directory
                .national
                .iter()
                .filter(|c| c.professionals_only)
                .chain(local.iter().filter(|c| {
                    matches!(c.kind, Kind::SocialServices | Kind::SocialServicesOnCall)
                }))
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let qr_code = move || {
        let link = link();
        qr::svg_path(&link).map(|(size, path)| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("link", link.clone());
            let label = i18n.t_args("staff-builder-qr-alt", &args);
            view! {
                <svg class="qr" viewBox=format!("0 0 {size} {size}") role="img" aria-label=label>
                    <rect width=size height=size fill="#fff"></rect>
                    <path d=path fill="#000"></path>
                </svg>
            }
        })
    };
    let poster_lines = move || {
        languages
            .get()
            .into_iter()
            .filter_map(|code| {
                let (_, title, line) = POSTER_LINES.iter().find(|(c, _, _)| *c == code)?;
                let rtl = i18n::find(code).is_some_and(|l| l.rtl);
                Some(view! {
                    <div class="poster-language" lang=code dir=if rtl { "rtl" } else { "ltr" }>
                        <p class="poster-title">{*title}</p>
                        <p>{*line}</p>
                    </div>
                })
            })
            .collect_view()
    };
    let short_address = move || {
        let location = window().location();
        location.host().unwrap_or_default()
    };
    let bris = i18n.tr_arg("poster-bris", "number", unbreakable("116 111"));
    view! {
        <section class="page staff">
            <h1 tabindex="-1">{i18n.tr("staff-title")}</h1>
            <p class="lead">{i18n.tr("staff-intro")}</p>
            <ul>
                <li>{i18n.tr("staff-what-1")}</li>
                <li>{i18n.tr("staff-what-2")}</li>
                <li>{i18n.tr("staff-what-3")}</li>
            </ul>
            <MessageList title="staff-talk-title" items=&["staff-talk-1", "staff-talk-2", "staff-talk-3", "staff-talk-4", "staff-talk-5", "staff-talk-6"]/>
            <MessageList title="staff-same-day-title" items=&["staff-same-day-1", "staff-same-day-2", "staff-same-day-3"]/>
            <MessageList title="staff-duty-title" items=&["staff-duty-1", "staff-duty-2", "staff-duty-3", "staff-duty-4"]/>
            <h2>{i18n.tr("staff-builder-title")}</h2>
            <p>{i18n.tr("staff-builder-intro")}</p>
            <MunicipalityPicker/>
            <h2>{i18n.tr("staff-lines-title")}</h2>
            <p>{i18n.tr("staff-lines-intro")}</p>
            <div class="contacts">
                {move || professional_lines().into_iter().map(|contact| view! { <ContactCard contact/> }).collect_view()}
            </div>
            <fieldset class="languages">
                <legend>{i18n.tr("staff-builder-languages")}</legend>
                {LANGUAGES
                    .iter()
                    .map(|language| {
                        let code = language.code;
                        view! {
                            <label lang=code>
                                <input
                                    type="checkbox"
                                    prop:checked=move || languages.get().contains(&code)
                                    on:change=move |_| toggle(code)
                                />
                                " "
                                {language.native_name}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <p role="status" class="note-slot">
                {move || too_many.get().then(|| i18n.t("staff-builder-too-many-languages"))}
            </p>
            <label class="check">
                <input type="checkbox" prop:checked=move || youth.get() on:change=move |_| youth.update(|y| *y = !*y)/>
                " "
                {i18n.tr("staff-builder-youth")}
            </label>
            <label for="poster-link">{i18n.tr("staff-builder-link-label")}</label>
            <input id="poster-link" type="text" readonly prop:value=link class="ltr"/>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| { window().print().ok(); }>
                    {i18n.tr("staff-builder-print")}
                </button>
            </div>
            <div class="poster" data-testid="poster">
                <div class="poster-languages">{poster_lines}</div>
                {qr_code}
                <p class="poster-address ltr">{short_address}</p>
                <p class="poster-help">{bris}</p>
                <p class="poster-help">{i18n.tr("poster-emergency")}</p>
            </div>
            <nav class="actions">
                <GoButton label="nav-home" screen=Screen::Start/>
            </nav>
        </section>
    }
}
