//! The official transliteration of Ukrainian into Latin script, as the Resolution of the Cabinet
//! of Ministers of Ukraine № 55 of 27.01.2010 «Про впорядкування транслітерації українського
//! алфавіту латиницею» sets it out. It is the scheme of passports, road signs and the codifier's
//! English names.
//!
//! The rules beyond the one-to-one table:
//! - Є, Ї, Й, Ю, Я are written Ye, Yi, Y, Yu, Ya at the start of a word and ie, i, i, iu, ia
//!   elsewhere;
//! - the combination зг is written zgh (to tell it from ж = zh);
//! - the soft sign and the apostrophe are not written.
//!
//! Capitalisation follows the original word: a capital letter becomes a capital first Latin
//! letter (Щ → Shch), and in a word written in capitals the whole group is capital
//! (ЩУКА → SHCHUKA). Characters outside the Ukrainian alphabet pass through unchanged.

/// Transliterates `s` by the official scheme (постанова КМУ № 55 від 27.01.2010).
///
/// ```
/// use catalogue::translit::to_latin;
/// assert_eq!(to_latin("Згорани"), "Zghorany");
/// assert_eq!(to_latin("Знам'янка"), "Znamianka");
/// assert_eq!(to_latin("Київ"), "Kyiv");
/// ```
pub fn to_latin(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + s.len() / 4);
    for (i, &c) in chars.iter().enumerate() {
        let lower = to_lower(c);
        let at_word_start = previous_letter(&chars, i).is_none();
        let latin = match lower {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' if previous_letter(&chars, i).map(to_lower) == Some('з') => "gh",
            'г' => "h",
            'ґ' => "g",
            'д' => "d",
            'е' => "e",
            'є' if at_word_start => "ye",
            'є' => "ie",
            'ж' => "zh",
            'з' => "z",
            'и' => "y",
            'і' => "i",
            'ї' if at_word_start => "yi",
            'ї' => "i",
            'й' if at_word_start => "y",
            'й' => "i",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ю' if at_word_start => "yu",
            'ю' => "iu",
            'я' if at_word_start => "ya",
            'я' => "ia",
            'ь' => "",
            _ if is_apostrophe(c) => "",
            _ => {
                out.push(c);
                continue;
            }
        };
        if c == lower {
            out.push_str(latin);
        } else if word_in_capitals(&chars, i) {
            out.extend(latin.chars().map(|l| l.to_ascii_uppercase()));
        } else {
            let mut rest = latin.chars();
            if let Some(first) = rest.next() {
                out.push(first.to_ascii_uppercase());
                out.extend(rest);
            }
        }
    }
    out
}

/// The apostrophes Ukrainian texts use: the modifier letter ʼ (the standard one), the right
/// single quotation mark ’, the typewriter ' and the backtick, and the left quotation mark ‘.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\u{02BC}' | '\u{2019}' | '\u{2018}' | '\'' | '`')
}

/// The lower-case form of a Cyrillic capital, or `c` itself.
fn to_lower(c: char) -> char {
    let mut l = c.to_lowercase();
    match (l.next(), l.next()) {
        (Some(one), None) => one,
        _ => c,
    }
}

/// The letter before position `i` within the same word, skipping apostrophes (which sit inside
/// words: Знам'янка). `None` at the start of a word.
fn previous_letter(chars: &[char], i: usize) -> Option<char> {
    chars[..i]
        .iter()
        .rev()
        .find(|c| !is_apostrophe(**c))
        .filter(|c| c.is_alphabetic())
        .copied()
}

/// The letter after position `i` within the same word, skipping apostrophes.
fn next_letter(chars: &[char], i: usize) -> Option<char> {
    chars[i + 1..]
        .iter()
        .find(|c| !is_apostrophe(**c))
        .filter(|c| c.is_alphabetic())
        .copied()
}

/// Is the capital at `i` part of a word written in capitals? Judged by the next letter, or at
/// the end of a word by the previous one; a one-letter word is not.
fn word_in_capitals(chars: &[char], i: usize) -> bool {
    next_letter(chars, i)
        .or_else(|| previous_letter(chars, i))
        .is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::to_latin;

    /// The examples the resolution itself gives, one per rule of its table.
    #[test]
    fn the_resolutions_examples() {
        let table = [
            ("Алушта", "Alushta"),
            ("Андрій", "Andrii"),
            ("Борщагівка", "Borshchahivka"),
            ("Борисенко", "Borysenko"),
            ("Вінниця", "Vinnytsia"),
            ("Володимир", "Volodymyr"),
            ("Гадяч", "Hadiach"),
            ("Богдан", "Bohdan"),
            ("Згурський", "Zghurskyi"),
            ("Ґалаґан", "Galagan"),
            ("Ґорґани", "Gorgany"),
            ("Донецьк", "Donetsk"),
            ("Дмитро", "Dmytro"),
            ("Рівне", "Rivne"),
            ("Олег", "Oleh"),
            ("Есмань", "Esman"),
            ("Єнакієве", "Yenakiieve"),
            ("Гаєвич", "Haievych"),
            ("Короп'є", "Koropie"),
            ("Житомир", "Zhytomyr"),
            ("Жанна", "Zhanna"),
            ("Жежелів", "Zhezheliv"),
            ("Закарпаття", "Zakarpattia"),
            ("Казимирчук", "Kazymyrchuk"),
            ("Медвин", "Medvyn"),
            ("Михайленко", "Mykhailenko"),
            ("Іванків", "Ivankiv"),
            ("Іващенко", "Ivashchenko"),
            ("Їжакевич", "Yizhakevych"),
            ("Кадиївка", "Kadyivka"),
            ("Мар'їне", "Marine"),
            ("Йосипівка", "Yosypivka"),
            ("Стрий", "Stryi"),
            ("Олексій", "Oleksii"),
            ("Київ", "Kyiv"),
            ("Коваленко", "Kovalenko"),
            ("Лебедин", "Lebedyn"),
            ("Леонід", "Leonid"),
            ("Миколаїв", "Mykolaiv"),
            ("Маринич", "Marynych"),
            ("Ніжин", "Nizhyn"),
            ("Наталія", "Nataliia"),
            ("Одеса", "Odesa"),
            ("Онищенко", "Onyshchenko"),
            ("Полтава", "Poltava"),
            ("Петро", "Petro"),
            ("Решетилівка", "Reshetylivka"),
            ("Рибчинський", "Rybchynskyi"),
            ("Суми", "Sumy"),
            ("Соломія", "Solomiia"),
            ("Тернопіль", "Ternopil"),
            ("Троць", "Trots"),
            ("Ужгород", "Uzhhorod"),
            ("Уляна", "Uliana"),
            ("Фастів", "Fastiv"),
            ("Філіпчук", "Filipchuk"),
            ("Харків", "Kharkiv"),
            ("Христина", "Khrystyna"),
            ("Біла Церква", "Bila Tserkva"),
            ("Стеценко", "Stetsenko"),
            ("Чернівці", "Chernivtsi"),
            ("Шевченко", "Shevchenko"),
            ("Шостка", "Shostka"),
            ("Кишеньки", "Kyshenky"),
            ("Щербухи", "Shcherbukhy"),
            ("Гоща", "Hoshcha"),
            ("Гаращенко", "Harashchenko"),
            ("Юрій", "Yurii"),
            ("Корюківка", "Koriukivka"),
            ("Яготин", "Yahotyn"),
            ("Ярошенко", "Yaroshenko"),
            ("Костянтин", "Kostiantyn"),
            ("Знам'янка", "Znamianka"),
            ("Феодосія", "Feodosiia"),
            ("Згорани", "Zghorany"),
            ("Розгон", "Rozghon"),
            ("Гаївка", "Haivka"),
            ("Крюківка", "Kriukivka"),
            ("Євген", "Yevhen"),
            ("Ковальчук", "Kovalchuk"),
            ("Чернігів", "Chernihiv"),
            ("Хмельницький", "Khmelnytskyi"),
            ("Ірпінь", "Irpin"),
        ];
        for (uk, en) in table {
            assert_eq!(to_latin(uk), en, "{uk}");
        }
    }

    #[test]
    fn every_apostrophe_is_dropped() {
        for name in ["Знам'янка", "Знамʼянка", "Знам’янка", "Знам`янка"]
        {
            assert_eq!(to_latin(name), "Znamianka", "{name}");
        }
        assert_eq!(to_latin("Солом’янський"), "Solomianskyi");
    }

    #[test]
    fn word_starts_inside_a_phrase() {
        assert_eq!(to_latin("Новгород-Сіверський"), "Novhorod-Siverskyi");
        assert_eq!(to_latin("Нова Ярославка"), "Nova Yaroslavka");
        assert_eq!(to_latin("Кам'янець-Подільський"), "Kamianets-Podilskyi");
        assert_eq!(to_latin("Старий Їжачок"), "Staryi Yizhachok");
        assert_eq!(to_latin("с. Юрівка"), "s. Yurivka");
    }

    #[test]
    fn capitals() {
        assert_eq!(to_latin("ЩУКА"), "SHCHUKA");
        assert_eq!(to_latin("Щука"), "Shchuka");
        assert_eq!(to_latin("ЗГОРАНИ"), "ZGHORANY");
        assert_eq!(to_latin("КИЇВ"), "KYIV");
        assert_eq!(to_latin("ЯЩ"), "YASHCH");
        assert_eq!(to_latin("Я"), "Ya");
        assert_eq!(to_latin("ДОНЕЦЬКА ОБЛАСТЬ"), "DONETSKA OBLAST");
    }

    #[test]
    fn other_text_passes_through() {
        assert_eq!(to_latin(""), "");
        assert_eq!(to_latin("Kyiv 2025, №1"), "Kyiv 2025, №1");
        assert_eq!(to_latin("c. Кліщіївка"), "c. Klishchiivka");
    }
}
