//! The article-extraction benchmark metric (scrapinghub/article-extraction-benchmark), written
//! again from its description: each body becomes `\w+` tokens, then a multiset of 4-token
//! shingles; per document TP = overlap, FP = extra predicted, FN = missed, normalised so that the
//! three sum to 1. Precision is the mean of the per-document TP/(TP+FP) over documents where
//! that is defined, recall likewise with FN, and F1 = 2PR/(P+R) of the two means. Accuracy is the
//! share of documents whose token sequences are equal.

use std::collections::HashMap;

/// `\w+` tokens: letters, digits (any script) and `_`, as Python's `re` with `re.UNICODE`.
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out = vec![];
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let w = c.is_alphanumeric() || c == '_';
        match (w, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

fn shingles<'a>(toks: &'a [&'a str], n: usize) -> HashMap<&'a [&'a str], u32> {
    let mut m = HashMap::new();
    if toks.is_empty() {
        return m;
    }
    // a text shorter than n tokens is one shingle of all its tokens
    let count = toks.len().saturating_sub(n - 1).max(1);
    for i in 0..count {
        let s = &toks[i..(i + n).min(toks.len())];
        *m.entry(s).or_insert(0) += 1;
    }
    m
}

/// One document's normalised (tp, fp, fn); all zero when both texts are empty.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct DocScore {
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
    /// token sequences are equal
    pub exact: bool,
}

pub fn score_doc(truth: &str, pred: &str) -> DocScore {
    let tt = tokens(truth);
    let pt = tokens(pred);
    let ts = shingles(&tt, 4);
    let ps = shingles(&pt, 4);
    let (mut tp, mut fp, mut fn_) = (0u64, 0u64, 0u64);
    for (k, &t) in &ts {
        let p = ps.get(k).copied().unwrap_or(0);
        tp += t.min(p) as u64;
        fn_ += t.saturating_sub(p) as u64;
    }
    for (k, &p) in &ps {
        let t = ts.get(k).copied().unwrap_or(0);
        fp += p.saturating_sub(t) as u64;
    }
    let s = (tp + fp + fn_) as f64;
    let exact = tt == pt;
    if s == 0.0 {
        return DocScore { exact, ..Default::default() };
    }
    DocScore { tp: tp as f64 / s, fp: fp as f64 / s, fn_: fn_ as f64 / s, exact }
}

/// Precision, recall, F1 and accuracy over documents.
#[derive(Debug, Clone, Copy, Default, serde::Serialize)]
pub struct Summary {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub accuracy: f64,
    pub documents: usize,
}

pub fn summarise(docs: &[DocScore]) -> Summary {
    let (mut p, mut np, mut r, mut nr, mut exact) = (0.0, 0usize, 0.0, 0usize, 0usize);
    for d in docs {
        if d.tp + d.fp > 0.0 {
            p += d.tp / (d.tp + d.fp);
            np += 1;
        }
        if d.tp + d.fn_ > 0.0 {
            r += d.tp / (d.tp + d.fn_);
            nr += 1;
        }
        exact += d.exact as usize;
    }
    let precision = if np > 0 { p / np as f64 } else { 0.0 };
    let recall = if nr > 0 { r / nr as f64 } else { 0.0 };
    let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
    let accuracy = if docs.is_empty() { 0.0 } else { exact as f64 / docs.len() as f64 };
    Summary { precision, recall, f1, accuracy, documents: docs.len() }
}

/// Bootstrap standard deviation of F1 (resampling documents), with a fixed seed so that the
/// figure is the same on every run.
pub fn bootstrap_f1_std(docs: &[DocScore], rounds: usize) -> f64 {
    if docs.is_empty() {
        return 0.0;
    }
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        // xorshift64*
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    };
    let mut f1s = Vec::with_capacity(rounds);
    let mut sample = Vec::with_capacity(docs.len());
    for _ in 0..rounds {
        sample.clear();
        for _ in 0..docs.len() {
            sample.push(docs[(next() % docs.len() as u64) as usize]);
        }
        f1s.push(summarise(&sample).f1);
    }
    let mean = f1s.iter().sum::<f64>() / f1s.len() as f64;
    (f1s.iter().map(|f| (f - mean) * (f - mean)).sum::<f64>() / f1s.len() as f64).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unicode_words() {
        assert_eq!(tokens("Ketua KPU, Budi—hadir (5/2) di_sana é"), vec!["Ketua", "KPU", "Budi", "hadir", "5", "2", "di_sana", "é"]);
        assert!(tokens(" ,. ").is_empty());
    }

    #[test]
    fn shingle_counts_table() {
        // (truth, prediction, tp, fp, fn) before normalisation
        let cases: &[(&str, &str, f64, f64, f64)] = &[
            ("a b c d e", "a b c d e", 2.0, 0.0, 0.0),
            ("a b c d e", "a b c d", 1.0, 0.0, 1.0),
            ("a b c d", "x a b c d y", 1.0, 2.0, 0.0),
            ("a b", "a b", 1.0, 0.0, 0.0),      // shorter than a shingle: one shingle of all tokens
            ("a b c d", "", 0.0, 0.0, 1.0),
            ("a b c d a b c d", "a b c d", 1.0, 0.0, 4.0), // multisets: the repeated shingle counts twice
        ];
        for &(t, p, tp, fp, fn_) in cases {
            let s = tp + fp + fn_;
            let d = score_doc(t, p);
            assert!((d.tp - tp / s).abs() < 1e-12 && (d.fp - fp / s).abs() < 1e-12 && (d.fn_ - fn_ / s).abs() < 1e-12, "{t:?} vs {p:?}: {d:?}");
        }
        assert_eq!(score_doc("", ""), DocScore { exact: true, ..Default::default() });
    }

    #[test]
    fn summary_skips_undefined_ratios() {
        let docs = [score_doc("a b c d e", "a b c d e"), score_doc("a b c d e", ""), score_doc("", "")];
        let s = summarise(&docs);
        // precision: only the first document predicts anything → 1.0; recall: (1 + 0) / 2
        assert!((s.precision - 1.0).abs() < 1e-12);
        assert!((s.recall - 0.5).abs() < 1e-12);
        assert!((s.f1 - 2.0 / 3.0).abs() < 1e-12);
        assert!((s.accuracy - 2.0 / 3.0).abs() < 1e-12);
    }
}
