//! Over a real socket, with a hand-written HTTP/1.1 client: an application survives the server
//! stopping and starting again on the same database file.

mod common;

use common::socket::{http, start};
use common::*;

#[tokio::test]
async fn an_application_is_still_there_after_the_server_restarts_on_the_same_file() {
    let f = Folder::new();
    let config = f.config();
    let running = start(&config).await;
    let application = social(&id(42), LVIV).to_string();
    let json = [("Content-Type", "application/json")];
    let (status, receipt) = http(
        running.addr,
        "POST",
        "/api/v1/applications",
        &json,
        application.as_bytes(),
    )
    .await;
    assert_eq!(status, 201, "{receipt}");
    let reference = receipt["reference"].as_str().unwrap().to_string();
    let token = receipt["token"].as_str().unwrap().to_string();
    running.stop().await;

    let running = start(&config).await;
    let bearer = format!("Bearer {token}");
    let (status, view) = http(
        running.addr,
        "GET",
        &format!("/api/v1/applications/{reference}"),
        &[("Authorization", &bearer)],
        b"",
    )
    .await;
    assert_eq!(status, 200, "{view}");
    assert_eq!(view["status"], "received");
    assert_eq!(view["received_at"], receipt["received_at"]);
    // The secret survived too: a retry gets the same token, and nothing new is stored.
    let (status, again) = http(
        running.addr,
        "POST",
        "/api/v1/applications",
        &json,
        application.as_bytes(),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(again, receipt);
    running.stop().await;
    assert_eq!(f.counts().applications, 1);
}

#[tokio::test]
async fn the_rate_limit_counts_each_real_client_address() {
    let f = Folder::new();
    let mut config = f.config();
    config.rate_limit = server::ratelimit::RateLimit {
        per_minute: 1,
        burst: 1,
    };
    let running = start(&config).await;
    let json = [("Content-Type", "application/json")];
    let body = social(&id(1), LVIV).to_string();
    let (status, _) = http(
        running.addr,
        "POST",
        "/api/v1/applications",
        &json,
        body.as_bytes(),
    )
    .await;
    assert_eq!(status, 201);
    let (status, error) = http(
        running.addr,
        "POST",
        "/api/v1/applications",
        &json,
        body.as_bytes(),
    )
    .await;
    assert_eq!(status, 429);
    assert_eq!(error["code"], "too-many-requests");
    running.stop().await;
}
