//! PC 17(d) — reducing a misdemeanor on the PC 19.8 list to an infraction.
//!
//! With the person's consent the court may treat a listed misdemeanor as an infraction
//! (17(d)(2)). <https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=17>

use crate::engine::case::{Level, RemedyId};
use crate::engine::catalog::flag;
use crate::engine::common;
use crate::engine::context::{ConvictionView, Ctx, Known};
use crate::engine::report::{Decision, Item, Why};
use crate::engine::rule::{Assessment, Check};

const REMEDY: RemedyId = RemedyId::Pc17d;

pub static LISTED: Why = Why {
    code: "listed_in_19_8",
    cite: "PC 17(d)(2); PC 19.8",
    text: "This misdemeanor is on the list of offenses that can be treated as an infraction. The judge may do that if you agree. Ask on form CR-180.",
    es: "Este delito menor está en la lista de delitos que se pueden tratar como infracción. El juez puede hacerlo si usted está de acuerdo. Pídalo en el formulario CR-180.",
};

/// 19.8(a): the offense is on the list of misdemeanors that may be infractions.
fn on_the_19_8_list(view: &ConvictionView) -> Check {
    common::on_list(view, flag::PC_19_8, &LISTED)
}

pub fn assess(ctx: &Ctx, view: &ConvictionView) -> Option<Item> {
    // A misdemeanor on the list; an unsure level may be one (never silently left out).
    let level = view.effective_level();
    if !matches!(level, Level::Misdemeanor | Level::Unsure)
        || view.flag(flag::PC_19_8) != Known::Yes
    {
        return None;
    }
    let mut a = Assessment::new(REMEDY, &view.subject);
    if level == Level::Unsure {
        a.check(Check::Unknown(view.field("level"), &common::LEVEL_UNKNOWN));
    }
    a.check(common::not_already_granted(view, REMEDY))
        .check(on_the_19_8_list(view))
        .check(Check::Holds(&LISTED));
    Some(a.finish(Decision::Discretionary, ctx.as_of))
}
