//! Eligibility on the device.
//!
//! The rules of each programme are data (`data/programmes/<id>.rules.toml`), written over a shared
//! vocabulary of facts about a person and their household (`data/rules/facts.toml`) and over dated
//! parameters such as the subsistence minimum (`data/rules/parameters.toml`), each value with the
//! legal act or source it comes from. A rule never hard-codes a number.
//!
//! The engine evaluates every programme with three values — yes, no, not yet known — and, for an
//! undecided one, names the facts still missing ([`eval`]). The screener asks next the fact that
//! decides the most undecided programmes, and never a fact whose answer cannot change a result
//! ([`screener`]). The route of support orders the steps of the programmes that apply ([`plan`]).
//!
//! Architecture invariant: pure. No I/O, no DOM, no network, no storage; the same code runs
//! natively (tests, the `eligibility` command-line tool) and in the browser. Rule sources are
//! compiled by [`source`] (feature `authoring`) at build time; the app ships compiled rules.

pub mod answers;
pub mod currency;
pub mod eval;
pub mod expr;
pub mod local;
pub mod model;
pub mod plan;
#[cfg(feature = "authoring")]
pub mod sample;
pub mod screener;
#[cfg(feature = "authoring")]
pub mod source;

pub use answers::{Answers, Member, MemberDisability, Value};
pub use eval::{Estimate, ForeignAmount, Reason, Status, Tri, Verdict, evaluate, evaluate_all};
pub use model::{Fact, FactKind, Parameter, ProgrammeRules, Rules};
pub use screener::next_question;
