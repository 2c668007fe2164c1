//! Lists the article files under each input: a file stands for itself, a folder is searched
//! recursively. Hidden files and folders are skipped. Files come in a fixed order (sorted by
//! path, then name in the output), so the output does not depend on the order the file system
//! returns entries in. [`Walk`] yields them one at a time, holding only the listings of the
//! folders it is in, so a corpus of a million files is never held in memory at once.

use std::ffi::OsString;
use std::io;
use std::path::{Path, PathBuf};

/// A file to read, and the name it has in the output (its path relative to the input given).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Source {
    pub path: PathBuf,
    pub id: String,
}

/// A folder or entry that could not be listed, and why.
pub type WalkError = (PathBuf, io::Error);

/// The files under `inputs`, sorted by path then id; unreadable folders are returned as errors
/// beside the files that could be listed.
pub fn list(inputs: &[PathBuf]) -> (Vec<Source>, Vec<WalkError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for item in Walk::new(inputs) {
        match item {
            Ok(src) => files.push(src),
            Err(e) => errors.push(e),
        }
    }
    (files, errors)
}

/// The files under some inputs, one at a time, in the order of [`list`] (sorted by path, then
/// id, without repeats); a folder or entry that cannot be listed comes as an error when the walk
/// reaches it.
pub struct Walk {
    trees: Vec<Tree>,
    last: Option<Source>,
}

impl Walk {
    pub fn new(inputs: &[PathBuf]) -> Walk {
        Walk {
            trees: inputs.iter().map(|i| Tree::new(i)).collect(),
            last: None,
        }
    }
}

impl Iterator for Walk {
    type Item = Result<Source, WalkError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            // Every input walks its own tree in order; the walk takes the least next file of all.
            for tree in &mut self.trees {
                if let Some(e) = tree.fill() {
                    return Some(Err(e));
                }
            }
            let least = self
                .trees
                .iter_mut()
                .filter(|t| t.next.is_some())
                .min_by(|a, b| a.next.cmp(&b.next))?;
            let src = least.next.take()?;
            if self.last.as_ref() != Some(&src) {
                self.last = Some(src.clone());
                return Some(Ok(src));
            }
        }
    }
}

/// One input, walked depth first with each folder's entries sorted by name, which is the order
/// of their paths.
struct Tree {
    root: PathBuf,
    /// The entries still to visit of each folder entered, the innermost last.
    stack: Vec<std::vec::IntoIter<Entry>>,
    /// The next file of this tree, once found.
    next: Option<Source>,
    /// An input that is a file stands for itself; it waits here until taken.
    single: Option<Result<Source, WalkError>>,
    /// Entries of the folder just listed that could not be looked at, not yet reported.
    pending: Vec<WalkError>,
}

struct Entry {
    name: OsString,
    path: PathBuf,
    is_dir: bool,
}

impl Tree {
    fn new(input: &Path) -> Tree {
        let mut tree = Tree {
            root: input.to_path_buf(),
            stack: Vec::new(),
            next: None,
            single: None,
            pending: Vec::new(),
        };
        match std::fs::metadata(input) {
            Ok(md) if md.is_dir() => {}
            Ok(_) => {
                let id = input
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                tree.single = Some(Ok(Source {
                    path: input.to_path_buf(),
                    id,
                }));
                return tree;
            }
            Err(e) => {
                tree.single = Some(Err((input.to_path_buf(), e)));
                return tree;
            }
        }
        tree.stack.push(
            vec![Entry {
                name: OsString::new(),
                path: input.to_path_buf(),
                is_dir: true,
            }]
            .into_iter(),
        );
        tree
    }

    /// Finds the next file unless one is waiting; returns the first error met on the way.
    fn fill(&mut self) -> Option<WalkError> {
        if self.next.is_some() {
            return None;
        }
        if let Some(e) = self.pending.pop() {
            return Some(e);
        }
        match self.single.take() {
            Some(Ok(src)) => {
                self.next = Some(src);
                return None;
            }
            Some(Err(e)) => return Some(e),
            None => {}
        }
        while let Some(entries) = self.stack.last_mut() {
            let Some(entry) = entries.next() else {
                self.stack.pop();
                continue;
            };
            if entry.is_dir {
                match list_dir(&entry.path) {
                    Ok((entries, mut errors)) => {
                        self.stack.push(entries.into_iter());
                        errors.reverse();
                        self.pending = errors;
                        if let Some(e) = self.pending.pop() {
                            return Some(e);
                        }
                    }
                    Err(e) => return Some((entry.path, e)),
                }
                continue;
            }
            let rel = entry.path.strip_prefix(&self.root).unwrap_or(&entry.path);
            let id = rel.to_string_lossy().replace('\\', "/");
            self.next = Some(Source {
                path: entry.path,
                id,
            });
            return None;
        }
        None
    }
}

/// The entries of the folder `dir` worth visiting (files, links to files, folders; not hidden
/// ones), sorted by name, and the entries that could not be looked at.
fn list_dir(dir: &Path) -> io::Result<(Vec<Entry>, Vec<WalkError>)> {
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                errors.push((dir.to_path_buf(), e));
                continue;
            }
        };
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        match entry.file_type() {
            Ok(t) if t.is_dir() => entries.push(Entry {
                name,
                path,
                is_dir: true,
            }),
            Ok(t) if t.is_file() || t.is_symlink() && path.is_file() => entries.push(Entry {
                name,
                path,
                is_dir: false,
            }),
            Ok(_) => {}
            Err(e) => errors.push((path, e)),
        }
    }
    entries.sort_by(|a, b| a.name.cmp(&b.name));
    Ok((entries, errors))
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
    fn walk_order_is_the_order_of_sorted_paths() {
        // A folder sorts before a file whose name extends the folder's ("b" < "b.txt"), as
        // paths do; two inputs interleave; a file given twice (or inside a folder given) is read once.
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for f in [
            "x/b/a.txt",
            "x/b.txt",
            "x/b-c.txt",
            "x/a b.txt",
            "y/m.txt",
            "x/c/z.txt",
        ] {
            std::fs::create_dir_all(root.join(f).parent().unwrap()).unwrap();
            std::fs::write(root.join(f), "x").unwrap();
        }
        let inputs = [
            root.join("y"),
            root.join("x"),
            root.join("x/b.txt"),
            root.join("y"),
        ];
        let walked: Vec<Source> = Walk::new(&inputs).map(Result::unwrap).collect();
        let mut sorted = walked.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(walked, sorted);
        let ids: Vec<&str> = walked.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(
            ids,
            ["a b.txt", "b/a.txt", "b-c.txt", "b.txt", "c/z.txt", "m.txt"]
        );
    }

    #[test]
    fn missing_input_is_an_error() {
        let (files, errors) = list(&[PathBuf::from("/nonexistent/dealsift")]);
        assert!(files.is_empty());
        assert_eq!(errors.len(), 1);
    }
}
