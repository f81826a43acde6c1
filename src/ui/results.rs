//! The results page: the engine's report, in the visitor's language, as cards people can act on;
//! "save my answers"; and the strict reading of a saved-answers file.
//!
//! This page and the engine are not part of the first load: they are built into a second
//! module (`src/bin/results.rs`) that the widget loads after the visitor starts (see
//! `super::lazy`). The widget hands over the answers; the page hands back only where to go.

use super::widgets::{offense_name, show_date};
use crate::engine::case::RemedyId;
use crate::engine::report::{Decision, Item, Outcome, Report, Why};
use crate::engine::{case_json, screen};
use crate::i18n::{glossary, remedy_text, t, where_to_find, Lang, Message, Msg, ReportMsg};
use crate::wizard::{question_for_field, Draft, Question};
use chrono::NaiveDate;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the widget hands to the results module (as compact text, see
/// [`crate::wizard::codec`]: the two are separate wasm modules).
#[derive(Clone, Debug, PartialEq)]
pub struct ResultsInput {
    pub draft: Draft,
    pub lang: Lang,
    /// The visitor's date, `YYYY-MM-DD`.
    pub today: String,
}

crate::wizard::codec::fields! {
    ResultsInput { draft, lang, today }
}

impl ResultsInput {
    /// The visitor's date; a malformed one falls back to the date the rules reflect.
    pub fn today(&self) -> NaiveDate {
        crate::engine::dates::FuzzyDate::parse(&self.today)
            .map(|d| d.earliest())
            .unwrap_or(crate::engine::params::RULES_AS_OF)
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct ResultsProps {
    pub draft: Rc<Draft>,
    pub lang: Lang,
    pub today: NaiveDate,
    /// Go to a question (`true`: come back to "Check your answers" after it).
    pub go: Callback<(Question, bool)>,
}

impl ResultsProps {
    fn t(&self, msg: impl Message) -> &'static str {
        t(msg, self.lang)
    }
}

/// Reads a saved-answers file with the engine's strict reader: the answers, or why not.
pub fn read_saved(text: &str, today: NaiveDate, lang: Lang) -> Result<Draft, String> {
    case_json::parse_case(text, None, today)
        .map(|(case, _)| Draft::from_case(&case))
        .map_err(|e| format!("{} ({e})", t(Msg::OpenNotJson, lang)))
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

#[function_component(ResultsPage)]
pub fn results_page(p: &ResultsProps) -> Html {
    let ctx = p;
    let lang = p.lang;
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if let Some(el) = heading.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    {
        let title = format!("{} – Record Relief", ctx.t(Msg::ResultsTitle));
        use_effect_with(title, |title| gloo::utils::document().set_title(title));
    }
    let draft: &Draft = &p.draft;
    let report = match draft.to_case() {
        Ok(case) => screen(&case, ctx.today),
        Err(_) => screen(&Default::default(), ctx.today),
    };
    // Open every "more" section first so the printout carries the whole summary.
    let print = Callback::from(|_| {
        if let Ok(all) = gloo::utils::document().query_selector_all(".rr details") {
            for i in 0..all.length() {
                if let Some(el) = all
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    let _ = el.set_attribute("open", "");
                }
            }
        }
        let _ = gloo::utils::window().print();
    });
    let change = {
        let go = p.go.clone();
        Callback::from(move |_| go.emit((Question::Check, false)))
    };
    let automatic: Vec<&Item> = report
        .items
        .iter()
        .filter(|i| matches!(i.decision, Some(Decision::Automatic)))
        .collect();
    let has_any = report
        .items
        .iter()
        .any(|i| i.outcome != Outcome::NotEligible);
    html! {
        <div class="rr-page rr-results">
            <h1 class="rr-title" tabindex="-1" ref={heading}>{ ctx.t(Msg::ResultsTitle) }</h1>
            <p class="rr-lead">{ ctx.t(ReportMsg::ResultsLead) }</p>
            <div class="rr-actions rr-no-print">
                <button type="button" class="rr-button rr-button-secondary" onclick={print}>{ ctx.t(ReportMsg::Print) }</button>
                <SaveAnswers draft={p.draft.clone()} lang={lang} today={p.today} />
                <button type="button" class="rr-button rr-button-secondary" onclick={change}>{ ctx.t(ReportMsg::EditAnswers) }</button>
            </div>
            if !automatic.is_empty() {
                <section class="rr-section rr-automatic" aria-labelledby="rr-auto-title">
                    <h2 class="rr-h2" id="rr-auto-title">{ ctx.t(ReportMsg::ResultsAutomatic) }</h2>
                    <p>{ ctx.t(ReportMsg::ResultsAutomaticLead) }</p>
                    <ul class="rr-auto-list">
                    { for automatic.iter().map(|item| html! {
                        <li>
                            <strong>{ record_title(&report, draft, &item.subject, lang) }</strong>{ ": " }
                            { remedy_text(item.remedy, lang).name }{ " — " }{ outcome_line(item, lang) }
                        </li>
                    }) }
                    </ul>
                </section>
            }
            if !has_any {
                <p class="rr-notice">{ ctx.t(ReportMsg::ResultsNothing) }</p>
            }
            { for subjects(&report).into_iter().map(|subject| {
                let mut items: Vec<&Item> = report.items.iter().filter(|i| *i.subject == *subject).collect();
                items.sort_by_key(|i| (last_resort(i.remedy), rank(i.outcome)));
                let (fits, not): (Vec<&Item>, Vec<&Item>) = items.into_iter().partition(|i| i.outcome != Outcome::NotEligible);
                // Barred only by something that ends (probation, a pending charge): "Not yet".
                let (not_yet, not): (Vec<&Item>, Vec<&Item>) = not.into_iter().partition(|i| i.barred_for_now());
                html! {
                    <section class="rr-section rr-record" aria-labelledby={format!("rr-rec-{subject}")}>
                        <h2 class="rr-h2" id={format!("rr-rec-{subject}")}>
                            { ctx.t(ReportMsg::ResultsFor) }{ " " }{ record_title(&report, draft, &subject, lang) }
                        </h2>
                        { for fits.into_iter().map(|item| html! { <ResultCard lang={lang} go={p.go.clone()} item={item.clone()} /> }) }
                        if !not_yet.is_empty() {
                            <h3 class="rr-h3 rr-not-yet-title">{ ctx.t(ReportMsg::NotYetTitle) }</h3>
                            { for not_yet.into_iter().map(|item| html! { <ResultCard lang={lang} go={p.go.clone()} item={item.clone()} /> }) }
                        }
                        if !not.is_empty() {
                            <details class="rr-not-fit">
                                <summary>{ ctx.t(ReportMsg::NotFitTitle) }</summary>
                                <ul>
                                { for not.into_iter().map(|item| html! {
                                    <li>
                                        <strong>{ remedy_text(item.remedy, lang).name }</strong>{ ": " }
                                        { for item.reasons.iter().map(|w| html! { <span>{ why_text(w, lang) }{ " " }</span> }) }
                                    </li>
                                }) }
                                </ul>
                            </details>
                        }
                    </section>
                }
            }) }
            if !report.notices.is_empty() {
                <section class="rr-section rr-notices" aria-labelledby="rr-notices-title">
                    <h2 class="rr-h2" id="rr-notices-title">{ ctx.t(ReportMsg::NoticesTitle) }</h2>
                    <ul>
                    { for report.notices.iter().map(|n| html! {
                        <li class="rr-notice-item" data-code={n.code}>{ why_text(n, lang) }<span class="rr-cite">{ " (" }{ n.cite }{ ")" }</span></li>
                    }) }
                    </ul>
                </section>
            }
            <section class="rr-section" aria-labelledby="rr-record-title">
                <h2 class="rr-h2" id="rr-record-title">{ ctx.t(ReportMsg::GetRecordTitle) }</h2>
                <p>{ ctx.t(ReportMsg::GetRecordText) }</p>
            </section>
            <details class="rr-glossary">
                <summary>{ ctx.t(ReportMsg::GlossaryTitle) }</summary>
                <dl>
                { for glossary(lang).iter().map(|(term, def)| html! { <><dt>{ *term }</dt><dd>{ *def }</dd></> }) }
                </dl>
            </details>
            <section class="rr-print-only rr-section">
                <h2 class="rr-h2">{ ctx.t(ReportMsg::YourAnswers) }</h2>
                { for super::pages::answer_rows(draft).into_iter().flat_map(|(_, qs)| qs).map(|q| html! {
                    <p class="rr-print-answer"><strong>{ super::pages::question_label(q, draft, lang) }</strong>{ " " }{ super::pages::answer_text(q, draft, lang, super::widgets::catalog_names) }</p>
                }) }
            </section>
            <p class="rr-rules-date">{ ctx.t(ReportMsg::RulesAsOf) }{ " " }{ show_date(report.rules_as_of, lang) }{ "." }</p>
        </div>
    }
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
fn record_title(_report: &Report, draft: &Draft, subject: &str, lang: Lang) -> String {
    let Some(i) = subject
        .get(1..)
        .and_then(|n| n.parse::<usize>().ok())
        .and_then(|n| n.checked_sub(1))
    else {
        return subject.to_string();
    };
    let (label, offense) = match subject.as_bytes().first() {
        Some(b'c') => (
            Msg::ConvictionNumber,
            draft.convictions.get(i).and_then(|c| c.offense.as_deref()),
        ),
        Some(b'a') => (
            Msg::ArrestNumber,
            draft.arrests.get(i).and_then(|a| a.offense.as_deref()),
        ),
        _ => return subject.to_string(),
    };
    format!(
        "{} {}: {}",
        t(label, lang),
        i + 1,
        offense_name(offense, lang)
    )
}

fn outcome_line(item: &Item, lang: Lang) -> String {
    match (item.outcome, item.from) {
        (Outcome::EligibleLater, Some(from)) => {
            let mut s = format!(
                "{} {}",
                t(ReportMsg::OutcomeLater, lang),
                show_date(from, lang)
            );
            if item.approximate {
                s.push(' ');
                s.push_str(t(ReportMsg::OutcomeApproximate, lang));
            }
            s
        }
        (Outcome::Eligible, _) => t(ReportMsg::OutcomeEligible, lang).to_string(),
        (Outcome::NeedsInfo, _) => t(ReportMsg::OutcomeNeedsInfo, lang).to_string(),
        _ if item.barred_for_now() => t(ReportMsg::OutcomeNotYet, lang).to_string(),
        _ => t(ReportMsg::OutcomeNotEligible, lang).to_string(),
    }
}

#[derive(Properties, PartialEq)]
struct CardProps {
    lang: Lang,
    go: Callback<(Question, bool)>,
    item: Item,
}

impl CardProps {
    fn t(&self, msg: impl Message) -> &'static str {
        t(msg, self.lang)
    }
}

#[function_component(ResultCard)]
fn result_card(p: &CardProps) -> Html {
    let (ctx, item) = (p, &p.item);
    let lang = p.lang;
    let text = remedy_text(item.remedy, lang);
    let status_class = match item.outcome {
        Outcome::Eligible => "rr-status-now",
        Outcome::EligibleLater => "rr-status-later",
        Outcome::NeedsInfo => "rr-status-info",
        Outcome::NotEligible if item.barred_for_now() => "rr-status-later",
        Outcome::NotEligible => "rr-status-no",
    };
    let decision = item.decision.map(|d| match d {
        Decision::Mandatory => ReportMsg::DecisionMandatory,
        Decision::Discretionary if item.remedy == RemedyId::Pardon => ReportMsg::DecisionGovernor,
        Decision::Discretionary => ReportMsg::DecisionDiscretionary,
        Decision::Automatic => ReportMsg::DecisionAutomatic,
    });
    html! {
        <article class="rr-card" data-remedy={item.remedy.id()} data-outcome={outcome_code(item.outcome)}>
            <h3 class="rr-card-title">{ text.name }</h3>
            <p class={classes!("rr-status", status_class)}><strong>{ outcome_line(item, lang) }</strong></p>
            if let Some(d) = decision { <p class="rr-decision">{ ctx.t(d) }</p> }
            <h4 class="rr-h4">{ ctx.t(ReportMsg::WhyLabel) }</h4>
            <ul class="rr-reasons">
            { for item.reasons.iter().map(|w| html! {
                <li>{ why_text(w, lang) }<span class="rr-cite">{ " (" }{ w.cite }{ ")" }</span></li>
            }) }
            </ul>
            if item.outcome == Outcome::NeedsInfo {
                <div class="rr-needs">
                { for item.missing.iter().map(|field| {
                    let field = field.to_string();
                    let field = field.as_str();
                    let q = question_for_field(field);
                    let answer = q.map(|q| {
                        let go = p.go.clone();
                        Callback::from(move |e: MouseEvent| { e.prevent_default(); go.emit((q, true)); })
                    });
                    html! {
                        <p>
                            <strong>{ ctx.t(ReportMsg::WhereToFind) }{ ": " }</strong>{ where_to_find(field, lang) }
                            if let Some(onclick) = answer {
                                { " " }<a href="#" class="rr-no-print" onclick={onclick}>{ ctx.t(ReportMsg::AnswerIt) }</a>
                            }
                        </p>
                    }
                }) }
                </div>
            }
            <details class="rr-card-more">
                <summary>{ ctx.t(ReportMsg::WhatItDoes) }</summary>
                <p>{ text.does }</p>
                <h4 class="rr-h4">{ ctx.t(ReportMsg::WhatItDoesNot) }</h4>
                <p>{ text.does_not }</p>
            </details>
            if item.remedy != RemedyId::Pc1203_425 && item.remedy != RemedyId::Pc851_93 || item.outcome == Outcome::Eligible {
                <h4 class="rr-h4">{ ctx.t(ReportMsg::NextSteps) }</h4>
                <p>{ text.next }</p>
            }
        </article>
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

/// "Save my answers to a file": the contract's case file, downloaded; nothing is uploaded.
#[derive(Properties, PartialEq)]
struct SaveProps {
    draft: Rc<Draft>,
    lang: Lang,
    today: NaiveDate,
}

#[function_component(SaveAnswers)]
fn save_answers(p: &SaveProps) -> Html {
    let draft = p.draft.clone();
    let today = p.today;
    let onclick = Callback::from(move |_| {
        let mut value = draft.to_case_value();
        value["as_of"] = serde_json::Value::String(crate::engine::dates::iso(today));
        let text = serde_json::to_string_pretty(&value).unwrap_or_default();
        download("record-relief-answers.json", &text);
    });
    html! {
        <button type="button" class="rr-button rr-button-secondary" onclick={onclick} title={t(ReportMsg::SaveHint, p.lang)}>
            { t(ReportMsg::SaveAnswers, p.lang) }
        </button>
    }
}

fn download(name: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = gloo::utils::document();
    if let Ok(a) = document.create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
