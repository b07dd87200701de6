//! A community's own programmes and its published file (issue 15), over a real socket: its
//! administrator saves a programme's draft (bad input refused at its fields, nothing saved) and
//! publishes it; citizens get only what was published, with the profile and its starosta
//! districts, in `/data/community/{code}.json` with an ETag (`304` until the next publication); an
//! edit saved as a draft changes nothing for them until published; another community's file
//! holds none of it; a worker may not edit; `export-community` writes the same file.
//!
//! Every programme, decision and address here is made up for the test, and the links point at
//! `example…gov.ua`, a name no community has.

mod common;

use common::socket::{Running, start};
use common::*;
use serde_json::{Value, json};
use server::clock::Instant;
use server::model::Role;
use std::collections::HashMap;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const PASSWORD: &str = "довгий пароль адміністратора";

/// One request over the socket; the status, the headers (names in lowercase) and the body.
async fn raw(
    running: &Running,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<&Value>,
) -> (u16, HashMap<String, String>, Value) {
    let mut stream = TcpStream::connect(running.addr).await.unwrap();
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Length: {}\r\n",
        running.addr,
        body.len()
    );
    if !body.is_empty() {
        head.push_str("Content-Type: application/json\r\n");
    }
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(body.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.unwrap();
    let text = String::from_utf8(answer).unwrap();
    let (head, rest) = text.split_once("\r\n\r\n").unwrap();
    let mut lines = head.lines();
    let status: u16 = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers: HashMap<String, String> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let body = if headers
        .get("transfer-encoding")
        .is_some_and(|v| v.contains("chunked"))
    {
        let mut out = String::new();
        let mut rest = rest;
        while let Some((size, tail)) = rest.split_once("\r\n") {
            let size = usize::from_str_radix(size.trim(), 16).unwrap();
            if size == 0 {
                break;
            }
            out.push_str(&tail[..size]);
            rest = &tail[size + 2..];
        }
        out
    } else {
        rest.to_string()
    };
    (
        status,
        headers,
        serde_json::from_str(&body).unwrap_or(Value::Null),
    )
}

/// A signed-in staff member's cookie and CSRF token.
struct Session {
    cookie: String,
    csrf: String,
}

impl Session {
    fn headers(&self) -> [(&str, &str); 2] {
        [
            ("Cookie", self.cookie.as_str()),
            ("X-CSRF-Token", self.csrf.as_str()),
        ]
    }
}

async fn staff(running: &Running, f: &Folder, community: &str, role: Role) -> Session {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let email = format!("programmes{n}@{}.example", community.to_lowercase());
    let link = server::invite_staff(&f.db(), community, "Олена Адмін", &email, role).unwrap();
    let token = link.trim_start_matches("/office/invite#").to_string();
    let path = format!("/api/v1/office/invites/{token}");
    let (_, _, invite) = raw(running, "GET", &path, &[], None).await;
    let secret = base32::decode(
        base32::Alphabet::Rfc4648 { padding: false },
        invite["totp_secret"].as_str().unwrap(),
    )
    .unwrap();
    let code = server::auth::totp_code(&secret, Instant::now().0);
    let (status, headers, body) = raw(
        running,
        "POST",
        &path,
        &[],
        Some(&json!({ "password": PASSWORD, "code": code })),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    Session {
        cookie: headers["set-cookie"].split(';').next().unwrap().to_string(),
        csrf: body["csrf"].as_str().unwrap().to_string(),
    }
}

/// A made-up programme, as an administrator would type it.
fn programme(title: &str) -> Value {
    json!({
        "id": "test-newborn-payment",
        "kind": "payment",
        "category": "families",
        "situations": ["birth"],
        "title": { "uk": title, "en": "Test one-off payment at a birth" },
        "summary": { "uk": "Тестовий опис виплати.", "en": "A test description of the payment." },
        "who": { "uk": "Батьки новонародженої дитини", "en": "Parents of a newborn child" },
        "amounts": [{
            "text": { "uk": "1 000 грн одноразово", "en": "UAH 1,000 once" },
            "value": "1000", "period": "one-off", "from": "2025-01-01", "until": ""
        }],
        "decision": {
            "title": { "uk": "Рішення тестової ради «Про програму»", "en": "Test council decision «On the programme»" },
            "number": "12/3", "date": "2024-12-20",
            "url": "https://test-rada.example.gov.ua/decisions/12-3"
        },
        "documents": { "uk": "Паспорт", "en": "Passport" },
        "apply": ["cnap"],
        "administrator": { "uk": "Тестове управління", "en": "Test department" },
        "caveats": { "uk": "", "en": "" },
        "page": ""
    })
}

const ITEM: &str = "/api/v1/office/programmes/test-newborn-payment";

fn file(code: &str) -> String {
    format!("/data/community/{code}.json")
}

#[tokio::test]
async fn a_published_programme_reaches_its_community_only_and_a_draft_never_does() {
    let f = Folder::new();
    let running = start(&f.config()).await;
    let admin = staff(&running, &f, LVIV, Role::Admin).await;

    // Nothing published: the file is missing and says so, asked again each time.
    let (status, headers, body) = raw(&running, "GET", &file(LVIV), &[], None).await;
    assert_eq!(status, 404, "{body}");
    assert_eq!(body["code"], "nothing-published");
    assert_eq!(headers["cache-control"], "no-cache");

    // Bad input: an amount without a date, a decision without a number, a phone-like id.
    let mut bad = programme("Тестова виплата");
    bad["amounts"][0]["from"] = json!("");
    bad["decision"]["number"] = json!(" ");
    let (status, _, body) = raw(
        &running,
        "PUT",
        ITEM,
        &admin.headers(),
        Some(&json!({ "version": 0, "programme": bad })),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    let fields: Vec<&str> = body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["amounts.0.from", "decision.number"]);
    let (status, _, list) = raw(
        &running,
        "GET",
        "/api/v1/office/programmes",
        &admin.headers(),
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(list["programmes"], json!([]), "nothing was saved");

    // A national programme's address cannot be taken.
    let mut taken = programme("Тестова виплата");
    taken["id"] = json!("birth-assistance");
    let (status, _, body) = raw(
        &running,
        "PUT",
        "/api/v1/office/programmes/birth-assistance",
        &admin.headers(),
        Some(&json!({ "version": 0, "programme": taken })),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(body["errors"][0]["code"], "local-id-taken");

    // Saved as a draft: citizens see nothing yet.
    let (status, _, saved) = raw(
        &running,
        "PUT",
        ITEM,
        &admin.headers(),
        Some(&json!({ "version": 0, "programme": programme("Тестова виплата") })),
    )
    .await;
    assert_eq!(status, 200, "{saved}");
    assert_eq!(saved["draft_version"], 1);
    assert_eq!(saved["unpublished"], true);
    let (status, _, _) = raw(&running, "GET", &file(LVIV), &[], None).await;
    assert_eq!(status, 404, "a draft never reaches citizens");
    let (status, _, _) = raw(&running, "GET", "/service/test-newborn-payment", &[], None).await;
    assert_eq!(status, 404, "no page for a draft");

    // Published: the file holds the catalogue entry, scoped to the community.
    let publish = format!("{ITEM}/publish");
    let (status, _, published) = raw(
        &running,
        "POST",
        &publish,
        &admin.headers(),
        Some(&json!({ "version": 1 })),
    )
    .await;
    assert_eq!(status, 200, "{published}");
    assert_eq!(published["version"], 1);
    assert_eq!(published["published_by"], "Олена Адмін");
    assert_eq!(published["unpublished"], false);
    let (status, headers, body) = raw(&running, "GET", &file(LVIV), &[], None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(headers["cache-control"], "no-cache");
    let etag = headers["etag"].clone();
    assert_eq!(etag, format!("\"{}\"", body["version"].as_str().unwrap()));
    let entry = &body["programmes"][0];
    assert_eq!(entry["title"]["uk"], "Тестова виплата");
    assert_eq!(entry["scope"], json!({ "local": LVIV }));
    assert_eq!(entry["legal"][0]["number"], "12/3");
    assert_eq!(entry["legal"][0]["date"], "2024-12-20");
    assert_eq!(entry["amounts"][0]["from"], "2025-01-01");
    assert_eq!(body["profile"], Value::Null);
    let (status, _, _) = raw(
        &running,
        "GET",
        &file(LVIV),
        &[("If-None-Match", &etag)],
        None,
    )
    .await;
    assert_eq!(status, 304);
    // Its page exists now (the app shows it to the community's residents).
    let (status, _, _) = raw(&running, "GET", "/service/test-newborn-payment", &[], None).await;
    assert_eq!(status, 200);

    // Another community's file holds none of it.
    let (status, _, _) = raw(&running, "GET", &file(KYIV), &[], None).await;
    assert_eq!(status, 404);
    let (status, _, _) = raw(&running, "GET", "/data/community/UA0.json", &[], None).await;
    assert_eq!(status, 404);

    // An edit saved as a draft changes nothing for citizens until it is published.
    let (status, _, saved) = raw(
        &running,
        "PUT",
        ITEM,
        &admin.headers(),
        Some(&json!({ "version": 1, "programme": programme("Тестова виплата, нова назва") })),
    )
    .await;
    assert_eq!(status, 200, "{saved}");
    assert_eq!(saved["unpublished"], true);
    let (status, headers, body) = raw(
        &running,
        "GET",
        &file(LVIV),
        &[("If-None-Match", &etag)],
        None,
    )
    .await;
    assert_eq!(status, 304, "{body}");
    assert_eq!(headers["etag"], etag);
    // A save on the older draft is stale, and so is publishing it.
    let (status, _, body) = raw(
        &running,
        "PUT",
        ITEM,
        &admin.headers(),
        Some(&json!({ "version": 1, "programme": programme("Інша") })),
    )
    .await;
    assert_eq!(status, 409, "{body}");
    let (status, _, _) = raw(
        &running,
        "POST",
        &publish,
        &admin.headers(),
        Some(&json!({ "version": 1 })),
    )
    .await;
    assert_eq!(status, 409);
    let (status, _, _) = raw(
        &running,
        "POST",
        &publish,
        &admin.headers(),
        Some(&json!({ "version": 2 })),
    )
    .await;
    assert_eq!(status, 200);
    let (status, headers, body) = raw(
        &running,
        "GET",
        &file(LVIV),
        &[("If-None-Match", &etag)],
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_ne!(headers["etag"], etag);
    assert_eq!(
        body["programmes"][0]["title"]["uk"],
        "Тестова виплата, нова назва"
    );

    // Who saved and published what, and when, is in the audit.
    let conn = server::db::open_reader(&f.db()).unwrap();
    let actions: Vec<(String, Option<String>)> = conn
        .prepare("SELECT action, detail FROM audit WHERE action LIKE 'programme-%' ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let id = Some("test-newborn-payment".to_string());
    assert_eq!(
        actions,
        [
            ("programme-save".to_string(), id.clone()),
            (
                "programme-publish".to_string(),
                Some("test-newborn-payment v1".into())
            ),
            ("programme-save".to_string(), id),
            (
                "programme-publish".to_string(),
                Some("test-newborn-payment v2".into())
            ),
        ]
    );
    running.stop().await;
}

#[tokio::test]
async fn the_profile_with_its_starosta_districts_joins_the_file_and_is_exported_for_a_static_host()
{
    let f = Folder::new();
    let running = start(&f.config()).await;
    let admin = staff(&running, &f, LVIV, Role::Admin).await;
    let worker = staff(&running, &f, LVIV, Role::Worker).await;

    // A worker may not edit the community's programmes.
    let (status, _, _) = raw(
        &running,
        "PUT",
        ITEM,
        &worker.headers(),
        Some(&json!({ "version": 0, "programme": programme("Тестова виплата") })),
    )
    .await;
    assert_eq!(status, 403);

    let profile = json!({
        "website": "",
        "online": false,
        "offices": [
            { "kind": "cnap", "name": { "uk": "ЦНАП (тест)", "en": "" }, "address": { "uk": "вул. Тестова, 1", "en": "" }, "phone": "", "email": "", "hours": { "uk": "", "en": "" } },
            { "kind": "cnap", "name": { "uk": "ЦНАП, друге місце (тест)", "en": "" }, "address": { "uk": "вул. Тестова, 2", "en": "" }, "phone": "", "email": "", "hours": { "uk": "", "en": "" } }
        ],
        "districts": [{
            "name": { "uk": "Старостинський округ № 1 (тест)", "en": "" },
            "settlements": ["Тестове", "Пробне"],
            "address": { "uk": "с. Тестове, вул. Шкільна, 2", "en": "" },
            "phone": "0441234567", "email": "", "hours": { "uk": "", "en": "" }
        }]
    });
    let (status, _, body) = raw(
        &running,
        "PUT",
        "/api/v1/office/profile",
        &admin.headers(),
        Some(&json!({ "version": 0, "profile": profile })),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let (status, _, _) = raw(
        &running,
        "POST",
        "/api/v1/office/profile/publish",
        &admin.headers(),
        Some(&json!({ "version": 1 })),
    )
    .await;
    assert_eq!(status, 200);
    let (status, _, served) = raw(&running, "GET", &file(LVIV), &[], None).await;
    assert_eq!(status, 200, "{served}");
    assert_eq!(served["profile"]["offices"].as_array().unwrap().len(), 2);
    let district = &served["profile"]["districts"][0];
    assert_eq!(district["settlements"], json!(["Тестове", "Пробне"]));
    assert_eq!(district["phone"], "+380441234567");
    assert_eq!(served["programmes"], json!([]));

    // The same file for a static host.
    let out = f.root.join("static/data/community");
    let written = server::api::programmes::export(&f.db(), &out, None).unwrap();
    assert_eq!(
        written,
        [
            out.join(format!("{LVIV}.json")),
            out.join(format!("{LVIV}.bin"))
        ]
    );
    let binary =
        forms::local::CommunityFile::from_binary(&std::fs::read(&written[1]).unwrap()).unwrap();
    assert_eq!(serde_json::to_value(&binary).unwrap(), served);
    let exported: Value =
        serde_json::from_str(&std::fs::read_to_string(&written[0]).unwrap()).unwrap();
    assert_eq!(exported, served);
    // A community that published nothing is named, not written empty.
    let error = server::api::programmes::export(&f.db(), &out, Some(KYIV)).unwrap_err();
    assert!(error.contains("published nothing"), "{error}");
    running.stop().await;
}

/// Saves `programme` as the draft made on draft `version`: the status and the answer.
async fn save(running: &Running, admin: &Session, version: i64, programme: &Value) -> (u16, Value) {
    let body = json!({ "version": version, "programme": programme });
    let (status, _, answer) = raw(running, "PUT", ITEM, &admin.headers(), Some(&body)).await;
    (status, answer)
}

/// Publishes draft `version`: the status and the answer.
async fn publish(running: &Running, admin: &Session, version: i64) -> (u16, Value) {
    let path = format!("{ITEM}/publish");
    let body = json!({ "version": version });
    let (status, _, answer) = raw(running, "POST", &path, &admin.headers(), Some(&body)).await;
    (status, answer)
}

#[tokio::test]
async fn a_programmes_conditions_are_checked_against_the_checks_vocabulary_and_published_with_it() {
    let f = Folder::new();
    let running = start(&f.config()).await;
    let admin = staff(&running, &f, LVIV, Role::Admin).await;

    // What the conditions may name, for the administrator only.
    let (status, _, vocabulary) = raw(
        &running,
        "GET",
        "/api/v1/office/vocabulary",
        &admin.headers(),
        None,
    )
    .await;
    assert_eq!(status, 200, "{vocabulary}");
    let facts = vocabulary["facts"].as_array().unwrap();
    assert!(
        facts
            .iter()
            .any(|f| f["id"] == "displaced" && f["kind"] == "yes-no")
    );
    let disability = facts
        .iter()
        .find(|f| f["id"] == "disability_group")
        .unwrap();
    assert!(
        disability["options"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["value"] == "1a")
    );
    assert!(
        vocabulary["derived"]
            .as_array()
            .unwrap()
            .contains(&json!("children"))
    );
    let (status, _, _) = raw(&running, "GET", "/api/v1/office/vocabulary", &[], None).await;
    assert_eq!(status, 401);

    // A condition over a question the check does not have: refused at its field, nothing saved.
    let mut bad = programme("Тестова виплата");
    bad["criteria"] = json!([{
        "test": "displaced and big_family",
        "met": { "uk": "Так (тест)", "en": "Yes (test)" },
        "unmet": { "uk": "Ні (тест)", "en": "No (test)" }
    }]);
    let (status, body) = save(&running, &admin, 0, &bad).await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(body["errors"][0]["field"], "criteria.0.test");
    assert!(
        body["errors"][0]["message"]["uk"]
            .as_str()
            .unwrap()
            .contains("«big_family»")
    );
    let (_, _, list) = raw(
        &running,
        "GET",
        "/api/v1/office/programmes",
        &admin.headers(),
        None,
    )
    .await;
    assert_eq!(list["programmes"], json!([]), "nothing was saved");

    // A condition the check knows: saved, published, and in the community's file.
    let mut good = bad.clone();
    good["criteria"][0]["test"] = json!("displaced and children >= 1");
    let (status, saved) = save(&running, &admin, 0, &good).await;
    assert_eq!(status, 200, "{saved}");
    let (status, _) = publish(&running, &admin, 1).await;
    assert_eq!(status, 200);
    let (status, _, body) = raw(&running, "GET", &file(LVIV), &[], None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["rules"][0]["programme"], "test-newborn-payment");
    assert_eq!(body["rules"][0]["criteria"][0]["met"]["uk"], "Так (тест)");
    assert!(
        body["rules"][0]["criteria"][0]["test"]
            .to_string()
            .contains("displaced")
    );

    // A draft's new condition is not in the file until it is published.
    let mut later = good.clone();
    later["criteria"][0]["test"] = json!("displaced");
    let (status, _) = save(&running, &admin, 1, &later).await;
    assert_eq!(status, 200);
    let (_, _, body) = raw(&running, "GET", &file(LVIV), &[], None).await;
    assert!(
        body["rules"][0]["criteria"][0]["test"]
            .to_string()
            .contains("children")
    );
}

#[tokio::test]
async fn a_programme_published_as_taking_applications_online_takes_the_general_request() {
    let f = Folder::new();
    let running = start(&f.config()).await;
    let admin = staff(&running, &f, LVIV, Role::Admin).await;
    let application = |n: u64, community: &str| {
        json!({
            "id": id(n),
            "programme": "test-newborn-payment",
            "community": community,
            "answers": {
                "surname": "Шевченко", "given_name": "Олена", "birth_date": "2000-02-13",
                "sex": "female", "has_rnokpp": "yes", "rnokpp": "3656801869",
                "passport": "000123456", "phone": "050 123 45 67", "lives": "ukraine",
                "settlement": "Львів", "house": "1", "postal_index": "79000",
                "request": "Прошу призначити тестову виплату (тест)."
            }
        })
    };
    let submit = |body: Value| {
        let running = &running;
        async move { raw(running, "POST", "/api/v1/applications", &[], Some(&body)).await }
    };

    // Published without taking applications online: none is taken.
    let (status, _) = save(&running, &admin, 0, &programme("Тестова виплата")).await;
    assert_eq!(status, 200);
    let (status, _) = publish(&running, &admin, 1).await;
    assert_eq!(status, 200);
    let (status, _, body) = submit(application(1, LVIV)).await;
    assert_eq!(status, 422, "{body}");
    let (_, _, file_body) = raw(&running, "GET", &file(LVIV), &[], None).await;
    assert_eq!(file_body["online"], json!([]));

    // Published as taking them: the file says so, and the general request made for its entry
    // is taken, by this community only.
    let mut online = programme("Тестова виплата");
    online["online"] = json!(true);
    let (status, _) = save(&running, &admin, 1, &online).await;
    assert_eq!(status, 200);
    let (_, _, body) = submit(application(2, LVIV)).await;
    assert_eq!(
        body["code"], "unknown-programme",
        "a draft takes nothing: {body}"
    );
    let (status, _) = publish(&running, &admin, 2).await;
    assert_eq!(status, 200);
    let (_, _, file_body) = raw(&running, "GET", &file(LVIV), &[], None).await;
    assert_eq!(file_body["online"], json!(["test-newborn-payment"]));
    let (status, _, receipt) = submit(application(3, LVIV)).await;
    assert_eq!(status, 201, "{receipt}");
    let (status, _, body) = submit(application(4, KYIV)).await;
    assert_eq!(status, 422, "another community's programme: {body}");
    let mut without = application(5, LVIV);
    without["answers"]["request"] = json!("");
    let (status, _, body) = submit(without).await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(body["errors"][0]["field"], "request");

    // The office shows it with its form: the documents the entry names, then the signature.
    let reference = receipt["reference"].as_str().unwrap();
    let (status, _, detail) = raw(
        &running,
        "GET",
        &format!("/api/v1/office/applications/{reference}"),
        &admin.headers(),
        None,
    )
    .await;
    assert_eq!(status, 200, "{detail}");
    assert_eq!(
        detail["form"]["title"]["uk"],
        "Звернення до громади щодо: Тестова виплата"
    );
    let documents: Vec<&str> = detail["form"]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(documents, ["passport", "signature"]);
}
