#!/usr/bin/env python3
"""Derive seeds/esco/*.csv from ../shared/data/esco (see seeds/README.md).

Run from the repository root:  python3 seeds/build/build_esco.py ../shared/data
"""
import csv
import sys
from pathlib import Path

src = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data") / "esco"
out = Path(__file__).resolve().parent.parent / "esco"
out.mkdir(exist_ok=True)

regulated = {}
with open(src / "occupations_nl_v1.2.0.csv", encoding="utf-8", newline="") as f:
    for row in csv.DictReader(f):
        regulated[row["conceptUri"]] = "1" if row["regulatedProfession"] == "regulated" else "0"

langs = ["nl", "de", "fr", "en"]
with open(src / "occupations_labels_multilingual.csv", encoding="utf-8", newline="") as f, \
        open(out / "occupations.csv", "w", encoding="utf-8", newline="") as o:
    w = csv.writer(o, lineterminator="\n")
    w.writerow(["conceptUri", "isco", "escoRegulated"] + [f"{k}_{l}" for l in langs for k in ("pref", "alt")])
    rows = sorted(csv.DictReader(f), key=lambda r: r["conceptUri"])
    kept = 0
    for r in rows:
        if not r["iscoGroup"]:
            continue  # one concept ("contact tracing agent") has no ISCO group: it cannot be linked usefully
        w.writerow([r["conceptUri"], r["iscoGroup"], regulated.get(r["conceptUri"], "0")]
                   + [r[f"{k}_{l}"] for l in langs for k in ("pref", "alt")])
        kept += 1
    print(f"occupations.csv: {kept} concepts")

with open(src / "isco08_groups_multilingual.csv", encoding="utf-8", newline="") as f, \
        open(out / "isco_groups.csv", "w", encoding="utf-8", newline="") as o:
    w = csv.writer(o, lineterminator="\n")
    w.writerow(["isco", "level", "parent", "label_nl", "label_de", "label_fr", "label_en"])
    rows = sorted(csv.DictReader(f), key=lambda r: r["iscoCode"])
    for r in rows:
        w.writerow([r["iscoCode"], r["level"], r["parentCode"], r["label_nl"], r["label_de"], r["label_fr"], r["label_en"]])
    print(f"isco_groups.csv: {len(rows)} groups")
