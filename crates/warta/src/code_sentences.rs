//! `warta code-sentences`: code the `<Text>` of each record of a PETRARCH-style XML file (no parse
//! needed) and print JSONL (`id`, events with CAMEO actor codes and event code); with `--score`, score
//! exact (source, target, event) triples against the file's `<EventCoding>`s and hold them to the
//! floors in `eval/petrarch-baseline.json` (acts told as background are printed with their flag, not scored). With `--dictionaries DIR` the sentences are coded with
//! PETRARCH/TABARI dictionaries (the unit-test suite's own fictional ones) laid over the language,
//! and the score adds records coded exactly right, per category.

use anyhow::{Context, Result};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::Path;
use warta_core::{Doc, Participant};
use std::collections::BTreeMap;
use warta_eval::petrarch::{read_sentences, record_right, score_triples, Coding, TripleScore};

/// A participant's CAMEO actor code; `---` for an unknown country ("---GOV": a government whose
/// country is not known).
fn actor(p: &Option<Participant>) -> String {
    match p {
        Some(p) => p.code.clone().or(p.country.clone()).unwrap_or_else(|| format!("---{}", p.sector.as_deref().unwrap_or(""))),
        None => "---".into(),
    }
}

/// Lay the PETRARCH dictionaries of `dir` over `base` and register the result; returns its code.
fn overlay(base: &str, dir: &Path) -> Result<String> {
    let find = |kind: &str| -> Result<String> {
        let mut hits: Vec<_> = std::fs::read_dir(dir)
            .with_context(|| format!("reading {}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().to_lowercase().contains(kind) && n.to_string_lossy().ends_with(".txt")))
            .collect();
        hits.sort();
        let p = hits.first().with_context(|| format!("{}: no *{kind}*.txt dictionary", dir.display()))?;
        let bytes = std::fs::read(p).with_context(|| format!("reading {}", p.display()))?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    };
    let dicts = warta_lang::petrarch::Dictionaries::parse(&find("actors")?, &find("agents")?, &find("verbs")?)?;
    let code = format!("{base}+petrarch");
    let l = dicts.overlay(warta_lang::lang(base)?, &code);
    eprintln!("{}: {} actors, {} agent phrases, {} verb patterns", dir.display(), l.gazetteer.len(), l.agents.len(), l.events.len());
    warta_lang::register(l)?;
    Ok(code)
}

pub fn run(file: &Path, score: bool, baseline: &Path, raise: bool, lang: &str, dictionaries: Option<&Path>) -> Result<i32> {
    let xml = std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let sentences = read_sentences(&xml);
    anyhow::ensure!(!sentences.is_empty(), "{}: no <Sentence> records", file.display());
    let code = match dictionaries {
        Some(dir) => overlay(lang, dir)?,
        None => lang.to_string(),
    };
    let lang = code.as_str();
    // per category: (records right, records scored); records that test a parser's input checks are left out
    let mut records: BTreeMap<String, (usize, usize)> = BTreeMap::new();
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
        // as PETRARCH: an event names both sides (an actor coded `---` is a side, no actor is not)
        for e in rec.events.iter().filter(|e| e.modality != "negated" && e.actor.is_some() && e.target.is_some()) {
            let (a, t) = (actor(&e.actor), actor(&e.target));
            events.push(json!({"source": a, "target": t, "code": e.code, "trigger": e.trigger, "symmetric": e.symmetric, "modality": e.modality, "background": e.background, "text": e.sentence}));
            // (an act told as background, "jailed over a year ago", is listed with its flag but not scored: the records
            // code what their story reports, as warta's event table does)
            if e.background {
                continue;
            }
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
            if s.error.is_none() && (s.noevents || !s.codings.is_empty()) {
                let r = records.entry(s.category.clone()).or_default();
                r.0 += record_right(&s.codings, &sys) as usize;
                r.1 += 1;
            }
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
    let (right, all) = records.values().fold((0, 0), |(a, b), (r, n)| (a + r, b + n));
    println!("  records coded exactly right: {right} of {all}");
    if records.len() > 1 {
        for (cat, (r, n)) in &records {
            println!("    {cat:<12} {r:>3} of {n:<3} {}", if r == n { "" } else { "<- fails" });
        }
    }
    let mut hash = Sha256::new();
    hash.update(xml.as_bytes());
    let corpus = warta_core::hex(&hash.finalize());
    let key = file.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let records_right = if all == 0 { 0.0 } else { right as f64 / all as f64 };
    crate::floors::check(baseline, &key, &corpus, &[("precision", p), ("recall", r), ("f1", f), ("records_right", records_right)], raise)
}
