//! What the person has told the screener, and the facts derived from it.

use catalogue::Date;
pub use catalogue::hostilities::OriginListing;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// An answer to one fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Value {
    Bool(bool),
    Number(f64),
    Date(Date),
    Choice(String),
    /// A community by its codifier code, and whether it is (or was) on the list of territories
    /// of hostilities or occupation — the app and the tool look that up in the community data.
    Place {
        code: String,
        listed: bool,
    },
    /// A community or settlement the person left, with what the list says of it (see
    /// [`catalogue::hostilities::origin_listing`] and
    /// [`catalogue::hostilities::settlement_listing`]): `Parts` for a community the list names
    /// only in part, which asks for the settlement; open where the sources do not settle it.
    Origin {
        code: String,
        listing: OriginListing,
    },
    /// An amount in the currency it is paid in (an income earned abroad, issue 16): the
    /// currency's ISO 4217 code, and the hryvnias for one unit as the person gave them from the
    /// National Bank's official rate, if they did. The portal has no rates of its own: without
    /// one the amount is not converted, and what depends on it stays open ([`to_uah`]).
    Foreign {
        amount: f64,
        currency: String,
        rate: Option<f64>,
    },
}

/// A rate a person may give: a finite number of hryvnias above zero.
pub fn valid_rate(rate: f64) -> bool {
    rate.is_finite() && rate > 0.0
}

/// The one conversion of an amount in another currency: `amount` units at `rate` hryvnias
/// each, to the kopiyka; `None` without a rate, or with one that is zero, negative or not a
/// number (the form refuses those at the field).
pub fn to_uah(amount: f64, rate: Option<f64>) -> Option<f64> {
    let rate = rate.filter(|r| valid_rate(*r))?;
    Some((amount * rate * 100.0).round() / 100.0)
}

/// Someone who lives with the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    /// Whole years.
    pub age: u8,
    pub disability: MemberDisability,
    /// Studies full-time (matters from 18 to 23).
    pub studying: bool,
}

/// A household member's disability, as the programmes distinguish it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum MemberDisability {
    #[default]
    None,
    /// A child with a disability (children have no groups).
    Child,
    Group1,
    Group2,
    Group3,
}

impl MemberDisability {
    pub const ALL: [MemberDisability; 5] = [
        MemberDisability::None,
        MemberDisability::Child,
        MemberDisability::Group1,
        MemberDisability::Group2,
        MemberDisability::Group3,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            MemberDisability::None => "none",
            MemberDisability::Child => "child",
            MemberDisability::Group1 => "1",
            MemberDisability::Group2 => "2",
            MemberDisability::Group3 => "3",
        }
    }

    pub fn from_slug(s: &str) -> Option<MemberDisability> {
        MemberDisability::ALL.into_iter().find(|d| d.slug() == s)
    }
}

/// Everything answered so far.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Answers {
    pub values: BTreeMap<String, Value>,
    /// `None` until the person has said who lives with them (an empty list: no one).
    pub members: Option<Vec<Member>>,
    /// Facts the person chose not to answer ("I don't know"): never asked again.
    pub declined: BTreeSet<String>,
}

impl Answers {
    pub fn set(&mut self, fact: &str, value: Value) {
        self.declined.remove(fact);
        self.values.insert(fact.to_string(), value);
    }

    pub fn decline(&mut self, fact: &str) {
        self.values.remove(fact);
        if fact == HOUSEHOLD {
            self.members = None;
        }
        self.declined.insert(fact.to_string());
    }

    /// Forgets an answer, so the screener may ask it again.
    pub fn clear(&mut self, fact: &str) {
        self.values.remove(fact);
        self.declined.remove(fact);
        if fact == HOUSEHOLD {
            self.members = None;
        }
    }

    pub fn is_answered(&self, fact: &str) -> bool {
        if fact == HOUSEHOLD {
            self.members.is_some()
        } else {
            self.values.contains_key(fact)
        }
    }

    pub fn bool(&self, fact: &str) -> Option<bool> {
        match self.values.get(fact)? {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// A number, or an amount in hryvnias (one in another currency converted at the rate the
    /// person gave; none without one: see [`Answers::unconverted`]).
    pub fn number(&self, fact: &str) -> Option<f64> {
        match self.values.get(fact)? {
            Value::Number(n) => Some(*n),
            Value::Foreign { amount, rate, .. } => to_uah(*amount, *rate),
            _ => None,
        }
    }

    /// Is `fact` answered with an amount in another currency that cannot be converted (no rate)?
    pub fn unconverted(&self, fact: &str) -> bool {
        matches!(self.values.get(fact), Some(Value::Foreign { amount, rate, .. }) if to_uah(*amount, *rate).is_none())
    }

    pub fn date(&self, fact: &str) -> Option<Date> {
        match self.values.get(fact)? {
            Value::Date(d) => Some(*d),
            _ => None,
        }
    }

    pub fn choice(&self, fact: &str) -> Option<&str> {
        match self.values.get(fact)? {
            Value::Choice(c) => Some(c),
            _ => None,
        }
    }
}

/// The fact that stands for the list of household members.
pub const HOUSEHOLD: &str = "household";

/// Facts the engine computes from others, with the facts each is computed from.
pub const DERIVED: &[(&str, &[&str])] = &[
    ("household_size", &[HOUSEHOLD]),
    ("children", &[HOUSEHOLD]),
    ("baby", &[HOUSEHOLD]),
    ("disabled_child", &[HOUSEHOLD]),
    ("child_under_2", &[HOUSEHOLD]),
    ("disabled_baby", &[HOUSEHOLD]),
    ("other_adults", &[HOUSEHOLD]),
    ("member_group_1_2", &[HOUSEHOLD]),
    (
        "disabled_1_2_in_household",
        &["disability_group", HOUSEHOLD],
    ),
    ("income_per_person", &["income_month", HOUSEHOLD]),
    ("origin_listed", &["origin_community", ORIGIN_SETTLEMENT]),
];

/// The settlement the person left, asked where the list names only part of their community.
pub const ORIGIN_SETTLEMENT: &str = "origin_settlement";

/// "The origin is on the list", from what the list says of the community or settlement the
/// answer `fact` names.
fn listed(listing: &OriginListing, fact: &'static str) -> Known {
    match listing {
        OriginListing::Listed => Known::Yes(Value::Bool(true)),
        OriginListing::NotListed => Known::Yes(Value::Bool(false)),
        // The sources do not settle it: nothing to ask, and that answer's fact says why.
        OriginListing::Unsettled | OriginListing::Parts => Known::Open(fact),
    }
}

/// The facts `fact` is computed from, or itself if it is asked directly.
pub fn base_facts(fact: &str) -> &[&str] {
    DERIVED
        .iter()
        .find(|(id, _)| *id == fact)
        .map(|(_, base)| *base)
        .unwrap_or(&[])
}

pub fn is_derived(fact: &str) -> bool {
    DERIVED.iter().any(|(id, _)| *id == fact)
}

/// A derived or asked fact's value: known, or unknown for want of these facts.
#[derive(Debug, Clone, PartialEq)]
pub enum Known {
    Yes(Value),
    Missing(Vec<&'static str>),
    /// Unknown with nothing left to ask: the sources do not settle what this answered fact
    /// says, and its `open` text says why and where to check.
    Open(&'static str),
    /// Unknown until the amount this fact gives in another currency has a rate.
    Unconverted(&'static str),
}

fn is_child(m: &Member) -> bool {
    m.age < 18
}

/// Computes a derived fact. Three-valued where it can be: "someone has a group I–II disability"
/// is yes as soon as the person says so, whoever else lives with them.
pub fn derive(answers: &Answers, fact: &str) -> Option<Known> {
    let members = answers.members.as_deref();
    let need_household = || Known::Missing(vec![HOUSEHOLD]);
    let count = |f: fn(&Member) -> bool| match members {
        Some(ms) => Known::Yes(Value::Number(ms.iter().filter(|m| f(m)).count() as f64)),
        None => need_household(),
    };
    let any = |f: fn(&Member) -> bool| match members {
        Some(ms) => Known::Yes(Value::Bool(ms.iter().any(f))),
        None => need_household(),
    };
    Some(match fact {
        "household_size" => match members {
            Some(ms) => Known::Yes(Value::Number(1.0 + ms.len() as f64)),
            None => need_household(),
        },
        "children" => count(is_child),
        "baby" => any(|m| m.age == 0),
        "disabled_child" => any(|m| m.disability == MemberDisability::Child),
        "child_under_2" => any(|m| m.age <= 1),
        "disabled_baby" => any(|m| m.age == 0 && m.disability == MemberDisability::Child),
        "other_adults" => count(|m| m.age >= 18),
        "member_group_1_2" => any(|m| {
            matches!(
                m.disability,
                MemberDisability::Group1 | MemberDisability::Group2
            )
        }),
        "disabled_1_2_in_household" => {
            let own = answers
                .choice("disability_group")
                .map(|g| matches!(g, "1a" | "1b" | "2"));
            let others = members.map(|ms| {
                ms.iter().any(|m| {
                    matches!(
                        m.disability,
                        MemberDisability::Child
                            | MemberDisability::Group1
                            | MemberDisability::Group2
                    )
                })
            });
            match (own, others) {
                (Some(true), _) | (_, Some(true)) => Known::Yes(Value::Bool(true)),
                (Some(false), Some(false)) => Known::Yes(Value::Bool(false)),
                (own, others) => {
                    let mut missing = Vec::new();
                    if own.is_none() {
                        missing.push("disability_group");
                    }
                    if others.is_none() {
                        missing.push(HOUSEHOLD);
                    }
                    Known::Missing(missing)
                }
            }
        }
        "income_per_person" if answers.unconverted("income_month") => {
            Known::Unconverted("income_month")
        }
        "income_per_person" => match (answers.number("income_month"), members) {
            (Some(income), Some(ms)) => Known::Yes(Value::Number(income / (1.0 + ms.len() as f64))),
            (income, ms) => {
                let mut missing = Vec::new();
                if income.is_none() {
                    missing.push("income_month");
                }
                if ms.is_none() {
                    missing.push(HOUSEHOLD);
                }
                Known::Missing(missing)
            }
        },
        "origin_listed" => match answers.values.get("origin_community") {
            Some(Value::Place { listed, .. }) => Known::Yes(Value::Bool(*listed)),
            Some(Value::Origin { code, listing }) => match listing {
                OriginListing::Parts => match answers.values.get(ORIGIN_SETTLEMENT) {
                    // A settlement of that community (not of one chosen before).
                    Some(Value::Origin {
                        code: settlement,
                        listing,
                    }) if catalogue::communities::lies_in(settlement, code) => {
                        listed(listing, ORIGIN_SETTLEMENT)
                    }
                    _ => Known::Missing(vec![ORIGIN_SETTLEMENT]),
                },
                listing => listed(listing, "origin_community"),
            },
            _ => Known::Missing(vec!["origin_community"]),
        },
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(age: u8, disability: MemberDisability) -> Member {
        Member {
            age,
            disability,
            studying: false,
        }
    }

    fn origin(code: &str, listing: OriginListing) -> Value {
        Value::Origin {
            code: code.into(),
            listing,
        }
    }

    /// Покровська сільська громада, which the List names only in part, and two of its villages.
    const POKROVSKA: &str = "UA12080110000055958";
    const KAPULIVKA: &str = "UA12080110020072046";
    const KATERYNIVKA: &str = "UA12080110030049053";

    #[test]
    fn where_the_list_names_part_of_the_community_the_settlement_decides() {
        let mut a = Answers::default();
        a.set("origin_community", origin(POKROVSKA, OriginListing::Parts));
        assert_eq!(
            derive(&a, "origin_listed"),
            Some(Known::Missing(vec![ORIGIN_SETTLEMENT]))
        );
        a.set(ORIGIN_SETTLEMENT, origin(KAPULIVKA, OriginListing::Listed));
        assert_eq!(
            derive(&a, "origin_listed"),
            Some(Known::Yes(Value::Bool(true)))
        );
        a.set(
            ORIGIN_SETTLEMENT,
            origin(KATERYNIVKA, OriginListing::NotListed),
        );
        assert_eq!(
            derive(&a, "origin_listed"),
            Some(Known::Yes(Value::Bool(false)))
        );
        // Possible hostilities only, or an ended period: the settlement's fact says why.
        a.set(
            ORIGIN_SETTLEMENT,
            origin(KATERYNIVKA, OriginListing::Unsettled),
        );
        assert_eq!(
            derive(&a, "origin_listed"),
            Some(Known::Open(ORIGIN_SETTLEMENT))
        );
    }

    #[test]
    fn a_settlement_of_another_community_is_asked_again() {
        let mut a = Answers::default();
        a.set(
            "origin_community",
            origin("UA59020030000072865", OriginListing::Parts),
        );
        a.set(ORIGIN_SETTLEMENT, origin(KAPULIVKA, OriginListing::Listed));
        assert_eq!(
            derive(&a, "origin_listed"),
            Some(Known::Missing(vec![ORIGIN_SETTLEMENT]))
        );
    }

    #[test]
    fn a_community_the_sources_do_not_settle_says_why_through_its_own_fact() {
        let mut a = Answers::default();
        a.set(
            "origin_community",
            origin(POKROVSKA, OriginListing::Unsettled),
        );
        assert_eq!(
            derive(&a, "origin_listed"),
            Some(Known::Open("origin_community"))
        );
    }

    #[test]
    fn a_disability_of_the_person_decides_without_asking_about_the_household() {
        let mut a = Answers::default();
        a.set("disability_group", Value::Choice("2".into()));
        assert_eq!(
            derive(&a, "disabled_1_2_in_household"),
            Some(Known::Yes(Value::Bool(true)))
        );
    }

    #[test]
    fn without_a_disability_the_household_is_needed() {
        let mut a = Answers::default();
        a.set("disability_group", Value::Choice("none".into()));
        assert_eq!(
            derive(&a, "disabled_1_2_in_household"),
            Some(Known::Missing(vec![HOUSEHOLD]))
        );
        a.members = Some(vec![member(7, MemberDisability::Child)]);
        assert_eq!(
            derive(&a, "disabled_1_2_in_household"),
            Some(Known::Yes(Value::Bool(true)))
        );
    }

    #[test]
    fn income_per_person_counts_the_person_and_everyone_who_lives_with_them() {
        let mut a = Answers::default();
        a.set("income_month", Value::Number(12000.0));
        a.members = Some(vec![
            member(40, MemberDisability::None),
            member(7, MemberDisability::None),
        ]);
        assert_eq!(
            derive(&a, "income_per_person"),
            Some(Known::Yes(Value::Number(4000.0)))
        );
    }
}
