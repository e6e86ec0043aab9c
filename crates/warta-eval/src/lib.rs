//! warta-eval: scores `warta-doc/1` records against `warta-gold/1` files, as
//! `spec/gold-format.md` says. One scorer serves `warta eval` and the CI gate.
//!
//! A gold file without an `events` key does not judge events (extraction-only fixtures);
//! `"events": []` says the page reports none, and every extracted event counts against precision.
//!
//! One choice the spec leaves open: events whose modality is `negated` ("agar tidak menyerang")
//! say that something did *not* happen; they are kept in the output but not scored as events.

use serde::Serialize;
use serde_json::Value;
use warta_core::{fold, record::Record, CharIndex};

/// Hits out of a total, with what was missed.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Count {
    pub hit: usize,
    pub total: usize,
    pub missed: Vec<String>,
}

impl Count {
    pub fn ratio(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.hit as f64 / self.total as f64
        }
    }
    fn check(&mut self, ok: bool, what: impl Into<String>) {
        self.total += 1;
        if ok {
            self.hit += 1;
        } else {
            self.missed.push(what.into());
        }
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct EventScore {
    /// required gold events matched / required gold events
    pub recall: Count,
    /// extracted events matching any gold event / extracted events
    pub precision: Count,
    /// per gold event id, the index of the extracted event that matched it
    pub matches: Vec<(String, usize)>,
}

impl EventScore {
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision.ratio(), self.recall.ratio());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct FileScore {
    pub path: String,
    pub article: Count,
    pub entities: Count,
    pub times: Count,
    pub quotes: Count,
    pub events: EventScore,
    pub contacts: Count,
}

/// One contact as a store answers it: (level, last date, previous date).
pub type ContactAnswer = (String, String, Option<String>);

/// Gold `contacts`: found when the store's answer for the pair has the level with the same last date
/// (and the same previous date where the gold gives one).
pub fn score_contacts(gold: &Value, answer: &dyn Fn(&str, &str) -> Vec<ContactAnswer>, c: &mut Count) {
    for g in gold.get("contacts").and_then(|x| x.as_array()).into_iter().flatten() {
        let pair = strs(g, "between");
        // a gold contact without its pair, level or date is a mistake in the gold: a miss, so it shows
        let (Some(level), Some(last), 2) = (s(g, "level"), s(g, "last"), pair.len()) else {
            c.check(false, format!("gold contact needs \"between\" (two countries), \"level\" and \"last\": {g}"));
            continue;
        };
        let prev = s(g, "previous");
        let got = answer(&pair[0], &pair[1]);
        // a contact is dated by its day: "2025-07-21TMO" (in the morning) answers "2025-07-21"
        let day = |d: &str| d.split('T').next().unwrap_or("").to_string();
        let ok = got.iter().any(|(l, la, pr)| *l == level && day(la) == last && prev.as_ref().is_none_or(|p| pr.as_deref().map(day).as_deref() == Some(p.as_str())));
        c.check(ok, format!("{} {} {level}: last {last}{}", pair[0], pair[1], prev.map(|p| format!(", previous {p}")).unwrap_or_default()));
    }
}

fn s(v: &Value, k: &str) -> Option<String> {
    v.get(k).and_then(|x| x.as_str()).map(str::to_string)
}

fn strs(v: &Value, k: &str) -> Vec<String> {
    v.get(k).and_then(|x| x.as_array()).map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect()).unwrap_or_default()
}

fn ws(s: &str) -> String {
    warta_core::squeeze_spaces(s)
}

/// Names a gold entity goes by, folded.
fn gold_names(g: &Value) -> Vec<String> {
    let mut n: Vec<String> = strs(g, "aliases").iter().map(|a| fold(a)).collect();
    if let Some(x) = s(g, "name") {
        n.push(fold(&x));
    }
    n
}

/// Does an extracted entity answer to one of these names (its name or any mention)? A mention of a
/// title and a name ("Peruvian Foreign Minister Rudi Hartanto") answers to the name it ends with: the page's
/// spelling, where the entity's own name is its list's ("Rudi Hartono").
fn entity_named(e: &warta_core::Entity, names: &[String]) -> bool {
    names.contains(&fold(&e.name)) || e.mentions.iter().any(|m| {
        let t = fold(&m.text);
        names.iter().any(|n| t == *n || (t.len() > n.len() && t.ends_with(n.as_str()) && t[..t.len() - n.len()].ends_with(' ')))
    })
}

fn score_article(rec: &Record, gold: &Value, c: &mut Count) {
    let Some(a) = gold.get("article") else { return };
    let body = rec.body();
    if let Some(t) = s(a, "title") {
        c.check(rec.article.title.as_deref().map(ws) == Some(ws(&t)), format!("title: want {t:?}, got {:?}", rec.article.title));
    }
    for cap in strs(a, "captions") {
        c.check(rec.article.captions.iter().any(|x| ws(x) == ws(&cap)), format!("caption {cap:?}"));
    }
    if let Some(b) = s(a, "body_starts_with") {
        c.check(ws(&body).starts_with(&ws(&b)), format!("body starts with {b:?}"));
    }
    if let Some(b) = s(a, "body_ends_with") {
        c.check(ws(&body).ends_with(&ws(&b)), format!("body ends with {b:?}"));
    }
    if let Some(n) = a.get("paragraphs").and_then(|x| x.as_u64()) {
        c.check(rec.article.paragraphs.len() as u64 == n, format!("paragraphs: want {n}, got {}", rec.article.paragraphs.len()));
    }
    for m in strs(a, "must_not_contain") {
        c.check(!body.contains(&m), format!("body contains {m:?}"));
    }
    if let Some(p) = s(a, "published_inferred") {
        c.check(rec.article.published.as_deref() == Some(p.as_str()), format!("published: want {p}, got {:?}", rec.article.published));
    }
}

fn score_entities(rec: &Record, gold: &Value, c: &mut Count) {
    for g in gold.get("entities").and_then(|x| x.as_array()).into_iter().flatten() {
        if g.get("optional").and_then(|x| x.as_bool()) == Some(true) {
            continue;
        }
        let ids: Vec<String> = [s(g, "wikidata"), s(g, "iso3")].into_iter().flatten().collect();
        let names = gold_names(g);
        let country = s(g, "country");
        let role = s(g, "role");
        let ok = rec.entities.iter().any(|e| {
            (ids.contains(&e.id) || entity_named(e, &names)) && country.as_ref().is_none_or(|c| e.country.as_ref() == Some(c)) && role.as_ref().is_none_or(|r| e.roles.iter().any(|x| &x.role == r))
        });
        c.check(ok, s(g, "name").unwrap_or_default());
    }
}

/// Char spans of every occurrence of `needle` in `body`.
fn occurrences(body: &str, ix: &CharIndex, needle: &str) -> Vec<(usize, usize)> {
    if needle.is_empty() {
        return vec![];
    }
    body.match_indices(needle).map(|(b, m)| (ix.char_of(b), ix.char_of(b + m.len()))).collect()
}

fn score_times(rec: &Record, gold: &Value, c: &mut Count) {
    let body = rec.body();
    let ix = CharIndex::new(&body);
    for g in gold.get("times").and_then(|x| x.as_array()).into_iter().flatten() {
        let (Some(text), Some(value)) = (s(g, "text"), s(g, "value")) else { continue };
        let occ = occurrences(&body, &ix, &text);
        let ok = rec.times.iter().any(|t| t.value == value && occ.iter().any(|(a, b)| t.start < *b && *a < t.end));
        c.check(ok, format!("{text} = {value}"));
    }
}

fn gold_entity_by_name<'a>(gold: &'a Value, name: &str) -> Option<&'a Value> {
    gold.get("entities").and_then(|x| x.as_array())?.iter().find(|g| s(g, "name").as_deref() == Some(name) || strs(g, "aliases").iter().any(|a| a == name))
}

fn score_quotes(rec: &Record, gold: &Value, c: &mut Count) {
    for g in gold.get("quotes").and_then(|x| x.as_array()).into_iter().flatten() {
        // a gold quote that names no text is a mistake in the gold: counted as a miss, so it shows
        let Some(contains) = s(g, "contains") else {
            c.check(false, format!("gold quote without \"contains\": {g}"));
            continue;
        };
        let speaker = s(g, "speaker");
        let country = s(g, "speaker_country");
        let names: Vec<String> = speaker.as_ref().map(|sp| gold_entity_by_name(gold, sp).map(gold_names).unwrap_or_else(|| vec![fold(sp)])).unwrap_or_default();
        let ok = rec.quotes.iter().any(|q| {
            if !ws(&q.text).contains(&ws(&contains)) {
                return false;
            }
            let Some(sp) = &q.speaker else { return false };
            let ent = rec.entities.iter().find(|e| &e.id == sp);
            let by_name = speaker.is_none() || ent.is_some_and(|e| entity_named(e, &names)) || names.contains(&fold(sp)) || q.speaker_name.as_ref().is_some_and(|n| names.contains(&fold(n)));
            let by_country = country.as_ref().is_none_or(|c| sp == c || ent.is_some_and(|e| e.country.as_ref() == Some(c)));
            by_name && by_country
        });
        c.check(ok, contains);
    }
}

fn event_matches(rec: &Record, gold: &Value, e: &warta_core::Event, g: &Value) -> bool {
    let codes = strs(g, "codes");
    if !codes.iter().any(|c| e.code.starts_with(c.as_str())) {
        return false;
    }
    let ac = e.actor.as_ref().and_then(|a| a.country.clone());
    let tc = e.target.as_ref().and_then(|a| a.country.clone());
    let (ga, gt) = (s(g, "actor"), s(g, "target"));
    let fits = |a: &Option<String>, t: &Option<String>| ga.as_ref().is_none_or(|x| a.as_ref() == Some(x)) && gt.as_ref().is_none_or(|x| t.as_ref() == Some(x));
    let sym = g.get("symmetric").and_then(|x| x.as_bool()) == Some(true);
    if !(fits(&ac, &tc) || (sym && fits(&tc, &ac))) {
        return false;
    }
    if let Some(d) = s(g, "date") {
        if !e.date.as_deref().is_some_and(|x| x.starts_with(&d)) {
            return false;
        }
    }
    if let Some(n) = g.get("fatalities_min").and_then(|x| x.as_u64()) {
        if e.fatalities.as_ref().is_none_or(|f| f.min < n) {
            return false;
        }
    }
    if let Some(loc) = s(g, "location") {
        let mut names = vec![fold(&loc)];
        let mut ids = vec![];
        if let Some(ge) = gold_entity_by_name(gold, &loc) {
            names.extend(gold_names(ge));
            ids.extend(s(ge, "wikidata"));
        }
        let ok = e.location.as_ref().is_some_and(|l| names.contains(&fold(&l.name)) || l.entity.as_ref().is_some_and(|id| ids.contains(id) || rec.entities.iter().any(|x| &x.id == id && entity_named(x, &names))));
        if !ok {
            return false;
        }
    }
    true
}

/// Kuhn's augmenting paths: a maximum one-to-one matching of gold to extracted events.
fn assign(adj: &[Vec<usize>], n_right: usize, order: &[usize], owner: &mut Vec<Option<usize>>) {
    fn try_k(u: usize, adj: &[Vec<usize>], seen: &mut [bool], owner: &mut Vec<Option<usize>>) -> bool {
        for &v in &adj[u] {
            if seen[v] {
                continue;
            }
            seen[v] = true;
            if owner[v].is_none_or(|w| try_k(w, adj, seen, owner)) {
                owner[v] = Some(u);
                return true;
            }
        }
        false
    }
    for &u in order {
        let mut seen = vec![false; n_right];
        try_k(u, adj, &mut seen, owner);
    }
}

fn score_events(rec: &Record, gold: &Value, out: &mut EventScore) {
    let golds: Vec<&Value> = gold.get("events").and_then(|x| x.as_array()).map(|a| a.iter().collect()).unwrap_or_default();
    let extracted: Vec<(usize, &warta_core::Event)> = rec.events.iter().enumerate().filter(|(_, e)| e.modality != "negated").collect();
    let adj: Vec<Vec<usize>> = golds.iter().map(|g| extracted.iter().enumerate().filter(|(_, (_, e))| event_matches(rec, gold, e, g)).map(|(j, _)| j).collect()).collect();
    let optional = |g: &Value| g.get("optional").and_then(|x| x.as_bool()) == Some(true);
    // required gold events first, so optional ones never take a match a required one needs
    let mut order: Vec<usize> = (0..golds.len()).filter(|&i| !optional(golds[i])).collect();
    order.extend((0..golds.len()).filter(|&i| optional(golds[i])));
    let mut owner: Vec<Option<usize>> = vec![None; extracted.len()];
    let req: Vec<usize> = order.iter().copied().filter(|&i| !optional(golds[i])).collect();
    assign(&adj, extracted.len(), &req, &mut owner);
    let opt: Vec<usize> = order.iter().copied().filter(|&i| optional(golds[i])).collect();
    // optional ones after: an augmenting path may move a required gold event to another extracted event
    // it also matches, but never leaves one unmatched, so recall is the required ones' maximum
    let mut owner2 = owner.clone();
    assign(&adj, extracted.len(), &opt, &mut owner2);
    for (i, g) in golds.iter().enumerate() {
        let id = s(g, "id").unwrap_or_else(|| format!("#{i}"));
        let m = owner2.iter().position(|o| *o == Some(i));
        if let Some(j) = m {
            out.matches.push((id.clone(), extracted[j].0));
        }
        if !optional(g) {
            out.recall.check(m.is_some(), format!("{id}: {}", s(g, "what").unwrap_or_default()));
        }
    }
    for (j, (k, e)) in extracted.iter().enumerate() {
        let a = e.actor.as_ref().and_then(|a| a.country.clone()).unwrap_or("-".into());
        let t = e.target.as_ref().and_then(|a| a.country.clone()).unwrap_or("-".into());
        out.precision.check(owner2[j].is_some(), format!("event {k}: {} {a}->{t} {:?} «{}»", e.code, e.date, e.trigger));
    }
}

/// Score one record against one gold file.
pub fn score(path: &str, rec: &Record, gold: &Value) -> FileScore {
    let mut f = FileScore { path: path.to_string(), ..Default::default() };
    score_article(rec, gold, &mut f.article);
    score_entities(rec, gold, &mut f.entities);
    score_times(rec, gold, &mut f.times);
    score_quotes(rec, gold, &mut f.quotes);
    // a gold file without an "events" key does not judge events (an extraction-only fixture);
    // `"events": []` says the page reports none
    if gold.get("events").is_some() {
        score_events(rec, gold, &mut f.events);
    }
    f
}

/// The figures a floor can be set on, by name.
pub fn figures(f: &FileScore) -> Vec<(&'static str, f64)> {
    vec![
        ("article", f.article.ratio()),
        ("entities", f.entities.ratio()),
        ("times", f.times.ratio()),
        ("quotes", f.quotes.ratio()),
        ("events_recall", f.events.recall.ratio()),
        ("events_precision", f.events.precision.ratio()),
        ("events_f1", f.events.f1()),
        ("contacts", f.contacts.ratio()),
    ]
}

#[cfg(test)]
mod tests;
pub mod extraction;
pub mod petrarch;
pub mod timeml;
