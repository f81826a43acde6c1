//! Every scenario file's report, worded for the results page in English and Spanish, is checked
//! for sentences that cannot all be true for one person: a card that says the court must grant it
//! beside a reason that says it does not have to; a plan step for an option that does not fit; a
//! person-level remedy listed twice; an "already cleared" line for relief whose date has not come;
//! "you finished probation" for probation still running; an action before the warnings that must
//! come first; "it does not restore gun rights" for someone whose record bans no gun.

#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::case_files;

use record_relief::engine::report::Outcome;
use record_relief::engine::{case_json, screen};
use record_relief::i18n::{t, Lang, ViewMsg};
use record_relief::results_view::view;
use record_relief::wizard::Draft;
use std::path::Path;

/// Words that say the court may refuse, in either language.
const MAY_REFUSE: &[&str] = &[
    "does not have to",
    "may still grant",
    "may grant",
    "the judge decides",
    "no está obligad",
    "no tiene que conceder",
    "el juez decide",
];

/// Words that say the court must grant it, in either language.
const MUST_GRANT: &[&str] = &["must grant", "tiene que conceder", "debe conceder"];

fn problems(path: &Path, lang: Lang) -> Vec<String> {
    let text = std::fs::read_to_string(path).expect("read case");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let Ok((case, _)) = case_json::parse_case(&text, None, today) else {
        return Vec::new(); // refused as input: the scenario test says whether it should be
    };
    let report = screen(&case, today);
    let draft = Draft::from_case(&case);
    let page = view(&report, &draft, lang);
    let mut out = Vec::new();
    let must = t(ViewMsg::DecisionMandatory, lang);
    for record in &page.records {
        for card in record.fits.iter().chain(&record.not_yet) {
            // And the other way round: "the judge decides" beside a reason that says "must grant".
            if card.decision.as_deref().is_some_and(|d| d != must) {
                for reason in &card.reasons {
                    let lower = reason.text.to_lowercase();
                    if let Some(w) = MUST_GRANT.iter().find(|w| lower.contains(*w)) {
                        out.push(format!(
                            "{} {}: \"{}\" beside \"{w}\": {}",
                            record.subject,
                            card.remedy,
                            card.decision.as_deref().unwrap_or_default(),
                            reason.text
                        ));
                    }
                }
            }
            if card.decision.as_deref() == Some(must) {
                for reason in &card.reasons {
                    let lower = reason.text.to_lowercase();
                    if let Some(w) = MAY_REFUSE.iter().find(|w| lower.contains(*w)) {
                        out.push(format!(
                            "{} {}: \"the court must grant it\" beside \"{w}\": {}",
                            record.subject, card.remedy, reason.text
                        ));
                    }
                }
            }
        }
    }
    let outcome = |subject: &str, remedy: &str| {
        report
            .items
            .iter()
            .find(|i| &*i.subject == subject && i.remedy.id() == remedy)
            .map(|i| i.outcome)
    };
    let mut seen_action = false;
    let mut person_level = Vec::new();
    for step in &page.plan {
        if step.kind == "before" && seen_action {
            out.push(format!("a warning after an action: {}", step.text));
        }
        if step.kind != "before" && step.kind != "info" {
            seen_action = true;
        }
        for remedy in &step.remedies {
            if matches!(remedy.as_str(), "cor" | "pardon") {
                if person_level.contains(remedy) {
                    out.push(format!("{remedy} twice in the plan"));
                }
                person_level.push(remedy.clone());
                let fits = report.items.iter().any(|i| {
                    i.remedy.id() == remedy
                        && matches!(i.outcome, Outcome::Eligible | Outcome::EligibleLater)
                });
                if !fits {
                    out.push(format!("plan step for {remedy}, which fits no record"));
                }
                continue;
            }
            match outcome(&step.subject, remedy) {
                Some(Outcome::Eligible | Outcome::EligibleLater) => {}
                other => out.push(format!(
                    "plan step for {} {remedy}, whose outcome is {other:?}",
                    step.subject
                )),
            }
        }
    }
    // "It does not restore gun rights" only where the report warns about firearms.
    if !report.notices.iter().any(|n| n.code == "firearms") {
        for record in &page.records {
            for card in record.fits.iter().chain(&record.not_yet) {
                let lower = card.does_not.to_lowercase();
                if lower.contains("gun rights") || lower.contains("derecho a tener armas") {
                    out.push(format!(
                        "{} {}: gun rights with no firearm issue",
                        record.subject, card.remedy
                    ));
                }
            }
        }
    }
    for (n, conviction) in case.convictions.iter().enumerate() {
        let ongoing = format!("{:?}", conviction.probation_outcome).contains("Ongoing");
        let subject = &conviction.id;
        if !ongoing {
            continue;
        }
        for record in page.records.iter().filter(|r| &r.subject == subject) {
            for card in record.fits.iter().chain(&record.not_yet) {
                for reason in &card.reasons {
                    let lower = reason.text.to_lowercase();
                    if lower.contains("you finished probation")
                        || lower.contains("usted terminó la libertad condicional")
                    {
                        out.push(format!(
                            "conviction {} on probation still: {}",
                            n + 1,
                            reason.text
                        ));
                    }
                }
            }
        }
    }
    out
}

#[test]
fn no_results_page_says_two_things_that_cannot_both_be_true() {
    let mut files = Vec::new();
    case_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios"),
        &mut files,
    );
    assert!(
        files.len() > 400,
        "found only {} scenario files",
        files.len()
    );
    let mut all = Vec::new();
    for path in &files {
        for lang in [Lang::En, Lang::Es] {
            for p in problems(path, lang) {
                all.push(format!("{} ({lang:?}): {p}", path.display()));
            }
        }
    }
    assert!(
        all.is_empty(),
        "{} problems:\n{}",
        all.len(),
        all.join("\n")
    );
}
