//! Rule sources as authors write them (TOML), compiled and checked into [`Rules`]; and the
//! household format of the command-line tool and the test cases (JSON).
//!
//! Everything wrong is reported at once, each with the file and what to do.

use crate::answers::{Answers, HOUSEHOLD, Member, MemberDisability, Value, is_derived};
use crate::expr::{self, Cond};
use crate::model::*;
use catalogue::{Date, Text};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FactsFile {
    fact: Vec<FactSrc>,
    /// What the plan tells a person abroad.
    #[serde(default)]
    abroad: Vec<AbroadSrc>,
}

/// One [`AbroadNote`], as its author writes it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AbroadSrc {
    kind: String,
    text: Text,
    programme: Option<String>,
    #[serde(default)]
    countries: Vec<String>,
    basis: Vec<BasisSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FactSrc {
    id: String,
    kind: String,
    question: Text,
    hint: Option<Text>,
    why: Text,
    after: Option<String>,
    open: Option<Text>,
    min: Option<u32>,
    max: Option<u32>,
    unit: Option<Text>,
    #[serde(default)]
    options: Vec<ChoiceOption>,
    /// An amount the person may give in the currency it is paid in (money facts only).
    #[serde(default)]
    foreign: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ParametersFile {
    /// Said when a day is past the last value of a parameter a condition uses.
    stale: Text,
    parameter: Vec<ParamSrc>,
}

/// A criterion's or a value's fact, as the author cites it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BasisSrc {
    quote: String,
    sources: Vec<String>,
    status: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ParamSrc {
    id: String,
    title: Text,
    unit: String,
    values: Vec<ParamValueSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ParamValueSrc {
    from: String,
    until: Option<String>,
    value: f64,
    conflict: Option<Conflict>,
    legal: Option<String>,
    sources: Vec<String>,
    /// The exact wording of the fact in the facts file, and its status.
    quote: Option<String>,
    status: Option<String>,
    open: Option<Text>,
}

/// A programme's rules file, `data/programmes/<id>.rules.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgrammeSrc {
    pub programme: String,
    in_force: Option<InForceSrc>,
    #[serde(default)]
    criteria: Vec<CriterionSrc>,
    amount: FormulaSrc,
    #[serde(default)]
    steps: Vec<StepSrc>,
    #[serde(default)]
    stops: Vec<Text>,
    abroad: Option<Text>,
    /// Test cases, named as sentences.
    #[serde(default)]
    pub cases: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct InForceSrc {
    from: Option<String>,
    until: Option<String>,
    disputed_until: Option<String>,
    known_from: Option<String>,
    known_until: Option<String>,
    note: Text,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CriterionSrc {
    when: String,
    met: Text,
    unmet: Text,
    change: Option<Text>,
    #[serde(default)]
    basis: Vec<BasisSrc>,
    #[serde(default)]
    readings: Vec<String>,
    open: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(tag = "formula", rename_all = "kebab-case", deny_unknown_fields)]
enum FormulaSrc {
    Fixed {
        param: String,
        on: Option<String>,
    },
    PerPerson {
        child_or_disabled: String,
        other: String,
        /// A per-person condition: the amount is summed over the persons it holds for.
        paid_for: Option<String>,
    },
    /// The first case whose condition holds; each case a parameter's value (on the day, or on
    /// a date fact's date).
    Cases {
        cases: Vec<CaseSrc>,
    },
    DisabilityGroup {
        group1: String,
        group2: String,
        group3: String,
        child: String,
    },
    Subgroup {
        a: String,
        b: String,
    },
    BaseShares {
        base: String,
        other_share: String,
    },
    ChildGap {
        under6: String,
        from6: String,
        student: String,
    },
    NotEstimated,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseSrc {
    when: String,
    param: String,
    on: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StepSrc {
    id: String,
    order: u16,
    text: Text,
    place: Option<Text>,
    online: Option<String>,
    deadline: Option<DeadlineSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DeadlineSrc {
    fact: String,
    months: u32,
    text: Text,
}

/// A test case: a household, a day, and what the programme's verdict must be.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// A sentence: "In March 2024 a displaced pensioner … keeps the allowance".
    pub name: String,
    pub date: String,
    /// The household in the tool's JSON format (see [`household_from_json`]).
    pub household: serde_json::Value,
    /// `likely`, `maybe` or `not-now`.
    pub expect: String,
    pub amount: Option<f64>,
    #[serde(default)]
    pub missing: Vec<String>,
    /// Where sources disagree: which one this case follows.
    pub follows: Option<String>,
}

impl ProgrammeSrc {
    /// The programme's cases as the "How this is decided" page states them; `None` where a case's
    /// date does not parse (compiling the rules reports it).
    pub fn case_summaries(&self) -> Option<Vec<crate::model::CaseSummary>> {
        self.cases
            .iter()
            .map(|c| {
                Some(crate::model::CaseSummary {
                    programme: self.programme.clone(),
                    name: c.name.clone(),
                    date: c.date.parse().ok()?,
                    expect: c.expect.clone(),
                    amount: c.amount,
                    follows: c.follows.clone(),
                })
            })
            .collect()
    }
}

/// One source file's name and text.
#[derive(Debug, Clone, Copy)]
pub struct SourceFile<'a> {
    pub path: &'a str,
    pub text: &'a str,
}

fn date(path: &str, what: &str, s: &str, errors: &mut Vec<String>) -> Option<Date> {
    match s.parse() {
        Ok(d) => Some(d),
        Err(_) => {
            errors.push(format!(
                "{path}: {what} «{s}» is not a date: write it as YYYY-MM-DD"
            ));
            None
        }
    }
}

fn opt_date(path: &str, what: &str, s: &Option<String>, errors: &mut Vec<String>) -> Option<Date> {
    s.as_deref().and_then(|s| date(path, what, s, errors))
}

fn toml_file<T: for<'de> Deserialize<'de>>(
    f: SourceFile<'_>,
    errors: &mut Vec<String>,
) -> Option<T> {
    toml::from_str(f.text)
        .map_err(|e| errors.push(format!("{}: {}", f.path, e.to_string().trim())))
        .ok()
}

/// Compiles the vocabulary, the parameters and the programmes' rules; `known_programmes` are the
/// catalogue's ids. Returns the rules and the parsed programme sources (with their cases), or
/// every problem found.
pub fn compile(
    facts: SourceFile<'_>,
    parameters: SourceFile<'_>,
    programmes: &[SourceFile<'_>],
    known_programmes: &[&str],
    evidence: &Evidence,
) -> Result<(Rules, Vec<ProgrammeSrc>), Vec<String>> {
    let mut errors = Vec::new();
    let facts_src: Option<FactsFile> = toml_file(facts, &mut errors);
    let params_src: Option<ParametersFile> = toml_file(parameters, &mut errors);
    let mut rules = Rules {
        facts: Vec::new(),
        parameters: Vec::new(),
        programmes: Vec::new(),
        stale: Text {
            uk: String::new(),
            en: String::new(),
        },
        abroad: Vec::new(),
    };
    let (fact_srcs, abroad_srcs) = facts_src.map_or_else(Default::default, |f| (f.fact, f.abroad));
    for (i, a) in abroad_srcs.iter().enumerate() {
        let what = format!("abroad note {}", i + 1);
        let Some(kind) = AbroadKind::from_slug(&a.kind) else {
            errors.push(format!(
                "{}: {what}: kind «{}» is not one of from-abroad, stops, return, unity",
                facts.path, a.kind
            ));
            continue;
        };
        if let Some(p) = &a.programme
            && !known_programmes.contains(&p.as_str())
        {
            errors.push(format!(
                "{}: {what}: «{p}» is not a programme of the catalogue",
                facts.path
            ));
        }
        for c in &a.countries {
            if c.len() != 2 || !c.bytes().all(|b| b.is_ascii_uppercase()) {
                errors.push(format!(
                    "{}: {what}: «{c}» is not an ISO 3166-1 alpha-2 code",
                    facts.path
                ));
            }
        }
        let basis = basis(evidence, facts.path, &what, &a.basis, &mut errors);
        rules.abroad.push(AbroadNote {
            kind,
            text: a.text.clone(),
            programme: a.programme.clone(),
            countries: a.countries.clone(),
            basis,
        });
    }
    for f in fact_srcs {
        let path = facts.path;
        let kind = match f.kind.as_str() {
            "yes-no" => FactKind::YesNo,
            "number" => match (f.min, f.max, f.unit) {
                (Some(min), Some(max), Some(unit)) if min < max => {
                    FactKind::Number { min, max, unit }
                }
                _ => {
                    errors.push(format!(
                        "{path}: fact {}: a number needs min < max and a unit",
                        f.id
                    ));
                    continue;
                }
            },
            "money" => FactKind::Money,
            "date" => FactKind::Date,
            "choice" if f.options.len() >= 2 => FactKind::Choice(f.options),
            "place" => FactKind::Place,
            "settlement" => FactKind::Settlement,
            "household" => FactKind::Household,
            other => {
                errors.push(format!(
                    "{path}: fact {}: kind «{other}» is not one of yes-no, number, money, date, choice (with two options or more), place, settlement, household",
                    f.id
                ));
                continue;
            }
        };
        if f.foreign && kind != FactKind::Money {
            errors.push(format!(
                "{path}: fact {}: only an amount (money) may be foreign",
                f.id
            ));
        }
        if rules.fact(&f.id).is_some() || is_derived(&f.id) {
            errors.push(format!(
                "{path}: fact {} is defined twice (or is a derived fact)",
                f.id
            ));
        }
        rules.facts.push(Fact {
            id: f.id,
            kind,
            question: f.question,
            hint: f.hint,
            why: f.why,
            after: f.after,
            open: f.open,
            foreign: f.foreign,
        });
    }
    if rules
        .fact(HOUSEHOLD)
        .is_none_or(|f| f.kind != FactKind::Household)
    {
        errors.push(format!(
            "{}: the vocabulary needs the fact «household» of kind household",
            facts.path
        ));
    }
    for f in &rules.facts {
        if let Some(a) = &f.after
            && rules.fact(a).is_none()
        {
            errors.push(format!(
                "{}: fact {} comes after an unknown fact «{a}»",
                facts.path, f.id
            ));
        }
        // A settlement is chosen among the settlements of the community answered before it.
        if f.kind == FactKind::Settlement
            && f.after
                .as_deref()
                .and_then(|a| rules.fact(a))
                .is_none_or(|a| a.kind != FactKind::Place)
        {
            errors.push(format!(
                "{}: fact {} of kind settlement must come after a fact of kind place",
                facts.path, f.id
            ));
        }
    }
    let params_src = params_src.map(|p| {
        rules.stale = p.stale;
        p.parameter
    });
    for p in params_src.unwrap_or_default() {
        let path = parameters.path;
        let unit = match p.unit.as_str() {
            "uah-monthly" => Unit::UahMonthly,
            "uah-once" => Unit::UahOnce,
            "number" => Unit::Number,
            other => {
                errors.push(format!(
                    "{path}: parameter {}: unit «{other}» is not uah-monthly, uah-once or number",
                    p.id
                ));
                continue;
            }
        };
        let mut values = Vec::new();
        for v in p.values {
            let what = format!("parameter {}", p.id);
            let (Some(from), until) = (
                date(path, &what, &v.from, &mut errors),
                opt_date(path, &what, &v.until, &mut errors),
            ) else {
                continue;
            };
            let what = format!("parameter {} from {from}", p.id);
            let status = v.status.as_deref().and_then(Certainty::from_slug);
            let (Some(quote), Some(status)) = (&v.quote, status) else {
                errors.push(format!(
                    "{path}: {what}: cite the fact it rests on: quote = \"…\" (its exact wording in the facts file), status = official, secondary, unverified or disputed, and its sources"
                ));
                continue;
            };
            if let Err(e) = evidence.check(quote, &v.sources, status) {
                errors.push(format!("{path}: {what}: {e}"));
            }
            if !status.decides() && v.conflict.is_none() && v.open.is_none() {
                errors.push(format!(
                    "{path}: {what}: an {} value cannot decide: say why and where to check (open = {{ uk, en }}), or give the other value (conflict)",
                    status.slug()
                ));
            }
            values.push(ParamValue {
                from,
                until,
                value: v.value,
                conflict: v.conflict,
                legal: v.legal,
                sources: v.sources,
                quote: quote.clone(),
                status,
                open: v.open,
            });
        }
        values.sort_by_key(|v| v.from);
        for pair in values.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            match a.until {
                None => errors.push(format!("{path}: parameter {}: the value from {} has no end, yet another starts on {}", p.id, a.from, b.from)),
                Some(u) if crate::eval::add_days(u, 1) != b.from => errors.push(format!(
                    "{path}: parameter {}: a gap or an overlap between {u} and {}: a value must start the day after the previous one ends",
                    p.id, b.from
                )),
                _ => {}
            }
        }
        if rules.parameter(&p.id).is_some() {
            errors.push(format!("{path}: parameter {} is defined twice", p.id));
        }
        rules.parameters.push(Parameter {
            id: p.id,
            title: p.title,
            unit,
            values,
        });
    }
    let mut sources = Vec::new();
    for file in programmes {
        let Some(src) = toml_file::<ProgrammeSrc>(*file, &mut errors) else {
            continue;
        };
        match compile_programme(&rules, file.path, &src, known_programmes, evidence) {
            Ok(p) => {
                if rules.programme(&p.programme).is_some() {
                    errors.push(format!(
                        "{}: rules for {} are defined twice",
                        file.path, p.programme
                    ));
                }
                rules.programmes.push(p);
            }
            Err(mut e) => errors.append(&mut e),
        }
        sources.push(src);
    }
    rules
        .programmes
        .sort_by(|a, b| a.programme.cmp(&b.programme));
    if errors.is_empty() {
        Ok((rules, sources))
    } else {
        Err(errors)
    }
}

/// The facts file (`../shared/data/programs/programs_facts.json`): every object that names its
/// source(s), with its wording and status. A criterion or a value cites one of them.
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    entries: Vec<Entry>,
}

#[derive(Debug, Clone)]
struct Entry {
    text: String,
    urls: Vec<String>,
    status: Option<String>,
}

/// Apostrophes and spaces as the facts file may spell them.
fn norm(s: &str) -> String {
    s.replace(['’', 'ʼ', '`'], "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Hosts whose pages the facts file counts as official: the legal text, a ministry, the Pension
/// Fund, Diia.
const OFFICIAL_HOSTS: &[&str] = &[
    "zakon.rada.gov.ua",
    "pfu.gov.ua",
    "diia.gov.ua",
    "msp.gov.ua",
    "mva.gov.ua",
];

fn official_host(url: &str) -> bool {
    let host = url
        .split_once("://")
        .map_or(url, |(_, rest)| rest)
        .split('/')
        .next()
        .unwrap_or("");
    OFFICIAL_HOSTS
        .iter()
        .any(|h| host == *h || host.ends_with(&format!(".{h}")))
}

impl Evidence {
    /// Reads the facts file.
    pub fn from_json(text: &str) -> Result<Evidence, String> {
        let json: serde_json::Value =
            serde_json::from_str(text).map_err(|e| format!("the facts file is not JSON: {e}"))?;
        let mut entries = Vec::new();
        walk(&json, &mut entries);
        Ok(Evidence { entries })
    }

    /// Does the facts file give this address?
    pub fn knows_url(&self, url: &str) -> bool {
        self.entries.iter().any(|e| e.urls.iter().any(|u| u == url))
    }

    /// Is `quote` the wording of a fact the facts file gives with every URL of `sources`, and
    /// does `status` agree with what the facts file says of it?
    fn check(&self, quote: &str, sources: &[String], status: Certainty) -> Result<(), String> {
        if quote.trim().is_empty() || sources.is_empty() {
            return Err("cite the fact's exact wording and its source URL(s)".into());
        }
        let q = norm(quote);
        let found: Vec<&Entry> = self
            .entries
            .iter()
            .filter(|e| norm(&e.text).contains(&q))
            .collect();
        if found.is_empty() {
            return Err(format!(
                "«{quote}» is not the wording of any fact of the facts file"
            ));
        }
        let Some(entry) = found
            .iter()
            .find(|e| sources.iter().all(|s| e.urls.contains(s)))
        else {
            return Err(format!(
                "«{quote}»: the facts file gives it with other sources: {}",
                found[0].urls.join(", ")
            ));
        };
        let flagged = entry
            .status
            .as_deref()
            .is_some_and(|s| s.contains("unverified") || s.contains("conflict"));
        let official = entry
            .status
            .as_deref()
            .is_some_and(|s| s.starts_with("official"))
            || sources.iter().all(|u| official_host(u));
        if status == Certainty::Official && (flagged || !official) {
            return Err(format!(
                "«{quote}»: the facts file does not count it as official (status: {})",
                entry.status.as_deref().unwrap_or("none given")
            ));
        }
        Ok(())
    }
}

fn walk(v: &serde_json::Value, out: &mut Vec<Entry>) {
    match v {
        serde_json::Value::Object(o) => {
            if o.contains_key("source") || o.contains_key("sources") {
                let mut urls = Vec::new();
                for key in ["source", "sources"] {
                    match o.get(key) {
                        Some(serde_json::Value::String(u)) => urls.push(u.clone()),
                        Some(serde_json::Value::Array(a)) => {
                            urls.extend(a.iter().filter_map(|u| u.as_str().map(str::to_string)))
                        }
                        _ => {}
                    }
                }
                let mut text = String::new();
                for (k, v) in o {
                    if !matches!(k.as_str(), "source" | "sources" | "status") {
                        flatten(k, v, &mut text);
                    }
                }
                out.push(Entry {
                    text,
                    urls,
                    status: o.get("status").and_then(|s| s.as_str()).map(str::to_string),
                });
            }
            o.values().for_each(|v| walk(v, out));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
        _ => {}
    }
}

fn flatten(key: &str, v: &serde_json::Value, out: &mut String) {
    match v {
        serde_json::Value::String(s) => {
            out.push_str(s);
            out.push_str(" \u{1}");
        }
        serde_json::Value::Number(n) => {
            out.push_str(&format!("{key}: {n} \u{1}"));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|v| flatten(key, v, out)),
        serde_json::Value::Object(o) => o.iter().for_each(|(k, v)| flatten(k, v, out)),
        _ => {}
    }
}

fn basis(
    evidence: &Evidence,
    path: &str,
    what: &str,
    src: &[BasisSrc],
    errors: &mut Vec<String>,
) -> Vec<Basis> {
    if src.is_empty() {
        errors.push(format!(
            "{path}: {what}: cite the fact it rests on: basis = [{{ quote = \"…\", sources = [\"…\"], status = \"secondary\" }}]"
        ));
    }
    let mut out = Vec::new();
    for b in src {
        let Some(status) = Certainty::from_slug(&b.status) else {
            errors.push(format!(
                "{path}: {what}: status «{}» is not official, secondary, unverified or disputed",
                b.status
            ));
            continue;
        };
        if let Err(e) = evidence.check(&b.quote, &b.sources, status) {
            errors.push(format!("{path}: {what}: {e}"));
        }
        out.push(Basis {
            quote: b.quote.clone(),
            sources: b.sources.clone(),
            status,
        });
    }
    out
}

fn check_param(rules: &Rules, path: &str, id: &str, errors: &mut Vec<String>) {
    if rules.parameter(id).is_none() {
        errors.push(format!(
            "{path}: unknown parameter «{id}»: define it in data/rules/parameters.toml"
        ));
    }
}

fn compile_programme(
    rules: &Rules,
    path: &str,
    src: &ProgrammeSrc,
    known: &[&str],
    evidence: &Evidence,
) -> Result<ProgrammeRules, Vec<String>> {
    let mut errors = Vec::new();
    if !known.contains(&src.programme.as_str()) {
        errors.push(format!(
            "{path}: «{}» is not a programme of the catalogue",
            src.programme
        ));
    }
    let in_force = src.in_force.as_ref().map(|f| InForce {
        from: opt_date(path, "in_force.from", &f.from, &mut errors),
        until: opt_date(path, "in_force.until", &f.until, &mut errors),
        disputed_until: opt_date(
            path,
            "in_force.disputed_until",
            &f.disputed_until,
            &mut errors,
        ),
        known_from: opt_date(path, "in_force.known_from", &f.known_from, &mut errors),
        known_until: opt_date(path, "in_force.known_until", &f.known_until, &mut errors),
        note: f.note.clone(),
    });
    let mut criteria = Vec::new();
    for c in &src.criteria {
        let what = format!("condition «{}»", c.when);
        let basis = basis(evidence, path, &what, &c.basis, &mut errors);
        let mut readings = Vec::new();
        for r in &c.readings {
            match expr::parse(r) {
                Ok(test) => {
                    check_cond(rules, path, r, &test, &mut errors);
                    readings.push(test);
                }
                Err(e) => errors.push(format!("{path}: reading «{r}»: {e}")),
            }
        }
        let uncertain = basis.iter().any(|b| !b.status.decides());
        // A disputed threshold whose other value is a parameter's `conflict` is compared both
        // ways by the engine: a value that meets both decides.
        let both_ways = expr::parse(&c.when).is_ok_and(|t| {
            let mut ps = Vec::new();
            t.params(&mut ps);
            ps.iter().any(|p| {
                rules
                    .parameter(p)
                    .is_some_and(|p| p.values.iter().any(|v| v.conflict.is_some()))
            })
        });
        if (uncertain && !both_ways || !readings.is_empty()) && c.open.is_none() {
            errors.push(format!(
                "{path}: {what} rests on an unverified or disputed fact (or has other readings): it cannot decide by itself; say why and where to check (open = {{ uk, en }})"
            ));
        }
        match expr::parse(&c.when) {
            Ok(test) if test.about_person() => errors.push(format!(
                "{path}: {what}: person.… is only for an amount's paid_for"
            )),
            Ok(test) => {
                check_cond(rules, path, &c.when, &test, &mut errors);
                criteria.push(Criterion {
                    test,
                    met: c.met.clone(),
                    unmet: c.unmet.clone(),
                    change: c.change.clone(),
                    basis,
                    readings,
                    open: c.open.clone(),
                });
            }
            Err(e) => errors.push(format!("{path}: condition «{}»: {e}", c.when)),
        }
    }
    let amount = match &src.amount {
        FormulaSrc::Fixed { param, on } => {
            if let Some(f) = on
                && rules.fact(f).is_none_or(|f| f.kind != FactKind::Date)
            {
                errors.push(format!("{path}: amount on «{f}»: it must be a date fact"));
            }
            Formula::Fixed {
                param: param.clone(),
                on: on.clone(),
            }
        }
        FormulaSrc::PerPerson {
            child_or_disabled,
            other,
            paid_for,
        } => Formula::PerPerson {
            child_or_disabled: child_or_disabled.clone(),
            other: other.clone(),
            paid_for: paid_for.as_ref().and_then(|src| match expr::parse(src) {
                Ok(c) => {
                    check_cond(rules, path, src, &c, &mut errors);
                    Some(c)
                }
                Err(e) => {
                    errors.push(format!("{path}: amount paid_for «{src}»: {e}"));
                    None
                }
            }),
        },
        FormulaSrc::Cases { cases } => {
            let mut out = Vec::new();
            for c in cases {
                if let Some(f) = &c.on
                    && rules.fact(f).is_none_or(|f| f.kind != FactKind::Date)
                {
                    errors.push(format!("{path}: amount on «{f}»: it must be a date fact"));
                }
                match expr::parse(&c.when) {
                    Ok(when) if when.about_person() => errors.push(format!(
                        "{path}: amount case «{}»: person.… is only for paid_for",
                        c.when
                    )),
                    Ok(when) => {
                        check_cond(rules, path, &c.when, &when, &mut errors);
                        out.push((
                            when,
                            Formula::Fixed {
                                param: c.param.clone(),
                                on: c.on.clone(),
                            },
                        ));
                    }
                    Err(e) => errors.push(format!("{path}: amount case «{}»: {e}", c.when)),
                }
            }
            Formula::Cases(out)
        }
        FormulaSrc::DisabilityGroup {
            group1,
            group2,
            group3,
            child,
        } => Formula::DisabilityGroup {
            group1: group1.clone(),
            group2: group2.clone(),
            group3: group3.clone(),
            child: child.clone(),
        },
        FormulaSrc::Subgroup { a, b } => Formula::Subgroup {
            a: a.clone(),
            b: b.clone(),
        },
        FormulaSrc::BaseShares { base, other_share } => Formula::BaseShares {
            base: base.clone(),
            other_share: other_share.clone(),
        },
        FormulaSrc::ChildGap {
            under6,
            from6,
            student,
        } => Formula::ChildGap {
            under6: under6.clone(),
            from6: from6.clone(),
            student: student.clone(),
        },
        FormulaSrc::NotEstimated => Formula::NotEstimated,
    };
    let programme = ProgrammeRules {
        programme: src.programme.clone(),
        in_force,
        criteria,
        amount,
        steps: Vec::new(),
        stops: src.stops.clone(),
        abroad: src.abroad.clone(),
    };
    for id in programme.amount.params() {
        check_param(rules, path, id, &mut errors);
    }
    let mut programme = programme;
    for s in &src.steps {
        if let Some(d) = &s.deadline
            && rules.fact(&d.fact).is_none_or(|f| f.kind != FactKind::Date)
        {
            errors.push(format!(
                "{path}: step {}: the deadline counts from «{}», which must be a date fact",
                s.id, d.fact
            ));
        }
        if let Some(url) = &s.online
            && !evidence.knows_url(url)
        {
            errors.push(format!(
                "{path}: step {}: online «{url}» is not an address the facts file gives",
                s.id
            ));
        }
        programme.steps.push(Step {
            id: s.id.clone(),
            order: s.order,
            text: s.text.clone(),
            place: s.place.clone(),
            online: s.online.clone(),
            deadline: s.deadline.as_ref().map(|d| Deadline {
                fact: d.fact.clone(),
                months: d.months,
                text: d.text.clone(),
            }),
        });
    }
    if errors.is_empty() {
        Ok(programme)
    } else {
        Err(errors)
    }
}

fn check_cond(rules: &Rules, path: &str, src: &str, c: &Cond, errors: &mut Vec<String>) {
    use crate::local::VocabularyProblem as P;
    for problem in crate::local::vocabulary_problems(rules, c) {
        errors.push(match problem {
            P::UnknownFact(f) => format!(
                "{path}: condition «{src}»: unknown fact «{f}»: define it in data/rules/facts.toml"
            ),
            P::UnknownParameter(id) => {
                format!("{path}: unknown parameter «{id}»: define it in data/rules/parameters.toml")
            }
            P::NotAnAnswer { fact, value } => {
                format!("{path}: condition «{src}»: «{value}» is not an answer of {fact}")
            }
            P::InNeedsChoice(_) => format!("{path}: condition «{src}»: «in» needs a choice fact"),
        });
    }
}

/// Reads a household in the tool's JSON format:
///
/// ```json
/// { "answers": { "age": 34, "displaced": true, "origin_community": "UA14…",
///                "baby_birth_date": "2026-05-01", "disability_group": "none" },
///   "members": [ { "age": 7 }, { "age": 3, "disability": "child" } ] }
/// ```
///
/// `members` absent: not yet known; `[]`: the person lives alone. A place is a community code;
/// `listed` says whether it is on the list of hostilities or occupation (give it as
/// `{ "code": "…", "listed": true }`, or let `place_listed` look the code up: what the list says
/// of it, `Parts` where it names only part of it). A settlement is the code of a settlement of
/// such a community, which `place_listed` looks up too (or `{ "code": "…", "listing": "Listed" }`).
pub fn household_from_json(
    rules: &Rules,
    json: &serde_json::Value,
    place_listed: &dyn Fn(&str) -> Option<crate::answers::OriginListing>,
) -> Result<Answers, String> {
    let obj = json
        .as_object()
        .ok_or("the household must be a JSON object with «answers» and «members»")?;
    for key in obj.keys() {
        if !matches!(key.as_str(), "answers" | "members" | "unknown" | "date") {
            return Err(format!(
                "unknown key «{key}»: a household has «answers», «members», «unknown» and «date»"
            ));
        }
    }
    let mut answers = Answers::default();
    if let Some(values) = obj.get("answers") {
        let values = values
            .as_object()
            .ok_or("«answers» must be an object of fact: value")?;
        for (id, v) in values {
            let fact = rules.fact(id).ok_or_else(|| {
                format!("«{id}» is not a fact of the vocabulary (see data/rules/facts.toml)")
            })?;
            let value = match (&fact.kind, v) {
                (FactKind::YesNo, serde_json::Value::Bool(b)) => Value::Bool(*b),
                (FactKind::Number { min, max, .. }, v) if v.as_f64().is_some() => {
                    let n = v.as_f64().unwrap_or_default();
                    if n < *min as f64 || n > *max as f64 {
                        return Err(format!("«{id}» must be between {min} and {max}; it is {n}"));
                    }
                    Value::Number(n)
                }
                (FactKind::Money, v) if v.as_f64().is_some_and(|n| n >= 0.0) => {
                    Value::Number(v.as_f64().unwrap_or_default())
                }
                (FactKind::Date, serde_json::Value::String(s)) => Value::Date(
                    s.parse()
                        .map_err(|_| format!("«{id}»: «{s}» is not a date YYYY-MM-DD"))?,
                ),
                (FactKind::Choice(options), serde_json::Value::String(s)) => {
                    if !options.iter().any(|o| &o.value == s) {
                        let all: Vec<&str> = options.iter().map(|o| o.value.as_str()).collect();
                        return Err(format!("«{id}»: «{s}» is not one of {}", all.join(", ")));
                    }
                    Value::Choice(s.clone())
                }
                (FactKind::Place, serde_json::Value::String(code)) => {
                    let listing = place_listed(code).ok_or_else(|| {
                        format!("«{id}»: «{code}» is not a community code of the codifier")
                    })?;
                    Value::Origin {
                        code: code.clone(),
                        listing,
                    }
                }
                (FactKind::Settlement, serde_json::Value::String(code)) => {
                    let listing = place_listed(code).ok_or_else(|| {
                        format!(
                            "«{id}»: «{code}» is not the code of a settlement of a community the list names only in part"
                        )
                    })?;
                    Value::Origin {
                        code: code.clone(),
                        listing,
                    }
                }
                (FactKind::Place | FactKind::Settlement, serde_json::Value::Object(o))
                    if o.contains_key("listing") =>
                {
                    let code = o.get("code").and_then(|c| c.as_str()).ok_or_else(|| {
                        format!("«{id}»: a place with a listing needs its «code»")
                    })?;
                    let listing = serde_json::from_value(o["listing"].clone()).map_err(|_| {
                        format!(
                            "«{id}»: «listing» is \"Listed\", \"NotListed\", \"Unsettled\" or \"Parts\""
                        )
                    })?;
                    Value::Origin {
                        code: code.to_string(),
                        listing,
                    }
                }
                (FactKind::Place, serde_json::Value::Object(o)) => match (
                    o.get("code").and_then(|c| c.as_str()),
                    o.get("listed").and_then(|l| l.as_bool()),
                ) {
                    (Some(code), Some(listed)) => Value::Place {
                        code: code.to_string(),
                        listed,
                    },
                    _ => {
                        return Err(format!(
                            "«{id}»: a place is a code, or {{ \"code\": …, \"listed\": true|false }}"
                        ));
                    }
                },
                (FactKind::Household, _) => {
                    return Err("give the household as «members», not as an answer".into());
                }
                (kind, v) => return Err(format!("«{id}» expects {}, not {v}", kind_name(kind))),
            };
            answers.set(id, value);
        }
    }
    if let Some(members) = obj.get("members") {
        let list = members
            .as_array()
            .ok_or("«members» must be a list of { age, disability, studying }")?;
        let mut out = Vec::new();
        for (i, m) in list.iter().enumerate() {
            let n = i + 1;
            let age = m
                .get("age")
                .and_then(|a| a.as_u64())
                .filter(|a| *a <= 120)
                .ok_or_else(|| {
                    format!("member {n}: «age» must be a whole number of years from 0 to 120")
                })?;
            let disability = match m.get("disability") {
                None => MemberDisability::None,
                Some(d) => d
                    .as_str()
                    .and_then(MemberDisability::from_slug)
                    .ok_or_else(|| {
                        format!("member {n}: «disability» is one of none, child, 1, 2, 3")
                    })?,
            };
            let studying = match m.get("studying") {
                None => false,
                Some(s) => s
                    .as_bool()
                    .ok_or_else(|| format!("member {n}: «studying» is true or false"))?,
            };
            out.push(Member {
                age: age as u8,
                disability,
                studying,
            });
        }
        answers.members = Some(out);
    }
    if let Some(unknown) = obj.get("unknown") {
        for id in unknown
            .as_array()
            .ok_or("«unknown» must be a list of fact ids")?
        {
            let id = id.as_str().ok_or("«unknown» must be a list of fact ids")?;
            answers.decline(id);
        }
    }
    Ok(answers)
}

fn kind_name(kind: &FactKind) -> &'static str {
    match kind {
        FactKind::YesNo => "true or false",
        FactKind::Number { .. } => "a whole number",
        FactKind::Money => "an amount in hryvnias (a number, 0 or more)",
        FactKind::Date => "a date \"YYYY-MM-DD\"",
        FactKind::Choice(_) => "one of its choices (a string)",
        FactKind::Place => "a community code",
        FactKind::Settlement => "a settlement code",
        FactKind::Household => "a list of members",
    }
}
