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
pub static PRIOR_KEEPS_FELONY: Why = Why {
    code: "prop64_prior_keeps_felony",
    cite: "HS 11359(c)(1); HS 11360(a)(3)(A)",
    text: "You have a conviction for a very serious offense (a \"super strike\") or one that needs sex-offender registration. With that, this offense can still be a felony under today's law, so Proposition 64 may not reduce it. Have a lawyer check this.",
    es: "Usted tiene una condena por un delito muy grave (un \"super strike\") o por un delito que requiere registro como delincuente sexual. Con eso, este delito todavía puede ser un delito grave bajo la ley de hoy. Por eso puede que la Proposición 64 no lo reduzca. Pídale a un abogado que revise esto.",
};
pub static PRIOR_KEEPS_FELONY_GROWING: Why = Why {
    code: "prop64_prior_keeps_felony_cultivation",
    cite: "HS 11358(d); HS 11362.1(a)(3)",
    text: "You have a conviction for a very serious offense (a \"super strike\") or one that needs sex-offender registration. With that, growing more than six plants can still be a felony under today's law, so Proposition 64 may not reduce it. Six plants or fewer is legal for adults 21 and over. Have a lawyer check this.",
    es: "Usted tiene una condena por un delito muy grave (un \"super strike\") o por un delito que requiere registro como delincuente sexual. Con eso, cultivar más de seis plantas todavía puede ser un delito grave bajo la ley de hoy. Por eso puede que la Proposición 64 no lo reduzca. Cultivar seis plantas o menos es legal para adultos de 21 años o más. Pídale a un abogado que revise esto.",
};
pub static PRIOR_SUPER_STRIKE_UNKNOWN: Why = Why {
    code: "super_strike_unknown",
    cite: "HS 11358(d); HS 11359(c)(1); HS 11360(a)(3)(A)",
    text: "We need to know if you were ever convicted of a very serious offense such as murder, attempted murder or a violent sex offense (a \"super strike\"). With one, this offense can still be a felony today.",
    es: "Necesitamos saber si usted alguna vez tuvo una condena por un delito muy grave, como asesinato, intento de asesinato o un delito sexual violento (un \"super strike\"). Con una condena así, este delito todavía puede ser un delito grave hoy.",
};
pub static PRIOR_REGISTRANT_UNKNOWN: Why = Why {
    code: "registration_unknown",
    cite: "HS 11358(d); HS 11359(c)(1); HS 11360(a)(3)(A)",
    text: "We need to know if you must register as a sex offender (PC 290). If you must, this offense can still be a felony today.",
    es: "Necesitamos saber si usted tiene que registrarse como delincuente sexual (PC 290). Si tiene que hacerlo, este delito todavía puede ser un delito grave hoy.",
};
pub static PRIOR_AGE_UNKNOWN: Why = Why {
    code: "age_at_offense_unknown",
    cite: "HS 11358(a), (d); HS 11359(a), (c); HS 11360(a)(1), (a)(3)",
    text: "We need to know if you were under 18 when this happened. Under 18, a super-strike or registration conviction does not make this offense a felony.",
    es: "Necesitamos saber si usted tenía menos de 18 años cuando esto ocurrió. Si tenía menos de 18 años, una condena por un \"super strike\" o por un delito que requiere registro no convierte este delito en delito grave.",
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

/// The sections whose amended text keeps a felony for a person with a super-strike or PC 290(c)
/// prior (see [`no_prior_keeping_felony`], and [`cultivation`] for HS 11358); HS 11357 has no such carve-out, and HS 11360(b)
/// (an ounce or less given away or transported) is outside 11360(a)(3), which reads
/// "notwithstanding paragraph (2)" of (a).
fn prior_can_keep_felony(view: &ConvictionView) -> bool {
    let Some(key) = view.offense.map(|o| o.key()) else {
        return false;
    };
    let in_section = |section: &str| {
        key.strip_prefix(section)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('('))
    };
    (in_section("HS11358") || in_section("HS11359") || in_section("HS11360"))
        && !key.starts_with("HS11360(B)")
}

/// HS 11358 (cultivation) as amended: more than six plants can stay a felony with such a prior
/// (11358(d)); six or fewer is lawful for adults 21 and over (11362.1(a)(3)). The 11358(d) text
/// itself was not read in a statute mirror in the 2026 review: the catalog's source
/// (lacourt.org/page/EXGV130) and the Judicial Council's self-help page ("For people with certain
/// prior convictions or when the offenses involved 'aggravating' factors, these offenses became
/// wobblers", of possession for sale, cultivation and sales) carry it, with practitioner
/// summaries (super-strike or PC 290 prior → felony possible); the rule follows them, the
/// cautious way.
fn cultivation(view: &ConvictionView) -> bool {
    view.offense.is_some_and(|o| o.key().starts_with("HS11358"))
}

/// HS 11358(d)(2) ("two or more prior convictions under subdivision (c)"), 11359(c)(2) ("two or
/// more prior convictions under subdivision (b)") and 11360(a)(3)(B) ("two or more prior
/// convictions under paragraph (2)") keep a felony for a person with two earlier convictions
/// under the same section. Two earlier convictions of that section in the file (before this
/// offense, under either law: the stricter reading) count like a super-strike prior.
fn two_earlier_in_same_section(ctx: &Ctx, view: &ConvictionView) -> bool {
    let section = |v: &ConvictionView| {
        v.offense.map(|o| {
            let key = o.key();
            key.split('(').next().unwrap_or(key).to_string()
        })
    };
    let Some(this) = section(view) else {
        return false;
    };
    let offense_latest = view.offense_date().latest();
    ctx.others(view)
        .filter(|o| section(o).as_deref() == Some(this.as_str()))
        .filter(|o| o.conviction.convicted_on.earliest() < offense_latest)
        .count()
        >= 2
}

/// 11361.8(a), (e) reach only a person who "would not have been guilty of an offense, or who
/// would have been guilty of a lesser offense under the [Act]", relief being "in accordance with
/// Sections 11357, 11358, 11359, 11360 … as those sections have been amended or added by that
/// act". The amended sections keep a felony for a person with a super-strike or PC 290(c) prior:
/// HS 11359(c): "Notwithstanding subdivision (b), a person 18 years of age or over who possesses
/// cannabis for sale may be punished by imprisonment pursuant to subdivision (h) of Section 1170
/// of the Penal Code if: (1) The person has one or more prior convictions for an offense
/// specified in clause (iv) of subparagraph (C) of paragraph (2) of subdivision (e) of Section
/// 667 of the Penal Code or for an offense requiring registration pursuant to subdivision (c) of
/// Section 290 of the Penal Code"; HS 11360(a)(3): "Notwithstanding paragraph (2), a person 18
/// years of age or over may be punished by imprisonment pursuant to subdivision (h) of Section
/// 1170 of the Penal Code for a period of two, three, or four years if: (A) The person has one or
/// more prior convictions for an offense specified in clause (iv) … or for an offense requiring
/// registration pursuant to subdivision (c) of Section 290"; HS 11358(d) likewise for more than
/// six plants (see [`cultivation`]). Whether the reduction still reaches such a person is
/// unsettled, so never a confident "eligible": a known prior → `not_eligible` with a
/// lawyer-review reason; an unsure one → `needs_info`. Under 18 the person is punished as under
/// 11357(b)(1) whatever the priors (11358(a), 11359(a), 11360(a)(1)), so the prior decides
/// nothing.
/// As for Prop 47, a listed super-strike or registrable conviction counts too.
fn no_prior_keeping_felony(ctx: &Ctx, view: &ConvictionView) -> Vec<Check> {
    let under_18 = view.conviction.under_18_at_offense;
    if !prior_can_keep_felony(view) || under_18 == Answer::Yes {
        return vec![Check::Pass];
    }
    let in_file = ctx.others(view).any(|o| {
        o.offense
            .is_some_and(|off| off.has(flag::REGISTRABLE) || off.has(flag::SUPER_STRIKE))
    }) || two_earlier_in_same_section(ctx, view);
    let super_strike = ctx.super_strike();
    let registered = ctx.person().registered_sex_offender;
    let barred = in_file || super_strike == Answer::Yes || registered == Answer::Yes;
    let age = Check::Unknown(view.field("under_18_at_offense"), &PRIOR_AGE_UNKNOWN);
    if barred {
        return vec![match under_18 {
            Answer::No if cultivation(view) => Check::Fails(&PRIOR_KEEPS_FELONY_GROWING),
            Answer::No => Check::Fails(&PRIOR_KEEPS_FELONY),
            _ => age,
        }];
    }
    let mut checks = Vec::new();
    if super_strike == Answer::Unsure {
        checks.push(Check::Unknown(
            "person.super_strike_conviction".into(),
            &PRIOR_SUPER_STRIKE_UNKNOWN,
        ));
    }
    if registered == Answer::Unsure {
        checks.push(Check::Unknown(
            "person.registered_sex_offender".into(),
            &PRIOR_REGISTRANT_UNKNOWN,
        ));
    }
    if !checks.is_empty() && under_18 == Answer::Unsure {
        checks.push(age);
    }
    checks
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
    if common::still_serving_this_sentence(ctx, view) {
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
        .checks(no_prior_keeping_felony(ctx, view))
        .check(Check::Holds(&COVERED));
    let (stage, decision) = serving_or_completed(ctx, view);
    a.check(stage).check(Check::Note(&AUTOMATIC_REVIEW));
    Some(a.finish(decision, ctx.as_of))
}
