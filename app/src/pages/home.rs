use crate::components::{PageTitle, SearchForm, community_title};
use crate::data;
use crate::locale::{href, tr, use_lang};
use crate::pages::situation_message;
use crate::state::use_choice;
use catalogue::model::{Filter, Situation};
use leptos::prelude::*;
use leptos_router::components::A;

/// The home page: a search box, the chosen community, and the life situations to start from.
#[component]
pub fn Home() -> impl IntoView {
    let lang = use_lang();
    let choice = use_choice();
    let communities = data::use_communities();
    let community = move || {
        let code = choice.community.get()?;
        communities.get()?.get(&code)
    };
    let count_in = move |filter: Filter| {
        let code = choice.community.get();
        data::catalogue()
            .for_community(code.as_deref())
            .filter(|p| filter.matches(p))
            .count()
    };
    let situations = Situation::ALL.iter().map(move |&s| {
        let link = move || {
            lang.get()
                .localize(&crate::url::with_query("/catalogue", &[("situation", s.slug())]))
        };
        let filter = Filter {
            situation: Some(s),
            ..Default::default()
        };
        let count = move || i18n::t_count(lang.get(), "programme-count", count_in(filter.clone()) as i64);
        view! {
            <li class="app-situation">
                <A href=link attr:class="app-situation__link">
                    <span class="app-situation__name">{move || i18n::t(lang.get(), situation_message(s))}</span>
                    <span class="app-situation__count">{count}</span>
                </A>
            </li>
        }
    });
    let total = move || i18n::t_count(lang.get(), "programme-count", count_in(Filter::default()) as i64);
    view! {
        <PageTitle text=Signal::derive(tr("home-title"))/>
        <h1 class="app-heading-xl">{tr("home-heading")}</h1>
        <p class="app-lead">{tr("home-lead")}</p>
        <SearchForm id="home-search"/>
        <section class="app-section" aria-labelledby="home-community">
            <h2 id="home-community" class="app-heading-m">{tr("home-community-heading")}</h2>
            {move || match community() {
                Some(c) => view! {
                    <p>
                        {tr("header-your-community")} " "
                        <strong>{move || community_title(c, lang.get())}</strong>". "
                        <A href=href("/community")>{tr("home-community-change")}</A>
                    </p>
                }.into_any(),
                None => view! {
                    <p>
                        {tr("home-community-none")} " "
                        <A href=href("/community")>{tr("home-community-choose")}</A>
                    </p>
                }.into_any(),
            }}
        </section>
        <section class="app-section" aria-labelledby="home-situations">
            <h2 id="home-situations" class="app-heading-m">{tr("home-situations-heading")}</h2>
            <ul class="app-situations">{situations.collect_view()}</ul>
            <p>
                <A href=href("/catalogue")>{tr("home-all")}</A>
                " (" {total} ")"
            </p>
        </section>
    }
}
