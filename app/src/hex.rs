//! Bytes as hexadecimal text: how the device stores the check's answers and how a pre-rendered
//! page carries its data (postcard bytes, which need far less code than JSON to read).

/// `bytes` as lowercase hexadecimal digits.
pub fn encode(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        s.push(char::from_digit((b >> 4) as u32, 16).unwrap_or('0'));
        s.push(char::from_digit((b & 15) as u32, 16).unwrap_or('0'));
    }
    s
}

/// The bytes written by [`encode`]; `None` if `s` is not an even number of hexadecimal digits.
pub fn decode(s: &str) -> Option<Vec<u8>> {
    let digits: Vec<u8> = s
        .chars()
        .map(|c| c.to_digit(16).map(|d| d as u8))
        .collect::<Option<_>>()?;
    if !digits.len().is_multiple_of(2) {
        return None;
    }
    Some(digits.chunks(2).map(|p| (p[0] << 4) | p[1]).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_survive_the_trip_through_text() {
        let bytes = [0u8, 1, 15, 16, 127, 128, 255];
        assert_eq!(encode(&bytes), "00010f107f80ff");
        assert_eq!(decode(&encode(&bytes)).as_deref(), Some(&bytes[..]));
    }

    #[test]
    fn text_that_is_not_hex_is_refused() {
        assert_eq!(decode("abc"), None);
        assert_eq!(decode("zz"), None);
    }
}
