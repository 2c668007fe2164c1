//! The command line: clap's `Args` (doc comments are the help text), checked into a `Config`
//! that the rest of the program reads. Nothing else sees `Args`.

use crate::lexicon::Lang;
use crate::output::CsvFormat;
use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Finds corporate deal announcements (acquisitions, investments, mergers, funding rounds, joint
/// ventures, partnerships) in folders of news-article dumps and writes spreadsheet-ready CSV.
///
/// Writes mentions.csv, deals.csv and errors.csv (and deals.xlsx with --xlsx) into --out; the
/// old files are replaced only when all new ones are written whole.
///
/// Exit codes: 0 every file was read; 1 some files were skipped (named on stderr and in
/// errors.csv); 2 nothing could run (bad arguments, no input, no readable file, output not
/// writable, damaged state file), and the old output is left as it was.
///
/// As the map step of a cluster job (Spark's RDD.pipe): --stdin-paths or --stdin-jsonl with
/// --emit write the mentions to standard output, and `dealsift merge` makes the CSV files of
/// the whole job from them.
#[derive(Parser, Debug)]
#[command(
    name = "dealsift",
    version,
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true
)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Files or folders of articles (folders are searched recursively).
    #[arg(required_unless_present_any = ["print_text", "stdin_paths", "stdin_jsonl"])]
    pub inputs: Vec<PathBuf>,

    /// Folder the CSV files are written to.
    #[arg(short, long, default_value = "output")]
    pub out: PathBuf,

    /// Worker threads (default: all cores).
    #[arg(short = 'j', long)]
    pub threads: Option<usize>,

    #[command(flatten)]
    pub csv: CsvArgs,

    /// Remember what was read in FILE; the next run reads only new or changed files and merges
    /// their deals with the ones already found.
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,

    /// Print the text dealsift searches in FILE (title on the first line, then the body) and exit.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["print_amounts", "print_dates"])]
    pub print_text: Option<PathBuf>,

    /// Print every amount of money found in each input file as TSV (file, text, amount, currency) and exit.
    #[arg(long, conflicts_with = "print_dates")]
    pub print_amounts: bool,

    /// Print every date found in each input file as TSV (file, text, date, source) and exit.
    #[arg(long)]
    pub print_dates: bool,

    /// Language of every input (en, it, es, fr, de, pt) instead of detecting it; also for --print-amounts/--print-dates.
    #[arg(long, value_name = "LL")]
    pub lang: Option<String>,

    /// Reference day (YYYY-MM-DD) that relative dates are resolved against, for --print-dates.
    #[arg(long, value_name = "DATE")]
    pub reference: Option<String>,

    /// Read the paths of the article files from standard input, one a line, instead of INPUTS.
    #[arg(long, conflicts_with_all = ["inputs", "stdin_jsonl", "state"], requires = "emit")]
    pub stdin_paths: bool,

    /// Read article records from standard input as JSON Lines (the fields of the JSONL input
    /// format); the N-th record is named `stdin#N` (see --stdin-name).
    #[arg(long, conflicts_with_all = ["inputs", "state"], requires = "emit")]
    pub stdin_jsonl: bool,

    /// With --stdin-paths: name each file in the article column by its path relative to DIR,
    /// as a run over the folder DIR does (without it, by its file name).
    #[arg(long, value_name = "DIR", requires = "stdin_paths")]
    pub root: Option<PathBuf>,

    /// With --stdin-jsonl: the name the records get in the article column (NAME#1, NAME#2, ...).
    #[arg(long, value_name = "NAME", requires = "stdin_jsonl")]
    pub stdin_name: Option<String>,

    /// Write the mentions to standard output instead of files: `mentions` (rows of mentions.csv,
    /// no header) or `mentions-jsonl` (JSON Lines with the files read and skipped, which
    /// `dealsift merge` turns into the CSV files of one run).
    #[arg(long, value_name = "KIND", conflicts_with_all = ["state", "xlsx"])]
    pub emit: Option<Emit>,
}

/// How the CSV files are spelled (shared by a run and `merge`).
#[derive(clap::Args, Debug)]
pub struct CsvArgs {
    /// Write the CSV files without the UTF-8 byte-order mark (Excel needs it to read accents right).
    #[arg(long)]
    pub no_bom: bool,

    /// CSV field separator: a single character such as ';' or ',' ("tab" for a tab).
    #[arg(long, value_name = "CHAR", conflicts_with = "excel_locale")]
    pub delimiter: Option<String>,

    /// Write CSV the way the Excel of this locale opens it with a double click: ';' separator
    /// and decimal comma for it, de, fr, es, pt; ',' and decimal point for en.
    #[arg(long, value_name = "LL")]
    pub excel_locale: Option<String>,

    /// Also write deals.xlsx: a deals sheet and a mentions sheet with typed numbers and dates.
    #[arg(long)]
    pub xlsx: bool,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Build mentions.csv, deals.csv and errors.csv from mention shards (written by
    /// `--emit mentions-jsonl`), exactly as one run over all their files would: same merging,
    /// same deal ids, same order, whatever the order and split of the shards.
    Merge(MergeArgs),
}

#[derive(clap::Args, Debug)]
pub struct MergeArgs {
    /// Mention shards; a folder stands for the files in it (Spark's part-NNNNN files; names
    /// starting with '.' or '_' are left out). Gzipped shards are read too.
    #[arg(required = true, value_name = "MENTION_FILES")]
    pub shards: Vec<PathBuf>,

    /// Folder the CSV files are written to.
    #[arg(short, long, default_value = "output")]
    pub out: PathBuf,

    #[command(flatten)]
    pub csv: CsvArgs,
}

/// What `--emit` writes to standard output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Emit {
    /// Rows of mentions.csv without the header.
    Mentions,
    /// JSON Lines: mentions, files read, files skipped.
    MentionsJsonl,
}

/// Where the articles of an `--emit` run come from.
#[derive(Debug, Clone, PartialEq)]
pub enum Feed {
    /// The INPUTS of the command line.
    Inputs,
    /// Paths on standard input, named relative to `root` when given.
    Paths { root: Option<PathBuf> },
    /// JSON Lines records on standard input, named `name#N`.
    Records { name: String },
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
    /// Mentions to standard output (a map step).
    Emit {
        feed: Feed,
        emit: Emit,
    },
    /// `dealsift merge`: the CSV files from mention shards (the `inputs`).
    Merge,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub mode: Mode,
    pub inputs: Vec<PathBuf>,
    pub out: PathBuf,
    pub threads: usize,
    pub csv: CsvFormat,
    pub xlsx: bool,
    pub state: Option<PathBuf>,
    /// `--lang`: the language of every article, instead of detecting it.
    pub lang: Option<Lang>,
}

fn parse_delimiter(s: &str) -> Result<u8> {
    let d = match s {
        "tab" | "\\t" => b'\t',
        _ if s.len() == 1 => s.as_bytes()[0],
        _ => bail!("--delimiter {s:?} must be one ASCII character (or \"tab\")"),
    };
    if d == b'"' || d == b'\n' || d == b'\r' || d.is_ascii_alphanumeric() || d == b'.' {
        bail!("--delimiter {s:?} cannot separate fields");
    }
    Ok(d)
}

/// The CSV spelling the Excel of locale `code` opens right with a double click.
fn excel_locale(code: &str) -> Result<CsvFormat> {
    let comma_decimal = match code.to_ascii_lowercase().as_str() {
        "it" | "de" | "fr" | "es" | "pt" => true,
        "en" => false,
        _ => bail!("--excel-locale {code:?} is not one of it, de, fr, es, pt, en"),
    };
    Ok(CsvFormat {
        bom: true,
        delimiter: if comma_decimal { b';' } else { b',' },
        decimal_comma: comma_decimal,
    })
}

fn csv_format(args: &CsvArgs) -> Result<CsvFormat> {
    let mut fmt = match args.excel_locale.as_deref() {
        Some(code) => excel_locale(code)?,
        None => CsvFormat::default(),
    };
    if let Some(d) = args.delimiter.as_deref() {
        fmt.delimiter = parse_delimiter(d)?;
    }
    fmt.bom = !args.no_bom;
    Ok(fmt)
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
        if let Some(Command::Merge(m)) = args.command {
            return Ok(Config {
                mode: Mode::Merge,
                inputs: m.shards,
                out: m.out,
                threads: 1,
                csv: csv_format(&m.csv)?,
                xlsx: m.csv.xlsx,
                state: None,
                lang: None,
            });
        }
        let threads = match args.threads {
            Some(0) => bail!("--threads must be at least 1"),
            Some(n) => n,
            None => std::thread::available_parallelism().map_or(1, |n| n.get()),
        };
        let csv = csv_format(&args.csv)?;
        let printing = args.print_text.is_some() || args.print_amounts || args.print_dates;
        let mode = if let Some(emit) = args.emit {
            if printing {
                bail!("--emit cannot be used with --print-text, --print-amounts or --print-dates");
            }
            let feed = if args.stdin_paths {
                Feed::Paths { root: args.root }
            } else if args.stdin_jsonl {
                Feed::Records {
                    name: args.stdin_name.unwrap_or_else(|| "stdin".to_string()),
                }
            } else {
                Feed::Inputs
            };
            Mode::Emit { feed, emit }
        } else if let Some(f) = args.print_text {
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
            csv,
            xlsx: args.csv.xlsx,
            state: args.state,
            lang: args
                .lang
                .as_deref()
                .map(|l| parse_lang(Some(l)))
                .transpose()?,
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
        assert_eq!(c.csv, CsvFormat::default());
        assert!(c.csv.bom && c.csv.delimiter == b',');
        assert!(!c.xlsx && c.state.is_none());
    }

    #[test]
    fn csv_spelling_options() {
        for (argv, bom, delimiter, decimal_comma) in [
            (&["--no-bom"][..], false, b',', false),
            (&["--delimiter", ";"], true, b';', false),
            (&["--delimiter", "tab"], true, b'\t', false),
            (&["--excel-locale", "it"], true, b';', true),
            (&["--excel-locale", "DE"], true, b';', true),
            (&["--excel-locale", "en", "--no-bom"], false, b',', false),
        ] {
            let mut full = vec!["dealsift"];
            full.extend_from_slice(argv);
            full.push("input");
            let c = config(&full).unwrap();
            let want = CsvFormat {
                bom,
                delimiter,
                decimal_comma,
            };
            assert_eq!(c.csv, want, "{argv:?}");
        }
    }

    #[test]
    fn bad_csv_options_are_refused() {
        for argv in [
            &["--delimiter", ";;"][..],
            &["--delimiter", "\""],
            &["--delimiter", "a"],
            &["--excel-locale", "xx"],
            &["--excel-locale", "it", "--delimiter", ","],
        ] {
            let mut full = vec!["dealsift"];
            full.extend_from_slice(argv);
            full.push("input");
            assert!(config(&full).is_err(), "{argv:?}");
        }
    }

    #[test]
    fn emit_modes_and_merge() {
        let c = config(&[
            "dealsift",
            "--stdin-paths",
            "--root",
            "d",
            "--emit",
            "mentions",
        ])
        .unwrap();
        let feed = Feed::Paths {
            root: Some(PathBuf::from("d")),
        };
        assert_eq!(
            c.mode,
            Mode::Emit {
                feed,
                emit: Emit::Mentions
            }
        );
        let c = config(&["dealsift", "--stdin-jsonl", "--emit", "mentions-jsonl"]).unwrap();
        let feed = Feed::Records {
            name: "stdin".into(),
        };
        let emit = Emit::MentionsJsonl;
        assert_eq!(c.mode, Mode::Emit { feed, emit });
        let c = config(&["dealsift", "in", "--emit", "mentions-jsonl"]).unwrap();
        assert_eq!(
            c.mode,
            Mode::Emit {
                feed: Feed::Inputs,
                emit
            }
        );
        let c = config(&["dealsift", "merge", "a", "b", "--out", "o", "--no-bom"]).unwrap();
        assert_eq!(c.mode, Mode::Merge);
        assert_eq!(c.inputs, [PathBuf::from("a"), PathBuf::from("b")]);
        assert_eq!((c.out, c.csv.bom), (PathBuf::from("o"), false));
        for argv in [
            &["dealsift", "--stdin-paths"][..],
            &["dealsift", "--stdin-paths", "in", "--emit", "mentions"],
            &[
                "dealsift",
                "--stdin-paths",
                "--stdin-jsonl",
                "--emit",
                "mentions",
            ],
            &["dealsift", "--root", "d", "in"],
            &["dealsift", "in", "--emit", "csv"],
            &["dealsift", "in", "--emit", "mentions", "--state", "s.json"],
            &["dealsift", "--print-dates", "in", "--emit", "mentions"],
            &["dealsift", "merge"],
        ] {
            assert!(config(argv).is_err(), "{argv:?}");
        }
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
