#!/usr/bin/env bash
# Measures what a person gets and writes the figures to BENCHMARKS.md: release sizes (raw and
# brotli) of both apps, one keystroke's search time, the eligibility engine (the questions the
# screener asks; one evaluation of the whole catalogue natively and in the browser build), and
# Lighthouse mobile on the home page, a service page and the eligibility check.
# Timings are recorded, never asserted: this script does not fail on a slow figure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

bash scripts/setup.sh
if [ ! -x "$TOOLS/node_modules/.bin/lighthouse" ]; then
  (cd "$TOOLS" && npm install --no-audit --no-fund -E lighthouse@12.8.2 >/dev/null)
fi
bash scripts/build.sh

OUT="$ROOT/target/bench"
rm -rf "$OUT" && mkdir -p "$OUT"

# 1. Sizes.
( cd dist
  for f in index.html check.html apply.html *.css *-*.js *.wasm data/catalogue.bin data/communities.bin data/rules.bin data/forms.bin; do
    printf '%s\t%s\t%s\n' "$f" "$(stat -c %s "$f")" "$(stat -c %s "$f.br")"
  done ) > "$OUT/sizes.tsv"

# 2. Search per keystroke (native release build of the pure crate).
cargo run --release --quiet -p catalogue --example search_bench > "$OUT/search.json"

# 3. The eligibility engine: questions asked for 100 random households, and one evaluation of the
#    whole catalogue, natively and in the browser build (release wasm in headless Chromium).
cargo run --release --quiet -p rules --example screener_bench > "$OUT/screener.json"
cargo test --release -p app --target wasm32-unknown-unknown --test rules_bench -- --nocapture 2>&1 |
  sed -n 's/.*rules-bench evaluate_all_browser_us=\([0-9.]*\).*/\1/p' > "$OUT/browser-eval.txt"

# 4. Lighthouse mobile against the reference server.
PORT=4199
target/debug/server --dist dist --addr "127.0.0.1:$PORT" > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/robots.txt" >/dev/null && break; sleep 0.2; done
for page in home:/ service:/service/birth-assistance check:/check; do
  name=${page%%:*}; path=${page#*:}
  for run in 1 2 3; do
    lighthouse "http://127.0.0.1:$PORT$path" --quiet --output=json --output-path="$OUT/lh-$name-$run.json" \
      --form-factor=mobile --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$OUT/chrome-$name-$run" \
      || echo "lighthouse failed on $path" >&2
  done
done

python3 - "$OUT" > BENCHMARKS.md <<'PY'
import json, sys, pathlib, datetime
out = pathlib.Path(sys.argv[1])
print("# Benchmarks\n")
print(f"Measured by `scripts/bench.sh` on {datetime.date.today().isoformat()}, on this project's 2-core machine.")
print("Sizes are budgets (`scripts/budget.sh` fails CI past them); timings are recorded here and never fail a build.\n")
print("## Release sizes\n")
print("| file | raw (B) | brotli (B) |\n| --- | ---: | ---: |")
first = {"home": 0, "check": 0, "apply": 0}
for line in (out / "sizes.tsv").read_text().splitlines():
    f, raw, br = line.split("\t")
    name = f.split("-")[0] + pathlib.Path(f).suffix if "-" in f and not f.startswith("data/") else f
    print(f"| {name} | {int(raw):,} | {int(br):,} |")
    if f.startswith("data/"):
        continue
    if f.endswith(".css"):
        for k in first: first[k] += int(br)
    elif f == "check.html" or f.startswith("check-"):
        first["check"] += int(br)
    elif f == "apply.html" or f.startswith("apply-"):
        first["apply"] += int(br)
    else:
        first["home"] += int(br)
print(f"| **first view of the home page** (index.html + css + app js + app wasm) | | **{first['home']:,}** |")
print(f"| **first view of the eligibility check** (check.html + css + check js + check wasm) | | **{first['check']:,}** |")
print(f"| **first view of applications** (apply.html + css + apply js + apply wasm) | | **{first['apply']:,}** |")
print("\nTarget: first view ≤ 250 KB (250,000 B) brotli. The eligibility check and applications are apps of their own, so the portal's first view carries neither. The catalogue details, the communities and the rules are fetched when a page needs them.\n")
s = json.loads((out / "search.json").read_text())
print("## Search, one keystroke (native release build)\n")
print("| keystrokes | median µs | p95 µs | p99 µs | max µs | index build µs |\n| ---: | ---: | ---: | ---: | ---: | ---: |")
print(f"| {s.get('keystrokes')} | {s.get('median_us')} | {s.get('p95_us')} | {s.get('p99_us')} | {s.get('max_us')} | {s.get('build_us', '')} |")
print("\nTarget: under 2 ms (2,000 µs) per keystroke over the catalogue and all communities.\n")
q = json.loads((out / "screener.json").read_text())
browser = (out / "browser-eval.txt").read_text().strip() or "n/a"
print("## Eligibility\n")
print(f"{q['programmes']} programmes with rules over a vocabulary of {q['facts']} facts.\n")
print("| random households | questions asked: median | min | p90 | max | facts in the vocabulary |\n| ---: | ---: | ---: | ---: | ---: | ---: |")
print(f"| {q['households']} | {q['questions_median']} | {q['questions_min']} | {q['questions_p90']} | {q['questions_max']} | {q['facts']} |")
print("\n| evaluating the whole catalogue for one household | µs |\n| --- | ---: |")
print(f"| native release build, median of 2,000 | {q['evaluate_all_native_median_us']} |")
print(f"| native release build, p99 | {q['evaluate_all_native_p99_us']} |")
print(f"| browser build (release wasm, headless Chromium), mean of 1,000 | {browser} |")
print("\nTarget: ≤ 1 ms (1,000 µs) in the browser build.\n")
print("## Lighthouse, mobile (median of three runs each)\n")
print("| page | performance | accessibility | best practices | SEO | LCP (s) | TBT (ms) | CLS |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
import statistics
for name in ["home", "service", "check"]:
    runs = [json.loads(p.read_text()) for p in sorted(out.glob(f"lh-{name}-*.json"))]
    if not runs:
        print(f"| {name} | failed | | | | | | |"); continue
    def med(f):
        return statistics.median(f(r) for r in runs)
    sc = lambda k: round(med(lambda r: (r["categories"][k]["score"] or 0) * 100))
    au = lambda k: med(lambda r: r["audits"][k]["numericValue"])
    print(f"| {name} | {sc('performance')} | {sc('accessibility')} | {sc('best-practices')} | {sc('seo')} | "
          f"{au('largest-contentful-paint')/1000:.2f} | {au('total-blocking-time'):.0f} | "
          f"{au('cumulative-layout-shift'):.3f} |")
print("\nTargets: performance ≥ 90, accessibility 100.")
print("\n## The back office under load\n")
print("Durable submissions per second and latency on loopback: see [LOAD.md](LOAD.md) (`scripts/load.sh`).")
PY
cat BENCHMARKS.md
