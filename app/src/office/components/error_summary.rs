use crate::locale::t;
use leptos::prelude::*;

/// The id the error summary has, to move focus to it.
pub const ERROR_SUMMARY: &str = "error-summary";

/// A form's problems at its top, each a link to its field; it takes focus when shown (the caller
/// moves focus with `browser::focus_id(ERROR_SUMMARY)`), and is announced (`role="alert"`).
#[component]
pub fn ErrorSummary(
    /// The problems: the field's id (empty for the whole form) and what to do, translated.
    #[prop(into)]
    errors: Signal<Vec<(&'static str, String)>>,
) -> impl IntoView {
    move || {
        let list = errors.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|(field, message)| {
                    if field.is_empty() {
                        view! { <li>{message}</li> }.into_any()
                    } else {
                        let target = format!("#{field}");
                        view! {
                            <li>
                                <a href=target on:click=move |ev| {
                                    // A link to a field moves focus there; it is no navigation.
                                    ev.prevent_default();
                                    crate::browser::focus_id(field);
                                }>{message}</a>
                            </li>
                        }
                        .into_any()
                    }
                })
                .collect_view();
            view! {
                <div class="app-error-summary" id=ERROR_SUMMARY role="alert" tabindex="-1">
                    <h2 class="app-error-summary__title">{t("check-error-title")}</h2>
                    <ul class="app-list">{items}</ul>
                </div>
            }
        })
    }
}
