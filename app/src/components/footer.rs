use crate::data;
use crate::locale::{href, tr};
use leptos::prelude::*;
use leptos_router::components::A;

/// The portal's footer: privacy, sources and the editions of the official data.
#[component]
pub fn Footer() -> impl IntoView {
    let editions = data::communities();
    view! {
        <footer class="app-footer">
            <p>
                <A href=href("/about")>{tr("footer-privacy")}</A>
            </p>
            <p class="app-footer__meta">
                {tr("footer-data")} " "
                {format!("КАТОТТГ {}", editions.codifier.date.dotted())} "; "
                {tr("footer-list")} " " {editions.hostilities_list.date.dotted()}
            </p>
        </footer>
    }
}
