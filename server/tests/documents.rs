//! Identity documents (issue 16): the server checks a passport for travel abroad, and the document
//! of a foreigner, a stateless person or a refugee, with the same `forms` check as the browser —
//! and takes the latter only on the form of a programme the facts open to them (birth assistance).

mod common;

use axum::http::StatusCode;
use common::*;
use serde_json::{Value, json};

/// An application for birth assistance, sent with `document`: the answers of the identity page.
fn birth(device_id: &str, document: Value) -> Value {
    let mut answers = json!({
        "surname": "Коваль",
        "given_name": "Анна",
        "birth_date": "2000-02-13",
        "sex": "female",
        "has_rnokpp": "yes",
        "rnokpp": "3656801869",
        "phone": "+48 512 345 678",
        "lives": "abroad",
        "country": "PL",
        "foreign_street": "ul. Marszałkowska 10/4",
        "foreign_city": "Warszawa",
        "foreign_postal_code": "00-590",
        "child_name": "Коваль Марія",
        "child_birth_date": "2026-10-01",
        "birth_certificate": "123/2026",
        "iban": "UA213223130000026007233566001"
    });
    for (k, v) in document.as_object().unwrap() {
        answers[k] = v.clone();
    }
    json!({
        "id": device_id,
        "programme": "birth-assistance",
        "community": LVIV,
        "answers": answers
    })
}

/// The (field, code) of each error of a 422.
fn errors(error: &Value) -> Vec<(String, String)> {
    error["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["field"].as_str().unwrap().to_string(),
                e["code"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[tokio::test]
async fn a_bad_document_number_is_422_at_its_field_and_a_good_one_is_stored() {
    let f = Fixture::new();
    for (n, number, code) in [
        (1, "12", "document-number-length"),
        (2, "A1234567890123456789X", "document-number-length"),
        (3, "AB<123>456", "document-number-characters"),
    ] {
        let bad = birth(
            &id(n),
            json!({ "id_document": "refugee", "document_number": number }),
        );
        let (status, error) = f.submit(&bad).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{number}");
        assert_eq!(
            errors(&error),
            [("document_number".to_string(), code.to_string())]
        );
    }
    // A travel passport one digit short.
    let (status, error) = f
        .submit(&birth(
            &id(4),
            json!({ "id_document": "travel-passport", "travel_passport": "FC44975" }),
        ))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(errors(&error)[0].0, "travel_passport");

    let good = birth(
        &id(5),
        json!({ "id_document": "foreign-passport", "document_country": "MD", "document_number": "  AB  123456 " }),
    );
    let (status, body) = f.submit(&good).await;
    assert_eq!(status, StatusCode::CREATED, "{body:#}");
}

#[tokio::test]
async fn a_form_the_facts_do_not_open_to_foreigners_refuses_their_documents() {
    let f = Fixture::new();
    // A general request (home care): the Ukrainian passports only.
    let request = |device_id: &str, document: Value| {
        let mut answers = json!({
            "surname": "Шевченко",
            "given_name": "Олена",
            "birth_date": "2000-02-13",
            "sex": "female",
            "has_rnokpp": "yes",
            "rnokpp": "3656801869",
            "phone": "050 123 45 67",
            "lives": "ukraine",
            "settlement": "Львів",
            "house": "1",
            "postal_index": "79000",
            "request": "Мамі 84 роки, потрібен догляд удома."
        });
        for (k, v) in document.as_object().unwrap() {
            answers[k] = v.clone();
        }
        json!({ "id": device_id, "programme": "home-care", "community": LVIV, "answers": answers })
    };
    let (status, error) = f
        .submit(&request(
            &id(6),
            json!({ "id_document": "residence-permit" }),
        ))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error:#}");
    assert_eq!(
        errors(&error),
        [("id_document".to_string(), "choose-one".to_string())]
    );
    // A passport for travel abroad is taken there too.
    let (status, body) = f
        .submit(&request(
            &id(7),
            json!({ "id_document": "travel-passport", "travel_passport": "FC449752" }),
        ))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body:#}");
}
