//! PC 1203.41 — dismissal after a felony county-jail or state-prison sentence.
//!
//! The judge may dismiss a felony after a 1170(h) jail term, a split sentence, or (since SB 731)
//! a prison term, once a waiting period after the sentence has passed and nothing is pending.
//! <https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=1203.41>

use crate::engine::case::{Answer, Level, ProbationOutcome, RemedyId, Sentence};
use crate::engine::catalog::flag;
use crate::engine::common;
use crate::engine::context::{ConvictionView, Ctx, Known};
use crate::engine::dates::years_after;
use crate::engine::params::{
    PRISON_1203_41_OPERATIVE, WAIT_1203_41_JAIL_OR_PRISON_YEARS, WAIT_1203_41_SPLIT_YEARS,
};
use crate::engine::report::{Decision, Item, Why};
use crate::engine::rule::{Assessment, Check};

const REMEDY: RemedyId = RemedyId::Pc1203_41;

pub static WAIT_SPLIT: Why = Why {
    code: "wait_after_split_sentence",
    cite: "PC 1203.41(a)(1)",
    text: "You can ask one year after you finished the split sentence (jail and mandatory supervision).",
    es: "Puede pedirlo un año después de terminar la sentencia dividida (cárcel y supervisión obligatoria).",
};
pub static WAIT_JAIL_OR_PRISON: Why = Why {
    code: "wait_after_jail_or_prison",
    cite: "PC 1203.41(a)(1)",
    text: "You can ask two years after you finished the whole sentence, including parole or other supervision.",
    es: "Puede pedirlo dos años después de terminar toda la sentencia, incluida la libertad bajo palabra u otra supervisión.",
};
pub static PRISON_SINCE_SB731: Why = Why {
    code: "prison_sentences_since_2023",
    cite: "PC 1203.41 (SB 731)",
    text: "Prison sentences can use this dismissal since July 1, 2023. Our sources agree on this date but we could not read it in the statute itself.",
    es: "Desde el 1 de julio de 2023, las sentencias de prisión pueden usar esta desestimación. Nuestras fuentes están de acuerdo en esta fecha, pero no pudimos leerla en la ley misma.",
};
pub static COMPLETED_UNKNOWN: Why = Why {
    code: "sentence_end_unknown",
    cite: "PC 1203.41(a)(1)",
    text: "We need to know when you finished the whole sentence, including parole or supervision. Your RAP sheet or parole papers show it.",
    es: "Necesitamos saber cuándo terminó usted toda la sentencia, incluida la libertad bajo palabra o la supervisión. Su récord (RAP sheet) o sus papeles de libertad bajo palabra lo muestran.",
};
pub static PRISON_290: Why = Why {
    code: "prison_registrable_excluded",
    cite: "PC 1203.41(c)",
    text: "A prison sentence for an offense that requires sex-offender registration cannot be dismissed this way.",
    es: "Una sentencia de prisión por un delito que requiere registro como delincuente sexual no se puede desestimar de esta forma.",
};
pub static CUSTODY_KIND_UNKNOWN: Why = Why {
    code: "custody_kind_unknown",
    cite: "PC 1203.41(c)",
    text: "We need to know if the term served after your probation was revoked was state prison or county jail: for this offense, a prison term cannot be dismissed this way.",
    es: "Necesitamos saber dónde cumplió la pena después de que le revocaron la libertad condicional: en prisión estatal o en la cárcel del condado. Para este delito, una pena de prisión no se puede desestimar de esta manera.",
};
pub static NOT_FELONY: Why = Why {
    code: "not_a_felony",
    cite: "PC 1203.41(a)",
    text: "This section is for felonies. Misdemeanors use PC 1203.4 or 1203.4a.",
    es: "Esta sección es para delitos graves. Los delitos menores usan PC 1203.4 o 1203.4a.",
};
pub static LEVEL_UNKNOWN: Why = Why {
    code: "level_unknown",
    cite: "PC 1203.41(a)",
    text: "We need to know if this conviction was a felony or a misdemeanor.",
    es: "Necesitamos saber si esta condena fue por un delito grave o por un delito menor.",
};
pub static DISCRETIONARY: Why = Why {
    code: "judge_decides",
    cite: "PC 1203.41(a)",
    text: "The judge may grant this dismissal if it is in the interest of justice. Show how your life has changed.",
    es: "El juez puede conceder esta desestimación si lo considera justo (en el interés de la justicia). Muestre cómo ha cambiado su vida.",
};
pub static REVOKED_PROBATION: Why = Why {
    code: "revoked_probation_counts",
    cite: "PC 1203.41; People v. Brown (2025)",
    text: "Your probation was revoked and a jail or prison term followed; the conviction can still be dismissed under this section.",
    es: "Su libertad condicional fue revocada y después usted cumplió tiempo en la cárcel o prisión. Aun así, el juez puede desestimar esa condena bajo esta sección.",
};

/// 1203.41(a): "If a defendant is convicted of a felony".
fn is_felony(view: &ConvictionView) -> Check {
    match view.effective_level() {
        Level::Felony => Check::Pass,
        Level::Unsure => Check::Unknown(view.field("level"), &LEVEL_UNKNOWN),
        _ => Check::Fails(&NOT_FELONY),
    }
}

pub static JAIL_FOR_REGISTRABLE: Why = Why {
    code: "jail_term_for_registrable_offense",
    cite: "PC 1170(h)(3); PC 1203.41(c)",
    text: "A felony that requires sex-offender registration is served in state prison, not county jail. Please check the sentence on your court papers: after a prison term for this offense, this dismissal does not fit.",
    es: "Un delito grave que requiere registro como delincuente sexual se cumple en prisión estatal, no en la cárcel del condado. Revise la sentencia en sus papeles de la corte: después de una pena de prisión por este delito, esta desestimación no le corresponde.",
};

/// 1203.41(c) (as reported after SB 731): not a prison sentence for a PC 290 offense. A county
/// jail or split term for such an offense cannot be (PC 1170(h)(3)(C): a person "required to
/// register as a sex offender" serves the term in state prison), so the sentence answer and the
/// offence disagree: `needs_info` on the sentence (contract: answers that cannot all be true).
fn not_prison_for_registrable_offense(ctx: &Ctx, view: &ConvictionView) -> Check {
    let revoked = view.conviction.sentence == Sentence::Probation;
    if matches!(
        view.conviction.sentence,
        Sentence::CountyJail | Sentence::Split
    ) && view.flag(flag::REGISTRABLE) == Known::Yes
    {
        return Check::Unknown(view.field("sentence"), &JAIL_FOR_REGISTRABLE);
    }
    if view.conviction.sentence != Sentence::Prison && !revoked {
        return Check::Pass;
    }
    if revoked && view.flag(flag::REGISTRABLE) == Known::Yes {
        // After a revocation we do not know if the term was prison (excluded) or county jail.
        return Check::Unknown(view.field("sentence"), &CUSTODY_KIND_UNKNOWN);
    }
    match view.flag(flag::REGISTRABLE) {
        Known::Yes => Check::Fails(&PRISON_290),
        Known::No => registration_not_from_this_conviction(ctx, view),
        Known::Unknown => Check::Unknown(view.field("offense"), &common::UNKNOWN_OFFENSE),
    }
}

pub static REGISTRATION_MAY_BE_THIS_CASE: Why = Why {
    code: "registration_may_be_this_conviction",
    cite: "PC 1203.41(c); PC 290.006",
    text: "You told us you must register as a sex offender, or you are not sure. A court can order registration for this offense, and if your registration comes from this conviction, the law does not allow this dismissal after a prison term. A lawyer can check this.",
    es: "Usted nos dijo que tiene que registrarse como delincuente sexual, o no está seguro. Una corte puede ordenar el registro por este delito, y si su registro viene de esta condena, la ley no permite esta desestimación después de una pena de prisión. Un abogado puede revisarlo.",
};

/// The same exclusion where the registration is the person's answer, not the offence's: an
/// offence a court may order registered for (PC 290.006, catalog `maybe_registrable`), or one
/// the catalog does not know, for a person who must register (or is unsure) and has no other
/// conviction in the file that requires it. Whether the registration comes from this
/// conviction decides it.
fn registration_not_from_this_conviction(ctx: &Ctx, view: &ConvictionView) -> Check {
    let may_require = view.flag(flag::MAYBE_REGISTRABLE) == Known::Yes
        || view.offense.is_some_and(|o| !o.is_listed());
    let explained = ctx
        .others(view)
        .any(|o| o.flag(flag::REGISTRABLE) == Known::Yes);
    match ctx.person().registered_sex_offender {
        Answer::Yes | Answer::Unsure if may_require && !explained => Check::Unknown(
            "person.registered_sex_offender".into(),
            &REGISTRATION_MAY_BE_THIS_CASE,
        ),
        _ => Check::Pass,
    }
}

/// 1203.41(a)(1): one year after a split sentence; two years after a county-jail term, a prison
/// term, or a term served after probation was revoked. Prison terms only from SB 731's date.
fn waiting_period_after_sentence(ctx: &Ctx, view: &ConvictionView) -> Vec<Check> {
    let c = view.conviction;
    // "completion of the sentence": for a revoked probation that is the term served after the
    // revocation, not the revocation date.
    let Some(done) = c.sentence_completed_on else {
        return vec![Check::Unknown(
            view.field("sentence_completed_on"),
            &COMPLETED_UNKNOWN,
        )];
    };
    let (years, why) = match c.sentence {
        Sentence::Split => (WAIT_1203_41_SPLIT_YEARS.at(ctx.as_of), &WAIT_SPLIT),
        _ => (
            WAIT_1203_41_JAIL_OR_PRISON_YEARS.at(ctx.as_of),
            &WAIT_JAIL_OR_PRISON,
        ),
    };
    let mut checks = vec![Check::From(
        years_after(done.latest(), years),
        done.is_approximate(),
        why,
    )];
    if c.sentence == Sentence::Prison {
        checks.push(Check::operative(
            PRISON_1203_41_OPERATIVE,
            c.convicted_on.latest(),
            &PRISON_SINCE_SB731,
        ));
    }
    checks
}

pub fn applies_to(view: &ConvictionView) -> bool {
    let c = view.conviction;
    match c.sentence {
        Sentence::CountyJail | Sentence::Split | Sentence::Prison => true,
        Sentence::Probation => view.probation_outcome() == ProbationOutcome::Revoked,
        _ => false,
    }
}

/// The sentence is unsure, or probation ended in a way not given: it may be one this covers.
fn may_apply(view: &ConvictionView) -> Option<Check> {
    let c = view.conviction;
    match c.sentence {
        Sentence::Unsure => Some(Check::Unknown(
            view.field("sentence"),
            &common::SENTENCE_KIND_UNKNOWN,
        )),
        Sentence::Probation if view.probation_outcome() == ProbationOutcome::Unsure => {
            Some(Check::Unknown(
                view.field("probation_outcome"),
                &common::SENTENCE_KIND_UNKNOWN,
            ))
        }
        _ => None,
    }
}

pub fn assess(ctx: &Ctx, view: &ConvictionView) -> Option<Item> {
    if view.conviction.level == Level::Misdemeanor {
        return None;
    }
    let maybe = may_apply(view);
    if !applies_to(view) && maybe.is_none() {
        return None;
    }
    let mut a = Assessment::new(REMEDY, &view.subject);
    if let Some(check) = maybe {
        a.check(check);
    }
    a.check(common::not_already_granted(view, REMEDY))
        .check(common::not_already_dismissed(view, REMEDY))
        .check(is_felony(view))
        .check(not_prison_for_registrable_offense(ctx, view))
        .checks(waiting_period_after_sentence(ctx, view))
        .checks(common::dismissal_blocks(ctx, view));
    if view.conviction.sentence == Sentence::Probation {
        a.check(Check::Holds(&REVOKED_PROBATION));
    }
    a.check(Check::Holds(&DISCRETIONARY))
        .check(Check::Note(&super::pc_1203_4a::EFFECT));
    Some(a.finish(Decision::Discretionary, ctx.as_of))
}
