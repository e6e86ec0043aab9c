//! `warta ingest`, `events`, `contacts`, `entity`, `search`, `export`, and the store benchmarks.

use anyhow::{Context, Result};
use serde::Serialize;
use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;
use warta_core::{record::Record, Doc, DocError};
use warta_store::{EventQuery, EventRow, PutOutcome, SqliteStore, Store};

/// One input document before the pipeline.
pub struct Input {
    pub source: String,
    pub raw: std::result::Result<Vec<u8>, String>,
    pub media_type: Option<String>,
    pub published: Option<String>,
}

/// Walk paths (files, directories, `-`, `.jsonl`) into inputs, lazily, so memory stays bounded.
pub fn inputs(paths: &[PathBuf], max_bytes: usize) -> Result<Box<dyn Iterator<Item = Input>>> {
    let files = crate::collect_inputs_with(paths, &["txt", "html", "htm", "gz", "jsonl", "warc"])?;
    Ok(Box::new(files.into_iter().flat_map(move |p| -> Box<dyn Iterator<Item = Input>> {
        if p.as_os_str() == "-" {
            let mut buf = vec![];
            let raw = std::io::stdin().take(max_bytes as u64 + 1).read_to_end(&mut buf).map(|_| buf).map_err(|e| e.to_string());
            return Box::new(std::iter::once(Input { source: "-".into(), raw, media_type: None, published: None }));
        }
        if p.extension().is_some_and(|e| e == "jsonl") {
            return jsonl_inputs(p);
        }
        let name = p.to_string_lossy();
        if name.ends_with(".warc") || name.ends_with(".warc.gz") {
            return warc_inputs(p, max_bytes);
        }
        let raw = crate::read_capped(&p, max_bytes).map_err(|e| e.to_string());
        Box::new(std::iter::once(Input { source: p.display().to_string(), raw, media_type: crate::media_type(&p), published: None }))
    })))
}

/// The response records of a WARC file (plain or gzip members, as Common Crawl News writes them).
/// A record over the size cap, or a corrupt or truncated stream, becomes one failed document;
/// the records before it come out whole.
/// The response records of a WARC file (plain or gzip members, as Common Crawl News publishes
/// them). Records are read by a thread of their own with the `warc` crate's streaming reader and
/// handed over through a channel of four, so memory stays bounded: a record over the cap is
/// skipped in 1 MB steps without being held, and reported as a `too_large` document; a corrupt or
/// truncated file ends with one `warc` error after the records before the damage.
fn warc_inputs(p: PathBuf, max_bytes: usize) -> Box<dyn Iterator<Item = Input>> {
    use std::io::Read;
    use warc::{WarcHeader, WarcReader};
    let name = p.display().to_string();
    let file = match std::fs::File::open(&p) {
        Ok(f) => f,
        Err(e) => return Box::new(std::iter::once(Input { source: name, raw: Err(e.to_string()), media_type: None, published: None })),
    };
    let (tx, rx) = std::sync::mpsc::sync_channel::<Input>(4);
    std::thread::spawn(move || {
        let reader: Box<dyn BufRead> = if name.ends_with(".gz") { Box::new(std::io::BufReader::new(flate2::read::MultiGzDecoder::new(file))) } else { Box::new(std::io::BufReader::new(file)) };
        let mut warc = WarcReader::new(reader);
        let mut records = warc.stream_records();
        let mut n = 0usize;
        while let Some(rec) = records.next_item() {
            n += 1;
            let broken = |e: String| Input { source: format!("{name}#record{n}"), raw: Err(format!("corrupt or truncated WARC: {e}")), media_type: None, published: None };
            let mut rec = match rec {
                Ok(r) => r,
                Err(e) => {
                    let _ = tx.send(broken(e.to_string()));
                    return;
                }
            };
            let h = |k: WarcHeader| rec.header(k).map(|v| v.to_string());
            if h(WarcHeader::WarcType).as_deref() != Some("response") {
                continue;
            }
            let source = h(WarcHeader::TargetURI).unwrap_or_else(|| format!("{name}#{}", rec.warc_id()));
            let published = h(WarcHeader::Date).map(|d| d.chars().take(10).collect());
            let len = rec.content_length();
            let input = if len > max_bytes as u64 {
                Input { source, raw: Err(format!("too_large: WARC record of {len} bytes is over the cap of {max_bytes}")), media_type: None, published: None }
            } else {
                let mut body = Vec::with_capacity(len as usize);
                if let Err(e) = (&mut rec).take(len).read_to_end(&mut body) {
                    let _ = tx.send(broken(e.to_string()));
                    return;
                }
                if (body.len() as u64) < len {
                    let _ = tx.send(broken(format!("record {n} ends after {} of its {len} bytes", body.len())));
                    return;
                }
                // an HTTP response: headers, a blank line, the page
                let payload = body.windows(4).position(|w| w == b"\r\n\r\n").map(|i| body[i + 4..].to_vec()).unwrap_or(body);
                Input { source, raw: Ok(payload), media_type: Some("text/html".into()), published }
            };
            if tx.send(input).is_err() {
                return; // the reader stopped
            }
        }
    });
    Box::new(rx.into_iter())
}

/// `{"url", "html" | "text", "published"}` per line; a bad line is a failed document, not a stop.
fn jsonl_inputs(p: PathBuf) -> Box<dyn Iterator<Item = Input>> {
    let f = match std::fs::File::open(&p) {
        Ok(f) => f,
        Err(e) => return Box::new(std::iter::once(Input { source: p.display().to_string(), raw: Err(e.to_string()), media_type: None, published: None })),
    };
    let name = p.display().to_string();
    Box::new(std::io::BufReader::new(f).lines().enumerate().map(move |(n, line)| {
        let here = format!("{name}:{}", n + 1);
        let v: serde_json::Value = match line.map_err(|e| e.to_string()).and_then(|l| serde_json::from_str(&l).map_err(|e| e.to_string())) {
            Ok(v) => v,
            Err(e) => return Input { source: here, raw: Err(format!("bad JSONL line: {e}")), media_type: None, published: None },
        };
        let s = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
        let source = s("url").unwrap_or(here);
        let (raw, media_type) = match (s("html"), s("text")) {
            (Some(h), _) => (Ok(h.into_bytes()), Some("text/html".to_string())),
            (None, Some(t)) => {
                let t = match s("title") {
                    Some(title) => format!("{title}\n\n{t}"),
                    None => t,
                };
                (Ok(t.into_bytes()), Some("text/plain".to_string()))
            }
            _ => (Err("JSONL line has neither \"html\" nor \"text\"".to_string()), None),
        };
        Input { source, raw, media_type, published: s("published") }
    }))
}

fn open(db: &Path) -> Result<SqliteStore> {
    SqliteStore::open(db).with_context(|| format!("opening store {}", db.display()))
}

#[derive(Serialize, Default)]
struct IngestSummary {
    seen: usize,
    added: usize,
    duplicates: usize,
    failed: usize,
    mentions: usize,
    new_events: usize,
    seconds: f64,
}

pub fn ingest(paths: Vec<PathBuf>, db: &Path, batch: usize, max_bytes: usize) -> Result<i32> {
    let paths = if paths.is_empty() { vec![PathBuf::from("-")] } else { paths };
    let mut store = open(db)?;
    let pipe = crate::pipeline(max_bytes);
    let tty = std::io::stderr().is_terminal();
    let bar = if tty {
        let b = indicatif::ProgressBar::new_spinner();
        b.set_style(indicatif::ProgressStyle::with_template("{spinner} {pos} documents {per_sec} [{elapsed_precise}] {msg}").unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()));
        Some(b)
    } else {
        None
    };
    let t = Instant::now();
    let mut sum = IngestSummary::default();
    let mut pending: Vec<Record> = vec![];
    let flush = |store: &mut SqliteStore, pending: &mut Vec<Record>, sum: &mut IngestSummary| -> Result<()> {
        for o in store.put_batch(pending)? {
            match o {
                PutOutcome::Added { mentions, new_events } => {
                    sum.added += 1;
                    sum.mentions += mentions;
                    sum.new_events += new_events;
                }
                PutOutcome::Duplicate => sum.duplicates += 1,
                PutOutcome::Failed => sum.failed += 1,
            }
        }
        pending.clear();
        Ok(())
    };
    for input in inputs(&paths, max_bytes)? {
        sum.seen += 1;
        let rec = match input.raw {
            Ok(raw) => {
                // the page as it came in, for `warta serve` (not for gzip members: their text is inside)
                let raw_text = (!raw.starts_with(&[0x1f, 0x8b])).then(|| String::from_utf8_lossy(&raw).into_owned());
                let mut doc = Doc::from_bytes(input.source.clone(), raw);
                if store.has_document(&doc.id)? {
                    // resumable and idempotent: the same bytes are never processed twice
                    sum.duplicates += 1;
                    if let Some(b) = &bar {
                        b.inc(1);
                    }
                    continue;
                }
                doc.media_type = input.media_type;
                doc.published_hint = input.published;
                let mut rec = crate::process(&pipe, doc).0;
                rec.raw = raw_text;
                rec
            }
            Err(e) => {
                let mut d = Doc::from_bytes(input.source.clone(), input.source.clone().into_bytes());
                d.id = warta_core::hex(input.source.as_bytes());
                Record::failed(&d, DocError::new("io", e))
            }
        };
        pending.push(rec);
        if pending.len() >= batch {
            flush(&mut store, &mut pending, &mut sum)?;
        }
        if let Some(b) = &bar {
            b.inc(1);
            b.set_message(format!("{} events", sum.new_events));
        }
    }
    flush(&mut store, &mut pending, &mut sum)?;
    sum.seconds = t.elapsed().as_secs_f64();
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    eprintln!(
        "ingested {} documents into {}: {} added, {} already there, {} failed; {} event mentions, {} new events; {:.1} s",
        sum.seen,
        db.display(),
        sum.added,
        sum.duplicates,
        sum.failed,
        sum.mentions,
        sum.new_events,
        sum.seconds
    );
    Ok(if sum.failed > 0 { 1 } else { 0 })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Jsonl,
    Csv,
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn print_rows<T: Serialize>(rows: &[T], format: Format, table: impl Fn(&T) -> String, header: &str) -> Result<()> {
    let out = std::io::stdout();
    let mut w = std::io::BufWriter::new(out.lock());
    match format {
        Format::Jsonl => {
            for r in rows {
                serde_json::to_writer(&mut w, r)?;
                writeln!(w)?;
            }
        }
        Format::Csv => {
            let mut first = true;
            for r in rows {
                let v = serde_json::to_value(r)?;
                let obj = v.as_object().cloned().unwrap_or_default();
                if first {
                    writeln!(w, "{}", obj.keys().cloned().collect::<Vec<_>>().join(","))?;
                    first = false;
                }
                let vals: Vec<String> = obj
                    .values()
                    .map(|x| match x {
                        serde_json::Value::Null => String::new(),
                        serde_json::Value::String(s) => csv_field(s),
                        other => csv_field(&other.to_string()),
                    })
                    .collect();
                writeln!(w, "{}", vals.join(","))?;
            }
        }
        Format::Table => {
            writeln!(w, "{header}")?;
            for r in rows {
                writeln!(w, "{}", table(r))?;
            }
        }
    }
    w.flush()?;
    Ok(())
}

fn event_line(e: &EventRow) -> String {
    let side = |c: &Option<String>, t: &Option<String>| c.clone().or(t.clone()).unwrap_or_else(|| "-".into());
    format!(
        "{:>6} {:<10} {:<5} {:<38} {:>4} {:<8}{}{:<8} {:>3}/{:<3} {}",
        e.id,
        e.date.as_deref().unwrap_or("?"),
        e.code,
        e.name.chars().take(38).collect::<String>(),
        e.quad_class.map(|q| q.to_string()).unwrap_or_default(),
        side(&e.actor_code, &e.actor_country),
        if e.symmetric { " <-> " } else { "  -> " },
        side(&e.target_code, &e.target_country),
        e.num_articles,
        e.num_independent,
        e.evidence.chars().take(90).collect::<String>()
    )
}

pub fn events(db: &Path, q: EventQuery, format: Format) -> Result<i32> {
    let s = open(db)?;
    let rows = s.events(&q)?;
    print_rows(&rows, format, event_line, "    id date       code  name                                     quad actor         target   art/ind evidence")?;
    Ok(0)
}

pub fn contacts(db: &Path, a: &str, b: &str, format: Format) -> Result<i32> {
    let s = open(db)?;
    let (a, b) = (a.to_ascii_uppercase(), b.to_ascii_uppercase());
    let rows = s.contacts(&a, &b)?;
    if format == Format::Table {
        println!("contacts between {a} and {b}:");
        if rows.is_empty() {
            println!("  none in this store");
        }
        for c in &rows {
            println!("  {:<30} last {:<10} (event {}){}", c.level, c.last.date, c.last.event, c.previous.as_ref().map(|p| format!(", previous {} (event {})", p.date, p.event)).unwrap_or_default());
            println!("  {:<30} «{}»", "", c.last.evidence);
        }
        return Ok(0);
    }
    print_rows(&rows, format, |_| String::new(), "")?;
    Ok(0)
}

pub fn entity(db: &Path, name: &str, format: Format) -> Result<i32> {
    let s = open(db)?;
    let rows = s.entity(name)?;
    print_rows(&rows, format, |e| format!("{:<28} {:<30} {:<8} {:<5} docs {:>4} events {:>4} {}", e.id, e.name, e.etype, e.country.as_deref().unwrap_or("-"), e.documents, e.events, e.roles.join(", ")), "id                           name                           type     ctry")?;
    Ok(0)
}

pub fn search(db: &Path, query: &str, limit: usize, format: Format) -> Result<i32> {
    let s = open(db)?;
    let rows = s.search(query, limit)?;
    print_rows(&rows, format, |h| format!("{:<12} {:<10} {} — {}", &h.id[..12.min(h.id.len())], h.published.as_deref().unwrap_or("?"), h.title.as_deref().unwrap_or("(no title)"), h.snippet), "document     published  title — snippet")?;
    Ok(0)
}

/// GDELT 2.0 event-table columns, in order (docs/gdelt-export.md maps each one). The file itself
/// has no header line, like GDELT's; the names are for tests and documentation.
#[cfg_attr(not(test), allow(dead_code))]
pub const GDELT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
];

/// One event as a GDELT 2.0 row.
pub fn gdelt_row(e: &EventRow, source_url: &str) -> Vec<String> {
    let date = e.date.clone().unwrap_or_default();
    let digits: String = date.chars().filter(|c| c.is_ascii_digit()).collect();
    let sqldate = if digits.len() >= 4 { format!("{:0<8}", digits.chars().take(8).collect::<String>()) } else { String::new() };
    let year = digits.get(..4).unwrap_or("").to_string();
    let month_year = if digits.len() >= 6 { digits[..6].to_string() } else if digits.len() >= 4 { format!("{year}00") } else { String::new() };
    let fraction = match (digits.get(..4).and_then(|y| y.parse::<f64>().ok()), digits.get(4..6).and_then(|m| m.parse::<f64>().ok())) {
        (Some(y), Some(m)) => format!("{:.4}", y + (m - 1.0) / 12.0 + digits.get(6..8).and_then(|d| d.parse::<f64>().ok()).map(|d| (d - 1.0) / 365.0).unwrap_or(0.0)),
        (Some(y), None) => format!("{y:.4}"),
        _ => String::new(),
    };
    let sector = |code: &Option<String>, country: &Option<String>| -> String {
        match (code, country) {
            (Some(c), Some(k)) if c.len() > k.len() => c[k.len()..(k.len() + 3).min(c.len())].to_string(),
            (Some(c), None) => c.get(3..6).unwrap_or("").to_string(),
            _ => String::new(),
        }
    };
    let geo = |name: &Option<String>, country: &Option<String>| -> Vec<String> {
        match name {
            Some(n) => vec!["4".into(), n.clone(), country.clone().unwrap_or_default(), String::new(), String::new(), String::new(), String::new(), String::new()],
            None => vec![String::new(); 8],
        }
    };
    let mut r = vec![e.id.to_string(), sqldate, month_year, year, fraction];
    for (code, name, country) in [(&e.actor_code, &e.actor_text, &e.actor_country), (&e.target_code, &e.target_text, &e.target_country)] {
        r.extend([code.clone().unwrap_or_default(), name.clone().unwrap_or_default(), country.clone().unwrap_or_default(), String::new(), String::new(), String::new(), String::new(), sector(code, country), String::new(), String::new()]);
    }
    r.extend([
        "1".into(),
        e.code.clone(),
        e.code.chars().take(3).collect(),
        e.code.chars().take(2).collect(),
        e.quad_class.map(|q| q.to_string()).unwrap_or_default(),
        e.goldstein.map(|g| format!("{g:.1}")).unwrap_or_default(),
        e.num_mentions.to_string(),
        e.num_sources.to_string(),
        e.num_articles.to_string(),
        String::new(),
    ]);
    r.extend(geo(&None, &None));
    r.extend(geo(&None, &None));
    r.extend(geo(&e.location, &e.location_country));
    r.push(e.first_seen.chars().filter(|c| c.is_ascii_digit()).collect());
    r.push(source_url.to_string());
    r.iter().map(|s| s.replace(['\t', '\n'], " ")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gdelt_rows_have_the_61_columns_of_the_event_table() {
        let e = EventRow {
            id: 7, code: "0411".into(), name: "x".into(), plover: None, goldstein: Some(1.0), quad_class: Some(1),
            actor_country: Some("JPN".into()), actor_code: Some("JPNGOV".into()), actor_entity: None, actor_text: Some("Menteri\tLuar".into()),
            target_country: Some("KOR".into()), target_code: Some("KOR".into()), target_entity: None, target_text: None,
            symmetric: true, level: None, date: Some("2019-07".into()), location: Some("Seoul".into()), location_country: Some("KOR".into()),
            fatalities: None, modality: "asserted".into(), language: Some("id".into()), num_mentions: 3, num_articles: 2, num_sources: 2, num_independent: 1,
            first_seen: "2021-08-12".into(), last_seen: "2021-08-12".into(), evidence: String::new(), evidence_doc: String::new(),
        };
        let r = gdelt_row(&e, "https://example.org/a");
        assert_eq!(r.len(), GDELT_COLUMNS.len());
        let col = |name: &str| r[GDELT_COLUMNS.iter().position(|c| *c == name).unwrap()].as_str();
        assert_eq!(col("SQLDATE"), "20190700", "month precision: day 00");
        assert_eq!(col("MonthYear"), "201907");
        assert_eq!(col("Actor1Code"), "JPNGOV");
        assert_eq!(col("Actor1Type1Code"), "GOV");
        assert_eq!(col("Actor1Name"), "Menteri Luar", "no tabs inside a field");
        assert_eq!(col("EventBaseCode"), "041");
        assert_eq!(col("EventRootCode"), "04");
        assert_eq!(col("NumArticles"), "2");
        assert_eq!(col("ActionGeo_FullName"), "Seoul");
        assert_eq!(col("DATEADDED"), "20210812");
        assert_eq!(col("SOURCEURL"), "https://example.org/a");
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Jsonl,
    Csv,
    Gdelt,
    Parquet,
}

pub fn export(db: &Path, q: EventQuery, format: ExportFormat, out: Option<PathBuf>) -> Result<i32> {
    let s = open(db)?;
    let mut q = q;
    q.limit = if q.limit == 0 { usize::MAX >> 1 } else { q.limit };
    let rows = s.events(&q)?;
    match format {
        ExportFormat::Jsonl => print_rows(&rows, Format::Jsonl, |_| String::new(), "")?,
        ExportFormat::Csv => print_rows(&rows, Format::Csv, |_| String::new(), "")?,
        ExportFormat::Gdelt => {
            let mut src = s.connection().prepare("SELECT source FROM documents WHERE id = ?1")?;
            let stdout = std::io::stdout();
            let mut w = std::io::BufWriter::new(stdout.lock());
            for e in &rows {
                let url: String = src.query_row([&e.evidence_doc], |r| r.get(0)).unwrap_or_default();
                writeln!(w, "{}", gdelt_row(e, &url).join("\t"))?;
            }
            w.flush()?;
        }
        ExportFormat::Parquet => {
            let out = out.context("--out FILE is needed for parquet")?;
            crate::parquet_export::write(&rows, &out)?;
            eprintln!("wrote {} events to {}", rows.len(), out.display());
        }
    }
    Ok(0)
}

/// A small deterministic PRNG (xorshift64*), so synthetic stores are reproducible.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const SYNTH_COUNTRIES: &[&str] = &[
    "USA", "CHN", "RUS", "FRA", "GBR", "DEU", "JPN", "IND", "IDN", "BRA", "TUR", "IRN", "ISR", "PSE", "UKR", "SAU", "KOR", "PRK", "AUS", "CAN", "MEX", "ZAF", "NGA", "EGY", "PAK",
    "AFG", "IRQ", "SYR", "ITA", "ESP", "POL", "MYS", "SGP", "PHL", "THA", "VNM", "MMR", "ARG", "ETH", "KEN",
];
const SYNTH_ROLES: &[(&str, &str)] = &[("hos", "head of state"), ("hog", "head of government"), ("fm", "foreign minister"), ("dm", "defence minister"), ("amb", "ambassador")];

/// A synthetic record with `n` events between random pairs, for store benchmarks.
/// `published`: the document's day when documents come in publication order (its events then
/// happened in the week before, one in ten earlier: background), else every date is drawn from
/// the whole span.
fn synth_record(rng: &mut Rng, i: usize, n: usize, codes: &[&str], published: Option<i64>) -> Record {
    use warta_core::{Entity, EntityType, Event, Participant, Role};
    let mut entities: Vec<Entity> = vec![];
    let mut events = vec![];
    let person = |c: &str, r: usize, entities: &mut Vec<Entity>| -> String {
        let id = format!("local:synth:{c}:{}", SYNTH_ROLES[r].0);
        if !entities.iter().any(|e| e.id == id) {
            entities.push(Entity { id: id.clone(), name: format!("{} of {c}", SYNTH_ROLES[r].1), etype: EntityType::Person, country: Some(c.into()), roles: vec![Role { role: SYNTH_ROLES[r].1.into(), country: Some(c.into()) }], sector: Some("GOV".into()), mentions: vec![] });
        }
        id
    };
    for k in 0..n {
        let a = SYNTH_COUNTRIES[rng.below(SYNTH_COUNTRIES.len())];
        let mut b = SYNTH_COUNTRIES[rng.below(SYNTH_COUNTRIES.len())];
        if a == b {
            b = if a == "USA" { "CHN" } else { "USA" };
        }
        let r = rng.below(SYNTH_ROLES.len());
        let (pa, pb) = (person(a, r, &mut entities), person(b, r, &mut entities));
        let code = codes[rng.below(codes.len())].to_string();
        let day = match published {
            Some(p) if rng.below(10) > 0 => (p - rng.below(7) as i64).max(0),
            Some(p) => rng.below(p as usize + 1) as i64,
            None => rng.below(4018) as i64, // 2015-01-01 .. 2025-12-31
        };
        let date = (chrono_like(day)).to_string();
        let part = |c: &str, id: String| Some(Participant { text: format!("{c} official"), entity: Some(id), country: Some(c.into()), sector: Some("GOV".into()), code: Some(format!("{c}GOV")), role: None });
        events.push(Event {
            code: code.clone(),
            goldstein: Some(0.0),
            quad_class: Some(1),
            actor: part(a, pa),
            target: part(b, pb),
            date: Some(date),
            date_source: Some("clause".into()),
            modality: "asserted".into(),
            sentence: format!("{a} and {b} event {k}."),
            start: k * 10,
            end: k * 10 + 9,
            confidence: 0.8,
            ..Default::default()
        });
    }
    let mut doc = Doc::from_bytes(format!("synthetic://warta/{i}"), format!("synthetic document {i} {}", rng.next()).into_bytes());
    doc.language = Some("en".into());
    const WORDS: &[&str] = &["talks", "border", "minister", "summit", "trade", "sanctions", "ceasefire", "election", "protest", "aid", "treaty", "troops", "visit", "phone", "accord", "dispute"];
    let body: Vec<String> = (0..24).map(|_| format!("{}{}", WORDS[rng.below(WORDS.len())], rng.below(50))).collect();
    doc.set_paragraphs(vec![format!("Synthetic document {i} with {n} events: {}.", body.join(" "))]);
    let mut rec = doc.to_record();
    rec.entities = entities;
    rec.events = events;
    rec
}

/// Day number since 2015-01-01 → ISO date (civil calendar, no dependency needed).
fn chrono_like(day: i64) -> String {
    let (mut y, mut d) = (2015i64, day);
    loop {
        let len = if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 { 366 } else { 365 };
        if d < len {
            break;
        }
        d -= len;
        y += 1;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let months = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let mut m = 0;
    while d >= months[m] {
        d -= months[m];
        m += 1;
    }
    format!("{y:04}-{:02}-{:02}", m + 1, d + 1)
}

/// `warta synth`: a synthetic store of `events` events; reports ingest throughput. Records are made
/// on a second thread, so the figure is the store's write rate, not the generator's.
pub fn synth(db: &Path, events: usize, per_doc: usize, batch_events: usize, chronological: bool) -> Result<i32> {
    let mut store = open(db)?;
    let docs = events.div_ceil(per_doc);
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Record>>(64);
    let producer = std::thread::spawn(move || {
        let codes: Vec<&str> = vec!["040", "041", "042", "043", "046", "010", "020", "036", "051", "057", "111", "112", "120", "130", "141", "173", "180", "190"];
        let mut rng = Rng(0x9E3779B97F4A7C15);
        let (mut done, mut batch) = (0usize, vec![]);
        for i in 0..docs {
            let n = per_doc.min(events - done);
            let published = chronological.then(|| (i as u64 * 4018 / docs.max(1) as u64) as i64);
            batch.push(synth_record(&mut rng, i, n, &codes, published));
            done += n;
            if batch.len() == 100 || i + 1 == docs {
                if tx.send(std::mem::take(&mut batch)).is_err() {
                    return;
                }
            }
        }
    });
    let t = Instant::now();
    let (mut done, mut written, mut next_report) = (0usize, 0usize, 1_000_000usize);
    let mut batch: Vec<Record> = vec![];
    let mut pending_events = 0;
    for chunk in rx {
        pending_events += chunk.iter().map(|r| r.events.len()).sum::<usize>();
        written += chunk.len();
        batch.extend(chunk);
        if pending_events < batch_events && written < docs {
            continue;
        }
        store.put_batch(&batch)?;
        batch.clear();
        done += std::mem::take(&mut pending_events);
        if done >= next_report || written == docs {
            next_report += 1_000_000;
            let secs = t.elapsed().as_secs_f64();
            eprintln!("{done} events in {secs:.1} s: {:.0} events/s", done as f64 / secs);
        }
    }
    producer.join().map_err(|_| anyhow::anyhow!("the record generator panicked"))?;
    // the write-ahead log is copied into the database on a second thread while ingest goes on; the
    // figure includes copying what is left of it when the last batch is committed
    store.checkpoint()?;
    let secs = t.elapsed().as_secs_f64();
    let ta = Instant::now();
    store.analyze()?;
    println!(
        "synthetic store {}: {done} events in {docs} documents, ingested in {secs:.1} s = {:.0} events/s, log checkpointed (ANALYZE after: {:.1} s)",
        db.display(),
        done as f64 / secs,
        ta.elapsed().as_secs_f64()
    );
    Ok(0)
}

/// `warta bench-store`: latency of `contacts` and filtered `events` queries on a store.
pub fn bench_store(db: &Path, runs: usize) -> Result<i32> {
    let s = open(db)?;
    let c = s.counts()?;
    println!("store {}: {} documents, {} events, {} mentions", db.display(), c.documents, c.events, c.mentions);
    let mut rng = Rng(42);
    let mut time = |name: &str, f: &mut dyn FnMut(&mut Rng) -> Result<usize>| -> Result<()> {
        let mut ms = vec![];
        let mut rows = 0;
        for _ in 0..runs {
            let t = Instant::now();
            rows += f(&mut rng)?;
            ms.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        ms.sort_by(|a, b| a.total_cmp(b));
        let p = |q: f64| ms[((ms.len() as f64 * q) as usize).min(ms.len() - 1)];
        println!("{name:<44} runs {runs}  p50 {:.2} ms  p99 {:.2} ms  max {:.2} ms  ({:.1} rows/query)", p(0.5), p(0.99), ms[ms.len() - 1], rows as f64 / runs as f64);
        Ok(())
    };
    let pick = |rng: &mut Rng| SYNTH_COUNTRIES[rng.below(SYNTH_COUNTRIES.len())];
    time("contacts A B", &mut |rng| {
        let (a, b) = (pick(rng), pick(rng));
        Ok(s.contacts(a, b)?.len())
    })?;
    time("events --actor A --code 04 --since 2024-01-01", &mut |rng| {
        let q = EventQuery { actor: Some(pick(rng).into()), code: Some("04".into()), since: Some("2024-01-01".into()), limit: 100, ..Default::default() };
        Ok(s.events(&q)?.len())
    })?;
    time("events --actor A --target B --until 2020-12-31", &mut |rng| {
        let q = EventQuery { actor: Some(pick(rng).into()), target: Some(pick(rng).into()), until: Some("2020-12-31".into()), limit: 100, ..Default::default() };
        Ok(s.events(&q)?.len())
    })?;
    // one side alone: read from the dyad index once per partner country (schema v7)
    time("events --actor A", &mut |rng| {
        let q = EventQuery { actor: Some(pick(rng).into()), limit: 100, ..Default::default() };
        Ok(s.events(&q)?.len())
    })?;
    time("events --target B --code 19 --offset 100", &mut |rng| {
        let q = EventQuery { target: Some(pick(rng).into()), code: Some("19".into()), limit: 100, offset: 100, ..Default::default() };
        Ok(s.events(&q)?.len())
    })?;
    time("events --code 19 --since 2025-06-01", &mut |_| {
        let q = EventQuery { code: Some("19".into()), since: Some("2025-06-01".into()), limit: 100, ..Default::default() };
        Ok(s.events(&q)?.len())
    })?;
    Ok(0)
}
