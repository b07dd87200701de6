//! The citizen's portal: a Leptos single-page app, client-side rendered and built by trunk to
//! WebAssembly.
//!
//! Architecture invariant: this crate is the only code that touches the browser, and only through
//! [`browser`]. Components are signals plus `view!` and render natively too, so that a later build
//! step can pre-render them to static HTML. Domain logic lives in the pure crates: `catalogue`
//! (programmes, communities, search) and `rules` (eligibility); the app only shows their results.

pub mod applications;
pub mod browser;
pub mod components;
pub mod data;
pub mod locale;
pub mod pages;
pub mod screening;
pub mod state;
pub mod url;

mod app;

pub use app::{App, ApplyApp, CheckApp};
