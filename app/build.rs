//! Bakes the poster's two calm lines of every language into the client, so that making a
//! poster in several languages fetches nothing an ordinary visit does not.

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
    for entry in std::fs::read_dir(locales).expect("locales/ exists") {
        let dir = entry.expect("readable locales/").path();
        let Ok(source) = std::fs::read_to_string(dir.join("main.ftl")) else {
            continue;
        };
        let code = dir.file_name().unwrap().to_string_lossy().into_owned();
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
    let path = Path::new(&std::env::var("OUT_DIR").unwrap()).join("poster_lines.rs");
    std::fs::write(path, out).unwrap();
}
