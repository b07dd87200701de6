//! `cargo run -p importer [-- options]`: regenerates `data/generated/` from the official sources.
//! The work is in the library; this only reads the command line and reports.

use importer::{Options, diagnostics, generate, stale, summary, write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let options = match Options::parse(std::env::args().skip(1)) {
        Ok(Some(o)) => o,
        Ok(None) => {
            println!("{}", Options::USAGE);
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("importer: {e}");
            return ExitCode::from(2);
        }
    };
    let generated = match generate(&options) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("importer: {e}");
            return ExitCode::FAILURE;
        }
    };
    eprint!("{}", diagnostics(&generated.import));
    print!("{}", summary(&generated));
    if options.check {
        let stale = stale(&options.out, &generated);
        for path in &stale {
            eprintln!(
                "importer: {} is not up to date with its sources",
                path.display()
            );
        }
        if !stale.is_empty() {
            eprintln!("importer: run `cargo run -p importer` and commit the result");
            return ExitCode::FAILURE;
        }
        println!("{} is up to date", options.out.display());
    } else {
        if let Err(e) = write(&options.out, &generated) {
            eprintln!("importer: {e}");
            return ExitCode::FAILURE;
        }
        println!("wrote {}", options.out.display());
    }
    ExitCode::SUCCESS
}
