//! Integrations of the community's back office (a case-management system, a registry): the
//! applications, their files, and moving an application on, with a token an administrator made in
//! the office. A token is named, owned by a staff member, works for their community only, expires
//! and can be revoked; it acts as its owner (with the owner's role), and every read and change is
//! recorded in the audit under the owner's name. Anything of another community answers `404`, as
//! if it did not exist.

use super::{Api, ApiError, read_body, require_json};
use crate::clock::Instant;
use crate::db::{self, Refusal, office};
use crate::model::{Staff, Status};
use crate::store::StoreError;
use crate::tokens::{bearer, staff_token_hash};
use axum::Json;
use axum::body::Body;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use forms::submission::is_device_id;
use serde::Deserialize;
use serde_json::json;
use std::collections::HashMap;
use std::sync::Arc;

/// A note to the person, at most this many characters.
pub const MAX_NOTE: usize = 1000;

/// The owner of the request's integration token, acting for its community.
async fn owner(api: &Api, headers: &HeaderMap) -> Result<Staff, ApiError> {
    let hash = staff_token_hash(bearer(headers).ok_or_else(ApiError::bad_staff_token)?);
    api.store
        .read(move |conn| office::token_owner(conn, &hash, Instant::now()))
        .await?
        .ok_or_else(ApiError::bad_staff_token)
}

fn unknown_status(given: &str) -> ApiError {
    let allowed: Vec<&str> = Status::SETTABLE.iter().map(|s| s.as_str()).collect();
    ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        "unknown-status",
        format!(
            "Невідомий статус «{given}»: виберіть один із {}.",
            allowed.join(", ")
        ),
        format!(
            "Unknown status “{given}”: choose one of {}.",
            allowed.join(", ")
        ),
    )
    .with("allowed", allowed)
}

/// `GET /staff/applications[?status=…]`: the community's applications, oldest first.
pub async fn list(
    State(api): State<Arc<Api>>,
    headers: HeaderMap,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> Result<Response, ApiError> {
    let staff = owner(&api, &headers).await?;
    let Query(query) = query.map_err(|e| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "bad-query",
            "Адресу запиту записано неправильно: наприклад, ?status=received.",
            "The query string is malformed: write it as, for example, ?status=received.",
        )
        .with("detail", e.body_text())
    })?;
    let status = match query.get("status") {
        None => None,
        Some(s) => Some(Status::parse(s).ok_or_else(|| {
            let all: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
            ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "unknown-status",
                format!(
                    "Невідомий статус «{s}»: виберіть один із {}.",
                    all.join(", ")
                ),
                format!("Unknown status “{s}”: choose one of {}.", all.join(", ")),
            )
            .with("allowed", all)
        })?),
    };
    let community = staff.community.clone();
    let applications = api
        .store
        .write(move |conn| {
            let list = db::staff_applications(conn, &staff, status)?;
            let now = Instant::now();
            for app in &list {
                let id = db::application_id(conn, &app.reference)?;
                office::audit(
                    conn,
                    &staff,
                    Some(id),
                    None,
                    "read",
                    Some("integration"),
                    now,
                )?;
            }
            Ok(list)
        })
        .await?;
    Ok(Json(json!({ "community": community, "applications": applications })).into_response())
}

/// `GET /staff/attachments/{id}`: a file of an application of the staff's community.
pub async fn attachment(
    State(api): State<Arc<Api>>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let staff = owner(&api, &headers).await?;
    if !is_device_id(&id) {
        return Err(ApiError::not_found());
    }
    let (mime, data, name) = api
        .store
        .write(move |conn| office::open_file(conn, &staff, &id, Instant::now()))
        .await
        .map_err(|e| match e {
            StoreError::Refused(Refusal::NotFound) => ApiError::not_found(),
            other => ApiError::from(other),
        })?;
    let mut res = data.into_response();
    let h = res.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&mime) {
        h.insert(header::CONTENT_TYPE, v);
    }
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(res)
}

/// The body of a change of status.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StatusChange {
    status: String,
    #[serde(default)]
    note: Option<String>,
    /// The version the change is made on (see the office); without it, the version there is.
    #[serde(default)]
    version: Option<i64>,
}

/// `POST /staff/applications/{reference}/status`: moves the application on; answers it as it is
/// now, its history one entry longer.
pub async fn set_status(
    State(api): State<Arc<Api>>,
    Path(reference): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let staff = owner(&api, &headers).await?;
    require_json(&headers)?;
    let bytes = read_body(&headers, body, super::applications::MAX_BODY).await?;
    let change: StatusChange =
        serde_json::from_slice(&bytes).map_err(|e| ApiError::bad_json(&e))?;
    let status = Status::parse(&change.status)
        .filter(|s| Status::SETTABLE.contains(s))
        .ok_or_else(|| unknown_status(&change.status))?;
    let note = change
        .note
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty());
    if let Some(n) = &note {
        let chars = n.chars().count();
        if chars > MAX_NOTE {
            return Err(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "note-too-long",
                format!("Примітка — не більше {MAX_NOTE} символів, а в цій {chars}: скоротіть її."),
                format!(
                    "A note has at most {MAX_NOTE} characters and this one has {chars}: shorten it."
                ),
            )
            .with("max", MAX_NOTE));
        }
    }
    if status.needs_message() && note.is_none() {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "note-required",
            "Для цього статусу потрібна примітка заявникові: що потрібно або причина відмови.",
            "This status needs a note to the applicant: what is needed, or the reason for the \
             refusal.",
        ));
    }
    let reference_for_notice = reference.clone();
    let notice = api
        .mail
        .as_ref()
        .map(|m| crate::mail::change_notice(&m.public_url, &reference_for_notice));
    let view = api
        .store
        .write(move |conn| {
            let now = Instant::now();
            let (id, view) = db::set_status(
                conn,
                &staff,
                &reference,
                change.version,
                status,
                note.as_deref(),
                now,
            )?;
            if let Some(notice) = &notice {
                office::queue_notice(conn, id, notice, now)?;
            }
            Ok(view)
        })
        .await
        .map_err(|e| match e {
            StoreError::Refused(Refusal::NotFound) => ApiError::not_found(),
            StoreError::Refused(Refusal::Stale(_)) => ApiError::new(
                StatusCode::CONFLICT,
                "stale",
                "Заяву змінили після версії, на якій зроблено зміну: прочитайте її знову.",
                "The application changed after the version the change was made on: read it again.",
            ),
            StoreError::Refused(Refusal::Transition(from, to)) => ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "bad-transition",
                format!(
                    "Статус «{}» не можна змінити на «{}».",
                    from.as_str(),
                    to.as_str()
                ),
                format!(
                    "The status “{}” cannot become “{}”.",
                    from.as_str(),
                    to.as_str()
                ),
            ),
            other => ApiError::from(other),
        })?;
    api.mail_wake.notify_one();
    Ok(Json(view).into_response())
}
