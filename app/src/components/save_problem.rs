//! What the page says, where the person is typing, when the device did not keep a change
//! (issue 14): what happened, and what to do — free space on the phone, or download the
//! application as a file.

use crate::applications::use_applications;
use crate::locale::t;
use leptos::prelude::*;

/// The device did not keep the last change: why, and what to do. Nothing while changes are kept.
/// An alert, put on the page when it happens: a screen reader says it at once.
#[component]
pub fn SaveProblem(
    /// The programme whose draft can be downloaded as a file; `None` where there is no draft (a
    /// reply to the community).
    #[prop(optional)]
    programme: Option<&'static str>,
) -> impl IntoView {
    let apps = use_applications();
    let downloaded = RwSignal::new(None::<bool>);
    move || {
        let problem = apps.problem.get()?;
        let download = programme.map(|p| {
            view! {
                <p>{t("save-download-hint")}</p>
                <p>
                    <button class="app-button app-button--secondary" type="button" id="save-download"
                        on:click=move |_| downloaded.set(Some(apps.download(p)))>{t("save-download")}</button>
                </p>
                {move || downloaded.get().map(|ok| view! {
                    <p>{t(if ok { "save-downloaded" } else { "save-download-failed" })}</p>
                })}
            }
        });
        Some(view! {
            <div class="app-notice" id="save-problem" role="alert">
                <h2 class="app-notice__title">{t("save-problem-title")}</h2>
                <p>{t(problem.message())}</p>
                {download}
            </div>
        })
    }
}
