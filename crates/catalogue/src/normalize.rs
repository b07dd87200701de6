//! Text normalisation for search, the way Ukrainians type on phones.
//!
//! Three layers, from strict to loose:
//!
//! * [`words`] folds a text into search words: lower case, apostrophes of every kind (ʼ ’ ' `)
//!   dropped inside words, stress marks and other combining marks dropped (и + breve and і +
//!   diaeresis composed to й and ї), everything that is not a letter or a digit a separator.
//! * [`key`] maps a folded word, Cyrillic or Latin, into one coarse ASCII "key" alphabet, so that
//!   "dopomoha", "dopomoga" and "допомога" all become `dopomoha`, "simyi" and "сімʼї" both `simi`.
//! * [`latin_layout_to_cyrillic`] and [`cyrillic_layout_to_latin`] undo a wrong keyboard layout
//!   ("ljgjvjuf" → "допомога").
//!
//! Plus the Ukrainian (and a few English) stopwords, [`is_stopword`], and Ukrainian alphabetical
//! order, [`collation_key`].

use std::sync::LazyLock;

/// Is `c` one of the apostrophes people type inside Ukrainian words (the modifier letter ʼ, the
/// typographic ’ and ‘, the ASCII ' and `, the acute ´ and primes)?
pub fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '`'
            | '\u{00B4}' // ´
            | '\u{02B9}' // ʹ
            | '\u{02BB}' // ʻ
            | '\u{02BC}' // ʼ, the official Ukrainian apostrophe
            | '\u{02BD}' // ʽ
            | '\u{02C8}' // ˈ
            | '\u{2018}' // ‘
            | '\u{2019}' // ’
            | '\u{2032}' // ′
            | '\u{FF07}' // ＇
    )
}

/// Invisible characters that must not split a word: soft hyphen, zero-width spaces and joiners,
/// the byte-order mark, variation selectors.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' | '\u{FE00}'..='\u{FE0F}'
    )
}

/// Combining marks of the common Unicode blocks (accents, stress marks, breve, diaeresis).
fn is_combining(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'
            | '\u{0483}'..='\u{0489}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}'
    )
}

/// Pushes `c`, a combining mark, onto the word being built: composes и + ̆ → й, і/ї + ̈ → ї,
/// е + ̈ → ё, and drops any other mark (stress marks above all).
fn push_combining(word: &mut String, c: char) {
    let composed = match (word.chars().next_back(), c) {
        (Some('и'), '\u{0306}') => Some('й'),
        (Some('і'), '\u{0308}') => Some('ї'),
        (Some('е'), '\u{0308}') => Some('ё'),
        _ => None,
    };
    if let Some(composed) = composed {
        word.pop();
        word.push(composed);
    }
}

/// The lower case of `c` when it is an ASCII letter or digit or a basic Cyrillic letter (the
/// common case, without Unicode table lookups); `None` for anything else.
fn lower_letter_fast(c: char) -> Option<char> {
    match c {
        'a'..='z' | '0'..='9' | 'а'..='я' | 'ѐ'..='џ' | 'ґ' => Some(c),
        'A'..='Z' => Some(c.to_ascii_lowercase()),
        'А'..='Я' => char::from_u32(c as u32 + 0x20),
        'Ѐ'..='Џ' => char::from_u32(c as u32 + 0x50),
        'Ґ' => Some('ґ'),
        _ => None,
    }
}

/// Splits `text` into folded search words.
///
/// Lower case; apostrophes, invisible characters and combining marks never split a word (the
/// first two are dropped, marks composed or dropped); any other character that is not a letter or
/// a digit separates words.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if is_apostrophe(c) || is_invisible(c) {
            continue;
        }
        if is_combining(c) {
            push_combining(&mut word, c);
            continue;
        }
        if let Some(l) = lower_letter_fast(c) {
            word.push(l);
        } else if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                if is_combining(l) {
                    push_combining(&mut word, l);
                } else {
                    word.push(l);
                }
            }
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// The folded words of `text`, joined by single spaces.
pub fn fold(text: &str) -> String {
    words(text).join(" ")
}

/// The coarse key of one folded word (see [`words`]), shared by Cyrillic and Latin spellings.
///
/// The key alphabet is ASCII. Cyrillic follows the official 2010 transliteration (постанова КМУ
/// № 55), made coarser so that the informal spellings people type meet it:
///
/// * и і ї й (and Russian ы), Latin i y j → `i`; so є я ю → `ie` `ia` `iu`, and "ya", "ja", "yu",
///   "ju", "ye", "yi" land on the same keys;
/// * г ґ, Latin g h → `h`; х, Latin x → `kh`; ц, Latin c → `ts` (but "ch" stays `ch`);
///   ж ч ш щ → `zh` `ch` `sh` `shch`, and Latin "sch" and "shh" → `shch`; w → `v`, q → `k`;
/// * ь, ъ and apostrophes are dropped; Latin letters with diacritics lose them (č š ž → ch sh zh);
/// * finally a run of one repeated letter collapses to one ("ii" → `i`, "нн" → `n`), which also
///   absorbs doubled consonants people often type single.
///
/// Characters of other scripts are kept as they are; digits are kept and never collapsed.
pub fn key(word: &str) -> String {
    let mut out = String::with_capacity(word.len() + 4);
    let mut rest = word;
    while let Some(c) = rest.chars().next() {
        let mut ahead = rest[c.len_utf8()..].chars();
        let (next, after) = (ahead.next(), ahead.next());
        let (mapped, advance): (&str, usize) = match c {
            // Cyrillic, the official scheme made coarse.
            'а' => ("a", 1),
            'б' => ("b", 1),
            'в' => ("v", 1),
            'г' | 'ґ' => ("h", 1),
            'д' => ("d", 1),
            'е' | 'э' => ("e", 1),
            'є' => ("ie", 1),
            'ж' => ("zh", 1),
            'з' => ("z", 1),
            'и' | 'і' | 'ї' | 'й' | 'ы' => ("i", 1),
            'к' => ("k", 1),
            'л' => ("l", 1),
            'м' => ("m", 1),
            'н' => ("n", 1),
            'о' => ("o", 1),
            'п' => ("p", 1),
            'р' => ("r", 1),
            'с' => ("s", 1),
            'т' => ("t", 1),
            'у' => ("u", 1),
            'ф' => ("f", 1),
            'х' => ("kh", 1),
            'ц' => ("ts", 1),
            'ч' => ("ch", 1),
            'ш' => ("sh", 1),
            'щ' => ("shch", 1),
            'ь' | 'ъ' => ("", 1),
            c if is_apostrophe(c) => ("", 1),
            'ю' => ("iu", 1),
            'я' => ("ia", 1),
            'ё' => ("io", 1),
            // Latin digraphs and informal letters.
            's' if next == Some('c') && after == Some('h') => ("shch", 3),
            's' if next == Some('h') && after == Some('h') => ("shch", 3),
            'c' if next == Some('h') => ("ch", 2),
            'c' => ("ts", 1),
            'g' | 'h' => ("h", 1),
            'i' | 'y' | 'j' => ("i", 1),
            'w' | 'v' => ("v", 1),
            'q' | 'k' => ("k", 1),
            'x' => ("kh", 1),
            'č' | 'ć' => ("ch", 1),
            'š' => ("sh", 1),
            'ž' => ("zh", 1),
            'ś' => ("s", 1),
            'ź' | 'ż' => ("z", 1),
            'ł' => ("l", 1),
            'ñ' | 'ń' => ("n", 1),
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'ą' => ("a", 1),
            'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' => ("e", 1),
            'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ý' | 'ÿ' => ("i", 1),
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => ("o", 1),
            'ù' | 'ú' | 'û' | 'ü' | 'ů' => ("u", 1),
            'ğ' | 'ǵ' => ("h", 1),
            _ => ("", 0),
        };
        if advance == 0 {
            // A Latin letter or digit as is, or another script's character.
            push_collapsing(&mut out, c);
        } else {
            for m in mapped.chars() {
                push_collapsing(&mut out, m);
            }
        }
        // Digraphs are ASCII, one byte a letter; anything else advances by one character.
        let bytes = if advance > 1 { advance } else { c.len_utf8() };
        rest = &rest[bytes..];
    }
    out
}

fn push_collapsing(out: &mut String, c: char) {
    let letter = c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic());
    if letter && out.ends_with(c) {
        return;
    }
    out.push(c);
}

/// Does `text` contain a Cyrillic letter?
pub fn has_cyrillic(text: &str) -> bool {
    text.chars().any(is_cyrillic)
}

/// Is `c` a Cyrillic letter (the basic Cyrillic block, which holds all Ukrainian letters)?
pub fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// The Ukrainian ЙЦУКЕН layout: the character a key gives in Latin, and in Ukrainian.
const LAYOUT: &[(char, char)] = &[
    ('q', 'й'),
    ('w', 'ц'),
    ('e', 'у'),
    ('r', 'к'),
    ('t', 'е'),
    ('y', 'н'),
    ('u', 'г'),
    ('i', 'ш'),
    ('o', 'щ'),
    ('p', 'з'),
    ('[', 'х'),
    (']', 'ї'),
    ('a', 'ф'),
    ('s', 'і'),
    ('d', 'в'),
    ('f', 'а'),
    ('g', 'п'),
    ('h', 'р'),
    ('j', 'о'),
    ('k', 'л'),
    ('l', 'д'),
    (';', 'ж'),
    ('\'', 'є'),
    ('z', 'я'),
    ('x', 'ч'),
    ('c', 'с'),
    ('v', 'м'),
    ('b', 'и'),
    ('n', 'т'),
    ('m', 'ь'),
    (',', 'б'),
    ('.', 'ю'),
    ('`', 'ʼ'),
    // The same keys with Shift.
    ('{', 'х'),
    ('}', 'ї'),
    (':', 'ж'),
    ('"', 'є'),
    ('<', 'б'),
    ('>', 'ю'),
    ('~', 'ʼ'),
];

/// Russian letters on the keys where Ukrainian has its own, for the reverse direction.
const RUSSIAN_LAYOUT: &[(char, char)] = &[('s', 'ы'), ('\'', 'э'), (']', 'ъ'), ('`', 'ё')];

/// Reads `text` as if it was typed on the Ukrainian ЙЦУКЕН layout while the keyboard was set to
/// Latin: "ljgjvjuf" → "допомога". Characters that are not on those keys stay as they are.
pub fn latin_layout_to_cyrillic(text: &str) -> String {
    text.chars()
        .map(|c| {
            let lower = c.to_ascii_lowercase();
            LAYOUT
                .iter()
                .find(|(latin, _)| *latin == lower)
                .map_or(c, |&(_, cyrillic)| cyrillic)
        })
        .collect()
}

/// The reverse of [`latin_layout_to_cyrillic`]: Cyrillic typed while Latin was meant
/// ("рфклшм" → "harkiv"). Russian letters on the same keys are read too.
pub fn cyrillic_layout_to_latin(text: &str) -> String {
    text.chars()
        .map(|c| {
            let mut lower = c.to_lowercase();
            let lower = match (lower.next(), lower.next()) {
                (Some(l), None) => l,
                _ => return c,
            };
            LAYOUT
                .iter()
                .chain(RUSSIAN_LAYOUT)
                .find(|(_, cyrillic)| *cyrillic == lower)
                .map_or(c, |&(latin, _)| latin)
        })
        .collect()
}

/// Ukrainian words that carry no meaning for search: prepositions, conjunctions, particles.
pub const STOPWORDS_UK: &[&str] = &[
    "а", "або", "в", "від", "до", "з", "за", "зі", "зо", "із", "й", "і", "на", "о", "об", "по",
    "при", "про", "під", "та", "у", "що", "щодо", "як", "який", "яка", "які", "це", "чи", "для",
    "ж", "же", "ще",
];

/// English function words, since the English texts are searched too.
pub const STOPWORDS_EN: &[&str] = &[
    "a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
];

/// The keys of the Ukrainian stopwords, so that Latin-typed "pry", "dlya", "shcho" are stopwords.
static STOPWORD_KEYS: LazyLock<Vec<String>> =
    LazyLock::new(|| STOPWORDS_UK.iter().map(|w| key(w)).collect());

/// Is the folded word `word` a stopword: a Ukrainian or English one, or a Ukrainian one typed in
/// Latin letters ("pry", "dlia", "na")?
pub fn is_stopword(word: &str) -> bool {
    if STOPWORDS_UK.contains(&word) || STOPWORDS_EN.contains(&word) {
        return true;
    }
    // Latin-typed: short words whose key did not collapse ("qqqq" is not "к").
    word.is_ascii() && word.len() <= 6 && {
        let k = key(word);
        k.len() * 2 >= word.len() && STOPWORD_KEYS.contains(&k)
    }
}

/// The position of a lower-case letter in the Ukrainian alphabet
/// (а б в г ґ д е є ж з и і ї й к л м н о п р с т у ф х ц ч ш щ ь ю я).
fn alphabet_position(c: char) -> Option<u32> {
    Some(match c {
        'а'..='г' => c as u32 - 'а' as u32,
        'ґ' => 4,
        'д' | 'е' => 5 + c as u32 - 'д' as u32,
        'є' => 7,
        'ж'..='и' => 8 + c as u32 - 'ж' as u32,
        'і' => 11,
        'ї' => 12,
        'й'..='щ' => 13 + c as u32 - 'й' as u32,
        'ь' => 30,
        'ю' | 'я' => 31 + c as u32 - 'ю' as u32,
        _ => return None,
    })
}

/// A key that sorts texts in Ukrainian alphabetical order (і after и, є after е, ґ after г),
/// ignoring case and apostrophes. Letters of other alphabets sort after the Ukrainian ones, by
/// code point; digits before letters.
pub fn collation_key(text: &str) -> Vec<u32> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        let c = lower_letter_fast(c).unwrap_or_else(|| c.to_lowercase().next().unwrap_or(c));
        if is_apostrophe(c) || is_invisible(c) || is_combining(c) {
            continue;
        }
        let rank = if c.is_whitespace() {
            0
        } else if c.is_ascii_digit() {
            1 + c as u32 - '0' as u32
        } else if let Some(pos) = alphabet_position(c) {
            100 + pos
        } else {
            1000 + c as u32
        };
        out.push(rank);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apostrophes_of_every_kind_and_none_fold_to_the_same_word() {
        for typed in [
            "сім'ї",
            "сімʼї",
            "сім’ї",
            "сім`ї",
            "сімї",
            "СІМ‘Ї",
            "сім\u{00AD}ʼї",
        ] {
            assert_eq!(words(typed), ["сімї"], "{typed}");
        }
    }

    #[test]
    fn case_and_punctuation_are_ignored() {
        let cases: &[(&str, &[&str])] = &[
            ("Допомога!", &["допомога"]),
            ("  ВПО,   Харків…  ", &["впо", "харків"]),
            ("Івано-Франківськ", &["івано", "франківськ"]),
            ("«Пакунок малюка»", &["пакунок", "малюка"]),
            ("3 000 грн/міс.", &["3", "000", "грн", "міс"]),
            ("", &[]),
            ("?!… — ", &[]),
            ("🙂 допомога 🙂", &["допомога"]),
        ];
        for (text, expected) in cases {
            assert_eq!(words(text), *expected, "{text}");
        }
    }

    #[test]
    fn the_fast_lower_case_agrees_with_unicode() {
        for c in ('\0'..='\u{052F}').chain(['Ґ', 'ґ', 'Ї', 'І', 'Є']) {
            if let Some(fast) = lower_letter_fast(c) {
                assert!(c.is_alphanumeric(), "{c:?}");
                assert_eq!(
                    c.to_lowercase().collect::<String>(),
                    fast.to_string(),
                    "{c:?}"
                );
            }
        }
    }

    #[test]
    fn stress_marks_are_dropped_and_combining_breve_and_diaeresis_compose() {
        assert_eq!(words("допомо\u{0301}га"), ["допомога"]);
        assert_eq!(words("краи\u{0306}на"), ["крайна"]);
        assert_eq!(words("і\u{0308}жа"), ["їжа"]);
        assert_eq!(words("\u{0301}\u{0308}"), Vec::<String>::new());
    }

    #[test]
    fn official_and_informal_transliterations_share_the_cyrillic_key() {
        let cases = [
            ("допомога", &["dopomoha", "dopomoga", "DOPOMOHA"][..]),
            ("харків", &["kharkiv", "xarkiv", "kharkív", "KHARKIV"][..]),
            ("київ", &["kyiv", "kyjiv", "kiiv", "kyyiv"][..]),
            ("сімʼї", &["simi", "simji", "simyi", "sim'yi", "sim'ji"][..]),
            (
                "субсидія",
                &["subsydiia", "subsidiya", "subsidija", "subsydia"][..],
            ),
            ("юрій", &["yurii", "iurii", "jurij", "yuriy"][..]),
            (
                "переселенці",
                &["pereselentsi", "pereselenci", "pereselentsy"][..],
            ),
            ("щастя", &["shchastia", "schastya", "shhastja"][..]),
            ("житомир", &["zhytomyr", "žytomyr", "zhitomir"][..]),
            ("опіка", &["opika", "opiqa"][..]),
            ("єдність", &["yednist", "iednist", "jednist'"][..]),
            ("вовчанськ", &["vovchansk", "wowchansk"][..]),
            ("ґанок", &["ganok", "hanok"][..]),
            ("ганна", &["hanna", "hana", "ganna"][..]),
        ];
        for (cyrillic, latins) in cases {
            let expected = key(cyrillic);
            for latin in latins {
                let folded = fold(latin);
                assert_eq!(key(&folded), expected, "{latin} should key like {cyrillic}");
            }
        }
    }

    #[test]
    fn keys_are_coarse_ascii_for_ukrainian_words() {
        let cases = [
            ("допомога", "dopomoha"),
            ("харківська", "kharkivska"),
            ("сім'ї", "simi"),
            ("народженні", "narodzheni"),
            ("щастя", "shchastia"),
            ("ь", ""),
            ("2000", "2000"),
        ];
        for (word, expected) in cases {
            assert_eq!(key(&fold(word)), expected, "{word}");
        }
    }

    #[test]
    fn latin_typed_on_the_ukrainian_layout_switches_to_cyrillic() {
        let cases = [
            ("ljgjvjuf", "допомога"),
            ("LJGJVJUF", "допомога"),
            ("d'", "вє"),
            ("cs`]", "сіʼї"),
            ("cevcmrf", "сумська"),
            ("[fhrsd", "харків"),
            ("ds, ", "віб "),
            ("впо", "впо"),
        ];
        for (typed, meant) in cases {
            assert_eq!(latin_layout_to_cyrillic(typed), meant, "{typed}");
        }
    }

    #[test]
    fn cyrillic_typed_on_the_ukrainian_layout_switches_back_to_latin() {
        let cases = [
            ("рфклшм", "harkiv"),
            ("ЛНШМ", "kyiv"),
            ("вшіфишдшен", "disability"),
            ("ьщтун", "money"),
            ("kyiv", "kyiv"),
        ];
        for (typed, meant) in cases {
            assert_eq!(cyrillic_layout_to_latin(typed), meant, "{typed}");
        }
    }

    #[test]
    fn stopwords_are_recognised_in_ukrainian_english_and_latin_letters() {
        for w in [
            "для", "на", "з", "із", "і", "й", "та", "в", "у", "при", "до", "по", "що", "як",
        ] {
            assert!(is_stopword(w), "{w}");
        }
        for w in [
            "the", "for", "of", "pry", "dlia", "dlya", "shcho", "yak", "na",
        ] {
            assert!(is_stopword(w), "{w}");
        }
        for w in [
            "допомога",
            "впо",
            "idp",
            "kharkiv",
            "дітям",
            "prym",
            "qqqq",
            "iiiiii",
        ] {
            assert!(!is_stopword(w), "{w}");
        }
    }

    #[test]
    fn the_alphabet_has_thirty_three_letters_in_order() {
        let alphabet = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя";
        let positions: Vec<u32> = alphabet.chars().filter_map(alphabet_position).collect();
        assert_eq!(positions, (0..33).collect::<Vec<u32>>());
        assert_eq!(alphabet_position('ъ'), None);
        assert_eq!(alphabet_position('ы'), None);
    }

    #[test]
    fn ukrainian_alphabetical_order_puts_і_after_и_and_ґ_after_г() {
        let mut names = vec![
            "Іванківська",
            "Ґалаґанівська",
            "Яготинська",
            "Гадяцька",
            "Ирша",
            "Єлизаветівська",
            "Бучанська",
        ];
        names.sort_by_key(|n| collation_key(n));
        assert_eq!(
            names,
            [
                "Бучанська",
                "Гадяцька",
                "Ґалаґанівська",
                "Єлизаветівська",
                "Ирша",
                "Іванківська",
                "Яготинська"
            ]
        );
    }
}
