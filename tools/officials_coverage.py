#!/usr/bin/env python3
"""How much of 2014-01-01 .. today crates/warta-lang/data/xx/officials.tsv covers, per country and office,
for the countries issue 4 names (G20 members, ASEAN, the permanent Security Council members, Ukraine,
Israel, Palestine). "leader" is the head of state or of government, whichever the file has for a day.

    python3 tools/officials_coverage.py [YYYY-MM-DD]
"""
import datetime as dt, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = os.path.join(HERE, "..", "crates", "warta-lang", "data", "xx", "officials.tsv")
G20 = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA".split()
ASEAN = "BRN KHM IDN LAO MYS MMR PHL SGP THA VNM".split()
COUNTRIES = sorted(set(G20 + ASEAN + ["UKR", "ISR", "PSE"]))
OFFICES = {"leader": ("head of state", "head of government"), "foreign": ("foreign minister",), "defence": ("defence minister",)}
start = dt.date(2014, 1, 1)
end = dt.date.fromisoformat(sys.argv[1]) if len(sys.argv) > 1 else dt.date.today()
days = (end - start).days + 1

tenures = {}
for line in open(FILE, encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    c = line.rstrip("\n").split("\t")
    frm = dt.date.fromisoformat(c[4])
    to = end if c[5] in ("", "-") else dt.date.fromisoformat(c[5])
    tenures.setdefault((c[2], c[3]), []).append((frm, to))

def covered(country, roles):
    hit = bytearray(days)
    for r in roles:
        for frm, to in tenures.get((country, r), []):
            a, b = max(frm, start), min(to, end)
            for d in range((a - start).days, (b - start).days + 1):
                if 0 <= d < days:
                    hit[d] = 1
    return sum(hit) / days

print(f"{'country':8}" + "".join(f"{o:>9}" for o in OFFICES))
tot = {o: 0.0 for o in OFFICES}
for c in COUNTRIES:
    row = {o: covered(c, roles) for o, roles in OFFICES.items()}
    for o in OFFICES:
        tot[o] += row[o]
    print(f"{c:8}" + "".join(f"{row[o]:9.2f}" for o in OFFICES))
print(f"{'mean':8}" + "".join(f"{tot[o] / len(COUNTRIES):9.2f}" for o in OFFICES))
