//! The widget's own words: questions, hints, buttons, errors, results labels.

//!
//! Two tables: [`Msg`] for the widget's pages and [`ReportMsg`] for the results page, which is
//! built into the results module and is not part of the first load (see `src/ui/lazy.rs`).

/// A table of messages, each with its English and Spanish text.
pub trait Message: Copy {
    fn pair(self) -> [&'static str; 2];
}

macro_rules! messages {
    ($(#[$doc:meta])* $ty:ident { $($name:ident => [$en:expr, $es:expr $(,)?],)* }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $ty { $($name,)* }
        impl $ty {
            pub const ALL: &'static [$ty] = &[$($ty::$name,)*];
        }
        impl Message for $ty {
            fn pair(self) -> [&'static str; 2] {
                match self { $($ty::$name => [$en, $es],)* }
            }
        }
    };
}

messages! {
/// The widget's words: every page but the results.
Msg {
    // --- Page frame ---
    AppTitle => ["Check if you can clear your California record", "Averigüe si puede limpiar sus antecedentes penales en California"],
    StartLead => ["Answer a few questions about your convictions and arrests. We will show which record-clearing options may fit, from what date, and what to do next.",
                  "Conteste unas preguntas sobre sus condenas y arrestos. Le mostraremos qué opciones para limpiar sus antecedentes podrían aplicar, desde qué fecha y qué hacer después."],
    StartTime => ["It takes about 5 minutes.", "Toma unos 5 minutos."],
    StartPrivacy => ["Your answers stay on this device. Nothing is sent anywhere, and nothing is kept after you close this tab.",
                     "Sus respuestas se quedan en este aparato. No se envía nada a ningún lugar y no se guarda nada cuando cierra esta pestaña."],
    StartNotAdvice => ["This is general information, not legal advice. A lawyer can tell you for sure.",
                       "Esto es información general, no asesoría legal. Un abogado le puede decir con seguridad."],
    StartWhatItDoes => ["What this tool does", "Qué hace esta herramienta"],
    StartDoesList => ["It checks dismissals (\"expungement\"), reductions, Proposition 47 and 64, automatic relief, sealing arrests, a Certificate of Rehabilitation and pardons.",
                      "Revisa anulaciones (\"borrar antecedentes\"), reducciones, las Proposiciones 47 y 64, el alivio automático, el sellado de arrestos, el Certificado de Rehabilitación y los indultos."],
    StartDoesNot => ["It does not file anything for you, and it cannot see your court record. It only uses what you tell it.",
                     "No presenta nada por usted y no puede ver su expediente. Solo usa lo que usted le dice."],
    StartHaveReady => ["It helps to have your court papers or your record (RAP sheet) nearby, but you can answer \"I'm not sure\".",
                       "Ayuda tener a la mano sus papeles de la corte o su récord (RAP sheet), pero puede contestar \"No estoy seguro\"."],
    StartButton => ["Start now", "Empezar"],
    SkipToQuestion => ["Skip to the question", "Ir a la pregunta"],
    LanguageSwitch => ["Español", "English"],
    LanguageSwitchLabel => ["Leer en español", "Read in English"],
    QuickExit => ["Quick exit", "Salida rápida"],
    QuickExitHint => ["Leaves this page at once and clears your answers", "Sale de esta página de inmediato y borra sus respuestas"],
    ClearAnswers => ["Clear my answers", "Borrar mis respuestas"],
    ClearConfirm => ["Your answers have been cleared from this device.", "Sus respuestas se borraron de este aparato."],
    OpenAnswers => ["Open saved answers", "Abrir respuestas guardadas"],
    OpenError => ["We could not open that file", "No pudimos abrir ese archivo"],
    OpenNotJson => ["The file is not a saved-answers file from this tool.", "El archivo no es un archivo de respuestas guardadas de esta herramienta."],
    OpenLoaded => ["Your saved answers are loaded. Check them below.", "Sus respuestas guardadas se cargaron. Revíselas abajo."],
    Back => ["Back", "Atrás"],
    Continue => ["Continue", "Continuar"],
    Yes => ["Yes", "Sí"],
    No => ["No", "No"],
    NotSure => ["I'm not sure", "No estoy seguro"],
    Change => ["Change", "Cambiar"],
    ErrorPrefix => ["Error:", "Error:"],
    ErrorSummaryTitle => ["There is a problem", "Hay un problema"],
    ErrorChooseOne => ["Choose one of the answers", "Elija una de las respuestas"],
    ProgressLabel => ["Progress", "Progreso"],
    SectionAboutYou => ["About you", "Sobre usted"],
    SectionConvictions => ["Convictions", "Condenas"],
    SectionArrests => ["Arrests", "Arrestos"],
    SectionResults => ["Results", "Resultados"],
    SectionCurrent => ["current section", "sección actual"],
    SectionDone => ["done", "completada"],
    ConvictionNumber => ["Conviction", "Condena"],
    ArrestNumber => ["Arrest", "Arresto"],
    NotLegalAdvice => ["General information, not legal advice. Laws change; a lawyer can confirm what applies to you.",
                       "Información general, no asesoría legal. Las leyes cambian; un abogado puede confirmar lo que le aplica."],
    PrivacyFooter => ["Private: your answers never leave this device.", "Privado: sus respuestas nunca salen de este aparato."],

    // --- About you ---
    QPending => ["Do you have a criminal case that is not finished?", "¿Tiene un caso penal que no ha terminado?"],
    HPending => ["For example, charges filed against you that are still in court.", "Por ejemplo, cargos en su contra que siguen en la corte."],
    QSupervised => ["Are you on probation, parole or other supervision right now?", "¿Está en libertad condicional, libertad bajo palabra u otra supervisión ahora?"],
    HSupervised => ["In any case, including the ones you will tell us about.", "En cualquier caso, incluso los que nos va a contar."],
    QServing => ["Are you in jail or prison, or serving a sentence, right now?", "¿Está en la cárcel o prisión, o cumpliendo una sentencia, ahora?"],
    HServing => ["Probation or parole alone does not count here.", "La libertad condicional o bajo palabra sola no cuenta aquí."],
    QRegistered => ["Do you have to register as a sex offender (Penal Code 290)?", "¿Tiene que registrarse como delincuente sexual (Código Penal 290)?"],
    HRegistered => ["Some options are not open to people who must register.", "Algunas opciones no están disponibles para quienes deben registrarse."],
    QCitizen => ["Are you a U.S. citizen?", "¿Es ciudadano de los Estados Unidos?"],
    HCitizen => ["We ask because a dismissal does not remove immigration consequences. We do not share your answer with anyone.",
                 "Preguntamos porque una anulación no quita las consecuencias de inmigración. No compartimos su respuesta con nadie."],
    QResidence => ["Since when have you lived in California without a break?", "¿Desde cuándo vive en California sin interrupción?"],
    HResidence => ["Needed for a Certificate of Rehabilitation. Give the month and year if you can.", "Se necesita para el Certificado de Rehabilitación. Dé el mes y el año si puede."],

    // --- Convictions ---
    QHasConvictions => ["Have you been convicted of a crime in California?", "¿Lo han condenado por un delito en California?"],
    HHasConvictions => ["Include guilty pleas and \"no contest\" pleas. Do not include juvenile court cases.",
                        "Incluya las declaraciones de culpabilidad y de \"no contest\". No incluya casos de la corte de menores."],
    QOffense => ["What were you convicted of?", "¿De qué lo condenaron?"],
    QArrestOffense => ["What were you arrested for?", "¿Por qué lo arrestaron?"],
    HOffense => ["Type the code section (like 459.5 or PC 484) or a few words (like shoplifting or DUI), then choose from the list.",
                 "Escriba la sección del código (como 459.5 o PC 484) o unas palabras (como robo en tienda o DUI), y elija de la lista."],
    OffenseSearchLabel => ["Code section or words", "Sección del código o palabras"],
    OffenseResults => ["Matching offenses", "Delitos que coinciden"],
    OffenseLoading => ["Getting the list of offenses ready…", "Preparando la lista de delitos…"],
    OffenseNoMatch => ["No offense matches those words. Try the code section, other words, or choose \"I don't know the code\".",
                       "Ningún delito coincide con esas palabras. Pruebe con la sección del código, otras palabras, o elija \"No sé el código\"."],
    OffenseDontKnow => ["I don't know the code", "No sé el código"],
    ErrorChooseOffense => ["Choose an offense from the list, or \"I don't know the code\"", "Elija un delito de la lista, o \"No sé el código\""],
    QCategory => ["What kind of offense was it?", "¿Qué tipo de delito fue?"],
    HCategory => ["This helps us ask the right questions. Your court papers or RAP sheet show the exact code.",
                  "Esto nos ayuda a hacer las preguntas correctas. Sus papeles de la corte o su récord muestran el código exacto."],
    CatTheft => ["Theft, shoplifting or property", "Robo, robo en tienda o propiedad"],
    CatDrugs => ["Drugs or cannabis", "Drogas o cannabis"],
    CatDriving => ["Driving (like DUI or driving without a license)", "Manejar (como DUI o manejar sin licencia)"],
    CatViolence => ["Fighting, threats or violence", "Peleas, amenazas o violencia"],
    CatOther => ["Something else", "Otra cosa"],
    QLevel => ["Was it a felony, a misdemeanor or an infraction?", "¿Fue un delito grave (felony), un delito menor (misdemeanor) o una infracción?"],
    HLevel => ["Your court papers say. If a felony was later reduced to a misdemeanor, choose felony; we ask about reductions later.",
               "Sus papeles de la corte lo dicen. Si un delito grave se redujo después a delito menor, elija delito grave; preguntamos por las reducciones más adelante."],
    LevelFelony => ["Felony", "Delito grave (felony)"],
    LevelMisdemeanor => ["Misdemeanor", "Delito menor (misdemeanor)"],
    LevelInfraction => ["Infraction (like a traffic ticket)", "Infracción (como una multa de tránsito)"],
    QConvictedOn => ["When were you sentenced?", "¿Cuándo lo sentenciaron?"],
    HConvictedOn => ["The date of the judgment. If you do not know the day, give the month and year, or just the year.",
                     "La fecha de la sentencia. Si no sabe el día, dé el mes y el año, o solo el año."],
    QSentence => ["What sentence did you get?", "¿Qué sentencia le dieron?"],
    HSentence => ["Choose the closest one.", "Elija la más parecida."],
    SentProbation => ["Probation (formal or informal, with or without some jail)", "Libertad condicional (formal o informal, con o sin algo de cárcel)"],
    SentNoProbation => ["A fine or jail, but no probation", "Una multa o cárcel, pero sin libertad condicional"],
    SentCountyJail => ["A felony jail term in county jail", "Una condena de delito grave en la cárcel del condado"],
    SentSplit => ["County jail plus mandatory supervision (a \"split sentence\")", "Cárcel del condado más supervisión obligatoria (\"sentencia dividida\")"],
    SentPrison => ["State prison", "Prisión estatal"],
    QProbationOutcome => ["How did your probation go?", "¿Cómo le fue en la libertad condicional?"],
    HProbationOutcome => ["Your court's minute orders show if a violation was found.", "Las actas de la corte (minute orders) muestran si se encontró una violación."],
    OutCompleted => ["I finished it with no violation", "La terminé sin ninguna violación"],
    OutTerminatedEarly => ["The court ended it early", "La corte la terminó antes de tiempo"],
    OutViolated => ["A violation was found, but I finished it", "Se encontró una violación, pero la terminé"],
    OutRevoked => ["It was revoked and I served jail or prison time", "Me la revocaron y cumplí tiempo en la cárcel o prisión"],
    OutOngoing => ["I am still on probation", "Todavía estoy en libertad condicional"],
    QProbationEnd => ["When did (or when will) your probation end?", "¿Cuándo terminó (o cuándo terminará) su libertad condicional?"],
    HProbationEnd => ["If it is still running, give the date it is set to end.", "Si todavía sigue, dé la fecha en que debe terminar."],
    QReleased => ["When were you released from jail or prison?", "¿Cuándo salió de la cárcel o prisión?"],
    HReleased => ["The day you got out, even if parole or supervision followed.", "El día que salió, aunque después siguiera la libertad bajo palabra o supervisión."],
    QSentenceEnd => ["When did the whole sentence end, including parole or supervision?", "¿Cuándo terminó toda la sentencia, incluida la libertad bajo palabra o la supervisión?"],
    HSentenceEnd => ["Your parole or probation office, or your RAP sheet, can tell you.", "Su oficina de libertad bajo palabra o condicional, o su récord, se lo pueden decir."],
    QComplied => ["Did you do everything the sentence required?", "¿Cumplió con todo lo que pedía la sentencia?"],
    HComplied => ["Fines, classes, community service, jail time. Unpaid restitution does not count against you.",
                  "Multas, clases, servicio comunitario, tiempo en la cárcel. La restitución sin pagar no cuenta en su contra."],
    QValue => ["Was the value of the property or money more than $950?", "¿El valor de la propiedad o el dinero fue más de $950?"],
    HValue => ["The police report or court file may show it.", "El reporte de la policía o el expediente de la corte lo pueden mostrar."],
    QUnder18 => ["Were you under 18 when this happened?", "¿Tenía menos de 18 años cuando pasó esto?"],
    HUnder18 => ["Only for cases in adult court.", "Solo para casos en la corte de adultos."],
    QOffenseOn => ["When did the offense happen?", "¿Cuándo ocurrió el delito?"],
    HOffenseOn => ["The date of the offense, not the court date. The year is enough if that is all you know.",
                   "La fecha del delito, no la de la corte. Basta con el año si es todo lo que sabe."],
    QRelief => ["Has a court or the state already cleared or reduced this conviction?", "¿Una corte o el estado ya anuló o redujo esta condena?"],
    HRelief => ["Choose all that apply. Leave all unchecked if none or you are not sure.", "Elija todas las que apliquen. Deje todo sin marcar si ninguna aplica o no está seguro."],
    ReliefDismissed => ["It was dismissed (\"expunged\")", "Fue anulada (\"borrada\")"],
    ReliefReduced => ["A felony was reduced to a misdemeanor", "Un delito grave se redujo a delito menor"],
    ReliefProp47 => ["It was changed under Proposition 47", "Se cambió bajo la Proposición 47"],
    ReliefProp64 => ["It was changed under Proposition 64 (cannabis)", "Se cambió bajo la Proposición 64 (cannabis)"],
    QSuperStrike => ["Have you ever been convicted of a very serious violent or sex offense, such as murder, attempted murder or rape?",
                     "¿Alguna vez lo condenaron por un delito violento o sexual muy grave, como asesinato, intento de asesinato o violación?"],
    HSuperStrike => ["Proposition 47 is not open to people with these convictions (the law calls them \"super strikes\").",
                     "La Proposición 47 no está disponible para personas con estas condenas (la ley las llama \"super strikes\")."],
    QAnotherConviction => ["Do you have another conviction to add?", "¿Tiene otra condena que agregar?"],
    HAnotherConviction => ["Add each case separately. You can change any answer later.", "Agregue cada caso por separado. Puede cambiar cualquier respuesta después."],

    // --- Arrests ---
    QHasArrests => ["Were you ever arrested for something that did not lead to a conviction?", "¿Alguna vez lo arrestaron por algo que no terminó en condena?"],
    HHasArrests => ["For example, no charges were filed, the case was dismissed, or you were found not guilty.", "Por ejemplo, no se presentaron cargos, el caso se desestimó o lo declararon inocente."],
    QArrestLevel => ["Was the arrest for a felony or a misdemeanor?", "¿El arresto fue por un delito grave o por un delito menor?"],
    QArrestedOn => ["When were you arrested?", "¿Cuándo lo arrestaron?"],
    HArrestedOn => ["The month and year are enough; the year if that is all you know.", "Basta con el mes y el año; el año si es todo lo que sabe."],
    QArrestOutcome => ["What happened after the arrest?", "¿Qué pasó después del arresto?"],
    ArrNotCharged => ["No charges were filed", "No se presentaron cargos"],
    ArrDismissed => ["Charges were filed and then dismissed", "Se presentaron cargos y luego se desestimaron"],
    ArrAcquitted => ["I was found not guilty", "Me declararon inocente"],
    ArrDiversion => ["I finished a diversion program and the charges were dropped", "Terminé un programa de desvío (diversion) y retiraron los cargos"],
    ArrPending => ["The case is still open", "El caso sigue abierto"],
    QAnotherArrest => ["Do you have another arrest to add?", "¿Tiene otro arresto que agregar?"],

    // --- Dates ---
    DateDay => ["Day", "Día"],
    DateMonth => ["Month", "Mes"],
    DateYear => ["Year", "Año"],
    DateMonthNone => ["I don't know the month", "No sé el mes"],
    DateNotSure => ["I don't know the date", "No sé la fecha"],
    ErrorYearMissing => ["Enter the year, even a best guess", "Escriba el año, aunque sea aproximado"],
    ErrorYearBad => ["Enter a year with 4 numbers, like 2019", "Escriba un año con 4 números, como 2019"],
    ErrorDayNeedsMonth => ["Choose the month too, or leave the day empty", "Elija también el mes, o deje el día vacío"],
    ErrorDateNotReal => ["Enter a real date (that day does not exist)", "Escriba una fecha real (ese día no existe)"],
    ErrorDateFuture => ["The date must be today or in the past", "La fecha debe ser hoy o en el pasado"],

    // --- Check your answers ---
    CheckTitle => ["Check your answers", "Revise sus respuestas"],
    CheckLead => ["Make sure these are right. Use \"Change\" to fix any answer.", "Asegúrese de que estén bien. Use \"Cambiar\" para corregir cualquier respuesta."],
    AddConviction => ["Add another conviction", "Agregar otra condena"],
    AddArrest => ["Add another arrest", "Agregar otro arresto"],
    Remove => ["Remove", "Quitar"],
    CheckSubmit => ["See my results", "Ver mis resultados"],
    NotAnswered => ["Not answered", "Sin respuesta"],
    UnknownCode => ["Code not known", "Código desconocido"],

    // --- Results ---
    ResultsTitle => ["Your results", "Sus resultados"],
    ResultsLoading => ["Checking your answers…", "Revisando sus respuestas…"],
    ResultsLoadFailed => ["The results could not be loaded. Check your internet connection and reload the page: your answers are kept until you close this tab.",
                          "No se pudieron cargar los resultados. Revise su conexión a internet y vuelva a cargar la página: sus respuestas se guardan hasta que cierre esta pestaña."],
    ContactCall => ["Call", "Llame al"],
    ContactBook => ["Contact us", "Contáctenos"],
    FirmResponsible => ["Responsible attorney and office", "Abogado responsable y oficina"],
}
}

messages! {
/// The results page's words (built into the results module only).
ReportMsg {
    SaveAnswers => ["Save my answers to a file", "Guardar mis respuestas en un archivo"],
    SaveHint => ["The file stays on your device. Keep it private: it has details about your record.",
                 "El archivo se queda en su aparato. Guárdelo en privado: tiene detalles de sus antecedentes."],
    Print => ["Print or save as PDF", "Imprimir o guardar como PDF"],
    RulesAsOf => ["Rules checked against California law as of", "Reglas revisadas según la ley de California al"],
    ResultsLead => ["Based on your answers, these options may fit. \"May\" matters: only a court or the state decides.",
                    "Según sus respuestas, estas opciones podrían aplicar. \"Podrían\" importa: solo una corte o el estado decide."],
    ResultsAutomatic => ["This may already have been cleared", "Puede que esto ya se haya limpiado"],
    ResultsAutomaticLead => ["The state clears some records on its own. Check your record (RAP sheet) to see if it says \"relief granted\".",
                             "El estado limpia algunos antecedentes por su cuenta. Revise su récord (RAP sheet) para ver si dice \"relief granted\"."],
    ResultsNothing => ["We did not find an option that fits your answers right now. A lawyer or legal aid office may still find one.",
                       "No encontramos una opción que aplique a sus respuestas ahora. Un abogado o una oficina de ayuda legal todavía podría encontrar una."],
    ResultsFor => ["Options for", "Opciones para"],
    OutcomeEligible => ["You may qualify now", "Podría calificar ahora"],
    OutcomeLater => ["You may qualify on", "Podría calificar el"],
    OutcomeNeedsInfo => ["We need one more fact", "Necesitamos un dato más"],
    OutcomeNotEligible => ["This does not fit", "Esto no aplica"],
    OutcomeApproximate => ["(approximate: based on a date you were not sure of)", "(aproximado: según una fecha de la que no estaba seguro)"],
    DecisionMandatory => ["If you qualify, the court must grant it.", "Si califica, la corte tiene que concederlo."],
    DecisionDiscretionary => ["The judge decides.", "El juez decide."],
    DecisionGovernor => ["The Governor decides.", "El Gobernador decide."],
    DecisionAutomatic => ["The state does it on its own; no form needed.", "El estado lo hace por su cuenta; no se necesita formulario."],
    WhyLabel => ["Why", "Por qué"],
    WhatItDoes => ["What it does", "Qué hace"],
    WhatItDoesNot => ["What it does not do", "Qué no hace"],
    NextSteps => ["What to do next", "Qué hacer después"],
    WhereToFind => ["Where to find it", "Dónde encontrarlo"],
    AnswerIt => ["Answer this question", "Contestar esta pregunta"],
    NotFitTitle => ["Options that do not fit, and why", "Opciones que no aplican, y por qué"],
    NoticesTitle => ["Important limits to know", "Límites importantes que debe saber"],
    GetRecordTitle => ["How to get your record", "Cómo obtener su récord"],
    GetRecordText => ["Ask the California Department of Justice for your record (Record Review). Your court's clerk can give you minute orders and case papers. A fee waiver is available if you cannot pay (form FW-001).",
                      "Pida su récord al Departamento de Justicia de California (Record Review). La secretaría de la corte le puede dar las actas y los papeles del caso. Si no puede pagar, puede pedir una exención de cuotas (formulario FW-001)."],
    GlossaryTitle => ["Words used here", "Palabras que usamos aquí"],
    YourAnswers => ["Your answers", "Sus respuestas"],
    EditAnswers => ["Change my answers", "Cambiar mis respuestas"],
}
}
