//! Merges the mentions of one deal across articles into one `Deal`: same parties after name
//! normalisation, same kind of deal, amounts that agree. Deterministic: the same mentions in any
//! order give the same deals, and a deal's id depends only on what identifies it, so tomorrow's
//! run over a larger folder gives it the same id.

use crate::company::normalize;
use crate::deal::{DealType, Mention, Status};
use crate::money::Qualifier;
use chrono::NaiveDate;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

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

fn amounts_agree(a: &Mention, b: &Mention) -> bool {
    match (&a.money, &b.money) {
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
    let mut groups: BTreeMap<Identity, Vec<Vec<&Mention>>> = BTreeMap::new();
    let mut sorted: Vec<&Mention> = mentions.iter().collect();
    sorted.sort_by(|x, y| {
        (x.article_date, &x.article, &x.evidence).cmp(&(y.article_date, &y.article, &y.evidence))
    });
    for m in sorted {
        let clusters = groups.entry(identity(m)).or_default();
        match clusters
            .iter_mut()
            .find(|c| c.iter().all(|o| amounts_agree(o, m)))
        {
            Some(c) => c.push(m),
            None => clusters.push(vec![m]),
        }
    }
    let mut deals = Vec::new();
    for (key, clusters) in &groups {
        for (n, cluster) in clusters.iter().enumerate() {
            deals.push(assemble(deal_id(key, n), cluster));
        }
    }
    deals.sort_by(|a, b| a.deal_id.cmp(&b.deal_id));
    deals
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

fn assemble(deal_id: String, cluster: &[&Mention]) -> Deal {
    let best = cluster
        .iter()
        .copied()
        .max_by(|a, b| {
            completeness(a)
                .cmp(&completeness(b))
                .then_with(|| b.article.cmp(&a.article))
        })
        .expect("a cluster has a mention");
    let money = best
        .money
        .as_ref()
        .or_else(|| cluster.iter().find_map(|m| m.money.as_ref()));
    let seen: Vec<NaiveDate> = cluster
        .iter()
        .filter_map(|m| m.article_date.or(m.deal_date))
        .collect();
    let mut articles: Vec<&str> = cluster.iter().map(|m| m.article.as_str()).collect();
    articles.sort();
    articles.dedup();
    Deal {
        deal_id,
        deal_type: best.deal_type,
        company_a: best.company_a.clone(),
        company_b: best.company_b.clone(),
        amount: money.map(|m| m.amount),
        amount_max: money.and_then(|m| m.amount_max),
        currency: money.map(|m| m.currency.to_string()).unwrap_or_default(),
        qualifier: money.map_or(Qualifier::Exact, |m| m.qualifier),
        stake_pct: best
            .stake_pct
            .or_else(|| cluster.iter().find_map(|m| m.stake_pct)),
        deal_date: best
            .deal_date
            .or_else(|| cluster.iter().find_map(|m| m.deal_date)),
        status: cluster
            .iter()
            .map(|m| m.status)
            .max()
            .unwrap_or(Status::Announced),
        first_seen: seen.iter().min().copied(),
        last_seen: seen.iter().max().copied(),
        mentions: cluster.len(),
        articles: articles.len(),
        sources: articles
            .iter()
            .take(MAX_SOURCES)
            .map(|s| s.to_string())
            .collect(),
        evidence: best.evidence.clone(),
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
