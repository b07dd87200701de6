use crate::browser;
use crate::locale::t;
use leptos::prelude::*;

/// Sets the document title: the page's own title, then the portal's name.
#[component]
pub fn PageTitle(
    /// The page's own title, already translated.
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    let site = t("site-name");
    Effect::new(move |_| browser::set_title(&format!("{} — {site}", text.get())));
}
