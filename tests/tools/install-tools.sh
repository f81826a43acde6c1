#!/usr/bin/env bash
# Installs every tool the build and the tests need, from crates.io, npm and Debian's packages only.
# Idempotent: each step checks first, so a second run takes a few seconds.
set -euo pipefail
cd "$(dirname "$0")/../.."

TRUNK_VERSION=0.21.14   # 0.22 needs a newer rustc than this machine has
# wasm-bindgen-cli must be exactly the wasm-bindgen crate version in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
export PATH="$PWD/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m[tools]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding rustup component $component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (takes about 9 minutes once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Its own lockfile names a crate version the registry here lacks; retry unlocked.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked --force \
    || cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Debian's chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q chromium chromium-driver
fi

# hunspell with the US Spanish and US English dictionaries, for the spelling check.
if ! command -v hunspell >/dev/null || [ ! -f /usr/share/hunspell/es_US.dic ] || [ ! -f /usr/share/hunspell/en_US.dic ]; then
  say "installing Debian's hunspell, hunspell-es and hunspell-en-us"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q hunspell hunspell-es hunspell-en-us
fi

# npm packages: binaryen (a wasm-opt that reads current rustc output), terser (minifies the
# wasm-bindgen JS glue at build time), playwright-core, axe-core.
stamp=tests/e2e/node_modules/.installed-lock
if [ ! -f "$stamp" ] || ! cmp -s tests/e2e/package-lock.json "$stamp"; then
  say "installing npm packages for the browser tests"
  (cd tests/e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  cp tests/e2e/package-lock.json "$stamp"
fi

# Crates, so that Trunk's offline build never reaches for the network.
cargo fetch --locked --quiet
say "all tools present: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | head -1), $(chromium --version 2>/dev/null), hunspell $(hunspell -v 2>/dev/null | head -1 | sed 's/.*Hunspell //')"
