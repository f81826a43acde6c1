//! What a person told us: the case file of the contract (`record-relief/case@1`), as Rust types.
//! Parsing and validation live in [`super::case_json`]; the rules only ever see these types.

use super::dates::FuzzyDate;
use chrono::NaiveDate;

/// A yes/no fact that may be unknown. A missing or `null` answer is `Unsure`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Answer {
    Yes,
    No,
    #[default]
    Unsure,
}

/// The level of a conviction as entered (a wobbler convicted as a felony is `Felony`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Felony,
    Misdemeanor,
    Infraction,
    Unsure,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sentence {
    /// Probation granted (formal or informal, with or without some jail).
    Probation,
    /// Misdemeanor or infraction: fine and/or jail, no probation.
    NoProbation,
    /// Felony jail term under PC 1170(h)(5)(A).
    CountyJail,
    /// PC 1170(h)(5)(B): jail plus mandatory supervision.
    Split,
    /// State prison.
    Prison,
    Unsure,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProbationOutcome {
    Completed,
    TerminatedEarly,
    Violated,
    Revoked,
    Ongoing,
    Unsure,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArrestOutcome {
    NotCharged,
    Dismissed,
    Acquitted,
    DiversionCompleted,
    Pending,
    Unsure,
}

/// Every remedy the engine knows, by its contract id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RemedyId {
    Pc1203_4,
    Pc1203_4a,
    Pc1203_41,
    Pc1203_42,
    Pc1203_425,
    Pc1203_3,
    Pc1203_45,
    Pc17b,
    Pc17d,
    Prop47,
    Prop64,
    Pc851_91,
    Pc851_93,
    Pc851_8,
    Cor,
    Pardon,
    Pc290_5,
    Pc1473_7,
    Pc236_14,
}

impl RemedyId {
    pub const ALL: [RemedyId; 19] = [
        RemedyId::Pc1203_4,
        RemedyId::Pc1203_4a,
        RemedyId::Pc1203_41,
        RemedyId::Pc1203_42,
        RemedyId::Pc1203_425,
        RemedyId::Pc1203_3,
        RemedyId::Pc1203_45,
        RemedyId::Pc17b,
        RemedyId::Pc17d,
        RemedyId::Prop47,
        RemedyId::Prop64,
        RemedyId::Pc851_91,
        RemedyId::Pc851_93,
        RemedyId::Pc851_8,
        RemedyId::Cor,
        RemedyId::Pardon,
        RemedyId::Pc290_5,
        RemedyId::Pc1473_7,
        RemedyId::Pc236_14,
    ];

    /// The contract id, e.g. `pc_1203_4`.
    pub fn id(self) -> &'static str {
        match self {
            RemedyId::Pc1203_4 => "pc_1203_4",
            RemedyId::Pc1203_4a => "pc_1203_4a",
            RemedyId::Pc1203_41 => "pc_1203_41",
            RemedyId::Pc1203_42 => "pc_1203_42",
            RemedyId::Pc1203_425 => "pc_1203_425",
            RemedyId::Pc1203_3 => "pc_1203_3",
            RemedyId::Pc1203_45 => "pc_1203_45",
            RemedyId::Pc17b => "pc_17b",
            RemedyId::Pc17d => "pc_17d",
            RemedyId::Prop47 => "prop_47",
            RemedyId::Prop64 => "prop_64",
            RemedyId::Pc851_91 => "pc_851_91",
            RemedyId::Pc851_93 => "pc_851_93",
            RemedyId::Pc851_8 => "pc_851_8",
            RemedyId::Cor => "cor",
            RemedyId::Pardon => "pardon",
            RemedyId::Pc290_5 => "pc_290_5",
            RemedyId::Pc1473_7 => "pc_1473_7",
            RemedyId::Pc236_14 => "pc_236_14",
        }
    }

    pub fn from_id(id: &str) -> Option<RemedyId> {
        RemedyId::ALL.into_iter().find(|r| r.id() == id)
    }

    /// Remedies that dismiss a conviction; once one is granted the others no longer apply.
    pub fn is_dismissal(self) -> bool {
        matches!(
            self,
            RemedyId::Pc1203_4
                | RemedyId::Pc1203_4a
                | RemedyId::Pc1203_41
                | RemedyId::Pc1203_42
                | RemedyId::Pc1203_425
        )
    }
}

/// Person-level facts. Every field defaults to `Unsure`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Person {
    pub registered_sex_offender: Answer,
    pub currently_supervised: Answer,
    pub serving_sentence: Answer,
    pub pending_charges: Answer,
    /// `None` when not given: then derived from the convictions (contract default).
    pub super_strike_conviction: Option<Answer>,
    pub us_citizen: Answer,
    pub california_resident_since: Option<FuzzyDate>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Conviction {
    pub id: String,
    pub offense: String,
    pub level: Level,
    pub convicted_on: FuzzyDate,
    pub offense_on: Option<FuzzyDate>,
    pub under_18_at_offense: Answer,
    pub sentence: Sentence,
    pub probation_outcome: Option<ProbationOutcome>,
    pub probation_ended_on: Option<FuzzyDate>,
    pub sentence_completed_on: Option<FuzzyDate>,
    pub released_from_custody_on: Option<FuzzyDate>,
    pub sentence_complied: Answer,
    pub value_over_950: Answer,
    pub relief_granted: Vec<RemedyId>,
    /// Optional (added field, default `unsure`): a lawyer found grounds for a PC 1473.7 motion.
    pub vacatur_grounds: Answer,
    /// Optional (added field, default `no`): the offense was a direct result of being a victim
    /// of human trafficking (PC 236.14).
    pub trafficking_related: Answer,
    /// Optional (added field, default `unsure`), asked only for burglary (PC 459/460): the place
    /// was a home — an inhabited dwelling, PC 460(a) — so the burglary is first degree.
    pub residential: Answer,
    /// Optional (added field, default `unsure`), asked only for second-degree burglary committed
    /// before Prop 47: it was entering an open store during business hours to steal $950 or
    /// less (what PC 459.5 now calls shoplifting), so Prop 47 reaches it (PC 1170.18(a)).
    pub shoplifting: Answer,
    /// Optional (added field, default `unsure`), asked only for a felony whose code the catalog
    /// does not know: the offence could also have been punished as a misdemeanor (a "wobbler",
    /// PC 17(b)).
    pub could_be_misdemeanor: Answer,
}

impl Conviction {
    /// The first date that cannot be right against the others: an end before the conviction,
    /// or a sentence completed before the release from custody. The rules it decides are
    /// `needs_info` naming it (answers that cannot all be true).
    pub fn dates_disagree(&self) -> Option<&'static str> {
        let before = |d: Option<FuzzyDate>, start: FuzzyDate| {
            d.is_some_and(|d| d.latest() < start.earliest())
        };
        if before(self.probation_ended_on, self.convicted_on) {
            return Some("probation_ended_on");
        }
        if before(self.released_from_custody_on, self.convicted_on) {
            return Some("released_from_custody_on");
        }
        if before(self.sentence_completed_on, self.convicted_on) {
            return Some("sentence_completed_on");
        }
        match self.released_from_custody_on {
            Some(released) if before(self.sentence_completed_on, released) => {
                Some("sentence_completed_on")
            }
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Arrest {
    pub id: String,
    pub offense: String,
    pub level: Level,
    pub arrested_on: FuzzyDate,
    pub outcome: ArrestOutcome,
}

/// A whole case file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Case {
    pub as_of: Option<NaiveDate>,
    pub person: Person,
    pub convictions: Vec<Conviction>,
    pub arrests: Vec<Arrest>,
}
