//! Runs a checked `Config`: the whole pipeline over the inputs on a thread pool, or one of the
//! inspection modes of `inspect`. Files that cannot be read are reported on stderr as
//! `dealsift: PATH: reason` and in errors.csv, and counted; the run goes on. With `--state`,
//! files unchanged since the last run are not opened: the mentions they gave then are merged
//! again with those of new and changed files. All outputs are staged first and put in place
//! together at the end (the state file last), so a run that dies leaves the old ones intact.

use crate::article::read_file;
use crate::cli::{Config, Mode};
use crate::deal::{extract, Mention};
use crate::lexicon::Lang;
use crate::output::atomic::{remove_leftovers, Batch};
use crate::report::{progress_bar, Outcome};
use crate::state::{hash_file, Entry, Stamp, State};
use crate::walk::{list, Source};
use crate::{dedup, inspect, money, output};
use anyhow::{bail, Context, Result};
use rayon::prelude::*;
use std::path::Path;
use std::time::Instant;

pub fn run(config: &Config) -> Result<Outcome> {
    match &config.mode {
        Mode::Run => run_pipeline(config),
        Mode::PrintText(path) => inspect::print_text(path),
        Mode::PrintAmounts { lang } => inspect::print_each(&config.inputs, |text| {
            money::find_money(text, *lang)
                .into_iter()
                .map(|m| {
                    let max = m.amount_max.map(output::plain_number).unwrap_or_default();
                    let cols = format!(
                        "{}\t{}\t{}\t{}",
                        output::plain_number(m.amount),
                        m.currency,
                        max,
                        m.qualifier.as_str()
                    );
                    (m.start, m.end, cols)
                })
                .collect()
        }),
        Mode::PrintDates { lang, reference } => {
            inspect::print_dates(&config.inputs, *lang, config.lang, *reference)
        }
    }
}

/// What became of one file.
enum Found {
    /// Same size and time as last run: not opened.
    Unchanged,
    /// Touched but with the same content as last run: hashed, not searched again.
    SameContent {
        stamp: Stamp,
        bytes: u64,
    },
    /// Read and searched.
    Read {
        entry: Entry,
        bytes: u64,
    },
    Failed(String),
}

/// The key of a file in the state.
fn state_key(src: &Source) -> String {
    src.path.to_string_lossy().into_owned()
}

fn process(src: &Source, prev: Option<&Entry>, incremental: bool, lang: Option<Lang>) -> Found {
    let stamp = match std::fs::metadata(&src.path) {
        Ok(md) => Stamp::of(&md),
        Err(e) => return Found::Failed(format!("cannot read: {e}")),
    };
    if prev.is_some_and(|p| p.stamp == stamp) {
        return Found::Unchanged;
    }
    let sha256 = if incremental {
        match hash_file(&src.path) {
            Ok(h) => h,
            Err(e) => return Found::Failed(format!("cannot read: {e}")),
        }
    } else {
        String::new()
    };
    if prev.is_some_and(|p| p.sha256 == sha256) {
        return Found::SameContent {
            stamp,
            bytes: stamp.size,
        };
    }
    match read_file(&src.path, &src.id) {
        Ok(mut articles) => Found::Read {
            entry: Entry {
                stamp,
                sha256,
                articles: articles.len(),
                mentions: articles
                    .iter_mut()
                    .flat_map(|a| {
                        if let Some(l) = lang {
                            a.language = l;
                        }
                        extract(a)
                    })
                    .collect(),
            },
            bytes: stamp.size,
        },
        Err(e) => Found::Failed(e.to_string()),
    }
}

fn run_pipeline(config: &Config) -> Result<Outcome> {
    let started = Instant::now();
    let (sources, walk_errors) = list(&config.inputs);
    let mut outcome = Outcome::default();
    let mut errors: Vec<(String, String)> = Vec::new();
    for (path, e) in &walk_errors {
        eprintln!("dealsift: {}: {e}", path.display());
        errors.push((path.display().to_string(), e.to_string()));
        outcome.skipped += 1;
    }
    if sources.is_empty() {
        if walk_errors.is_empty() {
            bail!("no article files found in the inputs; the output is left as it was");
        }
        bail!("no input could be read; the output is left as it was");
    }
    let old = match &config.state {
        Some(path) => State::load(path)?,
        None => State::default(),
    };
    let incremental = config.state.is_some();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(config.threads)
        .build()
        .context("cannot start worker threads")?;
    let bar = progress_bar(sources.len());
    let found: Vec<Found> = pool.install(|| {
        sources
            .par_iter()
            .map(|src| {
                let f = process(
                    src,
                    old.files.get(&state_key(src)),
                    incremental,
                    config.lang,
                );
                bar.inc(1);
                f
            })
            .collect()
    });
    bar.finish_and_clear();

    let mut state = State::default();
    let mut mentions: Vec<Mention> = Vec::new();
    for (src, found) in sources.iter().zip(found) {
        outcome.files += 1;
        let key = state_key(src);
        let prev = old.files.get(&key);
        let entry = match found {
            Found::Unchanged => prev.cloned(),
            Found::SameContent { stamp, bytes } => {
                outcome.bytes += bytes;
                prev.map(|p| Entry { stamp, ..p.clone() })
            }
            Found::Read { entry, bytes } => {
                outcome.read += 1;
                outcome.bytes += bytes;
                Some(entry)
            }
            Found::Failed(reason) => {
                eprintln!("dealsift: {}: {reason}", src.path.display());
                errors.push((src.path.display().to_string(), reason));
                outcome.skipped += 1;
                // A file that cannot be read tonight keeps what it gave before.
                prev.cloned()
            }
        };
        if let Some(entry) = entry {
            outcome.articles += entry.articles;
            mentions.extend(entry.mentions.iter().cloned());
            state.files.insert(key, entry);
        }
    }
    // Files under an input or folder that cannot be listed tonight keep what they gave before.
    for (key, entry) in &old.files {
        let unlisted = walk_errors
            .iter()
            .any(|(dir, _)| Path::new(key).starts_with(dir));
        if unlisted && !state.files.contains_key(key) {
            outcome.articles += entry.articles;
            mentions.extend(entry.mentions.iter().cloned());
            state.files.insert(key.clone(), entry.clone());
        }
    }
    if outcome.skipped >= outcome.files + walk_errors.len() && state.files.is_empty() {
        bail!("no file could be read; the output is left as it was");
    }
    let deals = dedup::merge(&mentions);
    outcome.mentions = mentions.len();
    outcome.deals = deals.len();
    write_outputs(
        config,
        &mentions,
        &deals,
        &errors,
        incremental.then_some(&state),
    )?;
    outcome.elapsed = started.elapsed();
    eprintln!("dealsift: {outcome}");
    Ok(outcome)
}

/// Stages every output file, then puts them all in place, the state file last.
fn write_outputs(
    config: &Config,
    mentions: &[Mention],
    deals: &[dedup::Deal],
    errors: &[(String, String)],
    state: Option<&State>,
) -> Result<()> {
    let out = &config.out;
    std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
    remove_leftovers(out);
    if let Some(dir) = config.state.as_deref().and_then(Path::parent) {
        if !dir.as_os_str().is_empty() {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
            remove_leftovers(dir);
        }
    }
    let fmt = &config.csv;
    let mut batch = Batch::new();
    let mut stage =
        |path: &Path, write: &dyn Fn(&mut dyn std::io::Write) -> std::io::Result<()>| {
            batch
                .stage(path, |w| write(w))
                .with_context(|| format!("cannot write {}", path.display()))
        };
    stage(&out.join("mentions.csv"), &|w| {
        output::write_mentions(w, mentions, fmt)
    })?;
    stage(&out.join("deals.csv"), &|w| {
        output::write_deals(w, deals, fmt)
    })?;
    stage(&out.join("errors.csv"), &|w| {
        output::write_errors(w, errors, fmt)
    })?;
    if config.xlsx {
        stage(&out.join("deals.xlsx"), &|w| {
            output::xlsx::write_workbook(w, deals, mentions)
        })?;
    }
    if let (Some(state), Some(path)) = (state, &config.state) {
        stage(path, &|w| state.write(w))?;
    }
    batch.commit().context("cannot put the new output in place")
}
