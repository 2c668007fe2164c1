//! Runs a checked `Config`: the whole pipeline over the inputs on a thread pool, or one of the
//! inspection modes (`--print-text`, `--print-amounts`, `--print-dates`). Files that cannot be
//! read are reported on stderr as `dealsift: PATH: reason` and counted; the run goes on.

use crate::article::{read_file, Article};
use crate::cli::{Config, Mode};
use crate::deal::{extract, Mention};
use crate::walk::{list, Source};
use crate::{date, dedup, money, output};
use anyhow::{bail, Context, Result};
use rayon::prelude::*;
use std::io::{self, Write};
use std::time::Instant;

/// What a run did.
#[derive(Debug, Default)]
pub struct Outcome {
    pub files: usize,
    pub articles: usize,
    pub skipped: usize,
    pub mentions: usize,
    pub deals: usize,
    pub bytes: u64,
}

impl Outcome {
    /// 0 when every file was read, 1 when some were skipped.
    pub fn exit_code(&self) -> u8 {
        if self.skipped > 0 {
            1
        } else {
            0
        }
    }
}

pub fn run(config: &Config) -> Result<Outcome> {
    match &config.mode {
        Mode::Run => run_pipeline(config),
        Mode::PrintText(path) => print_text(path),
        Mode::PrintAmounts { lang } => print_each(config, |text| {
            money::find_money(text, *lang)
                .into_iter()
                .map(|m| format!("{}\t{}", output::plain_number(m.amount), m.currency))
                .collect()
        }),
        Mode::PrintDates { lang, reference } => print_each(config, |text| {
            date::find_dates(text, *lang, *reference)
                .into_iter()
                .map(|d| format!("{}\t{}", d.date.format("%Y-%m-%d"), d.source.as_str()))
                .collect()
        }),
    }
}

/// The result of reading and searching one file.
type FileResult = std::result::Result<(Vec<Article>, Vec<Mention>, u64), String>;

fn process(src: &Source) -> FileResult {
    let bytes = std::fs::metadata(&src.path).map(|m| m.len()).unwrap_or(0);
    let articles = read_file(&src.path, &src.id).map_err(|e| e.to_string())?;
    let mentions = articles.iter().flat_map(extract).collect();
    Ok((articles, mentions, bytes))
}

fn run_pipeline(config: &Config) -> Result<Outcome> {
    let started = Instant::now();
    let (sources, walk_errors) = list(&config.inputs);
    let mut outcome = Outcome::default();
    for (path, e) in &walk_errors {
        eprintln!("dealsift: {}: {e}", path.display());
        outcome.skipped += 1;
    }
    if sources.is_empty() && !walk_errors.is_empty() {
        bail!("no input could be read");
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(config.threads)
        .build()
        .context("cannot start worker threads")?;
    let results: Vec<FileResult> = pool.install(|| sources.par_iter().map(process).collect());
    let mut mentions: Vec<Mention> = Vec::new();
    for (src, result) in sources.iter().zip(results) {
        outcome.files += 1;
        match result {
            Ok((articles, found, bytes)) => {
                outcome.articles += articles.len();
                outcome.bytes += bytes;
                mentions.extend(found);
            }
            Err(reason) => {
                eprintln!("dealsift: {}: {reason}", src.path.display());
                outcome.skipped += 1;
            }
        }
    }
    let deals = dedup::merge(&mentions);
    outcome.mentions = mentions.len();
    outcome.deals = deals.len();
    std::fs::create_dir_all(&config.out)
        .with_context(|| format!("cannot create {}", config.out.display()))?;
    let mentions_path = config.out.join("mentions.csv");
    let deals_path = config.out.join("deals.csv");
    output::write_atomic(&mentions_path, |w| output::write_mentions(w, &mentions))
        .with_context(|| format!("cannot write {}", mentions_path.display()))?;
    output::write_atomic(&deals_path, |w| output::write_deals(w, &deals))
        .with_context(|| format!("cannot write {}", deals_path.display()))?;
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "dealsift: {} files, {} articles, {} mentions, {} deals, {} skipped, {} bytes, {:.2} s, {:.1} MB/s",
        outcome.files,
        outcome.articles,
        outcome.mentions,
        outcome.deals,
        outcome.skipped,
        outcome.bytes,
        secs,
        outcome.bytes as f64 / 1e6 / secs.max(1e-9)
    );
    Ok(outcome)
}

fn print_text(path: &std::path::Path) -> Result<Outcome> {
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
        articles: articles.len(),
        ..Outcome::default()
    })
}

/// For each input file: its first line, searched by `find`, one TSV line per thing found.
fn print_each(config: &Config, find: impl Fn(&str) -> Vec<String>) -> Result<Outcome> {
    let (sources, errors) = list(&config.inputs);
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
        let flat = text.replace(['\t', '\n', '\r'], " ");
        for found in find(&text) {
            writeln!(out, "{}\t{}\t{}", src.id, flat, found)?;
        }
    }
    Ok(outcome)
}
