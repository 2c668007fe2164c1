//! A real spreadsheet reads what dealsift writes: LibreOffice (headless) opens deals.xlsx and
//! the `--excel-locale it` CSV files (`;`, decimal comma, BOM) with an Italian locale and
//! formula evaluation on, and saves them as plain CSV again. Every value must come back as
//! dealsift wrote it, numbers and dates as numbers and dates (not text), and no cell may have
//! been run as a formula. Skipped, with a message, where `soffice` is not installed; `.ci/run`
//! installs it and sets DEALSIFT_REQUIRE_SOFFICE=1 so that in CI it always runs.

mod util;

use std::path::Path;
use std::process::Command;
use util::{code, csv_rows, fixtures, repo, stderr, Scratch};

/// LibreOffice's CSV export: `,`, `"`, UTF-8, text cells quoted, raw values (not as shown).
const EXPORT: &str = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true,true,false";
/// The same, every sheet to its own file (`BOOK-SHEET.csv`).
const EXPORT_SHEETS: &str =
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true,true,false,false,false,-1";
/// LibreOffice's CSV import of the `--excel-locale it` files: `;`, `"`, UTF-8, Italian
/// (1040) number reading, formulas evaluated.
const IMPORT_IT: &str = "CSV:59,34,76,1,,1040,false,true,false,false,false,1,true";

const NUMBERS: &[&str] = &[
    "amount",
    "amount_max",
    "stake_pct",
    "confidence",
    "mentions",
    "articles",
];
const DATES: &[&str] = &["article_date", "deal_date", "first_seen", "last_seen"];

fn soffice_present() -> bool {
    let found = Command::new("soffice")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        if std::env::var_os("DEALSIFT_REQUIRE_SOFFICE").is_some() {
            panic!("DEALSIFT_REQUIRE_SOFFICE is set but `soffice` is not on PATH");
        }
        eprintln!(
            "libreoffice round trip SKIPPED: `soffice` is not installed \
             (apt-get install --no-install-recommends libreoffice-calc to run it)"
        );
    }
    found
}

/// Converts `files` with LibreOffice into `outdir`, with its own profile folder.
fn convert(s: &Scratch, infilter: Option<&str>, files: &[&Path], outdir: &str) {
    let profile = s.path(&format!("lo-profile-{outdir}"));
    let mut cmd = Command::new("soffice");
    cmd.arg(format!(
        "-env:UserInstallation=file://{}",
        profile.display()
    ))
    .arg("--headless");
    let export = match infilter {
        Some(f) => {
            cmd.arg(format!("--infilter={f}"));
            EXPORT
        }
        None => EXPORT_SHEETS,
    };
    cmd.args(["--convert-to", export, "--outdir"])
        .arg(s.path(outdir))
        .args(files);
    let out = cmd.output().expect("soffice runs");
    assert!(out.status.success(), "soffice failed: {}", stderr(&out));
}

/// The cells of LibreOffice's CSV export, each with whether it was quoted (= a text cell).
fn cells(text: &str) -> Vec<Vec<(String, bool)>> {
    let mut rows = Vec::new();
    for line in text.lines() {
        let mut row = Vec::new();
        let mut chars = line.chars().peekable();
        loop {
            let mut cell = String::new();
            let quoted = chars.peek() == Some(&'"');
            if quoted {
                chars.next();
                while let Some(c) = chars.next() {
                    if c == '"' {
                        if chars.peek() == Some(&'"') {
                            chars.next();
                            cell.push('"');
                        } else {
                            break;
                        }
                    } else {
                        cell.push(c);
                    }
                }
            }
            for c in chars.by_ref() {
                if c == ',' {
                    break;
                }
                cell.push(c);
            }
            let end = chars.peek().is_none();
            row.push((cell, quoted));
            if end {
                break;
            }
        }
        rows.push(row);
    }
    rows
}

/// Checks what LibreOffice read (`got`) against what dealsift wrote in its plain CSV
/// (`want`). `raw_text`: text cells hold the text unneutralised (xlsx), not as in the CSV.
fn assert_read_back(what: &str, got: &str, want: &[Vec<String>], raw_text: bool) {
    let got = cells(got);
    assert_eq!(got.len(), want.len(), "{what}: row count");
    let header = &want[0];
    for (r, (g, w)) in got.iter().zip(want).enumerate().skip(1) {
        assert_eq!(g.len(), w.len(), "{what} row {r}: {g:?}");
        for ((col, (cell, quoted)), want) in header.iter().zip(g).zip(w) {
            let at = format!("{what} row {r} column {col}");
            if want.is_empty() {
                assert!(
                    cell.is_empty(),
                    "{at}: {cell:?} where dealsift wrote nothing"
                );
            } else if NUMBERS.contains(&col.as_str()) {
                assert!(!quoted, "{at}: {cell:?} was read as text, not a number");
                let (x, y): (f64, f64) = (cell.parse().unwrap(), want.parse().unwrap());
                assert!((x - y).abs() <= 1e-9 * y.abs().max(1.0), "{at}: {x} != {y}");
            } else if DATES.contains(&col.as_str()) {
                assert!(!quoted, "{at}: {cell:?} was read as text, not a date");
                assert_eq!(cell, want, "{at}");
            } else {
                assert!(
                    quoted,
                    "{at}: {cell:?} was read as a number or formula result"
                );
                let neutralised = want.starts_with('\'')
                    && want[1..]
                        .trim_start_matches(' ')
                        .starts_with(['=', '+', '-', '@', '\t']);
                let want = if raw_text && neutralised {
                    &want[1..]
                } else {
                    want
                };
                assert_eq!(cell, want, "{at}");
            }
        }
    }
}

#[test]
fn libreoffice_reads_back_what_dealsift_wrote() {
    if !soffice_present() {
        return;
    }
    let s = Scratch::new();
    s.copy_dir(&repo().join("input"), "articles");
    s.copy_dir(
        &fixtures().join("e2e/formulas/articles"),
        "articles/formulas",
    );
    let out = s.run(&["articles", "--out", "plain"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = s.run(&["articles", "--out", "it", "--excel-locale", "it", "--xlsx"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let deals = csv_rows(&s.read("plain/deals.csv"), b',');
    let mentions = csv_rows(&s.read("plain/mentions.csv"), b',');

    convert(&s, None, &[&s.path("it/deals.xlsx")], "from-xlsx");
    assert_read_back(
        "deals.xlsx deals sheet",
        &s.read_string("from-xlsx/deals-deals.csv"),
        &deals,
        true,
    );
    assert_read_back(
        "deals.xlsx mentions sheet",
        &s.read_string("from-xlsx/deals-mentions.csv"),
        &mentions,
        true,
    );

    convert(
        &s,
        Some(IMPORT_IT),
        &[&s.path("it/deals.csv"), &s.path("it/mentions.csv")],
        "from-csv",
    );
    assert_read_back(
        "deals.csv (it)",
        &s.read_string("from-csv/deals.csv"),
        &deals,
        false,
    );
    assert_read_back(
        "mentions.csv (it)",
        &s.read_string("from-csv/mentions.csv"),
        &mentions,
        false,
    );
}

#[test]
fn the_quoted_cell_reader_keeps_quotes_apart() {
    let rows = cells("\"a,b\",12,,\"say \"\"hi\"\"\",2025-01-02");
    let want = [
        ("a,b", true),
        ("12", false),
        ("", false),
        ("say \"hi\"", true),
        ("2025-01-02", false),
    ];
    let want: Vec<(String, bool)> = want.iter().map(|(s, q)| (s.to_string(), *q)).collect();
    assert_eq!(rows, vec![want]);
}
