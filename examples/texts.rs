//! Every word the widget shows, in English and Spanish, one text per line:
//! `source<TAB>english<TAB>spanish`. Read by `tests/tools/spelling.py` (`make spelling`), which
//! adds the engine's reasons (`Why` statics) and the offence names from their source files, and
//! hands over the engine's citations on standard input (one a line) to be shown as each reader sees them.

use record_relief::engine::case::RemedyId;
use record_relief::i18n::{
    glossary, reduce_and_dismiss_step, remedy_step, remedy_text, t, where_to_find, KitMsg, Lang,
    Message, Msg, ReportMsg, ViewMsg,
};
use record_relief::results_view::cite_text;
use std::io::BufRead;

fn line(source: &str, en: &str, es: &str) {
    println!(
        "{source}\t{}\t{}",
        en.replace('\n', " "),
        es.replace('\n', " ")
    );
}

fn messages<M: Message + Copy + std::fmt::Debug>(table: &str, all: &[M]) {
    for m in all {
        line(&format!("{table}::{m:?}"), t(*m, Lang::En), t(*m, Lang::Es));
    }
}

fn main() {
    messages("Msg", Msg::ALL);
    messages("ReportMsg", ReportMsg::ALL);
    messages("ViewMsg", ViewMsg::ALL);
    messages("KitMsg", KitMsg::ALL);
    for r in RemedyId::ALL {
        let (en, es) = (remedy_text(r, Lang::En), remedy_text(r, Lang::Es));
        let id = r.id();
        line(&format!("remedy {id} name"), en.name, es.name);
        line(&format!("remedy {id} does"), en.does, es.does);
        line(&format!("remedy {id} does_not"), en.does_not, es.does_not);
        line(&format!("remedy {id} next"), en.next, es.next);
        line(
            &format!("remedy {id} step"),
            remedy_step(r, Lang::En),
            remedy_step(r, Lang::Es),
        );
    }
    line(
        "reduce_and_dismiss_step",
        reduce_and_dismiss_step(Lang::En),
        reduce_and_dismiss_step(Lang::Es),
    );
    for ((term_en, def_en), (term_es, def_es)) in glossary(Lang::En).iter().zip(glossary(Lang::Es))
    {
        line("glossary term", term_en, term_es);
        line("glossary definition", def_en, def_es);
    }
    // Every field `where_to_find` names, and one it does not (its fallback).
    for field in [
        "probation_ended_on",
        "sentence_completed_on",
        "sentence_complied",
        "offense",
        "residential",
        "value_over_950",
        "offense_on",
        "california_resident_since",
        "vacatur_grounds",
        "convictions",
        "(any other)",
    ] {
        line(
            &format!("where_to_find {field}"),
            where_to_find(field, Lang::En),
            where_to_find(field, Lang::Es),
        );
    }
    for cite in std::io::stdin().lock().lines().map_while(Result::ok) {
        line(
            "cite",
            &cite_text(&cite, Lang::En),
            &cite_text(&cite, Lang::Es),
        );
    }
}
