//! `cargo run -p eligibility -- HOUSEHOLD.json [--date YYYY-MM-DD] [--lang uk|en]
//! [--income-abroad AMOUNT:CURRENCY [--rate CURRENCY=UAH]]`
//!
//! Compiles the rules from their sources (so an author sees an edit at once), reads a household
//! (see the README, "Eligibility rules"), and prints each programme's verdict, estimated amount,
//! missing facts and reasons as JSON. `-` reads the household from standard input.
//!
//! An income earned abroad is given as the check takes it (issue 16): the amount in the currency
//! it is paid in and, if known, the hryvnias for one unit (the National Bank's rate, which the
//! person looks up) — the engine's `Value::Foreign`, converted by `rules::answers::to_uah`, so the
//! tool and the check answer the same. Each verdict lists under `foreign` the amounts it rests on
//! and the rate used (`null`: not converted, and what depends on it stays open).

use catalogue::{Communities, Date, Lang, hostilities};
use rules::currency::{Currencies, HRYVNIA};
use rules::source::household_from_json;
use rules::{Status, Tri, evaluate_all};
use serde_json::{Value, json};
use std::io::Read;
use std::process::ExitCode;

/// For rule authors and auditors: a household as JSON in, every programme's verdict, estimated
/// amount, missing facts and reasons as JSON out.
#[derive(clap::Parser)]
#[command(name = "eligibility")]
struct Args {
    /// The household (see README, "Eligibility rules"); - reads standard input
    #[arg(value_name = "HOUSEHOLD.json")]
    household: String,
    /// The day to evaluate on, YYYY-MM-DD (default: today, or the household's "date")
    #[arg(long, value_parser = parse_date)]
    date: Option<Date>,
    /// The language of the reasons: uk or en
    #[arg(long, value_parser = parse_lang, default_value = "uk")]
    lang: Lang,
    /// The family's monthly income in the currency it is paid in, e.g. 1200:PLN (replaces the
    /// household's income in hryvnias)
    #[arg(long, value_name = "AMOUNT:CURRENCY", value_parser = parse_income_abroad, allow_hyphen_values = true)]
    income_abroad: Option<(f64, String)>,
    /// Hryvnias for one unit of that currency, e.g. PLN=10.43 (the National Bank's rate); without
    /// it the income is not converted and what depends on it stays open
    #[arg(long, value_name = "CURRENCY=UAH", value_parser = parse_rate)]
    rate: Option<(String, f64)>,
}

fn parse_date(text: &str) -> Result<Date, String> {
    text.parse()
        .map_err(|_| format!("--date «{text}» is not a date YYYY-MM-DD"))
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    match text {
        "uk" => Ok(Lang::Uk),
        "en" => Ok(Lang::En),
        other => Err(format!("--lang «{other}»: write uk or en")),
    }
}

/// A number as typed: a decimal point or comma, no spaces.
fn number(text: &str) -> Option<f64> {
    let n: f64 = text.trim().replace(',', ".").parse().ok()?;
    n.is_finite().then_some(n)
}

/// `1200:PLN` (or `1200 PLN`): an amount of 0 or more and a three-letter currency code.
fn parse_income_abroad(text: &str) -> Result<(f64, String), String> {
    let problem = || {
        format!(
            "--income-abroad «{text}»: write the amount and the currency's ISO 4217 code, e.g. 1200:PLN"
        )
    };
    let (amount, currency) = text.split_once([':', ' ']).ok_or_else(problem)?;
    let amount = number(amount).filter(|a| *a >= 0.0).ok_or_else(problem)?;
    let currency = currency.trim().to_ascii_uppercase();
    if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(problem());
    }
    Ok((amount, currency))
}

/// `PLN=10.43`: a currency and the hryvnias for one unit, above zero.
fn parse_rate(text: &str) -> Result<(String, f64), String> {
    let problem = || {
        format!(
            "--rate «{text}»: write the currency and the hryvnias for one unit (above zero), e.g. PLN=10.43"
        )
    };
    let (currency, rate) = text.split_once('=').ok_or_else(problem)?;
    let rate = number(rate)
        .filter(|r| rules::answers::valid_rate(*r))
        .ok_or_else(problem)?;
    Ok((currency.trim().to_ascii_uppercase(), rate))
}

/// The income abroad as the engine takes it: on the fact the vocabulary marks as payable in
/// another currency, in a currency of the table the check offers, with the rate given for it.
fn foreign_income(
    rules: &rules::Rules,
    currencies: &Currencies,
    income: (f64, String),
    rate: Option<(String, f64)>,
) -> Result<(String, rules::Value), String> {
    let (amount, currency) = income;
    let fact = match rules
        .facts
        .iter()
        .filter(|f| f.foreign)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [fact] => fact.id.clone(),
        facts => {
            return Err(format!(
                "--income-abroad: the vocabulary marks {} facts as payable in another currency, not one",
                facts.len()
            ));
        }
    };
    if currency == HRYVNIA {
        return Err(format!(
            "--income-abroad: an income in hryvnias goes in the household's «{fact}»"
        ));
    }
    if currencies.get(&currency).is_none() {
        return Err(format!(
            "--income-abroad: «{currency}» is not a currency of data/generated/currencies.json"
        ));
    }
    let rate = match rate {
        None => None,
        Some((c, r)) if c == currency => Some(r),
        Some((c, _)) => {
            return Err(format!(
                "--rate is for {c}, but the income abroad is in {currency}"
            ));
        }
    };
    Ok((
        fact,
        rules::Value::Foreign {
            amount,
            currency,
            rate,
        },
    ))
}

fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    Date::from_days_since_epoch((secs / 86_400) as i64).expect("a real date")
}

fn run() -> Result<Value, String> {
    let args = <Args as clap::Parser>::parse();
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
    let mut answers = household_from_json(&rules, &household, &place)?;
    match (args.income_abroad, args.rate) {
        (Some(income), rate) => {
            let path = root.join("data/generated/currencies.json");
            let currencies: Currencies = serde_json::from_str(
                &std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?,
            )
            .map_err(|e| format!("{}: {e}", path.display()))?;
            let (fact, value) = foreign_income(&rules, &currencies, income, rate)?;
            answers.set(&fact, value);
        }
        (None, Some(_)) => return Err("--rate goes with --income-abroad".into()),
        (None, None) => {}
    }
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
                "foreign": v.foreign.iter().map(|f| json!({
                    "fact": f.fact,
                    "amount": f.amount,
                    "currency": f.currency,
                    "rate": f.rate,
                    "uah": rules::answers::to_uah(f.amount, f.rate),
                })).collect::<Vec<_>>(),
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
        Err(e) => {
            eprintln!("eligibility: {e}\n(eligibility --help says what it takes)");
            ExitCode::from(2)
        }
    }
}
