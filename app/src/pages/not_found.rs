use crate::components::PageTitle;
use crate::locale::{href, tr};
use leptos::prelude::*;
use leptos_router::components::A;

/// The page for an address the portal does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <PageTitle text=Signal::derive(tr("not-found-title"))/>
        <h1 class="app-heading-xl">{tr("not-found-title")}</h1>
        <p>{tr("not-found-body")}</p>
        <ul class="app-list">
            <li><A href=href("/")>{tr("not-found-home")}</A></li>
            <li><A href=href("/catalogue")>{tr("nav-catalogue")}</A></li>
        </ul>
    }
}
