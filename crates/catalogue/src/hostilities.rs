//! What the list of hostilities and occupation says about a community on a given day.

use crate::Date;
use crate::communities::{Community, ListEntry, ListSection};
use serde::{Deserialize, Serialize};

/// A community's standing in the list on one day: the gravest section that applies then.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub section: ListSection,
    /// The whole community is in that section (not only some of its settlements).
    pub whole: bool,
    /// When that section began for it (the earliest start among the matching periods).
    pub since: Option<Date>,
}

/// The gravest section of the list that applies to `community` on `day`, if any.
///
/// Gravity follows the list's own order: temporarily occupied > active hostilities (with or
/// without state e-resources) > possible hostilities. A section covering the whole community
/// outranks the same section covering only part of it.
pub fn standing_on(community: &Community, day: Date) -> Option<Standing> {
    community
        .listed
        .iter()
        .filter(|e| e.is_ongoing(day))
        .map(|e| Standing {
            section: e.section,
            whole: e.part.is_none(),
            since: e
                .periods
                .iter()
                .filter(|p| p.start.is_none_or(|s| s <= day) && p.end.is_none_or(|end| day <= end))
                .filter_map(|p| p.start)
                .min(),
        })
        .max_by_key(|s| (s.section, s.whole))
}

/// Was the community ever on the list (even if every period has ended)?
pub fn ever_listed(community: &Community) -> bool {
    !community.listed.is_empty()
}

/// What the list says of a person who left a community: what the eligibility rules call "the
/// origin is on the list" (the IDP living allowance is for people who moved from territories
/// included in the list of hostilities or occupation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum OriginListing {
    /// The whole community is a territory of active hostilities or occupied, in a period that
    /// has not ended.
    Listed,
    /// The list does not name the community or any part of it.
    NotListed,
    /// Only some settlements are listed as territories of active hostilities or occupation in a
    /// period that has not ended (`names`, as the list gives them): it depends on which one the
    /// person left. For another settlement, `otherwise_unsettled` says whether the list still
    /// names it in some other way (possible hostilities, an ended period), which the sources do
    /// not settle.
    Parts {
        names: Vec<String>,
        otherwise_unsettled: bool,
    },
    /// The list names it only as a territory of possible hostilities, or only in periods that
    /// have ended: the sources do not say whether that qualifies.
    Unsettled,
}

/// A listing that qualifies beyond doubt: active hostilities or occupation, not ended.
fn qualifies(e: &ListEntry) -> bool {
    e.section >= ListSection::ActiveHostilities && e.periods.iter().any(|p| p.end.is_none())
}

/// The settlements a row of the list leaves out ("… за винятком с. А, м. Б").
fn exceptions(part: &str) -> Vec<&str> {
    part.split_once("за винятком")
        .map(|(_, list)| {
            list.split([',', ';'])
                .flat_map(|i| i.split(" та "))
                .map(|i| i.trim().trim_end_matches('.'))
                .filter(|i| !i.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

/// Does the list name this settlement (a row of its own, "м. Маріуполь …")?
fn names_settlement(part: &str, settlement: &str) -> bool {
    part == settlement || part.starts_with(&format!("{settlement} "))
}

/// What the list says of a person who left `community`, decided at settlement level where only
/// part of the community is listed, and with the periods taken into account.
///
/// A row for the community (or its raion, oblast) that leaves some settlements out ("за
/// винятком …") still covers the whole community when each left-out settlement that has a row
/// of its own in this community qualifies there too (the importer attaches such a row to a
/// community only where a left-out settlement lies in it, and a left-out settlement has its
/// own row).
pub fn origin_listing(community: &Community) -> OriginListing {
    let whole: Vec<&ListEntry> = community
        .listed
        .iter()
        .filter(|e| e.part.is_none())
        .collect();
    if whole.iter().any(|e| qualifies(e)) {
        return OriginListing::Listed;
    }
    let covers_all_but_exceptions = community.listed.iter().any(|e| {
        let Some(part) = &e.part else { return false };
        let left_out = exceptions(part);
        qualifies(e)
            && !left_out.is_empty()
            && left_out.iter().all(|s| {
                let own: Vec<&ListEntry> = community
                    .listed
                    .iter()
                    .filter(|o| o.part.as_deref().is_some_and(|p| names_settlement(p, s)))
                    .collect();
                own.is_empty() || own.iter().any(|o| qualifies(o))
            })
    });
    if covers_all_but_exceptions {
        return OriginListing::Listed;
    }
    // Every settlement of the community named by a row of its own.
    let mut own: Vec<&str> = community
        .listed
        .iter()
        .filter(|e| qualifies(e))
        .filter_map(|e| e.part.as_deref())
        .filter(|p| !p.contains("за винятком") && !p.contains(" район"))
        .collect();
    own.sort();
    own.dedup();
    if community.settlements > 0 && own.len() >= community.settlements as usize {
        return OriginListing::Listed;
    }
    let mut names: Vec<String> = community
        .listed
        .iter()
        .filter(|e| qualifies(e))
        .filter_map(|e| e.part.clone())
        .collect();
    names.sort();
    names.dedup();
    let other = community.listed.iter().any(|e| {
        e.part.is_none()
            || !qualifies(e) && !names.contains(e.part.as_ref().unwrap_or(&String::new()))
    });
    if !names.is_empty() {
        return OriginListing::Parts {
            names,
            otherwise_unsettled: other,
        };
    }
    if community.listed.is_empty() {
        OriginListing::NotListed
    } else {
        OriginListing::Unsettled
    }
}

/// Since when the community (or part of it) has been a territory of active hostilities or
/// occupied: the earliest start of such a period.
pub fn listed_since(community: &Community) -> Option<Date> {
    community
        .listed
        .iter()
        .filter(|e| e.section >= ListSection::ActiveHostilities)
        .flat_map(|e| e.periods.iter().filter_map(|p| p.start))
        .min()
}

/// Does a person who left this community on `day` most likely need the route of a displaced
/// person (IDP certificate, support where they live now)? True for occupied territories and
/// territories of active hostilities, whole or in part.
pub fn suggests_displacement(community: &Community, day: Date) -> bool {
    standing_on(community, day).is_some_and(|s| s.section >= ListSection::ActiveHostilities)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::communities::{CommunityType, ListEntry, Period};

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn community(listed: Vec<ListEntry>) -> Community {
        Community {
            code: "UA00000000000000000".into(),
            name: "Тестова".into(),
            name_en: "Testova".into(),
            kind: CommunityType::Rural,
            centre: "Тестове".into(),
            centre_en: "Testove".into(),
            oblast: 0,
            raion: Some(0),
            listed,
            settlements: 3,
        }
    }

    fn entry(
        section: ListSection,
        part: Option<&str>,
        periods: &[(&str, Option<&str>)],
    ) -> ListEntry {
        ListEntry {
            section,
            part: part.map(str::to_string),
            periods: periods
                .iter()
                .map(|(s, e)| Period {
                    start: Some(d(s)),
                    end: e.map(d),
                })
                .collect(),
        }
    }

    #[test]
    fn a_person_from_a_wholly_occupied_community_left_a_listed_territory() {
        let c = community(vec![entry(
            ListSection::TemporarilyOccupied,
            None,
            &[("2022-02-24", None)],
        )]);
        assert_eq!(origin_listing(&c), OriginListing::Listed);
    }

    #[test]
    fn a_community_never_on_the_list_is_not_listed() {
        assert_eq!(origin_listing(&community(vec![])), OriginListing::NotListed);
    }

    #[test]
    fn where_only_some_villages_are_listed_it_depends_on_the_village() {
        let c = community(vec![entry(
            ListSection::ActiveHostilities,
            Some("с. Дальнє"),
            &[("2022-03-01", None)],
        )]);
        assert_eq!(
            origin_listing(&c),
            OriginListing::Parts {
                names: vec!["с. Дальнє".into()],
                otherwise_unsettled: false
            }
        );
        // Another village of the same community listed only as possible hostilities: a person
        // from there is not settled by the sources.
        let mut c = c;
        c.listed.push(entry(
            ListSection::PossibleHostilities,
            Some("с. Ближнє"),
            &[("2023-01-01", None)],
        ));
        assert!(matches!(
            origin_listing(&c),
            OriginListing::Parts {
                otherwise_unsettled: true,
                ..
            }
        ));
    }

    #[test]
    fn a_raion_row_with_exceptions_that_are_listed_themselves_covers_the_whole_community() {
        // Mariupol: the raion row leaves the city out, and the city has its own row.
        let c = community(vec![
            entry(
                ListSection::TemporarilyOccupied,
                Some("Маріупольський район за винятком с. Заїченко, м. Маріуполь, с. Пікузи"),
                &[("2022-03-05", None)],
            ),
            entry(
                ListSection::TemporarilyOccupied,
                Some("м. Маріуполь Маріупольської міської територіальної громади"),
                &[("2022-05-21", None)],
            ),
        ]);
        assert_eq!(origin_listing(&c), OriginListing::Listed);
        // Had the city been listed only until some day, the person must say where from.
        let mut c = c;
        c.listed[1].periods[0].end = Some(d("2023-01-01"));
        assert!(matches!(origin_listing(&c), OriginListing::Parts { .. }));
    }

    #[test]
    fn a_community_whose_every_settlement_is_listed_by_name_is_listed() {
        let village = |name: &str| {
            entry(
                ListSection::TemporarilyOccupied,
                Some(name),
                &[("2022-03-01", None)],
            )
        };
        let mut c = community(vec![village("м. Перше"), village("с. Друге")]);
        assert!(matches!(origin_listing(&c), OriginListing::Parts { .. }));
        c.listed.push(village("с. Третє"));
        assert_eq!(origin_listing(&c), OriginListing::Listed);
    }

    #[test]
    fn a_listing_that_ended_or_only_possible_hostilities_is_unsettled() {
        let ended = community(vec![entry(
            ListSection::TemporarilyOccupied,
            None,
            &[("2022-03-01", Some("2022-11-11"))],
        )]);
        assert_eq!(origin_listing(&ended), OriginListing::Unsettled);
        let possible = community(vec![entry(
            ListSection::PossibleHostilities,
            None,
            &[("2023-01-01", None)],
        )]);
        assert_eq!(origin_listing(&possible), OriginListing::Unsettled);
        // An ended occupation followed by an open period of active hostilities is listed.
        let mut both = ended;
        both.listed.push(entry(
            ListSection::ActiveHostilitiesWithStateEResources,
            None,
            &[("2023-05-01", None)],
        ));
        assert_eq!(origin_listing(&both), OriginListing::Listed);
    }

    #[test]
    fn an_unlisted_community_has_no_standing() {
        assert_eq!(standing_on(&community(vec![]), d("2025-05-01")), None);
    }

    #[test]
    fn occupation_outranks_hostilities_on_the_same_day() {
        let c = community(vec![
            entry(
                ListSection::ActiveHostilities,
                None,
                &[("2022-02-24", None)],
            ),
            entry(
                ListSection::TemporarilyOccupied,
                Some("с. Дальнє"),
                &[("2025-02-20", None)],
            ),
        ]);
        let s = standing_on(&c, d("2025-03-01")).unwrap();
        assert_eq!(s.section, ListSection::TemporarilyOccupied);
        assert!(!s.whole);
        assert_eq!(s.since, Some(d("2025-02-20")));
        // Before the occupation began, only the hostilities applied.
        let s = standing_on(&c, d("2024-01-01")).unwrap();
        assert_eq!(s.section, ListSection::ActiveHostilities);
        assert!(suggests_displacement(&c, d("2024-01-01")));
    }

    #[test]
    fn an_ended_period_no_longer_applies_but_is_remembered() {
        let c = community(vec![entry(
            ListSection::PossibleHostilities,
            None,
            &[("2023-10-13", Some("2024-11-30"))],
        )]);
        assert!(
            standing_on(&c, d("2024-11-30")).is_some(),
            "the end day is still inside"
        );
        assert_eq!(standing_on(&c, d("2024-12-01")), None);
        assert!(ever_listed(&c));
        assert!(
            !suggests_displacement(&c, d("2024-06-01")),
            "possible hostilities alone do not"
        );
    }
}
