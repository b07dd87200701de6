//! Numbers of Ukrainian passports: the ID card (since 2016) and the booklet (the 1994 form).
//!
//! - ID card: 9 digits, no series, no check digit.
//! - Booklet: a series of two capital Ukrainian letters from `А`–`Щ`, `Ь`, `Ю`, `Я`, `Ґ`, `Є`,
//!   `І`, `Ї` (so not `Ъ`, `Ы`, `Э`, `Ё`), then 6 digits: `АА123456`. The README marks this
//!   format as secondary (public regexes and Wikipedia, no regulation text).
//!
//! The README accepts neither lowercase letters nor Latin look-alikes (`A` for `А`), nor spaces,
//! so they are errors; each such error carries the corrected number when it can be worked out.
//! The passport for travel abroad (закордонний паспорт) is a type of its own, [`TravelPassport`]:
//! two Latin letters and 6 digits (`FC449752`, the README's Diia fixture; "observed in the
//! fixture only"). It is not read by [`Passport::parse`], where Latin letters are taken for a
//! booklet series typed in the wrong alphabet; a form asks for it in a field of its own. There,
//! lowercase letters and spaces are forgiven and Cyrillic look-alikes (`ЕК`) read as the Latin
//! letters they look like, since the person copies the number from the passport's page.

use crate::text::{describe_char, trimmed};
use catalogue::Lang;
use serde::{Deserialize, Serialize};

/// A checked ID-card number: 9 ASCII digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IdCardNumber(String);

/// A checked booklet-passport series and number: `АА123456`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BookletPassport(String);

/// A checked number of a passport for travel abroad: two Latin capitals and 6 digits, `FC449752`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TravelPassport(String);

/// The Latin capital a Cyrillic letter looks like, if any.
fn latin_look_alike(c: char) -> Option<char> {
    let upper = c.to_uppercase().next()?;
    if upper.is_ascii_uppercase() {
        return Some(upper);
    }
    Some(match upper {
        'А' => 'A',
        'В' => 'B',
        'С' => 'C',
        'Е' => 'E',
        'Н' => 'H',
        'І' => 'I',
        'К' => 'K',
        'М' => 'M',
        'О' => 'O',
        'Р' => 'P',
        'Т' => 'T',
        'Х' => 'X',
        'У' => 'Y',
        _ => return None,
    })
}

impl TravelPassport {
    /// Reads two letters and 6 digits; spaces and case aside, Cyrillic look-alikes read as Latin.
    pub fn parse(input: &str) -> Result<TravelPassport, PassportError> {
        let compact: Vec<char> = input.chars().filter(|c| !c.is_whitespace()).collect();
        if compact.is_empty() {
            return Err(PassportError::Empty);
        }
        let letters = compact.iter().take_while(|c| c.is_alphabetic()).count();
        if letters != 2 {
            return Err(PassportError::SeriesWrongLength { found: letters });
        }
        let series: Option<String> = compact[..2].iter().map(|&c| latin_look_alike(c)).collect();
        let Some(series) = series else {
            let letter = compact[..2]
                .iter()
                .copied()
                .find(|&c| latin_look_alike(c).is_none())
                .unwrap_or(compact[0]);
            return Err(PassportError::SeriesLetterNotUsed { letter });
        };
        let number = &compact[2..];
        if let Some(&found) = number.iter().find(|c| !c.is_ascii_digit()) {
            return Err(PassportError::InvalidCharacter { found });
        }
        if number.len() != 6 {
            return Err(PassportError::NumberWrongLength {
                found: number.len(),
            });
        }
        Ok(TravelPassport(series + &number.iter().collect::<String>()))
    }

    /// Series and number together: `FC449752`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A checked passport number of either kind. It serialises as the number alone, which tells the
/// kinds apart.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Passport {
    IdCard(IdCardNumber),
    Booklet(BookletPassport),
}

/// Why a text is not a passport number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code")]
pub enum PassportError {
    /// Nothing was entered.
    #[serde(rename = "passport-empty")]
    Empty,
    /// Digits only, but not nine of them.
    #[serde(rename = "passport-id-card-wrong-length")]
    IdCardWrongLength { found: usize },
    /// A character that belongs in no passport number (punctuation, a letter among the digits).
    #[serde(rename = "passport-invalid-character")]
    InvalidCharacter { found: char },
    /// The number starts with letters, but not two of them.
    #[serde(rename = "passport-series-wrong-length")]
    SeriesWrongLength { found: usize },
    /// The series has Latin letters; `suggestion` is the number with Ukrainian look-alikes.
    #[serde(rename = "passport-series-latin")]
    SeriesInLatin { suggestion: Option<String> },
    /// The series has lowercase letters; `suggestion` is the number in capitals.
    #[serde(rename = "passport-series-lowercase")]
    SeriesLowercase { suggestion: Option<String> },
    /// The series has a letter that Ukrainian passport series do not use (`Ы`, `Э`, `Ъ`, `Ё`…).
    #[serde(rename = "passport-series-letter-not-used")]
    SeriesLetterNotUsed { letter: char },
    /// The series is followed by other than six digits.
    #[serde(rename = "passport-booklet-number-wrong-length")]
    NumberWrongLength { found: usize },
    /// A valid number with spaces in it; `suggestion` is the number without them.
    #[serde(rename = "passport-contains-spaces")]
    ContainsSpaces { suggestion: String },
    /// A booklet passport where the form asks for an ID card.
    #[serde(rename = "passport-expected-id-card")]
    ExpectedIdCard,
    /// An ID card where the form asks for a booklet passport.
    #[serde(rename = "passport-expected-booklet")]
    ExpectedBooklet,
}

/// Whether `c` may appear in a booklet series: `[А-ЩЬЮЯҐЄІЇ]`.
fn is_series_letter(c: char) -> bool {
    ('А'..='Щ').contains(&c) || matches!(c, 'Ь' | 'Ю' | 'Я' | 'Ґ' | 'Є' | 'І' | 'Ї')
}

/// The Ukrainian capital a Latin letter looks like, if any.
fn cyrillic_look_alike(c: char) -> Option<char> {
    Some(match c.to_ascii_uppercase() {
        'A' => 'А',
        'B' => 'В',
        'C' => 'С',
        'E' => 'Е',
        'H' => 'Н',
        'I' => 'І',
        'K' => 'К',
        'M' => 'М',
        'O' => 'О',
        'P' => 'Р',
        'T' => 'Т',
        'X' => 'Х',
        'Y' => 'У',
        _ => return None,
    })
}

/// The allowed series letter that `c` was probably meant to be.
fn corrected_series_letter(c: char) -> Option<char> {
    if c.is_ascii_alphabetic() {
        return cyrillic_look_alike(c);
    }
    let mut upper = c.to_uppercase();
    let u = upper.next()?;
    (upper.next().is_none() && is_series_letter(u)).then_some(u)
}

impl Passport {
    /// Reads an ID-card number (9 digits) or a booklet series and number (`АА123456`); surrounding
    /// whitespace is ignored.
    pub fn parse(input: &str) -> Result<Passport, PassportError> {
        let s = trimmed(input);
        if s.is_empty() {
            return Err(PassportError::Empty);
        }
        let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        let spaced = compact.len() != s.len();
        let chars: Vec<char> = compact.chars().collect();

        if chars.iter().all(|c| c.is_ascii_digit()) {
            if chars.len() != 9 {
                return Err(PassportError::IdCardWrongLength { found: chars.len() });
            }
            if spaced {
                return Err(PassportError::ContainsSpaces {
                    suggestion: compact,
                });
            }
            return Ok(Passport::IdCard(IdCardNumber(compact)));
        }

        let letters = chars.iter().take_while(|c| c.is_alphabetic()).count();
        if letters == 0 {
            let found = *chars
                .iter()
                .find(|c| !c.is_ascii_digit())
                .expect("not all digits");
            return Err(PassportError::InvalidCharacter { found });
        }
        if letters != 2 {
            return Err(PassportError::SeriesWrongLength { found: letters });
        }
        let (series, number) = chars.split_at(2);
        if let Some(&found) = number.iter().find(|c| !c.is_ascii_digit()) {
            return Err(PassportError::InvalidCharacter { found });
        }
        if number.len() != 6 {
            return Err(PassportError::NumberWrongLength {
                found: number.len(),
            });
        }

        let number: String = number.iter().collect();
        let suggestion = series
            .iter()
            .map(|&c| corrected_series_letter(c))
            .collect::<Option<String>>()
            .map(|series| series + &number);
        if series.iter().any(char::is_ascii_alphabetic) {
            return Err(PassportError::SeriesInLatin { suggestion });
        }
        if series.iter().any(|c| c.is_lowercase()) {
            return Err(PassportError::SeriesLowercase { suggestion });
        }
        if let Some(&letter) = series.iter().find(|&&c| !is_series_letter(c)) {
            return Err(PassportError::SeriesLetterNotUsed { letter });
        }
        if spaced {
            return Err(PassportError::ContainsSpaces {
                suggestion: compact,
            });
        }
        Ok(Passport::Booklet(BookletPassport(compact)))
    }

    /// The number as written: 9 digits, or series and number together.
    pub fn as_str(&self) -> &str {
        match self {
            Passport::IdCard(n) => n.as_str(),
            Passport::Booklet(b) => b.as_str(),
        }
    }
}

impl IdCardNumber {
    /// Reads an ID-card number; a booklet passport is [`PassportError::ExpectedIdCard`].
    pub fn parse(input: &str) -> Result<IdCardNumber, PassportError> {
        match Passport::parse(input)? {
            Passport::IdCard(n) => Ok(n),
            Passport::Booklet(_) => Err(PassportError::ExpectedIdCard),
        }
    }

    /// The 9 digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl BookletPassport {
    /// Reads a booklet series and number; an ID card is [`PassportError::ExpectedBooklet`].
    pub fn parse(input: &str) -> Result<BookletPassport, PassportError> {
        match Passport::parse(input)? {
            Passport::Booklet(b) => Ok(b),
            Passport::IdCard(_) => Err(PassportError::ExpectedBooklet),
        }
    }

    /// Series and number together: `АА123456`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The two letters of the series.
    pub fn series(&self) -> &str {
        // Both letters are two bytes long in UTF-8.
        &self.0[..4]
    }

    /// The six digits.
    pub fn number(&self) -> &str {
        &self.0[4..]
    }
}

impl TryFrom<String> for Passport {
    type Error = PassportError;

    fn try_from(s: String) -> Result<Passport, PassportError> {
        Passport::parse(&s)
    }
}

impl TryFrom<String> for IdCardNumber {
    type Error = PassportError;

    fn try_from(s: String) -> Result<IdCardNumber, PassportError> {
        IdCardNumber::parse(&s)
    }
}

impl TryFrom<String> for BookletPassport {
    type Error = PassportError;

    fn try_from(s: String) -> Result<BookletPassport, PassportError> {
        BookletPassport::parse(&s)
    }
}

crate::text_serde!(Passport);
crate::text_serde!(IdCardNumber);
crate::text_serde!(BookletPassport);

impl PassportError {
    /// The stable code, as in the JSON form.
    pub fn code(&self) -> &'static str {
        use PassportError as E;
        match self {
            E::Empty => "passport-empty",
            E::IdCardWrongLength { .. } => "passport-id-card-wrong-length",
            E::InvalidCharacter { .. } => "passport-invalid-character",
            E::SeriesWrongLength { .. } => "passport-series-wrong-length",
            E::SeriesInLatin { .. } => "passport-series-latin",
            E::SeriesLowercase { .. } => "passport-series-lowercase",
            E::SeriesLetterNotUsed { .. } => "passport-series-letter-not-used",
            E::NumberWrongLength { .. } => "passport-booklet-number-wrong-length",
            E::ContainsSpaces { .. } => "passport-contains-spaces",
            E::ExpectedIdCard => "passport-expected-id-card",
            E::ExpectedBooklet => "passport-expected-booklet",
        }
    }

    /// What is wrong and how to fix it.
    pub fn message(&self, lang: Lang) -> String {
        use PassportError as E;
        match (self, lang) {
            (E::Empty, Lang::Uk) => "Введіть номер паспорта: для ID-картки — 9 цифр, для \
                паспорта-книжечки — серію з двох літер і 6 цифр, наприклад АА123456."
                .into(),
            (E::Empty, Lang::En) => "Enter the passport number: 9 digits for an ID card, or for \
                a booklet passport the two-letter series and 6 digits, for example АА123456."
                .into(),
            (E::IdCardWrongLength { found }, Lang::Uk) => format!(
                "Номер ID-картки має 9 цифр, а ви ввели {found}. Перевірте номер документа на \
                 лицьовому боці картки. Для паспорта-книжечки введіть серію з двох літер і 6 цифр."
            ),
            (E::IdCardWrongLength { found }, Lang::En) => format!(
                "An ID card number has 9 digits; you entered {found}. Check the document number \
                 on the front of the card. For a booklet passport, enter the two-letter series \
                 and 6 digits."
            ),
            (E::InvalidCharacter { found }, Lang::Uk) => format!(
                "Номер паспорта не може містити те, що ви ввели: {}. Номер ID-картки — 9 цифр; \
                 паспорт-книжечка — дві великі українські літери і 6 цифр, наприклад АА123456.",
                describe_char(*found, lang)
            ),
            (E::InvalidCharacter { found }, Lang::En) => format!(
                "A passport number cannot contain what you typed: {}. An ID card number is 9 \
                 digits; a booklet passport is two capital Ukrainian letters and 6 digits, for \
                 example АА123456.",
                describe_char(*found, lang)
            ),
            (E::SeriesWrongLength { found }, Lang::Uk) => format!(
                "Серія паспорта-книжечки — дві літери, а ви ввели {found}. Введіть серію і номер \
                 разом, наприклад АА123456."
            ),
            (E::SeriesWrongLength { found }, Lang::En) => format!(
                "A booklet passport series is two letters; you entered {found}. Enter the series \
                 and number together, for example АА123456."
            ),
            (E::SeriesInLatin { suggestion }, Lang::Uk) => format!(
                "Серію паспорта пишуть українськими літерами, а ви ввели латинські (вони лише \
                 схожі). {}",
                match suggestion {
                    Some(s) => format!("Правильно: {s}."),
                    None => "Перемкніть розкладку клавіатури на українську й введіть серію ще раз."
                        .into(),
                }
            ),
            (E::SeriesInLatin { suggestion }, Lang::En) => format!(
                "The passport series is written in Ukrainian (Cyrillic) letters, but you typed \
                 Latin ones, which only look alike. {}",
                match suggestion {
                    Some(s) => format!("It should read {s}."),
                    None => "Switch the keyboard to Ukrainian and type the series again.".into(),
                }
            ),
            (
                E::SeriesLowercase {
                    suggestion: Some(s),
                },
                Lang::Uk,
            ) => {
                format!("Серію паспорта пишуть великими літерами: {s}.")
            }
            (
                E::SeriesLowercase {
                    suggestion: Some(s),
                },
                Lang::En,
            ) => {
                format!("The passport series is written in capital letters: {s}.")
            }
            (E::SeriesLowercase { suggestion: None }, Lang::Uk) => {
                "Серію паспорта пишуть двома великими українськими літерами, наприклад АА123456."
                    .into()
            }
            (E::SeriesLowercase { suggestion: None }, Lang::En) => "The passport series is \
                written in two capital Ukrainian letters, for example АА123456."
                .into(),
            (E::SeriesLetterNotUsed { letter }, Lang::Uk) => format!(
                "Літера «{letter}» не вживається в серіях українських паспортів. Перевірте серію \
                 в паспорті: це дві великі українські літери."
            ),
            (E::SeriesLetterNotUsed { letter }, Lang::En) => format!(
                "The letter «{letter}» is not used in Ukrainian passport series. Check the series \
                 in the passport: two capital Ukrainian letters."
            ),
            (E::NumberWrongLength { found }, Lang::Uk) => format!(
                "Після серії паспорта-книжечки має бути 6 цифр, а ви ввели {found}. Перевірте \
                 номер у паспорті."
            ),
            (E::NumberWrongLength { found }, Lang::En) => format!(
                "A booklet passport has 6 digits after the series; you entered {found}. Check the \
                 number in the passport."
            ),
            (E::ContainsSpaces { suggestion }, Lang::Uk) => {
                format!("Введіть номер паспорта без пробілів: {suggestion}.")
            }
            (E::ContainsSpaces { suggestion }, Lang::En) => {
                format!("Enter the passport number without spaces: {suggestion}.")
            }
            (E::ExpectedIdCard, Lang::Uk) => "Тут потрібен номер ID-картки — 9 цифр, а ви ввели \
                серію й номер паспорта-книжечки."
                .into(),
            (E::ExpectedIdCard, Lang::En) => "This field needs an ID card number (9 digits), but \
                you entered the series and number of a booklet passport."
                .into(),
            (E::ExpectedBooklet, Lang::Uk) => "Тут потрібні серія й номер паспорта-книжечки (дві \
                літери і 6 цифр, наприклад АА123456), а ви ввели номер ID-картки."
                .into(),
            (E::ExpectedBooklet, Lang::En) => "This field needs the series and number of a \
                booklet passport (two letters and 6 digits, for example АА123456), but you \
                entered an ID card number."
                .into(),
        }
    }
}

crate::localized_error!(PassportError);

#[cfg(test)]
mod tests {

    #[test]
    fn a_passport_for_travel_abroad_is_two_latin_letters_and_six_digits() {
        for input in [
            "FC449752",
            "fc449752",
            "FC 449752",
            " FC 449 752 ",
            "ЕК123456",
        ] {
            let p = TravelPassport::parse(input).unwrap();
            assert_eq!(p.as_str().len(), 8, "{input:?}");
        }
        assert_eq!(
            TravelPassport::parse("fc 449752").unwrap().as_str(),
            "FC449752"
        );
        assert_eq!(
            TravelPassport::parse("ЕК123456").unwrap().as_str(),
            "EK123456"
        );
        use PassportError as E;
        for (input, error) in [
            ("", E::Empty),
            ("F449752", E::SeriesWrongLength { found: 1 }),
            ("FCA449752", E::SeriesWrongLength { found: 3 }),
            ("FC44975", E::NumberWrongLength { found: 5 }),
            ("FC4497521", E::NumberWrongLength { found: 7 }),
            ("FC44-9752", E::InvalidCharacter { found: '-' }),
            ("ЖК123456", E::SeriesLetterNotUsed { letter: 'Ж' }),
        ] {
            assert_eq!(TravelPassport::parse(input), Err(error), "{input:?}");
        }
        // The booklet's field still takes Latin letters for a series in the wrong alphabet.
        assert!(Passport::parse("FC449752").is_err());
    }
    use super::*;

    #[test]
    fn the_allowed_series_letters_are_exactly_those_of_the_readme_regex() {
        let allowed: String = ('Ѐ'..='ӿ').filter(|&c| is_series_letter(c)).collect();
        assert_eq!(allowed, "ЄІЇАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЬЮЯҐ");
    }

    #[test]
    fn malformed_input_gets_the_error_that_says_how_to_fix_it() {
        use PassportError as E;
        let some = |s: &str| Some(s.to_string());
        for (input, error) in [
            ("", E::Empty),
            ("12345678", E::IdCardWrongLength { found: 8 }),
            ("0000318860", E::IdCardWrongLength { found: 10 }),
            (
                "000 031 886",
                E::ContainsSpaces {
                    suggestion: "000031886".into(),
                },
            ),
            (
                "АА 123456",
                E::ContainsSpaces {
                    suggestion: "АА123456".into(),
                },
            ),
            ("000-031-886", E::InvalidCharacter { found: '-' }),
            ("АА№123456", E::InvalidCharacter { found: '№' }),
            ("АА12345А", E::InvalidCharacter { found: 'А' }),
            ("А123456", E::SeriesWrongLength { found: 1 }),
            ("ААА123456", E::SeriesWrongLength { found: 3 }),
            ("АА12345", E::NumberWrongLength { found: 5 }),
            // Latin A and Cyrillic А side by side look the same.
            (
                "AА123456",
                E::SeriesInLatin {
                    suggestion: some("АА123456"),
                },
            ),
            (
                "ab 123456",
                E::SeriesInLatin {
                    suggestion: some("АВ123456"),
                },
            ),
            ("FF123456", E::SeriesInLatin { suggestion: None }),
            (
                "аб123456",
                E::SeriesLowercase {
                    suggestion: some("АБ123456"),
                },
            ),
            ("ыа123456", E::SeriesLowercase { suggestion: None }),
            ("ЫА123456", E::SeriesLetterNotUsed { letter: 'Ы' }),
            ("АЁ123456", E::SeriesLetterNotUsed { letter: 'Ё' }),
            ("ЪЭ123456", E::SeriesLetterNotUsed { letter: 'Ъ' }),
        ] {
            assert_eq!(Passport::parse(input), Err(error), "{input:?}");
        }
    }

    #[test]
    fn each_kind_is_told_apart_and_can_be_required() {
        let id = Passport::parse("000031886").unwrap();
        assert!(matches!(id, Passport::IdCard(_)));
        let booklet = BookletPassport::parse("ҐЇ654321").unwrap();
        assert_eq!((booklet.series(), booklet.number()), ("ҐЇ", "654321"));
        assert_eq!(
            IdCardNumber::parse("АА123456"),
            Err(PassportError::ExpectedIdCard)
        );
        assert_eq!(
            BookletPassport::parse("000031886"),
            Err(PassportError::ExpectedBooklet)
        );
    }

    #[test]
    fn a_passport_serialises_as_its_number_and_is_checked_when_read() {
        let p = Passport::parse("АА123456").unwrap();
        assert_eq!(serde_json::to_string(&p).unwrap(), r#""АА123456""#);
        assert_eq!(
            serde_json::from_str::<Passport>(r#""АА123456""#).unwrap(),
            p
        );
        assert!(serde_json::from_str::<Passport>(r#""AA123456""#).is_err());
    }
}
