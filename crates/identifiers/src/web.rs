//! Website addresses, as a community gives its own: `https://` (or `http://`) and a host name with
//! a dot, then any path. Checked to catch typos and anything a link should not carry: no spaces,
//! no `user@` before the host, no IP addresses, no `javascript:` or other schemes. The host is
//! lowercased; letters of any script are allowed (`https://громада.укр`).

use crate::text::trimmed;
use catalogue::Lang;
use serde::{Deserialize, Serialize};

/// A checked web address (`http` or `https`), with its host lowercased.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WebAddress(String);

/// Why a text is not an acceptable web address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code")]
pub enum WebAddressError {
    /// Nothing was entered.
    #[serde(rename = "url-empty")]
    Empty,
    /// Longer than [`WebAddress::MAX_LEN`] bytes.
    #[serde(rename = "url-too-long")]
    TooLong { found: usize },
    /// A space, a quote or an angle bracket inside the address.
    #[serde(rename = "url-invalid-character")]
    InvalidCharacter,
    /// No `https://` at the start; `suggestion` is the address with it.
    #[serde(rename = "url-missing-scheme")]
    MissingScheme { suggestion: Option<String> },
    /// A scheme other than `http` or `https`.
    #[serde(rename = "url-wrong-scheme")]
    WrongScheme,
    /// The host is missing, has no dot, an empty or malformed label, a `user@` or an IP address.
    #[serde(rename = "url-invalid-host")]
    InvalidHost,
}

impl WebAddress {
    /// The longest address accepted, in bytes.
    pub const MAX_LEN: usize = 2000;

    /// Checks and normalises a web address.
    pub fn parse(input: &str) -> Result<WebAddress, WebAddressError> {
        let s = trimmed(input);
        if s.is_empty() {
            return Err(WebAddressError::Empty);
        }
        if s.len() > Self::MAX_LEN {
            return Err(WebAddressError::TooLong { found: s.len() });
        }
        if s.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\' | '`')
        }) {
            return Err(WebAddressError::InvalidCharacter);
        }
        let lower = s.to_lowercase();
        let (scheme, rest) = if lower.starts_with("https://") {
            ("https://", &s[8..])
        } else if lower.starts_with("http://") {
            ("http://", &s[7..])
        } else if let Some((scheme, _)) = s.split_once(':')
            && !scheme.is_empty()
            && scheme.chars().all(|c| c.is_ascii_alphabetic())
            && !s[scheme.len() + 1..].starts_with(|c: char| c.is_ascii_digit())
        {
            return Err(WebAddressError::WrongScheme);
        } else {
            let suggestion = WebAddress::parse(&format!("https://{s}")).ok().map(|w| w.0);
            return Err(WebAddressError::MissingScheme { suggestion });
        };
        let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let (authority, tail) = rest.split_at(end);
        let host = match authority.rsplit_once(':') {
            Some((host, port))
                if !port.is_empty()
                    && port.len() <= 5
                    && port.chars().all(|c| c.is_ascii_digit()) =>
            {
                host
            }
            _ => authority,
        };
        if !valid_host(host) {
            return Err(WebAddressError::InvalidHost);
        }
        let port = &authority[host.len()..];
        Ok(WebAddress(format!(
            "{scheme}{}{port}{tail}",
            host.to_lowercase()
        )))
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The address without its scheme and a trailing `/`, for reading: `gromada.gov.ua`.
    pub fn display(&self) -> &str {
        let s = self
            .0
            .strip_prefix("https://")
            .or_else(|| self.0.strip_prefix("http://"))
            .unwrap_or(&self.0);
        s.strip_suffix('/').unwrap_or(s)
    }
}

/// Labels of letters, digits and hyphens (not at either end), at least two, the last not all
/// digits (so no IPv4 address), none longer than 63 bytes.
fn valid_host(host: &str) -> bool {
    if host.is_empty() || host.len() > 253 {
        return false;
    }
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|l| !l.chars().all(|c| c.is_ascii_digit()))
}

impl TryFrom<String> for WebAddress {
    type Error = WebAddressError;

    fn try_from(s: String) -> Result<WebAddress, WebAddressError> {
        WebAddress::parse(&s)
    }
}

crate::text_serde!(WebAddress);

impl WebAddressError {
    /// The stable code, as in the JSON form.
    pub fn code(&self) -> &'static str {
        use WebAddressError as E;
        match self {
            E::Empty => "url-empty",
            E::TooLong { .. } => "url-too-long",
            E::InvalidCharacter => "url-invalid-character",
            E::MissingScheme { .. } => "url-missing-scheme",
            E::WrongScheme => "url-wrong-scheme",
            E::InvalidHost => "url-invalid-host",
        }
    }

    /// What is wrong and how to fix it.
    pub fn message(&self, lang: Lang) -> String {
        use WebAddressError as E;
        match (self, lang) {
            (E::Empty, Lang::Uk) => "Введіть адресу сайту, наприклад https://gromada.gov.ua.".into(),
            (E::Empty, Lang::En) => "Enter the website's address, for example https://gromada.gov.ua.".into(),
            (E::TooLong { found }, Lang::Uk) => format!(
                "Адреса сайту — не більше {} символів, а тут {found}: дайте коротшу.",
                WebAddress::MAX_LEN
            ),
            (E::TooLong { found }, Lang::En) => format!(
                "A website's address has at most {} characters, and this has {found}: give a shorter one.",
                WebAddress::MAX_LEN
            ),
            (E::InvalidCharacter, Lang::Uk) => "В адресі сайту не може бути пробілів, лапок чи кутових дужок: скопіюйте її з рядка адреси браузера.".into(),
            (E::InvalidCharacter, Lang::En) => "A website's address cannot have spaces, quotes or angle brackets: copy it from the browser's address bar.".into(),
            (E::MissingScheme { suggestion: Some(s) }, Lang::Uk) => {
                format!("Адреса сайту починається з https://. Можливо, ви мали на увазі {s}?")
            }
            (E::MissingScheme { suggestion: Some(s) }, Lang::En) => {
                format!("A website's address starts with https://. Did you mean {s}?")
            }
            (E::MissingScheme { suggestion: None }, Lang::Uk) => "Адреса сайту починається з https://, наприклад https://gromada.gov.ua.".into(),
            (E::MissingScheme { suggestion: None }, Lang::En) => "A website's address starts with https://, for example https://gromada.gov.ua.".into(),
            (E::WrongScheme, Lang::Uk) => "Адреса сайту має починатися з https:// або http://.".into(),
            (E::WrongScheme, Lang::En) => "A website's address must start with https:// or http://.".into(),
            (E::InvalidHost, Lang::Uk) => "Після https:// має бути назва сайту з крапкою, наприклад gromada.gov.ua.".into(),
            (E::InvalidHost, Lang::En) => "After https:// comes the site's name with a dot, for example gromada.gov.ua.".into(),
        }
    }
}

crate::localized_error!(WebAddressError);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_community_site_is_accepted_with_its_host_lowercased() {
        let w = WebAddress::parse("  https://Gromada.GOV.ua/Contacts?x=1 ").unwrap();
        assert_eq!(w.as_str(), "https://gromada.gov.ua/Contacts?x=1");
        assert_eq!(
            WebAddress::parse("http://громада.укр/").unwrap().display(),
            "громада.укр"
        );
        assert_eq!(
            WebAddress::parse("https://a.b:8443/p").unwrap().as_str(),
            "https://a.b:8443/p"
        );
    }

    #[test]
    fn an_address_without_a_scheme_gets_a_suggestion() {
        assert_eq!(
            WebAddress::parse("gromada.gov.ua"),
            Err(WebAddressError::MissingScheme {
                suggestion: Some("https://gromada.gov.ua".into())
            })
        );
        assert_eq!(
            WebAddress::parse("gromada"),
            Err(WebAddressError::MissingScheme { suggestion: None })
        );
    }

    #[test]
    fn scripts_hosts_without_dots_credentials_and_ip_addresses_are_refused() {
        assert_eq!(
            WebAddress::parse("javascript:alert(1)"),
            Err(WebAddressError::WrongScheme)
        );
        assert_eq!(
            WebAddress::parse("ftp://a.b"),
            Err(WebAddressError::WrongScheme)
        );
        assert_eq!(
            WebAddress::parse("https://localhost"),
            Err(WebAddressError::InvalidHost)
        );
        assert_eq!(
            WebAddress::parse("https://user@evil.com"),
            Err(WebAddressError::InvalidHost)
        );
        assert_eq!(
            WebAddress::parse("https://10.0.0.1/"),
            Err(WebAddressError::InvalidHost)
        );
        assert_eq!(
            WebAddress::parse("https://-a.com"),
            Err(WebAddressError::InvalidHost)
        );
        assert_eq!(
            WebAddress::parse("https://a b.com"),
            Err(WebAddressError::InvalidCharacter)
        );
        assert_eq!(WebAddress::parse(""), Err(WebAddressError::Empty));
    }

    #[test]
    fn every_error_has_a_message_in_both_languages() {
        for e in [
            WebAddressError::Empty,
            WebAddressError::TooLong { found: 2001 },
            WebAddressError::InvalidCharacter,
            WebAddressError::MissingScheme { suggestion: None },
            WebAddressError::WrongScheme,
            WebAddressError::InvalidHost,
        ] {
            assert!(!e.message(Lang::Uk).is_empty() && !e.message(Lang::En).is_empty());
            assert!(e.code().starts_with("url-"));
        }
    }
}
