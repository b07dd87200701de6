//! A community's profile as its administrator publishes it: where to go and who to call — the
//! social protection unit and the ЦНАП(s) with their addresses, phones, e-mail and opening hours —
//! the community's website, whether it takes applications online through this portal, and its
//! starosta districts (старостинські округи), each with the settlements it covers and where its
//! starosta receives people.
//!
//! Ukrainian is required, English optional: an English text left empty is shown in Ukrainian with
//! a note that says so. [`Profile::validate`] checks a draft with the `identifiers` crate's
//! validators (phone, e-mail, website) and returns it normalised, or every error at its field
//! (`website`, `offices.0.phone`, `offices.1.address.uk`…). The office runs it before saving; the
//! server runs the same code before storing.

use crate::validate::FieldError;
use identifiers::{Email, Phone, WebAddress};
use serde::{Deserialize, Serialize};

/// At most this many offices (the social protection unit and ЦНАПs).
pub const MAX_OFFICES: usize = 12;
/// An office's name, at most this many characters.
pub const MAX_NAME: usize = 200;
/// An address, at most this many characters.
pub const MAX_ADDRESS: usize = 300;
/// Opening hours, at most this many characters.
pub const MAX_HOURS: usize = 500;
/// At most this many starosta districts.
pub const MAX_DISTRICTS: usize = 60;
/// At most this many settlements in one starosta district.
pub const MAX_SETTLEMENTS: usize = 60;
/// A settlement's name, at most this many characters.
pub const MAX_SETTLEMENT: usize = 100;

/// A community's profile.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The community's website; empty when it has none.
    #[serde(default)]
    pub website: String,
    /// Whether the community takes applications online through this portal.
    #[serde(default)]
    pub online: bool,
    /// Where to go: the social protection unit and the ЦНАП(s).
    #[serde(default)]
    pub offices: Vec<Office>,
    /// The starosta districts (старостинські округи), where the community has them.
    #[serde(default)]
    pub districts: Vec<District>,
}

/// A starosta district (старостинський округ): the settlements it covers, as the codifier names
/// them, and where its starosta receives people.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct District {
    /// Its name as the council's decision gives it («Старостинський округ № 3»).
    pub name: Bilingual,
    /// The settlements it covers, in Ukrainian as the codifier names them, each once.
    #[serde(default)]
    pub settlements: Vec<String>,
    /// Where the starosta receives people.
    pub address: Bilingual,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub hours: Bilingual,
}

impl District {
    /// Nothing typed in at all: the district is left out.
    pub fn is_blank(&self) -> bool {
        self.name.is_empty()
            && self.settlements.iter().all(|s| s.trim().is_empty())
            && self.address.is_empty()
            && self.phone.trim().is_empty()
            && self.email.trim().is_empty()
            && self.hours.is_empty()
    }

    /// The number for a `tel:` link and for reading, when there is one.
    pub fn phone(&self) -> Option<Phone> {
        Phone::parse(&self.phone).ok()
    }
}

/// What an office is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OfficeKind {
    /// The community's social protection unit (орган соціального захисту).
    #[default]
    Social,
    /// A centre of administrative services (ЦНАП).
    Cnap,
}

/// One place to go.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub kind: OfficeKind,
    pub name: Bilingual,
    pub address: Bilingual,
    /// A phone number, E.164 once validated; empty when none is given.
    #[serde(default)]
    pub phone: String,
    /// An e-mail address; empty when none is given.
    #[serde(default)]
    pub email: String,
    /// Opening hours as the community writes them ("пн–пт 8:00–17:00").
    #[serde(default)]
    pub hours: Bilingual,
}

/// A text in Ukrainian (required where the text is) and optionally in English.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bilingual {
    #[serde(default)]
    pub uk: String,
    #[serde(default)]
    pub en: String,
}

impl Bilingual {
    /// The text in English when there is one (`english = true`), else in Ukrainian; the flag
    /// says whether a Ukrainian text stands in for a missing English one.
    pub fn get(&self, english: bool) -> (&str, bool) {
        if english && !self.en.is_empty() {
            (&self.en, false)
        } else {
            (&self.uk, english && !self.uk.is_empty())
        }
    }

    fn is_empty(&self) -> bool {
        self.uk.trim().is_empty() && self.en.trim().is_empty()
    }
}

impl Office {
    /// Nothing typed in at all: the office is left out.
    pub fn is_blank(&self) -> bool {
        self.name.is_empty()
            && self.address.is_empty()
            && self.phone.trim().is_empty()
            && self.email.trim().is_empty()
            && self.hours.is_empty()
    }

    /// The number for a `tel:` link and for reading, when there is one.
    pub fn phone(&self) -> Option<Phone> {
        Phone::parse(&self.phone).ok()
    }
}

impl Profile {
    /// Whether nothing at all is given.
    pub fn is_empty(&self) -> bool {
        self.website.trim().is_empty()
            && !self.online
            && self.offices.iter().all(Office::is_blank)
            && self.districts.iter().all(District::is_blank)
    }

    /// The profile checked and normalised (texts trimmed, blank offices left out, the phone in
    /// E.164, the website and e-mail normalised), or every error at its field.
    pub fn validate(&self) -> Result<Profile, Vec<FieldError>> {
        let mut errors = Vec::new();
        let website = if self.website.trim().is_empty() {
            String::new()
        } else {
            match WebAddress::parse(&self.website) {
                Ok(w) => w.as_str().to_string(),
                Err(e) => {
                    errors.push(FieldError::from_error("website", &e));
                    String::new()
                }
            }
        };
        let mut offices = Vec::new();
        for (i, office) in self.offices.iter().enumerate() {
            if office.is_blank() {
                continue;
            }
            if offices.len() == MAX_OFFICES {
                errors.push(FieldError::new(
                    "offices",
                    "profile-too-many-offices",
                    format!("Не більше {MAX_OFFICES} місць прийому: приберіть зайві."),
                    format!("At most {MAX_OFFICES} offices: remove some."),
                ));
                break;
            }
            let at = |f: &str| format!("offices.{i}.{f}");
            let mut text = |f: &str, t: &Bilingual, max: usize, required: bool| Bilingual {
                uk: clean(&at(&format!("{f}.uk")), &t.uk, max, required, &mut errors),
                en: clean(&at(&format!("{f}.en")), &t.en, max, false, &mut errors),
            };
            let name = text("name", &office.name, MAX_NAME, true);
            let address = text("address", &office.address, MAX_ADDRESS, true);
            let hours = text("hours", &office.hours, MAX_HOURS, false);
            let phone = phone(&at("phone"), &office.phone, &mut errors);
            let email = email(&at("email"), &office.email, &mut errors);
            offices.push(Office {
                kind: office.kind,
                name,
                address,
                phone,
                email,
                hours,
            });
        }
        let districts = districts(&self.districts, &mut errors);
        if errors.is_empty() {
            Ok(Profile {
                website,
                online: self.online,
                offices,
                districts,
            })
        } else {
            Err(errors)
        }
    }
}

/// The starosta districts checked and normalised, blank ones left out.
fn districts(all: &[District], errors: &mut Vec<FieldError>) -> Vec<District> {
    let mut out = Vec::new();
    for (i, d) in all.iter().enumerate() {
        if d.is_blank() {
            continue;
        }
        if out.len() == MAX_DISTRICTS {
            errors.push(FieldError::new(
                "districts",
                "profile-too-many-districts",
                format!("Не більше {MAX_DISTRICTS} старостинських округів: приберіть зайві."),
                format!("At most {MAX_DISTRICTS} starosta districts: remove some."),
            ));
            break;
        }
        let at = |f: &str| format!("districts.{i}.{f}");
        let mut text = |f: &str, t: &Bilingual, max: usize, required: bool| Bilingual {
            uk: clean(&at(&format!("{f}.uk")), &t.uk, max, required, errors),
            en: clean(&at(&format!("{f}.en")), &t.en, max, false, errors),
        };
        let name = text("name", &d.name, MAX_NAME, true);
        let address = text("address", &d.address, MAX_ADDRESS, true);
        let hours = text("hours", &d.hours, MAX_HOURS, false);
        let mut settlements: Vec<String> = Vec::new();
        let field = at("settlements");
        let typed: Vec<&str> = d
            .settlements
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect();
        if typed.is_empty() {
            errors.push(FieldError::new(
                &field,
                "profile-no-settlements",
                "Назвіть населені пункти округу, кожен з нового рядка, як у кодифікаторі.",
                "Name the district's settlements, one a line, as the codifier names them.",
            ));
        } else if typed.len() > MAX_SETTLEMENTS {
            errors.push(FieldError::new(
                &field,
                "profile-too-many-settlements",
                format!("Не більше {MAX_SETTLEMENTS} населених пунктів в окрузі."),
                format!("At most {MAX_SETTLEMENTS} settlements in a district."),
            ));
        } else {
            for s in typed {
                let s = clean(&field, s, MAX_SETTLEMENT, true, errors);
                if !s.is_empty() && !settlements.contains(&s) {
                    settlements.push(s);
                }
            }
        }
        let phone = phone(&at("phone"), &d.phone, errors);
        let email = email(&at("email"), &d.email, errors);
        out.push(District {
            name,
            settlements,
            address,
            phone,
            email,
            hours,
        });
    }
    out
}

/// A phone number in E.164, or empty when none is typed.
fn phone(field: &str, typed: &str, errors: &mut Vec<FieldError>) -> String {
    if typed.trim().is_empty() {
        return String::new();
    }
    match Phone::parse(typed) {
        Ok(p) => p.as_str().to_string(),
        Err(e) => {
            errors.push(FieldError::from_error(field, &e));
            String::new()
        }
    }
}

/// An e-mail address normalised, or empty when none is typed.
fn email(field: &str, typed: &str, errors: &mut Vec<FieldError>) -> String {
    if typed.trim().is_empty() {
        return String::new();
    }
    match Email::parse(typed) {
        Ok(m) => m.as_str().to_string(),
        Err(e) => {
            errors.push(FieldError::from_error(field, &e));
            String::new()
        }
    }
}

/// A text trimmed and checked: at most `max` characters, no control characters but line breaks,
/// no invisible direction overrides; required when `required`.
fn clean(
    field: &str,
    text: &str,
    max: usize,
    required: bool,
    errors: &mut Vec<FieldError>,
) -> String {
    let text = text.trim();
    if text.is_empty() {
        if required {
            errors.push(FieldError::new(
                field,
                "profile-required",
                "Заповніть українською: без цього громадяни не знайдуть, куди звертатися.",
                "Fill this in in Ukrainian: without it people cannot find where to go.",
            ));
        }
        return String::new();
    }
    let chars = text.chars().count();
    if chars > max {
        errors.push(FieldError::new(
            field,
            "profile-too-long",
            format!("Не більше {max} символів, а тут {chars}: скоротіть текст."),
            format!("At most {max} characters, and this has {chars}: shorten the text."),
        ));
        return String::new();
    }
    let bad = text.chars().any(|c| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
    });
    if bad {
        errors.push(FieldError::new(
            field,
            "profile-control-character",
            "У тексті є невидимі керівні символи: наберіть його заново, не вставляючи з інших програм.",
            "The text has invisible control characters: type it again instead of pasting it.",
        ));
        return String::new();
    }
    text.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn office() -> Office {
        Office {
            kind: OfficeKind::Cnap,
            name: Bilingual {
                uk: " ЦНАП ".into(),
                en: String::new(),
            },
            address: Bilingual {
                uk: "вул. Тестова, 1".into(),
                en: "1 Test St".into(),
            },
            phone: "050 123 45 67".into(),
            email: "cnap@Example.COM".into(),
            hours: Bilingual::default(),
        }
    }

    #[test]
    fn a_filled_in_profile_is_normalised_and_blank_offices_are_left_out() {
        let p = Profile {
            website: "https://Example.com/".into(),
            online: true,
            offices: vec![Office::default(), office()],
            districts: Vec::new(),
        };
        let v = p.validate().unwrap();
        assert_eq!(v.website, "https://example.com/");
        assert_eq!(v.offices.len(), 1);
        assert_eq!(v.offices[0].name.uk, "ЦНАП");
        assert_eq!(v.offices[0].phone, "+380501234567");
        assert_eq!(v.offices[0].email, "cnap@example.com");
    }

    #[test]
    fn a_bad_phone_email_or_website_is_named_at_its_field() {
        let mut o = office();
        o.phone = "12345".into();
        o.email = "cnap.example.com".into();
        let p = Profile {
            website: "javascript:alert(1)".into(),
            online: false,
            offices: vec![o],
            districts: Vec::new(),
        };
        let fields: Vec<String> = p
            .validate()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["website", "offices.0.phone", "offices.0.email"]);
    }

    #[test]
    fn an_office_needs_its_name_and_address_in_ukrainian_but_english_is_optional() {
        let mut o = office();
        o.name.uk = String::new();
        o.name.en = "Centre".into();
        o.address.uk = " ".into();
        let errors = Profile {
            offices: vec![o],
            ..Profile::default()
        }
        .validate()
        .unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["offices.0.name.uk", "offices.0.address.uk"]);
        assert_eq!(errors[0].code, "profile-required");
    }

    #[test]
    fn an_english_text_left_empty_falls_back_to_ukrainian_and_says_so() {
        let o = office();
        assert_eq!(o.name.get(true), (" ЦНАП ", true));
        assert_eq!(o.address.get(true), ("1 Test St", false));
        assert_eq!(o.address.get(false), ("вул. Тестова, 1", false));
    }

    fn district() -> District {
        District {
            name: Bilingual {
                uk: "Старостинський округ № 1".into(),
                en: String::new(),
            },
            settlements: vec![
                " Вишневе ".into(),
                String::new(),
                "Вишневе".into(),
                "Дубове".into(),
            ],
            address: Bilingual {
                uk: "с. Вишневе, вул. Шкільна, 2".into(),
                en: String::new(),
            },
            phone: "+380 44 123 45 67".into(),
            email: String::new(),
            hours: Bilingual::default(),
        }
    }

    #[test]
    fn a_starosta_district_keeps_its_settlements_once_each_and_its_contacts() {
        let p = Profile {
            districts: vec![District::default(), district()],
            ..Profile::default()
        };
        let v = p.validate().unwrap();
        assert_eq!(v.districts.len(), 1);
        assert_eq!(v.districts[0].settlements, ["Вишневе", "Дубове"]);
        assert_eq!(v.districts[0].phone, "+380441234567");
        assert!(!p.is_empty());
    }

    #[test]
    fn a_district_without_settlements_or_with_a_bad_phone_is_named_at_its_field() {
        let mut d = district();
        d.settlements = vec![" ".into()];
        d.phone = "123".into();
        d.address.uk = String::new();
        let fields: Vec<String> = Profile {
            districts: vec![d],
            ..Profile::default()
        }
        .validate()
        .unwrap_err()
        .into_iter()
        .map(|e| e.field)
        .collect();
        assert_eq!(
            fields,
            [
                "districts.0.address.uk",
                "districts.0.settlements",
                "districts.0.phone"
            ]
        );
    }

    #[test]
    fn several_cnaps_are_kept_in_their_order() {
        let mut second = office();
        second.name.uk = "ЦНАП, віддалене робоче місце".into();
        let v = Profile {
            offices: vec![office(), second],
            ..Profile::default()
        }
        .validate()
        .unwrap();
        assert_eq!(v.offices.len(), 2);
        assert_eq!(v.offices[1].name.uk, "ЦНАП, віддалене робоче місце");
    }

    #[test]
    fn control_characters_and_overlong_texts_are_refused() {
        let mut o = office();
        o.hours.uk = "пн\u{202e}пт".into();
        o.address.en = "x".repeat(MAX_ADDRESS + 1);
        let codes: Vec<String> = Profile {
            offices: vec![o],
            ..Profile::default()
        }
        .validate()
        .unwrap_err()
        .into_iter()
        .map(|e| e.code)
        .collect();
        assert_eq!(codes, ["profile-too-long", "profile-control-character"]);
    }
}
