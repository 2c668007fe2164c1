//! Tables for amounts of money: number convention, scale words, currency words, qualifiers,
//! sub-units and the words that say a number is not money. One table per language; the engine
//! in `money` merges the currency and scale tables of every language (articles quote foreign
//! amounts) and reads the rest from the article's own language first.

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
pub struct MoneyLex {
    /// Whether `1.234,5` (comma decimal) is this language's convention.
    pub decimal_comma: bool,
    /// Scale words and abbreviations, lower case, with their multiplier ("miliardi" = 1e9).
    pub scales: BTreeMap<String, f64>,
    /// Scale abbreviations that may be glued before a symbol or ISO code ("M€", "MUSD", "k€").
    #[serde(default)]
    pub glued_scales: Vec<String>,
    /// Currency words, symbols and codes, lower case, with their ISO 4217 code ("dollari" =
    /// "USD"). A space matches any run of spaces; a `$` may stand apart from its letters ("c $").
    pub currencies: BTreeMap<String, String>,
    /// Currency words that are also common words ("won", "real"): money only right after a
    /// number, never before one nor after a spelled-out number.
    #[serde(default)]
    pub ambiguous: Vec<String>,
    /// Words between an amount and its currency word ("di" in "5 miliardi di dollari").
    #[serde(default)]
    pub links: Vec<String>,
    /// Words before an amount that make it an upper bound ("fino a").
    pub up_to: Vec<String>,
    /// Words before an amount that make it approximate ("circa").
    pub about: Vec<String>,
    /// Words before an amount that make it a lower bound ("oltre").
    pub at_least: Vec<String>,
    /// Words joining the two ends of a range ("to", "e", "y").
    pub range_joiners: Vec<String>,
    /// Range joiners that rather add two parts of one amount when the first part has the
    /// larger scale ("e" in "2 miliardi e 400 milioni").
    #[serde(default)]
    pub sum_joiners: Vec<String>,
    /// Words before a range's first end ("between", "tra").
    pub range_openers: Vec<String>,
    /// Words after a number that mean it is not money ("parametri", "shares").
    pub not_money: Vec<String>,
    /// Words after an amount that make it a per-share price ("per share", "per azione").
    pub per_share: Vec<String>,
    /// Names of the hundredth part of a currency ("cents", "centesimi").
    #[serde(default)]
    pub cent_words: Vec<String>,
    /// Words between the whole units and the cents ("and", "e", "con").
    #[serde(default)]
    pub cent_joiners: Vec<String>,
    /// Words that mean one before a scale or currency word ("a" million, "einen" Euro).
    #[serde(default)]
    pub one_words: Vec<String>,
    /// Vague counts before a scale word that is a number by itself: "several thousand
    /// dollars" and "einige tausend Euro" are no amount, while "tausend Euro" is 1000.
    #[serde(default)]
    pub vague_counts: Vec<String>,
    /// Fractions before a scale word ("half" million = 0.5).
    #[serde(default)]
    pub fractions: BTreeMap<String, f64>,
    /// Round-number words that make an amount approximate ("quarantina" = 40 in "una
    /// quarantina di milioni").
    #[serde(default)]
    pub approx: BTreeMap<String, f64>,
    /// Words after a number that make it a percentage ("per cento", "pct").
    #[serde(default)]
    pub percent: Vec<String>,
}
