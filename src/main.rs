//! The `claimgraph` binary: parse flags, run, print an error once.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = claimgraph::cli::Cli::parse();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match claimgraph::cli::run(cli, &mut out) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(2)
        }
    }
}
