//! `warta eval`: score gold files and hold them to the floors in `eval/baseline.json`.

use anyhow::{Context, Result};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use warta_core::Doc;
use warta_eval::{figures, score, FileScore};

fn find_golds(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = vec![];
    for p in paths {
        if p.is_file() {
            out.push(p.clone());
            continue;
        }
        let mut stack = vec![p.clone()];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).with_context(|| format!("reading {}", d.display()))? {
                let e = e?.path();
                if e.is_dir() {
                    stack.push(e);
                } else if e.file_name().is_some_and(|n| n == "gold.json") {
                    out.push(e);
                }
            }
        }
    }
    out.sort();
    Ok(out)
}

fn page_beside(gold: &Path, g: &Value) -> Option<PathBuf> {
    let dir = gold.parent()?;
    let named = g.get("source").and_then(|s| s.as_str()).map(|s| dir.join(s));
    named.into_iter().chain(["page.txt", "page.html"].iter().map(|n| dir.join(n))).find(|p| p.is_file())
}

fn key(p: &Path) -> String {
    p.to_string_lossy().trim_start_matches("./").to_string()
}

pub fn run(paths: Vec<PathBuf>, baseline: &Path, verbose: bool, as_json: bool, raise: bool) -> Result<i32> {
    let golds = find_golds(&paths)?;
    anyhow::ensure!(!golds.is_empty(), "no gold.json under {:?}", paths);
    let base: Value = match std::fs::read_to_string(baseline) {
        Ok(s) => serde_json::from_str(&s).with_context(|| format!("parsing {}", baseline.display()))?,
        Err(_) => json!({}),
    };
    let pipe = crate::pipeline(warta_extract::DEFAULT_MAX_BYTES);
    let mut scores: Vec<FileScore> = vec![];
    let mut hashes: Vec<String> = vec![];
    let mut failures = vec![];
    let mut warnings = vec![];
    for g in &golds {
        let gtext = std::fs::read_to_string(g).with_context(|| format!("reading {}", g.display()))?;
        let gold: Value = serde_json::from_str(&gtext).with_context(|| format!("parsing {}", g.display()))?;
        let page = page_beside(g, &gold).with_context(|| format!("no page.txt or page.html beside {}", g.display()))?;
        let raw = std::fs::read(&page)?;
        let mut h = Sha256::new();
        h.update(&raw);
        h.update(gtext.as_bytes());
        let hash = warta_core::hex(&h.finalize());
        let mut doc = Doc::from_bytes(page.display().to_string(), raw);
        doc.media_type = crate::media_type(&page);
        let (rec, _) = crate::process(&pipe, doc);
        if let Some(e) = &rec.error {
            failures.push(format!("{}: extraction failed: {e}", key(g)));
        }
        let mut f = score(&key(g), &rec, &gold);
        // contacts are answered from a store holding this page, as `warta contacts` would
        let mut store = warta_store::MemStore::new();
        {
            use warta_store::Store;
            store.put(&rec).context("storing the record for the contacts check")?;
            let answer = |a: &str, b: &str| -> Vec<warta_eval::ContactAnswer> { store.contacts(a, b).unwrap_or_default().into_iter().map(|c| (c.level, c.last.date, c.previous.map(|p| p.date))).collect() };
            warta_eval::score_contacts(&gold, &answer, &mut f.contacts);
        }
        let entry = base.get("files").and_then(|f| f.get(key(g)));
        if let Some(want) = entry.and_then(|e| e.get("sha256")).and_then(|h| h.as_str()) {
            if want != hash {
                warnings.push(format!("{}: page or gold changed since its floors were set (sha256 {hash})", key(g)));
            }
        }
        if let Some(floors) = entry.and_then(|e| e.get("floors")) {
            for (name, v) in figures(&f) {
                if let Some(min) = floors.get(name).and_then(|x| x.as_f64()) {
                    if v + 1e-9 < min {
                        failures.push(format!("{}: {name} {v:.3} is under its floor {min:.3}", key(g)));
                    }
                }
            }
        } else {
            warnings.push(format!("{}: no floors in {}", key(g), baseline.display()));
        }
        scores.push(f);
        hashes.push(hash);
    }
    // totals: micro-averaged over files
    let sum = |get: &dyn Fn(&FileScore) -> (usize, usize)| scores.iter().map(get).fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    let art = sum(&|f| (f.article.hit, f.article.total));
    let ent = sum(&|f| (f.entities.hit, f.entities.total));
    let tim = sum(&|f| (f.times.hit, f.times.total));
    let quo = sum(&|f| (f.quotes.hit, f.quotes.total));
    let con = sum(&|f| (f.contacts.hit, f.contacts.total));
    let rec = sum(&|f| (f.events.recall.hit, f.events.recall.total));
    let pre = sum(&|f| (f.events.precision.hit, f.events.precision.total));
    let r = |x: (usize, usize)| if x.1 == 0 { 1.0 } else { x.0 as f64 / x.1 as f64 };
    let (p, rc) = (r(pre), r(rec));
    let f1 = if p + rc == 0.0 { 0.0 } else { 2.0 * p * rc / (p + rc) };
    // the totals' floors belong to one set of folders ("tests/fixtures ../shared/fixtures" in CI):
    // the same gold files scored alone or with others give other totals
    let set_key = {
        let mut v: Vec<String> = paths.iter().map(|p| p.to_string_lossy().trim_start_matches("./").trim_end_matches('/').to_string()).collect();
        v.sort();
        v.dedup();
        v.join(" ")
    };
    if let Some(tf) = base.get("totals").and_then(|t| t.get(&set_key)) {
        for (name, v) in [("article", r(art)), ("entities", r(ent)), ("times", r(tim)), ("quotes", r(quo)), ("events_recall", rc), ("events_precision", p), ("events_f1", f1), ("contacts", r(con))] {
            if let Some(min) = tf.get(name).and_then(|x| x.as_f64()) {
                if v + 1e-9 < min {
                    failures.push(format!("total: {name} {v:.3} is under its floor {min:.3}"));
                }
            }
        }
    }
    if raise {
        let mut new = base.clone();
        if !new.is_object() {
            new = json!({});
        }
        let raise_into = |obj: &mut Value, figs: Vec<(&str, f64)>| {
            for (name, v) in figs {
                let v = (v * 1000.0).floor() / 1000.0;
                let old = obj.get(name).and_then(|x| x.as_f64()).unwrap_or(0.0);
                obj[name] = json!(old.max(v));
            }
        };
        for (f, h) in scores.iter().zip(&hashes) {
            let entry = &mut new["files"][f.path.as_str()];
            if !entry.is_object() {
                *entry = json!({});
            }
            entry["sha256"] = json!(h);
            if !entry["floors"].is_object() {
                entry["floors"] = json!({});
            }
            raise_into(&mut entry["floors"], figures(f));
        }
        if !new["totals"].is_object() {
            new["totals"] = json!({});
        }
        if !new["totals"][set_key.as_str()].is_object() {
            new["totals"][set_key.as_str()] = json!({});
        }
        raise_into(&mut new["totals"][set_key.as_str()], vec![("article", r(art)), ("entities", r(ent)), ("times", r(tim)), ("quotes", r(quo)), ("events_recall", rc), ("events_precision", p), ("events_f1", f1), ("contacts", r(con))]);
        std::fs::write(baseline, serde_json::to_string_pretty(&new)? + "\n").with_context(|| format!("writing {}", baseline.display()))?;
        eprintln!("floors raised in {}", baseline.display());
    }
    if as_json {
        println!("{}", serde_json::to_string_pretty(&json!({"files": scores, "total": {"article": r(art), "entities": r(ent), "times": r(tim), "quotes": r(quo), "events_recall": rc, "events_precision": p, "events_f1": f1, "contacts": r(con)}, "failures": failures}))?);
    } else {
        println!("{:<62} {:>8} {:>8} {:>7} {:>7} {:>7} {:>7} {:>6} {:>8}", "gold file", "article", "entities", "times", "quotes", "ev.rec", "ev.prec", "ev.F1", "contacts");
        let c = |h: usize, t: usize| format!("{h}/{t}");
        for f in &scores {
            println!(
                "{:<62} {:>8} {:>8} {:>7} {:>7} {:>7} {:>7} {:>6.3} {:>8}",
                f.path,
                c(f.article.hit, f.article.total),
                c(f.entities.hit, f.entities.total),
                c(f.times.hit, f.times.total),
                c(f.quotes.hit, f.quotes.total),
                c(f.events.recall.hit, f.events.recall.total),
                c(f.events.precision.hit, f.events.precision.total),
                f.events.f1(),
                c(f.contacts.hit, f.contacts.total)
            );
            if verbose {
                for (what, cnt) in [("article", &f.article), ("entity", &f.entities), ("time", &f.times), ("quote", &f.quotes), ("event", &f.events.recall), ("unmatched", &f.events.precision), ("contact", &f.contacts)] {
                    for m in &cnt.missed {
                        println!("    missed {what}: {m}");
                    }
                }
            }
        }
        println!(
            "{:<62} {:>8} {:>8} {:>7} {:>7} {:>7} {:>7} {:>6.3} {:>8}",
            format!("TOTAL ({} files)", scores.len()),
            c(art.0, art.1),
            c(ent.0, ent.1),
            c(tim.0, tim.1),
            c(quo.0, quo.1),
            c(rec.0, rec.1),
            c(pre.0, pre.1),
            f1,
            c(con.0, con.1)
        );
    }
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    for f in &failures {
        eprintln!("FAIL: {f}");
    }
    Ok(if failures.is_empty() { 0 } else { 1 })
}
