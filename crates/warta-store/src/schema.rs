//! Versioned schema migrations (`PRAGMA user_version`). A database written by an older version
//! is migrated forward on open; one written by a newer version is refused.

use rusqlite::Connection;

/// Migrations in order; migration `i` takes the schema from version `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    // v1: documents, merged events, mentions, entities, near-duplicate bands
    r#"
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        outlet TEXT NOT NULL,
        language TEXT,
        title TEXT,
        published TEXT,
        published_inferred INTEGER NOT NULL DEFAULT 0,
        body TEXT NOT NULL DEFAULT '',
        record TEXT NOT NULL,
        simhash INTEGER NOT NULL DEFAULT 0,
        near_duplicate_of INTEGER, -- rowid of the first copy
        n_mentions INTEGER NOT NULL DEFAULT 0,
        error_code TEXT,
        error_message TEXT,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        merge_key INTEGER NOT NULL UNIQUE, -- 64-bit hash of the merge key (rows::key_hash)
        code TEXT NOT NULL, root TEXT NOT NULL, name TEXT NOT NULL,
        plover TEXT, goldstein REAL, quad_class INTEGER,
        actor_country TEXT, actor_code TEXT, actor_entity TEXT, actor_text TEXT,
        target_country TEXT, target_code TEXT, target_entity TEXT, target_text TEXT,
        symmetric INTEGER NOT NULL, pair TEXT, level TEXT, contact_key TEXT,
        date TEXT, location TEXT, location_country TEXT, fatalities INTEGER,
        modality TEXT NOT NULL, language TEXT,
        num_mentions INTEGER NOT NULL, num_articles INTEGER NOT NULL, num_sources INTEGER NOT NULL,
        num_independent INTEGER NOT NULL,
        first_seen TEXT NOT NULL, last_seen TEXT NOT NULL,
        evidence TEXT NOT NULL, evidence_doc TEXT NOT NULL
    );
    CREATE INDEX events_actor ON events(actor_country, date);
    CREATE INDEX events_target ON events(target_country, date);
    -- contacts: only consultations (CAMEO 04) between two countries, keyed "FRA|RUS|defence ministers"
    CREATE INDEX events_contact ON events(contact_key, date) WHERE contact_key IS NOT NULL;
    CREATE INDEX events_code ON events(code, date);
    -- documents are referred to by rowid below: integer keys keep the per-event indexes small
    CREATE TABLE mentions (
        event_id INTEGER NOT NULL REFERENCES events(id),
        doc INTEGER NOT NULL, -- documents.rowid
        outlet TEXT NOT NULL,
        cluster INTEGER NOT NULL,
        sentence TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        PRIMARY KEY (event_id, doc, start)
    ) WITHOUT ROWID;
    CREATE INDEX mentions_doc ON mentions(doc);
    CREATE TABLE entities (
        doc INTEGER NOT NULL, -- documents.rowid
        entity_id TEXT NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        country TEXT,
        roles TEXT NOT NULL,
        n_mentions INTEGER NOT NULL,
        PRIMARY KEY (entity_id, doc)
    ) WITHOUT ROWID;
    CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
    CREATE TABLE simhash_bands (band INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (band, doc)) WITHOUT ROWID;
    "#,
    // v2: full-text search over titles and bodies
    r#"
    CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, content='documents', content_rowid='rowid');
    INSERT INTO documents_fts(rowid, title, body) SELECT rowid, coalesce(title, ''), body FROM documents;
    "#,
    // v3: indexes for two filter shapes that were slow on 10 million events: a dyad (actor and target)
    // and a CAMEO root, each read newest first
    r#"
    CREATE INDEX events_dyad ON events(actor_country, target_country, date);
    CREATE INDEX events_root ON events(root, date);
    ANALYZE events;
    "#,
    // v4, for ingest speed (every index is one more b-tree insert per event):
    // - (code, date) dropped: a code prefix is read through (root, date), which every code of three or
    //   four digits shares with its root;
    // - an entity's name, type and country are stored once (`entity_names`), and each document that
    //   mentions it adds a small row (`entity_docs`), instead of a name-indexed row per document.
    r#"
    DROP INDEX events_code;
    CREATE TABLE entity_names (
        entity_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        country TEXT
    ) WITHOUT ROWID;
    CREATE INDEX entity_names_name ON entity_names(name COLLATE NOCASE);
    CREATE TABLE entity_docs (
        entity_id TEXT NOT NULL,
        doc INTEGER NOT NULL, -- documents.rowid
        roles TEXT NOT NULL,
        n_mentions INTEGER NOT NULL,
        PRIMARY KEY (entity_id, doc)
    ) WITHOUT ROWID;
    INSERT OR IGNORE INTO entity_names (entity_id, name, type, country)
        SELECT entity_id, name, type, country FROM entities ORDER BY doc;
    INSERT INTO entity_docs (entity_id, doc, roles, n_mentions) SELECT entity_id, doc, roles, n_mentions FROM entities;
    DROP TABLE entities;
    "#,
    // v5: what `warta serve` needs: the page as it came in, and analysts' reviews of events (who,
    // when, what they decided), from which gold files are written
    r#"
    CREATE TABLE documents_raw (doc INTEGER PRIMARY KEY, raw TEXT NOT NULL); -- documents.rowid
    CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events(id),
        action TEXT NOT NULL CHECK (action IN ('confirm', 'correct', 'reject')),
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        code TEXT, actor TEXT, target TEXT, date TEXT, note TEXT
    );
    CREATE INDEX reviews_event ON reviews(event_id, id);
    "#,
    // v6, for ingest speed: entities get an integer key, so each document's entity rows are keyed by
    // two integers (not a text id), and the writer can keep the ids it has seen in memory instead of
    // probing `entity_names` for every entity of every document
    r#"
    CREATE TABLE entity_keys (
        id INTEGER PRIMARY KEY,
        entity_id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        country TEXT
    );
    INSERT INTO entity_keys (entity_id, name, type, country) SELECT entity_id, name, type, country FROM entity_names;
    CREATE TABLE entity_doc_keys (
        entity INTEGER NOT NULL, -- entity_keys.id
        doc INTEGER NOT NULL, -- documents.rowid
        roles TEXT NOT NULL,
        n_mentions INTEGER NOT NULL,
        PRIMARY KEY (entity, doc)
    ) WITHOUT ROWID;
    INSERT INTO entity_doc_keys (entity, doc, roles, n_mentions)
        SELECT k.id, d.doc, d.roles, d.n_mentions FROM entity_docs d JOIN entity_keys k ON k.entity_id = d.entity_id;
    DROP TABLE entity_docs;
    DROP TABLE entity_names;
    ALTER TABLE entity_keys RENAME TO entity_names;
    ALTER TABLE entity_doc_keys RENAME TO entity_docs;
    CREATE INDEX entity_names_name ON entity_names(name COLLATE NOCASE);
    "#,
    // v7, for ingest speed: no index on one side alone (two fewer b-tree inserts per event). A query
    // on one side reads the dyad index once per partner country (`SqliteStore::events_one_side`); the
    // index now also holds the CAMEO root, so a root filter there reads no rows.
    r#"
    DROP INDEX events_actor;
    DROP INDEX events_target;
    DROP INDEX events_dyad;
    CREATE INDEX events_dyad ON events(actor_country, target_country, date, root);
    "#,
    // v8, for ingest speed: what is asked of an entity (how many documents name it, the roles they
    // give it) is kept on its row, counted as documents come in, instead of a row per document and
    // entity (about 70 random b-tree inserts per synthetic document). Documents still keep their
    // entities, with mentions, in their records.
    r#"
    ALTER TABLE entity_names ADD COLUMN n_docs INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE entity_names ADD COLUMN roles TEXT NOT NULL DEFAULT '';
    UPDATE entity_names SET
        n_docs = (SELECT count(*) FROM entity_docs d WHERE d.entity = entity_names.id),
        roles = coalesce((SELECT group_concat(r, '|') FROM (SELECT DISTINCT d.roles AS r FROM entity_docs d WHERE d.entity = entity_names.id AND d.roles != '')), '');
    DROP TABLE entity_docs;
    "#,
];

pub fn version(c: &Connection) -> rusqlite::Result<i64> {
    c.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// Bring the schema up to date, each step in its own transaction.
pub fn migrate(c: &mut Connection) -> crate::Result<()> {
    let v = version(c)?;
    if v > MIGRATIONS.len() as i64 {
        return Err(crate::StoreError::TooNew { found: v, known: MIGRATIONS.len() as i64 });
    }
    for (i, m) in MIGRATIONS.iter().enumerate().skip(v as usize) {
        let tx = c.transaction()?;
        tx.execute_batch(m)?;
        tx.execute_batch(&format!("PRAGMA user_version = {}", i + 1))?;
        tx.commit()?;
    }
    Ok(())
}
