//! End-to-end: the real binary reads the same synthetic article in every shape a scraper leaves
//! it (plain text, HTML, gzip, Windows-1252, UTF-16, JSON Lines, JSON array, WARC) and prints the
//! same text for each; bad inputs are named on stderr and never stop the run. The fixtures in
//! `tests/fixtures/formats/` are written by hand; the encoded, compressed and WARC variants are
//! made from them here.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/formats")
        .join(name)
}

fn read(name: &str) -> String {
    std::fs::read_to_string(fixture(name)).unwrap()
}

fn dealsift(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dealsift"))
        .args(args)
        .output()
        .unwrap()
}

fn print_text(path: &Path) -> String {
    let out = dealsift(&["--print-text".as_ref(), path.as_os_str()]);
    assert!(
        out.status.success(),
        "{}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

fn cp1252(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(!unmappable);
    bytes.into_owned()
}

/// A one-response WARC holding `html` as a capture of `uri`.
fn warc(uri: &str, html: &[u8]) -> Vec<u8> {
    let mut http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n".to_vec();
    http.extend_from_slice(html);
    let mut out = Vec::new();
    let request = b"GET / HTTP/1.1\r\nHost: www.example.it\r\n\r\n";
    write!(
        out,
        "WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n"
    )
    .unwrap();
    write!(out, "WARC/1.0\r\nWARC-Type: request\r\nWARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=request\r\nContent-Length: {}\r\n\r\n", request.len()).unwrap();
    out.extend_from_slice(request);
    out.extend_from_slice(b"\r\n\r\n");
    write!(out, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n", http.len()).unwrap();
    out.extend_from_slice(&http);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

/// Every variant of the Italian seed-like article must print exactly the hand-checked text.
#[test]
fn the_same_article_in_every_shape_prints_the_same_text() {
    let want = read("it-acme.expected.txt");
    let txt = read("it-acme.txt");
    let html = read("it-acme.html");
    let html_1252 = html.replace("charset=\"utf-8\"", "charset=\"windows-1252\"");
    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend(txt.encode_utf16().flat_map(|u| u.to_le_bytes()));
    let dir = tempfile::tempdir().unwrap();
    let variants: Vec<(&str, Vec<u8>)> = vec![
        ("it-acme.txt", txt.clone().into_bytes()),
        ("it-acme.html", html.clone().into_bytes()),
        ("it-acme.txt.gz", gzip(txt.as_bytes())),
        ("it-acme.html.gz", gzip(html.as_bytes())),
        // Undeclared Windows-1252: detected.
        ("it-acme-cp1252.txt", cp1252(&txt)),
        // Declared in <meta charset>.
        ("it-acme-cp1252.html", cp1252(&html_1252)),
        ("it-acme-utf16.txt", utf16),
        (
            "it-acme-bom.txt",
            [&b"\xef\xbb\xbf"[..], txt.as_bytes()].concat(),
        ),
        // HTML saved under a plain name is still read as HTML.
        ("it-acme-page.txt", html.clone().into_bytes()),
        (
            "crawl.warc",
            warc("https://www.example.it/a", html.as_bytes()),
        ),
        (
            "crawl.warc.gz",
            gzip(&warc("https://www.example.it/a", html.as_bytes())),
        ),
    ];
    for (name, bytes) in variants {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        assert_eq!(print_text(&path), want, "{name}");
    }
}

#[test]
fn json_records_are_articles_of_their_own() {
    let got = print_text(&fixture("news.jsonl"));
    let want = "\
Acme Italia compra Ferro Lombardo per 120 milioni
Il gruppo di Brescia rafforza la sua presenza nell'acciaio speciale con un'operazione interamente in contanti.
Acme Italia ha annunciato oggi l'acquisizione del 100% di Ferro Lombardo, produttore bergamasco di tubi in acciaio, per 120 milioni di euro.
Harbor Robotics to buy Beacon Labs for $45 million
Harbor Robotics Inc said on Tuesday it agreed to acquire Beacon Labs, a maker of warehouse vision software, for $45 million in cash.
The deal is expected to close in the third quarter.
Grupo Sol adquiere Aguas del Norte
Grupo Sol ha anunciado la compra de Aguas del Norte por 80 millones de euros, una operación que refuerza su presencia en el norte del país.
La compañía prevé cerrar la adquisición antes de final de año.
";
    assert_eq!(got, want);
    let got = print_text(&fixture("news.json"));
    assert!(got.starts_with(
        "Acme Italia compra Ferro Lombardo per 120 milioni\nAcme Italia ha annunciato"
    ));
    assert!(got.ends_with(
        "for $45 million in cash.\nThe deal is expected to close in the third quarter.\n"
    ));
}

/// The pipeline names records `file#N`, fills url, date and language, and reports the
/// malformed record without losing the others: on stderr, in errors.csv as `PATH#N`, in the
/// summary line and in the exit code.
#[test]
fn records_keep_their_ids_urls_and_languages_in_the_csv() {
    let input = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("news.jsonl"), input.path().join("news.jsonl")).unwrap();
    std::fs::copy(fixture("it-acme.html"), input.path().join("it-acme.html")).unwrap();
    let res = dealsift(&[
        input.path().as_os_str(),
        "--out".as_ref(),
        out.path().as_os_str(),
    ]);
    let stderr = String::from_utf8_lossy(&res.stderr);
    assert!(stderr.contains("news.jsonl#2: malformed JSON"), "{stderr}");
    assert_eq!(res.status.code(), Some(1), "{stderr}");
    let summary = stderr.lines().last().unwrap();
    assert!(summary.contains(" 0 skipped (+1 record), "), "{summary}");
    let mut rdr = csv::Reader::from_path(out.path().join("errors.csv")).unwrap();
    let errors: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    let record = input.path().join("news.jsonl#2");
    assert_eq!(&errors[0][0], record.to_string_lossy());
    assert!(errors[0][1].starts_with("malformed JSON"), "{errors:?}");
    let mut rdr = csv::Reader::from_path(out.path().join("mentions.csv")).unwrap();
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    let find = |article: &str| rows.iter().find(|r| &r[0] == article);
    let acme = find("news.jsonl#1").expect("a mention from record 1");
    assert_eq!(
        &acme[1],
        "https://www.example.it/economia/acme-italia-ferro-lombardo"
    );
    assert_eq!(&acme[2], "2024-05-14");
    assert_eq!(&acme[3], "it");
    let harbor = find("news.jsonl#3").expect("a mention from record 3");
    assert_eq!(&harbor[3], "en");
    let page = find("it-acme.html").expect("a mention from the HTML page");
    assert_eq!(
        &page[1],
        "https://www.example.it/economia/acme-italia-ferro-lombardo"
    );
    assert_eq!(&page[2], "2024-05-14");
    assert_eq!(&page[3], "it");
    assert!(
        !rows.iter().any(|r| r[7].contains("300")),
        "a deal from the related-news list was taken"
    );
}

#[test]
fn bad_inputs_are_named_and_the_run_goes_on() {
    let input = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let txt = read("it-acme.txt");
    let gz = gzip(txt.as_bytes());
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("a-good.txt", txt.into_bytes()),
        ("b-binary.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec()),
        ("c-empty.txt", Vec::new()),
        ("d-cut.txt.gz", gz[..gz.len() / 2].to_vec()),
        (
            "e-nobody.html",
            b"<html><head><title>Nothing here</title></head></html>".to_vec(),
        ),
        ("f-blank.txt", b"\n \n\t\n".to_vec()),
    ];
    for (name, bytes) in &files {
        std::fs::write(input.path().join(name), bytes).unwrap();
    }
    let res = dealsift(&[
        input.path().as_os_str(),
        "--out".as_ref(),
        out.path().as_os_str(),
    ]);
    let stderr = String::from_utf8_lossy(&res.stderr);
    assert_eq!(res.status.code(), Some(1), "{stderr}");
    for (name, reason) in [
        ("b-binary.txt", "binary"),
        ("c-empty.txt", "empty"),
        ("d-cut.txt.gz", "gzip"),
        ("e-nobody.html", "without a body"),
        ("f-blank.txt", "empty"),
    ] {
        assert!(
            stderr
                .lines()
                .any(|l| l.contains(name) && l.contains(reason)),
            "{name}: {reason} not in\n{stderr}"
        );
    }
    let mentions = std::fs::read_to_string(out.path().join("mentions.csv")).unwrap();
    assert!(mentions.contains("a-good.txt"), "{mentions}");
}
