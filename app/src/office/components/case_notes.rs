use crate::locale::{t, use_lang};
use crate::office::api::Note;
use crate::office::present::{by, when};
use leptos::prelude::*;

/// The internal notes, newest first.
#[component]
pub fn CaseNotes(
    /// The notes.
    notes: Vec<Note>,
) -> impl IntoView {
    let lang = use_lang();
    if notes.is_empty() {
        return view! { <p>{t("office-no-notes")}</p> }.into_any();
    }
    let items = notes
        .into_iter()
        .rev()
        .map(|n| {
            view! {
                <li>
                    <p class="app-office-message__meta"><strong>{by(&n.by.name, &n.by.role, lang)}</strong> " — " {when(&n.at)}</p>
                    <p>{n.text}</p>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="app-list app-office-timeline">{items}</ul> }.into_any()
}
