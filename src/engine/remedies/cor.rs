//! Certificate of Rehabilitation (PC 4852.01–4852.22).
//!
//! A court order saying a person convicted of a felony has been rehabilitated. It is also an
//! application for a Governor's pardon (4852.16). It needs a period of rehabilitation after
//! release (4852.03) and five years' residence in California (4852.06).
//! <https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=4852.01>

use crate::engine::case::{Answer, Level, ProbationOutcome, RemedyId, Sentence};
use crate::engine::catalog::flag;
use crate::engine::common;
use crate::engine::context::{ConvictionView, Ctx, Known};
use crate::engine::dates::years_after;
use crate::engine::params::{
    COR_PERIOD_LIFE_YEARS, COR_PERIOD_REGISTRANT_YEARS, COR_PERIOD_STANDARD_YEARS,
    COR_RESIDENCE_YEARS,
};
use crate::engine::report::{Decision, Item, Why};
use crate::engine::rule::{Assessment, Check};

const REMEDY: RemedyId = RemedyId::Cor;

pub static BARRED: Why = Why {
    code: "cor_barred_offense",
    cite: "PC 4852.01(c)",
    text: "The law does not allow a Certificate of Rehabilitation for this offense. You can still apply directly to the Governor for a pardon.",
    es: "La ley no permite un Certificado de Rehabilitación para este delito. Todavía puede pedirle un indulto directamente al Gobernador.",
};
pub static MISDEMEANOR: Why = Why {
    code: "cor_misdemeanor",
    cite: "PC 4852.01(a)",
    text: "A Certificate of Rehabilitation is for felonies (and some sex offenses). For a misdemeanor, a dismissal under PC 1203.4 or 1203.4a is the usual path.",
    es: "El Certificado de Rehabilitación es para delitos graves (y algunos delitos sexuales). Para un delito menor, el camino usual es una desestimación de la condena bajo PC 1203.4 o 1203.4a.",
};
pub static REDUCED: Why = Why {
    code: "cor_reduced_felony",
    cite: "PC 4852.01(a); People v. Moreno",
    text: "This felony was reduced to a misdemeanor, so it no longer counts as a felony for a Certificate of Rehabilitation.",
    es: "Este delito grave fue reducido a delito menor. Por eso ya no cuenta como delito grave para un Certificado de Rehabilitación.",
};
pub static NEEDS_DISMISSAL: Why = Why {
    code: "cor_needs_1203_4",
    cite: "PC 4852.01(b)",
    text: "For this sex offense, you first need a dismissal under PC 1203.4. After that you may ask for a Certificate of Rehabilitation.",
    es: "Para este delito sexual, primero necesita una desestimación de la condena bajo PC 1203.4. Después puede pedir un Certificado de Rehabilitación.",
};
pub static PERIOD: Why = Why {
    code: "cor_period_of_rehabilitation",
    cite: "PC 4852.03(a)",
    text: "You can ask after the period of rehabilitation: usually 7 years after release from custody (9 for some very serious offenses, 10 for offenses that need sex-offender registration).",
    es: "Puede pedirlo después del período de rehabilitación. Por lo general, termina 7 años después de salir de custodia (9 para algunos delitos muy graves, 10 para delitos que requieren registro como delincuente sexual).",
};
pub static RESIDENCE: Why = Why {
    code: "cor_residence",
    cite: "PC 4852.06",
    text: "You must have lived in California for the last 5 years before you file.",
    es: "Usted tiene que haber vivido en California durante los últimos 5 años antes de presentar su petición.",
};
pub static RESIDENCE_UNKNOWN: Why = Why {
    code: "cor_residence_unknown",
    cite: "PC 4852.06",
    text: "We need to know since when you have lived in California without a break.",
    es: "Necesitamos saber desde cuándo vive usted en California sin interrupción.",
};
pub static SUPERVISION_DONE: Why = Why {
    code: "cor_supervision_done",
    cite: "PC 4852.06",
    text: "You must have finished probation, parole or other supervision first.",
    es: "Primero tiene que haber terminado la libertad condicional, la libertad bajo palabra u otra supervisión.",
};
pub static RELEASE_UNKNOWN: Why = Why {
    code: "release_date_unknown",
    cite: "PC 4852.03(a)",
    text: "We need to know when you were released from jail or prison. The waiting time counts from then.",
    es: "Necesitamos saber cuándo salió usted de la cárcel o prisión. El tiempo de espera cuenta desde esa fecha.",
};
pub static END_UNKNOWN: Why = Why {
    code: "sentence_end_unknown",
    cite: "PC 4852.06",
    text: "We need to know when your probation, parole or supervision ended.",
    es: "Necesitamos saber cuándo terminó su libertad condicional, libertad bajo palabra o supervisión.",
};
pub static JUDGE_DECIDES: Why = Why {
    code: "cor_judge_decides",
    cite: "PC 4852.13",
    text: "The judge decides after looking at your life since the conviction. A certificate is also sent to the Governor as a pardon application.",
    es: "El juez decide después de ver cómo ha sido su vida desde la condena. El certificado también se envía al Gobernador como una solicitud de indulto.",
};

pub static PERSON_BARRED: Why = Why {
    code: "cor_barred_person",
    cite: "PC 4852.01(c)",
    text: "The law does not allow a Certificate of Rehabilitation for a person convicted of one of the offenses it lists, and another of your convictions is one of them. You can still apply directly to the Governor for a pardon.",
    es: "La ley no permite un Certificado de Rehabilitación a una persona condenada por uno de los delitos que enumera, y otra de sus condenas es uno de ellos. Todavía puede pedir un indulto directamente al Gobernador.",
};

/// 4852.01(c): "This chapter does not apply to … persons convicted of a violation of Section
/// 269, subdivision (c) of Section 286, subdivision (c) of Section 287 or of former Section
/// 288a, Section 288, Section 288.5, Section 288.7, or subdivision (j) of Section 289" — the
/// person, so such a conviction anywhere in the file bars a certificate for every conviction.
fn offense_not_barred(ctx: &Ctx, view: &ConvictionView) -> Check {
    match common::not_on_list(view, flag::COR_BARRED, &BARRED) {
        Check::Pass
            if ctx
                .others(view)
                .any(|o| o.flag(flag::COR_BARRED) == Known::Yes) =>
        {
            Check::Fails(&PERSON_BARRED)
        }
        other => other,
    }
}

pub static JAILED_SINCE_DISMISSAL: Why = Why {
    code: "cor_custody_since_dismissal",
    cite: "PC 4852.01(b)",
    text: "For this path the law requires that you have not been in jail or prison since the dismissal. You had a jail or prison term in a later case, and we do not know if it came after the dismissal. A lawyer can check the dates.",
    es: "Para esta vía la ley exige que usted no haya estado en la cárcel ni en prisión desde la desestimación. Usted tuvo una pena de cárcel o prisión en un caso posterior, y no sabemos si fue después de la desestimación. Un abogado puede revisar las fechas.",
};

/// 4852.01(b): the petitioner must not have "been incarcerated in any prison, jail, detention
/// facility, or other penal institution or agency since the dismissal of the accusation". The
/// dismissal's date is not in the case file, so custody in a later case may have followed it.
fn jailed_after(ctx: &Ctx, view: &ConvictionView) -> bool {
    ctx.others(view).any(|o| {
        let c = o.conviction;
        let custody = matches!(
            c.sentence,
            Sentence::CountyJail | Sentence::Split | Sentence::Prison
        ) || c.released_from_custody_on.is_some();
        custody && c.convicted_on.latest() > view.conviction.convicted_on.earliest()
    })
}

/// 4852.01(a): "convicted of a felony"; (b): a PC 290 misdemeanor, or a PC 290 felony with
/// probation, once dismissed under 1203.4.
fn who_may_petition(ctx: &Ctx, view: &ConvictionView) -> Check {
    let c = view.conviction;
    let registrable = view.flag(flag::REGISTRABLE);
    let dismissed = view.granted(RemedyId::Pc1203_4);
    let subdivision_b = registrable == Known::Yes
        && (c.level == Level::Misdemeanor || c.sentence == Sentence::Probation);
    if subdivision_b {
        return if !dismissed {
            Check::Fails(&NEEDS_DISMISSAL)
        } else if jailed_after(ctx, view) {
            Check::Unknown(view.field("relief_granted"), &JAILED_SINCE_DISMISSAL)
        } else {
            Check::Pass
        };
    }
    match (c.level, view.effective_level()) {
        (Level::Felony, Level::Felony) => Check::Pass,
        (Level::Felony, _) => Check::Fails(&REDUCED),
        (Level::Unsure, _) => Check::Unknown(view.field("level"), &common::LEVEL_UNKNOWN),
        _ => Check::Fails(&MISDEMEANOR),
    }
}

/// 4852.03(a): 7 years; 9 for PC 187, 209, 219, 4500, 18755 or a life offense; 10 for an
/// offense requiring PC 290 registration — counted from release from custody (or the grant of
/// probation when there was no custody).
fn period_of_rehabilitation(ctx: &Ctx, view: &ConvictionView) -> Check {
    let as_of = ctx.as_of;
    let c = view.conviction;
    // A code the catalog does not know may carry a life sentence or registration: the longest.
    let unlisted = view.offense.is_none_or(|o| !o.is_listed());
    // 4852.03(a)(2): ten years for "any person convicted of an offense or attempted offense for
    // which sex offender registration is required": where a court may have ordered it (PC
    // 290.006) and the person must register or is unsure, the longer period.
    let maybe_registered = view.flag(flag::MAYBE_REGISTRABLE) == Known::Yes
        && ctx.person().registered_sex_offender != Answer::No;
    let years = if unlisted || maybe_registered || view.flag(flag::REGISTRABLE) == Known::Yes {
        COR_PERIOD_REGISTRANT_YEARS
    } else if view.flag(flag::COR_PLUS4) == Known::Yes || view.flag(flag::LIFE) == Known::Yes {
        COR_PERIOD_LIFE_YEARS
    } else {
        COR_PERIOD_STANDARD_YEARS
    };
    let start = match (c.released_from_custody_on, c.sentence) {
        (Some(released), _) => released,
        (None, Sentence::Probation | Sentence::NoProbation) => c.convicted_on,
        // Release comes no later than the end of the whole sentence: counting from that end
        // can only be later than the law's date, so it settles the answer once that later date
        // has passed; before then the real release date could change it.
        (None, _) if c.sentence_completed_on.is_some() => {
            let bound = c.sentence_completed_on.unwrap_or(c.convicted_on);
            if years_after(bound.latest(), years) > as_of {
                return Check::Unknown(view.field("released_from_custody_on"), &RELEASE_UNKNOWN);
            }
            bound
        }
        (None, _) => {
            return Check::Unknown(view.field("released_from_custody_on"), &RELEASE_UNKNOWN)
        }
    };
    Check::From(
        years_after(start.latest(), years),
        start.is_approximate(),
        if unlisted {
            &PERIOD_UNKNOWN_OFFENSE
        } else {
            &PERIOD
        },
    )
}

pub static PERIOD_UNKNOWN_OFFENSE: Why = Why {
    code: "cor_period_unknown_offense",
    cite: "PC 4852.03(a)",
    text: "We do not know this offense code, so we counted the longest waiting time the law sets: 10 years after release from custody (it is 7 years for most offenses). Check the code on your court papers; a lawyer can tell you the real date.",
    es: "No conocemos este código de delito. Por eso contamos el tiempo de espera más largo que fija la ley: 10 años después de salir de la custodia (para la mayoría de los delitos son 7 años). Revise el código en sus papeles de la corte; un abogado le puede decir la fecha correcta.",
};

pub static STILL_SUPERVISED: Why = Why {
    code: "cor_still_supervised",
    cite: "PC 4852.06",
    text: "You are still on parole, PRCS or supervision for this sentence, and we do not know when it ends. You can ask once it is over.",
    es: "Usted todavía está en libertad bajo palabra, PRCS o supervisión por esta sentencia, y no sabemos cuándo termina. Puede pedirlo cuando termine.",
};
pub static OTHER_FELONY_PROBATION: Why = Why {
    code: "cor_other_felony_probation",
    cite: "PC 4852.01(b)",
    text: "You are on probation in another felony case. You can ask once that probation ends.",
    es: "Usted está en libertad condicional en otro caso de delito grave. Puede pedirlo cuando termine esa libertad condicional.",
};
pub static OTHER_FELONY_PROBATION_NO_END: Why = Why {
    code: "cor_other_felony_probation_no_end",
    cite: "PC 4852.01(b)",
    text: "You are on probation in another felony case, and we do not know when it ends. You can ask once that probation ends.",
    es: "Usted está en libertad condicional en otro caso de delito grave, y no sabemos cuándo termina. Puede pedirlo cuando termine esa libertad condicional.",
};

/// 4852.01(b): the petitioner must not be "on probation for the commission of any other
/// felony"; its known end opens the Certificate then (contract, "Bars known today").
fn not_on_probation_for_another_felony<'a>(
    ctx: &'a Ctx,
    view: &'a ConvictionView,
) -> impl Iterator<Item = Check> + 'a {
    ctx.others(view)
        .filter(|o| o.probation_ongoing() && o.effective_level() != Level::Misdemeanor)
        .filter(|o| o.effective_level() != Level::Infraction)
        .map(|o| {
            common::ongoing_probation_end(ctx, o, &OTHER_FELONY_PROBATION)
                .unwrap_or(Check::Fails(&OTHER_FELONY_PROBATION_NO_END))
        })
}

pub static OTHER_PROBATION: Why = Why {
    code: "cor_other_probation",
    cite: "PC 4852.06",
    text: "You are on probation in another case. A petition can be filed only after probation ends, so you can ask once that probation ends.",
    es: "Usted está en libertad condicional en otro caso. La petición solo se puede presentar cuando termina la libertad condicional. Por eso, puede pedirlo cuando termine esa libertad condicional.",
};
pub static OTHER_PROBATION_NO_END: Why = Why {
    code: "cor_other_probation_no_end",
    cite: "PC 4852.06",
    text: "You are on probation in another case, and we do not know when it ends. A petition can be filed only after probation ends.",
    es: "Usted está en libertad condicional en otro caso, y no sabemos cuándo termina. La petición solo se puede presentar cuando termina la libertad condicional.",
};

/// 4852.06: a petition may be filed only "after the termination of parole, probation,
/// postrelease supervision, or mandatory supervision", without saying in which case: a
/// misdemeanor probation running in another case delays it too (its known end; a bar while the
/// end is unknown). Another felony's probation is 4852.01(b)'s, above.
fn not_on_probation_in_another_case<'a>(
    ctx: &'a Ctx,
    view: &'a ConvictionView,
) -> impl Iterator<Item = Check> + 'a {
    ctx.others(view)
        .filter(|o| o.probation_ongoing())
        .filter(|o| matches!(o.effective_level(), Level::Misdemeanor | Level::Infraction))
        .map(|o| {
            common::ongoing_probation_end(ctx, o, &OTHER_PROBATION)
                .unwrap_or(Check::Fails(&OTHER_PROBATION_NO_END))
        })
}

/// 4852.06: probation, parole, PRCS and mandatory supervision must be over.
fn supervision_finished(ctx: &Ctx, view: &ConvictionView) -> Check {
    let c = view.conviction;
    let end = match c.sentence {
        Sentence::Probation => c.probation_ended_on.or(c.sentence_completed_on),
        _ => c.sentence_completed_on,
    };
    match end {
        Some(end) => Check::From(end.latest(), end.is_approximate(), &SUPERVISION_DONE),
        None if c.sentence == Sentence::Probation
            && view.probation_outcome() != ProbationOutcome::Ongoing =>
        {
            Check::Pass
        }
        // No completion date while the person says they are supervised or serving now: the
        // sentence is still running, a bar known today.
        None if ctx.person().currently_supervised == Answer::Yes
            || ctx.person().serving_sentence == Answer::Yes =>
        {
            Check::Fails(&STILL_SUPERVISED)
        }
        None => Check::Unknown(view.field("sentence_completed_on"), &END_UNKNOWN),
    }
}

/// 4852.06: a petition may be filed only "after the termination of parole, probation,
/// postrelease supervision, or mandatory supervision". The section does not say in which case,
/// so supervision today in any case is read as stopping it (never the lenient reading), and an
/// unsure or contradictory answer about it is `needs_info` (contract).
fn supervised_now(ctx: &Ctx, view: &ConvictionView) -> Check {
    // This conviction's own supervision is `supervision_finished`'s.
    if view.conviction.sentence == Sentence::Probation && view.probation_ongoing() {
        return Check::Pass;
    }
    common::supervision_now(ctx, view)
}

pub static RESIDENCE_AFTER_RELEASE: Why = Why {
    code: "cor_residence_after_release",
    cite: "PC 4852.06",
    text: "You must have lived in California for the last 5 years since you left prison or jail in any case.",
    es: "Usted debe haber vivido en California los últimos 5 años desde que salió de la prisión o la cárcel en cualquiera de sus casos.",
};

/// 4852.06: "A petition shall not be filed until and unless the petitioner has continuously
/// resided in this state, after leaving prison or jail, for a period of not less than five
/// years immediately preceding the date of filing." The five years count from the later of the
/// move to California and the last release from custody in any case in the file.
fn five_years_in_california(ctx: &Ctx) -> Check {
    let Some(since) = ctx.person().california_resident_since else {
        return Check::Unknown(
            "person.california_resident_since".into(),
            &RESIDENCE_UNKNOWN,
        );
    };
    let last_release = ctx
        .convictions
        .iter()
        .filter_map(|v| v.conviction.released_from_custody_on)
        .max_by_key(|d| d.latest());
    match last_release {
        Some(released) if released.latest() > since.latest() => Check::From(
            years_after(released.latest(), COR_RESIDENCE_YEARS),
            released.is_approximate(),
            &RESIDENCE_AFTER_RELEASE,
        ),
        _ => Check::From(
            years_after(since.latest(), COR_RESIDENCE_YEARS),
            since.is_approximate(),
            &RESIDENCE,
        ),
    }
}

pub fn assess(ctx: &Ctx, view: &ConvictionView) -> Option<Item> {
    if view.conviction.level == Level::Infraction {
        return None;
    }
    let mut a = Assessment::new(REMEDY, &view.subject);
    a.check(common::not_already_granted(view, REMEDY))
        .check(offense_not_barred(ctx, view))
        .check(who_may_petition(ctx, view));
    if !a.has_failed() {
        a.check(period_of_rehabilitation(ctx, view))
            .check(supervision_finished(ctx, view))
            .checks(not_on_probation_for_another_felony(ctx, view))
            .checks(not_on_probation_in_another_case(ctx, view))
            .check(five_years_in_california(ctx))
            .check(common::not_serving_sentence(ctx)) // 4852.06: custody anywhere stops a petition
            .check(supervised_now(ctx, view));
    }
    a.check(Check::Holds(&JUDGE_DECIDES));
    Some(a.finish(Decision::Discretionary, ctx.as_of))
}
