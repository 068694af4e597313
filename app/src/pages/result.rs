//! The result: urgent routing first when a danger sign was named (each sign with its short
//! advice), then what the answers describe in plain words, the person's rights, the
//! guidance that fits (child protection, concern for a child, support for a parent who
//! used violence), what happens when they call, and the contacts that fit — with "start
//! over" forgetting everything.

use domain::questionnaire::{Assessment, Category, Path};
use domain::ranking::Needs;
use leptos::prelude::*;

use crate::components::message_list::MessageList;

use crate::components::contact_list::ContactList;
use crate::components::nav::GoButton;
use crate::components::with_text::WithText;
use crate::read_aloud::ReadAloud;
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
        Category::ForcedLabour => "🧳",
        Category::DebtBondage => "🧾",
        Category::DocumentsTaken => "🛂",
    }
}

/// The urgent banner: 112 now, what to say, and each danger sign named with its advice,
/// in the words of the path's reader (the person it happens to, the helper, or the person
/// who used violence).
#[component]
fn Urgent(assessment: Assessment) -> impl IntoView {
    let i18n = use_state().i18n;
    let path = assessment.profile.path;
    // A young person is also pointed to Bris and adults they trust (the advice is written
    // for adults).
    let youth_line = assessment.profile.is_youth().then_some(match path {
        Path::Worried => "result-advice-youth-worried",
        _ => "result-advice-youth",
    });
    let (title, text) = match path {
        Path::UsedViolence => ("result-urgent-title", "result-used-urgent-text"),
        Path::Worried => ("result-urgent-title-worried", "result-urgent-text-worried"),
        Path::Partner | Path::Family | Path::Exploitation => {
            ("result-urgent-title", "result-urgent-text")
        }
    };
    let spoken = {
        let signs = assessment.danger_signs.clone();
        move || {
            let mut parts = vec![
                i18n.t(title),
                i18n.t(text),
                i18n.t("result-urgent-signs-intro"),
            ];
            for sign in &signs {
                parts.push(i18n.t(&sign.message_id()));
                parts.push(i18n.t(&sign.advice_message_id(path)));
            }
            parts.join(" ")
        }
    };
    view! {
        <section class="urgent" role="alert" aria-labelledby="urgent-title">
            <h2 id="urgent-title">{i18n.tr(title)}</h2>
            <a class="button primary call-112" href="tel:112">"112"</a>
            <ReadAloud text=spoken/>
            <p>{i18n.tr(text)}</p>
            <p>{i18n.tr("result-urgent-signs-intro")}</p>
            <ul class="signs">
                {assessment
                    .danger_signs
                    .iter()
                    .map(|sign| {
                        view! {
                            <li>
                                <p>{i18n.tr_owned(sign.message_id())}</p>
                                <p class="advice">{i18n.tr_owned(sign.advice_message_id(path))}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {youth_line.map(|id| view! { <p>{i18n.tr(id)}</p> })}
        </section>
    }
}

/// What to say when nothing was described: never "nothing" when a question about serious
/// danger was left unanswered, and in the words of the path's reader.
fn nothing_described(assessment: &Assessment) -> &'static str {
    let path = assessment.profile.path;
    match path {
        _ if assessment.danger_unanswered => match path {
            Path::UsedViolence => "result-danger-unanswered-used",
            Path::Worried => "result-danger-unanswered-worried",
            Path::Partner | Path::Family | Path::Exploitation => "result-danger-unanswered",
        },
        Path::UsedViolence => "result-used-none",
        Path::Worried => "result-none-worried",
        Path::Partner | Path::Family | Path::Exploitation => "result-none",
    }
}

/// The result screen, once the result's text has arrived.
#[component]
pub fn ResultPage() -> impl IntoView {
    view! {
        <WithText file="questions.ftl"><Result/></WithText>
    }
}

/// What the answers describe, the guidance that fits and the contacts.
#[component]
fn Result() -> impl IntoView {
    let state = use_state();
    let i18n = state.i18n;
    let questionnaire = state.questionnaire;
    let Some(assessment) = questionnaire.assessment() else {
        return view! { <p>{i18n.tr("result-none")}</p> }.into_any();
    };
    let path = assessment.profile.path;
    let needs = {
        let assessment = assessment.clone();
        Signal::derive(move || Needs::for_assessment(&assessment, i18n.language.get().code))
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
    let spoken_findings = {
        let categories: Vec<Category> = assessment.findings.iter().map(|f| f.category).collect();
        move || {
            let mut parts = vec![i18n.t(intro)];
            for category in &categories {
                parts.push(i18n.t(&category.title_message_id()));
                parts.push(i18n.t(&category.text_message_id(path)));
            }
            parts.join(". ")
        }
    };
    // When something was described, a danger question left unanswered is still named.
    let unanswered_note = (described && assessment.danger_unanswered && !assessment.urgent)
        .then(|| view! { <p class="note">{i18n.tr(nothing_described(&assessment))}</p> });
    let start_over = move |_| state.clear();
    view! {
        <section class="page result">
            <h1 tabindex="-1">{i18n.tr("result-title")}</h1>
            {assessment.urgent.then(|| view! { <Urgent assessment=assessment.clone()/> })}
            {if described {
                view! {
                    <p>{i18n.tr(intro)}</p>
                    <ReadAloud text=spoken_findings/>
                    <ul class="findings">{findings}</ul>
                }
                    .into_any()
            } else if assessment.urgent {
                ().into_any()
            } else {
                view! { <p>{i18n.tr(nothing_described(&assessment))}</p> }.into_any()
            }}
            {unanswered_note}
            {match path {
                Path::UsedViolence => view! {
                    {described.then(|| {
                        let id = if assessment.profile.is_youth() {
                            "result-used-responsibility-youth"
                        } else {
                            "result-used-responsibility"
                        };
                        view! { <p class="key">{i18n.tr(id)}</p> }
                    })}
                    <p class="key">{i18n.tr("result-everyone-welcome-used")}</p>
                }
                    .into_any(),
                Path::Worried => view! {
                    <WorriedGuidance/>
                    <p class="key">{i18n.tr("result-everyone-welcome-worried")}</p>
                }
                    .into_any(),
                _ => view! {
                    <p class="key">{i18n.tr("result-not-your-fault")}</p>
                    <p class="key">{i18n.tr("result-right-to-support")}</p>
                    <p class="key">{i18n.tr("result-everyone-welcome")}</p>
                }
                    .into_any(),
            }}
            {assessment.child_protection.then(|| view! {
                <MessageList title="result-child-protection-title" items=&["result-child-protection-1", "result-child-protection-2", "result-child-protection-3"]/>
            })}
            {assessment.report_concern_for_child.then(|| view! {
                <MessageList title="worried-child-title" items=&["worried-child-1", "worried-child-2", "worried-child-3"]/>
            })}
            {assessment.support_for_children.then(|| view! { <p class="key">{i18n.tr("result-used-children")}</p> })}
            {assessment.also_exposed.then(|| view! { <p class="key">{i18n.tr("result-used-also-exposed")}</p> })}
            <MessageList title="result-what-happens-title" items=&["result-what-happens-1", "result-what-happens-2", "result-what-happens-3"]/>
            {(path != Path::Worried).then(|| view! {
                <p><GoButton label="nav-plan" screen=Screen::Plan { from_result: true }/></p>
            })}
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
