//! What an attached file is, by its content (never by its name): the one check the browser makes
//! before keeping a file and the back office makes before storing it.

/// The types an attachment may have: photos and PDFs of documents, and the signature files of a
/// qualified electronic signature (КЕП, Дія.Підпис) over a printed application: a detached CAdES
/// signature (`.p7s`) or an ASiC-E container (`.asice`).
pub const ACCEPTED: [&str; 5] = [
    "image/jpeg",
    "image/png",
    "application/pdf",
    "application/pkcs7-signature",
    "application/vnd.etsi.asic-e+zip",
];

/// The largest file, in bytes (10 MiB).
pub const MAX_FILE: u64 = 10 * 1024 * 1024;

/// What one application draft may have uploaded and not yet sent (issue 14): files…
pub const MAX_DRAFT_FILES: u64 = 30;
/// … and their bytes together (50 MiB). Photos are made smaller on the device first.
pub const MAX_DRAFT_BYTES: u64 = 50 * 1024 * 1024;
/// What one application may hold in all (its documents and every reply's): files…
pub const MAX_APPLICATION_FILES: u64 = 60;
/// … and their bytes together (100 MiB).
pub const MAX_APPLICATION_BYTES: u64 = 100 * 1024 * 1024;

/// Whether `files` more files of `bytes` in all still fit beside what an owner holds (`held_files`,
/// `held_bytes`) under the limits `max_files` and `max_bytes`: `Err` names the limit passed.
pub fn fits(
    held_files: u64,
    held_bytes: u64,
    files: u64,
    bytes: u64,
    (max_files, max_bytes): (u64, u64),
) -> Result<(), Limit> {
    if held_files.saturating_add(files) > max_files {
        Err(Limit::Files(max_files))
    } else if held_bytes.saturating_add(bytes) > max_bytes {
        Err(Limit::Bytes(max_bytes))
    } else {
        Ok(())
    }
}

/// The limit a file would pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// At most this many files.
    Files(u64),
    /// At most this many bytes in all.
    Bytes(u64),
}

/// The DER encoding of the object identifier of PKCS #7 signed data (1.2.840.113549.1.7.2).
const SIGNED_DATA: [u8; 11] = [
    0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x02,
];

/// The type of a file by its first bytes, if it is one of [`ACCEPTED`].
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    let head = &bytes[..bytes.len().min(64)];
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some("image/png")
    } else if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if bytes.first() == Some(&0x30)
        && head.windows(SIGNED_DATA.len()).any(|w| w == SIGNED_DATA)
    {
        Some("application/pkcs7-signature")
    } else if bytes.starts_with(b"PK\x03\x04")
        && bytes.get(30..38) == Some(b"mimetype")
        && bytes
            .get(38..)
            .is_some_and(|rest| rest.starts_with(b"application/vnd.etsi.asic-e+zip"))
    {
        Some("application/vnd.etsi.asic-e+zip")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_known_by_its_content_not_its_name() {
        assert_eq!(sniff(b"%PDF-1.7\n..."), Some("application/pdf"));
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0]), Some("image/jpeg"));
        assert_eq!(sniff(b"MZ\x90\x00"), None);
    }

    #[test]
    fn a_file_fits_up_to_each_limit_and_not_past_it_issue_14() {
        let limits = (MAX_DRAFT_FILES, MAX_DRAFT_BYTES);
        assert_eq!(fits(0, 0, 1, MAX_FILE, limits), Ok(()));
        assert_eq!(fits(MAX_DRAFT_FILES - 1, 0, 1, 1, limits), Ok(()));
        assert_eq!(
            fits(MAX_DRAFT_FILES, 0, 1, 1, limits),
            Err(Limit::Files(MAX_DRAFT_FILES))
        );
        assert_eq!(fits(1, MAX_DRAFT_BYTES - 10, 1, 10, limits), Ok(()));
        assert_eq!(
            fits(1, MAX_DRAFT_BYTES - 10, 1, 11, limits),
            Err(Limit::Bytes(MAX_DRAFT_BYTES))
        );
    }
}
