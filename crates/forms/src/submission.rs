//! An application as the device sends it, and its checks before it is stored.

use crate::model::{Form, Forms};
use crate::validate::{FieldError, holds};
use catalogue::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// An application, as the device sends it (and re-sends it, unchanged, until it is received).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Submission {
    /// Made on the device (128 random bits as 32 lowercase hex digits): the backend stores an
    /// application once however often it is sent.
    pub id: String,
    /// The catalogue id of the programme or service.
    pub programme: String,
    /// The codifier code of the community it goes to.
    pub community: String,
    /// The field answers, as typed.
    pub answers: BTreeMap<String, String>,
    /// Attached documents: document id → the attachment ids the backend gave (or the device made).
    #[serde(default)]
    pub attachments: BTreeMap<String, Vec<String>>,
}

/// Why a submission cannot be stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum SubmissionError {
    /// The id is not 32 lowercase hexadecimal digits.
    BadId,
    /// No form for this programme.
    UnknownProgramme { programme: String },
    /// The community code is not one of the codifier's (checked by whoever knows the communities).
    UnknownCommunity { community: String },
    /// Too many answers or attachments for any form.
    TooLarge,
    /// Fields to fix.
    Fields { errors: Vec<FieldError> },
}

/// Answers an application may carry at most (far above any form).
pub const MAX_ANSWERS: usize = 200;

/// Is `id` a device-made application id?
pub fn is_device_id(id: &str) -> bool {
    id.len() == 32 && id.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

impl Submission {
    /// Checks the submission against its form; returns the form and the normalised answers.
    ///
    /// A required document that is not attached does not stop an application: the community asks
    /// for it later ([`missing_documents`] says which).
    pub fn check<'f>(
        &self,
        forms: &'f Forms,
        today: Date,
    ) -> Result<(&'f Form, BTreeMap<String, String>), SubmissionError> {
        self.check_with(forms, None, today)
    }

    /// [`Submission::check`] with the country table: foreign phone numbers and postal codes are
    /// checked against their country's rules (`crate::validate_answer`). The server checks so.
    pub fn check_with<'f>(
        &self,
        forms: &'f Forms,
        countries: Option<&identifiers::Countries>,
        today: Date,
    ) -> Result<(&'f Form, BTreeMap<String, String>), SubmissionError> {
        if !is_device_id(&self.id) {
            return Err(SubmissionError::BadId);
        }
        let attachments: usize = self.attachments.values().map(Vec::len).sum();
        if self.answers.len() > MAX_ANSWERS || attachments > MAX_ANSWERS {
            return Err(SubmissionError::TooLarge);
        }
        let form = forms.for_programme(&self.programme).ok_or_else(|| {
            SubmissionError::UnknownProgramme {
                programme: self.programme.clone(),
            }
        })?;
        let answers = crate::validate::validate_with(form, &self.answers, today, countries)
            .map_err(|errors| SubmissionError::Fields { errors })?;
        Ok((form, answers))
    }
}

/// The documents `form` asks for with these answers that none of `attachments` (document id →
/// files) holds, in the form's order: what the community will have to ask for.
pub fn missing_documents<'f>(
    form: &'f Form,
    answers: &BTreeMap<String, String>,
    attachments: &BTreeMap<String, Vec<String>>,
) -> Vec<&'f crate::model::Document> {
    form.documents
        .iter()
        .filter(|d| d.required && holds(&d.when, answers))
        .filter(|d| attachments.get(&d.id).is_none_or(Vec::is_empty))
        .collect()
}
