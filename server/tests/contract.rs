//! The API as a contract: the OpenAPI document covers every route of the router, cross-origin
//! calls only from configured origins, and the rate limit on writes.

mod common;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Method, Request, StatusCode, header};
use common::*;
use serde_json::Value;
use server::ratelimit::RateLimit;
use std::collections::BTreeSet;
use std::net::SocketAddr;

async fn openapi(f: &Fixture) -> Value {
    let (status, doc) = f.get_with("/api/v1/openapi.json", None).await;
    assert_eq!(status, StatusCode::OK);
    doc
}

#[tokio::test]
async fn the_openapi_document_describes_exactly_the_routes_the_router_has() {
    let f = Fixture::new();
    let doc = openapi(&f).await;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    let routes: BTreeSet<(String, String)> = server::api::route_list().into_iter().collect();
    let mut documented = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, _) in item.as_object().unwrap() {
            if method != "parameters" {
                documented.insert((method.clone(), path.clone()));
            }
        }
    }
    assert_eq!(
        routes, documented,
        "every route in the document and nothing else"
    );

    // Each route of the list is one the router answers (not the API's fallback nor a 405).
    for (method, path) in &routes {
        let concrete = path
            .replace("{reference}", "2026-000001")
            .replace("{id}", &id(1));
        let (_, error) = f
            .json(
                Request::builder()
                    .method(method.to_uppercase().as_str())
                    .uri(&concrete)
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert!(
            error["code"] != "no-such-endpoint" && error["code"] != "method-not-allowed",
            "{method} {path}: {error}"
        );
    }
}

#[tokio::test]
async fn every_operation_documents_its_errors_and_every_reference_resolves() {
    let f = Fixture::new();
    let doc = openapi(&f).await;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            if method == "parameters" {
                continue;
            }
            let responses = op["responses"].as_object().unwrap();
            assert!(
                responses.keys().any(|k| k.starts_with('2')),
                "{method} {path}"
            );
            if path != "/api/v1/openapi.json" {
                assert!(
                    responses.keys().any(|k| k.starts_with('4')),
                    "{method} {path} documents its errors"
                );
            }
            assert!(op["operationId"].is_string(), "{method} {path}");
        }
    }
    let mut refs = Vec::new();
    collect_refs(&doc, &mut refs);
    assert!(!refs.is_empty());
    for r in refs {
        let pointer = r.strip_prefix('#').unwrap();
        assert!(doc.pointer(pointer).is_some(), "{r} resolves");
    }
}

fn collect_refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                if k == "$ref" {
                    out.push(v.as_str().unwrap().to_string());
                } else {
                    collect_refs(v, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}

fn preflight(origin: &str) -> Request<Body> {
    Request::builder()
        .method(Method::OPTIONS)
        .uri("/api/v1/applications")
        .header(header::ORIGIN, origin)
        .header(header::ACCESS_CONTROL_REQUEST_METHOD, "POST")
        .header(header::ACCESS_CONTROL_REQUEST_HEADERS, "content-type")
        .body(Body::empty())
        .unwrap()
}

#[tokio::test]
async fn cross_origin_calls_come_only_from_configured_origins() {
    let f = Fixture::with(|c| c.allow_origins = vec!["https://example.org".into()]);
    let (_, headers, _) = f.send(preflight("https://example.org")).await;
    assert_eq!(
        headers[header::ACCESS_CONTROL_ALLOW_ORIGIN],
        "https://example.org"
    );
    let methods = headers[header::ACCESS_CONTROL_ALLOW_METHODS]
        .to_str()
        .unwrap();
    assert!(methods.contains("POST") && methods.contains("PUT"));
    let (_, headers, _) = f.send(preflight("https://evil.example")).await;
    assert!(headers.get(header::ACCESS_CONTROL_ALLOW_ORIGIN).is_none());

    let mut req = post_json("/api/v1/applications", &social(&id(1), LVIV));
    req.headers_mut()
        .insert(header::ORIGIN, "https://example.org".parse().unwrap());
    let (status, headers, _) = f.send(req).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(
        headers[header::ACCESS_CONTROL_ALLOW_ORIGIN],
        "https://example.org"
    );

    let closed = Fixture::new();
    let (_, headers, _) = closed.send(preflight("https://example.org")).await;
    assert!(
        headers.get(header::ACCESS_CONTROL_ALLOW_ORIGIN).is_none(),
        "no origin by default"
    );
}

fn from(addr: &str, mut req: Request<Body>) -> Request<Body> {
    let addr: SocketAddr = addr.parse().unwrap();
    req.extensions_mut().insert(ConnectInfo(addr));
    req
}

#[tokio::test]
async fn a_client_that_writes_too_often_gets_429_with_retry_after_and_others_do_not() {
    let f = Fixture::with(|c| {
        c.rate_limit = RateLimit {
            per_minute: 60,
            burst: 2,
        }
    });
    for n in 0..2 {
        let (status, _, _) = f
            .send(from(
                "192.0.2.1:5000",
                post_json("/api/v1/applications", &social(&id(n), LVIV)),
            ))
            .await;
        assert_eq!(status, StatusCode::CREATED);
    }
    let (status, headers, body) = f
        .send(from(
            "192.0.2.1:5001",
            Request::put(format!("/api/v1/attachments/{}", id(100)))
                .header(header::CONTENT_TYPE, "image/png")
                .body(Body::from(png()))
                .unwrap(),
        ))
        .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    let secs: u64 = headers[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&secs));
    let error: Value = serde_json::from_slice(&body).unwrap();
    assert_error(&error, "too-many-requests");
    assert_eq!(f.counts().attachments, 0, "a refused write stores nothing");

    // Reading is not limited; another client has its own allowance.
    let (status, _, _) = f
        .send(from(
            "192.0.2.1:5002",
            Request::get("/api/v1/openapi.json")
                .body(Body::empty())
                .unwrap(),
        ))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = f
        .send(from(
            "192.0.2.2:5000",
            post_json("/api/v1/applications", &social(&id(9), LVIV)),
        ))
        .await;
    assert_eq!(status, StatusCode::CREATED);
}
