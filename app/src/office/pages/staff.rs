//! `/office/staff` (administrators): the community's staff; inviting someone (a one-time link to
//! hand them) and disabling an account.

use crate::browser;
use crate::locale::{t, use_lang};
use crate::office::api::{ApiError, Invited, Staff, StaffList};
use crate::office::components::{
    CopyField, ERROR_SUMMARY, ErrorSummary, OfficeTitle, Problem, StaffRow, TextField,
};
use crate::office::present::role_id;
use crate::office::session::{use_api, use_session};
use leptos::prelude::*;

/// The staff page.
#[component]
pub fn StaffPage() -> impl IntoView {
    let lang = use_lang();
    let api = use_api();
    let session = use_session();
    let my_id = session.who().map(|w| w.staff.id);
    let list = RwSignal::new(None::<Result<Vec<Staff>, ApiError>>);
    let load = move || {
        leptos::task::spawn_local(async move {
            list.set(Some(api.get::<StaffList>("/staff").await.map(|l| l.staff)));
        });
    };
    load();
    // The outcome of the last action on the list.
    let outcome = RwSignal::new(None::<Result<String, ApiError>>);
    let on_disabled = Callback::new(move |answer: Result<Staff, ApiError>| match answer {
        Ok(s) => {
            let text = i18n::t_args(
                lang,
                "office-disabled-done",
                &[("name", i18n::Arg::Str(&s.name))],
            );
            list.update(|l| {
                if let Some(Ok(all)) = l
                    && let Some(x) = all.iter_mut().find(|x| x.id == s.id)
                {
                    *x = s.clone();
                }
            });
            outcome.set(Some(Ok(text)));
        }
        Err(e) => outcome.set(Some(Err(e))),
    });

    // Inviting.
    let name = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let role = RwSignal::new("worker".to_string());
    let errors = RwSignal::new(Vec::<(&'static str, String)>::new());
    let invited = RwSignal::new(None::<Invited>);
    let field_error = move |id: &'static str| {
        Signal::derive(move || {
            errors.with(|es| es.iter().find(|(f, _)| *f == id).map(|(_, m)| m.clone()))
        })
    };
    let invite = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (n, e, r) = (
            name.get_untracked().trim().to_string(),
            email.get_untracked().trim().to_string(),
            role.get_untracked(),
        );
        let mut found = Vec::new();
        if n.is_empty() {
            found.push(("invite-name", i18n::t(lang, "office-name-missing")));
        }
        if !e.contains('@') {
            found.push(("invite-email", i18n::t(lang, "office-email-missing")));
        }
        if !found.is_empty() {
            errors.set(found);
            request_animation_frame(|| browser::focus_id(ERROR_SUMMARY));
            return;
        }
        let body = serde_json::json!({"name": n, "email": e, "role": r});
        leptos::task::spawn_local(async move {
            match api.post::<Invited>("/staff", &body).await {
                Ok(done) => {
                    errors.set(Vec::new());
                    name.set(String::new());
                    email.set(String::new());
                    list.update(|l| {
                        if let Some(Ok(all)) = l {
                            all.push(done.staff.clone());
                        }
                    });
                    invited.set(Some(done));
                    request_animation_frame(|| browser::focus_id("invite-link"));
                }
                Err(e) => {
                    errors.set(vec![("", e.explain(lang))]);
                    request_animation_frame(|| browser::focus_id(ERROR_SUMMARY));
                }
            }
        });
    };
    let roles = ["worker", "head", "admin"]
        .into_iter()
        .map(|r| view! { <option value=r>{i18n::t(lang, role_id(r))}</option> })
        .collect_view();
    let table = move || match list.get() {
        None => view! { <p class="app-hint" role="status">{t("loading")}</p> }.into_any(),
        Some(Err(e)) => view! { <Problem error=e/> }.into_any(),
        Some(Ok(all)) => {
            let rows = all
                .into_iter()
                .map(|s| {
                    let me = Some(s.id) == my_id;
                    view! { <StaffRow staff=s me=me on_done=on_disabled/> }
                })
                .collect_view();
            view! {
                <div class="app-office-table-wrap" role="region" aria-labelledby="staff-caption" tabindex="0">
                    <table class="app-office-table">
                        <caption class="app-office-table__caption" id="staff-caption">{t("office-staff")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t("office-name-label")}</th>
                                <th scope="col">{t("office-email")}</th>
                                <th scope="col">{t("office-role")}</th>
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
        <OfficeTitle text=t("office-staff")/>
        <h1 class="app-heading-xl">{t("office-staff")}</h1>
        {move || outcome.get().map(|o| match o {
            Ok(text) => view! { <div class="app-notice" role="status"><p>{text}</p></div> }.into_any(),
            Err(e) => view! { <Problem error=e/> }.into_any(),
        })}
        {table}
        <section class="app-section" aria-labelledby="invite-heading">
            <h2 class="app-heading-l" id="invite-heading">{t("office-invite-someone")}</h2>
            <ErrorSummary errors=errors/>
            {move || invited.get().map(|i| {
                let link = format!("{}{}", browser::origin(), i.invite_url);
                let label = i18n::t_args(lang, "office-invite-link", &[("name", i18n::Arg::Str(&i.staff.name))]);
                view! {
                    <div class="app-panel" role="status">
                        <CopyField id="invite-link" label=label hint=t("office-invite-link-hint") value=link copy=t("office-copy-link")/>
                    </div>
                }
            })}
            <form class="app-question" novalidate on:submit=invite>
                <TextField id="invite-name" label=t("office-name-label") value=name error=field_error("invite-name") autocomplete="off"/>
                <TextField id="invite-email" label=t("office-email") value=email error=field_error("invite-email") kind="email"/>
                <div class="app-form-group">
                    <label class="app-label" for="invite-role">{t("office-role")}</label>
                    <select class="app-select" id="invite-role" prop:value=move || role.get()
                        on:change=move |ev| role.set(event_target_value(&ev))>
                        {roles}
                    </select>
                </div>
                <button class="app-button" type="submit">{t("office-invite-send")}</button>
            </form>
        </section>
    }
}
