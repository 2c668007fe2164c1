//! The inspection modes, for looking at one stage at a time: `--print-text` (what dealsift
//! searches in a file), `--print-amounts` and `--print-dates` (what the money and date parsers
//! find in each input file's text, one TSV line each). Nothing is written to disk.
//!
//! `--print-dates` without `--reference` reads each file as the main run does, article by
//! article, and resolves relative dates against each article's publication date; with
//! `--reference` it searches the file's raw text against that day (one sentence per file, as
//! the spec scorer writes them).

use crate::article::read_file;
use crate::date::find_dates;
use crate::lexicon::Lang;
use crate::report::Outcome;
use crate::walk::list;
use anyhow::{Context, Result};
use chrono::NaiveDate;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Prints the title and body dealsift searches in the file at `path`.
pub fn print_text(path: &Path) -> Result<Outcome> {
    let id = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let articles = read_file(path, &id).with_context(|| path.display().to_string())?;
    let stdout = io::stdout();
    let mut out = stdout.lock();
    for a in &articles {
        writeln!(out, "{}", a.title)?;
        writeln!(out, "{}", a.body)?;
    }
    Ok(Outcome {
        files: 1,
        read: 1,
        articles: articles.len(),
        ..Outcome::default()
    })
}

/// For each input file: its text, searched by `find`, one TSV line per thing found: the file,
/// the text as written (`text[start..end]`), then the columns `find` gives.
pub fn print_each(
    inputs: &[std::path::PathBuf],
    find: impl Fn(&str) -> Vec<(usize, usize, String)>,
) -> Result<Outcome> {
    let (sources, errors) = list(inputs);
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut outcome = Outcome::default();
    for (path, e) in &errors {
        eprintln!("dealsift: {}: {e}", path.display());
        outcome.skipped += 1;
    }
    for src in &sources {
        outcome.files += 1;
        let text = match std::fs::read(&src.path) {
            Ok(b) => String::from_utf8_lossy(&b).trim().to_string(),
            Err(e) => {
                eprintln!("dealsift: {}: {e}", src.path.display());
                outcome.skipped += 1;
                continue;
            }
        };
        outcome.read += 1;
        write_found(&mut out, &src.id, &text, find(&text))?;
    }
    Ok(outcome)
}

/// One TSV line per find: the id, the text as written (`text[start..end]`), the columns.
fn write_found(
    out: &mut impl Write,
    id: &str,
    text: &str,
    found: Vec<(usize, usize, String)>,
) -> io::Result<()> {
    for (start, end, cols) in found {
        let written = text[start..end].replace(['\t', '\n', '\r'], " ");
        writeln!(out, "{id}\t{}\t{cols}", written.trim())?;
    }
    Ok(())
}

/// The columns `--print-dates` gives for each date in `text`.
fn date_columns(
    text: &str,
    lang: Lang,
    reference: Option<NaiveDate>,
) -> Vec<(usize, usize, String)> {
    find_dates(text, lang, reference)
        .into_iter()
        .map(|d| {
            let cols = format!("{}\t{}", d.date.format("%Y-%m-%d"), d.source.as_str());
            (d.start, d.end, cols)
        })
        .collect()
}

/// `--print-dates`. With a `reference` day, each file's raw text is searched in `lang`.
/// Without one, each file is read as articles (title and body, as the main run searches them)
/// and each article's dates are resolved against its publication date, in the language
/// `forced` by `--lang` or else the one detected; an article without a publication date gets
/// only the dates that need no reference, and a note on stderr.
pub fn print_dates(
    inputs: &[PathBuf],
    lang: Lang,
    forced: Option<Lang>,
    reference: Option<NaiveDate>,
) -> Result<Outcome> {
    if reference.is_some() {
        return print_each(inputs, |text| date_columns(text, lang, reference));
    }
    let (sources, errors) = list(inputs);
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut outcome = Outcome::default();
    for (path, e) in &errors {
        eprintln!("dealsift: {}: {e}", path.display());
        outcome.skipped += 1;
    }
    for src in &sources {
        outcome.files += 1;
        let articles = match read_file(&src.path, &src.id) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("dealsift: {}: {e}", src.path.display());
                outcome.skipped += 1;
                continue;
            }
        };
        outcome.read += 1;
        outcome.articles += articles.len();
        for a in &articles {
            if a.published.is_none() {
                eprintln!(
                    "dealsift: {}: no publication date; relative dates left out",
                    a.id
                );
            }
            let text = format!("{}\n{}", a.title, a.body);
            let lang = forced.unwrap_or(a.language);
            write_found(
                &mut out,
                &a.id,
                &text,
                date_columns(&text, lang, a.published),
            )?;
        }
    }
    Ok(outcome)
}
