//! Search on the real generated data, and search never panicking on anything typed.
//!
//! The data files come from the importer (`data/generated/*.json`, committed). A test that needs
//! them fails when they are missing or empty; the property tests also run on a small fixture.

use catalogue::normalize;
use catalogue::search::{Hit, SearchIndex, SearchOptions, Target};
use catalogue::{Catalogue, Communities};
use proptest::prelude::*;
use std::path::PathBuf;
use std::sync::OnceLock;

struct Data {
    catalogue: Catalogue,
    communities: Communities,
    index: SearchIndex,
}

fn generated(file: &str) -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/generated")
        .join(file);
    std::fs::read_to_string(path).ok()
}

/// The real data, where the importer has generated it.
fn real() -> Option<&'static Data> {
    static DATA: OnceLock<Option<Data>> = OnceLock::new();
    DATA.get_or_init(|| {
        let catalogue = Catalogue::from_json(&generated("catalogue.json")?).ok()?;
        let communities = Communities::from_json(&generated("communities.json")?).ok()?;
        let index = SearchIndex::new(&catalogue, &communities);
        Some(Data {
            catalogue,
            communities,
            index,
        })
    })
    .as_ref()
}

/// The real data if it has programmes, else `None` with a note.
fn with_programmes(test: &str) -> Option<&'static Data> {
    let data = real().filter(|d| !d.catalogue.programmes.is_empty());
    assert!(
        data.is_some(),
        "{test}: data/generated/catalogue.json is missing or has no programmes"
    );
    data
}

/// The real data if it has communities, else `None` with a note.
fn with_communities(test: &str) -> Option<&'static Data> {
    let data = real().filter(|d| !d.communities.communities.is_empty());
    assert!(
        data.is_some(),
        "{test}: data/generated/communities.json is missing or empty"
    );
    data
}

const FIXTURE_CATALOGUE: &str = r#"{"programmes": [{
    "id": "birth-assistance", "kind": "payment", "category": "families", "situations": ["birth"],
    "title": {"uk": "Допомога при народженні дитини", "en": "Birth grant"},
    "summary": {"uk": "Одноразова виплата для сімʼї.", "en": "A one-off payment."},
    "who": [{"uk": "Один з батьків", "en": "A parent"}],
    "legal": [], "apply": [], "sources": [],
    "administrator": {"uk": "Пенсійний фонд", "en": "Pension Fund"},
    "keywords": ["пологи"]
}]}"#;

const FIXTURE_COMMUNITIES: &str = r#"{
    "codifier": {"source": "t", "file": "t", "date": "2025-01-01", "approved_by": "t"},
    "hostilities_list": {"source": "t", "file": "t", "date": "2025-01-01", "approved_by": "t"},
    "oblasts": [{"code": "UA32", "name": "Київська", "name_en": "Kyivska"}],
    "raions": [{"code": "UA3208", "name": "Бучанський", "name_en": "Buchanskyi", "oblast": 0}],
    "communities": [{"code": "UA32080030000096235", "name": "Бучанська", "name_en": "Buchanska",
        "type": "urban", "oblast": 0, "raion": 0}]
}"#;

/// An index for the property tests: the real data where it exists, else the fixture.
fn any_index() -> &'static SearchIndex {
    static FIXTURE: OnceLock<SearchIndex> = OnceLock::new();
    match real() {
        Some(d) => &d.index,
        None => FIXTURE.get_or_init(|| {
            let catalogue = Catalogue::from_json(FIXTURE_CATALOGUE).unwrap();
            let communities = Communities::from_json(FIXTURE_COMMUNITIES).unwrap();
            SearchIndex::new(&catalogue, &communities)
        }),
    }
}

impl Data {
    fn search(&self, query: &str) -> Vec<Hit> {
        self.index.search(query, &SearchOptions::default())
    }

    fn programme_ids(&self, query: &str) -> Vec<&str> {
        self.search(query)
            .into_iter()
            .filter_map(|h| match h.target {
                Target::Programme(i) => Some(self.catalogue.programmes[i].id.as_str()),
                Target::Community(_) => None,
            })
            .collect()
    }
}

#[test]
fn the_wrong_layout_ljgjvjuf_ranks_the_programmes_titled_dopomoha_first() {
    let Some(d) = with_programmes("ljgjvjuf") else {
        return;
    };
    let titled = |id: &str| {
        let p = d.catalogue.get(id).unwrap();
        normalize::words(&p.title.uk)
            .iter()
            .any(|w| w == "допомога")
    };
    let found = d.programme_ids("ljgjvjuf");
    assert!(!found.is_empty());
    assert!(titled(found[0]), "{found:?}");
    let first_other = found
        .iter()
        .position(|id| !titled(id))
        .unwrap_or(found.len());
    assert!(
        found[first_other..].iter().all(|id| !titled(id)),
        "{found:?}"
    );
    assert_eq!(found, d.programme_ids("допомога"));
}

#[test]
fn vpo_finds_the_idp_living_allowance_first() {
    let Some(d) = with_programmes("впо") else {
        return;
    };
    for q in ["впо", "ВПО", "vpo", "переселенці"] {
        let found = d.programme_ids(q);
        assert_eq!(
            found.first(),
            Some(&"idp-living-allowance"),
            "{q}: {found:?}"
        );
    }
}

#[test]
fn dopomoha_pry_narodzhenni_finds_the_birth_assistance_first() {
    let Some(d) = with_programmes("dopomoha pry narodzhenni") else {
        return;
    };
    for q in [
        "dopomoha pry narodzhenni",
        "dopomoga pri narodzhenni",
        "допомога при народженні",
    ] {
        let found = d.programme_ids(q);
        assert_eq!(found.first(), Some(&"birth-assistance"), "{q}: {found:?}");
    }
}

#[test]
fn kharkiv_finds_the_kharkiv_community_of_kharkiv_raion_first() {
    let Some(d) = with_communities("Kharkiv") else {
        return;
    };
    for q in ["Kharkiv", "kharkiv", "Харків", "харківська", "[fhrsd"] {
        let hits = d.search(q);
        let Some(Target::Community(i)) = hits.first().map(|h| h.target) else {
            panic!("{q}: the first hit is not a community: {hits:?}");
        };
        let c = &d.communities.communities[i];
        assert_eq!(c.name, "Харківська", "{q}");
        assert_eq!(
            d.communities.raion_of(c).unwrap().name,
            "Харківський",
            "{q}"
        );
    }
}

#[test]
fn buchan_finds_bucha_first() {
    let Some(d) = with_communities("бучан") else {
        return;
    };
    for q in ["бучан", "Бучанська", "bucha", ",exfy"] {
        let found = d.index.matches_community(q, 5);
        let first = found
            .first()
            .map(|&i| d.communities.communities[i].name.as_str());
        assert_eq!(first, Some("Бучанська"), "{q}");
    }
}

#[test]
fn every_community_is_found_by_its_own_name_in_both_languages() {
    let Some(d) = with_communities("own names") else {
        return;
    };
    for (i, c) in d.communities.communities.iter().enumerate() {
        let raion = d.communities.raion_of(c).map_or("", |r| r.name.as_str());
        for q in [
            format!("{} {raion}", c.name),
            format!("{} {raion}", c.name_en),
        ] {
            let found = d.index.matches_community(&q, 50);
            assert!(found.contains(&i), "{q}: {found:?}");
        }
    }
}

/// Characters people and fuzzers type: Cyrillic, Latin, apostrophes, combining marks, emoji,
/// layout punctuation, whitespace, and anything else.
fn typed_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::char::range('а', 'я'),
        2 => prop::char::range('a', 'z'),
        1 => prop::sample::select(vec!['ʼ', '\'', '’', '`', 'ї', 'є', 'ґ', 'і', ' ', '-', ',', '.', '[', ']', ';']),
        1 => prop::char::range('\u{0300}', '\u{036F}'),
        1 => prop::char::range('\u{1F300}', '\u{1FAFF}'),
        1 => any::<char>(),
    ]
}

fn check(query: &str) {
    let index = any_index();
    let opts = SearchOptions::default();
    let hits = index.search(query, &opts);
    assert!(hits.len() <= opts.limit);
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
    if let Some(d) = real() {
        for h in &hits {
            match h.target {
                Target::Programme(i) => assert!(i < d.catalogue.programmes.len()),
                Target::Community(i) => assert!(i < d.communities.communities.len()),
            }
        }
    }
    let _ = index.matches_community(query, 3);
}

proptest! {
    #[test]
    fn search_never_panics_on_arbitrary_strings(query in any::<String>()) {
        check(&query);
    }

    #[test]
    fn search_never_panics_on_typed_mixtures(chars in prop::collection::vec(typed_char(), 0..60)) {
        check(&chars.into_iter().collect::<String>());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    #[test]
    fn search_never_panics_on_very_long_strings(chars in prop::collection::vec(typed_char(), 500..8000)) {
        check(&chars.into_iter().collect::<String>());
    }
}

#[test]
fn search_survives_hand_picked_oddities() {
    let long_word = "а".repeat(100_000);
    let combining = "\u{0301}".repeat(10_000);
    for q in [
        "",
        "\u{0}",
        "🙂🙂🙂",
        "и\u{0306}\u{0306}\u{0306}",
        "İstanbul",
        "ǅ ß ﬃ",
        "ʼʼʼ",
        "''''",
        "ъыэё",
        "\u{FEFF}допомога\u{200B}",
        long_word.as_str(),
        combining.as_str(),
        "q w e r t y u i o p [ ] a s d f g h j k l ; ' z x c v b n m , . `",
    ] {
        check(q);
    }
}

#[test]
fn a_town_finds_its_community_even_when_the_names_differ() {
    let data = with_communities("a_town_finds_its_community_even_when_the_names_differ").unwrap();
    for (query, community, centre) in [
        ("Кривий Ріг", "Криворізька", "Кривий Ріг"),
        ("kryvyi rih", "Криворізька", "Кривий Ріг"),
        ("Біла Церква", "Білоцерківська", "Біла Церква"),
    ] {
        let found = data.index.matches_community(query, 5);
        let first = &data.communities.communities
            [*found.first().unwrap_or_else(|| panic!("{query}: nothing"))];
        assert_eq!(
            (first.name.as_str(), first.centre.as_str()),
            (community, centre),
            "{query}"
        );
    }
}

#[test]
fn a_town_whose_name_is_part_of_another_still_comes_near_the_top() {
    // "Вільне Запоріжжя" also contains the word: Запорізька must still be among the first three.
    let data = with_communities("a_town_whose_name_is_part_of_another").unwrap();
    let found = data.index.matches_community("Zaporizhzhia", 3);
    assert!(
        found
            .iter()
            .any(|&i| data.communities.communities[i].centre == "Запоріжжя"),
        "{:?}",
        found
            .iter()
            .map(|&i| &data.communities.communities[i].name)
            .collect::<Vec<_>>()
    );
}

#[test]
fn an_index_of_the_catalogue_alone_finds_programmes_and_no_communities() {
    let data = with_programmes("an_index_of_the_catalogue_alone").unwrap();
    let index = SearchIndex::catalogue_only(&data.catalogue);
    let hits = index.search("субсидія", &SearchOptions::default());
    assert!(matches!(
        hits.first().map(|h| h.target),
        Some(Target::Programme(_))
    ));
    assert!(index.matches_community("Бучанська", 5).is_empty());
}
