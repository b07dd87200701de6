//! Territorial communities (hromadas) from the official codifier КАТОТТГ, with their place in the
//! official list of territories of hostilities and temporary occupation.

use crate::Date;
use crate::model::Edition;
use serde::{Deserialize, Serialize};

/// The type of a community, after the category of its administrative centre.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CommunityType {
    /// Міська — the centre is a city.
    Urban,
    /// Селищна — the centre is a селище.
    Settlement,
    /// Сільська — the centre is a village.
    Rural,
    /// A city with special status (Київ, Севастополь): not a hromada in the codifier, but where
    /// people live and apply, so the picker offers it.
    SpecialStatusCity,
}

/// A section of the official list of territories of hostilities and occupation
/// (наказ Мінрозвитку № 376 від 28.02.2025).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ListSection {
    /// Території можливих бойових дій.
    PossibleHostilities,
    /// Території активних бойових дій.
    ActiveHostilities,
    /// Території активних бойових дій, на яких функціонують державні електронні інформаційні ресурси.
    ActiveHostilitiesWithStateEResources,
    /// Тимчасово окуповані Російською Федерацією території.
    TemporarilyOccupied,
}

/// One period a territory spent in a section of the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    /// The start date; the source has one row without it.
    #[serde(default)]
    pub start: Option<Date>,
    /// The end date; `None` means it has not ended.
    #[serde(default)]
    pub end: Option<Date>,
}

/// A row of the list that concerns a community.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListEntry {
    pub section: ListSection,
    /// `None`: the whole community (or its whole raion) is listed. `Some(name)`: only this
    /// settlement or part of it, as the list names it.
    #[serde(default)]
    pub part: Option<String>,
    pub periods: Vec<Period>,
}

impl ListEntry {
    /// Is any period of this entry still going on at `day`?
    pub fn is_ongoing(&self, day: Date) -> bool {
        self.periods
            .iter()
            .any(|p| p.start.is_none_or(|s| s <= day) && p.end.is_none_or(|e| day <= e))
    }
}

/// A territorial community.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Community {
    /// The КАТОТТГ code, e.g. `UA12060090000074553`.
    pub code: String,
    /// The name as the codifier gives it, e.g. "Грушівська".
    pub name: String,
    /// The name transliterated by the official scheme (постанова КМУ № 55 від 27.01.2010).
    pub name_en: String,
    #[serde(rename = "type")]
    pub kind: CommunityType,
    /// The name of its administrative centre (the first settlement the codifier lists under it),
    /// e.g. "Кривий Ріг" for Криворізька: people often know their town, not their community.
    pub centre: String,
    /// The centre's name transliterated by the official scheme.
    pub centre_en: String,
    /// Index into [`Communities::oblasts`]; a city with special status has its own entry there.
    pub oblast: u16,
    /// Index into [`Communities::raions`]; `None` for a city with special status.
    #[serde(default)]
    pub raion: Option<u16>,
    /// Its rows in the list of hostilities and occupation; empty when it is not listed.
    #[serde(default)]
    pub listed: Vec<ListEntry>,
    /// How many settlements (cities, селища, villages) the codifier lists under it: where the
    /// list names every one of them, the whole community is listed.
    #[serde(default)]
    pub settlements: u16,
    /// Where the list names only part of the community, so that whether a person left a listed
    /// territory depends on the settlement: every settlement of the codifier under it, with the
    /// rows of the list that cover it. Empty for every other community (the data stays small).
    #[serde(default)]
    pub parts: Vec<Settlement>,
}

/// The category of a settlement in the codifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SettlementKind {
    /// Місто (M).
    City,
    /// Селище (X).
    Town,
    /// Село (C).
    Village,
}

/// How much of a settlement a row of the list covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Share {
    /// All of it.
    Whole,
    /// Only a part the row names («частина м. Золотого (Золоте – 5)», a city district).
    Part,
    /// All of it but a part the row leaves out («… за винятком … частина м. Золотого …»).
    Rest,
}

/// A row of the list that covers a settlement: an index into its community's
/// [`Community::listed`], and how much of the settlement it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cover {
    pub entry: u16,
    pub share: Share,
}

/// A settlement (city, селище, village) of a community the list names only in part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settlement {
    /// The КАТОТТГ code, e.g. `UA14160190130054690`.
    pub code: String,
    /// The name as the codifier gives it, e.g. "Дальнє".
    pub name: String,
    /// The name transliterated by the official scheme, e.g. "Dalnie".
    pub name_en: String,
    pub kind: SettlementKind,
    /// The rows of the list that cover it; empty when the list does not name it.
    #[serde(default)]
    pub covers: Vec<Cover>,
}

/// Does the settlement `settlement` (a КАТОТТГ code) lie in the community `community`? The
/// codifier's codes share the oblast, raion and hromada digits (`UA` and seven digits).
pub fn lies_in(settlement: &str, community: &str) -> bool {
    settlement.len() >= 9
        && community.len() >= 9
        && settlement.as_bytes()[..9] == community.as_bytes()[..9]
}

/// A raion, with the oblast it lies in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Raion {
    pub code: String,
    pub name: String,
    pub name_en: String,
    pub oblast: u16,
}

/// An oblast, the Autonomous Republic of Crimea, or a city with special status (Київ,
/// Севастополь): the codifier's first level, in its order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Oblast {
    pub code: String,
    pub name: String,
    pub name_en: String,
}

/// All communities, as the importer writes them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Communities {
    /// The codifier edition the communities came from.
    pub codifier: Edition,
    /// The edition of the list of hostilities and occupation.
    pub hostilities_list: Edition,
    pub oblasts: Vec<Oblast>,
    pub raions: Vec<Raion>,
    pub communities: Vec<Community>,
}

impl Communities {
    /// Reads the importer's JSON (the readable, committed form).
    pub fn from_json(json: &str) -> Result<Communities, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// Reads the importer's compact binary form, which the app fetches.
    pub fn from_binary(bytes: &[u8]) -> Result<Communities, crate::model::LoadError> {
        Ok(postcard::from_bytes(bytes)?)
    }

    /// The compact binary form that [`Communities::from_binary`] reads.
    pub fn to_binary(&self) -> Result<Vec<u8>, crate::model::LoadError> {
        Ok(postcard::to_allocvec(self)?)
    }

    /// The community with this КАТОТТГ code.
    pub fn get(&self, code: &str) -> Option<&Community> {
        self.communities.iter().find(|c| c.code == code)
    }

    /// A settlement of a community the list names only in part, with its community.
    pub fn settlement(&self, code: &str) -> Option<(&Community, &Settlement)> {
        self.communities
            .iter()
            .filter(|c| !c.parts.is_empty() && lies_in(code, &c.code))
            .find_map(|c| Some((c, c.parts.iter().find(|s| s.code == code)?)))
    }

    pub fn oblast_of(&self, c: &Community) -> &Oblast {
        &self.oblasts[c.oblast as usize]
    }

    pub fn raion_of(&self, c: &Community) -> Option<&Raion> {
        c.raion.map(|r| &self.raions[r as usize])
    }
}
