//! `warta serve` (the HTTP API and web UI, in `warta-serve`) and `warta loadtest`, a small HTTP/1.1
//! load generator that measures the server from a second process.

use anyhow::{Context, Result};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};
use warta_core::Doc;
use warta_store::{SqliteStore, Store};

pub struct ServeArgs {
    pub db: Option<PathBuf>,
    pub addr: SocketAddr,
    pub demo: bool,
    pub token: Option<String>,
    pub readers: usize,
    pub body_limit: usize,
    pub max_bytes: usize,
}

/// Ingest the bundled example pages (the `--demo` store).
fn ingest_demo(db: &std::path::Path, max_bytes: usize) -> Result<usize> {
    let pipe = crate::pipeline(max_bytes);
    let recs: Vec<_> = crate::demo::PAGES
        .iter()
        .map(|(name, text)| {
            let doc = Doc::from_bytes(format!("example:{name}"), text.as_bytes().to_vec());
            let mut rec = crate::process(&pipe, doc).0;
            rec.raw = Some(text.to_string());
            rec
        })
        .collect();
    let mut s = SqliteStore::open(db)?;
    s.put_batch(&recs)?;
    Ok(recs.len())
}

pub fn run(a: ServeArgs) -> Result<i32> {
    let db = match (&a.db, a.demo) {
        (Some(p), _) => p.clone(),
        (None, true) => {
            // a fresh store of its own, so a demo never mixes with real data
            let p = std::env::temp_dir().join(format!("warta-demo-{}.db", std::process::id()));
            for ext in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{ext}", p.display()));
            }
            p
        }
        (None, false) => PathBuf::from("warta.db"),
    };
    if a.demo {
        let n = ingest_demo(&db, a.max_bytes)?;
        eprintln!("warta serve --demo: {n} example pages ingested into {}", db.display());
    }
    let pipe = Arc::new(crate::pipeline(a.max_bytes));
    let process: warta_serve::Process = Arc::new(move |page: warta_serve::Page| {
        let mut doc = Doc::from_bytes(page.source, page.bytes);
        doc.media_type = page.media_type;
        doc.published_hint = page.published;
        crate::process(&pipe, doc).0
    });
    let token = a.token.or_else(|| std::env::var("WARTA_TOKEN").ok()).filter(|t| !t.is_empty());
    let cfg = warta_serve::Config { db, token, body_limit: a.body_limit, readers: a.readers.max(1) };
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().context("starting the async runtime")?;
    rt.block_on(warta_serve::serve(cfg, a.addr, process))?;
    Ok(0)
}

/// One keep-alive HTTP/1.1 connection.
struct Conn {
    reader: BufReader<TcpStream>,
    host: String,
}

impl Conn {
    fn open(addr: SocketAddr) -> std::io::Result<Conn> {
        let s = TcpStream::connect_timeout(&addr, Duration::from_secs(5))?;
        s.set_nodelay(true)?;
        s.set_read_timeout(Some(Duration::from_secs(30)))?;
        Ok(Conn { reader: BufReader::new(s), host: addr.to_string() })
    }

    /// GET a path; returns the status code (the body is read and dropped).
    fn get(&mut self, path: &str) -> std::io::Result<u16> {
        write!(self.reader.get_mut(), "GET {path} HTTP/1.1\r\nHost: {}\r\nAccept: application/json\r\n\r\n", self.host)?;
        let mut line = String::new();
        self.reader.read_line(&mut line)?;
        let status: u16 = line.split_whitespace().nth(1).and_then(|s| s.parse().ok()).ok_or_else(|| std::io::Error::other(format!("bad status line {line:?}")))?;
        let mut len: Option<usize> = None;
        loop {
            line.clear();
            if self.reader.read_line(&mut line)? == 0 {
                return Err(std::io::Error::other("connection closed in headers"));
            }
            let l = line.trim_end();
            if l.is_empty() {
                break;
            }
            if let Some((k, v)) = l.split_once(':') {
                if k.eq_ignore_ascii_case("content-length") {
                    len = v.trim().parse().ok();
                }
            }
        }
        let len = len.ok_or_else(|| std::io::Error::other("no content-length"))?;
        std::io::copy(&mut (&mut self.reader).take(len as u64), &mut std::io::sink())?;
        Ok(status)
    }
}

/// `warta loadtest`: `concurrency` connections request `paths` in turn until `requests` are done or
/// `seconds` have passed; prints requests/s and p50/p99 latency per path.
pub fn loadtest(addr: SocketAddr, paths: Vec<String>, requests: usize, concurrency: usize, seconds: u64) -> Result<i32> {
    anyhow::ensure!(!paths.is_empty(), "give at least one --path");
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let per_worker = requests.div_ceil(concurrency.max(1));
    let t0 = Instant::now();
    let workers: Vec<_> = (0..concurrency.max(1))
        .map(|w| {
            let paths = paths.clone();
            std::thread::spawn(move || -> std::io::Result<Vec<(usize, f64, u16)>> {
                let mut c = Conn::open(addr)?;
                let mut out = Vec::with_capacity(per_worker);
                for i in 0..per_worker {
                    if Instant::now() > deadline {
                        break;
                    }
                    let k = (w + i) % paths.len();
                    let t = Instant::now();
                    let st = c.get(&paths[k])?;
                    out.push((k, t.elapsed().as_secs_f64() * 1000.0, st));
                }
                Ok(out)
            })
        })
        .collect();
    let mut all = vec![];
    for w in workers {
        all.extend(w.join().map_err(|_| anyhow::anyhow!("a load worker panicked"))?.context("load worker")?);
    }
    let secs = t0.elapsed().as_secs_f64();
    println!("loadtest http://{addr}: {} requests in {secs:.1} s over {} connections = {:.0} requests/s", all.len(), concurrency, all.len() as f64 / secs);
    let mut failed = 0;
    for (k, p) in paths.iter().enumerate() {
        let mut ms: Vec<f64> = all.iter().filter(|x| x.0 == k).map(|x| x.1).collect();
        let bad = all.iter().filter(|x| x.0 == k && x.2 != 200).count();
        failed += bad;
        if ms.is_empty() {
            continue;
        }
        ms.sort_by(|a, b| a.total_cmp(b));
        let q = |f: f64| ms[((ms.len() as f64 * f) as usize).min(ms.len() - 1)];
        println!("  {p:<60} n {:>6}  {:>7.0} req/s  p50 {:.2} ms  p99 {:.2} ms  max {:.2} ms  non-200 {bad}", ms.len(), ms.len() as f64 / secs, q(0.5), q(0.99), ms[ms.len() - 1]);
    }
    Ok(if failed > 0 { 1 } else { 0 })
}
