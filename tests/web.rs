//! Browser tests (wasm-bindgen-test in headless Chromium): run by `make test` as
//! `cargo test --target wasm32-unknown-unknown --test web`. They mount real components and read
//! the DOM: the start page, the offence picker, the date question, and the results cards.
#![cfg(target_arch = "wasm32")]

use chrono::NaiveDate;
use record_relief::i18n::catalog_names;
use record_relief::i18n::{Lang, Msg};
use record_relief::ui::widgets::{
    DateInput, DateParts, Found, Names, OffensePicker, Picked, Search,
};
use record_relief::ui::{App, AppProps};
use record_relief::wizard::*;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_point(id: &str) -> web_sys::Element {
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    host.set_id(id);
    document.body().unwrap().append_child(&host).unwrap();
    host
}

/// The whole widget, with no firm settings, mounted in a new element.
fn mount_app(id: &str) -> web_sys::Element {
    let host = mount_point(id);
    yew::Renderer::<App>::with_root_and_props(
        host.clone(),
        AppProps {
            branding: Default::default(),
            today: today(),
            begin: false,
        },
    )
    .render();
    host
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(60)).await;
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

fn storage() -> web_sys::Storage {
    gloo::utils::window().session_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
async fn app_renders_its_heading() {
    storage().clear().unwrap();
    let host = mount_app("app-heading");
    settle().await;
    let heading = host.query_selector("h1").unwrap().expect("an h1");
    assert_eq!(
        heading.text_content().unwrap(),
        "Check if you can clear your California record"
    );
}

#[derive(Properties, PartialEq)]
struct PickerHarnessProps {
    picked: Callback<Picked>,
}

#[function_component(PickerHarness)]
fn picker_harness(p: &PickerHarnessProps) -> Html {
    // The widget searches through its results module; here the catalog search runs directly.
    fn search(query: &str, limit: usize) -> Option<Vec<Found>> {
        Some(
            record_relief::engine::catalog::search::search(query, limit)
                .iter()
                .map(|o| Found {
                    label: o.label().to_string(),
                    en: o.en().to_string(),
                    es: o.es().to_string(),
                })
                .collect(),
        )
    }
    html! { <OffensePicker id="picker" lang={Lang::En} picked={None::<Picked>} onpick={p.picked.clone()}
    search={search as Search} ready={Some(true)} retry={Callback::noop()} names={catalog_names as Names} /> }
}

#[wasm_bindgen_test]
async fn the_offence_picker_searches_and_picks() {
    let host = mount_point("picker-host");
    let picked = std::rc::Rc::new(std::cell::RefCell::new(None));
    let sink = picked.clone();
    let props = PickerHarnessProps {
        picked: Callback::from(move |p| *sink.borrow_mut() = Some(p)),
    };
    yew::Renderer::<PickerHarness>::with_root_and_props(host.clone(), props).render();
    settle().await;
    let input: web_sys::HtmlInputElement = host
        .query_selector("#picker")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value("shoplifting");
    input
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    settle().await;
    let labels: Vec<String> = (0..host.query_selector_all("label").unwrap().length())
        .filter_map(|i| host.query_selector_all("label").unwrap().item(i))
        .filter_map(|n| n.text_content())
        .collect();
    assert!(
        labels.iter().any(|l| l.contains("PC 459.5")),
        "results: {labels:?}"
    );
    assert!(labels.iter().any(|l| l == "I don't know the code"));
    let first: web_sys::HtmlInputElement = host
        .query_selector("input[type=radio][value='PC 459.5']")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    first.click();
    settle().await;
    assert_eq!(*picked.borrow(), Some(Picked::Offense("PC 459.5".into())));
    // A typo still finds it (a phone keyboard).
    input.set_value("shopliftng");
    input
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    settle().await;
    assert!(host
        .query_selector("input[value='PC 459.5']")
        .unwrap()
        .is_some());
}

#[function_component(DateHarness)]
fn date_harness() -> Html {
    let value = use_state(DateParts::default);
    let onchange = {
        let value = value.clone();
        Callback::from(move |v| value.set(v))
    };
    html! { <DateInput id="d" lang={Lang::Es} value={(*value).clone()} onchange={onchange} allow_unsure=true /> }
}

#[wasm_bindgen_test]
async fn the_date_question_has_labelled_parts_and_checks_dates() {
    let host = mount_point("date-host");
    yew::Renderer::<DateHarness>::with_root(host.clone()).render();
    settle().await;
    for (id, label) in [("d-day", "Día"), ("d-month", "Mes"), ("d", "Año")] {
        let l = host
            .query_selector(&format!("label[for='{id}']"))
            .unwrap()
            .expect("a label");
        assert_eq!(l.text_content().unwrap(), label);
        assert!(host
            .query_selector(&format!("#{}", id.replace('-', "\\-")))
            .unwrap()
            .is_some());
    }
    assert!(
        host.query_selector("#d-unsure").unwrap().is_some(),
        "an I-don't-know choice"
    );
    let parts = |d: &str, m: &str, y: &str| DateParts {
        day: d.into(),
        month: m.into(),
        year: y.into(),
        unsure: false,
    };
    assert_eq!(
        parts("", "3", "2019").to_answer(today(), false, false),
        Ok(DateAnswer::Known("2019-03".into()))
    );
    assert_eq!(
        parts("", "", "2019").to_answer(today(), false, false),
        Ok(DateAnswer::Known("2019".into()))
    );
    assert_eq!(
        parts("29", "2", "2021").to_answer(today(), false, false),
        Err(Msg::ErrorDateNotReal)
    );
    assert_eq!(
        parts("", "", "2030").to_answer(today(), false, false),
        Err(Msg::ErrorDateFuture)
    );
    assert_eq!(
        parts("", "", "2030").to_answer(today(), true, false),
        Ok(DateAnswer::Known("2030".into()))
    );
    assert_eq!(
        parts("5", "", "2019").to_answer(today(), false, false),
        Err(Msg::ErrorDayNeedsMonth)
    );
    assert_eq!(
        parts("", "", "").to_answer(today(), false, false),
        Err(Msg::ErrorYearMissing)
    );
    assert_eq!(
        parts("", "", "19").to_answer(today(), false, false),
        Err(Msg::ErrorYearBad)
    );
}

#[wasm_bindgen_test]
async fn the_results_page_says_when_its_module_is_missing_then_shows_the_engines_outcomes() {
    let draft = Draft {
        pending_charges: Some(Choice::No),
        supervised: Some(Choice::No),
        serving: Some(Choice::No),
        registered: Some(Choice::No),
        citizen: Some(Choice::Unsure),
        has_convictions: Some(Choice::Yes),
        convictions: vec![DraftConviction {
            offense: Some("PC 459.5".into()),
            level: Some(LevelChoice::Misdemeanor),
            convicted_on: Some(DateAnswer::Known("2020-09-16".into())),
            sentence: Some(SentenceChoice::Probation),
            probation_outcome: Some(OutcomeChoice::Completed),
            probation_end: Some(DateAnswer::Known("2022-09-16".into())),
            ..Default::default()
        }],
        has_arrests: Some(Choice::No),
        ..Default::default()
    };
    // A visitor back on the results page (session storage: the answers, then the page key, the
    // language and the "from check" flag, as `ui::Saved` lays them out) whose results module
    // cannot load: here no page loader defines `__recordReliefResults` at all.
    // The widget's `Saved`: the answers, the page, the language, "from check", the kit's papers.
    let papers = codec::encode(&record_relief::kit::Papers::default());
    let papers = papers.get(3..).unwrap_or_default(); // without the version prefix
    let stored = format!("{}7:resultsan{papers}", codec::encode(&draft));
    storage().set_item("record-relief", &stored).unwrap();
    let host = mount_app("results-host");
    let retry = wait_for(&host, ".rr-retry").await;
    let heading = host.query_selector("h1").unwrap().expect("an h1");
    assert_eq!(heading.text_content().unwrap(), "Your results");
    let alert = host
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an alert");
    assert!(alert
        .text_content()
        .unwrap()
        .contains("could not be loaded"));
    // Then the module can load (here the same functions stand in, under the loader's name):
    // "Try again" brings the results without a reload; the widget renders the module's words.
    install_results_module();
    retry.dyn_into::<web_sys::HtmlElement>().unwrap().click();
    wait_for(&host, ".rr-card").await;
    let card = host
        .query_selector(".rr-card[data-remedy='pc_1203_4']")
        .unwrap()
        .expect("a 1203.4 card");
    assert_eq!(
        card.get_attribute("data-outcome").as_deref(),
        Some("eligible")
    );
    let text = card.text_content().unwrap();
    assert!(text.contains("You may qualify now"), "{text}");
    assert!(text.contains("the court must grant it"), "{text}");
    assert!(text.contains("CR-180"), "{text}");
    // The plan puts the immigration warning first (citizenship "not sure"), then the state's own
    // relief (check the record first); the notice shows too.
    let steps = host.query_selector_all(".rr-plan-step").unwrap();
    let step = |i: u32| {
        steps
            .item(i)
            .and_then(|n| n.text_content())
            .unwrap_or_default()
    };
    assert!(step(0).contains("immigration lawyer"), "{}", step(0));
    assert!(
        step(1).contains("look for \"relief granted\""),
        "{}",
        step(1)
    );
    assert!(host
        .query_selector(".rr-notice-item[data-code='immigration']")
        .unwrap()
        .is_some());
    storage().clear().unwrap();
}

/// The first element matching `selector` under `host`, once it appears.
async fn wait_for(host: &web_sys::Element, selector: &str) -> web_sys::Element {
    for _ in 0..40 {
        if let Some(el) = host.query_selector(selector).unwrap() {
            return el;
        }
        settle().await;
    }
    panic!("no {selector} in {}", host.inner_html())
}

/// Stands in for the page loader (`src/embed/results-loader.js`): `__recordReliefResults()`
/// resolves to an object with the results module's exports, here the same library functions.
fn install_results_module() {
    use record_relief::results_view::{self, ResultsInput};
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsValue;
    let exports = js_sys::Object::new();
    let screen = Closure::<dyn Fn(String) -> String>::new(|input: String| {
        let input: ResultsInput = codec::decode(&input).expect("the widget's input");
        codec::encode(&results_view::results(&input))
    });
    let names = Closure::<dyn Fn(String) -> String>::new(|labels: String| {
        labels
            .lines()
            .filter_map(|l| {
                let listing = record_relief::wizard::Listing::of(l)?;
                let (en, es) = catalog_names(l)?;
                Some(format!("{l}\t{en}\t{es}\t{:02x}", listing.0))
            })
            .collect::<Vec<_>>()
            .join("\n")
    });
    js_sys::Reflect::set(&exports, &"screen".into(), screen.as_ref()).unwrap();
    js_sys::Reflect::set(&exports, &"names".into(), names.as_ref()).unwrap();
    screen.forget();
    names.forget();
    let exports: JsValue = exports.into();
    let promise: js_sys::Promise = js_sys::Promise::resolve(&exports);
    let loader = Closure::<dyn Fn() -> js_sys::Promise>::new(move || promise.clone());
    js_sys::Reflect::set(
        &js_sys::global(),
        &JsValue::from_str("__recordReliefResults"),
        loader.as_ref(),
    )
    .unwrap();
    loader.forget();
}
