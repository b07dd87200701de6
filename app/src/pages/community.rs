use crate::components::{
    CommunityCard, CommunityContacts, CommunityProgrammes, CountryPicker, HostilitiesNotice,
    LiveSearch, PageTitle, community_place, community_title,
};
use crate::data::{self, LoadState};
use crate::locale::{t, use_lang};
use crate::router::use_query_map;
use crate::state::use_choice;
use catalogue::Communities;
use catalogue::communities::Community;
use catalogue::hostilities::suggests_displacement;
use leptos::prelude::*;

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
    data::need_communities();
    let communities = data::use_communities();
    let state = data::use_communities_state();
    let find = move |code: Option<String>| {
        let all = communities.get()?;
        Some((all, all.get(&code?)?))
    };
    let results = Memo::new(move |_| {
        let q = q.get();
        if q.trim().is_empty() || communities.get().is_none() {
            Vec::new()
        } else {
            data::index().matches_community(&q, LIMIT)
        }
    });
    // The line under the search box: the communities loading, then how many a search found. It
    // keeps its one line whatever it says, so that nothing below moves when the list arrives (the
    // pre-rendered page says "loading" until the app takes it over; issue 17).
    let count = move || match state.get() {
        LoadState::Idle | LoadState::Loading => Some(t("community-loading")),
        _ => {
            let n = results.read().len();
            (!q.get().trim().is_empty()).then(|| i18n::t_count(lang, "community-found", n as i64))
        }
    };
    let failed = move || {
        matches!(state.get(), LoadState::Failed(_)).then(|| {
            view! { <p class="app-notice" role="alert">{t("community-load-failed")}</p> }
        })
    };
    let origin = move || {
        find(choice.origin.get()).map(|(_, o)| {
            view! {
                <p class="app-inset">
                    {t("community-origin")} " " <strong>{community_title(o, lang)}</strong> " "
                    <button class="app-link-button" type="button" on:click=move |_| choice.set_origin(None)>
                        {t("community-forget-origin")}
                    </button>
                </p>
            }
        })
    };
    let results_view = move || {
        let all = communities.get()?;
        let items = results
            .get()
            .into_iter()
            .map(|i| view! { <CommunityCard all=all community=&all.communities[i]/> })
            .collect_view();
        Some(items)
    };

    view! {
        <PageTitle text=t("community-title")/>
        <h1 class="app-heading-xl">{t("community-title")}</h1>
        <p class="app-lead">
            {move || t(if choice.abroad.get().is_some() { "community-lead-abroad" } else { "community-lead" })}
        </p>
        {failed}
        // What follows depends on the chosen community, which a pre-rendered page cannot know: a
        // returning visitor's browser keeps it out of sight until the app shows it (style/main.css,
        // `html[data-community]`), so nothing moves when it arrives.
        <div class="app-community-choose">
        {move || find(choice.community.get()).map(|(all, c)| view! { <Chosen all=all community=c/> })}
        // Back to the application (issue 16): here, or beside the community just chosen.
        <crate::components::ReturnToApplication/>
        {origin}
        {move || find(code.get()).map(|(all, c)| view! { <Shown all=all community=c/> })}
        <LiveSearch page="/community" id="community-q" label="community-label" hint="community-hint" results="community-results"/>
        <p class="app-count" role="status">{count}</p>
        <ul class="app-cards" id="community-results">{results_view}</ul>
        // A name abroad ("Krak") finds no community of Ukraine: say where a person abroad applies.
        {move || (!q.get().trim().is_empty() && communities.get().is_some() && results.read().is_empty()
            && choice.abroad.get().is_none())
            .then(|| view! { <p class="app-inset">{t("community-none-abroad")}</p> })}
        <Abroad/>
        </div>
    }
}

/// "I live abroad": the country (by its name), after which the community chosen above is the
/// person's community in Ukraine, the one their applications go to.
#[component]
fn Abroad() -> impl IntoView {
    let lang = use_lang();
    let choice = use_choice();
    let country_name = move |code: &str| {
        data::countries()
            .and_then(|all| all.get(code))
            .map_or_else(|| code.to_string(), |c| c.name(lang).to_string())
    };
    // The chosen country's name needs the countries too.
    data::need_countries();
    let countries = data::use_countries();
    let chosen = move || {
        choice.abroad.get().map(|code| {
            // The name once the countries are there (the code meanwhile).
            countries.track();
            view! {
                <p>
                    {t("community-abroad-chosen")} " " <strong>{country_name(&code)}</strong>
                </p>
                <p class="app-hint">{t("community-abroad-then")}</p>
                <button class="app-button app-button--secondary" type="button" on:click=move |_| choice.set_abroad(None)>
                    {t("community-abroad-forget")}
                </button>
            }
        })
    };
    let pick = Callback::new(move |code: String| {
        choice.set_abroad(Some(code));
        request_animation_frame(|| crate::browser::focus_id("abroad-heading"));
    });
    view! {
        <section class="app-panel" aria-labelledby="abroad-heading">
            <h2 class="app-heading-m" id="abroad-heading" tabindex="-1">{t("community-abroad-heading")}</h2>
            {chosen}
            <Show when=move || choice.abroad.get().is_none()>
                <p>{t("community-abroad-lead")}</p>
                <CountryPicker id="abroad-country" label="community-abroad-label" hint="community-abroad-hint" on_pick=pick/>
            </Show>
        </section>
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
                {t("header-your-community")} " " <strong>{community_title(community, lang)}</strong>
            </p>
            <p class="app-hint">{community_place(all, community, lang)}</p>
            <button class="app-button app-button--secondary" type="button" on:click=move |_| choice.set_community(None)>
                {t("community-forget")}
            </button>
        </div>
        <CommunityContacts code=community.code.clone()/>
        <CommunityProgrammes/>
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
    let action = move || {
        let code = Some(c.code.as_str());
        if choice.community.get().as_deref() == code {
            view! {
                <p class="app-status" role="status">{t("community-chosen")}</p>
                <crate::components::ReturnToApplication beside_chosen=true/>
            }
            .into_any()
        } else if choice.origin.get().as_deref() == code {
            view! { <p class="app-status" role="status">{t("community-origin-saved")}</p> }
                .into_any()
        } else {
            let label = if displaced {
                "community-choose-origin"
            } else {
                "community-choose"
            };
            view! { <button class="app-button" type="button" on:click=choose>{t(label)}</button> }
                .into_any()
        }
    };
    view! {
        <section class="app-panel app-panel--shown" aria-labelledby="shown-heading">
            <h2 id="shown-heading" class="app-heading-l">{community_title(c, lang)}</h2>
            <p>{community_place(all, c, lang)}</p>
            <p class="app-hint">{t("community-code")} " " {c.code.clone()}</p>
            <HostilitiesNotice community=c/>
            {action}
        </section>
    }
}
