//! About: who made this, that it is free and private, how contacts are checked, and the
//! review status of every language.

use fluent_bundle::FluentArgs;
use leptos::prelude::*;

use crate::components::nav::GoButton;
use crate::components::with_text::WithText;
use crate::i18n::LANGUAGES;
use crate::locale_facts::STATUSES;
use crate::state::{Screen, use_state};

/// The about page (its text is `info.ftl`, fetched when the page is first opened).
#[component]
pub fn AboutPage() -> impl IntoView {
    let i18n = use_state().i18n;
    let statuses = move || {
        LANGUAGES
            .iter()
            .map(|language| {
                let (status, date) = STATUSES
                    .iter()
                    .find(|(code, ..)| *code == language.code)
                    .map_or(("status-unreviewed", ""), |(_, status, date, _)| {
                        (status, date)
                    });
                let mut date_args = FluentArgs::new();
                date_args.set("date", date);
                let mut args = FluentArgs::new();
                args.set("language", language.native_name);
                args.set("status", i18n.t_args(status, &date_args));
                view! { <li>{i18n.t_args("about-language-status", &args)}</li> }
            })
            .collect_view()
    };
    let text = move || {
        view! {
            <p>{i18n.tr("about-who")}</p>
            <p>{i18n.tr("about-free")}</p>
            <p>{i18n.tr("about-private")}</p>
            <h2>{i18n.tr("about-contacts-title")}</h2>
            <p>{i18n.tr("about-contacts-1")}</p>
            <p>{i18n.tr("about-contacts-2")}</p>
            <p>{i18n.tr("about-read-aloud")}</p>
            <h2>{i18n.tr("about-languages-title")}</h2>
            <p>{i18n.tr("about-languages-intro")}</p>
            <p>{i18n.tr("about-languages-method")}</p>
            <ul class="statuses">{statuses}</ul>
        }
    };
    view! {
        <section class="page about">
            <h1 tabindex="-1">{i18n.tr("about-title")}</h1>
            <WithText file="info.ftl">{text}</WithText>
            <nav class="actions">
                <GoButton label="nav-home" screen=Screen::Start/>
            </nav>
        </section>
    }
}
