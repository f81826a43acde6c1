//! PC 1203.45 — sealing a misdemeanor committed before age 18 and tried in adult court.
//!
//! A person who was under 18 at the offense and is eligible for (or got) a 1203.4 or 1203.4a
//! dismissal may ask the court to seal the conviction and arrest records.
//! <https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=1203.45>

use crate::engine::case::{Answer, Level, RemedyId};
use crate::engine::catalog::{flag, OffenseLevel};
use crate::engine::common::{self, not_on_list};
use crate::engine::context::{ConvictionView, Ctx};
use crate::engine::report::{Decision, Item, Outcome, Why};
use crate::engine::rule::{Assessment, Check};

const REMEDY: RemedyId = RemedyId::Pc1203_45;

pub static UNDER_18: Why = Why {
    code: "under_18_misdemeanor",
    cite: "PC 1203.45(a)",
    text: "You were under 18 when this misdemeanor happened, so the judge may seal the record. Sealed records are treated as if the case never happened.",
    es: "Usted tenía menos de 18 años cuando ocurrió este delito menor. Por eso el juez puede sellar el expediente. Los expedientes sellados se tratan como si el caso nunca hubiera ocurrido.",
};
pub static NOT_UNDER_18: Why = Why {
    code: "not_under_18",
    cite: "PC 1203.45(a)",
    text: "This sealing is only for misdemeanors committed before age 18.",
    es: "Este sellado es solo para delitos menores cometidos antes de los 18 años.",
};
pub static UNDER_18_UNKNOWN: Why = Why {
    code: "age_at_offense_unknown",
    cite: "PC 1203.45(a)",
    text: "We need to know if you were under 18 when this happened.",
    es: "Necesitamos saber si usted tenía menos de 18 años cuando esto ocurrió.",
};
pub static EXCLUDED: Why = Why {
    code: "excluded_offense",
    cite: "PC 1203.45(c)",
    text: "Records cannot be sealed this way for sex offenses that need registration, drug offenses, or driving offenses.",
    es: "Los expedientes no se pueden sellar de esta forma si son por delitos sexuales que requieren registro, delitos de drogas o delitos de manejo.",
};
pub static NEEDS_DISMISSAL: Why = Why {
    code: "needs_dismissal_first",
    cite: "PC 1203.45(a)",
    text: "Sealing needs a dismissal under PC 1203.4 or 1203.4a first (or at the same time); that dismissal does not fit yet.",
    es: "Para sellar, primero se necesita una desestimación de la condena bajo PC 1203.4 o 1203.4a (o las dos cosas al mismo tiempo). Esa desestimación todavía no le corresponde.",
};
pub static FOLLOWS_DISMISSAL: Why = Why {
    code: "follows_dismissal",
    cite: "PC 1203.45(a)",
    text: "You can ask for sealing together with, or after, the dismissal of this conviction.",
    es: "Puede pedir el sellado al mismo tiempo que la desestimación de esta condena, o después.",
};
pub static ONE_CONVICTION: Why = Why {
    code: "one_offense_rule",
    cite: "PC 1203.45(d)",
    text: "This sealing is mostly for people with only one conviction; the law lists some exceptions. A lawyer can tell you if yours fits.",
    es: "Este sellado es sobre todo para personas con una sola condena. La ley tiene algunas excepciones. Un abogado le puede decir si su caso califica.",
};

/// 1203.45(a): "under 18 years of age at the time of commission of the misdemeanor".
fn under_18(view: &ConvictionView) -> Check {
    match view.conviction.under_18_at_offense {
        Answer::Yes => Check::Holds(&UNDER_18),
        Answer::No => Check::Fails(&NOT_UNDER_18),
        Answer::Unsure => Check::Unknown(view.field("under_18_at_offense"), &UNDER_18_UNKNOWN),
    }
}

/// 1203.45(c): not PC 290 offenses, Health & Safety Division 10, or vehicle-operation offenses.
fn offense_not_excluded(view: &ConvictionView) -> Vec<Check> {
    vec![
        not_on_list(view, flag::REGISTRABLE, &EXCLUDED),
        not_on_list(view, flag::HS_DIV10, &EXCLUDED),
        not_on_list(view, flag::VEHICLE_OPERATION, &EXCLUDED),
    ]
}

/// 1203.45(a): "eligible for, or has previously received, the relief provided by Section
/// 1203.4 or 1203.4a" — follows that remedy's outcome and date.
fn dismissal_fits(dismissal: Option<&Item>, view: &ConvictionView) -> Check {
    if view.granted(RemedyId::Pc1203_4) || view.granted(RemedyId::Pc1203_4a) {
        return Check::Pass;
    }
    match dismissal {
        Some(item) => match item.outcome {
            Outcome::Eligible => Check::Holds(&FOLLOWS_DISMISSAL),
            Outcome::EligibleLater => match item.from {
                Some(from) => Check::From(from, item.approximate, &FOLLOWS_DISMISSAL),
                None => Check::Fails(&NEEDS_DISMISSAL),
            },
            Outcome::NeedsInfo => match item.missing.first() {
                Some(field) => Check::Unknown(field.clone(), &NEEDS_DISMISSAL),
                None => Check::Fails(&NEEDS_DISMISSAL),
            },
            Outcome::NotEligible => Check::Fails(&NEEDS_DISMISSAL),
        },
        None => Check::Fails(&NEEDS_DISMISSAL),
    }
}

/// 1203.45(d): the person was convicted of only one offense (with listed exceptions) [Med].
fn only_one_conviction(ctx: &Ctx) -> Check {
    if ctx.convictions.len() <= 1 {
        Check::Pass
    } else {
        Check::Unknown("convictions".into(), &ONE_CONVICTION)
    }
}

/// `dismissal` is this conviction's 1203.4 or 1203.4a item, assessed first.
pub static LEVEL_UNKNOWN: Why = Why {
    code: "level_unknown",
    cite: "PC 1203.45(a)",
    text: "This sealing is only for misdemeanors. We need to know if this conviction was a misdemeanor.",
    es: "Este sellado es solo para delitos menores. Necesitamos saber si esta condena fue por un delito menor.",
};

/// 1203.45(a): "commission of a misdemeanor". An unsure level decides it unless the offence can
/// only be a felony or only an infraction.
fn a_misdemeanor(view: &ConvictionView) -> Option<Check> {
    match view.effective_level() {
        Level::Misdemeanor => Some(Check::Pass),
        Level::Unsure => match view.offense.map(|o| o.level) {
            Some(OffenseLevel::Felony | OffenseLevel::Infraction) => None,
            _ => Some(Check::Unknown(view.field("level"), &LEVEL_UNKNOWN)),
        },
        Level::Felony | Level::Infraction => None,
    }
}

pub fn assess(ctx: &Ctx, view: &ConvictionView, dismissal: Option<&Item>) -> Option<Item> {
    if view.conviction.under_18_at_offense == Answer::No {
        return None;
    }
    let level = a_misdemeanor(view)?;
    let mut a = Assessment::new(REMEDY, &view.subject);
    a.check(common::not_already_granted(view, REMEDY))
        .check(level)
        .check(under_18(view))
        .checks(offense_not_excluded(view))
        .check(dismissal_fits(dismissal, view))
        .check(only_one_conviction(ctx));
    Some(a.finish(Decision::Discretionary, ctx.as_of))
}
