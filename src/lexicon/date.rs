//! Tables for dates: month and weekday names, number words, and the words of relative dates
//! ("yesterday", "last", "next week", "two days ago"). Only the words live here; `date` turns
//! them into matchers and knows what they mean on a calendar.

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
pub struct DateLex {
    /// Whether numeric dates are written day first (`03/04/2024` = 3 April).
    pub day_first: bool,
    /// Words of `days` that count only in lower case or first in a sentence ("morgen").
    #[serde(default)]
    pub lower_only: Vec<String>,
    /// Whether `15.01.` (day, month, dots, no year) is a date.
    #[serde(default)]
    pub dotted_day_month: bool,
    /// Twelve lists, January first, of the lower-case forms of each month (full and abbreviated).
    pub months: Vec<Vec<String>>,
    /// Month forms that are also ordinary words ("may", "mar"): they count only capitalised,
    /// with a year, or joined to the day by `-`, `/` or a word of `of`.
    #[serde(default)]
    pub ambiguous_months: Vec<String>,
    /// Seven lists, Monday first, of the forms that name a weekday on their own.
    pub weekdays: Vec<Vec<String>>,
    /// Seven lists of short forms, read only in front of an explicit date.
    #[serde(default)]
    pub weekday_abbr: Vec<Vec<String>>,
    /// Seven lists of forms that name a weekday only right after a word of `weekday_guards`.
    #[serde(default)]
    pub weekday_guarded: Vec<Vec<String>>,
    #[serde(default)]
    pub weekday_guards: Vec<String>,
    /// Written after a day number: "st", "er", "º", ".".
    #[serde(default)]
    pub day_suffixes: Vec<String>,
    /// Between a day and its month: "of", "de", "del".
    #[serde(default)]
    pub of: Vec<String>,
    /// Between a day number and a month number ("el 17 del 11").
    #[serde(default)]
    pub numeric_of: Vec<String>,
    /// In front of a day number standing alone at the end of a clause ("il 15.").
    #[serde(default)]
    pub day_articles: Vec<String>,
    /// In front of a day word standing alone at the end of a clause ("for the second.").
    #[serde(default)]
    pub day_word_articles: Vec<String>,
    /// Between a length of time and a word of `days`: on from it ("two days from tomorrow")
    /// or back from it ("two days before yesterday").
    #[serde(default)]
    pub anchor_after: Vec<String>,
    #[serde(default)]
    pub anchor_before: Vec<String>,
    /// Words for "one" in front of a unit of time ("a month ago").
    #[serde(default)]
    pub one: Vec<String>,
    /// Words for "a few" in front of a unit of time ("a few days ago"), read as three.
    #[serde(default)]
    pub few: Vec<String>,
    /// Thirty-one lists of cardinal words, one first.
    #[serde(default)]
    pub numbers: Vec<Vec<String>>,
    /// Thirty-one lists of ordinal words, first first.
    #[serde(default)]
    pub ordinals: Vec<Vec<String>>,
    /// Next to a weekday: the one before the reference day ("last", "scorso", "pasado").
    pub last: Vec<String>,
    /// Next to a weekday: the one of the reference day's week ("this", "questo").
    #[serde(default)]
    pub this: Vec<String>,
    /// Next to a weekday: the one of the week after ("next", "prossimo").
    #[serde(default)]
    pub next: Vec<String>,
    /// Between a weekday and a week phrase ("Friday of next week").
    #[serde(default)]
    pub week_joiners: Vec<String>,
    /// Before or after a length of time that reaches back ("hace", "ago").
    #[serde(default)]
    pub ago_before: Vec<String>,
    #[serde(default)]
    pub ago_after: Vec<String>,
    /// Before or after a length of time that reaches forward ("tra", "from now").
    #[serde(default)]
    pub later_before: Vec<String>,
    #[serde(default)]
    pub later_after: Vec<String>,
    /// After a length of time that reaches forward, only at the end of a clause ("two years
    /// later.", not "three days later than planned").
    #[serde(default)]
    pub later_end: Vec<String>,
    /// Heads of spelled years ("nineteen" 1900, "duemila" 2000).
    #[serde(default)]
    pub year_heads: BTreeMap<String, i32>,
    /// Ninety-nine lists, one first: the numbers below 100 in a spelled year.
    #[serde(default)]
    pub year_tails: Vec<Vec<String>>,
    /// Between the head and the tail of a spelled year ("two thousand and eighteen").
    #[serde(default)]
    pub year_joiners: Vec<String>,
    /// Joins the parts of a length of time ("and", "e").
    #[serde(default)]
    pub and: Vec<String>,
    /// Words for days, as days from the reference day (today 0, yesterday -1).
    pub days: BTreeMap<String, i64>,
    /// Week phrases, as weeks from the reference day's week (this week 0, next week 1).
    #[serde(default)]
    pub weeks: BTreeMap<String, i64>,
    /// The start of a week, as weeks from the reference day's week: its Monday
    /// ("at the beginning of the week" 0, "early last week" is too vague to be here).
    #[serde(default)]
    pub week_starts: BTreeMap<String, i64>,
    /// Month phrases, as months from the reference day's month.
    #[serde(default)]
    pub month_offsets: BTreeMap<String, i32>,
    /// Units of a length of time: `day`, `week`, `month`, `year`.
    #[serde(default)]
    pub units: BTreeMap<String, Vec<String>>,
}
