//! The app's shell: router, layout (skip link, header, main, footer), and what happens on every
//! navigation (document language, focus on the main heading).

use crate::browser::{self, keys};
use crate::components::{Footer, Header};
use crate::data::{self, DataState};
use crate::locale::{Locale, t};
use crate::pages::{About, CataloguePage, CommunityPage, Home, NotFound, SearchPage, ServicePage};
use crate::state::Choice;
use catalogue::Lang;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::{NavigateOptions, path};

/// The whole portal.
#[component]
pub fn App() -> impl IntoView {
    provide_context(Choice::load());
    provide_context(DataState::new());
    // A person who chose a community sees its name in the header: fetch the communities for them.
    let choice = expect_context::<Choice>();
    Effect::new(move |_| {
        if choice.community.get().is_some() || choice.origin.get().is_some() {
            data::need_communities();
        }
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

    // <html lang> follows the page's language, and the device remembers the language last read.
    // A person whose language is English is taken to it when they open the Ukrainian home page.
    let preferred = browser::load(keys::LANG);
    let navigate = use_navigate();
    Effect::new(move |first_run_done: Option<()>| {
        let lang = lang.get();
        browser::set_document_lang(lang);
        let at_root = location.pathname.get_untracked() == "/";
        if first_run_done.is_none() && at_root && preferred.as_deref() == Some(Lang::En.tag()) {
            let options = NavigateOptions {
                replace: true,
                ..Default::default()
            };
            navigate("/en", options);
        } else {
            browser::save(keys::LANG, Some(lang.tag()));
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

    provide_context(Locale(lang.into()));

    // The routes stay mounted across a change of language (each language has its own routes, so
    // the page is rebuilt); the header and footer are rebuilt here.
    view! {
        {move || {
            lang.track();
            view! { <SkipLink/> <Header/> }
        }}
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
        {move || {
            lang.track();
            view! { <Footer/> }
        }}
    }
}

/// The first thing a keyboard reaches: a link past the header to the main content.
#[component]
fn SkipLink() -> impl IntoView {
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
    }
}
