#!/usr/bin/env bash
# The README's run command: installs what is missing, builds the release, and serves it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
bash scripts/setup.sh
bash scripts/build.sh
ADDR="${PORTAL_ADDR:-127.0.0.1:8080}"
DB="${PORTAL_DB:-$ROOT/target/portal.sqlite}"
echo
echo "The portal is at http://$ADDR/ (Ctrl+C stops it)"
echo "Applications are kept in $DB; a community's staff token:"
echo "  target/debug/server token create --db $DB --community UA46060250000025047"
echo
exec target/debug/server --dist dist --addr "$ADDR" --db "$DB"
