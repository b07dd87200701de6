use super::AttachmentLinks;
use crate::data;
use crate::locale::{t, use_lang};
use crate::office::api::DocumentFiles;
use crate::office::present::document_label;
use leptos::prelude::*;

/// The documents the applicant attached, under the form's names for them.
#[component]
pub fn DocumentsList(
    /// The programme of the application.
    programme: String,
    /// The documents and their files.
    documents: Vec<DocumentFiles>,
) -> impl IntoView {
    let lang = use_lang();
    let forms = data::use_forms();
    if documents.is_empty() {
        return view! { <p>{t("office-no-documents")}</p> }.into_any();
    }
    (move || {
        let form = forms.get().and_then(|f| f.for_programme(&programme));
        documents
            .iter()
            .map(|d| {
                let label = document_label(form, &d.document, lang);
                view! {
                    <h3 class="app-heading-s">{label}</h3>
                    <AttachmentLinks files=d.attachments.clone()/>
                }
            })
            .collect_view()
    })
    .into_any()
}
