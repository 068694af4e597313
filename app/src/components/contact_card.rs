//! One support contact: who it is for, how to reach it (tap to call; the switchboard or
//! 112 named as such), hours, free, anonymous, languages, and where the facts come from:
//! the day they were read, the source page's own date, and a funding end that has passed.

use domain::contacts::{Contact, Hours, clock};
use fluent_bundle::FluentArgs;
use leptos::prelude::*;

use crate::i18n;
use crate::state::use_state;

/// The phone's clock: weekday (0 = Monday) and minute after midnight.
pub fn now() -> domain::ranking::Moment {
    let date = js_sys::Date::new_0();
    domain::ranking::Moment {
        weekday: ((date.get_day() + 6) % 7) as u8,
        minute: (date.get_hours() * 60 + date.get_minutes()) as u16,
    }
}

/// The phone's date as `YYYY-MM-DD`, to compare with the directory's dates.
fn today() -> String {
    let date = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}

/// A contact card.
#[component]
pub fn ContactCard(contact: Contact) -> impl IntoView {
    let i18n = use_state().i18n;
    let Contact {
        name,
        kind,
        audiences,
        phone,
        sms,
        chat,
        web,
        hours,
        languages,
        interpreter,
        free,
        anonymous,
        professionals_only,
        switchboard,
        via_112,
        source,
        read,
        source_date,
        funded_until,
        third_party_only,
        ..
    } = contact;
    let for_whom = move || {
        audiences
            .iter()
            .map(|a| i18n.t(&format!("audience-{}", a.name())))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let moment = now();
    let open_now = hours.open_at(moment.weekday, moment.minute);
    let hours_text = {
        let hours = hours.clone();
        move || match &hours {
            Hours::Always => vec![i18n.t("contact-open-always")],
            Hours::Unknown => vec![i18n.t("contact-hours-unknown")],
            Hours::Weekly(rules) => rules
                .iter()
                .map(|rule| {
                    let mut args = FluentArgs::new();
                    args.set("days", i18n.t(&format!("days-{}", rule.days.name())));
                    args.set("from", clock(rule.from));
                    args.set("to", clock(rule.to));
                    i18n.t_args("hours-rule", &args)
                })
                .collect(),
        }
    };
    let weekly = matches!(hours, Hours::Weekly(_));
    let language_names = languages
        .iter()
        .map(|code| i18n::find(code).map_or(code.clone(), |l| l.native_name.to_string()))
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <article class="contact">
            <h3>{name}</h3>
            <p class="kind">{i18n.tr_owned(format!("kind-{}", kind.name()))}</p>
            <p class="for">{for_whom}</p>
            {professionals_only.then(|| view! { <p class="note">{i18n.tr("contact-for-professionals")}</p> })}
            {switchboard.then(|| view! { <p class="note">{i18n.tr("contact-switchboard")}</p> })}
            {via_112.then(|| view! { <p class="note">{i18n.tr("contact-via-112")}</p> })}
            {funded_until.filter(|date| *date < today()).map(|date| view! { <p class="note">{i18n.tr_arg("contact-funded-until", "date", date)}</p> })}
            <div class="reach">
                {via_112.then(|| view! {
                    <a class="button primary call" href="tel:112">{i18n.tr_arg("contact-call", "number", "112".to_string())}</a>
                })}
                {phone.map(|number| {
                    let display = unbreakable(&number.display);
                    view! {
                        <a class="button primary call" href=format!("tel:{}", number.dial)>
                            {i18n.tr_arg("contact-call", "number", display)}
                        </a>
                    }
                })}
                {sms.map(|number| {
                    let display = unbreakable(&number.display);
                    view! {
                        <a class="button" href=format!("sms:{}", number.dial)>
                            {i18n.tr_arg("contact-sms", "number", display)}
                        </a>
                    }
                })}
                {chat.map(|url| view! {
                    <a class="button" href=url target="_blank" rel="noopener noreferrer">{i18n.tr("contact-chat")}</a>
                })}
                {web.map(|url| view! {
                    <a class="button" href=url target="_blank" rel="noopener noreferrer">{i18n.tr("contact-web")}</a>
                })}
            </div>
            <ul class="facts">
                {move || hours_text().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                {(weekly && open_now.is_some()).then(|| view! {
                    <li class="open-now">
                        {i18n.tr(if open_now == Some(true) { "contact-open-now" } else { "contact-closed-now" })}
                    </li>
                })}
                {free.then(|| view! { <li>{i18n.tr("contact-free")}</li> })}
                {anonymous.then(|| view! { <li>{i18n.tr("contact-anonymous")}</li> })}
                {interpreter.then(|| view! { <li>{i18n.tr("contact-interpreter")}</li> })}
                {(!language_names.is_empty()).then(|| view! {
                    <li>{i18n.tr_arg("contact-languages", "languages", language_names)}</li>
                })}
            </ul>
            <p class="source muted">
                <a href=source target="_blank" rel="noopener noreferrer">
                    {i18n.tr_arg("contact-source", "date", read)}
                </a>
                {source_date.map(|date| view! {
                    " · " {i18n.tr_arg("contact-source-date", "date", date)}
                })}
                {third_party_only.then(|| view! { " · " {i18n.tr("contact-source-third-party")} })}
            </p>
        </article>
    }
}

/// A phone number as shown: its spaces made no-break spaces, so it never wraps in two.
pub fn unbreakable(number: &str) -> String {
    number.replace(' ', "\u{a0}")
}
