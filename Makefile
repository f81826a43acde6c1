# The two commands the README gives: `make serve` and `make test`. Both install what is missing.
SHELL := /bin/bash
export PATH := $(CURDIR)/tests/e2e/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_OFFLINE := true
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER := wasm-bindgen-test-runner
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: serve test demo tools fmt lint native-test web-test release budget e2e bench

## serve: install what is missing, build, and serve the widget on http://127.0.0.1:8080
serve: tools
	@echo "Record Relief is being built; it will be served at http://127.0.0.1:8080"
	@# Live reload and browser error reporting inject inline scripts, which the strict CSP blocks.
	trunk serve --offline --address 127.0.0.1 --port 8080 --no-autoreload --no-error-reporting

## test: install what is missing, then run every check; exits non-zero on any failure
test: tools fmt lint spelling native-test web-test release budget e2e
	@echo "make test: every check passed"

## demo: the demo law-firm page embedding the widget both ways (two local origins)
demo: tools release
	node tests/e2e/demo.mjs

## bench: first-load sizes against a minimal Yew app, load timings, engine figures
bench: tools
	node tests/e2e/bench.mjs
	python3 tests/tools/batch_bench.py

tools:
	@tests/tools/install-tools.sh

fmt:
	cargo fmt --all --check

lint:
	cargo clippy --all-targets --locked -- -D warnings
	cargo clippy --lib --bins --test web --test wasm_bench --locked --target wasm32-unknown-unknown -- -D warnings
	cargo clippy --lib --bin prerender --features prerender --locked -- -D warnings

## spelling: every Spanish and English text through hunspell (es_US, en_US) with the project's word
## lists, and the Spanish terms the review found misleading (tests/tools/spelling.py)
spelling:
	python3 tests/tools/spelling.py

native-test:
	cargo test --locked

web-test:
	cargo test --locked --target wasm32-unknown-unknown --test web

release:
	trunk build --release --offline

## budget: the first load (page, scripts, main wasm, stylesheet) and the whole journey must stay
## within their budgets (tests/e2e/budget.mjs)
budget: release
	node tests/e2e/budget.mjs

e2e: release
	node tests/e2e/run.mjs
