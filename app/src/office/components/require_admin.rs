use crate::locale::t;
use crate::office::session::use_session;
use leptos::prelude::*;

/// A screen for administrators only; others are told so.
#[component]
pub fn RequireAdmin(
    /// The screen.
    children: ChildrenFn,
) -> impl IntoView {
    let session = use_session();
    let admin = Memo::new(move |_| session.is_admin());
    move || {
        if admin.get() {
            children().into_any()
        } else {
            view! {
                <h1 class="app-heading-xl">{t("office-admin-only-title")}</h1>
                <p>{t("office-admin-only")}</p>
            }
            .into_any()
        }
    }
}
