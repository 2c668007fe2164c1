//! A headline set all in capitals (wire copy: "PITTSTON AGREES TO ACQUIRE WTC INTERNATIONAL")
//! written again as prose would write it, so that its names can be told from its words. Some
//! wire items are only such a headline; without this, what they announce is never read.
//!
//! A word of the language's `headline_words` table, or of one of its deal words, goes to lower
//! case; any other word is a name: capitalised, or kept in capitals when it is as short as an
//! acronym ("TWA", "WTC"). Legal forms stay names ("CORP" → "Corp").

use crate::company::has_legal_form;
use crate::lexicon::{all, Lang};
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// Words this short and not in the table are kept as acronyms.
const ACRONYM_LETTERS: usize = 3;

/// The lower-case words of each language (in `Lang::ALL` order): its `headline_words` and the
/// single words of its deal words, less the legal forms.
static COMMON: LazyLock<Vec<HashSet<String>>> = LazyLock::new(|| {
    all()
        .iter()
        .map(|lex| {
            if lex.text.headline_words.is_empty() {
                return HashSet::default();
            }
            lex.text
                .headline_words
                .iter()
                .cloned()
                .chain(
                    lex.deal
                        .triggers
                        .values()
                        .flatten()
                        .flat_map(|t| t.split_whitespace())
                        .map(str::to_lowercase),
                )
                .filter(|w| !has_legal_form(w))
                .collect()
        })
        .collect()
});

/// Whether the text has letters and none of them is lower case.
pub fn is_all_capitals(text: &str) -> bool {
    text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase)
}

/// A headline written again as prose.
#[derive(Debug, PartialEq, Eq)]
pub struct Recased {
    pub text: String,
    /// Whether its first word is a name: prose cannot tell a capitalised first word from an
    /// ordinary one, the headline's table can.
    pub opens_with_name: bool,
}

/// `title` as prose would write it, when it is all in capitals and the language has a table
/// of its common words; `None` otherwise.
pub fn recase(title: &str, lang: Lang) -> Option<Recased> {
    let common = &COMMON[lang.index()];
    if common.is_empty() || !is_all_capitals(title) {
        return None;
    }
    let words: Vec<String> = title
        .split_whitespace()
        .map(|w| recase_word(w, common))
        .collect();
    let opens_with_name = words
        .first()
        .and_then(|w| w.chars().find(|c| c.is_alphanumeric()))
        .is_some_and(char::is_uppercase);
    Some(Recased {
        text: words.join(" "),
        opens_with_name,
    })
}

/// One whitespace-separated token: its parts between '/' and '-' are recased one by one.
fn recase_word(token: &str, common: &HashSet<String>) -> String {
    let mut out = String::with_capacity(token.len());
    let mut part = String::new();
    for c in token.chars() {
        if c == '/' || c == '-' {
            out.push_str(&recase_part(&part, common));
            out.push(c);
            part.clear();
        } else {
            part.push(c);
        }
    }
    out.push_str(&recase_part(&part, common));
    out
}

fn recase_part(part: &str, common: &HashSet<String>) -> String {
    // the letters of the word, without the punctuation around it or a possessive 's
    let core = part.trim_matches(|c: char| !c.is_alphanumeric());
    let stem = core
        .strip_suffix("'S")
        .or_else(|| core.strip_suffix("’S"))
        .unwrap_or(core);
    let lower = stem.to_lowercase();
    if core.is_empty() || core.chars().any(|c| c.is_ascii_digit()) || common.contains(&lower) {
        return part.to_lowercase();
    }
    if stem.chars().count() <= ACRONYM_LETTERS && !has_legal_form(&lower) {
        // "TWA", "WTC"; a possessive's s goes to lower case ("TWA'S" → "TWA's")
        return match part.rfind(['\'', '’']) {
            Some(at) if core.len() != stem.len() => {
                format!("{}{}", &part[..at], part[at..].to_lowercase())
            }
            _ => part.to_string(),
        };
    }
    // a name: a capital at the start and after an apostrophe that opens a name ("O'KEEFE")
    let mut out = String::with_capacity(part.len());
    let mut start = true;
    let chars: Vec<char> = part.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if start && c.is_alphabetic() {
            out.push(*c);
            start = false;
        } else {
            out.extend(c.to_lowercase());
        }
        if matches!(c, '\'' | '’')
            && chars[i + 1..]
                .iter()
                .take_while(|c| c.is_alphabetic())
                .count()
                > 1
        {
            start = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_capitals_headline_reads_as_prose() {
        let table = [
            (
                "ACME INDUSTRIES AGREES TO ACQUIRE WTC INTERNATIONAL FOR 24.60 DLRS/SHR",
                "Acme Industries agrees to acquire WTC International for 24.60 dlrs/shr",
            ),
            (
                "GADGET CORP SAYS IT REJECTS OFFER FROM WIDGET O'KEEFE INC",
                "Gadget Corp says it rejects offer from Widget O'Keefe Inc",
            ),
            (
                "TWA'S STAKE-HOLDER SELLS UNIT TO ACME CO",
                "TWA's stake-holder sells unit to Acme Co",
            ),
        ];
        for (caps, prose) in table {
            let recased = recase(caps, Lang::En).expect(caps);
            assert_eq!(recased.text, prose, "{caps}");
            assert!(recased.opens_with_name, "{caps}");
        }
    }

    #[test]
    fn only_capitals_in_a_language_with_a_table_are_recased() {
        assert_eq!(recase("Acme agrees to acquire Widget", Lang::En), None);
        let opens_on_a_word = recase("BOARD OF ACME APPROVES SALE TO WIDGET", Lang::En).unwrap();
        assert!(!opens_on_a_word.opens_with_name);
        assert_eq!(recase("1987", Lang::En), None);
    }
}
