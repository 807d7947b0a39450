#!/usr/bin/env python3
"""Check the PAK-USA case chronology and its sources (Python 3 standard library only).

Usage: python3 tools/check_chronology.py [repository root]

Checks cases/pak-usa/chronology.csv, sources.bib and fatf-status.csv:
  * header and column count of every row (RFC 4180 parsing, UTF-8);
  * ISO dates that agree with date_precision (month -> day 01, year -> 01-01),
    all within 2013-01-01 .. 2025-12-31;
  * actor codes begin with a three-letter code (country or IGO);
  * cameo_code exists in the model's CAMEO event-code table;
  * theme is one of the case codebook's themes;
  * every source key is defined in sources.bib and every bib entry is used
    (by the chronology, the FATF series or the gazetteer, gazetteer.yaml);
  * bib entries carry author, title, organization/publisher, date, url, urldate;
  * no duplicate ids, no duplicate (date, source_actor, target_actor, cameo_code);
  * at least 60 events;
  * every required item of the brief is present (matched by id substring);
  * fatf-status.csv: header, ISO dates in ascending order, known statuses,
    source keys defined.
Exits with status 1 and prints every problem if any check fails.
"""
import csv
import datetime
import os
import re
import sys

HEADER = ["id", "date", "date_precision", "source_actor", "target_actor",
          "cameo_code", "theme", "description", "sources", "note"]
FATF_HEADER = ["date", "status", "source", "note"]
FATF_STATUSES = {"public-statement", "increased-monitoring", "nominated", "not-listed"}
THEMES = {
    "political.diplomacy-visits", "political.us-india-tilt", "political.kashmir-dispute",
    "strategic.counter-terrorism", "strategic.afghan-peace", "strategic.nuclear",
    "strategic.china-cpec", "strategic.defence-cooperation",
    "economic.aid-assistance", "economic.aid-suspension", "economic.fatf-financial",
    "economic.sanctions-trade",
}
PRECISIONS = {"day", "month", "year"}
MIN_DATE = datetime.date(2013, 1, 1)
MAX_DATE = datetime.date(2025, 12, 31)
MIN_EVENTS = 60
ACTOR_RE = re.compile(r"^[A-Z]{3}[A-Z]*$")
ID_RE = re.compile(r"^[0-9]{4}-[0-9]{2}(-[0-9]{2})?-[a-z0-9]+(-[a-z0-9]+)*$")
BIB_REQUIRED = ("author", "title", "date", "url", "urldate")
BIB_DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$")

# Required items of the brief: label -> substrings that must all occur in one id.
REQUIRED = {
    "Sharif-Obama meeting, Oct 2013": ["2013-10", "sharif-obama"],
    "Sharif-Obama meeting, Oct 2015": ["2015-10", "sharif-obama"],
    "CPEC launch during Xi's Islamabad visit, Apr 2015": ["2015-04", "cpec-launch"],
    "US drone strike killing Mullah Akhtar Mansour, May 2016": ["2016-05", "mansour"],
    "US-India LEMOA, Aug 2016": ["2016-08", "lemoa"],
    "US-India COMCASA, Sep 2018": ["2018-09", "comcasa"],
    "US-India BECA, Oct 2020": ["2020-10", "beca"],
    "Trump's South Asia strategy speech at Fort Myer, Aug 2017": ["2017-08", "south-asia-strategy"],
    "$255 million FMF hold, Aug 2017": ["2017-08", "fmf-255m"],
    "Trump's 1 Jan 2018 post on $33 billion": ["2018-01-01", "33-billion"],
    "Suspension of security assistance, 4 Jan 2018": ["2018-01-04", "security-assistance-suspended"],
    "FATF grey-listing agreed, Feb 2018": ["2018-02", "fatf-greylist-decision"],
    "FATF grey-listing formal, Jun 2018": ["2018-06", "fatf-greylist-formal"],
    "FATF removal, Oct 2022": ["2022-10", "fatf-greylist-removal"],
    "Entity List additions of Pakistani firms, Mar 2018": ["2018-03", "entity-list"],
    "IMET curtailed, Aug 2018": ["2018-08", "imet-curtailed"],
    "IMET restored, Dec 2019/Jan 2020": ["imet-restored"],
    "$300 million CSF cancellation, Sep 2018": ["2018-09", "csf-300m-cancelled"],
    "Pompeo in Islamabad, Sep 2018": ["2018-09", "pompeo-islamabad"],
    "Imran Khan at the White House, Kashmir mediation offer, Jul 2019": ["2019-07", "kashmir-mediation-offer"],
    "Alice Wells's speech criticising CPEC, Nov 2019": ["2019-11", "wells", "cpec"],
    "Doha agreement, Feb 2020": ["2020-02", "doha-agreement"],
    "Fall of Kabul, Aug 2021": ["2021-08", "fall-of-kabul"],
    "F-16 sustainment package, Sep 2022": ["2022-09", "f16-sustainment"],
    "India-Pakistan ceasefire, May 2025": ["2025-05", "india-pakistan-ceasefire"],
    "Asim Munir at the White House, Jun 2025": ["2025-06", "munir-white-house"],
    "US-Pakistan trade deal, Jul 2025": ["2025-07", "trade-deal"],
}


def load_cameo_codes(path):
    codes = set()
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            codes.add(row["code"].strip())
    return codes


def parse_bib(path):
    """Return {key: {field: value}} for a simple BibTeX file (one field per line)."""
    entries = {}
    key = None
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            s = line.strip()
            m = re.match(r"^@(\w+)\s*\{\s*([^,\s]+)\s*,$", s)
            if m:
                key = m.group(2)
                if key in entries:
                    raise ValueError("%s:%d: duplicate bib key %s" % (path, lineno, key))
                entries[key] = {"_type": m.group(1).lower()}
                continue
            if s == "}":
                key = None
                continue
            m = re.match(r"^(\w+)\s*=\s*\{(.*)\},?$", s)
            if m and key is not None:
                entries[key][m.group(1).lower()] = m.group(2)
    return entries


def check_date(value, precision, where, errors):
    try:
        d = datetime.date.fromisoformat(value)
    except ValueError:
        errors.append("%s: date %r is not an ISO date YYYY-MM-DD" % (where, value))
        return None
    if precision not in PRECISIONS:
        errors.append("%s: date_precision %r not in %s" % (where, precision, sorted(PRECISIONS)))
    elif precision == "month" and d.day != 1:
        errors.append("%s: month precision needs day 01, got %s" % (where, value))
    elif precision == "year" and (d.month, d.day) != (1, 1):
        errors.append("%s: year precision needs 1 January, got %s" % (where, value))
    if not (MIN_DATE <= d <= MAX_DATE):
        errors.append("%s: date %s outside %s..%s" % (where, value, MIN_DATE, MAX_DATE))
    return d


def main(root):
    case = os.path.join(root, "cases", "pak-usa")
    chrono_path = os.path.join(case, "chronology.csv")
    bib_path = os.path.join(case, "sources.bib")
    fatf_path = os.path.join(case, "fatf-status.csv")
    cameo_path = os.path.join(root, "model", "src", "main", "resources", "org", "dyadlab",
                              "model", "cameo", "event-codes.csv")
    errors = []
    cameo = load_cameo_codes(cameo_path)
    try:
        bib = parse_bib(bib_path)
    except ValueError as e:
        print("FAIL:", e)
        return 1
    used_keys = set()

    # ---- sources.bib fields
    for key, fields in bib.items():
        for name in BIB_REQUIRED:
            if not fields.get(name):
                errors.append("sources.bib: %s lacks field %s" % (key, name))
        if not (fields.get("organization") or fields.get("publisher")):
            errors.append("sources.bib: %s lacks organization/publisher" % key)
        if fields.get("date") and not BIB_DATE_RE.match(fields["date"]):
            errors.append("sources.bib: %s date %r is not YYYY-MM[-DD]" % (key, fields["date"]))

    # ---- chronology.csv
    with open(chrono_path, encoding="utf-8", newline="") as f:
        raw = f.read()
    rows = list(csv.reader(raw.splitlines(keepends=True)))
    if not rows or rows[0] != HEADER:
        errors.append("chronology.csv: header is %r, expected %r" % (rows[0] if rows else None, HEADER))
    ids = set()
    quads = {}
    n_events = 0
    for n, row in enumerate(rows[1:], 2):
        where = "chronology.csv line %d" % n
        if len(row) != len(HEADER):
            errors.append("%s: %d columns, expected %d" % (where, len(row), len(HEADER)))
            continue
        rec = dict(zip(HEADER, row))
        n_events += 1
        where = "%s (%s)" % (where, rec["id"])
        if not ID_RE.match(rec["id"]):
            errors.append("%s: id is not a lower-case slug starting with its date" % where)
        if rec["id"] in ids:
            errors.append("%s: duplicate id" % where)
        ids.add(rec["id"])
        check_date(rec["date"], rec["date_precision"], where, errors)
        if not rec["id"].startswith(rec["date"][:7]):
            errors.append("%s: id does not start with the year-month of its date" % where)
        for col in ("source_actor", "target_actor"):
            if not ACTOR_RE.match(rec[col]):
                errors.append("%s: %s %r does not start with a 3-letter code" % (where, col, rec[col]))
        if rec["cameo_code"] not in cameo:
            errors.append("%s: cameo_code %r not in event-codes.csv" % (where, rec["cameo_code"]))
        if rec["theme"] not in THEMES:
            errors.append("%s: theme %r not in the codebook" % (where, rec["theme"]))
        if not rec["description"].strip():
            errors.append("%s: empty description" % where)
        if "\n" in rec["description"] or "\r" in rec["description"]:
            errors.append("%s: description spans more than one line" % where)
        keys = [k for k in rec["sources"].split(";") if k]
        if not keys:
            errors.append("%s: no sources" % where)
        for k in keys:
            if k not in bib:
                errors.append("%s: source key %r not in sources.bib" % (where, k))
            used_keys.add(k)
        quad = (rec["date"], rec["source_actor"], rec["target_actor"], rec["cameo_code"])
        if quad in quads:
            errors.append("%s: same (date, source_actor, target_actor, cameo_code) as %s"
                          % (where, quads[quad]))
        quads[quad] = rec["id"]
    if n_events < MIN_EVENTS:
        errors.append("chronology.csv: %d events, at least %d required" % (n_events, MIN_EVENTS))
    for label, parts in REQUIRED.items():
        if not any(all(p in i for p in parts) for i in ids):
            errors.append("chronology.csv: required item missing: %s (id containing %s)"
                          % (label, " + ".join(parts)))

    # ---- fatf-status.csv
    with open(fatf_path, encoding="utf-8", newline="") as f:
        frows = list(csv.reader(f.read().splitlines(keepends=True)))
    if not frows or frows[0] != FATF_HEADER:
        errors.append("fatf-status.csv: header is %r, expected %r" % (frows[0] if frows else None, FATF_HEADER))
    prev = None
    for n, row in enumerate(frows[1:], 2):
        where = "fatf-status.csv line %d" % n
        if len(row) != len(FATF_HEADER):
            errors.append("%s: %d columns, expected %d" % (where, len(row), len(FATF_HEADER)))
            continue
        rec = dict(zip(FATF_HEADER, row))
        try:
            d = datetime.date.fromisoformat(rec["date"])
        except ValueError:
            errors.append("%s: date %r is not ISO" % (where, rec["date"]))
            continue
        if not (datetime.date(2012, 1, 1) <= d <= MAX_DATE):
            errors.append("%s: date %s outside 2012-01-01..%s" % (where, d, MAX_DATE))
        if prev is not None and d <= prev:
            errors.append("%s: date %s not after previous %s" % (where, d, prev))
        prev = d
        if rec["status"] not in FATF_STATUSES:
            errors.append("%s: status %r not in %s" % (where, rec["status"], sorted(FATF_STATUSES)))
        keys = [k for k in rec["source"].split(";") if k]
        if not keys:
            errors.append("%s: no source" % where)
        for k in keys:
            if k not in bib:
                errors.append("%s: source key %r not in sources.bib" % (where, k))
            used_keys.add(k)

    # ---- gazetteer.yaml: its sources count as used (the full check is 'dyadlab case validate')
    gazetteer_path = os.path.join(case, "gazetteer.yaml")
    if os.path.exists(gazetteer_path):
        with open(gazetteer_path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                m = re.match(r"^\s*sources:\s*\[(.*)\]\s*$", line)
                if not m:
                    continue
                for k in (x.strip() for x in m.group(1).split(",")):
                    if not k:
                        continue
                    if k not in bib:
                        errors.append("gazetteer.yaml line %d: source key %r not in sources.bib" % (n, k))
                    used_keys.add(k)

    for k in sorted(set(bib) - used_keys):
        errors.append("sources.bib: entry %s is not used" % k)

    if errors:
        for e in errors:
            print("FAIL:", e)
        print("%d problem(s)" % len(errors))
        return 1
    print("OK: %d events, %d sources, %d FATF status rows, %d required items present"
          % (n_events, len(bib), len(frows) - 1, len(REQUIRED)))
    return 0


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(here)))
