//! The answers given so far, and their conversion to and from the contract's case file.

use crate::engine::case::{
    Answer, ArrestOutcome, Case, Level, ProbationOutcome, RemedyId, Sentence,
};
use crate::engine::case_json::{case_from_value, InputError, CASE_SCHEMA};
use crate::engine::catalog;
use crate::engine::dates::FuzzyDate;
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Choice {
    Yes,
    No,
    Unsure,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LevelChoice {
    Felony,
    Misdemeanor,
    Infraction,
    Unsure,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SentenceChoice {
    Probation,
    NoProbation,
    CountyJail,
    Split,
    Prison,
    Unsure,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum OutcomeChoice {
    Completed,
    TerminatedEarly,
    Violated,
    Revoked,
    Ongoing,
    Unsure,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ArrestOutcomeChoice {
    NotCharged,
    Dismissed,
    Acquitted,
    DiversionCompleted,
    Pending,
    Unsure,
}

/// Relief a court or the state already gave (the question "Has this already been cleared?").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReliefChoice {
    Dismissed,
    ReducedToMisdemeanor,
    Prop47,
    Prop64,
}

/// For a person who does not know the code: what kind of offence it was. Only used to decide
/// which follow-up questions matter; the engine then treats the offence as unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Category {
    Theft,
    Drugs,
    Driving,
    Violence,
    Other,
}

/// A date as given: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or "I'm not sure".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DateAnswer {
    Known(String),
    Unsure,
}

/// What the question flow needs from a record's catalog entry, kept with the answer: the widget's
/// first load holds no catalog, so the results module's search hands this over with each match
/// (and [`Listing::of`] computes it wherever the catalog is at hand). The engine never reads it:
/// it screens from the catalog itself.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Listing(pub u8);

impl Listing {
    /// The code has an entry of its own in the catalog.
    pub const LISTED: u8 = 1;
    /// Burglary whose degree turns on a home (PC 460): asks `residential`.
    pub const DWELLING: u8 = 2;
    /// Burglary that may be shoplifting (PC 459.5): asks `shoplifting`.
    pub const SHOPLIFTING: u8 = 4;
    /// The $950 line matters.
    pub const VALUE: u8 = 8;
    pub const THEFT: u8 = 16;
    /// Proposition 47 (PC 1170.18) may reach it.
    pub const PROP47: u8 = 32;
    /// Proposition 64 (HS 11361.8) may reach it.
    pub const PROP64: u8 = 64;

    /// The listing of a catalog label (the code as written, not a section it falls back to).
    pub fn of(label: &str) -> Option<Listing> {
        use catalog::flag;
        let (o, exact) = catalog::resolve(label)?;
        if !exact {
            return None;
        }
        let bits = [
            (flag::ASK_DWELLING, Listing::DWELLING),
            (flag::ASK_SHOPLIFTING, Listing::SHOPLIFTING),
            (flag::VALUE, Listing::VALUE),
            (flag::THEFT, Listing::THEFT),
            (flag::PROP47, Listing::PROP47),
            (flag::PROP64, Listing::PROP64),
        ];
        Some(Listing(bits.iter().fold(Listing::LISTED, |acc, (f, b)| {
            if o.has(*f) {
                acc | b
            } else {
                acc
            }
        })))
    }

    pub fn has(self, bit: u8) -> bool {
        self.0 & bit != 0
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DraftConviction {
    /// A catalog label ("PC 459.5") or a well-formed code as the person typed it ("PC 12345"),
    /// or `None` with a `category` when the person does not know the code.
    pub offense: Option<String>,
    /// The offence's catalog listing (`None`: not in the catalog, or not known).
    pub listing: Option<Listing>,
    pub category: Option<Category>,
    pub level: Option<LevelChoice>,
    pub convicted_on: Option<DateAnswer>,
    pub sentence: Option<SentenceChoice>,
    pub probation_outcome: Option<OutcomeChoice>,
    pub probation_end: Option<DateAnswer>,
    pub released: Option<DateAnswer>,
    pub sentence_end: Option<DateAnswer>,
    pub complied: Option<Choice>,
    pub value_over_950: Option<Choice>,
    pub under_18: Option<Choice>,
    pub offense_on: Option<DateAnswer>,
    pub relief: Option<Vec<ReliefChoice>>,
    /// Burglary: the place was a home (asked only for PC 459/460).
    pub residential: Option<Choice>,
    /// Second-degree burglary: it was shoplifting from an open store (PC 459.5).
    pub shoplifting: Option<Choice>,
    /// A felony under a code the catalog does not know could have been a misdemeanor (PC 17(b)).
    pub could_be_misdemeanor: Option<Choice>,
}

impl DraftConviction {
    /// Whether the offence's catalog listing has `bit` (see [`Listing`]).
    pub fn has(&self, bit: u8) -> bool {
        self.offense.is_some() && self.listing.is_some_and(|l| l.has(bit))
    }

    /// A felony (or unsure level) under a code the catalog does not know: whether it is a wobbler
    /// is the one thing no closed list answers, so it is asked.
    pub fn asks_wobbler(&self) -> bool {
        let unknown_code = self
            .offense
            .as_deref()
            .is_some_and(|o| !self.has(Listing::LISTED) && catalog::well_formed_code(o).is_some());
        unknown_code && self.level != Some(LevelChoice::Misdemeanor)
    }

    /// A felony burglary that Prop 47 may reach: the shoplifting question decides it (asked
    /// unless the burglary was of a home, which Prop 47 never reaches).
    pub fn might_be_shoplifting(&self) -> bool {
        let burglary = self.has(Listing::SHOPLIFTING) || self.has(Listing::DWELLING);
        // Where the degree is asked, a home (first degree) rules Prop 47 out.
        let second_degree_possible =
            !self.has(Listing::DWELLING) || self.residential != Some(Choice::Yes);
        burglary && second_degree_possible && self.level != Some(LevelChoice::Misdemeanor)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DraftArrest {
    pub offense: Option<String>,
    /// The offence's catalog listing (`None`: not in the catalog, or not known).
    pub listing: Option<Listing>,
    pub category: Option<Category>,
    pub level: Option<LevelChoice>,
    pub arrested_on: Option<DateAnswer>,
    pub outcome: Option<ArrestOutcomeChoice>,
}

/// Everything answered so far.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub pending_charges: Option<Choice>,
    pub supervised: Option<Choice>,
    pub serving: Option<Choice>,
    pub registered: Option<Choice>,
    pub citizen: Option<Choice>,
    pub has_convictions: Option<Choice>,
    pub convictions: Vec<DraftConviction>,
    pub has_arrests: Option<Choice>,
    pub arrests: Vec<DraftArrest>,
    pub resident_since: Option<DateAnswer>,
    /// Ever convicted of a "super strike" (PC 667(e)(2)(C)(iv)) — asked only for Prop 47.
    #[serde(default)]
    pub super_strike: Option<Choice>,
}

impl Draft {
    /// The Certificate of Rehabilitation needs the residence date; ask it only for a felony.
    pub fn needs_residence(&self) -> bool {
        self.has_convictions == Some(Choice::Yes)
            && self
                .convictions
                .iter()
                .any(|c| matches!(c.level, Some(LevelChoice::Felony | LevelChoice::Unsure)))
    }

    /// Proposition 47 turns on a prior "super strike" conviction (PC 1170.18(i)), and so does
    /// Proposition 64 for cultivation, sale and transport (HS 11358(d), 11359(c)(1),
    /// 11360(a)(3)(A) keep them felonies for such a person); ask it only when a conviction is on
    /// one of those lists (or its code is unknown but drugs or theft).
    pub fn needs_super_strike(&self) -> bool {
        self.has_convictions == Some(Choice::Yes)
            && self.registered != Some(Choice::Yes)
            && self.convictions.iter().any(|c| {
                let listed =
                    c.has(Listing::PROP47) || c.has(Listing::SHOPLIFTING) || c.has(Listing::PROP64);
                let maybe = c.offense.is_none()
                    && matches!(c.category, Some(Category::Theft | Category::Drugs));
                (listed || maybe) && c.level != Some(LevelChoice::Misdemeanor)
            })
    }

    /// The answers as a contract case file (`record-relief/case@1`).
    pub fn to_case_value(&self) -> Value {
        let mut person = Map::new();
        for (key, answer) in [
            ("pending_charges", self.pending_charges),
            ("currently_supervised", self.supervised),
            ("serving_sentence", self.serving),
            ("registered_sex_offender", self.registered),
            ("us_citizen", self.citizen),
            ("super_strike_conviction", self.super_strike),
        ] {
            if let Some(a) = answer {
                person.insert(key.into(), choice_value(a));
            }
        }
        if let Some(DateAnswer::Known(d)) = &self.resident_since {
            person.insert("california_resident_since".into(), json!(d));
        }
        let convictions: Vec<Value> = if self.has_convictions == Some(Choice::Yes) {
            self.convictions
                .iter()
                .enumerate()
                .filter_map(|(i, c)| conviction_value(i, c))
                .collect()
        } else {
            Vec::new()
        };
        let arrests: Vec<Value> = if self.has_arrests == Some(Choice::Yes) {
            self.arrests
                .iter()
                .enumerate()
                .filter_map(|(i, a)| arrest_value(i, a))
                .collect()
        } else {
            Vec::new()
        };
        json!({
            "schema": CASE_SCHEMA,
            "person": person,
            "convictions": convictions,
            "arrests": arrests,
        })
    }

    /// The answers as a [`Case`] for the engine (through the same strict reader as a file).
    pub fn to_case(&self) -> Result<Case, InputError> {
        case_from_value(&self.to_case_value())
    }

    /// Answers from a saved case file (already validated by the engine's reader).
    pub fn from_case(case: &Case) -> Draft {
        let p = &case.person;
        Draft {
            pending_charges: Some(from_answer(p.pending_charges)),
            supervised: Some(from_answer(p.currently_supervised)),
            serving: Some(from_answer(p.serving_sentence)),
            registered: Some(from_answer(p.registered_sex_offender)),
            citizen: Some(from_answer(p.us_citizen)),
            has_convictions: Some(if case.convictions.is_empty() {
                Choice::No
            } else {
                Choice::Yes
            }),
            convictions: case.convictions.iter().map(draft_conviction).collect(),
            has_arrests: Some(if case.arrests.is_empty() {
                Choice::No
            } else {
                Choice::Yes
            }),
            arrests: case.arrests.iter().map(draft_arrest).collect(),
            resident_since: p
                .california_resident_since
                .map(|d| DateAnswer::Known(d.to_string())),
            super_strike: p.super_strike_conviction.map(from_answer),
        }
    }
}

fn choice_value(c: Choice) -> Value {
    json!(match c {
        Choice::Yes => "yes",
        Choice::No => "no",
        Choice::Unsure => "unsure",
    })
}

fn from_answer(a: Answer) -> Choice {
    match a {
        Answer::Yes => Choice::Yes,
        Answer::No => Choice::No,
        Answer::Unsure => Choice::Unsure,
    }
}

fn date_value(d: &Option<DateAnswer>) -> Value {
    match d {
        Some(DateAnswer::Known(text)) if FuzzyDate::parse(text).is_ok() => json!(text),
        _ => Value::Null,
    }
}

/// The offence string for the case file: the catalog label, or a description of an offence
/// whose code the person does not know (the engine reports it as unknown).
fn offense_text(offense: &Option<String>, category: Option<Category>) -> String {
    match (offense, category) {
        (Some(o), _) => o.clone(),
        (None, Some(c)) => format!("unknown ({})", category_name(c)),
        (None, None) => "unknown".to_string(),
    }
}

pub fn category_name(c: Category) -> &'static str {
    match c {
        Category::Theft => "theft or property",
        Category::Drugs => "drugs",
        Category::Driving => "driving",
        Category::Violence => "violence",
        Category::Other => "other",
    }
}

fn conviction_value(i: usize, c: &DraftConviction) -> Option<Value> {
    let convicted_on = date_value(&c.convicted_on);
    if convicted_on.is_null() {
        return None; // not far enough along to screen
    }
    let level = match c.level {
        Some(LevelChoice::Felony) => "felony",
        Some(LevelChoice::Misdemeanor) => "misdemeanor",
        Some(LevelChoice::Infraction) => "infraction",
        _ => "unsure",
    };
    let sentence = match c.sentence {
        Some(SentenceChoice::Probation) => "probation",
        Some(SentenceChoice::NoProbation) => "no_probation",
        Some(SentenceChoice::CountyJail) => "county_jail",
        Some(SentenceChoice::Split) => "split",
        Some(SentenceChoice::Prison) => "prison",
        _ => "unsure",
    };
    let mut v = json!({
        "id": format!("c{}", i + 1),
        "offense": offense_text(&c.offense, c.category),
        "level": level,
        "convicted_on": convicted_on,
        "sentence": sentence,
    });
    let o = v.as_object_mut()?;
    if c.sentence == Some(SentenceChoice::Probation) {
        let outcome = match c.probation_outcome {
            Some(OutcomeChoice::Completed) => "completed",
            Some(OutcomeChoice::TerminatedEarly) => "terminated_early",
            Some(OutcomeChoice::Violated) => "violated",
            Some(OutcomeChoice::Revoked) => "revoked",
            Some(OutcomeChoice::Ongoing) => "ongoing",
            _ => "unsure",
        };
        o.insert("probation_outcome".into(), json!(outcome));
        o.insert("probation_ended_on".into(), date_value(&c.probation_end));
    }
    o.insert("sentence_completed_on".into(), date_value(&c.sentence_end));
    o.insert("released_from_custody_on".into(), date_value(&c.released));
    o.insert("offense_on".into(), date_value(&c.offense_on));
    for (key, answer) in [
        ("sentence_complied", c.complied),
        ("value_over_950", c.value_over_950),
        ("under_18_at_offense", c.under_18),
        ("residential", c.residential),
        ("shoplifting", c.shoplifting),
        ("could_be_misdemeanor", c.could_be_misdemeanor),
    ] {
        if let Some(a) = answer {
            o.insert(key.into(), choice_value(a));
        }
    }
    if c.sentence == Some(SentenceChoice::Probation) && c.complied.is_none() {
        // Probation remedies do not ask it; a completed probation means the terms were met.
        if matches!(
            c.probation_outcome,
            Some(OutcomeChoice::Completed | OutcomeChoice::TerminatedEarly)
        ) {
            o.insert("sentence_complied".into(), json!("yes"));
        }
    }
    let relief: Vec<&str> = c
        .relief
        .iter()
        .flatten()
        .map(|r| match r {
            ReliefChoice::Dismissed => match c.sentence {
                Some(SentenceChoice::NoProbation) => "pc_1203_4a",
                Some(
                    SentenceChoice::CountyJail | SentenceChoice::Split | SentenceChoice::Prison,
                ) => "pc_1203_41",
                _ => "pc_1203_4",
            },
            ReliefChoice::ReducedToMisdemeanor => "pc_17b",
            ReliefChoice::Prop47 => "prop_47",
            ReliefChoice::Prop64 => "prop_64",
        })
        .collect();
    o.insert("relief_granted".into(), json!(relief));
    Some(v)
}

fn arrest_value(i: usize, a: &DraftArrest) -> Option<Value> {
    let arrested_on = date_value(&a.arrested_on);
    if arrested_on.is_null() {
        return None;
    }
    let level = match a.level {
        Some(LevelChoice::Felony) => "felony",
        Some(LevelChoice::Misdemeanor) => "misdemeanor",
        _ => "unsure",
    };
    let outcome = match a.outcome {
        Some(ArrestOutcomeChoice::NotCharged) => "not_charged",
        Some(ArrestOutcomeChoice::Dismissed) => "dismissed",
        Some(ArrestOutcomeChoice::Acquitted) => "acquitted",
        Some(ArrestOutcomeChoice::DiversionCompleted) => "diversion_completed",
        Some(ArrestOutcomeChoice::Pending) => "pending",
        _ => "unsure",
    };
    Some(json!({
        "id": format!("a{}", i + 1),
        "offense": offense_text(&a.offense, a.category),
        "level": level,
        "arrested_on": arrested_on,
        "outcome": outcome,
    }))
}

fn draft_date(d: Option<FuzzyDate>) -> Option<DateAnswer> {
    d.map(|d| DateAnswer::Known(d.to_string()))
}

/// A saved offence the widget can show: a catalog code (as the catalog writes it), or a
/// well-formed code as typed.
fn draft_offense(text: &str) -> Option<String> {
    match catalog::resolve(text) {
        Some((o, true)) => Some(o.label().to_string()),
        _ => (catalog::lookup(text).is_some() || catalog::well_formed_code(text).is_some())
            .then(|| text.to_string()),
    }
}

fn draft_conviction(c: &crate::engine::case::Conviction) -> DraftConviction {
    let relief: Vec<ReliefChoice> = c
        .relief_granted
        .iter()
        .filter_map(|r| match r {
            r if r.is_dismissal() => Some(ReliefChoice::Dismissed),
            RemedyId::Pc17b => Some(ReliefChoice::ReducedToMisdemeanor),
            RemedyId::Prop47 => Some(ReliefChoice::Prop47),
            RemedyId::Prop64 => Some(ReliefChoice::Prop64),
            _ => None,
        })
        .fold(Vec::new(), |mut acc, r| {
            if !acc.contains(&r) {
                acc.push(r);
            }
            acc
        });
    DraftConviction {
        offense: draft_offense(&c.offense),
        listing: draft_offense(&c.offense).as_deref().and_then(Listing::of),
        category: catalog::lookup(&c.offense)
            .is_none()
            .then_some(Category::Other),
        level: Some(match c.level {
            Level::Felony => LevelChoice::Felony,
            Level::Misdemeanor => LevelChoice::Misdemeanor,
            Level::Infraction => LevelChoice::Infraction,
            Level::Unsure => LevelChoice::Unsure,
        }),
        convicted_on: draft_date(Some(c.convicted_on)),
        sentence: Some(match c.sentence {
            Sentence::Probation => SentenceChoice::Probation,
            Sentence::NoProbation => SentenceChoice::NoProbation,
            Sentence::CountyJail => SentenceChoice::CountyJail,
            Sentence::Split => SentenceChoice::Split,
            Sentence::Prison => SentenceChoice::Prison,
            Sentence::Unsure => SentenceChoice::Unsure,
        }),
        probation_outcome: c.probation_outcome.map(|o| match o {
            ProbationOutcome::Completed => OutcomeChoice::Completed,
            ProbationOutcome::TerminatedEarly => OutcomeChoice::TerminatedEarly,
            ProbationOutcome::Violated => OutcomeChoice::Violated,
            ProbationOutcome::Revoked => OutcomeChoice::Revoked,
            ProbationOutcome::Ongoing => OutcomeChoice::Ongoing,
            ProbationOutcome::Unsure => OutcomeChoice::Unsure,
        }),
        probation_end: draft_date(c.probation_ended_on),
        released: draft_date(c.released_from_custody_on),
        sentence_end: draft_date(c.sentence_completed_on),
        complied: Some(from_answer(c.sentence_complied)),
        value_over_950: Some(from_answer(c.value_over_950)),
        under_18: Some(from_answer(c.under_18_at_offense)),
        offense_on: draft_date(c.offense_on),
        relief: Some(relief),
        residential: Some(from_answer(c.residential)),
        shoplifting: Some(from_answer(c.shoplifting)),
        could_be_misdemeanor: Some(from_answer(c.could_be_misdemeanor)),
    }
}

fn draft_arrest(a: &crate::engine::case::Arrest) -> DraftArrest {
    DraftArrest {
        offense: draft_offense(&a.offense),
        listing: draft_offense(&a.offense).as_deref().and_then(Listing::of),
        category: catalog::lookup(&a.offense)
            .is_none()
            .then_some(Category::Other),
        level: Some(match a.level {
            Level::Felony => LevelChoice::Felony,
            Level::Misdemeanor => LevelChoice::Misdemeanor,
            _ => LevelChoice::Unsure,
        }),
        arrested_on: draft_date(Some(a.arrested_on)),
        outcome: Some(match a.outcome {
            ArrestOutcome::NotCharged => ArrestOutcomeChoice::NotCharged,
            ArrestOutcome::Dismissed => ArrestOutcomeChoice::Dismissed,
            ArrestOutcome::Acquitted => ArrestOutcomeChoice::Acquitted,
            ArrestOutcome::DiversionCompleted => ArrestOutcomeChoice::DiversionCompleted,
            ArrestOutcome::Pending => ArrestOutcomeChoice::Pending,
            ArrestOutcome::Unsure => ArrestOutcomeChoice::Unsure,
        }),
    }
}
