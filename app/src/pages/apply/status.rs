//! `/status`: an application's status, its history, the conversation with the community, who at
//! the community opened it, and the applicant's answer — by its reference number and the secret
//! code, from any device. An answer (a message and documents) goes through the outbox, like an
//! application: kept on the device first, sent exactly once.

use super::fill::{kilobytes, summary, take_files};
use super::{document_label, programme_title, role_message, status_message, when};
use crate::applications::{
    Attachment, SendState, StatusError, StatusView, code_for_request, fetch_status,
    use_applications,
};
use crate::browser;
use crate::components::PageTitle;
use crate::locale::{t, use_lang};
use crate::router::use_query_map;
use forms::FieldError;
use leptos::prelude::*;

/// A problem with what was typed, shown in the error summary and at the field.
fn problem(field: &str, id: &str) -> FieldError {
    FieldError {
        field: field.to_string(),
        code: id.to_string(),
        message: catalogue::Text {
            uk: i18n::t(catalogue::Lang::Uk, id),
            en: i18n::t(catalogue::Lang::En, id),
        },
    }
}

/// The message of the error at `field`, if any.
fn error_at(errors: RwSignal<Vec<FieldError>>, field: &'static str) -> Signal<Option<String>> {
    let lang = use_lang();
    Signal::derive(move || {
        errors.with(|es| {
            es.iter()
                .find(|e| e.field == field)
                .map(|e| e.message.get(lang).to_string())
        })
    })
}

/// A field's error message, with its visually hidden prefix.
fn error_message(id: &'static str, error: Signal<Option<String>>) -> impl IntoView {
    move || {
        error.get().map(|m| {
            view! {
                <p class="app-error-message" id=id>
                    <span class="app-visually-hidden">{t("check-error-prefix")}</span>{m}
                </p>
            }
        })
    }
}

/// The ids an input is described by: its hint, and its error while there is one.
fn described_by(
    hint: &'static str,
    error_id: &'static str,
    error: Signal<Option<String>>,
) -> impl Fn() -> String {
    move || {
        if error.get().is_some() {
            format!("{hint} {error_id}")
        } else {
            hint.to_string()
        }
    }
}

/// The form group's class: marked while its field is in error.
fn group_class(error: Signal<Option<String>>) -> impl Fn() -> &'static str {
    move || {
        if error.get().is_some() {
            "app-form-group app-form-group--error"
        } else {
            "app-form-group"
        }
    }
}

/// The status page.
#[component]
pub fn StatusPage() -> impl IntoView {
    crate::data::need_forms();
    let forms = crate::data::use_forms();
    let apps = use_applications();
    let query = use_query_map();
    let start = query.read_untracked().get("reference").unwrap_or_default();
    // The code is kept on the device that sent the application (or answered it).
    let known = apps.token_for(start.trim());
    let reference = RwSignal::new(start);
    let token = RwSignal::new(known.clone().unwrap_or_default());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let checking = RwSignal::new(false);
    // The reference and the code the status was shown for, and the status.
    let result = RwSignal::new(None::<Result<(String, StatusView), StatusError>>);

    let look_up = move |by_hand: bool| {
        let r = reference.get_untracked().trim().to_string();
        let typed = token.get_untracked();
        let mut found = Vec::new();
        if r.is_empty() {
            found.push(problem("status-reference", "status-reference-missing"));
        }
        let code = code_for_request(&typed);
        if typed.trim().is_empty() {
            found.push(problem("status-token", "status-token-missing"));
        } else if code.is_none() {
            found.push(problem("status-token", "status-token-invalid"));
        }
        let has_errors = !found.is_empty();
        errors.set(found);
        if has_errors {
            result.set(None);
            request_animation_frame(|| browser::focus_id("status-error-summary"));
            return;
        }
        let code = code.unwrap_or_default();
        checking.set(true);
        leptos::task::spawn_local(async move {
            let answer = fetch_status(&r, &code).await;
            if let Ok(view) = &answer {
                apps.keep_status(view);
            }
            checking.set(false);
            result.set(Some(answer.map(|v| (code, v))));
            if by_hand {
                request_animation_frame(|| browser::focus_id("status-result"));
            }
        });
    };
    // Opened from "Мої заяви" (or the receipt): the device knows the code, so the status is shown
    // at once.
    if known.is_some() {
        look_up(false);
    }
    // An answer the community has just received changes the status: it is asked again.
    Effect::new(move |seen: Option<u32>| {
        let now = apps.replied.get();
        if seen.is_some_and(|s| s != now)
            && let Some(Ok((code, v))) = result.get_untracked()
        {
            leptos::task::spawn_local(async move {
                if let Ok(view) = fetch_status(&v.reference, &code).await {
                    apps.keep_status(&view);
                }
            });
        }
        now
    });
    // A status asked meanwhile (the connection came back) is shown.
    Effect::new(move |_| {
        let Some(latest) = apps.latest.get() else {
            return;
        };
        let current = result.with_untracked(|r| match r {
            Some(Ok((code, v))) if v.reference == latest.reference => Some(code.clone()),
            _ => None,
        });
        if let Some(code) = current {
            result.set(Some(Ok((code, latest))));
        }
    });

    let shown = Memo::new(move |_| result.get().and_then(Result::ok));
    let failure = move || match result.get() {
        Some(Err(e)) => Some(view! { <p class="app-notice" role="alert">{t(e.message())}</p> }),
        _ => None,
    };
    let reference_error = error_at(errors, "status-reference");
    let token_error = error_at(errors, "status-token");
    // The answer's form and the answers from this device depend only on which application is
    // shown and whether it can still be answered, so that a new status does not clear what is
    // being typed.
    let answerable = Memo::new(move |_| {
        shown.with(|s| {
            s.as_ref().map(|(code, v)| {
                (
                    v.reference.clone(),
                    code.clone(),
                    v.status != "closed",
                    v.status == "need-info",
                )
            })
        })
    });
    // The answers from this device to the application shown; also when its status could not be
    // asked (offline): they are kept, and sent when the connection returns.
    let replies_for = Memo::new(move |_| {
        shown
            .with(|s| s.as_ref().map(|(_, v)| v.reference.clone()))
            .or_else(|| {
                matches!(result.get(), Some(Err(_))).then(|| reference.get().trim().to_string())
            })
    });
    let message = RwSignal::new(String::new());
    let files = RwSignal::new(Vec::<Attachment>::new());
    // The answer being written is kept on the device as it is typed: it is there again when the
    // application is next shown.
    let draft_of = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let Some(r) = shown.with(|s| s.as_ref().map(|(_, v)| v.reference.clone())) else {
            return;
        };
        if draft_of.get_untracked().as_deref() == Some(r.as_str()) {
            return;
        }
        if let Some(d) = apps.reply_draft(&r) {
            message.set(d.message);
            files.set(d.files);
        }
        draft_of.set(Some(r));
    });
    view! {
        <PageTitle text=t("status-title")/>
        <h1 class="app-heading-xl">{t("status-title")}</h1>
        <p>{t("status-lead")}</p>
        {summary(errors, "status-error-summary", "")}
        <form class="app-question" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            look_up(true);
        }>
            <div class=group_class(reference_error)>
                <label class="app-label" for="status-reference">{t("status-reference")}</label>
                <p class="app-hint" id="status-reference-hint">{t("status-reference-hint")}</p>
                {error_message("status-reference-error", reference_error)}
                <input class="app-input app-input--number" id="status-reference" autocomplete="off"
                    aria-describedby=described_by("status-reference-hint", "status-reference-error", reference_error)
                    aria-invalid=move || reference_error.get().is_some().then_some("true")
                    prop:value=move || reference.get()
                    on:input=move |ev| {
                        let r = event_target_value(&ev);
                        if let Some(tk) = apps.token_for(r.trim()) {
                            token.set(tk);
                        }
                        reference.set(r);
                    }/>
            </div>
            <div class=group_class(token_error)>
                <label class="app-label" for="status-token">{t("status-token")}</label>
                <p class="app-hint" id="status-token-hint">{t("status-token-hint")}</p>
                {error_message("status-token-error", token_error)}
                <input class="app-input app-input--code" id="status-token" autocomplete="off"
                    autocapitalize="characters" spellcheck="false"
                    aria-describedby=described_by("status-token-hint", "status-token-error", token_error)
                    aria-invalid=move || token_error.get().is_some().then_some("true")
                    prop:value=move || token.get()
                    on:input=move |ev| token.set(event_target_value(&ev))/>
            </div>
            <button class="app-button" type="submit">{t("status-look-up")}</button>
            <p class="app-hint" role="status">{move || checking.get().then(|| t("status-checking"))}</p>
        </form>
        {failure}
        {move || {
            forms.track();
            shown.get().map(|(_, v)| view! { <StatusShown view=v/> })
        }}
        {move || {
            replies_for.get().map(|reference| view! {
                <RepliesOnDevice reference=reference message=message files=files/>
            })
        }}
        {move || {
            answerable.get().and_then(|(reference, code, open, need_info)| open.then(|| view! {
                <ReplyForm reference=reference code=code need_info=need_info
                    message=message files=files/>
            }))
        }}
        {move || {
            forms.track();
            shown.get().map(|(_, v)| view! { <Conversation view=v/> })
        }}
        {move || shown.get().map(|(_, v)| view! { <History view=v/> })}
    }
}

/// The status, the community's decision or request, in a live region.
#[component]
fn StatusShown(
    /// What the back office said.
    view: StatusView,
) -> impl IntoView {
    let lang = use_lang();
    let since = view
        .history
        .iter()
        .rev()
        .find(|h| h.status == view.status)
        .map(|h| when(&h.at));
    // The latest word from the community: a decision's reason, or what it asks for.
    let latest = view
        .messages
        .iter()
        .rev()
        .find(|m| m.from == "staff")
        .map(|m| m.text.clone())
        .filter(|m| !m.trim().is_empty())
        .or_else(|| {
            view.history
                .iter()
                .rev()
                .find(|h| h.status == view.status)
                .and_then(|h| h.note.clone())
        });
    let decided = matches!(view.status.as_str(), "approved" | "refused");
    let decision = (decided).then(|| {
        latest.clone().map(|text| {
            view! {
                <div class="app-inset">
                    <h3 class="app-heading-s">{t("status-decision")}</h3>
                    <p class="app-pre">{text}</p>
                </div>
            }
        })
    });
    let request = (view.status == "need-info").then(|| {
        let documents = view
            .requested
            .iter()
            .map(|d| view! { <li>{document_label(&view.programme, d)}</li> })
            .collect_view();
        let has_documents = !view.requested.is_empty();
        view! {
            <div class="app-notice">
                <h3 class="app-notice__title">{t("status-request-heading")}</h3>
                {latest.clone().map(|text| view! { <p class="app-pre">{text}</p> })}
                {has_documents.then(|| view! {
                    <p>{t("status-requested-documents")}</p>
                    <ul class="app-list app-list--bullet">{documents}</ul>
                })}
                <p class="app-no-print"><a href="#reply-heading" on:click=|ev| {
                    ev.prevent_default();
                    browser::focus_id("f-reply-message");
                }>{t("status-answer")}</a></p>
            </div>
        }
    });
    let title = (!view.programme.is_empty()).then(|| programme_title(&view.programme));
    view! {
        <div class="app-panel" role="status">
            <h2 class="app-heading-m" id="status-result" tabindex="-1">
                {i18n::t_args(lang, "status-of", &[("number", i18n::Arg::Str(&view.reference))])}
            </h2>
            {title.map(|t| view! { <p class="app-caption">{t}</p> })}
            <p class="app-reference">{t(status_message(&view.status))}</p>
            {since.map(|d| view! { <p class="app-hint">{i18n::t_args(lang, "status-since", &[("date", i18n::Arg::Str(&d))])}</p> })}
            {decision}
            {request}
        </div>
    }
}

/// The conversation with the community, oldest first.
#[component]
fn Conversation(
    /// What the back office said.
    view: StatusView,
) -> impl IntoView {
    let lang = use_lang();
    let programme = view.programme.clone();
    // Oldest first, as a conversation reads.
    let mut ordered: Vec<_> = view.messages.iter().collect();
    ordered.sort_by(|a, b| a.at.cmp(&b.at));
    let messages = ordered
        .into_iter()
        .map(|m| {
            let from_staff = m.from == "staff";
            let who = if from_staff {
                match &m.by {
                    Some(p) => format!(
                        "{} · {}",
                        t("status-from-community"),
                        i18n::t_args(
                            lang,
                            "status-message-by",
                            &[
                                ("name", i18n::Arg::Str(&p.name)),
                                ("role", i18n::Arg::Str(&t(role_message(&p.role)))),
                            ],
                        )
                    ),
                    None => t("status-from-community"),
                }
            } else {
                t("status-from-you")
            };
            let class = if from_staff {
                "app-message"
            } else {
                "app-message app-message--mine"
            };
            let asked = m
                .documents_requested
                .iter()
                .map(|d| view! { <li>{document_label(&programme, d)}</li> })
                .collect_view();
            let has_asked = !m.documents_requested.is_empty();
            let attached = m
                .attachments
                .iter()
                .map(|a| view! { <li>{a.name.clone()}</li> })
                .collect_view();
            let has_attached = !m.attachments.is_empty();
            view! {
                <li class=class>
                    <p class="app-message__meta"><strong>{who}</strong> " · " {when(&m.at)}</p>
                    {(!m.text.trim().is_empty()).then(|| view! { <p class="app-pre">{m.text.clone()}</p> })}
                    {has_asked.then(|| view! {
                        <p class="app-message__label">{t("status-requested-documents")}</p>
                        <ul class="app-list app-list--bullet">{asked}</ul>
                    })}
                    {has_attached.then(|| view! {
                        <p class="app-message__label">{t("status-attached")}</p>
                        <ul class="app-list app-list--bullet">{attached}</ul>
                    })}
                </li>
            }
        })
        .collect_view();
    let empty = view.messages.is_empty();
    view! {
        <h2 class="app-heading-m">{t("status-conversation")}</h2>
        {if empty {
            view! { <p>{t("status-no-messages")}</p> }.into_any()
        } else {
            view! { <ol class="app-messages">{messages}</ol> }.into_any()
        }}
    }
}

/// The history of statuses, newest first, and who at the community opened the application.
#[component]
fn History(
    /// What the back office said.
    view: StatusView,
) -> impl IntoView {
    let lang = use_lang();
    let history = view
        .history
        .iter()
        .rev()
        .map(|h| {
            view! {
                <li>
                    <strong>{t(status_message(&h.status))}</strong> " — " {when(&h.at)}
                    {h.note.clone().map(|n| view! { <br/><span>{n}</span> })}
                </li>
            }
        })
        .collect_view();
    // Newest first (moments in UTC sort as text).
    let mut opened: Vec<_> = view.opened_by.iter().collect();
    opened.sort_by(|a, b| b.at.cmp(&a.at));
    let opened = opened
        .into_iter()
        .map(|o| {
            let who = i18n::t_args(
                lang,
                "status-message-by",
                &[
                    ("name", i18n::Arg::Str(&o.name)),
                    ("role", i18n::Arg::Str(&t(role_message(&o.role)))),
                ],
            );
            view! { <li><strong>{who}</strong> " — " {when(&o.at)}</li> }
        })
        .collect_view();
    let nobody = view.opened_by.is_empty();
    view! {
        <h2 class="app-heading-m">{t("status-history")}</h2>
        <ul class="app-list">{history}</ul>
        <h2 class="app-heading-m">{t("status-opened-heading")}</h2>
        <p class="app-hint">{t("status-opened-lead")}</p>
        {if nobody {
            view! { <p>{t("status-opened-none")}</p> }.into_any()
        } else {
            view! { <ul class="app-list">{opened}</ul> }.into_any()
        }}
    }
}

/// The answers sent (or waiting to be sent) from this device for one application, newest first:
/// waiting, sending, sent, or refused with what to do.
#[component]
fn RepliesOnDevice(
    /// The application's reference number.
    reference: String,
    /// The answer being written (a refused answer goes back into it).
    message: RwSignal<String>,
    /// The documents being added.
    files: RwSignal<Vec<Attachment>>,
) -> impl IntoView {
    let lang = use_lang();
    let apps = use_applications();
    let list = move || {
        let mine: Vec<_> = apps.replies.with(|r| {
            r.iter()
                .filter(|x| x.reference == reference)
                .cloned()
                .collect()
        });
        if mine.is_empty() {
            return None;
        }
        let items = mine
            .into_iter()
            .rev()
            .map(|r| {
                let state = match r.state {
                    SendState::Waiting => view! { <p class="app-status">{t("reply-waiting")}</p> }.into_any(),
                    SendState::Sending => {
                        let total = r.files.len();
                        view! {
                            <p class="app-status">{t("reply-sending")}</p>
                            {(total > 0).then(|| view! {
                                <p class="app-hint">{i18n::t_args(lang, "apply-files-sent", &[
                                    ("sent", i18n::Arg::Num(r.files_sent as i64)),
                                    ("total", i18n::Arg::Num(total as i64)),
                                ])}</p>
                            })}
                        }
                        .into_any()
                    }
                    SendState::Received => {
                        let at = r.sent_at.as_deref().map(when).unwrap_or_default();
                        view! { <p class="app-status">{i18n::t_args(lang, "reply-sent", &[("date", i18n::Arg::Str(&at))])}</p> }.into_any()
                    }
                    SendState::Refused => {
                        let problem = r.problem.as_ref().map(|p| p.get(lang).to_string()).unwrap_or_else(|| t("reply-refused"));
                        let (change_id, delete_id) = (r.id.clone(), r.id.clone());
                        let change = move |_| {
                            if let Some(back) = apps.take_reply(&change_id) {
                                message.set(back.message);
                                files.set(back.files);
                                request_animation_frame(|| browser::focus_id("f-reply-message"));
                            }
                        };
                        let delete = move |_| {
                            apps.take_reply(&delete_id);
                        };
                        view! {
                            <div class="app-notice" role="alert">
                                <p>{problem}</p>
                                <p>{t("reply-refused-what")}</p>
                                <p class="app-actions">
                                    <button class="app-button" type="button" on:click=change>{t("reply-change")}</button>
                                    " "
                                    <button class="app-link-button" type="button" on:click=delete>{t("reply-delete")}</button>
                                </p>
                            </div>
                        }
                        .into_any()
                    }
                };
                let names: Vec<String> = r.files.iter().map(|f| f.name.clone()).collect();
                let of = when(&r.queued_at);
                view! {
                    <li class="app-result">
                        <p class="app-message__meta"><strong>{i18n::t_args(lang, "reply-of", &[("date", i18n::Arg::Str(&of))])}</strong></p>
                        {(!r.message.trim().is_empty()).then(|| view! { <p class="app-pre">{r.message.clone()}</p> })}
                        {(!names.is_empty()).then(|| view! { <p class="app-hint">{names.join(", ")}</p> })}
                        {state}
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <h2 class="app-heading-m">{t("reply-yours")}</h2>
            <ul class="app-results">{items}</ul>
        })
    };
    view! { <div id="reply-outcome" tabindex="-1" role="status">{list}</div> }
}

/// The applicant's answer: a message and documents, into the outbox.
#[component]
fn ReplyForm(
    /// The application's reference number.
    reference: String,
    /// Its secret code, as sent.
    code: String,
    /// The community asks for more information.
    need_info: bool,
    /// The answer being written.
    message: RwSignal<String>,
    /// The documents being added.
    files: RwSignal<Vec<Attachment>>,
) -> impl IntoView {
    let lang = use_lang();
    let apps = use_applications();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let not_kept = RwSignal::new(false);
    let draft_not_kept = RwSignal::new(false);
    let keep = {
        let reference = reference.clone();
        move || {
            let kept = message.with_untracked(|m| {
                files.with_untracked(|f| apps.keep_reply_draft(&reference, m, f))
            });
            draft_not_kept.set(!kept);
        }
    };
    let keep_typed = keep.clone();
    let keep_attached = keep.clone();
    let keep_removed = keep.clone();
    let message_error = error_at(errors, "f-reply-message");
    let files_error = error_at(errors, "f-reply-files");
    let attach = move |ev: leptos::ev::Event| {
        let keep_attached = keep_attached.clone();
        leptos::task::spawn_local(async move {
            let (taken, problems) = take_files(&ev).await;
            files.update(|f| f.extend(taken));
            keep_attached();
            let found: Vec<FieldError> = problems
                .into_iter()
                .map(|message| FieldError {
                    field: "f-reply-files".into(),
                    code: "file".into(),
                    message,
                })
                .collect();
            let has = !found.is_empty();
            errors.set(found);
            if has {
                request_animation_frame(|| browser::focus_id("reply-error-summary"));
            }
        });
    };
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = message.get_untracked().trim().to_string();
        let documents = files.get_untracked();
        if text.is_empty() && documents.is_empty() {
            errors.set(vec![problem("f-reply-message", "reply-empty")]);
            request_animation_frame(|| browser::focus_id("reply-error-summary"));
            return;
        }
        let Some(kept) = apps.reply(&reference, &code, text, documents) else {
            errors.set(vec![problem("f-reply-message", "no-random-id")]);
            request_animation_frame(|| browser::focus_id("reply-error-summary"));
            return;
        };
        errors.set(Vec::new());
        not_kept.set(!kept);
        message.set(String::new());
        files.set(Vec::new());
        keep();
        request_animation_frame(|| browser::focus_id("reply-outcome"));
    };
    let added = move || {
        files
            .get()
            .into_iter()
            .map(|a| {
                let id = a.id.clone();
                let keep_removed = keep_removed.clone();
                let label = format!("{} {}", t("check-member-remove"), a.name);
                view! {
                    <li class="app-member">
                        <span>{a.name.clone()} " (" {kilobytes(lang, a.size)} ")"</span>
                        <button class="app-link-button" type="button" aria-label=label
                            on:click=move |_| {
                                files.update(|f| f.retain(|x| x.id != id));
                                keep_removed();
                            }>{t("check-member-remove")}</button>
                    </li>
                }
            })
            .collect_view()
    };
    let heading = if need_info {
        t("reply-heading-need-info")
    } else {
        t("reply-heading")
    };
    view! {
        <section class="app-section app-no-print" aria-labelledby="reply-heading">
            <h2 class="app-heading-m" id="reply-heading">{heading}</h2>
            {summary(errors, "reply-error-summary", "")}
            {move || not_kept.get().then(|| view! { <p class="app-notice" role="alert">{t("reply-not-kept")}</p> })}
            {move || draft_not_kept.get().then(|| view! { <p class="app-notice" role="alert">{t("reply-draft-not-kept")}</p> })}
            <crate::components::SaveProblem/>
            <form novalidate on:submit=send>
                <div class=group_class(message_error)>
                    <label class="app-label" for="f-reply-message">{t("reply-message")}</label>
                    <p class="app-hint" id="f-reply-message-hint">{t("reply-message-hint")}</p>
                    {error_message("f-reply-message-error", message_error)}
                    <textarea class="app-input app-textarea" id="f-reply-message" rows="5"
                        aria-describedby=described_by("f-reply-message-hint", "f-reply-message-error", message_error)
                        aria-invalid=move || message_error.get().is_some().then_some("true")
                        prop:value=move || message.get()
                        on:input=move |ev| {
                            message.set(event_target_value(&ev));
                            keep_typed();
                        }/>
                </div>
                <div class=group_class(files_error)>
                    <label class="app-label" for="f-reply-files">{t("reply-files")}</label>
                    <p class="app-hint" id="f-reply-files-hint">{t("reply-files-hint")}</p>
                    {error_message("f-reply-files-error", files_error)}
                    <ul class="app-members">{added}</ul>
                    <input class="app-file" type="file" id="f-reply-files" multiple
                        accept=".jpg,.jpeg,.png,.pdf,.p7s,.asice,image/jpeg,image/png,application/pdf"
                        aria-describedby=described_by("f-reply-files-hint", "f-reply-files-error", files_error)
                        on:change=attach/>
                </div>
                <button class="app-button" type="submit">{t("reply-send")}</button>
                <p class="app-hint">{t("reply-send-hint")}</p>
            </form>
        </section>
    }
}
