//! Embedding: a community shows the portal's catalogue, a service, the eligibility check or the
//! status page on its own website, in an `<iframe>` that `public/widget.js` makes.
//!
//! The embed pages are the route table's pages with an embedded view (`routes::ROUTES`):
//! `/embed/{community}/catalogue`, `/embed/{community}/service/{id}`,
//! `/embed/{community}/check[/{step}]` and `/embed/{community}/status`, and the same under `/en`.
//! A browser shows them in a frame only on the websites the community registered
//! (`server embed allow`): the `headers` middleware writes those origins into the
//! Content-Security-Policy's `frame-ancestors` of an embed page, read from the database on each
//! request so that a change takes effect without a restart. Every other answer keeps
//! `frame-ancestors 'none'`. (A `<meta>` policy cannot say `frame-ancestors`; and no
//! `X-Frame-Options` is sent, which would override it.)
//!
//! Which addresses are embed pages, and which app serves each, is the route table's
//! (`routes::find`, a match with a community); whether the page exists, the server's
//! (`page_exists`). [`frame_ancestors`] and [`check_origin`] are pure; the commands at the end
//! (`server embed allow | revoke | list`) open the database.

use crate::clock::Instant;
use crate::db::{self, EmbedOrigin};
use crate::store::Readers;
use std::path::Path;

/// `csp` with its `frame-ancestors` set to `origins` (`'none'` when there are none). An origin
/// that is not a bare origin is left out, so nothing stored can add a directive.
pub fn frame_ancestors(csp: &str, origins: &[String]) -> String {
    let allowed: Vec<&str> = origins
        .iter()
        .map(String::as_str)
        .filter(|o| check_origin(o).is_ok())
        .collect();
    let directive = if allowed.is_empty() {
        "frame-ancestors 'none'".to_string()
    } else {
        format!("frame-ancestors {}", allowed.join(" "))
    };
    let mut directives: Vec<String> = csp
        .split(';')
        .map(str::trim)
        .filter(|d| !d.is_empty() && !d.starts_with("frame-ancestors"))
        .map(String::from)
        .collect();
    directives.push(directive);
    directives.join("; ")
}

/// The origins allowed to frame `community`'s embed pages, read now. None if the database fails:
/// a frame is then refused rather than allowed by mistake.
pub async fn allowed_origins(readers: &Readers, community: &str) -> Vec<String> {
    let code = community.to_string();
    match readers
        .read(move |conn| db::embed_origins(conn, &code))
        .await
    {
        Ok(origins) => origins,
        Err(e) => {
            tracing::warn!(community, "the embed origins could not be read: {e:?}");
            Vec::new()
        }
    }
}

/// Is `origin` a bare origin as a browser writes it, `scheme://host[:port]`: http or https, a
/// host in lowercase (an international name in its `xn--` form), no path, no trailing slash, no
/// wildcard, no default port? `Err` says what to change.
pub fn check_origin(origin: &str) -> Result<(), String> {
    if origin.contains('*') {
        return Err("a wildcard is not allowed: register each website's origin".into());
    }
    let Some((scheme, rest)) = origin.split_once("://") else {
        return Err("it must start with https:// (or http://)".into());
    };
    let default_port = match scheme {
        "https" => "443",
        "http" => "80",
        _ => return Err(format!("the scheme must be https or http, not {scheme}")),
    };
    let (authority, tail) = rest.split_at(rest.find(['/', '?', '#']).unwrap_or(rest.len()));
    if !tail.is_empty() {
        return Err(format!(
            "leave out the path and the trailing slash: {scheme}://{authority}"
        ));
    }
    if authority.contains('@') {
        return Err("leave out the user name: an origin has none".into());
    }
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let (inside, after) = v6.split_once(']').ok_or("the IPv6 address lacks its ]")?;
        if inside.is_empty() || !inside.bytes().all(|b| b.is_ascii_hexdigit() || b == b':') {
            return Err(format!("[{inside}] is not an IPv6 address"));
        }
        match after {
            "" => (inside, None),
            _ => (
                inside,
                Some(after.strip_prefix(':').ok_or("write the port as :PORT")?),
            ),
        }
    } else {
        match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    if host.is_empty() {
        return Err("the host is missing".into());
    }
    if !authority.starts_with('[') {
        if host.bytes().any(|b| b.is_ascii_uppercase()) {
            return Err(format!(
                "write it in lowercase, as browsers do: {}",
                origin.to_ascii_lowercase()
            ));
        }
        let label_ok = |l: &str| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        };
        if !host.split('.').all(label_ok) {
            return Err(format!(
                "{host} is not a host name: letters a-z, digits, hyphens and dots only \
                 (an international name in its xn-- form)"
            ));
        }
    }
    if let Some(port) = port {
        if port == default_port {
            return Err(format!(
                "leave out the default port :{port}: {scheme}://{}",
                &authority[..authority.len() - port.len() - 1]
            ));
        }
        if !port.bytes().all(|b| b.is_ascii_digit()) || !port.parse::<u16>().is_ok_and(|p| p > 0) {
            return Err(format!(
                "the port must be a number from 1 to 65535, not {port}"
            ));
        }
    }
    Ok(())
}

/// Is `code` a community of the codifier? The message says what to give instead.
fn check_community(code: &str) -> Result<(), String> {
    let communities = crate::communities().map_err(|e| e.to_string())?;
    if communities.get(code).is_none() {
        return Err(format!(
            "no community of the codifier has the code {code}: give a code like \
             UA46060250000025047 (see data/generated/communities.json)"
        ));
    }
    Ok(())
}

fn db_error(db_path: &Path) -> impl Fn(rusqlite::Error) -> String + '_ {
    move |e| format!("database {}: {e}", db_path.display())
}

/// The database at `db_path`, which must exist already (a mistyped `--db` makes no new file).
fn open_existing(db_path: &Path) -> Result<rusqlite::Connection, String> {
    if !db_path.is_file() {
        return Err(format!(
            "no database at {}: give the server's --db PATH (it makes the file on first start)",
            db_path.display()
        ));
    }
    db::open(db_path).map_err(db_error(db_path))
}

/// `server embed allow`: lets `origin` frame the embed pages of `community`, from the next
/// request on. `Ok(false)`: it was allowed already. Nothing is stored unless both are valid.
pub fn allow(db_path: &Path, community: &str, origin: &str) -> Result<bool, String> {
    check_origin(origin).map_err(|why| origin_message("--origin", origin, &why))?;
    check_community(community)?;
    let conn = db::open(db_path).map_err(db_error(db_path))?;
    db::add_embed_origin(&conn, community, origin, Instant::now()).map_err(db_error(db_path))
}

/// `server embed revoke`: `origin` may no longer frame the embed pages of `community`.
pub fn revoke(db_path: &Path, community: &str, origin: &str) -> Result<(), String> {
    check_origin(origin).map_err(|why| origin_message("--origin", origin, &why))?;
    check_community(community)?;
    let conn = open_existing(db_path)?;
    if db::remove_embed_origin(&conn, community, origin).map_err(db_error(db_path))? {
        Ok(())
    } else {
        Err(format!(
            "{origin} is not allowed for {community}, so there is nothing to revoke \
             (see: server embed list --community {community})"
        ))
    }
}

/// `server embed list`: the allowed origins, of every community or of one.
pub fn list(db_path: &Path, community: Option<&str>) -> Result<Vec<EmbedOrigin>, String> {
    if let Some(code) = community {
        check_community(code)?;
    }
    let conn = open_existing(db_path)?;
    db::list_embed_origins(&conn, community).map_err(db_error(db_path))
}

/// The message for a refused origin given to `flag`.
pub fn origin_message(flag: &str, origin: &str, why: &str) -> String {
    format!(
        "{flag} needs a bare origin scheme://host[:port] such as https://example.org or \
         http://127.0.0.1:4175, not {origin}: {why}"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_ancestors_are_replaced_and_nothing_else_changes() {
        let csp = "default-src 'self'; object-src 'none'; frame-ancestors 'none'";
        assert_eq!(
            frame_ancestors(
                csp,
                &["https://a.example".into(), "http://127.0.0.1:4175".into()]
            ),
            "default-src 'self'; object-src 'none'; \
             frame-ancestors https://a.example http://127.0.0.1:4175"
        );
        assert_eq!(frame_ancestors(csp, &[]), csp);
        // Nothing that is not a bare origin gets into the header.
        assert_eq!(
            frame_ancestors(csp, &["https://a.example; script-src *".into()]),
            csp
        );
    }

    #[test]
    fn bare_origins_are_accepted() {
        for origin in [
            "https://example.org",
            "http://127.0.0.1:4175",
            "http://localhost:8080",
            "https://xn--80aaxitdbjk.xn--j1amh",
            "https://gromada-1.gov.ua:8443",
            "http://[::1]:8080",
        ] {
            assert_eq!(check_origin(origin), Ok(()), "{origin}");
        }
    }

    #[test]
    fn anything_else_is_refused_with_a_way_to_fix_it() {
        for (origin, hint) in [
            (
                "https://x.org/path",
                "leave out the path and the trailing slash: https://x.org",
            ),
            ("https://x.org/", "leave out the path"),
            ("https://x.org?a=1", "leave out the path"),
            ("*", "wildcard"),
            ("https://*.x.org", "wildcard"),
            ("ftp://x", "https or http, not ftp"),
            ("x.org", "must start with https://"),
            ("https://", "host is missing"),
            ("https://X.org", "lowercase, as browsers do: https://x.org"),
            ("https://x.org:443", "default port :443: https://x.org"),
            ("http://x.org:80", "default port :80: http://x.org"),
            ("https://x.org:99999", "from 1 to 65535"),
            ("https://x.org:", "from 1 to 65535"),
            ("https://user@x.org", "user name"),
            ("https://громада.укр", "xn-- form"),
            ("https://x..org", "not a host name"),
            ("https://x.org;", "not a host name"),
            ("http://[::1", "lacks its ]"),
        ] {
            let why = check_origin(origin).expect_err(origin);
            assert!(why.contains(hint), "{origin}: {why}");
        }
    }
}
