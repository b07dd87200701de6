//! `/office/invite#<token>`: a new staff member accepts their invitation: sees who they will be,
//! adds the TOTP secret to an authenticator app, chooses a password and proves the code works.

use crate::browser;
use crate::locale::{href, t, use_lang};
use crate::office::api::{Api, ApiError, Invite, SignedIn};
use crate::office::components::{ERROR_SUMMARY, ErrorSummary, OfficeTitle, Problem, TextField};
use crate::office::pages::sign_in::code_digits;
use crate::office::present::{grouped, role_id};
use crate::office::session::{use_api, use_session};
use crate::router::use_navigate;
use leptos::prelude::*;

/// The invitation's token as the app found it in the address when it started.
#[derive(Debug, Clone)]
pub struct InviteToken(pub Option<String>);

/// The shortest password the server accepts.
pub const MIN_PASSWORD: usize = 12;

/// The invitation page.
#[component]
pub fn InvitePage() -> impl IntoView {
    let api = use_api();
    // The token is in the address's fragment, which a change of language does not carry: the
    // one the app started with is kept.
    let token = browser::hash()
        .or_else(|| use_context::<InviteToken>().and_then(|t| t.0))
        .unwrap_or_default();
    let invite = RwSignal::new(None::<Result<Invite, ApiError>>);
    if !token.is_empty() {
        let path = format!("/invites/{}", crate::url::encode(&token));
        leptos::task::spawn_local(async move {
            invite.set(Some(api.get::<Invite>(&path).await));
        });
    }
    let has_token = !token.is_empty();
    let body = move || {
        if !has_token {
            return view! { <div class="app-notice" role="alert"><p>{t("office-invite-no-token")}</p></div> }.into_any();
        }
        match invite.get() {
            None => view! { <p class="app-hint" role="status">{t("loading")}</p> }.into_any(),
            Some(Err(e)) if e.code() == Some("not-found") => view! {
                <div class="app-notice" role="alert"><p>{t("office-invite-gone")}</p></div>
            }
            .into_any(),
            Some(Err(e)) => view! { <Problem error=e/> }.into_any(),
            Some(Ok(inv)) => view! { <AcceptForm invite=inv token=token.clone()/> }.into_any(),
        }
    };
    view! {
        <OfficeTitle text=t("office-invite-title")/>
        <h1 class="app-heading-xl">{t("office-invite-title")}</h1>
        {body}
    }
}

/// Who is invited, the secret for the authenticator app, and the password and code form.
#[component]
fn AcceptForm(
    /// The invitation.
    invite: Invite,
    /// Its one-time token.
    token: String,
) -> impl IntoView {
    let lang = use_lang();
    let session = use_session();
    let navigate = use_navigate();
    let password = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<(&'static str, String)>::new());
    let field_error = move |id: &'static str| {
        Signal::derive(move || {
            errors.with(|es| es.iter().find(|(f, _)| *f == id).map(|(_, m)| m.clone()))
        })
    };
    let path = format!("/invites/{}", crate::url::encode(&token));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let p = password.get_untracked();
        let digits = code_digits(&code.get_untracked());
        let mut found = Vec::new();
        if p.chars().count() < MIN_PASSWORD {
            found.push(("invite-password", i18n::t(lang, "office-password-short")));
        }
        if digits.is_none() {
            found.push(("invite-code", i18n::t(lang, "office-code-invalid")));
        }
        if !found.is_empty() {
            errors.set(found);
            request_animation_frame(|| browser::focus_id(ERROR_SUMMARY));
            return;
        }
        let body = serde_json::json!({"password": p, "code": digits});
        let (path, navigate) = (path.clone(), navigate.clone());
        leptos::task::spawn_local(async move {
            match Api::post_open::<SignedIn>(&path, &body).await {
                Ok(who) => {
                    session.sign_in(who);
                    navigate(&lang.localize("/office"), Default::default());
                }
                Err(e) => {
                    let (field, text) = match e.code() {
                        Some("weak-password") => {
                            ("invite-password", i18n::t(lang, "office-password-short"))
                        }
                        Some("bad-code") => ("invite-code", i18n::t(lang, "office-code-wrong")),
                        Some("not-found") => ("", i18n::t(lang, "office-invite-gone")),
                        _ => ("", e.explain(lang)),
                    };
                    errors.set(vec![(field, text)]);
                    request_animation_frame(|| browser::focus_id(ERROR_SUMMARY));
                }
            }
        });
    };
    let role = i18n::t(lang, role_id(&invite.role));
    view! {
        <ErrorSummary errors=errors/>
        <dl class="app-summary">
            <div class="app-summary__row">
                <dt class="app-summary__key">{t("office-name-label")}</dt>
                <dd class="app-summary__value">{invite.name.clone()}</dd>
            </div>
            <div class="app-summary__row">
                <dt class="app-summary__key">{t("office-email")}</dt>
                <dd class="app-summary__value">{invite.email.clone()}</dd>
            </div>
            <div class="app-summary__row">
                <dt class="app-summary__key">{t("office-role")}</dt>
                <dd class="app-summary__value">{role}</dd>
            </div>
            <div class="app-summary__row">
                <dt class="app-summary__key">{t("office-community")}</dt>
                <dd class="app-summary__value">{invite.community.name.get(lang).to_string()}</dd>
            </div>
        </dl>
        <h2 class="app-heading-m">{t("office-totp-heading")}</h2>
        <p>{t("office-totp-lead")}</p>
        <dl class="app-office-secrets">
            <dt class="app-label">{t("office-totp-secret")}</dt>
            <dd class="app-office-secret"><code>{grouped(&invite.totp_secret)}</code></dd>
            <dt class="app-label">{t("office-totp-uri")}</dt>
            <dd class="app-office-secret"><a href=invite.totp_uri.clone()>{invite.totp_uri.clone()}</a></dd>
        </dl>
        <h2 class="app-heading-m">{t("office-invite-finish")}</h2>
        <form class="app-question" novalidate on:submit=submit>
            <TextField id="invite-password" label=t("office-new-password") hint=t("office-new-password-hint")
                value=password error=field_error("invite-password") kind="password" autocomplete="new-password"/>
            <TextField id="invite-code" label=t("office-code") hint=t("office-code-hint") value=code
                error=field_error("invite-code") autocomplete="one-time-code" inputmode="numeric"
                modifier="app-input--number"/>
            <button class="app-button" type="submit">{t("office-invite-accept")}</button>
        </form>
        <p><a href=href("/office")>{t("office-have-account")}</a></p>
    }
}
