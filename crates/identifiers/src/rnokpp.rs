//! РНОКПП, the registration number of a taxpayer's record card: the tax number of an individual.
//!
//! Ten digits. Digits 1–5 count the days since 31.12.1899 to the date of birth (00001 is
//! 01.01.1900), digits 6–8 are a serial number for that day, digit 9 is odd for a man and even
//! for a woman, digit 10 is the check digit (see [`rnokpp_check_digit`]).
//!
//! People who refused an РНОКПП for religious reasons have a note in their passport instead, and
//! a form takes their passport in its place: [`TaxIdOrRefusal`].
//!
//! Note that the check digit is `(Σ mod 11) mod 10`, so a residue of 10 and a residue of 0 both
//! give 0: a few single-digit typos keep a valid check digit (the property tests pin down which).

use crate::passport::{Passport, PassportError};
use crate::text::{describe_char, digits, trimmed};
use catalogue::{Date, Lang};
use serde::{Deserialize, Serialize};

/// The weights of digits 1–9 in the check digit.
const WEIGHTS: [i32; 9] = [-1, 5, 7, 9, 4, 6, 10, 5, 7];

/// The check digit of an РНОКПП from the values (0–9) of its first nine digits:
/// `(Σ dᵢ·wᵢ mod 11) mod 10` with w = (−1, 5, 7, 9, 4, 6, 10, 5, 7), the sum taken mod 11 as a
/// non-negative residue.
pub fn rnokpp_check_digit(first_nine: [u8; 9]) -> u8 {
    let sum: i32 = first_nine
        .iter()
        .zip(WEIGHTS)
        .map(|(&d, w)| i32::from(d) * w)
        .sum();
    (sum.rem_euclid(11) % 10) as u8
}

/// A person's sex as the РНОКПП records it (digit 9: odd for a man, even for a woman).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sex {
    Male,
    Female,
}

impl Sex {
    /// "чоловіча" / "жіноча" (as in «чоловіча стать») or "male" / "female".
    fn nominative(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Sex::Male, Lang::Uk) => "чоловіча",
            (Sex::Female, Lang::Uk) => "жіноча",
            (s, Lang::En) => s.word(Lang::En),
        }
    }

    /// "чоловічу" / "жіночу" (accusative, as in «вказали чоловічу стать») or "male" / "female".
    fn word(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Sex::Male, Lang::Uk) => "чоловічу",
            (Sex::Female, Lang::Uk) => "жіночу",
            (Sex::Male, Lang::En) => "male",
            (Sex::Female, Lang::En) => "female",
        }
    }
}

/// A checked РНОКПП: ten ASCII digits with a valid check digit.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Rnokpp(String);

/// Why a text is not an РНОКПП.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code")]
pub enum RnokppError {
    /// Nothing was entered.
    #[serde(rename = "rnokpp-empty")]
    Empty,
    /// A character other than a digit, such as a space or a letter.
    #[serde(rename = "rnokpp-invalid-character")]
    InvalidCharacter { found: char },
    /// Digits only, but not ten of them.
    #[serde(rename = "rnokpp-wrong-length")]
    WrongLength { found: usize },
    /// Two letters and six digits: a booklet passport was entered where the РНОКПП goes.
    #[serde(rename = "rnokpp-looks-like-passport")]
    LooksLikePassport,
    /// Ten digits whose last digit is not the check digit of the first nine.
    #[serde(rename = "rnokpp-check-digit")]
    CheckDigit,
}

/// How an РНОКПП disagrees with the date of birth and sex the person entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code")]
pub enum RnokppMismatch {
    /// Digits 1–5 encode another date of birth (`None`: they are 00000, no date at all).
    #[serde(rename = "rnokpp-birth-date-mismatch")]
    BirthDateDiffers {
        encoded: Option<Date>,
        entered: Date,
    },
    /// Digit 9 encodes the other sex.
    #[serde(rename = "rnokpp-sex-mismatch")]
    SexDiffers { encoded: Sex, entered: Sex },
    /// Both disagree: likely someone else's number.
    #[serde(rename = "rnokpp-birth-date-and-sex-mismatch")]
    BothDiffer {
        encoded_birth_date: Option<Date>,
        entered_birth_date: Date,
        encoded_sex: Sex,
        entered_sex: Sex,
    },
}

impl Rnokpp {
    /// The number of digits.
    pub const LEN: usize = 10;

    /// Checks what a person typed: ten digits (surrounding whitespace ignored) with a valid check
    /// digit.
    pub fn parse(input: &str) -> Result<Rnokpp, RnokppError> {
        let s = trimmed(input);
        if s.is_empty() {
            return Err(RnokppError::Empty);
        }
        if looks_like_booklet_passport(s) {
            return Err(RnokppError::LooksLikePassport);
        }
        let d = digits(s).map_err(|found| RnokppError::InvalidCharacter { found })?;
        if d.len() != Self::LEN {
            return Err(RnokppError::WrongLength { found: d.len() });
        }
        let first_nine: [u8; 9] = d[..9].try_into().expect("ten digits");
        if rnokpp_check_digit(first_nine) != d[9] {
            return Err(RnokppError::CheckDigit);
        }
        Ok(Rnokpp(s.to_string()))
    }

    /// The ten digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn digit(&self, i: usize) -> u8 {
        self.0.as_bytes()[i] - b'0'
    }

    /// The date of birth in digits 1–5; `None` if they are 00000.
    pub fn birth_date(&self) -> Option<Date> {
        let days: i64 = self.0[..5].parse().expect("digits");
        if days == 0 {
            return None;
        }
        let day_zero = Date::new(1899, 12, 31).expect("a real date");
        Date::from_days_since_epoch(day_zero.days_since_epoch() + days)
    }

    /// The sex in digit 9.
    pub fn sex(&self) -> Sex {
        if self.digit(8) % 2 == 1 {
            Sex::Male
        } else {
            Sex::Female
        }
    }

    /// Checks the number against the date of birth and sex the person entered, with a distinct
    /// error for each disagreement.
    pub fn check_against(&self, birth_date: Date, sex: Sex) -> Result<(), RnokppMismatch> {
        let encoded_birth_date = self.birth_date();
        let encoded_sex = self.sex();
        match (encoded_birth_date == Some(birth_date), encoded_sex == sex) {
            (true, true) => Ok(()),
            (false, true) => Err(RnokppMismatch::BirthDateDiffers {
                encoded: encoded_birth_date,
                entered: birth_date,
            }),
            (true, false) => Err(RnokppMismatch::SexDiffers {
                encoded: encoded_sex,
                entered: sex,
            }),
            (false, false) => Err(RnokppMismatch::BothDiffer {
                encoded_birth_date,
                entered_birth_date: birth_date,
                encoded_sex,
                entered_sex: sex,
            }),
        }
    }
}

/// Two letters of any alphabet, then six digits, spaces aside.
fn looks_like_booklet_passport(s: &str) -> bool {
    let chars: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    chars.len() == 8
        && chars[..2].iter().all(|c| c.is_alphabetic())
        && chars[2..].iter().all(|c| c.is_ascii_digit())
}

impl TryFrom<String> for Rnokpp {
    type Error = RnokppError;

    fn try_from(s: String) -> Result<Rnokpp, RnokppError> {
        Rnokpp::parse(&s)
    }
}

crate::text_serde!(Rnokpp);

/// The tax number a form takes: an РНОКПП, or, for someone who refused one for religious reasons,
/// the passport that carries the note about the refusal.
///
/// JSON: `{"kind": "rnokpp", "value": "1759013776"}` or
/// `{"kind": "refused-for-religious-reasons", "value": "АА123456"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "kebab-case")]
pub enum TaxIdOrRefusal {
    /// The person has an РНОКПП.
    Rnokpp(Rnokpp),
    /// The person refused an РНОКПП for religious reasons; their passport (an ID card or a booklet)
    /// has a note about it and is used instead.
    RefusedForReligiousReasons(Passport),
}

impl TaxIdOrRefusal {
    /// Reads the РНОКПП of someone who has one.
    pub fn parse_rnokpp(input: &str) -> Result<TaxIdOrRefusal, RnokppError> {
        Rnokpp::parse(input).map(TaxIdOrRefusal::Rnokpp)
    }

    /// Reads the passport of someone who refused an РНОКПП for religious reasons.
    pub fn parse_refusal(passport: &str) -> Result<TaxIdOrRefusal, PassportError> {
        Passport::parse(passport).map(TaxIdOrRefusal::RefusedForReligiousReasons)
    }

    /// The РНОКПП, if the person has one.
    pub fn rnokpp(&self) -> Option<&Rnokpp> {
        match self {
            TaxIdOrRefusal::Rnokpp(r) => Some(r),
            TaxIdOrRefusal::RefusedForReligiousReasons(_) => None,
        }
    }

    /// The number as written: the РНОКПП or the passport number.
    pub fn as_str(&self) -> &str {
        match self {
            TaxIdOrRefusal::Rnokpp(r) => r.as_str(),
            TaxIdOrRefusal::RefusedForReligiousReasons(p) => p.as_str(),
        }
    }
}

impl RnokppError {
    /// The stable code, as in the JSON form.
    pub fn code(&self) -> &'static str {
        match self {
            RnokppError::Empty => "rnokpp-empty",
            RnokppError::InvalidCharacter { .. } => "rnokpp-invalid-character",
            RnokppError::WrongLength { .. } => "rnokpp-wrong-length",
            RnokppError::LooksLikePassport => "rnokpp-looks-like-passport",
            RnokppError::CheckDigit => "rnokpp-check-digit",
        }
    }

    /// What is wrong and how to fix it.
    pub fn message(&self, lang: Lang) -> String {
        use RnokppError as E;
        match (self, lang) {
            (E::Empty, Lang::Uk) => "Введіть РНОКПП (реєстраційний номер облікової картки \
                платника податків) — 10 цифр. Якщо ви через релігійні переконання відмовилися від \
                РНОКПП, позначте це й введіть серію та номер паспорта."
                .into(),
            (E::Empty, Lang::En) => "Enter the РНОКПП (taxpayer registration number): 10 digits. \
                If you refused an РНОКПП for religious reasons, say so and enter your passport \
                series and number instead."
                .into(),
            (E::InvalidCharacter { found }, Lang::Uk) => format!(
                "РНОКПП складається лише з цифр, а ви ввели {}. Введіть 10 цифр поспіль, без \
                 пробілів, літер і розділових знаків.",
                describe_char(*found, lang)
            ),
            (E::InvalidCharacter { found }, Lang::En) => format!(
                "The РНОКПП is digits only, but you typed {}. Enter the 10 digits in a row, \
                 without spaces, letters or punctuation.",
                describe_char(*found, lang)
            ),
            (E::WrongLength { found }, Lang::Uk) => format!(
                "РНОКПП має 10 цифр, а ви ввели {found}. Перевірте номер у довідці про \
                 присвоєння РНОКПП, на звороті ID-картки або в застосунку «Дія»."
            ),
            (E::WrongLength { found }, Lang::En) => format!(
                "The РНОКПП has 10 digits; you entered {found}. Check the number on your РНОКПП \
                 certificate, on the back of your ID card or in the Diia app."
            ),
            (E::LooksLikePassport, Lang::Uk) => "Це схоже на серію й номер паспорта, а не на \
                РНОКПП, який складається з 10 цифр. Якщо ви через релігійні переконання \
                відмовилися від РНОКПП, позначте це й введіть паспорт у його поле."
                .into(),
            (E::LooksLikePassport, Lang::En) => "This looks like a passport series and number, \
                not an РНОКПП, which is 10 digits. If you refused an РНОКПП for religious \
                reasons, say so and enter the passport in its own field."
                .into(),
            (E::CheckDigit, Lang::Uk) => "У цьому РНОКПП не сходиться контрольна (остання) \
                цифра — найімовірніше, одну з цифр введено з помилкою. Звірте всі 10 цифр із \
                документом."
                .into(),
            (E::CheckDigit, Lang::En) => "The check digit (the last digit) of this РНОКПП does \
                not match, so a digit was probably mistyped. Compare all 10 digits with your \
                document."
                .into(),
        }
    }
}

crate::localized_error!(RnokppError);

impl RnokppMismatch {
    /// The stable code, as in the JSON form.
    pub fn code(&self) -> &'static str {
        match self {
            RnokppMismatch::BirthDateDiffers { .. } => "rnokpp-birth-date-mismatch",
            RnokppMismatch::SexDiffers { .. } => "rnokpp-sex-mismatch",
            RnokppMismatch::BothDiffer { .. } => "rnokpp-birth-date-and-sex-mismatch",
        }
    }

    /// What is wrong and how to fix it.
    pub fn message(&self, lang: Lang) -> String {
        use RnokppMismatch as E;
        match (self, lang) {
            (
                E::BirthDateDiffers {
                    encoded: Some(encoded),
                    entered,
                },
                Lang::Uk,
            ) => format!(
                "Перші п’ять цифр РНОКПП означають дату народження {}, а ви вказали {}. Перевірте \
                 дату народження і РНОКПП: одне з них введено з помилкою.",
                encoded.dotted(),
                entered.dotted()
            ),
            (
                E::BirthDateDiffers {
                    encoded: Some(encoded),
                    entered,
                },
                Lang::En,
            ) => format!(
                "The first five digits of the РНОКПП stand for the date of birth {}, but you gave \
                 {}. Check both the date of birth and the РНОКПП: one of them is mistyped.",
                encoded.dotted(),
                entered.dotted()
            ),
            (E::BirthDateDiffers { encoded: None, .. }, Lang::Uk) => {
                "Перші п’ять цифр РНОКПП (00000) не означають жодної дати народження. Перевірте \
                 РНОКПП."
                    .into()
            }
            (E::BirthDateDiffers { encoded: None, .. }, Lang::En) => {
                "The first five digits of the РНОКПП (00000) do not stand for any date of birth. \
                 Check the РНОКПП."
                    .into()
            }
            (E::SexDiffers { encoded, entered }, Lang::Uk) => format!(
                "Дев’ята цифра РНОКПП означає {} стать, а ви вказали {}. Перевірте стать і РНОКПП.",
                encoded.word(lang),
                entered.word(lang)
            ),
            (E::SexDiffers { encoded, entered }, Lang::En) => format!(
                "The ninth digit of the РНОКПП stands for {}, but you gave {}. Check both the sex \
                 and the РНОКПП.",
                encoded.word(lang),
                entered.word(lang)
            ),
            (
                E::BothDiffer {
                    encoded_birth_date,
                    encoded_sex,
                    ..
                },
                Lang::Uk,
            ) => format!(
                "Цей РНОКПП не збігається ні з датою народження, ні зі статтю, які ви вказали (за \
                 номером: {}, {} стать). Можливо, це номер іншої людини, наприклад члена родини, — \
                 перевірте, чий РНОКПП ви ввели.",
                encoded_birth_date.map_or("без дати".into(), Date::dotted),
                encoded_sex.nominative(lang)
            ),
            (
                E::BothDiffer {
                    encoded_birth_date,
                    encoded_sex,
                    ..
                },
                Lang::En,
            ) => format!(
                "This РНОКПП matches neither the date of birth nor the sex you gave (the number \
                 says {}, {}). It may be someone else's, such as a family member's: check whose \
                 РНОКПП you entered.",
                encoded_birth_date.map_or("no date".into(), Date::dotted),
                encoded_sex.word(lang)
            ),
        }
    }
}

crate::localized_error!(RnokppMismatch);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_check_digit_normalises_a_negative_sum() {
        // −9 + 0 … = −9: the residue mod 11 is 2, not −9.
        assert_eq!(rnokpp_check_digit([9, 0, 0, 0, 0, 0, 0, 0, 0]), 2);
    }

    #[test]
    fn malformed_input_gets_the_error_that_says_how_to_fix_it() {
        for (input, error) in [
            ("", RnokppError::Empty),
            ("   ", RnokppError::Empty),
            ("175901377", RnokppError::WrongLength { found: 9 }),
            ("17590137766", RnokppError::WrongLength { found: 11 }),
            ("1759 013776", RnokppError::InvalidCharacter { found: ' ' }),
            ("175901377б", RnokppError::InvalidCharacter { found: 'б' }),
            ("АА123456", RnokppError::LooksLikePassport),
            ("аа 123456", RnokppError::LooksLikePassport),
            ("1759013770", RnokppError::CheckDigit),
        ] {
            assert_eq!(Rnokpp::parse(input), Err(error), "{input:?}");
        }
    }

    #[test]
    fn surrounding_whitespace_is_ignored() {
        assert_eq!(
            Rnokpp::parse(" 1759013776\n").unwrap().as_str(),
            "1759013776"
        );
    }

    #[test]
    fn day_zero_encodes_no_date_of_birth() {
        // 00000 + serial 000 + sex digit 1: check digit (−0 … + 7·1) mod 11 = 7.
        let r = Rnokpp::parse("0000000017").unwrap();
        assert_eq!(r.birth_date(), None);
        let entered = Date::new(1900, 1, 1).unwrap();
        assert_eq!(
            r.check_against(entered, Sex::Male),
            Err(RnokppMismatch::BirthDateDiffers {
                encoded: None,
                entered
            })
        );
    }

    #[test]
    fn day_one_is_the_first_of_january_1900() {
        // 00001 000 1 → (4·1 + 7·1) mod 11 = 0.
        let r = Rnokpp::parse("0000100010").unwrap();
        assert_eq!(r.birth_date(), Date::new(1900, 1, 1));
    }

    #[test]
    fn a_tax_number_or_refusal_serialises_with_its_kind() {
        let r = TaxIdOrRefusal::parse_rnokpp("1759013776").unwrap();
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            r#"{"kind":"rnokpp","value":"1759013776"}"#
        );
        let p = TaxIdOrRefusal::parse_refusal("АА123456").unwrap();
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(
            json,
            r#"{"kind":"refused-for-religious-reasons","value":"АА123456"}"#
        );
        assert_eq!(serde_json::from_str::<TaxIdOrRefusal>(&json).unwrap(), p);
        assert_eq!(p.rnokpp(), None);
        assert_eq!(p.as_str(), "АА123456");
        // Deserialising checks the number.
        assert!(
            serde_json::from_str::<TaxIdOrRefusal>(r#"{"kind":"rnokpp","value":"1759013770"}"#)
                .is_err()
        );
    }
}
