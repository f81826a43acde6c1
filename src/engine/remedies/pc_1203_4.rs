//! PC 1203.4 — dismissal after probation ("expungement").
//!
//! The court sets aside the plea or verdict and dismisses the case once probation is over. It
//! must do so when probation was completed or ended early; it may do so "in any other case".
//! <https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=1203.4>

use crate::engine::case::{Answer, Level, ProbationOutcome, RemedyId, Sentence};
use crate::engine::catalog::{flag, OffenseLevel};
use crate::engine::common::{self, not_on_list};
use crate::engine::context::{ConvictionView, Ctx, Known};
use crate::engine::report::{Decision, Item, Why};
use crate::engine::rule::{Assessment, Check};

const REMEDY: RemedyId = RemedyId::Pc1203_4;

pub static COMPLETED: Why = Why {
    code: "probation_completed",
    cite: "PC 1203.4(a)(1)",
    text: "You finished probation without a violation, so the court must grant the dismissal.",
    es: "Usted terminó la libertad condicional sin violaciones. Por eso la corte tiene que concederle la desestimación de la condena.",
};
/// The same facts where something else leaves the dismissal to the judge (PC 1203.4(c)(1) for a
/// Vehicle Code 12810 offense; terms of the sentence not done): no "must grant" beside "the judge
/// decides".
pub static COMPLETED_JUDGE_DECIDES: Why = Why {
    code: "probation_completed",
    cite: "PC 1203.4(a)(1)",
    text: "You finished probation without a violation.",
    es: "Usted terminó la libertad condicional sin violaciones.",
};
pub static TERMINATED_EARLY_JUDGE_DECIDES: Why = Why {
    code: "probation_terminated_early",
    cite: "PC 1203.4(a)(1)",
    text: "The court ended your probation early.",
    es: "La corte terminó su libertad condicional antes de tiempo.",
};
pub static TERMINATED_EARLY: Why = Why {
    code: "probation_terminated_early",
    cite: "PC 1203.4(a)(1)",
    text: "The court ended your probation early, so the court must grant the dismissal.",
    es: "La corte terminó su libertad condicional antes de tiempo. Por eso la corte tiene que concederle la desestimación de la condena.",
};
pub static VIOLATED: Why = Why {
    code: "probation_violated",
    cite: "PC 1203.4(a)(1)",
    text: "A probation violation was found, so the judge may still grant the dismissal but does not have to. Show the judge how your life has changed.",
    es: "La corte encontró una violación de la libertad condicional. Por eso el juez todavía puede conceder la desestimación de la condena, pero no está obligado. Muéstrele al juez cómo ha cambiado su vida.",
};
pub static REVOKED: Why = Why {
    code: "probation_revoked",
    cite: "PC 1203.4(a)(1)",
    text: "Your felony probation was revoked and you served a jail or prison term, so this dismissal does not fit. A dismissal under PC 1203.41 may fit instead.",
    es: "Su libertad condicional por un delito grave fue revocada y usted cumplió tiempo en la cárcel o prisión. Por eso esta desestimación no le corresponde. En su lugar, le puede corresponder una desestimación bajo PC 1203.41.",
};
pub static REVOKED_MISDEMEANOR: Why = Why {
    code: "misdemeanor_probation_revoked",
    cite: "PC 1203.4(a)(1)",
    text: "Your probation was revoked. For a misdemeanor the judge may still grant the dismissal \"in any other case\", but courts differ on this. Have a lawyer check it.",
    es: "Su libertad condicional fue revocada. Para un delito menor, el juez todavía puede conceder la desestimación \"en cualquier otro caso\", pero las cortes no siempre lo ven igual. Pida a un abogado que lo revise.",
};
pub static ONGOING: Why = Why {
    code: "probation_ongoing",
    cite: "PC 1203.4(a)(1)",
    text: "You can ask for the dismissal once your probation ends. You can also ask the court to end probation early (PC 1203.3).",
    es: "Puede pedir la desestimación de la condena cuando termine su libertad condicional. También puede pedirle a la corte que termine la libertad condicional antes de tiempo (PC 1203.3).",
};
pub static OUTCOME_UNKNOWN: Why = Why {
    code: "probation_outcome_unknown",
    cite: "PC 1203.4(a)(1)",
    text: "We need to know how your probation ended: finished, ended early, violated, or revoked. Your court's minute orders show this.",
    es: "Necesitamos saber cómo terminó su libertad condicional: la completó, terminó antes de tiempo, hubo una violación o fue revocada. Las actas de la corte (minute orders) lo muestran.",
};
pub static SENTENCE_UNKNOWN: Why = Why {
    code: "sentence_unknown",
    cite: "PC 1203.4(a)(1)",
    text: "We need to know if you were given probation. Your court papers show the sentence.",
    es: "Necesitamos saber si le dieron libertad condicional. Sus papeles de la corte muestran la sentencia.",
};
pub static EXCLUDED: Why = Why {
    code: "excluded_offense",
    cite: "PC 1203.4(b)",
    text: "The law does not allow this dismissal for this offense. A Governor's pardon may still be possible.",
    es: "La ley no permite esta desestimación para este delito. Todavía puede ser posible un indulto del Gobernador.",
};
pub static INFRACTION: Why = Why {
    code: "infraction_use_1203_4a",
    cite: "PC 1203.4(b)",
    text: "This was an infraction. Infractions are dismissed under PC 1203.4a instead.",
    es: "Esto fue una infracción. Las infracciones se desestiman bajo otra sección: PC 1203.4a.",
};
pub static VEHICLE_CODE_DISCRETION: Why = Why {
    code: "vehicle_code_discretionary",
    cite: "PC 1203.4(c)(1)",
    text: "For this driving offense the judge decides; the court does not have to grant it, though judges often do.",
    es: "Para este delito de manejo, el juez decide. La corte no está obligada a concederlo, aunque los jueces muchas veces lo hacen.",
};
pub static EFFECT: Why = Why {
    code: "effect_dismissal",
    cite: "PC 1203.4(a)(1)",
    text: "A dismissal releases you from most penalties of the conviction. Most private employers cannot ask about it or use it. It does not seal the record.",
    es: "Una desestimación le quita la mayoría de los castigos de la condena. La mayoría de los empleadores privados no pueden preguntarle por esa condena ni usarla en su contra. No sella su récord.",
};

/// PC 1203.4 applies to a case where probation was granted.
fn probation_was_granted(view: &ConvictionView) -> Check {
    match view.conviction.sentence {
        Sentence::Probation => Check::Pass,
        Sentence::Unsure => Check::Unknown(view.field("sentence"), &SENTENCE_UNKNOWN),
        _ => Check::Fails(&REVOKED),
    }
}

pub static INFRACTION_OR_MISDEMEANOR_UNKNOWN: Why = Why {
    code: "infraction_level_unknown",
    cite: "PC 1203.4(b)",
    text: "This offense can be a misdemeanor or an infraction. We need to know which it was: an infraction is dismissed under PC 1203.4a instead. Your court papers show it.",
    es: "Este delito puede ser un delito menor o una infracción. Necesitamos saber cuál fue: una infracción se desestima bajo otra sección, PC 1203.4a. Sus papeles de la corte lo muestran.",
};
pub static FELONY_261_5_D_LEVEL_UNKNOWN: Why = Why {
    code: "level_decides_exclusion",
    cite: "PC 1203.4(b)",
    text: "The law does not allow this dismissal for this offense when it was a felony; as a misdemeanor it is allowed. We need to know if it was a felony or a misdemeanor.",
    es: "La ley no permite esta desestimación para este delito cuando fue un delito grave; como delito menor sí se permite. Necesitamos saber si fue un delito grave o un delito menor.",
};

/// 1203.4(b): "Subdivision (a) of this section does not apply to … an infraction." An unsure
/// level decides it for an offence that can be an infraction (PC 19.8, PC 17(d)).
fn not_an_infraction(view: &ConvictionView) -> Check {
    match view.effective_level() {
        Level::Infraction => Check::Fails(&INFRACTION),
        Level::Unsure
            if view.offense.is_some_and(|o| {
                matches!(
                    o.level,
                    OffenseLevel::Infraction | OffenseLevel::MisdemeanorOrInfraction
                )
            }) =>
        {
            Check::Unknown(view.field("level"), &INFRACTION_OR_MISDEMEANOR_UNKNOWN)
        }
        _ => Check::Pass,
    }
}

/// 1203.4(b): PC 286(c), 288, 287(c), 288.5, 289(j), 311.1–311.11 and "a felony conviction
/// pursuant to subdivision (d) of Section 261.5" (a misdemeanor 261.5(d), or one reduced to a
/// misdemeanor, is not excluded; an unsure level decides it).
fn offense_not_excluded(view: &ConvictionView) -> Check {
    let felony_only = view.offense.is_some_and(|o| o.key() == "PC261.5(D)");
    if felony_only {
        match view.effective_level() {
            Level::Felony => {}
            Level::Unsure => {
                return Check::Unknown(view.field("level"), &FELONY_261_5_D_LEVEL_UNKNOWN)
            }
            _ => return Check::Pass,
        }
    }
    match not_on_list(view, flag::EXCL_1203_4, &EXCLUDED) {
        Check::Pass => not_within_vc_42002_1(view),
        other => other,
    }
}

pub static MAYBE_VC_42002_1: Why = Why {
    code: "vc_42002_1_form_decides",
    cite: "PC 1203.4(b); VC 42002.1",
    text: "The law does not allow this dismissal when this conviction was for failing to stop for an inspection of a vehicle's equipment or for an unsafe condition. We cannot tell that from the code. Your court papers may show it, or ask a lawyer.",
    es: "La ley no permite esta desestimación cuando esta condena fue por no detenerse para una inspección del equipo de un vehículo o por una condición insegura. No podemos saberlo por el código. Sus papeles de la corte pueden mostrarlo, o consulte a un abogado.",
};

/// 1203.4(b): "Subdivision (a) of this section does not apply to a misdemeanor that is within
/// the provisions of Section 42002.1 of the Vehicle Code" — VC 2800, 2801 or 2803 "insofar as
/// it affects a failure to stop and submit to inspection of equipment or for an unsafe condition
/// endangering a person" (VC 42002.1). The code alone does not say which form it was.
fn not_within_vc_42002_1(view: &ConvictionView) -> Check {
    match view.flag(flag::MAYBE_42002_1) {
        Known::Yes => Check::Unknown(view.field("offense"), &MAYBE_VC_42002_1),
        _ => Check::Pass,
    }
}

/// 1203.4(a)(1): "fulfilled the conditions of probation for the entire period", "discharged
/// prior to the termination of the period of probation", or "in any other case" at the court's
/// discretion. Probation still running opens the remedy on its end date.
fn probation_route(ctx: &Ctx, view: &ConvictionView) -> (Check, Decision) {
    match view.probation_outcome() {
        ProbationOutcome::Completed => (Check::Holds(&COMPLETED), Decision::Mandatory),
        ProbationOutcome::TerminatedEarly => (Check::Holds(&TERMINATED_EARLY), Decision::Mandatory),
        ProbationOutcome::Violated => (Check::Holds(&VIOLATED), Decision::Discretionary),
        // People v. Borja bars 1203.4 after a felony term was executed; for a misdemeanor the
        // "any other case" route stays open at the judge's discretion [Low: lawyer review].
        ProbationOutcome::Revoked => match view.effective_level() {
            Level::Misdemeanor => (Check::Holds(&REVOKED_MISDEMEANOR), Decision::Discretionary),
            _ => (Check::Fails(&REVOKED), Decision::Discretionary),
        },
        ProbationOutcome::Ongoing => match common::ongoing_probation_end(ctx, view, &ONGOING) {
            Some(check) => (check, Decision::Mandatory),
            // Contract, "Bars known today": probation still running is a bar known now, also
            // when its end date is unknown.
            None => (
                Check::Fails(&common::PROBATION_RUNNING_NO_END),
                Decision::Mandatory,
            ),
        },
        ProbationOutcome::Unsure => (
            Check::Unknown(view.field("probation_outcome"), &OUTCOME_UNKNOWN),
            Decision::Discretionary,
        ),
    }
}

pub static TERMS_NOT_DONE: Why = Why {
    code: "probation_terms_not_done",
    cite: "PC 1203.4(a)(1)",
    text: "Some terms of the sentence (fines, classes, community service) were not done, so the court does not have to grant this: the judge decides \"in the interests of justice\". Unpaid restitution does not count against you.",
    es: "Algunas condiciones de la sentencia (multas, clases, servicio comunitario) no se cumplieron. Por eso la corte no está obligada a concederlo: el juez decide si es justo (\"en el interés de la justicia\"). Si todavía debe restitución a la víctima, eso no cuenta en su contra.",
};
pub static TERMS_UNKNOWN: Why = Why {
    code: "probation_terms_unknown",
    cite: "PC 1203.4(a)(1)",
    text: "We need to know if you did every term of the sentence (fines, classes, community service). If you did, the court must grant this; if not, the judge decides.",
    es: "Necesitamos saber si usted cumplió todas las condiciones de la sentencia (multas, clases, servicio comunitario). Si las cumplió, la corte tiene que concederlo; si no, el juez decide.",
};

/// 1203.4(a)(1): the court "shall" grant when the defendant "has fulfilled the conditions of
/// probation for the entire period of probation" (or was discharged early); "in any other case"
/// it may. Terms of the sentence left undone (not restitution: PC 1210.6(c)) leave it to the judge.
fn conditions_fulfilled(view: &ConvictionView, decision: Decision) -> (Check, Decision) {
    if decision != Decision::Mandatory || view.probation_outcome() == ProbationOutcome::Ongoing {
        return (Check::Pass, decision);
    }
    match view.conviction.sentence_complied {
        Answer::Yes => (Check::Pass, decision),
        Answer::No => (Check::Holds(&TERMS_NOT_DONE), Decision::Discretionary),
        Answer::Unsure => (
            Check::Unknown(view.field("sentence_complied"), &TERMS_UNKNOWN),
            decision,
        ),
    }
}

/// 1203.4(c)(1)–(2): for Vehicle Code 12810(a)–(e) offenses relief is always discretionary.
fn vehicle_code_12810_discretion(view: &ConvictionView, decision: Decision) -> (Check, Decision) {
    match view.flag(flag::VC_12810) {
        Known::Yes => (
            Check::Holds(&VEHICLE_CODE_DISCRETION),
            Decision::Discretionary,
        ),
        _ => (Check::Pass, decision),
    }
}

pub static ENDS_BY: Why = Why {
    code: "probation_end_approximate",
    cite: "PC 1203.4(a)(1)",
    text: "You gave only the month or year probation ended, so we count from the last day it could be.",
    es: "Usted nos dio solo el mes o el año en que terminó la libertad condicional. Por eso contamos desde el último día posible.",
};

/// 1203.4(a)(1): "at any time after the termination of the period of probation". An
/// approximate end date counts from the latest day it could mean (contract, "Dates"), which may
/// still be ahead.
fn after_probation_ended(ctx: &Ctx, view: &ConvictionView) -> Check {
    match view.conviction.probation_ended_on {
        Some(end)
            if end.is_approximate()
                && end.latest() > ctx.as_of
                && view.probation_outcome() != ProbationOutcome::Ongoing =>
        {
            Check::From(end.latest(), true, &ENDS_BY)
        }
        _ => Check::Pass,
    }
}

pub fn assess(ctx: &Ctx, view: &ConvictionView) -> Option<Item> {
    if !matches!(
        view.conviction.sentence,
        Sentence::Probation | Sentence::Unsure
    ) {
        return None;
    }
    let mut a = Assessment::new(REMEDY, &view.subject);
    a.check(common::not_already_granted(view, REMEDY))
        .check(common::not_already_dismissed(view, REMEDY))
        .check(probation_was_granted(view))
        .check(not_an_infraction(view))
        .check(offense_not_excluded(view));
    let (route, decision) = probation_route(ctx, view);
    let (terms, decision) = conditions_fulfilled(view, decision);
    let (vc, decision) = vehicle_code_12810_discretion(view, decision);
    // "So the court must grant it" only where nothing else leaves it to the judge.
    let route = match route {
        Check::Holds(w) if decision != Decision::Mandatory && std::ptr::eq(w, &COMPLETED) => {
            Check::Holds(&COMPLETED_JUDGE_DECIDES)
        }
        Check::Holds(w)
            if decision != Decision::Mandatory && std::ptr::eq(w, &TERMINATED_EARLY) =>
        {
            Check::Holds(&TERMINATED_EARLY_JUDGE_DECIDES)
        }
        other => other,
    };
    a.check(route)
        .check(after_probation_ended(ctx, view))
        .check(terms)
        .check(vc)
        .checks(common::dismissal_blocks(ctx, view))
        .check(Check::Note(&EFFECT));
    Some(a.finish(decision, ctx.as_of))
}
