//! The validation of an application: each visible field with its validator, then the checks that
//! span fields (the РНОКПП encodes the birth date and the sex).

use crate::model::{Condition, Field, FieldKind, Form};
use catalogue::{Date, Lang, Text};
use identifiers::{
    CountryCode, Email, Iban, LocalizedError, Passport, Phone, Rnokpp, Sex, Unzr, not_in_future,
    parse_date,
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
        answers
            .get(&c.field)
            .is_some_and(|a| c.any_of.iter().any(|v| v == a))
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
        FieldKind::Country => CountryCode::parse(text)
            .map(|c| c.as_str().to_string())
            .map_err(|e| FieldError::from_error(id, &e)),
    }
}

/// Checks a whole application against its form: every visible field, then the РНОКПП against the
/// birth date (`birth_date`) and sex (`sex`: `female`/`male`) when the form has them. Answers to
/// fields the person cannot see, or that the form does not have, are dropped.
pub fn validate(
    form: &Form,
    answers: &BTreeMap<String, String>,
    today: Date,
) -> Result<BTreeMap<String, String>, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut clean = BTreeMap::new();
    for field in visible_fields(form, answers) {
        let raw = answers.get(&field.id).map(String::as_str).unwrap_or("");
        match validate_field(field, raw, today) {
            Ok(v) if v.is_empty() => {}
            Ok(v) => {
                clean.insert(field.id.clone(), v);
            }
            Err(e) => errors.push(e),
        }
    }
    if let (Some(r), Some(birth), Some(sex)) = (
        clean.get("rnokpp"),
        clean.get("birth_date"),
        clean.get("sex"),
    ) && let (Ok(r), Ok(birth)) = (Rnokpp::parse(r), birth.parse::<Date>())
    {
        let sex = if sex == "female" {
            Sex::Female
        } else {
            Sex::Male
        };
        if let Err(e) = r.check_against(birth, sex) {
            errors.push(FieldError::from_error("rnokpp", &e));
        }
    }
    if errors.is_empty() {
        Ok(clean)
    } else {
        Err(errors)
    }
}
