use crate::components::PageTitle;
use crate::locale::{href, t};
use leptos::prelude::*;

/// The page for an address the portal does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <PageTitle text=t("not-found-title")/>
        <h1 class="app-heading-xl">{t("not-found-title")}</h1>
        <p>{t("not-found-body")}</p>
        <ul class="app-list">
            <li><a href=href("/")>{t("not-found-home")}</a></li>
            <li><a href=href("/catalogue")>{t("nav-catalogue")}</a></li>
        </ul>
    }
}
