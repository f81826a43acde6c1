//! PC 1203.425 — automatic conviction relief ("Clean Slate").
//!
//! Each month the Department of Justice dismisses, from its own records and without a petition,
//! convictions that meet one of three paths: probation completed without revocation; a
//! misdemeanor or infraction without probation, one year after judgment; or (since 1 October 2024)
//! a felony four years after every term ended with no new felony conviction.
//! <https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=1203.425>

use crate::engine::case::{Answer, Level, ProbationOutcome, RemedyId, Sentence};
use crate::engine::catalog::flag;
use crate::engine::common::{self, not_on_list};
use crate::engine::context::{ConvictionView, Ctx};
use crate::engine::dates::{years_after, FuzzyDate};
use crate::engine::params::{
    AUTO_FELONY_OPERATIVE, AUTO_LOOK_BACK, AUTO_RELIEF_OPERATIVE, WAIT_AUTO_FELONY_YEARS,
    WAIT_AUTO_MISDEMEANOR_YEARS,
};
use crate::engine::report::{Decision, Item, Why};
use crate::engine::rule::{Assessment, Check};

const REMEDY: RemedyId = RemedyId::Pc1203_425;

pub static PROBATION_PATH: Why = Why {
    code: "auto_probation_completed",
    cite: "PC 1203.425(a)(1)(B)",
    text: "You finished probation without it being revoked, so the state should clear this conviction on its own.",
    es: "Usted terminó la libertad condicional sin que se la revocaran. Por eso el estado debería limpiar esta condena por su cuenta.",
};
/// The same path while probation still runs: said in the future, not as done (PC 1203.425(a)(1)(B):
/// relief comes once "the defendant has completed their term of probation").
pub static PROBATION_PATH_AHEAD: Why = Why {
    code: "auto_probation_ends",
    cite: "PC 1203.425(a)(1)(B)",
    text: "Once probation ends without being revoked, the state should clear this conviction on its own.",
    es: "Cuando termine la libertad condicional sin que se la revoquen, el estado debería limpiar esta condena por su cuenta.",
};
pub static MISDEMEANOR_PATH: Why = Why {
    code: "auto_misdemeanor_one_year",
    cite: "PC 1203.425(a)(1)(B)",
    text: "For a misdemeanor or infraction without probation, the state clears it on its own one year after sentencing once the sentence is done.",
    es: "Para un delito menor o una infracción sin libertad condicional, el estado limpia la condena por su cuenta. Lo hace un año después de la sentencia, una vez que la sentencia esté cumplida.",
};
pub static FELONY_PATH: Why = Why {
    code: "auto_felony_four_years",
    cite: "PC 1203.425(a)(1)(B)",
    text: "For this felony, the state clears it on its own four years after you finished every part of the sentence. That is only if you had no new felony conviction in those four years.",
    es: "Para este delito grave, el estado limpia la condena por su cuenta cuatro años después de que usted terminó cada parte de la sentencia. Esto aplica si usted no tuvo una nueva condena por delito grave en esos cuatro años.",
};
pub static FELONY_PATH_SINCE: Why = Why {
    code: "auto_felony_since_2024",
    cite: "PC 1203.425 (2024 public-safety budget bill)",
    text: "Automatic relief for felonies started on October 1, 2024.",
    es: "El alivio automático para delitos graves empezó el 1 de octubre de 2024.",
};
pub static DOJ_REVIEW_SINCE: Why = Why {
    code: "auto_review_since_2022",
    cite: "PC 1203.425 (AB 1076, as funded from 2022)",
    text: "The state's monthly review started on July 1, 2022.",
    es: "La revisión mensual del estado empezó el 1 de julio de 2022.",
};
pub static BEFORE_1973: Why = Why {
    code: "before_1973",
    cite: "PC 1203.425(a)(1)(B)",
    text: "Automatic relief covers convictions from January 1, 1973 on. Older convictions need a petition.",
    es: "El alivio automático cubre condenas desde el 1 de enero de 1973. Las condenas más antiguas necesitan una petición.",
};
pub static NEW_FELONY: Why = Why {
    code: "new_felony_within_four_years",
    cite: "PC 1203.425(a)(1)(B)",
    text: "You were convicted of a new felony within four years after this sentence ended, so automatic relief does not apply. You can still petition the court.",
    es: "Usted tuvo una nueva condena por delito grave dentro de los cuatro años después de que terminó esta sentencia. Por eso no aplica el alivio automático. Todavía puede presentar una petición a la corte.",
};
pub static FELONY_EXCLUDED: Why = Why {
    code: "felony_path_excluded_offense",
    cite: "PC 1203.425(a)(1)(B)",
    text: "Automatic relief for felonies does not cover serious or violent felonies or offenses that require sex-offender registration. You can still petition the court.",
    es: "El alivio automático para delitos graves no cubre delitos graves serios o violentos (serious or violent felonies), ni delitos que requieren registro como delincuente sexual. Todavía puede presentar una petición a la corte.",
};
pub static MAYBE_SERIOUS: Why = Why {
    code: "maybe_serious_felony",
    cite: "PC 1192.7(c); PC 667.5(c)",
    text: "This offense counts as a serious or violent felony in some cases (for example if someone was badly hurt). If yours counts, automatic relief does not apply. Have a lawyer check this.",
    es: "En algunos casos, este delito cuenta como delito grave serio o violento (serious or violent felony), por ejemplo si alguien salió gravemente herido. Si así fue en su caso, no aplica el alivio automático. Pídale a un abogado que revise esto.",
};
pub static REGISTERED: Why = Why {
    code: "registrant_excluded",
    cite: "PC 1203.425(a)(1)(B)(i)",
    text: "People who must register as sex offenders do not get automatic relief.",
    es: "Las personas que tienen que registrarse como delincuentes sexuales no reciben alivio automático.",
};
pub static REGISTERED_UNKNOWN: Why = Why {
    code: "registration_unknown",
    cite: "PC 1203.425(a)(1)(B)(i)",
    text: "We need to know if you must register as a sex offender (PC 290).",
    es: "Necesitamos saber si usted tiene que registrarse como delincuente sexual (PC 290).",
};
pub static NO_PATH: Why = Why {
    code: "auto_no_path",
    cite: "PC 1203.425(a)(1)(B)",
    text: "Automatic relief needs probation finished without being revoked. A violation usually means probation was revoked and reinstated, so this may not be cleared on its own. If your probation was only extended, check your record: the state may still clear it. You can always petition the court.",
    es: "El alivio automático pide que la libertad condicional se haya terminado sin ser revocada. Una violación normalmente significa que se revocó y se restableció, así que puede que el estado no limpie esta condena por su cuenta. Si solo se extendió su libertad condicional, revise su récord: el estado todavía podría limpiarla. Siempre puede presentar una petición a la corte.",
};
pub static TERMS_END_UNKNOWN: Why = Why {
    code: "sentence_end_unknown",
    cite: "PC 1203.425(a)(1)(B)",
    text: "We need to know when every part of the sentence ended, including probation, parole or supervision.",
    es: "Necesitamos saber cuándo terminó cada parte de la sentencia, incluida la libertad condicional, la libertad bajo palabra o la supervisión.",
};
pub static COMPLIED_UNKNOWN: Why = Why {
    code: "sentence_complied_unknown",
    cite: "PC 1203.425(a)(1)(B)",
    text: "We need to know if the whole sentence is done (fines, classes, jail).",
    es: "Necesitamos saber si ya se cumplió toda la sentencia (multas, clases, cárcel).",
};
pub static NOT_COMPLIED: Why = Why {
    code: "sentence_not_complied",
    cite: "PC 1203.425(a)(1)(B)",
    text: "The state only clears a conviction once the sentence is done.",
    es: "El estado solo limpia una condena cuando la sentencia está cumplida.",
};
pub static CHECK_YOUR_RECORD: Why = Why {
    code: "check_your_record",
    cite: "PC 1203.425(a)",
    text: "The state acts only on what its records show, and records often have gaps. Ask the DOJ for your record to see if it says \"relief granted\". If not, you can still petition the court.",
    es: "El estado solo actúa según lo que muestran sus registros, y muchas veces a esos registros les falta información. Pida su récord al Departamento de Justicia (DOJ) para ver si dice \"relief granted\" (alivio concedido). Si no lo dice, todavía puede presentar una petición a la corte.",
};
pub static DA_MAY_OBJECT: Why = Why {
    code: "prosecutor_may_object",
    cite: "PC 1203.425(b)",
    text: "The prosecutor can ask a court to block automatic relief for public-safety reasons.",
    es: "El fiscal puede pedirle a una corte que impida el alivio automático por razones de seguridad pública.",
};

/// Which path of 1203.425(a)(1)(B) a conviction is on.
enum Path {
    /// Probation completed without revocation; relief from the end of probation.
    Probation,
    /// Misdemeanor or infraction, no probation: one calendar year after judgment.
    Misdemeanor,
    /// Any other felony: four years after every term ended.
    Felony,
    None,
    /// A felony jail or prison sentence reduced to a misdemeanor later (Prop 47, 17(b)).
    Reduced,
    Unknown(crate::engine::report::FieldPath, &'static Why),
}

pub static REDUCED_AFTER_CUSTODY: Why = Why {
    code: "auto_reduced_after_custody",
    cite: "PC 1203.425(a)(1)(B)",
    text: "This felony jail or prison case was later reduced to a misdemeanor. The law does not say clearly if the state clears such a case on its own, so do not count on it. You can ask the court to dismiss it (PC 1203.4a).",
    es: "Este caso de cárcel o prisión por delito grave se redujo después a delito menor. La ley no dice con claridad si el estado borra un caso así por su cuenta. No cuente con eso: puede pedirle a la corte que lo desestime (PC 1203.4a).",
};

fn path_of(view: &ConvictionView) -> Path {
    let c = view.conviction;
    let level = view.effective_level();
    match c.sentence {
        Sentence::Probation => match view.probation_outcome() {
            ProbationOutcome::Completed
            | ProbationOutcome::TerminatedEarly
            | ProbationOutcome::Ongoing => Path::Probation,
            ProbationOutcome::Violated | ProbationOutcome::Revoked => match level {
                Level::Felony => Path::Felony,
                Level::Unsure => Path::Unknown(view.field("level"), &common::LEVEL_UNKNOWN),
                _ => Path::None,
            },
            ProbationOutcome::Unsure => Path::Unknown(
                view.field("probation_outcome"),
                &super::pc_1203_4::OUTCOME_UNKNOWN,
            ),
        },
        Sentence::NoProbation => match level {
            Level::Felony => Path::Felony,
            Level::Unsure => Path::Unknown(view.field("level"), &common::LEVEL_UNKNOWN),
            _ => Path::Misdemeanor,
        },
        // A jail or prison term is a felony sentence. A prison term reduced afterwards to a
        // misdemeanor fits no path plainly: the felony path is for a person "convicted of a
        // felony", and the others do not reach a state-prison sentence. Never the lenient
        // reading.
        // A county jail or split term reduced later fits either way (the misdemeanor path, or
        // the felony path, which waits longer): the felony path below, the later date.
        Sentence::Prison if c.level == Level::Felony && level != Level::Felony => Path::Reduced,
        Sentence::CountyJail | Sentence::Split | Sentence::Prison => Path::Felony,
        Sentence::Unsure => {
            Path::Unknown(view.field("sentence"), &super::pc_1203_4::SENTENCE_UNKNOWN)
        }
    }
}

/// 1203.425(a)(1)(B)(i): "not required to register pursuant to the Sex Offender Registration Act".
fn not_a_registrant(ctx: &Ctx) -> Check {
    match ctx.person().registered_sex_offender {
        Answer::No => Check::Pass,
        Answer::Yes => Check::Fails(&REGISTERED),
        Answer::Unsure => {
            Check::Unknown("person.registered_sex_offender".into(), &REGISTERED_UNKNOWN)
        }
    }
}

/// 1203.425(a)(1)(B): "on or after January 1, 1973".
fn convicted_since_1973(view: &ConvictionView) -> Check {
    if view.conviction.convicted_on.latest() < AUTO_LOOK_BACK {
        Check::Fails(&BEFORE_1973)
    } else {
        Check::Pass
    }
}

/// The sentence must appear complete (fine paid, classes done) — the DOJ reads its records.
fn sentence_complete(view: &ConvictionView) -> Check {
    match view.conviction.sentence_complied {
        Answer::Yes => Check::Pass,
        Answer::No => Check::Fails(&NOT_COMPLIED),
        Answer::Unsure => Check::Unknown(view.field("sentence_complied"), &COMPLIED_UNKNOWN),
    }
}

pub static EARLY_END_CAVEAT: Why = Why {
    code: "auto_original_end_date",
    cite: "PC 1203.425(a)(1)(B)",
    text: "The state works from the probation term in its records. If the early end is missing there, it may wait until your original end date. You can ask the court for a dismissal (PC 1203.4) now.",
    es: "El estado usa el plazo de libertad condicional que aparece en sus registros. Si ahí no aparece que su libertad condicional terminó antes, el estado puede esperar hasta la fecha en que debía terminar. Usted puede pedir a la corte una desestimación (PC 1203.4) ahora.",
};

fn probation_path(ctx: &Ctx, view: &ConvictionView) -> Vec<Check> {
    let end = view.conviction.probation_ended_on;
    let ongoing = view.probation_outcome() == ProbationOutcome::Ongoing;
    let mut checks = Vec::new();
    if view.probation_outcome() == ProbationOutcome::TerminatedEarly {
        checks.push(Check::Note(&EARLY_END_CAVEAT));
    }
    checks.extend([
        match end {
            // "Ongoing" with an end date already past: the answers disagree.
            Some(_) if ongoing => common::ongoing_probation_end(ctx, view, &PROBATION_PATH_AHEAD)
                .unwrap_or(Check::Pass),
            // A date still to come is said as one: "once probation ends", not "you finished".
            Some(end) if end.latest() > ctx.as_of => {
                Check::From(end.latest(), end.is_approximate(), &PROBATION_PATH_AHEAD)
            }
            Some(end) => Check::From(end.latest(), end.is_approximate(), &PROBATION_PATH),
            // Still running with no known end: a bar known today (contract).
            None if ongoing => Check::Fails(&common::PROBATION_RUNNING_NO_END),
            None => Check::Holds(&PROBATION_PATH),
        },
        Check::operative(
            AUTO_RELIEF_OPERATIVE,
            view.conviction.convicted_on.latest(),
            &DOJ_REVIEW_SINCE,
        ),
    ]);
    checks
}

fn misdemeanor_path(ctx: &Ctx, view: &ConvictionView) -> Vec<Check> {
    let judged = view.conviction.convicted_on;
    vec![
        sentence_complete(view),
        Check::From(
            years_after(judged.latest(), WAIT_AUTO_MISDEMEANOR_YEARS.at(ctx.as_of)),
            judged.is_approximate(),
            &MISDEMEANOR_PATH,
        ),
        Check::operative(AUTO_RELIEF_OPERATIVE, judged.latest(), &DOJ_REVIEW_SINCE),
    ]
}

/// The day every term (custody, probation, parole, PRCS, mandatory supervision) ended.
fn all_terms_ended(view: &ConvictionView) -> Option<FuzzyDate> {
    let c = view.conviction;
    match c.sentence {
        // After a revocation, the term served then is what has to end.
        Sentence::Probation if view.probation_outcome() == ProbationOutcome::Revoked => {
            c.sentence_completed_on
        }
        Sentence::Probation => c.sentence_completed_on.or(c.probation_ended_on),
        _ => c.sentence_completed_on,
    }
}

pub static UNKNOWN_OFFENSE_FELONY: Why = Why {
    code: "unknown_offense_felony_path",
    cite: "PC 1203.425(a)(1)(B); PC 1192.7(c); PC 667.5(c)",
    text: "We do not know this offense code. Automatic relief for a felony does not cover serious or violent felonies or offenses that need sex-offender registration, so we cannot tell if the state will clear it. Check the code on your court papers, or ask a lawyer.",
    es: "No conocemos este código de delito. El alivio automático para un delito grave no cubre delitos graves serios o violentos ni delitos que exigen registrarse como delincuente sexual. Por eso no podemos saber si el estado la borrará. Revise el código en sus papeles de la corte o consulte a un abogado.",
};

/// The felony path leaves out serious and violent felonies, and PC 1192.7(c) and 667.5(c) also
/// reach any felony by what happened (great bodily injury, a weapon used, a gang felony). For a
/// code the catalog does not know nothing tells us it is not one, unless it was punished under
/// PC 1170(h): a county jail or split sentence is not open to a serious or violent felony (PC
/// 1170(h)(3)).
fn unknown_offense_not_serious(view: &ConvictionView) -> Check {
    let unlisted = view.offense.is_none_or(|o| !o.is_listed());
    let county_jail = matches!(
        view.conviction.sentence,
        Sentence::CountyJail | Sentence::Split
    );
    if unlisted && !county_jail {
        Check::Unknown(view.field("offense"), &UNKNOWN_OFFENSE_FELONY)
    } else {
        Check::Pass
    }
}

fn felony_path(ctx: &Ctx, view: &ConvictionView) -> Vec<Check> {
    let mut checks = vec![
        not_on_list(view, flag::SERIOUS, &FELONY_EXCLUDED),
        not_on_list(view, flag::VIOLENT, &FELONY_EXCLUDED),
        not_on_list(view, flag::REGISTRABLE, &FELONY_EXCLUDED),
        Check::operative(
            AUTO_FELONY_OPERATIVE,
            view.conviction.convicted_on.latest(),
            &FELONY_PATH_SINCE,
        ),
    ];
    // Serious or violent only with facts the file does not hold (great bodily injury, a weapon
    // used, the victim): those facts decide, so never a confident "automatic" (PC 1192.7(c)(8),
    // (23); 667.5(c)(8)). A 1170(h) jail term rules them out (PC 1170(h)(3)).
    let county_jail = matches!(
        view.conviction.sentence,
        Sentence::CountyJail | Sentence::Split
    );
    if !county_jail
        && (view.flag(flag::MAYBE_SERIOUS) == crate::engine::context::Known::Yes
            || view.flag(flag::MAYBE_VIOLENT) == crate::engine::context::Known::Yes)
    {
        checks.push(Check::Unknown(view.field("offense"), &MAYBE_SERIOUS));
    }
    checks.push(unknown_offense_not_serious(view));
    let Some(ended) = all_terms_ended(view) else {
        checks.push(Check::Unknown(
            view.field("sentence_completed_on"),
            &TERMS_END_UNKNOWN,
        ));
        return checks;
    };
    let years = WAIT_AUTO_FELONY_YEARS.at(ctx.as_of);
    let clean_until = years_after(ended.latest(), years);
    checks.push(Check::From(
        clean_until,
        ended.is_approximate(),
        &FELONY_PATH,
    ));
    // "a period of four years has elapsed during which the defendant was not convicted of a new
    // felony offense": a felony conviction inside that window defeats this path.
    // A conviction in the window whose level is not known may be that felony.
    let in_window = |o: &&ConvictionView| {
        let on = o.conviction.convicted_on;
        on.latest() > ended.earliest() && on.earliest() < clean_until
    };
    if ctx
        .others(view)
        .filter(in_window)
        .any(|o| o.conviction.level == Level::Felony)
    {
        checks.push(Check::Fails(&NEW_FELONY));
    }
    for other in ctx
        .others(view)
        .filter(in_window)
        .filter(|o| o.conviction.level == Level::Unsure)
    {
        checks.push(Check::Unknown(
            other.field("level"),
            &NEW_CONVICTION_LEVEL_UNKNOWN,
        ));
    }
    checks
}

pub static NEW_CONVICTION_LEVEL_UNKNOWN: Why = Why {
    code: "new_conviction_level_unknown",
    cite: "PC 1203.425(a)(1)(B)",
    text: "You have another conviction within four years after this sentence ended, and we do not know if it was a felony. A new felony in those years stops automatic relief for this one.",
    es: "Usted tiene otra condena dentro de los cuatro años después de que terminó esta sentencia, y no sabemos si fue un delito grave. Un nuevo delito grave en esos años impide el alivio automático para esta condena.",
};

pub fn assess(ctx: &Ctx, view: &ConvictionView) -> Option<Item> {
    let mut a = Assessment::new(REMEDY, &view.subject);
    a.check(common::not_already_granted(view, REMEDY))
        .check(common::not_already_dismissed(view, REMEDY))
        .check(not_a_registrant(ctx))
        .check(convicted_since_1973(view));
    match path_of(view) {
        Path::Probation => a.checks(probation_path(ctx, view)),
        Path::Misdemeanor => a.checks(misdemeanor_path(ctx, view)),
        Path::Felony => a.checks(felony_path(ctx, view)),
        Path::None => a.check(Check::Fails(&NO_PATH)),
        Path::Reduced => a.check(Check::Fails(&REDUCED_AFTER_CUSTODY)),
        Path::Unknown(field, why) => a.check(Check::Unknown(field, why)),
    };
    a.checks(common::dismissal_blocks(ctx, view))
        .check(Check::Note(&CHECK_YOUR_RECORD))
        .check(Check::Note(&DA_MAY_OBJECT));
    Some(a.finish(Decision::Automatic, ctx.as_of))
}
