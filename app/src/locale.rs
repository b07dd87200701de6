//! The current language, taken from the URL (`/en/…` is English, everything else Ukrainian), and
//! short helpers to translate interface messages.
//!
//! Switching language is a navigation to the same page under another prefix, so every page (and
//! the header and footer, which the layout re-renders on a change of language) is built afresh in
//! the new language. Within a render the language is a plain value and texts are plain strings: no
//! reactive closure per text, which keeps the wasm small and lets the same components render to
//! static HTML.

use catalogue::Lang;
use leptos::prelude::*;

/// The current language, as a context value.
#[derive(Clone, Copy, Debug)]
pub struct Locale(pub Signal<Lang>);

/// The current language, read once as a component is built (Ukrainian outside the app).
pub fn use_lang() -> Lang {
    use_context::<Locale>()
        .map(|l| l.0.get_untracked())
        .unwrap_or_default()
}

/// Interface message `id` in the current language.
pub fn t(id: &str) -> String {
    i18n::t(use_lang(), id)
}

/// Interface message `id` whose `$count` picks the plural form.
pub fn t_count(id: &str, count: usize) -> String {
    i18n::t_count(use_lang(), id, count as i64)
}

/// `path` (a Ukrainian-root path such as `/about`) in the current language; inside a widget, the
/// embedded view's own address where the widget has the page.
pub fn href(path: &str) -> String {
    let lang = use_lang();
    use_context::<crate::embed::Embed>()
        .and_then(|embed| embed.inside(lang, path))
        .unwrap_or_else(|| lang.localize(path))
}
