//! E-mail addresses, checked pragmatically: what catches typos without refusing real addresses.
//!
//! One `@`; a local part of 1–64 bytes made of letters, digits and ``!#$%&'*+-/=?^_`{|}~``, with
//! dots only between other characters; a domain with at least one dot, whose labels are letters,
//! digits and hyphens (not at either end), up to 63 bytes each, the last one not all digits; at
//! most 254 bytes in all (RFC 5321). Non-ASCII letters are allowed on both sides (`пошта.укр`).
//! Quoted local parts and IP-address domains, legal in the RFCs but not in forms, are refused.
//! The domain is lowercased; the local part keeps its case, which its mail server may heed.

use crate::text::{characters, describe_char, trimmed};
use catalogue::Lang;
use serde::{Deserialize, Serialize};

const MAX_LEN: usize = Email::MAX_LEN;
const MAX_LOCAL_LEN: usize = Email::MAX_LOCAL_LEN;
/// The longest domain label, in bytes.
const MAX_LABEL_LEN: usize = 63;

/// A checked e-mail address, with its domain lowercased.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Email(String);

/// Why a text is not an acceptable e-mail address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code")]
pub enum EmailError {
    /// Nothing was entered.
    #[serde(rename = "email-empty")]
    Empty,
    /// A space inside the address.
    #[serde(rename = "email-contains-space")]
    ContainsSpace,
    /// No `@`.
    #[serde(rename = "email-missing-at")]
    MissingAt,
    /// More than one `@`.
    #[serde(rename = "email-several-at")]
    SeveralAt,
    /// Nothing before the `@`.
    #[serde(rename = "email-empty-local-part")]
    EmptyLocalPart,
    /// Nothing after the `@`.
    #[serde(rename = "email-empty-domain")]
    EmptyDomain,
    /// Longer than [`Email::MAX_LEN`] bytes.
    #[serde(rename = "email-too-long")]
    TooLong { found: usize },
    /// The part before the `@` is longer than [`Email::MAX_LOCAL_LEN`] bytes.
    #[serde(rename = "email-local-part-too-long")]
    LocalPartTooLong { found: usize },
    /// A character that does not belong in an address (`,`, `;`, `<`, `"`…).
    #[serde(rename = "email-invalid-character")]
    InvalidCharacter { found: char },
    /// A dot at the start or end of the part before the `@`, or two dots in a row.
    #[serde(rename = "email-misplaced-dot")]
    MisplacedDot,
    /// A domain without a dot (`gmailcom`).
    #[serde(rename = "email-domain-without-dot")]
    DomainWithoutDot,
    /// A domain with an empty or overlong label, a hyphen at a label's end, or a numeric ending.
    #[serde(rename = "email-malformed-domain")]
    MalformedDomain { domain: String },
}

fn is_local_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || "!#$%&'*+-/=?^_`{|}~.".contains(c)
        || (!c.is_ascii() && c.is_alphanumeric())
}

fn is_domain_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '.'
}

fn label_ok(label: &str) -> bool {
    !label.is_empty()
        && label.len() <= MAX_LABEL_LEN
        && !label.starts_with('-')
        && !label.ends_with('-')
}

impl Email {
    /// The longest address, in bytes (RFC 5321's path limit less the angle brackets).
    pub const MAX_LEN: usize = 254;
    /// The longest local part, in bytes.
    pub const MAX_LOCAL_LEN: usize = 64;

    /// Checks an address; surrounding whitespace is ignored and the domain is lowercased.
    pub fn parse(input: &str) -> Result<Email, EmailError> {
        let s = trimmed(input);
        if s.is_empty() {
            return Err(EmailError::Empty);
        }
        if s.chars().any(char::is_whitespace) {
            return Err(EmailError::ContainsSpace);
        }
        let (local, domain) = match s.matches('@').count() {
            0 => return Err(EmailError::MissingAt),
            1 => s.split_once('@').expect("one @"),
            _ => return Err(EmailError::SeveralAt),
        };
        if local.is_empty() {
            return Err(EmailError::EmptyLocalPart);
        }
        if domain.is_empty() {
            return Err(EmailError::EmptyDomain);
        }
        if let Some(found) = local
            .chars()
            .find(|&c| !is_local_char(c))
            .or_else(|| domain.chars().find(|&c| !is_domain_char(c)))
        {
            return Err(EmailError::InvalidCharacter { found });
        }
        if s.len() > MAX_LEN {
            return Err(EmailError::TooLong { found: s.len() });
        }
        if local.len() > MAX_LOCAL_LEN {
            return Err(EmailError::LocalPartTooLong { found: local.len() });
        }
        if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
            return Err(EmailError::MisplacedDot);
        }
        if !domain.contains('.') {
            return Err(EmailError::DomainWithoutDot);
        }
        let domain = domain.to_lowercase();
        let labels: Vec<&str> = domain.split('.').collect();
        let last = labels.last().expect("split yields one");
        if !labels.iter().all(|l| label_ok(l)) || last.chars().all(|c| c.is_ascii_digit()) {
            return Err(EmailError::MalformedDomain { domain });
        }
        Ok(Email(format!("{local}@{domain}")))
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The part after the `@`, lowercased.
    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').expect("one @").1
    }
}

impl TryFrom<String> for Email {
    type Error = EmailError;

    fn try_from(s: String) -> Result<Email, EmailError> {
        Email::parse(&s)
    }
}

crate::text_serde!(Email);

impl EmailError {
    /// The stable code, as in the JSON form.
    pub fn code(&self) -> &'static str {
        use EmailError as E;
        match self {
            E::Empty => "email-empty",
            E::ContainsSpace => "email-contains-space",
            E::MissingAt => "email-missing-at",
            E::SeveralAt => "email-several-at",
            E::EmptyLocalPart => "email-empty-local-part",
            E::EmptyDomain => "email-empty-domain",
            E::TooLong { .. } => "email-too-long",
            E::LocalPartTooLong { .. } => "email-local-part-too-long",
            E::InvalidCharacter { .. } => "email-invalid-character",
            E::MisplacedDot => "email-misplaced-dot",
            E::DomainWithoutDot => "email-domain-without-dot",
            E::MalformedDomain { .. } => "email-malformed-domain",
        }
    }

    /// What is wrong and how to fix it.
    pub fn message(&self, lang: Lang) -> String {
        use EmailError as E;
        match (self, lang) {
            (E::Empty, Lang::Uk) => {
                "Введіть адресу електронної пошти, наприклад ivan.petrenko@ukr.net.".into()
            }
            (E::Empty, Lang::En) => {
                "Enter an e-mail address, for example ivan.petrenko@ukr.net.".into()
            }
            (E::ContainsSpace, Lang::Uk) => {
                "В адресі електронної пошти не буває пробілів. Приберіть їх.".into()
            }
            (E::ContainsSpace, Lang::En) => "An e-mail address has no spaces. Remove them.".into(),
            (E::MissingAt, Lang::Uk) => "В адресі бракує знака @ між ім’ям і доменом, наприклад \
                ivan.petrenko@ukr.net."
                .into(),
            (E::MissingAt, Lang::En) => "The address is missing the @ between the name and the \
                domain, as in ivan.petrenko@ukr.net."
                .into(),
            (E::SeveralAt, Lang::Uk) => "В адресі має бути лише один знак @. Якщо ви ввели кілька \
                адрес, залиште одну."
                .into(),
            (E::SeveralAt, Lang::En) => "An address has exactly one @. If you entered several \
                addresses, keep one."
                .into(),
            (E::EmptyLocalPart, Lang::Uk) => "Перед знаком @ має бути ім’я поштової скриньки, \
                наприклад ivan.petrenko@ukr.net."
                .into(),
            (E::EmptyLocalPart, Lang::En) => "The mailbox name must come before the @, as in \
                ivan.petrenko@ukr.net."
                .into(),
            (E::EmptyDomain, Lang::Uk) => "Після знака @ має бути домен поштової служби, \
                наприклад ukr.net або gmail.com."
                .into(),
            (E::EmptyDomain, Lang::En) => "The mail service's domain must come after the @, for \
                example ukr.net or gmail.com."
                .into(),
            (E::TooLong { found }, Lang::Uk) => format!(
                "Адреса задовга: не більше {}, а зараз {found}. Перевірте, чи не вставлено зайвий \
                 текст.",
                characters(MAX_LEN, lang)
            ),
            (E::TooLong { found }, Lang::En) => format!(
                "The address is too long: at most {}, and this has {found}. Check that no extra \
                 text was pasted in.",
                characters(MAX_LEN, lang)
            ),
            (E::LocalPartTooLong { found }, Lang::Uk) => format!(
                "Частина адреси перед @ задовга: не більше {}, а зараз {found}. Перевірте адресу.",
                characters(MAX_LOCAL_LEN, lang)
            ),
            (E::LocalPartTooLong { found }, Lang::En) => format!(
                "The part before the @ is too long: at most {}, and this has {found}. Check the \
                 address.",
                characters(MAX_LOCAL_LEN, lang)
            ),
            (E::InvalidCharacter { found: ',' }, Lang::Uk) => {
                "В адресі не буває коми. Якщо це описка, замініть кому крапкою (gmail.com).".into()
            }
            (E::InvalidCharacter { found: ',' }, Lang::En) => {
                "An address has no commas. If it is a typo, replace the comma with a dot \
                 (gmail.com)."
                    .into()
            }
            (E::InvalidCharacter { found }, Lang::Uk) => format!(
                "В адресі електронної пошти не може бути того, що ви ввели: {}. Приберіть цей \
                 знак.",
                describe_char(*found, lang)
            ),
            (E::InvalidCharacter { found }, Lang::En) => format!(
                "An e-mail address cannot contain what you typed: {}. Remove it.",
                describe_char(*found, lang)
            ),
            (E::MisplacedDot, Lang::Uk) => "Ім’я поштової скриньки (перед @) не може починатися \
                чи закінчуватися крапкою або мати дві крапки поспіль. Перевірте адресу."
                .into(),
            (E::MisplacedDot, Lang::En) => "The mailbox name (before the @) cannot start or end \
                with a dot or have two dots in a row. Check the address."
                .into(),
            (E::DomainWithoutDot, Lang::Uk) => "Після @ має бути домен із крапкою, наприклад \
                ukr.net чи gmail.com. Мабуть, крапку пропущено."
                .into(),
            (E::DomainWithoutDot, Lang::En) => "After the @ comes a domain with a dot, such as \
                ukr.net or gmail.com. A dot is probably missing."
                .into(),
            (E::MalformedDomain { domain }, Lang::Uk) => format!(
                "Домен «{domain}» записано з помилкою: перевірте, чи немає двох крапок поспіль, \
                 крапки чи дефіса на початку або в кінці. Має бути щось на зразок ukr.net."
            ),
            (E::MalformedDomain { domain }, Lang::En) => format!(
                "The domain «{domain}» is malformed: check for two dots in a row, or a dot or \
                 hyphen at the start or end. It should look like ukr.net."
            ),
        }
    }
}

crate::localized_error!(EmailError);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_addresses_pass_and_only_the_domain_is_lowercased() {
        for (input, email) in [
            ("ivan.petrenko@ukr.net", "ivan.petrenko@ukr.net"),
            (" Ivan.Petrenko@UKR.NET ", "Ivan.Petrenko@ukr.net"),
            (
                "o'connor+social@example.co.uk",
                "o'connor+social@example.co.uk",
            ),
            ("іван@пошта.укр", "іван@пошта.укр"),
            ("a@b.cd", "a@b.cd"),
        ] {
            assert_eq!(
                Email::parse(input).map(|e| e.0),
                Ok(email.into()),
                "{input:?}"
            );
        }
        assert_eq!(Email::parse("x@Gmail.com").unwrap().domain(), "gmail.com");
    }

    #[test]
    fn malformed_input_gets_the_error_that_says_how_to_fix_it() {
        use EmailError as E;
        let long_local = format!("{}@ukr.net", "a".repeat(65));
        let long_total = format!("a@{}.net", "b".repeat(250));
        let long_label = format!("a@{}.net", "b".repeat(64));
        for (input, error) in [
            ("", E::Empty),
            ("ivan petrenko@ukr.net", E::ContainsSpace),
            ("ivan.petrenko.ukr.net", E::MissingAt),
            ("ivan@@ukr.net", E::SeveralAt),
            ("a@b.net, c@d.net", E::ContainsSpace),
            ("a@b.net,c@d.net", E::SeveralAt),
            ("@ukr.net", E::EmptyLocalPart),
            ("ivan@", E::EmptyDomain),
            ("ivan@gmail,com", E::InvalidCharacter { found: ',' }),
            ("<ivan@ukr.net>", E::InvalidCharacter { found: '<' }),
            ("\"ivan\"@ukr.net", E::InvalidCharacter { found: '"' }),
            ("ivan@ukr_net.ua", E::InvalidCharacter { found: '_' }),
            (&long_local, E::LocalPartTooLong { found: 65 }),
            (&long_total, E::TooLong { found: 256 }),
            (".ivan@ukr.net", E::MisplacedDot),
            ("ivan.@ukr.net", E::MisplacedDot),
            ("iv..an@ukr.net", E::MisplacedDot),
            ("ivan@gmailcom", E::DomainWithoutDot),
            (
                "ivan@gmail..com",
                E::MalformedDomain {
                    domain: "gmail..com".into(),
                },
            ),
            (
                "ivan@gmail.com.",
                E::MalformedDomain {
                    domain: "gmail.com.".into(),
                },
            ),
            (
                "ivan@.gmail.com",
                E::MalformedDomain {
                    domain: ".gmail.com".into(),
                },
            ),
            (
                "ivan@-ukr.net",
                E::MalformedDomain {
                    domain: "-ukr.net".into(),
                },
            ),
            (
                "ivan@10.0.0.1",
                E::MalformedDomain {
                    domain: "10.0.0.1".into(),
                },
            ),
            (
                &long_label,
                E::MalformedDomain {
                    domain: long_label[2..].into(),
                },
            ),
        ] {
            assert_eq!(Email::parse(input), Err(error), "{input:?}");
        }
    }

    #[test]
    fn the_length_limits_are_inclusive() {
        let local = "a".repeat(MAX_LOCAL_LEN);
        assert!(Email::parse(&format!("{local}@ukr.net")).is_ok());
        // 254 bytes: "aaa@", four labels of 61 bytes with their dots, ".ua".
        let label = "b".repeat(61);
        let at_limit = format!("aaa@{label}.{label}.{label}.{label}.ua");
        assert_eq!(at_limit.len(), MAX_LEN);
        assert!(Email::parse(&at_limit).is_ok());
    }
}
