//! An income earned abroad, given in the currency it is paid in (issue 16): with the rate the
//! person gave, every programme's test case decides as it does in hryvnias; without one, nothing
//! is decided on the unconverted amount.

mod common;

use rules::answers::{to_uah, valid_rate};
use rules::source::household_from_json;
use rules::{Answers, Status, Tri, Value, evaluate};

const INCOME: &str = "income_month";

/// Every programme's cases whose answers give the family's income, with their answers.
type Case = (String, String, catalogue::Date, Answers);

fn cases_with_income() -> (rules::Rules, Vec<Case>) {
    let (rules, sources) = common::load();
    let communities = common::communities();
    let place = |code: &str| common::place(&communities, code);
    let mut out = Vec::new();
    for src in &sources {
        for case in &src.cases {
            let answers = household_from_json(&rules, &case.household, &place).expect("a case");
            if answers.number(INCOME).is_some() {
                let day = case.date.parse().expect("a case date");
                out.push((src.programme.clone(), case.name.clone(), day, answers));
            }
        }
    }
    (rules, out)
}

fn with_income(answers: &Answers, value: Value) -> Answers {
    let mut a = answers.clone();
    a.set(INCOME, value);
    a
}

#[test]
fn the_rate_converts_to_the_kopiyka_and_only_a_rate_above_zero_does() {
    assert_eq!(to_uah(1000.0, Some(10.25)), Some(10250.0));
    assert_eq!(to_uah(1124.75, Some(4.0)), Some(4499.0));
    assert_eq!(to_uah(333.33, Some(9.8765)), Some(3292.13));
    assert_eq!(to_uah(1000.0, None), None);
    for bad in [0.0, -9.5, f64::NAN, f64::INFINITY] {
        assert!(!valid_rate(bad), "{bad}");
        assert_eq!(to_uah(1000.0, Some(bad)), None, "{bad}");
    }
}

#[test]
fn the_income_vocabulary_marks_the_family_income_as_payable_in_another_currency() {
    let (rules, _) = common::load();
    let foreign: Vec<&str> = rules
        .facts
        .iter()
        .filter(|f| f.foreign)
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(foreign, [INCOME]);
}

#[test]
fn with_a_rate_every_case_decides_as_in_hryvnias_and_says_the_rate() {
    let (rules, cases) = cases_with_income();
    assert!(
        cases.len() >= 10,
        "only {} cases give an income",
        cases.len()
    );
    let rate = 4.0;
    for (programme, name, day, answers) in &cases {
        let p = rules.programme(programme).expect("compiled");
        let uah = answers.number(INCOME).expect("an income");
        let in_uah = evaluate(&rules, p, answers, *day);
        let zloty = with_income(
            answers,
            Value::Foreign {
                amount: uah / rate,
                currency: "PLN".into(),
                rate: Some(rate),
            },
        );
        let v = evaluate(&rules, p, &zloty, *day);
        assert_eq!(v.status, in_uah.status, "{programme} — «{name}»");
        assert_eq!(
            v.estimate.map(|e| e.value_uah),
            in_uah.estimate.map(|e| e.value_uah),
            "{programme} — «{name}»"
        );
        assert!(v.reasons.iter().all(|r| !r.unconverted));
        assert_eq!(
            v.foreign.len(),
            1,
            "{programme} — «{name}»: {:?}",
            v.foreign
        );
        assert_eq!(v.foreign[0].rate, Some(rate));
        assert_eq!(v.foreign[0].currency, "PLN");
    }
}

#[test]
fn without_a_rate_nothing_is_decided_on_the_amount() {
    let (rules, cases) = cases_with_income();
    let mut opened = 0;
    for (programme, name, day, answers) in &cases {
        let p = rules.programme(programme).expect("compiled");
        let unconverted = with_income(
            answers,
            Value::Foreign {
                amount: 1000.0,
                currency: "PLN".into(),
                rate: None,
            },
        );
        let v = evaluate(&rules, p, &unconverted, *day);
        // A verdict that stands without a rate stands whatever the amount: no income, or a
        // very large one, give it too.
        if v.status != Status::Maybe {
            for uah in [0.0, 10_000_000.0] {
                let other = evaluate(&rules, p, &with_income(answers, Value::Number(uah)), *day);
                assert_eq!(
                    other.status, v.status,
                    "{programme} — «{name}»: {:?} without a rate, {:?} with {uah} UAH",
                    v.status, other.status
                );
            }
        } else if v.reasons.iter().any(|r| r.unconverted) {
            opened += 1;
            assert!(
                v.reasons
                    .iter()
                    .filter(|r| r.unconverted)
                    .all(|r| r.tri == Tri::Unknown)
            );
            assert_eq!(v.foreign.len(), 1);
            assert_eq!(v.foreign[0].rate, None);
            // The income is answered: it is not asked for again.
            assert!(!v.missing.contains(&INCOME), "{programme} — «{name}»");
        }
        assert!(
            v.estimate
                .is_none_or(|_| !v.reasons.iter().any(|r| r.unconverted))
        );
    }
    assert!(
        opened >= 5,
        "only {opened} cases left open by the unconverted income"
    );
}

#[test]
fn a_rate_of_zero_or_below_converts_nothing() {
    let mut a = Answers::default();
    for rate in [0.0, -4.0] {
        a.set(
            INCOME,
            Value::Foreign {
                amount: 1000.0,
                currency: "EUR".into(),
                rate: Some(rate),
            },
        );
        assert_eq!(a.number(INCOME), None);
        assert!(a.unconverted(INCOME));
    }
}
