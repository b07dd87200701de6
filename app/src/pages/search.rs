use crate::components::{CommunityCard, PageTitle, ProgrammeCard};
use crate::data;
use crate::locale::{href, t, use_lang};
use crate::state::use_choice;
use catalogue::search::{SearchOptions, Target};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

/// Search across programmes, services and communities. The text lives in `?q=`; results update as
/// the person types.
#[component]
pub fn SearchPage() -> impl IntoView {
    let lang = use_lang();
    let choice = use_choice();
    let query = use_query_map();
    let q = Memo::new(move |_| query.read().get("q").unwrap_or_default());
    data::need_communities();
    let communities = data::use_communities();
    let hits = Memo::new(move |_| {
        // Searching again once the communities arrive adds them to the results.
        communities.track();
        let options = SearchOptions {
            community: choice.community.get(),
            ..SearchOptions::default()
        };
        data::index()
            .search(&q.get(), &options)
            .into_iter()
            .map(|h| h.target)
            .collect::<Vec<_>>()
    });
    let navigate = use_navigate();
    let path = href("/search");
    let target = path.clone();
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let options = NavigateOptions {
            replace: true,
            scroll: false,
            ..Default::default()
        };
        navigate(&crate::url::with_query(&target, &[("q", &text)]), options);
    };
    let count = move || {
        (!q.get().trim().is_empty())
            .then(|| i18n::t_count(lang, "result-count", hits.read().len() as i64))
    };
    let title = Signal::derive(move || match q.get().trim() {
        "" => i18n::t(lang, "search-title"),
        text => i18n::t_args(
            lang,
            "search-title-query",
            &[("query", i18n::Arg::Str(text))],
        ),
    });
    let results = move || {
        hits.get()
            .into_iter()
            .map(|target| match target {
                Target::Programme(i) => {
                    view! { <ProgrammeCard programme=&data::catalogue().programmes[i]/> }.into_any()
                }
                Target::Community(i) => communities
                    .get_untracked()
                    .map(|all| view! { <CommunityCard all=all community=&all.communities[i]/> })
                    .into_any(),
            })
            .collect_view()
    };
    view! {
        <PageTitle text=title/>
        <h1 class="app-heading-xl">{t("search-title")}</h1>
        <form class="app-search" role="search" action=path method="get" on:submit=|ev| ev.prevent_default()>
            <label class="app-label" for="search-q">{t("search-label")}</label>
            <p class="app-hint" id="search-q-hint">{t("search-hint")}</p>
            <input
                class="app-input"
                type="search"
                id="search-q"
                name="q"
                autocomplete="off"
                aria-describedby="search-q-hint"
                aria-controls="search-results"
                prop:value=move || q.get()
                on:input=on_input
            />
        </form>
        <p class="app-count" role="status">{count}</p>
        <ul class="app-cards" id="search-results">{results}</ul>
    }
}
