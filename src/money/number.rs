//! Numbers inside an amount: digits with either separator convention (`1.234,5`, `1,234.5`,
//! `1 234,5`, `1'234.5`), read by the language's convention when ambiguous, and numbers spelled
//! out before a scale or currency word ("cinque miliardi", "two billion", "dos mil millones",
//! "half a million"), read by `text2num` and the language's tables. Where an amount starts and
//! which currency it has is left to the scanner.

use super::matcher::MATCHER;
use crate::lexicon::{all, lexicon, Lang};
use std::sync::LazyLock;

/// Parses a number as written in `lang`: `1.234,5` or `1,234.5`; a lone separator followed by
/// exactly three digits is a thousands separator unless it is the language's decimal mark
/// (`1.250 milioni` is 1250 in Italian, `1.250 billion` is 1.25 in English).
pub fn parse_number(s: &str, lang: Lang) -> Option<f64> {
    let decimal_comma = lexicon(lang).money.decimal_comma;
    let s: String = s
        .chars()
        .filter(|c| !matches!(c, '\'' | '’' | ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    if s.is_empty() || !s.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
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
    normal.parse().ok().filter(|v: &f64| v.is_finite())
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

/// One `text2num` reader per language, in `Lang::ALL` order (`None` where it has none).
static SPELLERS: LazyLock<Vec<Option<text2num::Language>>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|l| text2num::get_interpreter_for(l.code()))
        .collect()
});

/// The value of words such as "forty-five" or "dos mil" in `lang`.
pub(super) fn spelled(words: &str, lang: Lang) -> Option<f64> {
    let i = Lang::ALL.iter().position(|l| *l == lang)?;
    let reader = SPELLERS.get(i)?.as_ref()?;
    let digits = text2num::text2digits(words, reader).ok()?;
    digits.parse::<f64>().ok().filter(|v| *v > 0.0)
}

/// The last words of `s` (at most `max`), with their byte offsets; stops at anything that is
/// not a word (a digit, a bracket, a comma).
fn trailing_words(s: &str, max: usize) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut end = s.len();
    while out.len() < max {
        let head = s[..end].trim_end();
        if head.is_empty() {
            break;
        }
        let start = head
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace() || matches!(c, '\'' | '’'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &head[start..];
        if word.is_empty() || !word.chars().all(|c| c.is_alphabetic() || c == '-') {
            break;
        }
        out.push((start, word));
        end = start;
        if head[..start].ends_with(['\'', '’']) {
            break; // "d'une": the elided word before is not part of the number
        }
    }
    out.reverse();
    out
}

fn joined(words: &[(usize, &str)]) -> String {
    words
        .iter()
        .map(|(_, w)| w.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first words of `s` (at most `max`), with their byte offsets; stops at anything that is
/// not a word.
fn leading_words(s: &str, max: usize) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut at = 0;
    while out.len() < max {
        let rest = &s[at..];
        let start = at + (rest.len() - rest.trim_start().len());
        let len = s[start..]
            .find(char::is_whitespace)
            .unwrap_or(s.len() - start);
        let token = &s[start..start + len];
        let word = token.trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
        if word.is_empty() || !word.chars().all(|c| c.is_alphabetic() || c == '-') {
            break;
        }
        out.push((start, word));
        if word.len() < token.len() {
            break; // punctuation ends the phrase
        }
        at = start + len;
    }
    out
}

/// A number spelled out with a scale at the start of `s` (after a currency symbol): "un mil
/// millones", "two billion". Returns the bytes it takes and its value.
pub(super) fn spelled_after(s: &str, lang: Lang) -> Option<(usize, f64)> {
    let words = leading_words(s, 6);
    for n in 1..words.len() {
        for k in [2, 1] {
            let Some(scale_words) = words.get(n..n + k) else {
                continue;
            };
            let Some(mult) = MATCHER.scale(&joined(scale_words), lang) else {
                continue;
            };
            let value = spelled(&joined(&words[..n]), lang)?;
            let (at, last) = scale_words[k - 1];
            return Some((at + last.len(), value * mult));
        }
    }
    None
}

/// A number spelled out before a currency word.
pub(super) struct Spelled {
    /// Byte offset where it starts.
    pub start: usize,
    pub value: f64,
    /// Approximate by its very word ("una quarantina di milioni").
    pub about: bool,
}

/// A number spelled out at the end of `before` (the text up to a currency word, links such
/// as "di" already cut): "cinque miliardi", "three thousand", "half a million", "a billion",
/// "une quarantaine de millions".
pub(super) fn spelled_before(before: &str, lang: Lang) -> Option<Spelled> {
    let before = before.trim_end().trim_end_matches('-');
    let mut words = trailing_words(before, 8);
    let mut mult = 1.0;
    let mut start = None;
    // "mil dólares", "tausend Euro" and "mil millones" need no count before the scale, unless
    // a vague one ("several thousand").
    let mut counts_itself = false;
    for n in [2, 1] {
        if words.len() >= n {
            let tail = &words[words.len() - n..];
            if let Some(m) = MATCHER.scale(&joined(tail), lang) {
                mult = m;
                start = Some(tail[0].0);
                let first = spelled(&tail[0].1.to_lowercase(), lang);
                counts_itself = if n == 2 {
                    first.is_some()
                } else {
                    // Only the word for a thousand: "million dollars" alone is no amount.
                    m == 1e3 && first == Some(m)
                };
                words.truncate(words.len() - n);
                break;
            }
        }
    }
    let lex = &lexicon(lang).money;
    let has_scale = start.is_some();
    let found = |start: usize, value: f64| {
        Some(Spelled {
            start,
            value,
            about: false,
        })
    };
    if has_scale {
        // "una quarantina di milioni": a round number word, a link, the scale.
        let head = strip_link(&before[..start.unwrap_or(0)], &MATCHER.links);
        if let Some(&(at, w)) = trailing_words(head, 1).first() {
            let w = w.to_lowercase();
            let approx = lex
                .approx
                .get(&w)
                .or_else(|| all().iter().find_map(|l| l.money.approx.get(&w)));
            if let Some(v) = approx {
                return Some(Spelled {
                    start: at,
                    value: v * mult,
                    about: true,
                });
            }
        }
        for n in [3, 2, 1] {
            if words.len() >= n {
                let tail = &words[words.len() - n..];
                let phrase = joined(tail);
                let fraction = lex
                    .fractions
                    .get(&phrase)
                    .or_else(|| all().iter().find_map(|l| l.money.fractions.get(&phrase)));
                if let Some(f) = fraction {
                    return found(tail[0].0, f * mult);
                }
            }
        }
    }
    for i in 0..words.len() {
        if let Some(v) = spelled(&joined(&words[i..]), lang) {
            return found(words[i].0, v * mult);
        }
    }
    let one = words
        .last()
        .is_some_and(|last| lex.one_words.iter().any(|w| w.eq_ignore_ascii_case(last.1)));
    if has_scale && one {
        return words.last().and_then(|last| found(last.0, mult));
    }
    if counts_itself {
        let vague = |n: usize| {
            words.len() >= n
                && lex
                    .vague_counts
                    .iter()
                    .any(|v| v.eq_ignore_ascii_case(&joined(&words[words.len() - n..])))
        };
        return (!vague(1) && !vague(2)).then(|| Spelled {
            start: start.unwrap_or(0),
            value: mult,
            about: false,
        });
    }
    None
}

/// `before` without a trailing link word ("di", "of", "d'").
pub(super) fn strip_link<'a>(before: &'a str, links: &[String]) -> &'a str {
    let t = before.trim_end();
    for l in links {
        let Some(cut) = t.len().checked_sub(l.len()) else {
            continue;
        };
        if !t.is_char_boundary(cut) || !t[cut..].eq_ignore_ascii_case(l) {
            continue;
        }
        if t[..cut]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
        {
            return &t[..cut];
        }
    }
    before
}
