//! Postal addresses: a Ukrainian one in fields, and a foreign one as a country and free lines.
//!
//! Every field is trimmed and its runs of whitespace are collapsed to one space. A Ukrainian
//! address needs the oblast, the community (територіальна громада), the settlement, the street,
//! the house and a postal index of 5 digits; the flat is optional. A foreign address needs an
//! ISO 3166-1 alpha-2 country code other than `UA` and 1–[`MAX_FOREIGN_LINES`] non-empty lines.
//! Lengths are counted in characters and capped per field ([`AddressField::max_len`]) well above
//! the longest real names, to stop pasted junk rather than to judge names.
//!
//! Parsing reports every field's problem at once, so a form can mark them all.

use crate::text::{characters, describe_char, uk_count};
use catalogue::Lang;
use serde::{Deserialize, Deserializer, Serialize};

/// The most lines a foreign address may have.
pub const MAX_FOREIGN_LINES: usize = 5;

/// A field of an address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AddressField {
    Oblast,
    Community,
    Settlement,
    Street,
    House,
    Flat,
    PostalIndex,
    Country,
    Lines,
}

impl AddressField {
    /// The most characters the field (for [`AddressField::Lines`], each line) may have.
    pub const fn max_len(self) -> usize {
        match self {
            AddressField::Oblast => 64,
            AddressField::Community => 100,
            AddressField::Settlement => 100,
            AddressField::Street => 150,
            AddressField::House => 20,
            AddressField::Flat => 20,
            AddressField::PostalIndex => 5,
            AddressField::Country => 2,
            AddressField::Lines => 100,
        }
    }

    /// The field's label: «Населений пункт» / "settlement".
    fn label(self, lang: Lang) -> &'static str {
        use AddressField as F;
        match (self, lang) {
            (F::Oblast, Lang::Uk) => "Область",
            (F::Community, Lang::Uk) => "Громада",
            (F::Settlement, Lang::Uk) => "Населений пункт",
            (F::Street, Lang::Uk) => "Вулиця",
            (F::House, Lang::Uk) => "Будинок",
            (F::Flat, Lang::Uk) => "Квартира",
            (F::PostalIndex, Lang::Uk) => "Поштовий індекс",
            (F::Country, Lang::Uk) => "Країна",
            (F::Lines, Lang::Uk) => "Адреса",
            (F::Oblast, Lang::En) => "oblast (region)",
            (F::Community, Lang::En) => "community (hromada)",
            (F::Settlement, Lang::En) => "city, town or village",
            (F::Street, Lang::En) => "street",
            (F::House, Lang::En) => "house number",
            (F::Flat, Lang::En) => "flat number",
            (F::PostalIndex, Lang::En) => "postal code",
            (F::Country, Lang::En) => "country",
            (F::Lines, Lang::En) => "address",
        }
    }

    /// What to enter, in the accusative: «Вкажіть номер будинку».
    fn what_to_enter(self, lang: Lang) -> &'static str {
        use AddressField as F;
        match (self, lang) {
            (F::Oblast, Lang::Uk) => "область",
            (F::Community, Lang::Uk) => "територіальну громаду, до якої належить населений пункт",
            (F::Settlement, Lang::Uk) => "населений пункт (місто, селище чи село)",
            (F::Street, Lang::Uk) => "вулицю",
            (F::House, Lang::Uk) => "номер будинку",
            (F::Flat, Lang::Uk) => "номер квартири",
            (F::PostalIndex, Lang::Uk) => "поштовий індекс",
            (F::Country, Lang::Uk) => "країну",
            (F::Lines, Lang::Uk) => "адресу",
            (F::Community, Lang::En) => "territorial community (hromada) of the settlement",
            (f, Lang::En) => f.label(Lang::En),
        }
    }
}

/// A Ukrainian address as typed into the form's fields; [`UkrainianAddress::parse`] checks it.
/// Also the JSON form of [`UkrainianAddress`] (an absent flat is `""`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct UkrainianAddressInput {
    pub oblast: String,
    pub community: String,
    pub settlement: String,
    pub street: String,
    pub house: String,
    pub flat: String,
    pub postal_index: String,
}

/// A checked Ukrainian address, each field trimmed with its whitespace collapsed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "UkrainianAddressInput")]
pub struct UkrainianAddress {
    oblast: String,
    community: String,
    settlement: String,
    street: String,
    house: String,
    flat: Option<String>,
    postal_index: String,
}

/// A foreign address as typed into the form; [`ForeignAddress::parse`] checks it. Also the JSON
/// form of [`ForeignAddress`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ForeignAddressInput {
    /// ISO 3166-1 alpha-2, in either case.
    pub country: String,
    /// The lines of the address as the country writes it: street, house, city, postal code…
    pub lines: Vec<String>,
}

/// A checked foreign address: its country and 1–[`MAX_FOREIGN_LINES`] non-empty lines.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "ForeignAddressInput")]
pub struct ForeignAddress {
    country: CountryCode,
    lines: Vec<String>,
}

/// An officially assigned ISO 3166-1 alpha-2 country code, uppercase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

/// What is wrong with a field of an address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code")]
pub enum AddressError {
    /// A required field is empty.
    #[serde(rename = "address-missing")]
    Missing { field: AddressField },
    /// A field is longer than its [`AddressField::max_len`].
    #[serde(rename = "address-too-long")]
    TooLong {
        field: AddressField,
        max: usize,
        found: usize,
    },
    /// A control character (pasted from elsewhere) in a field.
    #[serde(rename = "address-invalid-character")]
    InvalidCharacter { field: AddressField, found: char },
    /// The postal index is not 5 digits.
    #[serde(rename = "address-postal-index-format")]
    PostalIndexFormat,
    /// The country is not an assigned ISO 3166-1 alpha-2 code.
    #[serde(rename = "address-unknown-country")]
    UnknownCountry { found: String },
    /// A foreign address in Ukraine.
    #[serde(rename = "address-country-is-ukraine")]
    CountryIsUkraine,
    /// More than [`MAX_FOREIGN_LINES`] non-empty lines.
    #[serde(rename = "address-too-many-lines")]
    TooManyLines { max: usize, found: usize },
    /// A line of a foreign address (counted from 1) is too long.
    #[serde(rename = "address-line-too-long")]
    LineTooLong {
        line: usize,
        max: usize,
        found: usize,
    },
}

/// The field trimmed, with whitespace runs collapsed to one space.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Checks one free-text field; `None` if it is empty.
fn text_field(
    errors: &mut Vec<AddressError>,
    field: AddressField,
    raw: &str,
    required: bool,
) -> Option<String> {
    let value = collapse(raw);
    if value.is_empty() {
        if required {
            errors.push(AddressError::Missing { field });
        }
        return None;
    }
    if let Some(found) = value.chars().find(|c| c.is_control()) {
        errors.push(AddressError::InvalidCharacter { field, found });
        return None;
    }
    let found = value.chars().count();
    if found > field.max_len() {
        errors.push(AddressError::TooLong {
            field,
            max: field.max_len(),
            found,
        });
        return None;
    }
    Some(value)
}

impl UkrainianAddress {
    /// Checks every field; on failure returns the problems of all fields, in the fields' order.
    pub fn parse(input: &UkrainianAddressInput) -> Result<UkrainianAddress, Vec<AddressError>> {
        let mut errors = Vec::new();
        let mut required = |field, raw: &str| text_field(&mut errors, field, raw, true);
        let oblast = required(AddressField::Oblast, &input.oblast);
        let community = required(AddressField::Community, &input.community);
        let settlement = required(AddressField::Settlement, &input.settlement);
        let street = required(AddressField::Street, &input.street);
        let house = required(AddressField::House, &input.house);
        let flat = text_field(&mut errors, AddressField::Flat, &input.flat, false);
        let index = input.postal_index.trim();
        if index.is_empty() {
            errors.push(AddressError::Missing {
                field: AddressField::PostalIndex,
            });
        } else if index.len() != 5 || !index.bytes().all(|b| b.is_ascii_digit()) {
            errors.push(AddressError::PostalIndexFormat);
        }
        match (oblast, community, settlement, street, house) {
            (Some(oblast), Some(community), Some(settlement), Some(street), Some(house))
                if errors.is_empty() =>
            {
                Ok(UkrainianAddress {
                    oblast,
                    community,
                    settlement,
                    street,
                    house,
                    flat,
                    postal_index: index.to_string(),
                })
            }
            _ => Err(errors),
        }
    }

    pub fn oblast(&self) -> &str {
        &self.oblast
    }
    pub fn community(&self) -> &str {
        &self.community
    }
    pub fn settlement(&self) -> &str {
        &self.settlement
    }
    pub fn street(&self) -> &str {
        &self.street
    }
    pub fn house(&self) -> &str {
        &self.house
    }
    pub fn flat(&self) -> Option<&str> {
        self.flat.as_deref()
    }
    /// Five digits.
    pub fn postal_index(&self) -> &str {
        &self.postal_index
    }
}

impl From<UkrainianAddress> for UkrainianAddressInput {
    fn from(a: UkrainianAddress) -> UkrainianAddressInput {
        UkrainianAddressInput {
            oblast: a.oblast,
            community: a.community,
            settlement: a.settlement,
            street: a.street,
            house: a.house,
            flat: a.flat.unwrap_or_default(),
            postal_index: a.postal_index,
        }
    }
}

/// Joins the messages of several errors, for `serde`'s one error string.
fn joined(errors: &[AddressError]) -> String {
    let messages: Vec<String> = errors.iter().map(|e| e.message(Lang::En)).collect();
    messages.join(" ")
}

impl<'de> Deserialize<'de> for UkrainianAddress {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let input = UkrainianAddressInput::deserialize(d)?;
        UkrainianAddress::parse(&input).map_err(|e| serde::de::Error::custom(joined(&e)))
    }
}

/// The 249 officially assigned ISO 3166-1 alpha-2 codes (user-assigned ones such as `XK` are
/// not among them).
const ISO_3166_ALPHA_2: &str = "\
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ \
    BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ \
    CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ \
    DE DJ DK DM DO DZ \
    EC EE EG EH ER ES ET \
    FI FJ FK FM FO FR \
    GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY \
    HK HM HN HR HT HU \
    ID IE IL IM IN IO IQ IR IS IT \
    JE JM JO JP \
    KE KG KH KI KM KN KP KR KW KY KZ \
    LA LB LC LI LK LR LS LT LU LV LY \
    MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ \
    NA NC NE NF NG NI NL NO NP NR NU NZ \
    OM \
    PA PE PF PG PH PK PL PM PN PR PS PT PW PY \
    QA \
    RE RO RS RU RW \
    SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ \
    TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ \
    UA UG UM US UY UZ \
    VA VC VE VG VI VN VU \
    WF WS \
    YE YT \
    ZA ZM ZW";

impl CountryCode {
    /// Reads a code in either case; anything but an assigned alpha-2 code is
    /// [`AddressError::UnknownCountry`] (empty: [`AddressError::Missing`]).
    pub fn parse(input: &str) -> Result<CountryCode, AddressError> {
        let code = input.trim().to_ascii_uppercase();
        if code.is_empty() {
            return Err(AddressError::Missing {
                field: AddressField::Country,
            });
        }
        let assigned = code.len() == 2
            && code.bytes().all(|b| b.is_ascii_uppercase())
            && ISO_3166_ALPHA_2.split_whitespace().any(|c| c == code);
        if !assigned {
            return Err(AddressError::UnknownCountry {
                found: input.trim().to_string(),
            });
        }
        let b = code.as_bytes();
        Ok(CountryCode([b[0], b[1]]))
    }

    /// The two capital letters.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).expect("ASCII letters")
    }
}

impl TryFrom<String> for CountryCode {
    type Error = AddressError;

    fn try_from(s: String) -> Result<CountryCode, AddressError> {
        CountryCode::parse(&s)
    }
}

crate::text_serde!(CountryCode);

impl ForeignAddress {
    /// Checks the country and the lines; on failure returns all the problems. Empty lines are
    /// dropped.
    pub fn parse(input: &ForeignAddressInput) -> Result<ForeignAddress, Vec<AddressError>> {
        let mut errors = Vec::new();
        let country = match CountryCode::parse(&input.country) {
            Ok(c) if c.as_str() == "UA" => {
                errors.push(AddressError::CountryIsUkraine);
                None
            }
            Ok(c) => Some(c),
            Err(e) => {
                errors.push(e);
                None
            }
        };
        let lines: Vec<String> = input
            .lines
            .iter()
            .map(|l| collapse(l))
            .filter(|l| !l.is_empty())
            .collect();
        if lines.is_empty() {
            errors.push(AddressError::Missing {
                field: AddressField::Lines,
            });
        }
        if lines.len() > MAX_FOREIGN_LINES {
            errors.push(AddressError::TooManyLines {
                max: MAX_FOREIGN_LINES,
                found: lines.len(),
            });
        }
        let max = AddressField::Lines.max_len();
        for (i, line) in lines.iter().enumerate() {
            if let Some(found) = line.chars().find(|c| c.is_control()) {
                errors.push(AddressError::InvalidCharacter {
                    field: AddressField::Lines,
                    found,
                });
            }
            let found = line.chars().count();
            if found > max {
                errors.push(AddressError::LineTooLong {
                    line: i + 1,
                    max,
                    found,
                });
            }
        }
        match country {
            Some(country) if errors.is_empty() => Ok(ForeignAddress { country, lines }),
            _ => Err(errors),
        }
    }

    pub fn country(&self) -> CountryCode {
        self.country
    }

    pub fn lines(&self) -> &[String] {
        &self.lines
    }
}

impl From<ForeignAddress> for ForeignAddressInput {
    fn from(a: ForeignAddress) -> ForeignAddressInput {
        ForeignAddressInput {
            country: a.country.as_str().to_string(),
            lines: a.lines,
        }
    }
}

impl<'de> Deserialize<'de> for ForeignAddress {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let input = ForeignAddressInput::deserialize(d)?;
        ForeignAddress::parse(&input).map_err(|e| serde::de::Error::custom(joined(&e)))
    }
}

impl AddressError {
    /// The field the problem is in.
    pub fn field(&self) -> AddressField {
        use AddressError as E;
        match self {
            E::Missing { field } | E::TooLong { field, .. } | E::InvalidCharacter { field, .. } => {
                *field
            }
            E::PostalIndexFormat => AddressField::PostalIndex,
            E::UnknownCountry { .. } | E::CountryIsUkraine => AddressField::Country,
            E::TooManyLines { .. } | E::LineTooLong { .. } => AddressField::Lines,
        }
    }

    /// The stable code, as in the JSON form.
    pub fn code(&self) -> &'static str {
        use AddressError as E;
        match self {
            E::Missing { .. } => "address-missing",
            E::TooLong { .. } => "address-too-long",
            E::InvalidCharacter { .. } => "address-invalid-character",
            E::PostalIndexFormat => "address-postal-index-format",
            E::UnknownCountry { .. } => "address-unknown-country",
            E::CountryIsUkraine => "address-country-is-ukraine",
            E::TooManyLines { .. } => "address-too-many-lines",
            E::LineTooLong { .. } => "address-line-too-long",
        }
    }

    /// What is wrong and how to fix it.
    pub fn message(&self, lang: Lang) -> String {
        use AddressError as E;
        match (self, lang) {
            (E::Missing { field }, Lang::Uk) => format!("Вкажіть {}.", field.what_to_enter(lang)),
            (E::Missing { field }, Lang::En) => format!("Enter the {}.", field.what_to_enter(lang)),
            (E::TooLong { field, max, found }, Lang::Uk) => format!(
                "Поле «{}» задовге: не більше {}, а зараз {found}. {}",
                field.label(lang),
                characters(*max, lang),
                match field {
                    AddressField::Street => "Скоротіть назву, наприклад «вул.» замість «вулиця».",
                    _ => "Скоротіть текст.",
                }
            ),
            (E::TooLong { field, max, found }, Lang::En) => format!(
                "The {} is too long: at most {}, and it has {found}. {}",
                field.label(lang),
                characters(*max, lang),
                match field {
                    AddressField::Street => "Shorten it, for example «вул.» for «вулиця».",
                    _ => "Shorten it.",
                }
            ),
            (E::InvalidCharacter { field, found }, Lang::Uk) => format!(
                "У полі «{}» ви ввели {} — приберіть його, наприклад, набравши текст заново.",
                field.label(lang),
                describe_char(*found, lang)
            ),
            (E::InvalidCharacter { field, found }, Lang::En) => format!(
                "The {} has {} in it: remove it, for example by typing the text again.",
                field.label(lang),
                describe_char(*found, lang)
            ),
            (E::PostalIndexFormat, Lang::Uk) => "Поштовий індекс — це 5 цифр, наприклад 01001. \
                Його можна дізнатися на сайті Укрпошти."
                .into(),
            (E::PostalIndexFormat, Lang::En) => "A postal code is 5 digits, for example 01001. \
                You can look it up on the Ukrposhta website."
                .into(),
            (E::UnknownCountry { found }, Lang::Uk) => format!(
                "«{found}» — не код країни. Вкажіть дволітерний код країни за ISO 3166-1, \
                 наприклад PL, DE або US."
            ),
            (E::UnknownCountry { found }, Lang::En) => format!(
                "«{found}» is not a country code. Enter the two-letter ISO 3166-1 code of the \
                 country, for example PL, DE or US."
            ),
            (E::CountryIsUkraine, Lang::Uk) => "Для адреси в Україні заповніть поля української \
                адреси (область, громада, населений пункт…), а не іноземної."
                .into(),
            (E::CountryIsUkraine, Lang::En) => "For an address in Ukraine, fill in the fields of \
                a Ukrainian address (oblast, community, settlement…) instead of a foreign one."
                .into(),
            (E::TooManyLines { max, found }, Lang::Uk) => format!(
                "Адреса за кордоном має не більше {}, а зараз {found}. Об’єднайте деякі рядки.",
                uk_count(*max, "рядка", "рядків", "рядків")
            ),
            (E::TooManyLines { max, found }, Lang::En) => format!(
                "An address abroad has at most {max} lines, and this one has {found}. Join some \
                 of the lines."
            ),
            (E::LineTooLong { line, max, found }, Lang::Uk) => format!(
                "Рядок {line} адреси задовгий: не більше {}, а зараз {found}. Перенесіть частину \
                 тексту в інший рядок.",
                characters(*max, lang)
            ),
            (E::LineTooLong { line, max, found }, Lang::En) => format!(
                "Line {line} of the address is too long: at most {}, and it has {found}. Move \
                 part of it to another line.",
                characters(*max, lang)
            ),
        }
    }
}

crate::localized_error!(AddressError);

#[cfg(test)]
mod tests {
    use super::*;

    fn kyiv() -> UkrainianAddressInput {
        UkrainianAddressInput {
            oblast: "м. Київ".into(),
            community: "Київська міська".into(),
            settlement: "  Київ ".into(),
            street: "вул.  Хрещатик".into(),
            house: "22".into(),
            flat: "".into(),
            postal_index: "01001".into(),
        }
    }

    #[test]
    fn a_complete_ukrainian_address_is_normalised() {
        let a = UkrainianAddress::parse(&kyiv()).unwrap();
        assert_eq!(a.settlement(), "Київ");
        assert_eq!(a.street(), "вул. Хрещатик");
        assert_eq!(a.flat(), None);
        assert_eq!(a.postal_index(), "01001");
    }

    #[test]
    fn every_problem_of_a_ukrainian_address_is_reported_at_once() {
        let input = UkrainianAddressInput {
            oblast: " ".into(),
            street: "в".repeat(151),
            house: "1\u{7}".into(),
            flat: "5".into(),
            postal_index: "0100".into(),
            ..kyiv()
        };
        assert_eq!(
            UkrainianAddress::parse(&input),
            Err(vec![
                AddressError::Missing {
                    field: AddressField::Oblast
                },
                AddressError::TooLong {
                    field: AddressField::Street,
                    max: 150,
                    found: 151
                },
                AddressError::InvalidCharacter {
                    field: AddressField::House,
                    found: '\u{7}'
                },
                AddressError::PostalIndexFormat,
            ])
        );
        let no_index = UkrainianAddressInput {
            postal_index: "".into(),
            ..kyiv()
        };
        assert_eq!(
            UkrainianAddress::parse(&no_index),
            Err(vec![AddressError::Missing {
                field: AddressField::PostalIndex
            }])
        );
    }

    #[test]
    fn length_limits_count_characters_not_bytes_and_are_inclusive() {
        let input = UkrainianAddressInput {
            street: "ї".repeat(150),
            ..kyiv()
        };
        assert!(UkrainianAddress::parse(&input).is_ok());
    }

    #[test]
    fn a_foreign_address_needs_a_real_country_other_than_ukraine_and_some_lines() {
        let ok = ForeignAddress::parse(&ForeignAddressInput {
            country: "pl".into(),
            lines: vec![
                "ul. Marszałkowska 1".into(),
                "  ".into(),
                "00-001 Warszawa".into(),
            ],
        })
        .unwrap();
        assert_eq!(ok.country().as_str(), "PL");
        assert_eq!(ok.lines(), ["ul. Marszałkowska 1", "00-001 Warszawa"]);

        for (country, lines, errors) in [
            (
                "UA",
                vec!["Хрещатик 22"],
                vec![AddressError::CountryIsUkraine],
            ),
            (
                "XK",
                vec!["Rr. Nëna Terezë 1"],
                vec![AddressError::UnknownCountry { found: "XK".into() }],
            ),
            (
                "Poland",
                vec!["x"],
                vec![AddressError::UnknownCountry {
                    found: "Poland".into(),
                }],
            ),
            (
                "",
                vec![],
                vec![
                    AddressError::Missing {
                        field: AddressField::Country,
                    },
                    AddressError::Missing {
                        field: AddressField::Lines,
                    },
                ],
            ),
            (
                "DE",
                vec!["a", "b", "c", "d", "e", "f"],
                vec![AddressError::TooManyLines { max: 5, found: 6 }],
            ),
        ] {
            let input = ForeignAddressInput {
                country: country.into(),
                lines: lines.into_iter().map(String::from).collect(),
            };
            assert_eq!(ForeignAddress::parse(&input), Err(errors), "{country}");
        }
        let long = ForeignAddressInput {
            country: "DE".into(),
            lines: vec!["ok".into(), "x".repeat(101)],
        };
        assert_eq!(
            ForeignAddress::parse(&long),
            Err(vec![AddressError::LineTooLong {
                line: 2,
                max: 100,
                found: 101
            }])
        );
    }

    #[test]
    fn the_country_list_has_the_249_assigned_codes_in_order() {
        let codes: Vec<&str> = ISO_3166_ALPHA_2.split_whitespace().collect();
        assert_eq!(codes.len(), 249);
        assert!(codes.windows(2).all(|w| w[0] < w[1]));
        assert!(codes.iter().all(|c| c.len() == 2));
    }

    #[test]
    fn addresses_round_trip_through_json_and_are_checked_when_read() {
        let a = UkrainianAddress::parse(&kyiv()).unwrap();
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(serde_json::from_str::<UkrainianAddress>(&json).unwrap(), a);
        assert!(serde_json::from_str::<UkrainianAddress>(r#"{"oblast":"x"}"#).is_err());
        let f = ForeignAddress::parse(&ForeignAddressInput {
            country: "DE".into(),
            lines: vec!["Unter den Linden 1".into(), "10117 Berlin".into()],
        })
        .unwrap();
        let json = serde_json::to_string(&f).unwrap();
        assert_eq!(
            json,
            r#"{"country":"DE","lines":["Unter den Linden 1","10117 Berlin"]}"#
        );
        assert_eq!(serde_json::from_str::<ForeignAddress>(&json).unwrap(), f);
    }
}
