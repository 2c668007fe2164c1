//! Turns one deal sentence into mentions: for each trigger, who acts (the subject before it, the
//! agent of a passive, or the company the previous sentences were about), who is acted on (the
//! names right after it), which amount belongs to which party, and the deal's kind refined by
//! the construction (a minority stake is an investment, a sale's buyer follows "to").

use super::parties::{
    before_of, described_agent, ends_with_phrase, longest_ending, without_leading_article, Party,
    Role,
};
use super::trigger::{contains_phrase, find_phrase, is_word_boundary, Hit, Meaning};
use super::{word_after_stake, DealType};
use crate::company::{is_name_adjective, normalize};
use crate::lexicon::Lang;
use crate::lexicon::Lexicon;
use crate::money::{Money, Stake};
use std::cell::OnceCell;
use std::ops::Deref;

/// A sentence's amounts, read the first time a deal of it needs one: most deal sentences give
/// no deal, and reading amounts is the dearest step of a sentence.
pub struct Amounts<'t> {
    text: &'t str,
    lower: &'t str,
    lang: Lang,
    read: fn(&str, &str, Lang) -> Vec<Money>,
    found: OnceCell<Vec<Money>>,
}

impl<'t> Amounts<'t> {
    /// The amounts `read` finds in `text` (and its lower case `lower`), once asked for.
    pub fn new(
        text: &'t str,
        lower: &'t str,
        lang: Lang,
        read: fn(&str, &str, Lang) -> Vec<Money>,
    ) -> Amounts<'t> {
        Amounts {
            text,
            lower,
            lang,
            read,
            found: OnceCell::new(),
        }
    }

    /// No amounts, without reading.
    pub fn none() -> Amounts<'t> {
        Amounts {
            text: "",
            lower: "",
            lang: Lang::En,
            read: |_, _, _| Vec::new(),
            found: OnceCell::from(Vec::new()),
        }
    }
}

impl Deref for Amounts<'_> {
    type Target = [Money];

    fn deref(&self) -> &[Money] {
        self.found
            .get_or_init(|| (self.read)(self.text, self.lower, self.lang))
    }
}

/// One deal read from a sentence, before the article's details are added.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub deal_type: DealType,
    pub company_a: String,
    pub company_b: Vec<String>,
    pub money: Option<Money>,
    pub stake_pct: Option<f64>,
    /// Both parties are plainly companies, or the amount is stated.
    pub explicit: bool,
}

/// What a sentence offers to its triggers.
pub struct Sentence<'a> {
    pub lower: &'a str,
    pub parties: &'a [Party],
    pub money: &'a Amounts<'a>,
    pub stakes: &'a [Stake],
    /// The company the previous sentences were about, for "the company", "it", "il gruppo".
    pub coref: Option<&'a str>,
    /// Whether that company is plainly one (legal form, acronym, introduced as a company).
    pub coref_plain: bool,
    /// The company the article is about, for "invested in the startup".
    pub main: Option<&'a str>,
    /// People named in the sentence: acquirers or investors only right before the deal word
    /// ("T. Boone Pickens to take over X", "Soon-Shiong's purchase of X").
    pub persons: &'a [Party],
}

/// How many words may stand between a person and the deal word they make.
const PERSON_REACH: usize = 3;

/// The person who acts in a directed deal: right before the deal word, with no comma and no
/// company between.
fn acting_person<'a>(s: &'a Sentence, hit: &Hit, lex: &Lexicon) -> Option<&'a Party> {
    let p = s.persons.iter().rev().find(|p| p.end <= hit.start)?;
    // "Disney Chief Executive Bob Iger led key acquisitions": the company acts through the
    // person who leads it
    let led = s.parties.iter().any(|c| {
        c.end <= p.start && {
            let title = s.lower[c.end..p.start].trim();
            lex.deal.leader_titles.iter().any(|t| t == title)
        }
    });
    if led {
        return None;
    }
    let between = &s.lower[p.end..hit.start];
    let clear = words_between(s.lower, p.end, hit.start) <= PERSON_REACH
        && !between.contains([',', ';', ':', '.'])
        && !s
            .parties
            .iter()
            .any(|c| c.start >= p.end && c.end <= hit.start);
    clear.then_some(p)
}

/// How far after a trigger its object may stand, in words.
const OBJECT_REACH: usize = 10;
/// How far after a trigger a direct object (no preposition) may stand, in words.
const DIRECT_REACH: usize = 4;
/// How far before a trigger its subject may stand, in words.
const SUBJECT_REACH: usize = 30;

/// How many words after a weak deal word may come before the word of control that makes it a
/// takeover ("purchased a majority interest in", "compró una participación mayoritaria en").
const CONTROL_REACH: usize = 3;
/// Amounts below this are prices of goods, not deal values, when they are all the evidence.
const MIN_DEAL_VALUE: f64 = 100_000.0;

/// Words a buyer follows in a sale ("sold its unit to X").
const SALE_TO: &[&str] = &[
    " to", " ad", " à", " an", " para", " para a", " al", " alla", " all", " au",
];

/// A word a buyer follows in a sale that is also an article ("a" in Portuguese: "vendeu a
/// Avon"): read only where no name follows one of [`SALE_TO`].
const SALE_TO_OR_ARTICLE: &[&str] = &[" a"];

/// Whether two names are one company: equal once normalised, or one the other's first words
/// ("Apple" and "Apple TV", "Monfort" and "Monfort of Colorado Inc").
pub fn same_company(x: &str, y: &str) -> bool {
    let (x, y) = (normalize(x), normalize(y));
    if x.is_empty() || y.is_empty() {
        return x == y;
    }
    let (short, long) = if x.len() <= y.len() {
        (&x, &y)
    } else {
        (&y, &x)
    };
    long == short || long.starts_with(short.as_str()) && long[short.len()..].starts_with(' ')
}

/// Words between two offsets; marks standing alone ("<", "-") are not words.
fn words_between(lower: &str, a: usize, b: usize) -> usize {
    if a >= b {
        return 0;
    }
    lower[a..b]
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Whether the deal word is about a counted number of the object's shares: "bought its
/// 139,200 Acme shares" (the share word after the name) or "comprato 200.000 azioni di Acme"
/// (before it, with a number before the share word).
fn counted_shares(lower: &str, hit: &Hit, object: &Party, lex: &Lexicon) -> bool {
    let nouns = &lex.deal.share_nouns;
    // an object named before the deal word ("WeWork … a buyout of existing shareholders")
    let Some(between) = lower.get(hit.end..object.start) else {
        return false;
    };
    let after = lower[object.end..].trim_start();
    let share_after = nouns
        .iter()
        .any(|n| after.starts_with(n.as_str()) && is_word_boundary(after, 0, n.len()));
    if share_after {
        return between.bytes().any(|b| b.is_ascii_digit());
    }
    nouns.iter().any(|n| {
        between.match_indices(n.as_str()).any(|(i, _)| {
            is_word_boundary(between, i, i + n.len())
                && words_between(between, i + n.len(), between.len()) <= 2
                && between[..i].bytes().any(|b| b.is_ascii_digit())
        })
    })
}

/// Whether a word for a company's holders is the object of the deal word: among the next four
/// words, before any comma ("buyout of existing shareholders", "offerta agli azionisti").
fn holders_follow(lower: &str, hit: &Hit, lex: &Lexicon) -> bool {
    let rest = &lower[hit.end..];
    let rest = &rest[..rest.find([',', ';', '.']).unwrap_or(rest.len())];
    rest.split_whitespace()
        .take(4)
        .any(|w| lex.deal.holder_nouns.iter().any(|h| h == w))
}

/// Whether the party follows one of `markers`, perhaps with an article between ("from the
/// Acme fund", "guidato da Alfa").
fn after_marker(lower: &str, p: &Party, markers: &[String], lex: &Lexicon) -> bool {
    let before = before_of(lower, p.start);
    ends_with_phrase(before, markers)
        || before.rsplit_once(' ').is_some_and(|(head, word)| {
            lex.deal.articles.iter().any(|a| a == word)
                && ends_with_phrase(head.trim_end(), markers)
        })
}

/// A round of `raiser` told with its amount and no investor.
fn unnamed_round(raiser: &str, m: &Money) -> Found {
    Found {
        deal_type: DealType::FundingRound,
        company_a: String::new(),
        company_b: vec![raiser.to_string()],
        money: Some(m.clone()),
        stake_pct: None,
        explicit: true,
    }
}

/// Whether a rest word stands right before or right after the stake's percentage.
fn rest_of_company(lower: &str, stake: &Stake, lex: &Lexicon) -> bool {
    let before = lower[..stake.start].split_whitespace().next_back();
    let after = Some(word_after_stake(&lower[stake.end..]));
    [before, after]
        .into_iter()
        .flatten()
        .any(|w| lex.deal.rest_words.iter().any(|r| r == w))
}

/// Whether a conjunction and a relative pronoun ("e che", "and which", "y que") open a new
/// clause between `a` and `b`.
fn new_relative_clause(lower: &str, a: usize, b: usize, lex: &Lexicon) -> bool {
    let words: Vec<&str> = lower[a..b]
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).any(|w| {
        lex.deal.conjunctions.iter().any(|c| c == w[0])
            && lex.deal.relative_pronouns.iter().any(|r| r == w[1])
    })
}

/// How many of the words between `a` and `b` belong to the `spans` that lie there.
fn words_in_spans(
    lower: &str,
    spans: impl Iterator<Item = (usize, usize)>,
    a: usize,
    b: usize,
) -> usize {
    spans
        .filter(|(start, end)| *start >= a && *end <= b)
        .map(|(start, end)| words_between(lower, start, end))
        .sum()
}

/// How many of the words between `a` and `b` belong to amounts ("of $115 million by X").
fn amount_words(s: &Sentence, a: usize, b: usize) -> usize {
    words_in_spans(s.lower, s.money.iter().map(|m| (m.start, m.end)), a, b)
}

/// The words between `a` and `b` that tell a stake ("acquire new stock representing a 16 pct
/// interest in …"): they do not put the company further from its deal word.
fn stake_words(s: &Sentence, a: usize, b: usize) -> usize {
    words_in_spans(s.lower, s.stakes.iter().map(|st| (st.start, st.end)), a, b)
}

/// Whether `gap`, the words before a name, holds a comma and a conjunction that open a clause
/// of their own: ", y luego habló con" (not ", and" or ", and the" before the last of a list).
fn new_coordinate(gap: &str, lex: &Lexicon) -> bool {
    gap.split(',').skip(1).any(|part| {
        let mut words = part.split_whitespace();
        words
            .next()
            .is_some_and(|w| lex.deal.conjunctions.iter().any(|c| c == w))
            && words.count() >= 2
    })
}

fn crosses_clause(lower: &str, a: usize, b: usize) -> bool {
    a < b && lower[a..b].contains([';', ':', '?', '!'])
}

/// How many words of a place may stand before an adjective made of it ("New York-based").
const PLACE_WORDS: usize = 2;

fn follows(lower: &str, start: usize, words: &[&str]) -> bool {
    let before = lower[..start]
        .trim_end()
        .trim_end_matches(['(', '"', '“', '«', '<'])
        .trim_end();
    let ends = |before: &str| {
        let padded = format!(" {before}");
        words
            .iter()
            .any(|w| padded.ends_with(w) || padded.ends_with(&format!("{w} the")))
    };
    if ends(before) {
        return true;
    }
    // "to Montreal-based Taurus", "to New York-based Acme": the adjective and the words of
    // its place stand between the marker and the name
    let Some((mut rest, last)) = before.rsplit_once(' ') else {
        return false;
    };
    if !is_name_adjective(last) {
        return false;
    }
    for _ in 0..=PLACE_WORDS {
        if ends(rest) {
            return true;
        }
        match rest.rsplit_once(' ') {
            Some((r, _)) => rest = r,
            None => return false,
        }
    }
    false
}

/// Whether the deal word stands in a passive clause: an auxiliary just before it, or an agent
/// marker that ends it ("pasó a manos de", "came under the control of").
fn is_passive(lower: &str, hit: &Hit, lex: &Lexicon) -> bool {
    if ends_with_phrase(&lower[hit.start..hit.end], &lex.deal.passive_agent) {
        return true;
    }
    let before = lower[..hit.start].trim_end();
    let tail: String = before
        .split_whitespace()
        .rev()
        .take(3)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<Vec<_>>()
        .join(" ");
    contains_phrase(&tail, &lex.deal.passive_aux)
}

/// How many words may stand between a deal word and an agent named in apposition to its
/// description ("rescue by its largest shareholder, Japanese investment company SoftBank").
const APPOSITION_REACH: usize = 8;

/// Whether `p` is named in apposition to the description of the deal word's agent that
/// follows the deal word: "a rescue by its largest shareholder, Japanese investment company
/// SoftBank".
fn in_apposition(s: &Sentence, hit: &Hit, p: &Party, lex: &Lexicon) -> bool {
    let between = &s.lower[hit.start..p.start];
    let Some((description, apposition)) = between.split_once(',') else {
        return false;
    };
    // "... by a quota arrangement, Martinez said": a speaker after the comma
    let spoken = s.lower[p.end..]
        .split_whitespace()
        .next()
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphabetic()))
        .is_some_and(|w| lex.deal.reporting_verbs.iter().any(|v| v == w));
    words_between(s.lower, hit.end, p.start) <= APPOSITION_REACH
        && !apposition.contains([',', ';', ':', '(', ')'])
        && !spoken
        && described_agent(description, lex).is_some()
}

/// How many words may stand between a verb-final passive's agent and its deal word.
const VERB_FINAL_REACH: usize = 2;

/// The name right before a deal word that a clause putting its verb last ends on, with the
/// subject before it: the name's index when it stands close to the deal word, the subject is
/// one, and the words between subject and name, with no comma, hold one of `auxiliaries`.
fn verb_final_name(s: &Sentence, hit: &Hit, auxiliaries: &[String]) -> Option<(usize, Role)> {
    let (i, p) = last_party_before(s, hit)?;
    let close = words_between(s.lower, p.end, hit.start) - amount_words(s, p.end, hit.start)
        <= VERB_FINAL_REACH
        && !s.lower[p.end..hit.start].contains(',');
    let subject = s.parties[..i].last()?;
    let between = &s.lower[subject.end..p.start];
    (close
        && subject.role == Role::Subject
        && !between.contains(',')
        && contains_phrase(between, auxiliaries))
    .then_some((i, p.role))
}

/// The agent of a passive clause that puts its verb last, standing before the deal word:
/// "Die Lumetra GmbH wird von der Brisamar AG übernommen". The agent is the first name after
/// the auxiliary, and the subject stands before the auxiliary ("Die Brisamar AG wird die Lumetra
/// GmbH von der Harlow AG übernehmen" is active: X takes it over from Harlow).
fn verb_final_agent(s: &Sentence, hit: &Hit, lex: &Lexicon) -> Option<usize> {
    if !lex.deal.verb_final {
        return None;
    }
    verb_final_name(s, hit, &lex.deal.passive_aux)
        .filter(|(_, role)| matches!(role, Role::Agent | Role::WeakAgent))
        .map(|(i, _)| i)
}

/// The object of an active clause that puts its verb last, in a tense made with an
/// auxiliary: "Die Brisamar AG hat die Lumetra GmbH übernommen". The object is the name right
/// before the deal word, and the subject stands before the auxiliary.
fn verb_final_object(s: &Sentence, hit: &Hit, lex: &Lexicon) -> Option<usize> {
    if !lex.deal.verb_final || lex.deal.perfect_aux.is_empty() {
        return None;
    }
    verb_final_name(s, hit, &lex.deal.perfect_aux)
        .filter(|(_, role)| *role == Role::Subject)
        .map(|(i, _)| i)
}

/// Whether the deal word's object is the company's own, told by a possessive ("to acquire its
/// stock") or a company word ("to acquire the company").
fn owned_object(lower: &str, hit: &Hit, lex: &Lexicon) -> bool {
    let rest = lower[hit.end..].trim_start();
    let first = rest.split_whitespace().next().unwrap_or("");
    lex.deal.possessives.iter().any(|p| p == first)
        || lex
            .deal
            .company_intros
            .iter()
            .any(|c| rest.starts_with(c.as_str()) && is_word_boundary(rest, 0, c.len()))
}

/// The bidder of an offer made "by" a company "to" do the deal ("rejected a proposal by
/// Diagnostic Retrieval Systems Inc to acquire its stock"): the agent of the offer word, right
/// before the purpose word and the deal word.
fn offer_agent(s: &Sentence, hit: &Hit, lex: &Lexicon) -> Option<usize> {
    let (i, p) = last_party_before(s, hit)?;
    let between = s.lower[p.end..hit.start].trim();
    let before = before_of(s.lower, p.start);
    (p.role == Role::Agent
        && !p.person
        && lex.deal.purpose_markers.iter().any(|m| m == between)
        && lex.deal.passive_agent.iter().any(|a| {
            before.strip_suffix(a.as_str()).is_some_and(|head| {
                head.ends_with(' ')
                    && head
                        .split_whitespace()
                        .next_back()
                        // "un'offerta": after an elided article
                        .and_then(|w| w.rsplit(['\'', '’']).next())
                        .is_some_and(|w| is_offer_word(w, lex))
            })
        }))
    .then_some(i)
}

/// The company a deal is done for when the sentence says so after the deal word: "on behalf
/// of X" names it, "on its behalf" points to the sentence's first company.
fn principal(s: &Sentence, hit: &Hit, lex: &Lexicon) -> Option<usize> {
    let rest = &s.lower[hit.end..];
    if let Some(at) = find_phrase(rest, &lex.deal.behalf_of) {
        let from = hit.end + at;
        return s
            .parties
            .iter()
            .position(|p| p.start > from && words_between(s.lower, from, p.start) <= 4);
    }
    find_phrase(rest, &lex.deal.behalf_own)?;
    s.parties
        .iter()
        .position(|p| p.role == Role::Subject && p.end <= hit.start)
}

/// The two companies that "the two companies" a few words before an undirected deal word, or
/// right after it ("a merger of the two companies"), stands for: the first two names written
/// before it.
fn both_parties(s: &Sentence, hit: &Hit, lex: &Lexicon) -> Option<(usize, usize)> {
    let window_start = s.lower[..hit.start]
        .char_indices()
        .rev()
        .filter(|(_, c)| c.is_whitespace())
        .nth(6)
        .map_or(0, |(i, _)| i);
    let before = find_phrase(&s.lower[window_start..hit.start], &lex.deal.both_parties)
        .map(|at| window_start + at);
    let after = || {
        let at = hit.end + find_phrase(&s.lower[hit.end..], &lex.deal.both_parties)?;
        (words_between(s.lower, hit.end, at) <= 1).then_some(hit.start)
    };
    let at = before.or_else(after)?;
    let mut named = s.parties.iter().enumerate().filter(|(_, p)| p.end <= at);
    let (x, first) = named.next()?;
    let (y, _) = named.find(|(_, p)| !same_company(&p.name, &first.name))?;
    Some((x, y))
}

/// The doer of a deal noun written as a possessive a few words before it ("Santos Ltd's 4.00 dlr
/// a share takeover bid"), and the company named first in the sentence before it, its target.
fn possessive_doer(s: &Sentence, hit: &Hit) -> Option<(usize, usize)> {
    let (doer, p) = last_party_before(s, hit)?;
    if !owns_deal_word(s, p, hit) {
        return None;
    }
    let target = s.parties[..doer]
        .iter()
        .position(|q| q.role == Role::Subject && !same_company(&q.name, &p.name))?;
    Some((doer, target))
}

/// The bidder of an offer named by the company written right before it, with nothing but
/// its ticker between ("rejects Mark IV Industries tender offer", "Pepsico Inc acquisition
/// offer"), and the subject before that name, its target.
fn adjunct_bidder(s: &Sentence, hit: &Hit, lex: &Lexicon) -> Option<(usize, usize)> {
    let phrase = &s.lower[hit.start..hit.end];
    let offered = phrase
        .split_whitespace()
        .last()
        .is_some_and(|w| is_offer_word(w, lex))
        || offer_follows(s.lower, hit, lex);
    if !offered {
        return None;
    }
    let (bidder, p) = last_party_before(s, hit)?;
    let between = s.lower[p.end..hit.start].trim();
    let ticker_only = between.is_empty()
        || between.starts_with('<') && between.ends_with('>') && !between.contains(' ');
    if !ticker_only || is_possessive(s.lower, p) {
        return None;
    }
    let target = s.parties[..bidder].iter().rposition(|q| {
        q.role == Role::Subject
            && !same_company(&q.name, &p.name)
            && !crosses_clause(s.lower, q.end, p.start)
    })?;
    Some((bidder, target))
}

/// Whether `word` names an offer ("offer", "proposal", "bid").
fn is_offer_word(word: &str, lex: &Lexicon) -> bool {
    lex.deal.offer_words.iter().any(|o| o == word)
}

/// Whether the word right after the trigger names an offer ("takeover bid", "merger
/// proposal").
fn offer_follows(lower: &str, hit: &Hit, lex: &Lexicon) -> bool {
    lower[hit.end..]
        .split_whitespace()
        .next()
        .is_some_and(|w| is_offer_word(w.trim_end_matches([',', '.', ';']), lex))
}

/// Whether a definite article stands right before the trigger ("the merger", "l'acquisizione").
fn definite_before(lower: &str, hit: &Hit, lex: &Lexicon) -> bool {
    let before = lower[..hit.start].trim_end();
    let word = before.rsplit(' ').next().unwrap_or(before);
    lex.deal.articles.iter().any(|a| a == word)
        && !lex.deal.indefinite_articles.iter().any(|a| a == word)
}

/// Whether a past participle follows a deal noun directly and leads, within a few words, to
/// the name at `to`: "l'acquisizione portata a termine dal LSE", "la compra realizada por X".
/// So does a deal word that is itself a participle: "acquisita da Alfa", "partecipata al 60%
/// dal gruppo Beta".
fn participle_after(lower: &str, hit: &Hit, to: usize, lex: &Lexicon) -> bool {
    let participle = |word: &str| {
        word.chars().count() > 4
            && lex
                .deal
                .participle_endings
                .iter()
                .any(|e| word.ends_with(e.as_str()))
    };
    let between = &lower[hit.end..to];
    if participle(&lower[hit.start..hit.end]) && !between.contains([',', ';']) {
        return words_between(lower, hit.end, to) <= 4;
    }
    // "la inversión fue realizada por X": an auxiliary may come first; an acronym in brackets
    // after the deal word is no word of the clause ("la oferta (OPA) promovida pela X")
    let words: Vec<&str> = between
        .split_whitespace()
        .filter(|w| {
            w.chars().any(char::is_alphanumeric) && !(w.starts_with('(') && w.ends_with(')'))
        })
        .take(3)
        .collect();
    let aux = (1..=2)
        .rev()
        .find(|n| {
            words.len() > *n
                && lex
                    .deal
                    .passive_aux
                    .iter()
                    .any(|a| *a == words[..*n].join(" "))
        })
        .unwrap_or(0);
    let right_after = words.get(aux).is_some_and(|word| {
        participle(word.trim_end_matches([',', ';']))
            && words_between(lower, hit.end, to) <= 5 + aux
    });
    // "l'offerta pubblica di acquisto sulle proprie azioni promossa dalla JSC", "the offer for
    // its shares announced by Acme": a participle right before the agent's marker, after a
    // short phrase of the deal noun's own
    let before_agent = || {
        let before = before_of(lower, to);
        agent_marker(before, lex).is_some_and(|m| {
            let rest = before[..before.len() - m].trim_end();
            rest.len() >= hit.end
                && !lower[hit.end..to].contains([',', ';', ':'])
                && words_between(lower, hit.end, to) <= PARTICIPLE_PHRASE_REACH
                && rest
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| rest.len() > hit.end && participle(w))
        })
    };
    right_after || before_agent()
}

/// How many words may stand between a deal noun and the agent after its participle ("sulle
/// proprie azioni promossa dalla").
const PARTICIPLE_PHRASE_REACH: usize = 7;

/// How many words may open a sentence before its group's "led by" ("An investor group led by").
const GROUP_OPENING: usize = 3;
/// How many words may describe a group's leader after "led by" ("New York investor").
const LEADER_REACH: usize = 4;

/// The leader of a group that opens the sentence as its subject ("A group led by New York
/// investor Mario Gabelli said it has acquired..."): the group's deals are the leader's. A
/// company or a person.
fn group_leader<'a>(s: &Sentence<'a>, hit: &Hit, lex: &Lexicon) -> Option<&'a Party> {
    let head = &s.lower[..hit.start];
    let (at, len) = lex
        .deal
        .group_leads
        .iter()
        .filter_map(|p| {
            head.match_indices(p.as_str())
                .find(|(i, _)| is_word_boundary(head, *i, i + p.len()))
                .map(|(i, _)| (i, p.len()))
        })
        .min()?;
    // the group opens the sentence, or the clause a reporting verb opens
    let opening = lex
        .deal
        .reporting_verbs
        .iter()
        .filter_map(|v| {
            head[..at]
                .match_indices(v.as_str())
                .filter(|(i, _)| is_word_boundary(head, *i, i + v.len()))
                .map(|(i, _)| i + v.len())
                .last()
        })
        .max()
        .unwrap_or(0);
    if words_between(s.lower, opening, at) > GROUP_OPENING {
        return None;
    }
    let end = at + len;
    s.parties
        .iter()
        .chain(s.persons)
        .filter(|p| p.start >= end && p.end <= hit.start)
        .filter(|p| words_between(s.lower, end, p.start) <= LEADER_REACH)
        .min_by_key(|p| p.start)
}

/// Whether a deal word is a holding being shrunk ("cut its stake", "lowered their stake").
fn is_cut(lower: &str, hit: &Hit, lex: &Lexicon) -> bool {
    let mut words = lower[..hit.start].split_whitespace().rev();
    let mut word = words.next();
    if word.is_some_and(|w| lex.deal.articles.iter().any(|a| a == w)) {
        word = words.next();
    }
    word.is_some_and(|w| lex.deal.stake_cuts.iter().any(|c| c == w))
}

/// How many words may stand between a deal word and the company its offer comes from.
const BIDDER_REACH: usize = 6;

/// The company an offer comes from, a few words after the deal word ("a takeover offer from
/// X", "a buyout proposal from X", "a tender offer for its stock from X"): the bidder. The
/// source marker follows the offer word, or what the offer is for ("a bid pending advice from
/// X" names an adviser).
fn bidder(s: &Sentence, hit: &Hit, lex: &Lexicon) -> Option<usize> {
    s.parties.iter().position(|p| {
        p.role == Role::Source
            && p.start >= hit.end
            && words_between(s.lower, hit.end, p.start) <= BIDDER_REACH
            && !s.lower[hit.end..p.start].contains([',', ';', ':'])
            && (offered_by(&s.lower[hit.start..p.start], lex) || invested_by(s, hit, p, lex))
    })
}

/// Whether a word for money given is followed by the source marker before `p` ("a lifeline
/// from investor SoftBank", "an injection of $5 million from Widget"): money from `p`. Not for
/// shares bought: "a stake in X from Y", "the acquisition of X from Y" name the seller.
fn invested_by(s: &Sentence, hit: &Hit, p: &Party, lex: &Lexicon) -> bool {
    hit.meaning == Meaning::Deal(DealType::Investment)
        && lex
            .deal
            .money_nouns
            .iter()
            .any(|m| *m == s.lower[hit.start..hit.end])
        && s.lower[hit.end..p.start]
            .split_whitespace()
            .any(|w| lex.deal.source_markers.iter().any(|m| m == w))
}

/// Whether `span`, which runs up to a source's name, holds an offer word followed by its
/// marker ("offer from rival"), or by what it is for ("offer for its stock from").
fn offered_by(span: &str, lex: &Lexicon) -> bool {
    let words: Vec<&str> = span.split_whitespace().collect();
    let Some(at) = words.iter().rposition(|w| is_offer_word(w, lex)) else {
        return false;
    };
    words.get(at + 1).is_some_and(|next| {
        lex.deal.source_markers.iter().any(|m| m == next)
            || lex.deal.target_markers.iter().any(|m| m == next)
    })
}

/// How many words after a deal noun its clause's verb may stand.
const COPULA_REACH: usize = 6;

/// Whether a weak deal noun names a holding, not a deal: owned by the name right before it,
/// with a copula for the clause's verb ("as long as Roland's stake in X is below five pct").
fn is_holding(s: &Sentence, hit: &Hit, lex: &Lexicon) -> bool {
    let Some((_, p)) = last_party_before(s, hit).filter(|_| hit.weak) else {
        return false;
    };
    let between = s.lower[p.end..hit.start].trim();
    let owned = ["'s", "’s"].contains(&between) || between.is_empty() && is_possessive(s.lower, p);
    let clause = s.lower[hit.end..]
        .split([',', ';', ':'])
        .next()
        .unwrap_or("");
    owned
        && clause
            .split_whitespace()
            .take(COPULA_REACH)
            .any(|w| lex.deal.copulas.iter().any(|c| c == w))
}

/// How many words may describe a sale's buyer between "to" and its name.
const BUYER_REACH: usize = 4;

/// The buyer in a sale: the first name after the trigger right after "to", else, when a
/// company sells what it owns, a name a few describing words after the first "to" ("to rival
/// <X>", "to an affiliate of X", "to the newly formed X"), passing over a place in the
/// possessive ("to Norway's <X>"). Goods are sold "to investment dealers X" too.
fn sale_buyer(s: &Sentence, hit: &Hit, owned: bool, lex: &Lexicon) -> Option<usize> {
    // "according to InfoNation", "gracias a X": a "to" that names no recipient
    let after = |p: &Party| {
        p.start >= hit.end
            && !crosses_clause(s.lower, hit.end, p.start)
            && !ends_with_phrase(before_of(s.lower, p.start), &lex.deal.not_recipients)
    };
    // "vendeu a Avon para a Unilever": where "a" is also an article, a name after an
    // unambiguous marker is the buyer first
    for markers in [SALE_TO, SALE_TO_OR_ARTICLE] {
        if let Some(i) = s.parties.iter().position(|p| {
            after(p) && follows(s.lower, p.start, markers) && !is_possessive(s.lower, p)
        }) {
            return Some(i);
        }
    }
    if !owned {
        return None;
    }
    let to = hit.end + s.lower[hit.end..].find(" to ")? + " to ".len();
    s.parties.iter().position(|p| {
        after(p)
            && p.start >= to
            && words_between(s.lower, to, p.start) <= BUYER_REACH
            && !s.lower[to..p.start].contains([',', ';', '(', '"'])
            && !is_possessive(s.lower, p)
    })
}

/// How many words may stand between a possessive name and the deal word it owns.
const OWNER_REACH: usize = 6;

/// Whether a name in the possessive owns the deal word a few words after it, in the same
/// clause ("Santos Ltd's 4.00 dlr a share takeover bid").
fn owns_deal_word(s: &Sentence, p: &Party, hit: &Hit) -> bool {
    p.end <= hit.start
        && is_possessive(s.lower, p)
        && words_between(s.lower, p.end, hit.start) <= OWNER_REACH
        && !s.lower[p.end..hit.start].contains([',', ';', '(', ':'])
}

/// Whether a name after a preposition owns the deal told just after it: "the terms of TXL's
/// offer to acquire Arnox", "requirements for Stone's proposed 32.25 dlr per share cash
/// acquisition of Southwest". The owner is the deal's doer.
fn owns_deal(s: &Sentence, p: &Party, hit: &Hit) -> bool {
    matches!(p.role, Role::Object | Role::Partner) && owns_deal_word(s, p, hit)
}

/// Whether a name set right before a deal noun, with nothing but its ticker between, and
/// the noun's object after it, names the noun's doer where adjectives precede nouns: "sparked
/// by the News Corp Ltd <NCPA.S> takeover of the Herald", "the Pepsico acquisition of X".
fn compound_doer(s: &Sentence, p: &Party, hit: &Hit, lex: &Lexicon) -> bool {
    let after = s.lower[hit.end..].trim_start();
    !lex.deal.adjectives_follow
        && p.end <= hit.start
        && matches!(
            p.role,
            Role::Agent | Role::WeakAgent | Role::Object | Role::Partner
        )
        && skip_ticker(&s.lower[p.end..hit.start]).is_empty()
        && lex
            .deal
            .target_markers
            .iter()
            .any(|m| after.starts_with(m.as_str()) && is_word_boundary(after, 0, m.len()))
}

/// Whether a name in the possessive is followed by something it owns other than its equity:
/// "Enim Oil's production share", not "Acme's outstanding shares".
fn part_of_possession(lower: &str, p: &Party, lex: &Lexicon) -> bool {
    if !is_possessive(lower, p) || lex.deal.equity_words.is_empty() {
        return false;
    }
    // the possessive's "'s" is in the name or right after it
    let rest = lower[p.end..]
        .trim_start_matches(['\'', '’', 's'])
        .trim_start();
    let clause = rest.split([',', ';', ':', '(']).next().unwrap_or("");
    let mut words = clause
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .take(EQUITY_REACH)
        .peekable();
    // a name that ends its clause owns nothing told after it
    words.peek().is_some() && !words.any(|w| lex.deal.equity_words.iter().any(|e| e == w))
}

/// How many words after a possessive name its equity word may stand ("Pioneer's 99.80 mln
/// issued shares").
const EQUITY_REACH: usize = 4;

/// Whether a name stands in the possessive ("Norway's", "Acme's").
fn is_possessive(lower: &str, p: &Party) -> bool {
    let name = &lower[p.start..p.end];
    let rest = &lower[p.end..];
    ["'s", "’s"]
        .iter()
        .any(|s| name.ends_with(s) || rest.starts_with(s))
}

/// How many words may open what a company sells before the possessive: "one of its", "the
/// assets of its".
const PARTITIVE_WORDS: usize = 3;

/// Whether a sale trigger is followed by a possessive: a company selling what it owns ("sell
/// its sawmill", "the sale of their stake"), or a part of it ("selling one of its
/// subsidiaries", "the sale of the assets of its stores").
fn sells_own(lower: &str, hit: &Hit, lex: &Lexicon) -> bool {
    let is_possessive = |w: &str| lex.deal.possessives.iter().any(|p| p == w);
    let words: Vec<&str> = lower[hit.end..]
        .split_whitespace()
        .take(PARTITIVE_WORDS + 2)
        .collect();
    // "vendere la sua quota": an article may stand before the possessive
    let article = |w: &str| lex.deal.articles.iter().any(|a| a == w);
    let owned_from = usize::from(
        words
            .first()
            .is_some_and(|w| article(w) && !is_possessive(w)),
    );
    if words.get(owned_from).is_some_and(|w| is_possessive(w)) {
        return true;
    }
    // "one of its": the possessive after the partitive's "of" (the target marker)
    words
        .windows(2)
        .take(PARTITIVE_WORDS + 1)
        .any(|pair| lex.deal.target_markers.iter().any(|m| m == pair[0]) && is_possessive(pair[1]))
        && !words
            .iter()
            .take_while(|w| !is_possessive(w))
            .any(|w| w.contains([',', ';', ':']))
}

/// The name written last before the trigger, with its index.
fn last_party_before<'a>(s: &Sentence<'a>, hit: &Hit) -> Option<(usize, &'a Party)> {
    s.parties
        .iter()
        .enumerate()
        .rev()
        .find(|(_, p)| p.end <= hit.start)
}

/// The party a relative clause before the trigger refers to: "Meetup, which it acquired",
/// "Beta, che Alfa ha rilevato".
fn relative_antecedent(s: &Sentence, hit: &Hit, lex: &Lexicon) -> Option<usize> {
    let (i, p) = last_party_before(s, hit)?;
    let between = s.lower[p.end..hit.start].trim_start();
    let rest = between.strip_prefix(',')?.trim_start();
    let pronoun = lex.deal.relative_pronouns.iter().any(|w| {
        rest.starts_with(w.as_str()) && rest[w.len()..].starts_with(|c: char| !c.is_alphanumeric())
    });
    (pronoun && words_between(s.lower, p.end, hit.start) <= 5).then_some(i)
}

/// The name a relative clause that tells the deal is about, when that name is not the
/// clause's object and stands where no subject does: "a second bid has come from Siemens AG,
/// which hopes to take a 20 pct stake in CGCT" (not "Meetup, which it acquired").
fn relative_subject(s: &Sentence, hit: &Hit, lex: &Lexicon) -> Option<usize> {
    let (i, p) = last_party_before(s, hit)?;
    let clause = skip_ticker(&s.lower[p.end..hit.start]).strip_prefix(',')?;
    let mut words = clause.split_whitespace();
    let pronoun = words
        .next()
        .is_some_and(|w| lex.deal.relative_pronouns.iter().any(|r| r == w));
    let object = words
        .next()
        .is_some_and(|w| lex.deal.subject_pronouns.iter().any(|x| x == w));
    (pronoun
        && !object
        && matches!(p.role, Role::Source | Role::Agent | Role::WeakAgent)
        && !p.person
        && !clause.contains([',', ';', ':', '(', ')'])
        && words_between(clause, 0, clause.len()).saturating_sub(amount_words(s, p.end, hit.start))
            <= RELATIVE_CLAUSE_REACH)
        .then_some(i)
}

/// `text` without the spaces and the bracketed ticker it opens with ("<SIEG.F>, which",
/// "(NASDAQ:TSLA), which").
fn skip_ticker(text: &str) -> &str {
    let text = text.trim_start();
    for (open, close) in [('<', '>'), ('(', ')')] {
        if let Some(rest) = text.strip_prefix(open) {
            if let Some(end) = rest.find(close) {
                let ticker = &rest[..end];
                if ticker.len() <= MAX_TICKER_BYTES && !ticker.contains(' ') {
                    return rest[end + 1..].trim_start();
                }
            }
        }
    }
    text
}

/// The longest ticker in brackets after a name ("<nasdaq:tsla>"), in bytes.
const MAX_TICKER_BYTES: usize = 16;

/// The doer of a deal verb in the gerund ("Microsoft a envoyé un message à son rival Sony en
/// rachetant ZeniMax"): the clause's subject, the first name of the sentence in that role.
fn gerund_subject(s: &Sentence, hit: &Hit, lex: &Lexicon) -> Option<usize> {
    let word = s.lower[..hit.start].split_whitespace().next_back()?;
    if !lex.deal.gerund_markers.iter().any(|m| m == word) {
        return None;
    }
    s.parties
        .iter()
        .position(|p| p.role == Role::Subject && p.end <= hit.start && !p.person)
}

/// How many words a relative clause may run before its deal word ("which hopes to take a
/// 20 pct stake"), amounts aside.
const RELATIVE_CLAUSE_REACH: usize = 7;

/// Whether the words between two names only join them in a list, and whether they hold a
/// joining word: a comma, a conjunction or a list joiner, an article, and after a joining
/// word at most two describing words ("ou encore le groupe chinois").
fn joins_list(between: &str, lex: &Lexicon) -> (bool, bool) {
    let t = between.trim();
    let (comma, t) = match t.strip_prefix(',') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, t),
    };
    let mut words: Vec<&str> = t.split_whitespace().collect();
    let joiner = joiner_len(&words, lex);
    if let Some(n) = joiner {
        words.drain(..n);
    }
    if !comma && joiner.is_none() {
        return (false, false);
    }
    if words
        .first()
        .is_some_and(|w| lex.deal.articles.iter().any(|a| a == w))
    {
        words.remove(0);
    }
    let marker = |w: &str| {
        [
            &lex.deal.target_markers,
            &lex.deal.partner_markers,
            &lex.deal.source_markers,
            &lex.deal.passive_agent,
            &lex.deal.passive_agent_weak,
        ]
        .iter()
        .any(|list| list.iter().any(|m| m == w))
    };
    let room = if joiner.is_some() { 2 } else { 0 };
    let ok = words.len() <= room
        && words
            .iter()
            .all(|w| w.chars().all(char::is_alphabetic) && !marker(w));
    (ok, joiner.is_some())
}

/// The first object and the objects listed right after it ("Widget Inc, Gadget Ltd and
/// Sprocket Co"), in order. Only names with a legal form are listed: "and" also joins the
/// words of one name ("Farmers and Merchants Bank", "Harper and Row").
fn listed_objects(s: &Sentence, objects: &[usize], lex: &Lexicon) -> Vec<usize> {
    let mut chain = vec![objects[0]];
    // the names right after the first, however far the list runs from the deal word
    for o in objects[0] + 1..s.parties.len() {
        let last = chain[chain.len() - 1];
        let (prev, next) = (&s.parties[last], &s.parties[o]);
        if next.start < prev.end
            || !matches!(next.role, Role::Object | Role::Subject | Role::Partner)
        {
            break;
        }
        let between = &s.lower[prev.end..next.start];
        let names = prev.legal && next.legal && joins_list(between, lex).0;
        if !names && !joins_part(between, lex) {
            break;
        }
        chain.push(o);
    }
    chain
}

/// The names listed right after an identity opener at the start of a sentence ("Se trata de
/// La Haus y Amarilo que …", "Il s'agit de A et B"), at least two, in order; `None` otherwise.
pub fn identified_names(lower: &str, parties: &[Party], lex: &Lexicon) -> Option<Vec<usize>> {
    let t = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    let opened = lower.len() - t.len();
    let opener = lex
        .deal
        .identity_openers
        .iter()
        .filter(|o| t.starts_with(o.as_str()) && !t[o.len()..].starts_with(char::is_alphanumeric))
        .map(String::len)
        .max()?;
    let after = opened + opener;
    let first = parties
        .iter()
        .position(|p| p.start >= after && !p.person && words_between(lower, after, p.start) <= 2)?;
    let mut names = vec![first];
    for (i, p) in parties.iter().enumerate().skip(first + 1) {
        let last = &parties[names[names.len() - 1]];
        if p.person || p.start < last.end || !joins_list(&lower[last.end..p.start], lex).0 {
            break;
        }
        names.push(i);
    }
    (names.len() >= 2).then_some(names)
}

/// Whether the words between two objects list a part of the second company as bought too: a
/// joining word, an article, a part noun and, after it, the word that names whose part it is
/// ("… de Ebury o los activos tecnológicos de la fintech alemana Wirecard", "and the brands
/// of Gamma"). Only a whole noun phrase of this shape is read so; a bare "and" may join the
/// words of one name.
fn joins_part(between: &str, lex: &Lexicon) -> bool {
    let t = between.trim();
    let t = t.strip_prefix(',').unwrap_or(t);
    let mut words: Vec<&str> = t.split_whitespace().collect();
    match joiner_len(&words, lex) {
        Some(n) => words.drain(..n),
        None => return false,
    };
    let is = |w: &str, list: &[String]| list.iter().any(|m| m == w);
    if !words.first().is_some_and(|w| is(w, &lex.deal.articles)) {
        return false;
    }
    let Some(noun) = (1..words.len().min(4)).find(|&i| is(words[i], &lex.deal.part_nouns)) else {
        return false;
    };
    let Some(marker) =
        (noun + 1..words.len().min(noun + 4)).find(|&i| is(words[i], &lex.deal.target_markers))
    else {
        return false;
    };
    words.len() - marker - 1 <= 4
        && words[noun + 1..]
            .iter()
            .all(|w| w.chars().all(char::is_alphabetic))
}

/// How many of the first `words` make a conjunction or a list joiner ("and", "as well as"),
/// the longest that fits; `None` when they start with neither.
fn joiner_len(words: &[&str], lex: &Lexicon) -> Option<usize> {
    lex.deal
        .conjunctions
        .iter()
        .chain(&lex.deal.list_joiners)
        .map(|j| j.split_whitespace().collect::<Vec<_>>())
        .filter(|j| words.len() >= j.len() && words[..j.len()] == j[..])
        .map(|j| j.len())
        .max()
}

/// The names listed together as the subject of a trigger ("Hyundai, JVCKENWOOD and Alibaba
/// invested"), when `subject` is one of them; empty when it stands alone.
fn co_subjects(s: &Sentence, subject: usize, hit: &Hit, lex: &Lexicon) -> Vec<usize> {
    let Some(last) = s.parties.iter().rposition(|p| p.end <= hit.start) else {
        return Vec::new();
    };
    let listed = |p: &Party| matches!(p.role, Role::Subject | Role::Partner);
    if !listed(&s.parties[last])
        || crosses_clause(s.lower, s.parties[last].end, hit.start)
        || words_between(s.lower, s.parties[last].end, hit.start) > 4
    {
        return Vec::new();
    }
    let mut chain = vec![last];
    let mut k = last;
    while k > 0 && listed(&s.parties[k - 1]) {
        let (ok, joiner) = joins_list(&s.lower[s.parties[k - 1].end..s.parties[k].start], lex);
        // the last two names of a list are joined by a word, not a comma alone
        if !ok || k == last && !joiner {
            break;
        }
        chain.push(k - 1);
        k -= 1;
    }
    if chain.len() < 2 || !chain.contains(&subject) {
        return Vec::new();
    }
    chain.reverse();
    chain
}

/// Whether a name is what something is given to ("issued 23.33 mln shares to Preussag AG to
/// complete the purchase of"): a recipient, never the subject of a deal word after it.
fn recipient(lower: &str, p: &Party, lex: &Lexicon) -> bool {
    ends_with_phrase(lower[..p.start].trim_end(), &lex.deal.given_to)
}

/// How many words may stand between a subject that points back ("the firm") and its deal word.
const POINTED_REACH: usize = 2;

/// Whether the subject right before a deal word is a word for a company told before ("In
/// December, the firm bid $16.50 per share for Tribune").
fn points_back(lower: &str, hit: &Hit, lex: &Lexicon) -> bool {
    let before = &lower[..hit.start];
    lex.deal.company_intros.iter().any(|intro| {
        before
            .rmatch_indices(intro.as_str())
            .next()
            .is_some_and(|(at, _)| {
                let end = at + intro.len();
                is_word_boundary(lower, at, end)
                    && !before[end..].contains(',')
                    && words_between(lower, end, hit.start) <= POINTED_REACH
            })
    })
}

/// How many words may stand between a pair of names and the deal word they are the subject of.
const PAIR_REACH: usize = 5;

/// How many words the agent marker right before a name has ("by": 1, "por parte de": 3).
fn marker_words(s: &Sentence, p: &Party, lex: &Lexicon) -> usize {
    let before = before_of(s.lower, p.start);
    agent_marker(before, lex).map_or(1, |m| before[before.len() - m..].split_whitespace().count())
}

/// The length of the longest agent marker, strong or weak, that `before` ends with ("by", "por
/// parte de", "dalla").
fn agent_marker(before: &str, lex: &Lexicon) -> Option<usize> {
    longest_ending(before, &lex.deal.passive_agent)
        .max(longest_ending(before, &lex.deal.passive_agent_weak))
}

/// The last two names before a deal word, with the index of the second.
fn last_two_before<'a>(s: &Sentence<'a>, hit: &Hit) -> Option<(usize, &'a Party, &'a Party)> {
    let last = s.parties.iter().rposition(|p| p.end <= hit.start)?;
    Some((last, s.parties.get(last.checked_sub(1)?)?, &s.parties[last]))
}

/// The two names joined by a conjunction right before an undirected deal word, as its subject
/// ("las empresas ETB y Amazon Web Services pusieron en marcha una alianza"): the first may be
/// written as anything but a source or a holder, the second is the first's partner.
fn joined_pair_before(s: &Sentence, hit: &Hit, lex: &Lexicon) -> Option<(usize, usize)> {
    let (last, first, second) = last_two_before(s, hit)?;
    let (joined, joiner) = joins_list(&s.lower[first.end..second.start], lex);
    (second.role == Role::Partner
        && joined
        && joiner
        && !matches!(first.role, Role::Source | Role::Holder)
        && !crosses_clause(s.lower, second.end, hit.start)
        && !s.lower[second.end..hit.start].contains(',')
        // a verb stands between, not a conjunction or an article that opens another phrase
        // ("Facebook y Google y la creación de alianzas", "Alden and the Gannett merger")
        && s.lower[second.end..hit.start]
            .split_whitespace()
            .next()
            .is_some_and(|w| {
                !lex.deal.conjunctions.iter().any(|j| j == w)
                    && !lex.deal.articles.iter().any(|a| a == w)
            })
        && words_between(s.lower, second.end, hit.start) <= PAIR_REACH)
        .then_some((last - 1, last))
}

/// The two names joined by a conjunction that open the sentence as its subject, when the deal
/// word comes later as a definite noun with no name after it ("TaxExpress y Uber anunciaron el
/// lanzamiento de Uber Taxi ... con la alianza"): the alliance is theirs.
fn opening_pair(s: &Sentence, hit: &Hit, lex: &Lexicon) -> Option<(usize, usize)> {
    let (first, second) = (s.parties.first()?, s.parties.get(1)?);
    let lead = s.lower[..first.start].trim();
    let opens = lead.is_empty() || lex.deal.articles.iter().any(|a| a == lead);
    let (joined, joiner) = joins_list(&s.lower[first.end..second.start], lex);
    let verb_after = s.lower[second.end..]
        .split_whitespace()
        .next()
        .is_some_and(|w| {
            w.starts_with(char::is_alphabetic)
                && !lex.deal.conjunctions.iter().any(|c| c == w)
                && !lex.deal.articles.iter().any(|a| a == w)
                && !lex.deal.name_links.iter().any(|l| l == w)
        });
    (opens
        && joined
        && joiner
        && verb_after
        && second.role == Role::Partner
        && !first.person
        && !second.person
        && second.end <= hit.start
        && definite_before(s.lower, hit, lex)
        // "their joint venture" is one they have, not the one they make
        && !ends_with_phrase(s.lower[..hit.start].trim_end(), &lex.deal.possessives)
        && !s.parties.iter().any(|p| p.start >= hit.end)
        && !crosses_clause(s.lower, second.end, hit.start))
    .then_some((0, 1))
}

/// The two companies whose leaders, each named after the company's name, make an undirected
/// deal word together ("el presidente del Real Madrid Florentino Pérez y el CEO de Tigo Mauricio
/// Ramos firmaron una alianza"): both act through the people who lead them.
fn leaders_pair_before(s: &Sentence, hit: &Hit, lex: &Lexicon) -> Option<(usize, usize)> {
    let (last, first, second) = last_two_before(s, hit)?;
    let leader = |p: &Party| {
        s.persons
            .iter()
            .find(|q| q.start >= p.end && s.lower[p.end..q.start].trim().is_empty())
    };
    let (first_leader, second_leader) = (leader(first)?, leader(second)?);
    if second_leader.start > hit.start || first_leader.end > second.start {
        return None;
    }
    // "y el CEO de": a conjunction, then the second leader's title and its link
    let gap = s.lower[first_leader.end..second.start].trim();
    let (conjunction, rest) = gap.split_once(' ')?;
    let (rest, link) = rest.rsplit_once(' ')?;
    let rest = without_leading_article(rest, lex).trim();
    let titled = |before: &str| {
        longest_ending(before, &lex.deal.leader_titles).is_some_and(|n| n == before.len())
    };
    let opened_by_title = {
        let before = s.lower[..first.start].trim_end();
        before.rsplit_once(' ').is_some_and(|(b, l)| {
            lex.deal.name_links.iter().any(|x| x == l) && {
                let b = b.trim_end();
                longest_ending(b, &lex.deal.leader_titles).is_some()
            }
        })
    };
    (first.role == Role::Subject
        && second.role == Role::Subject
        && !first.person
        && !second.person
        && opened_by_title
        && lex.deal.conjunctions.iter().any(|c| c == conjunction)
        && lex.deal.name_links.iter().any(|l| l == link)
        && titled(rest)
        && !crosses_clause(s.lower, second_leader.end, hit.start)
        && !s.lower[second_leader.end..hit.start].contains(',')
        && words_between(s.lower, second_leader.end, hit.start) <= PAIR_REACH)
        .then_some((last - 1, last))
}

/// Whether a word of purpose ends a deal word or follows it at once ("joined forces to launch",
/// "se unieron para dar a conocer").
fn purpose_follows(lower: &str, hit: &Hit, lex: &Lexicon) -> bool {
    let mut after = lower[hit.end..].split_whitespace();
    let last = lower[hit.start..hit.end].split_whitespace().next_back();
    let (marker, verb) = if last.is_some_and(|w| lex.deal.purpose_markers.iter().any(|m| m == w)) {
        (last, after.next())
    } else {
        (after.next(), after.next())
    };
    // "to launch", not "an agreement to the Home Box Office unit"
    marker.is_some_and(|w| lex.deal.purpose_markers.iter().any(|m| m == w))
        && verb.is_some_and(|v| {
            v.starts_with(char::is_alphabetic) && !lex.deal.articles.iter().any(|a| a == v)
        })
}

/// The two names an undirected deal noun is "of", joined by a partner word ("the merger of
/// Vernitron Corp with SB Holding Corp", "la fusione di Alfa e Beta"): its two parties, whoever
/// the sentence's subject is.
fn of_pair(s: &Sentence, hit: &Hit, lex: &Lexicon) -> Option<(usize, usize)> {
    let (i, first) = s
        .parties
        .iter()
        .enumerate()
        .find(|(_, p)| p.start >= hit.end)?;
    let (j, second) = s
        .parties
        .iter()
        .enumerate()
        .find(|(_, p)| p.start >= first.end)?;
    (first.role == Role::Object
        && second.role == Role::Partner
        && !first.person
        && !second.person
        && bare_gap(&s.lower[hit.end..first.start], lex)
        && bare_gap(&s.lower[first.end..second.start], lex)
        && !s.lower[hit.end..second.start].contains([',', ';', ':']))
    .then_some((i, j))
}

/// How many describing words may stand between a marker and the name it marks.
const DESCRIBING_WORDS: usize = 2;

/// Whether the words between two places are one marker word and at most a few words that only
/// describe the name after them: "de", "de su filial", "con la compañía".
fn bare_gap(gap: &str, lex: &Lexicon) -> bool {
    // marks standing alone are no words: "the merger of (Alfa) and (Beta)"
    let mut words = gap
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric));
    if words.next().is_none() {
        return false;
    }
    let describing = |w: &str| {
        let is = |list: &[String]| list.iter().any(|x| x == w);
        is(&lex.deal.articles)
            || is(&lex.deal.part_nouns)
            || lex
                .deal
                .company_intros
                .iter()
                .any(|x| x.rsplit(' ').next() == Some(w))
    };
    let rest: Vec<&str> = words.collect();
    rest.len() <= DESCRIBING_WORDS && rest.iter().all(|w| describing(w))
}

/// The names an undirected deal word is "between", listed right after it ("la fusione tra
/// Volley Milano, Pro Victoria Monza e Avis Cernusco", "a merger between A and B"): all its
/// parties, the first one first, whoever the sentence's subject is.
fn between_list(s: &Sentence, hit: &Hit, lex: &Lexicon) -> Option<Vec<usize>> {
    let after = s.lower[hit.end..].trim_start();
    let marker = lex
        .deal
        .between_markers
        .iter()
        .find(|m| after.starts_with(m.as_str()) && is_word_boundary(after, 0, m.len()))?;
    let from = s.lower.len() - after.len() + marker.len();
    let (first, p) = s
        .parties
        .iter()
        .enumerate()
        .find(|(_, p)| p.start >= from)?;
    let lead: Vec<&str> = s.lower[from..p.start].split_whitespace().collect();
    if lead.len() > 1
        || lead
            .iter()
            .any(|w| !lex.deal.articles.iter().any(|a| a == w))
        || p.person
    {
        return None;
    }
    let mut list = vec![first];
    for (i, next) in s.parties.iter().enumerate().skip(first + 1) {
        let prev = &s.parties[list[list.len() - 1]];
        let gap = &s.lower[prev.end..next.start];
        // "una alianza entre Newlab comunidad de expertos que ... y Vertical Partners": the
        // first name's description, then the conjunction that closes the pair
        if list.len() == 1 && !next.person && closes_description(gap, lex) {
            list.push(i);
            break;
        }
        if next.person || !joins_list(gap, lex).0 {
            break;
        }
        list.push(i);
        // "A e B": a conjunction closes the list
        if joins_list(&s.lower[prev.end..next.start], lex).1 {
            break;
        }
    }
    (list.len() >= 2).then_some(list)
}

/// How many words a description of the first name "between" a deal word's pair may run to.
const DESCRIPTION_WORDS: usize = 15;

/// Whether the words between the first two names after "between" are a description of the
/// first, closed by the conjunction (and article) that brings in the second: "comunidad de
/// expertos que aplican tecnología y", ", a maker of widgets, and the". A second conjunction
/// or a clause mark inside leaves the pair unknown.
fn closes_description(gap: &str, lex: &Lexicon) -> bool {
    if gap.contains([';', ':', '(', ')']) {
        return false;
    }
    let mut words: Vec<&str> = gap
        .split_whitespace()
        .map(|w| w.trim_matches(','))
        .filter(|w| !w.is_empty())
        .collect();
    if words
        .last()
        .is_some_and(|w| lex.deal.articles.iter().any(|a| a == w))
    {
        words.pop();
    }
    let is_conjunction = |w: &&str| lex.deal.conjunctions.iter().any(|c| c == w);
    let Some((last, description)) = words.split_last() else {
        return false;
    };
    is_conjunction(last)
        && !description.is_empty()
        && description.len() <= DESCRIPTION_WORDS
        && !description.iter().any(is_conjunction)
}

/// How many words may stand between a headline's pair of names and its deal word ("agree to").
const HEADLINE_PAIR_REACH: usize = 2;

/// The two names a headline opens with, joined by a comma alone, right before an undirected
/// deal word ("Norstar Bancorp, Fleet Financial Group agree to merge"): both plainly companies,
/// so that the second is no apposition of the first.
fn comma_pair_opening(s: &Sentence, hit: &Hit) -> Option<(usize, usize)> {
    let (last, first, second) = last_two_before(s, hit)?;
    (last == 1
        && s.lower[..first.start].trim().is_empty()
        && s.lower[first.end..second.start].trim() == ","
        && first.plain_company
        && second.plain_company
        && !s.lower[second.end..hit.start].contains([',', ';', ':'])
        && words_between(s.lower, second.end, hit.start) <= HEADLINE_PAIR_REACH)
        .then_some((0, 1))
}

/// `text` up to its `n`-th whitespace character (all of it when it has fewer): its first words.
fn first_words(text: &str, n: usize) -> &str {
    let end = text
        .char_indices()
        .filter(|(_, c)| c.is_whitespace())
        .nth(n)
        .map_or(text.len(), |(i, _)| i);
    &text[..end]
}

/// The index of the first of `nouns` among `words` when a number or a cardinal word stands
/// before it ("two mln shares", "six Boeing 767 aircraft").
fn counted_noun(words: &[&str], nouns: &[String], lex: &Lexicon) -> Option<usize> {
    let at = words.iter().position(|w| nouns.iter().any(|n| n == w))?;
    words[..at]
        .iter()
        .any(|w| {
            w.starts_with(|c: char| c.is_ascii_digit())
                || lex.date.numbers.iter().flatten().any(|n| n == w)
        })
        .then_some(at)
}

/// Whether the words right after a trigger point back to a company ("invested in the
/// startup", "ha rilevato la società").
fn object_is_anaphora(s: &Sentence, hit: &Hit, lex: &Lexicon) -> bool {
    let window = first_words(&s.lower[hit.end..], 4);
    !window.contains([',', ';', ':', '.'])
        && find_phrase(window, &lex.deal.company_intros).is_some()
        && !s
            .parties
            .iter()
            .any(|p| p.start >= hit.end && p.start < hit.end + window.len())
}

/// Whether a sentence refers to a company by a word alone ("según informó la cadena", "the
/// company said"): not inside a name ("el Fondo Paneuropeo"), not describing the name before
/// it ("Propel, el fondo que gestiona"), not going on to a name or its description ("la
/// empresa de asesoramiento de X", "la firma de una alianza"). It speaks of the company the
/// article is about.
pub(super) fn names_no_company(lower: &str, parties: &[Party], lex: &Lexicon) -> bool {
    lex.deal.company_intros.iter().any(|phrase| {
        lower.match_indices(phrase.as_str()).any(|(i, _)| {
            let end = i + phrase.len();
            let window = first_words(&lower[end..], 3);
            let next = lower[end..].split_whitespace().next().unwrap_or("");
            let apposition = lower[..i]
                .trim_end()
                .strip_suffix(',')
                .is_some_and(|b| parties.iter().any(|p| p.end == b.trim_end().len()));
            is_word_boundary(lower, i, end)
                && !apposition
                && !lex.deal.name_links.iter().any(|l| l == next)
                && !parties
                    .iter()
                    .any(|p| p.end > i && p.start <= end + window.len())
        })
    })
}

/// Whether a stake word is what a sale word just before it sells ("the sale of MHI's stake in
/// Mitsubishi Motors", "sold its 20 pct stake in X"): its holder is the seller, no investor.
fn stake_sold(lower: &str, hit: &Hit, before: &[Hit]) -> bool {
    hit.meaning == Meaning::Deal(DealType::Investment)
        && before.last().is_some_and(|h| {
            h.meaning == Meaning::Sale
                && h.end <= hit.start
                && !lower[h.end..hit.start].contains([',', ';', ':'])
                && words_between(lower, h.end, hit.start) <= PARTITIVE_WORDS + 1
        })
}

/// How many words after a buy or sell word goods named without a count may stand.
const UNCOUNTED_GOODS_REACH: usize = 3;

/// How many words after a buy or sell word a counted product may be named.
const GOODS_REACH: usize = 8;

/// Whether a buy or sell word trades counted goods, not a company ("agreed to purchase six
/// Boeing Co 767-300ER aircraft", "sold 35,000 long tons", "comprará 20 aviones"): a number,
/// then a product noun, in the clause after it, and no word of a business, a stake or shares.
fn buys_goods(lower: &str, hit: &Hit, lex: &Lexicon) -> bool {
    if !matches!(
        hit.meaning,
        Meaning::Sale | Meaning::Deal(DealType::Acquisition)
    ) || lex.deal.goods_nouns.is_empty()
    {
        return false;
    }
    let rest = &lower[hit.end..];
    // a stop inside a number ("35,000 long tons", "1.5 mln") ends no clause
    let stop = rest
        .char_indices()
        .find(|(i, c)| {
            matches!(c, ',' | ';' | '.' | ':')
                && !rest[i + 1..].starts_with(|n: char| n.is_ascii_digit())
        })
        .map_or(rest.len(), |(i, _)| i);
    let clause = &rest[..stop];
    let words: Vec<&str> = clause
        .split_whitespace()
        .take(GOODS_REACH)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    // "la compra de la vacuna", "comprar presentes", "compra de votos": goods bought by
    // name, with no count
    let is = |w: &&str, list: &[String]| list.iter().any(|x| x == w);
    let object = words
        .iter()
        .find(|w| !is(w, &lex.deal.articles) && !is(w, &lex.deal.target_markers));
    if object.is_some_and(|w| is(w, &lex.deal.product_nouns) || is(w, &lex.deal.goods_nouns)) {
        return true;
    }
    // "had acquired Chinese-made Silkworm missiles": a name and the goods it names, with no
    // word of a business after them ("aircraft unit", "aircraft maker") nor before them
    if let Some(g) = words
        .iter()
        .take(UNCOUNTED_GOODS_REACH)
        .position(|w| is(w, &lex.deal.goods_nouns))
    {
        let business = |w: &&str| {
            is(w, &lex.deal.part_nouns)
                || is(w, &lex.deal.equity_words)
                || is(w, &lex.deal.share_nouns)
                || is(w, &lex.deal.target_markers)
                || lex
                    .deal
                    .company_intros
                    .iter()
                    .any(|c| c.rsplit(' ').next() == Some(*w))
        };
        if !words[..=g].iter().any(business) && !words.get(g + 1).is_some_and(business) {
            return true;
        }
    }
    let Some(noun) = counted_noun(&words, &lex.deal.goods_nouns, lex) else {
        return false;
    };
    !words[..=noun].iter().any(|w| {
        is(w, &lex.deal.part_nouns) || is(w, &lex.deal.equity_words) || is(w, &lex.deal.share_nouns)
    }) && !contains_phrase(clause, &lex.deal.share_of)
}

/// Whether a trigger is an everyday word of agreement in a sentence that tells another deal
/// ("reached an agreement with X to acquire Y", "un acuerdo con X para la compra de", "reached
/// an agreement under which X will be merged into Y"): the agreement is that deal, not a
/// partnership of its own. A weak word of joining that is no agreement noun ("se unieron para")
/// yields only to a plain deal word, not to a weak one in what they offer ("créditos de libre
/// inversión").
fn agreement_to_other_deal(s: &Sentence, hit: &Hit, hits: &[Hit], lex: &Lexicon) -> bool {
    let agreement = s.lower[hit.start..hit.end]
        .split_whitespace()
        .any(|w| lex.deal.vehicle_nouns.iter().any(|n| n == w));
    hit.weak
        && hit.meaning == Meaning::Deal(DealType::Partnership)
        && hits.iter().any(|h| {
            (agreement || !h.weak)
                && matches!(
                    h.meaning,
                    Meaning::Sale
                        | Meaning::Raise
                        | Meaning::Deal(
                            DealType::Acquisition
                                | DealType::Investment
                                | DealType::FundingRound
                                | DealType::Merger
                                | DealType::JointVenture
                        )
                )
        })
}

/// The deals of one sentence. `hits` are its deal triggers (no negatives), in order.
pub fn sentence_deals<'a>(s: &Sentence<'a>, hits: &[Hit], lex: &Lexicon) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut used_as_object: Vec<usize> = Vec::new();
    // rows made by a raise verb: the round's own word after it is the same deal
    let mut raised = false;
    let majority = contains_phrase(s.lower, &lex.deal.control_words);
    for (k, hit) in hits.iter().enumerate() {
        if agreement_to_other_deal(s, hit, hits, lex)
            || buys_goods(s.lower, hit, lex)
            || stake_sold(s.lower, hit, &hits[..k])
        {
            continue;
        }
        // a stake word that this sale word sells belongs to its region
        let next = match hits.get(k + 1) {
            Some(h) if stake_sold(s.lower, h, &hits[..=k]) => k + 2,
            _ => k + 1,
        };
        let region_end = hits.get(next).map_or(s.lower.len(), |h| h.start);
        // "aveva provato ad acquisire il LSE e che, con il 30% della borsa londinese, …": a
        // stake told in a new relative clause after the deal word is another matter
        let stake = s.stakes.first().filter(|st| {
            st.start < hit.end || !new_relative_clause(s.lower, hit.end, st.start, lex)
        });
        let stake_pct = stake.map(|x| x.pct);
        // "bought the remaining 15 pct of X", "il 49% restante": the rest of a company
        let majority = majority || stake.is_some_and(|st| rest_of_company(s.lower, st, lex));
        // "became the largest shareholder of Tribune … by acquiring the stake … for $117.9
        // million": a deal word that tells how this deal is done lends it its amount
        let money_end = match hits.get(k + 1) {
            Some(next)
                if ends_with_phrase(s.lower[..next.start].trim_end(), &lex.deal.means_markers) =>
            {
                // the means clause runs on over the stake or shares it takes
                hits[k + 2..]
                    .iter()
                    .find(|h| {
                        !matches!(
                            h.meaning,
                            Meaning::Deal(DealType::Investment | DealType::Acquisition)
                        )
                    })
                    .map_or(s.lower.len(), |h| h.start)
            }
            _ => region_end,
        };
        let passive = is_passive(s.lower, hit, lex);
        let share_of = lex
            .deal
            .share_of
            .iter()
            .any(|w| s.lower[hit.start..hit.end] == *w);
        let after: Vec<(usize, &Party)> = s
            .parties
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                p.start >= hit.end
                    && p.start < region_end
                    && !crosses_clause(s.lower, hit.end, p.start)
            })
            .collect();
        // "da", "par", "por" mark the agent in a passive clause, or after the object of a noun
        // ("le rachat de Chrysler par Fiat"); elsewhere they name a seller or a source.
        // ("die Übernahme der Lumetra GmbH durch die Brisamar AG": where the verb goes last, a
        // genitive article right after the deal noun marks no role, and the name is its object)
        let first_object = after
            .iter()
            .find(|(_, p)| {
                matches!(p.role, Role::Object | Role::Partner)
                    || lex.deal.verb_final
                        && p.role == Role::Subject
                        && words_between(s.lower, hit.end, p.start) <= 1
            })
            .map(|(_, p)| p.start);
        let is_agent = |p: &Party| {
            p.role == Role::Agent
                || p.role == Role::WeakAgent
                    && (passive
                        || first_object.is_some_and(|o| o < p.start)
                        || participle_after(s.lower, hit, p.start, lex))
        };
        // An agent belongs to this trigger when the clause is passive or the trigger is a noun
        // with no subject right before it, and "by" follows the trigger or its object closely
        // ("acquisition of X by Y"; not "bought X for $3M in a deal backed by Y").
        let close_subject = s.parties.iter().any(|p| {
            p.role == Role::Subject
                && p.end <= hit.start
                && words_between(s.lower, p.end, hit.start) <= 2
                && !s.lower[p.end..hit.start].contains(',')
        });
        let near = |p: &Party| {
            words_between(s.lower, hit.end, p.start) <= 3
                || participle_after(s.lower, hit, p.start, lex)
                // "a rescue by its largest shareholder SoftBank Group Corp"
                || p.role == Role::Agent
                    && words_between(s.lower, hit.end, p.start) - amount_words(s, hit.end, p.start)
                        <= 5
                    && !s.lower[hit.end..p.start].contains(',')
                // "a rescue by its largest shareholder, Japanese investment company SoftBank":
                // the name in apposition to the agent's description (the one comma)
                || p.role == Role::Agent && in_apposition(s, hit, p, lex)
                // "la adquisición de Waze o Doubleclick por parte de Google": a marker of
                // several words may stand between the last object and the agent
                || after.iter().any(|(_, o)| {
                    o.end <= p.start
                        && words_between(s.lower, o.end, p.start) <= 1 + marker_words(s, p, lex)
                })
        };
        // "announced the acquisition of X in Gardena, Calif., by Y": after a deal noun with its
        // definite article, "by" right after its object names the doer, whoever announced it
        let by_after_object = |p: &Party| {
            p.role == Role::Agent
                && definite_before(s.lower, hit, lex)
                && after.iter().any(|(_, o)| {
                    o.role == Role::Object
                        && o.end <= p.start
                        && words_between(s.lower, o.end, p.start) <= 2
                })
        };
        let agent = after
            .iter()
            .find(|(_, p)| {
                is_agent(p)
                    && (passive
                        || !close_subject
                        || participle_after(s.lower, hit, p.start, lex)
                        || by_after_object(p))
                    && near(p)
            })
            .map(|(i, _)| *i);
        let agent = agent.or_else(|| verb_final_agent(s, hit, lex));
        // a merger offered ("a merger proposal for USAir") is directed at its object
        let merger_offer =
            hit.meaning == Meaning::Deal(DealType::Merger) && offer_follows(s.lower, hit, lex);
        let undirected_hit = !merger_offer
            && matches!(
                hit.meaning,
                Meaning::Deal(DealType::Merger | DealType::JointVenture | DealType::Partnership)
            );
        // "an offer announced by Tractebel SA and Groupe Bruxelles Lambert SA": a name joined
        // to the agent of a directed deal by a conjunction is an agent too, no object (a joint
        // venture "owned by A and B" has them as partners)
        let co_agent = |p: &Party| {
            !undirected_hit
                && agent.is_some_and(|a| {
                    let a = &s.parties[a];
                    a.end <= p.start && {
                        let (joined, joiner) = joins_list(&s.lower[a.end..p.start], lex);
                        joined && joiner
                    }
                })
        };
        let mut objects: Vec<usize> = after
            .iter()
            .filter(|(i, p)| {
                Some(*i) != agent
                    && !co_agent(p)
                    && match p.role {
                        // a joint venture "in Spain" or a merger "of equals" names no partner
                        Role::Object | Role::WeakAgent if !undirected_hit => {
                            words_between(s.lower, hit.end, p.start)
                                .saturating_sub(stake_words(s, hit.end, p.start))
                                <= OBJECT_REACH
                        }
                        // "llegó a un acuerdo, y luego habló con X": a comma and a
                        // conjunction open another clause, whose partner X is
                        Role::Partner => {
                            words_between(s.lower, hit.end, p.start) <= OBJECT_REACH
                                && !new_coordinate(&s.lower[hit.end..p.start], lex)
                        }
                        Role::Object | Role::WeakAgent => false,
                        // "A and B joined forces to launch Gizmo Pay": what an alliance is
                        // for names no partner
                        // ("a licensing agreement to make Amdahl Corp computers" does)
                        Role::Subject
                            if undirected_hit && !p.legal && purpose_follows(s.lower, hit, lex) =>
                        {
                            false
                        }
                        Role::Subject => {
                            let reach = if p.legal && !undirected_hit {
                                OBJECT_REACH
                            } else {
                                DIRECT_REACH
                            };
                            words_between(s.lower, hit.end, p.start) <= reach
                        }
                        Role::Agent | Role::Source | Role::Holder => false,
                    }
            })
            .map(|(i, _)| *i)
            .filter(|i| !used_as_object.contains(i))
            .collect();
        // Of several names after a trigger, one with a legal form is the likelier company
        // ("an offer for builders merchants and DIY company Wickes Plc").
        if let Some(pos) = objects.iter().position(|i| s.parties[*i].legal) {
            let legal = objects.remove(pos);
            objects.insert(0, legal);
        }
        if objects.is_empty() && agent.is_none() {
            objects.extend(verb_final_object(s, hit, lex).filter(|i| !used_as_object.contains(i)));
        }
        let bid_from = bidder(s, hit, lex);
        // "acquired 650 video centers from CVS Inc": what is bought from a company, when no
        // company is named as bought, is a business of that company
        if objects.is_empty()
            && bid_from.is_none()
            && hit.meaning == Meaning::Deal(DealType::Acquisition)
            && !passive
        {
            objects.extend(
                after
                    .iter()
                    .find(|(i, p)| {
                        p.role == Role::Source
                            && p.legal
                            && !used_as_object.contains(i)
                            && words_between(s.lower, hit.end, p.start) <= OBJECT_REACH
                    })
                    .map(|(i, _)| *i),
            );
        }
        // "to fund a $3 billion buyout of existing shareholders": taking over a company's
        // holders takes over the company named just before; a name past the next comma is
        // another matter ("including $1 billion for some of Neumann's shares")
        if hit.meaning == Meaning::Deal(DealType::Acquisition)
            && !passive
            && holders_follow(s.lower, hit, lex)
        {
            objects.retain(|i| !s.lower[hit.end..s.parties[*i].start].contains(','));
            if objects.is_empty() {
                objects.extend(used_as_object.last().copied());
            }
        }
        // "10 pct of General Motors's components plants": a part of what the company owns
        if share_of
            && objects
                .first()
                .is_some_and(|o| part_of_possession(s.lower, &s.parties[*o], lex))
        {
            continue;
        }
        let subject = gerund_subject(s, hit, lex)
            .or_else(|| relative_subject(s, hit, lex))
            .filter(|i| !used_as_object.contains(i) && !objects.contains(i))
            .map(|i| (i, &s.parties[i]))
            .or_else(|| {
                s.parties.iter().enumerate().rev().find(|(i, p)| {
                    p.start < hit.start
                        && (p.role == Role::Subject && !recipient(s.lower, p, lex)
                            || owns_deal(s, p, hit)
                            || compound_doer(s, p, hit, lex))
                        && !used_as_object.contains(i)
                        && !objects.contains(i)
                        && words_between(s.lower, p.end, hit.start) <= SUBJECT_REACH
                        && !crosses_clause(s.lower, p.end, hit.start)
                })
            })
            // "In December, the firm bid $16.50 per share for Tribune, the owner of …": a
            // subject that points back is the company told before, not a name after the deal
            .or_else(|| {
                if s.coref.is_some() && points_back(s.lower, hit, lex) {
                    return None;
                }
                s.parties.iter().enumerate().find(|(i, p)| {
                    p.role == Role::Subject
                        && !objects.contains(i)
                        && !used_as_object.contains(i)
                        && Some(*i) != agent
                })
            })
            .map(|(i, p)| (Some(i), p.name.as_str(), p.plain_company))
            // "la partecipazione in CityLife detenuta da Fondiaria Sai": a stake whose holder is
            // named is that holder's, not the topic's; a bid for it is the topic's ("FCL had
            // made an offer for the 24 pct of NZFP held by Rada")
            .or(s
                .coref
                .filter(|_| {
                    hit.meaning != Meaning::Deal(DealType::Investment)
                        || !after.iter().any(|(_, p)| p.role == Role::Holder)
                        || hits[..k]
                            .iter()
                            .any(|h| h.meaning == Meaning::Deal(DealType::Acquisition))
                })
                .map(|c| (None, c, true)));
        let money_in =
            |from: usize, to: usize| s.money.iter().find(|m| m.start >= from && m.start < to);
        // The amount after the trigger, else the one just before it since the previous trigger
        // ("raised $85 million in a Series C round"), else the sentence's only amount. Read on
        // first use, against the amounts taken by the deals found before this trigger. What
        // follows a sale word is that sale's price ("agreed to sell X for $110 million and to
        // be acquired by Y"), unless it stands right before this one ("its 1.3 billion dlr
        // acquisition").
        let region_start = if k == 0 { 0 } else { hits[k - 1].start };
        let after_sale = k > 0 && hits[k - 1].meaning == Meaning::Sale;
        let taken: Vec<usize> = out
            .iter()
            .filter_map(|f| f.money.as_ref().map(|m| m.start))
            .collect();
        let hit_money_cell: OnceCell<Option<&Money>> = OnceCell::new();
        let hit_money = || -> Option<&Money> {
            *hit_money_cell.get_or_init(|| {
                // "a $3 billion buyout": an amount right before the deal word is its own
                s.money
                    .iter()
                    .find(|m| {
                        m.start >= region_start
                            && m.end <= hit.start
                            && s.lower[m.end..hit.start]
                                .trim_matches([' ', '-'])
                                .is_empty()
                            && !taken.contains(&m.start)
                    })
                    .or_else(|| money_in(hit.start, money_end))
                    .or_else(|| {
                        s.money.iter().rev().find(|m| {
                            m.start >= region_start
                                && m.end <= hit.start
                                && (!after_sale || words_between(s.lower, m.end, hit.start) <= 1)
                                && !taken.contains(&m.start)
                        })
                    })
                    .or(if hits.len() == 1 {
                        s.money.first()
                    } else {
                        None
                    })
            })
        };
        let name = |i: usize| s.parties[i].name.clone();
        let plain = |i: usize| s.parties[i].plain_company;
        // "Porsche investit dans WayRay": subject, verb and object side by side are evidence
        // enough for a weak verb when one of the two is plainly a company.
        let tight = match (subject, objects.first()) {
            (Some((Some(i), _, _)), Some(o)) => {
                let (p, q) = (&s.parties[i], &s.parties[*o]);
                p.end <= hit.start
                    && words_between(s.lower, p.end, hit.start) <= 1
                    && !s.lower[p.end..hit.start].contains(',')
                    && words_between(s.lower, hit.end, q.start) <= 2
                    && (p.plain_company || q.plain_company)
            }
            _ => false,
        };
        let tight_subject = subject.map(|(_, a, _)| a);
        // "Amadeus y Rappi cerraron un acuerdo": two names joined as the subject of an
        // agreement word are its two parties, evidence enough for a weak one
        let paired = matches!(
            hit.meaning,
            Meaning::Deal(DealType::Merger | DealType::JointVenture | DealType::Partnership)
        ) && subject
            .and_then(|(i, _, _)| i)
            .is_some_and(|i| co_subjects(s, i, hit, lex).len() >= 2);
        let counted = objects
            .first()
            .is_some_and(|o| counted_shares(s.lower, hit, &s.parties[*o], lex));
        // "Toray purchased exclusive rights to market Life's technology": a licence
        let licensed = objects.first().is_some_and(|o| {
            let p = &s.parties[*o];
            p.start > hit.end && {
                let between = &s.lower[hit.end..p.start];
                !between.contains(',') && contains_phrase(between, &lex.deal.rights_nouns)
            }
        });
        // "purchased a majority interest in Monobloc", "bought the assets of Widget": what a
        // weak verb takes is control of a company or its business, a takeover by its words
        let takes_control = matches!(
            hit.meaning,
            Meaning::Deal(DealType::Acquisition | DealType::Investment)
        ) && objects.first().is_some_and(|o| {
            let p = &s.parties[*o];
            p.start > hit.end && words_between(s.lower, hit.end, p.start) <= OBJECT_REACH && {
                let between = s.lower[hit.end..p.start].trim_end();
                // the control word says what is taken: it comes first
                !between.contains(',')
                    && contains_phrase(first_words(between, CONTROL_REACH), &lex.deal.control_words)
                    || lex.deal.name_links.iter().any(|m| {
                        between.strip_suffix(m.as_str()).is_some_and(|head| {
                            ends_with_phrase(head.trim_end(), &lex.deal.part_nouns)
                        })
                    })
            }
        });
        let owned_sale = hit.meaning == Meaning::Sale && sells_own(s.lower, hit, lex);
        // "sua participação no BBB20", "participação histórica na eleição": a word for taking
        // part is a stake only with a percentage, an amount or an equity word after it
        let bare_share = lex
            .deal
            .share_words
            .iter()
            .any(|w| *w == s.lower[hit.start..hit.end])
            && !s.lower[hit.end..]
                .split_whitespace()
                .take(CONTROL_REACH)
                .any(|w| {
                    lex.deal
                        .equity_words
                        .iter()
                        .any(|e| e == w.trim_end_matches([',', '.']))
                });
        let emit_named = |out: &mut Vec<Found>,
                          kind: DealType,
                          a: String,
                          a_plain: bool,
                          b: Vec<(String, bool)>,
                          m: &dyn Fn() -> Option<&'a Money>| {
            let b_names: Vec<String> = b
                .iter()
                .map(|(n, _)| n.clone())
                .filter(|n| !same_company(n, &a))
                .collect();
            if b_names.is_empty() {
                return;
            }
            let b_plain = b.iter().all(|(_, p)| *p);
            // the amount is read last: the other reasons need no amount
            let explicit = stake_pct.is_some()
                || a_plain && b_plain && !bare_share
                || (tight || paired) && tight_subject == Some(a.as_str()) && !bare_share
                || owned_sale && (a_plain || b_plain)
                || takes_control && (a_plain || b_plain)
                || m().is_some_and(|m| m.amount >= MIN_DEAL_VALUE);
            if hit.weak && !explicit || share_of && !b_plain {
                return;
            }
            let kind = match (kind, stake_pct) {
                (DealType::Acquisition, _) if licensed => DealType::Partnership,
                (DealType::Acquisition, Some(p)) if p < 50.0 && !majority => DealType::Investment,
                (DealType::Acquisition, None) if counted && !majority => DealType::Investment,
                (DealType::Investment, Some(p)) if p > 50.0 || majority => DealType::Acquisition,
                // "una participación mayoritaria en X"
                (DealType::Investment, None) if takes_control && majority => DealType::Acquisition,
                (k, _) => k,
            };
            out.push(Found {
                deal_type: kind,
                company_a: a,
                company_b: b_names,
                money: m().cloned(),
                stake_pct,
                explicit,
            });
        };
        let emit = |out: &mut Vec<Found>,
                    kind: DealType,
                    a: String,
                    a_plain: bool,
                    b: Vec<usize>,
                    m: &dyn Fn() -> Option<&'a Money>| {
            let b = b.iter().map(|i| (name(*i), plain(*i))).collect();
            emit_named(out, kind, a, a_plain, b, m);
        };
        match hit.meaning {
            Meaning::Negative => {}
            Meaning::Sale => {
                let Some(buyer) = sale_buyer(s, hit, owned_sale, lex).or(agent) else {
                    continue;
                };
                // what a company sells of its own is the company's business unless a company
                // is named as the thing sold ("its 49 pct interest in Sun Publishing Co Ltd")
                let target: Vec<usize> = objects
                    .iter()
                    .copied()
                    .filter(|i| {
                        *i != buyer
                            && (!owned_sale
                                || plain(*i) && s.parties[*i].start < s.parties[buyer].start)
                    })
                    .take(1)
                    .collect();
                used_as_object.extend(&target);
                // "Rupert Murdoch acordó vender sus estudios a Disney": what a person sells
                // of their own is theirs
                let person = acting_person(s, hit, lex).filter(|_| owned_sale);
                let target: Vec<(String, bool)> = match (target.first(), person, subject) {
                    (Some(t), _, _) => vec![(name(*t), plain(*t))],
                    (None, Some(p), _) => vec![(p.name.clone(), false)],
                    (None, None, Some((Some(i), _, _))) => vec![(name(i), plain(i))],
                    (None, None, Some((None, seller, seller_plain))) if owned_sale => {
                        vec![(seller.to_string(), seller_plain)]
                    }
                    (None, _, _) => Vec::new(),
                };
                // "the plan to sell part of Shearson to Nippon Life": a part is a stake; a
                // part of a business is that business ("part of its controls division")
                let sold = &s.lower[hit.end..s.parties[buyer].start.max(hit.end)];
                let words: Vec<&str> = sold.split_whitespace().take(PARTITIVE_WORDS + 2).collect();
                let head = words[..words.len().min(PARTITIVE_WORDS)].join(" ");
                let business = words
                    .iter()
                    .any(|w| lex.deal.part_nouns.iter().any(|n| n == w));
                // "sold two mln shares of its common stock to X": counted shares are a stake
                let counted_sold = {
                    let span = &sold[..sold
                        .find(", ")
                        .or_else(|| sold.find(';'))
                        .unwrap_or(sold.len())];
                    let ws: Vec<&str> = span.split_whitespace().collect();
                    counted_noun(&ws, &lex.deal.share_nouns, lex).is_some()
                        && !ws
                            .iter()
                            .any(|w| lex.deal.part_nouns.iter().any(|n| n == w))
                };
                let kind =
                    if counted_sold || contains_phrase(&head, &lex.deal.part_words) && !business {
                        DealType::Investment
                    } else {
                        DealType::Acquisition
                    };
                emit_named(
                    &mut out,
                    kind,
                    name(buyer),
                    plain(buyer),
                    target,
                    &hit_money,
                );
            }
            Meaning::Raise => {
                let before = out.len();
                // "the round of Acme, which raised $20 million": the name before the pronoun
                let antecedent =
                    relative_antecedent(s, hit, lex).map(|i| s.parties[i].name.as_str());
                // the raiser is named before its verb; a name after it is an investor ("ha
                // levantado 1,6 millones en la ronda, en la que ha participado X"), and the
                // raiser then the company the text is about
                let before_verb =
                    subject.filter(|(i, _, _)| i.is_none_or(|i| s.parties[i].start < hit.start));
                let Some(raiser) = antecedent
                    .or(before_verb.map(|(_, a, _)| a))
                    .or(s.coref.filter(|_| s.coref_plain))
                    .or(s.main)
                else {
                    continue;
                };
                let Some(m) = hit_money() else { continue };
                // investors may be named after the round's own word ("en la ronda, en la que
                // también ha participado X")
                let investors: Vec<usize> = s
                    .parties
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| {
                        p.start >= hit.end
                            && !crosses_clause(s.lower, hit.end, p.start)
                            && after_marker(s.lower, p, &lex.deal.investor_markers, lex)
                    })
                    .map(|(i, _)| i)
                    .collect();
                let raiser_idx = s.parties.iter().position(|p| p.name == raiser);
                // a raise with no investor named is as likely a loan or a bond as a round,
                // unless the sentence speaks of a round, a startup or investors
                match (investors.first(), raiser_idx) {
                    (Some(lead), Some(r)) => emit(
                        &mut out,
                        DealType::FundingRound,
                        name(*lead),
                        plain(*lead),
                        vec![r],
                        &|| Some(m),
                    ),
                    // the raiser is the text's company, not named in the sentence, when the
                    // sentence speaks of a round ("a loan … from Republic Bank" is none)
                    (Some(lead), None) if contains_phrase(s.lower, &lex.deal.round_cues) => {
                        emit_named(
                            &mut out,
                            DealType::FundingRound,
                            name(*lead),
                            plain(*lead),
                            vec![(raiser.to_string(), true)],
                            &|| Some(m),
                        )
                    }
                    // "raised $85 million in a Series C round led by X": the round's own
                    // word, later in the sentence, names the investors
                    // money raised by a sale told before it is its proceeds ("una venda de
                    // papéis …, quando levantou R$ 8,1 bilhões")
                    (None, _)
                        if m.amount >= MIN_DEAL_VALUE
                            && !hits[..k].iter().any(|h| h.meaning == Meaning::Sale)
                            && (contains_phrase(s.lower, &lex.deal.round_cues)
                                || lex
                                    .deal
                                    .round_raises
                                    .iter()
                                    .any(|r| s.lower[hit.start..hit.end] == *r))
                            && !hits[k + 1..].iter().any(|h| {
                                // ... when it names them: "raised $50 million in a funding
                                // round." is the raise's row
                                h.meaning == Meaning::Deal(DealType::FundingRound)
                                    && s.parties.iter().any(|p| {
                                        p.start >= h.end
                                            && matches!(
                                                p.role,
                                                Role::Agent
                                                    | Role::WeakAgent
                                                    | Role::Source
                                                    | Role::Partner
                                            )
                                    })
                            }) =>
                    {
                        out.push(unnamed_round(raiser, m));
                    }
                    _ => {}
                }
                raised |= out.len() > before;
            }
            Meaning::Deal(DealType::FundingRound) if raised => {}
            Meaning::Deal(_) if is_cut(s.lower, hit, lex) || is_holding(s, hit, lex) => {}
            // "Die Finanzierungsrunde brachte insgesamt 526 Millionen Dollar ein": the round
            // of the company the text is about, told with its amount and no name
            Meaning::Deal(DealType::FundingRound)
                if s.parties.is_empty() && definite_before(s.lower, hit, lex) =>
            {
                let raiser = s.coref.filter(|_| s.coref_plain).or(s.main);
                if let (Some(raiser), Some(m)) = (raiser, hit_money()) {
                    if m.amount >= MIN_DEAL_VALUE {
                        out.push(unnamed_round(raiser, m));
                    }
                }
            }
            Meaning::Deal(kind) => {
                if let Some(ag) = agent {
                    // Passive: "Y was acquired by X", "l'acquisizione di Y da parte di X"; the
                    // target is the noun's object, else the clause's first subject.
                    // a name in an apposition to the agent ("by X, an affiliate of Y,") is
                    // the agent's description, not the target
                    let ag_end = s.parties[ag].end;
                    let target: Vec<usize> = objects
                        .iter()
                        .find(|o| {
                            let p = &s.parties[**o];
                            p.start < ag_end
                                || !s.lower[ag_end..p.start].contains(',')
                                // "jointly owned by A, B and C": a list of partners
                                || matches!(
                                    kind,
                                    DealType::JointVenture
                                        | DealType::Merger
                                        | DealType::Partnership
                                )
                        })
                        .copied()
                        .into_iter()
                        .collect();
                    let first_subject = s
                        .parties
                        .iter()
                        .position(|p| p.start < hit.start && p.role == Role::Subject);
                    // "Tor, which had been acquired by St. Martin's": the name the relative
                    // pronoun stands for
                    let target = if target.is_empty() {
                        relative_antecedent(s, hit, lex)
                            .filter(|i| *i != ag)
                            .or(first_subject)
                            .into_iter()
                            .collect()
                    } else {
                        target
                    };
                    // "L'acquisizione portata a termine dal LSE": the deal the text is about,
                    // so its target is the text's company
                    // ("La inversión fue realizada por X": else the plain company just named)
                    if target.is_empty() && definite_before(s.lower, hit, lex) {
                        let directed = matches!(
                            kind,
                            DealType::Acquisition | DealType::Investment | DealType::FundingRound
                        );
                        let topic = s.coref.filter(|_| s.coref_plain && directed);
                        if let Some(main) = s.main.or(topic).filter(|t| !same_company(t, &name(ag)))
                        {
                            emit_named(
                                &mut out,
                                kind,
                                name(ag),
                                plain(ag),
                                vec![(main.to_string(), true)],
                                &hit_money,
                            );
                        }
                        continue;
                    }
                    // "Part of the round is an investment of $115 million by Telia": money put
                    // in by a named investor goes to the company the text is talking about
                    if target.is_empty()
                        && matches!(kind, DealType::Investment | DealType::FundingRound)
                    {
                        let topic = s
                            .coref
                            .filter(|t| s.coref_plain && !same_company(t, &name(ag)));
                        if let Some(t) = topic {
                            emit_named(
                                &mut out,
                                kind,
                                name(ag),
                                plain(ag),
                                vec![(t.to_string(), true)],
                                &hit_money,
                            );
                        }
                        continue;
                    }
                    used_as_object.extend(&target);
                    emit(&mut out, kind, name(ag), plain(ag), target, &hit_money);
                    continue;
                }
                // "Gillette rebuffed a takeover proposal from Revlon Inc": the bidder buys the
                // sentence's subject, or merges with it ("received an unsolicited merger offer
                // from Jiffy Lube"), or puts money in it ("receiving a lifeline from SoftBank")
                // ("After receiving a lifeline from SoftBank, WeWork …": the subject after the
                // opening clause, taken for an object)
                let receiver = subject.and_then(|(i, _, _)| i).or_else(|| {
                    let b = bid_from?;
                    objects
                        .iter()
                        .copied()
                        .find(|i| s.parties[*i].start > s.parties[b].end)
                });
                if let (Some(b), Some(t)) = (bid_from, receiver) {
                    if matches!(
                        kind,
                        DealType::Acquisition | DealType::Merger | DealType::Investment
                    ) && t != b
                    {
                        used_as_object.push(t);
                        emit(&mut out, kind, name(b), plain(b), vec![t], &hit_money);
                        continue;
                    }
                }
                let undirected = matches!(
                    kind,
                    DealType::Merger | DealType::JointVenture | DealType::Partnership
                );
                // "Their merger would not alter American's ranking": a deal noun whose only
                // name comes after it, and not as its partner, points back to a deal named before
                // "The merger would give American ...": likewise with the name of the company
                // the text is about
                let definite = definite_before(s.lower, hit, lex);
                // "produzida pela Sinovac em parceria com o Butantan": the name right before an
                // undirected deal word is its first party, whatever its role
                let adjacent = last_party_before(s, hit)
                    .filter(|(_, p)| {
                        undirected
                            && !matches!(p.role, Role::Source | Role::Holder)
                            // "A and B join forces": B is A's partner, A the first party
                            && !(p.role == Role::Partner
                                && words_between(s.lower, p.end, hit.start) == 0)
                            // "La Fundación X fundada por Y se unió con Z": an agent right
                            // before the deal verb belongs to a description of the subject
                            // named before it, which is the first party
                            && !(p.role == Role::WeakAgent
                                && words_between(s.lower, p.end, hit.start) == 0
                                && matches!(subject, Some((Some(i), _, _))
                                    if s.parties[i].end <= p.start))
                            && s.lower[p.end..hit.start].split_whitespace().all(|w| {
                                lex.deal.linking_prepositions.iter().any(|x| x == w)
                                    || lex.deal.articles.iter().any(|x| x == w)
                            })
                            && words_between(s.lower, p.end, hit.start) <= 2
                    })
                    .map(|(i, p)| (Some(i), p.name.as_str(), p.plain_company));
                if let Some(list) = between_list(s, hit, lex).filter(|_| undirected) {
                    used_as_object.extend(&list[1..]);
                    emit(
                        &mut out,
                        kind,
                        name(list[0]),
                        plain(list[0]),
                        list[1..].to_vec(),
                        &hit_money,
                    );
                    continue;
                }
                // "ETB y Amazon Web Services pusieron en marcha una alianza"
                let pair = joined_pair_before(s, hit, lex)
                    .filter(|_| {
                        matches!(kind, DealType::Partnership | DealType::JointVenture)
                            && adjacent.is_none()
                            && !matches!(subject, Some((Some(_), _, _)))
                    })
                    .or_else(|| of_pair(s, hit, lex).filter(|_| undirected))
                    .or_else(|| leaders_pair_before(s, hit, lex).filter(|_| undirected))
                    .or_else(|| {
                        opening_pair(s, hit, lex).filter(|_| {
                            matches!(kind, DealType::Partnership | DealType::JointVenture)
                                && objects.is_empty()
                        })
                    })
                    .or_else(|| {
                        comma_pair_opening(s, hit).filter(|(_, second)| {
                            undirected
                                && objects.is_empty()
                                && subject.is_none_or(|(i, _, _)| i.is_none_or(|i| i == *second))
                        })
                    });
                if let Some((first, second)) = pair {
                    used_as_object.push(second);
                    emit(
                        &mut out,
                        kind,
                        name(first),
                        plain(first),
                        vec![second],
                        &hit_money,
                    );
                    continue;
                }
                let subject = match adjacent.or(subject) {
                    Some((Some(i), _, _)) if undirected && s.parties[i].start > hit.start => {
                        s.coref.map(|c| (None, c, true))
                    }
                    other => other,
                }
                .filter(|(i, _, _)| !undirected || i.is_some() || !definite)
                // a partner named far from the deal word, or only by the text's topic, must
                // plainly be a company ("Começamos em parceria com X": the speaker's, unnamed)
                .filter(|(i, _, _)| {
                    !undirected
                        || match i {
                            Some(i) => {
                                let p = &s.parties[*i];
                                p.plain_company
                                    || p.end <= hit.start
                                        && words_between(s.lower, p.end, hit.start) <= SUBJECT_REACH
                            }
                            None => s.coref_plain,
                        }
                });
                // "Texas oilman T. Boone Pickens to take over Diamond Shamrock"
                let subject = match acting_person(s, hit, lex).filter(|_| !undirected) {
                    Some(p) => Some((None, p.name.as_str(), false)),
                    None => subject,
                };
                // "A group led by investor Mario Gabelli said it has acquired 5.1 pct of X"
                let subject = match group_leader(s, hit, lex).filter(|_| !undirected) {
                    Some(p) => Some((None, p.name.as_str(), p.plain_company)),
                    None => subject,
                };
                // "a proposal by Diagnostic Retrieval Systems Inc to acquire its stock": the
                // one who offers does the deal; its object, told by a possessive or "the
                // company", is the sentence's first company
                let offered = offer_agent(s, hit, lex).filter(|_| !undirected);
                if let Some(b) = offered {
                    let first = s
                        .parties
                        .iter()
                        .position(|p| p.role == Role::Subject && p.end <= s.parties[b].start)
                        .filter(|_| objects.is_empty() && owned_object(s.lower, hit, lex));
                    if let Some(t) = first {
                        used_as_object.push(t);
                        emit(&mut out, kind, name(b), plain(b), vec![t], &hit_money);
                        continue;
                    }
                }
                let subject = match offered {
                    Some(i) => Some((Some(i), s.parties[i].name.as_str(), plain(i))),
                    None => subject,
                };
                // "Tesco said County Bank had bought shares in Hillards on its behalf"
                let subject = match principal(s, hit, lex).filter(|_| !undirected) {
                    Some(i) => Some((Some(i), s.parties[i].name.as_str(), plain(i))),
                    None => subject,
                };
                // "X said they sold their entire 5.6 pct stake in Y": the seller of the stake
                // does not buy it
                let sold_by_subject = !undirected
                    && subject.is_some_and(|(i, _, _)| {
                        i.is_some_and(|i| {
                            hits[..k]
                                .iter()
                                .any(|h| h.meaning == Meaning::Sale && s.parties[i].end <= h.start)
                        })
                    });
                if sold_by_subject {
                    continue;
                }
                let Some((_, a, a_plain)) = subject else {
                    let with = |i: usize| {
                        let words: Vec<&str> =
                            lex.deal.with_markers.iter().map(String::as_str).collect();
                        follows(s.lower, s.parties[i].start, &words)
                    };
                    if undirected && objects.len() >= 2 && !with(objects[0]) {
                        used_as_object.extend(&objects);
                        emit(
                            &mut out,
                            kind,
                            name(objects[0]),
                            plain(objects[0]),
                            objects[1..].to_vec(),
                            &hit_money,
                        );
                    }
                    continue;
                };
                // "Ascom and GE Healthcare announce a partnership": partners named before it.
                if undirected {
                    let before: Vec<usize> = s
                        .parties
                        .iter()
                        .enumerate()
                        .filter(|(i, p)| {
                            p.end <= hit.start
                                && p.role == Role::Partner
                                && p.name != a
                                && !objects.contains(i)
                                && !used_as_object.contains(i)
                                && !crosses_clause(s.lower, p.end, hit.start)
                                && words_between(s.lower, p.end, hit.start) <= OBJECT_REACH
                        })
                        .map(|(i, _)| i)
                        .collect();
                    objects.splice(0..0, before);
                }
                let subject_idx = subject.and_then(|(i, _, _)| i);
                let listed = subject_idx
                    .map(|i| co_subjects(s, i, hit, lex))
                    .unwrap_or_default();
                // "A, B and C invested": one deal for each
                let acting: Vec<(String, bool)> = if listed.is_empty() || undirected {
                    vec![(a.to_string(), a_plain)]
                } else {
                    listed.iter().map(|i| (name(*i), plain(*i))).collect()
                };
                if objects.is_empty() && !undirected && object_is_anaphora(s, hit, lex) {
                    // "invested in the Swiss startup": the company the article is about
                    if let Some(main) = s.main {
                        for (a, a_plain) in &acting {
                            emit_named(
                                &mut out,
                                kind,
                                a.clone(),
                                *a_plain,
                                vec![(main.to_string(), true)],
                                &hit_money,
                            );
                        }
                    }
                    continue;
                }
                // "torna a Verizon acionista do BuzzFeed, com as duas empresas concordando em uma
                // parceria": the two companies named before
                if let Some((x, y)) = both_parties(s, hit, lex).filter(|_| objects.is_empty()) {
                    if undirected {
                        emit(&mut out, kind, name(x), plain(x), vec![y], &hit_money);
                        continue;
                    }
                }
                // "TMOC told shareholders not to accept Santos Ltd's takeover bid": the owner of
                // the deal noun is its doer, the clause's first name its target; so is a name
                // written right before an offer ("Conrac Corp rejects Mark IV Industries tender
                // offer")
                if let Some((doer, target)) = possessive_doer(s, hit)
                    .or_else(|| adjunct_bidder(s, hit, lex))
                    .filter(|_| objects.is_empty() && !undirected)
                {
                    used_as_object.push(target);
                    emit(
                        &mut out,
                        kind,
                        name(doer),
                        plain(doer),
                        vec![target],
                        &hit_money,
                    );
                    continue;
                }
                if objects.is_empty() {
                    // "Meetup, which it acquired for $200 million": the name before the relative
                    // pronoun is the target, the clause's other subject the acquirer.
                    if let Some(t) = relative_antecedent(s, hit, lex)
                        .filter(|t| relative_subject(s, hit, lex) != Some(*t))
                    {
                        let acquirer = s.parties.iter().enumerate().rev().find(|(i, p)| {
                            *i != t && p.start < hit.start && p.role == Role::Subject
                        });
                        let (a, a_plain) = match acquirer {
                            Some((_, p)) => (p.name.clone(), p.plain_company),
                            None => (a.to_string(), a_plain),
                        };
                        used_as_object.push(t);
                        emit(&mut out, kind, a, a_plain, vec![t], &hit_money);
                        continue;
                    }
                    continue;
                }
                // "Rentatop cerró una ronda de financiación con la inmobiliaria Century 21": the
                // company a round is closed with invests; the subject raises
                // ("una ronda de inversión de US10 millones de Brisamar Ventures", "liderada
                // por X": a name after an investor word invests too)
                let first = &s.parties[objects[0]];
                if kind == DealType::FundingRound
                    && (first.role == Role::Partner
                        || first.start > hit.end
                            && after_marker(s.lower, first, &lex.deal.investor_markers, lex))
                {
                    let investor = objects[0];
                    used_as_object.push(investor);
                    emit_named(
                        &mut out,
                        kind,
                        name(investor),
                        plain(investor),
                        vec![(a.to_string(), a_plain)],
                        &hit_money,
                    );
                    continue;
                }
                used_as_object.extend(&objects);
                // Several objects, each followed by its own amount: one mention each.
                let own: Vec<Option<&Money>> = objects
                    .iter()
                    .enumerate()
                    .map(|(j, o)| {
                        let next = objects
                            .get(j + 1)
                            .map_or(region_end, |n| s.parties[*n].start);
                        money_in(s.parties[*o].end, next)
                    })
                    .collect();
                if objects.len() > 1 && own.iter().filter(|m| m.is_some()).count() > 1 {
                    for (o, m) in objects.iter().zip(own) {
                        emit(&mut out, kind, a.to_string(), a_plain, vec![*o], &|| m);
                    }
                } else if undirected {
                    emit(
                        &mut out,
                        kind,
                        a.to_string(),
                        a_plain,
                        objects.clone(),
                        &hit_money,
                    );
                } else {
                    // "acquired Widget Inc and Gadget Ltd": one deal for each listed target,
                    // the amount with the first
                    let targets = listed_objects(s, &objects, lex);
                    for (a, a_plain) in &acting {
                        for (j, o) in targets.iter().enumerate() {
                            if j == 0 {
                                emit(&mut out, kind, a.clone(), *a_plain, vec![*o], &hit_money);
                            } else {
                                emit(&mut out, kind, a.clone(), *a_plain, vec![*o], &|| None);
                            }
                        }
                    }
                }
            }
        }
    }
    out
}
