//! Mention shards: the JSON Lines that a map step writes (`--emit mentions-jsonl`) and that
//! `dealsift merge` reads back. Every line stands alone and says which file it comes from, so
//! shards can be cut and joined at any line and read in any order:
//!
//! - `{"record":"mention","file":ID,"path":PATH,"seq":N, ...}`: the N-th mention (from 0) found
//!   in the file, with the columns of mentions.csv as typed JSON values (numbers unrounded, so
//!   merging them gives exactly what one run gives);
//! - `{"record":"file","file":ID,"path":PATH,"articles":A,"mentions":M,"bytes":B}`: a file read,
//!   written after its mentions, so a file whose record is missing was cut short; with
//!   `"bad_records":[["#N",REASON],...]` when some records of it could not be read;
//! - `{"record":"error","file":ID,"path":PATH,"reason":R}`: a file that could not be read.
//!
//! `ID` is the file's name in the `article` column (relative to the input folder), `PATH` where it
//! was read. Reading and writing lines is all this module does; ordering and merging them is
//! left to `merge`.

use crate::date::DateSource;
use crate::deal::{DealType, Mention, Status};
use crate::lexicon::Lang;
use crate::money::{Money, Qualifier};
use crate::state::iso;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// One line of a shard.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "record", rename_all = "snake_case")]
pub enum Line {
    Mention(Box<MentionLine>),
    File(FileLine),
    Error(ErrorLine),
}

/// A mention, with the file it was found in and its place among that file's mentions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MentionLine {
    pub file: String,
    pub path: String,
    pub seq: usize,
    article: String,
    url: String,
    article_date: Option<String>,
    language: String,
    deal_type: String,
    company_a: String,
    company_b: Vec<String>,
    amount: Option<f64>,
    amount_max: Option<f64>,
    currency: String,
    qualifier: String,
    stake_pct: Option<f64>,
    amount_text: String,
    deal_date: Option<String>,
    date_source: String,
    status: String,
    confidence: f64,
    evidence: String,
}

/// A file that was read, and what it gave.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileLine {
    pub file: String,
    pub path: String,
    pub articles: usize,
    pub mentions: usize,
    pub bytes: u64,
    /// Records of the file that could not be read (`#N` after the path, and why); the others
    /// were.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bad_records: Vec<(String, String)>,
}

/// A file that could not be read, and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ErrorLine {
    pub file: String,
    pub path: String,
    pub reason: String,
}

/// Why a line is not a shard line; keeps the offending value.
#[derive(Debug, Error)]
pub enum LineError {
    #[error("not a mention shard line ({0})")]
    Json(#[from] serde_json::Error),
    #[error("bad {field} {value:?}")]
    Field { field: &'static str, value: String },
}

fn bad(field: &'static str, value: &str) -> LineError {
    LineError::Field {
        field,
        value: value.to_string(),
    }
}

fn parse_date(field: &'static str, s: &Option<String>) -> Result<Option<NaiveDate>, LineError> {
    s.as_deref()
        .map(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| bad(field, s)))
        .transpose()
}

impl MentionLine {
    /// The line of the `seq`-th mention of the file `file` read at `path`.
    pub fn new(file: &str, path: &str, seq: usize, m: &Mention) -> MentionLine {
        let money = m.money.as_ref();
        MentionLine {
            file: file.to_string(),
            path: path.to_string(),
            seq,
            article: m.article.clone(),
            url: m.url.clone(),
            article_date: iso(m.article_date),
            language: m.language.code().to_string(),
            deal_type: m.deal_type.as_str().to_string(),
            company_a: m.company_a.clone(),
            company_b: m.company_b.clone(),
            amount: money.map(|x| x.amount),
            amount_max: money.and_then(|x| x.amount_max),
            currency: money.map_or("", |x| x.currency).to_string(),
            qualifier: money.map_or("", |x| x.qualifier.as_str()).to_string(),
            stake_pct: m.stake_pct,
            amount_text: m.amount_text.clone(),
            deal_date: iso(m.deal_date),
            date_source: m.date_source.map_or("", |d| d.as_str()).to_string(),
            status: m.status.as_str().to_string(),
            confidence: m.confidence,
            evidence: m.evidence.clone(),
        }
    }

    /// The mention back, as merging and the CSV writers need it. The amount's place in the
    /// sentence is not kept (nothing after extraction reads it).
    pub fn to_mention(&self) -> Result<Mention, LineError> {
        let money = match self.amount {
            None => None,
            Some(amount) => Some(Money {
                start: 0,
                end: 0,
                amount,
                amount_max: self.amount_max,
                currency: crate::state::intern(&self.currency),
                qualifier: Qualifier::parse(&self.qualifier)
                    .ok_or_else(|| bad("qualifier", &self.qualifier))?,
                per_share: false,
                restates: false,
            }),
        };
        let date_source = match self.date_source.as_str() {
            "" => None,
            s => Some(DateSource::parse(s).ok_or_else(|| bad("date_source", s))?),
        };
        Ok(Mention {
            article: self.article.clone(),
            url: self.url.clone(),
            article_date: parse_date("article_date", &self.article_date)?,
            language: Lang::from_code(&self.language)
                .ok_or_else(|| bad("language", &self.language))?,
            deal_type: DealType::parse(&self.deal_type)
                .ok_or_else(|| bad("deal_type", &self.deal_type))?,
            company_a: self.company_a.clone(),
            company_b: self.company_b.clone(),
            money,
            amount_text: self.amount_text.clone(),
            stake_pct: self.stake_pct,
            deal_date: parse_date("deal_date", &self.deal_date)?,
            date_source,
            status: Status::parse(&self.status).ok_or_else(|| bad("status", &self.status))?,
            confidence: self.confidence,
            evidence: self.evidence.clone(),
        })
    }
}

impl Line {
    /// The line as JSON, without the line break.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("shard lines are plain data")
    }

    pub fn parse(text: &str) -> Result<Line, LineError> {
        Ok(serde_json::from_str(text)?)
    }

    /// The file the line is about: its id and where it was read.
    pub fn file(&self) -> (&str, &str) {
        match self {
            Line::Mention(m) => (&m.file, &m.path),
            Line::File(f) => (&f.file, &f.path),
            Line::Error(e) => (&e.file, &e.path),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(money: Option<Money>) -> Mention {
        Mention {
            article: "dir/a.jsonl#12".into(),
            url: "https://x.it/a".into(),
            article_date: NaiveDate::from_ymd_opt(2025, 9, 24),
            language: Lang::It,
            deal_type: DealType::Investment,
            company_a: "=Nvidia".into(),
            company_b: vec!["Intel".into(), "A; B".into()],
            money,
            amount_text: "5 miliardi di dollari".into(),
            stake_pct: Some(4.5 + 1e-9),
            deal_date: None,
            date_source: Some(DateSource::Article),
            status: Status::Announced,
            confidence: 0.855,
            evidence: "Nvidia investe\n5 miliardi in Intel.".into(),
        }
    }

    #[test]
    fn mentions_round_trip_unrounded() {
        let money = Money {
            start: 0,
            end: 0,
            amount: 5e9 + 0.4,
            amount_max: Some(0.1 + 0.2),
            currency: "USD",
            qualifier: Qualifier::Range,
            per_share: false,
            restates: false,
        };
        for m in [mention(Some(money)), mention(None)] {
            let line = Line::Mention(Box::new(MentionLine::new(
                "dir/a.jsonl",
                "/d/dir/a.jsonl",
                3,
                &m,
            )));
            let text = line.to_json();
            assert!(!text.contains('\n'), "{text}");
            let back = Line::parse(&text).unwrap();
            assert_eq!(back, line);
            let Line::Mention(back) = back else {
                unreachable!()
            };
            assert_eq!(back.to_mention().unwrap(), m);
        }
    }

    #[test]
    fn file_and_error_lines_are_tagged() {
        let line = Line::Error(ErrorLine {
            file: "a.txt".into(),
            path: "/d/a.txt".into(),
            reason: "empty file".into(),
        });
        assert_eq!(
            line.to_json(),
            r#"{"record":"error","file":"a.txt","path":"/d/a.txt","reason":"empty file"}"#
        );
        assert_eq!(Line::parse(&line.to_json()).unwrap(), line);
        assert_eq!(line.file(), ("a.txt", "/d/a.txt"));
    }

    #[test]
    fn bad_lines_are_refused_with_the_value() {
        assert!(Line::parse("article,url").is_err());
        assert!(Line::parse(r#"{"record":"deal"}"#).is_err());
        let m = MentionLine::new("a", "a", 0, &mention(None));
        let mut text = Line::Mention(Box::new(m)).to_json();
        text = text.replace("\"status\":\"announced\"", "\"status\":\"done\"");
        let Line::Mention(m) = Line::parse(&text).unwrap() else {
            unreachable!()
        };
        let e = m.to_mention().unwrap_err().to_string();
        assert!(e.contains("status") && e.contains("done"), "{e}");
    }
}
