//! `/office/tokens` (administrators): integration tokens, named, owned, expiring; a new token's
//! secret is shown once; revoking one stops it at once.

use crate::browser;
use crate::locale::{t, use_lang};
use crate::office::api::{ApiError, NewToken, Token, TokenList};
use crate::office::components::{
    CopyField, ERROR_SUMMARY, ErrorSummary, OfficeTitle, Problem, TextField, TokenRow,
};
use crate::office::session::use_api;
use leptos::prelude::*;

/// The longest life of a token, in days.
pub const MAX_DAYS: u32 = 365;

/// The number of days typed, if it is one a token may live.
pub fn token_days(typed: &str) -> Option<u32> {
    typed
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|d| (1..=MAX_DAYS).contains(d))
}

/// The tokens page.
#[component]
pub fn TokensPage() -> impl IntoView {
    let lang = use_lang();
    let api = use_api();
    let list = RwSignal::new(None::<Result<Vec<Token>, ApiError>>);
    let load = move || {
        leptos::task::spawn_local(async move {
            list.set(Some(
                api.get::<TokenList>("/tokens").await.map(|l| l.tokens),
            ));
        });
    };
    load();
    let outcome = RwSignal::new(None::<Result<String, ApiError>>);
    let on_revoked = Callback::new(move |answer: Result<Token, ApiError>| match answer {
        Ok(tk) => {
            let text = i18n::t_args(
                lang,
                "office-revoked-done",
                &[("name", i18n::Arg::Str(&tk.name))],
            );
            list.update(|l| {
                if let Some(Ok(all)) = l
                    && let Some(x) = all.iter_mut().find(|x| x.id == tk.id)
                {
                    *x = tk.clone();
                }
            });
            outcome.set(Some(Ok(text)));
        }
        Err(e) => outcome.set(Some(Err(e))),
    });

    let name = RwSignal::new(String::new());
    let days = RwSignal::new("90".to_string());
    let errors = RwSignal::new(Vec::<(&'static str, String)>::new());
    let created = RwSignal::new(None::<NewToken>);
    let field_error = move |id: &'static str| {
        Signal::derive(move || {
            errors.with(|es| es.iter().find(|(f, _)| *f == id).map(|(_, m)| m.clone()))
        })
    };
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let n = name.get_untracked().trim().to_string();
        let d = token_days(&days.get_untracked());
        let mut found = Vec::new();
        if n.is_empty() {
            found.push(("token-name", i18n::t(lang, "office-token-name-missing")));
        }
        if d.is_none() {
            found.push(("token-days", i18n::t(lang, "office-token-days-invalid")));
        }
        if !found.is_empty() {
            errors.set(found);
            request_animation_frame(|| browser::focus_id(ERROR_SUMMARY));
            return;
        }
        let body = serde_json::json!({"name": n, "days": d});
        leptos::task::spawn_local(async move {
            match api.post::<NewToken>("/tokens", &body).await {
                Ok(done) => {
                    errors.set(Vec::new());
                    name.set(String::new());
                    created.set(Some(done));
                    load();
                    request_animation_frame(|| browser::focus_id("token-secret"));
                }
                Err(e) => {
                    errors.set(vec![("", e.explain(lang))]);
                    request_animation_frame(|| browser::focus_id(ERROR_SUMMARY));
                }
            }
        });
    };
    let table = move || match list.get() {
        None => view! { <p class="app-hint" role="status">{t("loading")}</p> }.into_any(),
        Some(Err(e)) => view! { <Problem error=e/> }.into_any(),
        Some(Ok(all)) if all.is_empty() => view! { <p>{t("office-no-tokens")}</p> }.into_any(),
        Some(Ok(all)) => {
            let rows = all
                .into_iter()
                .map(|tk| view! { <TokenRow token=tk on_done=on_revoked/> })
                .collect_view();
            view! {
                <div class="app-office-table-wrap" role="region" aria-labelledby="tokens-caption" tabindex="0">
                    <table class="app-office-table">
                        <caption class="app-office-table__caption" id="tokens-caption">{t("office-tokens")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t("office-token-name")}</th>
                                <th scope="col">{t("office-owner")}</th>
                                <th scope="col">{t("office-created")}</th>
                                <th scope="col">{t("office-expires")}</th>
                                <th scope="col">{t("office-account")}</th>
                                <th scope="col"><span class="app-visually-hidden">{t("office-actions")}</span></th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }
    };
    view! {
        <OfficeTitle text=t("office-tokens")/>
        <h1 class="app-heading-xl">{t("office-tokens")}</h1>
        <p>{t("office-tokens-lead")}</p>
        {move || outcome.get().map(|o| match o {
            Ok(text) => view! { <div class="app-notice" role="status"><p>{text}</p></div> }.into_any(),
            Err(e) => view! { <Problem error=e/> }.into_any(),
        })}
        {table}
        <section class="app-section" aria-labelledby="token-heading">
            <h2 class="app-heading-l" id="token-heading">{t("office-token-create")}</h2>
            <ErrorSummary errors=errors/>
            {move || created.get().map(|c| {
                let label = i18n::t_args(lang, "office-token-secret", &[("name", i18n::Arg::Str(&c.name))]);
                view! {
                    <div class="app-panel" role="status">
                        <CopyField id="token-secret" label=label hint=t("office-token-secret-hint") value=c.token copy=t("office-copy-token")/>
                    </div>
                }
            })}
            <form class="app-question" novalidate on:submit=create>
                <TextField id="token-name" label=t("office-token-name") hint=t("office-token-name-hint")
                    value=name error=field_error("token-name")/>
                <TextField id="token-days" label=t("office-token-days") hint=t("office-token-days-hint")
                    value=days error=field_error("token-days") inputmode="numeric" modifier="app-input--number"/>
                <button class="app-button" type="submit">{t("office-token-create")}</button>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_lives_from_one_day_to_a_year() {
        assert_eq!(token_days(" 90 "), Some(90));
        assert_eq!(token_days("0"), None);
        assert_eq!(token_days("366"), None);
        assert_eq!(token_days("a"), None);
    }
}
