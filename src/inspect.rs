//! The inspection modes, for looking at one stage at a time: `--print-text` (what dealsift
//! searches in a file), `--print-amounts` and `--print-dates` (what the money and date parsers
//! find in each input file's text, one TSV line each). Nothing is written to disk.

use crate::article::read_file;
use crate::report::Outcome;
use crate::walk::list;
use anyhow::{Context, Result};
use std::io::{self, Write};
use std::path::Path;

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
        for (start, end, found) in find(&text) {
            let written = text[start..end].replace(['\t', '\n', '\r'], " ");
            writeln!(out, "{}\t{}\t{}", src.id, written.trim(), found)?;
        }
    }
    Ok(outcome)
}
