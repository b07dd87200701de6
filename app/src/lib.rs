//! The citizen's portal: Leptos apps built by trunk to WebAssembly (feature `csr`), whose public
//! pages are also pre-rendered to static HTML by the same components built natively (feature
//! `ssr`, [`prerender`]); in the browser an app takes its pre-rendered page over ([`start`]).
//!
//! Architecture invariant: this crate is the only code that touches the browser, and only through
//! [`browser`]. Domain logic lives in the pure crates: `catalogue` (programmes, communities,
//! search), `rules` (eligibility) and `forms`; the app only shows their results.
//!
//! (The recursion limit: the view types of the larger pages are deep when built natively.)

#![recursion_limit = "256"]

pub mod applications;
pub mod browser;
pub mod community_data;
pub mod components;
pub mod data;
pub mod embed;
pub mod hex;
pub mod locale;
pub mod office;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod router;
pub mod screening;
pub mod state;
pub mod stepwise;
pub mod url;

mod app;

#[cfg(feature = "ssr")]
pub use app::StaticPages;
pub use app::{App, ApplyApp, CheckApp};
pub use office::OfficeApp;

use leptos::prelude::IntoView;

/// Starts an app in the page, once the catalogue's cards have arrived (every app renders from
/// them). On a pre-rendered page the app takes the page over, with the data the page carries;
/// otherwise (an app's own page) it renders into the empty body.
pub fn start<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    start_after(app, async {});
}

/// [`start`], once `before` has run too (at the same time as the cards are fetched and, where the
/// device keeps a chosen community, the communities and that community's file).
fn start_after<F, N>(app: F, before: impl std::future::Future<Output = ()> + 'static)
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    browser::spawn(async move {
        // Where the device keeps a chosen community, its first rendering names it (the header,
        // "Моя громада") with what the community published, so a page taken over does not move
        // when they arrive.
        let kept = async {
            if let Some(code) = browser::load(browser::keys::COMMUNITY) {
                futures::join!(data::load_communities(), community_data::prefetch(code));
            }
        };
        match futures::join!(data::load_cards(), before, kept).0 {
            Ok(()) => show(app),
            Err(_) => cards_failed(),
        }
    });
}

/// Where the cards cannot be fetched (no connection on a first visit), the page says so at the
/// top of its main content, with a way to try again; a pre-rendered page stays readable below.
fn cards_failed() {
    use leptos::prelude::*;
    let Some((host, in_main)) = browser::notice_host() else {
        return;
    };
    let lang = catalogue::Lang::split_path(&browser::pathname()).0;
    browser::set_document_lang(lang);
    let notice = move || {
        view! {
            <div class="app-notice app-notice--warning" role="alert">
                <p>{i18n::t(lang, "cards-load-failed")}</p>
                <button class="app-button" type="button" on:click=|_| browser::reload()>
                    {i18n::t(lang, "reload-page")}
                </button>
            </div>
        }
    };
    // An app's own page has nothing else: the notice is its main content, under a heading.
    let page = move || {
        view! {
            <main id="main" class="app-main" tabindex="-1">
                <h1 class="app-heading-xl">{i18n::t(lang, "cards-load-failed-title")}</h1>
                {notice()}
            </main>
        }
    };
    if in_main {
        leptos::mount::mount_to(host, notice).forget();
    } else {
        leptos::mount::mount_to(host, page).forget();
    }
}

/// Shows the app: takes a pre-rendered page over, or renders into the empty body.
fn show<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    if browser::prerendered() {
        if let Some(hex) = browser::page_data() {
            // A page whose data cannot be read still works: the app fetches the data instead.
            let _ = data::install_page_details(&hex);
        }
        browser::take_over(app);
    } else {
        leptos::mount::mount_to_body(app);
        browser::mark_started();
    }
}

/// Starts applications once what the device keeps of them has been read (and, the first time,
/// moved from the earlier `localStorage` format into the device's store; issue 14). A form's
/// pre-rendered start is taken over once the forms have arrived, so that the app shows what the
/// page shows instead of a moment of "Loading" (issue 17).
pub fn start_apply() {
    browser::spawn(async {
        let form = browser::prerendered()
            && routes::find(&browser::pathname())
                .is_some_and(|m| m.route.page == routes::Page::Form);
        if form && let Ok(bytes) = browser::fetch_bytes(data::FORMS_URL).await {
            // Without forms the app says they could not be loaded, as on its own page.
            let _ = data::install_forms(&bytes);
        }
        applications::preload().await;
        // Applications show no list of the catalogue: the app starts without its cards.
        show(ApplyApp);
    });
}

/// Starts the eligibility check. A pre-rendered screen of the check (its introduction, its first
/// question) is taken over once the rules have arrived, so that the app shows what the page shows.
pub fn start_check() {
    if !browser::prerendered() {
        return start(CheckApp);
    }
    // The cards and the rules at the same time.
    start_after(CheckApp, async {
        if let Ok(bytes) = browser::fetch_bytes(data::RULES_URL).await {
            // Without rules the app says they could not be loaded, as on its own page.
            let _ = data::install_rules(&bytes);
        }
    });
}

/// Starts the back office once the catalogue's cards (its programmes' titles) have arrived. Its
/// pages are never pre-rendered, so it mounts into the empty body rather than through [`start`],
/// whose take-over would add 3.2 KB brotli to its module (measured).
pub fn start_office() {
    browser::spawn(async {
        match data::load_cards().await {
            Ok(()) => leptos::mount::mount_to_body(OfficeApp),
            Err(_) => cards_failed(),
        }
    });
}
