//! Proposition 47 (PC 1170.18) — reducing certain theft and drug felonies to misdemeanors.
//!
//! A felony for an offense Prop 47 made a misdemeanor (drug possession, shoplifting, theft,
//! forgery of a check or money order, bad checks and receiving stolen property of $950 or less,
//! petty theft with a prior) can be redesignated (sentence finished, 1170.18(f)–(g)) or
//! resentenced (still serving, 1170.18(a)–(b)), unless the person has a super-strike or PC 290
//! prior (1170.18(i)). Forgery also turns on what was forged and on an identity theft conviction
//! (PC 473(b)); petty theft with a prior on a PC 368(d)/(e) conviction (PC 666(b)).
//! <https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=1170.18>

use crate::engine::case::{Answer, Level, RemedyId};
use crate::engine::catalog::flag;
use crate::engine::common;
use crate::engine::context::{ConvictionView, Ctx, Known};
use crate::engine::params::{PROP_47_DEADLINE, PROP_47_EFFECTIVE};
use crate::engine::report::{Decision, Item, Why};
use crate::engine::rule::{Assessment, Check};

const REMEDY: RemedyId = RemedyId::Prop47;

pub static COVERED: Why = Why {
    code: "prop47_offense",
    cite: "PC 1170.18(a), (f)",
    text: "Proposition 47 made this kind of offense a misdemeanor. A felony conviction for it can be changed to a misdemeanor.",
    es: "La Proposición 47 convirtió este tipo de delito en delito menor. Una condena por delito grave por este delito se puede cambiar a delito menor.",
};
pub static NOT_COVERED: Why = Why {
    code: "not_prop47_offense",
    cite: "PC 1170.18(a)",
    text: "This offense is not one that Proposition 47 changed.",
    es: "Este delito no es uno de los que cambió la Proposición 47.",
};
pub static ALREADY_MISDEMEANOR: Why = Why {
    code: "already_misdemeanor",
    cite: "PC 1170.18(a)",
    text: "This conviction is already a misdemeanor, which is what Proposition 47 would give.",
    es: "Esta condena ya es por delito menor, que es lo que daría la Proposición 47.",
};
pub static LEVEL_UNKNOWN: Why = Why {
    code: "level_unknown",
    cite: "PC 1170.18(a)",
    text: "We need to know if this conviction was a felony. Proposition 47 changes felonies into misdemeanors.",
    es: "Necesitamos saber si esta condena fue por delito grave. La Proposición 47 cambia delitos graves a delitos menores.",
};
pub static AFTER_PROP_47: Why = Why {
    code: "offense_after_prop47",
    cite: "PC 1170.18(a)",
    text: "The offense happened after November 4, 2014, when Proposition 47 already applied.",
    es: "El delito ocurrió después del 4 de noviembre de 2014, cuando la Proposición 47 ya estaba vigente.",
};
pub static VALUE_OVER: Why = Why {
    code: "value_over_950",
    cite: "PC 1170.18(a); PC 490.2",
    text: "The value was over $950, so Proposition 47 does not change this offense.",
    es: "El valor fue de más de $950. Por eso la Proposición 47 no cambia este delito.",
};
pub static VALUE_UNKNOWN: Why = Why {
    code: "value_unknown",
    cite: "PC 1170.18(a); PC 490.2",
    text: "We need to know if the value involved was over $950. Police reports or the court file may show it.",
    es: "Necesitamos saber si el valor en juego fue de más de $950. El reporte de la policía o el expediente de la corte pueden mostrarlo.",
};
pub static DISQUALIFYING_PRIOR: Why = Why {
    code: "super_strike_or_290_prior",
    cite: "PC 1170.18(i)",
    text: "People with a conviction for a very serious offense (a \"super strike\") or one that needs sex-offender registration cannot use Proposition 47.",
    es: "Las personas con una condena por un delito muy grave (un \"super strike\") o por un delito que requiere registro como delincuente sexual no pueden usar la Proposición 47.",
};
pub static SUPER_STRIKE_UNKNOWN: Why = Why {
    code: "super_strike_unknown",
    cite: "PC 1170.18(i)",
    text: "We need to know if you were ever convicted of a very serious offense such as murder, attempted murder or a violent sex offense (a \"super strike\").",
    es: "Necesitamos saber si usted alguna vez tuvo una condena por un delito muy grave, como asesinato, intento de asesinato o un delito sexual violento (un \"super strike\").",
};
pub static REGISTRANT_UNKNOWN: Why = Why {
    code: "registration_unknown",
    cite: "PC 1170.18(i)",
    text: "We need to know if you must register as a sex offender (PC 290).",
    es: "Necesitamos saber si usted tiene que registrarse como delincuente sexual (PC 290).",
};
pub static MUST_GRANT: Why = Why {
    code: "prop47_must_grant",
    cite: "PC 1170.18(g)",
    text: "If you qualify, the court must change the felony to a misdemeanor.",
    es: "Si usted califica, la corte tiene que cambiar el delito grave a delito menor.",
};
pub static LATE_GOOD_CAUSE: Why = Why {
    code: "prop47_late_good_cause",
    cite: "PC 1170.18(j)",
    text: "The normal deadline was November 4, 2022. You can still apply, but you must give the judge a good reason (\"good cause\") for applying late, so the judge decides.",
    es: "La fecha límite normal fue el 4 de noviembre de 2022. Todavía puede presentar su solicitud, pero tiene que darle al juez una buena razón (\"good cause\") para presentarla tarde. Por eso el juez decide.",
};
pub static FIREARMS_STAY: Why = Why {
    code: "prop47_firearms",
    cite: "PC 1170.18(k)",
    text: "After the change the conviction is a misdemeanor for all purposes, except that the felony ban on owning guns stays. You can then ask for a dismissal (PC 1203.4 or 1203.4a).",
    es: "Después del cambio, la condena es un delito menor para todo, excepto que sigue la prohibición de tener armas de fuego por delito grave. Después puede pedir la desestimación de la condena (PC 1203.4 o 1203.4a).",
};

/// 1170.18(a): the offense is one that "would have been guilty of a misdemeanor under [Prop 47]".
fn prop_47_offense(view: &ConvictionView) -> Check {
    match view.flag(flag::PROP47) {
        Known::Yes => Check::Holds(&COVERED),
        Known::No => Check::Fails(&NOT_COVERED),
        Known::Unknown => Check::Unknown(view.field("offense"), &common::UNKNOWN_OFFENSE),
    }
}

pub static FORGERY_INSTRUMENT: Why = Why {
    code: "forgery_instrument_decides",
    cite: "PC 473(b); PC 1170.18(a)",
    text: "Proposition 47 changed forgery only when it was of a check, bond, bank bill, note, cashier's check, traveler's check or money order worth $950 or less. It did not change forgery of other papers, such as a deed, a will or a court record. Your court papers or the police report show what was forged.",
    es: "La Proposición 47 cambió la falsificación solo cuando fue de un cheque, bono, billete de banco, pagaré, cheque de caja, cheque de viajero o giro postal de $950 o menos. No cambió la falsificación de otros documentos, como una escritura, un testamento o un registro de la corte. Sus papeles de la corte o el reporte de la policía muestran qué se falsificó.",
};
pub static FORGERY_AND_IDENTITY_THEFT: Why = Why {
    code: "forgery_with_identity_theft",
    cite: "PC 473(b)",
    text: "Proposition 47 does not reduce forgery for a person who is also convicted of identity theft (PC 530.5). A lawyer can check whether this applies to you.",
    es: "La Proposición 47 no reduce la falsificación de una persona que también tiene una condena por robo de identidad (PC 530.5). Un abogado puede revisar si esto se aplica a su caso.",
};
pub static ELDER_THEFT_PRIOR: Why = Why {
    code: "petty_theft_prior_elder_theft",
    cite: "PC 666(b); PC 1170.18(a)",
    text: "After Proposition 47, petty theft with a prior can still be a felony for a person with a conviction for theft from an elder or dependent adult (PC 368(d) or (e)). So Proposition 47 does not reduce it. A lawyer can check whether this applies to you.",
    es: "Después de la Proposición 47, el robo menor con antecedente todavía puede ser delito grave. Eso pasa si la persona tiene una condena por robo a un adulto mayor o dependiente (PC 368(d) o (e)). Por eso la Proposición 47 no lo reduce. Un abogado puede revisar si esto se aplica a su caso.",
};
pub static ELDER_THEFT_UNKNOWN: Why = Why {
    code: "elder_theft_subdivision_unknown",
    cite: "PC 666(b); PC 1170.18(a)",
    text: "We need to know which part (subdivision) of PC 368 your other conviction was under. Theft from an elder or dependent adult (368(d) or (e)) keeps petty theft with a prior a possible felony. Look for the full code on your court papers or RAP sheet.",
    es: "Necesitamos saber qué parte (subdivisión) del PC 368 corresponde a su otra condena. El robo a un adulto mayor o dependiente (368(d) o (e)) hace que el robo menor con antecedente todavía pueda ser delito grave. Busque el código completo en sus papeles de la corte o en su récord (RAP sheet).",
};

/// A catalog key is this section or one of its subdivisions (`PC470`, `PC470(D)`; not `PC470A`).
fn is_section(key: &str, section: &str) -> bool {
    key == section
        || key
            .strip_prefix(section)
            .is_some_and(|r| r.starts_with('('))
}

/// The forgery entries Prop 47 reaches through PC 473(b): PC 470 (and its subdivisions), PC 475
/// (possessing a forged check or note with intent to defraud) and PC 476 (a fictitious check),
/// which PC 473 punishes as forgery (People v. Franco (2016) 245 Cal.App.4th 679, of 475(a)),
/// and PC 473 itself.
fn is_forgery(view: &ConvictionView) -> bool {
    view.offense.is_some_and(|o| {
        ["PC470", "PC473", "PC475", "PC476"]
            .iter()
            .any(|s| is_section(o.key(), s))
    })
}

pub static BAD_CHECK_PRIORS: Why = Why {
    code: "bad_check_three_priors",
    cite: "PC 476a(b)",
    text: "Your answers show three or more earlier convictions for forgery or bad checks. With those, a bad check of $950 or less can still be a felony after Proposition 47, so it does not reduce it. A lawyer can check this.",
    es: "Sus respuestas muestran tres o más condenas anteriores por falsificación o cheques sin fondos. Con ellas, un cheque sin fondos de $950 o menos todavía puede ser delito grave después de la Proposición 47. Por eso no lo reduce. Un abogado puede revisarlo.",
};

/// PC 476a(b) (as amended by Prop 47): a bad check of $950 or less is a misdemeanor "except that
/// the person may instead be punished pursuant to subdivision (h) of Section 1170 if that person
/// has previously been convicted of three or more violations of Section 470, 475, or 476, or of
/// this section" [Med: read in the section's earlier text and a practitioner summary; the
/// current text was not re-read]. Three such earlier convictions in the file: not a misdemeanor
/// under the act (1170.18(a)).
fn bad_check_without_three_priors(ctx: &Ctx, view: &ConvictionView) -> Check {
    if !view.offense.is_some_and(|o| is_section(o.key(), "PC476A")) {
        return Check::Pass;
    }
    let offense_latest = view.offense_date().latest();
    let priors = ctx
        .others(view)
        .filter(|o| {
            o.offense.is_some_and(|e| {
                ["PC470", "PC475", "PC476", "PC476A"]
                    .iter()
                    .any(|s| is_section(e.key(), s))
            })
        })
        .filter(|o| o.conviction.convicted_on.earliest() < offense_latest)
        .count();
    if priors >= 3 {
        Check::Fails(&BAD_CHECK_PRIORS)
    } else {
        Check::Pass
    }
}

/// PC 473(b): "any person who is guilty of forgery relating to a check, bond, bank bill, note,
/// cashier's check, traveler's check, or money order, where the value of the check, bond, bank
/// bill, note, cashier's check, traveler's check, or money order does not exceed nine hundred
/// fifty dollars ($950), shall be punishable by imprisonment in a county jail for not more than
/// one year" — every other forgery stays punishable under 473(a) ("imprisonment in a county jail
/// for not more than one year, or by imprisonment pursuant to subdivision (h) of Section 1170").
/// PC 470 reaches far more papers than these (470(c): "any record of any will, codicil,
/// conveyance, or other instrument"; 470(d): "power of attorney, certificate of ownership …").
/// The case file does not say what was forged, so a forgery conviction asks (`offense`); the
/// value itself is `value_over_950`.
fn forgery_of_listed_instrument(view: &ConvictionView) -> Check {
    if is_forgery(view) {
        Check::Unknown(view.field("offense"), &FORGERY_INSTRUMENT)
    } else {
        Check::Pass
    }
}

pub static VEHICLE_TAKING: Why = Why {
    code: "vehicle_taking_decides",
    cite: "VC 10851; PC 490.2; People v. Page (2017)",
    text: "Proposition 47 covers this Vehicle Code offense only when it was the theft of a car worth $950 or less: taking it to keep it. Driving a car without permission, without that theft, is not covered. Your court papers or a lawyer can tell which it was.",
    es: "La Proposición 47 cubre este delito del Código de Vehículos solo cuando fue el robo de un carro que valía $950 o menos, es decir, llevárselo para quedárselo. Manejar un carro sin permiso, sin ese robo, no está cubierto. Sus papeles de la corte o un abogado le pueden decir cuál fue.",
};

/// VC 10851 ("drives or takes a vehicle not his or her own … with intent either to permanently
/// or temporarily deprive the owner"): Prop 47's PC 490.2 reaches it only as theft — a taking
/// with intent to deprive permanently, of a vehicle worth $950 or less (People v. Page (2017) 3
/// Cal.5th 1175: the theft form of 10851 is covered; driving without a theft is not). The case
/// file does not say which, so it asks (`offense`); the value itself is `value_over_950`.
fn vehicle_taking_was_theft(view: &ConvictionView) -> Check {
    if view.offense.is_some_and(|o| is_section(o.key(), "VC10851")) {
        Check::Unknown(view.field("offense"), &VEHICLE_TAKING)
    } else {
        Check::Pass
    }
}

/// PC 473(b): "This subdivision shall not be applicable to any person who is convicted both of
/// forgery and of identity theft, as defined in Section 530.5." The statute does not say the two
/// must be in one case, so any PC 530.5 conviction in the file excludes (the stricter reading;
/// the reason sends the person to a lawyer).
fn forgery_without_identity_theft(ctx: &Ctx, view: &ConvictionView) -> Check {
    let identity_theft = ctx.others(view).any(|o| {
        o.offense
            .is_some_and(|off| is_section(off.key(), "PC530.5"))
    });
    if is_forgery(view) && identity_theft {
        Check::Fails(&FORGERY_AND_IDENTITY_THEFT)
    } else {
        Check::Pass
    }
}

/// PC 666 as amended by Prop 47: (a) "Notwithstanding Section 490, any person described in
/// subdivision (b) who, having been convicted of petty theft, grand theft, a conviction pursuant
/// to subdivision (d) or (e) of Section 368, … and who is subsequently convicted of petty theft,
/// is punishable by imprisonment in the county jail not exceeding one year, or in the state
/// prison"; (b) describes a PC 290 registrant, a person with a super-strike prior (both already
/// excluded by 1170.18(i)) or one who "has a conviction pursuant to subdivision (d) or (e) of
/// Section 368". Such a person would still be guilty of a wobbler, not "guilty of a misdemeanor
/// under the act" (1170.18(a)). A 368(d)/(e) conviction anywhere in the file excludes, whatever
/// its date (the stricter reading); a PC 368 with no subdivision asks which it was.
fn petty_theft_prior_without_elder_theft(ctx: &Ctx, view: &ConvictionView) -> Check {
    if !view.offense.is_some_and(|o| is_section(o.key(), "PC666")) {
        return Check::Pass;
    }
    let mut unknown = None;
    for o in ctx.others(view) {
        let Some(key) = o.offense.map(|off| off.key()) else {
            continue;
        };
        if is_section(key, "PC368(D)") || is_section(key, "PC368(E)") {
            return Check::Fails(&ELDER_THEFT_PRIOR);
        }
        if key == "PC368" && unknown.is_none() {
            unknown = Some(o.field("offense"));
        }
    }
    match unknown {
        Some(field) => Check::Unknown(field, &ELDER_THEFT_UNKNOWN),
        None => Check::Pass,
    }
}

/// Prop 47 reduces felonies: a misdemeanor has nothing to gain.
fn is_felony(view: &ConvictionView) -> Check {
    match view.effective_level() {
        Level::Felony => Check::Pass,
        Level::Unsure => Check::Unknown(view.field("level"), &LEVEL_UNKNOWN),
        _ => Check::Fails(&ALREADY_MISDEMEANOR),
    }
}

/// 1170.18(a): for an offense committed before Prop 47 took effect (5 November 2014).
fn committed_before_prop_47(view: &ConvictionView) -> Check {
    let c = view.conviction;
    // With no offence date, only a conviction before the cut-off settles it.
    if c.offense_on.is_none() && c.convicted_on.latest() >= PROP_47_EFFECTIVE {
        return Check::Unknown(view.field("offense_on"), &AFTER_PROP_47);
    }
    let when = view.offense_date();
    if when.latest() < PROP_47_EFFECTIVE {
        Check::Pass
    } else if when.earliest() >= PROP_47_EFFECTIVE {
        Check::Fails(&AFTER_PROP_47)
    } else {
        Check::Unknown(view.field("offense_on"), &AFTER_PROP_47)
    }
}

/// PC 490.2, 459.5, 473, 476a, 496: only where the value was $950 or less.
fn value_950_or_less(view: &ConvictionView) -> Check {
    if view.flag(flag::VALUE) != Known::Yes {
        return Check::Pass;
    }
    match view.conviction.value_over_950 {
        Answer::No => Check::Pass,
        Answer::Yes => Check::Fails(&VALUE_OVER),
        Answer::Unsure => Check::Unknown(view.field("value_over_950"), &VALUE_UNKNOWN),
    }
}

/// 1170.18(i): no prior super-strike (PC 667(e)(2)(C)(iv)) or PC 290 conviction.
fn no_disqualifying_prior(ctx: &Ctx, view: &ConvictionView) -> Vec<Check> {
    // The test is a conviction, not current registration: a registrable or super-strike
    // conviction anywhere in the file excludes, whatever the person-level answers say.
    let in_file = ctx.others(view).any(|o| {
        o.offense
            .is_some_and(|off| off.has(flag::REGISTRABLE) || off.has(flag::SUPER_STRIKE))
    });
    vec![
        if in_file {
            Check::Fails(&DISQUALIFYING_PRIOR)
        } else {
            Check::Pass
        },
        match ctx.super_strike() {
            Answer::No => Check::Pass,
            Answer::Yes => Check::Fails(&DISQUALIFYING_PRIOR),
            Answer::Unsure => Check::Unknown(
                "person.super_strike_conviction".into(),
                &SUPER_STRIKE_UNKNOWN,
            ),
        },
        match ctx.person().registered_sex_offender {
            Answer::No => Check::Pass,
            Answer::Yes => Check::Fails(&DISQUALIFYING_PRIOR),
            Answer::Unsure => {
                Check::Unknown("person.registered_sex_offender".into(), &REGISTRANT_UNKNOWN)
            }
        },
    ]
}

pub static RESENTENCING: Why = Why {
    code: "prop47_resentencing_risk",
    cite: "PC 1170.18(b)",
    text: "You are still serving this sentence, so this is resentencing: the court reduces the felony unless it finds you would pose an unreasonable risk of danger to public safety.",
    es: "Usted todavía está cumpliendo esta sentencia, así que esto es una nueva sentencia. La corte reduce el delito grave, a menos que decida que usted sería un riesgo no razonable de peligro para la seguridad pública.",
};
pub static MAYBE_RESENTENCING: Why = Why {
    code: "prop47_sentence_may_be_running",
    cite: "PC 1170.18(b), (f)–(g)",
    text: "If you have finished this sentence, the court must reduce the felony. If you are still serving it, the court may refuse if it finds you a risk to public safety.",
    es: "Si usted ya terminó esta sentencia, la corte tiene que reducir el delito grave. Si todavía la está cumpliendo, la corte puede negarlo si decide que usted es un riesgo para la seguridad pública.",
};

/// 1170.18(a)–(b) against (f)–(g): a person "currently serving a sentence" is resentenced
/// "unless the court, in its discretion, determines that resentencing the petitioner would
/// pose an unreasonable risk of danger to public safety" (b); a person "who has completed his
/// or her sentence" has the felony designated a misdemeanor: "the court shall designate" (g).
fn serving_or_completed(ctx: &Ctx, view: &ConvictionView) -> (Check, Decision) {
    if common::still_serving_this_sentence(ctx, view) {
        (Check::Holds(&RESENTENCING), Decision::Discretionary)
    } else if view.sentence_ended() {
        (Check::Pass, Decision::Mandatory)
    } else {
        (Check::Note(&MAYBE_RESENTENCING), Decision::Discretionary)
    }
}

/// 1170.18(j): filed by 4 November 2022, or later "upon a showing of good cause".
fn deadline(ctx: &Ctx) -> (Check, Decision) {
    if ctx.as_of <= PROP_47_DEADLINE {
        (Check::Holds(&MUST_GRANT), Decision::Mandatory)
    } else {
        (Check::Holds(&LATE_GOOD_CAUSE), Decision::Discretionary)
    }
}

pub fn assess(ctx: &Ctx, view: &ConvictionView) -> Option<Item> {
    if view.flag(flag::PROP47) != Known::Yes && !view.granted(REMEDY) {
        return None;
    }
    let mut a = Assessment::new(REMEDY, &view.subject);
    a.check(common::not_already_granted(view, REMEDY))
        .check(prop_47_offense(view))
        .check(is_felony(view))
        .check(committed_before_prop_47(view))
        .check(value_950_or_less(view))
        .check(forgery_of_listed_instrument(view))
        .check(vehicle_taking_was_theft(view))
        .check(bad_check_without_three_priors(ctx, view))
        .check(forgery_without_identity_theft(ctx, view))
        .check(petty_theft_prior_without_elder_theft(ctx, view))
        .checks(no_disqualifying_prior(ctx, view));
    let (check, late) = deadline(ctx);
    let (stage, stage_decision) = serving_or_completed(ctx, view);
    let decision = if late == Decision::Mandatory && stage_decision == Decision::Mandatory {
        Decision::Mandatory
    } else {
        Decision::Discretionary
    };
    // "The court must grant" would contradict a resentencing the court may refuse.
    let check = if stage_decision == Decision::Discretionary && late == Decision::Mandatory {
        Check::Pass
    } else {
        check
    };
    a.check(stage)
        .check(check)
        .check(Check::Note(&FIREARMS_STAY));
    Some(a.finish(decision, ctx.as_of))
}
