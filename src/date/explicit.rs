//! Days written out: numbers (`2015/08/12`, `21-04-2016`, `03/03/2024` read in the language's
//! order, `22/04`, `15.01.`, `17 del 11`) and month names with a day (`26-FEB-1987`, `martedì
//! 21 Maggio 2024`, `March 3, 2024`, `Oct-2`, `ventuno maggio`, `second of Aug.`). A day
//! without a year takes the latest year that keeps it on or before the reference day.

use super::calendar::{without_year, without_year_ahead, year_of};
use super::span::{
    clause_ends, compile, glued, is_capitalised, next_word, number_after, number_before,
    word_before, Found,
};
use super::words::Modifier;
use super::words::Words;
use super::DateSource;
use chrono::NaiveDate;
use regex::{CaptureMatches, Captures, Regex};

/// Written like a date but idioms: "open 24/7".
const IDIOMS: &[&str] = &["24/7"];

pub struct Patterns {
    ymd: Regex,
    ymd_named: Regex,
    dmy: Regex,
    day_slash_month: Regex,
    short_pair: Regex,
    dotted: Option<Regex>,
    numeric_of: Regex,
    day_month: Regex,
    month_day: Regex,
}

/// The patterns as written, every one that [`scan`] reads a day with; the `i`th is bit
/// `1 << i` of a [`Selection`]. A language without dotted days ("16.7.") has one fewer.
pub fn sources(w: &Words) -> Vec<String> {
    let (m, suf, of, dw) = (
        &w.months.pattern,
        &w.suffixes.pattern,
        &w.of.pattern,
        &w.day_words.pattern,
    );
    let (aw, sy, da) = (
        &w.any_weekday.pattern,
        &w.spelled_year,
        &w.day_articles.pattern,
    );
    let mut out = vec![
        r"\b(\d{4})([-/.])(\d{1,2})([-/.])(\d{1,2})".to_string(),
        format!(r"\b(\d{{4}})[-/]({m})\.?[-/](\d{{1,2}})\b"),
        r"\b(\d{1,2})([-/.])(\d{1,2})(?:([-/.])|,\s?)(\d{4}|\d{2})\b".to_string(),
        r"\b(\d{1,2})/(\d{1,2})\b".to_string(),
        format!(
            r"\b{}\s+(\d{{1,2}})[-.](\d{{1,2}})\b",
            w.day_articles.pattern
        ),
        format!(r"\b(\d{{1,2}})\s+{}\s+(\d{{1,2}})\b", w.numeric_of.pattern),
        // "Dienstag, den 16. Juli", "martes, el 16 de julio": a day article may follow.
        format!(
            r"(?:\b(?P<w>{aw})\.?,?\s+(?:{da}\s*)?)?(?:\b(?P<dd>\d{{1,2}})(?:{suf})?\.?|\b(?P<dw>{dw})\b)(?P<j>\s*[-/.]\s*|\s+{of}\s+|\s*)\b(?P<m>{m})\b\.?(?:(?P<yj>\s*[-/,']?\s*|\s+{of}\s+)(?:(?P<y>\d{{4}}|\d{{2}})\b|{sy}))?"
        ),
        format!(
            r"(?:\b(?P<w>{aw})\.?,?\s+)?\b(?P<m>{m})(?P<dot>\.)?(?P<j>\s*[-/]\s*|\s+(?:the\s+)?|)(?:(?P<dd>\d{{1,2}})(?P<ds>{suf})?|\b(?P<dw>{dw})\b)(?:,?\s+(?:(?P<y>\d{{4}})(?:\b|{GLUED_TIME})|{sy})|\s*[-/,]\s*(?P<y2>\d{{4}})\b)?"
        ),
    ];
    if w.dotted_day_month {
        out.push(r"\b(\d{1,2})\.(\d{1,2})\.".to_string());
    }
    out
}

impl Patterns {
    /// The [`sources`] of `w`, compiled.
    pub fn new(w: &Words) -> Patterns {
        let s = sources(w);
        Patterns {
            ymd: compile(&s[0]),
            ymd_named: compile(&s[1]),
            dmy: compile(&s[2]),
            day_slash_month: compile(&s[3]),
            short_pair: compile(&s[4]),
            numeric_of: compile(&s[5]),
            day_month: compile(&s[6]),
            month_day: compile(&s[7]),
            dotted: s.get(8).map(|d| compile(d)),
        }
    }
}

/// A clock time glued to the year by a scraper that dropped the space between two page
/// elements ("Nov 19 20197:05 AM EST"): the year is the first four digits.
const GLUED_TIME: &str = r"\d{1,2}:\d{2}\b";

/// Which patterns [`scan`] runs: one bit per pattern, in the order of [`Patterns::sources`].
pub type Selection = u16;

/// Every pattern.
pub const ALL: Selection = Selection::MAX;

const YMD: Selection = 1;
const YMD_NAMED: Selection = 1 << 1;
const DMY: Selection = 1 << 2;
const DAY_SLASH_MONTH: Selection = 1 << 3;
const SHORT_PAIR: Selection = 1 << 4;
const NUMERIC_OF: Selection = 1 << 5;
const DAY_MONTH: Selection = 1 << 6;
const MONTH_DAY: Selection = 1 << 7;
const DOTTED: Selection = 1 << 8;

fn num(c: &Captures, i: usize) -> u32 {
    c.get(i).and_then(|g| g.as_str().parse().ok()).unwrap_or(0)
}

/// Day and month from two numbers, in the language's order unless one is above 12.
fn order(a: u32, b: u32, day_first: bool) -> (u32, u32) {
    if a > 12 {
        (a, b)
    } else if b > 12 || !day_first {
        (b, a)
    } else {
        (a, b)
    }
}

fn dated(year: Option<i32>, month: u32, day: u32, r: Option<NaiveDate>) -> Option<NaiveDate> {
    match year {
        Some(y) => NaiveDate::from_ymd_opt(y, month, day),
        None => without_year(month, day, r?),
    }
}

/// The matches of `re` in `text`, none when it is not to be run.
fn captures<'r, 't>(
    re: &'r Regex,
    text: &'t str,
    run: bool,
) -> std::iter::Flatten<std::option::IntoIter<CaptureMatches<'r, 't>>> {
    run.then(|| re.captures_iter(text)).into_iter().flatten()
}

/// The days of the `wanted` patterns in `text`; a pattern that matches nowhere in it may be left
/// out of `wanted` without changing what is found.
pub fn scan(
    text: &str,
    w: &Words,
    p: &Patterns,
    wanted: Selection,
    r: Option<NaiveDate>,
    out: &mut Vec<Found>,
) {
    let on = |bit: Selection| wanted & bit != 0;
    let mut push = |start: usize, end: usize, date: Option<NaiveDate>| {
        if let Some(date) = date {
            out.push(Found {
                start,
                end,
                date,
                source: DateSource::Text,
            });
        }
    };
    for c in captures(&p.ymd, text, on(YMD)) {
        let g = c.get(0).expect("match");
        if c[2] != c[4] || number_before(text, g.start()) || number_after(text, g.end()) {
            continue;
        }
        let y = c[1].parse().ok();
        push(g.start(), g.end(), dated(y, num(&c, 3), num(&c, 5), None));
    }
    for c in captures(&p.ymd_named, text, on(YMD_NAMED)) {
        let g = c.get(0).expect("match");
        let month = w.months.get(&c[2]).unwrap_or(0);
        push(
            g.start(),
            g.end(),
            dated(c[1].parse().ok(), month, num(&c, 3), None),
        );
    }
    for c in captures(&p.dmy, text, on(DMY)) {
        let g = c.get(0).expect("match");
        let sep = &c[2];
        let joined = c.get(4).map_or(sep == "/", |s| s.as_str() == sep);
        let short_dotted = sep == "." && c[5].len() == 2;
        let stray = number_before(text, g.start()) || number_after(text, g.end());
        if !joined || short_dotted || stray || glued(text, g.start(), g.end()) {
            continue;
        }
        let (day, month) = order(num(&c, 1), num(&c, 3), w.day_first);
        push(g.start(), g.end(), dated(year_of(&c[5]), month, day, None));
    }
    for c in captures(&p.day_slash_month, text, on(DAY_SLASH_MONTH)) {
        let g = c.get(0).expect("match");
        let (a, b) = (&c[1], &c[2]);
        let padded_or_big =
            |s: &str| s.len() == 2 && (s.starts_with('0') || s.parse::<u32>().unwrap_or(0) > 12);
        if IDIOMS.contains(&g.as_str())
            || !(padded_or_big(a) || padded_or_big(b))
            || number_before(text, g.start())
            || number_after(text, g.end())
            || text.get(g.end()..).is_some_and(|t| t.starts_with('/'))
        {
            continue;
        }
        let (day, month) = order(num(&c, 1), num(&c, 2), w.day_first);
        push(g.start(), g.end(), dated(None, month, day, r));
    }
    // "il 4.22", "on 4-22": a decimal or a score unless one number cannot be a month, and
    // only after a day's article at the end of a clause.
    for c in captures(&p.short_pair, text, on(SHORT_PAIR)) {
        let (a, b) = (num(&c, 1), num(&c, 2));
        let g = c.get(0).expect("match");
        let one_way = (a > 12) != (b > 12);
        if !one_way || number_after(text, g.end()) || !clause_ends(text, g.end(), false) {
            continue;
        }
        let (day, month) = order(a, b, w.day_first);
        let start = c.get(1).map_or(g.start(), |m| m.start());
        push(start, g.end(), dated(None, month, day, r));
    }
    if let Some(dotted) = &p.dotted {
        for c in captures(dotted, text, on(DOTTED)) {
            let g = c.get(0).expect("match");
            if number_before(text, g.start()) || number_after(text, g.end()) {
                continue;
            }
            push(g.start(), g.end(), dated(None, num(&c, 2), num(&c, 1), r));
        }
    }
    for c in captures(&p.numeric_of, text, on(NUMERIC_OF)) {
        let g = c.get(0).expect("match");
        if number_before(text, g.start()) || number_after(text, g.end()) {
            continue;
        }
        push(g.start(), g.end(), dated(None, num(&c, 2), num(&c, 1), r));
    }
    for c in captures(&p.day_month, text, on(DAY_MONTH)) {
        if let Some((s, e, d)) = day_month(text, w, &c, r) {
            push(s, e, Some(d));
        }
    }
    for c in captures(&p.month_day, text, on(MONTH_DAY)) {
        if let Some((s, e, d)) = month_day(text, w, &c, r) {
            push(s, e, Some(d));
        }
    }
}

/// The day of a `dd` (digits) or `dw` (word) group.
fn day_of(w: &Words, c: &Captures) -> Option<u32> {
    match (c.name("dd"), c.name("dw")) {
        (Some(d), _) => d.as_str().parse().ok(),
        (None, Some(d)) => w.day_words.get(d.as_str()),
        _ => None,
    }
}

/// A spelled year ("two thousand and eighteen", "duemiladiciotto") and where it ends.
fn spelled(w: &Words, c: &Captures) -> Option<(i32, usize)> {
    let head = c.name("ysh")?;
    let tail = c.name("yst");
    let end = tail.map_or(head.end(), |t| t.end());
    Some((w.spelled(head.as_str(), tail.map(|t| t.as_str()))?, end))
}

/// Where the day ends, its suffix included.
fn day_end(c: &Captures) -> Option<usize> {
    c.name("ds")
        .or(c.name("dd"))
        .or(c.name("dw"))
        .map(|d| d.end())
}

/// Whether an ambiguous month form ("may") is a month here.
fn month_is_meant(w: &Words, m: &str, has_year: bool, joined: bool) -> bool {
    !w.ambiguous_months.contains(m) || has_year || joined || is_capitalised(m)
}

fn day_month(
    text: &str,
    w: &Words,
    c: &Captures,
    r: Option<NaiveDate>,
) -> Option<(usize, usize, NaiveDate)> {
    let g = c.get(0)?;
    let m = c.name("m")?;
    if c.name("dd").is_some_and(|d| number_before(text, d.start())) {
        return None;
    }
    let mut end = m.end() + usize::from(text.get(m.end()..)?.starts_with('.'));
    let year = match (c.name("y"), c.name("yj")) {
        (Some(y), Some(yj)) => {
            let short_ok = y.as_str().len() == 4
                || yj.as_str().contains(['-', '/', '\''])
                || clause_ends(text, y.end(), true);
            if short_ok && !number_after(text, y.end()) {
                end = y.end();
                year_of(y.as_str())
            } else {
                None
            }
        }
        _ => match spelled(w, c) {
            Some((y, e)) => {
                end = e;
                Some(y)
            }
            None => None,
        },
    };
    let joined = c.name("j").is_some_and(|j| !j.as_str().trim().is_empty());
    if !month_is_meant(w, m.as_str(), year.is_some(), joined) {
        return None;
    }
    let month = w.months.get(m.as_str())?;
    let day = day_of(w, c)?;
    match (year, r) {
        (None, Some(r)) if ahead(text, w, g.start(), end) => {
            Some((g.start(), end, without_year_ahead(month, day, r)?))
        }
        _ => Some((g.start(), end, dated(year, month, day, r)?)),
    }
}

fn month_day(
    text: &str,
    w: &Words,
    c: &Captures,
    r: Option<NaiveDate>,
) -> Option<(usize, usize, NaiveDate)> {
    let g = c.get(0)?;
    let m = c.name("m")?;
    let year_group = c.name("y").or(c.name("y2"));
    let spelled = spelled(w, c);
    if year_group.is_none() && number_after(text, g.end()) {
        return None;
    }
    if let Some(d) = c.name("dw") {
        // "in March two companies merged": a cardinal after a month is a day only at a stop.
        let ordinal = w.ordinal_days.contains(d.as_str());
        if !ordinal
            && year_group.is_none()
            && spelled.is_none()
            && !clause_ends(text, d.end(), true)
        {
            return None;
        }
    }
    let joined = c.name("j").is_some_and(|j| j.as_str().contains(['-', '/']));
    if !month_is_meant(
        w,
        m.as_str(),
        year_group.is_some() || spelled.is_some(),
        joined,
    ) {
        return None;
    }
    let (year, end) = match (year_group, spelled) {
        (Some(y), _) => (Some(year_of(y.as_str())?), y.end()),
        (None, Some((y, end))) => (Some(y), end),
        // A spelled head that is no year ("March 3 nineteen people"): the day alone.
        (None, None) if c.name("ysh").is_some() => (None, day_end(c).unwrap_or(g.end())),
        (None, None) => (None, g.end()),
    };
    let month = w.months.get(m.as_str())?;
    let day = day_of(w, c)?;
    match (year, r) {
        (None, Some(r)) if ahead(text, w, g.start(), end) => {
            Some((g.start(), end, without_year_ahead(month, day, r)?))
        }
        _ => Some((g.start(), end, dated(year, month, day, r)?)),
    }
}

/// Whether "next" stands before or after a day written without a year ("il prossimo 9
/// ottobre", "il 1º novembre prossimo"): it lies ahead of the reference day, not behind.
fn ahead(text: &str, w: &Words, start: usize, end: usize) -> bool {
    let next = |word: &str| w.modifiers.get(word) == Some(Modifier::Next);
    next(word_before(text, start)) || next(next_word(text, end))
}
