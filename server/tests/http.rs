//! The server as a static host: every answer checked through `app().oneshot(..)`.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use server::{Config, app, content_security_policy};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use tower::ServiceExt;

const INDEX: &str = "<!doctype html><html lang=\"uk\"><head><script type=\"module\">import init from '/app-0123456789abcdef.js';init();</script></head><body></body></html>";
const APPLY: &str = "<!doctype html><html lang=\"uk\"><head><script type=\"module\">import init from '/apply-0123456789abcdef.js';init();</script></head><body>apply</body></html>";
const CHECK: &str = "<!doctype html><html lang=\"uk\"><head><script type=\"module\">import init from '/check-0123456789abcdef.js';init();</script></head><body>check</body></html>";

/// A `dist/` as trunk and scripts/build.sh leave it: each app's own page, a hashed asset with its
/// brotli twin.
fn dist() -> PathBuf {
    // One folder per call: the tests run in parallel and must not see each other's half-written files.
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("portal-dist-{}-{n}", std::process::id()));
    std::fs::create_dir_all(dir.join("data")).unwrap();
    std::fs::write(dir.join("app-portal.html"), INDEX).unwrap();
    std::fs::write(dir.join("app-check.html"), CHECK).unwrap();
    std::fs::write(dir.join("app-apply.html"), APPLY).unwrap();
    std::fs::write(dir.join("app-0123456789abcdef.js"), "console.log('raw')").unwrap();
    std::fs::write(dir.join("app-0123456789abcdef.js.br"), "BROTLI").unwrap();
    std::fs::write(dir.join("robots.txt"), "User-agent: *\nAllow: /\n").unwrap();
    std::fs::write(dir.join("data/communities.bin"), [0u8]).unwrap();
    dir
}

async fn get(
    path: &str,
    accept_encoding: Option<&str>,
) -> (StatusCode, axum::http::HeaderMap, String) {
    get_from(dist(), path, accept_encoding).await
}

#[tokio::test]
async fn the_portal_routes_answer_200_with_the_app_page_in_both_languages() {
    for path in [
        "/",
        "/catalogue",
        "/en/catalogue",
        "/en",
        "/community",
        "/search",
        "/about",
        "/en/about",
    ] {
        let (status, headers, body) = get(path, None).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(body.contains("<html"), "{path}");
        assert_eq!(headers[header::CACHE_CONTROL], "no-cache", "{path}");
    }
}

#[tokio::test]
async fn a_service_page_exists_only_for_a_service_of_the_catalogue() {
    let (status, _, _) = get("/service/birth-assistance", None).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = get("/en/service/idp-living-allowance", None).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, body) = get("/service/no-such-service", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(
        body.contains("<html"),
        "the app still renders its not-found page"
    );
}

#[tokio::test]
async fn an_unknown_page_is_a_404_that_still_carries_the_app() {
    let (status, _, body) = get("/no-such-page", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("<html"));
}

#[tokio::test]
async fn a_missing_asset_is_a_plain_404() {
    let (status, _, body) = get("/app-ffffffffffffffff.js", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!body.contains("<html"));
}

#[tokio::test]
async fn hashed_assets_are_served_precompressed_and_cached_for_a_year() {
    let (status, headers, body) = get("/app-0123456789abcdef.js", Some("br, gzip")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_ENCODING], "br");
    assert_eq!(body, "BROTLI");
    assert_eq!(
        headers[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );

    let (_, headers, body) = get("/app-0123456789abcdef.js", None).await;
    assert!(headers.get(header::CONTENT_ENCODING).is_none());
    assert_eq!(body, "console.log('raw')");
}

#[tokio::test]
async fn unhashed_files_are_revalidated() {
    let (status, headers, _) = get("/data/communities.bin", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
    let (status, _, body) = get("/robots.txt", None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("User-agent"));
}

#[tokio::test]
async fn every_answer_carries_a_strict_content_security_policy_and_security_headers() {
    let (_, headers, _) = get("/", None).await;
    let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    assert!(csp.contains("default-src 'self'"));
    assert!(csp.contains("'wasm-unsafe-eval'"));
    assert!(!csp.contains("unsafe-inline"));
    assert!(csp.contains("frame-ancestors 'none'"));
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(headers[header::REFERRER_POLICY], "no-referrer");
}

#[test]
fn the_policy_allows_each_inline_script_by_its_hash_and_nothing_else() {
    let csp = content_security_policy(&[INDEX]);
    // sha256 of the inline module script above, base64.
    use base64::Engine;
    use sha2::Digest;
    let script = "import init from '/app-0123456789abcdef.js';init();";
    let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(script));
    assert!(csp.contains(&format!("'sha256-{hash}'")), "{csp}");
    assert_eq!(csp.matches("'sha256-").count(), 1);
    let none = content_security_policy(&["<html><script src=\"/x.js\"></script></html>"]);
    assert!(!none.contains("sha256"));
}

#[tokio::test]
async fn the_eligibility_check_is_its_own_page_in_both_languages() {
    for path in [
        "/check",
        "/check/question",
        "/en/check/results",
        "/check/plan",
    ] {
        let (status, _, body) = get(path, None).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(body.contains("check-0123456789abcdef.js"), "{path}: {body}");
    }
    let (status, _, body) = get("/catalogue", None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("app-0123456789abcdef.js"));
    let (status, _, _) = get("/check/nothing-here", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_policy_allows_the_inline_scripts_of_both_pages() {
    let (_, headers, _) = get("/", None).await;
    let csp = headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .to_string();
    let all = content_security_policy(&[INDEX, CHECK, APPLY]);
    assert_eq!(csp, all);
    assert_eq!(csp.matches("'sha256-").count(), 3, "{csp}");
}

#[tokio::test]
async fn applications_have_their_own_page_for_forms_that_exist() {
    for path in [
        "/apply/idp-living-allowance",
        "/apply/birth-assistance/name",
        "/en/apply/social-accompaniment/check",
        "/applications",
        "/applications/0123456789abcdef0123456789abcdef",
        "/status",
        "/en/status",
    ] {
        let (status, _, body) = get(path, None).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(body.contains("apply-0123456789abcdef.js"), "{path}: {body}");
    }
    for path in [
        "/apply/no-such-form",
        "/apply/",
        "/apply/idp-living-allowance/a/b",
    ] {
        let (status, _, _) = get(path, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
}

#[tokio::test]
async fn a_hash_written_without_its_leading_zero_is_still_a_hashed_asset() {
    let dir = dist();
    std::fs::write(dir.join("apply-b5fb39ebd4b1948.js"), "x").unwrap();
    let router = app(&Config::for_tests(dir.clone(), dir.join("t.sqlite"))).unwrap();
    let res = router
        .oneshot(
            Request::get("/apply-b5fb39ebd4b1948.js")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers()[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
}

/// The same with pre-rendered pages where a static host looks for them.
fn prerendered_dist() -> PathBuf {
    let dir = dist();
    std::fs::create_dir_all(dir.join("service")).unwrap();
    std::fs::create_dir_all(dir.join("en/situation")).unwrap();
    std::fs::write(dir.join("index.html"), "static home").unwrap();
    std::fs::write(dir.join("en.html"), "static home, English").unwrap();
    std::fs::write(dir.join("check.html"), "static check").unwrap();
    std::fs::write(dir.join("service/birth-assistance.html"), "static service").unwrap();
    std::fs::write(dir.join("service/birth-assistance.html.br"), "BROTLI PAGE").unwrap();
    std::fs::write(dir.join("en/situation/birth.html"), "static situation").unwrap();
    dir
}

/// Answers `path` from the app on `dist`, with its database beside the folder, never inside what
/// is served.
async fn get_from(
    dist: PathBuf,
    path: &str,
    accept_encoding: Option<&str>,
) -> (StatusCode, axum::http::HeaderMap, String) {
    let db = PathBuf::from(format!("{}.sqlite", dist.display()));
    let router = app(&Config::for_tests(dist, db)).unwrap();
    let mut req = Request::get(path);
    if let Some(enc) = accept_encoding {
        req = req.header(header::ACCEPT_ENCODING, enc);
    }
    let res = router
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.unwrap().to_bytes();
    (status, headers, String::from_utf8_lossy(&body).into_owned())
}

#[tokio::test]
async fn pre_rendered_pages_are_served_at_their_addresses_as_a_static_host_would() {
    for (path, body) in [
        ("/", "static home"),
        ("/en", "static home, English"),
        ("/en/", "static home, English"),
        ("/check", "static check"),
        ("/service/birth-assistance", "static service"),
        ("/service/birth-assistance/", "static service"),
        ("/en/situation/birth", "static situation"),
    ] {
        let (status, headers, got) = get_from(prerendered_dist(), path, None).await;
        assert_eq!((status, got.as_str()), (StatusCode::OK, body), "{path}");
        assert_eq!(headers[header::CONTENT_TYPE], "text/html", "{path}");
        assert_eq!(headers[header::CACHE_CONTROL], "no-cache", "{path}");
        assert!(
            headers.contains_key(header::CONTENT_SECURITY_POLICY),
            "{path}"
        );
    }
    let (_, headers, got) =
        get_from(prerendered_dist(), "/service/birth-assistance", Some("br")).await;
    assert_eq!(
        (
            headers[header::CONTENT_ENCODING].to_str().unwrap(),
            got.as_str()
        ),
        ("br", "BROTLI PAGE")
    );
}

#[tokio::test]
async fn addresses_without_a_pre_rendered_page_get_their_apps_page() {
    for (path, status, body) in [
        ("/community", StatusCode::OK, INDEX),
        ("/search?q=x", StatusCode::OK, INDEX),
        ("/situation/birth", StatusCode::OK, INDEX),
        ("/check/results", StatusCode::OK, CHECK),
        ("/applications", StatusCode::OK, APPLY),
        ("/service/no-such-service", StatusCode::NOT_FOUND, INDEX),
        ("/situation/no-such-situation", StatusCode::NOT_FOUND, INDEX),
        (
            "/service/.birth-assistance",
            StatusCode::NOT_FOUND,
            "Not found",
        ),
        ("/service//birth-assistance", StatusCode::NOT_FOUND, INDEX),
    ] {
        let (got_status, _, got) = get_from(prerendered_dist(), path, None).await;
        assert_eq!((got_status, got.as_str()), (status, body), "{path}");
    }
}
