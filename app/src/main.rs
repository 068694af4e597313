//! The visitor's app, what every visit loads. Reads the language from the link or the
//! browser, fetches only that language's text, then mounts the app into the static
//! shell's `<main>`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use app::components::language_picker::LanguagePicker;
use app::i18n::{self, I18n};
use app::module_host::{ModuleHost, PLAN, STAFF};
use app::pages::about::AboutPage;
use app::pages::help::HelpPage;
use app::pages::path_choice::PathChoicePage;
use app::pages::profile_steps::{AboutChildPage, AgePage, SelfDescriptionPage};
use app::pages::question::QuestionPage;
use app::pages::result::ResultPage;
use app::pages::safety::SafetyPage;
use app::pages::start::StartPage;
use app::state::{self, AppState, Screen};
use app::{fetch, quick_exit};

fn main() {
    let requested = query_param("lang");
    let language = match requested.as_deref() {
        Some(code) => i18n::find(code),
        None => Some(i18n::from_browser()),
    };
    // The contacts directory and the language's text are fetched side by side.
    let contacts = fetch::start("/api/contacts");
    // Leptos' executor starts with the mount, so the first load uses wasm-bindgen's.
    wasm_bindgen_futures::spawn_local(async move {
        let chosen = language.unwrap_or_else(i18n::fallback);
        let translations = match i18n::load(chosen, &[]).await {
            Ok(translations) => translations,
            Err(error) => {
                leptos::logging::error!("{error}");
                return;
            }
        };
        let state = AppState::new(I18n::new(chosen, translations, &[]));
        let municipality = query_param("kommun");
        apply_link_presets(state);
        app::load_directory(state, municipality, contacts);
        if language.is_none() {
            state.unknown_language.set(requested);
        }
        let Some(main) = document()
            .get_element_by_id("app")
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        main.set_inner_html("");
        app::mount(main, state, move || {
            quick_exit::install(state);
            view! { <App/> }
        })
        .forget();
    });
}

/// A link made on the staff page may open the young people's questions directly (the
/// age step answered, the paths worded for young people).
/// The address is then cleaned (replacing, not adding, the history entry), so the
/// presets live in memory only.
fn apply_link_presets(state: AppState) {
    if query_param("ung").as_deref() == Some("1") {
        state
            .questionnaire
            .age
            .set(Some(domain::questionnaire::AgeGroup::Under18));
        state.screen.set(Screen::PathChoice);
    }
    let location = window().location();
    if location.search().is_ok_and(|s| !s.is_empty())
        && let Ok(history) = window().history()
    {
        let path = location.pathname().unwrap_or_else(|_| "/".into());
        history
            .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
            .ok();
    }
}

/// What the safety plan is handed in memory — the ids of its sections and of the
/// suggestions drawn from the answers — and where leaving it returns to.
fn plan_context(state: AppState, from_result: bool) -> (Vec<String>, Screen) {
    use domain::plan;
    let assessment = from_result
        .then(|| untrack(|| state.questionnaire.assessment()))
        .flatten();
    let mut ids: Vec<String> = plan::sections(assessment.as_ref())
        .into_iter()
        .map(|s| s.id().to_string())
        .collect();
    if let Some(assessment) = &assessment {
        ids.extend(
            plan::suggestions(assessment)
                .into_iter()
                .map(|s| s.message_id().to_string()),
        );
    }
    let back = if from_result {
        Screen::Result
    } else {
        Screen::Help
    };
    (ids, back)
}

/// A query parameter of the address the page was opened with.
fn query_param(name: &str) -> Option<String> {
    let search = window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// The language picker, notes about the link, and the screen being shown. The screens
/// loaded on demand (the staff page, the safety plan) bring their own.
#[component]
fn App() -> impl IntoView {
    let state = state::use_state();
    let i18n = state.i18n;
    app::follow_language(i18n);
    let note = move |id: &'static str, code: Option<String>| {
        code.map(|code| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("code", code);
            view! { <p class="note" role="status">{i18n.t_args(id, &args)}</p> }
        })
    };
    let unknown_language_note =
        move || note("notice-unknown-language", state.unknown_language.get());
    let unknown_municipality_note = move || {
        note(
            "notice-unknown-municipality",
            state.unknown_municipality.get(),
        )
    };
    let on_own_module =
        Memo::new(move |_| matches!(state.screen.get(), Screen::Staff | Screen::Plan { .. }));
    view! {
        {move || (!on_own_module.get()).then(|| view! {
            <LanguagePicker/>
            {unknown_language_note}
            {unknown_municipality_note}
        })}
        {move || {
            let screen = state.screen.get();
            // Reading aloud never goes on into another screen.
            app::read_aloud::stop();
            request_animation_frame(app::components::nav::focus_heading);
            let questions = untrack(|| state.questionnaire.questions().len());
            match screen {
                Screen::Start => view! { <StartPage/> }.into_any(),
                Screen::PathChoice => view! { <PathChoicePage/> }.into_any(),
                Screen::Age => view! { <AgePage/> }.into_any(),
                Screen::AboutChild => view! { <AboutChildPage/> }.into_any(),
                Screen::SelfDescription => view! { <SelfDescriptionPage/> }.into_any(),
                Screen::Question(index) if index < questions => view! { <QuestionPage index/> }.into_any(),
                Screen::Question(_) | Screen::Result => view! { <ResultPage/> }.into_any(),
                Screen::Help => view! { <HelpPage/> }.into_any(),
                Screen::Safety => view! { <SafetyPage/> }.into_any(),
                Screen::Staff => view! { <ModuleHost module=STAFF back=Screen::Start/> }.into_any(),
                Screen::Plan { from_result } => {
                    let (context, back) = plan_context(state, from_result);
                    view! { <ModuleHost module=PLAN context back/> }.into_any()
                }
                Screen::About => view! { <AboutPage/> }.into_any(),
            }
        }}
    }
}
