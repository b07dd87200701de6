//! Secrets: the citizen's token for one application, staff tokens, and comparing them in constant
//! time.
//!
//! A citizen's code is never stored: it is the first 80 bits of `HMAC-SHA256(server secret,
//! "code:" + application id)` in Crockford's base32 — 16 characters without I, L, O or U, written
//! in four groups (`7KQ4-M2XD-9HZT-WB3E`) — so every retry of a submission gets the same code
//! without a table of codes in clear, and a person can copy, write down or dictate it. Earlier
//! receipts carried `base64url(HMAC-SHA256(secret, id))` cut to 22 characters: those still work.
//! A staff token (an integration's, a session's, an invitation's) is 32 random bytes; only its
//! SHA-256 is stored.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// Characters of a citizen's token.
pub const CITIZEN_TOKEN_LEN: usize = 22;

/// The server's secret: 32 random bytes, made on first start.
#[derive(Clone)]
pub struct Secret([u8; 32]);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

impl Secret {
    pub fn random() -> std::io::Result<Secret> {
        Ok(Secret(random_bytes()?))
    }

    pub fn from_bytes(bytes: &[u8]) -> Option<Secret> {
        Some(Secret(bytes.try_into().ok()?))
    }

    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// The token that lets the person who sent application `device_id` read its status.
    pub fn citizen_token(&self, device_id: &str) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        mac.update(device_id.as_bytes());
        let mut token = URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes());
        token.truncate(CITIZEN_TOKEN_LEN);
        token
    }

    /// The code a person reads from the receipt: see the module's documentation.
    pub fn citizen_code(&self, device_id: &str) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        mac.update(b"code:");
        mac.update(device_id.as_bytes());
        let digest = mac.finalize().into_bytes();
        let plain = base32::encode(base32::Alphabet::Crockford, &digest[..10]);
        plain
            .as_bytes()
            .chunks(4)
            .map(|c| std::str::from_utf8(c).expect("base32 is ASCII"))
            .collect::<Vec<_>>()
            .join("-")
    }

    /// Whether `given` opens application `device_id`: its code as a person may type it, or the
    /// token of an earlier receipt. Compared in constant time.
    pub fn opens(&self, device_id: &str, given: &str) -> bool {
        let code = normalise_code(&self.citizen_code(device_id));
        constant_time_eq(normalise_code(given).as_bytes(), code.as_bytes())
            | constant_time_eq(given.as_bytes(), self.citizen_token(device_id).as_bytes())
    }
}

/// A code as a person may type it, in its one written form: upper case, without spaces and
/// dashes, with the letters Crockford's base32 reads as digits (O → 0, I and L → 1).
pub fn normalise_code(given: &str) -> String {
    given
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '\u{a0}'))
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect()
}

impl Secret {
    /// A key for another purpose, derived from this secret (`HMAC-SHA256(secret, purpose)`).
    pub fn derive(&self, purpose: &str) -> [u8; 32] {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        mac.update(purpose.as_bytes());
        mac.finalize().into_bytes().into()
    }
}

/// 32 bytes from the operating system's generator.
pub fn random_bytes() -> std::io::Result<[u8; 32]> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok(bytes)
}

/// A new staff token: 32 random bytes, base64url without padding (43 characters).
pub fn new_staff_token() -> std::io::Result<String> {
    Ok(URL_SAFE_NO_PAD.encode(random_bytes()?))
}

/// What is stored of a staff token: its SHA-256, in lowercase hex.
pub fn staff_token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 15)] as char);
    }
    s
}

/// Compares two secrets without stopping at the first difference (the length is not secret).
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The token of an `Authorization: Bearer <token>` header.
pub fn bearer(headers: &axum::http::HeaderMap) -> Option<&str> {
    let value = headers
        .get(axum::http::header::AUTHORIZATION)?
        .to_str()
        .ok()?;
    let (scheme, token) = value.split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_citizen_token_is_the_same_for_the_same_application_and_differs_between_applications() {
        let secret = Secret([7; 32]);
        let a = secret.citizen_token("0123456789abcdef0123456789abcdef");
        assert_eq!(a.len(), CITIZEN_TOKEN_LEN);
        assert_eq!(a, secret.citizen_token("0123456789abcdef0123456789abcdef"));
        assert_ne!(a, secret.citizen_token("0123456789abcdef0123456789abcdee"));
        assert_ne!(
            a,
            Secret([8; 32]).citizen_token("0123456789abcdef0123456789abcdef")
        );
        assert!(
            a.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        );
    }

    #[test]
    fn a_citizen_code_has_four_groups_without_look_alike_letters_and_opens_as_typed() {
        let secret = Secret([7; 32]);
        let id = "0123456789abcdef0123456789abcdef";
        let code = secret.citizen_code(id);
        assert_eq!(code.len(), 19, "{code}");
        assert_eq!(code.split('-').count(), 4);
        assert!(
            code.chars()
                .all(|c| c == '-' || (c.is_ascii_alphanumeric() && !"ILOU".contains(c))),
            "{code}"
        );
        assert_eq!(code, secret.citizen_code(id));
        assert_ne!(
            code,
            secret.citizen_code("0123456789abcdef0123456789abcdee")
        );
        assert!(secret.opens(id, &code));
        assert!(secret.opens(id, &code.to_lowercase().replace('-', " ")));
        assert!(secret.opens(
            id,
            &code.replace('-', "").replace('0', "o").replace('1', "l")
        ));
        // The token of an earlier receipt still opens it.
        assert!(secret.opens(id, &secret.citizen_token(id)));
        assert!(!secret.opens(id, &Secret([8; 32]).citizen_code(id)));
        assert!(!secret.opens(id, ""));
    }

    #[test]
    fn staff_tokens_are_random_and_stored_only_as_a_hash() {
        let t = new_staff_token().unwrap();
        assert_eq!(t.len(), 43);
        assert_ne!(t, new_staff_token().unwrap());
        assert_eq!(staff_token_hash(&t).len(), 64);
        assert_ne!(staff_token_hash(&t), t);
    }

    #[test]
    fn secrets_compare_equal_only_when_equal() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"abcd"));
    }
}
