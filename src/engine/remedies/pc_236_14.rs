//! PC 236.14 — vacating convictions of survivors of human trafficking.
//!
//! A nonviolent offense committed as a direct result of being a trafficking victim can be
//! vacated as legally invalid and the records sealed. Asked only when the person says it may
//! apply (optional `trafficking_related`).
//! <https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=236.14>

use crate::engine::case::{Answer, RemedyId};
use crate::engine::catalog::{flag, OffenseLevel};
use crate::engine::common;
use crate::engine::context::{ConvictionView, Ctx, Known};
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

pub static MAYBE_VIOLENT: Why = Why {
    code: "violent_offense_unknown",
    cite: "PC 236.14(a); PC 667.5(c)",
    text: "This law covers only nonviolent offenses, and this one counts as violent in some cases (for example if someone was badly hurt), or we do not know its code. Ask a lawyer: free legal help is available for survivors.",
    es: "Esta ley cubre solo delitos no violentos, y este cuenta como violento en algunos casos (por ejemplo, si alguien salió gravemente herido), o no conocemos su código. Consulte a un abogado: hay ayuda legal gratuita para sobrevivientes.",
};

/// 236.14(a): "any nonviolent offense" — not a violent felony under PC 667.5(c). That list also
/// reaches a felony by what happened (667.5(c)(8): great bodily injury "charged and proved";
/// (c)(22): a firearm under 12022.53), so an offence violent only with such facts, or a felony
/// whose code the catalog does not know, is `needs_info`, never the lenient reading.
fn nonviolent(view: &ConvictionView) -> Check {
    match common::not_on_list(view, flag::VIOLENT, &VIOLENT) {
        Check::Pass => {
            let maybe = view.flag(flag::MAYBE_VIOLENT) == Known::Yes;
            let unknown_felony = view.offense.is_some_and(|o| {
                !o.is_listed() && matches!(o.level, OffenseLevel::Felony | OffenseLevel::Wobbler)
            });
            if maybe || unknown_felony {
                Check::Unknown(view.field("offense"), &MAYBE_VIOLENT)
            } else {
                Check::Pass
            }
        }
        other => other,
    }
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
