//! The repository's forms compile, and an application is checked as the browser and the server
//! both check it.

use forms::{Submission, SubmissionError, validate};
use std::collections::BTreeMap;

mod common;

use common::{applicant, catalogue, load, root, today};

/// A complete, valid application for the IDP allowance (the test vectors of the identifiers
/// README: РНОКПП 3656801869 is a woman born on 13.02.2000, the Diia test fixture).
fn idp_answers() -> BTreeMap<String, String> {
    applicant(&[
        ("idp_certificate_number", "4601-5002731234"),
        ("idp_certificate_date", "2024-03-01"),
        ("iban", "UA213223130000026007233566001"),
    ])
}

#[test]
fn the_forms_compile_and_every_form_is_for_a_programme_of_the_catalogue() {
    let forms = load();
    assert!(forms.forms.len() >= 3);
    for id in [
        "idp-living-allowance",
        "birth-assistance",
        "social-accompaniment",
    ] {
        assert!(forms.for_programme(id).is_some(), "{id}");
    }
}

#[test]
fn a_complete_application_passes_and_comes_back_normalised() {
    let forms = load();
    let form = forms.for_programme("idp-living-allowance").unwrap();
    let clean = validate(form, &idp_answers(), today()).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(clean["phone"], "+380501234567");
    assert!(
        !clean.contains_key("country"),
        "a hidden page's answers are dropped"
    );
}

#[test]
fn every_wrong_field_is_reported_at_once_with_how_to_fix_it() {
    let forms = load();
    let form = forms.for_programme("idp-living-allowance").unwrap();
    let mut a = idp_answers();
    a.insert("rnokpp".into(), "300670045".into());
    a.insert("iban".into(), "UA213223130000026007233566002".into());
    a.insert("postal_index".into(), "7900".into());
    a.remove("surname");
    let errors = validate(form, &a, today()).unwrap_err();
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["surname", "rnokpp", "postal_index", "iban"]);
    for e in &errors {
        assert!(!e.message.uk.is_empty() && !e.message.en.is_empty());
    }
}

#[test]
fn the_rnokpp_must_agree_with_the_birth_date_and_sex_entered() {
    let forms = load();
    let form = forms.for_programme("idp-living-allowance").unwrap();
    let mut a = idp_answers();
    a.insert("sex".into(), "male".into());
    let errors = validate(form, &a, today()).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, "rnokpp");
}

#[test]
fn a_person_who_refused_a_tax_number_is_not_asked_for_one() {
    let forms = load();
    let form = forms.for_programme("idp-living-allowance").unwrap();
    let mut a = idp_answers();
    a.insert("has_rnokpp".into(), "refused".into());
    a.remove("rnokpp");
    assert!(validate(form, &a, today()).is_ok());
}

#[test]
fn someone_abroad_gives_a_foreign_address_instead() {
    let forms = load();
    let form = forms.for_programme("social-accompaniment").unwrap();
    let mut a: BTreeMap<String, String> = [
        ("surname", "Коваль"),
        ("given_name", "Іван"),
        ("phone", "+48 601 234 567"),
        ("lives", "abroad"),
        (
            "need",
            "Повертаюся з Польщі з двома дітьми, потрібне житло й школа.",
        ),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let errors = validate(form, &a, today()).unwrap_err();
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "country",
            "foreign_street",
            "foreign_city",
            "foreign_postal_code"
        ]
    );
    for (k, v) in [
        ("country", "PL"),
        ("foreign_street", "ul. Marszałkowska 1/2"),
        ("foreign_city", "Warszawa"),
        ("foreign_postal_code", "00-950"),
    ] {
        a.insert(k.into(), v.into());
    }
    assert!(validate(form, &a, today()).is_ok());
}

#[test]
fn a_submission_needs_a_device_id_and_a_known_form_but_may_lack_a_required_document() {
    let forms = load();
    let mut s = Submission {
        id: "0123456789abcdef0123456789abcdef".into(),
        programme: "idp-living-allowance".into(),
        community: "UA46060250000025047".into(),
        answers: idp_answers(),
        attachments: BTreeMap::new(),
    };
    // Issue 13: a missing document never blocks sending; the community asks for it later.
    let (form, answers) = s.check(&forms, today()).unwrap();
    let missing: Vec<&str> = forms::submission::missing_documents(form, &answers, &s.attachments)
        .iter()
        .map(|d| d.id.as_str())
        .collect();
    assert_eq!(missing, ["idp-certificate"]);
    s.attachments.insert(
        "idp-certificate".into(),
        vec!["fedcba9876543210fedcba9876543210".into()],
    );
    let (form, answers) = s.check(&forms, today()).unwrap();
    assert!(forms::submission::missing_documents(form, &answers, &s.attachments).is_empty());
    s.id = "not-a-device-id".into();
    assert_eq!(
        s.check(&forms, today()).unwrap_err(),
        SubmissionError::BadId
    );
    s.id = "0123456789abcdef0123456789abcdef".into();
    s.programme = "no-such".into();
    assert!(matches!(
        s.check(&forms, today()).unwrap_err(),
        SubmissionError::UnknownProgramme { .. }
    ));
}

#[test]
fn a_submission_with_unknown_keys_is_refused_whole() {
    let json = r#"{"id":"0123456789abcdef0123456789abcdef","programme":"x","community":"y","answers":{},"admin":true}"#;
    assert!(serde_json::from_str::<Submission>(json).is_err());
}

/// The programmes with a form of their own (`data/forms/<id>.toml`).
fn own_forms() -> Vec<String> {
    let mut ids: Vec<String> = std::fs::read_dir(root().join("data/forms"))
        .unwrap()
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            let id = name.strip_suffix(".toml")?;
            (id != "common" && id != "request").then(|| id.to_string())
        })
        .collect();
    ids.sort();
    ids
}

/// The least a general request needs: who, how to reach them, where they live, what they ask.
fn request_answers() -> BTreeMap<String, String> {
    applicant(&[
        ("phone", "050 123 45 67"),
        (
            "request",
            "Прошу роз’яснити, чи маю я право на це, і прийняти заяву.",
        ),
    ])
}

#[test]
fn every_programme_and_service_of_the_catalogue_has_a_form_issue_16() {
    let forms = load();
    let mut programmes: Vec<String> = catalogue().programmes.into_iter().map(|p| p.id).collect();
    programmes.sort();
    let with_form: Vec<String> = forms.forms.iter().map(|f| f.programme.clone()).collect();
    assert_eq!(with_form, programmes);
    assert!(programmes.len() >= 33, "{}", programmes.len());
}

#[test]
fn a_programme_with_a_form_of_its_own_keeps_it_under_the_programmes_title() {
    let forms = load();
    let catalogue = catalogue();
    for id in own_forms() {
        let form = forms.for_programme(&id).unwrap();
        assert_eq!(form.title, catalogue.get(&id).unwrap().title, "{id}");
        assert!(form.field("request").is_none(), "{id}");
    }
}

/// The table over the catalogue: every programme without a form of its own gets the general
/// request, which takes a minimal application and refuses one without what is asked for.
#[test]
fn every_general_request_takes_a_minimal_application_and_refuses_one_without_the_request() {
    let forms = load();
    let own = own_forms();
    let general: Vec<_> = catalogue()
        .programmes
        .into_iter()
        .filter(|p| !own.contains(&p.id))
        .collect();
    assert!(general.len() >= 30, "{}", general.len());
    for p in &general {
        let id = p.id.as_str();
        let form = forms.for_programme(id).unwrap();
        assert_eq!(
            form.title.uk,
            format!("Звернення до громади щодо: {}", p.title.uk)
        );
        assert_eq!(
            form.title.en,
            format!("Request to the community about: {}", p.title.en)
        );
        let mut s = Submission {
            id: "0123456789abcdef0123456789abcdef".into(),
            programme: id.into(),
            community: "UA46060250000025047".into(),
            answers: request_answers(),
            attachments: BTreeMap::new(),
        };
        let (_, clean) = s
            .check(&forms, today())
            .unwrap_or_else(|e| panic!("{id}: {e:#?}"));
        assert_eq!(clean["phone"], "+380501234567", "{id}");
        // No document the catalogue names stops a request: the community asks for it later.
        assert!(
            forms::submission::missing_documents(form, &clean, &s.attachments).is_empty(),
            "{id}"
        );

        s.answers.remove("request");
        let Err(SubmissionError::Fields { errors }) = s.check(&forms, today()) else {
            panic!("{id}: a request without what it asks for is taken");
        };
        let codes: Vec<(&str, &str)> = errors
            .iter()
            .map(|e| (e.field.as_str(), e.code.as_str()))
            .collect();
        assert_eq!(codes, [("request", "required")], "{id}");

        s.answers.insert("request".into(), "а".repeat(2001));
        let Err(SubmissionError::Fields { errors }) = s.check(&forms, today()) else {
            panic!("{id}: a request of 2001 characters is taken");
        };
        assert_eq!(errors[0].code, "too-long", "{id}");
    }
}

#[test]
fn a_general_request_asks_for_the_documents_the_catalogue_names_each_optional_then_the_signature() {
    let forms = load();
    let own = own_forms();
    for p in catalogue()
        .programmes
        .iter()
        .filter(|p| !own.contains(&p.id))
    {
        let form = forms.for_programme(&p.id).unwrap();
        let labels: Vec<&catalogue::Text> = form.documents.iter().map(|d| &d.label).collect();
        let named: Vec<&catalogue::Text> = p.documents.iter().collect();
        assert_eq!(labels[..named.len()], named[..], "{}", p.id);
        assert_eq!(form.documents.len(), named.len() + 1, "{}", p.id);
        assert_eq!(form.documents.last().unwrap().id, "signature");
        assert!(form.documents.iter().all(|d| !d.required), "{}", p.id);
    }
    let low_income = forms.for_programme("low-income-families").unwrap();
    let ids: Vec<&str> = low_income.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "application-the-form-approved-by-ministry",
            "declaration-of-income-and-property",
            "certificates-of-income-that-the-tax",
            "combat-veteran-certificate-if-any",
            "signature"
        ]
    );
}

#[test]
fn where_another_body_decides_the_start_of_the_request_says_once_that_the_community_passes_it_on() {
    let forms = load();
    let own = own_forms();
    for p in catalogue()
        .programmes
        .iter()
        .filter(|p| !own.contains(&p.id))
    {
        let form = forms.for_programme(&p.id).unwrap();
        let said = form
            .before
            .iter()
            .filter(|b| b.uk.contains("передасть її далі"))
            .count();
        if forms::source::decided_by_community(p) {
            assert_eq!(said, 0, "{}", p.id);
        } else {
            assert_eq!(said, 1, "{}", p.id);
            let first = &form.before[0];
            assert!(first.uk.contains(&p.administrator.uk), "{}", p.id);
            assert!(first.en.contains(&p.administrator.en), "{}", p.id);
        }
    }
    let pension = forms.for_programme("low-income-families").unwrap();
    assert_eq!(
        pension.before[0].en,
        "Your community does not decide on this: it takes your application and passes it on. Who decides: The Pension Fund of Ukraine."
    );
    let home_care = forms.for_programme("home-care").unwrap();
    assert!(home_care.before[0].uk.starts_with("Це загальне звернення"));
}

/// The country table the server compiles in and the browser fetches (issue 16).
fn countries() -> identifiers::Countries {
    identifiers::Countries::from_binary(include_bytes!("../../../data/generated/countries.bin"))
        .unwrap()
}

#[test]
fn abroad_the_phone_and_postal_code_follow_the_country() {
    let forms = load();
    let form = forms.for_programme("social-accompaniment").unwrap();
    let countries = countries();
    let mut a: BTreeMap<String, String> = [
        ("surname", "Коваль"),
        ("given_name", "Іван"),
        ("phone", "+48 601 234 56"),
        ("lives", "abroad"),
        ("country", "PL"),
        ("foreign_street", "ul. Marszałkowska 1/2"),
        ("foreign_city", "Warszawa"),
        ("foreign_postal_code", "00950"),
        ("need", "Потрібне житло."),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let errors = forms::validate_with(form, &a, today(), Some(&countries)).unwrap_err();
    let found: Vec<(&str, &str)> = errors
        .iter()
        .map(|e| (e.field.as_str(), e.code.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("phone", "phone-country-wrong-length"),
            ("foreign_postal_code", "postal-code-format")
        ]
    );
    assert!(
        errors[0]
            .message
            .en
            .starts_with("A number in Poland has 9 digits after +48; this one has 8.")
    );
    assert!(errors[1].message.uk.contains("Польща"));
    a.insert("phone".into(), "+48 601 234 567".into());
    a.insert("foreign_postal_code".into(), "00-950".into());
    let clean = forms::validate_with(form, &a, today(), Some(&countries)).unwrap();
    assert_eq!(clean["phone"], "+48601234567");
    assert_eq!(clean["foreign_postal_code"], "00-950");
    // Ukraine is not abroad; a country without a postal format takes any reasonable code.
    a.insert("country".into(), "UA".into());
    let errors = forms::validate_with(form, &a, today(), Some(&countries)).unwrap_err();
    assert_eq!(errors[0].code, "address-country-is-ukraine");
    a.insert("country".into(), "AE".into());
    a.insert("foreign_postal_code".into(), "12345".into());
    a.insert("phone".into(), "+971 50 123 4567".into());
    assert!(forms::validate_with(form, &a, today(), Some(&countries)).is_ok());
}

#[test]
fn a_passport_for_travel_abroad_has_a_field_kind_of_its_own() {
    let field = forms::Field {
        id: "travel_passport".into(),
        kind: forms::FieldKind::TravelPassport,
        label: catalogue::Text {
            uk: "Закордонний паспорт".into(),
            en: "Passport for travel abroad".into(),
        },
        hint: None,
        required: true,
        when: None,
        prefill: None,
        autocomplete: None,
    };
    assert_eq!(
        forms::validate_field(&field, "fc 449752", today()).unwrap(),
        "FC449752"
    );
    let e = forms::validate_field(&field, "FC44975", today()).unwrap_err();
    assert_eq!(e.code, "passport-booklet-number-wrong-length");
}

#[test]
fn a_community_programme_taking_applications_online_gets_the_general_request_made_for_it_issue_15()
{
    let forms = load();
    let template = forms
        .request
        .as_ref()
        .expect("forms.bin carries the request's template");
    // The template makes exactly the forms the compiler made for the national programmes.
    let home_care = catalogue()
        .programmes
        .into_iter()
        .find(|p| p.id == "home-care")
        .unwrap();
    assert_eq!(
        &template.form_for(&home_care),
        forms.for_programme("home-care").unwrap()
    );
    // A community's own entry (scoped to it), with its documents and who decides.
    let mut local = home_care.clone();
    local.id = "test-local-support".into();
    local.scope = catalogue::model::Scope::Local("UA12345678901234567".into());
    local.title = catalogue::Text {
        uk: "Тестова допомога громади".into(),
        en: "Test community support".into(),
    };
    local.documents = vec![catalogue::Text {
        uk: "Довідка з місця навчання".into(),
        en: "Certificate from the place of study".into(),
    }];
    local.apply = vec![catalogue::model::Apply {
        channel: catalogue::model::Channel::SocialProtection,
        note: None,
    }];
    let form = template.form_for(&local);
    assert_eq!(form.programme, "test-local-support");
    assert_eq!(
        form.title.uk,
        "Звернення до громади щодо: Тестова допомога громади"
    );
    let ids: Vec<&str> = form.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["certificate-from-the-place-of-study", "signature"]);
    assert!(
        form.before[0].uk.starts_with("Це загальне звернення"),
        "the community decides: nothing is passed on"
    );
    assert!(forms::validate(&form, &request_answers(), today()).is_ok());
}
