//! Helpers for the end-to-end tests: a scratch folder with fixture articles copied in, the real
//! `dealsift` binary run inside it, and comparison of its CSV files with the expected files
//! stored beside the fixtures. `BLESS=1 cargo test` rewrites the expected files from what the
//! binary writes now (review the diff with `git diff tests/fixtures` before committing).
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The folder of the test fixtures.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The repository root (for `input/`).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A scratch folder that disappears with the test.
pub struct Scratch {
    pub dir: tempfile::TempDir,
}

impl Scratch {
    pub fn new() -> Scratch {
        Scratch {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Copies the folder `from`, with its subfolders, into the folder `to` of the scratch.
    pub fn copy_dir(&self, from: &Path, to: &str) -> PathBuf {
        let dest = self.path(to);
        fs::create_dir_all(&dest).unwrap();
        for entry in fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name();
            if entry.file_type().unwrap().is_dir() {
                let sub = format!("{to}/{}", name.to_string_lossy());
                self.copy_dir(&entry.path(), &sub);
            } else {
                fs::copy(entry.path(), dest.join(name)).unwrap();
            }
        }
        dest
    }

    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, bytes).unwrap();
        path
    }

    /// A `dealsift` command run inside the scratch folder.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_dealsift"));
        cmd.current_dir(self.dir.path()).args(args);
        cmd
    }

    /// Runs `dealsift` inside the scratch folder and returns what it did.
    pub fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap()
    }

    pub fn read(&self, rel: &str) -> Vec<u8> {
        fs::read(self.path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    pub fn read_string(&self, rel: &str) -> String {
        String::from_utf8(self.read(rel)).unwrap()
    }
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn code(out: &Output) -> i32 {
    out.status.code().expect("dealsift was killed by a signal")
}

/// Compares each of `names` in `out_dir` with the file of the same name in `expected_dir`;
/// with `BLESS=1` in the environment, writes them there instead.
pub fn assert_expected(out_dir: &Path, expected_dir: &Path, names: &[&str]) {
    let bless = std::env::var_os("BLESS").is_some_and(|v| !v.is_empty() && v != "0");
    for name in names {
        let actual = fs::read(out_dir.join(name)).unwrap();
        let expected_path = expected_dir.join(name);
        if bless {
            fs::create_dir_all(expected_dir).unwrap();
            fs::write(&expected_path, &actual).unwrap();
            continue;
        }
        let expected = fs::read(&expected_path).unwrap_or_else(|_| {
            panic!(
                "{} is missing: run `BLESS=1 cargo test` to write it",
                expected_path.display()
            )
        });
        if actual != expected {
            let (a, e) = (
                String::from_utf8_lossy(&actual),
                String::from_utf8_lossy(&expected),
            );
            let first = a
                .lines()
                .zip(e.lines())
                .position(|(x, y)| x != y)
                .unwrap_or(a.lines().count().min(e.lines().count()));
            panic!(
                "{name} differs from {} at line {}:\n  got:      {}\n  expected: {}\n\
                 If the change is intended (extraction improved), run `BLESS=1 cargo test` \
                 and review `git diff tests/fixtures`.",
                expected_path.display(),
                first + 1,
                a.lines().nth(first).unwrap_or("<end of file>"),
                e.lines().nth(first).unwrap_or("<end of file>"),
            );
        }
    }
}

/// The rows of a CSV file (BOM removed), header included.
pub fn csv_rows(bytes: &[u8], delimiter: u8) -> Vec<Vec<String>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(bytes)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}
