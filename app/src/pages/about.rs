use crate::browser;
use crate::components::PageTitle;
use crate::data;
use crate::locale::{t, t_count};
use crate::screening::use_screening;
use crate::state::use_choice;
use catalogue::model::Edition;
use leptos::prelude::*;

/// Privacy and about: what the portal keeps (nothing leaves the device), where its data comes
/// from, and one button that forgets everything.
#[component]
pub fn About() -> impl IntoView {
    let choice = use_choice();
    let screening = use_screening();
    let forgotten = RwSignal::new(false);
    let forget = move |_| {
        browser::forget_everything();
        choice.community.set(None);
        choice.origin.set(None);
        screening.forget();
        if let Some(apps) = use_context::<crate::applications::Applications>() {
            apps.drafts.set(Vec::new());
            apps.outbox.set(Vec::new());
        }
        forgotten.set(true);
    };
    data::need_communities();
    let communities = data::use_communities();
    let edition = |e: &Edition| format!("{} ({}), {}", e.source, e.date.dotted(), e.approved_by);
    let done = t("about-forgotten");
    view! {
        <PageTitle text=t("about-title")/>
        <h1 class="app-heading-xl">{t("about-title")}</h1>
        <h2 class="app-heading-m">{t("about-privacy-heading")}</h2>
        <p>{t("about-privacy-1")}</p>
        <p>{t("about-privacy-2")}</p>
        <p>{t("about-privacy-3")}</p>
        <button class="app-button app-button--secondary" type="button" on:click=forget>
            {t("about-forget")}
        </button>
        <p role="status" class="app-status">{move || forgotten.get().then(|| done.clone())}</p>
        <h2 class="app-heading-m">{t("about-data-heading")}</h2>
        <p>{t("about-data-1")}</p>
        <ul class="app-list">
            <li>
                {t("about-data-catalogue")} " "
                {t_count("programme-count", data::catalogue().programmes.len())}
            </li>
            {move || communities.get().map(|all| view! {
                <li>{edition(&all.codifier)}</li>
                <li>{edition(&all.hostilities_list)}</li>
            })}
        </ul>
        <p>{t("about-data-2")}</p>
    }
}
