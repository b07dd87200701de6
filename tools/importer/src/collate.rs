//! Ukrainian alphabetical order, for sorting names the way a Ukrainian reader expects them.
//!
//! Unicode code-point order puts Є, І, Ї and Ґ after Я (they live outside the basic Cyrillic
//! block); the Ukrainian alphabet puts them in place:
//! а б в г ґ д е є ж з и і ї й к л м н о п р с т у ф х ц ч ш щ ь ю я.

use catalogue::translit::is_apostrophe;

const ALPHABET: [char; 33] = [
    'а', 'б', 'в', 'г', 'ґ', 'д', 'е', 'є', 'ж', 'з', 'и', 'і', 'ї', 'й', 'к', 'л', 'м', 'н', 'о',
    'п', 'р', 'с', 'т', 'у', 'ф', 'х', 'ц', 'ч', 'ш', 'щ', 'ь', 'ю', 'я',
];

/// A key that sorts strings in Ukrainian alphabetical order: letters by their place in the
/// alphabet regardless of case, apostrophes ignored, spaces and hyphens before any letter, digits
/// before letters, other scripts and signs after. Equal keys (names differing only in case or
/// apostrophe) need a tie-break by the caller.
pub fn collation_key(s: &str) -> Vec<u32> {
    s.chars()
        .filter(|c| !is_apostrophe(*c))
        .map(|c| {
            let lower = c.to_lowercase().next().unwrap_or(c);
            if let Some(i) = ALPHABET.iter().position(|a| *a == lower) {
                100 + i as u32
            } else if c.is_whitespace() {
                1
            } else if c == '-' || c == '‐' || c == '–' {
                2
            } else if c.is_ascii_digit() {
                10 + c as u32 - '0' as u32
            } else if c.is_ascii_punctuation() {
                3
            } else {
                1000 + lower as u32
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::collation_key;

    fn sorted(words: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = words.iter().map(|s| s.to_string()).collect();
        v.sort_by_key(|w| collation_key(w));
        v
    }

    #[test]
    fn the_ukrainian_letters_sit_in_their_places() {
        assert_eq!(
            sorted(&[
                "Яготин",
                "Ірпінь",
                "Ґалаґан",
                "Гадяч",
                "Євген",
                "Їжакевич",
                "Дніпро",
                "Иванівка",
                "Жашків",
                "Йосипівка",
                "Енергодар"
            ]),
            [
                "Гадяч",
                "Ґалаґан",
                "Дніпро",
                "Енергодар",
                "Євген",
                "Жашків",
                "Иванівка",
                "Ірпінь",
                "Їжакевич",
                "Йосипівка",
                "Яготин"
            ]
        );
        assert_eq!(sorted(&["ья", "ьщ", "ью"]), ["ьщ", "ью", "ья"]);
    }

    #[test]
    fn case_and_apostrophes_do_not_count() {
        assert_eq!(collation_key("Знам’янська"), collation_key("знамянська"));
        assert_eq!(collation_key("Знам'янська"), collation_key("ЗНАМʼЯНСЬКА"));
    }

    #[test]
    fn a_shorter_word_and_a_space_come_first() {
        assert_eq!(
            sorted(&["Новаківка", "Нова Водолага", "Нова", "Нова-Ушиця"]),
            ["Нова", "Нова Водолага", "Нова-Ушиця", "Новаківка"]
        );
    }
}
