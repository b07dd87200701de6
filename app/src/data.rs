//! The data the portal ships with: the catalogue and the communities, made by the importer and
//! compiled into the app, parsed once on first use. Nothing here touches the browser.

use catalogue::search::SearchIndex;
use catalogue::{Catalogue, Communities};
use std::sync::LazyLock;

const CATALOGUE_JSON: &str = include_str!("../../data/generated/catalogue.json");
const COMMUNITIES_JSON: &str = include_str!("../../data/generated/communities.json");

static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(|| {
    Catalogue::from_json(CATALOGUE_JSON).expect("data/generated/catalogue.json is checked by tests")
});

static COMMUNITIES: LazyLock<Communities> = LazyLock::new(|| {
    Communities::from_json(COMMUNITIES_JSON)
        .expect("data/generated/communities.json is checked by tests")
});

static INDEX: LazyLock<SearchIndex> =
    LazyLock::new(|| SearchIndex::new(catalogue(), communities()));

/// The catalogue of programmes and services.
pub fn catalogue() -> &'static Catalogue {
    &CATALOGUE
}

/// Every community the picker offers.
pub fn communities() -> &'static Communities {
    &COMMUNITIES
}

/// The search index over both, built on first search.
pub fn index() -> &'static SearchIndex {
    &INDEX
}
