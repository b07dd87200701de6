//! One application on screen, as the forms of its page share it: the state it was last seen in,
//! and what happened to the last change.

use super::actions::Action;
use super::api::{Api, ApiError, AuditEntry, Detail};
use forms::{Form, Forms};
use leptos::prelude::*;
use std::cell::RefCell;

thread_local! {
    /// The forms of a community's own programmes, as applications brought them.
    static LOCAL_FORMS: RefCell<Vec<&'static Form>> = const { RefCell::new(Vec::new()) };
}

/// The form `programme`'s answers were given in: the compiled one, or the one a community's own
/// programme's application came with ([`remember`]).
pub fn form_for(forms: Option<&'static Forms>, programme: &str) -> Option<&'static Form> {
    forms.and_then(|f| f.for_programme(programme)).or_else(|| {
        LOCAL_FORMS.with(|l| {
            l.borrow()
                .iter()
                .copied()
                .find(|f| f.programme == programme)
        })
    })
}

/// Keeps the form an application of a community's own programme came with (the general request
/// made for its entry, which the compiled forms do not hold), once per programme and form.
pub fn remember(form: &Form) {
    LOCAL_FORMS.with(|l| {
        let mut l = l.borrow_mut();
        if !l.contains(&form) {
            l.retain(|f| f.programme != form.programme);
            l.push(Box::leak(Box::new(form.clone())));
        }
    });
}

/// The application's page state, as a context value.
#[derive(Clone, Copy, Debug)]
pub struct Case {
    pub api: Api,
    /// The application as last seen (after a change: as the server answered).
    pub detail: RwSignal<Option<Detail>>,
    /// Changes others made meanwhile, when the last change was refused as stale.
    pub stale: RwSignal<Option<Vec<AuditEntry>>>,
    /// Why the last change failed otherwise.
    pub failure: RwSignal<Option<ApiError>>,
    /// The message id confirming the last change.
    pub done: RwSignal<Option<&'static str>>,
    /// A change is on its way.
    pub busy: RwSignal<bool>,
}

/// Where the page moves focus to after a change.
pub const OUTCOME: &str = "case-outcome";

impl Case {
    pub fn new(api: Api) -> Case {
        Case {
            api,
            detail: RwSignal::new(None),
            stale: RwSignal::new(None),
            failure: RwSignal::new(None),
            done: RwSignal::new(None),
            busy: RwSignal::new(false),
        }
    }

    /// Sends a change on the version on screen. `true` when it was saved. A change refused as
    /// stale shows who changed what meanwhile and the application as it is now; nothing is
    /// overwritten.
    pub async fn perform(self, action: Action) -> bool {
        let Some((reference, version)) = self
            .detail
            .with_untracked(|d| d.as_ref().map(|d| (d.reference.clone(), d.version)))
        else {
            return false;
        };
        if self.busy.get_untracked() {
            return false;
        }
        self.busy.set(true);
        let (path, body) = action.request(&reference, version);
        let answer = self.api.post::<Detail>(&path, &body).await;
        self.busy.set(false);
        let saved = match answer {
            Ok(detail) => {
                self.detail.set(Some(detail));
                self.stale.set(None);
                self.failure.set(None);
                self.done.set(Some(action.done()));
                true
            }
            Err(ApiError::Stale(stale)) => {
                let stale = *stale;
                self.detail.set(Some(stale.current));
                self.stale.set(Some(stale.changes));
                self.failure.set(None);
                self.done.set(None);
                false
            }
            Err(e) => {
                self.failure.set(Some(e));
                self.done.set(None);
                false
            }
        };
        request_animation_frame(|| crate::browser::focus_id(OUTCOME));
        saved
    }
}

/// The application's page state.
pub fn use_case() -> Case {
    expect_context::<Case>()
}
