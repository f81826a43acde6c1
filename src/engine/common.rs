//! Conditions shared by several remedies: relief already granted, and the "not serving a
//! sentence, not on probation, not charged" rule that every dismissal statute repeats
//! (PC 1203.4(a)(1), 1203.4a(a), 1203.41(a), 1203.42(a); DOJ's records for 1203.425(a)(1)(B)).

use super::case::{Answer, RemedyId};
use super::context::{ConvictionView, Ctx, Known};
use super::report::Why;
use super::rule::Check;

/// The main statute of each remedy, for reasons that are not about one subdivision.
pub const fn remedy_cite(remedy: RemedyId) -> &'static str {
    match remedy {
        RemedyId::Pc1203_4 => "PC 1203.4",
        RemedyId::Pc1203_4a => "PC 1203.4a",
        RemedyId::Pc1203_41 => "PC 1203.41",
        RemedyId::Pc1203_42 => "PC 1203.42",
        RemedyId::Pc1203_425 => "PC 1203.425",
        RemedyId::Pc1203_3 => "PC 1203.3",
        RemedyId::Pc1203_45 => "PC 1203.45",
        RemedyId::Pc17b => "PC 17(b)",
        RemedyId::Pc17d => "PC 17(d)",
        RemedyId::Prop47 => "PC 1170.18",
        RemedyId::Prop64 => "HS 11361.8",
        RemedyId::Pc851_91 => "PC 851.91",
        RemedyId::Pc851_93 => "PC 851.93",
        RemedyId::Pc851_8 => "PC 851.8",
        RemedyId::Cor => "PC 4852.01",
        RemedyId::Pardon => "Cal. Const. art. V, § 8; PC 4800",
        RemedyId::Pc290_5 => "PC 290.5",
        RemedyId::Pc1473_7 => "PC 1473.7",
        RemedyId::Pc236_14 => "PC 236.14",
    }
}

const fn granted_why(remedy: RemedyId) -> Why {
    Why {
        code: "already_granted",
        cite: remedy_cite(remedy),
        text: "You told us a court or the state already granted this for this conviction.",
        es: "Usted nos dijo que una corte o el estado ya le concedió esto para esta condena.",
    }
}

static ALREADY_GRANTED: [Why; 19] = {
    let mut whys = [granted_why(RemedyId::Pc1203_4); 19];
    let mut i = 0;
    while i < 19 {
        whys[i] = granted_why(RemedyId::ALL[i]);
        i += 1;
    }
    whys
};

/// A remedy already granted for this conviction is not offered again (contract rule).
pub fn not_already_granted(view: &ConvictionView, remedy: RemedyId) -> Check {
    if view.granted(remedy) {
        let i = RemedyId::ALL.iter().position(|r| *r == remedy).unwrap_or(0);
        Check::Fails(&ALREADY_GRANTED[i])
    } else {
        Check::Pass
    }
}

pub static ALREADY_DISMISSED: Why = Why {
    code: "already_dismissed",
    cite: "PC 1203.4(a)(1)",
    text: "This conviction was already dismissed, so a second dismissal is not needed.",
    es: "Esta condena ya fue desestimada. Por eso no necesita una segunda desestimación.",
};

/// Once one dismissal is granted, the other dismissal remedies have nothing left to do.
pub fn not_already_dismissed(view: &ConvictionView, remedy: RemedyId) -> Check {
    let other_dismissal = view
        .conviction
        .relief_granted
        .iter()
        .any(|r| r.is_dismissal() && *r != remedy);
    if other_dismissal {
        Check::Fails(&ALREADY_DISMISSED)
    } else {
        Check::Pass
    }
}

pub static PENDING_CHARGE: Why = Why {
    code: "pending_charge",
    cite: "PC 1203.4(a)(1)",
    text: "You have a criminal charge that is not finished. The court cannot grant this while a charge is pending. Check again when that case ends.",
    es: "Usted tiene un cargo penal que no ha terminado. La corte no puede conceder esto mientras haya un cargo pendiente. Vuelva a revisar cuando ese caso termine.",
};
pub static PENDING_UNKNOWN: Why = Why {
    code: "pending_charge_unknown",
    cite: "PC 1203.4(a)(1)",
    text: "We need to know if you have any criminal charge that is not finished. A pending charge stops this for now.",
    es: "Necesitamos saber si usted tiene algún cargo penal que no ha terminado. Un cargo pendiente detiene esto por ahora.",
};
pub static SUPERVISED_NOW: Why = Why {
    code: "supervised_now",
    cite: "PC 1203.4(a)(1)",
    text: "You are on probation, parole or other supervision in a case. The court cannot grant this until that supervision ends.",
    es: "Usted está en libertad condicional, libertad bajo palabra u otra supervisión en un caso. La corte no puede conceder esto hasta que termine esa supervisión.",
};
pub static SUPERVISED_UNKNOWN: Why = Why {
    code: "supervised_unknown",
    cite: "PC 1203.4(a)(1)",
    text: "We need to know if you are on probation, parole or other supervision in any case today.",
    es: "Necesitamos saber si hoy usted está en libertad condicional, libertad bajo palabra u otra supervisión en algún caso.",
};
pub static SERVING_SENTENCE: Why = Why {
    code: "serving_sentence",
    cite: "PC 1203.4(a)(1)",
    text: "You are serving a sentence now. The court cannot grant this until the sentence is over.",
    es: "Usted está cumpliendo una sentencia ahora. La corte no puede conceder esto hasta que termine la sentencia.",
};
pub static SERVING_UNKNOWN: Why = Why {
    code: "serving_sentence_unknown",
    cite: "PC 1203.4(a)(1)",
    text: "We need to know if you are in custody or serving a sentence for any case today.",
    es: "Necesitamos saber si hoy usted está bajo custodia o cumpliendo una sentencia en algún caso.",
};
pub static BLOCKED_BY_OTHER_CASE: Why = Why {
    code: "blocked_by_other_case",
    cite: "PC 1203.4(a)(1)",
    text:
        "You are still on probation in another case. You can ask for this once that probation ends.",
    es: "Usted todavía está en libertad condicional en otro caso. Puede pedir esto cuando termine esa libertad condicional.",
};
pub static UNKNOWN_OFFENSE: Why = Why {
    code: "unknown_offense",
    cite: "—",
    text: "We do not know this offense code, so we cannot check the lists this option depends on. Check the code on your court papers or RAP sheet.",
    es: "No conocemos este código de delito. Por eso no podemos revisar las listas de las que depende esta opción. Revise el código en sus papeles de la corte o en su récord (RAP sheet).",
};
pub static SENTENCE_KIND_UNKNOWN: Why = Why {
    code: "sentence_kind_unknown",
    cite: "PC 1203.41(a)",
    text: "We need to know what sentence you got, and how probation ended if you had it. A felony jail or prison term can be dismissed under a different law than probation.",
    es: "Necesitamos saber qué sentencia le dieron y, si tuvo libertad condicional, cómo terminó. Una pena de cárcel o prisión por delito grave se puede desestimar, pero bajo otra ley que la libertad condicional.",
};
pub static LEVEL_UNKNOWN: Why = Why {
    code: "level_unknown",
    cite: "PC 17",
    text: "We need to know if this conviction was a felony or a misdemeanor.",
    es: "Necesitamos saber si esta condena fue por un delito grave o por un delito menor.",
};

/// The person must not have a pending charge in any case.
pub fn no_pending_charge(ctx: &Ctx) -> Check {
    if ctx.has_pending_arrest() {
        return Check::Fails(&PENDING_CHARGE);
    }
    match ctx.person().pending_charges {
        Answer::Yes => Check::Fails(&PENDING_CHARGE),
        Answer::No => Check::Pass,
        Answer::Unsure => Check::Unknown("person.pending_charges".into(), &PENDING_UNKNOWN),
    }
}

pub static BLOCKED_BY_OTHER_CASE_NO_DATE: Why = Why {
    code: "blocked_by_other_case_no_end",
    cite: "PC 1203.4(a)(1)",
    text: "You are still on probation in another case, and we do not know when it ends. You can ask for this once that probation ends.",
    es: "Usted todavía está en libertad condicional en otro caso, y no sabemos cuándo termina. Puede pedir esto cuando termine esa libertad condicional.",
};
pub static PROBATION_RUNNING_NO_END: Why = Why {
    code: "probation_running_no_end",
    cite: "PC 1203.4(a)(1)",
    text: "Your probation in this case is still going on, and we do not know when it ends. This has to wait until it ends: look for the end date on your court papers.",
    es: "Su libertad condicional en este caso sigue, y no sabemos cuándo termina. Esto tiene que esperar hasta que termine: busque la fecha de fin en sus papeles de la corte.",
};
pub static ONGOING_END_PASSED: Why = Why {
    code: "ongoing_end_date_passed",
    cite: "PC 1203.4(a)(1)",
    text: "You said probation is still going on, but the end date you gave has already passed. Please check both answers: is probation over, or does it end later?",
    es: "Usted dijo que la libertad condicional sigue, pero la fecha de fin que nos dio ya pasó. Revise las dos respuestas: ¿ya terminó la libertad condicional, o termina más tarde?",
};
pub static SUPERVISED_BUT_ALL_ENDED: Why = Why {
    code: "supervised_but_all_ended",
    cite: "PC 1203.4(a)(1)",
    text: "You said you are on probation, parole or supervision today, but every sentence you told us about has ended. Please check: is there a case you have not listed, or has the supervision ended?",
    es: "Usted dijo que hoy está en libertad condicional, libertad bajo palabra o supervisión, pero todas las sentencias que nos indicó ya terminaron. Revise: ¿hay un caso que no anotó, o ya terminó la supervisión?",
};
pub static SERVING_BUT_ALL_ENDED: Why = Why {
    code: "serving_but_all_ended",
    cite: "PC 1203.4(a)(1)",
    text: "You said you are serving a sentence today, but every sentence you told us about has ended. Please check: is there a case you have not listed?",
    es: "Usted dijo que hoy está cumpliendo una sentencia, pero todas las sentencias que nos indicó ya terminaron. Revise: ¿hay un caso que no anotó?",
};

/// The end of a probation the person says is still running, as a condition that waits for it
/// (`from`), or: `needs_info` when the end date given has already passed (the two answers
/// cannot both be true), `missing` when no end date was given (the caller decides).
pub fn ongoing_probation_end(
    ctx: &Ctx,
    view: &ConvictionView,
    waits: &'static Why,
) -> Option<Check> {
    let end = view.conviction.probation_ended_on?;
    Some(if end.latest() > ctx.as_of {
        Check::From(end.latest(), end.is_approximate(), waits)
    } else {
        Check::Unknown(view.field("probation_ended_on"), &ONGOING_END_PASSED)
    })
}

/// Every sentence in the file is known to be over (so "supervised now" or "serving now" must
/// come from a case not in the file, or is a mistake).
pub fn every_sentence_ended(ctx: &Ctx) -> bool {
    !ctx.convictions.is_empty() && ctx.convictions.iter().all(|v| v.sentence_ended())
}

/// A sentence in the file that may still be running (custody, parole, PRCS or mandatory
/// supervision with no completion date): it explains "supervised now" with no end we know.
fn open_custody_sentence(ctx: &Ctx, view: &ConvictionView) -> bool {
    ctx.others(view).any(|o| o.custody_sentence_open())
}

/// The person must not be serving a sentence or be on probation or supervision in another
/// case (contract, "Bars known today"): another conviction's probation delays this one until
/// its known end, and bars it (`not_eligible`) when its end is unknown; supervision or custody
/// that nothing in the file explains bars it for now; answers that cannot all be true are
/// `needs_info`.
pub fn not_supervised_or_serving_elsewhere<'a>(
    ctx: &'a Ctx,
    view: &'a ConvictionView,
) -> impl Iterator<Item = Check> + 'a {
    let other_probations = ctx
        .others(view)
        .filter(|o| o.probation_ongoing())
        .map(|other| {
            ongoing_probation_end(ctx, other, &BLOCKED_BY_OTHER_CASE)
                .unwrap_or(Check::Fails(&BLOCKED_BY_OTHER_CASE_NO_DATE))
        });
    other_probations.chain([supervision_now(ctx, view), not_serving_sentence(ctx)])
}

/// The person's answer to "supervised today", read against the file: supervision that a custody
/// sentence in another conviction may explain (parole, PRCS, mandatory supervision: no end we
/// know) or that nothing explains bars it for now; one that a running probation explains is
/// that probation's to date; "supervised" while every sentence has ended, or an unsure answer
/// that nothing explains, is `needs_info`.
pub fn supervision_now(ctx: &Ctx, view: &ConvictionView) -> Check {
    supervision_answer(ctx, open_custody_sentence(ctx, view), &SUPERVISION_REASONS)
}

/// The reasons a remedy gives for [`supervision_answer`]'s outcomes.
pub struct SupervisionReasons {
    /// A custody sentence in the file with no completion date may explain the supervision.
    pub open_custody: &'static Why,
    /// Supervision that nothing in the file explains.
    pub unexplained: &'static Why,
    /// "Supervised" while every sentence in the file has ended.
    pub contradicted: &'static Why,
    /// "Not sure", and nothing in the file explains it.
    pub unknown: &'static Why,
}

static SUPERVISION_REASONS: SupervisionReasons = SupervisionReasons {
    open_custody: &SUPERVISED_NOW,
    unexplained: &SUPERVISED_NOW,
    contradicted: &SUPERVISED_BUT_ALL_ENDED,
    unknown: &SUPERVISED_UNKNOWN,
};

/// The shared reading of `currently_supervised`: `open_custody` says whether a custody sentence
/// in the file (whichever the remedy counts) has no completion date.
pub fn supervision_answer(ctx: &Ctx, open_custody: bool, why: &SupervisionReasons) -> Check {
    let explained = ctx.ongoing_probations().next().is_some();
    match ctx.person().currently_supervised {
        // Parole, PRCS or supervision after a custody term is supervision too, with no end we know.
        Answer::Yes if open_custody => Check::Fails(why.open_custody),
        Answer::Yes if explained => Check::Pass,
        Answer::Yes if every_sentence_ended(ctx) => {
            Check::Unknown("person.currently_supervised".into(), why.contradicted)
        }
        Answer::Yes => Check::Fails(why.unexplained),
        Answer::Unsure if !explained => {
            Check::Unknown("person.currently_supervised".into(), why.unknown)
        }
        _ => Check::Pass,
    }
}

/// The person is not in custody or serving a sentence for any offense today.
pub fn not_serving_sentence(ctx: &Ctx) -> Check {
    match ctx.person().serving_sentence {
        Answer::Yes if every_sentence_ended(ctx) => {
            Check::Unknown("person.serving_sentence".into(), &SERVING_BUT_ALL_ENDED)
        }
        Answer::Yes => Check::Fails(&SERVING_SENTENCE),
        Answer::Unsure => Check::Unknown("person.serving_sentence".into(), &SERVING_UNKNOWN),
        Answer::No => Check::Pass,
    }
}

/// This conviction's sentence may still be running today: probation in this case, or a custody
/// sentence with no completion date while the person says they are serving or supervised
/// (custody, parole, PRCS, mandatory supervision). Prop 47 and Prop 64 resentence such a person
/// at the court's discretion (PC 1170.18(b), HS 11361.8(b)).
pub fn still_serving_this_sentence(ctx: &Ctx, view: &ConvictionView) -> bool {
    let person = ctx.person();
    view.probation_ongoing()
        || (view.custody_sentence_open()
            && (person.serving_sentence == Answer::Yes
                || person.currently_supervised == Answer::Yes))
}

/// Everything that blocks a dismissal today because of the person's other cases.
pub fn dismissal_blocks<'a>(
    ctx: &'a Ctx,
    view: &'a ConvictionView,
) -> impl Iterator<Item = Check> + 'a {
    std::iter::once(no_pending_charge(ctx)).chain(not_supervised_or_serving_elsewhere(ctx, view))
}

/// An offence on a list that bars the remedy; unknown offences cannot be checked.
pub fn not_on_list(view: &ConvictionView, flag: u64, barred: &'static Why) -> Check {
    match view.flag(flag) {
        Known::Yes => Check::Fails(barred),
        Known::No => Check::Pass,
        Known::Unknown => Check::Unknown(view.field("offense"), &UNKNOWN_OFFENSE),
    }
}

/// An offence that must be on a list for the remedy to apply.
pub fn on_list(view: &ConvictionView, flag: u64, not_listed: &'static Why) -> Check {
    match view.flag(flag) {
        Known::Yes => Check::Pass,
        Known::No => Check::Fails(not_listed),
        Known::Unknown => Check::Unknown(view.field("offense"), &UNKNOWN_OFFENSE),
    }
}

pub static ALREADY_REDUCED: Why = Why {
    code: "already_reduced",
    cite: "PC 1170.18(k)",
    text: "This conviction was already reduced to a misdemeanor.",
    es: "Esta condena ya fue reducida a delito menor.",
};
