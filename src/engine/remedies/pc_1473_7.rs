//! PC 1473.7 — motion to vacate a conviction (immigration consequences not understood, new
//! evidence of innocence, or racial bias), for a person no longer in criminal custody.
//! Unlike a dismissal, a vacated conviction no longer counts for immigration.
//! <https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=1473.7>

use crate::engine::case::{Answer, RemedyId};
use crate::engine::common;
use crate::engine::context::{ConvictionView, Ctx};
use crate::engine::report::{Decision, Item, Why};
use crate::engine::rule::{Assessment, Check};

const REMEDY: RemedyId = RemedyId::Pc1473_7;

pub static GROUNDS_UNKNOWN: Why = Why {
    code: "vacatur_grounds_lawyer",
    cite: "PC 1473.7(a)",
    text: "If no one explained the immigration effects of your plea, you may be able to undo the conviction itself, which a dismissal does not do. Only a lawyer can tell if you have grounds. Talk to an immigration lawyer before you file anything.",
    es: "Si nadie le explicó cómo su declaración de culpabilidad (plea) afectaría su situación de inmigración, quizás pueda dejar sin efecto (anular) la condena misma. Una desestimación no hace eso. Solo un abogado puede decirle si tiene motivos. Hable con un abogado de inmigración antes de presentar cualquier cosa.",
};
pub static GROUNDS: Why = Why {
    code: "vacatur_grounds_found",
    cite: "PC 1473.7(e)",
    text: "If you prove the grounds, the court must vacate the conviction.",
    es: "Si usted prueba los motivos, la corte tiene que dejar sin efecto la condena.",
};
pub static NO_GROUNDS: Why = Why {
    code: "vacatur_no_grounds",
    cite: "PC 1473.7(a)",
    text: "You told us a lawyer found no grounds for this motion.",
    es: "Usted nos dijo que un abogado no encontró motivos para esta moción.",
};
pub static IN_CUSTODY: Why = Why {
    code: "in_custody",
    cite: "PC 1473.7(a)",
    text: "This motion is for people no longer in criminal custody, probation or parole. Talk to a lawyer about other ways (such as a habeas petition).",
    es: "Esta moción es para personas que ya no están bajo custodia penal, en libertad condicional ni en libertad bajo palabra. Hable con un abogado sobre otras opciones (como una petición de habeas corpus).",
};
pub static CUSTODY_UNKNOWN: Why = Why {
    code: "custody_unknown",
    cite: "PC 1473.7(a)",
    text: "We need to know if you are in custody or on probation or parole now.",
    es: "Necesitamos saber si ahora usted está bajo custodia, en libertad condicional o en libertad bajo palabra.",
};

/// 1473.7(a): "A person who is no longer in criminal custody" (off probation and parole too).
fn no_longer_in_custody(ctx: &Ctx, view: &ConvictionView) -> Check {
    let p = ctx.person();
    if view.probation_ongoing()
        || p.serving_sentence == Answer::Yes
        || p.currently_supervised == Answer::Yes
    {
        Check::Fails(&IN_CUSTODY)
    } else if p.serving_sentence == Answer::Unsure {
        Check::Unknown("person.serving_sentence".into(), &CUSTODY_UNKNOWN)
    } else if p.currently_supervised == Answer::Unsure {
        Check::Unknown("person.currently_supervised".into(), &CUSTODY_UNKNOWN)
    } else {
        Check::Pass
    }
}

/// 1473.7(a)(1)–(3): the grounds, which only a lawyer can judge (optional `vacatur_grounds`).
fn grounds(view: &ConvictionView) -> Check {
    match view.conviction.vacatur_grounds {
        Answer::Yes => Check::Holds(&GROUNDS),
        Answer::No => Check::Fails(&NO_GROUNDS),
        Answer::Unsure => Check::Unknown(view.field("vacatur_grounds"), &GROUNDS_UNKNOWN),
    }
}

pub fn assess(ctx: &Ctx, view: &ConvictionView) -> Option<Item> {
    // Immigration is the usual ground; innocence or racial bias (1473.7(a)(2)–(3)) apply to
    // anyone, so for a citizen the motion is left out only when a lawyer found no grounds: while
    // the grounds are unsure it stays `needs_info` (an unsure fact never hides a remedy).
    if ctx.person().us_citizen == Answer::Yes && view.conviction.vacatur_grounds == Answer::No {
        return None;
    }
    let mut a = Assessment::new(REMEDY, &view.subject);
    a.check(common::not_already_granted(view, REMEDY))
        .check(no_longer_in_custody(ctx, view))
        .check(grounds(view));
    Some(a.finish(Decision::Mandatory, ctx.as_of))
}
