use super::SkipLink;
use crate::components::LanguageSwitch;
use crate::locale::{href, t, use_lang};
use crate::office::api::ApiError;
use crate::office::present::role_id;
use crate::office::session::{SessionState, use_api, use_session};
use leptos::prelude::*;
use leptos_router::components::A;

/// The back office's header: its name and the community's, who is signed in, the navigation
/// (staff and tokens for an administrator), the language switch and signing out.
#[component]
pub fn OfficeHeader() -> impl IntoView {
    let lang = use_lang();
    let session = use_session();
    let api = use_api();
    let failure = RwSignal::new(None::<ApiError>);
    let sign_out = move |_| {
        leptos::task::spawn_local(async move {
            match api.post::<()>("/logout", &serde_json::json!({})).await {
                Ok(()) | Err(ApiError::NoSession) => {
                    failure.set(None);
                    session.state.set(SessionState::SignedOut { ended: false });
                }
                Err(e) => failure.set(Some(e)),
            }
        });
    };
    let who = move || session.who();
    view! {
        <SkipLink/>
        <header class="app-header app-office-header">
            <div class="app-header__inner">
                <A href=href("/office") exact=true attr:class="app-header__name">{t("office-name")}</A>
                <LanguageSwitch/>
            </div>
            {move || who().map(|w| {
                let admin = w.staff.role == "admin";
                let person = format!("{} · {}", w.staff.name, i18n::t(lang, role_id(&w.staff.role)));
                view! {
                    <p class="app-header__community">
                        {w.community.name.get(lang).to_string()} " — " {person}
                    </p>
                    <nav class="app-nav" aria-label=t("office-nav")>
                        <ul class="app-nav__list">
                            <li><A href=href("/office") exact=true attr:class="app-nav__link">{t("office-inbox")}</A></li>
                            {admin.then(|| view! {
                                <li><A href=href("/office/staff") attr:class="app-nav__link">{t("office-staff")}</A></li>
                                <li><A href=href("/office/tokens") attr:class="app-nav__link">{t("office-tokens")}</A></li>
                                <li><A href=href("/office/community") attr:class="app-nav__link">{t("office-profile")}</A></li>
                                <li><A href=href("/office/programmes") attr:class="app-nav__link">{t("office-programmes")}</A></li>
                            })}
                            <li>
                                <button class="app-link-button app-office-header__sign-out" type="button" on:click=sign_out>
                                    {t("office-sign-out")}
                                </button>
                            </li>
                        </ul>
                    </nav>
                }
            })}
            {move || failure.get().map(|e| view! {
                <p class="app-office-header__problem" role="alert">{e.explain(lang)}</p>
            })}
        </header>
    }
}
