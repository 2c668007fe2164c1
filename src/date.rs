//! Dates in a text: explicit days in the six languages' forms (`26-FEB-1987`, `martedì 21 Maggio
//! 2024`, `March 3, 2024`, `03/03/2024`, ISO) and relative ones (today, yesterday, weekdays,
//! "last Friday", "lo scorso 9 ottobre") resolved against a reference day passed in — never the
//! clock. Which date is a deal's date is left to `deal`.

use crate::lexicon::{lexicon, Lang};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// How a date was found, as written in the `date_source` column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateSource {
    /// Written out in the sentence.
    Text,
    /// A relative word resolved against the publication date.
    Relative,
    /// The article's publication date.
    Article,
    /// The file's modification time.
    File,
}

impl DateSource {
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Text => "text",
            DateSource::Relative => "relative",
            DateSource::Article => "article",
            DateSource::File => "file",
        }
    }

    /// The source written as `as_str` writes it.
    pub fn parse(s: &str) -> Option<DateSource> {
        Some(match s {
            "text" => DateSource::Text,
            "relative" => DateSource::Relative,
            "article" => DateSource::Article,
            "file" => DateSource::File,
            _ => return None,
        })
    }
}

/// A date found in a text, with its byte span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub date: NaiveDate,
    pub source: DateSource,
}

mod calendar;
mod explicit;
mod relative;
mod span;
mod words;

/// One language's words and the patterns built from them.
struct Engine {
    words: words::Words,
    /// Built on first use: a page's header lines are first told apart by the set of every
    /// language's patterns (their sources), and most pages need only their own language's.
    explicit: std::sync::OnceLock<explicit::Patterns>,
    /// Built on first use: only the articles' own languages need them (with a reference day),
    /// while a page's header lines are read in all six.
    relative: std::sync::OnceLock<relative::Patterns>,
}

fn build(lang: Lang) -> Engine {
    let words = words::Words::new(&lexicon(lang).date);
    Engine {
        explicit: std::sync::OnceLock::new(),
        relative: std::sync::OnceLock::new(),
        words,
    }
}

/// Built on first use, one language at a time, in `Lang::ALL` order.
static ENGINES: [LazyLock<Engine>; 6] = [
    LazyLock::new(|| build(Lang::En)),
    LazyLock::new(|| build(Lang::It)),
    LazyLock::new(|| build(Lang::Es)),
    LazyLock::new(|| build(Lang::Fr)),
    LazyLock::new(|| build(Lang::De)),
    LazyLock::new(|| build(Lang::Pt)),
];

fn engine(lang: Lang) -> &'static Engine {
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    &ENGINES[i]
}

/// Every date in `text`, in order of position. Dates without a year and relative words need a
/// `reference` day (the publication date); without one they are skipped. Where finds overlap,
/// the longest wins ("martedì 21 maggio 2024" over "martedì").
pub fn find_dates(text: &str, lang: Lang, reference: Option<NaiveDate>) -> Vec<DateMention> {
    dates_of(text, lang, explicit::ALL, reference)
}

/// [`find_dates`] with only the `wanted` explicit patterns.
fn dates_of(
    text: &str,
    lang: Lang,
    wanted: explicit::Selection,
    reference: Option<NaiveDate>,
) -> Vec<DateMention> {
    let e = engine(lang);
    let ascii = span::shadow(text);
    let mut found = Vec::new();
    let patterns = e.explicit.get_or_init(|| explicit::Patterns::new(&e.words));
    explicit::scan(&ascii, &e.words, patterns, wanted, reference, &mut found);
    if let Some(r) = reference {
        let patterns = e.relative.get_or_init(|| relative::Patterns::new(&e.words));
        relative::scan(&ascii, &e.words, patterns, r, &mut found);
    }
    found.sort_by_key(|f| (std::cmp::Reverse(f.end - f.start), f.start));
    // Kept spans by start; they never overlap, so only the neighbours of a new one can.
    let mut kept: BTreeMap<usize, DateMention> = BTreeMap::new();
    for f in found {
        let (start, end) = span::snap(text, f.start, f.end);
        let clear_before = kept
            .range(..end)
            .next_back()
            .is_none_or(|(_, k)| k.end <= start);
        if clear_before {
            let mention = DateMention {
                start,
                end,
                date: f.date,
                source: f.source,
            };
            kept.insert(start, mention);
        }
    }
    kept.into_values().collect()
}

/// Builds now, on the caller's thread, what a large run builds on first use anyway: the
/// explicit patterns of `lang` (`Some`), or the set of every language's patterns (`None`).
/// Nothing found changes; only when the build happens does.
pub fn warm_up(lang: Option<Lang>) {
    match lang {
        Some(l) => {
            let e = engine(l);
            e.explicit.get_or_init(|| explicit::Patterns::new(&e.words));
        }
        None => {
            LazyLock::force(&ANY_EXPLICIT);
        }
    }
}

/// Every explicit pattern of every language, as one set, and where each language's patterns
/// start in it (in `Lang::ALL` order, the end of the last one after them).
struct ExplicitSet {
    set: regex::RegexSet,
    starts: [usize; Lang::ALL.len() + 1],
}

static ANY_EXPLICIT: LazyLock<ExplicitSet> = LazyLock::new(|| {
    let mut starts = [0; Lang::ALL.len() + 1];
    let mut patterns: Vec<String> = Vec::new();
    for (i, l) in Lang::ALL.iter().enumerate() {
        starts[i] = patterns.len();
        patterns.extend(explicit::sources(&engine(*l).words));
    }
    starts[Lang::ALL.len()] = patterns.len();
    ExplicitSet {
        set: span::compile_set(&patterns.iter().map(String::as_str).collect::<Vec<_>>()),
        starts,
    }
});

/// The explicit patterns of each language that match a line, found in one pass over it.
pub struct HeaderPatterns([explicit::Selection; Lang::ALL.len()]);

impl HeaderPatterns {
    /// The patterns that match `line`; `None` when none does, and then [`parse_header_date`]
    /// finds nothing in any language (dates with a year are all explicit: relative ones need a
    /// reference day).
    pub fn of(line: &str) -> Option<HeaderPatterns> {
        let shadow;
        let ascii = if line.is_ascii() {
            line // its own shadow
        } else {
            shadow = span::shadow(line);
            &shadow
        };
        let any = &*ANY_EXPLICIT;
        // most lines match no pattern, which `is_match` tells sooner than `matches`
        if !any.set.is_match(ascii) {
            return None;
        }
        let matched = any.set.matches(ascii);
        let mut wanted = [0; Lang::ALL.len()];
        for (i, w) in wanted.iter_mut().enumerate() {
            for (bit, k) in (any.starts[i]..any.starts[i + 1]).enumerate() {
                if matched.matched(k) {
                    *w |= 1 << bit;
                }
            }
        }
        Some(HeaderPatterns(wanted))
    }

    /// The first date [`parse_header_date`] reads in `line`, with where it stands, running only
    /// the patterns that match it.
    pub fn mention(&self, line: &str, lang: Lang) -> Option<DateMention> {
        let wanted = self.0[Lang::ALL.iter().position(|l| *l == lang)?];
        if wanted == 0 {
            return None;
        }
        dates_of(line, lang, wanted, None).into_iter().next()
    }
}

/// The publication date on a header or dateline line ("26-FEB-1987 15:01:01.79",
/// "(Di giovedì 25 luglio 2024)", "Updated: March 3, 2024"); only dates with a year count.
pub fn parse_header_date(line: &str, lang: Lang) -> Option<NaiveDate> {
    first_date(find_dates(line, lang, None))
}

fn first_date(found: Vec<DateMention>) -> Option<NaiveDate> {
    found.into_iter().next().map(|d| d.date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// The dates found in `text`, in order.
    fn dates(text: &str, lang: Lang, reference: Option<NaiveDate>) -> Vec<NaiveDate> {
        find_dates(text, lang, reference)
            .into_iter()
            .map(|m| m.date)
            .collect()
    }

    #[test]
    fn header_dates_table() {
        let cases: &[(&str, Lang, NaiveDate)] = &[
            ("26-FEB-1987 15:01:01.79", Lang::En, d(1987, 2, 26)),
            ("(Di giovedì 25 luglio 2024)", Lang::It, d(2024, 7, 25)),
            ("martedì 21 Maggio 2024", Lang::It, d(2024, 5, 21)),
            ("Updated: March 3, 2024", Lang::En, d(2024, 3, 3)),
            ("Mon, 04 Mar 2024 09:00", Lang::En, d(2024, 3, 4)),
            ("03/04/2024", Lang::It, d(2024, 4, 3)),
            ("03/04/2024", Lang::En, d(2024, 3, 4)),
            ("2023-11-13", Lang::It, d(2023, 11, 13)),
            ("2019-11-19T07:03:00Z", Lang::En, d(2019, 11, 19)),
            ("31/08/2022 15:24", Lang::Pt, d(2022, 8, 31)),
            ("15 de marzo de 2021", Lang::Es, d(2021, 3, 15)),
            ("1er juin 2020", Lang::Fr, d(2020, 6, 1)),
            ("3. März 2019", Lang::De, d(2019, 3, 3)),
            ("Publicado em 5 de agosto de 2023", Lang::Pt, d(2023, 8, 5)),
        ];
        for (line, lang, want) in cases {
            assert_eq!(parse_header_date(line, *lang), Some(*want), "{line}");
        }
    }

    #[test]
    fn explicit_dates_table() {
        let r = Some(d(2024, 7, 25));
        let cases: &[(&str, Lang, NaiveDate)] = &[
            ("the deal closed on 2023/08/12", Lang::En, d(2023, 8, 12)),
            ("signed 9-18-23 in Boston", Lang::En, d(2023, 9, 18)),
            ("signed 3-7-2023 in Boston", Lang::En, d(2023, 3, 7)),
            ("firmato il 3-7-2023 a Roma", Lang::It, d(2023, 7, 3)),
            ("the board met on 6/22", Lang::En, d(2024, 6, 22)),
            ("l'assemblea del 22/06", Lang::It, d(2024, 6, 22)),
            ("closing was set for Oct-2", Lang::En, d(2023, 10, 2)),
            ("agreed on January 12th, 2016", Lang::En, d(2016, 1, 12)),
            ("agreed on the second of Aug.", Lang::En, d(2023, 8, 2)),
            ("completed May twenty-first", Lang::En, d(2024, 5, 21)),
            ("firmato il ventuno maggio", Lang::It, d(2024, 5, 21)),
            ("lo scorso 9 ottobre", Lang::It, d(2023, 10, 9)),
            ("cerrado el 1ro de enero", Lang::Es, d(2024, 1, 1)),
            ("la compra hecha el 17 del 11", Lang::Es, d(2023, 11, 17)),
            ("signé le 1er avril 78", Lang::Fr, d(1978, 4, 1)),
            (
                "am ersten Januar 2018 unterzeichnet",
                Lang::De,
                d(2018, 1, 1),
            ),
            (
                "Vertrag vom 15.01. unterschrieben",
                Lang::De,
                d(2024, 1, 15),
            ),
            ("assinado em vinte e um de maio", Lang::Pt, d(2024, 5, 21)),
            ("announced on 29 February", Lang::En, d(2024, 2, 29)),
            ("il 1º novembre prossimo", Lang::It, d(2024, 11, 1)),
            ("el próximo 3 de marzo", Lang::Es, d(2025, 3, 3)),
            ("GamesBeat Summit Apr. 28-29", Lang::En, d(2024, 4, 28)),
            ("il closing è previsto il 4.22.", Lang::It, d(2024, 4, 22)),
            (
                "born September 10, nineteen zero one",
                Lang::En,
                d(1901, 9, 10),
            ),
            (
                "on Jan twenty one two thousand and eighteen",
                Lang::En,
                d(2018, 1, 21),
            ),
            ("il dieci di settembre, duemila", Lang::It, d(2000, 9, 10)),
            (
                "domenica ventuno gennaio duemiladiciotto",
                Lang::It,
                d(2018, 1, 21),
            ),
            ("el 3 de mayo de dos mil dieciocho", Lang::Es, d(2018, 5, 3)),
            ("le 3 mai deux mille dix-huit", Lang::Fr, d(2018, 5, 3)),
            ("am 3. Mai zweitausendachtzehn", Lang::De, d(2018, 5, 3)),
            (
                "em 3 de maio de dois mil e dezoito",
                Lang::Pt,
                d(2018, 5, 3),
            ),
            (
                "By March 3 nineteen people had left",
                Lang::En,
                d(2024, 3, 3),
            ),
        ];
        for (text, lang, want) in cases {
            assert_eq!(dates(text, *lang, r), vec![*want], "{text}");
        }
    }

    #[test]
    fn relative_dates_table() {
        let r = d(2024, 7, 25); // a Thursday
        let cases: &[(&str, Lang, NaiveDate)] = &[
            ("ha annunciato oggi", Lang::It, r),
            ("said yesterday", Lang::En, d(2024, 7, 24)),
            ("signed the day before yesterday", Lang::En, d(2024, 7, 23)),
            ("firmará mañana", Lang::Es, d(2024, 7, 26)),
            ("annoncé avant-hier", Lang::Fr, d(2024, 7, 23)),
            ("gestern mitgeteilt", Lang::De, d(2024, 7, 24)),
            ("anunciou anteontem", Lang::Pt, d(2024, 7, 23)),
            ("announced on Monday", Lang::En, d(2024, 7, 22)),
            ("announced last Thursday", Lang::En, d(2024, 7, 18)),
            ("closing this Friday", Lang::En, d(2024, 7, 26)),
            ("el pasado lunes", Lang::Es, d(2024, 7, 22)),
            ("domenica prossima", Lang::It, d(2024, 8, 4)),
            ("vendredi de la semaine prochaine", Lang::Fr, d(2024, 8, 2)),
            ("Übernächste Woche am Freitag", Lang::De, d(2024, 8, 9)),
            ("anunciou na sexta", Lang::Pt, d(2024, 7, 19)),
            ("the first Friday of July", Lang::En, d(2024, 7, 5)),
            (
                "la seconda domenica del prossimo mese",
                Lang::It,
                d(2024, 8, 11),
            ),
            ("on the 20th of next month", Lang::En, d(2024, 8, 20)),
            ("tornerà per il 27.", Lang::It, d(2024, 6, 27)),
            ("Er kommt am 15. zurück", Lang::De, d(2024, 7, 15)),
            ("venerdì 12", Lang::It, d(2024, 7, 12)),
            ("acquired two years ago", Lang::En, d(2022, 7, 25)),
            ("hace 3 meses", Lang::Es, d(2024, 4, 25)),
            ("il y a un an", Lang::Fr, d(2023, 7, 25)),
            ("vor zwei Wochen", Lang::De, d(2024, 7, 11)),
            ("1 mese e 21 giorni fa", Lang::It, d(2024, 6, 4)),
            ("três dias atrás", Lang::Pt, d(2024, 7, 22)),
            ("signed a few days ago", Lang::En, d(2024, 7, 22)),
            ("pochi mesi fa", Lang::It, d(2024, 4, 25)),
            ("il y a quelques semaines", Lang::Fr, d(2024, 7, 4)),
            ("vor ein paar Tagen", Lang::De, d(2024, 7, 22)),
            ("hace unos pocos días", Lang::Es, d(2024, 7, 22)),
            ("há poucos dias", Lang::Pt, d(2024, 7, 22)),
            ("it will close two years later.", Lang::En, d(2026, 7, 25)),
            (
                "chiuderà 2 anni e 21 giorni dopo.",
                Lang::It,
                d(2026, 8, 15),
            ),
            ("we meet two Mondays from now", Lang::En, d(2024, 8, 5)),
            ("it met three Fridays ago", Lang::En, d(2024, 7, 5)),
            ("tornerà il giorno dopo", Lang::It, d(2024, 7, 26)),
            ("volverá al día siguiente", Lang::Es, d(2024, 7, 26)),
            ("il reviendra le lendemain", Lang::Fr, d(2024, 7, 26)),
            ("two days from tomorrow", Lang::En, d(2024, 7, 28)),
            (
                "the deal should close in three months.",
                Lang::En,
                d(2024, 10, 25),
            ),
            ("el 1o. de septiembre", Lang::Es, d(2023, 9, 1)),
            // "the first Saturday of the protests" is no Saturday of a month: only "samedi" counts.
            (
                "le premier samedi de mobilisation",
                Lang::Fr,
                d(2024, 7, 20),
            ),
        ];
        for (text, lang, want) in cases {
            assert_eq!(dates(text, *lang, Some(r)), vec![*want], "{text}");
        }
    }

    #[test]
    fn every_language_table() {
        let r = d(2024, 7, 25); // a Thursday
                                // (lang, today, yesterday, Monday, last Thursday, 9 October, 3 March 2021)
        let cases: &[(Lang, [&str; 6])] = &[
            (
                Lang::En,
                [
                    "today",
                    "yesterday",
                    "Monday",
                    "last Thursday",
                    "October 9",
                    "3 March 2021",
                ],
            ),
            (
                Lang::It,
                [
                    "oggi",
                    "ieri",
                    "lunedì",
                    "giovedì scorso",
                    "9 ottobre",
                    "3 marzo 2021",
                ],
            ),
            (
                Lang::Es,
                [
                    "hoy",
                    "ayer",
                    "lunes",
                    "el pasado jueves",
                    "9 de octubre",
                    "3 de marzo de 2021",
                ],
            ),
            (
                Lang::Fr,
                [
                    "aujourd’hui",
                    "hier",
                    "lundi",
                    "jeudi dernier",
                    "9 octobre",
                    "3 mars 2021",
                ],
            ),
            (
                Lang::De,
                [
                    "heute",
                    "gestern",
                    "Montag",
                    "letzten Donnerstag",
                    "9. Oktober",
                    "3. März 2021",
                ],
            ),
            (
                Lang::Pt,
                [
                    "hoje",
                    "ontem",
                    "segunda-feira",
                    "quinta-feira passada",
                    "9 de outubro",
                    "3 de março de 2021",
                ],
            ),
        ];
        let want = [
            r,
            d(2024, 7, 24),
            d(2024, 7, 22),
            d(2024, 7, 18),
            d(2023, 10, 9),
            d(2021, 3, 3),
        ];
        for (lang, texts) in cases {
            for (text, want) in texts.iter().zip(want) {
                assert_eq!(dates(text, *lang, Some(r)), vec![want], "{lang}: {text}");
            }
        }
    }

    #[test]
    fn never_guess_table() {
        let r = Some(d(2024, 7, 25));
        let cases: &[(&str, Lang, Option<NaiveDate>)] = &[
            ("announced on Monday", Lang::En, None),
            ("lo scorso 9 ottobre", Lang::It, None),
            ("the company may 5 times", Lang::En, r),
            ("revenue for 2024 rose", Lang::En, r),
            ("call 02-555-1234 or +39 06 1234 5678", Lang::It, r),
            ("shares rose 4.22 to 31.5", Lang::En, r),
            ("version 1.2.10 ships", Lang::En, r),
            ("a 3/4 stake, open 24/7", Lang::En, r),
            ("the 21st century", Lang::En, r),
            ("salito il 15% in borsa", Lang::It, r),
            ("In March two companies merged", Lang::En, r),
            ("the company was the first.", Lang::En, r),
            ("am Morgen unterzeichnet", Lang::De, r),
            ("la quarta maggiore banca", Lang::It, r),
            ("a quinta maior empresa", Lang::Pt, r),
            ("se hizo el 3 de 5 intentos", Lang::Es, r),
            ("ha chiuso a 15.2 euro", Lang::It, r),
            ("including one last month that", Lang::En, r),
            ("it closed three days later than planned", Lang::En, r),
            ("firmato due anni dopo la fusione", Lang::It, r),
            ("zum 2. Mal in Folge", Lang::De, r),
            ("Foi um marco histórico", Lang::Pt, r),
            ("a 3rd election in 12 months - Photo", Lang::En, r),
            ("articles/19/05/21/apple-updates", Lang::En, r),
        ];
        for (text, lang, reference) in cases {
            assert!(dates(text, *lang, *reference).is_empty(), "{text}");
        }
    }

    #[test]
    fn longest_find_wins_and_order_is_by_position() {
        let r = d(2024, 7, 25);
        let got = find_dates("Ieri, martedì 21 maggio 2024, e oggi", Lang::It, Some(r));
        let spans: Vec<(usize, NaiveDate, DateSource)> =
            got.iter().map(|m| (m.start, m.date, m.source)).collect();
        assert_eq!(
            spans,
            vec![
                (0, d(2024, 7, 24), DateSource::Relative),
                (6, d(2024, 5, 21), DateSource::Text),
                (33, r, DateSource::Relative),
            ]
        );
    }

    #[test]
    fn any_slice_of_text_is_safe() {
        let text = "Il 5 giugno 2024 — l’8/3, ieri, mañana, 1er août, 15. März, 4/22, 3-7-27 ½ 🚀";
        let r = Some(d(2024, 7, 25));
        for (i, _) in text.char_indices() {
            for lang in Lang::ALL {
                for m in find_dates(&text[i..], lang, r) {
                    assert!(text[i..].is_char_boundary(m.start) && m.start < m.end);
                }
            }
        }
    }
}
