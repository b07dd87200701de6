use crate::locale::{href, t};
use crate::router::use_navigate;
use leptos::prelude::*;

/// The home page's search box: a plain GET form to the search page, so it also works before the
/// app has loaded; in the app, submitting navigates without a reload.
#[component]
pub fn SearchForm(
    /// The id of the input, unique on the page.
    id: &'static str,
) -> impl IntoView {
    let navigate = use_navigate();
    let text = RwSignal::new(String::new());
    let action = href("/search");
    let target = action.clone();
    let hint_id = format!("{id}-hint");
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let query = text.get_untracked();
        navigate(
            &crate::url::with_query(&target, &[("q", query.trim())]),
            Default::default(),
        );
    };
    view! {
        <form class="app-search" role="search" action=action method="get" on:submit=on_submit>
            <label class="app-label" for=id>{t("search-label")}</label>
            <p class="app-hint" id=hint_id.clone()>{t("search-hint")}</p>
            <div class="app-search__row">
                <input
                    class="app-input"
                    type="search"
                    id=id
                    name="q"
                    autocomplete="off"
                    aria-describedby=hint_id
                    on:input=move |ev| text.set(event_target_value(&ev))
                />
                <button class="app-button" type="submit">{t("search-button")}</button>
            </div>
        </form>
    }
}
