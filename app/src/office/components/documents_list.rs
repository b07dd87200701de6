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
    /// The documents the form asks for that are not attached.
    missing: Vec<String>,
) -> impl IntoView {
    let lang = use_lang();
    let forms = data::use_forms();
    move || {
        let form = crate::office::case::form_for(forms.get(), &programme);
        let attached = if documents.is_empty() {
            view! { <p>{t("office-no-documents")}</p> }.into_any()
        } else {
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
                .into_any()
        };
        let missing = (!missing.is_empty()).then(|| {
            let names = missing
                .iter()
                .map(|m| view! { <li>{document_label(form, m, lang)}</li> })
                .collect_view();
            view! {
                <div class="app-notice" id="documents-missing">
                    <p>{t("office-documents-missing")}</p>
                    <ul class="app-list">{names}</ul>
                </div>
            }
        });
        view! { {attached} {missing} }
    }
}
