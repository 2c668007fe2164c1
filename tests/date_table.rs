//! The dates table: `tests/tables/dates.tsv`, sentences, datelines and page headers in the
//! styles of wire copy and web news in the six languages, each with the reference day (the
//! publication date; `-` for none) and every date the date parser must find in it, in order,
//! with how it was found (`text` or `relative`); `-` where the sentence holds no date at all.
//!
//! Every failing row is listed, not just the first.

use chrono::NaiveDate;
use dealsift::date::find_dates;
use dealsift::lexicon::Lang;

const TABLE: &str = include_str!("tables/dates.tsv");

fn day(s: &str, line: usize) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .unwrap_or_else(|_| panic!("line {line}: {s:?} is not YYYY-MM-DD"))
}

/// `-` is an empty list; otherwise items are separated by `;`.
fn list(s: &str) -> Vec<&str> {
    if s == "-" {
        Vec::new()
    } else {
        s.split(';').map(str::trim).collect()
    }
}

/// What is wrong with one row, if anything.
fn check(cols: &[&str], line: usize) -> Option<String> {
    let [lang, reference, text, dates, sources] = cols else {
        panic!(
            "line {line}: want 5 tab-separated columns, got {}",
            cols.len()
        );
    };
    let lang = Lang::from_code(lang).unwrap_or_else(|| panic!("line {line}: language {lang}"));
    let reference = (*reference != "-").then(|| day(reference, line));
    let want: Vec<(NaiveDate, &str)> = list(dates)
        .into_iter()
        .map(|d| day(d, line))
        .zip(list(sources))
        .collect();
    assert_eq!(
        want.len(),
        list(dates).len(),
        "line {line}: one source per date"
    );
    let found = find_dates(text, lang, reference);
    let got: Vec<(NaiveDate, &str)> = found.iter().map(|m| (m.date, m.source.as_str())).collect();
    (got != want).then(|| {
        let spans: Vec<&str> = found.iter().map(|m| &text[m.start..m.end]).collect();
        format!("{text}\n    want {want:?}\n    got  {got:?} from {spans:?}")
    })
}

#[test]
fn every_row_of_the_dates_table() {
    let mut rows = 0;
    let mut failures = Vec::new();
    for (i, line) in TABLE.lines().enumerate().skip(1) {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        rows += 1;
        let cols: Vec<&str> = line.split('\t').collect();
        if let Some(why) = check(&cols, i + 1) {
            failures.push(format!("line {}: {why}", i + 1));
        }
    }
    assert!(rows >= 150, "the table has {rows} rows, fewer than 150");
    assert!(
        failures.is_empty(),
        "{} of {rows} rows fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
