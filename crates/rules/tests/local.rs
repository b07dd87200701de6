//! A community's own programme's conditions (`rules::local`), compiled against the real
//! vocabulary and evaluated by the same engine as the national programmes.

mod common;

use catalogue::Date;
use rules::local::{LocalCriterion, LocalRules, compile, evaluate_with, next_question_with};
use rules::model::{Basis, Certainty};
use rules::{Answers, Status, Value};

fn day() -> Date {
    Date::new(2026, 12, 6).expect("a date")
}

fn decision() -> Vec<Basis> {
    vec![Basis {
        quote: "Рішення тестової ради № 1 (тест)".into(),
        sources: vec!["https://example.gov.ua/decision".into()],
        status: Certainty::Official,
    }]
}

fn text(s: &str) -> catalogue::Text {
    catalogue::Text {
        uk: s.into(),
        en: s.into(),
    }
}

#[test]
fn a_condition_over_the_vocabulary_compiles_and_anything_else_says_what_to_fix() {
    let (rules, _) = common::load();
    assert!(compile(&rules, "displaced and disability_group in [\"1a\", \"2\"]").is_ok());
    assert!(
        compile(&rules, "children >= 3").is_ok(),
        "a derived fact is known"
    );
    let unknown = compile(&rules, "displaced and big_family").unwrap_err();
    assert!(unknown.uk.contains("«big_family»"), "{}", unknown.uk);
    assert!(unknown.en.contains("not a question of the check"));
    let answer = compile(&rules, "disability_group in [\"4\"]").unwrap_err();
    assert!(
        answer
            .en
            .contains("«4» is not an answer of disability_group")
    );
    let not_choice = compile(&rules, "displaced in [\"yes\"]").unwrap_err();
    assert!(not_choice.en.contains("only for questions with a choice"));
    let syntax = compile(&rules, "displaced and and").unwrap_err();
    assert!(syntax.uk.contains("Умову не прочитано"), "{}", syntax.uk);
    let param = compile(&rules, "income_per_person <= $no-such-value").unwrap_err();
    assert!(param.en.contains("«$no-such-value» is not a known value"));
    let amount = compile(&rules, "amount > 0").unwrap_err();
    assert!(amount.en.contains("cannot use amount"));
}

#[test]
fn a_local_programme_is_decided_on_the_device_and_its_questions_are_asked() {
    let (rules, _) = common::load();
    let local = LocalRules {
        programme: "test-local".into(),
        criteria: vec![LocalCriterion {
            test: compile(&rules, "displaced").expect("compiles"),
            met: text("displaced"),
            unmet: text("not displaced"),
        }],
    };
    let programmes = vec![local.programme(&decision())];
    let mut answers = Answers::default();
    let verdicts = evaluate_with(&rules, &programmes, &answers, day());
    assert_eq!(verdicts.len(), rules.programmes.len() + 1);
    let mine = verdicts.last().expect("the local verdict");
    assert_eq!(mine.programme, "test-local");
    assert_eq!(mine.status, Status::Maybe);
    assert_eq!(mine.missing, vec!["displaced"]);

    // Once every national question is settled, the local programme's own is still asked.
    let (first, decides) =
        next_question_with(&rules, &programmes, &answers, day()).expect("a question");
    assert!(!decides.is_empty());
    assert!(first.id.as_str() != "");

    answers.set("displaced", Value::Bool(true));
    let verdicts = evaluate_with(&rules, &programmes, &answers, day());
    let mine = verdicts.last().expect("the local verdict");
    assert_eq!(mine.status, Status::Likely);
    assert_eq!(mine.reasons[0].text.uk, "displaced");

    answers.set("displaced", Value::Bool(false));
    let verdicts = evaluate_with(&rules, &programmes, &answers, day());
    let mine = verdicts.last().expect("the local verdict");
    assert_eq!(mine.status, Status::NotNow);
    assert_eq!(mine.reasons[0].text.uk, "not displaced");
}

#[test]
fn a_fact_only_a_local_programme_needs_is_asked_for_it() {
    let (rules, _) = common::load();
    let local = LocalRules {
        programme: "test-local".into(),
        criteria: vec![LocalCriterion {
            test: compile(&rules, "guardian_of_orphan").expect("compiles"),
            met: text("a guardian"),
            unmet: text("not a guardian"),
        }],
    };
    let programmes = vec![local.programme(&decision())];
    // Answer every question the national programmes ask, declining the local one's fact never.
    let mut answers = Answers::default();
    let mut asked_for_local = false;
    for _ in 0..60 {
        let Some((fact, decides)) = next_question_with(&rules, &programmes, &answers, day()) else {
            break;
        };
        if fact.id == "guardian_of_orphan" {
            asked_for_local |= decides.contains(&"test-local");
        }
        answers.declined.insert(fact.id.clone());
    }
    assert!(
        asked_for_local,
        "the local programme's fact was asked for it"
    );
}
