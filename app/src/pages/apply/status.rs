//! `/status`: an application's current status and its history, by its reference number and the
//! secret code the device received with it.

use crate::applications::{API, use_applications};
use crate::browser;
use crate::components::PageTitle;
use crate::locale::{t, use_lang};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
struct Status {
    reference: String,
    status: String,
    history: Vec<Step>,
}

#[derive(Debug, Clone, Deserialize)]
struct Step {
    status: String,
    at: String,
    note: Option<String>,
}

/// The message id of a status.
fn status_message(s: &str) -> &'static str {
    match s {
        "received" => "status-received",
        "in-review" => "status-in-review",
        "need-info" => "status-need-info",
        "approved" => "status-approved",
        "refused" => "status-refused",
        _ => "status-unknown",
    }
}

/// The status page.
#[component]
pub fn StatusPage() -> impl IntoView {
    let lang = use_lang();
    let apps = use_applications();
    let query = use_query_map();
    let reference = RwSignal::new(query.read_untracked().get("reference").unwrap_or_default());
    // The code is kept on the device that sent the application.
    let known_token = move |r: &str| {
        apps.outbox.with_untracked(|o| {
            o.iter()
                .find(|x| x.reference.as_deref() == Some(r))
                .and_then(|x| x.token.clone())
        })
    };
    let token = RwSignal::new(known_token(&reference.get_untracked()).unwrap_or_default());
    let result = RwSignal::new(None::<Result<Status, &'static str>>);
    let look_up = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (r, tk) = (
            reference.get_untracked().trim().to_string(),
            token.get_untracked().trim().to_string(),
        );
        if r.is_empty() || tk.is_empty() {
            result.set(Some(Err("status-fill-both")));
            return;
        }
        leptos::task::spawn_local(async move {
            let url = format!("{API}/applications/{}", crate::url::encode(&r));
            let answer = match browser::send("GET", &url, "application/json", &[], Some(&tk)).await
            {
                Ok((200, body)) => {
                    serde_json::from_slice::<Status>(&body).map_err(|_| "status-failed")
                }
                Ok((401 | 404, _)) => Err("status-not-found"),
                Ok(_) => Err("status-failed"),
                Err(_) => Err("status-offline"),
            };
            result.set(Some(answer));
        });
    };
    let shown = move || {
        result.get().map(|r| match r {
            Ok(s) => {
                let history = s
                    .history
                    .iter()
                    .rev()
                    .map(|h| {
                        let when = h.at.get(..10).and_then(|d| d.parse::<catalogue::Date>().ok()).map(|d| d.dotted()).unwrap_or_else(|| h.at.clone());
                        view! {
                            <li>
                                <strong>{t(status_message(&h.status))}</strong> " — " {when}
                                {h.note.clone().map(|n| view! { <br/><span>{n}</span> })}
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="app-panel" role="status">
                        <h2 class="app-heading-m">{i18n::t_args(lang, "status-of", &[("number", i18n::Arg::Str(&s.reference))])}</h2>
                        <p class="app-reference">{t(status_message(&s.status))}</p>
                        <h3 class="app-heading-s">{t("status-history")}</h3>
                        <ul class="app-list">{history}</ul>
                    </div>
                }
                .into_any()
            }
            Err(id) => view! { <p class="app-notice" role="alert">{t(id)}</p> }.into_any(),
        })
    };
    view! {
        <PageTitle text=t("status-title")/>
        <h1 class="app-heading-xl">{t("status-title")}</h1>
        <p>{t("status-lead")}</p>
        <form class="app-question" novalidate on:submit=look_up>
            <div class="app-form-group">
                <label class="app-label" for="status-reference">{t("status-reference")}</label>
                <input class="app-input app-input--number" id="status-reference" autocomplete="off"
                    prop:value=move || reference.get()
                    on:input=move |ev| {
                        let r = event_target_value(&ev);
                        if let Some(tk) = known_token(r.trim()) {
                            token.set(tk);
                        }
                        reference.set(r);
                    }/>
            </div>
            <div class="app-form-group">
                <label class="app-label" for="status-token">{t("status-token")}</label>
                <p class="app-hint" id="status-token-hint">{t("status-token-hint")}</p>
                <input class="app-input" id="status-token" autocomplete="off" aria-describedby="status-token-hint"
                    prop:value=move || token.get()
                    on:input=move |ev| token.set(event_target_value(&ev))/>
            </div>
            <button class="app-button" type="submit">{t("status-look-up")}</button>
        </form>
        {shown}
    }
}
