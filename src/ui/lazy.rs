//! The results module, loaded after the first page: the engine, its legal texts, the results page
//! and the offence search (with its search words) are a second wasm module
//! (`src/bin/results.rs`), so the first load carries only what the start page and the questions
//! need. Loading starts when the visitor leaves the start page; by the time the offence question
//! comes, it is usually there.
//!
//! The page's loader (`boot-*.js`, or `embed.js` for inline embeds; both generated from
//! `src/embed/results-loader.js`) defines `__recordReliefResults()`, which fetches the module
//! with its integrity hashes and resolves to its exports. Only the answers cross over, as text,
//! and only within this page: nothing is sent anywhere.

use super::pages::PageProps;
use super::results::ResultsInput;
use super::widgets::Found;
use super::{Action, Ctx};
use crate::i18n::{t, Msg};
use crate::wizard::{Draft, Question};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

const LOADER: &str = "__recordReliefResults";

thread_local! {
    /// The results module's exports once loaded, for the synchronous offence search.
    static LOADED: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// The results module's exports, once loaded (or why not).
fn with_module(done: impl FnOnce(Result<JsValue, ()>) + 'static) {
    let loader = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str(LOADER))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(promise) = loader
        .and_then(|f| f.call0(&JsValue::NULL).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        done(Err(()));
        return;
    };
    // Exactly one of the two callbacks runs; both share the one `done`.
    let done = Rc::new(RefCell::new(Some(done)));
    let on_error = done.clone();
    let ok = Closure::once(move |module: JsValue| {
        LOADED.with(|l| *l.borrow_mut() = Some(module.clone()));
        if let Some(done) = done.borrow_mut().take() {
            done(Ok(module));
        }
    });
    let err = Closure::once(move |_: JsValue| {
        if let Some(done) = on_error.borrow_mut().take() {
            done(Err(()));
        }
    });
    let _ = promise.then2(&ok, &err);
    // The promise owns the callbacks from here on.
    ok.forget();
    err.forget();
}

/// Starts loading the results module without waiting for it (once: later calls do nothing).
pub fn prefetch() {
    thread_local!(static REQUESTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if !REQUESTED.with(|r| r.replace(true)) {
        with_module(|_| ());
    }
}

thread_local! {
    /// Offence names already fetched from the results module, by label.
    static NAMES: RefCell<std::collections::HashMap<String, (String, String)>> =
        RefCell::new(std::collections::HashMap::new());
}

/// Reads `label<TAB>en<TAB>es` lines (the results module's `search` and `names`), and keeps
/// the names for [`offense_names`].
fn found(lines: &str) -> Vec<Found> {
    let list: Vec<Found> = lines
        .lines()
        .filter_map(|line| {
            let mut parts = line.split('\t');
            Some(Found {
                label: parts.next()?.to_string(),
                en: parts.next()?.to_string(),
                es: parts.next()?.to_string(),
            })
        })
        .collect();
    NAMES.with(|n| {
        let mut n = n.borrow_mut();
        for f in &list {
            n.insert(f.label.clone(), (f.en.clone(), f.es.clone()));
        }
    });
    list
}

/// The offence picker's search, run by the results module (which holds the search words and
/// the names); `None` until the module is loaded.
pub fn search(query: &str, limit: usize) -> Option<Vec<Found>> {
    let module = LOADED.with(|l| l.borrow().clone());
    let Some(module) = module else {
        prefetch();
        return None;
    };
    let lines = call(&module, "search", &[query.into(), (limit as u32).into()]).ok()?;
    Some(found(&lines.as_string().unwrap_or_default()))
}

/// An offence's English and Spanish names, from the results module; `None` until it is loaded
/// (the label is shown alone until then).
pub fn offense_names(label: &str) -> Option<(String, String)> {
    if let Some(names) = NAMES.with(|n| n.borrow().get(label).cloned()) {
        return Some(names);
    }
    let module = LOADED.with(|l| l.borrow().clone());
    let Some(module) = module else {
        prefetch();
        return None;
    };
    let lines = call(&module, "names", &[label.into()]).ok()?;
    found(&lines.as_string().unwrap_or_default());
    NAMES.with(|n| n.borrow().get(label).cloned())
}

/// Calls `ready` once the results module is loaded (`true`) or has failed to load (`false`).
pub fn when_ready(ready: Box<dyn FnOnce(bool)>) {
    with_module(move |module| ready(module.is_ok()));
}

fn call(module: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let f: js_sys::Function = js_sys::Reflect::get(module, &JsValue::from_str(name))?.dyn_into()?;
    f.apply(module, &args.iter().collect::<js_sys::Array>())
}

/// The results page: a frame the results module renders into.
#[function_component(ResultsHost)]
pub fn results_host(p: &PageProps) -> Html {
    let ctx = &p.ctx;
    let frame = use_node_ref();
    let failed = use_state(|| false);
    let ready = use_state(|| false);
    let input = ResultsInput {
        draft: ctx.state.draft.clone(),
        lang: ctx.lang(),
        today: crate::engine::dates::iso(ctx.today),
    };
    {
        let (frame, failed, ready, dispatch) = (
            frame.clone(),
            failed.clone(),
            ready.clone(),
            ctx.dispatch.clone(),
        );
        use_effect_with(input, move |input| {
            let mounted: Rc<RefCell<Option<JsValue>>> = Rc::default();
            let alive = Rc::new(std::cell::Cell::new(true));
            let json = crate::wizard::codec::encode(input);
            {
                let (mounted, alive) = (mounted.clone(), alive.clone());
                with_module(move |module| {
                    let Some(el) = frame.cast::<web_sys::Element>().filter(|_| alive.get()) else {
                        return;
                    };
                    // Called from inside the results module's click handler: move on only after
                    // it returns, since moving on unmounts that very page.
                    let go = Closure::<dyn Fn(String, bool)>::new(move |key: String, back| {
                        if let Some(q) = Question::from_key(&key) {
                            let dispatch = dispatch.clone();
                            yew::platform::spawn_local(async move {
                                dispatch.emit(Action::Go(q, back));
                            });
                        }
                    });
                    let handle = module.and_then(|m| {
                        call(&m, "mount", &[el.into(), json.into(), go.as_ref().clone()])
                            .map_err(|_| ())
                    });
                    go.forget();
                    match handle {
                        Ok(h) => {
                            *mounted.borrow_mut() = Some(h);
                            ready.set(true);
                        }
                        Err(()) => failed.set(true),
                    }
                });
            }
            move || {
                alive.set(false);
                if let Some(h) = mounted.borrow_mut().take() {
                    let _ = call(&h, "destroy", &[]);
                }
            }
        });
    }
    html! {
        <div class="rr-results-host">
            if *failed {
                <div class="rr-page">
                    <h1 class="rr-title">{ ctx.t(Msg::ResultsTitle) }</h1>
                    <p class="rr-error-message" role="alert">{ ctx.t(Msg::ResultsLoadFailed) }</p>
                </div>
            } else if !*ready {
                <p class="rr-loading" role="status">{ ctx.t(Msg::ResultsLoading) }</p>
            }
            <div ref={frame}></div>
        </div>
    }
}

/// "Open saved answers": reads a case file on the device; the results module checks it with the
/// engine's strict reader, and a bad file gets a clear message.
#[function_component(OpenSaved)]
pub fn open_saved(p: &PageProps) -> Html {
    let ctx: &Ctx = &p.ctx;
    let error = use_state(|| None::<String>);
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    let onchange = {
        let (error, dispatch, today, reader) = (
            error.clone(),
            ctx.dispatch.clone(),
            ctx.today,
            reader.clone(),
        );
        let lang = ctx.lang();
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
            let (error, dispatch) = (error.clone(), dispatch.clone());
            let task =
                gloo::file::callbacks::read_as_text(&gloo::file::Blob::from(file), move |result| {
                    let Ok(text) = result else {
                        error.set(Some(t(Msg::OpenNotJson, lang).to_string()));
                        return;
                    };
                    with_module(move |module| {
                        let args = [
                            JsValue::from_str(&text),
                            JsValue::from_str(&crate::engine::dates::iso(today)),
                            JsValue::from_str(lang.tag()),
                        ];
                        let read = module
                            .map_err(|()| t(Msg::ResultsLoadFailed, lang).to_string())
                            .and_then(|m| {
                                call(&m, "read_saved", &args).map_err(|e| {
                                    e.as_string()
                                        .unwrap_or_else(|| t(Msg::OpenNotJson, lang).to_string())
                                })
                            })
                            .and_then(|text| {
                                crate::wizard::codec::decode::<Draft>(
                                    &text.as_string().unwrap_or_default(),
                                )
                                .ok_or_else(|| t(Msg::OpenNotJson, lang).to_string())
                            });
                        match read {
                            Ok(draft) => {
                                error.set(None);
                                dispatch.emit(Action::Load(draft));
                            }
                            Err(message) => error.set(Some(message)),
                        }
                    });
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
            <label class="rr-label" for="rr-open-file">{ ctx.t(Msg::OpenAnswers) }</label>
            <input type="file" id="rr-open-file" class="rr-file" accept=".json,application/json" onchange={onchange}
                aria-describedby={error.is_some().then_some("rr-open-file-error")} />
        </div>
    }
}
