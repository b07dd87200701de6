//! The command line, read into a validated command in one place.

use crate::Config;
use crate::ratelimit::RateLimit;
use std::net::SocketAddr;
use std::path::PathBuf;

pub const USAGE: &str = "usage:
  server [--dist DIR] [--addr HOST:PORT] [--db PATH] [--allow-origin ORIGIN]...
         [--rate-limit PER_MINUTE] [--burst N]
      serves the portal and the applications API (--rate-limit 0 turns the limit off)
  server token create [--db PATH] --community CODE
      makes a staff token for a community and prints it, once
  server db counts [--db PATH]
      prints how many rows each table holds, as JSON
  server embed allow [--db PATH] --community CODE --origin ORIGIN
      lets the website ORIGIN (https://example.org) show the community's embed pages in a frame
  server embed revoke [--db PATH] --community CODE --origin ORIGIN
      takes that back
  server embed list [--db PATH] [--community CODE]
      prints the allowed websites: community, origin, since when (tab-separated)";

/// What the command line asks for.
#[derive(Debug, Clone)]
pub enum Command {
    Serve {
        config: Config,
        addr: SocketAddr,
    },
    CreateToken {
        db: PathBuf,
        community: String,
    },
    Counts {
        db: PathBuf,
    },
    EmbedAllow {
        db: PathBuf,
        community: String,
        origin: String,
    },
    EmbedRevoke {
        db: PathBuf,
        community: String,
        origin: String,
    },
    EmbedList {
        db: PathBuf,
        community: Option<String>,
    },
}

/// Reads the arguments (without the program's name).
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut args = args.into_iter().peekable();
    if args.peek().map(String::as_str) == Some("token") {
        args.next();
        if args.next().as_deref() != Some("create") {
            return Err("`server token` knows one command: `server token create`".into());
        }
        let mut db = crate::default_db();
        let mut community = None;
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--db" => db = PathBuf::from(value(&mut args, "--db", "a file")?),
                "--community" => {
                    community = Some(value(&mut args, "--community", "a codifier code")?)
                }
                other => return Err(format!("unknown argument {other}")),
            }
        }
        let community = community.ok_or("--community CODE is needed, e.g. UA46060250000025047")?;
        return Ok(Command::CreateToken { db, community });
    }

    if args.peek().map(String::as_str) == Some("db") {
        args.next();
        if args.next().as_deref() != Some("counts") {
            return Err("`server db` knows one command: `server db counts`".into());
        }
        let mut db = crate::default_db();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--db" => db = PathBuf::from(value(&mut args, "--db", "a file")?),
                other => return Err(format!("unknown argument {other}")),
            }
        }
        return Ok(Command::Counts { db });
    }

    if args.peek().map(String::as_str) == Some("embed") {
        args.next();
        return embed(args);
    }

    let mut config = Config::new(crate::default_dist());
    let mut addr: SocketAddr = "127.0.0.1:8080".parse().expect("a valid address");
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--dist" => config.dist = PathBuf::from(value(&mut args, "--dist", "a folder")?),
            "--db" => config.db = PathBuf::from(value(&mut args, "--db", "a file")?),
            "--addr" => {
                addr = value(&mut args, "--addr", "HOST:PORT")?
                    .parse()
                    .map_err(|_| "--addr needs HOST:PORT, e.g. 127.0.0.1:8080")?
            }
            "--allow-origin" => {
                let origin = value(&mut args, "--allow-origin", "an origin")?;
                check_origin("--allow-origin", &origin)?;
                config.allow_origins.push(origin);
            }
            "--rate-limit" => {
                config.rate_limit.per_minute = number(&mut args, "--rate-limit")?;
            }
            "--burst" => {
                config.rate_limit.burst = number(&mut args, "--burst")?;
                if config.rate_limit.burst == 0 {
                    return Err(
                        "--burst needs at least 1 (to turn the limit off: --rate-limit 0)".into(),
                    );
                }
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    if config.rate_limit.per_minute == 0 {
        config.rate_limit = RateLimit::OFF;
    }
    Ok(Command::Serve { config, addr })
}

fn value(
    args: &mut impl Iterator<Item = String>,
    flag: &str,
    what: &str,
) -> Result<String, String> {
    args.next().ok_or_else(|| format!("{flag} needs {what}"))
}

fn number(args: &mut impl Iterator<Item = String>, flag: &str) -> Result<u32, String> {
    value(args, flag, "a whole number")?
        .parse()
        .map_err(|_| format!("{flag} needs a whole number"))
}

/// `server embed allow | revoke | list …`, after `embed`.
fn embed(mut args: impl Iterator<Item = String>) -> Result<Command, String> {
    const KNOWN: &str = "`server embed` knows three commands: allow, revoke and list";
    let action = args.next().ok_or(KNOWN)?;
    if !matches!(action.as_str(), "allow" | "revoke" | "list") {
        return Err(format!("{KNOWN}, not {action}"));
    }
    let mut db = crate::default_db();
    let mut community = None;
    let mut origin = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--db" => db = PathBuf::from(value(&mut args, "--db", "a file")?),
            "--community" => community = Some(value(&mut args, "--community", "a codifier code")?),
            "--origin" if action != "list" => {
                let o = value(&mut args, "--origin", "an origin, e.g. https://example.org")?;
                check_origin("--origin", &o)?;
                origin = Some(o);
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    if action == "list" {
        return Ok(Command::EmbedList { db, community });
    }
    let community = community.ok_or("--community CODE is needed, e.g. UA46060250000025047")?;
    let origin = origin.ok_or("--origin ORIGIN is needed, e.g. https://example.org")?;
    Ok(if action == "allow" {
        Command::EmbedAllow {
            db,
            community,
            origin,
        }
    } else {
        Command::EmbedRevoke {
            db,
            community,
            origin,
        }
    })
}

/// An origin is `scheme://host[:port]`: http or https, no path, no trailing slash, no wildcard
/// (see `embed::check_origin`).
fn check_origin(flag: &str, origin: &str) -> Result<(), String> {
    crate::embed::check_origin(origin)
        .map_err(|why| crate::embed::origin_message(flag, origin, &why))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn the_e2e_command_line_still_serves() {
        let Command::Serve { config, addr } =
            parse(args("--dist ../dist --addr 127.0.0.1:4173")).unwrap()
        else {
            panic!("not serve")
        };
        assert_eq!(config.dist, PathBuf::from("../dist"));
        assert_eq!(addr.port(), 4173);
        assert_eq!(config.rate_limit, RateLimit::DEFAULT);
        assert!(config.allow_origins.is_empty());
        assert!(config.db.ends_with("target/portal.sqlite"));
    }

    #[test]
    fn origins_repeat_and_the_rate_limit_can_be_turned_off() {
        let Command::Serve { config, .. } = parse(args(
            "--db x.sqlite --allow-origin https://a.example --allow-origin http://localhost:8080 --rate-limit 0",
        ))
        .unwrap() else {
            panic!("not serve")
        };
        assert_eq!(
            config.allow_origins,
            ["https://a.example", "http://localhost:8080"]
        );
        assert!(config.rate_limit.is_off());
        assert_eq!(config.db, PathBuf::from("x.sqlite"));
        assert!(parse(args("--allow-origin https://a.example/path")).is_err());
        assert!(parse(args("--allow-origin *")).is_err());
        assert!(parse(args("--rate-limit many")).is_err());
        assert!(parse(args("--what")).is_err());
    }

    #[test]
    fn a_token_is_made_for_a_community() {
        let Command::CreateToken { db, community } = parse(args(
            "token create --db t.sqlite --community UA46060250000025047",
        ))
        .unwrap() else {
            panic!("not token")
        };
        assert_eq!(db, PathBuf::from("t.sqlite"));
        assert_eq!(community, "UA46060250000025047");
        assert!(parse(args("token create --db t.sqlite")).is_err());
        assert!(parse(args("token delete")).is_err());
        let Command::Counts { db } = parse(args("db counts --db t.sqlite")).unwrap() else {
            panic!("not counts")
        };
        assert_eq!(db, PathBuf::from("t.sqlite"));
    }

    #[test]
    fn a_community_allows_revokes_and_lists_the_websites_that_may_frame_it() {
        let Command::EmbedAllow {
            db,
            community,
            origin,
        } = parse(args(
            "embed allow --db e.sqlite --community UA46060250000025047 --origin http://127.0.0.1:4175",
        ))
        .unwrap()
        else {
            panic!("not allow")
        };
        assert_eq!(db, PathBuf::from("e.sqlite"));
        assert_eq!(community, "UA46060250000025047");
        assert_eq!(origin, "http://127.0.0.1:4175");
        assert!(matches!(
            parse(args("embed revoke --community UA1 --origin https://x.org")).unwrap(),
            Command::EmbedRevoke { .. }
        ));
        let Command::EmbedList { community, .. } = parse(args("embed list")).unwrap() else {
            panic!("not list")
        };
        assert_eq!(community, None);
        assert!(parse(args("embed allow --origin https://x.org")).is_err());
        assert!(parse(args("embed allow --community UA1")).is_err());
        assert!(parse(args("embed list --origin https://x.org")).is_err());
        assert!(parse(args("embed delete")).is_err());
        assert!(parse(args("embed")).is_err());
        let bad = parse(args(
            "embed allow --community UA1 --origin https://x.org/path",
        ))
        .unwrap_err();
        assert!(bad.contains("--origin needs a bare origin"), "{bad}");
        assert!(
            bad.ends_with("leave out the path and the trailing slash: https://x.org"),
            "{bad}"
        );
    }
}
