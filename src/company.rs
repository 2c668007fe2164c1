//! Company names in a sentence: runs of capitalised words, held together by legal forms
//! ("Monfort of Colorado Inc", "Eni S.p.A.", "Trelleborg AB") and cut at words that never start
//! a name in the sentence's language ("The", "Il", weekdays, months). Also the normal form used
//! to compare names across articles. Whether a name is a party to a deal is left to `deal`.

use crate::lexicon::{all, Lexicon};
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// A company name found in a sentence, as written, with its byte span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Company {
    pub start: usize,
    pub end: usize,
    pub name: String,
}

/// Legal forms, compared without dots and case.
const LEGAL_FORMS: &[&str] = &[
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "co",
    "cos",
    "company",
    "ltd",
    "limited",
    "plc",
    "llc",
    "lp",
    "llp",
    "spa",
    "srl",
    "sapa",
    "gmbh",
    "ag",
    "se",
    "sa",
    "sau",
    "sas",
    "sarl",
    "nv",
    "bv",
    "ab",
    "asa",
    "oyj",
    "kk",
    "ltda",
    "sl",
    "slu",
    "holding",
    "holdings",
    "group",
    "bhd",
    "pte",
    "pty",
    "kgaa",
    "cie",
    "cia",
];

/// Last words that make a name a place ("Orange County").
const PLACE_WORDS: &[&str] = &[
    "county",
    "province",
    "provincia",
    "region",
    "regione",
    "región",
    "région",
    "township",
    "island",
    "islands",
    "isole",
    "valley",
    "district",
];

/// Lower-case words that may join capitalised words inside one name ("Bank of America").
const CONNECTORS: &[&str] = &[
    "of", "de", "di", "del", "della", "du", "des", "der", "&", "y", "e", "und", "and",
];

/// One language-data word list of every language, as one set.
pub(crate) fn every_language(words: impl Fn(&Lexicon) -> &Vec<String>) -> HashSet<String> {
    all()
        .iter()
        .flat_map(|l| words(l).iter().cloned())
        .collect()
}

/// One language-data word list of every language, lower-cased, as one set.
fn every_language_lower(words: impl Fn(&Lexicon) -> &Vec<String>) -> HashSet<String> {
    all()
        .iter()
        .flat_map(|l| words(l).iter().map(|w| w.to_lowercase()))
        .collect()
}

static NOT_COMPANY: LazyLock<HashSet<String>> =
    LazyLock::new(|| every_language_lower(|l| &l.deal.not_company));

/// The titles of those who lead a company, in every language ("chief executive", "ceo").
pub(crate) static LEADER_TITLES: LazyLock<HashSet<String>> =
    LazyLock::new(|| every_language_lower(|l| &l.deal.leader_titles));

/// Function words of every language ("The", "Il", "In"): never the start of a name.
static FUNCTION_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    all()
        .iter()
        .flat_map(|l| l.text.stopwords.iter().chain(&l.deal.articles).cloned())
        .collect()
});

/// The first names of every language: with a capitalised word after them, a person.
pub(crate) static FIRST_NAMES: LazyLock<HashSet<String>> =
    LazyLock::new(|| every_language(|l| &l.deal.first_names));

/// No definite article is longer than this ("los", "gli", "das"): longer words need no lookup.
const MAX_ARTICLE_BYTES: usize = 3;

/// The definite articles of every language that may open a name ("la", "il", "the").
static NAME_ARTICLES: LazyLock<HashSet<String>> =
    LazyLock::new(|| every_language(|l| &l.deal.name_articles));

/// The particles of family names of every language ("de", "van"), lower-case.
static NAME_PARTICLES: LazyLock<HashSet<String>> =
    LazyLock::new(|| every_language_lower(|l| &l.deal.name_particles));

/// Whether the word at `k` keeps its capital in the middle of a sentence, after a lower-case
/// word (and a bracket that marks a name: "to <De Beers").
fn capital_mid_sentence(sentence: &str, toks: &[(usize, usize)], k: usize) -> bool {
    sentence[toks[k].0..toks[k].1].starts_with(char::is_uppercase)
        && sentence[..toks[k].0]
            .trim_end_matches([' ', '<', '('])
            .ends_with(char::is_lowercase)
}

/// Whether the word at `k` is the particle of a family name that opens the name after it:
/// in the middle of a sentence ("said De Beers Consolidated", "venduto a Del Monte"), or at
/// its start where the particle is no word of the article's language ("De Beers said").
fn particle_opens_name(sentence: &str, toks: &[(usize, usize)], k: usize, lex: &Lexicon) -> bool {
    let lower = sentence[toks[k].0..toks[k].1].to_lowercase();
    NAME_PARTICLES.contains(&lower)
        && (capital_mid_sentence(sentence, toks, k)
            || k == 0
                && sentence[toks[k].0..toks[k].1].starts_with(char::is_uppercase)
                && !lex.text.stopwords.contains(&lower)
                && !lex.deal.articles.contains(&lower))
}

/// Month and weekday names of every language: a date, not part of a name.
static TIME_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    all()
        .iter()
        .flat_map(|l| {
            l.date
                .months
                .iter()
                .chain(&l.date.weekdays)
                .flatten()
                .cloned()
        })
        .collect()
});

static NAME_OPENERS: LazyLock<HashSet<String>> =
    LazyLock::new(|| every_language_lower(|l| &l.deal.name_openers));

static JOINED_NAMES: LazyLock<HashSet<String>> =
    LazyLock::new(|| every_language_lower(|l| &l.deal.joined_names));

/// Dotted abbreviations that go on into the rest of a name ("St. Martin's Press").
static NAME_ABBREVIATIONS: LazyLock<HashSet<String>> =
    LazyLock::new(|| every_language(|l| &l.deal.name_abbreviations));

/// Currency codes written in letters ("us", "usd", "eur"): glued to a number ("US84
/// millones", where a scraper dropped the "$") they make an amount, no name.
static CURRENCY_CODES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    all()
        .iter()
        .flat_map(|l| l.money.currencies.keys())
        .filter(|k| k.chars().all(|c| c.is_ascii_alphabetic()))
        .cloned()
        .collect()
});

static NAME_LINKS: LazyLock<HashSet<String>> =
    LazyLock::new(|| every_language_lower(|l| &l.deal.name_links));

/// Whether the name words `toks` open with a `name_openers` word, after any article or other
/// word that is no name ("El Banco", "La Bolsa").
/// "Banco Central de Bolivia", "Federal Reserve Bank of St. Louis": when the words from the opener
/// on are themselves no company, no link makes them one.
fn opened_name(sentence: &str, toks: &[(usize, usize)]) -> bool {
    let Some(k) = toks.iter().position(|t| {
        let w = sentence[t.0..t.1].to_lowercase();
        !NOT_COMPANY.contains(&w) || NAME_OPENERS.contains(&w)
    }) else {
        return false;
    };
    let head = sentence[toks[k].0..toks[toks.len() - 1].1].to_lowercase();
    NAME_OPENERS.contains(&sentence[toks[k].0..toks[k].1].to_lowercase())
        && (NAME_OPENERS.contains(&head) || !NOT_COMPANY.contains(&head))
}

/// A capitalised adverb opening a sentence ("Inicialmente", "Finalmente", "Actuellement").
fn is_adverb(word: &str) -> bool {
    word.chars().count() >= 8 && (word.ends_with("mente") || word.ends_with("ement"))
}

/// Whether the name ends with a legal form ("Wickes Plc", "Eni S.p.A.").
pub fn has_legal_form(name: &str) -> bool {
    name.split_whitespace().last().is_some_and(is_legal_form)
}

pub(crate) fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

fn is_legal_form(word: &str) -> bool {
    let w: String = word
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    LEGAL_FORMS.contains(&w.as_str())
}

/// Whether a token can be part of a name: starts with an upper-case letter or a digit followed
/// by letters ("3M"), or is an all-caps acronym.
fn is_name_token(tok: &str) -> bool {
    // only a capital or a digit opens a name: the common case, decided before any counting
    if !tok.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
        return false;
    }
    let digits = tok.chars().filter(char::is_ascii_digit).count();
    let letters = tok.chars().filter(|c| c.is_alphabetic()).count();
    let low = tok.to_lowercase();
    // file names, URL pieces and amounts glued to letters are not names ("32.jpg", "US250.000")
    let currency_amount = digits > 0 && {
        let code = low.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
        code.len() + digits <= low.len() && CURRENCY_CODES.contains(code)
    };
    let junk = digits > 2 && digits >= letters
        || currency_amount
        || [".jpg", ".png", ".php", ".htm", ".com", "%20"]
            .iter()
            .any(|x| low.contains(x))
        || tok.matches('-').count() > 3;
    let ordinal = digits > 0 && {
        let tail = low.trim_start_matches(|c: char| c.is_ascii_digit());
        tail.len() < low.len()
            && ["st", "nd", "rd", "th", "°", "º", "ª", "e", "er", "es"].contains(&tail)
    };
    let adjective = is_name_adjective(&low);
    // "L'acquisizione", "Dell'azienda": an elided article before a common noun (not the
    // possessive of "Hulu's")
    let elided = tok.split_once(['\'', '’']).is_some_and(|(head, rest)| {
        head.chars().count() <= 5
            && rest.chars().count() >= 3
            && rest.chars().next().is_some_and(char::is_lowercase)
    });
    if junk || ordinal || adjective || elided {
        return false;
    }
    // a capital opens a name; a digit only a short one with letters ("3M")
    tok.starts_with(char::is_uppercase) || letters > 0 && tok.len() <= 6
}

/// Endings that make an adjective of a name: "Minnesota-based", "state-owned".
const NAME_ADJECTIVE_ENDINGS: [&str; 9] = [
    "-based",
    "-made",
    "-headquartered",
    "-registered",
    "-owned",
    "-listed",
    "-controlled",
    "-backed",
    "-led",
];

/// Whether a lower-case word is an adjective made of a name ("montreal-based").
pub(crate) fn is_name_adjective(low: &str) -> bool {
    NAME_ADJECTIVE_ENDINGS.iter().any(|x| low.ends_with(x))
}

/// Tokens of a sentence with their byte spans: words (letters, digits, `.`, `-`, `'`, `&`).
fn tokens(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        let part = c.is_alphanumeric() || matches!(c, '.' | '-' | '\'' | '’' | '&');
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                push_word(s, st, i, &mut out);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        push_word(s, st, s.len(), &mut out);
    }
    out
}

/// Adds the word `s[a..b]` to `out`; words glued by a lost space after a stop
/// ("Barranquilla.Qué") are two tokens.
fn push_word(s: &str, mut a: usize, b: usize, out: &mut Vec<(usize, usize)>) {
    // "d'Alstom", "dell'Eni", "all'Unicredit": an elided lower-case word before a capital is
    // no part of the name, unless a name runs on through it ("Cote d'Or SA", "Compagnie
    // Generale d'Electricite")
    if let Some(at) = s[a..b].find(['\'', '’']) {
        let (head, rest) = (&s[a..a + at], &s[a + at..b]);
        let apostrophe = rest.chars().next().map_or(1, char::len_utf8);
        let in_name = || {
            out.last()
                .is_some_and(|&(x, y)| y + 1 == a && is_name_token(&s[x..y]))
        };
        if (1..=5).contains(&head.chars().count())
            && head.chars().all(char::is_lowercase)
            && rest[apostrophe..].starts_with(char::is_uppercase)
            && !in_name()
        {
            a += at + apostrophe;
        }
    }
    let t = &s[a..b];
    let cut = t.char_indices().find(|&(i, c)| {
        c == '.'
            && i >= 3
            && t[..i].chars().rev().take(3).all(char::is_lowercase)
            && t[i + 1..].chars().next().is_some_and(char::is_uppercase)
    });
    match cut {
        Some((i, _)) => {
            push_trimmed(s, a, a + i, out);
            push_trimmed(s, a + i + 1, b, out);
        }
        None => push_trimmed(s, a, b, out),
    }
}

/// Adds the token `s[a..b]` to `out`, unless nothing is left of it once trimmed: trailing dots
/// belong to the name only for abbreviations (Inc., S.p.A.); quotes never do.
fn push_trimmed(s: &str, a: usize, mut b: usize, out: &mut Vec<(usize, usize)>) {
    let t = &s[a..b];
    let keep_dot = t.matches('.').count() > 1;
    if t.ends_with('.') && !keep_dot {
        b -= 1;
    }
    while b > a && matches!(s[..b].chars().next_back(), Some('\'' | '’' | '-')) {
        b -= s[..b].chars().next_back().map_or(1, char::len_utf8);
    }
    if b > a {
        out.push((a, b));
    }
}

/// A stock ticker written beside a name: `<BLDS ST>`, `(NASDAQ:TSLA)`, `PRSG.F`.
fn is_ticker(sentence: &str, start: usize, end: usize) -> bool {
    let span = &sentence[start..end];
    let caps = !span.chars().any(char::is_lowercase);
    let before = sentence[..start].chars().next_back();
    let after = sentence[end..].chars().next();
    caps && (before == Some('<') && after == Some('>')
        || before == Some(':')
        || {
            // "PRSG.F", "STOS.S": an exchange suffix after a dot
            let mut parts = span.rsplitn(2, '.');
            matches!((parts.next(), parts.next()), (Some(x), Some(y)) if x.len() <= 2 && !x.is_empty() && y.len() >= 2 && !y.contains(' '))
        })
}

/// Reuters wire copy marks a company in angle brackets (`<Hambrecht and Quist Group>`): when the
/// token at `i` opens such a span of two or more name words and connectors, the index of its last
/// word. A bracketed ticker (`<SPC>`) is left to `is_ticker`.
fn bracketed_name(sentence: &str, toks: &[(usize, usize)], i: usize) -> Option<usize> {
    if !sentence[..toks[i].0].ends_with('<') {
        return None;
    }
    let close = toks[i].0 + sentence[toks[i].0..].find(['>', '<'])?;
    if !sentence[close..].starts_with('>') || close - toks[i].0 > 120 {
        return None;
    }
    let last = i + toks[i..].iter().take_while(|t| t.1 <= close).count() - 1;
    let word = |k: usize| &sentence[toks[k].0..toks[k].1];
    let tail = &sentence[toks[last].1..close];
    let spaced = (i..last).all(|k| {
        let gap = &sentence[toks[k].1..toks[k + 1].0];
        // wire copy wraps lines inside a name
        !gap.is_empty() && gap.chars().all(|c| matches!(c, ' ' | '\u{a0}' | '\n'))
    });
    let words = (i..=last).all(|k| is_name_token(word(k)) || CONNECTORS.contains(&word(k)));
    (last > i
        && (tail.is_empty() || tail == ".")
        && spaced
        && words
        && is_name_token(word(last))
        && !is_ticker(sentence, toks[i].0, toks[last].1))
    .then_some(last)
}

/// The company named by the bracketed words `first..=last`, without a leading "The" or a
/// trailing possessive (`<The Widget Co's>` → "Widget Co").
fn bracketed_company(
    sentence: &str,
    toks: &[(usize, usize)],
    mut first: usize,
    last: usize,
    lex: &Lexicon,
) -> Option<Company> {
    while first < last
        && !particle_opens_name(sentence, toks, first, lex)
        && FUNCTION_WORDS.contains(&sentence[toks[first].0..toks[first].1].to_lowercase())
    {
        first += 1;
    }
    let (start, end) = (toks[first].0, toks[last].1);
    let span = &sentence[start..end];
    let name = span
        .strip_suffix("'s")
        .or_else(|| span.strip_suffix("’s"))
        .unwrap_or(span)
        .to_string();
    (!NOT_COMPANY.contains(&name.to_lowercase())).then_some(Company { start, end, name })
}

/// Every company-like name in `sentence`.
pub fn find_companies(sentence: &str, lex: &Lexicon) -> Vec<Company> {
    let toks = tokens(sentence);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &sentence[toks[i].0..toks[i].1];
        // a corpus placeholder such as "*NUMBER*" masks a number, not a name
        let masked = sentence[..toks[i].0].ends_with('*') && sentence[toks[i].1..].starts_with('*');
        if masked || !is_name_token(t) || is_legal_form(t) && t.len() < 4 {
            i += 1;
            continue;
        }
        if let Some(last) = bracketed_name(sentence, &toks, i) {
            out.extend(bracketed_company(sentence, &toks, i, last, lex));
            i = last + 1;
            continue;
        }
        let mut j = i + 1;
        let mut last = i;
        let mut linked = false;
        while j < toks.len() {
            // Only spaces may separate the words of one name, but for a bracketed word right
            // before a legal form ("Youghal Carpets (Holdings) Plc", "ICL (Europe) Ltd")
            let gap = &sentence[toks[j - 1].1..toks[j].0];
            if gap == " ("
                && j + 1 < toks.len()
                && &sentence[toks[j].1..toks[j + 1].0] == ") "
                && is_name_token(&sentence[toks[j].0..toks[j].1])
                && is_legal_form(&sentence[toks[j + 1].0..toks[j + 1].1])
            {
                last = j + 1;
                j += 2;
                continue;
            }
            // "St. Martin's Press", "St. George Bank": a dotted abbreviation inside a name
            let abbreviated = gap == ". "
                && NAME_ABBREVIATIONS.contains(&sentence[toks[j - 1].0..toks[j - 1].1])
                && is_name_token(&sentence[toks[j].0..toks[j].1]);
            if !abbreviated && !gap.is_empty() && !gap.chars().all(|c| c == ' ' || c == '\u{a0}') {
                break;
            }
            let w = &sentence[toks[j].0..toks[j].1];
            // "la Bolsa de Santiago Juan Andrés Camus": after the place a link word names, a
            // first name and another capitalised word are a person's
            let person_next = linked
                && FIRST_NAMES.contains(w)
                && toks
                    .get(j + 1)
                    .is_some_and(|t| is_name_token(&sentence[t.0..t.1]));
            if person_next {
                break;
            }
            if is_name_token(w) {
                last = j;
                j += 1;
            } else if NAME_LINKS.contains(w)
                && opened_name(sentence, &toks[i..j])
                // "News Corp Ltd of Australia": a legal form has closed the name
                && !is_legal_form(&sentence[toks[last].0..toks[last].1])
                && j + 1 < toks.len()
                && sentence[toks[j].1..toks[j + 1].0] == *" "
                && is_name_token(&sentence[toks[j + 1].0..toks[j + 1].1])
            {
                // "Banco de Occidente", "Royal Bank of Scotland": a name that an opener word
                // starts goes on through "de"/"of" to the next capitalised words
                last = j + 1;
                j += 2;
                linked = true;
            } else if CONNECTORS.contains(&w)
                && j + 1 < toks.len()
                && last + 1 == j
                && sentence[toks[j].1..toks[j + 1].0] == *" "
                && JOINED_NAMES.contains(&sentence[toks[last].0..toks[j + 1].1].to_lowercase())
            {
                // "Charter Federal Savings and Loan Association": a fixed pair of name words
                last = j + 1;
                j += 2;
            } else if CONNECTORS.contains(&w)
                && j + 1 < toks.len()
                // "Acme Corp and Widget Inc" are two names: a legal form closes the first
                && !is_legal_form(&sentence[toks[last].0..toks[last].1])
            {
                // "Monfort of Colorado Inc": a connector joins only when a legal form closes the name.
                let mut k = j + 1;
                while k < toks.len() && is_name_token(&sentence[toks[k].0..toks[k].1]) && k < j + 4
                {
                    if is_legal_form(&sentence[toks[k].0..toks[k].1]) {
                        break;
                    }
                    k += 1;
                }
                // "W.R. Grace and Co": the legal form may follow the connector at once
                if k < toks.len()
                    && is_legal_form(&sentence[toks[k].0..toks[k].1])
                    && is_name_token(&sentence[toks[k].0..toks[k].1])
                {
                    last = k;
                    j = k + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        // "Disney Chief Executive Bob Iger": a leader's title inside the span, before a first
        // name, ends the company's name; the person is read from the title on
        let titled = (i + 1..last).find(|&k| {
            (1..=2).any(|n| {
                k + n <= last
                    && LEADER_TITLES
                        .contains(&sentence[toks[k].0..toks[k + n - 1].1].to_lowercase())
                    && FIRST_NAMES.contains(&sentence[toks[k + n].0..toks[k + n].1])
            })
        });
        // "el presidente de Davivienda Efraín Forero": after a leader's title and its link, a
        // first name and the surname that ends the span are the leader's, not the company's
        let titled_before = {
            let before = sentence[..toks[i].0].trim_end().to_lowercase();
            before.rsplit_once(' ').is_some_and(|(rest, link)| {
                NAME_LINKS.contains(link)
                    && LEADER_TITLES.iter().any(|t| {
                        rest.ends_with(t.as_str())
                            && rest[..rest.len() - t.len()]
                                .chars()
                                .next_back()
                                .is_none_or(|c| !c.is_alphanumeric())
                    })
            })
        };
        let person = (i + 1..last).find(|&k| {
            titled_before
                && k + 1 == last
                && FIRST_NAMES.contains(&sentence[toks[k].0..toks[k].1])
                && !(i..=last).any(|j| is_legal_form(&sentence[toks[j].0..toks[j].1]))
        });
        if let Some(k) = titled.or(person) {
            last = k - 1;
        }
        let next = last + 1;
        // Leading words that are not names ("The", "Swedish", "Il") go; what is left must still
        // be a name and not a place, a month or an agency.
        let mut first = i;
        // "clientes de La Haus", "venduto a Il Gazzettino": an article that keeps its capital in
        // the middle of a sentence is part of the name
        let first_word = &sentence[toks[i].0..toks[i].1];
        let named_article = i < last
            && (first_word.len() <= MAX_ARTICLE_BYTES
                && first_word.starts_with(char::is_uppercase)
                && NAME_ARTICLES.contains(&first_word.to_lowercase())
                && sentence[..toks[i].0]
                    .trim_end_matches(' ')
                    .ends_with(char::is_lowercase)
                || particle_opens_name(sentence, &toks, i, lex));
        while first < last
            && !named_article
            && !NOT_COMPANY.contains(&sentence[toks[first].0..toks[last].1].to_lowercase())
            && (NOT_COMPANY.contains(&sentence[toks[first].0..toks[first].1].to_lowercase())
                || is_adverb(&sentence[toks[first].0..toks[first].1]))
            && !NAME_OPENERS.contains(&sentence[toks[first].0..toks[first].1].to_lowercase())
        {
            first += 1;
        }
        // "Britain's Cable and Wireless Plc", "Dow Corning Corp's ODC Inc": the name is what a
        // place or a company owns, unless that is a bare legal form; "Beeba's Creations Inc"
        // stays whole
        if let Some(k) = (first..last).rev().find(|k| {
            let w = &sentence[toks[*k].0..toks[*k].1];
            let owner = w.trim_end_matches("'s").trim_end_matches("’s");
            owner.len() < w.len()
                && (NOT_COMPANY.contains(&owner.to_lowercase()) || is_legal_form(owner))
        }) {
            let rest = &sentence[toks[k + 1].0..toks[last].1];
            if !(k + 1 == last && is_legal_form(rest)) {
                first = k + 1;
            }
        }
        // "London Stock Exchange": when what would be left is only common words, the leading
        // word belongs to the name.
        if first > i
            && last >= i + 2
            && !(i..first).any(|k| is_adverb(&sentence[toks[k].0..toks[k].1]))
            && (first..=last)
                .all(|k| NOT_COMPANY.contains(&sentence[toks[k].0..toks[k].1].to_lowercase()))
            && !NOT_COMPANY.contains(&sentence[toks[i].0..toks[last].1].to_lowercase())
            && !(i..first)
                .any(|k| FUNCTION_WORDS.contains(&sentence[toks[k].0..toks[k].1].to_lowercase()))
        {
            first = i;
        }
        // "California Water Service Co", "Swedish Match AB": before a name that a legal form
        // closes, a leading place or word is part of the name (not "The", "U.S.", "Today")
        if first > i
            // "British Petroleum Co Plc's offer"
            && is_legal_form(strip_possessive(&sentence[toks[last].0..toks[last].1]))
            && (i..first).all(|k| {
                let w = &sentence[toks[k].0..toks[k].1];
                !w.contains('.')
                    && !w.ends_with("'s")
                    && !w.ends_with("’s")
                    && !is_adverb(w)
                    && !FUNCTION_WORDS.contains(&w.to_lowercase())
                    && !TIME_WORDS.contains(&w.to_lowercase())
            })
        {
            first = i;
        }
        // "Telekommunikationskonzern Telia Sonera": the noun that describes the company goes
        while first < last && is_descriptor(&sentence[toks[first].0..toks[first].1], lex) {
            first += 1;
        }
        let (start, end) = (toks[first].0, toks[last].1);
        let span = &sentence[start..end];
        let last_word = sentence[toks[last].0..toks[last].1].to_lowercase();
        // "Australia's largest sugar refiner": a place that owns is no company either, nor
        // is a word that never is one behind an elided article ("L'Antitrust"; "L'Oréal" is)
        let elided = span
            .split_once(['\'', '’'])
            .filter(|(head, _)| matches!(head.to_lowercase().as_str(), "l" | "la" | "le"))
            .map(|(_, rest)| rest);
        if NOT_COMPANY.contains(&span.to_lowercase())
            || NOT_COMPANY.contains(&strip_possessive(span).to_lowercase())
            || elided.is_some_and(|rest| NOT_COMPANY.contains(&rest.to_lowercase()))
            || PLACE_WORDS.contains(&last_word.as_str())
            || is_ticker(sentence, start, end)
        {
            i = next;
            continue;
        }
        let mut name = span.to_string();
        for suffix in ["'s", "’s"] {
            if let Some(stripped) = name.strip_suffix(suffix) {
                name = stripped.to_string();
            }
        }
        let letters = name.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= 2 {
            out.push(Company { start, end, name });
        }
        i = next;
    }
    out
}

/// Whether a name is one of the words and names that are never a company ("USB", "Reuters").
pub fn is_not_company(name: &str) -> bool {
    NOT_COMPANY.contains(&name.to_lowercase())
}

/// Whether a word is a noun that describes a company, in a language that writes one before the
/// name as one word ("US-Internetkonzern", "des Mobiltelefonherstellers").
pub fn is_descriptor(word: &str, lex: &Lexicon) -> bool {
    if lex.deal.descriptor_heads.is_empty() {
        return false;
    }
    let w = word.to_lowercase();
    let stems = std::iter::once(w.as_str()).chain(
        lex.deal
            .descriptor_inflections
            .iter()
            .filter_map(|e| w.strip_suffix(e.as_str())),
    );
    stems.into_iter().any(|st| {
        lex.deal
            .descriptor_heads
            .iter()
            .any(|h| st.ends_with(h.as_str()))
    })
}

/// Whether `short` is an acronym of `long`: two to six capitals that the initials of `long`'s
/// capitalised words spell, in a row ("PCAOB" and "American Public Company Accounting
/// Oversight Board", "ETB" and "Empresa de Telecomunicaciones de Bogotá").
pub fn is_acronym_of(short: &str, long: &str) -> bool {
    let short = short.trim();
    let n = short.chars().count();
    if !(2..=6).contains(&n) || !short.chars().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let initials: String = long
        .split_whitespace()
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect();
    initials.contains(short)
}

/// The form under which two spellings of one company compare equal: lower case, no accents,
/// no punctuation, no legal form ("Eni S.p.A." and "ENI" → "eni").
pub fn normalize(name: &str) -> String {
    // each step only when it has something to change: one copy for most names
    let mut lower = name.to_lowercase();
    if !lower.is_ascii() {
        lower = fold_accents(&lower);
    }
    if lower.contains("s.p.a.") {
        lower = lower.replace("s.p.a.", "spa");
    }
    if lower.contains('&') {
        lower = lower.replace('&', " and ");
    }
    let toks = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty());
    let is_core =
        |t: &&str| !LEGAL_FORMS.contains(t) && !matches!(*t, "the" | "gruppo" | "groupe" | "grupo");
    // "La Haus" and "Haus" (where a sentence opens on it) are one company
    let lead = toks
        .clone()
        .next()
        .filter(|t| NAME_ARTICLES.contains(*t))
        .map_or(0, |_| 1);
    let mut out = String::with_capacity(lower.len());
    for t in toks.clone().skip(lead).filter(is_core) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(t);
    }
    // "Mitsui and Co Ltd" is "Mitsui": a connector left at the end joined a legal form
    while let Some((head, last)) = out.rsplit_once(' ') {
        if !CONNECTORS.contains(&last) {
            break;
        }
        out.truncate(head.len());
    }
    if out.is_empty() {
        // nothing but legal forms: all of them
        for t in toks {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(t);
        }
    }
    out
}

fn fold_accents(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            'ß' => 's',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{lexicon, Lang};

    fn names(s: &str, lang: Lang) -> Vec<String> {
        find_companies(s, lexicon(lang))
            .into_iter()
            .map(|c| c.name)
            .collect()
    }

    #[test]
    fn names_table() {
        let cases: &[(&str, Lang, &[&str])] = &[
            // a name that an opener word starts goes on through "de"/"of"/"di"
            (
                "El Banco de Occidente generó una alianza con Kargoru SAS.",
                Lang::Es,
                &["Banco de Occidente", "Kargoru SAS"],
            ),
            // institutions open a name the same way: universities, foundations, chambers
            (
                "Conconcreto llegó a un acuerdo con la Universidad de Miami.",
                Lang::Es,
                &["Conconcreto", "Universidad de Miami"],
            ),
            (
                "A parceria entre a Fundação de Amparo e a Lumetra.",
                Lang::Pt,
                &["Fundação de Amparo", "Lumetra"],
            ),
            (
                "L'accordo tra la Fondazione di Brisamar e Lumetra.",
                Lang::It,
                &["Fondazione di Brisamar", "Lumetra"],
            ),
            (
                "L'accord entre la Chambre de Commerce de Brisamar et Lumetra.",
                Lang::Fr,
                &["Chambre de Commerce de Brisamar", "Lumetra"],
            ),
            // an elided word before a name is no part of it
            (
                "Le rachat d'Alstom par General Electric, puis l'offre dell'Eni su L'Oréal et Cote d'Or SA.",
                Lang::Fr,
                // inside a name the elided word is not cut off into a name of its own ("Or SA")
                &["Alstom", "General Electric", "Eni", "L'Oréal", "Cote"],
            ),
            (
                "La Bolsa de Valores de Colombia y la Bolsa de Santiago se fusionan.",
                Lang::Es,
                &["Bolsa de Valores de Colombia", "Bolsa de Santiago"],
            ),
            (
                "El gerente de la Bolsa de Santiago José Antonio Martínez asistirá.",
                Lang::Es,
                &["Bolsa de Santiago", "José Antonio Martínez"],
            ),
            (
                "Royal Bank of Canada agreed to buy Wood Gundy Inc.",
                Lang::En,
                &["Royal Bank of Canada", "Wood Gundy Inc"],
            ),
            (
                "La Cassa di Risparmio di Asti ha rilevato Widget.",
                Lang::It,
                &["Cassa di Risparmio di Asti", "Widget"],
            ),
            (
                "O Banco do Brasil comprou a Widget.",
                Lang::Pt,
                &["Banco do Brasil", "Widget"],
            ),
            // an article capitalised in the middle of a sentence opens the name; at the start
            // of a sentence it is only the article
            (
                "Los clientes de La Haus compran casas de Amarilo.",
                Lang::Es,
                &["La Haus", "Amarilo"],
            ),
            (
                "La Haus compra casas.",
                Lang::Es,
                &["Haus"],
            ),
            (
                "Widget ha venduto le sue quote a Il Gazzettino.",
                Lang::It,
                &["Widget", "Il Gazzettino"],
            ),
            // political parties are no companies
            (
                "El PSOE y Unidas Podemos firmaron un acuerdo con Alfa S.A.",
                Lang::Es,
                &["Alfa S.A."],
            ),
            // a corpus placeholder masks a number, not a name
            (
                "La empresa Alfa S.A. compró *NUMBER* tiendas de Beta S.A.",
                Lang::Es,
                &["Alfa S.A.", "Beta S.A."],
            ),
            // ... but not past a legal form, nor into a body that is no company
            (
                "News Corp Ltd of Australia bought Harper and Row Publishers Inc.",
                Lang::En,
                &["News Corp Ltd", "Harper and Row Publishers Inc"],
            ),
            (
                "El Banco Central de Bolivia compró bonos.",
                Lang::Es,
                &[],
            ),
            // a noun that describes the company, written as one word before its name
            (
                "Auch der Telekommunikationskonzern Telia Sonera investiert.",
                Lang::De,
                &["Telia Sonera"],
            ),
            (
                "ConAgra Inc agreed to acquire Monfort of Colorado Inc in a stock transaction.",
                Lang::En,
                &["ConAgra Inc", "Monfort of Colorado Inc"],
            ),
            (
                "The company said Trelleborg AB has taken a stake in Boliden AB.",
                Lang::En,
                &["Trelleborg AB", "Boliden AB"],
            ),
            (
                "Il gruppo Eni S.p.A. ha rilevato Widget.",
                Lang::It,
                &["Eni S.p.A.", "Widget"],
            ),
            (
                "Nvidia ha annunciato un’alleanza anche con Alibaba, il gigante cinese.",
                Lang::It,
                &["Nvidia", "Alibaba"],
            ),
            (
                "ConAgra will acquire all of Monfort's shares.",
                Lang::En,
                &["ConAgra", "Monfort"],
            ),
            (
                "Compagnie Generale Des Eaux said it has a 5.0 pct stake in California Water Service Co.",
                Lang::En,
                &["Compagnie Generale Des Eaux", "California Water Service Co"],
            ),
            (
                "The U.S. Widget Corp and Tuesday Acme Inc are named.",
                Lang::En,
                &["Widget Corp", "Acme Inc"],
            ),
            (
                "L'acquisizione di L'Oréal da parte di D'Amico Spa è chiusa.",
                Lang::It,
                &["L'Oréal", "D'Amico Spa"],
            ),
            // a wire name in angle brackets is one name, connectors and all; a bracketed ticker
            // after a name stays a ticker; outside brackets "and" still splits
            (
                "<Harwick and Lowe Partners> said it bought <Ferrow of Ohio Trust>.",
                Lang::En,
                &["Harwick and Lowe Partners", "Ferrow of Ohio Trust"],
            ),
            (
                "Dalmont Systems Inc <DLMS> agreed to buy <Quarry Tools International Inc>.",
                Lang::En,
                &["Dalmont Systems Inc", "Quarry Tools International Inc"],
            ),
            (
                "Harwick and Lowe Partners said Acme Corp and Widget Inc agreed.",
                Lang::En,
                &["Harwick", "Lowe Partners", "Acme Corp", "Widget Inc"],
            ),
        ];
        for (s, lang, want) in cases {
            assert_eq!(names(s, *lang), *want, "{s}");
        }
    }

    #[test]
    fn normal_forms() {
        assert_eq!(normalize("Eni S.p.A."), "eni");
        assert_eq!(normalize("ConAgra Inc"), "conagra");
        assert_eq!(normalize("The Boeing Company"), "boeing");
        assert_eq!(normalize("Mitsui and Co Ltd"), "mitsui");
        assert_eq!(normalize("Brown Boveri und Cie"), "brown boveri");
        assert!(is_acronym_of(
            "PCAOB",
            "American Public Company Accounting Oversight Board"
        ));
        assert!(is_acronym_of(
            "ETB",
            "Empresa de Telecomunicaciones de Bogotá"
        ));
        assert!(!is_acronym_of("IBM", "Intel Corp"));
        assert!(!is_acronym_of("Oi", "Organização Internacional"));
        assert_eq!(normalize("La Haus"), normalize("Haus"));
        // the capitalised-article check skips longer words before looking them up
        assert!(NAME_ARTICLES.iter().all(|a| a.len() <= MAX_ARTICLE_BYTES));
        assert_eq!(normalize("Les Echos"), "echos");
        assert_eq!(normalize("Société Générale SA"), "societe generale");
    }
}
