//! Dates in a text: explicit days in the six languages' forms (`26-FEB-1987`, `martedì 21 Maggio
//! 2024`, `March 3, 2024`, `03/03/2024`, ISO) and relative ones (today, yesterday, weekdays,
//! "last Friday", "lo scorso 9 ottobre") resolved against a reference day passed in — never the
//! clock. Which date is a deal's date is left to `deal`.

use crate::lexicon::{all, lexicon, Lang};
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// How a date was found, as written in the `date_source` column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateSource {
    /// Written out in the sentence.
    Text,
    /// A relative word resolved against the publication date.
    Relative,
    /// The article's publication date.
    Article,
    /// The file's modification time.
    File,
}

impl DateSource {
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Text => "text",
            DateSource::Relative => "relative",
            DateSource::Article => "article",
            DateSource::File => "file",
        }
    }
}

/// A date found in a text, with its byte span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub date: NaiveDate,
    pub source: DateSource,
}

struct Matcher {
    iso: Regex,
    numeric: Regex,
    wire: Regex,
    day_month: Regex,
    month_day: Regex,
    relative: Regex,
    months: HashMap<String, u32>,
    weekdays: HashMap<String, Weekday>,
    /// Words for "today" (0) and "yesterday" (1): days back from the reference.
    days_back: HashMap<String, i64>,
}

fn alternation(mut words: Vec<String>) -> String {
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    words.dedup();
    words
        .iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

const WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

static MATCHER: LazyLock<Matcher> = LazyLock::new(|| {
    let mut months = HashMap::new();
    let mut weekdays = HashMap::new();
    let mut days_back = HashMap::new();
    for lex in all() {
        for (i, forms) in lex.date.months.iter().enumerate() {
            for f in forms {
                months
                    .entry(f.trim_end_matches('.').to_string())
                    .or_insert(i as u32 + 1);
            }
        }
        for (i, forms) in lex.date.weekdays.iter().enumerate() {
            // Short forms ("sun", "mar") are ordinary words too; only full names count.
            for f in forms.iter().filter(|f| f.chars().count() >= 5) {
                weekdays.entry(f.clone()).or_insert(WEEKDAYS[i]);
            }
        }
        for w in &lex.date.today {
            days_back.entry(w.clone()).or_insert(0);
        }
        for w in &lex.date.yesterday {
            days_back.entry(w.clone()).or_insert(1);
        }
    }
    let month_alt = alternation(months.keys().cloned().collect());
    let rel_alt = alternation(weekdays.keys().chain(days_back.keys()).cloned().collect());
    let re = |p: String| Regex::new(&p).expect("date pattern");
    Matcher {
        iso: re(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?)?".into()),
        numeric: re(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b".into()),
        wire: re(r"\b(\d{1,2})-([A-Za-z]{3})-(\d{4})\b".into()),
        day_month: re(format!(
            r"(?i)\b(\d{{1,2}})(?:º|°|er|st|nd|rd|th|\.)?\s+(?:de\s+|of\s+)?({month_alt})\b\.?(?:\s*,?\s+(?:de\s+|del\s+)?(\d{{4}})\b)?"
        )),
        month_day: re(format!(
            r"(?i)\b({month_alt})\b\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}})\b)?"
        )),
        relative: re(format!(r"(?i)\b({rel_alt})\b")),
        months,
        weekdays,
        days_back,
    }
});

fn year_of(y: &str) -> Option<i32> {
    let y: i32 = y.parse().ok()?;
    Some(if y < 100 {
        if y < 70 {
            2000 + y
        } else {
            1900 + y
        }
    } else {
        y
    })
}

/// The date with no year, placed in the year of `reference` or the one before, whichever puts
/// it on or before the reference day (news looks back).
fn without_year(month: u32, day: u32, reference: NaiveDate) -> Option<NaiveDate> {
    let d = NaiveDate::from_ymd_opt(reference.year(), month, day)?;
    if d <= reference + Duration::days(1) {
        Some(d)
    } else {
        NaiveDate::from_ymd_opt(reference.year() - 1, month, day)
    }
}

/// The most recent `weekday` on or before `reference`.
fn last_weekday(weekday: Weekday, reference: NaiveDate) -> NaiveDate {
    let back = (7 + reference.weekday().num_days_from_monday() as i64
        - weekday.num_days_from_monday() as i64)
        % 7;
    reference - Duration::days(back)
}

fn overlaps(found: &[DateMention], s: usize, e: usize) -> bool {
    found.iter().any(|d| s < d.end && d.start < e)
}

/// Every date in `text`, in order of position. Dates without a year and relative words need a
/// `reference` day (the publication date); without one they are skipped.
pub fn find_dates(text: &str, lang: Lang, reference: Option<NaiveDate>) -> Vec<DateMention> {
    let m = &*MATCHER;
    let day_first = lexicon(lang).date.day_first;
    let mut found: Vec<DateMention> = Vec::new();
    let push = |found: &mut Vec<DateMention>, s: usize, e: usize, d: Option<NaiveDate>, src| {
        if let Some(date) = d {
            if !overlaps(found, s, e) {
                found.push(DateMention {
                    start: s,
                    end: e,
                    date,
                    source: src,
                });
            }
        }
    };
    for c in m.iso.captures_iter(text) {
        let g = c.get(0).expect("match");
        let d = NaiveDate::from_ymd_opt(
            c[1].parse().unwrap_or(0),
            c[2].parse().unwrap_or(0),
            c[3].parse().unwrap_or(0),
        );
        push(&mut found, g.start(), g.end(), d, DateSource::Text);
    }
    for c in m.wire.captures_iter(text) {
        let g = c.get(0).expect("match");
        let month = m.months.get(&c[2].to_lowercase()).copied();
        let d = month
            .and_then(|mo| NaiveDate::from_ymd_opt(c[3].parse().ok()?, mo, c[1].parse().ok()?));
        push(&mut found, g.start(), g.end(), d, DateSource::Text);
    }
    for c in m.numeric.captures_iter(text) {
        let g = c.get(0).expect("match");
        let (a, b): (u32, u32) = (c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0));
        let (day, month) = if day_first || b > 12 { (a, b) } else { (b, a) };
        let (day, month) = if month > 12 && day <= 12 {
            (month, day)
        } else {
            (day, month)
        };
        let d = year_of(&c[3]).and_then(|y| NaiveDate::from_ymd_opt(y, month, day));
        push(&mut found, g.start(), g.end(), d, DateSource::Text);
    }
    for c in m.day_month.captures_iter(text) {
        let g = c.get(0).expect("match");
        let day: u32 = c[1].parse().unwrap_or(0);
        let month = m
            .months
            .get(c[2].to_lowercase().trim_end_matches('.'))
            .copied();
        let d = month.and_then(|mo| match c.get(3) {
            Some(y) => NaiveDate::from_ymd_opt(year_of(y.as_str())?, mo, day),
            None => without_year(mo, day, reference?),
        });
        push(&mut found, g.start(), g.end(), d, DateSource::Text);
    }
    for c in m.month_day.captures_iter(text) {
        let g = c.get(0).expect("match");
        // "may 5" is a verb and a number far more often than a date: the month must be capitalised.
        if !c[1].chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let day: u32 = c[2].parse().unwrap_or(0);
        let month = m
            .months
            .get(c[1].to_lowercase().trim_end_matches('.'))
            .copied();
        let d = month.and_then(|mo| match c.get(3) {
            Some(y) => NaiveDate::from_ymd_opt(year_of(y.as_str())?, mo, day),
            None => without_year(mo, day, reference?),
        });
        push(&mut found, g.start(), g.end(), d, DateSource::Text);
    }
    if let Some(reference) = reference {
        for c in m.relative.captures_iter(text) {
            let g = c.get(0).expect("match");
            let w = c[1].to_lowercase();
            let d = if let Some(back) = m.days_back.get(&w) {
                Some(reference - Duration::days(*back))
            } else {
                m.weekdays.get(&w).map(|wd| last_weekday(*wd, reference))
            };
            push(&mut found, g.start(), g.end(), d, DateSource::Relative);
        }
    }
    found.sort_by_key(|d| d.start);
    found
}

/// The publication date on a header or dateline line ("26-FEB-1987 15:01:01.79",
/// "(Di giovedì 25 luglio 2024)", "Updated: March 3, 2024"); only dates with a year count.
pub fn parse_header_date(line: &str, lang: Lang) -> Option<NaiveDate> {
    find_dates(line, lang, None)
        .into_iter()
        .next()
        .map(|d| d.date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn header_dates_table() {
        let cases: &[(&str, Lang, NaiveDate)] = &[
            ("26-FEB-1987 15:01:01.79", Lang::En, d(1987, 2, 26)),
            ("(Di giovedì 25 luglio 2024)", Lang::It, d(2024, 7, 25)),
            ("martedì 21 Maggio 2024", Lang::It, d(2024, 5, 21)),
            ("Updated: March 3, 2024", Lang::En, d(2024, 3, 3)),
            ("03/04/2024", Lang::It, d(2024, 4, 3)),
            ("03/04/2024", Lang::En, d(2024, 3, 4)),
            ("2023-11-13", Lang::It, d(2023, 11, 13)),
            ("2019-11-19T07:03:00Z", Lang::En, d(2019, 11, 19)),
            ("31/08/2022 15:24", Lang::Pt, d(2022, 8, 31)),
            ("15 de marzo de 2021", Lang::Es, d(2021, 3, 15)),
            ("1er juin 2020", Lang::Fr, d(2020, 6, 1)),
            ("3. März 2019", Lang::De, d(2019, 3, 3)),
        ];
        for (line, lang, want) in cases {
            assert_eq!(parse_header_date(line, *lang), Some(*want), "{line}");
        }
    }

    #[test]
    fn relative_dates_look_back_from_the_reference() {
        let r = d(2024, 7, 25); // a Thursday
        let cases: &[(&str, Lang, NaiveDate)] = &[
            ("ha annunciato oggi", Lang::It, r),
            ("said yesterday", Lang::En, d(2024, 7, 24)),
            ("announced on Monday", Lang::En, d(2024, 7, 22)),
            ("lo scorso 9 ottobre", Lang::It, d(2023, 10, 9)),
            ("el pasado lunes", Lang::Es, d(2024, 7, 22)),
            ("on March 3", Lang::En, d(2024, 3, 3)),
        ];
        for (text, lang, want) in cases {
            let got = find_dates(text, *lang, Some(r));
            assert_eq!(got.first().map(|x| x.date), Some(*want), "{text}");
        }
    }

    #[test]
    fn no_reference_no_guess() {
        assert!(find_dates("announced on Monday", Lang::En, None).is_empty());
        assert!(find_dates("the company may 5 times", Lang::En, Some(d(2024, 1, 1))).is_empty());
    }
}
