//! The importer against the official sources in `../shared/data` (beside the workspace), and the
//! committed output against what they give.

use catalogue::communities::{CommunityType, ListSection, SettlementKind};
use catalogue::hostilities::{OriginListing, origin_listing, settlement_listing};
use catalogue::{Catalogue, Communities, Community, Date};
use importer::collate::collation_key;
use importer::{CRIMEA, Generated, Import, Options};
use std::sync::OnceLock;

fn generated() -> &'static Generated {
    static G: OnceLock<Generated> = OnceLock::new();
    G.get_or_init(|| {
        importer::generate(&Options::defaults())
            .unwrap_or_else(|e| panic!("the import from ../shared/data fails: {e}"))
    })
}

fn import() -> &'static Import {
    &generated().import
}

fn communities() -> &'static Communities {
    &import().communities
}

fn community(code: &str) -> &'static Community {
    communities()
        .get(code)
        .unwrap_or_else(|| panic!("no community {code}"))
}

fn day(s: &str) -> Date {
    s.parse().unwrap()
}

fn is_crimean(c: &Community) -> bool {
    communities().oblast_of(c).code == CRIMEA
}

#[test]
fn every_hromada_and_the_two_cities() {
    let all = &communities().communities;
    let hromadas: Vec<_> = all
        .iter()
        .filter(|c| c.kind != CommunityType::SpecialStatusCity)
        .collect();
    assert_eq!(hromadas.len(), 1772);
    assert_eq!(hromadas.iter().filter(|c| !is_crimean(c)).count(), 1469);
    assert_eq!(all.len(), 1772 + 2);
    let mut special: Vec<_> = all
        .iter()
        .filter(|c| c.kind == CommunityType::SpecialStatusCity)
        .map(|c| (c.name.as_str(), c.name_en.as_str(), c.raion))
        .collect();
    special.sort();
    assert_eq!(
        special,
        [("Київ", "Kyiv", None), ("Севастополь", "Sevastopol", None)]
    );
    // Codes are unique.
    let mut codes: Vec<_> = all.iter().map(|c| &c.code).collect();
    codes.sort();
    codes.dedup();
    assert_eq!(codes.len(), all.len());
}

#[test]
fn every_community_has_an_oblast_and_a_raion_of_that_oblast() {
    let c = communities();
    assert_eq!(
        c.oblasts.len(),
        25 + 2,
        "24 oblasts, Crimea, Kyiv, Sevastopol"
    );
    assert_eq!(c.raions.len(), 136);
    for x in &c.communities {
        assert!((x.oblast as usize) < c.oblasts.len(), "{}", x.code);
        assert!(!x.name.is_empty() && !x.name_en.is_empty(), "{}", x.code);
        assert_eq!(x.name, x.name.trim(), "{}", x.code);
        match (x.kind, c.raion_of(x)) {
            (CommunityType::SpecialStatusCity, None) => {
                assert_eq!(c.oblast_of(x).code, x.code, "a city is its own first level");
            }
            (CommunityType::SpecialStatusCity, Some(_)) => panic!("{} has a raion", x.code),
            (_, None) => panic!("the hromada {} has no raion", x.code),
            (_, Some(r)) => assert_eq!(r.oblast, x.oblast, "{}", x.code),
        }
    }
    for r in &c.raions {
        assert!((r.oblast as usize) < c.oblasts.len());
        assert_eq!(r.name, r.name.trim());
    }
}

#[test]
fn types_follow_the_first_settlement() {
    let count = |t| {
        communities()
            .communities
            .iter()
            .filter(|c| c.kind == t)
            .count()
    };
    let (urban, settlement, rural) = (
        count(CommunityType::Urban),
        count(CommunityType::Settlement),
        count(CommunityType::Rural),
    );
    assert!(urban > 0 && settlement > 0 && rural > 0);
    assert_eq!(urban + settlement + rural, 1772);
    let table = [
        ("UA01020010000048857", "Андріївська", CommunityType::Rural),
        (
            "UA01020050000056842",
            "Бахчисарайська",
            CommunityType::Urban,
        ),
        (
            "UA01020230000086125",
            "Качинська",
            CommunityType::Settlement,
        ),
        ("UA14160110000031920", "Курахівська", CommunityType::Urban),
        ("UA46060250000025047", "Львівська", CommunityType::Urban),
        ("UA12060090000074553", "Грушівська", CommunityType::Rural),
    ];
    for (code, name, kind) in table {
        let c = community(code);
        assert_eq!((c.name.as_str(), c.kind), (name, kind), "{code}");
    }
}

#[test]
fn names_in_latin_by_the_official_scheme() {
    assert_eq!(community("UA32080150000035443").name_en, "Irpinska");
    assert_eq!(community("UA14160110000031920").name_en, "Kurakhivska");
    let c = communities();
    let names: Vec<_> = c.oblasts.iter().map(|o| o.name_en.as_str()).collect();
    assert!(names.contains(&"Zhytomyrska") && names.contains(&"Kharkivska"));
    assert!(names.contains(&"Avtonomna Respublika Krym"));
}

#[test]
fn sorted_by_oblast_raion_and_ukrainian_name() {
    let c = communities();
    let key = |x: &Community| {
        (
            x.oblast,
            x.raion.map_or(-1, i32::from),
            collation_key(&x.name),
        )
    };
    for pair in c.communities.windows(2) {
        assert!(
            key(&pair[0]) <= key(&pair[1]),
            "{} before {}",
            pair[0].name,
            pair[1].name
        );
    }
    for pair in c.raions.windows(2) {
        assert!(
            (pair[0].oblast, collation_key(&pair[0].name))
                < (pair[1].oblast, collation_key(&pair[1].name))
        );
    }
}

#[test]
fn every_row_of_the_list_lands_somewhere() {
    let i = import();
    assert_eq!(i.rows, 3018);
    assert!(i.unmatched.is_empty(), "unmatched: {:#?}", i.unmatched);
    // The two cities of the Chornobyl exclusion zone belong to no hromada.
    let outside: Vec<&str> = i.outside.iter().map(|(_, what)| what.as_str()).collect();
    assert_eq!(outside.len(), 2, "{outside:?}");
    assert!(outside[0].contains("Прип’ять") && outside[1].contains("Чорнобиль"));
    assert_eq!(i.placed + i.outside.len(), i.rows);
}

#[test]
fn the_sources_malformed_codes_are_repaired() {
    let mut repairs: Vec<(&str, &str)> = import()
        .repairs
        .iter()
        .map(|(_, r)| (r.from.as_str(), r.to.as_str()))
        .collect();
    repairs.sort();
    assert_eq!(
        repairs,
        [
            ("UA 14160110120032432", "UA14160110120032432"),
            ("UA 14160110170044949", "UA14160110170044949"),
            ("UA140201100200772055", "UA14020110020077205"),
        ]
    );
    // The repaired rows land where they say.
    let toretska = community("UA14020110000075529");
    assert!(toretska.listed.iter().any(|e| {
        e.section == ListSection::ActiveHostilitiesWithStateEResources
            && e.part.as_deref() == Some("м. Залізне Торецької міської територіальної громади")
    }));
}

#[test]
fn kurakhove_is_occupied_in_parts() {
    let kurakhivska = community("UA14160110000031920");
    assert_eq!(kurakhivska.name, "Курахівська");
    let occupied: Vec<_> = kurakhivska
        .listed
        .iter()
        .filter(|e| e.section == ListSection::TemporarilyOccupied)
        .collect();
    assert!(!occupied.is_empty());
    assert!(occupied.iter().all(|e| e.part.is_some()));
    let dalnie = occupied
        .iter()
        .find(|e| {
            e.part.as_deref() == Some("с. Дальнє Курахівської міської територіальної громади")
        })
        .expect("Дальнє, a repaired row");
    assert!(dalnie.is_ongoing(day("2025-05-01")));
    assert_eq!(dalnie.periods[0].start, Some(day("2025-02-20")));
}

/// Issue 12: where the List names only some settlements of a hromada, each settlement of the
/// codifier comes with the rows that cover it.
#[test]
fn pokrovska_is_decided_village_by_village() {
    let pokrovska = community("UA12080110000055958");
    assert_eq!(pokrovska.name, "Покровська");
    assert_eq!(origin_listing(pokrovska), OriginListing::Parts);
    assert_eq!(pokrovska.parts.len(), pokrovska.settlements as usize);
    let listing = |name: &str| {
        let s = pokrovska
            .parts
            .iter()
            .find(|s| s.name == name)
            .unwrap_or_else(|| panic!("no {name}"));
        assert_eq!(s.kind, SettlementKind::Village);
        settlement_listing(pokrovska, s)
    };
    // Active hostilities with state e-resources since 31.05.2023, not ended.
    assert_eq!(listing("Капулівка"), OriginListing::Listed);
    assert_eq!(listing("Олексіївка"), OriginListing::Listed);
    // Possible hostilities; Покровське also active hostilities in December 2022, ended.
    assert_eq!(listing("Приміське"), OriginListing::Unsettled);
    assert_eq!(listing("Покровське"), OriginListing::Unsettled);
    // Not named by the List.
    assert_eq!(listing("Катеринівка"), OriginListing::NotListed);
    let (c, s) = communities()
        .settlement("UA12080110020072046")
        .expect("Капулівка by its code");
    assert_eq!(
        (c.name.as_str(), s.name.as_str()),
        ("Покровська", "Капулівка")
    );
}

#[test]
fn only_partly_listed_communities_carry_their_settlements() {
    let with_parts: Vec<&Community> = communities()
        .communities
        .iter()
        .filter(|c| !c.parts.is_empty())
        .collect();
    assert_eq!(with_parts.len(), 34);
    assert!(
        with_parts
            .iter()
            .all(|c| origin_listing(c) == OriginListing::Parts)
    );
    // Гірська: the hromada's row leaves Жолобок, Сокільники and part of Золоте out, each listed
    // by a row of its own, so the whole community is listed.
    let hirska = community("UA44120010000044132");
    assert!(hirska.parts.is_empty());
    assert_eq!(origin_listing(hirska), OriginListing::Listed);
    // Курахове's villages occupied one by one within a community of active hostilities.
    assert_eq!(
        origin_listing(community("UA14160110000031920")),
        OriginListing::Listed
    );
}

#[test]
fn lviv_oblast_is_not_listed() {
    let c = communities();
    let lviv = c
        .oblasts
        .iter()
        .position(|o| o.name == "Львівська")
        .unwrap();
    let in_lviv: Vec<_> = c
        .communities
        .iter()
        .filter(|x| x.oblast as usize == lviv)
        .collect();
    assert_eq!(in_lviv.len(), 73);
    assert!(in_lviv.iter().all(|x| x.listed.is_empty()));
    assert!(community("UA46060250000025047").listed.is_empty());
}

#[test]
fn crimea_and_sevastopol_are_occupied_since_2014_02_20() {
    let c = communities();
    let crimean: Vec<_> = c.communities.iter().filter(|x| is_crimean(x)).collect();
    assert_eq!(crimean.len(), 1772 - 1469);
    for x in crimean
        .into_iter()
        .chain([community("UA85000000000065278")])
    {
        let whole = x
            .listed
            .iter()
            .find(|e| e.section == ListSection::TemporarilyOccupied && e.part.is_none())
            .unwrap_or_else(|| panic!("{} is not listed as occupied", x.name));
        assert_eq!(whole.periods.len(), 1);
        assert_eq!(whole.periods[0].start, Some(day("2014-02-20")));
        assert_eq!(whole.periods[0].end, None);
    }
}

#[test]
fn raion_rows_cover_their_communities_less_the_exclusions() {
    // Горлівський район is occupied since 2014-04-07, whole.
    let c = communities();
    let horlivskyi = c
        .raions
        .iter()
        .position(|r| r.name == "Горлівський")
        .unwrap();
    let in_raion: Vec<_> = c
        .communities
        .iter()
        .filter(|x| x.raion == Some(horlivskyi as u16))
        .collect();
    assert!(!in_raion.is_empty());
    for x in in_raion {
        assert!(
            x.listed
                .iter()
                .any(|e| e.section == ListSection::TemporarilyOccupied
                    && e.part.is_none()
                    && e.periods.iter().any(|p| p.start == Some(day("2014-04-07")))),
            "{}",
            x.name
        );
    }
    // «Маріупольський район за винятком с. Заїченко, м. Маріуполь, с. Пікузи»: Сартанська громада
    // holds Заїченко and Пікузи, so the row concerns only part of it.
    let sartanska = community("UA14140090000015932");
    assert!(sartanska.listed.iter().any(|e| {
        e.section == ListSection::TemporarilyOccupied
            && e.part
                .as_deref()
                .is_some_and(|p| p.starts_with("Маріупольський район за винятком"))
    }));
}

#[test]
fn kyiv_saw_active_hostilities_until_2022_04_30() {
    let kyiv = community("UA80000000000093317");
    assert_eq!(kyiv.listed.len(), 1);
    let e = &kyiv.listed[0];
    assert_eq!(
        (e.section, e.part.as_deref()),
        (ListSection::ActiveHostilities, None)
    );
    assert_eq!(e.periods[0].start, Some(day("2022-02-24")));
    assert_eq!(e.periods[0].end, Some(day("2022-04-30")));
    assert!(!e.is_ongoing(day("2025-01-01")));
}

#[test]
fn the_row_without_a_start_is_kept() {
    let nova_kakhovka = community("UA65060170000032937");
    let e = nova_kakhovka
        .listed
        .iter()
        .find(|e| {
            e.section == ListSection::PossibleHostilities
                && e.part.as_deref()
                    == Some("с-ще Веселе Новокаховської міської територіальної громади")
        })
        .unwrap();
    assert_eq!(e.periods[0].start, None);
    assert_eq!(e.periods[0].end, Some(day("2023-05-01")));
}

#[test]
fn editions_are_recorded() {
    let c = communities();
    assert_eq!(c.codifier.file, "kodifikator-16-05-2025.csv");
    assert_eq!(c.codifier.date, day("2025-05-16"));
    assert_eq!(c.hostilities_list.file, "perelik_2025-04-30.json");
    assert_eq!(c.hostilities_list.date, day("2025-04-30"));
    assert!(c.hostilities_list.approved_by.contains("№ 376"));
}

#[test]
fn the_output_reads_back_one_element_a_line() {
    let g = generated();
    let c = Communities::from_json(&g.communities_json).unwrap();
    assert_eq!(&c, communities());
    let lines = g.communities_json.lines().count();
    let elements = c.oblasts.len() + c.raions.len() + c.communities.len();
    assert!(lines > elements && lines < elements + 20, "{lines} lines");
    assert!(g.communities_json.lines().all(|l| !l.starts_with(' ')));
    let catalogue = Catalogue::from_json(&g.catalogue_json).unwrap();
    assert_eq!(catalogue, g.catalogue);
}

#[test]
fn the_committed_files_are_up_to_date() {
    let out = Options::defaults().out;
    let stale = importer::stale(&out, generated());
    assert!(
        stale.is_empty(),
        "{stale:?} differ from what the sources give: run `cargo run -p importer` and commit the result"
    );
}
