//! The currencies an income earned abroad may be given in (issue 16): each country's currency and
//! the currencies' names in Ukrainian and English, from CLDR (`scripts/country-sources.sh`
//! extracts them into `data/countries/cldr-currencies.json`; the importer writes
//! `data/generated/currencies.{json,bin}`, which the check fetches when it asks for an income).
//! There are no exchange rates here: the person gives the National Bank's rate, or none, and
//! [`crate::answers::to_uah`] converts.

use catalogue::{Lang, Text};
use serde::{Deserialize, Serialize};

/// The currency the amounts of the rules are in.
pub const HRYVNIA: &str = "UAH";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Currencies {
    /// The package and version the table comes from.
    pub sources: Vec<String>,
    /// By code.
    pub currencies: Vec<Currency>,
    /// Each country (ISO 3166-1 alpha-2) and its currency in use (CLDR's first tender in use).
    pub countries: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Currency {
    /// ISO 4217: `PLN`.
    pub code: String,
    /// «польський злотий», "Polish zloty".
    pub name: Text,
}

impl Currencies {
    pub fn get(&self, code: &str) -> Option<&Currency> {
        self.currencies.iter().find(|c| c.code == code)
    }

    /// The currency of a country, by its ISO 3166-1 alpha-2 code.
    pub fn of_country(&self, country: &str) -> Option<&Currency> {
        let (_, code) = self.countries.iter().find(|(c, _)| c == country)?;
        self.get(code)
    }

    /// The currencies to offer: the currency of the country the person lives in (if they said),
    /// then the hryvnia, then every other by its name in `lang`.
    pub fn offered(&self, country: Option<&str>, lang: Lang) -> Vec<&Currency> {
        let first: Vec<&Currency> = [country.and_then(|c| self.of_country(c)), self.get(HRYVNIA)]
            .into_iter()
            .flatten()
            .collect();
        let mut rest: Vec<&Currency> = self
            .currencies
            .iter()
            .filter(|c| !first.iter().any(|f| f.code == c.code))
            .collect();
        rest.sort_by(|a, b| a.name.get(lang).cmp(b.name.get(lang)));
        let mut out = first;
        out.dedup_by(|a, b| a.code == b.code);
        out.extend(rest);
        out
    }

    pub fn to_binary(&self) -> Result<Vec<u8>, postcard::Error> {
        postcard::to_allocvec(self)
    }

    pub fn from_binary(bytes: &[u8]) -> Result<Currencies, postcard::Error> {
        postcard::from_bytes(bytes)
    }
}
