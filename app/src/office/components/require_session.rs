use crate::locale::t;
use crate::office::components::Problem;
use crate::office::pages::SignIn;
use crate::office::session::{SessionState, use_session};
use leptos::prelude::*;

/// A screen for signed-in staff: the sign-in form while nobody is (saying so when a session
/// ended), the screen once someone is.
#[component]
pub fn RequireSession(
    /// The screen.
    children: ChildrenFn,
) -> impl IntoView {
    let session = use_session();
    // 0: checking, 1: signed out, 2: signed out as a session ended, 3: signed in. A new CSRF
    // token or a refreshed name does not rebuild the screen.
    let phase = Memo::new(move |_| {
        session.state.with(|s| match s {
            SessionState::Checking => 0,
            SessionState::SignedOut { ended: false } => 1,
            SessionState::SignedOut { ended: true } => 2,
            SessionState::SignedIn(_) => 3,
        })
    });
    move || match phase.get() {
        0 => view! {
            <h1 class="app-heading-xl">{t("office-name")}</h1>
            <p class="app-hint" role="status">{t("loading")}</p>
        }
        .into_any(),
        3 => children().into_any(),
        p => view! {
            {move || session.check_failed.get().map(|e| view! { <Problem error=e/> })}
            <SignIn ended=p == 2/>
        }
        .into_any(),
    }
}
