//! The `warta-doc/1` record: the serialised view of a [`Doc`](crate::Doc), offsets in chars.

use crate::{Article, CharIndex, Doc, Entity, Event, Quote, TimeExpr};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Record {
    pub format: String,
    pub id: String,
    pub source: String,
    pub language: Option<String>,
    pub article: Article,
    pub entities: Vec<Entity>,
    pub times: Vec<TimeExpr>,
    pub quotes: Vec<Quote>,
    pub events: Vec<Event>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<crate::DocError>,
    /// The page as it came in (lossy UTF-8), for stores that keep it; not part of `warta-doc/1`.
    #[serde(skip)]
    pub raw: Option<String>,
}

impl Record {
    pub fn from_doc(doc: &Doc) -> Record {
        let ix = CharIndex::new(&doc.body);
        let c = |b: usize| ix.char_of(b);
        let mut entities = doc.entities.clone();
        for e in &mut entities {
            for m in &mut e.mentions {
                m.start = c(m.start);
                m.end = c(m.end);
            }
        }
        let mut times = doc.times.clone();
        for t in &mut times {
            t.start = c(t.start);
            t.end = c(t.end);
        }
        let mut quotes = doc.quotes.clone();
        for q in &mut quotes {
            q.start = c(q.start);
            q.end = c(q.end);
        }
        let mut events = doc.events.clone();
        for e in &mut events {
            e.start = c(e.start);
            e.end = c(e.end);
        }
        Record {
            format: crate::FORMAT.to_string(),
            id: doc.id.clone(),
            source: doc.source.clone(),
            language: doc.language.clone(),
            article: doc.article.clone(),
            entities,
            times,
            quotes,
            events,
            warnings: doc.warnings.clone(),
            error: None,
            raw: None,
        }
    }

    /// The record of a document that failed: id, source and the error.
    pub fn failed(doc: &Doc, err: crate::DocError) -> Record {
        Record {
            format: crate::FORMAT.to_string(),
            id: doc.id.clone(),
            source: doc.source.clone(),
            language: None,
            article: Article::default(),
            entities: vec![],
            times: vec![],
            quotes: vec![],
            events: vec![],
            warnings: vec![],
            error: Some(err),
            raw: None,
        }
    }

    /// The body text the offsets point into.
    pub fn body(&self) -> String {
        self.article.paragraphs.join("\n\n")
    }
}
