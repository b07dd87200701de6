//! A community's profile (issue 15): its administrator edits a draft in the office
//! (`/office/profile`) and publishes it; citizens get only what was published, as a small
//! versioned file (`/communities/{code}/profile.json`, with an ETag and `Cache-Control:
//! no-cache`, so a browser asks again and gets `304` until the next publication). Every save and
//! publication is recorded in the audit.

use super::office::{Session, refused, require, session};
use super::programmes::large_body;
use super::{Api, ApiError};
use crate::clock::Instant;
use crate::db::Refusal;
use crate::db::office::{self as db, ProfileRow};
use crate::model::Role;
use crate::store::StoreError;
use axum::Json;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use forms::profile::Profile;
use serde::Deserialize;
use serde_json::{Value, json};
use std::sync::Arc;

fn stale() -> ApiError {
    ApiError::new(
        StatusCode::CONFLICT,
        "stale",
        "Поки ви працювали, профіль громади змінили: перегляньте нову чернетку й зробіть зміну ще \
         раз, якщо вона досі потрібна.",
        "The community's profile was changed while you worked on it: look at the new draft and \
         make your change again if it is still needed.",
    )
}

fn profile_refused(e: StoreError) -> ApiError {
    match e {
        StoreError::Refused(Refusal::Invalid("version")) => stale(),
        StoreError::Refused(Refusal::NotFound) => ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "no-draft",
            "Публікувати нічого: спершу збережіть чернетку профілю.",
            "There is nothing to publish: save a draft of the profile first.",
        ),
        other => refused(other),
    }
}

/// A stored profile as JSON (`null` when none).
fn stored(text: Option<&str>) -> Value {
    text.and_then(|t| serde_json::from_str(t).ok())
        .unwrap_or(Value::Null)
}

/// What the office's profile page shows.
fn state(row: &ProfileRow) -> Value {
    json!({
        "draft": stored(row.draft.as_deref()),
        "draft_version": row.draft_version,
        "draft_at": row.draft_at,
        "draft_by": row.draft_by,
        "published": stored(row.published.as_deref()),
        "version": row.version,
        "published_at": row.published_at,
        "published_by": row.published_by,
        "unpublished": row.draft.is_some() && row.draft != row.published,
    })
}

async fn admin(api: &Api, headers: &HeaderMap, change: bool) -> Result<Session, ApiError> {
    let session = session(api, headers, change).await?;
    require(&session, Role::Admin)?;
    Ok(session)
}

/// `GET /office/profile` (administrator): the draft and what is published.
pub async fn get_profile(
    State(api): State<Arc<Api>>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let session = admin(&api, &headers, false).await?;
    let community = session.staff.community;
    let row = api
        .store
        .read(move |conn| db::profile(conn, &community))
        .await?;
    Ok(Json(state(&row)).into_response())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Save {
    version: i64,
    profile: Profile,
}

/// `PUT /office/profile` (administrator): saves the draft, made on draft `version`. Citizens do
/// not see it until it is published.
pub async fn save_profile(
    State(api): State<Arc<Api>>,
    headers: HeaderMap,
    raw: Body,
) -> Result<Response, ApiError> {
    let session = admin(&api, &headers, true).await?;
    let save: Save = large_body(&headers, raw).await?;
    let profile = save.profile.validate().map_err(|errors| {
        let first = errors.first().map(|e| e.field.clone()).unwrap_or_default();
        ApiError::invalid(
            &first,
            "Виправте поля, перелічені в errors (у кожного — що саме зробити), і збережіть знову.",
            "Fix the fields listed in errors (each says what to do) and save again.",
        )
        .with("errors", errors)
    })?;
    let text = serde_json::to_string(&profile).map_err(|e| ApiError::bad_json(&e))?;
    let me = session.staff;
    let row = api
        .store
        .write(move |conn| {
            let now = Instant::now();
            let row = db::save_profile(conn, &me, save.version, &text, now)?;
            db::audit(conn, &me, None, None, "profile-save", None, now)?;
            Ok(row)
        })
        .await
        .map_err(profile_refused)?;
    Ok(Json(state(&row)).into_response())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Publish {
    version: i64,
}

/// `POST /office/profile/publish` (administrator): publishes draft `version`.
pub async fn publish_profile(
    State(api): State<Arc<Api>>,
    headers: HeaderMap,
    raw: Body,
) -> Result<Response, ApiError> {
    let session = admin(&api, &headers, true).await?;
    let publish: Publish = large_body(&headers, raw).await?;
    let me = session.staff;
    let row = api
        .store
        .write(move |conn| {
            let now = Instant::now();
            let row = db::publish_profile(conn, &me, publish.version, now)?;
            let detail = format!("v{}", row.version);
            db::audit(conn, &me, None, None, "profile-publish", Some(&detail), now)?;
            Ok(row)
        })
        .await
        .map_err(profile_refused)?;
    Ok(Json(state(&row)).into_response())
}

/// `GET /communities/{code}/profile.json`: what the community published, for citizens.
pub async fn published(
    State(api): State<Arc<Api>>,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let nothing = || {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "no-profile",
            "Громада ще нічого не опублікувала про себе на цьому порталі.",
            "The community has not published anything about itself on this portal yet.",
        )
    };
    if !api.communities.contains(&code) {
        return Err(nothing());
    }
    let key = code.clone();
    let (text, version, at) = api
        .store
        .read(move |conn| db::published_profile(conn, &key))
        .await?
        .ok_or_else(nothing)?;
    let etag = format!("\"{version}\"");
    let fresh = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    let mut res = if fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        Json(json!({
            "community": code,
            "version": version,
            "published_at": at,
            "profile": stored(Some(&text)),
        }))
        .into_response()
    };
    let h = res.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    Ok(res)
}
