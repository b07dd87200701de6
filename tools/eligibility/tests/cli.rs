//! The tool as an auditor uses it: a household file in, JSON out; a bad household, a clear
//! message and exit code 2.

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_eligibility"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the tool starts");
    if let Some(text) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(text.as_bytes())
            .expect("write");
    }
    let out = child.wait_with_output().expect("the tool ends");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_example_family_gets_every_programme_judged_with_reasons() {
    let example = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/households/displaced-family.json"
    );
    let (code, out, err) = run(&[example, "--lang", "en"], None);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["date"], "2026-11-25");
    let programmes = v["programmes"].as_array().expect("programmes");
    assert_eq!(programmes.len(), 15);
    let idp = programmes
        .iter()
        .find(|p| p["programme"] == "idp-living-allowance")
        .expect("the IDP allowance");
    // Mariupol is on the list; the sources end in 02.2026, so the verdict stays open.
    assert_eq!(idp["verdict"], "maybe");
    assert_eq!(idp["amount"]["uah"], 10000.0);
    assert!(
        idp["reasons"][0]["text"]
            .as_str()
            .unwrap()
            .contains("February 2026")
    );
    assert!(
        idp["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["met"] == true && r["text"].as_str().unwrap().contains("on the List"))
    );
}

#[test]
fn the_date_option_changes_the_values_used() {
    // A child born in 2025: claimed in 2025, the old 41,280; claimed in 2026, the transitional
    // 7,000 (and 860 a month).
    let household = r#"{"answers": {"baby_birth_date": "2025-12-31"}, "members": [{"age": 0}]}"#;
    for (date, uah) in [("2025-12-31", 41280.0), ("2026-03-01", 7000.0)] {
        let (code, out, err) = run(&["-", "--date", date], Some(household));
        assert_eq!(code, 0, "{err}");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let birth = v["programmes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["programme"] == "birth-assistance")
            .unwrap();
        assert_eq!(birth["verdict"], "likely", "{date}");
        assert_eq!(birth["amount"]["uah"], uah, "{date}");
    }
}

#[test]
fn a_bad_household_says_what_to_fix() {
    for (household, message) in [
        (
            r#"{"answers": {"age": 3}}"#,
            "«age» is not a fact of the vocabulary",
        ),
        (
            r#"{"answers": {"displaced": "yes"}}"#,
            "«displaced» expects true or false",
        ),
        (
            r#"{"answers": {"home_size": "castle"}}"#,
            "is not one of flat-small",
        ),
        (
            r#"{"members": [{"age": 300}]}"#,
            "member 1: «age» must be a whole number",
        ),
        (
            r#"{"answers": {"origin_community": "UA00"}}"#,
            "is not a community code",
        ),
        ("not json", "not JSON"),
    ] {
        let (code, out, err) = run(&["-"], Some(household));
        assert_eq!(code, 2, "{household}: {out}");
        assert!(err.contains(message), "{household}: {err}");
        assert!(out.is_empty());
    }
}

/// Issue 12: where the List names only part of a community, the settlement decides.
#[test]
fn a_settlement_of_a_partly_listed_community_is_looked_up_in_the_list() {
    // Покровська сільська громада: Капулівка listed (active hostilities, not ended), Катеринівка
    // not named.
    let verdict = |settlement: &str| {
        let household = format!(
            r#"{{ "date": "2025-06-01", "answers": {{ "displaced": true, "home_destroyed": false,
                "origin_community": "UA12080110000055958", "origin_settlement": "{settlement}" }} }}"#
        );
        let (code, out, err) = run(&["-", "--lang", "en"], Some(&household));
        assert_eq!(code, 0, "{err}");
        let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
        v["programmes"]
            .as_array()
            .expect("programmes")
            .iter()
            .find(|p| p["programme"] == "idp-living-allowance")
            .expect("the IDP allowance")["verdict"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(
        verdict("UA12080110020072046"),
        "maybe",
        "listed, more to ask"
    );
    assert_eq!(verdict("UA12080110030049053"), "not-now");
    let (code, _, err) = run(
        &["-"],
        Some(r#"{ "answers": { "origin_settlement": "UA12080110999999999" } }"#),
    );
    assert_eq!(code, 2);
    assert!(err.contains("settlement"), "{err}");
}
