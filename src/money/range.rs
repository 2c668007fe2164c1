//! Ranges whose two ends each carry their currency: "entre 500 milhões de dólares e 1 bilhão
//! de dólares", "between 500 million dollars and 1 billion dollars". The amounts scanner reads
//! them as two amounts; here two neighbours become one range when a range opener stands before
//! the first, only a range joiner between them, and the second is larger, in the same currency.

use super::{Money, Qualifier};
use crate::lexicon::{lexicon, Lang};

/// Joins the two amounts of each such range in `found` (in order, as scanned from `text`).
pub(super) fn join_ranges(text: &str, lang: Lang, found: &mut Vec<Money>) {
    let lex = &lexicon(lang).money;
    let mut i = 1;
    while i < found.len() {
        let (a, b) = (&found[i - 1], &found[i]);
        let plain =
            |m: &Money| m.qualifier == Qualifier::Exact && m.amount_max.is_none() && !m.per_share;
        let joined = plain(a)
            && plain(b)
            && a.currency == b.currency
            && b.amount > a.amount
            && text.get(a.end..b.start).is_some_and(|between| {
                let between = between.trim();
                lex.range_joiners
                    .iter()
                    .any(|j| j.eq_ignore_ascii_case(between))
            })
            && text
                .get(..a.start)
                .is_some_and(|before| ends_with_word(before, &lex.range_openers));
        if joined {
            let (max, end) = (b.amount, b.end);
            let a = &mut found[i - 1];
            a.amount_max = Some(max);
            a.qualifier = Qualifier::Range;
            a.end = end;
            found.remove(i);
        } else {
            i += 1;
        }
    }
}

/// Whether `before` ends with one of `words`, as a whole word.
fn ends_with_word(before: &str, words: &[String]) -> bool {
    let t = before.trim_end().to_lowercase();
    words.iter().any(|w| {
        let w = w.to_lowercase();
        t.strip_suffix(w.as_str()).is_some_and(|head| {
            head.chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        })
    })
}
