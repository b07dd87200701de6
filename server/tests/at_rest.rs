//! Issue 14: personal data at rest. The database and its keys are `0600`; no identifier, address
//! or document is in clear in the database's bytes; the server's secret lives in the keys and
//! moves there from an older database with the citizens' codes unchanged; a key is rotated; a
//! backup opens with the keys and holds the same applications.

mod common;

use axum::body::Body;
use axum::http::{Method, StatusCode};
use common::*;
use serde_json::{Value, json};
use std::path::Path;

const RNOKPP: &str = "3656801869";
const PASSPORT: &str = "000123456";
const IBAN: &str = "UA213223130000026007233566001";
const EMAIL: &str = "olena.shevchenko@example.org";
const FILE_MARK: &str = "ЦЕЙ-ДОКУМЕНТ-ОСОБИСТИЙ";

fn pdf_with_mark() -> Vec<u8> {
    format!("%PDF-1.7\n% {FILE_MARK}\n").into_bytes()
}

/// The bytes of the database and its write-ahead log, as anyone who copies them would read them.
fn bytes_of(db: &Path) -> Vec<u8> {
    let mut all = Vec::new();
    for suffix in ["", "-wal"] {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        if let Ok(b) = std::fs::read(&name) {
            all.extend(b);
        }
    }
    all
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// Sends the IDP application with a document and an e-mail address; answers the receipt.
async fn apply(f: &Fixture, n: u64) -> Value {
    let file = id(1000 + n);
    let (status, _) = f.upload(&file, "application/pdf", &pdf_with_mark()).await;
    assert_eq!(status, StatusCode::CREATED);
    let mut body = idp(&id(n), LVIV, &file);
    body["answers"]["email"] = json!(EMAIL);
    let (status, receipt) = f.submit(&body).await;
    assert_eq!(status, StatusCode::CREATED, "{receipt}");
    receipt
}

async fn staff_list(f: &Fixture, token: &str) -> Value {
    let (status, list) = f
        .json(authorized(
            Method::GET,
            "/api/v1/staff/applications",
            Some(token),
            Body::empty(),
        ))
        .await;
    assert_eq!(status, StatusCode::OK, "{list}");
    list["applications"].clone()
}

#[cfg(unix)]
#[tokio::test]
async fn the_database_and_the_keys_are_readable_by_their_owner_only() {
    let f = Fixture::new();
    apply(&f, 1).await;
    let db = f.db();
    assert_eq!(mode(&db), 0o600);
    assert_eq!(mode(&server::keys::file_of(&db)), 0o600);
    for suffix in ["-wal", "-shm"] {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        if Path::new(&name).exists() {
            assert_eq!(mode(Path::new(&name)), 0o600, "{suffix}");
        }
    }
}

#[tokio::test]
async fn no_identifier_address_or_document_is_in_clear_in_the_database_file() {
    let f = Fixture::new();
    let receipt = apply(&f, 1).await;
    let token = f.staff_token(LVIV);
    let list = staff_list(&f, &token).await;
    // The staff read it all in clear.
    let first = &list.as_array().unwrap()[0];
    assert_eq!(first["answers"]["rnokpp"], RNOKPP, "{first}");
    assert_eq!(first["answers"]["iban"], IBAN);
    let bytes = bytes_of(&f.db());
    for secret in [RNOKPP, PASSPORT, IBAN, EMAIL, FILE_MARK] {
        assert!(!contains(&bytes, secret), "{secret} is in clear");
    }
    // The receipt's code is derived from the secret, which is not in the database either.
    let keys = server::keys::Keys::read(&f.db()).unwrap().unwrap();
    let secret = keys.secret.unwrap();
    assert!(!bytes.windows(32).any(|w| w == &secret.as_bytes()[..]));
    assert_eq!(
        secret.citizen_code(&id(1)),
        receipt["token"].as_str().unwrap()
    );
}

#[tokio::test]
async fn the_secret_moves_from_an_older_database_and_citizens_codes_keep_working() {
    let folder = Folder::new();
    let db = folder.db();
    // A database as the previous version left it: the secret in `meta`, no key file.
    let old = [42u8; 32];
    {
        let conn = server::db::open(&db).unwrap();
        std::fs::remove_file(server::keys::file_of(&db)).unwrap();
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('server_secret', ?1)",
            [&old[..]],
        )
        .unwrap();
    }
    let f = Fixture::on(server::app(&folder.config()).unwrap(), folder);
    let receipt = apply(&f, 1).await;
    let expected = server::tokens::Secret::from_bytes(&old)
        .unwrap()
        .citizen_code(&id(1));
    assert_eq!(receipt["token"], expected.as_str());
    let reference = receipt["reference"].as_str().unwrap();
    let (status, _) = f
        .get_with(
            &format!("/api/v1/applications/{reference}"),
            Some(&expected),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let conn = rusqlite::Connection::open(f.db()).unwrap();
    let left: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM meta WHERE key = 'server_secret'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 0, "the secret left the database");
}

#[tokio::test]
async fn a_new_data_key_re_seals_everything_and_the_old_values_still_open() {
    let f = Fixture::new();
    apply(&f, 1).await;
    let token = f.staff_token(LVIV);
    let before = staff_list(&f, &token).await;
    let keys = server::keys::file_of(&f.db());
    let mut text = std::fs::read_to_string(&keys).unwrap();
    text.push_str(&format!(
        "data 2 {}\n",
        base64::Engine::encode(&base64::engine::general_purpose::STANDARD, [5u8; 32])
    ));
    std::fs::write(&keys, text).unwrap();
    let again = Fixture::on(
        server::app(&f.folder.config()).unwrap(),
        Folder {
            root: f.folder.root.clone(),
        },
    );
    assert_eq!(staff_list(&again, &token).await, before);
    let conn = server::db::open_reader(&f.db()).unwrap();
    let (all, under_two): (i64, i64) = conn
        .query_row(
            "SELECT COUNT(*), SUM(sealed_with(answers) = 2) FROM applications",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((all, under_two), (1, 1));
    let files: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM attachments WHERE sealed_with(data) IS NOT 2",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(files, 0);
    // `again` shares the folder: keep it from removing it twice.
    std::mem::forget(again);
}

#[tokio::test]
async fn a_backup_opens_with_the_keys_and_holds_the_same_applications() {
    let f = Fixture::new();
    apply(&f, 1).await;
    apply(&f, 2).await;
    let token = f.staff_token(LVIV);
    let before = staff_list(&f, &token).await;
    assert_eq!(before.as_array().unwrap().len(), 2);

    let restored = Folder::new();
    let copy = restored.db();
    server::db::backup(&f.db(), &copy).unwrap();
    assert!(
        server::db::backup(&f.db(), &copy).is_err(),
        "never overwrites"
    );
    #[cfg(unix)]
    assert_eq!(mode(&copy), 0o600);
    let bytes = bytes_of(&copy);
    for secret in [RNOKPP, IBAN, FILE_MARK] {
        assert!(
            !contains(&bytes, secret),
            "{secret} is in clear in the backup"
        );
    }
    // Without the keys the copy does not open.
    assert!(server::keys::Keys::read(&copy).unwrap().is_none());
    // Restore: the copy in the database's place, the keys beside it.
    std::fs::copy(server::keys::file_of(&f.db()), server::keys::file_of(&copy)).unwrap();
    let g = Fixture::on(server::app(&restored.config()).unwrap(), restored);
    assert_eq!(staff_list(&g, &token).await, before);
    let first_file = id(1001);
    let (status, _, bytes) = g
        .send(authorized(
            Method::GET,
            &format!("/api/v1/staff/attachments/{first_file}"),
            Some(&token),
            Body::empty(),
        ))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(&bytes[..], &pdf_with_mark()[..]);
}

#[tokio::test]
async fn retention_deletes_personal_data_and_files_past_their_period_and_unclaimed_files() {
    use server::clock::Instant;
    use server::db::{Retention, purge};
    use server::model::Status;
    let f = Fixture::new();
    let old = apply(&f, 1).await;
    let kept = apply(&f, 2).await;
    let (status, _) = f.upload(&id(3000), "image/png", &png()).await;
    assert_eq!(status, StatusCode::CREATED);
    let token = f.staff_token(LVIV);
    let conn = server::db::open(&f.db()).unwrap();
    conn.execute(
        "UPDATE applications SET status = 'closed' WHERE reference = ?1",
        [old["reference"].as_str().unwrap()],
    )
    .unwrap();
    let rules = Retention {
        after_days: vec![(Status::Closed, 30)],
        orphan_hours: 30 * 24,
    };
    // Within the period nothing goes.
    let soon = Instant(Instant::now().0 + 29 * 86_400);
    assert_eq!(purge(&conn, &rules, soon).unwrap(), Default::default());
    let later = Instant(Instant::now().0 + 31 * 86_400);
    let purged = purge(&conn, &rules, later).unwrap();
    assert_eq!(
        (purged.applications, purged.files, purged.orphans),
        (1, 1, 1)
    );
    let list = staff_list(&f, &token).await;
    let by_ref = |r: &Value| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|a| a["reference"] == r["reference"])
            .unwrap()
            .clone()
    };
    let gone = by_ref(&old);
    assert_eq!(gone["status"], "closed", "the reference and status stay");
    assert_eq!(gone["answers"], json!({}), "{gone}");
    assert_eq!(by_ref(&kept)["answers"]["rnokpp"], RNOKPP);
    let file = |n: u64| {
        authorized(
            Method::GET,
            &format!("/api/v1/staff/attachments/{}", id(n)),
            Some(&token),
            Body::empty(),
        )
    };
    assert_eq!(f.send(file(1001)).await.0, StatusCode::NOT_FOUND);
    assert_eq!(f.send(file(1002)).await.0, StatusCode::OK);
    assert_eq!(f.counts().attachments, 1, "the unclaimed file went too");
    // Running again deletes nothing more.
    assert_eq!(purge(&conn, &rules, later).unwrap(), Default::default());
}
