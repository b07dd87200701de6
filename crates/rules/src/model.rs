//! The compiled rules: the vocabulary of facts, dated parameters and each programme's rules.

use crate::expr::Cond;
use catalogue::{Date, Text};
use serde::{Deserialize, Serialize};

/// Everything the engine needs, as the importer writes it to `data/generated/rules.{json,bin}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rules {
    /// The vocabulary, in the order a person would expect to be asked (ties in the screener are
    /// broken by this order).
    pub facts: Vec<Fact>,
    pub parameters: Vec<Parameter>,
    pub programmes: Vec<ProgrammeRules>,
    /// Said when the day is past the last value the sources give for a parameter a condition
    /// uses: the condition stays open ("maybe"), never decided on a stale value.
    pub stale: Text,
    /// What a person living abroad can do from there, what stops and what a return changes,
    /// each resting on the facts file (see [`crate::plan::abroad`]).
    pub abroad: Vec<AbroadNote>,
}

/// One thing the plan tells a person who lives abroad.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AbroadNote {
    pub kind: AbroadKind,
    pub text: Text,
    /// The catalogue's programme it is about, if one.
    pub programme: Option<String>,
    /// The countries (ISO 3166-1 alpha-2) it concerns; none: every country.
    pub countries: Vec<String>,
    /// The facts it rests on.
    pub basis: Vec<Basis>,
}

/// What an [`AbroadNote`] is about, in the order the plan shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AbroadKind {
    /// What can be applied for from abroad, and how.
    FromAbroad,
    /// What stops, or is not given, while abroad.
    Stops,
    /// What a return changes, and its steps.
    Return,
    /// Where Ukraine's state receives its citizens abroad (the Unity Hubs the facts name).
    Unity,
}

impl AbroadKind {
    pub fn from_slug(s: &str) -> Option<AbroadKind> {
        match s {
            "from-abroad" => Some(AbroadKind::FromAbroad),
            "stops" => Some(AbroadKind::Stops),
            "return" => Some(AbroadKind::Return),
            "unity" => Some(AbroadKind::Unity),
            _ => None,
        }
    }
}

/// How sure the sources are of a fact, after `../shared/data/programs/programs_facts.json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Certainty {
    /// The legal text, or a page of a ministry, the Pension Fund or Diia.
    Official,
    /// A community's page or news restating an official source.
    Secondary,
    /// A single weak source, or one the facts file flags as unverified.
    Unverified,
    /// Sources disagree.
    Disputed,
}

impl Certainty {
    /// Can a condition resting on it decide by itself?
    pub fn decides(self) -> bool {
        matches!(self, Certainty::Official | Certainty::Secondary)
    }

    pub fn slug(self) -> &'static str {
        match self {
            Certainty::Official => "official",
            Certainty::Secondary => "secondary",
            Certainty::Unverified => "unverified",
            Certainty::Disputed => "disputed",
        }
    }

    pub fn from_slug(s: &str) -> Option<Certainty> {
        [
            Certainty::Official,
            Certainty::Secondary,
            Certainty::Unverified,
            Certainty::Disputed,
        ]
        .into_iter()
        .find(|c| c.slug() == s)
    }
}

/// The fact of the sources a criterion or a value rests on: its exact wording in the facts file,
/// the source URL(s) the facts file gives for it, and their status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Basis {
    /// The exact wording, as the facts file has it.
    pub quote: String,
    pub sources: Vec<String>,
    pub status: Certainty,
}

/// A fact about the person or the household that rules may depend on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub id: String,
    pub kind: FactKind,
    pub question: Text,
    pub hint: Option<Text>,
    /// Why the portal asks: shown under the question.
    pub why: Text,
    /// Ask only after this fact has an answer (e.g. days abroad after "do you live abroad").
    pub after: Option<String>,
    /// Why an answer may leave a rule open where the sources do not settle it (a community the
    /// list names only in ended periods), and where to check.
    pub open: Option<Text>,
    /// An amount that may be paid in another currency (an income earned abroad): the person may
    /// give it in that currency, with the rate (see [`crate::answers::Value::Foreign`]).
    #[serde(default)]
    pub foreign: bool,
}

/// What kind of answer a fact takes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum FactKind {
    YesNo,
    /// A whole number, such as an age or a count of days.
    Number {
        min: u32,
        max: u32,
        unit: Text,
    },
    /// An amount in hryvnias.
    Money,
    Date,
    Choice(Vec<ChoiceOption>),
    /// A community of the codifier (by code); the app and the tool say whether it is on the list
    /// of territories of hostilities or occupation.
    Place,
    /// The other people who live with the person, added one by one.
    Household,
    /// A settlement of the community answered to the fact this one comes `after` (by code),
    /// chosen among that community's settlements where the list names only part of it; the app
    /// and the tool say what the list says of it.
    Settlement,
}

/// One answer of a choice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChoiceOption {
    pub value: String,
    pub label: Text,
}

/// A dated parameter: an amount or threshold whose value changes over time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Parameter {
    pub id: String,
    pub title: Text,
    pub unit: Unit,
    /// In date order, without gaps or overlaps (a test sweeps them).
    pub values: Vec<ParamValue>,
}

/// What a parameter measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Unit {
    /// Hryvnias a month.
    UahMonthly,
    /// Hryvnias, once.
    UahOnce,
    /// A plain number (a share, a count).
    Number,
}

/// A parameter's value over a period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParamValue {
    pub from: Date,
    /// The last day; `None` while no end is known.
    pub until: Option<Date>,
    pub value: f64,
    /// Another official or secondary source gives another value for the same period.
    pub conflict: Option<Conflict>,
    /// The legal act the value comes from, as cited.
    pub legal: Option<String>,
    pub sources: Vec<String>,
    /// The fact the value rests on (its wording and status); `sources` are its URLs.
    pub quote: String,
    pub status: Certainty,
    /// For a value whose only source is unverified or disputed (no alternative value known):
    /// why it is uncertain and where to check. A condition that uses it stays open.
    pub open: Option<Text>,
}

/// A value that another source gives, and what the person should know about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    pub value: f64,
    pub note: Text,
}

/// The rules of one programme of the catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProgrammeRules {
    /// The catalogue id.
    pub programme: String,
    /// When the programme takes new applications.
    pub in_force: Option<InForce>,
    /// All must be met.
    pub criteria: Vec<Criterion>,
    pub amount: Formula,
    /// The steps of the route of support, merged with other programmes' steps by id.
    pub steps: Vec<Step>,
    /// What stops the payment once granted.
    pub stops: Vec<Text>,
    /// What living abroad, or coming back, changes.
    pub abroad: Option<Text>,
}

/// When a programme takes new applications, and what sources disagree about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InForce {
    pub from: Option<Date>,
    pub until: Option<Date>,
    /// Another source says the programme starts only on this later date.
    pub disputed_until: Option<Date>,
    /// The sources describe the programme from here on only: earlier days stay open.
    pub known_from: Option<Date>,
    /// The sources end here: later days cannot be sure the programme still runs as described.
    pub known_until: Option<Date>,
    /// Shown when the programme does not (or may not) take applications on the day.
    pub note: Text,
}

/// One condition of a programme, with its reasons in both languages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Criterion {
    pub test: Cond,
    /// Said when the condition holds ("You moved from a community on the list …").
    pub met: Text,
    /// Said when it does not.
    pub unmet: Text,
    /// What would change a "no".
    pub change: Option<Text>,
    /// The facts of the sources it rests on.
    pub basis: Vec<Basis>,
    /// Other readings the sources allow (a disputed or unverified fact): the criterion decides
    /// only when every reading agrees with `test`.
    pub readings: Vec<Cond>,
    /// Why the criterion may stay open and where to check: required when it rests on an
    /// unverified or disputed fact. Without `readings`, such a criterion never decides.
    pub open: Option<Text>,
}

/// How the amount is estimated. The shapes are code; every number is a parameter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Formula {
    /// A parameter's value on the day, or on the date of a fact (a child's birth date).
    Fixed { param: String, on: Option<String> },
    /// Per person in the household: one value for a child or a person with a disability, another
    /// for everyone else; summed over the persons for whom `paid_for` holds (everyone without
    /// it). `paid_for` is a per-person condition (`person.…`).
    PerPerson {
        child_or_disabled: String,
        other: String,
        paid_for: Option<Cond>,
    },
    /// The first case whose condition holds (an unknown condition leaves the amount unknown).
    Cases(Vec<(Cond, Formula)>),
    /// By the person's disability group, plus the child value for each child with a disability.
    DisabilityGroup {
        group1: String,
        group2: String,
        group3: String,
        child: String,
    },
    /// The care supplement by subgroup of group I.
    Subgroup { a: String, b: String },
    /// A base value for each person (full for the first person, each child and each person with a
    /// group I–II disability; a share for the others) minus the household's monthly income.
    BaseShares { base: String, other_share: String },
    /// For each child (under 18, or 18–23 and studying): the child's subsistence minimum by age
    /// minus the household's income per person, never below zero.
    ChildGap {
        under6: String,
        from6: String,
        student: String,
    },
    /// The sources give no formula the portal can apply; the page shows the catalogue's amounts.
    NotEstimated,
}

impl Formula {
    /// The parameters the formula reads.
    pub fn params(&self) -> Vec<&str> {
        match self {
            Formula::Fixed { param, .. } => vec![param],
            Formula::PerPerson {
                child_or_disabled,
                other,
                ..
            } => vec![child_or_disabled, other],
            Formula::Cases(cases) => cases.iter().flat_map(|(_, f)| f.params()).collect(),
            Formula::DisabilityGroup {
                group1,
                group2,
                group3,
                child,
            } => vec![group1, group2, group3, child],
            Formula::Subgroup { a, b } => vec![a, b],
            Formula::BaseShares { base, other_share } => vec![base, other_share],
            Formula::ChildGap {
                under6,
                from6,
                student,
            } => vec![under6, from6, student],
            Formula::NotEstimated => Vec::new(),
        }
    }
}

/// A test case of a programme's rules as the "How this is decided" page states it: the sentence,
/// the day, and the verdict (and amount) the engine must give. The importer writes them to
/// `data/generated/rule-cases.json`; the cases themselves run in the rules' tests.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseSummary {
    pub programme: String,
    /// A sentence, in English as the rule authors write it.
    pub name: String,
    pub date: Date,
    /// `likely`, `maybe` or `not-now`.
    pub expect: String,
    pub amount: Option<f64>,
    /// Where sources disagree: which one the case follows.
    pub follows: Option<String>,
}

/// A step of the route of support.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// Steps with the same id from several programmes are one step.
    pub id: String,
    /// Lower first: documents before applications, applications before registrations.
    pub order: u16,
    pub text: Text,
    pub place: Option<Text>,
    /// Where to do it online: an address the facts file gives for it.
    pub online: Option<String>,
    pub deadline: Option<Deadline>,
}

/// A deadline counted from the date a fact gives (e.g. 12 months from the child's birth).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Deadline {
    pub fact: String,
    pub months: u32,
    pub text: Text,
}

impl Rules {
    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id == id)
    }

    pub fn parameter(&self, id: &str) -> Option<&Parameter> {
        self.parameters.iter().find(|p| p.id == id)
    }

    pub fn programme(&self, id: &str) -> Option<&ProgrammeRules> {
        self.programmes.iter().find(|p| p.programme == id)
    }

    /// Compact binary form for the app (postcard).
    pub fn to_binary(&self) -> Result<Vec<u8>, postcard::Error> {
        postcard::to_allocvec(self)
    }

    pub fn from_binary(bytes: &[u8]) -> Result<Rules, postcard::Error> {
        postcard::from_bytes(bytes)
    }

    pub fn from_json(json: &str) -> Result<Rules, serde_json::Error> {
        serde_json::from_str(json)
    }
}

/// A parameter's value on a day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ValueOn<'r> {
    pub value: f64,
    pub conflict: Option<&'r Conflict>,
    /// Why the value is uncertain, when its only source is.
    pub open: Option<&'r Text>,
    /// The day the value started to apply.
    pub since: Date,
    /// The day is past the last known value: this is the latest value the sources give.
    pub stale: bool,
}

impl Parameter {
    /// The value that applies on `day`; past the last period, the latest value, marked stale;
    /// before the first, none.
    pub fn on(&self, day: Date) -> Option<ValueOn<'_>> {
        let hit = self
            .values
            .iter()
            .find(|v| v.from <= day && v.until.is_none_or(|u| day <= u));
        if let Some(v) = hit {
            return Some(ValueOn {
                value: v.value,
                conflict: v.conflict.as_ref(),
                open: v.open.as_ref(),
                since: v.from,
                stale: false,
            });
        }
        let last = self.values.iter().max_by_key(|v| v.from)?;
        (last.from <= day).then_some(ValueOn {
            value: last.value,
            conflict: last.conflict.as_ref(),
            open: last.open.as_ref(),
            since: last.from,
            stale: true,
        })
    }
}
