//! The screener: which question to ask next.
//!
//! Only facts missing for some undecided programme are candidates, so a question whose answer
//! cannot change any result is never asked. Among them, the one that decides the most
//! undecided programmes comes first; ties follow the vocabulary's order. A fact with an `after`
//! waits until that fact is answered.

use crate::answers::Answers;
use crate::eval::{Status, Verdict, evaluate_all};
use crate::model::{Fact, Rules};
use catalogue::Date;

/// For each fact still missing, the undecided programmes that need it, in vocabulary order.
pub fn needed<'r>(rules: &'r Rules, verdicts: &[Verdict<'r>]) -> Vec<(&'r Fact, Vec<&'r str>)> {
    rules
        .facts
        .iter()
        .filter_map(|fact| {
            let programmes: Vec<&str> = verdicts
                .iter()
                .filter(|v| v.status == Status::Maybe && v.missing.contains(&fact.id.as_str()))
                .map(|v| v.programme)
                .collect();
            (!programmes.is_empty()).then_some((fact, programmes))
        })
        .collect()
}

/// The next question, with the programmes its answer may decide; `None` when every programme is
/// decided or only unanswerable facts remain.
pub fn next_question<'r>(
    rules: &'r Rules,
    answers: &Answers,
    day: Date,
) -> Option<(&'r Fact, Vec<&'r str>)> {
    let verdicts = evaluate_all(rules, answers, day);
    pick(rules, answers, needed(rules, &verdicts))
}

/// Chooses among needed facts: not declined, not waiting for another, the most programmes first.
pub fn pick<'r>(
    rules: &'r Rules,
    answers: &Answers,
    needed: Vec<(&'r Fact, Vec<&'r str>)>,
) -> Option<(&'r Fact, Vec<&'r str>)> {
    let waiting = |f: &Fact| {
        f.after.as_deref().is_some_and(|first| {
            !answers.is_answered(first)
                && !answers.declined.contains(first)
                && rules.fact(first).is_some()
        })
    };
    let mut best: Option<(&Fact, Vec<&str>)> = None;
    for (fact, programmes) in needed {
        if answers.declined.contains(&fact.id) || waiting(fact) {
            continue;
        }
        if best
            .as_ref()
            .is_none_or(|(_, b)| programmes.len() > b.len())
        {
            best = Some((fact, programmes));
        }
    }
    best
}
