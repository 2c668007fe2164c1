//! Runs a checked `Config`: the whole pipeline over the inputs on a thread pool, or one of the
//! inspection modes of `inspect`. Files that cannot be read are reported on stderr as
//! `dealsift: PATH: reason` and in errors.csv, and counted; the run goes on. With `--state`,
//! files unchanged since the last run are not opened: the mentions they gave then are merged
//! again with those of new and changed files. All outputs are staged first and put in place
//! together at the end (the state file last), so a run that dies leaves the old ones intact.

use crate::article::{visit_file_skimming, ReadError, RecordError};
use crate::cli::{Config, Mode};
use crate::deal::{extract, may_hold_trigger, Mention};
use crate::dedup::Dedup;
use crate::lexicon::Lang;
use crate::output::atomic::{remove_leftovers, Batch};
use crate::output::spill::Spill;
use crate::output::Mentions;
use crate::report::{progress_bar, shows_progress, Outcome};
use crate::state::{hash_file, Entry, Stamp, State};
use crate::walk::{Source, Walk, WalkError};
use crate::{date, dedup, inspect, money, output};
use anyhow::{bail, Context, Result};
use rayon::prelude::*;
use std::path::Path;
use std::time::Instant;

pub fn run(config: &Config) -> Result<Outcome> {
    match &config.mode {
        Mode::Run => run_pipeline(config),
        Mode::Emit { feed, emit } => crate::stream::run(config, feed, *emit),
        Mode::Merge => crate::merge::run(config),
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
    },
    /// Read and searched, record by record.
    Read {
        stamp: Stamp,
        /// Empty without `--state`.
        sha256: String,
        articles: usize,
        mentions: Vec<Mention>,
        /// Records of a multi-article file that could not be read (the others were).
        bad: Vec<RecordError>,
    },
    Failed(String),
}

/// The key of a file in the state.
fn state_key(src: &Source) -> String {
    src.path.to_string_lossy().into_owned()
}

/// The mentions `search` finds in an article. A fault of the search on one article loses that
/// article, reported like an unreadable record, never the run.
fn guarded(
    a: &crate::article::Article,
    search: impl Fn(&crate::article::Article) -> Vec<Mention>,
) -> Result<Vec<Mention>, RecordError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| search(a))).map_err(|_| RecordError {
        id: a.id.clone(),
        reason: "internal error while searching this article (a bug: please report it with the \
                 file)"
            .to_string(),
    })
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
        return Found::SameContent { stamp };
    }
    // One article at a time: only its mentions are kept, never the article text. A page
    // without a deal word of any language cannot give a mention: it is only counted.
    let mut articles = 0;
    let mut mentions = Vec::new();
    let mut bad = Vec::new();
    let skim = |text: &str| may_hold_trigger(text);
    let visited = visit_file_skimming(&src.path, &src.id, &skim, &mut |item| match item {
        Ok(mut a) => {
            articles += 1;
            if let Some(l) = lang {
                a.language = l;
            }
            match guarded(&a, extract) {
                Ok(found) => mentions.extend(found),
                Err(e) => bad.push(e),
            }
        }
        Err(e) => bad.push(e),
    });
    match visited {
        Err(e) => Found::Failed(e.to_string()),
        Ok(()) if articles == 0 => Found::Failed(ReadError::NoRecords(bad.len()).to_string()),
        Ok(()) => Found::Read {
            stamp,
            sha256,
            articles,
            mentions,
            bad,
        },
    }
}

/// How many files are read between two merges of their results into the run's totals: enough
/// to keep every thread busy, few enough that per-file results never pile up for a whole corpus.
const CHUNK_FILES: usize = 1024;

/// Builds, side by side on the pool's threads, the patterns that a run of more than one chunk
/// builds on first use anyway: the explicit date patterns of every language (header lines are
/// read in all six), their set, and the amount matcher. Built lazily, the first file to need
/// each would build it while the other threads wait for it. Nothing found changes.
fn warm_up() {
    rayon::scope(|s| {
        s.spawn(|_| money::warm_up());
        s.spawn(|_| date::warm_up(None));
        for lang in Lang::ALL {
            s.spawn(move |_| date::warm_up(Some(lang)));
        }
    });
}

/// The next files of `walk`, at most [`CHUNK_FILES`]; the folders that cannot be listed on the
/// way are reported and added to `errors`.
fn next_chunk(walk: &mut Walk, errors: &mut Vec<WalkError>) -> Vec<Source> {
    let mut chunk = Vec::with_capacity(CHUNK_FILES);
    while chunk.len() < CHUNK_FILES {
        match walk.next() {
            Some(Ok(src)) => chunk.push(src),
            Some(Err((path, e))) => {
                eprintln!("dealsift: {}: {e}", path.display());
                errors.push((path, e));
            }
            None => break,
        }
    }
    chunk
}

/// The mentions found so far, in order: on disk, with only what dedup needs in memory, so
/// that memory does not grow with them.
struct Kept {
    spill: Spill,
    dedup: Dedup,
}

impl Kept {
    fn push(&mut self, m: &Mention) -> std::io::Result<()> {
        let at = self.spill.push(m)?;
        self.dedup.add(m, at);
        Ok(())
    }
}

/// What the run has gathered so far, file by file in the sorted order of the sources.
struct Tally {
    outcome: Outcome,
    /// `(path, reason)` for errors.csv: a file, or a record of one as `path#N`.
    errors: Vec<(String, String)>,
    mentions: Kept,
    /// Filled only with `--state`.
    state: State,
    incremental: bool,
}

impl Tally {
    fn skip(&mut self, name: String, reason: String) {
        eprintln!("dealsift: {name}: {reason}");
        self.errors.push((name, reason));
    }

    /// Adds what one file gave; `prev` is what it gave last run.
    fn add(&mut self, src: &Source, found: Found, prev: Option<&Entry>) -> std::io::Result<()> {
        self.outcome.files += 1;
        let entry = match found {
            Found::Unchanged => prev.cloned(),
            Found::SameContent { stamp } => {
                self.outcome.bytes += stamp.size;
                prev.map(|p| Entry { stamp, ..p.clone() })
            }
            Found::Read {
                stamp,
                sha256,
                articles,
                mentions,
                bad,
            } => {
                self.outcome.read += 1;
                self.outcome.bytes += stamp.size;
                for e in bad {
                    // `file.jsonl#7` is named from the path given, like the files.
                    let record = e.id.strip_prefix(src.id.as_str()).unwrap_or("");
                    self.skip(format!("{}{record}", src.path.display()), e.reason);
                    self.outcome.skipped_records += 1;
                }
                if !self.incremental {
                    self.outcome.articles += articles;
                    return mentions.iter().try_for_each(|m| self.mentions.push(m));
                }
                Some(Entry {
                    stamp,
                    sha256,
                    articles,
                    mentions,
                })
            }
            Found::Failed(reason) => {
                self.skip(src.path.display().to_string(), reason);
                self.outcome.skipped += 1;
                // A file that cannot be read tonight keeps what it gave before.
                prev.cloned()
            }
        };
        match entry {
            Some(entry) => self.keep(state_key(src), entry),
            None => Ok(()),
        }
    }

    /// Adds what each file of a chunk gave, in order; `prev` gives what a file gave last run.
    fn add_chunk<'a>(
        &mut self,
        sources: &[Source],
        found: Vec<Found>,
        prev: impl Fn(&Source) -> Option<&'a Entry>,
    ) -> std::io::Result<()> {
        for (src, f) in sources.iter().zip(found) {
            self.add(src, f, prev(src))?;
        }
        Ok(())
    }

    /// Counts a file's entry in the output and in the next state.
    fn keep(&mut self, key: String, entry: Entry) -> std::io::Result<()> {
        self.outcome.articles += entry.articles;
        for m in &entry.mentions {
            self.mentions.push(m)?;
        }
        self.state.files.insert(key, entry);
        Ok(())
    }
}

fn run_pipeline(config: &Config) -> Result<Outcome> {
    let started = Instant::now();
    let incremental = config.state.is_some();
    let mut tally = Tally {
        outcome: Outcome::default(),
        errors: Vec::new(),
        mentions: Kept {
            spill: Spill::new().context("cannot create a temporary file for the mentions")?,
            dedup: Dedup::default(),
        },
        state: State::default(),
        incremental,
    };
    let mut walk = Walk::new(&config.inputs);
    let mut walk_errors: Vec<WalkError> = Vec::new();
    let mut chunk = next_chunk(&mut walk, &mut walk_errors);
    if chunk.is_empty() {
        if walk_errors.is_empty() {
            bail!("no article files found in the inputs; the output is left as it was");
        }
        bail!("no input could be read; the output is left as it was");
    }
    let old = match &config.state {
        Some(path) => State::load(path)?,
        None => State::default(),
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(config.threads)
        .build()
        .context("cannot start worker threads")?;
    let bar = progress_bar(if shows_progress() {
        // Only a bar on a terminal needs the count: one more listing, nothing kept.
        Walk::new(&config.inputs).filter(Result::is_ok).count()
    } else {
        0
    });
    let prev = |src: &Source| {
        if incremental {
            old.files.get(&state_key(src))
        } else {
            None
        }
    };
    if config.threads > 1 && chunk.len() == CHUNK_FILES {
        pool.install(warm_up);
    }
    // Chunk by chunk, each chunk's results collected in order, so the output does not depend
    // on the thread count and memory does not grow with the number of files. While the pool
    // reads one chunk, one of its threads adds the chunk before to the tally and lists the
    // next, so the other threads never wait for that serial work.
    let mut done: Option<(Vec<Source>, Vec<Found>)> = None;
    while !chunk.is_empty() {
        let (found, next) = pool.install(|| {
            rayon::join(
                || {
                    chunk
                        .par_iter()
                        .map(|src| {
                            let f = process(src, prev(src), incremental, config.lang);
                            bar.inc(1);
                            f
                        })
                        .collect::<Vec<Found>>()
                },
                || -> std::io::Result<Vec<Source>> {
                    if let Some((sources, found)) = done.take() {
                        tally.add_chunk(&sources, found, prev)?;
                    }
                    Ok(next_chunk(&mut walk, &mut walk_errors))
                },
            )
        });
        let next = next.context("cannot keep the mentions in a temporary file")?;
        done = Some((std::mem::replace(&mut chunk, next), found));
    }
    if let Some((sources, found)) = done {
        tally
            .add_chunk(&sources, found, prev)
            .context("cannot keep the mentions in a temporary file")?;
    }
    bar.finish_and_clear();
    tally.outcome.skipped += walk_errors.len();

    // Files under an input or folder that cannot be listed tonight keep what they gave before.
    for (key, entry) in &old.files {
        let unlisted = walk_errors
            .iter()
            .any(|(dir, _)| Path::new(key).starts_with(dir));
        if unlisted && !tally.state.files.contains_key(key) {
            tally
                .keep(key.clone(), entry.clone())
                .context("cannot keep the mentions in a temporary file")?;
        }
    }
    let Tally {
        mut outcome,
        errors: file_errors,
        mentions: Kept { mut spill, dedup },
        state,
        ..
    } = tally;
    // errors.csv: the folders that could not be listed, then the files in order.
    let errors: Vec<(String, String)> = walk_errors
        .iter()
        .map(|(path, e)| (path.display().to_string(), e.to_string()))
        .chain(file_errors)
        .collect();
    let nothing_read = outcome.read == 0 && state.files.is_empty();
    if outcome.skipped >= outcome.files + walk_errors.len() && nothing_read {
        bail!("no file could be read; the output is left as it was");
    }
    outcome.mentions = dedup.len();
    let deals = spill
        .flush()
        .and_then(|()| spill.reader())
        .and_then(|mut rdr| dedup.deals(&mut |at| rdr.get(at)))
        .context("cannot read back the mentions kept in a temporary file")?;
    outcome.deals = deals.len();
    write_outputs(
        config,
        Mentions::Spilled(&spill),
        &deals,
        &errors,
        incremental.then_some(&state),
    )?;
    outcome.elapsed = started.elapsed();
    eprintln!("dealsift: {outcome}");
    Ok(outcome)
}

/// Stages every output file, then puts them all in place, the state file last.
pub(crate) fn write_outputs(
    config: &Config,
    mentions: Mentions,
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
        output::write_mentions_of(w, mentions, fmt)
    })?;
    stage(&out.join("deals.csv"), &|w| {
        output::write_deals(w, deals, fmt)
    })?;
    stage(&out.join("errors.csv"), &|w| {
        output::write_errors(w, errors, fmt)
    })?;
    if config.xlsx {
        stage(&out.join("deals.xlsx"), &|w| {
            output::xlsx::write_workbook(w, deals, &mentions.to_vec()?)
        })?;
    }
    if let (Some(state), Some(path)) = (state, &config.state) {
        stage(path, &|w| state.write(w))?;
    }
    batch.commit().context("cannot put the new output in place")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;

    fn article() -> Article {
        Article {
            id: "dump.jsonl#7".into(),
            url: String::new(),
            title: String::new(),
            published: None,
            language: Lang::En,
            body: "Acme Corp said it agreed to acquire Widget Inc.".into(),
        }
    }

    #[test]
    fn a_fault_on_one_article_is_reported_with_its_id() {
        let got = guarded(&article(), |_| panic!("a bug in the search"));
        let err = got.expect_err("the fault is caught");
        assert_eq!(err.id, "dump.jsonl#7");
        assert!(err.reason.contains("internal error"), "{}", err.reason);
        let found = guarded(&article(), extract).expect("no fault");
        assert_eq!(found.len(), 1);
    }
}
