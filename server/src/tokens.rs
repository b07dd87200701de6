//! Secrets: the citizen's token for one application, staff tokens, and comparing them in constant
//! time.
//!
//! A citizen's token is never stored: it is `base64url(HMAC-SHA256(server secret, application
//! id))` cut to 22 characters (132 bits), so every retry of a submission gets the same token
//! without a table of tokens in clear. A staff token is 32 random bytes; only its SHA-256 is
//! stored.

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
