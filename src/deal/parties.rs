//! Which company names of an article can be parties to a deal, and how each stands in its
//! sentence. Names are surveyed over the whole article first: a name seen in the middle of a
//! sentence is a confirmed name (a capitalised first word alone is not), a name with a legal
//! form, an acronym, an inner capital or a "the company"-style introduction anywhere is plainly
//! a company, and a name that starts with a first name or follows a title is a person (and so is
//! that person's surname elsewhere in the article).

use super::trigger::is_word_boundary;
use crate::company::{
    every_language, has_legal_form, is_descriptor, is_not_company, normalize, strip_possessive,
    Company, FIRST_NAMES, LEADER_TITLES,
};
use crate::lexicon::{all, Lexicon};
use regex::Regex;
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// How a company stands in its sentence, judged by the words just before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Nothing before it ties it to another word: a subject or a direct object.
    Subject,
    /// After "by" / "da parte di": the one who acts in a passive clause.
    Agent,
    /// After a preposition that is passive only with a passive verb ("da", "por", "par").
    WeakAgent,
    /// After "of", "in", "di": a target.
    Object,
    /// After "with", "con", "and", "tra": a partner, or a target of a directed deal.
    Partner,
    /// After "from": a seller or a source, never the acting party.
    Source,
    /// After "held by", "detenuta da": holds what is dealt in; neither the acting party nor,
    /// like a seller, what is bought.
    Holder,
}

/// A possible party of a deal in one sentence.
#[derive(Clone, Debug)]
pub struct Party {
    pub name: String,
    pub start: usize,
    pub end: usize,
    pub role: Role,
    /// Plainly a company (legal form, acronym, inner capital, introduced as one), not just a
    /// capitalised name.
    pub plain_company: bool,
    /// Ends with a legal form ("Wickes Plc").
    pub legal: bool,
    /// A person's name: never a target or a partner, an acquirer only where a sentence says
    /// so plainly.
    pub person: bool,
}

static STOPWORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    all()
        .iter()
        .flat_map(|l| l.text.stopwords.iter().cloned())
        .collect()
});

static TITLES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut t: Vec<String> = all()
        .iter()
        .flat_map(|l| l.deal.person_titles.iter().cloned())
        .collect();
    t.sort();
    t.dedup();
    t
});

/// Titles that describe a company's place as well as a person's ("Iberdrola, líder mundial
/// en energía"): after a name they prove no person.
static MARKET_TITLES: LazyLock<HashSet<String>> =
    LazyLock::new(|| every_language(|l| &l.deal.market_titles));

/// ", 87 anni", ", 54, said", "(63)": an age right after a name marks a person.
static AGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:,\s*\d{2}(?:\s*(?:anni|años|ans|jahre|anos|years?\s+old))?\s*[,.;]|\(\d{2}\))",
    )
    .expect("age pattern")
});

/// How many words before a name its role word may stand ("by the U.S. drug maker Catalent");
/// one more after a company word and the adjectives that follow it ("con la aerolínea low cost
/// Viva Air").
const ROLE_LOOK_BACK: usize = 4;
/// How many lower-case words may stand between a company word and the name it introduces.
const MAX_FOLLOWING_ADJECTIVES: usize = 2;

const LEGAL_HINTS: &[&str] = &[
    "inc",
    "corp",
    "co",
    "ltd",
    "plc",
    "llc",
    "spa",
    "s.p.a.",
    "srl",
    "s.r.l.",
    "gmbh",
    "ag",
    "se",
    "sa",
    "s.a.",
    "nv",
    "n.v.",
    "bv",
    "ab",
    "asa",
    "oyj",
    "ltda",
    "holding",
    "holdings",
    "group",
    "bancorp",
    "bank",
    "banca",
    "banco",
    "banque",
    "capital",
    "partners",
    "investments",
    "ventures",
    "industries",
    "corporation",
    "company",
    "cos",
    "lp",
    "kgaa",
    "sas",
    "sl",
    "s.l.",
    "sgr",
    "fund",
    "fondo",
    "fonds",
    "motors",
    "airlines",
    "energy",
    "pharma",
    "technologies",
    "systems",
    "labs",
    "enterprises",
    "pharmaceuticals",
    "communications",
    "resources",
    "securities",
    "bancshares",
    "bankshares",
    "laboratories",
    "petroleum",
    "chemicals",
    "electronics",
    "insurance",
];

/// Whether a word is one of [`LEGAL_HINTS`] in any case; an ASCII word is compared without
/// a lower-case copy.
fn is_legal_hint(word: &str) -> bool {
    if word.is_ascii() {
        LEGAL_HINTS.iter().any(|h| word.eq_ignore_ascii_case(h))
    } else {
        LEGAL_HINTS.contains(&word.to_lowercase().as_str())
    }
}

/// What the words in a name alone say of it.
fn looks_like_company(name: &str) -> bool {
    let legal = name
        .split_whitespace()
        .any(|t| is_legal_hint(t.trim_end_matches(',')));
    let acronym = name.split_whitespace().nth(1).is_none() && {
        let mut letters = name.chars().filter(|c| c.is_alphabetic());
        (2..=6).contains(&letters.clone().count()) && letters.all(char::is_uppercase)
    };
    let inner_capital = name.split_whitespace().any(|t| {
        t.chars()
            .zip(t.chars().skip(1))
            .any(|(a, b)| a.is_lowercase() && b.is_uppercase())
    });
    let digit = name.chars().any(|c| c.is_ascii_digit());
    legal || acronym || inner_capital || digit
}

/// The person titles grouped by their last byte, then one group of empty titles: a text is
/// compared only with the titles that can end it.
static TITLES_BY_END: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    let mut groups = vec![Vec::new(); 257];
    for t in TITLES.iter() {
        groups[t.bytes().last().map_or(256, usize::from)].push(t.clone());
    }
    groups
});

/// [`ends_with_phrase`] of `before` and [`TITLES`].
fn ends_with_title(before: &str) -> bool {
    let groups = &*TITLES_BY_END;
    before
        .bytes()
        .last()
        .is_some_and(|b| ends_with_phrase(before, &groups[usize::from(b)]))
        || ends_with_phrase(before, &groups[256])
}

pub(super) fn ends_with_phrase(before: &str, phrases: &[String]) -> bool {
    phrases.iter().any(|p| {
        before.ends_with(p.as_str())
            && is_word_boundary(before, before.len() - p.len(), before.len())
    })
}

/// The lower-cased text before `start`, trimmed of spaces, quotes and brackets.
pub(super) fn before_of(lower: &str, start: usize) -> &str {
    lower[..start]
        .trim_end()
        .trim_end_matches(['(', '"', '“', '«', '\'', '’', '<'])
        .trim_end()
}

/// Whether most words of `text` start with a capital, as in headings and menus.
fn is_title_case(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let caps = words
        .iter()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
        })
        .count();
    words.len() >= 3 && caps * 10 >= words.len() * 6
}

/// Whether a name opens its sentence, or the clause after a label ("Note: Current year ..."),
/// or follows a dotted abbreviation in capitals, after which wire copy capitalises any word ("a
/// U.S. Insurer which merged with AEGON"): there a capital proves no name.
fn is_sentence_start(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let dotted_capitals = last.len() <= 6
        && last.matches('.').count() >= 2
        && last.ends_with('.')
        && last.chars().all(|c| c == '.' || c.is_ascii_uppercase());
    before.chars().all(|c| !c.is_alphanumeric()) || before.ends_with(':') || dotted_capitals
}

/// Whether a name is joined by a conjunction to the next name of the sentence ("Practisistemas y
/// Bancolombia", "Lumetra and Brisamar Inc"), or by a joining phrase of more than one word
/// ("Brisamar junto a Lumetra"; a bare "with" joins too much: "Compared with Acme").
fn coordinated(text: &str, c: &Company, companies: &[Company], lex: &Lexicon) -> bool {
    let Some(next) = companies.iter().find(|n| n.start > c.end) else {
        return false;
    };
    let gap = text[c.end..next.start].trim().to_lowercase();
    lex.deal.conjunctions.contains(&gap)
        || lex
            .deal
            .with_markers
            .iter()
            .any(|w| w.contains(' ') && *w == gap)
}

/// Whether `after`, the text right after a name, goes on with a word that is no function word,
/// past a closing bracket and a bracketed ticker, or with a possessive: the name then qualifies
/// what follows ("a Widget Inc unit", "an Exxon Corp <XON> unit", "a Cray Research Inc <CYR>
/// X-MP supercomputer", "a Widget Co's shares").
fn noun_follows(after: &str, lex: &Lexicon) -> bool {
    let mut rest = after.trim_start_matches(['>', ')']).trim_start();
    if rest.starts_with(['<', '(']) {
        rest = rest
            .find(['>', ')'])
            .map_or(rest, |close| rest[close + 1..].trim_start());
    }
    if rest.starts_with("'s") || rest.starts_with("’s") {
        return true;
    }
    let word = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    !word.is_empty()
        && !lex
            .text
            .stopwords
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
}

fn is_person(text: &str, lower: &str, c: &Company) -> bool {
    // wire copy marks a company in angle brackets: "<Marine Savings Association>" is no person
    if text[..c.start].ends_with('<') && text[c.end..].starts_with('>') {
        return false;
    }
    let first = c.name.split_whitespace().next().unwrap_or("");
    // "Georges-François Leclerc", "Jean-Pierre"
    let first = if FIRST_NAMES.contains(first) {
        first
    } else {
        first.split('-').next().unwrap_or(first)
    };
    let legal = looks_like_company(&c.name);
    if FIRST_NAMES.contains(first) && !legal {
        return true;
    }
    if AGE_AFTER.is_match(&text[c.end..]) {
        return true;
    }
    let before = before_of(lower, c.start);
    let before = before.trim_end_matches(',').trim_end();
    // "T. Boone Pickens": an initial before the name
    let initial = {
        let t = text[..c.start].trim_end();
        let mut cs = t.chars().rev();
        matches!((cs.next(), cs.next(), cs.next()), (Some('.'), Some(l), None | Some(' ')) if l.is_uppercase())
    };
    // "Jonah Peretti, fondatore di BuzzFeed": a title right after the name
    let after = lower[c.end..].trim_start();
    let titled_after = after.strip_prefix(',').is_some_and(|rest| {
        let rest = rest.trim_start();
        let rest = [
            "the ", "il ", "la ", "el ", "le ", "o ", "a ", "der ", "die ", "l'", "l’",
        ]
        .iter()
        .find_map(|a| rest.strip_prefix(a))
        .unwrap_or(rest);
        TITLES.iter().any(|t| {
            !MARKET_TITLES.contains(t)
                && rest.starts_with(t.as_str())
                && rest[t.len()..]
                    .chars()
                    .next()
                    .is_none_or(|ch| !ch.is_alphanumeric())
        })
    });
    !legal && (initial || titled_after || ends_with_title(before) && !title_of_person(text, before))
}

/// The rest of a name whose first word completes the title written before it, past a link word
/// ("gerente General de Antillana" → "Antillana", "Director General de Best Buy").
fn completes_title<'n>(lower: &str, start: usize, name: &'n str, lex: &Lexicon) -> Option<&'n str> {
    let word = before_of(lower, start).rsplit(' ').next()?;
    let (first, rest) = name.split_once(' ')?;
    // TITLES is sorted
    if TITLES
        .binary_search(&format!("{word} {}", first.to_lowercase()))
        .is_err()
    {
        return None;
    }
    let (link, rest) = rest.split_once(' ')?;
    lex.deal
        .name_links
        .iter()
        .any(|l| l.eq_ignore_ascii_case(link))
        .then_some(rest)
}

/// The role of the person whose title a name completes ("Eric Thiriez, gerente general de
/// Antillana, anunció la alianza", "Tim Smith, chief executive of Acme, said the merger", "el
/// presidente de Davivienda Efraín Forero"): the company acts through the person who speaks
/// for it.
fn speaks_for(
    before_parties: &[Party],
    text: &str,
    lower: &str,
    start: usize,
    end: usize,
    lex: &Lexicon,
) -> Option<Role> {
    let before = before_of(lower, start);
    let (rest, link) = before.rsplit_once(' ')?;
    if !lex.deal.name_links.iter().any(|l| l == link) {
        return None;
    }
    let rest = rest.trim_end_matches(',').trim_end();
    let title = longest_ending(rest, &TITLES)?;
    // a commentator or a department head speaks for no company ("director de Análisis Económico")
    // ("il presidente" is a title of its own; its head is what counts)
    let named = &rest[rest.len() - title..];
    let head = without_leading_article(named, lex);
    if !LEADER_TITLES.contains(head) {
        return None;
    }
    // "el presidente de Davivienda Efraín Forero se refirió a su alianza": the leader named
    // right after the company speaks for it
    let named_after = text[end..]
        .split_whitespace()
        .next()
        .is_some_and(|w| FIRST_NAMES.contains(w));
    if named_after {
        return Some(Role::Subject);
    }
    let person = before_parties.iter().rev().find(|p| p.person)?;
    // "anunció Andrea Vélez Gerente General de Abbott": a title written in capitals without a
    // comma is read as part of the person's name, which then ends where the title does
    let titled = rest.len() == person.end;
    let rest = rest[..rest.len() - title].trim_end();
    // "el presidente de X", "the chief executive of X": only a title after the person's name
    let rest = without_trailing_article(rest, lex);
    let rest = rest.trim_end().trim_end_matches(',').trim_end();
    ((rest.len() == person.end || titled) && person.role == Role::Subject).then_some(Role::Subject)
}

/// `text` without the article that opens it ("el ceo", "l'amministratore delegato").
pub(super) fn without_leading_article<'t>(text: &'t str, lex: &Lexicon) -> &'t str {
    lex.deal
        .articles
        .iter()
        .find_map(|a| {
            let rest = text.strip_prefix(a.as_str())?;
            (rest.starts_with(' ') || a.ends_with(['\'', '’'])).then(|| rest.trim_start())
        })
        .unwrap_or(text)
}

/// `text` without the article that ends it ("de la", "el presidente, el").
fn without_trailing_article<'t>(text: &'t str, lex: &Lexicon) -> &'t str {
    lex.deal
        .articles
        .iter()
        .find_map(|a| {
            text.strip_suffix(a.as_str())
                .filter(|r| r.ends_with([' ', ',']))
        })
        .unwrap_or(text)
}

/// Whether the title that ends `before` follows a person's name, so that the name after it is
/// where the person works ("dijo Fernando Jaramillo presidente Dimayor", in text stripped of
/// its commas).
fn title_of_person(text: &str, before: &str) -> bool {
    let Some(title) = longest_ending(before, &TITLES) else {
        return false;
    };
    let words: Vec<&str> = text[..before.len() - title]
        .split_whitespace()
        .rev()
        .take(2)
        .collect();
    matches!(words.as_slice(), [surname, first]
        if FIRST_NAMES.contains(first.trim_start_matches(['(', '"']))
            && surname.starts_with(char::is_uppercase))
}

/// Whether the name at `start` is a commentator's employer: right after a person's name and an
/// employer link ("Deepak Raj of"), or after an observer's title and its link ("analyst at",
/// "media analyst with").
fn works_there(before_parties: &[Party], lower: &str, start: usize, lex: &Lexicon) -> bool {
    let before = before_of(lower, start);
    let after_person = before_parties.last().is_some_and(|p| {
        p.person
            && p.end <= before.len()
            // "Andrea Vélez Gerente General de Abbott": a leader's title read into the name
            // speaks for the company after it
            && !longest_ending(&lower[p.start..p.end], &TITLES)
                .is_some_and(|t| LEADER_TITLES.contains(&lower[p.end - t..p.end]))
            && lex
                .deal
                .employer_links
                .iter()
                .any(|l| before[p.end..].trim_start_matches([',', ' ']) == l.as_str())
    });
    after_person
        || lex.deal.observer_links.iter().any(|l| {
            before
                .strip_suffix(l.as_str())
                .filter(|head| is_word_boundary(before, head.len(), before.len()))
                .is_some_and(|head| ends_with_phrase(head.trim_end(), &lex.deal.observer_titles))
        })
}

/// Whether the name ending at `end` owns an observer ("Drexel Burnham Lambert Inc's
/// Houston-based analyst John Olson said"): the analyst's employer, no party.
fn employs_observer(lower: &str, end: usize, lex: &Lexicon) -> bool {
    let rest = &lower[end..];
    // the name's span may or may not take in its possessive
    let owned = lower[..end].ends_with("'s") || lower[..end].ends_with("’s");
    let Some(rest) = rest
        .strip_prefix("'s")
        .or_else(|| rest.strip_prefix("’s"))
        .or(owned.then_some(rest))
    else {
        return false;
    };
    rest.split_whitespace().take(3).any(|w| {
        lex.deal
            .observer_titles
            .iter()
            .any(|t| t == w.trim_end_matches(','))
    })
}

/// Whether the name at `start` is the currency of an amount: right after a number, and ending
/// in a currency word ("4.20 N.Z. Dlrs").
fn names_a_currency(text: &str, start: usize, name: &str, lex: &Lexicon) -> bool {
    let after_number = text[..start]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| w.ends_with(|c: char| c.is_ascii_digit()));
    after_number
        && name
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| lex.money.currencies.contains_key(&w.to_lowercase()))
}

/// How many words a quoted title may hold after the name that opens it.
const TITLE_WORDS: usize = 3;

/// Whether the name from `start` to `end` opens a short quotation: a title ("Avengers:
/// Endgame"), not a party.
fn titles_a_work(text: &str, start: usize, end: usize) -> bool {
    const OPEN: [char; 3] = ['"', '“', '«'];
    const CLOSE: [char; 3] = ['"', '”', '»'];
    if !text[..start].ends_with(OPEN) {
        return false;
    }
    let rest = &text[end..];
    let Some(close) = rest.find(CLOSE) else {
        return false;
    };
    let inside = &rest[..close];
    !inside.contains(['.', ',', ';', '!', '?']) && inside.split_whitespace().count() <= TITLE_WORDS
}

/// What the whole article says of its names.
#[derive(Debug, Default)]
pub struct Survey<'a> {
    /// How often each name is written, and the words the article writes in lower case: a
    /// capitalised first word that recurs and is never written in lower case is a name.
    counts: rustc_hash::FxHashMap<String, usize>,
    lowercase: HashSet<&'a str>,
    confirmed: HashSet<String>,
    companies: HashSet<String>,
    persons: HashSet<String>,
    /// Each name as first written, in order of first appearance.
    spelled: Vec<(String, String)>,
}

impl<'a> Survey<'a> {
    /// Surveys the names of every sentence (`sentences[i]`, lower-cased in `lowers[i]`, with
    /// its `companies[i]`).
    pub fn of(
        sentences: &[&'a str],
        lowers: &[String],
        companies: &[Vec<Company>],
        lex: &Lexicon,
    ) -> Survey<'a> {
        let mut s = Survey::default();
        for text in sentences {
            for w in text.split(|c: char| !c.is_alphanumeric()) {
                if w.chars().next().is_some_and(char::is_lowercase) {
                    s.lowercase.insert(w);
                }
            }
        }
        for ((text, lower), found) in sentences.iter().zip(lowers).zip(companies) {
            // A Title Case heading or menu capitalises every word: it confirms no name.
            let heading = is_title_case(text);
            for c in found {
                let norm = normalize(&c.name);
                let n = s.counts.entry(norm.clone()).or_default();
                if *n == 0 {
                    s.spelled.push((norm.clone(), c.name.clone()));
                }
                *n += 1;
                if !heading && !is_sentence_start(text, c.start) {
                    s.confirmed.insert(norm.clone());
                }
                let introduced = introduced_by_word(text, lower, c.start, lex);
                // "el centro hospitalario Serena del Mar": what a company word introduces is
                // no person
                if !introduced && is_person(text, lower, c) {
                    s.persons.insert(norm.clone());
                    if let Some(last) = c.name.split_whitespace().last() {
                        if c.name.split_whitespace().count() > 1 {
                            s.persons.insert(normalize(last));
                        }
                    }
                    continue;
                }
                let introduced = introduced
                    || text[..c.start]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| is_descriptor(w, lex));
                if looks_like_company(&c.name) || introduced {
                    s.companies.insert(norm.clone());
                    // "Boliden AB" makes "Boliden" a company too.
                    s.companies
                        .insert(normalize(c.name.split_whitespace().next().unwrap_or("")));
                    // "Braun's Ithaca Holdings" makes "Ithaca Holdings" and "Ithaca" companies.
                    if let Some((_, owned)) = c
                        .name
                        .split_once("'s ")
                        .or_else(|| c.name.split_once("’s "))
                    {
                        s.companies.insert(normalize(owned));
                        s.companies
                            .insert(normalize(owned.split_whitespace().next().unwrap_or("")));
                    }
                }
            }
        }
        s
    }

    /// The names of one sentence, with their roles; people's names are marked.
    pub fn parties(
        &self,
        text: &str,
        lower: &str,
        companies: &[Company],
        lex: &Lexicon,
    ) -> Vec<Party> {
        let mut out = Vec::new();
        for c in companies {
            let mut name = c.name.as_str();
            let mut start = c.start;
            // A capitalised first word is a name only if the article confirms it elsewhere;
            // else what follows it may be ("Poi Nvidia ha firmato").
            if is_sentence_start(text, c.start) && !self.is_known(name) {
                match name.split_once(' ') {
                    // "Poi Nvidia": an adverb before a name the article knows
                    // "Porta USB": a word the article also writes in lower case, before a word
                    // that is never a company ("Acme Italia" stays)
                    Some((first, rest))
                        if is_not_company(rest)
                            && self.lowercase.contains(first.to_lowercase().as_str()) =>
                    {
                        continue
                    }
                    Some((_, rest)) if !rest.contains(' ') && self.is_known(rest) => {
                        start = c.end - rest.len();
                        name = rest;
                    }
                    // "Practisistemas y Bancolombia se unieron": a single word joined by a
                    // conjunction to the name right after it is a name too, unless the
                    // article also writes it in lower case or firms bear two surnames
                    // ("Duff and Phelps")
                    None if !lex.deal.surname_firms
                        && coordinated(text, c, companies, lex)
                        && !self.lowercase.contains(name.to_lowercase().as_str()) => {}
                    // a single unknown word is an ordinary word written with a capital
                    None => continue,
                    Some(_) => {}
                }
            }
            // "En el marco de la Feria de las Flores Avianca anunció": the known name that
            // ends a scene's name, in text stripped of its commas, is the subject
            let glued = self.glued_to_scene(text, lower, start, name, lex);
            if let Some(rest) = glued {
                start = c.end - rest.len();
                name = rest;
            }
            // "gerente General de Antillana": a capitalised word that completes the title
            // before it is no part of the name
            if let Some(rest) = completes_title(lower, start, name, lex) {
                start = c.end - rest.len();
                name = rest;
            }
            // "said Analyst Deepak Raj of Merrill Lynch", "Stanley Fishman, analyst at
            // Fahnestock and Co": where a person works is no party
            if works_there(&out, lower, start, lex) || employs_observer(lower, c.end, lex) {
                continue;
            }
            // "its offer of 4.20 N.Z. Dlrs per share": a currency written after a number
            if names_a_currency(text, start, name, lex) {
                continue;
            }
            // "qui ont réalisé "Avengers: Endgame"": a short quotation that a name opens is the
            // title of a work
            if titles_a_work(text, start, c.end) {
                continue;
            }
            // "its 139,200 California Water shares": a place word taken off the front is part
            // of the name when the article writes the name whole ("California Water Service Co")
            let (start, name) = match self.whole_name(text, start, c.end) {
                Some(s) => (s, &text[s..c.end]),
                None => (start, name),
            };
            // "a Coconut Grove, Fla., developer", "a Blockbuster licensee": a name after an
            // indefinite article describes something else, unless a legal form ends it and no
            // other word follows ("to a Dyneer Corp for an undisclosed sum")
            let before = before_of(lower, start);
            if ends_with_phrase(before, &lex.deal.indefinite_articles)
                && !(has_legal_form(name)
                    // "S and A Truck Tire Sales Corp", "<Nova, An Alberta Corp>"
                    && text[..before.len()]
                        .rsplit(' ')
                        .next()
                        .is_some_and(|a| a.starts_with(char::is_lowercase))
                    && !noun_follows(&text[c.end..], lex)
                    && !text[..c.end].ends_with("'s")
                    && !text[..c.end].ends_with("’s"))
            {
                continue;
            }
            let norm = normalize(name);
            let plain = self.companies.contains(&norm) || looks_like_company(name);
            // where every noun has a capital, a name needs evidence that it is a company's
            if lex.deal.capitalised_nouns && !plain {
                continue;
            }
            let span = Company {
                start,
                end: c.end,
                name: name.to_string(),
            };
            let surname = name
                .split_whitespace()
                .last()
                .map(normalize)
                .unwrap_or_default();
            let person = self.persons.contains(&norm) || self.persons.contains(&surname);
            // "Mobius, 87 anni,": an age makes this mention a person's, even when a company
            // bears the name ("Mobius Capital Partners")
            let aged = AGE_AFTER.is_match(&text[c.end..]);
            let person = aged || !plain && (person || is_person(text, lower, &span));
            // a name grown back over the one before ("Sterling" and "Sterling Grace Capital")
            // replaces it: the names of a sentence never overlap
            while out.last().is_some_and(|q: &Party| q.end > start) {
                out.pop();
            }
            out.push(Party {
                name: name.to_string(),
                start,
                end: c.end,
                role: if glued.is_some() {
                    Role::Subject
                } else {
                    speaks_for(&out, text, lower, start, c.end, lex)
                        .unwrap_or_else(|| role_of(text, lower, start, lex))
                },
                plain_company: plain && !person,
                legal: has_legal_form(name),
                person,
            });
        }
        out
    }

    /// The company the article is about: the name written most often (at least twice), not a
    /// person's; the first written of equals.
    pub fn main_company(&self) -> Option<&str> {
        let mut best: Option<(&str, usize)> = None;
        for (norm, name) in &self.spelled {
            let n = self.counts.get(norm).copied().unwrap_or(0);
            if n >= 2
                && !self.persons.contains(norm)
                && self.is_known(name)
                && best.is_none_or(|(_, m)| n > m)
            {
                best = Some((name, n));
            }
        }
        best.map(|(name, _)| name)
    }

    /// The start of the capitalised word right before `start` when, with it, the name from
    /// `start` to `end` opens a longer name the article writes elsewhere.
    fn whole_name(&self, text: &str, start: usize, end: usize) -> Option<usize> {
        let before = text[..start].strip_suffix(' ')?;
        let word_start = before.rfind(' ').map_or(0, |i| i + 1);
        let word = &before[word_start..];
        if !word.starts_with(char::is_uppercase) || !word.chars().all(char::is_alphabetic) {
            return None;
        }
        let longer = &text[word_start..end];
        self.spelled
            .iter()
            .any(|(_, full)| {
                full.len() > longer.len()
                    && full.starts_with(longer)
                    && full[longer.len()..].starts_with(' ')
            })
            .then_some(word_start)
    }

    /// Takes `name` as a confirmed name, as if the article had written it mid-sentence.
    pub fn confirm(&mut self, name: &str) {
        self.confirmed.insert(normalize(name));
    }

    /// Takes `name` as plainly a company's, as if the article had introduced it as one; a
    /// name that opens on a first name stays a person's.
    pub fn confirm_company(&mut self, name: &str) {
        let first = name.split_whitespace().next().map(str::to_lowercase);
        if !first.is_some_and(|f| FIRST_NAMES.contains(&f)) {
            self.companies.insert(normalize(name));
        }
    }

    /// The known name that ends the name of a scene opening the sentence, glued to it where the
    /// text lost its commas: "En el marco de Andicom Microsoft desarrolla", "En el día de cierre
    /// del Claro Tech Summit Microsoft y Claro anunciaron". The whole span is no name the article
    /// knows, its last word is, and a lower-case word that is no link or article follows (a verb,
    /// or the conjunction of a pair).
    fn glued_to_scene<'n>(
        &self,
        text: &str,
        lower: &str,
        start: usize,
        name: &'n str,
        lex: &Lexicon,
    ) -> Option<&'n str> {
        let opener = lower.split_whitespace().next()?;
        if !lex.deal.scene_openers.iter().any(|o| o == opener) || lower[..start].contains(',') {
            return None;
        }
        let (_, last) = name.rsplit_once(' ')?;
        let whole_recurs = self.counts.get(&normalize(name)).is_some_and(|n| *n >= 2);
        if whole_recurs
            || has_legal_form(name)
            || !self.recurs(last) && !self.companies.contains(&normalize(last))
        {
            return None;
        }
        // the scene's name follows "de", "del", "de la"
        let before = before_of(lower, start);
        let before = without_trailing_article(before, lex).trim_end();
        let linked = before
            .rsplit(' ')
            .next()
            .is_some_and(|w| lex.deal.name_links.iter().any(|l| l == w));
        let end = start + name.len();
        let next = text[end..].split_whitespace().next().unwrap_or("");
        let verb_follows = next.starts_with(char::is_lowercase)
            && !lex.deal.name_links.iter().any(|l| l == next)
            && !lex.deal.articles.iter().any(|a| a == next);
        (linked && verb_follows).then_some(last)
    }

    /// Whether a single word recurs in the article as a name of its own, never in lower case.
    fn recurs(&self, name: &str) -> bool {
        !name.contains(' ')
            && self.counts.get(&normalize(name)).is_some_and(|n| *n >= 2)
            && !self.lowercase.contains(name.to_lowercase().as_str())
            && !STOPWORDS.contains(name.to_lowercase().as_str())
    }

    fn is_known(&self, name: &str) -> bool {
        let norm = normalize(name);
        self.recurs(name)
            || self.confirmed.contains(&norm)
            || self.companies.contains(&norm)
            || looks_like_company(name)
    }
}

/// The role the words before `start` give a name: looks past up to four lower-case words
/// ("by the U.S. drug maker Catalent"), never past a comma or a stop.
fn role_of(text: &str, lower: &str, start: usize, lex: &Lexicon) -> Role {
    let mut probe = before_of(lower, start);
    // "to be purchased by Far West Financial Corp's Far West Savings": a name that a company
    // owns stands where its owner stands
    let last_word = probe.rsplit(' ').next().unwrap_or("");
    let owner = strip_possessive(last_word);
    if owner.len() < last_word.len() && has_legal_form(owner) {
        let mut rest = probe;
        while let Some(p) = rest.rfind(' ') {
            if !text[p + 1..].starts_with(char::is_uppercase) {
                break;
            }
            rest = rest[..p].trim_end();
        }
        probe = rest;
    }
    // "Brisamar y la compañía Lumetra": a company word (and the adjectives after it) stands
    // for the name it introduces, so the conjunction before it joins the name
    // (the words it takes count against the look-back where adjectives follow it; where they
    // precede it, they take the look-back's words: "in the French pen firm Waterman")
    let mut intro_words = 0;
    if let Some(rest) = before_intro(text, probe, lex) {
        if lex.deal.adjectives_follow {
            intro_words = probe[rest.len()..].split_whitespace().count();
        }
        probe = rest;
    }
    // Only articles may stand between a conjunction and the name it joins ("and the Acme
    // group"); prepositions reach over descriptive words ("by the U.S. drug maker Catalent").
    let mut adjacent = true;
    // Only lower-case words other than articles so far ("de pagos Ebanx")
    let mut bare = true;
    // "in the French pen firm Waterman": where adjectives precede it, a company noun without its
    // article right before the name gives the words that describe it to the look-back
    let mut described = 0;
    if !lex.deal.adjectives_follow && intro_words == 0 {
        if let Some(rest) = before_company_noun(probe, lex) {
            probe = rest;
            described = DESCRIPTION_WORDS;
        }
    }
    // a company word and the adjectives after it take one more word: "con la aerolínea low cost"
    let look_back = ROLE_LOOK_BACK
        + described
        + usize::from(lex.deal.adjectives_follow && introduced_by_word(text, lower, start, lex));
    let mut steps = intro_words;
    while steps < look_back {
        steps += 1;
        // before the agent words: "held by" ends with "by"
        if ends_with_phrase(probe, &lex.deal.holder_markers) {
            return Role::Holder;
        }
        if ends_with_phrase(probe, &lex.deal.passive_agent) {
            return Role::Agent;
        }
        if ends_with_phrase(probe, &lex.deal.passive_agent_weak) {
            return Role::WeakAgent;
        }
        if ends_with_phrase(probe, &lex.deal.source_markers) {
            return Role::Source;
        }
        if ends_with_phrase(probe, &lex.deal.conjunctions) {
            if adjacent {
                return Role::Partner;
            }
        } else if ends_with_phrase(probe, &lex.deal.partner_markers) {
            return Role::Partner;
        } else if ends_with_phrase(probe, &lex.deal.target_markers) {
            if !adjacent && bare && partner_described(probe, lex) {
                return Role::Partner;
            }
            // "La compañía de telecomunicaciones Tigo anunció": the "de" describes the company;
            // its role is read before the description, as if the name stood there ("WOM y la
            // empresa de accesorios para celulares Popsockets concretaron alianza"), and the
            // description takes none of the look-back's words
            match described_company(text, probe, lex).filter(|_| !adjacent && bare) {
                Some(rest) => {
                    probe = rest;
                    adjacent = true;
                    bare = true;
                    steps = 0;
                    continue;
                }
                None => return Role::Object,
            }
        }
        match probe.rfind(' ') {
            Some(p) if !probe[p..].contains([',', ';', ':', '.', ')']) => {
                let word = &probe[p + 1..];
                // a digit means an amount or a date, which ends the look-back
                if word.chars().any(|c| c.is_ascii_digit()) {
                    break;
                }
                if lex.deal.articles.iter().any(|a| a == word) {
                    bare = false;
                } else if lex.deal.relative_pronouns.iter().any(|r| r == word)
                    && ends_with_phrase(probe[..p].trim_end(), &lex.deal.passive_agent)
                {
                    // "an understanding by which Nippon Life would purchase": the relative
                    // opens a clause whose subject the name is
                    break;
                } else {
                    adjacent = false;
                    bare &= text[p + 1..].starts_with(|c: char| c.is_lowercase());
                }
                probe = probe[..p].trim_end();
            }
            _ => break,
        }
    }
    // "a rescue by its largest shareholder, Japanese investment company SoftBank": a name in
    // apposition to the agent's description is the agent
    probe
        .strip_suffix(',')
        .and_then(|d| described_agent(d, lex))
        .unwrap_or(Role::Subject)
}

/// How many words that describe a company noun ("French pen" firm) a role word may stand
/// before, beyond [`ROLE_LOOK_BACK`].
const DESCRIPTION_WORDS: usize = 2;

/// `probe` without the company noun it ends with when no article stands right before that
/// noun ("the French pen firm", "the U.S. drug maker"): the nouns of the company words
/// ("the firm") without their article.
fn before_company_noun<'a>(probe: &'a str, lex: &Lexicon) -> Option<&'a str> {
    lex.deal.company_intros.iter().find_map(|intro| {
        let (article, noun) = intro.split_once(' ')?;
        if !lex.deal.articles.iter().any(|a| a == article) || !probe.ends_with(noun) {
            return None;
        }
        let rest = probe[..probe.len() - noun.len()].trim_end();
        let boundary = rest.len() < probe.len() - noun.len();
        let article_before = rest
            .rsplit(' ')
            .next()
            .is_some_and(|w| lex.deal.articles.iter().any(|a| a == w));
        (boundary && !article_before).then_some(rest)
    })
}

/// `probe` without the company word it ends with and the plain adjectives after that word ("la
/// compañía", "la aerolínea colombiana"), no marker word taken for an adjective ("il gruppo
/// guidato da").
fn before_intro<'a>(text: &str, probe: &'a str, lex: &Lexicon) -> Option<&'a str> {
    let markers = [
        &lex.deal.target_markers,
        &lex.deal.articles,
        &lex.deal.passive_agent,
        &lex.deal.passive_agent_weak,
        &lex.deal.partner_markers,
        &lex.deal.conjunctions,
        &lex.deal.source_markers,
        &lex.deal.holder_markers,
    ];
    before_company_word(text, probe, lex, |w| {
        !markers.iter().any(|list| list.iter().any(|m| m == w))
    })
}

/// The agent role of a description that `text` ends with: a passive-agent word, an article and
/// one to three lower-case words ("by its largest shareholder", "da parte del socio").
pub(super) fn described_agent(text: &str, lex: &Lexicon) -> Option<Role> {
    let mut rest = text.trim_end();
    for n in 0..4 {
        let (head, word) = rest.rsplit_once(' ')?;
        if !word.chars().all(char::is_alphabetic) {
            return None;
        }
        if n > 0 && lex.deal.articles.iter().any(|a| a == word) {
            let head = head.trim_end();
            // a weak agent word ("por", "da") also opens other phrases ("por el mercado")
            return ends_with_phrase(head, &lex.deal.passive_agent).then_some(Role::Agent);
        }
        rest = head;
    }
    None
}

/// Whether a company word stands right before `start`, or one or two lower-case words before
/// it, as the adjectives that follow the noun in the Romance languages ("la fintech argentina
/// Ualá", "la aerolínea low cost Viva Air").
fn introduced_by_word(text: &str, lower: &str, start: usize, lex: &Lexicon) -> bool {
    before_company_word(text, before_of(lower, start), lex, |_| true).is_some()
}

/// `probe` without the company word it ends with ("la compañía") and the lower-case words after
/// that word that `adjective` accepts ("la aerolínea colombiana"); `None` when it ends with none.
fn before_company_word<'a>(
    text: &str,
    mut probe: &'a str,
    lex: &Lexicon,
    adjective: impl Fn(&str) -> bool,
) -> Option<&'a str> {
    for n in 0..=MAX_FOLLOWING_ADJECTIVES {
        if let Some(len) = longest_ending(probe, &lex.deal.company_intros) {
            return Some(probe[..probe.len() - len].trim_end());
        }
        if n == MAX_FOLLOWING_ADJECTIVES || !lex.deal.adjectives_follow {
            return None;
        }
        let space = probe.rfind(' ')?;
        let word = &probe[space + 1..];
        if !(word.chars().all(|c| c.is_alphabetic() || c == '-')
            && text[space + 1..].starts_with(char::is_lowercase)
            && adjective(word))
        {
            return None;
        }
        probe = probe[..space].trim_end();
    }
    None
}

/// The text before a company word ("la compañía", "the group") that the "of" ending `probe`
/// follows: "la compañía de telecomunicaciones Tigo" describes Tigo.
fn described_company<'a>(text: &str, probe: &'a str, lex: &Lexicon) -> Option<&'a str> {
    let marker = longest_ending(probe, &lex.deal.target_markers)?;
    let rest = probe[..probe.len() - marker].trim_end();
    // "a fabricante sul-coreana de baterias LG": the adjectives that follow the company word
    before_intro(text, rest, lex)
}

/// The length of the longest of `phrases` that `text` ends with, as a whole word.
pub(super) fn longest_ending(text: &str, phrases: &[String]) -> Option<usize> {
    phrases
        .iter()
        .filter(|p| ends_with_phrase(text, std::slice::from_ref(p)))
        .map(String::len)
        .max()
}

/// Whether the "of" that `probe` ends with belongs to a description of a partner: "con el
/// procesador de pagos Ebanx", "avec le spécialiste des paiements Acme": the description's head,
/// one word after an article, follows a partner word.
fn partner_described(probe: &str, lex: &Lexicon) -> bool {
    let Some(marker) = longest_ending(probe, &lex.deal.target_markers) else {
        return false;
    };
    let mut rest = probe[..probe.len() - marker].trim_end();
    for n in 0..2 {
        let Some((head, word)) = rest.rsplit_once(' ') else {
            return false;
        };
        if !word.chars().all(char::is_alphabetic) {
            return false;
        }
        rest = head.trim_end();
        if lex.deal.articles.iter().any(|a| a == word) {
            return n == 1
                && ends_with_phrase(rest, &lex.deal.partner_markers)
                && !ends_with_phrase(rest, &lex.deal.conjunctions);
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::company::find_companies;
    use crate::lexicon::{lexicon, Lang};

    fn parties(sentences: &[&str], lang: Lang) -> Vec<Vec<(String, Role)>> {
        let lex = lexicon(lang);
        let companies: Vec<Vec<Company>> =
            sentences.iter().map(|s| find_companies(s, lex)).collect();
        let lowers: Vec<String> = sentences
            .iter()
            .map(|s| super::super::trigger::lower_same_len(s))
            .collect();
        let survey = Survey::of(sentences, &lowers, &companies, lex);
        sentences
            .iter()
            .zip(&lowers)
            .zip(&companies)
            .map(|((s, lower), c)| {
                survey
                    .parties(s, lower, c, lex)
                    .into_iter()
                    .filter(|p| !p.person)
                    .map(|p| (p.name, p.role))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_company_word_with_its_description_does_not_make_an_object() {
        let got = parties(
            &[
                "La compañía de telecomunicaciones Tigo anunció una alianza con Nequi S.A.",
                "Tigo anunció la compra de la empresa de software Nequi S.A.",
            ],
            Lang::Es,
        );
        assert_eq!(got[0][0], ("Tigo".to_string(), Role::Subject));
        assert_eq!(got[1][1], ("Nequi S.A.".to_string(), Role::Object));
    }

    #[test]
    fn people_are_not_parties() {
        let got = parties(
            &[
                "Eddie Wu, amministratore delegato di Alibaba Cloud, ha parlato.",
                "Poi Wu ha lasciato la sala con Nvidia.",
            ],
            Lang::It,
        );
        // the person is no party; the company the person leads acts in the person's place
        assert_eq!(got[0], vec![("Alibaba Cloud".to_string(), Role::Subject)]);
        assert_eq!(got[1], vec![("Nvidia".to_string(), Role::Partner)]);
        let got = parties(
            &["Mobius, 87 anni, ha lasciato Franklin Templeton."],
            Lang::It,
        );
        assert_eq!(
            got[0],
            vec![("Franklin Templeton".to_string(), Role::Subject)]
        );
    }

    #[test]
    fn capitalised_first_words_need_confirmation() {
        let got = parties(
            &[
                "Vengono inoltre ricordati gli investimenti.",
                "Nvidia ha investito in Intel.",
                "Poi Nvidia ha firmato.",
                "Gli analisti seguono Nvidia da vicino.",
            ],
            Lang::It,
        );
        assert!(got[0].is_empty());
        assert_eq!(
            got[1],
            vec![
                ("Nvidia".to_string(), Role::Subject),
                ("Intel".to_string(), Role::Object)
            ]
        );
        assert_eq!(got[2], vec![("Nvidia".to_string(), Role::Subject)]);
        // nor is a word that is never a company after one
        let got = parties(&["Porta USB para o sistema.", "Uma porta nova."], Lang::Pt);
        assert!(got[0].is_empty(), "{got:?}");
    }

    #[test]
    fn roles_table() {
        let got = parties(
            &["Acme Corp was acquired by Widget Corp, a unit of Foo Inc."],
            Lang::En,
        );
        assert_eq!(
            got[0],
            vec![
                ("Acme Corp".to_string(), Role::Subject),
                ("Widget Corp".to_string(), Role::Agent),
                ("Foo Inc".to_string(), Role::Object)
            ]
        );
        let got = parties(&["L'acquisizione di Beta da parte di Alfa S.p.A. è stata annunciata dal gruppo Gamma."], Lang::It);
        assert_eq!(got[0][1], ("Alfa S.p.A.".to_string(), Role::Agent));
        assert_eq!(got[0][2].1, Role::WeakAgent);
    }
}
