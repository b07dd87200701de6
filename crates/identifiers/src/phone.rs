//! Phone numbers, normalised to E.164 (`+380501234567`).
//!
//! Ukrainian numbers are `+380` and 9 digits. They may be typed as `0XX XXX XX XX`, `380…`,
//! `+38 (0XX) XXX-XX-XX` and the like: spaces, dashes and brackets are ignored, `+` is allowed
//! only at the start, and `00` in front of the country code counts as `+`. A foreign number must
//! have `+` (or `00`) and a country code; it is then 7–15 digits in all, country code included, and
//! the country code cannot start with 0. Country codes are not checked against the ITU list.
//!
//! [`Phone::parse_in`] checks a foreign number further against its country's numbering plan, as
//! libphonenumber does: the calling code must be a country's, and the digits after it must have a
//! length that the country's numbers starting with those digits have ([`crate::PhonePlan`], from
//! the country table the importer writes). Its errors name the country and the expected number of
//! digits. The browser and the server both check with it (the same table, fetched by the one and
//! compiled into the other).
//!
//! [`Phone::parse_ukrainian_mobile`] also requires a mobile operator code from
//! [`UKRAINIAN_MOBILE_CODES`], as Diia does; landlines (`+38044…`) are valid Ukrainian numbers
//! that it refuses.

use crate::country::{Countries, PlanFit};
use crate::text::{describe_char, en_count, trimmed, uk_count};
use catalogue::Lang;
use serde::{Deserialize, Serialize};

/// The operator codes (the two digits after `+380`) that Diia's backend accepts as mobile:
/// diia-open-source/be-pkg-validators `src/schemas/index.ts` (EUPL-1.2), per the README. The
/// list may be incomplete: no НКЕК numbering-plan text was retrieved.
pub const UKRAINIAN_MOBILE_CODES: [&str; 16] = [
    "39", "50", "63", "66", "67", "68", "73", "91", "92", "93", "94", "95", "96", "97", "98", "99",
];

/// A checked phone number in E.164: `+` and 7–15 digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Phone(String);

/// Why a text is not an acceptable phone number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code")]
pub enum PhoneError {
    /// Nothing was entered, or nothing but separators.
    #[serde(rename = "phone-empty")]
    Empty,
    /// A character other than a digit, a space, a dash, a bracket or the leading `+`.
    #[serde(rename = "phone-invalid-character")]
    InvalidCharacter { found: char },
    /// A `+` that is not the first character.
    #[serde(rename = "phone-misplaced-plus")]
    MisplacedPlus,
    /// A Ukrainian number without 9 digits after `+380` (or after the leading 0).
    #[serde(rename = "phone-ukrainian-wrong-length")]
    UkrainianWrongLength { found: usize },
    /// A 0 right after `+380` (`+380 050 …`); `suggestion` is the number without it.
    #[serde(rename = "phone-ukrainian-extra-zero")]
    UkrainianExtraZero { suggestion: Option<String> },
    /// A foreign number with fewer than 7 or more than 15 digits.
    #[serde(rename = "phone-foreign-wrong-length")]
    ForeignWrongLength { found: usize },
    /// `+0…`: no country code starts with 0; `suggestion` reads it as a Ukrainian number.
    #[serde(rename = "phone-country-code-zero")]
    CountryCodeZero { suggestion: Option<String> },
    /// Digits with no `+`, no `00` and no Ukrainian prefix; `suggestion` reads 9 digits that start
    /// with a mobile code as a Ukrainian number that lost its 0.
    #[serde(rename = "phone-missing-country-code")]
    MissingCountryCode { suggestion: Option<String> },
    /// A foreign number where only a Ukrainian one will do.
    #[serde(rename = "phone-not-ukrainian")]
    NotUkrainian,
    /// A Ukrainian number whose code is not a known mobile operator's.
    #[serde(rename = "phone-not-mobile")]
    NotMobile { operator_code: String },
    /// A foreign number that starts with no country's calling code.
    #[serde(rename = "phone-unknown-country-code")]
    UnknownCountryCode,
    /// A foreign number whose digits after the calling code are too few or too many for its
    /// country: `expected` is a bit set of lengths (bit 9: 9 digits).
    #[serde(rename = "phone-country-wrong-length")]
    CountryWrongLength {
        country: String,
        name_uk: String,
        name_en: String,
        calling_code: u16,
        expected: u32,
        found: usize,
    },
    /// A foreign number whose digits after the calling code start as no number of its country.
    #[serde(rename = "phone-country-bad-start")]
    CountryBadStart {
        country: String,
        name_uk: String,
        name_en: String,
        calling_code: u16,
    },
}

impl Phone {
    /// Reads a Ukrainian or foreign number and returns it in E.164.
    pub fn parse(input: &str) -> Result<Phone, PhoneError> {
        let s = trimmed(input);
        let mut plus = false;
        let mut digits = String::with_capacity(s.len());
        for (i, c) in s.chars().enumerate() {
            match c {
                '0'..='9' => digits.push(c),
                '+' if i == 0 => plus = true,
                '+' => return Err(PhoneError::MisplacedPlus),
                '-' | '(' | ')' => {}
                c if c.is_whitespace() => {}
                _ => return Err(PhoneError::InvalidCharacter { found: c }),
            }
        }
        if digits.is_empty() {
            return Err(PhoneError::Empty);
        }
        let international = if plus {
            Some(digits.as_str())
        } else {
            digits.strip_prefix("00")
        };
        match international {
            Some(d) => {
                if let Some(national) = d.strip_prefix("380") {
                    ukrainian(national)
                } else if d.starts_with('0') || d.is_empty() {
                    let suggestion = (d.len() == 10 && !d[1..].starts_with('0'))
                        .then(|| display_ukrainian(&d[1..]));
                    Err(PhoneError::CountryCodeZero { suggestion })
                } else if !(7..=15).contains(&d.len()) {
                    Err(PhoneError::ForeignWrongLength { found: d.len() })
                } else {
                    Ok(Phone(format!("+{d}")))
                }
            }
            None => {
                if let Some(national) = digits.strip_prefix("380") {
                    ukrainian(national)
                } else if let Some(national) = digits.strip_prefix('0') {
                    ukrainian(national)
                } else {
                    let suggestion = (digits.len() == 9
                        && UKRAINIAN_MOBILE_CODES.contains(&&digits[..2]))
                    .then(|| display_ukrainian(&digits));
                    Err(PhoneError::MissingCountryCode { suggestion })
                }
            }
        }
    }

    /// Reads a number as [`Phone::parse`] does and checks a foreign one against its country's
    /// numbering plan in `countries`.
    pub fn parse_in(input: &str, countries: &Countries) -> Result<Phone, PhoneError> {
        let digits = match Phone::parse(input) {
            Ok(p) if p.is_ukrainian() => return Ok(p),
            Ok(p) => p.0[1..].to_string(),
            // The generic 7–15 digits: say what the country expects, where the code is known.
            Err(e @ PhoneError::ForeignWrongLength { .. }) => {
                let d: String = input.chars().filter(char::is_ascii_digit).collect();
                let d = if input.trim_start().starts_with('+') {
                    d
                } else {
                    d.strip_prefix("00").unwrap_or(&d).to_string()
                };
                return Err(plan_error(&d, countries).unwrap_or(e));
            }
            Err(e) => return Err(e),
        };
        match plan_error(&digits, countries) {
            None => Ok(Phone(format!("+{digits}"))),
            Some(e) => Err(e),
        }
    }

    /// Reads a Ukrainian number (`+380` and 9 digits); a foreign one is
    /// [`PhoneError::NotUkrainian`].
    pub fn parse_ukrainian(input: &str) -> Result<Phone, PhoneError> {
        let phone = Phone::parse(input)?;
        if phone.is_ukrainian() {
            Ok(phone)
        } else {
            Err(PhoneError::NotUkrainian)
        }
    }

    /// Reads a Ukrainian mobile number: a code from [`UKRAINIAN_MOBILE_CODES`] after `+380`.
    pub fn parse_ukrainian_mobile(input: &str) -> Result<Phone, PhoneError> {
        let phone = Phone::parse_ukrainian(input)?;
        if phone.is_known_ukrainian_mobile() {
            Ok(phone)
        } else {
            Err(PhoneError::NotMobile {
                operator_code: format!("0{}", &phone.0[4..6]),
            })
        }
    }

    /// The number in E.164: `+380501234567`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the number is Ukrainian (`+380`).
    pub fn is_ukrainian(&self) -> bool {
        self.0.starts_with("+380")
    }

    /// Whether the number is Ukrainian with a mobile code from [`UKRAINIAN_MOBILE_CODES`].
    pub fn is_known_ukrainian_mobile(&self) -> bool {
        self.is_ukrainian() && UKRAINIAN_MOBILE_CODES.contains(&&self.0[4..6])
    }

    /// A Ukrainian number as dialled at home: `050 123 45 67`; `None` for a foreign number.
    pub fn national(&self) -> Option<String> {
        let n = self.0.strip_prefix("+380")?;
        Some(format!(
            "0{} {} {} {}",
            &n[..2],
            &n[2..5],
            &n[5..7],
            &n[7..]
        ))
    }

    /// The number for reading: `+380 50 123 45 67` for a Ukrainian one, E.164 for a foreign one.
    pub fn display(&self) -> String {
        match self.0.strip_prefix("+380") {
            Some(n) => display_ukrainian(n),
            None => self.0.clone(),
        }
    }
}

/// What is wrong with the international digits (without `+`) for their country's plan, if any.
fn plan_error(digits: &str, countries: &Countries) -> Option<PhoneError> {
    for len in 1..=3.min(digits.len()) {
        let Ok(code) = digits[..len].parse::<u16>() else {
            continue;
        };
        let regions = countries.by_calling_code(code);
        if regions.is_empty() {
            continue;
        }
        let national = &digits[len..];
        let fits: Vec<PlanFit> = regions
            .iter()
            .map(|c| {
                c.phone
                    .as_ref()
                    .map_or(PlanFit::BadStart, |p| p.fit(national))
            })
            .collect();
        if fits.contains(&PlanFit::Valid) {
            return None;
        }
        let (country, fit) = regions
            .iter()
            .zip(&fits)
            .find(|(_, f)| matches!(f, PlanFit::WrongLength(_)))
            .unwrap_or((&regions[0], &fits[0]));
        let (country, name_uk, name_en) =
            (country.code.clone(), country.uk.clone(), country.en.clone());
        return Some(match *fit {
            PlanFit::WrongLength(expected) => PhoneError::CountryWrongLength {
                country,
                name_uk,
                name_en,
                calling_code: code,
                expected,
                found: national.len(),
            },
            _ => PhoneError::CountryBadStart {
                country,
                name_uk,
                name_en,
                calling_code: code,
            },
        });
    }
    Some(PhoneError::UnknownCountryCode)
}

/// The lengths of a bit set in words: «9 цифр», «10 або 11 цифр», «від 5 до 13 цифр».
fn lengths_text(set: u32, lang: Lang) -> String {
    let all: Vec<usize> = (0..32).filter(|n| set & (1 << n) != 0).collect();
    let (Some(&first), Some(&last)) = (all.first(), all.last()) else {
        return String::new();
    };
    let noun = |n: usize| match lang {
        Lang::Uk => uk_count(n, "цифру", "цифри", "цифр"),
        Lang::En => en_count(n, "digit", "digits"),
    };
    let contiguous = last - first + 1 == all.len();
    match (all.len(), lang) {
        (1, _) => noun(first),
        (n, Lang::Uk) if n > 2 && contiguous => format!("від {first} до {}", noun(last)),
        (n, Lang::En) if n > 2 && contiguous => format!("{first} to {}", noun(last)),
        (_, Lang::Uk) => {
            let head: Vec<String> = all[..all.len() - 1].iter().map(|n| n.to_string()).collect();
            format!("{} або {}", head.join(", "), noun(last))
        }
        (_, Lang::En) => {
            let head: Vec<String> = all[..all.len() - 1].iter().map(|n| n.to_string()).collect();
            format!("{} or {}", head.join(", "), noun(last))
        }
    }
}

/// `+380 50 123 45 67` from the 9 digits after `+380`.
fn display_ukrainian(n: &str) -> String {
    format!("+380 {} {} {} {}", &n[..2], &n[2..5], &n[5..7], &n[7..])
}

/// The number from the digits after `+380` (or after the leading 0).
fn ukrainian(national: &str) -> Result<Phone, PhoneError> {
    if let Some(rest) = national.strip_prefix('0') {
        let suggestion =
            (rest.len() == 9 && !rest.starts_with('0')).then(|| display_ukrainian(rest));
        return Err(PhoneError::UkrainianExtraZero { suggestion });
    }
    if national.len() != 9 {
        return Err(PhoneError::UkrainianWrongLength {
            found: national.len(),
        });
    }
    Ok(Phone(format!("+380{national}")))
}

impl TryFrom<String> for Phone {
    type Error = PhoneError;

    fn try_from(s: String) -> Result<Phone, PhoneError> {
        Phone::parse(&s)
    }
}

crate::text_serde!(Phone);

impl PhoneError {
    /// The stable code, as in the JSON form.
    pub fn code(&self) -> &'static str {
        use PhoneError as E;
        match self {
            E::Empty => "phone-empty",
            E::InvalidCharacter { .. } => "phone-invalid-character",
            E::MisplacedPlus => "phone-misplaced-plus",
            E::UkrainianWrongLength { .. } => "phone-ukrainian-wrong-length",
            E::UkrainianExtraZero { .. } => "phone-ukrainian-extra-zero",
            E::ForeignWrongLength { .. } => "phone-foreign-wrong-length",
            E::CountryCodeZero { .. } => "phone-country-code-zero",
            E::MissingCountryCode { .. } => "phone-missing-country-code",
            E::NotUkrainian => "phone-not-ukrainian",
            E::NotMobile { .. } => "phone-not-mobile",
            E::UnknownCountryCode => "phone-unknown-country-code",
            E::CountryWrongLength { .. } => "phone-country-wrong-length",
            E::CountryBadStart { .. } => "phone-country-bad-start",
        }
    }

    /// What is wrong and how to fix it.
    pub fn message(&self, lang: Lang) -> String {
        use PhoneError as E;
        match (self, lang) {
            (E::Empty, Lang::Uk) => "Введіть номер телефону, наприклад 050 123 45 67 або +380 50 \
                123 45 67. Іноземний номер починайте з + і коду країни."
                .into(),
            (E::Empty, Lang::En) => "Enter a phone number, for example 050 123 45 67 or +380 50 \
                123 45 67. Start a foreign number with + and the country code."
                .into(),
            (E::InvalidCharacter { found }, Lang::Uk) => format!(
                "У номері телефону можуть бути лише цифри, + на початку, пробіли, дефіси й \
                 дужки, а ви ввели {}. Введіть номер цифрами, наприклад 050 123 45 67.",
                describe_char(*found, lang)
            ),
            (E::InvalidCharacter { found }, Lang::En) => format!(
                "A phone number can only have digits, a + at the start, spaces, dashes and \
                 brackets, but you typed {}. Enter the number in digits, for example 050 123 45 \
                 67.",
                describe_char(*found, lang)
            ),
            (E::MisplacedPlus, Lang::Uk) => "Знак + ставлять лише на початку номера, перед кодом \
                країни: +380 50 123 45 67."
                .into(),
            (E::MisplacedPlus, Lang::En) => "The + goes only at the start of the number, before \
                the country code: +380 50 123 45 67."
                .into(),
            (E::UkrainianWrongLength { found }, Lang::Uk) => format!(
                "Український номер має 9 цифр після +380 (або після 0 на початку, як у 050 123 45 \
                 67), а ви ввели {}. Перевірте, чи не пропущено або не додано цифру.",
                uk_count(*found, "цифру", "цифри", "цифр")
            ),
            (E::UkrainianWrongLength { found }, Lang::En) => format!(
                "A Ukrainian number has 9 digits after +380 (or after the leading 0, as in 050 \
                 123 45 67); you entered {}. Check for a missing or extra digit.",
                en_count(*found, "digit", "digits")
            ),
            (
                E::UkrainianExtraZero {
                    suggestion: Some(s),
                },
                Lang::Uk,
            ) => format!(
                "Після +380 нуль не повторюють: 0 із «050» уже входить у +380. Правильно: {s}."
            ),
            (
                E::UkrainianExtraZero {
                    suggestion: Some(s),
                },
                Lang::En,
            ) => format!(
                "Do not repeat the 0 after +380: the 0 of «050» is already part of +380. It \
                 should read {s}."
            ),
            (E::UkrainianExtraZero { suggestion: None }, Lang::Uk) => "Після +380 (або після 0 \
                на початку) номер не може починатися з 0. Перевірте код оператора чи міста."
                .into(),
            (E::UkrainianExtraZero { suggestion: None }, Lang::En) => "After +380 (or after the \
                leading 0) the number cannot start with 0. Check the operator or area code."
                .into(),
            (E::ForeignWrongLength { found }, Lang::Uk) => format!(
                "Міжнародний номер разом із кодом країни має від 7 до 15 цифр, а ви ввели {}. \
                 Перевірте номер.",
                uk_count(*found, "цифру", "цифри", "цифр")
            ),
            (E::ForeignWrongLength { found }, Lang::En) => format!(
                "An international number has 7 to 15 digits, country code included; you entered \
                 {}. Check the number.",
                en_count(*found, "digit", "digits")
            ),
            (E::CountryCodeZero { suggestion }, Lang::Uk) => format!(
                "Після знака + іде код країни, а він не починається з 0. {}",
                match suggestion {
                    Some(s) => format!("Український номер з + пишуть так: {s}."),
                    None => "Введіть український номер як 050 123 45 67, а іноземний — як + і \
                             код країни."
                        .into(),
                }
            ),
            (E::CountryCodeZero { suggestion }, Lang::En) => format!(
                "After the + comes the country code, which never starts with 0. {}",
                match suggestion {
                    Some(s) => format!("A Ukrainian number with + is written {s}."),
                    None => "Enter a Ukrainian number as 050 123 45 67, and a foreign one as + \
                             and the country code."
                        .into(),
                }
            ),
            (E::MissingCountryCode { suggestion }, Lang::Uk) => format!(
                "Не зрозуміло, з якої країни цей номер. Український номер починайте з 0 або +380 \
                 (050 123 45 67), іноземний — із + і коду країни (наприклад, +48 …).{}",
                match suggestion {
                    Some(s) => format!(" Можливо, ваш номер — {s}?"),
                    None => String::new(),
                }
            ),
            (E::MissingCountryCode { suggestion }, Lang::En) => format!(
                "We cannot tell which country this number is from. Start a Ukrainian number with \
                 0 or +380 (050 123 45 67), and a foreign one with + and the country code (for \
                 example +48 …).{}",
                match suggestion {
                    Some(s) => format!(" Perhaps your number is {s}?"),
                    None => String::new(),
                }
            ),
            (E::NotUkrainian, Lang::Uk) => "Потрібен український номер: +380 і 9 цифр або 0 і 9 \
                цифр, наприклад 050 123 45 67."
                .into(),
            (E::NotUkrainian, Lang::En) => "A Ukrainian number is needed: +380 and 9 digits, or 0 \
                and 9 digits, for example 050 123 45 67."
                .into(),
            (
                E::NotMobile {
                    operator_code: code,
                },
                Lang::Uk,
            ) => format!(
                "Потрібен номер мобільного телефону. Код {code} не належить до відомих нам кодів \
                 мобільних операторів (050, 067, 073, 093…) — можливо, це стаціонарний номер. \
                 Введіть мобільний номер."
            ),
            (E::UnknownCountryCode, Lang::Uk) => "Після + має йти код країни, а з цих цифр не \
                починається код жодної країни. Перевірте перші цифри номера (Польща: +48, \
                Німеччина: +49)."
                .into(),
            (E::UnknownCountryCode, Lang::En) => "The + must be followed by a country code, and \
                no country's code starts these digits. Check the first digits (Poland: +48, \
                Germany: +49)."
                .into(),
            (
                E::CountryWrongLength {
                    name_uk,
                    calling_code,
                    expected,
                    found,
                    ..
                },
                Lang::Uk,
            ) => format!(
                "Номер країни {name_uk} має {} після +{calling_code}, а в цьому — {found}. \
                 Перевірте, чи не пропущено або не додано цифру.",
                lengths_text(*expected, lang)
            ),
            (
                E::CountryWrongLength {
                    name_en,
                    calling_code,
                    expected,
                    found,
                    ..
                },
                Lang::En,
            ) => format!(
                "A number in {name_en} has {} after +{calling_code}; this one has {found}. Check \
                 for a missing or extra digit.",
                lengths_text(*expected, lang)
            ),
            (
                E::CountryBadStart {
                    name_uk,
                    calling_code,
                    ..
                },
                Lang::Uk,
            ) => format!(
                "Номери країни {name_uk} після +{calling_code} так не починаються. Перевірте цифри \
                 після коду країни."
            ),
            (
                E::CountryBadStart {
                    name_en,
                    calling_code,
                    ..
                },
                Lang::En,
            ) => format!(
                "No number in {name_en} starts like this after +{calling_code}. Check the digits \
                 after the country code."
            ),
            (
                E::NotMobile {
                    operator_code: code,
                },
                Lang::En,
            ) => format!(
                "A mobile number is needed. The code {code} is not one of the mobile operator \
                 codes we know (050, 067, 073, 093…), so it may be a landline. Enter a mobile \
                 number."
            ),
        }
    }
}

crate::localized_error!(PhoneError);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ukrainian_numbers_in_every_usual_form_normalise_to_e164() {
        for input in [
            "+380501234567",
            "0501234567",
            "050 123 45 67",
            "050-123-45-67",
            "(050) 123-45-67",
            "+38 (050) 123-45-67",
            "+ 38 (050) 123 45 67",
            "+380 50 123 45 67",
            "380501234567",
            "38 050 123 45 67",
            "00380501234567",
            " \u{a0}+380 50 123 45 67\t",
        ] {
            assert_eq!(
                Phone::parse(input).map(|p| p.0),
                Ok("+380501234567".into()),
                "{input:?}"
            );
        }
    }

    #[test]
    fn foreign_numbers_need_a_plus_or_00_and_keep_their_digits() {
        for (input, e164) in [
            ("+48 22 123 45 67", "+48221234567"),
            ("0048 22 123 45 67", "+48221234567"),
            ("+1 (202) 555-0143", "+12025550143"),
            ("+44 20 7946 0958", "+442079460958"),
            ("+4930123", "+4930123"),
            ("+123456789012345", "+123456789012345"),
        ] {
            assert_eq!(
                Phone::parse(input).map(|p| p.0),
                Ok(e164.into()),
                "{input:?}"
            );
        }
    }

    #[test]
    fn malformed_input_gets_the_error_that_says_how_to_fix_it() {
        use PhoneError as E;
        let some = |s: &str| Some(s.to_string());
        for (input, error) in [
            ("", E::Empty),
            ("+ ( ) -", E::Empty),
            ("050.123.45.67", E::InvalidCharacter { found: '.' }),
            ("050 123 45 67 доб. 2", E::InvalidCharacter { found: 'д' }),
            ("050+1234567", E::MisplacedPlus),
            ("050 123 45 6", E::UkrainianWrongLength { found: 8 }),
            ("+380 50 123 45 678", E::UkrainianWrongLength { found: 10 }),
            (
                "+380 (050) 123 45 67",
                E::UkrainianExtraZero {
                    suggestion: some("+380 50 123 45 67"),
                },
            ),
            (
                "+380 000 123 456",
                E::UkrainianExtraZero { suggestion: None },
            ),
            (
                "+0501234567",
                E::CountryCodeZero {
                    suggestion: some("+380 50 123 45 67"),
                },
            ),
            ("+0001", E::CountryCodeZero { suggestion: None }),
            ("+123456", E::ForeignWrongLength { found: 6 }),
            ("+1234567890123456", E::ForeignWrongLength { found: 16 }),
            (
                "501234567",
                E::MissingCountryCode {
                    suggestion: some("+380 50 123 45 67"),
                },
            ),
            ("48221234567", E::MissingCountryCode { suggestion: None }),
        ] {
            assert_eq!(Phone::parse(input), Err(error), "{input:?}");
        }
    }

    #[test]
    fn a_landline_is_ukrainian_but_not_mobile() {
        let kyiv = Phone::parse("044 123 45 67").unwrap();
        assert!(kyiv.is_ukrainian());
        assert!(!kyiv.is_known_ukrainian_mobile());
        assert_eq!(Phone::parse_ukrainian("044 123 45 67"), Ok(kyiv));
        assert_eq!(
            Phone::parse_ukrainian_mobile("044 123 45 67"),
            Err(PhoneError::NotMobile {
                operator_code: "044".into()
            })
        );
        assert!(Phone::parse_ukrainian_mobile("067 123 45 67").is_ok());
        assert_eq!(
            Phone::parse_ukrainian("+48 22 123 45 67"),
            Err(PhoneError::NotUkrainian)
        );
    }

    #[test]
    fn every_code_in_the_readme_regex_is_mobile() {
        // ^\+380(39|50|63|66|67|68|73|91|92|93|94|95|96|97|98|99)\d{7}$
        for code in "39|50|63|66|67|68|73|91|92|93|94|95|96|97|98|99".split('|') {
            let p = Phone::parse_ukrainian_mobile(&format!("+380{code}1234567")).unwrap();
            assert!(p.is_known_ukrainian_mobile());
        }
        assert_eq!(UKRAINIAN_MOBILE_CODES.len(), 16);
    }

    #[test]
    fn ukrainian_numbers_are_shown_grouped() {
        let p = Phone::parse("0501234567").unwrap();
        assert_eq!(p.display(), "+380 50 123 45 67");
        assert_eq!(p.national().as_deref(), Some("050 123 45 67"));
        let f = Phone::parse("+48221234567").unwrap();
        assert_eq!(f.display(), "+48221234567");
        assert_eq!(f.national(), None);
    }
}
