//! Every locale is complete against the source (Swedish): the same text files, the same
//! message ids in each, the same attributes and variables, and they parse. Also checks the
//! Fluent house rules: a `# Variables:` comment for every placeable and a default variant
//! in every selector.
//!
//! And the translation review method's guard (see `locales/REVIEW.md`): every translation
//! has a glossary and a review record, and the safety-critical messages named in its
//! glossary's "Guard" table use the words the review chose and none it banned — so a later
//! edit cannot silently undo the review (e.g. strangulation softened into "gripping the
//! neck", or "free of charge" written as "worthless").

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, Resource};
use fluent_syntax::parser;

/// What a message must keep across languages: its attributes and its variables.
#[derive(Debug, PartialEq, Eq)]
struct Shape {
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
}

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

/// A piece of a pattern, in order: text, or a variable placed in it.
enum Piece<'a> {
    Text(&'a str),
    Variable(&'a str),
}

/// Calls `visit` with every piece of a pattern, selector variants included.
fn walk<'a>(pattern: &Pattern<&'a str>, visit: &mut impl FnMut(Piece<'a>)) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => visit(Piece::Text(value)),
            PatternElement::Placeable { expression } => walk_expression(expression, visit),
        }
    }
}

fn walk_expression<'a>(expression: &Expression<&'a str>, visit: &mut impl FnMut(Piece<'a>)) {
    match expression {
        Expression::Select { selector, variants } => {
            walk_inline(selector, visit);
            for variant in variants {
                walk(&variant.value, visit);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, visit),
    }
}

fn walk_inline<'a>(inline: &InlineExpression<&'a str>, visit: &mut impl FnMut(Piece<'a>)) {
    match inline {
        InlineExpression::VariableReference { id } => visit(Piece::Variable(id.name)),
        InlineExpression::StringLiteral { value } => visit(Piece::Text(value)),
        InlineExpression::Placeable { expression } => walk_expression(expression, visit),
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                walk_inline(arg, visit);
            }
        }
        _ => {}
    }
}

/// Parses a text file and hands its syntax tree to `read`; panics with the file and error on
/// junk.
fn parsed<T>(file: &Path, read: impl FnOnce(&Resource<&str>) -> T) -> T {
    let source =
        std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let resource = parser::parse(source.as_str()).unwrap_or_else(|(_, errors)| {
        panic!(
            "{}: {} parse errors: {:?}",
            file.display(),
            errors.len(),
            errors.first()
        )
    });
    read(&resource)
}

/// Parses one `main.ftl` into message shapes; panics with the file and error on junk.
fn shapes(file: &Path) -> BTreeMap<String, Shape> {
    parsed(file, |resource| shapes_of(file, resource))
}

fn shapes_of(file: &Path, resource: &Resource<&str>) -> BTreeMap<String, Shape> {
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        let (id, value, attributes, comment) = match entry {
            Entry::Message(m) => (
                m.id.name,
                m.value.as_ref(),
                &m.attributes,
                m.comment.as_ref(),
            ),
            Entry::Term(t) => (t.id.name, Some(&t.value), &t.attributes, t.comment.as_ref()),
            _ => continue,
        };
        let mut variables = BTreeSet::new();
        for pattern in value.into_iter().chain(attributes.iter().map(|a| &a.value)) {
            walk(pattern, &mut |piece| {
                if let Piece::Variable(name) = piece {
                    variables.insert(name.to_string());
                }
            });
        }
        if !variables.is_empty() {
            let documented =
                comment.is_some_and(|c| c.content.iter().any(|l| l.contains("Variables:")));
            assert!(
                documented,
                "{}: {id} has variables but no `# Variables:` comment",
                file.display()
            );
        }
        let shape = Shape {
            attributes: attributes.iter().map(|a| a.id.name.to_string()).collect(),
            variables,
        };
        assert!(
            out.insert(id.to_string(), shape).is_none(),
            "{}: {id} twice",
            file.display()
        );
    }
    out
}

/// Fails with every problem found, one per line.
fn assert_no_problems(problems: &[String]) {
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Every locale folder with a `main.ftl`.
fn locales() -> Vec<String> {
    let mut found: Vec<String> = std::fs::read_dir(locales_dir())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("main.ftl").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    found.sort();
    found
}

/// The text files of a language: `main.ftl` for every visit, and those fetched when
/// first needed.
const FILES: [&str; 5] = [
    "main.ftl",
    "questions.ftl",
    "staff.ftl",
    "plan.ftl",
    "info.ftl",
];

#[test]
fn every_locale_matches_the_source() {
    let mut problems = Vec::new();
    for file in FILES {
        let source = shapes(&locales_dir().join("sv").join(file));
        for locale in locales() {
            let path = locales_dir().join(&locale).join(file);
            if !path.is_file() {
                problems.push(format!("{locale}: no {file}"));
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            if text.contains("# PLACEHOLDER") {
                problems.push(format!("{locale}/{file}: a placeholder, not a translation"));
            }
            let shapes = shapes(&path);
            for (id, shape) in &source {
                match shapes.get(id) {
                    None => problems.push(format!("{locale}/{file}: missing {id}")),
                    Some(other) if other != shape => problems.push(format!(
                        "{locale}/{file}: {id} has {other:?}, source has {shape:?}"
                    )),
                    Some(_) => {}
                }
            }
            for id in shapes.keys().filter(|id| !source.contains_key(*id)) {
                problems.push(format!("{locale}/{file}: extra {id}"));
            }
        }
    }
    assert_no_problems(&problems);
}

#[test]
fn every_locale_records_its_status() {
    for locale in locales() {
        let text = std::fs::read_to_string(locales_dir().join(&locale).join("main.ftl")).unwrap();
        let header: Vec<&str> = text.lines().take(5).collect();
        assert!(
            header.iter().any(|l| l.starts_with("# Status:")),
            "{locale}: no `# Status:` line in its header"
        );
    }
}

/// The contact card names kinds, audiences and days by message ids made from the data's
/// own names (`kind-{name}` …): each must exist in the Swedish source.
#[test]
fn every_contact_label_has_a_message() {
    use domain::contacts::{Audience, Days, Kind};
    let ids = shapes(&locales_dir().join("sv/main.ftl"));
    let wanted = Kind::ALL
        .iter()
        .map(|k| format!("kind-{}", k.name()))
        .chain(
            Audience::ALL
                .iter()
                .map(|a| format!("audience-{}", a.name())),
        )
        .chain(Days::ALL.iter().map(|d| format!("days-{}", d.name())));
    for id in wanted {
        assert!(ids.contains_key(&id), "locales/sv/main.ftl has no {id}");
    }
}

/// The text of every message of a locale's text files, by id: value and attributes, every
/// selector variant, variables written `{ $name }`, runs of white space as one space.
fn texts(locale: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for file in FILES {
        parsed(&locales_dir().join(locale).join(file), |resource| {
            for entry in &resource.body {
                let Entry::Message(message) = entry else {
                    continue;
                };
                let mut text = String::new();
                let patterns = message
                    .value
                    .iter()
                    .chain(message.attributes.iter().map(|a| &a.value));
                for pattern in patterns {
                    walk(pattern, &mut |piece| match piece {
                        Piece::Text(piece) => text.push_str(piece),
                        Piece::Variable(name) => text.push_str(&format!("{{ ${name} }}")),
                    });
                    text.push(' ');
                }
                let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                out.insert(message.id.name.to_string(), text);
            }
        });
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
    for locale in locales().into_iter().filter(|l| l != "sv") {
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
        let messages = texts(&locale);
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
    assert_no_problems(&problems);
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
