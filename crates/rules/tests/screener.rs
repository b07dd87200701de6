//! The screener asks only needed questions, in a sensible order, and decides everything it can.

mod common;

use proptest::prelude::*;
use rules::answers::HOUSEHOLD;
use rules::sample::{answer_from, household};
use rules::screener::{needed, next_question};
use rules::{Answers, Status, evaluate_all};

/// The rules, compiled once for all the property test's cases.
fn rules_once() -> &'static rules::Rules {
    static RULES: std::sync::OnceLock<rules::Rules> = std::sync::OnceLock::new();
    RULES.get_or_init(|| common::load().0)
}

fn day() -> catalogue::Date {
    catalogue::Date::new(2026, 11, 25).unwrap()
}

/// Runs the screener against a household that knows every answer; returns the questions asked.
fn screen(rules: &rules::Rules, full: &Answers) -> Vec<String> {
    let mut answers = Answers::default();
    let mut asked = Vec::new();
    while let Some((fact, decides)) = next_question(rules, &answers, day()) {
        // The question must be needed by an undecided programme…
        let verdicts = evaluate_all(rules, &answers, day());
        let need = needed(rules, &verdicts);
        let (_, programmes) = need
            .iter()
            .find(|(f, _)| f.id == fact.id)
            .unwrap_or_else(|| panic!("{} was asked but no undecided programme needs it", fact.id));
        assert_eq!(programmes, &decides);
        for p in programmes {
            let v = verdicts.iter().find(|v| v.programme == *p).unwrap();
            assert_eq!(
                v.status,
                Status::Maybe,
                "{} asked for a decided {p}",
                fact.id
            );
        }
        // … and never asked twice.
        assert!(!asked.contains(&fact.id), "{} asked twice", fact.id);
        asked.push(fact.id.clone());
        answer_from(full, &fact.id, &mut answers);
        assert!(asked.len() <= rules.facts.len());
    }
    // At the end nothing is missing: whatever stays open, stays open because the sources do.
    for v in evaluate_all(rules, &answers, day()) {
        assert!(
            v.missing.is_empty(),
            "{} still misses {:?}",
            v.programme,
            v.missing
        );
        if v.status == Status::Maybe {
            assert!(
                !v.disputes.is_empty(),
                "{} is open without a reason",
                v.programme
            );
        }
    }
    // And the answers gathered decide every programme as the full household does.
    let full_verdicts = evaluate_all(rules, full, day());
    for (a, b) in evaluate_all(rules, &answers, day())
        .iter()
        .zip(&full_verdicts)
    {
        assert_eq!(a.status, b.status, "{}", a.programme);
    }
    asked
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn the_screener_asks_only_questions_some_undecided_programme_needs(seed in any::<u64>()) {
        let rules = rules_once();
        let full = household(rules, seed, day());
        screen(rules, &full);
    }
}

#[test]
fn a_question_the_person_cannot_answer_is_not_asked_again() {
    let (rules, _) = common::load();
    let mut answers = Answers::default();
    let (first, _) = next_question(&rules, &answers, day()).expect("a first question");
    let first = first.id.clone();
    answers.decline(&first);
    let (second, _) = next_question(&rules, &answers, day()).expect("a second question");
    assert_ne!(second.id, first);
}

#[test]
fn days_abroad_are_asked_only_after_being_abroad() {
    let (rules, _) = common::load();
    let mut answers = Answers::default();
    while let Some((fact, _)) = next_question(&rules, &answers, day()) {
        assert_ne!(fact.id, "days_abroad", "asked before «abroad»");
        if fact.id == "abroad" {
            break;
        }
        answer_from(&household(&rules, 7, day()), &fact.id, &mut answers);
    }
}

#[test]
fn someone_who_lives_alone_is_never_asked_about_a_baby() {
    let (rules, _) = common::load();
    let mut answers = Answers {
        members: Some(Vec::new()),
        ..Answers::default()
    };
    let mut asked = Vec::new();
    let full = household(&rules, 11, day());
    while let Some((fact, _)) = next_question(&rules, &answers, day()) {
        asked.push(fact.id.clone());
        if fact.id == HOUSEHOLD {
            break;
        }
        answer_from(&full, &fact.id, &mut answers);
    }
    assert!(!asked.iter().any(|f| f == "baby_birth_date"), "{asked:?}");
}
