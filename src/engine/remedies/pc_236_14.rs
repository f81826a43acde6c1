//! PC 236.14 — vacating convictions of survivors of human trafficking.
//!
//! A nonviolent offense committed as a direct result of being a trafficking victim can be
//! vacated as legally invalid and the records sealed. Asked only when the person says it may
//! apply (optional `trafficking_related`).
//! <https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=236.14>

use crate::engine::case::{Answer, RemedyId};
use crate::engine::catalog::flag;
use crate::engine::common;
use crate::engine::context::{ConvictionView, Ctx};
use crate::engine::report::{Decision, Item, Why};
use crate::engine::rule::{Assessment, Check};

const REMEDY: RemedyId = RemedyId::Pc236_14;

pub static SURVIVOR: Why = Why {
    code: "trafficking_survivor",
    cite: "PC 236.14(a)",
    text: "If this offense happened because you were a victim of human trafficking and you prove it with clear evidence, the court must vacate the conviction and can seal the records. Free legal help is available.",
    es: "Si este delito ocurrió porque usted era víctima de trata de personas y lo demuestra con pruebas claras, la corte tiene que dejar sin efecto la condena. La corte también puede sellar los expedientes. Hay ayuda legal gratis.",
};
pub static UNKNOWN: Why = Why {
    code: "trafficking_unknown",
    cite: "PC 236.14(a)",
    text: "If this offense happened because someone was trafficking you, a special law may clear it. Tell us if that may be so.",
    es: "Si este delito ocurrió porque usted era víctima de trata de personas, una ley especial puede limpiarlo. Díganos si ese puede ser su caso.",
};
pub static VIOLENT: Why = Why {
    code: "violent_offense_excluded",
    cite: "PC 236.14(a)",
    text: "This law covers only nonviolent offenses.",
    es: "Esta ley cubre solo delitos no violentos.",
};

/// 236.14(a): "any nonviolent offense" — not a violent felony under PC 667.5(c).
fn nonviolent(view: &ConvictionView) -> Check {
    common::not_on_list(view, flag::VIOLENT, &VIOLENT)
}

/// 236.14(a): "the direct result of being a victim of human trafficking".
fn direct_result_of_trafficking(view: &ConvictionView) -> Check {
    match view.conviction.trafficking_related {
        Answer::Yes => Check::Holds(&SURVIVOR),
        Answer::No => Check::Fails(&UNKNOWN),
        Answer::Unsure => Check::Unknown(view.field("trafficking_related"), &UNKNOWN),
    }
}

pub fn assess(ctx: &Ctx, view: &ConvictionView) -> Option<Item> {
    if view.conviction.trafficking_related == Answer::No {
        return None;
    }
    let mut a = Assessment::new(REMEDY, &view.subject);
    a.check(common::not_already_granted(view, REMEDY))
        .check(nonviolent(view))
        .check(direct_result_of_trafficking(view));
    // 236.14(a): on clear and convincing evidence the court "shall" vacate.
    Some(a.finish(Decision::Mandatory, ctx.as_of))
}
