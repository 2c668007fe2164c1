//! Criterion benches of the hot stages, each on its own, with throughput in MB/s (10⁶ bytes):
//! reading an article from bytes (decode, unwrap the format, strip boilerplate, detect the
//! language: `article::parse_bytes`), splitting the body into sentences, extracting the deals of
//! an article (`deal::extract`), and the money and date engines run on every sentence.
//!
//! Inputs: the six sample pages in `input/` (Italian and English, written for this project), the
//! same pages encoded as Windows-1252 (the legacy-decoding path), and the HTML fixture of
//! `tests/fixtures/formats`. When the shared corpus is on the machine (`DEALSIFT_BENCH_DATA`,
//! default `/work/shared/data`), the first Reuters articles and web pages are read from it at
//! bench time as well; nothing of it is copied into the repository.
//!
//! `cargo bench --bench stages` runs them all; `cargo bench --bench stages -- extract/samples`
//! one of them. The figures go in BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use dealsift::article::{self, Article};
use dealsift::sentence::split_sentences;
use dealsift::{date, deal, money};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The sample pages of `input/`, as a user would drop them in a folder.
const SAMPLES: &[(&str, &[u8])] = &[
    (
        "en-brightpath-funding.txt",
        include_bytes!("../input/en-brightpath-funding.txt"),
    ),
    (
        "en-harbor-buys-northwind.txt",
        include_bytes!("../input/en-harbor-buys-northwind.txt"),
    ),
    (
        "en-solvane-stake-greenline.txt",
        include_bytes!("../input/en-solvane-stake-greenline.txt"),
    ),
    (
        "it-fusione-banche-adriatica.txt",
        include_bytes!("../input/it-fusione-banche-adriatica.txt"),
    ),
    (
        "it-lumetra-acquisisce-vellani.txt",
        include_bytes!("../input/it-lumetra-acquisisce-vellani.txt"),
    ),
    (
        "it-orsa-investe-in-quantix.txt",
        include_bytes!("../input/it-orsa-investe-in-quantix.txt"),
    ),
];

const HTML: &[(&str, &[u8])] = &[(
    "it-acme.html",
    include_bytes!("../tests/fixtures/formats/it-acme.html"),
)];

/// How many files of each shared corpus are read (the first ones by name).
const REUTERS_FILES: usize = 300;
const WEB_FILES: usize = 5;

/// One file's bytes and the name its format is sniffed from.
struct File {
    name: String,
    bytes: Vec<u8>,
}

/// A named set of files, with the articles they give.
struct Set {
    name: &'static str,
    files: Vec<File>,
    articles: Vec<Article>,
}

impl Set {
    fn new(name: &'static str, files: Vec<File>) -> Set {
        let articles = files.iter().flat_map(read).collect();
        Set {
            name,
            files,
            articles,
        }
    }

    fn file_bytes(&self) -> u64 {
        self.files.iter().map(|f| f.bytes.len() as u64).sum()
    }

    fn body_bytes(&self) -> u64 {
        self.articles.iter().map(|a| a.body.len() as u64).sum()
    }

    /// Every sentence of every body, with its article's language and date, as `deal::extract`
    /// hands them to the money and date engines.
    fn sentences(&self) -> Vec<(&str, &Article)> {
        self.articles
            .iter()
            .flat_map(|a| {
                split_sentences(&a.body)
                    .into_iter()
                    .map(move |s| (s.text(&a.body), a))
            })
            .collect()
    }
}

fn read(file: &File) -> Vec<Article> {
    article::parse_bytes(&file.bytes, &file.name, &file.name).unwrap_or_default()
}

fn embedded(files: &[(&str, &[u8])]) -> Vec<File> {
    files
        .iter()
        .map(|(name, bytes)| File {
            name: name.to_string(),
            bytes: bytes.to_vec(),
        })
        .collect()
}

/// The sample pages re-encoded as Windows-1252, so that the charset has to be guessed.
fn legacy(files: &[(&str, &[u8])]) -> Vec<File> {
    files
        .iter()
        .map(|(name, bytes)| {
            let text = std::str::from_utf8(bytes).expect("sample pages are UTF-8");
            let (encoded, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
            assert!(!unmappable, "{name} does not fit Windows-1252");
            File {
                name: name.to_string(),
                bytes: encoded.into_owned(),
            }
        })
        .collect()
}

/// The first `n` files (by name) of `dir`, or none when it is not there.
fn first_files(dir: &Path, n: usize) -> Vec<File> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .take(n)
        .filter_map(|p| {
            let bytes = std::fs::read(&p).ok()?;
            let name = p.file_name()?.to_str()?.to_ascii_lowercase();
            Some(File { name, bytes })
        })
        .collect()
}

fn sets() -> Vec<Set> {
    let mut sets = vec![
        Set::new("samples", embedded(SAMPLES)),
        Set::new("samples-cp1252", legacy(SAMPLES)),
        Set::new("html", embedded(HTML)),
    ];
    let data = std::env::var_os("DEALSIFT_BENCH_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/work/shared/data"));
    let reuters = first_files(&data.join("reuters21578/articles"), REUTERS_FILES);
    if !reuters.is_empty() {
        sets.push(Set::new("reuters", reuters));
    }
    let web = first_files(&data.join("web-article-benchmark/html"), WEB_FILES);
    if !web.is_empty() {
        sets.push(Set::new("web", web));
    }
    for set in &sets {
        assert!(!set.articles.is_empty(), "{}: no article read", set.name);
        // Builds the lexicons, the money matcher and the date engines before anything is timed.
        for a in &set.articles {
            black_box(deal::extract(a));
        }
        eprintln!(
            "set {}: {} files, {} bytes; {} articles, {} body bytes",
            set.name,
            set.files.len(),
            set.file_bytes(),
            set.articles.len(),
            set.body_bytes()
        );
    }
    sets
}

fn stages(c: &mut Criterion) {
    let sets = sets();

    let mut g = c.benchmark_group("decode_clean");
    for set in &sets {
        g.throughput(Throughput::BytesDecimal(set.file_bytes()));
        g.bench_with_input(BenchmarkId::from_parameter(set.name), set, |b, set| {
            b.iter(|| {
                for f in &set.files {
                    black_box(read(f));
                }
            })
        });
    }
    g.finish();

    let mut g = c.benchmark_group("sentences");
    for set in &sets {
        g.throughput(Throughput::BytesDecimal(set.body_bytes()));
        g.bench_with_input(BenchmarkId::from_parameter(set.name), set, |b, set| {
            b.iter(|| {
                for a in &set.articles {
                    black_box(split_sentences(&a.body));
                }
            })
        });
    }
    g.finish();

    let mut g = c.benchmark_group("extract");
    for set in &sets {
        g.throughput(Throughput::BytesDecimal(set.body_bytes()));
        g.bench_with_input(BenchmarkId::from_parameter(set.name), set, |b, set| {
            b.iter(|| {
                for a in &set.articles {
                    black_box(deal::extract(a));
                }
            })
        });
    }
    g.finish();

    // The legacy-encoded samples give the same articles as the UTF-8 ones: timed once.
    let searched: Vec<&Set> = sets.iter().filter(|s| s.name != "samples-cp1252").collect();

    let mut g = c.benchmark_group("money");
    for set in &searched {
        let sentences = set.sentences();
        let bytes = sentences.iter().map(|(s, _)| s.len() as u64).sum();
        g.throughput(Throughput::BytesDecimal(bytes));
        g.bench_with_input(
            BenchmarkId::from_parameter(set.name),
            &sentences,
            |b, sentences| {
                b.iter(|| {
                    for (s, a) in sentences {
                        black_box(money::find_money(s, a.language));
                    }
                })
            },
        );
    }
    g.finish();

    let mut g = c.benchmark_group("dates");
    for set in &searched {
        let sentences = set.sentences();
        let bytes = sentences.iter().map(|(s, _)| s.len() as u64).sum();
        g.throughput(Throughput::BytesDecimal(bytes));
        g.bench_with_input(
            BenchmarkId::from_parameter(set.name),
            &sentences,
            |b, sentences| {
                b.iter(|| {
                    for (s, a) in sentences {
                        black_box(date::find_dates(s, a.language, a.published));
                    }
                })
            },
        );
    }
    g.finish();
}

criterion_group! {
    name = benches;
    // Short runs: the machine is shared, and a stage's figure matters to ~5%, not 0.1%.
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(20);
    targets = stages
}
criterion_main!(benches);
