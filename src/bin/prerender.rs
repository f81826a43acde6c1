//! Build step: the start page as HTML, rendered with Yew's server renderer from the widget's own
//! components, for `tests/tools/post_build.py` to put into the page Trunk emits (and into
//! `embed.js` for inline embeds). The page paints before any WebAssembly arrives; the app then
//! takes it over with the same markup (see `ui::start`).
//!
//! `prerender LANG` prints the start page in `en` or `es`, with no firm settings (a firm's name
//! and colours arrive with the app).

#[cfg(feature = "prerender")]
fn main() {
    let lang = std::env::args().nth(1).unwrap_or_else(|| "en".into());
    let Some(lang) = record_relief::i18n::Lang::from_tag(&lang) else {
        eprintln!("usage: prerender en|es");
        std::process::exit(2);
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime");
    let html = runtime.block_on(async {
        tokio::task::LocalSet::new()
            .run_until(record_relief::ui::prerender::start_page(lang))
            .await
    });
    println!("{html}");
}

#[cfg(not(feature = "prerender"))]
fn main() {}
