//! УНЗР, the unique number of a record in the Unified State Demographic Register (ЄДДР).
//!
//! Written `YYYYMMDD-NNNNC`: the date of birth, a dash, a number 0001–9999 and a check digit.
//! The check digit is the ICAO 9303 (MRZ) method over the twelve digits: weights 7, 3, 1
//! repeating, the sum mod 10. The README infers that from the МВС text and confirms it with one
//! fixture only (`20000213-01467`), so treat it as likely rather than settled.
//!
//! The dash is required: without it the error suggests the number with the dash in place.

use crate::text::{describe_char, trimmed};
use catalogue::{Date, Lang};
use serde::{Deserialize, Serialize};

/// The check digit of an УНЗР from the values (0–9) of its first twelve digits (date and
/// number, without the dash): ICAO 9303, weights 7, 3, 1 repeating, the sum mod 10.
pub fn unzr_check_digit(first_twelve: [u8; 12]) -> u8 {
    let sum: u32 = first_twelve
        .iter()
        .zip([7, 3, 1].iter().cycle())
        .map(|(&d, &w)| u32::from(d) * w)
        .sum();
    (sum % 10) as u8
}

/// A checked УНЗР, written `YYYYMMDD-NNNNC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Unzr(String);

/// Why a text is not an УНЗР.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code")]
pub enum UnzrError {
    /// Nothing was entered.
    #[serde(rename = "unzr-empty")]
    Empty,
    /// A character other than a digit or the one dash.
    #[serde(rename = "unzr-invalid-character")]
    InvalidCharacter { found: char },
    /// Not 13 digits (the dash not counted).
    #[serde(rename = "unzr-wrong-length")]
    WrongLength { found: usize },
    /// 13 digits without the dash after the date; `suggestion` has it in place.
    #[serde(rename = "unzr-missing-dash")]
    MissingDash { suggestion: String },
    /// A dash somewhere other than after the eighth digit, or more than one.
    #[serde(rename = "unzr-misplaced-dash")]
    MisplacedDash,
    /// The first eight digits are not a date `YYYYMMDD`.
    #[serde(rename = "unzr-no-such-date")]
    NoSuchDate { date_digits: String },
    /// The number after the date is 0000 (it runs from 0001 to 9999).
    #[serde(rename = "unzr-zero-number")]
    ZeroNumber,
    /// The last digit is not the check digit of the other twelve.
    #[serde(rename = "unzr-check-digit")]
    CheckDigit,
}

/// How an УНЗР disagrees with the date of birth the person entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code")]
pub enum UnzrMismatch {
    /// The УНЗР begins with another date of birth.
    #[serde(rename = "unzr-birth-date-mismatch")]
    BirthDateDiffers { encoded: Date, entered: Date },
}

impl Unzr {
    /// Checks what a person typed: `YYYYMMDD-NNNNC` (surrounding whitespace ignored) with a real
    /// date, a number 0001–9999 and a valid check digit.
    pub fn parse(input: &str) -> Result<Unzr, UnzrError> {
        let s = trimmed(input);
        if s.is_empty() {
            return Err(UnzrError::Empty);
        }
        let mut digits = Vec::with_capacity(13);
        let mut dash_at = None;
        for c in s.chars() {
            match c {
                '0'..='9' => digits.push(c as u8 - b'0'),
                '-' if dash_at.is_none() => dash_at = Some(digits.len()),
                '-' => return Err(UnzrError::MisplacedDash),
                _ => return Err(UnzrError::InvalidCharacter { found: c }),
            }
        }
        if digits.len() != 13 {
            return Err(UnzrError::WrongLength {
                found: digits.len(),
            });
        }
        match dash_at {
            Some(8) => {}
            Some(_) => return Err(UnzrError::MisplacedDash),
            None => {
                return Err(UnzrError::MissingDash {
                    suggestion: format!("{}-{}", &s[..8], &s[8..]),
                });
            }
        }
        let text = s.to_string();
        let date_digits = &text[..8];
        let number = |r: std::ops::Range<usize>| -> u16 { text[r].parse().expect("digits") };
        // Month and day have two digits, so they fit a u8; `Date::new` checks the calendar.
        let birth = Date::new(number(0..4), number(4..6) as u8, number(6..8) as u8)
            .filter(|d| d.year() > 0);
        if birth.is_none() {
            return Err(UnzrError::NoSuchDate {
                date_digits: date_digits.to_string(),
            });
        }
        if &text[9..13] == "0000" {
            return Err(UnzrError::ZeroNumber);
        }
        let first_twelve: [u8; 12] = digits[..12].try_into().expect("13 digits");
        if unzr_check_digit(first_twelve) != digits[12] {
            return Err(UnzrError::CheckDigit);
        }
        Ok(Unzr(text))
    }

    /// The number, `YYYYMMDD-NNNNC`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The date of birth the number begins with.
    pub fn birth_date(&self) -> Date {
        let n = |r: std::ops::Range<usize>| -> u16 { self.0[r].parse().expect("digits") };
        Date::new(n(0..4), n(4..6) as u8, n(6..8) as u8).expect("checked when parsed")
    }

    /// Checks the number against the date of birth the person entered.
    pub fn check_against(&self, birth_date: Date) -> Result<(), UnzrMismatch> {
        let encoded = self.birth_date();
        if encoded == birth_date {
            Ok(())
        } else {
            Err(UnzrMismatch::BirthDateDiffers {
                encoded,
                entered: birth_date,
            })
        }
    }
}

impl TryFrom<String> for Unzr {
    type Error = UnzrError;

    fn try_from(s: String) -> Result<Unzr, UnzrError> {
        Unzr::parse(&s)
    }
}

crate::text_serde!(Unzr);

impl UnzrError {
    /// The stable code, as in the JSON form.
    pub fn code(&self) -> &'static str {
        match self {
            UnzrError::Empty => "unzr-empty",
            UnzrError::InvalidCharacter { .. } => "unzr-invalid-character",
            UnzrError::WrongLength { .. } => "unzr-wrong-length",
            UnzrError::MissingDash { .. } => "unzr-missing-dash",
            UnzrError::MisplacedDash => "unzr-misplaced-dash",
            UnzrError::NoSuchDate { .. } => "unzr-no-such-date",
            UnzrError::ZeroNumber => "unzr-zero-number",
            UnzrError::CheckDigit => "unzr-check-digit",
        }
    }

    /// What is wrong and how to fix it.
    pub fn message(&self, lang: Lang) -> String {
        use UnzrError as E;
        match (self, lang) {
            (E::Empty, Lang::Uk) => "Введіть УНЗР (унікальний номер запису в Єдиному державному \
                демографічному реєстрі) у форматі РРРРММДД-ННННК, наприклад 20000213-01467. Він є \
                на ID-картці в полі «Запис №» і в застосунку «Дія»."
                .into(),
            (E::Empty, Lang::En) => "Enter the УНЗР (record number in the Unified State \
                Demographic Register) as YYYYMMDD-NNNNC, for example 20000213-01467. It is on the \
                ID card, in the «Запис №» (Record No.) field, and in the Diia app."
                .into(),
            (E::InvalidCharacter { found }, Lang::Uk) => format!(
                "УНЗР складається з 13 цифр і одного дефіса, а ви ввели {}. Введіть його у форматі \
                 РРРРММДД-ННННК, наприклад 20000213-01467.",
                describe_char(*found, lang)
            ),
            (E::InvalidCharacter { found }, Lang::En) => format!(
                "The УНЗР is 13 digits and one dash, but you typed {}. Enter it as YYYYMMDD-NNNNC, \
                 for example 20000213-01467.",
                describe_char(*found, lang)
            ),
            (E::WrongLength { found }, Lang::Uk) => format!(
                "УНЗР має 13 цифр (8 цифр дати народження, дефіс, ще 5 цифр), а ви ввели {found}. \
                 Звірте номер з полем «Запис №» на ID-картці."
            ),
            (E::WrongLength { found }, Lang::En) => format!(
                "The УНЗР has 13 digits (8 for the date of birth, a dash, then 5 more); you \
                 entered {found}. Compare it with the «Запис №» (Record No.) field on the ID card."
            ),
            (E::MissingDash { suggestion }, Lang::Uk) => {
                format!("Поставте дефіс після дати народження: {suggestion}.")
            }
            (E::MissingDash { suggestion }, Lang::En) => {
                format!("Put a dash after the date of birth: {suggestion}.")
            }
            (E::MisplacedDash, Lang::Uk) => "Дефіс в УНЗР стоїть один раз — після восьми цифр \
                дати народження: РРРРММДД-ННННК, наприклад 20000213-01467."
                .into(),
            (E::MisplacedDash, Lang::En) => "The УНЗР has one dash, after the eight digits of \
                the date of birth: YYYYMMDD-NNNNC, for example 20000213-01467."
                .into(),
            (E::NoSuchDate { date_digits }, Lang::Uk) => format!(
                "Перші вісім цифр УНЗР — це дата народження у форматі РРРРММДД, а {date_digits} \
                 не є датою. Перевірте рік, місяць і день."
            ),
            (E::NoSuchDate { date_digits }, Lang::En) => format!(
                "The first eight digits of the УНЗР are the date of birth as YYYYMMDD, and \
                 {date_digits} is not a date. Check the year, month and day."
            ),
            (E::ZeroNumber, Lang::Uk) => "Чотири цифри після дефіса не можуть бути 0000. \
                Звірте УНЗР з полем «Запис №» на ID-картці."
                .into(),
            (E::ZeroNumber, Lang::En) => "The four digits after the dash cannot be 0000. Compare \
                the УНЗР with the «Запис №» (Record No.) field on the ID card."
                .into(),
            (E::CheckDigit, Lang::Uk) => "У цьому УНЗР не сходиться контрольна (остання) цифра — \
                найімовірніше, одну з цифр введено з помилкою. Звірте номер з полем «Запис №» на \
                ID-картці або із застосунком «Дія»."
                .into(),
            (E::CheckDigit, Lang::En) => "The check digit (the last digit) of this УНЗР does not \
                match, so a digit was probably mistyped. Compare the number with the «Запис №» \
                (Record No.) field on the ID card or with the Diia app."
                .into(),
        }
    }
}

crate::localized_error!(UnzrError);

impl UnzrMismatch {
    /// The stable code, as in the JSON form.
    pub fn code(&self) -> &'static str {
        match self {
            UnzrMismatch::BirthDateDiffers { .. } => "unzr-birth-date-mismatch",
        }
    }

    /// What is wrong and how to fix it.
    pub fn message(&self, lang: Lang) -> String {
        let UnzrMismatch::BirthDateDiffers { encoded, entered } = self;
        let (encoded, entered) = (encoded.dotted(), entered.dotted());
        match lang {
            Lang::Uk => format!(
                "УНЗР починається з дати народження {encoded}, а ви вказали {entered}. Перевірте \
                 дату народження і УНЗР: одне з них введено з помилкою."
            ),
            Lang::En => format!(
                "The УНЗР begins with the date of birth {encoded}, but you gave {entered}. Check \
                 both the date of birth and the УНЗР: one of them is mistyped."
            ),
        }
    }
}

crate::localized_error!(UnzrMismatch);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_input_gets_the_error_that_says_how_to_fix_it() {
        for (input, error) in [
            ("", UnzrError::Empty),
            ("20000213 01467", UnzrError::InvalidCharacter { found: ' ' }),
            ("20000213–01467", UnzrError::InvalidCharacter { found: '–' }),
            ("20000213-0146", UnzrError::WrongLength { found: 12 }),
            ("20000213-014670", UnzrError::WrongLength { found: 14 }),
            (
                "2000021301467",
                UnzrError::MissingDash {
                    suggestion: "20000213-01467".into(),
                },
            ),
            ("2000-021301467", UnzrError::MisplacedDash),
            ("20000213--01467", UnzrError::MisplacedDash),
            (
                "20001302-01467",
                UnzrError::NoSuchDate {
                    date_digits: "20001302".into(),
                },
            ),
            (
                "20230229-00010",
                UnzrError::NoSuchDate {
                    date_digits: "20230229".into(),
                },
            ),
            (
                "00000101-00010",
                UnzrError::NoSuchDate {
                    date_digits: "00000101".into(),
                },
            ),
            ("20000213-00000", UnzrError::ZeroNumber),
            ("20000213-01468", UnzrError::CheckDigit),
        ] {
            assert_eq!(Unzr::parse(input), Err(error), "{input:?}");
        }
    }

    #[test]
    fn the_birth_date_is_compared_with_the_one_entered() {
        let u = Unzr::parse("20000213-01467").unwrap();
        assert_eq!(u.check_against(Date::new(2000, 2, 13).unwrap()), Ok(()));
        assert_eq!(
            u.check_against(Date::new(2000, 2, 14).unwrap()),
            Err(UnzrMismatch::BirthDateDiffers {
                encoded: Date::new(2000, 2, 13).unwrap(),
                entered: Date::new(2000, 2, 14).unwrap(),
            })
        );
    }
}
