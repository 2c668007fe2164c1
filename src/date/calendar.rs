//! Calendar arithmetic for dates read from text: two-digit years, days and months written
//! without the rest, weekdays, "the second Monday of July", lengths of time. Every function
//! looks back from a reference day (news reports the past) and returns `None` for a day that
//! does not exist, never a nearby one.

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};

/// A year as written: four digits, or two read as 1970–2069.
pub fn year_of(y: &str) -> Option<i32> {
    let y = y.trim_start_matches('\'');
    let n: i32 = y.parse().ok()?;
    Some(match y.len() {
        2 if n < 70 => 2000 + n,
        2 => 1900 + n,
        4 => n,
        _ => return None,
    })
}

/// The day written without a year: the latest one on or before `reference` (29 February
/// goes back to the last leap year).
pub fn without_year(month: u32, day: u32, reference: NaiveDate) -> Option<NaiveDate> {
    (0..8)
        .filter_map(|back| NaiveDate::from_ymd_opt(reference.year() - back, month, day))
        .find(|d| *d <= reference)
}

/// The day written without a year but with "next" ("il 1º novembre prossimo"): the first
/// one on or after `reference`.
pub fn without_year_ahead(month: u32, day: u32, reference: NaiveDate) -> Option<NaiveDate> {
    (0..8)
        .filter_map(|on| NaiveDate::from_ymd_opt(reference.year() + on, month, day))
        .find(|d| *d >= reference)
}

/// The day of the month written alone ("il 15"): the latest one on or before `reference`.
pub fn day_alone(day: u32, reference: NaiveDate) -> Option<NaiveDate> {
    if !(1..=31).contains(&day) {
        return None;
    }
    (0..12)
        .filter_map(|back| {
            let first = reference
                .with_day(1)?
                .checked_sub_months(Months::new(back))?;
            first.with_day(day)
        })
        .find(|d| *d <= reference)
}

/// `day` of the month `months` away from the reference day's month.
pub fn day_of_month_offset(day: u32, months: i32, reference: NaiveDate) -> Option<NaiveDate> {
    shift_months(reference.with_day(1)?, months)?.with_day(day)
}

/// The most recent `weekday` on or before `reference`.
pub fn weekday_on_or_before(weekday: Weekday, reference: NaiveDate) -> Option<NaiveDate> {
    let back = (7 + reference.weekday().num_days_from_monday() as i64
        - weekday.num_days_from_monday() as i64)
        % 7;
    reference.checked_sub_signed(Duration::days(back))
}

/// The most recent `weekday` strictly before `reference` ("last Friday").
pub fn weekday_before(weekday: Weekday, reference: NaiveDate) -> Option<NaiveDate> {
    weekday_on_or_before(weekday, reference.pred_opt()?)
}

/// The `n`-th `weekday` after `reference` ("two Mondays from now"), or before it when `back`
/// ("three Fridays ago"); the reference day itself never counts.
pub fn nth_weekday_from(
    n: u32,
    weekday: Weekday,
    back: bool,
    reference: NaiveDate,
) -> Option<NaiveDate> {
    if n == 0 {
        return None;
    }
    let weeks = Duration::try_days(7 * i64::from(n - 1))?;
    if back {
        weekday_before(weekday, reference)?.checked_sub_signed(weeks)
    } else {
        let first =
            weekday_on_or_before(weekday, reference)?.checked_add_signed(Duration::days(7))?;
        first.checked_add_signed(weeks)
    }
}

/// `weekday` of the week `weeks` away from the reference day's week (weeks start on Monday).
pub fn weekday_of_week(weekday: Weekday, weeks: i64, reference: NaiveDate) -> Option<NaiveDate> {
    let monday = reference.checked_sub_signed(Duration::days(
        reference.weekday().num_days_from_monday() as i64,
    ))?;
    let days = weeks
        .checked_mul(7)?
        .checked_add(weekday.num_days_from_monday() as i64)?;
    monday.checked_add_signed(Duration::try_days(days)?)
}

/// The `nth` (1–5) `weekday` of a month.
pub fn nth_weekday(nth: u32, weekday: Weekday, year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, u8::try_from(nth).ok()?)
}

/// `date` moved by a number of months, either way (the day is kept, or the month's last).
pub fn shift_months(date: NaiveDate, months: i32) -> Option<NaiveDate> {
    let n = Months::new(months.unsigned_abs());
    if months >= 0 {
        date.checked_add_months(n)
    } else {
        date.checked_sub_months(n)
    }
}

/// `reference` moved by a length of time: months first, then days.
pub fn shift(reference: NaiveDate, months: i32, days: i64) -> Option<NaiveDate> {
    shift_months(reference, months)?.checked_add_signed(Duration::try_days(days)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nth_weekday_from_skips_the_reference_day() {
        let monday = d(2018, 5, 7);
        let from = |n, w, back| nth_weekday_from(n, w, back, monday);
        assert_eq!(from(2, Weekday::Mon, false), Some(d(2018, 5, 21)));
        assert_eq!(from(2, Weekday::Sun, false), Some(d(2018, 5, 20)));
        assert_eq!(from(1, Weekday::Mon, true), Some(d(2018, 4, 30)));
        assert_eq!(from(3, Weekday::Fri, true), Some(d(2018, 4, 20)));
        assert_eq!(from(0, Weekday::Fri, true), None);
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn years_table() {
        let cases = [
            ("1987", Some(1987)),
            ("07", Some(2007)),
            ("'78", Some(1978)),
            ("123", None),
        ];
        for (y, want) in cases {
            assert_eq!(year_of(y), want, "{y}");
        }
    }

    #[test]
    fn looking_back_table() {
        let r = d(2017, 3, 22);
        let cases = [
            (without_year(2, 29, r), Some(d(2016, 2, 29))),
            (without_year(3, 23, r), Some(d(2016, 3, 23))),
            (without_year(3, 22, r), Some(r)),
            (without_year_ahead(3, 21, r), Some(d(2018, 3, 21))),
            (without_year_ahead(2, 29, r), Some(d(2020, 2, 29))),
            (day_alone(15, r), Some(d(2017, 3, 15))),
            (day_alone(30, r), Some(d(2017, 1, 30))),
            (day_alone(32, r), None),
            (day_of_month_offset(20, 1, r), Some(d(2017, 4, 20))),
            (day_of_month_offset(31, 1, r), None),
            (nth_weekday(1, Weekday::Fri, 2016, 7), Some(d(2016, 7, 1))),
            (nth_weekday(5, Weekday::Sun, 2017, 9), None),
            (shift(r, -25, -21), Some(d(2015, 2, 1))),
        ];
        for (i, (got, want)) in cases.into_iter().enumerate() {
            assert_eq!(got, want, "case {i}");
        }
    }

    #[test]
    fn weekdays_table() {
        let r = d(2016, 11, 7); // a Monday
        let cases = [
            (weekday_on_or_before(Weekday::Mon, r), Some(r)),
            (weekday_on_or_before(Weekday::Fri, r), Some(d(2016, 11, 4))),
            (weekday_before(Weekday::Mon, r), Some(d(2016, 10, 31))),
            (weekday_of_week(Weekday::Fri, 0, r), Some(d(2016, 11, 11))),
            (weekday_of_week(Weekday::Sun, 1, r), Some(d(2016, 11, 20))),
            (weekday_of_week(Weekday::Wed, -1, r), Some(d(2016, 11, 2))),
            (weekday_before(Weekday::Mon, NaiveDate::MIN), None),
            (weekday_of_week(Weekday::Sun, 1, NaiveDate::MAX), None),
            (weekday_of_week(Weekday::Sun, i64::MAX, r), None),
        ];
        for (i, (got, want)) in cases.into_iter().enumerate() {
            assert_eq!(got, want, "case {i}");
        }
    }
}
