//! PC 1203.3 — early termination of probation.
//!
//! While probation is running the court may end it early "when the ends of justice will be
//! subserved" and the person's good conduct and reform warrant it (1203.3(a)).
//! <https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=1203.3>

use crate::engine::case::{ProbationOutcome, RemedyId, Sentence};
use crate::engine::common;
use crate::engine::context::{ConvictionView, Ctx};
use crate::engine::report::{Decision, Item, Why};
use crate::engine::rule::{Assessment, Check};

const REMEDY: RemedyId = RemedyId::Pc1203_3;

pub static ONGOING: Why = Why {
    code: "probation_ongoing_early_termination",
    cite: "PC 1203.3(a)",
    text: "Your probation is still running. The judge may end it early if your conduct shows you have changed. Ending it early also lets the court grant a dismissal right away (PC 1203.4).",
    es: "Su libertad condicional todavía sigue. El juez puede terminarla antes de tiempo si su conducta muestra que usted ha cambiado. Si la termina antes, la corte también puede concederle enseguida la desestimación de la condena (PC 1203.4).",
};
pub static ENDED: Why = Why {
    code: "probation_already_ended",
    cite: "PC 1203.3(a)",
    text: "Your probation has already ended, so there is nothing to end early.",
    es: "Su libertad condicional ya terminó. Por eso no hay nada que terminar antes de tiempo.",
};
pub static UNKNOWN: Why = Why {
    code: "probation_outcome_unknown",
    cite: "PC 1203.3(a)",
    text: "We need to know if your probation is still running.",
    es: "Necesitamos saber si su libertad condicional todavía sigue.",
};

/// 1203.3(a): the court may terminate probation "at any time during the term of probation".
fn probation_still_running(ctx: &Ctx, view: &ConvictionView) -> Check {
    match view.probation_outcome() {
        // "Ongoing" with an end date already past: the answers cannot both be true.
        ProbationOutcome::Ongoing
            if view
                .conviction
                .probation_ended_on
                .is_some_and(|end| end.latest() <= ctx.as_of) =>
        {
            Check::Unknown(
                view.field("probation_ended_on"),
                &common::ONGOING_END_PASSED,
            )
        }
        ProbationOutcome::Ongoing => Check::Holds(&ONGOING),
        ProbationOutcome::Unsure => Check::Unknown(view.field("probation_outcome"), &UNKNOWN),
        _ => Check::Fails(&ENDED),
    }
}

pub fn assess(ctx: &Ctx, view: &ConvictionView) -> Option<Item> {
    if view.conviction.sentence != Sentence::Probation {
        return None;
    }
    let mut a = Assessment::new(REMEDY, &view.subject);
    a.check(common::not_already_granted(view, REMEDY))
        .check(probation_still_running(ctx, view));
    Some(a.finish(Decision::Discretionary, ctx.as_of))
}
