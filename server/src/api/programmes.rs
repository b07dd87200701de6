//! A community's own programmes (issue 15): its administrator writes each as a draft in the office
//! (`/office/programmes/{id}`), checked by `forms::local` into a catalogue entry scoped to the
//! community and held to the catalogue's own rules, and publishes it; both are recorded in the
//! audit with who and when. Citizens get only what was published, with the community's profile,
//! in one small file (`/data/community/{code}.json`, [`community_file`]): versioned by its
//! content, with an ETag and `Cache-Control: no-cache`. `server export-community` writes the same
//! files for a static host.

use super::office::{Session, refused, require, session};
use super::{Api, ApiError, read_body, require_json};
use crate::clock::Instant;
use crate::db::Refusal;
use crate::db::office::{self as db, ProgrammeRow};
use crate::model::Role;
use crate::store::StoreError;
use axum::Json;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use catalogue::Programme;
use forms::FieldError;
use forms::local::{CommunityFile, Draft};
use forms::profile::Profile;
use rules::local::LocalRules;
use rusqlite::Connection;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::sync::{Arc, OnceLock};

/// The largest draft the office sends (a programme's or the profile with its districts).
pub const MAX_BODY: usize = 128 * 1024;

/// Reads a JSON body of type `T`, up to [`MAX_BODY`].
pub(super) async fn large_body<T: DeserializeOwned>(
    headers: &HeaderMap,
    body: Body,
) -> Result<T, ApiError> {
    require_json(headers)?;
    let bytes = read_body(headers, body, MAX_BODY).await?;
    serde_json::from_slice(&bytes).map_err(|e| ApiError::bad_json(&e))
}

/// The check's vocabulary (its facts and parameters, `data/generated/rules.json`): a local
/// programme's conditions are compiled against it, as the check on the device reads them.
pub fn vocabulary() -> &'static rules::Rules {
    static RULES: OnceLock<rules::Rules> = OnceLock::new();
    RULES.get_or_init(|| {
        rules::Rules::from_json(crate::RULES_JSON).expect("the generated rules are valid JSON")
    })
}

/// The ids of the national catalogue: a local programme may not take one.
fn national_ids() -> &'static HashSet<String> {
    static IDS: OnceLock<HashSet<String>> = OnceLock::new();
    IDS.get_or_init(|| {
        catalogue::Catalogue::from_json(crate::CATALOGUE_JSON)
            .map(|c| c.programmes.into_iter().map(|p| p.id).collect())
            .unwrap_or_default()
    })
}

fn stale() -> ApiError {
    ApiError::new(
        StatusCode::CONFLICT,
        "stale",
        "Поки ви працювали, цю програму змінили: перегляньте нову чернетку й зробіть зміну ще раз, \
         якщо вона досі потрібна.",
        "The programme was changed while you worked on it: look at the new draft and make your \
         change again if it is still needed.",
    )
}

fn programme_refused(e: StoreError) -> ApiError {
    match e {
        StoreError::Refused(Refusal::Invalid("version")) => stale(),
        other => refused(other),
    }
}

/// Every error of a check, as `422` naming the first field.
fn invalid(errors: Vec<FieldError>) -> ApiError {
    let first = errors.first().map(|e| e.field.clone()).unwrap_or_default();
    ApiError::invalid(
        &first,
        "Виправте поля, перелічені в errors (у кожного — що саме зробити), і збережіть знову.",
        "Fix the fields listed in errors (each says what to do) and save again.",
    )
    .with("errors", errors)
}

/// The draft checked for `community`, or `422` with every error at its field (the entry's and
/// its conditions' for the check).
fn check(draft: &Draft, community: &str) -> Result<Programme, ApiError> {
    let (entry, conditions) = (draft.check(community), draft.rules(vocabulary()));
    let entry = match (entry, conditions) {
        (Ok(entry), Ok(_)) => entry,
        (entry, conditions) => {
            let mut errors = entry.err().unwrap_or_default();
            errors.extend(conditions.err().unwrap_or_default());
            return Err(invalid(errors));
        }
    };
    if national_ids().contains(&entry.id) {
        return Err(invalid(vec![FieldError {
            field: "id".into(),
            code: "local-id-taken".into(),
            message: catalogue::Text {
                uk: format!(
                    "«{}» — адреса програми національного каталогу: оберіть іншу.",
                    entry.id
                ),
                en: format!(
                    "«{}» is the address of a programme of the national catalogue: choose another.",
                    entry.id
                ),
            },
        }]));
    }
    Ok(entry)
}

fn parsed(text: Option<&str>) -> Value {
    text.and_then(|t| serde_json::from_str(t).ok())
        .unwrap_or(Value::Null)
}

/// What the office shows of one programme.
fn state(row: &ProgrammeRow) -> Value {
    json!({
        "id": row.id,
        "draft": parsed(Some(&row.draft)),
        "draft_version": row.draft_version,
        "draft_at": row.draft_at,
        "draft_by": row.draft_by,
        "published": parsed(row.published.as_deref()),
        "version": row.version,
        "published_at": row.published_at,
        "published_by": row.published_by,
        "unpublished": row.published_draft.as_deref() != Some(row.draft.as_str()),
    })
}

/// What the office's list shows of one programme: its title, and whether it is published.
fn summary(row: &ProgrammeRow) -> Value {
    let draft: Option<Draft> = serde_json::from_str(&row.draft).ok();
    json!({
        "id": row.id,
        "title": draft.map(|d| d.title),
        "draft_at": row.draft_at,
        "draft_by": row.draft_by,
        "version": row.version,
        "published_at": row.published_at,
        "published_by": row.published_by,
        "unpublished": row.published_draft.as_deref() != Some(row.draft.as_str()),
    })
}

async fn admin(api: &Api, headers: &HeaderMap, change: bool) -> Result<Session, ApiError> {
    let session = session(api, headers, change).await?;
    require(&session, Role::Admin)?;
    Ok(session)
}

/// `GET /office/programmes` (administrator): the community's programmes.
pub async fn list(State(api): State<Arc<Api>>, headers: HeaderMap) -> Result<Response, ApiError> {
    let session = admin(&api, &headers, false).await?;
    let community = session.staff.community;
    let rows = api
        .store
        .read(move |conn| db::programmes(conn, &community))
        .await?;
    Ok(Json(json!({ "programmes": rows.iter().map(summary).collect::<Vec<_>>() })).into_response())
}

/// `GET /office/vocabulary` (administrator): the check's questions and values a local
/// programme's conditions may name, each with its question in both languages and, for a choice,
/// its answers.
pub async fn vocabulary_list(
    State(api): State<Arc<Api>>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    admin(&api, &headers, false).await?;
    let rules = vocabulary();
    let facts: Vec<Value> = rules
        .facts
        .iter()
        .map(|f| {
            let (kind, options) = match &f.kind {
                rules::FactKind::Choice(options) => (
                    "choice",
                    options
                        .iter()
                        .map(|o| json!({ "value": o.value, "label": o.label }))
                        .collect(),
                ),
                other => (fact_kind(other), Vec::new()),
            };
            json!({ "id": f.id, "kind": kind, "question": f.question, "options": options })
        })
        .collect();
    let derived: Vec<&str> = rules::answers::DERIVED.iter().map(|(id, _)| *id).collect();
    let parameters: Vec<&str> = rules.parameters.iter().map(|p| p.id.as_str()).collect();
    Ok(
        Json(json!({ "facts": facts, "derived": derived, "parameters": parameters }))
            .into_response(),
    )
}

/// A fact's kind as the vocabulary's sources name it.
fn fact_kind(kind: &rules::FactKind) -> &'static str {
    match kind {
        rules::FactKind::YesNo => "yes-no",
        rules::FactKind::Number { .. } => "number",
        rules::FactKind::Money => "money",
        rules::FactKind::Date => "date",
        rules::FactKind::Choice(_) => "choice",
        rules::FactKind::Place => "place",
        rules::FactKind::Household => "household",
        rules::FactKind::Settlement => "settlement",
    }
}

/// `GET /office/programmes/{id}` (administrator): one programme's draft and what is published.
pub async fn get_programme(
    State(api): State<Arc<Api>>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let session = admin(&api, &headers, false).await?;
    let community = session.staff.community;
    let row = api
        .store
        .read(move |conn| db::programme(conn, &community, &id))
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok(Json(state(&row)).into_response())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Save {
    /// The draft version the change was made on; 0 for a new programme.
    version: i64,
    programme: Draft,
}

/// `PUT /office/programmes/{id}` (administrator): saves the draft, made on draft `version`,
/// checked as it would be published. Citizens do not see it until it is published.
pub async fn save(
    State(api): State<Arc<Api>>,
    Path(id): Path<String>,
    headers: HeaderMap,
    raw: Body,
) -> Result<Response, ApiError> {
    let session = admin(&api, &headers, true).await?;
    let save: Save = large_body(&headers, raw).await?;
    let me = session.staff;
    check(&save.programme, &me.community)?;
    if save.programme.id.trim() != id {
        return Err(ApiError::invalid(
            "id",
            "Адресу програми не можна змінити: створіть нову програму з новою адресою.",
            "A programme's address cannot change: make a new programme with the new address.",
        ));
    }
    let text = serde_json::to_string(&save.programme).map_err(|e| ApiError::bad_json(&e))?;
    let row = api
        .store
        .write(move |conn| {
            let now = Instant::now();
            let row = db::save_programme(conn, &me, &id, save.version, &text, now)?;
            db::audit(conn, &me, None, None, "programme-save", Some(&id), now)?;
            Ok(row)
        })
        .await
        .map_err(programme_refused)?;
    Ok(Json(state(&row)).into_response())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Publish {
    version: i64,
}

/// `POST /office/programmes/{id}/publish` (administrator): publishes draft `version`, checked
/// again by the catalogue's rules.
pub async fn publish(
    State(api): State<Arc<Api>>,
    Path(id): Path<String>,
    headers: HeaderMap,
    raw: Body,
) -> Result<Response, ApiError> {
    let session = admin(&api, &headers, true).await?;
    let publish: Publish = large_body(&headers, raw).await?;
    let me = session.staff;
    let (community, key) = (me.community.clone(), id.clone());
    let row = api
        .store
        .read(move |conn| db::programme(conn, &community, &key))
        .await?
        .ok_or_else(ApiError::not_found)?;
    if row.draft_version != publish.version {
        return Err(stale());
    }
    let draft: Draft = serde_json::from_str(&row.draft).map_err(|e| ApiError::bad_json(&e))?;
    let entry = check(&draft, &me.community)?;
    let text = serde_json::to_string(&entry).map_err(|e| ApiError::bad_json(&e))?;
    let row = api
        .store
        .write(move |conn| {
            let now = Instant::now();
            let row = db::publish_programme(conn, &me, &id, publish.version, &text, now)?;
            let detail = format!("{id} v{}", row.version);
            db::audit(
                conn,
                &me,
                None,
                None,
                "programme-publish",
                Some(&detail),
                now,
            )?;
            Ok(row)
        })
        .await
        .map_err(programme_refused)?;
    Ok(Json(state(&row)).into_response())
}

/// What `community` published, as the file citizens fetch; `None` when it published nothing.
/// Its version is the SHA-256 of its content (first 16 hex digits): it changes with every
/// publication that changes anything, and only then.
pub fn community_file(
    conn: &Connection,
    community: &str,
) -> rusqlite::Result<Option<CommunityFile>> {
    let Some((profile, published)) = db::published_community(conn, community)? else {
        return Ok(None);
    };
    let profile: Option<Profile> = profile.and_then(|t| serde_json::from_str(&t).ok());
    let programmes: Vec<Programme> = published
        .iter()
        .filter_map(|(entry, _)| serde_json::from_str(entry).ok())
        .collect();
    // The conditions as published (compiled from the draft that was published): a condition
    // that a later release's vocabulary no longer knows leaves its programme without a verdict.
    let drafts: Vec<Draft> = published
        .iter()
        .filter_map(|(_, draft)| serde_json::from_str::<Draft>(draft.as_deref()?).ok())
        .collect();
    let rules: Vec<LocalRules> = drafts
        .iter()
        .filter_map(|d| d.rules(vocabulary()).ok().flatten())
        .collect();
    // The programmes that take applications through the portal, as published.
    let online: Vec<String> = drafts
        .iter()
        .filter(|d| d.online && programmes.iter().any(|p| p.id == d.id.trim()))
        .map(|d| d.id.trim().to_string())
        .collect();
    let content = serde_json::to_vec(&(&profile, &programmes, &rules, &online)).unwrap_or_default();
    let digest = Sha256::digest(&content);
    let version = crate::tokens::hex(&digest[..8]);
    Ok(Some(CommunityFile {
        community: community.to_string(),
        version,
        profile,
        programmes,
        rules,
        online,
    }))
}

/// The form of `community`'s own programme `id`, if the community published it as taking
/// applications through the portal: the general request made for its published entry, the same
/// form the browser makes from the community's file (`forms::request`). `None` for a national
/// programme, whose form is compiled in.
pub async fn local_form(
    api: &Api,
    community: &str,
    id: &str,
) -> Result<Option<forms::Form>, ApiError> {
    if api.forms.for_programme(id).is_some() {
        return Ok(None);
    }
    let Some(template) = api.forms.request.clone() else {
        return Ok(None);
    };
    let (community, key) = (community.to_string(), id.to_string());
    let row = api
        .store
        .read(move |conn| db::programme(conn, &community, &key))
        .await?;
    let Some(row) = row else { return Ok(None) };
    let published_draft: Option<Draft> = row
        .published_draft
        .as_deref()
        .and_then(|t| serde_json::from_str(t).ok());
    let entry: Option<Programme> = row
        .published
        .as_deref()
        .and_then(|t| serde_json::from_str(t).ok());
    Ok(match (published_draft, entry) {
        (Some(d), Some(entry)) if d.online => Some(template.form_for(&entry)),
        _ => None,
    })
}

/// `GET /data/community/{code}.json` (or `.bin`, the same in postcard, which the app reads): what
/// the community published, for citizens — public, `Cache-Control: no-cache` with the version as
/// ETag (`304` until the next publication).
pub async fn published(
    State(api): State<Arc<Api>>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Response {
    let nothing = || {
        (
            StatusCode::NOT_FOUND,
            [(header::CACHE_CONTROL, "no-cache")],
            Json(json!({
                "code": "nothing-published",
                "message": {
                    "uk": "Громада ще нічого не опублікувала про себе на цьому порталі.",
                    "en": "The community has not published anything about itself on this portal yet.",
                },
            })),
        )
            .into_response()
    };
    // `{code}.json`, readable, or `{code}.bin`, the same in postcard (what the app reads).
    let (code, binary) = match (file.strip_suffix(".json"), file.strip_suffix(".bin")) {
        (Some(code), _) => (code, false),
        (_, Some(code)) => (code, true),
        _ => return nothing(),
    };
    if !api.communities.contains(code) {
        return nothing();
    }
    let code = code.to_string();
    let found = api
        .store
        .read(move |conn| community_file(conn, &code))
        .await;
    let file = match found {
        Ok(Some(f)) => f,
        Ok(None) => return nothing(),
        Err(e) => return ApiError::from(e).into_response(),
    };
    let etag = if binary {
        format!("\"{}-bin\"", file.version)
    } else {
        format!("\"{}\"", file.version)
    };
    let fresh = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    let mut res = if fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else if binary {
        match file.to_binary() {
            Ok(bytes) => {
                ([(header::CONTENT_TYPE, "application/octet-stream")], bytes).into_response()
            }
            Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        }
    } else {
        Json(&file).into_response()
    };
    let h = res.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    res
}

/// `server export-community`: writes what each community published (or only `community`) as
/// `{out}/{code}.json` and `{out}/{code}.bin`, the files a static host serves at
/// `/data/community/…` (the app reads the `.bin`). Returns the files written.
pub fn export(
    db: &std::path::Path,
    out: &std::path::Path,
    community: Option<&str>,
) -> Result<Vec<std::path::PathBuf>, String> {
    let conn = crate::db::open(db).map_err(|e| format!("database {}: {e}", db.display()))?;
    let codes = match community {
        Some(code) => vec![code.to_string()],
        None => db::publishing_communities(&conn).map_err(|e| e.to_string())?,
    };
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut written = Vec::new();
    for code in codes {
        let Some(file) = community_file(&conn, &code).map_err(|e| e.to_string())? else {
            return Err(format!(
                "{code} has published nothing yet: its administrator publishes its profile or \
                 a programme in the office first"
            ));
        };
        let path = out.join(format!("{code}.json"));
        let text = serde_json::to_string(&file).map_err(|e| e.to_string())?;
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        written.push(path);
        let path = out.join(format!("{code}.bin"));
        let bytes = file.to_binary().map_err(|e| e.to_string())?;
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}
