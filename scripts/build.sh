#!/usr/bin/env bash
# Builds what a person gets: the release build of the portal by trunk (wasm-opt -Oz), each text
# asset precompressed with brotli and gzip beside it, and the reference server.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

trunk build --release --offline
find dist -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' \
  -o -name '*.svg' -o -name '*.txt' -o -name '*.json' \) -print0 |
  while IFS= read -r -d '' f; do
    brotli -f -q 11 -o "$f.br" "$f"
    gzip -f -k -9 "$f"
  done
cargo build -p server --quiet
