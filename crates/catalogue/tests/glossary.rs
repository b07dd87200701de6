//! Same words everywhere (issue 16, item 6): every English text the portal shows — the interface's
//! messages, the catalogue, the eligibility rules and the application forms — explains each
//! Ukrainian term it keeps (ЦНАП, РНОКПП, КЕП, ЄСВ, єМалятко …) where the term first occurs in it,
//! so that the first occurrence on any English page is explained, wherever the page starts.

use catalogue::glossary::unexplained;
use serde_json::Value;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// Every `"en"` text of a generated JSON file.
fn english(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    ("en", Value::String(s)) => out.push(s.clone()),
                    _ => english(v, out),
                }
            }
        }
        Value::Array(list) => list.iter().for_each(|v| english(v, out)),
        _ => {}
    }
}

/// Every message of a Fluent file, with its continuation lines.
fn messages(ftl: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in ftl.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if line.starts_with(' ') {
            if let Some((_, text)) = out.last_mut() {
                text.push(' ');
                text.push_str(line.trim());
            }
        } else if let Some((key, text)) = line.split_once(" = ") {
            out.push((key.to_string(), text.to_string()));
        }
    }
    out
}

#[test]
fn every_english_text_explains_the_ukrainian_terms_it_keeps_issue_16() {
    let mut problems = Vec::new();
    for file in ["catalogue.json", "rules.json", "forms.json"] {
        let json = std::fs::read_to_string(root().join("data/generated").join(file)).unwrap();
        let mut texts = Vec::new();
        english(&serde_json::from_str(&json).unwrap(), &mut texts);
        assert!(texts.len() > 50, "{file}: {} texts", texts.len());
        texts.sort();
        texts.dedup();
        for text in texts {
            for term in unexplained(&text) {
                problems.push(format!("{file}: {} ({}): {text}", term.term, term.en));
            }
        }
    }
    let ftl = std::fs::read_to_string(root().join("crates/i18n/locales/en.ftl")).unwrap();
    for (key, text) in messages(&ftl) {
        for term in unexplained(&text) {
            problems.push(format!("en.ftl {key}: {} ({}): {text}", term.term, term.en));
        }
    }
    assert!(
        problems.is_empty(),
        "{} English texts keep a term without its explanation:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
