use crate::locale::t;
use leptos::prelude::*;

/// A labelled text area with its hint and error wired to it by `aria-describedby`, GOV.UK style:
/// for a list typed one item a line, or a longer text.
#[component]
pub fn TextArea(
    /// The text area's id (the error summary links to it).
    id: &'static str,
    /// The label, already translated.
    label: String,
    /// A hint under the label, already translated.
    #[prop(optional)]
    hint: Option<String>,
    /// The value, as typed.
    value: RwSignal<String>,
    /// The field's error, if any, already translated.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// How many lines it shows.
    #[prop(default = 3)]
    rows: u32,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let has_hint = hint.is_some();
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let group = move || {
        if error.get().is_some() {
            "app-form-group app-form-group--error"
        } else {
            "app-form-group"
        }
    };
    view! {
        <div class=group>
            <label class="app-label" for=id>{label}</label>
            {hint.map(|h| view! { <p class="app-hint" id=hint_id.clone()>{h}</p> })}
            {move || error.get().map(|m| view! {
                <p class="app-error-message" id=error_id.clone()>
                    <span class="app-visually-hidden">{t("check-error-prefix")}</span>{m}
                </p>
            })}
            <textarea
                class="app-textarea"
                id=id
                name=id
                rows=rows
                aria-describedby=described
                aria-invalid=move || error.get().is_some().then_some("true")
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            ></textarea>
        </div>
    }
}
