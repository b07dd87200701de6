use crate::locale::{href, t};
use crate::office::components::OfficeTitle;
use leptos::prelude::*;

/// An address the back office does not have.
#[component]
pub fn OfficeNotFound() -> impl IntoView {
    view! {
        <OfficeTitle text=t("not-found-title")/>
        <h1 class="app-heading-xl">{t("not-found-title")}</h1>
        <p><a href=href("/office")>{t("office-back-to-inbox")}</a></p>
    }
}
