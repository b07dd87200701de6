use crate::locale::{tr, use_lang};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// The search box: a plain GET form to the search page, so it also works before the app has
/// loaded; in the app, submitting navigates without a reload.
#[component]
pub fn SearchForm(
    /// The id of the input, unique on the page.
    id: &'static str,
    /// The initial text.
    #[prop(into, optional)]
    value: Signal<String>,
) -> impl IntoView {
    let lang = use_lang();
    let navigate = use_navigate();
    let text = RwSignal::new(value.get_untracked());
    Effect::new(move |_| text.set(value.get()));
    let action = move || lang.get().localize("/search");
    let hint_id = format!("{id}-hint");
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let target = crate::url::with_query(&action(), &[("q", text.get_untracked().trim())]);
        navigate(&target, Default::default());
    };
    view! {
        <form class="app-search" role="search" action=action method="get" on:submit=on_submit>
            <label class="app-label" for=id>{tr("search-label")}</label>
            <p class="app-hint" id=hint_id.clone()>{tr("search-hint")}</p>
            <div class="app-search__row">
                <input
                    class="app-input"
                    type="search"
                    id=id
                    name="q"
                    autocomplete="off"
                    aria-describedby=hint_id
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                />
                <button class="app-button" type="submit">{tr("search-button")}</button>
            </div>
        </form>
    }
}
