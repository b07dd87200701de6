//! The reference community backend. For now it serves the built portal as a static host would:
//! precompressed brotli and gzip files, long cache lifetimes for hashed assets and short ones for
//! HTML, a strict Content-Security-Policy, and a real `404` status for addresses the portal does
//! not know (the page itself is still the app, which shows its "not found" view).
//!
//! Architecture invariant: the server is a thin shell. What a valid address is comes from the
//! pure `catalogue` crate (the same data the app ships), never from a copy of its rules.

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use catalogue::{Catalogue, Lang};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tower_http::services::ServeDir;

/// What the server needs to answer.
#[derive(Debug, Clone)]
pub struct Config {
    /// The folder trunk built (`dist/`), with `.br` and `.gz` files beside the originals.
    pub dist: PathBuf,
}

#[derive(Debug)]
struct Shared {
    index_html: String,
    /// The eligibility check's page (its own app); the portal's page where a dist has none.
    check_html: String,
    csp: String,
    catalogue: Catalogue,
}

/// The catalogue the app ships, so the server knows which service pages exist.
const CATALOGUE_JSON: &str = include_str!("../../data/generated/catalogue.json");

/// Builds the whole HTTP application.
pub fn app(config: &Config) -> std::io::Result<Router> {
    let index_html = std::fs::read_to_string(config.dist.join("index.html"))?;
    let check_html = match std::fs::read_to_string(config.dist.join("check.html")) {
        Ok(html) => html,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => index_html.clone(),
        Err(e) => return Err(e),
    };
    let csp = content_security_policy(&[&index_html, &check_html]);
    let shared = Arc::new(Shared {
        index_html,
        check_html,
        csp,
        catalogue: Catalogue::from_json(CATALOGUE_JSON).map_err(std::io::Error::other)?,
    });
    let spa = axum::routing::any(spa_page).with_state(shared.clone());
    let files = ServeDir::new(&config.dist)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(true)
        .fallback(spa);
    Ok(Router::new()
        .fallback_service(files)
        .layer(axum::middleware::from_fn_with_state(shared, headers)))
}

/// Answers an address that is not a file: the app's page, with `200` for the portal's routes and
/// `404` for anything else. A missing asset (an address with a file extension) is a plain `404`.
async fn spa_page(State(shared): State<Arc<Shared>>, req: Request) -> Response {
    let path = req.uri().path();
    let last = path.rsplit('/').next().unwrap_or("");
    if last.contains('.') {
        return (StatusCode::NOT_FOUND, "Not found").into_response();
    }
    let status = if is_known_route(&shared.catalogue, path) {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    let page = if is_check_route(path) {
        &shared.check_html
    } else {
        &shared.index_html
    };
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        page.clone(),
    )
        .into_response()
}

/// Is `path` a page of the eligibility check, which has its own page and module? Mirrors the app's
/// `url::part_of`.
pub fn is_check_route(path: &str) -> bool {
    let (_, rest) = Lang::split_path(path);
    rest == "/check" || rest.starts_with("/check/")
}

/// Is `path` one of the portal's pages? Mirrors the app's routes.
pub fn is_known_route(catalogue: &Catalogue, path: &str) -> bool {
    let (_, rest) = Lang::split_path(path);
    let rest = rest
        .strip_suffix('/')
        .filter(|r| !r.is_empty())
        .unwrap_or(rest);
    match rest {
        "/" | "/catalogue" | "/community" | "/search" | "/about" | "/check" | "/check/question"
        | "/check/answers" | "/check/results" | "/check/plan" => true,
        _ => rest
            .strip_prefix("/service/")
            .is_some_and(|id| catalogue.get(id).is_some()),
    }
}

/// Adds the security and caching headers to every response.
async fn headers(
    State(shared): State<Arc<Shared>>,
    req: Request,
    next: axum::middleware::Next,
) -> Response {
    let path = req.uri().path().to_string();
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    let cache = if is_hashed_asset(&path) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    if let Ok(v) = HeaderValue::from_str(&shared.csp) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
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
    stem.rsplit_once('-')
        .is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
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

/// Serves `config` on `addr` until the process is stopped.
pub async fn serve(config: Config, addr: std::net::SocketAddr) -> std::io::Result<()> {
    let app = app(&config)?;
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!(
        "serving {} on http://{}",
        config.dist.display(),
        listener.local_addr()?
    );
    axum::serve(listener, app).await
}

/// The folder with the built portal, as the README's commands leave it.
pub fn default_dist() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../dist")
}
