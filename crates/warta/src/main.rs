//! The `warta` command line. The only crate that uses `anyhow`, touches files or the terminal.

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use warta_core::{record::Record, Doc, DocError, Pipeline};

mod bench;
mod code_sentences;
mod demo;
mod eval;
mod eval_extraction;
mod eval_plover;
mod eval_time;
mod floors;
mod ner_cmd;
mod parquet_export;
mod serve;
mod store_cmd;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use store_cmd::{ExportFormat, Format};
use warta_store::EventQuery;

const EXIT_HELP: &str = "Exit codes:
  0  every document was processed (eval: every figure is at or above its floor), or the reader of
     the output stopped early (`| head`)
  1  some documents failed (each has an \"error\" record; the rest came out), or eval fell under a floor
  2  usage error (bad arguments)
  3  fatal error (an input path cannot be read, output cannot be written)";

#[derive(Parser)]
#[command(name = "warta", version, about = "Political event data from news pages: who did what to whom, when and where, with the evidence.", after_help = EXIT_HELP)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Print a warta-doc/1 record for each page (files, directories, or - for stdin).
    #[command(after_help = EXIT_HELP)]
    Extract {
        paths: Vec<PathBuf>,
        /// One record per line.
        #[arg(long)]
        jsonl: bool,
        /// Publication date (YYYY-MM-DD) when the page does not print one.
        #[arg(long)]
        published: Option<String>,
        /// Force the language (id, en) instead of detecting it.
        #[arg(long)]
        lang: Option<String>,
        /// Largest document accepted, in bytes; larger ones get a `too_large` error.
        #[arg(long, default_value_t = warta_extract::DEFAULT_MAX_BYTES)]
        max_bytes: usize,
    },
    /// Score every gold.json under the paths; exit 1 when a figure falls under its floor.
    #[command(after_help = EXIT_HELP)]
    Eval {
        paths: Vec<PathBuf>,
        /// Floors file.
        #[arg(long, default_value = "eval/baseline.json")]
        baseline: PathBuf,
        /// Show every miss.
        #[arg(long, short)]
        verbose: bool,
        /// Print the scores as JSON.
        #[arg(long)]
        json: bool,
        /// Raise the floors in the baseline to today's figures (never lowers one) and record page hashes.
        #[arg(long)]
        raise_floors: bool,
    },
    /// Score time expressions on TempEval-3 TimeML files (extents strict/relaxed, values); exit 1 under a floor.
    #[command(name = "eval-time", after_help = EXIT_HELP)]
    EvalTime {
        /// A folder of .tml files (e.g. ../shared/data/temporal/tempeval3/te3-platinum).
        dir: PathBuf,
        #[arg(long, default_value = "eval/time-baseline.json")]
        baseline: PathBuf,
        /// List every miss and spurious expression.
        #[arg(long, short)]
        verbose: bool,
        /// Raise the floors to today's figures (never lowers one) and record the corpus hash.
        #[arg(long)]
        raise_floors: bool,
    },
    /// Train the statistical NER tagger on CoNLL files (token first, BIO tag last, blank lines between
    /// sentences); corpus types are mapped onto PER/LOC/ORG.
    #[command(name = "train-ner", after_help = EXIT_HELP)]
    TrainNer {
        files: Vec<PathBuf>,
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value_t = 10)]
        epochs: usize,
        /// Leave out features seen fewer times than this in training.
        #[arg(long, default_value_t = 2)]
        min_count: u32,
        /// Drop averaged weights smaller than this (keeps the model file small).
        #[arg(long, default_value_t = 0.01)]
        prune: f32,
        /// Train without the GeoNames cities in the gazetteer features.
        #[arg(long)]
        no_cities: bool,
        /// Lower-case every training token (for a model of lower-cased text, such as NERP, trained
        /// on cased corpora too).
        #[arg(long)]
        lowercase: bool,
        /// Train this many models, each reading the sentences in another order, and keep their mean
        /// (one model, tagging as fast as one).
        #[arg(long, default_value_t = 1)]
        orders: u64,
        /// Each file is its own corpus: features are learnt shared and per corpus (feature
        /// augmentation), and the model kept is for the first file's corpus.
        #[arg(long)]
        augment: bool,
    },
    /// Tag tokens with PER/LOC/ORG in BIO: reads one token per line (first column), blank lines
    /// between sentences; prints `token<TAB>tag`.
    #[command(after_help = EXIT_HELP)]
    Tag {
        /// A CoNLL file, or - for stdin.
        #[arg(long)]
        conll: String,
        /// A compiled-in model (news, nergrit, nerp) or a model file.
        #[arg(long, default_value = "news")]
        model: String,
        /// A model file trained with --no-cities.
        #[arg(long)]
        no_cities: bool,
    },
    /// Entity-level F1 (exact span and type, PER/LOC/ORG) of the NER tagger on a CoNLL test file;
    /// exit 1 under a floor.
    #[command(name = "eval-ner", after_help = EXIT_HELP)]
    EvalNer {
        file: PathBuf,
        #[arg(long, default_value = "news")]
        model: String,
        #[arg(long, default_value = "eval/ner-baseline.json")]
        baseline: PathBuf,
        /// A model file trained with --no-cities.
        #[arg(long)]
        no_cities: bool,
        #[arg(long)]
        raise_floors: bool,
    },
    /// Score event coding on the PLOVER gold standard (PLOVER_GSR_CAMEO.json): event type, source and
    /// recipient accuracy of warta's first event per record; exit 1 under a floor.
    #[command(name = "eval-plover", after_help = EXIT_HELP)]
    EvalPlover {
        file: PathBuf,
        #[arg(long, default_value = "eval/plover-baseline.json")]
        baseline: PathBuf,
        /// List every record whose type warta gets wrong, and every side it names wrong.
        #[arg(long, short)]
        verbose: bool,
        #[arg(long)]
        raise_floors: bool,
    },
    /// Score main-content extraction on the article-extraction benchmark (DIR/html/*.html.gz against
    /// DIR/ground-truth.json, 4-token shingles); exit 1 under a floor.
    #[command(name = "eval-extraction", after_help = EXIT_HELP)]
    EvalExtraction {
        /// The benchmark folder (e.g. ../shared/data/article-extraction-benchmark).
        dir: PathBuf,
        /// Score the saved outputs in DIR/reference-outputs instead of warta (checks the scorer).
        #[arg(long)]
        references: bool,
        #[arg(long, default_value = "eval/extraction-baseline.json")]
        baseline: PathBuf,
        /// List the 40 worst pages.
        #[arg(long, short)]
        verbose: bool,
        /// Raise the floors to today's figures (never lowers one) and record the corpus hash.
        #[arg(long)]
        raise_floors: bool,
    },
    /// Code the <Text> of each record of a PETRARCH-style XML file; print JSONL, or with --score the
    /// exact (source, target, event) triple precision and recall against its <EventCoding>s.
    #[command(name = "code-sentences", after_help = EXIT_HELP)]
    CodeSentences {
        file: PathBuf,
        /// Score against the file's codings and check the floors.
        #[arg(long)]
        score: bool,
        #[arg(long, default_value = "eval/petrarch-baseline.json")]
        baseline: PathBuf,
        /// Raise the floors to today's figures (never lowers one).
        #[arg(long)]
        raise_floors: bool,
        /// Language of the sentences.
        #[arg(long, default_value = "en")]
        lang: String,
        /// Code with PETRARCH/TABARI dictionaries instead of the language's own names, agents and
        /// verbs: a folder with `*actors*.txt`, `*agents*.txt` and `*verbs*.txt` (as the unit-test
        /// suite's `PETR.Validate.*.txt`). The language's grammar words stay.
        #[arg(long, value_name = "DIR")]
        dictionaries: Option<PathBuf>,
    },
    /// Run the main job on the bundled example pages and print a readable summary.
    Demo,
    /// Ingest pages (files, directories, .jsonl, .gz, or - for stdin) into the store; idempotent and resumable.
    #[command(after_help = EXIT_HELP)]
    Ingest {
        paths: Vec<PathBuf>,
        #[arg(long, default_value = "warta.db")]
        db: PathBuf,
        /// Documents per transaction.
        #[arg(long, default_value_t = 64)]
        batch: usize,
        #[arg(long, default_value_t = warta_extract::DEFAULT_MAX_BYTES)]
        max_bytes: usize,
    },
    /// List merged events, newest first.
    Events {
        #[arg(long, default_value = "warta.db")]
        db: PathBuf,
        #[command(flatten)]
        filter: Filter,
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// When did two countries last talk, and at which level (CAMEO 04 contacts).
    Contacts {
        a: String,
        b: String,
        #[arg(long, default_value = "warta.db")]
        db: PathBuf,
        /// Same as --format jsonl.
        #[arg(long)]
        json: bool,
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// An entity by id or name: documents, roles, events.
    Entity {
        name: String,
        #[arg(long, default_value = "warta.db")]
        db: PathBuf,
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// Full-text search over titles and bodies.
    Search {
        query: String,
        #[arg(long, default_value = "warta.db")]
        db: PathBuf,
        #[arg(long, default_value_t = 20)]
        limit: usize,
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// Export events: JSONL, CSV, GDELT 2.0 event-table TSV, or Parquet (feature `parquet`).
    Export {
        #[arg(long, default_value = "warta.db")]
        db: PathBuf,
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Output file (Parquet only; the others write to stdout).
        #[arg(long)]
        out: Option<PathBuf>,
        #[command(flatten)]
        filter: Filter,
    },
    /// Make a synthetic store for benchmarks and report ingest throughput.
    Synth {
        #[arg(long)]
        db: PathBuf,
        #[arg(long, default_value_t = 1_000_000)]
        events: usize,
        #[arg(long, default_value_t = 50)]
        per_doc: usize,
        /// Events per transaction.
        #[arg(long, default_value_t = 200_000)]
        batch_events: usize,
        /// Documents in publication order over 2015–2025, their events in the week before (one in ten
        /// earlier), as a news feed arrives; default: every event date drawn from the whole span.
        #[arg(long)]
        chronological: bool,
    },
    /// Time `contacts` and filtered `events` queries on a store.
    BenchStore {
        #[arg(long)]
        db: PathBuf,
        #[arg(long, default_value_t = 200)]
        runs: usize,
    },
    /// Serve the HTTP API (documented at /api/openapi.json) and the web UI on a store.
    #[command(after_help = "Writes (POST /api/documents, POST /api/events/{id}/review) need `Authorization: Bearer <token>`; without --token or WARTA_TOKEN the server is read-only.\n\nExit codes:\n  0  stopped by Ctrl-C\n  2  usage error\n  3  fatal error (the store cannot be opened, the address is taken)")]
    Serve {
        /// Store file (default ./warta.db; with --demo, a fresh temporary store).
        #[arg(long)]
        db: Option<PathBuf>,
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
        /// Ingest the bundled example pages into the store first.
        #[arg(long)]
        demo: bool,
        /// Bearer token for write routes (or the WARTA_TOKEN environment variable).
        #[arg(long)]
        token: Option<String>,
        /// Read-only SQLite connections for queries.
        #[arg(long, default_value_t = 4)]
        readers: usize,
        /// Largest request body accepted, in bytes (413 above it).
        #[arg(long, default_value_t = 4 * 1024 * 1024)]
        body_limit: usize,
        #[arg(long, default_value_t = warta_extract::DEFAULT_MAX_BYTES)]
        max_bytes: usize,
    },
    /// Load-test a running `warta serve` from this process: requests/s and p50/p99 latency per path.
    Loadtest {
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
        /// Paths to request in turn (repeat the flag), e.g. "/api/events?actor=USA".
        #[arg(long = "path", required = true)]
        paths: Vec<String>,
        /// Total requests (the run also stops at --seconds).
        #[arg(long, default_value_t = 20_000)]
        requests: usize,
        #[arg(long, default_value_t = 4)]
        concurrency: usize,
        #[arg(long, default_value_t = 60)]
        seconds: u64,
    },
    /// Measure throughput (articles/s on one core) and peak memory over JSONL or text files.
    Bench {
        paths: Vec<PathBuf>,
        /// Stop after this many articles.
        #[arg(long)]
        limit: Option<usize>,
    },
}

/// Event filters shared by `events` and `export`.
#[derive(clap::Args, Debug, Clone, Default)]
struct Filter {
    /// Actor: a country code (FRA) or an entity id or name.
    #[arg(long)]
    actor: Option<String>,
    /// Target: a country code or an entity id or name.
    #[arg(long)]
    target: Option<String>,
    /// CAMEO code prefix (04, 041, 19…).
    #[arg(long)]
    code: Option<String>,
    #[arg(long)]
    since: Option<String>,
    #[arg(long)]
    until: Option<String>,
    #[arg(long)]
    lang: Option<String>,
    #[arg(long, default_value_t = 100)]
    limit: usize,
    #[arg(long, default_value_t = 0)]
    offset: usize,
}

impl Filter {
    fn query(self) -> EventQuery {
        EventQuery { actor: self.actor, target: self.target, code: self.code, since: self.since, until: self.until, lang: self.lang, limit: self.limit, offset: self.offset }
    }
}

pub fn pipeline(max_bytes: usize) -> Pipeline {
    Pipeline::new(vec![
        Box::new(warta_extract::Extractor { max_bytes }),
        Box::new(warta_lang::LanguageStage),
        Box::new(warta_text::TextStage),
        Box::new(warta_time::TimeStage),
        Box::new(warta_entities::EntityStage),
        Box::new(warta_events::ActorStage),
        Box::new(warta_events::QuoteStage),
        Box::new(warta_events::EventStage),
    ])
    .expect("the default pipeline is well ordered")
}

/// Read at most `max + 1` bytes, so a huge file costs no more memory than the cap.
pub fn read_capped(path: &Path, max: usize) -> std::io::Result<Vec<u8>> {
    let f = std::fs::File::open(path)?;
    let mut buf = vec![];
    f.take(max as u64 + 1).read_to_end(&mut buf)?;
    Ok(buf)
}

pub fn media_type(path: &Path) -> Option<String> {
    let path = if path.extension().is_some_and(|e| e == "gz") { Path::new(path.file_stem().unwrap_or_default()) } else { path };
    match path.extension().and_then(|e| e.to_str()).map(|e| e.to_ascii_lowercase()).as_deref() {
        Some("html" | "htm" | "xhtml") => Some("text/html".into()),
        Some("txt") => Some("text/plain".into()),
        _ => None,
    }
}

/// Run the pipeline on one document; a failure becomes an error record. A bug of a stage that panics on one
/// document is that document's error (`internal`), and the batch goes on.
pub fn process(p: &Pipeline, mut doc: Doc) -> (Record, bool) {
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| p.run(&mut doc)));
    match run {
        Ok(Ok(())) => (doc.to_record(), true),
        Ok(Err(e)) => (Record::failed(&doc, e), false),
        Err(panic) => {
            let what = panic.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| panic.downcast_ref::<String>().cloned()).unwrap_or_default();
            (Record::failed(&doc, warta_core::DocError::new("internal", format!("a stage failed on this document (a bug of warta's): {what}"))), false)
        }
    }
}

/// Files under `paths` with one of `exts` (sorted per directory), `-` kept as stdin.
pub fn collect_inputs_with(paths: &[PathBuf], exts: &[&str]) -> Result<Vec<PathBuf>> {
    let mut out = vec![];
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(p.clone());
        } else if p.is_dir() {
            let mut stack = vec![p.clone()];
            while let Some(d) = stack.pop() {
                let mut entries: Vec<PathBuf> = std::fs::read_dir(&d).with_context(|| format!("reading {}", d.display()))?.filter_map(|e| e.ok().map(|e| e.path())).collect();
                entries.sort();
                for e in entries {
                    if e.is_dir() {
                        stack.push(e);
                    } else if e.extension().and_then(|x| x.to_str()).is_some_and(|x| exts.contains(&x)) {
                        out.push(e);
                    }
                }
            }
        } else if p.exists() {
            out.push(p.clone());
        } else {
            anyhow::bail!("{}: no such file or directory", p.display());
        }
    }
    Ok(out)
}

fn extract(paths: Vec<PathBuf>, jsonl: bool, published: Option<String>, lang: Option<String>, max_bytes: usize) -> Result<i32> {
    if let Some(p) = &published {
        chrono_check(p)?;
    }
    let paths = if paths.is_empty() { vec![PathBuf::from("-")] } else { paths };
    let many = paths.len() > 1 || paths.iter().any(|p| p.is_dir() || p.extension().is_some_and(|e| e == "jsonl" || e == "warc" || e == "gz"));
    let pipe = pipeline(max_bytes);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0;
    for input in store_cmd::inputs(&paths, max_bytes)? {
        let source = input.source.clone();
        let (rec, ok) = match input.raw {
            Ok(raw) => {
                let mut doc = Doc::from_bytes(source.clone(), raw);
                doc.media_type = input.media_type;
                doc.published_hint = published.clone().or(input.published);
                doc.lang_hint = lang.clone();
                process(&pipe, doc)
            }
            Err(e) => {
                let doc = Doc::from_bytes(source.clone(), vec![]);
                let code = if e.starts_with("too_large") { "too_large" } else if e.contains("WARC") { "warc" } else { "io" };
                (Record::failed(&doc, DocError::new(code, e)), false)
            }
        };
        if !ok {
            failed += 1;
            if let Some(e) = &rec.error {
                eprintln!("warta: {source}: {e}");
            }
        }
        if jsonl || many {
            serde_json::to_writer(&mut out, &rec)?;
        } else {
            serde_json::to_writer_pretty(&mut out, &rec)?;
        }
        writeln!(out)?;
    }
    out.flush()?;
    Ok(if failed > 0 { 1 } else { 0 })
}

fn chrono_check(d: &str) -> Result<()> {
    let ok = d.len() == 10 && d.as_bytes()[4] == b'-' && d.as_bytes()[7] == b'-' && d.chars().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    anyhow::ensure!(ok, "--published wants YYYY-MM-DD, got {d:?}");
    Ok(())
}

fn main() {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            std::process::exit(code);
        }
    };
    let res = match cli.cmd {
        Cmd::Extract { paths, jsonl, published, lang, max_bytes } => extract(paths, jsonl, published, lang, max_bytes),
        Cmd::Eval { paths, baseline, verbose, json, raise_floors } => eval::run(paths, &baseline, verbose, json, raise_floors),
        Cmd::Demo => demo::run(),
        Cmd::CodeSentences { file, score, baseline, raise_floors, lang, dictionaries } => code_sentences::run(&file, score, &baseline, raise_floors, &lang, dictionaries.as_deref()),
        Cmd::TrainNer { files, out, epochs, min_count, prune, no_cities, lowercase, orders, augment } => ner_cmd::train_cmd(&files, &out, epochs, min_count, prune, !no_cities, lowercase, orders, augment),
        Cmd::Tag { conll, model, no_cities } => ner_cmd::tag_cmd(&conll, &model, !no_cities),
        Cmd::EvalNer { file, model, baseline, no_cities, raise_floors } => ner_cmd::eval_cmd(&file, &model, !no_cities, &baseline, raise_floors),
        Cmd::EvalPlover { file, baseline, verbose, raise_floors } => eval_plover::run(&file, &baseline, verbose, raise_floors),
        Cmd::EvalExtraction { dir, references, baseline, verbose, raise_floors } => eval_extraction::run(&dir, references, &baseline, verbose, raise_floors),
        Cmd::EvalTime { dir, baseline, verbose, raise_floors } => eval_time::run(&dir, &baseline, verbose, raise_floors),
        Cmd::Bench { paths, limit } => bench::run(paths, limit),
        Cmd::Ingest { paths, db, batch, max_bytes } => store_cmd::ingest(paths, &db, batch.max(1), max_bytes),
        Cmd::Events { db, filter, format } => store_cmd::events(&db, filter.query(), format),
        Cmd::Contacts { a, b, db, json, format } => store_cmd::contacts(&db, &a, &b, if json { Format::Jsonl } else { format }),
        Cmd::Entity { name, db, format } => store_cmd::entity(&db, &name, format),
        Cmd::Search { query, db, limit, format } => store_cmd::search(&db, &query, limit, format),
        Cmd::Export { db, format, out, filter } => store_cmd::export(&db, filter.query(), format, out),
        Cmd::Synth { db, events, per_doc, batch_events, chronological } => store_cmd::synth(&db, events, per_doc.max(1), batch_events.max(1), chronological),
        Cmd::BenchStore { db, runs } => store_cmd::bench_store(&db, runs.max(1)),
        Cmd::Serve { db, addr, demo, token, readers, body_limit, max_bytes } => serve::run(serve::ServeArgs { db, addr, demo, token, readers, body_limit, max_bytes }),
        Cmd::Loadtest { addr, paths, requests, concurrency, seconds } => serve::loadtest(addr, paths, requests.max(1), concurrency.max(1), seconds.max(1)),
    };
    match res {
        Ok(code) => std::process::exit(code),
        // the reader of our output went away (`warta events | head`): not an error of ours
        Err(e) if e.chain().any(|c| {
            c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
                || c.downcast_ref::<serde_json::Error>().is_some_and(|j| j.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
        }) =>
        {
            std::process::exit(0)
        }
        Err(e) => {
            eprintln!("warta: {e:#}");
            std::process::exit(3);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stage with a bug: it panics on a document from the source "boom".
    struct Boom;
    impl warta_core::Stage for Boom {
        fn name(&self) -> &'static str {
            "boom"
        }
        fn requires(&self) -> &'static [warta_core::Facet] {
            &[]
        }
        fn assigns(&self) -> &'static [warta_core::Facet] {
            &[]
        }
        fn process(&self, doc: &mut Doc) -> Result<(), DocError> {
            assert!(doc.source != "boom", "a slice out of order");
            Ok(())
        }
    }

    #[test]
    fn regression_a_stage_panicking_on_one_page_stopped_the_batch() {
        // a role's mention reached back over a country and a slice panicked: the whole run of 4,143 articles stopped
        let p = Pipeline::new(vec![Box::new(Boom)]).unwrap();
        let (bad, ok) = process(&p, Doc::from_bytes("boom", b"x".to_vec()));
        assert!(!ok);
        assert_eq!(bad.error.as_ref().map(|e| e.code.as_str()), Some("internal"), "{:?}", bad.error);
        let (_, ok) = process(&p, Doc::from_bytes("fine", b"x".to_vec()));
        assert!(ok);
    }
}
