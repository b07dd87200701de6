use crate::locale::use_lang;
use crate::router::use_location;
use catalogue::Lang;
use leptos::prelude::*;

/// A link to the same page (with the same filters) in the other language. The app remembers the
/// language of the page a person reads (see `app.rs`).
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let other = use_lang().other();
    let location = use_location();
    let target = move || {
        let path = location.pathname.get();
        let (_, rest) = Lang::split_path(&path);
        format!("{}{}", other.localize(rest), location.search.get())
    };
    view! {
        <a href=target class="app-language-switch" lang=other.tag() hreflang=other.tag()>
            {match other {
                Lang::Uk => "Українська",
                Lang::En => "English",
            }}
        </a>
    }
}
