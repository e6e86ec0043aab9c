//! `warta eval-time`: TempEval-3 task A (TIMEX3 extents and values) on TimeML files, with the
//! document's DCT given, as the task gives it. Floors and the corpus hash live in
//! `eval/time-baseline.json`; exit 1 under a floor.

use anyhow::{Context, Result};

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use warta_core::{Doc, Stage};
use warta_eval::timeml::{read_timeml, score_timexes, Timex, TimexScore};

/// Paragraphs of a plain text (non-blank lines, trimmed) and where each starts in the text.
fn paragraphs(text: &str) -> Vec<(usize, String)> {
    let mut out = vec![];
    let mut pos = 0;
    for line in text.split('\n') {
        let lead = line.len() - line.trim_start().len();
        let t = line.trim();
        if !t.is_empty() {
            out.push((pos + lead, t.to_string()));
        }
        pos += line.len() + 1;
    }
    out
}

/// The TIMEX3 type of a normalised value.
fn timex_type(value: &str) -> &'static str {
    if value.starts_with('P') {
        "DURATION"
    } else if value.contains('T') && !value.ends_with("_REF") {
        "TIME"
    } else {
        "DATE"
    }
}

/// Run warta's text and time stages over one TimeML text; system TIMEX3s in the text's offsets.
fn system_timexes(text: &str, dct: Option<&str>) -> Result<Vec<Timex>> {
    let paras = paragraphs(text);
    let mut doc = Doc::from_bytes("timeml", text.as_bytes().to_vec());
    doc.set_paragraphs(paras.iter().map(|(_, p)| p.clone()).collect());
    doc.language = Some("en".into());
    doc.published_hint = dct.map(String::from);
    warta_text::TextStage.process(&mut doc).map_err(|e| anyhow::anyhow!("{e:?}"))?;
    warta_time::TimeStage.process(&mut doc).map_err(|e| anyhow::anyhow!("{e:?}"))?;
    // body offset → text offset, paragraph by paragraph
    let back = |b: usize| -> usize {
        let k = doc.paragraph_starts.iter().rposition(|s| *s <= b).unwrap_or(0);
        paras[k].0 + (b - doc.paragraph_starts[k])
    };
    Ok(doc.times.iter().map(|t| Timex { start: back(t.start), end: back(t.end), value: t.value.clone(), ttype: timex_type(&t.value).into() }).collect())
}

pub fn run(dir: &Path, baseline: &Path, verbose: bool, raise: bool) -> Result<i32> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "tml")).collect();
    files.sort();
    anyhow::ensure!(!files.is_empty(), "no .tml files in {}", dir.display());
    let mut total = TimexScore::default();
    let mut hash = Sha256::new();
    let t0 = std::time::Instant::now();
    let mut chars = 0usize;
    for f in &files {
        let xml = std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
        hash.update(xml.as_bytes());
        let d = read_timeml(&xml).with_context(|| format!("{}: not TimeML with a <TEXT>", f.display()))?;
        chars += d.text.len();
        let sys = system_timexes(&d.text, d.dct.as_deref())?;
        let s = score_timexes(&d.timexes, &sys);
        if verbose {
            println!("== {} (DCT {})", f.display(), d.dct.as_deref().unwrap_or("?"));
            for g in &d.timexes {
                let m = sys.iter().find(|x| x.start < g.end && g.start < x.end);
                let mark = match m {
                    Some(x) if x.value == g.value && x.start == g.start && x.end == g.end => continue,
                    Some(x) => format!("got {:?} = {}", &d.text[x.start..x.end], x.value),
                    None => "missed".into(),
                };
                println!("  gold {:?} = {} ({}): {mark}", &d.text[g.start..g.end], g.value, g.ttype);
            }
            for x in &sys {
                if !d.timexes.iter().any(|g| x.start < g.end && g.start < x.end) {
                    println!("  spurious {:?} = {}", &d.text[x.start..x.end], x.value);
                }
            }
        }
        total.add(&s);
    }
    let secs = t0.elapsed().as_secs_f64();
    let (sp, sr, sf) = total.strict_prf();
    let (rp, rr, rf) = total.relaxed_prf();
    let (vp, vr, vf) = total.value_prf();
    println!("TempEval-3 task A on {} ({} documents, {} gold TIMEX3, {} found)", dir.display(), files.len(), total.gold, total.system);
    println!("  extent strict   P {sp:.3} R {sr:.3} F1 {sf:.3}");
    println!("  extent relaxed  P {rp:.3} R {rr:.3} F1 {rf:.3}");
    println!("  value           accuracy {:.3}  P {vp:.3} R {vr:.3} F1 {vf:.3}", total.value_accuracy());
    println!("  type            accuracy {:.3}", if total.relaxed == 0 { 0.0 } else { total.type_correct as f64 / total.relaxed as f64 });
    println!("  speed           {:.0} documents/s, {:.1} MB/s (text and time stages, one thread)", files.len() as f64 / secs, chars as f64 / secs / 1e6);
    let corpus = warta_core::hex(&hash.finalize());
    let key = dir.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    crate::floors::check(baseline, &key, &corpus, &[("strict_f1", sf), ("relaxed_f1", rf), ("value_f1", vf), ("value_accuracy", total.value_accuracy())], raise)
}
