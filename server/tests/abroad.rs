//! An application from abroad (issue 16): the server checks a foreign phone number against its
//! country's numbering plan and the postal code against the country's format, with the same
//! table and the same `forms` check as the browser, and stores the structured address.

mod common;

use axum::http::StatusCode;
use common::*;
use serde_json::json;

#[tokio::test]
async fn a_polish_number_one_digit_short_and_a_wrong_postal_code_are_422_at_their_fields() {
    let f = Fixture::new();
    let mut bad = social(&id(7), LVIV);
    bad["answers"]["phone"] = json!("+48 601 234 56");
    bad["answers"]["foreign_postal_code"] = json!("00950");
    bad["answers"]["country"] = json!("PL");
    let (status, error) = f.submit(&bad).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let errors = error["errors"].as_array().unwrap();
    let found: Vec<(&str, &str)> = errors
        .iter()
        .map(|e| (e["field"].as_str().unwrap(), e["code"].as_str().unwrap()))
        .collect();
    assert_eq!(
        found,
        [
            ("phone", "phone-country-wrong-length"),
            ("foreign_postal_code", "postal-code-format")
        ]
    );
    assert!(
        errors[0]["message"]["en"]
            .as_str()
            .unwrap()
            .starts_with("A number in Poland has 9 digits after +48; this one has 8.")
    );

    let mut ukraine = social(&id(8), LVIV);
    ukraine["answers"]["country"] = json!("UA");
    let (status, error) = f.submit(&ukraine).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error["errors"][0]["code"], "address-country-is-ukraine");

    let (status, _) = f.submit(&social(&id(9), LVIV)).await;
    assert_eq!(status, StatusCode::CREATED);
}
