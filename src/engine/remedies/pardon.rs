//! Governor's pardon (Cal. Const. art. V, § 8; PC 4800–4813, 4852.16).
//!
//! Anyone convicted in California may apply; a Certificate of Rehabilitation counts as an
//! application. The Governor decides. Two or more felonies need the California Supreme Court's
//! recommendation. <https://www.gov.ca.gov/pardons/>

use crate::engine::case::{Level, RemedyId};
use crate::engine::common;
use crate::engine::context::{ConvictionView, Ctx};
use crate::engine::report::{Decision, Item, Why};
use crate::engine::rule::{Assessment, Check};

const REMEDY: RemedyId = RemedyId::Pardon;

pub static APPLY: Why = Why {
    code: "pardon_apply",
    cite: "PC 4800; PC 4852.16",
    text: "You can apply to the Governor for a pardon at any time; the Governor decides. The usual way is to get a Certificate of Rehabilitation first, which counts as an application.",
    es: "Usted puede pedirle un indulto al Gobernador en cualquier momento. El Gobernador decide. La forma usual es obtener primero un Certificado de Rehabilitación, que cuenta como solicitud de indulto.",
};
pub static USUAL_WAIT: Why = Why {
    code: "pardon_usual_wait",
    cite: "Governor's pardon guidelines",
    text: "In practice the Governor's office usually looks at people who have stayed out of trouble for about 10 years after finishing their sentence. This is practice, not law.",
    es: "En la práctica, la oficina del Gobernador por lo general considera a personas que no han tenido problemas con la ley por unos 10 años después de terminar su sentencia. Esto es una costumbre, no una ley.",
};
pub static TWO_FELONIES: Why = Why {
    code: "pardon_two_felonies",
    cite: "Cal. Const. art. V, § 8(a)",
    text:
        "With two or more felonies, the California Supreme Court must recommend the pardon first.",
    es: "Si usted tiene dos o más delitos graves, la Corte Suprema de California primero tiene que recomendar el indulto.",
};
pub static EFFECT: Why = Why {
    code: "effect_pardon",
    cite: "PC 4852.17; PC 4854",
    text: "A pardon restores many rights and removes some job barriers. It does not erase the record. It can restore gun rights only if it says so and no dangerous weapon was involved.",
    es: "Un indulto le devuelve muchos derechos y quita algunas barreras para conseguir trabajo. No borra su récord. Puede devolverle el derecho a tener armas solo si el indulto lo dice y si no hubo un arma peligrosa en el delito.",
};

/// Cal. Const. art. V, § 8(a): a person twice convicted of a felony needs the recommendation of
/// a majority of the California Supreme Court.
fn felony_count_note(ctx: &Ctx) -> Check {
    let felonies = ctx
        .convictions
        .iter()
        .filter(|v| v.effective_level() == Level::Felony)
        .count();
    if felonies >= 2 {
        Check::Holds(&TWO_FELONIES)
    } else {
        Check::Pass
    }
}

pub fn assess(ctx: &Ctx, view: &ConvictionView) -> Option<Item> {
    let mut a = Assessment::new(REMEDY, &view.subject);
    a.check(common::not_already_granted(view, REMEDY))
        .check(Check::Holds(&APPLY))
        .check(felony_count_note(ctx))
        .check(Check::Note(&USUAL_WAIT))
        .check(Check::Note(&EFFECT));
    Some(a.finish(Decision::Discretionary, ctx.as_of))
}
