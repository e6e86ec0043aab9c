//! warta-store: documents, mentions and merged events, behind one `Store` trait.
//!
//! Users want events, not reports: every document and every mention is kept, and mentions of one
//! event — same participants, same CAMEO root, same date and place — merge into one event row with
//! counts of mentions, articles, sources and independent reports (syndicated copies, found by
//! SimHash, count once there). [`SqliteStore`] is the default (bundled SQLite, WAL, versioned
//! migrations, one transaction per batch so a kill never leaves half a document); [`MemStore`] is
//! its in-memory twin for tests. Both share the row derivation in [`rows`], so they cannot drift.

use serde::Serialize;
use warta_core::record::Record;

pub mod browse;
pub mod mem;
pub mod rows;
pub mod schema;
pub mod sqlite;

pub use mem::MemStore;
pub use rows::{contact_level, simhash, NewEvent};
pub use sqlite::SqliteStore;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("record: {0}")]
    Json(#[from] serde_json::Error),
    #[error("database schema version {found} is newer than this warta understands ({known})")]
    TooNew { found: i64, known: i64 },
    #[error("database schema version {found}, but this warta reads version {expected}: open it for writing once (e.g. `warta ingest`) to migrate it")]
    NotMigrated { found: i64, expected: i64 },
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// What happened to one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum PutOutcome {
    /// New document; how many event mentions it added and how many of them created new events.
    Added { mentions: usize, new_events: usize },
    /// Same bytes already stored: nothing changed.
    Duplicate,
    /// Stored as a failed document with its error.
    Failed,
}

/// Filters of `warta events` (all optional).
#[derive(Debug, Clone, Default)]
pub struct EventQuery {
    pub actor: Option<String>,
    pub target: Option<String>,
    pub code: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub lang: Option<String>,
    pub limit: usize,
    pub offset: usize,
}

/// A merged event.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EventRow {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub plover: Option<String>,
    pub goldstein: Option<f64>,
    pub quad_class: Option<i64>,
    pub actor_country: Option<String>,
    pub actor_code: Option<String>,
    pub actor_entity: Option<String>,
    pub actor_text: Option<String>,
    pub target_country: Option<String>,
    pub target_code: Option<String>,
    pub target_entity: Option<String>,
    pub target_text: Option<String>,
    pub symmetric: bool,
    pub level: Option<String>,
    pub date: Option<String>,
    pub location: Option<String>,
    pub location_country: Option<String>,
    pub fatalities: Option<i64>,
    pub modality: String,
    pub language: Option<String>,
    pub num_mentions: i64,
    pub num_articles: i64,
    pub num_sources: i64,
    pub num_independent: i64,
    pub first_seen: String,
    pub last_seen: String,
    pub evidence: String,
    pub evidence_doc: String,
}

/// The latest and previous contact between two countries at one level.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Contact {
    pub level: String,
    pub last: ContactEvent,
    pub previous: Option<ContactEvent>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ContactEvent {
    pub date: String,
    pub event: i64,
    pub code: String,
    pub actor: Option<String>,
    pub target: Option<String>,
    pub evidence: String,
    pub document: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EntitySummary {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub etype: String,
    pub country: Option<String>,
    pub roles: Vec<String>,
    pub documents: i64,
    pub events: i64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DocHit {
    pub id: String,
    pub source: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub snippet: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct Counts {
    pub documents: i64,
    pub failed: i64,
    pub events: i64,
    pub mentions: i64,
}

/// One mention of an event in one document.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct MentionRow {
    pub event: i64,
    pub document: String,
    pub outlet: String,
    pub sentence: String,
    pub start: i64,
    pub end: i64,
}

/// Storage of documents and events. One trait, two implementations that must agree.
pub trait Store {
    /// Store documents in one transaction: all of them or none.
    fn put_batch(&mut self, recs: &[Record]) -> Result<Vec<PutOutcome>>;
    fn put(&mut self, rec: &Record) -> Result<PutOutcome> {
        Ok(self.put_batch(std::slice::from_ref(rec))?.remove(0))
    }
    fn events(&self, q: &EventQuery) -> Result<Vec<EventRow>>;
    fn mentions(&self, event: i64) -> Result<Vec<MentionRow>>;
    /// For a country pair: per contact level, the last and the previous contact (CAMEO 04).
    fn contacts(&self, a: &str, b: &str) -> Result<Vec<Contact>>;
    fn entity(&self, name: &str) -> Result<Vec<EntitySummary>>;
    fn search(&self, query: &str, limit: usize) -> Result<Vec<DocHit>>;
    fn counts(&self) -> Result<Counts>;
    /// Ids of stored documents (for idempotent, resumable ingest).
    fn has_document(&self, id: &str) -> Result<bool>;
}

/// Contact levels in the order `warta contacts` prints them.
pub const LEVELS: &[&str] = &["heads of state", "heads of government", "heads of state or government", "foreign ministers", "defence ministers", "other officials", "states"];

#[cfg(test)]
mod tests;
