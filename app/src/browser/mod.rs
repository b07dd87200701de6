//! The only module that talks to the browser: storage, the document's language and title, focus,
//! and today's date. Every function has a native fallback that does nothing, so components render
//! natively too (the static portal pre-renders them).
//!
//! One file per concern. In each, a function is written once, for the browser, in its `web`
//! module; the `native` module beside it holds that concern's fallbacks (tests, the pre-renderer).
//! Everything is re-exported here, so callers write `browser::save`, `browser::take_over`.

mod address;
mod clock;
mod files;
mod frame;
mod network;
mod page;
mod storage;
pub mod store;
mod takeover;
mod worker;

pub use address::*;
pub use clock::*;
pub use files::*;
pub use frame::*;
pub use network::*;
pub use page::*;
pub use storage::*;
pub use takeover::*;
pub use worker::*;

/// The page's document, where there is one.
#[cfg(target_arch = "wasm32")]
fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}
