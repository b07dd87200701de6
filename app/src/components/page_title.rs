use crate::locale::t;
use leptos::prelude::*;
use leptos_meta::Title;

/// Sets the document title: the page's own title, then the portal's name.
#[component]
pub fn PageTitle(
    /// The page's own title, already translated.
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    let site = t("site-name");
    view! { <Title text=move || format!("{} — {site}", text.get())/> }
}
