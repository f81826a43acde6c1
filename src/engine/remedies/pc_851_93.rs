//! PC 851.93 — automatic arrest record relief.
//!
//! Each month the DOJ seals, on its own, arrests from 1973 on that did not lead to a conviction:
//! a misdemeanor arrest whose charges were dismissed, or one with no charges after a year; a
//! felony arrest with no charges after three years (six for offenses punishable by 8+ years);
//! or an arrest that ended with completed diversion.
//! <https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=851.93>

use crate::engine::case::{ArrestOutcome, Level, RemedyId};
use crate::engine::catalog::flag;
use crate::engine::context::{ArrestView, Ctx};
use crate::engine::dates::{years_after, FuzzyDate};
use crate::engine::params::{
    AUTO_ARREST_FELONY_YEARS, AUTO_ARREST_FIRST_COVERED, AUTO_ARREST_LONG_FELONY_YEARS,
    AUTO_ARREST_LOOK_BACK_OPERATIVE, AUTO_ARREST_MISDEMEANOR_YEARS, AUTO_FELONY_OPERATIVE,
    AUTO_LOOK_BACK, AUTO_RELIEF_OPERATIVE,
};
use crate::engine::report::{Decision, Item, Why};
use crate::engine::rule::{Assessment, Check};

use super::pc_851_91::{date_check, LEVEL_UNKNOWN, OFFENSE_UNKNOWN, OUTCOME_UNKNOWN, PENDING};

const REMEDY: RemedyId = RemedyId::Pc851_93;

pub static MISDEMEANOR_DISMISSED: Why = Why {
    code: "auto_misdemeanor_dismissed",
    cite: "PC 851.93(a)(2)(A)",
    text: "A misdemeanor arrest whose charges were dismissed is sealed by the state on its own.",
    es: "Si el arresto fue por un delito menor y se desestimaron los cargos, el estado sella el arresto por su cuenta.",
};
pub static NO_CHARGES_WAIT: Why = Why {
    code: "auto_no_charges_wait",
    cite: "PC 851.93(a)(2)(B), (C)",
    text: "With no charges filed (or a not-guilty verdict), the state seals the arrest on its own. It does so 1 year after a misdemeanor arrest, and 3 years after a felony arrest (6 for the most serious felonies).",
    es: "Si no se presentaron cargos (o si el veredicto fue de no culpable), el estado sella el arresto por su cuenta. Lo hace 1 año después de un arresto por delito menor, o 3 años después de un arresto por delito grave (6 para los delitos graves más serios).",
};
pub static DIVERSION: Why = Why {
    code: "auto_diversion_completed",
    cite: "PC 851.93(a)(2)(D)",
    text: "You finished diversion, so the state seals the arrest on its own.",
    es: "Usted terminó un programa de desvío (diversion). Por eso el estado sella el arresto por su cuenta.",
};
pub static FELONY_DISMISSED: Why = Why {
    code: "auto_felony_dismissed_not_covered",
    cite: "PC 851.93(a)(2)",
    text: "Automatic relief does not cover a felony arrest whose charges were filed and then dismissed. You can petition the court to seal it (PC 851.91).",
    es: "El alivio automático no cubre un arresto por delito grave si se presentaron cargos y después se desestimaron. Puede presentar una petición a la corte para sellarlo (PC 851.91).",
};
pub static BEFORE_1973: Why = Why {
    code: "before_1973",
    cite: "PC 851.93(a)(1)",
    text: "Automatic relief covers arrests from January 1, 1973 on. Older arrests need a petition.",
    es: "El alivio automático cubre arrestos desde el 1 de enero de 1973. Los arrestos más antiguos necesitan una petición.",
};
pub static FELONY_SINCE: Why = Why {
    code: "auto_felony_arrests_since_2024",
    cite: "PC 851.93 (2024 public-safety budget bill)",
    text: "Automatic relief for felony arrests started on October 1, 2024.",
    es: "El alivio automático para arrestos por delito grave empezó el 1 de octubre de 2024.",
};
pub static REVIEW_SINCE: Why = Why {
    code: "auto_review_since_2022",
    cite: "PC 851.93(a)(1)",
    text: "The state's monthly review started on July 1, 2022.",
    es: "La revisión mensual del estado empezó el 1 de julio de 2022.",
};
pub static LOOK_BACK_SINCE: Why = Why {
    code: "auto_arrest_look_back_since_2024",
    cite: "PC 851.93(a)(1) (SB 731)",
    text: "For arrests before 2021, the state's automatic relief started on October 1, 2024.",
    es: "Para arrestos de antes de 2021, el alivio automático del estado empezó el 1 de octubre de 2024.",
};

/// The day the state's review reached an arrest of this date: 1 July 2022 for arrests from 2021
/// on (AB 1076), 1 October 2024 for older ones (SB 731's look-back to 1973). An approximate
/// date that may fall before 2021 takes the later day.
fn review_reaches(arrested: FuzzyDate) -> (chrono::NaiveDate, &'static Why) {
    if arrested.earliest() < AUTO_ARREST_FIRST_COVERED {
        (AUTO_ARREST_LOOK_BACK_OPERATIVE, &LOOK_BACK_SINCE)
    } else {
        (AUTO_RELIEF_OPERATIVE, &REVIEW_SINCE)
    }
}

fn review_operative(arrested: FuzzyDate) -> Check {
    let (date, why) = review_reaches(arrested);
    Check::operative(date, arrested.latest(), why)
}
pub static ACQUITTAL_CAVEAT: Why = Why {
    code: "auto_acquittal_caveat",
    cite: "PC 851.93(a)(2)(B), (C)",
    text: "The law names a not-guilty verdict, but it also speaks of arrests with no court case, so the state may not clear this one on its own. Sealing by petition (PC 851.91) is granted as of right after an acquittal.",
    es: "La ley menciona el veredicto de no culpable, pero también habla de arrestos sin caso en la corte. Por eso puede que el estado no limpie este arresto por su cuenta. Si usted presenta una petición (PC 851.91), la corte tiene que sellar el arresto, porque el veredicto fue de no culpable.",
};
pub static CHECK_YOUR_RECORD: Why = Why {
    code: "check_your_record",
    cite: "PC 851.93(a)",
    text: "The state acts only on what its records show, and records often have gaps. Ask the DOJ for your record to see if the arrest shows \"relief granted\". If not, you can petition the court (PC 851.91).",
    es: "El estado solo actúa según lo que muestran sus registros, y muchas veces a esos registros les falta información. Pida su récord al Departamento de Justicia (DOJ) para ver si el arresto dice \"relief granted\" (alivio concedido). Si no lo dice, puede presentar una petición a la corte (PC 851.91).",
};

/// 851.93(a)(2)(B)–(C): one calendar year for a misdemeanor arrest; three for a felony; six
/// for "an offense punishable by imprisonment in the state prison for eight years or more" —
/// which includes life terms and offences with no time limit to charge (PC 799): (C) has no
/// exclusion for them, though a petition (PC 851.91(a)(2)) never reaches them. As with the
/// limit to charge (PC 805(a)), a wobbler counts as a felony whatever it was booked as.
fn waits(ctx: &Ctx, view: &ArrestView) -> Result<Vec<(u32, bool)>, Check> {
    // (years, is a felony path)
    let Some(offense) = view.offense else {
        return Err(Check::Unknown(view.field("offense"), &OFFENSE_UNKNOWN));
    };
    let eight_years_or_more =
        offense.has(flag::SOL_6) || offense.has(flag::NO_SOL) || offense.has(flag::LIFE);
    let felony = if eight_years_or_more {
        true
    } else {
        super::pc_851_91::punishable_as_felony(ctx, view, &offense)?
    };
    Ok(if eight_years_or_more {
        vec![(AUTO_ARREST_LONG_FELONY_YEARS, true)]
    } else if felony {
        vec![(AUTO_ARREST_FELONY_YEARS, true)]
    } else {
        vec![(AUTO_ARREST_MISDEMEANOR_YEARS, false)]
    })
}

/// 851.93(a)(2)(A)–(D): which path the arrest is on, and from when.
fn path(ctx: &Ctx, view: &ArrestView) -> Vec<Check> {
    let arrested = view.arrest.arrested_on;
    match view.arrest.outcome {
        ArrestOutcome::NotCharged | ArrestOutcome::Acquitted => match waits(ctx, view) {
            Ok(waits) => {
                let dates: Vec<FuzzyDate> = waits
                    .iter()
                    .map(|(years, felony)| {
                        let wait = years_after(arrested.latest(), *years);
                        let operative = if *felony {
                            AUTO_FELONY_OPERATIVE
                        } else {
                            review_reaches(arrested).0
                        };
                        FuzzyDate::exact(wait.max(operative))
                    })
                    .collect();
                vec![date_check(ctx, view, &dates, &NO_CHARGES_WAIT)]
            }
            Err(check) => vec![check],
        },
        ArrestOutcome::Dismissed => match view.arrest.level {
            Level::Misdemeanor => vec![
                Check::Holds(&MISDEMEANOR_DISMISSED),
                review_operative(arrested),
            ],
            Level::Felony => vec![Check::Fails(&FELONY_DISMISSED)],
            _ => vec![Check::Unknown(view.field("level"), &LEVEL_UNKNOWN)],
        },
        ArrestOutcome::DiversionCompleted => {
            vec![Check::Holds(&DIVERSION), review_operative(arrested)]
        }
        ArrestOutcome::Pending => vec![Check::Fails(&PENDING)],
        ArrestOutcome::Unsure => vec![Check::Unknown(view.field("outcome"), &OUTCOME_UNKNOWN)],
    }
}

/// 851.93(a)(1): "the arrest was on or after January 1, 1973".
fn arrested_since_1973(view: &ArrestView) -> Check {
    if view.arrest.arrested_on.latest() < AUTO_LOOK_BACK {
        Check::Fails(&BEFORE_1973)
    } else {
        Check::Pass
    }
}

pub fn assess(ctx: &Ctx, view: &ArrestView) -> Option<Item> {
    let mut a = Assessment::new(REMEDY, &view.subject);
    a.check(arrested_since_1973(view));
    a.checks(path(ctx, view));
    if view.arrest.level == Level::Felony
        && view.arrest.outcome != ArrestOutcome::DiversionCompleted
    {
        a.check(Check::Note(&FELONY_SINCE));
    }
    if view.arrest.outcome == ArrestOutcome::Acquitted {
        a.check(Check::Note(&ACQUITTAL_CAVEAT));
    }
    a.check(Check::Note(&CHECK_YOUR_RECORD));
    Some(a.finish(Decision::Automatic, ctx.as_of))
}
