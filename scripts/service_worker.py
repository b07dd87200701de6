#!/usr/bin/env python3
"""Writes DIST/sw.js from public/sw.js: the files to cache, a version, and the address rules.

usage: python3 scripts/service_worker.py DIST

- The files: every file of the citizens' apps and their data in DIST, never the back office's page
  or files (app-office.html, office-*): staff work online only.
- The version is a hash of what is cached, names and contents: a release that changes only the
  data (rules.bin, catalogue.bin) is a new version too, and reaches a returning visitor after
  "Update now". Run again after changing a file in DIST (a data-only release does exactly that).
- The address rules (which app's page renders an address offline) are DIST/.routes.json, which
  the pre-renderer writes from the route table (crates/routes); kept beside sw.js as
  .routes.json so that a rerun finds them.
"""
import hashlib
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main(dist: pathlib.Path) -> None:
    rules = json.loads((dist / ".routes.json").read_text())
    files = sorted(
        "/" + str(p.relative_to(dist))
        for p in dist.rglob("*")
        if p.is_file()
        and p.suffix not in (".br", ".gz")
        and not p.name.startswith(".")
        and p.name not in ("sw.js", "robots.txt", "app-office.html")
        and not p.name.startswith("office-")
    )
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode() + b"\0")
        digest.update((dist / name[1:]).read_bytes())
    version = digest.hexdigest()[:16]
    sw = (ROOT / "public" / "sw.js").read_text()
    for placeholder, value in (("'__VERSION__'", version), ("__ASSETS__", files), ("__ROUTES__", rules)):
        if placeholder not in sw:
            sys.exit(f"service_worker: {placeholder} is missing from public/sw.js")
        sw = sw.replace(placeholder, json.dumps(value))
    (dist / "sw.js").write_text(sw)
    print(f"service_worker: version {version}, {len(files)} files")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(pathlib.Path(sys.argv[1]))
