//! A community's profile (issue 15): its administrator saves a draft and publishes it; citizens
//! get only what was published, as a versioned file with an ETag; a worker cannot edit, another
//! community cannot either, and a bad phone, e-mail or website is refused at its field with
//! nothing saved.

mod common;

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use common::*;
use serde_json::{Value, json};
use server::clock::Instant;
use server::model::Role;

const CORRECT: &str = "довгий пароль адміністратора";

#[derive(Debug, Clone)]
struct Session {
    cookie: String,
    csrf: String,
}

async fn call(
    f: &Fixture,
    method: Method,
    path: &str,
    session: Option<&Session>,
    body: Option<Value>,
    extra: &[(&str, &str)],
) -> (StatusCode, HeaderMap, Value) {
    let mut req = Request::builder().method(method).uri(path);
    if let Some(s) = session {
        req = req
            .header(header::COOKIE, &s.cookie)
            .header("x-csrf-token", &s.csrf);
    }
    for (k, v) in extra {
        req = req.header(*k, *v);
    }
    let req = match body {
        Some(b) => req
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(b.to_string())),
        None => req.body(Body::empty()),
    }
    .unwrap();
    let (status, headers, bytes) = f.send(req).await;
    let value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    (status, headers, value)
}

async fn staff(f: &Fixture, community: &str, role: Role) -> Session {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let email = format!("profile{n}@{}.example", community.to_lowercase());
    let link = server::invite_staff(&f.db(), community, "Олена Адмін", &email, role).unwrap();
    let token = link.trim_start_matches("/office/invite#").to_string();
    let path = format!("/api/v1/office/invites/{token}");
    let (_, _, invite) = call(f, Method::GET, &path, None, None, &[]).await;
    let secret = base32::decode(
        base32::Alphabet::Rfc4648 { padding: false },
        invite["totp_secret"].as_str().unwrap(),
    )
    .unwrap();
    let code = server::auth::totp_code(&secret, Instant::now().0);
    let (status, headers, body) = call(
        f,
        Method::POST,
        &path,
        None,
        Some(json!({ "password": CORRECT, "code": code })),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let set = headers[header::SET_COOKIE].to_str().unwrap();
    Session {
        cookie: set.split(';').next().unwrap().to_string(),
        csrf: body["csrf"].as_str().unwrap().to_string(),
    }
}

/// A made-up profile for tests: no real community's contacts.
fn profile(phone: &str) -> Value {
    json!({
        "website": "https://gromada.example.org",
        "online": true,
        "offices": [{
            "kind": "social",
            "name": { "uk": "Управління соціального захисту (тест)", "en": "" },
            "address": { "uk": "вул. Тестова, 1", "en": "1 Test Street" },
            "phone": phone,
            "email": "social@gromada.example.org",
            "hours": { "uk": "пн–пт 9:00–17:00", "en": "" }
        }]
    })
}

const PROFILE: &str = "/api/v1/office/profile";
const PUBLISH: &str = "/api/v1/office/profile/publish";

fn public(code: &str) -> String {
    format!("/api/v1/communities/{code}/profile.json")
}

fn audit_actions(f: &Fixture) -> Vec<String> {
    let conn = server::db::open_reader(&f.db()).unwrap();
    conn.prepare("SELECT action FROM audit WHERE action LIKE 'profile-%' ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[tokio::test]
async fn an_administrator_publishes_and_only_the_published_profile_reaches_citizens() {
    let f = Fixture::new();
    let admin = staff(&f, LVIV, Role::Admin).await;
    // Nothing published yet: the citizens' file is missing, and says so.
    let (status, _, body) = call(&f, Method::GET, &public(LVIV), None, None, &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_error(&body, "no-profile");

    let (status, _, saved) = call(
        &f,
        Method::PUT,
        PROFILE,
        Some(&admin),
        Some(json!({ "version": 0, "profile": profile("050 123 45 67") })),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    assert_eq!(saved["draft"]["offices"][0]["phone"], "+380501234567");
    assert_eq!(saved["draft_version"], 1);
    assert_eq!(saved["unpublished"], true);
    // A draft never reaches citizens.
    let (status, _, _) = call(&f, Method::GET, &public(LVIV), None, None, &[]).await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "an unpublished draft is not served"
    );

    let (status, _, published) = call(
        &f,
        Method::POST,
        PUBLISH,
        Some(&admin),
        Some(json!({ "version": 1 })),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{published}");
    assert_eq!(published["version"], 1);
    assert_eq!(published["published_by"], "Олена Адмін");
    assert_eq!(published["unpublished"], false);

    let (status, headers, file) = call(&f, Method::GET, &public(LVIV), None, None, &[]).await;
    assert_eq!(status, StatusCode::OK, "{file}");
    assert_eq!(file["community"], LVIV);
    assert_eq!(file["version"], 1);
    assert_eq!(
        file["profile"]["offices"][0]["address"]["uk"],
        "вул. Тестова, 1"
    );
    assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
    let etag = headers[header::ETAG].to_str().unwrap().to_string();
    let (status, _, _) = call(
        &f,
        Method::GET,
        &public(LVIV),
        None,
        None,
        &[("if-none-match", &etag)],
    )
    .await;
    assert_eq!(status, StatusCode::NOT_MODIFIED);

    // A later draft changes nothing for citizens until it is published.
    let (status, _, _) = call(
        &f,
        Method::PUT,
        PROFILE,
        Some(&admin),
        Some(json!({ "version": 1, "profile": profile("+380 44 000 00 00") })),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (_, headers, file) = call(&f, Method::GET, &public(LVIV), None, None, &[]).await;
    assert_eq!(file["profile"]["offices"][0]["phone"], "+380501234567");
    assert_eq!(headers[header::ETAG].to_str().unwrap(), etag);
    // Published on an older draft: refused as stale.
    let (status, _, body) = call(
        &f,
        Method::POST,
        PUBLISH,
        Some(&admin),
        Some(json!({ "version": 1 })),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_error(&body, "stale");
    let (status, _, _) = call(
        &f,
        Method::POST,
        PUBLISH,
        Some(&admin),
        Some(json!({ "version": 2 })),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (_, headers, file) = call(
        &f,
        Method::GET,
        &public(LVIV),
        None,
        None,
        &[("if-none-match", &etag)],
    )
    .await;
    assert_eq!(file["version"], 2, "a new version is sent, not 304");
    assert_ne!(headers[header::ETAG].to_str().unwrap(), etag);
    // Another community has published nothing.
    let (status, _, _) = call(&f, Method::GET, &public(KYIV), None, None, &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(
        audit_actions(&f),
        [
            "profile-save",
            "profile-publish",
            "profile-save",
            "profile-publish"
        ]
    );
}

#[tokio::test]
async fn a_bad_phone_email_or_website_is_refused_at_its_field_and_nothing_is_saved() {
    let f = Fixture::new();
    let admin = staff(&f, LVIV, Role::Admin).await;
    let mut bad = profile("12345");
    bad["website"] = json!("javascript:alert(1)");
    bad["offices"][0]["email"] = json!("social.example.org");
    let (status, _, body) = call(
        &f,
        Method::PUT,
        PROFILE,
        Some(&admin),
        Some(json!({ "version": 0, "profile": bad })),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_error(&body, "invalid");
    let fields: Vec<&str> = body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["website", "offices.0.phone", "offices.0.email"]);
    assert!(
        body["errors"][0]["message"]["uk"]
            .as_str()
            .unwrap()
            .contains("https://")
    );
    let (_, _, state) = call(&f, Method::GET, PROFILE, Some(&admin), None, &[]).await;
    assert_eq!(state["draft"], Value::Null, "nothing saved");
    assert_eq!(state["draft_version"], 0);
    assert!(audit_actions(&f).is_empty());
}

#[tokio::test]
async fn a_worker_or_head_cannot_edit_and_another_community_cannot_touch_it() {
    let f = Fixture::new();
    let admin = staff(&f, LVIV, Role::Admin).await;
    let (status, _, _) = call(
        &f,
        Method::PUT,
        PROFILE,
        Some(&admin),
        Some(json!({ "version": 0, "profile": profile("050 123 45 67") })),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    for role in [Role::Worker, Role::Head] {
        let s = staff(&f, LVIV, role).await;
        let (status, _, body) = call(
            &f,
            Method::PUT,
            PROFILE,
            Some(&s),
            Some(json!({ "version": 1, "profile": profile("050 000 00 00") })),
            &[],
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
        assert_error(&body, "forbidden");
        let (status, _, _) = call(
            &f,
            Method::POST,
            PUBLISH,
            Some(&s),
            Some(json!({ "version": 1 })),
            &[],
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
    // Kyiv's administrator edits Kyiv's profile only: Lviv's draft is untouched and unpublished.
    let kyiv = staff(&f, KYIV, Role::Admin).await;
    let (_, _, state) = call(&f, Method::GET, PROFILE, Some(&kyiv), None, &[]).await;
    assert_eq!(state["draft"], Value::Null);
    let (status, _, _) = call(
        &f,
        Method::POST,
        PUBLISH,
        Some(&kyiv),
        Some(json!({ "version": 1 })),
        &[],
    )
    .await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "Kyiv has no draft to publish"
    );
    let (status, _, _) = call(&f, Method::GET, &public(LVIV), None, None, &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, _, lviv) = call(&f, Method::GET, PROFILE, Some(&admin), None, &[]).await;
    assert_eq!(lviv["draft_version"], 1);
    // Without a session or its CSRF token nothing changes.
    let (status, _, _) = call(
        &f,
        Method::PUT,
        PROFILE,
        None,
        Some(json!({ "version": 1, "profile": profile("050 123 45 67") })),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let no_csrf = Session {
        csrf: "wrong".into(),
        ..admin.clone()
    };
    let (status, _, _) = call(
        &f,
        Method::POST,
        PUBLISH,
        Some(&no_csrf),
        Some(json!({ "version": 1 })),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn an_unknown_community_has_no_profile() {
    let f = Fixture::new();
    let (status, _, body) = call(&f, Method::GET, &public("UA00"), None, None, &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_error(&body, "no-profile");
}
