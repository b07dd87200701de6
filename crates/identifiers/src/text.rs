//! Small helpers for reading input and writing messages in both languages.

use catalogue::Lang;

/// `n` with the Ukrainian noun in the right form: `uk_count(1, "цифра", "цифри", "цифр")`.
pub(crate) fn uk_count(n: usize, one: &str, few: &str, many: &str) -> String {
    let form = if n % 10 == 1 && n % 100 != 11 {
        one
    } else if (2..=4).contains(&(n % 10)) && !(12..=14).contains(&(n % 100)) {
        few
    } else {
        many
    };
    format!("{n} {form}")
}

/// `n` with the English noun in the right form: `en_count(1, "digit", "digits")`.
pub(crate) fn en_count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "N символів" / "N characters", to follow «не більше» / "at most" (so the Ukrainian noun is
/// genitive: «не більше 254 символів», «не більше 21 символу»).
pub(crate) fn characters(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Uk => uk_count(n, "символу", "символів", "символів"),
        Lang::En => en_count(n, "character", "characters"),
    }
}

/// How a message names a character the person typed: «x», or a word for the invisible ones. The
/// Ukrainian words are accusative, to follow «ви ввели …»; the English ones follow "you typed …".
pub(crate) fn describe_char(c: char, lang: Lang) -> String {
    match (c, lang) {
        (' ' | '\u{a0}' | '\u{202f}', Lang::Uk) => "пробіл".into(),
        (' ' | '\u{a0}' | '\u{202f}', Lang::En) => "a space".into(),
        ('\t', Lang::Uk) => "табуляцію".into(),
        ('\t', Lang::En) => "a tab".into(),
        (c, Lang::Uk) if c.is_whitespace() => "пробіл або розрив рядка".into(),
        (c, Lang::En) if c.is_whitespace() => "a space or line break".into(),
        (c, Lang::Uk) if c.is_control() => format!("невидимий символ U+{:04X}", c as u32),
        (c, Lang::En) if c.is_control() => format!("an invisible character U+{:04X}", c as u32),
        (c, _) => format!("«{c}»"),
    }
}

/// The input without surrounding whitespace (Unicode whitespace, so a pasted no-break space goes
/// too).
pub(crate) fn trimmed(input: &str) -> &str {
    input.trim()
}

/// The digit values of `s` if it is all ASCII digits, else the first other character.
pub(crate) fn digits(s: &str) -> Result<Vec<u8>, char> {
    s.chars()
        .map(|c| c.to_digit(10).map(|d| d as u8).ok_or(c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ukrainian_counts_take_the_right_noun_form() {
        let f = |n| uk_count(n, "символ", "символи", "символів");
        assert_eq!(f(1), "1 символ");
        assert_eq!(f(2), "2 символи");
        assert_eq!(f(5), "5 символів");
        assert_eq!(f(11), "11 символів");
        assert_eq!(f(12), "12 символів");
        assert_eq!(f(21), "21 символ");
        assert_eq!(f(64), "64 символи");
        assert_eq!(f(100), "100 символів");
        assert_eq!(f(254), "254 символи");
    }

    #[test]
    fn only_ascii_digits_count_as_digits() {
        assert_eq!(digits("0129"), Ok(vec![0, 1, 2, 9]));
        assert_eq!(digits("12 3"), Err(' '));
        // An Arabic-Indic digit is a digit to Unicode, not to a tax office.
        assert_eq!(digits("1٣"), Err('٣'));
    }
}
