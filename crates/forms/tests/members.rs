//! The family members an amount depends on (issue 16): the IDP allowance's form asks for whom
//! else the person applies and then each member's page, made by the forms compiler from a
//! `repeat` block; a member's answers are checked at the member's own fields, and a member not
//! asked for is not checked at all.

use forms::source::SourceFile;
use forms::{FieldKind, validate};
use std::collections::BTreeMap;

mod common;

use common::{applicant, compile_with, load, today};

fn idp_with(members: &[(&str, &str)]) -> BTreeMap<String, String> {
    let mut a = applicant(&[
        ("idp_certificate_number", "4601-5002731234"),
        ("idp_certificate_date", "2024-03-01"),
        ("iban", "UA213223130000026007233566001"),
    ]);
    a.extend(common::answers(members));
    a
}

/// Two members: the applicant’s husband (РНОКПП 3591801210: a man born on 04.05.1998, check digit
/// computed by the checksum of the identifiers crate) and their son with a disability, who has no
/// РНОКПП.
const TWO: &[(&str, &str)] = &[
    ("members", "2"),
    ("member_1_surname", "Шевченко"),
    ("member_1_given_name", "Андрій"),
    ("member_1_birth_date", "1998-05-04"),
    ("member_1_relation", "spouse"),
    ("member_1_disability", "none"),
    ("member_1_rnokpp", "3591801210"),
    ("member_2_surname", "Шевченко"),
    ("member_2_given_name", "Марко"),
    ("member_2_birth_date", "2019-09-01"),
    ("member_2_relation", "child"),
    ("member_2_disability", "child"),
];

#[test]
fn the_idp_form_asks_for_whom_else_and_then_each_member_by_number() {
    let forms = load();
    let form = forms.for_programme("idp-living-allowance").unwrap();
    let ids: Vec<&str> = form.pages.iter().map(|p| p.id.as_str()).collect();
    let at = ids
        .iter()
        .position(|p| *p == "members")
        .expect("the count's page");
    assert_eq!(ids[at - 1], "idp-certificate");
    let members: Vec<String> = (1..=8).map(|i| format!("member-{i}")).collect();
    assert_eq!(
        ids[at + 1..at + 9],
        members.iter().map(String::as_str).collect::<Vec<_>>()
    );
    assert_eq!(ids[at + 9], "bank");

    let count = form.field("members").unwrap();
    assert!(!count.required, "left unanswered: only the applicant");
    assert_eq!(count.prefill.as_deref(), Some("household"));
    let FieldKind::Choice(options) = &count.kind else {
        panic!("a choice")
    };
    let values: Vec<&str> = options.iter().map(|o| o.value.as_str()).collect();
    assert_eq!(values, ["0", "1", "2", "3", "4", "5", "6", "7", "8"]);

    let second = form.pages.iter().find(|p| p.id == "member-2").unwrap();
    assert_eq!(second.title.uk, "Член сім’ї 2");
    assert_eq!(second.title.en, "Family member 2");
    let when = second.when.as_ref().unwrap();
    assert_eq!(when.field, "members");
    assert_eq!(when.any_of, ["2", "3", "4", "5", "6", "7", "8"]);
    let fields: Vec<&str> = second.fields.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(
        fields,
        [
            "member_2_surname",
            "member_2_given_name",
            "member_2_patronymic",
            "member_2_birth_date",
            "member_2_relation",
            "member_2_disability",
            "member_2_rnokpp",
        ]
    );
    let birth = form.field("member_2_birth_date").unwrap();
    assert_eq!(birth.label.uk, "Член сім’ї 2: дата народження");
    assert!(matches!(birth.kind, FieldKind::Date { past: true }));
    assert!(!form.field("member_2_rnokpp").unwrap().required);
    // The disability answers are the engine's, so the amount's rules read them as they are.
    let FieldKind::Choice(disability) = &form.field("member_2_disability").unwrap().kind else {
        panic!("a choice")
    };
    for o in disability {
        assert!(
            rules::MemberDisability::from_slug(&o.value).is_some(),
            "{}",
            o.value
        );
    }
}

#[test]
fn an_application_for_two_members_passes_with_each_member_kept() {
    let forms = load();
    let form = forms.for_programme("idp-living-allowance").unwrap();
    let clean = validate(form, &idp_with(TWO), today()).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(clean["members"], "2");
    assert_eq!(clean["member_1_relation"], "spouse");
    assert_eq!(clean["member_2_birth_date"], "2019-09-01");
    assert_eq!(clean["member_2_disability"], "child");
    assert!(!clean.contains_key("member_2_rnokpp"));
    // An application made before the question was asked is still whole: only the applicant.
    assert!(validate(form, &idp_with(&[]), today()).is_ok());
}

#[test]
fn a_members_wrong_answer_is_refused_at_that_members_field() {
    let forms = load();
    let form = forms.for_programme("idp-living-allowance").unwrap();
    let mut a = idp_with(TWO);
    a.insert("member_2_birth_date".into(), "2027-01-01".into());
    a.insert("member_1_rnokpp".into(), "3656801860".into());
    a.remove("member_1_given_name");
    a.insert("member_2_relation".into(), "neighbour".into());
    let errors = validate(form, &a, today()).unwrap_err();
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "member_1_given_name",
            "member_1_rnokpp",
            "member_2_birth_date",
            "member_2_relation"
        ]
    );
    let missing = &errors[0].message;
    assert!(missing.uk.contains("Член сім’ї 1: ім’я"), "{}", missing.uk);
    assert!(
        missing.en.contains("Family member 1: given name"),
        "{}",
        missing.en
    );
}

#[test]
fn a_member_not_asked_for_is_neither_checked_nor_kept() {
    let forms = load();
    let form = forms.for_programme("idp-living-allowance").unwrap();
    let mut a = idp_with(TWO);
    // Only one member now: the second's answers, even a wrong date, stay on the device.
    a.insert("members".into(), "1".into());
    a.insert("member_2_birth_date".into(), "not a date".into());
    let clean = validate(form, &a, today()).unwrap_or_else(|e| panic!("{e:#?}"));
    assert!(clean.contains_key("member_1_surname"));
    assert!(
        !clean.keys().any(|k| k.starts_with("member_2_")),
        "{clean:?}"
    );
    // No one else: no member is asked.
    a.insert("members".into(), "0".into());
    let clean = validate(form, &a, today()).unwrap_or_else(|e| panic!("{e:#?}"));
    assert!(!clean.keys().any(|k| k.starts_with("member_")), "{clean:?}");
    // A count the question does not offer is refused at the question.
    a.insert("members".into(), "9".into());
    let errors = validate(form, &a, today()).unwrap_err();
    assert_eq!(errors[0].field, "members");
}

/// Compiles the repository's common sections and request with one form for the IDP allowance.
fn compile_form(text: &str) -> Result<forms::Forms, Vec<String>> {
    compile_with(
        &[SourceFile {
            path: "test.toml",
            text,
        }],
        &["household"],
        &[],
    )
}

#[test]
fn a_condition_inside_a_repeat_refers_to_the_same_persons_field() {
    let forms = compile_form(
        r#"
programme = "idp-living-allowance"
pages = [
  { section = "name" },
  { repeat = "child", max = 2, count = { id = "children", title = { uk = "Скільки дітей?", en = "How many children?" }, none = { uk = "Жодної", en = "None" } }, pages = [
    { id = "child", title = { uk = "Дитина {n}", en = "Child {n}" }, fields = [
      { id = "has_rnokpp", kind = "yes-no", label = { uk = "Дитина {n}: чи має РНОКПП?", en = "Child {n}: has a РНОКПП?" } },
      { id = "rnokpp", kind = "rnokpp", when = "has_rnokpp = yes", label = { uk = "Дитина {n}: РНОКПП", en = "Child {n}: РНОКПП" } },
    ] },
  ] },
]
"#,
    )
    .unwrap_or_else(|e| panic!("{e:#?}"));
    let form = forms.for_programme("idp-living-allowance").unwrap();
    let rnokpp = form.field("child_2_rnokpp").unwrap();
    let when = rnokpp.when.as_ref().unwrap();
    assert_eq!(when.field, "child_2_has_rnokpp");
    assert_eq!(when.any_of, ["yes"]);
    // The count is required unless the source says otherwise: `required` defaults to true.
    assert!(form.field("children").unwrap().required);
    let mut a = common::answers(&[
        ("surname", "Шевченко"),
        ("given_name", "Олена"),
        ("children", "2"),
        ("child_1_has_rnokpp", "no"),
        ("child_2_has_rnokpp", "yes"),
    ]);
    let errors = validate(form, &a, today()).unwrap_err();
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["child_2_rnokpp"]);
    a.insert("child_2_rnokpp".into(), "3656801869".into());
    assert!(validate(form, &a, today()).is_ok());
}

#[test]
fn a_bad_repeat_is_an_authoring_error_naming_the_file() {
    for (source, message) in [
        (
            r#"programme = "idp-living-allowance"
pages = [{ repeat = "m", max = 0, count = { id = "n", title = { uk = "С", en = "H" }, none = { uk = "0", en = "0" } }, pages = [] }]"#,
            "max is from 1 to 20",
        ),
        (
            r#"programme = "idp-living-allowance"
pages = [{ repeat = "m", max = 2, count = { id = "n", title = { uk = "С", en = "H" }, none = { uk = "0", en = "0" } }, pages = [
  { id = "m", when = "n = 1", title = { uk = "М", en = "M" }, fields = [{ id = "x", kind = "text", label = { uk = "Х", en = "X" } }] },
] }]"#,
            "page m has a condition",
        ),
    ] {
        let errors = compile_form(source).unwrap_err();
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with("test.toml") && e.contains(message)),
            "{errors:#?}"
        );
    }
}

#[test]
fn the_count_starts_at_the_household_the_check_was_told() {
    use forms::prefill::from_household;
    let forms = load();
    let form = forms.for_programme("idp-living-allowance").unwrap();
    let count = form.field("members").unwrap();
    assert_eq!(from_household(count, Some(2)).as_deref(), Some("2"));
    assert_eq!(from_household(count, Some(0)).as_deref(), Some("0"));
    // Not asked, or more than the form takes: left for the person.
    assert_eq!(from_household(count, None), None);
    assert_eq!(from_household(count, Some(12)), None);
    // Only the field prefilled from the household.
    for f in form.fields().filter(|f| f.id != "members") {
        assert_eq!(from_household(f, Some(2)), None, "{}", f.id);
    }
}

#[test]
fn a_general_request_names_the_members_only_where_the_amount_is_counted_per_member() {
    let forms = load();
    let single = forms.for_programme("single-parents").unwrap();
    let ids: Vec<&str> = single.pages.iter().map(|p| p.id.as_str()).collect();
    let at = ids
        .iter()
        .position(|p| *p == "members")
        .expect("the count's page");
    assert_eq!(ids[at - 1], "request", "after what the person asks");
    assert_eq!(ids.last(), Some(&"member-8"));
    let studying = single.field("member_3_studying").unwrap();
    assert!(matches!(studying.kind, FieldKind::YesNo));
    assert!(!studying.required);
    // A programme whose amount does not depend on the family asks no members.
    for id in ["school-kit", "home-care", "low-income-families"] {
        let form = forms.for_programme(id).unwrap();
        assert!(form.field("members").is_none(), "{id}");
    }
    // A single mother's request for her daughter of 19 who studies full-time.
    let mut a = applicant(&[
        ("request", "Прошу призначити допомогу на доньку."),
        ("members", "1"),
        ("member_1_surname", "Шевченко"),
        ("member_1_given_name", "Ірина"),
        ("member_1_birth_date", "2007-03-15"),
        ("member_1_relation", "child"),
        ("member_1_disability", "none"),
        ("member_1_studying", "yes"),
    ]);
    let clean = validate(single, &a, today()).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(clean["member_1_studying"], "yes");
    a.insert("member_1_studying".into(), "maybe".into());
    let errors = validate(single, &a, today()).unwrap_err();
    assert_eq!(errors[0].field, "member_1_studying");
}
