use crate::browser;
use crate::locale::t;
use leptos::prelude::*;

/// The first thing a keyboard reaches: a link past the header to the main content.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a
            class="app-skip-link"
            href="#main"
            on:click=|ev| {
                // The router would treat "#main" as a navigation; the skip link only moves focus.
                ev.prevent_default();
                browser::focus_main();
            }
        >
            {t("skip-to-content")}
        </a>
    }
}
