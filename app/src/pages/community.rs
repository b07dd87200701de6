use crate::components::{CommunityCard, HostilitiesNotice, PageTitle, community_place, community_title};
use crate::data;
use crate::locale::{tr, use_lang};
use crate::state::use_choice;
use catalogue::Communities;
use catalogue::communities::Community;
use catalogue::hostilities::suggests_displacement;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

/// How many communities a search shows at most.
const LIMIT: usize = 20;

/// The community picker. `?q=` is the text typed (results update as the person types), `?code=`
/// shows one community with a button to choose it. Choosing remembers it on the device.
#[component]
pub fn CommunityPage() -> impl IntoView {
    let lang = use_lang();
    let choice = use_choice();
    let query = use_query_map();
    let q = Memo::new(move |_| query.read().get("q").unwrap_or_default());
    let code = Memo::new(move |_| query.read().get("code"));
    let communities = data::use_communities();
    let state = data::use_communities_state();
    let find = move |code: Option<String>| {
        let all = communities.get()?;
        Some((all, all.get(&code?)?))
    };
    let shown = move || find(code.get());
    let chosen = move || find(choice.community.get());
    let origin = move || find(choice.origin.get());
    let results = Memo::new(move |_| {
        let q = q.get();
        if q.trim().is_empty() || communities.get().is_none() {
            Vec::new()
        } else {
            data::index().matches_community(&q, LIMIT)
        }
    });

    let navigate = use_navigate();
    let path = move || lang.get().localize("/community");
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let target = crate::url::with_query(&path(), &[("q", &text)]);
        navigate(
            &target,
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let count = move || {
        let n = results.read().len();
        (!q.get().trim().is_empty()).then(|| i18n::t_count(lang.get(), "community-found", n as i64))
    };

    view! {
        <PageTitle text=Signal::derive(tr("community-title"))/>
        <h1 class="app-heading-xl">{tr("community-title")}</h1>
        <p class="app-lead">{tr("community-lead")}</p>
        {move || match state.get() {
            data::LoadState::Loading => Some(view! { <p class="app-hint" role="status">{tr("community-loading")}</p> }.into_any()),
            data::LoadState::Failed(_) => Some(view! { <p class="app-notice" role="alert">{tr("community-load-failed")}</p> }.into_any()),
            data::LoadState::Ready => None,
        }}
        {move || chosen().map(|(all, c)| view! { <Chosen all=all community=c/> })}
        {move || origin().map(|(_, o)| view! {
            <p class="app-inset">
                {tr("community-origin")} " " <strong>{move || community_title(o, lang.get())}</strong>
                " "
                <button class="app-link-button" type="button" on:click=move |_| choice.set_origin(None)>
                    {tr("community-forget-origin")}
                </button>
            </p>
        })}
        {move || shown().map(|(all, c)| view! { <Shown all=all community=c/> })}
        <form class="app-search" role="search" action=path method="get" on:submit=|ev| ev.prevent_default()>
            <label class="app-label" for="community-q">{tr("community-label")}</label>
            <p class="app-hint" id="community-q-hint">{tr("community-hint")}</p>
            <input
                class="app-input"
                type="search"
                id="community-q"
                name="q"
                autocomplete="off"
                aria-describedby="community-q-hint"
                aria-controls="community-results"
                prop:value=move || q.get()
                on:input=on_input
            />
        </form>
        <p class="app-count" role="status">{count}</p>
        <ul class="app-cards" id="community-results">
            <For each=move || results.get() key=|i| *i let:i>
                {communities.get_untracked().map(|all| view! {
                    <CommunityCard all=all community=&all.communities[i]/>
                })}
            </For>
        </ul>
    }
}

/// The community chosen as "where I live now".
#[component]
fn Chosen(
    /// All communities, for the names of raions and oblasts.
    all: &'static Communities,
    /// The chosen community.
    community: &'static Community,
) -> impl IntoView {
    let lang = use_lang();
    let choice = use_choice();
    view! {
        <div class="app-panel">
            <p>
                {tr("header-your-community")} " "
                <strong>{move || community_title(community, lang.get())}</strong>
            </p>
            <p class="app-hint">{move || community_place(all, community, lang.get())}</p>
            <button class="app-button app-button--secondary" type="button"
                on:click=move |_| choice.set_community(None)>
                {tr("community-forget")}
            </button>
        </div>
    }
}

/// One community, opened from a search result or a shared link, with the button to choose it.
#[component]
fn Shown(
    /// All communities, for the names of raions and oblasts.
    all: &'static Communities,
    /// The community to show.
    community: &'static Community,
) -> impl IntoView {
    let lang = use_lang();
    let choice = use_choice();
    let c = community;
    let is_chosen = move || choice.community.get().as_deref() == Some(c.code.as_str());
    let displaced = suggests_displacement(c, crate::browser::today());
    let choose = move |_| {
        if displaced {
            // A person from an occupied or front-line community gets support where they live
            // now: keep this one as where they come from, and ask where they live.
            choice.set_origin(Some(c.code.clone()));
        } else {
            choice.set_community(Some(c.code.clone()));
        }
    };
    let is_origin = move || choice.origin.get().as_deref() == Some(c.code.as_str());
    view! {
        <section class="app-panel app-panel--shown" aria-labelledby="shown-heading">
            <h2 id="shown-heading" class="app-heading-l">{move || community_title(c, lang.get())}</h2>
            <p>{move || community_place(all, c, lang.get())}</p>
            <p class="app-hint">{tr("community-code")} " " {c.code.clone()}</p>
            <HostilitiesNotice community=c/>
            {move || if is_chosen() {
                view! { <p class="app-status" role="status">{tr("community-chosen")}</p> }.into_any()
            } else if is_origin() {
                view! { <p class="app-status" role="status">{tr("community-origin-saved")}</p> }.into_any()
            } else if displaced {
                view! {
                    <button class="app-button" type="button" on:click=choose>{tr("community-choose-origin")}</button>
                }.into_any()
            } else {
                view! {
                    <button class="app-button" type="button" on:click=choose>{tr("community-choose")}</button>
                }.into_any()
            }}
        </section>
    }
}
