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
use catalogue::Lang;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

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
        <Router>
            <Shell>
                <Routes fallback=|| view! { <OfficeNotFound/> }>
                    <Route path=path!("/office") view=|| view! { <RequireSession><Inbox/></RequireSession> }/>
                    <Route path=path!("/en/office") view=|| view! { <RequireSession><Inbox/></RequireSession> }/>
                    <Route path=path!("/office/invite") view=InvitePage/>
                    <Route path=path!("/en/office/invite") view=InvitePage/>
                    <Route path=path!("/office/applications/:reference") view=|| view! { <RequireSession><ApplicationPage/></RequireSession> }/>
                    <Route path=path!("/en/office/applications/:reference") view=|| view! { <RequireSession><ApplicationPage/></RequireSession> }/>
                    <Route path=path!("/office/staff") view=|| view! { <RequireSession><RequireAdmin><StaffPage/></RequireAdmin></RequireSession> }/>
                    <Route path=path!("/en/office/staff") view=|| view! { <RequireSession><RequireAdmin><StaffPage/></RequireAdmin></RequireSession> }/>
                    <Route path=path!("/office/community") view=|| view! { <RequireSession><RequireAdmin><CommunityPage/></RequireAdmin></RequireSession> }/>
                    <Route path=path!("/en/office/community") view=|| view! { <RequireSession><RequireAdmin><CommunityPage/></RequireAdmin></RequireSession> }/>
                    <Route path=path!("/office/programmes") view=|| view! { <RequireSession><RequireAdmin><ProgrammesPage/></RequireAdmin></RequireSession> }/>
                    <Route path=path!("/en/office/programmes") view=|| view! { <RequireSession><RequireAdmin><ProgrammesPage/></RequireAdmin></RequireSession> }/>
                    <Route path=path!("/office/programme") view=|| view! { <RequireSession><RequireAdmin><ProgrammePage/></RequireAdmin></RequireSession> }/>
                    <Route path=path!("/en/office/programme") view=|| view! { <RequireSession><RequireAdmin><ProgrammePage/></RequireAdmin></RequireSession> }/>
                    <Route path=path!("/office/tokens") view=|| view! { <RequireSession><RequireAdmin><TokensPage/></RequireAdmin></RequireSession> }/>
                    <Route path=path!("/en/office/tokens") view=|| view! { <RequireSession><RequireAdmin><TokensPage/></RequireAdmin></RequireSession> }/>
                </Routes>
            </Shell>
        </Router>
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
