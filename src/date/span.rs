//! What a rule found (`Found`), and the small checks rules make around a match: the character
//! before or after it, whether a number goes on, whether a clause ends. All offsets are byte
//! offsets on char boundaries, as the regex crate gives them.

use super::DateSource;
use chrono::NaiveDate;
use regex::{Regex, RegexBuilder};

/// A date a rule found, before overlapping finds are settled.
#[derive(Clone, Debug)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub date: NaiveDate,
    pub source: DateSource,
}

/// Compiles a pattern built from the tables; a failure is a bug in a table, caught by the tests.
pub fn compile(pattern: &str) -> Regex {
    RegexBuilder::new(pattern)
        .case_insensitive(true)
        .size_limit(64 << 20)
        .build()
        .unwrap_or_else(|e| panic!("date pattern: {e}"))
}

pub fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

pub fn char_after(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// Whether a number starting at `start` continues one before it ("1.234", "3/4/", "12,5").
pub fn number_before(text: &str, start: usize) -> bool {
    match char_before(text, start) {
        Some(c) if c.is_ascii_digit() => true,
        Some(c @ ('.' | ',' | '/' | ':' | '-')) => {
            char_before(text, start - c.len_utf8()).is_some_and(|p| p.is_ascii_digit())
        }
        _ => false,
    }
}

/// Whether a number ending at `end` goes on after it ("15%", "4.22", "3/4/5", "150").
pub fn number_after(text: &str, end: usize) -> bool {
    match char_after(text, end) {
        Some(c) if c.is_ascii_digit() || c == '%' => true,
        Some(c @ ('.' | ',' | '/' | ':')) => {
            char_after(text, end + c.len_utf8()).is_some_and(|n| n.is_ascii_digit())
        }
        _ => false,
    }
}

/// Whether a clause ends at `end`: nothing but spaces before the end of the text or a
/// stop ("." not followed by a digit, "!", "?", ";", and "," when `comma`).
pub fn clause_ends(text: &str, end: usize, comma: bool) -> bool {
    let Some(rest) = text.get(end..) else {
        return false;
    };
    let rest = rest.trim_start();
    let mut chars = rest.chars();
    match chars.next() {
        None => true,
        Some('.') => !chars.next().is_some_and(|c| c.is_ascii_digit()),
        Some('!' | '?' | ';' | ')') => true,
        Some(',') => comma,
        _ => false,
    }
}

/// Whether a sentence starts at `start` (only spaces, quotes or a stop before it).
pub fn sentence_starts(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("").trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '"', '«', '“', '\n'])
}

/// The word just before `start`, skipping spaces.
pub fn word_before(text: &str, start: usize) -> &str {
    let before = text.get(..start).unwrap_or("").trim_end();
    let from = before
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    &before[from..]
}

pub fn is_capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neighbours_table() {
        // (text, start, end, number_before, number_after, clause_ends)
        let cases = [
            ("il 15.", 3, 5, false, false, true),
            ("il 15%", 3, 5, false, true, false),
            ("x 4.22 y", 2, 3, false, true, false),
            ("1.234", 2, 5, true, false, true),
            ("the 21st century", 4, 8, false, false, false),
            ("per il 27 .", 7, 9, false, false, true),
            ("al 3.5", 3, 4, false, true, false),
        ];
        for (text, s, e, nb, na, ce) in cases {
            assert_eq!(number_before(text, s), nb, "{text} before");
            assert_eq!(number_after(text, e), na, "{text} after");
            assert_eq!(clause_ends(text, e, false), ce, "{text} clause");
        }
    }

    #[test]
    fn words_around() {
        assert_eq!(word_before("voltarei na sexta", 11), "na");
        assert_eq!(word_before("sexta", 0), "");
        assert!(sentence_starts("Er kommt. Morgen", 10));
        assert!(!sentence_starts("am Morgen", 3));
    }
}
