//! End-to-end tests: the real binary on fixture folders copied into a temp dir, its CSV files
//! compared with the expected files stored beside the fixtures (`BLESS=1 cargo test` rewrites
//! them after an intended change), its exit codes and messages, and the CSV spelling options.

mod util;

use std::fs;
use std::path::Path;
use util::{assert_expected, code, csv_rows, fixtures, repo, stderr, Scratch};

const CSVS: &[&str] = &["mentions.csv", "deals.csv", "errors.csv"];

#[test]
fn sample_articles_give_the_expected_csv() {
    let s = Scratch::new();
    s.copy_dir(&repo().join("input"), "articles");
    let out = s.run(&["articles", "--out", "out"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_expected(&s.path("out"), &fixtures().join("e2e/samples"), CSVS);
    let deals = csv_rows(&s.read("out/deals.csv"), b',');
    assert!(deals.len() > 5, "the samples hold deals");
}

#[test]
fn summary_line_counts_files_articles_and_deals() {
    let s = Scratch::new();
    s.copy_dir(&repo().join("input"), "articles");
    let out = s.run(&["articles", "--out", "out"]);
    let err = stderr(&out);
    let last = err.lines().last().unwrap();
    let n = fs::read_dir(repo().join("input")).unwrap().count();
    assert!(
        last.starts_with(&format!("dealsift: {n} files ({n} read), {n} articles, ")),
        "{last}"
    );
    for part in [" deals, ", " 0 skipped, ", " bytes, ", " s, ", " MB/s"] {
        assert!(last.contains(part), "{last}");
    }
}

#[test]
fn cells_that_look_like_formulas_are_neutralised() {
    let s = Scratch::new();
    s.copy_dir(&fixtures().join("e2e/formulas/articles"), "articles");
    let out = s.run(&["articles", "--out", "out"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_expected(&s.path("out"), &fixtures().join("e2e/formulas"), CSVS);
    let mentions = csv_rows(&s.read("out/mentions.csv"), b',');
    let deals = csv_rows(&s.read("out/deals.csv"), b',');
    let articles: Vec<&str> = mentions[1..].iter().map(|r| r[0].as_str()).collect();
    for name in ["'=1+1.txt", "'+cmd.txt", "'-2+3.txt", "'@SUM(A1).txt"] {
        assert!(articles.contains(&name), "{name} not in {articles:?}");
    }
    for row in mentions.iter().chain(&deals) {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "formula-like cell {cell:?}"
            );
        }
    }
    // Numbers stay numbers: amounts are bare digits.
    let amount = mentions[0].iter().position(|c| c == "amount").unwrap();
    for row in &mentions[1..] {
        assert!(row[amount].bytes().all(|b| b.is_ascii_digit()), "{row:?}");
    }
}

#[test]
fn unreadable_files_are_named_and_the_others_still_read() {
    let s = Scratch::new();
    s.copy_dir(&fixtures().join("e2e/skipped/articles"), "articles");
    s.write("articles/empty.txt", "");
    s.write("articles/binary.txt", b"\x00\x01\x02PNG\x00\xff".repeat(10));
    s.write(
        "articles/broken.txt.gz",
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03abc",
    );
    let out = s.run(&["articles", "--out", "out"]);
    let err = stderr(&out);
    assert_eq!(code(&out), 1, "{err}");
    for name in ["binary.txt", "broken.txt.gz", "empty.txt"] {
        assert!(
            err.contains(&format!("dealsift: articles/{name}: ")),
            "{name} not named in:\n{err}"
        );
    }
    assert!(err.contains(" 3 skipped, "), "{err}");
    assert_expected(&s.path("out"), &fixtures().join("e2e/skipped"), CSVS);
    let errors = csv_rows(&s.read("out/errors.csv"), b',');
    assert_eq!(errors.len(), 4, "{errors:?}");
    assert!(s.read_string("out/mentions.csv").contains("good.txt"));
}

#[test]
fn output_does_not_depend_on_the_thread_count() {
    let s = Scratch::new();
    for sub in ["a", "b/c", "d"] {
        s.copy_dir(&repo().join("input"), &format!("articles/{sub}"));
    }
    s.copy_dir(&fixtures().join("e2e/formulas/articles"), "articles/e");
    let one = s.run(&["articles", "--out", "one", "-j1", "--xlsx"]);
    let two = s.run(&["articles", "--out", "two", "-j2", "--xlsx"]);
    assert_eq!(code(&one), 0);
    assert_eq!(code(&two), 0);
    for name in CSVS.iter().chain(&["deals.xlsx"]) {
        assert!(
            s.read(&format!("one/{name}")) == s.read(&format!("two/{name}")),
            "{name} differs between -j1 and -j2"
        );
    }
}

/// Guards the output bytes of every format through the streaming pipeline: nested folders (a
/// folder sorts before a file named like it), plain, gzip, HTML, WARC, JSON Lines with a
/// malformed record (named `PATH#N` in errors.csv), a JSON array. The expected mentions and
/// deals were written by the version that still read whole files and held every result.
#[test]
fn a_mixed_corpus_gives_the_expected_csv() {
    let s = Scratch::new();
    s.copy_dir(&fixtures().join("e2e/mixed/articles"), "articles");
    let out = s.run(&["articles", "--out", "out", "-j2"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert_expected(&s.path("out"), &fixtures().join("e2e/mixed"), CSVS);
}

/// More files than the pipeline reads in one go, spread over folders: the rows come in the
/// order of the sorted paths, whatever the thread count.
#[test]
fn many_files_keep_their_order_across_chunks() {
    let s = Scratch::new();
    for i in 0..1100 {
        let rel = format!("{:02}/f{i:04}.txt", i % 7);
        let text = format!(
            "Firm{i} buys Target{i}\n\nMarch 3, 2024\n\nFirm{i} Corp said it acquired Target{i} Inc for {} mln dlrs.\n",
            i + 10
        );
        s.write(&format!("articles/{rel}"), text);
    }
    let one = s.run(&["articles", "--out", "one", "-j1"]);
    let two = s.run(&["articles", "--out", "two", "-j2"]);
    assert_eq!(code(&one), 0, "{}", stderr(&one));
    assert_eq!(code(&two), 0, "{}", stderr(&two));
    for name in CSVS {
        assert!(
            s.read(&format!("one/{name}")) == s.read(&format!("two/{name}")),
            "{name} differs between -j1 and -j2"
        );
    }
    let mentions = csv_rows(&s.read("one/mentions.csv"), b',');
    let articles: Vec<&str> = mentions[1..].iter().map(|r| r[0].as_str()).collect();
    // One mention per file (names past Firm999 are not taken for companies); the second chunk
    // starts inside folder 06, so its rows follow the first chunk's.
    assert!(articles.len() >= 1000, "{} mentions", articles.len());
    assert!(articles.last().unwrap().starts_with("06/"));
    let mut sorted = articles.clone();
    sorted.sort_by_key(|a| Path::new(a).to_path_buf());
    assert!(articles == sorted, "mentions out of path order");
}

#[test]
fn nothing_to_run_is_exit_code_2_and_leaves_the_output_alone() {
    let s = Scratch::new();
    s.write("out/deals.csv", "yesterday");
    fs::create_dir_all(s.path("empty")).unwrap();
    s.write("junk/binary.txt", b"\x00\x01\x02".repeat(10));
    s.write("not-a-folder", "x");
    for (args, says) in [
        (&["missing", "--out", "out"][..], "missing"),
        (&["empty", "--out", "out"], "no article files"),
        (&["junk", "--out", "out"], "no file could be read"),
        (&["-j", "0", "empty", "--out", "out"], "--threads"),
        (&["--excel-locale", "xx", "empty"], "xx"),
        (&["--bogus-flag", "empty"], "bogus"),
    ] {
        let out = s.run(args);
        assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(says), "{args:?}: {}", stderr(&out));
        assert_eq!(s.read_string("out/deals.csv"), "yesterday", "{args:?}");
    }
    s.copy_dir(&fixtures().join("e2e/skipped/articles"), "articles");
    let out = s.run(&["articles", "--out", "not-a-folder"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
}

#[test]
fn default_csv_is_utf8_with_bom_and_commas() {
    let s = Scratch::new();
    s.copy_dir(&repo().join("input"), "articles");
    s.run(&["articles", "--out", "bom"]);
    s.run(&["articles", "--out", "nobom", "--no-bom"]);
    for name in CSVS {
        let bom = s.read(&format!("bom/{name}"));
        let nobom = s.read(&format!("nobom/{name}"));
        assert!(bom.starts_with(b"\xEF\xBB\xBF"), "{name}");
        assert!(!nobom.starts_with(b"\xEF\xBB\xBF"), "{name}");
        assert_eq!(&bom[3..], &nobom[..], "{name}");
    }
    let header = s.read_string("nobom/deals.csv");
    assert!(header.starts_with("deal_id,deal_type,company_a,company_b,amount,"));
}

#[test]
fn excel_locale_picks_the_separator_and_decimal_mark() {
    let s = Scratch::new();
    s.copy_dir(&repo().join("input"), "articles");
    s.run(&["articles", "--out", "plain"]);
    s.run(&["articles", "--out", "it", "--excel-locale", "it"]);
    s.run(&["articles", "--out", "en", "--excel-locale", "en"]);
    s.run(&["articles", "--out", "semi", "--delimiter", ";"]);
    s.run(&["articles", "--out", "tab", "--delimiter", "tab"]);
    for name in CSVS {
        let plain = csv_rows(&s.read(&format!("plain/{name}")), b',');
        assert_eq!(
            s.read(&format!("en/{name}")),
            s.read(&format!("plain/{name}"))
        );
        assert_eq!(csv_rows(&s.read(&format!("semi/{name}")), b';'), plain);
        assert_eq!(csv_rows(&s.read(&format!("tab/{name}")), b'\t'), plain);
        let it = csv_rows(&s.read(&format!("it/{name}")), b';');
        assert_eq!(it.len(), plain.len());
        for (a, b) in it.iter().zip(&plain) {
            for ((x, y), col) in a.iter().zip(b).zip(&plain[0]) {
                if ["stake_pct", "confidence"].contains(&col.as_str()) {
                    assert_eq!(x, &y.replace('.', ","), "{name} {col}");
                } else {
                    assert_eq!(x, y, "{name} {col}");
                }
            }
        }
    }
    let it = s.read_string("it/mentions.csv");
    assert!(it.contains(";0,"), "decimal comma in confidence");
    let header = it.trim_start_matches('\u{feff}').lines().next().unwrap();
    assert!(header.starts_with("article;url;article_date;language;"));
}

#[test]
fn xlsx_only_when_asked() {
    let s = Scratch::new();
    s.copy_dir(&repo().join("input"), "articles");
    s.run(&["articles", "--out", "csv"]);
    let out = s.run(&["articles", "--out", "both", "--xlsx"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(!s.path("csv/deals.xlsx").exists());
    assert!(s.read("both/deals.xlsx").starts_with(b"PK\x03\x04"));
    assert_eq!(s.read("csv/deals.csv"), s.read("both/deals.csv"));
}

/// More files than two chunks of the run (1,024 files each), with the six sample articles
/// spread over all three chunks, the last one among them: one worker thread and two write the
/// same bytes, and every sample's mentions are found wherever its chunk falls.
#[test]
fn output_is_the_same_for_one_thread_and_two_over_several_chunks() {
    let s = Scratch::new();
    let samples: Vec<_> = fs::read_dir(repo().join("input"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let at = [7, 500, 1_030, 1_500, 2_050, 2_099];
    let mut sample_files = 0;
    for i in 0..2_100 {
        let name = format!("articles/{i:05}.txt");
        if at.contains(&i) {
            let from = &samples[sample_files % samples.len()];
            s.write(&name, fs::read(from).unwrap());
            sample_files += 1;
        } else {
            s.write(
                &name,
                format!("Notes {i}\n\nThe weather was mild on day {i}.\n"),
            );
        }
    }
    s.copy_dir(&repo().join("input"), "samples");
    let alone = s.run(&["samples", "--out", "alone"]);
    assert_eq!(code(&alone), 0, "{}", stderr(&alone));
    let one = s.run(&["articles", "--out", "one", "-j", "1"]);
    assert_eq!(code(&one), 0, "{}", stderr(&one));
    let two = s.run(&["articles", "--out", "two", "-j", "2"]);
    assert_eq!(code(&two), 0, "{}", stderr(&two));
    for csv in CSVS {
        assert_eq!(
            s.read(&format!("one/{csv}")),
            s.read(&format!("two/{csv}")),
            "{csv}"
        );
    }
    let found = csv_rows(&s.read("one/mentions.csv"), b',').len() - 1;
    let per_sample = csv_rows(&s.read("alone/mentions.csv"), b',').len() - 1;
    assert_eq!(sample_files, samples.len());
    assert_eq!(
        found, per_sample,
        "each sample is in once, so are its mentions"
    );
}
