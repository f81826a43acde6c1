//! Person-level notices: the limits and warnings that go with the whole report.

use super::case::{Answer, ArrestOutcome, Level, RemedyId};
use super::catalog::{flag, OffenseLevel};
use super::context::{Ctx, Known};
use super::dates::years_after;
use super::params::DUI_PRIOR_YEARS;
use super::report::Why;

pub static IMMIGRATION: Why = Why {
    code: "immigration",
    cite: "PC 1473.7; PC 1203.4",
    text: "If you are not a U.S. citizen: a dismissal or reduction still counts as a conviction for immigration. Filing can even draw attention to your case. Talk to an immigration lawyer before you file anything. A motion to vacate (PC 1473.7) may be the better path.",
    es: "Si usted no tiene la ciudadanía de EE. UU.: una desestimación de la condena o una reducción todavía cuenta como condena para inmigración. Presentar una petición puede incluso llamar la atención sobre su caso. Hable con un abogado de inmigración antes de presentar cualquier cosa. Una moción para dejar sin efecto la condena (PC 1473.7) puede ser un mejor camino.",
};
pub static FIREARMS: Why = Why {
    code: "firearms",
    cite: "PC 29800; PC 29805; PC 1203.4(a)(2)",
    text: "A dismissal does not give back the right to own or have a gun. A felony bans guns for life unless a judge reduces it to a misdemeanor under PC 17(b), or a pardon says it restores them. A Proposition 47 reduction does not. Some misdemeanors, like domestic violence, ban guns for 10 years or for life.",
    es: "Una desestimación de la condena no le devuelve el derecho a poseer un arma de fuego o a tenerla en su poder. Un delito grave prohíbe tener armas de por vida. La excepción: que un juez lo reduzca a delito menor bajo PC 17(b), o que un indulto diga que le devuelve ese derecho. Una reducción bajo la Proposición 47 no lo hace. Algunos delitos menores, como la violencia doméstica, prohíben tener armas por 10 años o de por vida.",
};
pub static REGISTRATION: Why = Why {
    code: "registration",
    cite: "PC 290; PC 290.5",
    text: "A dismissal, a reduction or a Certificate of Rehabilitation does not end sex-offender registration. Only a petition under PC 290.5 (or in some cases a pardon) does.",
    es: "Una desestimación de la condena, una reducción o un Certificado de Rehabilitación no terminan el registro como delincuente sexual. Solo lo termina una petición bajo PC 290.5 (o, en algunos casos, un indulto).",
};
pub static DISCLOSURE: Why = Why {
    code: "disclosure",
    cite: "PC 1203.4(a)(1)",
    text: "Even after a dismissal, you must still tell the truth about the conviction in some applications. They are: a government license, a public office, a peace-officer job, and a contract with the California Lottery. It can also still count as a prior if you are charged with a new crime.",
    es: "Aun después de una desestimación, usted todavía tiene que decir la verdad sobre la condena en algunos casos. Esto es así cuando solicite una licencia del gobierno, un cargo público, un trabajo como agente del orden público (peace officer) o un contrato con la Lotería de California. La condena también puede seguir contando como condena previa si le presentan cargos por un nuevo delito.",
};
pub static DUI_PRIOR: Why = Why {
    code: "dui_prior",
    cite: "VC 23540; PC 1203.4(a)(1)",
    text: "A DUI conviction still counts as a prior for 10 years, even after a dismissal. A new DUI in that time brings higher penalties.",
    es: "Una condena por manejar bajo la influencia (DUI) sigue contando como condena previa por 10 años, aun después de una desestimación. Un nuevo DUI en ese tiempo trae castigos más duros.",
};
pub static DMV: Why = Why {
    code: "dmv",
    cite: "VC 13555",
    text: "A dismissal does not change a driver's license suspension or revocation, or your DMV driving record.",
    es: "Una desestimación de la condena no cambia la suspensión o revocación de su licencia de manejar, ni su récord de manejo del DMV.",
};
pub static EMPLOYMENT: Why = Why {
    code: "employment",
    cite: "Lab. Code 432.7; Gov. Code 12952",
    text: "Most employers cannot ask about arrests that did not lead to a conviction, or about dismissed or sealed convictions. Employers with 5 or more workers cannot ask about convictions until after a job offer. Some jobs (police, schools, banks, jobs with guns) are exceptions.",
    es: "La mayoría de los empleadores no pueden preguntar por arrestos que no terminaron en condena, ni por condenas desestimadas o selladas. Los empleadores con 5 o más trabajadores no pueden preguntar por condenas hasta después de ofrecerle el trabajo. Algunos trabajos (en agencias del orden público, escuelas o bancos, y trabajos con armas) son excepciones.",
};
pub static UNKNOWN_OFFENSE: Why = Why {
    code: "unknown_offense",
    cite: "—",
    text: "We did not recognize at least one offense code you gave. Results that depend on the offense say \"we need one more fact\". Your court papers or RAP sheet show the exact code.",
    es: "No reconocimos por lo menos uno de los códigos de delito que usted nos dio. Los resultados que dependen del delito dicen \"necesitamos un dato más\". Sus papeles de la corte o su récord (RAP sheet) muestran el código exacto.",
};
pub static PENDING_OR_SUPERVISED: Why = Why {
    code: "pending_or_supervised",
    cite: "PC 1203.4(a)(1)",
    text: "While you have a pending charge, are serving a sentence, or are on probation or parole, most dismissals must wait. Check again when that ends.",
    es: "Mientras usted tenga un cargo pendiente, esté cumpliendo una sentencia o esté en libertad condicional o libertad bajo palabra, la mayoría de las desestimaciones tienen que esperar. Vuelva a revisar cuando eso termine.",
};
pub static SUPERVISION_CONTRADICTION: Why = Why {
    code: "answers_disagree_supervision",
    cite: "PC 1203.4(a)(1)",
    text: "You said you are not on probation or supervision, but one conviction has probation that is still running. We used the probation end date you gave. Please check these answers.",
    es: "Usted dijo que no está en libertad condicional ni bajo supervisión, pero una condena tiene una libertad condicional que todavía sigue. Usamos la fecha de fin de la libertad condicional que usted nos dio. Por favor revise estas respuestas.",
};
pub static REGISTRATION_CONTRADICTION: Why = Why {
    code: "answers_disagree_registration",
    cite: "PC 290(c); PC 290.5",
    text: "You said you do not have to register as a sex offender, but one of your convictions usually requires it. Unless a court ended your registration (PC 290.5), please check this answer. Until then we treat it as not known.",
    es: "Usted dijo que no tiene que registrarse como delincuente sexual, pero una de sus condenas normalmente lo exige. A menos que una corte haya terminado su registro (PC 290.5), revise esta respuesta. Mientras tanto, la tomamos como no sabida.",
};
pub static PENDING_CONTRADICTION: Why = Why {
    code: "answers_disagree_pending",
    cite: "PC 1203.4(a)(1)",
    text: "You said you have no pending charges, but one arrest is still open. We treated that arrest as a pending charge. Please check these answers.",
    es: "Usted dijo que no tiene cargos pendientes, pero un arresto todavía está abierto. Tomamos ese arresto como un cargo pendiente. Por favor revise estas respuestas.",
};

pub fn notices(ctx: &Ctx) -> Vec<Why> {
    let person = ctx.person();
    let convictions = &ctx.convictions;
    let mut out = Vec::new();
    if person.us_citizen != Answer::Yes {
        out.push(IMMIGRATION);
    }
    let firearm = convictions.iter().any(|v| {
        v.effective_level() == Level::Felony
            // PC 1170.18(k): a Prop 47 misdemeanor "shall not permit that person to own,
            // possess, or have in his or her custody or control any firearm".
            || (v.conviction.level == Level::Felony && v.granted(RemedyId::Prop47))
            || v.flag(flag::FIREARM_29805) == Known::Yes
            || v.flag(flag::DV) == Known::Yes
            // A level not known that may be a felony: the warning is about what a felony does.
            || (v.effective_level() == Level::Unsure
                && v.offense.is_none_or(|o| {
                    !o.is_listed() || matches!(o.level, OffenseLevel::Felony | OffenseLevel::Wobbler)
                }))
    });
    if firearm {
        out.push(FIREARMS);
    }
    let registrable = convictions
        .iter()
        .any(|v| v.flag(flag::REGISTRABLE) == Known::Yes);
    if person.registered_sex_offender == Answer::Yes || registrable {
        out.push(REGISTRATION);
    }
    if !convictions.is_empty() {
        out.push(DISCLOSURE);
    }
    let recent_dui = convictions.iter().any(|v| {
        v.flag(flag::DUI) == Known::Yes
            && years_after(v.conviction.convicted_on.latest(), DUI_PRIOR_YEARS) > ctx.as_of
    });
    if recent_dui {
        out.push(DUI_PRIOR);
    }
    if convictions
        .iter()
        // VC 13350–13352 also reach Penal Code driving offences (PC 191.5, 192(c)).
        .any(|v| {
            v.offense.is_some_and(|o| {
                o.code() == "VC" || o.has(flag::DMV) || o.has(flag::VC_12810) || o.has(flag::DUI)
            })
        })
    {
        out.push(DMV);
    }
    if !convictions.is_empty() || !ctx.arrests.is_empty() {
        out.push(EMPLOYMENT);
    }
    let unknown = convictions.iter().any(|v| v.offense.is_none())
        || ctx.arrests.iter().any(|a| a.offense.is_none());
    if unknown {
        out.push(UNKNOWN_OFFENSE);
    }
    let blocked = ctx.has_pending_arrest()
        || [
            person.pending_charges,
            person.serving_sentence,
            person.currently_supervised,
        ]
        .contains(&Answer::Yes)
        || ctx.ongoing_probations().next().is_some();
    if blocked {
        out.push(PENDING_OR_SUPERVISED);
    }
    if person.currently_supervised == Answer::No && ctx.ongoing_probations().next().is_some() {
        out.push(SUPERVISION_CONTRADICTION);
    }
    let pending_arrest = ctx
        .case
        .arrests
        .iter()
        .any(|a| a.outcome == ArrestOutcome::Pending);
    if person.pending_charges == Answer::No && pending_arrest {
        out.push(PENDING_CONTRADICTION);
    }
    if ctx.registration_contradicted() {
        out.push(REGISTRATION_CONTRADICTION);
    }
    out
}
