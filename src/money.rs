//! Amounts of money in a sentence: "€2,5 mld", "$16.5 billion", "12.5 mln dlrs",
//! "5 miliardi di dollari", "fino a 100 miliardi" (currency carried from the list it stands in),
//! ranges ("53-54 miliardi", "35 to 55 mln dlrs") and qualifiers. Also stake percentages.
//! It reads the language's tables from `lexicon`; deciding which amount is a deal's value is
//! left to `deal`.

use crate::lexicon::{lexicon, Lang, Lexicon};
use regex::Regex;
use std::sync::LazyLock;

/// How an amount is bounded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Qualifier {
    #[default]
    Exact,
    UpTo,
    About,
    AtLeast,
    Range,
}

impl Qualifier {
    /// The CSV spelling (`up_to`, `about`, `at_least`, `range`, or empty).
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "",
            Qualifier::UpTo => "up_to",
            Qualifier::About => "about",
            Qualifier::AtLeast => "at_least",
            Qualifier::Range => "range",
        }
    }
}

/// An amount of money found in a text, with its byte span.
#[derive(Clone, Debug, PartialEq)]
pub struct Money {
    pub start: usize,
    pub end: usize,
    pub amount: f64,
    pub amount_max: Option<f64>,
    pub currency: &'static str,
    pub qualifier: Qualifier,
    /// A price per share ("150 dlrs per share"), not a deal value.
    pub per_share: bool,
    /// A restatement in parentheses of the amount just before it, in another currency.
    pub restates: bool,
}

/// A stake percentage ("a 20% stake", "il 35% del capitale") with its byte span.
#[derive(Clone, Debug, PartialEq)]
pub struct Stake {
    pub start: usize,
    pub end: usize,
    pub pct: f64,
}

struct Matcher {
    re: Regex,
    /// Lower-case currency word → ISO code, over every language.
    currencies: Vec<(String, &'static str)>,
    /// Lower-case scale word → multiplier, over every language.
    scales: Vec<(String, f64)>,
}

const NUMBER: &str = r"\d{1,3}(?:[.,'\x20\u{a0}\u{202f}]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?";

fn alternation<'a>(words: impl Iterator<Item = &'a String>) -> String {
    let mut words: Vec<&String> = words.collect();
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    words.dedup();
    words
        .iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

static MATCHER: LazyLock<Matcher> = LazyLock::new(|| {
    let lexes = crate::lexicon::all();
    let mut currencies: Vec<(String, &'static str)> = Vec::new();
    let mut scales: Vec<(String, f64)> = Vec::new();
    for lex in lexes {
        for (w, iso) in &lex.money.currencies {
            currencies.push((w.clone(), leak(iso)));
        }
        for (w, m) in &lex.money.scales {
            scales.push((w.clone(), *m));
        }
    }
    // Symbols and prefixed forms may stand right before the number; words and codes after it.
    let cur = alternation(currencies.iter().map(|(w, _)| w));
    // Before a number only symbols and codes ("$", "US$", "EUR"), never words ("won", "real").
    let pre_cur = alternation(
        currencies
            .iter()
            .map(|(w, _)| w)
            .filter(|w| w.chars().any(|c| !c.is_alphabetic()) || w.chars().count() <= 3),
    );
    let scale = alternation(scales.iter().map(|(w, _)| w));
    let pattern = format!(
        r"(?xi)
        (?P<pre>{pre_cur})?\s?
        (?P<n1>{NUMBER})
        (?:\s?(?:-|–|to|a|e|and|y|et|und|bis|à)\s?(?P<pre2>{pre_cur})?\s?(?P<n2>{NUMBER}))?
        (?:\s?(?P<scale>{scale})\b\.?)?
        (?:\s?(?:(?:di|de|del|of|in)\s|d'|d’)?(?P<post>{cur}))?
        (?:\b|$|\s)"
    );
    let re = Regex::new(&pattern).expect("money pattern");
    Matcher {
        re,
        currencies,
        scales,
    }
});

fn leak(s: &str) -> &'static str {
    // ISO codes are few and live for the whole run; interning them keeps `Money` `Copy`-cheap.
    static CODES: LazyLock<std::sync::Mutex<Vec<&'static str>>> = LazyLock::new(Default::default);
    let mut codes = CODES.lock().expect("iso table");
    if let Some(c) = codes.iter().find(|c| **c == s) {
        return c;
    }
    let c: &'static str = Box::leak(s.to_string().into_boxed_str());
    codes.push(c);
    c
}

fn lookup_currency(word: &str) -> Option<&'static str> {
    let w = word.to_lowercase();
    MATCHER
        .currencies
        .iter()
        .find(|(k, _)| *k == w)
        .map(|(_, v)| *v)
}

fn lookup_scale(word: &str) -> Option<f64> {
    let w = word.trim_end_matches('.').to_lowercase();
    MATCHER
        .scales
        .iter()
        .find(|(k, _)| k.trim_end_matches('.') == w)
        .map(|(_, v)| *v)
}

/// Parses a number as written in `lang`: `1.234,5` or `1,234.5`; a separator followed by exactly
/// three digits is a thousands separator when it is the language's own.
pub fn parse_number(s: &str, lang: Lang) -> Option<f64> {
    let decimal_comma = lexicon(lang).money.decimal_comma;
    let s: String = s
        .chars()
        .filter(|c| !matches!(c, '\'' | ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let dots = s.matches('.').count();
    let commas = s.matches(',').count();
    let normal = match (dots, commas) {
        (0, 0) => s,
        (_, 0) => resolve_single(&s, '.', dots, !decimal_comma),
        (0, _) => resolve_single(&s, ',', commas, decimal_comma),
        _ => {
            // Both present: the last one is the decimal mark.
            let last_dot = s.rfind('.').unwrap_or(0);
            let last_comma = s.rfind(',').unwrap_or(0);
            if last_dot > last_comma {
                s.replace(',', "")
            } else {
                s.replace('.', "").replace(',', ".")
            }
        }
    };
    normal.parse().ok()
}

fn resolve_single(s: &str, sep: char, count: usize, is_decimal_mark: bool) -> String {
    let tail = s.rsplit(sep).next().unwrap_or("");
    let thousands = count > 1 || (tail.len() == 3 && !is_decimal_mark);
    if thousands {
        s.replace(sep, "")
    } else {
        s.replace(sep, ".")
    }
}

fn ends_with_phrase(before: &str, phrases: &[String]) -> bool {
    let b = before.trim_end().to_lowercase();
    phrases.iter().any(|p| {
        b.ends_with(p.as_str())
            && b[..b.len() - p.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

fn qualifier_before(before: &str, lex: &Lexicon) -> Qualifier {
    let window = tail_chars(before, 30);
    let window = window.trim_end_matches(['$', '€', '£', '¥', ' ']);
    let all = crate::lexicon::all();
    let check = |f: fn(&Lexicon) -> &Vec<String>| {
        ends_with_phrase(window, f(lex)) || all.iter().any(|l| ends_with_phrase(window, f(l)))
    };
    if check(|l| &l.money.up_to) {
        Qualifier::UpTo
    } else if check(|l| &l.money.at_least) {
        Qualifier::AtLeast
    } else if check(|l| &l.money.about) {
        Qualifier::About
    } else {
        Qualifier::Exact
    }
}

fn tail_chars(s: &str, n: usize) -> &str {
    let start = s
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    &s[start..]
}

fn head_chars(s: &str, n: usize) -> &str {
    let end = s.char_indices().nth(n).map_or(s.len(), |(i, _)| i);
    &s[..end]
}

/// Every amount of money in `text`, in order. A bare number with a scale word ("100 miliardi")
/// takes the currency of the amount before it in the same text, as in a list.
pub fn find_money(text: &str, lang: Lang) -> Vec<Money> {
    let lex = lexicon(lang);
    let mut out: Vec<Money> = Vec::new();
    for caps in MATCHER.re.captures_iter(text) {
        let whole = caps.get(0).expect("match");
        let n1 = caps.name("n1").expect("number");
        // A number glued to a letter or another digit group is part of a word or code.
        if text[..n1.start()]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '-')
            && caps.name("pre").is_none()
        {
            continue;
        }
        let scale = caps.name("scale").and_then(|m| lookup_scale(m.as_str()));
        let pre = caps.name("pre").and_then(|m| lookup_currency(m.as_str()));
        let post = caps.name("post").and_then(|m| lookup_currency(m.as_str()));
        // Single letters (m, b, k) count as scales only right after the number or a symbol.
        let mut currency = pre.or(post);
        if currency.is_none() && scale.is_some() {
            currency = out.last().map(|m| m.currency);
        }
        let Some(currency) = currency else { continue };
        if caps.name("pre").is_none() && caps.name("post").is_none() && scale.is_none() {
            continue;
        }
        let mult = scale.unwrap_or(1.0);
        let Some(v1) = parse_number(n1.as_str(), lang) else {
            continue;
        };
        // A year is never an amount ("2024 dollars" aside, which nobody writes).
        if scale.is_none()
            && pre.is_none()
            && (1900.0..2100.0).contains(&v1)
            && !n1.as_str().contains(['.', ','])
        {
            continue;
        }
        let v2 = caps.name("n2").and_then(|m| parse_number(m.as_str(), lang));
        let mut qualifier = qualifier_before(&text[..whole.start()], lex);
        let (amount, amount_max) = match v2 {
            Some(v2) if v2 > v1 => {
                qualifier = Qualifier::Range;
                (v1 * mult, Some(v2 * mult))
            }
            _ => (v1 * mult, None),
        };
        let after = head_chars(&text[whole.end()..], 20).to_lowercase();
        let per_share = lex
            .money
            .per_share
            .iter()
            .any(|p| after.trim_start().starts_with(p.as_str()))
            || crate::lexicon::all().iter().any(|l| {
                l.money
                    .per_share
                    .iter()
                    .any(|p| after.trim_start().starts_with(p.as_str()))
            });
        let restates = out.last().is_some_and(|prev| {
            let between = &text[prev.end..whole.start()];
            between.trim_start().starts_with('(') && between.len() < 12 && prev.currency != currency
        }) || text[..whole.start()].trim_end().ends_with('(')
            && out
                .last()
                .is_some_and(|prev| text[prev.end..whole.start()].len() < 14);
        out.push(Money {
            start: whole.start(),
            end: whole.end(),
            amount,
            amount_max,
            currency,
            qualifier,
            per_share,
            restates,
        });
    }
    out
}

static STAKE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,3}(?:[.,]\d{1,2})?)\s?(?:%|pct\b|percent\b|per cent\b|per cento\b|por ciento\b|pour cent\b|prozent\b|por cento\b)")
        .expect("stake pattern")
});

/// Every percentage in `text`; `deal` decides which is a stake.
pub fn find_stakes(text: &str, lang: Lang) -> Vec<Stake> {
    STAKE
        .captures_iter(text)
        .filter_map(|c| {
            let m = c.get(0)?;
            let pct = parse_number(c.get(1)?.as_str(), lang)?;
            (pct > 0.0 && pct <= 100.0).then_some(Stake {
                start: m.start(),
                end: m.end(),
                pct,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str, lang: Lang) -> (f64, Option<f64>, &'static str, Qualifier) {
        let m = find_money(text, lang);
        assert!(!m.is_empty(), "no amount in {text:?}");
        (m[0].amount, m[0].amount_max, m[0].currency, m[0].qualifier)
    }

    #[test]
    fn amounts_table() {
        use Qualifier::*;
        type Case = (
            &'static str,
            Lang,
            f64,
            Option<f64>,
            &'static str,
            Qualifier,
        );
        let cases: &[Case] = &[
            (
                "investito 5 miliardi di dollari in Intel",
                Lang::It,
                5e9,
                None,
                "USD",
                Exact,
            ),
            (
                "for $16.5 billion in cash",
                Lang::En,
                16.5e9,
                None,
                "USD",
                Exact,
            ),
            ("for 12.5 mln dlrs", Lang::En, 12.5e6, None, "USD", Exact),
            ("un valore di €1,2 mld", Lang::It, 1.2e9, None, "EUR", Exact),
            (
                "1.250 milioni di euro",
                Lang::It,
                1.25e9,
                None,
                "EUR",
                Exact,
            ),
            ("a 120 mln stg offer", Lang::En, 120e6, None, "GBP", Exact),
            (
                "about 356.5 mln dlrs",
                Lang::En,
                356.5e6,
                None,
                "USD",
                About,
            ),
            (
                "35 to 55 mln dlrs a year",
                Lang::En,
                35e6,
                Some(55e6),
                "USD",
                Range,
            ),
            ("380 miliardi di yuan", Lang::It, 380e9, None, "CNY", Exact),
            ("US$ 2 billion", Lang::En, 2e9, None, "USD", Exact),
            (
                "R$ 60 bi em investimentos",
                Lang::Pt,
                60e9,
                None,
                "BRL",
                Exact,
            ),
            ("2.000 millones de euros", Lang::Es, 2e9, None, "EUR", Exact),
            ("3,5 milliards d'euros", Lang::Fr, 3.5e9, None, "EUR", Exact),
            (
                "rund 1,2 Milliarden Euro",
                Lang::De,
                1.2e9,
                None,
                "EUR",
                About,
            ),
        ];
        for (text, lang, amount, max, cur, q) in cases {
            let got = one(text, *lang);
            assert!((got.0 - amount).abs() < 1e-3 * amount, "{text}: {got:?}");
            assert_eq!(got.1, *max, "{text}");
            assert_eq!(got.2, *cur, "{text}");
            assert_eq!(got.3, *q, "{text}");
        }
    }

    #[test]
    fn currency_carries_over_a_list() {
        let t = "accordi con Intel (5 miliardi di dollari) e con OpenAI (fino a 100 miliardi)";
        let m = find_money(t, Lang::It);
        assert_eq!(m.len(), 2);
        assert_eq!(m[1].currency, "USD");
        assert_eq!(m[1].amount, 100e9);
        assert_eq!(m[1].qualifier, Qualifier::UpTo);
    }

    #[test]
    fn restatement_in_parentheses_is_marked() {
        let t = "380 miliardi di yuan (circa 53-54 miliardi di dollari)";
        let m = find_money(t, Lang::It);
        assert_eq!(m.len(), 2);
        assert!(!m[0].restates);
        assert!(m[1].restates);
        assert_eq!(m[1].qualifier, Qualifier::Range);
    }

    #[test]
    fn non_money_numbers_are_not_amounts() {
        for t in [
            "con oltre 1 trilione di parametri",
            "addestrato su 36 trilioni di token",
            "controllando circa l'80-90 % del mercato",
            "4.3 mln outstanding shares",
            "in 2024 the company",
            "91 centri dati in 29 regioni",
        ] {
            assert!(
                find_money(t, Lang::It).is_empty(),
                "{t}: {:?}",
                find_money(t, Lang::It)
            );
        }
    }

    #[test]
    fn per_share_prices_are_marked() {
        let m = find_money("raise its bid to 150 dlrs per share", Lang::En);
        assert!(m[0].per_share);
    }

    #[test]
    fn stakes() {
        let s = find_stakes("took a 20% stake; il 35,5 per cento del capitale", Lang::It);
        assert_eq!(
            s.iter().map(|s| s.pct).collect::<Vec<_>>(),
            vec![20.0, 35.5]
        );
    }
}
