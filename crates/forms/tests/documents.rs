//! Identity documents (issue 16): every identity page takes a Ukrainian passport for travel
//! abroad instead of the ID card or booklet; only the form of a programme that the facts open to
//! foreigners, stateless persons and refugees (birth assistance) takes their documents, each number
//! as free text of 4 to 20 letters and digits. An application made before the question was asked
//! (the ID card's number, no choice) stays valid.

use forms::{Form, validate};
use std::collections::BTreeMap;

mod common;

use common::{applicant, load, today};

/// A complete application for birth assistance from a person in Ukraine, with the ID card (РНОКПП
/// 3656801869: a woman born on 13.02.2000, the identifiers README's Diia fixture).
fn birth_answers() -> BTreeMap<String, String> {
    applicant(&[
        ("child_name", "Шевченко Марія Іванівна"),
        ("child_birth_date", "2026-10-01"),
        ("birth_certificate", "I-СГ 123456"),
        ("iban", "UA213223130000026007233566001"),
    ])
}

/// The errors of an application, as (field, code).
fn errors(form: &Form, a: &BTreeMap<String, String>) -> Vec<(String, String)> {
    validate(form, a, today())
        .err()
        .unwrap_or_default()
        .into_iter()
        .map(|e| (e.field, e.code))
        .collect()
}

#[test]
fn an_application_without_the_choice_of_document_is_read_as_the_id_card() {
    let forms = load();
    let form = forms.for_programme("birth-assistance").unwrap();
    let clean = validate(form, &birth_answers(), today()).unwrap();
    assert_eq!(clean["passport"], "000123456");
    let mut a = birth_answers();
    a.remove("passport");
    assert_eq!(
        errors(form, &a),
        [("passport".to_string(), "required".to_string())]
    );
    a.insert("id_document".into(), "id-card".into());
    assert_eq!(errors(form, &a)[0].0, "passport");
}

#[test]
fn every_identity_page_takes_a_passport_for_travel_abroad_instead() {
    let forms = load();
    for programme in ["birth-assistance", "idp-living-allowance"] {
        let form = forms.for_programme(programme).unwrap();
        let mut a = birth_answers();
        if programme == "idp-living-allowance" {
            for k in [
                "child_name",
                "child_birth_date",
                "birth_certificate",
                "lives",
            ] {
                a.remove(k);
            }
            a.insert("idp_certificate_number".into(), "4601-5002731234".into());
            a.insert("idp_certificate_date".into(), "2024-03-01".into());
        }
        assert!(validate(form, &a, today()).is_ok(), "{programme}");
        a.remove("passport");
        a.insert("id_document".into(), "travel-passport".into());
        // The ID card's number is not asked any more; the travel passport's is.
        assert_eq!(
            errors(form, &a),
            [("travel_passport".to_string(), "required".to_string())],
            "{programme}"
        );
        a.insert("travel_passport".into(), "fc 449752".into());
        let clean = validate(form, &a, today()).unwrap();
        assert_eq!(clean["travel_passport"], "FC449752", "{programme}");
        assert!(!clean.contains_key("passport"), "{programme}");
        // One digit short.
        a.insert("travel_passport".into(), "FC44975".into());
        assert_eq!(errors(form, &a)[0].0, "travel_passport", "{programme}");
        // A number typed in the ID card's field is not sent with a travel passport.
        a.insert("travel_passport".into(), "FC449752".into());
        a.insert("passport".into(), "000123456".into());
        assert!(
            !validate(form, &a, today())
                .unwrap()
                .contains_key("passport"),
            "{programme}"
        );
    }
}

#[test]
fn birth_assistance_takes_the_documents_of_foreigners_stateless_persons_and_refugees() {
    let forms = load();
    let form = forms.for_programme("birth-assistance").unwrap();
    for kind in [
        "foreign-passport",
        "residence-permit",
        "refugee",
        "stateless",
    ] {
        let mut a = birth_answers();
        a.remove("passport");
        a.insert("id_document".into(), kind.into());
        if kind == "foreign-passport" {
            a.insert("document_country".into(), "PL".into());
        }
        // Its number is asked, and nothing else.
        assert_eq!(
            errors(form, &a),
            [("document_number".to_string(), "required".to_string())],
            "{kind}"
        );
        // Valid: as written on documents, spaces collapsed.
        for (typed, kept) in [
            ("EK1234567", "EK1234567"),
            ("  AB  123456 ", "AB 123456"),
            ("№ 12-345/6", "№ 12-345/6"),
            ("ПБ 0012345", "ПБ 0012345"),
        ] {
            a.insert("document_number".into(), typed.into());
            let clean =
                validate(form, &a, today()).unwrap_or_else(|e| panic!("{kind} {typed}: {e:?}"));
            assert_eq!(clean["document_number"], kept, "{kind}");
            assert_eq!(clean["id_document"], kind);
        }
        // Invalid: too short, too long, signs that are not in a number, no letter or digit.
        for (typed, code) in [
            ("123", "document-number-length"),
            ("A1234567890123456789X", "document-number-length"),
            ("AB<123>456", "document-number-characters"),
            ("AB;DROP 12", "document-number-characters"),
            ("----", "document-number-characters"),
        ] {
            a.insert("document_number".into(), typed.into());
            assert_eq!(
                errors(form, &a),
                [("document_number".to_string(), code.to_string())],
                "{kind} {typed}"
            );
        }
    }
    // A foreign passport names the state that issued it: not Ukraine.
    let mut a = birth_answers();
    a.remove("passport");
    a.insert("id_document".into(), "foreign-passport".into());
    a.insert("document_number".into(), "EK1234567".into());
    assert_eq!(
        errors(form, &a),
        [("document_country".to_string(), "required".to_string())]
    );
    a.insert("document_country".into(), "UA".into());
    assert_eq!(errors(form, &a)[0].0, "document_country");
    a.insert("document_country".into(), "MD".into());
    assert!(validate(form, &a, today()).is_ok());
}

#[test]
fn no_other_form_takes_a_foreign_document() {
    // The facts open only birth assistance to foreigners, stateless persons and refugees
    // (programs_facts.json): every other form offers the Ukrainian passports alone.
    let forms = load();
    for form in &forms.forms {
        let Some(field) = form.field("id_document") else {
            continue;
        };
        let forms::FieldKind::Choice(options) = &field.kind else {
            panic!("{}: id_document is a choice", form.programme);
        };
        let values: Vec<&str> = options.iter().map(|o| o.value.as_str()).collect();
        if form.programme == "birth-assistance" {
            assert_eq!(
                values,
                [
                    "id-card",
                    "travel-passport",
                    "foreign-passport",
                    "residence-permit",
                    "refugee",
                    "stateless"
                ]
            );
        } else {
            assert_eq!(values, ["id-card", "travel-passport"], "{}", form.programme);
            assert!(
                form.field("document_number").is_none(),
                "{}",
                form.programme
            );
        }
    }
    let form = forms.for_programme("idp-living-allowance").unwrap();
    let mut a = birth_answers();
    a.insert("id_document".into(), "residence-permit".into());
    a.insert("document_number".into(), "EK1234567".into());
    assert!(
        errors(form, &a)
            .iter()
            .any(|(f, c)| f == "id_document" && c == "choose-one")
    );
}
