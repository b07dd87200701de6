//! `cargo run -p eligibility -- HOUSEHOLD.json [--date YYYY-MM-DD] [--lang uk|en]`
//!
//! Compiles the rules from their sources (so an author sees an edit at once), reads a household
//! (see the README, "Eligibility rules"), and prints each programme's verdict, estimated amount,
//! missing facts and reasons as JSON. `-` reads the household from standard input.

use catalogue::{Communities, Date, Lang, hostilities};
use rules::source::household_from_json;
use rules::{Status, Tri, evaluate_all};
use serde_json::{Value, json};
use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "usage: eligibility HOUSEHOLD.json [--date YYYY-MM-DD] [--lang uk|en]
  HOUSEHOLD.json  the household (see README, \"Eligibility rules\"); - reads standard input
  --date          the day to evaluate on (default: today, or the household's \"date\")
  --lang          the language of the reasons (default: uk)";

struct Args {
    household: String,
    date: Option<Date>,
    lang: Lang,
}

fn parse_args() -> Result<Args, String> {
    let mut household = None;
    let mut date = None;
    let mut lang = Lang::Uk;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--date" => {
                let d = args.next().ok_or("--date needs a date YYYY-MM-DD")?;
                date = Some(
                    d.parse()
                        .map_err(|_| format!("--date «{d}» is not a date YYYY-MM-DD"))?,
                );
            }
            "--lang" => {
                lang = match args.next().as_deref() {
                    Some("uk") => Lang::Uk,
                    Some("en") => Lang::En,
                    other => return Err(format!("--lang {other:?}: write uk or en")),
                }
            }
            "--help" | "-h" => return Err(String::new()),
            _ if household.is_none() => household = Some(a),
            _ => return Err(format!("unexpected argument «{a}»")),
        }
    }
    Ok(Args {
        household: household.ok_or("give the household file")?,
        date,
        lang,
    })
}

fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    Date::from_days_since_epoch((secs / 86_400) as i64).expect("a real date")
}

fn run() -> Result<Value, String> {
    let args = parse_args()?;
    let text = if args.household == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| e.to_string())?;
        s
    } else {
        std::fs::read_to_string(&args.household).map_err(|e| format!("{}: {e}", args.household))?
    };
    let household: Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: not JSON: {e}", args.household))?;
    let root = importer::Options::workspace_root();
    let programmes = importer::read_programmes(&root).map_err(|e| e.to_string())?;
    let communities_path = root.join("data/generated/communities.json");
    let communities = Communities::from_json(
        &std::fs::read_to_string(&communities_path)
            .map_err(|e| format!("{}: {e}", communities_path.display()))?,
    )
    .map_err(|e| e.to_string())?;
    let catalogue =
        importer::build_catalogue(programmes, &communities).map_err(|e| e.to_string())?;
    let rules = importer::read_rules(&root, &catalogue).map_err(|e| e.to_string())?;
    // A community, or a settlement of one the list names only in part.
    let place = |code: &str| {
        communities
            .get(code)
            .map(hostilities::origin_listing)
            .or_else(|| {
                communities
                    .settlement(code)
                    .map(|(c, s)| hostilities::settlement_listing(c, s))
            })
    };
    let answers = household_from_json(&rules, &household, &place)?;
    let day = match (args.date, household.get("date").and_then(Value::as_str)) {
        (Some(d), _) => d,
        (None, Some(d)) => d
            .parse()
            .map_err(|_| format!("\"date\": «{d}» is not YYYY-MM-DD"))?,
        (None, None) => today(),
    };
    let lang = args.lang;
    let verdicts = evaluate_all(&rules, &answers, day);
    let next = rules::screener::next_question(&rules, &answers, day).map(|(f, _)| f.id.clone());
    let out: Vec<Value> = verdicts
        .iter()
        .map(|v| {
            let title = catalogue
                .get(v.programme)
                .map(|p| p.title.get(lang).to_string())
                .unwrap_or_default();
            json!({
                "programme": v.programme,
                "title": title,
                "verdict": v.status,
                "amount": v.estimate.map(|e| json!({
                    "uah": e.value_uah,
                    "period": if e.monthly { "monthly" } else { "once" },
                    "values_of": e.values_of.to_string(),
                    "latest_known": e.stale,
                    "disputed": e.disputed,
                })),
                "missing": v.missing,
                "reasons": v.reasons.iter().map(|r| json!({
                    "met": match r.tri { Tri::Yes => json!(true), Tri::No => json!(false), Tri::Unknown => Value::Null },
                    "text": r.text.get(lang),
                })).collect::<Vec<_>>(),
                "disputes": v.disputes.iter().map(|t| t.get(lang)).collect::<Vec<_>>(),
                "would_change": v.changes.iter().map(|t| t.get(lang)).collect::<Vec<_>>(),
                "values_of": v.stale_values.map(|d| d.to_string()),
            })
        })
        .collect();
    let count = |s: Status| verdicts.iter().filter(|v| v.status == s).count();
    Ok(json!({
        "date": day.to_string(),
        "likely": count(Status::Likely),
        "maybe": count(Status::Maybe),
        "not_now": count(Status::NotNow),
        "next_question": next,
        "programmes": out,
    }))
}

fn main() -> ExitCode {
    match run() {
        Ok(v) => {
            println!("{}", serde_json::to_string_pretty(&v).expect("JSON"));
            ExitCode::SUCCESS
        }
        Err(e) if e.is_empty() => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("eligibility: {e}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}
