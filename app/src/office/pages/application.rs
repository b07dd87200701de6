//! `/office/applications/:reference`: one application: who applied for what, the answers with
//! the form's questions, the documents, the conversation, the history, the notes and the audit;
//! assigning, changing the status and adding a note, each on the version on screen.

use crate::data;
use crate::locale::{href, t, use_lang};
use crate::office::api::{ApiError, Detail};
use crate::office::case::Case;
use crate::office::components::{
    AnswersList, AssignForm, CaseAudit, CaseHistory, CaseNotes, CaseOutcome, Conversation,
    DocumentsList, NoteForm, OfficeTitle, Problem, StatusForm,
};
use crate::office::present::{status_id, when};
use crate::office::session::use_api;
use crate::router::use_params_map;
use leptos::prelude::*;

/// The application's page.
#[component]
pub fn ApplicationPage() -> impl IntoView {
    let lang = use_lang();
    let api = use_api();
    let params = use_params_map();
    let reference = params.with_untracked(|p| p.get("reference").unwrap_or_default());
    let case = Case::new(api);
    provide_context(case);
    data::need_forms();
    let load_error = RwSignal::new(None::<ApiError>);
    let path = format!("/applications/{}", crate::url::encode(&reference));
    let load = move || {
        let path = path.clone();
        leptos::task::spawn_local(async move {
            match api.get::<Detail>(&path).await {
                Ok(d) => {
                    load_error.set(None);
                    if let Some(form) = &d.form {
                        crate::office::case::remember(form);
                    }
                    case.detail.set(Some(d));
                }
                Err(e) => load_error.set(Some(e)),
            }
        });
    };
    load();
    let title = i18n::t_args(
        lang,
        "office-application-title",
        &[("reference", i18n::Arg::Str(&reference))],
    );
    // The record is rebuilt when another version of the application comes in; the forms stay,
    // with what was typed in them (a change refused as stale can be made again).
    let shown = Memo::new(move |_| case.detail.with(|d| d.as_ref().map(|d| d.version)));
    let loaded = Memo::new(move |_| shown.get().is_some());
    let record = move || {
        shown.track();
        let d = case.detail.get_untracked()?;
        let programme = data::catalogue()
            .get(&d.programme)
            .map(|p| p.title.get(lang).to_string())
            .unwrap_or_else(|| d.programme.clone());
        let assignee = d
            .assignee
            .as_ref()
            .map(|a| a.name.clone())
            .unwrap_or_else(|| t("office-unassigned"));
        Some(view! {
            <dl class="app-summary app-office-facts">
                <div class="app-summary__row">
                    <dt class="app-summary__key">{t("office-status")}</dt>
                    <dd class="app-summary__value"><strong>{t(status_id(&d.status))}</strong></dd>
                </div>
                <div class="app-summary__row">
                    <dt class="app-summary__key">{t("office-applicant")}</dt>
                    <dd class="app-summary__value">{d.applicant.clone()}</dd>
                </div>
                <div class="app-summary__row">
                    <dt class="app-summary__key">{t("office-programme")}</dt>
                    <dd class="app-summary__value">{programme}</dd>
                </div>
                <div class="app-summary__row">
                    <dt class="app-summary__key">{t("office-received")}</dt>
                    <dd class="app-summary__value">{when(&d.received_at)}</dd>
                </div>
                <div class="app-summary__row">
                    <dt class="app-summary__key">{t("office-assignee")}</dt>
                    <dd class="app-summary__value">{assignee}</dd>
                </div>
            </dl>
            <section class="app-section" aria-labelledby="answers-heading">
                <h2 class="app-heading-m" id="answers-heading">{t("office-answers")}</h2>
                <AnswersList programme=d.programme.clone() answers=d.answers.clone()/>
            </section>
            <section class="app-section" aria-labelledby="documents-heading">
                <h2 class="app-heading-m" id="documents-heading">{t("office-documents")}</h2>
                <DocumentsList programme=d.programme.clone() documents=d.documents.clone()
                    missing=d.missing_documents.clone()/>
            </section>
            <section class="app-section" aria-labelledby="messages-heading">
                <h2 class="app-heading-m" id="messages-heading">{t("office-messages")}</h2>
                <Conversation programme=d.programme.clone() messages=d.messages.clone()/>
            </section>
            <section class="app-section" aria-labelledby="history-heading">
                <h2 class="app-heading-m" id="history-heading">{t("office-history")}</h2>
                <CaseHistory history=d.history.clone()/>
            </section>
            <section class="app-section" aria-labelledby="notes-heading">
                <h2 class="app-heading-m" id="notes-heading">{t("office-notes")}</h2>
                <CaseNotes notes=d.notes.clone()/>
            </section>
            <section class="app-section" aria-labelledby="audit-heading">
                <h2 class="app-heading-m" id="audit-heading">{t("office-audit")}</h2>
                <CaseAudit audit=d.audit.clone()/>
            </section>
        })
    };
    let body = move || {
        if let Some(e) = load_error.get() {
            let load = load.clone();
            return view! {
                <Problem error=e/>
                <p><button class="app-button app-button--secondary" type="button" on:click=move |_| load()>
                    {t("office-try-again")}
                </button></p>
            }
            .into_any();
        }
        if !loaded.get() {
            return view! { <p class="app-hint" role="status">{t("loading")}</p> }.into_any();
        }
        view! {
            <div class="app-office-case">
                <div class="app-office-case__record">{record}</div>
                <div class="app-office-case__actions">
                    <AssignForm/>
                    <StatusForm/>
                    <section class="app-section" aria-labelledby="note-heading">
                        <h2 class="app-heading-m" id="note-heading">{t("office-add-note")}</h2>
                        <NoteForm/>
                    </section>
                </div>
            </div>
        }
        .into_any()
    };
    view! {
        <OfficeTitle text=title.clone()/>
        <p><a href=href("/office") class="app-back">{t("office-back-to-inbox")}</a></p>
        <h1 class="app-heading-xl">{title}</h1>
        <CaseOutcome/>
        {body}
    }
}
