use leptos::prelude::*;

/// A secret or a link shown once, in a read-only field the person can select and copy.
#[component]
pub fn CopyField(
    /// The field's id.
    id: &'static str,
    /// Its label, already translated.
    label: String,
    /// What to tell about it (shown once, how long it lasts), already translated.
    hint: String,
    /// The value to copy.
    value: String,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="app-form-group app-office-copy">
            <label class="app-label" for=id>{label}</label>
            <p class="app-hint" id=hint_id.clone()>{hint}</p>
            <input class="app-input app-office-copy__value" id=id type="text" readonly
                aria-describedby=hint_id prop:value=value/>
        </div>
    }
}
