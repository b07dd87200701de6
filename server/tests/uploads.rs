//! Issue 14, uploads belong to someone — over a real socket: a file is uploaded only with its
//! draft's token (or, for a reply, with the application's code and reference); a draft, an
//! application and a client each take so much and no more, refused before the body is read; an
//! application takes only its own draft's files; and files nobody claimed go, with their drafts.

mod common;

use common::socket::{Running, http, start};
use common::*;
use serde_json::{Value, json};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// A new draft's token.
async fn draft(running: &Running) -> String {
    let (status, answer) = http(running.addr, "POST", "/api/v1/drafts", &[], b"").await;
    assert_eq!(status, 201, "{answer}");
    assert_eq!(answer["max_files"], 30);
    assert_eq!(answer["max_bytes"], 50 * 1024 * 1024);
    let token = answer["token"].as_str().unwrap().to_string();
    assert_eq!(token.len(), 43);
    token
}

/// `PUT /api/v1/attachments/{id}` with this token (a draft's, or with `application` the code).
async fn put(
    running: &Running,
    id: &str,
    mime: &str,
    bytes: &[u8],
    token: Option<&str>,
    application: Option<&str>,
) -> (u16, Value) {
    let path = match application {
        Some(reference) => format!("/api/v1/attachments/{id}?application={reference}"),
        None => format!("/api/v1/attachments/{id}"),
    };
    let bearer = token.map(|t| format!("Bearer {t}"));
    let mut headers = vec![("Content-Type", mime)];
    if let Some(b) = &bearer {
        headers.push(("Authorization", b.as_str()));
    }
    http(running.addr, "PUT", &path, &headers, bytes).await
}

/// `POST` of JSON with this bearer token.
async fn post(running: &Running, path: &str, body: &Value, token: Option<&str>) -> (u16, Value) {
    let bearer = token.map(|t| format!("Bearer {t}"));
    let mut headers = vec![("Content-Type", "application/json")];
    if let Some(b) = &bearer {
        headers.push(("Authorization", b.as_str()));
    }
    http(
        running.addr,
        "POST",
        path,
        &headers,
        body.to_string().as_bytes(),
    )
    .await
}

/// A PDF of `size` bytes.
fn pdf_of(size: usize) -> Vec<u8> {
    let mut bytes = pdf();
    bytes.resize(size, b' ');
    bytes
}

#[tokio::test]
async fn an_upload_without_its_drafts_token_is_refused_and_another_drafts_file_is_not_yours() {
    let f = Folder::new();
    let running = start(&f.config()).await;
    for token in [None, Some("made-up"), Some("")] {
        let (status, error) = put(&running, &id(100), "image/png", &png(), token, None).await;
        assert_eq!(status, 401, "{token:?}: {error}");
        assert_error(&error, "bad-draft-token");
    }
    assert_no_rows(f.counts());

    let mine = draft(&running).await;
    let theirs = draft(&running).await;
    let (status, stored) = put(&running, &id(100), "image/png", &png(), Some(&mine), None).await;
    assert_eq!(status, 201, "{stored}");
    // Another draft cannot take the id, read what it holds or learn whether it guessed the bytes.
    for bytes in [png(), pdf()] {
        let mime = if bytes == png() {
            "image/png"
        } else {
            "application/pdf"
        };
        let (status, error) = put(&running, &id(100), mime, &bytes, Some(&theirs), None).await;
        assert_eq!(status, 409, "{error}");
        assert_error(&error, "id-reused");
        assert!(error.get("sha256").is_none(), "{error}");
    }
    // The same draft sending the same file again is answered as the first time.
    let (status, again) = put(&running, &id(100), "image/png", &png(), Some(&mine), None).await;
    assert_eq!((status, &again), (200, &stored));

    // An application takes only the files of the draft whose token comes with it.
    let application = idp(&id(1), LVIV, &id(100));
    let (status, error) = post(&running, "/api/v1/applications", &application, None).await;
    assert_eq!(status, 401, "{error}");
    assert_error(&error, "bad-draft-token");
    let (status, error) = post(
        &running,
        "/api/v1/applications",
        &application,
        Some(&theirs),
    )
    .await;
    assert_eq!(status, 422, "{error}");
    assert_error(&error, "unknown-attachment");
    assert_eq!(error["attachments"], json!([id(100)]));
    let counts = f.counts();
    assert_eq!((counts.applications, counts.attachments), (0, 1));

    let (status, receipt) = post(&running, "/api/v1/applications", &application, Some(&mine)).await;
    assert_eq!(status, 201, "{receipt}");
    // A device that did not hear the answer sends the file and the application again.
    let (status, _) = put(&running, &id(100), "image/png", &png(), Some(&mine), None).await;
    assert_eq!(status, 200);
    let (status, again) = post(&running, "/api/v1/applications", &application, Some(&mine)).await;
    assert_eq!((status, &again), (200, &receipt));
    // A file an application claimed serves no other, even from its own draft.
    let (status, error) = post(
        &running,
        "/api/v1/applications",
        &idp(&id(2), LVIV, &id(100)),
        Some(&mine),
    )
    .await;
    assert_eq!(status, 422, "{error}");
    assert_error(&error, "unknown-attachment");
    // An application without files needs no draft.
    let (status, _) = post(
        &running,
        "/api/v1/applications",
        &social(&id(3), LVIV),
        None,
    )
    .await;
    assert_eq!(status, 201);
    running.stop().await;
    let counts = f.counts();
    assert_eq!(
        (
            counts.applications,
            counts.attachments,
            counts.application_documents
        ),
        (2, 1, 1)
    );
}

#[tokio::test]
async fn a_reply_s_file_is_uploaded_with_the_application_s_code_and_serves_only_its_replies() {
    let f = Folder::new();
    let running = start(&f.config()).await;
    let mut receipts = Vec::new();
    for n in [1, 2] {
        let (status, receipt) = post(
            &running,
            "/api/v1/applications",
            &social(&id(n), LVIV),
            None,
        )
        .await;
        assert_eq!(status, 201);
        receipts.push(receipt);
    }
    let reference = receipts[0]["reference"].as_str().unwrap();
    let code = receipts[0]["token"].as_str().unwrap();
    let other_code = receipts[1]["token"].as_str().unwrap();
    let a_draft = draft(&running).await;
    for token in [
        None,
        Some("AAAA-BBBB-CCCC-DDDD"),
        Some(other_code),
        Some(&a_draft),
    ] {
        let (status, error) = put(
            &running,
            &id(500),
            "application/pdf",
            &pdf(),
            token,
            Some(reference),
        )
        .await;
        assert_eq!(status, 401, "{token:?}: {error}");
        assert_error(&error, "bad-token");
    }
    assert_eq!(f.counts().attachments, 0);
    let (status, _) = put(
        &running,
        &id(500),
        "application/pdf",
        &pdf(),
        Some(code),
        Some(reference),
    )
    .await;
    assert_eq!(status, 201);
    let (status, _) = put(
        &running,
        &id(501),
        "application/pdf",
        &pdf(),
        Some(&a_draft),
        None,
    )
    .await;
    assert_eq!(status, 201);

    // The other application cannot send it, nor can this one send a draft's file.
    let other = receipts[1]["reference"].as_str().unwrap();
    let reply = |n: u64, file: u64| json!({ "id": id(n), "attachments": [id(file)] });
    let (status, error) = post(
        &running,
        &format!("/api/v1/applications/{other}/replies"),
        &reply(900, 500),
        Some(other_code),
    )
    .await;
    assert_eq!(status, 422, "{error}");
    assert_error(&error, "unknown-attachment");
    let replies = format!("/api/v1/applications/{reference}/replies");
    let (status, error) = post(&running, &replies, &reply(901, 501), Some(code)).await;
    assert_eq!(status, 422, "{error}");
    assert_error(&error, "unknown-attachment");
    let (status, view) = post(&running, &replies, &reply(902, 500), Some(code)).await;
    assert_eq!(status, 201, "{view}");
    running.stop().await;

    // An application holds so many bytes with its replies: the next file is refused, and said why.
    {
        let conn = server::db::open(&f.db()).unwrap();
        conn.execute(
            "UPDATE attachments SET size = ?1 WHERE id = ?2",
            rusqlite::params![forms::files::MAX_APPLICATION_BYTES as i64 - 10, id(500)],
        )
        .unwrap();
    }
    let running = start(&f.config()).await;
    let (status, error) = put(
        &running,
        &id(503),
        "application/pdf",
        &pdf(),
        Some(code),
        Some(reference),
    )
    .await;
    assert_eq!(status, 422, "{error}");
    assert_error(&error, "too-many-bytes");
    assert_eq!(error["max_bytes"], 100 * 1024 * 1024);
    running.stop().await;
}

/// Sends only the head of an upload that announces `length` bytes, and answers the status the
/// server gives before any of the body arrives.
async fn head_only(running: &Running, id: &str, token: &str, length: usize) -> u16 {
    let addr = running.addr;
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "PUT /api/v1/attachments/{id} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/pdf\r\n\
         Authorization: Bearer {token}\r\nContent-Length: {length}\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut answer = vec![0u8; 4096];
    let n = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut answer))
        .await
        .expect("answered before the body")
        .unwrap();
    let text = String::from_utf8_lossy(&answer[..n]);
    text.split(' ').nth(1).unwrap().parse().unwrap()
}

#[tokio::test]
async fn a_draft_holds_at_most_30_files_and_50_mib_refused_before_the_body_is_read() {
    let f = Folder::new();
    let running = start(&f.config()).await;
    let full = draft(&running).await;
    for n in 0..30 {
        let (status, _) = put(
            &running,
            &id(200 + n),
            "image/png",
            &png(),
            Some(&full),
            None,
        )
        .await;
        assert_eq!(status, 201);
    }
    let (status, error) = put(&running, &id(300), "image/png", &png(), Some(&full), None).await;
    assert_eq!(status, 422, "{error}");
    assert_error(&error, "too-many-files");
    assert_eq!(error["max_files"], 30);
    assert!(
        error["message"]["uk"].as_str().unwrap().contains("30"),
        "{error}"
    );
    assert_eq!(f.counts().attachments, 30);
    // A full draft's device that did not hear an answer sends its files again: they are its own.
    let (status, _) = put(&running, &id(229), "image/png", &png(), Some(&full), None).await;
    assert_eq!(status, 200);

    // Another draft has its own room; its bytes are counted.
    let large = draft(&running).await;
    let (status, _) = put(
        &running,
        &id(400),
        "application/pdf",
        &pdf(),
        Some(&large),
        None,
    )
    .await;
    assert_eq!(status, 201);
    running.stop().await;
    {
        let conn = server::db::open(&f.db()).unwrap();
        conn.execute(
            "UPDATE attachments SET size = ?1 WHERE id = ?2",
            rusqlite::params![forms::files::MAX_DRAFT_BYTES as i64 - 1000, id(400)],
        )
        .unwrap();
    }
    let running = start(&f.config()).await;
    let (status, error) = put(
        &running,
        &id(401),
        "application/pdf",
        &pdf_of(2000),
        Some(&large),
        None,
    )
    .await;
    assert_eq!(status, 422, "{error}");
    assert_error(&error, "too-many-bytes");
    assert_eq!(error["max_bytes"], 50 * 1024 * 1024);
    // Refused on what the head announces, before the body is read (no 10 MiB is held in memory).
    assert_eq!(
        head_only(&running, &id(402), &large, 5 * 1024 * 1024).await,
        422
    );
    // What still fits is taken.
    let (status, _) = put(
        &running,
        &id(403),
        "application/pdf",
        &pdf_of(900),
        Some(&large),
        None,
    )
    .await;
    assert_eq!(status, 201);
    running.stop().await;
    assert_eq!(f.counts().attachments, 32);
}

#[tokio::test]
async fn a_client_uploads_so_many_bytes_a_minute_and_is_told_when_to_come_back() {
    let f = Folder::new();
    let mut config = f.config();
    config.upload_rate_limit = server::ratelimit::RateLimit {
        per_minute: 1,
        burst: 1,
    };
    let running = start(&config).await;
    let token = draft(&running).await;
    let file = pdf_of(700 * 1024);
    let (status, _) = put(
        &running,
        &id(1),
        "application/pdf",
        &file,
        Some(&token),
        None,
    )
    .await;
    assert_eq!(status, 201);
    let (status, error) = put(
        &running,
        &id(2),
        "application/pdf",
        &file,
        Some(&token),
        None,
    )
    .await;
    assert_eq!(status, 429, "{error}");
    assert_error(&error, "too-many-requests");
    let wait = error["retry_after"].as_u64().unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    running.stop().await;
    assert_eq!(f.counts().attachments, 1);
}

#[tokio::test]
async fn files_nobody_claimed_go_with_their_drafts_after_the_configured_time() {
    let f = Folder::new();
    let mut config = f.config();
    config.retention.orphan_hours = 2;
    let running = start(&config).await;
    let sent = draft(&running).await;
    let abandoned = draft(&running).await;
    let fresh = draft(&running).await;
    for (n, token) in [(100, &sent), (101, &sent), (102, &abandoned), (103, &fresh)] {
        let (status, _) = put(&running, &id(n), "image/png", &png(), Some(token), None).await;
        assert_eq!(status, 201);
    }
    let (status, receipt) = post(
        &running,
        "/api/v1/applications",
        &idp(&id(1), LVIV, &id(100)),
        Some(&sent),
    )
    .await;
    assert_eq!(status, 201, "{receipt}");
    let reference = receipt["reference"].as_str().unwrap();
    let code = receipt["token"].as_str().unwrap();
    // A reply's file that no reply sent.
    let (status, _) = put(
        &running,
        &id(500),
        "application/pdf",
        &pdf(),
        Some(code),
        Some(reference),
    )
    .await;
    assert_eq!(status, 201);
    running.stop().await;
    assert_eq!(f.counts().attachments, 5);

    // Three hours pass for everything but the fresh draft.
    {
        let conn = server::db::open(&f.db()).unwrap();
        let then = "2000-01-01T00:00:00Z";
        conn.execute(
            "UPDATE attachments SET uploaded_at = ?1 WHERE id != ?2",
            rusqlite::params![then, id(103)],
        )
        .unwrap();
        conn.execute(
            "UPDATE drafts SET used_at = ?1
             WHERE id != (SELECT draft_id FROM attachments WHERE id = ?2)",
            rusqlite::params![then, id(103)],
        )
        .unwrap();
    }
    // The server deletes them when it starts (and hourly after).
    let running = start(&config).await;
    let mut left = f.counts().attachments;
    for _ in 0..50 {
        if left == 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        left = f.counts().attachments;
    }
    assert_eq!(left, 2, "the claimed file and the fresh draft's stay");
    assert_eq!(f.counts().application_documents, 1);
    // The abandoned draft is gone: its token opens nothing, and its file's id is free again.
    let (status, error) = put(
        &running,
        &id(104),
        "image/png",
        &png(),
        Some(&abandoned),
        None,
    )
    .await;
    assert_eq!(status, 401, "{error}");
    assert_error(&error, "bad-draft-token");
    let (status, _) = put(&running, &id(102), "image/png", &png(), Some(&fresh), None).await;
    assert_eq!(status, 201);
    // The fresh draft still holds its file; the application still has its own.
    let (status, _) = put(&running, &id(103), "image/png", &png(), Some(&fresh), None).await;
    assert_eq!(status, 200);
    let (status, view) = http(
        running.addr,
        "GET",
        &format!("/api/v1/applications/{reference}"),
        &[("Authorization", &format!("Bearer {code}"))],
        b"",
    )
    .await;
    assert_eq!(status, 200, "{view}");
    running.stop().await;
}
