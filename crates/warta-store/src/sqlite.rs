//! The default store: one SQLite file (bundled SQLite, WAL journal).

use crate::rows::{bands, event_rows, outlet, simhash, NEAR_DUPLICATE_BITS};
use crate::*;
use rusqlite::{params, Connection, Transaction};
use std::path::Path;

pub struct SqliteStore {
    /// Declared first, so it is dropped (and its final checkpoint run) before `conn` closes.
    checkpointer: Option<Checkpointer>,
    conn: Connection,
    /// Entity ids already stored → their integer keys, so a document's entities cost no look-up in
    /// `entity_names`. Cleared when a batch fails (its keys were rolled back) and when it grows
    /// past `ENTITY_CACHE_MAX`.
    entity_keys: std::collections::HashMap<String, i64>,
    /// `WAL_LIMIT_BYTES`, smaller in tests.
    wal_limit: u64,
}

const ENTITY_CACHE_MAX: usize = 500_000;

/// Page size of a new store file.
pub const PAGE_SIZE: i64 = 16_384;

/// Size of the write-ahead log past which the writer checkpoints it itself and restarts it.
pub const WAL_LIMIT_BYTES: u64 = 1 << 30;

impl SqliteStore {
    /// Open (or create) a store file, migrating its schema forward.
    pub fn open(path: &Path) -> Result<Self> {
        let mut conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        // a new store gets 16 KiB pages: shallower index b-trees, fewer page look-ups per insert (an
        // existing store keeps the page size it was made with)
        conn.pragma_update(None, "page_size", PAGE_SIZE)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // a 256 MiB page cache keeps the event indexes of a large store in memory while ingesting
        conn.pragma_update(None, "cache_size", -262_144)?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        conn.set_prepared_statement_cache_capacity(64);
        schema::migrate(&mut conn)?;
        // a thread copies the log into the database while the next batch is being written (on two
        // cores the copy no longer stalls ingest); the writer checkpoints itself, and restarts the
        // log, only when the log has grown past WAL_LIMIT_BYTES. Without that bound the log never
        // restarts while batches follow each other (the thread is always a batch behind), and it
        // grew until the disk was full (regression test
        // `regression_the_write_ahead_log_stays_bounded_when_batches_follow_each_other`).
        conn.pragma_update(None, "wal_autocheckpoint", 0)?;
        let checkpointer = Checkpointer::start(path);
        Ok(SqliteStore { checkpointer, conn, entity_keys: Default::default(), wal_limit: WAL_LIMIT_BYTES })
    }

    /// Open a store file for reading only (the server's query connections): no migration, no writes.
    pub fn open_read_only(path: &Path) -> Result<Self> {
        let conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.pragma_update(None, "cache_size", -65_536)?;
        conn.set_prepared_statement_cache_capacity(64);
        let v = schema::version(&conn)?;
        if v != schema::MIGRATIONS.len() as i64 {
            return Err(StoreError::NotMigrated { found: v, expected: schema::MIGRATIONS.len() as i64 });
        }
        Ok(SqliteStore { checkpointer: None, conn, entity_keys: Default::default(), wal_limit: WAL_LIMIT_BYTES })
    }

    /// A store in memory, with the same schema (tests).
    pub fn open_in_memory() -> Result<Self> {
        let mut conn = Connection::open_in_memory()?;
        schema::migrate(&mut conn)?;
        Ok(SqliteStore { checkpointer: None, conn, entity_keys: Default::default(), wal_limit: WAL_LIMIT_BYTES })
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(schema::version(&self.conn)?)
    }

    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Set the size past which the writer checkpoints the log itself (tests use a small one).
    pub fn set_wal_limit(&mut self, bytes: u64) {
        self.wal_limit = bytes;
    }

    /// Copy the whole write-ahead log into the database now and empty it (the checkpointer thread
    /// otherwise does it after each batch, without waiting for readers).
    pub fn checkpoint(&self) -> Result<()> {
        truncate_wal(&self.conn)
    }

    /// Run `ANALYZE` so the planner knows the indexes' selectivity (after a bulk load).
    /// Refresh the query planner's statistics. Below 10,000 documents the statistics are dropped
    /// instead: figures from a small store mislead the planner when the store grows (SQLite's
    /// defaults assume large tables, which is right for a store being filled).
    pub fn analyze(&self) -> Result<()> {
        let docs: i64 = self.conn.query_row("SELECT count(*) FROM documents", [], |r| r.get(0))?;
        if docs >= 10_000 {
            self.conn.execute_batch("ANALYZE")?;
        } else {
            let has_stats: bool = self.conn.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")?.exists([])?;
            if has_stats {
                self.conn.execute_batch("DELETE FROM sqlite_stat1; ANALYZE sqlite_schema")?;
            }
        }
        Ok(())
    }
}

/// Copy the write-ahead log into the database and empty it. A checkpoint of the background thread in progress makes
/// SQLite answer "busy" (the first column of the pragma's row, or the error `SQLITE_BUSY`) without waiting: the log
/// is then left as it is, and under load it grew past its bound (the CI run of 2026-12-04 saw 12 MB against a 1 MiB
/// limit in `regression_the_write_ahead_log_stays_bounded_when_batches_follow_each_other`). So ask again, for up to
/// ten seconds, as the busy timeout waits for other locks.
fn truncate_wal(conn: &Connection) -> Result<()> {
    let start = std::time::Instant::now();
    loop {
        let busy = match conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get::<_, i64>(0)) {
            Ok(b) => b != 0,
            Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == rusqlite::ErrorCode::DatabaseBusy => true,
            Err(e) => return Err(e.into()),
        };
        if !busy || start.elapsed() > std::time::Duration::from_secs(10) {
            return Ok(());
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

/// A thread that checkpoints the write-ahead log after each committed batch, on its own
/// connection (`PASSIVE`: it never blocks the writer or readers). Dropping it runs a last
/// checkpoint that empties the log.
struct Checkpointer {
    wal: std::path::PathBuf,
    tx: Option<std::sync::mpsc::SyncSender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Checkpointer {
    fn start(path: &Path) -> Option<Checkpointer> {
        let conn = Connection::open(path).ok()?;
        conn.busy_timeout(std::time::Duration::from_secs(10)).ok()?;
        let (tx, rx) = std::sync::mpsc::sync_channel::<()>(1);
        let thread = std::thread::Builder::new()
            .name("warta-checkpoint".into())
            .spawn(move || {
                // a batch committed, or a few seconds passed (another writer's batches)
                loop {
                    match rx.recv_timeout(std::time::Duration::from_secs(5)) {
                        Ok(()) | Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                            let _ = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
                        }
                        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
                    }
                }
                let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
            })
            .ok()?;
        let mut wal = path.as_os_str().to_owned();
        wal.push("-wal");
        Some(Checkpointer { wal: wal.into(), tx: Some(tx), thread: Some(thread) })
    }

    fn notify(&self) {
        if let Some(tx) = &self.tx {
            let _ = tx.try_send(());
        }
    }
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        self.tx.take();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// The contact index key of a consultation between two countries ("FRA|RUS|defence ministers").
fn contact_key(ne: &crate::rows::NewEvent) -> Option<String> {
    match (&ne.pair, &ne.level) {
        (Some(p), Some(l)) if ne.contact => Some(format!("{p}|{l}")),
        _ => None,
    }
}

/// A record serialised without cloning it.
struct StoredRecord<'a>(&'a Record);

impl serde::Serialize for StoredRecord<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let r = self.0;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("format", &r.format)?;
        m.serialize_entry("id", &r.id)?;
        m.serialize_entry("source", &r.source)?;
        m.serialize_entry("language", &r.language)?;
        m.serialize_entry("article", &r.article)?;
        m.serialize_entry("entities", &r.entities)?;
        m.serialize_entry("times", &r.times)?;
        m.serialize_entry("quotes", &r.quotes)?;
        m.serialize_entry("events", &[] as &[warta_core::Event])?;
        m.serialize_entry("warnings", &r.warnings)?;
        m.serialize_entry("error", &r.error)?;
        m.end()
    }
}

/// A stored document whose event mentions are still to be written.
struct Pending<'a> {
    rec: &'a Record,
    rowid: i64,
    outlet: String,
    cluster: i64,
    seen: String,
}

/// Stored documents sharing a simhash band, then each one by rowid: two statements with one plan
/// each. As a join, statistics from a small store (ANALYZE after a first, tiny ingest) once made
/// SQLite scan every document for each band, and ingest slowed down with the size of the store.
pub(crate) const BAND_QUERY: &str = "SELECT doc FROM simhash_bands WHERE band = ?1 LIMIT 64";
const BAND_DOC_QUERY: &str = "SELECT simhash, coalesce(near_duplicate_of, rowid) FROM documents WHERE rowid = ?1";

/// Write the document row (and its text index, near-duplicate bands and entities). `None` when it
/// is already stored or failed: its outcome is final.
fn put_document<'a>(tx: &Transaction, rec: &'a Record, keys: &mut std::collections::HashMap<String, i64>) -> Result<std::result::Result<Pending<'a>, PutOutcome>> {
    let exists: bool = tx.prepare_cached("SELECT 1 FROM documents WHERE id = ?1")?.exists([&rec.id])?;
    if exists {
        return Ok(Err(PutOutcome::Duplicate));
    }
    let body = rec.body();
    let out = outlet(&rec.source);
    // events live in their own tables: the stored record leaves them out
    let json = serde_json::to_string(&StoredRecord(rec))?;
    if let Some(err) = &rec.error {
        tx.prepare_cached("INSERT INTO documents (id, source, outlet, record, error_code, error_message) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?.execute(params![rec.id, rec.source, out, json, err.code, err.message])?;
        return Ok(Err(PutOutcome::Failed));
    }
    // near-duplicate (syndicated copy) of a stored document? A crowded band is sampled, not scanned,
    // so one boilerplate-heavy corpus cannot make ingest quadratic.
    let sh = simhash(&body);
    let mut cluster: Option<i64> = None;
    if !body.is_empty() {
        let mut q = tx.prepare_cached(BAND_QUERY)?;
        let mut doc = tx.prepare_cached(BAND_DOC_QUERY)?;
        'bands: for band in bands(sh) {
            let ids: Vec<i64> = q.query_map([band], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            for id in ids {
                let (h, root): (i64, i64) = doc.query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
                if ((h as u64) ^ sh).count_ones() <= NEAR_DUPLICATE_BITS {
                    cluster = Some(root);
                    break 'bands;
                }
            }
        }
    }
    tx.prepare_cached("INSERT INTO documents (id, source, outlet, language, title, published, published_inferred, body, record, simhash, near_duplicate_of) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")?.execute(params![
        rec.id,
        rec.source,
        out,
        rec.language,
        rec.article.title,
        rec.article.published,
        rec.article.published_inferred,
        body,
        json,
        sh as i64,
        cluster
    ])?;
    let rowid = tx.last_insert_rowid();
    if let Some(raw) = &rec.raw {
        tx.prepare_cached("INSERT INTO documents_raw (doc, raw) VALUES (?1, ?2)")?.execute(params![rowid, raw])?;
    }
    tx.prepare_cached("INSERT INTO documents_fts (rowid, title, body) VALUES (?1, ?2, ?3)")?.execute(params![rowid, rec.article.title.as_deref().unwrap_or_default(), body])?;
    if !body.is_empty() {
        let mut ins = tx.prepare_cached("INSERT OR IGNORE INTO simhash_bands (band, doc) VALUES (?1, ?2)")?;
        for band in bands(sh) {
            ins.execute(params![band, rowid])?;
        }
    }
    // one more document for each entity, and any role it gives that is not yet recorded
    let mut count = tx.prepare_cached(
        "UPDATE entity_names SET n_docs = n_docs + 1, roles = CASE WHEN ?2 = '' OR instr('|' || roles || '|', '|' || ?2 || '|') > 0 THEN roles WHEN roles = '' THEN ?2 ELSE roles || '|' || ?2 END WHERE id = ?1",
    )?;
    for e in &rec.entities {
        let key = match keys.get(&e.id) {
            Some(k) => *k,
            None => {
                let k = entity_key(tx, e)?;
                if keys.len() >= ENTITY_CACHE_MAX {
                    keys.clear();
                }
                keys.insert(e.id.clone(), k);
                k
            }
        };
        let roles: Vec<&str> = e.roles.iter().map(|r| r.role.as_str()).collect();
        count.execute(params![key, roles.join("|")])?;
    }
    let seen = rec.article.published.clone().unwrap_or_else(|| "-".into());
    Ok(Ok(Pending { rec, rowid, outlet: out, cluster: cluster.unwrap_or(rowid), seen }))
}

/// The integer key of an entity, stored now if it is new (the first name and type seen are kept).
fn entity_key(tx: &Transaction, e: &warta_core::Entity) -> Result<i64> {
    let added = tx.prepare_cached("INSERT OR IGNORE INTO entity_names (entity_id, name, type, country) VALUES (?1, ?2, ?3, ?4)")?.execute(params![e.id, e.name, e.etype.as_str(), e.country])?;
    if added == 1 {
        return Ok(tx.last_insert_rowid());
    }
    Ok(tx.prepare_cached("SELECT id FROM entity_names WHERE entity_id = ?1")?.query_row([&e.id], |r| r.get(0))?)
}

/// Write one event mention: a known event gets one more mention, a new one is inserted. Returns
/// (mention added, event created).
fn put_mention(tx: &Transaction, p: &Pending, ne: &crate::rows::NewEvent) -> Result<(bool, bool)> {
    let (e, rec) = (ne.event, p.rec);
    let key = crate::rows::key_hash(&ne.key);
    let (a, t) = (e.actor.as_ref(), e.target.as_ref());
    // Insert first: a new event (the common case) costs one descent of the merge-key index, not a
    // look-up and then an insert. `OR IGNORE` leaves a known event alone (no statement journal, as
    // an upsert with RETURNING needed); then it gets one more mention.
    let inserted = tx.prepare_cached(
                "INSERT OR IGNORE INTO events (merge_key, code, root, name, plover, goldstein, quad_class, actor_country, actor_code, actor_entity, actor_text,
                 target_country, target_code, target_entity, target_text, symmetric, pair, level, date, location, location_country, fatalities,
                 modality, language, num_mentions, num_articles, num_sources, num_independent, first_seen, last_seen, evidence, evidence_doc, contact_key)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, 1, 1, 1, 1, ?25, ?25, ?26, ?27, ?28)",
            )?
            .execute(params![
                key,
                e.code,
                ne.root,
                e.name,
                e.plover,
                e.goldstein,
                e.quad_class,
                a.and_then(|x| x.country.as_deref()),
                a.and_then(|x| x.code.as_deref()),
                a.and_then(|x| x.entity.as_deref()),
                a.map(|x| x.text.as_str()),
                t.and_then(|x| x.country.as_deref()),
                t.and_then(|x| x.code.as_deref()),
                t.and_then(|x| x.entity.as_deref()),
                t.map(|x| x.text.as_str()),
                e.symmetric,
                ne.pair,
                ne.level,
                e.date,
                e.location.as_ref().map(|l| l.name.as_str()),
                e.location.as_ref().and_then(|l| l.country.as_deref()),
                e.fatalities.as_ref().map(|f| f.min as i64),
                e.modality,
                rec.language,
                p.seen,
                e.sentence,
                rec.id,
                contact_key(ne)
            ])?;
    let known: Option<i64> = if inserted == 1 {
        None
    } else {
        Some(tx.prepare_cached("SELECT id FROM events WHERE merge_key = ?1")?.query_row([key], |r| r.get(0))?)
    };
    let id = match known {
        Some(id) => {
            let new_doc = !tx.prepare_cached("SELECT 1 FROM mentions WHERE event_id = ?1 AND doc = ?2")?.exists(params![id, p.rowid])?;
            let new_outlet = !tx.prepare_cached("SELECT 1 FROM mentions WHERE event_id = ?1 AND outlet = ?2")?.exists(params![id, p.outlet])?;
            let new_cluster = !tx.prepare_cached("SELECT 1 FROM mentions WHERE event_id = ?1 AND cluster = ?2")?.exists(params![id, p.cluster])?;
            tx.prepare_cached(
                "UPDATE events SET num_mentions = num_mentions + 1, first_seen = min(first_seen, ?2), last_seen = max(last_seen, ?2),
                 fatalities = max(coalesce(fatalities, 0), coalesce(?3, 0)),
                 num_articles = num_articles + ?4, num_sources = num_sources + ?5, num_independent = num_independent + ?6 WHERE id = ?1",
            )?
            .execute(params![id, p.seen, e.fatalities.as_ref().map(|f| f.min as i64), new_doc as i64, new_outlet as i64, new_cluster as i64])?;
            id
        }
        None => tx.last_insert_rowid(),
    };
    let added = tx
        .prepare_cached("INSERT OR IGNORE INTO mentions (event_id, doc, outlet, cluster, sentence, start, end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")?
        .execute(params![id, p.rowid, p.outlet, p.cluster, e.sentence, e.start as i64, e.end as i64])?;
    Ok((added > 0, known.is_none()))
}

/// Write a batch inside one transaction: the documents first, then their event mentions, in order (of
/// two mentions of one event, the earlier document's creates it and gives its evidence).
fn put_all(tx: &Transaction, recs: &[Record], keys: &mut std::collections::HashMap<String, i64>) -> Result<Vec<PutOutcome>> {
    let mut out = Vec::with_capacity(recs.len());
    let mut pending = vec![];
    for r in recs {
        match put_document(tx, r, keys)? {
            Ok(p) => {
                pending.push((out.len(), p));
                out.push(PutOutcome::Added { mentions: 0, new_events: 0 });
            }
            Err(o) => out.push(o),
        }
    }
    for (slot, p) in &pending {
        let (mut mentions, mut created) = (0, 0);
        for ne in event_rows(p.rec) {
            let (a, c) = put_mention(tx, p, &ne)?;
            mentions += a as usize;
            created += c as usize;
        }
        out[*slot] = PutOutcome::Added { mentions, new_events: created };
    }
    let mut upd = tx.prepare_cached("UPDATE documents SET n_mentions = ?2 WHERE rowid = ?1")?;
    for (slot, p) in &pending {
        if let PutOutcome::Added { mentions, .. } = out[*slot] {
            upd.execute(params![p.rowid, mentions as i64])?;
        }
    }
    Ok(out)
}

pub(crate) const EVENT_COLS: &str = "id, code, name, plover, goldstein, quad_class, actor_country, actor_code, actor_entity, actor_text, target_country, target_code, target_entity, target_text, symmetric, level, date, location, location_country, fatalities, modality, language, num_mentions, num_articles, num_sources, num_independent, first_seen, last_seen, evidence, evidence_doc";

pub(crate) fn event_row(r: &rusqlite::Row) -> rusqlite::Result<EventRow> {
    Ok(EventRow {
        id: r.get(0)?,
        code: r.get(1)?,
        name: r.get(2)?,
        plover: r.get(3)?,
        goldstein: r.get(4)?,
        quad_class: r.get(5)?,
        actor_country: r.get(6)?,
        actor_code: r.get(7)?,
        actor_entity: r.get(8)?,
        actor_text: r.get(9)?,
        target_country: r.get(10)?,
        target_code: r.get(11)?,
        target_entity: r.get(12)?,
        target_text: r.get(13)?,
        symmetric: r.get(14)?,
        level: r.get(15)?,
        date: r.get(16)?,
        location: r.get(17)?,
        location_country: r.get(18)?,
        fatalities: r.get(19)?,
        modality: r.get(20)?,
        language: r.get(21)?,
        num_mentions: r.get(22)?,
        num_articles: r.get(23)?,
        num_sources: r.get(24)?,
        num_independent: r.get(25)?,
        first_seen: r.get(26)?,
        last_seen: r.get(27)?,
        evidence: r.get(28)?,
        evidence_doc: r.get(29)?,
    })
}

/// A code prefix as a range, so the index on `code` serves it.
pub(crate) fn prefix_upper(p: &str) -> String {
    format!("{p}\u{10ffff}")
}

/// A three-letter upper-case value: a country code (else a name or entity id).
fn is_country_code(v: &str) -> bool {
    v.len() == 3 && v.chars().all(|c| c.is_ascii_uppercase())
}

fn country_code(v: &Option<String>) -> Option<&str> {
    v.as_deref().filter(|v| is_country_code(v))
}

/// The WHERE terms (each starting " AND ") of an event query and their values; `sides` false
/// leaves out the actor and target terms (the caller pins them).
fn event_filters(q: &EventQuery, sides: bool) -> (String, Vec<Box<dyn rusqlite::ToSql>>) {
    let mut sql = String::new();
    let mut args: Vec<Box<dyn rusqlite::ToSql>> = vec![];
    if sides {
        for (col, v) in [("actor", &q.actor), ("target", &q.target)] {
            let Some(v) = v else { continue };
            if is_country_code(v) {
                sql.push_str(&format!(" AND {col}_country = ?"));
                args.push(Box::new(v.clone()));
            } else {
                sql.push_str(&format!(" AND ({col}_entity = ? OR {col}_text = ? COLLATE NOCASE)"));
                args.push(Box::new(v.clone()));
                args.push(Box::new(v.clone()));
            }
        }
    }
    if let Some(c) = &q.code {
        if c.len() >= 2 && c.is_char_boundary(2) {
            // the (root, date) index reads a root newest first; a longer prefix filters within it
            sql.push_str(" AND root = ?");
            args.push(Box::new(c[..2].to_string()));
        }
        if c.len() != 2 {
            sql.push_str(" AND code >= ? AND code < ?");
            args.push(Box::new(c.clone()));
            args.push(Box::new(prefix_upper(c)));
        }
    }
    if let Some(s) = &q.since {
        sql.push_str(" AND date >= ?");
        args.push(Box::new(s.clone()));
    }
    if let Some(u) = &q.until {
        sql.push_str(" AND date <= ?");
        args.push(Box::new(prefix_upper(u)));
    }
    if let Some(l) = &q.lang {
        sql.push_str(" AND language = ?");
        args.push(Box::new(l.clone()));
    }
    (sql, args)
}

impl SqliteStore {
    /// Events with one side pinned to a country (`actor` true: as actor, else as target), newest
    /// first. The dyad index (actor, target, date, root) is read once per partner country (found by
    /// skipping through the index, one seek each), each read newest first and cut at twice its
    /// share of `offset + limit`; the lists are merged and only the rows kept are read. Below the
    /// last key of a list that was cut nothing is taken (rows of that partner may be missing
    /// there); when that leaves too few rows, or a longer code prefix or a language (checked on the
    /// rows, the index holds only the date and root) rejects some, the cut doubles and the merge is
    /// redone.
    fn events_one_side(&self, q: &EventQuery, country: &str, actor: bool) -> Result<Vec<EventRow>> {
        let (pinned, other) = if actor { ("actor_country", "target_country") } else { ("target_country", "actor_country") };
        // partners: for an actor, the targets it has (the index's second column); for a target, every
        // actor (the first column), each then read with the target pinned
        let mut partners: Vec<Option<String>> = vec![None];
        let next_sql = if actor {
            "SELECT target_country FROM events WHERE actor_country = ?1 AND target_country > ?2 ORDER BY target_country LIMIT 1"
        } else {
            "SELECT actor_country FROM events WHERE ?1 = ?1 AND actor_country > ?2 ORDER BY actor_country LIMIT 1"
        };
        let mut next = self.conn.prepare_cached(next_sql)?;
        let mut after = String::new();
        while let Some(p) = next.query_row(params![country, after], |r| r.get::<_, String>(0)).map(Some).or_else(|e| if e == rusqlite::Error::QueryReturnedNoRows { Ok(None) } else { Err(e) })? {
            after = p.clone();
            partners.push(Some(p));
        }
        let index_only = EventQuery { code: q.code.as_ref().map(|c| c.chars().take(2).collect()), since: q.since.clone(), until: q.until.clone(), ..Default::default() };
        let (idx_filters, _) = event_filters(&index_only, false);
        let row_check = q.code.as_ref().is_some_and(|c| c.len() != 2) || q.lang.is_some();
        let want = q.offset + if q.limit == 0 { 100 } else { q.limit };
        // each partner's list starts at twice its share of the rows wanted; the floor rule below
        // keeps the merge exact, and a cut list that is needed is read again, twice as long
        let mut cut = (want * 2 / partners.len().max(1)).clamp(8, want.max(8));
        loop {
            let mut cands: Vec<(Option<String>, i64)> = vec![];
            // the highest last key of a list that was cut: below it, rows of that partner may be
            // missing, so no candidate below it can be taken this round
            let mut floor: Option<(Option<String>, i64)> = None;
            for p in &partners {
                let side = if p.is_some() { format!(" AND {other} = ?") } else { format!(" AND {other} IS NULL") };
                let sql = format!("SELECT date, id FROM events WHERE {pinned} = ?{side}{idx_filters} ORDER BY date DESC, id DESC LIMIT ?");
                let mut args: Vec<Box<dyn rusqlite::ToSql>> = vec![Box::new(country.to_string())];
                if let Some(p) = p {
                    args.push(Box::new(p.clone()));
                }
                args.extend(event_filters(&index_only, false).1);
                args.push(Box::new(cut as i64));
                let mut st = self.conn.prepare_cached(&sql)?;
                let got: Vec<(Option<String>, i64)> = st.query_map(rusqlite::params_from_iter(args.iter().map(|b| b.as_ref())), |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
                if got.len() == cut {
                    let last = got[got.len() - 1].clone();
                    if floor.as_ref().is_none_or(|f| last > *f) {
                        floor = Some(last);
                    }
                }
                cands.extend(got);
            }
            cands.sort_by(|a, b| b.cmp(a));
            let mut st = self.conn.prepare_cached(&format!("SELECT {EVENT_COLS} FROM events WHERE id = ?1"))?;
            let mut rows = vec![];
            for c in &cands {
                if rows.len() == want || floor.as_ref().is_some_and(|f| c < f) {
                    break;
                }
                let r = st.query_row([c.1], event_row)?;
                if !row_check || event_matches(&r, q) {
                    rows.push(r);
                }
            }
            // done when enough rows passed, or every partner's list was read to its end
            if rows.len() == want || floor.is_none() {
                return Ok(rows.into_iter().skip(q.offset).collect());
            }
            cut *= 2;
        }
    }
}

/// The checks of an event query the dyad index cannot make: a code prefix longer than a root,
/// and the language.
fn event_matches(r: &EventRow, q: &EventQuery) -> bool {
    q.code.as_ref().is_none_or(|c| r.code.starts_with(c.as_str())) && q.lang.as_ref().is_none_or(|l| r.language.as_deref() == Some(l.as_str()))
}

impl Store for SqliteStore {
    fn put_batch(&mut self, recs: &[Record]) -> Result<Vec<PutOutcome>> {
        let tx = self.conn.transaction()?;
        let out = put_all(&tx, recs, &mut self.entity_keys).and_then(|out| Ok(tx.commit().map(|_| out)?));
        if out.is_err() {
            // the batch was rolled back, and with it any entity keys it stored
            self.entity_keys.clear();
        } else if let Some(c) = &self.checkpointer {
            let big = std::fs::metadata(&c.wal).is_ok_and(|m| m.len() > self.wal_limit);
            if big {
                // waits for the thread's pass, copies the rest, and empties the log
                truncate_wal(&self.conn)?;
            } else {
                c.notify();
            }
        }
        out
    }

    fn events(&self, q: &EventQuery) -> Result<Vec<EventRow>> {
        // one side given as a country: read the dyad index once per partner (there is no index on
        // one side alone: two fewer b-trees to update for every event stored)
        match (country_code(&q.actor), country_code(&q.target)) {
            (Some(a), None) if q.target.is_none() => return self.events_one_side(q, a, true),
            (None, Some(t)) if q.actor.is_none() => return self.events_one_side(q, t, false),
            _ => {}
        }
        let (filters, args) = event_filters(q, true);
        let sql = format!("SELECT {EVENT_COLS} FROM events WHERE 1 = 1{filters} ORDER BY date DESC, id DESC LIMIT ? OFFSET ?");
        let mut args = args;
        args.push(Box::new(if q.limit == 0 { 100 } else { q.limit } as i64));
        args.push(Box::new(q.offset as i64));
        let mut st = self.conn.prepare_cached(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(args.iter().map(|b| b.as_ref())), event_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn mentions(&self, event: i64) -> Result<Vec<MentionRow>> {
        let mut st = self.conn.prepare_cached("SELECT m.event_id, d.id, m.outlet, m.sentence, m.start, m.end FROM mentions m JOIN documents d ON d.rowid = m.doc WHERE m.event_id = ?1 ORDER BY d.id, m.start")?;
        let rows = st.query_map([event], |r| Ok(MentionRow { event: r.get(0)?, document: r.get(1)?, outlet: r.get(2)?, sentence: r.get(3)?, start: r.get(4)?, end: r.get(5)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn contacts(&self, a: &str, b: &str) -> Result<Vec<Contact>> {
        let pair = if a < b { format!("{a}|{b}") } else { format!("{b}|{a}") };
        let mut st = self.conn.prepare_cached(
            "SELECT id, date, code, actor_text, target_text, evidence, evidence_doc FROM events
             WHERE contact_key = ?1 AND date IS NOT NULL AND modality IN ('asserted', 'reported')
             ORDER BY date DESC, id DESC LIMIT 16",
        )?;
        let mut out = vec![];
        for level in LEVELS {
            let rows: Vec<ContactEvent> = st
                .query_map(params![format!("{pair}|{level}")], |r| Ok(ContactEvent { event: r.get(0)?, date: r.get(1)?, code: r.get(2)?, actor: r.get(3)?, target: r.get(4)?, evidence: r.get(5)?, document: r.get(6)? }))?
                .collect::<rusqlite::Result<_>>()?;
            if let Some(c) = contact_from(level, rows) {
                out.push(c);
            }
        }
        Ok(out)
    }

    fn entity(&self, name: &str) -> Result<Vec<EntitySummary>> {
        let mut st = self.conn.prepare_cached(
            "SELECT entity_id, name, type, country, roles, n_docs FROM entity_names
             WHERE (entity_id = ?1 OR name = ?1 COLLATE NOCASE) AND n_docs > 0 ORDER BY n_docs DESC LIMIT 20",
        )?;
        let mut ev = self.conn.prepare_cached("SELECT (SELECT count(*) FROM events WHERE actor_entity = ?1) + (SELECT count(*) FROM events WHERE target_entity = ?1)")?;
        let rows: Vec<(String, String, String, Option<String>, Option<String>, i64)> = st.query_map([name], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))?.collect::<rusqlite::Result<_>>()?;
        let mut out = vec![];
        for (id, name, t, country, roles, docs) in rows {
            let events: i64 = ev.query_row([&id], |r| r.get(0))?;
            out.push(EntitySummary { id, name, etype: t, country, roles: split_roles(roles.as_deref()), documents: docs, events });
        }
        Ok(out)
    }

    fn search(&self, query: &str, limit: usize) -> Result<Vec<DocHit>> {
        let Some(q) = fts_query(query) else { return Ok(vec![]) };
        let mut st = self.conn.prepare_cached(
            "SELECT d.id, d.source, d.title, d.published, snippet(documents_fts, 1, '[', ']', '…', 12) FROM documents_fts f JOIN documents d ON d.rowid = f.rowid
             WHERE documents_fts MATCH ?1 ORDER BY rank LIMIT ?2",
        )?;
        let rows = st.query_map(params![q, limit as i64], |r| Ok(DocHit { id: r.get(0)?, source: r.get(1)?, title: r.get(2)?, published: r.get(3)?, snippet: r.get(4)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn counts(&self) -> Result<Counts> {
        Ok(self.conn.query_row(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM documents WHERE error_code IS NOT NULL), (SELECT count(*) FROM events), (SELECT count(*) FROM mentions)",
            [],
            |r| Ok(Counts { documents: r.get(0)?, failed: r.get(1)?, events: r.get(2)?, mentions: r.get(3)? }),
        )?)
    }

    fn has_document(&self, id: &str) -> Result<bool> {
        Ok(self.conn.prepare_cached("SELECT 1 FROM documents WHERE id = ?1")?.exists([id])?)
    }
}

pub(crate) fn split_roles(s: Option<&str>) -> Vec<String> {
    let mut v: Vec<String> = s.unwrap_or("").split('|').filter(|x| !x.is_empty()).map(str::to_string).collect();
    v.sort();
    v.dedup();
    v
}

/// Every word of a user's query as a quoted FTS5 term: no query syntax reaches the engine.
pub(crate) fn fts_query(q: &str) -> Option<String> {
    let terms: Vec<String> = q.split_whitespace().map(|w| format!("\"{}\"", w.replace('"', "\"\""))).collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// The last contact and the latest one before its date.
pub(crate) fn contact_from(level: &str, rows: Vec<ContactEvent>) -> Option<Contact> {
    let mut it = rows.into_iter();
    let last = it.next()?;
    let previous = it.find(|r| r.date < last.date && !last.date.starts_with(&r.date));
    Some(Contact { level: level.to_string(), last, previous })
}
