//! The filing kit and the declaration builder. The words, the worksheet and the declaration come
//! from the results module (`crate::kit`, through `super::lazy`); these pages lay them out, keep
//! the optional fields (name, county, case numbers, the declaration's answers) with the other
//! answers on this device, print, and copy. Nothing is sent anywhere.

use super::{lazy, Action, Ctx, PageProps};
use crate::i18n::Msg;
use crate::kit::{KitInput, Papers};
use crate::wizard::Question;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How many prompts the declaration has (`kit::prompts`); the answers are kept in that order.
const PROMPTS: usize = 6;

fn input(ctx: &Ctx) -> KitInput {
    KitInput {
        draft: ctx.state.draft.clone(),
        papers: ctx.state.papers.clone(),
        lang: ctx.lang(),
        today: crate::engine::dates::iso(ctx.today),
    }
}

/// The value of the input or textarea an event came from.
fn value_of(e: &Event) -> String {
    e.target()
        .and_then(|t| js_sys::Reflect::get(&t, &"value".into()).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// A callback that changes one field of the papers.
fn edit(ctx: &Ctx, change: impl Fn(&mut Papers, String) + 'static) -> Callback<InputEvent> {
    let dispatch = ctx.dispatch.clone();
    let papers = ctx.state.papers.clone();
    Callback::from(move |e: InputEvent| {
        let mut p = papers.clone();
        change(&mut p, value_of(&e));
        dispatch.emit(Action::Papers(p));
    })
}

fn go(ctx: &Ctx, q: Question) -> Callback<MouseEvent> {
    let dispatch = ctx.dispatch.clone();
    Callback::from(move |_| dispatch.emit(Action::Go(q, false)))
}

fn print() -> Callback<MouseEvent> {
    Callback::from(|_| {
        let _ = gloo::utils::window().print();
    })
}

/// Focus on the page's heading, as every page does, and the document title.
#[hook]
fn use_heading(title: String) -> NodeRef {
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if let Some(el) = heading.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    use_effect_with(title, |title| {
        gloo::utils::document().set_title(&format!("{title} – Record Relief"))
    });
    heading
}

/// Until the results module is there (or after it failed): the status, and "Try again".
fn waiting(ctx: &Ctx, heading: NodeRef, class: &'static str) -> Html {
    html! {
        <div class={classes!("rr-page", class)}>
            <h1 class="rr-title" tabindex="-1" ref={heading}>{ ctx.t(Msg::ResultsTitle) }</h1>
            { super::results::module_status(ctx, Msg::ResultsLoadFailed) }
        </div>
    }
}

#[function_component(KitPage)]
pub fn kit_page(p: &PageProps) -> Html {
    let ctx = &p.ctx;
    let kit = {
        let input = input(ctx);
        use_memo((input, ctx.module), |(input, _)| lazy::kit(input))
    };
    let heading = use_heading(
        kit.as_ref()
            .as_ref()
            .map(|k| k.title.clone())
            .unwrap_or_else(|| ctx.t(Msg::ResultsTitle).to_string()),
    );
    let Some(kit) = (*kit).clone() else {
        return waiting(ctx, heading, "rr-kit");
    };
    let w = &kit.words;
    let papers = &ctx.state.papers;
    html! {
        <div class="rr-page rr-kit">
            <h1 class="rr-title" tabindex="-1" ref={heading}>{ &kit.title }</h1>
            <p class="rr-lead">{ &kit.lead }</p>
            <section class="rr-section rr-papers rr-no-print" aria-labelledby="rr-papers-title">
                <h2 class="rr-h2" id="rr-papers-title">{ &w.papers_title }</h2>
                <p class="rr-hint">{ &w.papers_lead }</p>
                <p>
                    <label class="rr-label" for="rr-paper-name">{ &w.name }</label>
                    <input class="rr-input rr-input-wide" id="rr-paper-name" type="text" autocomplete="off"
                        value={papers.name.clone()} oninput={edit(ctx, |p, v| p.name = v)} />
                </p>
                <p>
                    <label class="rr-label" for="rr-paper-county">{ &w.county }</label>
                    <input class="rr-input rr-input-wide" id="rr-paper-county" type="text" autocomplete="off"
                        value={papers.county.clone()} oninput={edit(ctx, |p, v| p.county = v)} />
                </p>
                { for kit.records.iter().enumerate().map(|(i, record)| {
                    let id = format!("rr-paper-case-{i}");
                    html! {
                        <p>
                            <label class="rr-label" for={id.clone()}>{ &w.case_for }{ " " }{ record }</label>
                            <input class="rr-input rr-input-wide" id={id} type="text" autocomplete="off"
                                value={papers.cases.get(i).cloned().unwrap_or_default()}
                                oninput={edit(ctx, move |p, v| {
                                    if p.cases.len() <= i { p.cases.resize(i + 1, String::new()); }
                                    p.cases[i] = v;
                                })} />
                        </p>
                    }
                }) }
            </section>
            <div class="rr-actions rr-no-print">
                <button type="button" class="rr-button rr-print" onclick={print()}>{ &w.print }</button>
                if kit.declaration {
                    <button type="button" class="rr-button rr-button-secondary" onclick={go(ctx, Question::Declaration)}>{ &w.write_declaration }</button>
                }
                <button type="button" class="rr-button rr-button-secondary" onclick={go(ctx, Question::Results)}>{ &w.back_to_results }</button>
            </div>
            // The papers, laid out (and every text escaped) by the results module: `kit::sections_html`.
            <div class="rr-kit-papers">{ Html::from_html_unchecked(kit.html.clone().into()) }</div>
            <p class="rr-rules-date">{ &kit.footer }</p>
        </div>
    }
}

#[function_component(DeclarationPage)]
pub fn declaration_page(p: &PageProps) -> Html {
    let ctx = &p.ctx;
    let page = {
        let input = input(ctx);
        use_memo((input, ctx.module), |(input, _)| lazy::declaration(input))
    };
    let copied = use_state(|| false);
    let heading = use_heading(
        page.as_ref()
            .as_ref()
            .map(|d| d.words.declaration_heading.clone())
            .unwrap_or_else(|| ctx.t(Msg::ResultsTitle).to_string()),
    );
    let Some(page) = (*page).clone() else {
        return waiting(ctx, heading, "rr-declaration-page");
    };
    let w = &page.words;
    let d = &page.declaration;
    let papers = &ctx.state.papers;
    let story_lang = if papers.story_lang.is_empty() {
        match ctx.lang() {
            crate::i18n::Lang::Es => "es",
            crate::i18n::Lang::En => "en",
        }
    } else {
        papers.story_lang.as_str()
    };
    let choose_lang = |lang: &'static str| {
        let dispatch = ctx.dispatch.clone();
        let papers = papers.clone();
        Callback::from(move |_: Event| {
            let mut p = papers.clone();
            p.story_lang = lang.to_string();
            dispatch.emit(Action::Papers(p));
        })
    };
    let copy = {
        let text = d.text.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let window = gloo::utils::window();
            let clipboard = js_sys::Reflect::get(&window, &"navigator".into())
                .and_then(|n| js_sys::Reflect::get(&n, &"clipboard".into()));
            let write = clipboard.as_ref().ok().and_then(|c| {
                js_sys::Reflect::get(c, &"writeText".into())
                    .ok()?
                    .dyn_into::<js_sys::Function>()
                    .ok()
            });
            if let (Ok(c), Some(write)) = (clipboard, write) {
                let _ = write.call1(&c, &text.clone().into());
                copied.set(true);
            }
        })
    };
    html! {
        <div class="rr-page rr-declaration-page">
            <h1 class="rr-title rr-no-print" tabindex="-1" ref={heading}>{ &w.declaration_heading }</h1>
            <div class="rr-no-print">
                <p class="rr-lead">{ &w.story_lead }</p>
                <fieldset class="rr-fieldset">
                    <legend class="rr-label">{ &w.story_lang }</legend>
                    <div class="rr-radio">
                        <input type="radio" id="rr-story-en" name="rr-story-lang" checked={story_lang == "en"} onchange={choose_lang("en")} />
                        <label for="rr-story-en" lang="en">{ "English" }</label>
                    </div>
                    <div class="rr-radio">
                        <input type="radio" id="rr-story-es" name="rr-story-lang" checked={story_lang == "es"} onchange={choose_lang("es")} />
                        <label for="rr-story-es" lang="es">{ "Español" }</label>
                    </div>
                </fieldset>
                <p>
                    <label class="rr-label" for="rr-story-name">{ &w.name }</label>
                    <input class="rr-input rr-input-wide" id="rr-story-name" type="text" autocomplete="off"
                        value={papers.name.clone()} oninput={edit(ctx, |p, v| p.name = v)} />
                </p>
                { for page.prompts.iter().enumerate().map(|(i, prompt)| {
                    let id = format!("rr-story-{i}");
                    let hint = format!("{id}-hint");
                    html! {
                        <p class="rr-story">
                            <label class="rr-label" for={id.clone()}>{ &prompt.question }</label>
                            <span class="rr-hint" id={hint.clone()}>{ &w.example }{ " " }{ &prompt.example }</span>
                            <textarea class="rr-input rr-input-wide rr-textarea" id={id} rows="3" aria-describedby={hint}
                                value={papers.story.get(i).cloned().unwrap_or_default()}
                                oninput={edit(ctx, move |p, v| {
                                    if p.story.len() < PROMPTS { p.story.resize(PROMPTS, String::new()); }
                                    p.story[i] = v;
                                })} />
                        </p>
                    }
                }) }
                <h2 class="rr-h2">{ &w.preview }</h2>
            </div>
            // Laid out, every text escaped, by the results module: `kit::declaration_html`.
            <div class="rr-declaration-preview">{ Html::from_html_unchecked(d.html.clone().into()) }</div>
            if !d.note.is_empty() {
                <p class="rr-kit-note rr-no-print">{ &d.note }</p>
            }
            <p class="rr-no-print">{ &w.attach }</p>
            <div class="rr-actions rr-no-print">
                <button type="button" class="rr-button rr-print" onclick={print()}>{ &w.print_declaration }</button>
                <button type="button" class="rr-button rr-button-secondary rr-copy" onclick={copy}>{ &w.copy }</button>
                <button type="button" class="rr-button rr-button-secondary" onclick={go(ctx, Question::Kit)}>{ &w.back_to_kit }</button>
            </div>
            if *copied {
                <p class="rr-status rr-no-print" role="status">{ &w.copied }</p>
            }
        </div>
    }
}
