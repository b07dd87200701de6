//! IBAN of an account in a Ukrainian bank.
//!
//! 29 characters: `UA`, two check digits, the 6-digit bank code (МФО) and the 19-digit account
//! number, left-padded with zeros. Checked with ISO 13616 / ISO 7064 mod 97: move the first four
//! characters to the end, read letters as numbers (A = 10 … Z = 35), and the result mod 97 must
//! equal 1. Check digits 00, 01 and 99 are refused too, as ISO 13616 allows only 02–98: they are
//! congruent to 97, 98 and 02 mod 97, so the bare sum would let them through.
//!
//! Input may have spaces (`UA58 3808 0500 …`, as banks print it) and lowercase letters; the value
//! keeps neither.

use crate::text::{describe_char, trimmed};
use catalogue::Lang;
use serde::{Deserialize, Serialize};

/// A checked Ukrainian IBAN: `UA` and 27 digits, no spaces.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Iban(String);

/// Why a text is not a Ukrainian IBAN.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code")]
pub enum IbanError {
    /// Nothing was entered.
    #[serde(rename = "iban-empty")]
    Empty,
    /// A character other than a letter, a digit or a space, or a letter after `UA`.
    #[serde(rename = "iban-invalid-character")]
    InvalidCharacter { found: char },
    /// The IBAN of another country.
    #[serde(rename = "iban-not-ukrainian")]
    NotUkrainian { country: String },
    /// Digits without the leading `UA`; `suggestion` is the IBAN with it, if that one is valid.
    #[serde(rename = "iban-missing-country-code")]
    MissingCountryCode { suggestion: Option<String> },
    /// Not 29 characters (spaces not counted).
    #[serde(rename = "iban-wrong-length")]
    WrongLength { found: usize },
    /// The mod-97 check fails.
    #[serde(rename = "iban-check-digits")]
    CheckDigits,
}

/// The remainder mod 97 of the IBAN's number: the first four characters moved to the end,
/// letters read as 10–35. `s` must be ASCII letters and digits.
fn mod97(s: &str) -> u32 {
    let (head, tail) = s.split_at(4);
    tail.chars().chain(head.chars()).fold(0, |acc, c| {
        let v = c.to_digit(36).expect("ASCII letter or digit");
        if v < 10 {
            (acc * 10 + v) % 97
        } else {
            (acc * 100 + v) % 97
        }
    })
}

impl Iban {
    /// The number of characters.
    pub const LEN: usize = 29;

    /// Checks what a person typed or pasted: spaces and case are ignored.
    pub fn parse(input: &str) -> Result<Iban, IbanError> {
        let s = trimmed(input);
        if s.is_empty() {
            return Err(IbanError::Empty);
        }
        let compact: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if let Some(found) = compact.chars().find(|c| !c.is_ascii_alphanumeric()) {
            return Err(IbanError::InvalidCharacter { found });
        }
        if !compact.chars().take(2).all(|c| c.is_ascii_alphabetic()) {
            let with_ua = format!("UA{compact}");
            let suggestion = Iban::parse(&with_ua).ok().map(|i| i.grouped());
            return Err(IbanError::MissingCountryCode { suggestion });
        }
        if let Some(country) = compact.get(..2)
            && country != "UA"
        {
            return Err(IbanError::NotUkrainian {
                country: country.to_string(),
            });
        }
        let after_country = compact.get(2..).unwrap_or("");
        if let Some(found) = after_country.chars().find(|c| !c.is_ascii_digit()) {
            return Err(IbanError::InvalidCharacter { found });
        }
        if compact.len() != Self::LEN {
            return Err(IbanError::WrongLength {
                found: compact.len(),
            });
        }
        if matches!(&compact[2..4], "00" | "01" | "99") || mod97(&compact) != 1 {
            return Err(IbanError::CheckDigits);
        }
        Ok(Iban(compact))
    }

    /// The IBAN of account `account` (up to 19 digits, padded with zeros on the left) in the bank
    /// with МФО `mfo` (6 digits), with its check digits computed; `None` if either is malformed.
    pub fn from_parts(mfo: &str, account: &str) -> Option<Iban> {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if mfo.len() != 6 || !digits(mfo) || account.len() > 19 || !digits(account) {
            return None;
        }
        let bban = format!("{mfo}{account:0>19}");
        let check = 98 - mod97(&format!("UA00{bban}"));
        Some(Iban(format!("UA{check:02}{bban}")))
    }

    /// The 29 characters without spaces.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The two check digits.
    pub fn check_digits(&self) -> &str {
        &self.0[2..4]
    }

    /// The bank code (МФО), 6 digits.
    pub fn mfo(&self) -> &str {
        &self.0[4..10]
    }

    /// The account number, 19 digits with the leading zeros.
    pub fn account(&self) -> &str {
        &self.0[10..]
    }

    /// Groups of four, as banks print it: `UA58 3808 0500 0000 0260 0970 2978 805`.
    pub fn grouped(&self) -> String {
        let chunks: Vec<&str> = (0..self.0.len())
            .step_by(4)
            .map(|i| &self.0[i..(i + 4).min(self.0.len())])
            .collect();
        chunks.join(" ")
    }
}

impl TryFrom<String> for Iban {
    type Error = IbanError;

    fn try_from(s: String) -> Result<Iban, IbanError> {
        Iban::parse(&s)
    }
}

crate::text_serde!(Iban);

impl IbanError {
    /// The stable code, as in the JSON form.
    pub fn code(&self) -> &'static str {
        match self {
            IbanError::Empty => "iban-empty",
            IbanError::InvalidCharacter { .. } => "iban-invalid-character",
            IbanError::NotUkrainian { .. } => "iban-not-ukrainian",
            IbanError::MissingCountryCode { .. } => "iban-missing-country-code",
            IbanError::WrongLength { .. } => "iban-wrong-length",
            IbanError::CheckDigits => "iban-check-digits",
        }
    }

    /// What is wrong and how to fix it.
    pub fn message(&self, lang: Lang) -> String {
        use IbanError as E;
        match (self, lang) {
            (E::Empty, Lang::Uk) => "Введіть IBAN рахунку — 29 символів: UA, 2 контрольні цифри, \
                6 цифр коду банку (МФО) і 19 цифр номера рахунку. Його можна скопіювати із \
                застосунку банку або з виписки."
                .into(),
            (E::Empty, Lang::En) => "Enter the account's IBAN: 29 characters, which are UA, 2 \
                check digits, the 6-digit bank code (МФО) and the 19-digit account number. You can \
                copy it from your banking app or a statement."
                .into(),
            (E::InvalidCharacter { found }, Lang::Uk) => format!(
                "IBAN складається з літер UA і цифр, а ви ввели {}. Пробіли можна залишити, інші \
                 знаки приберіть.",
                describe_char(*found, lang)
            ),
            (E::InvalidCharacter { found }, Lang::En) => format!(
                "An IBAN is the letters UA followed by digits, but you typed {}. Spaces are fine; \
                 remove any other characters.",
                describe_char(*found, lang)
            ),
            (E::NotUkrainian { country }, Lang::Uk) => format!(
                "Потрібен рахунок в українському банку: його IBAN починається з UA, а цей — з \
                 {country}."
            ),
            (E::NotUkrainian { country }, Lang::En) => format!(
                "The account must be in a Ukrainian bank, whose IBAN starts with UA; this one \
                 starts with {country}."
            ),
            (
                E::MissingCountryCode {
                    suggestion: Some(s),
                },
                Lang::Uk,
            ) => {
                format!("IBAN починається з літер UA. Мабуть, ваш IBAN — {s}.")
            }
            (
                E::MissingCountryCode {
                    suggestion: Some(s),
                },
                Lang::En,
            ) => {
                format!("An IBAN starts with the letters UA. Your IBAN is probably {s}.")
            }
            (E::MissingCountryCode { suggestion: None }, Lang::Uk) => "IBAN починається з літер \
                UA, а далі 27 цифр. Скопіюйте IBAN повністю із застосунку банку або з виписки."
                .into(),
            (E::MissingCountryCode { suggestion: None }, Lang::En) => "An IBAN starts with the \
                letters UA, followed by 27 digits. Copy the whole IBAN from your banking app or a \
                statement."
                .into(),
            (E::WrongLength { found }, Lang::Uk) => format!(
                "Український IBAN має 29 символів, а ви ввели {found}. Скопіюйте його повністю із \
                 застосунку банку або з виписки."
            ),
            (E::WrongLength { found }, Lang::En) => format!(
                "A Ukrainian IBAN has 29 characters; you entered {found}. Copy it in full from \
                 your banking app or a statement."
            ),
            (E::CheckDigits, Lang::Uk) => "Цей IBAN не проходить перевірку контрольних цифр — \
                найімовірніше, один із символів введено з помилкою. Скопіюйте IBAN із застосунку \
                банку, а не набирайте вручну."
                .into(),
            (E::CheckDigits, Lang::En) => "This IBAN fails its check digits, so a character was \
                probably mistyped. Copy the IBAN from your banking app rather than typing it."
                .into(),
        }
    }
}

crate::localized_error!(IbanError);

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = "UA583808050000026009702978805";

    #[test]
    fn spaces_and_lowercase_are_normalised_away() {
        for input in [
            EXAMPLE,
            "UA58 3808 0500 0002 6009 7029 7880 5",
            " ua583808050000026009702978805 ",
            "UA58\u{a0}3808\u{a0}0500\u{a0}0002\u{a0}6009\u{a0}7029\u{a0}7880\u{a0}5",
        ] {
            assert_eq!(Iban::parse(input).unwrap().as_str(), EXAMPLE, "{input:?}");
        }
    }

    #[test]
    fn the_parts_are_where_the_format_puts_them() {
        let i = Iban::parse(EXAMPLE).unwrap();
        assert_eq!(i.check_digits(), "58");
        assert_eq!(i.mfo(), "380805");
        assert_eq!(i.account(), "0000026009702978805");
        assert_eq!(i.grouped(), "UA58 3808 0500 0002 6009 7029 7880 5");
        assert_eq!(Iban::from_parts("380805", "26009702978805"), Some(i));
        assert_eq!(Iban::from_parts("38080", "1"), None);
        assert_eq!(Iban::from_parts("380805", "12345678901234567890"), None);
    }

    #[test]
    fn malformed_input_gets_the_error_that_says_how_to_fix_it() {
        use IbanError as E;
        for (input, error) in [
            ("", E::Empty),
            ("UA58-3808-0500", E::InvalidCharacter { found: '-' }),
            (
                "UA58 3808 O500 0000 2600 9702 9788 05",
                E::InvalidCharacter { found: 'O' },
            ),
            (
                "PL61109010140000071219812874",
                E::NotUkrainian {
                    country: "PL".into(),
                },
            ),
            (
                "583808050000026009702978805",
                E::MissingCountryCode {
                    suggestion: Some("UA58 3808 0500 0002 6009 7029 7880 5".into()),
                },
            ),
            ("26009702978805", E::MissingCountryCode { suggestion: None }),
            ("UA58380805000002600970297880", E::WrongLength { found: 28 }),
            (
                "UA5838080500000260097029788050",
                E::WrongLength { found: 30 },
            ),
            ("UA583808050000026009702978806", E::CheckDigits),
            ("U", E::WrongLength { found: 1 }),
        ] {
            assert_eq!(Iban::parse(input), Err(error), "{input:?}");
        }
    }

    #[test]
    fn check_digits_99_00_and_01_are_refused_though_they_pass_mod_97() {
        // The same account with 99 instead of its true check digits 02 passes the bare sum.
        let base = (0..)
            .map(|n: u64| Iban::from_parts("300001", &n.to_string()).unwrap())
            .find(|i| i.check_digits() == "02")
            .unwrap();
        let with_99 = format!("UA99{}", &base.as_str()[4..]);
        assert_eq!(mod97(&with_99), 1);
        assert_eq!(Iban::parse(&with_99), Err(IbanError::CheckDigits));
    }
}
