//! The form's rough edges (issue 16, item 5): what a label says, where a draft goes on, and an
//! РНОКПП that disagrees with the birth date.

use forms::{
    RNOKPP_CONFIRMED, resume_page, resume_step, rnokpp_mismatch, unconfirmed_rnokpp_mismatch,
    validate,
};
use std::collections::BTreeMap;

mod common;

use common::{answers, load, today};

/// How often `word` occurs in `text`, case aside.
fn count(text: &str, word: &str) -> usize {
    text.to_lowercase().matches(word).count()
}

#[test]
fn no_label_of_any_form_says_optional_twice_and_the_form_adds_nothing_to_it_issue_16() {
    // One place says that a field or a document is optional: its own words in the form's data
    // (label, or for a document the catalogue names, its hint). The pages show the label as it is.
    let forms = load();
    let mut checked = 0;
    for form in &forms.forms {
        let fields = form
            .fields()
            .map(|f| (&f.id, &f.label, &f.hint, f.required));
        let documents = form
            .documents
            .iter()
            .map(|d| (&d.id, &d.label, &d.hint, d.required));
        for (id, label, hint, required) in fields.chain(documents) {
            for (lang, words, when) in [
                (catalogue::Lang::Uk, "за бажанням", "якщо"),
                (catalogue::Lang::En, "optional", "if "),
            ] {
                let text = format!(
                    "{} {}",
                    label.get(lang),
                    hint.as_ref().map_or("", |h| h.get(lang))
                );
                assert!(
                    count(&text, words) <= 1,
                    "{}: {id} says «{words}» twice: {text}",
                    form.programme
                );
                if required {
                    assert_eq!(
                        count(label.get(lang), words),
                        0,
                        "{}: {id} is required",
                        form.programme
                    );
                } else if !form.fields().any(|f| &f.id == id) {
                    // An optional document says so, or says when it is needed.
                    assert!(
                        count(&text, words) + count(&text, when) > 0,
                        "{}: the optional document {id} does not say so: {text}",
                        form.programme
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 500, "{checked}");
}

#[test]
fn optional_documents_such_as_the_signature_come_after_the_required_ones() {
    for form in &load().forms {
        let first_optional = form.documents.iter().position(|d| !d.required);
        let last_required = form.documents.iter().rposition(|d| d.required);
        if let (Some(o), Some(r)) = (first_optional, last_required) {
            assert!(
                r < o,
                "{}: a required document after an optional one",
                form.programme
            );
        }
    }
    let birth = load();
    let birth = birth.for_programme("birth-assistance").unwrap();
    let ids: Vec<&str> = birth.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["birth-certificate", "signature"]);
}

/// A woman born on 27.04.1987 who gives an РНОКПП whose digits stand for 01.01.1990 (the case of
/// issue 16): 32873 days after 31.12.1899, serial 000, an even ninth digit, check digit 9.
fn mismatched() -> BTreeMap<String, String> {
    answers(&[
        ("surname", "Шевченко"),
        ("given_name", "Олена"),
        ("birth_date", "1987-04-27"),
        ("sex", "female"),
        ("has_rnokpp", "yes"),
        ("rnokpp", "3287300029"),
        ("passport", "000123456"),
        ("phone", "+380501234567"),
        ("lives", "ukraine"),
        ("settlement", "Львів"),
        ("house", "1"),
        ("postal_index", "79000"),
        ("idp_certificate_number", "4601-5002731234"),
        ("idp_certificate_date", "2024-03-01"),
        ("iban", "UA213223130000026007233566001"),
    ])
}

#[test]
fn an_rnokpp_of_another_birth_date_is_a_warning_naming_both_dates_until_the_person_confirms_it_issue_16()
 {
    let forms = load();
    let form = forms.for_programme("idp-living-allowance").unwrap();
    let a = mismatched();
    // Not confirmed: the application waits, the message names both dates and asks to check.
    let errors = validate(form, &a, today()).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, "rnokpp");
    assert_eq!(errors[0].code, "rnokpp-birth-date-mismatch");
    for text in [&errors[0].message.uk, &errors[0].message.en] {
        assert!(
            text.contains("01.01.1990") && text.contains("27.04.1987"),
            "{text}"
        );
    }
    assert!(errors[0].message.uk.contains("підтвердьте"));
    assert!(unconfirmed_rnokpp_mismatch(form, &a).is_some());
    // Confirmed: it goes on, and the confirmation stays with the answers for the office, which
    // computes the same mismatch from them.
    let mut confirmed = a.clone();
    confirmed.insert(RNOKPP_CONFIRMED.into(), "3287300029".into());
    let clean = validate(form, &confirmed, today()).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(clean[RNOKPP_CONFIRMED], "3287300029");
    assert!(rnokpp_mismatch(&clean).is_some());
    assert!(unconfirmed_rnokpp_mismatch(form, &confirmed).is_none());
    // A number changed after confirming is checked again.
    let mut changed = confirmed.clone();
    changed.insert("rnokpp".into(), "3287300012".into());
    changed.insert("sex".into(), "male".into());
    assert!(validate(form, &changed, today()).is_err());
    // A number that agrees needs no confirmation, and a stale one is not kept.
    let mut agreeing = confirmed;
    agreeing.insert("birth_date".into(), "1990-01-01".into());
    let clean = validate(form, &agreeing, today()).unwrap_or_else(|e| panic!("{e:#?}"));
    assert!(!clean.contains_key(RNOKPP_CONFIRMED));
}

#[test]
fn a_hidden_rnokpp_warns_of_nothing() {
    let forms = load();
    let form = forms.for_programme("idp-living-allowance").unwrap();
    let mut a = mismatched();
    a.insert("has_rnokpp".into(), "refused".into());
    assert!(unconfirmed_rnokpp_mismatch(form, &a).is_none());
}

#[test]
fn a_draft_goes_on_at_the_first_page_not_done_issue_16() {
    let forms = load();
    let form = forms.for_programme("idp-living-allowance").unwrap();
    let step = |a: &BTreeMap<String, String>, files: bool| resume_step(form, a, files, today());
    // Nothing answered: the first page.
    assert_eq!(step(&BTreeMap::new(), false), "name");
    // The name and the birth date given: the tax number, where the person stopped.
    let mut a = answers(&[
        ("surname", "Шевченко"),
        ("given_name", "Олена"),
        ("birth_date", "1987-04-27"),
        ("sex", "female"),
    ]);
    assert_eq!(step(&a, false), "tax-number");
    // An answer to fix is a page not done.
    a.insert("has_rnokpp".into(), "yes".into());
    a.insert("rnokpp".into(), "328730002".into());
    assert_eq!(step(&a, false), "tax-number");
    // Every page done but the РНОКПП's mismatch: back to it.
    let mut all = mismatched();
    assert_eq!(step(&all, false), "tax-number");
    all.insert(RNOKPP_CONFIRMED.into(), "3287300029".into());
    // Every page done: the documents, or with a file attached, the check of answers.
    assert_eq!(resume_page(form, &all, today()), None);
    assert_eq!(step(&all, false), "documents");
    assert_eq!(step(&all, true), "check");
    // A page the person does not see is not waited for (abroad: no address in Ukraine).
    let social = forms.for_programme("social-accompaniment").unwrap();
    let abroad = answers(&[
        ("surname", "Коваль"),
        ("given_name", "Іван"),
        ("phone", "+48 601 234 567"),
        ("lives", "abroad"),
        ("need", "Повертаюся з Польщі з двома дітьми."),
    ]);
    assert_eq!(
        resume_step(social, &abroad, false, today()),
        "address-abroad"
    );
}

#[test]
fn the_idp_allowance_only_for_people_in_ukraine_asks_no_address_abroad_issue_16() {
    let forms = load();
    let form = forms.for_programme("idp-living-allowance").unwrap();
    let pages: Vec<&str> = form.pages.iter().map(|p| p.id.as_str()).collect();
    assert!(!pages.contains(&"where"), "{pages:?}");
    assert!(!pages.contains(&"address-abroad"), "{pages:?}");
    let address = form.pages.iter().find(|p| p.id == "address").unwrap();
    assert_eq!(address.when, None, "the address in Ukraine is always asked");
    assert!(form.field("lives").is_none() && form.field("country").is_none());
    // An application without «where do you live» passes; one that says abroad still needs the
    // address in Ukraine, and the answer is dropped.
    let mut a = mismatched();
    a.remove("lives");
    a.insert(RNOKPP_CONFIRMED.into(), "3287300029".into());
    assert!(validate(form, &a, today()).is_ok());
    a.insert("lives".into(), "abroad".into());
    a.remove("settlement");
    let errors = validate(form, &a, today()).unwrap_err();
    assert_eq!(errors[0].field, "settlement");
    // A form for people abroad too keeps the question.
    let other = forms.for_programme("social-accompaniment").unwrap();
    assert!(other.pages.iter().any(|p| p.id == "address-abroad"));
}
