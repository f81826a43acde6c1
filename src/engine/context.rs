//! What the rules see: the case, the screening date, and for each conviction and arrest the
//! facts derived once (catalog entry, level after reductions already granted, field paths).

use super::case::*;
use super::catalog::{self, Offense};
use super::dates::FuzzyDate;
use super::report::FieldPath;
use chrono::NaiveDate;
use std::rc::Rc;

/// A screening in progress.
pub struct Ctx<'a> {
    pub case: &'a Case,
    pub as_of: NaiveDate,
    /// The person's answers read against the file (see [`Ctx::registration_contradicted`]).
    person: Person,
    pub convictions: Vec<ConvictionView<'a>>,
    pub arrests: Vec<ArrestView<'a>>,
}

impl<'a> Ctx<'a> {
    pub fn new(case: &'a Case, as_of: NaiveDate) -> Self {
        let mut ctx = Ctx {
            case,
            as_of,
            person: case.person.clone(),
            convictions: case
                .convictions
                .iter()
                .enumerate()
                .map(|(i, c)| ConvictionView::new(i, c))
                .collect(),
            arrests: case
                .arrests
                .iter()
                .enumerate()
                .map(|(i, a)| ArrestView {
                    index: i,
                    subject: Rc::from(a.id.as_str()),
                    arrest: a,
                    offense: catalog::lookup(&a.offense).copied(),
                })
                .collect(),
        };
        // "Not registered" against a conviction that requires registration (PC 290(c)) and
        // no 290.5 order for it: the answers cannot both be true, so the rules read it as
        // not known (contract: contradictory answers give `needs_info`); a notice says why.
        if ctx.registration_contradicted() {
            ctx.person.registered_sex_offender = Answer::Unsure;
        }
        ctx
    }

    /// The person's answers as the rules read them.
    pub fn person(&self) -> &Person {
        &self.person
    }

    /// The person says they need not register, but a conviction in the file requires it (PC
    /// 290(c)) and no order ending it (PC 290.5) was granted for it.
    pub fn registration_contradicted(&self) -> bool {
        self.case.person.registered_sex_offender == Answer::No
            && self.convictions.iter().any(|v| {
                v.offense.is_some_and(|o| o.has(catalog::flag::REGISTRABLE))
                    && !v.granted(RemedyId::Pc290_5)
            })
    }

    /// The other convictions in the file.
    pub fn others<'b>(
        &'b self,
        view: &'b ConvictionView<'a>,
    ) -> impl Iterator<Item = &'b ConvictionView<'a>> {
        self.convictions
            .iter()
            .filter(move |o| o.index != view.index)
    }

    /// Convictions whose probation is still running (they explain "currently supervised").
    pub fn ongoing_probations(&self) -> impl Iterator<Item = &ConvictionView<'a>> {
        self.convictions.iter().filter(|v| v.probation_ongoing())
    }

    /// An arrest in the file is still pending: the person has a pending charge.
    pub fn has_pending_arrest(&self) -> bool {
        self.case
            .arrests
            .iter()
            .any(|a| a.outcome == ArrestOutcome::Pending)
    }

    /// "Ever convicted of a super-strike offense": the person's answer, else `yes` when a
    /// conviction in the file is one, else `unsure` (contract default).
    pub fn super_strike(&self) -> Answer {
        match self.person().super_strike_conviction {
            Some(a) => a,
            None if self.convictions.iter().any(|v| {
                v.offense
                    .is_some_and(|o| o.has(catalog::flag::SUPER_STRIKE))
            }) =>
            {
                Answer::Yes
            }
            None => Answer::Unsure,
        }
    }
}

/// A conviction with the facts the rules derive from it.
pub struct ConvictionView<'a> {
    pub index: usize,
    /// The conviction id, shared by its report items.
    pub subject: Rc<str>,
    /// The level after reductions already granted (computed once).
    level: Level,
    pub conviction: &'a Conviction,
    /// The catalog entry (or, while one reading of an open fact is screened, that reading).
    pub offense: Option<Offense>,
}

/// Whether an offence has a flag: known yes/no, or unknown when the offence is not in the catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Known {
    Yes,
    No,
    Unknown,
}

impl<'a> ConvictionView<'a> {
    fn new(index: usize, conviction: &'a Conviction) -> Self {
        let mut view = ConvictionView {
            index,
            subject: Rc::from(conviction.id.as_str()),
            level: conviction.level,
            conviction,
            offense: catalog::lookup(&conviction.offense).copied(),
        };
        view.level = view.reduced_level();
        view
    }

    /// The same conviction read as another offence (one candidate of [`crate::engine::classify`]).
    pub fn with_offense(&self, offense: Option<Offense>) -> ConvictionView<'a> {
        ConvictionView {
            index: self.index,
            subject: Rc::clone(&self.subject),
            level: self.level,
            conviction: self.conviction,
            offense,
        }
    }

    pub fn id(&self) -> &str {
        &self.conviction.id
    }

    /// The field path of one of this conviction's fields, e.g. `convictions[0].level`.
    pub fn field(&self, name: &'static str) -> FieldPath {
        FieldPath::Conviction(self.index, name)
    }

    pub fn flag(&self, flag: u64) -> Known {
        match self.offense {
            Some(o) if o.has(flag) => Known::Yes,
            Some(_) => Known::No,
            None => Known::Unknown,
        }
    }

    pub fn granted(&self, remedy: RemedyId) -> bool {
        self.conviction.relief_granted.contains(&remedy)
    }

    /// A dismissal (1203.4, 1203.4a, 1203.41, 1203.42, 1203.425) was already granted.
    pub fn dismissed(&self) -> bool {
        self.conviction
            .relief_granted
            .iter()
            .any(|r| r.is_dismissal())
    }

    /// The level after reductions already granted: Prop 47, Prop 64 and 17(b) make a felony a
    /// misdemeanor "for all purposes" (PC 1170.18(k), PC 17(b), HS 11361.8); 17(d) makes a
    /// misdemeanor an infraction.
    pub fn effective_level(&self) -> Level {
        self.level
    }

    fn reduced_level(&self) -> Level {
        let c = self.conviction;
        let reduced = [RemedyId::Prop47, RemedyId::Pc17b, RemedyId::Prop64]
            .iter()
            .any(|r| self.granted(*r));
        match c.level {
            Level::Felony if reduced => Level::Misdemeanor,
            Level::Misdemeanor if self.granted(RemedyId::Pc17d) => Level::Infraction,
            level => level,
        }
    }

    pub fn probation_outcome(&self) -> ProbationOutcome {
        self.conviction
            .probation_outcome
            .unwrap_or(ProbationOutcome::Unsure)
    }

    pub fn probation_ongoing(&self) -> bool {
        self.conviction.sentence == Sentence::Probation
            && self.conviction.probation_outcome == Some(ProbationOutcome::Ongoing)
    }

    /// The whole sentence is known to be over, by a date in the past: probation that ended
    /// (completed, ended early, violated then ended), or a sentence with its completion date.
    pub fn sentence_ended(&self) -> bool {
        let c = self.conviction;
        match c.sentence {
            Sentence::Probation => match self.probation_outcome() {
                ProbationOutcome::Completed
                | ProbationOutcome::TerminatedEarly
                | ProbationOutcome::Violated => c.probation_ended_on.is_some(),
                ProbationOutcome::Revoked => c.sentence_completed_on.is_some(),
                ProbationOutcome::Ongoing | ProbationOutcome::Unsure => false,
            },
            Sentence::Unsure => false,
            _ => c.sentence_completed_on.is_some(),
        }
    }

    /// A custody sentence (county jail, split, prison, or probation revoked into one) with no
    /// completion date: custody, parole, PRCS or mandatory supervision may still be running.
    pub fn custody_sentence_open(&self) -> bool {
        let c = self.conviction;
        let custody = match c.sentence {
            Sentence::CountyJail | Sentence::Split | Sentence::Prison => true,
            Sentence::Probation => self.probation_outcome() == ProbationOutcome::Revoked,
            _ => false,
        };
        custody && c.sentence_completed_on.is_none()
    }

    /// The day the offense was committed if known, else the conviction date (an offense always
    /// comes before its conviction, so this can only make an "offense before" test stricter).
    pub fn offense_date(&self) -> FuzzyDate {
        self.conviction
            .offense_on
            .unwrap_or(self.conviction.convicted_on)
    }
}

/// An arrest that did not end in a conviction.
pub struct ArrestView<'a> {
    pub index: usize,
    pub subject: Rc<str>,
    pub arrest: &'a Arrest,
    pub offense: Option<Offense>,
}

impl<'a> ArrestView<'a> {
    /// The same arrest read as another offence (one candidate of [`crate::engine::classify`]).
    pub fn with_offense(&self, offense: Option<Offense>) -> ArrestView<'a> {
        ArrestView {
            index: self.index,
            subject: Rc::clone(&self.subject),
            arrest: self.arrest,
            offense,
        }
    }

    pub fn field(&self, name: &'static str) -> FieldPath {
        FieldPath::Arrest(self.index, name)
    }

    pub fn flag(&self, flag: u64) -> Known {
        match self.offense {
            Some(o) if o.has(flag) => Known::Yes,
            Some(_) => Known::No,
            None => Known::Unknown,
        }
    }
}
