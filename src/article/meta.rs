//! Publication dates as metadata writes them: ISO 8601 (`2024-05-21`, `2024-05-21T10:00:00+02:00`,
//! `2024-05-21 10:00:00`), RFC 2822 (`Tue, 21 May 2024 10:00:00 GMT`), Unix seconds or
//! milliseconds, and, failing those, a date phrase in any supported language ("21 maggio 2024").
//! Dates inside article text are `date`'s job.

use crate::date::parse_header_date;
use crate::lexicon::Lang;
use chrono::{DateTime, NaiveDate};

/// The day a metadata value names, if it names one with a plausible year.
pub fn parse_meta_date(value: &str) -> Option<NaiveDate> {
    let v = value.trim();
    if v.is_empty() || v.len() > 80 {
        return None;
    }
    let date = iso_day(v)
        .or_else(|| DateTime::parse_from_rfc2822(v).ok().map(|d| d.date_naive()))
        .or_else(|| epoch(v))
        .or_else(|| Lang::ALL.iter().find_map(|l| parse_header_date(v, *l)))?;
    (1950..=2100)
        .contains(&chrono::Datelike::year(&date))
        .then_some(date)
}

/// `YYYY-MM-DD` or `YYYY/MM/DD` at the start, whatever follows (time, zone).
fn iso_day(v: &str) -> Option<NaiveDate> {
    let b = v.as_bytes();
    if b.len() < 10 || !matches!(b[4], b'-' | b'/') || b[7] != b[4] {
        return None;
    }
    if b.len() > 10 && b[10].is_ascii_digit() {
        return None;
    }
    let num = |r: std::ops::Range<usize>| v.get(r)?.parse::<u32>().ok();
    NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)
}

fn epoch(v: &str) -> Option<NaiveDate> {
    if !v.bytes().all(|b| b.is_ascii_digit()) || !(9..=13).contains(&v.len()) {
        return None;
    }
    let n: i64 = v.parse().ok()?;
    let secs = if v.len() >= 12 { n / 1000 } else { n };
    DateTime::from_timestamp(secs, 0).map(|d| d.date_naive())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_dates_table() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        let cases = [
            ("2024-05-21", d(2024, 5, 21)),
            ("2024-05-21T10:00:00+02:00", d(2024, 5, 21)),
            ("2024-05-21 10:00:00", d(2024, 5, 21)),
            ("2024/05/21", d(2024, 5, 21)),
            ("Tue, 21 May 2024 10:00:00 GMT", d(2024, 5, 21)),
            ("1716285600", d(2024, 5, 21)),
            ("1716285600000", d(2024, 5, 21)),
            ("21 maggio 2024", d(2024, 5, 21)),
            ("May 21, 2024", d(2024, 5, 21)),
            ("2024-13-45", None),
            ("yesterday", None),
            ("", None),
        ];
        for (v, want) in cases {
            assert_eq!(parse_meta_date(v), want, "{v}");
        }
    }
}
