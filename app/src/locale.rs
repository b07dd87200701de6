//! The current language, taken from the URL (`/en/…` is English, everything else Ukrainian), and
//! short helpers to translate interface messages.

use catalogue::Lang;
use leptos::prelude::*;

/// The current language, as a context value.
#[derive(Clone, Copy, Debug)]
pub struct Locale(pub Memo<Lang>);

/// The current language. Panics outside the app's layout, where the context is provided.
pub fn use_lang() -> Memo<Lang> {
    expect_context::<Locale>().0
}

/// A reactive translation of interface message `id`.
pub fn tr(id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || i18n::t(lang.get(), id)
}

/// A reactive translation of a message whose `$count` picks the plural form.
pub fn tr_count(id: &'static str, count: impl Fn() -> usize + Send + Sync + 'static) -> impl Fn() -> String + Send + Sync + 'static {
    let lang = use_lang();
    move || i18n::t_count(lang.get(), id, count() as i64)
}

/// A reactive link target: `path` (a Ukrainian-root path such as `/about`) in the current language.
pub fn href(path: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || lang.get().localize(path)
}
