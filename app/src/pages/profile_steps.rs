//! The profile steps around the path: age first (so the paths can be worded for young
//! people), then, after the path, either whether the person one worries about is a child
//! (worried path) or an optional self-description.

use domain::questionnaire::{AgeGroup, Path, SelfDescription};
use leptos::prelude::*;

use crate::components::choice::ChoiceButton;
use crate::state::{Screen, use_state};

/// The step that follows the path choice on this path.
pub fn after_path(path: Option<Path>) -> Screen {
    match path {
        Some(Path::Worried) => Screen::AboutChild,
        _ => Screen::SelfDescription,
    }
}

/// A screen with a heading, an optional hint, choices and a back button.
#[component]
fn Step(
    title: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    back: Screen,
    children: Children,
) -> impl IntoView {
    let state = use_state();
    let i18n = state.i18n;
    // The questions' text is fetched while the person answers the first steps.
    i18n.fetch("questions.ftl");
    view! {
        <section class="page">
            <h1 tabindex="-1">{i18n.tr(title)}</h1>
            {hint.map(|hint| view! { <p class="muted">{i18n.tr(hint)}</p> })}
            <div class="choices" role="group" aria-label=i18n.tr(title)>
                {children()}
            </div>
            <nav class="actions">
                <button type="button" on:click=move |_| state.screen.set(back)>
                    {i18n.tr("nav-back")}
                </button>
            </nav>
        </section>
    }
}

/// Under 18 or 18 and over: picks youth wording and youth contacts.
#[component]
pub fn AgePage() -> impl IntoView {
    let state = use_state();
    let age = state.questionnaire.age;
    let choose = move |group: AgeGroup| {
        Callback::new(move |()| {
            age.set(Some(group));
            state.screen.set(Screen::PathChoice);
        })
    };
    view! {
        <Step title="flow-age-title" back=Screen::Start>
            <ChoiceButton
                label="flow-age-under-18"
                pressed=Signal::derive(move || age.get() == Some(AgeGroup::Under18))
                on_choose=choose(AgeGroup::Under18)
            />
            <ChoiceButton
                label="flow-age-adult"
                pressed=Signal::derive(move || age.get() == Some(AgeGroup::Adult))
                on_choose=choose(AgeGroup::Adult)
            />
        </Step>
    }
}

/// Choices that set an optional answer and go on to the first question; the choice
/// with `None` ("I don't know", "skip") leaves the answer unset.
fn optional_choices<T>(
    signal: RwSignal<Option<T>>,
    options: Vec<(&'static str, Option<T>)>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let state = use_state();
    options
        .into_iter()
        .map(|(label, value)| {
            let on_choose = Callback::new(move |()| {
                signal.set(value);
                state.screen.set(Screen::Question(0));
            });
            view! {
                <ChoiceButton
                    label
                    pressed=Signal::derive(move || value.is_some() && signal.get() == value)
                    on_choose
                />
            }
        })
        .collect_view()
}

/// Worried path: is the person one worries about under 18?
#[component]
pub fn AboutChildPage() -> impl IntoView {
    let options = vec![
        ("flow-about-child-yes", Some(true)),
        ("flow-about-child-no", Some(false)),
        ("flow-about-child-unknown", None),
    ];
    view! {
        <Step title="flow-about-child-title" back=Screen::PathChoice>
            {optional_choices(use_state().questionnaire.about_child, options)}
        </Step>
    }
}

/// How the person describes themself: optional, used only to rank contacts.
#[component]
pub fn SelfDescriptionPage() -> impl IntoView {
    let options = vec![
        ("flow-self-woman", Some(SelfDescription::Woman)),
        ("flow-self-man", Some(SelfDescription::Man)),
        ("flow-self-trans", Some(SelfDescription::TransOrNonBinary)),
        (
            "flow-self-rather-not-say",
            Some(SelfDescription::RatherNotSay),
        ),
        ("flow-skip", None),
    ];
    view! {
        <Step title="flow-self-title" hint="flow-self-hint" back=Screen::PathChoice>
            {optional_choices(use_state().questionnaire.self_description, options)}
        </Step>
    }
}
