//! The result: urgent routing first when a danger sign was named, then what the answers
//! describe in plain words, the person's rights, what happens when they call, and the
//! contacts that fit — with "start over" forgetting everything.

use domain::questionnaire::{Answer, Assessment, Category, Path};
use domain::ranking::Needs;
use leptos::prelude::*;

use crate::components::message_list::MessageList;

use crate::components::contact_list::ContactList;
use crate::state::{Screen, use_state};

/// A small symbol per form of violence (decorative; the title says it in words).
fn icon(category: Category) -> &'static str {
    match category {
        Category::Physical => "✋",
        Category::Psychological => "💬",
        Category::Sexual => "⚠",
        Category::Economic => "💳",
        Category::Material => "🏠",
        Category::Digital => "📱",
        Category::Latent => "☁",
        Category::Neglect => "🤲",
        Category::Honour => "👪",
        Category::ChildrenWitnessing => "🧸",
        Category::CoercedSex => "⛓",
        Category::DebtBondage => "🧾",
        Category::DocumentsTaken => "🛂",
    }
}

/// The urgent banner: 112 now, what to say, and the danger signs named.
#[component]
fn Urgent(assessment: Assessment, path: Path) -> impl IntoView {
    let i18n = use_state().i18n;
    let text = if path == Path::UsedViolence {
        "result-used-urgent-text"
    } else {
        "result-urgent-text"
    };
    view! {
        <section class="urgent" role="alert" aria-labelledby="urgent-title">
            <h2 id="urgent-title">{i18n.tr("result-urgent-title")}</h2>
            <a class="button primary call-112" href="tel:112">"112"</a>
            <p>{i18n.tr(text)}</p>
            <p>{i18n.tr("result-urgent-signs-intro")}</p>
            <ul>
                {assessment
                    .danger_signs
                    .iter()
                    .map(|sign| {
                        view! { <li>{i18n.tr_owned(sign.message_id())}</li> }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// The result screen.
#[component]
pub fn ResultPage() -> impl IntoView {
    let state = use_state();
    let i18n = state.i18n;
    let questionnaire = state.questionnaire;
    let (Some(assessment), Some(path)) = (
        questionnaire.assessment(),
        questionnaire.path.get_untracked(),
    ) else {
        return view! { <p>{i18n.tr("result-none")}</p> }.into_any();
    };
    let all_rather_not_say = questionnaire
        .answers
        .with_untracked(|a| !a.is_empty() && a.values().all(|v| *v == Answer::RatherNotSay));
    let needs = {
        let assessment = assessment.clone();
        Signal::derive(move || Needs::from_assessment(&assessment, i18n.language.get().code))
    };
    let intro = match path {
        Path::UsedViolence => "result-used-intro",
        Path::Worried => "result-worried-intro",
        _ => "result-intro",
    };
    let findings = assessment
        .findings
        .iter()
        .map(|finding| {
            let category = finding.category;
            let title = category.title_message_id();
            let text = category.text_message_id(path);
            view! {
                <li class="finding">
                    <span class="icon" aria-hidden="true">{icon(category)}</span>
                    <div>
                        <h3>{i18n.tr_owned(title)}</h3>
                        <p>{i18n.tr_owned(text)}</p>
                    </div>
                </li>
            }
        })
        .collect_view();
    let described = !assessment.findings.is_empty();
    let start_over = move |_| state.clear();
    view! {
        <section class="page result">
            <h1 tabindex="-1">{i18n.tr("result-title")}</h1>
            {assessment.urgent.then(|| view! { <Urgent assessment=assessment.clone() path/> })}
            {if described {
                view! {
                    <p>{i18n.tr(intro)}</p>
                    <ul class="findings">{findings}</ul>
                }
                    .into_any()
            } else if all_rather_not_say {
                view! { <p>{i18n.tr("result-none-rather-not-say")}</p> }.into_any()
            } else {
                view! { <p>{i18n.tr("result-none")}</p> }.into_any()
            }}
            {match path {
                Path::UsedViolence => view! { <p class="key">{i18n.tr("result-used-responsibility")}</p> }.into_any(),
                Path::Worried => view! { <WorriedGuidance/> }.into_any(),
                _ => view! {
                    <p class="key">{i18n.tr("result-not-your-fault")}</p>
                    <p class="key">{i18n.tr("result-right-to-support")}</p>
                }
                    .into_any(),
            }}
            {assessment.report_concern_for_child.then(|| view! {
                <MessageList title="worried-child-title" items=&["worried-child-1", "worried-child-2", "worried-child-3"]/>
            })}
            <MessageList title="result-what-happens-title" items=&["result-what-happens-1", "result-what-happens-2", "result-what-happens-3"]/>
            <ContactList needs/>
            <div class="actions">
                <button type="button" class="primary" on:click=start_over>{i18n.tr("result-start-over")}</button>
                <p class="muted">{i18n.tr("result-start-over-hint")}</p>
                <button type="button" on:click=move |_| {
                    let last = questionnaire.questions().len().saturating_sub(1);
                    state.screen.set(Screen::Question(last));
                }>{i18n.tr("nav-back")}</button>
            </div>
        </section>
    }
    .into_any()
}

/// Guidance for someone worried about another person.
#[component]
fn WorriedGuidance() -> impl IntoView {
    view! {
        <MessageList title="worried-signs-title" items=&["worried-signs-1", "worried-signs-2", "worried-signs-3", "worried-signs-4", "worried-signs-5", "worried-signs-6"]/>
        <MessageList title="worried-talk-title" items=&["worried-talk-1", "worried-talk-2", "worried-talk-3", "worried-talk-4", "worried-talk-5"]/>
        <MessageList title="worried-dont-title" items=&["worried-dont-1", "worried-dont-2", "worried-dont-3", "worried-dont-4", "worried-dont-5"]/>
        <MessageList title="worried-over-time-title" items=&["worried-over-time-1", "worried-over-time-2", "worried-over-time-3"]/>
    }
}
