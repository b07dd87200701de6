//! Staff sign-in: Argon2id password hashes, TOTP codes (RFC 6238: 6 digits, 30 s, SHA-1, as every
//! authenticator app reads them), the session cookie and its CSRF token.
//!
//! A session is a random token in an `HttpOnly; Secure; SameSite=Strict` cookie scoped to the
//! office's API; only its SHA-256 is stored, with a CSRF token the office sends back in a header
//! on every change. It ends on sign-out, after [`IDLE_SECS`] unused, after [`SESSION_SECS`] in all,
//! or when the account is disabled.

use crate::tokens::{random_bytes, staff_token_hash};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use axum::http::{HeaderMap, HeaderValue, header};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use totp_rs::{Algorithm as TotpAlgorithm, TOTP};

/// The session cookie's name.
pub const COOKIE: &str = "office_session";
/// Where the cookie is sent: the office's API only.
pub const COOKIE_PATH: &str = "/api/v1/office";
/// A session lasts at most this long (a working day)…
pub const SESSION_SECS: u64 = 12 * 3600;
/// …and ends sooner when unused this long.
pub const IDLE_SECS: u64 = 2 * 3600;
/// An invitation is good for a week.
pub const INVITE_SECS: u64 = 7 * 24 * 3600;
/// The header the office sends its CSRF token in.
pub const CSRF_HEADER: &str = "x-csrf-token";
/// The shortest password accepted.
pub const MIN_PASSWORD: usize = 12;
/// The longest password accepted (Argon2 takes any length; a limit keeps requests small).
pub const MAX_PASSWORD: usize = 256;

/// Argon2id with OWASP's second recommended setting (19 MiB, 2 passes, 1 lane).
fn argon2() -> Argon2<'static> {
    Argon2::new(
        Algorithm::Argon2id,
        Version::V0x13,
        Params::new(19 * 1024, 2, 1, None).expect("valid Argon2 parameters"),
    )
}

/// The PHC string of a password's Argon2id hash, with a fresh salt.
pub fn hash_password(password: &str) -> std::io::Result<String> {
    let bytes = random_bytes()?;
    let salt =
        SaltString::encode_b64(&bytes[..16]).map_err(|e| std::io::Error::other(e.to_string()))?;
    argon2()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| std::io::Error::other(e.to_string()))
}

/// Does `password` match the stored hash?
pub fn verify_password(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .is_ok_and(|hash| argon2().verify_password(password.as_bytes(), &hash).is_ok())
}

/// A hash to check a password against when the account does not exist, so that the answer takes
/// as long as for one that does.
pub fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password("not a password of anyone").unwrap_or_default())
}

fn totp(secret: &[u8], account: &str) -> Option<TOTP> {
    TOTP::new(
        TotpAlgorithm::SHA1,
        6,
        1,
        30,
        secret.to_vec(),
        Some("Соціальна громада".into()),
        account.into(),
    )
    .ok()
}

/// A new TOTP secret: 20 random bytes (160 bits, as RFC 4226 recommends).
pub fn new_totp_secret() -> std::io::Result<Vec<u8>> {
    Ok(random_bytes()?[..20].to_vec())
}

/// The secret as an authenticator app takes it typed in: base32 (RFC 4648) without padding.
pub fn totp_secret_text(secret: &[u8]) -> String {
    base32::encode(base32::Alphabet::Rfc4648 { padding: false }, secret)
}

/// The `otpauth://` address an authenticator app reads (from a QR code or a link).
pub fn totp_uri(secret: &[u8], account: &str) -> String {
    totp(secret, account)
        .map(|t| t.get_url())
        .unwrap_or_default()
}

/// The time step `code` is good for at `unix_secs` (the current one or either neighbour, for a
/// clock a little off), if it is.
pub fn totp_step(secret: &[u8], code: &str, unix_secs: u64) -> Option<u64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let t = totp(secret, "x")?;
    let step = unix_secs / 30;
    [step.saturating_sub(1), step, step + 1]
        .into_iter()
        .find(|s| crate::tokens::constant_time_eq(t.generate(s * 30).as_bytes(), code.as_bytes()))
}

/// The current code of a secret (for tests and the CLI's first administrator).
pub fn totp_code(secret: &[u8], unix_secs: u64) -> String {
    totp(secret, "x")
        .map(|t| t.generate(unix_secs))
        .unwrap_or_default()
}

/// A new random token (a session's, a CSRF token, an invitation's): 32 bytes, base64url.
pub fn new_token() -> std::io::Result<String> {
    Ok(URL_SAFE_NO_PAD.encode(random_bytes()?))
}

/// What is stored of a token: its SHA-256.
pub fn token_hash(token: &str) -> String {
    staff_token_hash(token)
}

/// The session token of the request's cookie.
pub fn session_cookie(headers: &HeaderMap) -> Option<&str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.trim())
        .filter(|v| !v.is_empty())
}

/// The `Set-Cookie` that starts a session.
pub fn set_cookie(token: &str) -> HeaderValue {
    HeaderValue::from_str(&format!(
        "{COOKIE}={token}; Path={COOKIE_PATH}; Max-Age={SESSION_SECS}; HttpOnly; Secure; \
         SameSite=Strict"
    ))
    .expect("a token is a valid header value")
}

/// The `Set-Cookie` that ends it.
pub fn clear_cookie() -> HeaderValue {
    HeaderValue::from_str(&format!(
        "{COOKIE}=; Path={COOKIE_PATH}; Max-Age=0; HttpOnly; Secure; SameSite=Strict"
    ))
    .expect("a valid header value")
}

/// The CSRF token the request carries in its header.
pub fn csrf_header(headers: &HeaderMap) -> Option<&str> {
    headers.get(CSRF_HEADER)?.to_str().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_matches_its_hash_and_nothing_else() {
        let phc = hash_password("correct horse battery").unwrap();
        assert!(phc.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", &phc));
        assert!(!verify_password("correct horse batterz", &phc));
        assert!(!verify_password("correct horse battery", "not a hash"));
        assert_ne!(
            phc,
            hash_password("correct horse battery").unwrap(),
            "salted"
        );
    }

    #[test]
    fn a_totp_code_is_good_in_its_step_and_either_neighbour_only() {
        // RFC 6238's SHA-1 test secret and vector: at 59 s the 8-digit code is 94287082.
        let secret = b"12345678901234567890";
        assert_eq!(totp_code(secret, 59), "287082");
        assert_eq!(totp_step(secret, "287082", 59), Some(1));
        assert_eq!(totp_step(secret, "287 082", 89), Some(1));
        assert_eq!(totp_step(secret, "287082", 150), None);
        assert_eq!(totp_step(secret, "28708", 59), None);
        assert_eq!(totp_step(secret, "abcdef", 59), None);
    }

    #[test]
    fn the_session_cookie_is_read_among_others_and_written_strict() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a=b; office_session=tok123; c=d"),
        );
        assert_eq!(session_cookie(&headers), Some("tok123"));
        let set = set_cookie("tok123");
        let set = set.to_str().unwrap();
        for part in [
            "HttpOnly",
            "Secure",
            "SameSite=Strict",
            "Path=/api/v1/office",
        ] {
            assert!(set.contains(part), "{set}");
        }
        assert!(clear_cookie().to_str().unwrap().contains("Max-Age=0"));
    }

    #[test]
    fn the_secret_is_shown_as_base32_and_as_an_otpauth_address() {
        let secret = b"12345678901234567890";
        assert_eq!(totp_secret_text(secret), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        let uri = totp_uri(secret, "o@lviv.example");
        assert!(uri.starts_with("otpauth://totp/"), "{uri}");
        assert!(
            uri.contains("secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"),
            "{uri}"
        );
    }
}
