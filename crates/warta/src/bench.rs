//! `warta bench`: articles per second on one core, per-stage cost, and peak memory.

use anyhow::{Context, Result};
use std::io::BufRead;
use std::path::PathBuf;
use std::time::Instant;
use warta_core::Doc;

/// Peak resident memory of this process (Linux VmHWM), in KiB.
pub fn peak_rss_kib() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    s.lines().find(|l| l.starts_with("VmHWM:"))?.split_whitespace().nth(1)?.parse().ok()
}

fn docs_from(paths: &[PathBuf], limit: usize) -> Result<Vec<Doc>> {
    let mut out = vec![];
    for p in paths {
        if p.extension().is_some_and(|e| e == "jsonl") {
            let f = std::fs::File::open(p).with_context(|| format!("opening {}", p.display()))?;
            for (n, line) in std::io::BufReader::new(f).lines().enumerate() {
                let line = line?;
                let v: serde_json::Value = match serde_json::from_str(&line) {
                    Ok(v) => v,
                    Err(e) => {
                        eprintln!("warning: {}:{}: {e}", p.display(), n + 1);
                        continue;
                    }
                };
                let title = v.get("title").and_then(|t| t.as_str()).unwrap_or("");
                let text = v.get("text").or(v.get("maintext")).and_then(|t| t.as_str()).unwrap_or("");
                let raw = if title.is_empty() { text.to_string() } else { format!("{title}\n\n{text}") };
                out.push(Doc::from_bytes(format!("{}:{}", p.display(), n + 1), raw.into_bytes()));
                if out.len() >= limit {
                    return Ok(out);
                }
            }
        } else {
            out.push(Doc::from_bytes(p.display().to_string(), std::fs::read(p)?));
        }
        if out.len() >= limit {
            break;
        }
    }
    Ok(out)
}

pub fn run(paths: Vec<PathBuf>, limit: Option<usize>) -> Result<i32> {
    anyhow::ensure!(!paths.is_empty(), "give JSONL files (one article per line, fields text and title) or text files");
    let docs = docs_from(&paths, limit.unwrap_or(usize::MAX))?;
    let bytes: usize = docs.iter().map(|d| d.raw.len()).sum();
    let pipe = crate::pipeline(warta_extract::DEFAULT_MAX_BYTES);
    // warm-up: data tables and models load once, outside the measurement (reported as the start-up time)
    let started = Instant::now();
    let mut w = Doc::from_bytes("warmup", b"Judul\n\nPresiden Jepang bertemu Menteri Luar Negeri Korea di Seoul pada Senin (6/2/2023).".to_vec());
    let _ = pipe.run(&mut w);
    // (and one in English: each language's gazetteer, patterns and tagger are built on its first document)
    let mut w = Doc::from_bytes("warmup-en", b"Title\n\nThe Japanese president met Korea's foreign minister in Seoul on Monday, Feb. 6, 2023.".to_vec());
    let _ = pipe.run(&mut w);
    for code in warta_lang::languages() {
        let _ = warta_entities::pipeline_tagger(code);
    }
    let startup = started.elapsed().as_secs_f64();
    let names = pipe.stage_names();
    let mut acc = vec![0u128; names.len()];
    let (mut ok, mut failed, mut events, mut entities) = (0usize, 0usize, 0usize, 0usize);
    let n = docs.len();
    let t = Instant::now();
    for mut d in docs {
        match pipe.run_timed(&mut d, &mut acc) {
            Ok(()) => {
                ok += 1;
                events += d.events.len();
                entities += d.entities.len();
            }
            Err(_) => failed += 1,
        }
    }
    let secs = t.elapsed().as_secs_f64();
    println!("articles: {n} ({ok} ok, {failed} failed), {:.1} MB", bytes as f64 / 1e6);
    println!("time: {secs:.3} s on one thread -> {:.0} articles/s per core, {:.2} MB/s", n as f64 / secs, bytes as f64 / 1e6 / secs);
    println!("output: {events} events, {entities} entities");
    println!("start-up (language data, gazetteers and models, once per process, not in the time above): {:.0} ms", startup * 1e3);
    let total: u128 = acc.iter().sum();
    for (name, ns) in names.iter().zip(&acc) {
        println!("  stage {:<10} {:>8.1} us/article  {:>5.1}%", name, *ns as f64 / 1e3 / n.max(1) as f64, 100.0 * *ns as f64 / total.max(1) as f64);
    }
    if let Some(kib) = peak_rss_kib() {
        println!("peak memory (VmHWM): {:.1} MiB (includes the articles held in memory)", kib as f64 / 1024.0);
    }
    Ok(0)
}
