//! The current language, taken from the URL (`/en/…` is English, everything else Ukrainian), and
//! short helpers to translate interface messages.
//!
//! The whole layout is rebuilt when the language changes (switching language is a navigation to
//! the same page under another prefix), so within a render the language is a plain value and texts
//! are plain strings: no reactive closure per text, which keeps the wasm small and lets the same
//! components render to static HTML.

use catalogue::Lang;
use leptos::prelude::*;

/// The current language, as a context value.
#[derive(Clone, Copy, Debug)]
pub struct Locale(pub Lang);

/// The current language (Ukrainian outside the app's layout).
pub fn use_lang() -> Lang {
    use_context::<Locale>().map(|l| l.0).unwrap_or_default()
}

/// Interface message `id` in the current language.
pub fn t(id: &str) -> String {
    i18n::t(use_lang(), id)
}

/// Interface message `id` whose `$count` picks the plural form.
pub fn t_count(id: &str, count: usize) -> String {
    i18n::t_count(use_lang(), id, count as i64)
}

/// `path` (a Ukrainian-root path such as `/about`) in the current language.
pub fn href(path: &str) -> String {
    use_lang().localize(path)
}
