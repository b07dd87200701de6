//! The validation of an application: each visible field with its validator, then the checks that
//! span fields (the РНОКПП encodes the birth date and the sex).

use crate::model::{Condition, Field, FieldKind, Form};
use catalogue::{Date, Lang, Text};
use identifiers::{
    Countries, CountryCode, Email, Iban, LocalizedError, Passport, Phone, Rnokpp, RnokppMismatch,
    Sex, Unzr, not_in_future, parse_date,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What is wrong with one field, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    /// A stable kebab-case code (the identifiers crate's, or this crate's own).
    pub code: String,
    pub message: Text,
}

impl FieldError {
    pub(crate) fn new(
        field: &str,
        code: &str,
        uk: impl Into<String>,
        en: impl Into<String>,
    ) -> FieldError {
        FieldError {
            field: field.to_string(),
            code: code.to_string(),
            message: Text {
                uk: uk.into(),
                en: en.into(),
            },
        }
    }

    pub(crate) fn from_error(field: &str, e: &impl LocalizedError) -> FieldError {
        FieldError::new(field, e.code(), e.message(Lang::Uk), e.message(Lang::En))
    }
}

/// Does the condition hold for these answers (no condition: always)?
pub fn holds(c: &Option<Condition>, answers: &BTreeMap<String, String>) -> bool {
    c.as_ref().is_none_or(|c| {
        // A question left unanswered answers "" (see `Condition::any_of`).
        let a = answers.get(&c.field).map_or("", String::as_str);
        c.any_of.iter().any(|v| v == a)
    })
}

/// The fields a person sees with these answers: on a visible page, and visible themselves.
pub fn visible_fields<'f>(
    form: &'f Form,
    answers: &BTreeMap<String, String>,
) -> impl Iterator<Item = &'f Field> {
    let answers = answers.clone();
    form.pages
        .iter()
        .filter({
            let answers = answers.clone();
            move |p| holds(&p.when, &answers)
        })
        .flat_map(|p| p.fields.iter())
        .filter(move |f| holds(&f.when, &answers))
}

/// Checks one field's raw text; returns the normalised value.
pub fn validate_field(field: &Field, raw: &str, today: Date) -> Result<String, FieldError> {
    let text = raw.trim();
    let id = field.id.as_str();
    if text.is_empty() {
        return if field.required {
            Err(FieldError::new(
                id,
                "required",
                format!("Заповніть поле «{}»", field.label.uk),
                format!("Fill in “{}”", field.label.en),
            ))
        } else {
            Ok(String::new())
        };
    }
    let too_long = |max: u32| {
        FieldError::new(
            id,
            "too-long",
            format!("Не більше {max} символів: скоротіть текст"),
            format!("No more than {max} characters: shorten the text"),
        )
    };
    match &field.kind {
        FieldKind::Text { max } | FieldKind::LongText { max } => {
            if text.chars().count() > *max as usize {
                Err(too_long(*max))
            } else if text
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
            {
                Err(FieldError::new(
                    id,
                    "control-characters",
                    "Приберіть невидимі службові символи з тексту",
                    "Remove the invisible control characters from the text",
                ))
            } else {
                Ok(text.to_string())
            }
        }
        FieldKind::Date { past } => {
            let d = parse_date(text).map_err(|e| FieldError::from_error(id, &e))?;
            if *past {
                not_in_future(d, today).map_err(|e| FieldError::from_error(id, &e))?;
            }
            Ok(d.to_string())
        }
        FieldKind::YesNo => match text {
            "yes" | "no" => Ok(text.to_string()),
            _ => Err(FieldError::new(
                id,
                "choose-one",
                "Виберіть «Так» або «Ні»",
                "Choose “Yes” or “No”",
            )),
        },
        FieldKind::Choice(options) => options
            .iter()
            .find(|o| o.value == text)
            .map(|o| o.value.clone())
            .ok_or_else(|| {
                FieldError::new(
                    id,
                    "choose-one",
                    "Виберіть одну з відповідей",
                    "Choose one of the answers",
                )
            }),
        FieldKind::Rnokpp => Rnokpp::parse(text)
            .map(|r| r.as_str().to_string())
            .map_err(|e| FieldError::from_error(id, &e)),
        FieldKind::Passport => Passport::parse(text)
            .map(|p| p.as_str().to_string())
            .map_err(|e| FieldError::from_error(id, &e)),
        FieldKind::TravelPassport => identifiers::TravelPassport::parse(text)
            .map(|p| p.as_str().to_string())
            .map_err(|e| FieldError::from_error(id, &e)),
        FieldKind::DocumentNumber => document_number(id, text),
        FieldKind::Unzr => Unzr::parse(text)
            .map(|u| u.as_str().to_string())
            .map_err(|e| FieldError::from_error(id, &e)),
        FieldKind::Iban => Iban::parse(text)
            .map(|i| i.as_str().to_string())
            .map_err(|e| FieldError::from_error(id, &e)),
        FieldKind::Phone => Phone::parse(text)
            .map(|p| p.as_str().to_string())
            .map_err(|e| FieldError::from_error(id, &e)),
        FieldKind::Email => Email::parse(text)
            .map(|e| e.as_str().to_string())
            .map_err(|e| FieldError::from_error(id, &e)),
        FieldKind::PostalIndex => {
            if text.len() == 5 && text.bytes().all(|b| b.is_ascii_digit()) {
                Ok(text.to_string())
            } else {
                Err(FieldError::new(
                    id,
                    "postal-index",
                    "Поштовий індекс в Україні — 5 цифр, наприклад 01001",
                    "A Ukrainian postal index has 5 digits, for example 01001",
                ))
            }
        }
        FieldKind::Country => match CountryCode::parse(text) {
            Ok(c) if c.as_str() == "UA" => Err(FieldError::from_error(
                id,
                &identifiers::AddressError::CountryIsUkraine,
            )),
            Ok(c) => Ok(c.as_str().to_string()),
            Err(e) => Err(FieldError::from_error(id, &e)),
        },
        FieldKind::PostalCode => {
            let code = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let fits = (2..=12).contains(&code.chars().count())
                && code
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-');
            if fits {
                Ok(code.to_uppercase())
            } else {
                Err(FieldError::new(
                    id,
                    "postal-code",
                    "Поштовий код — від 2 до 12 латинських літер, цифр, пробілів чи дефісів",
                    "A postal code has 2 to 12 Latin letters, digits, spaces or dashes",
                ))
            }
        }
    }
}

/// The shortest and the longest series and number of a document of no known format
/// ([`FieldKind::DocumentNumber`]).
pub const DOCUMENT_NUMBER: std::ops::RangeInclusive<usize> = 4..=20;

/// A document's series and number whose format the sources do not give: spaces collapsed, letters
/// and digits kept as typed; 4 to 20 characters, letters of any alphabet, digits and the signs
/// that separate them in a number (space, `-`, `/`, `.`, `№`), at least one digit or letter.
fn document_number(id: &str, text: &str) -> Result<String, FieldError> {
    let number = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let length = number.chars().count();
    if !DOCUMENT_NUMBER.contains(&length) {
        let (min, max) = (DOCUMENT_NUMBER.start(), DOCUMENT_NUMBER.end());
        return Err(FieldError::new(
            id,
            "document-number-length",
            format!(
                "Серія й номер документа — від {min} до {max} знаків, а тут {length}. Перепишіть їх, як у документі"
            ),
            format!(
                "A document’s series and number have {min} to {max} characters; this has {length}. Copy them as in the document"
            ),
        ));
    }
    let separator = |c: char| matches!(c, ' ' | '-' | '/' | '.' | '№');
    if !number.chars().all(|c| c.is_alphanumeric() || separator(c))
        || !number.chars().any(char::is_alphanumeric)
    {
        return Err(FieldError::new(
            id,
            "document-number-characters",
            "Пишіть лише літери, цифри, пробіли, дефіси, скісні риски чи крапки — як у документі",
            "Use only letters, digits, spaces, dashes, slashes or dots, as in the document",
        ));
    }
    Ok(number)
}

/// Checks one field's answer as [`validate_field`] does and, with the country table, what depends
/// on the country (issue 16): a foreign phone number against its country's numbering plan
/// ([`Phone::parse_in`]) and a postal code against the format of the country the form's
/// `country` field names. The browser checks with the table once it is fetched; the server always.
pub fn validate_answer(
    field: &Field,
    answers: &BTreeMap<String, String>,
    today: Date,
    countries: Option<&Countries>,
) -> Result<String, FieldError> {
    let raw = answers.get(&field.id).map(String::as_str).unwrap_or("");
    let value = validate_field(field, raw, today)?;
    let (Some(countries), false) = (countries, value.is_empty()) else {
        return Ok(value);
    };
    let id = field.id.as_str();
    match field.kind {
        FieldKind::Phone => Phone::parse_in(&value, countries)
            .map(|p| p.as_str().to_string())
            .map_err(|e| FieldError::from_error(id, &e)),
        FieldKind::PostalCode => {
            let country = answers.get("country").and_then(|c| countries.get(c));
            match country.and_then(|c| Some((c, c.postal.as_ref()?))) {
                None => Ok(value),
                Some((country, format)) => format.check(raw).ok_or_else(|| {
                    let examples = format.examples.iter().take(2).cloned().collect::<Vec<_>>();
                    let examples = examples.join(", ");
                    FieldError::new(
                        id,
                        "postal-code-format",
                        format!(
                            "Поштовий код країни {} має інший вигляд, наприклад: {examples}",
                            country.uk
                        ),
                        format!(
                            "A postal code in {} looks different, for example: {examples}",
                            country.en
                        ),
                    )
                }),
            }
        }
        _ => Ok(value),
    }
}

/// The answer by which a person confirms an РНОКПП that disagrees with the birth date or sex they
/// entered: the number itself, so that a number changed afterwards is checked again.
pub const RNOKPP_CONFIRMED: &str = "rnokpp_confirmed";

/// What the person is asked when the РНОКПП disagrees, after what disagrees (uk, en).
const CONFIRM: [&str; 2] = [
    "Якщо все правильно, як у ваших документах, підтвердьте це, і заява піде далі.",
    "If everything is right as your documents have it, confirm it and the application goes on.",
];

/// How the РНОКПП answered disagrees with the birth date (`birth_date`, as typed or normalised)
/// and sex (`sex`: `female`/`male`) answered; `None` when they agree or one of them is missing or
/// malformed (its own field says so).
pub fn rnokpp_mismatch(answers: &BTreeMap<String, String>) -> Option<RnokppMismatch> {
    let rnokpp = Rnokpp::parse(answers.get("rnokpp")?).ok()?;
    let birth = parse_date(answers.get("birth_date")?).ok()?;
    let sex = match answers.get("sex")?.as_str() {
        "female" => Sex::Female,
        "male" => Sex::Male,
        _ => return None,
    };
    rnokpp.check_against(birth, sex).err()
}

/// Has the person confirmed the РНОКПП they answered, though it disagrees with their birth date
/// or sex?
pub fn rnokpp_confirmed(answers: &BTreeMap<String, String>) -> bool {
    match (answers.get(RNOKPP_CONFIRMED), answers.get("rnokpp")) {
        (Some(confirmed), Some(number)) => {
            Rnokpp::parse(number).is_ok_and(|r| r.as_str() == confirmed.trim())
        }
        _ => false,
    }
}

/// The mismatch of the РНОКПП with the birth date or sex that the person has still to check or
/// confirm, among the fields they see: what the form's page of the РНОКПП warns of.
pub fn unconfirmed_rnokpp_mismatch(
    form: &Form,
    answers: &BTreeMap<String, String>,
) -> Option<RnokppMismatch> {
    let seen: BTreeMap<String, String> = visible_fields(form, answers)
        .filter_map(|f| Some((f.id.clone(), answers.get(&f.id)?.clone())))
        .collect();
    let mismatch = rnokpp_mismatch(&seen)?;
    (!rnokpp_confirmed(answers)).then_some(mismatch)
}

/// Checks a whole application against its form: every visible field, then the РНОКПП against the
/// birth date (`birth_date`) and sex (`sex`: `female`/`male`) when the form has them: a mismatch
/// stops it until the person confirms the number ([`RNOKPP_CONFIRMED`], kept with the answers so
/// the office sees it). Answers to fields the person cannot see, or that the form does not have,
/// are dropped.
pub fn validate(
    form: &Form,
    answers: &BTreeMap<String, String>,
    today: Date,
) -> Result<BTreeMap<String, String>, Vec<FieldError>> {
    validate_with(form, answers, today, None)
}

/// [`validate`], with the country table for what depends on the country ([`validate_answer`]):
/// what the server runs (`Submission::check_with`).
pub fn validate_with(
    form: &Form,
    answers: &BTreeMap<String, String>,
    today: Date,
    countries: Option<&Countries>,
) -> Result<BTreeMap<String, String>, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut clean = BTreeMap::new();
    for field in visible_fields(form, answers) {
        match validate_answer(field, answers, today, countries) {
            Ok(v) if v.is_empty() => {}
            Ok(v) => {
                clean.insert(field.id.clone(), v);
            }
            Err(e) => errors.push(e),
        }
    }
    if let Some(mismatch) = rnokpp_mismatch(&clean) {
        // A warning the person can confirm (issue 16): a number that disagrees with the birth date
        // is most often a typo, but the registry has real anomalies, which must not stop an
        // application. Confirmed, it goes on, and the office sees the mismatch.
        if rnokpp_confirmed(answers) {
            clean.insert(RNOKPP_CONFIRMED.to_string(), clean["rnokpp"].clone());
        } else {
            let e = FieldError::from_error("rnokpp", &mismatch);
            errors.push(FieldError {
                message: Text {
                    uk: format!("{} {}", e.message.uk, CONFIRM[0]),
                    en: format!("{} {}", e.message.en, CONFIRM[1]),
                },
                ..e
            });
        }
    }
    if errors.is_empty() {
        Ok(clean)
    } else {
        Err(errors)
    }
}
