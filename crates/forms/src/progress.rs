//! Where a person goes on with a draft (issue 16): a draft keeps answers, not the page the person
//! last saw, so the place to go on is read from the answers.

use crate::model::{Form, Page};
use crate::validate::{holds, unconfirmed_rnokpp_mismatch, validate_field};
use catalogue::Date;
use std::collections::BTreeMap;

/// The first page the person sees whose answers are not done: a required answer missing, an
/// answer to fix, or the РНОКПП's mismatch with the birth date still to check or confirm. `None`
/// when every page is done.
///
/// Chosen over "the last page reached": the answers are all a draft keeps (also when it comes
/// back from a downloaded file or another tab), and a page skipped or left half-filled is where
/// the person has something to do; filled in order, it is the page where they stopped.
pub fn resume_page<'f>(
    form: &'f Form,
    answers: &BTreeMap<String, String>,
    today: Date,
) -> Option<&'f Page> {
    let mismatch = unconfirmed_rnokpp_mismatch(form, answers).is_some();
    form.pages
        .iter()
        .filter(|p| holds(&p.when, answers))
        .find(|p| {
            p.fields
                .iter()
                .filter(|f| holds(&f.when, answers))
                .any(|f| {
                    let raw = answers.get(&f.id).map_or("", String::as_str);
                    validate_field(f, raw, today).is_err() || (mismatch && f.id == "rnokpp")
                })
        })
}

/// The step of the form's address (`/apply/{programme}/{step}`) where a person goes on with a
/// draft: the first page not done; when every page is done, the documents if the form asks for
/// some and none is attached, else "check your answers".
pub fn resume_step<'f>(
    form: &'f Form,
    answers: &BTreeMap<String, String>,
    has_files: bool,
    today: Date,
) -> &'f str {
    match resume_page(form, answers, today) {
        Some(page) => &page.id,
        None if !form.documents.is_empty() && !has_files => "documents",
        None => "check",
    }
}
