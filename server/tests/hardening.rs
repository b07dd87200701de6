//! Issue 14, the server's part: timeouts, the connection limit and the rate limits over a real
//! socket (the server as `server::serve` runs it), and the smaller defects, each with its test.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::*;
use serde_json::json;
use server::ratelimit::{Net, RateLimit};
use std::net::SocketAddr;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

struct Running {
    addr: SocketAddr,
    stop: oneshot::Sender<()>,
    task: JoinHandle<std::io::Result<()>>,
}

async fn start(config: &server::Config) -> Running {
    let router = server::app(config).unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = oneshot::channel::<()>();
    let limits = config.limits;
    let task = tokio::spawn(server::serving::serve(listener, router, limits, async {
        let _ = stopped.await;
    }));
    Running { addr, stop, task }
}

impl Running {
    async fn stop(self) {
        let _ = self.stop.send(());
        self.task.await.unwrap().unwrap();
    }
}

/// Writes `raw` on a new connection and reads until the server closes it (at most `wait`).
async fn exchange(addr: SocketAddr, raw: &[u8], wait: Duration) -> (String, Duration) {
    let started = std::time::Instant::now();
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream.write_all(raw).await.unwrap();
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(wait, stream.read_to_end(&mut answer)).await;
    (
        String::from_utf8_lossy(&answer).into_owned(),
        started.elapsed(),
    )
}

/// One request (`Connection: close`) with extra headers; the status.
async fn status_of(addr: SocketAddr, method: &str, path: &str, headers: &str, body: &str) -> u16 {
    let raw = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n\
         {headers}\r\n{body}",
        body.len()
    );
    let (answer, _) = exchange(addr, raw.as_bytes(), Duration::from_secs(10)).await;
    answer
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no answer: {answer:?}"))
}

#[tokio::test]
async fn a_half_sent_request_head_is_closed_within_the_header_timeout() {
    let f = Folder::new();
    let mut config = f.config();
    config.limits.header_timeout = Duration::from_secs(1);
    let running = start(&config).await;
    let (answer, took) = exchange(
        running.addr,
        b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ",
        Duration::from_secs(10),
    )
    .await;
    assert!(
        took < Duration::from_secs(4),
        "still open after {took:?}: {answer}"
    );
    // An idle keep-alive connection is closed after the same time.
    let (answer, took) = exchange(
        running.addr,
        b"GET /robots.txt HTTP/1.1\r\nHost: x\r\n\r\n",
        Duration::from_secs(10),
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 "), "{answer}");
    assert!(took < Duration::from_secs(4), "idle for {took:?}");
    running.stop().await;
}

#[tokio::test]
async fn a_body_that_does_not_arrive_in_time_is_refused() {
    let f = Folder::new();
    let mut config = f.config();
    config.limits.body_timeout = Duration::from_secs(1);
    let running = start(&config).await;
    let (answer, took) = exchange(
        running.addr,
        b"POST /api/v1/applications HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
          Content-Length: 100\r\n\r\n{\"id\":",
        Duration::from_secs(10),
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    assert!(took < Duration::from_secs(4), "{took:?}");
    running.stop().await;
}

#[tokio::test]
async fn connections_beyond_the_limit_wait_until_one_ends() {
    let f = Folder::new();
    let mut config = f.config();
    config.limits.max_connections = 1;
    config.limits.header_timeout = Duration::from_secs(2);
    let running = start(&config).await;
    // One connection holds the only place, sending nothing.
    let _holder = TcpStream::connect(running.addr).await.unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let started = std::time::Instant::now();
    let status = status_of(running.addr, "GET", "/robots.txt", "", "").await;
    assert_eq!(status, 404);
    assert!(
        started.elapsed() > Duration::from_millis(1000),
        "served at once, past the limit"
    );
    running.stop().await;
}

#[tokio::test]
async fn a_proxy_configured_server_limits_by_x_forwarded_for_from_a_trusted_proxy_only() {
    let one = RateLimit {
        per_minute: 1,
        burst: 1,
    };
    let body = |n: u64| social(&id(n), LVIV).to_string();
    let json = "Content-Type: application/json\r\n";
    let from = |ip: &str| format!("{json}X-Forwarded-For: {ip}\r\n");

    // Behind a trusted proxy (this test is it): each forwarded client has its own bucket.
    let f = Folder::new();
    let mut config = f.config();
    config.rate_limit = one;
    config.trusted_proxies = vec![Net::parse("127.0.0.0/8").unwrap()];
    let running = start(&config).await;
    let a = from("198.51.100.1");
    let b = from("198.51.100.2");
    let post = |h: String, n: u64| {
        let addr = running.addr;
        async move { status_of(addr, "POST", "/api/v1/applications", &h, &body(n)).await }
    };
    assert_eq!(post(a.clone(), 1).await, 201);
    assert_eq!(post(a.clone(), 2).await, 429);
    assert_eq!(
        post(b.clone(), 3).await,
        201,
        "another client behind the proxy"
    );
    // A client cannot pick its address by writing the header itself: the proxy's entry counts.
    assert_eq!(
        post(from("203.0.113.9, 198.51.100.1"), 4).await,
        429,
        "the proxy appended 198.51.100.1"
    );
    // Staff and status reads have buckets of their own.
    assert_ne!(
        status_of(running.addr, "GET", "/api/v1/office/me", &a, "").await,
        429
    );
    running.stop().await;

    // Without trusted proxies, the header proves nothing: the peer is the client.
    let f = Folder::new();
    let mut config = f.config();
    config.rate_limit = one;
    let running = start(&config).await;
    let post = |h: String, n: u64| {
        let addr = running.addr;
        async move { status_of(addr, "POST", "/api/v1/applications", &h, &body(n)).await }
    };
    assert_eq!(post(from("198.51.100.1"), 1).await, 201);
    assert_eq!(post(from("198.51.100.2"), 2).await, 429);
    running.stop().await;
}

#[tokio::test]
async fn refused_writes_do_not_use_up_status_reads_or_staff_requests() {
    let f = Folder::new();
    let mut config = f.config();
    config.rate_limit = RateLimit {
        per_minute: 1,
        burst: 1,
    };
    config.status_rate_limit = RateLimit {
        per_minute: 1,
        burst: 2,
    };
    config.staff_rate_limit = RateLimit {
        per_minute: 1,
        burst: 3,
    };
    let running = start(&config).await;
    let json = "Content-Type: application/json\r\n";
    let post = |n: u64| {
        let addr = running.addr;
        async move {
            let body = social(&id(n), LVIV).to_string();
            status_of(addr, "POST", "/api/v1/applications", json, &body).await
        }
    };
    assert_eq!(post(1).await, 201);
    assert_eq!(post(2).await, 429);
    let status = |addr| status_of(addr, "GET", "/api/v1/applications/X-1", "", "");
    assert_eq!(status(running.addr).await, 401);
    assert_eq!(status(running.addr).await, 401);
    assert_eq!(status(running.addr).await, 429);
    for _ in 0..3 {
        assert_eq!(
            status_of(running.addr, "GET", "/api/v1/office/me", "", "").await,
            401
        );
    }
    assert_eq!(
        status_of(running.addr, "GET", "/api/v1/office/me", "", "").await,
        429
    );
    running.stop().await;
}

#[tokio::test]
async fn a_request_refused_before_its_body_is_read_says_connection_close() {
    let f = Folder::new();
    let running = start(&f.config()).await;
    let body = social(&id(1), LVIV).to_string();
    // 415: the wrong type, the body unread; a second request follows on the same connection.
    let raw = format!(
        "POST /api/v1/applications HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n\
         Content-Length: {}\r\n\r\n{body}GET /robots.txt HTTP/1.1\r\nHost: x\r\n\r\n",
        body.len()
    );
    let (answer, _) = exchange(running.addr, raw.as_bytes(), Duration::from_secs(5)).await;
    assert!(answer.starts_with("HTTP/1.1 415"), "{answer}");
    let head = answer
        .split("\r\n\r\n")
        .next()
        .unwrap()
        .to_ascii_lowercase();
    assert!(head.contains("connection: close"), "{head}");
    // 401 on the office with a body, too.
    let raw = "POST /api/v1/office/logout HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
               Content-Length: 2\r\n\r\n{}";
    let (answer, _) = exchange(running.addr, raw.as_bytes(), Duration::from_secs(5)).await;
    let head = answer
        .split("\r\n\r\n")
        .next()
        .unwrap()
        .to_ascii_lowercase();
    assert!(head.starts_with("http/1.1 4"), "{head}");
    assert!(head.contains("connection: close"), "{head}");
    // A request without a body keeps its connection.
    let raw = "GET /api/v1/openapi.json HTTP/1.1\r\nHost: x\r\n\r\n\
               GET /api/v1/nothing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    let (answer, _) = exchange(running.addr, raw.as_bytes(), Duration::from_secs(5)).await;
    assert_eq!(answer.matches("HTTP/1.1 ").count(), 2, "{answer}");
    running.stop().await;
}

#[tokio::test]
async fn every_answer_carries_strict_transport_security() {
    let f = Fixture::new();
    for path in ["/", "/api/v1/openapi.json", "/nothing.js"] {
        let (_, headers, _) = f
            .send(Request::get(path).body(Body::empty()).unwrap())
            .await;
        assert_eq!(
            headers[header::STRICT_TRANSPORT_SECURITY],
            "max-age=31536000",
            "{path}"
        );
    }
}

#[tokio::test]
async fn a_very_long_path_is_a_404_and_not_a_500() {
    let f = Fixture::new();
    for path in [
        format!("/{}", "a".repeat(255)),
        format!("/{}", "a".repeat(254)),
        format!("/service/{}", "б".repeat(200)),
        format!("/{}.js", "x".repeat(3000)),
    ] {
        let (status, _, _) = f
            .send(Request::get(&path).body(Body::empty()).unwrap())
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{}", path.len());
    }
}

#[tokio::test]
async fn a_missing_hashed_asset_is_not_cached_for_a_year() {
    let f = Fixture::new();
    let (status, headers, _) = f
        .send(
            Request::get("/app-0123456789abcdef.js")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let cache = headers[header::CACHE_CONTROL].to_str().unwrap();
    assert!(!cache.contains("immutable"), "{cache}");
}

#[tokio::test]
async fn a_doubled_slash_never_redirects_to_another_host() {
    let f = Fixture::new();
    std::fs::create_dir_all(f.folder.root.join("dist/data")).unwrap();
    for path in ["//data", "//data/", "/\\data", "/%5Cdata"] {
        let (status, headers, _) = f
            .send(Request::get(path).body(Body::empty()).unwrap())
            .await;
        assert!(!status.is_redirection(), "{path}: {status} {headers:?}");
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
    // The folder itself still gets its slash, on this host.
    let (status, headers, _) = f
        .send(Request::get("/data").body(Body::empty()).unwrap())
        .await;
    if status.is_redirection() {
        assert_eq!(headers[header::LOCATION], "/data/");
    }
}

#[tokio::test]
async fn signature_files_download_with_their_own_extension() {
    let p7s = server::db::office::file_name("idp-certificate", 1, "application/pkcs7-signature");
    assert!(p7s.ends_with(".p7s"), "{p7s}");
    let asice =
        server::db::office::file_name("idp-certificate", 2, "application/vnd.etsi.asic-e+zip");
    assert!(asice.ends_with(".asice"), "{asice}");
    assert!(server::db::office::file_name("x", 1, "application/pdf").ends_with(".pdf"));
}

#[tokio::test]
async fn staff_texts_refuse_nul_escape_and_direction_overrides() {
    use server::api::office::clean_text;
    for bad in [
        "a\u{0}b",
        "a\u{1b}[31mb",
        "a\u{202e}b",
        "a\u{2066}b",
        "a\u{200f}b",
    ] {
        assert!(clean_text("text", bad, 1000).is_err(), "{bad:?}");
    }
    assert_eq!(
        clean_text("text", " рядок\r\nдругий\tз табуляцією ", 1000)
            .unwrap()
            .as_deref(),
        Some("рядок\nдругий\tз табуляцією")
    );
}

#[tokio::test]
async fn the_attachments_map_refuses_unknown_documents_and_a_file_named_twice() {
    let f = Fixture::new();
    let file = id(900);
    let (status, _) = f.upload(&file, "image/png", &png()).await;
    assert_eq!(status, StatusCode::CREATED);
    let mut body = idp(&id(1), LVIV, &file);
    body["attachments"]["not-a-document"] = json!([file]);
    let (status, error) = f.submit(&body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_error(&error, "unknown-document");
    assert_eq!(error["documents"], json!(["not-a-document"]));

    let mut body = idp(&id(1), LVIV, &file);
    body["attachments"]["idp-certificate"] = json!([file, file, file]);
    let (status, error) = f.submit(&body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_error(&error, "attachment-repeated");
    assert_eq!(f.counts().applications, 0);

    let (status, receipt) = f.submit(&idp(&id(1), LVIV, &file)).await;
    assert_eq!(status, StatusCode::CREATED, "{receipt}");
}
