//! The applications API under `/api/v1`: its routes, the state they share, and the one shape of
//! every error — `{"code": "...", "message": {"uk": "...", "en": "..."}, ...}` with a 4xx or 5xx
//! status, each message saying how to fix the input. The contract is written out for other
//! implementations in `openapi.json`, served at `/api/v1/openapi.json`.

pub mod applications;
pub mod attachments;
pub mod office;
pub mod profile;
pub mod programmes;
pub mod staff;

use crate::ratelimit::{Client, Kind, Limiter, Limiters};
use crate::store::{Store, StoreError};
use crate::tokens::Secret;
use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get, post, put};
use axum::{Json, Router};
use http_body_util::{BodyExt, LengthLimitError, Limited};
use serde::Serialize;
use serde_json::{Map, Value, json};
use std::collections::HashSet;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;
use tower_http::cors::{AllowOrigin, CorsLayer};

/// Where the API lives.
pub const PREFIX: &str = "/api/v1";

/// The contract, for whoever implements it again.
pub const OPENAPI: &str = include_str!("openapi.json");

/// What every handler of the API shares.
#[derive(Debug)]
pub struct Api {
    pub store: Store,
    pub forms: forms::Forms,
    /// The codes of the codifier's communities.
    pub communities: HashSet<String>,
    /// Each community's name in Ukrainian and in English, and its kind, for the office.
    pub community_names: std::collections::HashMap<String, (String, String, &'static str)>,
    pub secret: Secret,
    /// How e-mail is sent; `None`: no e-mail.
    pub mail: Option<crate::mail::MailConfig>,
    /// Wakes the e-mail task when a notice is queued.
    pub mail_wake: Arc<tokio::sync::Notify>,
    /// The bytes each client may upload, in MiB ([`Client`]).
    pub uploads: Limiter,
}

/// Every route of the API: method, path under [`PREFIX`], handler. The router is built from this
/// list, and a test holds `openapi.json` to it.
fn routes() -> Vec<(Method, &'static str, MethodRouter<Arc<Api>>)> {
    vec![
        (Method::GET, "/openapi.json", get(openapi)),
        (Method::POST, "/applications", post(applications::submit)),
        (
            Method::GET,
            "/applications/{reference}",
            get(applications::status),
        ),
        (
            Method::POST,
            "/applications/{reference}/replies",
            post(applications::reply),
        ),
        (Method::POST, "/drafts", post(attachments::new_draft)),
        (Method::PUT, "/attachments/{id}", put(attachments::upload)),
        (Method::POST, "/office/login", post(office::login)),
        (Method::POST, "/office/logout", post(office::logout)),
        (Method::GET, "/office/me", get(office::me)),
        (Method::GET, "/office/invites/{token}", get(office::invite)),
        (
            Method::POST,
            "/office/invites/{token}",
            post(office::accept),
        ),
        (Method::GET, "/office/applications", get(office::inbox)),
        (
            Method::GET,
            "/office/applications/{reference}",
            get(office::application),
        ),
        (
            Method::POST,
            "/office/applications/{reference}/assign",
            post(office::assign),
        ),
        (
            Method::POST,
            "/office/applications/{reference}/status",
            post(office::status),
        ),
        (
            Method::POST,
            "/office/applications/{reference}/notes",
            post(office::note),
        ),
        (
            Method::GET,
            "/office/attachments/{id}",
            get(office::attachment),
        ),
        (Method::GET, "/office/staff", get(office::staff)),
        (Method::POST, "/office/staff", post(office::invite_staff)),
        (
            Method::POST,
            "/office/staff/{id}/disable",
            post(office::disable),
        ),
        (Method::GET, "/office/tokens", get(office::tokens)),
        (Method::POST, "/office/tokens", post(office::create_token)),
        (
            Method::POST,
            "/office/tokens/{id}/revoke",
            post(office::revoke_token),
        ),
        (Method::GET, "/office/profile", get(profile::get_profile)),
        (Method::PUT, "/office/profile", put(profile::save_profile)),
        (
            Method::POST,
            "/office/profile/publish",
            post(profile::publish_profile),
        ),
        (
            Method::GET,
            "/communities/{code}/profile.json",
            get(profile::published),
        ),
        (Method::GET, "/office/programmes", get(programmes::list)),
        (
            Method::GET,
            "/office/vocabulary",
            get(programmes::vocabulary_list),
        ),
        (
            Method::GET,
            "/office/programmes/{id}",
            get(programmes::get_programme),
        ),
        (
            Method::PUT,
            "/office/programmes/{id}",
            put(programmes::save),
        ),
        (
            Method::POST,
            "/office/programmes/{id}/publish",
            post(programmes::publish),
        ),
        (Method::GET, "/staff/applications", get(staff::list)),
        (
            Method::POST,
            "/staff/applications/{reference}/status",
            post(staff::set_status),
        ),
        (
            Method::GET,
            "/staff/attachments/{id}",
            get(staff::attachment),
        ),
    ]
}

/// The routes of the API as `(method, full path)`, e.g. `("post", "/api/v1/applications")`.
pub fn route_list() -> Vec<(String, String)> {
    routes()
        .into_iter()
        .map(|(m, path, _)| (m.as_str().to_ascii_lowercase(), format!("{PREFIX}{path}")))
        .collect()
}

/// The API, with its CORS policy and its rate limit, to nest under [`PREFIX`].
pub fn router(api: Arc<Api>, origins: Vec<HeaderValue>, limiters: Arc<Limiters>) -> Router {
    let router = routes()
        .into_iter()
        .fold(Router::new(), |r, (_, path, handler)| {
            r.route(path, handler)
        })
        .fallback(no_such_endpoint)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(api)
        .layer(axum::middleware::from_fn_with_state(limiters, rate_limit));
    router.layer(
        CorsLayer::new()
            .allow_origin(AllowOrigin::list(origins))
            .allow_methods([Method::GET, Method::POST, Method::PUT])
            .allow_headers([
                header::CONTENT_TYPE,
                header::AUTHORIZATION,
                HeaderName::from_static(office::CSRF),
            ])
            .expose_headers([header::RETRY_AFTER])
            .max_age(Duration::from_secs(3600)),
    )
}

async fn openapi() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
        OPENAPI,
    )
        .into_response()
}

async fn no_such_endpoint() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "no-such-endpoint",
        "Такої адреси в API немає: перелік адрес — у /api/v1/openapi.json.",
        "The API has no such address: the list of addresses is at /api/v1/openapi.json.",
    )
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method-not-allowed",
        "Ця адреса не приймає такий метод: які методи можна, сказано в /api/v1/openapi.json.",
        "This address does not take this method: /api/v1/openapi.json says which ones it takes.",
    )
}

/// Turns away a client that made too many requests of one kind (see [`Kind`]).
/// Tells the handlers who the client is ([`Client`]: the upload's bytes count against it).
async fn rate_limit(
    State(limiters): State<Arc<Limiters>>,
    mut req: Request,
    next: Next,
) -> Response {
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |c| c.0.ip());
    let forwarded: Vec<&str> = req
        .headers()
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    let client = crate::ratelimit::client(peer, &forwarded, &limiters.trusted_proxies);
    req.extensions_mut().insert(Client(client));
    if let Some(kind) = Kind::of(req.method(), req.uri().path())
        && let Err(wait) = limiters
            .for_kind(kind)
            .check(client, std::time::Instant::now())
    {
        return ApiError::too_many_requests(wait).into_response();
    }
    next.run(req).await
}

/// An error of the API: a status and a JSON body with `code`, `message` and any details.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    body: Map<String, Value>,
    retry_after: Option<u64>,
    challenge: bool,
}

impl ApiError {
    pub fn new(
        status: StatusCode,
        code: &str,
        uk: impl Into<String>,
        en: impl Into<String>,
    ) -> ApiError {
        ApiError::from_object(status, json!({ "code": code }), uk, en)
    }

    /// Adds a detail to the body.
    pub fn with(mut self, key: &str, value: impl Serialize) -> ApiError {
        self.body.insert(
            key.into(),
            serde_json::to_value(value).unwrap_or(Value::Null),
        );
        self
    }

    /// The error of a JSON object that already has its `code` (and details): adds the message.
    pub fn from_object(
        status: StatusCode,
        object: Value,
        uk: impl Into<String>,
        en: impl Into<String>,
    ) -> ApiError {
        let mut body = match object {
            Value::Object(map) => map,
            _ => Map::new(),
        };
        body.insert(
            "message".into(),
            json!({ "uk": uk.into(), "en": en.into() }),
        );
        ApiError {
            status,
            body,
            retry_after: None,
            challenge: false,
        }
    }

    /// `429 too-many-requests`: wait this long.
    pub fn too_many_requests(wait: Duration) -> ApiError {
        let secs = wait.as_secs_f64().ceil().max(1.0) as u64;
        ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "too-many-requests",
            format!("Забагато запитів з вашої адреси: зачекайте {secs} с і надішліть знову."),
            format!("Too many requests from your address: wait {secs} s and send again."),
        )
        .with("retry_after", secs)
        .retry_after(secs)
    }

    fn retry_after(mut self, secs: u64) -> ApiError {
        self.retry_after = Some(secs);
        self
    }

    pub fn status(&self) -> StatusCode {
        self.status
    }

    pub fn code(&self) -> &str {
        self.body.get("code").and_then(Value::as_str).unwrap_or("")
    }

    /// `400 bad-json`, with serde's words in `detail`.
    pub fn bad_json(e: &serde_json::Error) -> ApiError {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "bad-json",
            "Тіло запиту — не той JSON, якого чекає ця адреса (що саме не так — у detail): \
             виправте його й надішліть знову.",
            "The body is not the JSON this address expects (detail says what is wrong): fix it \
             and send it again.",
        )
        .with("detail", e.to_string())
    }

    /// `415 unsupported-media-type` for a body that must be JSON.
    pub fn not_json() -> ApiError {
        ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
            "Надсилайте JSON із заголовком Content-Type: application/json.",
            "Send JSON with the header Content-Type: application/json.",
        )
    }

    /// `401 bad-token` for a citizen's token.
    pub fn bad_citizen_token() -> ApiError {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "bad-token",
            "Немає доступу до цієї заяви: перевірте номер заяви й код доступу, які ви отримали \
             після подання, і надішліть код у заголовку Authorization: Bearer <код>.",
            "No access to this application: check the reference and the access token you got \
             when you applied, and send the token as Authorization: Bearer <token>.",
        )
        .challenge()
    }

    /// `401 bad-token` for a staff token.
    pub fn bad_staff_token() -> ApiError {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "bad-token",
            "Токен працівника відсутній або недійсний: попросіть адміністратора створити токен \
             (server token create) і надсилайте його в заголовку Authorization: Bearer <токен>.",
            "The staff token is missing or not valid: ask the administrator to create one \
             (server token create) and send it as Authorization: Bearer <token>.",
        )
        .challenge()
    }

    /// `404 not-found`: nothing of that name in the staff's community (or nowhere).
    pub fn not_found() -> ApiError {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "not-found",
            "У вашій громаді немає такої заяви чи файлу: перевірте номер.",
            "Your community has no such application or file: check the reference or id.",
        )
    }

    fn challenge(mut self) -> ApiError {
        self.challenge = true;
        self
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut res = (self.status, Json(Value::Object(self.body))).into_response();
        if let Some(secs) = self.retry_after {
            res.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        if self.challenge {
            res.headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        res
    }
}

impl From<std::io::Error> for ApiError {
    /// The operating system failed (no randomness, a task that died): nothing was stored.
    fn from(e: std::io::Error) -> ApiError {
        tracing::error!("internal: {e}");
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "Внутрішня помилка сервера, нічого не збережено: спробуйте ще раз за хвилину.",
            "An internal error of the server, and nothing was stored: try again in a minute.",
        )
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::Busy => ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "busy",
                "Сервер зараз перевантажений, нічого не збережено: надішліть те саме ще раз за \
                 секунду.",
                "The server is overloaded and stored nothing: send the same again in a second.",
            )
            .retry_after(1),
            StoreError::Failed(detail) => {
                tracing::error!("storage failed: {detail}");
                ApiError::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "unavailable",
                    "Сервер не зміг зберегти чи прочитати дані, нічого не збережено наполовину: \
                     надішліть те саме ще раз за хвилину.",
                    "The server could not store or read the data, and nothing was stored half: \
                     send the same again in a minute.",
                )
                .retry_after(60)
            }
            StoreError::Refused(refusal) => {
                // Each handler turns the refusals it expects into its own answer first.
                tracing::error!("unexpected refusal: {refusal:?}");
                ApiError::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    "Внутрішня помилка сервера: повідомте громаду.",
                    "An internal error of the server: tell the community.",
                )
            }
        }
    }
}

/// The media type of the body, lowercased, without parameters.
pub fn media_type(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
    let essence = value.split(';').next()?.trim().to_ascii_lowercase();
    (!essence.is_empty()).then_some(essence)
}

/// Requires `Content-Type: application/json`.
pub fn require_json(headers: &HeaderMap) -> Result<(), ApiError> {
    match media_type(headers).as_deref() {
        Some("application/json") => Ok(()),
        _ => Err(ApiError::not_json()),
    }
}

/// Reads the whole body, refusing more than `limit` bytes with `413 body-too-large`.
pub async fn read_body(headers: &HeaderMap, body: Body, limit: usize) -> Result<Bytes, ApiError> {
    let too_large = || {
        let human = if limit >= 1 << 20 {
            format!("{} MiB", limit >> 20)
        } else {
            format!("{} KiB", limit >> 10)
        };
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "body-too-large",
            format!("Запит завеликий: не більше {human}. Зменште файл чи текст і надішліть знову."),
            format!("The request is too large: at most {human}. Make the file or text smaller and send it again."),
        )
        .with("limit", limit)
    };
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    match Limited::new(body, limit).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(e) if e.is::<LengthLimitError>() => Err(too_large()),
        Err(e) => Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "bad-body",
            "Тіло запиту надійшло не повністю: надішліть його ще раз.",
            "The body did not arrive whole: send it again.",
        )
        .with("detail", e.to_string())),
    }
}
