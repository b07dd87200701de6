//! Properties over generated input: valid numbers (with computed check digits) pass, single-digit
//! typos fail, phone normalisation round-trips, and a sweep over every day of two centuries.

use identifiers::{
    Date, Iban, Phone, Rnokpp, Sex, Unzr, age_on, is_leap_year, parse_date, rnokpp_check_digit,
    unzr_check_digit,
};
use proptest::prelude::*;

fn digits_of(s: &str) -> Vec<u8> {
    s.bytes().map(|b| b - b'0').collect()
}

fn text_of(d: &[u8]) -> String {
    d.iter().map(|d| char::from(b'0' + d)).collect()
}

/// The weighted sum of an РНОКПП's first nine digits mod 11 (before the final mod 10).
fn rnokpp_residue(d: &[u8]) -> i32 {
    const W: [i32; 9] = [-1, 5, 7, 9, 4, 6, 10, 5, 7];
    d.iter()
        .zip(W)
        .map(|(&d, w)| i32::from(d) * w)
        .sum::<i32>()
        .rem_euclid(11)
}

fn valid_rnokpp(first_nine: [u8; 9]) -> String {
    let mut d = first_nine.to_vec();
    d.push(rnokpp_check_digit(first_nine));
    text_of(&d)
}

/// The date `n` days after 1899-12-31, by counting (slow, but independent of the crate).
fn nth_day_after_1899(n: u32) -> Date {
    let mut date = Date::new(1899, 12, 31).unwrap();
    for _ in 0..n {
        date = next_day(date);
    }
    date
}

fn days_in(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn next_day(d: Date) -> Date {
    if d.day() < days_in(d.year(), d.month()) {
        Date::new(d.year(), d.month(), d.day() + 1).unwrap()
    } else if d.month() < 12 {
        Date::new(d.year(), d.month() + 1, 1).unwrap()
    } else {
        Date::new(d.year() + 1, 1, 1).unwrap()
    }
}

fn valid_unzr(date: Date, number: u16) -> String {
    let first_twelve = format!(
        "{:04}{:02}{:02}{number:04}",
        date.year(),
        date.month(),
        date.day()
    );
    let d: [u8; 12] = digits_of(&first_twelve).try_into().unwrap();
    format!(
        "{}-{}{}",
        &first_twelve[..8],
        &first_twelve[8..],
        unzr_check_digit(d)
    )
}

fn a_date() -> impl Strategy<Value = Date> {
    (1900u16..=2100, 1u8..=12, 1u8..=31)
        .prop_map(|(y, m, d)| Date::new(y, m, d.min(days_in(y, m))).unwrap())
}

proptest! {
    #[test]
    fn an_rnokpp_with_a_computed_check_digit_always_passes(
        first_nine in prop::array::uniform9(0u8..=9),
    ) {
        let text = valid_rnokpp(first_nine);
        let r = Rnokpp::parse(&text).unwrap();
        prop_assert_eq!(r.as_str(), text.as_str());
        let sex = if first_nine[8] % 2 == 1 { Sex::Male } else { Sex::Female };
        prop_assert_eq!(r.sex(), sex);
        let days: u32 = text[..5].parse().unwrap();
        prop_assert_eq!(r.birth_date().is_none(), days == 0);
    }

    /// The check digit is (Σ mod 11) mod 10, so residues 0 and 10 share the check digit 0: a typo
    /// that turns one into the other goes unnoticed. Every other single-digit typo is caught.
    #[test]
    fn a_single_digit_typo_in_an_rnokpp_fails_unless_it_turns_residue_0_into_10_or_back(
        first_nine in prop::array::uniform9(0u8..=9),
        position in 0usize..10,
        delta in 1u8..=9,
    ) {
        let mut d = digits_of(&valid_rnokpp(first_nine));
        d[position] = (d[position] + delta) % 10;
        let slips_through = position < 9 && {
            let pair = (rnokpp_residue(&first_nine), rnokpp_residue(&d[..9]));
            pair == (0, 10) || pair == (10, 0)
        };
        prop_assert_eq!(Rnokpp::parse(&text_of(&d)).is_ok(), slips_through);
    }

    #[test]
    fn an_unzr_with_a_computed_check_digit_always_passes(date in a_date(), number in 1u16..=9999) {
        let text = valid_unzr(date, number);
        let u = Unzr::parse(&text).unwrap();
        prop_assert_eq!(u.as_str(), text.as_str());
        prop_assert_eq!(u.birth_date(), date);
        prop_assert_eq!(u.check_against(date), Ok(()));
    }

    /// Weights 7, 3 and 1 are all coprime with 10, so every single-digit typo changes the sum.
    #[test]
    fn any_single_digit_typo_in_an_unzr_fails(
        date in a_date(),
        number in 1u16..=9999,
        position in (0usize..13).prop_map(|p| if p < 8 { p } else { p + 1 }),
        delta in 1u8..=9,
    ) {
        let mut bytes = valid_unzr(date, number).into_bytes();
        bytes[position] = b'0' + (bytes[position] - b'0' + delta) % 10;
        prop_assert!(Unzr::parse(&String::from_utf8(bytes).unwrap()).is_err());
    }

    #[test]
    fn an_iban_with_computed_check_digits_always_passes_in_any_spacing_or_case(
        mfo in "[0-9]{6}",
        account in "[0-9]{1,19}",
    ) {
        let iban = Iban::from_parts(&mfo, &account).unwrap();
        prop_assert_eq!(Iban::parse(iban.as_str()), Ok(iban.clone()));
        prop_assert_eq!(Iban::parse(&iban.grouped()), Ok(iban.clone()));
        prop_assert_eq!(Iban::parse(&iban.as_str().to_lowercase()), Ok(iban.clone()));
        prop_assert_eq!(iban.mfo(), mfo.as_str());
        prop_assert_eq!(iban.account().trim_start_matches('0'), account.trim_start_matches('0'));
    }

    #[test]
    fn any_single_digit_typo_in_an_iban_fails(
        mfo in "[0-9]{6}",
        account in "[0-9]{19}",
        position in 2usize..29,
        delta in 1u8..=9,
    ) {
        let mut bytes = Iban::from_parts(&mfo, &account).unwrap().as_str().as_bytes().to_vec();
        bytes[position] = b'0' + (bytes[position] - b'0' + delta) % 10;
        prop_assert!(Iban::parse(&String::from_utf8(bytes).unwrap()).is_err());
    }

    #[test]
    fn any_swap_of_two_adjacent_different_digits_in_an_iban_fails(
        mfo in "[0-9]{6}",
        account in "[0-9]{19}",
        position in 2usize..28,
    ) {
        let mut bytes = Iban::from_parts(&mfo, &account).unwrap().as_str().as_bytes().to_vec();
        prop_assume!(bytes[position] != bytes[position + 1]);
        bytes.swap(position, position + 1);
        prop_assert!(Iban::parse(&String::from_utf8(bytes).unwrap()).is_err());
    }

    #[test]
    fn a_ukrainian_number_in_any_usual_form_normalises_to_one_e164_and_back(
        national in "[1-9][0-9]{8}",
        form in 0usize..7,
        separators in prop::collection::vec(
            prop::sample::select(vec!["", " ", "-", " - ", "\u{a0}"]),
            4,
        ),
    ) {
        let n = national.as_str();
        let groups = [&n[..2], &n[2..5], &n[5..7], &n[7..]];
        let s = &separators;
        let body = format!(
            "{}{}{}{}{}{}{}",
            groups[0], s[0], groups[1], s[1], groups[2], s[2], groups[3]
        );
        let input = match form {
            0 => format!("0{body}"),
            1 => format!("+380{}{body}", s[3]),
            2 => format!("+38 (0{}) {}-{}-{}", groups[0], groups[1], groups[2], groups[3]),
            3 => format!("380{body}"),
            4 => format!("00380{body}"),
            5 => format!("(0{}){}", groups[0], &body[2..]),
            _ => format!("  +380{body}\t"),
        };
        let e164 = format!("+380{n}");
        let phone = Phone::parse(&input).unwrap();
        prop_assert_eq!(phone.as_str(), e164.as_str());
        prop_assert_eq!(Phone::parse(phone.as_str()), Ok(phone.clone()));
        prop_assert_eq!(Phone::parse(&phone.display()), Ok(phone.clone()));
        prop_assert_eq!(Phone::parse(&phone.national().unwrap()), Ok(phone.clone()));
    }

    #[test]
    fn a_foreign_number_keeps_its_digits_whatever_the_spacing(
        digits in "[1-9][0-9]{6,14}",
        cuts in prop::collection::vec(0usize..15, 0..4),
    ) {
        prop_assume!(!digits.starts_with("380"));
        let mut spaced = digits.clone();
        let mut cuts: Vec<usize> =
            cuts.into_iter().filter(|&c| c > 0 && c < digits.len()).collect();
        cuts.sort_unstable();
        cuts.dedup();
        for c in cuts.into_iter().rev() {
            spaced.insert(c, ' ');
        }
        let e164 = format!("+{digits}");
        let phone = Phone::parse(&format!("+{spaced}")).unwrap();
        prop_assert_eq!(phone.as_str(), e164.as_str());
        prop_assert_eq!(Phone::parse(&format!("00{spaced}")), Ok(phone.clone()));
        prop_assert_eq!(Phone::parse(&phone.display()), Ok(phone.clone()));
        prop_assert!(!phone.is_ukrainian());
    }

    #[test]
    fn the_age_grows_by_one_on_each_birthday_and_not_before(
        birth in a_date(),
        years in 0u16..=100,
    ) {
        // The birthday in the target year; 29 February moves to 1 March in a common year.
        let year = birth.year() + years;
        let birthday = Date::new(year, birth.month(), birth.day())
            .unwrap_or_else(|| Date::new(year, 3, 1).unwrap());
        let eve = nth_before(birthday);
        prop_assert_eq!(age_on(birth, birthday), Some(u32::from(years)));
        if years > 0 {
            prop_assert_eq!(age_on(birth, eve), Some(u32::from(years) - 1));
        } else {
            prop_assert_eq!(age_on(birth, eve), None);
        }
    }
}

fn nth_before(d: Date) -> Date {
    if d.day() > 1 {
        Date::new(d.year(), d.month(), d.day() - 1).unwrap()
    } else if d.month() > 1 {
        Date::new(d.year(), d.month() - 1, days_in(d.year(), d.month() - 1)).unwrap()
    } else {
        Date::new(d.year() - 1, 12, 31).unwrap()
    }
}

#[test]
fn a_typo_that_turns_residue_0_into_10_really_slips_through_the_rnokpp_check() {
    // Find a first-nine with residue 0 and a one-digit change that makes it 10: the check digit
    // stays 0 and the typo passes. This is the algorithm, not a bug of the crate.
    let mut found = None;
    'search: for n in 0u32..1_000_000 {
        let first: [u8; 9] = digits_of(&format!("{n:09}")).try_into().unwrap();
        if rnokpp_residue(&first) != 0 {
            continue;
        }
        for pos in 0..9 {
            for delta in 1..=9 {
                let mut typo = first;
                typo[pos] = (typo[pos] + delta) % 10;
                if rnokpp_residue(&typo) == 10 {
                    found = Some((first, typo));
                    break 'search;
                }
            }
        }
    }
    let (first, typo) = found.expect("such a pair exists");
    let original = valid_rnokpp(first);
    let mut typo_text = text_of(&typo);
    typo_text.push('0');
    assert!(original.ends_with('0'));
    assert!(Rnokpp::parse(&original).is_ok());
    assert!(
        Rnokpp::parse(&typo_text).is_ok(),
        "{original} → {typo_text}"
    );
}

#[test]
fn every_day_number_of_an_rnokpp_reads_as_the_next_calendar_day() {
    // Day numbers 00001–99999 cover 01.01.1900 to 2173: no gaps, no repeats, no skipped leap days.
    let mut expected = nth_day_after_1899(1);
    assert_eq!(expected, Date::new(1900, 1, 1).unwrap());
    for n in 1u32..=99_999 {
        let first: [u8; 9] = digits_of(&format!("{n:05}0001")).try_into().unwrap();
        let r = Rnokpp::parse(&valid_rnokpp(first)).unwrap();
        assert_eq!(r.birth_date(), Some(expected), "day {n}");
        expected = next_day(expected);
    }
    assert_eq!(nth_day_after_1899(36_525), Date::new(2000, 1, 1).unwrap());
}

#[test]
fn every_day_from_1900_to_2100_parses_in_both_forms_and_nothing_else_does() {
    let mut real_days = 0;
    for year in 1900u16..=2100 {
        for month in 0u8..=13 {
            for day in 0u8..=32 {
                let exists = (1..=12).contains(&month) && day >= 1 && day <= days_in(year, month);
                let dotted = parse_date(&format!("{day:02}.{month:02}.{year:04}"));
                let iso = parse_date(&format!("{year:04}-{month:02}-{day:02}"));
                assert_eq!(dotted.is_ok(), exists, "{day:02}.{month:02}.{year}");
                assert_eq!(dotted, iso);
                if exists {
                    real_days += 1;
                    let date = dotted.unwrap();
                    assert_eq!((date.year(), date.month(), date.day()), (year, month, day));
                    assert_eq!(parse_date(&date.dotted()), Ok(date));
                    assert_eq!(parse_date(&date.to_string()), Ok(date));
                }
            }
        }
    }
    // 201 years, 49 of them leap (1900 and 2100 are not; 2000 is).
    assert_eq!(real_days, 201 * 365 + 49);
}
