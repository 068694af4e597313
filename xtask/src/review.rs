//! The translation review's two documents (method: `locales/REVIEW.md`).
//!
//! `review-extract LANG` writes the safety-critical messages of a translation, ids and
//! target text only, for a reviewer who back-translates them without seeing the Swedish.
//! `review-compare LANG BACK` writes, per message, the Swedish source, the translation and
//! that back-translation side by side, for the comparison.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use domain::questionnaire::danger::RULES;

use crate::{Result, TEXT_FILES, root};

/// Id prefixes of the safety-critical messages besides the danger questions: the danger
/// signs and their advice, the result, the safety page, the duty to report and how to talk
/// (staff page), quick exit, the contact-card labels, the safety plan and the kinds of
/// service.
const CRITICAL_PREFIXES: [&str; 9] = [
    "danger-",
    "result-",
    "safety-",
    "staff-duty-",
    "staff-talk-",
    "quick-exit-",
    "contact-",
    "plan-",
    "kind-",
];

/// Single safety-critical messages outside those prefixes.
const CRITICAL_IDS: [&str; 5] = [
    "start-emergency",
    "help-emergency",
    "help-no-social-services-number",
    "category-honour-text",
    "category-forced-labour-text",
];

/// Whether message `id` is safety-critical: see the constants above, plus every question
/// (adult and youth wording) whose yes names a danger sign (`domain`'s danger rules).
pub fn is_critical(id: &str) -> bool {
    if CRITICAL_PREFIXES.iter().any(|p| id.starts_with(p)) || CRITICAL_IDS.contains(&id) {
        return true;
    }
    let Some(question) = id.strip_prefix("q-") else {
        return false;
    };
    let question = question.strip_suffix("-youth").unwrap_or(question);
    RULES.iter().any(|rule| rule.questions.contains(&question))
}

/// Every message of a locale's text files in file order: id and the message's source
/// lines after `id = ` (a selector keeps its lines, up to and with the closing brace).
pub fn messages(locale: &str) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    for file in TEXT_FILES {
        let path = root().join("locales").join(locale).join(file);
        let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut current: Option<(String, String)> = None;
        for line in text.lines() {
            let continues = line.starts_with(' ') || line == "}";
            match (&mut current, line.split_once(" = ")) {
                (Some((_, value)), _) if continues => {
                    value.push('\n');
                    value.push_str(line);
                }
                (_, Some((id, value))) if is_message_id(id) => {
                    out.extend(current.take());
                    current = Some((id.to_string(), value.to_string()));
                }
                _ => out.extend(current.take()),
            }
        }
        out.extend(current);
    }
    Ok(out)
}

fn is_message_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The blind reviewer's input: `# N messages …`, then `### id` and the text, per message.
pub fn extract(locale: &str) -> Result<String> {
    let critical: Vec<_> = messages(locale)?
        .into_iter()
        .filter(|(id, _)| is_critical(id))
        .collect();
    let mut out = format!("# {} messages of the `{locale}` files\n\n", critical.len());
    for (id, text) in critical {
        out.push_str(&format!("### {id}\n{text}\n\n"));
    }
    Ok(out)
}

/// The comparison: for each message of the back-translation, the Swedish (SV), the
/// translation and the back-translation (BACK). Fails if the back-translation misses
/// a message of the extract, so that none goes uncompared.
pub fn compare(locale: &str, back_translation: &Path) -> Result<String> {
    let source: BTreeMap<_, _> = messages("sv")?.into_iter().collect();
    let target: BTreeMap<_, _> = messages(locale)?.into_iter().collect();
    let back_text = fs::read_to_string(back_translation)
        .map_err(|e| format!("{}: {e}", back_translation.display()))?;
    let back = sections(&back_text);
    let ids: Vec<_> = messages(locale)?
        .into_iter()
        .map(|(id, _)| id)
        .filter(|id| is_critical(id))
        .collect();
    let missing: Vec<_> = ids.iter().filter(|id| !back.contains_key(*id)).collect();
    if !missing.is_empty() {
        return Err(format!(
            "the back-translation lacks {} messages: {missing:?}",
            missing.len()
        ));
    }
    let label = locale.to_uppercase();
    let mut out = format!("# Compare `{locale}`: {} messages\n\n", ids.len());
    for id in &ids {
        let sv = source.get(id).map_or("(not in Swedish)", String::as_str);
        out.push_str(&format!(
            "### {id}\nSV:   {sv}\n{label}:   {}\nBACK: {}\n\n",
            target[id], back[id]
        ));
    }
    Ok(out)
}

/// The `### id` sections of a back-translation, by id, text trimmed.
fn sections(text: &str) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    let mut current = None;
    for line in text.lines() {
        if let Some(id) = line.strip_prefix("### ") {
            current = Some(id.trim().to_string());
            out.entry(id.trim().to_string()).or_default();
        } else if let Some(id) = &current {
            let section = out.get_mut(id).expect("entered above");
            section.push_str(line);
            section.push('\n');
        }
    }
    out.into_iter()
        .map(|(id, text)| (id, text.trim().to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn critical_messages_are_the_danger_questions_and_the_safety_texts() {
        for id in [
            "q-partner-neck",
            "q-partner-neck-youth",
            "q-worried-kill",
            "danger-strangulation",
            "result-right-to-support",
            "contact-free",
            "staff-duty-1",
            "quick-exit-button",
            "start-emergency",
        ] {
            assert!(is_critical(id), "{id}");
        }
        for id in [
            "q-partner-put-down",
            "start-title",
            "staff-what-1",
            "about-title",
        ] {
            assert!(!is_critical(id), "{id}");
        }
    }

    #[test]
    fn a_back_translation_is_read_by_its_sections() {
        let back = "# 2 messages\n\n### a-one\nEtt.\n\n### b-two\n{ $n ->\n   *[other] Två\n}\n";
        let read = sections(back);
        assert_eq!(read["a-one"], "Ett.");
        assert_eq!(read["b-two"], "{ $n ->\n   *[other] Två\n}");
    }

    #[test]
    fn the_swedish_and_every_translation_have_the_same_critical_messages() {
        let count = |locale: &str| {
            messages(locale)
                .unwrap()
                .into_iter()
                .filter(|(id, _)| is_critical(id))
                .count()
        };
        let swedish = count("sv");
        assert!(swedish > 300, "{swedish}");
        assert_eq!(count("en"), swedish);
    }
}
