//! The data the portal uses, in the importer's compact binary form (reading it needs far less code
//! than JSON).
//!
//! - The catalogue's *cards* (what each programme is, for whom, and the words search needs): every
//!   app needs them before its first rendering (lists, search, the check's results, the office's
//!   titles), so each app fetches them as it starts ([`load_cards`], `crate::start`). One file
//!   that every app shares and the service worker keeps, rather than a copy compiled into each of
//!   the four modules (issue 17: 11.5 KB brotli each). The native builds (the pre-renderer, tests)
//!   read the same file compiled in.
//! - The catalogue's *details* (amounts, legal acts, documents, how to apply, caveats, sources)
//!   and the *communities* are fetched once, when a page first needs them (a service page; the
//!   picker, search, or a chosen community), from `/data/` (copied by trunk and served
//!   precompressed). Until they arrive, a service page shows its card and says the details are
//!   loading, and community features say the list is loading.
//! - The eligibility *rules*, and the currencies the income question offers, are fetched when
//!   the eligibility check opens, before its first question: from then on, screening makes no
//!   request at all.

use catalogue::model::Programme;
use catalogue::search::SearchIndex;
use catalogue::{Catalogue, Communities};
use leptos::prelude::*;
use std::sync::{LazyLock, OnceLock};

/// Where every app fetches the catalogue's cards from.
pub const CARDS_URL: &str = "/data/catalogue-cards.bin";
/// Where the app fetches the communities from.
pub const COMMUNITIES_URL: &str = "/data/communities.bin";
/// Where the app fetches the whole catalogue, details included, from.
pub const DETAILS_URL: &str = "/data/catalogue.bin";
/// Where the app fetches the eligibility rules from.
pub const RULES_URL: &str = "/data/rules.bin";
/// Where the app fetches the application forms from.
pub const FORMS_URL: &str = "/data/forms.bin";
/// Where the app fetches the countries from (names, phone numbering plans, postal code formats;
/// `identifiers::Countries`): a country picker or a form's phone and address abroad need it.
pub const COUNTRIES_URL: &str = "/data/countries.bin";
/// Where the check fetches the currencies from (each country's currency and the currencies'
/// names, `rules::currency::Currencies`): the income question needs them.
pub const CURRENCIES_URL: &str = "/data/currencies.bin";

static COUNTRIES: OnceLock<identifiers::Countries> = OnceLock::new();

static CURRENCIES: OnceLock<rules::currency::Currencies> = OnceLock::new();

// Every programme of the catalogue has an application form (issue 16): its own
// (`data/forms/<id>.toml`) or the general request to the community the importer makes for it
// (`data/forms/request.toml`). So the portal links to `/apply/<id>` from every programme without
// loading the forms, and a test keeps the generated forms equal to the catalogue.

static FORMS: OnceLock<forms::Forms> = OnceLock::new();

static RULES: OnceLock<rules::Rules> = OnceLock::new();

static CARDS: OnceLock<Catalogue> = OnceLock::new();

static DETAILS: OnceLock<Catalogue> = OnceLock::new();

/// The details of the one programme a pre-rendered service page carries, so that the app takes
/// the page over without fetching what it already holds.
static PAGE_DETAILS: OnceLock<Programme> = OnceLock::new();

static COMMUNITIES: OnceLock<Communities> = OnceLock::new();

static CATALOGUE_INDEX: LazyLock<SearchIndex> =
    LazyLock::new(|| SearchIndex::catalogue_only(catalogue()));

static FULL_INDEX: OnceLock<SearchIndex> = OnceLock::new();

/// The catalogue of programmes and services, as cards: enough for lists and search. In the
/// browser, once [`load_cards`] has installed them (every app starts after it; before, none).
pub fn catalogue() -> &'static Catalogue {
    #[cfg(not(target_arch = "wasm32"))]
    return CARDS.get_or_init(|| {
        Catalogue::from_binary(include_bytes!("../../data/generated/catalogue-cards.bin"))
            .expect("data/generated/catalogue-cards.bin is checked by tests")
    });
    #[cfg(target_arch = "wasm32")]
    {
        static NONE: Catalogue = Catalogue {
            programmes: Vec::new(),
        };
        CARDS.get().unwrap_or(&NONE)
    }
}

/// Installs the catalogue's cards (the bytes of [`CARDS_URL`]).
pub fn install_cards(bytes: &[u8]) -> Result<(), String> {
    if CARDS.get().is_none() {
        let cards = Catalogue::from_binary(bytes).map_err(|e| e.to_string())?;
        let _ = CARDS.set(cards);
    }
    Ok(())
}

/// Fetches and installs the catalogue's cards, unless they are here.
pub async fn load_cards() -> Result<(), String> {
    if CARDS.get().is_some() {
        return Ok(());
    }
    install_cards(&crate::browser::fetch_bytes(CARDS_URL).await?)
}

/// A programme with its details, once they are loaded.
pub fn details(id: &str) -> Option<&'static Programme> {
    DETAILS
        .get()
        .and_then(|all| all.get(id))
        .or_else(|| PAGE_DETAILS.get().filter(|p| p.id == id))
}

/// One programme's details as a pre-rendered page carries them: postcard bytes in hex.
pub fn encode_page_details(p: &Programme) -> String {
    crate::hex::encode(&postcard::to_allocvec(p).expect("a programme serializes"))
}

/// Installs the details a pre-rendered service page carries (see [`encode_page_details`]).
pub fn install_page_details(hex: &str) -> Result<(), String> {
    let bytes = crate::hex::decode(hex.trim()).ok_or("the page's data is not hex")?;
    let p: Programme = postcard::from_bytes(&bytes).map_err(|e| e.to_string())?;
    let _ = PAGE_DETAILS.set(p);
    Ok(())
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

/// Installs the communities fetched by the app. An error (a deploy mismatch) is shown instead of
/// the picker.
pub fn install_communities(bytes: &[u8]) -> Result<(), String> {
    let parsed = Communities::from_binary(bytes).map_err(|e| e.to_string())?;
    let _ = COMMUNITIES.set(parsed);
    Ok(())
}

/// The eligibility rules, once loaded.
pub fn rules() -> Option<&'static rules::Rules> {
    RULES.get()
}

/// Installs the eligibility rules fetched by the app.
pub fn install_rules(bytes: &[u8]) -> Result<(), String> {
    let parsed = rules::Rules::from_binary(bytes).map_err(|e| e.to_string())?;
    let _ = RULES.set(parsed);
    Ok(())
}

/// The application forms, once loaded.
pub fn forms() -> Option<&'static forms::Forms> {
    FORMS.get()
}

/// Installs the application forms fetched by the app.
pub fn install_forms(bytes: &[u8]) -> Result<(), String> {
    let parsed = forms::Forms::from_binary(bytes).map_err(|e| e.to_string())?;
    let _ = FORMS.set(parsed);
    Ok(())
}

/// The countries, once loaded.
pub fn countries() -> Option<&'static identifiers::Countries> {
    COUNTRIES.get()
}

/// The currencies, once loaded.
pub fn currencies() -> Option<&'static rules::currency::Currencies> {
    CURRENCIES.get()
}

/// Installs the currencies fetched by the app.
pub fn install_currencies(bytes: &[u8]) -> Result<(), String> {
    let parsed = rules::currency::Currencies::from_binary(bytes).map_err(|e| e.to_string())?;
    let _ = CURRENCIES.set(parsed);
    Ok(())
}

/// Installs the countries fetched by the app.
pub fn install_countries(bytes: &[u8]) -> Result<(), String> {
    let parsed = identifiers::Countries::from_binary(bytes).map_err(|e| e.to_string())?;
    let _ = COUNTRIES.set(parsed);
    Ok(())
}

/// Installs the catalogue's details fetched by the app.
pub fn install_details(bytes: &[u8]) -> Result<(), String> {
    let parsed = Catalogue::from_binary(bytes).map_err(|e| e.to_string())?;
    let _ = DETAILS.set(parsed);
    Ok(())
}

/// The state of the fetched files, as a context value that components can track.
#[derive(Clone, Copy, Debug)]
pub struct DataState {
    pub communities: RwSignal<LoadState>,
    pub details: RwSignal<LoadState>,
    pub rules: RwSignal<LoadState>,
    pub forms: RwSignal<LoadState>,
    pub countries: RwSignal<LoadState>,
    pub currencies: RwSignal<LoadState>,
}

impl DataState {
    /// Files already installed (before the app started, or when pre-rendering) are ready.
    pub fn new() -> DataState {
        let state = |installed: bool| {
            RwSignal::new(if installed {
                LoadState::Ready
            } else {
                LoadState::Idle
            })
        };
        DataState {
            communities: state(COMMUNITIES.get().is_some()),
            details: state(DETAILS.get().is_some()),
            rules: state(RULES.get().is_some()),
            forms: state(FORMS.get().is_some()),
            countries: state(COUNTRIES.get().is_some()),
            currencies: state(CURRENCIES.get().is_some()),
        }
    }
}

impl Default for DataState {
    fn default() -> DataState {
        DataState::new()
    }
}

/// The state of one fetched file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadState {
    /// No page has needed it yet.
    Idle,
    Loading,
    Ready,
    Failed(String),
}

/// Starts fetching `url` unless it was already asked for, and installs it when it arrives.
fn fetch_once(
    url: &'static str,
    install: fn(&[u8]) -> Result<(), String>,
    state: RwSignal<LoadState>,
) {
    // Pre-rendering (natively) fetches nothing: what a page shows is installed beforehand.
    if state.get_untracked() != LoadState::Idle || !cfg!(target_arch = "wasm32") {
        return;
    }
    state.set(LoadState::Loading);
    leptos::task::spawn_local(async move {
        let loaded = crate::browser::fetch_bytes(url)
            .await
            .and_then(|bytes| install(&bytes));
        state.set(match loaded {
            Ok(()) => LoadState::Ready,
            Err(e) => LoadState::Failed(e),
        });
    });
}

/// Fetches and installs the communities as the app starts, where the device keeps a chosen
/// community ([`crate::start`]). A failure is left to the pages, which ask again
/// ([`need_communities`]) and say so.
pub async fn load_communities() {
    if COMMUNITIES.get().is_some() {
        return;
    }
    if let Ok(bytes) = crate::browser::fetch_bytes(COMMUNITIES_URL).await {
        let _ = install_communities(&bytes);
    }
}

/// Asks for the communities (once); a page that shows them calls this.
pub fn need_communities() {
    let state = use_communities_state();
    fetch_once(COMMUNITIES_URL, install_communities, state);
}

/// Asks for the catalogue's details (once); a service page calls this.
pub fn need_details() {
    let state = use_details_state();
    fetch_once(DETAILS_URL, install_details, state);
}

/// Asks for the eligibility rules (once); the eligibility check calls this.
pub fn need_rules() {
    let state = expect_context::<DataState>().rules;
    fetch_once(RULES_URL, install_rules, state);
    // With the rules, so that screening makes no request: the income question offers them.
    need_currencies();
}

/// The rules, tracked: `None` until they are loaded.
pub fn use_rules() -> Signal<Option<&'static rules::Rules>> {
    let state = expect_context::<DataState>().rules;
    Signal::derive(move || match state.get() {
        LoadState::Ready => rules(),
        _ => None,
    })
}

/// The state of the rules file, tracked.
pub fn use_rules_state() -> RwSignal<LoadState> {
    expect_context::<DataState>().rules
}

/// Asks for the application forms (once).
pub fn need_forms() {
    let state = expect_context::<DataState>().forms;
    fetch_once(FORMS_URL, install_forms, state);
}

/// The forms, tracked: `None` until they are loaded.
pub fn use_forms() -> Signal<Option<&'static forms::Forms>> {
    let state = expect_context::<DataState>().forms;
    Signal::derive(move || match state.get() {
        LoadState::Ready => forms(),
        _ => None,
    })
}

/// The state of the forms file, tracked.
pub fn use_forms_state() -> RwSignal<LoadState> {
    expect_context::<DataState>().forms
}

/// Asks for the countries (once): a country picker, or a form with a phone or an address abroad.
pub fn need_countries() {
    let state = expect_context::<DataState>().countries;
    fetch_once(COUNTRIES_URL, install_countries, state);
}

/// The countries, tracked: `None` until they are loaded.
pub fn use_countries() -> Signal<Option<&'static identifiers::Countries>> {
    let state = expect_context::<DataState>().countries;
    Signal::derive(move || match state.get() {
        LoadState::Ready => countries(),
        _ => None,
    })
}

/// Asks for the currencies (once): the income question offers them.
pub fn need_currencies() {
    let state = expect_context::<DataState>().currencies;
    fetch_once(CURRENCIES_URL, install_currencies, state);
}

/// The currencies, tracked: `None` until they are loaded.
pub fn use_currencies() -> Signal<Option<&'static rules::currency::Currencies>> {
    let state = expect_context::<DataState>().currencies;
    Signal::derive(move || match state.get() {
        LoadState::Ready => currencies(),
        _ => None,
    })
}

/// The state of the countries file, tracked.
pub fn use_countries_state() -> RwSignal<LoadState> {
    expect_context::<DataState>().countries
}

/// The communities, tracked: `None` until they are loaded.
pub fn use_communities() -> Signal<Option<&'static Communities>> {
    let state = use_communities_state();
    Signal::derive(move || match state.get() {
        LoadState::Ready => communities(),
        _ => None,
    })
}

/// The state of the communities file, tracked.
pub fn use_communities_state() -> RwSignal<LoadState> {
    expect_context::<DataState>().communities
}

/// The state of the catalogue's details, tracked.
pub fn use_details_state() -> RwSignal<LoadState> {
    expect_context::<DataState>().details
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_programme_of_the_catalogue_has_a_form_the_importer_generated() {
        let json = include_str!("../../data/generated/forms.json");
        let all = forms::Forms::from_json(json).expect("forms.json");
        let mut ids: Vec<&str> = all.forms.iter().map(|f| f.programme.as_str()).collect();
        ids.sort_unstable();
        let mut programmes: Vec<&str> = catalogue()
            .programmes
            .iter()
            .map(|p| p.id.as_str())
            .collect();
        programmes.sort_unstable();
        assert_eq!(ids, programmes);
    }
}
