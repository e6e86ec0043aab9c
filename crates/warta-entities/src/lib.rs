//! warta-entities: countries, places, organisations and people, linked and given roles.
//!
//! Precise rules first: gazetteer names (countries from CLDR, places, organisations, office
//! holders from `xx/officials.tsv`) matched with one Aho-Corasick automaton per language; then
//! title phrases ("Menteri Luar Negeri Jepang", "French Defence Minister") that name a role,
//! a country and often a person after them; a role without a name resolves through the
//! officials table at the document date. Last, surname coreference ("Yamada" after
//! "Taro Yamada") and bare titles ("Menteri") that point back to the last holder.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};
use warta_core::{fold, Doc, DocError, EntityType, Facet, Role, Span, Stage, TokenKind};
use warta_lang::{Lang, Official};

pub struct EntityStage;

/// One thing the gazetteer knows.
#[derive(Debug, Clone)]
pub struct Known {
    pub id: String,
    pub name: String,
    pub etype: EntityType,
    pub country: Option<String>,
    pub sector: Option<String>,
    /// Tenures (role, country, from, to) for office holders.
    pub tenures: Vec<(String, String, String, String)>,
    /// Codes that hold only for a time (from dictionaries laid over the language).
    pub dated: Vec<warta_lang::DatedCode>,
    /// An institution every state has under this name (`GazEntry::national`).
    pub national: bool,
    /// An institution with a unit in every province or town (`GazEntry::regional`).
    pub regional: bool,
}

pub struct Gazetteer {
    ac: AhoCorasick,
    /// per pattern: (index into `known`, the name is an acronym that must match case exactly, the name)
    pats: Vec<(usize, bool, String)>,
    pub known: Vec<Known>,
    /// (role, country) → office holders, for resolving "Menteri Pertahanan Rusia" by date
    pub holders: HashMap<(String, String), Vec<usize>>,
    /// The language's titles by their first word, longest first (built once, not per document).
    pub titles: warta_lang::WordMap<Vec<warta_lang::Title>>,
    /// Words after a hyphen that keep a country name a participant ("-flagged", "-owned").
    pub country_suffixes: std::collections::HashSet<String>,
    /// endings that make a country's adjective its people ("Afghan" → "Afghans": function-word class
    /// `demonym_plural`, with the hyphen)
    pub demonym_plurals: Vec<String>,
    /// per pattern: whether it is a country's adjective (the language's `demonym_ending`)
    demonym_pat: Vec<bool>,
    /// per pattern: a place named by a common word of the language (`GazEntry::guarded`), kept only next to its
    /// country's name
    guarded_pat: Vec<bool>,
    /// country (ISO3) → the gazetteer's row of its capital city (`xx/capitals.tsv`, by name)
    pub capitals: HashMap<String, usize>,
}

fn slug(s: &str) -> String {
    let f = fold(s);
    let mut out = String::new();
    for c in f.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

/// A name's initials written the other way, with or without spaces between them ("R. K. Wibowo" and
/// "R.K. Wibowo"); none when it has no run of two initials or more.
fn initials_variant(name: &str) -> Option<String> {
    let initial = |w: &str| w.len() == 2 && w.ends_with('.') && w.starts_with(|c: char| c.is_uppercase());
    let words: Vec<&str> = name.split(' ').collect();
    let mut out: Vec<String> = vec![];
    let mut changed = false;
    let mut k = 0;
    while k < words.len() {
        if initial(words[k]) && words.get(k + 1).is_some_and(|w| initial(w)) {
            let mut joined = String::new();
            while k < words.len() && initial(words[k]) {
                joined.push_str(words[k]);
                k += 1;
            }
            out.push(joined);
            changed = true;
        } else if words[k].len() >= 4 && words[k].len() % 2 == 0 && words[k].as_bytes().chunks(2).all(|c| c[1] == b'.' && c[0].is_ascii_uppercase()) {
            out.push(words[k].as_bytes().chunks(2).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" "));
            changed = true;
            k += 1;
        } else {
            out.push(words[k].to_string());
            k += 1;
        }
    }
    changed.then(|| out.join(" "))
}

fn is_acronym(name: &str) -> bool {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && letters.len() <= 6 && letters.iter().all(|c| c.is_uppercase())
}

impl Gazetteer {
    pub fn build(lang: &Lang) -> Gazetteer {
        let mut known: Vec<Known> = vec![];
        let mut by_id: HashMap<String, usize> = HashMap::new();
        let mut pats: Vec<(usize, bool, String)> = vec![];
        let mut add = |k: Known, names: Vec<String>, known: &mut Vec<Known>, by_id: &mut HashMap<String, usize>| {
            let idx = *by_id.entry(k.id.clone()).or_insert_with(|| {
                known.push(k.clone());
                known.len() - 1
            });
            if !k.tenures.is_empty() && known[idx].tenures != k.tenures {
                for t in k.tenures {
                    if !known[idx].tenures.contains(&t) {
                        known[idx].tenures.push(t);
                    }
                }
            }
            for n in names {
                if n.chars().count() >= 2 {
                    // (initials are written with and without spaces: "R. K. Wibowo", "R.K. Wibowo")
                    if let Some(v) = initials_variant(&n) {
                        pats.push((idx, false, v));
                    }
                    pats.push((idx, is_acronym(&n), n));
                }
            }
        };
        for g in &lang.gazetteer {
            let etype = EntityType::parse(&g.etype).unwrap_or(EntityType::Org);
            let k = Known { id: g.id.clone(), name: g.names.first().cloned().unwrap_or_default(), etype, country: g.country.clone(), sector: g.sector.clone(), tenures: vec![], dated: g.dated.clone(), national: g.national, regional: g.regional };
            add(k, g.names.clone(), &mut known, &mut by_id);
        }
        let mut officials: Vec<&Official> = lang.officials.iter().collect();
        officials.sort_by(|a, b| a.name.cmp(&b.name));
        for o in officials {
            let id = o.wikidata.clone().unwrap_or_else(|| format!("local:person:{}", slug(&o.name)));
            let k = Known {
                id,
                name: o.name.clone(),
                etype: EntityType::Person,
                country: Some(o.country.clone()),
                sector: Some("GOV".into()),
                tenures: vec![(o.role.clone(), o.country.clone(), o.from.clone(), o.to.clone())],
                dated: vec![],
                national: false,
                regional: false,
            };
            let mut names = vec![o.name.clone()];
            names.extend(o.aliases.iter().cloned());
            add(k, names, &mut known, &mut by_id);
        }
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            // (searched only at the starts of words, see `find`)
            .start_kind(aho_corasick::StartKind::Anchored)
            .ascii_case_insensitive(false)
            .build(pats.iter().map(|(_, _, n)| lower_same_len(n)))
            .expect("gazetteer automaton");
        let mut holders: HashMap<(String, String), Vec<usize>> = HashMap::new();
        for (i, k) in known.iter().enumerate() {
            for (role, country, _, _) in &k.tenures {
                let v = holders.entry((role.clone(), country.clone())).or_default();
                if !v.contains(&i) {
                    v.push(i);
                }
            }
        }
        let mut titles: warta_lang::WordMap<Vec<warta_lang::Title>> = Default::default();
        for t in &lang.titles {
            if let Some(f) = t.phrase.first() {
                titles.entry(f.clone()).or_default().push(t.clone());
            }
        }
        for v in titles.values_mut() {
            v.sort_by_key(|t| std::cmp::Reverse(t.phrase.len()));
        }
        let country_suffixes = lang.function_words.iter().filter(|(_, c)| c.as_str() == "country_suffix").map(|(w, _)| w.clone()).collect();
        let demonym_plurals = lang.function_word_classes.iter().filter(|(_, c)| c.iter().any(|c| c == "demonym_plural")).filter_map(|(w, _)| w.strip_prefix('-').map(str::to_string)).collect();
        let demonym_pat = pats.iter().map(|(i, acronym, name)| !*acronym && known[*i].etype == EntityType::Country && !name.contains(' ') && lang.demonym_form(&name.to_lowercase())).collect();
        let guarded_names: std::collections::HashSet<String> = lang.gazetteer.iter().filter(|g| g.guarded).flat_map(|g| g.names.iter().map(|n| n.to_lowercase())).collect();
        let guarded_pat = pats.iter().map(|(_, _, n)| guarded_names.contains(&n.to_lowercase())).collect();
        // (one pass over the names: a city's name that folds to its country's capital, the first such row)
        let capital_names: HashMap<&str, String> = lang.capitals.iter().map(|(c, n)| (c.as_str(), fold(n))).collect();
        let mut capitals: HashMap<String, usize> = HashMap::new();
        for (i, _, n) in &pats {
            let Some(country) = known[*i].country.as_deref().filter(|_| known[*i].etype == EntityType::City) else { continue };
            if !capitals.contains_key(country) && capital_names.get(country).is_some_and(|c| *c == fold(n)) {
                capitals.insert(country.to_string(), *i);
            }
        }
        Gazetteer { ac, pats, known, holders, titles, country_suffixes, demonym_plurals, demonym_pat, guarded_pat, capitals }
    }

    /// Non-overlapping gazetteer hits on word boundaries, with case rules applied.
    pub fn find(&self, text: &str, lower: &str) -> Vec<(Span, usize)> {
        let mut out = vec![];
        let mut guarded = vec![];
        // (the longest name starting at each start of a word — after no letter or digit, at a capital or a sign —, one
        // match after another; a name written in lower case is no name, and the words inside it are searched on their
        // own: "kapal penjaga pantai China" holds the country, though "Penjaga Pantai China" is a body)
        // (anchored searches at those starts only: an unanchored pass over every byte cost more, and a match inside a
        // word that ran on into the next hid a name starting there)
        let mut pos = 0;
        let mut prev: Option<char> = None;
        for (s, c) in text.char_indices() {
            let word_start = !prev.is_some_and(|p| p.is_alphanumeric());
            prev = Some(c);
            if s < pos || !word_start || c.is_whitespace() || (c.is_alphabetic() && !c.is_uppercase()) {
                continue;
            }
            let Some(m) = self.ac.find(aho_corasick::Input::new(lower).span(s..lower.len()).anchored(aho_corasick::Anchored::Yes)) else { continue };
            let e = m.end();
            pos = e;
            let before = text[..s].chars().next_back();
            // "Russia-Ukraine", "Chinese-made" are not the country as a participant; "Vietnamese-flagged
            // boats" are that country's (the language's `country_suffix` words)
            let owned = || {
                let rest = &lower[e + 1..];
                let w = &rest[..rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len())];
                self.country_suffixes.contains(w)
            };
            let (idx, acronym, name) = &self.pats[m.pattern().as_usize()];
            // "dozens of Afghans": a country's adjective with a plural ending is its people
            let plural = self.demonym_pat[m.pattern().as_usize()].then(|| self.demonym_plurals.iter().find(|p| lower[e..].starts_with(p.as_str()) && !lower[e + p.len()..].starts_with(|c: char| c.is_alphanumeric()))).flatten();
            let e = e + plural.map_or(0, |p| p.len());
            let after = text[e..].chars().next();
            if before.is_some_and(|c| c.is_alphanumeric()) || after.is_some_and(|c| c.is_alphanumeric() || c == '-' && text[e + 1..].starts_with(|c: char| c.is_alphanumeric()) && !owned()) {
                continue;
            }
            let surface = &text[s..e];
            if *acronym && surface != name {
                continue;
            }
            out.push((Span::new(s, e), *idx));
            guarded.push(self.guarded_pat[m.pattern().as_usize()]);
        }
        // a place named by a common word stands only next to its country's name, set off by a comma: "ke Lima, Peru",
        // "ibu kota Peru, Lima"
        if guarded.iter().any(|&g| g) {
            let country_at = |k: usize| out.get(k).map(|(_, i): &(Span, usize)| &self.known[*i]).filter(|x| x.etype == EntityType::Country).and_then(|x| x.country.clone());
            let keep: Vec<bool> = (0..out.len())
                .map(|k| {
                    if !guarded[k] {
                        return true;
                    }
                    let (sp, i) = &out[k];
                    let c = self.known[*i].country.clone();
                    let next = k + 1 < out.len() && text[sp.end..out[k + 1].0.start].trim() == "," && country_at(k + 1).is_some() && country_at(k + 1) == c;
                    let prev = k > 0 && text[out[k - 1].0.end..sp.start].trim() == "," && country_at(k - 1).is_some() && country_at(k - 1) == c;
                    next || prev
                })
                .collect();
            let mut k = 0;
            out.retain(|_| {
                k += 1;
                keep[k - 1]
            });
        }
        out
    }
}

/// Lowercase without changing any char's byte length, so offsets stay valid.
pub fn lower_same_len(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        // (ASCII, most of a body, without the case-mapping iterator)
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            (Some(x), None) if x.len_utf8() == c.len_utf8() => out.push(x),
            _ => out.push(c),
        }
    }
    out
}

/// The gazetteer of a language, built once.
pub fn gazetteer(code: &str) -> Result<&'static Gazetteer, DocError> {
    static G: OnceLock<Mutex<HashMap<String, &'static Gazetteer>>> = OnceLock::new();
    let m = G.get_or_init(|| Mutex::new(HashMap::new()));
    let mut m = m.lock().map_err(|_| DocError::new("internal", "gazetteer lock poisoned"))?;
    if let Some(g) = m.get(code) {
        return Ok(g);
    }
    let lang = warta_lang::lang(code).map_err(|e| DocError::new("language", e.to_string()))?;
    let g: &'static Gazetteer = Box::leak(Box::new(Gazetteer::build(lang)));
    m.insert(code.to_string(), g);
    Ok(g)
}

/// Roles a known person holds on `date` (ISO), or their latest when no date is known.
pub fn roles_at(k: &Known, date: Option<&str>) -> Vec<Role> {
    let mut v: Vec<&(String, String, String, String)> = match date {
        Some(d) => k.tenures.iter().filter(|(_, _, from, to)| from.as_str() <= d && (to.is_empty() || d < to.as_str())).collect(),
        None => k.tenures.iter().filter(|t| t.3.is_empty()).collect(),
    };
    v.dedup();
    v.into_iter().map(|(r, c, _, _)| Role { role: r.clone(), country: Some(c.clone()) }).collect()
}

/// The gazetteer an NER model is trained and used with: the Indonesian and English language data
/// and the shared data (countries, places, organisations, role titles, words that open an
/// organisation's name), with or without the cities generated from GeoNames (`xx/cities.tsv`).
/// Which one suits a corpus is decided on its dev split (`tools/train-ner.sh`).
pub fn ner_gazetteer(with_cities: bool) -> &'static warta_ner::Gazetteer {
    static BASE: OnceLock<warta_ner::Gazetteer> = OnceLock::new();
    static CITIES: OnceLock<warta_ner::Gazetteer> = OnceLock::new();
    let build = move || {
        let mut g = warta_ner::Gazetteer::default();
        for code in ["id", "en"] {
            let Ok(l) = warta_lang::lang(code) else { continue };
            for e in &l.gazetteer {
                if !with_cities && e.id.starts_with("geonames:") {
                    continue;
                }
                // (nor a province or state abroad of ids `local:province:` — Canada's, Australia's — added for English
                // news: with them NERGrit valid fell 0.739 -> 0.736, with their one-word names only 0.735, and leaving out
                // every region abroad 0.729; without them the models are byte for byte today's; 2026-12-04)
                if e.id.starts_with("local:province:") || !e.tagger_feature {
                    continue;
                }
                let class = match e.etype.as_str() {
                    "PERSON" => "PER",
                    "COUNTRY" | "CITY" | "REGION" | "PLACE" | "CONTINENT" => "LOC",
                    _ => "ORG",
                };
                // (not a country's nickname, "Negeri Paman Sam": with them the models fell on the splits they are
                // chosen on, NERGrit valid 0.739 -> 0.727, and were byte for byte today's without them; 2026-12-04)
                for n in e.names.iter().filter(|n| !n.to_lowercase().starts_with("negeri ")) {
                    // a country's adjective or people ("Peruvian", "Danes"): its own class, as the
                    // corpora do not tag them as places (language data: function-word class `demonym_ending`)
                    let demonym = e.etype == "COUNTRY" && !n.contains(' ') && {
                        let w = n.to_lowercase();
                        l.demonym_form(&w)
                    };
                    g.add(n, if demonym { "NAT" } else { class });
                }
            }
            // (not a title of any kind of body, sector ORG, "direktur": as a gazetteer feature it lowered all three
            // models on the splits they are chosen on, idner-news-2k dev 0.842 -> 0.839, NERGrit valid 0.741 ->
            // 0.734, NERP valid 0.779 -> 0.776; 2026-12-04)
            for t in l.titles.iter().filter(|t| t.sector != "ORG" && t.tagger_feature) {
                g.add(&t.phrase.join(" "), "TITLE");
            }
            for w in &l.org_words {
                g.add(w, "ORGW");
            }
        }
        g
    };
    if with_cities {
        CITIES.get_or_init(build)
    } else {
        BASE.get_or_init(build)
    }
}

/// The statistical tagger a language's pipeline uses: a compiled-in model marked for it, its
/// gazetteer and its word statistics, loaded once.
pub struct Tagger {
    pub model: warta_ner::Model,
    pub gazetteer: &'static warta_ner::Gazetteer,
    pub words: warta_ner::WordStats,
}

pub fn pipeline_tagger(code: &str) -> Option<&'static Tagger> {
    static TAGGERS: OnceLock<Mutex<HashMap<String, Option<&'static Tagger>>>> = OnceLock::new();
    let p = warta_ner::PRETRAINED.iter().find(|p| p.pipeline_lang == Some(code))?;
    let mut m = TAGGERS.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    *m.entry(code.to_string()).or_insert_with(|| {
        let mut model = warta_ner::Model::read(p.bytes).ok()?;
        model.freeze();
        let words = p.words.map(warta_ner::WordStats::parse).unwrap_or_default();
        Some(&*Box::leak(Box::new(Tagger { model, gazetteer: ner_gazetteer(p.cities), words })))
    })
}

mod resolve;
pub use resolve::resolve_entities;

impl Stage for EntityStage {
    fn name(&self) -> &'static str {
        "entities"
    }
    fn requires(&self) -> &'static [Facet] {
        &[Facet::Tokens, Facet::Language, Facet::DocDate]
    }
    fn assigns(&self) -> &'static [Facet] {
        &[Facet::Entities]
    }
    fn process(&self, doc: &mut Doc) -> Result<(), DocError> {
        let code = doc.language.clone().unwrap_or_else(|| "en".into());
        let lang = warta_lang::lang(&code).map_err(|e| DocError::new("language", e.to_string()))?;
        let gaz = gazetteer(&code)?;
        let (entities, home) = resolve_entities(doc, lang, gaz, pipeline_tagger(&code));
        doc.entities = entities;
        doc.home_country = home;
        Ok(())
    }
}

pub(crate) fn is_name_token(t: &warta_core::Token) -> bool {
    t.kind == TokenKind::Word && t.cap && t.lower.chars().count() >= 2
}

#[cfg(test)]
mod tests;
