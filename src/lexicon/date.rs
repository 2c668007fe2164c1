//! Tables for dates: month and weekday names, and the words of relative dates.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct DateLex {
    /// Whether numeric dates are written day first (`03/04/2024` = 3 April).
    pub day_first: bool,
    /// Twelve lists, January first, of the lower-case forms of each month (full and abbreviated).
    pub months: Vec<Vec<String>>,
    /// Seven lists, Monday first, of the lower-case forms of each weekday.
    pub weekdays: Vec<Vec<String>>,
    pub today: Vec<String>,
    pub yesterday: Vec<String>,
    /// Words that point to the most recent past occurrence ("last", "scorso", "pasado").
    pub last: Vec<String>,
}
