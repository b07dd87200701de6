use crate::locale::{href, t};
use crate::router::NavigateOptions;
use crate::router::{use_navigate, use_query_map};
use leptos::prelude::*;

/// A search box whose text lives in the page's `?q=`: each keystroke replaces the URL (so the
/// state can be shared and reloaded, without filling the history), and the page's results follow.
/// Before the app has loaded, it is a plain GET form to the same page.
#[component]
pub fn LiveSearch(
    /// The page's path, as `/search` (the current language's prefix is added).
    page: &'static str,
    /// The id of the input, unique on the page.
    id: &'static str,
    /// The message ids of the label and of the hint.
    label: &'static str,
    hint: &'static str,
    /// The id of the list of results the box controls.
    results: &'static str,
) -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let path = href(page);
    let target = path.clone();
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let options = NavigateOptions {
            replace: true,
            scroll: false,
        };
        navigate(&crate::url::with_query(&target, &[("q", &text)]), options);
    };
    let hint_id = format!("{id}-hint");
    view! {
        <form class="app-search" role="search" action=path method="get" on:submit=|ev| ev.prevent_default()>
            <label class="app-label" for=id>{t(label)}</label>
            <p class="app-hint" id=hint_id.clone()>{t(hint)}</p>
            <input
                class="app-input"
                type="search"
                id=id
                name="q"
                autocomplete="off"
                aria-describedby=hint_id
                aria-controls=results
                prop:value=move || query.read().get("q").unwrap_or_default()
                on:input=on_input
            />
        </form>
    }
}
