//! `warta train-ner`, `warta tag --conll`, `warta eval-ner`: the statistical NER tagger
//! (`warta-ner`), trained here from the `train` splits of `../shared/data/id-ner`. The models
//! named below are compiled in; a path to another model file works too.

use anyhow::{Context, Result};
use sha2::{Digest, Sha256};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use warta_ner::{read_conll, spans, tag_index, train, Model, Sentence, PRETRAINED, TAGS};

pub use warta_entities::ner_gazetteer as gazetteer;

/// A model and the gazetteer it goes with: a compiled-in one by name, else a file (used with the
/// gazetteer `cities` says).
/// (frozen for tagging: `tag` and `eval-ner` only tag with it)
pub fn load(model: &str, cities: bool) -> Result<(Model, &'static warta_ner::Gazetteer)> {
    let (mut m, gaz) = if let Some(p) = PRETRAINED.iter().find(|m| m.name == model) {
        (Model::read(p.bytes).map_err(|e| anyhow::anyhow!("compiled-in model {model}: {e}"))?, gazetteer(p.cities))
    } else {
        let f = std::fs::File::open(model).with_context(|| format!("{model}: not a compiled-in model ({}) nor a readable file", PRETRAINED.iter().map(|m| m.name).collect::<Vec<_>>().join(", ")))?;
        (Model::read(f).map_err(|e| anyhow::anyhow!("{model}: {e}"))?, gazetteer(cities))
    };
    m.freeze();
    Ok((m, gaz))
}

fn sentences(paths: &[PathBuf], lowercase: bool, augment: bool) -> Result<Vec<Sentence>> {
    let mut out = vec![];
    for (i, p) in paths.iter().enumerate() {
        let domain = if augment { i.min(u8::MAX as usize) as u8 } else { 0 };
        let text = std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
        for (tokens, tags) in read_conll(&text) {
            let tokens = if lowercase { tokens.iter().map(|t| t.to_lowercase()).collect() } else { tokens };
            out.push(Sentence { tags: tags.iter().map(|t| tag_index(t)).collect(), tokens, domain });
        }
    }
    Ok(out)
}

pub fn train_cmd(files: &[PathBuf], out: &Path, epochs: usize, min_count: u32, prune: f32, cities: bool, lowercase: bool, orders: u64, augment: bool) -> Result<i32> {
    let sents = sentences(files, lowercase, augment)?;
    anyhow::ensure!(!sents.is_empty(), "no sentences in the training files");
    eprintln!("training on {} sentences, {} tokens, {epochs} epochs", sents.len(), sents.iter().map(|s| s.tokens.len()).sum::<usize>());
    let t = std::time::Instant::now();
    let m = if orders <= 1 {
        train(&sents, Some(gazetteer(cities)), epochs, min_count, prune, 0, |e, acc| eprintln!("  epoch {e}: token accuracy {acc:.4} on the training data"))
    } else {
        let models: Vec<Model> = (0..orders)
            .map(|seed| {
                eprintln!(" order {}", seed + 1);
                train(&sents, Some(gazetteer(cities)), epochs, min_count, 0.0, seed, |e, acc| eprintln!("  epoch {e}: token accuracy {acc:.4} on the training data"))
            })
            .collect();
        warta_ner::average(&models, prune)
    };
    let mut f = std::fs::File::create(out).with_context(|| format!("writing {}", out.display()))?;
    m.write(&mut f)?;
    f.flush()?;
    eprintln!("{} features, written to {} ({} bytes) in {:.1} s", m.weights.len(), out.display(), std::fs::metadata(out)?.len(), t.elapsed().as_secs_f64());
    Ok(0)
}

/// `token<TAB>tag` per line, a blank line between sentences, as the input was split.
pub fn tag_cmd(input: &str, model: &str, cities: bool) -> Result<i32> {
    let (m, gaz) = load(model, cities)?;
    let text = if input == "-" {
        let mut s = String::new();
        for line in std::io::stdin().lock().lines() {
            s.push_str(&line?);
            s.push('\n');
        }
        s
    } else {
        std::fs::read_to_string(input).with_context(|| format!("reading {input}"))?
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (tokens, _) in read_conll(&text) {
        let toks: Vec<&str> = tokens.iter().map(String::as_str).collect();
        for (t, tag) in toks.iter().zip(m.tag_with(&toks, Some(gaz))) {
            writeln!(out, "{t}\t{tag}")?;
        }
        writeln!(out)?;
    }
    out.flush()?;
    Ok(0)
}

#[derive(Default, Clone, Copy)]
struct Prf {
    tp: usize,
    gold: usize,
    sys: usize,
}

impl Prf {
    fn f1(&self) -> (f64, f64, f64) {
        let p = if self.sys == 0 { 0.0 } else { self.tp as f64 / self.sys as f64 };
        let r = if self.gold == 0 { 0.0 } else { self.tp as f64 / self.gold as f64 };
        (p, r, if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) })
    }
}

/// Entity-level F1 (exact span and type over PER/LOC/ORG) of a model on a CoNLL test file.
pub fn eval_cmd(file: &Path, model: &str, cities: bool, baseline: &Path, raise: bool) -> Result<i32> {
    let (m, gaz) = load(model, cities)?;
    let raw = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let text = String::from_utf8_lossy(&raw);
    let mut total = Prf::default();
    let mut by_type: std::collections::BTreeMap<&str, Prf> = Default::default();
    let t = std::time::Instant::now();
    let mut tokens = 0usize;
    for (toks, gold) in read_conll(&text) {
        let toks: Vec<&str> = toks.iter().map(String::as_str).collect();
        tokens += toks.len();
        let gold: Vec<&str> = gold.iter().map(|g| TAGS[tag_index(g)]).collect();
        let sys = m.tag_with(&toks, Some(gaz));
        let (gs, ss) = (spans(&gold), spans(&sys));
        for ty in ["PER", "LOC", "ORG"] {
            let e = by_type.entry(ty).or_default();
            let g: Vec<_> = gs.iter().filter(|s| s.2 == ty).collect();
            let s: Vec<_> = ss.iter().filter(|s| s.2 == ty).collect();
            let tp = s.iter().filter(|x| g.contains(x)).count();
            e.tp += tp;
            e.gold += g.len();
            e.sys += s.len();
            total.tp += tp;
            total.gold += g.len();
            total.sys += s.len();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let (p, r, f) = total.f1();
    println!("{} with model `{model}`: {} gold entities, {} tagged", file.display(), total.gold, total.sys);
    println!("  all      P {p:.3} R {r:.3} F1 {f:.3}");
    let mut figures = vec![("f1", f)];
    for (ty, e) in &by_type {
        let (p, r, f) = e.f1();
        println!("  {ty}      P {p:.3} R {r:.3} F1 {f:.3}  ({} gold)", e.gold);
    }
    for (name, ty) in [("per_f1", "PER"), ("loc_f1", "LOC"), ("org_f1", "ORG")] {
        if let Some(e) = by_type.get(ty) {
            figures.push((name, e.f1().2));
        }
    }
    println!("  speed    {:.0} tokens/s (one thread)", tokens as f64 / secs);
    let corpus = warta_core::hex(&Sha256::digest(&raw));
    let key = format!("{}:{model}", file.parent().and_then(|p| p.file_name()).map(|n| n.to_string_lossy().to_string()).unwrap_or_default() + "/" + &file.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default());
    crate::floors::check(baseline, &key, &corpus, &figures, raise)
}
