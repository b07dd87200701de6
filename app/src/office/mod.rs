//! The back office (`/office`): the community's staff sign in, work through the inbox, decide on
//! applications and answer the applicants; administrators invite staff and manage integration
//! tokens. Its own app and page (`office.html`), never cached by the citizens' service worker.
//!
//! Pure parts, tested natively: [`filters`] (the inbox's address), [`present`] (answers with the
//! form's questions, dates, sizes), [`actions`] (what each change sends), [`api`] (the contract's
//! shapes and errors).

pub mod actions;
pub mod api;
mod app;
pub mod case;
pub mod components;
pub mod filters;
pub mod pages;
pub mod present;
pub mod session;

pub use app::OfficeApp;
