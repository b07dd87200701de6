use crate::browser;
use crate::data;
use crate::locale::{t, use_lang};
use crate::office::actions::Action;
use crate::office::case::use_case;
use crate::office::present::{needs_message, next_statuses, status_id};
use leptos::prelude::*;

/// A change of status: the new status, the message the applicant reads (what is needed, or the
/// reason of a refusal; optional with a grant) and, when asking for more, the documents.
#[component]
pub fn StatusForm() -> impl IntoView {
    let lang = use_lang();
    let case = use_case();
    let forms = data::use_forms();
    let status = RwSignal::new(String::new());
    let message = RwSignal::new(String::new());
    let documents = RwSignal::new(Vec::<String>::new());
    let error = RwSignal::new(None::<(&'static str, &'static str)>);
    let current_status = Memo::new(move |_| {
        case.detail
            .with(|d| d.as_ref().map(|d| d.status.clone()).unwrap_or_default())
    });
    let current = move || current_status.get();
    // After the status changed (here or, as a stale change showed, elsewhere), choose again;
    // another change (a note, an assignee) keeps the choice and the message.
    Effect::new(move |previous: Option<String>| {
        let now = current();
        if previous.is_some_and(|p| p != now) {
            status.set(String::new());
        }
        now
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let action = Action::Status {
            status: status.get_untracked(),
            message: message.get_untracked(),
            documents: documents.get_untracked(),
        };
        if let Some(missing) = action.missing() {
            error.set(Some((missing.field, missing.message)));
            let field = if missing.field == "status-new" {
                // The first radio button stands for the group.
                "status-new-0"
            } else {
                missing.field
            };
            browser::focus_id(field);
            return;
        }
        error.set(None);
        leptos::task::spawn_local(async move {
            if case.perform(action).await {
                message.set(String::new());
                documents.set(Vec::new());
            }
        });
    };
    let error_for = move |field: &'static str| {
        move || {
            error.get().filter(|(f, _)| *f == field).map(|(_, id)| {
                let error_id = format!("{field}-error");
                view! {
                    <p class="app-error-message" id=error_id>
                        <span class="app-visually-hidden">{t("check-error-prefix")}</span>{t(id)}
                    </p>
                }
            })
        }
    };
    let group_class = move |field: &'static str| {
        move || {
            if error.get().is_some_and(|(f, _)| f == field) {
                "app-form-group app-form-group--error"
            } else {
                "app-form-group"
            }
        }
    };
    let described = move |field: &'static str, hint: &'static str| {
        move || {
            if error.get().is_some_and(|(f, _)| f == field) {
                format!("{hint} {field}-error")
            } else {
                hint.to_string()
            }
        }
    };
    let radios = move || {
        next_statuses(&current())
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                let id = format!("status-new-{i}");
                view! {
                    <div class="app-radios__item">
                        <input class="app-radios__input" type="radio" name="status-new" id=id.clone() value=s
                            prop:checked=move || status.get() == s
                            on:change=move |_| status.set(s.to_string())/>
                        <label class="app-radios__label" for=id>{t(status_id(s))}</label>
                    </div>
                }
            })
            .collect_view()
    };
    let message_label = move || {
        t(match status.get().as_str() {
            "refused" => "office-reason",
            "need-info" => "office-request",
            _ => "office-message-optional",
        })
    };
    let documents_choice = move || {
        (status.get() == "need-info").then(|| {
            let programme = case.detail.with(|d| d.as_ref().map(|d| d.programme.clone())).unwrap_or_default();
            let docs: Vec<(String, String)> = crate::office::case::form_for(forms.get(), &programme)
                .map(|form| {
                    form.documents
                        .iter()
                        .map(|d| (d.id.clone(), d.label.get(lang).to_string()))
                        .collect()
                })
                .unwrap_or_default();
            let boxes = docs
                .into_iter()
                .enumerate()
                .map(|(i, (id, label))| {
                    let input_id = format!("status-doc-{i}");
                    let (id_check, id_change) = (id.clone(), id.clone());
                    view! {
                        <div class="app-checkbox">
                            <input class="app-checkbox__input" type="checkbox" id=input_id.clone() value=id
                                prop:checked=move || documents.with(|d| d.contains(&id_check))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    documents.update(|d| {
                                        d.retain(|x| *x != id_change);
                                        if on {
                                            d.push(id_change.clone());
                                        }
                                    });
                                }/>
                            <label class="app-checkbox__label" for=input_id>{label}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="app-fieldset">
                    <legend class="app-fieldset__legend">{t("office-documents-asked")}</legend>
                    <p class="app-hint">{t("office-documents-asked-hint")}</p>
                    {boxes}
                </fieldset>
            }
        })
    };
    view! {
        {move || (!next_statuses(&current()).is_empty()).then(|| view! {
            <form class="app-office-action" novalidate on:submit=submit aria-labelledby="status-heading">
                <h2 class="app-heading-m" id="status-heading">{t("office-change-status")}</h2>
                <div class=group_class("status-new")>
                    <fieldset class="app-fieldset" aria-describedby=move || error.get().is_some_and(|(f, _)| f == "status-new").then_some("status-new-error")>
                        <legend class="app-fieldset__legend">{t("office-new-status")}</legend>
                        {error_for("status-new")}
                        {radios}
                    </fieldset>
                </div>
                {documents_choice}
                <div class=group_class("status-message")>
                    <label class="app-label" for="status-message">{message_label}</label>
                    <p class="app-hint" id="status-message-hint">{t("office-message-hint")}</p>
                    {error_for("status-message")}
                    <textarea class="app-input app-textarea" id="status-message" rows="4"
                        aria-describedby=described("status-message", "status-message-hint")
                        aria-required=move || needs_message(&status.get()).then_some("true")
                        prop:value=move || message.get() on:input=move |ev| message.set(event_target_value(&ev))></textarea>
                </div>
                <button class="app-button" type="submit">{t("office-change-status")}</button>
            </form>
        })}
    }
}
