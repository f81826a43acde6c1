//! PC 17(b) — reducing a "wobbler" felony to a misdemeanor.
//!
//! When probation was granted for an offense punishable either way, the court may declare it a
//! misdemeanor, at the grant or later on the person's application (17(b)(3)). It is then a
//! misdemeanor "for all purposes". <https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=17>

use crate::engine::case::{Level, ProbationOutcome, RemedyId, Sentence};
use crate::engine::catalog::{flag, OffenseLevel};
use crate::engine::common;
use crate::engine::context::{ConvictionView, Ctx};
use crate::engine::report::{Decision, Item, Why};
use crate::engine::rule::{Assessment, Check};

const REMEDY: RemedyId = RemedyId::Pc17b;

pub static WOBBLER_PROBATION: Why = Why {
    code: "wobbler_with_probation",
    cite: "PC 17(b)(3)",
    text: "This offense can be a felony or a misdemeanor, and you got probation, so the judge may reduce it to a misdemeanor. You can ask even after a dismissal, and on the same form (CR-180).",
    es: "Este delito puede ser delito grave o delito menor, y a usted le dieron libertad condicional. Por eso el juez puede reducirlo a delito menor. Puede pedirlo aun después de una desestimación de la condena, y en el mismo formulario (CR-180).",
};
pub static STRAIGHT_FELONY: Why = Why {
    code: "not_a_wobbler",
    cite: "PC 17(b)",
    text: "This offense can only be a felony, so it cannot be reduced to a misdemeanor.",
    es: "Este delito solo puede ser delito grave. Por eso no se puede reducir a delito menor.",
};
pub static EXECUTED_SENTENCE: Why = Why {
    code: "custody_sentence_executed",
    cite: "PC 17(b)",
    text: "A felony prison or county-jail sentence was carried out, so the court cannot reduce this under PC 17(b). Proposition 47 or a pardon may still help.",
    es: "Se cumplió una sentencia de prisión o de cárcel del condado por delito grave. Por eso la corte no puede reducir esto bajo PC 17(b). La Proposición 47 o un indulto todavía pueden ayudar.",
};
pub static SENTENCE_UNKNOWN: Why = Why {
    code: "sentence_unknown",
    cite: "PC 17(b)(3)",
    text: "We need to know if you were given probation.",
    es: "Necesitamos saber si le dieron libertad condicional.",
};
pub static REGISTRATION_STAYS: Why = Why {
    code: "registration_not_ended",
    cite: "PC 17(e)",
    text: "A reduction does not end sex-offender registration.",
    es: "Una reducción no termina el registro como delincuente sexual.",
};
pub static EFFECT: Why = Why {
    code: "effect_reduction",
    cite: "PC 17(b)",
    text: "A reduced offense counts as a misdemeanor from then on, which can restore some rights, including in most cases the right to own a gun.",
    es: "Un delito reducido cuenta como delito menor desde ese momento. Esto puede devolverle algunos derechos, incluido, en la mayoría de los casos, el derecho a tener un arma de fuego.",
};

/// 17(b): "punishable, in the discretion of the court, … by imprisonment in the state prison
/// [or county jail under 1170(h)] … or imprisonment in the county jail" — a wobbler.
fn offense_is_a_wobbler(view: &ConvictionView) -> Check {
    if punished_as_another_offense(view) {
        return Check::Unknown(view.field("offense"), &PUNISHED_AS_TARGET);
    }
    match view.offense.map(|o| o.level) {
        Some(OffenseLevel::Wobbler) => Check::Pass,
        // A felony conviction for an offence that is a misdemeanor on its own came through a
        // punishment section for priors (felony DUI: VC 23550 or 23550.5; PC 666), which decides
        // whether it is a wobbler: ask for it rather than call it a straight felony.
        Some(OffenseLevel::Misdemeanor | OffenseLevel::MisdemeanorOrInfraction) => {
            Check::Unknown(view.field("offense"), &FELONY_FORM_UNKNOWN)
        }
        Some(_) => Check::Fails(&STRAIGHT_FELONY),
        None => Check::Unknown(view.field("offense"), &common::UNKNOWN_OFFENSE),
    }
}

pub static PUNISHED_AS_TARGET: Why = Why {
    code: "punishment_form_decides",
    cite: "PC 17(b); PC 182(a); PC 314",
    text: "For this offense the felony can be punished like another crime (for a conspiracy, the crime planned) or only in state prison (a second indecent exposure). Whether the judge can reduce it depends on that: your court papers or a lawyer can tell.",
    es: "Para este delito, el delito grave se puede castigar como otro delito (en una conspiración, el delito planeado) o solo con prisión estatal (una segunda exposición indecente). Si el juez lo puede reducir depende de eso: sus papeles de la corte o un abogado le pueden decir.",
};

/// Offences whose felony is not a wobbler in every form: a conspiracy to commit a felony "shall
/// be punishable in the same manner and to the same extent as is provided for the punishment of
/// that felony" (PC 182(a), for 182(a)(1)), which may be a straight felony; and indecent
/// exposure after a prior conviction "is guilty of a felony, and is punishable by imprisonment in
/// the state prison" (PC 314), while only the inhabited-dwelling form is a wobbler. The
/// catalog's level is the most severe reading; which form it was decides 17(b).
fn punished_as_another_offense(view: &ConvictionView) -> bool {
    view.offense.is_some_and(|o| {
        let key = o.key();
        key == "PC182" || key == "PC182(A)(1)" || key == "PC314" || key.starts_with("PC314(")
    })
}

pub static FELONY_FORM_UNKNOWN: Why = Why {
    code: "felony_form_unknown",
    cite: "PC 17(b); VC 23550; VC 23550.5",
    text: "This offense is usually a misdemeanor, so a felony conviction for it came from a section for repeat offenses (for a DUI, VC 23550 or 23550.5). That section decides whether the judge can reduce it: look for it on your court papers or RAP sheet.",
    es: "Este delito normalmente es un delito menor, así que una condena por delito grave vino de una sección para delitos repetidos (para un DUI, VC 23550 o 23550.5). Esa sección decide si el juez lo puede reducir: búsquela en sus papeles de la corte o en su récord (RAP sheet).",
};
pub static OUTCOME_UNKNOWN: Why = Why {
    code: "probation_outcome_unknown",
    cite: "PC 17(b)(3)",
    text: "We need to know how probation ended: if it was revoked and a prison or jail term was carried out, the judge can no longer reduce the felony this way.",
    es: "Necesitamos saber cómo terminó la libertad condicional. Si se revocó y se cumplió una pena de prisión o cárcel, el juez ya no puede reducir el delito grave de esta forma.",
};

/// 17(b)(3): "when the court grants probation … or on application … thereafter"; not after a
/// state-prison or 1170(h) sentence was imposed and carried out.
fn probation_was_granted(view: &ConvictionView) -> Check {
    match view.conviction.sentence {
        Sentence::Probation if view.probation_outcome() == ProbationOutcome::Revoked => {
            Check::Fails(&EXECUTED_SENTENCE)
        }
        Sentence::Probation if view.probation_outcome() == ProbationOutcome::Unsure => {
            Check::Unknown(view.field("probation_outcome"), &OUTCOME_UNKNOWN)
        }
        Sentence::Probation => Check::Holds(&WOBBLER_PROBATION),
        Sentence::Unsure => Check::Unknown(view.field("sentence"), &SENTENCE_UNKNOWN),
        _ => Check::Fails(&EXECUTED_SENTENCE),
    }
}

pub fn assess(ctx: &Ctx, view: &ConvictionView) -> Option<Item> {
    // A misdemeanor or infraction has nothing to reduce; an unsure level may be a felony.
    if !matches!(view.conviction.level, Level::Felony | Level::Unsure) {
        return None;
    }
    let mut a = Assessment::new(REMEDY, &view.subject);
    if view.conviction.level == Level::Unsure {
        a.check(Check::Unknown(view.field("level"), &common::LEVEL_UNKNOWN));
    }
    a.check(common::not_already_granted(view, REMEDY));
    if view.granted(RemedyId::Prop47) || view.granted(RemedyId::Prop64) {
        a.check(Check::Fails(&common::ALREADY_REDUCED));
    }
    a.check(offense_is_a_wobbler(view))
        .check(probation_was_granted(view))
        .check(Check::Note(&EFFECT));
    if view.offense.is_some_and(|o| o.has(flag::REGISTRABLE)) {
        a.check(Check::Note(&REGISTRATION_STAYS));
    }
    Some(a.finish(Decision::Discretionary, ctx.as_of))
}
