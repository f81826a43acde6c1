//! Proposition 64 (HS 11361.8) — cannabis convictions reduced, dismissed or sealed.
//!
//! For conduct before 9 November 2016 under HS 11357–11360, the court presumes the person
//! qualifies unless the opposing party proves otherwise. A person who has completed the sentence
//! has the conviction dismissed and sealed or redesignated: the court must (11361.8(e)–(f)). A
//! person still serving it (custody, probation, parole, PRCS, mandatory supervision) petitions
//! for recall or dismissal, which the court may refuse for public safety (11361.8(a)–(b)). No
//! deadline.
//! <https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=HSC&sectionNum=11361.8>

use crate::engine::case::{Answer, RemedyId};
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
    text: "Proposition 64 changed the law for this cannabis offense. The court presumes you qualify unless the prosecutor proves you do not.",
    es: "La Proposición 64 cambió la ley para este delito de cannabis (marihuana). La corte da por hecho que usted califica, a menos que el fiscal pruebe que usted no califica.",
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
pub static COMPLETED: Why = Why {
    code: "prop64_must_grant",
    cite: "HS 11361.8(e)–(f)",
    text: "You have finished this sentence, so if you qualify the court must reduce the conviction, or dismiss and seal it.",
    es: "Usted ya terminó esta sentencia. Por eso, si usted califica, la corte tiene que reducir la condena, o desestimarla y sellarla.",
};
pub static STILL_SERVING: Why = Why {
    code: "prop64_public_safety",
    cite: "HS 11361.8(b)",
    text: "You are still serving this sentence (custody, probation or parole), so the judge decides. The court grants it unless it finds you would be an unreasonable danger to public safety.",
    es: "Usted todavía está cumpliendo esta sentencia (en custodia, en libertad condicional o en libertad bajo palabra). Por eso el juez decide. La corte concede la petición, a menos que decida que usted sería un peligro irrazonable para la seguridad pública.",
};
pub static MAYBE_SERVING: Why = Why {
    code: "prop64_sentence_may_be_running",
    cite: "HS 11361.8(b), (e)–(f)",
    text: "If you have finished this sentence, the court must reduce the conviction, or dismiss and seal it. If you are still serving it, including probation or parole, the court may refuse if it finds you a danger to public safety.",
    es: "Si usted ya terminó esta sentencia, la corte tiene que reducir la condena, o desestimarla y sellarla. Si todavía la está cumpliendo, incluida la libertad condicional o la libertad bajo palabra, la corte puede negarlo si decide que usted es un peligro para la seguridad pública.",
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

/// 11361.8(a)–(b) against (e)–(f). A person "currently serving a sentence" petitions for recall
/// or dismissal, and "the court shall grant the petition … unless the court determines that
/// granting the petition would pose an unreasonable risk of danger to public safety. (1) In
/// exercising its discretion, the court may consider …" (b): the court's discretion, so
/// `discretionary`. Parole, PRCS and mandatory supervision are part of the sentence (a person
/// resentenced under (b) is "subject to supervision for one year following completion of their
/// time in custody", (c)). A person "who has completed his or her sentence" applies under (e),
/// and the court "shall" dismiss and seal or redesignate (f): `mandatory`. When it is not known
/// whether the sentence is still running, relief is open either way, so the item stays
/// eligible but never promises the mandatory route: `discretionary`, with a note (as Prop 47).
fn serving_or_completed(ctx: &Ctx, view: &ConvictionView) -> (Check, Decision) {
    let person = ctx.person();
    let serving = view.probation_ongoing()
        || (view.custody_sentence_open()
            && (person.serving_sentence == Answer::Yes
                || person.currently_supervised == Answer::Yes));
    if serving {
        (Check::Holds(&STILL_SERVING), Decision::Discretionary)
    } else if view.sentence_ended() {
        (Check::Holds(&COMPLETED), Decision::Mandatory)
    } else {
        (Check::Note(&MAYBE_SERVING), Decision::Discretionary)
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
        .check(Check::Holds(&COVERED));
    let (stage, decision) = serving_or_completed(ctx, view);
    a.check(stage).check(Check::Note(&AUTOMATIC_REVIEW));
    Some(a.finish(decision, ctx.as_of))
}
