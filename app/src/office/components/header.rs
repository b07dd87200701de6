use super::SkipLink;
use crate::components::LanguageSwitch;
use crate::locale::{href, t, use_lang};
use crate::office::api::ApiError;
use crate::office::present::role_id;
use crate::office::session::{SessionState, use_api, use_session};
use crate::router::NavLink;
use leptos::prelude::*;

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
                <a href=href("/office") class="app-header__name">{t("office-name")}</a>
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
                            <li><NavLink href=href("/office") exact=true class="app-nav__link">{t("office-inbox")}</NavLink></li>
                            {admin.then(|| view! {
                                <li><NavLink href=href("/office/staff") class="app-nav__link">{t("office-staff")}</NavLink></li>
                                <li><NavLink href=href("/office/tokens") class="app-nav__link">{t("office-tokens")}</NavLink></li>
                                <li><NavLink href=href("/office/community") class="app-nav__link">{t("office-profile")}</NavLink></li>
                                <li><NavLink href=href("/office/programmes") class="app-nav__link">{t("office-programmes")}</NavLink></li>
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
