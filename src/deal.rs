//! Deal mentions in an article: for each sentence that holds a deal word of the article's
//! language, who acquires, invests or partners (company A), with or in whom (company B), what
//! kind of deal, how much, when, and how sure we are. One sentence may give several mentions
//! ("investments in Intel ($5bn) and OpenAI (up to $100bn)"). Merging mentions across articles
//! is left to `dedup`.

use crate::article::Article;
use crate::company::{find_companies, Company};
use crate::date::{find_dates, DateSource};
use crate::lexicon::{all, Lang, Lexicon};
use crate::money::{find_money, find_stakes, Money, Qualifier};
use crate::sentence::split_sentences;
use aho_corasick::{AhoCorasick, MatchKind};
use chrono::NaiveDate;
use std::sync::LazyLock;

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

/// Longer "sentences" are lists, tables or markup that cleaning let through, never prose.
const MAX_SENTENCE_BYTES: usize = 1500;

/// A trigger word's meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Trigger {
    Deal(DealType),
    /// A seller's verb ("sell", "cede"): the buyer follows a "to".
    Sale,
    /// A raiser's verb ("raises"): the investors follow a "from" or "led by".
    Raise,
    Negative,
}

struct LangMatcher {
    ac: AhoCorasick,
    meanings: Vec<Trigger>,
}

const SALE_WORDS: &[&str] = &[
    "sell",
    "sells",
    "sold",
    "selling",
    "sale of",
    "agreed to sell",
    "to sell",
    "divest",
    "cede",
    "cedere",
    "ceduto",
    "ceduta",
    "cederà",
    "cessione",
    "vende",
    "vendere",
    "venduto",
    "venduta",
    "venderà",
    "vendita di",
    "vendió",
    "vender",
    "venta de",
    "vendido",
    "venderá",
    "cède",
    "céder",
    "cédé",
    "vend",
    "vendre",
    "vendu",
    "verkauft",
    "verkaufen",
    "verkauf",
    "vendeu",
    "venda de",
];

const RAISE_WORDS: &[&str] = &[
    "raised",
    "raises",
    "raise",
    "raising",
    "raccoglie",
    "raccolto",
    "ha raccolto",
    "levantó",
    "levanta",
    "recaudó",
    "capta",
    "captó",
    "lève",
    "levé",
    "a levé",
    "sammelt",
    "eingesammelt",
    "captou",
    "levantou",
];

static MATCHERS: LazyLock<Vec<LangMatcher>> = LazyLock::new(|| {
    all()
        .iter()
        .map(|lex| {
            let mut words = Vec::new();
            let mut meanings = Vec::new();
            for (kind, list) in &lex.deal.triggers {
                let Some(t) = DealType::parse(kind) else {
                    continue;
                };
                for w in list {
                    let meaning = if SALE_WORDS.contains(&w.as_str()) {
                        Trigger::Sale
                    } else if RAISE_WORDS.contains(&w.as_str()) {
                        Trigger::Raise
                    } else {
                        Trigger::Deal(t)
                    };
                    words.push(w.clone());
                    meanings.push(meaning);
                }
            }
            for w in &lex.deal.negatives {
                words.push(w.clone());
                meanings.push(Trigger::Negative);
            }
            let ac = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&words)
                .expect("trigger automaton");
            LangMatcher { ac, meanings }
        })
        .collect()
});

/// Lower-cases `s` without changing any byte offset (characters whose lower case has another
/// length are kept as they are).
fn lower_same_len(s: &str) -> String {
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

fn is_word_boundary(s: &str, start: usize, end: usize) -> bool {
    let before = s[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    let after = s[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    before && after
}

#[derive(Clone, Copy, Debug)]
struct Hit {
    start: usize,
    end: usize,
    trigger: Trigger,
}

fn find_triggers(lower: &str, lang: Lang) -> Vec<Hit> {
    let m = &MATCHERS[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)];
    m.ac.find_iter(lower)
        .filter(|h| is_word_boundary(lower, h.start(), h.end()))
        .map(|h| Hit {
            start: h.start(),
            end: h.end(),
            trigger: m.meanings[h.pattern().as_usize()],
        })
        .collect()
}

/// How a company stands in its sentence, judged by the words just before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Subject,
    Agent,
    Object,
}

fn ends_with_word(before: &str, phrases: &[String]) -> bool {
    phrases.iter().any(|p| {
        before.ends_with(p.as_str())
            && before[..before.len() - p.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

fn role_of(lower: &str, c: &Company, lex: &Lexicon) -> Role {
    let before = lower[..c.start].trim_end();
    let before = before
        .trim_end_matches(['(', '"', '“', '«', '\''])
        .trim_end();
    // "by the U.S. drug maker Catalent": look past a few lower-case descriptive words.
    let mut probe = before;
    for _ in 0..4 {
        if ends_with_word(probe, &lex.deal.passive_agent) {
            return Role::Agent;
        }
        if ends_with_word(probe, &lex.deal.target_markers)
            || ends_with_word(probe, &lex.deal.partner_markers)
        {
            return Role::Object;
        }
        match probe.rfind(' ') {
            Some(p) if !probe[p..].contains([',', ';', ':', '.']) => probe = probe[..p].trim_end(),
            _ => break,
        }
    }
    Role::Subject
}

fn status_of(lower: &str, lex: &Lexicon) -> Status {
    let has = |key: &str| {
        lex.deal.status.get(key).is_some_and(|cues| {
            cues.iter().any(|c| {
                lower
                    .match_indices(c.as_str())
                    .any(|(i, _)| is_word_boundary(lower, i, i + c.len()))
            })
        })
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
];

fn is_business_figure(lower: &str, m: &Money) -> bool {
    let before = lower[..m.start].trim_end();
    NOT_VALUE.iter().any(|w| before.ends_with(w))
}

struct Party {
    name: String,
    start: usize,
    role: Role,
}

/// All the deal mentions of `article`.
pub fn extract(article: &Article) -> Vec<Mention> {
    let lex = crate::lexicon::lexicon(article.language);
    let mut out: Vec<Mention> = Vec::new();
    let mut last_subject: Option<(String, usize)> = None;
    let sentences = split_sentences(&article.body);
    for (idx, s) in sentences.iter().enumerate() {
        let text = s.text(&article.body);
        if text.len() > MAX_SENTENCE_BYTES {
            continue;
        }
        let lower = lower_same_len(text);
        let companies = find_companies(text, lex);
        let hits = find_triggers(&lower, article.language);
        let parties: Vec<Party> = companies
            .iter()
            .map(|c| Party {
                name: c.name.clone(),
                start: c.start,
                role: role_of(&lower, c, lex),
            })
            .collect();
        if let Some(p) = parties.iter().find(|p| p.role == Role::Subject) {
            // remembered below, after this sentence's deals are read
            let _ = p;
        }
        let deal_hits: Vec<Hit> = hits
            .iter()
            .copied()
            .filter(|h| h.trigger != Trigger::Negative)
            .collect();
        if !deal_hits.is_empty() && !hits.iter().any(|h| h.trigger == Trigger::Negative) {
            let found = sentence_deals(
                article,
                text,
                &lower,
                &parties,
                &deal_hits,
                lex,
                &last_subject,
                idx,
            );
            out.extend(found);
        }
        if let Some(p) = parties.iter().find(|p| p.role == Role::Subject) {
            last_subject = Some((p.name.clone(), idx));
        }
    }
    dedup_within(out)
}

#[allow(clippy::too_many_arguments)]
fn sentence_deals(
    article: &Article,
    text: &str,
    lower: &str,
    parties: &[Party],
    hits: &[Hit],
    lex: &Lexicon,
    last_subject: &Option<(String, usize)>,
    idx: usize,
) -> Vec<Mention> {
    let money: Vec<Money> = find_money(text, article.language)
        .into_iter()
        .filter(|m| !m.per_share && !m.restates && !is_business_figure(lower, m))
        .collect();
    let stakes = find_stakes(text, article.language);
    let status = status_of(lower, lex);
    let dates = find_dates(text, article.language, article.published);
    let (deal_date, date_source) = match dates.first() {
        Some(d) => (Some(d.date), Some(d.source)),
        None => match article.published {
            Some(p) => (Some(p), Some(DateSource::Article)),
            None => (None, None),
        },
    };
    let mut out = Vec::new();
    let mut push = |deal_type: DealType, a: &str, b: Vec<String>, money: Option<&Money>| {
        if b.is_empty() && deal_type != DealType::FundingRound || a.is_empty() && b.is_empty() {
            return;
        }
        let b: Vec<String> = b
            .into_iter()
            .filter(|x| crate::company::normalize(x) != crate::company::normalize(a))
            .collect();
        if b.is_empty() {
            return;
        }
        let stake_pct = stakes.first().map(|s| s.pct);
        let deal_type = match (deal_type, stake_pct) {
            (DealType::Investment, Some(p)) if p > 50.0 => DealType::Acquisition,
            (t, _) => t,
        };
        let confidence: f64 = 0.4
            + if a.is_empty() { 0.0 } else { 0.2 }
            + if money.is_some() { 0.2 } else { 0.0 }
            + if deal_date.is_some() { 0.1 } else { 0.0 }
            + if status == Status::Rumoured { 0.0 } else { 0.1 };
        out.push(Mention {
            article: article.id.clone(),
            url: article.url.clone(),
            article_date: article.published,
            language: article.language,
            deal_type,
            company_a: a.to_string(),
            company_b: b,
            money: money.cloned(),
            amount_text: money
                .map(|m| text[m.start..m.end].trim().to_string())
                .unwrap_or_default(),
            stake_pct,
            deal_date,
            date_source,
            status,
            confidence: (confidence * 100.0).round() / 100.0,
            evidence: text.to_string(),
        });
    };

    let coref = last_subject
        .as_ref()
        .filter(|(_, i)| idx - i <= 3)
        .map(|(n, _)| n.clone());
    let subject_before = |pos: usize| -> Option<String> {
        parties
            .iter()
            .rev()
            .find(|p| p.start < pos && p.role == Role::Subject)
            .map(|p| p.name.clone())
    };
    let any_subject = || {
        parties
            .iter()
            .find(|p| p.role == Role::Subject)
            .map(|p| p.name.clone())
    };

    // A joint venture or a merger names its parties anywhere in the sentence.
    for kind in [DealType::JointVenture, DealType::Merger] {
        if hits.iter().any(|h| h.trigger == Trigger::Deal(kind)) && parties.len() >= 2 {
            let names: Vec<String> = parties.iter().map(|p| p.name.clone()).collect();
            push(kind, &names[0], names[1..].to_vec(), money.first());
            return out;
        }
    }

    for (k, hit) in hits.iter().enumerate() {
        let region_end = hits.get(k + 1).map_or(text.len(), |h| h.start);
        let after: Vec<&Party> = parties
            .iter()
            .filter(|p| p.start >= hit.end && p.start < region_end)
            .collect();
        let agent = after
            .iter()
            .find(|p| p.role == Role::Agent)
            .map(|p| p.name.clone());
        // Objects: companies after a target or partner word, or right after the trigger ("acquire X").
        let objects: Vec<&Party> = after
            .iter()
            .copied()
            .filter(|p| {
                p.role == Role::Object
                    || p.role == Role::Subject && is_direct_object(lower, hit.end, p.start)
            })
            .collect();
        let subject = subject_before(hit.start)
            .or_else(any_subject)
            .or_else(|| coref.clone());
        let money_in =
            |from: usize, to: usize| money.iter().find(|m| m.start >= from && m.start < to);
        let deal_hits = hits.len();
        let first_money =
            money_in(hit.start, region_end).or(if deal_hits == 1 { money.first() } else { None });
        match hit.trigger {
            Trigger::Sale => {
                // "X agreed to sell Z to Y": Y buys Z (or X's business).
                let buyer = after
                    .iter()
                    .find(|p| {
                        p.role == Role::Object && lower[..p.start].trim_end().ends_with(" to")
                    })
                    .map(|p| p.name.clone())
                    .or(agent.clone());
                if let Some(buyer) = buyer {
                    let target = objects
                        .iter()
                        .find(|p| p.name != buyer)
                        .map(|p| p.name.clone())
                        .or(subject.clone());
                    if let Some(t) = target {
                        push(DealType::Acquisition, &buyer, vec![t], first_money);
                    }
                }
            }
            Trigger::Raise => {
                let raiser = subject.clone().unwrap_or_default();
                let investors: Vec<String> = after.iter().map(|p| p.name.clone()).collect();
                if let Some((lead, rest)) = investors.split_first() {
                    let _ = rest;
                    push(DealType::FundingRound, lead, vec![raiser], first_money);
                } else if !raiser.is_empty() && first_money.is_some() {
                    push(DealType::FundingRound, "", vec![raiser], first_money);
                }
            }
            Trigger::Deal(kind) => {
                if let Some(agent) = agent {
                    // Passive: "Y was acquired by X", "l'acquisizione di Y da parte di X".
                    let target = objects.first().map(|p| p.name.clone()).or(subject.clone());
                    if let Some(t) = target {
                        push(kind, &agent, vec![t], first_money);
                    }
                    continue;
                }
                let Some(a) = subject.clone() else {
                    if kind == DealType::Partnership && objects.len() >= 2 {
                        let names: Vec<String> = objects.iter().map(|p| p.name.clone()).collect();
                        push(kind, &names[0], names[1..].to_vec(), first_money);
                    }
                    continue;
                };
                if objects.is_empty() {
                    continue;
                }
                // Several objects each followed by its own amount: one mention each.
                let paired = objects.len() > 1 && money.len() >= objects.len();
                if paired {
                    for (j, o) in objects.iter().enumerate() {
                        let next = objects.get(j + 1).map_or(region_end, |p| p.start);
                        let m = money_in(o.start, next);
                        push(kind, &a, vec![o.name.clone()], m);
                    }
                } else if kind == DealType::Partnership {
                    push(
                        kind,
                        &a,
                        objects.iter().map(|p| p.name.clone()).collect(),
                        first_money,
                    );
                } else {
                    push(kind, &a, vec![objects[0].name.clone()], first_money);
                }
            }
            Trigger::Negative => {}
        }
    }
    out
}

/// Whether the words between a trigger and a company are few enough for the company to be the
/// trigger's direct object ("acquire all of Monfort", "bought the U.S. unit of Acme").
fn is_direct_object(lower: &str, trigger_end: usize, company_start: usize) -> bool {
    let between = &lower[trigger_end..company_start];
    !between.contains([',', ';', '.', '(', ')']) && between.split_whitespace().count() <= 4
}

/// Keeps one mention per (type, A, B) within an article: the first, filled with the amount and
/// stake of later ones when it has none.
fn dedup_within(mentions: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    for m in mentions {
        let key = |x: &Mention| {
            (
                x.deal_type,
                crate::company::normalize(&x.company_a),
                x.company_b
                    .iter()
                    .map(|b| crate::company::normalize(b))
                    .collect::<Vec<_>>(),
            )
        };
        if let Some(prev) = out.iter_mut().find(|p| key(p) == key(&m)) {
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
    out
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
    fn buybacks_are_not_deals() {
        assert!(rows(
            Lang::En,
            "Acme Corp said it will buy back 5 mln of its shares from Widget Inc."
        )
        .is_empty());
    }
}
