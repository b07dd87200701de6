//! What the API tests share: a fixture with its own folder and database, requests, and valid
//! applications and files.

// Each test file uses a part of this module.
#![allow(dead_code)]

pub mod socket;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use server::db::Counts;
use server::{Config, app};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use tower::ServiceExt;

/// Lviv, and Kyiv for "another community".
pub const LVIV: &str = "UA46060250000025047";
pub const KYIV: &str = "UA80000000000093317";

/// A folder of its own for one test: a small `dist/` and the database; removed at the end.
pub struct Folder {
    pub root: PathBuf,
}

impl Folder {
    pub fn new() -> Folder {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let root = std::env::temp_dir().join(format!("portal-api-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("dist")).unwrap();
        std::fs::write(
            root.join("dist/index.html"),
            "<!doctype html><html><body>portal</body></html>",
        )
        .unwrap();
        Folder { root }
    }

    pub fn db(&self) -> PathBuf {
        self.root.join("db/portal.sqlite")
    }

    pub fn config(&self) -> Config {
        Config::for_tests(self.root.join("dist"), self.db())
    }

    /// How many rows each table holds now.
    pub fn counts(&self) -> Counts {
        server::db::counts_at(&self.db()).unwrap()
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

/// A folder and the app on it.
pub struct Fixture {
    pub router: Router,
    pub folder: Folder,
    /// The token of the draft `upload` and `submit` use, asked for at the first upload.
    pub draft: std::sync::Mutex<Option<String>>,
}

impl Fixture {
    pub fn new() -> Fixture {
        Fixture::with(|_| {})
    }

    /// A fixture whose configuration `adjust` changes first.
    pub fn with(adjust: impl FnOnce(&mut Config)) -> Fixture {
        let folder = Folder::new();
        let mut config = folder.config();
        adjust(&mut config);
        Fixture::on(app(&config).unwrap(), folder)
    }

    /// The fixture of this router on this folder.
    pub fn on(router: Router, folder: Folder) -> Fixture {
        Fixture {
            router,
            folder,
            draft: std::sync::Mutex::new(None),
        }
    }

    pub fn db(&self) -> PathBuf {
        self.folder.db()
    }

    pub fn counts(&self) -> Counts {
        self.folder.counts()
    }

    /// An integration token of `community`, owned by a new head of its social protection unit.
    pub fn staff_token(&self, community: &str) -> String {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let email = format!(
            "head{}@{}.example",
            NEXT.fetch_add(1, Ordering::Relaxed),
            community.to_lowercase()
        );
        server::invite_staff(
            &self.db(),
            community,
            "Голова Відділу",
            &email,
            server::model::Role::Head,
        )
        .unwrap();
        server::create_token(&self.db(), &email, "integration", 30).unwrap()
    }

    pub async fn send(&self, req: Request<Body>) -> (StatusCode, HeaderMap, Bytes) {
        send(&self.router, req).await
    }

    /// Sends `req` and reads the answer as JSON.
    pub async fn json(&self, req: Request<Body>) -> (StatusCode, Value) {
        let (status, headers, body) = self.send(req).await;
        if !body.is_empty() {
            assert!(
                headers[header::CONTENT_TYPE]
                    .to_str()
                    .unwrap()
                    .starts_with("application/json"),
                "{status}: {headers:?}"
            );
        }
        let value = if body.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&body).unwrap_or_else(|e| {
                panic!(
                    "{status}: not JSON ({e}): {}",
                    String::from_utf8_lossy(&body)
                )
            })
        };
        (status, value)
    }

    /// `POST /api/v1/applications` with this JSON, with the fixture's draft's token if it has
    /// one.
    pub async fn submit(&self, body: &Value) -> (StatusCode, Value) {
        let token = self.draft.lock().unwrap().clone();
        self.submit_with(body, token.as_deref()).await
    }

    /// `POST /api/v1/applications` with this JSON and this draft's token.
    pub async fn submit_with(&self, body: &Value, draft: Option<&str>) -> (StatusCode, Value) {
        self.json(authorized(
            Method::POST,
            "/api/v1/applications",
            draft,
            Body::from(body.to_string()),
        ))
        .await
    }

    /// `POST /api/v1/drafts`: a new draft's token.
    pub async fn new_draft(&self) -> String {
        let (status, answer) = self
            .json(Request::post("/api/v1/drafts").body(Body::empty()).unwrap())
            .await;
        assert_eq!(status, StatusCode::CREATED, "{answer}");
        answer["token"].as_str().unwrap().to_string()
    }

    /// The fixture's draft's token, asked for the first time it is needed.
    pub async fn draft_token(&self) -> String {
        if let Some(token) = self.draft.lock().unwrap().clone() {
            return token;
        }
        let token = self.new_draft().await;
        *self.draft.lock().unwrap() = Some(token.clone());
        token
    }

    /// `PUT /api/v1/attachments/{id}` for the fixture's draft.
    pub async fn upload(&self, id: &str, content_type: &str, bytes: &[u8]) -> (StatusCode, Value) {
        let token = self.draft_token().await;
        self.upload_with(id, content_type, bytes, Some(&token), None)
            .await
    }

    /// A PDF uploaded as attachment `id` for the fixture's draft, which the server takes.
    pub async fn upload_pdf(&self, id: &str) {
        let (status, body) = self.upload(id, "application/pdf", &pdf()).await;
        assert_eq!(status, StatusCode::CREATED, "{body:#}");
    }

    /// `PUT /api/v1/attachments/{id}` with this token (a draft's, or with `application` the
    /// reference, the application's code), or none.
    pub async fn upload_with(
        &self,
        id: &str,
        content_type: &str,
        bytes: &[u8],
        token: Option<&str>,
        application: Option<&str>,
    ) -> (StatusCode, Value) {
        let path = match application {
            Some(reference) => format!("/api/v1/attachments/{id}?application={reference}"),
            None => format!("/api/v1/attachments/{id}"),
        };
        let mut req = Request::put(path).header(header::CONTENT_TYPE, content_type);
        if let Some(t) = token {
            req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
        }
        self.json(req.body(Body::from(bytes.to_vec())).unwrap())
            .await
    }

    /// `GET` with a bearer token.
    pub async fn get_with(&self, path: &str, token: Option<&str>) -> (StatusCode, Value) {
        self.json(authorized(Method::GET, path, token, Body::empty()))
            .await
    }
}

pub async fn send(router: &Router, req: Request<Body>) -> (StatusCode, HeaderMap, Bytes) {
    let res = router.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.unwrap().to_bytes();
    (status, headers, body)
}

pub fn post_json(path: &str, body: &Value) -> Request<Body> {
    Request::post(path)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap()
}

pub fn authorized(method: Method, path: &str, token: Option<&str>, body: Body) -> Request<Body> {
    let mut req = Request::builder().method(method).uri(path);
    if let Some(t) = token {
        req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    req.header(header::CONTENT_TYPE, "application/json")
        .body(body)
        .unwrap()
}

/// A device id: 32 lowercase hex digits, different for each `n`.
pub fn id(n: u64) -> String {
    format!("{n:032x}")
}

/// A complete, valid application for the IDP allowance (the forms crate's test answers), with
/// its required document `idp-certificate` as `attachment`.
pub fn idp(device_id: &str, community: &str, attachment: &str) -> Value {
    json!({
        "id": device_id,
        "programme": "idp-living-allowance",
        "community": community,
        "answers": {
            "surname": "Шевченко",
            "given_name": "Олена",
            "birth_date": "2000-02-13",
            "sex": "female",
            "has_rnokpp": "yes",
            "rnokpp": "3656801869",
            "passport": "000123456",
            "phone": "+38 050 123 45 67",
            "lives": "ukraine",
            "settlement": "Львів",
            "house": "1",
            "postal_index": "79000",
            "idp_certificate_number": "4601-5002731234",
            "idp_certificate_date": "2024-03-01",
            "iban": "UA213223130000026007233566001"
        },
        "attachments": { "idp-certificate": [attachment] }
    })
}

/// A complete, valid request for social accompaniment: no document needed.
pub fn social(device_id: &str, community: &str) -> Value {
    json!({
        "id": device_id,
        "programme": "social-accompaniment",
        "community": community,
        "answers": {
            "surname": "Коваль",
            "given_name": "Іван",
            "phone": "+48 601 234 567",
            "lives": "abroad",
            "country": "PL",
            "foreign_street": "ul. Marszałkowska 1/2",
            "foreign_city": "Warszawa",
            "foreign_postal_code": "00-950",
            "need": "Повертаюся з Польщі з двома дітьми, потрібне житло й школа."
        }
    })
}

/// The first bytes of real files, and some more.
pub fn png() -> Vec<u8> {
    let mut v = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    v.extend_from_slice(&[1; 64]);
    v
}

pub fn jpeg() -> Vec<u8> {
    let mut v = vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F'];
    v.extend_from_slice(&[2; 64]);
    v
}

pub fn pdf() -> Vec<u8> {
    b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".to_vec()
}

/// Every error of the API has a code and a message in both languages.
/// What one application with one document leaves in the database: its row, its first status, the
/// file and the file's link to it.
pub const ONE_APPLICATION_WITH_A_DOCUMENT: Counts = Counts {
    applications: 1,
    status_history: 1,
    attachments: 1,
    application_documents: 1,
};

pub fn assert_error(value: &Value, code: &str) {
    assert_eq!(value["code"], code, "{value:#}");
    let uk = value["message"]["uk"].as_str().unwrap_or("");
    let en = value["message"]["en"].as_str().unwrap_or("");
    assert!(!uk.is_empty() && !en.is_empty(), "{value:#}");
}

pub fn assert_no_rows(counts: Counts) {
    assert_eq!(counts, Counts::default(), "nothing may be stored");
}
