//! What a run tells the person watching it: a progress bar on a terminal (none when stderr is
//! not a terminal, so cron logs stay clean), and at the end one summary line. What the run
//! does is left to `run`.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::fmt;
use std::io::IsTerminal;
use std::time::Duration;

/// What a run did.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Outcome {
    /// Article files found.
    pub files: usize,
    /// Files opened and searched this run (the others were unchanged since the last run).
    pub read: usize,
    /// Articles in all files, read this run or before.
    pub articles: usize,
    pub mentions: usize,
    pub deals: usize,
    /// Files that could not be read.
    pub skipped: usize,
    /// Records of multi-article files (a JSON line, a WARC record) that could not be read, in
    /// files whose other records were.
    pub skipped_records: usize,
    /// Bytes read this run.
    pub bytes: u64,
    pub elapsed: Duration,
}

impl Outcome {
    /// 0 when every file was read, 1 when some files or records were skipped.
    pub fn exit_code(&self) -> u8 {
        if self.skipped > 0 || self.skipped_records > 0 {
            1
        } else {
            0
        }
    }
}

impl fmt::Display for Outcome {
    /// `N files (R read), A articles, M mentions, D deals, S skipped, B bytes, T s, X MB/s`, with
    /// `S skipped (K records)` when records of otherwise readable files were skipped.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secs = self.elapsed.as_secs_f64();
        let records = match self.skipped_records {
            0 => String::new(),
            1 => " (+1 record)".to_string(),
            n => format!(" (+{n} records)"),
        };
        write!(
            f,
            "{} files ({} read), {} articles, {} mentions, {} deals, {} skipped{records}, {} bytes, {:.2} s, {:.1} MB/s",
            self.files,
            self.read,
            self.articles,
            self.mentions,
            self.deals,
            self.skipped,
            self.bytes,
            secs,
            self.bytes as f64 / 1e6 / secs.max(1e-6)
        )
    }
}

/// Whether a progress bar is drawn: only when stderr is a terminal.
pub fn shows_progress() -> bool {
    std::io::stderr().is_terminal()
}

/// A bar over `len` files, drawn on stderr only when stderr is a terminal.
pub fn progress_bar(len: usize) -> ProgressBar {
    if !shows_progress() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    let style = ProgressStyle::with_template(
        "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} files, eta {eta}",
    )
    .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_line_has_every_figure() {
        let outcome = Outcome {
            files: 8,
            read: 2,
            articles: 9,
            mentions: 12,
            deals: 10,
            skipped: 1,
            skipped_records: 0,
            bytes: 3_000_000,
            elapsed: Duration::from_secs(2),
        };
        assert_eq!(
            outcome.to_string(),
            "8 files (2 read), 9 articles, 12 mentions, 10 deals, 1 skipped, 3000000 bytes, 2.00 s, 1.5 MB/s"
        );
        assert_eq!(outcome.exit_code(), 1);
    }

    #[test]
    fn skipped_records_are_counted_and_fail_the_exit_code() {
        let outcome = Outcome {
            files: 1,
            read: 1,
            articles: 2,
            skipped_records: 3,
            elapsed: Duration::from_secs(1),
            ..Outcome::default()
        };
        assert!(
            outcome.to_string().contains(" 0 skipped (+3 records), "),
            "{outcome}"
        );
        assert_eq!(outcome.exit_code(), 1);
    }

    #[test]
    fn no_bar_without_a_terminal() {
        // Tests run with stderr captured, never a terminal.
        if !std::io::stderr().is_terminal() {
            assert!(progress_bar(3).is_hidden());
        }
    }
}
