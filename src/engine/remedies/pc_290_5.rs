//! PC 290.5 — ending sex-offender registration (tiered registration, SB 384, from 2021).
//!
//! Tier 1 registrants may petition after 10 years, tier 2 after 20, counted from release from
//! custody for the registrable offense; tier 3 is for life. The petition is filed on or after the
//! next birthday after the period ends; the case file has no date of birth, so the date given is
//! the latest that birthday can be. DOJ assigns the tier. [Med: tier from the catalog]
//! <https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=290.5>

use crate::engine::case::{Answer, Level, ProbationOutcome, RemedyId, Sentence};
use crate::engine::catalog::{self, flag};
use crate::engine::common;
use crate::engine::context::{ConvictionView, Ctx, Known};
use crate::engine::dates::years_after;
use crate::engine::params::{
    FAILURE_TO_REGISTER_FELONY_YEARS, FAILURE_TO_REGISTER_MISDEMEANOR_YEARS, PETITIONS_OPEN_290_5,
    TIER_1_YEARS, TIER_2_YEARS,
};
use crate::engine::report::{Decision, Item, Why};
use crate::engine::rule::{Assessment, Check};
use chrono::NaiveDate;

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
pub static NEXT_BIRTHDAY: Why = Why {
    code: "next_birthday_after_period",
    cite: "PC 290.5(a)(1)",
    text: "You can file on your first birthday after the minimum period ends, or later. We do not know your date of birth, so the date shown is the latest that birthday can be: one year after the period ends. If the period ended before 1 July 2021, it is 1 July 2022. If your birthday comes sooner, a lawyer can tell you if you can file sooner.",
    es: "Usted puede presentar la petición a partir de su primer cumpleaños después de que termine el periodo mínimo. No sabemos su fecha de nacimiento. Por eso mostramos la fecha más tardía posible para ese cumpleaños: un año después de que termine el periodo. Si el periodo terminó antes del 1 de julio de 2021, es el 1 de julio de 2022. Si su cumpleaños llega antes, un abogado puede decirle si puede presentarla antes.",
};
pub static DA_MAY_OBJECT: Why = Why {
    code: "da_may_ask_hearing",
    cite: "PC 290.5(a)(3)",
    text: "The district attorney may ask for a hearing; then the judge decides.",
    es: "El fiscal puede pedir una audiencia. En ese caso, el juez decide.",
};

fn tier_wait(ctx: &Ctx, view: &ConvictionView) -> Check {
    let c = view.conviction;
    // 290(d)(1)(A): "a tier one offender is a person who is required to register for conviction
    // of a misdemeanor described in subdivision (c)" — the tier-three offences of (d)(3) are
    // felonies, so a misdemeanor conviction is tier one unless its offence is tier two only.
    // The level as convicted: a later 17(b) reduction does not lower the tier (PC 17(e): it
    // does not relieve the duty to register; People v. Manzoor (2023) 95 Cal.App.5th 548).
    let misdemeanor = matches!(
        view.conviction.level,
        Level::Misdemeanor | Level::Infraction
    );
    let tier_2_only = view.flag(flag::TIER2) == Known::Yes && view.flag(flag::TIER1) != Known::Yes;
    let second = second_647_6(ctx, view);
    if misdemeanor && !tier_2_only {
        // A second PC 647.6 is tier two even as a misdemeanor (290(d)(2)(A)).
        let (years, why) = if second {
            (TIER_2_YEARS, &TIER_2)
        } else {
            (TIER_1_YEARS, &TIER_1)
        };
        let start = c
            .released_from_custody_on
            .unwrap_or(c.convicted_on)
            .latest();
        let end = years_after(start, years + failure_to_register_years(ctx, view, start));
        return match later_custody_days(ctx, view, start) {
            Some(days) => Check::From(end + chrono::Days::new(days), true, why),
            None => Check::Unknown(view.field("released_from_custody_on"), &TOLLING_UNKNOWN),
        };
    }
    if view.flag(flag::TIER3) == Known::Yes {
        return Check::Fails(&TIER_3);
    }
    let tier_2 = view.flag(flag::TIER2) == Known::Yes
        || second
        || (view.flag(flag::TIER1) != Known::Yes
            && c.level == Level::Felony
            && (view.flag(flag::SERIOUS) == Known::Yes || view.flag(flag::VIOLENT) == Known::Yes));
    let (years, why) = if tier_2 {
        (TIER_2_YEARS, &TIER_2)
    } else {
        (TIER_1_YEARS, &TIER_1)
    };
    let start = c.released_from_custody_on.unwrap_or(c.convicted_on);
    let end = years_after(
        start.latest(),
        years + failure_to_register_years(ctx, view, start.latest()),
    );
    match later_custody_days(ctx, view, start.latest()) {
        Some(days) => Check::From(end + chrono::Days::new(days), true, why),
        None => Check::Unknown(view.field("released_from_custody_on"), &TOLLING_UNKNOWN),
    }
}

/// PC 290(d)(2)(A): tier two includes "Section 647.6 if it is a second or subsequent conviction
/// for that offense that was brought and tried separately". Another PC 647.6 conviction in the
/// file with an earlier date makes this one such (whether it was tried separately is not
/// asked: the stricter reading).
fn second_647_6(ctx: &Ctx, view: &ConvictionView) -> bool {
    let is_647_6 = |o: &ConvictionView| o.offense.is_some_and(|e| e.key().starts_with("PC647.6"));
    is_647_6(view)
        && ctx.others(view).any(|o| {
            is_647_6(o)
                && o.conviction.convicted_on.earliest() < view.conviction.convicted_on.latest()
        })
}

/// PC 290.5(a)(1): a tier one or tier two registrant "may file a petition … on or after their
/// next birthday after July 1, 2021, following the expiration of the person's mandated minimum
/// registration period". The case file has no date of birth, so the petition day is dated on
/// the latest that birthday can be: one year after the later of the period's end and 1 July 2021
/// (a birthday on the very day the period ends is not counted as following it). The tier's own
/// reason stays with the item; the date is approximate. Any other check is passed through.
fn on_or_after_next_birthday(period: Check) -> [Check; 2] {
    match period {
        Check::From(end, _, tier) => [
            Check::Holds(tier),
            Check::From(
                years_after(end.max(PETITIONS_OPEN_290_5), 1),
                true,
                &NEXT_BIRTHDAY,
            ),
        ],
        other => [other, Check::Pass],
    }
}

pub static TOLLING_UNKNOWN: Why = Why {
    code: "registration_tolling_unknown",
    cite: "PC 290(e)",
    text: "Time in custody for a later conviction does not count toward the registration period. We need the dates of that custody (when you were sentenced and released) to give a date.",
    es: "El tiempo bajo custodia por una condena posterior no cuenta para el periodo de registro. Necesitamos las fechas de esa custodia (cuándo le sentenciaron y cuándo salió) para dar una fecha.",
};

/// PC 290(e): the tier period "commences upon release from incarceration, placement, or
/// commitment" and "any subsequent period of incarceration, placement, or commitment … shall
/// toll the minimum registration period" (tolling does not apply to a new registrable offence
/// counted on its own). Custody for a later conviction in the file adds its days, counted from
/// the earliest day of conviction to the latest day of release (also a later sentence of another
/// kind whose release date is given: jail with no probation, or as a condition of probation);
/// `None` when a later custody sentence's release is not known.
fn later_custody_days(ctx: &Ctx, view: &ConvictionView, start: chrono::NaiveDate) -> Option<u64> {
    let mut days = 0u64;
    for other in ctx.others(view) {
        let o = other.conviction;
        if o.convicted_on.latest() <= start {
            continue;
        }
        let custody = matches!(
            o.sentence,
            Sentence::CountyJail | Sentence::Split | Sentence::Prison
        ) || other.probation_outcome() == ProbationOutcome::Revoked;
        // A release date given for any other sentence (jail with no probation, jail as a
        // condition of probation) is incarceration too.
        if !custody && o.released_from_custody_on.is_none() {
            continue;
        }
        let released = o.released_from_custody_on?;
        let span = released
            .latest()
            .signed_duration_since(o.convicted_on.earliest());
        days += span.num_days().max(0) as u64;
    }
    Some(days)
}

/// PC 290(e): "The minimum time period shall be extended by one year for each misdemeanor
/// conviction of failing to register under this act, and by three years for each felony
/// conviction of failing to register under this act, without regard to the actual time served
/// in custody for the conviction" (SB 384; as the San Bernardino County Public Defender's FAQ
/// also puts it: "A felony conviction for failing to register adds 3 years … A misdemeanor
/// conviction … adds 1 year"). Each PC 290.018 conviction after the period began counts; one of
/// unknown level counts as a felony (the later date). [Med: statute text from SB 384, not re-read
/// on leginfo]
fn failure_to_register_years(ctx: &Ctx, view: &ConvictionView, start: NaiveDate) -> u32 {
    ctx.others(view)
        .filter(|o| o.conviction.convicted_on.latest() > start)
        .filter(|o| o.offense.is_some_and(|e| e.key().starts_with("PC290.018")))
        .map(|o| match o.effective_level() {
            Level::Misdemeanor | Level::Infraction => FAILURE_TO_REGISTER_MISDEMEANOR_YEARS,
            Level::Felony | Level::Unsure => FAILURE_TO_REGISTER_FELONY_YEARS,
        })
        .sum()
}

pub static OTHER_TIER: Why = Why {
    code: "other_conviction_tier",
    cite: "PC 290(d); PC 290.5(a)",
    text: "You have another conviction that requires registration. The petition ends the duty to register as a whole, so it waits for the longest period among them.",
    es: "Usted tiene otra condena que requiere registro. La petición termina la obligación de registrarse por completo. Por eso espera el periodo más largo entre ellas.",
};
pub static OTHER_TIER_3: Why = Why {
    code: "other_conviction_tier_3",
    cite: "PC 290(d)(3)",
    text: "Another of your convictions puts you in tier three, which means registering for life, so this petition does not fit.",
    es: "Otra de sus condenas lo pone en el nivel tres, que significa registrarse de por vida. Por eso esta petición no le corresponde.",
};

/// PC 290(d): the tier is the person's ("a tier one offender is a person who …"), and a petition
/// under 290.5 ends the duty to register as a whole: every other registrable conviction's period
/// must have run too (the latest date stands), and one in tier three bars it.
fn other_registrable_convictions(ctx: &Ctx, view: &ConvictionView) -> Vec<Check> {
    let mut out = Vec::new();
    for o in ctx
        .others(view)
        .filter(|o| o.flag(flag::REGISTRABLE) == Known::Yes && !o.granted(REMEDY))
    {
        for check in on_or_after_next_birthday(tier_wait(ctx, o)) {
            out.push(match check {
                Check::From(date, approximate, _) => Check::From(date, approximate, &OTHER_TIER),
                // A section typed without its subdivision carries the strictest of them: which
                // subdivision it was decides.
                Check::Fails(_) if section_without_subdivision(o) => Check::Unknown(
                    o.field("offense"),
                    &crate::engine::classify::SUBDIVISION_DECIDES,
                ),
                Check::Fails(_) => Check::Fails(&OTHER_TIER_3),
                Check::Holds(_) => Check::Pass,
                other => other,
            });
        }
    }
    out
}

/// The record names a section whose listed subdivisions differ (its entry carries their
/// strictest flags).
fn section_without_subdivision(view: &ConvictionView) -> bool {
    catalog::resolve(&view.conviction.offense)
        .is_some_and(|(entry, exact)| exact && !catalog::subdivisions(entry).is_empty())
}

/// The registrant's own probation for this conviction must be over too.
fn own_probation_over(ctx: &Ctx, view: &ConvictionView) -> Check {
    if !view.probation_ongoing() {
        return Check::Pass;
    }
    common::ongoing_probation_end(ctx, view, &common::BLOCKED_BY_OTHER_CASE)
        .unwrap_or(Check::Fails(&common::PROBATION_RUNNING_NO_END))
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
    a.checks(on_or_after_next_birthday(tier_wait(ctx, view)))
        .checks(other_registrable_convictions(ctx, view))
        // PC 290.5(a)(1)–(2): not while on probation, parole or supervision, or in custody.
        .checks(common::not_supervised_or_serving_elsewhere(ctx, view))
        .check(own_probation_over(ctx, view))
        .check(Check::Note(&CLOCK_CAVEAT))
        .check(Check::Note(&DA_MAY_OBJECT));
    Some(a.finish(Decision::Discretionary, ctx.as_of))
}
