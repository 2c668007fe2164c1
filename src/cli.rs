//! The command line: clap's `Args` (doc comments are the help text), checked into a `Config`
//! that the rest of the program reads. Nothing else sees `Args`.

use crate::lexicon::Lang;
use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use clap::Parser;
use std::path::PathBuf;

/// Finds corporate deal announcements (acquisitions, investments, mergers, funding rounds, joint
/// ventures, partnerships) in folders of news-article dumps and writes spreadsheet-ready CSV.
///
/// Exit codes: 0 every file was read; 1 some files were skipped (named on stderr);
/// 2 nothing could run (bad arguments, no input, output not writable).
#[derive(Parser, Debug)]
#[command(name = "dealsift", version)]
pub struct Args {
    /// Files or folders of articles (folders are searched recursively).
    #[arg(required_unless_present = "print_text")]
    pub inputs: Vec<PathBuf>,

    /// Folder the CSV files are written to.
    #[arg(short, long, default_value = "output")]
    pub out: PathBuf,

    /// Worker threads (default: all cores).
    #[arg(short = 'j', long)]
    pub threads: Option<usize>,

    /// Print the text dealsift searches in FILE (title on the first line, then the body) and exit.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["print_amounts", "print_dates"])]
    pub print_text: Option<PathBuf>,

    /// Print every amount of money found in each input file as TSV (file, text, amount, currency) and exit.
    #[arg(long, conflicts_with = "print_dates")]
    pub print_amounts: bool,

    /// Print every date found in each input file as TSV (file, text, date, source) and exit.
    #[arg(long)]
    pub print_dates: bool,

    /// Language of the inputs for --print-amounts/--print-dates (en, it, es, fr, de, pt).
    #[arg(long, value_name = "LL")]
    pub lang: Option<String>,

    /// Reference day (YYYY-MM-DD) that relative dates are resolved against, for --print-dates.
    #[arg(long, value_name = "DATE")]
    pub reference: Option<String>,
}

/// What to do, checked.
#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    Run,
    PrintText(PathBuf),
    PrintAmounts {
        lang: Lang,
    },
    PrintDates {
        lang: Lang,
        reference: Option<NaiveDate>,
    },
}

#[derive(Debug, Clone)]
pub struct Config {
    pub mode: Mode,
    pub inputs: Vec<PathBuf>,
    pub out: PathBuf,
    pub threads: usize,
}

fn parse_lang(s: Option<&str>) -> Result<Lang> {
    match s {
        None => Ok(Lang::En),
        Some(s) => Lang::from_code(s)
            .with_context(|| format!("unsupported language {s:?} (en, it, es, fr, de, pt)")),
    }
}

impl Config {
    pub fn from_args(args: Args) -> Result<Config> {
        let threads = match args.threads {
            Some(0) => bail!("--threads must be at least 1"),
            Some(n) => n,
            None => std::thread::available_parallelism().map_or(1, |n| n.get()),
        };
        let mode = if let Some(f) = args.print_text {
            Mode::PrintText(f)
        } else if args.print_amounts {
            Mode::PrintAmounts {
                lang: parse_lang(args.lang.as_deref())?,
            }
        } else if args.print_dates {
            let reference = match args.reference.as_deref() {
                None => None,
                Some(r) => Some(
                    NaiveDate::parse_from_str(r, "%Y-%m-%d")
                        .with_context(|| format!("--reference {r:?} is not YYYY-MM-DD"))?,
                ),
            };
            Mode::PrintDates {
                lang: parse_lang(args.lang.as_deref())?,
                reference,
            }
        } else {
            Mode::Run
        };
        Ok(Config {
            mode,
            inputs: args.inputs,
            out: args.out,
            threads,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(argv: &[&str]) -> Result<Config> {
        Config::from_args(Args::try_parse_from(argv)?)
    }

    #[test]
    fn defaults() {
        let c = config(&["dealsift", "input"]).unwrap();
        assert_eq!(c.mode, Mode::Run);
        assert_eq!(c.out, PathBuf::from("output"));
        assert!(c.threads >= 1);
    }

    #[test]
    fn bad_values_are_refused() {
        assert!(config(&["dealsift", "-j", "0", "input"]).is_err());
        assert!(config(&["dealsift", "--print-amounts", "--lang", "xx", "d"]).is_err());
        assert!(config(&[
            "dealsift",
            "--print-dates",
            "--reference",
            "2024-13-01",
            "d"
        ])
        .is_err());
        assert!(config(&["dealsift"]).is_err());
    }
}
