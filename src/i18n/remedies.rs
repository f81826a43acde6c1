//! What each remedy is, does and does not do, and what to do next — our own plain-language
//! summaries, checked against the statutes the engine cites. Plus where to find a missing fact,
//! and the glossary.

use super::Lang;
use crate::engine::case::RemedyId;

/// The texts shown on a remedy's result card.
pub struct RemedyText {
    pub name: &'static str,
    pub does: &'static str,
    pub does_not: &'static str,
    pub next: &'static str,
}

fn text(lang: Lang, en: [&'static str; 4], es: [&'static str; 4]) -> RemedyText {
    let t = match lang {
        Lang::En => en,
        Lang::Es => es,
    };
    RemedyText {
        name: t[0],
        does: t[1],
        does_not: t[2],
        next: t[3],
    }
}

pub fn remedy_text(remedy: RemedyId, lang: Lang) -> RemedyText {
    use RemedyId::*;
    match remedy {
        Pc1203_4 => text(lang,
            ["Dismissal after probation (\"expungement\", PC 1203.4)",
             "The court withdraws your guilty plea and dismisses the case. Most private employers cannot ask about it or use it.",
             "It does not seal or erase the record. You must still disclose it for government licenses, public office, peace-officer jobs and Lottery contracts. It does not end sex-offender registration. It does not restore gun rights.",
             "File form CR-180 (Petition for Dismissal) with form CR-181 (Order) at the court where you were convicted. There is no filing fee. Serve the district attorney at least 15 days before the hearing."],
            ["Desestimación de la condena después de la libertad condicional (\"expungement\", PC 1203.4)",
             "La corte retira su declaración de culpabilidad y desestima el caso. La mayoría de los empleadores privados no pueden preguntarle por esa condena ni usarla en su contra.",
             "No sella ni borra el récord. Todavía tiene que informar sobre la condena cuando solicite licencias del gobierno, cargos públicos, trabajos de agente del orden público (peace officer) y contratos con la Lotería. No termina el registro como delincuente sexual. No devuelve el derecho a tener armas.",
             "Presente el formulario CR-180 (Petition for Dismissal, petición de desestimación) con el CR-181 (Order for Dismissal, la orden que firma el juez). Hágalo en la corte donde fue su caso. No se paga cuota. Entregue copia al fiscal al menos 15 días antes de la audiencia."]),
        Pc1203_4a => text(lang,
            ["Dismissal of a misdemeanor or infraction without probation (PC 1203.4a)",
             "The court dismisses the case one year after sentencing, once the sentence is done.",
             "It does not seal the record or remove the duty to disclose for licenses and public office. It does not restore gun rights.",
             "File form CR-180 with CR-181 at the court where you were convicted. No filing fee."],
            ["Desestimación de un delito menor o infracción sin libertad condicional (PC 1203.4a)",
             "La corte desestima el caso un año después de la sentencia, cuando la sentencia esté cumplida.",
             "No sella el récord ni quita la obligación de informar sobre la condena para licencias y cargos públicos. No devuelve el derecho a tener armas.",
             "Presente el formulario CR-180 con el CR-181 en la corte donde fue su caso. No se paga cuota."]),
        Pc1203_41 => text(lang,
            ["Dismissal of a felony jail or prison sentence (PC 1203.41)",
             "The judge may dismiss the felony after you finished a county-jail or prison sentence and waited one or two years.",
             "It does not seal the record, and it is not available for prison sentences for offenses that need sex-offender registration. It does not restore gun rights.",
             "File form CR-180 with CR-181 at the court where you were convicted. Add a statement about your life since (work, family, programs). No filing fee."],
            ["Desestimación de un delito grave con pena de cárcel o prisión (PC 1203.41)",
             "El juez puede desestimar el delito grave después de que usted cumplió una pena en la cárcel del condado o en prisión y esperó uno o dos años.",
             "No sella el récord, y no aplica a condenas de prisión por delitos que requieren registro como delincuente sexual. No devuelve el derecho a tener armas.",
             "Presente el formulario CR-180 con el CR-181 en la corte donde fue su caso. Agregue una declaración sobre su vida desde entonces (trabajo, familia, programas). No se paga cuota."]),
        Pc1203_42 => text(lang,
            ["Dismissal of an older prison sentence (PC 1203.42)",
             "For a prison sentence from before October 2011 for an offense now served in county jail, the judge may dismiss the felony two years after the sentence ended.",
             "It does not seal the record. It does not restore gun rights.",
             "File form CR-180 with CR-181 at the court where you were convicted. No filing fee."],
            ["Desestimación de una pena de prisión de antes de 2011 (PC 1203.42)",
             "Es para una pena de prisión de antes de octubre de 2011 por un delito que hoy se cumple en la cárcel del condado. El juez puede desestimar el delito grave dos años después de terminar la sentencia.",
             "No sella el récord. No devuelve el derecho a tener armas.",
             "Presente el formulario CR-180 con el CR-181 en la corte donde fue su caso. No se paga cuota."]),
        Pc1203_425 => text(lang,
            ["Automatic relief by the state (\"Clean Slate\", PC 1203.425)",
             "The California Department of Justice dismisses the conviction on its own and marks your record \"relief granted\". No form, no fee.",
             "It only works if the state's records are complete. It does not remove disclosure duties for peace-officer jobs, public office or Lottery contracts. It does not restore gun rights.",
             "Ask the DOJ for your record to see if it says \"relief granted\". If it does not, you can ask the court for a dismissal instead."],
            ["Alivio automático del estado (\"Clean Slate\", PC 1203.425)",
             "El Departamento de Justicia de California desestima la condena por su cuenta y marca su récord con \"relief granted\" (alivio concedido). Sin formulario ni cuota.",
             "Solo funciona si los registros del estado están completos. No quita la obligación de informar sobre la condena para trabajos de agente del orden público (peace officer), cargos públicos o contratos con la Lotería. No devuelve el derecho a tener armas.",
             "Pida su récord al DOJ para ver si dice \"relief granted\" (alivio concedido). Si no lo dice, puede pedir a la corte una desestimación."]),
        Pc1203_3 => text(lang,
            ["Ending probation early (PC 1203.3)",
             "The judge may end your probation early if you have done well. Then a dismissal can follow right away.",
             "It does not clear the conviction by itself.",
             "File a motion for early termination at the court that put you on probation (there is no statewide form; ask the clerk or self-help center). You can ask for the dismissal (CR-180) at the same time."],
            ["Terminar la libertad condicional antes de tiempo (PC 1203.3)",
             "El juez puede terminar su libertad condicional antes si usted ha cumplido bien. Después puede pedir la desestimación de inmediato.",
             "No limpia la condena por sí sola.",
             "Presente una moción para terminarla antes (\"early termination\") en la corte que le dio la libertad condicional (no hay formulario estatal; pregunte en la secretaría o el centro de ayuda). Puede pedir la desestimación (CR-180) al mismo tiempo."]),
        Pc1203_45 => text(lang,
            ["Sealing a misdemeanor from before age 18 (PC 1203.45)",
             "The judge may seal the records of a misdemeanor you committed before 18. Then it is treated as if it never happened.",
             "It is not available for drug, driving or sex-registration offenses.",
             "Ask the court where you were convicted with a petition of its own: form CR-180 has no item for it, so ask the clerk for the local form. You can file it at the same time as the dismissal. No fee."],
            ["Sellar un delito menor de antes de los 18 años (PC 1203.45)",
             "El juez puede sellar los expedientes de un delito menor que usted cometió antes de los 18 años. Después se trata como si nunca hubiera ocurrido.",
             "No aplica a delitos de drogas, de manejo o que requieren registro como delincuente sexual.",
             "Pídalo en la corte donde fue su caso con una petición aparte: el formulario CR-180 no tiene un punto para esto, así que pida el formulario local en la secretaría. Puede presentarla al mismo tiempo que la desestimación. Sin cuota."]),
        Pc17b => text(lang,
            ["Reducing a felony to a misdemeanor (PC 17(b))",
             "The judge may make a \"wobbler\" felony a misdemeanor for all purposes. This can restore gun rights and help with jobs and licenses.",
             "It does not end sex-offender registration. It is not available if a prison or county-jail felony sentence was carried out.",
             "On form CR-180, write \"yes\" in the PC 17(b) column of item 1 for this conviction (item 8 is the request). You can ask for a dismissal on the same form. No filing fee."],
            ["Reducir un delito grave a delito menor (PC 17(b))",
             "El juez puede convertir un delito grave \"wobbler\" en delito menor para todo efecto. Esto puede devolver el derecho a tener armas y ayudar con trabajos y licencias.",
             "No termina el registro como delincuente sexual. No aplica si se cumplió una pena de prisión o de cárcel del condado por delito grave.",
             "En el formulario CR-180, escriba \"yes\" en la columna de PC 17(b) del punto 1 para esta condena (el punto 8 es la petición). Puede pedir la desestimación en el mismo formulario. No se paga cuota."]),
        Pc17d => text(lang,
            ["Reducing a misdemeanor to an infraction (PC 17(d))",
             "For offenses on a special list, the judge may treat the misdemeanor as an infraction.",
             "It does not dismiss the conviction by itself.",
             "On form CR-180, write \"yes\" in the PC 17(d)(2) column of item 1 for this conviction, at the court where you were convicted."],
            ["Reducir un delito menor a infracción (PC 17(d))",
             "Para delitos de una lista especial, el juez puede tratar el delito menor como infracción.",
             "No desestima la condena por sí sola.",
             "En el formulario CR-180, escriba \"yes\" en la columna de PC 17(d)(2) del punto 1 para esta condena, en la corte donde fue su caso."]),
        Prop47 => text(lang,
            ["Proposition 47 reduction (PC 1170.18)",
             "A felony for certain drug possession and theft offenses of $950 or less becomes a misdemeanor for almost all purposes.",
             "It does not restore gun rights. It does not dismiss the conviction; ask for a dismissal after.",
             "Apply to the court where you were convicted (many courts have a local Prop 47 form; ask the clerk or self-help center). No fee. After the 2022 deadline, explain why you are applying late."],
            ["Reducción por la Proposición 47 (PC 1170.18)",
             "Una condena por delito grave por posesión de ciertas drogas, o por robo de $950 o menos, pasa a ser delito menor para casi todo efecto.",
             "No devuelve el derecho a tener armas. No desestima la condena; pida la desestimación después.",
             "Presente una solicitud en la corte donde fue su caso (muchas cortes tienen un formulario local para la Prop 47; pregunte en la secretaría o el centro de ayuda). Sin cuota. Después del plazo de 2022, explique por qué la presenta tarde."]),
        Prop64 => text(lang,
            ["Proposition 64 cannabis relief (HS 11361.8)",
             "A cannabis conviction is reduced, or dismissed and sealed, depending on what the law allows today.",
             "Immigration may still treat it as a drug conviction.",
             "File form CR-400 with proof of service CR-401 at the court where you were convicted. No deadline, no fee."],
            ["Alivio por cannabis de la Proposición 64 (HS 11361.8)",
             "Una condena de cannabis se reduce, o se desestima y se sella, según lo que la ley permite hoy.",
             "Inmigración todavía puede considerarla una condena de drogas.",
             "Presente el formulario CR-400 (Petition/Application, la petición) con la prueba de entrega CR-401 (Proof of Service) en la corte donde fue su caso. Sin plazo ni cuota."]),
        Pc851_91 => text(lang,
            ["Sealing an arrest (PC 851.91)",
             "The court seals an arrest that did not lead to a conviction. Then it is treated as if it never happened.",
             "You must still disclose it for peace-officer jobs. It does not change gun or DMV rules.",
             "File form CR-409 at the court where the case was (or in the county of arrest). Serve the district attorney and the arresting agency at least 15 days before the hearing. No fee."],
            ["Sellar un arresto (PC 851.91)",
             "La corte sella un arresto que no terminó en condena. Después se trata como si nunca hubiera ocurrido.",
             "Todavía tiene que informar sobre el arresto si solicita un trabajo de agente del orden público (peace officer). No cambia las reglas de armas ni del DMV.",
             "Presente el formulario CR-409 (Petition to Seal Arrest and Related Records, petición para sellar el arresto) en la corte donde estuvo el caso (o en el condado del arresto). Entregue copia al fiscal y a la agencia que hizo el arresto al menos 15 días antes de la audiencia. Sin cuota."]),
        Pc851_93 => text(lang,
            ["Automatic arrest relief by the state (PC 851.93)",
             "The Department of Justice seals the arrest on its own and marks your record \"relief granted\". No form, no fee.",
             "It only works if the state's records are complete, and peace-officer employers can still see it.",
             "Ask the DOJ for your record to check. If the arrest is not marked, you can petition the court (form CR-409)."],
            ["Alivio automático de arrestos del estado (PC 851.93)",
             "El Departamento de Justicia sella el arresto por su cuenta y marca su récord con \"relief granted\" (alivio concedido). Sin formulario ni cuota.",
             "Solo funciona si los registros del estado están completos, y las agencias que contratan agentes del orden público (peace officers) todavía pueden verlo.",
             "Pida su récord al DOJ para revisarlo. Si el arresto no está marcado como sellado, puede presentar una petición a la corte (formulario CR-409)."]),
        Pc851_8 => text(lang,
            ["Finding of factual innocence (PC 851.8)",
             "If the judge finds there was no reasonable cause to arrest you, the records are sealed and later destroyed.",
             "It is hard to win: you must show you did not commit the offense.",
             "Ask the arresting agency first if no charges were filed, or the court if the case was dismissed or you were acquitted. A lawyer can help."],
            ["Declaración de inocencia de hecho (PC 851.8)",
             "Si el juez decide que no hubo causa razonable para arrestarlo, los expedientes se sellan y después se destruyen.",
             "Es difícil de ganar: debe mostrar que usted no cometió el delito.",
             "Pídalo primero a la agencia que hizo el arresto si no hubo cargos, o a la corte si el caso se desestimó o el veredicto fue de no culpable. Un abogado le puede ayudar."]),
        Cor => text(lang,
            ["Certificate of Rehabilitation (PC 4852.01)",
             "A court order that you are rehabilitated. It helps with licenses and jobs and is sent to the Governor as a pardon application.",
             "It does not erase the conviction. It does not restore gun rights by itself.",
             "File a petition at the superior court of the county where you live (ask the clerk for the local form) and notify the district attorney. There is no statewide form and no statutory fee."],
            ["Certificado de Rehabilitación (PC 4852.01)",
             "Una orden de la corte que declara su rehabilitación. Ayuda con licencias y trabajos y se envía al Gobernador como solicitud de indulto.",
             "No borra la condena. No devuelve el derecho a tener armas por sí solo.",
             "Presente una petición en la corte superior del condado donde vive (pida el formulario local en la secretaría) y avise al fiscal. No hay formulario estatal ni cuota por ley."]),
        Pardon => text(lang,
            ["Governor's pardon", "The Governor forgives the conviction. It restores many rights and can remove job barriers.",
             "It does not erase the record. It restores gun rights only if it says so.",
             "Apply on the Governor's website (gov.ca.gov/pardons), or get a Certificate of Rehabilitation first. Give the district attorney 10 days' notice. No fee."],
            ["Indulto del Gobernador", "El Gobernador perdona la condena. Devuelve muchos derechos y puede quitar barreras para trabajar.",
             "No borra el récord. Devuelve el derecho a tener armas solo si lo dice.",
             "Presente la solicitud en el sitio web del Gobernador (gov.ca.gov/pardons), o consiga primero un Certificado de Rehabilitación. Avise al fiscal con 10 días de anticipación. Sin cuota."]),
        Pc290_5 => text(lang,
            ["Ending sex-offender registration (PC 290.5)",
             "After the minimum time for your tier, the court may end your duty to register.",
             "Tier 3 is for life. The Department of Justice decides your tier.",
             "File form CR-415 in the county where you register, on or after your next birthday after the period ends. A lawyer can help check your tier."],
            ["Terminar el registro como delincuente sexual (PC 290.5)",
             "Después del tiempo mínimo de su nivel, la corte puede terminar su obligación de registrarse.",
             "El nivel 3 es de por vida. El Departamento de Justicia decide su nivel.",
             "Presente el formulario CR-415 (Petition to Terminate Sex Offender Registration, petición para terminar el registro) en el condado donde se registra. Hágalo a partir de su primer cumpleaños después de que termine el plazo. Un abogado le puede ayudar a revisar su nivel."]),
        Pc1473_7 => text(lang,
            ["Motion to vacate a conviction (PC 1473.7)",
             "If no one explained the immigration effects of your plea (or there is new evidence or racial bias), the court can cancel the conviction itself. This does count for immigration.",
             "You must prove the grounds, and you must not be in custody.",
             "Talk to an immigration lawyer or a public defender's immigration unit before filing anything."],
            ["Moción para dejar sin efecto una condena (PC 1473.7)",
             "Si nadie le explicó los efectos de inmigración de su declaración (o hay pruebas nuevas o prejuicio racial), la corte puede dejar sin efecto (anular) la condena misma. Esto sí cuenta para inmigración.",
             "Debe probar las razones y no puede estar bajo custodia.",
             "Hable con un abogado de inmigración o con la unidad de inmigración de la defensoría pública antes de presentar algo."]),
        Pc236_14 => text(lang,
            ["Vacating convictions of trafficking survivors (PC 236.14)",
             "If the offense happened because you were a victim of human trafficking, the court can cancel the conviction and seal the records.",
             "You must show clear evidence. It does not cancel restitution owed to victims.",
             "Contact a legal aid group that helps trafficking survivors; they can file the petition with you for free."],
            ["Dejar sin efecto condenas de sobrevivientes de trata (PC 236.14)",
             "Si el delito ocurrió porque usted era víctima de trata de personas, la corte puede dejar sin efecto (anular) la condena y sellar los expedientes.",
             "Debe mostrar pruebas claras. No cancela la restitución que se debe a las víctimas.",
             "Comuníquese con un grupo de ayuda legal para sobrevivientes de trata; pueden presentar la petición con usted gratis."]),
    }
}

/// Where a person can find a fact the engine needs (by the field path in `missing`).
pub fn where_to_find(field: &str, lang: Lang) -> &'static str {
    let last = field.rsplit('.').next().unwrap_or(field);
    let pair: [&'static str; 2] = match last {
        "probation_ended_on" | "probation_outcome" => [
            "Your court's minute order, your probation officer, or the court clerk.",
            "El acta de la corte (minute order), su oficial de libertad condicional o la secretaría de la corte."],
        "sentence_completed_on" | "released_from_custody_on" => [
            "Your RAP sheet from the DOJ, or your parole or probation office.",
            "Su récord (RAP sheet) del DOJ, o su oficina de libertad bajo palabra o condicional."],
        "sentence_complied" => [
            "The court's docket or the clerk can tell you if fines and classes are marked done.",
            "El registro del caso (docket) o la secretaría le pueden decir si las multas y clases aparecen como cumplidas."],
        "offense" | "level" | "sentence" => [
            "Your court papers (the judgment or minute order) or your RAP sheet from the DOJ.",
            "Sus papeles de la corte (la sentencia o el acta) o su récord (RAP sheet) del DOJ."],
        "residential" | "shoplifting" | "could_be_misdemeanor" => [
            "The police report, the charging papers (complaint or information) or your court file describe the place and what happened.",
            "El reporte de la policía, los papeles de los cargos (denuncia o acusación) o su expediente de la corte describen el lugar y lo que pasó."],
        "value_over_950" => [
            "The police report or the court file.",
            "El reporte de la policía o el expediente de la corte."],
        "offense_on" | "arrested_on" | "outcome" => [
            "Your RAP sheet from the DOJ, or the court file.",
            "Su récord (RAP sheet) del DOJ, o el expediente de la corte."],
        "california_resident_since" => [
            "Your own records: leases, jobs, school or tax records.",
            "Sus propios documentos: contratos de renta, trabajos, escuela o impuestos."],
        "vacatur_grounds" => [
            "Only a lawyer can tell. Immigration legal aid groups and public defenders can help.",
            "Solo un abogado lo puede decir. Grupos de ayuda legal de inmigración y la defensoría pública pueden ayudar."],
        "convictions" => [
            "A lawyer can check whether the one-conviction rule's exceptions fit you.",
            "Un abogado puede revisar si las excepciones a la regla de una sola condena le aplican."],
        _ => [
            "You know this best. If you are not sure, a lawyer or legal aid office can help.",
            "Usted lo sabe mejor. Si no lo sabe con certeza, un abogado o una oficina de ayuda legal le puede ayudar."],
    };
    lang.pick(pair)
}

/// The legal words used in results, with plain definitions.
pub fn glossary(lang: Lang) -> &'static [(&'static str, &'static str)] {
    const EN: &[(&str, &str)] = &[
        ("Dismissal (\"expungement\")", "The court lets you withdraw your plea and dismisses the case. The conviction stays on your record, marked dismissed, but most private employers cannot use it. It still counts as a conviction for immigration."),
        ("Sealing", "Records are closed to the public and treated as if the event never happened."),
        ("Felony", "A serious crime that can mean state prison or a felony county-jail term."),
        ("Misdemeanor", "A less serious crime, punished by up to one year in county jail."),
        ("Infraction", "A minor offense, like most traffic tickets, punished by a fine."),
        ("Wobbler", "An offense that can be charged as a felony or a misdemeanor."),
        ("Probation", "Supervision in the community instead of, or after, jail, with conditions to follow."),
        ("Parole", "Supervision after release from state prison."),
        ("RAP sheet", "Your official California criminal record, kept by the Department of Justice."),
        ("Minute order", "The court's written record of what happened at each hearing."),
        ("Petition", "A written request asking the court to do something."),
        ("Discretionary", "The judge decides, even if you meet the rules."),
        ("Mandatory", "If you meet the rules, the court must grant it."),
        ("PC, HS, VC", "California's codes: PC is the Penal Code, HS the Health and Safety Code, VC the Vehicle Code, BP the Business and Professions Code, WI the Welfare and Institutions Code."),
        ("District attorney", "The government's lawyer who prosecutes criminal cases."),
        ("Vacate", "The court cancels the conviction itself, as if it had not happened. This does count for immigration."),
        ("Restitution", "Money the court ordered you to pay the victim."),
        ("Hearing", "The time set for the judge to hear a request, in court."),
        ("Custody", "Being in jail or prison, or on probation, parole or other supervision."),
        ("Factual innocence", "A finding that there was no reasonable cause for the arrest: more than a verdict of not guilty."),
        ("Serious or violent felony", "A felony on the lists in PC 1192.7(c) and PC 667.5(c), such as robbery or burglary of a home; these close some options."),
    ];
    const ES: &[(&str, &str)] = &[
        ("Desestimación (\"expungement\")", "La corte le permite retirar su declaración de culpabilidad y desestima el caso. La condena sigue en su récord, con la nota de que se desestimó, pero la mayoría de los empleadores privados no pueden usarla. Para inmigración sigue contando como condena."),
        ("Sellar", "Los expedientes se cierran al público y se tratan como si el hecho nunca hubiera ocurrido."),
        ("Delito grave (felony)", "Un delito serio que puede significar prisión estatal o una pena de delito grave en la cárcel del condado."),
        ("Delito menor (misdemeanor)", "Un delito menos serio, castigado con hasta un año en la cárcel del condado."),
        ("Infracción", "Una falta menor, como la mayoría de las multas de tránsito, castigada con una multa."),
        ("Wobbler", "Un delito que se puede procesar como delito grave o como delito menor."),
        ("Libertad condicional (probation)", "Supervisión en la comunidad en lugar de la cárcel, o después, con condiciones que cumplir."),
        ("Libertad bajo palabra (parole)", "Supervisión después de salir de la prisión estatal."),
        ("Récord (RAP sheet)", "Su historial penal oficial de California, que guarda el Departamento de Justicia."),
        ("Acta (minute order)", "El registro escrito de la corte de lo que pasó en cada audiencia."),
        ("Petición", "Una solicitud por escrito para pedir algo a la corte."),
        ("Discrecional", "El juez decide, aunque usted cumpla las reglas."),
        ("Obligatorio", "Si usted cumple las reglas, la corte tiene que concederlo."),
        ("PC, HS, VC", "Los códigos de California. PC es el Código Penal (Penal Code); HS, el Código de Salud y Seguridad; VC, el Código de Vehículos. BP es el Código de Negocios y Profesiones, y WI, el Código de Bienestar e Instituciones."),
        ("Fiscal (district attorney)", "El abogado del gobierno que acusa en los casos penales."),
        ("Dejar sin efecto (vacate)", "La corte cancela la condena misma, como si no hubiera existido. Esto sí cuenta para inmigración."),
        ("Restitución (restitution)", "Dinero que la corte le ordenó pagar a la víctima."),
        ("Audiencia (hearing)", "El momento en que el juez escucha una petición en la corte."),
        ("Custodia (custody)", "Estar en la cárcel o en prisión, o en libertad condicional, libertad bajo palabra u otra supervisión."),
        ("Inocencia de hecho (factual innocence)", "Una decisión de que no hubo causa razonable para el arresto: es más que un veredicto de no culpable."),
        ("Delito grave serio o violento (serious or violent felony)", "Un delito grave de las listas de PC 1192.7(c) y PC 667.5(c), como el robo con violencia o el robo en una vivienda; estos cierran algunas opciones."),
    ];
    match lang {
        Lang::En => EN,
        Lang::Es => ES,
    }
}

/// The step for a plan: what to ask of whom, the forms and the fee, as the remedy's "next steps"
/// text says it (no new facts here: the same court, forms and fees, shorter).
pub fn remedy_step(remedy: RemedyId, lang: Lang) -> &'static str {
    use RemedyId::*;
    let [en, es]: [&'static str; 2] = match remedy {
        Pc1203_4 | Pc1203_4a | Pc1203_42 => [
            "ask the court where you were convicted to dismiss the case: forms CR-180 and CR-181, no filing fee",
            "pida a la corte donde fue su caso que desestime el caso: formularios CR-180 y CR-181, sin cuota",
        ],
        Pc1203_41 => [
            "ask the court where you were convicted to dismiss the case: forms CR-180 and CR-181, with a statement about your life since, no filing fee",
            "pida a la corte donde fue su caso que desestime el caso: formularios CR-180 y CR-181, con una declaración sobre su vida desde entonces, sin cuota",
        ],
        Pc1203_425 => [
            "the state should clear it on its own: ask the DOJ for your record and look for \"relief granted\"",
            "el estado debería limpiarlo por su cuenta: pida su récord al DOJ y busque \"relief granted\" (alivio concedido)",
        ],
        Pc1203_3 => [
            "ask the court that put you on probation to end it early (a motion; ask the clerk or self-help center)",
            "pida a la corte que le dio la libertad condicional que la termine antes (una moción; pregunte en la secretaría o el centro de ayuda)",
        ],
        Pc1203_45 => [
            "ask the court where you were convicted to seal it, with a petition of its own (ask the clerk for the form; CR-180 has no item for it), no fee",
            "pida a la corte donde fue su caso que lo selle, con una petición aparte (pida el formulario en la secretaría; el CR-180 no tiene un punto para esto), sin cuota",
        ],
        Pc17b => [
            "ask the court to reduce the felony to a misdemeanor: \"yes\" in the PC 17(b) column of form CR-180, item 1, no filing fee",
            "pida a la corte que reduzca el delito grave a delito menor: \"yes\" en la columna de PC 17(b) del formulario CR-180, punto 1, sin cuota",
        ],
        Pc17d => [
            "ask the court where you were convicted to reduce it to an infraction, on form CR-180",
            "pida a la corte donde fue su caso que lo reduzca a infracción, en el formulario CR-180",
        ],
        Prop47 => [
            "apply to the court where you were convicted for a Proposition 47 reduction (ask the clerk for the local form), no fee",
            "solicite a la corte donde fue su caso la reducción de la Proposición 47 (pida el formulario local en la secretaría), sin cuota",
        ],
        Prop64 => [
            "ask the court where you were convicted for Proposition 64 relief: forms CR-400 and CR-401, no fee",
            "pida a la corte donde fue su caso la ayuda de la Proposición 64: formularios CR-400 y CR-401, sin cuota",
        ],
        Pc851_91 => [
            "ask the court to seal the arrest: form CR-409, served on the district attorney and the arresting agency, no fee",
            "pida a la corte que selle el arresto: formulario CR-409, con copia al fiscal y a la agencia que hizo el arresto, sin cuota",
        ],
        Pc851_93 => [
            "the state should mark the arrest on its own: ask the DOJ for your record and look for \"relief granted\"",
            "el estado debería marcar el arresto por su cuenta: pida su récord al DOJ y busque \"relief granted\" (alivio concedido)",
        ],
        Pc851_8 => [
            "ask the arresting agency or the court for a finding of factual innocence (a lawyer can help)",
            "pida a la agencia que hizo el arresto o a la corte que declare su inocencia de hecho (un abogado le puede ayudar)",
        ],
        Cor => [
            "ask the superior court of the county where you live for a Certificate of Rehabilitation (ask the clerk for the local form), no statutory fee",
            "pida a la corte superior del condado donde vive un Certificado de Rehabilitación (pida el formulario local en la secretaría), sin cuota de ley",
        ],
        Pardon => [
            "apply to the Governor for a pardon (gov.ca.gov/pardons), no fee",
            "solicite un indulto al Gobernador (gov.ca.gov/pardons), sin cuota",
        ],
        Pc290_5 => [
            "ask to end registration: form CR-415 in the county where you register",
            "pida terminar el registro: formulario CR-415 en el condado donde se registra",
        ],
        Pc1473_7 => [
            "talk to an immigration lawyer or a public defender's immigration unit about a motion to vacate",
            "hable con un abogado de inmigración o con la unidad de inmigración de la defensoría pública sobre una moción para dejar sin efecto la condena",
        ],
        Pc236_14 => [
            "contact a legal aid group that helps trafficking survivors about a petition to vacate",
            "comuníquese con un grupo de ayuda legal para sobrevivientes de trata sobre una petición para dejar sin efecto la condena",
        ],
    };
    lang.pick([en, es])
}

/// The step when one CR-180 asks for a PC 17(b) reduction and a dismissal together.
pub fn reduce_and_dismiss_step(lang: Lang) -> &'static str {
    lang.pick([
        "ask the court where you were convicted to reduce the felony to a misdemeanor (PC 17(b)) and dismiss the case, both on one form CR-180 (with CR-181), no filing fee",
        "pida a la corte donde fue su caso que reduzca el delito grave a delito menor (PC 17(b)) y que desestime el caso. Las dos cosas van en un solo formulario CR-180 (con el CR-181), sin cuota",
    ])
}
