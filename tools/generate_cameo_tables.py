#!/usr/bin/env python3
"""Regenerates dyadlab's CAMEO tables (model/src/main/resources/org/dyadlab/model/cameo/*.csv).

The tables are facts (codes, short category names, weights). They are derived from public lookups in
../shared/data and corrected where those lookups are known to be wrong; see docs/data/cameo.md for the
sources and every correction. Run from the project root:  python3 tools/generate_cameo_tables.py
The committed CSV files are the product's data; this script only documents how they were made.
"""
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "model" / "src" / "main" / "resources" / "org" / "dyadlab" / "model" / "cameo"

# QuadClass as GDELT assigns it from the root code (checked against every row of the GDELT samples).
QUAD = {**{r: 1 for r in range(1, 6)}, **{r: 2 for r in range(6, 10)},
        **{r: 3 for r in range(10, 15)}, **{r: 4 for r in range(15, 21)}}

# Labels in the CAMEO 1.1b3 codebook (Schrodt 2012) where GDELT's lookup has them shifted (the 10x block)
# or misspelt. Everything else keeps GDELT's wording.
CODEBOOK_LABEL = {
    "101": "Demand material cooperation, not specified below",
    "102": "Demand diplomatic cooperation, such as policy support",
    "103": "Demand material aid, not specified below",
    "105": "Demand that target yields, not specified below",
    "106": "Demand meeting, negotiation",
    "107": "Demand settling of dispute",
    "108": "Demand mediation",
    "033": "Express intent to provide material aid, not specified below",
    "044": "Meet at a 'third' location",
    "0355": "Express intent to allow international involvement (non-mediation)",
    "1454": "Engage in violent protest for change in institutions, regime",
    "183": "Conduct suicide, car, or other non-military bombing, not specified below",
    "2041": "Use chemical, biological, or radiological weapons",
    "031": "Express intent to engage in material cooperation, not specified below",
}


def sentence_case(s):
    return s[:1].upper() + s[1:].lower()


def event_codes():
    weights = {}
    with open(SHARED / "cameo-goldstein" / "CAMEO.goldsteinscale.txt", encoding="utf-8") as f:
        next(f)
        for line in f:
            code, w = line.rstrip("\n").split("\t")
            weights[code] = float(w)
    text = (SHARED / "gdelt-spark-gdelt" / "reference" / "cameoEvent.txt").read_text(encoding="utf-8")
    text = text.replace("106:[-5.0] ", "\n106\t")  # two records run together in the source file
    gdelt = {}
    for line in text.splitlines()[1:]:
        if line.strip():
            code, label = line.split("\t", 1)
            gdelt[code] = label.strip()
    rows = []
    for code in sorted(weights, key=lambda c: (c[:2], c)):
        label = gdelt[code]
        if len(code) == 2:
            label = sentence_case(label)
        label = CODEBOOK_LABEL.get(code, label)
        label = re.sub(r"\s+", " ", label)
        alt = gdelt[code] if gdelt[code] != label and len(code) > 2 else ""
        if "Ã" in alt:
            alt = ""
        level = {2: 1, 3: 2, 4: 3}[len(code)]
        parent = "" if level == 1 else code[: len(code) - 1]
        root = code[:2]
        rows.append([code, level, parent, root, QUAD[int(root)], f"{weights[code]:.1f}", label, alt])
    return rows


def countries():
    iso = {}
    with open(SHARED / "country-codes" / "countrycode_codelist.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["iso3c"]:
                iso[r["iso3c"]] = r
    legacy = {"ROM": "ROU", "TMP": "TLS", "MTN": "MNE", "IMY": "IMN"}
    fixes = {"COL": "Colombia", "REU": "Reunion", "COG": "Republic of the Congo"}
    regions = {"WSB", "BAG", "GZS"}
    rows = []
    seen_iso = set()
    cameo = (SHARED / "gdelt-spark-gdelt" / "reference" / "cameoCountry.txt").read_text(encoding="utf-8")
    for line in cameo.splitlines()[1:]:
        if not line.strip():
            continue
        code, label = line.split("\t")
        label = fixes.get(code, label)
        iso3 = legacy.get(code, code if code in iso else "")
        if iso3:
            kind = "country"
        elif code in regions:
            kind = "territory"
        elif code == "ANT":
            kind = "historical"
        else:
            kind = "region"
        r = iso.get(iso3)
        rows.append([code, label, kind, iso3, codes(r, "iso2c"), codes(r, "imf"), aliases(label, r)])
        seen_iso.add(iso3)
    for code, r in sorted(iso.items()):
        if code not in seen_iso and code not in {"ATA", "BVT", "HMD", "SGS", "UMI", "IOT", "ATF"}:
            name = r["country.name.en"]
            rows.append([code, name, "country", code, codes(r, "iso2c"), codes(r, "imf"), aliases(name, r)])
    return rows


def codes(r, column):
    return r.get(column, "").strip() if r else ""


def aliases(label, r):
    names = []
    if r:
        for col in ("country.name.en", "iso.name.en", "un.name.en", "cow.name", "p4.name", "vdem.name"):
            v = r.get(col, "").strip()
            if v and v.lower() != label.lower() and v not in names and "|" not in v:
                names.append(v)
    return "|".join(names)


def actor_types():
    rows = []
    seen = set()
    text = (SHARED / "gdelt-spark-gdelt" / "reference" / "cameoType.txt").read_text(encoding="utf-8")
    for line in text.splitlines()[1:]:
        if line.strip():
            code, label = line.split("\t")
            if code not in seen:
                seen.add(code)
                rows.append([code, label.strip()])
    return rows


def write(name, header, rows):
    with open(OUT / name, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    print(f"{name}: {len(rows)} rows", file=sys.stderr)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    write("event-codes.csv", ["code", "level", "parent", "root", "quad_class", "goldstein", "label", "gdelt_label"],
          event_codes())
    write("countries.csv", ["code", "label", "kind", "iso3", "iso2", "imf", "aliases"], countries())
    write("actor-types.csv", ["code", "label"], actor_types())
