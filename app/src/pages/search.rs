use crate::components::{CommunityCard, LiveSearch, PageTitle, ProgrammeCard};
use crate::data;
use crate::locale::{href, t, use_lang};
use crate::router::use_query_map;
use crate::state::use_choice;
use catalogue::search::{SearchOptions, Target};
use leptos::prelude::*;

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
    let title = Signal::derive(move || match q.get().trim() {
        "" => i18n::t(lang, "search-title"),
        text => i18n::t_args(
            lang,
            "search-title-query",
            &[("query", i18n::Arg::Str(text))],
        ),
    });
    // The chosen community's own programmes (issue 15), found the same way, come first.
    let local_hits = Memo::new(move |_| {
        let options = SearchOptions {
            community: choice.community.get(),
            ..SearchOptions::default()
        };
        crate::community_data::local()
            .map(|l| {
                l.index()
                    .search(&q.get(), &options)
                    .into_iter()
                    .filter_map(|h| match h.target {
                        Target::Programme(i) => Some(&l.catalogue.programmes[i]),
                        Target::Community(_) => None,
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let count = move || {
        (!q.get().trim().is_empty()).then(|| {
            let n = hits.read().len() + local_hits.read().len();
            i18n::t_count(lang, "result-count", n as i64)
        })
    };
    let results = move || {
        let local = local_hits
            .get()
            .into_iter()
            .map(|p| view! { <ProgrammeCard programme=p/> })
            .collect_view();
        let found = hits
            .get()
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
            .collect_view();
        (local, found)
    };
    view! {
        <PageTitle text=title/>
        <h1 class="app-heading-xl">{t("search-title")}</h1>
        <LiveSearch page="/search" id="search-q" label="search-label" hint="search-hint" results="search-results"/>
        <p class="app-count" role="status">{count}</p>
        <ul class="app-cards" id="search-results">{results}</ul>
        {move || q.read().trim().is_empty().then(|| view! { <AllServices/> })}
    }
}

/// Every programme and service by name: what the search page offers before anything is typed,
/// and all a static page can offer when JavaScript is off.
#[component]
fn AllServices() -> impl IntoView {
    let lang = use_lang();
    let mut all: Vec<&catalogue::Programme> = data::catalogue().programmes.iter().collect();
    all.sort_by_cached_key(|p| alphabetical(p.title.get(lang)));
    view! {
        <section class="app-section" aria-labelledby="search-all">
            <h2 class="app-heading-m" id="search-all">{t("search-all")}</h2>
            <ul class="app-list">
                {all
                    .into_iter()
                    .map(|p| view! { <li><a href=href(&format!("/service/{}", p.id))>{p.title.get(lang)}</a></li> })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// A key that orders names as the Ukrainian alphabet does (ґ after г, є after е, і and ї between и
/// and й), which the order of code points does not.
fn alphabetical(name: &str) -> Vec<(char, u8)> {
    name.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ґ' => ('г', 1),
            'є' => ('е', 1),
            'і' => ('и', 1),
            'ї' => ('и', 2),
            'й' => ('и', 3),
            c => (c, 0),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::alphabetical;

    #[test]
    fn names_sort_in_the_order_of_the_ukrainian_alphabet() {
        let mut names = [
            "Яблуко",
            "їжак",
            "йод",
            "Ґанок",
            "єнот",
            "Іскра",
            "гора",
            "ива",
            "дім",
        ];
        names.sort_by_key(|n| alphabetical(n));
        assert_eq!(
            names,
            [
                "гора",
                "Ґанок",
                "дім",
                "єнот",
                "ива",
                "Іскра",
                "їжак",
                "йод",
                "Яблуко"
            ]
        );
    }
}
