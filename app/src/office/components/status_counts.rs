use crate::locale::{t, use_lang};
use crate::office::filters::{Filters, STATUSES};
use crate::office::present::status_id;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// How many applications each status has, each a link that filters the inbox by it.
#[component]
pub fn StatusCounts(
    /// The counts the inbox answered with.
    counts: BTreeMap<String, u64>,
    /// The filters in the address.
    filters: Filters,
    /// The inbox's path in the current language.
    base: String,
) -> impl IntoView {
    let lang = use_lang();
    let all: u64 = counts.values().sum();
    let link = |status: &str, label: String, count: u64| {
        let current = filters.status == status;
        let target = filters.with_status(status).href(&base);
        view! {
            <li class="app-office-counts__item">
                // A plain link (the router still takes it): `A` would mark every one of them
                // `aria-current="page"`, since they share the inbox's path.
                <a href=target class="app-office-counts__link"
                    aria-current=current.then_some("true")>
                    <span class="app-office-counts__label">{label}</span>
                    " "
                    <span class="app-office-counts__count">{count}</span>
                </a>
            </li>
        }
    };
    let items = STATUSES
        .iter()
        .map(|s| {
            let n = counts.get(*s).copied().unwrap_or(0);
            link(s, i18n::t(lang, status_id(s)), n)
        })
        .collect_view();
    view! {
        <nav class="app-office-counts" aria-label=t("office-counts")>
            <ul class="app-office-counts__list">
                {link("", t("office-all"), all)}
                {items}
            </ul>
        </nav>
    }
}
