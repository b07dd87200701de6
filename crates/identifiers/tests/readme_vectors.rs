//! Every test vector of `shared/data/identifiers/README.md`, as data, one sentence per row.

use identifiers::{
    Date, Iban, Passport, PassportError, Phone, PhoneError, Rnokpp, RnokppError, Sex, Unzr,
    parse_date,
};

fn date(y: u16, m: u8, d: u8) -> Date {
    Date::new(y, m, d).unwrap()
}

#[test]
fn the_rnokpp_vectors_of_the_readme_hold() {
    struct Row {
        says: &'static str,
        input: &'static str,
        expect: Result<(Date, Sex), RnokppError>,
    }
    let rows = [
        Row {
            says: "1759013776 is valid (python-stdnum)",
            input: "1759013776",
            expect: Ok((date(1948, 2, 28), Sex::Male)),
        },
        Row {
            says: "1759013770 fails its check digit (python-stdnum)",
            input: "1759013770",
            expect: Err(RnokppError::CheckDigit),
        },
        Row {
            says: "3652504575 is a man born on 2000-01-01 (fre5h/rnokpp)",
            input: "3652504575",
            expect: Ok((date(2000, 1, 1), Sex::Male)),
        },
        Row {
            says: "3656801869 is a woman born on 2000-02-13 (Diia fixture)",
            input: "3656801869",
            expect: Ok((date(2000, 2, 13), Sex::Female)),
        },
    ];
    for row in rows {
        let got = Rnokpp::parse(row.input).map(|r| (r.birth_date().unwrap(), r.sex()));
        assert_eq!(got, row.expect, "{}", row.says);
    }
}

#[test]
fn the_diia_fixture_person_has_a_matching_rnokpp_unzr_and_date_of_birth() {
    // rnokpp: '3656801869', unzr: '20000213-01467', date_birth: '2000-02-13'.
    let born = parse_date("2000-02-13").unwrap();
    let rnokpp = Rnokpp::parse("3656801869").unwrap();
    let unzr = Unzr::parse("20000213-01467").unwrap();
    assert_eq!(rnokpp.check_against(born, Sex::Female), Ok(()));
    assert_eq!(unzr.check_against(born), Ok(()));
    assert_eq!(unzr.birth_date(), rnokpp.birth_date().unwrap());
}

#[test]
fn the_unzr_fixture_passes_with_the_icao_check_digit_7() {
    let unzr = Unzr::parse("20000213-01467").unwrap();
    assert_eq!(unzr.as_str(), "20000213-01467");
    assert_eq!(
        identifiers::unzr_check_digit([2, 0, 0, 0, 0, 2, 1, 3, 0, 1, 4, 6]),
        7
    );
}

#[test]
fn the_passport_vectors_of_the_readme_hold() {
    struct Row {
        says: &'static str,
        input: &'static str,
        expect: Result<&'static str, PassportError>,
    }
    let rows = [
        Row {
            says: "000031886 is an ID-card number (Diia fixture)",
            input: "000031886",
            expect: Ok("id-card"),
        },
        Row {
            says: "АА123456 is a booklet passport (README example)",
            input: "АА123456",
            expect: Ok("booklet"),
        },
        Row {
            says: "FC449752, a foreign-travel passport, is not an internal passport",
            input: "FC449752",
            expect: Err(PassportError::SeriesInLatin { suggestion: None }),
        },
    ];
    for row in rows {
        let got = Passport::parse(row.input).map(|p| match p {
            Passport::IdCard(_) => "id-card",
            Passport::Booklet(_) => "booklet",
        });
        assert_eq!(got, row.expect, "{}", row.says);
    }
}

#[test]
fn the_example_iban_passes_mod_97() {
    let iban = Iban::parse("UA583808050000026009702978805").unwrap();
    assert_eq!(iban.mfo(), "380805");
}

#[test]
fn the_phone_vectors_of_the_readme_hold() {
    struct Row {
        says: &'static str,
        input: &'static str,
        mobile: Result<&'static str, PhoneError>,
    }
    let rows = [
        Row {
            says: "a number typed along Diia's mask «+ 38 (0ХХ) ХХХ ХХ ХХ» is a mobile number",
            input: "+ 38 (067) 123 45 67",
            mobile: Ok("+380671234567"),
        },
        Row {
            says: "the national format 0XX XXX XX XX is the same number",
            input: "067 123 45 67",
            mobile: Ok("+380671234567"),
        },
        Row {
            says: "a Kyiv landline (+38044…) is refused by the mobile rule",
            input: "+380441234567",
            mobile: Err(PhoneError::NotMobile {
                operator_code: "044".into(),
            }),
        },
    ];
    for row in rows {
        let got = Phone::parse_ukrainian_mobile(row.input);
        assert_eq!(
            got.as_ref().map(Phone::as_str).map_err(Clone::clone),
            row.mobile.clone(),
            "{}",
            row.says
        );
    }
    // And the landline is still a valid Ukrainian number.
    assert!(Phone::parse_ukrainian("+380441234567").is_ok());
}
