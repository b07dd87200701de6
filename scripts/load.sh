#!/usr/bin/env bash
# Load benchmark of the applications API (not part of the test suite): builds the server in
# release, starts it on loopback with a fresh database and no rate limit, fires valid applications
# (each with its own device id) with wrk for DURATION seconds, then prints the durable
# submissions per second, the latency percentiles, and checks that the database holds one row per
# 201 answer (plus those in flight when wrk stopped). Record the figures in LOAD.md by hand.
#
#   bash scripts/load.sh                # 20 s, 32 connections
#   DURATION=60 CONNECTIONS=64 bash scripts/load.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

DURATION="${DURATION:-20}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-1}"
PORT="${PORT:-4299}"
# The server logs every request (method, path, status, latency), as it does in production.
export RUST_LOG="${RUST_LOG:-info}"

if ! command -v wrk >/dev/null; then
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

cargo build --release --quiet -p server
SERVER_BIN="$ROOT/target/release/server"

WORK="$(mktemp -d /var/tmp/portal-load.XXXXXX)"
mkdir -p "$WORK/dist"
echo '<!doctype html><html><body>load</body></html>' > "$WORK/dist/index.html"
DB="$WORK/load.sqlite"

"$SERVER_BIN" --dist "$WORK/dist" --addr "127.0.0.1:$PORT" --db "$DB" --rate-limit 0 \
  > "$WORK/server.log" 2>&1 &
SERVER=$!
cleanup() {
  kill "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
for _ in $(seq 100); do
  curl -sf "http://127.0.0.1:$PORT/api/v1/openapi.json" >/dev/null && break
  sleep 0.1
done

# Each request a new application: a device id made of the thread's number, a random prefix and
# a counter, so no two requests (nor two threads) share one.
cat > "$WORK/submit.lua" <<'LUA'
local threads = {}
local next_thread = 0

function setup(thread)
  next_thread = next_thread + 1
  thread:set("thread_id", next_thread)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 1000 + thread_id)
  prefix = string.format("%02x%06x", thread_id % 256, math.random(0, 0xffffff))
  counter = 0
  created, retried, other = 0, 0, 0
  wrk.method = "POST"
  wrk.path = "/api/v1/applications"
  wrk.headers["Content-Type"] = "application/json"
end

local body = [[{"id":"%s","programme":"social-accompaniment","community":"UA46060250000025047","answers":{"surname":"Коваль","given_name":"Іван","phone":"+48 601 234 567","lives":"abroad","country":"PL","foreign_address":"ul. Marszałkowska 1, Warszawa","need":"Повертаюся з Польщі з двома дітьми, потрібне житло й школа."}}]]

function request()
  counter = counter + 1
  local id = prefix .. string.format("%024x", counter)
  return wrk.format(nil, nil, nil, string.format(body, id))
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  elseif status == 200 then
    retried = retried + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local c, r, o = 0, 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    r = r + t:get("retried")
    o = o + t:get("other")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT requests=%d created=%d retried=%d other=%d socket_errors=%d seconds=%.2f durable_per_s=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, c, r, o,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    seconds, c / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
LUA

echo "wrk: $THREADS thread(s), $CONNECTIONS connections, ${DURATION}s against 127.0.0.1:$PORT ($(nproc) cores)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$WORK/submit.lua" \
  "http://127.0.0.1:$PORT" | tee "$WORK/wrk.txt"

RESULT="$(grep '^RESULT' "$WORK/wrk.txt")"
CREATED="$(sed -n 's/.* created=\([0-9]*\).*/\1/p' <<<"$RESULT")"
# Kill the server (kill -9: no chance to flush anything), then count what is on disk: a 201 is
# answered only after its commit was fsynced, so every acknowledged application must be there.
kill -KILL "$SERVER"
wait "$SERVER" 2>/dev/null || true
COUNTS="$("$SERVER_BIN" db counts --db "$DB")"
ROWS="$(sed -n 's/.*"applications":\([0-9]*\).*/\1/p' <<<"$COUNTS")"
LOGGED="$(grep -c 'path=/api/v1/applications' "$WORK/server.log" || true)"

echo
echo "$RESULT" | tr ' ' '\n' | sed 1d
echo "rows in applications: $ROWS; 201 answers: $CREATED; requests logged: $LOGGED"
# wrk stops at the deadline without waiting for the requests still in flight (at most one per
# connection): the server commits those too, but their 201 is never counted. So the rows must be
# the 201s plus at most one per connection, and never fewer than the 201s.
IN_FLIGHT=$((ROWS - CREATED))
if [ "$IN_FLIGHT" -lt 0 ] || [ "$IN_FLIGHT" -gt "$CONNECTIONS" ]; then
  echo "MISMATCH: the database holds $ROWS applications but $CREATED were acknowledged" >&2
  exit 1
fi
echo "OK: every acknowledged application is in the database; $IN_FLIGHT more were committed" \
  "for requests still in flight when wrk stopped listening (at most $CONNECTIONS)"
