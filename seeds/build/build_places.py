#!/usr/bin/env python3
"""Derive the place seeds (seeds/places/*.csv) from the shared data set.

Usage (from the repository root):  python3 seeds/build/build_places.py ../shared/data

Reads <data>/places/{geonames_places_nl_de_be,postal_codes_nl_de_be,nuts3_2021_nl_de_be,
euregio_working_areas_nuts3}.csv and writes trimmed, deterministic CSVs (UTF-8, LF, header row):

  seeds/places/places.csv        geonameid,name,country,lat,lon,population,nuts3,feature,names
  seeds/places/postal_codes.csv  country,postal_code,place,lat,lon
  seeds/places/nuts3.csv         code,name,country
  seeds/places/euregios.csv      euregio,nuts3,coverage,note

`names` keeps the alternate names useful for matching in nl/de/fr/en (see keep_alternate) and drops
other-language romanisations, administrative labels and duplicates, so that the file stays small.
Euregio rows without a NUTS-3 code in the source (EUREGIO's Dutch part and BENEGO, which the source names only
by province) are mapped to NUTS-3 regions by the table NUTS3_FOR_PROVINCE_ROWS below (documented in seeds/README.md).
"""
import csv
import os
import re
import sys
import unicodedata

EUREGIO_IDS = {
    'Ems Dollart Region (EDR)': 'ems-dollart',
    'EUREGIO': 'euregio',
    'Euregio Rhein-Waal': 'rhein-waal',
    'Euregio Rhein-Maas-Nord': 'rhein-maas-nord',
    'Euregio Maas-Rhein': 'maas-rijn',
    'Euregio Scheldemond': 'scheldemond',
    'BENEGO (Belgisch-Nederlands Grensoverleg)': 'benego',
}

# Source rows naming only a (part of a) province, mapped to the NUTS-3 (COROP / arrondissement) regions holding
# the member municipalities. All are approximations and are marked 'partial'.
NUTS3_FOR_PROVINCE_ROWS = {
    ('euregio', 'Gelderland (part)'): [('NL225', 'Achterhoek municipalities')],
    ('euregio', 'Overijssel (part)'): [('NL213', 'Twente municipalities'),
                                       ('NL211', 'Hardenberg, Ommen, Dalfsen area')],
    ('euregio', 'Drenthe (part)'): [('NL133', 'Coevorden, Emmen area (Zuidoost-Drenthe)')],
    ('benego', 'Provincie Antwerpen (border gemeenten)'): [('BE211', 'northern border municipalities of Arr. Antwerpen'),
                                                           ('BE213', 'border municipalities of Arr. Turnhout')],
    ('benego', 'Noord-Brabant (border gemeenten)'): [('NL411', 'border municipalities of West-Noord-Brabant'),
                                                     ('NL412', 'border municipalities of Midden-Noord-Brabant'),
                                                     ('NL414', 'border municipalities of Zuidoost-Noord-Brabant')],
}

# GeoNames gives a few large places their English name; show the local name (the English one stays an alternate).
DISPLAY_NAMES = {'2800866': 'Brussel', '2747373': 'Den Haag', '2867714': 'München', '2789786': 'Oostende'}

# Alternate names that equal another place's own name are dropped (GeoNames lists romanisations such as "Leck" for
# Liège, "Verl" for Werl, "Lier" for Leer), except short forms ("Halle" for Halle (Saale)) and these real nl/de/fr
# exonyms, which follow the usual rule (country, then larger place).
COLLIDING_EXONYMS = {('3247449', 'aken'), ('2790869', 'bergen'), ('2798139', 'vorst')}

ALLOWED = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿŒœ][A-Za-zÀ-ÖØ-öø-ÿŒœ' ’.\-()/]*$")
JUNK = re.compile(r"Lungsod|Kota |Citt[aà] |City of|Kreisfreie Stadt|Gemeente |Municipality|Commune |Stadt |"
                  r"Provinz|Provincia|Comune|Gmina", re.IGNORECASE)


def keep_alternate(alt, name):
    if alt == name or not (2 <= len(alt) <= 40):
        return False
    if alt.startswith(("'s", "’s", "'t", "’t")):
        return True
    if not ALLOWED.match(alt) or not alt[0].isupper():
        return False
    return not JUNK.search(alt)


def fold(text):
    text = unicodedata.normalize('NFD', text.lower().replace('ß', 'ss'))
    text = ''.join(c for c in text if unicodedata.category(c) != 'Mn')
    return ' '.join(''.join(c if c.isalnum() else ' ' for c in text).split())


def is_short_form(alt, name):
    return fold(name).startswith(fold(alt) + ' ')


def read(path):
    with open(path, encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f))


def write(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(header)
        w.writerows(rows)
    print(f'{path}: {len(rows)} rows, {os.path.getsize(path)} bytes')


def main(data, out):
    places_dir = os.path.join(data, 'places')
    source = read(os.path.join(places_dir, 'geonames_places_nl_de_be.csv'))
    primary = {}
    for r in source:
        primary.setdefault(fold(r['name']), set()).add(r['geonameid'])
    rows = []
    for r in source:
        name = DISPLAY_NAMES.get(r['geonameid'], r['name'])
        seen = {name.casefold()}
        names = []
        candidates = [r['name'], r['asciiname']] + [a for a in r['alternatenames_latin'].split('|') if a]
        for alt in candidates:
            key = alt.casefold()
            others = primary.get(fold(alt), set()) - {r['geonameid']}
            if others and not is_short_form(alt, name) and (r['geonameid'], fold(alt)) not in COLLIDING_EXONYMS:
                continue
            if key not in seen and keep_alternate(alt, name):
                seen.add(key)
                names.append(alt)
        rows.append([r['geonameid'], name, r['country_code'], r['latitude'], r['longitude'],
                     r['population'] or '0', r['nuts3_2021'], r['feature_code'], '|'.join(names)])
    rows.sort(key=lambda x: (x[2], x[1], int(x[0])))
    write(os.path.join(out, 'places', 'places.csv'),
          ['geonameid', 'name', 'country', 'lat', 'lon', 'population', 'nuts3', 'feature', 'names'], rows)

    postal = [[r['country_code'], r['postal_code'], r['place_name'], r['latitude'], r['longitude']]
              for r in read(os.path.join(places_dir, 'postal_codes_nl_de_be.csv'))]
    write(os.path.join(out, 'places', 'postal_codes.csv'), ['country', 'postal_code', 'place', 'lat', 'lon'], postal)

    nuts = [[r['nuts3_2021'], r['nuts_name'], r['country_code']]
            for r in read(os.path.join(places_dir, 'nuts3_2021_nl_de_be.csv'))]
    write(os.path.join(out, 'places', 'nuts3.csv'), ['code', 'name', 'country'], nuts)
    known_nuts = {n[0] for n in nuts}

    euregios = []
    for r in read(os.path.join(places_dir, 'euregio_working_areas_nuts3.csv')):
        eid = EUREGIO_IDS[r['euregio']]
        if r['nuts3_2021']:
            euregios.append([eid, r['nuts3_2021'], r['coverage'], r['area_name']])
        else:
            for code, note in NUTS3_FOR_PROVINCE_ROWS[(eid, r['area_name'])]:
                euregios.append([eid, code, 'partial', f"{r['area_name']}: {note} (mapped by build_places.py)"])
    for e in euregios:
        if e[1] not in known_nuts:
            sys.exit(f'unknown NUTS-3 code {e[1]} for {e[0]}')
    unique = {(e[0], e[1]): e for e in euregios}
    write(os.path.join(out, 'places', 'euregios.csv'), ['euregio', 'nuts3', 'coverage', 'note'],
          sorted(unique.values(), key=lambda e: (list(EUREGIO_IDS.values()).index(e[0]), e[1])))


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit('usage: python3 seeds/build/build_places.py <shared data directory>')
    main(sys.argv[1], os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
