//! The app's shell: router, layout (skip link, header, main, footer), and what happens on every
//! navigation (document language, focus on the main heading).

use crate::applications::Applications;
use crate::browser::{self, keys};
use crate::components::{Footer, Header, LanguageSwitch};
use crate::data::{self, DataState};
use crate::embed::{self, Embed};
use crate::locale::{Locale, t};
#[cfg(feature = "ssr")]
use crate::pages::HowDecidedPage;
use crate::pages::{
    About, ApplyStep, CataloguePage, CheckIntro, CheckStep, CommunityPage, Home, MyApplications,
    NotFound, SearchPage, SentPage, ServicePage, StatusPage,
};
use crate::router::{self, NavigateOptions, Router, use_location, use_navigate};
use crate::screening::Screening;
use crate::screening::use_screening;
use crate::state::Choice;
use crate::state::use_choice;
use crate::stepwise;
use crate::url::{Part, part_of};
use catalogue::Lang;
use leptos::prelude::*;

// The page a route of the app reached last, for the route-table test (native builds only).
#[cfg(feature = "ssr")]
thread_local! {
    static REACHED: std::cell::Cell<Option<routes::Page>> = const { std::cell::Cell::new(None) };
}

/// Notes that a route reached `page` (nothing in the browser).
fn reached(page: routes::Page) {
    #[cfg(feature = "ssr")]
    REACHED.with(|r| r.set(Some(page)));
    #[cfg(not(feature = "ssr"))]
    let _ = page;
}

/// An app's view of a page of the route table (`views` has one for each of the app's pages;
/// [`crate::router`] reads from the table which page an address is, in both languages and, where
/// the table has an embedded view, inside a community's website). A test (`route_table_tests`)
/// walks every address of the table through its app's views.
fn page_view(views: fn(routes::Page) -> Option<AnyView>, page: routes::Page) -> AnyView {
    match views(page) {
        Some(view) => {
            reached(page);
            view
        }
        None => view! { <NotFound/> }.into_any(),
    }
}

/// The portal's views of its pages.
fn portal_view(page: routes::Page) -> Option<AnyView> {
    use routes::Page as P;
    Some(match page {
        P::Home => view! { <Home/> }.into_any(),
        P::Catalogue | P::Situation => view! { <CataloguePage/> }.into_any(),
        P::Service => view! { <ServicePage/> }.into_any(),
        P::Community => view! { <CommunityPage/> }.into_any(),
        P::Search => view! { <SearchPage/> }.into_any(),
        P::About => view! { <About/> }.into_any(),
        _ => return None,
    })
}

/// The applications app's views of its pages.
fn apply_view(page: routes::Page) -> Option<AnyView> {
    use routes::Page as P;
    Some(match page {
        P::Form | P::FormStep => view! { <ApplyStep/> }.into_any(),
        P::Applications => view! { <MyApplications/> }.into_any(),
        P::Application => view! { <SentPage/> }.into_any(),
        P::Status => view! { <StatusPage/> }.into_any(),
        _ => return None,
    })
}

/// The check's views of its pages.
fn check_view(page: routes::Page) -> Option<AnyView> {
    use routes::Page as P;
    Some(match page {
        P::CheckIntro => view! { <CheckIntro/> }.into_any(),
        P::CheckStep => view! { <CheckStep/> }.into_any(),
        _ => return None,
    })
}

/// The pages only pre-rendering writes.
#[cfg(feature = "ssr")]
fn static_view(page: routes::Page) -> Option<AnyView> {
    (page == routes::Page::HowDecided).then(|| view! { <HowDecidedPage/> }.into_any())
}

/// The state every page may use: the person's communities, the fetched data, the check's
/// answers. The community's name in the header needs the communities.
fn provide_state() {
    provide_context(Choice::load());
    provide_context(crate::state::Held::load());
    provide_context(DataState::new());
    provide_context(Screening::load());
    let choice = expect_context::<Choice>();
    Effect::new(move |_| {
        if choice.community.get().is_some() || choice.origin.get().is_some() {
            data::need_communities();
        }
    });
}

/// The portal: home, catalogue, service pages, communities, search, about. The eligibility check
/// is a separate app ([`CheckApp`], its own page and module), so the portal's first view does not
/// carry it: a link to it loads it.
#[component]
pub fn App() -> impl IntoView {
    provide_state();
    // What the chosen community published (issue 15): its contacts and programmes.
    crate::community_data::provide();
    // No applications here (issue 14): the device's store of applications and the outbox that
    // sends them are the applications app's alone, so the portal's module carries neither.
    view! {
        <Router pages=|path| router::table_match(Part::Portal, path)>
            <Shell>
                {router::routes(|key| page_view(portal_view, router::table_page(key)), || view! { <OtherApp here=Part::Portal/> }.into_any())}
            </Shell>
        </Router>
    }
}

/// Drafts and the outbox; whatever waits in the outbox is sent now, and again whenever the
/// connection returns.
fn provide_applications() {
    let apps = Applications::load();
    provide_context(apps);
    apps.flush();
    browser::on_online(move || apps.flush());
}

/// Applications: the forms, the list of drafts and applications, the status page.
#[component]
pub fn ApplyApp() -> impl IntoView {
    provide_state();
    // A community's own programme it takes applications for through the portal (issue 15).
    crate::community_data::provide();
    provide_applications();
    // "Мої заяви" and the status page show what the back office says now, also after a time
    // without a connection.
    let apps = crate::applications::use_applications();
    browser::on_online(move || apps.refresh());
    view! {
        <Router pages=|path| router::table_match(Part::Apply, path)>
            <Shell>
                {router::routes(|key| page_view(apply_view, router::table_page(key)), || view! { <OtherApp here=Part::Apply/> }.into_any())}
            </Shell>
        </Router>
    }
}

/// The eligibility check, with the same header and footer as the portal.
#[component]
pub fn CheckApp() -> impl IntoView {
    provide_state();
    // The plan's contacts and the results' list of the community's own programmes.
    crate::community_data::provide();
    view! {
        <Router pages=|path| router::table_match(Part::Check, path)>
            <Shell>
                {router::routes(|key| page_view(check_view, router::table_page(key)), || view! { <OtherApp here=Part::Check/> }.into_any())}
            </Shell>
        </Router>
    }
}

/// The pages only pre-rendering writes ([`Part::Static`]): the same header and footer as the
/// portal, and no app takes them over in the browser.
#[cfg(feature = "ssr")]
#[component]
pub fn StaticPages() -> impl IntoView {
    provide_state();
    view! {
        <Router pages=|path| router::table_match(Part::Static, path)>
            <Shell>
                {router::routes(|key| page_view(static_view, router::table_page(key)), || view! { <NotFound/> }.into_any())}
            </Shell>
        </Router>
    }
}

/// A route this app does not have: if it is the other app's, load that app's page (a full page
/// load, as following a link to another site); otherwise it is not found.
#[component]
fn OtherApp(
    /// The app that is running.
    here: Part,
) -> impl IntoView {
    let location = use_location();
    let path = location.pathname.get_untracked();
    if part_of(&path) != here {
        // An entry of the history (Back) or an app's own page served for another app's address:
        // the load takes the entry's place.
        let url = format!("{path}{}", location.search.get_untracked());
        request_animation_frame(move || browser::load_page(&url));
        return view! { <p class="app-hint">{t("loading")}</p> }.into_any();
    }
    view! { <NotFound/> }.into_any()
}

/// Watches the URL: its language, and what happens on navigation; lays out the page around the
/// app's routes.
#[component]
fn Shell(
    /// The app's routes.
    children: ChildrenFn,
) -> impl IntoView {
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
    // In the check each question is a screen of its own, at the same path
    // (`/check/question?q=…`): a new question is announced as a new page is. (Elsewhere a query is
    // not a new screen: search rewrites it as the person types.)
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        let screen = if Lang::split_path(&path).1.ends_with("/check/question") {
            format!("{path}{}", location.search.get())
        } else {
            path
        };
        if previous.is_some_and(|p| p != screen) {
            request_animation_frame(browser::focus_main_heading);
        }
        screen
    });

    provide_context(Locale(lang.into()));

    // Inside a community's website: one view, without the portal's header and footer.
    if let Some(embed) = Embed::parse(
        &location.pathname.get_untracked(),
        &location.search.get_untracked(),
    ) {
        return view! { <EmbedLayout embed=embed lang=lang>{children()}</EmbedLayout> }.into_any();
    }

    // The service worker keeps the portal working offline. A new version waits until the person
    // agrees; it is never offered in the middle of a form.
    // Registered a few seconds after the page has started, so that caching the apps for offline
    // use does not compete with the first paint on a slow connection.
    let update_ready = RwSignal::new(false);
    // Said once per device, when the first version has cached the portal.
    let offline_ready = RwSignal::new(false);
    browser::later(3000, move || {
        browser::register_service_worker(
            move || update_ready.set(true),
            move || {
                if browser::load(browser::keys::OFFLINE_READY).is_none() {
                    browser::save(browser::keys::OFFLINE_READY, Some("1"));
                    offline_ready.set(true);
                }
            },
        )
    });
    // A quiet notice while the browser has no connection.
    let offline = RwSignal::new(!browser::online());
    browser::on_offline(move || offline.set(true));
    browser::on_online(move || offline.set(false));
    let in_a_form = move || {
        let path = location.pathname.get();
        let (_, rest) = Lang::split_path(&path);
        rest.starts_with("/check/question") || rest.starts_with("/apply/")
    };

    // The routes stay mounted across a change of language (each language has its own routes, so
    // the page is rebuilt); the header and footer are rebuilt here.
    view! {
        {stepwise::from_step(stepwise::HEADER, move || {
            lang.track();
            view! { <SkipLink/> <Header/> }
        })}
        {move || (update_ready.get() && !in_a_form()).then(|| view! {
            <div class="app-update" role="status">
                <p>{t("update-ready")}</p>
                <button class="app-button app-button--secondary" type="button" on:click=|_| browser::apply_update()>
                    {t("update-now")}
                </button>
            </div>
        })}
        {move || offline.get().then(|| view! {
            <div class="app-connection" role="status"><p>{t("offline-now")}</p></div>
        })}
        {move || (offline_ready.get() && !offline.get()).then(|| view! {
            <div class="app-connection" role="status">
                <p>{t("offline-ready")}</p>
                <button class="app-link-button" type="button" on:click=move |_| offline_ready.set(false)>{t("offline-ready-ok")}</button>
            </div>
        })}
        <main id="main" class="app-main" tabindex="-1">
            {stepwise::from_step(stepwise::PAGE, move || untrack(|| children()))}
        </main>
        {stepwise::from_step(stepwise::FOOTER, move || {
            lang.track();
            view! { <Footer/> }
        })}
    }
    .into_any()
}

/// An embedded view: the community's programmes (its own and the national ones), the accent
/// colour it asked for within contrast limits, a frame that fits its content, links that leave
/// the view opening the portal in a new tab, and, where the browser lets the frame keep nothing,
/// the offer to continue on the portal with the answers handed over.
#[component]
fn EmbedLayout(
    embed: Embed,
    /// The page's language.
    lang: Memo<Lang>,
    /// The view.
    children: Children,
) -> impl IntoView {
    let location = use_location();
    use_choice().community.set(Some(embed.community.clone()));
    if let Some(colour) = embed.accent.as_deref().and_then(embed::accessible_accent) {
        browser::set_accent(&colour);
    }
    if let (Some(origin), Some(widget)) = (&embed.origin, &embed.widget) {
        browser::report_height(origin, widget);
    }
    browser::links_leave_the_frame(embed::is_embed);
    let screening = use_screening();
    let storage_denied = !browser::storage_available();
    // The same page on the portal; the check's answers go with it when this frame can keep none.
    let portal = move || {
        let page = embed::outside(&location.pathname.get());
        let answers = screening.answers.with(|a| *a != rules::Answers::default());
        if storage_denied && answers {
            let encoded = screening.answers.with(crate::screening::encode);
            format!("{page}#{}={encoded}", crate::screening::HANDOVER)
        } else {
            page
        }
    };
    // Several widgets may share the host's page: each frame's landmarks are named by its view.
    let view_name = match crate::url::part_of(&location.pathname.get_untracked()) {
        Part::Portal => t("nav-catalogue"),
        Part::Check => t("nav-check"),
        Part::Apply => t("status-title"),
        Part::Static | Part::Office => t("nav-catalogue"),
    };
    let nav_name = format!("{view_name} — {}", t("embed-nav"));
    provide_context(embed);
    view! {
        <nav class="app-embed-bar" aria-label=nav_name>
            {move || {
                lang.track();
                view! { <LanguageSwitch/> }
            }}
            <a href=portal target="_blank" rel="noopener">{t("embed-open-portal")}</a>
        </nav>
        <main id="main" class="app-main app-main--embed" tabindex="-1" aria-label=view_name>
            {storage_denied.then(|| view! {
                <div class="app-notice" role="status">
                    <p>{t("embed-storage-denied")}</p>
                    <p><a href=portal target="_blank" rel="noopener">{t("embed-continue")}</a></p>
                </div>
            })}
            {children()}
        </main>
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

/// The route table (`crates/routes`) and the apps' views agree: every address of the table, in
/// both languages and embedded where it has an embedded view, reaches through its app's router
/// the page the table names (the router reads the table itself; what this finds is a page of the
/// table that no view of its app shows), and an address outside the table reaches none.
#[cfg(all(test, feature = "ssr"))]
mod route_table_tests {
    use super::*;
    use routes::{Param, Route};

    /// The routes of the citizens' apps: the office routes inside its own app.
    fn citizens_routes() -> impl Iterator<Item = &'static Route> {
        routes::ROUTES.iter().filter(|r| r.app != Part::Office)
    }

    /// Values of each parameter from the portal's data: the catalogue's programmes, a form's
    /// programme with its pages, every situation and step.
    fn values(param: Param) -> Vec<String> {
        let forms =
            forms::Forms::from_json(include_str!("../../data/generated/forms.json")).unwrap();
        let form = &forms.forms[0];
        match param {
            Param::Programme => crate::data::catalogue()
                .programmes
                .iter()
                .take(3)
                .map(|p| p.id.clone())
                .collect(),
            Param::Situation => catalogue::model::Situation::ALL
                .iter()
                .map(|s| s.slug().to_string())
                .collect(),
            Param::CheckStep => routes::CHECK_STEPS.map(String::from).to_vec(),
            Param::Form => vec![form.programme.clone()],
            Param::FormStep => [form.pages[0].id.as_str(), "documents", "check"]
                .map(String::from)
                .to_vec(),
            // A reference as the device keeps it; the router takes any.
            Param::Application => vec!["A-1".into()],
            Param::Community => vec!["UA46060250000025047".into()],
        }
    }

    #[test]
    fn every_address_of_the_table_reaches_its_page_through_its_apps_router() {
        crate::prerender::install_data().unwrap();
        let mut walked = 0;
        for route in citizens_routes() {
            for lang in Lang::ALL {
                let embedded: &[bool] = if route.embed {
                    &[false, true]
                } else {
                    &[false]
                };
                for &embed in embedded {
                    let community = embed.then_some("UA46060250000025047");
                    for path in route.addresses(lang, community, &values) {
                        assert_eq!(part_of(&path), route.app, "{path}");
                        REACHED.with(|r| r.set(None));
                        let page = crate::prerender::render(&path);
                        assert_eq!(page.part, route.app, "{path}");
                        assert_eq!(
                            REACHED.with(|r| r.get()),
                            Some(route.page),
                            "{path} does not reach its page"
                        );
                        walked += 1;
                    }
                }
            }
        }
        assert!(walked > 60, "only {walked} addresses walked");
    }

    #[test]
    fn a_page_of_another_app_reaches_no_view_of_this_one() {
        for route in citizens_routes() {
            for (app, view) in [
                (
                    Part::Portal,
                    portal_view as fn(routes::Page) -> Option<AnyView>,
                ),
                (Part::Check, check_view),
                (Part::Apply, apply_view),
            ] {
                if app == route.app {
                    continue;
                }
                let owner = Owner::new();
                owner.with(|| {
                    REACHED.with(|r| r.set(None));
                    let _ = page_view(view, route.page);
                    assert_eq!(
                        REACHED.with(|r| r.get()),
                        None,
                        "{:?} in {app:?}",
                        route.page
                    );
                });
            }
        }
    }

    #[test]
    fn an_address_outside_the_table_reaches_no_page() {
        crate::prerender::install_data().unwrap();
        for path in [
            "/no-such-page",
            "/en/check/question/x",
            "/apply",
            "/embed/UA1/search",
        ] {
            assert!(routes::find(path).is_none(), "{path}");
            REACHED.with(|r| r.set(None));
            crate::prerender::render(path);
            assert_eq!(REACHED.with(|r| r.get()), None, "{path}");
        }
    }
}
