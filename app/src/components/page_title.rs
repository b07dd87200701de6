use crate::browser;
use crate::locale::t;
use leptos::prelude::*;

/// Where a page's title goes when it is pre-rendered to static HTML (no effect runs there).
#[derive(Clone, Copy, Debug)]
pub struct PrerenderedTitle(pub RwSignal<Option<String>>);

/// Sets the document title: the page's own title, then the portal's name.
#[component]
pub fn PageTitle(
    /// The page's own title, already translated.
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    let site = t("site-name");
    let full = move || format!("{} — {site}", text.get());
    if let Some(PrerenderedTitle(title)) = use_context() {
        title.set(Some(full()));
    }
    Effect::new(move |_| browser::set_title(&full()));
}
