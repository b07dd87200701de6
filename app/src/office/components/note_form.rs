use crate::browser;
use crate::locale::t;
use crate::office::actions::Action;
use crate::office::case::use_case;
use leptos::prelude::*;

/// An internal note: staff read it, the applicant never does.
#[component]
pub fn NoteForm() -> impl IntoView {
    let case = use_case();
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let action = Action::Note(text.get_untracked());
        if let Some(missing) = action.missing() {
            error.set(Some(missing.message));
            browser::focus_id(missing.field);
            return;
        }
        error.set(None);
        leptos::task::spawn_local(async move {
            if case.perform(action).await {
                text.set(String::new());
            }
        });
    };
    let described = move || {
        if error.get().is_some() {
            "note-text-hint note-text-error"
        } else {
            "note-text-hint"
        }
    };
    view! {
        <form class="app-office-action" novalidate on:submit=submit>
            <div class=move || if error.get().is_some() { "app-form-group app-form-group--error" } else { "app-form-group" }>
                <label class="app-label" for="note-text">{t("office-note")}</label>
                <p class="app-hint" id="note-text-hint">{t("office-note-hint")}</p>
                {move || error.get().map(|id| view! {
                    <p class="app-error-message" id="note-text-error">
                        <span class="app-visually-hidden">{t("check-error-prefix")}</span>{t(id)}
                    </p>
                })}
                <textarea class="app-input app-textarea" id="note-text" rows="3" aria-describedby=described
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            </div>
            <button class="app-button app-button--secondary" type="submit">{t("office-add-note")}</button>
        </form>
    }
}
