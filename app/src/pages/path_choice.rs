//! The questionnaire's choice after the age step: which situation the person is checking,
//! worded for young people when they are under 18.

use domain::questionnaire::{AgeGroup, Path};
use leptos::prelude::*;

use crate::components::choice::ChoiceButton;
use crate::components::nav::GoButton;
use crate::pages::profile_steps::after_path;
use crate::state::{Screen, use_state};

/// The five paths as large buttons.
#[component]
pub fn PathChoicePage() -> impl IntoView {
    let state = use_state();
    let chosen = state.questionnaire.path;
    let youth = state.questionnaire.age.get_untracked() == Some(AgeGroup::Under18);
    state.i18n.fetch("questions.ftl");
    let label = move |path: Path| match (path, youth) {
        (Path::Partner, false) => "flow-path-partner",
        (Path::Partner, true) => "flow-path-partner-youth",
        (Path::Family, false) => "flow-path-family",
        (Path::Family, true) => "flow-path-family-youth",
        (Path::Exploitation, false) => "flow-path-exploitation",
        (Path::Exploitation, true) => "flow-path-exploitation-youth",
        (Path::Worried, false) => "flow-path-worried",
        (Path::Worried, true) => "flow-path-worried-youth",
        (Path::UsedViolence, false) => "flow-path-used-violence",
        (Path::UsedViolence, true) => "flow-path-used-violence-youth",
    };
    view! {
        <section class="page">
            <h1 tabindex="-1">{state.i18n.tr("flow-path-title")}</h1>
            <div class="choices" role="group" aria-label=state.i18n.tr("flow-path-title")>
                {Path::ALL
                    .into_iter()
                    .map(|path| {
                        let on_choose = Callback::new(move |()| {
                            if chosen.get_untracked() != Some(path) {
                                state.questionnaire.answers.update(|a| a.clear());
                            }
                            chosen.set(Some(path));
                            state.screen.set(after_path(Some(path)));
                        });
                        view! {
                            <ChoiceButton
                                label=label(path)
                                pressed=Signal::derive(move || chosen.get() == Some(path))
                                on_choose
                            />
                        }
                    })
                    .collect_view()}
            </div>
            <nav class="actions">
                <GoButton label="nav-back" screen=Screen::Age/>
                <GoButton label="nav-home" screen=Screen::Start/>
            </nav>
        </section>
    }
}
