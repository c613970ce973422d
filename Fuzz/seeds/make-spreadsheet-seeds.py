#!/usr/bin/env python3
"""Writes Fuzz/corpus/spreadsheet from the sample district's exports (`khuyenhoc export TABLE
FILE` against a daemon that loaded the sample; `--separator ';'` and `--no-bom` for the
variants): the header and the first rows of each, a few KiB, and the same rows in the other
forms an upload arrives in (UTF-16 with tabs as Excel's "Unicode text", no byte order mark, LF
line ends, column ids as headers, Excel's sep= line).

    python3 Fuzz/seeds/make-spreadsheet-seeds.py EXPORT_FOLDER"""
import csv, io, os, sys

src, out = sys.argv[1], "Fuzz/corpus/spreadsheet"
os.makedirs(out, exist_ok=True)
LIMIT = 3000

def records(path, delimiter=","):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=delimiter))

def write(name, rows, delimiter=",", bom=True, encoding="utf-8", newline="\r\n", prefix=""):
    text = io.StringIO()
    csv.writer(text, delimiter=delimiter, lineterminator=newline).writerows(rows)
    data = (prefix + text.getvalue()).encode(encoding)
    if bom: data = ("\ufeff".encode(encoding)) + data
    with open(f"{out}/{name}", "wb") as f: f.write(data)

def first(rows):
    """The header and as many rows as fit in LIMIT bytes (at least one)."""
    kept, size = rows[:2], sum(len(",".join(r)) for r in rows[:2])
    for row in rows[2:]:
        size += len(",".join(row)) + 2
        if size > LIMIT: break
        kept.append(row)
    return kept

tables = ["communes", "communities", "households", "people", "clans", "clanMembers", "units", "staff", "evidence", "results"]
for table in tables:
    write(f"{table}.csv", first(records(f"{src}/{table}.csv")))
people = first(records(f"{src}/people-sc.csv", ";"))
write("people-semicolon.csv", people, delimiter=";")
write("results-semicolon.csv", first(records(f"{src}/results-sc.csv", ";")), delimiter=";")
write("units-nobom.csv", first(records(f"{src}/units-nobom.csv")), bom=False)
households = first(records(f"{src}/households.csv"))
write("households-utf16le-tab.csv", households, delimiter="\t", encoding="utf-16-le")
write("households-utf16be.csv", households[:6], encoding="utf-16-be")
write("communities-lf.csv", first(records(f"{src}/communities.csv")), bom=False, newline="\n")
write("people-sep-line.csv", people[:8], delimiter=";", prefix="sep=;\r\n")
ids = ["id", "householdID", "name", "birthYear", "sex", "targetGroup", "inSchool", "completedUniversalEducation",
       "literate", "studiedThisYear", "goodConduct", "resultsAverageOrBetter", "learningCitizen"]
write("people-column-ids.csv", [ids] + people[1:8], bom=False)
