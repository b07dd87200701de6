//! What happened to an application: saved on this device, sending, received by the community
//! (with its reference number and the secret code, to copy, write down or print), or refused
//! (what to fix); and the list of drafts and applications, with each one's status as the back
//! office tells it now.

use super::{programme_title, status_message, when};
use crate::applications::{SendState, Shown, shown_code, use_applications};
use crate::components::PageTitle;
use crate::locale::{href, t, use_lang};
use crate::router::use_params_map;
use crate::url::with_query;
use leptos::prelude::*;

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
    let navigate = crate::router::use_navigate();
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
                let code = item.token.as_deref().map(shown_code);
                let email = item
                    .submission
                    .answers
                    .get("email")
                    .map(|e| e.trim().to_string())
                    .filter(|e| !e.is_empty());
                view! {
                    <PageTitle text=t("apply-received-title")/>
                    <div class="app-confirmation">
                        <h1 class="app-heading-xl">{t("apply-received-title")}</h1>
                        <p>{t("apply-reference")}<br/><strong class="app-reference">{reference}</strong></p>
                    </div>
                    <p>{title}</p>
                    {code.map(|code| view! { <Receipt code=code email=email/> })}
                    <h2 class="app-heading-m">{t("apply-next-heading")}</h2>
                    <p>{t("apply-next-body")}</p>
                    <p class="app-no-print"><a href=status>{t("apply-see-status")}</a></p>
                    <p class="app-no-print"><a href=href("/applications")>{t("apply-my-applications")}</a></p>
                }
                .into_any()
            }
            SendState::Refused => {
                let id = item.submission.id.clone();
                let navigate = navigate.clone();
                // Within this app: a page load here could cut off the device's write of the draft
                // put back (the form then came back empty).
                let fix = move |_| {
                    if let Some(programme) = apps.restore(&id) {
                        navigate(
                            &href(&format!("/apply/{programme}/check")),
                            Default::default(),
                        );
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
                <crate::components::SaveProblem/>
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

/// The secret code on the receipt: what it is for, in a form a person can copy, write down or
/// print.
#[component]
fn Receipt(
    /// The code, in four groups.
    code: String,
    /// The e-mail address the code was also sent to, if the person gave one.
    email: Option<String>,
) -> impl IntoView {
    let lang = use_lang();
    // Each group with the dash after it, kept together: a narrow screen breaks the code between
    // groups, and what is selected and copied is the code as written.
    let groups = {
        let parts: Vec<&str> = code.split('-').collect();
        let last = parts.len().saturating_sub(1);
        parts
            .iter()
            .enumerate()
            .map(|(i, g)| {
                let text = if i < last {
                    format!("{g}-")
                } else {
                    g.to_string()
                };
                view! { <span class="app-code__group">{text}</span> }
            })
            .collect_view()
    };
    // `None` until the person copies; then whether the browser let it.
    let copied = RwSignal::new(None::<bool>);
    let copy = {
        let code = code.clone();
        move |_| {
            let code = code.clone();
            leptos::task::spawn_local(async move {
                copied.set(Some(crate::browser::copy_text(&code).await));
            });
        }
    };
    view! {
        <section class="app-code-box" aria-labelledby="receipt-code-heading">
            <h2 class="app-heading-m" id="receipt-code-heading">{t("receipt-code-heading")}</h2>
            <p>{t("receipt-code-body")}</p>
            <p class="app-code" id="receipt-code">{groups}</p>
            {email.map(|e| view! {
                <p>{i18n::t_args(lang, "receipt-code-emailed", &[("email", i18n::Arg::Str(&e))])}</p>
            })}
            <p>{t("receipt-code-kept")}</p>
            <p class="app-actions app-no-print">
                <button class="app-button app-button--secondary" type="button" on:click=copy>{t("receipt-copy")}</button>
                " "
                <button class="app-button app-button--secondary" type="button"
                    on:click=|_| crate::browser::print()>{t("receipt-print")}</button>
            </p>
            <p class="app-no-print" role="status">
                {move || copied.get().map(|ok| if ok {
                    view! { <span class="app-status">{t("receipt-copied")}</span> }.into_any()
                } else {
                    view! { <span class="app-error-message">{t("receipt-copy-failed")}</span> }.into_any()
                })}
            </p>
        </section>
    }
}

/// What the list says of one application: its state or status, since when, and what the
/// community asks for.
fn shown_line(lang: catalogue::Lang, shown: &Shown) -> (String, Option<String>) {
    let since =
        |at: &str| i18n::t_args(lang, "status-since", &[("date", i18n::Arg::Str(&when(at)))]);
    match shown {
        Shown::Waiting => (i18n::t(lang, state_message(SendState::Waiting)), None),
        Shown::Sending => (i18n::t(lang, state_message(SendState::Sending)), None),
        Shown::Refused => (i18n::t(lang, state_message(SendState::Refused)), None),
        Shown::Received => (i18n::t(lang, state_message(SendState::Received)), None),
        Shown::NeedInfo { since: at, .. } => {
            (i18n::t(lang, status_message("need-info")), Some(since(at)))
        }
        Shown::Status { status, since: at } => {
            (i18n::t(lang, status_message(status)), Some(since(at)))
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
                let download_label = format!("{} {}", t("save-download"), title);
                let download = programme.clone();
                view! {
                    <div class="app-result">
                        <h3 class="app-heading-s"><a href=continue_href>{title}</a></h3>
                        <p class="app-hint">{i18n::t_args(lang, "apply-draft-saved", &[("date", i18n::Arg::Str(&date))])}</p>
                        <button class="app-link-button" type="button" aria-label=delete_label
                            on:click=move |_| apps.delete(&programme)>{t("apply-delete-draft")}</button>
                        " "
                        <button class="app-link-button" type="button" aria-label=download_label
                            on:click=move |_| { apps.download(&download); }>{t("save-download")}</button>
                    </div>
                }
            })
            .collect_view()
            .into_any()
    };
    // The statuses, asked of the back office now (and again when the connection returns, and when
    // the community receives an answer).
    apps.refresh();
    Effect::new(move |seen: Option<u32>| {
        let now = apps.replied.get();
        if seen.is_some_and(|s| s != now) {
            apps.refresh();
        }
        now
    });
    let sent = move || {
        forms.track();
        let list = apps.outbox.get();
        if list.is_empty() {
            return view! { <p>{t("apply-none-sent")}</p> }.into_any();
        }
        let replies = apps.replies.get();
        list.into_iter()
            .rev()
            .map(|o| {
                let shown = Shown::of(&o);
                let (line, since) = shown_line(lang, &shown);
                let link = href(&format!("/applications/{}", o.submission.id));
                let status_link = o
                    .reference
                    .as_deref()
                    .map(|r| href(&with_query("/status", &[("reference", r)])));
                let number = o.reference.clone().map(|r| {
                    i18n::t_args(lang, "apply-number", &[("number", i18n::Arg::Str(&r))])
                });
                let waiting = replies
                    .iter()
                    .filter(|r| Some(&r.reference) == o.reference.as_ref())
                    .filter(|r| r.state != SendState::Received)
                    .count();
                let request = match &shown {
                    Shown::NeedInfo { since, request } => Some((when(since), request.clone())),
                    _ => None,
                };
                let asked = request.is_some();
                let checked = o.remote.as_ref().map(|r| when(&r.checked_at));
                let title = programme_title(&o.submission.programme);
                let about = format!("{title}{}", number.clone().map(|n| format!(", {n}")).unwrap_or_default());
                view! {
                    <div class="app-result">
                        <h3 class="app-heading-s"><a href=link>{title.clone()}</a></h3>
                        {number.map(|n| view! { <p class="app-caption">{n}</p> })}
                        <p><strong>{line}</strong> {since.map(|s| format!(" ({s})"))}</p>
                        {request.map(|(at, text)| view! {
                            <div class="app-notice">
                                <p><strong>{i18n::t_args(lang, "apply-need-info", &[("date", i18n::Arg::Str(&at))])}</strong></p>
                                {text.map(|text| view! { <p class="app-pre">{text}</p> })}
                            </div>
                        })}
                        {(waiting > 0).then(|| view! {
                            <p class="app-status">{i18n::t_count(lang, "apply-replies-waiting", waiting as i64)}</p>
                        })}
                        {status_link.map(|l| {
                            let text = if asked { t("status-answer") } else { t("apply-details") };
                            view! {
                                <p><a href=l>{text}<span class="app-visually-hidden">{format!(" — {about}")}</span></a></p>
                            }
                        })}
                        {checked.map(|c| view! {
                            <p class="app-hint">{i18n::t_args(lang, "apply-checked-at", &[("date", i18n::Arg::Str(&c))])}</p>
                        })}
                    </div>
                }
            })
            .collect_view()
            .into_any()
    };
    // Answers sent from this device to applications sent from another.
    let other_replies = move || {
        let known: Vec<String> = apps
            .outbox
            .with(|o| o.iter().filter_map(|x| x.reference.clone()).collect());
        let others: Vec<_> = apps.replies.with(|r| {
            r.iter()
                .filter(|x| !known.contains(&x.reference))
                .cloned()
                .collect()
        });
        (!others.is_empty()).then(|| {
            let items = others
                .into_iter()
                .rev()
                .map(|r| {
                    let state = match r.state {
                        SendState::Waiting => t("reply-waiting"),
                        SendState::Sending => t("reply-sending"),
                        SendState::Received => i18n::t_args(lang, "reply-sent", &[
                            ("date", i18n::Arg::Str(&r.sent_at.as_deref().map(when).unwrap_or_default())),
                        ]),
                        SendState::Refused => t("reply-refused"),
                    };
                    let number = i18n::t_args(lang, "apply-number", &[("number", i18n::Arg::Str(&r.reference))]);
                    let link = href(&with_query("/status", &[("reference", &r.reference)]));
                    view! {
                        <div class="app-result">
                            <h3 class="app-heading-s"><a href=link>{number}</a></h3>
                            <p>{i18n::t_args(lang, "reply-of", &[("date", i18n::Arg::Str(&when(&r.queued_at)))])}</p>
                            <p><strong>{state}</strong></p>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <h2 class="app-heading-m">{t("apply-replies-other")}</h2>
                {items}
            }
        })
    };
    let refresh_failed = move || {
        (apps.refreshed.get() == Some(false)).then(|| {
            view! { <p class="app-notice" role="status">{t("apply-refresh-failed")}</p> }
        })
    };
    view! {
        <PageTitle text=t("apply-my-applications")/>
        <h1 class="app-heading-xl">{t("apply-my-applications")}</h1>
        <h2 class="app-heading-m">{t("apply-drafts")}</h2>
        {drafts}
        <crate::components::SaveProblem/>
        <h2 class="app-heading-m">{t("apply-sent")}</h2>
        {refresh_failed}
        {sent}
        {other_replies}
        <p><a href=href("/status")>{t("apply-see-status")}</a></p>
        <crate::components::ImportApplication/>
        <p class="app-hint">{t("apply-kept-on-device")} " " <a href=href("/about")>{t("about-forget")}</a></p>
    }
}
