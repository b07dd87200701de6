//! The community's staff, through `app().oneshot(..)`: tokens per community, the list of
//! applications, their files, and moving an application on.

mod common;

use axum::body::Body;
use axum::http::{Method, StatusCode, header};
use common::*;
use serde_json::{Value, json};

/// An application to Lviv with a file, one to Kyiv, and a token for each community.
struct Office {
    f: Fixture,
    lviv: String,
    kyiv: String,
    lviv_receipt: Value,
    kyiv_receipt: Value,
}

async fn office() -> Office {
    let f = Fixture::new();
    let lviv = f.staff_token(LVIV);
    let kyiv = f.staff_token(KYIV);
    assert_eq!(
        f.upload(&id(100), "application/pdf", &pdf()).await.0,
        StatusCode::CREATED
    );
    let (status, lviv_receipt) = f.submit(&idp(&id(1), LVIV, &id(100))).await;
    assert_eq!(status, StatusCode::CREATED, "{lviv_receipt}");
    let (status, kyiv_receipt) = f.submit(&social(&id(2), KYIV)).await;
    assert_eq!(status, StatusCode::CREATED);
    Office {
        f,
        lviv,
        kyiv,
        lviv_receipt,
        kyiv_receipt,
    }
}

fn reference(receipt: &Value) -> &str {
    receipt["reference"].as_str().unwrap()
}

async fn set_status(
    f: &Fixture,
    token: Option<&str>,
    reference: &str,
    body: Value,
) -> (StatusCode, Value) {
    f.json(authorized(
        Method::POST,
        &format!("/api/v1/staff/applications/{reference}/status"),
        token,
        Body::from(body.to_string()),
    ))
    .await
}

#[tokio::test]
async fn staff_see_only_their_communitys_applications_with_answers_and_files() {
    let o = office().await;
    let (status, list) =
        o.f.get_with("/api/v1/staff/applications", Some(&o.lviv))
            .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list["community"], LVIV);
    let apps = list["applications"].as_array().unwrap();
    assert_eq!(apps.len(), 1);
    let app = &apps[0];
    assert_eq!(app["reference"], o.lviv_receipt["reference"]);
    assert_eq!(app["programme"], "idp-living-allowance");
    assert_eq!(app["status"], "received");
    assert_eq!(app["received_at"], o.lviv_receipt["received_at"]);
    assert_eq!(
        app["answers"]["phone"], "+380501234567",
        "the normalised answers"
    );
    assert_eq!(app["attachments"], json!({ "idp-certificate": [id(100)] }));
    assert!(
        app.get("token").is_none(),
        "staff never see a person's token"
    );

    let (_, list) =
        o.f.get_with("/api/v1/staff/applications", Some(&o.kyiv))
            .await;
    assert_eq!(list["community"], KYIV);
    assert_eq!(list["applications"].as_array().unwrap().len(), 1);
    assert_eq!(
        list["applications"][0]["reference"],
        o.kyiv_receipt["reference"]
    );
}

#[tokio::test]
async fn staff_filter_by_status_and_an_unknown_status_is_422() {
    let o = office().await;
    let path = "/api/v1/staff/applications?status=received";
    let (status, list) = o.f.get_with(path, Some(&o.lviv)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list["applications"].as_array().unwrap().len(), 1);
    let (status, _) = set_status(
        &o.f,
        Some(&o.lviv),
        reference(&o.lviv_receipt),
        json!({"status": "in-review"}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (_, list) = o.f.get_with(path, Some(&o.lviv)).await;
    assert_eq!(list["applications"], json!([]));
    let (_, list) =
        o.f.get_with("/api/v1/staff/applications?status=in-review", Some(&o.lviv))
            .await;
    assert_eq!(list["applications"].as_array().unwrap().len(), 1);
    let (status, error) =
        o.f.get_with("/api/v1/staff/applications?status=done", Some(&o.lviv))
            .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_error(&error, "unknown-status");
}

#[tokio::test]
async fn a_missing_or_wrong_staff_token_is_401_everywhere() {
    let o = office().await;
    let citizen = o.lviv_receipt["token"].as_str().unwrap();
    let r = reference(&o.lviv_receipt);
    for token in [None, Some("wrong"), Some(citizen)] {
        let (status, error) = o.f.get_with("/api/v1/staff/applications", token).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{token:?}");
        assert_error(&error, "bad-token");
        let (status, _) =
            o.f.get_with(&format!("/api/v1/staff/attachments/{}", id(100)), token)
                .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{token:?}");
        let (status, _) = set_status(&o.f, token, r, json!({"status": "approved"})).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{token:?}");
    }
    let (status, _) =
        o.f.json(
            axum::http::Request::get("/api/v1/staff/applications")
                .header(header::AUTHORIZATION, format!("Basic {}", o.lviv))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "only a bearer token");
    assert_eq!(o.f.counts().status_history, 2, "nothing changed");
}

#[tokio::test]
async fn staff_move_an_application_on_and_the_person_sees_it() {
    let o = office().await;
    let r = reference(&o.lviv_receipt);
    let (status, app) = set_status(
        &o.f,
        Some(&o.lviv),
        r,
        json!({"status": "need-info", "note": "Додайте довідку про доходи."}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{app}");
    assert_eq!(app["reference"], r);
    assert_eq!(app["status"], "need-info");
    let history = app["history"].as_array().unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[1]["status"], "need-info");
    assert_eq!(history[1]["note"], "Додайте довідку про доходи.");
    assert_eq!(app["answers"]["surname"], "Шевченко");

    let (status, app) = set_status(&o.f, Some(&o.lviv), r, json!({"status": "approved"})).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(app["history"].as_array().unwrap().len(), 3);
    assert_eq!(app["history"][2]["note"], Value::Null);

    let (status, view) =
        o.f.get_with(
            &format!("/api/v1/applications/{r}"),
            o.lviv_receipt["token"].as_str(),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(view["status"], "approved");
    let statuses: Vec<&str> = view["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["received", "need-info", "approved"]);
    // A retry of the submission reports where it is now, with the same reference and token.
    let (status, again) = o.f.submit(&idp(&id(1), LVIV, &id(100))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(again["reference"], r);
    assert_eq!(again["token"], o.lviv_receipt["token"]);
    assert_eq!(again["status"], "approved");
    assert_eq!(o.f.counts().status_history, 4);
}

#[tokio::test]
async fn another_communitys_application_does_not_exist_for_staff() {
    let o = office().await;
    let r = reference(&o.lviv_receipt);
    let (status, error) = set_status(
        &o.f,
        Some(&o.kyiv),
        r,
        json!({"status": "refused", "note": "Не наша громада."}),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_error(&error, "not-found");
    let (status, unknown) = set_status(
        &o.f,
        Some(&o.kyiv),
        "2026-999999",
        json!({"status": "refused", "note": "Не наша громада."}),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(
        unknown, error,
        "the same answer as for one that does not exist"
    );

    let (status, error) =
        o.f.get_with(
            &format!("/api/v1/staff/attachments/{}", id(100)),
            Some(&o.kyiv),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_error(&error, "not-found");
    assert_eq!(o.f.counts().status_history, 2, "nothing changed");
}

#[tokio::test]
async fn a_bad_change_of_status_is_refused_and_changes_nothing() {
    let o = office().await;
    let r = reference(&o.lviv_receipt);
    for (what, body, code, expected) in [
        (
            "an unknown status",
            json!({"status": "done"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown-status",
        ),
        (
            "received is the server's",
            json!({"status": "received"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown-status",
        ),
        (
            "a note too long",
            json!({"status": "in-review", "note": "я".repeat(1001)}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "note-too-long",
        ),
        (
            "an unknown key",
            json!({"status": "in-review", "by": "admin"}),
            StatusCode::BAD_REQUEST,
            "bad-json",
        ),
        (
            "a number as status",
            json!({"status": 3}),
            StatusCode::BAD_REQUEST,
            "bad-json",
        ),
    ] {
        let (status, error) = set_status(&o.f, Some(&o.lviv), r, body).await;
        assert_eq!(status, code, "{what}: {error}");
        assert_error(&error, expected);
    }
    let (status, error) =
        o.f.json(
            axum::http::Request::post(format!("/api/v1/staff/applications/{r}/status"))
                .header(header::AUTHORIZATION, format!("Bearer {}", o.lviv))
                .header(header::CONTENT_TYPE, "text/plain")
                .body(Body::from("approved"))
                .unwrap(),
        )
        .await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_error(&error, "unsupported-media-type");
    let (status, _) = set_status(
        &o.f,
        Some(&o.lviv),
        r,
        json!({"status": "in-review", "note": "я".repeat(1000)}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "1000 characters is fine");
    assert_eq!(o.f.counts().status_history, 3, "only the good change");
}

#[tokio::test]
async fn staff_download_a_file_of_their_community_as_it_was_uploaded() {
    let o = office().await;
    let (status, headers, body) =
        o.f.send(authorized(
            Method::GET,
            &format!("/api/v1/staff/attachments/{}", id(100)),
            Some(&o.lviv),
            Body::empty(),
        ))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/pdf");
    assert!(
        headers[header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    assert_eq!(&body[..], &pdf()[..]);

    // A file no application has claimed yet is nobody's to read.
    assert_eq!(
        o.f.upload(&id(101), "image/png", &png()).await.0,
        StatusCode::CREATED
    );
    for missing in [id(101), id(404), "nonsense".to_string()] {
        let (status, error) =
            o.f.get_with(
                &format!("/api/v1/staff/attachments/{missing}"),
                Some(&o.lviv),
            )
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{missing}");
        assert_error(&error, "not-found");
    }
}

#[test]
fn staff_are_invited_only_to_a_community_of_the_codifier_and_tokens_only_for_enabled_staff() {
    let f = Fixture::new();
    let error = server::invite_staff(
        &f.db(),
        "UA00000000000000000",
        "Хтось",
        "x@y.example",
        server::model::Role::Admin,
    )
    .unwrap_err();
    assert!(error.contains("UA00000000000000000"), "{error}");
    let error = server::create_token(&f.db(), "nobody@y.example", "x", 30).unwrap_err();
    assert!(error.contains("nobody@y.example"), "{error}");
    let token = f.staff_token(LVIV);
    assert_eq!(token.len(), 43);
    assert_ne!(token, f.staff_token(LVIV), "each token is new");
}

#[test]
fn the_commands_invite_an_administrator_and_make_a_token_once_and_refuse_with_exit_2() {
    let f = Fixture::new();
    let bin = env!("CARGO_BIN_EXE_server");
    let out = std::process::Command::new(bin)
        .args(["staff", "invite", "--db"])
        .arg(f.db())
        .args([
            "--community",
            LVIV,
            "--name",
            "Олена Адмін",
            "--email",
            "admin@lviv.example",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let link = String::from_utf8(out.stdout).unwrap();
    assert!(link.trim().starts_with("/office/invite#"), "{link}");
    let out = std::process::Command::new(bin)
        .args(["token", "create", "--db"])
        .arg(f.db())
        .args(["--owner", "admin@lviv.example", "--name", "ІС соцзахисту"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let token = String::from_utf8(out.stdout).unwrap();
    assert_eq!(token.trim().len(), 43);
    let mut dump = std::fs::read(f.db()).unwrap();
    let wal = std::path::PathBuf::from(format!("{}-wal", f.db().display()));
    dump.extend(std::fs::read(wal).unwrap_or_default());
    for secret in [
        token.trim(),
        link.trim().trim_start_matches("/office/invite#"),
    ] {
        assert!(
            !dump.windows(secret.len()).any(|w| w == secret.as_bytes()),
            "the token itself is not stored"
        );
    }

    let out = std::process::Command::new(bin)
        .args(["staff", "invite", "--db"])
        .arg(f.db())
        .args([
            "--community",
            "UA123",
            "--name",
            "X",
            "--email",
            "x@lviv.example",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("UA123"));
    assert!(out.stdout.is_empty());
    let out = std::process::Command::new(bin)
        .args(["token", "create", "--db"])
        .arg(f.db())
        .args(["--community", LVIV])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "the anonymous token path is gone"
    );
}
