//! The compiler refuses a criterion or a value without the fact it rests on, a quote that is not
//! the facts file's wording, and an uncertain fact used to decide.

use rules::source::{Evidence, SourceFile, compile};

const FACTS: &str = r#"
[[fact]]
id = "household"
kind = "household"
question = { uk = "Хто?", en = "Who?" }
why = { uk = "Бо.", en = "Because." }

[[fact]]
id = "pregnant"
kind = "yes-no"
question = { uk = "Вагітні?", en = "Pregnant?" }
why = { uk = "Бо.", en = "Because." }
"#;

const PARAMS: &str = r#"
stale = { uk = "Застаріло.", en = "Stale." }
[[parameter]]
id = "x"
title = { uk = "Ікс", en = "X" }
unit = "uah-monthly"
[[parameter.values]]
from = "2026-01-01"
value = 7000
sources = ["https://news.example/a"]
quote = "7 000 грн/міс"
status = "secondary"
"#;

const EVIDENCE: &str = r#"{ "programs": [
  { "id": "p", "amounts": [ { "value": "7 000 грн/міс", "sources": ["https://news.example/a"] } ],
    "eligibility": [ { "fact": "для вагітних", "source": "https://news.example/b", "status": "unverified" } ] }
] }"#;

fn programme(criterion: &str) -> String {
    format!(
        r#"programme = "p"
[amount]
formula = "not-estimated"
[[criteria]]
when = "pregnant"
met = {{ uk = "Так.", en = "Yes." }}
unmet = {{ uk = "Ні.", en = "No." }}
{criterion}
"#
    )
}

fn errors(params: &str, criterion: &str) -> Vec<String> {
    let prog = programme(criterion);
    let evidence = Evidence::from_json(EVIDENCE).unwrap();
    match compile(
        SourceFile {
            path: "facts.toml",
            text: FACTS,
        },
        SourceFile {
            path: "parameters.toml",
            text: params,
        },
        &[SourceFile {
            path: "p.rules.toml",
            text: &prog,
        }],
        &["p"],
        &evidence,
    ) {
        Ok(_) => Vec::new(),
        Err(e) => e,
    }
}

const UNVERIFIED: &str = r#"basis = [{ quote = "для вагітних", sources = ["https://news.example/b"], status = "unverified" }]"#;

#[test]
fn a_criterion_with_its_fact_and_an_open_note_compiles() {
    let e = errors(
        PARAMS,
        &format!("{UNVERIFIED}\nopen = {{ uk = \"Перевірте.\", en = \"Check.\" }}"),
    );
    assert!(e.is_empty(), "{e:?}");
}

#[test]
fn a_criterion_without_a_source_is_refused() {
    let e = errors(PARAMS, "");
    assert!(
        e.iter().any(|e| e.contains("cite the fact it rests on")),
        "{e:?}"
    );
}

#[test]
fn an_unverified_fact_used_to_decide_is_refused() {
    let e = errors(PARAMS, UNVERIFIED);
    assert!(
        e.iter().any(|e| e.contains("cannot decide by itself")),
        "{e:?}"
    );
}

#[test]
fn a_quote_that_is_not_the_facts_wording_or_a_status_raised_to_official_is_refused() {
    let e = errors(
        PARAMS,
        r#"basis = [{ quote = "для всіх", sources = ["https://news.example/b"], status = "secondary" }]"#,
    );
    assert!(e.iter().any(|e| e.contains("is not the wording")), "{e:?}");
    let e = errors(
        PARAMS,
        r#"basis = [{ quote = "для вагітних", sources = ["https://news.example/b"], status = "official" }]"#,
    );
    assert!(
        e.iter()
            .any(|e| e.contains("does not count it as official")),
        "{e:?}"
    );
    let e = errors(
        PARAMS,
        r#"basis = [{ quote = "для вагітних", sources = ["https://news.example/a"], status = "secondary" }]"#,
    );
    assert!(e.iter().any(|e| e.contains("other sources")), "{e:?}");
}

#[test]
fn a_value_without_its_fact_or_an_unverified_value_without_a_note_is_refused() {
    let ok = r#"basis = [{ quote = "для вагітних", sources = ["https://news.example/b"], status = "unverified" }]
open = { uk = "Перевірте.", en = "Check." }"#;
    let bare = PARAMS.replace("quote = \"7 000 грн/міс\"\n", "");
    let e = errors(&bare, ok);
    assert!(e.iter().any(|e| e.contains("parameter x")), "{e:?}");
    let unverified = PARAMS.replace("status = \"secondary\"", "status = \"unverified\"");
    let e = errors(&unverified, ok);
    assert!(e.iter().any(|e| e.contains("cannot decide")), "{e:?}");
}

#[test]
fn an_online_route_must_be_an_address_the_facts_file_gives() {
    let step = |url: &str| {
        format!(
            "{UNVERIFIED}\nopen = {{ uk = \"Перевірте.\", en = \"Check.\" }}\n\n[[steps]]\nid = \"s\"\norder = 1\ntext = {{ uk = \"Крок.\", en = \"Step.\" }}\nonline = \"{url}\""
        )
    };
    assert!(errors(PARAMS, &step("https://news.example/b")).is_empty());
    let e = errors(PARAMS, &step("https://made.up/online"));
    assert!(e.iter().any(|e| e.contains("not an address")), "{e:?}");
}
