#!/usr/bin/env bash
# The README's test command: installs what is missing, then runs every test — formatting and
# lints, native tests, wasm tests in headless Chromium, the release build with its size budget,
# and the end-to-end journeys in real Chromium against the reference server.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "set-up"
bash scripts/setup.sh

step "format and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --quiet -- -D warnings
cargo clippy -p app --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings
# The same components, built natively to pre-render the static pages.
cargo clippy -p app --no-default-features --features ssr --all-targets --quiet -- -D warnings
# The pure crates compile to wasm as well as natively.
cargo clippy -p catalogue -p rules -p i18n -p identifiers -p forms -p routes --target wasm32-unknown-unknown --quiet -- -D warnings

step "native tests"
cargo test --workspace --quiet
cargo test -p app --no-default-features --features ssr --quiet

step "wasm tests in headless Chromium"
cargo test -p app --target wasm32-unknown-unknown --test browser --test rules_bench

step "release build"
bash scripts/build.sh

step "size budget"
bash scripts/budget.sh

step "end-to-end journeys in Chromium"
(cd e2e && npx playwright test)
