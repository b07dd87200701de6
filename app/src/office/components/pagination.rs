use crate::locale::{t, use_lang};
use crate::office::filters::Filters;
use leptos::prelude::*;

/// Previous and next pages of the inbox, and where this page is ("page 2 of 3").
#[component]
pub fn Pagination(
    /// This page (from 1).
    page: u32,
    /// How many pages there are.
    pages: u32,
    /// The filters in the address.
    filters: Filters,
    /// The inbox's path in the current language.
    base: String,
) -> impl IntoView {
    let lang = use_lang();
    let pages = pages.max(1);
    let position = i18n::t_args(
        lang,
        "office-page-of",
        &[
            ("page", i18n::Arg::Num(i64::from(page))),
            ("pages", i18n::Arg::Num(i64::from(pages))),
        ],
    );
    let previous = (page > 1).then(|| filters.on_page(page - 1).href(&base));
    let next = (page < pages).then(|| filters.on_page(page + 1).href(&base));
    view! {
        <nav class="app-office-pagination" aria-label=t("office-pages")>
            {previous.map(|h| view! {
                <a href=h class="app-office-pagination__link" rel="prev">{t("office-previous")}</a>
            })}
            <p class="app-office-pagination__position">{position}</p>
            {next.map(|h| view! {
                <a href=h class="app-office-pagination__link" rel="next">{t("office-next")}</a>
            })}
        </nav>
    }
}
