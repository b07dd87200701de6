//! The command line, read by clap into a validated command in one place.

use crate::Config;
use crate::mail::MailConfig;
use crate::model::{Role, Status};
use crate::ratelimit::{Net, RateLimit};
use clap::{Args, Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;

/// The reference community back office: serves the portal, the applications API and the office.
#[derive(Debug, Parser)]
#[command(name = "server", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Sub>,
    #[command(flatten)]
    serve: Serve,
}

#[derive(Debug, Args)]
struct Serve {
    /// The folder trunk built, with the pre-rendered pages.
    #[arg(long, value_name = "DIR")]
    dist: Option<PathBuf>,
    /// Where to listen.
    #[arg(long, value_name = "HOST:PORT", default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// The SQLite database (made if missing).
    #[arg(long, value_name = "PATH")]
    db: Option<PathBuf>,
    /// An origin allowed to call the API from a browser (repeat for more).
    #[arg(long = "allow-origin", value_name = "ORIGIN", value_parser = origin("--allow-origin"))]
    allow_origins: Vec<String>,
    /// Writes a minute per client (0 turns the limit off).
    #[arg(long, value_name = "PER_MINUTE")]
    rate_limit: Option<u32>,
    /// Writes a client may make at once.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    burst: Option<u32>,
    /// Status reads a minute per client, bursts of a quarter of it (0 turns the limit off).
    #[arg(long, value_name = "PER_MINUTE", default_value_t = RateLimit::STATUS.per_minute)]
    status_rate_limit: u32,
    /// Staff requests (office and staff API) a minute per client, bursts of a fifth of it (0 turns
    /// the limit off).
    #[arg(long, value_name = "PER_MINUTE", default_value_t = RateLimit::STAFF.per_minute)]
    staff_rate_limit: u32,
    /// MiB of uploaded files a minute per client, bursts of 25 times it (0 turns the limit off).
    /// Each draft and application has its own limits besides (see the README, "Documents").
    #[arg(long, value_name = "MIB_PER_MINUTE", default_value_t = RateLimit::UPLOAD_MIB.per_minute)]
    upload_rate_limit: u32,
    /// A reverse proxy (an address or a network, e.g. 10.0.0.0/8; repeat for more) whose
    /// X-Forwarded-For names the client for the rate limits. None by default: the peer is the
    /// client and X-Forwarded-For is ignored.
    #[arg(long = "trusted-proxy", value_name = "NET", value_parser = Net::parse)]
    trusted_proxies: Vec<Net>,
    /// Seconds a client has to send a request's head; also how long an idle keep-alive
    /// connection stays open.
    #[arg(long, value_name = "SECONDS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=3600))]
    header_timeout: u64,
    /// Seconds a client has to send a request's body once its head arrived.
    #[arg(long, value_name = "SECONDS", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=3600))]
    body_timeout: u64,
    /// Deletes the personal data and documents of applications DAYS after they reached STATUS
    /// (approved, refused or closed; repeat for more), e.g. closed=1825. None by default: the
    /// period is the operator's decision under the law on personal data protection.
    #[arg(long = "retain", value_name = "STATUS=DAYS", value_parser = retain)]
    retain: Vec<(Status, u32)>,
    /// Hours after which a file that no application claimed is deleted, and an application
    /// draft not used since (with its unclaimed files).
    #[arg(long, value_name = "HOURS", default_value_t = crate::db::Retention::ORPHAN_HOURS, value_parser = clap::value_parser!(u32).range(1..))]
    orphan_files_after: u32,
    /// Connections served at once; more wait until one ends.
    #[arg(long, value_name = "N", default_value_t = 512, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    max_connections: u64,
    /// The SMTP server for e-mail to applicants: smtp://host:port (a relay on this machine),
    /// smtp://host:587?tls=required (STARTTLS) or smtps://host:465, with user:password@ if needed.
    #[arg(long, value_name = "URL", requires_all = ["mail_from", "public_url"])]
    smtp: Option<String>,
    /// The sender of e-mail, e.g. "Соціальна громада <noreply@lviv.example>".
    #[arg(long, value_name = "ADDRESS", requires = "smtp")]
    mail_from: Option<String>,
    /// The portal's public address for links in e-mail, e.g. https://portal.lviv.example.
    #[arg(long, value_name = "URL", requires = "smtp", value_parser = public_url)]
    public_url: Option<String>,
}

#[derive(Debug, Subcommand)]
enum Sub {
    /// Staff accounts.
    #[command(subcommand)]
    Staff(StaffCmd),
    /// Integration tokens.
    #[command(subcommand)]
    Token(TokenCmd),
    /// The database.
    #[command(subcommand)]
    Db(DbCmd),
    /// The websites that may show a community's embed pages in a frame.
    #[command(subcommand)]
    Embed(EmbedCmd),
    /// Copies the database, while the server runs, with SQLite's online backup.
    Backup(BackupArgs),
    /// Writes what communities published (profile and programmes) as `OUT/{code}.json`, for a
    /// portal served from a static host at `/data/community/{code}.json`.
    ExportCommunity {
        #[arg(long, value_name = "PATH")]
        db: Option<PathBuf>,
        /// The folder to write into, e.g. dist/data/community.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Only this community (its codifier code); every community that published by default.
        #[arg(long, value_name = "CODE")]
        community: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
enum StaffCmd {
    /// Adds a staff member (the community's first administrator, say) and prints their one-time
    /// invitation link (valid 7 days): they open it, set a password and the second factor.
    Invite {
        #[arg(long, value_name = "PATH")]
        db: Option<PathBuf>,
        /// The community's codifier code, e.g. UA46060250000025047.
        #[arg(long, value_name = "CODE")]
        community: String,
        /// Their name, as colleagues and applicants will read it.
        #[arg(long)]
        name: String,
        /// Their work e-mail address: what they sign in with.
        #[arg(long)]
        email: String,
        /// worker, head or admin.
        #[arg(long, default_value = "admin", value_parser = role)]
        role: Role,
    },
}

#[derive(Debug, Subcommand)]
enum TokenCmd {
    /// Makes an integration token owned by a staff member, for their community, and prints it
    /// once.
    Create {
        #[arg(long, value_name = "PATH")]
        db: Option<PathBuf>,
        /// The e-mail address of the staff member who owns it (and answers for it).
        #[arg(long, value_name = "EMAIL")]
        owner: String,
        /// What it is for, e.g. "ІС соціального захисту".
        #[arg(long)]
        name: String,
        /// How long it is valid.
        #[arg(long, default_value_t = 90, value_parser = clap::value_parser!(u64).range(1..=365))]
        days: u64,
    },
}

#[derive(Debug, Subcommand)]
enum DbCmd {
    /// Prints how many rows each table holds, as JSON.
    Counts {
        #[arg(long, value_name = "PATH")]
        db: Option<PathBuf>,
    },
}

/// `server backup --db PATH --to FILE`.
#[derive(Debug, Args)]
struct BackupArgs {
    #[arg(long, value_name = "PATH")]
    db: Option<PathBuf>,
    /// The copy to make (a new file, made 0600). The keys are not in it: keep them apart.
    #[arg(long, value_name = "FILE")]
    to: PathBuf,
}

#[derive(Debug, Subcommand)]
enum EmbedCmd {
    /// Lets the website ORIGIN (https://example.org) show the community's embed pages in a frame.
    Allow {
        #[arg(long, value_name = "PATH")]
        db: Option<PathBuf>,
        #[arg(long, value_name = "CODE")]
        community: String,
        #[arg(long, value_parser = origin("--origin"))]
        origin: String,
    },
    /// Takes that back.
    Revoke {
        #[arg(long, value_name = "PATH")]
        db: Option<PathBuf>,
        #[arg(long, value_name = "CODE")]
        community: String,
        #[arg(long, value_parser = origin("--origin"))]
        origin: String,
    },
    /// Prints the allowed websites: community, origin, since when (tab-separated).
    List {
        #[arg(long, value_name = "PATH")]
        db: Option<PathBuf>,
        #[arg(long, value_name = "CODE")]
        community: Option<String>,
    },
}

/// An origin is `scheme://host[:port]`: http or https, no path, no trailing slash, no wildcard
/// (see `embed::check_origin`).
fn origin(flag: &'static str) -> impl Fn(&str) -> Result<String, String> + Clone {
    move |o: &str| {
        crate::embed::check_origin(o)
            .map(|()| o.to_string())
            .map_err(|why| crate::embed::origin_message(flag, o, &why))
    }
}

fn public_url(s: &str) -> Result<String, String> {
    let bare = s.trim_end_matches('/');
    if (bare.starts_with("https://") || bare.starts_with("http://")) && !bare.contains(['?', '#']) {
        Ok(bare.to_string())
    } else {
        Err(format!(
            "needs the portal's address, e.g. https://portal.lviv.example, not {s}"
        ))
    }
}

fn retain(s: &str) -> Result<(Status, u32), String> {
    let bad = || {
        format!(
            "--retain needs STATUS=DAYS, e.g. closed=1825 (approved, refused or closed), not {s}"
        )
    };
    let (status, days) = s.split_once('=').ok_or_else(bad)?;
    let status = Status::parse(status.trim())
        .filter(|st| matches!(st, Status::Approved | Status::Refused | Status::Closed))
        .ok_or_else(bad)?;
    let days: u32 = days
        .trim()
        .parse()
        .ok()
        .filter(|d| *d > 0)
        .ok_or_else(bad)?;
    Ok((status, days))
}

fn role(s: &str) -> Result<Role, String> {
    Role::parse(s).ok_or_else(|| format!("a role is worker, head or admin, not {s}"))
}

/// What the command line asks for.
#[derive(Debug, Clone)]
pub enum Command {
    Serve {
        config: Box<Config>,
        addr: SocketAddr,
    },
    InviteStaff {
        db: PathBuf,
        community: String,
        name: String,
        email: String,
        role: Role,
    },
    CreateToken {
        db: PathBuf,
        owner: String,
        name: String,
        days: u64,
    },
    Counts {
        db: PathBuf,
    },
    Backup {
        db: PathBuf,
        to: PathBuf,
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
    ExportCommunity {
        db: PathBuf,
        out: PathBuf,
        community: Option<String>,
    },
}

/// Reads the arguments (without the program's name). `Err` holds clap's message (with usage),
/// also for `--help` and `--version`: print it and exit with [`clap::Error::exit_code`].
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Command, clap::Error> {
    let cli = Cli::try_parse_from(std::iter::once("server".to_string()).chain(args))?;
    let db = |db: Option<PathBuf>| db.unwrap_or_else(crate::default_db);
    Ok(match cli.command {
        None => {
            let s = cli.serve;
            let mut config = Config::new(s.dist.unwrap_or_else(crate::default_dist));
            if let Some(path) = s.db {
                config.db = path;
            }
            config.allow_origins = s.allow_origins;
            if let Some(n) = s.rate_limit {
                config.rate_limit.per_minute = n;
            }
            if let Some(n) = s.burst {
                config.rate_limit.burst = n;
            }
            if config.rate_limit.per_minute == 0 {
                config.rate_limit = RateLimit::OFF;
            }
            let per = |per_minute: u32, part: u32| RateLimit {
                per_minute,
                burst: (per_minute / part).max(1),
            };
            config.status_rate_limit = per(s.status_rate_limit, 4);
            config.staff_rate_limit = per(s.staff_rate_limit, 5);
            config.upload_rate_limit = RateLimit {
                per_minute: s.upload_rate_limit,
                burst: s.upload_rate_limit.saturating_mul(25),
            };
            config.trusted_proxies = s.trusted_proxies;
            config.retention = crate::db::Retention {
                after_days: s.retain,
                orphan_hours: s.orphan_files_after,
            };
            config.limits = crate::serving::Limits {
                header_timeout: std::time::Duration::from_secs(s.header_timeout),
                body_timeout: std::time::Duration::from_secs(s.body_timeout),
                max_connections: s.max_connections as usize,
            };
            if let (Some(smtp_url), Some(from), Some(public_url)) =
                (s.smtp, s.mail_from, s.public_url)
            {
                config.mail = Some(MailConfig {
                    smtp_url,
                    from,
                    public_url,
                });
            }
            Command::Serve {
                config: Box::new(config),
                addr: s.addr,
            }
        }
        Some(Sub::Staff(StaffCmd::Invite {
            db: path,
            community,
            name,
            email,
            role,
        })) => Command::InviteStaff {
            db: db(path),
            community,
            name,
            email,
            role,
        },
        Some(Sub::Token(TokenCmd::Create {
            db: path,
            owner,
            name,
            days,
        })) => Command::CreateToken {
            db: db(path),
            owner,
            name,
            days,
        },
        Some(Sub::Db(DbCmd::Counts { db: path })) => Command::Counts { db: db(path) },
        Some(Sub::Backup(BackupArgs { db: path, to })) => Command::Backup { db: db(path), to },
        Some(Sub::Embed(EmbedCmd::Allow {
            db: path,
            community,
            origin,
        })) => Command::EmbedAllow {
            db: db(path),
            community,
            origin,
        },
        Some(Sub::Embed(EmbedCmd::Revoke {
            db: path,
            community,
            origin,
        })) => Command::EmbedRevoke {
            db: db(path),
            community,
            origin,
        },
        Some(Sub::Embed(EmbedCmd::List {
            db: path,
            community,
        })) => Command::EmbedList {
            db: db(path),
            community,
        },
        Some(Sub::ExportCommunity {
            db: path,
            out,
            community,
        }) => Command::ExportCommunity {
            db: db(path),
            out,
            community,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn the_definition_of_the_command_line_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
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
        assert!(config.mail.is_none());
        assert_eq!(config.status_rate_limit, RateLimit::STATUS);
        assert_eq!(config.staff_rate_limit, RateLimit::STAFF);
        assert!(config.trusted_proxies.is_empty());
        assert_eq!(config.limits, crate::serving::Limits::DEFAULT);
        assert_eq!(config.retention, crate::db::Retention::keep());
    }

    #[test]
    fn retention_is_the_operators_setting_per_final_status() {
        let Command::Serve { config, .. } = parse(args(
            "--retain closed=1825 --retain refused=30 --orphan-files-after 48",
        ))
        .unwrap() else {
            panic!("not serve")
        };
        assert_eq!(
            config.retention.after_days,
            [(Status::Closed, 1825), (Status::Refused, 30)]
        );
        assert_eq!(config.retention.orphan_hours, 48);
        assert!(parse(args("--retain received=10")).is_err());
        assert!(parse(args("--retain closed=0")).is_err());
        assert!(parse(args("--retain closed")).is_err());
        assert!(parse(args("--orphan-files-after 0")).is_err());
    }

    #[test]
    fn timeouts_connections_buckets_and_proxies_are_the_operators_to_set() {
        let Command::Serve { config, .. } = parse(args(
            "--header-timeout 3 --body-timeout 20 --max-connections 64 --status-rate-limit 0 \
             --staff-rate-limit 100 --trusted-proxy 10.0.0.0/8 --trusted-proxy ::1",
        ))
        .unwrap() else {
            panic!("not serve")
        };
        assert_eq!(config.limits.header_timeout.as_secs(), 3);
        assert_eq!(config.limits.body_timeout.as_secs(), 20);
        assert_eq!(config.limits.max_connections, 64);
        assert!(config.status_rate_limit.is_off());
        assert_eq!(config.staff_rate_limit.burst, 20);
        assert_eq!(config.trusted_proxies.len(), 2);
        assert!(parse(args("--trusted-proxy 10.0.0.0/40")).is_err());
        assert!(parse(args("--header-timeout 0")).is_err());
        assert!(parse(args("--max-connections 0")).is_err());
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
        assert!(parse(args("--burst 0")).is_err());
        assert!(parse(args("--what")).is_err());
    }

    #[test]
    fn e_mail_needs_the_server_the_sender_and_the_portals_address_together() {
        let Command::Serve { config, .. } = parse(args(
            "--smtp smtp://127.0.0.1:2525 --mail-from noreply@lviv.example --public-url http://127.0.0.1:4173/",
        ))
        .unwrap() else {
            panic!("not serve")
        };
        let mail = config.mail.unwrap();
        assert_eq!(mail.smtp_url, "smtp://127.0.0.1:2525");
        assert_eq!(mail.public_url, "http://127.0.0.1:4173");
        assert!(parse(args("--smtp smtp://127.0.0.1:2525")).is_err());
        assert!(parse(args("--mail-from a@b.c")).is_err());
        assert!(
            parse(args(
                "--smtp smtp://x --mail-from a@b.c --public-url portal.example"
            ))
            .is_err()
        );
    }

    #[test]
    fn a_first_administrator_is_invited_and_a_token_is_owned_by_a_person() {
        let Command::InviteStaff {
            community, role, ..
        } = parse(args(
            "staff invite --db t.sqlite --community UA46060250000025047 --name Олена --email o@lviv.example",
        ))
        .unwrap() else {
            panic!("not invite")
        };
        assert_eq!(community, "UA46060250000025047");
        assert_eq!(role, Role::Admin);
        assert!(
            parse(args(
                "staff invite --community UA1 --name X --email a@b.c --role boss"
            ))
            .is_err()
        );
        let Command::CreateToken {
            db, owner, days, ..
        } = parse(args(
            "token create --db t.sqlite --owner o@lviv.example --name ІС",
        ))
        .unwrap()
        else {
            panic!("not token")
        };
        assert_eq!(db, PathBuf::from("t.sqlite"));
        assert_eq!(owner, "o@lviv.example");
        assert_eq!(days, 90);
        // The anonymous token of a community is gone.
        assert!(
            parse(args(
                "token create --db t.sqlite --community UA46060250000025047"
            ))
            .is_err()
        );
        assert!(parse(args("token create --owner a@b.c --name x --days 0")).is_err());
        let Command::Counts { db } = parse(args("db counts --db t.sqlite")).unwrap() else {
            panic!("not counts")
        };
        assert_eq!(db, PathBuf::from("t.sqlite"));
        let Command::Backup { db, to } =
            parse(args("backup --db t.sqlite --to /backups/t.sqlite")).unwrap()
        else {
            panic!("not backup")
        };
        assert_eq!((db, to), ("t.sqlite".into(), "/backups/t.sqlite".into()));
        assert!(parse(args("backup --db t.sqlite")).is_err());
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
        .unwrap_err()
        .to_string();
        assert!(bad.contains("--origin needs a bare origin"), "{bad}");
        assert!(
            bad.contains("leave out the path and the trailing slash: https://x.org"),
            "{bad}"
        );
    }
}
