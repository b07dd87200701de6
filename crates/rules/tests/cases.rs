//! Every programme's test cases (data, named as sentences, in its `.rules.toml`) must hold.

mod common;

use rules::source::household_from_json;
use rules::{Status, Tri, evaluate};

fn status(s: &str) -> Status {
    match s {
        "likely" => Status::Likely,
        "maybe" => Status::Maybe,
        "not-now" => Status::NotNow,
        other => panic!("expect = «{other}»: write likely, maybe or not-now"),
    }
}

#[test]
fn every_case_of_every_programme_holds() {
    let (rules, sources) = common::load();
    let communities = common::communities();
    let place = |code: &str| common::place(&communities, code);
    let mut failures = Vec::new();
    let mut count = 0;
    for src in &sources {
        let programme = rules.programme(&src.programme).expect("compiled");
        for case in &src.cases {
            count += 1;
            let day = case.date.parse().expect("a case date YYYY-MM-DD");
            let answers = household_from_json(&rules, &case.household, &place)
                .unwrap_or_else(|e| panic!("{}: «{}»: {e}", src.programme, case.name));
            let v = evaluate(&rules, programme, &answers, day);
            let mut wrong = Vec::new();
            if v.status != status(&case.expect) {
                wrong.push(format!("status {:?}, expected {}", v.status, case.expect));
            }
            if let Some(amount) = case.amount {
                let got = v.estimate.map(|e| e.value_uah);
                if got.is_none_or(|g| (g - amount).abs() > 0.005) {
                    wrong.push(format!("amount {got:?}, expected {amount}"));
                }
            }
            if !case.missing.is_empty() && v.missing != case.missing {
                wrong.push(format!(
                    "missing {:?}, expected {:?}",
                    v.missing, case.missing
                ));
            }
            if v.status == Status::NotNow && v.reasons.iter().any(|r| r.tri == Tri::Unknown) {
                wrong.push("a reason under «not now» reads «not yet known»".into());
            }
            if !wrong.is_empty() {
                failures.push(format!(
                    "{} — «{}»: {}",
                    src.programme,
                    case.name,
                    wrong.join("; ")
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_programme_with_rules_has_cases_on_both_sides() {
    let (_, sources) = common::load();
    for src in &sources {
        let expects: Vec<&str> = src.cases.iter().map(|c| c.expect.as_str()).collect();
        assert!(
            expects.contains(&"not-now")
                && (expects.contains(&"likely") || expects.contains(&"maybe")),
            "{}: needs cases where it applies and where it does not",
            src.programme
        );
        for case in &src.cases {
            let first = case.name.chars().next().unwrap_or(' ');
            assert!(
                first.is_uppercase() && case.name.split_whitespace().count() >= 5,
                "{}: «{}» should read as a sentence",
                src.programme,
                case.name
            );
        }
    }
}

#[test]
fn a_case_that_follows_one_source_says_which() {
    let (rules, sources) = common::load();
    let communities = common::communities();
    let place = |code: &str| common::place(&communities, code);
    for src in &sources {
        for case in &src.cases {
            let day = case.date.parse().expect("date");
            let answers = household_from_json(&rules, &case.household, &place).expect("household");
            let v = evaluate(
                &rules,
                rules.programme(&src.programme).unwrap(),
                &answers,
                day,
            );
            if !v.disputes.is_empty() && v.status == Status::Maybe && v.missing.is_empty() {
                assert!(
                    case.follows.is_some(),
                    "{}: «{}» depends on disputed sources: say which it follows (follows = …)",
                    src.programme,
                    case.name
                );
            }
        }
    }
}
