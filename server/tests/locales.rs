//! Every locale is complete against the source (Swedish): the same text files, the same
//! message ids in each, the same attributes and variables, and they parse. Also checks the
//! Fluent house rules: a `# Variables:` comment for every placeable and a default variant
//! in every selector.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
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

fn collect_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, out);
        }
    }
}

fn collect_expression(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for variant in variants {
                collect_variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => collect_inline(inline, out),
    }
}

fn collect_inline(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                collect_inline(arg, out);
            }
        }
        _ => {}
    }
}

/// Parses one `main.ftl` into message shapes; panics with the file and error on junk.
fn shapes(file: &Path) -> BTreeMap<String, Shape> {
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
        if let Some(value) = value {
            collect_variables(value, &mut variables);
        }
        for attribute in attributes {
            collect_variables(&attribute.value, &mut variables);
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
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
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
