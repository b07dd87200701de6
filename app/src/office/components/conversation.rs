use super::AttachmentLinks;
use crate::data;
use crate::locale::{t, use_lang};
use crate::office::api::Message;
use crate::office::present::{by, document_label, when};
use leptos::prelude::*;

/// The messages between the community and the applicant, oldest first.
#[component]
pub fn Conversation(
    /// The programme of the application (its form names the documents asked for).
    programme: String,
    /// The messages.
    messages: Vec<Message>,
) -> impl IntoView {
    let lang = use_lang();
    let forms = data::use_forms();
    if messages.is_empty() {
        return view! { <p>{t("office-no-messages")}</p> }.into_any();
    }
    (move || {
        let form = crate::office::case::form_for(forms.get(), &programme);
        let items = messages
            .iter()
            .map(|m| {
                let from_staff = m.from == "staff";
                let author = match (&m.by, from_staff) {
                    (Some(b), _) => by(&b.name, &b.role, lang),
                    (None, true) => t("office-from-staff"),
                    (None, false) => t("office-from-applicant"),
                };
                let class = if from_staff {
                    "app-office-message app-office-message--staff"
                } else {
                    "app-office-message app-office-message--applicant"
                };
                let asked: Vec<String> = m
                    .documents_requested
                    .iter()
                    .map(|d| document_label(form, d, lang))
                    .collect();
                view! {
                    <li class=class>
                        <p class="app-office-message__meta"><strong>{author}</strong> " — " {when(&m.at)}</p>
                        {(!m.text.is_empty()).then(|| view! { <p class="app-office-message__text">{m.text.clone()}</p> })}
                        {(!asked.is_empty()).then(|| view! {
                            <p>{t("office-documents-asked")} ": " {asked.join(", ")}</p>
                        })}
                        {(!m.attachments.is_empty()).then(|| view! { <AttachmentLinks files=m.attachments.clone()/> })}
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="app-office-messages">{items}</ol> }
    })
    .into_any()
}
