#!/usr/bin/env bash
# Builds what a person gets: the release build of the portal by trunk (wasm-opt -Oz), each text
# asset precompressed with brotli and gzip beside it, and the reference server.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

# Three apps, three pages: the portal (index.html), the eligibility check (check.html) and
# applications (apply.html), each with its own module, so the portal's first view carries neither.
# The check and applications are built aside and their pages and modules join the portal's files.
# Each app's own page is app-<part>.html: the server answers with it where no pre-rendered page
# exists (a community's page, a form, search results).
trunk build --release --offline
mv dist/index.html dist/app-portal.html
for part in check apply office; do
  trunk build --release --offline --dist "target/dist-$part" "$part.html"
  cp "target/dist-$part/$part"-*.js "target/dist-$part/$part"-*_bg.wasm dist/
  cp "target/dist-$part/index.html" "dist/app-$part.html"
done
# The back office (office.html, the community's staff at /office) has its own styles too. Its
# files never join the citizens' service worker (below).
cp target/dist-office/office-*.css dist/

# Minify wasm-bindgen's JS glue, then give its page the new subresource-integrity hash.
for js in dist/app-*.js dist/check-*.js dist/apply-*.js dist/office-*.js; do
  terser "$js" --module --compress --mangle --output "$js.min"
  mv "$js.min" "$js"
  python3 - "$js" <<'PY'
import base64, hashlib, pathlib, re, sys
js = pathlib.Path(sys.argv[1])
digest = base64.b64encode(hashlib.sha384(js.read_bytes()).digest()).decode()
page = js.name.split("-")[0]
index = js.parent / f"app-{page if page in ('check', 'apply', 'office') else 'portal'}.html"
html = index.read_text()
pattern = re.compile(r'(href=/?' + re.escape(js.name) + r' integrity=)sha384-[A-Za-z0-9+/=]+')
html, n = pattern.subn(lambda m: m.group(1) + "sha384-" + digest, html)
if n != 1:
    sys.exit(f"build: expected one integrity attribute for {js.name} in {index.name}, found {n}")
index.write_text(html)
PY
done
# The small plain scripts trunk copied: boot.js starts the app on a pre-rendered page.
for js in dist/boot.js; do
  terser "$js" --compress --mangle --output "$js.min"
  mv "$js.min" "$js"
done

# The static portal: every public page rendered to HTML by the app's own components, natively.
cargo run --quiet -p app --bin prerender --no-default-features --features ssr -- dist

# The service worker: every file of the citizens' apps and the data under a version that is a
# hash of their contents, and the address rules the pre-renderer wrote from the app's routes.
python3 scripts/service_worker.py dist
# (sw.js is not precompressed: the browser checks it for updates, and it is small.)
find dist -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' \
  -o -name '*.svg' -o -name '*.txt' -o -name '*.json' -o -name '*.bin' \) ! -name sw.js -print0 |
  while IFS= read -r -d '' f; do
    brotli -f -q 11 -o "$f.br" "$f"
    gzip -f -k -9 "$f"
  done
# The server; and the importer, optimised (a debug build takes minutes over the codifier, the
# release one 0.4 s), with which e2e/tests/offline.spec.ts rebuilds the rules for a data-only release.
cargo build -p server --quiet
cargo build --release -p importer --quiet
