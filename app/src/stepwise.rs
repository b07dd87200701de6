//! Taking a pre-rendered page over in steps. The first render of a page is the costliest thing the
//! app does: the browser compiles each WebAssembly function on its first call, on the main
//! thread. Done at once it is one long task, and a tap that comes in then waits for all of it. The
//! take-over therefore renders the page in steps, one task each ([`browser::take_over`] yields to
//! the browser between them), while the static page stays on screen and keeps working; parts of
//! the layout and of the larger pages wait for their step with [`from_step`]. Outside a take-over
//! (the app's own pages, navigation, native rendering) every step has been reached: everything
//! renders at once.
//!
//! [`browser::take_over`]: crate::browser::take_over

use leptos::prelude::*;

/// The header (the mount before it sets up the router and the state).
pub const HEADER: u8 = 1;
/// The page's main content: its heading and what comes first.
pub const PAGE: u8 = 2;
/// The footer.
pub const FOOTER: u8 = 3;
/// A larger page's further sections.
pub const MORE: u8 = 4;
/// The rest of a larger page.
pub const REST: u8 = 5;
/// The last step: the whole page.
pub const LAST: u8 = REST;

thread_local! {
    // Reference-counted, not owned by whichever component first asked: it outlives them all.
    static STEP: ArcRwSignal<u8> = ArcRwSignal::new(LAST);
}

/// Moves the take-over to `step` (the parts waiting for it render in this task's microtasks).
pub fn reach(step: u8) {
    STEP.with(|s| s.set(step));
}

/// `view`, once the take-over has reached `step` (at once outside a take-over). It renders once:
/// later steps do not render it again.
pub fn from_step<V>(step: u8, view: impl Fn() -> V + Send + Sync + 'static) -> AnyView
where
    V: IntoView + 'static,
{
    held_back(step, Box::new(move || view().into_any()))
}

/// [`from_step`] for any view: one copy of the reactive part in the module, not one a caller.
fn held_back(step: u8, view: Box<dyn Fn() -> AnyView + Send + Sync>) -> AnyView {
    let signal = STEP.with(ArcRwSignal::clone);
    let shown = Memo::new(move |_| signal.get() >= step);
    (move || shown.get().then(&view)).into_any()
}
