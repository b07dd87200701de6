use crate::locale::use_lang;
use catalogue::Lang;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

/// A link to the same page (with the same filters) in the other language. The app remembers the
/// language of the page a person reads (see `app.rs`).
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let other = use_lang().other();
    let location = use_location();
    let target = move || {
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
    view! {
        <A
            href=target
            attr:class="app-language-switch"
            attr:lang=other.tag()
            attr:hreflang=other.tag()
        >
            {match other {
                Lang::Uk => "Українська",
                Lang::En => "English",
            }}
        </A>
    }
}
