"""Helpers shared by the GeoNames generators (tools/gen_cities.py, tools/gen_en_cities.py)."""
import collections, glob, os, unicodedata
import pycountry


def ascii_fold(s):
    """The name without its accents ("Kraków" -> "Krakow")."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def iso3(countrycode):
    """GeoNames' two-letter country code as ISO 3166 alpha-3 (Kosovo: the user-assigned XKX, as in
    tools/gen_countries.py); None when ISO has none."""
    return {"XK": "XKX"}.get(countrycode) or getattr(pycountry.countries.get(alpha_2=countrycode), "alpha_3", None)


def name_forms(name):
    """The name and its form without accents, once each."""
    out = []
    for n in (name, ascii_fold(name)):
        if n and n not in out:
            out.append(n)
    return out


def ner_first_words(ner_dir):
    """How often each word (lower case) is tagged in persons' names and in places' names in the cased
    Indonesian NER training splits under `ner_dir` (idner-news-2k, IndoLEM NER-UI); empty without a directory."""
    per, loc = collections.Counter(), collections.Counter()
    if not ner_dir:
        return per, loc
    paths = glob.glob(os.path.join(ner_dir, "idner-news-2k", "train*")) + glob.glob(os.path.join(ner_dir, "indolem", "nerui", "train*"))
    for path in paths:
        for line in open(path, encoding="utf-8", errors="replace"):
            cols = line.rstrip("\n").replace("\t", " ").split(" ")
            if len(cols) >= 2 and cols[0]:
                tag = cols[-1]
                if tag.endswith("PER") or tag.endswith("PERSON"):
                    per[cols[0].lower()] += 1
                elif tag.endswith("LOC") or tag.endswith("LOCATION") or tag.endswith("GPE"):
                    loc[cols[0].lower()] += 1
    return per, loc
