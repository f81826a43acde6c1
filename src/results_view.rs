//! The results page as data: the engine's report turned into what the page shows, already in the
//! visitor's language. The results module (`src/bin/results.rs`) builds it; the widget's single Yew
//! app renders it (`ui::results`) and holds no legal wording of its own. Pure Rust, so the wording a
//! report produces is tested natively.
//!
//! It crosses from the results module to the widget as compact text ([`crate::wizard::codec`]):
//! the two are separate wasm modules, and a JSON library stays out of the widget.

use crate::engine::case::RemedyId;
use crate::engine::report::{Decision, Item, Outcome, Report, Why};
use crate::engine::{case_json, screen};
use crate::i18n::{
    glossary, offense_name, reduce_and_dismiss_step, remedy_step, remedy_text, show_date, t,
    where_to_find, Lang, Msg, ReportMsg, ViewMsg,
};
use crate::wizard::codec::fields;
use crate::wizard::Draft;
use chrono::NaiveDate;

/// What the widget hands to the results module.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ResultsInput {
    pub draft: Draft,
    pub lang: crate::i18n::Lang,
    /// The visitor's date, `YYYY-MM-DD`.
    pub today: String,
}

impl ResultsInput {
    /// The visitor's date; a malformed one falls back to the date the rules reflect.
    pub fn today(&self) -> NaiveDate {
        crate::engine::dates::FuzzyDate::parse(&self.today)
            .map(|d| d.earliest())
            .unwrap_or(crate::engine::params::RULES_AS_OF)
    }
}

/// The whole results page.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ResultsView {
    /// "Your plan": the warnings that come before any filing, then each action in order.
    pub plan: Vec<PlanStep>,
    /// Whether anything fits at all, now or later.
    pub any_fits: bool,
    pub records: Vec<RecordView>,
    /// Person-level warnings (immigration, firearms, registration…).
    pub notices: Vec<Line>,
    pub glossary: Vec<Term>,
    /// "June 15, 2026": the date the rules reflect.
    pub rules_as_of: String,
    /// The plan as plain text: what the visitor sees first, then may email the firm themselves.
    pub summary: String,
    /// "Before you file": how to get the record, the costs at court, how long it takes, and
    /// what this tool covers (costs and timing only where the plan goes to a court).
    pub help: Vec<Help>,
    /// The heading over `help`.
    pub help_title: String,
    /// The page's own words (`ReportMsg`, in its order) in the visitor's language: they come with
    /// the report, so the widget's first load does not carry them.
    pub words: Vec<String>,
}

impl ResultsView {
    /// One of the page's own words.
    pub fn word(&self, msg: ReportMsg) -> &str {
        self.words.get(msg as usize).map_or("", String::as_str)
    }
}

/// One step of the plan.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct PlanStep {
    /// `before` (a warning that comes before any filing), `now`, `later`, `automatic`, `info`.
    pub kind: String,
    /// "Before you file anything", "Now", "From June 15, 2028", "Still to find out".
    pub when: String,
    pub text: String,
    /// The record it is for ("Conviction 1: …"), "your convictions", or empty for a warning.
    pub about: String,
    pub decision: Option<String>,
    /// The remedies it is for (contract ids).
    pub remedies: Vec<String>,
    /// The record's section (`c1`), or empty.
    pub subject: String,
}

/// One conviction or arrest and its options.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RecordView {
    /// `c1`, `a2`…
    pub subject: String,
    /// "Conviction 1: Shoplifting (PC 459.5)".
    pub title: String,
    /// Fits now, later, or needs a fact: in that order.
    pub fits: Vec<Card>,
    /// Barred only by something that ends by itself (probation, a pending charge).
    pub not_yet: Vec<Card>,
    pub not_fit: Vec<NotFit>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Card {
    /// The contract's remedy id (`pc_1203_4`).
    pub remedy: String,
    /// The contract's outcome code (`eligible`…).
    pub outcome: String,
    /// `now`, `later`, `info` or `no`: the status colour.
    pub status: String,
    pub name: String,
    /// "You may qualify now", "You may qualify on June 15, 2028"…
    pub outcome_line: String,
    /// Who decides ("The court must grant it"…).
    pub decision: Option<String>,
    pub reasons: Vec<Line>,
    /// The facts that would decide it, and where to find each.
    pub needs: Vec<Need>,
    pub does: String,
    pub does_not: String,
    pub next: Option<String>,
    /// The judge (or the Governor) decides, or a fact is missing: where a lawyer helps most.
    pub ask_lawyer: bool,
    /// Where a judge decides: what a declaration can say, and the form courts accept it on.
    pub tip: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct NotFit {
    pub name: String,
    pub reasons: Vec<String>,
}

/// A reason or a notice: its code, the text, the statute it cites.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Line {
    pub code: String,
    pub text: String,
    pub cite: String,
}

/// A missing fact: the case-file field (the widget links it to its question) and where to find it.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Need {
    pub field: String,
    pub where_to_find: String,
}

/// One "before you file" topic: a title, its short paragraphs and, maybe, a link.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Help {
    pub title: String,
    pub items: Vec<String>,
    /// An official page ("" when none) and its link text.
    pub link: String,
    pub link_text: String,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Term {
    pub term: String,
    pub definition: String,
}

fields! {
    ResultsInput { draft, lang, today }
    ResultsView { plan, any_fits, records, notices, glossary, rules_as_of, summary, help, help_title, words }
    Help { title, items, link, link_text }
    PlanStep { kind, when, text, about, decision, remedies, subject }
    RecordView { subject, title, fits, not_yet, not_fit }
    Card { remedy, outcome, status, name, outcome_line, decision, reasons, needs, does, does_not, next, ask_lawyer, tip }
    NotFit { name, reasons }
    Line { code, text, cite }
    Need { field, where_to_find }
    Term { term, definition }
}

/// Screens the answers and words the report for the page.
pub fn results(input: &ResultsInput) -> ResultsView {
    let today = input.today();
    let draft = &input.draft;
    let report = match draft.to_case() {
        Ok(case) => screen(&case, today),
        Err(_) => screen(&Default::default(), today),
    };
    view(&report, draft, input.lang)
}

/// Words a report for the page.
pub fn view(report: &Report, draft: &Draft, lang: Lang) -> ResultsView {
    let firearms = report.notices.iter().any(|n| n.code == "firearms");
    let records = subjects(report)
        .into_iter()
        .map(|subject| {
            let mut items: Vec<&Item> = report
                .items
                .iter()
                .filter(|i| *i.subject == *subject)
                .collect();
            crate::sort::sort_by_key(&mut items, |i| (last_resort(i.remedy), rank(i.outcome)));
            let (fits, not): (Vec<&Item>, Vec<&Item>) = items
                .into_iter()
                .partition(|i| i.outcome != Outcome::NotEligible);
            let (not_yet, not): (Vec<&Item>, Vec<&Item>) =
                not.into_iter().partition(|i| i.barred_for_now());
            RecordView {
                title: record_title(draft, &subject, lang),
                fits: fits.into_iter().map(|i| card(i, lang, firearms)).collect(),
                not_yet: not_yet
                    .into_iter()
                    .map(|i| card(i, lang, firearms))
                    .collect(),
                not_fit: not
                    .into_iter()
                    .map(|i| NotFit {
                        name: remedy_text(i.remedy, lang).name.to_string(),
                        reasons: i.reasons.iter().map(|w| why_text(w, lang).into()).collect(),
                    })
                    .collect(),
                subject,
            }
        })
        .collect();
    let plan = plan(report, draft, lang);
    let rules_as_of = show_date(report.rules_as_of, lang);
    let help = help(&plan, lang);
    ResultsView {
        help,
        help_title: t(ViewMsg::HelpTitle, lang).into(),
        words: ReportMsg::ALL
            .iter()
            .map(|m| t(*m, lang).to_string())
            .collect(),
        summary: summary(&plan, &rules_as_of, lang),
        plan,
        any_fits: report
            .items
            .iter()
            .any(|i| i.outcome != Outcome::NotEligible),
        records,
        notices: report.notices.iter().map(|n| line(n, lang)).collect(),
        glossary: glossary(lang)
            .iter()
            .map(|(term, definition)| Term {
                term: term.to_string(),
                definition: definition.to_string(),
            })
            .collect(),
        rules_as_of,
    }
}

/// "Before you file": getting the record (always: the plan is only as good as the answers), the
/// costs at court and how long a court takes (only where a step goes to a court), and what this
/// tool covers. Sources for each line: docs/legal-review.md, "Next steps: record, costs and timing".
fn help(plan: &[PlanStep], lang: Lang) -> Vec<Help> {
    let court = plan.iter().any(|step| {
        (step.kind == "now" || step.kind == "later")
            && step.remedies.iter().any(|r| r != RemedyId::Pardon.id())
    });
    let topic = |title: ViewMsg, items: &[ViewMsg], link: &str, link_text: Option<ViewMsg>| Help {
        title: t(title, lang).into(),
        items: items.iter().map(|m| t(*m, lang).to_string()).collect(),
        link: link.into(),
        link_text: link_text
            .map(|m| t(m, lang).to_string())
            .unwrap_or_default(),
    };
    let mut topics = vec![topic(
        ViewMsg::HelpRecordTitle,
        &[
            ViewMsg::HelpRecordWhat,
            ViewMsg::HelpRecordHow,
            ViewMsg::HelpRecordCost,
            ViewMsg::HelpRecordWhen,
        ],
        "https://oag.ca.gov/fingerprints/record-review",
        Some(ViewMsg::HelpRecordLink),
    )];
    if court {
        topics.push(topic(
            ViewMsg::HelpCostsTitle,
            &[
                ViewMsg::HelpCostsNone,
                ViewMsg::HelpCostsWaiver,
                ViewMsg::HelpCostsNotCovered,
            ],
            "",
            None,
        ));
        topics.push(topic(
            ViewMsg::HelpTimeTitle,
            &[ViewMsg::HelpTimeNotice, ViewMsg::HelpTimeCourt],
            "",
            None,
        ));
    }
    topics.push(topic(ViewMsg::ScopeTitle, &[ViewMsg::ScopeText], "", None));
    topics
}

/// The plan as plain text, for the email the visitor may send the firm themselves.
fn summary(plan: &[PlanStep], rules_as_of: &str, lang: Lang) -> String {
    let mut out = format!(
        "{}\n\n{}\n",
        lang.pick(const { ReportMsg::EmailSubject.texts() }),
        lang.pick(const { ReportMsg::PlanTitle.texts() })
    );
    for (i, step) in plan.iter().enumerate() {
        let about = if step.about.is_empty() {
            String::new()
        } else {
            format!(" — {}", step.about)
        };
        out.push_str(&format!("{}. {}{about}: {}", i + 1, step.when, step.text));
        if let Some(decision) = &step.decision {
            out.push(' ');
            out.push_str(decision);
        }
        out.push('\n');
    }
    out.push_str(&format!(
        "\n{} {rules_as_of}.\n",
        lang.pick(const { ReportMsg::RulesAsOf.texts() })
    ));
    out
}

/// "Your plan": first what must come before any filing (immigration, registration, a pending
/// case or supervision), then each thing to do with its date, in date order: one step per record
/// and remedy (one for a dismissal however many sections allow it; one for a PC 17(b) reduction
/// asked for with the dismissal on the same CR-180), the Certificate of Rehabilitation and the
/// pardon once for the person, and last the records where one more fact decides. Only remedies
/// that fit now or later are steps: never one that does not fit.
fn plan(report: &Report, draft: &Draft, lang: Lang) -> Vec<PlanStep> {
    let mut steps: Vec<PlanStep> = [
        ("immigration", ViewMsg::PlanImmigration),
        ("registration", ViewMsg::PlanRegistration),
        ("pending_or_supervised", ViewMsg::PlanPending),
    ]
    .into_iter()
    .filter(|(code, _)| report.notices.iter().any(|n| n.code == *code))
    .map(|(_, msg)| PlanStep {
        kind: "before".into(),
        when: t(ViewMsg::PlanBefore, lang).into(),
        text: t(msg, lang).into(),
        ..Default::default()
    })
    .collect();
    let fits = |i: &Item| matches!(i.outcome, Outcome::Eligible | Outcome::EligibleLater);
    // (date, record order, step): "now" sorts first, then by date.
    let mut actions: Vec<(Option<NaiveDate>, usize, PlanStep)> = Vec::new();
    let mut find_out = Vec::new();
    for (order, subject) in subjects(report).into_iter().enumerate() {
        let about = record_title(draft, &subject, lang);
        let items: Vec<&Item> = report
            .items
            .iter()
            .filter(|i| *i.subject == *subject && !last_resort(i.remedy))
            .collect();
        let mut taken: Vec<RemedyId> = Vec::new();
        // One dismissal step: the earliest section, the one the court must grant first.
        let mut dismissals: Vec<&&Item> = items
            .iter()
            .filter(|i| fits(i) && i.remedy.is_dismissal() && i.remedy != RemedyId::Pc1203_425)
            .collect();
        crate::sort::sort_by_key(&mut dismissals, |i| {
            (when_date(i), i.decision != Some(Decision::Mandatory))
        });
        let dismissal = dismissals.first().copied().copied();
        let reduction = items
            .iter()
            .copied()
            .find(|i| fits(i) && i.remedy == RemedyId::Pc17b);
        if let (Some(d), Some(r)) = (dismissal, reduction) {
            if when_date(d) == when_date(r) {
                let mut step = action(d, &about, &subject, lang);
                step.text = format!(
                    "{} ({})",
                    reduce_and_dismiss_step(lang),
                    t(ViewMsg::PlanOneForm, lang)
                );
                step.remedies.push(r.remedy.id().into());
                // The judge decides the reduction even where the dismissal is mandatory.
                let decision = if d.decision == Some(Decision::Mandatory) {
                    ViewMsg::PlanReduceMandatory
                } else {
                    ViewMsg::DecisionDiscretionary
                };
                step.decision = Some(t(decision, lang).into());
                actions.push((when_date(d), order, step));
                taken.push(d.remedy);
                taken.push(r.remedy);
            }
        }
        if let Some(d) = dismissal.filter(|d| !taken.contains(&d.remedy)) {
            let mut step = action(d, &about, &subject, lang);
            step.remedies = dismissals
                .iter()
                .filter(|i| when_date(i) == when_date(d))
                .map(|i| i.remedy.id().to_string())
                .collect();
            actions.push((when_date(d), order, step));
        }
        taken.extend(dismissals.iter().map(|i| i.remedy));
        for item in items
            .iter()
            .filter(|i| fits(i) && !taken.contains(&i.remedy))
        {
            actions.push((when_date(item), order, action(item, &about, &subject, lang)));
        }
        merge_automatic_first(&mut actions, order, lang);
        if items.iter().any(|i| i.outcome == Outcome::NeedsInfo) {
            find_out.push(PlanStep {
                kind: "info".into(),
                when: t(ViewMsg::PlanFindOut, lang).into(),
                text: t(ViewMsg::PlanNeedsFact, lang).into(),
                about: about.clone(),
                subject: subject.clone(),
                ..Default::default()
            });
        }
    }
    // The Certificate of Rehabilitation and the pardon are for the person: once, at the earliest.
    for remedy in [RemedyId::Cor, RemedyId::Pardon] {
        let best = report
            .items
            .iter()
            .filter(|i| i.remedy == remedy && fits(i))
            .min_by_key(|i| when_date(i));
        if let Some(item) = best {
            let about = t(ViewMsg::PlanAnyConviction, lang);
            let mut step = action(item, about, "", lang);
            step.subject = String::new();
            actions.push((when_date(item), usize::MAX, step));
        }
    }
    crate::sort::sort_by_key(&mut actions, |(date, order, _)| (*date, *order));
    steps.extend(actions.into_iter().map(|(_, _, step)| step));
    steps.extend(find_out);
    steps
}

/// Relief the state gives on its own, due now (PC 1203.425, 851.93), and a petition for the same
/// record that is open now read as two things to do at once. One step says the order: check the
/// record first, and petition only if the state has not acted.
fn merge_automatic_first(
    actions: &mut Vec<(Option<NaiveDate>, usize, PlanStep)>,
    order: usize,
    lang: Lang,
) {
    let now = |a: &(Option<NaiveDate>, usize, PlanStep)| a.1 == order && a.0.is_none();
    let automatic = actions
        .iter()
        .position(|a| now(a) && a.2.kind == "automatic");
    let petition = actions.iter().position(|a| {
        now(a)
            && a.2.kind == "now"
            && a.2.remedies.iter().any(|r| {
                RemedyId::from_id(r).is_some_and(|r| r.is_dismissal() || r == RemedyId::Pc851_91)
            })
    });
    if let (Some(auto), Some(petition)) = (automatic, petition) {
        let (_, _, auto_step) = actions.remove(auto);
        let petition = if petition > auto {
            petition - 1
        } else {
            petition
        };
        let step = &mut actions[petition].2;
        step.text = format!(
            "{}; {}{}",
            auto_step.text,
            t(ViewMsg::PlanCheckThen, lang),
            step.text
        );
        step.remedies.splice(0..0, auto_step.remedies);
    }
}

/// When an item that fits can be asked for: `None` (sorts first) for now.
fn when_date(item: &Item) -> Option<NaiveDate> {
    match item.outcome {
        Outcome::EligibleLater => item.from,
        _ => None,
    }
}

fn action(item: &Item, about: &str, subject: &str, lang: Lang) -> PlanStep {
    let automatic = matches!(item.decision, Some(Decision::Automatic));
    let (kind, when) = match (item.outcome, item.from) {
        (Outcome::EligibleLater, Some(from)) => {
            let mut when = format!("{} {}", t(ViewMsg::PlanFrom, lang), show_date(from, lang));
            if item.approximate {
                when.push(' ');
                when.push_str(t(ViewMsg::OutcomeApproximate, lang));
            }
            ("later", when)
        }
        _ => ("now", t(ViewMsg::PlanNow, lang).to_string()),
    };
    let decision = item.decision.and_then(|d| match d {
        Decision::Mandatory => Some(ViewMsg::DecisionMandatory),
        Decision::Discretionary if item.remedy == RemedyId::Pardon => {
            Some(ViewMsg::DecisionGovernor)
        }
        Decision::Discretionary => Some(ViewMsg::DecisionDiscretionary),
        Decision::Automatic => None,
    });
    PlanStep {
        kind: if automatic { "automatic" } else { kind }.into(),
        when,
        text: remedy_step(item.remedy, lang).into(),
        about: about.into(),
        decision: decision.map(|d| t(d, lang).into()),
        remedies: vec![item.remedy.id().into()],
        subject: subject.into(),
    }
}

/// A sentence about gun rights is kept only where the report warns about firearms: "it does not
/// restore gun rights" is noise (and worrying) for someone whose record bans no gun.
fn does_not(text: &'static str, firearms: bool) -> String {
    if firearms {
        return text.to_string();
    }
    text.split_inclusive(". ")
        // (No `to_lowercase`: its Unicode tables would cost the module about 13 KB gzip.)
        .filter(|s| !(s.contains("gun rights") || s.contains("derecho a tener armas")))
        .collect::<String>()
        .trim()
        .to_string()
}

fn card(item: &Item, lang: Lang, firearms: bool) -> Card {
    let text = remedy_text(item.remedy, lang);
    let status = match item.outcome {
        Outcome::Eligible => "now",
        Outcome::EligibleLater => "later",
        Outcome::NeedsInfo => "info",
        Outcome::NotEligible if item.barred_for_now() => "later",
        Outcome::NotEligible => "no",
    };
    let decision = item.decision.map(|d| match d {
        Decision::Mandatory => ViewMsg::DecisionMandatory,
        Decision::Discretionary if item.remedy == RemedyId::Pardon => ViewMsg::DecisionGovernor,
        Decision::Discretionary => ViewMsg::DecisionDiscretionary,
        Decision::Automatic => ViewMsg::DecisionAutomatic,
    });
    let needs = if item.outcome == Outcome::NeedsInfo {
        item.missing
            .iter()
            .map(|field| {
                let field = field.to_string();
                Need {
                    where_to_find: where_to_find(&field, lang).to_string(),
                    field,
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    // Automatic relief has no steps to take until it is due.
    let automatic = matches!(item.remedy, RemedyId::Pc1203_425 | RemedyId::Pc851_93);
    Card {
        remedy: item.remedy.id().to_string(),
        outcome: outcome_code(item.outcome).to_string(),
        status: status.to_string(),
        name: text.name.to_string(),
        outcome_line: outcome_line(item, lang),
        decision: decision.map(|d| t(d, lang).to_string()),
        reasons: item.reasons.iter().map(|w| line(w, lang)).collect(),
        needs,
        does: text.does.to_string(),
        does_not: does_not(text.does_not, firearms),
        next: (!automatic || item.outcome == Outcome::Eligible).then(|| text.next.to_string()),
        tip: (matches!(item.outcome, Outcome::Eligible | Outcome::EligibleLater)
            && item.decision == Some(Decision::Discretionary)
            && !matches!(
                item.remedy,
                RemedyId::Pardon | RemedyId::Pc1473_7 | RemedyId::Pc236_14
            ))
        .then(|| t(ViewMsg::DeclarationTip, lang).to_string()),
        ask_lawyer: item.outcome == Outcome::NeedsInfo
            || (matches!(item.outcome, Outcome::Eligible | Outcome::EligibleLater)
                && item.decision == Some(Decision::Discretionary)),
    }
}

fn line(why: &Why, lang: Lang) -> Line {
    Line {
        code: why.code.to_string(),
        text: why_text(why, lang).to_string(),
        cite: cite_text(why.cite, lang),
    }
}

/// A citation as the reader sees it: sections stay as they are ("PC 1203.4(a)(1)"); the few
/// cites with English words in them are said in Spanish for a Spanish reader (the engine's
/// `cite`, in its JSON report, stays as it is).
pub fn cite_text(cite: &str, lang: Lang) -> String {
    const ES: &[(&str, &str)] = &[
        (
            "Governor's pardon guidelines",
            "pautas del Gobernador para los indultos",
        ),
        ("Cal. Const.", "Constitución de California,"),
        ("Lab. Code", "Código Laboral"),
        ("Gov. Code", "Código de Gobierno"),
        (
            "2024 public-safety budget bill",
            "ley de presupuesto de seguridad pública de 2024",
        ),
        ("as funded from 2022", "con fondos desde 2022"),
    ];
    let mut out = cite.to_string();
    if lang == Lang::Es {
        for (en, es) in ES {
            out = out.replace(en, es);
        }
    }
    out
}

fn why_text(why: &Why, lang: Lang) -> &'static str {
    match lang {
        Lang::En => why.text,
        Lang::Es => why.es,
    }
}

/// Outcome order on the page: what fits now, then later, then what needs a fact.
fn rank(o: Outcome) -> u8 {
    match o {
        Outcome::Eligible => 0,
        Outcome::EligibleLater => 1,
        Outcome::NeedsInfo => 2,
        Outcome::NotEligible => 3,
    }
}

/// Within an outcome, court remedies that clear the record come before the long-range ones
/// (Certificate of Rehabilitation, pardon), which fit almost everyone and would crowd the top.
fn last_resort(r: RemedyId) -> bool {
    matches!(r, RemedyId::Cor | RemedyId::Pardon)
}

/// Subject ids in report order, each once.
fn subjects(report: &Report) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in &report.items {
        if !out.iter().any(|s| *s == *item.subject) {
            out.push(item.subject.to_string());
        }
    }
    out
}

/// "Conviction 1: Shoplifting (PC 459.5)" (subjects are `c1`, `c2`… and `a1`, `a2`…).
pub(crate) fn record_title(draft: &Draft, subject: &str, lang: Lang) -> String {
    let Some(i) = subject
        .get(1..)
        .and_then(|n| n.parse::<usize>().ok())
        .and_then(|n| n.checked_sub(1))
    else {
        return subject.to_string();
    };
    let (label, offense) = match subject.as_bytes().first() {
        // Constant texts: the results module carries these, not the widget's whole table.
        Some(b'c') => (
            lang.pick(const { Msg::ConvictionNumber.texts() }),
            draft.convictions.get(i).and_then(|c| c.offense.as_deref()),
        ),
        Some(b'a') => (
            lang.pick(const { Msg::ArrestNumber.texts() }),
            draft.arrests.get(i).and_then(|a| a.offense.as_deref()),
        ),
        _ => return subject.to_string(),
    };
    format!("{} {}: {}", label, i + 1, offense_name(offense, lang))
}

fn outcome_line(item: &Item, lang: Lang) -> String {
    match (item.outcome, item.from) {
        (Outcome::EligibleLater, Some(from)) => {
            let mut s = format!(
                "{} {}",
                t(ViewMsg::OutcomeLater, lang),
                show_date(from, lang)
            );
            if item.approximate {
                s.push(' ');
                s.push_str(t(ViewMsg::OutcomeApproximate, lang));
            }
            s
        }
        (Outcome::Eligible, _) => t(ViewMsg::OutcomeEligible, lang).to_string(),
        (Outcome::NeedsInfo, _) => t(ViewMsg::OutcomeNeedsInfo, lang).to_string(),
        _ if item.barred_for_now() => t(ViewMsg::OutcomeNotYet, lang).to_string(),
        _ => t(ViewMsg::OutcomeNotEligible, lang).to_string(),
    }
}

fn outcome_code(o: Outcome) -> &'static str {
    match o {
        Outcome::Eligible => "eligible",
        Outcome::EligibleLater => "eligible_later",
        Outcome::NeedsInfo => "needs_info",
        Outcome::NotEligible => "not_eligible",
    }
}

/// Reads a saved-answers file with the engine's strict reader: the answers, or why not (the
/// message names the field).
pub fn read_saved(text: &str, today: NaiveDate, lang: Lang) -> Result<Draft, String> {
    case_json::parse_case(text, None, today)
        .map(|(case, _)| Draft::from_case(&case))
        // The engine's detail is English: a Spanish reader gets the field it names only.
        .map_err(|e| match lang {
            Lang::En => format!("{} ({e})", lang.pick(const { Msg::OpenNotJson.texts() })),
            Lang::Es if e.path.is_empty() => {
                lang.pick(const { Msg::OpenNotJson.texts() }).to_string()
            }
            Lang::Es => format!(
                "{} (campo: {})",
                lang.pick(const { Msg::OpenNotJson.texts() }),
                e.path
            ),
        })
}

/// "Save my answers": the contract's case file, as the JSON text `screen` reads.
pub fn case_file(input: &ResultsInput) -> String {
    let mut value = input.draft.to_case_value();
    value["as_of"] = serde_json::Value::String(crate::engine::dates::iso(input.today()));
    serde_json::to_string_pretty(&value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wizard::codec::{decode, encode};

    #[test]
    fn a_view_round_trips_through_the_codec() {
        use crate::wizard::{Choice, DateAnswer, DraftConviction, LevelChoice, SentenceChoice};
        let draft = Draft {
            has_convictions: Some(Choice::Yes),
            convictions: vec![DraftConviction {
                offense: Some("PC 459.5".into()),
                level: Some(LevelChoice::Misdemeanor),
                convicted_on: Some(DateAnswer::Known("2020-09-16".into())),
                sentence: Some(SentenceChoice::Probation),
                ..Default::default()
            }],
            has_arrests: Some(Choice::No),
            ..Default::default()
        };
        let input = ResultsInput {
            draft,
            lang: Lang::Es,
            today: "2026-12-01".into(),
        };
        let view = results(&decode::<ResultsInput>(&encode(&input)).unwrap());
        assert!(!view.records.is_empty());
        assert!(view.records[0].title.contains("PC 459.5"));
        assert_eq!(decode::<ResultsView>(&encode(&view)), Some(view));
    }

    #[test]
    fn before_you_file_has_court_costs_and_timing_only_where_a_step_goes_to_a_court() {
        let step = |kind: &str, remedy: &str| PlanStep {
            kind: kind.into(),
            remedies: vec![remedy.into()],
            ..Default::default()
        };
        let titles = |plan: &[PlanStep], lang| -> Vec<String> {
            help(plan, lang).into_iter().map(|h| h.title).collect()
        };
        // Nothing to file: how to get the record, and what this covers.
        assert_eq!(
            titles(&[], Lang::En),
            ["Get your record first", "What this covers"]
        );
        // Only the Governor's pardon: no court.
        assert_eq!(titles(&[step("now", "pardon")], Lang::En).len(), 2);
        // A warning is not a filing.
        assert_eq!(titles(&[step("before", "")], Lang::En).len(), 2);
        let court = titles(&[step("later", "pc_1203_4")], Lang::Es);
        assert_eq!(
            court,
            [
                "Primero obtenga su récord",
                "Costos en la corte",
                "Cuánto tarda",
                "Qué cubre"
            ]
        );
        let record = &help(&[], Lang::En)[0];
        assert_eq!(record.link, "https://oag.ca.gov/fingerprints/record-review");
        assert!(record
            .items
            .iter()
            .any(|i| i.contains("$25") && i.contains("Live Scan site charges its own fee")));
    }

    #[test]
    fn gun_rights_are_mentioned_only_with_a_firearm_issue() {
        let text = "It does not seal the record. It does not restore gun rights.";
        assert_eq!(does_not(text, false), "It does not seal the record.");
        assert_eq!(does_not(text, true), text);
        let es = "No sella el récord. No devuelve el derecho a tener armas.";
        assert_eq!(does_not(es, false), "No sella el récord.");
    }

    #[test]
    fn a_malformed_date_falls_back_to_the_rules_date() {
        let input = ResultsInput {
            today: "not a date".into(),
            ..Default::default()
        };
        assert_eq!(input.today(), crate::engine::params::RULES_AS_OF);
    }
}
