#!/usr/bin/env python3
"""What each app's module carries (issue 17): the release modules cargo built
(target/wasm32-unknown-unknown/release/{app,check,apply,office}.wasm, before wasm-bindgen), put
through wasm-bindgen and `wasm-opt -Oz` as trunk does but keeping the function names (-g), then
each function's code grouped by the crate its name starts with (a generic's copy is counted
under the crate of the type it was made for, as in `<tachys::… as Render>::build`), and the
data segments (interface texts, the catalogue's cards, tables, panic messages) apart. Brotli is
of each group's bytes alone, so it is a little more than the group adds to the whole module.

Usage: python3 scripts/module_contents.py [app check apply office]  (after a release build;
heavy: run it under `flock /tmp/heavy.lock`). Prints a Markdown table per app.
"""
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WASM_OPT = ROOT / ".tools/node_modules/binaryen/bin/wasm-opt"


def leb(b, i):
    result = shift = 0
    while True:
        x = b[i]
        i += 1
        result |= (x & 0x7F) << shift
        shift += 7
        if x < 0x80:
            return result, i


def sections(path):
    """The module's imported function count, function bodies, function names and data segments."""
    b = Path(path).read_bytes()
    i, imports, bodies, names, data = 8, 0, [], {}, []
    while i < len(b):
        sid = b[i]
        size, i = leb(b, i + 1)
        end = i + size
        if sid == 2:  # imports: wasm-bindgen's output imports functions only
            n, j = leb(b, i)
            for _ in range(n):
                for _ in range(2):
                    length, j = leb(b, j)
                    j += length
                kind = b[j]
                j += 1
                if kind != 0:
                    sys.exit(f"{path}: an import of kind {kind}; teach module_contents.py")
                _, j = leb(b, j)
                imports += 1
        elif sid == 10:  # code
            n, j = leb(b, i)
            for _ in range(n):
                length, j = leb(b, j)
                bodies.append(b[j : j + length])
                j += length
        elif sid == 11:  # data
            n, j = leb(b, i)
            for _ in range(n):
                flags, j = leb(b, j)
                if flags == 2:
                    _, j = leb(b, j)
                if flags != 1:
                    while b[j] != 0x0B:
                        j += 1
                    j += 1
                length, j = leb(b, j)
                data.append(b[j : j + length])
                j += length
        elif sid == 0:  # the "name" custom section
            length, j = leb(b, i)
            if b[j : j + length] == b"name":
                j += length
                while j < end:
                    sub = b[j]
                    size, j = leb(b, j + 1)
                    if sub == 1:
                        n, k = leb(b, j)
                        for _ in range(n):
                            index, k = leb(b, k)
                            length, k = leb(b, k)
                            names[index] = b[k : k + length].decode("utf8", "replace")
                            k += length
                    j += size
        i = end
    return imports, bodies, names, data


ESCAPES = {"$LT$": "<", "$GT$": ">", "$RF$": "&", "$BP$": "*", "$LP$": "(", "$RP$": ")", "$C$": ",", "$SP$": "@"}


def demangle(name):
    """Rust's legacy mangling (`_ZN…E`), enough to read the path; v0 names (`_R…`) by their crate."""
    if name.startswith("_R"):
        m = re.search(r"C[sv]?[A-Za-z0-9_]*?_(\d+)([a-z_][a-z0-9_]*)", name) or re.search(r"C(\d+)([a-z_][a-z0-9_]*)", name)
        return f"{m.group(2)[: int(m.group(1))]}::(v0)" if m else name
    if not name.startswith("_ZN"):
        return name
    i, parts = 3, []
    while i < len(name) and name[i].isdigit():
        j = i
        while name[j].isdigit():
            j += 1
        n = int(name[i:j])
        parts.append(name[j : j + n])
        i = j + n
    s = "::".join(p for p in parts if not re.fullmatch(r"h[0-9a-f]{16}", p))
    s = re.sub(r"\$u([0-9a-f]+)\$", lambda m: chr(int(m.group(1), 16)), s)
    for k, v in ESCAPES.items():
        s = s.replace(k, v)
    return s.replace("..", "::").lstrip("_")


def crate(name):
    """The crate a function's (demangled) name starts with: `<A as B>` and `<impl B for A>` count
    as A's, references and `dyn` looked through."""
    s = re.sub(r"\[[0-9a-f]+\]", "", demangle(name))
    while s.startswith("<"):
        s = s[1:]
        for prefix in ("&mut ", "&", "*const ", "*mut ", "dyn ", "(", "["):
            if s.startswith(prefix):
                s = s[len(prefix) :]
        if s.startswith("impl "):
            s = s[5:].split(" for ", 1)[-1]
        elif re.match(r"[A-Z][A-Za-z0-9_]* as ", s):  # a type parameter: the trait's crate
            s = s.split(" as ", 1)[1]
    if s.startswith(("__wbg", "__wbindgen")):
        return "wasm_bindgen"
    m = re.match(r"[a-z_][a-z0-9_]*", s)
    return m.group(0) if m else "(other)"


def brotli(data):
    return len(subprocess.run(["brotli", "-q", "11", "-c"], input=data, capture_output=True, check=True).stdout)


def measure(app, tmp):
    raw = ROOT / f"target/wasm32-unknown-unknown/release/{app}.wasm"
    subprocess.run(["wasm-bindgen", str(raw), "--out-dir", tmp, "--target", "web", "--no-typescript"], check=True)
    named = Path(tmp) / f"{app}-named.wasm"
    subprocess.run([str(WASM_OPT), "-Oz", "-g", str(Path(tmp) / f"{app}_bg.wasm"), "-o", str(named)], check=True)
    stripped = Path(tmp) / f"{app}-stripped.wasm"
    subprocess.run([str(WASM_OPT), "--strip-debug", str(named), "-o", str(stripped)], check=True)
    imports, bodies, names, data = sections(named)
    groups = defaultdict(list)
    for k, body in enumerate(bodies):
        groups[crate(names.get(imports + k, "?"))].append(body)
    rows = [(c, sum(map(len, bs)), brotli(b"".join(bs)), len(bs)) for c, bs in groups.items()]
    rows.sort(key=lambda r: -r[2])
    whole = stripped.read_bytes()
    joined = b"".join(data)
    print(f"\n{app}: the module {len(whole):,} B raw, {brotli(whole):,} B brotli\n")
    print("| part | functions | raw (KB) | brotli alone (KB) |\n| --- | ---: | ---: | ---: |")
    print(f"| data: texts, the catalogue's cards, tables, panic messages | | {len(joined) / 1000:.1f} | {brotli(joined) / 1000:.1f} |")
    for c, size, br, n in rows[:16]:
        print(f"| {c} | {n} | {size / 1000:.1f} | {br / 1000:.1f} |")
    rest = rows[16:]
    print(f"| {len(rest)} more crates | {sum(r[3] for r in rest)} | {sum(r[1] for r in rest) / 1000:.1f} | {sum(r[2] for r in rest) / 1000:.1f} |")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        for app in sys.argv[1:] or ["app", "check", "apply", "office"]:
            measure(app, tmp)
