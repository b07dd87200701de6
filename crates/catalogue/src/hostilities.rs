//! What the list of hostilities and occupation says about a community on a given day.

use crate::Date;
use crate::communities::{Community, ListSection};

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

/// Has the community (or part of it) been, at any time, a territory of active hostilities or
/// temporarily occupied? This is what the eligibility rules call "the origin is on the list":
/// the IDP living allowance is for people who left such territories.
pub fn left_listed_territory(community: &Community) -> bool {
    community
        .listed
        .iter()
        .any(|e| e.section >= ListSection::ActiveHostilities)
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
