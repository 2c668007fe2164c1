//! Tables for amounts of money: scale words, currency words, qualifiers.

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
pub struct MoneyLex {
    /// Whether `1.234,5` (comma decimal) is this language's convention.
    pub decimal_comma: bool,
    /// Scale words and abbreviations, lower case, with their multiplier ("miliardi" = 1e9).
    pub scales: BTreeMap<String, f64>,
    /// Currency words, lower case, with their ISO 4217 code ("dollari" = "USD").
    pub currencies: BTreeMap<String, String>,
    /// Words before an amount that make it an upper bound ("fino a").
    pub up_to: Vec<String>,
    /// Words before an amount that make it approximate ("circa").
    pub about: Vec<String>,
    /// Words before an amount that make it a lower bound ("oltre").
    pub at_least: Vec<String>,
    /// Words joining the two ends of a range ("to", "e", "y").
    pub range_joiners: Vec<String>,
    /// Words before a range's first end ("between", "tra").
    pub range_openers: Vec<String>,
    /// Words after a number that mean it is not money ("parametri", "shares").
    pub not_money: Vec<String>,
    /// Words before a number that make it a per-share price ("per share", "per azione").
    pub per_share: Vec<String>,
}
