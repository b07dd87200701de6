//! The portal's interface messages, in Ukrainian and English, with [Project Fluent].
//!
//! Messages live in `locales/uk.ftl` and `locales/en.ftl`; both must define the same ids (a test
//! checks). Plurals follow CLDR: Ukrainian has one/few/many (1 послуга, 2 послуги, 5 послуг),
//! English one/other.
//!
//! Architecture invariant: pure, no I/O; the `.ftl` files are compiled in with `include_str!`.
//!
//! [Project Fluent]: https://projectfluent.org/

use catalogue::Lang;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::cell::RefCell;

/// The Ukrainian messages.
pub const UK_FTL: &str = include_str!("../locales/uk.ftl");
/// The English messages.
pub const EN_FTL: &str = include_str!("../locales/en.ftl");

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> Bundle {
    let (tag, src) = match lang {
        Lang::Uk => ("uk", UK_FTL),
        Lang::En => ("en", EN_FTL),
    };
    let resource = FluentResource::try_new(src.to_string())
        .unwrap_or_else(|(_, errors)| panic!("{tag}.ftl does not parse: {errors:?}"));
    let langid = tag.parse().expect("a valid language tag");
    let mut bundle = FluentBundle::new(vec![langid]);
    // The portal's texts are never mixed-direction; isolation marks would only clutter them.
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .unwrap_or_else(|errors| panic!("{tag}.ftl defines a message twice: {errors:?}"));
    bundle
}

thread_local! {
    static BUNDLES: RefCell<Option<[Bundle; 2]>> = const { RefCell::new(None) };
}

fn with_bundle<R>(lang: Lang, f: impl FnOnce(&Bundle) -> R) -> R {
    BUNDLES.with(|cell| {
        let mut slot = cell.borrow_mut();
        let bundles = slot.get_or_insert_with(|| [bundle(Lang::Uk), bundle(Lang::En)]);
        f(&bundles[lang as usize])
    })
}

/// A value for a message's variable.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(i64),
}

/// Formats message `id` in `lang` with `args`. An unknown id comes back as itself, so a missing
/// message shows up in the page rather than as an empty gap (and the tests catch it).
pub fn t_args(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    with_bundle(lang, |bundle| {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match *value {
                Arg::Str(s) => fluent_args.set(*name, FluentValue::from(s)),
                Arg::Num(n) => fluent_args.set(*name, FluentValue::from(n)),
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        text.into_owned()
    })
}

/// Formats message `id` in `lang`, a message without variables.
pub fn t(lang: Lang, id: &str) -> String {
    t_args(lang, id, &[])
}

/// Formats message `id`, whose `$count` variable picks the plural form.
pub fn t_count(lang: Lang, id: &str, count: i64) -> String {
    t_args(lang, id, &[("count", Arg::Num(count))])
}

/// The ids of every message in a `.ftl` source, for the parity test and for tools.
pub fn message_ids(src: &str) -> Vec<String> {
    let resource = FluentResource::try_new(src.to_string()).unwrap_or_else(|(r, _)| r);
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_define_the_same_messages() {
        let mut uk = message_ids(UK_FTL);
        let mut en = message_ids(EN_FTL);
        uk.sort();
        en.sort();
        let only_uk: Vec<_> = uk.iter().filter(|id| !en.contains(id)).collect();
        let only_en: Vec<_> = en.iter().filter(|id| !uk.contains(id)).collect();
        assert!(
            only_uk.is_empty() && only_en.is_empty(),
            "only in uk: {only_uk:?}; only in en: {only_en:?}"
        );
        assert!(uk.len() > 20);
    }

    #[test]
    fn both_files_parse_without_errors() {
        for (tag, src) in [("uk", UK_FTL), ("en", EN_FTL)] {
            if let Err((_, errors)) = FluentResource::try_new(src.to_string()) {
                panic!("{tag}.ftl: {errors:?}");
            }
        }
    }

    #[test]
    fn ukrainian_plurals_follow_one_few_many() {
        let cases = [
            (1, "1 послуга"),
            (2, "2 послуги"),
            (4, "4 послуги"),
            (5, "5 послуг"),
            (11, "11 послуг"),
            (12, "12 послуг"),
            (21, "21 послуга"),
            (22, "22 послуги"),
            (25, "25 послуг"),
            (0, "0 послуг"),
            (101, "101 послуга"),
            (111, "111 послуг"),
        ];
        for (n, want) in cases {
            assert_eq!(t_count(Lang::Uk, "programme-count", n), want, "n = {n}");
        }
    }

    #[test]
    fn english_plurals_follow_one_other() {
        assert_eq!(t_count(Lang::En, "programme-count", 1), "1 service");
        assert_eq!(t_count(Lang::En, "programme-count", 2), "2 services");
        assert_eq!(t_count(Lang::En, "programme-count", 0), "0 services");
    }

    #[test]
    fn every_message_formats_in_both_languages_without_falling_back_to_its_id() {
        for lang in Lang::ALL {
            for id in message_ids(UK_FTL) {
                let text = t_args(
                    lang,
                    &id,
                    &[
                        ("count", Arg::Num(3)),
                        ("name", Arg::Str("X")),
                        ("query", Arg::Str("q")),
                        ("date", Arg::Str("01.01.2026")),
                        ("number", Arg::Str("1")),
                    ],
                );
                assert_ne!(text, id, "{lang:?} {id}");
                assert!(!text.trim().is_empty(), "{lang:?} {id}");
            }
        }
    }

    #[test]
    fn an_unknown_message_comes_back_as_its_id() {
        assert_eq!(t(Lang::Uk, "no-such-message"), "no-such-message");
    }
}
