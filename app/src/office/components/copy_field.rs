use crate::browser;
use crate::locale::t;
use leptos::prelude::*;

/// A secret or a link shown once, in a read-only field the person can select and copy, with a
/// button that copies it (and says whether the browser let it).
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
    /// The copy button's text, already translated.
    copy: String,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let copied = RwSignal::new(None::<bool>);
    let to_copy = value.clone();
    let on_copy = move |_| {
        let text = to_copy.clone();
        leptos::task::spawn_local(async move {
            copied.set(Some(browser::copy_text(&text).await));
        });
    };
    view! {
        <div class="app-form-group app-office-copy">
            <label class="app-label" for=id>{label}</label>
            <p class="app-hint" id=hint_id.clone()>{hint}</p>
            <input class="app-input app-office-copy__value" id=id type="text" readonly
                aria-describedby=hint_id prop:value=value/>
            <p class="app-office-copy__actions">
                <button class="app-button app-button--secondary" type="button" on:click=on_copy>{copy}</button>
            </p>
            <p role="status" class="app-hint">
                {move || copied.get().map(|ok| t(if ok { "office-copied" } else { "office-copy-failed" }))}
            </p>
        </div>
    }
}
