//! The staff member's session, as the screen knows it: nobody yet (being checked), signed out
//! (perhaps because the session ended), or signed in with the CSRF token every change carries.
//! The token is kept in memory only, never on the device.

use super::api::SignedIn;
use leptos::prelude::*;

/// Where the session is.
#[derive(Debug, Clone, PartialEq)]
pub enum SessionState {
    /// The server is being asked (`GET /office/me`).
    Checking,
    /// Nobody is signed in; `ended`: a session ended under the person's hands (a 401).
    SignedOut {
        ended: bool,
    },
    SignedIn(Box<SignedIn>),
}

/// The session, as a context value.
#[derive(Clone, Copy, Debug)]
pub struct Session {
    pub state: RwSignal<SessionState>,
    /// Why the server could not be asked who is signed in (offline, an error), if it could not.
    pub check_failed: RwSignal<Option<super::api::ApiError>>,
}

impl Session {
    pub fn new() -> Session {
        Session {
            state: RwSignal::new(SessionState::Checking),
            check_failed: RwSignal::new(None),
        }
    }

    /// The CSRF token of the session, untracked.
    pub fn csrf(self) -> Option<String> {
        self.state.with_untracked(|s| match s {
            SessionState::SignedIn(who) => Some(who.csrf.clone()),
            _ => None,
        })
    }

    /// Who is signed in, tracked.
    pub fn who(self) -> Option<SignedIn> {
        self.state.with(|s| match s {
            SessionState::SignedIn(who) => Some((**who).clone()),
            _ => None,
        })
    }

    /// Is the signed-in person an administrator? (tracked)
    pub fn is_admin(self) -> bool {
        self.state
            .with(|s| matches!(s, SessionState::SignedIn(w) if w.staff.role == "admin"))
    }

    pub fn sign_in(self, who: SignedIn) {
        self.check_failed.set(None);
        self.state.set(SessionState::SignedIn(Box::new(who)));
    }
}

impl Default for Session {
    fn default() -> Session {
        Session::new()
    }
}

/// The session of the back office.
pub fn use_session() -> Session {
    expect_context::<Session>()
}

/// The API client of the session.
pub fn use_api() -> super::api::Api {
    super::api::Api {
        session: use_session(),
    }
}
