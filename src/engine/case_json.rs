//! The JSON boundary of the contract: reads a case file, checks every field, and names the field
//! in any error (`convictions[1].convicted_on: "2019-13-01" is not a date …`). Never panics.

use super::case::*;
use super::dates::{iso, DateError, FuzzyDate};
use chrono::NaiveDate;
use serde_json::{Map, Value};
use std::fmt;

pub const CASE_SCHEMA: &str = "record-relief/case@1";

/// An input that is not a valid case file: the field path and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    pub path: String,
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

fn err<T>(path: &str, message: impl Into<String>) -> Result<T, InputError> {
    Err(InputError {
        path: path.to_string(),
        message: message.into(),
    })
}

/// Parses and validates a case file. `as_of_override` (the CLI's `--as-of`) wins over the file's
/// `as_of`; `today` is used when neither is given. Returns the case and the screening date.
pub fn parse_case(
    text: &str,
    as_of_override: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<(Case, NaiveDate), InputError> {
    let value: Value = serde_json::from_str(text).or_else(|e| {
        err(
            "case file",
            format!(
                "not valid JSON ({} at line {}, column {})",
                json_error_kind(&e),
                e.line(),
                e.column()
            ),
        )
    })?;
    let case = case_from_value(&value)?;
    let as_of = as_of_override.or(case.as_of).unwrap_or(today);
    validate(&case, as_of)?;
    Ok((case, as_of))
}

fn json_error_kind(e: &serde_json::Error) -> &'static str {
    use serde_json::error::Category;
    match e.classify() {
        Category::Eof => "the file ends too early",
        Category::Syntax => "a syntax error",
        Category::Data => "unexpected data",
        Category::Io => "a read error",
    }
}

/// A JSON object being read, remembering its path for messages.
struct Obj<'a> {
    map: &'a Map<String, Value>,
    path: String,
}

impl<'a> Obj<'a> {
    fn new(value: &'a Value, path: &str, allowed: &[&str]) -> Result<Obj<'a>, InputError> {
        let Some(map) = value.as_object() else {
            return err(path, "expected an object ({ … })");
        };
        for key in map.keys() {
            if !allowed.contains(&key.as_str()) {
                return err(
                    &join(path, key),
                    format!("unknown field (allowed here: {})", allowed.join(", ")),
                );
            }
        }
        Ok(Obj {
            map,
            path: path.to_string(),
        })
    }

    fn path(&self, key: &str) -> String {
        join(&self.path, key)
    }

    /// The value of a field, `None` when absent or `null`.
    fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn required(&self, key: &str) -> Result<&'a Value, InputError> {
        self.get(key).map_or_else(
            || err(&self.path(key), "missing (this field is required)"),
            Ok,
        )
    }

    fn string(&self, key: &str) -> Result<Option<&'a str>, InputError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.as_str())),
            Some(_) => err(&self.path(key), "expected a string"),
        }
    }

    fn required_string(&self, key: &str) -> Result<&'a str, InputError> {
        self.required(key)?;
        let s = self.string(key)?.unwrap_or_default();
        if s.trim().is_empty() {
            return err(&self.path(key), "must not be empty");
        }
        Ok(s)
    }

    fn choice<T: Copy>(&self, key: &str, options: &[(&str, T)]) -> Result<Option<T>, InputError> {
        let Some(value) = self.get(key) else {
            return Ok(None);
        };
        let allowed = || {
            options
                .iter()
                .map(|(name, _)| format!("\"{name}\""))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match value {
            Value::String(s) => match options.iter().find(|(name, _)| name == s) {
                Some((_, v)) => Ok(Some(*v)),
                None => err(
                    &self.path(key),
                    format!("\"{s}\" is not one of {}", allowed()),
                ),
            },
            _ => err(
                &self.path(key),
                format!("expected a string, one of {}", allowed()),
            ),
        }
    }

    fn answer(&self, key: &str) -> Result<Option<Answer>, InputError> {
        self.choice(
            key,
            &[
                ("yes", Answer::Yes),
                ("no", Answer::No),
                ("unsure", Answer::Unsure),
            ],
        )
    }

    fn date(&self, key: &str) -> Result<Option<FuzzyDate>, InputError> {
        let Some(text) = self.string(key)? else {
            return Ok(None);
        };
        match FuzzyDate::parse(text) {
            Ok(d) => Ok(Some(d)),
            Err(DateError::Format) => err(
                &self.path(key),
                format!("\"{text}\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"),
            ),
            Err(DateError::Impossible) => err(
                &self.path(key),
                format!("\"{text}\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY): no such day in the calendar"),
            ),
        }
    }

    fn required_date(&self, key: &str) -> Result<FuzzyDate, InputError> {
        self.required(key)?;
        Ok(self.date(key)?.expect("present"))
    }

    fn array(&self, key: &str) -> Result<&'a [Value], InputError> {
        match self.get(key) {
            None => Ok(&[]),
            Some(Value::Array(items)) => Ok(items),
            Some(_) => err(&self.path(key), "expected a list ([ … ])"),
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

const LEVELS: &[(&str, Level)] = &[
    ("felony", Level::Felony),
    ("misdemeanor", Level::Misdemeanor),
    ("infraction", Level::Infraction),
    ("unsure", Level::Unsure),
];
const ARREST_LEVELS: &[(&str, Level)] = &[
    ("felony", Level::Felony),
    ("misdemeanor", Level::Misdemeanor),
    ("unsure", Level::Unsure),
];
const SENTENCES: &[(&str, Sentence)] = &[
    ("probation", Sentence::Probation),
    ("no_probation", Sentence::NoProbation),
    ("county_jail", Sentence::CountyJail),
    ("split", Sentence::Split),
    ("prison", Sentence::Prison),
    ("unsure", Sentence::Unsure),
];
const PROBATION_OUTCOMES: &[(&str, ProbationOutcome)] = &[
    ("completed", ProbationOutcome::Completed),
    ("terminated_early", ProbationOutcome::TerminatedEarly),
    ("violated", ProbationOutcome::Violated),
    ("revoked", ProbationOutcome::Revoked),
    ("ongoing", ProbationOutcome::Ongoing),
    ("unsure", ProbationOutcome::Unsure),
];
const ARREST_OUTCOMES: &[(&str, ArrestOutcome)] = &[
    ("not_charged", ArrestOutcome::NotCharged),
    ("dismissed", ArrestOutcome::Dismissed),
    ("acquitted", ArrestOutcome::Acquitted),
    ("diversion_completed", ArrestOutcome::DiversionCompleted),
    ("pending", ArrestOutcome::Pending),
    ("unsure", ArrestOutcome::Unsure),
];

/// Reads a parsed JSON value into a [`Case`], checking every field and enum value.
pub fn case_from_value(value: &Value) -> Result<Case, InputError> {
    let top = Obj::new(
        value,
        "",
        &["schema", "as_of", "person", "convictions", "arrests"],
    )
    .map_err(|e| {
        if e.path.is_empty() {
            InputError {
                path: "case file".into(),
                message: e.message,
            }
        } else {
            e
        }
    })?;
    // A file without its schema (even `{}`) is not a case file: screening it as an empty case
    // would answer a question nobody asked.
    match top.string("schema")? {
        None => {
            return err(
                "schema",
                format!("is required (\"{CASE_SCHEMA}\"): this does not look like a case file"),
            )
        }
        Some(schema) if schema != CASE_SCHEMA => {
            return err(
                "schema",
                format!("\"{schema}\" is not supported (expected \"{CASE_SCHEMA}\")"),
            );
        }
        Some(_) => {}
    }
    let as_of = match top.date("as_of")? {
        None => None,
        Some(d) if d.is_approximate() => {
            return err("as_of", format!("\"{d}\" must be a full date (YYYY-MM-DD)"))
        }
        Some(d) => Some(d.latest()),
    };
    let person = match top.get("person") {
        None => Person::default(),
        Some(v) => person_from_value(v)?,
    };
    let convictions = top
        .array("convictions")?
        .iter()
        .enumerate()
        .map(|(i, v)| conviction_from_value(v, &format!("convictions[{i}]")))
        .collect::<Result<Vec<_>, _>>()?;
    let arrests = top
        .array("arrests")?
        .iter()
        .enumerate()
        .map(|(i, v)| arrest_from_value(v, &format!("arrests[{i}]")))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Case {
        as_of,
        person,
        convictions,
        arrests,
    })
}

fn person_from_value(value: &Value) -> Result<Person, InputError> {
    let o = Obj::new(
        value,
        "person",
        &[
            "registered_sex_offender",
            "currently_supervised",
            "serving_sentence",
            "pending_charges",
            "super_strike_conviction",
            "us_citizen",
            "california_resident_since",
        ],
    )?;
    Ok(Person {
        registered_sex_offender: o.answer("registered_sex_offender")?.unwrap_or_default(),
        currently_supervised: o.answer("currently_supervised")?.unwrap_or_default(),
        serving_sentence: o.answer("serving_sentence")?.unwrap_or_default(),
        pending_charges: o.answer("pending_charges")?.unwrap_or_default(),
        super_strike_conviction: o.answer("super_strike_conviction")?,
        us_citizen: o.answer("us_citizen")?.unwrap_or_default(),
        california_resident_since: o.date("california_resident_since")?,
    })
}

fn conviction_from_value(value: &Value, path: &str) -> Result<Conviction, InputError> {
    let o = Obj::new(
        value,
        path,
        &[
            "id",
            "offense",
            "level",
            "convicted_on",
            "offense_on",
            "under_18_at_offense",
            "sentence",
            "probation_outcome",
            "probation_ended_on",
            "sentence_completed_on",
            "released_from_custody_on",
            "sentence_complied",
            "value_over_950",
            "relief_granted",
            "vacatur_grounds",
            "trafficking_related",
            "residential",
            "shoplifting",
            "could_be_misdemeanor",
        ],
    )?;
    let id = o.required_string("id")?.to_string();
    let offense = o.required_string("offense")?.to_string();
    o.required("level")?;
    let level = o.choice("level", LEVELS)?.expect("present");
    let convicted_on = o.required_date("convicted_on")?;
    o.required("sentence")?;
    let sentence = o.choice("sentence", SENTENCES)?.expect("present");
    let mut relief_granted = Vec::new();
    for (i, item) in o.array("relief_granted")?.iter().enumerate() {
        let item_path = format!("{}[{i}]", o.path("relief_granted"));
        let Some(id) = item.as_str() else {
            return err(&item_path, "expected a remedy id string");
        };
        match RemedyId::from_id(id) {
            Some(r) if !relief_granted.contains(&r) => relief_granted.push(r),
            Some(_) => return err(&item_path, format!("\"{id}\" is listed twice")),
            None => {
                return err(
                    &item_path,
                    format!("\"{id}\" is not a remedy id (see the contract's remedy table)"),
                )
            }
        }
    }
    Ok(Conviction {
        id,
        offense,
        level,
        convicted_on,
        offense_on: o.date("offense_on")?,
        under_18_at_offense: o.answer("under_18_at_offense")?.unwrap_or(Answer::No),
        sentence,
        probation_outcome: o.choice("probation_outcome", PROBATION_OUTCOMES)?,
        probation_ended_on: o.date("probation_ended_on")?,
        sentence_completed_on: o.date("sentence_completed_on")?,
        released_from_custody_on: o.date("released_from_custody_on")?,
        sentence_complied: o.answer("sentence_complied")?.unwrap_or_default(),
        value_over_950: o.answer("value_over_950")?.unwrap_or_default(),
        relief_granted,
        vacatur_grounds: o.answer("vacatur_grounds")?.unwrap_or_default(),
        trafficking_related: o.answer("trafficking_related")?.unwrap_or(Answer::No),
        residential: o.answer("residential")?.unwrap_or_default(),
        shoplifting: o.answer("shoplifting")?.unwrap_or_default(),
        could_be_misdemeanor: o.answer("could_be_misdemeanor")?.unwrap_or_default(),
    })
}

fn arrest_from_value(value: &Value, path: &str) -> Result<Arrest, InputError> {
    let o = Obj::new(
        value,
        path,
        &["id", "offense", "level", "arrested_on", "outcome"],
    )?;
    Ok(Arrest {
        id: o.required_string("id")?.to_string(),
        offense: o.required_string("offense")?.to_string(),
        level: o.choice("level", ARREST_LEVELS)?.unwrap_or(Level::Unsure),
        arrested_on: o.required_date("arrested_on")?,
        outcome: o
            .choice("outcome", ARREST_OUTCOMES)?
            .unwrap_or(ArrestOutcome::Unsure),
    })
}

/// Checks what can only be checked across fields: unique ids, past events not after `as_of`,
/// an end not before its start.
pub fn validate(case: &Case, as_of: NaiveDate) -> Result<(), InputError> {
    // A list, not a set: a case has a few records, and a hash set cost the results module code.
    let mut ids: Vec<&str> = Vec::new();
    let subjects = case
        .convictions
        .iter()
        .enumerate()
        .map(|(i, c)| (format!("convictions[{i}]"), &c.id))
        .chain(
            case.arrests
                .iter()
                .enumerate()
                .map(|(i, a)| (format!("arrests[{i}]"), &a.id)),
        );
    for (path, id) in subjects {
        if ids.contains(&id.as_str()) {
            return err(
                &format!("{path}.id"),
                format!("\"{id}\" is used twice; every conviction and arrest needs its own id"),
            );
        }
        ids.push(id);
    }
    let not_future = |path: String, date: Option<FuzzyDate>| -> Result<(), InputError> {
        match date {
            Some(d) if d.earliest() > as_of => err(
                &path,
                format!("{d} is after the screening date {} (as_of); a past event cannot be in the future", iso(as_of)),
            ),
            _ => Ok(()),
        }
    };
    not_future(
        "person.california_resident_since".into(),
        case.person.california_resident_since,
    )?;
    for (i, c) in case.convictions.iter().enumerate() {
        let p = |field: &str| format!("convictions[{i}].{field}");
        not_future(p("convicted_on"), Some(c.convicted_on))?;
        not_future(p("offense_on"), c.offense_on)?;
        not_future(p("sentence_completed_on"), c.sentence_completed_on)?;
        not_future(p("released_from_custody_on"), c.released_from_custody_on)?;
        // An ongoing probation's end date is its scheduled end, so it may be in the future.
        if c.probation_outcome != Some(ProbationOutcome::Ongoing) {
            not_future(p("probation_ended_on"), c.probation_ended_on)?;
        }
        if let Some(offense_on) = c.offense_on {
            if offense_on.earliest() > c.convicted_on.latest() {
                return err(
                    &p("offense_on"),
                    format!(
                        "{offense_on} is after convicted_on ({}); the offense must come before the conviction",
                        c.convicted_on
                    ),
                );
            }
        }
        // An end before its start (probation ending before the conviction, a sentence
        // completed before the release) is a contradiction the report shows as `needs_info`
        // (`Conviction::dates_disagree`), not a malformed file.
    }
    for (i, a) in case.arrests.iter().enumerate() {
        not_future(format!("arrests[{i}].arrested_on"), Some(a.arrested_on))?;
    }
    Ok(())
}
