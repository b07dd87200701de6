use crate::locale::use_lang;
use crate::office::api::ApiError;
use leptos::prelude::*;

/// A request that failed: what happened and what to do, announced at once.
#[component]
pub fn Problem(
    /// What went wrong.
    error: ApiError,
) -> impl IntoView {
    let text = error.explain(use_lang());
    view! {
        <div class="app-notice app-office-problem" role="alert">
            <p>{text}</p>
        </div>
    }
}
