use crate::locale::{t, use_lang};
use crate::office::api::{Attachment, OFFICE_API};
use crate::office::present::{size, viewable};
use leptos::prelude::*;

/// Files: each with a link to view it in a new tab where the browser shows it safely (images and
/// PDF, sandboxed by the server) and a link to download it.
#[component]
pub fn AttachmentLinks(
    /// The files.
    files: Vec<Attachment>,
) -> impl IntoView {
    let lang = use_lang();
    let items = files
        .into_iter()
        .map(|a| {
            let url = format!("{OFFICE_API}/attachments/{}", crate::url::encode(&a.id.to_string()));
            let download = format!("{url}?download=1");
            let about = format!("{} ({})", a.name, size(a.size, lang));
            let view_label = format!("{} {} {}", t("office-view"), a.name, t("office-new-tab"));
            let download_label = format!("{} {}", t("office-download"), a.name);
            view! {
                <li class="app-office-file">
                    <span class="app-office-file__name">{about}</span>
                    " "
                    {viewable(&a.content_type).then(|| view! {
                        <a href=url.clone() target="_blank" rel="noopener" aria-label=view_label>
                            {t("office-view")}
                        </a>
                        " · "
                    })}
                    <a href=download download=a.name.clone() aria-label=download_label>{t("office-download")}</a>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="app-list app-office-files">{items}</ul> }
}
