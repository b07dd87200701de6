//! `POST /applications` (receive, idempotently) and `GET /applications/{reference}` (the person
//! reads its status with their token).

use super::{Api, ApiError, read_body, require_json};
use crate::clock::Instant;
use crate::db::office::NewReply;
use crate::db::{self, NewApplication, Outcome, Refusal};
use crate::mail;
use crate::model::{CitizenView, Receipt};
use crate::store::StoreError;
use crate::tokens::{bearer, sha256_hex};
use axum::Json;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use forms::submission::is_device_id;
use forms::{Submission, SubmissionError};
use std::sync::Arc;

/// The country table (`data/generated/countries.bin`: phone numbering plans, postal code formats),
/// compiled in: the server checks foreign numbers and postal codes with the table the browser
/// fetches, so both answer the same (issue 16).
static COUNTRIES: std::sync::LazyLock<identifiers::Countries> = std::sync::LazyLock::new(|| {
    identifiers::Countries::from_binary(include_bytes!("../../../data/generated/countries.bin"))
        .expect("countries.bin is read back by the importer's tests")
});

/// The largest application body.
pub const MAX_BODY: usize = 64 * 1024;

/// Receives an application: checks it with the shared `forms` crate, stores it once however often
/// it is sent, and answers only after the transaction is committed.
pub async fn submit(
    State(api): State<Arc<Api>>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    require_json(&headers)?;
    let bytes = read_body(&headers, body, MAX_BODY).await?;
    let submission: Submission =
        serde_json::from_slice(&bytes).map_err(|e| ApiError::bad_json(&e))?;
    // A community's own programme that takes applications through the portal has the general
    // request made for its published entry (issue 15); every other has its compiled form.
    let local = match api.communities.contains(&submission.community) {
        true => {
            super::programmes::local_form(&api, &submission.community, &submission.programme)
                .await?
        }
        false => None,
    };
    let local_forms = local.map(|form| forms::Forms {
        forms: vec![form],
        request: None,
    });
    let forms = local_forms.as_ref().unwrap_or(&api.forms);
    let (_, answers) = submission
        .check_with(forms, Some(&COUNTRIES), Instant::now().date())
        .map_err(submission_error)?;
    if !api.communities.contains(&submission.community) {
        return Err(submission_error(SubmissionError::UnknownCommunity {
            community: submission.community,
        }));
    }
    check_documents(forms, &submission)?;
    // The files must be the draft's whose token comes with the application (issue 14).
    let draft = bearer(&headers).map(|t| sha256_hex(t.as_bytes()));
    // What a retry must repeat: the submission as received, in canonical JSON (sorted maps).
    let canonical = serde_json::to_vec(&submission).expect("a submission serialises");
    let new = NewApplication {
        content_sha256: sha256_hex(&canonical),
        device_id: submission.id,
        programme: submission.programme,
        community: submission.community,
        answers,
        attachments: submission.attachments,
        draft,
    };
    let token = api.secret.citizen_code(&new.device_id);
    let code = token.clone();
    let public_url = api.mail.as_ref().map(|m| m.public_url.clone());
    let outcome = api
        .store
        .write(move |conn| {
            let now = Instant::now();
            let outcome = db::insert_application(conn, &new, now)?;
            // The code by e-mail, once, to a person who gave an address.
            if let (Outcome::Created(stored), Some(url)) = (&outcome, &public_url) {
                let id = db::application_id(conn, &stored.reference)?;
                let notice = mail::receipt_notice(url, &stored.reference, &code);
                db::office::queue_notice(conn, id, &notice, now)?;
            }
            Ok(outcome)
        })
        .await
        .map_err(|e| match e {
            StoreError::Refused(Refusal::IdReused) => ApiError::new(
                StatusCode::CONFLICT,
                "id-reused",
                "Цей ідентифікатор уже має інша заява: створіть на пристрої новий ідентифікатор \
                 для цієї заяви й надішліть її знову.",
                "This id already belongs to a different application: make a new id on the \
                 device for this one and send it again.",
            ),
            StoreError::Refused(Refusal::UnknownAttachments(ids)) => ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "unknown-attachment",
                "Цих файлів немає на сервері серед файлів цієї чернетки, або вони вже додані до \
                 іншої заяви: завантажте їх із токеном цієї чернетки (PUT \
                 /api/v1/attachments/{id}; для файлу з іншої заяви — під новим \
                 ідентифікатором) і надішліть заяву знову.",
                "These files are not on the server among this draft's files, or already belong \
                 to another application: upload them with this draft's token (PUT \
                 /api/v1/attachments/{id}; a file of another application under a new id) and \
                 send the application again.",
            )
            .with("attachments", ids),
            StoreError::Refused(Refusal::NoDraft) => super::attachments::bad_draft_token(),
            other => ApiError::from(other),
        })?;
    api.mail_wake.notify_one();
    let (status, stored) = match outcome {
        Outcome::Created(s) => (StatusCode::CREATED, s),
        Outcome::Existing(s) => (StatusCode::OK, s),
    };
    Ok((
        status,
        Json(Receipt {
            reference: stored.reference,
            token,
            status: stored.status,
            received_at: stored.received_at,
        }),
    )
        .into_response())
}

/// The shared crate's refusal, as a `422` with its own fields and a message that says what to do.
/// The `attachments` map names only documents of the form, and each file once (issue 14).
fn check_documents(forms: &forms::Forms, submission: &Submission) -> Result<(), ApiError> {
    let form = forms
        .forms
        .iter()
        .find(|f| f.programme == submission.programme);
    let unknown: Vec<&str> = submission
        .attachments
        .keys()
        .filter(|k| form.is_none_or(|f| !f.documents.iter().any(|d| &d.id == *k)))
        .map(String::as_str)
        .collect();
    if !unknown.is_empty() {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown-document",
            "Заява називає документи, яких ця форма не просить (перелічені в documents): \
             приберіть їх і надішліть заяву знову.",
            "The application names documents this form does not ask for (listed in documents): \
             leave them out and send it again.",
        )
        .with("documents", unknown));
    }
    let mut seen = std::collections::HashSet::new();
    let repeated: Vec<&str> = submission
        .attachments
        .values()
        .flatten()
        .filter(|id| !seen.insert(id.as_str()))
        .map(String::as_str)
        .collect();
    if !repeated.is_empty() {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "attachment-repeated",
            "Один файл названо в заяві кілька разів (перелічені в attachments): назвіть кожен \
             файл один раз і надішліть заяву знову.",
            "The application names one file more than once (listed in attachments): name each \
             file once and send it again.",
        )
        .with("attachments", repeated));
    }
    Ok(())
}

pub fn submission_error(e: SubmissionError) -> ApiError {
    let (uk, en) = match &e {
        SubmissionError::BadId => (
            "Ідентифікатор заяви — 32 малі шістнадцяткові цифри (0–9, a–f), створені на пристрої: \
             створіть такий і надішліть заяву знову.",
            "The application id is 32 lowercase hexadecimal digits (0–9, a–f) made on the \
             device: make one and send the application again.",
        ),
        SubmissionError::UnknownProgramme { .. } => (
            "Для цієї програми немає форми заяви: виберіть у каталозі програму, яка приймає заяви.",
            "There is no application form for this programme: choose a programme of the \
             catalogue that takes applications.",
        ),
        SubmissionError::UnknownCommunity { .. } => (
            "Громади з таким кодом немає в кодифікаторі: виберіть свою громаду зі списку.",
            "No community of the codifier has this code: choose your community from the list.",
        ),
        SubmissionError::TooLarge => (
            "Забагато відповідей чи файлів: у заяві може бути не більше 200 відповідей і 200 \
             файлів. Приберіть зайве й надішліть знову.",
            "Too many answers or files: an application carries at most 200 answers and 200 \
             files. Remove what is not needed and send it again.",
        ),
        SubmissionError::Fields { .. } => (
            "Виправте поля, перелічені в errors (у кожного — що саме зробити), і надішліть заяву \
             знову.",
            "Fix the fields listed in errors (each says what to do) and send the application \
             again.",
        ),
    };
    let object = serde_json::to_value(&e).unwrap_or_default();
    ApiError::from_object(StatusCode::UNPROCESSABLE_ENTITY, object, uk, en)
}

/// Answers for an unknown reference, so the token check takes as long as for a known one.
const NO_SUCH_APPLICATION: &str = "00000000000000000000000000000000";

/// The status and history of an application, for whoever holds its token.
pub async fn status(
    State(api): State<Arc<Api>>,
    Path(reference): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let (_, view) = opened(&api, &reference, &headers).await?;
    Ok(Json(view).into_response())
}

/// The row id of application `reference` if the request's code opens it, without reading more
/// of it. The check takes as long for an unknown reference as for a known one.
pub(super) async fn opens(
    api: &Api,
    reference: &str,
    headers: &HeaderMap,
) -> Result<i64, ApiError> {
    let Some(token) = bearer(headers).map(str::to_owned) else {
        return Err(ApiError::bad_citizen_token());
    };
    let reference = reference.to_string();
    let found = api
        .store
        .read(move |conn| db::application_device(conn, &reference))
        .await?;
    let device_id = found
        .as_ref()
        .map_or(NO_SUCH_APPLICATION, |(_, device)| device.as_str());
    let matches = api.secret.opens(device_id, &token);
    match found {
        Some((id, _)) if matches => Ok(id),
        _ => Err(ApiError::bad_citizen_token()),
    }
}

/// The application `reference` if the request's code opens it: its row id and what the person
/// sees. The check takes as long for an unknown reference as for a known one.
async fn opened(
    api: &Api,
    reference: &str,
    headers: &HeaderMap,
) -> Result<(i64, CitizenView), ApiError> {
    let Some(token) = bearer(headers).map(str::to_owned) else {
        return Err(ApiError::bad_citizen_token());
    };
    let reference = reference.to_string();
    let found = api
        .store
        .read(move |conn| db::citizen_view(conn, &reference))
        .await?;
    let device_id = found
        .as_ref()
        .map_or(NO_SUCH_APPLICATION, |(_, device, _)| device.as_str());
    let matches = api.secret.opens(device_id, &token);
    match found {
        Some((id, _, view)) if matches => Ok((id, view)),
        _ => Err(ApiError::bad_citizen_token()),
    }
}

/// A reply of the applicant, as the device sends it.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    /// Made on the device: 32 lowercase hex digits; a retry sends the same.
    pub id: String,
    #[serde(default)]
    pub message: String,
    #[serde(default)]
    pub attachments: Vec<String>,
}

/// Files one reply carries at most.
pub const MAX_REPLY_FILES: usize = 20;

/// `POST /applications/{reference}/replies`: the applicant answers the community — a message,
/// documents, or both — stored once however often the device sends it.
pub async fn reply(
    State(api): State<Arc<Api>>,
    Path(reference): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let (id, _) = opened(&api, &reference, &headers).await?;
    require_json(&headers)?;
    let bytes = read_body(&headers, body, MAX_BODY).await?;
    let reply: Reply = serde_json::from_slice(&bytes).map_err(|e| ApiError::bad_json(&e))?;
    if !is_device_id(&reply.id) {
        return Err(submission_error(SubmissionError::BadId));
    }
    let text = super::office::clean_text("message", &reply.message, super::office::MAX_TEXT)?
        .unwrap_or_default();
    if text.is_empty() && reply.attachments.is_empty() {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "empty-reply",
            "Напишіть відповідь або додайте документ і надішліть знову.",
            "Write an answer or add a document, and send it again.",
        )
        .with("field", "message"));
    }
    if reply.attachments.len() > MAX_REPLY_FILES
        || !reply.attachments.iter().all(|a| is_device_id(a))
    {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown-attachment",
            format!(
                "До відповіді можна додати до {MAX_REPLY_FILES} файлів, завантажених на сервер: перевірте файли й надішліть знову."
            ),
            format!(
                "A reply carries up to {MAX_REPLY_FILES} files uploaded to the server: check the files and send it again."
            ),
        ));
    }
    let canonical = serde_json::to_vec(&reply).expect("a reply serialises");
    let new = NewReply {
        device_id: reply.id,
        text,
        attachments: reply.attachments,
        content_sha256: sha256_hex(&canonical),
    };
    let created = api
        .store
        .write(move |conn| db::office::add_reply(conn, id, &new, Instant::now()))
        .await
        .map_err(|e| match e {
            StoreError::Refused(Refusal::Forbidden) => ApiError::new(
                StatusCode::CONFLICT,
                "closed",
                "Цю заяву закрито: щоб звернутися знову, подайте нову заяву або зателефонуйте до \
                 громади.",
                "This application is closed: to ask again, send a new application or call the \
                 community.",
            ),
            StoreError::Refused(Refusal::IdReused) => ApiError::new(
                StatusCode::CONFLICT,
                "id-reused",
                "Цей ідентифікатор уже має інша відповідь: створіть новий і надішліть знову.",
                "This id already belongs to another reply: make a new one and send it again.",
            ),
            StoreError::Refused(Refusal::UnknownAttachments(ids)) => ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "unknown-attachment",
                "Цих файлів немає на сервері серед завантажених із кодом цієї заяви, або вони вже \
                 додані деінде: завантажте їх знову з кодом заяви (PUT \
                 /api/v1/attachments/{id}?application=<номер>) і надішліть відповідь.",
                "These files are not on the server among those uploaded with this application's \
                 code, or belong elsewhere already: upload them again with the application's \
                 code (PUT /api/v1/attachments/{id}?application=<reference>) and send the reply.",
            )
            .with("attachments", ids),
            other => ApiError::from(other),
        })?;
    let (_, view) = opened(&api, &reference, &headers).await?;
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(view)).into_response())
}
