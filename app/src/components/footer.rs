use crate::locale::{href, t};
use leptos::prelude::*;
use leptos_router::components::A;

/// The portal's footer: privacy, and where the data comes from.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="app-footer">
            <p>
                <A href=href("/about")>{t("footer-privacy")}</A>
            </p>
            <p class="app-footer__meta">{t("footer-data")}</p>
        </footer>
    }
}
