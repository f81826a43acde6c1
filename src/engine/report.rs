//! The engine's answer: the report of the contract (`record-relief/report@1`).

use super::case::RemedyId;
use super::dates::iso;
use chrono::NaiveDate;
use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;
use std::rc::Rc;

pub const REPORT_SCHEMA: &str = "record-relief/report@1";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Likely qualifies now.
    Eligible,
    /// Will qualify on `from` if nothing changes.
    EligibleLater,
    /// Depends on a fact given as unsure or missing (`missing` lists them).
    NeedsInfo,
    /// A condition bars it (the reason says which).
    NotEligible,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// The court must grant it on a proper petition.
    Mandatory,
    /// The judge may grant it.
    Discretionary,
    /// The state grants it without a petition.
    Automatic,
}

/// One explanation: a stable code, the law it rests on, and plain-language text in English and
/// Spanish. The contract's JSON carries the English; the widget shows the visitor's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Why {
    pub code: &'static str,
    pub cite: &'static str,
    pub text: &'static str,
    /// The same explanation in Spanish (the widget shows it when the visitor reads Spanish)
    pub es: &'static str,
}

impl Serialize for Why {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Why", 3)?;
        st.serialize_field("code", self.code)?;
        st.serialize_field("cite", self.cite)?;
        st.serialize_field("text", self.text)?;
        st.end()
    }
}

/// The reasons of one item, kept inline (no heap allocation: the engine re-runs on every answer).
#[derive(Clone, Copy)]
pub struct Reasons {
    len: u8,
    items: [&'static Why; Reasons::CAPACITY],
}

static NO_REASON: Why = Why {
    code: "",
    cite: "",
    text: "",
    es: "",
};

impl Reasons {
    /// More than any remedy gives; a push beyond it is dropped (and caught in debug builds).
    pub const CAPACITY: usize = 12;

    pub const fn new() -> Self {
        Reasons {
            len: 0,
            items: [&NO_REASON; Reasons::CAPACITY],
        }
    }

    pub fn push(&mut self, why: &'static Why) {
        debug_assert!((self.len as usize) < Self::CAPACITY, "too many reasons");
        if (self.len as usize) < Self::CAPACITY {
            self.items[self.len as usize] = why;
            self.len += 1;
        }
    }

    /// Keeps the reasons at the positions `keep` accepts, in order (no new array).
    pub fn retain_positions(&mut self, mut keep: impl FnMut(usize) -> bool) {
        let mut n = 0;
        for i in 0..self.len as usize {
            if keep(i) {
                self.items[n] = self.items[i];
                n += 1;
            }
        }
        self.len = n as u8;
    }

    pub fn as_slice(&self) -> &[&'static Why] {
        &self.items[..self.len as usize]
    }

    pub fn iter(&self) -> impl Iterator<Item = &'static Why> + '_ {
        self.as_slice().iter().copied()
    }

    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Default for Reasons {
    fn default() -> Self {
        Reasons::new()
    }
}

impl PartialEq for Reasons {
    fn eq(&self, other: &Self) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl std::fmt::Debug for Reasons {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter().map(|w| w.code)).finish()
    }
}

impl Serialize for Reasons {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

/// The path of a fact in the case file (`person.pending_charges`, `convictions[0].sentence`),
/// kept as parts so that naming a missing fact costs no allocation until it is printed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldPath {
    Static(&'static str),
    Conviction(usize, &'static str),
    Arrest(usize, &'static str),
}

impl From<&'static str> for FieldPath {
    fn from(path: &'static str) -> Self {
        FieldPath::Static(path)
    }
}

impl std::fmt::Display for FieldPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FieldPath::Static(p) => f.write_str(p),
            FieldPath::Conviction(i, name) => write!(f, "convictions[{i}].{name}"),
            FieldPath::Arrest(i, name) => write!(f, "arrests[{i}].{name}"),
        }
    }
}

impl Serialize for FieldPath {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The engine's view of one remedy for one conviction or arrest.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// The conviction or arrest id (shared, not copied, between a record's items).
    pub subject: Rc<str>,
    pub remedy: RemedyId,
    pub outcome: Outcome,
    pub decision: Option<Decision>,
    pub from: Option<NaiveDate>,
    pub approximate: bool,
    pub reasons: Reasons,
    pub missing: Vec<FieldPath>,
}

/// The reason codes of bars known today that end by themselves (contract, "Bars known today"):
/// probation, parole or a sentence still running, a charge still pending. A remedy barred only
/// by these is "not yet", not "does not fit".
const BARS_THAT_END: &[&str] = &[
    "pending_charge",
    "supervised_now",
    "serving_sentence",
    "probation_running_no_end",
    "blocked_by_other_case_no_end",
    "supervision_is_sentence",
    "cor_still_supervised",
    "cor_other_felony_probation_no_end",
    "case_pending",
];

impl Item {
    /// `not_eligible` only because of a bar known today that ends by itself: the widget shows
    /// it as "Not yet", with what ends the bar, never under "does not fit".
    pub fn barred_for_now(&self) -> bool {
        self.outcome == Outcome::NotEligible
            && !self.reasons.is_empty()
            && self.reasons.iter().all(|w| BARS_THAT_END.contains(&w.code))
    }
}

impl Serialize for Item {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Item", 8)?;
        st.serialize_field("subject", &*self.subject)?;
        st.serialize_field("remedy", self.remedy.id())?;
        st.serialize_field("outcome", &self.outcome)?;
        st.serialize_field("decision", &self.decision)?;
        st.serialize_field("from", &self.from.map(iso))?;
        st.serialize_field("approximate", &self.approximate)?;
        st.serialize_field("reasons", &self.reasons)?;
        st.serialize_field("missing", &self.missing)?;
        st.end()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub as_of: NaiveDate,
    pub rules_as_of: NaiveDate,
    pub items: Vec<Item>,
    pub notices: Vec<Why>,
    pub unknown_offenses: Vec<String>,
}

impl Serialize for Report {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Report", 6)?;
        st.serialize_field("schema", REPORT_SCHEMA)?;
        st.serialize_field("as_of", &iso(self.as_of))?;
        st.serialize_field("rules_as_of", &iso(self.rules_as_of))?;
        st.serialize_field("items", &self.items)?;
        st.serialize_field("notices", &self.notices)?;
        st.serialize_field("unknown_offenses", &self.unknown_offenses)?;
        st.end()
    }
}

impl Report {
    /// The report as pretty-printed contract JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|_| String::from("{}"))
    }

    /// The item for a subject and remedy, if the engine considered it.
    pub fn item(&self, subject: &str, remedy: RemedyId) -> Option<&Item> {
        self.items
            .iter()
            .find(|i| &*i.subject == subject && i.remedy == remedy)
    }
}
