//! What `warta serve` reads and writes beyond the `Store` trait: listing and opening documents, the
//! events of one document, one event, the actor network, and analysts' reviews of events, from which
//! gold files (`warta-gold/1`) are written. SQLite only: the server works on a store file.

use crate::sqlite::{event_row, EVENT_COLS};
use crate::*;
use rusqlite::{params, OptionalExtension};
use serde::Deserialize;
use serde_json::{json, Value};

/// One line of the document list.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DocSummary {
    pub id: String,
    pub source: String,
    pub outlet: String,
    pub language: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub published_inferred: bool,
    pub mentions: i64,
    pub error_code: Option<String>,
}

/// One stored document: its record (`warta-doc/1`, events left out), clean body and raw page.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StoredDocument {
    #[serde(flatten)]
    pub summary: DocSummary,
    pub error_message: Option<String>,
    pub body: String,
    pub raw: Option<String>,
    pub record: Value,
}

/// An analyst's decision on an event.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// `confirm`, `correct` or `reject`.
    pub action: String,
    pub reviewer: String,
    /// For `correct`: the right CAMEO code, actor and target countries, date.
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default)]
    pub actor: Option<String>,
    #[serde(default)]
    pub target: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ReviewRow {
    pub id: i64,
    pub event: i64,
    pub action: String,
    pub reviewer: String,
    pub at: String,
    pub code: Option<String>,
    pub actor: Option<String>,
    pub target: Option<String>,
    pub date: Option<String>,
    pub note: Option<String>,
}

/// How often one country acted on another.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Dyad {
    pub actor: String,
    pub target: String,
    pub events: i64,
}

/// Why a review was refused (the server maps these to 400 / 404).
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ReviewError {
    #[error("no event {0}")]
    NoEvent(i64),
    #[error("{0}")]
    Invalid(String),
}

const DOC_COLS: &str = "id, source, outlet, language, title, published, published_inferred, n_mentions, error_code";

fn doc_summary(r: &rusqlite::Row) -> rusqlite::Result<DocSummary> {
    Ok(DocSummary {
        id: r.get(0)?,
        source: r.get(1)?,
        outlet: r.get(2)?,
        language: r.get(3)?,
        title: r.get(4)?,
        published: r.get(5)?,
        published_inferred: r.get(6)?,
        mentions: r.get(7)?,
        error_code: r.get(8)?,
    })
}

fn review_row(r: &rusqlite::Row) -> rusqlite::Result<ReviewRow> {
    Ok(ReviewRow {
        id: r.get(0)?,
        event: r.get(1)?,
        action: r.get(2)?,
        reviewer: r.get(3)?,
        at: r.get(4)?,
        code: r.get(5)?,
        actor: r.get(6)?,
        target: r.get(7)?,
        date: r.get(8)?,
        note: r.get(9)?,
    })
}

fn is_country(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

fn is_date_prefix(s: &str) -> bool {
    // YYYY, YYYY-MM or YYYY-MM-DD
    let b = s.as_bytes();
    matches!(b.len(), 4 | 7 | 10) && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() })
}

impl Review {
    /// Check a review before it is stored: a known action, a reviewer, well-formed corrections.
    pub fn validate(&self) -> std::result::Result<(), ReviewError> {
        let bad = |m: &str| Err(ReviewError::Invalid(m.into()));
        if !matches!(self.action.as_str(), "confirm" | "correct" | "reject") {
            return bad("action must be confirm, correct or reject");
        }
        if self.reviewer.trim().is_empty() || self.reviewer.len() > 100 {
            return bad("reviewer must be 1 to 100 characters");
        }
        if let Some(c) = &self.code {
            if !(2..=4).contains(&c.len()) || !c.bytes().all(|b| b.is_ascii_digit()) {
                return bad("code must be a CAMEO code of 2 to 4 digits");
            }
        }
        for x in [&self.actor, &self.target].into_iter().flatten() {
            if !is_country(x) {
                return bad("actor and target must be ISO 3166 alpha-3 codes");
            }
        }
        if let Some(d) = &self.date {
            if !is_date_prefix(d) {
                return bad("date must be YYYY, YYYY-MM or YYYY-MM-DD");
            }
        }
        if self.action == "correct" && self.code.is_none() && self.actor.is_none() && self.target.is_none() && self.date.is_none() {
            return bad("a correction must change code, actor, target or date");
        }
        if self.note.as_ref().is_some_and(|n| n.len() > 2000) {
            return bad("note is limited to 2000 bytes");
        }
        Ok(())
    }
}

impl SqliteStore {
    /// Stored documents, newest first.
    pub fn documents(&self, limit: usize, offset: usize) -> Result<Vec<DocSummary>> {
        let mut st = self.connection().prepare_cached(&format!("SELECT {DOC_COLS} FROM documents ORDER BY rowid DESC LIMIT ?1 OFFSET ?2"))?;
        let rows = st.query_map(params![limit as i64, offset as i64], doc_summary)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One document with its record, body and raw page.
    pub fn document(&self, id: &str) -> Result<Option<StoredDocument>> {
        let mut st = self.connection().prepare_cached(&format!(
            "SELECT {DOC_COLS}, error_message, body, record, (SELECT raw FROM documents_raw r WHERE r.doc = documents.rowid) FROM documents WHERE id = ?1"
        ))?;
        let row = st
            .query_row([id], |r| {
                Ok((doc_summary(r)?, r.get::<_, Option<String>>(9)?, r.get::<_, String>(10)?, r.get::<_, String>(11)?, r.get::<_, Option<String>>(12)?))
            })
            .optional()?;
        let Some((summary, error_message, body, record, raw)) = row else { return Ok(None) };
        Ok(Some(StoredDocument { summary, error_message, body, raw, record: serde_json::from_str(&record)? }))
    }

    /// The events a document mentions, with the offsets of its mentions (chars into its body).
    pub fn document_events(&self, id: &str) -> Result<Vec<(EventRow, Vec<MentionRow>)>> {
        let mut st = self.connection().prepare_cached(&format!(
            "SELECT {EVENT_COLS} FROM events WHERE id IN (SELECT m.event_id FROM mentions m JOIN documents d ON d.rowid = m.doc WHERE d.id = ?1) ORDER BY id"
        ))?;
        let events: Vec<EventRow> = st.query_map([id], event_row)?.collect::<rusqlite::Result<_>>()?;
        let mut m = self.connection().prepare_cached(
            "SELECT m.event_id, d.id, m.outlet, m.sentence, m.start, m.end FROM mentions m JOIN documents d ON d.rowid = m.doc WHERE d.id = ?1 AND m.event_id = ?2 ORDER BY m.start",
        )?;
        let mut out = vec![];
        for e in events {
            let ms = m
                .query_map(params![id, e.id], |r| Ok(MentionRow { event: r.get(0)?, document: r.get(1)?, outlet: r.get(2)?, sentence: r.get(3)?, start: r.get(4)?, end: r.get(5)? }))?
                .collect::<rusqlite::Result<_>>()?;
            out.push((e, ms));
        }
        Ok(out)
    }

    pub fn event(&self, id: i64) -> Result<Option<EventRow>> {
        let mut st = self.connection().prepare_cached(&format!("SELECT {EVENT_COLS} FROM events WHERE id = ?1"))?;
        Ok(st.query_row([id], event_row).optional()?)
    }

    /// Events between two countries in either direction, newest first.
    pub fn between(&self, a: &str, b: &str, limit: usize) -> Result<Vec<EventRow>> {
        let mut st = self.connection().prepare_cached(&format!(
            "SELECT {EVENT_COLS} FROM events WHERE actor_country = ?1 AND target_country = ?2
             UNION ALL SELECT {EVENT_COLS} FROM events WHERE actor_country = ?2 AND target_country = ?1
             ORDER BY date DESC, id DESC LIMIT ?3"
        ))?;
        let rows = st.query_map(params![a, b, limit as i64], event_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The most frequent (actor, target) country pairs.
    pub fn network(&self, limit: usize) -> Result<Vec<Dyad>> {
        let mut st = self.connection().prepare_cached(
            "SELECT actor_country, target_country, count(*) AS n FROM events
             WHERE actor_country IS NOT NULL AND target_country IS NOT NULL AND actor_country != target_country
             GROUP BY actor_country, target_country ORDER BY n DESC, actor_country, target_country LIMIT ?1",
        )?;
        let rows = st.query_map([limit as i64], |r| Ok(Dyad { actor: r.get(0)?, target: r.get(1)?, events: r.get(2)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Store a review of an event (who and when are kept; earlier reviews stay).
    pub fn review(&mut self, event: i64, r: &Review) -> Result<std::result::Result<ReviewRow, ReviewError>> {
        if let Err(e) = r.validate() {
            return Ok(Err(e));
        }
        if self.event(event)?.is_none() {
            return Ok(Err(ReviewError::NoEvent(event)));
        }
        let c = self.connection();
        c.prepare_cached("INSERT INTO reviews (event_id, action, reviewer, code, actor, target, date, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")?
            .execute(params![event, r.action, r.reviewer.trim(), r.code, r.actor, r.target, r.date, r.note])?;
        let id = c.last_insert_rowid();
        Ok(Ok(c.query_row("SELECT id, event_id, action, reviewer, at, code, actor, target, date, note FROM reviews WHERE id = ?1", [id], review_row)?))
    }

    /// Reviews of an event, oldest first.
    pub fn reviews(&self, event: i64) -> Result<Vec<ReviewRow>> {
        let mut st = self.connection().prepare_cached("SELECT id, event_id, action, reviewer, at, code, actor, target, date, note FROM reviews WHERE event_id = ?1 ORDER BY id")?;
        let rows = st.query_map([event], review_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A gold file (`warta-gold/1`) for one document, written from the reviews of its events: the
    /// latest review of each event decides (confirmed as coded, corrected as corrected, rejected left
    /// out); events nobody reviewed are left out too, so the file only says what a human checked.
    pub fn gold(&self, id: &str) -> Result<Option<Value>> {
        let Some(doc) = self.document(id)? else { return Ok(None) };
        let mut events = vec![];
        for (e, _) in self.document_events(id)? {
            let Some(last) = self.reviews(e.id)?.pop() else { continue };
            if last.action == "reject" {
                continue;
            }
            let code = last.code.clone().unwrap_or(e.code.clone());
            let mut g = json!({
                "id": format!("R{}", e.id),
                "what": e.evidence,
                "codes": [code],
                "symmetric": e.symmetric,
                "reviewed_by": last.reviewer,
                "reviewed_at": last.at,
            });
            for (k, v) in [("actor", last.actor.clone().or(e.actor_country.clone())), ("target", last.target.clone().or(e.target_country.clone())), ("date", last.date.clone().or(e.date.clone()))] {
                if let Some(v) = v {
                    g[k] = json!(v);
                }
            }
            events.push(g);
        }
        Ok(Some(json!({
            "format": "warta-gold/1",
            "source": doc.summary.source,
            "note": "written by warta serve from analysts' reviews: only reviewed events, as the latest review left them",
            "language": doc.summary.language,
            "article": {"title": doc.summary.title},
            "events": events,
        })))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reviews_are_validated_before_they_are_stored() {
        let ok = Review { action: "confirm".into(), reviewer: "ana".into(), ..Default::default() };
        assert_eq!(ok.validate(), Ok(()));
        let cases = [
            Review { action: "delete".into(), ..ok.clone() },
            Review { reviewer: " ".into(), ..ok.clone() },
            Review { code: Some("04'; DROP TABLE events; --".into()), ..ok.clone() },
            Review { actor: Some("fra".into()), ..ok.clone() },
            Review { date: Some("2024-4-3".into()), ..ok.clone() },
            Review { action: "correct".into(), ..ok.clone() },
        ];
        for c in cases {
            assert!(matches!(c.validate(), Err(ReviewError::Invalid(_))), "{c:?}");
        }
        assert_eq!(Review { action: "correct".into(), date: Some("2024-04".into()), ..ok }.validate(), Ok(()));
    }
}
