//! A run's mentions kept in a temporary file as they are found, one JSON line each (the shard
//! format of `shard`, which gives every mention back exactly), then read back in order to write
//! mentions.csv, or one at a time where dedup asks for one: so memory does not grow with the
//! mentions of a large corpus. The file is unlinked as soon as it is created, so nothing is left
//! behind even by a run that is killed; where an open file cannot be unlinked (Windows), it is
//! removed when the spill is dropped.

use crate::deal::Mention;
use crate::shard::MentionLine;
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufRead, BufReader, BufWriter, Seek, SeekFrom, Write};
use std::path::PathBuf;

pub struct Spill {
    /// Opened for appending: every write goes to the end, wherever a reader left the offset
    /// that the handles share.
    wtr: BufWriter<File>,
    /// The file's name while it still has one.
    named: Option<PathBuf>,
    /// Where the next mention starts: only the spill writes to the file.
    end: u64,
}

impl Spill {
    /// A new, empty spill in the system's temporary folder.
    pub fn new() -> io::Result<Spill> {
        let dir = std::env::temp_dir();
        let mut n = 0u32;
        loop {
            let path = dir.join(format!(
                "dealsift-{}-{n}.mentions.jsonl",
                std::process::id()
            ));
            let opened = OpenOptions::new()
                .read(true)
                .append(true)
                .create_new(true)
                .open(&path);
            match opened {
                Ok(file) => {
                    let named = fs::remove_file(&path).is_err().then_some(path);
                    return Ok(Spill {
                        wtr: BufWriter::with_capacity(64 << 10, file),
                        named,
                        end: 0,
                    });
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && n < 1000 => n += 1,
                Err(e) => return Err(e),
            }
        }
    }

    /// Appends `m`; returns where it starts, for [`Reader::get`].
    pub fn push(&mut self, m: &Mention) -> io::Result<u64> {
        let mut line = serde_json::to_vec(&MentionLine::new("", "", 0, m))?;
        line.push(b'\n');
        self.wtr.write_all(&line)?;
        let at = self.end;
        self.end += line.len() as u64;
        Ok(at)
    }

    /// Writes out what is buffered; call it before reading.
    pub fn flush(&mut self) -> io::Result<()> {
        self.wtr.flush()
    }

    /// Another handle on the file, at its start.
    fn handle(&self) -> io::Result<File> {
        let mut file = self.wtr.get_ref().try_clone()?;
        file.seek(SeekFrom::Start(0))?;
        Ok(file)
    }

    /// Calls `f` with each mention, in the order they were pushed.
    pub fn each(&self, f: &mut dyn FnMut(&Mention) -> io::Result<()>) -> io::Result<()> {
        let mut rdr = BufReader::with_capacity(64 << 10, self.handle()?);
        let mut line = String::new();
        loop {
            line.clear();
            if rdr.read_line(&mut line)? == 0 {
                return Ok(());
            }
            f(&parse(&line)?)?;
        }
    }

    /// A reader of single mentions.
    pub fn reader(&self) -> io::Result<Reader> {
        Ok(Reader {
            rdr: BufReader::with_capacity(4 << 10, self.handle()?),
            line: String::new(),
        })
    }
}

impl Drop for Spill {
    fn drop(&mut self) {
        if let Some(path) = &self.named {
            let _ = fs::remove_file(path);
        }
    }
}

/// Reads single mentions of a spill by where they start.
pub struct Reader {
    rdr: BufReader<File>,
    line: String,
}

impl Reader {
    /// The mention that [`Spill::push`] put at `at`.
    pub fn get(&mut self, at: u64) -> io::Result<Mention> {
        self.rdr.seek(SeekFrom::Start(at))?;
        self.line.clear();
        self.rdr.read_line(&mut self.line)?;
        parse(&self.line)
    }
}

fn parse(line: &str) -> io::Result<Mention> {
    let bad = |e: String| io::Error::new(io::ErrorKind::InvalidData, format!("mention spill: {e}"));
    let m: MentionLine = serde_json::from_str(line.trim_end()).map_err(|e| bad(e.to_string()))?;
    m.to_mention().map_err(|e| bad(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deal::{DealType, Status};
    use crate::lexicon::Lang;
    use crate::money::{Money, Qualifier};
    use chrono::NaiveDate;

    fn mention(n: u32) -> Mention {
        Mention {
            article: format!("a{n}.txt"),
            url: String::new(),
            article_date: NaiveDate::from_ymd_opt(2024, 5, n),
            language: Lang::It,
            deal_type: DealType::Acquisition,
            company_a: "Acme".into(),
            company_b: vec!["Widget".into(), "Gadget \"B\"".into()],
            money: Some(Money {
                start: 0,
                end: 0,
                amount: 12.5e6 + f64::from(n) / 3.0,
                amount_max: None,
                currency: "EUR",
                qualifier: Qualifier::About,
                per_share: false,
                restates: false,
            }),
            amount_text: "12,5 milioni".into(),
            stake_pct: Some(0.1 + 0.2),
            deal_date: None,
            date_source: None,
            status: Status::Announced,
            confidence: 0.85,
            evidence: format!("Acme compra\tWidget {n} — è così."),
        }
    }

    #[test]
    fn mentions_come_back_whole_in_order_and_one_by_one() {
        let ms: Vec<Mention> = (1..=3).map(mention).collect();
        let mut spill = Spill::new().unwrap();
        let at: Vec<u64> = ms.iter().map(|m| spill.push(m).unwrap()).collect();
        spill.flush().unwrap();
        let mut back = Vec::new();
        spill
            .each(&mut |m| {
                back.push(m.clone());
                Ok(())
            })
            .unwrap();
        assert_eq!(back, ms);
        let mut rdr = spill.reader().unwrap();
        assert_eq!(rdr.get(at[1]).unwrap(), ms[1]);
        assert_eq!(rdr.get(at[0]).unwrap(), ms[0]);
        // reading moved the shared offset; a later push still goes to the end
        let more = spill.push(&ms[2]).unwrap();
        spill.flush().unwrap();
        assert_eq!(rdr.get(more).unwrap(), ms[2]);
        assert_eq!(rdr.get(at[2]).unwrap(), ms[2]);
        // nothing of it has a name in the folder, even before it is dropped
        #[cfg(unix)]
        assert!(spill.named.is_none());
    }
}
