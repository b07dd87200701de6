#!/usr/bin/env bash
# Installs whatever is missing to build and test the portal, and nothing that is already there at
# the right version. Safe to run again: when everything is present it takes a second or two.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# 1. The wasm target of the machine's one Rust toolchain.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. trunk, at the version verified here (0.22 needs a newer rustc).
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 15 minutes on a new machine)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# 3. wasm-bindgen's CLI, at exactly the crate's version (no --locked: its lock pins a crate the
#    registry lacks). It brings wasm-bindgen-test-runner for the wasm tests.
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# 4. wasm-opt from npm's binaryen (Debian's binaryen 108 builds pages that crash on load).
if ! wasm-opt --version 2>/dev/null | grep -q "$WASM_OPT_VERSION"; then
  say "installing binaryen $BINARYEN_VERSION (wasm-opt) into .tools/"
  mkdir -p "$TOOLS"
  [ -f "$TOOLS/package.json" ] || echo '{"private": true}' > "$TOOLS/package.json"
  (cd "$TOOLS" && npm install --no-audit --no-fund -E "binaryen@$BINARYEN_VERSION" >/dev/null)
fi

# 4b. terser, to minify wasm-bindgen's JS glue (trunk 0.21 cannot parse it and ships it as is).
if [ "$(terser --version 2>/dev/null)" != "terser $TERSER_VERSION" ]; then
  say "installing terser $TERSER_VERSION into .tools/"
  mkdir -p "$TOOLS"
  [ -f "$TOOLS/package.json" ] || echo '{"private": true}' > "$TOOLS/package.json"
  (cd "$TOOLS" && npm install --no-audit --no-fund -E "terser@$TERSER_VERSION" >/dev/null)
fi

# 5. Debian's Chromium and its driver (tests and Lighthouse), brotli (precompression, sizes).
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v brotli >/dev/null || missing+=(brotli)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# 6. The end-to-end test packages, exactly as locked (never `playwright install`: the browser is
#    Debian's).
if [ ! -d e2e/node_modules/@playwright/test ] || [ e2e/package-lock.json -nt e2e/node_modules/.package-lock.json ]; then
  say "installing the e2e packages"
  (cd e2e && npm ci --no-audit --no-fund >/dev/null)
fi

say "tools ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(wasm-opt --version | grep -o 'version_[0-9]*'), $(chromium --version 2>/dev/null | head -1)"
