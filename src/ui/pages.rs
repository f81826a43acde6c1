//! One page per question, plus the start and "check your answers" pages. Each question is
//! described as data ([`describe`]); three page components render them.

use super::widgets::{
    self, field_error, DateInput, DateParts, ErrorSummary, OffensePicker, Picked, Radios,
};
use super::{Action, Ctx, PageProps};
use crate::i18n::{t, Lang, Msg};
use crate::wizard::*;
use yew::prelude::*;

/// The page for the current question.
pub fn page(ctx: &Ctx) -> Html {
    let q = ctx.state.at;
    let key = q.key();
    match q {
        Question::Start => html! { <StartPage ctx={ctx.clone()} /> },
        Question::Check => html! { <CheckPage ctx={ctx.clone()} /> },
        Question::Results => html! { <super::results::ResultsPage ctx={ctx.clone()} /> },
        Question::Kit => html! { <super::kit::KitPage ctx={ctx.clone()} /> },
        Question::Declaration => html! { <super::kit::DeclarationPage ctx={ctx.clone()} /> },
        Question::Offense(_) | Question::ArrestOffense(_) => {
            html! { <OffensePage key={key} ctx={ctx.clone()} /> }
        }
        Question::Relief(_) => html! { <ReliefPage key={key} ctx={ctx.clone()} /> },
        _ => match describe(q, &ctx.state.draft) {
            Kind::Choice(_) => html! { <ChoicePage key={key} ctx={ctx.clone()} /> },
            Kind::Date(_) => html! { <DatePage key={key} ctx={ctx.clone()} /> },
        },
    }
}

const YES_NO_UNSURE: &[(&str, Msg)] =
    &[("yes", Msg::Yes), ("no", Msg::No), ("unsure", Msg::NotSure)];

pub struct ChoiceSpec {
    pub heading: Msg,
    pub hint: Option<Msg>,
    pub options: Vec<(&'static str, Msg)>,
    pub current: Option<&'static str>,
    pub set: fn(&mut Draft, Question, &str),
}

pub struct DateSpec {
    pub heading: Msg,
    pub hint: Option<Msg>,
    pub current: Option<DateAnswer>,
    pub allow_unsure: bool,
    pub allow_future: bool,
    pub set: fn(&mut Draft, Question, DateAnswer),
}

pub enum Kind {
    Choice(ChoiceSpec),
    Date(DateSpec),
}

fn choice_key(c: Option<Choice>) -> Option<&'static str> {
    c.map(|c| match c {
        Choice::Yes => "yes",
        Choice::No => "no",
        Choice::Unsure => "unsure",
    })
}

fn choice_of(v: &str) -> Choice {
    match v {
        "yes" => Choice::Yes,
        "no" => Choice::No,
        _ => Choice::Unsure,
    }
}

fn yes_no(
    heading: Msg,
    hint: Msg,
    current: Option<Choice>,
    set: fn(&mut Draft, Question, &str),
) -> Kind {
    Kind::Choice(ChoiceSpec {
        heading,
        hint: Some(hint),
        options: YES_NO_UNSURE.to_vec(),
        current: choice_key(current),
        set,
    })
}

fn conviction(d: &mut Draft, q: Question) -> Option<&mut DraftConviction> {
    let i = match q {
        Question::AnotherConviction(i) => i,
        q => q.conviction_index()?,
    };
    d.convictions.get_mut(i)
}

fn arrest(d: &mut Draft, q: Question) -> Option<&mut DraftArrest> {
    use Question::*;
    let i = match q {
        ArrestOffense(i) | ArrestLevel(i) | ArrestedOn(i) | ArrestOutcome(i) | AnotherArrest(i) => {
            i
        }
        _ => return None,
    };
    d.arrests.get_mut(i)
}

/// What a question asks and how its answer is stored.
pub fn describe(q: Question, d: &Draft) -> Kind {
    use Question::*;
    let conv = |i: usize| d.convictions.get(i).cloned().unwrap_or_default();
    let arr = |i: usize| d.arrests.get(i).cloned().unwrap_or_default();
    match q {
        PendingCharges => yes_no(
            Msg::QPending,
            Msg::HPending,
            d.pending_charges,
            |d, _, v| d.pending_charges = Some(choice_of(v)),
        ),
        Supervised => yes_no(
            Msg::QSupervised,
            Msg::HSupervised,
            d.supervised,
            |d, _, v| d.supervised = Some(choice_of(v)),
        ),
        Serving => yes_no(Msg::QServing, Msg::HServing, d.serving, |d, _, v| {
            d.serving = Some(choice_of(v))
        }),
        Registered => yes_no(
            Msg::QRegistered,
            Msg::HRegistered,
            d.registered,
            |d, _, v| d.registered = Some(choice_of(v)),
        ),
        Citizen => yes_no(Msg::QCitizen, Msg::HCitizen, d.citizen, |d, _, v| {
            d.citizen = Some(choice_of(v))
        }),
        SuperStrike => yes_no(
            Msg::QSuperStrike,
            Msg::HSuperStrike,
            d.super_strike,
            |d, _, v| d.super_strike = Some(choice_of(v)),
        ),
        HasConvictions => Kind::Choice(ChoiceSpec {
            heading: Msg::QHasConvictions,
            hint: Some(Msg::HHasConvictions),
            options: vec![("yes", Msg::Yes), ("no", Msg::No)],
            current: choice_key(d.has_convictions),
            set: |d, _, v| {
                d.has_convictions = Some(choice_of(v));
                if v == "yes" && d.convictions.is_empty() {
                    d.convictions.push(DraftConviction::default());
                }
            },
        }),
        HasArrests => Kind::Choice(ChoiceSpec {
            heading: Msg::QHasArrests,
            hint: Some(Msg::HHasArrests),
            options: vec![("yes", Msg::Yes), ("no", Msg::No)],
            current: choice_key(d.has_arrests),
            set: |d, _, v| {
                d.has_arrests = Some(choice_of(v));
                if v == "yes" && d.arrests.is_empty() {
                    d.arrests.push(DraftArrest::default());
                }
            },
        }),
        AnotherConviction(i) => Kind::Choice(ChoiceSpec {
            heading: Msg::QAnotherConviction,
            hint: Some(Msg::HAnotherConviction),
            options: vec![("yes", Msg::Yes), ("no", Msg::No)],
            current: if d.convictions.len() > i + 1 {
                Some("yes")
            } else {
                None
            },
            set: |d, q, v| {
                let Question::AnotherConviction(i) = q else {
                    return;
                };
                if v == "yes" {
                    if d.convictions.len() == i + 1 {
                        d.convictions.push(DraftConviction::default());
                    }
                } else {
                    d.convictions.truncate(i + 1);
                }
            },
        }),
        AnotherArrest(i) => Kind::Choice(ChoiceSpec {
            heading: Msg::QAnotherArrest,
            hint: None,
            options: vec![("yes", Msg::Yes), ("no", Msg::No)],
            current: if d.arrests.len() > i + 1 {
                Some("yes")
            } else {
                None
            },
            set: |d, q, v| {
                let Question::AnotherArrest(i) = q else {
                    return;
                };
                if v == "yes" {
                    if d.arrests.len() == i + 1 {
                        d.arrests.push(DraftArrest::default());
                    }
                } else {
                    d.arrests.truncate(i + 1);
                }
            },
        }),
        Level(i) => Kind::Choice(ChoiceSpec {
            heading: Msg::QLevel,
            hint: Some(Msg::HLevel),
            options: vec![
                ("felony", Msg::LevelFelony),
                ("misdemeanor", Msg::LevelMisdemeanor),
                ("infraction", Msg::LevelInfraction),
                ("unsure", Msg::NotSure),
            ],
            current: conv(i).level.map(|l| match l {
                LevelChoice::Felony => "felony",
                LevelChoice::Misdemeanor => "misdemeanor",
                LevelChoice::Infraction => "infraction",
                LevelChoice::Unsure => "unsure",
            }),
            set: |d, q, v| {
                if let Some(c) = conviction(d, q) {
                    c.level = Some(match v {
                        "felony" => LevelChoice::Felony,
                        "misdemeanor" => LevelChoice::Misdemeanor,
                        "infraction" => LevelChoice::Infraction,
                        _ => LevelChoice::Unsure,
                    });
                }
            },
        }),
        Sentence(i) => Kind::Choice(ChoiceSpec {
            heading: Msg::QSentence,
            hint: Some(Msg::HSentence),
            // A misdemeanor is never a felony jail term, a split sentence or prison (PC 17(a), 19,
            // 1170(h)); an infraction is a fine (PC 19.8): only the choices that can be true are
            // offered.
            options: {
                let level = conv(i).level;
                let not_a_felony = matches!(
                    level,
                    Some(LevelChoice::Misdemeanor | LevelChoice::Infraction)
                );
                let mut options = vec![
                    ("probation", Msg::SentProbation),
                    ("no_probation", Msg::SentNoProbation),
                ];
                if !not_a_felony {
                    options.extend([
                        ("county_jail", Msg::SentCountyJail),
                        ("split", Msg::SentSplit),
                        ("prison", Msg::SentPrison),
                    ]);
                }
                options.push(("unsure", Msg::NotSure));
                options
            },
            current: conv(i).sentence.map(|s| match s {
                SentenceChoice::Probation => "probation",
                SentenceChoice::NoProbation => "no_probation",
                SentenceChoice::CountyJail => "county_jail",
                SentenceChoice::Split => "split",
                SentenceChoice::Prison => "prison",
                SentenceChoice::Unsure => "unsure",
            }),
            set: |d, q, v| {
                if let Some(c) = conviction(d, q) {
                    c.sentence = Some(match v {
                        "probation" => SentenceChoice::Probation,
                        "no_probation" => SentenceChoice::NoProbation,
                        "county_jail" => SentenceChoice::CountyJail,
                        "split" => SentenceChoice::Split,
                        "prison" => SentenceChoice::Prison,
                        _ => SentenceChoice::Unsure,
                    });
                }
            },
        }),
        ProbationOutcome(i) => Kind::Choice(ChoiceSpec {
            heading: Msg::QProbationOutcome,
            hint: Some(Msg::HProbationOutcome),
            options: vec![
                ("completed", Msg::OutCompleted),
                ("terminated_early", Msg::OutTerminatedEarly),
                ("violated", Msg::OutViolated),
                ("revoked", Msg::OutRevoked),
                ("ongoing", Msg::OutOngoing),
                ("unsure", Msg::NotSure),
            ],
            current: conv(i).probation_outcome.map(|o| match o {
                OutcomeChoice::Completed => "completed",
                OutcomeChoice::TerminatedEarly => "terminated_early",
                OutcomeChoice::Violated => "violated",
                OutcomeChoice::Revoked => "revoked",
                OutcomeChoice::Ongoing => "ongoing",
                OutcomeChoice::Unsure => "unsure",
            }),
            set: |d, q, v| {
                if let Some(c) = conviction(d, q) {
                    c.probation_outcome = Some(match v {
                        "completed" => OutcomeChoice::Completed,
                        "terminated_early" => OutcomeChoice::TerminatedEarly,
                        "violated" => OutcomeChoice::Violated,
                        "revoked" => OutcomeChoice::Revoked,
                        "ongoing" => OutcomeChoice::Ongoing,
                        _ => OutcomeChoice::Unsure,
                    });
                }
            },
        }),
        Complied(i) => yes_no(
            Msg::QComplied,
            Msg::HComplied,
            conv(i).complied,
            |d, q, v| {
                if let Some(c) = conviction(d, q) {
                    c.complied = Some(choice_of(v));
                }
            },
        ),
        Value(i) => yes_no(
            Msg::QValue,
            Msg::HValue,
            conv(i).value_over_950,
            |d, q, v| {
                if let Some(c) = conviction(d, q) {
                    c.value_over_950 = Some(choice_of(v));
                }
            },
        ),
        Residential(i) => yes_no(
            Msg::QResidential,
            Msg::HResidential,
            conv(i).residential,
            |d, q, v| {
                if let Some(c) = conviction(d, q) {
                    c.residential = Some(choice_of(v));
                }
            },
        ),
        Shoplifting(i) => yes_no(
            Msg::QShoplifting,
            Msg::HShoplifting,
            conv(i).shoplifting,
            |d, q, v| {
                if let Some(c) = conviction(d, q) {
                    c.shoplifting = Some(choice_of(v));
                }
            },
        ),
        CouldBeMisdemeanor(i) => yes_no(
            Msg::QCouldBeMisdemeanor,
            Msg::HCouldBeMisdemeanor,
            conv(i).could_be_misdemeanor,
            |d, q, v| {
                if let Some(c) = conviction(d, q) {
                    c.could_be_misdemeanor = Some(choice_of(v));
                }
            },
        ),
        Under18(i) => yes_no(Msg::QUnder18, Msg::HUnder18, conv(i).under_18, |d, q, v| {
            if let Some(c) = conviction(d, q) {
                c.under_18 = Some(choice_of(v));
            }
        }),
        ArrestLevel(i) => Kind::Choice(ChoiceSpec {
            heading: Msg::QArrestLevel,
            hint: None,
            options: vec![
                ("felony", Msg::LevelFelony),
                ("misdemeanor", Msg::LevelMisdemeanor),
                ("unsure", Msg::NotSure),
            ],
            current: arr(i).level.map(|l| match l {
                LevelChoice::Felony => "felony",
                LevelChoice::Misdemeanor => "misdemeanor",
                _ => "unsure",
            }),
            set: |d, q, v| {
                if let Some(a) = arrest(d, q) {
                    a.level = Some(match v {
                        "felony" => LevelChoice::Felony,
                        "misdemeanor" => LevelChoice::Misdemeanor,
                        _ => LevelChoice::Unsure,
                    });
                }
            },
        }),
        ArrestOutcome(i) => Kind::Choice(ChoiceSpec {
            heading: Msg::QArrestOutcome,
            hint: None,
            options: vec![
                ("not_charged", Msg::ArrNotCharged),
                ("dismissed", Msg::ArrDismissed),
                ("acquitted", Msg::ArrAcquitted),
                ("diversion", Msg::ArrDiversion),
                ("pending", Msg::ArrPending),
                ("unsure", Msg::NotSure),
            ],
            current: arr(i).outcome.map(|o| match o {
                ArrestOutcomeChoice::NotCharged => "not_charged",
                ArrestOutcomeChoice::Dismissed => "dismissed",
                ArrestOutcomeChoice::Acquitted => "acquitted",
                ArrestOutcomeChoice::DiversionCompleted => "diversion",
                ArrestOutcomeChoice::Pending => "pending",
                ArrestOutcomeChoice::Unsure => "unsure",
            }),
            set: |d, q, v| {
                if let Some(a) = arrest(d, q) {
                    a.outcome = Some(match v {
                        "not_charged" => ArrestOutcomeChoice::NotCharged,
                        "dismissed" => ArrestOutcomeChoice::Dismissed,
                        "acquitted" => ArrestOutcomeChoice::Acquitted,
                        "diversion" => ArrestOutcomeChoice::DiversionCompleted,
                        "pending" => ArrestOutcomeChoice::Pending,
                        _ => ArrestOutcomeChoice::Unsure,
                    });
                }
            },
        }),
        ConvictedOn(i) => Kind::Date(DateSpec {
            heading: Msg::QConvictedOn,
            hint: Some(Msg::HConvictedOn),
            current: conv(i).convicted_on,
            allow_unsure: false,
            allow_future: false,
            set: |d, q, v| {
                if let Some(c) = conviction(d, q) {
                    c.convicted_on = Some(v);
                }
            },
        }),
        ProbationEnd(i) => Kind::Date(DateSpec {
            heading: Msg::QProbationEnd,
            hint: Some(Msg::HProbationEnd),
            current: conv(i).probation_end,
            allow_unsure: true,
            // A probation still running ends in the future.
            allow_future: conv(i).probation_outcome == Some(OutcomeChoice::Ongoing),
            set: |d, q, v| {
                if let Some(c) = conviction(d, q) {
                    c.probation_end = Some(v);
                }
            },
        }),
        Released(i) => Kind::Date(DateSpec {
            heading: Msg::QReleased,
            hint: Some(Msg::HReleased),
            current: conv(i).released,
            allow_unsure: true,
            allow_future: false,
            set: |d, q, v| {
                if let Some(c) = conviction(d, q) {
                    c.released = Some(v);
                }
            },
        }),
        SentenceEnd(i) => Kind::Date(DateSpec {
            heading: Msg::QSentenceEnd,
            hint: Some(Msg::HSentenceEnd),
            current: conv(i).sentence_end,
            allow_unsure: true,
            allow_future: false,
            set: |d, q, v| {
                if let Some(c) = conviction(d, q) {
                    c.sentence_end = Some(v);
                }
            },
        }),
        OffenseOn(i) => Kind::Date(DateSpec {
            heading: Msg::QOffenseOn,
            hint: Some(Msg::HOffenseOn),
            current: conv(i).offense_on,
            allow_unsure: true,
            allow_future: false,
            set: |d, q, v| {
                if let Some(c) = conviction(d, q) {
                    c.offense_on = Some(v);
                }
            },
        }),
        ArrestedOn(i) => Kind::Date(DateSpec {
            heading: Msg::QArrestedOn,
            hint: Some(Msg::HArrestedOn),
            current: arr(i).arrested_on,
            allow_unsure: false,
            allow_future: false,
            set: |d, q, v| {
                if let Some(a) = arrest(d, q) {
                    a.arrested_on = Some(v);
                }
            },
        }),
        Residence => Kind::Date(DateSpec {
            heading: Msg::QResidence,
            hint: Some(Msg::HResidence),
            current: d.resident_since.clone(),
            allow_unsure: true,
            allow_future: false,
            set: |d, _, v| d.resident_since = Some(v),
        }),
        // The remaining questions have their own pages; describe them as a neutral choice.
        _ => Kind::Choice(ChoiceSpec {
            heading: Msg::AppTitle,
            hint: None,
            options: Vec::new(),
            current: None,
            set: |_, _, _| {},
        }),
    }
}

/// Moves focus to the page heading and sets the document title whenever the page changes.
#[hook]
fn use_page_focus(heading: &NodeRef, title: String, has_error: bool) {
    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            // Not on the page the visitor arrives on: there the browser and screen readers start
            // at the top as usual, an embedding page is not scrolled to the widget, and the first
            // paint waits for no forced layout. After that, each new page's heading gets focus.
            thread_local!(static ARRIVED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
            if !ARRIVED.with(|a| a.replace(true)) {
                return;
            }
            if let Some(el) = heading.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    use_effect_with((title, has_error), |(title, _)| {
        gloo::utils::document().set_title(title);
    });
}

fn document_title(ctx: &Ctx, heading: &str, has_error: bool) -> String {
    let prefix = if has_error {
        format!("{} ", ctx.t(Msg::ErrorPrefix))
    } else {
        String::new()
    };
    format!("{prefix}{heading} – Record Relief")
}

/// The Back link above every question.
fn back_link(ctx: &Ctx) -> Html {
    let dispatch = ctx.dispatch.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        dispatch.emit(Action::Back);
    });
    html! { <a href="#" class="rr-back rr-no-print" onclick={onclick}>{ ctx.t(Msg::Back) }</a> }
}

fn caption(ctx: &Ctx) -> Html {
    match widgets::record_caption(ctx.state.at, ctx.lang()) {
        Some(c) => html! { <span class="rr-caption">{ c }</span> },
        None => html! {},
    }
}

#[function_component(StartPage)]
fn start_page(p: &PageProps) -> Html {
    let ctx = &p.ctx;
    let heading = use_node_ref();
    use_page_focus(
        &heading,
        document_title(ctx, ctx.t(Msg::AppTitle), false),
        false,
    );
    let start = {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Go(Question::PendingCharges, false)))
    };
    html! {
        <div class="rr-page">
            if let Some(flash) = ctx.state.flash {
                <div class="rr-notice" role="status">{ ctx.t(flash) }</div>
            }
            <h1 class="rr-title" tabindex="-1" ref={heading}>{ ctx.t(Msg::AppTitle) }</h1>
            <p class="rr-lead">{ ctx.t(Msg::StartLead) }</p>
            <ul class="rr-list">
                <li>{ ctx.t(Msg::StartTime) }</li>
                <li>{ ctx.t(Msg::StartPrivacy) }</li>
                <li>{ ctx.t(Msg::StartNotAdvice) }</li>
            </ul>
            <h2 class="rr-h2">{ ctx.t(Msg::StartWhatItDoes) }</h2>
            <p>{ ctx.t(Msg::StartDoesList) }</p>
            <p>{ ctx.t(Msg::StartDoesNot) }</p>
            <p class="rr-hint">{ ctx.t(Msg::StartHaveReady) }</p>
            <button type="button" class="rr-button rr-button-start" onclick={start}>{ ctx.t(Msg::StartButton) }</button>
            <super::results::OpenSaved ctx={ctx.clone()} />
        </div>
    }
}

#[function_component(ChoicePage)]
fn choice_page(p: &PageProps) -> Html {
    let ctx = &p.ctx;
    let q = ctx.state.at;
    let Kind::Choice(spec) = describe(q, &ctx.state.draft) else {
        return html! {};
    };
    let selected = use_state(|| spec.current.map(AttrValue::from));
    let error = use_state(|| false);
    let heading = use_node_ref();
    let heading_text = ctx.t(spec.heading);
    use_page_focus(&heading, document_title(ctx, heading_text, *error), *error);
    let name = "rr-answer";
    let onchange = {
        let selected = selected.clone();
        Callback::from(move |v: AttrValue| selected.set(Some(v)))
    };
    let submit = {
        let (selected, error, dispatch, draft, set) = (
            selected.clone(),
            error.clone(),
            ctx.dispatch.clone(),
            ctx.state.draft.clone(),
            spec.set,
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match &*selected {
                Some(v) => {
                    let mut d = draft.clone();
                    set(&mut d, q, v);
                    dispatch.emit(Action::Answered(d));
                }
                None => error.set(true),
            }
        })
    };
    let lang = ctx.lang();
    let options: Vec<(AttrValue, &'static str)> = spec
        .options
        .iter()
        .map(|(v, m)| (AttrValue::from(*v), t(*m, lang)))
        .collect();
    let hint_id = "rr-hint";
    let described = match (spec.hint.is_some(), *error) {
        (true, true) => Some(AttrValue::from(format!("{hint_id} {name}-error"))),
        (true, false) => Some(AttrValue::from(hint_id)),
        (false, true) => Some(AttrValue::from(format!("{name}-error"))),
        (false, false) => None,
    };
    let errors = if *error {
        vec![(name.to_string(), ctx.t(Msg::ErrorChooseOne))]
    } else {
        vec![]
    };
    html! {
        <div class="rr-page">
            { back_link(ctx) }
            <ErrorSummary lang={lang} errors={errors} />
            <form novalidate=true onsubmit={submit}>
                <div class={classes!("rr-form-group", error.then_some("rr-form-group-error"))}>
                    <fieldset class="rr-fieldset" aria-describedby={described.clone()}>
                        <legend class="rr-legend">
                            { caption(ctx) }
                            <h1 class="rr-title" tabindex="-1" ref={heading}>{ heading_text }</h1>
                        </legend>
                        if let Some(hint) = spec.hint { <p class="rr-hint" id={hint_id}>{ ctx.t(hint) }</p> }
                        { field_error(name, lang, error.then(|| ctx.t(Msg::ErrorChooseOne))) }
                        <Radios name={name} options={options} selected={(*selected).clone()} onchange={onchange} />
                    </fieldset>
                </div>
                <button type="submit" class="rr-button">{ ctx.t(Msg::Continue) }</button>
            </form>
        </div>
    }
}

#[function_component(DatePage)]
fn date_page(p: &PageProps) -> Html {
    let ctx = &p.ctx;
    let q = ctx.state.at;
    let Kind::Date(spec) = describe(q, &ctx.state.draft) else {
        return html! {};
    };
    let parts = use_state(|| DateParts::from_answer(&spec.current));
    let error = use_state(|| None::<Msg>);
    let heading = use_node_ref();
    let heading_text = ctx.t(spec.heading);
    use_page_focus(
        &heading,
        document_title(ctx, heading_text, error.is_some()),
        error.is_some(),
    );
    let id = "rr-date";
    let onchange = {
        let parts = parts.clone();
        Callback::from(move |v: DateParts| parts.set(v))
    };
    let submit = {
        let (parts, error, dispatch, draft, set, today) = (
            parts.clone(),
            error.clone(),
            ctx.dispatch.clone(),
            ctx.state.draft.clone(),
            spec.set,
            ctx.today,
        );
        let (allow_future, allow_unsure) = (spec.allow_future, spec.allow_unsure);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match parts.to_answer(today, allow_future, allow_unsure) {
                Ok(answer) if before_conviction(&draft, q, &answer) => {
                    error.set(Some(Msg::ErrorBeforeConviction))
                }
                Ok(answer) => {
                    let mut d = draft.clone();
                    set(&mut d, q, answer);
                    dispatch.emit(Action::Answered(d));
                }
                Err(msg) => error.set(Some(msg)),
            }
        })
    };
    let lang = ctx.lang();
    let message = error.map(|m| t(m, lang));
    let errors = message
        .map(|m| vec![(id.to_string(), m)])
        .unwrap_or_default();
    html! {
        <div class="rr-page">
            { back_link(ctx) }
            <ErrorSummary lang={lang} errors={errors} />
            <form novalidate=true onsubmit={submit}>
                <div class={classes!("rr-form-group", error.is_some().then_some("rr-form-group-error"))}>
                    <fieldset class="rr-fieldset" role="group" aria-describedby={if message.is_some() { "rr-hint rr-date-error" } else { "rr-hint" }}>
                        <legend class="rr-legend">
                            { caption(ctx) }
                            <h1 class="rr-title" tabindex="-1" ref={heading}>{ heading_text }</h1>
                        </legend>
                        <p class="rr-hint" id="rr-hint">{ spec.hint.map(|h| ctx.t(h)).unwrap_or("") }</p>
                        { field_error(id, lang, message) }
                        <DateInput id={id} lang={lang} value={(*parts).clone()} onchange={onchange}
                            allow_unsure={spec.allow_unsure} error={error.is_some()} />
                    </fieldset>
                </div>
                <button type="submit" class="rr-button">{ ctx.t(Msg::Continue) }</button>
            </form>
        </div>
    }
}

/// The offence, with "I don't know the code" leading to the kind of offence.
#[function_component(OffensePage)]
fn offense_page(p: &PageProps) -> Html {
    let ctx = &p.ctx;
    let q = ctx.state.at;
    let (offense, category) = match q {
        Question::Offense(i) => ctx
            .state
            .draft
            .convictions
            .get(i)
            .map(|c| (c.offense.clone(), c.category))
            .unwrap_or_default(),
        Question::ArrestOffense(i) => ctx
            .state
            .draft
            .arrests
            .get(i)
            .map(|a| (a.offense.clone(), a.category))
            .unwrap_or_default(),
        _ => (None, None),
    };
    let picked = use_state(|| match (&offense, category) {
        (Some(o), _) => Some(Picked::Offense(o.clone())),
        (None, Some(_)) => Some(Picked::DontKnow),
        _ => None,
    });
    let kind = use_state(|| category);
    let error = use_state(|| None::<(String, Msg)>);
    let heading = use_node_ref();
    let heading_msg = if matches!(q, Question::Offense(_)) {
        Msg::QOffense
    } else {
        Msg::QArrestOffense
    };
    let heading_text = ctx.t(heading_msg);
    use_page_focus(
        &heading,
        document_title(ctx, heading_text, error.is_some()),
        error.is_some(),
    );
    let onpick = {
        let picked = picked.clone();
        Callback::from(move |v: Picked| picked.set(Some(v)))
    };
    let onkind = {
        let kind = kind.clone();
        Callback::from(move |v: AttrValue| {
            kind.set(Some(match v.as_str() {
                "theft" => Category::Theft,
                "drugs" => Category::Drugs,
                "driving" => Category::Driving,
                "violence" => Category::Violence,
                _ => Category::Other,
            }))
        })
    };
    let submit = {
        let (picked, kind, error, dispatch, draft) = (
            picked.clone(),
            kind.clone(),
            error.clone(),
            ctx.dispatch.clone(),
            ctx.state.draft.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (offense, category) = match (&*picked, *kind) {
                (Some(Picked::Offense(o)), _) => (Some(o.clone()), None),
                (Some(Picked::DontKnow), Some(k)) => (None, Some(k)),
                (Some(Picked::DontKnow), None) => {
                    error.set(Some(("rr-kind".into(), Msg::ErrorChooseOne)));
                    return;
                }
                (None, _) => {
                    error.set(Some(("rr-offense".into(), Msg::ErrorChooseOffense)));
                    return;
                }
            };
            let mut d = draft.clone();
            match q {
                // What the question flow needs from the catalog comes with the search's match.
                Question::Offense(i) => {
                    if let Some(c) = d.convictions.get_mut(i) {
                        c.listing = offense.as_deref().and_then(super::lazy::listing);
                        c.offense = offense;
                        c.category = category;
                    }
                }
                Question::ArrestOffense(i) => {
                    if let Some(a) = d.arrests.get_mut(i) {
                        a.listing = offense.as_deref().and_then(super::lazy::listing);
                        a.offense = offense;
                        a.category = category;
                    }
                }
                _ => {}
            }
            dispatch.emit(Action::Answered(d));
        })
    };
    let lang = ctx.lang();
    let errors = error
        .as_ref()
        .map(|(id, m)| vec![(id.clone(), t(*m, lang))])
        .unwrap_or_default();
    let kinds: Vec<(AttrValue, &'static str)> = [
        ("theft", Msg::CatTheft),
        ("drugs", Msg::CatDrugs),
        ("driving", Msg::CatDriving),
        ("violence", Msg::CatViolence),
        ("other", Msg::CatOther),
    ]
    .iter()
    .map(|(v, m)| (AttrValue::from(*v), t(*m, lang)))
    .collect();
    let kind_selected = kind.map(|k| {
        AttrValue::from(match k {
            Category::Theft => "theft",
            Category::Drugs => "drugs",
            Category::Driving => "driving",
            Category::Violence => "violence",
            Category::Other => "other",
        })
    });
    let offense_error = error
        .as_ref()
        .filter(|(id, _)| id == "rr-offense")
        .map(|(_, m)| t(*m, lang));
    let kind_error = error
        .as_ref()
        .filter(|(id, _)| id == "rr-kind")
        .map(|(_, m)| t(*m, lang));
    html! {
        <div class="rr-page">
            { back_link(ctx) }
            <ErrorSummary lang={lang} errors={errors} />
            <form novalidate=true onsubmit={submit} role="search" aria-labelledby="rr-offense-heading">
                { caption(ctx) }
                <h1 class="rr-title" id="rr-offense-heading" tabindex="-1" ref={heading}>{ heading_text }</h1>
                <p class="rr-hint" id="rr-offense-hint">{ ctx.t(Msg::HOffense) }</p>
                <div class={classes!("rr-form-group", offense_error.is_some().then_some("rr-form-group-error"))}>
                    { field_error("rr-offense", lang, offense_error) }
                    <OffensePicker id="rr-offense" lang={lang} picked={(*picked).clone()} onpick={onpick} error={offense_error.is_some()}
                        search={super::lazy::search as widgets::Search} names={super::lazy::offense_names as widgets::Names}
                        ready={ctx.module.ready()} retry={ctx.retry.clone()} />
                </div>
                if *picked == Some(Picked::DontKnow) {
                    <div class={classes!("rr-form-group", kind_error.is_some().then_some("rr-form-group-error"))}>
                        <fieldset class="rr-fieldset" aria-describedby="rr-kind-hint">
                            <legend class="rr-legend rr-legend-m">{ ctx.t(Msg::QCategory) }</legend>
                            <p class="rr-hint" id="rr-kind-hint">{ ctx.t(Msg::HCategory) }</p>
                            { field_error("rr-kind", lang, kind_error) }
                            <Radios name="rr-kind" options={kinds} selected={kind_selected} onchange={onkind} />
                        </fieldset>
                    </div>
                }
                <button type="submit" class="rr-button">{ ctx.t(Msg::Continue) }</button>
            </form>
        </div>
    }
}

/// Relief already granted (checkboxes; none is a valid answer).
#[function_component(ReliefPage)]
fn relief_page(p: &PageProps) -> Html {
    let ctx = &p.ctx;
    let q = ctx.state.at;
    let Question::Relief(i) = q else {
        return html! {};
    };
    let current = ctx
        .state
        .draft
        .convictions
        .get(i)
        .and_then(|c| c.relief.clone())
        .unwrap_or_default();
    let chosen = use_state(|| current);
    let heading = use_node_ref();
    let heading_text = ctx.t(Msg::QRelief);
    use_page_focus(&heading, document_title(ctx, heading_text, false), false);
    let options = [
        (ReliefChoice::Dismissed, Msg::ReliefDismissed),
        (ReliefChoice::ReducedToMisdemeanor, Msg::ReliefReduced),
        (ReliefChoice::Prop47, Msg::ReliefProp47),
        (ReliefChoice::Prop64, Msg::ReliefProp64),
    ];
    let submit = {
        let (chosen, dispatch, draft) = (
            chosen.clone(),
            ctx.dispatch.clone(),
            ctx.state.draft.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut d = draft.clone();
            if let Some(c) = d.convictions.get_mut(i) {
                c.relief = Some((*chosen).clone());
            }
            dispatch.emit(Action::Answered(d));
        })
    };
    html! {
        <div class="rr-page">
            { back_link(ctx) }
            <form novalidate=true onsubmit={submit}>
                <div class="rr-form-group">
                    <fieldset class="rr-fieldset" aria-describedby="rr-hint">
                        <legend class="rr-legend">
                            { caption(ctx) }
                            <h1 class="rr-title" tabindex="-1" ref={heading}>{ heading_text }</h1>
                        </legend>
                        <p class="rr-hint" id="rr-hint">{ ctx.t(Msg::HRelief) }</p>
                        <div class="rr-checkboxes">
                        { for options.iter().enumerate().map(|(n, (choice, msg))| {
                            let id = format!("rr-relief-{n}");
                            let checked = chosen.contains(choice);
                            let toggle = {
                                let (chosen, choice) = (chosen.clone(), *choice);
                                Callback::from(move |_| {
                                    let mut v = (*chosen).clone();
                                    if v.contains(&choice) { v.retain(|c| *c != choice) } else { v.push(choice) }
                                    chosen.set(v);
                                })
                            };
                            html! {
                                <div class="rr-checkbox">
                                    <input type="checkbox" id={id.clone()} checked={checked} onchange={toggle} />
                                    <label for={id}>{ ctx.t(*msg) }</label>
                                </div>
                            }
                        }) }
                        </div>
                    </fieldset>
                </div>
                <button type="submit" class="rr-button">{ ctx.t(Msg::Continue) }</button>
            </form>
        </div>
    }
}

/// The answer to a question as a short text for the check page and the printout; `names` gives
/// offence names (through the results module on the check page, the catalog in the printout).
pub fn answer_text(q: Question, d: &Draft, lang: Lang, names: widgets::Names) -> String {
    use Question::*;
    let not = || t(Msg::NotAnswered, lang).to_string();
    match q {
        Offense(i) => d
            .convictions
            .get(i)
            .map(|c| match (&c.offense, c.category) {
                (Some(o), _) => {
                    widgets::offense_name_with(Some(o), c.has(Listing::LISTED), lang, names)
                }
                (None, Some(k)) => {
                    format!("{}: {}", t(Msg::UnknownCode, lang), category_text(k, lang))
                }
                _ => not(),
            })
            .unwrap_or_else(not),
        ArrestOffense(i) => d
            .arrests
            .get(i)
            .map(|a| match (&a.offense, a.category) {
                (Some(o), _) => {
                    let listed = a.listing.is_some_and(|l| l.has(Listing::LISTED));
                    widgets::offense_name_with(Some(o), listed, lang, names)
                }
                (None, Some(k)) => {
                    format!("{}: {}", t(Msg::UnknownCode, lang), category_text(k, lang))
                }
                _ => not(),
            })
            .unwrap_or_else(not),
        Relief(i) => {
            let chosen = d
                .convictions
                .get(i)
                .and_then(|c| c.relief.clone())
                .unwrap_or_default();
            if chosen.is_empty() {
                t(Msg::No, lang).to_string()
            } else {
                chosen
                    .iter()
                    .map(|c| {
                        t(
                            match c {
                                ReliefChoice::Dismissed => Msg::ReliefDismissed,
                                ReliefChoice::ReducedToMisdemeanor => Msg::ReliefReduced,
                                ReliefChoice::Prop47 => Msg::ReliefProp47,
                                ReliefChoice::Prop64 => Msg::ReliefProp64,
                            },
                            lang,
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            }
        }
        _ => match describe(q, d) {
            Kind::Choice(spec) => spec
                .current
                .and_then(|v| spec.options.iter().find(|(o, _)| *o == v))
                .map(|(_, m)| t(*m, lang).to_string())
                .unwrap_or_else(not),
            Kind::Date(spec) => match spec.current {
                Some(DateAnswer::Known(text)) => crate::engine::dates::FuzzyDate::parse(&text)
                    .map(|f| crate::i18n::format_date(&f, lang))
                    .unwrap_or(text),
                Some(DateAnswer::Unsure) => t(Msg::NotSure, lang).to_string(),
                None => not(),
            },
        },
    }
}

fn category_text(k: Category, lang: Lang) -> &'static str {
    t(
        match k {
            Category::Theft => Msg::CatTheft,
            Category::Drugs => Msg::CatDrugs,
            Category::Driving => Msg::CatDriving,
            Category::Violence => Msg::CatViolence,
            Category::Other => Msg::CatOther,
        },
        lang,
    )
}

/// The heading of a question, for the check page's row labels.
pub fn question_label(q: Question, d: &Draft, lang: Lang) -> &'static str {
    use Question::*;
    match q {
        Offense(_) => t(Msg::QOffense, lang),
        ArrestOffense(_) => t(Msg::QArrestOffense, lang),
        Relief(_) => t(Msg::QRelief, lang),
        _ => match describe(q, d) {
            Kind::Choice(s) => t(s.heading, lang),
            Kind::Date(s) => t(s.heading, lang),
        },
    }
}

/// The rows of "Check your answers", grouped: about you, each conviction, each arrest.
pub fn answer_rows(d: &Draft) -> Vec<(Option<String>, Vec<Question>)> {
    let list = questions(d);
    let keep = |q: &Question| {
        !matches!(
            q,
            Question::Start
                | Question::Check
                | Question::Results
                | Question::AnotherConviction(_)
                | Question::AnotherArrest(_)
        )
    };
    let mut groups: Vec<(Option<String>, Vec<Question>)> = Vec::new();
    for q in list.into_iter().filter(keep) {
        // Each record's questions under its caption; the others under their section's name.
        let group =
            widgets::record_caption(q, Lang::En).or_else(|| Some((q.section() as u8).to_string()));
        match groups.last_mut() {
            Some((g, qs)) if *g == group => qs.push(q),
            _ => groups.push((group, vec![q])),
        }
    }
    groups
}

/// "Add another conviction/arrest" from the check page: a new empty record, then its questions.
fn add_record(ctx: &Ctx, conviction: bool) -> Callback<MouseEvent> {
    let (dispatch, draft) = (ctx.dispatch.clone(), ctx.state.draft.clone());
    Callback::from(move |_| {
        let mut d = draft.clone();
        let q = if conviction {
            if d.has_convictions != Some(Choice::Yes) {
                d.convictions.clear();
            }
            d.has_convictions = Some(Choice::Yes);
            d.convictions.push(DraftConviction::default());
            Question::Offense(d.convictions.len() - 1)
        } else {
            if d.has_arrests != Some(Choice::Yes) {
                d.arrests.clear();
            }
            d.has_arrests = Some(Choice::Yes);
            d.arrests.push(DraftArrest::default());
            Question::ArrestOffense(d.arrests.len() - 1)
        };
        dispatch.emit(Action::Edit(d, q));
    })
}

/// "Remove" for the record a group of check-page rows belongs to.
fn remove_record(ctx: &Ctx, first: Question) -> Option<Callback<MouseEvent>> {
    let (dispatch, draft) = (ctx.dispatch.clone(), ctx.state.draft.clone());
    let question = ctx.t(Msg::ConfirmRemove);
    let (conviction, i) = match first {
        Question::Offense(i) => (true, i),
        Question::ArrestOffense(i) => (false, i),
        _ => return None,
    };
    Some(Callback::from(move |_| {
        if !super::confirm(question) {
            return;
        }
        let mut d = draft.clone();
        if conviction {
            d.convictions.remove(i);
            if d.convictions.is_empty() {
                d.has_convictions = Some(Choice::No);
            }
        } else {
            d.arrests.remove(i);
            if d.arrests.is_empty() {
                d.has_arrests = Some(Choice::No);
            }
        }
        dispatch.emit(Action::Edit(d, Question::Check));
    }))
}

#[function_component(CheckPage)]
fn check_page(p: &PageProps) -> Html {
    let ctx = &p.ctx;
    let heading = use_node_ref();
    use_page_focus(
        &heading,
        document_title(ctx, ctx.t(Msg::CheckTitle), false),
        false,
    );
    let d = &ctx.state.draft;
    let lang = ctx.lang();
    let go_results = {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Go(Question::Results, false)))
    };
    html! {
        <div class="rr-page">
            { back_link(ctx) }
            if let Some(flash) = ctx.state.flash {
                <div class="rr-notice" role="status">{ ctx.t(flash) }</div>
            }
            <h1 class="rr-title" tabindex="-1" ref={heading}>{ ctx.t(Msg::CheckTitle) }</h1>
            <p class="rr-lead">{ ctx.t(Msg::CheckLead) }</p>
            { for answer_rows(d).into_iter().map(|(_, qs)| {
                let title = qs.first().map(|q| widgets::record_caption(*q, lang).unwrap_or_else(|| ctx.t(match q.section() {
                    Section::Convictions => Msg::SectionConvictions,
                    Section::Arrests => Msg::SectionArrests,
                    _ => Msg::SectionAboutYou,
                }).to_string())).unwrap_or_default();
                html! {
                    <section class="rr-summary-group">
                        <h2 class="rr-h2">{ title.clone() }</h2>
                        if let Some(remove) = qs.first().and_then(|q| remove_record(ctx, *q)) {
                            <p class="rr-no-print"><button type="button" class="rr-link-button" onclick={remove}>
                                { ctx.t(Msg::Remove) }<span class="rr-visually-hidden">{ " " }{ title.clone() }</span>
                            </button></p>
                        }
                        <dl class="rr-summary">
                        { for qs.into_iter().map(|q| {
                            let change = {
                                let dispatch = ctx.dispatch.clone();
                                Callback::from(move |e: MouseEvent| { e.prevent_default(); dispatch.emit(Action::Go(q, true)); })
                            };
                            let label = question_label(q, d, lang);
                            html! {
                                <div class="rr-summary-row">
                                    <dt>{ label }</dt>
                                    <dd>{ answer_text(q, d, lang, super::lazy::offense_names) }</dd>
                                    <dd class="rr-summary-action rr-no-print">
                                        <a href="#" onclick={change}>{ ctx.t(Msg::Change) }<span class="rr-visually-hidden">{ " " }{ label }</span></a>
                                    </dd>
                                </div>
                            }
                        }) }
                        </dl>
                    </section>
                }
            }) }
            <div class="rr-actions rr-no-print">
                <button type="button" class="rr-button rr-button-secondary" onclick={add_record(ctx, true)}>{ ctx.t(Msg::AddConviction) }</button>
                <button type="button" class="rr-button rr-button-secondary" onclick={add_record(ctx, false)}>{ ctx.t(Msg::AddArrest) }</button>
            </div>
            <button type="button" class="rr-button" onclick={go_results}>{ ctx.t(Msg::CheckSubmit) }</button>
        </div>
    }
}
