//! Building the portal's URLs: query strings, and paths in the current language.

/// Percent-encodes a query-string value (RFC 3986 unreserved characters stay as they are).
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Decodes a query-string value written by [`encode`] or a browser (`%XX`, `+` for a space);
/// malformed escapes stay as they are.
pub fn decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() && value.is_char_boundary(i + 3) => {
                match u8::from_str_radix(&value[i + 1..i + 3], 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `path?k=v&…` with the pairs whose value is not empty.
pub fn with_query(path: &str, pairs: &[(&str, &str)]) -> String {
    let query: Vec<String> = pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect();
    let joiner = if path.contains('?') { '&' } else { '?' };
    if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}{joiner}{}", query.join("&"))
    }
}

// The route table (`crates/routes`) is the one place that says which app and page an address is;
// the app reads it through these names.
pub use routes::{App as Part, EMBED, HOW_DECIDED, OFFICE, how_decided};

/// The rules of [`part_of`] as JSON, for the service worker (`scripts/service_worker.py`
/// writes them into `sw.js`, so that it keeps no hand-kept copy): the language prefixes, the
/// embed prefix, each root of the check and applications with its app's page, the portal's page
/// for the rest, and the office. All of them from the route table.
#[cfg(feature = "ssr")]
pub fn rules_json() -> String {
    let apps: Vec<(String, &str)> = routes::roots()
        .into_iter()
        .filter(|(_, part)| *part != Part::Office)
        .filter_map(|(root, part)| Some((root, part.page()?)))
        .collect();
    serde_json::json!({
        "languages": routes::LANGUAGES
            .iter()
            .map(|(_, prefix)| *prefix)
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>(),
        "embed": EMBED,
        "apps": apps,
        "rest": Part::Portal.page(),
        "office": OFFICE,
        // Addresses with the page `part_of` gives them, which the service worker's rules are
        // tested against (e2e/tests/offline.spec.ts).
        "examples": RULE_EXAMPLES
            .iter()
            .map(|path| (*path, part_of(path).page().or(Part::Portal.page())))
            .collect::<Vec<_>>(),
    })
    .to_string()
}

/// Addresses of every kind, for testing the service worker's copy of the rules.
#[cfg(feature = "ssr")]
const RULE_EXAMPLES: [&str; 16] = [
    "/",
    "/en",
    "/catalogue",
    "/check",
    "/en/check/results",
    "/checklist",
    "/apply/birth-assistance/name",
    "/en/applications",
    "/status",
    "/statuses",
    "/embed/UA1/catalogue",
    "/embed/UA1/check/question",
    "/en/embed/UA1/status",
    "/embed/UA1",
    "/en/embed/UA1/check",
    "/en/apply",
];

/// Which app serves `path` (in either language), as the route table says. The server and the
/// service worker read the same table.
pub fn part_of(path: &str) -> Part {
    routes::app_of(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cyrillic_and_spaces_are_encoded_and_empty_values_dropped() {
        assert_eq!(
            with_query("/search", &[("q", "ВПО 2"), ("x", "")]),
            "/search?q=%D0%92%D0%9F%D0%9E+2"
        );
        assert_eq!(with_query("/catalogue", &[("kind", "")]), "/catalogue");
        assert_eq!(encode("a&b=c"), "a%26b%3Dc");
        assert_eq!(
            with_query("/c?widget=w", &[("kind", "payment")]),
            "/c?widget=w&kind=payment"
        );
    }

    #[test]
    fn the_check_is_its_own_app_in_both_languages() {
        assert_eq!(part_of("/check"), Part::Check);
        assert_eq!(part_of("/en/check/results"), Part::Check);
        assert_eq!(part_of("/checklist"), Part::Portal);
        assert_eq!(part_of("/en"), Part::Portal);
        assert_eq!(part_of("/service/birth-assistance"), Part::Portal);
        assert_eq!(part_of("/apply/birth-assistance/name"), Part::Apply);
        assert_eq!(part_of("/en/applications"), Part::Apply);
        assert_eq!(part_of("/status"), Part::Apply);
        assert_eq!(part_of("/statuses"), Part::Portal);
        assert_eq!(part_of(&how_decided("emalyatko")), Part::Static);
        assert_eq!(part_of("/en/service/emalyatko/how-decided"), Part::Static);
        assert_eq!(part_of("/service/how-decided"), Part::Portal);
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn the_service_workers_rules_are_the_routes() {
        let rules: serde_json::Value = serde_json::from_str(&rules_json()).unwrap();
        assert_eq!(rules["languages"], serde_json::json!(["/en"]));
        assert_eq!(rules["embed"], EMBED);
        for (root, part) in routes::roots()
            .into_iter()
            .filter(|(_, p)| *p != Part::Office)
        {
            assert_eq!(part_of(&root), part);
            assert!(
                rules["apps"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|a| a[0] == root && a[1] == part.page().unwrap())
            );
        }
        let examples = rules["examples"].as_array().unwrap();
        assert_eq!(examples.len(), RULE_EXAMPLES.len());
        assert!(examples.iter().any(|e| e[1] == "/app-check.html"));
        assert!(examples.iter().any(|e| e[1] == "/app-apply.html"));
    }

    #[test]
    fn an_embedded_view_belongs_to_its_views_app() {
        assert_eq!(part_of("/embed/UA1/catalogue"), Part::Portal);
        assert_eq!(part_of("/en/embed/UA1/check/question"), Part::Check);
        assert_eq!(part_of("/embed/UA1/check"), Part::Check);
        assert_eq!(part_of("/embed/UA1/status"), Part::Apply);
    }

    #[test]
    fn what_is_encoded_decodes_back() {
        for text in ["ВПО 2", "a&b=c", "https://h.example:8080", ""] {
            assert_eq!(decode(&encode(text)), text);
        }
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
    }
}
