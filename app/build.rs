//! Bakes into the client, from every `locales/<code>/main.ftl`: the poster's two calm
//! lines (so a poster in several languages fetches nothing an ordinary visit does not)
//! and the file's review status (for the about page).

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
    let mut statuses: Vec<(String, &str)> = Vec::new();
    for entry in std::fs::read_dir(locales).expect("locales/ exists") {
        let dir = entry.expect("readable locales/").path();
        let Ok(source) = std::fs::read_to_string(dir.join("main.ftl")) else {
            continue;
        };
        let code = dir.file_name().unwrap().to_string_lossy().into_owned();
        let status = source
            .lines()
            .take(5)
            .find_map(|l| l.strip_prefix("# Status:"))
            .map_or("status-unreviewed", |s| {
                let s = s.to_lowercase();
                if s.contains("source language") {
                    "status-source"
                } else if s.contains("not yet reviewed") || s.contains("machine") {
                    "status-unreviewed"
                } else {
                    "status-reviewed"
                }
            });
        statuses.push((code.clone(), status));
        // A locale still being written may lack them; the completeness test fails then.
        let (Some(title), Some(line)) = (
            message(&source, "poster-title"),
            message(&source, "poster-line"),
        ) else {
            println!("cargo:warning=locales/{code}/main.ftl lacks poster-title or poster-line");
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
    out.push_str("/// Each language file's review status as a Fluent id: (code, status id).\npub const STATUSES: &[(&str, &str)] = &[\n");
    for (code, status) in statuses {
        writeln!(out, "    ({code:?}, {status:?}),").unwrap();
    }
    out.push_str("];\n");
    let path = Path::new(&std::env::var("OUT_DIR").unwrap()).join("locale_facts.rs");
    std::fs::write(path, out).unwrap();
}
