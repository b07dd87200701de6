//! The engine: every programme evaluated with three values — yes, no, not yet known — with its
//! reasons criterion by criterion, the facts still missing, and the estimated amount.

use crate::answers::{self, Answers, Known, MemberDisability, Value};
use crate::expr::{Cond, Op, Term};
use crate::model::{Criterion, Formula, InForce, Parameter, ProgrammeRules, Rules, Unit, ValueOn};
use catalogue::{Date, Text};
use serde::Serialize;
use std::cmp::Ordering;

/// Three-valued truth (Kleene's logic).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tri {
    Yes,
    No,
    Unknown,
}

/// How a programme stands for the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Every condition is met.
    Likely,
    /// Some condition is not yet known, or the sources disagree.
    Maybe,
    /// Some condition is not met (with what would change it).
    NotNow,
}

/// One condition's outcome and the sentence that explains it.
#[derive(Debug, Clone, Serialize)]
pub struct Reason<'r> {
    pub tri: Tri,
    pub text: &'r Text,
    /// Open because an amount it depends on is in another currency without a rate: the app
    /// says so in place of `text` (the words are the interface's, not the sources').
    pub unconverted: bool,
}

/// An answer in another currency that a programme's conditions or amount read: the verdict says
/// which rate converted it, or that none did (issue 16).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ForeignAmount {
    pub fact: String,
    pub amount: f64,
    /// ISO 4217.
    pub currency: String,
    /// Hryvnias for one unit, as the person gave them; `None`: not converted.
    pub rate: Option<f64>,
}

/// An estimated amount and the values it rests on.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Estimate {
    pub value_uah: f64,
    pub monthly: bool,
    /// The latest date from which a value used applies.
    pub values_of: Date,
    /// The day is past the last value the sources give: this uses that latest value.
    pub stale: bool,
    /// Another source gives another value for a parameter used.
    pub disputed: bool,
}

/// A programme's verdict.
#[derive(Debug, Clone, Serialize)]
pub struct Verdict<'r> {
    pub programme: &'r str,
    pub status: Status,
    pub reasons: Vec<Reason<'r>>,
    /// For `Maybe`: the facts still to be answered (asked facts, not derived ones), in the
    /// vocabulary's order.
    pub missing: Vec<&'r str>,
    /// Disagreements between sources that leave the verdict open or the amount uncertain.
    pub disputes: Vec<&'r Text>,
    pub estimate: Option<Estimate>,
    /// For `NotNow`: what would change it.
    pub changes: Vec<&'r Text>,
    /// The day is past the last value the sources give for a parameter the rules use: the
    /// verdict rests on the values that apply from this date.
    pub stale_values: Option<Date>,
    /// The answers in another currency this verdict rests on.
    pub foreign: Vec<ForeignAmount>,
}

#[derive(Debug, Clone, PartialEq)]
enum V {
    Bool(bool),
    Num(f64),
    Date(Date),
    Text(String),
}

impl V {
    fn cmp(&self, other: &V) -> Option<Ordering> {
        match (self, other) {
            (V::Num(a), V::Num(b)) => a.partial_cmp(b),
            (V::Date(a), V::Date(b)) => Some(a.cmp(b)),
            (V::Bool(a), V::Bool(b)) => Some(a.cmp(b)),
            (V::Text(a), V::Text(b)) => Some(a.cmp(b)),
            _ => None,
        }
    }
}

fn from_value(v: &Value) -> V {
    match v {
        Value::Bool(b) => V::Bool(*b),
        Value::Number(n) => V::Num(*n),
        Value::Date(d) => V::Date(*d),
        Value::Choice(c) => V::Text(c.clone()),
        Value::Place { code, .. } | Value::Origin { code, .. } => V::Text(code.clone()),
        // Only ever read converted (see `Ctx::fact`).
        Value::Foreign { amount, rate, .. } => {
            V::Num(answers::to_uah(*amount, *rate).unwrap_or(f64::NAN))
        }
    }
}

/// A term's value: known (perhaps with another source's value beside it), or not.
enum Tv<'r> {
    Known(V, Option<(V, &'r Text)>),
    Unknown(Vec<&'static str>, Vec<String>, Vec<&'r Text>),
    /// An amount in another currency without a rate: nothing to ask, open until it has one.
    Unconverted,
}

/// A condition's outcome, with what keeps it open.
#[derive(Debug, Clone, Default)]
struct Outcome<'r> {
    tri: Option<bool>,
    /// Asked facts whose answers could settle it (static ids of derived bases, or owned ids).
    missing: Vec<String>,
    disputes: Vec<&'r Text>,
    /// Open (also) because an amount in another currency has no rate.
    unconverted: bool,
}

impl<'r> Outcome<'r> {
    fn known(b: bool) -> Outcome<'r> {
        Outcome {
            tri: Some(b),
            ..Outcome::default()
        }
    }

    fn tri(&self) -> Tri {
        match self.tri {
            Some(true) => Tri::Yes,
            Some(false) => Tri::No,
            None => Tri::Unknown,
        }
    }

    fn combine(parts: Vec<Outcome<'r>>, all: bool) -> Outcome<'r> {
        // In `all`, one "no" decides; in `any`, one "yes".
        let decisive = !all;
        if parts.iter().any(|p| p.tri == Some(decisive)) {
            return Outcome::known(decisive);
        }
        if parts.iter().all(|p| p.tri.is_some()) {
            return Outcome::known(!decisive);
        }
        let mut out = Outcome::default();
        for p in parts.into_iter().filter(|p| p.tri.is_none()) {
            out.unconverted |= p.unconverted;
            for m in p.missing {
                if !out.missing.contains(&m) {
                    out.missing.push(m);
                }
            }
            for d in p.disputes {
                if !out.disputes.iter().any(|x| std::ptr::eq(*x, d)) {
                    out.disputes.push(d);
                }
            }
        }
        out
    }
}

/// What an evaluation looks at.
struct Ctx<'r, 'a> {
    rules: &'r Rules,
    programme: &'r ProgrammeRules,
    answers: &'a Answers,
    day: Date,
    /// The person a per-person condition is evaluated for.
    person: Option<Person>,
}

/// One person of the household, as per-person conditions see them.
#[derive(Debug, Clone, Copy)]
struct Person {
    is_self: bool,
    /// Unknown for the person using the check (the vocabulary has no age of theirs).
    age: Option<u8>,
    /// `none`, `child`, `1`, `2`, `3`; `None` while the person has not said.
    disability: Option<&'static str>,
    studying: bool,
}

impl Person {
    fn of_self(answers: &Answers) -> Person {
        Person {
            is_self: true,
            age: None,
            disability: answers.choice("disability_group").map(|g| match g {
                "1a" | "1b" => "1",
                "2" => "2",
                "3" => "3",
                _ => "none",
            }),
            studying: false,
        }
    }

    fn of_member(m: &crate::answers::Member) -> Person {
        Person {
            is_self: false,
            age: Some(m.age),
            disability: Some(m.disability.slug()),
            studying: m.studying,
        }
    }
}

impl<'r> Ctx<'r, '_> {
    fn param(&self, id: &str) -> Option<&'r Parameter> {
        self.rules.parameter(id)
    }

    fn fact(&self, id: &str) -> Tv<'r> {
        if let Some(k) = answers::derive(self.answers, id) {
            return match k {
                Known::Yes(v) => Tv::Known(from_value(&v), None),
                // Nothing to ask, yet unknown: the answer the derived fact rests on leaves it
                // open, and that answer's fact says why.
                Known::Open(f) => Tv::Unknown(
                    Vec::new(),
                    Vec::new(),
                    self.rules
                        .fact(f)
                        .and_then(|f| f.open.as_ref())
                        .into_iter()
                        .collect(),
                ),
                Known::Missing(m) => Tv::Unknown(m, Vec::new(), Vec::new()),
                Known::Unconverted(_) => Tv::Unconverted,
            };
        }
        if self.answers.unconverted(id) {
            return Tv::Unconverted;
        }
        match self.answers.values.get(id) {
            Some(v) => Tv::Known(from_value(v), None),
            None => Tv::Unknown(Vec::new(), vec![id.to_string()], Vec::new()),
        }
    }

    fn term(&self, t: &Term) -> Tv<'r> {
        match t {
            Term::Fact(f) => self.fact(f),
            Term::Param { id, times } => match self.param(id).and_then(|p| p.on(self.day)) {
                // Past the last value the sources give: never decide on it.
                Some(v) if v.stale => Tv::Unknown(Vec::new(), Vec::new(), vec![&self.rules.stale]),
                // A value whose only source is uncertain, with no alternative to compare.
                Some(ValueOn {
                    open: Some(note),
                    conflict: None,
                    ..
                }) => Tv::Unknown(Vec::new(), Vec::new(), vec![note]),
                Some(v) => Tv::Known(
                    V::Num(v.value * times),
                    v.conflict.map(|c| (V::Num(c.value * times), &c.note)),
                ),
                None => Tv::Unknown(
                    Vec::new(),
                    Vec::new(),
                    self.param(id).map(|p| &p.title).into_iter().collect(),
                ),
            },
            Term::Today => Tv::Known(V::Date(self.day), None),
            Term::Amount => match estimate(self.rules, self.programme, self.answers, self.day) {
                Ok(Some(e)) if e.stale => {
                    Tv::Unknown(Vec::new(), Vec::new(), vec![&self.rules.stale])
                }
                Ok(Some(e)) => Tv::Known(V::Num(e.value_uah), None),
                Ok(None) if reads_unconverted(&self.programme.amount, self.answers) => {
                    Tv::Unconverted
                }
                Ok(None) => Tv::Unknown(Vec::new(), Vec::new(), Vec::new()),
                Err(missing) => Tv::Unknown(Vec::new(), missing, Vec::new()),
            },
            Term::Number(n) => Tv::Known(V::Num(*n), None),
            Term::Date(d) => Tv::Known(V::Date(*d), None),
            Term::Bool(b) => Tv::Known(V::Bool(*b), None),
            Term::Text(s) => Tv::Known(V::Text(s.clone()), None),
            Term::MonthsAfter(f, n) => match self.answers.date(f) {
                Some(d) => Tv::Known(V::Date(add_months(d, *n)), None),
                None => Tv::Unknown(Vec::new(), vec![f.clone()], Vec::new()),
            },
            Term::Person(field) => match (self.person, field.as_str()) {
                (Some(p), "self") => Tv::Known(V::Bool(p.is_self), None),
                // The person using the check is taken to be an adult: children do not apply.
                (Some(p), "child") => Tv::Known(V::Bool(p.age.is_some_and(|a| a < 18)), None),
                (Some(p), "studying") => Tv::Known(V::Bool(p.studying), None),
                (Some(Person { age: Some(a), .. }), "age") => Tv::Known(V::Num(a as f64), None),
                (
                    Some(Person {
                        disability: Some(d),
                        ..
                    }),
                    "disability",
                ) => Tv::Known(V::Text(d.to_string()), None),
                (
                    Some(Person {
                        disability: None, ..
                    }),
                    "disability",
                ) => Tv::Unknown(Vec::new(), vec!["disability_group".into()], Vec::new()),
                _ => Tv::Unknown(Vec::new(), Vec::new(), Vec::new()),
            },
            Term::MonthsSince(f) => match self.answers.date(f) {
                Some(d) => Tv::Known(V::Num(months_between(d, self.day) as f64), None),
                None => Tv::Unknown(Vec::new(), vec![f.clone()], Vec::new()),
            },
        }
    }

    fn cond(&self, c: &Cond) -> Outcome<'r> {
        match c {
            Cond::Holds(t) => self.test(t, |v| matches!(v, V::Bool(true))),
            Cond::In(t, values) => self.test(
                t,
                |v| matches!(v, V::Text(s) if values.iter().any(|x| x == s)),
            ),
            Cond::Compare(a, op, b) => {
                let (a, b) = (self.term(a), self.term(b));
                match (a, b) {
                    (Tv::Known(a, alt_a), Tv::Known(b, alt_b)) => {
                        let main = compare(&a, *op, &b);
                        let mut disputes = Vec::new();
                        let mut differs = false;
                        if let Some((alt, note)) = &alt_a {
                            differs |= compare(alt, *op, &b) != main;
                            disputes.push(*note);
                        }
                        if let Some((alt, note)) = &alt_b {
                            differs |= compare(&a, *op, alt) != main;
                            disputes.push(*note);
                        }
                        if differs {
                            Outcome {
                                tri: None,
                                missing: Vec::new(),
                                disputes,
                                unconverted: false,
                            }
                        } else {
                            Outcome::known(main)
                        }
                    }
                    (a, b) => unknown_of([a, b]),
                }
            }
            Cond::Not(inner) => {
                let mut o = self.cond(inner);
                o.tri = o.tri.map(|b| !b);
                o
            }
            Cond::All(cs) => Outcome::combine(cs.iter().map(|c| self.cond(c)).collect(), true),
            Cond::Any(cs) => Outcome::combine(cs.iter().map(|c| self.cond(c)).collect(), false),
        }
    }

    fn test(&self, t: &Term, f: impl Fn(&V) -> bool) -> Outcome<'r> {
        match self.term(t) {
            Tv::Known(v, _) => Outcome::known(f(&v)),
            unknown => unknown_of([unknown]),
        }
    }
}

fn unknown_of<'r, const N: usize>(tvs: [Tv<'r>; N]) -> Outcome<'r> {
    let mut out = Outcome::default();
    // A side no answer can settle (a stale or uncertain value): asking the other side's facts
    // cannot change the outcome, so they are not missing.
    let settled_open = tvs.iter().any(|tv| match tv {
        Tv::Unknown(d, a, n) => d.is_empty() && a.is_empty() && !n.is_empty(),
        Tv::Unconverted => true,
        Tv::Known(..) => false,
    });
    for tv in tvs {
        if matches!(tv, Tv::Unconverted) {
            out.unconverted = true;
        }
        if let Tv::Unknown(derived, asked, disputes) = tv {
            for m in derived.into_iter().map(str::to_string).chain(asked) {
                if !out.missing.contains(&m) {
                    out.missing.push(m);
                }
            }
            out.disputes.extend(disputes);
        }
    }
    if settled_open {
        out.missing.clear();
    }
    out
}

fn compare(a: &V, op: Op, b: &V) -> bool {
    let Some(ord) = a.cmp(b) else {
        return false;
    };
    match op {
        Op::Eq => ord == Ordering::Equal,
        Op::Ne => ord != Ordering::Equal,
        Op::Lt => ord == Ordering::Less,
        Op::Le => ord != Ordering::Greater,
        Op::Gt => ord == Ordering::Greater,
        Op::Ge => ord != Ordering::Less,
    }
}

/// Whole months from `from` to `to` (negative when `from` is later).
pub fn months_between(from: Date, to: Date) -> i32 {
    let months =
        (to.year() as i32 - from.year() as i32) * 12 + to.month() as i32 - from.month() as i32;
    if to.day() < from.day() {
        months - 1
    } else {
        months
    }
}

/// The date `months` whole months after `d` (the last day of a shorter month if need be).
pub fn add_months(d: Date, months: u32) -> Date {
    let total = d.year() as u32 * 12 + (d.month() as u32 - 1) + months;
    let (y, m) = ((total / 12) as u16, (total % 12) as u8 + 1);
    (1..=d.day())
        .rev()
        .find_map(|day| Date::new(y, m, day))
        .expect("every month has a first day")
}

fn in_force<'r>(f: &'r InForce, day: Date) -> Outcome<'r> {
    if f.from.is_some_and(|from| day < from) || f.until.is_some_and(|until| until < day) {
        return Outcome::known(false);
    }
    let unknown_then =
        f.known_from.is_some_and(|k| day < k) || f.known_until.is_some_and(|k| k < day);
    if f.disputed_until.is_some_and(|d| day < d) || unknown_then {
        return Outcome {
            tri: None,
            missing: Vec::new(),
            disputes: vec![&f.note],
            unconverted: false,
        };
    }
    Outcome::known(true)
}

/// One criterion: its test, and every other reading the sources allow. It decides only when
/// every reading gives the same answer; a criterion resting on an uncertain fact with no other
/// reading never decides (its facts are then not worth asking).
fn criterion<'r>(ctx: &Ctx<'r, '_>, c: &'r Criterion) -> Outcome<'r> {
    let main = ctx.cond(&c.test);
    let Some(open) = &c.open else {
        return main;
    };
    if c.readings.is_empty() {
        return Outcome {
            tri: None,
            missing: Vec::new(),
            unconverted: main.unconverted,
            disputes: main.disputes.into_iter().chain([open]).collect(),
        };
    }
    let mut all = vec![main];
    all.extend(c.readings.iter().map(|r| ctx.cond(r)));
    let first = all[0].tri;
    if first.is_some() && all.iter().all(|o| o.tri == first) {
        return Outcome::known(first == Some(true));
    }
    let mut out = Outcome::default();
    for o in all {
        out.unconverted |= o.unconverted;
        for m in o.missing {
            if !out.missing.contains(&m) {
                out.missing.push(m);
            }
        }
        out.disputes.extend(o.disputes);
    }
    out.disputes.push(open);
    out
}

/// Evaluates one programme for `answers` on `day`.
pub fn evaluate<'r>(
    rules: &'r Rules,
    programme: &'r ProgrammeRules,
    answers: &Answers,
    day: Date,
) -> Verdict<'r> {
    let ctx = Ctx {
        rules,
        programme,
        answers,
        day,
        person: None,
    };
    let mut outcomes = Vec::with_capacity(programme.criteria.len() + 1);
    let mut reasons = Vec::with_capacity(programme.criteria.len() + 1);
    let mut changes = Vec::new();
    if let Some(f) = &programme.in_force {
        let o = in_force(f, day);
        if o.tri != Some(true) {
            reasons.push(Reason {
                tri: o.tri(),
                text: &f.note,
                unconverted: false,
            });
        }
        outcomes.push(o);
    }
    for c in &programme.criteria {
        let o = criterion(&ctx, c);
        let tri = o.tri();
        reasons.push(Reason {
            tri,
            text: match (&c.open, tri) {
                (_, Tri::No) => &c.unmet,
                // Open with nothing left to ask: the reason is why, and where to check (the
                // criterion's note, or that of the stale or uncertain value it uses).
                (Some(open), Tri::Unknown) if o.missing.is_empty() => open,
                (None, Tri::Unknown) if o.missing.is_empty() => {
                    o.disputes.first().copied().unwrap_or(&c.met)
                }
                _ => &c.met,
            },
            unconverted: tri == Tri::Unknown && o.unconverted,
        });
        if tri == Tri::No {
            changes.extend(c.change.as_ref());
        }
        outcomes.push(o);
    }
    let overall = Outcome::combine(outcomes, true);
    if overall.tri == Some(false) {
        // Under a "no", only what decided it (and what holds) is said: an open condition is no
        // reason, and a met one must not read as unknown.
        reasons.retain(|r| r.tri != Tri::Unknown);
    }
    let mut notes = Vec::new();
    let estimate = formula_estimate(
        rules,
        programme,
        &programme.amount,
        answers,
        day,
        &mut notes,
    )
    .ok()
    .flatten();
    // An amount past the last value the sources give is no ground for a confident "likely".
    let stale_amount = estimate.is_some_and(|e| e.stale);
    let status = match overall.tri {
        Some(true) if stale_amount => Status::Maybe,
        Some(true) => Status::Likely,
        Some(false) => Status::NotNow,
        None => Status::Maybe,
    };
    let missing = rules
        .facts
        .iter()
        .map(|f| f.id.as_str())
        .filter(|id| overall.missing.iter().any(|m| m == id))
        .collect();
    let mut disputes = overall.disputes;
    if stale_amount && overall.tri == Some(true) {
        disputes.push(&rules.stale);
    }
    if estimate.is_some_and(|e| e.disputed) {
        disputes.extend(notes);
    }
    let mut seen: Vec<&Text> = Vec::new();
    disputes.retain(|d| {
        let new = !seen.iter().any(|s| std::ptr::eq(*s, *d));
        seen.push(d);
        new
    });
    let mut params = Vec::new();
    for c in &programme.criteria {
        c.test.params(&mut params);
    }
    params.extend(programme.amount.params().into_iter().map(str::to_string));
    let stale_values = params
        .iter()
        .filter_map(|id| rules.parameter(id)?.on(day))
        .filter(|v| v.stale)
        .map(|v| v.since)
        .max();
    Verdict {
        programme: &programme.programme,
        status,
        reasons,
        missing,
        disputes,
        estimate,
        changes,
        stale_values,
        foreign: foreign_amounts(programme, answers),
    }
}

/// The facts an amount formula reads (derived ones as they are named).
fn formula_facts(formula: &Formula, out: &mut Vec<String>) {
    match formula {
        Formula::Cases(cases) => {
            for (when, f) in cases {
                when.facts(out);
                formula_facts(f, out);
            }
        }
        Formula::PerPerson {
            paid_for: Some(c), ..
        } => c.facts(out),
        Formula::BaseShares { .. } | Formula::ChildGap { .. } => out.push("income_month".into()),
        _ => {}
    }
}

/// The asked facts behind `facts`: each derived fact replaced by those it is computed from.
fn asked_facts(facts: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for f in facts {
        let base = answers::base_facts(&f);
        let more: Vec<String> = if base.is_empty() {
            vec![f]
        } else {
            base.iter().map(|b| b.to_string()).collect()
        };
        for m in more {
            if !out.contains(&m) {
                out.push(m);
            }
        }
    }
    out
}

/// Does the amount depend on an amount in another currency without a rate?
fn reads_unconverted(formula: &Formula, answers: &Answers) -> bool {
    let mut facts = Vec::new();
    formula_facts(formula, &mut facts);
    asked_facts(facts).iter().any(|f| answers.unconverted(f))
}

/// The answers in another currency that the programme's conditions or amount read.
fn foreign_amounts(programme: &ProgrammeRules, answers: &Answers) -> Vec<ForeignAmount> {
    let mut facts = Vec::new();
    for c in &programme.criteria {
        c.test.facts(&mut facts);
        c.readings.iter().for_each(|r| r.facts(&mut facts));
    }
    formula_facts(&programme.amount, &mut facts);
    asked_facts(facts)
        .into_iter()
        .filter_map(|f| match answers.values.get(&f) {
            Some(Value::Foreign {
                amount,
                currency,
                rate,
            }) => Some(ForeignAmount {
                amount: *amount,
                currency: currency.clone(),
                rate: rate.filter(|r| answers::valid_rate(*r)),
                fact: f,
            }),
            _ => None,
        })
        .collect()
}

/// Evaluates every programme that has rules.
pub fn evaluate_all<'r>(rules: &'r Rules, answers: &Answers, day: Date) -> Vec<Verdict<'r>> {
    rules
        .programmes
        .iter()
        .map(|p| evaluate(rules, p, answers, day))
        .collect()
}

/// Accumulates parameter values into an estimate.
struct Sum<'r, 'n> {
    value: f64,
    values_of: Option<Date>,
    stale: bool,
    disputed: bool,
    monthly: bool,
    /// What another source says of a value used, or why it is uncertain.
    notes: &'n mut Vec<&'r Text>,
}

impl<'r, 'n> Sum<'r, 'n> {
    fn new(notes: &'n mut Vec<&'r Text>) -> Sum<'r, 'n> {
        Sum {
            value: 0.0,
            values_of: None,
            stale: false,
            disputed: false,
            monthly: true,
            notes,
        }
    }

    /// The parameter's value on `day`, noting which values were used.
    fn get(&mut self, p: Option<&'r Parameter>, day: Date) -> Option<f64> {
        let p = p?;
        let v = p.on(day)?;
        self.values_of = Some(self.values_of.map_or(v.since, |d| d.max(v.since)));
        self.stale |= v.stale;
        if let Some(note) = v.conflict.map(|c| &c.note).or(v.open) {
            self.disputed = true;
            if !self.notes.iter().any(|n| std::ptr::eq(*n, note)) {
                self.notes.push(note);
            }
        }
        self.monthly = p.unit != Unit::UahOnce;
        Some(v.value)
    }

    fn done(self) -> Option<Estimate> {
        Some(Estimate {
            value_uah: (self.value.max(0.0) * 100.0).round() / 100.0,
            monthly: self.monthly,
            values_of: self.values_of?,
            stale: self.stale,
            disputed: self.disputed,
        })
    }
}

/// The estimated amount: `Ok(None)` when the programme has no formula (or a parameter has no
/// value yet on that day), `Err(missing facts)` when answers are still needed.
pub fn estimate(
    rules: &Rules,
    programme: &ProgrammeRules,
    answers: &Answers,
    day: Date,
) -> Result<Option<Estimate>, Vec<String>> {
    formula_estimate(
        rules,
        programme,
        &programme.amount,
        answers,
        day,
        &mut Vec::new(),
    )
}

fn formula_estimate<'r>(
    rules: &'r Rules,
    programme: &'r ProgrammeRules,
    formula: &'r Formula,
    answers: &Answers,
    day: Date,
    notes: &mut Vec<&'r Text>,
) -> Result<Option<Estimate>, Vec<String>> {
    let param = |id: &str| rules.parameter(id);
    let members = answers.members.as_deref();
    let group = answers.choice("disability_group");
    let ctx = |person| Ctx {
        rules,
        programme,
        answers,
        day,
        person,
    };
    let mut s = Sum::new(notes);
    let need = |facts: &[(&str, bool)]| -> Vec<String> {
        facts
            .iter()
            .filter(|(_, known)| !known)
            .map(|(f, _)| f.to_string())
            .collect()
    };
    match formula {
        Formula::NotEstimated => return Ok(None),
        Formula::Cases(cases) => {
            for (when, f) in cases {
                let o = ctx(None).cond(when);
                match o.tri {
                    Some(true) => {
                        return formula_estimate(rules, programme, f, answers, day, s.notes);
                    }
                    Some(false) => {}
                    None if o.missing.is_empty() => return Ok(None),
                    None => return Err(o.missing),
                }
            }
            return Ok(None);
        }
        Formula::Fixed { param: id, on } => {
            let date = match on {
                Some(f) => match answers.date(f) {
                    Some(d) => d,
                    None => return Err(vec![f.clone()]),
                },
                None => day,
            };
            let Some(v) = s.get(param(id), date) else {
                return Ok(None);
            };
            s.value = v;
        }
        Formula::PerPerson {
            child_or_disabled,
            other,
            paid_for,
        } => {
            let (Some(ms), Some(group)) = (members, group) else {
                return Err(need(&[
                    (answers::HOUSEHOLD, members.is_some()),
                    ("disability_group", group.is_some()),
                ]));
            };
            let (Some(high), Some(low)) = (
                s.get(param(child_or_disabled), day),
                s.get(param(other), day),
            ) else {
                return Ok(None);
            };
            let persons =
                std::iter::once(Person::of_self(answers)).chain(ms.iter().map(Person::of_member));
            let mut missing = Vec::new();
            let mut open = false;
            for p in persons {
                if let Some(cond) = paid_for {
                    let o = ctx(Some(p)).cond(cond);
                    match o.tri {
                        Some(true) => {}
                        Some(false) => continue,
                        None => {
                            open |= o.missing.is_empty();
                            for m in o.missing {
                                if !missing.contains(&m) {
                                    missing.push(m);
                                }
                            }
                            continue;
                        }
                    }
                }
                let higher = if p.is_self {
                    group != "none"
                } else {
                    p.age.is_some_and(|a| a < 18) || p.disability != Some("none")
                };
                s.value += if higher { high } else { low };
            }
            if !missing.is_empty() {
                return Err(missing);
            }
            if open {
                return Ok(None);
            }
        }
        Formula::DisabilityGroup {
            group1,
            group2,
            group3,
            child,
        } => {
            let since_childhood = answers.bool("disability_since_childhood");
            let needs_since = group.is_some_and(|g| g != "none") && since_childhood.is_none();
            let (Some(ms), Some(group), false) = (members, group, needs_since) else {
                return Err(need(&[
                    ("disability_group", group.is_some()),
                    ("disability_since_childhood", !needs_since),
                    (answers::HOUSEHOLD, members.is_some()),
                ]));
            };
            let own = match (group, since_childhood) {
                ("1a" | "1b", Some(true)) => Some(group1),
                ("2", Some(true)) => Some(group2),
                ("3", Some(true)) => Some(group3),
                _ => None,
            };
            if let Some(id) = own {
                s.value += s.get(param(id), day).unwrap_or(0.0);
            }
            let children = ms
                .iter()
                .filter(|m| m.disability == MemberDisability::Child)
                .count();
            if children > 0 {
                s.value += children as f64 * s.get(param(child), day).unwrap_or(0.0);
            }
        }
        Formula::Subgroup { a, b } => {
            let Some(group) = group else {
                return Err(vec!["disability_group".to_string()]);
            };
            s.value = match group {
                "1a" => s.get(param(a), day).unwrap_or(0.0),
                "1b" => s.get(param(b), day).unwrap_or(0.0),
                // The sources give amounts for subgroups A and B only.
                _ => return Ok(None),
            };
        }
        Formula::BaseShares { .. } | Formula::ChildGap { .. }
            if answers.unconverted("income_month") =>
        {
            return Ok(None);
        }
        Formula::BaseShares { base, other_share } => {
            let income = answers.number("income_month");
            let (Some(ms), Some(group), Some(income)) = (members, group, income) else {
                return Err(need(&[
                    ("disability_group", group.is_some()),
                    (answers::HOUSEHOLD, members.is_some()),
                    ("income_month", income.is_some()),
                ]));
            };
            let (Some(base), Some(share)) =
                (s.get(param(base), day), s.get(param(other_share), day))
            else {
                return Ok(None);
            };
            // The person is the first member of the family: always the full base.
            let _ = group;
            s.value = base;
            for m in ms {
                let full = m.age < 18
                    || matches!(
                        m.disability,
                        MemberDisability::Child
                            | MemberDisability::Group1
                            | MemberDisability::Group2
                    );
                s.value += if full { base } else { base * share };
            }
            s.value -= income;
        }
        Formula::ChildGap {
            under6,
            from6,
            student,
        } => {
            let income = answers.number("income_month");
            let (Some(ms), Some(income)) = (members, income) else {
                return Err(need(&[
                    (answers::HOUSEHOLD, members.is_some()),
                    ("income_month", income.is_some()),
                ]));
            };
            let per_person = income / (1.0 + ms.len() as f64);
            for m in ms {
                let id = match m.age {
                    0..=5 => under6,
                    6..=17 => from6,
                    // "до 23": under 23.
                    18..=22 if m.studying => student,
                    _ => continue,
                };
                let Some(level) = s.get(param(id), day) else {
                    return Ok(None);
                };
                s.value += (level - per_person).max(0.0);
            }
            if s.values_of.is_none() {
                // No child: nothing to pay, but the values of the day still describe the rule.
                s.get(param(from6), day);
            }
        }
    }
    Ok(s.done())
}

/// The day `n` days after `d`.
pub fn add_days(d: Date, n: u32) -> Date {
    let mut d = d;
    for _ in 0..n {
        d = Date::new(d.year(), d.month(), d.day() + 1)
            .or_else(|| Date::new(d.year(), d.month() + 1, 1))
            .or_else(|| Date::new(d.year() + 1, 1, 1))
            .expect("the first of January exists");
    }
    d
}
