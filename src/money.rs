//! Amounts of money in a text: "€2,5 mld", "$16.5 billion", "12.5 mln dlrs", "USD 5bn",
//! "5 miliardi di dollari", "cinque miliardi di dollari", "M€ 20", "15 dollars 50", ranges
//! ("53-54 miliardi", "between $1 and $2 billion"), qualifiers ("fino a", "rund", "more than"),
//! a currency carried along a list ("(fino a 100 miliardi)"), restatements in another currency
//! in parentheses, per-share prices; and stake percentages. Words live in the language tables
//! (`lexicon::money`); the patterns built from them live in `matcher`, number reading in
//! `number`. Deciding which amount is a deal's value is left to `deal`.

mod matcher;
mod number;
mod range;
#[cfg(test)]
mod tests;

use crate::lexicon::money::MoneyLex;
use crate::lexicon::{all, lexicon, Lang};
use matcher::{ends_with_phrase, starts_with_phrase, Cur, MATCHER};
pub use number::parse_number;
use number::{spelled, spelled_after, spelled_before, strip_link};
use regex::Captures;

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

    /// The qualifier written as `as_str` writes it; an exact amount is "" or "exact".
    pub fn parse(s: &str) -> Option<Qualifier> {
        Some(match s {
            "" | "exact" => Qualifier::Exact,
            "up_to" => Qualifier::UpTo,
            "about" => Qualifier::About,
            "at_least" => Qualifier::AtLeast,
            "range" => Qualifier::Range,
            _ => return None,
        })
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

/// How far (bytes) a currency carries to a bare "100 miliardi" after an amount.
const CARRY_BYTES: usize = 80;

/// Builds now, on the caller's thread, the amount matcher that the first amount builds
/// otherwise; what is found does not change.
pub fn warm_up() {
    std::sync::LazyLock::force(&MATCHER);
}

/// Every amount of money in `text`, in order.
pub fn find_money(text: &str, lang: Lang) -> Vec<Money> {
    let scan = Scan { text, lang };
    let mut out: Vec<Money> = Vec::new();
    let mut pos = 0;
    while pos < text.len() {
        // Most matches are bare numbers, never money: skip them without reading groups.
        let Some(span) = MATCHER.amount.find_at(text, pos) else {
            break;
        };
        if is_bare_number(span.as_str()) {
            pos = span.end();
            continue;
        }
        let Some(caps) = MATCHER.amount.captures_at(text, span.start()) else {
            break;
        };
        let found = if caps.name("word").is_some() {
            scan.spelled_amount(&caps, pos)
        } else if caps.name("spre").is_some() {
            scan.spelled_after_currency(&caps)
        } else {
            scan.digit_amount(&caps, out.last())
        };
        let next = match found {
            Ok(money) => {
                let end = money.end;
                push(text, &mut out, money);
                end
            }
            Err(resume) => resume,
        };
        // Always move forward, and only to a char boundary.
        let mut next = next.max(pos + 1);
        while !text.is_char_boundary(next) {
            next += 1;
        }
        pos = next;
    }
    range::join_ranges(text, lang, &mut out);
    out
}

/// `x` without the binary noise of scaling a decimal ("8,2 miliardi" is 8200000000, not
/// 8199999999.999999): twelve significant digits, which no written amount exceeds.
fn tidy(x: f64) -> f64 {
    format!("{x:.11e}").parse().unwrap_or(x)
}

/// Whether a match is only a number: no currency, no scale, no spelled words.
fn is_bare_number(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '\'' | '’') || c.is_whitespace())
}

/// Adds `money`, marking it as a restatement when it stands in parentheses right after an
/// amount in another currency ("380 miliardi di yuan (circa 53 miliardi di dollari)").
fn push(text: &str, out: &mut Vec<Money>, mut money: Money) {
    // "€999…999 trillion" past what a float holds is no amount.
    if !money.amount.is_finite() || money.amount_max.is_some_and(|m| !m.is_finite()) {
        return;
    }
    if let Some(prev) = out.last() {
        let between = &text[prev.end..money.start];
        money.restates = prev.currency != money.currency
            && between.len() <= 30
            && between.contains('(')
            && !between.contains(')')
            && !between.contains(|c: char| c.is_ascii_digit());
    }
    out.push(money);
}

struct Scan<'t> {
    text: &'t str,
    lang: Lang,
}

/// Where a match ended when it is not money: resume there.
type Found = Result<Money, usize>;

impl Scan<'_> {
    /// An amount written with digits. `prev` is the amount before it, whose currency a bare
    /// "100 miliardi" takes.
    fn digit_amount(&self, caps: &Captures, prev: Option<&Money>) -> Found {
        let (text, lang, m) = (self.text, self.lang, &*MATCHER);
        let whole = caps.get(0).ok_or(self.text.len())?;
        let n1 = caps.name("n1").ok_or(whole.end())?;
        let pre_m = caps.name("pre");
        // A number glued to a word or another number is part of a code or a name.
        let glued = text[..n1.start()]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_' || c == '/');
        if pre_m.is_none() && glued {
            return Err(n1.end());
        }
        let mut v1 = parse_number(n1.as_str(), lang).ok_or(n1.end())?;
        let mut v2 = caps.name("n2").and_then(|x| parse_number(x.as_str(), lang));
        let scale_of = |name: &str| caps.name(name).and_then(|x| m.scale(x.as_str(), lang));
        let (mut s1, s2) = (scale_of("scale1"), scale_of("scale").or(scale_of("mscale")));
        // "2 miliardi e 400 milioni": one amount in two parts, in units of the smaller scale.
        let sum = caps.name("join").is_some_and(|j| m.sums(j.as_str()));
        let mut summed = false;
        if let (true, Some(a), Some(b), Some(w)) = (sum, s1, s2, v2) {
            if a > b && w * b < a {
                (v1, v2, s1, summed) = (v1 * (a / b) + w, None, None, true);
            }
        }
        // "$200 - $100" and "5 milioni e 300 mila" are two amounts, not a range ("€1bn to
        // €1.5bn" is one): this one ends at its number and its own scale.
        let two_amounts = !summed
            && caps.name("n2").is_some()
            && v2.is_none_or(|v2| {
                let (m1, m2) = (s1.or(s2).unwrap_or(1.0), s2.unwrap_or(1.0));
                v2 * m2 <= v1 * m1 || s1.is_some_and(|s1| Some(s1) != s2)
            });
        let part = |name: &str| caps.name(name).filter(|_| !two_amounts);
        let cur = |x: Option<regex::Match>| x.and_then(|x| m.currency(x.as_str(), lang));
        let pre = cur(caps.name("pre")).or(cur(part("pre2")));
        let (n2, v2, mid) = (part("n2"), v2.filter(|_| !two_amounts), part("mid"));
        let mid = cur(mid);
        let scale_m = match two_amounts {
            true => caps.name("scale1"),
            false => part("scale").or(part("mscale")),
        };
        let scale = scale_m.and_then(|s| m.scale(s.as_str(), lang));
        let core_end = [Some(n1), n2, part("mid"), scale_m]
            .iter()
            .flatten()
            .map(|x| x.end())
            .max()
            .unwrap_or(n1.end());
        let mut end = core_end;
        let mut post = None;
        let mut cents = 0.0;
        if let Some(p) = part("post") {
            let after = &text[p.end()..];
            let number_follows = after.trim_start().starts_with(|c: char| c.is_ascii_digit());
            // "iPhone 8 $173.00": a symbol glued to the next number is that number's.
            let glued_next = after.starts_with(|c: char| c.is_ascii_digit());
            // The pattern's word ends are ASCII-only: "5 eurò" is no currency.
            let glued_next = glued_next || after.starts_with(char::is_alphabetic);
            // "won", "real", "mark" after a bare number are words: "the 50 mark".
            let word_only = m.is_ambiguous(p.as_str()) && scale.is_none();
            let post_cur = m
                .currency(p.as_str(), lang)
                .filter(|_| !glued_next && !word_only);
            let keep = match (pre, post_cur) {
                (_, None) => false,
                (Some(a), Some(b)) => a.iso == b.iso && !number_follows,
                (None, Some(ours)) => {
                    let whole_units = scale.is_none() && v2.is_none() && v1.fract() == 0.0;
                    match self.cents_after(after, whole_units) {
                        Some((c, len)) if whole_units => {
                            cents = c;
                            end = p.end() + len;
                            true
                        }
                        _ => !(number_follows && self.opens_next(after, ours)),
                    }
                }
            };
            if keep {
                post = post_cur;
                end = end.max(p.end());
            }
        }
        let named: Option<Cur> = pre.or(mid).or(post);
        let currency = match named {
            Some(c) => c.iso,
            None => match prev {
                // Not after a one-letter scale: "a 300m tower" is in metres.
                Some(p)
                    if scale_m.is_some_and(|s| s.as_str().chars().count() > 1)
                        && carries(&text[p.end..whole.start()]) =>
                {
                    p.currency
                }
                _ => return Err(core_end),
            },
        };
        let mult = scale.unwrap_or(1.0) * named.map_or(1.0, |c| c.mult);
        // A year is never an amount ("in 2024 dollars" aside, which nobody writes).
        let year_like = (1900.0..2100.0).contains(&v1) && !n1.as_str().contains(['.', ',', ' ']);
        let pre_symbol = pre.is_some_and(|c| c.symbolic);
        if year_like && mult == 1.0 && !pre_symbol && v2.is_none() {
            return Err(core_end);
        }
        if v1 == 0.0 || self.not_money_after(end, named.is_none()) {
            return Err(core_end);
        }
        let start = pre_m.map_or(n1.start(), |p| p.start());
        let mut qualifier = qualifier_before(&text[..start], lang);
        let amount_max = match v2 {
            Some(v2) if v2 > v1 => {
                qualifier = Qualifier::Range;
                Some(tidy(v2 * mult))
            }
            _ => None,
        };
        Ok(Money {
            start,
            end,
            amount: tidy(v1 * mult + cents),
            amount_max,
            currency,
            qualifier,
            per_share: self.per_share_after(end),
            restates: false,
        })
    }

    /// A currency word with its number spelled out before it ("cinque miliardi di dollari",
    /// "thirteen dollars and forty-five cents"). `floor` is where the scan stood.
    fn spelled_amount(&self, caps: &Captures, floor: usize) -> Found {
        let (text, lang, m) = (self.text, self.lang, &*MATCHER);
        let word = caps.name("word").ok_or(text.len())?;
        let after = &text[word.end()..];
        // "euro-zone", "dollar-denominated": a compound, not an amount.
        if after.starts_with('-') && after[1..].starts_with(char::is_alphabetic) {
            return Err(word.end());
        }
        // The pattern's word ends are ASCII-only: "sar" in "sarà" is no currency.
        if after.starts_with(char::is_alphabetic) {
            return Err(word.end());
        }
        let cur = m.currency(word.as_str(), lang).ok_or(word.end())?;
        let before = strip_link(&text[floor..word.start()], &m.links);
        let number = spelled_before(before, lang).ok_or(word.end())?;
        let start = floor + number.start;
        let (cents, len) = self.cents_after(after, false).unwrap_or((0.0, 0));
        let end = word.end() + len;
        let qualifier = match qualifier_before(&text[..start], lang) {
            Qualifier::Exact if number.about => Qualifier::About,
            q => q,
        };
        Ok(Money {
            start,
            end,
            amount: tidy(number.value * cur.mult + cents),
            amount_max: None,
            currency: cur.iso,
            qualifier,
            per_share: self.per_share_after(end),
            restates: false,
        })
    }

    /// A currency, then a number spelled out with a scale: "$ un mil millones", "US$ two
    /// billion".
    fn spelled_after_currency(&self, caps: &Captures) -> Found {
        let (text, lang, m) = (self.text, self.lang, &*MATCHER);
        let sym = caps.name("spre").ok_or(text.len())?;
        let cur = m.currency(sym.as_str(), lang).ok_or(sym.end())?;
        let (len, value) = spelled_after(&text[sym.end()..], lang).ok_or(sym.end())?;
        let (start, end) = (sym.start(), sym.end() + len);
        Ok(Money {
            start,
            end,
            amount: tidy(value * cur.mult),
            amount_max: None,
            currency: cur.iso,
            qualifier: qualifier_before(&text[..start], lang),
            per_share: false,
            restates: false,
        })
    }

    /// Cents right after a currency ("50" in "15 dollars 50", "e 15 centesimi"), as a fraction
    /// of a unit, with the bytes they take. Bare digits count only when `bare` and nothing
    /// after them makes them a number of something else.
    fn cents_after(&self, rest: &str, bare: bool) -> Option<(f64, usize)> {
        let m = &*MATCHER;
        if let Some(c) = m.cents_digits.captures(rest) {
            let d: f64 = c.name("d")?.as_str().parse().ok()?;
            let end = c.get(0)?.end();
            if c.name("cw").is_some() || (bare && self.ends_bare_cents(&rest[end..])) {
                return Some((d / 100.0, end));
            }
        }
        let c = m.cents_words.captures(rest)?;
        let v = spelled(c.name("w")?.as_str(), self.lang).filter(|v| *v < 100.0)?;
        Some((v / 100.0, c.get(0)?.end()))
    }

    /// Whether the text after bare cents digits leaves them cents: no more digits, no
    /// percent sign, scale, currency or "employees" after them.
    fn ends_bare_cents(&self, after: &str) -> bool {
        let mut chars = after.chars();
        match chars.next() {
            Some(c) if c.is_alphanumeric() || c == '%' => return false,
            Some('.' | ',') if chars.next().is_some_and(|c| c.is_ascii_digit()) => return false,
            _ => {}
        }
        let t = after.trim_start();
        let token = t
            .split(char::is_whitespace)
            .next()
            .unwrap_or("")
            .trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
        let m = &*MATCHER;
        if t.starts_with('%') || m.currency(token, self.lang).is_some() {
            return false;
        }
        let word: String = t
            .chars()
            .take_while(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        if word.is_empty() {
            return true;
        }
        m.scale(&word, self.lang).is_none()
            && m.currency(&word, self.lang).is_none()
            && !starts_with_phrase(&word, &m.not_money)
    }

    /// Whether a currency symbol after an amount rather opens the next one, which names the
    /// same currency in words: "1 $ 10 dollars bill" (but "10 $ 30 $" and "50 dollar 40 rmb"
    /// are two amounts each with its own currency after it).
    fn opens_next(&self, after: &str, ours: Cur) -> bool {
        let m = &*MATCHER;
        let Some(theirs) = m.opens_next.captures(after).and_then(|c| c.name("post")) else {
            return false;
        };
        m.currency(theirs.as_str(), self.lang)
            .is_some_and(|t| ours.symbolic && !t.symbolic && t.iso == ours.iso)
    }

    /// Whether the words right after an amount say it counts something else: "4 mln shares",
    /// and, when the currency was only carried, "1 trilione di parametri" (but "$48 billion in
    /// shares" is money).
    fn not_money_after(&self, end: usize, carried: bool) -> bool {
        let m = &*MATCHER;
        let head = head_lower(&self.text[end..], 30);
        let head = head.trim_start();
        let linked = strip_leading_link(head, &m.links);
        starts_with_phrase(head, &m.not_money)
            || (carried && starts_with_phrase(linked, &m.not_money))
    }

    fn per_share_after(&self, end: usize) -> bool {
        let head = head_lower(&self.text[end..], 24);
        starts_with_phrase(head.trim_start(), &MATCHER.per_share)
    }
}

/// Whether a currency carries across `between` (from one amount to the next in a list).
fn carries(between: &str) -> bool {
    between.len() <= CARRY_BYTES && !between.contains(['.', '!', '?', ';', '\n'])
}

/// `head` (lower case) without a leading link word.
fn strip_leading_link<'a>(head: &'a str, links: &[String]) -> &'a str {
    for l in links {
        if let Some(rest) = head.strip_prefix(l.as_str()) {
            let glued = l.ends_with(['\'', '’']);
            if glued || rest.starts_with(char::is_whitespace) {
                return rest.trim_start();
            }
        }
    }
    head
}

/// The first `n` chars of `s`, lower case, each run of spaces or line breaks made one space.
fn head_lower(s: &str, n: usize) -> String {
    let mut out = String::with_capacity(n);
    for c in s.chars().take(n) {
        if c.is_whitespace() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// The qualifier in the words right before an amount, in the text's language first.
fn qualifier_before(before: &str, lang: Lang) -> Qualifier {
    let start = before.char_indices().rev().nth(39).map_or(0, |(i, _)| i);
    let window = before[start..].to_lowercase();
    let window = window.trim_end_matches(|c: char| c.is_whitespace() || c == '(');
    let own = &lexicon(lang).money;
    let others = all()
        .iter()
        .map(|l| &l.money)
        .filter(|l| !std::ptr::eq(*l, own));
    for lex in std::iter::once(own).chain(others) {
        for (list, q) in qualifier_lists(lex) {
            if ends_with_phrase(window, list) {
                return q;
            }
        }
    }
    Qualifier::Exact
}

/// A language's qualifier phrases, in the order they are tried.
fn qualifier_lists(lex: &MoneyLex) -> [(&[String], Qualifier); 3] {
    [
        (&lex.up_to, Qualifier::UpTo),
        (&lex.at_least, Qualifier::AtLeast),
        (&lex.about, Qualifier::About),
    ]
}

/// Every percentage in `text` (0 < pct ≤ 100); `deal` decides which is a stake.
pub fn find_stakes(text: &str, lang: Lang) -> Vec<Stake> {
    MATCHER
        .percent
        .captures_iter(text)
        .filter_map(|c| {
            let m = c.get(0)?;
            let pct = parse_number(c.name("n")?.as_str(), lang)?;
            (pct > 0.0 && pct <= 100.0).then_some(Stake {
                start: m.start(),
                end: m.end(),
                pct,
            })
        })
        .collect()
}
