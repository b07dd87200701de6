//! Signing in: e-mail, password and the 6-digit code of the authenticator app.

use crate::browser;
use crate::locale::{t, use_lang};
use crate::office::api::{Api, ApiError, SignedIn};
use crate::office::components::{ERROR_SUMMARY, ErrorSummary, OfficeTitle, TextField};
use crate::office::session::use_session;
use catalogue::Lang;
use leptos::prelude::*;

/// Is this a code an authenticator app shows (six digits; spaces allowed)?
pub fn code_digits(code: &str) -> Option<String> {
    let digits: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    (digits.len() == 6 && digits.bytes().all(|b| b.is_ascii_digit())).then_some(digits)
}

/// What a refused sign-in means for the person.
pub fn sign_in_problem(error: &ApiError, lang: Lang) -> String {
    match error {
        ApiError::Refused {
            code, retry_after, ..
        } if code == "locked" => {
            let minutes = retry_after.unwrap_or(60).div_ceil(60).max(1);
            i18n::t_count(lang, "office-locked", minutes as i64)
        }
        ApiError::Refused { code, .. } if code == "bad-login" => i18n::t(lang, "office-bad-login"),
        other => other.explain(lang),
    }
}

/// The sign-in form.
#[component]
pub fn SignIn(
    /// A session ended under the person's hands (say so).
    ended: bool,
) -> impl IntoView {
    let lang = use_lang();
    let session = use_session();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<(&'static str, String)>::new());
    let busy = RwSignal::new(false);
    let field_error = move |id: &'static str| {
        Signal::derive(move || {
            errors.with(|es| es.iter().find(|(f, _)| *f == id).map(|(_, m)| m.clone()))
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let mut found = Vec::new();
        let (e, p, c) = (
            email.get_untracked().trim().to_string(),
            password.get_untracked(),
            code.get_untracked(),
        );
        if e.is_empty() {
            found.push(("office-email", i18n::t(lang, "office-email-missing")));
        }
        if p.is_empty() {
            found.push(("office-password", i18n::t(lang, "office-password-missing")));
        }
        let digits = code_digits(&c);
        if digits.is_none() {
            found.push(("office-code", i18n::t(lang, "office-code-invalid")));
        }
        if !found.is_empty() {
            errors.set(found);
            request_animation_frame(|| browser::focus_id(ERROR_SUMMARY));
            return;
        }
        busy.set(true);
        let body = serde_json::json!({"email": e, "password": p, "code": digits});
        leptos::task::spawn_local(async move {
            let answer = Api::post_open::<SignedIn>("/login", &body).await;
            busy.set(false);
            match answer {
                Ok(who) => {
                    errors.set(Vec::new());
                    session.sign_in(who);
                }
                Err(e) => {
                    // A wrong code is the usual slip: the code is asked again, the rest kept.
                    code.set(String::new());
                    errors.set(vec![("", sign_in_problem(&e, lang))]);
                    request_animation_frame(|| browser::focus_id(ERROR_SUMMARY));
                }
            }
        });
    };
    view! {
        <OfficeTitle text=t("office-sign-in-title")/>
        {ended.then(|| view! {
            <div class="app-notice" role="alert"><p>{t("office-session-ended")}</p></div>
        })}
        <ErrorSummary errors=errors/>
        <h1 class="app-heading-xl">{t("office-sign-in-title")}</h1>
        <p>{t("office-sign-in-lead")}</p>
        <form class="app-question" novalidate on:submit=submit>
            <TextField id="office-email" label=t("office-email") value=email
                error=field_error("office-email") kind="email" autocomplete="username"/>
            <TextField id="office-password" label=t("office-password") value=password
                error=field_error("office-password") kind="password" autocomplete="current-password"/>
            <TextField id="office-code" label=t("office-code") hint=t("office-code-hint") value=code
                error=field_error("office-code") autocomplete="one-time-code" inputmode="numeric"
                modifier="app-input--number"/>
            <button class="app-button" type="submit" aria-disabled=move || busy.get().then_some("true")>
                {t("office-sign-in")}
            </button>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_six_digits_and_spaces_are_forgiven() {
        i18n::use_all_messages();
        assert_eq!(code_digits("123 456").as_deref(), Some("123456"));
        assert_eq!(code_digits("12345"), None);
        assert_eq!(code_digits("12345a"), None);
    }

    #[test]
    fn a_locked_account_says_how_many_minutes_to_wait() {
        i18n::use_all_messages();
        let locked = ApiError::Refused {
            status: 429,
            code: "locked".into(),
            message: None,
            retry_after: Some(61),
        };
        let text = sign_in_problem(&locked, Lang::En);
        assert!(text.contains('2'), "{text}");
        let bad = ApiError::Refused {
            status: 401,
            code: "bad-login".into(),
            message: None,
            retry_after: None,
        };
        assert_eq!(
            sign_in_problem(&bad, Lang::Uk),
            i18n::t(Lang::Uk, "office-bad-login")
        );
    }
}
