//! PC 290.5 — ending sex-offender registration (tiered registration, SB 384, from 2021).
//!
//! Tier 1 registrants may petition after 10 years, tier 2 after 20, counted from release from
//! custody for the registrable offense; tier 3 is for life. The petition is filed on or after the
//! next birthday after the period ends. DOJ assigns the tier. [Med: tier from the catalog]
//! <https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=290.5>

use crate::engine::case::{Answer, Level, RemedyId};
use crate::engine::catalog::flag;
use crate::engine::common;
use crate::engine::context::{ConvictionView, Ctx, Known};
use crate::engine::dates::years_after;
use crate::engine::params::{TIER_1_YEARS, TIER_2_YEARS};
use crate::engine::report::{Decision, Item, Why};
use crate::engine::rule::{Assessment, Check};

const REMEDY: RemedyId = RemedyId::Pc290_5;

pub static TIER_1: Why = Why {
    code: "tier_1_ten_years",
    cite: "PC 290(d)(1); PC 290.5(a)",
    text: "This looks like a tier 1 offense: you may ask to stop registering after 10 years, on or after your next birthday after that. The DOJ decides your tier; have a lawyer check it.",
    es: "Parece un delito de nivel 1 (tier 1). Usted puede pedir dejar de registrarse después de 10 años, a partir de su primer cumpleaños después de ese tiempo. El Departamento de Justicia (DOJ) decide su nivel. Pídale a un abogado que lo revise.",
};
pub static TIER_2: Why = Why {
    code: "tier_2_twenty_years",
    cite: "PC 290(d)(2); PC 290.5(a)",
    text: "This looks like a tier 2 offense: you may ask to stop registering after 20 years, on or after your next birthday after that. The DOJ decides your tier; have a lawyer check it.",
    es: "Parece un delito de nivel 2 (tier 2). Usted puede pedir dejar de registrarse después de 20 años, a partir de su primer cumpleaños después de ese tiempo. El Departamento de Justicia (DOJ) decide su nivel. Pídale a un abogado que lo revise.",
};
pub static TIER_3: Why = Why {
    code: "tier_3_lifetime",
    cite: "PC 290(d)(3)",
    text: "This looks like a tier 3 offense, which means registering for life. A Governor's pardon may be the only path; have a lawyer check your tier.",
    es: "Parece un delito de nivel 3 (tier 3). Eso significa registrarse de por vida. Un indulto del Gobernador puede ser el único camino. Pídale a un abogado que revise su nivel.",
};
pub static REGISTERED_UNKNOWN: Why = Why {
    code: "registration_unknown",
    cite: "PC 290",
    text: "We need to know if you are required to register as a sex offender now.",
    es: "Necesitamos saber si ahora usted tiene la obligación de registrarse como delincuente sexual.",
};
pub static NOT_REGISTRABLE: Why = Why {
    code: "not_registrable",
    cite: "PC 290(c)",
    text: "This offense does not usually require registration.",
    es: "Este delito por lo general no requiere registro como delincuente sexual.",
};
pub static CLOCK_CAVEAT: Why = Why {
    code: "registration_clock_caveat",
    cite: "PC 290.5(a)",
    text: "Time in custody for a later offense does not count, and each failure-to-register conviction adds time. Some tier 2 registrants may ask after 10 years. Have a lawyer check your dates.",
    es: "El tiempo bajo custodia por un delito posterior no cuenta, y cada condena por no registrarse agrega tiempo. Algunas personas del nivel 2 pueden pedirlo después de 10 años. Pida a un abogado que revise sus fechas.",
};
pub static DA_MAY_OBJECT: Why = Why {
    code: "da_may_ask_hearing",
    cite: "PC 290.5(a)(3)",
    text: "The district attorney may ask for a hearing; then the judge decides.",
    es: "El fiscal puede pedir una audiencia. En ese caso, el juez decide.",
};

fn tier_wait(view: &ConvictionView) -> Check {
    if view.flag(flag::TIER3) == Known::Yes {
        return Check::Fails(&TIER_3);
    }
    let c = view.conviction;
    let tier_2 = view.flag(flag::TIER2) == Known::Yes
        || (view.flag(flag::TIER1) != Known::Yes
            && c.level == Level::Felony
            && (view.flag(flag::SERIOUS) == Known::Yes || view.flag(flag::VIOLENT) == Known::Yes));
    let (years, why) = if tier_2 {
        (TIER_2_YEARS, &TIER_2)
    } else {
        (TIER_1_YEARS, &TIER_1)
    };
    let start = c.released_from_custody_on.unwrap_or(c.convicted_on);
    // The birthday rule makes the real date a little later than this one: always approximate.
    Check::From(years_after(start.latest(), years), true, why)
}

pub fn assess(ctx: &Ctx, view: &ConvictionView) -> Option<Item> {
    if view.flag(flag::REGISTRABLE) != Known::Yes
        || ctx.person().registered_sex_offender == Answer::No
    {
        return None;
    }
    let mut a = Assessment::new(REMEDY, &view.subject);
    a.check(common::not_already_granted(view, REMEDY));
    if ctx.person().registered_sex_offender == Answer::Unsure {
        a.check(Check::Unknown(
            "person.registered_sex_offender".into(),
            &REGISTERED_UNKNOWN,
        ));
    }
    a.check(tier_wait(view))
        .check(Check::Note(&CLOCK_CAVEAT))
        .check(Check::Note(&DA_MAY_OBJECT));
    Some(a.finish(Decision::Discretionary, ctx.as_of))
}
