//! One question per screen: four large answers, progress, back and forward. The questions
//! are those the person is asked given their answers so far, so the total can grow when an
//! answer describes violence or fear.

use domain::questionnaire::{Answer, Question};
use fluent_bundle::FluentArgs;
use leptos::prelude::*;

use crate::components::choice::ChoiceButton;
use crate::components::with_text::WithText;
use crate::pages::profile_steps::after_path;
use crate::read_aloud::ReadAloud;
use crate::state::{Screen, use_state};

/// The answers, in the order they are offered, with their labels.
const ANSWERS: [(Answer, &str); 4] = [
    (Answer::Yes, "flow-answer-yes"),
    (Answer::Sometimes, "flow-answer-sometimes"),
    (Answer::No, "flow-answer-no"),
    (Answer::RatherNotSay, "flow-answer-rather-not-say"),
];

/// The question at `index` of the chosen path, once the questions' text has arrived.
#[component]
pub fn QuestionPage(index: usize) -> impl IntoView {
    view! {
        <WithText file="questions.ftl"><Question index/></WithText>
    }
}

/// The question at `index`: its text, the answers, progress, back and forward.
#[component]
fn Question(index: usize) -> impl IntoView {
    let state = use_state();
    let i18n = state.i18n;
    let questionnaire = state.questionnaire;
    let questions = questionnaire.questions();
    let total = questions.len();
    let Some(question): Option<&'static Question> = questions.get(index).copied() else {
        return ().into_any();
    };
    let next = move || {
        if index + 1 < questionnaire.questions().len() {
            Screen::Question(index + 1)
        } else {
            Screen::Result
        }
    };
    let back = move || {
        if index == 0 {
            after_path(questionnaire.path.get_untracked())
        } else {
            Screen::Question(index - 1)
        }
    };
    let progress = move || {
        let mut args = FluentArgs::new();
        args.set("current", index + 1);
        args.set("total", total);
        i18n.t_args("flow-progress", &args)
    };
    let text = move || i18n.t(&question.message_id(questionnaire.age.get()));
    // Read aloud: the question, then the answers one can give.
    let spoken = move || {
        let answers: Vec<String> = ANSWERS.iter().map(|(_, label)| i18n.t(label)).collect();
        format!("{} {}.", text(), answers.join(". "))
    };
    let chosen = move || questionnaire.answers.with(|a| a.get(question.id).copied());
    view! {
        <section class="page question">
            <p class="progress-label" id="progress-label">{progress}</p>
            <progress max=total value=index + 1 aria-labelledby="progress-label"></progress>
            <h1 tabindex="-1">{text}</h1>
            <ReadAloud text=spoken/>
            <div class="choices answers" role="group" aria-label=i18n.tr("flow-answers-label")>
                {ANSWERS
                    .into_iter()
                    .map(|(answer, label)| {
                        let on_choose = Callback::new(move |()| {
                            questionnaire.answers.update(|a| {
                                a.insert(question.id, answer);
                            });
                            state.screen.set(next());
                        });
                        view! {
                            <ChoiceButton
                                label
                                pressed=Signal::derive(move || chosen() == Some(answer))
                                on_choose
                            />
                        }
                    })
                    .collect_view()}
            </div>
            <p class="muted">{i18n.tr("flow-change-hint")}</p>
            <nav class="actions step-nav">
                <button type="button" on:click=move |_| state.screen.set(back())>
                    {i18n.tr("nav-back")}
                </button>
                <button type="button" on:click=move |_| state.screen.set(next())>
                    {move || {
                        if index + 1 < total { i18n.t("nav-next") } else { i18n.t("flow-see-result") }
                    }}
                </button>
            </nav>
        </section>
    }
    .into_any()
}
