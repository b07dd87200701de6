//! The route of support: the steps of the programmes that apply, in order, with deadlines, what
//! stops a payment and what living abroad changes.

use crate::answers::Answers;
use crate::eval::{Status, Verdict, add_months};
use crate::model::{Rules, Step};
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
