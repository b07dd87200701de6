//! The portal inside a community's website: the embed addresses (`/[en/]embed/{community}/…`),
//! their settings, and the accent colour kept within contrast limits.
//!
//! The loader (`public/widget.js`) makes the frame's address; the server lets only the origins a
//! community registered frame it (CSP `frame-ancestors`). Inside the frame the app shows one view
//! without the portal's header and footer, keeps its links inside the frame where the view has
//! them, and opens every other page of the portal in a new tab.

use catalogue::Lang;

/// The settings of an embedded view, as its address carries them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Embed {
    /// The community's КАТОТТГ code.
    pub community: String,
    /// The host page's origin, where the frame's messages go (never `*`).
    pub origin: Option<String>,
    /// The accent colour asked for, as `rrggbb`.
    pub accent: Option<String>,
    /// The widget's id on the host page, named in each message.
    pub widget: Option<String>,
}

impl Embed {
    /// Reads an embed address: `path` as `/[en/]embed/{community}/{view…}`, `search` its query.
    pub fn parse(path: &str, search: &str) -> Option<Embed> {
        let (_, rest) = Lang::split_path(path);
        let tail = rest.strip_prefix(routes::EMBED)?;
        let (community, _) = tail.split_once('/')?;
        if community.is_empty() {
            return None;
        }
        let mut embed = Embed {
            community: community.to_string(),
            origin: None,
            accent: None,
            widget: None,
        };
        for pair in search.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = crate::url::decode(value);
            match key {
                "origin" if is_origin(&value) => embed.origin = Some(value),
                "accent" if is_hex_colour(&value) => embed.accent = Some(value.to_lowercase()),
                "widget" if is_widget_id(&value) => embed.widget = Some(value),
                _ => {}
            }
        }
        Some(embed)
    }

    /// The query string the frame's own links carry on.
    pub fn query(&self) -> String {
        let mut pairs = Vec::new();
        if let Some(o) = &self.origin {
            pairs.push(("origin", o.as_str()));
        }
        if let Some(a) = &self.accent {
            pairs.push(("accent", a.as_str()));
        }
        if let Some(w) = &self.widget {
            pairs.push(("widget", w.as_str()));
        }
        crate::url::with_query("", &pairs)
    }

    /// The address inside the frame of a portal page (`/service/x`, in the portal's Ukrainian
    /// form), if the route table gives the page an embedded view; `None` for pages that open on
    /// the portal itself.
    pub fn inside(&self, lang: Lang, path: &str) -> Option<String> {
        let page = path.split(['?', '#']).next().unwrap_or(path);
        let embeddable = page.starts_with('/')
            && !is_embed(page)
            && routes::find(page).is_some_and(|m| m.route.embed);
        embeddable
            .then(|| lang.localize(&format!("/embed/{}{path}{}", self.community, self.query())))
    }
}

/// The portal's page for an embedded address: `/en/embed/{c}/check/question` → `/en/check/question`.
pub fn outside(path: &str) -> String {
    let (lang, rest) = Lang::split_path(path);
    let view = rest
        .strip_prefix(routes::EMBED)
        .and_then(|tail| tail.split_once('/'))
        .map_or("/", |(_, view)| view);
    lang.localize(&format!("/{}", view.trim_start_matches('/')))
}

/// Is `path` an embedded view?
pub fn is_embed(path: &str) -> bool {
    Lang::split_path(path).1.starts_with(routes::EMBED)
}

fn is_origin(s: &str) -> bool {
    let Some((scheme, host)) = s.split_once("://") else {
        return false;
    };
    matches!(scheme, "http" | "https")
        && !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'))
}

fn is_hex_colour(s: &str) -> bool {
    s.len() == 6 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

fn is_widget_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The accent colour to use for `rrggbb`: itself when white text on it and it as text on white
/// both reach WCAG's 4.5:1, else the same hue darkened just enough. `#rrggbb`.
pub fn accessible_accent(hex: &str) -> Option<String> {
    if !is_hex_colour(hex) {
        return None;
    }
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    let mut rgb = [channel(0)?, channel(2)?, channel(4)?].map(f64::from);
    // Darker by 5 % at a time: black has a contrast of 21 with white, so this ends.
    while contrast_with_white(rgb) < 4.5 {
        rgb = rgb.map(|c| (c * 0.95).floor());
    }
    Some(format!(
        "#{:02x}{:02x}{:02x}",
        rgb[0] as u8, rgb[1] as u8, rgb[2] as u8
    ))
}

/// WCAG 2 contrast ratio between a colour (0–255 channels) and white.
pub fn contrast_with_white(rgb: [f64; 3]) -> f64 {
    let linear = |c: f64| {
        let c = c / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    1.05 / (l + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_embed_address_gives_its_community_and_settings() {
        let e = Embed::parse(
            "/en/embed/UA46060250000025047/service/birth-assistance",
            "?origin=https%3A%2F%2Flviv.example&accent=AA3300&widget=pw-1",
        )
        .unwrap();
        assert_eq!(e.community, "UA46060250000025047");
        assert_eq!(e.origin.as_deref(), Some("https://lviv.example"));
        assert_eq!(e.accent.as_deref(), Some("aa3300"));
        assert_eq!(e.widget.as_deref(), Some("pw-1"));
        assert_eq!(Embed::parse("/service/x", ""), None);
    }

    #[test]
    fn settings_that_are_not_what_they_claim_are_dropped() {
        let e = Embed::parse(
            "/embed/UA1/catalogue",
            "origin=javascript:alert(1)&accent=red&widget=<script>",
        )
        .unwrap();
        assert_eq!((e.origin, e.accent, e.widget), (None, None, None));
        let e = Embed::parse("/embed/UA1/catalogue", "origin=*").unwrap();
        assert_eq!(e.origin, None);
    }

    #[test]
    fn the_views_links_stay_in_the_frame_and_others_leave_it() {
        let e = Embed::parse(
            "/embed/UA1/catalogue",
            "origin=http%3A%2F%2Fh.example&widget=w",
        )
        .unwrap();
        assert_eq!(
            e.inside(Lang::Uk, "/service/x").as_deref(),
            Some("/embed/UA1/service/x?origin=http%3A%2F%2Fh.example&widget=w")
        );
        assert_eq!(
            e.inside(Lang::En, "/check/question").as_deref(),
            Some("/en/embed/UA1/check/question?origin=http%3A%2F%2Fh.example&widget=w")
        );
        assert_eq!(e.inside(Lang::Uk, "/apply/birth-assistance"), None);
        assert_eq!(e.inside(Lang::Uk, "/about"), None);
        assert_eq!(e.inside(Lang::Uk, "/service/x/how-decided"), None);
        assert_eq!(e.inside(Lang::Uk, "/check/no-such-step"), None);
        assert_eq!(
            e.inside(Lang::Uk, "/status").as_deref(),
            Some("/embed/UA1/status?origin=http%3A%2F%2Fh.example&widget=w")
        );
        assert_eq!(
            outside("/en/embed/UA1/check/question"),
            "/en/check/question"
        );
        assert_eq!(outside("/embed/UA1/catalogue"), "/catalogue");
    }

    #[test]
    fn an_accent_too_light_for_white_text_is_darkened_until_it_reads() {
        assert_eq!(accessible_accent("0b3b75").as_deref(), Some("#0b3b75"));
        let yellow = accessible_accent("ffd500").unwrap();
        let rgb = [1, 3, 5].map(|i| f64::from(u8::from_str_radix(&yellow[i..i + 2], 16).unwrap()));
        assert!(contrast_with_white(rgb) >= 4.5, "{yellow}");
        assert!(
            contrast_with_white(rgb.map(|c| (c / 0.95).min(255.0))) < 4.6,
            "not darker than needed: {yellow}"
        );
        assert_eq!(accessible_accent("fff"), None);
        assert_eq!(accessible_accent("zzzzzz"), None);
    }
}
