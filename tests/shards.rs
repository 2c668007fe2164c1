//! The map step and the merge of a cluster job: `--emit` with `--stdin-paths` and
//! `--stdin-jsonl` give the mentions of a run on standard output, and `dealsift merge` turns
//! mention shards, in any order and any split, into the same bytes as one run over the folder.

mod util;

use std::io::Write;
use std::process::{Command, Output, Stdio};
use util::{code, fixtures, repo, stderr, Scratch};

const CSVS: &[&str] = &["mentions.csv", "deals.csv", "errors.csv"];

/// Runs `cmd` with `input` on its standard input.
fn run_with_stdin(mut cmd: Command, input: &[u8]) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    out
}

/// Twelve records of one JSON Lines file (so `#10` sorts after `#9`, as a run reads them), with
/// deals that recur across records and a record that cannot be read.
fn records() -> String {
    let mut s = String::new();
    for i in 1..=12 {
        let (buyer, target) = [("Acme Corp", "Widget Inc"), ("Orbis Group", "Nimbus Labs")][i % 2];
        s.push_str(&format!(
            "{{\"title\": \"Deal {i}\", \"date_publish\": \"2024-05-{i:02}\", \"maintext\": \
             \"{buyer} said on Monday it agreed to acquire {target} for {} million dollars in \
             cash.\\nThe deal is expected to close next year.\"}}\n",
            100 + i % 3
        ));
        if i == 7 {
            s.push_str("{\"title\": \"cut short\n");
        }
    }
    s
}

/// A folder of articles with what makes ordering and merging hard: the same deals in several
/// files, a sub-folder whose name sorts between files (`a/` and `a.txt`), a multi-record file,
/// and files that cannot be read.
fn articles(s: &Scratch) {
    s.copy_dir(&repo().join("input"), "articles");
    s.copy_dir(&repo().join("input"), "articles/a");
    s.copy_dir(&fixtures().join("e2e/formulas/articles"), "articles/a/b");
    let good = fixtures().join("e2e/skipped/articles/good.txt");
    s.write("articles/a.txt", std::fs::read(good).unwrap());
    s.write("articles/news.jsonl", records());
    s.write("articles/z/empty.txt", "");
    s.write("articles/binary.txt", b"\x00\x01\x02PNG\x00\xff".repeat(10));
}

/// Every file under the articles folder, in an order a run would not choose.
fn listing(s: &Scratch) -> Vec<String> {
    fn visit(dir: &std::path::Path, rel: &str, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let e = e.unwrap();
            let name = format!("{rel}/{}", e.file_name().to_string_lossy());
            if e.file_type().unwrap().is_dir() {
                visit(&e.path(), &name, out);
            } else {
                out.push(name);
            }
        }
    }
    let mut out = Vec::new();
    visit(&s.path("articles"), "articles", &mut out);
    out.sort();
    out.reverse();
    out
}

/// Merges `shards` (each a list of lines) into `out` and returns what the merge did.
fn merge(s: &Scratch, shards: &[Vec<&str>], out: &str) -> Output {
    let mut args = vec!["merge".to_string()];
    for (i, lines) in shards.iter().enumerate() {
        let name = format!("{out}-shards/part-{i:05}");
        let mut text = lines.join("\n");
        text.push('\n');
        s.write(&name, text);
        args.push(name);
    }
    args.extend(["--out".to_string(), out.to_string()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    s.run(&args)
}

fn assert_same_files(s: &Scratch, got: &str, want: &str) {
    for name in CSVS {
        let (g, w) = (
            s.read_string(&format!("{got}/{name}")),
            s.read_string(&format!("{want}/{name}")),
        );
        assert!(
            g == w,
            "{got}/{name} differs from {want}/{name}:\n{g}\n---\n{w}"
        );
    }
}

/// The summary line without its times.
fn summary(out: &Output) -> String {
    let err = stderr(out);
    let last = err.lines().last().unwrap_or_default().to_string();
    last.split(" bytes, ").next().unwrap().to_string()
}

#[test]
fn shards_in_any_order_and_split_merge_to_one_run() {
    let s = Scratch::new();
    articles(&s);
    let single = s.run(&["articles", "--out", "single"]);
    assert_eq!(code(&single), 1, "{}", stderr(&single));

    let paths = listing(&s).join("\n") + "\n";
    let mut cmd = s.command(&[
        "--stdin-paths",
        "--root",
        "articles",
        "--emit",
        "mentions-jsonl",
        "-j",
        "2",
    ]);
    cmd.current_dir(s.dir.path());
    let emitted = run_with_stdin(cmd, paths.as_bytes());
    assert_eq!(code(&emitted), 1, "{}", stderr(&emitted));
    let text = String::from_utf8(emitted.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() > 40, "{text}");

    // One line per shard, in a scrambled order.
    let mut one_each: Vec<Vec<&str>> = lines.iter().map(|l| vec![*l]).collect();
    let n = one_each.len();
    one_each = (0..n).map(|i| one_each[(i * 7 + 3) % n].clone()).collect();
    assert!(!n.is_multiple_of(7), "7 steps must visit every line");
    // Uneven cuts that split files' lines across shards, then the shards reversed.
    let mut cuts: Vec<Vec<&str>> = Vec::new();
    let mut rest = &lines[..];
    for size in [1, 5, 2, 11, 3].iter().cycle() {
        if rest.is_empty() {
            break;
        }
        let k = (*size).min(rest.len());
        cuts.push(rest[..k].to_vec());
        rest = &rest[k..];
    }
    cuts.reverse();
    // Two copies of the same shard (a task run twice) and an empty shard.
    let twice = vec![lines.clone(), vec![], lines.clone()];

    for (name, shards) in [
        ("whole", vec![lines.clone()]),
        ("one-each", one_each),
        ("cuts", cuts),
        ("twice", twice),
    ] {
        let out = merge(&s, &shards, name);
        assert_eq!(code(&out), 1, "{name}: {}", stderr(&out));
        assert_same_files(&s, name, "single");
        assert_eq!(summary(&out), summary(&single), "{name}");
    }

    // The emit over the command line's folder gives the same lines, in run order.
    let from_inputs = s.run(&["articles", "--emit", "mentions-jsonl"]);
    let mut a: Vec<&str> = std::str::from_utf8(&from_inputs.stdout)
        .unwrap()
        .lines()
        .collect();
    let mut b = lines.clone();
    a.sort();
    b.sort();
    assert_eq!(a, b);
}

#[test]
fn skipped_files_are_named_on_stderr_and_in_the_shard() {
    let s = Scratch::new();
    articles(&s);
    let paths = "articles/a.txt\narticles/z/empty.txt\nelsewhere/x.txt\n\narticles/nope.txt\n";
    let cmd = s.command(&[
        "--stdin-paths",
        "--root",
        "articles",
        "--emit",
        "mentions-jsonl",
    ]);
    let out = run_with_stdin(cmd, paths.as_bytes());
    let err = stderr(&out);
    assert_eq!(code(&out), 1, "{err}");
    for msg in [
        "dealsift: articles/z/empty.txt: empty file",
        "dealsift: elsewhere/x.txt: not under --root articles",
        "dealsift: articles/nope.txt: cannot read: ",
        "dealsift: 4 files (1 read), 1 articles, ",
    ] {
        assert!(err.contains(msg), "{msg:?} not in {err}");
    }
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(r#"{"record":"error","file":"z/empty.txt","path":"articles/z/empty.txt","reason":"empty file"}"#),
        "{text}"
    );
    assert!(text.contains(r#"{"record":"file","file":"a.txt","path":"articles/a.txt","#));

    // An empty partition is no error, and writes nothing.
    for feed in ["--stdin-paths", "--stdin-jsonl"] {
        let out = run_with_stdin(s.command(&[feed, "--emit", "mentions"]), b"");
        assert_eq!(code(&out), 0, "{feed}: {}", stderr(&out));
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn csv_rows_on_stdout_are_the_rows_of_mentions_csv() {
    let s = Scratch::new();
    s.copy_dir(&repo().join("input"), "articles");
    let single = s.run(&["articles", "--out", "single"]);
    assert_eq!(code(&single), 0, "{}", stderr(&single));
    let mut names: Vec<String> = std::fs::read_dir(s.path("articles"))
        .unwrap()
        .map(|e| format!("articles/{}", e.unwrap().file_name().to_string_lossy()))
        .collect();
    names.sort();
    let cmd = s.command(&["--stdin-paths", "--emit", "mentions", "-j", "2"]);
    let out = run_with_stdin(cmd, (names.join("\n") + "\n").as_bytes());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let csv = s.read_string("single/mentions.csv");
    let body = csv
        .trim_start_matches('\u{feff}')
        .split_once('\n')
        .unwrap()
        .1;
    assert_eq!(String::from_utf8(out.stdout).unwrap(), body);
}

#[test]
fn records_on_stdin_are_read_as_a_jsonl_file() {
    let s = Scratch::new();
    s.write("articles/news.jsonl", records());
    let single = s.run(&["articles", "--out", "single"]);
    // one malformed record: named, the others read, exit 1 as for any skip
    assert_eq!(code(&single), 1, "{}", stderr(&single));
    let cmd = s.command(&[
        "--stdin-jsonl",
        "--stdin-name",
        "news.jsonl",
        "--emit",
        "mentions",
        "-j",
        "2",
    ]);
    let out = run_with_stdin(cmd, records().as_bytes());
    let err = stderr(&out);
    assert_eq!(code(&out), 1, "{err}");
    assert!(
        err.contains("dealsift: news.jsonl#8: malformed JSON"),
        "{err}"
    );
    let csv = s.read_string("single/mentions.csv");
    let body = csv
        .trim_start_matches('\u{feff}')
        .split_once('\n')
        .unwrap()
        .1;
    let got = String::from_utf8(out.stdout).unwrap();
    assert!(got.contains("news.jsonl#13,"), "{got}");
    assert_eq!(got, body);

    // Shards of records merge like files: here one stream in one shard.
    let cmd = s.command(&[
        "--stdin-jsonl",
        "--stdin-name",
        "news.jsonl",
        "--emit",
        "mentions-jsonl",
    ]);
    let out = run_with_stdin(cmd, records().as_bytes());
    s.write("shard.jsonl", &out.stdout);
    let merged = s.run(&["merge", "shard.jsonl", "--out", "merged"]);
    assert_eq!(code(&merged), 1, "{}", stderr(&merged));
    assert!(
        s.read_string("merged/errors.csv")
            .contains("news.jsonl#8,malformed JSON"),
        "{}",
        s.read_string("merged/errors.csv")
    );
    for name in ["mentions.csv", "deals.csv"] {
        assert_eq!(
            s.read_string(&format!("merged/{name}")),
            s.read_string(&format!("single/{name}")),
            "{name}"
        );
    }
}

#[test]
fn a_shard_cut_short_stops_the_merge_and_keeps_the_old_output() {
    let s = Scratch::new();
    s.copy_dir(&repo().join("input"), "articles");
    let out = s.run(&["articles", "--emit", "mentions-jsonl"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    // Drop the last file line: its mentions are there, the line that ends the file is not.
    let lines: Vec<&str> = text.lines().collect();
    let cut = lines[..lines.len() - 1].join("\n");
    s.write("out/deals.csv", "yesterday");
    s.write("cut.jsonl", cut);
    let merged = s.run(&["merge", "cut.jsonl", "--out", "out"]);
    let err = stderr(&merged);
    assert_eq!(code(&merged), 2, "{err}");
    assert!(err.contains("cut short"), "{err}");
    assert_eq!(s.read_string("out/deals.csv"), "yesterday");

    s.write("notes.txt", "article,url\n");
    let merged = s.run(&["merge", "notes.txt", "--out", "out"]);
    let err = stderr(&merged);
    assert_eq!(code(&merged), 2, "{err}");
    assert!(
        err.contains("notes.txt:1: not a mention shard line"),
        "{err}"
    );
}
