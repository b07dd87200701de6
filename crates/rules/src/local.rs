//! A community's own programmes' conditions (issue 15): written by its administrator in the same
//! condition language as the national rules ([`crate::expr`]), over the same vocabulary of facts
//! and parameters, checked by the same checks ([`vocabulary_problems`], which the rule sources'
//! compiler runs too), published in the community's file and evaluated on the device by the same
//! engine as the national programmes ([`evaluate_with`], [`next_question_with`]).
//!
//! A local programme's conditions rest on one source: the council's decision the programme
//! cites, given as each condition's [`Basis`] when it is evaluated ([`LocalRules::programme`]).
//! It has no amount formula: the catalogue entry says the amounts, as the council decided them.

use crate::answers::{Answers, is_derived};
use crate::eval::{Verdict, evaluate, evaluate_all};
use crate::expr::{self, Cond, Term};
use crate::model::{Basis, Criterion, Fact, FactKind, Formula, ProgrammeRules, Rules};
use crate::screener::{needed, pick};
use catalogue::{Date, Text};
use serde::{Deserialize, Serialize};

/// At most this many conditions a local programme.
pub const MAX_CRITERIA: usize = 10;

/// The conditions of one local programme, as its community published them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocalRules {
    /// The programme's id in the community's file.
    pub programme: String,
    /// All must be met.
    pub criteria: Vec<LocalCriterion>,
}

/// One condition of a local programme, with what the check says when it holds and when not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocalCriterion {
    pub test: Cond,
    pub met: Text,
    pub unmet: Text,
}

impl LocalRules {
    /// The programme's rules as the engine evaluates them, each condition resting on `basis` (the
    /// council's decision).
    pub fn programme(&self, basis: &[Basis]) -> ProgrammeRules {
        ProgrammeRules {
            programme: self.programme.clone(),
            in_force: None,
            criteria: self
                .criteria
                .iter()
                .map(|c| Criterion {
                    test: c.test.clone(),
                    met: c.met.clone(),
                    unmet: c.unmet.clone(),
                    change: None,
                    basis: basis.to_vec(),
                    readings: Vec::new(),
                    open: None,
                })
                .collect(),
            amount: Formula::NotEstimated,
            steps: Vec::new(),
            stops: Vec::new(),
            abroad: None,
        }
    }
}

/// What a condition says that the vocabulary does not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VocabularyProblem {
    UnknownFact(String),
    UnknownParameter(String),
    /// `fact in [...]` with a value that is not one of the fact's answers.
    NotAnAnswer {
        fact: String,
        value: String,
    },
    /// `in` over a fact that is not a choice.
    InNeedsChoice(String),
}

/// Every fact, parameter and answer `c` names that the vocabulary of `rules` does not have.
pub fn vocabulary_problems(rules: &Rules, c: &Cond) -> Vec<VocabularyProblem> {
    let mut out = Vec::new();
    let mut facts = Vec::new();
    c.facts(&mut facts);
    for f in facts {
        if rules.fact(&f).is_none() && !is_derived(&f) {
            out.push(VocabularyProblem::UnknownFact(f));
        }
    }
    let mut params = Vec::new();
    c.params(&mut params);
    for p in params {
        if rules.parameter(&p).is_none() {
            out.push(VocabularyProblem::UnknownParameter(p));
        }
    }
    choices(rules, c, &mut out);
    out
}

fn choices(rules: &Rules, c: &Cond, out: &mut Vec<VocabularyProblem>) {
    match c {
        Cond::In(Term::Fact(f), values) => match rules.fact(f) {
            Some(Fact {
                kind: FactKind::Choice(options),
                ..
            }) => {
                for v in values {
                    if !options.iter().any(|o| &o.value == v) {
                        out.push(VocabularyProblem::NotAnAnswer {
                            fact: f.clone(),
                            value: v.clone(),
                        });
                    }
                }
            }
            _ => out.push(VocabularyProblem::InNeedsChoice(f.clone())),
        },
        Cond::Not(inner) => choices(rules, inner, out),
        Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| choices(rules, c, out)),
        _ => {}
    }
}

/// A local condition as typed, compiled against the vocabulary of `rules`, or what is wrong with
/// it in both languages. A local condition may not use the programme's amount nor a per-person
/// term: the local programme has no formula, and a per-person term belongs to the national rules'
/// household sums.
pub fn compile(rules: &Rules, typed: &str) -> Result<Cond, Text> {
    let typed = typed.trim();
    let cond = expr::parse(typed).map_err(|e| Text {
        uk: format!(
            "Умову не прочитано (символ {}): {}. Пишіть як у прикладах: displaced and \
             origin_listed, children >= 3, disability_group in [\"1a\", \"2\"].",
            e.at + 1,
            e.message
        ),
        en: format!(
            "The condition could not be read (character {}): {}. Write it as in the examples: \
             displaced and origin_listed, children >= 3, disability_group in [\"1a\", \"2\"].",
            e.at + 1,
            e.message
        ),
    })?;
    if uses(&cond, &|t| matches!(t, Term::Amount | Term::Person(_))) {
        return Err(Text {
            uk: "Умова програми громади не може використовувати amount чи person.…: назвіть \
                 запитання перевірки (наприклад displaced, children)."
                .into(),
            en: "A community programme's condition cannot use amount or person.…: name the \
                 check's questions (e.g. displaced, children)."
                .into(),
        });
    }
    match vocabulary_problems(rules, &cond).first() {
        None => Ok(cond),
        Some(VocabularyProblem::UnknownFact(f)) => Err(Text {
            uk: format!("«{f}» — не запитання перевірки: оберіть назву з переліку запитань."),
            en: format!("«{f}» is not a question of the check: choose a name from the list."),
        }),
        Some(VocabularyProblem::UnknownParameter(p)) => Err(Text {
            uk: format!("«${p}» — невідомий показник: оберіть показник із переліку."),
            en: format!("«${p}» is not a known value: choose one from the list."),
        }),
        Some(VocabularyProblem::NotAnAnswer { fact, value }) => Err(Text {
            uk: format!(
                "«{value}» — не відповідь на запитання {fact}: див. його відповіді в переліку."
            ),
            en: format!("«{value}» is not an answer of {fact}: see its answers in the list."),
        }),
        Some(VocabularyProblem::InNeedsChoice(f)) => Err(Text {
            uk: format!("«in [...]» лише для запитань із варіантами відповіді, а {f} — не таке."),
            en: format!(
                "«in [...]» is only for questions with a choice of answers; {f} is not one."
            ),
        }),
    }
}

/// Whether any term of `c` is one `is` accepts.
fn uses(c: &Cond, is: &dyn Fn(&Term) -> bool) -> bool {
    match c {
        Cond::Holds(t) | Cond::In(t, _) => is(t),
        Cond::Compare(a, _, b) => is(a) || is(b),
        Cond::Not(inner) => uses(inner, is),
        Cond::All(cs) | Cond::Any(cs) => cs.iter().any(|c| uses(c, is)),
    }
}

/// The verdicts of the national programmes, then those of `local` (a community's own, compiled by
/// [`LocalRules::programme`]).
pub fn evaluate_with<'r>(
    rules: &'r Rules,
    local: &'r [ProgrammeRules],
    answers: &Answers,
    day: Date,
) -> Vec<Verdict<'r>> {
    let mut verdicts = evaluate_all(rules, answers, day);
    verdicts.extend(local.iter().map(|p| evaluate(rules, p, answers, day)));
    verdicts
}

/// The next question for the national programmes and `local` together: a community's own
/// programme's missing facts are asked like any other.
pub fn next_question_with<'r>(
    rules: &'r Rules,
    local: &'r [ProgrammeRules],
    answers: &Answers,
    day: Date,
) -> Option<(&'r Fact, Vec<&'r str>)> {
    let verdicts = evaluate_with(rules, local, answers, day);
    pick(rules, answers, needed(rules, &verdicts))
}
