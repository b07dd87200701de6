//! Times search as people type: every query of a realistic list, letter by letter, each prefix
//! one search, as the app runs it on every keystroke.
//!
//! ```sh
//! cargo run --release -p catalogue --example search_bench [catalogue.json communities.json]
//! ```
//!
//! Prints one JSON object on stdout: the number of keystrokes, the index build time, and the
//! median, p95, p99 and maximum microseconds per keystroke.

use catalogue::search::{SearchIndex, SearchOptions};
use catalogue::{Catalogue, Communities};
use std::path::PathBuf;
use std::time::Instant;

const QUERIES: &[&str] = &[
    "допомога",
    "dopomoha",
    "ljgjvjuf",
    "впо",
    "переселенці",
    "внутрішньо переміщені",
    "Харків",
    "kharkiv",
    "бучанська",
    "субсидія",
    "інвалідність",
    "догляд",
    "opika",
    "народження",
    "малозабезпечені",
    "сімʼї",
    "сім'ї",
    "dopomoha pry narodzhenni",
    "допомога на проживання",
    "Івано-Франківська",
    "декретні",
    "житлова субсидія для пенсіонерів",
];

/// Each measured session is repeated this many times, after one warm-up.
const RUNS: usize = 20;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/generated");
    let catalogue_path = args
        .first()
        .map_or(data.join("catalogue.json"), PathBuf::from);
    let communities_path = args
        .get(1)
        .map_or(data.join("communities.json"), PathBuf::from);
    let read = |p: &PathBuf| {
        std::fs::read_to_string(p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
    };
    let catalogue = Catalogue::from_json(&read(&catalogue_path)).expect("catalogue.json");
    let communities = Communities::from_json(&read(&communities_path)).expect("communities.json");

    let start = Instant::now();
    let index = SearchIndex::new(&catalogue, &communities);
    let build_us = start.elapsed().as_secs_f64() * 1e6;

    let opts = SearchOptions::default();
    let prefixes: Vec<String> = QUERIES
        .iter()
        .flat_map(|q| {
            let chars: Vec<char> = q.chars().collect();
            (1..=chars.len())
                .map(move |n| chars[..n].iter().collect::<String>())
                .collect::<Vec<_>>()
        })
        .collect();

    let mut hits = 0usize;
    for p in &prefixes {
        hits += index.search(p, &opts).len();
    }
    let mut samples: Vec<f64> = Vec::with_capacity(prefixes.len() * RUNS);
    let mut per_prefix: Vec<Vec<f64>> = vec![Vec::with_capacity(RUNS); prefixes.len()];
    for _ in 0..RUNS {
        for (i, p) in prefixes.iter().enumerate() {
            let t = Instant::now();
            let found = index.search(p, &opts);
            let us = t.elapsed().as_secs_f64() * 1e6;
            samples.push(us);
            per_prefix[i].push(us);
            std::hint::black_box(found);
        }
    }
    // The slowest keystrokes by their median, on stderr, to see where the time goes.
    let mut slowest: Vec<(f64, &str)> = per_prefix
        .iter_mut()
        .zip(&prefixes)
        .map(|(v, p)| {
            v.sort_by(f64::total_cmp);
            (v[v.len() / 2], p.as_str())
        })
        .collect();
    slowest.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (us, p) in slowest.iter().take(5) {
        eprintln!("slowest: {us:8.1} µs  {p:?}");
    }
    samples.sort_by(f64::total_cmp);
    let pct = |p: f64| samples[((samples.len() - 1) as f64 * p).round() as usize];
    let round = |x: f64| (x * 10.0).round() / 10.0;

    let report = serde_json::json!({
        "programmes": catalogue.programmes.len(),
        "communities": communities.communities.len(),
        "build_us": round(build_us),
        "keystrokes": prefixes.len(),
        "runs": RUNS,
        "hits_per_keystroke": round(hits as f64 / prefixes.len() as f64),
        "median_us": round(pct(0.5)),
        "p95_us": round(pct(0.95)),
        "p99_us": round(pct(0.99)),
        "max_us": round(samples[samples.len() - 1]),
    });
    println!("{report}");
}
