use crate::components::{CommunityCard, LiveSearch, PageTitle, ProgrammeCard};
use crate::data;
use crate::locale::{t, use_lang};
use crate::state::use_choice;
use catalogue::search::{SearchOptions, Target};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

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
        <LiveSearch page="/search" id="search-q" label="search-label" hint="search-hint" results="search-results"/>
        <p class="app-count" role="status">{count}</p>
        <ul class="app-cards" id="search-results">{results}</ul>
    }
}
