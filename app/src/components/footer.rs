use crate::locale::{href, t};
use leptos::prelude::*;

/// The portal's footer: privacy, and where the data comes from.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="app-footer">
            <p>
                <a href=href("/about")>{t("footer-privacy")}</a>
            </p>
            <p class="app-footer__meta">{t("footer-data")}</p>
        </footer>
    }
}
