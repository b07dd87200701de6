use crate::browser::{self, keys};
use crate::components::{LanguageSwitch, community_title};
use crate::data;
use crate::locale::{href, t, use_lang};
use crate::router::NavLink;
use crate::router::use_location;
use crate::state::use_choice;
use catalogue::Lang;
use leptos::prelude::*;

/// The portal's header: its name, the main navigation (with "Мої заяви" once the device holds an
/// application), the chosen community and the language switch.
#[component]
pub fn Header() -> impl IntoView {
    let lang = use_lang();
    let choice = use_choice();
    let held = use_context::<crate::state::Held>();
    // A pre-rendered page has the link too, shown only where `public/first-paint.js` found that
    // the device holds an application (`html[data-held]`), so the navigation does not grow when
    // the app starts.
    let my_applications = move || {
        (cfg!(feature = "ssr") || held.is_some_and(|h| h.0.get())).then(|| {
            view! {
                <li class="app-nav__held"><NavLink href=href("/applications") class="app-nav__link">{t("apply-my-applications")}</NavLink></li>
            }
        })
    };
    let communities = data::use_communities();
    let community_name = move || {
        let all = communities.get()?;
        let code = choice.community.get()?;
        all.get(&code).map(|c| community_title(c, lang))
    };
    // The line as `public/first-paint.js` shows it on the next pre-rendered page, before the app.
    Effect::new(move |_| {
        let line = match choice.community.get() {
            None => None,
            Some(code) => {
                let Some(community) = communities.get().and_then(|all| all.get(&code)) else {
                    return;
                };
                let line = |lang| {
                    let title = community_title(community, lang);
                    format!("{} {title}", i18n::t(lang, "header-your-community"))
                };
                serde_json::to_string(&[line(Lang::Uk), line(Lang::En)]).ok()
            }
        };
        if browser::load(keys::COMMUNITY_LINE) != line {
            // Where the browser keeps nothing, the next page keeps the line's place empty instead.
            let _ = browser::save(keys::COMMUNITY_LINE, line.as_deref());
        }
    });
    // The same links in the wide header's navigation and in the phone's menu (only one of the
    // two is shown, by the screen's width).
    let links = move || {
        view! {
            <ul class="app-nav__list">
                <li><NavLink href=href("/catalogue") class="app-nav__link">{t("nav-catalogue")}</NavLink></li>
                <li><NavLink href=href("/check") class="app-nav__link">{t("nav-check")}</NavLink></li>
                <li><NavLink href=href("/community") class="app-nav__link">{t("nav-community")}</NavLink></li>
                <li><NavLink href=href("/about") class="app-nav__link">{t("nav-about")}</NavLink></li>
                {my_applications}
            </ul>
        }
    };
    // The menu closes when the person has gone to another page.
    let location = use_location();
    let menu_open = move || {
        location.pathname.track();
        false
    };
    view! {
        <header class="app-header">
            <div class="app-header__inner">
                <a href=href("/") class="app-header__name">{t("site-name")}</a>
                // On a phone the navigation folds behind "Меню": a <details>, which opens
                // without JavaScript too.
                <details class="app-menu" prop:open=menu_open>
                    <summary class="app-menu__button">{t("nav-menu")}</summary>
                    <nav class="app-nav app-nav--menu" aria-label=t("nav-label")>{links()}</nav>
                </details>
                <LanguageSwitch/>
            </div>
            <nav class="app-nav app-nav--wide" aria-label=t("nav-label")>{links()}</nav>
            {move || match community_name() {
                Some(name) => view! {
                    <p class="app-header__community">
                        {t("header-your-community")} " "
                        <a href=href("/community")>{name}</a>
                    </p>
                }
                .into_any(),
                // The line's place, kept while the name is not known: on a pre-rendered page
                // (shown only where `public/first-paint.js` found a chosen community) and until
                // the communities have arrived, so that the page does not move when it comes.
                None if cfg!(feature = "ssr") || choice.community.with(Option::is_some) => view! {
                    <p class="app-header__community app-header__community--pending" aria-hidden="true"></p>
                }
                .into_any(),
                None => ().into_any(),
            }}
        </header>
    }
}
