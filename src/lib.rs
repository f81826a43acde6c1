//! Record Relief: a private, in-browser screener for California record-clearing remedies.
//!
//! * [`engine`] — the eligibility engine: pure Rust, no browser dependency, tested natively.
//! * `ui` — the Yew widget (wasm32 only): gathers answers, shows the engine's report.
//!
//! See ARCHITECTURE.md for how a screening flows from answers to report.

pub mod branding;
pub mod engine;
pub mod i18n;
pub mod kit;
pub mod results_view;
pub mod sort;
pub mod wizard;

// Also built natively with the `prerender` feature: the start page is rendered at build time.
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod ui;
