use crate::locale::{t, use_lang};
use crate::office::case::{OUTCOME, use_case};
use crate::office::present::{action, by, when};
use leptos::prelude::*;

/// What became of the last change: saved; refused because someone changed the application
/// meanwhile (who changed what, and that the page now shows the current state); or failed.
/// It takes focus, so a keyboard or screen reader user hears it.
#[component]
pub fn CaseOutcome() -> impl IntoView {
    let lang = use_lang();
    let case = use_case();
    move || {
        if let Some(changes) = case.stale.get() {
            // No staff member's change: the applicant answered meanwhile.
            let applicant = changes
                .is_empty()
                .then(|| view! { <li>{t("office-stale-applicant")}</li> });
            let items = changes
                .into_iter()
                .map(|c| {
                    let who =
                        c.by.map(|b| by(&b.name, &b.role, lang))
                            .unwrap_or_else(|| t("office-someone"));
                    view! { <li>{when(&c.at)} " — " {who} ": " {action(&c.action, lang)}</li> }
                })
                .collect_view();
            return view! {
                <div class="app-error-summary app-office-stale" id=OUTCOME role="alert" tabindex="-1">
                    <h2 class="app-error-summary__title">{t("office-stale-title")}</h2>
                    <p>{t("office-stale-changes")}</p>
                    <ul class="app-list app-list--bullet">{applicant}{items}</ul>
                    <p>{t("office-stale-body")}</p>
                </div>
            }
            .into_any();
        }
        if let Some(e) = case.failure.get() {
            return view! {
                <div class="app-error-summary" id=OUTCOME role="alert" tabindex="-1">
                    <h2 class="app-error-summary__title">{t("office-change-failed")}</h2>
                    <p>{e.explain(lang)}</p>
                </div>
            }
            .into_any();
        }
        if let Some(id) = case.done.get() {
            return view! {
                <div class="app-notice app-office-done" id=OUTCOME role="status" tabindex="-1">
                    <p>{t(id)}</p>
                </div>
            }
            .into_any();
        }
        ().into_any()
    }
}
