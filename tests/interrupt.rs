//! A run killed midway leaves yesterday's output intact: first a run held up reading (a FIFO
//! that never delivers) and killed; then runs killed at many moments of a large job, after each
//! of which every output file must be whole, either yesterday's or tonight's, never a mix of
//! the two within a file and never truncated.
#![cfg(unix)]

mod util;

use std::fs;
use std::process::Stdio;
use std::thread::sleep;
use std::time::Duration;
use util::{code, repo, stderr, Scratch};

const OUTPUTS: &[&str] = &["mentions.csv", "deals.csv", "errors.csv", "deals.xlsx"];

/// Yesterday: a run over one article.
fn yesterday(s: &Scratch) -> Vec<Vec<u8>> {
    let first = fs::read_dir(repo().join("input"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .min()
        .unwrap();
    s.write("old/article.txt", fs::read(first).unwrap());
    let out = s.run(&["old", "--out", "out", "--xlsx"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    OUTPUTS
        .iter()
        .map(|n| s.read(&format!("out/{n}")))
        .collect()
}

fn stray_files(s: &Scratch) -> Vec<String> {
    fs::read_dir(s.path("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !OUTPUTS.contains(&n.as_str()))
        .collect()
}

#[test]
fn a_run_killed_while_reading_leaves_the_old_output() {
    let s = Scratch::new();
    let old = yesterday(&s);
    s.copy_dir(&repo().join("input"), "articles");
    let fifo = s.path("stuck.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|st| st.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    let mut child = s
        .command(&["articles", "stuck.txt", "--out", "out", "--xlsx", "-j2"])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    sleep(Duration::from_millis(500));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the run should hang on the FIFO"
    );
    child.kill().unwrap();
    child.wait().unwrap();
    for (name, bytes) in OUTPUTS.iter().zip(&old) {
        assert!(&s.read(&format!("out/{name}")) == bytes, "{name} changed");
    }
    assert!(stray_files(&s).is_empty(), "{:?}", stray_files(&s));

    // The next night completes and replaces everything.
    let out = s.run(&["articles", "--out", "out", "--xlsx"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(s.read("out/deals.csv") != old[1]);
    assert!(stray_files(&s).is_empty(), "{:?}", stray_files(&s));
}

#[test]
fn a_run_killed_at_any_moment_leaves_whole_files() {
    let s = Scratch::new();
    let old = yesterday(&s);
    for i in 0..60 {
        s.copy_dir(&repo().join("input"), &format!("articles/{i:03}"));
    }
    // Tonight's complete output, for comparison.
    let out = s.run(&["articles", "--out", "tonight", "--xlsx", "-j1"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let new: Vec<Vec<u8>> = OUTPUTS
        .iter()
        .map(|n| s.read(&format!("tonight/{n}")))
        .collect();
    let mut killed_early = 0;
    for delay_ms in [0, 5, 20, 50, 80, 120, 160, 200, 250, 300, 400, 600] {
        let mut child = s
            .command(&["articles", "--out", "out", "--xlsx", "-j1"])
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        sleep(Duration::from_millis(delay_ms));
        if child.try_wait().unwrap().is_none() {
            killed_early += 1;
        }
        let _ = child.kill();
        child.wait().unwrap();
        for (i, name) in OUTPUTS.iter().enumerate() {
            let now = s.read(&format!("out/{name}"));
            assert!(
                now == old[i] || now == new[i],
                "{name} is neither yesterday's nor tonight's after a kill at {delay_ms} ms"
            );
        }
        // Start again from yesterday for the next kill.
        for (name, bytes) in OUTPUTS.iter().zip(&old) {
            s.write(&format!("out/{name}"), bytes);
        }
    }
    assert!(killed_early > 0, "no run was killed before it finished");
}
