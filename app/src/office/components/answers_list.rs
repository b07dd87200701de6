use crate::data;
use crate::locale::{t, use_lang};
use crate::office::present::{answer_rows, rnokpp_notice};
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The applicant's answers with the form's own questions, in the reader's language.
#[component]
pub fn AnswersList(
    /// The programme of the application (whose form asked the questions).
    programme: String,
    /// The answers, by field id.
    answers: BTreeMap<String, String>,
) -> impl IntoView {
    let lang = use_lang();
    let forms = data::use_forms();
    let state = data::use_forms_state();
    data::need_forms();
    move || {
        let form = crate::office::case::form_for(forms.get(), &programme);
        let failed = matches!(state.get(), data::LoadState::Failed(_));
        let rows = answer_rows(form, &answers, lang)
            .into_iter()
            .map(|row| {
                view! {
                    {row.section.map(|s| view! {
                        <div class="app-summary__row app-office-answers__section"><dt class="app-summary__key"><strong>{s}</strong></dt><dd class="app-summary__value"></dd></div>
                    })}
                    <div class="app-summary__row">
                        <dt class="app-summary__key">{row.label}</dt>
                        <dd class="app-summary__value">{row.value}</dd>
                    </div>
                }
            })
            .collect_view();
        let rnokpp = rnokpp_notice(form, &answers, lang);
        view! {
            {failed.then(|| view! { <p class="app-notice" role="alert">{t("office-forms-failed")}</p> })}
            {rnokpp.map(|n| view! { <p class="app-notice" id="rnokpp-mismatch">{n}</p> })}
            <dl class="app-summary app-office-answers">{rows}</dl>
        }
    }
}
