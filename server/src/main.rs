//! `server [--dist DIR] [--addr HOST:PORT]`: serves the built portal.

use std::net::SocketAddr;
use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,tower_http=info".into()),
        )
        .init();
    let mut dist = server::default_dist();
    let mut addr: SocketAddr = "127.0.0.1:8080".parse().expect("a valid address");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--dist" => dist = PathBuf::from(args.next().expect("--dist needs a folder")),
            "--addr" => {
                addr = args
                    .next()
                    .and_then(|a| a.parse().ok())
                    .expect("--addr needs HOST:PORT, e.g. 127.0.0.1:8080")
            }
            other => {
                eprintln!(
                    "unknown argument {other}; usage: server [--dist DIR] [--addr HOST:PORT]"
                );
                std::process::exit(2);
            }
        }
    }
    tokio::runtime::Runtime::new()?.block_on(server::serve(server::Config { dist }, addr))
}
