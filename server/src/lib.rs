//! The reference community backend: it serves the built portal as a static host would, and it
//! receives applications.
//!
//! As a static host: precompressed brotli and gzip files, long cache lifetimes for hashed assets
//! and short ones for HTML, a strict Content-Security-Policy, and a real `404` status for addresses
//! the portal does not know (the page itself is still the app, which shows its "not found" view).
//!
//! As a back office (`/api/v1`, see `api.rs` and the OpenAPI document it serves): applications
//! checked again with the shared `forms` crate, stored once however often a device sends them, in
//! SQLite through one group-committing writer thread (`store.rs`; all SQL in `db.rs`), files,
//! the person's status page with their token, and the community's staff.
//!
//! Architecture invariant: the server is a thin shell. What a valid address or application is
//! comes from the pure crates (the same data and code the app ships), never from a copy of their
//! rules. It is the only code that knows SQL.

pub mod api;
pub mod auth;
pub mod cli;
pub mod clock;
pub mod db;
pub mod embed;
pub mod keys;
pub mod mail;
pub mod model;
pub mod ratelimit;
pub mod serving;
pub mod store;
pub mod tokens;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use catalogue::{Catalogue, Communities};
use ratelimit::{Limiter, Limiters, Net, RateLimit};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tower_http::services::ServeDir;

/// What the server needs to answer.
#[derive(Debug, Clone)]
pub struct Config {
    /// The folder trunk built (`dist/`), with `.br` and `.gz` files beside the originals.
    pub dist: PathBuf,
    /// The SQLite database of applications (made, with its folder, if missing).
    pub db: PathBuf,
    /// Origins allowed to call `/api/v1` from a browser (`https://example.org`); none by default.
    pub allow_origins: Vec<String>,
    /// Citizens' writes (POST, PUT) per client address.
    pub rate_limit: RateLimit,
    /// Citizens' status reads per client address.
    pub status_rate_limit: RateLimit,
    /// Staff requests (the office and the staff API) per client address.
    pub staff_rate_limit: RateLimit,
    /// The bytes of uploaded files per client address, in MiB (issue 14).
    pub upload_rate_limit: RateLimit,
    /// Proxies whose `X-Forwarded-For` names the client; none by default (the peer is the client).
    pub trusted_proxies: Vec<Net>,
    /// Timeouts and the connection limit.
    pub limits: serving::Limits,
    /// When personal data and unclaimed files are deleted (applications are kept by default).
    pub retention: db::Retention,
    /// E-mail to applicants; `None`: none is sent.
    pub mail: Option<mail::MailConfig>,
}

impl Config {
    /// The defaults: the README's `dist/` and `target/portal.sqlite` of the workspace, no other
    /// origin, 60 writes a minute per client with bursts of 20, 240 status reads, 600 staff
    /// requests, 4 MiB of uploads a minute (bursts of 100), no trusted proxy, [`serving::Limits::DEFAULT`].
    pub fn new(dist: PathBuf) -> Config {
        Config {
            dist,
            db: default_db(),
            allow_origins: Vec::new(),
            rate_limit: RateLimit::DEFAULT,
            status_rate_limit: RateLimit::STATUS,
            staff_rate_limit: RateLimit::STAFF,
            upload_rate_limit: RateLimit::UPLOAD_MIB,
            trusted_proxies: Vec::new(),
            limits: serving::Limits::DEFAULT,
            retention: db::Retention::keep(),
            mail: None,
        }
    }

    /// For tests: this `dist` and database, no rate limit.
    pub fn for_tests(dist: PathBuf, db: PathBuf) -> Config {
        Config {
            dist,
            db,
            allow_origins: Vec::new(),
            rate_limit: RateLimit::OFF,
            status_rate_limit: RateLimit::OFF,
            staff_rate_limit: RateLimit::OFF,
            upload_rate_limit: RateLimit::OFF,
            trusted_proxies: Vec::new(),
            limits: serving::Limits::DEFAULT,
            retention: db::Retention::keep(),
            mail: None,
        }
    }
}

#[derive(Debug)]
struct Shared {
    index_html: String,
    /// The eligibility check's page (its own app); the portal's page where a dist has none.
    check_html: String,
    /// The applications' page (its own app); the portal's page where a dist has none.
    apply_html: String,
    /// The back office's page (its own app, for staff); the portal's page where a dist has none.
    office_html: String,
    /// The programmes with an application form: their `/apply/…` addresses exist.
    with_form: Vec<String>,
    csp: String,
    catalogue: Catalogue,
    /// The codes of the codifier's communities: their embed pages exist.
    communities: HashSet<String>,
    /// Reads each embed page's allowed origins (`embed::allowed_origins`).
    readers: store::Readers,
}

/// The catalogue the app ships, so the server knows which service pages exist.
const CATALOGUE_JSON: &str = include_str!("../../data/generated/catalogue.json");
/// The application forms the app ships, so the server checks what the browser checked.
const FORMS_JSON: &str = include_str!("../../data/generated/forms.json");
/// The check's vocabulary, against which a community's own programme's conditions are compiled.
const RULES_JSON: &str = include_str!("../../data/generated/rules.json");
/// The communities of the codifier: an application goes to one of them.
const COMMUNITIES_BIN: &[u8] = include_bytes!("../../data/generated/communities.bin");

/// The communities an application may go to.
pub fn communities() -> std::io::Result<Communities> {
    Communities::from_binary(COMMUNITIES_BIN).map_err(std::io::Error::other)
}

/// Builds the whole HTTP application: opens (or makes) the database and starts its writer
/// thread, which stops when the router is dropped.
pub fn app(config: &Config) -> std::io::Result<Router> {
    // Each app's page (`app-<part>.html`) answers where no pre-rendered page exists; a dist
    // without them (an older build, a test's) has the portal's page as `index.html`.
    let index_path = [
        config.dist.join("app-portal.html"),
        config.dist.join("index.html"),
    ]
    .into_iter()
    .find(|p| p.exists())
    .unwrap_or_else(|| config.dist.join("app-portal.html"));
    let index_html = std::fs::read_to_string(&index_path).map_err(|e| {
        std::io::Error::new(
            e.kind(),
            format!(
                "{}: {e} (build the portal first: bash scripts/build.sh)",
                index_path.display()
            ),
        )
    })?;
    let other_page = |part: &str| {
        for name in [format!("app-{part}.html"), format!("{part}.html")] {
            match std::fs::read_to_string(config.dist.join(name)) {
                Ok(html) => return Ok(html),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(e),
            }
        }
        Ok(index_html.clone())
    };
    let check_html = other_page("check")?;
    let apply_html = other_page("apply")?;
    let office_html = other_page("office")?;
    let csp = content_security_policy(&[&index_html, &check_html, &apply_html, &office_html]);
    let with_form = forms::Forms::from_json(FORMS_JSON)
        .map_err(std::io::Error::other)?
        .forms
        .into_iter()
        .map(|f| f.programme)
        .collect();
    let shared = Arc::new(Shared {
        index_html,
        check_html,
        apply_html,
        office_html,
        with_form,
        csp,
        catalogue: Catalogue::from_json(CATALOGUE_JSON).map_err(std::io::Error::other)?,
        communities: communities()?
            .communities
            .into_iter()
            .map(|c| c.code)
            .collect(),
        readers: store::Readers::new(&config.db),
    });

    let origins = config
        .allow_origins
        .iter()
        .map(|o| {
            HeaderValue::from_str(o).map_err(|_| {
                std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    format!("not an origin: {o}"),
                )
            })
        })
        .collect::<std::io::Result<Vec<_>>>()?;
    let db_error = |e: rusqlite::Error| {
        std::io::Error::other(format!("database {}: {e}", config.db.display()))
    };
    let (conn, keys) = db::open_with_keys(&config.db).map_err(db_error)?;
    let secret = keys
        .secret
        .clone()
        .ok_or_else(|| std::io::Error::other("the keys have no server secret"))?;
    let store = store::Store::start(conn, &config.db)?;
    let all = communities()?.communities;
    let api = Arc::new(api::Api {
        store,
        forms: forms::Forms::from_json(FORMS_JSON).map_err(std::io::Error::other)?,
        communities: all.iter().map(|c| c.code.clone()).collect::<HashSet<_>>(),
        community_names: all
            .into_iter()
            .map(|c| {
                let kind = match c.kind {
                    catalogue::communities::CommunityType::Urban => "urban",
                    catalogue::communities::CommunityType::Settlement => "settlement",
                    catalogue::communities::CommunityType::Rural => "rural",
                    catalogue::communities::CommunityType::SpecialStatusCity => "city",
                };
                (c.code, (c.name, c.name_en, kind))
            })
            .collect(),
        secret,
        mail: config.mail.clone(),
        mail_wake: Arc::new(tokio::sync::Notify::new()),
        uploads: Limiter::new(config.upload_rate_limit),
    });
    if let Some(mail) = &config.mail {
        match tokio::runtime::Handle::try_current() {
            Ok(runtime) => {
                runtime.spawn(mail::run(
                    mail.clone(),
                    Arc::downgrade(&api),
                    api.mail_wake.clone(),
                ));
            }
            Err(_) => tracing::error!("e-mail is off: no async runtime to send it from"),
        }
    }
    match tokio::runtime::Handle::try_current() {
        Ok(runtime) => {
            runtime.spawn(retention(config.retention.clone(), Arc::downgrade(&api)));
        }
        Err(_) => tracing::error!("retention is off: no async runtime to run it from"),
    }
    let limiters = Arc::new(Limiters {
        writes: Limiter::new(config.rate_limit),
        status: Limiter::new(config.status_rate_limit),
        staff: Limiter::new(config.staff_rate_limit),
        trusted_proxies: config.trusted_proxies.clone(),
    });

    let spa = axum::routing::any(spa_page).with_state(shared.clone());
    let files = ServeDir::new(&config.dist)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(true)
        .fallback(spa);
    let published = axum::routing::get(api::programmes::published).with_state(api.clone());
    Ok(Router::new()
        .route("/data/community/{file}", published)
        .nest(api::PREFIX, api::router(api, origins, limiters))
        .fallback_service(files)
        .layer(axum::middleware::from_fn_with_state(
            Arc::new(config.dist.clone()),
            pretty_urls,
        ))
        .layer(axum::middleware::from_fn_with_state(shared, headers))
        .layer(axum::middleware::from_fn(close_after_refused_body))
        .layer(axum::middleware::from_fn(log)))
}

/// A request refused with its body unread (`415`, `401`, `422` …) cannot leave the connection
/// ready for the next request: the rest of the body would be read as one. Saying
/// `Connection: close` lets the client open a new connection instead of failing on this one.
async fn close_after_refused_body(req: Request, next: axum::middleware::Next) -> Response {
    let has_body = req.headers().contains_key(header::TRANSFER_ENCODING)
        || req
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.trim() != "0");
    let mut res = next.run(req).await;
    if has_body && (res.status().is_client_error() || res.status().is_server_error()) {
        res.headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    res
}

/// How often the retention runs.
const RETENTION_EVERY: std::time::Duration = std::time::Duration::from_secs(3600);

/// Deletes, at start and then hourly, what `retention` says is no longer kept; stops with the app.
async fn retention(retention: db::Retention, api: std::sync::Weak<api::Api>) {
    loop {
        let Some(api) = api.upgrade() else { return };
        let rules = retention.clone();
        match api
            .store
            .write(move |conn| Ok(db::purge(conn, &rules, clock::Instant::now())?))
            .await
        {
            Ok(p) if p != db::Purged::default() => tracing::info!(
                applications = p.applications,
                files = p.files,
                orphans = p.orphans,
                drafts = p.drafts,
                "retention: personal data deleted"
            ),
            Ok(_) => {}
            Err(e) => tracing::error!("retention: {e:?}"),
        }
        drop(api);
        tokio::time::sleep(RETENTION_EVERY).await;
    }
}

/// Logs each request: method, path (never the query, a body or a header), status and latency.
async fn log(req: Request, next: axum::middleware::Next) -> Response {
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let started = std::time::Instant::now();
    let res = next.run(req).await;
    tracing::info!(
        %method,
        %path,
        status = res.status().as_u16(),
        latency_us = started.elapsed().as_micros() as u64,
        "request"
    );
    res
}

/// Serves a pre-rendered page as a static host does: `/service/x` from `service/x.html`, `/en` from
/// `en.html` (and `/` from `index.html`, as any folder).
async fn pretty_urls(
    State(dist): State<Arc<PathBuf>>,
    mut req: Request,
    next: axum::middleware::Next,
) -> Response {
    if !path_may_be_a_file(req.uri().path()) && !req.uri().path().starts_with("/api/") {
        return (StatusCode::NOT_FOUND, "Not found").into_response();
    }
    if let Some(page) = prerendered_page(&dist, req.uri().path())
        && let Ok(uri) = page.parse()
    {
        *req.uri_mut() = uri;
    }
    next.run(req).await
}

/// Whether `path` can name a file of the portal or one of its pages: not a name the file system
/// refuses (a segment near 255 bytes, with `.br` or `.html` added, answered `500` before; the
/// portal's names are far shorter), and not `//host…` or `/\host…`, which a redirect to the
/// folder (`//data` → `//data/`) would turn into an address on another host.
pub fn path_may_be_a_file(path: &str) -> bool {
    const SEGMENT_MAX: usize = 200;
    !(path.starts_with("//")
        || path.starts_with("/\\")
        || path.starts_with("/%5C")
        || path.starts_with("/%5c")
        || path.len() > 2048
        || path.split('/').any(|s| s.len() > SEGMENT_MAX))
}

/// The pre-rendered page of `path` in `dist`, as an address (`/service/x.html`), if there is one.
pub fn prerendered_page(dist: &Path, path: &str) -> Option<String> {
    let trimmed = path.trim_end_matches('/');
    let last = trimmed.rsplit('/').next().unwrap_or("");
    if trimmed.is_empty()
        || last.contains('.')
        || path.starts_with("/api/")
        || trimmed
            .split('/')
            .skip(1)
            .any(|s| s.is_empty() || s.starts_with('.'))
    {
        return None;
    }
    let page = format!("{trimmed}.html");
    dist.join(&page[1..]).is_file().then_some(page)
}

/// Answers an address that is not a file: the app's page, with `200` for the portal's routes and
/// `404` for anything else. A missing asset (an address with a file extension) is a plain `404`.
async fn spa_page(State(shared): State<Arc<Shared>>, req: Request) -> Response {
    let path = req.uri().path();
    let last = path.rsplit('/').next().unwrap_or("");
    if last.contains('.') {
        return (StatusCode::NOT_FOUND, "Not found").into_response();
    }
    // Which app's page and whether the page exists: the route table (`crates/routes`), which the
    // app, the pre-renderer and the service worker read too.
    let app = routes::app_of(path);
    if app == routes::App::Office {
        return (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            shared.office_html.clone(),
        )
            .into_response();
    }
    let known = match routes::find(path) {
        Some(page) => page_exists(&shared, &page).await,
        None => false,
    };
    let status = if known {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    let page = match app {
        routes::App::Check => &shared.check_html,
        routes::App::Apply => &shared.apply_html,
        _ => &shared.index_html,
    };
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        page.clone(),
    )
        .into_response()
}

/// Does the page the route table found exist: its community in the codifier, its programme in
/// the catalogue (or, not embedded, published by a community: issue 15), its situation, a form
/// for its programme? A static page ("How this is decided") exists only as its pre-rendered file.
async fn page_exists(shared: &Shared, page: &routes::Match<'_>) -> bool {
    if page.route.app == routes::App::Static
        || page
            .community
            .is_some_and(|c| !shared.communities.contains(c))
    {
        return false;
    }
    for (param, value) in &page.params {
        let exists = match param {
            routes::Param::Programme => {
                shared.catalogue.get(value).is_some()
                    || (page.community.is_none() && is_published_programme(shared, value).await)
            }
            routes::Param::Situation => catalogue::model::Situation::from_slug(value).is_some(),
            routes::Param::Form => shared.with_form.iter().any(|f| f == value),
            routes::Param::CheckStep
            | routes::Param::FormStep
            | routes::Param::Application
            | routes::Param::Community => true,
        };
        if !exists {
            return false;
        }
    }
    true
}

/// Has some community published its own programme `id` (issue 15)? Its page then exists.
async fn is_published_programme(shared: &Shared, id: &str) -> bool {
    if !catalogue::validate::is_kebab_case(id) {
        return false;
    }
    let id = id.to_string();
    shared
        .readers
        .read(move |conn| db::office::is_published_programme(conn, &id))
        .await
        .unwrap_or(false)
}

/// Adds the security and caching headers to every response.
async fn headers(
    State(shared): State<Arc<Shared>>,
    req: Request,
    next: axum::middleware::Next,
) -> Response {
    let path = req.uri().path().to_string();
    let mut res = next.run(req).await;
    let status = res.status();
    let h = res.headers_mut();
    let cache = if path.starts_with("/api/v1/communities/") {
        // What a community published about itself: public, asked again each time (its ETag
        // answers 304 until the next publication).
        "no-cache"
    } else if path.starts_with("/api/") {
        // Applications, tokens and files of people: never kept by a cache.
        "no-store"
    } else if is_hashed_asset(&path) && (status.is_success() || status == StatusCode::NOT_MODIFIED)
    {
        // Only what exists is kept for a year: a missing asset may appear with the next release.
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    // An embed page may be framed by its community's registered websites, read now so that
    // `server embed allow` takes effect without a restart; everything else by no one.
    let embedded = routes::find(&path)
        .and_then(|page| page.community)
        .filter(|c| shared.communities.contains(*c));
    let csp = match embedded {
        Some(community) => std::borrow::Cow::Owned(embed::frame_ancestors(
            &shared.csp,
            &embed::allowed_origins(&shared.readers, community).await,
        )),
        None => std::borrow::Cow::Borrowed(&shared.csp),
    };
    // A response with a policy of its own (a staff member's file, sandboxed) keeps it.
    if !h.contains_key(header::CONTENT_SECURITY_POLICY)
        && let Ok(v) = HeaderValue::from_str(&csp)
    {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    // Browsers heed it only over HTTPS (behind the operator's TLS proxy), and ignore it on
    // http://localhost; a year, this host only (other hosts of the domain are not ours to bind).
    h.insert(
        header::STRICT_TRANSPORT_SECURITY,
        HeaderValue::from_static("max-age=31536000"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    );
    res
}

/// Trunk names built assets `name-<16 hex digits>.ext`: those never change, so cache them for a
/// year.
fn is_hashed_asset(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or("");
    let stem = file.split('.').next().unwrap_or("");
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    // Trunk writes a 64-bit hash in hexadecimal without leading zeros: 16 digits, sometimes fewer.
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (12..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// A strict policy: everything from this origin only, no `unsafe-inline`; the inline scripts trunk
/// writes into the pages are allowed by their hashes, and wasm compilation by `wasm-unsafe-eval`.
pub fn content_security_policy(pages: &[&str]) -> String {
    let mut hashes: Vec<String> = pages
        .iter()
        .flat_map(|html| inline_scripts(html))
        .map(|s| {
            let digest = Sha256::digest(s.as_bytes());
            format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            )
        })
        .collect();
    hashes.sort();
    hashes.dedup();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; \
         base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
        hashes.join(" ")
    )
}

/// The contents of the inline `<script>` elements of a page.
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    html.split("<script").skip(1).filter_map(|chunk| {
        let (attrs, rest) = chunk.split_once('>')?;
        if attrs.contains("src=") {
            return None;
        }
        Some(rest.split_once("</script>")?.0)
    })
}

/// Serves `config` on `addr` until the process is stopped (Ctrl-C or SIGTERM end it gracefully:
/// requests in flight are answered, and every acknowledged application is already on disk).
pub async fn serve(config: Config, addr: SocketAddr) -> std::io::Result<()> {
    let app = app(&config)?;
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!(
        "serving {} on http://{} (applications in {})",
        config.dist.display(),
        listener.local_addr()?,
        config.db.display()
    );
    serving::serve(listener, app, config.limits, shutdown()).await
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}

/// Adds a staff member of `community` and answers their one-time invitation link (a path:
/// `/office/invite#<token>`).
pub fn invite_staff(
    db_path: &Path,
    community: &str,
    name: &str,
    email: &str,
    role: model::Role,
) -> Result<String, String> {
    let communities = communities().map_err(|e| e.to_string())?;
    if communities.get(community).is_none() {
        return Err(format!(
            "no community of the codifier has the code {community}: give a code like \
             UA46060250000025047 (see data/generated/communities.json)"
        ));
    }
    let email = identifiers::Email::parse(email)
        .map_err(|_| format!("{email} is not an e-mail address"))?;
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err("--name needs the person's name (at most 100 characters)".into());
    }
    let conn = db::open(db_path).map_err(|e| format!("database {}: {e}", db_path.display()))?;
    let now = clock::Instant::now();
    let (_, link) = api::office::invite_link(&conn, community, name, email.as_str(), role, now)
        .map_err(|e| match e {
            db::Refusal::EmailTaken => format!("an account with {} exists already", email.as_str()),
            other => format!("database {}: {other:?}", db_path.display()),
        })?;
    Ok(link)
}

/// Makes an integration token owned by the enabled staff member `owner` (an e-mail address), for
/// their community, valid `days`; stores its SHA-256 and answers the token, shown once.
pub fn create_token(db_path: &Path, owner: &str, name: &str, days: u64) -> Result<String, String> {
    let conn = db::open(db_path).map_err(|e| format!("database {}: {e}", db_path.display()))?;
    let database = |e: rusqlite::Error| format!("database {}: {e}", db_path.display());
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err("--name needs what the token is for (at most 100 characters)".into());
    }
    let id: Option<i64> = conn
        .query_row(
            "SELECT id FROM staff WHERE email = ?1 AND disabled_at IS NULL",
            [owner.trim()],
            |r| r.get(0),
        )
        .map(Some)
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok(None),
            e => Err(e),
        })
        .map_err(database)?;
    let staff = id
        .and_then(|id| db::office::staff_by_id(&conn, id).ok().flatten())
        .ok_or_else(|| {
            format!(
                "no enabled staff member has the address {owner}: invite them first (server \
                 staff invite)"
            )
        })?;
    let token = auth::new_token().map_err(|e| e.to_string())?;
    let now = clock::Instant::now();
    let tx = conn.unchecked_transaction().map_err(database)?;
    db::office::create_token(
        &tx,
        &auth::token_hash(&token),
        name,
        &staff,
        now,
        clock::Instant(now.0 + days * 86_400),
    )
    .map_err(|e| format!("database {}: {e:?}", db_path.display()))?;
    db::office::audit(&tx, &staff, None, None, "token", Some(name), now).map_err(database)?;
    tx.commit().map_err(database)?;
    Ok(token)
}

/// The folder with the built portal, as the README's commands leave it.
pub fn default_dist() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../dist")
}

/// The database of applications by default: `target/portal.sqlite` of the workspace.
pub fn default_db() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/portal.sqlite")
}
