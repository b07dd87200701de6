//! The portal's interface messages, in Ukrainian and English, written with [Project Fluent].
//!
//! Messages live in `locales/uk.ftl` and `locales/en.ftl`; both must define the same ids (a test
//! checks). Plurals follow CLDR: Ukrainian has one/few/many (1 послуга, 2 послуги, 5 послуг),
//! English one/other.
//!
//! The `.ftl` files are compiled into static tables at build time (`build.rs`, with
//! `fluent-syntax`), so the wasm module carries neither a Fluent parser nor a Fluent runtime:
//! formatting a message is a binary search for its id and a walk over its pieces. The build knows
//! the part of Fluent the files use (text, `{ $variable }`, selects on a variable with
//! plural-category or integer keys, string literals) and stops with a clear message on anything
//! else (terms, attributes, message references, functions). A test checks the output against the
//! real `fluent-bundle` runtime for every message.
//!
//! Architecture invariant: pure, no I/O at run time.
//!
//! [Project Fluent]: https://projectfluent.org/

use catalogue::Lang;
use std::fmt::Write as _;

/// The Ukrainian messages.
pub const UK_FTL: &str = include_str!("../locales/uk.ftl");
/// The English messages.
pub const EN_FTL: &str = include_str!("../locales/en.ftl");

// The tables are indexed by `lang as usize`, in the order build.rs compiles the files.
const _: () = assert!(Lang::Uk as usize == 0 && Lang::En as usize == 1 && Lang::ALL.len() == 2);

/// A piece of a compiled message pattern.
enum Piece {
    /// Literal text.
    Text(&'static str),
    /// `{ $name }`.
    Var(&'static str),
    /// `{ $var -> [key] … *[default] … }`.
    Select(&'static Select),
}

struct Select {
    var: &'static str,
    /// Index of the `*[default]` variant.
    default: usize,
    variants: &'static [(Key, &'static [Piece])],
}

/// A variant key.
enum Key {
    /// An identifier: a plural category (`one`, `few`, …) or a string to match.
    Name(&'static str),
    /// An integer literal, matched against a number. (No shipped message has one yet; the test
    /// fixture does.)
    #[cfg_attr(not(test), allow(dead_code))]
    Num(f64),
}

// `static MESSAGES: Table<2>` and the sections' tables, sorted by id; and `FIXTURE` for tests.
include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A compiled table (`build.rs`, `emit_table`), sorted by id: every id and plain text end to end
/// in `text`; each message as the span of its id and, in each of `L` languages, the span of its
/// plain text, `[PATTERN, i]` for `patterns[i]` (a message with variables or selects), or
/// `[NONE, NONE]`.
struct Table<const L: usize> {
    text: &'static str,
    entries: &'static [([u16; 2], [[u16; 2]; L])],
    patterns: &'static [&'static [Piece]],
}

const NONE: u16 = u16::MAX;
const PATTERN: u16 = u16::MAX - 1;

/// A message found in a table.
#[derive(Clone, Copy)]
enum Msg {
    /// Text without variables.
    Plain(&'static str),
    /// A pattern to format with the arguments.
    Pattern(&'static [Piece]),
}

impl<const L: usize> Table<L> {
    fn span(&self, [start, end]: [u16; 2]) -> &'static str {
        &self.text[usize::from(start)..usize::from(end)]
    }

    /// Message `id` in language `index`.
    fn lookup(&self, id: &str, index: usize) -> Option<Msg> {
        let i = self
            .entries
            .binary_search_by(|(key, _)| self.span(*key).cmp(id))
            .ok()?;
        match self.entries[i].1[index] {
            [NONE, _] => None,
            [PATTERN, p] => Some(Msg::Pattern(self.patterns[usize::from(p)])),
            span => Some(Msg::Plain(self.span(span))),
        }
    }

    /// Does the table hold message `id` in some language?
    fn contains(&self, id: &str) -> bool {
        (0..L).any(|index| self.lookup(id, index).is_some())
    }
}

/// The messages of one app's own (the applications app's, the office's), once it has installed
/// them.
static INSTALLED: std::sync::OnceLock<&'static [&'static Table<2>]> = std::sync::OnceLock::new();

/// Makes the portal's own messages (the `[portal]` sections of the `.ftl` files) and the citizens'
/// apps' (`[citizens]`) available to [`t`] and friends: the portal calls it. The other apps do not
/// carry the portal's own, nor the office the citizens'.
pub fn use_portal_messages() {
    static ONLY: [&Table<2>; 2] = [&PORTAL, &CITIZENS];
    let _ = INSTALLED.set(&ONLY);
}

/// Makes the messages only the applications app shows (the `[apply]` sections of the `.ftl`
/// files) available to [`t`] and friends, with the citizens' apps' ones. Only that app calls it,
/// so only its module carries them.
pub fn use_apply_messages() {
    static ONLY: [&Table<2>; 2] = [&APPLY, &CITIZENS];
    let _ = INSTALLED.set(&ONLY);
}

/// Makes the messages only the eligibility check shows (the `[check]` sections) available to [`t`]
/// and friends, with the citizens' apps' ones. Only the check's app calls it, so the other apps'
/// modules do not carry them.
pub fn use_check_messages() {
    static ONLY: [&Table<2>; 2] = [&CHECK, &CITIZENS];
    let _ = INSTALLED.set(&ONLY);
}

/// Makes the back office's messages (the `[office]` sections) available to [`t`] and friends.
/// Only the office's app calls it, so no citizen's module carries them.
pub fn use_office_messages() {
    static ONLY: [&Table<2>; 1] = [&OFFICE];
    let _ = INSTALLED.set(&ONLY);
}

/// Makes every app's own messages available at once, and those of the pages only pre-rendering
/// writes: for the pre-rendering, tests and tools that show several apps' texts in one process
/// (never an app's module, which would then carry them all).
pub fn use_all_messages() {
    static ALL: [&Table<2>; 6] = [&CITIZENS, &PORTAL, &APPLY, &OFFICE, &STATIC, &CHECK];
    let _ = INSTALLED.set(&ALL);
}

/// The section of the `.ftl` files that holds message `id` when only one app (or only the
/// pre-rendering) shows it: `"apply"`, `"check"`, `"office"`, `"portal"` or `"static"`, or only the
/// citizens' apps: `"citizens"`; `None` for a message of every app or an unknown id. For tests
/// that keep each app's code to its own messages.
pub fn own_section(id: &str) -> Option<&'static str> {
    [
        ("citizens", &CITIZENS),
        ("apply", &APPLY),
        ("check", &CHECK),
        ("office", &OFFICE),
        ("portal", &PORTAL),
        ("static", &STATIC),
    ]
    .into_iter()
    .find(|(_, table)| table.contains(id))
    .map(|(name, _)| name)
}

/// The patterns of message `id` in language `index`: every app's, then the installed ones.
fn find(id: &str, index: usize) -> Option<Msg> {
    MESSAGES.lookup(id, index).or_else(|| {
        INSTALLED
            .get()?
            .iter()
            .find_map(|table| table.lookup(id, index))
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
    match find(id, lang as usize) {
        Some(Msg::Plain(text)) => text.to_string(),
        Some(Msg::Pattern(pattern)) => format(lang, pattern, args),
        None => id.to_string(),
    }
}

/// Formats message `id` in `lang`, a message without variables.
pub fn t(lang: Lang, id: &str) -> String {
    t_args(lang, id, &[])
}

/// Formats message `id`, whose `$count` variable picks the plural form.
pub fn t_count(lang: Lang, id: &str, count: i64) -> String {
    t_args(lang, id, &[("count", Arg::Num(count))])
}

/// Formats a compiled pattern as `fluent-bundle` does with isolation marks off.
fn format(lang: Lang, pattern: &[Piece], args: &[(&str, Arg<'_>)]) -> String {
    let mut out = String::new();
    write_pattern(&mut out, lang, pattern, args);
    out
}

fn write_pattern(out: &mut String, lang: Lang, pattern: &[Piece], args: &[(&str, Arg<'_>)]) {
    for piece in pattern {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Var(name) => match arg(args, name) {
                Some(Arg::Str(s)) => out.push_str(s),
                Some(Arg::Num(n)) => write_number(out, n),
                // Fluent shows a missing variable as its reference.
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            },
            Piece::Select(select) => {
                let value = arg(args, select.var);
                let (_, chosen) = select
                    .variants
                    .iter()
                    .find(|(key, _)| key_matches(lang, key, value))
                    .unwrap_or(&select.variants[select.default]);
                write_pattern(out, lang, chosen, args);
            }
        }
    }
}

/// The value of variable `name`; the last one wins if it is given twice, as in `FluentArgs`.
fn arg<'a>(args: &[(&str, Arg<'a>)], name: &str) -> Option<Arg<'a>> {
    args.iter()
        .rev()
        .find(|(n, _)| *n == name)
        .map(|&(_, value)| value)
}

/// Fluent's rule: a string matches an identifier key equal to it; a number matches an integer
/// key equal to it or the key naming its plural category.
fn key_matches(lang: Lang, key: &Key, value: Option<Arg<'_>>) -> bool {
    match (key, value) {
        (Key::Name(name), Some(Arg::Str(s))) => *name == s,
        (Key::Name(name), Some(Arg::Num(n))) => *name == plural_category(lang, n),
        (Key::Num(k), Some(Arg::Num(n))) => n as f64 == *k,
        _ => false,
    }
}

/// The CLDR cardinal plural category of integer `n`.
fn plural_category(lang: Lang, n: i64) -> &'static str {
    // Fluent takes the operand `i` from the number as an `f64`.
    let i = (n as f64).abs() as u64;
    match lang {
        Lang::Uk => {
            let (ones, tens) = (i % 10, i % 100);
            if (2..=4).contains(&ones) && !(12..=14).contains(&tens) {
                "few"
            } else if ones == 1 && tens != 11 {
                "one"
            } else {
                // CLDR's "other" is for fractions only.
                "many"
            }
        }
        Lang::En => {
            if i == 1 {
                "one"
            } else {
                "other"
            }
        }
    }
}

/// Writes `n` as Fluent does: it turns the `i64` into an `f64` and prints that with `Display`,
/// plain digits without grouping. Up to 2^53 that is just the integer; beyond, it is the shortest
/// decimal that reads back as the same `f64` (i64::MAX prints as 9223372036854776000). This finds
/// that decimal with integer arithmetic, which keeps float formatting out of the wasm module.
fn write_number(out: &mut String, n: i64) {
    let x = (n as f64).abs();
    let exact = x as u64;
    let mut shortest = exact;
    // A multiple of 10^k that reads back as `x` is also a multiple of 10^(k-1): go up until no
    // multiple fits, keeping the one closest to `x` at the last power that had one.
    let mut power: u64 = 10;
    for _ in 0..18 {
        let below = exact - exact % power;
        let above = below + power;
        let below_fits = below as f64 == x;
        let above_fits = above as f64 == x;
        shortest = if below_fits && (!above_fits || exact - below <= above - exact) {
            below
        } else if above_fits {
            above
        } else {
            break;
        };
        power *= 10;
    }
    if n < 0 {
        out.push('-');
    }
    write!(out, "{shortest}").expect("writing to a String cannot fail");
}

/// The ids of every message in a `.ftl` source, for the parity test. (The library itself no
/// longer parses Fluent; tools that need this can use `fluent-syntax` directly.)
#[cfg(test)]
pub fn message_ids(src: &str) -> Vec<String> {
    let resource =
        fluent_bundle::FluentResource::try_new(src.to_string()).unwrap_or_else(|(r, _)| r);
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
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

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
        use_all_messages();
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
        use_all_messages();
        assert_eq!(t_count(Lang::En, "programme-count", 1), "1 service");
        assert_eq!(t_count(Lang::En, "programme-count", 2), "2 services");
        assert_eq!(t_count(Lang::En, "programme-count", 0), "0 services");
    }

    #[test]
    fn the_applications_apps_messages_are_a_table_of_their_own() {
        let has = |table: &Table<2>, id: &str| table.contains(id);
        assert!(has(&APPLY, "reply-send") && !has(&MESSAGES, "reply-send"));
        // What every citizen's app's outbox says stays with every citizen's app.
        assert!(has(&CITIZENS, "reply-refused") && !has(&APPLY, "reply-refused"));
        assert!(has(&CITIZENS, "apply-my-applications"));
        use_all_messages();
        assert_eq!(t(Lang::Uk, "reply-send"), "Надіслати відповідь");
    }

    #[test]
    fn every_message_formats_in_both_languages_without_falling_back_to_its_id() {
        use_all_messages();
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

    /// The runtime the tables replace, set up as the library used to set it up.
    fn fluent_bundle(tag: &str, src: &str) -> FluentBundle<FluentResource> {
        let resource = FluentResource::try_new(src.to_string())
            .unwrap_or_else(|(_, errors)| panic!("{tag}: {errors:?}"));
        let langid: unic_langid::LanguageIdentifier = tag.parse().expect("a valid language tag");
        let mut bundle = FluentBundle::new(vec![langid]);
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .expect("no duplicate messages");
        bundle
    }

    fn fluent_format(
        bundle: &FluentBundle<FluentResource>,
        id: &str,
        args: &[(&str, Arg<'_>)],
    ) -> String {
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
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    const COUNTS: [i64; 24] = [
        0,
        1,
        2,
        3,
        4,
        5,
        7,
        11,
        12,
        14,
        21,
        22,
        25,
        101,
        111,
        112,
        1001,
        -1,
        -2,
        -5,
        -21,
        9_007_199_254_740_993,
        i64::MAX,
        i64::MIN,
    ];

    /// Argument sets: every count, alone and with the string variables; strings in place of
    /// numbers; no arguments; a variable given twice.
    fn argument_sets() -> Vec<Vec<(&'static str, Arg<'static>)>> {
        let strings = [
            ("name", Arg::Str("Бучанська")),
            ("query", Arg::Str("субсидія")),
            ("date", Arg::Str("01.01.2026")),
            ("number", Arg::Str("1234")),
            ("a", Arg::Str("A")),
            ("b", Arg::Str("")),
        ];
        let mut sets = vec![vec![], strings.to_vec()];
        for n in COUNTS {
            sets.push(vec![("count", Arg::Num(n))]);
            let mut with_strings = strings.to_vec();
            with_strings.push(("count", Arg::Num(n)));
            sets.push(with_strings);
        }
        for s in ["one", "few", "many", "other", "1", "5", ""] {
            sets.push(vec![("count", Arg::Str(s)), ("name", Arg::Num(5))]);
        }
        for kind in ["male", "female", "one", "5", "x"] {
            for n in [1, 5] {
                sets.push(vec![
                    ("kind", Arg::Str(kind)),
                    ("count", Arg::Num(n)),
                    ("name", Arg::Str("N")),
                ]);
            }
        }
        sets.push(vec![("kind", Arg::Num(5)), ("count", Arg::Num(2))]);
        sets.push(vec![("kind", Arg::Num(1))]);
        sets.push(vec![("count", Arg::Num(1)), ("count", Arg::Num(5))]);
        sets.push(vec![("count", Arg::Str("x")), ("count", Arg::Num(21))]);
        sets
    }

    #[test]
    fn every_message_formats_exactly_as_fluent_bundle_does() {
        use_all_messages();
        let sets = argument_sets();
        let mut compared = 0;
        for (lang, tag, src) in [(Lang::Uk, "uk", UK_FTL), (Lang::En, "en", EN_FTL)] {
            let bundle = fluent_bundle(tag, src);
            let mut ids = message_ids(UK_FTL);
            ids.extend(message_ids(EN_FTL));
            ids.push("no-such-message".to_string());
            for id in &ids {
                for args in &sets {
                    assert_eq!(
                        t_args(lang, id, args),
                        fluent_format(&bundle, id, args),
                        "{tag} {id} {args:?}"
                    );
                    compared += 1;
                }
                for n in COUNTS {
                    let args = [("count", Arg::Num(n))];
                    assert_eq!(t_count(lang, id, n), fluent_format(&bundle, id, &args));
                }
            }
        }
        assert!(compared > 10_000, "{compared}");
    }

    #[test]
    fn every_supported_construct_formats_exactly_as_fluent_bundle_does() {
        let src = include_str!("../testdata/features.ftl");
        let sets = argument_sets();
        let ids = message_ids(src);
        assert_eq!(
            ids.len(),
            FIXTURE.entries.len(),
            "the fixture compiles every message"
        );
        for (lang, tag) in [(Lang::Uk, "uk"), (Lang::En, "en")] {
            let bundle = fluent_bundle(tag, src);
            for id in &ids {
                let message = FIXTURE.lookup(id, 0).expect("compiled");
                for args in &sets {
                    let ours = match message {
                        Msg::Plain(text) => text.to_string(),
                        Msg::Pattern(pattern) => format(lang, pattern, args),
                    };
                    assert_eq!(
                        ours,
                        fluent_format(&bundle, id, args),
                        "{tag} {id} {args:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn numbers_print_as_fluent_prints_them() {
        let mut numbers: Vec<i64> = vec![0, 1, -1, i64::MAX, i64::MIN, i64::MIN + 1];
        for shift in 0..63 {
            for delta in -1100..=1100 {
                numbers.push((1_i64 << shift).saturating_add(delta));
                numbers.push((-1_i64 << shift).saturating_add(delta));
            }
        }
        let mut power: i64 = 1;
        while let Some(next) = power.checked_mul(10) {
            power = next;
            for delta in -3000..=3000 {
                numbers.push(power.saturating_add(delta));
                numbers.push(power.saturating_add(delta).saturating_neg());
            }
        }
        // xorshift64, with random magnitudes so that every length of number is covered.
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..300_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            numbers.push((state as i64) >> (state % 64));
        }
        for n in numbers {
            let mut ours = String::new();
            write_number(&mut ours, n);
            assert_eq!(ours, (n as f64).to_string(), "n = {n}");
        }
    }

    #[test]
    fn plural_forms_are_chosen_as_fluent_bundle_chooses_them() {
        let mut numbers: Vec<i64> = (-1200..=1200).collect();
        for base in [
            1_000_000,
            1 << 40,
            1 << 53,
            1 << 54,
            1 << 60,
            i64::MAX - 200,
        ] {
            numbers.extend((0..=200).map(|d| base + d));
            numbers.extend((0..=200).map(|d| -(base + d)));
        }
        numbers.push(i64::MIN);
        for (lang, tag, src) in [(Lang::Uk, "uk", UK_FTL), (Lang::En, "en", EN_FTL)] {
            let bundle = fluent_bundle(tag, src);
            for &n in &numbers {
                let args = [("count", Arg::Num(n))];
                for id in ["programme-count", "found-count"] {
                    assert_eq!(t_count(lang, id, n), fluent_format(&bundle, id, &args));
                }
            }
        }
    }
}
