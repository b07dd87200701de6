//! The route of support: the steps of the programmes that apply, in order, with deadlines, what
//! stops a payment and what living abroad changes.

use crate::answers::Answers;
use crate::eval::{Status, Verdict, add_months};
use crate::model::{AbroadNote, Rules, Step};
use catalogue::{Date, Text};
use serde::Serialize;

/// One step, shared by the programmes that need it.
#[derive(Debug, Clone, Serialize)]
pub struct PlanStep<'r> {
    pub step: &'r Step,
    pub programmes: Vec<&'r str>,
    /// The last day, when the step has a deadline and its date is known.
    pub due: Option<Date>,
}

/// A personal plan.
#[derive(Debug, Clone, Serialize)]
pub struct Route<'r> {
    pub steps: Vec<PlanStep<'r>>,
    /// What stops a payment, by programme.
    pub stops: Vec<(&'r str, &'r Text)>,
    /// What living abroad or returning changes, by programme.
    pub abroad: Vec<(&'r str, &'r Text)>,
}

/// The plan for the programmes that are likely or maybe, steps merged by id and ordered.
pub fn route<'r>(rules: &'r Rules, verdicts: &[Verdict<'r>], answers: &Answers) -> Route<'r> {
    let mut steps: Vec<PlanStep<'r>> = Vec::new();
    let mut stops = Vec::new();
    let mut abroad = Vec::new();
    for v in verdicts.iter().filter(|v| v.status != Status::NotNow) {
        let Some(p) = rules.programme(v.programme) else {
            continue;
        };
        for step in &p.steps {
            let due = step
                .deadline
                .as_ref()
                .and_then(|d| Some(add_months(answers.date(&d.fact)?, d.months)));
            match steps.iter_mut().find(|s| s.step.id == step.id) {
                Some(s) => {
                    s.programmes.push(v.programme);
                    s.due = match (s.due, due) {
                        (Some(a), Some(b)) => Some(a.min(b)),
                        (a, b) => a.or(b),
                    };
                }
                None => steps.push(PlanStep {
                    step,
                    programmes: vec![v.programme],
                    due,
                }),
            }
        }
        stops.extend(p.stops.iter().map(|s| (v.programme, s)));
        abroad.extend(p.abroad.iter().map(|s| (v.programme, s)));
    }
    // Stable: steps of equal rank keep the order of the programmes.
    steps.sort_by_key(|s| s.step.order);
    Route {
        steps,
        stops,
        abroad,
    }
}

/// What the plan tells a person who lives abroad, in `country` (ISO 3166-1 alpha-2; `None`: not
/// said): the notes about every country and those that concern this one (all of them when the
/// country is not said), ordered by kind — what can be done from abroad, what stops, a return,
/// the Unity Hubs.
pub fn abroad<'r>(rules: &'r Rules, country: Option<&str>) -> Vec<&'r AbroadNote> {
    let mut notes: Vec<&AbroadNote> = rules
        .abroad
        .iter()
        .filter(|n| {
            n.countries.is_empty() || country.is_none_or(|c| n.countries.iter().any(|x| x == c))
        })
        .collect();
    notes.sort_by_key(|n| n.kind);
    notes
}
