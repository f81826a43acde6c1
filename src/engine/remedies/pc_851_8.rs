//! PC 851.8 — finding of factual innocence: the strongest arrest remedy. The court seals and
//! later destroys the records if it finds "no reasonable cause" to believe the person committed
//! the offense. Usually filed within two years of the arrest [Med].
//! <https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=851.8>

use crate::engine::case::{ArrestOutcome, RemedyId};
use crate::engine::context::{ArrestView, Ctx};
use crate::engine::dates::years_after;
use crate::engine::params::FACTUAL_INNOCENCE_YEARS;
use crate::engine::report::{Decision, Item, Why};
use crate::engine::rule::{Assessment, Check};

use super::pc_851_91::OUTCOME_UNKNOWN;

const REMEDY: RemedyId = RemedyId::Pc851_8;

pub static INNOCENCE: Why = Why {
    code: "factual_innocence",
    cite: "PC 851.8(b)",
    text: "If you did not commit the offense, you can ask for a finding of factual innocence. The judge must find there was no reasonable cause to arrest you. The records are then sealed and destroyed.",
    es: "Si usted no cometió el delito, puede pedir que la corte declare su inocencia de hecho (factual innocence). Para eso, el juez tiene que concluir que no hubo causa razonable para su arresto. Después, los expedientes se sellan y se destruyen.",
};
pub static WITHIN_TWO_YEARS: Why = Why {
    code: "within_two_years",
    cite: "PC 851.8(l)",
    text: "Ask within two years of the arrest, or of the charges being filed if that was later. Our sources on this deadline are not fully settled; have a lawyer check it.",
    es: "Pídalo dentro de los dos años después del arresto, o de cuando se presentaron los cargos si eso fue después. Nuestras fuentes no están del todo de acuerdo sobre este plazo. Pídale a un abogado que lo revise.",
};
pub static LATE: Why = Why {
    code: "late_good_cause",
    cite: "PC 851.8(l)",
    text: "More than two years may have passed since the arrest. A court accepts a late request only with a good reason (\"good cause\"), so do not count on it; ask a lawyer. Sealing under PC 851.91 may be easier.",
    es: "Pueden haber pasado más de dos años desde el arresto. La corte acepta una solicitud tarde solo si hay una buena razón (\"good cause\"), así que no cuente con eso. Consulte a un abogado. Sellar el arresto bajo PC 851.91 puede ser más fácil.",
};

/// 851.8(l): within two years of the arrest (or of the filing of charges, whichever is later),
/// or later only on a showing of good cause [Med]. A deadline counts from the earliest day an
/// approximate arrest date could mean (the lenient reading would be the latest), and the last
/// day of the two years is still within them. Past it, good cause is a fact the file never
/// holds (People v. O'Day (2022)), so the petition is not offered as one that fits; the reason
/// sends the person to a lawyer and to PC 851.91.
fn within_time(ctx: &Ctx, view: &ArrestView) -> Check {
    let deadline = years_after(view.arrest.arrested_on.earliest(), FACTUAL_INNOCENCE_YEARS);
    if ctx.as_of <= deadline {
        Check::Holds(&WITHIN_TWO_YEARS)
    } else {
        Check::Fails(&LATE)
    }
}

pub fn assess(ctx: &Ctx, view: &ArrestView) -> Option<Item> {
    let mut a = Assessment::new(REMEDY, &view.subject);
    match view.arrest.outcome {
        // 851.8(c): "where no conviction has occurred" once the action is dismissed, which
        // completed diversion does too.
        ArrestOutcome::NotCharged
        | ArrestOutcome::Dismissed
        | ArrestOutcome::Acquitted
        | ArrestOutcome::DiversionCompleted => {
            a.check(Check::Holds(&INNOCENCE))
                .check(within_time(ctx, view));
        }
        ArrestOutcome::Unsure => {
            a.check(Check::Unknown(view.field("outcome"), &OUTCOME_UNKNOWN));
        }
        ArrestOutcome::Pending => return None,
    }
    Some(a.finish(Decision::Discretionary, ctx.as_of))
}
