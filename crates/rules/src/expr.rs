//! Conditions over facts, parameters and the day, and the small language rule authors write
//! them in:
//!
//! ```text
//! displaced and origin_listed
//! not abroad or days_abroad <= 30
//! income_per_person <= 4 * $pm-incapable
//! disability_group in ["1a", "1b", "2"]
//! months_since(baby_birth_date) < 12
//! today >= 2026-01-01
//! amount > 0
//! ```
//!
//! A bare fact means "is yes". `$name` is a dated parameter, `amount` the programme's estimated
//! amount, `today` the day of the evaluation. `and` binds tighter than `or`.

use catalogue::Date;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A condition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Cond {
    /// A yes/no term is yes.
    Holds(Term),
    Compare(Term, Op, Term),
    /// A choice term is one of these values.
    In(Term, Vec<String>),
    Not(Box<Cond>),
    All(Vec<Cond>),
    Any(Vec<Cond>),
}

/// A value in a condition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Term {
    Fact(String),
    /// A parameter's value on the day, times a factor.
    Param {
        id: String,
        times: f64,
    },
    Today,
    Amount,
    Number(f64),
    Date(Date),
    Bool(bool),
    Text(String),
    /// Whole months from a date fact to the day.
    MonthsSince(String),
    /// The date `n` months after a date fact (the same day of the month, or the month's last):
    /// `today <= months_after(baby_birth_date, 12)` is "no later than 12 months from the birth".
    MonthsAfter(String, u32),
    /// Something about the person a per-person condition is evaluated for (see
    /// [`PERSON_FIELDS`]): `person.disability in ["child", "1", "2"]`.
    Person(String),
}

/// What a per-person condition can say about each person of the household: `person.self` (the
/// person using the check), `person.child` (under 18), `person.age` (whole years; unknown for the
/// person using the check), `person.disability` (`none`, `child`, `1`, `2`, `3`),
/// `person.studying`.
pub const PERSON_FIELDS: &[&str] = &["self", "child", "age", "disability", "studying"];

/// A comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl Cond {
    /// Every fact the condition mentions.
    pub fn facts(&self, out: &mut Vec<String>) {
        match self {
            Cond::Holds(t) | Cond::In(t, _) => t.facts(out),
            Cond::Compare(a, _, b) => {
                a.facts(out);
                b.facts(out);
            }
            Cond::Not(c) => c.facts(out),
            Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| c.facts(out)),
        }
    }

    /// Every parameter the condition mentions.
    pub fn params(&self, out: &mut Vec<String>) {
        let mut term = |t: &Term| {
            if let Term::Param { id, .. } = t {
                out.push(id.clone());
            }
        };
        match self {
            Cond::Holds(t) | Cond::In(t, _) => term(t),
            Cond::Compare(a, _, b) => {
                term(a);
                term(b);
            }
            Cond::Not(c) => c.params(out),
            Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| c.params(out)),
        }
    }
}

impl Cond {
    /// Does the condition speak of `person.…` (so it is evaluated for each person)?
    pub fn about_person(&self) -> bool {
        let t = |t: &Term| matches!(t, Term::Person(_));
        match self {
            Cond::Holds(a) | Cond::In(a, _) => t(a),
            Cond::Compare(a, _, b) => t(a) || t(b),
            Cond::Not(c) => c.about_person(),
            Cond::All(cs) | Cond::Any(cs) => cs.iter().any(Cond::about_person),
        }
    }
}

impl Term {
    fn facts(&self, out: &mut Vec<String>) {
        match self {
            Term::Fact(f) | Term::MonthsSince(f) | Term::MonthsAfter(f, _) => out.push(f.clone()),
            _ => {}
        }
    }
}

/// Why a condition does not parse, with where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub at: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at character {}: {}", self.at + 1, self.message)
    }
}

impl std::error::Error for ParseError {}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Param(String),
    Num(f64),
    Date(Date),
    Str(String),
    Op(Op),
    Star,
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
}

fn tokens(src: &str) -> Result<Vec<(usize, Tok)>, ParseError> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let err = |at: usize, message: String| ParseError { at, message };
    while i < b.len() {
        let c = b[i];
        let start = i;
        match c {
            b' ' | b'\t' | b'\n' | b'\r' => {
                i += 1;
                continue;
            }
            b'(' => (out.push((i, Tok::LParen)), i += 1).1,
            b')' => (out.push((i, Tok::RParen)), i += 1).1,
            b'[' => (out.push((i, Tok::LBracket)), i += 1).1,
            b']' => (out.push((i, Tok::RBracket)), i += 1).1,
            b',' => (out.push((i, Tok::Comma)), i += 1).1,
            b'*' => (out.push((i, Tok::Star)), i += 1).1,
            b'=' => (out.push((i, Tok::Op(Op::Eq))), i += 1).1,
            b'!' if b.get(i + 1) == Some(&b'=') => (out.push((i, Tok::Op(Op::Ne))), i += 2).1,
            b'<' | b'>' => {
                let eq = b.get(i + 1) == Some(&b'=');
                let op = match (c, eq) {
                    (b'<', true) => Op::Le,
                    (b'<', false) => Op::Lt,
                    (_, true) => Op::Ge,
                    (_, false) => Op::Gt,
                };
                out.push((i, Tok::Op(op)));
                i += 1 + eq as usize;
            }
            b'"' => {
                let end = src[i + 1..]
                    .find('"')
                    .ok_or_else(|| err(i, "a text is not closed with \"".into()))?;
                out.push((i, Tok::Str(src[i + 1..i + 1 + end].to_string())));
                i += end + 2;
            }
            b'$' => {
                i += 1;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'-') {
                    i += 1;
                }
                if i == start + 1 {
                    return Err(err(start, "a parameter name must follow $".into()));
                }
                out.push((start, Tok::Param(src[start + 1..i].to_string())));
            }
            b'0'..=b'9' => {
                while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.' || b[i] == b'-') {
                    i += 1;
                }
                let text = &src[start..i];
                let tok =
                    if text.contains('-') {
                        Tok::Date(text.parse().map_err(|_| {
                            err(start, format!("«{text}» is not a date YYYY-MM-DD"))
                        })?)
                    } else {
                        Tok::Num(
                            text.parse()
                                .map_err(|_| err(start, format!("«{text}» is not a number")))?,
                        )
                    };
                out.push((start, tok));
            }
            c if c.is_ascii_lowercase() || c == b'_' => {
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.')
                {
                    i += 1;
                }
                out.push((start, Tok::Ident(src[start..i].to_string())));
            }
            _ => {
                let ch = src[i..].chars().next().unwrap_or('?');
                return Err(err(i, format!("unexpected «{ch}»")));
            }
        }
    }
    Ok(out)
}

struct Parser {
    toks: Vec<(usize, Tok)>,
    pos: usize,
    len: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|(_, t)| t)
    }

    fn at(&self) -> usize {
        self.toks.get(self.pos).map_or(self.len, |(a, _)| *a)
    }

    fn err<T>(&self, message: impl Into<String>) -> Result<T, ParseError> {
        Err(ParseError {
            at: self.at(),
            message: message.into(),
        })
    }

    fn keyword(&mut self, word: &str) -> bool {
        if matches!(self.peek(), Some(Tok::Ident(w)) if w == word) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, tok: Tok, what: &str) -> Result<(), ParseError> {
        if self.peek() == Some(&tok) {
            self.pos += 1;
            Ok(())
        } else {
            self.err(format!("expected {what}"))
        }
    }

    fn or(&mut self) -> Result<Cond, ParseError> {
        let mut parts = vec![self.and()?];
        while self.keyword("or") {
            parts.push(self.and()?);
        }
        Ok(if parts.len() == 1 {
            parts.pop().expect("one part")
        } else {
            Cond::Any(parts)
        })
    }

    fn and(&mut self) -> Result<Cond, ParseError> {
        let mut parts = vec![self.unary()?];
        while self.keyword("and") {
            parts.push(self.unary()?);
        }
        Ok(if parts.len() == 1 {
            parts.pop().expect("one part")
        } else {
            Cond::All(parts)
        })
    }

    fn unary(&mut self) -> Result<Cond, ParseError> {
        if self.keyword("not") {
            return Ok(Cond::Not(Box::new(self.unary()?)));
        }
        if self.peek() == Some(&Tok::LParen) {
            self.pos += 1;
            let inner = self.or()?;
            self.expect(Tok::RParen, "«)»")?;
            return Ok(inner);
        }
        let left = self.term()?;
        if let Some(Tok::Op(op)) = self.peek() {
            let op = *op;
            self.pos += 1;
            let right = self.term()?;
            return Ok(Cond::Compare(left, op, right));
        }
        if self.keyword("in") {
            self.expect(Tok::LBracket, "«[» after in")?;
            let mut values = Vec::new();
            loop {
                match self.peek().cloned() {
                    Some(Tok::Str(s)) => {
                        self.pos += 1;
                        values.push(s);
                    }
                    _ => return self.err("expected a quoted value"),
                }
                if self.peek() == Some(&Tok::Comma) {
                    self.pos += 1;
                } else {
                    break;
                }
            }
            self.expect(Tok::RBracket, "«]»")?;
            return Ok(Cond::In(left, values));
        }
        Ok(Cond::Holds(left))
    }

    fn term(&mut self) -> Result<Term, ParseError> {
        let Some(tok) = self.peek().cloned() else {
            return self.err("the condition ends too early");
        };
        self.pos += 1;
        Ok(match tok {
            Tok::Num(n) if self.peek() == Some(&Tok::Star) => {
                self.pos += 1;
                match self.peek().cloned() {
                    Some(Tok::Param(id)) => {
                        self.pos += 1;
                        Term::Param { id, times: n }
                    }
                    _ => return self.err("only a $parameter can be multiplied"),
                }
            }
            Tok::Num(n) => Term::Number(n),
            Tok::Date(d) => Term::Date(d),
            Tok::Str(s) => Term::Text(s),
            Tok::Param(id) => Term::Param { id, times: 1.0 },
            Tok::Ident(w) => match w.as_str() {
                "yes" | "true" => Term::Bool(true),
                "no" | "false" => Term::Bool(false),
                "today" => Term::Today,
                "amount" => Term::Amount,
                "months_since" => {
                    self.expect(Tok::LParen, "«(» after months_since")?;
                    let fact = match self.peek().cloned() {
                        Some(Tok::Ident(f)) => f,
                        _ => return self.err("expected a date fact"),
                    };
                    self.pos += 1;
                    self.expect(Tok::RParen, "«)»")?;
                    Term::MonthsSince(fact)
                }
                "months_after" => {
                    self.expect(Tok::LParen, "«(» after months_after")?;
                    let fact = match self.peek().cloned() {
                        Some(Tok::Ident(f)) => f,
                        _ => return self.err("expected a date fact"),
                    };
                    self.pos += 1;
                    self.expect(Tok::Comma, "«,» and a number of months")?;
                    let n = match self.peek().cloned() {
                        Some(Tok::Num(n)) if n >= 0.0 && n.fract() == 0.0 => n as u32,
                        _ => return self.err("expected a whole number of months"),
                    };
                    self.pos += 1;
                    self.expect(Tok::RParen, "«)»")?;
                    Term::MonthsAfter(fact, n)
                }
                w if w.starts_with("person.") => {
                    let field = &w["person.".len()..];
                    if !PERSON_FIELDS.contains(&field) {
                        self.pos -= 1;
                        return self
                            .err(format!("«{w}»: a person has {}", PERSON_FIELDS.join(", ")));
                    }
                    Term::Person(field.to_string())
                }
                "and" | "or" | "not" | "in" => {
                    self.pos -= 1;
                    return self.err(format!("expected a fact or a value before «{w}»"));
                }
                _ => Term::Fact(w),
            },
            _ => {
                self.pos -= 1;
                return self.err("expected a fact or a value");
            }
        })
    }
}

/// Parses a condition.
pub fn parse(src: &str) -> Result<Cond, ParseError> {
    let toks = tokens(src)?;
    let mut p = Parser {
        toks,
        pos: 0,
        len: src.len(),
    };
    let cond = p.or()?;
    if p.pos != p.toks.len() {
        return p.err("unexpected text after the condition");
    }
    Ok(cond)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(f: &str) -> Term {
        Term::Fact(f.into())
    }

    #[test]
    fn a_bare_fact_means_it_holds() {
        assert_eq!(parse("pregnant").unwrap(), Cond::Holds(fact("pregnant")));
    }

    #[test]
    fn and_binds_tighter_than_or() {
        let c = parse("a or b and not c").unwrap();
        assert_eq!(
            c,
            Cond::Any(vec![
                Cond::Holds(fact("a")),
                Cond::All(vec![
                    Cond::Holds(fact("b")),
                    Cond::Not(Box::new(Cond::Holds(fact("c"))))
                ])
            ])
        );
    }

    #[test]
    fn parameters_can_be_multiplied_and_compared() {
        let c = parse("income_per_person <= 4 * $pm-incapable").unwrap();
        assert_eq!(
            c,
            Cond::Compare(
                fact("income_per_person"),
                Op::Le,
                Term::Param {
                    id: "pm-incapable".into(),
                    times: 4.0
                }
            )
        );
    }

    #[test]
    fn dates_lists_and_functions_parse() {
        assert_eq!(
            parse("today >= 2026-01-01").unwrap(),
            Cond::Compare(
                Term::Today,
                Op::Ge,
                Term::Date(Date::new(2026, 1, 1).unwrap())
            )
        );
        assert_eq!(
            parse(r#"group in ["1a", "2"]"#).unwrap(),
            Cond::In(fact("group"), vec!["1a".into(), "2".into()])
        );
        assert_eq!(
            parse("months_since(baby_birth_date) < 12").unwrap(),
            Cond::Compare(
                Term::MonthsSince("baby_birth_date".into()),
                Op::Lt,
                Term::Number(12.0)
            )
        );
    }

    #[test]
    fn per_person_terms_and_month_anniversaries_parse() {
        let c = parse(r#"person.disability in ["child", "1"] or person.self"#).unwrap();
        assert!(c.about_person());
        assert_eq!(
            parse("today <= months_after(baby_birth_date, 12)").unwrap(),
            Cond::Compare(
                Term::Today,
                Op::Le,
                Term::MonthsAfter("baby_birth_date".into(), 12)
            )
        );
        assert!(!parse("income_month > 0").unwrap().about_person());
        assert!(parse("person.height > 1").is_err());
    }

    #[test]
    fn mistakes_are_reported_with_their_place() {
        for (src, at) in [
            ("a and", 5),
            ("(a or b", 7),
            ("a <= ", 5),
            ("2026-13-01 = today", 0),
            ("a # b", 2),
            ("x in [y]", 6),
            ("a b", 2),
        ] {
            let e = parse(src).unwrap_err();
            assert_eq!(e.at, at, "{src}: {e}");
        }
    }
}
