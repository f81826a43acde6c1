//! The filing kit and the declaration, as data for the page (built in the results module, like
//! `results_view`; the widget only lays them out). No legal rule is decided here: which remedy
//! fits, and whether the court must grant it or the judge decides, come from the engine's report.
//! What this module adds is how those outcomes are written on the forms — checked against the
//! forms themselves (docs/forms/README.md: CR-180 and CR-181, Rev. January 1, 2024).
//!
//! - [`kit`]: for each conviction with a dismissal that fits, a worksheet for form CR-180 that
//!   goes item by item (what to write, which box to tick, and a blank with where to find it when
//!   we do not know), CR-181, and the other papers; where to file, whom to serve, what to bring.
//! - [`declaration`]: a first-person declaration under penalty of perjury from the visitor's own
//!   answers to a few prompts ([`prompts`]), for the outcomes where the judge decides.
//!
//! The optional facts asked only here ([`Papers`]: name, county, case numbers, the declaration's
//! answers) are never needed for the screening; the widget keeps them with the other answers, on
//! this device only, and Quick exit and "Clear my answers" remove them.

use crate::engine::case::RemedyId;
use crate::engine::report::{Decision, Item, Outcome, Report};
use crate::engine::screen;
use crate::i18n::{show_date, t, KitMsg, Lang};
use crate::results_view::record_title;
use crate::wizard::codec::fields;
use crate::wizard::{
    DateAnswer, Draft, DraftConviction, LevelChoice, OutcomeChoice, SentenceChoice,
};
use chrono::{Datelike, NaiveDate};

/// The revision of CR-180 and CR-181 the worksheet follows (the forms' own footers).
pub const FORM_REVISION: &str = "Rev. January 1, 2024";

/// Facts asked only for the papers, never for the screening. All optional.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Papers {
    /// The name as it is on the case.
    pub name: String,
    /// The county of the court (one for every case, the usual situation).
    pub county: String,
    /// The case number of each conviction, by its index in the draft ("" when not given).
    pub cases: Vec<String>,
    /// The answers to the declaration's prompts, in [`prompts`] order.
    pub story: Vec<String>,
    /// The declaration's language: "en" or "es" ("" = the page's).
    pub story_lang: String,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct KitInput {
    pub draft: Draft,
    pub papers: Papers,
    pub lang: Lang,
    /// "YYYY-MM-DD".
    pub today: String,
}

/// The words of the kit's and the declaration's pages (kept with the data: the widget's first
/// load holds none of them).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct KitWords {
    pub papers_title: String,
    pub papers_lead: String,
    pub name: String,
    pub county: String,
    pub case_for: String,
    pub print: String,
    pub write_declaration: String,
    pub back_to_results: String,
    pub back_to_kit: String,
    pub declaration_heading: String,
    pub story_lead: String,
    pub story_lang: String,
    pub example: String,
    pub preview: String,
    pub attach: String,
    pub copy: String,
    pub copied: String,
    pub print_declaration: String,
}

impl KitWords {
    pub fn new(lang: Lang) -> KitWords {
        let tr = |m: KitMsg| t(m, lang).to_string();
        KitWords {
            papers_title: tr(KitMsg::PapersTitle),
            papers_lead: tr(KitMsg::PapersLead),
            name: tr(KitMsg::FieldName),
            county: tr(KitMsg::CountyLabel),
            case_for: tr(KitMsg::CaseLabel),
            print: tr(KitMsg::PrintKit),
            write_declaration: tr(KitMsg::WriteDeclaration),
            back_to_results: tr(KitMsg::BackToResults),
            back_to_kit: tr(KitMsg::BackToKit),
            declaration_heading: tr(KitMsg::DeclarationHeading),
            story_lead: tr(KitMsg::StoryLead),
            story_lang: tr(KitMsg::StoryLang),
            example: tr(KitMsg::ExampleLabel),
            preview: tr(KitMsg::Preview),
            attach: tr(KitMsg::AttachIt),
            copy: tr(KitMsg::CopyText),
            copied: tr(KitMsg::Copied),
            print_declaration: tr(KitMsg::PrintDeclaration),
        }
    }
}

/// The kit: sections to print one after another (each on its own page).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Kit {
    pub words: KitWords,
    /// The title of each conviction, for the case-number fields ("Conviction 1: …").
    pub records: Vec<String>,
    pub title: String,
    pub lead: String,
    pub sections: Vec<Section>,
    /// Whether the judge decides somewhere: the declaration builder is offered.
    pub declaration: bool,
    /// "Rules as of June 1, 2026 · forms CR-180 and CR-181, Rev. January 1, 2024".
    pub footer: String,
    /// `sections` as the page's markup ([`sections_html`]): the widget shows it as it is, so
    /// the first load carries no code to lay out a worksheet.
    pub html: String,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Section {
    pub title: String,
    pub blocks: Vec<Block>,
}

/// One line of a section. `kind`: `p` (a paragraph), `li` (a list item), `check` (a line of a
/// checklist), `h` (a subheading), `tick` (a box to tick: `label` is the form's item), `write`
/// (write `text` at item `label`), `do` (what to do at item `label`), `blank` (we do not know:
/// `text` says where to find it), `leave` (leave the item alone), `note`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Block {
    pub kind: String,
    pub label: String,
    pub text: String,
}

/// A prompt of the declaration builder.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Prompt {
    pub question: String,
    pub example: String,
}

/// The declaration, ready to show, print and copy.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Declaration {
    pub caption: Vec<String>,
    pub title: String,
    pub paragraphs: Vec<String>,
    pub perjury: String,
    pub date_line: String,
    pub signature: String,
    pub name_line: String,
    /// For a declaration written in Spanish: courts need it in English.
    pub note: String,
    /// The whole declaration as plain text (for "Copy").
    pub text: String,
    /// The declaration as the page's markup ([`declaration_html`]).
    pub html: String,
}

/// What the declaration page shows: the prompts and the declaration so far.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DeclarationPage {
    pub words: KitWords,
    pub prompts: Vec<Prompt>,
    pub declaration: Declaration,
}

fields! {
    DeclarationPage { words, prompts, declaration }
    KitWords {
        papers_title, papers_lead, name, county, case_for, print, write_declaration,
        back_to_results, back_to_kit, declaration_heading, story_lead, story_lang, example,
        preview, attach, copy, copied, print_declaration,
    }
    Papers { name, county, cases, story, story_lang }
    KitInput { draft, papers, lang, today }
    Kit { words, records, title, lead, sections, declaration, footer, html }
    Section { title, blocks }
    Block { kind, label, text }
    Prompt { question, example }
    Declaration { caption, title, paragraphs, perjury, date_line, signature, name_line, note, text, html }
}

impl KitInput {
    pub fn today(&self) -> NaiveDate {
        crate::engine::dates::FuzzyDate::parse(&self.today)
            .map(|d| d.latest())
            .unwrap_or_else(|_| crate::engine::params::RULES_AS_OF)
    }
}

fn block(kind: &str, label: impl Into<String>, text: impl Into<String>) -> Block {
    Block {
        kind: kind.into(),
        label: label.into(),
        text: text.into(),
    }
}

/// The filing kit for the answers.
pub fn kit(input: &KitInput) -> Kit {
    let lang = input.lang;
    let tr = |m: KitMsg| t(m, lang).to_string();
    let draft = &input.draft;
    let report = match draft.to_case() {
        Ok(case) => screen(&case, input.today()),
        Err(_) => screen(&Default::default(), input.today()),
    };
    let mut sections = vec![before_you_go(input, &report)];
    let mut declaration = false;
    for (i, conviction) in draft.convictions.iter().enumerate() {
        let subject = format!("c{}", i + 1);
        // The dismissal that fits; else a reduction alone (PC 17(b) or 17(d)(2)) on the same form.
        let petition = dismissal(&report, &subject).or_else(|| {
            [RemedyId::Pc17b, RemedyId::Pc17d]
                .into_iter()
                .filter_map(|r| report.item(&subject, r))
                .find(|item| fits(item))
        });
        if let Some(item) = petition {
            declaration |= item.decision == Some(Decision::Discretionary);
            sections.push(cr180(input, &report, i, conviction, item));
        }
        for item in report
            .items
            .iter()
            .filter(|it| *it.subject == *subject && fits(it))
        {
            match item.remedy {
                RemedyId::Prop47 => {
                    sections.push(other_papers(input, &subject, item, KitMsg::Prop47Papers))
                }
                RemedyId::Prop64 => {
                    sections.push(other_papers(input, &subject, item, KitMsg::Prop64Papers))
                }
                _ => {}
            }
        }
    }
    for (i, _) in draft.arrests.iter().enumerate() {
        let subject = format!("a{}", i + 1);
        if let Some(item) = report
            .item(&subject, RemedyId::Pc851_91)
            .filter(|it| fits(it))
        {
            declaration |= item.decision == Some(Decision::Discretionary);
            sections.push(other_papers(input, &subject, item, KitMsg::ArrestPapers));
        }
    }
    let filings = sections.len() > 1;
    if filings {
        sections.push(Section {
            title: tr(KitMsg::FeeTitle),
            blocks: vec![
                block("p", "", tr(KitMsg::FeeText)),
                block("p", "", tr(KitMsg::FeeNotCovered)),
            ],
        });
    }
    let html = sections_html(&sections);
    Kit {
        html,
        words: KitWords::new(lang),
        records: (0..draft.convictions.len())
            .map(|i| record_title(draft, &format!("c{}", i + 1), lang))
            .collect(),
        title: tr(KitMsg::Title),
        lead: tr(if filings {
            KitMsg::Lead
        } else {
            KitMsg::NothingToFile
        }),
        sections,
        declaration,
        footer: format!(
            "{} {} · {} {} · {} {FORM_REVISION}",
            tr(KitMsg::Prepared),
            show_date(input.today(), lang),
            tr(KitMsg::KitRulesAsOf),
            show_date(report.rules_as_of, lang),
            tr(KitMsg::FormsRevision)
        ),
    }
}

/// A remedy that fits, now or from a date.
fn fits(item: &Item) -> bool {
    matches!(item.outcome, Outcome::Eligible | Outcome::EligibleLater)
}

/// The dismissal the record's CR-180 asks for: the first that fits, in the order the form lists
/// them (1203.4, 1203.4a, 1203.41, 1203.42).
fn dismissal<'a>(report: &'a Report, subject: &str) -> Option<&'a Item> {
    [
        RemedyId::Pc1203_4,
        RemedyId::Pc1203_4a,
        RemedyId::Pc1203_41,
        RemedyId::Pc1203_42,
    ]
    .into_iter()
    .filter_map(|r| report.item(subject, r))
    .find(|item| fits(item))
}

/// Where to file, whom to serve, what to bring, how long: for every filing.
fn before_you_go(input: &KitInput, report: &Report) -> Section {
    let tr = |m: KitMsg| t(m, input.lang).to_string();
    let mut blocks = vec![
        block("h", "", tr(KitMsg::WhereTitle)),
        block("p", "", tr(KitMsg::WhereText)),
        block("h", "", tr(KitMsg::ServeTitle)),
        block("p", "", tr(KitMsg::ServeText)),
        block("h", "", tr(KitMsg::BringTitle)),
    ];
    for m in [
        KitMsg::BringForms,
        KitMsg::BringCopies,
        KitMsg::BringRecord,
        KitMsg::BringProof,
        KitMsg::BringId,
    ] {
        blocks.push(block("check", "", tr(m)));
    }
    blocks.push(block("h", "", tr(KitMsg::TimeTitle)));
    blocks.push(block("p", "", tr(KitMsg::TimeText)));
    if report.notices.iter().any(|n| n.code == "immigration") {
        blocks.insert(0, block("note", "", tr(KitMsg::ImmigrationFirst)));
    }
    Section {
        title: tr(KitMsg::BeforeTitle),
        blocks,
    }
}

/// "Penal", "Vehicle"… for CR-180 item 1's Code column, and the section (`PC 459.5` → `Penal`,
/// `459.5`). `None` for a record with no code.
fn code_and_section(offense: &str, lang: Lang) -> Option<(String, String)> {
    let (code, section) = offense.trim().split_once(' ')?;
    let name = match code.to_ascii_uppercase().as_str() {
        "PC" => KitMsg::CodePenal,
        "VC" => KitMsg::CodeVehicle,
        "HS" => KitMsg::CodeHealth,
        "BP" => KitMsg::CodeBusiness,
        "WI" => KitMsg::CodeWelfare,
        _ => return Some((code.to_string(), section.to_string())),
    };
    Some((t(name, lang).to_string(), section.to_string()))
}

/// The CR-180 worksheet for one conviction, and CR-181.
fn cr180(input: &KitInput, report: &Report, i: usize, c: &DraftConviction, item: &Item) -> Section {
    let lang = input.lang;
    let tr = |m: KitMsg| t(m, lang).to_string();
    let subject = format!("c{}", i + 1);
    let mut b = Vec::new();
    let when = match item.outcome {
        Outcome::EligibleLater => item
            .from
            .map(|d| format!("{} {}", tr(KitMsg::FileFrom), show_date(d, lang))),
        _ => None,
    };
    b.push(block(
        "p",
        "",
        tr(if item.remedy.is_dismissal() {
            KitMsg::Cr180Lead
        } else {
            KitMsg::Cr180ReduceLead
        }),
    ));
    if let Some(when) = when {
        b.push(block("note", "", when));
    }
    // The caption.
    b.push(block("h", "", tr(KitMsg::CaptionTitle)));
    let or_blank = |value: &str, find: KitMsg, label: KitMsg| {
        if value.trim().is_empty() {
            block("blank", tr(label), tr(find))
        } else {
            block("write", tr(label), value.trim().to_string())
        }
    };
    b.push(or_blank(
        &input.papers.name,
        KitMsg::FindName,
        KitMsg::FieldName,
    ));
    b.push(block(
        "leave",
        tr(KitMsg::FieldAttorney),
        tr(KitMsg::LeaveAttorney),
    ));
    b.push(or_blank(
        &input.papers.county,
        KitMsg::FindCounty,
        KitMsg::FieldCounty,
    ));
    b.push(block(
        "blank",
        tr(KitMsg::FieldCourtAddress),
        tr(KitMsg::FindCourtAddress),
    ));
    b.push(or_blank(
        input.papers.cases.get(i).map(String::as_str).unwrap_or(""),
        KitMsg::FindCaseNumber,
        KitMsg::FieldCaseNumber,
    ));
    b.push(block(
        "leave",
        tr(KitMsg::FieldHearing),
        tr(KitMsg::LeaveHearing),
    ));
    // Item 1: the conviction.
    b.push(block("h", "", tr(KitMsg::Item1Title)));
    // A whole date, as it is written on the English form: month/day/year. (By hand: chrono's
    // `parse_from_str` and `format` would bring its whole formatter into the module.)
    let exact = match c.convicted_on.as_ref() {
        Some(DateAnswer::Known(d)) => crate::engine::dates::FuzzyDate::parse(d)
            .ok()
            .filter(|d| !d.is_approximate())
            .map(|d| d.latest()),
        _ => None,
    };
    match exact {
        Some(date) => b.push(block(
            "write",
            tr(KitMsg::Item1Date),
            format!("{:02}/{:02}/{}", date.month(), date.day(), date.year()),
        )),
        None => b.push(block("blank", tr(KitMsg::Item1Date), tr(KitMsg::FindDate))),
    }
    match c.offense.as_deref().and_then(|o| code_and_section(o, lang)) {
        Some((code, section)) => {
            b.push(block("write", tr(KitMsg::Item1Code), code));
            b.push(block("write", tr(KitMsg::Item1Section), section));
        }
        None => b.push(block("blank", tr(KitMsg::Item1Code), tr(KitMsg::FindCode))),
    }
    let level = match c.level {
        Some(LevelChoice::Felony) => Some(KitMsg::TypeFelony),
        Some(LevelChoice::Misdemeanor) => Some(KitMsg::TypeMisdemeanor),
        Some(LevelChoice::Infraction) => Some(KitMsg::TypeInfraction),
        _ => None,
    };
    match level {
        Some(m) => b.push(block("write", tr(KitMsg::Item1Type), tr(m))),
        None => b.push(block("blank", tr(KitMsg::Item1Type), tr(KitMsg::FindCode))),
    }
    let reduce = |r: RemedyId| report.item(&subject, r).is_some_and(fits);
    let yes_no = |yes: bool| {
        tr(if yes {
            KitMsg::WriteYes
        } else {
            KitMsg::WriteNo
        })
    };
    b.push(block(
        "write",
        tr(KitMsg::Item1Reduce17b),
        yes_no(reduce(RemedyId::Pc17b)),
    ));
    b.push(block(
        "write",
        tr(KitMsg::Item1Reduce17d),
        yes_no(reduce(RemedyId::Pc17d)),
    ));
    b.push(block("note", "", tr(KitMsg::Item1More)));
    // Items 2–7: one lead box, by the dismissal's section, and its sub-box (none when the
    // petition asks only for a reduction).
    let dismissing = item.remedy.is_dismissal();
    let discretionary = item.decision == Some(Decision::Discretionary);
    if !dismissing {
        b.push(block("h", "", tr(KitMsg::ItemsTitle)));
        b.push(block(
            "leave",
            tr(KitMsg::LeaveOthersLabel),
            tr(KitMsg::ReduceOnly),
        ));
        if discretionary {
            b.push(block("do", tr(KitMsg::Explain), tr(KitMsg::ExplainText)));
        }
    } else {
        b.push(block("h", "", tr(KitMsg::ItemsTitle)));
        let (lead, sub): (&str, Option<(&str, KitMsg)>) = match item.remedy {
            RemedyId::Pc1203_4 => (
                "2",
                Some(match (discretionary, c.probation_outcome) {
                    (true, _) => ("2c", KitMsg::Tick2c),
                    (false, Some(OutcomeChoice::TerminatedEarly)) => ("2b", KitMsg::Tick2b),
                    (false, _) => ("2a", KitMsg::Tick2a),
                }),
            ),
            RemedyId::Pc1203_4a => (
                "3",
                Some(if discretionary {
                    ("3b", KitMsg::Tick3b)
                } else {
                    ("3a", KitMsg::Tick3a)
                }),
            ),
            RemedyId::Pc1203_41 => (
                "5",
                match c.sentence {
                    Some(SentenceChoice::Split) => Some(("5a", KitMsg::Tick5a)),
                    Some(SentenceChoice::CountyJail) => Some(("5b", KitMsg::Tick5b)),
                    Some(SentenceChoice::Prison) => Some(("5c", KitMsg::Tick5c)),
                    _ => None,
                },
            ),
            _ => ("6", None),
        };
        let lead_text = match lead {
            "2" => KitMsg::Tick2,
            "3" => KitMsg::Tick3,
            "5" => KitMsg::Tick5,
            _ => KitMsg::Tick6,
        };
        b.push(block(
            "tick",
            format!("{} {lead}", tr(KitMsg::Item)),
            tr(lead_text),
        ));
        // Item 2 says "check all that apply": where the judge decides after a probation that was
        // finished or ended early (a Vehicle Code 12810 offence, say), that fact is ticked too.
        if item.remedy == RemedyId::Pc1203_4 && discretionary {
            let done = match c.probation_outcome {
                Some(OutcomeChoice::Completed) => Some(("2a", KitMsg::Tick2a)),
                Some(OutcomeChoice::TerminatedEarly) => Some(("2b", KitMsg::Tick2b)),
                _ => None,
            };
            if let Some((label, text)) = done {
                b.push(block(
                    "tick",
                    format!("{} {label}", tr(KitMsg::Item)),
                    tr(text),
                ));
            }
        }
        match sub {
            Some((label, text)) => b.push(block(
                "tick",
                format!("{} {label}", tr(KitMsg::Item)),
                tr(text),
            )),
            None if lead == "5" => b.push(block(
                "blank",
                format!("{} 5a–5c", tr(KitMsg::Item)),
                tr(KitMsg::Find5),
            )),
            None => {}
        }
        if discretionary || matches!(lead, "5" | "6") {
            b.push(block("do", tr(KitMsg::Explain), tr(KitMsg::ExplainText)));
        }
        b.push(block(
            "leave",
            tr(KitMsg::LeaveOthersLabel),
            tr(KitMsg::LeaveOthers),
        ));
    }
    // Items 8 and 9: fixed requests.
    if reduce(RemedyId::Pc17b) || reduce(RemedyId::Pc17d) {
        b.push(block(
            "leave",
            format!("{} 8", tr(KitMsg::Item)),
            tr(KitMsg::Item8Asks),
        ));
    }
    if dismissing {
        b.push(block(
            "leave",
            format!("{} 9", tr(KitMsg::Item)),
            tr(KitMsg::Item9Asks),
        ));
    }
    b.push(block("do", tr(KitMsg::Sign), tr(KitMsg::SignText)));
    // CR-181 and the decision.
    b.push(block("h", "", tr(KitMsg::Cr181Title)));
    b.push(block("p", "", tr(KitMsg::Cr181Text)));
    b.push(block(
        "note",
        "",
        tr(if discretionary {
            KitMsg::JudgeDecides
        } else {
            KitMsg::CourtMustGrant
        }),
    ));
    Section {
        title: format!(
            "{} — {}",
            tr(KitMsg::Cr180Title),
            record_title(&input.draft, &subject, lang)
        ),
        blocks: b,
    }
}

/// The papers for a remedy with forms of its own (Prop 47, Prop 64, arrest sealing).
fn other_papers(input: &KitInput, subject: &str, item: &Item, papers: KitMsg) -> Section {
    let lang = input.lang;
    let tr = |m: KitMsg| t(m, lang).to_string();
    let mut blocks = vec![block("p", "", tr(papers))];
    if let (Outcome::EligibleLater, Some(from)) = (item.outcome, item.from) {
        blocks.push(block(
            "note",
            "",
            format!("{} {}", tr(KitMsg::FileFrom), show_date(from, lang)),
        ));
    }
    blocks.push(block(
        "note",
        "",
        tr(match item.decision {
            Some(Decision::Discretionary) => KitMsg::JudgeDecides,
            _ => KitMsg::CourtMustGrant,
        }),
    ));
    let name = crate::i18n::remedy_text(item.remedy, lang).name;
    Section {
        title: format!("{name} — {}", record_title(&input.draft, subject, lang)),
        blocks,
    }
}

/// The declaration page: its words, the prompts, and the declaration so far.
pub fn declaration_page(input: &KitInput) -> DeclarationPage {
    DeclarationPage {
        words: KitWords::new(input.lang),
        prompts: prompts(input.lang),
        declaration: declaration(input),
    }
}

/// The declaration builder's prompts, with an example answer each.
pub fn prompts(lang: Lang) -> Vec<Prompt> {
    [
        (KitMsg::AskWork, KitMsg::ExampleWork),
        (KitMsg::AskSchool, KitMsg::ExampleSchool),
        (KitMsg::AskFamily, KitMsg::ExampleFamily),
        (KitMsg::AskRecovery, KitMsg::ExampleRecovery),
        (KitMsg::AskCommunity, KitMsg::ExampleCommunity),
        (KitMsg::AskWhy, KitMsg::ExampleWhy),
    ]
    .into_iter()
    .map(|(q, e)| Prompt {
        question: t(q, lang).into(),
        example: t(e, lang).into(),
    })
    .collect()
}

/// The declaration from the visitor's answers: a caption, a title, numbered paragraphs (who is
/// asking and for what, then each answer in the visitor's own words), the perjury line of Code of
/// Civil Procedure section 2015.5, and date and signature lines. Written in `papers.story_lang`
/// (the language the visitor writes in); a Spanish one says that courts need it in English.
pub fn declaration(input: &KitInput) -> Declaration {
    let lang = match input.papers.story_lang.as_str() {
        "es" => Lang::Es,
        "en" => Lang::En,
        _ => input.lang,
    };
    let tr = |m: KitMsg| t(m, lang).to_string();
    let name = input.papers.name.trim();
    let shown_name = if name.is_empty() {
        "____________________".to_string()
    } else {
        name.to_string()
    };
    let county = input.papers.county.trim();
    let case = input
        .papers
        .cases
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let blank = |s: &str| {
        if s.is_empty() {
            "____________".to_string()
        } else {
            s.to_string()
        }
    };
    let caption = vec![
        format!("{} {}", tr(KitMsg::DeclCourt), blank(county)),
        format!("{} {}", tr(KitMsg::DeclPeople), shown_name),
        format!("{} {}", tr(KitMsg::DeclCase), blank(&case)),
    ];
    let mut paragraphs = vec![
        format!(
            "{} {shown_name}. {}",
            tr(KitMsg::DeclMyName),
            tr(KitMsg::DeclPetitioner)
        ),
        tr(KitMsg::DeclAsk),
    ];
    for answer in &input.papers.story {
        let answer = answer.split_whitespace().collect::<Vec<_>>().join(" ");
        if !answer.is_empty() {
            paragraphs.push(answer);
        }
    }
    paragraphs.push(tr(KitMsg::DeclClose));
    let d = Declaration {
        caption,
        // The name as typed (no `to_uppercase`: its Unicode tables cost the module about 13 KB).
        title: format!("{} {}", tr(KitMsg::DeclTitle), shown_name),
        paragraphs,
        perjury: tr(KitMsg::DeclPerjury),
        // Code of Civil Procedure § 2015.5: the date and place where it is signed, in California.
        date_line: tr(KitMsg::DeclDate),
        signature: format!(
            "______________________________ {}",
            tr(KitMsg::DeclSignature)
        ),
        name_line: format!("{shown_name} {}", tr(KitMsg::DeclPrintedName)),
        note: if lang == Lang::Es {
            tr(KitMsg::DeclEnglishNeeded)
        } else {
            String::new()
        },
        text: String::new(),
        html: String::new(),
    };
    let mut text = d.caption.join("\n");
    text.push_str(&format!("\n\n{}\n\n", d.title));
    for (n, p) in d.paragraphs.iter().enumerate() {
        text.push_str(&format!("{}. {p}\n\n", n + 1));
    }
    text.push_str(&format!(
        "{}\n\n{}\n\n{}\n{}\n",
        d.perjury, d.date_line, d.signature, d.name_line
    ));
    let html = declaration_html(&d, lang);
    Declaration { text, html, ..d }
}

/// Text made safe to put in markup: the visitor's own words (name, case number, declaration)
/// and ours are escaped alike.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The kit's sections as markup: a heading per paper (each printed on its own page), and a row
/// per item of a form — its label, a mark (☑ tick, ✎ write, → do, ____ find, — leave) and what
/// to do. Every text is escaped.
pub fn sections_html(sections: &[Section]) -> String {
    let mut out = String::new();
    for (i, s) in sections.iter().enumerate() {
        out.push_str(&format!(
            "<section class=\"rr-section rr-sheet\" aria-labelledby=\"rr-kit-{i}\"><h2 class=\"rr-h2\" id=\"rr-kit-{i}\">{}</h2>",
            esc(&s.title)
        ));
        for b in &s.blocks {
            let text = esc(&b.text);
            out.push_str(&match b.kind.as_str() {
                "h" => format!("<h3 class=\"rr-h3\">{text}</h3>"),
                "note" => format!("<p class=\"rr-kit-note\">{text}</p>"),
                "check" => format!("<p class=\"rr-kit-check\"><span aria-hidden=\"true\">☐ </span>{text}</p>"),
                "p" => format!("<p>{text}</p>"),
                kind => {
                    let (mark, what) = match kind {
                        "tick" => ("☑", text),
                        "write" => ("✎", format!("<strong>{text}</strong>")),
                        "do" => ("→", text),
                        "blank" => ("____", text),
                        _ => ("—", text),
                    };
                    format!(
                        "<div class=\"rr-ws-row rr-ws-{kind}\" data-kind=\"{kind}\"><span class=\"rr-ws-label\">{}</span><span class=\"rr-ws-what\"><span class=\"rr-ws-mark\" aria-hidden=\"true\">{mark} </span>{what}</span></div>",
                        esc(&b.label)
                    )
                }
            });
        }
        out.push_str("</section>");
    }
    out
}

/// The declaration as markup, in the language it is written in.
pub fn declaration_html(d: &Declaration, lang: Lang) -> String {
    let lang = match lang {
        Lang::En => "en",
        Lang::Es => "es",
    };
    let mut out = format!("<article class=\"rr-declaration\" lang=\"{lang}\">");
    for line in &d.caption {
        out.push_str(&format!("<p class=\"rr-decl-caption\">{}</p>", esc(line)));
    }
    out.push_str(&format!(
        "<h2 class=\"rr-h2 rr-decl-title\">{}</h2><ol class=\"rr-decl-paragraphs\">",
        esc(&d.title)
    ));
    for p in &d.paragraphs {
        out.push_str(&format!("<li>{}</li>", esc(p)));
    }
    out.push_str(&format!(
        "</ol><p>{}</p><p>{}</p><p class=\"rr-decl-sign\">{}</p><p>{}</p></article>",
        esc(&d.perjury),
        esc(&d.date_line),
        esc(&d.signature),
        esc(&d.name_line)
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wizard::codec::{decode, encode};
    use crate::wizard::{Choice, DraftArrest, Listing};

    fn conviction(
        offense: &str,
        level: LevelChoice,
        convicted_on: &str,
        outcome: OutcomeChoice,
    ) -> DraftConviction {
        DraftConviction {
            offense: Some(offense.into()),
            listing: Listing::of(offense),
            level: Some(level),
            convicted_on: Some(DateAnswer::Known(convicted_on.into())),
            sentence: Some(SentenceChoice::Probation),
            probation_outcome: Some(outcome),
            probation_end: Some(DateAnswer::Known("2023-05-01".into())),
            complied: Some(Choice::Yes),
            value_over_950: Some(Choice::No),
            under_18: Some(Choice::No),
            offense_on: Some(DateAnswer::Known("2020-01-05".into())),
            relief: Some(vec![]),
            ..Default::default()
        }
    }

    fn person(convictions: Vec<DraftConviction>, arrests: Vec<DraftArrest>) -> Draft {
        Draft {
            pending_charges: Some(Choice::No),
            supervised: Some(Choice::No),
            serving: Some(Choice::No),
            registered: Some(Choice::No),
            citizen: Some(Choice::Yes),
            has_convictions: Some(if convictions.is_empty() {
                Choice::No
            } else {
                Choice::Yes
            }),
            convictions,
            has_arrests: Some(if arrests.is_empty() {
                Choice::No
            } else {
                Choice::Yes
            }),
            arrests,
            ..Default::default()
        }
    }

    fn input(draft: Draft, papers: Papers) -> KitInput {
        KitInput {
            draft,
            papers,
            lang: Lang::En,
            today: "2026-12-01".into(),
        }
    }

    fn find<'a>(section: &'a Section, label: &str) -> &'a Block {
        section
            .blocks
            .iter()
            .find(|b| b.label == label)
            .unwrap_or_else(|| panic!("no {label} in {:#?}", section.blocks))
    }

    #[test]
    fn a_completed_probation_fills_cr180_item_by_item_with_blanks_where_we_do_not_know() {
        let draft = person(
            vec![conviction(
                "PC 459.5",
                LevelChoice::Misdemeanor,
                "2020-09-16",
                OutcomeChoice::Completed,
            )],
            vec![],
        );
        let papers = Papers {
            name: "Maria Lopez".into(),
            ..Default::default()
        };
        let kit = kit(&input(draft, papers));
        let cr180 = &kit.sections[1];
        assert!(
            cr180
                .title
                .starts_with("Form CR-180 worksheet — Conviction 1"),
            "{}",
            cr180.title
        );
        assert_eq!(
            find(cr180, "Your name (as on the case)").text,
            "Maria Lopez"
        );
        assert_eq!(find(cr180, "Case number").kind, "blank");
        assert_eq!(find(cr180, "County").kind, "blank");
        assert_eq!(find(cr180, "Item 1: date of conviction").text, "09/16/2020");
        assert_eq!(find(cr180, "Item 1: Code").text, "Penal");
        assert_eq!(find(cr180, "Item 1: Section").text, "459.5");
        assert_eq!(find(cr180, "Item 1: Type of offense").text, "misdemeanor");
        assert_eq!(find(cr180, "Item 1: eligible for PC 17(b)").text, "no");
        assert_eq!(find(cr180, "Item 2").kind, "tick");
        assert_eq!(find(cr180, "Item 2a").kind, "tick");
        assert!(
            cr180.blocks.iter().all(|b| b.label != "Item 2c"),
            "no discretionary box"
        );
        assert!(cr180
            .blocks
            .iter()
            .any(|b| b.text.contains("the court must grant it")));
        assert!(!kit.declaration, "nothing for the judge to decide");
        assert!(
            kit.footer.contains("Rev. January 1, 2024"),
            "{}",
            kit.footer
        );
        assert_eq!(decode::<Kit>(&encode(&kit)), Some(kit));
    }

    #[test]
    fn a_dui_dismissal_ticks_2c_and_asks_for_the_declaration() {
        let draft = person(
            vec![conviction(
                "VC 23152(a)",
                LevelChoice::Misdemeanor,
                "2021-03-02",
                OutcomeChoice::Completed,
            )],
            vec![],
        );
        let papers = Papers {
            county: "Fresno".into(),
            cases: vec!["F21-00123".into()],
            ..Default::default()
        };
        let kit = kit(&input(draft, papers));
        let cr180 = &kit.sections[1];
        assert_eq!(find(cr180, "County").text, "Fresno");
        assert_eq!(find(cr180, "Case number").text, "F21-00123");
        assert_eq!(find(cr180, "Item 1: Code").text, "Vehicle");
        assert_eq!(find(cr180, "Item 2c").kind, "tick");
        assert_eq!(
            find(cr180, "Item 2a").kind,
            "tick",
            "probation was finished: check all that apply"
        );
        assert!(kit.declaration);
        assert!(cr180
            .blocks
            .iter()
            .any(|b| b.text.contains("The judge decides")));
    }

    #[test]
    fn a_wobbler_felony_asks_for_17b_in_item_1_and_item_8() {
        let draft = person(
            vec![conviction(
                "PC 460(b)",
                LevelChoice::Felony,
                "2016-04-04",
                OutcomeChoice::Completed,
            )],
            vec![],
        );
        let kit = kit(&input(draft, Papers::default()));
        let cr180 = &kit.sections[1];
        assert_eq!(find(cr180, "Item 1: eligible for PC 17(b)").text, "yes");
        assert_eq!(find(cr180, "Item 8").kind, "leave");
        assert_eq!(find(cr180, "Your name (as on the case)").kind, "blank");
    }

    #[test]
    fn an_uncharged_arrest_gets_its_sealing_papers_and_nothing_to_file_says_so() {
        let arrest = DraftArrest {
            offense: Some("PC 242".into()),
            listing: Listing::of("PC 242"),
            level: Some(LevelChoice::Misdemeanor),
            arrested_on: Some(DateAnswer::Known("2023-06-01".into())),
            outcome: Some(crate::wizard::ArrestOutcomeChoice::NotCharged),
            ..Default::default()
        };
        let kit = kit(&input(person(vec![], vec![arrest]), Papers::default()));
        assert!(
            kit.sections
                .iter()
                .any(|s| s.blocks.iter().any(|b| b.text.contains("CR-409"))),
            "{kit:#?}"
        );
        let none = super::kit(&input(person(vec![], vec![]), Papers::default()));
        assert_eq!(none.sections.len(), 1);
        assert!(none.lead.contains("Nothing to file"), "{}", none.lead);
    }

    #[test]
    fn a_reduction_alone_uses_item_1_and_item_8_and_ticks_no_dismissal_box() {
        // A wobbler felony on probation with no end date: no dismissal fits yet, but the judge
        // may reduce it during probation (PC 17(b)(3)).
        let mut c = conviction(
            "PC 460(b)",
            LevelChoice::Felony,
            "2024-04-04",
            OutcomeChoice::Ongoing,
        );
        c.probation_end = None;
        let mut draft = person(vec![c], vec![]);
        draft.supervised = Some(Choice::Yes);
        let kit = kit(&input(draft, Papers::default()));
        let cr180 = kit
            .sections
            .iter()
            .find(|s| s.title.starts_with("Form CR-180"))
            .expect("a CR-180 worksheet for the reduction");
        assert!(
            cr180.blocks[0].text.contains("a reduction alone"),
            "{cr180:#?}"
        );
        assert_eq!(find(cr180, "Item 1: eligible for PC 17(b)").text, "yes");
        assert_eq!(find(cr180, "Item 8").kind, "leave");
        assert!(
            cr180
                .blocks
                .iter()
                .all(|b| b.label != "Item 2" && b.label != "Item 9"),
            "{cr180:#?}"
        );
        assert!(kit.declaration, "the judge decides the reduction");
    }

    #[test]
    fn what_the_visitor_types_is_escaped_in_the_markup() {
        let papers = Papers {
            name: "<img src=x onerror=alert(1)> & \"Co\"".into(),
            story: vec!["<script>alert(1)</script>".into()],
            ..Default::default()
        };
        let draft = person(
            vec![conviction(
                "PC 459.5",
                LevelChoice::Misdemeanor,
                "2020-09-16",
                OutcomeChoice::Completed,
            )],
            vec![],
        );
        let i = input(draft, papers);
        for html in [kit(&i).html, declaration(&i).html] {
            assert!(
                !html.contains("<img") && !html.contains("<script"),
                "{html}"
            );
            assert!(
                html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;"),
                "{html}"
            );
        }
    }

    #[test]
    fn the_declaration_is_first_person_numbered_under_penalty_of_perjury() {
        let mut papers = Papers {
            name: "Maria Lopez".into(),
            county: "Fresno".into(),
            cases: vec!["F21-00123".into()],
            story: vec![
                "I have worked at a bakery for three years.".into(),
                "".into(),
                "I take care of my two children.".into(),
            ],
            ..Default::default()
        };
        let d = declaration(&input(Draft::default(), papers.clone()));
        assert_eq!(d.title, "DECLARATION OF Maria Lopez");
        assert_eq!(
            d.caption[0],
            "Superior Court of California, County of Fresno"
        );
        assert!(d.paragraphs[0].starts_with("My name is Maria Lopez."));
        assert_eq!(
            d.paragraphs[2],
            "I have worked at a bakery for three years."
        );
        assert_eq!(
            d.paragraphs[3], "I take care of my two children.",
            "an empty answer is left out"
        );
        assert_eq!(
            d.perjury,
            "I declare under penalty of perjury under the laws of the State of California that the foregoing is true and correct."
        );
        assert!(
            d.text.contains("3. I have worked at a bakery"),
            "{}",
            d.text
        );
        assert!(d.date_line.contains("California"), "{}", d.date_line);
        assert!(d.note.is_empty());
        // Written in Spanish: the frame in Spanish, and the courts' need for English said.
        papers.story_lang = "es".into();
        let es = declaration(&input(Draft::default(), papers));
        assert!(es.title.starts_with("DECLARACIÓN DE"), "{}", es.title);
        assert!(es.perjury.starts_with("Declaro bajo pena de perjurio"));
        assert!(es.note.contains("inglés"));
        assert_eq!(prompts(Lang::Es).len(), 6);
    }
}
