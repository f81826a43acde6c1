//! The results module: the engine, its legal texts, the catalog with its names and search words,
//! and the strict case-file reader, built as a second wasm module that the widget fetches once its
//! first page has painted (see `src/ui/lazy.rs`). Data only: no Yew and no DOM code; the widget's
//! one Yew app renders everything. Built by the Trunk hook `tests/tools/post_build.py`.
//!
//! Its whole API is text in, text out (the widget's compact text, [`record_relief::wizard::codec`]):
//! `screen` (answers → the results page as data), `search` and `names` (the offence picker),
//! `read_saved` (a saved file → answers, or a message naming the field), `case_file` (answers →
//! the file "Save my answers" downloads), `kit` (the filing kit) and `declaration` (the
//! declaration builder's prompts and text).

#[cfg(target_arch = "wasm32")]
mod web {
    use record_relief::engine::catalog::{self, Offense};
    use record_relief::i18n::Lang;
    use record_relief::kit::{self, KitInput};
    use record_relief::results_view::{self, ResultsInput};
    use record_relief::wizard::codec::{decode, encode};
    use record_relief::wizard::Listing;
    use wasm_bindgen::prelude::*;

    fn input(text: &str) -> Result<ResultsInput, JsValue> {
        decode(text)
            .ok_or_else(|| JsValue::from_str("the widget and its results module do not match"))
    }

    /// The results page for the answers (a [`ResultsInput`]), as a `ResultsView`.
    #[wasm_bindgen]
    pub fn screen(input_text: &str) -> Result<String, JsValue> {
        Ok(encode(&results_view::results(&input(input_text)?)))
    }

    /// The offence picker's search: the best matches, one per line, as
    /// `label<TAB>English name<TAB>Spanish name<TAB>listing` (the question flow's facts about
    /// the entry, `wizard::Listing`, in two hex digits).
    #[wasm_bindgen]
    pub fn search(query: &str, limit: u32) -> String {
        catalog::search::search(query, limit as usize)
            .iter()
            .map(|o| named(o.label(), o))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The same lines as `search` for labels (one per line in) that are catalog codes as written;
    /// others are left out: the widget's first load holds no catalog.
    #[wasm_bindgen]
    pub fn names(labels: &str) -> String {
        labels
            .lines()
            .filter_map(|label| match catalog::resolve(label) {
                Some((o, true)) => Some(named(label, o)),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn named(label: &str, o: &Offense) -> String {
        let listing = Listing::of(o.label()).unwrap_or_default();
        format!("{label}\t{}\t{}\t{:02x}", o.en(), o.es(), listing.0)
    }

    /// Checks a saved-answers file strictly; returns the answers, or throws the message to show
    /// (in the language of `input_text`, a [`ResultsInput`] whose answers are ignored).
    #[wasm_bindgen]
    pub fn read_saved(text: &str, input_text: &str) -> Result<String, JsValue> {
        let input = input(input_text)?;
        let lang: Lang = input.lang;
        results_view::read_saved(text, input.today(), lang)
            .map(|draft| encode(&draft))
            .map_err(|m| JsValue::from_str(&m))
    }

    /// The filing kit for the answers and the papers' facts (a `kit::KitInput`), as a `kit::Kit`.
    #[wasm_bindgen]
    pub fn kit(input_text: &str) -> Result<String, JsValue> {
        let input: KitInput = decode(input_text)
            .ok_or_else(|| JsValue::from_str("the widget and its results module do not match"))?;
        Ok(encode(&kit::kit(&input)))
    }

    /// The declaration builder: its prompts (for the page's language) and the declaration
    /// written from the answers so far, as a `kit::DeclarationPage`.
    #[wasm_bindgen]
    pub fn declaration(input_text: &str) -> Result<String, JsValue> {
        let input: KitInput = decode(input_text)
            .ok_or_else(|| JsValue::from_str("the widget and its results module do not match"))?;
        Ok(encode(&kit::declaration_page(&input)))
    }

    /// The case file "Save my answers" downloads (the contract's JSON, as `screen` reads it).
    #[wasm_bindgen]
    pub fn case_file(input_text: &str) -> Result<String, JsValue> {
        Ok(results_view::case_file(&input(input_text)?))
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "record-relief-results is the widget's results module (wasm32, built by Trunk's hook)."
    );
    std::process::exit(2);
}
