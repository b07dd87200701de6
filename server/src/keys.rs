//! The keys kept outside the database: the server's secret (citizens' codes are derived from it)
//! and the data keys personal data is encrypted with at rest (XChaCha20-Poly1305).
//!
//! They are read from the environment variable `PORTAL_KEYS` if it is set, else from the file
//! `<database>.keys` beside the database, made `0600` on first start. One key a line:
//!
//! ```text
//! secret <base64 of 32 bytes>
//! data 1 <base64 of 32 bytes>
//! data 2 <base64 of 32 bytes>
//! ```
//!
//! The data key with the highest number encrypts; every listed one decrypts, so a key is rotated
//! by adding a line with the next number and restarting: the server re-encrypts everything under
//! the new key at start, after which the old line may be removed.
//!
//! A sealed text is `pd1:<key number>:<base64(nonce ‖ ciphertext)>`; a sealed blob is `PD1` and
//! the key number (4 bytes, big-endian) before the nonce and ciphertext. What it is (`answers`,
//! `file`, `notice`) is bound to it as associated data, so one column's value cannot be passed
//! off as another's. A value without the mark is read as it is (rows from before encryption,
//! sealed at the next start).

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::tokens::Secret;

/// The environment variable that holds the keys instead of the file.
pub const ENV: &str = "PORTAL_KEYS";
const TEXT_MARK: &str = "pd1:";
const BLOB_MARK: &[u8] = b"PD1";
const NONCE: usize = 24;

/// The server's secret and the data keys.
#[derive(Clone)]
pub struct Keys {
    pub secret: Option<Secret>,
    data: BTreeMap<u32, [u8; 32]>,
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keys")
            .field("data", &self.data.keys().collect::<Vec<_>>())
            .finish()
    }
}

/// The key file of the database at `db`.
pub fn file_of(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(".keys");
    PathBuf::from(name)
}

fn random32() -> std::io::Result<[u8; 32]> {
    let mut b = [0u8; 32];
    getrandom::fill(&mut b).map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok(b)
}

/// Writes `text` to a new file `path` with mode `0600` (not readable by other users).
pub fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

/// Makes `path` readable by its owner only, if it exists.
pub fn make_private(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    if path.exists() {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

impl Keys {
    /// Reads the keys (see the module); `None` when neither the variable nor the file is there.
    pub fn read(db: &Path) -> std::io::Result<Option<Keys>> {
        if let Ok(text) = std::env::var(ENV) {
            return Keys::parse(&text.replace(';', "\n")).map(Some);
        }
        match std::fs::read_to_string(file_of(db)) {
            Ok(text) => Keys::parse(&text).map(Some),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(std::io::Error::new(
                e.kind(),
                format!("{}: {e}", file_of(db).display()),
            )),
        }
    }

    /// Reads the keys, or makes the key file (`0600`) with a data key and `secret` (the one the
    /// database held before, or a new one) when there are none.
    pub fn read_or_make(db: &Path, secret: Option<Secret>) -> std::io::Result<Keys> {
        if let Some(keys) = Keys::read(db)? {
            make_private(&file_of(db))?;
            return Ok(keys);
        }
        let secret = match secret {
            Some(s) => s,
            None => Secret::random()?,
        };
        let text = format!(
            "# The keys of {}: keep this file apart from the database's backups, and back it up\n\
             # on its own. Without it the personal data in the database cannot be read.\n\
             secret {}\ndata 1 {}\n",
            db.display(),
            STANDARD.encode(secret.as_bytes()),
            STANDARD.encode(random32()?)
        );
        write_private(&file_of(db), &text)?;
        Keys::parse(&text)
    }

    pub fn parse(text: &str) -> std::io::Result<Keys> {
        let bad = |line: &str| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!(
                    "a key line is `secret BASE64` or `data N BASE64` (32 bytes), not {:?}",
                    line.split_whitespace().next().unwrap_or("")
                ),
            )
        };
        let key = |b64: &str, line: &str| -> std::io::Result<[u8; 32]> {
            STANDARD
                .decode(b64)
                .ok()
                .and_then(|b| <[u8; 32]>::try_from(b).ok())
                .ok_or_else(|| bad(line))
        };
        let mut keys = Keys {
            secret: None,
            data: BTreeMap::new(),
        };
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let parts: Vec<&str> = line.split_whitespace().collect();
            match parts.as_slice() {
                ["secret", b64] => keys.secret = Secret::from_bytes(&key(b64, line)?),
                ["data", n, b64] => {
                    let n: u32 = n.parse().map_err(|_| bad(line))?;
                    keys.data.insert(n, key(b64, line)?);
                }
                _ => return Err(bad(line)),
            }
        }
        if keys.data.is_empty() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "the keys have no `data N BASE64` line",
            ));
        }
        Ok(keys)
    }

    /// The number of the key that encrypts.
    pub fn current(&self) -> u32 {
        *self
            .data
            .keys()
            .next_back()
            .expect("parse keeps one at least")
    }

    fn cipher(&self, n: u32) -> Option<XChaCha20Poly1305> {
        self.data.get(&n).map(|k| XChaCha20Poly1305::new(k.into()))
    }

    fn seal_bytes(&self, purpose: &str, plain: &[u8]) -> Result<(u32, Vec<u8>), String> {
        let n = self.current();
        let mut nonce = [0u8; NONCE];
        getrandom::fill(&mut nonce).map_err(|e| e.to_string())?;
        let sealed = self
            .cipher(n)
            .expect("the current key exists")
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: plain,
                    aad: purpose.as_bytes(),
                },
            )
            .map_err(|_| "encryption failed".to_string())?;
        Ok((n, [&nonce[..], &sealed].concat()))
    }

    fn open_bytes(&self, purpose: &str, n: u32, sealed: &[u8]) -> Result<Vec<u8>, String> {
        let cipher = self
            .cipher(n)
            .ok_or_else(|| format!("data key {n} is not among the keys: add its line back"))?;
        if sealed.len() < NONCE {
            return Err("a sealed value is cut short".into());
        }
        let (nonce, body) = sealed.split_at(NONCE);
        cipher
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: body,
                    aad: purpose.as_bytes(),
                },
            )
            .map_err(|_| format!("a value sealed with data key {n} does not open: wrong key?"))
    }

    /// Seals a text.
    pub fn seal_text(&self, purpose: &str, plain: &str) -> Result<String, String> {
        let (n, sealed) = self.seal_bytes(purpose, plain.as_bytes())?;
        Ok(format!("{TEXT_MARK}{n}:{}", STANDARD.encode(sealed)))
    }

    /// Opens a sealed text; a text without the mark is answered as it is.
    pub fn open_text(&self, purpose: &str, text: &str) -> Result<String, String> {
        let Some(rest) = text.strip_prefix(TEXT_MARK) else {
            return Ok(text.to_string());
        };
        let (n, b64) = rest.split_once(':').ok_or("a sealed text is damaged")?;
        let n: u32 = n.parse().map_err(|_| "a sealed text is damaged")?;
        let sealed = STANDARD
            .decode(b64)
            .map_err(|_| "a sealed text is damaged")?;
        String::from_utf8(self.open_bytes(purpose, n, &sealed)?)
            .map_err(|_| "a sealed text is not UTF-8".into())
    }

    /// Seals a blob.
    pub fn seal_blob(&self, purpose: &str, plain: &[u8]) -> Result<Vec<u8>, String> {
        let (n, sealed) = self.seal_bytes(purpose, plain)?;
        Ok([BLOB_MARK, &n.to_be_bytes(), &sealed].concat())
    }

    /// Opens a sealed blob; a blob without the mark is answered as it is.
    pub fn open_blob(&self, purpose: &str, blob: &[u8]) -> Result<Vec<u8>, String> {
        match blob.strip_prefix(BLOB_MARK) {
            Some(rest) if rest.len() >= 4 + NONCE + 16 => {
                let n = u32::from_be_bytes(rest[..4].try_into().expect("4 bytes"));
                self.open_bytes(purpose, n, &rest[4..])
            }
            _ => Ok(blob.to_vec()),
        }
    }

    /// The key number a stored value was sealed with; `None`: not sealed.
    pub fn sealed_with(value: rusqlite::types::ValueRef<'_>) -> Option<u32> {
        use rusqlite::types::ValueRef;
        match value {
            ValueRef::Text(t) => std::str::from_utf8(t)
                .ok()?
                .strip_prefix(TEXT_MARK)?
                .split_once(':')?
                .0
                .parse()
                .ok(),
            ValueRef::Blob(b) => {
                let rest = b.strip_prefix(BLOB_MARK)?;
                Some(u32::from_be_bytes(rest.get(..4)?.try_into().ok()?))
            }
            _ => None,
        }
    }

    /// Adds `seal(purpose, value)`, `unseal(purpose, value)` and `sealed_with(value)` to the SQL of
    /// `conn`: text stays text and a blob stays a blob, NULL stays NULL.
    pub fn register(&self, conn: &rusqlite::Connection) -> rusqlite::Result<()> {
        use rusqlite::functions::FunctionFlags;
        use rusqlite::types::{Value, ValueRef};
        let fail = |e: String| rusqlite::Error::UserFunctionError(e.into());
        let keys = self.clone();
        conn.create_scalar_function(
            "seal",
            2,
            FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DIRECTONLY,
            move |ctx| {
                let purpose: String = ctx.get(0)?;
                Ok(match ctx.get_raw(1) {
                    ValueRef::Text(t) => Value::Text(
                        keys.seal_text(
                            &purpose,
                            std::str::from_utf8(t).map_err(|e| fail(e.to_string()))?,
                        )
                        .map_err(fail)?,
                    ),
                    ValueRef::Blob(b) => Value::Blob(keys.seal_blob(&purpose, b).map_err(fail)?),
                    ValueRef::Null => Value::Null,
                    _ => return Err(fail("only text and blobs are sealed".into())),
                })
            },
        )?;
        let keys = self.clone();
        conn.create_scalar_function(
            "unseal",
            2,
            FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
            move |ctx| {
                let purpose: String = ctx.get(0)?;
                Ok(match ctx.get_raw(1) {
                    ValueRef::Text(t) => Value::Text(
                        keys.open_text(
                            &purpose,
                            std::str::from_utf8(t).map_err(|e| fail(e.to_string()))?,
                        )
                        .map_err(fail)?,
                    ),
                    ValueRef::Blob(b) => Value::Blob(keys.open_blob(&purpose, b).map_err(fail)?),
                    ValueRef::Null => Value::Null,
                    other => Value::from(other),
                })
            },
        )?;
        conn.create_scalar_function(
            "sealed_with",
            1,
            FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
            |ctx| Ok(Keys::sealed_with(ctx.get_raw(0)).map(i64::from)),
        )
    }

    /// Seals every value not sealed with the current key (rows from before encryption, or after a
    /// new key was added); answers how many were sealed.
    pub fn seal_all(&self, conn: &rusqlite::Connection) -> rusqlite::Result<usize> {
        let n = self.current();
        let mut changed = 0;
        for (table, column, purpose) in SEALED {
            changed += conn.execute(
                &format!(
                    "UPDATE {table} SET {column} = seal('{purpose}', unseal('{purpose}', {column}))
                     WHERE sealed_with({column}) IS NOT ?1"
                ),
                [n],
            )?;
        }
        Ok(changed)
    }
}

/// The columns sealed at rest: table, column, purpose.
pub const SEALED: [(&str, &str, &str); 4] = [
    ("applications", "answers", "answers"),
    ("attachments", "data", "file"),
    ("notifications", "recipient", "notice"),
    ("notifications", "body", "notice"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_value_opens_with_its_key_and_purpose_only_and_rotation_keeps_old_values() {
        let one = Keys::parse(&format!("data 1 {}", STANDARD.encode([7u8; 32]))).unwrap();
        let sealed = one.seal_text("answers", "3656801869").unwrap();
        assert!(sealed.starts_with("pd1:1:") && !sealed.contains("3656801869"));
        assert_eq!(one.open_text("answers", &sealed).unwrap(), "3656801869");
        assert!(
            one.open_text("notice", &sealed).is_err(),
            "bound to its purpose"
        );
        assert_eq!(one.open_text("answers", "{}").unwrap(), "{}", "clear stays");
        let blob = one.seal_blob("file", b"%PDF-1.7").unwrap();
        assert_eq!(one.open_blob("file", &blob).unwrap(), b"%PDF-1.7");
        let two = Keys::parse(&format!(
            "# rotated\ndata 1 {}\ndata 2 {}\n",
            STANDARD.encode([7u8; 32]),
            STANDARD.encode([9u8; 32])
        ))
        .unwrap();
        assert_eq!(two.current(), 2);
        assert_eq!(two.open_text("answers", &sealed).unwrap(), "3656801869");
        assert!(two.seal_text("answers", "x").unwrap().starts_with("pd1:2:"));
        let other = Keys::parse(&format!("data 1 {}", STANDARD.encode([8u8; 32]))).unwrap();
        assert!(other.open_text("answers", &sealed).is_err());
        assert!(Keys::parse("secret abc").is_err());
        assert!(Keys::parse("").is_err());
    }
}
