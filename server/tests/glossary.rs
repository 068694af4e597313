//! The translation review method's guard (see `locales/REVIEW.md`): every translation has a
//! glossary and a review record, and the safety-critical messages named in its glossary's
//! "Guard" table use the words the review chose and none it banned — so a later edit
//! cannot silently undo the review (e.g. strangulation softened into "gripping the neck",
//! or "free of charge" written as "worthless").

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

/// Every translation: each locale folder but the Swedish source.
fn translations() -> Vec<String> {
    let mut found: Vec<String> = std::fs::read_dir(locales_dir())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("main.ftl").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|code| code != "sv")
        .collect();
    found.sort();
    found
}

/// Every message of a locale's text files, by id (continuation lines joined).
fn messages(locale: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let dir = locales_dir().join(locale);
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let mut current: Option<String> = None;
        for line in text.lines() {
            if let Some((id, value)) = line.split_once(" = ")
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !id.is_empty()
            {
                out.insert(id.to_string(), value.to_string());
                current = Some(id.to_string());
            } else if (line.starts_with(' ') || line == "}")
                && let Some(id) = &current
            {
                let value = out.get_mut(id).unwrap();
                value.push(' ');
                value.push_str(line.trim());
            } else {
                current = None;
            }
        }
    }
    out
}

/// The rows of the "## Guard" table of a glossary: (message, must contain, must not).
fn guard_rows(glossary: &str) -> Vec<(String, String, String)> {
    let Some((_, guard)) = glossary.split_once("## Guard") else {
        return Vec::new();
    };
    guard
        .lines()
        .take_while(|l| !l.starts_with("## "))
        .filter(|l| l.trim_start().starts_with('|'))
        .map(|l| {
            l.trim()
                .trim_matches('|')
                .split('|')
                .map(|cell| cell.trim().to_string())
                .collect::<Vec<_>>()
        })
        .filter(|cells| cells.len() == 3 && cells[0] != "message" && !cells[0].starts_with("---"))
        .map(|cells| (cells[0].clone(), cells[1].clone(), cells[2].clone()))
        .collect()
}

/// The messages whose guard every translation must record.
const GUARDED: [&str; 3] = [
    "danger-strangulation",
    "result-right-to-support",
    "contact-free",
];

#[test]
fn every_translation_keeps_the_words_its_review_chose() {
    let mut problems = Vec::new();
    for locale in translations() {
        let dir = locales_dir().join(&locale);
        let Ok(glossary) = std::fs::read_to_string(dir.join("GLOSSARY.md")) else {
            problems.push(format!("{locale}: no GLOSSARY.md"));
            continue;
        };
        if !dir.join("REVIEW.md").is_file() {
            problems.push(format!(
                "{locale}: no REVIEW.md (the back-translation record)"
            ));
        }
        let rows = guard_rows(&glossary);
        for id in GUARDED {
            if !rows
                .iter()
                .any(|(message, must, _)| message == id && !must.is_empty())
            {
                problems.push(format!(
                    "{locale}: the glossary's guard names no word for {id}"
                ));
            }
        }
        let messages = messages(&locale);
        for (id, must, must_not) in rows {
            let Some(text) = messages.get(&id) else {
                problems.push(format!(
                    "{locale}: the guard names {id}, which is no message"
                ));
                continue;
            };
            if !must.is_empty() && !text.contains(&must) {
                problems.push(format!("{locale}: {id} lacks the glossary's {must:?}"));
            }
            if !must_not.is_empty() && text.contains(&must_not) {
                problems.push(format!("{locale}: {id} uses the banned {must_not:?}"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_guard_table_is_read_as_written() {
    let glossary = "# Glossary\n\n| a | b | c | d |\n\n## Guard\n\nText.\n\n| message | must contain | must not contain |\n|---|---|---|\n| danger-strangulation | strangl | gripping |\n| contact-free | free | |\n\n## Notes\n| x | y | z |\n";
    assert_eq!(
        guard_rows(glossary),
        vec![
            (
                "danger-strangulation".into(),
                "strangl".into(),
                "gripping".into()
            ),
            ("contact-free".into(), "free".into(), String::new()),
        ]
    );
}
