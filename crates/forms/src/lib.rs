//! Application forms as data, and the validation of an application.
//!
//! A form (`data/forms/<id>.toml`, compiled by the importer into `data/generated/forms.{json,bin}`)
//! is a list of pages — one question a page on phones, GOV.UK style — each with its fields, shown
//! only when their condition holds, some prefilled from the eligibility check's answers; and the
//! documents to attach. Shared sections (who you are, how to reach you, where you live, where to
//! pay) are written once in `data/forms/common.toml` and included by each form.
//!
//! [`validate`] checks a whole application — every visible field with the validators of the
//! `identifiers` crate, and the РНОКПП against the birth date and sex entered — and returns the
//! normalised answers or every error, each with its field, a stable code and a message in both
//! languages. The browser runs it before sending; the server runs the same code before storing.
//!
//! Architecture invariant: pure, no I/O; compiles natively and to wasm.

pub mod files;
pub mod local;
pub mod model;
pub mod prefill;
pub mod profile;
pub mod progress;
pub mod request;
#[cfg(feature = "authoring")]
pub mod source;
pub mod submission;
pub mod validate;

pub use files::sniff;
/// What the office reads of an РНОКПП that disagrees with the application.
pub use identifiers::{RnokppMismatch, Sex};
pub use model::{Condition, Document, Field, FieldKind, Form, Forms, Page};
pub use progress::{resume_page, resume_step};
pub use submission::{Submission, SubmissionError};
pub use validate::{
    FieldError, RNOKPP_CONFIRMED, holds, rnokpp_confirmed, rnokpp_mismatch,
    unconfirmed_rnokpp_mismatch, validate, validate_answer, validate_field, validate_with,
    visible_fields,
};
