//! The small vocabulary every remedy module is written in: a condition gives a [`Check`], and an
//! [`Assessment`] folds the checks of one remedy into its [`Item`].
//!
//! Folding order: a condition that definitely fails makes the remedy `not_eligible` (whatever
//! else is unknown); otherwise an unknown fact makes it `needs_info`; otherwise the latest
//! waiting date decides between `eligible` and `eligible_later`.

use super::case::RemedyId;
use super::report::{Decision, Item, Outcome, Why};
use chrono::NaiveDate;

/// The result of checking one statutory condition.
#[derive(Clone, Debug, PartialEq)]
pub enum Check {
    /// The condition holds; nothing worth saying.
    Pass,
    /// The condition holds, and the reason is worth showing.
    Holds(&'static Why),
    /// The condition fails: the remedy does not fit.
    Fails(&'static Why),
    /// The condition depends on a fact we do not know (the field path).
    Unknown(String, &'static Why),
    /// The condition holds from a date on (`approximate` when it came from an approximate date).
    From(NaiveDate, bool, &'static Why),
    /// A note that goes with the remedy unless it does not fit (its effect, a confidence caveat).
    Note(&'static Why),
}

/// Collects the checks of one remedy for one subject.
pub struct Assessment {
    subject: String,
    remedy: RemedyId,
    holds: Vec<Why>,
    fails: Vec<Why>,
    unknown: Vec<Why>,
    notes: Vec<Why>,
    missing: Vec<String>,
    from: Option<(NaiveDate, bool)>,
}

impl Assessment {
    pub fn new(remedy: RemedyId, subject: &str) -> Self {
        Assessment {
            subject: subject.to_string(),
            remedy,
            holds: Vec::new(),
            fails: Vec::new(),
            unknown: Vec::new(),
            notes: Vec::new(),
            missing: Vec::new(),
            from: None,
        }
    }

    pub fn check(&mut self, check: Check) -> &mut Self {
        match check {
            Check::Pass => {}
            Check::Holds(why) => push_once(&mut self.holds, why),
            Check::Fails(why) => push_once(&mut self.fails, why),
            Check::Unknown(path, why) => {
                push_once(&mut self.unknown, why);
                if !self.missing.contains(&path) {
                    self.missing.push(path);
                }
            }
            Check::From(date, approximate, why) => {
                push_once(&mut self.holds, why);
                self.from = match self.from {
                    Some((d, a)) if d > date => Some((d, a)),
                    Some((d, a)) if d == date => Some((d, a && approximate)),
                    _ => Some((date, approximate)),
                };
            }
            Check::Note(why) => push_once(&mut self.notes, why),
        }
        self
    }

    pub fn checks(&mut self, checks: impl IntoIterator<Item = Check>) -> &mut Self {
        for c in checks {
            self.check(c);
        }
        self
    }

    /// True once some condition has definitely failed.
    pub fn has_failed(&self) -> bool {
        !self.fails.is_empty()
    }

    /// Folds the checks into the item. `decision` is reported for eligible outcomes only.
    pub fn finish(&self, decision: Decision, as_of: NaiveDate) -> Item {
        let (outcome, mut reasons, missing, from, approximate) = if !self.fails.is_empty() {
            (
                Outcome::NotEligible,
                self.fails.clone(),
                Vec::new(),
                None,
                false,
            )
        } else if !self.unknown.is_empty() {
            (
                Outcome::NeedsInfo,
                self.unknown.clone(),
                self.missing.clone(),
                None,
                false,
            )
        } else {
            let outcome = match self.from {
                Some((date, _)) if date > as_of => Outcome::EligibleLater,
                _ => Outcome::Eligible,
            };
            let (from, approximate) = match self.from {
                Some((d, a)) => (Some(d), a),
                None => (None, false),
            };
            (outcome, self.holds.clone(), Vec::new(), from, approximate)
        };
        // Notes describe what the remedy does and how sure we are: they go with every outcome
        // except a plain "does not fit".
        if outcome != Outcome::NotEligible {
            for note in &self.notes {
                if !reasons.contains(note) {
                    reasons.push(*note);
                }
            }
        }
        let decision =
            matches!(outcome, Outcome::Eligible | Outcome::EligibleLater).then_some(decision);
        Item {
            subject: self.subject.clone(),
            remedy: self.remedy,
            outcome,
            decision,
            from,
            approximate,
            reasons,
            missing,
        }
    }
}

fn push_once(list: &mut Vec<Why>, why: &'static Why) {
    if !list.contains(why) {
        list.push(*why);
    }
}
