use crate::locale::use_lang;
use leptos::prelude::*;
use leptos_meta::Title;

/// Sets the document title: the page's own title, then the portal's name.
#[component]
pub fn PageTitle(
    /// The page's own title, already translated.
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    let lang = use_lang();
    let full = move || format!("{} — {}", text.get(), i18n::t(lang.get(), "site-name"));
    view! { <Title text=full/> }
}
