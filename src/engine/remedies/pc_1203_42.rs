//! PC 1203.42 — dismissal of a state-prison sentence imposed before realignment (1 October
//! 2011) for a felony that would now be served in county jail under PC 1170(h).
//! <https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=1203.42>

use crate::engine::case::{Answer, Level, RemedyId, Sentence};
use crate::engine::catalog::flag;
use crate::engine::common::{self, not_on_list, on_list};
use crate::engine::context::{ConvictionView, Ctx};
use crate::engine::dates::years_after;
use crate::engine::params::{PC_1203_42_OPERATIVE, REALIGNMENT, WAIT_1203_42_YEARS};
use crate::engine::report::{Decision, Item, Why};
use crate::engine::rule::{Assessment, Check};

const REMEDY: RemedyId = RemedyId::Pc1203_42;

pub static WAIT: Why = Why {
    code: "two_years_after_sentence",
    cite: "PC 1203.42(a)",
    text: "You can ask two years after you finished the whole sentence, including parole.",
    es: "Puede pedirlo dos años después de terminar toda la sentencia, incluida la libertad bajo palabra.",
};
pub static NOT_REALIGNED: Why = Why {
    code: "not_realigned_offense",
    cite: "PC 1203.42(a)",
    text: "This section covers only offenses that are now punished in county jail (PC 1170(h)). This one is not.",
    es: "Esta sección cubre solo delitos que ahora se castigan con cárcel del condado (PC 1170(h)). Este delito no es uno de ellos.",
};
pub static REGISTRABLE: Why = Why {
    code: "registrable_not_realigned",
    cite: "PC 1170(h)(3)",
    text: "An offense that requires sex-offender registration is served in prison even today, so this section does not fit. Have a lawyer check this.",
    es: "Un delito que requiere registro como delincuente sexual se cumple en prisión aún hoy. Por eso esta sección no le corresponde. Pídale a un abogado que revise esto.",
};
pub static AFTER_REALIGNMENT: Why = Why {
    code: "sentenced_after_realignment",
    cite: "PC 1203.42(a)",
    text:
        "This section is for prison sentences from before October 1, 2011. Use PC 1203.41 instead.",
    es: "Esta sección es para sentencias de prisión de antes del 1 de octubre de 2011. En su lugar, use PC 1203.41.",
};
pub static DISCRETIONARY: Why = Why {
    code: "judge_decides",
    cite: "PC 1203.42(a)",
    text: "The judge may grant this dismissal if it is in the interest of justice.",
    es: "El juez puede conceder esta desestimación si lo considera justo (en el interés de la justicia).",
};

/// 1203.42(a): sentenced to state prison before realignment (1 October 2011).
fn sentenced_before_realignment(view: &ConvictionView) -> Check {
    if view.conviction.convicted_on.latest() < REALIGNMENT {
        Check::Pass
    } else {
        Check::Fails(&AFTER_REALIGNMENT)
    }
}

/// 1203.42(a): the offense "would have been eligible for sentencing pursuant to subdivision (h)
/// of Section 1170" had realignment applied.
fn offense_now_realigned(view: &ConvictionView) -> Vec<Check> {
    vec![
        on_list(view, flag::REALIGNED, &NOT_REALIGNED),
        not_on_list(view, flag::REGISTRABLE, &REGISTRABLE),
    ]
}

pub static H3_DISQUALIFIED: Why = Why {
    code: "h3_disqualifying_conviction",
    cite: "PC 1170(h)(3)",
    text: "Another conviction in your record is a serious or violent felony, or needs sex-offender registration. Such a record would have kept this sentence in state prison even after 2011, so this section does not apply.",
    es: "Otra condena de su récord es por un delito grave serio o violento (serious or violent felony), o requiere registro como delincuente sexual. Con ese récord, esta sentencia habría seguido siendo de prisión estatal aun después de 2011, así que esta sección no aplica.",
};
pub static H3_REGISTRANT_UNKNOWN: Why = Why {
    code: "h3_registration_unknown",
    cite: "PC 1170(h)(3)",
    text: "We need to know if you are required to register as a sex offender: that would have kept this sentence in state prison, so this section would not apply.",
    es: "Necesitamos saber si usted tiene que registrarse como delincuente sexual: eso habría mantenido esta sentencia en prisión estatal, y esta sección no aplicaría.",
};

/// PC 1170(h)(3): a 1170(h) felony is still served in state prison "where the defendant (A) has
/// a prior or current felony conviction for a serious felony described in subdivision (c) of
/// Section 1192.7 or a prior or current conviction for a violent felony described in subdivision
/// (c) of Section 667.5, (B) has a prior felony conviction in another jurisdiction for an offense
/// that has all the elements of a serious felony … or a violent felony …, (C) is required to
/// register as a sex offender pursuant to Chapter 5.5 (commencing with Section 290) of Title 9 of
/// Part 1, or (D) is convicted of a crime and as part of the sentence an enhancement pursuant to
/// Section 186.11 is imposed". Such a person "would not have been eligible" under 1203.42(a).
/// A conviction dated after this sentencing is neither "prior" nor "current", so it does not
/// count; 186.11 is not asked and is noted.
fn no_1170_h_3_disqualifier(ctx: &Ctx, view: &ConvictionView) -> Vec<Check> {
    // "prior or current": a conviction after this sentencing cannot be either.
    let sentenced = view.conviction.convicted_on.latest();
    let disqualifying = ctx
        .convictions
        .iter()
        .filter(|o| o.conviction.convicted_on.earliest() <= sentenced)
        .any(|o| {
            let felony =
                o.conviction.level != Level::Misdemeanor && o.conviction.level != Level::Infraction;
            o.offense.is_some_and(|off| {
                off.has(flag::REGISTRABLE)
                    || (felony && (off.has(flag::SERIOUS) || off.has(flag::VIOLENT)))
            })
        });
    vec![
        if disqualifying {
            Check::Fails(&H3_DISQUALIFIED)
        } else {
            Check::Pass
        },
        match ctx.person().registered_sex_offender {
            Answer::Yes => Check::Fails(&H3_DISQUALIFIED),
            Answer::Unsure => Check::Unknown(
                "person.registered_sex_offender".into(),
                &H3_REGISTRANT_UNKNOWN,
            ),
            Answer::No => Check::Pass,
        },
    ]
}

/// 1203.42(a): "after the lapse of two years following the defendant's completion of the
/// sentence".
fn two_years_after_sentence(ctx: &Ctx, view: &ConvictionView) -> Check {
    match view.conviction.sentence_completed_on {
        Some(done) => Check::From(
            years_after(done.latest(), WAIT_1203_42_YEARS.at(ctx.as_of)),
            done.is_approximate(),
            &WAIT,
        ),
        None => Check::Unknown(
            view.field("sentence_completed_on"),
            &super::pc_1203_41::COMPLETED_UNKNOWN,
        ),
    }
}

pub static REDUCED: Why = Why {
    code: "reduced_use_1203_4a",
    cite: "PC 1203.42(a); PC 1170.18(k); PC 17(b)",
    text: "This conviction was already reduced to a misdemeanor, so it is no longer a felony prison case. It is dismissed under PC 1203.4a instead.",
    es: "Esta condena ya fue reducida a delito menor, así que ya no es un caso de prisión por delito grave. Se desestima bajo otra sección: PC 1203.4a.",
};
pub static SINCE_2018: Why = Why {
    code: "pc_1203_42_since_2018",
    cite: "PC 1203.42 (AB 1115, 2017)",
    text: "This dismissal has been available since January 1, 2018.",
    es: "Esta desestimación existe desde el 1 de enero de 2018.",
};

/// 1203.42(a) is for a felony prison sentence: a conviction already reduced to a misdemeanor
/// "for all purposes" (PC 1170.18(k), PC 17(b)) is dismissed under PC 1203.4a (People v.
/// Khamvongsa), as PC 1203.41 treats it.
fn still_a_felony(view: &ConvictionView) -> Check {
    match view.effective_level() {
        Level::Misdemeanor | Level::Infraction => Check::Fails(&REDUCED),
        _ => Check::Pass,
    }
}

pub fn assess(ctx: &Ctx, view: &ConvictionView) -> Option<Item> {
    let c = view.conviction;
    if c.sentence != Sentence::Prison || c.convicted_on.earliest() >= REALIGNMENT {
        return None;
    }
    let mut a = Assessment::new(REMEDY, &view.subject);
    a.check(common::not_already_granted(view, REMEDY))
        .check(common::not_already_dismissed(view, REMEDY))
        .check(still_a_felony(view))
        .check(sentenced_before_realignment(view))
        .check(Check::operative(
            PC_1203_42_OPERATIVE,
            c.convicted_on.latest(),
            &SINCE_2018,
        ))
        .checks(offense_now_realigned(view))
        .checks(no_1170_h_3_disqualifier(ctx, view))
        .check(two_years_after_sentence(ctx, view))
        .checks(common::dismissal_blocks(ctx, view))
        .check(Check::Holds(&DISCRETIONARY))
        .check(Check::Note(&super::pc_1203_4a::EFFECT));
    Some(a.finish(Decision::Discretionary, ctx.as_of))
}
