use crate::locale::{href, tr};
use leptos::prelude::*;
use leptos_router::components::A;

/// The portal's footer: privacy, sources and the editions of the official data.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="app-footer">
            <p>
                <A href=href("/about")>{tr("footer-privacy")}</A>
            </p>
            <p class="app-footer__meta">{tr("footer-data")}</p>
        </footer>
    }
}
