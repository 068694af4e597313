//! The first questionnaire step: which situation the person is checking.

use domain::questionnaire::Path;
use leptos::prelude::*;

use crate::components::choice::ChoiceButton;
use crate::components::nav::GoButton;
use crate::state::{Screen, use_state};

/// The five paths as large buttons.
#[component]
pub fn PathChoicePage() -> impl IntoView {
    let state = use_state();
    let chosen = state.questionnaire.path;
    let label = |path: Path| match path {
        Path::Partner => "flow-path-partner",
        Path::Family => "flow-path-family",
        Path::Exploitation => "flow-path-exploitation",
        Path::Worried => "flow-path-worried",
        Path::UsedViolence => "flow-path-used-violence",
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
                            state.screen.set(Screen::Age);
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
                <GoButton label="nav-home" screen=Screen::Start/>
            </nav>
        </section>
    }
}
