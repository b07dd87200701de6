//! `server [--dist DIR] [--addr HOST:PORT] [--db PATH] …`: serves the built portal and the
//! applications API; `server token create --db PATH --community CODE`: makes a staff token;
//! `server db counts --db PATH`: how many rows each table holds.
//! See `server::cli::USAGE`.

use server::cli::{Command, USAGE, parse};

fn main() -> std::io::Result<()> {
    let command = match parse(std::env::args().skip(1)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}\n{USAGE}");
            std::process::exit(2);
        }
    };
    match command {
        Command::CreateToken { db, community } => {
            match server::create_staff_token(&db, &community) {
                Ok(token) => {
                    println!("{token}");
                    eprintln!(
                        "A staff token for {community}: keep it now, it is not stored and cannot be \
                         shown again."
                    );
                    Ok(())
                }
                Err(e) => {
                    eprintln!("{e}");
                    std::process::exit(2);
                }
            }
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
        Command::Serve { config, addr } => {
            tracing_subscriber::fmt()
                .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stdout()))
                .with_env_filter(
                    tracing_subscriber::EnvFilter::try_from_default_env()
                        .unwrap_or_else(|_| "info,tower_http=info".into()),
                )
                .init();
            let served = tokio::runtime::Runtime::new()
                .and_then(|rt| rt.block_on(server::serve(config, addr)));
            if let Err(e) = served {
                eprintln!("server: {e}");
                std::process::exit(1);
            }
            Ok(())
        }
    }
}
