//! The results module, fetched after the first page has painted: the engine, its legal texts, the
//! catalog's names and search words and the strict case-file reader are a second wasm module
//! (`src/bin/results.rs`) with a data-only API, so the first load carries only what the start page
//! and the questions need. This widget's one Yew app renders every page from what it returns.
//!
//! The page's loader (`boot-*.js`, or `embed.js` for inline embeds; both generated from
//! `src/embed/results-loader.js`) defines `__recordReliefResults()`, which fetches the module with
//! its integrity hashes and resolves to its exports; after a failure the next call tries again.
//! Only the answers cross over, as text, and only within this page: nothing is sent anywhere.

use super::widgets::Found;
use crate::kit::{DeclarationPage, Kit, KitInput};
use crate::results_view::{ResultsInput, ResultsView};
use crate::wizard::codec::{decode, encode};
use crate::wizard::{Draft, Listing};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

const LOADER: &str = "__recordReliefResults";

thread_local! {
    /// The results module's exports once loaded, for the synchronous calls below.
    static LOADED: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// Whether the module is already loaded (a second widget on the page, a later mount).
pub fn is_loaded() -> bool {
    LOADED.with(|l| l.borrow().is_some())
}

/// Loads the results module (or waits for the load under way), then calls `done` with whether it
/// is ready. After a failure, calling it again tries again.
pub fn load(done: Box<dyn FnOnce(bool)>) {
    if is_loaded() {
        done(true);
        return;
    }
    let loader = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str(LOADER))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(promise) = loader
        .and_then(|f| f.call0(&JsValue::NULL).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        done(false);
        return;
    };
    // Exactly one of the two callbacks runs; both share the one `done`.
    let done = Rc::new(RefCell::new(Some(done)));
    let on_error = done.clone();
    let ok = Closure::once(move |module: JsValue| {
        LOADED.with(|l| *l.borrow_mut() = Some(module));
        if let Some(done) = done.borrow_mut().take() {
            done(true);
        }
    });
    let err = Closure::once(move |_: JsValue| {
        if let Some(done) = on_error.borrow_mut().take() {
            done(false);
        }
    });
    let _ = promise.then2(&ok, &err);
    // The promise owns the callbacks from here on.
    ok.forget();
    err.forget();
}

/// Runs `load` when the browser is idle (soon after the first paint), or within two seconds.
pub fn load_when_idle(done: Box<dyn FnOnce(bool)>) {
    let window = gloo::utils::window();
    let run = Closure::once_into_js(move || load(done));
    let idle = js_sys::Reflect::get(&window, &JsValue::from_str("requestIdleCallback"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"timeout".into(), &2000.into());
    let scheduled = idle.is_some_and(|f| f.call2(&window, &run, &options).is_ok());
    if !scheduled {
        let _ =
            window.set_timeout_with_callback_and_timeout_and_arguments_0(run.unchecked_ref(), 0);
    }
}

fn call(name: &str, args: &[JsValue]) -> Option<Result<JsValue, JsValue>> {
    let module = LOADED.with(|l| l.borrow().clone())?;
    let f = js_sys::Reflect::get(&module, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    Some(f.apply(&module, &args.iter().collect::<js_sys::Array>()))
}

/// Calls an export that takes and returns text; `None` until the module is loaded.
fn text_call(name: &str, args: &[JsValue]) -> Option<Result<String, String>> {
    call(name, args).map(|r| {
        r.map(|v| v.as_string().unwrap_or_default())
            .map_err(|e| e.as_string().unwrap_or_default())
    })
}

/// The results page for these answers; `None` until the module is loaded.
pub fn screen(input: &ResultsInput) -> Option<ResultsView> {
    let text = text_call("screen", &[encode(input).into()])?.ok()?;
    decode(&text)
}

/// The filing kit; `None` until the module is loaded.
pub fn kit(input: &KitInput) -> Option<Kit> {
    decode(&text_call("kit", &[encode(input).into()])?.ok()?)
}

/// The declaration builder's prompts and the declaration so far; `None` until loaded.
pub fn declaration(input: &KitInput) -> Option<DeclarationPage> {
    decode(&text_call("declaration", &[encode(input).into()])?.ok()?)
}

/// The case file "Save my answers" downloads; `None` until the module is loaded.
pub fn case_file(input: &ResultsInput) -> Option<String> {
    text_call("case_file", &[encode(input).into()])?.ok()
}

/// Reads a saved-answers file strictly: the answers, or the message to show (naming the field).
/// `None` until the module is loaded.
pub fn read_saved(text: &str, input: &ResultsInput) -> Option<Result<Draft, String>> {
    let read = text_call("read_saved", &[text.into(), encode(input).into()])?;
    // An empty message: the caller says the file could not be read.
    Some(read.and_then(|answers| decode(&answers).ok_or_else(String::new)))
}

/// What the results module says about one catalog label.
#[derive(Clone)]
struct Entry {
    en: String,
    es: String,
    listing: Listing,
}

thread_local! {
    /// Offences already fetched from the results module, by label.
    /// (A list, not a map: a visitor meets a few hundred offences at most, and a map of its own
    /// type cost the first load more code.)
    static ENTRIES: RefCell<Vec<(String, Entry)>> = const { RefCell::new(Vec::new()) };
}

/// Reads `label<TAB>en<TAB>es<TAB>listing` lines (the results module's `search` and `names`;
/// the listing in two hex digits), and keeps them for [`offense_names`] and [`listing`].
fn found(lines: &str) -> Vec<Found> {
    let mut list = Vec::new();
    ENTRIES.with(|entries| {
        let mut entries = entries.borrow_mut();
        for line in lines.lines() {
            let mut parts = line.split('\t');
            let (Some(label), Some(en), Some(es), Some(listing)) =
                (parts.next(), parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            let Ok(bits) = u8::from_str_radix(listing, 16) else {
                continue;
            };
            list.push(Found {
                label: label.to_string(),
                en: en.to_string(),
                es: es.to_string(),
            });
            let entry = Entry {
                en: en.to_string(),
                es: es.to_string(),
                listing: Listing(bits),
            };
            match entries.iter_mut().find(|(l, _)| l == label) {
                Some((_, known)) => *known = entry,
                None => entries.push((label.to_string(), entry)),
            }
        }
    });
    list
}

/// What the results module knows about a label, fetched once.
fn entry(label: &str) -> Option<Entry> {
    let known = |label: &str| {
        ENTRIES.with(|e| {
            e.borrow()
                .iter()
                .find(|(l, _)| l == label)
                .map(|(_, entry)| entry.clone())
        })
    };
    if let Some(entry) = known(label) {
        return Some(entry);
    }
    let lines = text_call("names", &[label.into()])?.ok()?;
    found(&lines);
    known(label)
}

/// The catalog listing of a label the visitor picked (`None`: not in the catalog, or the module
/// is not loaded).
pub fn listing(label: &str) -> Option<Listing> {
    entry(label).map(|e| e.listing)
}

/// The offence picker's search, run by the results module (which holds the search words and
/// the names); `None` until the module is loaded.
pub fn search(query: &str, limit: usize) -> Option<Vec<Found>> {
    let lines = text_call("search", &[query.into(), (limit as u32).into()])?.ok()?;
    Some(found(&lines))
}

/// An offence's English and Spanish names, from the results module; `None` until it is loaded
/// (the label is shown alone until then).
pub fn offense_names(label: &str) -> Option<(String, String)> {
    entry(label).map(|e| (e.en, e.es))
}
