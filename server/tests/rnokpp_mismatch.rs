//! Issue 16, item 5: an РНОКПП whose digits stand for another birth date than the one entered.
//! The back office runs the browser's check (`forms::validate`): the application waits until the
//! applicant confirms the number, then it is received, and the staff see the confirmation with
//! the answers.

mod common;

use axum::http::StatusCode;
use common::*;
use serde_json::{Value, json};

/// A request from a woman born on 27.04.1987 whose РНОКПП (3287300029) stands for 01.01.1990.
fn request(device_id: &str) -> Value {
    json!({
        "id": device_id,
        "programme": "home-care",
        "community": LVIV,
        "answers": {
            "surname": "Шевченко",
            "given_name": "Олена",
            "birth_date": "1987-04-27",
            "sex": "female",
            "has_rnokpp": "yes",
            "rnokpp": "3287300029",
            "passport": "000123456",
            "phone": "050 123 45 67",
            "lives": "ukraine",
            "settlement": "Львів",
            "house": "1",
            "postal_index": "79000",
            "request": "Мамі 84 роки, потрібен догляд удома."
        }
    })
}

#[tokio::test]
async fn an_rnokpp_of_another_birth_date_waits_for_the_applicants_confirmation_then_reaches_the_staff()
 {
    let f = Fixture::new();
    let mut body = request(&id(1));
    let (status, error) = f.submit(&body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error:#}");
    assert_error(&error, "fields");
    let e = &error["errors"][0];
    assert_eq!(e["field"], "rnokpp");
    assert_eq!(e["code"], "rnokpp-birth-date-mismatch");
    let message = e["message"]["uk"].as_str().unwrap();
    assert!(message.contains("01.01.1990") && message.contains("27.04.1987"));
    assert_no_rows(f.counts());

    // A confirmation of another number confirms nothing.
    body["answers"][forms::RNOKPP_CONFIRMED] = json!("3656801869");
    assert_eq!(f.submit(&body).await.0, StatusCode::UNPROCESSABLE_ENTITY);

    body["answers"][forms::RNOKPP_CONFIRMED] = json!("3287300029");
    let (status, receipt) = f.submit(&body).await;
    assert_eq!(status, StatusCode::CREATED, "{receipt:#}");
    let token = f.staff_token(LVIV);
    let (status, list) = f.get_with("/api/v1/staff/applications", Some(&token)).await;
    assert_eq!(status, StatusCode::OK, "{list:#}");
    let answers = &list["applications"][0]["answers"];
    assert_eq!(answers[forms::RNOKPP_CONFIRMED], "3287300029");
    let answers: std::collections::BTreeMap<String, String> =
        serde_json::from_value(answers.clone()).unwrap();
    assert!(forms::rnokpp_mismatch(&answers).is_some());
}
