//! PC 851.91 — petition to seal an arrest that did not end in a conviction.
//!
//! Granted as a matter of right when no charge was filed and the time to file has run out, or the
//! case was dismissed (and cannot be refiled) or ended in acquittal; only at the judge's
//! discretion for domestic-violence, child-abuse or elder-abuse arrests when the record shows a
//! "pattern". <https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=851.91>

use crate::engine::case::{Answer, ArrestOutcome, Level, RemedyId};
use crate::engine::catalog::{self, flag, Offense, OffenseLevel};
use crate::engine::context::{ArrestView, Ctx, Known};
use crate::engine::dates::{years_after, FuzzyDate};
use crate::engine::params::{
    PATTERN_WINDOW_YEARS, PROP_47_EFFECTIVE, SOL_DISCOVERY_YEARS, SOL_DV_EXTENSIONS,
    SOL_ELDER_ABUSE_YEARS, SOL_FELONY_YEARS, SOL_LONG_FELONY_YEARS, SOL_MISDEMEANOR_LONG_YEARS,
    SOL_MISDEMEANOR_MEDIUM_YEARS, SOL_MISDEMEANOR_YEARS, SOL_REGISTRABLE_FELONY_YEARS,
};
use crate::engine::report::{Decision, Item, Why};
use crate::engine::rule::{Assessment, Check};
use chrono::NaiveDate;

const REMEDY: RemedyId = RemedyId::Pc851_91;

pub static LIMITATIONS_RAN: Why = Why {
    code: "statute_of_limitations_ran",
    cite: "PC 851.91(a)(1)(A)",
    text: "No charge was filed. Once the time to file charges has run out (1 year for most misdemeanors, 3 years for most felonies, 6 for some), the court must seal the arrest.",
    es: "No se presentaron cargos. Hay un plazo para presentar cargos: 1 año para la mayoría de los delitos menores, 3 años para la mayoría de los delitos graves y 6 para algunos. Cuando se acaba ese plazo, la corte tiene que sellar el arresto.",
};
pub static NO_LIMIT: Why = Why {
    code: "no_statute_of_limitations",
    cite: "PC 851.91(a)(2)(A); PC 799",
    text: "There is no time limit to file charges for this offense, so the arrest cannot be sealed this way unless you were acquitted or found factually innocent.",
    es: "Para este delito no hay límite de tiempo para presentar cargos. Por eso el arresto no se puede sellar así, a menos que el veredicto haya sido de no culpable o que la corte haya declarado su inocencia de hecho.",
};
pub static DISMISSED: Why = Why {
    code: "charges_dismissed",
    cite: "PC 851.91(a)(1)(B)(i)",
    text: "The charges were dismissed, so the court must seal the arrest if they cannot be filed again.",
    es: "Se desestimaron los cargos. Por eso la corte tiene que sellar el arresto si los cargos no se pueden presentar otra vez.",
};
pub static ACQUITTED: Why = Why {
    code: "acquitted",
    cite: "PC 851.91(a)(1)(B)(ii)",
    text: "You were found not guilty, so the court must seal the arrest.",
    es: "El veredicto fue de no culpable. Por eso la corte tiene que sellar el arresto.",
};
pub static DIVERSION: Why = Why {
    code: "diversion_completed",
    cite: "PC 851.91(a)(1)(A)-(B)(i); PC 851.87",
    text: "You finished diversion. If no charge was ever filed, the court must seal the arrest once the time to file charges has run out; we count that time. If charges were filed and then dismissed, you may not have to wait: a lawyer can tell you.",
    es: "Usted terminó un programa de desvío (diversion). Si nunca se presentaron cargos, la corte tiene que sellar el arresto cuando se acabe el plazo para presentarlos; contamos ese plazo. Si se presentaron cargos y luego se desestimaron, quizás no tenga que esperar: un abogado le puede decir.",
};
pub static PENDING: Why = Why {
    code: "case_pending",
    cite: "PC 851.91(a)(1)",
    text:
        "The case from this arrest is not finished. You can ask once it ends without a conviction.",
    es: "El caso de este arresto no ha terminado. Puede pedirlo cuando el caso termine sin una condena.",
};
pub static OUTCOME_UNKNOWN: Why = Why {
    code: "arrest_outcome_unknown",
    cite: "PC 851.91(a)(1)",
    text: "We need to know what happened after this arrest: no charges, dismissed, not guilty, diversion, or still open.",
    es: "Necesitamos saber qué pasó después de este arresto. Las opciones son: no hubo cargos, se desestimaron los cargos, el veredicto fue de no culpable, terminó un programa de desvío (diversion), o el caso sigue abierto.",
};
pub static LEVEL_UNKNOWN: Why = Why {
    code: "arrest_level_unknown",
    cite: "PC 851.91(a)(1)(A)",
    text: "We need to know if the arrest was for a felony or a misdemeanor: the time to file charges depends on it.",
    es: "Necesitamos saber si el arresto fue por un delito grave o por un delito menor. El plazo para presentar cargos depende de eso.",
};
pub static OFFENSE_UNKNOWN: Why = Why {
    code: "unknown_offense",
    cite: "PC 799; PC 800",
    text: "We do not know this offense code, so we cannot tell how long the time to file charges is. Check the code on your arrest record.",
    es: "No conocemos este código de delito. Por eso no podemos saber cuánto dura el plazo para presentar cargos. Revise el código en los papeles de su arresto.",
};
pub static PATTERN: Why = Why {
    code: "pattern_discretionary",
    cite: "PC 851.91(c)",
    text: "For a domestic-violence, child-abuse or elder-abuse arrest, the judge decides whether sealing is in the interest of justice. That is so when the record shows a pattern of arrests or convictions.",
    es: "Si el arresto fue por violencia doméstica, abuso de menores o abuso de personas mayores, hay una regla más. Si su récord muestra un patrón de arrestos o condenas, el juez decide si sellar el arresto es justo (en el interés de la justicia).",
};
pub static EFFECT: Why = Why {
    code: "effect_arrest_sealed",
    cite: "PC 851.92",
    text: "A sealed arrest is treated as if it never happened, and you may say so, except on a peace-officer job application.",
    es: "Un arresto sellado se trata como si nunca hubiera ocurrido, y usted puede decir que no ocurrió. La excepción es una solicitud de trabajo como agente del orden público (peace officer).",
};

pub static VICTIM_AGE_LIMIT: Why = Why {
    code: "limitation_victim_age",
    cite: "PC 801.1(a)",
    text: "For this offense, when the person harmed was under 18, charges can be filed until that person turns 40, so no date can be given for when the time runs out. The arrest can be sealed after a dismissal or a not-guilty verdict. Have a lawyer check before you file anything.",
    es: "Para este delito, cuando la persona afectada era menor de 18 años, se pueden presentar cargos hasta que esa persona cumpla 40 años. Por eso no podemos dar una fecha en que se acabe el plazo. El arresto se puede sellar después de una desestimación o de un veredicto de no culpable. Consulte a un abogado antes de presentar cualquier cosa.",
};

/// How long the prosecutor has to file charges, in years from the offence, for an offence the
/// catalog knows. PC 805(a): "an offense is deemed punishable by the maximum punishment
/// prescribed by statute for the offense, regardless of the punishment actually sought or
/// imposed" — so a wobbler booked as a misdemeanor has the felony limit; a booking as a felony
/// never shortens it. `Err` when no date can be given (no limit, or it turns on the victim).
pub fn limitation_years(ctx: &Ctx, view: &ArrestView, offense: &Offense) -> Result<u32, Check> {
    let has = |f: u64| offense.has(f);
    let punishable_as_felony = punishable_as_felony(ctx, view, offense)?;
    if !punishable_as_felony {
        // PC 802(a): one year; 802(b)–(d): longer for some misdemeanors.
        let mut years = SOL_MISDEMEANOR_YEARS;
        if has(flag::SOL_MISD_3) {
            years = years.max(SOL_MISDEMEANOR_LONG_YEARS);
        }
        if has(flag::SOL_MISD_2) {
            years = years.max(SOL_MISDEMEANOR_MEDIUM_YEARS);
        }
        // PC 801.6 reaches "any offense proscribed by Section 368", misdemeanors included.
        if has(flag::SOL_5) {
            years = years.max(SOL_ELDER_ABUSE_YEARS);
        }
        return Ok(years);
    }
    // PC 799(a)–(b): "may be commenced at any time" (death, life, and the listed sex offences).
    if has(flag::NO_SOL) || has(flag::LIFE) {
        return Err(Check::Fails(&NO_LIMIT));
    }
    // PC 801.1(a)(1): "any time prior to the victim's 40th birthday" (victim under 18).
    if has(flag::SOL_VICTIM_40) {
        return Err(Check::Fails(&VICTIM_AGE_LIMIT));
    }
    // PC 801: "within three years after commission of the offense"; the special limits below
    // only ever lengthen it, so the longest that applies wins.
    let mut years = SOL_FELONY_YEARS;
    let special = [
        (flag::SOL_6, SOL_LONG_FELONY_YEARS), // PC 800: eight years or more
        (flag::SOL_10, SOL_REGISTRABLE_FELONY_YEARS), // PC 801.1(b): requires PC 290 registration
        (flag::SOL_5, SOL_ELDER_ABUSE_YEARS), // PC 801.6
        (flag::SOL_DISCOVERY, SOL_DISCOVERY_YEARS), // PC 801.5 with 803(c)
    ];
    for (f, y) in special {
        if has(f) {
            years = years.max(y);
        }
    }
    if has(flag::SOL_DV) {
        years = years.max(dv_limit_years(view.arrest.arrested_on.latest()));
    }
    Ok(years)
}

/// Prop 47 made shoplifting (PC 459.5), petty theft (490.2) and drug possession (HS 11350,
/// 11377) misdemeanors, felonies only for a person with a super-strike or PC 290 conviction
/// (PC 459.5(a), 490.2(a); HS 11350(a), 11377(a)). Whether such an arrest is for an offence
/// punishable as a felony (PC 805(a)): `None` for other offences (the catalog's level decides);
/// `Some(yes)` before Prop 47 (possession was a felony then) or with a known prior; `Some(no)`
/// after it with neither prior; `Some(unsure)` when a prior is unsure.
pub fn prop_47_felony(ctx: &Ctx, view: &ArrestView, offense: &Offense) -> Option<Answer> {
    const NOW_MISDEMEANORS: [&str; 4] = ["PC459.5", "PC490.2", "HS11350", "HS11377"];
    let key = offense.key();
    let listed = NOW_MISDEMEANORS
        .iter()
        .any(|k| key == *k || key.strip_prefix(k).is_some_and(|r| r.starts_with('(')));
    if !listed {
        return None;
    }
    if view.arrest.arrested_on.earliest() < PROP_47_EFFECTIVE {
        return Some(Answer::Yes);
    }
    Some(
        match (ctx.super_strike(), ctx.person().registered_sex_offender) {
            (Answer::No, Answer::No) => Answer::No,
            (Answer::Yes, _) | (_, Answer::Yes) => Answer::Yes,
            _ => Answer::Unsure,
        },
    )
}

/// Whether an arrest is for an offence punishable as a felony (PC 805(a)), or the prior that
/// decides it when that is unsure.
pub fn punishable_as_felony(
    ctx: &Ctx,
    view: &ArrestView,
    offense: &Offense,
) -> Result<bool, Check> {
    if view.arrest.level == Level::Felony {
        return Ok(true);
    }
    match prop_47_felony(ctx, view, offense) {
        Some(Answer::Yes) => Ok(true),
        Some(Answer::No) => Ok(false),
        Some(Answer::Unsure) => {
            let field = if ctx.super_strike() == Answer::Unsure {
                "person.super_strike_conviction"
            } else {
                "person.registered_sex_offender"
            };
            Err(Check::Unknown(field.into(), &PRIORS_DECIDE_LIMIT))
        }
        None => Ok(matches!(
            offense.level,
            OffenseLevel::Felony | OffenseLevel::Wobbler
        )),
    }
}

pub static PRIORS_DECIDE_LIMIT: Why = Why {
    code: "limitation_priors_decide",
    cite: "PC 805(a); PC 1170.18",
    text: "Since Proposition 47 this offense is a misdemeanor, with one year to file charges. It can be a felony (three years) if the person has a conviction for a very serious felony (a \"super strike\") or one that requires sex-offender registration. We need to know which.",
    es: "Desde la Proposición 47 este delito es un delito menor (un año para presentar cargos). La excepción es si la persona tiene una condena por un delito grave muy serio (\"super strike\") o por uno que requiere registro como delincuente sexual. En ese caso puede ser un delito grave (tres años). Necesitamos saber cuál es su caso.",
};

/// PC 803.7 (SB 273, 2019; SB 690, 2024): a longer limit for felony domestic violence, applying
/// to offences committed on or after each change "and to crimes for which the statute of
/// limitations that was in effect prior to [that date] has not run as of [that date]". The
/// arrest date stands in for the offence date (it can only be later), so each extension is
/// applied whenever it could reach the offence.
fn dv_limit_years(arrested: NaiveDate) -> u32 {
    let mut years = SOL_FELONY_YEARS;
    for (from, extended) in SOL_DV_EXTENSIONS {
        if arrested >= *from || years_after(arrested, years) > *from {
            years = years.max(*extended);
        }
    }
    years
}

/// The day charges can no longer be filed, for a never-charged arrest (PC 799–805); `Err` when
/// no date can be given.
pub fn limitation_dates(ctx: &Ctx, view: &ArrestView) -> Result<Vec<FuzzyDate>, Check> {
    let Some(offense) = view.offense else {
        return Err(Check::Unknown(view.field("offense"), &OFFENSE_UNKNOWN));
    };
    let years = limitation_years(ctx, view, &offense)?;
    let arrested = view.arrest.arrested_on;
    Ok(vec![FuzzyDate::exact(years_after(
        arrested.latest(),
        years,
    ))])
}

/// Turns the candidate dates into one check: the same answer under every reading, or unknown.
pub fn date_check(ctx: &Ctx, view: &ArrestView, dates: &[FuzzyDate], why: &'static Why) -> Check {
    let approximate = view.arrest.arrested_on.is_approximate();
    let latest = dates.iter().map(|d| d.latest()).max();
    let earliest = dates.iter().map(|d| d.latest()).min();
    match (earliest, latest) {
        (Some(e), Some(l)) if e == l || l <= ctx.as_of => Check::From(l, approximate, why),
        (Some(_), Some(_)) => Check::Unknown(view.field("level"), &LEVEL_UNKNOWN),
        _ => Check::Unknown(view.field("level"), &LEVEL_UNKNOWN),
    }
}

/// 851.91(a)(1): the arrest "did not result in a conviction", by one of the listed routes.
fn no_conviction_route(ctx: &Ctx, view: &ArrestView) -> Check {
    match view.arrest.outcome {
        ArrestOutcome::NotCharged => match limitation_dates(ctx, view) {
            Ok(dates) => date_check(ctx, view, &dates, &LIMITATIONS_RAN),
            Err(check) => check,
        },
        ArrestOutcome::Dismissed => match view.flag(flag::NO_SOL) {
            // 851.91(a)(2)(A): no-limit offenses only after acquittal or factual innocence.
            Known::Yes => Check::Fails(&NO_LIMIT),
            _ => Check::Holds(&DISMISSED),
        },
        ArrestOutcome::Acquitted => Check::Holds(&ACQUITTED),
        // Diversion may be before any filing (PC 851.87: no charge, so 851.91(a)(1)(A)'s time
        // to charge must run) or after one (charges dismissed, (B)(i)); the case file does not
        // say which, so the later date.
        ArrestOutcome::DiversionCompleted => match limitation_dates(ctx, view) {
            Ok(dates) => date_check(ctx, view, &dates, &DIVERSION),
            Err(check) => check,
        },
        ArrestOutcome::Pending => Check::Fails(&PENDING),
        ArrestOutcome::Unsure => Check::Unknown(view.field("outcome"), &OUTCOME_UNKNOWN),
    }
}

/// 851.91(c): a "pattern" is two or more convictions, or five or more arrests, for separate
/// offenses on separate occasions within three years of at least one other.
fn shows_pattern(ctx: &Ctx, abuse_flag: u64) -> bool {
    let close = |dates: &[FuzzyDate]| {
        dates
            .iter()
            .enumerate()
            .filter(|(i, d)| {
                dates.iter().enumerate().any(|(j, e)| {
                    *i != j
                        && years_after(d.latest(), PATTERN_WINDOW_YEARS) >= e.earliest()
                        && years_after(e.latest(), PATTERN_WINDOW_YEARS) >= d.earliest()
                })
            })
            .count()
    };
    // Only records of the same kind of abuse count (851.91(c)(2); People v. I.C. (2023)).
    let same_kind = |offense: Option<catalog::Offense>| offense.is_some_and(|o| o.has(abuse_flag));
    let convictions: Vec<FuzzyDate> = ctx
        .convictions
        .iter()
        .filter(|v| same_kind(v.offense))
        .map(|v| v.conviction.convicted_on)
        .collect();
    let arrests: Vec<FuzzyDate> = ctx
        .arrests
        .iter()
        .filter(|a| same_kind(a.offense))
        .map(|a| a.arrest.arrested_on)
        .chain(
            ctx.convictions
                .iter()
                .filter(|v| same_kind(v.offense))
                .map(|v| v.offense_date()),
        )
        .collect();
    close(&convictions) >= 2 || close(&arrests) >= 5
}

fn decision(ctx: &Ctx, view: &ArrestView) -> (Check, Decision) {
    let pattern = [flag::DV, flag::CHILD_ABUSE, flag::ELDER_ABUSE]
        .iter()
        .any(|f| view.flag(*f) == Known::Yes && shows_pattern(ctx, *f));
    if pattern {
        (Check::Holds(&PATTERN), Decision::Discretionary)
    } else {
        (Check::Pass, Decision::Mandatory)
    }
}

pub fn assess(ctx: &Ctx, view: &ArrestView) -> Option<Item> {
    let mut a = Assessment::new(REMEDY, &view.subject);
    a.check(no_conviction_route(ctx, view));
    let (check, decision) = decision(ctx, view);
    a.check(check).check(Check::Note(&EFFECT));
    Some(a.finish(decision, ctx.as_of))
}
