//! Bakes into the client, from every `locales/<code>/`: the poster's two calm lines from
//! `staff.ftl` (so a poster in several languages fetches nothing an ordinary visit does
//! not), the review status from `main.ftl`'s `# Status:` header (for the about page), and
//! the language's own words for "machine translated" (for the language picker).

use std::fmt::Write;
use std::path::Path;

/// The single-line value of message `id` in a Fluent source (continuation lines joined).
fn message(source: &str, id: &str) -> Option<String> {
    let mut lines = source.lines();
    let first = lines.find_map(|line| line.strip_prefix(&format!("{id} = ")))?;
    let mut value = first.trim().to_string();
    for line in lines.take_while(|l| l.starts_with(' ') && !l.trim().is_empty()) {
        value.push(' ');
        value.push_str(line.trim());
    }
    Some(value)
}

fn main() {
    let locales = Path::new("../locales");
    println!("cargo:rerun-if-changed=../locales");
    let mut entries: Vec<(String, String, String)> = Vec::new();
    let mut statuses: Vec<(String, &str, String, String)> = Vec::new();
    for entry in std::fs::read_dir(locales).expect("locales/ exists") {
        let dir = entry.expect("readable locales/").path();
        let Ok(source) = std::fs::read_to_string(dir.join("main.ftl")) else {
            continue;
        };
        let staff = std::fs::read_to_string(dir.join("staff.ftl")).unwrap_or_default();
        let code = dir.file_name().unwrap().to_string_lossy().into_owned();
        let header = source
            .lines()
            .take(8)
            .find_map(|l| l.strip_prefix("# Status:"))
            .unwrap_or_default()
            .to_lowercase();
        // "checked 2026-12-07": the date of the last glossary and back-translation check.
        let checked = header
            .split("checked ")
            .nth(1)
            .map(|rest| rest.chars().take(10).collect::<String>())
            .filter(|date| date.len() == 10);
        let status = if header.contains("source language") {
            "status-source"
        } else if header.contains("reviewed by a native speaker") && !header.contains("not") {
            "status-reviewed"
        } else if checked.is_some() && header.contains("easy-to-read editor") {
            "status-easy-checked"
        } else if checked.is_some() {
            "status-checked"
        } else {
            "status-unreviewed"
        };
        let marker = message(&source, "language-status-marker").unwrap_or_default();
        statuses.push((code.clone(), status, checked.unwrap_or_default(), marker));
        // A locale still being written may lack them; the completeness test fails then.
        let (Some(title), Some(line)) = (
            message(&staff, "poster-title"),
            message(&staff, "poster-line"),
        ) else {
            println!("cargo:warning=locales/{code}/staff.ftl lacks poster-title or poster-line");
            continue;
        };
        entries.push((code, title, line));
    }
    entries.sort();
    let mut out = String::from(
        "/// The poster's title and line in every language: (code, title, line).\npub const POSTER_LINES: &[(&str, &str, &str)] = &[\n",
    );
    for (code, title, line) in entries {
        writeln!(out, "    ({code:?}, {title:?}, {line:?}),").unwrap();
    }
    out.push_str("];\n");
    statuses.sort();
    out.push_str("/// Each language's review status: (code, status message id, date of the last check or\n/// empty, the language's own words for \"machine translated\").\npub const STATUSES: &[(&str, &str, &str, &str)] = &[\n");
    for (code, status, date, marker) in statuses {
        writeln!(out, "    ({code:?}, {status:?}, {date:?}, {marker:?}),").unwrap();
    }
    out.push_str("];\n");
    let path = Path::new(&std::env::var("OUT_DIR").unwrap()).join("locale_facts.rs");
    std::fs::write(path, out).unwrap();
}
