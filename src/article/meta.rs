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

/// The day a page's address names as a whole date (`/2019/11/19/`, `/story/2019-11-19/`,
/// `/20191119/`): the day its site filed it under, which a UTC timestamp may put a day later.
pub fn url_date(url: &str) -> Option<NaiveDate> {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let path = path.split_once("://").map_or(path, |(_, rest)| rest);
    let parts: Vec<&str> = path.split('/').collect();
    let num = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u32>().ok())?
    };
    let plausible = |d: NaiveDate| (1995..=2100).contains(&chrono::Datelike::year(&d));
    // three segments: year / month / day
    for w in parts.windows(3) {
        if let (Some(y), Some(m), Some(d)) = (num(w[0], 4), num(w[1], 2), num(w[2], 2)) {
            if let Some(date) = NaiveDate::from_ymd_opt(y as i32, m, d).filter(|d| plausible(*d)) {
                return Some(date);
            }
        }
    }
    // one segment: 2019-11-19 or 20191119
    parts.iter().find_map(|seg| {
        let date = if seg.len() == 10 && matches!(seg.as_bytes()[4], b'-' | b'_') {
            iso_day(&seg.replace('_', "-"))
        } else if seg.len() == 8 {
            num(seg, 8)
                .and_then(|n| NaiveDate::from_ymd_opt((n / 10000) as i32, n / 100 % 100, n % 100))
        } else {
            None
        };
        date.filter(|d| plausible(*d))
    })
}

/// The publication date written in a page's own markup, for when the extractor's reading of
/// it fails (`+0000` zones): `article:published_time`, `datePublished`, `pubdate` values.
pub fn page_published(html: &str) -> Option<NaiveDate> {
    const KEYS: &[&str] = &["article:published_time", "datepublished", "pubdate"];
    let head = &html[..html.floor_char_boundary(html.len().min(1 << 20))];
    let low = head.to_ascii_lowercase();
    KEYS.iter().find_map(|key| {
        low.match_indices(key).take(4).find_map(|(at, _)| {
            // the value: the next quoted string after the key (`content="…"` or `":"…"`)
            let rest = &head[at + key.len()..];
            let rest = rest.get(..rest.len().min(120))?;
            let open = rest.find(['"', '\''])?;
            let after = &rest[open + 1..];
            let after = after.trim_start_matches(|c: char| c == ':' || c.is_whitespace());
            let after = after.strip_prefix(['"', '\'']).unwrap_or(after);
            let after = after.strip_prefix("content=").unwrap_or(after);
            let after = after.trim_start_matches(['"', '\'', ' ']);
            let value = after.split(['"', '\'', '<']).next()?;
            parse_meta_date(value)
        })
    })
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

    #[test]
    fn page_published_reads_meta_and_json_ld() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        let cases = [
            (
                r#"<meta property="article:published_time" content="2019-11-19T12:05:31+0000">"#,
                d(2019, 11, 19),
            ),
            (
                r#"<script>{"@type":"NewsArticle","datePublished":"2021-03-04T08:00:00Z"}</script>"#,
                d(2021, 3, 4),
            ),
            (
                r#"<meta name="pubdate" content="2020-01-02">"#,
                d(2020, 1, 2),
            ),
            (r#"<meta name="description" content="2019-11-19">"#, None),
        ];
        for (html, want) in cases {
            assert_eq!(page_published(html), want, "{html}");
        }
    }

    #[test]
    fn url_dates_table() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        let cases = [
            (
                "https://news.example.com/2019/11/19/acme-buys-widget.html",
                d(2019, 11, 19),
            ),
            (
                "https://example.com/business/story/2019-11-19/acme-widget",
                d(2019, 11, 19),
            ),
            (
                "https://example.it/economia/20240521/alfa-beta/",
                d(2024, 5, 21),
            ),
            ("https://example.com/2019/11/acme-buys-widget", None),
            ("https://example.com/article/12345678/acme", None),
            ("https://example.com/a/2019/13/45/x", None),
            ("", None),
        ];
        for (v, want) in cases {
            assert_eq!(url_date(v), want, "{v}");
        }
    }
}
