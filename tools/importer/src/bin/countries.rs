//! `cargo run --release -p importer --bin countries`: writes `data/generated/countries.json` and
//! `countries.bin` from `data/countries/` (see `scripts/country-sources.sh`) and the `phonenumber`
//! crate's metadata. See `importer::countries`.

use importer::{Options, countries, countries_json};
use std::process::ExitCode;

fn main() -> ExitCode {
    let root = Options::workspace_root();
    let phones = !std::env::args().any(|a| a == "--no-phones");
    let table = match countries::build(&root, phones) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("countries: {e}");
            return ExitCode::FAILURE;
        }
    };
    let bin = match table.to_binary() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("countries: {e}");
            return ExitCode::FAILURE;
        }
    };
    let out = root.join("data/generated");
    for (name, bytes) in [
        ("countries.json", countries_json(&table).into_bytes()),
        ("countries.bin", bin),
    ] {
        if let Err(e) = std::fs::write(out.join(name), bytes) {
            eprintln!("countries: {}: {e}", out.join(name).display());
            return ExitCode::FAILURE;
        }
    }
    let with_phone = table.countries.iter().filter(|c| c.phone.is_some()).count();
    let with_postal = table
        .countries
        .iter()
        .filter(|c| c.postal.is_some())
        .count();
    println!(
        "wrote {}/countries.{{json,bin}}: {} countries, {with_phone} numbering plans, {with_postal} postal formats",
        out.display(),
        table.countries.len()
    );
    ExitCode::SUCCESS
}
