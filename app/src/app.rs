//! The app's shell: router, layout (skip link, header, main, footer), and what happens on every
//! navigation (document language, focus on the main heading).

use crate::browser::{self, keys};
use crate::components::{Footer, Header};
use crate::data::{self, CommunitiesState, LoadState};
use crate::locale::{Locale, t};
use crate::pages::{About, CataloguePage, CommunityPage, Home, NotFound, SearchPage, ServicePage};
use crate::state::Choice;
use catalogue::Lang;
use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::{NavigateOptions, path};

/// The whole portal.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(Choice::load());
    let state = RwSignal::new(LoadState::Loading);
    provide_context(CommunitiesState(state));
    leptos::task::spawn_local(async move {
        let loaded = browser::fetch_text(data::COMMUNITIES_URL)
            .await
            .and_then(|json| data::install_communities(&json));
        state.set(match loaded {
            Ok(()) => LoadState::Ready,
            Err(e) => LoadState::Failed(e),
        });
    });
    view! {
        <Router>
            <Shell/>
        </Router>
    }
}

/// Watches the URL: its language, and what happens on navigation.
#[component]
fn Shell() -> impl IntoView {
    let location = use_location();
    let lang = Memo::new(move |_| Lang::split_path(&location.pathname.get()).0);

    // <html lang> follows the page's language.
    Effect::new(move |_| browser::set_document_lang(lang.get()));

    // A person who chose English is taken to it when they open the Ukrainian home page.
    let navigate = use_navigate();
    Effect::new(move |_| {
        if location.pathname.get_untracked() == "/"
            && browser::load(keys::LANG).as_deref() == Some(Lang::En.tag())
        {
            navigate(
                "/en",
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });

    // After each navigation (not the first load), focus moves to the new page's main heading, as
    // a screen reader user expects of a new page.
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            request_animation_frame(browser::focus_main_heading);
        }
        path
    });

    move || view! { <Layout lang=lang.get()/> }
}

/// Every page's frame in one language. Ukrainian pages live at the root, English ones under `/en`.
#[component]
fn Layout(
    /// The language of the pages inside.
    lang: Lang,
) -> impl IntoView {
    provide_context(Locale(lang));
    view! {
        <a
            class="app-skip-link"
            href="#main"
            on:click=|ev| {
                // The router would treat "#main" as a navigation; the skip link only moves focus.
                ev.prevent_default();
                browser::focus_main();
            }
        >
            {t("skip-to-content")}
        </a>
        <Header/>
        <main id="main" class="app-main" tabindex="-1">
            <Routes fallback=NotFound>
                <Route path=path!("/") view=Home/>
                <Route path=path!("/en") view=Home/>
                <Route path=path!("/catalogue") view=CataloguePage/>
                <Route path=path!("/en/catalogue") view=CataloguePage/>
                <Route path=path!("/service/:id") view=ServicePage/>
                <Route path=path!("/en/service/:id") view=ServicePage/>
                <Route path=path!("/community") view=CommunityPage/>
                <Route path=path!("/en/community") view=CommunityPage/>
                <Route path=path!("/search") view=SearchPage/>
                <Route path=path!("/en/search") view=SearchPage/>
                <Route path=path!("/about") view=About/>
                <Route path=path!("/en/about") view=About/>
            </Routes>
        </main>
        <Footer/>
    }
}
