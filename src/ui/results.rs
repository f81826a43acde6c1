//! The results page, "Save my answers" and "Open saved answers". The words come from the
//! results module as a [`ResultsView`] (see `super::lazy`): this page only lays them out and links
//! each missing fact to its question. No legal wording here.

use super::{lazy, Action, Ctx, Module, PageProps};
use crate::i18n::{t, Msg, ReportMsg};
use crate::results_view::{Card, ResultsInput, ResultsView};
use crate::wizard::{question_for_field, Draft, Question};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the results module needs for this visitor.
pub fn input(ctx: &Ctx, draft: Draft) -> ResultsInput {
    ResultsInput {
        draft,
        lang: ctx.lang(),
        today: crate::engine::dates::iso(ctx.today),
    }
}

/// "Could not load" with a "Try again" that retries without a reload; a status line while loading.
pub fn module_status(ctx: &Ctx, failed: Msg) -> Html {
    match ctx.module {
        Module::Failed => {
            let retry = ctx.retry.clone();
            html! {
                <div class="rr-load-failed" role="alert">
                    <p class="rr-error-message">{ ctx.t(failed) }</p>
                    <button type="button" class="rr-button rr-button-secondary rr-retry"
                        onclick={Callback::from(move |_| retry.emit(()))}>{ ctx.t(Msg::TryAgain) }</button>
                </div>
            }
        }
        Module::Loading => {
            html! { <p class="rr-loading" role="status">{ ctx.t(Msg::ResultsLoading) }</p> }
        }
        Module::Ready => html! {},
    }
}

#[function_component(ResultsPage)]
pub fn results_page(p: &PageProps) -> Html {
    let ctx = &p.ctx;
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
    let draft = ctx.state.draft.clone();
    let view = {
        let input = input(ctx, draft.clone());
        use_memo((input, ctx.module), |(input, _)| lazy::screen(input))
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
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Go(Question::Check, false)))
    };
    html! {
        <div class="rr-page rr-results">
            <h1 class="rr-title" tabindex="-1" ref={heading}>{ ctx.t(Msg::ResultsTitle) }</h1>
            if let Some(view) = (*view).as_ref() {
                <p class="rr-lead">{ view.word(ReportMsg::ResultsLead) }</p>
                { plan(ctx, view) }
                { talk(ctx, view) }
                { help(view) }
                <div class="rr-actions rr-no-print">
                    <button type="button" class="rr-button rr-button-secondary rr-print" onclick={print}>{ view.word(ReportMsg::Print) }</button>
                    { save_answers(ctx, view) }
                    <button type="button" class="rr-button rr-button-secondary" onclick={change}>{ ctx.t(Msg::EditAnswers) }</button>
                </div>
                { report(ctx, view) }
            } else {
                { module_status(ctx, Msg::ResultsLoadFailed) }
                <div class="rr-actions rr-no-print">
                    <button type="button" class="rr-button rr-button-secondary" onclick={change}>{ ctx.t(Msg::EditAnswers) }</button>
                </div>
            }
        </div>
    }
}

fn report(ctx: &Ctx, view: &ResultsView) -> Html {
    let lang = ctx.lang();
    let draft = &ctx.state.draft;
    html! {
        <>
            if !view.any_fits {
                <p class="rr-notice">{ view.word(ReportMsg::ResultsNothing) }</p>
            }
            { for view.records.iter().map(|record| {
                let id = format!("rr-rec-{}", record.subject);
                html! {
                    <section class="rr-section rr-record" aria-labelledby={id.clone()}>
                        <h2 class="rr-h2" id={id}>{ view.word(ReportMsg::ResultsFor) }{ " " }{ &record.title }</h2>
                        if !record.fits.is_empty() || !record.not_yet.is_empty() {
                            // The plan above says what to do; the details wait here, collapsed.
                            <details class="rr-record-details">
                                <summary>{ view.word(ReportMsg::DetailsFor) }{ " (" }{ record.fits.len() + record.not_yet.len() }{ ")" }</summary>
                                { for record.fits.iter().map(|c| card(ctx, view, c)) }
                                if !record.not_yet.is_empty() {
                                    <h3 class="rr-h3 rr-not-yet-title">{ view.word(ReportMsg::NotYetTitle) }</h3>
                                    { for record.not_yet.iter().map(|c| card(ctx, view, c)) }
                                }
                            </details>
                        }
                        if !record.not_fit.is_empty() {
                            <details class="rr-not-fit">
                                <summary>{ view.word(ReportMsg::NotFitTitle) }</summary>
                                <ul>
                                { for record.not_fit.iter().map(|n| html! {
                                    <li>
                                        <strong>{ &n.name }</strong>{ ": " }
                                        { for n.reasons.iter().map(|r| html! { <span>{ r }{ " " }</span> }) }
                                    </li>
                                }) }
                                </ul>
                            </details>
                        }
                    </section>
                }
            }) }
            if !view.notices.is_empty() {
                <section class="rr-section rr-notices" aria-labelledby="rr-notices-title">
                    <h2 class="rr-h2" id="rr-notices-title">{ view.word(ReportMsg::NoticesTitle) }</h2>
                    <ul>
                    { for view.notices.iter().map(|n| html! {
                        <li class="rr-notice-item" data-code={n.code.clone()}>{ &n.text }<span class="rr-cite">{ " (" }{ &n.cite }{ ")" }</span></li>
                    }) }
                    </ul>
                </section>
            }
            <details class="rr-glossary">
                <summary>{ view.word(ReportMsg::GlossaryTitle) }</summary>
                <dl>
                { for view.glossary.iter().map(|g| html! { <><dt>{ &g.term }</dt><dd>{ &g.definition }</dd></> }) }
                </dl>
            </details>
            <section class="rr-print-only rr-section">
                <h2 class="rr-h2">{ view.word(ReportMsg::YourAnswers) }</h2>
                { for super::pages::answer_rows(draft).into_iter().flat_map(|(_, qs)| qs).map(|q| html! {
                    <p class="rr-print-answer"><strong>{ super::pages::question_label(q, draft, lang) }</strong>{ " " }{ super::pages::answer_text(q, draft, lang, lazy::offense_names) }</p>
                }) }
            </section>
            <p class="rr-rules-date">{ view.word(ReportMsg::RulesAsOf) }{ " " }{ &view.rules_as_of }{ "." }</p>
        </>
    }
}

/// "Before you file": each topic collapsed under its title (the plan stays the first thing read).
fn help(view: &ResultsView) -> Html {
    html! {
        <section class="rr-section rr-help" aria-labelledby="rr-help-title">
            <h2 class="rr-h2" id="rr-help-title">{ &view.help_title }</h2>
            { for view.help.iter().map(|topic| html! {
                <details class="rr-help-topic">
                    <summary>{ &topic.title }</summary>
                    { for topic.items.iter().map(|item| html! { <p>{ item }</p> }) }
                    if !topic.link.is_empty() {
                        <p><a href={topic.link.clone()} target="_blank" rel="noopener noreferrer">{ &topic.link_text }</a></p>
                    }
                </details>
            }) }
        </section>
    }
}

/// "Your plan": the warnings that come first, then each step with its date, record, forms and fee.
fn plan(ctx: &Ctx, view: &ResultsView) -> Html {
    let actions = view
        .plan
        .iter()
        .any(|step| step.kind != "before" && step.kind != "info");
    let prepare = {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Go(Question::Kit, false)))
    };
    html! {
        <section class="rr-section rr-plan" aria-labelledby="rr-plan-title">
            <h2 class="rr-h2" id="rr-plan-title">{ view.word(ReportMsg::PlanTitle) }</h2>
            <p>{ view.word(ReportMsg::PlanLead) }</p>
            <ol class="rr-plan-list">
            { for view.plan.iter().map(|step| html! {
                <li class={classes!("rr-plan-step", format!("rr-plan-{}", step.kind))} data-remedies={step.remedies.join(" ")}>
                    if step.about.is_empty() {
                        <strong class="rr-plan-when">{ &step.when }{ ": " }</strong>
                    } else {
                        <strong class="rr-plan-when">{ &step.when }</strong>{ " — " }
                        <span class="rr-plan-about">{ &step.about }</span>{ ": " }
                    }
                    { &step.text }
                    if !step.text.ends_with('.') { { "." } }
                    if let Some(decision) = &step.decision {
                        { " " }<span class="rr-plan-decision">{ decision }</span>
                    }
                </li>
            }) }
            </ol>
            if !actions {
                <p>{ view.word(ReportMsg::PlanNothing) }</p>
            } else {
                <p class="rr-no-print">
                    <button type="button" class="rr-button rr-prepare" onclick={prepare}>{ view.word(ReportMsg::PreparePapers) }</button>
                </p>
            }
        </section>
    }
}

/// Where free help is, when no firm is configured.
const SELF_HELP: &str = "https://selfhelp.courts.ca.gov/";

/// "Talk to {firm} about this", after the plan: the firm's phone, booking link and own line,
/// "Bring this summary", and "Email this summary" through the visitor's own email app (the text
/// shown first; nothing is sent by us). With no firm configured: where free help is.
fn talk(ctx: &Ctx, view: &ResultsView) -> Html {
    let b = &ctx.branding;
    let Some(firm) = b.firm_name.as_deref() else {
        return html! {
            <section class="rr-section rr-talk rr-no-print" aria-labelledby="rr-talk-title">
                <h2 class="rr-h2" id="rr-talk-title">{ view.word(ReportMsg::FreeHelpTitle) }</h2>
                <p>{ view.word(ReportMsg::FreeHelpText) }</p>
                <p><a href={SELF_HELP} target="_blank" rel="noopener noreferrer">{ view.word(ReportMsg::FreeHelpLink) }</a></p>
            </section>
        };
    };
    let summary = view.summary.clone();
    let mailto = b.email.as_ref().map(|email| {
        let enc = |s: &str| String::from(js_sys::encode_uri_component(s));
        format!(
            "mailto:{email}?subject={}&body={}",
            enc(view.word(ReportMsg::EmailSubject)),
            enc(&summary)
        )
    });
    let contact = {
        let origin = b.parent_origin.clone();
        Callback::from(move |_| super::embed::contact_opened(origin.as_deref()))
    };
    html! {
        <section class="rr-section rr-talk" aria-labelledby="rr-talk-title">
            <h2 class="rr-h2" id="rr-talk-title">{ view.word(ReportMsg::TalkTo) }{ " " }{ firm }{ " " }{ view.word(ReportMsg::TalkAbout) }</h2>
            if let Some(line) = &b.firm_message { <p class="rr-talk-line">{ line }</p> }
            <p>{ view.word(ReportMsg::TalkLead) }</p>
            <div class="rr-actions rr-no-print">
                if let Some((digits, shown)) = &b.phone {
                    <a class="rr-button rr-talk-call" href={format!("tel:{digits}")}>{ ctx.t(Msg::ContactCall) }{ " " }{ shown }</a>
                }
                if let Some(url) = &b.contact_url {
                    <a class="rr-button rr-button-secondary rr-talk-book" href={url.clone()} target="_blank" rel="noopener noreferrer" onclick={contact}>
                        { ctx.t(Msg::ContactBook) }</a>
                }
            </div>
            <p>{ view.word(ReportMsg::BringSummary) }</p>
            if let (Some(href), Some(email)) = (mailto, &b.email) {
                <details class="rr-email rr-no-print">
                    <summary>{ view.word(ReportMsg::EmailSummary) }{ " " }{ firm }</summary>
                    <p>{ view.word(ReportMsg::EmailNote) }</p>
                    <h3 class="rr-h3">{ view.word(ReportMsg::EmailPreview) }</h3>
                    <pre class="rr-email-preview">{ summary.clone() }</pre>
                    <a class="rr-button rr-button-secondary rr-email-open" href={href}>{ view.word(ReportMsg::EmailSummary) }{ " " }{ email.clone() }</a>
                </details>
            }
        </section>
    }
}

/// One line beside a card where the judge decides or a fact is missing.
fn talk_short(ctx: &Ctx, view: &ResultsView) -> Html {
    let b = &ctx.branding;
    match (&b.firm_name, &b.phone, &b.contact_url) {
        (Some(firm), phone, url) if phone.is_some() || url.is_some() => html! {
            <p class="rr-talk-short rr-no-print">
                { view.word(ReportMsg::TalkShort) }{ " " }{ view.word(ReportMsg::TalkTo) }{ " " }{ firm }{ ": " }
                if let Some((digits, shown)) = phone { <a href={format!("tel:{digits}")}>{ shown }</a> }
                if phone.is_some() && url.is_some() { { " · " } }
                if let Some(url) = url {
                    <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ ctx.t(Msg::ContactBook) }</a>
                }
            </p>
        },
        _ => html! {
            <p class="rr-talk-short rr-no-print">
                { view.word(ReportMsg::TalkShort) }{ " " }
                <a href={SELF_HELP} target="_blank" rel="noopener noreferrer">{ view.word(ReportMsg::FreeHelpTitle) }</a>
            </p>
        },
    }
}

fn card(ctx: &Ctx, view: &ResultsView, c: &Card) -> Html {
    html! {
        <article class="rr-card" data-remedy={c.remedy.clone()} data-outcome={c.outcome.clone()}>
            <h3 class="rr-card-title">{ &c.name }</h3>
            <p class={classes!("rr-status", format!("rr-status-{}", c.status))}><strong>{ &c.outcome_line }</strong></p>
            if let Some(d) = &c.decision { <p class="rr-decision">{ d }</p> }
            <h4 class="rr-h4">{ view.word(ReportMsg::WhyLabel) }</h4>
            <ul class="rr-reasons">
            { for c.reasons.iter().map(|w| html! {
                <li>{ &w.text }<span class="rr-cite">{ " (" }{ &w.cite }{ ")" }</span></li>
            }) }
            </ul>
            if !c.needs.is_empty() {
                <div class="rr-needs">
                { for c.needs.iter().map(|need| {
                    // Only to a question this record asks: never to a page that is not there.
                    let answer = question_for_field(&need.field)
                        .filter(|q| crate::wizard::is_asked(&ctx.state.draft, *q))
                        .map(|q| {
                            let dispatch = ctx.dispatch.clone();
                            Callback::from(move |_: MouseEvent| dispatch.emit(Action::Go(q, true)))
                        });
                    html! {
                        <p>
                            <strong>{ view.word(ReportMsg::WhereToFind) }{ ": " }</strong>{ &need.where_to_find }
                            if let Some(onclick) = answer {
                                { " " }<button type="button" class="rr-link-button rr-no-print rr-answer-it" onclick={onclick}>{ view.word(ReportMsg::AnswerIt) }</button>
                            }
                        </p>
                    }
                }) }
                </div>
            }
            <details class="rr-card-more">
                <summary>{ view.word(ReportMsg::WhatItDoes) }</summary>
                <p>{ &c.does }</p>
                <h4 class="rr-h4">{ view.word(ReportMsg::WhatItDoesNot) }</h4>
                <p>{ &c.does_not }</p>
            </details>
            if let Some(next) = &c.next {
                <h4 class="rr-h4">{ view.word(ReportMsg::NextSteps) }</h4>
                <p>{ next }</p>
            }
            if let Some(tip) = &c.tip { <p class="rr-tip">{ tip }</p> }
            if c.ask_lawyer { { talk_short(ctx, view) } }
        </article>
    }
}

/// "Save my answers to a file": the contract's case file, downloaded; nothing is uploaded.
fn save_answers(ctx: &Ctx, view: &ResultsView) -> Html {
    let input = input(ctx, ctx.state.draft.clone());
    let question = view.word(ReportMsg::ConfirmSave).to_string();
    let onclick = Callback::from(move |_| {
        if !super::confirm(&question) {
            return;
        }
        if let Some(text) = lazy::case_file(&input) {
            download("record-relief-answers.json", &text);
        }
    });
    html! {
        <button type="button" class="rr-button rr-button-secondary" onclick={onclick} title={view.word(ReportMsg::SaveHint).to_string()}>
            { view.word(ReportMsg::SaveAnswers) }
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

/// "Open saved answers": reads a case file on the device; the results module checks it with the
/// engine's strict reader, and a bad file gets a clear message naming the field.
#[function_component(OpenSaved)]
pub fn open_saved(p: &PageProps) -> Html {
    let ctx: &Ctx = &p.ctx;
    let error = use_state(|| None::<String>);
    // A file chosen before the module is ready waits for it (or for "Try again").
    let waiting = use_state(|| None::<String>);
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    {
        let (error, waiting, dispatch) = (error.clone(), waiting.clone(), ctx.dispatch.clone());
        let (input, lang) = (input(ctx, Draft::default()), ctx.lang());
        use_effect_with(((*waiting).clone(), ctx.module), move |(text, _)| {
            if let Some(text) = text {
                match lazy::read_saved(text, &input) {
                    Some(Ok(draft)) => {
                        waiting.set(None);
                        error.set(None);
                        dispatch.emit(Action::Load(draft));
                    }
                    Some(Err(message)) => {
                        waiting.set(None);
                        error.set(Some(if message.is_empty() {
                            t(Msg::OpenNotJson, lang).to_string()
                        } else {
                            message
                        }));
                    }
                    None => {}
                }
            }
        });
    }
    let onchange = {
        let (error, waiting, reader, lang) =
            (error.clone(), waiting.clone(), reader.clone(), ctx.lang());
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            let (error, waiting) = (error.clone(), waiting.clone());
            let task =
                gloo::file::callbacks::read_as_text(&gloo::file::Blob::from(file), move |result| {
                    match result {
                        Ok(text) => waiting.set(Some(text)),
                        Err(_) => error.set(Some(t(Msg::OpenNotJson, lang).to_string())),
                    }
                });
            *reader.borrow_mut() = Some(task);
        })
    };
    html! {
        <div class="rr-open rr-no-print">
            if let Some(message) = &*error {
                <div class="rr-error-summary" role="alert">
                    <h2 class="rr-error-title">{ ctx.t(Msg::OpenError) }</h2>
                    <p id="rr-open-file-error" class="rr-error-message">{ message.clone() }</p>
                </div>
            }
            if waiting.is_some() {
                { module_status(ctx, Msg::ResultsLoadFailed) }
            }
            <label class="rr-label" for="rr-open-file">{ ctx.t(Msg::OpenAnswers) }</label>
            <input type="file" id="rr-open-file" class="rr-file" accept=".json,application/json" onchange={onchange}
                aria-describedby={error.is_some().then_some("rr-open-file-error")} />
        </div>
    }
}
