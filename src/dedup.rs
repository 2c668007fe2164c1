//! Merges the mentions of one deal across articles into one `Deal`: same parties after name
//! normalisation, same kind of deal, amounts that agree. Deterministic: the same mentions in any
//! order give the same deals, and a deal's id depends only on what identifies it, so tomorrow's
//! run over a larger folder gives it the same id. Only what merging needs of each mention is
//! held ([`Dedup::add`]); the rest (names as written, the evidence) is asked back from the
//! caller for the few mentions that need it, so a run may keep its mentions on disk.

use crate::company::normalize;
use crate::deal::{DealType, Mention, Status};
use crate::money::{Money, Qualifier};
use chrono::NaiveDate;
use sha2::{Digest, Sha256};
use std::collections::HashMap;

/// One deal, merged from its mentions.
#[derive(Clone, Debug, PartialEq)]
pub struct Deal {
    pub deal_id: String,
    pub deal_type: DealType,
    pub company_a: String,
    pub company_b: Vec<String>,
    pub amount: Option<f64>,
    pub amount_max: Option<f64>,
    pub currency: String,
    pub qualifier: Qualifier,
    pub stake_pct: Option<f64>,
    pub deal_date: Option<NaiveDate>,
    pub status: Status,
    pub first_seen: Option<NaiveDate>,
    pub last_seen: Option<NaiveDate>,
    pub mentions: usize,
    pub articles: usize,
    pub sources: Vec<String>,
    pub evidence: String,
}

/// How many article names a deal lists in `sources`.
const MAX_SOURCES: usize = 3;

/// What makes two mentions the same deal: the kind and the normalised parties (in any order for
/// deals without a direction).
type Identity = (DealType, String, Vec<String>);

fn identity(m: &Mention) -> Identity {
    let a = normalize(&m.company_a);
    let mut b: Vec<String> = m.company_b.iter().map(|x| normalize(x)).collect();
    b.sort();
    if m.deal_type.is_directed() {
        (m.deal_type, a, b)
    } else {
        let mut all = b;
        all.push(a);
        all.sort();
        (m.deal_type, String::new(), all)
    }
}

fn amounts_agree(a: &Option<Money>, b: &Option<Money>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => {
            x.currency == y.currency
                && (x.amount - y.amount).abs() <= 0.05 * x.amount.abs().max(y.amount.abs())
        }
        _ => true,
    }
}

fn deal_id(key: &Identity, n: usize) -> String {
    let mut h = Sha256::new();
    h.update(key.0.as_str());
    h.update([0]);
    h.update(&key.1);
    for b in &key.2 {
        h.update([0]);
        h.update(b);
    }
    let hex: String = h
        .finalize()
        .iter()
        .take(6)
        .map(|b| format!("{b:02x}"))
        .collect();
    if n == 0 {
        format!("D{hex}")
    } else {
        format!("D{hex}-{}", n + 1)
    }
}

/// Merges `mentions` into deals, sorted by id.
pub fn merge(mentions: &[Mention]) -> Vec<Deal> {
    let mut dedup = Dedup::default();
    for (i, m) in mentions.iter().enumerate() {
        dedup.add(m, i as u64);
    }
    let fetched: Result<_, std::convert::Infallible> =
        dedup.deals(&mut |at| Ok(mentions[at as usize].clone()));
    fetched.unwrap_or_else(|e| match e {})
}

/// What merging needs of one mention.
struct Facts {
    article_date: Option<NaiveDate>,
    /// Index in [`Dedup::articles`].
    article: usize,
    /// Index of the mention's [`Identity`].
    identity: usize,
    money: Option<Money>,
    deal_date: Option<NaiveDate>,
    stake_pct: Option<f64>,
    status: Status,
    completeness: (usize, i64),
    /// Where the caller finds the whole mention again.
    at: u64,
}

/// Mentions gathered for merging, with only what merging needs of each.
#[derive(Default)]
pub struct Dedup {
    /// Article names, one for each run of mentions of the same article.
    articles: Vec<String>,
    identities: HashMap<Identity, usize>,
    facts: Vec<Facts>,
}

impl Dedup {
    /// Adds a mention; `at` is how the caller of [`Dedup::deals`] finds it again.
    pub fn add(&mut self, m: &Mention, at: u64) {
        if self.articles.last() != Some(&m.article) {
            self.articles.push(m.article.clone());
        }
        let next = self.identities.len();
        let identity = *self.identities.entry(identity(m)).or_insert(next);
        self.facts.push(Facts {
            article_date: m.article_date,
            article: self.articles.len() - 1,
            identity,
            money: m.money.clone(),
            deal_date: m.deal_date,
            stake_pct: m.stake_pct,
            status: m.status,
            completeness: completeness(m),
            at,
        });
    }

    /// How many mentions were added.
    pub fn len(&self) -> usize {
        self.facts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.facts.is_empty()
    }

    /// The deals, sorted by id. `fetch(at)` gives back the mention added with `at`: for a
    /// deal's best mention, and for mentions of one article and date, which are ordered by
    /// their evidence.
    pub fn deals<E>(
        self,
        fetch: &mut dyn FnMut(u64) -> Result<Mention, E>,
    ) -> Result<Vec<Deal>, E> {
        let Dedup {
            articles,
            identities,
            facts,
        } = self;
        // Mentions by date, article and evidence; the same order whatever order they came in.
        let key = |k: usize| (facts[k].article_date, articles[facts[k].article].as_str());
        let mut order: Vec<usize> = (0..facts.len()).collect();
        order.sort_by(|&x, &y| key(x).cmp(&key(y)));
        let mut i = 0;
        while i < order.len() {
            let j = i + order[i..]
                .iter()
                .take_while(|&&k| key(k) == key(order[i]))
                .count();
            if j - i > 1 {
                let mut run = Vec::with_capacity(j - i);
                for &k in &order[i..j] {
                    run.push((fetch(facts[k].at)?.evidence, k));
                }
                run.sort_by(|x, y| x.0.cmp(&y.0));
                for (slot, (_, k)) in order[i..j].iter_mut().zip(run) {
                    *slot = k;
                }
            }
            i = j;
        }
        let mut groups: Vec<Vec<Vec<usize>>> = vec![Vec::new(); identities.len()];
        for k in order {
            let clusters = &mut groups[facts[k].identity];
            match clusters.iter_mut().find(|c| {
                c.iter()
                    .all(|&o| amounts_agree(&facts[o].money, &facts[k].money))
            }) {
                Some(c) => c.push(k),
                None => clusters.push(vec![k]),
            }
        }
        let mut keys: Vec<(Identity, usize)> = identities.into_iter().collect();
        keys.sort();
        let mut deals = Vec::new();
        for (key, id) in &keys {
            for (n, cluster) in groups[*id].iter().enumerate() {
                let picked = Picked {
                    facts: &facts,
                    articles: &articles,
                    cluster,
                };
                deals.push(picked.assemble(deal_id(key, n), fetch)?);
            }
        }
        deals.sort_by(|a, b| a.deal_id.cmp(&b.deal_id));
        Ok(deals)
    }
}

fn completeness(m: &Mention) -> (usize, i64) {
    let filled = [
        m.money.is_some(),
        m.deal_date.is_some(),
        m.stake_pct.is_some(),
        !m.company_a.is_empty(),
    ]
    .iter()
    .filter(|x| **x)
    .count();
    (filled, (m.confidence * 1000.0) as i64)
}

/// The mentions of one deal.
struct Picked<'a> {
    facts: &'a [Facts],
    articles: &'a [String],
    cluster: &'a [usize],
}

impl Picked<'_> {
    fn assemble<E>(
        &self,
        deal_id: String,
        fetch: &mut dyn FnMut(u64) -> Result<Mention, E>,
    ) -> Result<Deal, E> {
        let facts = self.facts;
        let article = |k: usize| self.articles[facts[k].article].as_str();
        let cluster = || self.cluster.iter().map(|&k| &facts[k]);
        let best_k = self
            .cluster
            .iter()
            .copied()
            .max_by(|&a, &b| {
                facts[a]
                    .completeness
                    .cmp(&facts[b].completeness)
                    .then_with(|| article(b).cmp(article(a)))
            })
            .expect("a cluster has a mention");
        let best = &facts[best_k];
        let money = best
            .money
            .as_ref()
            .or_else(|| cluster().find_map(|m| m.money.as_ref()));
        let seen: Vec<NaiveDate> = cluster()
            .filter_map(|m| m.article_date.or(m.deal_date))
            .collect();
        let mut articles: Vec<&str> = self.cluster.iter().map(|&k| article(k)).collect();
        articles.sort();
        articles.dedup();
        let whole = fetch(best.at)?;
        Ok(Deal {
            deal_id,
            deal_type: whole.deal_type,
            company_a: whole.company_a,
            company_b: whole.company_b,
            amount: money.map(|m| m.amount),
            amount_max: money.and_then(|m| m.amount_max),
            currency: money.map(|m| m.currency.to_string()).unwrap_or_default(),
            qualifier: money.map_or(Qualifier::Exact, |m| m.qualifier),
            stake_pct: best
                .stake_pct
                .or_else(|| cluster().find_map(|m| m.stake_pct)),
            deal_date: best
                .deal_date
                .or_else(|| cluster().find_map(|m| m.deal_date)),
            status: cluster()
                .map(|m| m.status)
                .max()
                .unwrap_or(Status::Announced),
            first_seen: seen.iter().min().copied(),
            last_seen: seen.iter().max().copied(),
            mentions: self.cluster.len(),
            articles: articles.len(),
            sources: articles
                .iter()
                .take(MAX_SOURCES)
                .map(|s| s.to_string())
                .collect(),
            evidence: whole.evidence,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lang;
    use crate::money::Money;

    fn mention(article: &str, a: &str, b: &str, amount: Option<f64>, day: u32) -> Mention {
        Mention {
            article: article.into(),
            url: String::new(),
            article_date: NaiveDate::from_ymd_opt(2024, 5, day),
            language: Lang::En,
            deal_type: DealType::Acquisition,
            company_a: a.into(),
            company_b: vec![b.into()],
            money: amount.map(|x| Money {
                start: 0,
                end: 0,
                amount: x,
                amount_max: None,
                currency: "USD",
                qualifier: Qualifier::Exact,
                per_share: false,
                restates: false,
            }),
            amount_text: String::new(),
            stake_pct: None,
            deal_date: None,
            date_source: None,
            status: Status::Announced,
            confidence: 0.5,
            evidence: format!("{a} buys {b}"),
        }
    }

    #[test]
    fn same_deal_in_two_articles_is_one_row() {
        let ms = vec![
            mention("a.txt", "Acme Inc", "Widget Corp", Some(5e6), 2),
            mention("b.txt", "ACME", "Widget", None, 3),
        ];
        let deals = merge(&ms);
        assert_eq!(deals.len(), 1);
        assert_eq!(deals[0].mentions, 2);
        assert_eq!(deals[0].articles, 2);
        assert_eq!(deals[0].amount, Some(5e6));
        assert_eq!(deals[0].first_seen, NaiveDate::from_ymd_opt(2024, 5, 2));
        assert_eq!(deals[0].last_seen, NaiveDate::from_ymd_opt(2024, 5, 3));
    }

    #[test]
    fn disagreeing_amounts_stay_apart() {
        let ms = vec![
            mention("a.txt", "Acme", "Widget", Some(5e6), 2),
            mention("b.txt", "Acme", "Widget", Some(9e6), 3),
        ];
        assert_eq!(merge(&ms).len(), 2);
    }

    #[test]
    fn ids_do_not_depend_on_order_or_on_other_deals() {
        let a = mention("a.txt", "Acme", "Widget", Some(5e6), 2);
        let b = mention("b.txt", "Foo", "Bar", None, 3);
        let one = merge(&[a.clone(), b.clone()]);
        let two = merge(&[b, a.clone()]);
        assert_eq!(one, two);
        let alone = merge(&[a]);
        assert!(one.iter().any(|d| d.deal_id == alone[0].deal_id));
    }
}
