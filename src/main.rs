//! The web app's entry point, built for wasm32 by Trunk.

#[cfg(target_arch = "wasm32")]
fn main() {
    record_relief::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("record-relief is the web app: build it with `make serve` (Trunk, wasm32).");
    eprintln!("For the command-line screener run `cargo run --release --bin screen -- CASE.json`.");
    std::process::exit(2);
}
