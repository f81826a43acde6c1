//! Dates as people give them, and the one place where waiting periods are counted.
//!
//! The contract (`record-relief/case@1`) accepts `YYYY-MM-DD`, or an approximate `YYYY-MM` or
//! `YYYY`. A waiting period counts from the **latest** day an approximate date could mean, so an
//! approximate answer can only make a result later, never earlier.

use chrono::{Datelike, NaiveDate};
use std::fmt;

/// How precisely the person knew a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    Day,
    Month,
    Year,
}

/// A date given as a day, a month or a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FuzzyDate {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    pub precision: Precision,
    /// The earliest and latest day it could mean, computed once (rules ask for them often).
    earliest: NaiveDate,
    latest: NaiveDate,
}

/// Why a date string was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    Format,
    /// Well formed but not a day of the calendar (e.g. 2019-02-30, month 13).
    Impossible,
}

impl FuzzyDate {
    pub fn exact(date: NaiveDate) -> Self {
        FuzzyDate {
            year: date.year(),
            month: date.month(),
            day: date.day(),
            precision: Precision::Day,
            earliest: date,
            latest: date,
        }
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (years 1900–2999).
    pub fn parse(text: &str) -> Result<FuzzyDate, DateError> {
        let parts: Vec<&str> = text.split('-').collect();
        let number = |s: &str, len: usize| -> Result<u32, DateError> {
            if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
                s.parse().map_err(|_| DateError::Format)
            } else {
                Err(DateError::Format)
            }
        };
        let year = number(parts[0], 4)? as i32;
        let (month, day, precision) = match parts.len() {
            1 => (12, 31, Precision::Year),
            2 => (number(parts[1], 2)?, 0, Precision::Month),
            3 => (number(parts[1], 2)?, number(parts[2], 2)?, Precision::Day),
            _ => return Err(DateError::Format),
        };
        if !(1900..=2999).contains(&year) || !(1..=12).contains(&month) {
            return Err(DateError::Impossible);
        }
        let day = if precision == Precision::Month {
            last_day_of_month(year, month)
        } else {
            day
        };
        let Some(latest) = NaiveDate::from_ymd_opt(year, month, day) else {
            return Err(DateError::Impossible);
        };
        let earliest = match precision {
            Precision::Day => latest,
            Precision::Month => NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(latest),
            Precision::Year => NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(latest),
        };
        Ok(FuzzyDate {
            year,
            month,
            day,
            precision,
            earliest,
            latest,
        })
    }

    /// The latest day this date could mean: the date a waiting period counts from.
    pub fn latest(&self) -> NaiveDate {
        self.latest
    }

    /// The earliest day this date could mean (used to check that a date is not in the future).
    pub fn earliest(&self) -> NaiveDate {
        self.earliest
    }

    pub fn is_approximate(&self) -> bool {
        self.precision != Precision::Day
    }
}

impl fmt::Display for FuzzyDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision {
            Precision::Day => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
            Precision::Month => write!(f, "{:04}-{:02}", self.year, self.month),
            Precision::Year => write!(f, "{:04}", self.year),
        }
    }
}

fn last_day_of_month(year: i32, month: u32) -> u32 {
    (28..=31)
        .rev()
        .find(|&d| NaiveDate::from_ymd_opt(year, month, d).is_some())
        .unwrap_or(28)
}

/// "N years after D": the same month and day N years later; where that day does not exist
/// (29 February in a common year) it is 1 March. The contract fixes this rule.
pub fn years_after(date: NaiveDate, years: u32) -> NaiveDate {
    let year = date.year() + years as i32;
    NaiveDate::from_ymd_opt(year, date.month(), date.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
        .unwrap_or(NaiveDate::MAX)
}

/// A person qualifies **on** the first day of eligibility, not the day after.
pub fn has_arrived(first_day: NaiveDate, as_of: NaiveDate) -> bool {
    as_of >= first_day
}

/// Formats a date as `YYYY-MM-DD` (hand-written: chrono's formatter costs bundle size).
pub fn iso(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn leap_day_plus_a_year_is_first_of_march() {
        assert_eq!(years_after(d(2020, 2, 29), 1), d(2021, 3, 1));
        assert_eq!(years_after(d(2020, 2, 29), 4), d(2024, 2, 29));
    }

    #[test]
    fn month_end_and_year_end_keep_their_day() {
        assert_eq!(years_after(d(2019, 1, 31), 2), d(2021, 1, 31));
        assert_eq!(years_after(d(2019, 12, 31), 1), d(2020, 12, 31));
    }

    #[test]
    fn approximate_dates_count_from_their_last_day() {
        assert_eq!(
            FuzzyDate::parse("2019-02").unwrap().latest(),
            d(2019, 2, 28)
        );
        assert_eq!(
            FuzzyDate::parse("2020-02").unwrap().latest(),
            d(2020, 2, 29)
        );
        assert_eq!(FuzzyDate::parse("2019").unwrap().latest(), d(2019, 12, 31));
        assert_eq!(FuzzyDate::parse("2019").unwrap().earliest(), d(2019, 1, 1));
        assert!(FuzzyDate::parse("2019-05").unwrap().is_approximate());
    }

    #[test]
    fn bad_dates_are_refused_with_the_right_reason() {
        assert_eq!(FuzzyDate::parse("2019-13-01"), Err(DateError::Impossible));
        assert_eq!(FuzzyDate::parse("2019-02-29"), Err(DateError::Impossible));
        assert_eq!(FuzzyDate::parse("19-02-01"), Err(DateError::Format));
        assert_eq!(FuzzyDate::parse("2019/02/01"), Err(DateError::Format));
        assert_eq!(FuzzyDate::parse(""), Err(DateError::Format));
        assert_eq!(FuzzyDate::parse("2019-2-1"), Err(DateError::Format));
        assert!(FuzzyDate::parse("2020-02-29").is_ok());
    }

    #[test]
    fn eligible_on_the_anniversary_itself() {
        let first = years_after(d(2020, 5, 1), 1);
        assert!(!has_arrived(first, d(2021, 4, 30)));
        assert!(has_arrived(first, d(2021, 5, 1)));
    }

    #[test]
    fn display_round_trips() {
        for s in ["2019-04-12", "2019-04", "2019"] {
            assert_eq!(FuzzyDate::parse(s).unwrap().to_string(), s);
        }
        assert_eq!(iso(d(2021, 3, 1)), "2021-03-01");
    }
}
