//! The in-memory twin of the SQLite store: same rows, same merging, plain vectors.

use crate::rows::{event_rows, outlet, simhash, NEAR_DUPLICATE_BITS};
use crate::sqlite::{contact_from, split_roles};
use crate::*;
use std::collections::HashMap;

struct Doc {
    id: String,
    source: String,
    title: Option<String>,
    published: Option<String>,
    body: String,
    simhash: u64,
    cluster: String,
    failed: bool,
}

#[derive(Default)]
pub struct MemStore {
    docs: Vec<Doc>,
    by_id: HashMap<String, usize>,
    events: Vec<(EventRow, Option<String>, bool)>, // (row, pair, contact)
    by_key: HashMap<String, usize>,
    mentions: Vec<(MentionRow, String)>, // (row, cluster)
    entities: Vec<(String, EntitySummary)>, // (doc id, entity)
}

impl MemStore {
    pub fn new() -> Self {
        Self::default()
    }

    fn put_one(&mut self, rec: &Record) -> PutOutcome {
        if self.by_id.contains_key(&rec.id) {
            return PutOutcome::Duplicate;
        }
        let body = rec.body();
        let sh = simhash(&body);
        let failed = rec.error.is_some();
        let cluster = if failed || body.is_empty() { None } else { self.docs.iter().find(|d| !d.failed && !d.body.is_empty() && (d.simhash ^ sh).count_ones() <= NEAR_DUPLICATE_BITS).map(|d| d.cluster.clone()) };
        let cluster = cluster.unwrap_or_else(|| rec.id.clone());
        self.by_id.insert(rec.id.clone(), self.docs.len());
        self.docs.push(Doc { id: rec.id.clone(), source: rec.source.clone(), title: rec.article.title.clone(), published: rec.article.published.clone(), body, simhash: sh, cluster: cluster.clone(), failed });
        if failed {
            return PutOutcome::Failed;
        }
        let out = outlet(&rec.source);
        let seen = rec.article.published.clone().unwrap_or_else(|| "-".into());
        let (mut mentions, mut new_events) = (0, 0);
        for ne in event_rows(rec) {
            let e = &ne.event;
            let idx = match self.by_key.get(&ne.key) {
                Some(&i) => {
                    let id = self.events[i].0.id;
                    let ms: Vec<&(MentionRow, String)> = self.mentions.iter().filter(|(m, _)| m.event == id).collect();
                    let new_doc = !ms.iter().any(|(m, _)| m.document == rec.id);
                    let new_outlet = !ms.iter().any(|(m, _)| m.outlet == out);
                    let new_cluster = !ms.iter().any(|(_, c)| *c == cluster);
                    let row = &mut self.events[i].0;
                    row.num_mentions += 1;
                    row.num_articles += new_doc as i64;
                    row.num_sources += new_outlet as i64;
                    row.num_independent += new_cluster as i64;
                    row.first_seen = row.first_seen.clone().min(seen.clone());
                    row.last_seen = row.last_seen.clone().max(seen.clone());
                    row.fatalities = row.fatalities.max(e.fatalities.as_ref().map(|f| f.min as i64));
                    i
                }
                None => {
                    let id = self.events.len() as i64 + 1;
                    let p = |x: &Option<warta_core::Participant>| x.clone().unwrap_or_default();
                    let (a, t) = (p(&e.actor), p(&e.target));
                    let row = EventRow {
                        id,
                        code: e.code.clone(),
                        name: e.name.clone(),
                        plover: e.plover.clone(),
                        goldstein: e.goldstein,
                        quad_class: e.quad_class.map(|q| q as i64),
                        actor_country: a.country,
                        actor_code: a.code,
                        actor_entity: a.entity,
                        actor_text: e.actor.as_ref().map(|x| x.text.clone()),
                        target_country: t.country,
                        target_code: t.code,
                        target_entity: t.entity,
                        target_text: e.target.as_ref().map(|x| x.text.clone()),
                        symmetric: e.symmetric,
                        level: ne.level.clone(),
                        date: e.date.clone(),
                        location: e.location.as_ref().map(|l| l.name.clone()),
                        location_country: e.location.as_ref().and_then(|l| l.country.clone()),
                        fatalities: e.fatalities.as_ref().map(|f| f.min as i64),
                        modality: e.modality.clone(),
                        language: rec.language.clone(),
                        num_mentions: 1,
                        num_articles: 1,
                        num_sources: 1,
                        num_independent: 1,
                        first_seen: seen.clone(),
                        last_seen: seen.clone(),
                        evidence: e.sentence.clone(),
                        evidence_doc: rec.id.clone(),
                    };
                    self.events.push((row, ne.pair.clone(), ne.contact));
                    self.by_key.insert(ne.key.clone(), self.events.len() - 1);
                    new_events += 1;
                    self.events.len() - 1
                }
            };
            let id = self.events[idx].0.id;
            let m = MentionRow { event: id, document: rec.id.clone(), outlet: out.clone(), sentence: e.sentence.clone(), start: e.start as i64, end: e.end as i64 };
            if !self.mentions.iter().any(|(x, _)| x.event == id && x.document == m.document && x.start == m.start) {
                self.mentions.push((m, cluster.clone()));
                mentions += 1;
            }
        }
        for e in &rec.entities {
            let roles = e.roles.iter().map(|r| r.role.clone()).collect();
            let t = serde_json::to_value(e.etype).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
            self.entities.push((rec.id.clone(), EntitySummary { id: e.id.clone(), name: e.name.clone(), etype: t, country: e.country.clone(), roles, documents: 1, events: 0 }));
        }
        PutOutcome::Added { mentions, new_events }
    }
}

fn side_matches(v: &Option<String>, country: &Option<String>, entity: &Option<String>, text: &Option<String>) -> bool {
    match v {
        None => true,
        Some(v) if v.len() == 3 && v.chars().all(|c| c.is_ascii_uppercase()) => country.as_deref() == Some(v.as_str()),
        Some(v) => entity.as_deref() == Some(v.as_str()) || text.as_ref().is_some_and(|t| t.eq_ignore_ascii_case(v)),
    }
}

impl Store for MemStore {
    fn put_batch(&mut self, recs: &[Record]) -> Result<Vec<PutOutcome>> {
        Ok(recs.iter().map(|r| self.put_one(r)).collect())
    }

    fn events(&self, q: &EventQuery) -> Result<Vec<EventRow>> {
        let mut v: Vec<EventRow> = self
            .events
            .iter()
            .map(|(r, _, _)| r)
            .filter(|r| side_matches(&q.actor, &r.actor_country, &r.actor_entity, &r.actor_text) && side_matches(&q.target, &r.target_country, &r.target_entity, &r.target_text))
            .filter(|r| q.code.as_ref().is_none_or(|c| r.code.starts_with(c.as_str())))
            .filter(|r| q.since.as_ref().is_none_or(|s| r.date.as_ref().is_some_and(|d| d >= s)))
            .filter(|r| q.until.as_ref().is_none_or(|u| r.date.as_ref().is_some_and(|d| *d <= crate::sqlite::prefix_upper(u))))
            .filter(|r| q.lang.as_ref().is_none_or(|l| r.language.as_ref() == Some(l)))
            .cloned()
            .collect();
        v.sort_by(|a, b| b.date.cmp(&a.date).then(b.id.cmp(&a.id)));
        let limit = if q.limit == 0 { 100 } else { q.limit };
        Ok(v.into_iter().skip(q.offset).take(limit).collect())
    }

    fn mentions(&self, event: i64) -> Result<Vec<MentionRow>> {
        let mut v: Vec<MentionRow> = self.mentions.iter().filter(|(m, _)| m.event == event).map(|(m, _)| m.clone()).collect();
        v.sort_by(|a, b| a.document.cmp(&b.document).then(a.start.cmp(&b.start)));
        Ok(v)
    }

    fn contacts(&self, a: &str, b: &str) -> Result<Vec<Contact>> {
        let pair = if a < b { format!("{a}|{b}") } else { format!("{b}|{a}") };
        let mut out = vec![];
        for level in LEVELS {
            let mut rows: Vec<&EventRow> = self
                .events
                .iter()
                .filter(|(r, p, contact)| p.as_deref() == Some(pair.as_str()) && *contact && r.level.as_deref() == Some(level) && r.date.is_some() && matches!(r.modality.as_str(), "asserted" | "reported"))
                .map(|(r, _, _)| r)
                .collect();
            rows.sort_by(|x, y| y.date.cmp(&x.date).then(y.id.cmp(&x.id)));
            let rows = rows.into_iter().take(16).map(|r| ContactEvent { event: r.id, date: r.date.clone().unwrap_or_default(), code: r.code.clone(), actor: r.actor_text.clone(), target: r.target_text.clone(), evidence: r.evidence.clone(), document: r.evidence_doc.clone() }).collect();
            if let Some(c) = contact_from(level, rows) {
                out.push(c);
            }
        }
        Ok(out)
    }

    fn entity(&self, name: &str) -> Result<Vec<EntitySummary>> {
        let mut by: Vec<EntitySummary> = vec![];
        for (_, e) in self.entities.iter().filter(|(_, e)| e.id == name || e.name.eq_ignore_ascii_case(name)) {
            match by.iter_mut().find(|x| x.id == e.id) {
                Some(x) => {
                    x.documents += 1;
                    x.roles.extend(e.roles.iter().cloned());
                }
                None => by.push(e.clone()),
            }
        }
        for s in &mut by {
            s.roles = split_roles(Some(&s.roles.join("|")));
            s.events = self.events.iter().filter(|(r, _, _)| r.actor_entity.as_deref() == Some(&s.id)).count() as i64 + self.events.iter().filter(|(r, _, _)| r.target_entity.as_deref() == Some(&s.id)).count() as i64;
        }
        by.sort_by(|a, b| b.documents.cmp(&a.documents));
        Ok(by)
    }

    fn search(&self, query: &str, limit: usize) -> Result<Vec<DocHit>> {
        let terms: Vec<String> = query.split_whitespace().map(|t| t.to_lowercase()).collect();
        if terms.is_empty() {
            return Ok(vec![]);
        }
        Ok(self
            .docs
            .iter()
            .filter(|d| !d.failed)
            .filter(|d| {
                let text = format!("{} {}", d.title.clone().unwrap_or_default(), d.body).to_lowercase();
                let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).collect();
                terms.iter().all(|t| words.contains(&t.as_str()))
            })
            .take(limit)
            .map(|d| DocHit { id: d.id.clone(), source: d.source.clone(), title: d.title.clone(), published: d.published.clone(), snippet: d.body.chars().take(80).collect() })
            .collect())
    }

    fn counts(&self) -> Result<Counts> {
        Ok(Counts { documents: self.docs.len() as i64, failed: self.docs.iter().filter(|d| d.failed).count() as i64, events: self.events.len() as i64, mentions: self.mentions.len() as i64 })
    }

    fn has_document(&self, id: &str) -> Result<bool> {
        Ok(self.by_id.contains_key(id))
    }
}
