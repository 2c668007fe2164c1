//! The words that announce a deal, found in a lower-cased sentence with one Aho-Corasick
//! automaton per language (built once): what kind of deal each announces, whether it is an
//! everyday word that needs more evidence, and the constructions that cancel a sentence
//! (buybacks, bonds, IPOs).

use super::DealType;
use crate::lexicon::{all, lexicon, Lang, Lexicon};
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::LazyLock;

/// What a trigger word means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Meaning {
    Deal(DealType),
    /// A seller's word ("sell", "cede"): the buyer follows a "to".
    Sale,
    /// A raiser's word ("raises"): the investors follow a "from" or "led by".
    Raise,
    /// A construction that is not a deal (buyback, bond, IPO).
    Negative,
}

/// A trigger found in a sentence.
#[derive(Clone, Copy, Debug)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub meaning: Meaning,
    /// An everyday word that makes a deal only with more evidence.
    pub weak: bool,
}

struct Matcher {
    ac: AhoCorasick,
    /// `None` for an idiom: a phrase that holds a deal word and means something else.
    meanings: Vec<Option<(Meaning, bool)>>,
    /// Each phrase's pattern number, to find a shorter phrase inside a match that is no whole
    /// word.
    phrases: rustc_hash::FxHashMap<String, usize>,
}

static MATCHERS: LazyLock<Vec<Matcher>> = LazyLock::new(|| {
    all()
        .iter()
        .map(|lex| {
            let mut words: Vec<String> = Vec::new();
            let mut meanings = Vec::new();
            for (kind, list) in &lex.deal.triggers {
                // sellers' and raisers' words: their roles are read differently
                let meaning = match kind.as_str() {
                    "sale" => Meaning::Sale,
                    "raise" => Meaning::Raise,
                    _ => match DealType::parse(kind) {
                        Some(t) => Meaning::Deal(t),
                        None => continue,
                    },
                };
                for w in list {
                    words.push(w.clone());
                    meanings.push(Some((meaning, lex.deal.weak.contains(w))));
                }
            }
            for w in &lex.deal.negatives {
                words.push(w.clone());
                meanings.push(Some((Meaning::Negative, false)));
            }
            // the longest match wins, so "de acordo com" hides the "acordo com" inside it
            for w in &lex.deal.idioms {
                words.push(w.clone());
                meanings.push(None);
            }
            let ac = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&words)
                .expect("trigger automaton");
            let mut phrases = rustc_hash::FxHashMap::default();
            for (i, w) in words.iter().enumerate() {
                phrases.entry(w.clone()).or_insert(i);
            }
            Matcher {
                ac,
                meanings,
                phrases,
            }
        })
        .collect()
});

/// Lower-cases `s` without changing any byte offset (characters whose lower case has another
/// length are kept as they are).
pub fn lower_same_len(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase(); // the common case, without decoding chars
    }
    s.chars()
        .map(|c| {
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(x), None) if x.len_utf8() == c.len_utf8() => x,
                _ => c,
            }
        })
        .collect()
}

/// Whether `s[start..end]` stands as whole words.
pub fn is_word_boundary(s: &str, start: usize, end: usize) -> bool {
    let before = s[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    let after = s[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    before && after
}

/// The triggers of `lang` in the lower-cased sentence `lower`, in order.
pub fn find_triggers(lower: &str, lang: Lang) -> Vec<Hit> {
    let m = &MATCHERS[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)];
    // (start, end, pattern) of each match that stands as whole words; the longest deal phrase
    // may run into a longer word ("compra de" in "compra del"), then a shorter phrase it begins
    // with stands in its place ("compra")
    let matches: Vec<(usize, usize, usize)> =
        m.ac.find_iter(lower)
            .filter_map(|h| {
                let (start, end) = (h.start(), h.end());
                if is_word_boundary(lower, start, end) {
                    return Some((start, end, h.pattern().as_usize()));
                }
                // an idiom run into a longer word is mostly its plural ("investment firms"),
                // which hides the deal word inside it as the idiom does
                m.meanings[h.pattern().as_usize()]?;
                lower[start..end]
                    .rmatch_indices(' ')
                    .map(|(at, _)| start + at)
                    .find_map(|e| {
                        let p = *m.phrases.get(&lower[start..e])?;
                        is_word_boundary(lower, start, e).then_some((start, e, p))
                    })
            })
            .filter(|(start, end, _)| !quoted(lower, *start, *end))
            .collect();
    let mut hits: Vec<Hit> = matches
        .iter()
        .filter_map(|&(start, end, pattern)| {
            let (meaning, weak) = m.meanings[pattern]?;
            Some(Hit {
                start,
                end,
                meaning,
                weak: weak
                    && !committed(lower, start, lang)
                    && !signed_with(lower, start, end, lexicon(lang)),
            })
        })
        .collect();
    let taken = |a: usize, b: usize| matches.iter().any(|h| h.0 < b && a < h.1);
    let agreements: Vec<Hit> = agreements_with(lower, lexicon(lang))
        .filter(|(a, b)| !taken(*a, *b))
        .map(|(start, end)| Hit {
            start,
            end,
            meaning: Meaning::Deal(DealType::Partnership),
            weak: !committed(lower, start, lang),
        })
        .collect();
    if !agreements.is_empty() {
        hits.extend(agreements);
        hits.sort_by_key(|h| h.start);
    }
    join_adjacent(lower, hits)
}

/// Triggers of one meaning with only spaces between are one ("series b funding round").
fn join_adjacent(lower: &str, hits: Vec<Hit>) -> Vec<Hit> {
    let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
    for h in hits {
        match out.last_mut() {
            Some(prev)
                if prev.meaning == h.meaning
                    && prev.end <= h.start
                    && lower[prev.end..h.start].trim().is_empty() =>
            {
                prev.end = h.end;
                prev.weak &= h.weak;
            }
            _ => out.push(h),
        }
    }
    out
}

/// The words of `s` from byte `from` on, each with its offset in `s`.
fn words_from(s: &str, from: usize) -> impl Iterator<Item = (usize, &str)> {
    s[from..]
        .split_whitespace()
        .map(move |w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
}

/// How many words may stand between an agreement noun and the partner word after it.
const AGREEMENT_REACH: usize = 3;

/// Agreement nouns followed within a few words by a partner word, as spans from the noun to
/// that word: "un acuerdo de códigos compartidos con", "a codeshare accord with".
fn agreements_with<'a>(
    lower: &'a str,
    lex: &'a Lexicon,
) -> impl Iterator<Item = (usize, usize)> + 'a {
    lex.deal.agreement_nouns.iter().flat_map(move |noun| {
        lower
            .match_indices(noun.as_str())
            .filter(move |(i, _)| is_word_boundary(lower, *i, i + noun.len()))
            .filter_map(move |(i, _)| {
                let (n, end) = with_marker_after(lower, i + noun.len(), lex)?;
                (n > 0).then_some((i, end))
            })
    })
}

/// The first partner word ("with", "con") among the few words from `from` on, before any
/// punctuation: how many words stand before it, and where it ends.
fn with_marker_after(lower: &str, from: usize, lex: &Lexicon) -> Option<(usize, usize)> {
    for (n, (at, word)) in words_from(lower, from)
        .take(AGREEMENT_REACH + 1)
        .enumerate()
    {
        let marker = lex.deal.with_markers.iter().find(|w| {
            lower[at..].starts_with(w.as_str()) && is_word_boundary(lower, at, at + w.len())
        });
        if let Some(w) = marker {
            return Some((n, at + w.len()));
        }
        if word.contains([',', ';', ':', '.', '(', ')']) {
            return None;
        }
    }
    None
}

/// Whether the word stands alone in quotes: a "buy" rating, a "merger" in a title.
fn quoted(lower: &str, start: usize, end: usize) -> bool {
    const QUOTES: &[char] = &['"', '“', '”', '«', '»', '\''];
    lower[..start].ends_with(QUOTES) && lower[end..].starts_with(QUOTES)
}

/// Whether a deal noun only says what a company is: it closes an apposition that opens with
/// an indefinite article ("Halcyon, a New York securities partnership, said").
pub fn describes_company(lower: &str, hit: &Hit, lex: &Lexicon) -> bool {
    let clause_start = lower[..hit.start].rfind([',', '(']).map(|i| i + 1);
    let Some(clause_start) = clause_start else {
        return false;
    };
    let opening = lower[clause_start..hit.start].split_whitespace().next();
    let closed = lower[hit.end..]
        .trim_start()
        .chars()
        .next()
        .is_none_or(|c| matches!(c, ',' | '.' | ')' | ';'));
    closed && opening.is_some_and(|w| lex.deal.indefinite_articles.iter().any(|a| a == w))
}

/// Whether a partnership word only credits who made a survey, an index or a study with whom
/// ("Pesquisa feita pelo X em parceria com o Y", "the index compiled by X in partnership with
/// Y"): the words of `made_with` around it, and a survey noun before it in the sentence
/// ("O índice … caiu, segundo a X em parceria com a Y"); or artists' work on a song or a
/// record, anywhere in the sentence.
pub fn credits_partner(lower: &str, hit: &Hit, lex: &Lexicon) -> bool {
    if hit.meaning != Meaning::Deal(DealType::Partnership) {
        return false;
    }
    let d = &lex.deal;
    // "a canção que gravou em parceria com X", "the duet recorded in collaboration with X"
    if lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| d.work_nouns.iter().any(|n| n == w))
    {
        return true;
    }
    // one of the phrases covers the deal word
    let made_with = d.made_with.iter().any(|m| {
        let mut from = hit.start.saturating_sub(m.len());
        while !lower.is_char_boundary(from) {
            from -= 1;
        }
        lower[from..]
            .find(m.as_str())
            .is_some_and(|at| from + at <= hit.start && from + at + m.len() >= hit.end)
    });
    if !made_with {
        return false;
    }
    lower[..hit.start]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| d.survey_nouns.iter().any(|n| n == w))
}

/// How many words before a weak trigger a commitment word may stand.
const COMMITMENT_REACH: usize = 4;

/// Whether a weak agreement phrase opens with a commitment and names a partner just after it:
/// "signed an agreement with X" is as committed as "signed an agreement with" read from the
/// noun, while "A and B reached an agreement" stays weak.
fn signed_with(lower: &str, start: usize, end: usize, lex: &Lexicon) -> bool {
    let phrase = &lower[start..end];
    let opens = lex
        .deal
        .commitments
        .iter()
        .any(|c| phrase.starts_with(c.as_str()) && is_word_boundary(phrase, 0, c.len()));
    opens && with_marker_after(lower, end, lex).is_some()
}

/// Whether a commitment ("agreed to", "accordo per") stands just before `start`.
fn committed(lower: &str, start: usize, lang: Lang) -> bool {
    let before = &lower[..start];
    let from = before
        .char_indices()
        .rev()
        .filter(|(i, c)| c.is_whitespace() && *i + 1 < before.len())
        .nth(COMMITMENT_REACH)
        .map_or(0, |(i, _)| i);
    let window = &before[from..];
    !window.contains([',', ';', ':']) && contains_phrase(window, &lexicon(lang).deal.commitments)
}

/// Where the first of `phrases` that stands as whole words in `lower` starts.
pub fn find_phrase(lower: &str, phrases: &[String]) -> Option<usize> {
    phrases
        .iter()
        .filter_map(|p| {
            lower
                .match_indices(p.as_str())
                .map(|(i, _)| i)
                .find(|&i| is_word_boundary(lower, i, i + p.len()))
        })
        .min()
}

/// Whether any of `phrases` stands as whole words in `lower`.
pub fn contains_phrase(lower: &str, phrases: &[String]) -> bool {
    phrases.iter().any(|p| {
        lower
            .match_indices(p.as_str())
            .any(|(i, _)| is_word_boundary(lower, i, i + p.len()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triggers_table() {
        let cases: &[(&str, Lang, Meaning, bool)] = &[
            (
                "agreed to acquire monfort",
                Lang::En,
                Meaning::Deal(DealType::Acquisition),
                false,
            ),
            ("agreed to sell its unit", Lang::En, Meaning::Sale, false),
            (
                "ha annunciato un’alleanza",
                Lang::It,
                Meaning::Deal(DealType::Partnership),
                false,
            ),
            (
                "nuovi investimenti",
                Lang::It,
                Meaning::Deal(DealType::Investment),
                true,
            ),
            (
                "a joint venture with",
                Lang::En,
                Meaning::Deal(DealType::JointVenture),
                false,
            ),
            ("will buy back shares", Lang::En, Meaning::Negative, false),
        ];
        for (text, lang, meaning, weak) in cases {
            let hits = find_triggers(text, *lang);
            assert!(
                hits.iter()
                    .any(|h| h.meaning == *meaning && h.weak == *weak),
                "{text}: {hits:?}"
            );
        }
    }

    #[test]
    fn idioms_hide_the_deal_word_inside_them() {
        for (s, lang) in [
            ("o facebook comprou a alfa, de acordo com fontes", Lang::Pt),
            ("según la prensa, de acuerdo con fuentes", Lang::Es),
            ("il ministro si è detto d'accordo con il sindaco", Lang::It),
        ] {
            assert!(
                find_triggers(s, lang)
                    .iter()
                    .all(|h| h.meaning != Meaning::Deal(DealType::Partnership)),
                "{s}"
            );
        }
        assert!(!find_triggers("un accordo con alfa", Lang::It).is_empty());
    }

    #[test]
    fn triggers_are_whole_words() {
        assert!(find_triggers("the buyer's", Lang::En).is_empty());
        assert!(find_triggers("reinvestment", Lang::En).is_empty());
    }

    #[test]
    fn lower_case_keeps_offsets() {
        let s = "İstanbul ÀB";
        assert_eq!(lower_same_len(s).len(), s.len());
    }
}
