#!/usr/bin/env bash
# The README's run command: installs what is missing, builds the release, and serves it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
bash scripts/setup.sh
bash scripts/build.sh
ADDR="${PORTAL_ADDR:-127.0.0.1:8080}"
echo
echo "The portal is at http://$ADDR/ (Ctrl+C stops it)"
echo
exec target/debug/server --dist dist --addr "$ADDR"
