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
    // Items go straight into the report (no intermediate array: items are large and the
    // engine re-runs on every answer in the widget).
    let mut add = |item: Option<report::Item>| items.extend(item);
    for view in &ctx.convictions {
        let dismissal_1203_4 = pc_1203_4::assess(&ctx, view);
        let dismissal_1203_4a = pc_1203_4a::assess(&ctx, view);
        let sealing = pc_1203_45::assess(
            &ctx,
            view,
            dismissal_1203_4.as_ref().or(dismissal_1203_4a.as_ref()),
        );
        add(dismissal_1203_4);
        add(dismissal_1203_4a);
        add(pc_1203_41::assess(&ctx, view));
        add(pc_1203_42::assess(&ctx, view));
        add(pc_1203_425::assess(&ctx, view));
        add(pc_1203_3::assess(&ctx, view));
        add(sealing);
        add(pc_17b::assess(&ctx, view));
        add(pc_17d::assess(&ctx, view));
        add(prop_47::assess(&ctx, view));
        add(prop_64::assess(&ctx, view));
        add(cor::assess(&ctx, view));
        add(pardon::assess(&ctx, view));
        add(pc_290_5::assess(&ctx, view));
        add(pc_1473_7::assess(&ctx, view));
        add(pc_236_14::assess(&ctx, view));
    }
    for view in &ctx.arrests {
        add(pc_851_91::assess(&ctx, view));
        add(pc_851_93::assess(&ctx, view));
        add(pc_851_8::assess(&ctx, view));
    }
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
        as_of,
        rules_as_of: params::RULES_AS_OF,
        items,
        notices: notices::notices(&ctx),
        unknown_offenses,
    }
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
