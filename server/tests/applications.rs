//! The person's side of the applications API, through `app().oneshot(..)`: sending an
//! application (once, however often), its files, and reading its status. Every bad input gets a
//! clear 4xx, and nothing of it is stored.

mod common;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use common::*;
use serde_json::{Value, json};
use server::db::Counts;

fn is_reference(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 11 && b[4] == b'-' && s.bytes().filter(u8::is_ascii_digit).count() == 10
}

#[tokio::test]
async fn a_valid_application_is_received_with_a_reference_and_a_token() {
    let f = Fixture::new();
    let (status, receipt) = f.submit(&social(&id(1), LVIV)).await;
    assert_eq!(status, StatusCode::CREATED, "{receipt:#}");
    let reference = receipt["reference"].as_str().unwrap();
    assert!(is_reference(reference), "{reference}");
    assert!(reference.ends_with("-000001"), "{reference}");
    let year = &receipt["received_at"].as_str().unwrap()[..4];
    assert!(reference.starts_with(year), "the year of receipt");
    // The code: four groups of four, without look-alike letters.
    let code = receipt["token"].as_str().unwrap();
    assert_eq!(code.len(), 19, "{code}");
    assert!(
        code.split('-').all(|g| g.len() == 4
            && g.chars()
                .all(|c| c.is_ascii_alphanumeric() && !"ILOU".contains(c))),
        "{code}"
    );
    assert_eq!(receipt["status"], "received");
    let at = receipt["received_at"].as_str().unwrap();
    assert!(
        at.len() == 20 && at.ends_with('Z') && at.as_bytes()[10] == b'T',
        "{at}"
    );
    assert_eq!(
        f.counts(),
        Counts {
            applications: 1,
            status_history: 1,
            attachments: 0,
            application_documents: 0
        }
    );

    let (status, second) = f.submit(&social(&id(2), LVIV)).await;
    assert_eq!(status, StatusCode::CREATED);
    assert!(second["reference"].as_str().unwrap().ends_with("-000002"));
    assert_ne!(second["token"], receipt["token"]);
}

#[tokio::test]
async fn a_retry_with_the_same_id_and_content_gets_the_same_reference_and_token_and_is_stored_once()
{
    let f = Fixture::new();
    let body = social(&id(7), LVIV);
    let (status, first) = f.submit(&body).await;
    assert_eq!(status, StatusCode::CREATED);
    for _ in 0..3 {
        let (status, again) = f.submit(&body).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(again, first);
    }
    assert_eq!(f.counts().applications, 1);
    assert_eq!(f.counts().status_history, 1);
}

#[tokio::test]
async fn the_same_submission_sent_five_times_at_once_is_stored_exactly_once() {
    let f = Fixture::new();
    let body = social(&id(5), LVIV);
    let sends = (0..5).map(|_| {
        let router = f.router.clone();
        let req = post_json("/api/v1/applications", &body);
        tokio::spawn(async move { send(&router, req).await })
    });
    let mut statuses = Vec::new();
    let mut receipts = Vec::new();
    for send in sends {
        let (status, _, body) = send.await.unwrap();
        statuses.push(status);
        receipts.push(serde_json::from_slice::<Value>(&body).unwrap());
    }
    statuses.sort();
    assert_eq!(
        statuses,
        [
            StatusCode::OK,
            StatusCode::OK,
            StatusCode::OK,
            StatusCode::OK,
            StatusCode::CREATED
        ]
    );
    assert!(receipts.iter().all(|r| *r == receipts[0]), "{receipts:#?}");
    assert_eq!(f.counts().applications, 1);
    assert_eq!(f.counts().status_history, 1);
}

#[tokio::test]
async fn the_same_id_with_other_content_is_refused_and_the_first_application_stays() {
    let f = Fixture::new();
    let (status, first) = f.submit(&social(&id(9), LVIV)).await;
    assert_eq!(status, StatusCode::CREATED);
    let mut other = social(&id(9), LVIV);
    other["answers"]["given_name"] = json!("Петро");
    let (status, error) = f.submit(&other).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_error(&error, "id-reused");
    assert_eq!(f.counts().applications, 1);
    let (status, view) = f
        .get_with(
            &format!(
                "/api/v1/applications/{}",
                first["reference"].as_str().unwrap()
            ),
            first["token"].as_str(),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(view["programme"], "social-accompaniment");
}

#[tokio::test]
async fn wrong_json_wrong_types_and_unknown_keys_are_400_bad_json_with_serdes_words() {
    let f = Fixture::new();
    let mut unknown_key = social(&id(1), LVIV);
    unknown_key["admin"] = json!(true);
    let mut number_answer = social(&id(1), LVIV);
    number_answer["answers"]["surname"] = json!(5);
    let mut attachments_not_lists = social(&id(1), LVIV);
    attachments_not_lists["attachments"] = json!({"x": "y"});
    let mut no_id = social(&id(1), LVIV);
    no_id.as_object_mut().unwrap().remove("id");
    for (what, body) in [
        ("not JSON", "{\"id\": ".to_string()),
        ("an array", "[]".to_string()),
        ("an unknown key", unknown_key.to_string()),
        ("a number as an answer", number_answer.to_string()),
        ("a string as attachments", attachments_not_lists.to_string()),
        ("no id", no_id.to_string()),
    ] {
        let (status, error) = f
            .json(
                Request::post("/api/v1/applications")
                    .header(header::CONTENT_TYPE, "application/json")
                    .body(Body::from(body))
                    .unwrap(),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{what}");
        assert_error(&error, "bad-json");
        assert!(
            !error["detail"].as_str().unwrap_or("").is_empty(),
            "{what}: {error}"
        );
    }
    let (_, error) = f.submit(&unknown_key).await;
    assert!(
        error["detail"].as_str().unwrap().contains("admin"),
        "{error}"
    );
    assert_no_rows(f.counts());
}

#[tokio::test]
async fn an_application_that_is_not_json_is_415() {
    let f = Fixture::new();
    for content_type in [
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
        None,
    ] {
        let mut req = Request::post("/api/v1/applications");
        if let Some(t) = content_type {
            req = req.header(header::CONTENT_TYPE, t);
        }
        let (status, error) = f
            .json(
                req.body(Body::from(social(&id(1), LVIV).to_string()))
                    .unwrap(),
            )
            .await;
        assert_eq!(
            status,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "{content_type:?}"
        );
        assert_error(&error, "unsupported-media-type");
    }
    let (status, _) = f
        .json(
            Request::post("/api/v1/applications")
                .header(header::CONTENT_TYPE, "application/json; charset=utf-8")
                .body(Body::from(social(&id(1), LVIV).to_string()))
                .unwrap(),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "a charset parameter is fine");
}

#[tokio::test]
async fn an_application_over_64_kib_is_413_whether_or_not_its_length_is_announced() {
    let f = Fixture::new();
    let mut huge = social(&id(1), LVIV);
    huge["answers"]["need"] = json!("а".repeat(40 * 1024));
    let body = huge.to_string();
    assert!(body.len() > 64 * 1024);
    let (status, error) = f
        .json(
            Request::post("/api/v1/applications")
                .header(header::CONTENT_TYPE, "application/json")
                .header(header::CONTENT_LENGTH, body.len())
                .body(Body::from(body.clone()))
                .unwrap(),
        )
        .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_error(&error, "body-too-large");
    assert_eq!(error["limit"], 65536);
    let (status, error) = f.json(post_json("/api/v1/applications", &huge)).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_error(&error, "body-too-large");
    assert_no_rows(f.counts());
}

#[tokio::test]
async fn what_the_shared_forms_crate_refuses_is_422_with_its_own_fields() {
    let f = Fixture::new();
    let mut bad_id = social("not-a-device-id", LVIV);
    let (status, error) = f.submit(&bad_id).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_error(&error, "bad-id");
    bad_id["id"] = json!(id(0xabcdef).to_uppercase());
    assert_eq!(f.submit(&bad_id).await.1["code"], "bad-id");

    let mut programme = social(&id(1), LVIV);
    programme["programme"] = json!("no-such-programme");
    let (status, error) = f.submit(&programme).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_error(&error, "unknown-programme");
    assert_eq!(error["programme"], "no-such-programme");

    let mut fields = social(&id(1), LVIV);
    fields["answers"]["phone"] = json!("12");
    fields["answers"].as_object_mut().unwrap().remove("surname");
    let (status, error) = f.submit(&fields).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_error(&error, "fields");
    let errors = error["errors"].as_array().unwrap();
    let named: Vec<&str> = errors
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(named, ["surname", "phone"]);
    for e in errors {
        assert!(
            e["code"].is_string()
                && e["message"]["uk"].is_string()
                && e["message"]["en"].is_string()
        );
    }

    let mut too_large = social(&id(1), LVIV);
    for i in 0..201 {
        too_large["answers"][format!("extra_{i}")] = json!("x");
    }
    let (status, error) = f.submit(&too_large).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_error(&error, "too-large");

    assert_no_rows(f.counts());
}

#[tokio::test]
async fn an_application_to_a_community_that_does_not_exist_is_422() {
    let f = Fixture::new();
    let (status, error) = f.submit(&social(&id(1), "UA00000000000000000")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_error(&error, "unknown-community");
    assert_eq!(error["community"], "UA00000000000000000");
    assert_no_rows(f.counts());
}

#[tokio::test]
async fn a_file_is_stored_once_by_its_device_id_and_answered_with_its_digest() {
    let f = Fixture::new();
    let (status, stored) = f.upload(&id(100), "image/png", &png()).await;
    assert_eq!(status, StatusCode::CREATED, "{stored}");
    assert_eq!(stored["id"], id(100));
    assert_eq!(stored["type"], "image/png");
    assert_eq!(stored["size"], png().len());
    assert_eq!(stored["sha256"].as_str().unwrap().len(), 64);
    let (status, again) = f.upload(&id(100), "image/png", &png()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(again, stored);
    let (status, error) = f.upload(&id(100), "image/jpeg", &jpeg()).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_error(&error, "id-reused");
    let (status, stored) = f.upload(&id(101), "application/pdf", &pdf()).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(stored["type"], "application/pdf");
    let (status, _) = f.upload(&id(102), "image/jpeg", &jpeg()).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(f.counts().attachments, 3);
}

#[tokio::test]
async fn a_file_whose_content_is_not_its_type_or_not_accepted_is_415_saying_what_is() {
    let f = Fixture::new();
    for (what, content_type, bytes) in [
        ("a PNG sent as a PDF", "application/pdf", png()),
        ("a PDF sent as a JPEG", "image/jpeg", pdf()),
        ("text sent as a PNG", "image/png", b"hello".to_vec()),
        ("an empty file", "application/pdf", Vec::new()),
        ("a GIF", "image/gif", b"GIF89a....".to_vec()),
        ("text", "text/plain", b"hello".to_vec()),
        (
            "an ordinary ZIP sent as a signature container",
            "application/vnd.etsi.asic-e+zip",
            b"PK\x03\x04 a zip".to_vec(),
        ),
        (
            "DER that is not a signature",
            "application/pkcs7-signature",
            vec![0x30, 0x03, 0x02, 0x01, 0x05],
        ),
    ] {
        let (status, error) = f.upload(&id(100), content_type, &bytes).await;
        assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{what}");
        assert_error(&error, "type-by-content");
        assert_eq!(
            error["accepted"],
            json!([
                "image/jpeg",
                "image/png",
                "application/pdf",
                "application/pkcs7-signature",
                "application/vnd.etsi.asic-e+zip"
            ]),
            "{what}"
        );
    }
    let (_, error) = f.upload(&id(100), "application/pdf", &png()).await;
    assert_eq!(error["detected"], "image/png");
    let token = f.draft_token().await;
    let (status, error) = f
        .json(
            Request::put(format!("/api/v1/attachments/{}", id(100)))
                .header(header::AUTHORIZATION, format!("Bearer {token}"))
                .body(Body::from(png()))
                .unwrap(),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "no Content-Type"
    );
    assert_error(&error, "type-by-content");
    assert_no_rows(f.counts());
}

#[tokio::test]
async fn a_file_over_10_mib_or_with_a_bad_id_is_refused() {
    let f = Fixture::new();
    let mut big = pdf();
    big.resize(10 * 1024 * 1024 + 1, b' ');
    let (status, error) = f.upload(&id(100), "application/pdf", &big).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_error(&error, "body-too-large");
    big.truncate(10 * 1024 * 1024);
    let (status, _) = f.upload(&id(101), "application/pdf", &big).await;
    assert_eq!(status, StatusCode::CREATED, "exactly 10 MiB is fine");

    for bad in [
        "short",
        "ABCDEF0123456789ABCDEF0123456789",
        &format!("{}0", id(1)),
    ] {
        let (status, error) = f.upload(bad, "image/png", &png()).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert_error(&error, "bad-id");
    }
    assert_eq!(f.counts().attachments, 1);
}

#[tokio::test]
async fn an_application_claims_its_files_and_a_file_cannot_serve_two_applications() {
    let f = Fixture::new();
    f.upload_pdf(&id(100)).await;
    let (status, receipt) = f.submit(&idp(&id(1), LVIV, &id(100))).await;
    assert_eq!(status, StatusCode::CREATED, "{receipt}");
    assert_eq!(f.counts().application_documents, 1);
    // The retry still finds its own file its own.
    assert_eq!(
        f.submit(&idp(&id(1), LVIV, &id(100))).await.0,
        StatusCode::OK
    );

    let (status, error) = f.submit(&idp(&id(2), LVIV, &id(100))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_error(&error, "unknown-attachment");
    assert_eq!(error["attachments"], json!([id(100)]));
    assert_eq!(f.counts(), ONE_APPLICATION_WITH_A_DOCUMENT);
}

#[tokio::test]
async fn an_application_with_a_file_that_was_never_uploaded_is_422_and_stores_nothing() {
    let f = Fixture::new();
    assert_eq!(
        f.upload(&id(100), "image/jpeg", &jpeg()).await.0,
        StatusCode::CREATED
    );
    let mut body = idp(&id(1), LVIV, &id(100));
    body["attachments"]["children-birth-certificates"] = json!([id(404), "../x"]);
    let (status, error) = f.submit(&body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_error(&error, "unknown-attachment");
    assert_eq!(error["attachments"], json!([id(404), "../x"]));
    assert_eq!(
        f.counts(),
        Counts {
            attachments: 1,
            ..Counts::default()
        }
    );
    // The file that was there is still free for an application.
    let (status, _) = f.submit(&idp(&id(1), LVIV, &id(100))).await;
    assert_eq!(status, StatusCode::CREATED);
}

#[tokio::test]
async fn the_person_reads_the_status_with_their_token_and_nobody_else_can() {
    let f = Fixture::new();
    let (_, receipt) = f.submit(&social(&id(1), LVIV)).await;
    let (_, other) = f.submit(&social(&id(2), LVIV)).await;
    let reference = receipt["reference"].as_str().unwrap();
    let path = format!("/api/v1/applications/{reference}");
    let (status, view) = f.get_with(&path, receipt["token"].as_str()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        view,
        json!({
            "reference": reference,
            "programme": "social-accompaniment",
            "community": LVIV,
            "status": "received",
            "received_at": receipt["received_at"],
            "version": 1,
            "history": [{ "status": "received", "at": receipt["received_at"], "note": null }],
            "messages": [],
            "opened_by": [],
            "requested": []
        })
    );
    // Typed as a person may: lower case, spaces for dashes.
    let typed = receipt["token"]
        .as_str()
        .unwrap()
        .to_lowercase()
        .replace('-', " ");
    let (status, _) = f.get_with(&path, Some(&typed)).await;
    assert_eq!(status, StatusCode::OK);

    let (status, refused) = f.get_with(&path, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_error(&refused, "bad-token");
    for (what, path, token) in [
        ("a wrong token", path.clone(), "AAAAAAAAAAAAAAAAAAAAAA"),
        (
            "another application's token",
            path.clone(),
            other["token"].as_str().unwrap(),
        ),
        (
            "an unknown reference",
            "/api/v1/applications/2026-999999".to_string(),
            receipt["token"].as_str().unwrap(),
        ),
        (
            "a malformed reference",
            "/api/v1/applications/x".to_string(),
            "x",
        ),
    ] {
        let (status, error) = f.get_with(&path, Some(token)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{what}");
        assert_eq!(error, refused, "{what}: the same answer, nothing to probe");
    }
    let (_, headers, _) = f
        .send(authorized(Method::GET, &path, Some("x"), Body::empty()))
        .await;
    assert_eq!(headers[header::WWW_AUTHENTICATE], "Bearer");
}

#[tokio::test]
async fn api_answers_are_never_cached_and_unknown_addresses_are_json() {
    let f = Fixture::new();
    let (_, headers, _) = f
        .send(post_json("/api/v1/applications", &social(&id(1), LVIV)))
        .await;
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    let (status, error) = f.get_with("/api/v1/nothing-here", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_error(&error, "no-such-endpoint");
    let (status, error) = f
        .json(
            Request::delete("/api/v1/applications")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert_error(&error, "method-not-allowed");
    // The portal is still served beside the API.
    let (status, _, body) = f.send(Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(String::from_utf8_lossy(&body).contains("portal"));
}
