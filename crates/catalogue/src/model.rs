//! The catalogue of social payments and services: what exists, for whom, how much, on which legal
//! basis, and how to apply. Every fact keeps the source it came from.

use crate::{Date, Lang};
use serde::{Deserialize, Serialize};

/// A text in both of the portal's languages. Ukrainian is the original; English a translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub uk: String,
    pub en: String,
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Uk => &self.uk,
            Lang::En => &self.en,
        }
    }

    /// Both languages are present and not blank.
    pub fn is_complete(&self) -> bool {
        !self.uk.trim().is_empty() && !self.en.trim().is_empty()
    }
}

/// Is it money or a service?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A cash payment or compensation.
    Payment,
    /// A social service (Law «Про соціальні послуги») or an in-kind provision.
    Service,
}

impl Kind {
    pub const ALL: [Kind; 2] = [Kind::Payment, Kind::Service];

    /// The slug used in URLs and message ids.
    pub fn slug(self) -> &'static str {
        match self {
            Kind::Payment => "payment",
            Kind::Service => "service",
        }
    }

    pub fn from_slug(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.slug() == s)
    }
}

macro_rules! slug_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $slug:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vm])* #[serde(rename = $slug)] $variant),+
        }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The slug used in data files, URLs and message ids.
            pub fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug),+ }
            }

            /// The value with this slug.
            pub fn from_slug(s: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.slug() == s)
            }
        }
    };
}

slug_enum! {
    /// The broad area a programme belongs to; the catalogue's main filter.
    Category {
        /// Families with children.
        Families = "families",
        /// Internally displaced people.
        Displacement = "displacement",
        /// People with disabilities.
        Disability = "disability",
        /// Carers and care.
        Care = "care",
        /// Low income and housing costs.
        LowIncome = "low-income",
        /// Veterans and rehabilitation.
        Veterans = "veterans",
        /// Social services of the Law «Про соціальні послуги».
        SocialServices = "social-services",
    }
}

slug_enum! {
    /// A life situation a person starts from, as the home page lists them.
    Situation {
        Birth = "birth",
        Displacement = "displacement",
        Disability = "disability",
        Care = "care",
        LowIncome = "low-income",
        BreadwinnerLoss = "breadwinner-loss",
        ReturnFromAbroad = "return-from-abroad",
        ChildInDifficulty = "child-in-difficulty",
    }
}

slug_enum! {
    /// A way to apply.
    Channel {
        /// The Diia portal or app.
        Diia = "diia",
        /// Another online channel (a ministry's or the Pension Fund's web portal).
        Online = "online",
        /// A Centre for Administrative Services (ЦНАП).
        Cnap = "cnap",
        /// A Pension Fund of Ukraine service centre.
        Pfu = "pfu",
        /// The community's starosta or another authorised official.
        Starosta = "starosta",
        /// The community's social protection body or executive committee.
        SocialProtection = "social-protection",
        /// The maternity hospital or other health facility.
        HealthFacility = "health-facility",
        /// A civil registry office (ДРАЦС).
        Drats = "drats",
        /// The Fund for Social Protection of Persons with Disabilities.
        DisabilityFund = "disability-fund",
        /// By post.
        Post = "post",
        /// A consulate or a Unity Centre abroad.
        Abroad = "abroad",
    }
}

slug_enum! {
    /// How far a source can be trusted.
    SourceStatus {
        /// A legal text or a ministry's, the Pension Fund's or Diia's own page.
        Official = "official",
        /// A community's or a news page restating an official source.
        Secondary = "secondary",
        /// A single weak source, or sources that conflict.
        Unverified = "unverified",
    }
}

/// How often an amount is paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Period {
    OneOff,
    Monthly,
}

/// A source a fact came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub url: String,
    pub status: SourceStatus,
}

/// What a person gets, with the date it applies from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Amount {
    /// The amount as a sentence, e.g. "3 000 грн на місяць на дитину".
    pub text: Text,
    /// The amount in hryvnias, where one number says it.
    #[serde(default)]
    pub value_uah: Option<f64>,
    #[serde(default)]
    pub period: Option<Period>,
    /// The first day this amount applies.
    pub from: Date,
    /// The last day it applies, where known.
    #[serde(default)]
    pub until: Option<Date>,
    pub sources: Vec<Source>,
}

/// A legal act a programme rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalAct {
    /// The act's title, e.g. "Постанова КМУ «Про затвердження Порядку …»".
    pub title: Text,
    /// Its number, e.g. "332" or "2671-VIII".
    pub number: String,
    /// The date it was adopted, where the sources give it (never written from memory).
    #[serde(default)]
    pub date: Option<Date>,
    /// The official text on zakon.rada.gov.ua.
    pub url: String,
}

/// A way to apply, with what to know about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Apply {
    pub channel: Channel,
    #[serde(default)]
    pub note: Option<Text>,
}

/// Where a programme applies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// Everywhere in Ukraine.
    #[default]
    National,
    /// Only in one community, given by its КАТОТТГ code.
    Local(String),
}

/// One programme or service of the catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Programme {
    /// A stable slug, used in URLs.
    pub id: String,
    pub kind: Kind,
    pub category: Category,
    pub situations: Vec<Situation>,
    #[serde(default)]
    pub scope: Scope,
    pub title: Text,
    pub summary: Text,
    /// Who it is for, one condition a line.
    pub who: Vec<Text>,
    /// What a person gets.
    #[serde(default)]
    pub amounts: Vec<Amount>,
    pub legal: Vec<LegalAct>,
    #[serde(default)]
    pub documents: Vec<Text>,
    pub apply: Vec<Apply>,
    #[serde(default)]
    pub deadlines: Vec<Text>,
    /// Who decides.
    pub administrator: Text,
    /// Code in the Classifier of social services (наказ Мінсоцполітики № 429), where confirmed.
    #[serde(default)]
    pub classifier_code: Option<String>,
    /// Where sources disagree or facts could not be confirmed, and where to check.
    #[serde(default)]
    pub caveats: Vec<Text>,
    /// Every source of the entry.
    pub sources: Vec<Source>,
    /// Extra words people search for (synonyms, colloquial names), in both languages.
    #[serde(default)]
    pub keywords: Vec<String>,
}

impl Programme {
    /// The amounts that apply on `day`.
    pub fn amounts_on(&self, day: Date) -> impl Iterator<Item = &Amount> {
        self.amounts
            .iter()
            .filter(move |a| a.from <= day && a.until.is_none_or(|u| day <= u))
    }

    /// The programme as a list and search need it: what it is, for whom, and its words, without
    /// the details of its own page (amounts, legal acts, documents, how to apply, deadlines,
    /// caveats, sources). The app ships the cards and fetches the details after the first paint.
    pub fn card(&self) -> Programme {
        Programme {
            amounts: Vec::new(),
            legal: Vec::new(),
            documents: Vec::new(),
            apply: Vec::new(),
            deadlines: Vec::new(),
            caveats: Vec::new(),
            sources: Vec::new(),
            ..self.clone()
        }
    }

    /// Is this programme available to someone in `community` (a КАТОТТГ code, if chosen)?
    pub fn applies_in(&self, community: Option<&str>) -> bool {
        match &self.scope {
            Scope::National => true,
            Scope::Local(code) => community == Some(code.as_str()),
        }
    }
}

/// The edition a derived data file was made from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edition {
    /// What the source is, e.g. "КАТОТТГ".
    pub source: String,
    /// The source file the importer read.
    pub file: String,
    /// The date of the edition.
    pub date: Date,
    /// The legal act that approved or amended it.
    pub approved_by: String,
}

/// The whole catalogue, as the importer writes it and the app and server read it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Catalogue {
    pub programmes: Vec<Programme>,
}

/// Why a data file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("the data is not valid JSON of the expected shape: {0}")]
    Json(#[from] serde_json::Error),
    #[error("the data is not a valid binary file of the expected shape: {0}")]
    Binary(#[from] postcard::Error),
}

impl Catalogue {
    /// Reads the catalogue from the importer's JSON (the readable, committed form).
    pub fn from_json(json: &str) -> Result<Catalogue, LoadError> {
        Ok(serde_json::from_str(json)?)
    }

    /// Reads the catalogue from the importer's compact binary form, which the app ships: it needs
    /// far less code to read than JSON.
    pub fn from_binary(bytes: &[u8]) -> Result<Catalogue, LoadError> {
        Ok(postcard::from_bytes(bytes)?)
    }

    /// The compact binary form that [`Catalogue::from_binary`] reads.
    pub fn to_binary(&self) -> Result<Vec<u8>, LoadError> {
        Ok(postcard::to_allocvec(self)?)
    }

    /// Every programme as a card (see [`Programme::card`]), in the same order.
    pub fn cards(&self) -> Catalogue {
        Catalogue {
            programmes: self.programmes.iter().map(Programme::card).collect(),
        }
    }

    /// The programme with this id.
    pub fn get(&self, id: &str) -> Option<&Programme> {
        self.programmes.iter().find(|p| p.id == id)
    }

    /// National programmes plus the local ones of `community`.
    pub fn for_community<'a>(
        &'a self,
        community: Option<&'a str>,
    ) -> impl Iterator<Item = &'a Programme> + 'a {
        self.programmes
            .iter()
            .filter(move |p| p.applies_in(community))
    }
}

/// A filter over the catalogue, as the catalogue page's URL carries it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub category: Option<Category>,
    pub situation: Option<Situation>,
    pub kind: Option<Kind>,
}

impl Filter {
    pub fn matches(&self, p: &Programme) -> bool {
        self.category.is_none_or(|c| p.category == c)
            && self.situation.is_none_or(|s| p.situations.contains(&s))
            && self.kind.is_none_or(|k| p.kind == k)
    }
}
