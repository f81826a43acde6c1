//! Dated parameters: every waiting period and operative date the rules use, in one place.
//! When the law changes, add a dated value here (and a scenario test), and move [`RULES_AS_OF`].

use chrono::NaiveDate;

/// The date of the law the rules reflect; every report states it as `rules_as_of`.
pub const RULES_AS_OF: NaiveDate = ymd(2026, 12, 1);

pub const fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => panic!("not a date"),
    }
}

/// A value that changed over time: `(in force from, value)` pairs, oldest first.
pub struct Dated<T: 'static> {
    pub cite: &'static str,
    pub values: &'static [(NaiveDate, T)],
}

impl<T: Copy> Dated<T> {
    /// The value in force on `date` (the oldest value for dates before the first change).
    pub fn at(&self, date: NaiveDate) -> T {
        self.values
            .iter()
            .rev()
            .find(|(from, _)| *from <= date)
            .or(self.values.first())
            .map(|(_, v)| *v)
            .expect("a dated parameter has at least one value")
    }
}

// --- PC 1203.4a -----------------------------------------------------------------------------
/// Years after judgment before a 1203.4a dismissal (1203.4a(a)).
pub const WAIT_1203_4A_YEARS: Dated<u32> = Dated {
    cite: "PC 1203.4a(a)",
    values: &[(ymd(1900, 1, 1), 1)],
};

// --- PC 1203.41 -----------------------------------------------------------------------------
/// Years after completing a split sentence (1170(h)(5)(B)).
pub const WAIT_1203_41_SPLIT_YEARS: Dated<u32> = Dated {
    cite: "PC 1203.41(a)(1)",
    values: &[(ymd(2014, 1, 1), 1)],
};
/// Years after completing a county-jail (1170(h)(5)(A)) or prison sentence.
pub const WAIT_1203_41_JAIL_OR_PRISON_YEARS: Dated<u32> = Dated {
    cite: "PC 1203.41(a)(1)",
    values: &[(ymd(2014, 1, 1), 2)],
};
/// SB 731 opened 1203.41 to state-prison sentences [Med: operative date not confirmed from
/// statute text].
pub const PRISON_1203_41_OPERATIVE: NaiveDate = ymd(2023, 7, 1);

// --- PC 1203.42 -----------------------------------------------------------------------------
pub const WAIT_1203_42_YEARS: Dated<u32> = Dated {
    cite: "PC 1203.42(a)",
    values: &[(ymd(2018, 1, 1), 2)],
};
/// Realignment: people sentenced on or after this day serve 1170(h) terms in county jail.
pub const REALIGNMENT: NaiveDate = ymd(2011, 10, 1);
/// PC 1203.42 was added by AB 1115 (Stats. 2017, ch. 207), in force from 1 January 2018.
pub const PC_1203_42_OPERATIVE: NaiveDate = ymd(2018, 1, 1);

// --- PC 1203.425 ----------------------------------------------------------------------------
/// DOJ's monthly review for the probation and misdemeanor paths, "commencing July 1, 2022".
pub const AUTO_RELIEF_OPERATIVE: NaiveDate = ymd(2022, 7, 1);
/// The felony path (SB 731), delayed to 1 October 2024 by the 2024 public-safety trailer bill.
pub const AUTO_FELONY_OPERATIVE: NaiveDate = ymd(2024, 10, 1);
/// Convictions and arrests on or after this date are covered (look-back).
pub const AUTO_LOOK_BACK: NaiveDate = ymd(1973, 1, 1);
/// PC 851.93 first reached only arrests "on or after January 1, 2021" (AB 1076); the look-back
/// to 1973 for arrests runs "commencing on October 1, 2024" (SB 731, as the Legislative
/// Counsel's digest of SB 834 (2025) states the law in force).
pub const AUTO_ARREST_FIRST_COVERED: NaiveDate = ymd(2021, 1, 1);
pub const AUTO_ARREST_LOOK_BACK_OPERATIVE: NaiveDate = ymd(2024, 10, 1);
pub const WAIT_AUTO_MISDEMEANOR_YEARS: Dated<u32> = Dated {
    cite: "PC 1203.425(a)(1)(B)",
    values: &[(ymd(2022, 7, 1), 1)],
};
/// Years after completing every term, with no new felony conviction, on the felony path.
pub const WAIT_AUTO_FELONY_YEARS: Dated<u32> = Dated {
    cite: "PC 1203.425(a)(1)(B)",
    values: &[(ymd(2024, 10, 1), 4)],
};

// --- Proposition 47 / 64 ---------------------------------------------------------------------
/// Prop 47 applies to offenses committed before its effective date.
pub const PROP_47_EFFECTIVE: NaiveDate = ymd(2014, 11, 5);
/// After this day a Prop 47 application needs "good cause" (PC 1170.18(j), AB 1397).
pub const PROP_47_DEADLINE: NaiveDate = ymd(2022, 11, 4);
/// Prop 64 covers conduct before its effective date.
pub const PROP_64_EFFECTIVE: NaiveDate = ymd(2016, 11, 9);

// --- Arrests ----------------------------------------------------------------------------------
/// Statute of limitations for never-charged arrests (PC 851.91(a)(1)(A)).
pub const SOL_MISDEMEANOR_YEARS: u32 = 1; // PC 802(a)
pub const SOL_FELONY_YEARS: u32 = 3; // PC 801
pub const SOL_LONG_FELONY_YEARS: u32 = 6; // PC 800 (punishable by 8 years or more)
pub const SOL_REGISTRABLE_FELONY_YEARS: u32 = 10; // PC 801.1(b) (felony requiring PC 290 registration)
pub const SOL_ELDER_ABUSE_YEARS: u32 = 5; // PC 801.6
/// PC 801.5 with 803(c): four years after discovery; an arrest comes after discovery, so four
/// years from the arrest is never earlier than the law's date.
pub const SOL_DISCOVERY_YEARS: u32 = 4;
pub const SOL_MISDEMEANOR_LONG_YEARS: u32 = 3; // PC 802(b)
pub const SOL_MISDEMEANOR_MEDIUM_YEARS: u32 = 2; // PC 802(c)–(d)
/// PC 803.7: the limit for felony domestic violence (PC 273.5), as each amendment set it, with
/// the day it reaches offences from (and offences whose earlier limit had not run by then):
/// SB 273 (2019) five years from 1 January 2020; SB 690 (Stats. 2024, ch. 653) seven years
/// from 1 January 2025 [Med: from the bill's digest and practitioners' summaries].
pub const SOL_DV_EXTENSIONS: &[(NaiveDate, u32)] = &[(ymd(2020, 1, 1), 5), (ymd(2025, 1, 1), 7)];
/// Automatic arrest relief waits (PC 851.93(a)(2)), in calendar years from the arrest.
pub const AUTO_ARREST_MISDEMEANOR_YEARS: u32 = 1;
pub const AUTO_ARREST_FELONY_YEARS: u32 = 3;
pub const AUTO_ARREST_LONG_FELONY_YEARS: u32 = 6;
/// Factual innocence petitions: within two years of the arrest (PC 851.8(l)) [Med].
pub const FACTUAL_INNOCENCE_YEARS: u32 = 2;
/// The PC 851.91 "pattern" rule looks at records within three years of each other.
pub const PATTERN_WINDOW_YEARS: u32 = 3;

// --- Certificate of Rehabilitation ---------------------------------------------------------
/// California residence required before filing (PC 4852.06).
pub const COR_RESIDENCE_YEARS: u32 = 5;
/// Period of rehabilitation (PC 4852.03(a)): 5 years' residence plus 2, 4 or 5 more.
pub const COR_PERIOD_STANDARD_YEARS: u32 = 7;
pub const COR_PERIOD_LIFE_YEARS: u32 = 9;
pub const COR_PERIOD_REGISTRANT_YEARS: u32 = 10;

// --- Registration (PC 290.5) -----------------------------------------------------------------
pub const TIER_1_YEARS: u32 = 10;
pub const TIER_2_YEARS: u32 = 20;
/// PC 290.5(a)(1): petitions "on or after their next birthday after July 1, 2021" (SB 384).
pub const PETITIONS_OPEN_290_5: NaiveDate = ymd(2021, 7, 1);
/// PC 290(e): each misdemeanor / felony conviction of failing to register extends the period.
pub const FAILURE_TO_REGISTER_MISDEMEANOR_YEARS: u32 = 1;
pub const FAILURE_TO_REGISTER_FELONY_YEARS: u32 = 3;

// --- Pardon -----------------------------------------------------------------------------------
/// The Governor's office usually waits this long after discharge [Med: practice, not statute].
pub const PARDON_USUAL_WAIT_YEARS: u32 = 10;

// --- Notices ---------------------------------------------------------------------------------
/// A DUI conviction counts as a prior for this many years (VC 23540).
pub const DUI_PRIOR_YEARS: u32 = 10;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dated_values_follow_the_date() {
        const P: Dated<u32> = Dated {
            cite: "test",
            values: &[(ymd(2000, 1, 1), 1), (ymd(2020, 1, 1), 2)],
        };
        assert_eq!(P.at(ymd(1999, 1, 1)), 1);
        assert_eq!(P.at(ymd(2019, 12, 31)), 1);
        assert_eq!(P.at(ymd(2020, 1, 1)), 2);
    }
}
