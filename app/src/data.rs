//! The data the portal uses. The catalogue is compiled into the app (the home page needs it at
//! once); the communities — a larger file — are fetched once, after the first paint, from
//! `/data/communities.json` (the importer's output, copied by trunk and served precompressed).
//! Until they arrive, community features say they are loading and search covers the catalogue.

use catalogue::model::Edition;
use catalogue::search::SearchIndex;
use catalogue::{Catalogue, Communities, Date};
use leptos::prelude::*;
use std::sync::{LazyLock, OnceLock};

const CATALOGUE_JSON: &str = include_str!("../../data/generated/catalogue.json");

/// Where the app fetches the communities from.
pub const COMMUNITIES_URL: &str = "/data/communities.json";

static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(|| {
    Catalogue::from_json(CATALOGUE_JSON).expect("data/generated/catalogue.json is checked by tests")
});

static COMMUNITIES: OnceLock<Communities> = OnceLock::new();

static CATALOGUE_INDEX: LazyLock<SearchIndex> =
    LazyLock::new(|| SearchIndex::new(catalogue(), &no_communities()));

static FULL_INDEX: OnceLock<SearchIndex> = OnceLock::new();

/// The catalogue of programmes and services.
pub fn catalogue() -> &'static Catalogue {
    &CATALOGUE
}

/// Every community the picker offers, once loaded.
pub fn communities() -> Option<&'static Communities> {
    COMMUNITIES.get()
}

/// The search index: over the catalogue and, once they are loaded, the communities.
pub fn index() -> &'static SearchIndex {
    match communities() {
        Some(all) => FULL_INDEX.get_or_init(|| SearchIndex::new(catalogue(), all)),
        None => &CATALOGUE_INDEX,
    }
}

/// Installs the communities fetched by the app. Returns an error message when the file does not
/// parse (a deploy mismatch), which the app shows instead of the picker.
pub fn install_communities(json: &str) -> Result<(), String> {
    let parsed = Communities::from_json(json).map_err(|e| e.to_string())?;
    let _ = COMMUNITIES.set(parsed);
    Ok(())
}

/// Whether the communities are loaded, as a context value that components can track.
#[derive(Clone, Copy, Debug)]
pub struct CommunitiesState(pub RwSignal<LoadState>);

/// The state of the communities file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadState {
    Loading,
    Ready,
    Failed(String),
}

/// The communities, tracked: `None` until they are loaded.
pub fn use_communities() -> Signal<Option<&'static Communities>> {
    let state = expect_context::<CommunitiesState>().0;
    Signal::derive(move || match state.get() {
        LoadState::Ready => communities(),
        _ => None,
    })
}

/// The state of the communities file, tracked.
pub fn use_communities_state() -> RwSignal<LoadState> {
    expect_context::<CommunitiesState>().0
}

fn no_communities() -> Communities {
    let edition = Edition {
        source: String::new(),
        file: String::new(),
        date: Date::new(1970, 1, 1).expect("a valid date"),
        approved_by: String::new(),
    };
    Communities {
        codifier: edition.clone(),
        hostilities_list: edition,
        oblasts: Vec::new(),
        raions: Vec::new(),
        communities: Vec::new(),
    }
}
