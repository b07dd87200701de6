//! The compiled forms.

use catalogue::Text;
use serde::{Deserialize, Serialize};

/// Every form, as the importer writes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Forms {
    pub forms: Vec<Form>,
    /// The general request's template, which makes the form of a community's own programme that
    /// takes applications through the portal ([`crate::request`]).
    #[serde(default)]
    pub request: Option<crate::request::Request>,
}

impl Forms {
    /// The form for a programme of the catalogue.
    pub fn for_programme(&self, programme: &str) -> Option<&Form> {
        self.forms.iter().find(|f| f.programme == programme)
    }

    pub fn to_binary(&self) -> Result<Vec<u8>, postcard::Error> {
        postcard::to_allocvec(self)
    }

    pub fn from_binary(bytes: &[u8]) -> Result<Forms, postcard::Error> {
        postcard::from_bytes(bytes)
    }

    pub fn from_json(json: &str) -> Result<Forms, serde_json::Error> {
        serde_json::from_str(json)
    }
}

/// An application form for one programme or service.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Form {
    /// The catalogue id of the programme it applies for.
    pub programme: String,
    /// The programme's title, from the catalogue (so that applying needs no catalogue).
    pub title: Text,
    /// What to know before starting: how one proves who one is, whether a visit is needed.
    pub before: Vec<Text>,
    pub pages: Vec<Page>,
    pub documents: Vec<Document>,
}

impl Form {
    /// Every field of the form, page by page.
    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.pages.iter().flat_map(|p| p.fields.iter())
    }

    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields().find(|f| f.id == id)
    }
}

/// One page: usually one question; closely related fields (a name, an address) together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Page {
    pub id: String,
    /// The page's heading (for a one-field page, its question).
    pub title: Text,
    pub hint: Option<Text>,
    pub when: Option<Condition>,
    pub fields: Vec<Field>,
}

/// A field of a form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Field {
    /// Unique in the form; the key of the answer.
    pub id: String,
    pub kind: FieldKind,
    pub label: Text,
    pub hint: Option<Text>,
    pub required: bool,
    pub when: Option<Condition>,
    /// The eligibility fact whose answer fills it in (the person can change it).
    pub prefill: Option<String>,
    /// The browser's autocomplete token (`given-name`, `tel`, `email`, …).
    pub autocomplete: Option<String>,
}

/// What a field takes, and which validator checks it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum FieldKind {
    /// Free text on one line, at most this many characters.
    Text {
        max: u32,
    },
    /// Free text on several lines.
    LongText {
        max: u32,
    },
    /// A date; `past`: not after today.
    Date {
        past: bool,
    },
    YesNo,
    Choice(Vec<ChoiceOption>),
    Rnokpp,
    Passport,
    Unzr,
    Iban,
    /// Any phone number, Ukrainian or foreign (E.164).
    Phone,
    Email,
    /// A Ukrainian postal index: 5 digits.
    PostalIndex,
    /// A country abroad (not Ukraine), by its ISO 3166-1 alpha-2 code.
    Country,
    /// A postal code abroad, in the format of the country the form's `country` field names
    /// (Google's address metadata, `identifiers::PostalFormat`); for a country without a format,
    /// 2–12 letters, digits, spaces and dashes.
    PostalCode,
    /// A Ukrainian passport for travel abroad (закордонний паспорт): 2 Latin letters and 6
    /// digits (`identifiers::TravelPassport`).
    TravelPassport,
    /// The series and number of a document whose format the sources do not give (a foreign
    /// passport, a residence permit, a refugee's or a stateless person's document): 4 to 20
    /// letters of any alphabet and digits, with spaces, dashes, slashes, dots or «№» between them;
    /// no format is assumed beyond that.
    DocumentNumber,
}

/// One answer of a choice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChoiceOption {
    pub value: String,
    pub label: Text,
}

/// Shown only when another field has this answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Condition {
    pub field: String,
    /// One of these answers (a yes/no field answers `yes` or `no`); an empty one also matches a
    /// question left unanswered (an optional choice whose default is the usual case).
    pub any_of: Vec<String>,
}

/// A document to attach.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub label: Text,
    pub hint: Option<Text>,
    pub required: bool,
    pub when: Option<Condition>,
}
