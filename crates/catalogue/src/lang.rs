//! The portal's languages: Ukrainian first, English second.

use serde::{Deserialize, Serialize};

/// A language the portal speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Ukrainian, the default.
    #[default]
    Uk,
    /// English.
    En,
}

impl Lang {
    /// Every language, the default first.
    pub const ALL: [Lang; 2] = [Lang::Uk, Lang::En];

    /// The BCP 47 tag, as `<html lang>` wants it.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Uk => "uk",
            Lang::En => "en",
        }
    }

    /// Parses a tag such as `uk`, `en`, `en-GB`; anything else is `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "uk" => Some(Lang::Uk),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The other language, for the switch.
    pub fn other(self) -> Lang {
        match self {
            Lang::Uk => Lang::En,
            Lang::En => Lang::Uk,
        }
    }

    /// The prefix of this language's URLs: Ukrainian lives at the root, English under `/en`.
    pub fn path_prefix(self) -> &'static str {
        match self {
            Lang::Uk => "",
            Lang::En => "/en",
        }
    }

    /// Splits a path into its language and the path without the language prefix.
    ///
    /// `/en/service/x` → (En, `/service/x`); `/en` → (En, `/`); `/about` → (Uk, `/about`).
    pub fn split_path(path: &str) -> (Lang, &str) {
        if path == "/en" {
            (Lang::En, "/")
        } else if let Some(rest) = path.strip_prefix("/en/") {
            // Keep the leading slash of the rest.
            (Lang::En, &path[path.len() - rest.len() - 1..])
        } else {
            (Lang::Uk, path)
        }
    }

    /// The same page in this language: `localize("/about")` → `/en/about` for English.
    pub fn localize(self, path: &str) -> String {
        match (self, path) {
            (Lang::Uk, p) => p.to_string(),
            (Lang::En, "/") => "/en".to_string(),
            (Lang::En, p) => format!("/en{p}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_paths_carry_the_prefix_and_ukrainian_paths_do_not() {
        assert_eq!(Lang::split_path("/en/service/x"), (Lang::En, "/service/x"));
        assert_eq!(Lang::split_path("/en"), (Lang::En, "/"));
        assert_eq!(Lang::split_path("/"), (Lang::Uk, "/"));
        assert_eq!(Lang::split_path("/english"), (Lang::Uk, "/english"));
        assert_eq!(Lang::En.localize("/"), "/en");
        assert_eq!(Lang::En.localize("/about"), "/en/about");
        assert_eq!(Lang::Uk.localize("/about"), "/about");
    }

    #[test]
    fn tags_parse_by_their_primary_subtag() {
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("uk"), Some(Lang::Uk));
        assert_eq!(Lang::from_tag("de"), None);
    }
}
