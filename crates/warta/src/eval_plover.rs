//! `warta eval-plover FILE`: the PLOVER gold standard (`PLOVER_GSR_CAMEO.json`: CAMEO manual
//! example sentences re-coded in PLOVER, 322 events). Each record's text goes through the whole
//! English pipeline (its date as the document date); warta's first asserted event is compared with
//! the record's: event type (the GSR's older names mapped to today's: DEMAND → REQUEST, DISAPPROVE
//! → ACCUSE, FIGHT → ASSAULT, INVESTIGATE → ACCUSE), source and recipient (country codes, any of a
//! compound actor; over every record whose gold names a country on that side, so that a record
//! warta does not code counts as wrong). Floors in `eval/plover-baseline.json`.

use anyhow::{Context, Result};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;
use warta_core::{Doc, Participant};

/// PLOVER 0.5 category names → the current ones.
fn current_type(t: &str) -> String {
    match t.to_ascii_uppercase().as_str() {
        "DEMAND" => "REQUEST".into(),
        "DISAPPROVE" | "INVESTIGATE" => "ACCUSE".into(),
        "FIGHT" => "ASSAULT".into(),
        other => other.to_string(),
    }
}

/// The country part of a gold actor code ("HUN", "USAGOV" → "USA"; "IGO" alone has none).
fn gold_countries(v: &Value) -> Vec<String> {
    let items: Vec<&Value> = match v {
        Value::Array(a) => a.iter().collect(),
        Value::Object(_) => vec![v],
        _ => vec![],
    };
    items
        .iter()
        .filter_map(|x| x.get("code").and_then(|c| c.as_str()))
        .filter(|c| c.len() >= 3 && c.chars().take(3).all(|ch| ch.is_ascii_uppercase()))
        .map(|c| {
            // the GSR writes Japan as JAP (CAMEO) where ISO has JPN
            let c = &c[..3];
            if c == "JAP" { "JPN".to_string() } else { c.to_string() }
        })
        .filter(|c| !matches!(c.as_str(), "IGO" | "NGO" | "MNC" | "REB" | "MIL" | "GOV" | "COP" | "OPP" | "BUS" | "MED" | "EDU" | "CVL" | "REF" | "LAB" | "PPL" | "JUD" | "LEG"))
        .collect()
}

fn country(p: &Option<Participant>) -> Option<String> {
    p.as_ref().and_then(|p| p.country.clone())
}

#[derive(Default)]
struct Tally {
    n: usize,
    coded: usize,
    type_ok: usize,
    source_n: usize,
    source_ok: usize,
    target_n: usize,
    target_ok: usize,
}

pub fn run(file: &Path, baseline: &Path, verbose: bool, raise: bool) -> Result<i32> {
    let raw = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let v: Value = serde_json::from_slice(&raw).with_context(|| format!("{}: not JSON", file.display()))?;
    let records: Vec<&Value> = v.as_array().context("a JSON list of records")?.iter().filter(|r| r.get("event").and_then(|e| e.as_str()).is_some_and(|e| e != "DOCUMENT")).collect();
    let pipe = crate::pipeline(warta_extract::DEFAULT_MAX_BYTES);
    let mut total = Tally::default();
    let mut by_type: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let t0 = std::time::Instant::now();
    for r in &records {
        let text = r.get("text").and_then(|t| t.as_str()).unwrap_or("");
        let gold_type = current_type(r.get("event").and_then(|e| e.as_str()).unwrap_or(""));
        let mut doc = Doc::from_bytes(r.get("id").and_then(|i| i.as_str()).unwrap_or("-"), text.as_bytes().to_vec());
        doc.lang_hint = Some(r.get("language").and_then(|l| l.as_str()).unwrap_or("en").to_string());
        doc.published_hint = r.get("date").and_then(|d| d.as_str()).map(String::from);
        let (rec, _) = crate::process(&pipe, doc);
        let first = rec.events.iter().find(|e| e.modality != "negated");
        total.n += 1;
        // every record with a country on a side counts for that side, coded or not
        let (gs, gt) = (gold_countries(r.get("source").unwrap_or(&Value::Null)), gold_countries(r.get("target").unwrap_or(&Value::Null)));
        total.source_n += !gs.is_empty() as usize;
        total.target_n += !gt.is_empty() as usize;
        let e = by_type.entry(gold_type.clone()).or_default();
        e.0 += 1;
        let Some(ev) = first else {
            if verbose {
                println!("  none      {gold_type:<10} {}", text.chars().take(100).collect::<String>());
            }
            continue;
        };
        total.coded += 1;
        let sys_type = ev.plover.clone().unwrap_or_default().to_ascii_uppercase();
        let ok = sys_type == gold_type;
        total.type_ok += ok as usize;
        e.1 += ok as usize;
        // a symmetric event may name its two sides in either order
        let (sa, st) = (country(&ev.actor), country(&ev.target));
        let side_ok = |gold: &[String], sys: &Option<String>, other: &Option<String>| sys.as_ref().is_some_and(|c| gold.contains(c)) || (ev.symmetric && other.as_ref().is_some_and(|c| gold.contains(c)));
        total.source_ok += (!gs.is_empty() && side_ok(&gs, &sa, &st)) as usize;
        total.target_ok += (!gt.is_empty() && side_ok(&gt, &st, &sa)) as usize;
        if verbose && !ok {
            println!("  {:<9} {gold_type:<10} {}", sys_type, text.chars().take(100).collect::<String>());
        }
        // (and every side warta names wrong: "side", which, gold countries, warta's)
        for (which, gold, sys, other) in [("source", &gs, &sa, &st), ("recipient", &gt, &st, &sa)] {
            if verbose && !gold.is_empty() && !side_ok(gold, sys, other) {
                println!("  side      {which:<10} {:<12} {:<4} {}", gold.join("|"), sys.as_deref().unwrap_or("-"), text.chars().take(100).collect::<String>());
            }
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let type_acc = ratio(total.type_ok, total.n);
    let source_acc = ratio(total.source_ok, total.source_n);
    let target_acc = ratio(total.target_ok, total.target_n);
    println!("{}: {} PLOVER events, {} coded by warta", file.display(), total.n, total.coded);
    println!("  event type accuracy {type_acc:.3} ({} of {})", total.type_ok, total.n);
    println!("  source accuracy     {source_acc:.3} ({} of {} records with a country in the gold)", total.source_ok, total.source_n);
    println!("  recipient accuracy  {target_acc:.3} ({} of {} records with a country in the gold)", total.target_ok, total.target_n);
    println!("  speed               {:.0} sentences/s (whole pipeline, one thread)", total.n as f64 / secs);
    for (t, (n, ok)) in &by_type {
        println!("    {t:<10} {ok:>3} / {n:<3}");
    }
    let corpus = warta_core::hex(&Sha256::digest(&raw));
    let key = file.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    crate::floors::check(baseline, &key, &corpus, &[("type_accuracy", type_acc), ("source_accuracy", source_acc), ("recipient_accuracy", target_acc)], raise)
}
