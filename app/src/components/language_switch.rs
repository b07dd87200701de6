use crate::browser::{self, keys};
use crate::locale::use_lang;
use catalogue::Lang;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

/// A link to the same page in the other language. Following it remembers the choice.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let target = move || {
        let other = lang.get().other();
        let path = location.pathname.get();
        let (_, rest) = Lang::split_path(&path);
        let search = location.search.get();
        let search = if search.is_empty() || search.starts_with('?') {
            search
        } else {
            format!("?{search}")
        };
        format!("{}{}", other.localize(rest), search)
    };
    let remember = move |_| browser::save(keys::LANG, Some(lang.get_untracked().other().tag()));
    view! {
        <A
            href=target
            attr:class="app-language-switch"
            attr:lang=move || lang.get().other().tag()
            attr:hreflang=move || lang.get().other().tag()
            on:click=remember
        >
            {move || match lang.get() {
                Lang::Uk => "English",
                Lang::En => "Українська",
            }}
        </A>
    }
}
