//! Answers a form starts with from what the person chose elsewhere on the portal (issue 16): a
//! person who said on the community page that she lives abroad, in a country chosen by its name,
//! finds a form's "where do you live" answered "abroad" and its country answered with that
//! country. The person can change either; an answer already given is never replaced (the caller
//! asks only for fields without an answer).
//!
//! Likewise the number of family members an application is also for (the IDP allowance's
//! `members`, issue 16) starts at the number of people the eligibility check was told live with
//! the person ([`from_household`]).

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

/// The eligibility fact of the people who live with the person (`rules::answers::HOUSEHOLD`).
pub const HOUSEHOLD: &str = "household";

/// What the check's household (`members`: how many people live with the person, `None` when it
/// was not asked) answers in `field`: that number, for a choice prefilled from [`HOUSEHOLD`] that
/// offers it; `None` otherwise (a household larger than the form takes is left for the person).
pub fn from_household(field: &Field, members: Option<usize>) -> Option<String> {
    if field.prefill.as_deref() != Some(HOUSEHOLD) {
        return None;
    }
    let value = members?.to_string();
    match &field.kind {
        FieldKind::Choice(options) if options.iter().any(|o| o.value == value) => Some(value),
        _ => None,
    }
}
