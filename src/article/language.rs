//! Which supported language an article is written in: the language whose common words are most
//! frequent in its whole text (title and body). A language declared by the source (HTML `lang`, a JSON field) wins and
//! is applied by the caller.

use crate::lexicon::{all, Lang};
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

static STOPWORDS: LazyLock<HashMap<&'static str, Vec<Lang>>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, Vec<Lang>> = HashMap::default();
    for lex in all() {
        for w in &lex.text.stopwords {
            map.entry(w.as_str()).or_default().push(lex.lang);
        }
    }
    map
});

/// The most likely language of `title` and `body`; English when nothing tells.
pub fn detect(title: &str, body: &str) -> Lang {
    let mut counts = [0usize; Lang::ALL.len()];
    let words = title
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .chain(body.split(|c: char| !c.is_alphanumeric() && c != '\''))
        .filter(|w| !w.is_empty());
    // one buffer for the ASCII words, which are nearly all of them
    let mut ascii = String::new();
    let mut other;
    for w in words {
        let w = if w.is_ascii() {
            ascii.clear();
            ascii.push_str(w);
            ascii.make_ascii_lowercase();
            ascii.as_str()
        } else {
            other = w.to_lowercase();
            other.as_str()
        };
        if let Some(langs) = STOPWORDS.get(w) {
            for l in langs {
                counts[*l as usize] += 1;
            }
        }
    }
    let best = (0..counts.len())
        .max_by_key(|&i| (counts[i], usize::MAX - i))
        .unwrap_or(0);
    if counts[best] == 0 {
        Lang::En
    } else {
        Lang::ALL[best]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_table() {
        let cases = [
            ("Nvidia ha annunciato un'alleanza con Alibaba, il gigante cinese della tecnologia e del cloud.", Lang::It),
            ("ConAgra Inc agreed to acquire Monfort of Colorado Inc in a stock transaction, both companies said.", Lang::En),
            ("La empresa anunció la compra de la compañía por una suma que no fue revelada por los socios.", Lang::Es),
            ("Le groupe a annoncé le rachat de la société pour un montant qui n'a pas été dévoilé.", Lang::Fr),
            ("Der Konzern hat die Übernahme des Unternehmens angekündigt, wie die Firma mitteilte.", Lang::De),
            ("A empresa anunciou a compra da companhia por um valor que não foi divulgado.", Lang::Pt),
        ];
        for (text, want) in cases {
            assert_eq!(detect("", text), want, "{text}");
        }
    }
}
