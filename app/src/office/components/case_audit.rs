use crate::locale::{t, use_lang};
use crate::office::api::AuditEntry;
use crate::office::present::{action, by, when};
use leptos::prelude::*;

/// The audit: every read and change by staff, newest first.
#[component]
pub fn CaseAudit(
    /// The audit's lines.
    audit: Vec<AuditEntry>,
) -> impl IntoView {
    let lang = use_lang();
    let items = audit
        .into_iter()
        .rev()
        .map(|a| {
            let who =
                a.by.map(|b| by(&b.name, &b.role, lang))
                    .unwrap_or_else(|| t("office-someone"));
            view! { <li>{when(&a.at)} " — " {who} ": " {action(&a.action, lang)}</li> }
        })
        .collect_view();
    view! { <ul class="app-list app-office-timeline">{items}</ul> }
}
