//! Reading the official list of territories where hostilities are (were) conducted or that are
//! temporarily occupied (наказ Мінрозвитку № 376 від 28.02.2025), parsed into rows.

use crate::codifier::{Codifier, Unit};
use catalogue::Date;
use catalogue::communities::{ListSection, Period};
use catalogue::translit::is_apostrophe;
use serde::Deserialize;

/// The list as the JSON file holds it.
#[derive(Debug, Clone, Deserialize)]
pub struct HostilitiesList {
    pub meta: Meta,
    pub rows: Vec<Row>,
}

/// What the JSON file says about its source.
#[derive(Debug, Clone, Deserialize)]
pub struct Meta {
    pub title: String,
    pub approved_by: String,
    #[serde(default)]
    pub amended_by: Option<String>,
}

/// One row of the list.
#[derive(Debug, Clone, Deserialize)]
pub struct Row {
    pub section: String,
    pub oblast: String,
    #[serde(default)]
    pub raion: Option<String>,
    pub code: String,
    pub name: String,
    #[serde(default)]
    pub start: Vec<String>,
    #[serde(default)]
    pub end: Vec<String>,
}

impl HostilitiesList {
    pub fn parse(json: &str) -> Result<HostilitiesList, serde_json::Error> {
        serde_json::from_str(json)
    }
}

/// The section a row's `section` names (the file's names, and the README's shorter ones).
pub fn section(name: &str) -> Option<ListSection> {
    Some(match name {
        "possible_hostilities" => ListSection::PossibleHostilities,
        "active_hostilities" => ListSection::ActiveHostilities,
        "active_hostilities_with_state_e_resources" | "active_hostilities_with_e_resources" => {
            ListSection::ActiveHostilitiesWithStateEResources
        }
        "temporarily_occupied" | "occupied" => ListSection::TemporarilyOccupied,
        _ => return None,
    })
}

/// The row's periods: the start and end lists pair up by index; where the end list is shorter,
/// the later periods have not ended; a missing start stays unknown.
pub fn periods(row: &Row) -> Result<Vec<Period>, String> {
    let date = |s: &String| {
        s.trim()
            .parse::<Date>()
            .map_err(|e| format!("{e} (in «{}»)", row.name))
    };
    let n = row.start.len().max(row.end.len());
    if n == 0 {
        return Err("neither a start nor an end date".into());
    }
    (0..n)
        .map(|i| {
            Ok(Period {
                start: row.start.get(i).map(date).transpose()?,
                end: row.end.get(i).map(date).transpose()?,
            })
        })
        .collect()
}

/// A code the importer had to correct.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repair {
    pub from: String,
    pub to: String,
    pub how: String,
}

/// The codifier unit a row's code names, repairing the code where that can be done
/// unambiguously: whitespace is removed; a code longer than the codifier's 19 characters is
/// matched to the settlement the row names whose code it begins with (and only if exactly one
/// does).
pub fn resolve<'c>(
    codifier: &'c Codifier,
    row: &Row,
) -> Result<(&'c Unit, Option<Repair>), String> {
    if let Some(unit) = codifier.get(&row.code) {
        return Ok((unit, None));
    }
    let cleaned: String = row.code.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some(unit) = codifier.get(&cleaned) {
        let how = "removed whitespace from the code".to_string();
        return Ok((
            unit,
            Some(Repair {
                from: row.code.clone(),
                to: cleaned,
                how,
            }),
        ));
    }
    let settlement = settlement_name(&row.name);
    if cleaned.len() > 19 {
        let candidates: Vec<&Unit> = codifier
            .units
            .iter()
            .filter(|u| u.is_settlement() && names_settlement(settlement, &u.name))
            .filter(|u| cleaned.starts_with(u.code()))
            .collect();
        if let [unit] = candidates[..] {
            let how = format!(
                "the code has {} characters instead of 19: the settlement «{}» of the codifier has the code it begins with",
                cleaned.chars().count(),
                unit.name
            );
            return Ok((
                unit,
                Some(Repair {
                    from: row.code.clone(),
                    to: unit.code().to_string(),
                    how,
                }),
            ));
        }
        return Err(format!(
            "the code is not in the codifier, and {} settlements named «{settlement}…» have a code it begins with",
            candidates.len()
        ));
    }
    Err("the code is not in the codifier".into())
}

/// The abbreviations of settlement types the list writes before a name (with a Latin «c» too, as
/// the source has it in places).
const TYPE_PREFIXES: [&str; 11] = [
    "с-ще",
    "c-ще",
    "с-ща",
    "смт",
    "с.",
    "c.",
    "м.",
    "селище",
    "село",
    "місто",
    "с ",
];

/// The name of a row naming a settlement, without its type: «с. Дальнє Курахівської міської
/// територіальної громади» → «Дальнє Курахівської міської територіальної громади».
pub fn settlement_name(name: &str) -> &str {
    let name = name.trim();
    TYPE_PREFIXES
        .iter()
        .find_map(|p| name.strip_prefix(p))
        .map_or(name, |rest| {
            rest.strip_prefix('.').unwrap_or(rest).trim_start()
        })
}

/// Does `text` (a row's name without its type) start with the settlement name `name`?
fn names_settlement(text: &str, name: &str) -> bool {
    text.strip_prefix(name)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' ') || rest.starts_with(','))
}

/// Two names are the same, whichever apostrophe they are written with.
pub fn same_name(a: &str, b: &str) -> bool {
    let plain = |s: &str| {
        s.chars()
            .map(|c| if is_apostrophe(c) { '’' } else { c })
            .collect::<String>()
    };
    plain(a) == plain(b)
}

/// Something a row excludes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Excluded {
    /// A whole settlement, by name; with the code where the list gives one in brackets to tell
    /// namesakes apart («с. Новобахмутівка (UA14160190130054690)»), or another name it gives in
    /// brackets («с-ще Грейгове (с-ще Миролюбове)», the settlement since renamed).
    Settlement {
        name: String,
        also: Option<String>,
        code: Option<String>,
    },
    /// Part of a settlement («частина м. Золотого (Золоте – 5)»), as written.
    Part(String),
}

impl Excluded {
    /// Is `unit` the settlement excluded?
    pub fn matches(&self, unit: &Unit) -> bool {
        match self {
            Excluded::Settlement { name, also, code } => {
                unit.is_settlement()
                    && code.as_ref().is_none_or(|c| c == unit.code())
                    && (same_name(&unit.name, name)
                        || also.as_ref().is_some_and(|a| same_name(&unit.name, a)))
            }
            Excluded::Part(_) => false,
        }
    }
}

/// What a row excludes: «Маріупольський район за винятком с. Заїченко, м. Маріуполь, с. Пікузи»
/// → Заїченко, Маріуполь, Пікузи. Empty when the row excludes nothing. Reads the list's
/// variants: a colon after «за винятком», «та» for the last comma, a comma left out before a
/// type («с. Новокаїри с. Республіканець»), a dot after the type, another name in brackets.
pub fn exclusions(name: &str) -> Vec<Excluded> {
    let Some((_, list)) = name.split_once("за винятком") else {
        return Vec::new();
    };
    let mut items: Vec<&str> = Vec::new();
    for item in list.split([',', ';']).flat_map(|i| i.split(" та ")) {
        // A type abbreviation inside an item starts another one.
        let mut rest = item.trim().trim_start_matches(':').trim_start();
        while let Some(at) = TYPE_PREFIXES
            .iter()
            .filter(|p| p.ends_with('.') || *p == &"с-ще")
            .filter_map(|p| rest.find(&format!(" {p} ")))
            .filter(|&at| !rest[..at].trim_end().ends_with("частина"))
            .min()
        {
            items.push(&rest[..at]);
            rest = &rest[at + 1..];
        }
        items.push(rest);
    }
    items
        .into_iter()
        .map(|i| i.trim().trim_end_matches(['.', ' ']))
        .filter(|i| !i.is_empty())
        .map(|item| {
            if item.starts_with("частина") {
                return Excluded::Part(item.to_string());
            }
            let item = settlement_name(item);
            let (name, bracket) = match item.split_once('(') {
                Some((n, b)) => (n.trim(), Some(b.trim_end_matches(')').trim())),
                None => (item, None),
            };
            let is_code = |b: &&str| b.starts_with("UA") && b.len() == 19;
            Excluded::Settlement {
                name: name.to_string(),
                also: bracket
                    .filter(|b| !is_code(b))
                    .map(|b| settlement_name(b).to_string()),
                code: bracket.filter(is_code).map(str::to_string),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(code: &str, name: &str, start: &[&str], end: &[&str]) -> Row {
        Row {
            section: "temporarily_occupied".into(),
            oblast: "ДОНЕЦЬКА ОБЛАСТЬ".into(),
            raion: Some("Бахмутський район".into()),
            code: code.into(),
            name: name.into(),
            start: start.iter().map(|s| s.to_string()).collect(),
            end: end.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn d(s: &str) -> Option<Date> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn periods_pair_up_by_index() {
        let r = row("X", "x", &["2022-02-24", "2023-09-15"], &["2022-11-29"]);
        assert_eq!(
            periods(&r).unwrap(),
            [
                Period {
                    start: d("2022-02-24"),
                    end: d("2022-11-29")
                },
                Period {
                    start: d("2023-09-15"),
                    end: None
                },
            ]
        );
        let no_start = row("X", "x", &[], &["2023-05-01"]);
        assert_eq!(
            periods(&no_start).unwrap(),
            [Period {
                start: None,
                end: d("2023-05-01")
            }]
        );
        assert!(periods(&row("X", "x", &[], &[])).is_err());
        assert!(periods(&row("X", "x", &["2022-02-30"], &[])).is_err());
    }

    #[test]
    fn sections_by_name() {
        assert_eq!(
            section("temporarily_occupied"),
            Some(ListSection::TemporarilyOccupied)
        );
        assert_eq!(section("occupied"), Some(ListSection::TemporarilyOccupied));
        assert_eq!(
            section("active_hostilities_with_state_e_resources"),
            Some(ListSection::ActiveHostilitiesWithStateEResources)
        );
        assert_eq!(section("elsewhere"), None);
    }

    #[test]
    fn names_without_their_type() {
        assert_eq!(
            settlement_name("с. Дальнє Курахівської"),
            "Дальнє Курахівської"
        );
        assert_eq!(settlement_name("с-ще Гостре"), "Гостре");
        assert_eq!(settlement_name("c. Кліщіївка"), "Кліщіївка");
        assert_eq!(settlement_name("с.Улакли"), "Улакли");
        assert_eq!(settlement_name("м. Залізне Торецької"), "Залізне Торецької");
        assert!(names_settlement("Залізне Торецької", "Залізне"));
        assert!(!names_settlement("Залізнее", "Залізне"));
    }

    fn settlement(name: &str) -> Excluded {
        Excluded::Settlement {
            name: name.into(),
            also: None,
            code: None,
        }
    }

    #[test]
    fn exclusions_are_read() {
        assert_eq!(
            exclusions("Маріупольський район за винятком с. Заїченко, м. Маріуполь, с. Пікузи"),
            [
                settlement("Заїченко"),
                settlement("Маріуполь"),
                settlement("Пікузи")
            ]
        );
        assert!(exclusions("Покровська міська територіальна громада").is_empty());
    }

    #[test]
    fn the_lists_variants_of_exclusions() {
        let read = |s: &str| exclusions(&format!("Громада за винятком {s}"));
        assert_eq!(
            read(": с-ще Одрадне, с. Улакли"),
            [settlement("Одрадне"), settlement("Улакли")]
        );
        assert_eq!(
            read("с-ще. Курахівка, с-ща Діброва"),
            [settlement("Курахівка"), settlement("Діброва")]
        );
        assert_eq!(
            read("с-ще Козацьке та с-ще Веселе"),
            [settlement("Козацьке"), settlement("Веселе")]
        );
        assert_eq!(
            read("с. Новокаїри с. Республіканець"),
            [settlement("Новокаїри"), settlement("Республіканець")]
        );
        assert_eq!(
            read("с-ще Грейгове (с-ще Миролюбове)"),
            [Excluded::Settlement {
                name: "Грейгове".into(),
                also: Some("Миролюбове".into()),
                code: None
            }]
        );
        assert_eq!(
            read("с. Новобахмутівка (UA14160190130054690)"),
            [Excluded::Settlement {
                name: "Новобахмутівка".into(),
                also: None,
                code: Some("UA14160190130054690".into())
            }]
        );
        assert_eq!(
            read("с. Жолобок, частина м. Золотого (Золоте – 5)"),
            [
                settlement("Жолобок"),
                Excluded::Part("частина м. Золотого (Золоте – 5)".into())
            ]
        );
        assert!(same_name("Одрадокам`янка", "Одрадокам’янка"));
    }

    const CODIFIER: &str = "h;h;h;h;h;h;h\r\n\
UA14000000000091971;;;;;O;Донецька\r\n\
UA14000000000091971;UA14020000000013572;;;;P;Бахмутський\r\n\
UA14000000000091971;UA14020000000013572;UA14020110000075529;;;H;Торецька\r\n\
UA14000000000091971;UA14020000000013572;UA14020110000075529;UA14020110020077205;;M;Залізне\r\n\
UA14000000000091971;UA14020000000013572;UA14020110000075529;UA14020110030012345;;C;Залізне Друге\r\n";

    #[test]
    fn repairs_whitespace_and_an_extra_digit() {
        let c = Codifier::parse(CODIFIER).unwrap();
        let (u, repair) = resolve(&c, &row("UA14020110000075529", "Торецька", &[], &[])).unwrap();
        assert_eq!((u.name.as_str(), repair), ("Торецька", None));

        let (u, repair) = resolve(
            &c,
            &row("UA 14020110020077205", "м. Залізне Торецької", &[], &[]),
        )
        .unwrap();
        assert_eq!(u.name, "Залізне");
        assert_eq!(repair.unwrap().to, "UA14020110020077205");

        let (u, repair) = resolve(
            &c,
            &row("UA140201100200772055", "м. Залізне Торецької", &[], &[]),
        )
        .unwrap();
        assert_eq!(u.code(), "UA14020110020077205");
        assert_eq!(repair.unwrap().from, "UA140201100200772055");
    }

    #[test]
    fn refuses_what_cannot_be_repaired() {
        let c = Codifier::parse(CODIFIER).unwrap();
        // The name does not match the settlement whose code is a prefix.
        assert!(
            resolve(
                &c,
                &row("UA140201100200772055", "с. Ясне Торецької", &[], &[])
            )
            .is_err()
        );
        // The prefix does not match.
        assert!(
            resolve(
                &c,
                &row("UA140201100300772055", "м. Залізне Торецької", &[], &[])
            )
            .is_err()
        );
        assert!(
            resolve(
                &c,
                &row("UA14020110020077206", "м. Залізне Торецької", &[], &[])
            )
            .is_err()
        );
    }
}
