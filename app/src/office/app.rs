//! The back office's shell: router, layout (skip link, header, main), the session checked once
//! at start, and focus on the main heading after every navigation and sign-in.

use super::api::{Api, ApiError, SignedIn};
use super::components::{OfficeHeader, RequireAdmin, RequireSession};
use super::pages::{
    ApplicationPage, CommunityPage, Inbox, InvitePage, OfficeNotFound, ProgrammePage,
    ProgrammesPage, StaffPage, TokensPage,
};
use super::session::{Session, SessionState};
use crate::browser;
use crate::data::DataState;
use crate::locale::Locale;
use crate::router::{self, Params, Router, use_location};
use catalogue::Lang;
use leptos::prelude::*;

/// The back office app.
#[component]
pub fn OfficeApp() -> impl IntoView {
    provide_context(DataState::new());
    provide_context(super::pages::invite::InviteToken(browser::hash()));
    let session = Session::new();
    provide_context(session);
    // Who is signed in (the session cookie is the browser's; the CSRF token comes with `me`).
    leptos::task::spawn_local(async move {
        match (Api { session }).get::<SignedIn>("/me").await {
            Ok(who) => session.sign_in(who),
            Err(ApiError::NoSession) => session.state.set(SessionState::SignedOut { ended: false }),
            Err(e) => {
                session.check_failed.set(Some(e));
                session.state.set(SessionState::SignedOut { ended: false });
            }
        }
    });
    view! {
        <Router pages=office_match>
            <Shell>
                {router::routes(office_view, || view! { <OfficeNotFound/> }.into_any())}
            </Shell>
        </Router>
    }
}

/// The office's pages, after `/office` (in either language).
const PAGES: [&str; 8] = [
    "",
    "/invite",
    "/applications/:reference",
    "/staff",
    "/community",
    "/programmes",
    "/programme",
    "/tokens",
];

/// Reads a path as one of the office's pages: the key is the page's place in [`PAGES`] and the
/// language, so that each language's page is a view of its own.
fn office_match(path: &str) -> Option<(u32, Params)> {
    let (lang, rest) = Lang::split_path(path);
    let rest = rest.strip_prefix(crate::url::OFFICE)?;
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    let (index, params) =
        PAGES
            .iter()
            .enumerate()
            .find_map(|(i, page)| match page.strip_suffix(":reference") {
                Some(prefix) => {
                    let reference = rest.strip_prefix(prefix)?;
                    (!reference.is_empty() && !reference.contains('/'))
                        .then(|| (i, Params::new([("reference", reference)])))
                }
                None => (rest == *page).then(|| (i, Params::default())),
            })?;
    Some(((index as u32) * 2 + lang as u32, params))
}

/// The view of the office's page a key of [`office_match`] names.
fn office_view(key: u32) -> AnyView {
    match key / 2 {
        0 => view! { <RequireSession><Inbox/></RequireSession> }.into_any(),
        1 => view! { <InvitePage/> }.into_any(),
        2 => view! { <RequireSession><ApplicationPage/></RequireSession> }.into_any(),
        3 => view! { <RequireSession><RequireAdmin><StaffPage/></RequireAdmin></RequireSession> }.into_any(),
        4 => view! { <RequireSession><RequireAdmin><CommunityPage/></RequireAdmin></RequireSession> }.into_any(),
        5 => view! { <RequireSession><RequireAdmin><ProgrammesPage/></RequireAdmin></RequireSession> }.into_any(),
        6 => view! { <RequireSession><RequireAdmin><ProgrammePage/></RequireAdmin></RequireSession> }.into_any(),
        _ => view! { <RequireSession><RequireAdmin><TokensPage/></RequireAdmin></RequireSession> }.into_any(),
    }
}

/// Watches the URL (its language, navigation) and the session; lays out the page.
#[component]
fn Shell(
    /// The app's routes.
    children: ChildrenFn,
) -> impl IntoView {
    let location = use_location();
    let lang = Memo::new(move |_| Lang::split_path(&location.pathname.get()).0);
    Effect::new(move |_| browser::set_document_lang(lang.get()));
    provide_context(Locale(lang.into()));

    // After each navigation (not the first load), and when someone signs in or out, focus moves
    // to the new screen's main heading, as a screen reader user expects of a new page.
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            request_animation_frame(browser::focus_main_heading);
        }
        path
    });
    let session = expect_context::<Session>();
    let signed_in = Memo::new(move |_| {
        session.state.with(|s| match s {
            SessionState::Checking => None,
            SessionState::SignedIn(_) => Some(true),
            SessionState::SignedOut { .. } => Some(false),
        })
    });
    Effect::new(move |previous: Option<Option<bool>>| {
        let now = signed_in.get();
        if matches!(previous, Some(Some(_))) && previous != Some(now) {
            request_animation_frame(browser::focus_main_heading);
        }
        now
    });
    browser::mark_started();

    view! {
        {move || {
            lang.track();
            view! { <OfficeHeader/> }
        }}
        <main id="main" class="app-main app-office-main" tabindex="-1">
            {move || untrack(|| children())}
        </main>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_office_page_in_each_language_is_a_view_of_its_own() {
        let mut keys = Vec::new();
        for prefix in ["", "/en"] {
            for page in PAGES {
                let path = format!("{prefix}/office{}", page.replace(":reference", "A-7"));
                let (key, params) = office_match(&path).unwrap_or_else(|| panic!("{path}"));
                if page.contains(":reference") {
                    assert_eq!(params.get_str("reference"), Some("A-7"));
                }
                keys.push(key);
            }
        }
        let mut unique = keys.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), 16);
        assert_eq!(office_match("/office/"), office_match("/office"));
        for path in [
            "/office/nothing",
            "/office/applications/",
            "/office/applications/a/b",
            "/check",
        ] {
            assert!(office_match(path).is_none(), "{path}");
        }
    }
}
