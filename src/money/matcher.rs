//! The scanner's patterns and look-up tables, built once from every language's `money.toml` and
//! shared read-only. Currency and scale words of all languages are merged (an Italian article
//! quotes "10 milioni di dollari" and "$10 million" alike); when two languages disagree on a
//! word, the article's language wins. Nothing here knows a language by name.

use crate::lexicon::{all, Lang};
use regex::{Regex, RegexBuilder};
use std::collections::{BTreeSet, HashMap};
use std::sync::LazyLock;

/// A currency as written: its ISO code and, for glued forms ("M€", "MUSD"), a scale.
#[derive(Clone, Copy, Debug)]
pub(super) struct Cur {
    pub iso: &'static str,
    pub mult: f64,
    /// Written as a symbol or code ("$", "USD"), not as a word ("dollars").
    pub symbolic: bool,
    /// A scale glued to an ISO code ("MUSD"): only in capitals, so "16 mars" is a date.
    pub capitals_only: bool,
}

pub(super) struct Matcher {
    /// An amount written with digits; or (group `word`) a currency word whose number may be
    /// spelled out before it; or (group `spre`) a currency and a spelled number with a scale
    /// ("$ un mil millones").
    pub amount: Regex,
    /// A number after a currency, with its own currency after it ("1 $ 10 dollars").
    pub opens_next: Regex,
    /// Cents in digits after a currency: "15 dollars 50", "3 euros con 99 céntimos".
    pub cents_digits: Regex,
    /// Cents spelled out and named: "thirteen dollars and forty-five cents".
    pub cents_words: Regex,
    /// A percentage, for stakes.
    pub percent: Regex,
    currencies: HashMap<String, Vec<(Lang, Cur)>>,
    scales: HashMap<String, Vec<(Lang, f64)>>,
    /// Merged over languages, lower case, longest first.
    pub links: Vec<String>,
    pub not_money: Vec<String>,
    sum_joiners: Vec<String>,
    /// Keys of currency words that are also common words ("won", "real").
    ambiguous: BTreeSet<String>,
    pub per_share: Vec<String>,
}

/// The key a currency or scale is looked up by: lower case, spaces dropped ("c $" = "c$").
pub(super) fn key(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// One alternation of literal words, longest first. A space matches any run of spaces (at most
/// one next to a `$`: "c $" is "C$" or "c $", "a$" only "A$"). With `lead_boundary` a word
/// starting with an ASCII letter must start there; with `trail_boundary` one ending so must end
/// there (not needed before a number: "USD115").
fn alternation<'a>(
    words: impl Iterator<Item = &'a str>,
    lead_boundary: bool,
    trail_boundary: bool,
) -> String {
    let mut words: Vec<&str> = words.collect();
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    words.dedup();
    let mut alts = Vec::with_capacity(words.len());
    for w in words {
        let mut p = String::new();
        let first = w.chars().next();
        if lead_boundary && first.is_some_and(|c| c.is_ascii_alphanumeric()) {
            p.push_str(r"(?-u:\b)");
        }
        let chars: Vec<char> = w.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let by_dollar = (i > 0 && chars[i - 1] == '$') || chars.get(i + 1) == Some(&'$');
            match c {
                ' ' if by_dollar => p.push_str(r"\s?"),
                ' ' => p.push_str(r"\s+"),
                _ => p.push_str(&regex::escape(&c.to_string())),
            }
        }
        if trail_boundary && w.chars().last().is_some_and(|c| c.is_ascii_alphanumeric()) {
            p.push_str(r"(?-u:\b)");
        }
        alts.push(p);
    }
    alts.join("|")
}

fn merged(f: impl Fn(&crate::lexicon::money::MoneyLex) -> &Vec<String>) -> Vec<String> {
    let set: BTreeSet<String> = all()
        .iter()
        .flat_map(|l| f(&l.money).iter().map(|w| w.to_lowercase()))
        .collect();
    let mut v: Vec<String> = set.into_iter().collect();
    v.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    v
}

const NUMBER: &str = r"\d{1,3}(?:[.,'’\x20\u{a0}\u{202f}]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?";
const GAP: &str = r"\s{0,3}";

pub(super) static MATCHER: LazyLock<Matcher> = LazyLock::new(build);

fn build() -> Matcher {
    let mut codes: Vec<&'static str> = Vec::new();
    let mut intern = |iso: &str| -> &'static str {
        if let Some(c) = codes.iter().find(|c| **c == iso) {
            return c;
        }
        // A handful of ISO codes, leaked once for the whole run so `Money` holds `&'static str`.
        let c: &'static str = Box::leak(iso.to_uppercase().into_boxed_str());
        codes.push(c);
        c
    };
    let mut currencies: HashMap<String, Vec<(Lang, Cur)>> = HashMap::new();
    let mut scales: HashMap<String, Vec<(Lang, f64)>> = HashMap::new();
    let mut written: BTreeSet<String> = BTreeSet::new(); // every currency form, as written
    let mut ambiguous: BTreeSet<String> = BTreeSet::new();
    let mut glued: BTreeSet<String> = BTreeSet::new();
    for lex in all() {
        for (w, m) in &lex.money.scales {
            scales.entry(key(w)).or_default().push((lex.lang, *m));
        }
        for (w, iso) in &lex.money.currencies {
            let symbolic = !w.chars().any(char::is_alphabetic)
                || (w.len() == 3 && w.eq_ignore_ascii_case(iso))
                || w.contains('$');
            let cur = Cur {
                iso: intern(iso),
                mult: 1.0,
                symbolic,
                capitals_only: false,
            };
            currencies.entry(key(w)).or_default().push((lex.lang, cur));
            written.insert(w.to_lowercase());
        }
        ambiguous.extend(lex.money.ambiguous.iter().map(|w| w.to_lowercase()));
        glued.extend(lex.money.glued_scales.iter().map(|w| w.to_lowercase()));
    }
    // Glued forms: a scale abbreviation right before a symbol or an ISO code ("Mds€", "MUSD").
    let mut glued_forms: Vec<String> = Vec::new();
    for g in &glued {
        let Some(&(_, mult)) = scales.get(&key(g)).and_then(|v| v.first()) else {
            continue;
        };
        for (w, entries) in currencies.clone() {
            let (_, cur) = entries[0];
            let iso_like = w.len() == 3 && w.eq_ignore_ascii_case(cur.iso);
            let symbol = w.chars().count() == 1 && !w.chars().any(char::is_alphanumeric);
            if !(iso_like || symbol) {
                continue;
            }
            let form = format!("{g}{w}");
            let glued_cur = Cur {
                mult,
                capitals_only: iso_like,
                ..cur
            };
            currencies
                .entry(key(&form))
                .or_default()
                .push((Lang::En, glued_cur));
            glued_forms.push(form);
        }
    }
    written.extend(glued_forms.iter().cloned());
    let is_word = |w: &str| w.chars().all(|c| c.is_alphabetic() || c == ' ');
    let pre = alternation(
        written
            .iter()
            .map(String::as_str)
            .filter(|w| !ambiguous.contains(*w)),
        true,
        false,
    );
    let post = alternation(written.iter().map(String::as_str), false, true);
    // Symbols and codes only ("$", "US$", "EUR"), for a spelled number after them.
    let symbols = alternation(
        written.iter().map(String::as_str).filter(|w| {
            currencies
                .get(&key(w))
                .and_then(|v| v.first())
                .is_some_and(|(_, c)| c.symbolic && c.mult == 1.0)
        }),
        true,
        false,
    );
    let words = alternation(
        written
            .iter()
            .map(String::as_str)
            .filter(|w| is_word(w) && !ambiguous.contains(*w)),
        true,
        true,
    );
    let codes_alt = alternation(
        written
            .iter()
            .map(String::as_str)
            .filter(|w| w.len() == 3 && w.chars().all(|c| c.is_ascii_alphabetic())),
        true,
        true,
    );
    let scale_words: Vec<String> = all()
        .iter()
        .flat_map(|l| l.money.scales.keys().cloned())
        .collect();
    let scale = alternation(scale_words.iter().map(String::as_str), false, true);
    let links = merged(|m| &m.links);
    let link = alternation(links.iter().map(String::as_str), true, true);
    let joiners = merged(|m| &m.range_joiners);
    let join = alternation(joiners.iter().map(String::as_str), true, true);
    let amount = format!(
        r"(?i)(?:(?P<pre>{pre}){GAP})?(?P<n1>{NUMBER})(?:(?:(?:{GAP}|-)(?P<scale1>{scale}))?{GAP}(?P<join>{join}){GAP}(?:(?P<pre2>{pre}){GAP})?(?P<n2>{NUMBER}))?(?:{GAP}(?P<mid>{codes_alt}){GAP}(?P<mscale>{scale})|(?:(?:{GAP}|-)(?P<scale>{scale}))?(?:(?:{GAP}|-)(?:(?:{link}){GAP})?(?P<post>{post}))?)|(?P<word>{words})|(?P<spre>{symbols}){GAP}\p{{L}}"
    );
    let opens_next = format!(
        r"(?i)^{GAP}(?:{NUMBER}){GAP}(?:(?:{scale}){GAP})?(?:(?:{link}){GAP})?(?P<post>{post})"
    );
    let cent_joiners = merged(|m| &m.cent_joiners);
    let cjoin = alternation(cent_joiners.iter().map(String::as_str), true, true);
    let cent_words = merged(|m| &m.cent_words);
    let cword = alternation(cent_words.iter().map(String::as_str), true, true);
    let cents_digits =
        format!(r"(?i)^{GAP}(?:(?:{cjoin})\s+)?(?P<d>\d{{1,2}})(?:\s?(?P<cw>{cword}))?");
    let cents_words =
        format!(r"(?i)^{GAP}(?:(?:{cjoin})\s+)?(?P<w>\p{{L}}[\p{{L}}\-\s]{{0,40}}?)\s+(?:{cword})");
    let percent_words = merged(|m| &m.percent);
    let pct = alternation(percent_words.iter().map(String::as_str), false, true);
    let percent = format!(r"(?i)(?-u:\b)(?P<n>\d{{1,3}}(?:[.,]\d{{1,2}})?){GAP}(?:%|{pct})");
    Matcher {
        // A roomy cache keeps the lazy DFA of this large alternation from being rebuilt.
        amount: RegexBuilder::new(&amount)
            .dfa_size_limit(32 << 20)
            .build()
            .expect("amount pattern"),
        opens_next: Regex::new(&opens_next).expect("opens-next pattern"),
        cents_digits: Regex::new(&cents_digits).expect("cents pattern"),
        cents_words: Regex::new(&cents_words).expect("spelled cents pattern"),
        percent: Regex::new(&percent).expect("percent pattern"),
        currencies,
        scales,
        links,
        not_money: merged(|m| &m.not_money),
        sum_joiners: merged(|m| &m.sum_joiners),
        ambiguous: ambiguous.iter().map(|w| key(w)).collect(),
        per_share: merged(|m| &m.per_share),
    }
}

impl Matcher {
    /// The currency written `s`, as the language `lang` reads it.
    pub fn currency(&self, s: &str, lang: Lang) -> Option<Cur> {
        let v = self.currencies.get(&key(s))?;
        let cur = v.iter().find(|(l, _)| *l == lang).or(v.first())?.1;
        let lower = s.chars().any(char::is_lowercase);
        (!(cur.capitals_only && lower)).then_some(cur)
    }

    /// Whether the currency written `s` is also a common word ("won", "real", "mark").
    pub fn is_ambiguous(&self, s: &str) -> bool {
        self.ambiguous.contains(&key(s))
    }

    /// Whether `joiner` adds the parts of one amount ("e" in "2 miliardi e 400 milioni").
    pub fn sums(&self, joiner: &str) -> bool {
        self.sum_joiners
            .iter()
            .any(|j| j.eq_ignore_ascii_case(joiner))
    }

    /// The multiplier of the scale word `s`, as the language `lang` reads it.
    pub fn scale(&self, s: &str, lang: Lang) -> Option<f64> {
        let v = self.scales.get(&key(s))?;
        v.iter()
            .find(|(l, _)| *l == lang)
            .or(v.first())
            .map(|e| e.1)
    }
}

/// Whether `text` (lower case) starts with one of `phrases` as whole words.
pub(super) fn starts_with_phrase(text: &str, phrases: &[String]) -> bool {
    phrases.iter().any(|p| {
        text.starts_with(p.as_str())
            && text[p.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric() || !p.ends_with(char::is_alphanumeric))
    })
}

/// Whether `text` (lower case) ends with one of `phrases` as whole words.
pub(super) fn ends_with_phrase(text: &str, phrases: &[String]) -> bool {
    phrases.iter().any(|p| {
        text.ends_with(p.as_str())
            && text[..text.len() - p.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}
