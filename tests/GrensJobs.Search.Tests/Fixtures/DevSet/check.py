#!/usr/bin/env python3
"""Validate the dev set: ids exist, 2-10 relevant per query, relevant/decoys disjoint,
relevant vacancies inside radius (postal-code coordinates from seeds/places) and country filter.
Run from the repository root: python3 tests/GrensJobs.Search.Tests/Fixtures/DevSet/check.py"""
import csv, json, math, os, sys
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, '..', '..', '..', '..'))
vac = {}
for n, line in enumerate(open(os.path.join(here, 'vacancies.jsonl'), encoding='utf-8'), 1):
    v = json.loads(line)
    assert v['id'] not in vac, f"line {n}: duplicate id {v['id']}"
    assert 400 <= len(v['description']) <= 1500, f"line {n}: description length {len(v['description'])}"
    vac[v['id']] = v
pc = {}
for r in csv.DictReader(open(os.path.join(root, 'seeds/places/postal_codes.csv'), encoding='utf-8')):
    pc.setdefault((r['country'], r['postal_code']), (float(r['lat']), float(r['lon'])))
places = {}
for r in csv.DictReader(open(os.path.join(root, 'seeds/places/places.csv'), encoding='utf-8')):
    for nm in [r['name']] + r['names'].split('|'):
        if nm:
            cand = (int(r['population'] or 0), float(r['lat']), float(r['lon']))
            places[nm.lower()] = max(places.get(nm.lower(), cand), cand)
def where(near):
    if near.isdigit():
        return next(xy for (c, p), xy in pc.items() if p == near)
    return places[near.lower()][1:]
def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))
errors = 0
queries = [json.loads(l) for l in open(os.path.join(here, 'queries.jsonl'), encoding='utf-8')]
for q in queries:
    rel, dec = q['relevant'], q.get('decoys', [])
    problems = [f"unknown id {i}" for i in rel + dec if i not in vac]
    if not 2 <= len(rel) <= 10: problems.append(f"{len(rel)} relevant")
    if set(rel) & set(dec): problems.append("relevant and decoys overlap")
    for i in rel:
        if i not in vac: continue
        loc = vac[i]['location']
        if 'country' in q and loc['country'] not in q['country'].split(','):
            problems.append(f"{i} country {loc['country']}")
        if 'near' in q:
            d = km(where(q['near']), pc[(loc['country'], loc['postalCode'])])
            if d > q['radiusKm']: problems.append(f"{i} {loc['place']} at {d:.1f} km > {q['radiusKm']}")
    for p in problems:
        errors += 1; print(f"{q['id']} ({q['query']}): {p}")
print(f"{len(vac)} vacancies, {len(queries)} queries, {errors} problems")
sys.exit(1 if errors else 0)
