//! Answers a form starts with from what the person chose elsewhere on the portal (issue 16): a
//! person who said on the community page that she lives abroad, in a country chosen by its name,
//! finds a form's "where do you live" answered "abroad" and its country answered with that
//! country. The person can change either; an answer already given is never replaced (the caller
//! asks only for fields without an answer).

use crate::model::{Field, FieldKind};

/// The id of the field that asks where the person lives (`data/forms/common.toml`, residence).
pub const LIVES: &str = "lives";
/// Its answer for a person who lives abroad.
pub const ABROAD: &str = "abroad";

/// What the country chosen on the community page (`country`: ISO 3166-1 alpha-2, `None` when
/// the person lives in Ukraine) answers in `field`: [`ABROAD`] for the question where the person
/// lives (when it offers that answer), the country's code for a country field; `None` for any
/// other field, or when no country was chosen or it is not a two-letter code.
pub fn from_abroad(field: &Field, country: Option<&str>) -> Option<String> {
    let country = country?.trim();
    if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    match &field.kind {
        FieldKind::Choice(options)
            if field.id == LIVES && options.iter().any(|o| o.value == ABROAD) =>
        {
            Some(ABROAD.to_string())
        }
        FieldKind::Country => Some(country.to_ascii_uppercase()),
        _ => None,
    }
}
