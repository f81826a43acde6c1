//! The widget's building blocks: top bar, progress, footer, error summary, and the inputs
//! (radios, checkboxes, dates, the offence picker).

use super::{quick_exit, Action, Ctx};
use crate::engine::catalog;
use crate::engine::dates::FuzzyDate;
use crate::i18n::{month_name, t, Lang, Msg};
use crate::wizard::{DateAnswer, Question};
use chrono::NaiveDate;
use wasm_bindgen::JsCast;
use yew::prelude::*;

// The page frame (top bar, progress, footer) is plain functions rather than components: they
// keep no state of their own, and each component costs the first load its own Yew machinery.

pub fn top_bar(ctx: &Ctx) -> Html {
    let other = ctx.lang().other();
    let switch = {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Lang(other)))
    };
    html! {
        <div class="rr-topbar">
            <a class="rr-skip" href="#rr-main">{ ctx.t(Msg::SkipToQuestion) }</a>
            <button type="button" class="rr-link-button rr-lang" lang={other.tag()} onclick={switch}
                aria-label={t(Msg::LanguageSwitchLabel, ctx.lang())}>
                { ctx.t(Msg::LanguageSwitch) }
            </button>
            <button type="button" class="rr-exit" onclick={Callback::from(|_| quick_exit())}
                title={ctx.t(Msg::QuickExitHint)}>
                { ctx.t(Msg::QuickExit) }
                <span class="rr-visually-hidden">{ ": " }{ ctx.t(Msg::QuickExitHint) }{ " " }{ ctx.t(Msg::QuickExitKeys) }</span>
            </button>
        </div>
    }
}

/// "Question 5 of about 18": where the visitor is in this record's questions (the count grows
/// or shrinks with the answers, hence "about"; it never jumps back to a first section). While
/// changing one answer from the check page: "Changing one answer".
pub fn progress(ctx: &Ctx) -> Html {
    let at = ctx.state.at;
    if matches!(
        at,
        Question::Start
            | Question::Check
            | Question::Results
            | Question::Kit
            | Question::Declaration
    ) {
        return html! {};
    }
    let text = if ctx.state.from_check {
        ctx.t(Msg::ProgressChanging).to_string()
    } else {
        let list: Vec<Question> = crate::wizard::questions(&ctx.state.draft)
            .into_iter()
            .filter(|q| !matches!(q, Question::Start | Question::Check | Question::Results))
            .collect();
        let n = list.iter().position(|q| *q == at).map_or(1, |i| i + 1);
        format!(
            "{} {n} {} {}",
            ctx.t(Msg::ProgressQuestion),
            ctx.t(Msg::ProgressOfAbout),
            list.len().max(n)
        )
    };
    html! {
        <nav class="rr-progress" aria-label={ctx.t(Msg::ProgressLabel)}>
            <p class="rr-progress-count">{ text }</p>
        </nav>
    }
}

pub fn footer(ctx: &Ctx) -> Html {
    let b = &ctx.branding;
    let clear = {
        let dispatch = ctx.dispatch.clone();
        let question = ctx.t(Msg::ConfirmClear);
        Callback::from(move |_| {
            if !super::confirm(question) {
                return;
            }
            super::wipe_storage();
            dispatch.emit(Action::Clear);
        })
    };
    html! {
        <footer class="rr-footer">
            <p class="rr-privacy">{ ctx.t(Msg::PrivacyFooter) }</p>
            <div class="rr-footer-actions rr-no-print">
                <button type="button" class="rr-link-button" onclick={clear}>{ ctx.t(Msg::ClearAnswers) }</button>
            </div>
            if b.firm_name.is_some() || b.phone.is_some() || b.contact_url.is_some() {
                <section class="rr-firm" aria-label={ctx.t(Msg::FirmResponsible)}>
                    if let Some(name) = &b.firm_name { <p class="rr-firm-name">{ name }</p> }
                    if let Some(address) = &b.firm_address { <p class="rr-firm-address">{ address }</p> }
                    if let Some((digits, shown)) = &b.phone {
                        <p class="rr-firm-phone">{ ctx.t(Msg::ContactCall) }{ " " }<a href={format!("tel:{digits}")}>{ shown }</a></p>
                    }
                    if let Some(url) = &b.contact_url {
                        <p><a class="rr-firm-contact" href={url.clone()} target="_blank" rel="noopener noreferrer"
                            onclick={{ let origin = b.parent_origin.clone(); Callback::from(move |_| super::embed::contact_opened(origin.as_deref())) }}>
                            { ctx.t(Msg::ContactBook) }</a></p>
                    }
                </section>
            }
            <p class="rr-disclaimer">{ ctx.t(Msg::NotLegalAdvice) }</p>
        </footer>
    }
}

/// The error-summary pattern: a titled box listing each error as a link to its field; focus
/// moves to it when it appears.
#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub lang: Lang,
    /// (field id, message)
    pub errors: Vec<(String, &'static str)>,
}

#[function_component(ErrorSummary)]
pub fn error_summary(p: &ErrorSummaryProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(p.errors.clone(), move |errors| {
            if !errors.is_empty() {
                if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    if p.errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="rr-error-summary" role="alert" tabindex="-1" ref={node} aria-labelledby="rr-error-title">
            <h2 id="rr-error-title" class="rr-error-title">{ t(Msg::ErrorSummaryTitle, p.lang) }</h2>
            <ul>
            { for p.errors.iter().map(|(id, msg)| {
                let target = id.clone();
                let focus = Callback::from(move |e: MouseEvent| {
                    e.prevent_default();
                    if let Some(el) = gloo::utils::document().get_element_by_id(&target) {
                        if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() { let _ = el.focus(); }
                    }
                });
                html! { <li><a href={format!("#{id}")} onclick={focus}>{ *msg }</a></li> }
            }) }
            </ul>
        </div>
    }
}

/// The inline error above a field.
pub fn field_error(id: &str, lang: Lang, message: Option<&'static str>) -> Html {
    match message {
        Some(m) => html! {
            <p id={format!("{id}-error")} class="rr-error-message">
                <span class="rr-visually-hidden">{ t(Msg::ErrorPrefix, lang) }{ " " }</span>{ m }
            </p>
        },
        None => html! {},
    }
}

/// A radio group: one option per `(value, label)`.
#[derive(Properties, PartialEq)]
pub struct RadiosProps {
    pub name: AttrValue,
    pub options: Vec<(AttrValue, &'static str)>,
    pub selected: Option<AttrValue>,
    pub onchange: Callback<AttrValue>,
    #[prop_or_default]
    pub described_by: Option<AttrValue>,
}

#[function_component(Radios)]
pub fn radios(p: &RadiosProps) -> Html {
    html! {
        <div class="rr-radios">
        { for p.options.iter().enumerate().map(|(i, (value, label))| {
            let id = if i == 0 { p.name.to_string() } else { format!("{}-{i}", p.name) };
            let checked = p.selected.as_ref() == Some(value);
            let cb = { let v = value.clone(); let on = p.onchange.clone(); Callback::from(move |_| on.emit(v.clone())) };
            html! {
                <div class="rr-radio">
                    <input type="radio" id={id.clone()} name={p.name.clone()} value={value.clone()} checked={checked}
                        onchange={cb} aria-describedby={p.described_by.clone()} />
                    <label for={id}>{ *label }</label>
                </div>
            }
        }) }
        </div>
    }
}

/// The parts of a date being typed: day (optional), month, year, or "I don't know".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DateParts {
    pub day: String,
    pub month: String,
    pub year: String,
    pub unsure: bool,
}

impl DateParts {
    pub fn from_answer(a: &Option<DateAnswer>) -> DateParts {
        match a {
            Some(DateAnswer::Unsure) => DateParts {
                unsure: true,
                ..Default::default()
            },
            Some(DateAnswer::Known(text)) => match FuzzyDate::parse(text) {
                Ok(d) => {
                    use crate::engine::dates::Precision::*;
                    DateParts {
                        day: if d.precision == Day {
                            d.day.to_string()
                        } else {
                            String::new()
                        },
                        month: if d.precision != Year {
                            d.month.to_string()
                        } else {
                            String::new()
                        },
                        year: d.year.to_string(),
                        unsure: false,
                    }
                }
                Err(_) => DateParts::default(),
            },
            None => DateParts::default(),
        }
    }

    /// Checks the parts; the answer, or the message for the first problem.
    pub fn to_answer(
        &self,
        today: NaiveDate,
        allow_future: bool,
        allow_unsure: bool,
    ) -> Result<DateAnswer, Msg> {
        if self.unsure && allow_unsure {
            return Ok(DateAnswer::Unsure);
        }
        let (day, month, year) = (self.day.trim(), self.month.trim(), self.year.trim());
        if year.is_empty() {
            return Err(Msg::ErrorYearMissing);
        }
        if year.len() != 4 || !year.chars().all(|c| c.is_ascii_digit()) {
            return Err(Msg::ErrorYearBad);
        }
        if !day.is_empty() && month.is_empty() {
            return Err(Msg::ErrorDayNeedsMonth);
        }
        let text = match (day.parse::<u32>().ok(), month.parse::<u32>().ok()) {
            (Some(d), Some(m)) => format!("{year}-{m:02}-{d:02}"),
            (None, Some(m)) if day.is_empty() => format!("{year}-{m:02}"),
            (None, None) if day.is_empty() => year.to_string(),
            _ => return Err(Msg::ErrorDateNotReal),
        };
        let date = FuzzyDate::parse(&text).map_err(|_| Msg::ErrorDateNotReal)?;
        if !allow_future && date.earliest() > today {
            return Err(Msg::ErrorDateFuture);
        }
        Ok(DateAnswer::Known(text))
    }
}

#[derive(Properties, PartialEq)]
pub struct DateInputProps {
    pub id: AttrValue,
    pub lang: Lang,
    pub value: DateParts,
    pub onchange: Callback<DateParts>,
    pub allow_unsure: bool,
    #[prop_or_default]
    pub error: bool,
}

/// Day (optional), month and year, with "I don't know the date" where the engine can live
/// without it.
#[function_component(DateInput)]
pub fn date_input(p: &DateInputProps) -> Html {
    let set = |field: fn(&mut DateParts, String)| {
        let value = p.value.clone();
        let on = p.onchange.clone();
        Callback::from(move |e: Event| {
            let target = e.target();
            let text = target
                .as_ref()
                .and_then(|t| t.dyn_ref::<web_sys::HtmlInputElement>().map(|i| i.value()))
                .or_else(|| {
                    target
                        .as_ref()
                        .and_then(|t| t.dyn_ref::<web_sys::HtmlSelectElement>().map(|s| s.value()))
                })
                .unwrap_or_default();
            let mut v = value.clone();
            field(&mut v, text);
            on.emit(v);
        })
    };
    let set_text = |field: fn(&mut DateParts, String)| {
        let value = p.value.clone();
        let on = p.onchange.clone();
        Callback::from(move |e: InputEvent| {
            let text = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|i| i.value())
                .unwrap_or_default();
            let mut v = value.clone();
            field(&mut v, text);
            on.emit(v);
        })
    };
    let toggle_unsure = {
        let value = p.value.clone();
        let on = p.onchange.clone();
        Callback::from(move |_| {
            on.emit(DateParts {
                unsure: !value.unsure,
                ..value.clone()
            })
        })
    };
    let id = p.id.to_string();
    let invalid = if p.error { Some("true") } else { None };
    // US order in English (Month Day Year), day first in Spanish.
    let day = html! {
                <div class="rr-date-item">
                    <label for={format!("{id}-day")}>{ t(Msg::DateDay, p.lang) }</label>
                    <input id={format!("{id}-day")} class="rr-input rr-input-2" inputmode="numeric" maxlength="2"
                        autocomplete="off" value={p.value.day.clone()} oninput={set_text(|v, s| v.day = s)}
                        disabled={p.value.unsure} aria-invalid={invalid} />
                </div>
    };
    let month = html! {
                <div class="rr-date-item">
                    <label for={format!("{id}-month")}>{ t(Msg::DateMonth, p.lang) }</label>
                    <select id={format!("{id}-month")} class="rr-select" onchange={set(|v, s| v.month = s)}
                        disabled={p.value.unsure} aria-invalid={invalid}>
                        <option value="" selected={p.value.month.is_empty()}>{ t(Msg::DateMonthNone, p.lang) }</option>
                        { for (1..=12u32).map(|m| html! {
                            <option value={m.to_string()} selected={p.value.month == m.to_string()}>{ month_name(m, p.lang) }</option>
                        }) }
                    </select>
                </div>
    };
    let year = html! {
                <div class="rr-date-item">
                    <label for={id.clone()}>{ t(Msg::DateYear, p.lang) }</label>
                    <input id={id.clone()} class="rr-input rr-input-4" inputmode="numeric" maxlength="4"
                        autocomplete="off" value={p.value.year.clone()} oninput={set_text(|v, s| v.year = s)}
                        disabled={p.value.unsure} aria-invalid={invalid} />
                </div>
    };
    let fields = if p.lang == Lang::En {
        html! { <>{ month }{ day }{ year }</> }
    } else {
        html! { <>{ day }{ month }{ year }</> }
    };
    html! {
        <div class="rr-date">
            <div class="rr-date-fields">
                { fields }
            </div>
            if p.allow_unsure {
                <div class="rr-checkbox">
                    <input type="checkbox" id={format!("{id}-unsure")} checked={p.value.unsure} onchange={toggle_unsure} />
                    <label for={format!("{id}-unsure")}>{ t(Msg::DateNotSure, p.lang) }</label>
                </div>
            }
        </div>
    }
}

/// An offence picked from the catalog, or "I don't know the code".
#[derive(Clone, Debug, PartialEq)]
pub enum Picked {
    Offense(String),
    DontKnow,
}

/// One offence the search found: its label and plain names.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub label: String,
    pub en: String,
    pub es: String,
}

impl Found {
    pub fn name(&self, lang: Lang) -> &str {
        if lang == Lang::Es {
            &self.es
        } else {
            &self.en
        }
    }
}

/// Finds offences for a query (at most `limit`), or `None` while the search is not ready yet.
pub type Search = fn(&str, usize) -> Option<Vec<Found>>;

#[derive(Properties)]
pub struct PickerProps {
    pub id: AttrValue,
    pub lang: Lang,
    pub picked: Option<Picked>,
    pub onpick: Callback<Picked>,
    #[prop_or_default]
    pub error: bool,
    /// The widget searches through the results module (see `super::lazy::search`): the search
    /// words are not part of its first load.
    pub search: Search,
    /// Whether the search is ready: `None` while it loads, `Some(false)` if it could not load.
    pub ready: Option<bool>,
    /// Loads the search again after a failure.
    pub retry: Callback<()>,
    /// Names of a picked offence (through the results module in the widget).
    pub names: Names,
}

/// The search functions are fixed for the widget's lifetime; compare the rest.
impl PartialEq for PickerProps {
    fn eq(&self, other: &Self) -> bool {
        (
            &self.id,
            self.lang,
            &self.picked,
            &self.onpick,
            self.error,
            self.ready,
        ) == (
            &other.id,
            other.lang,
            &other.picked,
            &other.onpick,
            other.error,
            other.ready,
        )
    }
}

/// Search the catalog by code section or words, and choose one result.
#[function_component(OffensePicker)]
pub fn offense_picker(p: &PickerProps) -> Html {
    let initial = match &p.picked {
        Some(Picked::Offense(label)) => label.clone(),
        _ => String::new(),
    };
    let query = use_state(|| initial);
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                query.set(input.value());
            }
        })
    };
    // Not ready yet: say so; the page renders again once it is (or says it failed).
    // The first eight, and "Show all N" for the rest (up to 60).
    const SHOWN: usize = 8;
    let all = use_state(|| false);
    {
        let all = all.clone();
        use_effect_with((*query).clone(), move |_| all.set(false));
    }
    let found = (p.search)(&query, 60);
    let loading = found.is_none() && !query.trim().is_empty();
    let failed = loading && p.ready == Some(false);
    let total = found.as_ref().map_or(0, Vec::len);
    let found = found.map(|mut list| {
        if !*all {
            list.truncate(SHOWN);
        }
        list
    });
    let results = found.unwrap_or_default();
    let name = format!("{}-choice", p.id);
    let mut options: Vec<(AttrValue, String)> = results
        .iter()
        .map(|o| {
            let label = o.label.as_str();
            (
                AttrValue::from(label.to_string()),
                format!("{} ({label})", o.name(p.lang)),
            )
        })
        .collect();
    // A well-formed code with no entry of its own (a subdivision, or a section we do not list)
    // can be used as typed: the engine still answers what the closed lists decide.
    if let Some(code) = catalog::code_label(&query) {
        if !options.iter().any(|(v, _)| v.as_str() == code) {
            let text = format!("{} {code}", t(Msg::OffenseUseTyped, p.lang));
            options.push((AttrValue::from(code), text));
        }
    }
    // Keep the chosen offence listed even when the query no longer finds it.
    if let Some(Picked::Offense(label)) = &p.picked {
        let shown = catalog::well_formed_code(label).is_some() || (p.names)(label).is_some();
        if !options.iter().any(|(v, _)| v.as_str() == label) && shown {
            options.insert(
                0,
                (
                    AttrValue::from(label.clone()),
                    offense_name_with(
                        Some(label),
                        (p.names)(label).is_some() || p.ready != Some(true),
                        p.lang,
                        p.names,
                    ),
                ),
            );
        }
    }
    let selected = match &p.picked {
        Some(Picked::Offense(l)) => Some(l.clone()),
        Some(Picked::DontKnow) => Some("dont-know".to_string()),
        None => None,
    };
    let pick = |value: String| {
        let on = p.onpick.clone();
        Callback::from(move |_| {
            on.emit(if value == "dont-know" {
                Picked::DontKnow
            } else {
                Picked::Offense(value.clone())
            })
        })
    };
    let status = if query.trim().is_empty() {
        String::new()
    } else if failed {
        t(Msg::OffenseLoadFailed, p.lang).to_string()
    } else if loading {
        t(Msg::OffenseLoading, p.lang).to_string()
    } else if results.is_empty() {
        t(Msg::OffenseNoMatch, p.lang).to_string()
    } else if total > results.len() {
        format!(
            "{}: {} {} {total}",
            t(Msg::OffenseResults, p.lang),
            results.len(),
            t(Msg::OffenseOf, p.lang)
        )
    } else {
        format!("{}: {}", t(Msg::OffenseResults, p.lang), results.len())
    };
    let show_all = (total > results.len()).then(|| {
        let all = all.clone();
        Callback::from(move |_: MouseEvent| all.set(true))
    });
    html! {
        <div class="rr-picker">
            <label class="rr-label" for={p.id.clone()}>{ t(Msg::OffenseSearchLabel, p.lang) }</label>
            <input id={p.id.clone()} class="rr-input rr-input-wide" type="search" autocomplete="off" spellcheck="false"
                value={(*query).clone()} oninput={oninput} aria-describedby={format!("{}-hint", p.id)}
                aria-invalid={p.error.then_some("true")} />
            <p class="rr-picker-status" role="status" aria-live="polite">{ status }</p>
            if failed {
                <button type="button" class="rr-button rr-button-secondary rr-retry"
                    onclick={p.retry.reform(|_: MouseEvent| ())}>{ t(Msg::TryAgain, p.lang) }</button>
            }
            <fieldset class="rr-fieldset rr-picker-results">
                <legend class="rr-visually-hidden">{ t(Msg::OffenseResults, p.lang) }</legend>
                { for options.iter().enumerate().map(|(i, (value, label))| {
                    let id = format!("{name}-{i}");
                    html! {
                        <div class="rr-radio">
                            <input type="radio" id={id.clone()} name={name.clone()} value={value.clone()}
                                checked={selected.as_deref() == Some(value.as_str())} onchange={pick(value.to_string())} />
                            <label for={id}>{ label.clone() }</label>
                        </div>
                    }
                }) }
                if let Some(onclick) = show_all {
                    <p><button type="button" class="rr-link-button rr-show-all" onclick={onclick}>
                        { t(Msg::OffenseShowAll, p.lang) }{ " " }{ total }</button></p>
                }
                <div class="rr-radio rr-radio-divider">
                    <input type="radio" id={format!("{name}-dont-know")} name={name.clone()} value="dont-know"
                        checked={selected.as_deref() == Some("dont-know")} onchange={pick("dont-know".into())} />
                    <label for={format!("{name}-dont-know")}>{ t(Msg::OffenseDontKnow, p.lang) }</label>
                </div>
            </fieldset>
        </div>
    }
}

pub use crate::i18n::{offense_name_with, show_date, Names};

/// The question's position label for conviction/arrest pages ("Conviction 2").
pub fn record_caption(q: Question, lang: Lang) -> Option<String> {
    use Question::*;
    let (msg, i) = match q {
        q if q.conviction_index().is_some() => (Msg::ConvictionNumber, q.conviction_index()?),
        ArrestOffense(i) | ArrestLevel(i) | ArrestedOn(i) | ArrestOutcome(i) => {
            (Msg::ArrestNumber, i)
        }
        _ => return None,
    };
    Some(format!("{} {}", t(msg, lang), i + 1))
}
