//! The memory of incremental runs (`--state FILE`): for every article file read so far, its
//! size, modification time and SHA-256, how many articles it held and the mentions found in it.
//! The next run opens only files whose size or time changed, and re-extracts only those whose
//! content changed; the kept mentions of all other files are merged again with the new ones.
//! The file is JSON, written atomically by `output::atomic` after every other output. Deciding
//! what to read is left to `run`.

use crate::date::DateSource;
use crate::deal::{DealType, Mention, Status};
use crate::lexicon::Lang;
use crate::money::{Money, Qualifier};
use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};
use std::path::Path;
use std::sync::Mutex;
use std::time::UNIX_EPOCH;

/// The version written in the file; a file of another version is refused.
const VERSION: u32 = 1;

/// What identifies a file's version without reading it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub size: u64,
    pub mtime_ns: u64,
}

impl Stamp {
    pub fn of(md: &std::fs::Metadata) -> Stamp {
        let mtime_ns = md
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos() as u64);
        Stamp {
            size: md.len(),
            mtime_ns,
        }
    }
}

/// What one file gave when it was last read.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub stamp: Stamp,
    pub sha256: String,
    pub articles: usize,
    pub mentions: Vec<Mention>,
}

/// Every file read so far, by path.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    pub files: BTreeMap<String, Entry>,
}

/// The SHA-256 of the file at `path`, in hex.
pub fn hash_file(path: &Path) -> io::Result<String> {
    let mut file = std::fs::File::open(path)?;
    let mut h = Sha256::new();
    io::copy(&mut file, &mut h)?;
    Ok(h.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

#[derive(Serialize, Deserialize)]
struct StoredState {
    dealsift_state: u32,
    files: BTreeMap<String, StoredEntry>,
}

#[derive(Serialize, Deserialize)]
struct StoredEntry {
    #[serde(flatten)]
    stamp: Stamp,
    sha256: String,
    articles: usize,
    mentions: Vec<StoredMention>,
}

#[derive(Serialize, Deserialize)]
struct StoredMention {
    article: String,
    url: String,
    article_date: Option<String>,
    language: String,
    deal_type: String,
    company_a: String,
    company_b: Vec<String>,
    money: Option<StoredMoney>,
    amount_text: String,
    stake_pct: Option<f64>,
    deal_date: Option<String>,
    date_source: Option<String>,
    status: String,
    confidence: f64,
    evidence: String,
}

#[derive(Serialize, Deserialize)]
struct StoredMoney {
    start: usize,
    end: usize,
    amount: f64,
    amount_max: Option<f64>,
    currency: String,
    qualifier: String,
    per_share: bool,
    restates: bool,
}

pub(crate) fn iso(d: Option<NaiveDate>) -> Option<String> {
    d.map(|d| d.format("%Y-%m-%d").to_string())
}

fn parse_iso(s: &Option<String>) -> Result<Option<NaiveDate>> {
    s.as_deref()
        .map(|s| {
            NaiveDate::parse_from_str(s, "%Y-%m-%d").with_context(|| format!("bad date {s:?}"))
        })
        .transpose()
}

fn qualifier_str(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "exact",
        other => other.as_str(),
    }
}

/// The one `&'static str` for each currency code read back (a handful per run).
pub(crate) fn intern(s: &str) -> &'static str {
    static CODES: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());
    let mut codes = CODES.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(c) = codes.get(s) {
        return c;
    }
    let c: &'static str = Box::leak(s.to_string().into_boxed_str());
    codes.insert(c);
    c
}

impl StoredMention {
    fn from_mention(m: &Mention) -> StoredMention {
        StoredMention {
            article: m.article.clone(),
            url: m.url.clone(),
            article_date: iso(m.article_date),
            language: m.language.code().to_string(),
            deal_type: m.deal_type.as_str().to_string(),
            company_a: m.company_a.clone(),
            company_b: m.company_b.clone(),
            money: m.money.as_ref().map(|x| StoredMoney {
                start: x.start,
                end: x.end,
                amount: x.amount,
                amount_max: x.amount_max,
                currency: x.currency.to_string(),
                qualifier: qualifier_str(x.qualifier).to_string(),
                per_share: x.per_share,
                restates: x.restates,
            }),
            amount_text: m.amount_text.clone(),
            stake_pct: m.stake_pct,
            deal_date: iso(m.deal_date),
            date_source: m.date_source.map(|d| d.as_str().to_string()),
            status: m.status.as_str().to_string(),
            confidence: m.confidence,
            evidence: m.evidence.clone(),
        }
    }

    fn into_mention(self) -> Result<Mention> {
        let money = match self.money {
            None => None,
            Some(x) => Some(Money {
                start: x.start,
                end: x.end,
                amount: x.amount,
                amount_max: x.amount_max,
                currency: intern(&x.currency),
                qualifier: Qualifier::parse(&x.qualifier)
                    .with_context(|| format!("unknown qualifier {:?}", x.qualifier))?,
                per_share: x.per_share,
                restates: x.restates,
            }),
        };
        Ok(Mention {
            article_date: parse_iso(&self.article_date)?,
            language: Lang::from_code(&self.language)
                .with_context(|| format!("unknown language {:?}", self.language))?,
            deal_type: DealType::parse(&self.deal_type)
                .with_context(|| format!("unknown deal type {:?}", self.deal_type))?,
            money,
            deal_date: parse_iso(&self.deal_date)?,
            date_source: self
                .date_source
                .as_deref()
                .map(|d| DateSource::parse(d).with_context(|| format!("unknown date source {d:?}")))
                .transpose()?,
            status: Status::parse(&self.status)
                .with_context(|| format!("unknown status {:?}", self.status))?,
            article: self.article,
            url: self.url,
            company_a: self.company_a,
            company_b: self.company_b,
            amount_text: self.amount_text,
            stake_pct: self.stake_pct,
            confidence: self.confidence,
            evidence: self.evidence,
        })
    }
}

impl State {
    /// Reads the state at `path`; a missing file is an empty state (the first night).
    pub fn load(path: &Path) -> Result<State> {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(State::default()),
            Err(e) => {
                return Err(e).with_context(|| format!("cannot read state {}", path.display()))
            }
        };
        State::from_json(&bytes).with_context(|| {
            format!(
                "state file {} is damaged (delete it to read every file again)",
                path.display()
            )
        })
    }

    fn from_json(bytes: &[u8]) -> Result<State> {
        let stored: StoredState = serde_json::from_slice(bytes)?;
        if stored.dealsift_state != VERSION {
            bail!("state version {} is not {VERSION}", stored.dealsift_state);
        }
        let mut files = BTreeMap::new();
        for (path, e) in stored.files {
            let mentions = e
                .mentions
                .into_iter()
                .map(StoredMention::into_mention)
                .collect::<Result<Vec<_>>>()
                .with_context(|| path.clone())?;
            files.insert(
                path,
                Entry {
                    stamp: e.stamp,
                    sha256: e.sha256,
                    articles: e.articles,
                    mentions,
                },
            );
        }
        Ok(State { files })
    }

    /// Writes the state as JSON to `wtr`.
    pub fn write<W: Write>(&self, wtr: W) -> io::Result<()> {
        let stored = StoredState {
            dealsift_state: VERSION,
            files: self
                .files
                .iter()
                .map(|(path, e)| {
                    let entry = StoredEntry {
                        stamp: e.stamp,
                        sha256: e.sha256.clone(),
                        articles: e.articles,
                        mentions: e.mentions.iter().map(StoredMention::from_mention).collect(),
                    };
                    (path.clone(), entry)
                })
                .collect(),
        };
        let mut wtr = io::BufWriter::new(wtr);
        serde_json::to_writer(&mut wtr, &stored)?;
        wtr.write_all(b"\n")?;
        wtr.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(money: Option<Money>) -> Mention {
        Mention {
            article: "a.txt".into(),
            url: String::new(),
            article_date: NaiveDate::from_ymd_opt(2025, 9, 24),
            language: Lang::It,
            deal_type: DealType::Investment,
            company_a: "Nvidia".into(),
            company_b: vec!["Intel".into()],
            money,
            amount_text: "5 miliardi di dollari".into(),
            stake_pct: Some(4.5),
            deal_date: None,
            date_source: Some(DateSource::Article),
            status: Status::Announced,
            confidence: 0.85,
            evidence: "Nvidia investe 5 miliardi in Intel.".into(),
        }
    }

    #[test]
    fn state_round_trips_through_json() {
        let money = Money {
            start: 3,
            end: 24,
            amount: 5e9,
            amount_max: Some(0.1 + 0.2),
            currency: "USD",
            qualifier: Qualifier::Exact,
            per_share: false,
            restates: false,
        };
        let mut state = State::default();
        state.files.insert(
            "input/a.txt".into(),
            Entry {
                stamp: Stamp {
                    size: 10,
                    mtime_ns: 1_700_000_000_123_456_789,
                },
                sha256: "ab".into(),
                articles: 1,
                mentions: vec![mention(Some(money)), mention(None)],
            },
        );
        let mut buf = Vec::new();
        state.write(&mut buf).unwrap();
        assert_eq!(State::from_json(&buf).unwrap(), state);
    }

    #[test]
    fn missing_state_is_empty_and_damaged_state_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        assert_eq!(State::load(&path).unwrap(), State::default());
        std::fs::write(&path, "{\"dealsift_state\": 1, \"files\": ").unwrap();
        assert!(State::load(&path).is_err());
        std::fs::write(&path, "{\"dealsift_state\": 99, \"files\": {}}").unwrap();
        assert!(State::load(&path).is_err());
    }

    #[test]
    fn hash_is_of_the_content() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "abc").unwrap();
        assert_eq!(
            hash_file(&path).unwrap(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
