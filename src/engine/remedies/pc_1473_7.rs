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

pub static IN_CUSTODY_UNTIL: Why = Why {
    code: "in_custody_until",
    cite: "PC 1473.7(a)",
    text: "You are still on probation in this case. This motion is for people no longer in criminal custody, so you can file it once that probation ends.",
    es: "Usted todavía está en libertad condicional en este caso. Esta moción es para personas que ya no están bajo custodia penal. Por eso puede presentarla cuando termine esa libertad condicional.",
};
pub static OTHER_CASE_CUSTODY: Why = Why {
    code: "custody_other_case",
    cite: "PC 1473.7(a)",
    text: "You are in custody, on probation or on parole in a case. This motion is for people no longer in criminal custody, and we count custody in every one of your cases. Ask an immigration lawyer if custody in a different case really stops this motion.",
    es: "Usted está bajo custodia, en libertad condicional o en libertad bajo palabra en un caso. Esta moción es para personas que ya no están bajo custodia penal, y nosotros contamos la custodia en cualquiera de sus casos. Pregúntele a un abogado de inmigración si la custodia en otro caso de verdad impide esta moción.",
};
pub static OTHER_CASE_CUSTODY_UNTIL: Why = Why {
    code: "custody_other_case_until",
    cite: "PC 1473.7(a)",
    text: "You are still on probation in another case. This motion is for people no longer in criminal custody, so we date it from the end of that probation. Ask an immigration lawyer if you can file sooner.",
    es: "Usted todavía está en libertad condicional en otro caso. Esta moción es para personas que ya no están bajo custodia penal. Por eso le damos como fecha el fin de esa libertad condicional. Pregúntele a un abogado de inmigración si puede presentarla antes.",
};
pub static CUSTODY_ANSWERS_DISAGREE: Why = Why {
    code: "custody_answers_disagree",
    cite: "PC 1473.7(a)",
    text: "You said you are in custody or under supervision today, but every sentence you told us about has ended. Please check: is there a case you have not listed, or has it ended?",
    es: "Usted dijo que hoy está bajo custodia o bajo supervisión, pero todas las sentencias que nos indicó ya terminaron. Revise: ¿hay un caso que no anotó, o ya terminó?",
};

/// 1473.7(a): "A person who is no longer in criminal custody may file a motion to vacate a
/// conviction or sentence". Probation is custody, so this conviction's own probation bars the
/// motion while it runs: until its scheduled end (`eligible_later` from it, contract "Bars known
/// today"), for now when no end date is given, and `needs_info` when the end given has passed.
fn own_probation_over(ctx: &Ctx, view: &ConvictionView) -> Check {
    if !view.probation_ongoing() {
        return Check::Pass;
    }
    common::ongoing_probation_end(ctx, view, &IN_CUSTODY_UNTIL).unwrap_or(Check::Fails(&IN_CUSTODY))
}

static SUPERVISION_REASONS: common::SupervisionReasons = common::SupervisionReasons {
    open_custody: &IN_CUSTODY,
    unexplained: &OTHER_CASE_CUSTODY,
    contradicted: &CUSTODY_ANSWERS_DISAGREE,
    unknown: &CUSTODY_UNKNOWN,
};

/// 1473.7(a), "no longer in criminal custody", for custody that is not this conviction's own
/// probation. People v. Rodriguez (2021) is reported to read it as custody on the conviction
/// attacked only; that holding has not been read in the opinion, so the stricter reading stays:
/// custody, probation or parole in any case bars the motion for now (another case's probation
/// until its known end), with a reason that sends the person to a lawyer. Answers that cannot
/// all be true are `needs_info`.
fn no_custody_elsewhere<'a>(
    ctx: &'a Ctx,
    view: &'a ConvictionView,
) -> impl Iterator<Item = Check> + 'a {
    let p = ctx.person();
    let other_probations = ctx.others(view).filter(|o| o.probation_ongoing()).map(|o| {
        common::ongoing_probation_end(ctx, o, &OTHER_CASE_CUSTODY_UNTIL)
            .unwrap_or(Check::Fails(&OTHER_CASE_CUSTODY))
    });
    // This conviction's own open custody term counts too: custody is custody for 1473.7.
    let supervised = common::supervision_answer(
        ctx,
        ctx.convictions.iter().any(|v| v.custody_sentence_open()),
        &SUPERVISION_REASONS,
    );
    let serving = match p.serving_sentence {
        Answer::Yes if common::every_sentence_ended(ctx) => {
            Check::Unknown("person.serving_sentence".into(), &CUSTODY_ANSWERS_DISAGREE)
        }
        Answer::Yes => Check::Fails(&IN_CUSTODY),
        Answer::Unsure => Check::Unknown("person.serving_sentence".into(), &CUSTODY_UNKNOWN),
        Answer::No => Check::Pass,
    };
    other_probations.chain([supervised, serving])
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
        .check(own_probation_over(ctx, view))
        .checks(no_custody_elsewhere(ctx, view))
        .check(grounds(view));
    Some(a.finish(Decision::Mandatory, ctx.as_of))
}
