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
echo "Applications are kept in $DB. The back office is at http://$ADDR/office; a community's"
echo "first administrator gets a one-time link (prefix it with http://$ADDR) from:"
echo "  target/debug/server staff invite --db $DB --community UA46060250000025047 --name NAME --email ADDRESS"
echo
exec target/debug/server --dist dist --addr "$ADDR" --db "$DB"
