//! `POST /applications` (receive, idempotently) and `GET /applications/{reference}` (the person
//! reads its status with their token).

use super::{Api, ApiError, read_body, require_json};
use crate::clock::Instant;
use crate::db::{self, NewApplication, Outcome, Refusal};
use crate::model::Receipt;
use crate::store::StoreError;
use crate::tokens::{bearer, constant_time_eq, sha256_hex};
use axum::Json;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use forms::{Submission, SubmissionError};
use std::sync::Arc;

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
    let (_, answers) = submission
        .check(&api.forms, Instant::now().date())
        .map_err(submission_error)?;
    if !api.communities.contains(&submission.community) {
        return Err(submission_error(SubmissionError::UnknownCommunity {
            community: submission.community,
        }));
    }
    // What a retry must repeat: the submission as received, in canonical JSON (sorted maps).
    let canonical = serde_json::to_vec(&submission).expect("a submission serialises");
    let new = NewApplication {
        content_sha256: sha256_hex(&canonical),
        device_id: submission.id,
        programme: submission.programme,
        community: submission.community,
        answers,
        attachments: submission.attachments,
    };
    let token = api.secret.citizen_token(&new.device_id);
    let outcome = api
        .store
        .write(move |conn| db::insert_application(conn, &new, Instant::now()))
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
                "Цих файлів немає на сервері або вони вже додані до іншої заяви: завантажте їх \
                 (PUT /api/v1/attachments/{id}; для файлу з іншої заяви — під новим \
                 ідентифікатором) і надішліть заяву знову.",
                "These files are not on the server or already belong to another application: \
                 upload them (PUT /api/v1/attachments/{id}; a file of another application under \
                 a new id) and send the application again.",
            )
            .with("attachments", ids),
            other => ApiError::from(other),
        })?;
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
        SubmissionError::MissingDocuments { .. } => (
            "Додайте документи, перелічені в documents, і надішліть заяву знову.",
            "Attach the documents listed in documents and send the application again.",
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
    let Some(token) = bearer(&headers).map(str::to_owned) else {
        return Err(ApiError::bad_citizen_token());
    };
    let found = api
        .store
        .read(move |conn| db::citizen_view(conn, &reference))
        .await?;
    let device_id = found
        .as_ref()
        .map_or(NO_SUCH_APPLICATION, |(id, _)| id.as_str());
    let expected = api.secret.citizen_token(device_id);
    let matches = constant_time_eq(expected.as_bytes(), token.as_bytes());
    match found {
        Some((_, view)) if matches => Ok(Json(view).into_response()),
        _ => Err(ApiError::bad_citizen_token()),
    }
}
