//! The back office's API (`/office/...`): staff sign in with a password and a TOTP code, work
//! their community's applications — the inbox, one application, assigning, moving it on, writing
//! to the applicant, internal notes, its files — and its administrator manages staff and
//! integration tokens. Every read and change of an application is recorded in the audit.
//!
//! A session's cookie authorises reads; a change also needs the session's CSRF token in the
//! `X-CSRF-Token` header. Another community's application answers `404`, as if it did not exist.

use super::{Api, ApiError, read_body, require_json};
use crate::auth::{self, CSRF_HEADER};
use crate::clock::Instant;
use crate::db::Refusal;
use crate::db::office::{self as db, AssigneeFilter, Filter, PER_PAGE};
use crate::mail;
use crate::model::{Role, Staff, Status};
use crate::store::StoreError;
use crate::tokens::constant_time_eq;
use axum::Json;
use axum::body::Body;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::sync::Arc;

/// The largest body the office sends.
const MAX_BODY: usize = 16 * 1024;
/// A message to the applicant or an internal note, at most this many characters.
pub const MAX_TEXT: usize = 2000;
/// A person's or a token's name, at most this many characters.
const MAX_NAME: usize = 100;
/// Documents asked for at once, and the length of each.
const MAX_DOCUMENTS: usize = 10;
const MAX_DOCUMENT: usize = 200;

impl ApiError {
    fn no_session() -> ApiError {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "no-session",
            "Ви не ввійшли або сеанс завершився: увійдіть знову.",
            "You are not signed in, or the session has ended: sign in again.",
        )
    }

    fn csrf() -> ApiError {
        ApiError::new(
            StatusCode::FORBIDDEN,
            "csrf",
            "Запит не з вашої сторінки кабінету: оновіть сторінку й спробуйте знову.",
            "The request did not come from your office page: reload the page and try again.",
        )
    }

    pub(super) fn forbidden() -> ApiError {
        ApiError::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            "Ваша роль не дозволяє цієї дії: зверніться до адміністратора громади.",
            "Your role does not allow this: ask your community's administrator.",
        )
    }

    fn bad_login() -> ApiError {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "bad-login",
            "Не вдалося ввійти: перевірте електронну пошту, пароль і код із застосунку й \
             спробуйте знову.",
            "Could not sign in: check the e-mail address, the password and the code from the \
             app, and try again.",
        )
    }

    fn locked(secs: u64) -> ApiError {
        let minutes = secs.div_ceil(60);
        ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "locked",
            format!(
                "Забагато невдалих спроб: вхід до цього облікового запису закрито на {minutes} хв. \
                 Спробуйте пізніше або зверніться до адміністратора."
            ),
            format!(
                "Too many failed attempts: this account is locked for {minutes} min. Try again \
                 later or ask your administrator."
            ),
        )
        .with("retry_after", secs)
        .retry_after(secs)
    }

    pub(super) fn invalid(field: &str, uk: impl Into<String>, en: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid", uk, en).with("field", field)
    }
}

/// A store refusal as the office's answer.
pub(super) fn refused(e: StoreError) -> ApiError {
    match e {
        StoreError::Refused(Refusal::NotFound) => ApiError::not_found(),
        StoreError::Refused(Refusal::Forbidden) => ApiError::forbidden(),
        StoreError::Refused(Refusal::Stale(stale)) => {
            let mut who: Vec<String> = stale
                .changes
                .iter()
                .map(|c| format!("{} ({})", c.by.name, c.action))
                .collect();
            // A change no staff member made: the applicant answered.
            if who.is_empty() {
                who.push("заявник / the applicant (reply)".into());
            }
            ApiError::new(
                StatusCode::CONFLICT,
                "stale",
                format!(
                    "Поки ви працювали, заяву змінили: {}. Перегляньте нову версію й зробіть \
                     зміну ще раз, якщо вона досі потрібна.",
                    who.join(", ")
                ),
                format!(
                    "The application was changed while you worked on it: {}. Look at the new \
                     version and make your change again if it is still needed.",
                    who.join(", ")
                ),
            )
            .with("current", &stale.current)
            .with("changes", &stale.changes)
        }
        StoreError::Refused(Refusal::Invalid(field)) => ApiError::invalid(
            field,
            "Такого працівника у вашій громаді немає або його вимкнено: виберіть іншого.",
            "Your community has no such staff member, or the account is disabled: choose \
             another.",
        ),
        StoreError::Refused(Refusal::Transition(from, to)) => ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "bad-transition",
            format!(
                "Заяву зі статусом «{}» не можна перевести в «{}»: закрити можна лише вирішену \
                 заяву, закриту — не можна змінити.",
                from.as_str(),
                to.as_str()
            ),
            format!(
                "An application with the status “{}” cannot become “{}”: only a decided \
                 application can be closed, and a closed one cannot change.",
                from.as_str(),
                to.as_str()
            ),
        ),
        StoreError::Refused(Refusal::EmailTaken) => ApiError::invalid(
            "email",
            "Обліковий запис із цією адресою вже є: введіть іншу адресу.",
            "An account with this address exists already: give another address.",
        ),
        other => ApiError::from(other),
    }
}

/// The application as the office shows it, with the documents its form asks for that are missing.
async fn shown(api: &Api, mut detail: crate::model::Detail) -> Result<Response, ApiError> {
    // A community's own programme: its form is the general request made for its entry, sent
    // with the application since the office's compiled forms do not hold it (issue 15).
    let local = super::programmes::local_form(api, &detail.community, &detail.programme).await?;
    if let Some(form) = api
        .forms
        .for_programme(&detail.programme)
        .or(local.as_ref())
    {
        let attached: std::collections::BTreeMap<String, Vec<String>> = detail
            .documents
            .iter()
            .map(|d| {
                (
                    d.document.clone(),
                    d.attachments.iter().map(|f| f.id.clone()).collect(),
                )
            })
            .collect();
        detail.missing_documents =
            forms::submission::missing_documents(form, &detail.answers, &attached)
                .into_iter()
                .map(|d| d.id.clone())
                .collect();
    }
    detail.form = local;
    Ok(Json(detail).into_response())
}

/// The signed-in staff member of a request (and the session's token hash and CSRF token).
pub(super) struct Session {
    pub(super) staff: Staff,
    sha256: String,
    csrf: String,
}

/// The staff member whose session the request's cookie carries. A change (`change = true`) also
/// needs the session's CSRF token in its header.
pub(super) async fn session(
    api: &Api,
    headers: &HeaderMap,
    change: bool,
) -> Result<Session, ApiError> {
    let token = auth::session_cookie(headers).ok_or_else(ApiError::no_session)?;
    let sha256 = auth::token_hash(token);
    let key = sha256.clone();
    let now = Instant::now();
    let (staff, csrf, seen) = api
        .store
        .read(move |conn| db::session(conn, &key, now, auth::IDLE_SECS))
        .await?
        .ok_or_else(ApiError::no_session)?;
    if change {
        let given = auth::csrf_header(headers).unwrap_or("");
        if !constant_time_eq(given.as_bytes(), csrf.as_bytes()) {
            return Err(ApiError::csrf());
        }
    }
    // Kept alive while used; written at most once a minute.
    if now.0 >= seen.0 + 60 {
        let key = sha256.clone();
        api.store
            .write(move |conn| db::touch_session(conn, &key, now))
            .await?;
    }
    Ok(Session {
        staff,
        sha256,
        csrf,
    })
}

pub(super) fn require(session: &Session, role: Role) -> Result<(), ApiError> {
    if session.staff.role == role {
        Ok(())
    } else {
        Err(ApiError::forbidden())
    }
}

/// Reads a JSON body of type `T`.
pub(super) async fn body<T: DeserializeOwned>(
    headers: &HeaderMap,
    body: Body,
) -> Result<T, ApiError> {
    require_json(headers)?;
    let bytes = read_body(headers, body, MAX_BODY).await?;
    serde_json::from_slice(&bytes).map_err(|e| ApiError::bad_json(&e))
}

/// A text a person wrote, trimmed: at most `max` characters, no control characters but line
/// breaks and tabs, no invisible direction overrides. `None` when empty.
pub fn clean_text(field: &str, text: &str, max: usize) -> Result<Option<String>, ApiError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let chars = text.chars().count();
    if chars > max {
        return Err(ApiError::invalid(
            field,
            format!("Не більше {max} символів, а тут {chars}: скоротіть текст."),
            format!("At most {max} characters, and this has {chars}: shorten the text."),
        )
        .with("max", max));
    }
    let bad = text.chars().any(|c| {
        (c.is_control() && c != '\n' && c != '\t' && c != '\r')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
    });
    if bad {
        return Err(ApiError::invalid(
            field,
            "У тексті є невидимі керівні символи: наберіть його заново, не вставляючи з інших \
             програм.",
            "The text has invisible control characters: type it again instead of pasting it.",
        ));
    }
    Ok(Some(text.replace("\r\n", "\n")))
}

fn community_json(api: &Api, code: &str) -> Value {
    match api.community_names.get(code) {
        Some((uk, en, kind)) => {
            json!({ "code": code, "name": { "uk": uk, "en": en }, "type": kind })
        }
        None => json!({ "code": code, "name": { "uk": code, "en": code }, "type": null }),
    }
}

fn signed_in(api: &Api, staff: &Staff, csrf: &str, cookie: Option<&str>) -> Response {
    let mut res = Json(json!({
        "staff": staff,
        "csrf": csrf,
        "community": community_json(api, &staff.community),
    }))
    .into_response();
    if let Some(token) = cookie {
        res.headers_mut()
            .insert(header::SET_COOKIE, auth::set_cookie(token));
    }
    res
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Login {
    email: String,
    password: String,
    code: String,
}

/// `POST /office/login`.
pub async fn login(
    State(api): State<Arc<Api>>,
    headers: HeaderMap,
    raw: Body,
) -> Result<Response, ApiError> {
    let login: Login = body(&headers, raw).await?;
    let email = login.email.trim().to_string();
    if login.password.len() > auth::MAX_PASSWORD || email.len() > 254 {
        return Err(ApiError::bad_login());
    }
    let key = email.clone();
    let found = api
        .store
        .read(move |conn| db::credentials(conn, &key))
        .await?;
    let now = Instant::now();
    let Some(found) = found else {
        // As long as for an account that exists.
        let password = login.password;
        let _ = tokio::task::spawn_blocking(move || {
            auth::verify_password(&password, auth::decoy_hash())
        })
        .await;
        return Err(ApiError::bad_login());
    };
    if found.locked_until > now {
        return Err(ApiError::locked(found.locked_until.0 - now.0));
    }
    let (password, phc) = (login.password, found.password_hash.clone());
    let password_ok = tokio::task::spawn_blocking(move || auth::verify_password(&password, &phc))
        .await
        .unwrap_or(false);
    let step = auth::totp_step(&found.totp_secret, &login.code, now.0)
        .filter(|s| *s > found.totp_last_step);
    let staff = found.staff;
    let Some(step) = step.filter(|_| password_ok) else {
        let id = staff.id;
        let locked = api
            .store
            .write(move |conn| db::sign_in_failed(conn, id, now))
            .await?;
        return Err(match locked {
            Some(until) => ApiError::locked(until.0 - now.0),
            None => ApiError::bad_login(),
        });
    };
    let token = auth::new_token()?;
    let csrf = auth::new_token()?;
    let (sha, csrf_stored, id) = (auth::token_hash(&token), csrf.clone(), staff.id);
    api.store
        .write(move |conn| {
            db::sign_in(
                conn,
                id,
                step,
                &sha,
                &csrf_stored,
                now,
                Instant(now.0 + auth::SESSION_SECS),
            )
        })
        .await
        .map_err(|e| match e {
            StoreError::Refused(Refusal::Forbidden) => ApiError::bad_login(),
            other => ApiError::from(other),
        })?;
    Ok(signed_in(&api, &staff, &csrf, Some(&token)))
}

/// `POST /office/logout`.
pub async fn logout(State(api): State<Arc<Api>>, headers: HeaderMap) -> Result<Response, ApiError> {
    let session = session(&api, &headers, true).await?;
    let sha = session.sha256;
    api.store
        .write(move |conn| db::end_session(conn, &sha, Instant::now()))
        .await?;
    let mut res = StatusCode::NO_CONTENT.into_response();
    res.headers_mut()
        .insert(header::SET_COOKIE, auth::clear_cookie());
    Ok(res)
}

/// `GET /office/me`.
pub async fn me(State(api): State<Arc<Api>>, headers: HeaderMap) -> Result<Response, ApiError> {
    let session = session(&api, &headers, false).await?;
    Ok(signed_in(&api, &session.staff, &session.csrf, None))
}

fn invite_gone() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "not-found",
        "Це запрошення вже використане, прострочене або його немає: попросіть адміністратора \
         громади надіслати нове.",
        "This invitation has been used, has expired or does not exist: ask your community's \
         administrator for a new one.",
    )
}

/// `GET /office/invites/{token}`: whom it is for and the secret for their authenticator app.
pub async fn invite(
    State(api): State<Arc<Api>>,
    Path(token): Path<String>,
) -> Result<Response, ApiError> {
    let sha = auth::token_hash(&token);
    let (staff, secret) = api
        .store
        .read(move |conn| db::invite(conn, &sha, Instant::now()))
        .await?
        .ok_or_else(invite_gone)?;
    Ok(Json(json!({
        "name": staff.name,
        "email": staff.email,
        "role": staff.role,
        "community": community_json(&api, &staff.community),
        "totp_secret": auth::totp_secret_text(&secret),
        "totp_uri": auth::totp_uri(&secret, &staff.email),
    }))
    .into_response())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accept {
    password: String,
    code: String,
}

/// `POST /office/invites/{token}`: sets the password and the second factor, and signs in.
pub async fn accept(
    State(api): State<Arc<Api>>,
    Path(token): Path<String>,
    headers: HeaderMap,
    raw: Body,
) -> Result<Response, ApiError> {
    let accept: Accept = body(&headers, raw).await?;
    let sha = auth::token_hash(&token);
    let key = sha.clone();
    let now = Instant::now();
    let (_, secret) = api
        .store
        .read(move |conn| db::invite(conn, &key, now))
        .await?
        .ok_or_else(invite_gone)?;
    let length = accept.password.chars().count();
    if !(auth::MIN_PASSWORD..=auth::MAX_PASSWORD).contains(&length) {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "weak-password",
            format!(
                "Пароль має бути від {} до {} символів: наприклад, кілька слів, які легко \
                 запам’ятати.",
                auth::MIN_PASSWORD,
                auth::MAX_PASSWORD
            ),
            format!(
                "A password has {} to {} characters: for example, a few words that are easy to \
                 remember.",
                auth::MIN_PASSWORD,
                auth::MAX_PASSWORD
            ),
        )
        .with("field", "password"));
    }
    let step = auth::totp_step(&secret, &accept.code, now.0).ok_or_else(|| {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "bad-code",
            "Код не підходить: додайте ключ у застосунок-автентифікатор і введіть шість цифр, які \
             він показує зараз.",
            "The code does not match: add the key to your authenticator app and enter the six \
             digits it shows now.",
        )
        .with("field", "code")
    })?;
    let password = accept.password;
    let phc = tokio::task::spawn_blocking(move || auth::hash_password(&password))
        .await
        .map_err(std::io::Error::other)??;
    let session = auth::new_token()?;
    let csrf = auth::new_token()?;
    let (session_sha, csrf_stored) = (auth::token_hash(&session), csrf.clone());
    let staff = api
        .store
        .write(move |conn| {
            let staff = db::accept_invite(conn, &sha, &phc, step, now)?;
            db::start_session(
                conn,
                staff.id,
                &session_sha,
                &csrf_stored,
                now,
                Instant(now.0 + auth::SESSION_SECS),
            )?;
            Ok(staff)
        })
        .await
        .map_err(|e| match e {
            StoreError::Refused(Refusal::NotFound) => invite_gone(),
            other => ApiError::from(other),
        })?;
    Ok(signed_in(&api, &staff, &csrf, Some(&session)))
}

fn bad_query(e: QueryRejection) -> ApiError {
    ApiError::new(
        StatusCode::BAD_REQUEST,
        "bad-query",
        "Адресу запиту записано неправильно: наприклад, ?status=received&page=2.",
        "The query string is malformed: write it as, for example, ?status=received&page=2.",
    )
    .with("detail", e.body_text())
}

fn is_day(s: &str) -> bool {
    s.len() == 10 && s.parse::<catalogue::Date>().is_ok()
}

/// The inbox's filter from the query string.
fn filter(query: &HashMap<String, String>, me: &Staff) -> Result<(Filter, u64), ApiError> {
    let get = |k: &str| query.get(k).map(|v| v.trim()).filter(|v| !v.is_empty());
    let mut filter = Filter::default();
    if let Some(s) = get("status") {
        filter.status = Some(Status::parse(s).ok_or_else(|| {
            ApiError::invalid(
                "status",
                format!("Невідомий статус «{s}»."),
                format!("Unknown status “{s}”."),
            )
        })?);
    }
    filter.programme = get("programme").map(str::to_string);
    filter.assignee = match get("assignee") {
        None => None,
        Some("me") => Some(AssigneeFilter::Staff(me.id)),
        Some("none") => Some(AssigneeFilter::Nobody),
        Some(id) => Some(AssigneeFilter::Staff(id.parse().map_err(|_| {
            ApiError::invalid(
                "assignee",
                "Виконавець — me, none або номер працівника.",
                "The assignee is me, none or a staff member's number.",
            )
        })?)),
    };
    for (key, slot) in [("from", &mut filter.from), ("to", &mut filter.to)] {
        if let Some(day) = get(key) {
            if !is_day(day) {
                return Err(ApiError::invalid(
                    key,
                    "Дату пишіть як РРРР-ММ-ДД, наприклад 2026-12-01.",
                    "Write the date as YYYY-MM-DD, for example 2026-12-01.",
                ));
            }
            *slot = Some(day.to_string());
        }
    }
    filter.q = get("q").map(|q| q.chars().take(100).collect());
    let page = match get("page") {
        None => 1,
        Some(p) => p
            .parse::<u64>()
            .ok()
            .filter(|p| (1..=100_000).contains(p))
            .ok_or_else(|| {
                ApiError::invalid(
                    "page",
                    "Сторінка — число від 1.",
                    "The page is a number from 1.",
                )
            })?,
    };
    Ok((filter, page))
}

/// `GET /office/applications`: a page of the inbox.
pub async fn inbox(
    State(api): State<Arc<Api>>,
    headers: HeaderMap,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> Result<Response, ApiError> {
    let session = session(&api, &headers, false).await?;
    let Query(query) = query.map_err(bad_query)?;
    let (filter, page) = filter(&query, &session.staff)?;
    let me = session.staff.clone();
    let inbox = api
        .store
        .read(move |conn| db::inbox(conn, &me, &filter, page))
        .await?;
    Ok(Json(json!({
        "items": inbox.items,
        "page": page,
        "pages": inbox.total.div_ceil(PER_PAGE).max(1),
        "per_page": PER_PAGE,
        "total": inbox.total,
        "counts": inbox.counts,
    }))
    .into_response())
}

/// `GET /office/applications/{reference}`: one application, recorded as read.
pub async fn application(
    State(api): State<Arc<Api>>,
    Path(reference): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let session = session(&api, &headers, false).await?;
    let me = session.staff;
    let detail = api
        .store
        .write(move |conn| db::open(conn, &me, &reference, Instant::now()))
        .await
        .map_err(refused)?;
    shown(&api, detail).await
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assign {
    version: i64,
    assignee: Option<i64>,
}

/// `POST /office/applications/{reference}/assign`.
pub async fn assign(
    State(api): State<Arc<Api>>,
    Path(reference): Path<String>,
    headers: HeaderMap,
    raw: Body,
) -> Result<Response, ApiError> {
    let session = session(&api, &headers, true).await?;
    let change: Assign = body(&headers, raw).await?;
    let me = session.staff;
    let detail = api
        .store
        .write(move |conn| {
            db::assign(
                conn,
                &me,
                &reference,
                change.version,
                change.assignee,
                Instant::now(),
            )
        })
        .await
        .map_err(refused)?;
    shown(&api, detail).await
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    version: i64,
    status: String,
    #[serde(default)]
    message: Option<String>,
    #[serde(default)]
    documents: Vec<String>,
}

/// `POST /office/applications/{reference}/status`.
pub async fn status(
    State(api): State<Arc<Api>>,
    Path(reference): Path<String>,
    headers: HeaderMap,
    raw: Body,
) -> Result<Response, ApiError> {
    let session = session(&api, &headers, true).await?;
    let change: StatusChange = body(&headers, raw).await?;
    let status = Status::parse(&change.status)
        .filter(|s| Status::SETTABLE.contains(s))
        .ok_or_else(|| {
            ApiError::invalid(
                "status",
                format!("Невідомий статус «{}».", change.status),
                format!("Unknown status “{}”.", change.status),
            )
        })?;
    let message = match change.message.as_deref() {
        Some(m) => clean_text("message", m, MAX_TEXT)?,
        None => None,
    };
    if change.documents.len() > MAX_DOCUMENTS {
        return Err(ApiError::invalid(
            "documents",
            format!("Не більше {MAX_DOCUMENTS} документів за раз."),
            format!("At most {MAX_DOCUMENTS} documents at once."),
        ));
    }
    let mut documents = Vec::new();
    for d in &change.documents {
        if let Some(d) = clean_text("documents", d, MAX_DOCUMENT)? {
            documents.push(d);
        }
    }
    if status.needs_message() && message.is_none() {
        return Err(match status {
            Status::Refused => ApiError::invalid(
                "message",
                "Напишіть причину відмови: заявник її прочитає.",
                "Write the reason for the refusal: the applicant will read it.",
            ),
            _ => ApiError::invalid(
                "message",
                "Напишіть, які відомості чи документи потрібні: заявник це прочитає.",
                "Write what information or documents are needed: the applicant will read it.",
            ),
        });
    }
    let me = session.staff;
    let notice = api
        .mail
        .as_ref()
        .map(|m| mail::change_notice(&m.public_url, &reference));
    let detail = api
        .store
        .write(move |conn| {
            let now = Instant::now();
            let (id, detail) = db::change_status(
                conn,
                &me,
                &reference,
                change.version,
                status,
                message.as_deref(),
                &documents,
                now,
            )?;
            if let Some(notice) = &notice {
                db::queue_notice(conn, id, notice, now)?;
            }
            Ok(detail)
        })
        .await
        .map_err(refused)?;
    api.mail_wake.notify_one();
    shown(&api, detail).await
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewNote {
    version: i64,
    text: String,
}

/// `POST /office/applications/{reference}/notes`.
pub async fn note(
    State(api): State<Arc<Api>>,
    Path(reference): Path<String>,
    headers: HeaderMap,
    raw: Body,
) -> Result<Response, ApiError> {
    let session = session(&api, &headers, true).await?;
    let note: NewNote = body(&headers, raw).await?;
    let text = clean_text("text", &note.text, MAX_TEXT)?
        .ok_or_else(|| ApiError::invalid("text", "Напишіть примітку.", "Write the note."))?;
    let me = session.staff;
    let detail = api
        .store
        .write(move |conn| db::add_note(conn, &me, &reference, note.version, &text, Instant::now()))
        .await
        .map_err(refused)?;
    shown(&api, detail).await
}

/// `GET /office/attachments/{id}[?download=1]`: a file, recorded in the audit. Pictures and PDF
/// open in the browser, sandboxed; signatures, and anything with `?download=1`, are saved.
pub async fn attachment(
    State(api): State<Arc<Api>>,
    Path(id): Path<String>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let session = session(&api, &headers, false).await?;
    if !forms::submission::is_device_id(&id) {
        return Err(ApiError::not_found());
    }
    let me = session.staff;
    let (mime, data, name) = api
        .store
        .write(move |conn| db::open_file(conn, &me, &id, Instant::now()))
        .await
        .map_err(refused)?;
    let inline = matches!(
        mime.as_str(),
        "image/jpeg" | "image/png" | "application/pdf"
    ) && !query.contains_key("download");
    let mut res = data.into_response();
    let h = res.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&mime) {
        h.insert(header::CONTENT_TYPE, v);
    }
    let disposition = if inline { "inline" } else { "attachment" };
    if let Ok(v) = HeaderValue::from_str(&format!("{disposition}; filename=\"{name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
        ),
    );
    Ok(res)
}

/// `GET /office/staff` (administrator, and the head, who assigns applications to colleagues).
pub async fn staff(State(api): State<Arc<Api>>, headers: HeaderMap) -> Result<Response, ApiError> {
    let session = session(&api, &headers, false).await?;
    if !session.staff.role.sees_all() {
        return Err(ApiError::forbidden());
    }
    let community = session.staff.community;
    let staff = api
        .store
        .read(move |conn| db::staff_of(conn, &community))
        .await?;
    Ok(Json(json!({ "staff": staff })).into_response())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Invite {
    name: String,
    email: String,
    role: String,
}

/// Checks a new account's name and e-mail address.
fn person(name: &str, email: &str) -> Result<(String, String), ApiError> {
    let name = clean_text("name", name, MAX_NAME)?.ok_or_else(|| {
        ApiError::invalid("name", "Напишіть ім’я та прізвище.", "Write the name.")
    })?;
    let email = identifiers::Email::parse(email)
        .map(|e| e.as_str().to_string())
        .map_err(|_| {
            ApiError::invalid(
                "email",
                "Введіть електронну пошту як name@example.com.",
                "Enter the e-mail address as name@example.com.",
            )
        })?;
    Ok((name, email))
}

/// Adds a staff member to `community` and makes their one-time invitation link.
pub fn invite_link(
    conn: &rusqlite::Connection,
    community: &str,
    name: &str,
    email: &str,
    role: Role,
    now: Instant,
) -> Result<(Staff, String), Refusal> {
    let secret = auth::new_totp_secret()
        .map_err(|e| Refusal::Sql(rusqlite::Error::ToSqlConversionFailure(Box::new(e))))?;
    let token = auth::new_token()
        .map_err(|e| Refusal::Sql(rusqlite::Error::ToSqlConversionFailure(Box::new(e))))?;
    let staff = db::create_staff(conn, community, name, email, role, &secret, now)?;
    db::create_invite(
        conn,
        &auth::token_hash(&token),
        staff.id,
        Instant(now.0 + auth::INVITE_SECS),
    )?;
    Ok((staff, format!("/office/invite#{token}")))
}

/// `POST /office/staff` (administrator): invites a staff member.
pub async fn invite_staff(
    State(api): State<Arc<Api>>,
    headers: HeaderMap,
    raw: Body,
) -> Result<Response, ApiError> {
    let session = session(&api, &headers, true).await?;
    require(&session, Role::Admin)?;
    let invite: Invite = body(&headers, raw).await?;
    let (name, email) = person(&invite.name, &invite.email)?;
    let role = Role::parse(&invite.role).ok_or_else(|| {
        ApiError::invalid(
            "role",
            "Роль — worker, head або admin.",
            "The role is worker, head or admin.",
        )
    })?;
    let me = session.staff;
    let (staff, url) = api
        .store
        .write(move |conn| {
            let now = Instant::now();
            let (staff, url) = invite_link(conn, &me.community, &name, &email, role, now)?;
            db::audit(conn, &me, None, None, "invite", Some(&staff.email), now)?;
            Ok((staff, url))
        })
        .await
        .map_err(refused)?;
    Ok((
        StatusCode::CREATED,
        Json(json!({ "staff": staff, "invite_url": url })),
    )
        .into_response())
}

/// `POST /office/staff/{id}/disable` (administrator).
pub async fn disable(
    State(api): State<Arc<Api>>,
    Path(id): Path<i64>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let session = session(&api, &headers, true).await?;
    require(&session, Role::Admin)?;
    if id == session.staff.id {
        return Err(ApiError::invalid(
            "id",
            "Свій обліковий запис вимкнути не можна: попросіть про це іншого адміністратора.",
            "You cannot disable your own account: ask another administrator.",
        ));
    }
    let me = session.staff;
    let staff = api
        .store
        .write(move |conn| {
            let now = Instant::now();
            let staff = db::disable_staff(conn, &me.community, id, now)?;
            db::audit(conn, &me, None, None, "disable", Some(&staff.email), now)?;
            Ok(staff)
        })
        .await
        .map_err(refused)?;
    Ok(Json(staff).into_response())
}

/// `GET /office/tokens` (administrator).
pub async fn tokens(State(api): State<Arc<Api>>, headers: HeaderMap) -> Result<Response, ApiError> {
    let session = session(&api, &headers, false).await?;
    require(&session, Role::Admin)?;
    let community = session.staff.community;
    let tokens = api
        .store
        .read(move |conn| db::tokens_of(conn, &community))
        .await?;
    Ok(Json(json!({ "tokens": tokens })).into_response())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewToken {
    name: String,
    days: u64,
}

/// `POST /office/tokens` (administrator): a token for an integration, shown once.
pub async fn create_token(
    State(api): State<Arc<Api>>,
    headers: HeaderMap,
    raw: Body,
) -> Result<Response, ApiError> {
    let session = session(&api, &headers, true).await?;
    require(&session, Role::Admin)?;
    let new: NewToken = body(&headers, raw).await?;
    let name = clean_text("name", &new.name, MAX_NAME)?.ok_or_else(|| {
        ApiError::invalid(
            "name",
            "Назвіть токен: для якої системи він.",
            "Name the token: which system it is for.",
        )
    })?;
    if !(1..=365).contains(&new.days) {
        return Err(ApiError::invalid(
            "days",
            "Строк дії — від 1 до 365 днів.",
            "A token is valid for 1 to 365 days.",
        ));
    }
    let token = auth::new_token()?;
    let sha = auth::token_hash(&token);
    let me = session.staff;
    let row = api
        .store
        .write(move |conn| {
            let now = Instant::now();
            let row = db::create_token(
                conn,
                &sha,
                &name,
                &me,
                now,
                Instant(now.0 + new.days * 86_400),
            )?;
            db::audit(conn, &me, None, None, "token", Some(&row.name), now)?;
            Ok(row)
        })
        .await
        .map_err(refused)?;
    let mut value = serde_json::to_value(&row).unwrap_or_default();
    value["token"] = json!(token);
    Ok((StatusCode::CREATED, Json(value)).into_response())
}

/// `POST /office/tokens/{id}/revoke` (administrator).
pub async fn revoke_token(
    State(api): State<Arc<Api>>,
    Path(id): Path<i64>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let session = session(&api, &headers, true).await?;
    require(&session, Role::Admin)?;
    let me = session.staff;
    let row = api
        .store
        .write(move |conn| {
            let now = Instant::now();
            let row = db::revoke_token(conn, &me.community, id, now)?;
            db::audit(conn, &me, None, None, "revoke", Some(&row.name), now)?;
            Ok(row)
        })
        .await
        .map_err(refused)?;
    Ok(Json(row).into_response())
}

/// The header name the CORS layer lets through.
pub const CSRF: &str = CSRF_HEADER;
