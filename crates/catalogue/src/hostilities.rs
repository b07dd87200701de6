//! What the list of hostilities and occupation says about a community on a given day.

use crate::Date;
use crate::communities::{Community, ListEntry, ListSection, Settlement, Share};
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

/// What the list says of a person who left a community or a settlement: what the eligibility
/// rules call "the origin is on the list" (the IDP living allowance is for people who moved from
/// territories included in the list of hostilities or occupation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum OriginListing {
    /// A territory of active hostilities or occupied, in a period that has not ended.
    Listed,
    /// The list does not name it.
    NotListed,
    /// The list names only some settlements of the community, so it depends on which one the
    /// person left: [`Community::parts`] holds them, [`settlement_listing`] says what the list
    /// says of each.
    Parts,
    /// The list names it only as a territory of possible hostilities, only in periods that have
    /// ended, or only in part of a settlement: the sources do not say whether that qualifies.
    Unsettled,
}

/// A listing that qualifies beyond doubt: active hostilities or occupation, not ended.
pub fn qualifies(e: &ListEntry) -> bool {
    e.section >= ListSection::ActiveHostilities && e.periods.iter().any(|p| p.end.is_none())
}

/// What the list says of a territory all of whose rows are `entries` and each covers it whole:
/// listed if one qualifies, not listed if there is none, and else not settled by the sources.
fn listing_of<'a>(mut entries: impl Iterator<Item = &'a ListEntry>) -> OriginListing {
    let mut any = false;
    for e in entries.by_ref() {
        if qualifies(e) {
            return OriginListing::Listed;
        }
        any = true;
    }
    if any {
        OriginListing::Unsettled
    } else {
        OriginListing::NotListed
    }
}

/// What the list says of a person who left `settlement` of `community` (one of its
/// [`Community::parts`]), with the periods taken into account.
///
/// Listed when a row that qualifies covers all of it, or when one that qualifies covers all but
/// a part and another that qualifies covers that part (Золоте: the hromada's row leaves «Золоте –
/// 5» out, and «Золоте – 5» has a row of its own). Not listed when no row covers it. Anything
/// else (possible hostilities, ended periods, only part of it) the sources do not settle.
pub fn settlement_listing(community: &Community, settlement: &Settlement) -> OriginListing {
    let qualifying = |share: Share| {
        settlement.covers.iter().any(|c| {
            c.share == share
                && community
                    .listed
                    .get(c.entry as usize)
                    .is_some_and(qualifies)
        })
    };
    if settlement.covers.is_empty() {
        OriginListing::NotListed
    } else if qualifying(Share::Whole) || qualifying(Share::Rest) && qualifying(Share::Part) {
        OriginListing::Listed
    } else {
        OriginListing::Unsettled
    }
}

/// What the list says of a person who left `community`, decided at settlement level where only
/// part of the community is listed, and with the periods taken into account.
///
/// The importer gives a community its [`Community::parts`] wherever what the list says of some
/// settlement differs from what its rows say of the whole community; where it gave none, every
/// settlement stands as the whole community does.
pub fn origin_listing(community: &Community) -> OriginListing {
    let Some(first) = community.parts.first() else {
        return listing_of(community.listed.iter());
    };
    let first = settlement_listing(community, first);
    if community.parts[1..]
        .iter()
        .all(|s| settlement_listing(community, s) == first)
    {
        first
    } else {
        OriginListing::Parts
    }
}

/// What the list says of the whole community, from its rows alone, were every row to cover every
/// settlement: the importer gives a community its parts wherever a settlement differs from this.
pub fn whole_listing(community: &Community) -> OriginListing {
    listing_of(community.listed.iter())
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
    use crate::communities::{CommunityType, Cover, ListEntry, Period, SettlementKind};

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
            parts: Vec::new(),
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

    fn settlement(name: &str, covers: &[(u16, Share)]) -> Settlement {
        Settlement {
            code: format!("UA000000000{:08}", name.len()),
            name: name.into(),
            name_en: String::new(),
            kind: SettlementKind::Village,
            covers: covers
                .iter()
                .map(|&(entry, share)| Cover { entry, share })
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
        let mut c = community(vec![
            entry(
                ListSection::PossibleHostilities,
                Some("с. Ближнє"),
                &[("2023-01-01", None)],
            ),
            entry(
                ListSection::ActiveHostilities,
                Some("с. Дальнє"),
                &[("2022-03-01", None)],
            ),
        ]);
        c.parts = vec![
            settlement("Дальнє", &[(1, Share::Whole)]),
            settlement("Ближнє", &[(0, Share::Whole)]),
            settlement("Тихе", &[]),
        ];
        assert_eq!(origin_listing(&c), OriginListing::Parts);
        let [dalne, blyzhne, tykhe] = &c.parts[..] else {
            unreachable!()
        };
        assert_eq!(settlement_listing(&c, dalne), OriginListing::Listed);
        // Only possible hostilities: the sources do not settle it.
        assert_eq!(settlement_listing(&c, blyzhne), OriginListing::Unsettled);
        // A village of the same community the list does not name.
        assert_eq!(settlement_listing(&c, tykhe), OriginListing::NotListed);
    }

    #[test]
    fn a_village_whose_listing_ended_is_not_settled() {
        let mut c = community(vec![entry(
            ListSection::TemporarilyOccupied,
            Some("с. Дальнє"),
            &[("2022-03-01", Some("2022-11-11"))],
        )]);
        c.parts = vec![
            settlement("Дальнє", &[(0, Share::Whole)]),
            settlement("Тихе", &[]),
        ];
        assert_eq!(
            settlement_listing(&c, &c.parts[0]),
            OriginListing::Unsettled
        );
        assert_eq!(origin_listing(&c), OriginListing::Parts);
        // A later period that has not ended: listed again.
        c.listed[0].periods.push(Period {
            start: Some(d("2024-05-01")),
            end: None,
        });
        assert_eq!(settlement_listing(&c, &c.parts[0]), OriginListing::Listed);
    }

    #[test]
    fn a_settlement_covered_in_two_parts_that_both_qualify_is_listed() {
        // Золоте: the hromada's row leaves «Золоте – 5» out, which has a row of its own.
        let mut c = community(vec![
            entry(
                ListSection::TemporarilyOccupied,
                Some(
                    "Гірська міська територіальна громада за винятком с. Жолобок, с. Сокільники, частина м. Золоте (Золоте – 5)",
                ),
                &[("2022-06-23", None)],
            ),
            entry(
                ListSection::TemporarilyOccupied,
                Some("частина м. Золотого (Золоте – 5) Гірської міської територіальної громади"),
                &[("2018-02-07", None)],
            ),
        ]);
        c.parts = vec![
            settlement("Золоте", &[(0, Share::Rest), (1, Share::Part)]),
            settlement("Жолобок", &[]),
        ];
        assert_eq!(settlement_listing(&c, &c.parts[0]), OriginListing::Listed);
        // Only part of it: not settled.
        c.parts[0].covers.remove(0);
        assert_eq!(
            settlement_listing(&c, &c.parts[0]),
            OriginListing::Unsettled
        );
    }

    #[test]
    fn parts_that_all_stand_alike_stand_for_the_community() {
        let village = |name: &str| {
            entry(
                ListSection::TemporarilyOccupied,
                Some(name),
                &[("2022-03-01", None)],
            )
        };
        let mut c = community(vec![village("м. Перше"), village("с. Друге")]);
        c.parts = vec![
            settlement("Перше", &[(0, Share::Whole)]),
            settlement("Друге", &[(1, Share::Whole)]),
        ];
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
