//! The engine's speed inside the browser, for `make bench` (not part of `make test`: timings are
//! printed, never asserted). Run: `cargo test --release --target wasm32-unknown-unknown --test
//! wasm_bench -- --nocapture`.
#![cfg(target_arch = "wasm32")]

use record_relief::engine::{case_json::parse_case, screen};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

include!("support/sample_case.rs");

#[wasm_bindgen_test]
fn screening_time_in_the_browser() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let performance = gloo::utils::window().performance().expect("performance");
    for n in [1usize, 20, 100] {
        let (case, as_of) = parse_case(&case_json(n), None, today).expect("valid case");
        let runs = 200;
        let mut items = 0;
        // Warm up first: the browser compiles hot wasm code again, faster, after a while.
        for _ in 0..runs {
            items += screen(&case, as_of).items.len();
        }
        let start = performance.now();
        for _ in 0..runs {
            items += screen(&case, as_of).items.len();
        }
        let per_run = (performance.now() - start) / runs as f64;
        assert!(items > 0);
        console_log!(
            "wasm screening: {n} convictions: {:.1} µs per screening ({runs} runs)",
            per_run * 1000.0
        );
    }
}
