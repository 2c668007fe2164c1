//! The map step of a cluster job (`--emit`): articles come from the command line's inputs, from
//! paths on standard input (`--stdin-paths`) or from JSON Lines records on standard input
//! (`--stdin-jsonl`), and their mentions go to standard output as they are found, batch by
//! batch, in input order: as rows of mentions.csv without header, or as the shard lines of
//! `shard` that `dealsift merge` reads. A file that cannot be read is named on stderr as
//! `dealsift: PATH: reason` (and, in shards, written as an error line); the stream goes on. An
//! empty standard input is an empty partition, not an error. Merging is left to `merge`.

use crate::article::{visit_file_skimming, visit_jsonl, Article, ReadError};
use crate::cli::{Config, Emit, Feed};
use crate::deal::{extract, may_hold_trigger, Mention};
use crate::lexicon::Lang;
use crate::output::{self, CsvFormat};
use crate::report::Outcome;
use crate::shard::{ErrorLine, FileLine, Line, MentionLine};
use crate::walk::{list, Source};
use anyhow::{bail, Context, Result};
use rayon::prelude::*;
use std::io::{self, BufRead, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The path that records read from standard input are said to come from.
pub const STDIN_PATH: &str = "-";

/// What one file gave.
struct Found {
    articles: usize,
    bytes: u64,
    mentions: Vec<Mention>,
    /// `(#N, reason)` of the records that could not be read.
    bad: Vec<(String, String)>,
}

/// Runs an `--emit` run: every article of `feed`, its mentions to standard output.
pub fn run(config: &Config, feed: &Feed, emit: Emit) -> Result<Outcome> {
    let started = Instant::now();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(config.threads)
        .build()
        .context("cannot start worker threads")?;
    let stdout = io::stdout();
    let mut out = Emitter {
        wtr: io::BufWriter::new(stdout.lock()),
        emit,
        fmt: config.csv,
        outcome: Outcome::default(),
    };
    match feed {
        Feed::Inputs => {
            let (sources, walk_errors) = list(&config.inputs);
            for (path, e) in &walk_errors {
                // No file id: these come first in errors.csv, as in a run over the inputs.
                out.skipped("", &path.display().to_string(), &e.to_string())?;
            }
            if sources.is_empty() {
                out.wtr.flush().context("cannot write to standard output")?;
                bail!("no article files found in the inputs");
            }
            for batch in sources.chunks(batch_len(config.threads)) {
                out.files(&pool, batch, config.lang)?;
            }
        }
        Feed::Paths { root } => {
            let stdin = io::stdin();
            let mut lines = stdin.lock().lines();
            loop {
                let mut batch = Vec::new();
                for line in lines.by_ref() {
                    let line = line.context("cannot read paths from standard input")?;
                    let line = line.trim_end_matches('\r');
                    if !line.trim().is_empty() {
                        batch.push(line.to_string());
                    }
                    if batch.len() == batch_len(config.threads) {
                        break;
                    }
                }
                if batch.is_empty() {
                    break;
                }
                let (sources, outside): (Vec<_>, Vec<_>) = batch
                    .iter()
                    .map(|p| source(p, root.as_deref()))
                    .partition(Result::is_ok);
                for e in outside.into_iter().filter_map(Result::err) {
                    out.skipped(&e.0, &e.0, &e.1)?;
                }
                let sources: Vec<Source> = sources.into_iter().filter_map(Result::ok).collect();
                out.files(&pool, &sources, config.lang)?;
            }
        }
        Feed::Records { name } => out.records(&pool, name, config)?,
    }
    out.wtr.flush().context("cannot write to standard output")?;
    let o = &mut out.outcome;
    o.elapsed = started.elapsed();
    let secs = o.elapsed.as_secs_f64();
    eprintln!(
        "dealsift: {} files ({} read), {} articles, {} mentions emitted, {} skipped, {} bytes, {secs:.2} s, {:.1} MB/s",
        o.files,
        o.read,
        o.articles,
        o.mentions,
        o.skipped,
        o.bytes,
        o.bytes as f64 / 1e6 / secs.max(1e-6)
    );
    Ok(out.outcome)
}

/// How many files or records are read at once: enough to keep the threads busy, few enough to
/// keep memory small and the output flowing.
fn batch_len(threads: usize) -> usize {
    threads.max(1) * 16
}

/// The file at `line`, named relative to `root` (or by its file name); a path outside `root`
/// is refused, with the reason.
fn source(line: &str, root: Option<&Path>) -> Result<Source, (String, String)> {
    let path = PathBuf::from(line);
    let id = match root {
        Some(root) => match path.strip_prefix(root) {
            Ok(rel) if !rel.as_os_str().is_empty() => rel.to_string_lossy().replace('\\', "/"),
            _ => {
                let reason = format!("not under --root {}", root.display());
                return Err((line.to_string(), reason));
            }
        },
        None => path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
    };
    Ok(Source { path, id })
}

fn extract_with(article: &mut Article, lang: Option<Lang>) -> Vec<Mention> {
    if let Some(l) = lang {
        article.language = l;
    }
    extract(article)
}

/// Reads and searches one file, as a run does; records of it that cannot be read are named on
/// stderr.
fn read_source(src: &Source, lang: Option<Lang>) -> Result<Found, String> {
    let bytes = std::fs::metadata(&src.path)
        .map_err(|e| format!("cannot read: {e}"))?
        .len();
    let mut articles = 0;
    let mut bad: Vec<(String, String)> = Vec::new();
    let mut mentions = Vec::new();
    // A page without a deal word of any language cannot give a mention: it is only counted.
    let skim = |text: &str| may_hold_trigger(text);
    visit_file_skimming(&src.path, &src.id, &skim, &mut |item| match item {
        Ok(mut a) => {
            articles += 1;
            mentions.extend(extract_with(&mut a, lang));
        }
        Err(e) => {
            // `file.jsonl#7` is named from the path given, as a run names it.
            let record = e.id.strip_prefix(src.id.as_str()).unwrap_or("").to_string();
            eprintln!("dealsift: {}{record}: {}", src.path.display(), e.reason);
            bad.push((record, e.reason));
        }
    })
    .map_err(|e| e.to_string())?;
    if articles == 0 {
        return Err(ReadError::NoRecords(bad.len()).to_string());
    }
    Ok(Found {
        articles,
        bytes,
        mentions,
        bad,
    })
}

/// Standard output, and the tally of what went to it.
struct Emitter<W: Write> {
    wtr: W,
    emit: Emit,
    fmt: CsvFormat,
    outcome: Outcome,
}

impl<W: Write> Emitter<W> {
    fn line(&mut self, line: Line) -> Result<()> {
        if self.emit == Emit::MentionsJsonl {
            writeln!(self.wtr, "{}", line.to_json()).context("cannot write to standard output")?;
        }
        Ok(())
    }

    /// The mentions of the file `file` read at `path`, numbered from `first`.
    fn mentions(&mut self, file: &str, path: &str, first: usize, ms: &[Mention]) -> Result<()> {
        self.outcome.mentions += ms.len();
        match self.emit {
            Emit::Mentions => output::write_mention_rows(&mut self.wtr, ms, &self.fmt)
                .context("cannot write to standard output"),
            Emit::MentionsJsonl => {
                for (i, m) in ms.iter().enumerate() {
                    self.line(Line::Mention(Box::new(MentionLine::new(
                        file,
                        path,
                        first + i,
                        m,
                    ))))?;
                }
                Ok(())
            }
        }
    }

    fn skipped(&mut self, file: &str, path: &str, reason: &str) -> Result<()> {
        eprintln!("dealsift: {path}: {reason}");
        self.outcome.files += 1;
        self.outcome.skipped += 1;
        self.line(Line::Error(ErrorLine {
            file: file.to_string(),
            path: path.to_string(),
            reason: reason.to_string(),
        }))
    }

    /// Writes the line of a file read, after its mentions.
    fn read(&mut self, file: FileLine) -> Result<()> {
        self.outcome.files += 1;
        self.outcome.read += 1;
        self.outcome.skipped_records += file.bad_records.len();
        self.outcome.articles += file.articles;
        self.outcome.bytes += file.bytes;
        self.line(Line::File(file))
    }

    /// Reads `sources` on the pool and writes what each gave, in their order.
    fn files(
        &mut self,
        pool: &rayon::ThreadPool,
        sources: &[Source],
        lang: Option<Lang>,
    ) -> Result<()> {
        let found: Vec<Result<Found, String>> =
            pool.install(|| sources.par_iter().map(|s| read_source(s, lang)).collect());
        for (src, found) in sources.iter().zip(found) {
            let path = src.path.display().to_string();
            match found {
                Ok(f) => {
                    self.mentions(&src.id, &path, 0, &f.mentions)?;
                    self.read(FileLine {
                        file: src.id.clone(),
                        path,
                        articles: f.articles,
                        mentions: f.mentions.len(),
                        bytes: f.bytes,
                        bad_records: f.bad,
                    })?;
                }
                Err(reason) => self.skipped(&src.id, &path, &reason)?,
            }
        }
        self.wtr.flush().context("cannot write to standard output")
    }

    /// Reads JSON Lines records from standard input as one file named `name`, searching them a
    /// batch at a time on the pool.
    fn records(&mut self, pool: &rayon::ThreadPool, name: &str, config: &Config) -> Result<()> {
        let stdin = io::stdin();
        let mut rdr = Counting {
            inner: stdin.lock(),
            bytes: 0,
        };
        if rdr
            .fill_buf()
            .context("cannot read standard input")?
            .is_empty()
        {
            return Ok(()); // an empty partition
        }
        let mut batch: Vec<Article> = Vec::new();
        let (mut articles, mut mentions) = (0, 0);
        let mut bad: Vec<(String, String)> = Vec::new();
        let mut failed: Option<anyhow::Error> = None;
        let search = |batch: &mut Vec<Article>, this: &mut Self, mentions: &mut usize| {
            let found: Vec<Vec<Mention>> = pool.install(|| {
                batch
                    .par_iter_mut()
                    .map(|a| extract_with(a, config.lang))
                    .collect()
            });
            batch.clear();
            let ms: Vec<Mention> = found.into_iter().flatten().collect();
            let first = *mentions;
            *mentions += ms.len();
            this.mentions(name, STDIN_PATH, first, &ms)
                .and_then(|()| this.wtr.flush().context("cannot write to standard output"))
        };
        let visited = visit_jsonl(&mut rdr, name, &mut |item| match item {
            Ok(a) if failed.is_none() => {
                articles += 1;
                batch.push(a);
                if batch.len() == batch_len(config.threads) {
                    if let Err(e) = search(&mut batch, self, &mut mentions) {
                        failed = Some(e);
                    }
                }
            }
            Ok(_) => {}
            Err(e) => {
                eprintln!("dealsift: {}: {}", e.id, e.reason);
                let record = e.id.strip_prefix(name).unwrap_or("").to_string();
                bad.push((record, e.reason));
            }
        });
        if let Some(e) = failed {
            return Err(e);
        }
        search(&mut batch, self, &mut mentions)?;
        let bytes = rdr.bytes;
        match visited {
            Ok(()) if articles > 0 => self.read(FileLine {
                file: name.to_string(),
                path: STDIN_PATH.to_string(),
                articles,
                mentions,
                bytes,
                bad_records: bad,
            }),
            Ok(()) => self.skipped(
                name,
                STDIN_PATH,
                &ReadError::NoRecords(bad.len()).to_string(),
            ),
            Err(e) => self.skipped(name, STDIN_PATH, &e.to_string()),
        }
    }
}

/// A reader that counts the bytes taken from it.
struct Counting<R> {
    inner: R,
    bytes: u64,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bytes += n as u64;
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counting<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }
    fn consume(&mut self, amt: usize) {
        self.bytes += amt as u64;
        self.inner.consume(amt);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_named_relative_to_the_root() {
        let root = Some(Path::new("/data/news"));
        for (line, root, want) in [
            ("/data/news/a/b.txt", root, Ok("a/b.txt")),
            (
                "/data/news/b.txt",
                Some(Path::new("/data/news/")),
                Ok("b.txt"),
            ),
            (
                "/data/other/b.txt",
                root,
                Err("not under --root /data/news"),
            ),
            ("/data/news", root, Err("not under --root /data/news")),
            ("/data/news/a/b.txt", None, Ok("b.txt")),
            ("rel/c.html", None, Ok("c.html")),
        ] {
            let got = source(line, root);
            match want {
                Ok(id) => assert_eq!(got.unwrap().id, id, "{line}"),
                Err(reason) => assert_eq!(got.unwrap_err(), (line.to_string(), reason.into())),
            }
        }
    }

    #[test]
    fn counting_reader_counts_what_is_consumed() {
        let mut rdr = Counting {
            inner: &b"line one\nline two\n"[..],
            bytes: 0,
        };
        let mut s = String::new();
        rdr.read_line(&mut s).unwrap();
        assert_eq!(rdr.bytes, 9);
        rdr.read_to_string(&mut s).unwrap();
        assert_eq!(rdr.bytes, 18);
    }
}
