//! One tab edits an application at a time (issue 14). A second tab that opens the same draft
//! says so instead of overwriting the first one's answers with the ones it loaded, and can take
//! the editing over: the first tab then stops saving and says why.

use crate::browser::{self, store};
use crate::locale::{href, t};
use leptos::prelude::*;
use std::cell::RefCell;

thread_local! {
    /// The lock this tab holds, with the programme whose draft it guards.
    static HELD: RefCell<Option<(String, store::EditLock)>> = const { RefCell::new(None) };
}

/// Whether this tab may edit the draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Editing {
    /// Asking the browser (a few milliseconds): the pages show meanwhile.
    Asking,
    Here,
    /// Another tab had it open first.
    Elsewhere,
    /// Another tab took it over.
    TakenOver,
}

fn lock_name(programme: &str) -> String {
    format!("portal-draft-{programme}")
}

/// The pages of one programme's application, shown while no other tab edits its draft.
#[component]
pub fn OneTab(
    /// The programme whose draft the pages edit.
    #[prop(into)]
    programme: Signal<String>,
    /// The application's pages.
    children: ChildrenFn,
) -> impl IntoView {
    let editing = RwSignal::new(Editing::Asking);
    Effect::new(move |_| {
        let p = programme.get();
        if HELD.with(|h| h.borrow().as_ref().is_some_and(|(q, _)| *q == p)) {
            editing.set(Editing::Here);
            return;
        }
        // Another programme's draft is no longer edited here.
        HELD.with(|h| h.borrow_mut().take());
        editing.set(Editing::Asking);
        leptos::task::spawn_local(async move {
            let lost = move || {
                HELD.with(|h| h.borrow_mut().take());
                editing.set(Editing::TakenOver);
                request_animation_frame(browser::focus_main_heading);
            };
            match store::try_lock(&lock_name(&p), false, lost).await {
                Some(held) => {
                    HELD.with(|h| *h.borrow_mut() = Some((p, held)));
                    editing.set(Editing::Here);
                }
                None => {
                    editing.set(Editing::Elsewhere);
                    request_animation_frame(browser::focus_main_heading);
                }
            }
        });
    });
    // Editing here after all: the lock is taken from the other tab, then the page is loaded
    // again, so that it shows the draft as the other tab left it. The lock is held until the
    // page unloads.
    let take_over = move |_| {
        let p = programme.get_untracked();
        leptos::task::spawn_local(async move {
            let held = store::try_lock(&lock_name(&p), true, || {}).await;
            HELD.with(|h| *h.borrow_mut() = held.map(|held| (p, held)));
            browser::reload();
        });
    };
    let blocked =
        Memo::new(move |_| matches!(editing.get(), Editing::Elsewhere | Editing::TakenOver));
    let notice = move || {
        let (heading, body) = if editing.get() == Editing::TakenOver {
            ("apply-one-tab-taken", "apply-one-tab-taken-body")
        } else {
            ("apply-one-tab-elsewhere", "apply-one-tab-elsewhere-body")
        };
        view! {
            <h1 class="app-heading-l">{t(heading)}</h1>
            <p>{t(body)}</p>
            <button class="app-button" type="button" on:click=take_over>{t("apply-one-tab-take")}</button>
            <p><a href=href("/applications")>{t("apply-my-applications")}</a></p>
        }
    };
    view! {
        <Show when=move || !blocked.get() fallback=notice>
            {children()}
        </Show>
    }
}
