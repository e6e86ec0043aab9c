//! Stored floors for the evaluation commands (`eval-time`, `code-sentences`,
//! `eval-extraction`): one JSON file per command, one entry per corpus with the corpus hash and
//! a floor per figure. A figure under its floor fails the gate (exit 1); `--raise-floors` moves
//! floors up to today's figures and never down; a floor lowered by hand is recorded under
//! `lowered` in the file with its reason.

use anyhow::Result;
use serde_json::{json, Value};
use std::path::Path;

/// Check `figures` against the floors stored under `key` in `baseline`; with `raise`, write the
/// raised floors and the corpus hash back. Returns the exit code (0, or 1 under a floor).
pub fn check(baseline: &Path, key: &str, corpus_sha256: &str, figures: &[(&str, f64)], raise: bool) -> Result<i32> {
    let mut base: Value = std::fs::read_to_string(baseline).ok().and_then(|s| serde_json::from_str(&s).ok()).unwrap_or(json!({}));
    let entry = base.get(key).cloned().unwrap_or(json!({}));
    if let Some(h) = entry.get("corpus_sha256").and_then(|h| h.as_str()) {
        anyhow::ensure!(h == corpus_sha256, "{key}: the corpus changed (sha256 {corpus_sha256}; floors were set on {h})");
    }
    let mut under = vec![];
    for &(name, v) in figures {
        if let Some(floor) = entry.get("floors").and_then(|x| x.get(name)).and_then(|x| x.as_f64()) {
            if v + 1e-9 < floor {
                under.push(format!("{name} {v:.3} < floor {floor:.3}"));
            }
        }
    }
    if raise {
        let mut floors = entry.get("floors").cloned().unwrap_or(json!({}));
        for &(name, v) in figures {
            let new = (v * 1000.0).floor() / 1000.0;
            if new > floors.get(name).and_then(|x| x.as_f64()).unwrap_or(0.0) {
                floors[name] = json!(new);
            }
        }
        base[key] = json!({"corpus_sha256": corpus_sha256, "floors": floors});
        std::fs::write(baseline, serde_json::to_string_pretty(&base)? + "\n")?;
        println!("floors written to {}", baseline.display());
    }
    for u in &under {
        eprintln!("under a floor: {u}");
    }
    Ok(if under.is_empty() { 0 } else { 1 })
}
