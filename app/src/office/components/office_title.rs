use crate::browser;
use crate::locale::t;
use leptos::prelude::*;

/// Sets the document title: the screen's own title, then the back office's name.
#[component]
pub fn OfficeTitle(
    /// The screen's own title, already translated.
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    let office = t("office-name");
    Effect::new(move |_| browser::set_title(&format!("{} — {office}", text.get())));
}
