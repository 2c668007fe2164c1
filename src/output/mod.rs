//! Writes what a run found: `mentions.csv` (one row per deal an article mentions), `deals.csv`
//! (one row per deal), `errors.csv` (one row per skipped file) and, on request, `deals.xlsx`
//! (module `xlsx`). One `Serialize` struct per CSV, whose field order is the column order;
//! writers take any `io::Write`. The cells are made to open right in a spreadsheet in any
//! locale: amounts are whole numbers without separators, dates are ISO `YYYY-MM-DD`, decimals
//! use the decimal mark of the chosen `CsvFormat`, and text cells that a spreadsheet would run
//! as a formula are neutralised. Putting the files in place atomically is left to `atomic`.

pub mod atomic;
pub mod spill;
pub mod xlsx;

use crate::deal::Mention;
use crate::dedup::Deal;
use chrono::NaiveDate;
use serde::Serialize;
use std::io::{self, Write};

/// How the CSV files are spelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CsvFormat {
    /// Start with a UTF-8 byte-order mark, so Excel reads the file as UTF-8.
    pub bom: bool,
    /// The field separator.
    pub delimiter: u8,
    /// Write decimals with `,` (for locales whose Excel reads `12.5` as a date or as text).
    pub decimal_comma: bool,
}

impl Default for CsvFormat {
    fn default() -> Self {
        CsvFormat {
            bom: true,
            delimiter: b',',
            decimal_comma: false,
        }
    }
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

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

#[derive(Serialize)]
struct ErrorRow {
    path: String,
    reason: String,
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

/// The header of errors.csv.
pub const ERROR_COLUMNS: &[&str] = &["path", "reason"];

/// A number as a spreadsheet reads it in any locale: no separators, `.` for decimals, no exponent.
pub fn plain_number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e18 {
        format!("{x:.0}")
    } else {
        let s = format!("{x:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// An amount of money in whole currency units: digits only, which no locale misreads.
pub fn whole_number(x: f64) -> String {
    plain_number(x.round())
}

/// A text cell as a spreadsheet must not misread it: line breaks become spaces, and text that
/// it would run as a formula (`=`, `+`, `-`, `@`, tab or CR first, after any spaces; also their
/// full-width forms, which some spreadsheets fold) gets a leading apostrophe, as the OWASP
/// CSV-injection guidance advises. Other text is left as it is.
pub fn neutralise(s: &str) -> String {
    let first = s.trim_start_matches(' ').chars().next();
    let s = s.replace(['\n', '\r'], " ");
    match first {
        Some(
            '=' | '+' | '-' | '@' | '\t' | '\r' | '\u{FF1D}' | '\u{FF0B}' | '\u{FF0D}' | '\u{FF20}',
        ) => {
            format!("'{s}")
        }
        _ => s,
    }
}

impl CsvFormat {
    fn writer<W: Write>(&self, mut wtr: W) -> io::Result<csv::Writer<W>> {
        if self.bom {
            wtr.write_all(BOM)?;
        }
        Ok(csv::WriterBuilder::new()
            .delimiter(self.delimiter)
            .from_writer(wtr))
    }

    /// A decimal number (a percentage) with this format's decimal mark.
    fn decimal(&self, x: f64) -> String {
        self.mark(plain_number(x))
    }

    /// `s`, a number written with `.`, with this format's decimal mark.
    fn mark(&self, s: String) -> String {
        if self.decimal_comma {
            s.replace('.', ",")
        } else {
            s
        }
    }

    fn opt_decimal(&self, x: Option<f64>) -> String {
        x.map(|x| self.decimal(x)).unwrap_or_default()
    }
}

fn opt_whole(x: Option<f64>) -> String {
    x.map(whole_number).unwrap_or_default()
}

fn opt_date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

fn mention_row<'a>(m: &'a Mention, fmt: &CsvFormat) -> MentionRow<'a> {
    let money = m.money.as_ref();
    MentionRow {
        article: neutralise(&m.article),
        url: neutralise(&m.url),
        article_date: opt_date(m.article_date),
        language: m.language.code(),
        deal_type: m.deal_type.as_str(),
        company_a: neutralise(&m.company_a),
        company_b: neutralise(&m.company_b.join("; ")),
        amount: opt_whole(money.map(|x| x.amount)),
        amount_max: opt_whole(money.and_then(|x| x.amount_max)),
        currency: money.map_or("", |x| x.currency),
        qualifier: money.map_or("", |x| x.qualifier.as_str()),
        stake_pct: fmt.opt_decimal(m.stake_pct),
        amount_text: neutralise(&m.amount_text),
        deal_date: opt_date(m.deal_date),
        date_source: m.date_source.map_or("", |d| d.as_str()),
        status: m.status.as_str(),
        confidence: fmt.mark(format!("{:.2}", m.confidence)),
        evidence: neutralise(&m.evidence),
    }
}

/// The mentions of a run, in the order found: in memory, or in the spill a run kept them in.
#[derive(Clone, Copy)]
pub enum Mentions<'a> {
    Held(&'a [Mention]),
    Spilled(&'a spill::Spill),
}

impl Mentions<'_> {
    /// Calls `f` with each mention, in order.
    pub fn each(&self, f: &mut dyn FnMut(&Mention) -> io::Result<()>) -> io::Result<()> {
        match self {
            Mentions::Held(ms) => ms.iter().try_for_each(f),
            Mentions::Spilled(spill) => spill.each(f),
        }
    }

    /// All of them in memory (for the workbook, which is written whole).
    pub fn to_vec(&self) -> io::Result<Vec<Mention>> {
        let mut all = Vec::new();
        self.each(&mut |m| {
            all.push(m.clone());
            Ok(())
        })?;
        Ok(all)
    }
}

/// Writes the mentions as CSV with a header row.
pub fn write_mentions<W: Write>(wtr: W, mentions: &[Mention], fmt: &CsvFormat) -> io::Result<()> {
    write_mentions_of(wtr, Mentions::Held(mentions), fmt)
}

/// [`write_mentions`], of mentions held or spilled.
pub fn write_mentions_of<W: Write>(wtr: W, mentions: Mentions, fmt: &CsvFormat) -> io::Result<()> {
    let mut wtr = fmt.writer(wtr)?;
    let mut none = true;
    mentions.each(&mut |m| {
        none = false;
        Ok(wtr.serialize(mention_row(m, fmt))?)
    })?;
    if none {
        wtr.write_record(MENTION_COLUMNS)?;
    }
    wtr.flush()
}

/// Writes the mentions as rows of mentions.csv alone: no byte-order mark, no header, so that
/// the rows of many writers can be joined (the `--emit mentions` stream).
pub fn write_mention_rows<W: Write>(
    wtr: W,
    mentions: &[Mention],
    fmt: &CsvFormat,
) -> io::Result<()> {
    let mut wtr = csv::WriterBuilder::new()
        .delimiter(fmt.delimiter)
        .has_headers(false)
        .from_writer(wtr);
    for m in mentions {
        wtr.serialize(mention_row(m, fmt))?;
    }
    wtr.flush()
}

/// Writes the deals as CSV with a header row.
pub fn write_deals<W: Write>(wtr: W, deals: &[Deal], fmt: &CsvFormat) -> io::Result<()> {
    let mut wtr = fmt.writer(wtr)?;
    for d in deals {
        wtr.serialize(DealRow {
            deal_id: &d.deal_id,
            deal_type: d.deal_type.as_str(),
            company_a: neutralise(&d.company_a),
            company_b: neutralise(&d.company_b.join("; ")),
            amount: opt_whole(d.amount),
            amount_max: opt_whole(d.amount_max),
            currency: &d.currency,
            qualifier: d.qualifier.as_str(),
            stake_pct: fmt.opt_decimal(d.stake_pct),
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

/// Writes the skipped files and why, as CSV with a header row.
pub fn write_errors<W: Write>(
    wtr: W,
    errors: &[(String, String)],
    fmt: &CsvFormat,
) -> io::Result<()> {
    let mut wtr = fmt.writer(wtr)?;
    for (path, reason) in errors {
        wtr.serialize(ErrorRow {
            path: neutralise(path),
            reason: neutralise(reason),
        })?;
    }
    if errors.is_empty() {
        wtr.write_record(ERROR_COLUMNS)?;
    }
    wtr.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAIN: CsvFormat = CsvFormat {
        bom: false,
        delimiter: b',',
        decimal_comma: false,
    };

    #[test]
    fn numbers_are_plain() {
        for (x, want) in [
            (5e9, "5000000000"),
            (12.5e6, "12500000"),
            (35.5, "35.5"),
            (0.1 + 0.2, "0.3"),
            (1e15, "1000000000000000"),
        ] {
            assert_eq!(plain_number(x), want, "{x}");
        }
    }

    #[test]
    fn amounts_are_whole_units() {
        for (x, want) in [
            (2_500_000.4, "2500000"),
            (0.6, "1"),
            (16.5e9, "16500000000"),
        ] {
            assert_eq!(whole_number(x), want, "{x}");
        }
    }

    #[test]
    fn decimal_comma_only_where_asked() {
        let comma = CsvFormat {
            decimal_comma: true,
            ..PLAIN
        };
        assert_eq!(PLAIN.decimal(35.5), "35.5");
        assert_eq!(comma.decimal(35.5), "35,5");
        assert_eq!(comma.decimal(20.0), "20");
    }

    #[test]
    fn formulas_are_neutralised() {
        for (cell, want) in [
            (
                "=HYPERLINK(\"http://x\",\"y\")",
                "'=HYPERLINK(\"http://x\",\"y\")",
            ),
            ("+1+2", "'+1+2"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tcmd", "'\tcmd"),
            ("\r=1", "' =1"),
            ("  =1+1", "'  =1+1"),
            ("\u{FF1D}1+1", "'\u{FF1D}1+1"),
            ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
            ("Acme Inc", "Acme Inc"),
            ("Acme = Widget", "Acme = Widget"),
            ("line\nbreak", "line break"),
            ("", ""),
        ] {
            assert_eq!(neutralise(cell), want, "{cell:?}");
        }
    }

    #[test]
    fn empty_files_still_have_headers() {
        let mut buf = Vec::new();
        write_mentions(&mut buf, &[], &PLAIN).unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap().trim_end(),
            MENTION_COLUMNS.join(",")
        );
        let mut buf = Vec::new();
        write_deals(&mut buf, &[], &PLAIN).unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap().trim_end(),
            DEAL_COLUMNS.join(",")
        );
        let mut buf = Vec::new();
        write_errors(&mut buf, &[], &PLAIN).unwrap();
        assert_eq!(String::from_utf8(buf).unwrap().trim_end(), "path,reason");
    }

    #[test]
    fn bom_and_delimiter_follow_the_format() {
        let fmt = CsvFormat {
            bom: true,
            delimiter: b';',
            decimal_comma: true,
        };
        let mut buf = Vec::new();
        let errors = [("a;b.txt".to_string(), "=1+1".to_string())];
        write_errors(&mut buf, &errors, &fmt).unwrap();
        assert_eq!(buf, b"\xEF\xBB\xBFpath;reason\n\"a;b.txt\";'=1+1\n");
    }
}
