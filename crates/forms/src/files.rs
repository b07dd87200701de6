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
}
