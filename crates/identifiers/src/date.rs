//! Dates as people type them into forms: `DD.MM.YYYY` (as Ukrainian documents write them) or
//! `YYYY-MM-DD` (as a browser's date input sends them), checked against the real calendar.
//!
//! The value is [`catalogue::Date`]. Nothing here reads the clock: "today" is an argument.

use crate::text::{trimmed, uk_count};
use catalogue::{Date, Lang};
use serde::{Deserialize, Serialize};

/// Why a text is not an acceptable date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code")]
pub enum DateError {
    /// Nothing was entered.
    #[serde(rename = "date-empty")]
    Empty,
    /// The text is not `DD.MM.YYYY` or `YYYY-MM-DD`. `suggestion` is the same date written
    /// `DD.MM.YYYY`, when the text could be read unambiguously (`1.2.2000`, `01/02/2000`).
    #[serde(rename = "date-unknown-format")]
    UnknownFormat { suggestion: Option<String> },
    /// The year is 0000.
    #[serde(rename = "date-no-such-year")]
    NoSuchYear,
    /// The month is not 01–12.
    #[serde(rename = "date-no-such-month")]
    NoSuchMonth { month: u8 },
    /// The month has no such day (31 April, 29 February of a common year, day 00).
    #[serde(rename = "date-no-such-day")]
    NoSuchDay { day: u8, month: u8, year: u16 },
    /// The date is after today.
    #[serde(rename = "date-in-future")]
    InFuture { date: Date, today: Date },
    /// The date is before the earliest one the form accepts.
    #[serde(rename = "date-too-early")]
    TooEarly { date: Date, earliest: Date },
}

/// Whether `year` is a leap year of the Gregorian calendar.
pub fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// The number of days in `month` (1–12) of `year`; 0 for any other month.
pub(crate) fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Reads a date written `DD.MM.YYYY` or `YYYY-MM-DD` and checks that the day exists.
///
/// Only these two forms are accepted, with two-digit day and month and a four-digit year. For
/// other readable forms (`1.2.2000`, `01/02/2000`, `2000.02.01`) the error carries the date
/// written `DD.MM.YYYY` as a suggestion; two-digit years are never guessed.
pub fn parse_date(input: &str) -> Result<Date, DateError> {
    let s = trimmed(input);
    if s.is_empty() {
        return Err(DateError::Empty);
    }
    if let Some((y, m, d)) = canonical_parts(s) {
        return checked(y, m, d);
    }
    match lenient_parts(s) {
        Some((y, m, d)) => {
            let date = checked(y, m, d)?;
            Err(DateError::UnknownFormat {
                suggestion: Some(date.dotted()),
            })
        }
        None => Err(DateError::UnknownFormat { suggestion: None }),
    }
}

/// `Ok` unless `date` is after `today`.
pub fn not_in_future(date: Date, today: Date) -> Result<(), DateError> {
    if date > today {
        Err(DateError::InFuture { date, today })
    } else {
        Ok(())
    }
}

/// `Ok` unless `date` is before `earliest` (say, 01.01.1900 for a date of birth).
pub fn not_before(date: Date, earliest: Date) -> Result<(), DateError> {
    if date < earliest {
        Err(DateError::TooEarly { date, earliest })
    } else {
        Ok(())
    }
}

/// Full years of age on the date `on` of someone born on `birth`; `None` if `on` is before `birth`.
///
/// A year is complete on the birthday itself. Someone born on 29 February completes a year on
/// 1 March in a common year (the birthday has not come while it is still 28 February).
pub fn age_on(birth: Date, on: Date) -> Option<u32> {
    if on < birth {
        return None;
    }
    let before_birthday = (on.month(), on.day()) < (birth.month(), birth.day());
    Some(u32::from(on.year() - birth.year()) - u32::from(before_birthday))
}

fn checked(year: u16, month: u8, day: u8) -> Result<Date, DateError> {
    if year == 0 {
        return Err(DateError::NoSuchYear);
    }
    if !(1..=12).contains(&month) {
        return Err(DateError::NoSuchMonth { month });
    }
    Date::new(year, month, day).ok_or(DateError::NoSuchDay { day, month, year })
}

fn number(s: &str) -> Option<u16> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// (year, month, day) of `DD.MM.YYYY` or `YYYY-MM-DD`, without checking the calendar.
fn canonical_parts(s: &str) -> Option<(u16, u8, u8)> {
    let b = s.as_bytes();
    if b.len() != 10 {
        return None;
    }
    let part = |r: std::ops::Range<usize>| number(&s[r]);
    if b[2] == b'.' && b[5] == b'.' {
        Some((part(6..10)?, part(3..5)? as u8, part(0..2)? as u8))
    } else if b[4] == b'-' && b[7] == b'-' {
        Some((part(0..4)?, part(5..7)? as u8, part(8..10)? as u8))
    } else {
        None
    }
}

/// (year, month, day) of three groups of digits joined by one kind of separator (`.`, `/`, `-`),
/// with the four-digit year first or last and one- or two-digit day and month.
fn lenient_parts(s: &str) -> Option<(u16, u8, u8)> {
    let sep = s.chars().find(|c| !c.is_ascii_digit())?;
    if !matches!(sep, '.' | '/' | '-') {
        return None;
    }
    let groups: Vec<&str> = s.split(sep).collect();
    let [a, b, c] = groups[..] else {
        return None;
    };
    let short = |g: &str| (1..=2).contains(&g.len()).then(|| number(g)).flatten();
    let year = |g: &str| (g.len() == 4).then(|| number(g)).flatten();
    if let Some(y) = year(a) {
        Some((y, short(b)? as u8, short(c)? as u8))
    } else {
        Some((year(c)?, short(b)? as u8, short(a)? as u8))
    }
}

const MONTHS_UK_LOCATIVE: [&str; 12] = [
    "січні",
    "лютому",
    "березні",
    "квітні",
    "травні",
    "червні",
    "липні",
    "серпні",
    "вересні",
    "жовтні",
    "листопаді",
    "грудні",
];

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl DateError {
    /// The stable code, as in the JSON form.
    pub fn code(&self) -> &'static str {
        match self {
            DateError::Empty => "date-empty",
            DateError::UnknownFormat { .. } => "date-unknown-format",
            DateError::NoSuchYear => "date-no-such-year",
            DateError::NoSuchMonth { .. } => "date-no-such-month",
            DateError::NoSuchDay { .. } => "date-no-such-day",
            DateError::InFuture { .. } => "date-in-future",
            DateError::TooEarly { .. } => "date-too-early",
        }
    }

    /// What is wrong and how to fix it.
    pub fn message(&self, lang: Lang) -> String {
        use DateError as E;
        match (self, lang) {
            (E::Empty, Lang::Uk) => {
                "Введіть дату у форматі ДД.ММ.РРРР, наприклад 24.08.1991.".into()
            }
            (E::Empty, Lang::En) => "Enter the date as DD.MM.YYYY, for example 24.08.1991.".into(),
            (
                E::UnknownFormat {
                    suggestion: Some(s),
                },
                Lang::Uk,
            ) => format!(
                "Введіть дату у форматі ДД.ММ.РРРР: день і місяць двома цифрами, рік чотирма — {s}."
            ),
            (
                E::UnknownFormat {
                    suggestion: Some(s),
                },
                Lang::En,
            ) => format!(
                "Enter the date as DD.MM.YYYY: the day and month in two digits, the year in \
                 four — {s}."
            ),
            (E::UnknownFormat { suggestion: None }, Lang::Uk) => {
                "Не вдалося прочитати дату. Введіть її у форматі ДД.ММ.РРРР: день і місяць двома \
                 цифрами, рік чотирма, наприклад 24.08.1991."
                    .into()
            }
            (E::UnknownFormat { suggestion: None }, Lang::En) => {
                "We could not read this date. Enter it as DD.MM.YYYY: the day and month in two \
                 digits, the year in four, for example 24.08.1991."
                    .into()
            }
            (E::NoSuchYear, Lang::Uk) => {
                "Року 0000 не існує. Перевірте рік: чотири цифри, наприклад 1991.".into()
            }
            (E::NoSuchYear, Lang::En) => {
                "There is no year 0000. Check the year: four digits, for example 1991.".into()
            }
            (E::NoSuchMonth { month }, Lang::Uk) => format!(
                "Місяця {month:02} не існує: місяць — число від 01 до 12. Можливо, ви переплутали \
                 день і місяць? У форматі ДД.ММ.РРРР спершу йде день, потім місяць."
            ),
            (E::NoSuchMonth { month }, Lang::En) => format!(
                "There is no month {month:02}: the month is a number from 01 to 12. Perhaps the \
                 day and month are swapped? In DD.MM.YYYY the day comes first, then the month."
            ),
            // A month that does not exist can only come from elsewhere (JSON): name that instead.
            (E::NoSuchDay { month, .. }, _) if !(1..=12).contains(month) => {
                E::NoSuchMonth { month: *month }.message(lang)
            }
            (
                E::NoSuchDay {
                    day: 29,
                    month: 2,
                    year,
                },
                Lang::Uk,
            ) => format!(
                "29 лютого {year} року не було: {year} рік не високосний. Перевірте день і рік."
            ),
            (
                E::NoSuchDay {
                    day: 29,
                    month: 2,
                    year,
                },
                Lang::En,
            ) => format!(
                "There was no 29 February {year}: {year} is not a leap year. Check the day and \
                 the year."
            ),
            (E::NoSuchDay { day, month, year }, Lang::Uk) => {
                let n = usize::from(days_in_month(*year, *month));
                format!(
                    "У {} {year} року {}, тому дати {day:02}.{month:02}.{year:04} не існує. \
                     Перевірте день.",
                    MONTHS_UK_LOCATIVE[usize::from(*month - 1)],
                    uk_count(n, "день", "дні", "днів")
                )
            }
            (E::NoSuchDay { day, month, year }, Lang::En) => {
                let n = days_in_month(*year, *month);
                format!(
                    "{} {year} has {n} days, so {day:02}.{month:02}.{year:04} does not exist. \
                     Check the day.",
                    MONTHS_EN[usize::from(*month - 1)]
                )
            }
            (E::InFuture { date, today }, Lang::Uk) => format!(
                "Дата {} ще не настала (сьогодні {}). Перевірте рік і місяць.",
                date.dotted(),
                today.dotted()
            ),
            (E::InFuture { date, today }, Lang::En) => format!(
                "{} is in the future (today is {}). Check the year and the month.",
                date.dotted(),
                today.dotted()
            ),
            (E::TooEarly { date, earliest }, Lang::Uk) => format!(
                "Дата {} надто рання: вона має бути не раніше {}. Перевірте рік.",
                date.dotted(),
                earliest.dotted()
            ),
            (E::TooEarly { date, earliest }, Lang::En) => format!(
                "{} is too early: the date must be {} or later. Check the year.",
                date.dotted(),
                earliest.dotted()
            ),
        }
    }
}

crate::localized_error!(DateError);

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: u16, m: u8, d: u8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    #[test]
    fn both_accepted_forms_read_the_same_date() {
        assert_eq!(parse_date("24.08.1991"), Ok(date(1991, 8, 24)));
        assert_eq!(parse_date(" 1991-08-24 "), Ok(date(1991, 8, 24)));
    }

    #[test]
    fn readable_but_unaccepted_forms_suggest_the_dotted_form() {
        for (input, suggestion) in [
            ("1.2.2000", "01.02.2000"),
            ("01/02/2000", "01.02.2000"),
            ("1-2-2000", "01.02.2000"),
            ("2000.02.01", "01.02.2000"),
            ("2000-2-1", "01.02.2000"),
        ] {
            assert_eq!(
                parse_date(input),
                Err(DateError::UnknownFormat {
                    suggestion: Some(suggestion.into())
                }),
                "{input}"
            );
        }
    }

    #[test]
    fn unreadable_forms_and_two_digit_years_get_no_suggestion() {
        for input in [
            "01.02.00",
            "1 лютого 2000",
            "01.02-2000",
            "010220000",
            "2000",
            "...",
        ] {
            assert_eq!(
                parse_date(input),
                Err(DateError::UnknownFormat { suggestion: None }),
                "{input}"
            );
        }
    }

    #[test]
    fn impossible_days_months_and_years_are_named() {
        assert_eq!(parse_date(""), Err(DateError::Empty));
        assert_eq!(
            parse_date("01.13.2000"),
            Err(DateError::NoSuchMonth { month: 13 })
        );
        assert_eq!(
            parse_date("2000-00-10"),
            Err(DateError::NoSuchMonth { month: 0 })
        );
        assert_eq!(
            parse_date("29.02.2023"),
            Err(DateError::NoSuchDay {
                day: 29,
                month: 2,
                year: 2023
            })
        );
        assert_eq!(
            parse_date("31.04.2024"),
            Err(DateError::NoSuchDay {
                day: 31,
                month: 4,
                year: 2024
            })
        );
        assert_eq!(
            parse_date("00.04.2024"),
            Err(DateError::NoSuchDay {
                day: 0,
                month: 4,
                year: 2024
            })
        );
        assert_eq!(parse_date("01.01.0000"), Err(DateError::NoSuchYear));
        // Reading a lenient form still reports the impossible day rather than the format.
        assert_eq!(
            parse_date("31/4/2024"),
            Err(DateError::NoSuchDay {
                day: 31,
                month: 4,
                year: 2024
            })
        );
    }

    #[test]
    fn the_29th_of_february_exists_only_in_leap_years() {
        assert!(parse_date("29.02.2024").is_ok());
        assert!(parse_date("29.02.2000").is_ok());
        assert!(parse_date("29.02.1900").is_err());
        assert!(parse_date("29.02.2100").is_err());
        assert!(
            DateError::NoSuchDay {
                day: 29,
                month: 2,
                year: 2023
            }
            .message(Lang::Uk)
            .contains("не високосний")
        );
        assert!(
            DateError::NoSuchDay {
                day: 31,
                month: 4,
                year: 2024
            }
            .message(Lang::Uk)
            .starts_with("У квітні 2024 року 30 днів")
        );
    }

    #[test]
    fn a_date_after_today_is_in_the_future_and_today_is_not() {
        let today = date(2025, 6, 1);
        assert_eq!(not_in_future(today, today), Ok(()));
        assert_eq!(not_in_future(date(2025, 5, 31), today), Ok(()));
        assert_eq!(
            not_in_future(date(2025, 6, 2), today),
            Err(DateError::InFuture {
                date: date(2025, 6, 2),
                today
            })
        );
    }

    #[test]
    fn a_date_before_the_earliest_is_too_early_and_the_earliest_is_not() {
        let earliest = date(1900, 1, 1);
        assert_eq!(not_before(earliest, earliest), Ok(()));
        assert!(not_before(date(1899, 12, 31), earliest).is_err());
    }

    #[test]
    fn age_is_counted_in_full_years_and_grows_on_the_birthday() {
        let birth = date(2000, 2, 13);
        for (on, age) in [
            (date(2000, 2, 13), Some(0)),
            (date(2018, 2, 12), Some(17)),
            (date(2018, 2, 13), Some(18)),
            (date(2018, 12, 31), Some(18)),
            (date(2000, 2, 12), None),
        ] {
            assert_eq!(age_on(birth, on), age, "{on}");
        }
    }

    #[test]
    fn someone_born_on_the_29th_of_february_turns_a_year_older_on_the_1st_of_march_in_a_common_year()
     {
        let birth = date(2004, 2, 29);
        assert_eq!(age_on(birth, date(2022, 2, 28)), Some(17));
        assert_eq!(age_on(birth, date(2022, 3, 1)), Some(18));
        assert_eq!(age_on(birth, date(2024, 2, 29)), Some(20));
    }
}
