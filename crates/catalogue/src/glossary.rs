//! The Ukrainian terms an English page keeps — the names a person meets on signs, documents and
//! in offices (ЦНАП, РНОКПП, КЕП …) — and the short English explanation each gets where it first
//! appears (issue 16, item 6). An English text says the term with its explanation once, as
//! `ЦНАП (administrative services centre)` or `administrative services centre (ЦНАП)`; every text
//! explains the terms it uses, so that wherever a page starts, its first occurrence is explained.
//!
//! "Diia" is left out: English texts already name the state's app by its Latin name, mostly as
//! "the Diia app" or "Diia.Signature".

/// A term and its explanation in English (lowercase, as it reads in the middle of a sentence).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    pub term: &'static str,
    pub en: &'static str,
}

/// Every term an English text may keep in Ukrainian, with its explanation.
pub const TERMS: &[Term] = &[
    Term {
        term: "ЦНАП",
        en: "administrative services centre",
    },
    Term {
        term: "КЕП",
        en: "qualified e-signature",
    },
    Term {
        term: "ЄСВ",
        en: "single social contribution",
    },
    Term {
        term: "єМалятко",
        en: "one application for all services at a birth",
    },
    Term {
        term: "РНОКПП",
        en: "taxpayer number",
    },
    Term {
        term: "УНЗР",
        en: "unique register number",
    },
    Term {
        term: "ВПО",
        en: "internally displaced person",
    },
    Term {
        term: "ЛКК",
        en: "medical advisory commission",
    },
    Term {
        term: "ВЛК",
        en: "military medical commission",
    },
    Term {
        term: "МДРК",
        en: "multidisciplinary rehabilitation team",
    },
    Term {
        term: "МСЕК",
        en: "medical and social expert commission",
    },
    Term {
        term: "ДРАЦС",
        en: "civil registry office",
    },
    Term {
        term: "УБД",
        en: "combat veteran",
    },
    Term {
        term: "КАТОТТГ",
        en: "codifier of communities",
    },
];

/// Where `term` first occurs in `text` as a word of its own (not inside a longer word).
fn first_word(text: &str, term: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = text[from..].find(term).map(|i| i + from) {
        let before = text[..i].chars().next_back();
        let after = text[i + term.len()..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return Some(i);
        }
        from = i + term.len();
    }
    None
}

/// The terms `text` (English) uses without explaining them where they first occur: right after,
/// as `ЦНАП (administrative services centre…` (or `(ЦНАП, administrative services centre…` inside
/// brackets), or right before, as `…administrative services centre (ЦНАП`; case aside.
pub fn unexplained(text: &str) -> Vec<&'static Term> {
    TERMS
        .iter()
        .filter(|t| {
            let Some(i) = first_word(text, t.term) else {
                return false;
            };
            let before = text[..i].to_lowercase();
            let after = text[i + t.term.len()..].to_lowercase();
            !(after.starts_with(&format!(" ({}", t.en))
                || after.starts_with(&format!(", {}", t.en))
                || before.trim_end().ends_with(&format!("{} (", t.en)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        unexplained(text).iter().map(|t| t.term).collect()
    }

    #[test]
    fn a_term_is_explained_right_after_or_right_before_its_first_occurrence() {
        assert!(
            names("Apply at a ЦНАП (administrative services centre). A ЦНАП helps.").is_empty()
        );
        assert!(names("Your taxpayer number (РНОКПП), 10 digits").is_empty());
        assert!(names("at ЦНАП (administrative services centres) and online").is_empty());
        assert!(names("the commission’s (ЛКК, medical advisory commission) conclusion").is_empty());
        assert_eq!(
            names("Apply at a ЦНАП. A ЦНАП (administrative services centre)."),
            ["ЦНАП"]
        );
        assert_eq!(
            names("sign it (КЕП or Diia.Signature) at a ДРАЦС"),
            ["КЕП", "ДРАЦС"]
        );
    }

    #[test]
    fn a_term_inside_a_longer_word_is_another_word() {
        assert!(names("ЦНАПи").is_empty());
        assert!(names("No terms here.").is_empty());
    }
}
