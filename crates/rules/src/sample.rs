//! Random households, for property tests and the screener benchmark: every fact of the vocabulary
//! answered with a plausible value, from a seed.

use crate::answers::{Answers, HOUSEHOLD, Member, MemberDisability, Value};
use crate::model::{FactKind, Rules};
use catalogue::Date;

/// A small deterministic generator (xorshift64*), so a seed names a household.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

/// A household with every fact answered, around `day`.
pub fn household(rules: &Rules, seed: u64, day: Date) -> Answers {
    let mut rng = Rng::new(seed);
    let mut a = Answers::default();
    for fact in &rules.facts {
        let value = match &fact.kind {
            FactKind::YesNo => Value::Bool(rng.chance(35)),
            FactKind::Number { min, max, .. } => {
                // Mostly small numbers (days abroad, ages), sometimes anything in range.
                let top = if rng.chance(70) {
                    (*max).min(*min + 90)
                } else {
                    *max
                };
                Value::Number((*min as u64 + rng.below((top - min + 1) as u64)) as f64)
            }
            FactKind::Money => Value::Number(match rng.below(4) {
                0 => 0.0,
                1 => rng.below(10_000) as f64,
                2 => rng.below(60_000) as f64,
                _ => rng.below(200_000) as f64,
            }),
            FactKind::Date => {
                let back = rng.below(20) as u32;
                Value::Date(crate::eval::add_months(
                    Date::new(day.year() - 2, day.month(), 1).expect("a first of the month"),
                    24 - back.min(24),
                ))
            }
            FactKind::Choice(options) => Value::Choice(
                options[rng.below(options.len() as u64) as usize]
                    .value
                    .clone(),
            ),
            FactKind::Place => Value::Place {
                code: format!("UA{:017}", rng.below(1_000_000)),
                listed: rng.chance(60),
            },
            // Asked only where the list names part of a community, which a sampled place
            // (listed or not) never is.
            FactKind::Settlement | FactKind::Household => continue,
        };
        a.set(&fact.id, value);
    }
    let n = rng.below(5);
    let members = (0..n)
        .map(|_| {
            let age = match rng.below(3) {
                0 => rng.below(3),
                1 => rng.below(18),
                _ => 18 + rng.below(70),
            } as u8;
            let disability = if rng.chance(15) {
                if age < 18 {
                    MemberDisability::Child
                } else {
                    [
                        MemberDisability::Group1,
                        MemberDisability::Group2,
                        MemberDisability::Group3,
                    ][rng.below(3) as usize]
                }
            } else {
                MemberDisability::None
            };
            Member {
                age,
                disability,
                studying: (18..=23).contains(&age) && rng.chance(50),
            }
        })
        .collect();
    a.members = Some(members);
    debug_assert!(a.is_answered(HOUSEHOLD));
    a
}

/// Copies one answer from a full household into `answers` (the person answering the question).
pub fn answer_from(full: &Answers, fact: &str, answers: &mut Answers) {
    if fact == HOUSEHOLD {
        answers.members = full.members.clone();
    } else if let Some(v) = full.values.get(fact) {
        answers.set(fact, v.clone());
    } else {
        answers.decline(fact);
    }
}
