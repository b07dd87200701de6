//! What happened to an application: saved on this device, sending, received by the community
//! (with its reference number), or refused (what to fix); and the list of drafts and applications.

use super::programme_title;
use crate::applications::{SendState, use_applications};
use crate::components::PageTitle;
use crate::locale::{href, t, use_lang};
use crate::url::with_query;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The message id that says where an application is.
fn state_message(s: SendState) -> &'static str {
    match s {
        SendState::Waiting => "apply-state-waiting",
        SendState::Sending => "apply-state-sending",
        SendState::Received => "apply-state-received",
        SendState::Refused => "apply-state-refused",
    }
}

/// `/applications/:id`: one application's state; the confirmation once it is received.
#[component]
pub fn SentPage() -> impl IntoView {
    crate::data::need_forms();
    let forms = crate::data::use_forms();
    let lang = use_lang();
    let apps = use_applications();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let item = move || {
        apps.outbox
            .with(|o| o.iter().find(|x| x.submission.id == id.get()).cloned())
    };
    move || {
        forms.track();
        let Some(item) = item() else {
            return view! { <crate::pages::NotFound/> }.into_any();
        };
        let title = programme_title(&item.submission.programme);
        match item.state {
            SendState::Received => {
                let reference = item.reference.clone().unwrap_or_default();
                let status = href(&with_query("/status", &[("reference", &reference)]));
                view! {
                    <PageTitle text=t("apply-received-title")/>
                    <div class="app-confirmation">
                        <h1 class="app-heading-xl">{t("apply-received-title")}</h1>
                        <p>{t("apply-reference")}<br/><strong class="app-reference">{reference}</strong></p>
                    </div>
                    <p>{title}</p>
                    <h2 class="app-heading-m">{t("apply-next-heading")}</h2>
                    <p>{t("apply-next-body")}</p>
                    <p><a href=status>{t("apply-see-status")}</a></p>
                    <p><a href=href("/applications")>{t("apply-my-applications")}</a></p>
                }
                .into_any()
            }
            SendState::Refused => {
                let id = item.submission.id.clone();
                let fix = move |_| {
                    if let Some(programme) = apps.restore(&id) {
                        crate::browser::load_page(&href(&format!("/apply/{programme}/check")));
                    }
                };
                let problem = item
                    .problem
                    .map(|p| p.get(lang).to_string())
                    .unwrap_or_default();
                view! {
                    <PageTitle text=t("apply-refused-title")/>
                    <h1 class="app-heading-xl">{t("apply-refused-title")}</h1>
                    <p>{title}</p>
                    <p class="app-notice" role="alert">{problem}</p>
                    <p><button class="app-button" type="button" on:click=fix>{t("apply-fix")}</button></p>
                }
                .into_any()
            }
            state => view! {
                <PageTitle text=t("apply-saved-title")/>
                <h1 class="app-heading-xl">{t("apply-saved-title")}</h1>
                <p>{title}</p>
                <p class="app-status" role="status">{t(state_message(state))}</p>
                {(!item.files.is_empty()).then(|| {
                    let total = item.files.len() as u32;
                    let text = i18n::t_args(lang, "apply-files-sent", &[
                        ("sent", i18n::Arg::Num(item.files_sent as i64)),
                        ("total", i18n::Arg::Num(total as i64)),
                    ]);
                    view! {
                        <label class="app-label" for="upload-progress">{t("apply-files")}</label>
                        <progress class="app-progress" id="upload-progress" max=total value=item.files_sent>{text.clone()}</progress>
                        <p class="app-hint">{text}</p>
                    }
                })}
                <p>{t("apply-saved-body")}</p>
                <p><a href=href("/applications")>{t("apply-my-applications")}</a></p>
            }
            .into_any(),
        }
    }
}

/// `/applications`: drafts to continue or delete, and the applications sent from this device.
#[component]
pub fn MyApplications() -> impl IntoView {
    crate::data::need_forms();
    let forms = crate::data::use_forms();
    let lang = use_lang();
    let apps = use_applications();
    let drafts = move || {
        forms.track();
        let list = apps.drafts.get();
        if list.is_empty() {
            return view! { <p>{t("apply-no-drafts")}</p> }.into_any();
        }
        list.into_iter()
            .map(|d| {
                let programme = d.programme.clone();
                let continue_href = href(&format!("/apply/{}", d.programme));
                let date = d.updated.get(..10).unwrap_or("").to_string();
                let title = programme_title(&d.programme);
                let delete_label = format!("{} {}", t("apply-delete-draft"), title);
                view! {
                    <div class="app-result">
                        <h3 class="app-heading-s"><a href=continue_href>{title}</a></h3>
                        <p class="app-hint">{i18n::t_args(lang, "apply-draft-saved", &[("date", i18n::Arg::Str(&date))])}</p>
                        <button class="app-link-button" type="button" aria-label=delete_label
                            on:click=move |_| apps.delete(&programme)>{t("apply-delete-draft")}</button>
                    </div>
                }
            })
            .collect_view()
            .into_any()
    };
    let sent = move || {
        forms.track();
        let list = apps.outbox.get();
        if list.is_empty() {
            return view! { <p>{t("apply-none-sent")}</p> }.into_any();
        }
        list.into_iter()
            .rev()
            .map(|o| {
                let link = href(&format!("/applications/{}", o.submission.id));
                let reference = o.reference.clone().map(|r| format!(" · {r}"));
                view! {
                    <div class="app-result">
                        <h3 class="app-heading-s"><a href=link>{programme_title(&o.submission.programme)}</a></h3>
                        <p>{t(state_message(o.state))}{reference}</p>
                    </div>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <PageTitle text=t("apply-my-applications")/>
        <h1 class="app-heading-xl">{t("apply-my-applications")}</h1>
        <h2 class="app-heading-m">{t("apply-drafts")}</h2>
        {drafts}
        <h2 class="app-heading-m">{t("apply-sent")}</h2>
        {sent}
        <p><a href=href("/status")>{t("apply-see-status")}</a></p>
        <p class="app-hint">{t("apply-kept-on-device")} " " <a href=href("/about")>{t("about-forget")}</a></p>
    }
}
