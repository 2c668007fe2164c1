//! Deal mentions in an article: for each sentence that holds a deal word of the article's
//! language, who acquires, invests or partners (company A), with or in whom (company B), what
//! kind of deal, how much, when, and how sure we are. One sentence may give several mentions
//! ("investments in Intel ($5bn) and OpenAI (up to $100bn)"). Merging mentions across articles
//! is left to `dedup`.

mod assemble;
mod headline;
mod parties;
mod skim;
mod trigger;

use crate::article::Article;
use crate::company::{find_companies, is_acronym_of, Company};
use crate::date::{find_dates, DateSource};
use crate::lexicon::deal::DealLex;
use crate::lexicon::{lexicon, Lang, Lexicon};
use crate::money::{find_money, find_stakes, Money, Qualifier};
use crate::sentence::split_sentences;
use assemble::{same_company, sentence_deals, Amounts, Sentence};
use chrono::NaiveDate;
use parties::{Role, Survey};
pub use skim::may_hold_trigger;
use trigger::{contains_phrase, find_phrase, find_triggers, lower_same_len, Hit, Meaning};

/// How many words after an alliance word may open the clause that tells what it offers ("con
/// la cual", "under which", "with Lumetra Inc to offer").
const ALLIANCE_CLAUSE_REACH: usize = 6;

/// Whether a negative word is what an alliance told before it offers ("anunciaron una alianza
/// con la cual los clientes podrán acceder a una línea de crédito", "a partnership to offer
/// loans"), not a loan or a bond of its own. Only an alliance noun counts: an agreement word
/// ("loan agreement", "acuerdo de préstamo") may be the loan itself.
fn alliance_offers(lower: &str, hits: &[Hit], negative: &Hit, lex: &DealLex) -> bool {
    hits.iter().any(|h| {
        h.end <= negative.start
            && !h.weak
            && matches!(
                h.meaning,
                Meaning::Deal(DealType::Partnership | DealType::JointVenture)
            )
            && !lower[h.start..h.end]
                .split_whitespace()
                .any(|w| lex.vehicle_nouns.iter().any(|n| n == w))
            // what it offers is told in a clause of purpose or a relative one that opens
            // right after it, not anywhere later ("his Plaza Securities partnership sued to
            // block ... the repurchase")
            && {
                let words: Vec<&str> = lower[h.end..negative.start]
                    .split_whitespace()
                    .take(ALLIANCE_CLAUSE_REACH)
                    .collect();
                // the clause may follow the partner ("with Lumetra Inc to offer"), but not
                // another phrase ("its partnership and Troon to tender")
                let phrase = words
                    .iter()
                    .position(|w| lex.conjunctions.iter().any(|c| c == w))
                    .map_or(&words[..], |k| &words[..k]);
                // "to offer", not "to the public"
                let purpose = phrase.windows(2).any(|w| {
                    lex.purpose_markers.iter().any(|m| m == w[0])
                        && !lex.articles.iter().any(|a| a == w[1])
                });
                purpose
                    || phrase.iter().any(|w| {
                        lex.relative_pronouns
                            .iter()
                            .any(|r| r.split(' ').next_back() == Some(*w))
                    })
            }
    })
}

/// Whether a negative word is how a takeover told before it is paid ("to be acquired by X for
/// 10.45 dlrs in cash and four dlrs in debentures"), not a bond issue of its own.
fn pays_a_takeover(lower: &str, hits: &[Hit], negative: &Hit, lex: &DealLex) -> bool {
    let word_before = lower[..negative.start].split_whitespace().next_back();
    word_before.is_some_and(|w| lex.payment_markers.iter().any(|m| m == w))
        && hits.iter().any(|h| {
            h.end <= negative.start
                && matches!(
                    h.meaning,
                    Meaning::Deal(DealType::Acquisition | DealType::Merger)
                )
        })
}

/// Whether the words after a percentage make it a holding ("15 pct owned by", "51%-held").
fn held_stake(after: &str, held_after: &[String]) -> bool {
    let word = word_after_stake(after);
    held_after.iter().any(|h| h == word)
}

/// The word that follows a percentage, `after` being the text after it ("owned" in "15 pct
/// owned by", "51%-held", "restante" in "il 49% restante").
fn word_after_stake(after: &str) -> &str {
    after
        .trim_start_matches(|c: char| c == '-' || c.is_whitespace())
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
}

/// The kind of a deal, as written in the `deal_type` column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DealType {
    Investment,
    FundingRound,
    Acquisition,
    Merger,
    Partnership,
    JointVenture,
}

impl DealType {
    pub fn as_str(self) -> &'static str {
        match self {
            DealType::Investment => "investment",
            DealType::FundingRound => "funding_round",
            DealType::Acquisition => "acquisition",
            DealType::Merger => "merger",
            DealType::Partnership => "partnership",
            DealType::JointVenture => "joint_venture",
        }
    }

    pub fn parse(s: &str) -> Option<DealType> {
        Some(match s {
            "investment" => DealType::Investment,
            "funding_round" => DealType::FundingRound,
            "acquisition" => DealType::Acquisition,
            "merger" => DealType::Merger,
            "partnership" => DealType::Partnership,
            "joint_venture" => DealType::JointVenture,
            _ => return None,
        })
    }

    /// Whether company A and company B play different roles (payer and payee).
    pub fn is_directed(self) -> bool {
        matches!(
            self,
            DealType::Investment | DealType::FundingRound | DealType::Acquisition
        )
    }
}

/// Where a deal stands, as written in the `status` column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    Rumoured,
    Planned,
    Announced,
    Completed,
    Terminated,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Rumoured => "rumoured",
            Status::Planned => "planned",
            Status::Announced => "announced",
            Status::Completed => "completed",
            Status::Terminated => "terminated",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Some(match s {
            "rumoured" => Status::Rumoured,
            "planned" => Status::Planned,
            "announced" => Status::Announced,
            "completed" => Status::Completed,
            "terminated" => Status::Terminated,
            _ => return None,
        })
    }
}

/// One deal as one article mentions it.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub article: String,
    pub url: String,
    pub article_date: Option<NaiveDate>,
    pub language: Lang,
    pub deal_type: DealType,
    pub company_a: String,
    pub company_b: Vec<String>,
    pub money: Option<Money>,
    pub amount_text: String,
    pub stake_pct: Option<f64>,
    pub deal_date: Option<NaiveDate>,
    pub date_source: Option<DateSource>,
    pub status: Status,
    pub confidence: f64,
    pub evidence: String,
}

/// `DEALSIFT_DEBUG=1` prints each deal sentence with its triggers and parties on stderr.
static DEBUG: std::sync::LazyLock<bool> =
    std::sync::LazyLock::new(|| std::env::var_os("DEALSIFT_DEBUG").is_some_and(|v| v != "0"));

/// Longer "sentences" are lists, tables or markup that cleaning let through, never prose.
const MAX_SENTENCE_BYTES: usize = 1500;
/// Smaller amounts are prices of things, never a deal's value.
const MIN_AMOUNT: f64 = 10_000.0;
/// How many sentences back "the company" or an anaphoric "the deal" may reach.
const COREF_REACH: usize = 3;

/// Words right before an amount that make it a figure of the business, not the deal's value.
const NOT_VALUE: &[&str] = &[
    "sales of",
    "revenue of",
    "revenues of",
    "net income of",
    "profit of",
    "earnings of",
    "loss of",
    "fatturato di",
    "ricavi di",
    "utile di",
    "perdita di",
    "ventas de",
    "ingresos de",
    "chiffre d'affaires de",
    "umsatz von",
    "receita de",
    "lucro de",
    "debt of",
    "debito di",
    "receipt of",
    "proceeds of",
];

/// Words right after an amount that make it savings the deal is to bring, not its value.
const NOT_VALUE_AFTER: &[&str] = &[
    "in synergies",
    "of synergies",
    "in cost savings",
    "in annual savings",
    "di sinergie",
    "in sinergie",
    "de sinergias",
    "en sinergias",
    "de synergies",
    "an synergien",
    "in synergien",
    "em sinergias",
    "de sinergias",
];

fn is_business_figure(lower: &str, m: &Money) -> bool {
    let before = lower[..m.start].trim_end();
    let after: String = lower[m.end..]
        .trim_start()
        .chars()
        .filter(|c| !matches!(c, '"' | '“' | '”' | '«' | '»'))
        .take(24)
        .collect();
    // "receipt of at least 110 mln dlrs": past a qualifier of one or two short words
    let mut heads = vec![before];
    let mut rest = before;
    for _ in 0..2 {
        match rest.rsplit_once(' ') {
            Some((head, word)) if word.chars().count() <= 5 => {
                rest = head.trim_end();
                heads.push(rest);
            }
            _ => break,
        }
    }
    heads
        .iter()
        .any(|b| NOT_VALUE.iter().any(|w| b.ends_with(w)))
        || NOT_VALUE_AFTER.iter().any(|w| after.starts_with(w))
}

fn status_of(lower: &str, lex: &Lexicon) -> Status {
    let has = |key: &str| {
        lex.deal
            .status
            .get(key)
            .is_some_and(|cues| contains_phrase(lower, cues))
    };
    if has("terminated") {
        Status::Terminated
    } else if has("completed") {
        Status::Completed
    } else if has("rumoured") {
        Status::Rumoured
    } else if has("planned") {
        Status::Planned
    } else {
        Status::Announced
    }
}

/// The amounts of a sentence that can be a deal's value: not per share, not restating another,
/// not too small, not a company's business figure.
fn deal_values(text: &str, lower: &str, lang: Lang) -> Vec<Money> {
    find_money(text, lang)
        .into_iter()
        .filter(|m| {
            !m.per_share && !m.restates && m.amount >= MIN_AMOUNT && !is_business_figure(lower, m)
        })
        .collect()
}

/// All the deal mentions of `article`.
pub fn extract(article: &Article) -> Vec<Mention> {
    let lex = lexicon(article.language);
    let body = &article.body;
    // The title is read as the first sentence, unless it is set in capitals (wire copy), where
    // no name can be told from the words around it.
    let title = article.title.trim();
    let title_usable = title.chars().any(char::is_lowercase)
        && title.chars().filter(|c| c.is_uppercase()).count() * 3
            < title.chars().filter(|c| c.is_alphabetic()).count();
    let mut sentences: Vec<&str> = title_usable
        .then_some(title)
        .into_iter()
        .chain(split_sentences(body).into_iter().map(|s| s.text(body)))
        .filter(|t| t.len() <= MAX_SENTENCE_BYTES)
        .collect();
    // A wire item that is only its headline in capitals is read in that headline, written
    // again as prose would write it.
    let recased = if sentences.is_empty() {
        headline::recase(title, article.language).filter(|r| r.text.len() <= MAX_SENTENCE_BYTES)
    } else {
        None
    };
    sentences.extend(recased.as_ref().map(|r| r.text.as_str()));
    // One automaton pass decides whether the article can hold a deal at all; most do not, and
    // then no name, amount or date is looked for.
    let lowers: Vec<String> = sentences.iter().map(|s| lower_same_len(s)).collect();
    let hits: Vec<Vec<Hit>> = lowers
        .iter()
        .map(|l| find_triggers(l, article.language))
        .collect();
    if !hits
        .iter()
        .flatten()
        .any(|h| h.meaning != Meaning::Negative)
    {
        return Vec::new();
    }
    // The names of the sentences with a deal word come first: they tell whether any sentence
    // can give a deal at all, and only then are the others read for the survey.
    let names = |idx: usize| find_companies(sentences[idx], lex);
    let mut companies: Vec<Vec<Company>> = (0..sentences.len())
        .map(|idx| {
            if hits[idx].is_empty() {
                Vec::new()
            } else {
                names(idx)
            }
        })
        .collect();
    let deal_hits: Vec<Vec<Hit>> = (0..sentences.len())
        .map(|idx| {
            deal_words(
                sentences[idx],
                &lowers[idx],
                &hits[idx],
                &companies[idx],
                lex,
            )
        })
        .collect();
    let negative: Vec<bool> = hits
        .iter()
        .zip(&lowers)
        .map(|(h, lower)| {
            h.iter().any(|n| {
                n.meaning == Meaning::Negative
                    && !pays_a_takeover(lower, h, n, &lex.deal)
                    && !alliance_offers(lower, h, n, &lex.deal)
            })
        })
        .collect();
    let read = parties_needed(&deal_hits, &negative);
    if !read.contains(&true) {
        return Vec::new();
    }
    for (idx, found) in companies.iter_mut().enumerate() {
        if hits[idx].is_empty() {
            *found = names(idx);
        }
    }
    let mut survey = Survey::of(&sentences, &lowers, &companies, lex);
    // the names of a recased headline are its only evidence, and all of them are names; the
    // one that opens it is known to be one
    if let Some(r) = &recased {
        for c in &companies[0] {
            if r.opens_with_name && c.start == 0 {
                survey.confirm(&c.name);
            }
            survey.confirm_company(&c.name);
        }
    }
    // "Moody's Investors Service Inc said it may downgrade ... because of GAF's offer for
    // Borg-Warner": a company that reports a rating action comments on deals, it is party to none
    let raters = raters(&sentences, &lowers, &companies, lex);
    let main_company = survey
        .main_company()
        .filter(|m| !raters.iter().any(|r| same_company(r, m)));
    let mut out: Vec<Mention> = Vec::new();
    // (company, sentence index) the text was last about
    let mut topic: Option<(String, usize, bool)> = None;
    let mut last_mention: Option<(usize, usize)> = None; // (index in out, sentence index)
    for (idx, text) in sentences.iter().enumerate() {
        let lower = &lowers[idx];
        let (persons, parties): (Vec<_>, Vec<_>) = if read[idx] {
            survey
                .parties(text, lower, &companies[idx], lex)
                .into_iter()
                .filter(|p| !raters.iter().any(|r| same_company(r, &p.name)))
                // "raised to A-minus from BBB": a rating grade is no name; written with its
                // notch ("BB-plus", "Baa-3") it is none in any article
                .filter(|p| !is_rating_grade(&p.name) || raters.is_empty() && !p.name.contains('-'))
                .partition(|p| p.person)
        } else {
            (Vec::new(), Vec::new())
        };
        let negative = negative[idx];
        if *DEBUG {
            for h in hits[idx].iter().filter(|h| inside_name(&companies[idx], h)) {
                eprintln!("  (inside a name) {:?} in {text}", &lower[h.start..h.end]);
            }
        }
        let deal_hits = &deal_hits[idx];
        if *DEBUG && !deal_hits.is_empty() {
            eprintln!("· {text}");
            for h in deal_hits {
                eprintln!(
                    "    trigger {:?} {:?}{}",
                    &lower[h.start..h.end],
                    h.meaning,
                    if h.weak { " weak" } else { "" }
                );
            }
            for p in &persons {
                eprintln!("    person {:?} {:?}", p.name, p.role);
            }
            for p in &parties {
                eprintln!(
                    "    party {:?} {:?}{}{}",
                    p.name,
                    p.role,
                    if p.plain_company { " plain" } else { "" },
                    if p.legal { " legal" } else { "" }
                );
            }
        }
        // The amounts are looked for only where they can be read: in a deal sentence, or in
        // the one that names the value of the deal just before (below).
        let money = if deal_hits.is_empty() {
            Amounts::none()
        } else {
            Amounts::new(text, lower, article.language, deal_values)
        };
        let mut produced = 0;
        if !deal_hits.is_empty() && !negative {
            let mut stakes = find_stakes(text, article.language);
            stakes.retain(|st| !held_stake(&lower[st.end..], &lex.deal.held_after));
            // "según informó la cadena": past the topic's reach, a company word alone is the
            // company the article is about
            let coref = topic
                .as_ref()
                .filter(|(_, i, _)| idx - i <= COREF_REACH)
                .map(|(n, _, plain)| (n.as_str(), *plain))
                .or_else(|| {
                    main_company
                        .filter(|_| assemble::names_no_company(lower, &parties, lex))
                        .map(|m| (m, true))
                });
            let sentence = Sentence {
                lower,
                parties: &parties,
                money: &money,
                stakes: &stakes,
                coref: coref.map(|(n, _)| n),
                coref_plain: coref.is_some_and(|(_, plain)| plain),
                main: main_company,
                persons: &persons,
            };
            // "Moody's said it has raised its ratings on 50 mln dlrs of securities": a rating
            // raised is no money raised
            let rated: Vec<Hit>;
            let deal_hits = if !raters.is_empty()
                && contains_phrase(lower, &lex.deal.rating_words)
                && deal_hits.iter().any(|h| h.meaning == Meaning::Raise)
            {
                rated = deal_hits
                    .iter()
                    .filter(|h| h.meaning != Meaning::Raise)
                    .cloned()
                    .collect();
                &rated
            } else {
                deal_hits
            };
            let found = sentence_deals(&sentence, deal_hits, lex);
            if !found.is_empty() {
                let status = status_of(lower, lex);
                let mut dates = find_dates(text, article.language, article.published);
                // "L'acquisizione ... valorizza": a sentence that opens on the deal just told
                // of, with no day of its own, has the day of the sentence before
                if dates.is_empty() && idx > 0 && opens_on_anaphora(lower, lex) {
                    dates = find_dates(sentences[idx - 1], article.language, article.published);
                }
                for f in found {
                    out.push(mention(article, text, f, status, &dates));
                    produced += 1;
                }
                last_mention = Some((out.len() - 1, idx));
            }
        }
        // "The transaction is worth about 356.5 mln dlrs": an amount for the deal just named.
        if produced == 0 {
            // the phrase is looked for only when a deal was found before
            if let Some(((j, at), at_phrase)) =
                last_mention.and_then(|last| find_anaphora(text, lower, lex).map(|at| (last, at)))
            {
                let fresh;
                let money: &[Money] = if deal_hits.is_empty() && idx - at <= COREF_REACH {
                    fresh = deal_values(text, lower, article.language);
                    &fresh
                } else if idx - at <= COREF_REACH && out[j].money.is_none() {
                    &money
                } else {
                    &[] // not read
                };
                if idx - at <= COREF_REACH && out[j].money.is_none() {
                    // the amount after the phrase ("the transaction is worth ..."), else the largest
                    let m = money
                        .iter()
                        .find(|m| m.start > at_phrase)
                        .or_else(|| money.iter().max_by(|a, b| a.amount.total_cmp(&b.amount)))
                        .cloned();
                    if let Some(m) = m {
                        out[j].amount_text = text[m.start..m.end].trim().to_string();
                        out[j].money = Some(m);
                    }
                }
            }
        }
        // "Dos empresas … sellaron alianza … Se trata de La Haus y Amarilo": an alliance told
        // with no name has the names that open the next sentence as its partners
        let unnamed = deal_hits.iter().find_map(|h| match h.meaning {
            Meaning::Deal(
                t @ (DealType::Partnership | DealType::JointVenture | DealType::Merger),
            ) if !h.weak => Some(t),
            _ => None,
        });
        // (a place named later in it, "un nuevo aeropuerto en El Dorado", is no party of it)
        let no_party = !parties
            .iter()
            .any(|p| matches!(p.role, Role::Subject | Role::Partner));
        if let Some(kind) = unnamed.filter(|_| produced == 0 && !negative && no_party) {
            if let Some(next) = sentences.get(idx + 1) {
                let (next_lower, found) = (&lowers[idx + 1], &companies[idx + 1]);
                let named = survey.parties(next, next_lower, found, lex);
                if let Some(names) = assemble::identified_names(next_lower, &named, lex) {
                    let f = assemble::Found {
                        deal_type: kind,
                        company_a: named[names[0]].name.clone(),
                        company_b: names[1..].iter().map(|i| named[*i].name.clone()).collect(),
                        money: None,
                        stake_pct: None,
                        explicit: names.iter().all(|i| named[*i].plain_company),
                    };
                    let dates = find_dates(text, article.language, article.published);
                    let evidence = format!("{text} {next}");
                    out.push(mention(
                        article,
                        &evidence,
                        f,
                        status_of(lower, lex),
                        &dates,
                    ));
                    last_mention = Some((out.len() - 1, idx));
                }
            }
        }
        if let Some(p) = parties.iter().find(|p| p.role == Role::Subject) {
            topic = Some((p.name.clone(), idx, p.plain_company));
        }
    }
    dedup_within(out)
}

/// Whether a deal word is part of a name ("Investment Limited Partnership").
/// A deal word inside a name is part of the name ("Investment Limited Partnership"); a name that
/// is only the deal word is none ("Die Finanzierungsrunde").
fn inside_name(companies: &[Company], h: &Hit) -> bool {
    companies
        .iter()
        .any(|c| c.start <= h.start && h.end <= c.end && (c.start, c.end) != (h.start, h.end))
}

/// The deal words of a sentence that may make a deal: not the negative ones, not one inside a
/// name, not a deal noun that only says what a company is.
fn deal_words(
    text: &str,
    lower: &str,
    hits: &[Hit],
    companies: &[Company],
    lex: &Lexicon,
) -> Vec<Hit> {
    hits.iter()
        .filter(|h| {
            h.meaning != Meaning::Negative
                && !inside_name(companies, h)
                && !opens_a_name(text, h, lex)
                && !ends_a_compound(text, h)
                && !trigger::describes_company(lower, h, lex)
                && !trigger::credits_partner(lower, h, lex)
                && !is_vehicle(lower, h, hits, lex)
        })
        .copied()
        .collect()
}

/// Whether a deal word written with a capital inside a sentence opens a name that goes on with
/// capitalised words ("Alleanza della Sinistra Democratica", "la Alianza del Pacífico", "the
/// Alliance Automation Systems division"). A heading that capitalises every word proves nothing.
fn opens_a_name(text: &str, h: &Hit, lex: &Lexicon) -> bool {
    let before = text[..h.start].trim_end();
    let mid_sentence = before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == ',');
    if !text[h.start..].starts_with(char::is_uppercase) || !mid_sentence {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let capitals = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    if capitals * 2 > words.len() {
        return false;
    }
    // "capogruppo di Alleanza nazionale": where nouns are written small, a capital alone makes
    // the deal word a name's, but for the rounds of funding that are written so ("a Series A")
    if !lex.deal.nouns_capitalised
        && !matches!(
            h.meaning,
            Meaning::Deal(DealType::FundingRound) | Meaning::Raise
        )
    {
        return true;
    }
    let mut after = text[h.end..].split_whitespace();
    let capitalised = |w: Option<&str>| w.is_some_and(|w| w.starts_with(char::is_uppercase));
    match after.next() {
        Some(w) if lex.deal.name_links.iter().any(|l| l == w) => capitalised(after.next()),
        next => capitalised(next),
    }
}

/// Whether a deal word ends a hyphenated compound after a common noun ("government-acquired
/// assets", "a family-owned firm"): an adjective, no deal. After an adverb it still tells the
/// deal ("recently-acquired Ozark Air Lines"), and after a name it names the target
/// ("die Orange-Übernahme durch 3").
fn ends_a_compound(text: &str, h: &Hit) -> bool {
    let Some(head) = text[..h.start].strip_suffix('-') else {
        return false;
    };
    let word = head
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    word.starts_with(char::is_lowercase) && !word.ends_with("ly")
}

/// How many words may stand between an agreement and the purchase it is made for.
const VEHICLE_REACH: usize = 8;

/// Whether a partnership word is the vehicle of a purchase, an investment, a joint venture or a
/// merger told right after it with a word of purpose: "signed an agreement with Beta Inc to buy
/// 30 pct of Gamma Inc", "firmó un acuerdo con Beta para la compra del 30% de Gama", "signed a
/// memorandum of understanding with Telefonica to establish a joint venture".
fn is_vehicle(lower: &str, h: &Hit, hits: &[Hit], lex: &Lexicon) -> bool {
    h.meaning == Meaning::Deal(DealType::Partnership)
        && lower[h.start..h.end]
            .split_whitespace()
            .any(|w| lex.deal.vehicle_nouns.iter().any(|n| n == w))
        && hits.iter().any(|d| {
            matches!(
                d.meaning,
                Meaning::Deal(
                    DealType::Acquisition
                        | DealType::Investment
                        | DealType::JointVenture
                        | DealType::Merger
                )
            ) && d.start > h.end
                && !lower[h.end..d.start].contains([',', ';', ':'])
                && {
                    let between: Vec<&str> = lower[h.end..d.start].split_whitespace().collect();
                    between.len() <= VEHICLE_REACH
                        && lex.deal.purpose_markers.iter().any(|m| {
                            let words: Vec<&str> = m.split(' ').collect();
                            between.windows(words.len()).any(|w| w == words.as_slice())
                        })
                }
        })
}

/// Which sentences need their parties read: a deal sentence (deal words and no negative
/// construction), and the `COREF_REACH` sentences before one, whose subject it may point back
/// to. A topic set farther back is out of its reach anyway. `DEALSIFT_DEBUG` reads them all.
/// The companies that report a rating action in the article: the name right before a
/// reporting verb in a sentence with a rating word ("Standard and Poor's Corp said it placed on
/// creditwatch ...", "Moody's said it may downgrade the debt ratings of ...").
fn raters(
    sentences: &[&str],
    lowers: &[String],
    companies: &[Vec<Company>],
    lex: &Lexicon,
) -> Vec<String> {
    if lex.deal.rating_words.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<String> = Vec::new();
    for ((text, lower), found) in sentences.iter().zip(lowers).zip(companies) {
        if !contains_phrase(lower, &lex.deal.rating_words) {
            continue;
        }
        for c in found {
            let after = text[c.end..].trim_start();
            let after = after
                .strip_prefix("'s")
                .or_else(|| after.strip_prefix("’s"))
                .unwrap_or(after)
                .trim_start();
            let said = lex.deal.reporting_verbs.iter().any(|v| {
                after.starts_with(v.as_str())
                    && !after[v.len()..].starts_with(char::is_alphanumeric)
            });
            if said && !out.contains(&c.name) {
                out.push(c.name.clone());
            }
        }
    }
    out
}

/// Whether a name is a credit rating grade ("BBB", "A-minus", "Baa-3", "Prime-2", "B-plus").
fn is_rating_grade(name: &str) -> bool {
    let (base, rest) = name.split_once('-').map_or((name, ""), |(b, r)| (b, r));
    let grade = matches!(
        base,
        "AAA"
            | "AA"
            | "A"
            | "BBB"
            | "BB"
            | "B"
            | "CCC"
            | "CC"
            | "C"
            | "D"
            | "Aaa"
            | "Aa"
            | "Baa"
            | "Ba"
            | "Caa"
            | "Ca"
            | "Prime"
            | "P"
    );
    grade && (rest.is_empty() || matches!(rest, "1" | "2" | "3" | "plus" | "minus"))
}

fn parties_needed(deal_hits: &[Vec<Hit>], negative: &[bool]) -> Vec<bool> {
    let deal_sentence = |j: usize| !deal_hits[j].is_empty() && !negative[j];
    (0..deal_hits.len())
        .map(|idx| {
            *DEBUG || (idx..=idx + COREF_REACH).any(|j| j < deal_hits.len() && deal_sentence(j))
        })
        .collect()
}

/// Where a phrase that points back to the deal just told of stands: "the stake", or with the
/// company's name between ("The Shearson stake is to be sold for 530 mln dlrs").
fn find_anaphora(text: &str, lower: &str, lex: &Lexicon) -> Option<usize> {
    find_phrase(lower, &lex.deal.anaphora).or_else(|| {
        lex.deal.anaphora.iter().find_map(|a| {
            let (article, noun) = a.split_once(' ')?;
            lower.match_indices(noun).find_map(|(at, _)| {
                if !trigger::is_word_boundary(lower, at, at + noun.len()) {
                    return None;
                }
                // one or two capitalised words between the article and the noun
                let mut start = at;
                for _ in 0..2 {
                    let before = lower[..start].trim_end();
                    let word_start = before.rfind(char::is_whitespace).map_or(0, |i| i + 1);
                    if !text[word_start..].starts_with(char::is_uppercase) {
                        return None;
                    }
                    start = word_start;
                    let rest = lower[..start].trim_end();
                    let art_start = rest.rfind(char::is_whitespace).map_or(0, |i| i + 1);
                    if &rest[art_start..] == article {
                        return Some(art_start);
                    }
                }
                None
            })
        })
    })
}

/// Whether a sentence opens on an anaphoric deal phrase ("The deal ...", "L'operazione ...").
fn opens_on_anaphora(lower: &str, lex: &Lexicon) -> bool {
    let start = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    lex.deal.anaphora.iter().any(|a| {
        start.starts_with(a.as_str())
            && !start[a.len()..].starts_with(|c: char| c.is_alphanumeric())
    })
}

fn mention(
    article: &Article,
    text: &str,
    f: assemble::Found,
    status: Status,
    dates: &[crate::date::DateMention],
) -> Mention {
    let (deal_date, date_source) = match dates.first() {
        Some(d) => (Some(d.date), Some(d.source)),
        None => match article.published {
            Some(p) => (Some(p), Some(DateSource::Article)),
            None => (None, None),
        },
    };
    let confidence: f64 = 0.35
        + if f.company_a.is_empty() { 0.0 } else { 0.15 }
        + if f.money.is_some() { 0.2 } else { 0.0 }
        + if f.explicit { 0.1 } else { 0.0 }
        + if deal_date.is_some() { 0.1 } else { 0.0 }
        + if status == Status::Rumoured { 0.0 } else { 0.1 };
    Mention {
        article: article.id.clone(),
        url: article.url.clone(),
        article_date: article.published,
        language: article.language,
        deal_type: f.deal_type,
        company_a: f.company_a,
        company_b: f.company_b,
        amount_text: f
            .money
            .as_ref()
            .map(|m| text[m.start..m.end].trim().to_string())
            .unwrap_or_default(),
        money: f.money,
        stake_pct: f.stake_pct,
        deal_date,
        date_source,
        status,
        confidence: (confidence.min(1.0) * 100.0).round() / 100.0,
        evidence: text.to_string(),
    }
}

/// Keeps one mention per (type, A, B) within an article: the first, filled with the amount,
/// stake and day of later ones when it has none. A merger of the two companies of an acquisition is
/// that acquisition.
/// Whether a mention's doer is named in its own sentence, not taken from the text around it.
fn doer_named(m: &Mention) -> bool {
    !m.company_a.is_empty() && m.evidence.contains(m.company_a.as_str())
}

/// How many words at the start of a sentence may hold the word that points back to its doer.
const POINTER_WORDS: usize = 4;

/// Whether a sentence opens by pointing back to a company ("The new company said it
/// purchased", "It holds"): its doer is the one it points to.
fn points_to_doer(m: &Mention) -> bool {
    let lex = lexicon(m.language);
    m.evidence
        .split_whitespace()
        .take(POINTER_WORDS)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .any(|w| {
            lex.deal.subject_pronouns.contains(&w)
                || lex
                    .deal
                    .company_intros
                    .iter()
                    .any(|c| c.rsplit(' ').next() == Some(w.as_str()))
        })
}

/// "Microsoft ... en rachetant ZeniMax" and later "le rachat de ZeniMax devrait donner ...":
/// a directed deal whose doer its sentence does not name, on a target an earlier mention of
/// the article names with its doer, is that deal by that doer (not by the company the text
/// last spoke of).
fn borrow_named_doer(mentions: &mut [Mention]) {
    for k in 1..mentions.len() {
        let (before, rest) = mentions.split_at_mut(k);
        let m = &mut rest[0];
        if !m.deal_type.is_directed()
            || m.company_b.len() != 1
            || doer_named(m)
            || points_to_doer(m)
        {
            continue;
        }
        let told = before.iter().find(|e| {
            e.deal_type == m.deal_type
                && e.company_b.len() == 1
                && doer_named(e)
                && assemble::same_company(&e.company_b[0], &m.company_b[0])
        });
        if let Some(e) = told {
            m.company_a = e.company_a.clone();
        }
    }
}

fn dedup_within(mut mentions: Vec<Mention>) -> Vec<Mention> {
    borrow_named_doer(&mut mentions);
    let same = |x: &Mention, y: &Mention| {
        if x.deal_type != y.deal_type {
            return false;
        }
        // a round told once with its investors and once without is one round
        let unnamed_investor = x.deal_type == DealType::FundingRound
            && (x.company_a.is_empty() || y.company_a.is_empty());
        if x.deal_type.is_directed() {
            return (unnamed_investor || assemble::same_company(&x.company_a, &y.company_a))
                && x.company_b.len() == y.company_b.len()
                && x.company_b
                    .iter()
                    .zip(&y.company_b)
                    .all(|(p, q)| assemble::same_company(p, q) || short_form(p, q));
        }
        // partners in any order: every party of one is a party of the other
        let xs: Vec<&String> = std::iter::once(&x.company_a).chain(&x.company_b).collect();
        let ys: Vec<&String> = std::iter::once(&y.company_a).chain(&y.company_b).collect();
        let within = |a: &[&String], b: &[&String]| {
            a.iter()
                .all(|p| b.iter().any(|q| assemble::same_company(p, q)))
        };
        within(&xs, &ys) || within(&ys, &xs)
    };
    // "The merger of X and Y" beside "X acquires Y": one deal, told the second way with its
    // direction
    let acquisitions: Vec<(String, String)> = mentions
        .iter()
        .filter(|m| m.deal_type == DealType::Acquisition && m.company_b.len() == 1)
        .map(|m| (m.company_a.clone(), m.company_b[0].clone()))
        .collect();
    let told_as_acquisition = |m: &Mention| {
        m.deal_type == DealType::Merger
            && m.company_b.len() == 1
            && acquisitions.iter().any(|(a, b)| {
                let (x, y) = (&m.company_a, &m.company_b[0]);
                assemble::same_company(a, x) && assemble::same_company(b, y)
                    || assemble::same_company(a, y) && assemble::same_company(b, x)
            })
    };
    // "PCAOB" and "American Public Company Accounting Oversight Board" are one body, no deal
    let one_body = |m: &Mention| {
        m.company_b
            .iter()
            .any(|b| is_acronym_of(&m.company_a, b) || is_acronym_of(b, &m.company_a))
    };
    let mentions: Vec<Mention> = mentions
        .into_iter()
        .filter(|m| !told_as_acquisition(m) && !one_body(m))
        .collect();
    let mut out: Vec<Mention> = Vec::new();
    for m in mentions {
        if let Some(prev) = out.iter_mut().find(|p| same(p, &m)) {
            // a day the text gives beats the publication date put in for want of one
            let from_text = |x: &Mention| {
                matches!(x.date_source, Some(DateSource::Text | DateSource::Relative))
            };
            if !from_text(prev) && from_text(&m) {
                prev.deal_date = m.deal_date;
                prev.date_source = m.date_source;
            }
            if prev.company_a.is_empty() {
                prev.company_a = m.company_a;
            }
            if prev.money.is_none() && m.money.is_some() {
                prev.money = m.money;
                prev.amount_text = m.amount_text;
            }
            if prev.stake_pct.is_none() {
                prev.stake_pct = m.stake_pct;
            }
            continue;
        }
        out.push(m);
    }
    name_round_investors(&mut out);
    out
}

/// A round told with no investor takes the first investor the article names as putting money
/// into the same company, no more than the round: "Die Finanzierungsrunde brachte 526 Millionen
/// Dollar ein. Teil der Geldspritze ist eine Investition von 115 Millionen Dollar vom Telia
/// Sonera". The investment keeps its own row.
fn name_round_investors(mentions: &mut [Mention]) {
    let investments: Vec<(String, Vec<String>, Option<f64>)> = mentions
        .iter()
        .filter(|m| m.deal_type == DealType::Investment && !m.company_a.is_empty())
        .map(|m| {
            let amount = m.money.as_ref().map(|x| x.amount);
            (m.company_a.clone(), m.company_b.clone(), amount)
        })
        .collect();
    for round in mentions
        .iter_mut()
        .filter(|m| m.deal_type == DealType::FundingRound && m.company_a.is_empty())
    {
        let size = round.money.as_ref().map(|x| x.amount);
        let investor = investments.iter().find(|(a, b, amount)| {
            b.len() == round.company_b.len()
                && b.iter()
                    .zip(&round.company_b)
                    .all(|(p, q)| assemble::same_company(p, q))
                && !round.company_b.iter().any(|q| assemble::same_company(a, q))
                && match (amount, size) {
                    (Some(part), Some(whole)) => part <= &whole,
                    _ => true,
                }
        });
        if let Some((a, _, _)) = investor {
            round.company_a = a.clone();
        }
    }
}

/// Whether one name is the other's last word, as a text shortens a two-word name after first
/// writing it whole ("Kylie Jenner" … "Jenner"); only within one article.
fn short_form(x: &str, y: &str) -> bool {
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    let words: Vec<&str> = long.split_whitespace().collect();
    words.len() == 2 && words[1] == short.trim()
}

/// The qualifier of a mention's amount.
pub fn qualifier(m: &Mention) -> Qualifier {
    m.money.as_ref().map_or(Qualifier::Exact, |m| m.qualifier)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(lang: Lang, body: &str) -> Article {
        Article {
            id: "t.txt".into(),
            url: String::new(),
            title: String::new(),
            published: None,
            language: lang,
            body: body.into(),
        }
    }

    fn rows(lang: Lang, body: &str) -> Vec<(String, String, String, Option<f64>)> {
        extract(&article(lang, body))
            .into_iter()
            .map(|m| {
                (
                    m.deal_type.as_str().to_string(),
                    m.company_a,
                    m.company_b.join("; "),
                    m.money.map(|x| x.amount),
                )
            })
            .collect()
    }

    #[test]
    fn a_wire_item_that_is_only_a_capitals_headline_is_read() {
        let item = |title: &str, body: &str| {
            let mut a = article(Lang::En, body);
            a.title = title.into();
            extract(&a)
                .into_iter()
                .map(|m| (m.deal_type.as_str(), m.company_a, m.company_b))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            item(
                "ACME INDUSTRIES AGREES TO ACQUIRE WIDGET INTERNATIONAL FOR STOCK",
                ""
            ),
            [(
                "acquisition",
                "Acme Industries".to_string(),
                vec!["Widget International".to_string()]
            )]
        );
        // a single word that opens the headline and is no common word is a name
        assert_eq!(
            item(
                "ACMECO OFFERS TO ACQUIRE WIDGET INC FOR 11.50 DLRS A SHARE",
                ""
            ),
            [(
                "acquisition",
                "Acmeco".to_string(),
                vec!["Widget Inc".to_string()]
            )]
        );
        // the names of such a headline are companies' unless a first name opens them
        assert_eq!(
            item(
                "ACMECO BUYS WIDGET COSMETICS FROM GADGET GROUP FOR UNDISCLOSED TERMS",
                ""
            ),
            [(
                "acquisition",
                "Acmeco".to_string(),
                vec!["Widget Cosmetics".to_string()]
            )]
        );
        assert!(item("ACME INDUSTRIES FEBRUARY SALES UP 12 PCT", "").is_empty());
        // with a text of its own, the text tells the deal and the headline is not read
        assert!(item(
            "ACME INDUSTRIES AGREES TO ACQUIRE WIDGET INTERNATIONAL FOR STOCK",
            "Acme Industries said its sales rose."
        )
        .is_empty());
    }

    #[test]
    fn seed_sentence_gives_three_deals() {
        let body = "Dopo aver già stretto accordi di investimento con Intel (5 miliardi di dollari) e con OpenAI (fino a 100 miliardi) – una strategia per rafforzare la propria catena del valore nel mondo dell’IA –, Nvidia ha annunciato un’alleanza anche con Alibaba, il gigante cinese dell’e-commerce e del cloud.";
        let got = rows(Lang::It, body);
        assert!(
            got.contains(&(
                "investment".into(),
                "Nvidia".into(),
                "Intel".into(),
                Some(5e9)
            )),
            "{got:?}"
        );
        assert!(
            got.contains(&(
                "investment".into(),
                "Nvidia".into(),
                "OpenAI".into(),
                Some(1e11)
            )),
            "{got:?}"
        );
        assert!(
            got.contains(&(
                "partnership".into(),
                "Nvidia".into(),
                "Alibaba".into(),
                None
            )),
            "{got:?}"
        );
    }

    #[test]
    fn active_and_passive_acquisitions() {
        let got = rows(
            Lang::En,
            "ConAgra Inc agreed to acquire Monfort of Colorado Inc in a stock transaction.",
        );
        assert_eq!(got[0].0, "acquisition");
        assert_eq!(got[0].1, "ConAgra Inc");
        assert_eq!(got[0].2, "Monfort of Colorado Inc");
        let got = rows(
            Lang::En,
            "Widget Inc was acquired by Acme Corp for 12 mln dlrs.",
        );
        assert_eq!(
            (got[0].1.as_str(), got[0].2.as_str(), got[0].3),
            ("Acme Corp", "Widget Inc", Some(12e6))
        );
    }

    #[test]
    fn the_price_of_a_sale_is_not_the_takeover_told_after_it() {
        let got = rows(
            Lang::En,
            "Harrow Tools Inc said it had agreed to sell Lisle Gear for 110 mln dlrs and to be acquired by Ferrant Acquisition Inc.",
        );
        assert_eq!(
            got,
            vec![(
                "acquisition".into(),
                "Ferrant Acquisition Inc".into(),
                "Harrow Tools Inc".into(),
                None
            )]
        );
        // an amount right before the deal word is its own
        let got = rows(
            Lang::En,
            "Fleet Group Inc said it might sell its Dorn Corp unit as a result of its proposed 1.3 billion dlr acquisition of Norwell Bancorp Inc.",
        );
        assert!(
            got.iter()
                .any(|r| r.2 == "Norwell Bancorp Inc" && r.3 == Some(1.3e9)),
            "{got:?}"
        );
    }

    #[test]
    fn amounts_go_to_the_deal_they_are_written_with() {
        // an amount written right before the deal word, and a buyout of a company's holders
        let got = rows(
            Lang::En,
            "Widget Holdings Inc agreed to inject $6.5 billion into Acme Corp and to fund a $3 billion buyout of existing shareholders, including $1 billion for some of Smith's shares.",
        );
        let want = |a: f64| ("Widget Holdings Inc".into(), "Acme Corp".into(), Some(a));
        let got: Vec<(String, String, Option<f64>)> =
            got.into_iter().map(|r| (r.1, r.2, r.3)).collect();
        assert_eq!(got, vec![want(6.5e9), want(3e9)]);
        // the deal word of a means clause lends its amount to the deal it tells how is done
        let got = rows(
            Lang::En,
            "Alden Corp said it had become the largest shareholder of Tribune Inc by acquiring the entire 25.2% stake held by Ferro Holdings Inc for $13 a share or $117.9 million.",
        );
        assert_eq!(
            got,
            vec![(
                "investment".into(),
                "Alden Corp".into(),
                "Tribune Inc".into(),
                Some(117.9e6)
            )]
        );
    }

    #[test]
    fn a_round_told_without_investors_takes_the_investor_named_after_it() {
        let got = rows(
            Lang::De,
            "Der Musikdienst Streamo AB hat seine Kasse aufgefüllt. Die Finanzierungsrunde brachte insgesamt 526 Millionen Dollar ein, wie die Firma bestätigte. Teil der Geldspritze ist eine Investition von 115 Millionen Dollar vom Telekommunikationskonzern Nordtel AB.",
        );
        assert!(
            got.contains(&(
                "funding_round".into(),
                "Nordtel AB".into(),
                "Streamo AB".into(),
                Some(526e6)
            )),
            "{got:?}"
        );
        assert!(
            got.contains(&(
                "investment".into(),
                "Nordtel AB".into(),
                "Streamo AB".into(),
                Some(115e6)
            )),
            "{got:?}"
        );
    }

    #[test]
    fn a_place_that_opens_a_name_the_article_writes_whole_stays_in_it() {
        let got = rows(
            Lang::En,
            "Compagnie Generale Des Eaux said it has a 5.0 pct stake in California Water Service Co. In a filing, Compagnie Generale said it bought its 139,200 California Water shares for a total of 7.0 mln dlrs.",
        );
        assert!(
            got.iter()
                .all(|r| r.2 == "California Water Service Co" || r.2 == "California Water"),
            "{got:?}"
        );
    }

    #[test]
    fn a_stake_held_by_a_company_is_not_bought_by_it() {
        // the holder sells; it is neither the buyer nor what is bought
        let got = rows(
            Lang::En,
            "Fletcher Corp said it had made an offer for the 24 pct of Forest Products Ltd held by Rada Corp.",
        );
        assert!(
            got.iter().all(|r| r.1 != "Rada Corp" && r.2 != "Rada Corp"),
            "{got:?}"
        );
        let got = rows(
            Lang::En,
            "Newmont Corp bought the 30.74 pct interest held by the Williams Cos for 320 mln dlrs.",
        );
        assert!(got.is_empty(), "{got:?}");
        let got = rows(
            Lang::It,
            "Alfa S.p.A. ha rilevato la quota detenuta da Beta S.p.A. in Gamma S.r.l.",
        );
        assert!(got.iter().all(|r| r.1 == "Alfa S.p.A."), "{got:?}");
    }

    #[test]
    fn buybacks_are_not_deals() {
        assert!(rows(
            Lang::En,
            "Acme Corp said it will buy back 5 mln of its shares from Widget Inc."
        )
        .is_empty());
    }

    /// One construction per row: the sentence and every (type, company_a, company_b) it must
    /// give, no more. Invented sentences in the style of each source.
    type Case = (
        Lang,
        &'static str,
        &'static [(&'static str, &'static str, &'static str)],
    );

    const CONSTRUCTIONS: &[Case] = &[
        // an adjective made of a place stands between "to" and the buyer
        (
            Lang::En,
            "Brisamar Inc said it sold its shoe divisions to Montreal-based Lumetra Footwear Inc for undisclosed terms.",
            &[("acquisition", "Lumetra Footwear Inc", "Brisamar Inc")],
        ),
        (
            Lang::En,
            "Brisamar Inc agreed to sell its unit to New York-based Lumetra Corp.",
            &[("acquisition", "Lumetra Corp", "Brisamar Inc")],
        ),
        // the particle of a family name opens the company named after the family; a first
        // name before a word such as "Enterprises" names a company, not a person
        (
            Lang::En,
            "Harlow Corp said De Lumetra Mines Ltd agreed to buy Brisamar Inc.",
            &[("acquisition", "De Lumetra Mines Ltd", "Brisamar Inc")],
        ),
        (
            Lang::It,
            "Il gruppo Brisamar ha venduto la divisione alimentare a Del Lumetra Spa.",
            &[("acquisition", "Del Lumetra Spa", "Brisamar")],
        ),
        (
            Lang::En,
            "Brisamar Inc said it has terminated its agreement to buy Beverly Enterprises.",
            &[("acquisition", "Brisamar Inc", "Beverly Enterprises")],
        ),
        // the name a relative clause follows is its subject when it is no subject of its own
        // clause ("from X, which hopes to take"), not when a pronoun is ("X, which it bought")
        (
            Lang::En,
            "A second bid has come from the electronics group Brisamar AG <BRSM.F>, which hopes to take a 20 pct stake in Lumetra Corp.",
            &[("investment", "Brisamar AG", "Lumetra Corp")],
        ),
        (
            Lang::En,
            "Harlow Inc said its buyout by Brisamar Corp, which acquired 91 pct of Harlow common in a tender offer, has been completed.",
            &[("acquisition", "Brisamar Corp", "Harlow")],
        ),
        // where adjectives precede a company noun, they do not cut the look-back for the role
        (
            Lang::En,
            "Brisamar Co exercised an option to take a 51.2 pct stake in the French pen firm Lumetra.",
            &[("acquisition", "Brisamar Co", "Lumetra")],
        ),
        // goods named without a count, debt securities, a succession, an analyst's rating
        // and the buying power of a currency are no deals
        (
            Lang::En,
            "Brisamar Corp said Harlow had acquired Chinese-made Lumetra missiles last month.",
            &[],
        ),
        (
            Lang::En,
            "Brisamar Corp purchased notes totaling about 40 mln dlrs from Lumetra Bank Inc.",
            &[],
        ),
        (
            Lang::En,
            "Brisamar Corp said its chairman Tom Harlow took over from Lumetra Inc founder Jack Lumetra.",
            &[],
        ),
        (
            Lang::En,
            "Brisamar Inc said it raised its opinion on Lumetra Inc's stock to an aggressive buy from a hold.",
            &[],
        ),
        (
            Lang::En,
            "Japan agreed to increase purchases of U.S.-made parts from Brisamar Inc.",
            &[],
        ),
        // a name set right before a deal noun and its object is the noun's doer
        (
            Lang::En,
            "The Harlow group is growing after the restructuring sparked by the Brisamar Corp Ltd <BRS.S> takeover of the Lumetra Times Ltd group.",
            &[("acquisition", "Brisamar Corp Ltd", "Lumetra Times Ltd")],
        ),
        // a deal word written with a capital inside a sentence is a name's where nouns are
        // written small ("capogruppo di Alleanza nazionale"), not a round of funding's
        (
            Lang::It,
            "Lo hanno sostenuto il gruppo Brisamar e il capogruppo di Alleanza nazionale al Senato, Lumetra Spa.",
            &[],
        ),
        (
            Lang::En,
            "Lumetra Inc raised $10 million in a Series A round led by Brisamar Ventures.",
            &[("funding_round", "Brisamar Ventures", "Lumetra Inc")],
        ),
        // "rilevare" is also to note, to detect: alone it proves no deal
        (
            Lang::It,
            "Il telescopio Brisamar ha rilevato delle molecole di acqua nel cratere Lumetra.",
            &[],
        ),
        // the adjectives after a company word of a description ("de baterias") and a clear
        // buyer marker before an article-like one ("vendeu a Avon para a Unilever")
        (
            Lang::Pt,
            "A montadora japonesa Brisamar e a fabricante sul-coreana de baterias Lumetra Energy anunciaram um empreendimento conjunto.",
            &[("joint_venture", "Brisamar", "Lumetra Energy")],
        ),
        (
            Lang::Pt,
            "A Brisamar vendeu a Lumetra para a Harlow por R$ 2 bilhões.",
            &[("acquisition", "Harlow", "Lumetra")],
        ),
        // German past tenses, and the perfect that puts the participle last: the name between
        // the auxiliary and the participle is the object
        (
            Lang::De,
            "Die Brisamar AG übernahm die Lumetra GmbH.",
            &[("acquisition", "Brisamar AG", "Lumetra GmbH")],
        ),
        (
            Lang::De,
            "Die Brisamar AG hat die Lumetra GmbH für 300 Millionen Euro gekauft.",
            &[("acquisition", "Brisamar AG", "Lumetra GmbH")],
        ),
        // the doer of a French gerund is the clause's subject, not the name nearest before it
        (
            Lang::Fr,
            "Le groupe Brisamar a envoyé un message fort à son principal rival Harlow en rachetant pour 7,5 milliards de dollars Lumetra.",
            &[("acquisition", "Brisamar", "Lumetra")],
        ),
        // users, customers and skills acquired are no companies
        (
            Lang::Es,
            "La empresa Brisamar dijo que Lumetra es un elemento clave para la adquisición de usuarios.",
            &[],
        ),
        // a later "the acquisition of X" that names no doer is the deal told before with its
        // doer, not one by the company the text last spoke of
        (
            Lang::Fr,
            "Le groupe Brisamar a racheté la société Lumetra pour 2 milliards d'euros. La société Harlow a publié une note. Pour plusieurs experts, le rachat de Lumetra devrait aider le secteur.",
            &[("acquisition", "Brisamar", "Lumetra")],
        ),
        // a German deal noun with its object in the genitive and its doer after "durch"; a
        // name that opens with a deal noun is none ("Der Kauf der Lumetra GmbH")
        (
            Lang::De,
            "Die Übernahme der Lumetra GmbH durch die Brisamar AG ist abgeschlossen.",
            &[("acquisition", "Brisamar AG", "Lumetra GmbH")],
        ),
        (
            Lang::De,
            "Der Kauf der Lumetra GmbH durch die Brisamar AG ist abgeschlossen. Die Übernahme wurde im Mai angekündigt.",
            &[("acquisition", "Brisamar AG", "Lumetra GmbH")],
        ),
        // a deal word that names a kind of firm is no deal
        (
            Lang::En,
            "The agency closed the investment holding company Brisamar Securities.",
            &[],
        ),
        // reflexive partnership verbs and "de la mano de" name the partner; an agent right
        // before the deal verb describes the subject named before it
        (
            Lang::Es,
            "La Fundación Brisamar fundada por Jeison Ortega se unió de la mano de Lumetra para reciclar residuos.",
            &[("partnership", "Fundación Brisamar", "Lumetra")],
        ),
        (
            Lang::Es,
            "La empresa Brisamar se asoció con Lumetra para ofrecer pagos digitales.",
            &[("partnership", "Brisamar", "Lumetra")],
        ),
        (
            Lang::Es,
            "La empresa Brisamar anunció una alianza estratégica con Lumetra en Bogotá.",
            &[("partnership", "Brisamar", "Lumetra")],
        ),
        // the two names an undirected deal noun is "of" may each be described ("su filial",
        // "la compañía") or set in brackets
        (
            Lang::Es,
            "A través de la alianza de su filial Brisamar Energía con la compañía Lumetra Ltda la empresa ganó dos bloques.",
            &[("partnership", "Brisamar Energía", "Lumetra Ltda")],
        ),
        (
            Lang::En,
            "The company was created in May 1986 by the merger of (Brisamar Vie) and (Lumetra Assurance).",
            &[("merger", "Brisamar Vie", "Lumetra Assurance")],
        ),
        // "reached/signed an agreement" with a pair for subject is a partnership; with a
        // partner after it, as committed as "signed an agreement with" read from the noun
        (
            Lang::En,
            "Brisamar Inc and Lumetra Corp signed an agreement to develop flat panel displays.",
            &[("partnership", "Brisamar Inc", "Lumetra Corp")],
        ),
        (
            Lang::En,
            "Brisamar Group said it signed an agreement with Lumetra Corp.",
            &[("partnership", "Brisamar Group", "Lumetra Corp")],
        ),
        (
            Lang::Fr,
            "La société Brisamar et Lumetra SA sont parvenues à un accord de distribution.",
            &[("partnership", "Brisamar", "Lumetra SA")],
        ),
        (
            Lang::Pt,
            "A Brisamar SA e a Lumetra chegaram a um acordo para distribuir vinhos.",
            &[("partnership", "Brisamar SA", "Lumetra")],
        ),
        // entering a company's capital, in any tense
        (
            Lang::Fr,
            "Brisamar SA est entré au capital de Lumetra SA à hauteur de 20%.",
            &[("investment", "Brisamar SA", "Lumetra SA")],
        ),
        (
            Lang::It,
            "Brisamar S.p.A. è entrata nel capitale di Lumetra S.p.A. con il 20%.",
            &[("investment", "Brisamar S.p.A.", "Lumetra S.p.A.")],
        ),
        (
            Lang::Pt,
            "A Brisamar SA entrou no capital da Lumetra SA com 20%.",
            &[("investment", "Brisamar SA", "Lumetra SA")],
        ),
        // a German passive puts its agent before the participle at the end
        (
            Lang::De,
            "Die Lumetra GmbH wird von der Brisamar AG übernommen.",
            &[("acquisition", "Brisamar AG", "Lumetra GmbH")],
        ),
        (
            Lang::De,
            "Die Lumetra GmbH wurde im Mai von der Brisamar AG für 40 Millionen Euro gekauft.",
            &[("acquisition", "Brisamar AG", "Lumetra GmbH")],
        ),
        // taking control of a company, with the article glued to "of"
        (
            Lang::Pt,
            "A Brisamar SA assumiu o controle da Lumetra SA por R$ 40 milhões.",
            &[("acquisition", "Brisamar SA", "Lumetra SA")],
        ),
        (
            Lang::It,
            "Brisamar S.p.A. ha preso il controllo della Lumetra S.p.A. per 40 milioni di euro.",
            &[("acquisition", "Brisamar S.p.A.", "Lumetra S.p.A.")],
        ),
        (
            Lang::Fr,
            "Brisamar SA a pris le contrôle du groupe Lumetra pour 40 millions d'euros.",
            &[("acquisition", "Brisamar SA", "Lumetra")],
        ),
        // passing "under the control of" / "into the hands of" X: X is the buyer
        (
            Lang::It,
            "Lumetra S.p.A. è passata sotto il controllo di Brisamar S.p.A. dopo l'accordo da 40 milioni di euro.",
            &[("acquisition", "Brisamar S.p.A.", "Lumetra S.p.A.")],
        ),
        (
            Lang::Es,
            "Lumetra SA pasó a manos de Brisamar SA tras pagar 40 millones de euros.",
            &[("acquisition", "Brisamar SA", "Lumetra SA")],
        ),
        (
            Lang::Pt,
            "A Lumetra SA passou para o controle da Brisamar SA por R$ 40 milhões.",
            &[("acquisition", "Brisamar SA", "Lumetra SA")],
        ),
        (
            Lang::En,
            "Lumetra Corp came under the control of Brisamar Inc in a 40 mln dlr deal.",
            &[("acquisition", "Brisamar Inc", "Lumetra Corp")],
        ),
        // absorbing and incorporating verbs are mergers
        (
            Lang::It,
            "Brisamar S.p.A. incorporerà Lumetra S.r.l. entro la fine dell'anno.",
            &[("merger", "Brisamar S.p.A.", "Lumetra S.r.l.")],
        ),
        (
            Lang::Fr,
            "Lumetra SA sera absorbée par Brisamar SA avant la fin de l'année.",
            &[("merger", "Brisamar SA", "Lumetra SA")],
        ),
        (
            Lang::Es,
            "Brisamar SA absorberá a Lumetra SA antes de que termine el año.",
            &[("merger", "Brisamar SA", "Lumetra SA")],
        ),
        (
            Lang::Pt,
            "A Brisamar SA vai incorporar a Lumetra SA até o final do ano.",
            &[("merger", "Brisamar SA", "Lumetra SA")],
        ),
        (
            Lang::De,
            "Die Lumetra GmbH wird mit der Brisamar AG bis zum Ende des Jahres verschmolzen.",
            &[("merger", "Lumetra GmbH", "Brisamar AG")],
        ),
        // a debt rescheduling agreed with creditors is no deal
        (
            Lang::En,
            "Brisamar reached an agreement here last week with the Paris Club of creditor governments to reschedule 900 mln dlrs of debt.",
            &[],
        ),
        // a company word after "and" stands for the name it introduces: both are the subject
        (
            Lang::Es,
            "La empresa Brisamar y la aerolínea colombiana Lumetra alcanzaron un acuerdo para distribuir vinos. La alianza empieza hoy.",
            &[("partnership", "Brisamar", "Lumetra")],
        ),
        // ... but not over an agent word: the group led by a person is no person's
        (
            Lang::It,
            "Il gruppo guidato da Andrea Orcel conferma l'acquisto di una partecipazione del 9% di Lumetra Holdings per la quale aveva presentato un'offerta.",
            &[],
        ),
        // a leader's title written in capitals without a comma is read into the person's
        // name; the company after it is still the one the person speaks for
        (
            Lang::Es,
            "Andrea Vélez Gerente General de Brisamar anunció la alianza con Lumetra.",
            &[("partnership", "Brisamar", "Lumetra")],
        ),
        // the names that open the next sentence as its "protagonists" are an unnamed
        // alliance's parties, whatever place the alliance sentence names
        (
            Lang::Es,
            "Una empresa colombiana y una multinacional australiana sellaron una alianza estratégica para crear una plataforma y se harán mejoras en El Dorado. Las protagonistas son Brisamar y Lumetra Asset Management.",
            &[("partnership", "Brisamar", "Lumetra Asset Management")],
        ),
        // a definite alliance with no name after it belongs to the pair that opens the
        // sentence; what a company word introduces is no person
        (
            Lang::Es,
            "Brisamar y Lumetra anunciaron el lanzamiento de Harlow Taxi en Medellín después de tener un buen primer año de operaciones en Bogotá ya que los conductores han generado más ganancias con la alianza.",
            &[("partnership", "Brisamar", "Lumetra")],
        ),
        (
            Lang::Es,
            "La empresa de seguros Brisamar Seguros anunció que había alcanzado una alianza con el centro hospitalario Serena Lumetra ubicado en Cartagena.",
            &[("partnership", "Brisamar Seguros", "Serena Lumetra")],
        ),
        // a known name glued to the end of the scene that opens the sentence is its subject
        // (text stripped of its commas); a weak agreement word made while signing
        (
            Lang::Es,
            "Lumetra abrió su sede. En el marco de la Feria de las Flores Brisamar anunció la firma de una alianza con Lumetra para promocionar la ciudad. La aerolínea Brisamar tiene 8 rutas y Brisamar crece.",
            &[("partnership", "Brisamar", "Lumetra")],
        ),
        (
            Lang::Es,
            "Brisamar SA anunció que está firmando un acuerdo con el procesador de pagos Lumetra para ofrecer la solución de cobro digital.",
            &[("partnership", "Brisamar SA", "Lumetra")],
        ),
        // a memorandum of understanding is a partnership, or the vehicle of the joint venture
        // it is signed for
        (
            Lang::Es,
            "La Bolsa Brisamar y Lumetra Latinoamérica firmaron un memorándum de entendimiento para apoyar la creación de mercados.",
            &[("partnership", "Bolsa Brisamar", "Lumetra Latinoamérica")],
        ),
        (
            Lang::En,
            "Brisamar Corp said it signed a memorandum of understanding with Lumetra SA to establish a joint venture to make chips.",
            &[("joint_venture", "Brisamar Corp", "Lumetra SA")],
        ),
        (
            Lang::It,
            "Brisamar Spa e Lumetra Srl hanno firmato un protocollo d'intesa per sviluppare progetti comuni.",
            &[("partnership", "Brisamar Spa", "Lumetra Srl")],
        ),
        // "X junto a Y": a single word joined to a name is a name; a description of the first
        // name "between" does not end the pair
        (
            Lang::Es,
            "Brisamar junto a Lumetra sellaron un acuerdo para acelerar la transformación digital de los mercados.",
            &[("partnership", "Brisamar", "Lumetra")],
        ),
        (
            Lang::Es,
            "Una alianza entre Brisamar comunidad de expertos que aplican tecnología para resolver desafíos y Lumetra Partners fondo de inversión permitió el lanzamiento de la iniciativa.",
            &[("partnership", "Brisamar", "Lumetra Partners")],
        ),
        // two companies whose leaders, each named after it, make the deal together
        (
            Lang::Es,
            "El presidente del Brisamar Florentino Pérez y el CEO de Lumetra Mauricio Ramos firmaron una alianza que facilitará los proyectos.",
            &[("partnership", "Brisamar", "Lumetra")],
        ),
        (
            Lang::It,
            "Il presidente di Brisamar Mario Rossi e l'amministratore delegato di Lumetra Paolo Bianchi hanno firmato un'alleanza per sviluppare i progetti comuni.",
            &[("partnership", "Brisamar", "Lumetra")],
        ),
        // "un'Opa su X" names its target; investment houses make no investment
        (
            Lang::It,
            "La Consob blocca definitivamente l'Opa farlocca su Brisamar Spa che a fine settembre circolava su Lumetra.",
            &[],
        ),
        (
            Lang::It,
            "Le case di investimento confermano la preferenza sul titolo Brisamar rispetto a Lumetra Spa.",
            &[],
        ),
        // a participle after a short phrase of the deal noun's own introduces its agent
        (
            Lang::It,
            "La Brisamar Spa non ha ricevuto comunicazioni sulla presunta offerta pubblica di acquisto sulle proprie azioni promossa dalla Lumetra Srl.",
            &[("acquisition", "Lumetra Srl", "Brisamar Spa")],
        ),
        // a several-word agent marker after a list of objects; the leader named after the
        // company speaks for it; a name grown back over the one before replaces it
        (
            Lang::Es,
            "Así ocurrió con la adquisición de Lumetra o Harlow por parte de Brisamar.",
            &[("acquisition", "Brisamar", "Lumetra")],
        ),
        (
            Lang::Es,
            "Durante la Convención Bancaria el presidente de Brisamar Carlos Forero se refirió a la importancia de su alianza con Lumetra.",
            &[("partnership", "Brisamar", "Lumetra")],
        ),
        (
            Lang::En,
            "The <Sterling Grace Capital Management L.P.> group made a proposal. The Sterling Grace Capital group said institutions are interested in financing the proposed acquisition of Lumetra Fund.",
            &[("acquisition", "Sterling Grace Capital", "Lumetra Fund")],
        ),
        // a leader's title inside a name ends the company's name; the company acts through
        // its leader; a noun-hyphen compound and a job title are no deal words
        (
            Lang::En,
            "He said Brisamar Chief Executive Bob Reed led the acquisition of Lumetra Corp.",
            &[("acquisition", "Brisamar", "Lumetra Corp")],
        ),
        (
            Lang::En,
            "These should be government-acquired assets under the direction of Brisamar Corp and Lumetra Inc.",
            &[],
        ),
        (
            Lang::En,
            "Brisamar Corp reported higher sales. The 1986 figures exclude recently-acquired Lumetra Air Lines Inc.",
            &[("acquisition", "Brisamar Corp", "Lumetra Air Lines Inc")],
        ),
        (
            Lang::En,
            "Lumetra Corp offers a wider market, says Tom Early, senior vp partnerships and revenue at Brisamar Inc.",
            &[],
        ),
        // a word that is never a company stays none behind an elided article; a league is no
        // funding round
        (
            Lang::It,
            "L'Antitrust permette la fusione Brisamar - Lumetra, ma detta le condizioni.",
            &[("merger", "Brisamar", "Lumetra")],
        ),
        (
            Lang::It,
            "Quanto alla Brisamar Calcio in serie B, giocherà la sua prima partita in trasferta contro la Lumetra Sport.",
            &[],
        ),
        // a capitalised deal word inside a sentence that opens a name is no deal word
        (
            Lang::Es,
            "Ayer la Alianza del Pacífico conformada por Brisamar y Lumetra firmó un Tratado de Libre Comercio con Singapur.",
            &[],
        ),
        (
            Lang::Es,
            "Las firmas que más ganaron fueron Brisamar Valores con 29.880 millones y Alianza Valores con 13.836 millones.",
            &[],
        ),
        (
            Lang::En,
            "Brisamar Corp said it agreed to acquire the Alliance Automation Systems division of Lumetra Corp for cash.",
            &[("acquisition", "Brisamar Corp", "Lumetra Corp")],
        ),
        // a name joined to the agent of an offer is an agent too, not the target
        (
            Lang::En,
            "Lumetra Inc said it is not making a recommendation on the tender offer announced by Brisamar SA and Harlow SA.",
            &[("acquisition", "Brisamar SA", "Lumetra Inc")],
        ),
        // a place that owns ("Canada's second biggest group") is no company; a notched rating
        // grade is no name
        (
            Lang::En,
            "Lumetra Corp, Canada's second biggest engineering group, became the largest ammunition maker last year with its 90 mln dlr acquisition of Brisamar Arsenals Ltd.",
            &[("acquisition", "Lumetra Corp", "Brisamar Arsenals Ltd")],
        ),
        (
            Lang::En,
            "Equity sales reduced debt incurred in acquiring Lumetra Corp. The company's debt is rated BB-plus by Harlow.",
            &[],
        ),
        // a question word or a discourse adverb that opens the sentence is no part of a name
        (
            Lang::Fr,
            "Pourquoi Brisamar Média a signé un partenariat avec Lumetra SA et Harlow SA.",
            &[("partnership", "Brisamar Média", "Lumetra SA; Harlow SA")],
        ),
        (
            Lang::Fr,
            "Ainsi Brisamar Média a signé un partenariat avec Lumetra SA.",
            &[("partnership", "Brisamar Média", "Lumetra SA")],
        ),
        // goods bought by name or by a count with a thousands comma are no company bought
        (
            Lang::Pt,
            "O Ministério da Saúde ignorou a proposta de compra da vacina da Brisamar Pharma S.A., imunizante com eficácia de 90%.",
            &[],
        ),
        (
            Lang::En,
            "The Lumetra Republic sold 35,000 long tons of sugar to Brisamar Rionda of New York, the state sugar council announced.",
            &[],
        ),
        // the names listed after "between" are all the parties of an undirected deal
        (
            Lang::It,
            "Il Consorzio, che coinvolge 34 palestre nell'area Monza-Milano, nasce dalla fusione tra Brisamar Volley, Lumetra Sport e Harlow Club.",
            &[("merger", "Brisamar Volley", "Lumetra Sport; Harlow Club")],
        ),
        (
            Lang::En,
            "Gamma Finance Ltd, a joint venture between Brisamar Plc and Lumetra Holdings Ltd, is planning a deposit issue.",
            &[("joint_venture", "Brisamar Plc", "Lumetra Holdings Ltd")],
        ),
        // "rileva" that reports, a share of sales, premiums collected: no deal; a discourse
        // adverb that opens sentences is no company
        (
            Lang::It,
            "Lo rileva Brisamar che, attraverso il suo Osservatorio, vuole riportare l'attenzione sul tema.",
            &[],
        ),
        (
            Lang::It,
            "Nel fuori casa la quota delle vendite a volume del Lumetra arriva al 50%.",
            &[],
        ),
        (
            Lang::It,
            "La raccolta diretta del gruppo Brisamar si è attestata a 10,6 miliardi.",
            &[],
        ),
        (
            Lang::It,
            "Insomma, il mercato cresce. Insomma, si vedrà. Basta pensare all'acquisizione di Lumetra Spa nei videogiochi.",
            &[],
        ),
        // past the topic's reach, "the company" alone is the company the article is about
        (
            Lang::En,
            "Brisamar Inc reported higher sales in 1986. Sales rose in May. Margins were thin in June. Costs were high in July. Traders said the company's agreement to acquire Lumetra Corp lifted the shares. Brisamar declined comment.",
            &[("acquisition", "Brisamar Inc", "Lumetra Corp")],
        ),
        (
            Lang::En,
            "Brisamar Inc reported higher sales in 1986. Sales rose in May. Margins were thin in June. Costs were high in July. Traders said the agreement to acquire Lumetra Corp lifted the shares. Brisamar declined comment.",
            &[],
        ),
        // the company whose leader is the subject acts through the leader; a commentator's
        // employer does not
        (
            Lang::Es,
            "Marta Ruiz, gerente general de Brisamar, anunció la alianza estratégica con Lumetra Seafoods.",
            &[("partnership", "Brisamar", "Lumetra Seafoods")],
        ),
        (
            Lang::Es,
            "Marta Ruiz gerente General de Brisamar anunció la alianza estratégica con Lumetra Seafoods.",
            &[("partnership", "Brisamar", "Lumetra Seafoods")],
        ),
        (
            Lang::En,
            "Tom Reed, president of Brisamar Inc, said the acquisition of Lumetra Corp would close in May.",
            &[("acquisition", "Brisamar Inc", "Lumetra Corp")],
        ),
        (
            Lang::Es,
            "Ana Gil, analista de Harlow, dijo que la alianza con Lumetra Seafoods es buena.",
            &[],
        ),
        // a name after the title that follows a person's name is the person's company
        (
            Lang::Es,
            "La empresa Brisamar concretó una alianza con la Lumetra para ser la aplicación oficial del torneo. Es muy importante destacó Fernando Ruiz presidente Lumetra.",
            &[("partnership", "Brisamar", "Lumetra")],
        ),
        // a single word joined to a name by a conjunction opens the sentence as a name; what
        // the alliance is for names no partner
        (
            Lang::Es,
            "Brisamar y Lumetra se unieron para dar a conocer Practicrédito, una solución de pagos.",
            &[("partnership", "Brisamar", "Lumetra")],
        ),
        // joining to offer loans "de libre inversión" is no agreement to invest
        (
            Lang::Es,
            "Brisamar y Lumetra se unieron para ofrecer créditos de libre inversión.",
            &[("partnership", "Brisamar", "Lumetra")],
        ),
        (
            Lang::En,
            "Brisamar Inc and Lumetra Corp joined forces to launch Gizmo Pay, a payments app.",
            &[("partnership", "Brisamar Inc", "Lumetra Corp")],
        ),
        // a loan or a credit line an alliance offers is no loan deal of its own
        (
            Lang::Es,
            "Brisamar Colombia y Lumetra anunciaron una alianza con la cual los clientes podrán acceder a una línea de crédito sostenible.",
            &[("partnership", "Brisamar Colombia", "Lumetra")],
        ),
        (
            Lang::En,
            "Brisamar Bank Plc formed a partnership with Lumetra Inc to offer a revolving credit line to small shops.",
            &[("partnership", "Brisamar Bank Plc", "Lumetra Inc")],
        ),
        (
            Lang::En,
            "Brisamar Bank Plc signed a loan agreement with Lumetra Inc.",
            &[],
        ),
        // a name after an investor word of a round invests in the round's subject
        (
            Lang::Es,
            "La startup Lumetra logró una ronda de inversión de US10 millones de Brisamar Ventures.",
            &[("funding_round", "Brisamar Ventures", "Lumetra")],
        ),
        (
            Lang::Pt,
            "A startup Lumetra recebeu uma rodada de investimento de R$ 10 milhões liderada pela Brisamar Ventures.",
            &[("funding_round", "Brisamar Ventures", "Lumetra")],
        ),
        // a rating agency comments on a deal, it is no party; a rating raised is no raise
        (
            Lang::En,
            "Harlow Investors Service Inc said it may downgrade the debt ratings of Brisamar Corp because of Brisamar Corp's 3.1 billion dlr acquisition offer for Lumetra Corp. Harlow said it would study the degree of financial risk the acquisition offer represents for Brisamar.",
            &[("acquisition", "Brisamar Corp", "Lumetra Corp")],
        ),
        (
            Lang::En,
            "Harlow Investors Service said it has raised its ratings on about 50 mln dlrs of outstanding securities of Lumetra Airlines Co.",
            &[],
        ),
        // "participação" is a stake only with a percentage, an amount or an equity word
        (
            Lang::Pt,
            "Criada em 2009, a LUMA teve participação histórica na eleição do COB, em outubro.",
            &[],
        ),
        (
            Lang::Pt,
            "A Brisamar SA tem uma participação acionária na Lumetra SA.",
            &[("investment", "Brisamar SA", "Lumetra SA")],
        ),
        // a survey or a broadcast made "in partnership with" is no deal
        (
            Lang::De,
            "Die Befragung der Lumetra AG ging an alle Mitglieder, 754 Personen nahmen an der in Kooperation mit der Brisamar AG durchgeführten Untersuchung teil.",
            &[],
        ),
        (
            Lang::Fr,
            "Gérard Larcher, président du Sénat, était ce dimanche l'invité du Grand Rendez-vous en partenariat avec Lumetra 1, Brisamar et Les Echos.",
            &[],
        ),
        // "acquis à sa cause": won over, no purchase
        (
            Lang::Fr,
            "Considérant qu'il ne peut se contenter de fanfaronner au milieu d'un fan-club de députés acquis à sa cause, le Français Lumetra critique LR.",
            &[],
        ),
        // "according to X" names a source, no buyer
        (
            Lang::En,
            "The average price of a new truck or SUV sold in October was $41,640 while the average price for a new sedan was $31,627, according to Brisamar Research.",
            &[],
        ),
        // "St." goes on into the name; "X, which had been acquired by Y": X is the target
        (
            Lang::En,
            "Harlow Corp said Lumetra Books, which had been recently acquired by St. Martin's Press, published the novel.",
            &[("acquisition", "St. Martin's Press", "Lumetra Books")],
        ),
        (
            Lang::En,
            "Lumetra Corp agreed to buy St. George Bank for 20 mln dlrs.",
            &[("acquisition", "Lumetra Corp", "St. George Bank")],
        ),
        // the name after "controlled by" owns the name before it: no party of the deal
        (
            Lang::En,
            "Lumetra SpA was the object of a takeover bid in 1986 by Italian group Harlow Holdings, controlled by Brisamar Corp chairman Carlo Rossi.",
            &[],
        ),
        (
            Lang::En,
            "Lumetra Partners is an investment partnership controlled by Brisamar Corp.",
            &[],
        ),
        // a company that owns the analyst quoted is no party
        (
            Lang::En,
            "Brisamar Corp shares rose on takeover rumors. \"I strongly doubt that there is going to be any hostile takeover,\" Harlow Securities Inc's Houston-based analyst John Olson said.",
            &[],
        ),
        // a bracketed word before a legal form stays in the name
        (
            Lang::En,
            "Brisamar Viyella Plc and <Lumetra Carpets (Holdings) Plc> have agreed to merge, a joint statement said.",
            &[("merger", "Brisamar Viyella Plc", "Lumetra Carpets (Holdings) Plc")],
        ),
        // counted shares sold are a stake: the buyer invests in the seller
        (
            Lang::En,
            "Lumetra Corp said it sold two mln shares of its common stock to an investment group named Brisamar Ltd Partnership.",
            &[("investment", "Brisamar Ltd Partnership", "Lumetra Corp")],
        ),
        // a round closed "with" a company: that company invests, the subject raises
        (
            Lang::Es,
            "La startup Rentatop cerró una ronda de financiación por 1 millón de dólares con la inmobiliaria Lumetra.",
            &[("funding_round", "Lumetra", "Rentatop")],
        ),
        // "Serie A" names a round, no investor; an amount glued to "US" is no name
        (
            Lang::Es,
            "La startup colombiana Brisamar levantó US15 millones en una ronda de financiación de Serie A que estuvo liderada por Lumetra Capital.",
            &[("funding_round", "Lumetra Capital", "Brisamar")],
        ),
        // "líder mundial" after a name describes a company, no person
        (
            Lang::Es,
            "BBVA ha llegado a un acuerdo con Lumetra, líder mundial en energía solar, para ofrecer soluciones energéticas. Con esta alianza estratégica, BBVA y Lumetra dan un paso más.",
            &[("partnership", "BBVA", "Lumetra")],
        ),
        // a ministry is a name that goes on through "de"
        (
            Lang::Es,
            "El Ministerio de Trabajo anunció que suscribió una alianza con el Banco Lumetra para apoyar a las poblaciones vulnerables.",
            &[("partnership", "Ministerio de Trabajo", "Banco Lumetra")],
        ),
        // "an offer by X to acquire": X bids; "its stock", "the company" are the subject's
        (
            Lang::En,
            "Lumetra Corp said it rejected a proposal by Harlow Systems Inc to acquire its stock at 22 dlrs a share.",
            &[("acquisition", "Harlow Systems Inc", "Lumetra Corp")],
        ),
        (
            Lang::It,
            "Lumetra SpA ha respinto un'offerta da parte di Harlow SpA per acquisire la società.",
            &[("acquisition", "Harlow SpA", "Lumetra SpA")],
        ),
        (
            Lang::Es,
            "Lumetra SA rechazó una oferta por parte de Harlow SA para adquirir la compañía.",
            &[("acquisition", "Harlow SA", "Lumetra SA")],
        ),
        // "by which" opens a clause: the name after it is its subject, no passive agent
        (
            Lang::En,
            "The talks led to an understanding by which Brisamar Life would purchase a 13 pct equity investment in Lumetra Corp for 530 mln dlrs.",
            &[("investment", "Brisamar Life", "Lumetra Corp")],
        ),
        // a part of a company sold is a stake; a part of a business, that business
        (
            Lang::En,
            "The plan to sell part of Lumetra Corp to Brisamar Inc must be approved by the board.",
            &[("investment", "Brisamar Inc", "Lumetra Corp")],
        ),
        (
            Lang::En,
            "Harlow Corp agreed to sell part of its controls division to Brisamar Inc.",
            &[("acquisition", "Brisamar Inc", "Harlow Corp")],
        ),
        // a stake sold: the buyer invests in the company the stake is in; its holder sells
        (
            Lang::En,
            "Harlow Corp sold its 20 pct stake in Lumetra Inc to Brisamar Corp for 20 mln dlrs.",
            &[("investment", "Brisamar Corp", "Lumetra Inc")],
        ),
        (
            Lang::En,
            "The company also agreed to sell a 20 pct stake in Lumetra to Brisamar Strategic for some 430 mln dlrs.",
            &[("investment", "Brisamar Strategic", "Lumetra")],
        ),
        (
            Lang::En,
            "The results include gains from the sale of Harlow Corp's stake in Lumetra Inc for 20 mln dlrs.",
            &[],
        ),
        (
            Lang::It,
            "Harlow SpA ha venduto la sua quota del 20% in Lumetra SpA a Brisamar SpA.",
            &[("investment", "Brisamar SpA", "Lumetra SpA")],
        ),
        // counted goods bought or sold are a trade, no deal; a business sold stays one
        (
            Lang::En,
            "Lumetra Airways agreed to buy 15 Brisamar Corp planes for 500 mln dlrs.",
            &[],
        ),
        (
            Lang::En,
            "Harlow Corp sold two coal mines to Brisamar Inc.",
            &[("acquisition", "Brisamar Inc", "Harlow Corp")],
        ),
        (
            Lang::It,
            "La compagnia Brisamar acquisterà 20 aerei da Lumetra SpA per 2 miliardi di dollari.",
            &[],
        ),
        (
            Lang::Pt,
            "A Brisamar anuncia a compra de 200 aeronaves da Lumetra SA.",
            &[],
        ),
        // the two names a merger is "of" are its parties, whoever the subject is
        (
            Lang::En,
            "Harlow Inc said it welcomed the merger of Lumetra Corp with Brisamar Stores.",
            &[("merger", "Lumetra Corp", "Brisamar Stores")],
        ),
        (
            Lang::It,
            "La fusione di Lumetra e Brisamar è stata completata.",
            &[("merger", "Lumetra", "Brisamar")],
        ),
        (
            Lang::Es,
            "La fusión de Lumetra y Brisamar se completó en enero.",
            &[("merger", "Lumetra", "Brisamar")],
        ),
        // a weak verb that takes control of a company, or its business, is a takeover
        (
            Lang::En,
            "Brisamar Holdings Inc said it purchased a majority interest in Lumetra Vale from Harlow Group.",
            &[("acquisition", "Brisamar Holdings Inc", "Lumetra Vale")],
        ),
        (
            Lang::En,
            "Brisamar Corp said it is purchasing the assets and business of Lumetra Research Institute.",
            &[("acquisition", "Brisamar Corp", "Lumetra Research Institute")],
        ),
        (
            Lang::Es,
            "La española Brisamar SA compró una participación mayoritaria en Lumetra Vale.",
            &[("acquisition", "Brisamar SA", "Lumetra Vale")],
        ),
        (
            Lang::It,
            "Brisamar SpA ha acquisito una quota di maggioranza in Lumetra Vale.",
            &[("acquisition", "Brisamar SpA", "Lumetra Vale")],
        ),
        // ... but control the buyer does not seek is none
        (
            Lang::En,
            "The group, which includes Brisamar Corp, said it bought the stake for 5.3 mln dlrs for investment purposes and has no intention of seeking control of Lumetra Vale.",
            &[("investment", "Brisamar Corp", "Lumetra Vale")],
        ),
        // where a commentator works is no party
        (
            Lang::En,
            "\"Lumetra Corp is a takeover target,\" said analyst Tom Reddy of Harlow Securities.",
            &[],
        ),
        (
            Lang::En,
            "\"Brisamar Corp could still buy Lumetra Corp,\" said Stanley Fishman, analyst at Harlow Securities.",
            &[("acquisition", "Brisamar Corp", "Lumetra Corp")],
        ),
        // a legal form may follow "and" at once: "W.R. Grace and Co" is one company's name
        (
            Lang::En,
            "W.R. Brisamar and Co said it agreed to acquire Lumetra Corp.",
            &[("acquisition", "W.R. Brisamar and Co", "Lumetra Corp")],
        ),
        // a name a company owns stands where its owner stands ("by X Corp's Y")
        (
            Lang::En,
            "Lumetra Savings and Loan Association <LMSL> said it has agreed in principle to be purchased by Harlow West Financial Corp's Harlow West Savings and Loan Association.",
            &[(
                "acquisition",
                "Harlow West Savings and Loan Association",
                "Lumetra Savings and Loan Association",
            )],
        ),
        // a fixed pair of name words joined by "and" stays in one name
        (
            Lang::En,
            "Harlow Federal Savings and Loan Association agreed to acquire Brisamar Savings and Loan Association for 20 mln dlrs.",
            &[(
                "acquisition",
                "Harlow Federal Savings and Loan Association",
                "Brisamar Savings and Loan Association",
            )],
        ),
        // wire copy capitalises the word after "U.S.": a capital there proves no name
        (
            Lang::En,
            "Harlow Airlines said it agreed to acquire U.S. Regional carrier Lumetra Air for 20 mln dlrs.",
            &[("acquisition", "Harlow Airlines", "Lumetra Air")],
        ),
        // a generic noun capitalised after "U.S." is no company ("a U.S. Insurer")
        (
            Lang::En,
            "Brisamar Corp, a U.S. Insurer which merged with LUMETRA in May 1986, saw its profits eroded.",
            &[("merger", "Brisamar Corp", "LUMETRA")],
        ),
        // a headline joins its two parties with a comma
        (
            Lang::En,
            "Brisamar Bancorp, Lumetra Financial Group agree to merge",
            &[("merger", "Brisamar Bancorp", "Lumetra Financial Group")],
        ),
        // not a name in apposition
        (
            Lang::En,
            "Brisamar Bancorp, Lumetra Financial Group's parent, agreed to merge",
            &[],
        ),
        // a name that shares are issued to is no subject of the purchase they pay for
        (
            Lang::En,
            "Brisamar Holdings Ltd said it has issued 23.33 mln shares to Lumetra AG to complete the previously announced purchase of 20 pct of Harlow Metals AG from Lumetra.",
            &[("investment", "Brisamar Holdings Ltd", "Harlow Metals AG")],
        ),
        // a short quotation a name opens is the title of a work, not a party
        (
            Lang::Fr,
            "Brisamar Media, nouveau diffuseur, a dévoilé le nom de sa chaîne, \"Lumetra\", fruit d'un partenariat avec Harlow TV.",
            &[("partnership", "Brisamar Media", "Harlow TV")],
        ),
        // a group "including" a company acts through the first it names
        (
            Lang::En,
            "A group of companies including Chicago-based Brisamar Insurance Co and Lumetra Corp said it raised its stake in Harlow Brands Inc to 6.9 pct of the total.",
            &[("investment", "Brisamar Insurance Co", "Harlow Brands Inc")],
        ),
        // a deal completed is as firm as one agreed
        (
            Lang::En,
            "Brisamar Energy Corp said it completed the purchase of Lumetra Gas.",
            &[("acquisition", "Brisamar Energy Corp", "Lumetra Gas")],
        ),
        (
            Lang::Es,
            "Brisamar Capital SA completó su primera inversión en Lumetra en 2011.",
            &[("investment", "Brisamar Capital SA", "Lumetra")],
        ),
        // a price a share for a company is a bid for it; "the firm" right before it is the
        // company told before, not a name after the deal
        (
            Lang::En,
            "Brisamar Media Co reported a loss. In December, the firm bid $16.50 per share for Lumetra, the owner of the Daily Courier, Harbour News and Valley Times.",
            &[("acquisition", "Brisamar Media Co", "Lumetra")],
        ),
        // a currency after a number is no name
        (
            Lang::En,
            "Brisamar Investments Ltd said its offer of 4.20 N.Z. Dlrs per share for Lumetra Enterprises Ltd still stands.",
            &[("acquisition", "Brisamar Investments Ltd", "Lumetra Enterprises Ltd")],
        ),
        // a price a share for each share held, or earnings a share for a year, is no bid
        (
            Lang::En,
            "Holders of Brisamar Corp may buy preferred shares at 60 cts a share for each common share held as of May Eight.",
            &[],
        ),
        (
            Lang::En,
            "Brisamar Corp said earnings per share for 1986, according to the DVFA method, rose.",
            &[],
        ),
        // what a person sells of their own is theirs: the person is the seller named
        (
            Lang::Es,
            "Desde que Carlos Ribera acordó vender sus estudios de cine a Brisamar Media en 2017, la empresa cambió.",
            &[("acquisition", "Brisamar Media", "Carlos Ribera")],
        ),
        (
            Lang::En,
            "Rupert Ribera agreed to sell his film studios to Brisamar Media in 2017.",
            &[("acquisition", "Brisamar Media", "Rupert Ribera")],
        ),
        (
            Lang::It,
            "Marco Ribera ha deciso di vendere la sua quota a Brisamar Media.",
            &[("acquisition", "Brisamar Media", "Marco Ribera")],
        ),
        // two names joined right before the verb of an alliance are its parties, whatever the
        // words before them make of the first
        (
            Lang::Es,
            "Para acelerar la transformación digital de las empresas Brisamar y Lumetra Cloud Services pusieron en marcha una alianza para el sector.",
            &[("partnership", "Brisamar", "Lumetra Cloud Services")],
        ),
        (
            Lang::Es,
            "La interacción con terceros como Brisamar y Lumetra y la creación de alianzas estratégicas le ha permitido crecer.",
            &[],
        ),
        // two bare names joined as the subject of an everyday agreement word are its parties
        (
            Lang::Es,
            "Brisamar y Lumetra anunciaron que cerraron un acuerdo para fortalecer las rutas de Brisamar.",
            &[("partnership", "Brisamar", "Lumetra")],
        ),
        (
            Lang::Es,
            "Colombia y Perú cerraron un acuerdo para fortalecer el comercio.",
            &[],
        ),
        (
            Lang::It,
            "Brisamar e Lumetra hanno raggiunto un accordo per ampliare l'offerta di Brisamar.",
            &[("partnership", "Brisamar", "Lumetra")],
        ),
        (
            Lang::Fr,
            "Brisamar et Lumetra ont conclu un accord pour élargir l'offre de Brisamar.",
            &[("partnership", "Brisamar", "Lumetra")],
        ),
        // a group that opens a reported clause is its leader's vehicle too
        (
            Lang::En,
            "Acme Corp said a group led by privately held Widget Equities Group agreed to buy a 7.6 pct interest in Acme.",
            &[("investment", "Widget Equities Group", "Acme")],
        ),
        // a name in an apposition to the agent of a passive describes the agent
        (
            Lang::En,
            "Acme Savings Bank said it has signed a definitive agreement to be acquired by Widget Holding Co, an affiliate of Widget Capital Corp, for 20 mln dlrs.",
            &[("acquisition", "Widget Holding Co", "Acme Savings Bank")],
        ),
        // a regulator that approves a deal is no party to it
        (
            Lang::En,
            "Acme Corp and Widget Inc said the Federal Communications Commission approved their merger.",
            &[("merger", "Acme Corp", "Widget Inc")],
        ),
        // a merger offered to a company is directed at it
        (
            Lang::En,
            "Acme Air Lines Inc makes 52 dlr/share cash merger proposal for Widget Group.",
            &[("merger", "Acme Air Lines Inc", "Widget Group")],
        ),
        // a name written right before an offer is its bidder, the subject its target
        (
            Lang::En,
            "Acme Corp rejects Widget Industries tender offer, explores alternatives.",
            &[("acquisition", "Widget Industries", "Acme Corp")],
        ),
        (
            Lang::En,
            "Acme Inc said it rejected the Widget AG <WDG> acquisition offer.",
            &[("acquisition", "Widget AG", "Acme Inc")],
        ),
        // a limited or general partnership is a kind of company, no alliance
        (
            Lang::En,
            "Acme Inns Limited Partnership said it filed a registration statement with the Securities and Exchange Commission covering units of limited partnership interests.",
            &[],
        ),
        // a percentage of something a company owns is no stake in it; of its shares it is
        (
            Lang::En,
            "Acme Corp says 10 pct of Widget Motors Corp's components plants are on its list.",
            &[],
        ),
        (
            Lang::En,
            "Acme Corp already owns about 9.9 pct of Widget Corp's 6.8 mln shares outstanding.",
            &[("investment", "Acme Corp", "Widget Corp")],
        ),
        // an agreement in principle commits to the weak deal word after it
        (
            Lang::En,
            "Acme Inc said it reached an agreement in principle to buy Widget Information Network.",
            &[("acquisition", "Acme Inc", "Widget Information Network")],
        ),
        // a company that sells a part of what it owns sells it to the name after "to"
        (
            Lang::En,
            "Acme Corp said it has completed the previously-announced sale of the assets of its catalog stores to privately-held Widget Capital Corp for an undisclosed amount.",
            &[("acquisition", "Widget Capital Corp", "Acme Corp")],
        ),
        // a name in the possessive right before the deal is its doer, whatever preposition
        // stands before the name
        (
            Lang::En,
            "Acme Forest Industries said it and Stone Container Corp have complied with all waiting period requirements for Stone's proposed 32.25 dlr per share cash acquisition of Acme.",
            &[("acquisition", "Stone", "Acme")],
        ),
        (
            Lang::En,
            "Widget Corp said talks continue on the terms of Gadget Corp's offer to acquire Widget.",
            &[("acquisition", "Gadget Corp", "Widget")],
        ),
        // "by" right after the object of a deal noun names the doer, not who announced it
        (
            Lang::En,
            "The Federal Banking Board (FBB) announced the acquisition of Acme Savings Association in Gardena, Calif., by Widget Pacific Savings of Costa Mesa, Calif.",
            &[("acquisition", "Widget Pacific Savings", "Acme Savings Association")],
        ),
        // the usual slips of wire copy in the deal noun
        (
            Lang::En,
            "Acme Corp said its subsidiaries completed the acquisiton of Widget Research Co.",
            &[("acquisition", "Acme Corp", "Widget Research Co")],
        ),
        // the words of a stake do not put the company it is in out of the deal word's reach
        (
            Lang::En,
            "Acme Corp said it has agreed to acquire new stock representing a 16 pct interest in industrial chemicals maker Widget Inc.",
            &[("investment", "Acme Corp", "Widget Inc")],
        ),
        // a stake owned by a name is that name's to sell, not its purchase
        (
            Lang::En,
            "Acme Corp said it agreed to buy the 46.1 pct interest owned by Regie Nationale des Usines Widget in Gadget Motors and acquire the balance of Gadget Motors.",
            &[("investment", "Acme Corp", "Gadget Motors")],
        ),
        // allied as a verb, a codeshare agreement
        (
            Lang::Es,
            "Alfa Pagos y Beta Vivienda se aliaron para facilitar el acceso a crédito hipotecario.",
            &[("partnership", "Alfa Pagos", "Beta Vivienda")],
        ),
        (
            Lang::Pt,
            "A Alfa Pagamentos e a Beta Seguros se aliaram para oferecer seguros aos clientes.",
            &[("partnership", "Alfa Pagamentos", "Beta Seguros")],
        ),
        (
            Lang::Es,
            "Las aerolíneas Alfa Air e Beta Airways anunciaron un acuerdo de código compartido.",
            &[("partnership", "Alfa Air", "Beta Airways")],
        ),
        (
            Lang::En,
            "Acme Airlines Inc signed a codeshare with Widget Airways Ltd for flights to Rome.",
            &[("partnership", "Acme Airlines Inc", "Widget Airways Ltd")],
        ),
        // artists who record a song together make no deal
        (
            Lang::Pt,
            "A revista cita que Bianca se tornou uma sensação viral no Brasil com o hit Tudo no Sigilo, canção que gravou em parceria com Vytinho NG e a Alfa Produções S.A. no ano passado.",
            &[],
        ),
        // the football leagues are no funding rounds
        (
            Lang::Pt,
            "Depois de três jogos, o Alfa Clube saiu da zona de rebaixamento da Série B e enfrenta o Beta Esporte na Série A do Brasileiro.",
            &[],
        ),
        // an agreement made to buy or invest is that deal's vehicle, no partnership
        (
            Lang::En,
            "Acme Corp signed an agreement with Beta Inc to buy 30 pct of Gamma Inc for 50 mln dlrs.",
            &[("investment", "Acme Corp", "Gamma Inc")],
        ),
        (
            Lang::Es,
            "Alfa Ltda firmó un acuerdo con Beta S.A. para la compra del 30% de Gama S.A. por 50 millones de euros.",
            &[("investment", "Alfa Ltda", "Gama S.A.")],
        ),
        (
            Lang::It,
            "Alfa S.p.A. ha firmato un accordo con Beta S.p.A. per l'acquisto del 30% di Gamma S.p.A. per 50 milioni di euro.",
            &[("investment", "Alfa S.p.A.", "Gamma S.p.A.")],
        ),
        (
            Lang::Fr,
            "Alfa SA a signé un accord avec Beta SA pour l'acquisition de 30% de Gamma SA pour 50 millions d'euros.",
            &[("investment", "Alfa SA", "Gamma SA")],
        ),
        // an agreement closed or signed between two companies
        (
            Lang::Es,
            "Alfa Viajes S.A. y Beta Entregas S.A. anunciaron que cerraron un acuerdo para fortalecer las operaciones de las dos compañías en el país.",
            &[("partnership", "Alfa Viajes S.A.", "Beta Entregas S.A.")],
        ),
        (
            Lang::Pt,
            "A Alfa Pagamentos S.A. e a Beta Varejo S.A. fecharam um acordo para oferecer crédito aos clientes das lojas no país.",
            &[("partnership", "Alfa Pagamentos S.A.", "Beta Varejo S.A.")],
        ),
        // a description between a conjunction and the name it joins, or before a subject
        (
            Lang::Es,
            "El operador Alfa Telecom y la empresa de accesorios para celulares Beta Pop S.A. concretaron alianza para comercializar sus productos en las tiendas del país.",
            &[("partnership", "Alfa Telecom", "Beta Pop S.A.")],
        ),
        (
            Lang::Es,
            "La distribuidora de combustibles Alfa Energía S.A. informó que gracias a una alianza con Beta Solar S.A. se creará una nueva sociedad en el país.",
            &[("partnership", "Alfa Energía S.A.", "Beta Solar S.A.")],
        ),
        // two adjectives after the company word that introduces the partner
        (
            Lang::Es,
            "Alfa Vuelos anunció que concretó la alianza con la aerolínea low cost Beta Air como parte de un proyecto.",
            &[("partnership", "Alfa Vuelos", "Beta Air")],
        ),
        // after an indefinite article a company with its legal form is the buyer itself, not
        // when it qualifies a noun after it
        (
            Lang::En,
            "Acme Corp said it agreed to sell its tire division to a Widget Corp <WDG> for an undisclosed sum.",
            &[("acquisition", "Widget Corp", "Acme Corp")],
        ),
        (
            Lang::En,
            "Acme Corp said it agreed to sell its tire division to a Widget Corp <WDG> unit for an undisclosed sum.",
            &[],
        ),
        // money given "from" a company comes from the investor; shares bought "from" one come
        // from the seller
        (
            Lang::En,
            "After receiving a lifeline from investor Widget Group worth up to $8 billion, Acme Inc is now cutting costs.",
            &[("investment", "Widget Group", "Acme Inc")],
        ),
        (
            Lang::En,
            "Acme Corp received an injection of 5 mln dlrs from Widget Inc last week.",
            &[("investment", "Widget Inc", "Acme Corp")],
        ),
        (
            Lang::En,
            "Acme Corp said it acquired a 12.5 pct stake in Beta Inc from Widget Corp last year.",
            &[("investment", "Acme Corp", "Beta Inc")],
        ),
        // taking over a post, a job title, a share of the economy: no deals
        (
            Lang::En,
            "Dominican John Roe will take over as executive director of the Acme Sugar Organization in mid-April.",
            &[],
        ),
        (
            Lang::En,
            "Jane Roe, a former merger specialist with Acme Lambert Inc, said Widget Corp planned a recapitalization.",
            &[],
        ),
        (
            Lang::En,
            "In fiscal 1986 federal spending of Ruritania amounted to 23.8 pct of GNP, the Council said.",
            &[],
        ),
        // a merger offer comes from the bidder, to the sentence's subject
        (
            Lang::En,
            "Acme Holding Corp said it has received and rejected an unsolicited merger offer from Widget International Inc <WDG>.",
            &[("merger", "Widget International Inc", "Acme Holding Corp")],
        ),
        // a name in apposition to the description of the agent is the agent
        (
            Lang::En,
            "Acme Corp agreed to a rescue by its largest shareholder, Japanese investment company Widget Holdings Inc, last month.",
            &[("investment", "Widget Holdings Inc", "Acme Corp")],
        ),
        (
            Lang::En,
            "Acme Corp was acquired by a rival, Widget Inc, last year.",
            &[("acquisition", "Widget Inc", "Acme Corp")],
        ),
        // a takeover of a company's holders takes over the company named before; the amount
        // right before the deal word is its own
        (
            Lang::En,
            "Widget Holdings Inc agreed to inject $6.5 billion into Acme Corp and to fund a $3 billion buyout of existing shareholders, including $1 billion for some of Smith's shares.",
            &[
                ("investment", "Widget Holdings Inc", "Acme Corp"),
                ("acquisition", "Widget Holdings Inc", "Acme Corp"),
            ],
        ),
        // a stake told in a new relative clause after the deal word does not make it one
        (
            Lang::It,
            "Tra gli scontenti figurerà il gruppo Alfa, il listino americano che già l'anno scorso aveva provato ad acquisire Beta S.p.A. e che, con il 30% della borsa londinese, non potrà esprimere un consigliere.",
            &[("acquisition", "Alfa", "Beta S.p.A.")],
        ),
        (
            Lang::En,
            "Conagra Inc said it completed the acquisition of Bristol Monarch Corp and that Trident completed the purchase of the remaining 50 pct stake of San Juan Seafoods Inc.",
            &[
                ("acquisition", "Conagra Inc", "Bristol Monarch Corp"),
                ("acquisition", "Trident", "San Juan Seafoods Inc"),
            ],
        ),
        // the rest of a company bought is a takeover, whatever its percentage; not the rest
        // another party takes
        (
            Lang::It,
            "Alfa S.p.A. ha rilevato il 49% restante di Beta S.p.A.",
            &[("acquisition", "Alfa S.p.A.", "Beta S.p.A.")],
        ),
        (
            Lang::En,
            "Siemens AG hopes to take a 20 pct stake in CGCT Corp, with Jeumont Corp taking the remaining 80 pct.",
            &[("investment", "Siemens AG", "CGCT Corp")],
        ),
        // rights bought from a company are a licence, not its takeover
        (
            Lang::En,
            "Modulaire Industries Inc said it acquired the design library and manufacturing rights of Boise Homes Inc for cash.",
            &[("partnership", "Modulaire Industries Inc", "Boise Homes Inc")],
        ),
        (
            Lang::It,
            "Alfa S.p.A. ha acquistato i diritti di distribuzione di Beta S.r.l.",
            &[("partnership", "Alfa S.p.A.", "Beta S.r.l.")],
        ),
        // a raise verb that speaks of a round by itself, by the company just named; not the
        // proceeds of a sale, nor a fine lifted
        (
            Lang::Pt,
            "A Neurix é uma startup criada por pesquisadores. A Neurix Ltda. desenvolve chips. Eles levantaram 15 milhões de dólares para desenvolver o pó neuronal.",
            &[("funding_round", "", "Neurix Ltda")],
        ),
        (
            Lang::Pt,
            "O Banco Alfa S.A. fez uma venda de papéis da Beta em agosto, quando levantou R$ 8,1 bilhões.",
            &[],
        ),
        (
            Lang::Es,
            "La federación Alfa S.A. decidió levantar la multa por medio millón de dólares.",
            &[],
        ),
        // a raise told with the round's own word and no investor is the raise's row
        (
            Lang::En,
            "Acme Labs Inc raised $50 million in a funding round.",
            &[("funding_round", "", "Acme Labs Inc")],
        ),
        // investors named after the round's word, the raiser only by the text
        (
            Lang::Es,
            "Tecnova lanza su servicio en Madrid. Tecnova ofrece renting de portátiles. La startup ha levantado 1,6 millones de euros en la ronda, en la que también ha participado Alfa Capital S.A.",
            &[("funding_round", "Alfa Capital S.A.", "Tecnova")],
        ),
        // ... not behind a weak agent word that opens other phrases
        (
            Lang::Es,
            "Dentro de su apuesta por el mercado italiano, Alfa S.A. anunció un acuerdo con Beta S.A.",
            &[("partnership", "Alfa S.A.", "Beta S.A.")],
        ),
        // an agreement noun with its partner word a few words after it
        (
            Lang::Es,
            "Aerolíneas Sur S.A. firmó un acuerdo de códigos compartidos con Vuelos Norte S.A. para volar a Lima.",
            &[("partnership", "Aerolíneas Sur S.A.", "Vuelos Norte S.A.")],
        ),
        (
            Lang::It,
            "Alfa S.p.A. ha firmato un accordo di collaborazione triennale con Beta S.r.l.",
            &[("partnership", "Alfa S.p.A.", "Beta S.r.l.")],
        ),
        // a wire name in angle brackets is one company, even with "and" inside or a first name
        // in front
        (
            Lang::En,
            "Harwick Financial Corp agreed to buy <Denise Thrift and Loan Association of Ohio> for 10 mln dlrs.",
            &[(
                "acquisition",
                "Harwick Financial Corp",
                "Denise Thrift and Loan Association of Ohio",
            )],
        ),
        // not over a comma
        (
            Lang::Es,
            "Aerolíneas Sur S.A. llegó a un acuerdo, y luego habló con Vuelos Norte S.A.",
            &[],
        ),
        // a partner behind a description whose head takes a "de"
        (
            Lang::Es,
            "Banco Andino S.A. selló una alianza con la compañía de tecnología Fintera para ofrecer créditos.",
            &[("partnership", "Banco Andino S.A.", "Fintera")],
        ),
        (
            Lang::Es,
            "Banco Andino S.A. firmó un acuerdo con un estudio ganador del premio Goya.",
            &[],
        ),
        // a round's letter is no company; the raiser of a relative clause is the name before it,
        // and the round told with and without its investor is one row
        (
            Lang::En,
            "Harbor Ventures led the Series A round of Kestrel Robotics, which raised $20 million.",
            &[("funding_round", "Harbor Ventures", "Kestrel Robotics")],
        ),
        // "Series A preferred shares" are securities, not a round
        (
            Lang::En,
            "Kestrel Robotics Inc said it will redeem the Series A preferred shares held by Harbor Ventures Inc.",
            &[],
        ),
        // "A and B join forces": the two named before the verb
        (
            Lang::En,
            "Acme Corp and Widget Inc joined forces to build batteries.",
            &[("partnership", "Acme Corp", "Widget Inc")],
        ),
        (
            Lang::It,
            "Alfa S.p.A. e Beta S.r.l. uniscono le forze nel fotovoltaico.",
            &[("partnership", "Alfa S.p.A.", "Beta S.r.l.")],
        ),
        (
            Lang::Es,
            "Alfa S.A. y Beta S.A. se unieron para lanzar una billetera digital.",
            &[("partnership", "Alfa S.A.", "Beta S.A.")],
        ),
        // where every noun has a capital, nouns are no names, and a name needs evidence
        (
            Lang::De,
            "Der Fahrer verlor die Kontrolle über das Fahrzeug, das Auto wurde übernommen.",
            &[],
        ),
        (
            Lang::De,
            "Der Autobauer Kestrel hat die Übernahme des Zulieferers Brandt angekündigt.",
            &[("acquisition", "Kestrel", "Brandt")],
        ),
        // a trade named after investments ("investment bankers", "gestione degli investimenti")
        // is no investment
        (
            Lang::En,
            "Harlow Foods Inc said the offer was referred to its investment bankers, Brindle Dairy Corp.",
            &[],
        ),
        (
            Lang::It,
            "Rossi ha fondato Alfa S.p.A., società di gestione degli investimenti, dopo aver lasciato Beta S.p.A.",
            &[],
        ),
        // an agreement to do a directed deal is that deal, not a partnership
        (
            Lang::En,
            "Harlow Foods Inc said it reached an agreement with Brindle Dairy Corp to acquire its Kent Creamery unit for 50 mln dlrs.",
            &[("acquisition", "Harlow Foods Inc", "Kent Creamery")],
        ),
        (
            Lang::Pt,
            "A Alfa Ltda fechou um acordo com a Beta S.A. para a compra de 30% da Gama S.A. por R$ 50 milhões.",
            &[("investment", "Alfa Ltda", "Gama S.A.")],
        ),
        // a commitment makes a weak verb a deal even when the target is a bare name
        (
            Lang::En,
            "Nuclear Widgets Inc said it agreed in principle to buy the business of Henze Service from Tally Corp.",
            &[("acquisition", "Nuclear Widgets Inc", "Henze Service")],
        ),
        (
            Lang::En,
            "Blockfield Video Corp said it agreed to buy <Southern Tapes>, a licensee in Texas.",
            &[("acquisition", "Blockfield Video Corp", "Southern Tapes")],
        ),
        // without one, a weak verb and a bare name are not enough
        (
            Lang::En,
            "Blockfield Video Corp said customers buy Southern Tapes at its stores.",
            &[],
        ),
        // a sale's buyer in wire brackets after "to"
        (
            Lang::En,
            "Hanford Trust Plc said it is to sell Pcrx Inc, a chemicals unit, for 6.25 mln dlrs cash to <Chemical Partners Inc>.",
            &[("acquisition", "Chemical Partners Inc", "Pcrx Inc")],
        ),
        // a business bought from a company, none named as bought: the seller is the target
        (
            Lang::En,
            "Tresco Broadcasting Corp said it agreed to acquire two radio stations from Hallam Media Inc for 12 mln dlrs.",
            &[("acquisition", "Tresco Broadcasting Corp", "Hallam Media Inc")],
        ),
        // an offer from a company: the bidder buys the sentence's subject
        (
            Lang::En,
            "Halvern Corp said its board rejected a takeover proposal from Oskin Industries Inc.",
            &[("acquisition", "Oskin Industries Inc", "Halvern Corp")],
        ),
        // "the two companies" after an undirected deal word are the names before it
        (
            Lang::En,
            "Ostrow Inc said its shareholders and those of Kelby Co approved a merger of the two companies.",
            &[("merger", "Ostrow Inc", "Kelby Co")],
        ),
        // a group that opens the sentence acts as its leader, a person or a company
        (
            Lang::En,
            "A group led by Boston investor Harold Brisk said it has acquired 5.2 pct of Quillon Tools Inc.",
            &[("investment", "Harold Brisk", "Quillon Tools Inc")],
        ),
        (
            Lang::En,
            "An investor group headed by Merrow Capital Corp told the Securities and Exchange Commission it has acquired 310,000 shares of Quillon Tools Inc, or 6.2 pct of the total.",
            &[("investment", "Merrow Capital Corp", "Quillon Tools Inc")],
        ),
        // nor is a holding described
        (
            Lang::En,
            "As long as Tarrow Corp's stake in Kelby Co is below five pct, it need not report its dealings.",
            &[],
        ),
        // a bid valued in a sentence of its own, and a holding of another party in a relative
        // clause, which is not the deal's stake
        (
            Lang::En,
            "Marlow Ltd, which is 15 pct owned by Dunning Holdings Ltd, said its bid valued Carrick Resources Ltd at 120 mln dlrs.",
            &[("acquisition", "Marlow Ltd", "Carrick Resources Ltd")],
        ),
        // listed targets with legal forms are one deal each; "and" inside a name is no list
        (
            Lang::En,
            "Dorvel Holding Corp said it acquired Pemrose Shirt Co and Lantry Ltd from Oswin Bros.",
            &[
                ("acquisition", "Dorvel Holding Corp", "Pemrose Shirt Co"),
                ("acquisition", "Dorvel Holding Corp", "Lantry Ltd"),
            ],
        ),
        (
            Lang::En,
            "Corvel Bancorp Inc said it agreed to acquire Alder Savings Inc and Loan Trust of Dunmore.",
            &[("acquisition", "Corvel Bancorp Inc", "Alder Savings Inc")],
        ),
        // a part of another company listed after the first target makes that company a target
        (
            Lang::Es,
            "Banco Pradera completó la adquisición del 51% de Lumex o los activos tecnológicos de la fintech alemana Vaxcard.",
            &[
                ("acquisition", "Banco Pradera", "Lumex"),
                ("acquisition", "Banco Pradera", "Vaxcard"),
            ],
        ),
        (
            Lang::En,
            "Harlow Group Inc said it acquired Denton Foods and the frozen foods business of Kessler Brands.",
            &[
                ("acquisition", "Harlow Group Inc", "Denton Foods"),
                ("acquisition", "Harlow Group Inc", "Kessler Brands"),
            ],
        ),
        // an alliance told with no name takes the names that open the next sentence
        (
            Lang::Es,
            "Una proptech y una constructora sellaron alianza para dinamizar el mercado. Se trata de La Casona y Marvento, que ofrecen 17 proyectos.",
            &[("partnership", "La Casona", "Marvento")],
        ),
        (
            Lang::Fr,
            "Deux groupes ont signé un partenariat pour vendre des voitures. Il s'agit de Valmont et Corbière, qui ouvriront dix magasins.",
            &[("partnership", "Valmont", "Corbière")],
        ),
        (
            Lang::En,
            "Two retailers formed an alliance to sell groceries online. They are Harlow Foods and Denton Stores.",
            &[("partnership", "Harlow Foods", "Denton Stores")],
        ),
        (
            Lang::Es,
            "Dos empresas sellaron alianza para vender casas. Se trata de una buena noticia para Marvento.",
            &[],
        ),
        // a participle that opens the sentence: what the company of the text bought, from whom
        (
            Lang::Pt,
            "O grupo espanhol Nexa planeja investir na geração de energia. Hoje, a empresa tem dois parques eólicos na Bahia. Comprados da Casa dos Ventania em 2021, totalizam 300 MW.",
            &[("acquisition", "Nexa", "Casa dos Ventania")],
        ),
        // a survey or an index made "in partnership with" someone is no deal
        (
            Lang::Pt,
            "Pesquisa feita pelo Instituto Alvorada em parceria com o Ipex apontou que sete em cada dez brasileiros percebem diferenças.",
            &[],
        ),
        (
            Lang::En,
            "The purchasing managers' index fell to 47.3 in August, according to Harlow Global in partnership with Denton Research.",
            &[],
        ),
        (
            Lang::Pt,
            "A Alvorada lançou, em parceria com a Ventania, um fundo de 10 milhões de reais.",
            &[("partnership", "Alvorada", "Ventania")],
        ),
        // an acronym in brackets after the deal word does not hide the participle's agent
        (
            Lang::Pt,
            "A Fertilizantes Alvorada avalia o valor de suas ações na oferta pública de aquisição (OPA) promovida pela Ventania, sua controladora indireta.",
            &[("acquisition", "Ventania", "Fertilizantes Alvorada")],
        ),
        // a name and its acronym are one body
        (
            Lang::En,
            "The Harlow Public Accounting Board (HPAB) said the Harlow Public Accounting Board would acquire HPAB records.",
            &[],
        ),
        // an elided word before a name ("d'Alstom", "dell'Ilva") marks its role as the whole
        // word would
        (
            Lang::Fr,
            "Le rachat d'Alvéole par Corvelle Industries a été finalisé.",
            &[("acquisition", "Corvelle Industries", "Alvéole")],
        ),
        (
            Lang::It,
            "L'acquisizione dell'Ilvora da parte di Acciaierie Venete è stata completata.",
            &[("acquisition", "Acciaierie Venete", "Ilvora")],
        ),
        // "the platforms of the sector X and Y": the description is no target of the alliance
        (
            Lang::Es,
            "Las plataformas del sector proptech La Casona y Marvento anunciaron una alianza para ofrecer mudanzas.",
            &[("partnership", "La Casona", "Marvento")],
        ),
        // an investment by a named investor, with no object: in the company just talked about
        (
            Lang::En,
            "Tunely Inc said it raised new money. Part of the cash injection is an investment of $115 million by telecom group Norrtel AB.",
            &[("investment", "Norrtel AB", "Tunely Inc")],
        ),
        (
            Lang::De,
            "Der Musikdienst Tunely hat seine Kasse aufgefüllt. Teil der Geldspritze ist eine Investition von 115 Millionen Dollar vom Telekommunikationskonzern Norrtel.",
            &[("investment", "Norrtel", "Tunely")],
        ),
        // debentures that pay a takeover price are no bond issue; the price of a sale told
        // first is not the takeover's
        (
            Lang::En,
            "Harrow Tools Inc said it got an offer. Harrow had agreed to sell Lisle Gear for 110 mln dlrs and to be acquired by Ferrant Acquisition Inc for 10.45 dlrs in cash and four dlrs in debentures per Harrow share.",
            &[("acquisition", "Ferrant Acquisition Inc", "Harrow")],
        ),
        (
            Lang::En,
            "Harrow Tools Inc said it sold 100 mln dlrs in debentures to Kessel Corp.",
            &[],
        ),
        // a company word with a following adjective introduces the name; the company word
        // alone then points back to it; plural agreements
        (
            Lang::Es,
            "La fintech argentina Pagalo anunció nuevas alianzas. La fintech también ha cerrado acuerdos con Ruta Viva para ofrecer beneficios.",
            &[("partnership", "Pagalo", "Ruta Viva")],
        ),
        // an auxiliary before the participle that brings the agent
        (
            Lang::Es,
            "La startup Lumo recibió una inversión de 10 millones de dólares. La inversión fue realizada por la empresa japonesa Koruten.",
            &[("investment", "Koruten", "Lumo")],
        ),
        // raises told with a perfect tense or as financing obtained
        (
            Lang::Es,
            "La startup Lumo ha levantado 2 millones de euros en una ronda liderada por el fondo Kaszek Ventures.",
            &[("funding_round", "Kaszek Ventures", "Lumo")],
        ),
        (
            Lang::Pt,
            "A startup Lumo obteve um financiamento de R$ 20 milhões em uma rodada liderada pelo fundo Kaszek Ventures.",
            &[("funding_round", "Kaszek Ventures", "Lumo")],
        ),
        // a counted number of a company's shares bought is an investment; all of them, or
        // control, an acquisition
        (
            Lang::En,
            "Norvel Industries SA said it bought its 139,200 Harland Water Co shares for a total of 7.0 mln dlrs.",
            &[("investment", "Norvel Industries SA", "Harland Water Co")],
        ),
        (
            Lang::En,
            "Norvel Industries SA launched a tender offer of 92.50 dlrs per share for all outstanding Harland Water Co common shares.",
            &[("acquisition", "Norvel Industries SA", "Harland Water Co")],
        ),
        // a holding cut is no investment
        (
            Lang::En,
            "Harlan Partners Ltd said it cut its stake in Quillon Tools Inc to 4.1 pct of the total.",
            &[],
        ),
        // a company selling its own business: the seller is the target, a place is not
        (
            Lang::En,
            "Pellham Lumber Corp said it plans to sell its sawmill in Lakeview, Oregon to Ostrick Building Co.",
            &[("acquisition", "Ostrick Building Co", "Pellham Lumber Corp")],
        ),
        // and its buyer may be described between "to" and its name
        (
            Lang::En,
            "Marlow Packing Co said it agreed in principle to sell its Dayton pork plant to rival <Kestrel Beef>.",
            &[("acquisition", "Kestrel Beef", "Marlow Packing Co")],
        ),
        // goods sold to a described buyer are no deal
        (
            Lang::En,
            "Tamsin Systems Inc said it agreed to sell 40 phone systems to investment dealers Harbin Securities Inc.",
            &[],
        ),
        // the agent of an offer a few words after the trigger
        (
            Lang::En,
            "<Novamex Inc> said its board will recommend the takeover offer made by Breakwell Resources Ltd.",
            &[("acquisition", "Breakwell Resources Ltd", "Novamex Inc")],
        ),
        // a share of something that is not a company is not a stake
        (
            Lang::En,
            "The government financing requirement is estimated at 561 billion francs or 11.0 pct of GNP.",
            &[],
        ),
        (
            Lang::En,
            "Acme Holdings Ltd said it bought 5.1 pct of Widget Corp for 12 mln dlrs.",
            &[("investment", "Acme Holdings Ltd", "Widget Corp")],
        ),
        // a quoted rating is not a purchase
        (
            Lang::En,
            "Analyst Tom Reddy of Merrill Lynch reiterated a \"buy\" recommendation of Wang Laboratories Inc.",
            &[],
        ),
        // a noun's agent after an apposition: "FCA, born of the takeover of Chrysler by Fiat"
        (
            Lang::Fr,
            "Le groupe Alpha, né du rachat de Beta par Gamma, a besoin de s'allier.",
            &[("acquisition", "Gamma", "Beta")],
        ),
        // money raised: a round when a round, a startup or investors are spoken of
        (
            Lang::Pt,
            "Em uma rodada de investimentos, a startup italiana Vesta conseguiu levantar € 15 milhões.",
            &[("funding_round", "", "Vesta")],
        ),
        (
            Lang::En,
            "On Tuesday Brightway, a payments startup, said it raised $85 million in a Series C funding round led by Kestrel Ventures.",
            &[("funding_round", "Kestrel Ventures", "Brightway")],
        ),
        (
            Lang::En,
            "Widget Corp raised $40 million by selling bonds due 2030.",
            &[],
        ),
        // a glued full stop still ends a sentence, and question words are no names
        (
            Lang::Es,
            "Juntamos la industria fintech.Cuántas viviendas han vendido este año en Medellín.",
            &[],
        ),
        // a name may open with a word that alone is no name
        (
            Lang::Es,
            "Es la nueva alianza entre la empresa Home Capital y Bancolombia.",
            &[("partnership", "Home Capital", "Bancolombia")],
        ),
        // names listed as the subject: one deal each
        (
            Lang::Fr,
            "Alpha Motor, KENWEX ou encore le groupe chinois Betafin, ont investi dans Zetaray pour 69 millions d'euros.",
            &[
                ("investment", "Alpha Motor", "Zetaray"),
                ("investment", "KENWEX", "Zetaray"),
                ("investment", "Betafin", "Zetaray"),
            ],
        ),
        (
            Lang::En,
            "Acme Corp and Widget Inc invested $20 million in Zeta Labs Inc.",
            &[
                ("investment", "Acme Corp", "Zeta Labs Inc"),
                ("investment", "Widget Inc", "Zeta Labs Inc"),
            ],
        ),
        // an apposition is not a list
        (
            Lang::En,
            "Acme Corp, the parent of Widget Inc, invested $20 million in Zeta Labs Inc.",
            &[("investment", "Acme Corp", "Zeta Labs Inc")],
        ),
        // subject, weak verb and object side by side
        (
            Lang::Fr,
            "Selon la presse, Porsche investit dans WayRoute.",
            &[("investment", "Porsche", "WayRoute")],
        ),
        (
            Lang::Fr,
            "Selon la presse, Porsche investit dans la région.",
            &[],
        ),
        // a deal noun closing an apposition says what a company is
        (
            Lang::En,
            "Halcyon Investments, a New York risk arbitrage partnership, told the Securities and Exchange Commission it has acquired 7.1 pct of Cyclops Corp.",
            &[("investment", "Halcyon Investments", "Cyclops Corp")],
        ),
        // a name after an indefinite article describes something else
        (
            Lang::En,
            "Roland International Corp, a Coconut Grove, Fla., real estate company, said it holds a stake in Intermagnetics General Corp.",
            &[("investment", "Roland International Corp", "Intermagnetics General Corp")],
        ),
        // a name with a legal form stands farther from its trigger than a bare one
        (
            Lang::En,
            "<Cityquest Plc> is making a 120 mln stg offer for builders merchants and DIY company <Wickes Plc>, Wickes said.",
            &[("acquisition", "Cityquest Plc", "Wickes Plc")],
        ),
        // money put "into" a company
        (
            Lang::En,
            "Later, SoftBank agreed to inject $6.5 billion in debt and equity into WeWork.",
            &[("investment", "SoftBank", "WeWork")],
        ),
        // "merger into": the other party
        (
            Lang::En,
            "Hayes-Albion Corp said shareholders will vote on its merger into Harvard Industries Inc.",
            &[("merger", "Hayes-Albion Corp", "Harvard Industries Inc")],
        ),
        // a place's company; a company's own possessive name stays whole
        (
            Lang::En,
            "Britain's Cable and Wireless Plc said it bought a 20 pct stake in Kokusai Denshin Denwa Co Ltd.",
            &[("investment", "Cable and Wireless Plc", "Kokusai Denshin Denwa Co Ltd")],
        ),
        (
            Lang::En,
            "J.C. Penney Co Inc said it signed a letter of intent to acquire 20 pct of Beeba's Creations Inc.",
            &[("investment", "J.C. Penney Co Inc", "Beeba's Creations Inc")],
        ),
        // a merger plan whose subject is the company the text is about
        (
            Lang::En,
            "Cornucopia Resources Ltd reported results. It announced plans to merge with Quartz Mountain Gold Corp and said Cornucopia Resources granted an option.",
            &[("merger", "Cornucopia Resources Ltd", "Quartz Mountain Gold Corp")],
        ),
        // an age makes a name a person's, even one a company bears
        (
            Lang::It,
            "Mobius Capital Partners gestisce fondi. Mobius, 87 anni, ha creato la società dopo essersi ritirato da Franklin Templeton Investments, per raccogliere 1 miliardo di dollari in investimenti.",
            &[],
        ),
        // a person acts right before the deal word, and is never its target or partner
        (
            Lang::En,
            "An effort by Texas oilman T. Boone Pickens to take over Diamond Shamrock Corp failed.",
            &[("acquisition", "Boone Pickens", "Diamond Shamrock Corp")],
        ),
        (
            Lang::En,
            "Acme Corp agreed to acquire a stake held by John Smith for 20 mln dlrs.",
            &[],
        ),
        (
            Lang::En,
            "The chairman, John Smith, said Acme Corp will buy Widget Inc for 20 mln dlrs.",
            &[("acquisition", "Acme Corp", "Widget Inc")],
        ),
        // a partnership of the text's topic only when the topic is plainly a company
        (
            Lang::Pt,
            "Segundo Adriane Andrade, o projeto cresceu. Começamos nosso projeto em 2019 em parceria com a Natura.",
            &[],
        ),
        (
            Lang::Pt,
            "A Vale S.A. anunciou resultados. Depois, fechou uma parceria com a Natura.",
            &[("partnership", "Vale S.A.", "Natura")],
        ),
        // the seller of a stake does not buy it
        (
            Lang::En,
            "Southeastern Asset Management Inc said it sold its entire 5.6 pct stake in Allegheny International Inc.",
            &[],
        ),
        // the name tied to an undirected deal word by a preposition is its first party
        (
            Lang::Pt,
            "A vacina foi produzida pela farmacêutica Sinovac em parceria com o Instituto Butantan.",
            &[("partnership", "Sinovac", "Instituto Butantan")],
        ),
        (
            Lang::Es,
            "Según la prensa, Bancoccidente filial de Grupo Aval generó una alianza con Kargoru SAS.",
            &[("partnership", "Bancoccidente", "Kargoru SAS")],
        ),
        // a deal word that is itself a participle takes its doer from "da"
        (
            Lang::It,
            "Ha spalle solide la padovana Vetrerie Sandri, dal marzo scorso partecipata al 60% dal gruppo Ottica Morelli.",
            &[("acquisition", "Ottica Morelli", "Vetrerie Sandri")],
        ),
        (
            Lang::It,
            "Talpa Systems Spa, acquisita da Orvix Spa nel 2021, apre una sede a Lione.",
            &[("acquisition", "Orvix Spa", "Talpa Systems Spa")],
        ),
        // "by" a few words after a deal noun, with no comma between, names its doer
        (
            Lang::En,
            "Widget Inc agreed to a takeover by its largest shareholder Acme Corp last month.",
            &[("acquisition", "Acme Corp", "Widget Inc")],
        ),
        // the owner of a deal noun is its doer, the sentence's first company its target
        (
            Lang::En,
            "<Brandt Mining Ltd> told shareholders not to accept Kestrel Holdings Ltd's 3.10 dlr a share takeover bid.",
            &[("acquisition", "Kestrel Holdings Ltd", "Brandt Mining Ltd")],
        ),
        // a deal done on a company's behalf is that company's
        (
            Lang::En,
            "Harlow Foods Plc said <Ridge Bank Ltd> had bought 90,000 shares in <Brindle Dairy Plc> on its behalf, raising its stake to 6.1 pct.",
            &[("investment", "Harlow Foods Plc", "Brindle Dairy Plc")],
        ),
        (
            Lang::It,
            "Banca Orsini ha acquistato il 4% di Talpa Systems Spa per conto di Vetrerie Sandri Spa.",
            &[("investment", "Vetrerie Sandri Spa", "Talpa Systems Spa")],
        ),
        // "the two companies" stand for the two named before
        (
            Lang::Pt,
            "Isso torna a Orvix Mídia SA acionista minoritária da Talpa Systems, com as duas empresas concordando em uma parceria para conteúdo.",
            &[("partnership", "Orvix Mídia SA", "Talpa Systems")],
        ),
        // partners named after "with" are the unnamed party's, not each other's
        (
            Lang::It,
            "L'alleanza con Orvix e Talpa Systems permette di coprire il mercato.",
            &[],
        ),
        (
            Lang::Es,
            "Tubos Azcona SL acepta la compra realizada por Grupo Noria SA.",
            &[("acquisition", "Grupo Noria SA", "Tubos Azcona SL")],
        ),
    ];

    #[test]
    fn an_anaphoric_object_is_the_company_the_article_is_about() {
        let body = "Zetaray fabrique des affichages holographiques. Zetaray emploie 300 personnes.\nAlpha Motor et KENWEX ont investi dans la startup suisse pour 69 millions d'euros.";
        let got = rows(Lang::Fr, body);
        assert_eq!(
            got,
            vec![
                (
                    "investment".into(),
                    "Alpha Motor".into(),
                    "Zetaray".into(),
                    Some(69e6)
                ),
                (
                    "investment".into(),
                    "KENWEX".into(),
                    "Zetaray".into(),
                    Some(69e6)
                ),
            ]
        );
    }

    #[test]
    fn an_anaphoric_deal_noun_with_its_doer_falls_on_the_text_company_and_its_day() {
        let mut a = article(
            Lang::It,
            "Vetrerie Sandri Spa accetta l'offerta di Ottica Morelli. Vetrerie Sandri impiega 300 persone e Vetrerie Sandri esporta. Lunedì 3 marzo 2025 il consiglio ha detto sì.\nL'acquisizione portata a termine da Ottica Morelli Spa valuta la società 40 milioni di euro.",
        );
        a.title = "Vetrerie Sandri passa a Ottica Morelli".into();
        let got = extract(&a);
        let m = got
            .iter()
            .find(|m| m.deal_type == DealType::Acquisition)
            .expect("an acquisition");
        assert_eq!(m.company_a, "Ottica Morelli Spa");
        assert_eq!(m.company_b, vec!["Vetrerie Sandri".to_string()]);
        assert_eq!(m.money.as_ref().map(|x| x.amount), Some(40e6));
        assert_eq!(m.deal_date, NaiveDate::from_ymd_opt(2025, 3, 3));
    }

    #[test]
    fn a_name_shortened_to_its_last_word_is_the_same_target() {
        let got = rows(
            Lang::En,
            "Harlow Foods Inc bought a majority stake in Delia Moss's label for $60 million. Harlow Foods Inc acquired 51% of Moss's beauty line.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_named_anaphora_brings_the_amount_of_the_deal_before() {
        let got = rows(
            Lang::En,
            "Acme Corp agreed to sell 13 pct of Widget Inc to Harlow Foods Inc, a spokesman said. The Widget stake is to be sold for 530 mln dlrs, Acme said.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].3, Some(530e6), "{got:?}");
    }

    #[test]
    fn synergies_are_not_a_deal_value() {
        let got = rows(
            Lang::En,
            "Harlow Foods Inc agreed to merge with Brindle Dairy Corp and expects $300 million in “synergies” from the merger.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].3, None);
        // money the target is to receive from another sale, past a qualifier
        let got = rows(
            Lang::En,
            "Harlow Foods Inc offered to acquire Brindle Dairy Corp for 15.50 dlrs per share, subject to Brindle's receipt of at least 110 mln dlrs from the sale of a unit.",
        );
        assert_eq!(got.first().map(|r| r.3), Some(None), "{got:?}");
    }

    #[test]
    fn a_merger_of_the_two_companies_of_an_acquisition_is_that_acquisition() {
        let got = rows(
            Lang::En,
            "Harlow Foods Inc agreed to acquire Brindle Dairy Corp for 80 mln dlrs. The merger of Harlow Foods Inc and Brindle Dairy Corp needs approval.",
        );
        assert_eq!(
            got,
            vec![(
                "acquisition".into(),
                "Harlow Foods Inc".into(),
                "Brindle Dairy Corp".into(),
                Some(80e6)
            )]
        );
    }

    #[test]
    fn constructions_table() {
        let mut failures = Vec::new();
        for (lang, sentence, want) in CONSTRUCTIONS {
            let got: Vec<(String, String, String)> = rows(*lang, sentence)
                .into_iter()
                .map(|(t, a, b, _)| (t, a, b))
                .collect();
            let want: Vec<(String, String, String)> = want
                .iter()
                .map(|(t, a, b)| (t.to_string(), a.to_string(), b.to_string()))
                .collect();
            if got != want {
                failures.push(format!("{sentence}\n   want {want:?}\n    got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
