//! The phone table the browser and the server check numbers with (`data/generated/countries.bin`,
//! `identifiers::Phone::parse_in`) answers as libphonenumber does (the `phonenumber` crate), for
//! the countries where most Ukrainians abroad live and more: each country's example mobile and
//! fixed-line numbers are valid on both sides, and the same numbers one digit short or one digit
//! long are refused on both.

use identifiers::{Countries, Lang, Phone, PhoneError};
use std::sync::LazyLock;

static COUNTRIES: LazyLock<Countries> = LazyLock::new(|| {
    Countries::from_binary(include_bytes!("../../../data/generated/countries.bin"))
        .expect("countries.bin reads back")
});

/// The countries checked: where most Ukrainians abroad live, their neighbours, and a few more.
/// Not Ireland: one of its number types' patterns makes a DFA larger than the importer allows
/// (`countries::DFA_LIMIT`), so its numbers are checked by length alone (as are BD, CN, IN, PK,
/// TW and ZW's).
const CHECKED: [&str; 39] = [
    "PL", "DE", "CZ", "GB", "IT", "ES", "FR", "NL", "BE", "AT", "CH", "SE", "NO", "DK", "FI", "PT",
    "LT", "LV", "EE", "SK", "HU", "RO", "MD", "BG", "US", "CA", "IL", "TR", "GE", "AU", "JP", "HR",
    "SI", "GR", "IS", "LU", "AE", "KZ", "AR",
];

fn libphonenumber_valid(e164: &str) -> bool {
    phonenumber::parse(None, e164).is_ok_and(|n| phonenumber::is_valid(&n))
}

fn ours_valid(e164: &str) -> bool {
    Phone::parse_in(e164, &COUNTRIES).is_ok()
}

fn examples(region: &str) -> Vec<String> {
    let meta = phonenumber::metadata::DATABASE
        .by_id(region)
        .unwrap_or_else(|| panic!("libphonenumber has {region}"));
    let d = meta.descriptors();
    [d.mobile(), d.fixed_line()]
        .into_iter()
        .flatten()
        .filter_map(|d| d.example())
        .map(|e| format!("+{}{e}", meta.country_code()))
        .collect()
}

#[test]
fn examples_and_one_digit_off_answer_as_libphonenumber() {
    let mut checked = 0;
    let mut refused_off = 0;
    for region in CHECKED {
        for valid in examples(region) {
            assert!(
                libphonenumber_valid(&valid),
                "{region} {valid}: libphonenumber"
            );
            assert!(
                ours_valid(&valid),
                "{region} {valid}: {:?}",
                Phone::parse_in(&valid, &COUNTRIES)
            );
            let short = &valid[..valid.len() - 1];
            let long = format!("{valid}0");
            for off in [short.to_string(), long] {
                let theirs = libphonenumber_valid(&off);
                assert_eq!(
                    ours_valid(&off),
                    theirs,
                    "{region} {off}: libphonenumber says {theirs}"
                );
                refused_off += usize::from(!theirs);
            }
            checked += 1;
        }
    }
    assert!(checked >= 2 * 25, "{checked} examples");
    // Most of the one-digit-off variants are invalid; a few happen to be valid numbers of their
    // country (where lengths vary), and then both sides accept them.
    assert!(
        refused_off * 10 >= checked * 2 * 8,
        "{refused_off} of {} refused",
        2 * checked
    );
}

#[test]
fn random_numbers_answer_as_libphonenumber() {
    // Numbers made of the example's first digits and random others, of every length around it.
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let (mut total, mut differ) = (0, Vec::new());
    for region in CHECKED {
        for valid in examples(region) {
            let cc = phonenumber::metadata::DATABASE
                .by_id(region)
                .unwrap()
                .country_code()
                .to_string();
            for _ in 0..200 {
                let keep = 1 + cc.len() + (next() % 4) as usize;
                let len = valid.len() - 2 + (next() % 5) as usize;
                let mut n = valid[..keep.min(valid.len())].to_string();
                while n.len() < len {
                    n.push(char::from(b'0' + (next() % 10) as u8));
                }
                total += 1;
                if ours_valid(&n) != libphonenumber_valid(&n) {
                    differ.push(n);
                }
            }
        }
    }
    // The table distinguishes leading digits to a depth of three, so a number whose validity
    // depends on later digits may be judged by its length alone. Measured: 321 of 16,000 (2.0 %).
    assert!(
        differ.len() * 100 <= total * 3,
        "{} of {total} differ, e.g. {:?}",
        differ.len(),
        &differ[..differ.len().min(10)]
    );
}

#[test]
fn a_polish_number_one_digit_short_is_told_so_in_both_languages() {
    let e = Phone::parse_in("+48 512 345 67", &COUNTRIES).unwrap_err();
    assert!(
        matches!(e, PhoneError::CountryWrongLength { found: 8, .. }),
        "{e:?}"
    );
    assert_eq!(
        e.message(Lang::En),
        "A number in Poland has 9 digits after +48; this one has 8. Check for a missing or extra \
         digit."
    );
    assert_eq!(
        e.message(Lang::Uk),
        "Номер країни Польща має 9 цифр після +48, а в цьому — 8. Перевірте, чи не пропущено або \
         не додано цифру."
    );
    assert_eq!(e.code(), "phone-country-wrong-length");
    assert!(Phone::parse_in("+48 512 345 678", &COUNTRIES).is_ok());
    assert!(Phone::parse_in("0048 512 345 678", &COUNTRIES).is_ok());
    assert_eq!(
        Phone::parse_in("+999 1234567", &COUNTRIES),
        Err(PhoneError::UnknownCountryCode)
    );
    // A German mobile number one digit short: the lengths of numbers starting 151.
    let e = Phone::parse_in("+49 151 234567", &COUNTRIES).unwrap_err();
    assert!(
        e.message(Lang::En)
            .starts_with("A number in Germany has 11 or 13 digits after +49"),
        "{e}"
    );
    // Ukrainian numbers are checked as before.
    assert!(Phone::parse_in("050 123 45 67", &COUNTRIES).is_ok());
}
