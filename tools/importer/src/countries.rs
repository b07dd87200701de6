//! The country table (`data/generated/countries.{json,bin}`, issue 16): names from CLDR and
//! postal code formats from Google's address metadata, as `scripts/country-sources.sh` extracted
//! them into `data/countries/`, and each country's telephone numbering plan from libphonenumber's
//! metadata as the `phonenumber` crate carries it.
//!
//! libphonenumber decides whether a number is valid with regular expressions per country and
//! number type, which the browser cannot afford. So the importer reduces them to what the
//! `identifiers` crate checks ([`identifiers::PhonePlan`]): for the leading digits of the national
//! number, down to [`PREFIX_DEPTH`] digits, the lengths that some valid number starting with them
//! has. It computes this from the expressions: each number type's becomes a DFA
//! (`regex-automata`), and the lengths reachable from the state after the leading digits, within
//! the lengths the type and the country allow, are found by walking it. (libphonenumber also
//! requires the country's general pattern, which the metadata makes the union of the types'; the
//! test `tools/importer/tests/phones.rs` checks the table against the `phonenumber` crate.) Only
//! the entries that differ from the shorter prefix they refine are kept.
//!
//! This takes a few minutes, so it is a step of its own, not part of every import:
//! `cargo run --release -p importer --bin countries` writes `data/generated/countries.{json,bin}`;
//! a test checks that the names and postal formats there are what `data/countries/` gives.

use crate::Error;
use identifiers::{Countries, Country, CountryCode, PhonePlan, PostalFormat, pattern::Pattern};
use phonenumber::metadata::{DATABASE, Descriptor, Metadata};
use regex_automata::Anchored;
use regex_automata::dfa::{Automaton, dense};
use regex_automata::util::primitives::StateID;
use regex_automata::util::syntax;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// How many leading digits the phone table distinguishes at most.
pub const PREFIX_DEPTH: usize = 3;
/// The most memory one number type's DFA may take; a larger one is checked by its lengths alone.
const DFA_LIMIT: usize = 16 << 20;
/// The longest national number considered (E.164 allows 15 digits in all).
const MAX_LEN: usize = 17;

#[derive(Deserialize)]
struct NamesFile {
    source: SourceNote,
    territories: BTreeMap<String, Names>,
}

#[derive(Deserialize)]
struct Names {
    uk: Option<String>,
    en: Option<String>,
    uk_alt: Vec<String>,
    en_alt: Vec<String>,
}

#[derive(Deserialize)]
struct PostalFile {
    source: SourceNote,
    postal: BTreeMap<String, Postal>,
}

#[derive(Deserialize)]
struct Postal {
    zip: String,
    zipex: Vec<String>,
    postprefix: Option<String>,
}

#[derive(Deserialize)]
struct SourceNote {
    package: String,
    sha256: String,
}

/// A pattern as a DFA over digits that accepts the strings it matches at their start (as
/// `Descriptor::is_match` reads it: a match from the first digit, whatever follows).
struct Dfa {
    dfa: dense::DFA<Vec<u32>>,
    start: StateID,
}

impl Dfa {
    /// `None` when the DFA would be larger than [`DFA_LIMIT`] (China's fixed-line numbers).
    fn new(pattern: &str) -> Result<Option<Dfa>, Error> {
        let dfa = dense::Builder::new()
            .configure(
                dense::Config::new()
                    .dfa_size_limit(Some(DFA_LIMIT))
                    .determinize_size_limit(Some(DFA_LIMIT)),
            )
            .syntax(
                syntax::Config::new()
                    .unicode(false)
                    .utf8(false)
                    .ignore_whitespace(true),
            )
            .build(&format!("(?:{pattern})[0-9]*"));
        let dfa = match dfa {
            Ok(dfa) => dfa,
            Err(e) if e.to_string().contains("limit") => return Ok(None),
            Err(e) => return Err(Error::Binary(format!("phone pattern {pattern}: {e}"))),
        };
        let input = regex_automata::Input::new("").anchored(Anchored::Yes);
        let start = dfa
            .start_state_forward(&input)
            .map_err(|e| Error::Binary(format!("phone pattern {pattern}: {e}")))?;
        Ok(Some(Dfa { dfa, start }))
    }

    /// Any digits: for a type whose pattern is too large, only its lengths are checked.
    fn any() -> Dfa {
        Dfa::new("[0-9]*")
            .ok()
            .flatten()
            .expect("a DFA for [0-9]* is small")
    }

    fn step(&self, s: StateID, digit: u8) -> StateID {
        self.dfa.next_state(s, b'0' + digit)
    }

    fn accepts(&self, s: StateID) -> bool {
        self.dfa.is_match_state(self.dfa.next_eoi_state(s))
    }

    fn dead(&self, s: StateID) -> bool {
        self.dfa.is_dead_state(s)
    }
}

fn mask(lengths: &[u16]) -> u32 {
    lengths
        .iter()
        .filter(|&&l| (l as usize) <= MAX_LEN)
        .fold(0, |m, &l| m | 1 << l)
}

/// One number type of a region.
struct TypeWalk<'a> {
    /// The region's general pattern, which libphonenumber requires too.
    general: &'a Dfa,
    kind: Dfa,
    /// The lengths the type allows, within those the region's general description allows.
    lengths: u32,
    memo: HashMap<(StateID, StateID, usize), u32>,
}

impl TypeWalk<'_> {
    /// The total lengths of valid numbers that continue from these states at this depth.
    fn lengths(&mut self, (g, t): (StateID, StateID), depth: usize) -> u32 {
        if self.general.dead(g) || self.kind.dead(t) || depth > MAX_LEN {
            return 0;
        }
        if let Some(&m) = self.memo.get(&(g, t, depth)) {
            return m;
        }
        let mut m = 0;
        let bit = 1u32 << depth;
        if self.general.accepts(g) && self.kind.accepts(t) && self.lengths & bit != 0 {
            m |= bit;
        }
        for d in 0..10 {
            m |= self.lengths(self.step((g, t), d), depth + 1);
        }
        self.memo.insert((g, t, depth), m);
        m
    }

    fn step(&self, (g, t): (StateID, StateID), d: u8) -> (StateID, StateID) {
        (self.general.step(g, d), self.kind.step(t, d))
    }
}

fn descriptors(meta: &Metadata) -> Vec<&Descriptor> {
    let d = meta.descriptors();
    [
        d.premium_rate(),
        d.toll_free(),
        d.shared_cost(),
        d.voip(),
        d.personal_number(),
        d.pager(),
        d.uan(),
        d.voicemail(),
        d.fixed_line(),
        d.mobile(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// A region's plan: the lengths valid numbers have, by their leading digits.
pub fn phone_plan(meta: &Metadata) -> Result<PhonePlan, Error> {
    let general_dfa =
        Dfa::new(meta.descriptors().general().national_number().as_str())?.unwrap_or_else(Dfa::any);
    let general = mask(meta.descriptors().general().possible_length());
    let general = if general == 0 { u32::MAX } else { general };
    let mut walks = Vec::new();
    for d in descriptors(meta) {
        let own = mask(d.possible_length());
        walks.push(TypeWalk {
            general: &general_dfa,
            kind: Dfa::new(d.national_number().as_str())?.unwrap_or_else(|| {
                eprintln!(
                    "countries: {}: a number type's pattern is too large for a DFA; checked by its lengths alone",
                    meta.id()
                );
                Dfa::any()
            }),
            lengths: general & if own == 0 { u32::MAX } else { own },
            memo: HashMap::new(),
        });
    }
    let starts: Vec<(StateID, StateID)> = walks
        .iter()
        .map(|w| (w.general.start, w.kind.start))
        .collect();
    let (root, entries) = subtree(&mut walks, &starts, String::new());
    let mut prefixes = vec![(String::new(), root)];
    prefixes.extend(entries);
    Ok(PhonePlan {
        calling_code: meta.country_code(),
        main: meta.is_main_country_for_code(),
        prefixes,
    })
}

/// The value stored for `prefix` and the entries below it that differ from the value of their
/// parent. A node stores the lengths most of its children have (plus its own length, for the
/// number that is the prefix itself), so that only the children that differ need an entry.
fn subtree(
    walks: &mut [TypeWalk<'_>],
    states: &[(StateID, StateID)],
    prefix: String,
) -> (u32, Vec<(String, u32)>) {
    let depth = prefix.len();
    let own = walks
        .iter_mut()
        .zip(states)
        .map(|(w, &s)| w.lengths(s, depth))
        .fold(0, |a, b| a | b);
    if depth == PREFIX_DEPTH || own == 0 {
        return (own, Vec::new());
    }
    let mut children = Vec::with_capacity(10);
    for d in 0..10u8 {
        let next: Vec<(StateID, StateID)> = walks
            .iter()
            .zip(states)
            .map(|(w, &s)| w.step(s, d))
            .collect();
        let p = format!("{prefix}{d}");
        let (value, below) = subtree(walks, &next, p.clone());
        children.push((p, value, below));
    }
    // The most common value among the children (the smallest on a tie, for a stable table).
    let mut counts: BTreeMap<u32, usize> = BTreeMap::new();
    for (_, v, _) in &children {
        *counts.entry(*v).or_default() += 1;
    }
    let majority = counts
        .iter()
        .max_by_key(|(v, n)| (**n, std::cmp::Reverse(**v)))
        .map_or(0, |(v, _)| *v);
    let low = own & ((1u32 << (depth + 1)) - 1);
    let value = majority | low;
    let mut entries = Vec::new();
    for (p, v, below) in children {
        if v != value {
            entries.push((p, v));
        }
        entries.extend(below);
    }
    (value, entries)
}

/// Reads `data/countries/` and the phone metadata into the table.
/// `phones`: also reduce the numbering plans (minutes); without, countries carry none.
pub fn build(root: &Path, phones: bool) -> Result<Countries, Error> {
    let dir = root.join("data/countries");
    let read = |name: &str| crate::read(&dir.join(name));
    let json =
        |name: &str, e: serde_json::Error| Error::Binary(format!("data/countries/{name}: {e}"));
    let names: NamesFile = serde_json::from_str(&read("cldr-territories.json")?)
        .map_err(|e| json("cldr-territories.json", e))?;
    let postal: PostalFile = serde_json::from_str(&read("libaddressinput-postal.json")?)
        .map_err(|e| json("libaddressinput-postal.json", e))?;
    let mut countries = Vec::new();
    for (code, n) in &names.territories {
        if CountryCode::parse(code).is_err() {
            continue; // EU, UN, EZ, QO, XK, ZZ and other codes that are no ISO 3166-1 country
        }
        let (Some(uk), Some(en)) = (n.uk.clone(), n.en.clone()) else {
            return Err(Error::Binary(format!(
                "CLDR has no uk or en name for {code}"
            )));
        };
        let started = std::time::Instant::now();
        let phone = match DATABASE.by_id(code.as_str()).filter(|_| phones) {
            Some(meta) => Some(phone_plan(meta)?),
            None => None,
        };
        if std::env::var_os("COUNTRIES_TIMING").is_some() {
            eprintln!("{code}: {:?}", started.elapsed());
        }
        let postal = match postal.postal.get(code) {
            Some(p) => {
                Pattern::parse(&p.zip).map_err(|e| {
                    Error::Binary(format!("postal format of {code} «{}»: {e}", p.zip))
                })?;
                Some(PostalFormat {
                    pattern: p.zip.clone(),
                    examples: p.zipex.clone(),
                    prefix: p.postprefix.clone(),
                })
            }
            None => None,
        };
        countries.push(Country {
            code: code.clone(),
            uk,
            en,
            also: n.uk_alt.iter().chain(&n.en_alt).cloned().collect(),
            phone,
            postal,
        });
    }
    Ok(Countries {
        sources: vec![
            format!(
                "names: CLDR territory names, {} (sha256 {})",
                names.source.package, names.source.sha256
            ),
            format!(
                "postal codes: Google address metadata (libaddressinput), {} (sha256 {})",
                postal.source.package, postal.source.sha256
            ),
            format!(
                "phone numbering plans: libphonenumber metadata, crates.io phonenumber {}",
                PHONENUMBER_VERSION
            ),
        ],
        countries,
    })
}

/// The `phonenumber` crate's version (its build metadata names libphonenumber's).
pub const PHONENUMBER_VERSION: &str = "0.3.10+9.0.33";

#[derive(Deserialize)]
struct CurrenciesFile {
    source: SourceNote,
    regions: BTreeMap<String, Vec<String>>,
    currencies: BTreeMap<String, CurrencyNames>,
}

#[derive(Deserialize)]
struct CurrencyNames {
    uk: String,
    en: String,
}

/// The currencies an income earned abroad may be given in: each country's currency in use and
/// the currencies' names, from CLDR as `scripts/country-sources.sh` extracted them into
/// `data/countries/cldr-currencies.json` (see [`rules::currency`]). Quick: the main import runs it.
pub fn currencies(root: &Path) -> Result<rules::currency::Currencies, Error> {
    let name = "cldr-currencies.json";
    let file: CurrenciesFile =
        serde_json::from_str(&crate::read(&root.join("data/countries").join(name))?)
            .map_err(|e| Error::Binary(format!("data/countries/{name}: {e}")))?;
    let mut countries = Vec::new();
    for (country, codes) in &file.regions {
        if CountryCode::parse(country).is_err() {
            continue;
        }
        if let Some(code) = codes.first() {
            if !file.currencies.contains_key(code) {
                return Err(Error::Binary(format!(
                    "data/countries/{name}: {country}: currency {code} has no names"
                )));
            }
            countries.push((country.clone(), code.clone()));
        }
    }
    if !file.currencies.contains_key(rules::currency::HRYVNIA) {
        return Err(Error::Binary(format!("data/countries/{name}: no hryvnia")));
    }
    Ok(rules::currency::Currencies {
        sources: vec![format!(
            "currencies: CLDR currency data and names, {} (sha256 {})",
            file.source.package, file.source.sha256
        )],
        currencies: file
            .currencies
            .into_iter()
            .map(|(code, n)| rules::currency::Currency {
                code,
                name: catalogue::Text { uk: n.uk, en: n.en },
            })
            .collect(),
        countries,
    })
}
