//! The error codes are a contract with the server's JSON: every variant has a unique, stable
//! kebab-case code, its JSON carries that code, and it reads back through [`Error`]. Every message
//! exists in both languages.

use identifiers::{
    AddressError, AddressField, Date, DateError, EmailError, Error, IbanError, Lang,
    LocalizedError, PassportError, PhoneError, RnokppError, RnokppMismatch, Sex, UnzrError,
    UnzrMismatch,
};
use std::collections::BTreeSet;

/// The stable codes. Adding one is fine; renaming or removing one breaks the server's clients.
const STABLE_CODES: &[&str] = &[
    "rnokpp-empty",
    "rnokpp-invalid-character",
    "rnokpp-wrong-length",
    "rnokpp-looks-like-passport",
    "rnokpp-check-digit",
    "rnokpp-birth-date-mismatch",
    "rnokpp-sex-mismatch",
    "rnokpp-birth-date-and-sex-mismatch",
    "unzr-empty",
    "unzr-invalid-character",
    "unzr-wrong-length",
    "unzr-missing-dash",
    "unzr-misplaced-dash",
    "unzr-no-such-date",
    "unzr-zero-number",
    "unzr-check-digit",
    "unzr-birth-date-mismatch",
    "passport-empty",
    "passport-id-card-wrong-length",
    "passport-invalid-character",
    "passport-series-wrong-length",
    "passport-series-latin",
    "passport-series-lowercase",
    "passport-series-letter-not-used",
    "passport-booklet-number-wrong-length",
    "passport-contains-spaces",
    "passport-expected-id-card",
    "passport-expected-booklet",
    "iban-empty",
    "iban-invalid-character",
    "iban-not-ukrainian",
    "iban-missing-country-code",
    "iban-wrong-length",
    "iban-check-digits",
    "phone-empty",
    "phone-invalid-character",
    "phone-misplaced-plus",
    "phone-ukrainian-wrong-length",
    "phone-ukrainian-extra-zero",
    "phone-foreign-wrong-length",
    "phone-country-code-zero",
    "phone-missing-country-code",
    "phone-not-ukrainian",
    "phone-not-mobile",
    "email-empty",
    "email-contains-space",
    "email-missing-at",
    "email-several-at",
    "email-empty-local-part",
    "email-empty-domain",
    "email-too-long",
    "email-local-part-too-long",
    "email-invalid-character",
    "email-misplaced-dot",
    "email-domain-without-dot",
    "email-malformed-domain",
    "date-empty",
    "date-unknown-format",
    "date-no-such-year",
    "date-no-such-month",
    "date-no-such-day",
    "date-in-future",
    "date-too-early",
    "address-missing",
    "address-too-long",
    "address-invalid-character",
    "address-postal-index-format",
    "address-unknown-country",
    "address-country-is-ukraine",
    "address-too-many-lines",
    "address-line-too-long",
];

fn date(y: u16, m: u8, d: u8) -> Date {
    Date::new(y, m, d).unwrap()
}

/// At least one error of every variant, with the optional parts both present and absent.
fn every_variant() -> Vec<Error> {
    let some = |s: &str| Some(s.to_string());
    let street = AddressField::Street;
    vec![
        RnokppError::Empty.into(),
        RnokppError::InvalidCharacter { found: ' ' }.into(),
        RnokppError::InvalidCharacter { found: 'x' }.into(),
        RnokppError::WrongLength { found: 9 }.into(),
        RnokppError::LooksLikePassport.into(),
        RnokppError::CheckDigit.into(),
        RnokppMismatch::BirthDateDiffers {
            encoded: Some(date(2000, 1, 1)),
            entered: date(2000, 1, 2),
        }
        .into(),
        RnokppMismatch::BirthDateDiffers {
            encoded: None,
            entered: date(2000, 1, 2),
        }
        .into(),
        RnokppMismatch::SexDiffers {
            encoded: Sex::Male,
            entered: Sex::Female,
        }
        .into(),
        RnokppMismatch::BothDiffer {
            encoded_birth_date: Some(date(2000, 1, 1)),
            entered_birth_date: date(1999, 1, 1),
            encoded_sex: Sex::Female,
            entered_sex: Sex::Male,
        }
        .into(),
        UnzrError::Empty.into(),
        UnzrError::InvalidCharacter { found: '\u{7}' }.into(),
        UnzrError::WrongLength { found: 12 }.into(),
        UnzrError::MissingDash {
            suggestion: "20000213-01467".into(),
        }
        .into(),
        UnzrError::MisplacedDash.into(),
        UnzrError::NoSuchDate {
            date_digits: "20001302".into(),
        }
        .into(),
        UnzrError::ZeroNumber.into(),
        UnzrError::CheckDigit.into(),
        UnzrMismatch::BirthDateDiffers {
            encoded: date(2000, 2, 13),
            entered: date(2000, 2, 14),
        }
        .into(),
        PassportError::Empty.into(),
        PassportError::IdCardWrongLength { found: 8 }.into(),
        PassportError::InvalidCharacter { found: '№' }.into(),
        PassportError::SeriesWrongLength { found: 3 }.into(),
        PassportError::SeriesInLatin {
            suggestion: some("АА123456"),
        }
        .into(),
        PassportError::SeriesInLatin { suggestion: None }.into(),
        PassportError::SeriesLowercase {
            suggestion: some("АА123456"),
        }
        .into(),
        PassportError::SeriesLowercase { suggestion: None }.into(),
        PassportError::SeriesLetterNotUsed { letter: 'Ы' }.into(),
        PassportError::NumberWrongLength { found: 5 }.into(),
        PassportError::ContainsSpaces {
            suggestion: "АА123456".into(),
        }
        .into(),
        PassportError::ExpectedIdCard.into(),
        PassportError::ExpectedBooklet.into(),
        IbanError::Empty.into(),
        IbanError::InvalidCharacter { found: '-' }.into(),
        IbanError::NotUkrainian {
            country: "PL".into(),
        }
        .into(),
        IbanError::MissingCountryCode {
            suggestion: some("UA58 3808 0500 0002 6009 7029 7880 5"),
        }
        .into(),
        IbanError::MissingCountryCode { suggestion: None }.into(),
        IbanError::WrongLength { found: 28 }.into(),
        IbanError::CheckDigits.into(),
        PhoneError::Empty.into(),
        PhoneError::InvalidCharacter { found: '.' }.into(),
        PhoneError::MisplacedPlus.into(),
        PhoneError::UkrainianWrongLength { found: 8 }.into(),
        PhoneError::UkrainianWrongLength { found: 1 }.into(),
        PhoneError::UkrainianExtraZero {
            suggestion: some("+380 50 123 45 67"),
        }
        .into(),
        PhoneError::UkrainianExtraZero { suggestion: None }.into(),
        PhoneError::ForeignWrongLength { found: 16 }.into(),
        PhoneError::CountryCodeZero {
            suggestion: some("+380 50 123 45 67"),
        }
        .into(),
        PhoneError::CountryCodeZero { suggestion: None }.into(),
        PhoneError::MissingCountryCode {
            suggestion: some("+380 50 123 45 67"),
        }
        .into(),
        PhoneError::MissingCountryCode { suggestion: None }.into(),
        PhoneError::NotUkrainian.into(),
        PhoneError::NotMobile {
            operator_code: "044".into(),
        }
        .into(),
        EmailError::Empty.into(),
        EmailError::ContainsSpace.into(),
        EmailError::MissingAt.into(),
        EmailError::SeveralAt.into(),
        EmailError::EmptyLocalPart.into(),
        EmailError::EmptyDomain.into(),
        EmailError::TooLong { found: 300 }.into(),
        EmailError::LocalPartTooLong { found: 65 }.into(),
        EmailError::InvalidCharacter { found: ',' }.into(),
        EmailError::InvalidCharacter { found: '<' }.into(),
        EmailError::MisplacedDot.into(),
        EmailError::DomainWithoutDot.into(),
        EmailError::MalformedDomain {
            domain: "gmail..com".into(),
        }
        .into(),
        DateError::Empty.into(),
        DateError::UnknownFormat {
            suggestion: some("01.02.2000"),
        }
        .into(),
        DateError::UnknownFormat { suggestion: None }.into(),
        DateError::NoSuchYear.into(),
        DateError::NoSuchMonth { month: 13 }.into(),
        DateError::NoSuchDay {
            day: 29,
            month: 2,
            year: 2023,
        }
        .into(),
        DateError::NoSuchDay {
            day: 31,
            month: 4,
            year: 2024,
        }
        .into(),
        // Only from a foreign JSON: the message must not panic on a month that does not exist.
        DateError::NoSuchDay {
            day: 1,
            month: 0,
            year: 2024,
        }
        .into(),
        DateError::InFuture {
            date: date(2030, 1, 1),
            today: date(2025, 1, 1),
        }
        .into(),
        DateError::TooEarly {
            date: date(1850, 1, 1),
            earliest: date(1900, 1, 1),
        }
        .into(),
        AddressError::Missing { field: street }.into(),
        AddressError::Missing {
            field: AddressField::Community,
        }
        .into(),
        AddressError::TooLong {
            field: street,
            max: 150,
            found: 151,
        }
        .into(),
        AddressError::InvalidCharacter {
            field: street,
            found: '\u{7}',
        }
        .into(),
        AddressError::PostalIndexFormat.into(),
        AddressError::UnknownCountry { found: "XK".into() }.into(),
        AddressError::CountryIsUkraine.into(),
        AddressError::TooManyLines { max: 5, found: 6 }.into(),
        AddressError::LineTooLong {
            line: 2,
            max: 100,
            found: 101,
        }
        .into(),
    ]
}

#[test]
fn every_code_is_stable_unique_and_kebab_case() {
    let stable: BTreeSet<&str> = STABLE_CODES.iter().copied().collect();
    assert_eq!(stable.len(), STABLE_CODES.len(), "a code is listed twice");
    let used: BTreeSet<&str> = every_variant().iter().map(Error::code).collect();
    assert_eq!(used, stable);
    for code in STABLE_CODES {
        assert!(
            code.split('-')
                .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase())),
            "{code}"
        );
    }
}

#[test]
fn an_error_serialises_with_its_code_and_reads_back_as_the_same_error() {
    for error in every_variant() {
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(json["code"], error.code(), "{json}");
        let back: Error = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(back, error, "{json}");
    }
    let json = serde_json::to_string(&Error::from(RnokppError::WrongLength { found: 9 })).unwrap();
    assert_eq!(json, r#"{"code":"rnokpp-wrong-length","found":9}"#);
}

#[test]
fn every_message_exists_in_ukrainian_and_english_and_reads_as_finished_text() {
    for error in every_variant() {
        let uk = error.message(Lang::Uk);
        let en = error.message(Lang::En);
        for text in [&uk, &en] {
            assert!(!text.contains('{') && !text.contains("  "), "{text}");
            assert!(text.ends_with(['.', '?']), "{text}");
        }
        assert!(
            uk.chars()
                .any(|c| ('а'..='я').contains(&c) || "іїєґ".contains(c)),
            "{uk}"
        );
        assert_ne!(uk, en);
        assert_eq!(error.to_string(), en);
        // The trait gives the same as the inherent methods.
        let dynamic: &dyn LocalizedError = &error;
        assert_eq!(dynamic.message(Lang::Uk), uk);
    }
}

#[test]
fn the_brief_example_message_reads_as_written() {
    let e = RnokppError::WrongLength { found: 9 };
    assert!(
        e.message(Lang::Uk)
            .starts_with("РНОКПП має 10 цифр, а ви ввели 9. Перевірте номер у довідці")
    );
    assert!(
        e.message(Lang::En)
            .starts_with("The РНОКПП has 10 digits; you entered 9.")
    );
}

#[test]
#[ignore = "prints every message for proofreading"]
fn print_every_message() {
    for e in every_variant() {
        println!(
            "{}\n  uk: {}\n  en: {}",
            e.code(),
            e.message(Lang::Uk),
            e.message(Lang::En)
        );
    }
}
