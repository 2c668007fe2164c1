//! Puts output files in place so that a crash, a kill or a full disk never leaves a half-written
//! file behind: each file of a run is first written whole to a hidden temporary file beside its
//! destination (`.NAME.PID.dealsift-tmp`) and synced; only when every file is written are they
//! renamed over the old ones, in the order they were staged. A run that dies before that leaves
//! yesterday's files as they were (and a temporary file that the next run removes). What goes
//! into the files is left to the CSV and xlsx writers.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

const TMP_SUFFIX: &str = ".dealsift-tmp";

/// Files written but not yet in place. Dropping a batch without committing it removes them.
#[derive(Debug, Default)]
pub struct Batch {
    staged: Vec<(PathBuf, PathBuf)>,
}

fn tmp_path(path: &Path) -> PathBuf {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("out");
    dir.join(format!(".{name}.{}{TMP_SUFFIX}", std::process::id()))
}

impl Batch {
    pub fn new() -> Batch {
        Batch::default()
    }

    /// Writes the future content of `path` through `write` into a temporary file beside it.
    pub fn stage(
        &mut self,
        path: &Path,
        write: impl FnOnce(&mut io::BufWriter<fs::File>) -> io::Result<()>,
    ) -> io::Result<()> {
        let tmp = tmp_path(path);
        let result = (|| {
            let mut buf = io::BufWriter::new(fs::File::create(&tmp)?);
            write(&mut buf)?;
            buf.flush()?;
            let file = buf.into_inner().map_err(|e| e.into_error())?;
            file.sync_all()
        })();
        match result {
            Ok(()) => {
                self.staged.push((tmp, path.to_path_buf()));
                Ok(())
            }
            Err(e) => {
                let _ = fs::remove_file(&tmp);
                Err(e)
            }
        }
    }

    /// Renames every staged file over its destination, in the order staged.
    pub fn commit(mut self) -> io::Result<()> {
        let staged = std::mem::take(&mut self.staged);
        let mut dirs: Vec<PathBuf> = Vec::new();
        for (i, (tmp, path)) in staged.iter().enumerate() {
            if let Err(e) = fs::rename(tmp, path) {
                for (tmp, _) in &staged[i..] {
                    let _ = fs::remove_file(tmp);
                }
                return Err(e);
            }
            let dir = path.parent().unwrap_or(Path::new(".")).to_path_buf();
            if !dirs.contains(&dir) {
                dirs.push(dir);
            }
        }
        // Make the renames themselves durable; not every platform can open a folder.
        for dir in dirs {
            if let Ok(d) = fs::File::open(&dir) {
                let _ = d.sync_all();
            }
        }
        Ok(())
    }
}

impl Drop for Batch {
    fn drop(&mut self) {
        for (tmp, _) in &self.staged {
            let _ = fs::remove_file(tmp);
        }
    }
}

/// Writes `path` through `write`, atomically.
pub fn write_atomic(
    path: &Path,
    write: impl FnOnce(&mut io::BufWriter<fs::File>) -> io::Result<()>,
) -> io::Result<()> {
    let mut batch = Batch::new();
    batch.stage(path, write)?;
    batch.commit()
}

/// Removes the temporary files that a killed run left in `dir`.
pub fn remove_leftovers(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') && name.ends_with(TMP_SUFFIX) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn atomic_write_keeps_old_file_on_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deals.csv");
        fs::write(&path, "old").unwrap();
        let err = write_atomic(&path, |w| {
            w.write_all(b"partial")?;
            Err(io::Error::other("disk full"))
        });
        assert!(err.is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(names(dir.path()), ["deals.csv"]);
    }

    #[test]
    fn nothing_is_replaced_until_every_file_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.csv"), dir.path().join("b.csv"));
        fs::write(&a, "old a").unwrap();
        fs::write(&b, "old b").unwrap();
        let mut batch = Batch::new();
        batch.stage(&a, |w| w.write_all(b"new a")).unwrap();
        assert_eq!(fs::read_to_string(&a).unwrap(), "old a");
        let err = batch.stage(&b, |_| Err(io::Error::other("disk full")));
        assert!(err.is_err());
        drop(batch);
        assert_eq!(fs::read_to_string(&a).unwrap(), "old a");
        assert_eq!(fs::read_to_string(&b).unwrap(), "old b");
        assert_eq!(names(dir.path()), ["a.csv", "b.csv"]);
    }

    #[test]
    fn commit_puts_every_file_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.csv"), dir.path().join("b.csv"));
        fs::write(&a, "old a").unwrap();
        let mut batch = Batch::new();
        batch.stage(&a, |w| w.write_all(b"new a")).unwrap();
        batch.stage(&b, |w| w.write_all(b"new b")).unwrap();
        batch.commit().unwrap();
        assert_eq!(fs::read_to_string(&a).unwrap(), "new a");
        assert_eq!(fs::read_to_string(&b).unwrap(), "new b");
        assert_eq!(names(dir.path()), ["a.csv", "b.csv"]);
    }

    #[test]
    fn leftovers_of_a_killed_run_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(".deals.csv.123.dealsift-tmp"), "x").unwrap();
        fs::write(dir.path().join("deals.csv"), "x").unwrap();
        fs::write(dir.path().join(".keep"), "x").unwrap();
        remove_leftovers(dir.path());
        assert_eq!(names(dir.path()), [".keep", "deals.csv"]);
    }
}
