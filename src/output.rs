//! Writes the two CSV files: `mentions.csv` (one row per deal an article mentions) and
//! `deals.csv` (one row per deal). One `Serialize` struct per file, whose field order is the
//! column order. Amounts are plain numbers; text cells that a spreadsheet would run as a formula
//! are neutralised. Files are written beside the old ones and renamed into place, so a failed run
//! leaves the previous output whole.

use crate::deal::Mention;
use crate::dedup::Deal;
use chrono::NaiveDate;
use serde::Serialize;
use std::fs;
use std::io::{self, Write};
use std::path::Path;

#[derive(Serialize)]
struct MentionRow<'a> {
    article: String,
    url: String,
    article_date: String,
    language: &'a str,
    deal_type: &'a str,
    company_a: String,
    company_b: String,
    amount: String,
    amount_max: String,
    currency: &'a str,
    qualifier: &'a str,
    stake_pct: String,
    amount_text: String,
    deal_date: String,
    date_source: &'a str,
    status: &'a str,
    confidence: String,
    evidence: String,
}

#[derive(Serialize)]
struct DealRow<'a> {
    deal_id: &'a str,
    deal_type: &'a str,
    company_a: String,
    company_b: String,
    amount: String,
    amount_max: String,
    currency: &'a str,
    qualifier: &'a str,
    stake_pct: String,
    deal_date: String,
    status: &'a str,
    first_seen: String,
    last_seen: String,
    mentions: usize,
    articles: usize,
    sources: String,
    evidence: String,
}

/// A number as a spreadsheet reads it in any locale: no separators, `.` for decimals, no exponent.
pub fn plain_number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e18 {
        format!("{x:.0}")
    } else {
        let s = format!("{x:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

fn opt_number(x: Option<f64>) -> String {
    x.map(plain_number).unwrap_or_default()
}

fn opt_date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// Text that a spreadsheet would evaluate (`=`, `+`, `-`, `@`, tab, CR first) gets a leading
/// apostrophe, as the OWASP CSV-injection guidance advises; other text is left as it is.
pub fn neutralise(s: &str) -> String {
    let s = s.replace(['\n', '\r'], " ");
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s,
    }
}

/// Writes the mentions as CSV with a header row.
pub fn write_mentions<W: Write>(wtr: W, mentions: &[Mention]) -> io::Result<()> {
    let mut wtr = csv::Writer::from_writer(wtr);
    for m in mentions {
        let money = m.money.as_ref();
        wtr.serialize(MentionRow {
            article: neutralise(&m.article),
            url: neutralise(&m.url),
            article_date: opt_date(m.article_date),
            language: m.language.code(),
            deal_type: m.deal_type.as_str(),
            company_a: neutralise(&m.company_a),
            company_b: neutralise(&m.company_b.join("; ")),
            amount: opt_number(money.map(|x| x.amount)),
            amount_max: opt_number(money.and_then(|x| x.amount_max)),
            currency: money.map_or("", |x| x.currency),
            qualifier: money.map_or("", |x| x.qualifier.as_str()),
            stake_pct: opt_number(m.stake_pct),
            amount_text: neutralise(&m.amount_text),
            deal_date: opt_date(m.deal_date),
            date_source: m.date_source.map_or("", |d| d.as_str()),
            status: m.status.as_str(),
            confidence: format!("{:.2}", m.confidence),
            evidence: neutralise(&m.evidence),
        })?;
    }
    if mentions.is_empty() {
        wtr.write_record(MENTION_COLUMNS)?;
    }
    wtr.flush()
}

/// Writes the deals as CSV with a header row.
pub fn write_deals<W: Write>(wtr: W, deals: &[Deal]) -> io::Result<()> {
    let mut wtr = csv::Writer::from_writer(wtr);
    for d in deals {
        wtr.serialize(DealRow {
            deal_id: &d.deal_id,
            deal_type: d.deal_type.as_str(),
            company_a: neutralise(&d.company_a),
            company_b: neutralise(&d.company_b.join("; ")),
            amount: opt_number(d.amount),
            amount_max: opt_number(d.amount_max),
            currency: &d.currency,
            qualifier: d.qualifier.as_str(),
            stake_pct: opt_number(d.stake_pct),
            deal_date: opt_date(d.deal_date),
            status: d.status.as_str(),
            first_seen: opt_date(d.first_seen),
            last_seen: opt_date(d.last_seen),
            mentions: d.mentions,
            articles: d.articles,
            sources: neutralise(&d.sources.join("; ")),
            evidence: neutralise(&d.evidence),
        })?;
    }
    if deals.is_empty() {
        wtr.write_record(DEAL_COLUMNS)?;
    }
    wtr.flush()
}

/// The header of mentions.csv (serde writes it only with a first row; an empty file needs it too).
pub const MENTION_COLUMNS: &[&str] = &[
    "article",
    "url",
    "article_date",
    "language",
    "deal_type",
    "company_a",
    "company_b",
    "amount",
    "amount_max",
    "currency",
    "qualifier",
    "stake_pct",
    "amount_text",
    "deal_date",
    "date_source",
    "status",
    "confidence",
    "evidence",
];

/// The header of deals.csv.
pub const DEAL_COLUMNS: &[&str] = &[
    "deal_id",
    "deal_type",
    "company_a",
    "company_b",
    "amount",
    "amount_max",
    "currency",
    "qualifier",
    "stake_pct",
    "deal_date",
    "status",
    "first_seen",
    "last_seen",
    "mentions",
    "articles",
    "sources",
    "evidence",
];

/// Writes `path` through `write`, atomically: the bytes go to a hidden file beside it, which is
/// synced and renamed over `path` only when complete.
pub fn write_atomic(
    path: &Path,
    write: impl FnOnce(&mut io::BufWriter<fs::File>) -> io::Result<()>,
) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("out");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut buf = io::BufWriter::new(fs::File::create(&tmp)?);
        write(&mut buf)?;
        let file = buf.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_plain() {
        assert_eq!(plain_number(5e9), "5000000000");
        assert_eq!(plain_number(12.5e6), "12500000");
        assert_eq!(plain_number(35.5), "35.5");
        assert_eq!(plain_number(0.1 + 0.2), "0.3");
    }

    #[test]
    fn formulas_are_neutralised() {
        for (cell, want) in [
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
            ("+1+2", "'+1+2"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tcmd", "'\tcmd"),
            ("Acme Inc", "Acme Inc"),
        ] {
            assert_eq!(neutralise(cell), want);
        }
    }

    #[test]
    fn empty_files_still_have_headers() {
        let mut buf = Vec::new();
        write_mentions(&mut buf, &[]).unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap().trim_end(),
            MENTION_COLUMNS.join(",")
        );
        let mut buf = Vec::new();
        write_deals(&mut buf, &[]).unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap().trim_end(),
            DEAL_COLUMNS.join(",")
        );
    }

    #[test]
    fn atomic_write_keeps_old_file_on_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deals.csv");
        fs::write(&path, "old").unwrap();
        let err = write_atomic(&path, |w| {
            w.write_all(b"partial")?;
            Err(io::Error::other("disk full"))
        });
        assert!(err.is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
