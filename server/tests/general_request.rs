//! Issue 16: every programme of the catalogue can be applied for. A programme without a form of
//! its own takes the general request to the community; the back office validates it with the
//! same forms crate, stores it once and shows it to the community's staff like any application.

mod common;

use axum::http::StatusCode;
use common::*;
use serde_json::{Value, json};
use server::db::Counts;

/// A minimal general request for `programme`: who, how to reach them, where they live, what they
/// ask.
fn request(device_id: &str, programme: &str, asked: &str) -> Value {
    json!({
        "id": device_id,
        "programme": programme,
        "community": LVIV,
        "answers": {
            "surname": "Шевченко",
            "given_name": "Олена",
            "birth_date": "2000-02-13",
            "sex": "female",
            "has_rnokpp": "yes",
            "rnokpp": "3656801869",
            "passport": "000123456",
            "phone": "050 123 45 67",
            "lives": "ukraine",
            "settlement": "Львів",
            "house": "1",
            "postal_index": "79000",
            "request": asked
        }
    })
}

#[tokio::test]
async fn general_requests_for_two_programmes_without_a_form_of_their_own_reach_the_community() {
    let f = Fixture::new();
    let (status, school) = f
        .submit(&request(
            &id(1),
            "school-kit",
            "Прошу прийняти заяву на «Пакунок школяра» для сина.",
        ))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{school:#}");
    let (status, care) = f
        .submit(&request(
            &id(2),
            "home-care",
            "Мамі 84 роки, потрібен догляд удома.",
        ))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{care:#}");
    assert_eq!(
        f.counts(),
        Counts {
            applications: 2,
            status_history: 2,
            attachments: 0,
            application_documents: 0
        }
    );
    // Sent again, a request is the same one.
    assert_eq!(
        f.submit(&request(
            &id(2),
            "home-care",
            "Мамі 84 роки, потрібен догляд удома."
        ))
        .await
        .0,
        StatusCode::OK
    );
    assert_eq!(f.counts().applications, 2);

    let token = f.staff_token(LVIV);
    let (status, list) = f.get_with("/api/v1/staff/applications", Some(&token)).await;
    assert_eq!(status, StatusCode::OK, "{list:#}");
    let apps = list["applications"].as_array().unwrap();
    let find = |reference: &Value| {
        apps.iter()
            .find(|a| &a["reference"] == reference)
            .unwrap_or_else(|| panic!("{reference} is not in {list:#}"))
    };
    let a = find(&school["reference"]);
    assert_eq!(a["programme"], "school-kit");
    assert_eq!(a["status"], "received");
    assert_eq!(
        a["answers"]["phone"], "+380501234567",
        "the normalised answers"
    );
    assert_eq!(
        a["answers"]["request"],
        "Прошу прийняти заяву на «Пакунок школяра» для сина."
    );
    assert_eq!(find(&care["reference"])["programme"], "home-care");
}

#[tokio::test]
async fn a_general_request_with_a_document_the_catalogue_names_keeps_the_file() {
    let f = Fixture::new();
    f.upload_pdf(&id(100)).await;
    let mut body = request(&id(1), "low-income-families", "Прошу призначити допомогу.");
    body["attachments"] = json!({ "declaration-of-income-and-property": [id(100)] });
    let (status, receipt) = f.submit(&body).await;
    assert_eq!(status, StatusCode::CREATED, "{receipt:#}");
    assert_eq!(f.counts(), ONE_APPLICATION_WITH_A_DOCUMENT);
}

#[tokio::test]
async fn a_general_request_without_what_is_asked_or_with_a_wrong_phone_is_refused_and_nothing_is_stored()
 {
    let f = Fixture::new();
    let mut empty = request(&id(1), "school-kit", "");
    let (status, error) = f.submit(&empty).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_error(&error, "fields");
    assert_eq!(error["errors"][0]["field"], "request");
    assert_eq!(error["errors"][0]["code"], "required");
    assert_eq!(error["errors"].as_array().unwrap().len(), 1);

    empty["programme"] = json!("home-care");
    empty["answers"]["request"] = json!("а".repeat(2001));
    empty["answers"]["phone"] = json!("12");
    let (status, error) = f.submit(&empty).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let named: Vec<&str> = error["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(named, ["phone", "request"]);
    assert_no_rows(f.counts());

    // A request is stored once it is right.
    let (status, _) = f
        .submit(&request(&id(1), "home-care", "Потрібен догляд удома."))
        .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(f.counts().applications, 1);
}

#[tokio::test]
async fn every_programmes_apply_address_is_a_page() {
    let f = Fixture::new();
    for programme in ["school-kit", "home-care", "esadok"] {
        let (status, _, _) = f
            .send(
                axum::http::Request::get(format!("/apply/{programme}"))
                    .body(axum::body::Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "/apply/{programme}");
    }
    let (status, _, _) = f
        .send(
            axum::http::Request::get("/apply/no-such-programme")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
