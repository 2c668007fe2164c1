//! `dealsift merge`: the output of one run, made from the mention shards of many map steps
//! (`--emit mentions-jsonl`, read by `shard`). The files the shards name are put in the order a
//! run lists them (by path, then name), each file's mentions in the order they were found, so
//! `dedup` merges the same mentions in the same order and the CSV files come out byte for byte
//! as one run over all the files writes them, whatever the order and split of the shards. A
//! shard that is damaged, cut short or contradicts another stops the merge (exit 2) and leaves
//! the old output as it was: a quietly incomplete deals.csv would be worse.

use crate::cli::Config;
use crate::deal::Mention;
use crate::report::Outcome;
use crate::shard::{Line, LineError};
use crate::walk::Source;
use crate::{dedup, output, run};
use anyhow::{bail, Context, Result};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// What the shards say of one file.
#[derive(Default)]
struct FileEntry {
    /// Its file or error line.
    done: Option<Line>,
    /// Its mentions by their place among the file's mentions.
    mentions: BTreeMap<usize, Mention>,
}

/// The shards as one run: its mentions in run order, the skipped files with their reasons (as
/// errors.csv lists them), and the tally.
pub struct Merged {
    pub mentions: Vec<Mention>,
    pub errors: Vec<(String, String)>,
    pub outcome: Outcome,
}

/// Everything the shards hold, by file in run order.
#[derive(Default)]
pub struct Shards {
    files: BTreeMap<Source, FileEntry>,
    /// Inputs that could not be listed (error lines without a file name): first in errors.csv.
    unlisted: BTreeSet<(String, String)>,
}

impl Shards {
    /// Adds one shard line; `at` names where it was read, for messages.
    pub fn add(&mut self, line: Line, at: &str) -> Result<()> {
        let (id, path) = line.file();
        let (id, path) = (id.to_string(), path.to_string());
        if id.is_empty() {
            if let Line::Error(e) = &line {
                self.unlisted.insert((e.path.clone(), e.reason.clone()));
                return Ok(());
            }
            bail!("{at}: a line without a file name");
        }
        let key = Source {
            path: PathBuf::from(&path),
            id,
        };
        let entry = self.files.entry(key).or_default();
        match line {
            Line::Mention(m) => {
                let mention = m.to_mention().with_context(|| at.to_string())?;
                match entry.mentions.get(&m.seq) {
                    Some(old) if *old != mention => bail!(
                        "{at}: mention {} of {} differs from the one another shard gives",
                        m.seq,
                        m.path
                    ),
                    Some(_) => {}
                    None => {
                        entry.mentions.insert(m.seq, mention);
                    }
                }
            }
            done => match &entry.done {
                Some(old) if *old != done => {
                    bail!("{at}: {path} is given another result by another shard")
                }
                Some(_) => {}
                None => entry.done = Some(done),
            },
        }
        Ok(())
    }

    /// Adds every line of a shard read from `rdr`, named `name` in messages.
    pub fn read<R: BufRead>(&mut self, rdr: R, name: &str) -> Result<()> {
        for (n, text) in rdr.lines().enumerate() {
            let at = format!("{name}:{}", n + 1);
            let text = text.with_context(|| format!("cannot read {at}"))?;
            if text.trim().is_empty() {
                continue;
            }
            let line = Line::parse(&text)
                .map_err(|e: LineError| anyhow::Error::new(e))
                .with_context(|| at.clone())?;
            self.add(line, &at)?;
        }
        Ok(())
    }

    /// What one run over the files would have found; an error when a file's lines are not all
    /// there.
    pub fn into_run(self) -> Result<Merged> {
        let mut outcome = Outcome::default();
        let mut mentions = Vec::new();
        let mut errors: Vec<(String, String)> = self.unlisted.into_iter().collect();
        outcome.skipped = errors.len();
        for (src, entry) in self.files {
            let path = src.path.display();
            let found = entry.mentions.len();
            outcome.files += 1;
            match entry.done {
                None => bail!(
                    "the shards hold mentions of {path} but not the line that ends it: \
                     a map step was cut short, or a shard is missing"
                ),
                Some(Line::Error(e)) => {
                    if found > 0 {
                        bail!("the shards say {path} was both read and skipped");
                    }
                    outcome.skipped += 1;
                    errors.push((e.path, e.reason));
                }
                Some(Line::File(f)) => {
                    let numbered = entry.mentions.keys().copied().eq(0..found);
                    if f.mentions != found || !numbered {
                        bail!(
                            "the shards hold {found} of the {} mentions of {path}: a shard is missing",
                            f.mentions
                        );
                    }
                    outcome.read += 1;
                    outcome.articles += f.articles;
                    outcome.bytes += f.bytes;
                    for (record, reason) in f.bad_records {
                        outcome.skipped_records += 1;
                        // records read from standard input are named by the stream's name
                        let at = if f.path == crate::stream::STDIN_PATH {
                            &f.file
                        } else {
                            &f.path
                        };
                        errors.push((format!("{at}{record}"), reason));
                    }
                    mentions.extend(entry.mentions.into_values());
                }
                Some(Line::Mention(_)) => unreachable!("mentions are kept apart"),
            }
        }
        Ok(Merged {
            mentions,
            errors,
            outcome,
        })
    }
}

/// The shard files named by `inputs`: files as given, folders for the files in them (without
/// hidden files and Spark's `_SUCCESS` markers), sorted.
fn shard_files(inputs: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for input in inputs {
        let md = std::fs::metadata(input).with_context(|| format!("{}", input.display()))?;
        if !md.is_dir() {
            files.push(input.clone());
            continue;
        }
        let mut inside = Vec::new();
        for entry in std::fs::read_dir(input).with_context(|| format!("{}", input.display()))? {
            let entry = entry.with_context(|| format!("{}", input.display()))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if !name.starts_with(['.', '_']) && entry.path().is_file() {
                inside.push(entry.path());
            }
        }
        inside.sort();
        files.extend(inside);
    }
    Ok(files)
}

/// Opens a shard, gunzipping it when it is gzipped.
fn open(path: &Path) -> io::Result<Box<dyn BufRead>> {
    let mut rdr = BufReader::new(std::fs::File::open(path)?);
    if rdr.fill_buf()?.starts_with(&[0x1f, 0x8b]) {
        let gz = flate2::bufread::MultiGzDecoder::new(rdr);
        return Ok(Box::new(BufReader::new(gz)));
    }
    Ok(Box::new(rdr))
}

/// Runs `dealsift merge`: reads the shards named by `config.inputs`, writes the output of one
/// run into `config.out`.
pub fn run(config: &Config) -> Result<Outcome> {
    let started = Instant::now();
    let mut shards = Shards::default();
    let files = shard_files(&config.inputs)?;
    for path in &files {
        let name = path.display().to_string();
        let rdr = open(path).with_context(|| format!("cannot read {name}"))?;
        shards.read(rdr, &name)?;
    }
    let Merged {
        mentions,
        errors,
        mut outcome,
    } = shards.into_run().context("the output is left as it was")?;
    // As a run does, name every skipped file (the map steps named them in their own logs).
    for (path, reason) in &errors {
        eprintln!("dealsift: {path}: {reason}");
    }
    if outcome.read == 0 {
        bail!("the shards name no file that was read; the output is left as it was");
    }
    let deals = dedup::merge(&mentions);
    outcome.mentions = mentions.len();
    outcome.deals = deals.len();
    let held = output::Mentions::Held(&mentions);
    run::write_outputs(config, held, &deals, &errors, None)?;
    outcome.elapsed = started.elapsed();
    eprintln!("dealsift: {outcome}");
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shard::{ErrorLine, FileLine};

    fn file(id: &str, path: &str, mentions: usize) -> Line {
        Line::File(FileLine {
            file: id.into(),
            path: path.into(),
            articles: 1,
            mentions,
            bytes: 10,
            bad_records: Vec::new(),
        })
    }

    fn error(id: &str, path: &str) -> Line {
        Line::Error(ErrorLine {
            file: id.into(),
            path: path.into(),
            reason: "empty file".into(),
        })
    }

    #[test]
    fn files_come_in_run_order_and_duplicates_once() {
        let mut s = Shards::default();
        // A run sorts by path components: "d/a/z.txt" before "d/a.txt".
        for line in [
            file("a.txt", "d/a.txt", 0),
            error("b.txt", "d/b.txt"),
            file("a/z.txt", "d/a/z.txt", 0),
            error("", "d/locked"),
            error("b.txt", "d/b.txt"),
        ] {
            s.add(line, "x").unwrap();
        }
        let Merged {
            errors, outcome, ..
        } = s.into_run().unwrap();
        assert_eq!(
            errors,
            [
                ("d/locked".into(), "empty file".into()),
                ("d/b.txt".into(), "empty file".into())
            ]
        );
        assert_eq!((outcome.files, outcome.read, outcome.skipped), (3, 2, 2));
    }

    #[test]
    fn incomplete_or_contradicting_shards_are_refused() {
        let mut s = Shards::default();
        s.add(file("a.txt", "d/a.txt", 2), "x").unwrap();
        let e = s.into_run().err().unwrap().to_string();
        assert!(e.contains("0 of the 2"), "{e}");

        let mut s = Shards::default();
        s.add(file("a.txt", "d/a.txt", 0), "x").unwrap();
        assert!(s.add(error("a.txt", "d/a.txt"), "y").is_err());

        let mut s = Shards::default();
        assert!(s.read(&b"{\"record\":\"file\"}\n"[..], "shard").is_err());
        let e = s.read(&b"article,url\n"[..], "shard").unwrap_err();
        assert!(format!("{e:#}").starts_with("shard:1: "), "{e:#}");
    }
}
