//! `cargo run -p rules --release --example screener_bench`: how many questions the screener asks
//! to decide every programme, for 100 random households (against the number of facts in the
//! vocabulary), and how long evaluating the whole catalogue takes natively. Prints JSON for
//! scripts/bench.sh; the browser timing is measured by app/tests/rules_bench.rs.

use catalogue::Date;
use rules::sample::{answer_from, household};
use rules::screener::next_question;
use rules::{Answers, Rules, evaluate_all};
use std::time::Instant;

fn main() {
    let root =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/generated/rules.json");
    let json = std::fs::read_to_string(&root).expect("data/generated/rules.json: run the importer");
    let rules = Rules::from_json(&json).expect("rules.json parses");
    let day = Date::new(2026, 11, 25).expect("a date");

    let mut counts = Vec::new();
    for seed in 0..100u64 {
        let full = household(&rules, seed, day);
        let mut answers = Answers::default();
        let mut n = 0;
        while let Some((fact, _)) = next_question(&rules, &answers, day) {
            answer_from(&full, &fact.id, &mut answers);
            n += 1;
        }
        counts.push(n);
    }
    counts.sort_unstable();
    let median = (counts[49] + counts[50]) as f64 / 2.0;

    let full = household(&rules, 7, day);
    let runs = 2000;
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            let v = evaluate_all(&rules, &full, day);
            std::hint::black_box(v);
            t.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(|a, b| a.total_cmp(b));
    println!(
        "{{\"households\":100,\"facts\":{},\"programmes\":{},\"questions_median\":{median},\"questions_min\":{},\"questions_p90\":{},\"questions_max\":{},\"evaluate_all_native_median_us\":{:.1},\"evaluate_all_native_p99_us\":{:.1}}}",
        rules.facts.len(),
        rules.programmes.len(),
        counts[0],
        counts[89],
        counts[99],
        times[runs / 2],
        times[runs * 99 / 100],
    );
}
