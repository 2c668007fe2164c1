//! The amounts table: `tests/tables/amounts.tsv`, sentences in the styles of wire copy, web
//! news and press releases in the six languages, each with the first amount the money parser
//! must find in it (amount, amount_max, currency, qualifier), or `-` where the sentence holds
//! no money at all (percentages, share counts, staff, years, phone numbers).
//!
//! Every failing row is listed, not just the first.

use dealsift::lexicon::Lang;
use dealsift::money::find_money;

const TABLE: &str = include_str!("tables/amounts.tsv");

/// `-` is an empty cell.
fn cell(s: &str) -> Option<&str> {
    (s != "-").then_some(s)
}

fn number(s: &str, line: usize) -> Option<f64> {
    cell(s).map(|v| {
        v.parse()
            .unwrap_or_else(|_| panic!("line {line}: {v:?} is not a number"))
    })
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// What is wrong with one row, if anything.
fn check(cols: &[&str], line: usize) -> Option<String> {
    let [lang, text, amount, max, currency, qualifier] = cols else {
        panic!(
            "line {line}: want 6 tab-separated columns, got {}",
            cols.len()
        );
    };
    let lang = Lang::from_code(lang).unwrap_or_else(|| panic!("line {line}: language {lang}"));
    let found = find_money(text, lang);
    let Some(amount) = number(amount, line) else {
        return (!found.is_empty()).then(|| {
            let got: Vec<String> = found
                .iter()
                .map(|m| format!("{} {}", m.amount, m.currency))
                .collect();
            format!("{text}\n    want no amount, got {got:?}")
        });
    };
    let Some(m) = found.first() else {
        return Some(format!("{text}\n    want {amount}, found nothing"));
    };
    let want_max = number(max, line);
    let want_q = cell(qualifier).unwrap_or("");
    let max_ok = match (m.amount_max, want_max) {
        (Some(a), Some(b)) => close(a, b),
        (a, b) => a.is_none() && b.is_none(),
    };
    let ok = close(m.amount, amount)
        && max_ok
        && m.currency == *currency
        && m.qualifier.as_str() == want_q;
    (!ok).then(|| {
        format!(
            "{text}\n    want {amount} {want_max:?} {currency} {want_q:?}, got {} {:?} {} {:?} ({:?})",
            m.amount,
            m.amount_max,
            m.currency,
            m.qualifier.as_str(),
            &text[m.start..m.end]
        )
    })
}

#[test]
fn every_row_of_the_amounts_table() {
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
    assert!(rows >= 300, "the table has {rows} rows, fewer than 300");
    assert!(
        failures.is_empty(),
        "{} of {rows} rows fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
