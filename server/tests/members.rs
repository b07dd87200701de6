//! The family members the IDP allowance is asked for (issue 16): the server checks each member's
//! answers with the same `forms` check as the browser, at the member's own field, and the
//! community's staff receive them.

mod common;

use axum::http::StatusCode;
use common::*;
use serde_json::{Value, json};

/// The IDP allowance for the applicant, her husband and their son with a disability.
fn with_two_members(device_id: &str) -> Value {
    let mut body = idp(device_id, LVIV, &id(100));
    let members = json!({
        "members": "2",
        "member_1_surname": "Шевченко",
        "member_1_given_name": "Андрій",
        "member_1_birth_date": "1998-05-04",
        "member_1_relation": "spouse",
        "member_1_disability": "none",
        "member_1_rnokpp": "3591801210",
        "member_2_surname": "Шевченко",
        "member_2_given_name": "Марко",
        "member_2_birth_date": "2019-09-01",
        "member_2_relation": "child",
        "member_2_disability": "child"
    });
    for (k, v) in members.as_object().unwrap() {
        body["answers"][k] = v.clone();
    }
    body
}

#[tokio::test]
async fn an_application_with_two_members_is_taken_and_the_staff_see_each_member() {
    let f = Fixture::new();
    f.upload_pdf(&id(100)).await;
    let (status, receipt) = f.submit(&with_two_members(&id(1))).await;
    assert_eq!(status, StatusCode::CREATED, "{receipt:#}");
    assert_eq!(f.counts(), ONE_APPLICATION_WITH_A_DOCUMENT);
    let token = f.staff_token(LVIV);
    let (status, list) = f.get_with("/api/v1/staff/applications", Some(&token)).await;
    assert_eq!(status, StatusCode::OK, "{list:#}");
    let app = list["applications"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["reference"] == receipt["reference"])
        .expect("the application");
    let answers = &app["answers"];
    assert_eq!(answers["members"], "2");
    assert_eq!(answers["member_1_given_name"], "Андрій");
    assert_eq!(answers["member_1_rnokpp"], "3591801210");
    assert_eq!(answers["member_2_birth_date"], "2019-09-01");
    assert_eq!(answers["member_2_disability"], "child");
}

#[tokio::test]
async fn a_members_birth_date_in_the_future_is_422_at_that_members_field_and_nothing_is_stored() {
    let f = Fixture::new();
    f.upload_pdf(&id(100)).await;
    let mut body = with_two_members(&id(1));
    body["answers"]["member_2_birth_date"] = json!("2999-01-01");
    let (status, error) = f.submit(&body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error:#}");
    let fields: Vec<&str> = error["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["member_2_birth_date"]);
    assert_eq!(f.counts().applications, 0);
    assert_eq!(f.counts().application_documents, 0);

    // With one member only, the second's answers are not the application's: taken, and not kept.
    body["answers"]["members"] = json!("1");
    let (status, receipt) = f.submit(&body).await;
    assert_eq!(status, StatusCode::CREATED, "{receipt:#}");
    let token = f.staff_token(LVIV);
    let (_, list) = f.get_with("/api/v1/staff/applications", Some(&token)).await;
    let answers = &list["applications"][0]["answers"];
    assert_eq!(answers["member_1_surname"], "Шевченко");
    assert!(answers.get("member_2_birth_date").is_none(), "{answers:#}");
}
