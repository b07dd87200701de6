//! The summary of answers, each with a link to change it (GOV.UK "check your answers").

use super::{RulesState, answer_text, question_href};
use crate::components::PageTitle;
use crate::data;
use crate::locale::{href, t, use_lang};
use crate::screening::use_screening;
use leptos::prelude::*;

/// `/check/answers`.
#[component]
pub fn CheckAnswers() -> impl IntoView {
    data::need_rules();
    data::need_communities();
    let rules = data::use_rules();
    let screening = use_screening();
    let lang = use_lang();
    let forgotten = RwSignal::new(false);
    let rows = move || {
        let rules = rules.get()?;
        // Names of communities appear once they are loaded.
        data::use_communities().track();
        let answers = screening.answers.get();
        let rows: Vec<_> = rules
            .facts
            .iter()
            .filter_map(|f| Some((f, answer_text(f, &answers, lang)?)))
            .map(|(f, text)| {
                let change = format!("{} ", t("check-change"));
                view! {
                    <div class="app-summary__row">
                        <dt class="app-summary__key">{f.question.get(lang).to_string()}</dt>
                        <dd class="app-summary__value">{text}</dd>
                        <dd class="app-summary__action">
                            <a href=question_href(&f.id, true)>
                                {change}<span class="app-visually-hidden">{f.question.get(lang).to_string()}</span>
                            </a>
                        </dd>
                    </div>
                }
            })
            .collect();
        Some(if rows.is_empty() {
            view! { <p>{t("check-no-answers")}</p> }.into_any()
        } else {
            view! { <dl class="app-summary">{rows}</dl> }.into_any()
        })
    };
    view! {
        <PageTitle text=t("check-your-answers")/>
        <h1 class="app-heading-xl">{t("check-your-answers")}</h1>
        <RulesState/>
        {rows}
        <p class="app-actions">
            <a href=href("/check/results") class="app-button">{t("check-see-results")}</a>
        </p>
        <p class="app-actions">
            <a href=href("/check/question")>{t("check-continue")}</a> " · "
            <button class="app-link-button" type="button" on:click=move |_| {
                screening.forget();
                forgotten.set(true);
            }>{t("check-forget")}</button>
        </p>
        <p class="app-status" role="status">{move || forgotten.get().then(|| t("check-forgotten"))}</p>
    }
}
