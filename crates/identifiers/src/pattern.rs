//! The small part of regular expressions that Google's address metadata writes postal code
//! formats in (`\d{2}-\d{3}`, `[1-9]\d{3} ?(?:[A-RT-Z][A-Z]|S[BCE-RT-Z])`, `GIR ?0AA|…`):
//! literals, `\d`, classes with ranges, groups (`(…)`, `(?:…)`), alternatives and the quantifiers
//! `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`, and the anchors `^`, `$`, `\b`. A pattern always matches the whole text.
//!
//! A regex engine would add tens of kilobytes to the browser's module; the postal formats of all
//! 181 countries that have one need only this. A pattern outside the subset is refused when read
//! ([`Pattern::parse`]), so the importer cannot ship one the browser would misread; a test checks
//! every format against the `regex` crate.

/// A compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern(Vec<Vec<Node>>);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Node {
    Char(char),
    /// Ranges of characters; `\d` is `0-9`.
    Class(Vec<(char, char)>, bool),
    Group(Vec<Vec<Node>>),
    Repeat(Box<Node>, u16, u16),
    /// `^`, `$` or `\b`: a position, no character.
    Start,
    End,
    Boundary,
}

struct Parser<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
}

impl Parser<'_> {
    fn alternatives(&mut self) -> Result<Vec<Vec<Node>>, String> {
        let mut alts = vec![self.sequence()?];
        while self.chars.next_if_eq(&'|').is_some() {
            alts.push(self.sequence()?);
        }
        Ok(alts)
    }

    fn sequence(&mut self) -> Result<Vec<Node>, String> {
        let mut seq = Vec::new();
        while let Some(&c) = self.chars.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom()?;
            seq.push(self.quantified(atom)?);
        }
        Ok(seq)
    }

    fn atom(&mut self) -> Result<Node, String> {
        let c = self.chars.next().ok_or("unexpected end")?;
        Ok(match c {
            '(' => {
                if self.chars.next_if_eq(&'?').is_some() && self.chars.next_if_eq(&':').is_none() {
                    return Err("only (?:…) groups".into());
                }
                let alts = self.alternatives()?;
                if self.chars.next() != Some(')') {
                    return Err("unclosed group".into());
                }
                Node::Group(alts)
            }
            '[' => {
                let negated = self.chars.next_if_eq(&'^').is_some();
                let mut ranges = Vec::new();
                loop {
                    let c = match self.chars.next().ok_or("unclosed class")? {
                        ']' if !ranges.is_empty() => break,
                        '\\' => match self.chars.next().ok_or("unclosed class")? {
                            'd' => {
                                ranges.push(('0', '9'));
                                continue;
                            }
                            e if e.is_ascii_alphanumeric() => return Err(format!("\\{e}")),
                            e => e,
                        },
                        c => c,
                    };
                    if self.chars.peek() == Some(&'-') {
                        self.chars.next();
                        match self.chars.peek() {
                            Some(&']') | None => {
                                ranges.push((c, c));
                                ranges.push(('-', '-'));
                            }
                            Some(&end) => {
                                self.chars.next();
                                ranges.push((c, end));
                            }
                        }
                    } else {
                        ranges.push((c, c));
                    }
                }
                Node::Class(ranges, negated)
            }
            '\\' => match self.chars.next().ok_or("trailing \\")? {
                'd' => Node::Class(vec![('0', '9')], false),
                'b' => Node::Boundary,
                e if e.is_ascii_alphanumeric() => return Err(format!("\\{e}")),
                e => Node::Char(e),
            },
            '^' => Node::Start,
            '$' => Node::End,
            '.' | '*' | '+' | '?' | '{' => return Err(format!("«{c}»")),
            c => Node::Char(c),
        })
    }

    fn number(&mut self) -> Option<u16> {
        let mut n: Option<u16> = None;
        while let Some(d) = self.chars.peek().and_then(|c| c.to_digit(10)) {
            self.chars.next();
            n = Some(n.unwrap_or(0).checked_mul(10)?.checked_add(d as u16)?);
        }
        n
    }

    fn quantified(&mut self, atom: Node) -> Result<Node, String> {
        let (min, max) = match self.chars.peek() {
            Some('?') => (0, 1),
            Some('*') => (0, u16::MAX),
            Some('+') => (1, u16::MAX),
            Some('{') => {
                self.chars.next();
                let min = self.number().ok_or("{ without a number")?;
                let max = if self.chars.next_if_eq(&',').is_some() {
                    self.number().unwrap_or(u16::MAX)
                } else {
                    min
                };
                if self.chars.next() != Some('}') || max < min {
                    return Err("bad {n,m}".into());
                }
                return Ok(Node::Repeat(Box::new(atom), min, max));
            }
            _ => return Ok(atom),
        };
        self.chars.next();
        Ok(Node::Repeat(Box::new(atom), min, max))
    }
}

fn seq(nodes: &[Node], s: &[char], pos: usize, k: &mut dyn FnMut(usize) -> bool) -> bool {
    match nodes.split_first() {
        None => k(pos),
        Some((n, rest)) => node(n, s, pos, &mut |p| seq(rest, s, p, k)),
    }
}

fn node(n: &Node, s: &[char], pos: usize, k: &mut dyn FnMut(usize) -> bool) -> bool {
    match n {
        Node::Char(c) => s.get(pos) == Some(c) && k(pos + 1),
        Node::Class(ranges, negated) => {
            s.get(pos)
                .is_some_and(|c| ranges.iter().any(|(a, b)| (a..=b).contains(&c)) != *negated)
                && k(pos + 1)
        }
        Node::Group(alts) => alts.iter().any(|a| seq(a, s, pos, k)),
        Node::Repeat(inner, min, max) => repeat(inner, *min, *max, 0, s, pos, k),
        Node::Start => pos == 0 && k(pos),
        Node::End => pos == s.len() && k(pos),
        Node::Boundary => {
            let word = |i: Option<usize>| {
                i.and_then(|i| s.get(i))
                    .is_some_and(|c| c.is_alphanumeric() || *c == '_')
            };
            word(pos.checked_sub(1)) != word(Some(pos)) && k(pos)
        }
    }
}

fn repeat(
    inner: &Node,
    min: u16,
    max: u16,
    count: u16,
    s: &[char],
    pos: usize,
    k: &mut dyn FnMut(usize) -> bool,
) -> bool {
    (count < max
        && node(inner, s, pos, &mut |p| {
            p != pos && repeat(inner, min, max, count + 1, s, p, k)
        }))
        || (count >= min && k(pos))
}

impl Pattern {
    /// Reads a pattern of the subset; anything else is an error naming what is not supported.
    pub fn parse(src: &str) -> Result<Pattern, String> {
        let mut p = Parser {
            chars: src.chars().peekable(),
        };
        let alts = p.alternatives()?;
        match p.chars.next() {
            None => Ok(Pattern(alts)),
            Some(c) => Err(format!("unexpected «{c}»")),
        }
    }

    /// Whether the whole of `text` matches.
    pub fn matches(&self, text: &str) -> bool {
        let s: Vec<char> = text.chars().collect();
        self.0.iter().any(|a| seq(a, &s, 0, &mut |p| p == s.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_subset_matches_whole_texts() {
        let p = Pattern::parse(r"\d{2}-\d{3}").unwrap();
        assert!(p.matches("00-950"));
        assert!(!p.matches("00950"));
        assert!(!p.matches("00-9501"));
        let nl = Pattern::parse(r"[1-9]\d{3} ?(?:[A-RT-Z][A-Z]|S[BCE-RT-Z])").unwrap();
        assert!(nl.matches("1234 AB"));
        assert!(nl.matches("1234AB"));
        assert!(!nl.matches("1234 SA"));
        assert!(!nl.matches("0234 AB"));
        let us = Pattern::parse(r"(\d{5})(?:[ \-](\d{4}))?").unwrap();
        assert!(us.matches("22162-1010"));
        assert!(us.matches("95014"));
        assert!(!us.matches("95014-"));
        let bh = Pattern::parse(r"(?:^|\b)(?:1[0-2]|[1-9])\d{2}(?:$|\b)").unwrap();
        assert!(bh.matches("317"));
        assert!(bh.matches("1216"));
        assert!(!bh.matches("1316"));
        assert!(Pattern::parse(r"\w+").is_err());
        assert!(Pattern::parse(r"(?=a)").is_err());
        assert!(Pattern::parse(r"a{3,2}").is_err());
    }
}
