//! Lists the article files under each input: a file stands for itself, a folder is searched
//! recursively. Hidden files and folders are skipped. The list is sorted, so the output does not
//! depend on the order the file system returns entries in.

use std::io;
use std::path::{Path, PathBuf};

/// A file to read, and the name it has in the output (its path relative to the input given).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Source {
    pub path: PathBuf,
    pub id: String,
}

/// The files under `inputs`, sorted by id then path; unreadable folders are returned as errors
/// beside the files that could be listed.
pub fn list(inputs: &[PathBuf]) -> (Vec<Source>, Vec<(PathBuf, io::Error)>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        match std::fs::metadata(input) {
            Ok(md) if md.is_dir() => visit(input, input, &mut files, &mut errors),
            Ok(_) => {
                let id = input
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                files.push(Source {
                    path: input.clone(),
                    id,
                });
            }
            Err(e) => errors.push((input.clone(), e)),
        }
    }
    files.sort();
    files.dedup();
    (files, errors)
}

fn visit(root: &Path, dir: &Path, files: &mut Vec<Source>, errors: &mut Vec<(PathBuf, io::Error)>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push((dir.to_path_buf(), e));
            return;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                errors.push((dir.to_path_buf(), e));
                continue;
            }
        };
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        match entry.file_type() {
            Ok(t) if t.is_dir() => visit(root, &path, files, errors),
            Ok(t) if t.is_file() || t.is_symlink() && path.is_file() => {
                let rel = path.strip_prefix(root).unwrap_or(&path);
                let id = rel.to_string_lossy().replace('\\', "/");
                files.push(Source { path, id });
            }
            Ok(_) => {}
            Err(e) => errors.push((path, e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_searched_recursively_and_sorted() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("b/c")).unwrap();
        for f in ["z.txt", "b/a.txt", "b/c/d.txt", ".hidden.txt"] {
            std::fs::write(dir.path().join(f), "x").unwrap();
        }
        let (files, errors) = list(&[dir.path().to_path_buf()]);
        assert!(errors.is_empty());
        let ids: Vec<&str> = files.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids, ["b/a.txt", "b/c/d.txt", "z.txt"]);
    }

    #[test]
    fn missing_input_is_an_error() {
        let (files, errors) = list(&[PathBuf::from("/nonexistent/dealsift")]);
        assert!(files.is_empty());
        assert_eq!(errors.len(), 1);
    }
}
