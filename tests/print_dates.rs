//! `--print-dates` run on real files: without `--reference` each article's relative dates are
//! resolved against its own publication date (one per record of a JSON Lines file), with it
//! against the day given; the language is detected unless `--lang` forces it.

mod util;

use util::Scratch;

fn print_dates(s: &Scratch, args: &[&str]) -> (String, String) {
    let out = s.command(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn relative_dates_resolve_against_each_articles_publication_date() {
    let s = Scratch::new();
    s.write(
        "news.jsonl",
        concat!(
            r#"{"title": "Harbor buys Northwind", "date": "2025-09-10", "text": "Harbor Group said on Monday it had agreed to buy Northwind Logistics. The deal was signed yesterday in Boston."}"#,
            "\n",
            r#"{"title": "Orsa investe in Quantix", "date": "2025-06-18", "text": "Orsa Capital ha comunicato ieri di aver investito 75 milioni di euro in Quantix, società padovana."}"#,
            "\n",
        ),
    );
    let (stdout, _) = print_dates(&s, &["--print-dates", "news.jsonl"]);
    let want = "news.jsonl#1\tMonday\t2025-09-08\trelative\n\
                news.jsonl#1\tyesterday\t2025-09-09\trelative\n\
                news.jsonl#2\tieri\t2025-06-17\trelative\n";
    assert_eq!(stdout, want);
}

#[test]
fn a_reference_day_wins_over_the_publication_date() {
    let s = Scratch::new();
    s.write(
        "a.txt",
        "Harbor Group said yesterday it would buy Northwind.\n",
    );
    let (stdout, _) = print_dates(
        &s,
        &[
            "--print-dates",
            "--lang",
            "en",
            "--reference",
            "2024-07-25",
            "a.txt",
        ],
    );
    assert_eq!(stdout, "a.txt\tyesterday\t2024-07-24\trelative\n");
}

#[test]
fn an_article_without_a_date_gets_only_explicit_dates_and_a_note() {
    let s = Scratch::new();
    s.write(
        "b.txt",
        "Orsa Capital ha investito ieri 75 milioni di euro in Quantix.\n\nL'accordo era stato firmato il 18 giugno 2025 a Padova, secondo una nota del fondo.\n",
    );
    let (stdout, stderr) = print_dates(&s, &["--print-dates", "b.txt"]);
    assert_eq!(stdout, "b.txt\t18 giugno 2025\t2025-06-18\ttext\n");
    assert!(stderr.contains("b.txt: no publication date"), "{stderr}");
}
