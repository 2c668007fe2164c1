//! Per-language word tables, kept as data (`data/<lang>/<domain>.toml`) apart from the engines
//! that use them. Each table is parsed once, on first use, and shared read-only by every thread.
//! Adding a language means adding a `Lang` variant and its data folder; no engine changes.
//! This module knows nothing of articles, sentences or deals.

pub mod date;
pub mod deal;
pub mod money;
pub mod text;

use serde::de::DeserializeOwned;
use std::fmt;
use std::sync::LazyLock;

/// A supported article language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    It,
    Es,
    Fr,
    De,
    Pt,
}

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::En, Lang::It, Lang::Es, Lang::Fr, Lang::De, Lang::Pt];

    /// ISO 639-1 code, as written in the `language` column.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::It => "it",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Pt => "pt",
        }
    }

    /// Reads `it`, `IT`, `it-IT`, `it_CH`, `italian` …; `None` for unsupported languages.
    pub fn from_code(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        let head = s.split(['-', '_']).next().unwrap_or("");
        match head {
            "en" | "eng" | "english" => Some(Lang::En),
            "it" | "ita" | "italian" | "italiano" => Some(Lang::It),
            "es" | "spa" | "spanish" | "español" | "espanol" => Some(Lang::Es),
            "fr" | "fra" | "fre" | "french" | "français" | "francais" => Some(Lang::Fr),
            "de" | "deu" | "ger" | "german" | "deutsch" => Some(Lang::De),
            "pt" | "por" | "portuguese" | "português" | "portugues" => Some(Lang::Pt),
            _ => None,
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// All the tables of one language.
#[derive(Debug)]
pub struct Lexicon {
    pub lang: Lang,
    pub text: text::TextLex,
    pub money: money::MoneyLex,
    pub date: date::DateLex,
    pub deal: deal::DealLex,
}

macro_rules! data {
    ($lang:literal, $domain:literal) => {
        include_str!(concat!("data/", $lang, "/", $domain, ".toml"))
    };
}

macro_rules! lexicon {
    ($lang:expr, $code:literal) => {
        Lexicon {
            lang: $lang,
            text: parse($code, "text", data!($code, "text")),
            money: parse($code, "money", data!($code, "money")),
            date: parse($code, "date", data!($code, "date")),
            deal: parse($code, "deal", data!($code, "deal")),
        }
    };
}

fn parse<T: DeserializeOwned>(lang: &str, domain: &str, src: &str) -> T {
    // The tables are compiled into the binary; a unit test loads every one of them, so a
    // malformed table fails `cargo test` long before it could reach a user.
    toml::from_str(src).unwrap_or_else(|e| panic!("lexicon {lang}/{domain}.toml: {e}"))
}

static LEXICONS: LazyLock<Vec<Lexicon>> = LazyLock::new(|| {
    vec![
        lexicon!(Lang::En, "en"),
        lexicon!(Lang::It, "it"),
        lexicon!(Lang::Es, "es"),
        lexicon!(Lang::Fr, "fr"),
        lexicon!(Lang::De, "de"),
        lexicon!(Lang::Pt, "pt"),
    ]
});

/// The tables of `lang`.
pub fn lexicon(lang: Lang) -> &'static Lexicon {
    &LEXICONS[lang.index()]
}

/// The tables of every language, in `Lang::ALL` order.
pub fn all() -> &'static [Lexicon] {
    &LEXICONS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_parses() {
        for lang in Lang::ALL {
            assert_eq!(lexicon(lang).lang, lang);
        }
    }

    /// The benchmark's ripgrep count reads the deal words from `bench/words.txt`; it must be
    /// the trigger tables as they are (`python3 bench/gen-words.py > bench/words.txt`).
    #[test]
    fn bench_words_are_the_trigger_tables() {
        let mut words: Vec<String> = all()
            .iter()
            .flat_map(|lex| lex.deal.triggers.values().flatten())
            .map(|p| p.trim().to_lowercase())
            .filter(|p| !p.is_empty())
            .collect();
        words.sort();
        words.dedup();
        let file = include_str!("../../bench/words.txt");
        let listed: Vec<&str> = file.lines().collect();
        assert_eq!(
            listed, words,
            "bench/words.txt is stale: run python3 bench/gen-words.py > bench/words.txt"
        );
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("it-IT"), Some(Lang::It));
        assert_eq!(Lang::from_code("pt_BR"), Some(Lang::Pt));
        assert_eq!(Lang::from_code("ja"), None);
    }
}
