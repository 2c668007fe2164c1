//! The money and date parsers never panic, whatever the text: random Unicode, random mixes of
//! the fragments they look for (digits, separators, scale and currency words, month and weekday
//! names, relative words), very long digit runs, huge exponents, mixed scripts, lone separators;
//! and for dates any reference day, the calendar's first and last included. What they return
//! always lies on char boundaries of the text, in order, and amounts are finite.

use chrono::NaiveDate;
use dealsift::date::find_dates;
use dealsift::lexicon::Lang;
use dealsift::money::{find_money, find_stakes};
use proptest::prelude::*;

const FRAGMENTS: &[&str] = &[
    // digits and separators, alone and glued
    "0",
    "1",
    "9",
    "12",
    "31",
    "1.250",
    "5,5",
    "1 234,5",
    "1'234.5",
    "2024",
    "1987",
    "07/03",
    "3-7-2023",
    "15.01.",
    "4.22.",
    "½",
    "²",
    "١٢٣",
    "١",
    "۳",
    "᭑",
    "𝟗",
    ".",
    ",",
    "'",
    "/",
    "-",
    "–",
    ":",
    "%",
    "(",
    ")",
    "\u{a0}",
    "\u{202f}",
    "\u{200b}",
    "\u{200f}",
    "\u{301}",
    " ",
    "\n",
    "\t",
    "e308",
    "e-999",
    "E+400",
    // money words
    "$",
    "€",
    "£",
    "¥",
    "₿",
    "US$",
    "HK $",
    "R$",
    "M€",
    "Mds€",
    "k€",
    "USD",
    "EUR",
    "CHF",
    "dlrs",
    "stg",
    "bn",
    "mln",
    "mld",
    "Mrd.",
    "Mio.",
    "miliardi",
    "mil millones",
    "milhões",
    "milliards",
    "Milliarden",
    "trillion",
    "di",
    "de",
    "d'",
    "of",
    "dollari",
    "dólares",
    "euros",
    "Euro",
    "sterline",
    "yen",
    "cents",
    "per share",
    "fino a",
    "circa",
    "more than",
    "between",
    "and",
    "to",
    "e",
    "y",
    "cinque",
    "dos",
    "vingt-et-un",
    "zweitausend",
    "a",
    "half",
    // date words
    "January",
    "mar",
    "May",
    "luglio",
    "août",
    "März",
    "de",
    "del",
    "of the",
    "1er",
    "1º",
    "21st",
    "Monday",
    "lunedì",
    "mardi",
    "Dienstag",
    "segunda-feira",
    "6a",
    "last",
    "scorso",
    "pasado",
    "next",
    "prossimo",
    "today",
    "ieri",
    "anteayer",
    "avant-hier",
    "vorgestern",
    "ontem",
    "ago",
    "fa",
    "hace",
    "il y a",
    "vor",
    "há",
    "atrás",
    "later",
    "dopo",
    "from now",
    "in",
    "days",
    "giorni",
    "semanas",
    "mois",
    "Jahren",
    "a few",
    "week",
    "next week",
    "the next day",
    "nineteen",
    "duemila",
    "dos mil",
    "l'altroieri",
    // other scripts
    "ரூ",
    "수",
    "日本",
    "Привет",
    "مرحبا",
    "🚀",
    "👨‍👩‍👧",
    "ǅ",
    "ß",
    "İ",
    "ﬁ",
];

const DAYS: &[(i32, u32, u32)] = &[(2024, 7, 25), (2000, 2, 29), (1970, 1, 1), (9999, 12, 31)];

fn check_money(text: &str) -> Result<(), TestCaseError> {
    for lang in Lang::ALL {
        let mut last = 0;
        for m in find_money(text, lang) {
            prop_assert!(
                m.start >= last && m.start < m.end && m.end <= text.len(),
                "{:?}",
                text
            );
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            prop_assert!(
                m.amount.is_finite() && m.amount >= 0.0,
                "{:?}: {}",
                text,
                m.amount
            );
            prop_assert!(m.amount_max.is_none_or(f64::is_finite), "{:?}", text);
            last = m.end;
        }
        for s in find_stakes(text, lang) {
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }
    Ok(())
}

fn check_dates(text: &str) -> Result<(), TestCaseError> {
    let mut references: Vec<Option<NaiveDate>> =
        vec![None, Some(NaiveDate::MIN), Some(NaiveDate::MAX)];
    references.extend(
        DAYS.iter()
            .map(|&(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
    );
    for lang in Lang::ALL {
        for r in &references {
            let mut last = 0;
            for m in find_dates(text, lang, *r) {
                prop_assert!(
                    m.start >= last && m.start < m.end && m.end <= text.len(),
                    "{:?}",
                    text
                );
                prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
                last = m.end;
            }
        }
    }
    Ok(())
}

/// Up to 24 fragments glued together, with or without spaces.
fn fragments() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(FRAGMENTS), any::<bool>()), 0..24).prop_map(|v| {
        v.into_iter()
            .map(|(f, spaced)| {
                if spaced {
                    format!("{f} ")
                } else {
                    f.to_string()
                }
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_unicode_never_panics(text in any::<String>()) {
        check_money(&text)?;
        check_dates(&text)?;
    }

    #[test]
    fn random_fragments_never_panic(text in fragments()) {
        check_money(&text)?;
        check_dates(&text)?;
    }

    #[test]
    fn any_slice_of_fragments_never_panics(text in fragments(), cut in any::<prop::sample::Index>()) {
        let bounds: Vec<usize> = (0..=text.len()).filter(|i| text.is_char_boundary(*i)).collect();
        let at = bounds[cut.index(bounds.len())];
        check_money(&text[at..])?;
        check_dates(&text[..at])?;
    }
}

#[test]
fn adversarial_strings_never_panic() {
    // Long enough to show a quadratic scan, short enough for a debug build.
    let digits = "9".repeat(5_000);
    let mut cases = vec![
        String::new(),
        digits.clone(),
        format!("${digits} billion"),
        format!("{digits},{digits}.{digits} miliardi di euro"),
        format!("1e{digits} dollars"),
        "1e308 billion dollars, 9e999 trillion euros".to_string(),
        format!("{} dollars", "9".repeat(400)),
        format!("€{} trillion", "9".repeat(300)),
        format!("{} de {} de {}", digits, digits, digits),
        format!("il {digits} luglio {digits}"),
        format!("{digits}/{digits}/{digits}"),
        format!("{digits} days ago, {digits} anni fa, hace {digits} años"),
        "99999999999 years ago and 4294967296 months from now".to_string(),
        "the 4294967296th Monday of next month".to_string(),
        "1.".repeat(5_000),
        ",".repeat(10_000),
        "'".repeat(10_000),
        "- / . , '".repeat(2_000),
        "$ € £ ¥".repeat(2_000),
        "5 miliardi e 5 miliardi e ".repeat(200),
        "tra 1 e 2 e 3 e 4 e 5 miliardi ".repeat(100),
        "yesterday today tomorrow Monday last Friday ".repeat(500),
        "31/02/2024 30 febbraio 2023 29 February 2023 0/0/0000 00.00.0000".to_string(),
        "262143-12-31 and -262144-01-01 and 9999999-01-01".to_string(),
        "Привет 5 млрд рублей 日本円 1000億 😀 $5bn 🚀 ١٢٣ مليون دولار".to_string(),
        "1\u{301}2\u{301}3 million\u{200b}dollars \u{202e}5 bn".to_string(),
    ];
    let short: Vec<&String> = cases.iter().filter(|c| c.len() < 1_000).collect();
    cases.push(
        short
            .into_iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" "),
    );
    for text in &cases {
        check_money(text).unwrap();
        check_dates(text).unwrap();
    }
}
