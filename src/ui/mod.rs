//! The Yew widget (wasm32 only). It gathers answers into a [`Draft`] and shows the engine's
//! report; the question flow lives in [`crate::wizard`], the words in [`crate::i18n`], the
//! branding checks in [`crate::branding`]. No legal logic here.
//!
//! Privacy: answers live in `sessionStorage` on this device only (so a refresh keeps them and
//! closing the tab ends them); nothing is ever sent anywhere.

pub mod embed;
mod kit;
mod lazy;
mod pages;
#[cfg(feature = "prerender")]
pub mod prerender;
mod results;
pub mod widgets;

use crate::branding::{self, Branding};
use crate::i18n::{t, Lang, Msg};
use crate::kit::Papers;
use crate::wizard::{self, Draft, Question};
use chrono::NaiveDate;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

const STORAGE_KEY: &str = "record-relief";
/// Where "Quick exit" goes: a neutral, common page.
const EXIT_URL: &str = "https://www.google.com/";

/// Mounts the widget into `#record-relief` (or `<body>`), with branding from the host
/// element's `data-*` attributes and the page's URL fragment (iframe embeds).
pub fn start() {
    let today = today();
    // Inline embeds (data-mode="inline") each get their own shadow root.
    let inline = embed::mount_inline_hosts(today);
    let document = gloo::utils::document();
    let host = document.get_element_by_id("record-relief");
    if host.is_none() && inline > 0 {
        return;
    }
    // The standalone page (and the page inside an iframe embed): settings from the host
    // element's data attributes and from the URL fragment, which no server ever sees.
    let mut pairs: Vec<(String, String)> = host.as_ref().map(embed::host_pairs).unwrap_or_default();
    if let Ok(hash) = gloo::utils::window().location().hash() {
        pairs.extend(branding::fragment_pairs(&hash));
    }
    let (mut branding, warnings) =
        branding::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    for w in &warnings {
        gloo::console::warn!(format!("Record Relief configuration: {w}"));
    }
    // What the visitor did on the prerendered start page before the app arrived (src/embed/pre.js).
    let early = |name: &str| {
        let root = document.document_element()?;
        let value = root.get_attribute(name);
        let _ = root.remove_attribute(name);
        value
    };
    if let Some(lang) = early("data-rr-early-lang").and_then(|l| Lang::from_tag(&l)) {
        branding.lang = Some(lang);
    }
    let props = AppProps {
        branding: Rc::new(branding),
        today,
        begin: early("data-rr-early").as_deref() == Some("start"),
    };
    match host {
        Some(host) => {
            // The start page prerendered into the HTML (tests/tools/post_build.py) gives way to
            // the app in the same task, before the next paint: the same markup, no flash.
            host.set_inner_html("");
            yew::Renderer::<App>::with_root_and_props(host, props).render();
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
}

/// The visitor's local date: eligibility is about a calendar day in California, and the
/// device's own date is the best proxy without asking a server.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or(crate::engine::params::RULES_AS_OF)
}

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    #[prop_or_default]
    pub branding: Rc<Branding>,
    #[prop_or_else(today)]
    pub today: NaiveDate,
    /// "Start now" was pressed on the prerendered start page: begin at the first question.
    #[prop_or_default]
    pub begin: bool,
}

/// What is kept in session storage (as compact text, see [`wizard::codec`]).
#[derive(Clone, Debug, PartialEq)]
struct Saved {
    draft: Draft,
    at: String,
    lang: Lang,
    from_check: bool,
    papers: Papers,
}

wizard::codec::fields! {
    Saved { draft, at, lang, from_check, papers }
}

/// The widget's state: the answers, where we are, and the language.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub draft: Draft,
    pub at: Question,
    pub lang: Lang,
    /// Came here from "Check your answers" through a Change link: Continue returns there.
    pub from_check: bool,
    /// A one-off message to show at the top of the next page (e.g. answers cleared).
    pub flash: Option<Msg>,
    /// The facts asked only for the filing kit and the declaration (kept and cleared with the
    /// answers; never part of the screening or of a saved file).
    pub papers: Papers,
}

pub enum Action {
    /// An answer was given on the current page: store it and move on.
    Answered(Draft),
    /// Go straight to a question (Change links, history).
    Go(Question, bool),
    Back,
    Lang(Lang),
    /// Clear every answer on this device.
    Clear,
    /// Answers changed from the check page (a record added or removed): go to `Question`.
    Edit(Draft, Question),
    /// Answers opened from a saved file.
    Load(Draft),
    /// The kit's or the declaration's fields changed.
    Papers(Papers),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        s.flash = None;
        match action {
            Action::Answered(draft) => {
                s.draft = draft;
                let back_to_check = s.from_check && !needs_follow_up(&s.draft, s.at);
                s.at = if back_to_check {
                    Question::Check
                } else {
                    wizard::next(&s.draft, s.at)
                };
                if s.at == Question::Check {
                    s.from_check = false;
                }
            }
            Action::Go(q, from_check) => {
                s.at = if wizard::is_asked(&s.draft, q) {
                    q
                } else {
                    Question::Start
                };
                s.from_check = from_check;
            }
            Action::Back => {
                s.at = if s.from_check {
                    Question::Check
                } else {
                    wizard::previous(&s.draft, s.at)
                };
                s.from_check = false;
            }
            Action::Lang(lang) => s.lang = lang,
            Action::Clear => {
                s = State {
                    lang: s.lang,
                    flash: Some(Msg::ClearConfirm),
                    ..State::fresh(s.lang)
                };
            }
            Action::Edit(draft, q) => {
                s.draft = draft;
                s.at = if wizard::is_asked(&s.draft, q) {
                    q
                } else {
                    Question::Check
                };
                // A new record's questions follow one another, then return to the check page.
                s.from_check = s.at != Question::Check;
            }
            Action::Papers(papers) => s.papers = papers,
            Action::Load(draft) => {
                s.draft = draft;
                s.at = Question::Check;
                s.from_check = false;
                s.flash = Some(Msg::OpenLoaded);
            }
        }
        Rc::new(s)
    }
}

/// After a change from the check page, a new follow-up question may now be needed (say, the
/// probation questions after changing the sentence); then the flow continues instead.
fn needs_follow_up(draft: &Draft, at: Question) -> bool {
    let next = wizard::next(draft, at);
    let section_question = |q: Question| {
        !matches!(
            q,
            Question::Check | Question::Results | Question::Kit | Question::Declaration
        )
    };
    section_question(next) && unanswered(draft, next)
}

fn unanswered(draft: &Draft, q: Question) -> bool {
    use Question::*;
    let c = |i: usize| draft.convictions.get(i);
    let a = |i: usize| draft.arrests.get(i);
    match q {
        Offense(i) => c(i).is_some_and(|c| c.offense.is_none() && c.category.is_none()),
        Level(i) => c(i).is_some_and(|c| c.level.is_none()),
        ConvictedOn(i) => c(i).is_some_and(|c| c.convicted_on.is_none()),
        Sentence(i) => c(i).is_some_and(|c| c.sentence.is_none()),
        Relief(i) => c(i).is_some_and(|c| c.relief.is_none()),
        ArrestOffense(i) => a(i).is_some_and(|a| a.offense.is_none() && a.category.is_none()),
        ArrestLevel(i) => a(i).is_some_and(|a| a.level.is_none()),
        ArrestedOn(i) => a(i).is_some_and(|a| a.arrested_on.is_none()),
        ArrestOutcome(i) => a(i).is_some_and(|a| a.outcome.is_none()),
        ProbationOutcome(i) => c(i).is_some_and(|c| c.probation_outcome.is_none()),
        ProbationEnd(i) => c(i).is_some_and(|c| c.probation_end.is_none()),
        Released(i) => c(i).is_some_and(|c| c.released.is_none()),
        SentenceEnd(i) => c(i).is_some_and(|c| c.sentence_end.is_none()),
        Complied(i) => c(i).is_some_and(|c| c.complied.is_none()),
        Value(i) => c(i).is_some_and(|c| c.value_over_950.is_none()),
        Residential(i) => c(i).is_some_and(|c| c.residential.is_none()),
        Shoplifting(i) => c(i).is_some_and(|c| c.shoplifting.is_none()),
        CouldBeMisdemeanor(i) => c(i).is_some_and(|c| c.could_be_misdemeanor.is_none()),
        Under18(i) => c(i).is_some_and(|c| c.under_18.is_none()),
        OffenseOn(i) => c(i).is_some_and(|c| c.offense_on.is_none()),
        Residence => draft.resident_since.is_none(),
        SuperStrike => draft.super_strike.is_none(),
        _ => false,
    }
}

impl State {
    fn fresh(lang: Lang) -> State {
        State {
            draft: Draft::default(),
            at: Question::Start,
            lang,
            from_check: false,
            flash: None,
            papers: Papers::default(),
        }
    }

    fn restore(default_lang: Lang) -> State {
        // Rendered at build time (`prerender`): there is no visitor and no storage yet.
        if cfg!(not(target_arch = "wasm32")) {
            return State::fresh(default_lang);
        }
        let saved: Option<Saved> = storage()
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
            .and_then(|text| wizard::codec::decode(&text));
        match saved {
            Some(saved) => {
                let at = Question::from_key(&saved.at)
                    .filter(|q| wizard::is_asked(&saved.draft, *q))
                    .unwrap_or(Question::Start);
                State {
                    draft: saved.draft,
                    at,
                    lang: saved.lang,
                    from_check: saved.from_check,
                    flash: None,
                    papers: saved.papers,
                }
            }
            None => State::fresh(default_lang),
        }
    }

    fn save(&self) {
        // Nothing answered and back on the start page (a first visit, or just after "Clear my
        // answers"): keep nothing at all on the device, not even an empty record.
        if self.draft == Draft::default() && self.at == Question::Start {
            wipe_storage();
            return;
        }
        let saved = Saved {
            draft: self.draft.clone(),
            at: self.at.key(),
            lang: self.lang,
            from_check: self.from_check,
            papers: self.papers.clone(),
        };
        if let Some(storage) = storage() {
            let _ = storage.set_item(STORAGE_KEY, &wizard::codec::encode(&saved));
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().session_storage().ok().flatten()
}

/// Clears everything this widget stored.
pub fn wipe_storage() {
    if let Some(s) = storage() {
        let _ = s.remove_item(STORAGE_KEY);
    }
}

/// Asks the visitor to confirm (the browser's own dialog: keyboard and screen-reader ready).
pub fn confirm(message: &str) -> bool {
    gloo::utils::window()
        .confirm_with_message(message)
        .unwrap_or(false)
}

/// Leaves at once: clears the answers and replaces the page (so Back does not return here).
pub fn quick_exit() {
    wipe_storage();
    let window = gloo::utils::window();
    // In an iframe, leave the whole page when the browser allows it.
    let target = window
        .top()
        .ok()
        .flatten()
        .unwrap_or_else(|| window.clone());
    if target.location().replace(EXIT_URL).is_err() {
        let _ = window.location().replace(EXIT_URL);
    }
}

/// Where the results module is (see [`lazy`]): the offence search, offence names, the results
/// page and "Open saved answers" need it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Module {
    Loading,
    Ready,
    /// It could not be fetched (offline): pages that need it offer "Try again".
    Failed,
}

impl Module {
    /// `None` while loading, else whether it is ready.
    pub fn ready(self) -> Option<bool> {
        match self {
            Module::Loading => None,
            Module::Ready => Some(true),
            Module::Failed => Some(false),
        }
    }
}

/// The context every page gets.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
    pub branding: Rc<Branding>,
    pub today: NaiveDate,
    pub module: Module,
    /// Fetches the results module again after a failure (no reload).
    pub retry: Callback<()>,
}

#[derive(Properties, PartialEq, Clone)]
pub struct PageProps {
    pub ctx: Ctx,
}

impl Ctx {
    pub fn t(&self, msg: impl crate::i18n::Message) -> &'static str {
        t(msg, self.state.lang)
    }
    pub fn lang(&self) -> Lang {
        self.state.lang
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let default_lang = props.branding.lang.unwrap_or_default();
    let begin = props.begin;
    let state = use_reducer(|| {
        let mut state = State::restore(default_lang);
        if begin && state.at == Question::Start {
            state.at = Question::PendingCharges;
        }
        state
    });
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };

    // Persist every change, and make each page change a browser history entry so Back and
    // Forward move between questions. The entry holds only the question's key, never an answer.
    {
        let at = state.at;
        let snapshot = (*state).clone();
        use_effect_with(snapshot, move |s| {
            s.save();
            let history = gloo::utils::window().history().ok();
            if let Some(history) = history {
                let current = history.state().ok().and_then(|v| v.as_string());
                let key = at.key();
                if current.as_deref() != Some(key.as_str()) {
                    let value = JsValue::from_str(&key);
                    if current.is_none() {
                        let _ = history.replace_state(&value, "");
                    } else {
                        let _ = history.push_state(&value, "");
                    }
                }
            }
        });
    }
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = gloo::events::EventListener::new(
                &gloo::utils::window(),
                "popstate",
                move |event| {
                    let event = event.dyn_ref::<web_sys::PopStateEvent>();
                    let key = event.and_then(|e| e.state().as_string());
                    if let Some(q) = key.as_deref().and_then(Question::from_key) {
                        state.dispatch(Action::Go(q, false));
                    }
                },
            );
            move || drop(listener)
        });
    }

    // The results module is not part of the first load: fetch it once the first page has painted
    // (when the browser is idle), at once on any other page (a reload, a restored tab), and again
    // on "Try again" or on the next page after a failure.
    let module = use_state(|| {
        if lazy::is_loaded() {
            Module::Ready
        } else {
            Module::Loading
        }
    });
    let retry = {
        let module = module.clone();
        Callback::from(move |()| {
            let done = module.clone();
            module.set(Module::Loading);
            lazy::load(Box::new(move |ok| {
                done.set(if ok { Module::Ready } else { Module::Failed })
            }));
        })
    };
    {
        let (module, retry) = (module.clone(), retry.clone());
        use_effect_with(state.at == Question::Start, move |on_start| {
            if *module != Module::Ready {
                if *on_start && *module == Module::Loading {
                    let done = module.clone();
                    lazy::load_when_idle(Box::new(move |ok| {
                        done.set(if ok { Module::Ready } else { Module::Failed })
                    }));
                } else {
                    retry.emit(());
                }
            }
        });
    }

    // Quick exit from the keyboard, as GOV.UK's: Shift pressed three times within a second.
    use_effect_with((), |_| {
        let presses = std::cell::RefCell::new(Vec::<f64>::new());
        let listener =
            gloo::events::EventListener::new(&gloo::utils::window(), "keydown", move |event| {
                let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if key.key() != "Shift" || key.repeat() {
                    return;
                }
                let now = js_sys::Date::now();
                let mut presses = presses.borrow_mut();
                presses.retain(|t| now - t < 1000.0);
                presses.push(now);
                if presses.len() >= 3 {
                    presses.clear();
                    quick_exit();
                }
            });
        move || drop(listener)
    });

    // The firm's accent goes in through the CSSOM: a style attribute would need 'unsafe-inline'.
    let root = use_node_ref();
    {
        let root = root.clone();
        let accent = props.branding.accent;
        use_effect_with(accent, move |accent| {
            if let (Some(el), Some(c)) = (root.cast::<web_sys::HtmlElement>(), accent) {
                let _ = el.style().set_property("--rr-accent", &c.css());
            }
        });
    }
    embed::use_report_height(root.clone(), props.branding.parent_origin.clone());
    let ctx = Ctx {
        state: Rc::new((*state).clone()),
        dispatch,
        branding: props.branding.clone(),
        today: props.today,
        module: *module,
        retry,
    };
    html! {
        <div class="rr" lang={ctx.lang().tag()} ref={root}>
            { widgets::top_bar(&ctx) }
            <main class="rr-main" id="rr-main">
                { widgets::progress(&ctx) }
                { pages::page(&ctx) }
            </main>
            { widgets::footer(&ctx) }
        </div>
    }
}
