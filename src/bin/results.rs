//! The results module: the engine, its legal texts, the results page and the offence search,
//! built as a second wasm module that the widget loads after its first page (see
//! `src/ui/lazy.rs`). Built by the Trunk hook `tests/tools/post_build.py`; it exports `mount`,
//! `search` and `read_saved`.

#[cfg(target_arch = "wasm32")]
mod web {
    use record_relief::i18n::Lang;
    use record_relief::ui::results::{read_saved as read, ResultsInput, ResultsPage, ResultsProps};
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    use yew::prelude::*;

    /// A mounted results page; `destroy` removes it.
    #[wasm_bindgen]
    pub struct Mounted(yew::AppHandle<ResultsPage>);

    #[wasm_bindgen]
    impl Mounted {
        pub fn destroy(self) {
            self.0.destroy();
        }
    }

    /// Both modules run their own copy of Yew on the same page, and Yew tells which app owns a
    /// DOM event by a numbered "subtree id" that each copy counts from 1. The widget's own apps
    /// take the first ids (one per widget on the page), so this module skips ahead before its
    /// first mount; otherwise a click on the results page could reach the widget's handler with
    /// the same number (it did: "Save" ran "Quick exit"). The e2e journeys click through both.
    fn keep_subtree_ids_apart() {
        const WIDGET_IDS: usize = 64;
        static DONE: std::sync::Once = std::sync::Once::new();
        DONE.call_once(|| {
            #[function_component(Nothing)]
            fn nothing() -> Html {
                html! {}
            }
            let document = gloo::utils::document();
            for _ in 0..WIDGET_IDS {
                if let Ok(detached) = document.create_element("div") {
                    yew::Renderer::<Nothing>::with_root(detached)
                        .render()
                        .destroy();
                }
            }
        });
    }

    /// Renders the results for `input` (a [`ResultsInput`], encoded by `wizard::codec`) into `root`. `go(key, back)`
    /// is called when the visitor asks to change an answer.
    #[wasm_bindgen]
    pub fn mount(
        root: web_sys::Element,
        input: &str,
        go: js_sys::Function,
    ) -> Result<Mounted, JsError> {
        let input: ResultsInput = record_relief::wizard::codec::decode(input)
            .ok_or_else(|| JsError::new("the widget and its results module do not match"))?;
        let props = ResultsProps {
            today: input.today(),
            draft: Rc::new(input.draft),
            lang: input.lang,
            go: Callback::from(move |(q, back): (record_relief::wizard::Question, bool)| {
                let _ = go.call2(
                    &JsValue::NULL,
                    &JsValue::from_str(&q.key()),
                    &JsValue::from_bool(back),
                );
            }),
        };
        keep_subtree_ids_apart();
        Ok(Mounted(
            yew::Renderer::<ResultsPage>::with_root_and_props(root, props).render(),
        ))
    }

    /// The offence picker's search: the best matches, one per line, as
    /// `label<TAB>English name<TAB>Spanish name`.
    #[wasm_bindgen]
    pub fn search(query: &str, limit: u32) -> String {
        record_relief::engine::catalog::search::search(query, limit as usize)
            .iter()
            .map(|o| named(o))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The names of offences by label (one label per line in, the same lines as `search` out;
    /// unknown labels are left out): the widget's first load holds no offence names.
    #[wasm_bindgen]
    pub fn names(labels: &str) -> String {
        labels
            .lines()
            .filter_map(record_relief::engine::catalog::lookup)
            .map(named)
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn named(o: &record_relief::engine::catalog::Offense) -> String {
        format!("{}\t{}\t{}", o.label(), o.en(), o.es())
    }

    /// Checks a saved-answers file strictly; returns the answers (see `wizard::codec`), or throws the message
    /// to show (in `lang`, "en" or "es").
    #[wasm_bindgen]
    pub fn read_saved(text: &str, today: &str, lang: &str) -> Result<String, JsValue> {
        let lang = if lang == "es" { Lang::Es } else { Lang::En };
        let today = ResultsInput {
            draft: Default::default(),
            lang,
            today: today.to_string(),
        }
        .today();
        let draft = read(text, today, lang).map_err(|m| JsValue::from_str(&m))?;
        Ok(record_relief::wizard::codec::encode(&draft))
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
