use crate::components::{PageTitle, SearchForm, community_title};
use crate::data;
use crate::locale::{href, t, use_lang};
use crate::pages::situation_message;
use crate::state::use_choice;
use catalogue::model::{Filter, Situation};
use leptos::prelude::*;

/// The home page: a search box, the chosen community, and the life situations to start from.
#[component]
pub fn Home() -> impl IntoView {
    let lang = use_lang();
    let choice = use_choice();
    let communities = data::use_communities();
    let count_in = move |filter: Filter| {
        let code = choice.community.get();
        let n = data::catalogue()
            .for_community(code.as_deref())
            .filter(|p| filter.matches(p))
            .count();
        i18n::t_count(lang, "programme-count", n as i64)
    };
    let situations = Situation::ALL
        .iter()
        .map(|&s| {
            let filter = Filter {
                situation: Some(s),
                ..Default::default()
            };
            view! {
                <li class="app-situation">
                    <a href=href(&format!("/situation/{}", s.slug())) class="app-situation__link">
                        <span class="app-situation__name">{t(situation_message(s))}</span>
                        <span class="app-situation__count">{move || count_in(filter.clone())}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    let community = move || {
        let code = choice.community.get()?;
        let c = communities.get()?.get(&code)?;
        Some(view! {
            <p>
                {t("header-your-community")} " "
                <strong>{community_title(c, lang)}</strong> ". "
                <a href=href("/community")>{t("home-community-change")}</a>
            </p>
        })
    };
    let no_community = move || {
        choice.community.get().is_none().then(|| {
            view! {
                <p>
                    {t("home-community-none")} " "
                    <a href=href("/community")>{t("home-community-choose")}</a>
                </p>
            }
        })
    };
    view! {
        <PageTitle text=t("home-title")/>
        <h1 class="app-heading-xl">{t("home-heading")}</h1>
        <p class="app-lead">{t("home-lead")}</p>
        <SearchForm id="home-search"/>
        <section class="app-section app-panel" aria-labelledby="home-check">
            <h2 id="home-check" class="app-heading-m">{t("home-check-heading")}</h2>
            <p>{t("home-check-body")}</p>
            <a href=href("/check") class="app-button">{t("home-check-start")}</a>
        </section>
        <section class="app-section" aria-labelledby="home-community">
            <h2 id="home-community" class="app-heading-m">{t("home-community-heading")}</h2>
            {community}
            {no_community}
        </section>
        <section class="app-section" aria-labelledby="home-situations">
            <h2 id="home-situations" class="app-heading-m">{t("home-situations-heading")}</h2>
            <ul class="app-situations">{situations}</ul>
            <p>
                <a href=href("/catalogue")>{t("home-all")}</a>
                " (" {move || count_in(Filter::default())} ")"
            </p>
        </section>
    }
}
