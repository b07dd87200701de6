//! The eligibility engine in the browser build: evaluating the whole catalogue for one household.
//! scripts/bench.sh runs this in release mode and records the time it prints; the test itself only
//! checks that every programme was evaluated (timings never fail a build).

use catalogue::Date;
use rules::{Answers, Member, MemberDisability, Rules, Value, evaluate_all};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const RULES: &[u8] = include_bytes!("../../data/generated/rules.bin");

/// A displaced family of four with every fact answered.
fn family() -> Answers {
    let mut a = Answers::default();
    let yes = |b| Value::Bool(b);
    for (fact, v) in [
        ("displaced", yes(true)),
        ("home_destroyed", yes(false)),
        ("idp_registered_before_war", yes(false)),
        ("abroad", yes(false)),
        ("pregnant", yes(false)),
        ("insured", yes(true)),
        ("single_parent", yes(false)),
        ("guardian_of_orphan", yes(false)),
        ("cares_for_relative", yes(false)),
        ("mental_disorder_relative", yes(false)),
        ("new_vehicle", yes(false)),
        ("utility_debt", yes(false)),
        ("adult_abroad_60", yes(false)),
        ("bought_new_vehicle", yes(false)),
        ("idp_safe_home", yes(false)),
        ("vehicles_under_15", yes(false)),
    ] {
        a.set(fact, v);
    }
    for (fact, n) in [
        ("income_month", 12000.0),
        ("pension_month", 0.0),
        ("deposits", 0.0),
        ("largest_purchase", 0.0),
        ("currency_purchase", 0.0),
        ("idp_home_purchase", 0.0),
    ] {
        a.set(fact, Value::Number(n));
    }
    for (fact, c) in [
        ("disability_group", "none"),
        ("veteran", "no"),
        ("needs_device", "none"),
        ("home_size", "flat-small"),
    ] {
        a.set(fact, Value::Choice(c.into()));
    }
    a.set(
        "origin_community",
        Value::Place {
            code: "UA14140050000020560".into(),
            listed: true,
        },
    );
    let member = |age| Member {
        age,
        disability: MemberDisability::None,
        studying: false,
    };
    a.members = Some(vec![member(36), member(9), member(4)]);
    a
}

#[wasm_bindgen_test]
fn evaluating_the_whole_catalogue_for_one_household_in_the_browser() {
    let rules = Rules::from_binary(RULES).expect("rules.bin");
    let day = Date::new(2026, 11, 25).expect("a date");
    let answers = family();
    let verdicts = evaluate_all(&rules, &answers, day);
    assert_eq!(verdicts.len(), rules.programmes.len());
    assert!(
        verdicts.iter().all(|v| v.missing.is_empty()),
        "every fact is answered"
    );

    let runs = 1000;
    let start = js_sys::Date::now();
    for _ in 0..runs {
        std::hint::black_box(evaluate_all(&rules, &answers, day));
    }
    let per_run_us = (js_sys::Date::now() - start) * 1000.0 / runs as f64;
    console_log!("rules-bench evaluate_all_browser_us={per_run_us:.1} runs={runs}");
}
