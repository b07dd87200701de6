//! `server [--dist DIR] [--addr HOST:PORT] [--db PATH] …`: serves the built portal, the
//! applications API and the back office; `server staff invite …`: a staff member's one-time
//! invitation (the community's first administrator's); `server token create …`: an integration
//! token owned by a staff member; `server db counts --db PATH`: how many rows each table holds;
//! `server embed allow | revoke | list …`: the websites that may frame a community's embed pages;
//! `server backup --db PATH --to FILE`: a copy of the database made while it runs;
//! `server export-community --out DIR`: what communities published, for a static host.
//! `server --help` says more.

use server::cli::{Command, parse};

fn main() -> std::io::Result<()> {
    let command = match parse(std::env::args().skip(1)) {
        Ok(c) => c,
        Err(e) => e.exit(),
    };
    match command {
        Command::InviteStaff {
            db,
            community,
            name,
            email,
            role,
        } => {
            let link = server::invite_staff(&db, &community, &name, &email, role)
                .unwrap_or_else(|e| fail(&e));
            println!("{link}");
            eprintln!(
                "{name} ({email}) is invited as {} of {community}: give them this link, prefixed \
                 with the portal's address, by a channel you trust. It works once, for 7 days.",
                role.as_str()
            );
            Ok(())
        }
        Command::CreateToken {
            db,
            owner,
            name,
            days,
        } => {
            let token = server::create_token(&db, &owner, &name, days).unwrap_or_else(|e| fail(&e));
            println!("{token}");
            eprintln!(
                "An integration token \u{201c}{name}\u{201d} owned by {owner}, valid {days} days: \
                 keep it now, it is not stored and cannot be shown again. Revoke it in the office."
            );
            Ok(())
        }
        Command::Counts { db } => match server::db::counts_at(&db) {
            Ok(counts) => {
                println!(
                    "{}",
                    serde_json::to_string(&counts).expect("counts serialise")
                );
                Ok(())
            }
            Err(e) => {
                eprintln!("database {}: {e}", db.display());
                std::process::exit(1);
            }
        },
        Command::Backup { db, to } => {
            server::db::backup(&db, &to).unwrap_or_else(|e| fail(&e));
            eprintln!(
                "{} is a copy of {}. It opens only with the keys ({} or {}): keep them apart \
                 from the copy, and a copy of them somewhere safe. To restore, put the copy in \
                 the database's place and the keys beside it as <database>.keys.",
                to.display(),
                db.display(),
                server::keys::file_of(&db).display(),
                server::keys::ENV
            );
            Ok(())
        }
        Command::EmbedAllow {
            db,
            community,
            origin,
        } => {
            let added = server::embed::allow(&db, &community, &origin).unwrap_or_else(|e| fail(&e));
            if added {
                eprintln!(
                    "{origin} may now show the embed pages of {community} in a frame (from the \
                     next request on, no restart needed)."
                );
            } else {
                eprintln!("{origin} was allowed for {community} already; nothing changed.");
            }
            Ok(())
        }
        Command::EmbedRevoke {
            db,
            community,
            origin,
        } => {
            server::embed::revoke(&db, &community, &origin).unwrap_or_else(|e| fail(&e));
            eprintln!(
                "{origin} may no longer show the embed pages of {community} (pages it loaded \
                 already stay until reloaded)."
            );
            Ok(())
        }
        Command::EmbedList { db, community } => {
            let origins =
                server::embed::list(&db, community.as_deref()).unwrap_or_else(|e| fail(&e));
            if origins.is_empty() {
                eprintln!(
                    "No website may frame the embed pages yet (add one: server embed allow \
                     --community CODE --origin ORIGIN)."
                );
            }
            for o in origins {
                println!("{}\t{}\t{}", o.community, o.origin, o.created_at);
            }
            Ok(())
        }
        Command::ExportCommunity { db, out, community } => {
            let written = server::api::programmes::export(&db, &out, community.as_deref())
                .unwrap_or_else(|e| fail(&e));
            if written.is_empty() {
                eprintln!("No community has published anything yet; nothing written.");
            }
            for path in written {
                println!("{}", path.display());
            }
            Ok(())
        }
        Command::Serve { config, addr } => {
            tracing_subscriber::fmt()
                .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stdout()))
                .with_env_filter(
                    tracing_subscriber::EnvFilter::try_from_default_env()
                        .unwrap_or_else(|_| "info,tower_http=info".into()),
                )
                .init();
            let served = tokio::runtime::Runtime::new()
                .and_then(|rt| rt.block_on(server::serve(*config, addr)));
            if let Err(e) = served {
                eprintln!("server: {e}");
                std::process::exit(1);
            }
            Ok(())
        }
    }
}

/// Says why a command was refused and stops (nothing of it is stored).
fn fail(message: &str) -> ! {
    eprintln!("{message}");
    std::process::exit(2);
}
