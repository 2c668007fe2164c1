//! Incremental runs (`--state`): a second run over the same folder reads nothing and changes
//! nothing; a new, changed or removed article changes only its own deals; and whatever the
//! history, the output equals that of a full run over the folder as it is now.

mod util;

use std::fs;
use std::time::{Duration, SystemTime};
use util::{code, csv_rows, repo, stderr, Scratch};

const CSVS: &[&str] = &["mentions.csv", "deals.csv", "errors.csv"];

const NEW_ARTICLE: &str = "Markets | Deals\nJuly 1, 2025\nQuillon Pharma buys Brantley Labs for $610 million\n\n\
Quillon Pharma has agreed to acquire Brantley Labs for $610 million, the drugmaker said on Tuesday.\n";

fn incremental(s: &Scratch) -> String {
    let out = s.run(&["articles", "--out", "out", "--state", "state/dealsift.json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    stderr(&out)
}

/// Asserts that `out` holds what a full run (no state) over `articles` writes.
fn assert_same_as_full_run(s: &Scratch) {
    let _ = fs::remove_dir_all(s.path("full"));
    let out = s.run(&["articles", "--out", "full"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    for name in CSVS {
        assert!(
            s.read(&format!("out/{name}")) == s.read(&format!("full/{name}")),
            "incremental {name} differs from a full run"
        );
    }
}

fn deal_ids(s: &Scratch) -> Vec<String> {
    csv_rows(&s.read("out/deals.csv"), b',')[1..]
        .iter()
        .map(|r| r[0].clone())
        .collect()
}

fn snapshot(s: &Scratch) -> Vec<Vec<u8>> {
    let mut files: Vec<Vec<u8>> = CSVS.iter().map(|n| s.read(&format!("out/{n}"))).collect();
    files.push(s.read("state/dealsift.json"));
    files
}

#[test]
fn a_second_run_reads_nothing_and_changes_nothing() {
    let s = Scratch::new();
    s.copy_dir(&repo().join("input"), "articles");
    let n = fs::read_dir(s.path("articles")).unwrap().count();
    let first = incremental(&s);
    assert!(first.contains(&format!("{n} files ({n} read)")), "{first}");
    assert_same_as_full_run(&s);
    let before = snapshot(&s);
    let second = incremental(&s);
    assert!(second.contains(&format!("{n} files (0 read)")), "{second}");
    assert!(second.contains(" 0 bytes,"), "{second}");
    assert!(before == snapshot(&s), "a second run changed the output");
}

#[test]
fn a_new_article_adds_only_its_deals_and_keeps_the_ids() {
    let s = Scratch::new();
    s.copy_dir(&repo().join("input"), "articles");
    incremental(&s);
    let before = deal_ids(&s);
    s.write("articles/zz-new.txt", NEW_ARTICLE);
    let err = incremental(&s);
    assert!(err.contains("(1 read)"), "{err}");
    let after = deal_ids(&s);
    for id in &before {
        assert!(after.contains(id), "deal {id} lost its id");
    }
    let added: Vec<&String> = after.iter().filter(|id| !before.contains(id)).collect();
    assert!(!added.is_empty(), "the new article's deal was not added");
    let deals = csv_rows(&s.read("out/deals.csv"), b',');
    for row in deals.iter().filter(|r| added.contains(&&r[0])) {
        assert_eq!(row[15], "zz-new.txt", "{row:?}");
    }
    assert_same_as_full_run(&s);
}

#[test]
fn a_changed_article_replaces_its_mentions_and_a_removed_one_drops_them() {
    let s = Scratch::new();
    s.copy_dir(&repo().join("input"), "articles");
    s.write("articles/zz-new.txt", NEW_ARTICLE);
    incremental(&s);
    assert!(s.read_string("out/mentions.csv").contains("Brantley Labs"));
    let changed = NEW_ARTICLE
        .replace("Brantley Labs", "Carrow Therapeutics")
        .replace("$610 million", "$655 million");
    s.write("articles/zz-new.txt", changed);
    let err = incremental(&s);
    assert!(err.contains("(1 read)"), "{err}");
    let mentions = s.read_string("out/mentions.csv");
    assert!(!mentions.contains("Brantley Labs"), "old mentions kept");
    assert!(mentions.contains("Carrow Therapeutics"));
    assert_same_as_full_run(&s);

    fs::remove_file(s.path("articles/zz-new.txt")).unwrap();
    let err = incremental(&s);
    assert!(err.contains("(0 read)"), "{err}");
    assert!(!s.read_string("out/mentions.csv").contains("Carrow"));
    assert_same_as_full_run(&s);
}

#[test]
fn a_touched_but_unchanged_article_is_not_searched_again() {
    let s = Scratch::new();
    s.copy_dir(&repo().join("input"), "articles");
    incremental(&s);
    let before = snapshot(&s);
    let path = fs::read_dir(s.path("articles"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let later = SystemTime::now() + Duration::from_secs(3600);
    fs::File::options()
        .append(true)
        .open(&path)
        .unwrap()
        .set_modified(later)
        .unwrap();
    let err = incremental(&s);
    assert!(err.contains("(0 read)"), "{err}");
    let after = snapshot(&s);
    assert!(before[..3] == after[..3], "the CSV files changed");
}

#[test]
fn a_damaged_state_file_stops_the_run_and_keeps_the_output() {
    let s = Scratch::new();
    s.copy_dir(&repo().join("input"), "articles");
    incremental(&s);
    let before = s.read("out/deals.csv");
    s.write("state/dealsift.json", "{ not json");
    let out = s.run(&["articles", "--out", "out", "--state", "state/dealsift.json"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("damaged"), "{}", stderr(&out));
    assert_eq!(s.read("out/deals.csv"), before);
}

#[test]
fn a_file_unreadable_tonight_keeps_its_deals_from_before() {
    let s = Scratch::new();
    s.copy_dir(&repo().join("input"), "articles");
    s.write("articles/zz-new.txt", NEW_ARTICLE);
    incremental(&s);
    s.write(
        "articles/zz-new.txt",
        b"\x00\x00\x00 garbled by a failing disk",
    );
    let out = s.run(&["articles", "--out", "out", "--state", "state/dealsift.json"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains("articles/zz-new.txt: binary"));
    assert!(s.read_string("out/mentions.csv").contains("Brantley Labs"));
    assert!(s.read_string("out/errors.csv").contains("zz-new.txt"));
}

#[test]
fn an_input_missing_tonight_keeps_its_deals_from_before() {
    let s = Scratch::new();
    s.copy_dir(&repo().join("input"), "articles");
    s.write("extra/zz-new.txt", NEW_ARTICLE);
    let args = ["articles", "extra", "--out", "out", "--state", "state.json"];
    let out = s.run(&args);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let before = s.read("out/deals.csv");
    fs::rename(s.path("extra"), s.path("unmounted")).unwrap();
    let out = s.run(&args);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("dealsift: extra: "),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        s.read("out/deals.csv"),
        before,
        "deals of the missing input were dropped"
    );
}
