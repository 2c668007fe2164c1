//! Tables for deals: the words that announce each kind of deal, the cues of its status, the
//! words that introduce a company, and the constructions that look like deals but are not.

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
pub struct DealLex {
    /// Deal type (`acquisition`, `investment` …) → lower-case trigger words or stems.
    pub triggers: BTreeMap<String, Vec<String>>,
    /// Lower-case phrases whose presence makes a sentence not a deal (buyback, bond, IPO …).
    pub negatives: Vec<String>,
    /// Status (`rumoured`, `completed` …) → lower-case cues.
    pub status: BTreeMap<String, Vec<String>>,
    /// Words before a company name that introduce it ("il gruppo", "the company").
    pub company_intros: Vec<String>,
    /// Capitalised words that never start or make up a company name in this language.
    pub not_company: Vec<String>,
    /// Phrases that put the acquirer/investor after them ("by", "da parte di").
    pub passive_agent: Vec<String>,
    /// Phrases that put the target/investee after them ("in", "of", "di").
    pub target_markers: Vec<String>,
    /// Phrases that put a partner after them ("with", "con").
    pub partner_markers: Vec<String>,
}
