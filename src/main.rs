//! The `dealsift` binary: parse the command line, run, and turn the outcome into an exit code.
//! The only place where an error becomes stderr text.

use clap::Parser;
use dealsift::cli::{Args, Config};
use std::process::ExitCode;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let config = match Config::from_args(Args::parse()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("dealsift: {e:#}");
            return ExitCode::from(2);
        }
    };
    match dealsift::run::run(&config) {
        Ok(outcome) => ExitCode::from(outcome.exit_code()),
        Err(e) => {
            eprintln!("dealsift: {e:#}");
            ExitCode::from(2)
        }
    }
}
