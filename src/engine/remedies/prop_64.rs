//! Proposition 64 (HS 11361.8) — cannabis convictions reduced, dismissed or sealed.
//!
//! For conduct before 9 November 2016 under HS 11357–11360, the court presumes the person
//! qualifies and must recall, dismiss and seal, or redesignate the conviction, unless the
//! prosecutor proves otherwise. No deadline.
//! <https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=HSC&sectionNum=11361.8>

use crate::engine::case::RemedyId;
use crate::engine::catalog::flag;
use crate::engine::common;
use crate::engine::context::{ConvictionView, Ctx, Known};
use crate::engine::params::PROP_64_EFFECTIVE;
use crate::engine::report::{Decision, Item, Why};
use crate::engine::rule::{Assessment, Check};

const REMEDY: RemedyId = RemedyId::Prop64;

pub static COVERED: Why = Why {
    code: "prop64_offense",
    cite: "HS 11361.8(a), (e)",
    text: "Proposition 64 changed the law for this cannabis offense. The court presumes you qualify and must reduce, or dismiss and seal, the conviction unless the prosecutor proves you do not qualify.",
    es: "La Proposición 64 cambió la ley para este delito de cannabis (marihuana). La corte da por hecho que usted califica. La corte tiene que reducir la condena, o desestimarla y sellarla, a menos que el fiscal pruebe que usted no califica.",
};
pub static AFTER_PROP_64: Why = Why {
    code: "offense_after_prop64",
    cite: "HS 11361.8(a)",
    text: "The offense happened after November 8, 2016, when Proposition 64 already applied.",
    es: "El delito ocurrió después del 8 de noviembre de 2016, cuando la Proposición 64 ya estaba vigente.",
};
pub static DATE_UNKNOWN: Why = Why {
    code: "offense_date_unknown",
    cite: "HS 11361.8(a)",
    text: "We need to know when the offense happened: Proposition 64 covers conduct before November 9, 2016.",
    es: "Necesitamos saber cuándo ocurrió el delito. La Proposición 64 cubre hechos de antes del 9 de noviembre de 2016.",
};
pub static STILL_SERVING: Why = Why {
    code: "prop64_public_safety",
    cite: "HS 11361.8(b)",
    text: "While you are still serving the sentence, the court can refuse only if it finds you would be an unreasonable danger to public safety.",
    es: "Mientras todavía cumple la sentencia, la corte solo puede negarlo si decide que usted sería un peligro irrazonable para la seguridad pública.",
};
pub static AUTOMATIC_REVIEW: Why = Why {
    code: "prop64_automatic_review",
    cite: "HS 11361.9",
    text: "Many cannabis records were reviewed automatically, but many were missed. Check your record. If it was not changed, file form CR-400. There is no deadline.",
    es: "Muchos casos de cannabis (marihuana) se revisaron automáticamente, pero muchos quedaron fuera. Revise su récord. Si no cambió, presente el formulario CR-400. No hay fecha límite.",
};

/// 11361.8(a), (e): a conviction for HS 11357, 11358, 11359 or 11360.
fn prop_64_offense(view: &ConvictionView) -> Check {
    common::on_list(view, flag::PROP64, &COVERED)
}

/// 11361.8(a): "would not have been guilty of an offense, or … guilty of a lesser offense" under
/// the Act — conduct before it took effect.
fn conduct_before_prop_64(view: &ConvictionView) -> Check {
    let c = view.conviction;
    match c.offense_on {
        Some(d) if d.latest() < PROP_64_EFFECTIVE => Check::Pass,
        Some(d) if d.earliest() >= PROP_64_EFFECTIVE => Check::Fails(&AFTER_PROP_64),
        Some(_) => Check::Unknown(view.field("offense_on"), &DATE_UNKNOWN),
        None if c.convicted_on.latest() < PROP_64_EFFECTIVE => Check::Pass,
        None => Check::Unknown(view.field("offense_on"), &DATE_UNKNOWN),
    }
}

pub fn assess(ctx: &Ctx, view: &ConvictionView) -> Option<Item> {
    if view.flag(flag::PROP64) != Known::Yes && !view.granted(REMEDY) {
        return None;
    }
    let mut a = Assessment::new(REMEDY, &view.subject);
    a.check(common::not_already_granted(view, REMEDY))
        .check(prop_64_offense(view))
        .check(conduct_before_prop_64(view))
        .check(Check::Holds(&COVERED))
        .check(Check::Note(&AUTOMATIC_REVIEW));
    if view.probation_ongoing() || ctx.person().serving_sentence == crate::engine::case::Answer::Yes
    {
        a.check(Check::Note(&STILL_SERVING));
    }
    Some(a.finish(Decision::Mandatory, ctx.as_of))
}
