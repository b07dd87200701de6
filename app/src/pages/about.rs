use crate::browser;
use crate::components::PageTitle;
use crate::data;
use crate::locale::tr;
use crate::state::use_choice;
use leptos::prelude::*;

/// Privacy and about: what the portal keeps (nothing leaves the device), where its data comes
/// from, and one button that forgets everything.
#[component]
pub fn About() -> impl IntoView {
    let choice = use_choice();
    let forgotten = RwSignal::new(false);
    let forget = move |_| {
        browser::forget_everything();
        choice.community.set(None);
        choice.origin.set(None);
        forgotten.set(true);
    };
    let communities = data::use_communities();
    let count = data::catalogue().programmes.len();
    let edition = move |e: &catalogue::model::Edition| {
        format!("{} ({}), {}", e.source, e.date.dotted(), e.approved_by)
    };
    view! {
        <PageTitle text=Signal::derive(tr("about-title"))/>
        <h1 class="app-heading-xl">{tr("about-title")}</h1>
        <h2 class="app-heading-m">{tr("about-privacy-heading")}</h2>
        <p>{tr("about-privacy-1")}</p>
        <p>{tr("about-privacy-2")}</p>
        <p>{tr("about-privacy-3")}</p>
        <button class="app-button app-button--secondary" type="button" on:click=forget>
            {tr("about-forget")}
        </button>
        <p role="status" class="app-status">
            {move || forgotten.get().then(tr("about-forgotten"))}
        </p>
        <h2 class="app-heading-m">{tr("about-data-heading")}</h2>
        <p>{tr("about-data-1")}</p>
        <ul class="app-list">
            <li>
                {tr("about-data-catalogue")} " "
                {crate::locale::tr_count("programme-count", move || count)}
            </li>
            {move || communities.get().map(|all| view! {
                <li>{edition(&all.codifier)}</li>
                <li>{edition(&all.hostilities_list)}</li>
            })}
        </ul>
        <p>{tr("about-data-2")}</p>
    }
}
