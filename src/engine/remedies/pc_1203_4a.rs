//! PC 1203.4a — dismissal of a misdemeanor or infraction when probation was not granted.
//!
//! After one year from judgment, the court must dismiss if the sentence was fully performed,
//! nothing is pending, and the person has since obeyed the law (subd. (a)); otherwise it may
//! (subd. (b)). <https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=1203.4a>

use crate::engine::case::{Answer, Level, RemedyId, Sentence};
use crate::engine::catalog::{self, flag};
use crate::engine::common::{self, not_on_list};
use crate::engine::context::{ConvictionView, Ctx, Known};
use crate::engine::dates::years_after;
use crate::engine::params::WAIT_1203_4A_YEARS;
use crate::engine::report::{Decision, Item, Why};
use crate::engine::rule::{Assessment, Check};

const REMEDY: RemedyId = RemedyId::Pc1203_4a;

pub static ONE_YEAR: Why = Why {
    code: "one_year_after_judgment",
    cite: "PC 1203.4a(a)",
    text: "You can ask one year after the date you were sentenced.",
    es: "Puede pedirlo un año después de la fecha de su sentencia.",
};
pub static SENTENCE_DONE: Why = Why {
    code: "sentence_complied",
    cite: "PC 1203.4a(a)",
    text:
        "You did everything the sentence required. Unpaid restitution does not count against you.",
    es: "Usted cumplió todo lo que pedía la sentencia. Si todavía debe restitución a la víctima, eso no cuenta en su contra.",
};
pub static SENTENCE_NOT_DONE: Why = Why {
    code: "sentence_not_complied",
    cite: "PC 1203.4a(a)",
    text: "Every part of the sentence (fines, classes, community service) must be done first. Unpaid restitution does not count. Finish the rest, then you can ask.",
    es: "Primero tiene que cumplir cada parte de la sentencia (multas, clases, servicio comunitario). Si todavía debe restitución a la víctima, eso no cuenta en su contra. Termine lo demás y después puede pedirlo.",
};
pub static SENTENCE_DONE_UNKNOWN: Why = Why {
    code: "sentence_complied_unknown",
    cite: "PC 1203.4a(a)",
    text: "We need to know if you did everything the sentence required (fines, classes, community service). Unpaid restitution does not count.",
    es: "Necesitamos saber si usted cumplió todo lo que pedía la sentencia (multas, clases, servicio comunitario). Si todavía debe restitución a la víctima, eso no cuenta en su contra.",
};
pub static NO_LATER_CONVICTION: Why = Why {
    code: "mandatory_no_new_conviction",
    cite: "PC 1203.4a(a)",
    text: "You have no later conviction in your answers, so the court must grant the dismissal.",
    es: "Según sus respuestas, usted no tiene una condena posterior. Por eso la corte tiene que concederle la desestimación de la condena.",
};
pub static LATER_CONVICTION: Why = Why {
    code: "later_conviction_discretionary",
    cite: "PC 1203.4a(b)",
    text: "You have a later conviction, so the judge may grant the dismissal but does not have to.",
    es: "Usted tiene una condena posterior. Por eso el juez puede conceder la desestimación de la condena, pero no está obligado.",
};
pub static FELONY: Why = Why {
    code: "felony_not_1203_4a",
    cite: "PC 1203.4a(a)",
    text: "This section is for misdemeanors and infractions. A felony needs a different path, such as a reduction first.",
    es: "Esta sección es para delitos menores e infracciones. Un delito grave necesita otro camino, como una reducción primero.",
};
pub static LEVEL_UNKNOWN: Why = Why {
    code: "level_unknown",
    cite: "PC 1203.4a(a)",
    text: "We need to know if this was a misdemeanor, an infraction or a felony.",
    es: "Necesitamos saber si esto fue un delito menor, una infracción o un delito grave.",
};
pub static EXCLUDED: Why = Why {
    code: "excluded_offense",
    cite: "PC 1203.4a(d)",
    text: "The law does not allow this dismissal for this offense.",
    es: "La ley no permite esta desestimación para este delito.",
};
pub static EFFECT: Why = Why {
    code: "effect_dismissal",
    cite: "PC 1203.4a(a)",
    text: "A dismissal releases you from most penalties of the conviction. Most private employers cannot ask about it or use it. It does not seal the record.",
    es: "Una desestimación le quita la mayoría de los castigos de la condena. La mayoría de los empleadores privados no pueden preguntarle por esa condena ni usarla en su contra. No sella su récord.",
};

/// 1203.4a(a): "convicted of a misdemeanor and not granted probation, or … an infraction" —
/// including a felony later reduced (Prop 47, 17(b)), which is a misdemeanor for all purposes.
fn misdemeanor_or_infraction(view: &ConvictionView) -> Check {
    match view.effective_level() {
        Level::Misdemeanor | Level::Infraction => Check::Pass,
        Level::Felony => Check::Fails(&FELONY),
        Level::Unsure => Check::Unknown(view.field("level"), &LEVEL_UNKNOWN),
    }
}

pub static MAYBE_VC_42002_1: Why = Why {
    code: "vc_42002_1_form_decides",
    cite: "PC 1203.4a(d); VC 42002.1",
    text: "The law does not allow this dismissal when this conviction was for failing to stop for an inspection of a vehicle's equipment or for an unsafe condition. We cannot tell that from the code. Your court papers may show it, or ask a lawyer.",
    es: "La ley no permite esta desestimación cuando esta condena fue por no detenerse para una inspección del equipo de un vehículo o por una condición insegura. No podemos saberlo por el código. Sus papeles de la corte pueden mostrarlo, o consulte a un abogado.",
};

/// 1203.4a(d): misdemeanor PC 288(c), misdemeanors "within the provisions of Section 42002.1 of
/// the Vehicle Code" and infractions within VC 42001 are excluded [Med]. VC 2800, 2801 and 2803
/// are within 42002.1 only "insofar as it affects a failure to stop and submit to inspection of
/// equipment or for an unsafe condition endangering a person", which the code does not tell.
fn offense_not_excluded(view: &ConvictionView) -> Check {
    match not_on_list(view, flag::EXCL_1203_4A, &EXCLUDED) {
        Check::Pass if view.flag(flag::MAYBE_42002_1) == Known::Yes => {
            Check::Unknown(view.field("offense"), &MAYBE_VC_42002_1)
        }
        Check::Pass if unknown_vehicle_code_infraction(view) => {
            Check::Unknown(view.field("offense"), &UNKNOWN_VC_INFRACTION)
        }
        other => other,
    }
}

pub static UNKNOWN_VC_INFRACTION: Why = Why {
    code: "vc_infraction_unknown",
    cite: "PC 1203.4a(d); VC 42001",
    text: "Most Vehicle Code infractions cannot be dismissed this way. We do not know this code, so we cannot tell if yours can. Check the code on your court papers or ask a lawyer.",
    es: "La mayoría de las infracciones del Código de Vehículos no se pueden desestimar de esta manera. No conocemos este código, así que no podemos saber si la suya se puede. Revise el código en sus papeles de la corte o consulte a un abogado.",
};

/// 1203.4a(d) excludes infractions "within the provisions of Section 42001 of the Vehicle
/// Code", and VC 42001(a) punishes every Vehicle Code infraction "except as provided in this
/// code": a Vehicle Code infraction the catalog does not know is most likely one of them.
fn unknown_vehicle_code_infraction(view: &ConvictionView) -> bool {
    let offense = &view.conviction.offense;
    view.effective_level() == Level::Infraction
        && catalog::resolve(offense).is_none()
        && catalog::well_formed_code(offense).is_some_and(|(code, _)| code == "VC")
}

/// 1203.4a(a)(1): "after the lapse of one year from the date of pronouncement of judgment".
fn one_year_since_judgment(ctx: &Ctx, view: &ConvictionView) -> Check {
    let judged = view.conviction.convicted_on;
    let years = WAIT_1203_4A_YEARS.at(ctx.as_of);
    Check::From(
        years_after(judged.latest(), years),
        judged.is_approximate(),
        &ONE_YEAR,
    )
}

/// 1203.4a(a)(2): "fully complied with and performed the sentence of the court" (PC 1210.6:
/// unpaid restitution does not count).
fn sentence_fully_performed(view: &ConvictionView) -> Check {
    match view.conviction.sentence_complied {
        Answer::Yes => Check::Holds(&SENTENCE_DONE),
        Answer::No => Check::Fails(&SENTENCE_NOT_DONE),
        Answer::Unsure => Check::Unknown(view.field("sentence_complied"), &SENTENCE_DONE_UNKNOWN),
    }
}

pub static SUPERVISION_IS_SENTENCE: Why = Why {
    code: "supervision_is_sentence",
    cite: "PC 1203.4a(a); PC 3000",
    text: "You are on supervision that is not probation in this file (parole, PRCS or mandatory supervision). That supervision is part of a sentence, so you are still serving a sentence. You can ask once it ends.",
    es: "Usted está bajo una supervisión que no es libertad condicional de este expediente (libertad bajo palabra, PRCS o supervisión obligatoria). Esa supervisión es parte de una sentencia, así que usted todavía está cumpliendo una sentencia. Puede pedirlo cuando termine.",
};
pub static SUPERVISION_KIND_UNKNOWN: Why = Why {
    code: "supervision_kind_unknown",
    cite: "PC 1203.4a(a)",
    text: "We need to know if you are on parole, PRCS or other supervision today: that is part of a sentence and stops this for now.",
    es: "Necesitamos saber si hoy usted está en libertad bajo palabra, PRCS u otra supervisión: eso es parte de una sentencia y detiene esto por ahora.",
};

pub static ON_PROBATION_ELSEWHERE: Why = Why {
    code: "probation_elsewhere_1203_4a",
    cite: "PC 1203.4a(a)",
    text: "You are still on probation in another case. The law says you must not be serving a sentence, and courts may count probation as part of one, so ask for this once that probation ends. A lawyer can tell you if your court would grant it sooner.",
    es: "Usted todavía está en libertad condicional en otro caso. La ley dice que usted no debe estar cumpliendo una sentencia, y las cortes pueden contar la libertad condicional como parte de una. Por eso, pida esto cuando termine esa libertad condicional. Un abogado le puede decir si su corte lo concedería antes.",
};
pub static ON_PROBATION_ELSEWHERE_NO_END: Why = Why {
    code: "probation_elsewhere_1203_4a_no_end",
    cite: "PC 1203.4a(a)",
    text: "You are still on probation in another case, and we do not know when it ends. The law says you must not be serving a sentence, and courts may count probation as part of one, so ask for this once that probation ends.",
    es: "Usted todavía está en libertad condicional en otro caso, y no sabemos cuándo termina. La ley dice que usted no debe estar cumpliendo una sentencia, y las cortes pueden contar la libertad condicional como parte de una. Por eso, pida esto cuando termine esa libertad condicional.",
};

/// 1203.4a(a) and (b): relief only if the person is "not then serving a sentence for an offense
/// and [is] not under charge of commission of a crime". Supervision that no probation in the
/// file explains is parole, PRCS or mandatory supervision: part of a sentence (PC 3000(a)(1): "a
/// sentence resulting in imprisonment in the state prison … shall include a period of parole"),
/// so it bars this. Probation in another case is not named, and whether it is "serving a
/// sentence" is unsettled (probation suspends a sentence, PC 1203(a); the Judicial Council's
/// self-help page asks that the person be "not on probation or parole in any case"): never the
/// lenient reading, so it waits for that probation's known end (contract, "Bars known today")
/// and bars this while its end is unknown.
fn not_serving_or_charged(ctx: &Ctx, view: &ConvictionView) -> Vec<Check> {
    let person = ctx.person();
    let explained = ctx.ongoing_probations().next().is_some();
    let other_probations = ctx
        .others(view)
        .filter(|o| o.probation_ongoing())
        .map(|other| {
            common::ongoing_probation_end(ctx, other, &ON_PROBATION_ELSEWHERE)
                .unwrap_or(Check::Fails(&ON_PROBATION_ELSEWHERE_NO_END))
        });
    other_probations
        .chain([
            common::no_pending_charge(ctx),
            common::not_serving_sentence(ctx),
            match person.currently_supervised {
                Answer::Yes if !explained => Check::Fails(&SUPERVISION_IS_SENTENCE),
                Answer::Unsure if !explained => Check::Unknown(
                    "person.currently_supervised".into(),
                    &SUPERVISION_KIND_UNKNOWN,
                ),
                _ => Check::Pass,
            },
        ])
        .collect()
}

/// 1203.4a(a)(4) vs (b): "lived an honest and upright life and has conformed to and obeyed the
/// laws" since judgment → the court must grant; a later conviction leaves it to the judge.
fn later_conviction(ctx: &Ctx, view: &ConvictionView) -> (Check, Decision) {
    // Only conduct after this judgment counts (People v. Chandlee): compare the other offense's
    // date (or its conviction date when the offense date is not known).
    // An approximate date counts both ways against the person: this judgment at its earliest,
    // the other offense at its latest.
    let this = view.conviction.convicted_on.earliest();
    let later = ctx.others(view).any(|o| o.offense_date().latest() > this);
    if later {
        (Check::Holds(&LATER_CONVICTION), Decision::Discretionary)
    } else {
        (Check::Holds(&NO_LATER_CONVICTION), Decision::Mandatory)
    }
}

pub fn assess(ctx: &Ctx, view: &ConvictionView) -> Option<Item> {
    let c = view.conviction;
    // A felony reduced to a misdemeanor (Prop 47, 17(b)) may use 1203.4a even after a jail or
    // prison term (People v. Khamvongsa (2017) 8 Cal.App.5th 1239).
    let reduced_after_custody = c.level == Level::Felony
        && view.effective_level() == Level::Misdemeanor
        && matches!(
            c.sentence,
            Sentence::CountyJail | Sentence::Split | Sentence::Prison
        );
    // 1203.4a(a) covers every infraction, with or without probation.
    let no_probation = c.sentence == Sentence::NoProbation
        || reduced_after_custody
        || view.effective_level() == Level::Infraction;
    if !no_probation {
        return None;
    }
    let mut a = Assessment::new(REMEDY, &view.subject);
    a.check(common::not_already_granted(view, REMEDY))
        .check(common::not_already_dismissed(view, REMEDY))
        .check(misdemeanor_or_infraction(view))
        .check(offense_not_excluded(view))
        .check(one_year_since_judgment(ctx, view))
        .check(sentence_fully_performed(view))
        .checks(not_serving_or_charged(ctx, view));
    let (check, decision) = later_conviction(ctx, view);
    a.check(check).check(Check::Note(&EFFECT));
    Some(a.finish(decision, ctx.as_of))
}
