#!/usr/bin/env bash
# Measures what a person gets and writes the figures to BENCHMARKS.md: release sizes (raw and
# brotli) of both apps, one keystroke's search time, the eligibility engine (the questions the
# screener asks; one evaluation of the whole catalogue natively and in the browser build), and
# Lighthouse mobile on the home page, a service page, the eligibility check's first question, a
# form's start, the community picker and the status form (issue 17: every page a person lands on).
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
  for f in index.html service/idp-living-allowance.html check/question.html app-portal.html app-check.html app-apply.html \
      *.css boot.js widget.js app-*.js check-*.js apply-*.js *.wasm \
      data/catalogue-cards.bin data/catalogue.bin data/communities.bin data/rules.bin data/forms.bin; do
    printf '%s\t%s\t%s\n' "$f" "$(stat -c %s "$f")" "$(stat -c %s "$f.br")"
  done ) > "$OUT/sizes.tsv"
( cd dist
  find . -name '*.html' ! -name 'app-*.html' -printf '%P\n' | while read -r f; do
    printf '%s\t%s\n' "$f" "$(stat -c %s "$f.br")"
  done ) > "$OUT/pages.tsv"

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
# The pages a person lands on, as name:address (the figures below name them so).
PAGES="home:/ service:/service/birth-assistance check-question:/check/question form:/apply/birth-assistance community:/community status:/status"
export PAGES
for page in $PAGES; do
  name=${page%%:*}; path=${page#*:}
  for run in 1 2 3; do
    # A run whose trace Lighthouse could not record (NO_NAVSTART, now and then) is run again, once.
    for attempt in 1 2; do
    lighthouse "http://127.0.0.1:$PORT$path" --quiet --output=json --output-path="$OUT/lh-$name-$run.json" \
      --form-factor=mobile --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$OUT/chrome-$name-$run" \
      || echo "lighthouse failed on $path" >&2
      python3 -c 'import json,sys; sys.exit(1 if json.load(open(sys.argv[1])).get("runtimeError") else 0)' \
        "$OUT/lh-$name-$run.json" 2>/dev/null && break
    done
  done
done
# The take-over's cost in Chromium at the same 4× CPU slowdown (e2e/takeover-bench.mjs): the
# figures ARCHITECTURE.md weighs the take-over against Leptos's hydration with.
# shellcheck disable=SC2046
(cd e2e && node takeover-bench.mjs "http://127.0.0.1:$PORT" $(for page in $PAGES; do echo "${page#*:}"; done)) \
  > "$OUT/takeover.json" || echo '{}' > "$OUT/takeover.json"

# "What each module carries" is measured by hand (scripts/module_contents.py): kept as it is.
cp BENCHMARKS.md "$OUT/previous.md" 2>/dev/null || : > "$OUT/previous.md"
python3 - "$OUT" > BENCHMARKS.md <<'PY'
import json, sys, pathlib, datetime
out = pathlib.Path(sys.argv[1])
print("# Benchmarks\n")
print(f"Measured by `scripts/bench.sh` on {datetime.date.today().isoformat()}, on this project's 2-core machine.")
print("Sizes are budgets (`scripts/budget.sh` fails CI past them); timings are recorded here and never fail a build.\n")
print("## Release sizes\n")
print("| file | raw (B) | brotli (B) |\n| --- | ---: | ---: |")
sizes = {}
for line in (out / "sizes.tsv").read_text().splitlines():
    f, raw, br = line.split("\t")
    stem = f.rsplit("-", 1)[0] if f.endswith((".js", ".wasm")) and f not in ("boot.js", "widget.js") else f
    name = stem + ("_bg.wasm" if f.endswith(".wasm") else ".js" if f.endswith(".js") and stem != f else "")
    if f.endswith(".css"):
        name = f.rsplit("-", 1)[0] + ".css"
    sizes[name] = int(br)
    print(f"| {name} | {int(raw):,} | {int(br):,} |")
pages = [(l.split("\t")[0], int(l.split("\t")[1])) for l in (out / "pages.tsv").read_text().splitlines()]
largest = max(pages, key=lambda p: p[1])
print(f"\n{len(pages)} pre-rendered pages; the largest is {largest[0]}, {largest[1]:,} B brotli (budget 14,000 B each).\n")
def total(*names):
    return sum(sizes[n] for n in names)
rows = [
    ("**first view of the home page**: what paints it (index.html + css + boot.js)", total("index.html", "main.css", "boot.js")),
    ("the home page with the app that takes it over when idle (+ app js + app wasm + the catalogue's cards, which every app but applications fetches as it starts)", total("index.html", "main.css", "boot.js", "app.js", "app_bg.wasm", "data/catalogue-cards.bin")),
    ("**first view of the check's first question** (its page + css + boot.js)", total("check/question.html", "main.css", "boot.js")),
    ("the first question with the check's app, which takes it over at once (+ check js + wasm + rules + the cards)", total("check/question.html", "main.css", "boot.js", "check.js", "check_bg.wasm", "data/rules.bin", "data/catalogue-cards.bin")),
    ("a page only the applications app renders (app-apply.html + css + apply js + wasm)", total("app-apply.html", "main.css", "apply.js", "apply_bg.wasm")),
    ("**the widget's loader** (widget.js)", sizes["widget.js"]),
]
print("| what | brotli (B) |\n| --- | ---: |")
for label, b in rows:
    print(f"| {label} | {b:,} |")
import re
budget = dict(re.findall(r"^([A-Z_]+_BUDGET)=(\d+)$", pathlib.Path("scripts/budget.sh").read_text(), re.M))
b = lambda k: f"{int(budget[k]):,} B"
print(f"\nBudgets (`scripts/budget.sh`): a pre-rendered page ≤ {b('HTML_BUDGET')}; the home page's first view ≤ {b('FIRST_VIEW_BUDGET')}; "
      f"the home page with its app ≤ {b('WITH_APP_BUDGET')}; the check ≤ {b('CHECK_BUDGET')}; the applications app ≤ {b('APPLY_BUDGET')}; "
      f"the office ≤ {b('OFFICE_BUDGET')}; the widget's loader ≤ 3,000 B (each app's budget is its page, CSS, JS glue and module; the data files apart). "
      "The catalogue's cards are fetched by each app as it starts; the catalogue details, the communities and the rules "
      "when a page needs them; a pre-rendered service page carries its own programme.\n")
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
import os
PAGES = dict(page.split(":", 1) for page in os.environ["PAGES"].split())
for name in PAGES:
    runs = [json.loads(p.read_text()) for p in sorted(out.glob(f"lh-{name}-*.json"))]
    runs = [r for r in runs if not r.get("runtimeError")]
    if not runs:
        print(f"| {name} | failed | | | | | | |"); continue
    def med(f):
        return statistics.median(f(r) for r in runs)
    sc = lambda k: round(med(lambda r: (r["categories"][k]["score"] or 0) * 100))
    au = lambda k: med(lambda r: r["audits"][k]["numericValue"])
    print(f"| {name} (`{PAGES[name]}`) | {sc('performance')} | {sc('accessibility')} | {sc('best-practices')} | {sc('seo')} | "
          f"{au('largest-contentful-paint')/1000:.2f} | {au('total-blocking-time'):.0f} | "
          f"{au('cumulative-layout-shift'):.3f} |")
print("\nTargets (issue 17): performance ≥ 98, LCP ≤ 1.2 s, TBT ≤ 100 ms, CLS 0, accessibility 100 on each.")
misses = []
for name in PAGES:
    runs = [json.loads(p.read_text()) for p in sorted(out.glob(f"lh-{name}-*.json"))]
    runs = [r for r in runs if not r.get("runtimeError")]
    if not runs:
        misses.append(f"{name}: no run"); continue
    med = lambda f: statistics.median(f(r) for r in runs)
    checks = [("performance", round(med(lambda r: (r["categories"]["performance"]["score"] or 0) * 100)) >= 98),
              ("accessibility", round(med(lambda r: (r["categories"]["accessibility"]["score"] or 0) * 100)) == 100),
              ("LCP", med(lambda r: r["audits"]["largest-contentful-paint"]["numericValue"]) <= 1200),
              ("TBT", med(lambda r: r["audits"]["total-blocking-time"]["numericValue"]) <= 100),
              ("CLS", med(lambda r: r["audits"]["cumulative-layout-shift"]["numericValue"]) == 0)]
    misses += [f"{name}: {what}" for what, ok in checks if not ok]
print("\n" + ("Not met: " + ", ".join(misses) + "." if misses else "All targets met (medians)."))
print("\n## Taking a pre-rendered page over (Chromium, 4× CPU slowdown, median of three)\n")
print("| page | take-over, start to swap (ms) | long tasks | longest task (ms) | longest during the take-over (ms) | blocking time (ms) |\n| --- | ---: | ---: | ---: | ---: | ---: |")
for path, t in json.loads((out / "takeover.json").read_text()).items():
    print(f"| `{path}` | {t['takeover_ms']} | {t['long_tasks']} | {t['longest_ms']} | {t['longest_in_takeover_ms']} | {t['blocking_ms']} |")
print("\nBlocking time here is the sum over long tasks of what exceeds 50 ms, from the page's start until the app has started (`e2e/takeover-bench.mjs`). A row \"(one task)\" is the same address rendered by its app at once, from the app's own page (no steps, as hydration would run its components; its take-over column is from the page's start). ARCHITECTURE.md (\"Take-over, not hydration\") weighs the two.")
print("\nHow TBT is kept low: the first render of a page is the costliest thing the app does, since the browser compiles each WebAssembly function on its first call, on the main thread. The app therefore takes a pre-rendered page over in steps, one task each (`app/src/stepwise.rs`): it renders the page off screen — router and state, header, the page, footer, a larger page's further sections — while the static page stays on screen and keeps working, then swaps it in at once.")
print("\n## The back office under load\n")
print("Durable submissions per second and latency on loopback: see [LOAD.md](LOAD.md) (`scripts/load.sh`).")
kept = re.search(r"\n(## What each module carries\n.*?)(?=\n## |\Z)", (out / "previous.md").read_text(), re.S)
if kept:
    print("\n" + kept.group(1).rstrip())
PY
cat BENCHMARKS.md
