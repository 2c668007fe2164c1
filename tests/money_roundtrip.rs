//! Property: any amount written in any style the money parser supports reads back as itself.
//! The styles: each language's separators (`1,234.5`, `1.234,5`, `1 234,5`, Swiss `1'234.5`,
//! or none), its scale words and abbreviations (spelled out or glued: `$2.5bn`, `12 Md€`),
//! and the currency as a symbol, a prefixed dollar (`US$`, `HK$`), an ISO code before or after,
//! a symbol after, or the language's word after (with its link: "di", "de", "d'").

use dealsift::lexicon::Lang;
use dealsift::money::{find_money, Qualifier};
use proptest::prelude::*;

/// How one language writes numbers and names money.
struct Style {
    lang: Lang,
    /// (thousands separator, decimal mark) pairs in use.
    marks: &'static [(&'static str, &'static str)],
    /// Scale words written after a space.
    scales: &'static [(&'static str, f64)],
    /// Scale abbreviations glued to the number ("2.5bn").
    glued: &'static [(&'static str, f64)],
    /// A scale glued to a currency symbol ("12 Md€"), written after a space.
    scale_symbols: &'static [(&'static str, f64, &'static str)],
    /// Currency words written after the number.
    words: &'static [(&'static str, &'static str)],
    /// The link between a scale word and a currency word, if any ("di").
    link: Option<&'static str>,
    /// The sentence the amount is put in; `{}` is the amount.
    frame: &'static str,
}

const SYMBOLS: &[(&str, &str)] = &[("$", "USD"), ("€", "EUR"), ("£", "GBP")];
const PREFIXED: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("C$", "CAD"),
    ("A$", "AUD"),
    ("HK$", "HKD"),
    ("R$", "BRL"),
];
const CODES: &[&str] = &["USD", "EUR", "GBP", "CHF", "JPY", "CAD", "AUD", "CNY"];

const STYLES: &[Style] = &[
    Style {
        lang: Lang::En,
        marks: &[(",", "."), ("", ".")],
        scales: &[
            ("thousand", 1e3),
            ("million", 1e6),
            ("mln", 1e6),
            ("billion", 1e9),
            ("bln", 1e9),
            ("trillion", 1e12),
        ],
        glued: &[("m", 1e6), ("mn", 1e6), ("bn", 1e9), ("k", 1e3)],
        scale_symbols: &[],
        words: &[
            ("dollars", "USD"),
            ("euros", "EUR"),
            ("pounds", "GBP"),
            ("yen", "JPY"),
            ("yuan", "CNY"),
            ("Swiss francs", "CHF"),
            ("Canadian dollars", "CAD"),
        ],
        link: None,
        frame: "The group agreed to pay {} for the unit, it said.",
    },
    Style {
        lang: Lang::It,
        marks: &[(".", ","), ("", ","), ("'", ".")],
        scales: &[
            ("mila", 1e3),
            ("milioni", 1e6),
            ("mln", 1e6),
            ("mio", 1e6),
            ("miliardi", 1e9),
            ("mld", 1e9),
            ("mrd", 1e9),
        ],
        glued: &[],
        scale_symbols: &[],
        words: &[
            ("euro", "EUR"),
            ("dollari", "USD"),
            ("sterline", "GBP"),
            ("yen", "JPY"),
            ("yuan", "CNY"),
            ("franchi svizzeri", "CHF"),
        ],
        link: Some("di"),
        frame: "Il gruppo ha pagato {} per la società.",
    },
    Style {
        lang: Lang::Es,
        marks: &[(".", ","), ("", ",")],
        scales: &[("millones", 1e6), ("mil millones", 1e9), ("millardos", 1e9)],
        glued: &[],
        scale_symbols: &[("M€", 1e6, "EUR")],
        words: &[
            ("euros", "EUR"),
            ("dólares", "USD"),
            ("libras", "GBP"),
            ("yenes", "JPY"),
            ("yuanes", "CNY"),
            ("francos suizos", "CHF"),
        ],
        link: Some("de"),
        frame: "El grupo pagó {} por la empresa.",
    },
    Style {
        lang: Lang::Fr,
        marks: &[
            (" ", ","),
            ("\u{a0}", ","),
            ("\u{202f}", ","),
            ("", ","),
            ("'", "."),
        ],
        scales: &[("millions", 1e6), ("milliards", 1e9)],
        glued: &[],
        scale_symbols: &[
            ("k€", 1e3, "EUR"),
            ("M€", 1e6, "EUR"),
            ("Md€", 1e9, "EUR"),
            ("Mds€", 1e9, "EUR"),
            ("M$", 1e6, "USD"),
        ],
        words: &[
            ("euros", "EUR"),
            ("dollars", "USD"),
            ("livres", "GBP"),
            ("yens", "JPY"),
            ("yuans", "CNY"),
            ("francs suisses", "CHF"),
        ],
        link: Some("de"),
        frame: "Le groupe a payé {} pour la société.",
    },
    Style {
        lang: Lang::De,
        marks: &[(".", ","), ("", ","), ("'", ".")],
        scales: &[
            ("Millionen", 1e6),
            ("Mio.", 1e6),
            ("Milliarden", 1e9),
            ("Mrd.", 1e9),
        ],
        glued: &[],
        scale_symbols: &[],
        words: &[
            ("Euro", "EUR"),
            ("Dollar", "USD"),
            ("Pfund", "GBP"),
            ("Yen", "JPY"),
            ("Yuan", "CNY"),
            ("Franken", "CHF"),
        ],
        link: None,
        frame: "Der Konzern zahlte {} für die Firma.",
    },
    Style {
        lang: Lang::Pt,
        marks: &[(".", ","), ("", ",")],
        scales: &[
            ("mil", 1e3),
            ("milhões", 1e6),
            ("mi", 1e6),
            ("bilhões", 1e9),
            ("bi", 1e9),
            ("mil milhões", 1e9),
        ],
        glued: &[],
        scale_symbols: &[],
        words: &[
            ("euros", "EUR"),
            ("dólares", "USD"),
            ("reais", "BRL"),
            ("libras", "GBP"),
            ("ienes", "JPY"),
            ("francos suíços", "CHF"),
        ],
        link: Some("de"),
        frame: "O grupo pagou {} pela empresa.",
    },
];

/// `n` with `sep` between groups of three digits.
fn grouped(n: u64, sep: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// A number as written, and its value.
fn number(whole: u64, decimals: &str, (sep, mark): (&str, &str)) -> (String, f64) {
    let frac: f64 = if decimals.is_empty() {
        0.0
    } else {
        format!("0.{decimals}").parse().unwrap()
    };
    let mut text = grouped(whole, sep);
    if !decimals.is_empty() {
        text.push_str(mark);
        text.push_str(decimals);
    }
    (text, whole as f64 + frac)
}

/// The currency word after a scale word, joined by the language's link (elided in French:
/// "milliards d'euros").
fn linked(lang: Lang, link: Option<&str>, word: &str) -> String {
    match link {
        Some("de") if lang == Lang::Fr && word.starts_with(['e', 'a', 'o', 'i', 'u']) => {
            format!("d'{word}")
        }
        Some(l) => format!("{l} {word}"),
        None => word.to_string(),
    }
}

/// A written amount in `style`, its value and ISO code; `pick` chooses among the options.
fn write(style: &Style, whole: u64, decimals: &str, pick: [usize; 4]) -> (String, f64, String) {
    let marks = style.marks[pick[0] % style.marks.len()];
    // Scale: none, a word, a glued abbreviation, or a scale glued to a symbol.
    let scale_kind = pick[1] % 4;
    let (whole, decimals) = if scale_kind == 0 {
        // Without a scale the number is written whole: cents at most.
        (
            whole * 1000 + whole % 997,
            &decimals[..decimals.len().min(2)],
        )
    } else {
        (whole, decimals)
    };
    let (num, value) = number(whole, decimals, marks);
    let symbol = SYMBOLS[pick[2] % SYMBOLS.len()];
    let prefixed = PREFIXED[pick[2] % PREFIXED.len()];
    let code = CODES[pick[2] % CODES.len()];
    let word = style.words[pick[2] % style.words.len()];
    match scale_kind {
        3 if !style.scale_symbols.is_empty() => {
            let (s, mult, iso) = style.scale_symbols[pick[3] % style.scale_symbols.len()];
            (format!("{num} {s}"), value * mult, iso.to_string())
        }
        2 if !style.glued.is_empty() => {
            let (g, mult) = style.glued[pick[3] % style.glued.len()];
            let (cur, iso) = if pick[2].is_multiple_of(2) {
                symbol
            } else {
                prefixed
            };
            (format!("{cur}{num}{g}"), value * mult, iso.to_string())
        }
        0 => {
            let (text, iso) = match pick[3] % 5 {
                0 => (format!("{}{num}", symbol.0), symbol.1),
                1 => (format!("{} {num}", prefixed.0), prefixed.1),
                2 => (format!("{code} {num}"), code),
                3 => (format!("{num} {code}"), code),
                _ => (format!("{num} {}", word.0), word.1),
            };
            (text, value, iso.to_string())
        }
        _ => {
            let (s, mult) = style.scales[pick[1] % style.scales.len()];
            let scaled = format!("{num} {s}");
            let (text, iso) = match pick[3] % 6 {
                0 => (format!("{}{scaled}", symbol.0), symbol.1),
                1 => (format!("{} {scaled}", prefixed.0), prefixed.1),
                2 => (format!("{code} {scaled}"), code),
                3 => (format!("{scaled} {code}"), code),
                4 if style.lang != Lang::En => (format!("{scaled} {}", symbol.0), symbol.1),
                _ => (
                    format!("{scaled} {}", linked(style.lang, style.link, word.0)),
                    word.1,
                ),
            };
            (text, value * mult, iso.to_string())
        }
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_written_amount_reads_back_as_itself(
        lang in 0..STYLES.len(),
        whole in 2u64..10_000,
        decimals in "[0-9]{0,2}",
        pick in any::<[usize; 4]>(),
    ) {
        let style = &STYLES[lang];
        let (amount, value, iso) = write(style, whole, &decimals, pick);
        let text = style.frame.replace("{}", &amount);
        let found = find_money(&text, style.lang);
        prop_assert_eq!(found.len(), 1, "{:?}: {} -> {:?}", style.lang, text, found);
        let m = &found[0];
        prop_assert!(close(m.amount, value), "{}: got {} want {}", text, m.amount, value);
        prop_assert_eq!(m.currency, iso.as_str(), "{}", text);
        prop_assert_eq!(m.qualifier, Qualifier::Exact, "{}", text);
        prop_assert_eq!(m.amount_max, None, "{}", text);
        prop_assert_eq!(&text[m.start..m.end], amount.as_str(), "{}", text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// A number with both a thousands separator and a decimal mark is read the same in every
    /// language, whichever convention it follows: "1.234.567,89" in English, "1,234.5" in
    /// Italian.
    #[test]
    fn both_marks_read_the_same_in_every_language(
        lang in 0..STYLES.len(),
        whole in 1_000u64..100_000_000,
        decimals in "[0-9]{1,2}",
        comma_decimal in any::<bool>(),
        code in 0..CODES.len(),
    ) {
        let style = &STYLES[lang];
        let marks = if comma_decimal { (".", ",") } else { (",", ".") };
        let (num, value) = number(whole, &decimals, marks);
        let amount = format!("{} {num}", CODES[code]);
        let text = style.frame.replace("{}", &amount);
        let found = find_money(&text, style.lang);
        prop_assert_eq!(found.len(), 1, "{:?}: {} -> {:?}", style.lang, text, found);
        prop_assert!(close(found[0].amount, value), "{}: got {} want {}", text, found[0].amount, value);
        prop_assert_eq!(found[0].currency, CODES[code], "{}", text);
    }
}
