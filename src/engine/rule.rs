//! The small vocabulary every remedy module is written in: a condition gives a [`Check`], and an
//! [`Assessment`] folds the checks of one remedy into its [`Item`].
//!
//! Folding order: a condition that definitely fails makes the remedy `not_eligible` (whatever
//! else is unknown); otherwise an unknown fact makes it `needs_info`; otherwise the latest
//! waiting date decides between `eligible` and `eligible_later`.

use super::case::RemedyId;
use super::report::{Decision, FieldPath, Item, Outcome, Reasons, Why};
use chrono::NaiveDate;
use std::rc::Rc;

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
    Unknown(FieldPath, &'static Why),
    /// The condition holds from a date on (`approximate` when it came from an approximate date).
    From(NaiveDate, bool, &'static Why),
    /// A note that goes with the remedy unless it does not fit (its effect, a confidence caveat).
    Note(&'static Why),
}

impl Check {
    /// A law's operative date: it delays relief only for events before it, so relief is never
    /// dated before the event it counts from.
    pub fn operative(date: NaiveDate, event: NaiveDate, why: &'static Why) -> Check {
        if date > event {
            Check::From(date, false, why)
        } else {
            Check::Pass
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Holds,
    Fails,
    Unknown,
    Note,
}

/// Collects the checks of one remedy for one subject.
pub struct Assessment {
    subject: Rc<str>,
    remedy: RemedyId,
    kinds: [Kind; Reasons::CAPACITY],
    reasons: Reasons,
    missing: Vec<FieldPath>,
    from: Option<(NaiveDate, bool)>,
    failed: bool,
}

impl Assessment {
    pub fn new(remedy: RemedyId, subject: &Rc<str>) -> Self {
        Assessment {
            subject: Rc::clone(subject),
            remedy,
            kinds: [Kind::Note; Reasons::CAPACITY],
            reasons: Reasons::new(),
            missing: Vec::new(),
            from: None,
            failed: false,
        }
    }

    fn note(&mut self, kind: Kind, why: &'static Why) {
        // Reasons are statics: compare addresses, not texts.
        let seen = self
            .reasons
            .iter()
            .zip(self.kinds.iter())
            .any(|(w, k)| *k == kind && std::ptr::eq(w, why));
        if !seen && self.reasons.len() < Reasons::CAPACITY {
            self.kinds[self.reasons.len()] = kind;
            self.reasons.push(why);
        }
    }

    pub fn check(&mut self, check: Check) -> &mut Self {
        match check {
            Check::Pass => {}
            Check::Holds(why) => self.note(Kind::Holds, why),
            Check::Fails(why) => {
                self.failed = true;
                self.note(Kind::Fails, why);
            }
            Check::Unknown(path, why) => {
                self.note(Kind::Unknown, why);
                if !self.missing.contains(&path) {
                    self.missing.push(path);
                }
            }
            Check::From(date, approximate, why) => {
                self.note(Kind::Holds, why);
                self.from = match self.from {
                    Some((d, a)) if d > date => Some((d, a)),
                    Some((d, a)) if d == date => Some((d, a && approximate)),
                    _ => Some((date, approximate)),
                };
            }
            Check::Note(why) => self.note(Kind::Note, why),
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
        self.failed
    }

    /// Folds the checks into the item. `decision` is reported for eligible outcomes only.
    pub fn finish(&mut self, decision: Decision, as_of: NaiveDate) -> Item {
        let unknown = !self.missing.is_empty();
        let (outcome, shown) = if self.failed {
            (Outcome::NotEligible, Kind::Fails)
        } else if unknown {
            (Outcome::NeedsInfo, Kind::Unknown)
        } else {
            match self.from {
                Some((date, _)) if date > as_of => (Outcome::EligibleLater, Kind::Holds),
                _ => (Outcome::Eligible, Kind::Holds),
            }
        };
        // Notes describe what the remedy does and how sure we are: they go with every outcome
        // except a plain "does not fit".
        let with_notes = outcome != Outcome::NotEligible;
        let mut reasons = self.reasons;
        let kinds = self.kinds;
        reasons.retain_positions(|i| kinds[i] == shown || (with_notes && kinds[i] == Kind::Note));
        let eligible = matches!(outcome, Outcome::Eligible | Outcome::EligibleLater);
        let (from, approximate) = match self.from {
            Some((d, a)) if eligible => (Some(d), a),
            _ => (None, false),
        };
        Item {
            subject: Rc::clone(&self.subject),
            remedy: self.remedy,
            outcome,
            decision: eligible.then_some(decision),
            from,
            approximate,
            reasons,
            missing: if outcome == Outcome::NeedsInfo {
                std::mem::take(&mut self.missing)
            } else {
                Vec::new()
            },
        }
    }
}
