//! The eligibility engine. Pure Rust: never imports yew, web-sys, gloo or js-sys, never reads a
//! clock, never does I/O. "Today" (`as_of`) is an input.
//!
//! Flow: a [`case::Case`] (parsed and validated by [`case_json`]) and a screening date go into
//! [`screen`], which builds a [`context::Ctx`] (catalog lookups, levels after reductions), asks
//! every remedy module in [`remedies`] about every conviction and arrest, adds the person-level
//! [`notices`], and returns a [`report::Report`].

pub mod case;
pub mod case_json;
pub mod catalog;
pub mod classify;
pub mod common;
pub mod context;
pub mod dates;
pub mod notices;
pub mod params;
pub mod remedies;
pub mod report;
pub mod rule;

use case::{Case, RemedyId};
use chrono::NaiveDate;
use context::Ctx;
use remedies::*;
use report::Report;

/// Screens a case as of a date: every remedy for every conviction and arrest, with reasons.
pub fn screen(case: &Case, as_of: NaiveDate) -> Report {
    let ctx = Ctx::new(case, as_of);
    let mut items = Vec::with_capacity(ctx.convictions.len() * 16 + ctx.arrests.len() * 3);
    for view in &ctx.convictions {
        let start = items.len();
        assess_conviction_readings(&ctx, view, &mut items);
        if let Some(field) = view.conviction.dates_disagree() {
            for item in &mut items[start..] {
                mark_dates_disagree(item, view.field(field));
            }
        }
    }
    for view in &ctx.arrests {
        let candidates = classify::arrest_candidates(view.arrest);
        if let [only] = candidates.as_slice() {
            assess_arrest(&ctx, &view.with_offense(only.offense), &mut items);
            continue;
        }
        let runs = candidates
            .iter()
            .map(|c| {
                let mut run = Vec::with_capacity(3);
                assess_arrest(&ctx, &view.with_offense(c.offense), &mut run);
                run
            })
            .collect();
        classify::merge(
            &candidates,
            runs,
            classify::Record::Arrest(view.index),
            &mut items,
        );
    }
    finish(&ctx, items)
}

/// Every remedy for one conviction, under each reading of its offence ([`classify`]).
fn assess_conviction_readings(
    ctx: &Ctx,
    view: &context::ConvictionView,
    items: &mut Vec<report::Item>,
) {
    let candidates = classify::conviction_candidates(view.conviction);
    if let [only] = candidates.as_slice() {
        assess_conviction(ctx, &view.with_offense(only.offense), items);
        return;
    }
    let runs = candidates
        .iter()
        .map(|c| {
            let mut run = Vec::with_capacity(16);
            assess_conviction(ctx, &view.with_offense(c.offense), &mut run);
            run
        })
        .collect();
    let record = classify::Record::Conviction(view.index);
    classify::merge(&candidates, runs, record, items);
}

pub static DATES_DISAGREE: report::Why = report::Why {
    code: "dates_disagree",
    cite: "—",
    text: "Two of the dates you gave for this conviction cannot both be right (an end before the conviction, or the sentence ending before your release). Please check them on your court papers.",
    es: "Dos de las fechas que nos dio para esta condena no pueden ser correctas a la vez. Puede ser una fecha de fin antes de la condena, o una sentencia que termina antes de su salida. Revíselas en sus papeles de la corte.",
};

/// Answers that cannot all be true never give a confident "yes": an item that would say
/// eligible becomes `needs_info` naming the date to check.
fn mark_dates_disagree(item: &mut report::Item, field: report::FieldPath) {
    if !matches!(
        item.outcome,
        report::Outcome::Eligible | report::Outcome::EligibleLater
    ) {
        return;
    }
    item.outcome = report::Outcome::NeedsInfo;
    item.decision = None;
    item.from = None;
    item.approximate = false;
    let mut reasons = report::Reasons::new();
    reasons.push(&DATES_DISAGREE);
    item.reasons = reasons;
    item.missing = vec![field];
}

/// The report: the items, person-level notices, and the codes the catalog does not know.
fn finish(ctx: &Ctx, items: Vec<report::Item>) -> Report {
    let mut unknown_offenses: Vec<String> = ctx
        .convictions
        .iter()
        .filter(|v| v.offense.is_none())
        .map(|v| v.conviction.offense.clone())
        .chain(
            ctx.arrests
                .iter()
                .filter(|a| a.offense.is_none())
                .map(|a| a.arrest.offense.clone()),
        )
        .collect();
    unknown_offenses.dedup();
    Report {
        as_of: ctx.as_of,
        rules_as_of: params::RULES_AS_OF,
        items,
        notices: notices::notices(ctx),
        unknown_offenses,
    }
}

/// Every remedy for one conviction (read as one offence), in report order.
fn assess_conviction(ctx: &Ctx, view: &context::ConvictionView, items: &mut Vec<report::Item>) {
    // Items go straight into the report (no intermediate array: items are large and the
    // engine re-runs on every answer in the widget).
    let mut add = |item: Option<report::Item>| items.extend(item);
    let dismissal_1203_4 = pc_1203_4::assess(ctx, view);
    let dismissal_1203_4a = pc_1203_4a::assess(ctx, view);
    let sealing = pc_1203_45::assess(
        ctx,
        view,
        dismissal_1203_4.as_ref().or(dismissal_1203_4a.as_ref()),
    );
    add(dismissal_1203_4);
    add(dismissal_1203_4a);
    add(pc_1203_41::assess(ctx, view));
    add(pc_1203_42::assess(ctx, view));
    add(pc_1203_425::assess(ctx, view));
    add(pc_1203_3::assess(ctx, view));
    add(sealing);
    add(pc_17b::assess(ctx, view));
    add(pc_17d::assess(ctx, view));
    add(prop_47::assess(ctx, view));
    add(prop_64::assess(ctx, view));
    add(cor::assess(ctx, view));
    add(pardon::assess(ctx, view));
    add(pc_290_5::assess(ctx, view));
    add(pc_1473_7::assess(ctx, view));
    add(pc_236_14::assess(ctx, view));
}

/// Every remedy for one arrest (read as one offence).
fn assess_arrest(ctx: &Ctx, view: &context::ArrestView, items: &mut Vec<report::Item>) {
    items.extend(pc_851_91::assess(ctx, view));
    items.extend(pc_851_93::assess(ctx, view));
    items.extend(pc_851_8::assess(ctx, view));
}

/// Parses a case file (contract JSON) and screens it: what the `screen` CLI and the widget's
/// "Open saved answers" both use.
pub fn screen_json(
    text: &str,
    as_of_override: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<Report, case_json::InputError> {
    let (case, as_of) = case_json::parse_case(text, as_of_override, today)?;
    Ok(screen(&case, as_of))
}

/// Every remedy id the engine knows (the contract's table).
pub fn remedy_ids() -> impl Iterator<Item = &'static str> {
    RemedyId::ALL.iter().map(|r| r.id())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(case: &str) -> Report {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        screen_json(case, None, today).expect("a valid case")
    }

    const CASE: &str = r#"{"schema": "record-relief/case@1", "as_of": "2026-12-01",
      "person": {"registered_sex_offender": "no", "currently_supervised": "no",
                 "serving_sentence": "no", "pending_charges": "PENDING", "us_citizen": "yes"},
      "convictions": [{"id": "c1", "offense": "OFFENSE", "level": "misdemeanor",
        "convicted_on": "2019-04-12", "sentence": "probation", "probation_outcome": "completed",
        "probation_ended_on": "2021-04-12", "sentence_complied": "yes"}]}"#;

    #[test]
    fn a_bar_that_ends_is_not_yet_and_an_exclusion_does_not_fit() {
        let pending = report(&CASE.replace("PENDING", "yes").replace("OFFENSE", "PC 484"));
        let item = pending
            .item("c1", RemedyId::Pc1203_4)
            .expect("the dismissal");
        assert_eq!(item.outcome, report::Outcome::NotEligible);
        assert!(
            item.barred_for_now(),
            "a pending charge ends: {:?}",
            item.reasons
        );
        let excluded = report(
            &CASE
                .replace("PENDING", "no")
                .replace("OFFENSE", "PC 288(a)"),
        );
        let item = excluded
            .item("c1", RemedyId::Pc1203_4)
            .expect("the dismissal");
        assert_eq!(item.outcome, report::Outcome::NotEligible);
        assert!(!item.barred_for_now(), "an exclusion does not end");
    }
}
