use crate::locale::{t, use_lang};
use crate::office::api::HistoryStep;
use crate::office::present::{by, status_id, when};
use leptos::prelude::*;

/// The application's statuses over time, who set each and when, newest first.
#[component]
pub fn CaseHistory(
    /// The steps, oldest first as the server gives them.
    history: Vec<HistoryStep>,
) -> impl IntoView {
    let lang = use_lang();
    let items = history
        .into_iter()
        .rev()
        .map(|h| {
            let who =
                h.by.map(|b| by(&b.name, &b.role, lang))
                    .unwrap_or_else(|| t("office-by-applicant"));
            view! {
                <li>
                    <strong>{t(status_id(&h.status))}</strong> " — " {when(&h.at)} " — " {who}
                    {h.note.map(|n| view! { <br/><span>{n}</span> })}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="app-list app-office-timeline">{items}</ul> }
}
