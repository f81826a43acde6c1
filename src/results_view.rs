//! The results page as data: the engine's report turned into what the page shows, already in the
//! visitor's language. The results module (`src/bin/results.rs`) builds it; the widget's single Yew
//! app renders it (`ui::results`) and holds no legal wording of its own. Pure Rust, so the wording a
//! report produces is tested natively.
//!
//! It crosses from the results module to the widget as compact text ([`crate::wizard::codec`]):
//! the two are separate wasm modules, and a JSON library stays out of the widget.

use crate::engine::case::RemedyId;
use crate::engine::report::{Decision, Item, Outcome, Report, Why};
use crate::engine::{case_json, screen};
use crate::i18n::{
    glossary, offense_name, remedy_text, show_date, t, where_to_find, Lang, Msg, ReportMsg,
};
use crate::wizard::codec::fields;
use crate::wizard::Draft;
use chrono::NaiveDate;

/// What the widget hands to the results module.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ResultsInput {
    pub draft: Draft,
    pub lang: crate::i18n::Lang,
    /// The visitor's date, `YYYY-MM-DD`.
    pub today: String,
}

impl ResultsInput {
    /// The visitor's date; a malformed one falls back to the date the rules reflect.
    pub fn today(&self) -> NaiveDate {
        crate::engine::dates::FuzzyDate::parse(&self.today)
            .map(|d| d.earliest())
            .unwrap_or(crate::engine::params::RULES_AS_OF)
    }
}

/// The whole results page.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ResultsView {
    /// Relief that happens by itself (or should have): one line per record.
    pub automatic: Vec<AutoLine>,
    /// Whether anything fits at all, now or later.
    pub any_fits: bool,
    pub records: Vec<RecordView>,
    /// Person-level warnings (immigration, firearms, registration…).
    pub notices: Vec<Line>,
    pub glossary: Vec<Term>,
    /// "15 June 2026": the date the rules reflect.
    pub rules_as_of: String,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct AutoLine {
    pub record: String,
    pub remedy: String,
    pub outcome: String,
}

/// One conviction or arrest and its options.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RecordView {
    /// `c1`, `a2`…
    pub subject: String,
    /// "Conviction 1: Shoplifting (PC 459.5)".
    pub title: String,
    /// Fits now, later, or needs a fact: in that order.
    pub fits: Vec<Card>,
    /// Barred only by something that ends by itself (probation, a pending charge).
    pub not_yet: Vec<Card>,
    pub not_fit: Vec<NotFit>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Card {
    /// The contract's remedy id (`pc_1203_4`).
    pub remedy: String,
    /// The contract's outcome code (`eligible`…).
    pub outcome: String,
    /// `now`, `later`, `info` or `no`: the status colour.
    pub status: String,
    pub name: String,
    /// "You may qualify now", "From 15 June 2028"…
    pub outcome_line: String,
    /// Who decides ("The court must grant it"…).
    pub decision: Option<String>,
    pub reasons: Vec<Line>,
    /// The facts that would decide it, and where to find each.
    pub needs: Vec<Need>,
    pub does: String,
    pub does_not: String,
    pub next: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct NotFit {
    pub name: String,
    pub reasons: Vec<String>,
}

/// A reason or a notice: its code, the text, the statute it cites.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Line {
    pub code: String,
    pub text: String,
    pub cite: String,
}

/// A missing fact: the case-file field (the widget links it to its question) and where to find it.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Need {
    pub field: String,
    pub where_to_find: String,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Term {
    pub term: String,
    pub definition: String,
}

fields! {
    ResultsInput { draft, lang, today }
    ResultsView { automatic, any_fits, records, notices, glossary, rules_as_of }
    AutoLine { record, remedy, outcome }
    RecordView { subject, title, fits, not_yet, not_fit }
    Card { remedy, outcome, status, name, outcome_line, decision, reasons, needs, does, does_not, next }
    NotFit { name, reasons }
    Line { code, text, cite }
    Need { field, where_to_find }
    Term { term, definition }
}

/// Screens the answers and words the report for the page.
pub fn results(input: &ResultsInput) -> ResultsView {
    let today = input.today();
    let draft = &input.draft;
    let report = match draft.to_case() {
        Ok(case) => screen(&case, today),
        Err(_) => screen(&Default::default(), today),
    };
    view(&report, draft, input.lang)
}

/// Words a report for the page.
pub fn view(report: &Report, draft: &Draft, lang: Lang) -> ResultsView {
    let automatic = report
        .items
        .iter()
        .filter(|i| matches!(i.decision, Some(Decision::Automatic)))
        .map(|item| AutoLine {
            record: record_title(draft, &item.subject, lang),
            remedy: remedy_text(item.remedy, lang).name.to_string(),
            outcome: outcome_line(item, lang),
        })
        .collect();
    let records = subjects(report)
        .into_iter()
        .map(|subject| {
            let mut items: Vec<&Item> = report
                .items
                .iter()
                .filter(|i| *i.subject == *subject)
                .collect();
            items.sort_by_key(|i| (last_resort(i.remedy), rank(i.outcome)));
            let (fits, not): (Vec<&Item>, Vec<&Item>) = items
                .into_iter()
                .partition(|i| i.outcome != Outcome::NotEligible);
            let (not_yet, not): (Vec<&Item>, Vec<&Item>) =
                not.into_iter().partition(|i| i.barred_for_now());
            RecordView {
                title: record_title(draft, &subject, lang),
                fits: fits.into_iter().map(|i| card(i, lang)).collect(),
                not_yet: not_yet.into_iter().map(|i| card(i, lang)).collect(),
                not_fit: not
                    .into_iter()
                    .map(|i| NotFit {
                        name: remedy_text(i.remedy, lang).name.to_string(),
                        reasons: i.reasons.iter().map(|w| why_text(w, lang).into()).collect(),
                    })
                    .collect(),
                subject,
            }
        })
        .collect();
    ResultsView {
        automatic,
        any_fits: report
            .items
            .iter()
            .any(|i| i.outcome != Outcome::NotEligible),
        records,
        notices: report.notices.iter().map(|n| line(n, lang)).collect(),
        glossary: glossary(lang)
            .iter()
            .map(|(term, definition)| Term {
                term: term.to_string(),
                definition: definition.to_string(),
            })
            .collect(),
        rules_as_of: show_date(report.rules_as_of, lang),
    }
}

fn card(item: &Item, lang: Lang) -> Card {
    let text = remedy_text(item.remedy, lang);
    let status = match item.outcome {
        Outcome::Eligible => "now",
        Outcome::EligibleLater => "later",
        Outcome::NeedsInfo => "info",
        Outcome::NotEligible if item.barred_for_now() => "later",
        Outcome::NotEligible => "no",
    };
    let decision = item.decision.map(|d| match d {
        Decision::Mandatory => ReportMsg::DecisionMandatory,
        Decision::Discretionary if item.remedy == RemedyId::Pardon => ReportMsg::DecisionGovernor,
        Decision::Discretionary => ReportMsg::DecisionDiscretionary,
        Decision::Automatic => ReportMsg::DecisionAutomatic,
    });
    let needs = if item.outcome == Outcome::NeedsInfo {
        item.missing
            .iter()
            .map(|field| {
                let field = field.to_string();
                Need {
                    where_to_find: where_to_find(&field, lang).to_string(),
                    field,
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    // Automatic relief has no steps to take until it is due.
    let automatic = matches!(item.remedy, RemedyId::Pc1203_425 | RemedyId::Pc851_93);
    Card {
        remedy: item.remedy.id().to_string(),
        outcome: outcome_code(item.outcome).to_string(),
        status: status.to_string(),
        name: text.name.to_string(),
        outcome_line: outcome_line(item, lang),
        decision: decision.map(|d| t(d, lang).to_string()),
        reasons: item.reasons.iter().map(|w| line(w, lang)).collect(),
        needs,
        does: text.does.to_string(),
        does_not: text.does_not.to_string(),
        next: (!automatic || item.outcome == Outcome::Eligible).then(|| text.next.to_string()),
    }
}

fn line(why: &Why, lang: Lang) -> Line {
    Line {
        code: why.code.to_string(),
        text: why_text(why, lang).to_string(),
        cite: why.cite.to_string(),
    }
}

fn why_text(why: &Why, lang: Lang) -> &'static str {
    match lang {
        Lang::En => why.text,
        Lang::Es => why.es,
    }
}

/// Outcome order on the page: what fits now, then later, then what needs a fact.
fn rank(o: Outcome) -> u8 {
    match o {
        Outcome::Eligible => 0,
        Outcome::EligibleLater => 1,
        Outcome::NeedsInfo => 2,
        Outcome::NotEligible => 3,
    }
}

/// Within an outcome, court remedies that clear the record come before the long-range ones
/// (Certificate of Rehabilitation, pardon), which fit almost everyone and would crowd the top.
fn last_resort(r: RemedyId) -> bool {
    matches!(r, RemedyId::Cor | RemedyId::Pardon)
}

/// Subject ids in report order, each once.
fn subjects(report: &Report) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in &report.items {
        if !out.iter().any(|s| *s == *item.subject) {
            out.push(item.subject.to_string());
        }
    }
    out
}

/// "Conviction 1: Shoplifting (PC 459.5)" (subjects are `c1`, `c2`… and `a1`, `a2`…).
fn record_title(draft: &Draft, subject: &str, lang: Lang) -> String {
    let Some(i) = subject
        .get(1..)
        .and_then(|n| n.parse::<usize>().ok())
        .and_then(|n| n.checked_sub(1))
    else {
        return subject.to_string();
    };
    let (label, offense) = match subject.as_bytes().first() {
        Some(b'c') => (
            Msg::ConvictionNumber,
            draft.convictions.get(i).and_then(|c| c.offense.as_deref()),
        ),
        Some(b'a') => (
            Msg::ArrestNumber,
            draft.arrests.get(i).and_then(|a| a.offense.as_deref()),
        ),
        _ => return subject.to_string(),
    };
    format!(
        "{} {}: {}",
        t(label, lang),
        i + 1,
        offense_name(offense, lang)
    )
}

fn outcome_line(item: &Item, lang: Lang) -> String {
    match (item.outcome, item.from) {
        (Outcome::EligibleLater, Some(from)) => {
            let mut s = format!(
                "{} {}",
                t(ReportMsg::OutcomeLater, lang),
                show_date(from, lang)
            );
            if item.approximate {
                s.push(' ');
                s.push_str(t(ReportMsg::OutcomeApproximate, lang));
            }
            s
        }
        (Outcome::Eligible, _) => t(ReportMsg::OutcomeEligible, lang).to_string(),
        (Outcome::NeedsInfo, _) => t(ReportMsg::OutcomeNeedsInfo, lang).to_string(),
        _ if item.barred_for_now() => t(ReportMsg::OutcomeNotYet, lang).to_string(),
        _ => t(ReportMsg::OutcomeNotEligible, lang).to_string(),
    }
}

fn outcome_code(o: Outcome) -> &'static str {
    match o {
        Outcome::Eligible => "eligible",
        Outcome::EligibleLater => "eligible_later",
        Outcome::NeedsInfo => "needs_info",
        Outcome::NotEligible => "not_eligible",
    }
}

/// Reads a saved-answers file with the engine's strict reader: the answers, or why not (the
/// message names the field).
pub fn read_saved(text: &str, today: NaiveDate, lang: Lang) -> Result<Draft, String> {
    case_json::parse_case(text, None, today)
        .map(|(case, _)| Draft::from_case(&case))
        .map_err(|e| format!("{} ({e})", t(Msg::OpenNotJson, lang)))
}

/// "Save my answers": the contract's case file, as the JSON text `screen` reads.
pub fn case_file(input: &ResultsInput) -> String {
    let mut value = input.draft.to_case_value();
    value["as_of"] = serde_json::Value::String(crate::engine::dates::iso(input.today()));
    serde_json::to_string_pretty(&value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wizard::codec::{decode, encode};

    #[test]
    fn a_view_round_trips_through_the_codec() {
        use crate::wizard::{Choice, DateAnswer, DraftConviction, LevelChoice, SentenceChoice};
        let draft = Draft {
            has_convictions: Some(Choice::Yes),
            convictions: vec![DraftConviction {
                offense: Some("PC 459.5".into()),
                level: Some(LevelChoice::Misdemeanor),
                convicted_on: Some(DateAnswer::Known("2020-09-16".into())),
                sentence: Some(SentenceChoice::Probation),
                ..Default::default()
            }],
            has_arrests: Some(Choice::No),
            ..Default::default()
        };
        let input = ResultsInput {
            draft,
            lang: Lang::Es,
            today: "2026-12-01".into(),
        };
        let view = results(&decode::<ResultsInput>(&encode(&input)).unwrap());
        assert!(!view.records.is_empty());
        assert!(view.records[0].title.contains("PC 459.5"));
        assert_eq!(decode::<ResultsView>(&encode(&view)), Some(view));
    }

    #[test]
    fn a_malformed_date_falls_back_to_the_rules_date() {
        let input = ResultsInput {
            today: "not a date".into(),
            ..Default::default()
        };
        assert_eq!(input.today(), crate::engine::params::RULES_AS_OF);
    }
}
