//! "Import an application" (issue 14): a file the person downloaded from "Мої заяви" or from a
//! form whose changes the device could not keep becomes a draft on this device again.

use crate::applications::use_applications;
use crate::browser;
use crate::locale::{href, t};
use crate::router::use_navigate;
use leptos::prelude::*;

/// A file input that reads a downloaded application back as a draft, and opens its summary.
#[component]
pub fn ImportApplication() -> impl IntoView {
    let apps = use_applications();
    let navigate = use_navigate();
    let problem = RwSignal::new(None::<&'static str>);
    let import = move |ev: leptos::ev::Event| {
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            let files = browser::read_files(&ev).await;
            let Some((_, bytes)) = files.into_iter().next() else {
                return;
            };
            match apps.import(&bytes) {
                Ok(programme) => {
                    problem.set(None);
                    navigate(
                        &href(&format!("/apply/{programme}/check")),
                        Default::default(),
                    );
                }
                Err(e) => {
                    problem.set(Some(e.message()));
                    browser::focus_id("import-file");
                }
            }
        });
    };
    let error = move || {
        problem.get().map(|id| {
            view! {
                <p class="app-error-message" id="import-file-error" role="alert">
                    <span class="app-visually-hidden">{t("check-error-prefix")}</span>{t(id)}
                </p>
            }
        })
    };
    view! {
        <div class="app-form-group">
            <h2 class="app-heading-m">{t("import-heading")}</h2>
            <label class="app-label" for="import-file">{t("import-label")}</label>
            <p class="app-hint" id="import-file-hint">{t("import-hint")}</p>
            {error}
            <input class="app-file" type="file" id="import-file" accept=".json,application/json"
                aria-describedby="import-file-hint"
                on:change=import/>
        </div>
    }
}
