//! The community's staff: the applications of their community, their files, and moving an
//! application on. A staff token works for one community; anything of another community answers
//! `404`, as if it did not exist.

use super::{Api, ApiError, read_body, require_json};
use crate::clock::Instant;
use crate::db::{self, Refusal};
use crate::model::Status;
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

/// The community the request's staff token works for.
async fn community(api: &Api, headers: &HeaderMap) -> Result<String, ApiError> {
    let hash = staff_token_hash(bearer(headers).ok_or_else(ApiError::bad_staff_token)?);
    api.store
        .read(move |conn| db::staff_community(conn, &hash))
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
    let community = community(&api, &headers).await?;
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
    let code = community.clone();
    let applications = api
        .store
        .read(move |conn| db::staff_applications(conn, &code, status))
        .await?;
    Ok(Json(json!({ "community": community, "applications": applications })).into_response())
}

/// `GET /staff/attachments/{id}`: a file of an application of the staff's community.
pub async fn attachment(
    State(api): State<Arc<Api>>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let community = community(&api, &headers).await?;
    if !is_device_id(&id) {
        return Err(ApiError::not_found());
    }
    let name = id.clone();
    let (mime, data) = api
        .store
        .read(move |conn| db::staff_attachment(conn, &community, &id))
        .await?
        .ok_or_else(ApiError::not_found)?;
    let extension = match mime.as_str() {
        "image/jpeg" => "jpg",
        "image/png" => "png",
        _ => "pdf",
    };
    let mut res = data.into_response();
    let h = res.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&mime) {
        h.insert(header::CONTENT_TYPE, v);
    }
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}.{extension}\"")) {
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
}

/// `POST /staff/applications/{reference}/status`: moves the application on; answers it as it is
/// now, its history one entry longer.
pub async fn set_status(
    State(api): State<Arc<Api>>,
    Path(reference): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let community = community(&api, &headers).await?;
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
    let view = api
        .store
        .write(move |conn| {
            db::set_status(
                conn,
                &community,
                &reference,
                status,
                note.as_deref(),
                Instant::now(),
            )
        })
        .await
        .map_err(|e| match e {
            StoreError::Refused(Refusal::NotFound) => ApiError::not_found(),
            other => ApiError::from(other),
        })?;
    Ok(Json(view).into_response())
}
