//! The back office: staff sign in (invitation, password + TOTP, lock-out), sessions and CSRF, the
//! inbox by role, one application (audited), changes on a version (409 when stale), the
//! conversation with the applicant, integration tokens, and e-mail through a real SMTP server.

mod common;

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use common::*;
use serde_json::{Value, json};
use server::clock::Instant;
use server::db::OfficeCounts;
use server::model::Role;

const CORRECT: &str = "довгий пароль працівника";

/// A signed-in staff member: the session cookie and its CSRF token.
#[derive(Debug, Clone)]
struct Session {
    cookie: String,
    csrf: String,
    id: i64,
    secret: Vec<u8>,
    email: String,
}

fn office_counts(f: &Fixture) -> OfficeCounts {
    server::db::office_counts_at(&f.db()).unwrap()
}

fn cookie_of(headers: &HeaderMap) -> String {
    let set = headers[header::SET_COOKIE].to_str().unwrap();
    set.split(';').next().unwrap().to_string()
}

async fn call(
    f: &Fixture,
    method: Method,
    path: &str,
    session: Option<&Session>,
    body: Option<Value>,
) -> (StatusCode, HeaderMap, Value) {
    let mut req = Request::builder().method(method).uri(path);
    if let Some(s) = session {
        req = req
            .header(header::COOKIE, &s.cookie)
            .header("x-csrf-token", &s.csrf);
    }
    let req = match body {
        Some(b) => req
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(b.to_string())),
        None => req.body(Body::empty()),
    }
    .unwrap();
    let (status, headers, bytes) = f.send(req).await;
    let value = if bytes.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&bytes).unwrap_or(Value::Null)
    };
    (status, headers, value)
}

/// Invites a staff member of `community` and accepts the invitation: signed in.
async fn staff(f: &Fixture, community: &str, name: &str, role: Role) -> Session {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let email = format!("staff{n}@{}.example", community.to_lowercase());
    let link = server::invite_staff(&f.db(), community, name, &email, role).unwrap();
    let token = link.trim_start_matches("/office/invite#").to_string();
    let path = format!("/api/v1/office/invites/{token}");
    let (status, _, invite) = call(f, Method::GET, &path, None, None).await;
    assert_eq!(status, StatusCode::OK, "{invite}");
    assert_eq!(invite["name"], name);
    assert!(
        invite["totp_uri"]
            .as_str()
            .unwrap()
            .starts_with("otpauth://totp/")
    );
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
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    Session {
        cookie: cookie_of(&headers),
        csrf: body["csrf"].as_str().unwrap().to_string(),
        id: body["staff"]["id"].as_i64().unwrap(),
        secret,
        email,
    }
}

/// Sends an application of Lviv from device `n` by `surname`; answers its reference and code.
async fn apply(f: &Fixture, n: u64, surname: &str, email: Option<&str>) -> (String, String) {
    let mut body = social(&id(n), LVIV);
    body["answers"]["surname"] = json!(surname);
    if let Some(e) = email {
        body["answers"]["email"] = json!(e);
    }
    let (status, receipt) = f.submit(&body).await;
    assert_eq!(status, StatusCode::CREATED, "{receipt}");
    (
        receipt["reference"].as_str().unwrap().to_string(),
        receipt["token"].as_str().unwrap().to_string(),
    )
}

#[tokio::test]
async fn an_invitation_is_accepted_once_with_a_long_password_and_the_code_of_its_secret() {
    let f = Fixture::new();
    let link = server::invite_staff(
        &f.db(),
        LVIV,
        "Олена Адмін",
        "admin@lviv.example",
        Role::Admin,
    )
    .unwrap();
    let path = format!(
        "/api/v1/office/invites/{}",
        &link["/office/invite#".len()..]
    );
    let (_, _, invite) = call(&f, Method::GET, &path, None, None).await;
    let secret = base32::decode(
        base32::Alphabet::Rfc4648 { padding: false },
        invite["totp_secret"].as_str().unwrap(),
    )
    .unwrap();
    let code = server::auth::totp_code(&secret, Instant::now().0);
    let before = office_counts(&f);

    let (status, _, error) = call(
        &f,
        Method::POST,
        &path,
        None,
        Some(json!({ "password": "short", "code": code })),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_error(&error, "weak-password");
    let (status, _, error) = call(
        &f,
        Method::POST,
        &path,
        None,
        Some(json!({ "password": CORRECT, "code": "000000" })),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_error(&error, "bad-code");
    assert_eq!(office_counts(&f), before, "nothing half-saved");

    let (status, headers, body) = call(
        &f,
        Method::POST,
        &path,
        None,
        Some(json!({ "password": CORRECT, "code": code })),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let set = headers[header::SET_COOKIE].to_str().unwrap();
    for part in [
        "HttpOnly",
        "Secure",
        "SameSite=Strict",
        "Path=/api/v1/office",
    ] {
        assert!(set.contains(part), "{set}");
    }
    assert_eq!(body["staff"]["role"], "admin");
    assert_eq!(body["community"]["name"]["uk"], "Львівська");
    assert_eq!(office_counts(&f).sessions, 1);
    // Once only.
    let (status, _, error) = call(&f, Method::GET, &path, None, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_error(&error, "not-found");
    // The session works; the password was stored as an Argon2id hash, never in clear.
    let session = Session {
        cookie: cookie_of(&headers),
        csrf: body["csrf"].as_str().unwrap().into(),
        id: 0,
        secret: secret.clone(),
        email: "admin@lviv.example".into(),
    };
    let (status, _, me) = call(&f, Method::GET, "/api/v1/office/me", Some(&session), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["staff"]["email"], "admin@lviv.example");
    let dump = std::fs::read(f.db()).unwrap_or_default();
    let wal = std::fs::read(format!("{}-wal", f.db().display())).unwrap_or_default();
    for bytes in [dump, wal] {
        assert!(
            !bytes
                .windows(CORRECT.len())
                .any(|w| w == CORRECT.as_bytes())
        );
    }
}

#[tokio::test]
async fn signing_in_needs_password_and_a_fresh_code_and_locks_after_five_failures() {
    let f = Fixture::new();
    let s = staff(&f, LVIV, "Ірина Працівниця", Role::Worker).await;
    let login = |password: &str, code: String| json!({ "email": s.email.clone(), "password": password, "code": code });
    let now = Instant::now().0;
    // The code of the invitation's step is used up; the next step's works, once.
    let next = server::auth::totp_code(&s.secret, now + 30);
    let (status, headers, body) = call(
        &f,
        Method::POST,
        "/api/v1/office/login",
        None,
        Some(login(CORRECT, next.clone())),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(cookie_of(&headers).starts_with("office_session="));
    let (status, _, error) = call(
        &f,
        Method::POST,
        "/api/v1/office/login",
        None,
        Some(login(CORRECT, next)),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "a code works once");
    assert_error(&error, "bad-login");
    // Unknown address, wrong password: the same answer.
    let (status, _, unknown) = call(
        &f,
        Method::POST,
        "/api/v1/office/login",
        None,
        Some(json!({ "email": "nobody@lviv.example", "password": CORRECT, "code": "123456" })),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown["code"], "bad-login");
    // Two failures so far (the replay above and this one's three more) lock at the fifth.
    for n in 0..3 {
        let (status, _, error) = call(
            &f,
            Method::POST,
            "/api/v1/office/login",
            None,
            Some(login("wrong password!!", "123456".into())),
        )
        .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "failure {n}");
        assert_eq!(error["code"], "bad-login");
    }
    let (status, headers, error) = call(
        &f,
        Method::POST,
        "/api/v1/office/login",
        None,
        Some(login("wrong password!!", "123456".into())),
    )
    .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_error(&error, "locked");
    assert!(error["retry_after"].as_u64().unwrap() >= 59, "{error}");
    assert!(headers.contains_key(header::RETRY_AFTER));
    // Even the right password and a fresh code wait.
    let fresh = server::auth::totp_code(&s.secret, now + 60);
    let (status, _, error) = call(
        &f,
        Method::POST,
        "/api/v1/office/login",
        None,
        Some(login(CORRECT, fresh)),
    )
    .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(error["code"], "locked");
}

#[tokio::test]
async fn a_change_needs_the_sessions_csrf_token_and_sign_out_ends_the_session() {
    let f = Fixture::new();
    let s = staff(&f, LVIV, "Ірина Працівниця", Role::Worker).await;
    let (reference, _) = apply(&f, 1, "Коваль", None).await;
    let path = format!("/api/v1/office/applications/{reference}/assign");
    for csrf in ["", "forged"] {
        let forged = Session {
            csrf: csrf.into(),
            ..s.clone()
        };
        let (status, _, error) = call(
            &f,
            Method::POST,
            &path,
            Some(&forged),
            Some(json!({ "version": 1, "assignee": s.id })),
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert_error(&error, "csrf");
    }
    let (_, _, detail) = call(
        &f,
        Method::GET,
        &format!("/api/v1/office/applications/{reference}"),
        Some(&s),
        None,
    )
    .await;
    assert_eq!(detail["assignee"], Value::Null, "nothing changed");
    assert_eq!(detail["version"], 1);

    let (status, headers, _) =
        call(&f, Method::POST, "/api/v1/office/logout", Some(&s), None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert!(
        headers[header::SET_COOKIE]
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );
    let (status, _, error) = call(&f, Method::GET, "/api/v1/office/me", Some(&s), None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_error(&error, "no-session");
}

#[tokio::test]
async fn the_inbox_is_paged_newest_first_filtered_searched_and_shows_a_worker_theirs_and_nobodys() {
    let f = Fixture::new();
    let head = staff(&f, LVIV, "Галина Голова", Role::Head).await;
    let worker = staff(&f, LVIV, "Ірина Працівниця", Role::Worker).await;
    let other = staff(&f, LVIV, "Петро Працівник", Role::Worker).await;
    let mut references = Vec::new();
    for n in 1..=23 {
        let surname = if n == 7 {
            "Шевчук"
        } else {
            "Коваль"
        };
        references.push(apply(&f, n, surname, None).await.0);
    }
    // The head gives the 2nd to Petro and the 3rd to Iryna.
    for (i, to) in [(1, other.id), (2, worker.id)] {
        let (status, _, body) = call(
            &f,
            Method::POST,
            &format!("/api/v1/office/applications/{}/assign", references[i]),
            Some(&head),
            Some(json!({ "version": 1, "assignee": to })),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }

    let (status, _, page) = call(
        &f,
        Method::GET,
        "/api/v1/office/applications",
        Some(&head),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert_eq!(page["total"], 23);
    assert_eq!(page["pages"], 2);
    assert_eq!(
        page["items"].as_array().unwrap().len(),
        20,
        "never the whole table"
    );
    assert_eq!(
        page["items"][0]["reference"],
        references[22].as_str(),
        "newest first"
    );
    assert_eq!(page["counts"]["received"], 23);
    let (_, _, second) = call(
        &f,
        Method::GET,
        "/api/v1/office/applications?page=2",
        Some(&head),
        None,
    )
    .await;
    assert_eq!(second["items"].as_array().unwrap().len(), 3);

    // Iryna sees what is hers and what is nobody's: not Petro's.
    let (_, _, mine) = call(
        &f,
        Method::GET,
        "/api/v1/office/applications",
        Some(&worker),
        None,
    )
    .await;
    assert_eq!(mine["total"], 22);
    let (_, _, only_mine) = call(
        &f,
        Method::GET,
        "/api/v1/office/applications?assignee=me",
        Some(&worker),
        None,
    )
    .await;
    assert_eq!(only_mine["total"], 1);
    assert_eq!(only_mine["items"][0]["reference"], references[2].as_str());
    assert_eq!(
        only_mine["items"][0]["assignee"]["name"],
        "Ірина Працівниця"
    );
    let path = format!("/api/v1/office/applications/{}", references[1]);
    let (status, _, error) = call(&f, Method::GET, &path, Some(&worker), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "Petro's is not hers");
    assert_error(&error, "not-found");

    // Search by a part of the name in any case, or by the reference.
    for q in ["шевч", "ШЕВЧУК"] {
        let (_, _, found) = call(
            &f,
            Method::GET,
            &format!("/api/v1/office/applications?q={}", urlencode(q)),
            Some(&head),
            None,
        )
        .await;
        assert_eq!(found["total"], 1, "{q}");
        assert_eq!(found["items"][0]["applicant"], "Шевчук Іван");
    }
    let (_, _, found) = call(
        &f,
        Method::GET,
        &format!("/api/v1/office/applications?q={}", references[4]),
        Some(&head),
        None,
    )
    .await;
    assert_eq!(found["total"], 1);
    // Filters: status, programme, dates; a bad one says what is wrong.
    let today = Instant::now().date().to_string();
    let (_, _, filtered) = call(
        &f,
        Method::GET,
        &format!(
            "/api/v1/office/applications?status=received&programme=social-accompaniment&from={today}&to={today}&assignee=none"
        ),
        Some(&head),
        None,
    )
    .await;
    assert_eq!(filtered["total"], 21);
    let (_, _, none) = call(
        &f,
        Method::GET,
        "/api/v1/office/applications?programme=birth-assistance",
        Some(&head),
        None,
    )
    .await;
    assert_eq!(none["total"], 0);
    for bad in [
        "status=done",
        "from=01.12.2026",
        "page=0",
        "assignee=someone",
    ] {
        let (status, _, error) = call(
            &f,
            Method::GET,
            &format!("/api/v1/office/applications?{bad}"),
            Some(&head),
            None,
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert_error(&error, "invalid");
    }
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[tokio::test]
async fn a_change_on_a_stale_version_is_refused_with_who_changed_what_and_nothing_is_overwritten() {
    let f = Fixture::new();
    let head = staff(&f, LVIV, "Галина Голова", Role::Head).await;
    let worker = staff(&f, LVIV, "Ірина Працівниця", Role::Worker).await;
    let (reference, _) = apply(&f, 1, "Коваль", None).await;
    let base = format!("/api/v1/office/applications/{reference}");
    let (_, _, seen) = call(&f, Method::GET, &base, Some(&worker), None).await;
    let version = seen["version"].as_i64().unwrap();
    // Meanwhile the head puts it in review.
    let (status, _, body) = call(
        &f,
        Method::POST,
        &format!("{base}/status"),
        Some(&head),
        Some(json!({ "version": version, "status": "in-review" })),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let before = office_counts(&f);
    let (status, _, error) = call(
        &f,
        Method::POST,
        &format!("{base}/status"),
        Some(&worker),
        Some(json!({ "version": version, "status": "need-info", "message": "Потрібна довідка." })),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_error(&error, "stale");
    assert_eq!(error["current"]["status"], "in-review");
    assert_eq!(error["changes"][0]["by"]["name"], "Галина Голова");
    assert_eq!(error["changes"][0]["action"], "status");
    assert!(
        error["message"]["uk"]
            .as_str()
            .unwrap()
            .contains("Галина Голова")
    );
    let after = office_counts(&f);
    assert_eq!(
        after.messages, before.messages,
        "nothing of the stale change"
    );
    assert_eq!(after.audit, before.audit);
}

#[tokio::test]
async fn the_community_asks_for_a_document_the_applicant_answers_once_and_sees_who_opened_it() {
    let f = Fixture::new();
    let worker = staff(&f, LVIV, "Ірина Працівниця", Role::Worker).await;
    let (reference, code) = apply(&f, 1, "Коваль", None).await;
    let base = format!("/api/v1/office/applications/{reference}");
    let (_, _, detail) = call(&f, Method::GET, &base, Some(&worker), None).await;
    assert_eq!(detail["applicant"], "Коваль Іван");
    assert_eq!(detail["answers"]["phone"], "+48601234567");

    // need-info needs a message; refused needs a reason; received cannot be set.
    for (status_value, message) in [("need-info", None), ("refused", Some("   "))] {
        let (status, _, error) = call(
            &f,
            Method::POST,
            &format!("{base}/status"),
            Some(&worker),
            Some(json!({ "version": 1, "status": status_value, "message": message })),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{status_value}");
        assert_eq!(error["field"], "message");
    }
    let (status, _, error) = call(
        &f,
        Method::POST,
        &format!("{base}/status"),
        Some(&worker),
        Some(json!({ "version": 1, "status": "closed" })),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_error(&error, "bad-transition");
    let (status, _, error) = call(
        &f,
        Method::POST,
        &format!("{base}/notes"),
        Some(&worker),
        Some(json!({ "version": 1, "text": "bidi \u{202e}override" })),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error["field"], "text");

    let (status, _, detail) = call(
        &f,
        Method::POST,
        &format!("{base}/status"),
        Some(&worker),
        Some(json!({
            "version": 1,
            "status": "need-info",
            "message": "Додайте, будь ласка, довідку про склад сім’ї.",
            "documents": ["Довідка про склад сім’ї"]
        })),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{detail}");
    let (status, _, detail) = call(
        &f,
        Method::POST,
        &format!("{base}/notes"),
        Some(&worker),
        Some(json!({ "version": detail["version"], "text": "Телефонувала, не відповідає." })),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{detail}");
    assert_eq!(detail["notes"][0]["by"]["name"], "Ірина Працівниця");

    // The applicant reads the request, not the internal note, and sees who opened it.
    let status_path = format!("/api/v1/applications/{reference}");
    let (status, view) = f.get_with(&status_path, Some(&code)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(view["status"], "need-info");
    assert_eq!(view["requested"], json!(["Довідка про склад сім’ї"]));
    assert_eq!(view["messages"][0]["from"], "staff");
    assert_eq!(view["messages"][0]["by"]["name"], "Ірина Працівниця");
    assert_eq!(view["opened_by"][0]["name"], "Ірина Працівниця");
    assert_eq!(view["opened_by"][0]["role"], "worker");
    assert!(!view.to_string().contains("Телефонувала"), "{view}");

    // The applicant answers with a document (uploaded with the application's code), sent three
    // times: stored once.
    let (status, _) = f
        .upload_with(
            &id(500),
            "application/pdf",
            &pdf(),
            Some(&code),
            Some(&reference),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let reply = json!({ "id": id(900), "message": "Довідку додаю.", "attachments": [id(500)] });
    let replies = format!("{status_path}/replies");
    let send = |body: Value| {
        f.json(authorized(
            Method::POST,
            &replies,
            Some(&code),
            Body::from(body.to_string()),
        ))
    };
    let (status, view) = send(reply.clone()).await;
    assert_eq!(status, StatusCode::CREATED, "{view}");
    assert_eq!(
        view["status"], "in-review",
        "an answer puts it back in review"
    );
    assert_eq!(view["requested"], json!([]));
    for _ in 0..2 {
        let (status, _) = send(reply.clone()).await;
        assert_eq!(status, StatusCode::OK, "the same reply again");
    }
    assert_eq!(office_counts(&f).messages, 2);
    let (status, error) = send(json!({ "id": id(900), "message": "Інше." })).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_error(&error, "id-reused");
    let (status, error) = send(json!({ "id": id(901), "message": " " })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_error(&error, "empty-reply");
    let (status, _) = f
        .json(authorized(
            Method::POST,
            &replies,
            Some("AAAA-BBBB-CCCC-DDDD"),
            Body::from(json!({ "id": id(902), "message": "x" }).to_string()),
        ))
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "the code is needed");

    // Staff see the reply with its file, named with the right extension, and the marker.
    let (_, _, page) = call(
        &f,
        Method::GET,
        "/api/v1/office/applications",
        Some(&worker),
        None,
    )
    .await;
    assert_eq!(page["items"][0]["awaiting"], true);
    let (_, _, detail) = call(&f, Method::GET, &base, Some(&worker), None).await;
    let answer = &detail["messages"][1];
    assert_eq!(answer["from"], "applicant");
    assert_eq!(
        answer["attachments"][0]["name"],
        format!("reply-{}-1.pdf", answer["id"])
    );
    let file = format!("/api/v1/office/attachments/{}", id(500));
    let (status, headers, _) = call(&f, Method::GET, &file, Some(&worker), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/pdf");
    assert!(
        headers[header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap()
            .starts_with("inline; filename=\"reply-")
    );
    assert!(
        headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .starts_with("sandbox")
    );
    let (_, headers, _) = call(
        &f,
        Method::GET,
        &format!("{file}?download=1"),
        Some(&worker),
        None,
    )
    .await;
    assert!(
        headers[header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    // Every read is in the audit, which cannot be changed.
    let reads = detail["audit"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["action"] == "read")
        .count();
    assert_eq!(reads, 2);
    let conn = server::db::open(&f.db()).unwrap();
    assert!(conn.execute("UPDATE audit SET name = 'x'", []).is_err());
    assert!(conn.execute("DELETE FROM audit", []).is_err());
}

#[tokio::test]
async fn another_community_a_disabled_account_an_expired_session_and_a_revoked_token_get_nothing() {
    let f = Fixture::new();
    let admin = staff(&f, LVIV, "Олена Адмін", Role::Admin).await;
    let kyiv = staff(&f, KYIV, "Київський Працівник", Role::Head).await;
    let worker = staff(&f, LVIV, "Ірина Працівниця", Role::Worker).await;
    let (reference, _) = apply(&f, 1, "Коваль", None).await;
    let path = format!("/api/v1/office/applications/{reference}");

    let (status, _, error) = call(&f, Method::GET, &path, Some(&kyiv), None).await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "another community's is not there"
    );
    assert_error(&error, "not-found");
    assert!(!error.to_string().contains("Коваль"));
    let (_, _, list) = call(
        &f,
        Method::GET,
        "/api/v1/office/applications",
        Some(&kyiv),
        None,
    )
    .await;
    assert_eq!(list["total"], 0);

    // Only the administrator manages staff and tokens; the head may read the staff, to assign.
    let (status, _, error) =
        call(&f, Method::GET, "/api/v1/office/staff", Some(&worker), None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_error(&error, "forbidden");
    let (status, _, _) = call(&f, Method::GET, "/api/v1/office/staff", Some(&kyiv), None).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "a head reads their community's staff"
    );
    let (status, _, error) = call(
        &f,
        Method::POST,
        "/api/v1/office/staff",
        Some(&kyiv),
        Some(json!({ "name": "Хтось", "email": "h@kyiv.example", "role": "worker" })),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "but does not invite");
    assert_error(&error, "forbidden");
    let (status, _, invited) = call(
        &f,
        Method::POST,
        "/api/v1/office/staff",
        Some(&admin),
        Some(json!({ "name": "Нова Працівниця", "email": "nova@lviv.example", "role": "worker" })),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{invited}");
    assert!(
        invited["invite_url"]
            .as_str()
            .unwrap()
            .starts_with("/office/invite#")
    );
    let (status, _, error) = call(
        &f,
        Method::POST,
        "/api/v1/office/staff",
        Some(&admin),
        Some(json!({ "name": "Ще Раз", "email": "NOVA@lviv.example", "role": "worker" })),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error["field"], "email");

    // A token for an integration, shown once, works until revoked.
    let (status, _, token) = call(
        &f,
        Method::POST,
        "/api/v1/office/tokens",
        Some(&admin),
        Some(json!({ "name": "ІС соцзахисту", "days": 30 })),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{token}");
    let secret = token["token"].as_str().unwrap().to_string();
    let (status, _) = f
        .get_with("/api/v1/staff/applications", Some(&secret))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, _, tokens) = call(&f, Method::GET, "/api/v1/office/tokens", Some(&admin), None).await;
    assert_eq!(tokens["tokens"][0]["owner"]["name"], "Олена Адмін");
    assert!(!tokens.to_string().contains(&secret), "never shown again");
    let (status, _, revoked) = call(
        &f,
        Method::POST,
        &format!("/api/v1/office/tokens/{}/revoke", token["id"]),
        Some(&admin),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(revoked["revoked_at"].is_string());
    let (status, error) = f
        .get_with("/api/v1/staff/applications", Some(&secret))
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_error(&error, "bad-token");

    // A disabled worker's session and tokens stop at once.
    let worker_token = server::create_token(&f.db(), &worker.email, "скрипт", 30).unwrap();
    let (status, _, body) = call(
        &f,
        Method::POST,
        &format!("/api/v1/office/staff/{}/disable", worker.id),
        Some(&admin),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["disabled"], true);
    let (status, _, error) = call(&f, Method::GET, &path, Some(&worker), None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_error(&error, "no-session");
    let (status, _) = f
        .get_with("/api/v1/staff/applications", Some(&worker_token))
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _, error) = call(
        &f,
        Method::POST,
        "/api/v1/office/login",
        None,
        Some(json!({
            "email": worker.email,
            "password": CORRECT,
            "code": server::auth::totp_code(&worker.secret, Instant::now().0 + 30)
        })),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(error["code"], "bad-login");

    // An expired session gets nothing.
    let conn = server::db::open(&f.db()).unwrap();
    let token = "expired-session-token";
    server::db::office::start_session(
        &conn,
        admin.id_of(&f),
        &server::auth::token_hash(token),
        "csrf",
        Instant(1_000),
        Instant(2_000),
    )
    .unwrap();
    let expired = Session {
        cookie: format!("office_session={token}"),
        csrf: "csrf".into(),
        ..admin.clone()
    };
    let (status, _, error) = call(&f, Method::GET, "/api/v1/office/me", Some(&expired), None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_error(&error, "no-session");
}

impl Session {
    /// The staff id, read from the session.
    fn id_of(&self, _f: &Fixture) -> i64 {
        self.id
    }
}

/// A real SMTP server on loopback that keeps what it is sent.
mod sink {
    use std::sync::{Arc, Mutex};
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    use tokio::net::TcpListener;

    #[derive(Debug, Clone, Default)]
    pub struct Sink {
        pub messages: Arc<Mutex<Vec<(String, String)>>>,
        pub port: u16,
    }

    pub async fn start() -> Sink {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let sink = Sink {
            messages: Arc::default(),
            port: listener.local_addr().unwrap().port(),
        };
        let messages = sink.messages.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let messages = messages.clone();
                tokio::spawn(async move {
                    let (read, mut write) = stream.into_split();
                    let mut lines = BufReader::new(read).lines();
                    write.write_all(b"220 sink ESMTP\r\n").await.ok();
                    let (mut to, mut data, mut in_data) = (String::new(), String::new(), false);
                    while let Ok(Some(line)) = lines.next_line().await {
                        if in_data {
                            if line == "." {
                                in_data = false;
                                messages.lock().unwrap().push((to.clone(), data.clone()));
                                data.clear();
                                write.write_all(b"250 queued\r\n").await.ok();
                            } else {
                                data.push_str(&line);
                                data.push('\n');
                            }
                            continue;
                        }
                        let upper = line.to_ascii_uppercase();
                        let reply: &[u8] = if upper.starts_with("EHLO") {
                            b"250-sink\r\n250 8BITMIME\r\n"
                        } else if upper.starts_with("RCPT TO:") {
                            to = line[8..].trim().trim_matches(['<', '>']).to_string();
                            b"250 ok\r\n"
                        } else if upper == "DATA" {
                            in_data = true;
                            b"354 go on\r\n"
                        } else if upper == "QUIT" {
                            write.write_all(b"221 bye\r\n").await.ok();
                            break;
                        } else {
                            b"250 ok\r\n"
                        };
                        write.write_all(reply).await.ok();
                    }
                });
            }
        });
        sink
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_applicant_gets_the_code_and_each_change_by_e_mail_with_nothing_of_the_application() {
    let sink = sink::start().await;
    let port = sink.port;
    let f = Fixture::with(|c| {
        c.mail = Some(server::mail::MailConfig {
            smtp_url: format!("smtp://127.0.0.1:{port}"),
            from: "Соціальна громада <noreply@lviv.example>".into(),
            public_url: "http://portal.example".into(),
        })
    });
    let worker = staff(&f, LVIV, "Ірина Працівниця", Role::Worker).await;
    let (reference, code) = apply(&f, 1, "Коваль", Some("koval@mail.example")).await;
    let (silent, _) = apply(&f, 2, "Шевчук", None).await;
    let base = format!("/api/v1/office/applications/{reference}");
    let (status, _, _) = call(
        &f,
        Method::POST,
        &format!("{base}/status"),
        Some(&worker),
        Some(json!({ "version": 1, "status": "refused", "message": "Дохід вищий за межу." })),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = call(
        &f,
        Method::POST,
        &format!("/api/v1/office/applications/{silent}/status"),
        Some(&worker),
        Some(json!({ "version": 1, "status": "in-review" })),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    // The sender works in the background: wait for both messages (bounded).
    for _ in 0..100 {
        if sink.messages.lock().unwrap().len() >= 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let messages = sink.messages.lock().unwrap().clone();
    let queue: Vec<(i64, Option<String>, Option<i64>)> = server::db::open(&f.db())
        .unwrap()
        .prepare("SELECT attempts, last_error, sent_at FROM notifications")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(messages.len(), 2, "{messages:#?} {queue:?}");
    for (to, _) in &messages {
        assert_eq!(
            to, "koval@mail.example",
            "nobody without an address is written to"
        );
    }
    let all = messages.iter().map(|(_, d)| d.as_str()).collect::<String>();
    assert!(all.contains(&reference));
    assert!(all.contains(&code), "the receipt carries the code");
    assert!(all.contains(&format!(
        "http://portal.example/status?reference={reference}"
    )));
    for private in ["Коваль", "Дохід", "+48"] {
        assert!(!all.contains(private), "{private} leaked: {all}");
    }
    let conn = server::db::open(&f.db()).unwrap();
    let unsent: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM notifications WHERE sent_at IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(unsent, 0);
}

#[tokio::test]
async fn an_application_without_a_required_document_is_received_and_the_office_says_what_is_missing()
 {
    let f = Fixture::new();
    let worker = staff(&f, LVIV, "Ірина Працівниця", Role::Worker).await;
    let mut body = idp(&id(1), LVIV, &id(100));
    body.as_object_mut().unwrap().remove("attachments");
    let (status, receipt) = f.submit(&body).await;
    assert_eq!(
        status,
        StatusCode::CREATED,
        "issue 13: a missing document never blocks: {receipt}"
    );
    let reference = receipt["reference"].as_str().unwrap();
    let (_, _, detail) = call(
        &f,
        Method::GET,
        &format!("/api/v1/office/applications/{reference}"),
        Some(&worker),
        None,
    )
    .await;
    assert_eq!(detail["missing_documents"], json!(["idp-certificate"]));
    assert_eq!(detail["documents"], json!([]));
}
