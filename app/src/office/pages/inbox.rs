//! `/office`: the community's applications, newest first, a page at a time, filtered and
//! searched, with counts per status.

use crate::locale::{t, use_lang};
use crate::office::api::{ApiError, InboxPage};
use crate::office::components::{
    InboxFilters, InboxRow, OfficeTitle, Pagination, Problem, StatusCounts,
};
use crate::office::filters::Filters;
use crate::office::session::use_api;
use crate::router::use_query_map;
use leptos::prelude::*;

/// The inbox.
#[component]
pub fn Inbox() -> impl IntoView {
    let lang = use_lang();
    let api = use_api();
    let query = use_query_map();
    let filters = Memo::new(move |_| query.with(|q| Filters::from_query(|k| q.get(k))));
    let base = lang.localize("/office");
    let result = RwSignal::new(None::<Result<InboxPage, ApiError>>);
    let loading = RwSignal::new(false);
    // Only the answer to the latest request is shown (filters may change faster than answers).
    let latest = StoredValue::new(0u32);
    let load = move || {
        let path = filters.get_untracked().api_path();
        let n = latest.get_value().wrapping_add(1);
        latest.set_value(n);
        loading.set(true);
        leptos::task::spawn_local(async move {
            let answer = api.get::<InboxPage>(&path).await;
            if latest.get_value() == n {
                loading.set(false);
                result.set(Some(answer));
            }
        });
    };
    Effect::new(move |_| {
        filters.track();
        load();
    });
    // Another page or other filters: focus goes to the heading, as after a page load (the link
    // or button used may be gone), and the new count is announced.
    Effect::new(move |previous: Option<Filters>| {
        let now = filters.get();
        if previous.is_some_and(|p| p != now) {
            request_animation_frame(crate::browser::focus_main_heading);
        }
        now
    });
    let base_table = base.clone();
    let table = move || {
        let base = base_table.clone();
        match result.get() {
            None => view! { <p class="app-hint" role="status">{t("loading")}</p> }.into_any(),
            Some(Err(e)) => view! {
                <Problem error=e/>
                <p><button class="app-button app-button--secondary" type="button" on:click=move |_| load()>
                    {t("office-try-again")}
                </button></p>
            }
            .into_any(),
            Some(Ok(page)) => {
                let f = filters.get_untracked();
                let total = i18n::t_count(lang, "office-total", page.total as i64);
                let rows = page
                    .items
                    .into_iter()
                    .map(|item| view! { <InboxRow item=item/> })
                    .collect_view();
                let empty = page.total == 0;
                view! {
                    <StatusCounts counts=page.counts filters=f.clone() base=base.clone()/>
                    <p class="app-count" role="status">{total}</p>
                    {if empty {
                        view! { <p>{t("office-empty")}</p> }.into_any()
                    } else {
                        view! {
                            <div class="app-office-table-wrap" role="region" aria-labelledby="inbox-caption" tabindex="0">
                                <table class="app-office-table">
                                    <caption class="app-office-table__caption" id="inbox-caption">{t("office-inbox-caption")}</caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">{t("office-reference")}</th>
                                            <th scope="col">{t("office-applicant")}</th>
                                            <th scope="col">{t("office-programme")}</th>
                                            <th scope="col">{t("office-received")}</th>
                                            <th scope="col">{t("office-status")}</th>
                                            <th scope="col">{t("office-assignee")}</th>
                                        </tr>
                                    </thead>
                                    <tbody>{rows}</tbody>
                                </table>
                            </div>
                            <Pagination page=page.page pages=page.pages filters=f base=base/>
                        }
                        .into_any()
                    }}
                }
                .into_any()
            }
        }
    };
    view! {
        <OfficeTitle text=t("office-inbox")/>
        <h1 class="app-heading-xl">{t("office-inbox")}</h1>
        <InboxFilters filters=filters base=base/>
        <div aria-busy=move || loading.get().then_some("true")>{table}</div>
    }
}
