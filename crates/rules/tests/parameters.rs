//! A sweep over dates finds no gap and no overlap in any dated parameter (Catala's temporal
//! coverage), and every value names where it comes from.

mod common;

use catalogue::Date;

fn days(from: Date, to: Date) -> impl Iterator<Item = Date> {
    std::iter::successors(Some(from), move |d| {
        let next = rules::eval::add_days(*d, 1);
        (next <= to).then_some(next)
    })
}

#[test]
fn every_day_from_a_parameters_first_value_on_has_exactly_one_value() {
    let (rules, _) = common::load();
    let end = Date::new(2028, 12, 31).unwrap();
    for p in &rules.parameters {
        let first = p.values.iter().map(|v| v.from).min().expect("a value");
        let last_until = p.values.iter().filter_map(|v| v.until).max();
        for day in days(first, end) {
            let covering = p
                .values
                .iter()
                .filter(|v| v.from <= day && v.until.is_none_or(|u| day <= u))
                .count();
            assert!(covering <= 1, "{}: {covering} values on {day}", p.id);
            let open_ended = p.values.iter().any(|v| v.until.is_none());
            if open_ended || last_until.is_some_and(|u| day <= u) {
                assert_eq!(covering, 1, "{}: no value on {day}", p.id);
            }
            let on = p.on(day).expect("a value from the first day on");
            assert_eq!(on.stale, covering == 0, "{}: {day}", p.id);
        }
    }
}

#[test]
fn every_value_cites_its_fact_and_sources() {
    // The legal act is named only where the sources name it (no act or date from memory); the
    // fact the value rests on always is, and the importer checks it against the facts file.
    let (rules, _) = common::load();
    for p in &rules.parameters {
        for v in &p.values {
            assert!(
                !v.quote.is_empty(),
                "{} from {}: no fact cited",
                p.id,
                v.from
            );
            assert!(
                !v.sources.is_empty() && v.sources.iter().all(|s| s.starts_with("https://")),
                "{} from {}: sources",
                p.id,
                v.from
            );
        }
    }
}

#[test]
fn every_programme_with_rules_is_evaluated_on_every_month_without_surprise() {
    // A sweep of the whole catalogue over four years: the engine never panics, a "maybe" always
    // says what is missing or why it stays open.
    let (rules, _) = common::load();
    for seed in 0..20 {
        let full = rules::sample::household(&rules, seed, Date::new(2026, 11, 25).unwrap());
        for year in 2024..=2027u16 {
            for month in 1..=12u8 {
                let day = Date::new(year, month, 15).unwrap();
                for v in rules::evaluate_all(&rules, &full, day) {
                    if v.status == rules::Status::Maybe {
                        assert!(
                            !v.missing.is_empty() || !v.disputes.is_empty(),
                            "household {seed}: {} on {day} is open without a reason",
                            v.programme
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn every_fact_of_the_vocabulary_is_used_by_some_rule() {
    // A fact no rule needs would never be asked: it does not belong in the vocabulary.
    let (rules, _) = common::load();
    let mut used = Vec::new();
    for p in &rules.programmes {
        for c in &p.criteria {
            c.test.facts(&mut used);
            c.readings.iter().for_each(|r| r.facts(&mut used));
        }
        match &p.amount {
            rules::model::Formula::PerPerson {
                paid_for: Some(c), ..
            } => c.facts(&mut used),
            rules::model::Formula::Cases(cases) => {
                cases.iter().for_each(|(c, _)| c.facts(&mut used))
            }
            _ => {}
        }
        for s in &p.steps {
            used.extend(s.deadline.iter().map(|d| d.fact.clone()));
        }
    }
    let mut asked: Vec<String> = Vec::new();
    for f in used {
        let base = rules::answers::base_facts(&f);
        if base.is_empty() {
            asked.push(f);
        } else {
            asked.extend(base.iter().map(|b| b.to_string()));
        }
    }
    // Formulas read these directly.
    asked.extend(
        [
            "disability_group",
            "disability_since_childhood",
            "income_month",
            "household",
        ]
        .map(String::from),
    );
    for fact in &rules.facts {
        assert!(
            asked.contains(&fact.id),
            "no rule uses the fact «{}»",
            fact.id
        );
    }
}
