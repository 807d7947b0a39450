#!/usr/bin/env python3
"""Checks dyadlab's ICEWS lookup tables against the ICEWS18 (RE-Net) files and our CAMEO tables.

Tables checked (events/src/main/resources/org/dyadlab/events/icews/):
  icews18-relations.csv  label,cameo_code,match,note
  icews-sectors.csv      sector,agent,note
  known-persons.csv      name,country,agent,from,to,source

Checks:
  * every relation label of relation2id.txt appears exactly once, and no other label appears;
  * every non-empty cameo_code exists in model/.../cameo/event-codes.csv; an empty code carries a note;
  * match is exact|wording|judgement, and notes are present where the match is not exact;
  * every non-empty agent exists in model/.../cameo/actor-types.csv; an empty agent carries a note;
  * the sector table covers every descriptor used with >= 20 distinct countries and every descriptor
    used with Pakistan, the United States, India, China or Afghanistan;
  * every known-person name occurs in entity2id.txt, country/agent codes exist, dates parse, from <= to;
and then prints how many directed PAK<->USA quadruples of valid.txt + test.txt resolve to both countries.

Python 3 standard library only. Run from anywhere:
    python3 tools/check_icews_tables.py [--data DIR]
DIR defaults to ../shared/data/icews18-renet relative to the project root (or $DYADLAB_ICEWS18_DIR).
Exit status 0 when every check passes, 1 otherwise.
"""
import argparse
import collections
import csv
import datetime
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CAMEO = ROOT / "model" / "src" / "main" / "resources" / "org" / "dyadlab" / "model" / "cameo"
ICEWS = ROOT / "events" / "src" / "main" / "resources" / "org" / "dyadlab" / "events" / "icews"
DEFAULT_DATA = Path(os.environ.get("DYADLAB_ICEWS18_DIR", ROOT.parent / "shared" / "data" / "icews18-renet"))

TARGETS = {"Pakistan": "PAK", "United States": "USA", "India": "IND", "China": "CHN", "Afghanistan": "AFG"}
# ICEWS spellings of states that our countries.csv lists under another label (or not at all).
EXTRA_COUNTRY_NAMES = {"cote d'ivoire", "palestinian territory, occupied", "democratic republic of congo",
                       "holy see (vatican city state)", "kosovo", "curacao"}
MATCH_VALUES = {"exact", "wording", "judgement"}
PERSON_COUNTRIES = {"PAK", "USA", "IND", "CHN", "AFG"}
PERSON_AGENTS = {"GOV", "MIL"}


class Report:
    def __init__(self):
        self.errors = []

    def error(self, msg):
        self.errors.append(msg)

    def check(self, cond, msg):
        if not cond:
            self.error(msg)
        return cond


def read_csv(path, header, rep):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if not rows:
        rep.error(f"{path.name}: empty file")
        return []
    rep.check(rows[0] == header, f"{path.name}: header is {rows[0]}, expected {header}")
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if not rep.check(len(row) == len(header), f"{path.name}:{n}: {len(row)} fields, expected {len(header)}"):
            continue
        out.append((n, dict(zip(header, row))))
    return out


def read_tab_names(path):
    """name<TAB>id files of the RE-Net release."""
    names = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            name, _, ident = line.rpartition("\t")
            names[int(ident)] = name
    return names


def split_descriptor(name):
    """'Government (Pakistan)' -> ('Government', 'Pakistan'); nested brackets are balanced from the right,
    so 'Member of Legislative (Govt) (India)' -> ('Member of Legislative (Govt)', 'India')."""
    if not name.endswith(")"):
        return None
    depth = 0
    for i in range(len(name) - 1, -1, -1):
        if name[i] == ")":
            depth += 1
        elif name[i] == "(":
            depth -= 1
            if depth == 0:
                if i > 0 and name[i - 1] == " ":
                    return name[:i - 1], name[i + 1:-1]
                return None
    return None


def parse_date(text):
    return datetime.date.fromisoformat(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="directory with the ICEWS18 RE-Net files")
    args = ap.parse_args()
    rep = Report()

    # --- reference tables -------------------------------------------------------------------------
    with open(CAMEO / "event-codes.csv", encoding="utf-8", newline="") as f:
        event_codes = {r["code"] for r in csv.DictReader(f)}
    with open(CAMEO / "actor-types.csv", encoding="utf-8", newline="") as f:
        actor_types = {r["code"] for r in csv.DictReader(f)}
    with open(CAMEO / "countries.csv", encoding="utf-8", newline="") as f:
        countries = list(csv.DictReader(f))
    country_codes = {r["code"] for r in countries}
    country_names = set(EXTRA_COUNTRY_NAMES)
    for r in countries:
        if r["kind"] in ("country", "territory"):
            country_names.add(r["label"].lower())
            country_names.update(a.lower() for a in r["aliases"].split("|") if a)

    relations = read_tab_names(args.data / "relation2id.txt")
    entities = read_tab_names(args.data / "entity2id.txt")
    entity_names = set(entities.values())

    # --- 1. relations -----------------------------------------------------------------------------
    rel_rows = read_csv(ICEWS / "icews18-relations.csv", ["label", "cameo_code", "match", "note"], rep)
    seen = collections.Counter(r["label"] for _, r in rel_rows)
    for label in relations.values():
        rep.check(seen[label] == 1, f"relations: label {label!r} appears {seen[label]} times (expected 1)")
    for label in seen:
        rep.check(label in set(relations.values()), f"relations: label {label!r} is not in relation2id.txt")
    matches = collections.Counter()
    unmapped = 0
    for n, r in rel_rows:
        code, match, note = r["cameo_code"], r["match"], r["note"]
        if code:
            rep.check(code in event_codes, f"relations:{n}: cameo_code {code!r} is not in event-codes.csv")
            rep.check(match in MATCH_VALUES, f"relations:{n}: match {match!r} not in {sorted(MATCH_VALUES)}")
            if match == "exact":
                rep.check(note == "", f"relations:{n}: exact match should have an empty note")
            else:
                rep.check(note != "", f"relations:{n}: {match} match needs a note")
            matches[match] += 1
        else:
            unmapped += 1
            rep.check(note != "", f"relations:{n}: unmapped label {r['label']!r} needs a note")

    # --- 2. sectors -------------------------------------------------------------------------------
    sec_rows = read_csv(ICEWS / "icews-sectors.csv", ["sector", "agent", "note"], rep)
    sectors = {}
    for n, r in sec_rows:
        rep.check(r["sector"] not in sectors, f"sectors:{n}: duplicate sector {r['sector']!r}")
        sectors[r["sector"]] = r["agent"]
        if r["agent"]:
            rep.check(r["agent"] in actor_types, f"sectors:{n}: agent {r['agent']!r} is not in actor-types.csv")
        else:
            rep.check(r["note"] != "", f"sectors:{n}: empty agent for {r['sector']!r} needs a note")
    used_with = collections.defaultdict(set)
    for name in entity_names:
        parts = split_descriptor(name)
        if parts:
            used_with[parts[0]].add(parts[1])
    required = set()
    for desc, where in used_with.items():
        n_countries = sum(1 for c in where if c.lower() in country_names)
        if n_countries >= 20 or where & set(TARGETS):
            required.add(desc)
    for desc in sorted(required - set(sectors)):
        rep.error(f"sectors: descriptor {desc!r} must be covered (>=20 countries or used with a target country)")
    for desc in sorted(set(sectors) - set(used_with)):
        rep.error(f"sectors: {desc!r} does not occur as a descriptor in entity2id.txt")

    # --- 3. known persons -------------------------------------------------------------------------
    per_rows = read_csv(ICEWS / "known-persons.csv", ["name", "country", "agent", "from", "to", "source"], rep)
    persons = collections.defaultdict(list)
    for n, r in per_rows:
        rep.check(r["name"] in entity_names, f"persons:{n}: {r['name']!r} is not in entity2id.txt")
        rep.check(r["country"] in PERSON_COUNTRIES and r["country"] in country_codes,
                  f"persons:{n}: country {r['country']!r} not allowed / not in countries.csv")
        rep.check(r["agent"] in PERSON_AGENTS and r["agent"] in actor_types,
                  f"persons:{n}: agent {r['agent']!r} not allowed / not in actor-types.csv")
        rep.check(r["source"].startswith(("http://", "https://")), f"persons:{n}: source is not a URL")
        try:
            start = parse_date(r["from"])
            end = parse_date(r["to"]) if r["to"] else None
        except ValueError as e:
            rep.error(f"persons:{n}: bad date ({e})")
            continue
        if end is not None:
            rep.check(start <= end, f"persons:{n}: from {start} is after to {end}")
            rep.check(end >= datetime.date(2013, 1, 1), f"persons:{n}: term ends before 2013")
        persons[r["name"]].append((r["country"], start, end))
    for name, terms in persons.items():
        rep.check(len({c for c, _, _ in terms}) == 1, f"persons: {name!r} is listed for more than one country")

    # --- report -----------------------------------------------------------------------------------
    print(f"relations: {len(rel_rows)} rows; exact {matches['exact']}, wording {matches['wording']}, "
          f"judgement {matches['judgement']}, unmapped {unmapped}")
    agents = collections.Counter(a for a in sectors.values())
    print(f"sectors:   {len(sectors)} rows; {len(sectors) - agents['']} mapped to an agent, {agents['']} left empty; "
          f"{len(required)} descriptors required")
    print(f"persons:   {len(per_rows)} rows, {len(persons)} distinct names")

    # --- PAK<->USA resolution -----------------------------------------------------------------------
    def country_of(name, day=None):
        if name in TARGETS:
            return TARGETS[name]
        parts = split_descriptor(name)
        if parts and parts[1] in TARGETS:
            return TARGETS[parts[1]]
        for country, start, end in persons.get(name, ()):
            if day is None or (start <= day and (end is None or day <= end)):
                return country
        return None

    def country_plain(name):
        if name in TARGETS:
            return TARGETS[name]
        parts = split_descriptor(name)
        return TARGETS.get(parts[1]) if parts else None

    epoch = datetime.date(2018, 1, 1)
    totals = collections.Counter()
    for split in ("valid.txt", "test.txt"):
        with open(args.data / split, encoding="utf-8") as f:
            for line in f:
                fields = line.split()
                if len(fields) < 4:
                    continue
                s, _r, o, t = (int(x) for x in fields[:4])
                day = epoch + datetime.timedelta(days=t // 24)
                sname, oname = entities[s], entities[o]
                pair = {country_of(sname), country_of(oname)}
                if pair == {"PAK", "USA"}:
                    totals[split] += 1
                if {country_of(sname, day), country_of(oname, day)} == {"PAK", "USA"}:
                    totals[split + ":dated"] += 1
                if {country_plain(sname), country_plain(oname)} == {"PAK", "USA"}:
                    totals[split + ":plain"] += 1
    print("PAK<->USA directed quadruples resolving to both countries (valid + test):")
    print(f"  with known persons:               {totals['valid.txt'] + totals['test.txt']} "
          f"(valid {totals['valid.txt']}, test {totals['test.txt']})")
    print(f"  persons only while in office:     {totals['valid.txt:dated'] + totals['test.txt:dated']}")
    print(f"  country names and sectors only:   {totals['valid.txt:plain'] + totals['test.txt:plain']}")

    if rep.errors:
        print(f"\nFAILED: {len(rep.errors)} problem(s)")
        for e in rep.errors:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
