//! Days named relative to the reference day: words (today, ieri, anteayer, après-demain),
//! weekdays with or without "last"/"this"/"next" or a week ("Friday of next week"), "the second
//! Sunday of July", "the 20th of next month", a day number alone ("il 15.", "on the 27th."),
//! and lengths of time ("two days ago", "hace 3 años", "1 month and 21 days ago"). Nothing
//! here is found without a reference day.

use super::calendar::{
    day_alone, day_of_month_offset, nth_weekday, nth_weekday_from, shift, weekday_before,
    weekday_of_week, weekday_on_or_before,
};
use super::span::{
    clause_ends, compile, is_capitalised, next_word, number_after, number_before, sentence_starts,
    word_before, Found,
};
use super::words::{Modifier, Words};
use super::DateSource;
use chrono::{Datelike, NaiveDate};
use regex::{Captures, Regex};

pub struct Patterns {
    days: Regex,
    week_start: Regex,
    weekday: Regex,
    week_then_day: Regex,
    day_then_week: Regex,
    weekday_day: Regex,
    nth_weekday: Regex,
    day_of_month_offset: Regex,
    day_alone: Regex,
    day_word_alone: Regex,
    anchored: Regex,
    ago_before: Regex,
    ago_after: Regex,
    counted_weekdays: Regex,
    duration_part: Regex,
}

impl Patterns {
    pub fn new(w: &Words) -> Patterns {
        let (wd, suf, of, dw) = (
            &w.weekdays.pattern,
            &w.suffixes.pattern,
            &w.of.pattern,
            &w.day_words.pattern,
        );
        let (mods, weeks, wj) = (
            &w.modifiers.pattern,
            &w.weeks.pattern,
            &w.week_joiners.pattern,
        );
        let (m, mrel) = (&w.months.pattern, &w.month_offsets.pattern);
        let count = format!(r"(?:\d{{1,3}}|\b{}\b)", w.counts.pattern);
        let part = format!(r"{count}\s+{}\b", w.units.pattern);
        let dur = format!(r"{part}(?:(?:\s*,\s*|\s+{}\s+|\s+){part})*", w.and.pattern);
        let (ab, aa) = (&w.ago_before.pattern, &w.ago_after.pattern);
        let (lb, la, le) = (
            &w.later_before.pattern,
            &w.later_after.pattern,
            &w.later_end.pattern,
        );
        Patterns {
            days: compile(&format!(r"\b{}\b", w.days.pattern)),
            week_start: compile(&format!(r"\b{}\b", w.week_starts.pattern)),
            weekday: compile(&format!(
                r"(?:\b(?P<pre>{mods})\s+)?\b(?P<w>{wd})\b(?:\s+(?P<post>{mods})\b)?"
            )),
            week_then_day: compile(&format!(
                r"\b(?P<wk>{weeks})(?:\s*,\s*|\s+)(?:{wj}\s+)?(?P<w>{wd})\b"
            )),
            day_then_week: compile(&format!(
                r"\b(?P<w>{wd})(?:\s*,\s*|\s+)(?:{wj}\s+)?(?P<wk>{weeks})\b"
            )),
            weekday_day: compile(&format!(
                r"\b(?P<w>{wd}),?\s+(?:the\s+)?(?:(?P<dd>\d{{1,2}})(?P<s>{suf})?|\b(?P<dw>{dw})\b)"
            )),
            nth_weekday: compile(&format!(
                r"\b(?P<o>{}|\d(?:{suf}))\s+(?P<w>{wd})\b(?:\s+{of}\s+(?P<m>{m})\b|\s+(?:{of}\s+)?(?P<mr>{mrel})\b)?",
                w.nth.pattern
            )),
            day_of_month_offset: compile(&format!(
                r"(?:\b(?P<dd>\d{{1,2}})(?P<s>{suf})?|\b(?P<dw>{dw})\b)\s+(?P<of>{of}\s+)?(?P<mr>{mrel})\b"
            )),
            day_alone: compile(&format!(
                r"\b{}\s+(?P<dd>\d{{1,2}})(?P<s>{suf})?",
                w.day_articles.pattern
            )),
            day_word_alone: compile(&format!(
                r"\b{}\s+(?P<dw>{dw})\b",
                w.day_word_articles.pattern
            )),
            anchored: compile(&format!(
                r"\b(?P<dur>{dur})\s+(?P<dir>{})\s+(?P<a>{})\b",
                w.anchors.pattern, w.days.pattern
            )),
            ago_before: compile(&format!(r"\b(?P<k>{ab}|{lb})\s+(?P<dur>{dur})")),
            ago_after: compile(&format!(r"\b(?P<dur>{dur})\s+(?P<k>{aa}|{la}|{le})\b")),
            counted_weekdays: compile(&format!(
                r"\b(?P<n>{count})\s+(?P<w>{wd})s?\s+(?P<k>{aa}|{la}|{le})\b"
            )),
            duration_part: compile(&format!(
                r"(?P<n>\d{{1,3}}|\b{}\b)\s+(?P<u>{})\b",
                w.counts.pattern, w.units.pattern
            )),
        }
    }
}

pub fn scan(text: &str, w: &Words, p: &Patterns, r: NaiveDate, out: &mut Vec<Found>) {
    let mut push = |start: usize, end: usize, date: Option<NaiveDate>| {
        if let Some(date) = date {
            out.push(Found {
                start,
                end,
                date,
                source: DateSource::Relative,
            });
        }
    };
    for g in p.days.find_iter(text) {
        let lower_only = w.lower_only.contains(g.as_str());
        if lower_only && is_capitalised(g.as_str()) && !sentence_starts(text, g.start()) {
            continue;
        }
        let date = w.days.get(g.as_str()).and_then(|n| shift(r, 0, n));
        push(g.start(), g.end(), date);
    }
    for g in p.week_start.find_iter(text) {
        let weeks = w.week_starts.get(g.as_str());
        let date = weeks.and_then(|n| weekday_of_week(chrono::Weekday::Mon, n, r));
        push(g.start(), g.end(), date);
    }
    for c in p.weekday.captures_iter(text) {
        let g = c.get(0).expect("match");
        let (Some(wd), Some(day)) = (
            c.name("w"),
            c.name("w").and_then(|m| w.weekdays.get(m.as_str())),
        ) else {
            continue;
        };
        let guard = c
            .name("pre")
            .map_or(word_before(text, wd.start()), |m| m.as_str());
        if w.guarded.contains(wd.as_str()) && !w.guards.contains(guard) {
            continue;
        }
        let modifier = |name| c.name(name).and_then(|m| w.modifiers.get(m.as_str()));
        let post = modifier("post").filter(|m| *m != Modifier::This);
        let end = match (post, c.name("post")) {
            (Some(_), Some(m)) => m.end(),
            _ => wd.end(),
        };
        let date = match modifier("pre").or(post) {
            None => weekday_on_or_before(day, r),
            Some(Modifier::Last) => weekday_before(day, r),
            Some(Modifier::This) => weekday_of_week(day, 0, r),
            Some(Modifier::Next) => weekday_of_week(day, 1, r),
        };
        push(g.start(), end, date);
    }
    for re in [&p.week_then_day, &p.day_then_week] {
        for c in re.captures_iter(text) {
            let g = c.get(0).expect("match");
            let day = w.weekdays.get(&c["w"]);
            let weeks = w.weeks.get(&c["wk"]);
            let date = day.zip(weeks).and_then(|(d, n)| weekday_of_week(d, n, r));
            push(g.start(), g.end(), date);
        }
    }
    for c in p.weekday_day.captures_iter(text) {
        let g = c.get(0).expect("match");
        if number_after(text, g.end()) {
            continue;
        }
        let day = match (c.name("dd"), c.name("dw")) {
            (Some(d), _) if c.name("s").is_some() || clause_ends(text, g.end(), true) => {
                d.as_str().parse().ok()
            }
            (None, Some(d))
                if w.ordinal_days.contains(d.as_str()) || clause_ends(text, g.end(), true) =>
            {
                w.day_words.get(d.as_str())
            }
            _ => None,
        };
        push(g.start(), g.end(), day.and_then(|d| day_alone(d, r)));
    }
    for c in p.nth_weekday.captures_iter(text) {
        let g = c.get(0).expect("match");
        push(g.start(), g.end(), nth(text, w, &c, r));
    }
    for c in p.day_of_month_offset.captures_iter(text) {
        let g = c.get(0).expect("match");
        // "the 20th of next month", not "one last month".
        let joined = c.name("of").is_some();
        let day = match (c.name("dd"), c.name("dw")) {
            (Some(d), _) if joined || c.name("s").is_some() => d.as_str().parse().ok(),
            (None, Some(d)) if joined => w.day_words.get(d.as_str()),
            _ => None,
        };
        let months = w.month_offsets.get(&c["mr"]);
        let date = day
            .zip(months)
            .and_then(|(d, n)| day_of_month_offset(d, n, r));
        push(g.start(), g.end(), date);
    }
    for c in p.day_alone.captures_iter(text) {
        let (Some(d), g) = (c.name("dd"), c.get(0).expect("match")) else {
            continue;
        };
        // "am 15. zurück": a day with an ordinal dot, unless a noun follows ("zum 2. Mal").
        let dotted = c.name("s").is_some_and(|s| s.as_str() == ".")
            && !is_capitalised(next_word(text, g.end()));
        if number_before(text, d.start()) || number_after(text, g.end()) {
            continue;
        }
        if !dotted && !clause_ends(text, g.end(), false) {
            continue;
        }
        let date = d.as_str().parse().ok().and_then(|n| day_alone(n, r));
        push(d.start(), g.end(), date);
    }
    for c in p.day_word_alone.captures_iter(text) {
        let (g, d) = (c.get(0).expect("match"), &c["dw"]);
        if clause_ends(text, g.end(), false) {
            let start = c.name("dw").map_or(g.start(), |m| m.start());
            push(
                start,
                g.end(),
                w.day_words.get(d).and_then(|n| day_alone(n, r)),
            );
        }
    }
    for c in p.anchored.captures_iter(text) {
        let g = c.get(0).expect("match");
        let dir = w.anchors.get(&c["dir"]).unwrap_or(1);
        let base = w.days.get(&c["a"]).and_then(|n| shift(r, 0, n));
        push(
            g.start(),
            g.end(),
            base.and_then(|b| ago(w, p, &c["dur"], dir < 0, b)),
        );
    }
    for re in [&p.ago_before, &p.ago_after] {
        for c in re.captures_iter(text) {
            let g = c.get(0).expect("match");
            let dur = c.name("dur").expect("duration");
            if number_before(text, dur.start()) {
                continue;
            }
            let back = w.ago_before.contains(&c["k"]) || w.ago_after.contains(&c["k"]);
            // "in 3 weeks" is a day only when nothing follows: not "3 elections in 12 months".
            let at_end = w.later_before.contains(&c["k"]) || w.later_end.contains(&c["k"]);
            if at_end && !clause_ends(text, g.end(), true) {
                continue;
            }
            push(g.start(), g.end(), ago(w, p, dur.as_str(), back, r));
        }
    }
    for c in p.counted_weekdays.captures_iter(text) {
        let g = c.get(0).expect("match");
        if number_before(text, g.start())
            || (w.later_end.contains(&c["k"]) && !clause_ends(text, g.end(), true))
        {
            continue;
        }
        push(g.start(), g.end(), counted_weekday(w, &c, r));
    }
}

/// "two Mondays from now", "three Fridays ago": the n-th such weekday after or before.
fn counted_weekday(w: &Words, c: &Captures, r: NaiveDate) -> Option<NaiveDate> {
    let n = match c["n"].parse::<u32>() {
        Ok(n) => n,
        Err(_) => w.counts.get(&c["n"])?,
    };
    let back = w.ago_after.contains(&c["k"]);
    nth_weekday_from(n, w.weekdays.get(&c["w"])?, back, r)
}

/// "the second Sunday (of July | of next month)".
fn nth(text: &str, w: &Words, c: &Captures, r: NaiveDate) -> Option<NaiveDate> {
    let o = &c["o"];
    let n = match o.chars().next() {
        Some(d) if d.is_ascii_digit() => d.to_digit(10)?,
        _ => w.nth.get(o)?,
    };
    let day = w.weekdays.get(&c["w"])?;
    if let Some(m) = c.name("m") {
        let month = w.months.get(m.as_str())?;
        return (0..6)
            .filter_map(|back| nth_weekday(n, day, r.year() - back, month))
            .find(|d| *d <= r);
    }
    if c.name("mr").is_none() && w.of.contains(next_word(text, c.get(0)?.end())) {
        return None;
    }
    let offset = match c.name("mr") {
        Some(mr) => w.month_offsets.get(mr.as_str())?,
        None => 0,
    };
    let first = super::calendar::shift_months(r.with_day(1)?, offset)?;
    let date = nth_weekday(n, day, first.year(), first.month())?;
    if c.name("mr").is_none() && date > r {
        let prev = super::calendar::shift_months(first, -1)?;
        return nth_weekday(n, day, prev.year(), prev.month());
    }
    Some(date)
}

/// The day a length of time back from (or on from) the reference day.
fn ago(w: &Words, p: &Patterns, dur: &str, back: bool, r: NaiveDate) -> Option<NaiveDate> {
    let (mut months, mut days) = (0i32, 0i64);
    for c in p.duration_part.captures_iter(dur) {
        let n = match c["n"].parse::<u32>() {
            Ok(n) => n,
            Err(_) => w.counts.get(&c["n"])?,
        };
        let (per_month, per_day) = w.units.get(&c["u"])?;
        months = months.checked_add(per_month.checked_mul(i32::try_from(n).ok()?)?)?;
        days = days.checked_add(per_day * i64::from(n))?;
    }
    let sign = if back { -1 } else { 1 };
    shift(r, sign * months, sign as i64 * days)
}
