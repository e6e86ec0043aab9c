//! `warta eval-extraction DIR`: the article-extraction benchmark (scrapinghub's 181 pages in
//! `DIR/html/*.html.gz`, truth in `DIR/ground-truth.json`). Runs warta's extraction stage on each
//! page and scores the article body with the benchmark's shingle metric
//! (`warta_eval::extraction`); `--references` scores the systems' saved outputs in
//! `DIR/reference-outputs/` instead, to show that the scorer reproduces their published figures.
//! Floors and the corpus hash live in `eval/extraction-baseline.json`.

use anyhow::{Context, Result};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;
use warta_core::{Doc, Stage};
use warta_eval::extraction::{bootstrap_f1_std, score_doc, summarise, DocScore};

fn truth(dir: &Path) -> Result<(BTreeMap<String, String>, String)> {
    let p = dir.join("ground-truth.json");
    let raw = std::fs::read(&p).with_context(|| format!("reading {}", p.display()))?;
    let v: Value = serde_json::from_slice(&raw).with_context(|| format!("{}: not JSON", p.display()))?;
    let mut out = BTreeMap::new();
    for (k, item) in v.as_object().context("ground truth is not an object")? {
        out.insert(k.clone(), item.get("articleBody").and_then(|b| b.as_str()).unwrap_or("").to_string());
    }
    Ok((out, warta_core::hex(&Sha256::digest(&raw))))
}

fn print_summary(name: &str, docs: &[DocScore]) {
    let s = summarise(docs);
    println!("  {name:<16} F1 {:.3} ± {:.3}  P {:.3}  R {:.3}  accuracy {:.3}  ({} pages)", s.f1, bootstrap_f1_std(docs, 1000), s.precision, s.recall, s.accuracy, s.documents);
}

/// The body warta hands to later stages: paragraphs, blank-line separated.
/// With whether the page needed the fallback extractor.
pub fn extract_body(html: Vec<u8>, name: &str) -> (Result<String, warta_core::DocError>, bool) {
    let mut doc = Doc::from_bytes(name, html);
    doc.media_type = Some("text/html".into());
    let r = warta_extract::Extractor::default().process(&mut doc);
    let fallback = doc.warnings.iter().any(|w| w.contains("dom_smoothie"));
    (r.map(|_| doc.article.paragraphs.join("\n\n")), fallback)
}

pub fn run(dir: &Path, references: bool, baseline: &Path, verbose: bool, raise: bool) -> Result<i32> {
    let (gold, gold_hash) = truth(dir)?;
    println!("article-extraction benchmark in {} ({} pages)", dir.display(), gold.len());
    if references {
        let rdir = dir.join("reference-outputs");
        let mut files: Vec<_> = std::fs::read_dir(&rdir).with_context(|| format!("reading {}", rdir.display()))?.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "json")).collect();
        files.sort();
        for f in files {
            let v: Value = serde_json::from_slice(&std::fs::read(&f)?).with_context(|| format!("{}: not JSON", f.display()))?;
            // some outputs are wrapped as {"version", "output"}
            let out = v.get("output").filter(|o| o.is_object()).unwrap_or(&v);
            let docs: Vec<DocScore> = gold.iter().map(|(k, t)| score_doc(t, out.get(k).and_then(|o| o.get("articleBody")).and_then(|b| b.as_str()).unwrap_or(""))).collect();
            print_summary(&f.file_stem().unwrap_or_default().to_string_lossy(), &docs);
        }
        return Ok(0);
    }
    let mut hash = Sha256::new();
    hash.update(gold_hash.as_bytes());
    let mut docs = vec![];
    let mut bytes = 0usize;
    let mut errors = 0usize;
    let mut worst = vec![];
    // pages are read and inflated first, so that the timing is extraction alone (as
    // bench/extraction.sh times trafilatura)
    let mut pages = vec![];
    for k in gold.keys() {
        let p = dir.join("html").join(format!("{k}.html.gz"));
        let raw = std::fs::read(&p).with_context(|| format!("reading {}", p.display()))?;
        hash.update(&raw);
        let html = warta_extract::inflate_if_gzip(&raw, usize::MAX).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?.unwrap_or(raw);
        bytes += html.len();
        pages.push(html);
    }
    // the best of three rounds, as bench/extraction.sh times trafilatura
    let mut secs = f64::MAX;
    let mut bodies = vec![];
    for _ in 0..3 {
        let t0 = std::time::Instant::now();
        bodies = pages.iter().zip(gold.keys()).map(|(html, k)| extract_body(html.clone(), k)).collect();
        secs = secs.min(t0.elapsed().as_secs_f64());
    }
    let fallbacks = bodies.iter().filter(|b| b.1).count();
    for ((k, t), (body, _)) in gold.iter().zip(bodies) {
        let body = body.unwrap_or_else(|e| {
            errors += 1;
            eprintln!("{k}: {e}");
            String::new()
        });
        let d = score_doc(t, &body);
        let f = if d.tp > 0.0 { 2.0 * d.tp / (2.0 * d.tp + d.fp + d.fn_) } else { 0.0 };
        worst.push((f, d, k.clone()));
        docs.push(d);
    }
    print_summary("warta", &docs);
    println!("  speed            {:.0} pages/s, {:.1} MB/s of HTML (extraction stage, one thread, best of 3 rounds); {errors} pages failed, {fallbacks} read by the fallback extractor", docs.len() as f64 / secs, bytes as f64 / secs / 1e6);
    if verbose {
        worst.sort_by(|a, b| a.0.total_cmp(&b.0));
        for (f, d, k) in worst.iter().take(if std::env::var_os("ALLPAGES").is_some() { usize::MAX } else { 40 }) {
            println!("  {f:.3}  tp {:.2} fp {:.2} fn {:.2}  {k}", d.tp, d.fp, d.fn_);
        }
    }
    let s = summarise(&docs);
    let corpus = warta_core::hex(&hash.finalize());
    crate::floors::check(baseline, "article-extraction-benchmark", &corpus, &[("f1", s.f1), ("precision", s.precision), ("recall", s.recall)], raise)
}
