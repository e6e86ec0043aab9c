//! `warta code-sentences`: code the `<Text>` of each record of a PETRARCH-style XML file (no parse
//! needed) and print JSONL (`id`, events with CAMEO actor codes and event code); with `--score`, score
//! exact (source, target, event) triples against the file's `<EventCoding>`s and hold them to the
//! floors in `eval/petrarch-baseline.json`.

use anyhow::{Context, Result};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::Path;
use warta_core::{Doc, Participant};
use warta_eval::petrarch::{read_sentences, score_triples, Coding, TripleScore};

fn actor(p: &Option<Participant>) -> String {
    p.as_ref().and_then(|p| p.code.clone().or(p.country.clone())).unwrap_or_else(|| "---".into())
}

pub fn run(file: &Path, score: bool, baseline: &Path, raise: bool, lang: &str) -> Result<i32> {
    let xml = std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let sentences = read_sentences(&xml);
    anyhow::ensure!(!sentences.is_empty(), "{}: no <Sentence> records", file.display());
    let pipe = crate::pipeline(warta_extract::DEFAULT_MAX_BYTES);
    let mut total = TripleScore::default();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let t0 = std::time::Instant::now();
    for s in &sentences {
        let mut doc = Doc::from_bytes(s.id.clone(), s.text.as_bytes().to_vec());
        doc.lang_hint = Some(lang.to_string());
        doc.published_hint = s.date.clone();
        let (rec, _) = crate::process(&pipe, doc);
        let mut sys: Vec<Coding> = vec![];
        let mut events: Vec<Value> = vec![];
        for e in rec.events.iter().filter(|e| e.modality != "negated") {
            let (a, t) = (actor(&e.actor), actor(&e.target));
            events.push(json!({"source": a, "target": t, "code": e.code, "symmetric": e.symmetric, "modality": e.modality, "text": e.sentence}));
            sys.push(Coding { source: a.clone(), target: t.clone(), code: e.code.clone() });
            if e.symmetric {
                sys.push(Coding { source: t, target: a, code: e.code.clone() });
            }
        }
        if !score {
            serde_json::to_writer(&mut out, &json!({"id": s.id, "events": events}))?;
            writeln!(out)?;
        }
        if s.evaluate {
            total.add(&score_triples(&s.codings, &sys));
        }
    }
    out.flush()?;
    if !score {
        return Ok(0);
    }
    let secs = t0.elapsed().as_secs_f64();
    let (p, r, f) = total.prf();
    println!("{}: {} sentences, {} gold triples, {} coded, {} exact matches", file.display(), sentences.len(), total.gold, total.system, total.matched);
    println!("  triples  P {p:.3} R {r:.3} F1 {f:.3}   ({:.0} sentences/s, whole pipeline, one thread)", sentences.len() as f64 / secs);
    let mut hash = Sha256::new();
    hash.update(xml.as_bytes());
    let corpus = warta_core::hex(&hash.finalize());
    let key = file.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    crate::floors::check(baseline, &key, &corpus, &[("precision", p), ("recall", r), ("f1", f)], raise)
}
