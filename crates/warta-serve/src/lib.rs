//! warta-serve: the HTTP API and web UI over a warta store (`warta serve`).
//!
//! Reads go to a small pool of read-only SQLite connections (WAL lets them run beside a writer);
//! writes — a posted page, a review — go through one writer connection and need the bearer token.
//! Without a token the server is read-only. Every response that is not a page of the UI is JSON, errors
//! included (`{"error": {"code", "message"}}`, codes listed in `openapi.json`). Every value from a request
//! reaches SQL as a bound parameter, never as text of the statement.

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use warta_core::record::Record;
use warta_store::browse::{Review, ReviewError};
use warta_store::{EventQuery, PutOutcome, SqliteStore, Store};

/// The OpenAPI description of every route, served at `/api/openapi.json`.
pub const OPENAPI: &str = include_str!("../openapi.json");
const INDEX_HTML: &str = include_str!("../ui/index.html");
const APP_JS: &str = include_str!("../ui/app.js");
const APP_CSS: &str = include_str!("../ui/app.css");

/// A page posted for ingest.
pub struct Page {
    pub source: String,
    pub bytes: Vec<u8>,
    pub media_type: Option<String>,
    pub published: Option<String>,
}

/// Turns a posted page into a record (the binary passes its pipeline in).
pub type Process = Arc<dyn Fn(Page) -> Record + Send + Sync>;

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("store: {0}")]
    Store(#[from] warta_store::StoreError),
    #[error("network: {0}")]
    Io(#[from] std::io::Error),
}

pub struct Config {
    pub db: std::path::PathBuf,
    /// Bearer token for write routes; `None` = read-only server.
    pub token: Option<String>,
    /// Largest request body accepted, in bytes (413 above it).
    pub body_limit: usize,
    /// Read-only connections in the pool.
    pub readers: usize,
}

struct AppState {
    readers: Vec<Mutex<SqliteStore>>,
    next: AtomicUsize,
    writer: Mutex<SqliteStore>,
    token: Option<String>,
    process: Process,
}

/// A JSON error with a stable code.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
}

impl ApiError {
    fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiError { status, code, message: message.into() }
    }
    fn bad(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "bad_request", message)
    }
    fn not_found(what: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, "not_found", what)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(json!({"error": {"code": self.code, "message": self.message}}))).into_response()
    }
}

impl From<warta_store::StoreError> for ApiError {
    fn from(e: warta_store::StoreError) -> Self {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "store_error", e.to_string())
    }
}

type ApiResult = Result<Response, ApiError>;

fn ok(v: impl serde::Serialize) -> ApiResult {
    Ok(Json(v).into_response())
}

impl AppState {
    /// Run a read on a pooled connection, off the async threads.
    async fn read<T: Send + 'static>(self: &Arc<Self>, f: impl FnOnce(&SqliteStore) -> Result<T, ApiError> + Send + 'static) -> Result<T, ApiError> {
        let st = self.clone();
        tokio::task::spawn_blocking(move || {
            let n = st.readers.len();
            let start = st.next.fetch_add(1, Ordering::Relaxed);
            for k in 0..n {
                if let Ok(conn) = st.readers[(start + k) % n].try_lock() {
                    return f(&conn);
                }
            }
            let conn = st.readers[start % n].lock().unwrap_or_else(|p| p.into_inner());
            f(&conn)
        })
        .await
        .map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", e.to_string()))?
    }

    async fn write<T: Send + 'static>(self: &Arc<Self>, f: impl FnOnce(&mut SqliteStore) -> Result<T, ApiError> + Send + 'static) -> Result<T, ApiError> {
        let st = self.clone();
        tokio::task::spawn_blocking(move || {
            let mut w = st.writer.lock().unwrap_or_else(|p| p.into_inner());
            f(&mut w)
        })
        .await
        .map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", e.to_string()))?
    }

    /// Write routes: 403 on a read-only server, 401 without the right bearer token.
    fn authorise(&self, headers: &HeaderMap) -> Result<(), ApiError> {
        let Some(token) = &self.token else {
            return Err(ApiError::new(StatusCode::FORBIDDEN, "read_only", "this server was started without a token: it is read-only"));
        };
        let given = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer ")).unwrap_or("");
        // compared in constant time, so the token cannot be guessed byte by byte from timings
        let same = given.len() == token.len() && given.bytes().zip(token.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0;
        if same {
            Ok(())
        } else {
            Err(ApiError::new(StatusCode::UNAUTHORIZED, "unauthorized", "a write needs the header `Authorization: Bearer <token>`"))
        }
    }
}

/// The body of a write route: 413 above the limit, JSON or 400.
fn json_body<T: serde::de::DeserializeOwned>(body: Result<Bytes, BytesRejection>) -> Result<T, ApiError> {
    let body = body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large", e.body_text())
        } else {
            ApiError::bad(e.body_text())
        }
    })?;
    serde_json::from_slice(&body).map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, "bad_json", e.to_string()))
}

type Params = Query<HashMap<String, String>>;

fn number(p: &HashMap<String, String>, key: &str, default: usize, max: usize) -> Result<usize, ApiError> {
    match p.get(key) {
        None => Ok(default),
        Some(v) => match v.parse::<usize>() {
            Ok(n) if n <= max => Ok(n),
            _ => Err(ApiError::bad(format!("{key} must be a whole number from 0 to {max}"))),
        },
    }
}

fn country(p: &HashMap<String, String>, key: &str) -> Result<String, ApiError> {
    match p.get(key) {
        Some(v) if v.len() == 3 && v.bytes().all(|b| b.is_ascii_alphabetic()) => Ok(v.to_ascii_uppercase()),
        Some(_) => Err(ApiError::bad(format!("{key} must be an ISO 3166 alpha-3 country code"))),
        None => Err(ApiError::bad(format!("{key} is required"))),
    }
}

fn date(p: &HashMap<String, String>, key: &str) -> Result<Option<String>, ApiError> {
    match p.get(key) {
        None => Ok(None),
        Some(v) if (4..=10).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_digit() || b == b'-') => Ok(Some(v.clone())),
        Some(_) => Err(ApiError::bad(format!("{key} must be a date (YYYY, YYYY-MM or YYYY-MM-DD)"))),
    }
}

const KNOWN_EVENT_FILTERS: &[&str] = &["actor", "target", "code", "since", "until", "lang", "limit", "offset"];

fn event_query(p: &HashMap<String, String>) -> Result<EventQuery, ApiError> {
    if let Some(k) = p.keys().find(|k| !KNOWN_EVENT_FILTERS.contains(&k.as_str())) {
        return Err(ApiError::bad(format!("unknown filter {k:?}; known: {}", KNOWN_EVENT_FILTERS.join(", "))));
    }
    let code = match p.get("code") {
        Some(c) if c.is_empty() || c.len() > 4 || !c.bytes().all(|b| b.is_ascii_digit()) => return Err(ApiError::bad("code must be a CAMEO code or prefix of 1 to 4 digits")),
        c => c.cloned(),
    };
    let text = |k: &str| -> Result<Option<String>, ApiError> {
        match p.get(k) {
            Some(v) if v.len() > 200 => Err(ApiError::bad(format!("{k} is limited to 200 bytes"))),
            v => Ok(v.cloned().filter(|v| !v.is_empty())),
        }
    };
    Ok(EventQuery {
        actor: text("actor")?,
        target: text("target")?,
        code,
        since: date(p, "since")?,
        until: date(p, "until")?,
        lang: text("lang")?,
        limit: number(p, "limit", 50, 1000)?,
        offset: number(p, "offset", 0, 1_000_000)?,
    })
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

async fn stats(State(st): State<Arc<AppState>>) -> ApiResult {
    ok(st.read(|s| Ok(s.counts()?)).await?)
}

async fn list_documents(State(st): State<Arc<AppState>>, Query(p): Params) -> ApiResult {
    let (limit, offset) = (number(&p, "limit", 50, 1000)?, number(&p, "offset", 0, 1_000_000)?);
    ok(st.read(move |s| Ok(s.documents(limit, offset)?)).await?)
}

async fn one_document(State(st): State<Arc<AppState>>, Path(id): Path<String>) -> ApiResult {
    let v = st
        .read(move |s| {
            let Some(d) = s.document(&id)? else { return Err(ApiError::not_found(format!("no document {id}"))) };
            let events: Vec<Value> = s.document_events(&id)?.into_iter().map(|(e, m)| json!({"event": e, "mentions": m})).collect();
            let mut v = serde_json::to_value(&d).map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", e.to_string()))?;
            v["events"] = Value::Array(events);
            if let Some(o) = v.as_object_mut() {
                o.remove("raw");
            }
            Ok(v)
        })
        .await?;
    ok(v)
}

async fn document_text(State(st): State<Arc<AppState>>, Path(id): Path<String>) -> ApiResult {
    let d = st.read(move |s| s.document(&id)?.ok_or_else(|| ApiError::not_found(format!("no document {id}")))).await?;
    ok(json!({"id": d.summary.id, "raw": d.raw, "clean": d.body}))
}

async fn document_gold(State(st): State<Arc<AppState>>, Path(id): Path<String>) -> ApiResult {
    ok(st.read(move |s| s.gold(&id)?.ok_or_else(|| ApiError::not_found(format!("no document {id}")))).await?)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PostedPage {
    url: Option<String>,
    html: Option<String>,
    text: Option<String>,
    published: Option<String>,
}

async fn post_document(State(st): State<Arc<AppState>>, headers: HeaderMap, body: Result<Bytes, BytesRejection>) -> ApiResult {
    st.authorise(&headers)?;
    let page: PostedPage = json_body(body)?;
    let (bytes, media) = match (page.html, page.text) {
        (Some(h), None) => (h.into_bytes(), Some("text/html".to_string())),
        (None, Some(t)) => (t.into_bytes(), Some("text/plain".to_string())),
        _ => return Err(ApiError::bad("give exactly one of html or text")),
    };
    if let Some(p) = &page.published {
        if date(&HashMap::from([("published".to_string(), p.clone())]), "published").is_err() {
            return Err(ApiError::bad("published must be a date (YYYY-MM-DD)"));
        }
    }
    let source = page.url.unwrap_or_else(|| "api:posted".into());
    let raw = String::from_utf8_lossy(&bytes).into_owned();
    let process = st.process.clone();
    let mut rec = tokio::task::spawn_blocking(move || process(Page { source, bytes, media_type: media, published: page.published }))
        .await
        .map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", e.to_string()))?;
    rec.raw = Some(raw);
    let (id, n_events, error) = (rec.id.clone(), rec.events.len(), rec.error.clone());
    let outcome = st.write(move |s| Ok(s.put(&rec)?)).await?;
    let (status, what) = match outcome {
        PutOutcome::Added { .. } => (StatusCode::CREATED, "added"),
        PutOutcome::Duplicate => (StatusCode::OK, "duplicate"),
        PutOutcome::Failed => (StatusCode::UNPROCESSABLE_ENTITY, "failed"),
    };
    Ok((status, Json(json!({"id": id, "outcome": what, "events": n_events, "error": error}))).into_response())
}

async fn list_events(State(st): State<Arc<AppState>>, Query(p): Params) -> ApiResult {
    let q = event_query(&p)?;
    let (limit, offset) = (q.limit, q.offset);
    let rows = st.read(move |s| Ok(s.events(&q)?)).await?;
    ok(json!({"limit": limit, "offset": offset, "events": rows}))
}

fn event_id(id: &str) -> Result<i64, ApiError> {
    id.parse::<i64>().map_err(|_| ApiError::bad("an event id is a whole number"))
}

async fn one_event(State(st): State<Arc<AppState>>, Path(id): Path<String>) -> ApiResult {
    let id = event_id(&id)?;
    ok(st
        .read(move |s| {
            let e = s.event(id)?.ok_or_else(|| ApiError::not_found(format!("no event {id}")))?;
            Ok(json!({"event": e, "mentions": s.mentions(id)?, "reviews": s.reviews(id)?}))
        })
        .await?)
}

async fn review_event(State(st): State<Arc<AppState>>, Path(id): Path<String>, headers: HeaderMap, body: Result<Bytes, BytesRejection>) -> ApiResult {
    st.authorise(&headers)?;
    let id = event_id(&id)?;
    let r: Review = json_body(body)?;
    let row = st.write(move |s| Ok(s.review(id, &r)?)).await?;
    match row {
        Ok(row) => Ok((StatusCode::CREATED, Json(row)).into_response()),
        Err(ReviewError::NoEvent(n)) => Err(ApiError::not_found(format!("no event {n}"))),
        Err(ReviewError::Invalid(m)) => Err(ApiError::bad(m)),
    }
}

async fn entities(State(st): State<Arc<AppState>>, Query(p): Params) -> ApiResult {
    let name = p.get("name").cloned().filter(|n| !n.is_empty() && n.len() <= 200).ok_or_else(|| ApiError::bad("name (1 to 200 bytes) is required"))?;
    ok(st.read(move |s| Ok(s.entity(&name)?)).await?)
}

async fn contacts(State(st): State<Arc<AppState>>, Query(p): Params) -> ApiResult {
    let (a, b) = (country(&p, "a")?, country(&p, "b")?);
    let (a2, b2) = (a.clone(), b.clone());
    let rows = st.read(move |s| Ok(s.contacts(&a2, &b2)?)).await?;
    ok(json!({"a": a, "b": b, "contacts": rows}))
}

async fn search(State(st): State<Arc<AppState>>, Query(p): Params) -> ApiResult {
    let q = p.get("q").cloned().filter(|q| !q.trim().is_empty() && q.len() <= 500).ok_or_else(|| ApiError::bad("q (1 to 500 bytes) is required"))?;
    let limit = number(&p, "limit", 20, 200)?;
    ok(st.read(move |s| Ok(s.search(&q, limit)?)).await?)
}

async fn timeline(State(st): State<Arc<AppState>>, Query(p): Params) -> ApiResult {
    let (a, b) = (country(&p, "a")?, country(&p, "b")?);
    let limit = number(&p, "limit", 500, 5000)?;
    let (a2, b2) = (a.clone(), b.clone());
    let rows = st.read(move |s| Ok(s.between(&a2, &b2, limit)?)).await?;
    ok(json!({"a": a, "b": b, "events": rows}))
}

async fn network(State(st): State<Arc<AppState>>, Query(p): Params) -> ApiResult {
    let limit = number(&p, "limit", 60, 1000)?;
    ok(st.read(move |s| Ok(s.network(limit)?)).await?)
}

async fn not_found_api() -> ApiError {
    ApiError::not_found("no such route; see /api/openapi.json")
}

fn asset(kind: &'static str, body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, kind), (header::CACHE_CONTROL, "no-cache")], body).into_response()
}

/// The router: API routes under `/api`, the UI at `/`.
pub fn app(cfg: &Config, process: Process) -> Result<Router, ServeError> {
    // the writer opens first: it creates and migrates the store if needed
    let writer = SqliteStore::open(&cfg.db)?;
    let readers = (0..cfg.readers.max(1)).map(|_| SqliteStore::open_read_only(&cfg.db).map(Mutex::new)).collect::<Result<Vec<_>, _>>()?;
    let state = Arc::new(AppState { readers, next: AtomicUsize::new(0), writer: Mutex::new(writer), token: cfg.token.clone().filter(|t| !t.is_empty()), process });
    Ok(Router::new()
        .route("/api/openapi.json", get(openapi))
        .route("/api/stats", get(stats))
        .route("/api/documents", get(list_documents).post(post_document))
        .route("/api/documents/{id}", get(one_document))
        .route("/api/documents/{id}/text", get(document_text))
        .route("/api/documents/{id}/gold", get(document_gold))
        .route("/api/events", get(list_events))
        .route("/api/events/{id}", get(one_event))
        .route("/api/events/{id}/review", post(review_event))
        .route("/api/entities", get(entities))
        .route("/api/contacts", get(contacts))
        .route("/api/search", get(search))
        .route("/api/timeline", get(timeline))
        .route("/api/network", get(network))
        .route("/api/{*rest}", get(not_found_api).post(not_found_api))
        .route("/", get(|| async { asset("text/html; charset=utf-8", INDEX_HTML) }))
        .route("/ui/app.js", get(|| async { asset("text/javascript; charset=utf-8", APP_JS) }))
        .route("/ui/app.css", get(|| async { asset("text/css; charset=utf-8", APP_CSS) }))
        .layer(DefaultBodyLimit::max(cfg.body_limit))
        .with_state(state))
}

/// Serve until Ctrl-C.
pub async fn serve(cfg: Config, addr: std::net::SocketAddr, process: Process) -> Result<(), ServeError> {
    let router = app(&cfg, process)?;
    let listener = tokio::net::TcpListener::bind(addr).await?;
    eprintln!(
        "warta serve: http://{} ({}; store {})",
        listener.local_addr()?,
        if cfg.token.as_deref().is_some_and(|t| !t.is_empty()) { "writes need the bearer token" } else { "read-only: no token" },
        cfg.db.display()
    );
    axum::serve(listener, router)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests;
