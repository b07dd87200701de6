//! Embedding (issue 5): the websites a community registers may frame its embed pages, and no one
//! may frame anything else; through `app().oneshot(..)`, the command line, and the binary.

mod common;

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use common::*;
use server::cli::{Command, parse};
use server::{app, embed};
use std::path::Path;

const PORTAL: &str = "<!doctype html><html><body>portal</body></html>";
const CHECK: &str = "<!doctype html><html><body>check</body></html>";
const APPLY: &str = "<!doctype html><html><body>apply</body></html>";

const HOST: &str = "http://127.0.0.1:4175";

/// A fixture whose `dist/` holds each app's page.
fn fixture() -> Fixture {
    let folder = Folder::new();
    let dist = folder.root.join("dist");
    std::fs::write(dist.join("index.html"), PORTAL).unwrap();
    std::fs::write(dist.join("check.html"), CHECK).unwrap();
    std::fs::write(dist.join("apply.html"), APPLY).unwrap();
    let router = app(&folder.config()).unwrap();
    Fixture::on(router, folder)
}

async fn get(f: &Fixture, path: &str) -> (StatusCode, HeaderMap, String) {
    let (status, headers, body) = f
        .send(Request::get(path).body(Body::empty()).unwrap())
        .await;
    (status, headers, String::from_utf8_lossy(&body).into_owned())
}

/// The `frame-ancestors` directive of an answer's policy.
fn frame_ancestors(headers: &HeaderMap) -> String {
    let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    let directives: Vec<&str> = csp
        .split(';')
        .map(str::trim)
        .filter(|d| d.starts_with("frame-ancestors"))
        .collect();
    assert_eq!(directives.len(), 1, "{csp}");
    directives[0].to_string()
}

fn lviv_pages() -> Vec<String> {
    [
        "catalogue",
        "service/idp-living-allowance",
        "check",
        "check/question",
        "status",
    ]
    .iter()
    .flat_map(|view| {
        [
            format!("/embed/{LVIV}/{view}"),
            format!("/en/embed/{LVIV}/{view}"),
        ]
    })
    .collect()
}

fn rows(db: &Path) -> Vec<server::db::EmbedOrigin> {
    server::db::list_embed_origins(&server::db::open_reader(db).unwrap(), None).unwrap()
}

#[tokio::test]
async fn a_registered_website_may_frame_its_communitys_embed_pages_and_nothing_else() {
    let f = fixture();
    // Before: no one may frame anything.
    for path in lviv_pages() {
        let (status, headers, _) = get(&f, &path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(
            frame_ancestors(&headers),
            "frame-ancestors 'none'",
            "{path}"
        );
    }

    assert_eq!(embed::allow(&f.db(), LVIV, HOST), Ok(true));
    for path in lviv_pages() {
        let (status, headers, _) = get(&f, &path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(frame_ancestors(&headers), format!("frame-ancestors {HOST}"));
        assert!(headers.get("x-frame-options").is_none(), "{path}");
        assert_eq!(headers["cross-origin-opener-policy"], "same-origin");
        // The rest of the policy is the portal's.
        let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(
            csp.starts_with("default-src 'self'; script-src 'self'"),
            "{csp}"
        );
        assert!(csp.contains("object-src 'none'"), "{csp}");
    }
    // Another community's embed pages, and the portal's own pages, stay unframeable.
    for path in [
        format!("/embed/{KYIV}/catalogue"),
        format!("/embed/{KYIV}/check"),
        "/".to_string(),
        "/catalogue".to_string(),
        "/check".to_string(),
        "/status".to_string(),
        "/service/idp-living-allowance".to_string(),
        "/api/v1/openapi.json".to_string(),
    ] {
        let (_, headers, _) = get(&f, &path).await;
        assert_eq!(
            frame_ancestors(&headers),
            "frame-ancestors 'none'",
            "{path}"
        );
    }

    // A second website: both, space-separated; allowing one again changes nothing.
    assert_eq!(
        embed::allow(&f.db(), LVIV, "https://lviv.example"),
        Ok(true)
    );
    assert_eq!(embed::allow(&f.db(), LVIV, HOST), Ok(false));
    let (_, headers, _) = get(&f, &format!("/embed/{LVIV}/catalogue")).await;
    assert_eq!(
        frame_ancestors(&headers),
        format!("frame-ancestors {HOST} https://lviv.example")
    );
}

#[tokio::test]
async fn a_revoked_website_may_no_longer_frame_the_pages_without_a_restart() {
    let f = fixture();
    embed::allow(&f.db(), LVIV, HOST).unwrap();
    let path = format!("/embed/{LVIV}/check");
    let (_, headers, _) = get(&f, &path).await;
    assert_eq!(frame_ancestors(&headers), format!("frame-ancestors {HOST}"));

    embed::revoke(&f.db(), LVIV, HOST).unwrap();
    let (status, headers, _) = get(&f, &path).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(frame_ancestors(&headers), "frame-ancestors 'none'");
    assert!(rows(&f.db()).is_empty());
    let again = embed::revoke(&f.db(), LVIV, HOST).unwrap_err();
    assert!(again.contains("nothing to revoke"), "{again}");
}

#[tokio::test]
async fn each_embed_view_is_served_by_its_app_and_unknown_ones_are_404() {
    let f = fixture();
    for (path, page) in [
        (format!("/embed/{LVIV}/catalogue"), "portal"),
        (
            format!("/en/embed/{LVIV}/service/birth-assistance"),
            "portal",
        ),
        (format!("/embed/{LVIV}/check"), "check"),
        (format!("/embed/{LVIV}/check/plan/"), "check"),
        (format!("/en/embed/{LVIV}/status"), "apply"),
    ] {
        let (status, headers, body) = get(&f, &path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(body.contains(page), "{path}: {body}");
        assert_eq!(headers[header::CONTENT_TYPE], "text/html; charset=utf-8");
        assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
    }
    for (path, page) in [
        (format!("/embed/{LVIV}/service/no-such-programme"), "portal"),
        (format!("/embed/{LVIV}/check/no-such-step"), "check"),
        (format!("/embed/{LVIV}/search"), "portal"),
        (format!("/embed/{LVIV}"), "portal"),
    ] {
        let (status, _, body) = get(&f, &path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(body.contains(page), "{path}: {body}");
    }
}

#[tokio::test]
async fn an_unknown_community_has_no_embed_pages_and_may_be_framed_by_no_one() {
    let f = fixture();
    embed::allow(&f.db(), LVIV, HOST).unwrap();
    for path in [
        "/embed/UA00000000000000000/catalogue",
        "/en/embed/UA00000000000000000/check",
        "/embed/lviv/status",
    ] {
        let (status, headers, _) = get(&f, path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(
            frame_ancestors(&headers),
            "frame-ancestors 'none'",
            "{path}"
        );
    }
}

#[test]
fn the_command_line_refuses_what_is_not_a_bare_origin_and_says_how_to_fix_it() {
    let args = |origin: &str| {
        ["embed", "allow", "--community", LVIV, "--origin", origin]
            .map(String::from)
            .to_vec()
    };
    for (origin, fix) in [
        (
            "https://x.org/path",
            "leave out the path and the trailing slash: https://x.org",
        ),
        ("https://x.org/", "leave out the path"),
        ("*", "a wildcard is not allowed"),
        ("ftp://x", "the scheme must be https or http, not ftp"),
    ] {
        let message = parse(args(origin)).unwrap_err().to_string();
        assert!(
            message.contains("--origin needs a bare origin scheme://host[:port]"),
            "{message}"
        );
        assert!(message.contains(fix), "{origin}: {message}");
    }
    assert!(matches!(
        parse(args(HOST)).unwrap(),
        Command::EmbedAllow { .. }
    ));
}

#[tokio::test]
async fn a_refused_command_saves_nothing() {
    let f = fixture();
    let unknown = embed::allow(&f.db(), "UA00000000000000000", HOST).unwrap_err();
    assert!(
        unknown.contains("no community of the codifier has the code UA00000000000000000"),
        "{unknown}"
    );
    for origin in ["https://x.org/path", "*", "ftp://x", "https://X.org"] {
        let refused = embed::allow(&f.db(), LVIV, origin).unwrap_err();
        assert!(
            refused.contains("--origin needs a bare origin"),
            "{refused}"
        );
    }
    assert!(rows(&f.db()).is_empty());
    assert_no_rows(f.counts());
    assert!(embed::list(&f.db(), None).unwrap().is_empty());
    let listed = embed::list(&f.db(), Some("UA00000000000000000")).unwrap_err();
    assert!(listed.contains("no community"), "{listed}");
}

/// The binary itself: its exit codes, what it prints, and nothing stored when it refuses.
#[test]
fn server_embed_allow_list_and_revoke() {
    let folder = Folder::new();
    let db = folder.db();
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_server"))
            .args(["embed"])
            .args(args)
            .args(["--db", db.to_str().unwrap()])
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, _, err) = run(&["list"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("no database at"), "{err}");

    let (code, _, err) = run(&["allow", "--community", LVIV, "--origin", "https://x.org/"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("leave out the path"), "{err}");
    assert!(
        err.contains("--help"),
        "where to read the usage follows: {err}"
    );
    assert!(!db.exists(), "nothing is made for a refused command");

    let (code, _, err) = run(&["allow", "--community", "UA1", "--origin", HOST]);
    assert_eq!(code, Some(2));
    assert!(err.contains("no community of the codifier"), "{err}");
    assert!(!db.exists());

    let (code, _, err) = run(&["allow", "--community", LVIV, "--origin", HOST]);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("may now show"), "{err}");
    let (code, out, _) = run(&["list", "--community", LVIV]);
    assert_eq!(code, Some(0));
    let fields: Vec<&str> = out.trim_end().split('\t').collect();
    assert_eq!(fields[..2], [LVIV, HOST], "{out}");
    assert!(fields[2].ends_with('Z'), "{out}");

    let (code, _, _) = run(&["revoke", "--community", LVIV, "--origin", HOST]);
    assert_eq!(code, Some(0));
    let (code, out, err) = run(&["list"]);
    assert_eq!(code, Some(0));
    assert_eq!(out, "");
    assert!(err.contains("No website may frame"), "{err}");
}
