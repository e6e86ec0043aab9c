//! From gazetteer hits and title phrases to linked entities with mentions.

use crate::{is_name_token, lower_same_len, roles_at, slug, Gazetteer, Known};
use std::collections::HashMap;
use warta_core::{fold, Doc, Entity, EntityType, Mention, Role, Span, TokenKind};
use rustc_hash::FxHashMap;
use warta_lang::Lang;

struct Builder<'a> {
    doc: &'a Doc,
    ents: Vec<Entity>,
    by_id: HashMap<String, usize>,
}

impl Builder<'_> {
    fn entity(&mut self, id: &str, make: impl FnOnce() -> Entity) -> usize {
        if let Some(&i) = self.by_id.get(id) {
            return i;
        }
        self.ents.push(make());
        self.by_id.insert(id.to_string(), self.ents.len() - 1);
        self.ents.len() - 1
    }
    fn mention(&mut self, i: usize, span: Span) {
        // (a span the rules got wrong is dropped, never a panic)
        let Some(text) = self.doc.body.get(span.start..span.end).map(str::to_string) else { return };
        let ms = &mut self.ents[i].mentions;
        if !ms.iter().any(|m| m.start == span.start && m.end == span.end) {
            ms.push(Mention { start: span.start, end: span.end, text });
        }
    }
    fn add_role(&mut self, i: usize, role: Role) {
        if !self.ents[i].roles.contains(&role) {
            self.ents[i].roles.push(role);
        }
    }
}

fn known_entity(k: &Known, dct: Option<&str>) -> Entity {
    let roles = roles_at(k, dct);
    // a code that holds on the document's date replaces the default one
    let (country, sector) = match dct.and_then(|d| k.dated.iter().find(|c| c.holds_on(d))) {
        Some(c) => (c.country.clone(), c.sector.clone()),
        None => (k.country.clone(), k.sector.clone()),
    };
    // (an office holder out of office on the document's date holds no sector by it: "opposition leader X" years
    // before X led the government is the opposition's, as the text's title says)
    let sector = if dct.is_some() && !k.tenures.is_empty() && roles.is_empty() { None } else { sector };
    Entity { id: k.id.clone(), name: k.name.clone(), etype: k.etype, country: roles.first().and_then(|r| r.country.clone()).or(country), roles, sector, mentions: vec![] }
}

/// Find the office holder of `role` in `country` on `date`.
fn holder<'g>(gaz: &'g Gazetteer, role: &str, country: &str, date: Option<&str>) -> Option<&'g Known> {
    let ids = gaz.holders.get(&(role.to_string(), country.to_string()))?;
    ids.iter().map(|&i| &gaz.known[i]).find(|k| roles_at(k, date).iter().any(|r| r.role == role && r.country.as_deref() == Some(country)))
}

/// The office holder the officials table names by the first and last words of `name` ("Retno LP Marsudi" is the table's
/// "Retno Marsudi"), in an office the title fits on `date` (the first by id when two would).
fn named_holder<'g>(gaz: &'g Gazetteer, name: &str, title_role: &str, date: Option<&str>) -> Option<&'g Known> {
    let words: Vec<String> = name.split_whitespace().map(fold).collect();
    if words.len() < 2 {
        return None;
    }
    gaz.holders
        .iter()
        .filter(|((role, _), _)| role_fits(title_role, role))
        .flat_map(|(_, ids)| ids.iter().map(|&i| &gaz.known[i]))
        .filter(|k| {
            let kw: Vec<String> = k.name.split_whitespace().map(fold).collect();
            kw.len() >= 2 && kw.first() == words.first() && kw.last() == words.last() && roles_at(k, date).iter().any(|r| role_fits(title_role, &r.role))
        })
        .min_by(|a, b| a.id.cmp(&b.id))
}

/// Does a bare title ("Menteri", "the minister") fit a role an earlier person holds?
fn role_fits(title_role: &str, role: &str) -> bool {
    title_role == role || (title_role == "minister" && role.contains("minister")) || (title_role == "leader" && top_office(role))
}

/// The role a title gives when nothing in the story tells more: a state's leader is its head of state.
fn office_role(title_role: &str) -> &str {
    if title_role == "leader" { "head of state" } else { title_role }
}

/// A state's top office: its head of state or of government.
fn top_office(role: &str) -> bool {
    matches!(role, "head of state" | "head of government")
}

/// The country of a dateline: a place named before the dash that opens the first paragraph
/// ("JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta -", "LAGOS, Nigeria (AP) —").
fn dateline_country(doc: &Doc, hits: &[(Span, usize)], gaz: &Gazetteer) -> Option<String> {
    let first = doc.sentences.first()?;
    let r = doc.sentence_tokens(0);
    let t = &doc.tokens[r.clone()];
    // "Liputan6.com, Jakarta Komando …": an outlet's domain, a comma, then the place (the dash lost)
    let domain = t.len() > 4 && t[1].lower == "." && matches!(t[2].lower.as_str(), "com" | "co" | "id" | "net" | "org") && t[3].lower == ",";
    let dash_at = match (doc.dateline_dash(), domain) {
        (Some(d), _) => doc.tokens[d].span.start,
        (None, true) => t.get(7).map(|x| x.span.start).unwrap_or(first.span.end),
        (None, false) => return None,
    };
    hits.iter()
        .filter(|(s, _)| s.start >= first.span.start && s.end <= dash_at)
        .map(|(_, k)| &gaz.known[*k])
        // (a regency or province too: "Bintan (ANTARA) -")
        .find(|k| matches!(k.etype, EntityType::City | EntityType::Country | EntityType::Region))
        .and_then(|k| k.country.clone())
}

/// The country of the first town or province the lead paragraph names ("Nabire - Unjuk rasa … di
/// Nabire, Papua Tengah"), for stories with no dateline, headline country or national institution
/// (a story of several paragraphs: one sentence alone has no lead to tell its home by).
fn lead_place_country(doc: &Doc, hits: &[(Span, usize)], gaz: &Gazetteer) -> Option<String> {
    let first = doc.sentences.first()?;
    if doc.sentences.iter().all(|s| s.paragraph == first.paragraph) {
        return None;
    }
    let end = lead_end(doc)?;
    hits.iter()
        .filter(|(s, _)| s.start >= first.span.start && s.end <= end)
        .map(|(_, k)| &gaz.known[*k])
        .find(|k| matches!(k.etype, EntityType::City | EntityType::Region))
        .and_then(|k| k.country.clone())
}

/// Where the lead paragraph (the body's first) ends.
fn lead_end(doc: &Doc) -> Option<usize> {
    let para = doc.sentences.first()?.paragraph;
    Some(doc.sentences.iter().take_while(|s| s.paragraph == para).last()?.span.end)
}

/// The country of the first national institution the lead paragraph names ("… Antiteror Polri"),
/// for stories with neither a dateline nor a country in the headline.
fn lead_country(doc: &Doc, hits: &[(Span, usize)], gaz: &Gazetteer) -> Option<String> {
    // a story, not a lone sentence: a sentence has no lead
    if doc.sentences.last().map_or(0, |s| s.paragraph) < 2 {
        return None;
    }
    let lead_end = lead_end(doc)?;
    // only a national institution says whose story it is: a country or a city named first may be the
    // other side ("the government expressed appreciation for China's assistance")
    hits.iter().take_while(|(s, _)| s.end <= lead_end).map(|(_, k)| &gaz.known[*k]).find(|k| k.etype == EntityType::Org && k.country.is_some() && !k.national).and_then(|k| k.country.clone())
}

/// The first country (or city's country) named in the headline, for stories without a dateline
/// ("South Korea's parliament votes to lift martial law").
fn headline_country(doc: &Doc, gaz: &Gazetteer, lang: &Lang) -> Option<String> {
    let title = doc.article.title.as_deref()?;
    let lower = lower_same_len(title);
    // (not a state named as its citizens' nationality, a word of class `citizen_word` right before or after it: "Deportasi WN
    // Rusia", "deports Russian nationals" — the people, not where the story is)
    let words_before = |at: usize| lower[..at].split_whitespace().rev().take(2).collect::<Vec<_>>();
    let citizens = |sp: &Span| {
        let b = words_before(sp.start);
        let after = lower[sp.end..].split_whitespace().next().unwrap_or("");
        b.first().is_some_and(|w| lang.has_class(w, "citizen_word")) || (b.len() == 2 && lang.has_class(&format!("{} {}", b[1], b[0]), "citizen_word")) || lang.has_class(after.trim_end_matches(|c: char| !c.is_alphanumeric()), "citizen_word")
    };
    gaz.find(title, &lower).iter().filter(|(sp, _)| !citizens(sp)).map(|(_, k)| &gaz.known[*k]).find(|k| matches!(k.etype, EntityType::Country | EntityType::City)).and_then(|k| k.country.clone())
}

/// The sector a title gives its holder: its own, or for a title of any kind of body (sector `ORG` in the
/// titles' data: "direktur") the sector of the organisation named with it, none without one.
fn title_sector(title: &warta_lang::Title, org_sector: Option<&String>) -> Option<String> {
    if title.sector == "ORG" {
        org_sector.filter(|s| s.as_str() != "PTY").cloned()
    } else if title.sector == "-" {
        // (an honorific, "Mr", "Bapak": no sector)
        None
    } else {
        Some(title.sector.clone())
    }
}

/// Every entity of the document and its home country. `tagger` is the statistical NER model of the
/// language (with its gazetteer), used for the names no rule has found.
pub fn resolve_entities(doc: &Doc, lang: &Lang, gaz: &Gazetteer, tagger: Option<&crate::Tagger>) -> (Vec<Entity>, Option<String>) {
    let dct = doc.article.published.as_deref();
    let lower = lower_same_len(&doc.body);
    let toks = &doc.tokens;
    let tok_start = |b: usize| doc.token_starting_at(b);
    let tok_end = |b: usize| doc.token_ending_at(b);
    let mut hits = gaz.find(&doc.body, &lower);
    // tokens of title phrases ("Menteri Luar Negeri"), which are not words of a name (a word that
    // only opens a title elsewhere may be: "Perdana" in "Arya Perdana", not in "Perdana Menteri")
    // (matched once here: the longest title phrase starting at each token, used by every step below)
    let title_at: Vec<Option<&warta_lang::Title>> = toks
        .iter()
        .enumerate()
        .map(|(k, t)| gaz.titles.get(t.lower.as_str()).and_then(|c| c.iter().find(|ti| ti.phrase.iter().enumerate().all(|(n, w)| toks.get(k + n).is_some_and(|tk| tk.lower == *w && tk.sentence == t.sentence)))))
        .collect();
    let mut in_title = vec![false; toks.len()];
    for (k, ti) in title_at.iter().enumerate() {
        if let Some(ti) = ti {
            for x in in_title.iter_mut().skip(k).take(ti.phrase.len()) {
                *x = true;
            }
        }
    }
    // a known person's one-word name inside a longer name is someone else: "Abbas" in "Abbas
    // Araghchi", "Prabowo" in "Listyo Sigit Prabowo"
    let word_of_name = |k: usize, s: usize, hits: &[(Span, usize)]| {
        toks.get(k).is_some_and(|t| {
            t.sentence == s && is_name_token(t) && !in_title[k] && !lang.months.contains_key(&t.lower) && !lang.weekdays.contains_key(&t.lower) && !lang.function_words.contains_key(&t.lower) && !lang.is_stopword(&t.lower) && !hits.iter().any(|(sp, _)| sp.overlaps(t.span))
        })
    };
    let inside_longer: Vec<bool> = hits
        .iter()
        .map(|(span, k)| {
            if gaz.known[*k].etype != EntityType::Person {
                return false;
            }
            let (Some(a), Some(z)) = (tok_start(span.start), tok_end(span.end)) else { return false };
            a == z && ((a > 0 && word_of_name(a - 1, toks[a].sentence, &hits)) || word_of_name(a + 1, toks[a].sentence, &hits))
        })
        .collect();
    // an international organisation's name at the end of a longer name is another body: "Security Council"
    // in "the Grand Federal Security Council" of some state (two capitalised words before it, neither known,
    // none opening the sentence)
    let inside_longer: Vec<bool> = hits
        .iter()
        .zip(inside_longer)
        .map(|((span, k), person)| {
            let known = &gaz.known[*k];
            // (a one-word city between two words of a name is a word of that name: "Hotman Paris Hutapea")
            if !person && known.etype == EntityType::City {
                let (Some(a), Some(z)) = (tok_start(span.start), tok_end(span.end)) else { return false };
                let s = toks[a].sentence;
                return a == z && a > 0 && word_of_name(a - 1, s, &hits) && word_of_name(a + 1, s, &hits) && toks[a - 1].sentence == s && !(a >= 2 && toks[a - 2].sentence == s && toks[a - 2].lower == "di");
            }
            if person || known.etype != EntityType::Org || known.country.is_some() || !known.sector.as_deref().is_some_and(|x| x.starts_with("IGO")) {
                return person;
            }
            let Some(a) = tok_start(span.start) else { return false };
            let s = toks[a].sentence;
            let opens = |k: usize| k == 0 || toks[k - 1].sentence != s;
            a >= 2 && !opens(a - 1) && word_of_name(a - 1, s, &hits) && word_of_name(a - 2, s, &hits)
        })
        .collect();
    // (the international organisations so left out, whose body the longer name may be a unit of)
    let igo_ends: Vec<(Span, usize)> = hits.iter().zip(&inside_longer).filter(|((_, k), out)| **out && gaz.known[*k].etype == EntityType::Org && gaz.known[*k].country.is_none()).map(|(h, _)| *h).collect();
    let mut keep = inside_longer.iter().map(|x| !x);
    hits.retain(|_| keep.next().unwrap_or(true));
    // an acronym the story defines in brackets after other capitalised words ("Pusat Bantuan Bencana
    // (PBB)") is their short form there, not the body the gazetteer knows by it
    // (unless the gazetteer knows those words as the same body: "Komisi Pemberantasan Korupsi (KPK)")
    let defined = defined_acronyms(doc, lang);
    if !defined.is_empty() {
        let all = hits.clone();
        hits.retain(|(sp, k)| {
            let text = &doc.body[sp.start..sp.end];
            !defined.iter().any(|(a, long)| a == text && !all.iter().any(|(lsp, lk)| lsp == long && gaz.known[*lk].id == gaz.known[*k].id))
        });
    }
    // a state known by its capital's name ("Washington" for the United States' government), named before the
    // dateline's dash ("WASHINGTON (AP) —"), is the town the story was filed from
    if let Some(dash) = doc.dateline_dash().map(|d| toks[d].span.start) {
        for (sp, k) in hits.iter_mut().filter(|(sp, _)| sp.end <= dash) {
            let kn = &gaz.known[*k];
            let capital = (kn.etype == EntityType::Country).then(|| gaz.capitals.get(kn.country.as_deref().unwrap_or(&kn.id))).flatten();
            if let Some(&city) = capital.filter(|&&c| fold(&gaz.known[c].name) == fold(&doc.body[sp.start..sp.end])) {
                *k = city;
            }
        }
    }
    // the story's home country: its dateline's, else the first country the headline names
    // , else the country of the first national institution the lead paragraph names
    // (a dateline of a bureau abroad, "CAIRO (AP) — Sudan's paramilitary …", whose country the story
    // never names again, gives way to the country the headline names)
    let dateline = dateline_country(doc, &hits, gaz).filter(|c| {
        let after_dateline = doc.dateline_dash().map_or(0, |d| doc.tokens[d].span.end);
        // (an institution every state has says nothing of whose story it is, nor does the dateline's
        // city named again as the venue of talks: "talks in Vienna")
        // (nor a body with a unit in every town named with a town of another state: "Pengadilan Tinggi X")
        let foreign_unit = |sp: &Span, k: &Known| k.regional && hits.iter().any(|(q, pk)| q.start > sp.end && doc.body[sp.end..q.start].trim().is_empty() && matches!(gaz.known[*pk].etype, EntityType::City | EntityType::Region) && gaz.known[*pk].country.is_some() && gaz.known[*pk].country != k.country);
        // (named again after the dateline and before byte `end`)
        let named_before = |end: usize| hits.iter().any(|(sp, k)| sp.start >= after_dateline && sp.end <= end && gaz.known[*k].country.as_deref() == Some(c.as_str()) && !gaz.known[*k].national && !matches!(gaz.known[*k].etype, EntityType::City | EntityType::Region) && !foreign_unit(sp, &gaz.known[*k]));
        let named_again = named_before(usize::MAX);
        // (an international wire's bureau, "VILNIUS, May 23 (Reuters) -" — a word of class `wire` before the dash — says less:
        // when the headline names another state, its own must be named again in the story's two opening paragraphs, not
        // only further down as one voice among others)
        let wire = doc.dateline_dash().is_some_and(|d| (doc.sentence_tokens(0).start..d).any(|k| lang.has_class(&toks[k].lower, "wire")));
        let named_again = named_again && (!wire || {
            let opening_end = doc.sentences.first().map(|f| f.paragraph + 1).and_then(|p| doc.sentences.iter().take_while(|s| s.paragraph <= p).last()).map_or(usize::MAX, |s| s.span.end);
            named_before(opening_end)
        });
        named_again || headline_country(doc, gaz, lang).is_none_or(|h| h == *c)
    });
    let home = dateline.or_else(|| headline_country(doc, gaz, lang)).or_else(|| lead_country(doc, &hits, gaz)).or_else(|| lead_place_country(doc, &hits, gaz));
    // hit by starting token: (hit index, last token index)
    let mut hit_at: FxHashMap<usize, (usize, usize)> = FxHashMap::default();
    for (hi, (span, _)) in hits.iter().enumerate() {
        if let (Some(a), Some(b)) = (tok_start(span.start), tok_end(span.end)) {
            hit_at.insert(a, (hi, b));
        }
    }
    let hit_ending: FxHashMap<usize, usize> = hit_at.values().map(|&(hi, b)| (b, hi)).collect();
    let mut b = Builder { doc, ents: vec![], by_id: HashMap::new() };
    // a sentence in title case (a headline, a sub-heading) has no telling capitals: there a name
    // may not run on into words that the tagger's training text mostly used outside names
    let title_case = |s: usize| doc.sentences[s].title_case;
    let common_in_title_case = |k: usize| title_case(toks[k].sentence) && tagger.is_some_and(|t| t.words.rarely_in_persons_names(&toks[k].lower));

    // 1. gazetteer hits; an institution every state has ("Constitutional Court", `national`) is the
    //    country's named right before it ("Chile's", "Chilean") or right after it ("Mahkamah Konstitusi
    //    Cile", "… of Chile"), else the country an earlier mention of it was named with, else the story's
    let mut national_of: FxHashMap<&str, String> = FxHashMap::default();
    //    an institution with a unit in every province or town (`regional`) right before a town or a
    //    province of its country is that unit ("DPRD Kota Bogor"), and so is a later mention of it alone
    let mut unit_of: FxHashMap<&str, (String, String, Option<String>)> = FxHashMap::default();
    for (span, k) in &hits {
        let k = &gaz.known[*k];
        if k.regional {
            // (a town of another state makes it that state's body of the kind: "Pengadilan Tinggi X" of a foreign
            // capital is its high court, not a unit of the list's own state)
            let place = tok_end(span.end).and_then(|z| hit_at.get(&(z + 1)).filter(|_| toks.get(z + 1).is_some_and(|t| t.sentence == toks[z].sentence))).map(|&(ph, _)| ph).map(|ph| (&hits[ph].0, &gaz.known[hits[ph].1])).filter(|(_, p)| matches!(p.etype, EntityType::City | EntityType::Region) && p.country.is_some());
            // (one unit whichever of its place's names is used: "DPRD Sulsel", "DPRD Sulawesi Selatan")
            if let Some((psp, p)) = place {
                let name = format!("{} {}", &doc.body[span.start..span.end], &doc.body[psp.start..psp.end]);
                unit_of.insert(k.id.as_str(), (format!("{}-{}", k.id, slug(&p.name)), name, p.country.clone()));
            }
            if let Some((id, name, pc)) = unit_of.get(k.id.as_str()).cloned() {
                let i = b.entity(&id, || {
                    let e = known_entity(k, dct);
                    let country = if pc.is_some() && pc != k.country { pc } else { e.country.clone() };
                    Entity { id: id.clone(), name: name.clone(), country, ..e }
                });
                b.mention(i, *span);
                continue;
            }
        }
        if !k.national {
            let i = b.entity(&k.id, || known_entity(k, dct));
            b.mention(i, *span);
            continue;
        }
        let country_hit = |hi: usize| {
            let c = &gaz.known[hits[hi].1];
            (c.etype == EntityType::Country).then(|| c.country.clone().unwrap_or_else(|| c.id.clone()))
        };
        let (a, z) = (tok_start(span.start), tok_end(span.end));
        let before = a.and_then(|a| {
            let e = if a >= 2 && matches!(toks[a - 1].lower.as_str(), "'s" | "’s") { a - 2 } else { a.checked_sub(1)? };
            hit_ending.get(&e).copied()
        });
        let after = z.and_then(|z| {
            let s = if toks.get(z + 1).is_some_and(|t| lang.function_words.get(&t.lower).is_some_and(|c| c == "of")) { z + 2 } else { z + 1 };
            hit_at.get(&s).map(|&(hi, _)| hi)
        });
        let named = before.and_then(country_hit).or_else(|| after.and_then(country_hit));
        if let Some(c) = &named {
            national_of.insert(k.id.as_str(), c.clone());
        }
        let country = named.or_else(|| national_of.get(k.id.as_str()).cloned()).or_else(|| home.clone()).or_else(|| k.country.clone());
        let id = match &country {
            Some(c) if k.country.as_ref() != Some(c) => format!("{}-{}", k.id, c.to_lowercase()),
            _ => k.id.clone(),
        };
        // (named with the country right after it, "Mahkamah Konstitusi Cile", that is its name)
        let country_after = before.and_then(country_hit).is_none() && z.is_some_and(|z| after.is_some_and(|hi| tok_start(hits[hi].0.start) == Some(z + 1))) && after.and_then(country_hit).is_some();
        let name = after.filter(|_| country_after).map(|hi| format!("{} {}", &doc.body[span.start..span.end], &doc.body[hits[hi].0.start..hits[hi].0.end]));
        let i = b.entity(&id, || Entity { id: id.clone(), country: country.clone(), name: name.unwrap_or_else(|| k.name.clone()), ..known_entity(k, dct) });
        b.mention(i, *span);
    }

    // 1b. the town a story is filed from, named before its dateline's dash and no list knows ("Bone -
    //     Unjuk rasa …", "PORT TOWN, Chile (AP) —"): a town of the country named after its comma, else of
    //     the story's; its later mentions are it ("Bupati Bone X": the office's town)
    let dateline_town: Option<(Vec<String>, Option<String>)> = doc.dateline_dash().and_then(|d| {
        let r = doc.sentence_tokens(0);
        let n = (r.start..d).take_while(|&x| is_name_token(&toks[x]) && !lang.function_words.contains_key(&toks[x].lower)).count();
        let after = r.start + n;
        let ends = after < d && matches!(toks[after].lower.as_str(), "," | "(") || after == d;
        if n == 0 || n > 3 || !ends || (r.start..after).any(|x| hit_at.contains_key(&x) || hits.iter().any(|(sp, _)| sp.start <= toks[x].span.start && toks[x].span.end <= sp.end)) {
            return None;
        }
        // (else the story's country, else that of the first town or province the lead names)
        let lead_end = toks[r.end - 1].span.end;
        let lead_place = || hits.iter().filter(|(sp, _)| sp.end <= lead_end).map(|(_, k)| &gaz.known[*k]).find(|kn| matches!(kn.etype, EntityType::City | EntityType::Region)).and_then(|kn| kn.country.clone());
        let words: Vec<String> = (r.start..after).map(|x| toks[x].lower.clone()).collect();
        // (… or after its comma where the story names it again: "di <kota>, <negara>, Jumat", before the story's own country)
        let country_after = |k: usize| (toks.get(k).is_some_and(|t| t.lower == ",")).then(|| hit_at.get(&(k + 1))).flatten().map(|(hi, _)| &gaz.known[hits[*hi].1]).filter(|kn| kn.etype == EntityType::Country).map(|kn| kn.id.clone());
        let named_again = || (after..toks.len()).find_map(|j| (words.iter().enumerate().all(|(n, x)| toks.get(j + n).is_some_and(|t| t.lower == *x && t.cap && t.sentence == toks[j].sentence))).then(|| country_after(j + words.len())).flatten());
        let country = country_after(after).or_else(named_again).or_else(|| home.clone()).or_else(lead_place);
        let span = Span::new(toks[r.start].span.start, toks[after - 1].span.end);
        let name = doc.body[span.start..span.end].to_string();
        let id = format!("local:city:{}", slug(&name));
        let ei = b.entity(&id, || Entity { id: id.clone(), name: name.clone(), etype: EntityType::City, country: country.clone(), roles: vec![], sector: None, mentions: vec![] });
        b.mention(ei, span);
        // (named again where no other name runs on: "di halaman Kantor Bupati <kota>, <provinsi>")
        let title_word = |k: usize| lang.titles.iter().any(|t| t.phrase.last() == Some(&toks[k].lower));
        for j in after..toks.len() {
            let n = words.len();
            if (0..n).all(|x| toks.get(j + x).is_some_and(|t| t.lower == words[x] && t.cap && t.sentence == toks[j].sentence)) && !toks.get(j + n).is_some_and(|t| t.sentence == toks[j].sentence && is_name_token(t)) && !(j > 0 && is_name_token(&toks[j - 1]) && !lang.function_words.contains_key(&toks[j - 1].lower) && !title_word(j - 1)) && !hits.iter().any(|(sp, _)| sp.start < toks[j + n - 1].span.end && toks[j].span.start < sp.end) {
                b.mention(ei, Span::new(toks[j].span.start, toks[j + n - 1].span.end));
            }
        }
        Some((words, country))
    });
    // (where a later word names that town: its tokens' end)
    let town_at = |j: usize| dateline_town.as_ref().filter(|(w, _)| w.iter().enumerate().all(|(n, x)| toks.get(j + n).is_some_and(|t| t.lower == *x && t.cap && t.sentence == toks[j].sentence))).map(|(w, c)| (c.clone(), j + w.len()));
    // 2. title phrases
    let sentence_country = |s: usize| -> Option<String> {
        let r = doc.sentence_tokens(s);
        let (a, z) = (toks[r.start].span.start, toks[r.end - 1].span.end);
        // (not a country named as where someone comes from: "dua WNA asal X dan Y ditangkap di Kabupaten Z")
        let origin_of = |start: usize| {
            let mut t = toks.partition_point(|x| x.span.start < start);
            let mut steps = 0;
            while t > r.start && steps < 6 {
                t -= 1;
                steps += 1;
                match lang.function_words.get(&toks[t].lower).map(String::as_str) {
                    Some("origin") => return true,
                    Some("conj") => continue,
                    _ if toks[t].lower == "," || toks[t].cap => continue,
                    _ => return false,
                }
            }
            false
        };
        let mut named = hits.iter().filter(|(sp, _)| sp.start >= a && sp.end <= z && !origin_of(sp.start)).filter_map(|(_, k)| {
            let kn = &gaz.known[*k];
            (kn.etype == EntityType::Country).then(|| kn.country.clone().unwrap_or_else(|| kn.id.clone()))
        });
        match named.next() {
            None => home.clone(),
            Some(c) => named.all(|d| d == c).then_some(c),
        }
    };
    // (a text with no home country, a lone sentence: the one country its sentence names, if only one)
    let lone_country = |s: usize| home.is_none().then(|| sentence_country(s)).flatten();
    // (a state's office title opening a sentence right after one that opens with a state's name, in the same or the
    // next paragraph: that state's — "Chile condemned the attack … Foreign Ministry spokesman X said …")
    let prev_lead_state = |i: usize| {
        let s = toks[i].sentence;
        let first = toks.partition_point(|t| t.sentence < s);
        let opens = i == first || (i == first + 1 && lang.function_words.get(&toks[first].lower).is_some_and(|c| c == "det"));
        (opens && s > 0 && doc.sentences[s - 1].paragraph + 1 >= doc.sentences[s].paragraph).then(|| {
            let pf = toks.partition_point(|t| t.sentence < s - 1);
            hit_at.get(&pf).map(|&(hi, _)| &gaz.known[hits[hi].1]).filter(|k| k.etype == EntityType::Country).map(|k| k.country.clone().unwrap_or_else(|| k.id.clone()))
        }).flatten()
    };
    let conj = |i: usize| toks.get(i).is_some_and(|t| lang.function_words.get(&t.lower).is_some_and(|c| c == "conj"));
    let is_country = |tok: usize| hit_at.get(&tok).filter(|(hi, _)| gaz.known[hits[*hi].1].etype == EntityType::Country).copied();
    let mut i = 0;
    while i < toks.len() {
        let Some(title) = title_at[i] else {
            i += 1;
            continue;
        };
        let honorific = title.role == "-";
        let mut j = i + title.phrase.len();
        if honorific && toks.get(j).is_some_and(|t| t.lower == ".") {
            j += 1; // "Mr. Hu"
        }
        // countries: "Menteri Luar Negeri Jepang dan Korea" or "French Defence Minister"
        let mut countries: Vec<(String, Span)> = vec![];
        // … or a possessive before it ("Iran's Foreign Minister")
        // (up to four lower-case words and hyphens between the possessive and the title: "Sri Lanka's
        // newly sworn-in President")
        let is_poss = |k: usize| toks[k].lower == "'s" && lang.function_words.get("'s").is_some_and(|c| c == "poss");
        // (an organisation's name may stand among them: "Russia's deputy U.N. ambassador")
        let in_org = |x: usize| hits.iter().any(|(sp, k)| gaz.known[*k].etype == EntityType::Org && sp.start <= toks[x].span.start && toks[x].span.end <= sp.end);
        // (not past a side's word and its verb: "X's government ordered ambassador Y" — Y is no envoy of X's)
        let side_verb = |x: usize| x >= 1 && lang.verb_form(&toks[x].lower) && (lang.agent_first_words.contains(&toks[x - 1].lower) || lang.org_words.contains(&toks[x - 1].lower));
        let poss_at = (1..=8).take_while(|&n| n < i).find(|&n| is_poss(i - n) && (n <= 5 || (i - n + 1..i).any(in_org)) && (i - n + 1..i).all(|x| toks[x].sentence == toks[i].sentence && ((!toks[x].cap && (toks[x].kind == TokenKind::Word || toks[x].lower == "-") && !(x > i - n + 1 && side_verb(x))) || in_org(x)))).map(|n| i - n);
        let country_ending = |p: usize| hit_ending.get(&p).filter(|hi| gaz.known[hits[**hi].1].etype == EntityType::Country).copied();
        // … or with words of an office between ("Russian foreign ministry spokeswoman", "Chinese
        // embassy spokesman": organisation words and function-word class `office_word`)
        // (or a lower-case word of a kind of side, an agent's first word: "Chilean rebel commander X")
        let office_word = |k: usize| toks[k].sentence == toks[i].sentence && (lang.org_words.contains(&toks[k].lower) || lang.has_class(&toks[k].lower, "office_word") || (!toks[k].cap && lang.agent_first_words.contains(&toks[k].lower)));
        let office_run = || (1..=3).take_while(|&n| n <= i && office_word(i - n)).last().and_then(|n| (i - n).checked_sub(1)).and_then(country_ending);
        let adjective = poss_at.map(|p| p.checked_sub(1)).unwrap_or(i.checked_sub(1)).and_then(country_ending).or_else(|| poss_at.is_none().then(office_run).flatten());
        // a lower-case title ("local police chief Ahmed Khan") counts only before a name
        let lower_title = !toks[i].cap && adjective.is_none();
        // a country's code is its `country` (the same as its id for the ISO countries; not for
        // countries of a dictionary laid over the language)
        let code_of = |hi: usize| gaz.known[hits[hi].1].country.clone().unwrap_or_else(|| gaz.known[hits[hi].1].id.clone());
        if let Some(hi) = adjective {
            countries.push((code_of(hi), hits[hi].0));
        }
        // (or a known person's possessive: "Trump's special envoy X" is of that person's state)
        if adjective.is_none() {
            if let Some(hi) = poss_at.and_then(|p| p.checked_sub(1)).and_then(|e| hit_ending.get(&e).copied()).filter(|hi| gaz.known[hits[*hi].1].etype == EntityType::Person) {
                if let Some(c) = gaz.known[hits[hi].1].country.clone() {
                    countries.push((c, hits[hi].0));
                }
            }
        }
        // (or the possessive pronoun of a state or a state's body named last, in this sentence or the one before: "The Kremlin
        // denied it. Its spokesman, X, said …" — "its", "their": function-word class `poss_pronoun`, not a person's "his")
        if adjective.is_none() && countries.is_empty() && i >= 1 && toks[i - 1].sentence == toks[i].sentence && matches!(toks[i - 1].lower.as_str(), "its" | "their") && lang.function_words.get(&toks[i - 1].lower).is_some_and(|c| c == "poss_pronoun") {
            let s0 = toks[i].sentence.saturating_sub(1);
            let last = hits.iter().enumerate().rfind(|(_, (sp, k))| sp.end <= toks[i - 1].span.start && toks.get(toks.partition_point(|t| t.span.end <= sp.start)).is_some_and(|t| t.sentence >= s0) && matches!(gaz.known[*k].etype, EntityType::Country | EntityType::Org));
            // (its span is the title's own: the mention does not reach back to the state named before)
            if let Some((hi, (_, k))) = last {
                let c = if gaz.known[*k].etype == EntityType::Country { Some(code_of(hi)) } else { gaz.known[*k].country.clone() };
                if let Some(c) = c {
                    countries.push((c, toks[i].span));
                }
            }
        }
        // "delegasi AS yang dipimpin Asisten Menteri Luar Negeri X", "a U.S. delegation led by Assistant Secretary of
        // State X": the person leading a side's body is of its country (class `led_by`, one word or "led by"; the country
        // within five words before it, in the sentence)
        // (… and so is one of a side's group told before a title, class `group_member`: "six Chilean diplomats, including
        // Ambassador X", "among them acting Ambassador Y", a lower-case word before the title let through)
        if adjective.is_none() && i >= 2 {
            let marked = |k: &str| lang.has_class(k, "led_by") || lang.has_class(k, "group_member");
            let marker = |e: usize| if e >= 1 && marked(&toks[e - 1].lower) { Some(e - 1) } else if e >= 2 && marked(&format!("{} {}", toks[e - 2].lower, toks[e - 1].lower)) { Some(e - 2) } else { None };
            let modifier = toks[i - 1].kind == TokenKind::Word && !toks[i - 1].cap && !lang.function_words.contains_key(&toks[i - 1].lower) && !lang.is_stopword(&toks[i - 1].lower);
            let led = marker(i).or_else(|| if modifier { marker(i - 1) } else { None });
            if let Some(l) = led.filter(|&l| toks[l].sentence == toks[i].sentence) {
                // (its span is the title's own: the mention does not reach back over "yang dipimpin" to the country)
                if let Some(hi) = (l.saturating_sub(5)..l).rev().filter(|&p| toks[p].sentence == toks[i].sentence).find_map(country_ending) {
                    countries.push((code_of(hi), toks[i].span));
                }
            }
        }
        // "aktivis asal Cile X", "pegiat lingkungan asal Cile X": a word of origin (class `origin`, after one
        // lower-case word of what the person does) between the title and the country
        let origin = |k: usize| toks.get(k).is_some_and(|t| lang.function_words.get(&t.lower).is_some_and(|c| c == "origin"));
        if origin(j) && is_country(j + 1).is_some() {
            j += 1;
        } else if toks.get(j).is_some_and(|t| !t.cap && t.kind == TokenKind::Word && !lang.function_words.contains_key(&t.lower) && !lang.is_stopword(&t.lower)) && origin(j + 1) && is_country(j + 2).is_some() {
            j += 2;
        }
        while let Some((hi, last)) = is_country(j) {
            countries.push((code_of(hi), hits[hi].0));
            j = last + 1;
            if conj(j) && is_country(j + 1).is_some() {
                j += 1;
            } else {
                break;
            }
        }
        // "Duta Besar RI untuk Malaysia X", "U.S. Ambassador to Japan X": the country an envoy is posted
        // to is not theirs
        // (or the town of the post: "Duta Besar X untuk <kota> Y")
        if !countries.is_empty() && toks.get(j).is_some_and(|t| matches!(lang.function_words.get(&t.lower).map(String::as_str), Some("to" | "purpose"))) {
            let post = hit_at.get(&(j + 1)).filter(|(hi, _)| matches!(gaz.known[hits[*hi].1].etype, EntityType::Country | EntityType::City)).copied();
            if let Some((_, last)) = post {
                j = last + 1;
            }
        }
        // a unit's number and area after an organisation ("Kodam XVII/Cenderawasih", "Kodim 1701/Jayapura",
        // "Yonif 512"): Roman numerals, digits, and "/Name"; and a short form in brackets
        let unit_designator = |mut j: usize, s: usize| {
            let roman = |t: &warta_core::Token| t.kind == TokenKind::Word && doc.body[t.span.start..t.span.end].chars().all(|c| "IVXLC".contains(c));
            while let Some(t) = toks.get(j).filter(|t| t.sentence == s) {
                if t.kind == TokenKind::Number || roman(t) {
                    j += 1;
                } else if t.lower == "/" && toks.get(j + 1).is_some_and(|n| n.sentence == s && n.cap && !in_title[j + 1]) {
                    j += 2;
                } else if t.lower == "(" && toks.get(j + 2).is_some_and(|n| n.lower == ")" && n.sentence == s) {
                    j += 3; // its short form in brackets: "Badan Nasional Penanggulangan Bencana (BNPB)"
                } else {
                    break;
                }
            }
            j
        };
        // "Ketua DPR Puan Maharani", "juru bicara Kementerian Luar Negeri RI Rolliansyah Soemirat":
        // an organisation or agency between the title and the name gives the person's country
        let mut org_country: Option<String> = None;
        // "Kapolrestabes Makassar Kombes X", "Gubernur Jawa Tengah X": the office's town or province
        // (before an organisation or after it: "Ketua DPRD Sulsel X") gives the country
        let jurisdiction = |j: usize| hit_at.get(&j).filter(|(hi, _)| matches!(gaz.known[hits[*hi].1].etype, EntityType::City | EntityType::Region)).map(|&(hi, last)| (gaz.known[hits[hi].1].country.clone(), last + 1)).or_else(|| town_at(j));
        // (whether the office's town or province was named: a one-word name may follow it)
        let mut jurisdiction_named = false;
        // "Ontario Premier X": a province or state right before the title (not after a word of place, "in Ontario")
        // is the office's; its chief is no head of a state's government
        let mut region_before = false;
        if countries.is_empty() {
            if let Some((c, next)) = jurisdiction(j) {
                org_country = c;
                j = next;
                jurisdiction_named = true;
            } else if let Some(hi) = i.checked_sub(1).and_then(|p| hit_ending.get(&p)).copied().filter(|hi| gaz.known[hits[*hi].1].etype == EntityType::Region && gaz.known[hits[*hi].1].country.is_some()) {
                let r0 = toks.partition_point(|t| t.span.start < hits[hi].0.start);
                if r0 == 0 || lang.function_words.get(&toks[r0 - 1].lower).is_none_or(|c| c != "at") {
                    org_country = gaz.known[hits[hi].1].country.clone();
                    region_before = true;
                }
            }
        }
        let org_before = || {
            // (the title's first word may close the organisation's name: "the Labour Party leader X" with
            // the title "party leader")
            if let Some(k) = hit_ending.get(&i).filter(|hi| poss_at.is_none() && hits[**hi].0.start < toks[i].span.start).map(|hi| &gaz.known[hits[*hi].1]) {
                return (k.etype == EntityType::Org && k.country.is_some() && !k.sector.as_deref().is_some_and(|s| s.starts_with("IGO"))).then_some(k);
            }
            let e = poss_at.map_or(Some(i), |p| Some(p))?;
            // (only words of an office between: "Houthi military spokesman"; not a verb, "Kejaksaan
            // Agung menetapkan mantan Direktur …")
            let e = (1..=3).map(|n| e.checked_sub(n)).take_while(|x| x.is_some_and(|x| toks[x].sentence == toks[i].sentence)).flatten().find(|&x| !(office_word(x) && !toks[x].cap))?;
            let k = &gaz.known[hits[*hit_ending.get(&e)?].1];
            (k.etype == EntityType::Org && k.country.is_some() && !k.sector.as_deref().is_some_and(|s| s.starts_with("IGO"))).then_some(k)
        };
        // the sector of an organisation right before or after the title (a party's leader leads no state)
        let mut org_sector: Option<String> = None;
        // "Sekretaris Jenderal PBB Antonio Guterres": an international organisation right after the title
        let mut igo_after: Option<usize> = None;
        if countries.is_empty() {
            // (a lower-case word or two of the office may come first: "Juru bicara militer <organisasi> X")
            let mut jo = j;
            while jo < j + 2 && toks.get(jo).is_some_and(|t| !t.cap && t.kind == TokenKind::Word && t.sentence == toks[i].sentence && !lang.is_stopword(&t.lower) && (office_word(jo) || !lang.function_words.contains_key(&t.lower))) {
                jo += 1;
            }
            if jo > j && hit_at.get(&jo).is_some_and(|&(hi, _)| gaz.known[hits[hi].1].etype == EntityType::Org) {
                j = jo;
            }
            if let Some(&(hi, last)) = hit_at.get(&j) {
                let known = &gaz.known[hits[hi].1];
                if known.etype == EntityType::Org {
                    if known.country.is_none() && known.sector.as_deref().is_some_and(|s| s.starts_with("IGO")) {
                        igo_after = Some(hi);
                    }
                    // (an institution every state has is the state this mention of it was found to be of: "Ketua DPR X"
                    // after "Dewan Perwakilan Rakyat Filipina")
                    let at = hits[hi].0.start;
                    org_country = if known.national { b.ents.iter().find(|e| e.mentions.iter().any(|m| m.start == at)).and_then(|e| e.country.clone()).or_else(|| known.country.clone()) } else { known.country.clone() };
                    org_sector = known.sector.clone();
                    j = unit_designator(last + 1, toks[i].sentence);
                    // "Ketua MPR RI Hidayat …"
                    if let Some((hc, lc)) = is_country(j) {
                        org_country = gaz.known[hits[hc].1].country.clone().or(org_country);
                        j = lc + 1;
                    }
                    // "Kepala Densus 88 Polri X": a unit named before the body it belongs to, the body right after it
                    if let Some(&(h2, l2)) = hit_at.get(&j).filter(|(h2, _)| gaz.known[hits[*h2].1].etype == EntityType::Org && gaz.known[hits[*h2].1].country.is_some() && toks[j].sentence == toks[i].sentence) {
                        org_country = org_country.or_else(|| gaz.known[hits[h2].1].country.clone());
                        j = l2 + 1;
                    }
                }
            } else if let Some(k) = org_before() {
                // "Hamas spokesman Hazem Qassem", "Houthi military spokesman Yahya Saree": an
                // organisation of a country right before the title (perhaps with lower-case words of
                // the office between) is the person's
                org_country = k.country.clone();
                org_sector = k.sector.clone();
            } else if toks.get(j).is_some_and(|t| t.cap && lang.org_words.contains(&t.lower)) {
                // "Presiden Konfederasi Serikat Pekerja Indonesia (KSPI) Said Iqbal": an organisation's
                // name runs on until an acronym in brackets closes it; without one, no name can be told apart
                let mut m = j;
                while m < toks.len() && toks[m].sentence == toks[i].sentence && (toks[m].cap || lang.function_words.get(&toks[m].lower).is_some_and(|c| c == "conj")) {
                    m += 1;
                }
                // … or a country closes it, and the name follows ("juru bicara Kementerian Luar
                // Negeri China Lin Jian")
                let country_in_run = (j + 1..m).find_map(is_country).filter(|&(_, last)| toks.get(last + 1).is_some_and(|t| is_name_token(t) && t.sentence == toks[i].sentence));
                // … or the words the tagger's training text mostly used outside persons' names end
                // where a name of two to four words begins, before a reporting verb ("juru bicara
                // Kementerian Luar Negeri Rolliansyah Soemirat mengatakan"): the home country's office
                let outside_names = |x: usize| lang.org_words.contains(&toks[x].lower) || tagger.is_some_and(|t| t.words.rarely_in_persons_names(&toks[x].lower));
                let speaks_at = |x: usize| toks.get(x).is_some_and(|t| t.sentence == toks[i].sentence && lang.reporting.iter().any(|(p, _)| p.len() == 1 && p[0] == t.lower));
                // (or after the reporting verb, closing the sentence or the clause: "…," kata Direktur X Kemlu Y Z.")
                let closes = |x: usize| toks.get(x).is_none_or(|t| t.sentence != toks[i].sentence || t.lower == "," || t.lower == ".");
                let spoken = speaks_at(m) || (closes(m) && i > 0 && toks[i - 1].sentence == toks[i].sentence && lang.reporting.iter().any(|(p, _)| p.len() == 1 && p[0] == toks[i - 1].lower));
                let name_split = (j + 1..m).find(|&p| !outside_names(p)).filter(|&p| (j..p).all(outside_names) && (2..=4).contains(&(m - p)) && (p..m).all(|x| !outside_names(x)) && spoken);
                if let Some((hi, last)) = country_in_run {
                    org_country = Some(code_of(hi));
                    j = last + 1;
                } else if let Some(p) = name_split {
                    org_country = home.clone();
                    j = p;
                } else if toks.get(m).is_some_and(|t| t.lower == "(") && toks.get(m + 2).is_some_and(|t| t.lower == ")") {
                    org_country = home.clone();
                    j = m + 3;
                } else if (toks.get(m).is_some_and(|t| t.lower == ",")).then(|| (m + 1..(m + 5).min(toks.len())).take_while(|&x| is_name_token(&toks[x]) && toks[x].sentence == toks[i].sentence && !lang.org_words.contains(&toks[x].lower)).count()).is_some_and(|n| (2..=4).contains(&n) && toks.get(m + 1 + n).is_some_and(|t| t.lower == "," || speaks_at(m + 1 + n))) {
                    // "mantan Direktur Utama PT Gula Nusantara, Bambang Sutrisno, …": the name in
                    // apposition after the organisation's name, closed by a comma or a reporting verb
                    org_country = home.clone();
                    j = m;
                } else {
                    i = m.max(i + 1);
                    continue;
                }
            } else if let Some((hi, last)) = toks.get(j).filter(|t| t.cap && t.kind == TokenKind::Word).and_then(|_| {
                // "Direktur Pelindungan WNI Kemlu Judha Nugraha", "Kepala Biro Penerangan Polri X": the unit's
                // name, one to three capitalised words, then an organisation of a state the gazetteer knows, then
                // a name of two to four words: the unit is the organisation's, the person its official
                let s = toks[i].sentence;
                (j + 1..(j + 4).min(toks.len())).take_while(|&x| toks[x].cap && toks[x].sentence == s && toks[x - 1].cap && toks[x - 1].kind == TokenKind::Word && !hit_at.contains_key(&(x - 1))).find_map(|x| {
                    let &(hi, last) = hit_at.get(&x)?;
                    let kn = &gaz.known[hits[hi].1];
                    let n = (last + 1..(last + 5).min(toks.len())).take_while(|&y| is_name_token(&toks[y]) && toks[y].sentence == s && !lang.org_words.contains(&toks[y].lower) && !hit_at.contains_key(&y)).count();
                    (kn.etype == EntityType::Org && kn.country.is_some() && (2..=4).contains(&n)).then_some((hi, last))
                })
            }) {
                let kn = &gaz.known[hits[hi].1];
                org_country = kn.country.clone();
                org_sector = kn.sector.clone();
                j = last + 1;
            } else if let Some(m) = toks.get(j).filter(|t| is_name_token(t)).and_then(|_| {
                // "Juru bicara Pertahanan Sipil Gaza, Mahmoud Bassal, mengatakan": any capitalised name of
                // one to five words after the title, then a person's name of two to four words in
                // apposition, closed by a comma or a reporting verb: the first is the organisation
                let s = toks[i].sentence;
                let m = (j..(j + 6).min(toks.len())).take_while(|&x| toks[x].cap && toks[x].sentence == s).last()? + 1;
                let n = (m + 1..(m + 5).min(toks.len())).take_while(|&x| is_name_token(&toks[x]) && toks[x].sentence == s && !lang.org_words.contains(&toks[x].lower) && !hit_at.contains_key(&x)).count();
                let closed = toks.get(m + 1 + n).is_some_and(|t| t.sentence == s && (t.lower == "," || lang.reporting.iter().any(|(p, _)| p.len() == 1 && p[0] == t.lower)));
                (toks.get(m).is_some_and(|t| t.lower == ",") && (2..=4).contains(&n) && closed).then_some(m)
            }) {
                // (the organisation's country from a place or country inside its name, else the story's)
                org_country = (j..m).find_map(|x| hit_at.get(&x)).and_then(|&(hi, _)| {
                    let kn = &gaz.known[hits[hi].1];
                    kn.country.clone().or_else(|| (kn.etype == EntityType::Country).then(|| kn.id.clone()))
                }).or_else(|| home.clone());
                j = m;
            } else if let Some((p, _)) = lang.agents.iter().filter(|(p, _)| p.iter().enumerate().all(|(n, w)| toks.get(j + n).is_some_and(|t| t.lower == *w && t.cap))).max_by_key(|(p, _)| p.len()) {
                let after = j + p.len();
                if let Some((hi, last)) = is_country(after) {
                    org_country = gaz.known[hits[hi].1].country.clone();
                    j = last + 1;
                } else {
                    j = after;
                }
            }
        }
        if countries.is_empty() {
            if let Some((c, next)) = jurisdiction(j) {
                org_country = org_country.or(c);
                j = next;
                jurisdiction_named = true;
            }
        }
        let title_end = toks[j - 1].span.end;
        // an international organisation right before the title is the person's ("U.N.
        // Secretary-General Antonio Guterres"): no country, the organisation's code as sector
        // (or its possessive: "the European Union's foreign policy chief Kaja Kallas"; not an envoy
        // posted to it, "Russia's deputy U.N. ambassador", nor one whose country is named just before it)
        let country_near = |o: usize| (o.saturating_sub(4)..o).any(|x| is_country(x).is_some() || hit_ending.get(&x).is_some_and(|hi| gaz.known[hits[*hi].1].etype == EntityType::Country));
        let igo_before = (adjective.is_none() && i > 0 && title.role != "ambassador")
            .then(|| poss_at.map_or(Some(i - 1), |p| p.checked_sub(1)).and_then(|e| hit_ending.get(&e)))
            .flatten()
            .filter(|hi| gaz.known[hits[**hi].1].etype == EntityType::Org && gaz.known[hits[**hi].1].country.is_none() && gaz.known[hits[**hi].1].sector.as_deref().is_some_and(|s| s.starts_with("IGO")))
            .copied()
            .filter(|&hi| !country_near(toks.partition_point(|t| t.span.end <= hits[hi].0.start)));
        let title_start = adjective.or(igo_before).map(|hi| hits[hi].0.start).unwrap_or(toks[i].span.start);
        // "mantan Presiden X", "former President X": a title held before (function-word class `former`; one lower-case
        // word of the office may stand between, "former government minister X")
        let former_title = |start: usize| {
            let tk = toks.partition_point(|t| t.span.start < start);
            let former_at = |k: usize| lang.function_words.get(&toks[k].lower).is_some_and(|c| c == "former");
            tk > 0 && (former_at(tk - 1) || (tk > 1 && !toks[tk - 1].cap && toks[tk - 1].kind == TokenKind::Word && toks[tk - 2].sentence == toks[tk].sentence && former_at(tk - 2)))
        };
        // (the body or state an envoy is posted to, after "to": "Chile's envoy to the OAS, X,")
        if toks.get(j).is_some_and(|t| t.sentence == toks[i].sentence && lang.function_words.get(&t.lower).is_some_and(|c| c == "to" || c == "purpose")) {
            let d = j + 1 + usize::from(toks.get(j + 1).is_some_and(|t| lang.function_words.get(&t.lower).is_some_and(|c| c == "det")));
            if let Some(&(_, last)) = hit_at.get(&d).filter(|(hi, _)| matches!(gaz.known[hits[*hi].1].etype, EntityType::Org | EntityType::Country)) {
                j = last + 1;
            }
        }
        // a name after the title, perhaps after a comma
        let mut k = j;
        let title_last = j;
        if toks.get(k).is_some_and(|t| t.lower == ",") {
            k += 1;
        }
        // a rank or a second title between the office and the name: "Kapolri Jenderal Listyo
        // Sigit", "juru bicara Densus 88 Kombes Aswin Siregar"; a national rank names the country
        let mut rank_country: Option<String> = None;
        let before_ranks = k;
        // (an officer's corps after the rank, "Letkol Inf", is skipped too: function-word class `corps`)
        let corps = |k: usize| toks.get(k).is_some_and(|t| t.cap && t.sentence == toks[i].sentence && lang.function_words.get(&t.lower).is_some_and(|c| c == "corps"));
        loop {
            if corps(k) {
                k += 1;
            } else if let Some(t2) = toks.get(k).filter(|t| t.cap && t.sentence == toks[i].sentence).and_then(|_| title_at[k]) {
                rank_country = rank_country.or(t2.country.clone());
                k += t2.phrase.len();
            } else {
                break;
            }
        }
        if k > before_ranks && !toks.get(k).is_some_and(|t| is_name_token(t) && t.sentence == toks[i].sentence) {
            k = before_ranks;
            rank_country = None;
        }
        // the title's own country ("Kapolri") or the rank's, after any country or organisation named;
        // else that of an agent before the title told earlier with its country ("Navy spokesman …"
        // after "the Indonesian Navy")
        let agent_country = || {
            let (p, _) = lang.agents.iter().filter(|(p, _)| p.len() <= i && p.iter().enumerate().all(|(n, w)| toks[i - p.len() + n].lower == *w && toks[i - p.len() + n].cap && toks[i - p.len() + n].sentence == toks[i].sentence)).max_by_key(|(p, _)| p.len())?;
            let start = i - p.len();
            // within the story around it (a few hundred words back)
            (start.saturating_sub(400).max(1)..start).rev().find_map(|a| {
                let same = p.iter().enumerate().all(|(n, w)| toks.get(a + n).is_some_and(|t| t.lower == *w));
                if !same {
                    return None;
                }
                hit_ending.get(&(a - 1)).map(|hi| &gaz.known[hits[*hi].1]).filter(|k| k.etype == EntityType::Country).and_then(|k| k.country.clone().or_else(|| Some(k.id.clone())))
            })
        };
        // (or the country of the same title told just before with its state: "Chile summoned Peru's ambassador … told
        // Ambassador X" — within the two sentences before, the title's words right after a country or its possessive)
        let told_title_country = || {
            let n = title.phrase.len();
            let s0 = toks[i].sentence.saturating_sub(2);
            (i.saturating_sub(80)..i).rev().filter(|&a| toks[a].sentence >= s0 && a >= 1 && a + n <= i).find_map(|a| {
                // (an office told with no name: one told with its holder's name, "French Foreign Minister Y", is another
                // person's, and a later "Foreign Minister X" is rather the other side's)
                let named = toks.get(a + n).is_some_and(|t| t.cap && t.kind == TokenKind::Word && t.sentence == toks[a].sentence);
                let same = !named && title.phrase.iter().enumerate().all(|(m, w)| toks[a + m].lower == *w);
                let e = if toks[a - 1].lower == "'s" && a >= 2 { a - 2 } else { a - 1 };
                same.then(|| hit_ending.get(&e).map(|hi| &gaz.known[hits[*hi].1]).filter(|k| k.etype == EntityType::Country).map(|k| k.country.clone().unwrap_or_else(|| k.id.clone()))).flatten()
            })
        };
        // a party's officer in a title of government ("the X Party leader", "Ketua Umum Partai X"): of the party
        let party = org_sector.as_deref() == Some("PTY") && title.sector == "GOV";
        let title_country = title.country.clone().or(rank_country).or_else(|| if countries.is_empty() && org_country.is_none() { agent_country() } else { None });
        let mut person: Option<usize> = None;
        if let Some(&(hi, last)) = hit_at.get(&k) {
            let known = &gaz.known[hits[hi].1];
            if known.etype == EntityType::Person && toks[k].sentence == toks[i].sentence {
                person = b.by_id.get(&known.id).copied();
                j = last + 1;
            }
        }
        if person.is_none() {
            // (a one-word organisation's name inside a person's name after its first word is part of
            // it: "Foreign Minister Therese Kayikwamba Wagner", not the Wagner Group)
            // (its last word: "Humas Polri Rudi Hartanto" is a unit, an organisation and then the name)
            let org_word_in_name = |m: usize, k: usize| m > k && hit_at.get(&m).is_some_and(|&(hi, last)| last == m && gaz.known[hits[hi].1].etype == EntityType::Org) && !toks.get(m + 1).is_some_and(|t| t.sentence == toks[m].sentence && is_name_token(t));
            // (a weekday's short form opening a name after a title is a name's word: "Vice Foreign Minister
            // Sun Haoran")
            let weekday_word = |m: usize, k: usize| lang.weekdays.contains_key(&toks[m].lower) && !(m == k && toks[m].lower.len() <= 3 && toks.get(m + 1).is_some_and(|t| t.sentence == toks[m].sentence && is_name_token(t) && !lang.weekdays.contains_key(&t.lower) && !lang.months.contains_key(&t.lower)));
            // (… and so is a capitalised word of the language's own opening a name right after the title,
            // when a name's word follows it: "Vice Premier He X")
            let plain_name = |x: usize| toks.get(x).is_some_and(|t| t.sentence == toks[i].sentence && is_name_token(t) && !in_title[x] && !hit_at.contains_key(&x) && !lang.function_words.contains_key(&t.lower) && !lang.is_stopword(&t.lower) && !lang.months.contains_key(&t.lower) && !lang.weekdays.contains_key(&t.lower));
            let word_first = |m: usize, k: usize| m == k && m == title_last && (lang.function_words.contains_key(&toks[m].lower) || lang.is_stopword(&toks[m].lower)) && plain_name(m + 1);
            // (a lower-case particle inside the name, before another of its words: "Mohammed bin Abdulrahman")
            // (or a family name's, marker class `family_particle`: "Hugo de X")
            let particle = |m: usize, k: usize| m > k && !toks[m].cap && (lang.function_words.get(&toks[m].lower).is_some_and(|c| c == "name_particle") || lang.has_class(&toks[m].lower, "family_particle")) && plain_name(m + 1);
            // (and the period closing initials, before the rest of the name: "Prime Minister R.K. Wibowo")
            let letter = |x: usize| toks.get(x).is_some_and(|t| t.cap && t.kind == TokenKind::Word && t.lower.chars().count() == 1 && t.sentence == toks[i].sentence);
            let initials_then_name = |x: usize| {
                let mut y = x;
                while letter(y) && toks.get(y + 1).is_some_and(|t| t.lower == ".") {
                    y += 2;
                }
                y > x && plain_name(y)
            };
            let initials_dot = |m: usize, _k: usize| initials_then_name(m) || (letter(m.wrapping_sub(1)) && toks[m].lower == "." && (initials_then_name(m + 1) || plain_name(m + 1)));
            let run_end = |k: usize| {
                let mut m = k;
                while m < toks.len() && m - k < 6 && toks[m].sentence == toks[i].sentence && (particle(m, k) || initials_dot(m, k) || (is_name_token(&toks[m]) && (!hit_at.contains_key(&m) || org_word_in_name(m, k)) && !in_title[m] && !lang.months.contains_key(&toks[m].lower) && !weekday_word(m, k) && ((!lang.function_words.contains_key(&toks[m].lower) && !lang.is_stopword(&toks[m].lower)) || word_first(m, k)) && !common_in_title_case(m))) {
                    m += 1;
                }
                m
            };
            let mut m = run_end(k);
            // words of a unit or an office that the tagger's training text mostly used outside
            // persons' names open no name ("Direktur Pelindungan WNI Kementerian Luar Negeri Judha
            // Nugraha": the name is the last two words)
            // (an organisation word inside the run ends the office; the name starts after it and the
            // common words that follow it)
            let rare = |x: usize| tagger.is_some_and(|t| t.words.rarely_in_persons_names(&toks[x].lower));
            if let Some(o) = (k + 1..m).rev().find(|&x| lang.org_words.contains(&toks[x].lower)) {
                let mut n = o + 1;
                while n < m && rare(n) {
                    n += 1;
                }
                if n < m {
                    k = n;
                    m = run_end(k);
                }
            }
            while m - k > 2 && (lang.org_words.contains(&toks[k].lower) || rare(k)) {
                k += 1;
            }
            // words right before an organisation's name are a unit of it, not a name ("Direktur
            // Pelindungan WNI Kementerian Luar Negeri Judha …"): the name comes after the organisation
            if let Some(&(hi, last)) = hit_at.get(&m).filter(|(hi, _)| m > k && gaz.known[hits[*hi].1].etype == EntityType::Org) {
                org_country = org_country.or(gaz.known[hits[hi].1].country.clone());
                k = last + 1;
                m = run_end(k);
            }
            // one word is a name after a title when the person speaks right after it ("Navy
            // spokesman First Adm. Tunggul told reporters"), as after an honorific
            let speaks = toks.get(m).is_some_and(|t| t.sentence == toks[i].sentence && lang.reporting.iter().any(|(p, _)| p.len() == 1 && p[0] == t.lower));
            // (… or when "of" and a country follow it: "King X of Y", whose country that is)
            let of_country = toks.get(m).filter(|t| t.sentence == toks[i].sentence && lang.function_words.get(&t.lower).is_some_and(|c| c == "of")).and_then(|_| is_country(m + 1)).filter(|_| countries.is_empty() && m > k).map(|(hi, _)| code_of(hi));
            // (… or after an office and its town or province, before a lower-case word: "Bupati X Y
            // menemui warga", the town X and the one-word name Y, when the tagger's text used Y in names)
            let after_jurisdiction = jurisdiction_named && k == title_last && !rare(k) && toks.get(m).is_some_and(|t| t.sentence == toks[i].sentence && !t.cap);
            // one word after a title or an honorific that is the family name of the one person already named
            // with it ("Mr X" after "ambassador Y X") is that person again
            // (or a later word of a name of three or more, "Mr X" after "A X B"; only one such person: "Presiden X"
            // after two people named X is neither)
            let known_surname = (m - k == 1)
                .then(|| {
                    let w = fold(&doc.body[toks[k].span.start..toks[k].span.end]);
                    let same = |e: &Entity| e.etype == EntityType::Person && !e.id.starts_with("local:role:") && e.name.split_whitespace().count() >= 2 && (e.name.split_whitespace().last().is_some_and(|l| fold(l) == w) || (e.name.split_whitespace().count() >= 3 && e.name.split_whitespace().skip(1).any(|l| fold(l) == w)));
                    (b.ents.iter().filter(|e| same(e)).count() == 1).then(|| b.ents.iter().position(same)).flatten()
                })
                .flatten();
            // "Pengacara X" after X was named is X's lawyer, not X: a title of a relation to a person (marker class
            // `relational_title`) before a word of the name of one person told before names no one there
            if known_surname.is_some() && lang.has_class(&title.phrase.join(" "), "relational_title") {
                i = m;
                continue;
            }
            // (so one word is a name after a title too when it is such a word: "Brigadir Y" after "X Y Z")
            // (and after the title of a head of state that names its own state, whose holder goes by one name: "Pope X")
            let regnal = title.role == "head of state" && title.country.is_some();
            if m - k >= 2 || (m - k == 1 && (honorific || speaks || of_country.is_some() || after_jurisdiction || known_surname.is_some() || regnal)) {
                let span = Span::new(toks[k].span.start, toks[m - 1].span.end);
                let name = doc.body[span.start..span.end].to_string();
                let id = format!("local:person:{}", slug(&name));
                let igo = igo_before.or(igo_after);
                // (a bare office closing a list that a person of a named country opens is that country's: "sanctions on
                // X's President A, his wife and Interior Minister B" — B is X's interior minister, not the home
                // country's; only commas, conjunctions and lower-case words that are no verbs between them)
                let list_country = || {
                    let start = toks[i].span.start;
                    let (p_end, c) = b.ents.iter().filter(|e| e.etype == EntityType::Person).filter_map(|e| Some((e.mentions.iter().filter(|m| m.end <= start).map(|m| m.end).max()?, e.country.clone()?))).max_by_key(|(at, _)| *at)?;
                    let from = toks.partition_point(|t| t.span.end <= p_end);
                    let sep = |x: usize| toks[x].lower == "," || lang.function_words.get(&toks[x].lower).is_some_and(|c| c == "conj");
                    let ok = from < i && i - from <= 8 && toks[from].sentence == toks[i].sentence && sep(i - 1) && (from..i).all(|x| sep(x) || (toks[x].kind == TokenKind::Word && !toks[x].cap && !lang.verb_form(&toks[x].lower) && !lang.reporting.iter().any(|(p, _)| p[0] == toks[x].lower)));
                    ok.then_some(c)
                };
                // (a name the officials table knows in an office the title fits, when nothing in the text names the state:
                // "Menteri Luar Negeri X Y Z", the table's "X Z", in a story filed abroad)
                let official = (igo.is_none() && of_country.is_none() && countries.is_empty() && org_country.is_none() && title_country.is_none()).then(|| named_holder(gaz, &name, &title.role, dct)).flatten();
                let id = official.map_or(id, |k| k.id.clone());
                let country = if igo.is_some() { None } else { of_country.clone().or_else(|| countries.first().map(|c| c.0.clone())).or(org_country.clone()).or(title_country.clone()).or_else(|| official.and_then(|k| k.country.clone())).or_else(list_country).or_else(|| if countries.is_empty() && org_country.is_none() { told_title_country() } else { None }).or_else(|| {
                    // (past the office's words before the title: "Foreign Ministry spokesman")
                    // (only for a state's office named by its words: "Foreign Ministry spokesman", not "Opposition leader")
                    let t0 = toks.partition_point(|t| t.span.start < title_start);
                    let mut k = t0;
                    while k > 0 && toks[k - 1].sentence == toks[i].sentence && office_word(k - 1) && toks[k - 1].cap {
                        k -= 1;
                    }
                    (k < t0 && title.sector == "GOV").then(|| prev_lead_state(k)).flatten()
                }).or_else(|| {
                    // (… the home country's, unless the officials table names another holder of the office there on
                    // the day and another state is named before it in its sentence: "… weeks after soldiers ousted the
                    // elected president Y" in a story from Paris that names X first — X's; a former office
                    // aside)
                    let h = home.clone()?;
                    let last_word = |n: &str| n.split_whitespace().last().map(fold).unwrap_or_default();
                    let other_holder = || !former_title(title_start) && holder(gaz, office_role(&title.role), &h, dct).is_some_and(|k| last_word(&k.name) != last_word(&name));
                    let sentence_start = toks[doc.sentence_tokens(toks[i].sentence).start].span.start;
                    let other_state = || hits.iter().filter(|(sp, _)| sp.end <= title_start && sp.start >= sentence_start).map(|(_, k)| &gaz.known[*k]).filter(|kn| kn.etype == EntityType::Country).filter_map(|kn| kn.country.clone().or_else(|| Some(kn.id.clone()))).rfind(|c| *c != h);
                    // (… or, for a title of no state office, when the sentence names nothing of the home country past a
                    // dateline: "Junta X mengeksekusi empat aktivis, termasuk mantan anggota parlemen Y" — X's)
                    let after_dash = doc.dateline_dash().map_or(0, |d| doc.tokens[d].span.end);
                    let sentence_end = toks[doc.sentence_tokens(toks[i].sentence).end - 1].span.end;
                    // (a word for the home state's citizens names it too, class `home_citizen`: "dua WNI bernama X dan stafnya Y")
                    let home_named = || hits.iter().any(|(sp, k)| sp.start >= sentence_start.max(after_dash) && sp.end <= sentence_end && gaz.known[*k].country.as_deref() == Some(h.as_str()))
                        || doc.sentence_tokens(toks[i].sentence).any(|x| lang.has_class(&toks[x].lower, "home_citizen"));
                    // (… or when the home state has no such office at all in the table, which holds its other offices: "Prime
                    // Minister X" in a story from a state with no prime minister, another state named before it)
                    // (an office the table follows across states, held in five or more: heads of state and government, foreign
                    // and defence ministers — not the one police chief or governor it holds)
                    let no_such_office = || {
                        let role = office_role(&title.role);
                        gaz.holders.keys().filter(|(r, c)| r == role && *c != h).take(5).count() == 5 && gaz.holders.keys().any(|(_, c)| *c == h) && !gaz.holders.keys().any(|(r, c)| *c == h && r == role)
                    };
                    Some(other_state().filter(|_| other_holder() || no_such_office() || (title.sector != "GOV" && !home_named())).unwrap_or(h))
                }).or_else(|| if title.sector == "GOV" { lone_country(toks[i].sentence) } else { None }) };
                // (an office of government's words before a body that is no government take the body's sector: the
                // spokesman of rebels is a rebel, of the police a policeman — "Juru bicara <gerakan bersenjata> X")
                let body = org_sector.clone().filter(|x| title.sector == "GOV" && x.len() == 3 && !matches!(x.as_str(), "GOV" | "PTY"));
                // (a title held before gives no sector: "former government minister X")
                let sector = if former_title(title_start) { None } else { igo.and_then(|hi| gaz.known[hits[hi].1].sector.clone()).or_else(|| party.then(|| "PTY".to_string())).or(body).or_else(|| title_sector(title, org_sector.as_ref())) };
                let ei = match known_surname {
                    Some(ei) => ei,
                    None => b.entity(&id, || Entity { id: id.clone(), name: name.clone(), etype: EntityType::Person, country: country.clone(), roles: vec![], sector, mentions: vec![] }),
                };
                b.mention(ei, span);
                person = Some(ei);
                j = m;
            }
        }
        if lower_title && person.is_none() {
            i += 1;
            continue;
        }
        if honorific {
            i = j.max(i + 1);
            continue;
        }
        // a national office alone ("Kapolri meminta …") is that country's holder of the role
        if person.is_none() && countries.is_empty() && org_country.is_none() && toks[i].cap {
            if let Some(c) = &title.country {
                countries.push((c.clone(), Span::new(title_start, title_end)));
            }
        }
        if let Some(p) = person {
            let c = countries.first().map(|c| c.0.clone()).or(b.ents[p].country.clone()).or(org_country.clone()).or(title_country.clone());
            // "his Jordanian counterpart Ayman Safadi": a counterpart (role `counterpart` in titles.tsv)
            // holds the role of the person named last before the title
            let role = if title.role == "counterpart" {
                b.ents
                    .iter()
                    .filter(|e| e.etype == EntityType::Person)
                    .filter_map(|e| Some((e.mentions.iter().filter(|m| m.end <= title_start).map(|m| m.start).max()?, e.roles.iter().rev().find(|r| r.role != "counterpart")?.role.clone())))
                    .max_by_key(|(at, _)| *at)
                    .map_or_else(|| title.role.clone(), |(_, r)| r)
            } else if party && matches!(title.role.as_str(), "head of state" | "leader") {
                // ("the X Party leader"; "ketua umum Partai X" stays a chair, of the party)
                "party official".to_string()
            } else if region_before && matches!(title.role.as_str(), "head of government" | "head of state" | "leader") {
                // (a province's premier governs the province)
                "governor".to_string()
            } else if title.role == "leader" {
                // (a state's leader: the top office the person holds on the day, else its head of state)
                let known = b.ents[p].roles.iter().find(|r| top_office(&r.role) && (r.country == c || c.is_none())).map(|r| r.role.clone());
                known.unwrap_or_else(|| "head of state".to_string())
            } else {
                title.role.clone()
            };
            // "mantan Presiden X", "former President X": a title held before is no role now
            // (function-word class `former`), though it still tells the country
            let former = former_title(title_start);
            // (a known person who holds no state office on the day, titled by a body of states: "European Commission
            // President X" acts for the body, of no state, as an unknown one would)
            let body = igo_before.filter(|_| !former && b.ents[p].sector.is_none());
            if let Some(hi) = body {
                b.add_role(p, Role { role, country: None });
                b.ents[p].country = None;
                b.ents[p].sector = gaz.known[hits[hi].1].sector.clone();
            } else if !former {
                b.add_role(p, Role { role, country: c.clone() });
            }
            if b.ents[p].country.is_none() && body.is_none() {
                b.ents[p].country = c;
            }
            if b.ents[p].sector.is_none() && !former {
                b.ents[p].sector = title_sector(title, org_sector.as_ref());
            }
            if k == title_last && j > k {
                // "Ukrainian President Volodymyr Zelenskyy": title and name are one mention
                let name_start = toks[k].span.start;
                b.ents[p].mentions.retain(|m| m.start != name_start);
                b.mention(p, Span::new(title_start, toks[j - 1].span.end));
            } else {
                b.mention(p, Span::new(title_start, title_end));
            }
        } else if !countries.is_empty() {
            // (a person's description in apposition, "X, a Chilean writer held since …": the name before the comma — a capitalised
            // word no list knows as other than a person — has no office of its own there)
            let t0 = toks.partition_point(|t| t.span.start < title_start);
            let apposed = t0 >= 3 && lang.has_class(&toks[t0 - 1].lower, "indef") && toks[t0 - 2].lower == "," && toks[t0 - 3].cap && toks[t0 - 3].kind == TokenKind::Word && !hits.iter().any(|(sp, k)| sp.overlaps(toks[t0 - 3].span) && gaz.known[*k].etype != EntityType::Person);
            for (n, (c, cspan)) in countries.iter().enumerate().filter(|_| !apposed) {
                let span = if n == 0 { Span::new(title_start, title_end.min(cspan.end).max(cspan.end)) } else { *cspan };
                // (a state's leader, role `leader`: the person named before it holding that state's top office, else its head
                // of state)
                // (not before a capitalised word, a name no rule read: "South African leader F.W. de Klerk")
                if title.role == "leader" && !toks.get(title_last).is_some_and(|t| t.cap && t.sentence == toks[i].sentence) {
                    let named = b.ents.iter().position(|e| e.etype == EntityType::Person && !e.id.starts_with("local:role:") && e.roles.iter().any(|r| top_office(&r.role) && r.country.as_deref() == Some(c.as_str())) && e.mentions.iter().any(|m| m.end <= title_start));
                    if let Some(ei) = named {
                        b.mention(ei, span);
                        continue;
                    }
                }
                let role = office_role(&title.role);
                let ei = match holder(gaz, role, c, dct) {
                    Some(k) => b.entity(&k.id, || known_entity(k, dct)),
                    None => {
                        let id = format!("local:role:{}:{}", c, slug(role));
                        let name = format!("{} ({})", role, c);
                        b.entity(&id, || Entity { id: id.clone(), name, etype: EntityType::Person, country: Some(c.clone()), roles: vec![Role { role: role.to_string(), country: Some(c.clone()) }], sector: title_sector(title, None), mentions: vec![] })
                    }
                };
                b.mention(ei, span);
            }
        } else if toks[i].cap && !hits.iter().any(|(sp, _)| sp.overlaps(toks[i].span)) {
            // a bare title: the last person mentioned before it who holds a fitting role (not the first word of a
            // known name, "Raja Abdullah", which is that person's)
            let at = toks[i].span.start;
            let mut best: Option<(usize, usize)> = None;
            for (ei, e) in b.ents.iter().enumerate() {
                if e.etype != EntityType::Person || !e.roles.iter().any(|r| role_fits(&title.role, &r.role)) {
                    continue;
                }
                if let Some(last) = e.mentions.iter().filter(|m| m.end <= at).map(|m| m.end).max() {
                    if best.is_none_or(|(_, l)| last > l) {
                        best = Some((ei, last));
                    }
                }
            }
            if let Some((ei, _)) = best {
                b.mention(ei, Span::new(toks[i].span.start, title_end));
            }
        }
        i = j.max(i + 1);
    }

    // the country of a place named by an administrative word that tells none: the one country its
    // sentence names, or the story's own when the sentence names none (two or more: unknown)
    // a capitalised word of sentence `s` that no rule has named and that is no month, weekday, function
    // or stop word: a word of a place's name next to an administrative word (2b, 2c)
    let free_name_word = |m: usize, s: usize| {
        let t = &toks[m];
        t.sentence == s && is_name_token(t) && !in_title[m] && !lang.months.contains_key(&t.lower) && !lang.weekdays.contains_key(&t.lower) && !lang.function_words.contains_key(&t.lower) && !lang.is_stopword(&t.lower) && !hits.iter().any(|(sp, _)| sp.overlaps(t.span))
    };
    // 2b. a place named by an administrative word ("Kabupaten Sukoharjo", function-word classes
    //     `place_prefix` and `region_prefix`); its country from a known place or country after a
    //     comma ("…, Jawa Tengah"), else its sentence's
    let mut k = 0;
    while k < toks.len() {
        let etype = match lang.function_words.get(&toks[k].lower).map(String::as_str) {
            Some("place_prefix") => EntityType::City,
            Some("region_prefix") => EntityType::Region,
            // "pangkalan udara X": a facility is a place (`facility_prefix`, lower case, with up to
            // two lower-case words of its kind before the name)
            Some("facility_prefix") if !toks[k].cap => EntityType::City,
            // "di kawasan X, <kota>": an area of a known town named after it (`area_prefix`, lower case), when the
            // town follows after a comma (not "kawasan Indo-Pasifik")
            Some("area_prefix") if !toks[k].cap => EntityType::City,
            // "di kota X": a town named by the lower-case word for a town (marker class `town_prefix`)
            // (not inside a title, "Wakil Wali kota X"; nor before a currency or a people's adjective, "kota Rp …", "kota Welsh")
            _ if !toks[k].cap && !in_title[k] && lang.has_class(&toks[k].lower, "town_prefix") && toks.get(k + 1).is_some_and(|t| !lang.has_class(&t.lower, "currency") && !lang.demonym_adjective(&t.lower)) => EntityType::City,
            _ => {
                k += 1;
                continue;
            }
        };
        let s = toks[k].sentence;
        let free = |m: usize| free_name_word(m, s);
        let prefix = k;
        if lang.function_words.get(&toks[k].lower).is_some_and(|c| c == "facility_prefix") {
            while k + 1 < toks.len() && k - prefix < 2 && !toks[k + 1].cap && toks[k + 1].kind == warta_core::TokenKind::Word && !lang.function_words.contains_key(&toks[k + 1].lower) && !lang.is_stopword(&toks[k + 1].lower) {
                k += 1;
            }
        }
        let mut m = k + 1;
        while m < toks.len() && m - k <= 3 && free(m) {
            m += 1;
        }
        // (a known town or region, or any capitalised name in the sentence: the town may be one no list knows)
        let town_after = || toks.get(m).is_some_and(|t| t.lower == ",") && (hit_at.get(&(m + 1)).is_some_and(|(hi, _)| matches!(gaz.known[hits[*hi].1].etype, EntityType::City | EntityType::Region)) || toks.get(m + 1).is_some_and(|t| t.cap && t.sentence == s && t.kind == TokenKind::Word));
        if m == k + 1 || (lang.has_class(&toks[prefix].lower, "area_prefix") && !town_after()) {
            k = prefix + 1;
            continue;
        }
        let country = toks
            .get(m)
            .filter(|t| t.lower == ",")
            .and_then(|_| hit_at.get(&(m + 1)))
            .map(|(hi, _)| &gaz.known[hits[*hi].1])
            .filter(|kn| matches!(kn.etype, EntityType::Country | EntityType::City | EntityType::Region))
            .and_then(|kn| kn.country.clone().or_else(|| (kn.etype == EntityType::Country).then(|| kn.id.clone())))
            .or_else(|| sentence_country(s));
        let span = Span::new(toks[k + 1].span.start, toks[m - 1].span.end);
        let name = doc.body[span.start..span.end].to_string();
        let kind = if etype == EntityType::City { "city" } else { "region" };
        let id = format!("local:{kind}:{}", slug(&name));
        let ei = b.entity(&id, || Entity { id: id.clone(), name: name.clone(), etype, country, roles: vec![], sector: None, mentions: vec![] });
        b.mention(ei, span);
        k = m;
    }

    // 2c. a place named before an administrative word ("the central Sagaing region", "Kebbi state",
    //     "Oke Kan village": function-word classes `region_suffix` and `place_noun`, lower case);
    //     its country from a country's possessive before it ("northwest Nigeria's Kebbi state"), else
    //     as above
    for k in 1..toks.len() {
        let etype = match (toks[k].cap, lang.function_words.get(&toks[k].lower).map(String::as_str)) {
            (false, Some("region_suffix" | "place_noun")) => EntityType::Region,
            _ => continue,
        };
        let s = toks[k].sentence;
        let free = |m: usize| free_name_word(m, s);
        // ("the northern district of X", "the city of X": the name after "of", one to three words)
        if k + 2 < toks.len() && lang.function_words.get(&toks[k + 1].lower).is_some_and(|c| c == "of") && free(k + 2) && !doc.sentences[s].title_case {
            let mut m = k + 2;
            while m < toks.len() && m - k <= 4 && free(m) {
                m += 1;
            }
            let span = Span::new(toks[k + 2].span.start, toks[m - 1].span.end);
            let name = doc.body[span.start..span.end].to_string();
            let id = format!("local:region:{}", slug(&name));
            // (its country a place's it is joined to: "<city> and the southern region of X")
            let c = (k.saturating_sub(4)..k).rev().find(|&x| conj(x));
            let joined = c.filter(|&x| x > 0 && (x + 1..k).all(|y| !toks[y].cap && toks[y].kind == TokenKind::Word)).and_then(|x| hit_ending.get(&(x - 1))).map(|hi| &gaz.known[hits[*hi].1]).filter(|kn| matches!(kn.etype, EntityType::City | EntityType::Region | EntityType::Country)).and_then(|kn| kn.country.clone().or_else(|| (kn.etype == EntityType::Country).then(|| kn.id.clone())));
            // (or the country whose adjective stands right before the word: "the northern Peruvian region of X")
            let adjective = hit_ending.get(&(k - 1)).map(|hi| &gaz.known[hits[*hi].1]).filter(|kn| kn.etype == EntityType::Country).map(|kn| kn.id.clone());
            let country = adjective.or(joined).or_else(|| sentence_country(s));
            let ei = b.entity(&id, || Entity { id: id.clone(), name: name.clone(), etype, country, roles: vec![], sector: None, mentions: vec![] });
            b.mention(ei, span);
            continue;
        }
        let mut a = k;
        while a > 0 && k - a < 3 && free(a - 1) && !doc.sentences[s].title_case {
            a -= 1;
        }
        // (not a sentence's first word alone: "Troops in the region")
        if a == k || (a == doc.sentence_tokens(s).start && k - a == 1) {
            continue;
        }
        let country = a
            .checked_sub(2)
            .filter(|&p| toks[p + 1].lower == "'s")
            .and_then(|p| hit_ending.get(&p))
            .map(|hi| &gaz.known[hits[*hi].1])
            .filter(|kn| kn.etype == EntityType::Country)
            .map(|kn| kn.id.clone())
            .or_else(|| sentence_country(s));
        let span = Span::new(toks[a].span.start, toks[k - 1].span.end);
        let name = doc.body[span.start..span.end].to_string();
        let id = format!("local:region:{}", slug(&name));
        let ei = b.entity(&id, || Entity { id: id.clone(), name: name.clone(), etype, country, roles: vec![], sector: None, mentions: vec![] });
        b.mention(ei, span);
    }

    // 2c. in a language with no tagger: a capitalised word of organisations, then capitalised words
    //     joined by a lower-case "of"/"to"/"on" (classes `of`, `to`, `against`), ending capitalised, is an
    //     organisation's name no list knows ("the Council on Fair Elections", "the Union of
    //     Foreign Relations"); not over a known name, nor in a headline
    if tagger.is_none() {
        let mut k = 0;
        while k < toks.len() {
            let t = &toks[k];
            if !(is_name_token(t) && lang.org_words.contains(&t.lower) && !in_title[k]) {
                k += 1;
                continue;
            }
            let s = t.sentence;
            let name_word = |x: usize| toks.get(x).is_some_and(|w| w.sentence == s && is_name_token(w) && !lang.function_words.contains_key(&w.lower) && !lang.months.contains_key(&w.lower) && !lang.weekdays.contains_key(&w.lower));
            let (mut m, mut last, mut joined) = (k + 1, k, false);
            while m < toks.len() && m - k <= 6 {
                if name_word(m) {
                    last = m;
                    m += 1;
                } else if !toks[m].cap && matches!(lang.function_words.get(&toks[m].lower).map(String::as_str), Some("of" | "to" | "against")) && name_word(m + 1) {
                    joined = true;
                    m += 1;
                } else {
                    break;
                }
            }
            let span = Span::new(t.span.start, toks[last].span.end);
            let known = (k..=last).any(|x| hit_at.contains_key(&x)) || b.ents.iter().any(|e| e.mentions.iter().any(|x| x.start < span.end && span.start < x.end));
            if joined && last > k + 1 && !known {
                let name = doc.body[span.start..span.end].to_string();
                let id = format!("local:org:{}", slug(&name));
                let ei = b.entity(&id, || Entity { id: id.clone(), name: name.clone(), etype: EntityType::Org, country: None, roles: vec![], sector: None, mentions: vec![] });
                b.mention(ei, span);
            }
            k = last.max(k) + 1;
        }
    }

    // 3. surname coreference: "Yamada" after "Taro Yamada" (before new names are guessed, so a
    //    sentence-initial word is not glued to a known surname)
    corefer_surnames(&mut b, doc, lang);
    // a lower-case noun of groups ("the rights group X": `org_head`) or of ships and buildings
    // (`thing_head`) before a capitalised name: the name is no person's
    let head_noun = |k: usize| toks.get(k).filter(|t| !t.cap).and_then(|t| lang.function_words.get(&t.lower)).map(String::as_str).filter(|c| matches!(*c, "org_head" | "thing_head"));
    // 4. a name that says something: "Said Iqbal mengatakan", "…, kata Budi Santoso", "Ahmed Khan said"
    let covered: Vec<Span> = b.ents.iter().flat_map(|e| e.mentions.iter().map(|m| Span::new(m.start, m.end))).collect();
    let reporting = |k: usize, pos: &[&str]| toks.get(k).is_some_and(|t| lang.reporting.iter().any(|(p, ps)| p.len() == 1 && p[0] == t.lower && pos.contains(&ps.as_str())));
    let plain_name = |k: usize| {
        let t = &toks[k];
        is_name_token(t) && !in_title[k] && !lang.months.contains_key(&t.lower) && !lang.weekdays.contains_key(&t.lower) && !lang.function_words.contains_key(&t.lower) && !lang.is_stopword(&t.lower) && !lang.pronouns.contains_key(&t.lower) && !covered.iter().any(|s| s.overlaps(t.span))
    };
    let mut k = 0;
    while k < toks.len() {
        if !plain_name(k) {
            k += 1;
            continue;
        }
        let mut m = k;
        while m < toks.len() && m - k < 4 && plain_name(m) && toks[m].sentence == toks[k].sentence {
            m += 1;
        }
        let adverb = toks.get(m).is_some_and(|t| lang.is_stopword(&t.lower) && !lang.function_words.contains_key(&t.lower));
        // (or a name in apposition, between commas, before it: "The leader of X's group, Y Z, said")
        // (after a description ending in a lower-case word: not "Bek Juventus, X, mengakui")
        // (… or closing a title, whatever follows: "The X Union's commission chairman, Y Z, called for calm")
        // (… or closing an organisation's name before a reporting verb: "kepala badan keamanan X Shin Bet, Y Z, mengatakan")
        // (an organisation ending at token `j`: its state, perhaps none)
        let org_ending_at = |j: usize| hits.iter().find(|(sp, hi)| sp.end == toks[j].span.end && gaz.known[*hi].etype == EntityType::Org).map(|(_, hi)| gaz.known[*hi].country.clone());
        let org_before = (k > 1 && toks[k - 1].lower == ",").then(|| org_ending_at(k - 2)).flatten();
        let appositive_speaker = k > 1 && toks[k - 1].lower == "," && (!toks[k - 2].cap || org_before.is_some()) && toks[k - 2].kind == TokenKind::Word && toks.get(m).is_some_and(|t| t.lower == ",") && (reporting(m + 1, &["pre"]) || (in_title[k - 2] && m - k >= 2));
        let says_after = reporting(m, &["pre", "post"]) || (adverb && reporting(m + 1, &["pre"])) || appositive_speaker;
        let says_before = k > 0 && reporting(k - 1, &["post", "pre"]) && (m >= toks.len() || toks[m].kind == TokenKind::Punct);
        // (not an institution: "the Foreign Ministry said"); the leading words that the tagger's
        // training text mostly used outside persons' names belong to what comes before the name
        // ("… Kementerian Luar Negeri Judha Nugraha mengatakan": "Luar Negeri" is not the name)
        // … nor the rest of one after "of": "the Ministry of External Affairs said")
        let of_institution = k >= 2 && lang.function_words.get(&toks[k - 1].lower).is_some_and(|c| c == "of") && lang.org_words.contains(&toks[k - 2].lower);
        let institution = of_institution || (k..m).any(|x| lang.org_words.contains(&toks[x].lower));
        let mut k0 = k;
        if says_after {
            while m - k0 > 2 && tagger.is_some_and(|t| t.words.rarely_in_persons_names(&toks[k0].lower)) {
                k0 += 1;
            }
        }
        // "the rights group Plataforma Decide said": a name after a lower-case noun of groups, ships or
        // buildings (function-word classes `org_head`, `thing_head`) is not a person's
        let thing = k0 > 0 && head_noun(k0 - 1).is_some();
        // "Obaidul Quader, general secretary of the ruling party, said": a title in apposition after
        // the comma (an article and one lower-case word may come first: "a senior adviser")
        let apposition = (toks.get(m).is_some_and(|t| t.lower == "," && t.sentence == toks[k].sentence))
            .then(|| {
                let mut j = m + 1;
                if toks.get(j).is_some_and(|t| !t.cap && lang.is_stopword(&t.lower)) {
                    j += 1;
                }
                // (a title read only in apposition, `appositive`: "X, the secretary of …")
                // (written in lower case, as apposition writes it: not "…, wrote Secretary X")
                let appositive = |j: usize| lang.appositive_titles.iter().find(|ti| ti.phrase.iter().enumerate().all(|(n, w)| toks.get(j + n).is_some_and(|tk| tk.lower == *w && !tk.cap && tk.sentence == toks[k].sentence)));
                let title_here = |j: usize| title_at.get(j).copied().flatten().or_else(|| appositive(j));
                // (up to two: "X, a deputy special envoy …", "X, the top diplomat …")
                for _ in 0..2 {
                    if title_here(j).is_none() && toks.get(j).is_some_and(|t| !t.cap && t.kind == TokenKind::Word && t.sentence == toks[k].sentence) {
                        j += 1;
                    }
                }
                // (or a name's possessive: "X, Y's chief of staff, told …")
                if title_here(j).is_none() && toks.get(j).is_some_and(is_name_token) && toks.get(j + 1).is_some_and(|t| t.lower == "'s") {
                    j += 2;
                }
                // (or an organisation's name, whose country is the person's: "X, the palace aide who …")
                let mut org_country = None;
                if let Some(&(hi, last)) = hit_at.get(&j).filter(|(hi, _)| gaz.known[hits[*hi].1].etype == EntityType::Org) {
                    org_country = gaz.known[hits[hi].1].country.clone();
                    j = last + 1;
                }
                // (not a rank or a national office that opens the next person's name, a title naming its own country:
                // "petugas Satlantas X, Bripka Y" — Y is the officer; a list's "X, Menteri Perhubungan Y" keeps X a person)
                let names_next = |t: &warta_lang::Title| t.country.is_some() && toks.get(j + t.phrase.len()).is_some_and(|n| n.sentence == toks[k].sentence && is_name_token(n) && n.cap);
                title_here(j).filter(|t| t.role != "-" && toks[j].sentence == toks[k].sentence && !names_next(t)).map(|t| (t, org_country, j + t.phrase.len()))
            })
            .flatten()
            // "X, the leader of the Y Party": a state's office (the bare "leader") only when "of"
            // names no other body; a capitalised name after "of" that is no country is that body
            .map(|(t, c, end)| {
                let of = toks.get(end).is_some_and(|o| o.sentence == toks[k].sentence && lang.function_words.get(&o.lower).is_some_and(|c| c == "of"));
                let of_body = of && {
                    let n = end + 1 + usize::from(toks.get(end + 1).is_some_and(|t| !t.cap && lang.is_stopword(&t.lower)));
                    toks.get(n).is_some_and(|t| t.cap && t.sentence == toks[k].sentence) && is_country(n).is_none()
                };
                // (a country's possessive after "of" is the person's: "X, the secretary of Chile's defence council")
                // (or after a word of benefit, marker class `beneficiary_prep`: "X, a spokesman for Chile's army")
                let for_word = toks.get(end).is_some_and(|o| o.sentence == toks[k].sentence && lang.has_class(&o.lower, "beneficiary_prep"));
                // (or after "at", where the person works, a state's mission or body: "X, a diplomat at Chile's consulate in Y",
                // class `mission_noun` or an organisation's word — not "a diplomat in Chile's capital")
                let at_word = toks.get(end).is_some_and(|o| o.sentence == toks[k].sentence && lang.function_words.get(&o.lower).is_some_and(|c| c == "at"));
                let works_at = |last: usize| !at_word || toks.get(last + 2).is_some_and(|t| lang.has_class(&t.lower, "mission_noun") || lang.org_words.contains(&t.lower));
                let of_country = (of || for_word || at_word).then(|| is_country(end + 1).filter(|&(_, last)| toks.get(last + 1).is_some_and(|t| t.lower == "'s") && works_at(last)).map(|(hi, _)| gaz.known[hits[hi].1].country.clone().unwrap_or_else(|| gaz.known[hits[hi].1].id.clone()))).flatten();
                // (an envoy sent by a known person or state is of that state: "X, an envoy
                // the Chilean president sent by plane" is no such — "X, the envoy sent by President Y": class `sent_by`, then "by", then within six words the sender)
                // (or "of" a known person: "X, an envoy of U.S. President Y" — not "a leader of the Palestinian uprising")
                let sent = toks.get(end).is_some_and(|t| lang.has_class(&t.lower, "sent_by")) && toks.get(end + 1).is_some_and(|t| lang.function_words.get(&t.lower).is_some_and(|c| c == "by"));
                let sender_from = if sent { end + 2 } else { end + 1 };
                // (or "to" a known person, whom the person serves: "X, a senior adviser to President Y")
                let to_person = toks.get(end).is_some_and(|o| o.sentence == toks[k].sentence && lang.function_words.get(&o.lower).is_some_and(|c| c == "to"));
                let sent_by = (sent || of || to_person)
                    .then(|| (sender_from..(sender_from + 6).min(toks.len())).take_while(|&x| toks[x].sentence == toks[k].sentence).find_map(|x| hit_at.get(&x).map(|&(hi, _)| &gaz.known[hits[hi].1]).filter(|kn| kn.etype == EntityType::Person || (sent && kn.etype == EntityType::Country)).and_then(|kn| kn.country.clone().or_else(|| (kn.etype == EntityType::Country).then(|| kn.id.clone())))))
                    .flatten();
                (Some(t).filter(|t| !(of_body && matches!(t.role.as_str(), "head of state" | "leader"))), c.or(of_country).or(sent_by))
            });
        // (or a country's adjective and a generic agent in apposition: "X, an American teacher jailed …", "X, warga negara
        // Australia" — a person of that country)
        let agent_apposition = (apposition.is_none() && toks.get(m).is_some_and(|t| t.lower == "," && t.sentence == toks[k].sentence))
            .then(|| {
                let j = m + 1 + usize::from(toks.get(m + 1).is_some_and(|t| !t.cap && lang.is_stopword(&t.lower)));
                let agent_len = |a: usize| lang.agents.iter().filter(|(p, sector)| sector != "-" && p.iter().enumerate().all(|(n, w)| toks.get(a + n).is_some_and(|t| t.lower == *w && !t.cap && t.sentence == toks[k].sentence))).map(|(p, _)| p.len()).max();
                // (or the agent first and its country after it, as Indonesian writes it: "X, warga negara Australia yang …")
                let (hi, _) = match is_country(j) {
                    Some((hi, last)) => Some((hi, last)).filter(|_| agent_len(last + 1).is_some()),
                    None => agent_len(j).and_then(|n| is_country(j + n)),
                }?;
                Some(gaz.known[hits[hi].1].country.clone().unwrap_or_else(|| gaz.known[hits[hi].1].id.clone()))
            })
            .flatten();
        // (or a name with an age in brackets, as the press writes a victim or a suspect: "Affan Kurniawan (21)")
        let age_at = |x: usize| toks.get(x).is_some_and(|t| t.kind == TokenKind::Number && (1..=3).contains(&t.lower.len()) && t.lower.bytes().all(|c| c.is_ascii_digit()));
        let aged = toks.get(m).is_some_and(|t| t.lower == "(") && age_at(m + 1) && toks.get(m + 2).is_some_and(|t| t.lower == ")");
        // (… or between commas, "Mohsen X, 23, was hanged", or before it with a word of age, "22-year-old X": marker class
        // `age_word`, after the number and a hyphen)
        let aged = aged || (toks.get(m).is_some_and(|t| t.lower == ",") && age_at(m + 1) && toks.get(m + 2).is_some_and(|t| t.lower == "," || t.lower == "."));
        let aged = aged || {
            let before = doc.body[..toks[k0].span.start].trim_end();
            let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
            word.split_once('-').is_some_and(|(n, rest)| (1..=3).contains(&n.len()) && n.bytes().all(|c| c.is_ascii_digit()) && lang.has_class(&rest.to_lowercase(), "age_word"))
        };
        // (or a name right after the words of who leads a body, class `led_by`: "penyidik yang dipimpin X Y", "an
        // inquiry led by X Y")
        let led1 = k0 >= 1 && lang.has_class(&toks[k0 - 1].lower, "led_by");
        let led = led1 || (k0 >= 2 && lang.has_class(&format!("{} {}", toks[k0 - 2].lower, toks[k0 - 1].lower), "led_by"));
        // (the leader of an organisation named just before, past a comma, is of its state: "The X Forces, led by Y Z, …")
        let led_org = led
            .then(|| {
                let lb = if led1 { k0 - 1 } else { k0 - 2 };
                let j = if lb >= 1 && toks[lb - 1].lower == "," { lb.checked_sub(2)? } else { lb.checked_sub(1)? };
                org_ending_at(j).flatten()
            })
            .flatten();
        if m - k0 >= 2 && (says_after || says_before || apposition.is_some() || agent_apposition.is_some() || aged || led) && !institution && !thing {
            let span = Span::new(toks[k0].span.start, toks[m - 1].span.end);
            let name = doc.body[span.start..span.end].to_string();
            let id = format!("local:person:{}", slug(&name));
            // (the organisation's state when the name closes its apposition: "… Shin Bet, X Y, mengatakan")
            let org_state = org_before.clone().flatten().filter(|_| appositive_speaker);
            let country = apposition.as_ref().and_then(|(_, c)| c.clone()).or(agent_apposition.clone()).or(org_state).or(led_org).or(home.clone());
            let ei = b.entity(&id, || Entity { id: id.clone(), name: name.clone(), etype: EntityType::Person, country: country.clone(), roles: vec![], sector: None, mentions: vec![] });
            b.mention(ei, span);
            if let Some((Some(t), _)) = apposition {
                b.add_role(ei, Role { role: office_role(&t.role).to_string(), country: t.country.clone().or(country) });
                if b.ents[ei].sector.is_none() {
                    b.ents[ei].sector = title_sector(t, None);
                }
            }
        }
        k = m.max(k + 1);
    }

    // 4b. "the Oslo-based group Iran Human Rights", "kelompok HAM Kontras Aceh": two to five capitalised
    //     words after a noun of groups are an organisation's name (a country inside it is part of it)
    let mut k = 1;
    while k < toks.len() {
        if head_noun(k - 1) != Some("org_head") || !is_name_token(&toks[k]) {
            k += 1;
            continue;
        }
        let s = toks[k].sentence;
        let mut m = k;
        while m < toks.len() && m - k < 5 && toks[m].sentence == s && is_name_token(&toks[m]) && !in_title[m] && !lang.months.contains_key(&toks[m].lower) && !lang.weekdays.contains_key(&toks[m].lower) && !lang.function_words.contains_key(&toks[m].lower) {
            m += 1;
        }
        let span = Span::new(toks[k].span.start, toks[m - 1].span.end);
        // a known name alone ("the group Hamas") is that name's; a new one needs two words
        let known_whole = b.ents.iter().any(|e| e.mentions.iter().any(|x| x.start <= span.start && x.end >= span.end));
        // (nor is a country before a known name, "perusahaan Turki Turkish Aerospace": the country is the company's)
        let country_then_known = hit_at.get(&k).filter(|(hi, last)| gaz.known[hits[*hi].1].etype == EntityType::Country && last + 1 < m).is_some_and(|&(_, last)| {
            let rest = Span::new(toks[last + 1].span.start, span.end);
            b.ents.iter().any(|e| e.mentions.iter().any(|x| x.start <= rest.start && x.end >= rest.end))
        });
        if m - k >= 2 && !known_whole && !country_then_known && !(k..m).all(|x| hit_at.contains_key(&x) || in_title[x]) {
            let name = doc.body[span.start..span.end].to_string();
            let id = format!("local:org:{}", slug(&name));
            let ei = b.entity(&id, || Entity { id: id.clone(), name: name.clone(), etype: EntityType::Org, country: None, roles: vec![], sector: None, mentions: vec![] });
            b.mention(ei, span);
        }
        k = m.max(k + 1);
    }

    // 5. the statistical tagger, where the language has one: the runs of capitalised words no rule
    //    has named, each tagged in a window of two tokens either side inside its sentence (the
    //    model's context), so the cost follows the unknown names and not the article's length
    if let Some(tagger) = tagger {
        // tokens inside a mention found so far
        let mut covered = vec![false; toks.len()];
        for m in b.ents.iter().flat_map(|e| e.mentions.iter()) {
            let a = toks.partition_point(|t| t.span.end <= m.start);
            for c in covered.iter_mut().take(toks.partition_point(|t| t.span.start < m.end)).skip(a) {
                *c = true;
            }
        }
        let cand = |k: usize| {
            let t = &toks[k];
            !covered[k] && is_name_token(t) && !in_title[k] && !lang.months.contains_key(&t.lower) && !lang.weekdays.contains_key(&t.lower) && !lang.is_stopword(&t.lower) && !lang.pronouns.contains_key(&t.lower)
        };
        let mut windows: Vec<(usize, usize)> = vec![];
        let mut k = 0;
        while k < toks.len() {
            if !cand(k) || title_case(toks[k].sentence) {
                k += 1;
                continue;
            }
            let s = toks[k].sentence;
            let mut m = k;
            while m < toks.len() && cand(m) && toks[m].sentence == s {
                m += 1;
            }
            // the names kept below are two words or more
            if m - k < 2 {
                k = m;
                continue;
            }
            let r = doc.sentence_tokens(s);
            let (a, z) = (k.saturating_sub(2).max(r.start), (m + 2).min(r.end));
            match windows.last_mut() {
                Some(w) if w.1 >= a && toks[w.0].sentence == s => w.1 = w.1.max(z),
                _ => windows.push((a, z)),
            }
            k = m;
        }
        for (a, z) in windows {
            let words: Vec<&str> = (a..z).map(|i| &doc.body[toks[i].span.start..toks[i].span.end]).collect();
            let tags = tagger.model.tag_with(&words, Some(tagger.gazetteer));
            for (s0, e0, ty) in warta_ner::spans(&tags) {
                let (s1, e1) = (a + s0, a + e0);
                // a new name: every word of it unnamed so far, and a capitalised one among them
                if !(s1..e1).any(cand) || (s1..e1).any(|i| covered[i]) {
                    continue;
                }
                // precise shapes only: a person is two words or more, none of them an acronym, a word
                // the language data knows as something else, or a word the training text mostly
                // used outside persons' names ("Ekonomi", "Gunung"); an organisation opens with a
                // word that begins organisations' names ("Kementerian", "Bank", "PT")
                let plain = |i: usize| {
                    let t = &toks[i];
                    let acronym = t.lower.chars().count() >= 2 && doc.body[t.span.start..t.span.end].chars().all(|c| !c.is_lowercase());
                    t.kind == TokenKind::Word && !acronym && !in_title[i] && !lang.org_words.contains(&t.lower) && !lang.function_words.contains_key(&t.lower) && !tagger.words.rarely_in_persons_names(&t.lower)
                };
                // (a person's name after a title whose office runs on in capitalised words and commas: the
                // tagger may take the office's last word in, "… Menteri Pertanian, Kehutanan, dan Kelautan X Y")
                let s1 = match (s1..e1).find(|&i| plain(i)) {
                    Some(t) if ty == "PER" && t > s1 && e1 - t >= 2 => {
                        let run = |k: usize| toks[k].sentence == toks[t].sentence && (toks[k].lower == "," || lang.function_words.get(&toks[k].lower).is_some_and(|c| c == "conj") || (toks[k].cap && toks[k].kind == TokenKind::Word));
                        if (t.saturating_sub(12)..t).any(|k| title_at[k].is_some() && (k..t).all(run)) {
                            t
                        } else {
                            s1
                        }
                    }
                    _ => s1,
                };
                let thing = s1 > 0 && head_noun(s1 - 1).is_some();
                let (etype, kind) = match ty.as_str() {
                    "PER" if e1 - s1 >= 2 && (s1..e1).all(plain) && !thing => (EntityType::Person, "person"),
                    // (its last word capitalised: "Kementerian Pertanian periode 2019" ends before "periode")
                    "ORG" if e1 - s1 >= 2 && lang.org_words.contains(&toks[s1].lower) && toks[e1 - 1].cap => (EntityType::Org, "org"),
                    _ => continue,
                };
                let span = Span::new(toks[s1].span.start, toks[e1 - 1].span.end);
                // an organisation's long name before the short form already known, in brackets
                // ("Kelompok Kriminal Bersenjata (KKB)"): one more name of that organisation
                if etype == EntityType::Org && toks.get(e1).is_some_and(|t| t.lower == "(") && toks.get(e1 + 2).is_some_and(|t| t.lower == ")") {
                    let short = toks[e1 + 1].span;
                    if let Some(ei) = b.ents.iter().position(|e| e.etype == EntityType::Org && e.mentions.iter().any(|m| m.start == short.start && m.end == short.end)) {
                        b.mention(ei, span);
                        continue;
                    }
                }
                let name = doc.body[span.start..span.end].to_string();
                let id = format!("local:{kind}:{}", slug(&name));
                // whose name it is says nothing of the country: a footballer in a Jakarta story is not Indonesian;
                // but a name in apposition to a generic agent of the story ("seorang warga, Budi Santoso (34),
                // tewas …") is one of the story's own people
                // (or right before it, lower case: "pengusaha X", "aktivis X")
                let agent_ends = |e: usize| lang.agents.iter().any(|(p, sector)| sector != "-" && e >= p.len() && p.iter().enumerate().all(|(n, w)| toks[e - p.len() + n].lower == *w && toks[e - p.len() + n].sentence == toks[s1].sentence));
                let agent_before = etype == EntityType::Person && s1 >= 2 && ((toks[s1 - 1].lower == "," && agent_ends(s1 - 1)) || (!toks[s1 - 1].cap && agent_ends(s1)));
                // (… and so is one after a title of the story's government whose office runs on in capitalised
                // words and commas: "mantan Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi X")
                let conj = |k: usize| lang.function_words.get(&toks[k].lower).is_some_and(|c| c == "conj");
                let office_run = |k: usize| toks[k].sentence == toks[s1].sentence && (toks[k].lower == "," || conj(k) || (toks[k].cap && toks[k].kind == TokenKind::Word));
                let title_before = etype == EntityType::Person
                    && (s1.saturating_sub(12)..s1).any(|k| title_at[k].is_some_and(|t| t.country.is_none() && t.sector == "GOV") && (k..s1).all(office_run) && (k + title_at[k].map_or(1, |t| t.phrase.len())..s1).any(|x| toks[x].lower == ","));
                // (… or after an agent and a country, perhaps with a word of origin between: "warga Rusia X", "dosen
                // asal Cile X" — that country; function-word class `origin`)
                // (… the name perhaps in apposition after a comma: "terpidana mati kasus narkotika asal Cile, X," — and up to
                // three lower-case words of what the agent does or did between it and the origin)
                let country_end = if s1 >= 3 && toks[s1 - 1].lower == "," { s1 - 2 } else { s1.saturating_sub(1) };
                let agent_country = (etype == EntityType::Person && s1 >= 2).then(|| hit_ending.get(&country_end)).flatten().filter(|hi| gaz.known[hits[**hi].1].etype == EntityType::Country).and_then(|hi| {
                    let c0 = toks.partition_point(|t| t.span.start < hits[*hi].0.start);
                    let origin = c0 >= 1 && lang.function_words.get(&toks[c0 - 1].lower).is_some_and(|c| c == "origin");
                    let before = if origin { c0 - 1 } else { c0 };
                    // (a lower-case word of what the agent does may follow it: "pegiat lingkungan asal Cile X")
                    let plain_word = |y: usize| !toks[y].cap && toks[y].kind == TokenKind::Word && !lang.function_words.contains_key(&toks[y].lower) && !lang.is_stopword(&toks[y].lower);
                    let most = if origin { 3 } else { 1 };
                    let modified = (1..=most).any(|n| before > n && toks[before - n].sentence == toks[s1].sentence && (before - n..before).all(plain_word) && agent_ends(before - n));
                    let apposition_ok = country_end == s1 - 1 || origin;
                    (apposition_ok && before >= 1 && toks[before - 1].sentence == toks[s1].sentence && (agent_ends(before) || modified)).then(|| gaz.known[hits[*hi].1].country.clone().unwrap_or_else(|| gaz.known[hits[*hi].1].id.clone()))
                });
                // (an organisation's unit named right before it is of its country: "Dinas Hukum TNI AD")
                let parent_country = (etype == EntityType::Org).then(|| hit_at.get(&e1)).flatten().map(|&(hi, _)| &gaz.known[hits[hi].1]).filter(|k| k.etype == EntityType::Org).and_then(|k| k.country.clone());
                // (… or one of a list a copula opens after such an agent, perhaps with a demonstrative after it: "Ketiga
                // hakim tersebut adalah X, Y, dan Z" — marker class `list_copula`, `det_post`)
                let listed = etype == EntityType::Person && {
                    let mut k = s1;
                    while k > 0 && s1 - k < 16 && toks[k - 1].sentence == toks[s1].sentence && ((toks[k - 1].cap && toks[k - 1].kind == TokenKind::Word) || toks[k - 1].lower == "," || conj(k - 1)) {
                        k -= 1;
                    }
                    k >= 3 && toks[k - 2].sentence == toks[s1].sentence && lang.has_class(&toks[k - 1].lower, "list_copula") && {
                        let h = if lang.function_words.get(&toks[k - 2].lower).is_some_and(|c| c == "det_post") { k - 2 } else { k - 1 };
                        agent_ends(h)
                    }
                };
                let country = if let Some(c) = agent_country.or(parent_country) { Some(c) } else if agent_before || title_before || listed { home.clone() } else { None };
                let ei = b.entity(&id, || Entity { id: id.clone(), name: name.clone(), etype, country, roles: vec![], sector: None, mentions: vec![] });
                b.mention(ei, span);
            }
        }
    }

    // 6. coreference again, for the names steps 4 and 5 found
    corefer_surnames(&mut b, doc, lang);

    // 7. a person named bare by the first two or more words of one other person's longer name is that person
    //    ("Sheikh X" after "Sheikh X bin Y Al Z", which the tagger found alone)
    for p in 0..b.ents.len() {
        let e = &b.ents[p];
        // (a bare name only, no country, sector or role of its own that the merge would lose)
        if e.etype != EntityType::Person || !e.id.starts_with("local:person:") || e.name.split_whitespace().count() < 2 || e.country.is_some() || e.sector.is_some() || !e.roles.is_empty() {
            continue;
        }
        let head = format!("{} ", fold(&e.name));
        let longer: Vec<usize> = (0..b.ents.len()).filter(|&q| q != p && b.ents[q].etype == EntityType::Person && !b.ents[q].mentions.is_empty() && fold(&b.ents[q].name).starts_with(&head)).collect();
        if let [q] = longer[..] {
            let spans: Vec<Span> = b.ents[p].mentions.iter().map(|m| Span::new(m.start, m.end)).collect();
            b.ents[p].mentions.clear();
            for sp in spans {
                b.mention(q, sp);
            }
        }
    }

    // "the Chinese capital", "the capital of Iran", "ibu kota Iran": the country's capital city (`xx/capitals.tsv`), a mention
    // of that city in place of the country's (a word of marker class `capital_noun` right after the country's name or
    // adjective, or right before its name, perhaps past "of"); a capital the gazetteer does not name is left as it is
    let capital_at = |k: usize, s: usize| -> usize {
        let one = toks.get(k).is_some_and(|t| t.sentence == s && !t.cap && lang.has_class(&t.lower, "capital_noun"));
        let two = toks.get(k + 1).is_some_and(|t| t.sentence == s && toks[k].sentence == s && !toks[k].cap && lang.has_class(&format!("{} {}", toks[k].lower, t.lower), "capital_noun"));
        if two {
            2
        } else {
            usize::from(one)
        }
    };
    // (country entity, the country's mention, the capital's mention, the capital's gazetteer row)
    let mut capital_mentions: Vec<(usize, Span, Span, usize)> = vec![];
    for (ei, e) in b.ents.iter().enumerate().filter(|(_, e)| e.etype == EntityType::Country) {
        let Some(&city) = e.country.as_ref().and_then(|c| gaz.capitals.get(c)) else { continue };
        for m in &e.mentions {
            let (Some(a), Some(z)) = (tok_start(m.start), tok_end(m.end)) else { continue };
            let s = toks[a].sentence;
            let after = capital_at(z + 1, s);
            // (before it: "ibu kota Iran", "the capital of Iran" — not a possessive's "Iran's capital", which is after)
            let of = a >= 1 && lang.function_words.get(&toks[a - 1].lower).is_some_and(|c| c == "of");
            let b0 = if of { a - 1 } else { a };
            let before = (1..=2).find(|&n| b0 >= n && capital_at(b0 - n, s) == n).map(|n| b0 - n);
            let span = if after > 0 {
                Span::new(m.start, toks[z + after].span.end)
            } else if let Some(k) = before {
                Span::new(toks[k].span.start, m.end)
            } else {
                continue;
            };
            capital_mentions.push((ei, Span::new(m.start, m.end), span, city));
        }
    }
    for (ei, sp, capital, city) in capital_mentions {
        b.ents[ei].mentions.retain(|m| !(m.start == sp.start && m.end == sp.end));
        let k = &gaz.known[city];
        let ci = b.entity(&k.id, || known_entity(k, dct));
        b.mention(ci, capital);
    }

    let mut ents = b.ents;
    for e in &mut ents {
        e.mentions.sort_by_key(|m| (m.start, m.end));
    }
    // a body no list knows whose name ends with an international organisation's is a unit of it ("Dewan Pangan
    // PBB", "the UN Human Rights Council" has its own row): that organisation's actor code
    for e in ents.iter_mut().filter(|e| e.etype == EntityType::Org && e.country.is_none() && e.sector.is_none() && e.id.starts_with("local:")) {
        let Some(m) = e.mentions.first() else { continue };
        // (an acronym only, "PBB", "UN": a multi-word name at the end, "Security Council", may be a state's body)
        let acronym = |sp: &Span| doc.body[sp.start..sp.end].chars().all(|c| c.is_uppercase() || c == '.');
        if let Some((_, k)) = hits.iter().chain(&igo_ends).find(|(sp, k)| sp.end == m.end && sp.start > m.start && acronym(sp) && gaz.known[*k].etype == EntityType::Org && gaz.known[*k].country.is_none() && gaz.known[*k].sector.as_deref().is_some_and(|x| x.starts_with("IGO"))) {
            e.sector = gaz.known[*k].sector.clone();
        }
    }
    ents.retain(|e| !e.mentions.is_empty());
    ents.sort_by_key(|e| e.mentions[0].start);
    (ents, home)
}

/// Single capitalised words that repeat a known person's surname become mentions of that person.
/// Acronyms a story defines in brackets right after the capitalised words they abbreviate, each with
/// the span of those words: "Pusat Bantuan Bencana (PBB)" gives "PBB" and the span of the three words. The initials of
/// the capitalised words, skipping lower-case function words and stop words between them, spell it.
fn defined_acronyms(doc: &Doc, lang: &Lang) -> Vec<(String, Span)> {
    let toks = &doc.tokens;
    let mut out: Vec<(String, Span)> = vec![];
    for k in 1..toks.len().saturating_sub(1) {
        let t = &toks[k];
        if toks[k - 1].lower != "(" || toks[k + 1].lower != ")" || t.kind != TokenKind::Word {
            continue;
        }
        let acr = &doc.body[t.span.start..t.span.end];
        let n = acr.chars().count();
        if !(2..=6).contains(&n) || !acr.chars().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        // read the initials backwards from the word before the bracket
        let letters: Vec<char> = acr.chars().rev().collect();
        let (mut x, mut got, mut first) = (k - 1, 0, None);
        while got < letters.len() && x > 0 {
            x -= 1;
            let w = &toks[x];
            if w.sentence != t.sentence {
                break;
            }
            if w.cap && w.kind == TokenKind::Word {
                if !doc.body[w.span.start..].starts_with(letters[got]) {
                    break;
                }
                got += 1;
                first = Some(x);
            } else if !(w.kind == TokenKind::Word && (lang.is_stopword(&w.lower) || lang.function_words.contains_key(&w.lower))) {
                break;
            }
        }
        if let (true, Some(f)) = (got == letters.len(), first) {
            out.push((acr.to_string(), Span::new(toks[f].span.start, toks[k - 2].span.end)));
        }
    }
    out
}

/// A family name alone that the gazetteer gave to one person (an alias of an official, "Karzai") is another person
/// of that name when that one was named in full last before it ("Wakil Ketua Rudi Karzai … Karzai disebut …").
fn reassign_family_aliases(b: &mut Builder) {
    let n = b.ents.len();
    let persons: Vec<usize> = (0..n).filter(|&i| b.ents[i].etype == EntityType::Person && b.ents[i].name.split_whitespace().count() >= 2).collect();
    if persons.len() < 2 {
        return;
    }
    let family = |i: usize, b: &Builder| b.ents[i].name.split_whitespace().last().map(fold);
    let mut moves: Vec<(usize, usize, Mention)> = vec![];
    for &j in &persons {
        for m in b.ents[j].mentions.iter().filter(|m| !m.text.contains(' ')) {
            let f = fold(&m.text);
            let last = persons.iter().filter(|&&i| family(i, b).as_deref() == Some(f.as_str())).filter_map(|&i| b.ents[i].mentions.iter().filter(|x| x.end <= m.start && x.text.contains(' ')).map(|x| x.start).max().map(|st| (st, i))).max();
            if let Some((_, i)) = last.filter(|(_, i)| *i != j) {
                moves.push((j, i, m.clone()));
            }
        }
    }
    if moves.is_empty() {
        return;
    }
    for (j, i, m) in moves {
        b.ents[j].mentions.retain(|x| x.start != m.start);
        if !b.ents[i].mentions.iter().any(|x| x.start == m.start) {
            b.ents[i].mentions.push(m);
            b.ents[i].mentions.sort_by_key(|x| x.start);
        }
    }
    b.ents.retain(|e| !e.mentions.is_empty());
    b.by_id = b.ents.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
}

fn corefer_surnames(b: &mut Builder, doc: &Doc, lang: &Lang) {
    reassign_family_aliases(b);
    let toks = &doc.tokens;
    let mut covered: Vec<Span> = b.ents.iter().flat_map(|e| e.mentions.iter().map(|m| Span::new(m.start, m.end))).collect();
    covered.sort();
    // (the Arabic articles a family name may carry, function-word class `surname_article`, read once)
    let articles: Vec<&str> = lang.function_word_classes.iter().filter(|(_, cs)| cs.iter().any(|c| c == "surname_article")).map(|(w, _)| w.as_str()).collect();
    let mut surnames: Vec<(String, usize)> = b
        .ents
        .iter()
        .enumerate()
        .filter(|(_, e)| e.etype == EntityType::Person && !e.id.starts_with("local:role:"))
        .flat_map(|(i, e)| {
            let parts: Vec<&str> = e.name.split_whitespace().collect();
            let last = parts.last().map(|p| fold(p));
            // (and without its Arabic article, function-word class `surname_article`: "Sharaa" of "Ahmed al-Sharaa")
            let bare = last.as_ref().and_then(|l| articles.iter().find_map(|w| l.strip_prefix(*w).filter(|b| b.chars().count() >= 3).map(str::to_string)));
            last.into_iter().chain(bare).map(move |s| (s, i))
        })
        .collect();
    // (a middle word of a name of three or more, capitalised, four letters or more, that no other person's name has:
    // "Bima" of "Kresna Bima Wibowo"; after the last words, so those win)
    // (each word with its folded form, folded once)
    let persons: Vec<(usize, Vec<(&str, String)>)> = b.ents.iter().enumerate().filter(|(_, e)| e.etype == EntityType::Person && !e.id.starts_with("local:role:")).map(|(i, e)| (i, e.name.split_whitespace().map(|w| (w, fold(w))).collect())).collect();
    for (i, parts) in &persons {
        for (w, f) in parts.iter().skip(1).take(parts.len().saturating_sub(2)) {
            let unique = persons.iter().all(|(j, ps)| j == i || !ps.iter().any(|(_, p)| p == f));
            if unique && w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() >= 4 && !surnames.iter().any(|(s, _)| s == f) {
                surnames.push((f.clone(), *i));
            }
        }
    }
    if surnames.is_empty() {
        return;
    }
    // first names too ("kata Aswin" after "Aswin Siregar", as Indonesian papers write), when only one
    // person has that first name and it is a word of four letters or more, or of three that abbreviates no title
    let mut first_names: Vec<(String, usize)> = vec![];
    for (i, e) in b.ents.iter().enumerate() {
        let parts: Vec<&str> = e.name.split_whitespace().collect();
        // (three letters will do in a name of three words, a hyphenated one or one whose second word is
        // short, where the family name comes first: "Kim" of "Kim Jong Un", "Lee" of "Lee Jae-myung",
        // "Mao" of "Mao Ning")
        // (two letters in a name of a country whose names put the family name first, `xx/name_order.tsv`:
        // "Sun" of "Sun Haoran", "Li" of "Li Wenbo")
        let by_country = e.country.as_ref().is_some_and(|c| lang.family_name_first.contains(c));
        let family_first = by_country || parts.len() >= 3 || parts.get(1).is_some_and(|p| p.contains('-') || p.chars().count() <= 4);
        // (three letters in any name whose first word is no abbreviation of a title the language knows: "Aan" of
        // "Aan Kurnia", "kata Aan"; not "Gen" of "Gen Smith")
        let first_folded = fold(parts.first().copied().unwrap_or(""));
        let abbreviation = lang.abbreviations.iter().any(|a| a.trim_end_matches('.') == first_folded);
        let shortest = if by_country { 2 } else if family_first || !abbreviation { 3 } else { 4 };
        if e.etype != EntityType::Person || e.id.starts_with("local:role:") || parts.len() < 2 || parts[0].chars().count() < shortest {
            continue;
        }
        let f = fold(parts[0]);
        match first_names.iter().position(|(n, _)| *n == f) {
            Some(p) => first_names[p].1 = usize::MAX,
            None => first_names.push((f, i)),
        }
    }
    // (a first name that is another person's last name stays: the two compete by who was named last, below)
    first_names.retain(|(n, i)| *i != usize::MAX && !surnames.iter().any(|(s, j)| s == n && j == i));
    // a nickname the story gives ("Budi, sapaan Budiman": W, a word of class `nickname`, then a word of a
    // person's mention): W is that person wherever it stands
    for k in 0..toks.len().saturating_sub(3) {
        if !(is_name_token(&toks[k]) && toks[k + 1].lower == "," && lang.function_words.get(&toks[k + 2].lower).is_some_and(|c| c == "nickname") && toks[k + 3].sentence == toks[k].sentence) {
            continue;
        }
        let at = toks[k + 3].span;
        let named = |e: &Entity| e.mentions.iter().any(|m| m.start <= at.start && at.end <= m.end) || e.name.split_whitespace().any(|w| fold(w) == fold(&toks[k + 3].lower));
        if let Some(i) = b.ents.iter().position(|e| e.etype == EntityType::Person && !e.id.starts_with("local:role:") && named(e)) {
            first_names.push((fold(&toks[k].lower), i));
        }
    }
    // … or after the full name and a word of class `alias_word` ("Rudi Hartanto alias Bowo"): that person too
    for k in 1..toks.len().saturating_sub(1) {
        if !(lang.function_words.get(&toks[k].lower).is_some_and(|c| c == "alias_word") && is_name_token(&toks[k + 1]) && toks[k + 1].sentence == toks[k].sentence && toks[k - 1].sentence == toks[k].sentence) {
            continue;
        }
        let at = toks[k - 1].span;
        let named = |e: &Entity| e.mentions.iter().any(|m| m.start <= at.start && at.end <= m.end);
        if let Some(i) = b.ents.iter().position(|e| e.etype == EntityType::Person && !e.id.starts_with("local:role:") && named(e)) {
            first_names.push((fold(&toks[k + 1].lower), i));
        }
    }
    // the initials of a person named in full, as Indonesian papers write a suspect ("NAM" after "Nadiem Anwar
    // Makarim"): two to four capitals, one per word of the name, after the first mention, when only one
    // person has them
    let mut initials: Vec<(String, usize, usize)> = vec![];
    for (i, e) in b.ents.iter().enumerate() {
        let parts: Vec<&str> = e.name.split_whitespace().collect();
        if e.etype != EntityType::Person || e.id.starts_with("local:role:") || !(2..=4).contains(&parts.len()) {
            continue;
        }
        let Some(first) = e.mentions.iter().map(|m| m.end).min() else { continue };
        let letters: String = parts.iter().filter_map(|p| p.chars().next()).flat_map(char::to_uppercase).collect();
        match initials.iter().position(|(n, _, _)| *n == letters) {
            Some(p) => initials[p].1 = usize::MAX,
            None => initials.push((letters, i, first)),
        }
    }
    initials.retain(|(_, i, _)| *i != usize::MAX);
    for t in toks.iter().filter(|t| t.kind == TokenKind::Word) {
        let text = &doc.body[t.span.start..t.span.end];
        if !(2..=4).contains(&text.len()) || !text.bytes().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        let Some((_, ei, _)) = initials.iter().find(|(n, _, first)| n == text && t.span.start >= *first) else { continue };
        if covered.iter().any(|s| s.overlaps(t.span)) {
            continue;
        }
        b.mention(*ei, t.span);
    }
    for (ti, t) in toks.iter().enumerate().filter(|(_, t)| is_name_token(t)) {
        // cheap test first: the lowercase form, folded only when it has non-ASCII letters
        let folded = if t.lower.is_ascii() { std::borrow::Cow::Borrowed(t.lower.as_str()) } else { std::borrow::Cow::Owned(fold(&t.lower)) };
        // (of two people of one family name, the one named last before it: "Wakil Presiden Sara X … X dituduh …" is
        // Sara, though "Rodrigo X" is named further on)
        let named_before = |i: usize| b.ents[i].mentions.iter().filter(|m| m.end <= t.span.start).map(|m| m.start).max();
        // (a first name alone, not the first word of a longer name; one word that is one person's last name and another's
        // first, "Ali" of "Ahmad Muhdlor Ali" and of "Ali Fikri", is the one named last before it — a last name wins a tie)
        let next_is_name = toks.get(ti + 1).is_some_and(|n| n.sentence == t.sentence && is_name_token(n));
        let first = first_names.iter().filter(|(s, _)| *s == folded && !next_is_name).map(|x| (x, 0u8));
        // (… and not one the story already calls by another single word: "Muhdlor" before "kata Ali")
        let short_other = |i: usize| b.ents[i].mentions.iter().any(|m| m.end <= t.span.start && doc.token_starting_at(m.start).is_some_and(|k| toks[k].span.end == m.end && toks[k].lower != t.lower));
        let cands: Vec<(usize, u8)> = surnames.iter().filter(|(s, _)| *s == folded).map(|(_, i)| (*i, 1u8)).chain(first.map(|((_, i), l)| (*i, l))).collect();
        // (that test only where the word is one's last name and another's first)
        let mixed = cands.iter().any(|(_, l)| *l == 0) && cands.iter().any(|(_, l)| *l == 1);
        let Some(&(ei, kind)) = cands.iter().max_by_key(|(i, last)| (!(mixed && short_other(*i)), named_before(*i), *last, std::cmp::Reverse(*i))) else { continue };
        if covered.iter().any(|s| s.overlaps(t.span)) {
            // (the word an earlier pass gave another of these people, before this one's full name was found, moves to
            // the one chosen now)
            let holder = b.ents.iter().position(|e| e.etype == EntityType::Person && e.mentions.iter().any(|m| m.start == t.span.start && m.end == t.span.end));
            if let Some(h) = holder.filter(|&h| h != ei && cands.iter().any(|(i, l)| *i == h && *l != kind)) {
                b.ents[h].mentions.retain(|m| !(m.start == t.span.start && m.end == t.span.end));
                b.mention(ei, t.span);
            }
            continue;
        }
        b.mention(ei, t.span);
    }

}
