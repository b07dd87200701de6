use crate::data::{self, LoadState};
use crate::locale::{t, use_lang};
use leptos::prelude::*;

/// How many countries a search shows at most.
const LIMIT: usize = 8;

/// A country found by its name in Ukrainian or English, another of its names or its code (the
/// countries are fetched when the picker first shows); choosing one calls `on_pick` with its ISO
/// 3166-1 alpha-2 code. Ukraine is not offered: the picker is for where a person lives abroad.
#[component]
pub fn CountryPicker(
    /// The id of the search box, unique on the page.
    id: &'static str,
    /// The message ids of the box's label and hint.
    label: &'static str,
    hint: &'static str,
    /// Called with the chosen country's code.
    on_pick: Callback<String>,
) -> impl IntoView {
    let lang = use_lang();
    data::need_countries();
    let countries = data::use_countries();
    let state = data::use_countries_state();
    let typed = RwSignal::new(String::new());
    let found = Memo::new(move |_| {
        let q = typed.get();
        let Some(all) = countries.get() else {
            return Vec::new();
        };
        all.search(&q, lang)
            .into_iter()
            .filter(|c| c.code != "UA")
            .take(LIMIT)
            .map(|c| (c.code.clone(), c.name(lang).to_string()))
            .collect::<Vec<_>>()
    });
    let list_id = format!("{id}-results");
    let hint_id = format!("{id}-hint");
    let count = move || {
        (!typed.read().trim().is_empty())
            .then(|| i18n::t_count(lang, "country-found", found.read().len() as i64))
    };
    let failed = move || {
        matches!(state.get(), LoadState::Failed(_))
            .then(|| view! { <p class="app-notice" role="alert">{t("country-load-failed")}</p> })
    };
    let items = move || {
        found
            .get()
            .into_iter()
            .map(|(code, name)| {
                let pick = code.clone();
                view! {
                    <li>
                        <button class="app-choice" type="button" on:click=move |_| on_pick.run(pick.clone())>
                            <span class="app-choice__title">{name}</span>
                            <span class="app-choice__meta">{code}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="app-field">
            <label class="app-label" for=id>{t(label)}</label>
            <p class="app-hint" id=hint_id.clone()>{t(hint)}</p>
            {failed}
            <input class="app-input" type="search" id=id autocomplete="off" spellcheck="false"
                aria-describedby=hint_id aria-controls=list_id.clone()
                prop:value=move || typed.get()
                on:input=move |ev| typed.set(event_target_value(&ev))
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    // Enter takes the first country found.
                    if ev.key() == "Enter" {
                        ev.prevent_default();
                        if let Some((code, _)) = found.get_untracked().into_iter().next() {
                            on_pick.run(code);
                        }
                    }
                }/>
            <p class="app-count" role="status">{count}</p>
            <ul class="app-choices" id=list_id>{items}</ul>
        </div>
    }
}
