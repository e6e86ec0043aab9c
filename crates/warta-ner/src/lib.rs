//! warta-ner: a statistical named-entity tagger — a first-order structured perceptron with
//! averaged weights and Viterbi decoding over BIO tags of PER, LOC and ORG — trained here from
//! the `train` splits of `../shared/data/id-ner` (`warta train-ner`), its weights a data file.
//!
//! Features are hashed strings (FNV-1a) of the token and its neighbours (lower-cased words, word
//! shapes, prefixes and suffixes, bigrams), so the model is a flat table: hash → one weight per
//! tag. Corpora use their own type names; [`map_type`] folds them onto PER/LOC/ORG.

use rustc_hash::FxHashMap;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::{Read, Write};

/// Feature keys are already FNV hashes: the table uses them as they are.
#[derive(Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 << 8) | *b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        // spread the bits over the table's bucket index (fibonacci hashing)
        self.0 = n.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<KeyHasher>>;

/// A model compiled into warta: its name, what it was trained on, whether its gazetteer had the
/// GeoNames cities, the language whose pipeline uses it (if any), and its gzip'd weights.
pub struct Pretrained {
    pub name: &'static str,
    pub about: &'static str,
    pub cities: bool,
    pub pipeline_lang: Option<&'static str>,
    pub bytes: &'static [u8],
    /// Word statistics of the language's training text ([`WordStats`]), for the pipeline's checks.
    pub words: Option<&'static str>,
}

/// How often each word (lower-cased) was outside any name, or in a person's, a place's or an
/// organisation's name, in training text (`tools/gen_ner_words.py`).
#[derive(Default)]
pub struct WordStats(FxHashMap<String, [u32; 4]>);

impl WordStats {
    /// `word<TAB>outside<TAB>person<TAB>place<TAB>organisation` lines; `#` comments. Bad lines are skipped.
    pub fn parse(text: &str) -> WordStats {
        let mut m = FxHashMap::default();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() == 5 {
                if let (Ok(a), Ok(b), Ok(d), Ok(e)) = (c[1].parse(), c[2].parse(), c[3].parse(), c[4].parse()) {
                    m.insert(c[0].to_string(), [a, b, d, e]);
                }
            }
        }
        WordStats(m)
    }

    /// The share of a word's uses inside a person's name; None for a word seen fewer than three times.
    pub fn person_share(&self, lower: &str) -> Option<f32> {
        let c = self.0.get(lower)?;
        let total: u32 = c.iter().sum();
        (total >= 3).then(|| c[1] as f32 / total as f32)
    }

    /// A word seen enough and mostly outside persons' names (under a quarter of its uses in one):
    /// "ekonomi", "gunung" — not a word to build a person's name from.
    pub fn rarely_in_persons_names(&self, lower: &str) -> bool {
        self.person_share(lower).is_some_and(|p| p < 0.25)
    }
}

/// The models `tools/train-ner.sh` trains from the `train` splits of `../shared/data/id-ner`.
pub const PRETRAINED: &[Pretrained] = &[
    Pretrained { name: "news", about: "idner-news-2k and NER-UI train (cased news sentences)", cities: false, pipeline_lang: Some("id"), bytes: include_bytes!("../data/news.model.gz"), words: Some(include_str!("../data/id.words.tsv")) },
    Pretrained { name: "nergrit", about: "NERGrit and NERP train", cities: true, pipeline_lang: None, bytes: include_bytes!("../data/nergrit.model.gz"), words: None },
    Pretrained { name: "nerp", about: "NERP and NERGrit train, lower-cased", cities: true, pipeline_lang: None, bytes: include_bytes!("../data/nerp.model.gz"), words: None },
];

/// The tags, in weight order.
pub const TAGS: [&str; 7] = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"];
const N: usize = TAGS.len();

#[derive(Debug, thiserror::Error)]
pub enum NerError {
    #[error("model: {0}")]
    Model(String),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// A corpus type name → PER, LOC or ORG (None: a type warta does not tag, read as O).
pub fn map_type(t: &str) -> Option<&'static str> {
    match t.to_ascii_uppercase().as_str() {
        "PER" | "PERSON" | "PPL" => Some("PER"),
        "LOC" | "LOCATION" | "PLACE" | "PLC" | "GPE" => Some("LOC"),
        "ORG" | "ORGANISATION" | "ORGANIZATION" | "IND" => Some("ORG"),
        _ => None,
    }
}

/// A corpus tag ("B-PLACE", "I-PPL", "O", "Person" in IO files) → an index into [`TAGS`].
pub fn tag_index(tag: &str) -> usize {
    let (bio, t) = match tag.split_once('-') {
        Some((b, t)) if b == "B" || b == "I" => (b, t),
        _ => ("I", tag),
    };
    match map_type(t.trim()) {
        Some(ty) => TAGS.iter().position(|x| *x == format!("{bio}-{ty}")).unwrap_or(0),
        None => 0,
    }
}

fn fnv(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            h ^= 0x1f;
            h = h.wrapping_mul(0x100000001b3);
        }
        for b in p.bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
    }
    h
}

/// "Jakarta" → "Xx", "KPK" → "X", "2024" → "d", "e-KTP" → "x-X": runs of one class collapsed.
fn shape(w: &str) -> String {
    let mut s = String::new();
    for c in w.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if !s.ends_with(k) {
            s.push(k);
        }
    }
    s
}

/// Known names (lower-cased token sequences) with a class — LOC, ORG, PER, or TITLE for role
/// words that precede a name ("presiden", "menteri") — built by the caller from language data.
/// A model must be used with the gazetteer it was trained with.
#[derive(Default)]
pub struct Gazetteer {
    map: FxHashMap<String, &'static str>,
    /// the longest name (in tokens) starting with each first token
    first: FxHashMap<String, usize>,
}

impl Gazetteer {
    pub fn add(&mut self, name: &str, class: &'static str) {
        let toks: Vec<String> = name.split_whitespace().map(|t| t.to_lowercase()).collect();
        if toks.is_empty() {
            return;
        }
        let longest = self.first.entry(toks[0].clone()).or_insert(0);
        *longest = (*longest).max(toks.len());
        self.map.entry(toks.join(" ")).or_insert(class);
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Per token: the class and B/I of the longest known name covering it, leftmost first.
    fn marks(&self, lower: &[String]) -> Vec<Option<(&'static str, bool)>> {
        let mut out = vec![None; lower.len()];
        let mut key = String::new();
        let mut i = 0;
        while i < lower.len() {
            let mut hit = None;
            // only names that start with this token's first word (a corpus token may hold several
            // words: "salah satu"), longest first; a name of W words spans at most W tokens
            let first_word = lower[i].split_whitespace().next().unwrap_or("");
            let longest = self.first.get(first_word).copied().unwrap_or(0);
            for len in (1..=longest.min(lower.len() - i)).rev() {
                key.clear();
                for (k, w) in lower[i..i + len].iter().enumerate() {
                    if k > 0 {
                        key.push(' ');
                    }
                    key.push_str(w);
                }
                if let Some(c) = self.map.get(&key) {
                    hit = Some((len, *c));
                    break;
                }
            }
            match hit {
                Some((len, c)) => {
                    for (k, m) in out[i..i + len].iter_mut().enumerate() {
                        *m = Some((c, k == 0));
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
        out
    }
}

/// Hashed features of every token of a sentence.
pub fn features(tokens: &[&str]) -> Vec<Vec<u64>> {
    features_with(tokens, None)
}

/// … with gazetteer features: the class of a known name covering the token (and whether it
/// starts there), and the classes around it.
pub fn features_with(tokens: &[&str], gaz: Option<&Gazetteer>) -> Vec<Vec<u64>> {
    let lower: Vec<String> = tokens.iter().map(|t| t.to_lowercase()).collect();
    // every token's shape in one buffer (one allocation for the sentence)
    let mut shape_buf = String::new();
    let mut shape_at = Vec::with_capacity(tokens.len() + 1);
    shape_at.push(0);
    for t in tokens {
        shape_buf.push_str(&shape(t));
        shape_at.push(shape_buf.len());
    }
    let at = |i: isize| -> &str {
        if i < 0 {
            "<s>"
        } else if i as usize >= tokens.len() {
            "</s>"
        } else {
            &lower[i as usize]
        }
    };
    let sh = |i: isize| -> &str {
        if i < 0 || i as usize >= tokens.len() {
            "_"
        } else {
            &shape_buf[shape_at[i as usize]..shape_at[i as usize + 1]]
        }
    };
    let marks = gaz.map(|g| g.marks(&lower)).unwrap_or_else(|| vec![None; tokens.len()]);
    let mark = |i: isize| -> (&str, &str) {
        if i < 0 || i as usize >= tokens.len() {
            return ("_", "");
        }
        match marks[i as usize] {
            Some((c, true)) => ("B", c),
            Some((c, false)) => ("I", c),
            None => ("-", ""),
        }
    };
    (0..tokens.len())
        .map(|i| {
            let j = i as isize;
            let w = &lower[i];
            let mut f = Vec::with_capacity(25);
            f.extend_from_slice(&[
                fnv(&["b"]),
                fnv(&["w", w]),
                fnv(&["w-1", at(j - 1)]),
                fnv(&["w+1", at(j + 1)]),
                fnv(&["w-2", at(j - 2)]),
                fnv(&["w+2", at(j + 2)]),
                fnv(&["w-1w", at(j - 1), w]),
                fnv(&["ww+1", w, at(j + 1)]),
                fnv(&["s", sh(j)]),
                fnv(&["s-1s", sh(j - 1), sh(j)]),
                fnv(&["ss+1", sh(j), sh(j + 1)]),
                fnv(&["first", if i == 0 { "1" } else { "0" }, sh(j)]),
                fnv(&["g", mark(j).0, mark(j).1]),
                fnv(&["g-1", mark(j - 1).0, mark(j - 1).1]),
                fnv(&["g+1", mark(j + 1).0, mark(j + 1).1]),
                fnv(&["g-1g", mark(j - 1).0, mark(j - 1).1, mark(j).0, mark(j).1]),
                fnv(&["gs", mark(j).0, mark(j).1, sh(j)]),
            ]);
            // the shapes of a five-token window, and the word beside its neighbours' shapes
            // (dev/valid F1 0.824 / 0.708 / 0.771 -> 0.838 / 0.718 / 0.773 with the trigrams below)
            f.push(fnv(&["s-2s+2", sh(j - 2), sh(j - 1), sh(j), sh(j + 1), sh(j + 2)]));
            f.push(fnv(&["ws+1", w, sh(j + 1)]));
            f.push(fnv(&["s-1w", sh(j - 1), w]));
            // character trigrams inside words of five characters or more (names share pieces:
            // "-berg", "kusum", "-ovich")
            let mut cs = w.char_indices().map(|(b, _)| b).chain(std::iter::once(w.len()));
            let bounds: Vec<usize> = cs.by_ref().collect();
            if bounds.len() > 5 {
                for k in 0..bounds.len() - 3 {
                    f.push(fnv(&["c3", &w[bounds[k]..bounds[k + 3]]]));
                }
            }
            // prefixes and suffixes of up to four chars, as byte slices at char boundaries
            let nch = w.chars().count();
            let mut ends = w.char_indices().map(|(b, c)| b + c.len_utf8());
            let mut starts = w.char_indices().rev().map(|(b, _)| b);
            for _ in 0..4.min(nch) {
                if let (Some(e), Some(b)) = (ends.next(), starts.next()) {
                    f.push(fnv(&["p", &w[..e]]));
                    f.push(fnv(&["x", &w[b..]]));
                }
            }
            f
        })
        .collect()
}

/// The weights: per feature hash, one weight per tag; plus tag-to-tag transitions (row N is the
/// start of a sentence).
#[derive(Default, Clone)]
pub struct Model {
    pub weights: KeyMap<[f32; N]>,
    pub trans: [[f32; N]; N + 1],
    /// the weights laid out for tagging by [`Model::freeze`]
    frozen: Frozen,
}

/// Weights laid out for tagging: open addressing with linear probing, each key beside its weights (key 0 marks an
/// empty place; a feature whose hash is 0 is kept aside), so that a lookup reads one place in memory — the hash
/// table read the table's control bytes, then the entry.
#[derive(Default, Clone)]
struct Frozen {
    slots: Vec<(u64, [f32; N])>,
    shift: u32,
    zero: Option<[f32; N]>,
}

impl Frozen {
    fn build(weights: &KeyMap<[f32; N]>) -> Frozen {
        // (a load of three quarters at most, as the hash table's)
        let cap = (weights.len() * 4 / 3 + 1).next_power_of_two().max(2);
        let mut f = Frozen { slots: vec![(0, [0.0; N]); cap], shift: 64 - cap.trailing_zeros(), zero: None };
        for (&k, w) in weights {
            if k == 0 {
                f.zero = Some(*w);
                continue;
            }
            let mut i = f.home(k);
            while f.slots[i].0 != 0 {
                i = (i + 1) & (cap - 1);
            }
            f.slots[i] = (k, *w);
        }
        f
    }

    fn home(&self, k: u64) -> usize {
        (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    fn get(&self, k: u64, home_key: u64, home: usize) -> Option<&[f32; N]> {
        if k == 0 {
            return self.zero.as_ref();
        }
        // (the key at the feature's home place, read beforehand for all of a token's features at once)
        if home_key == k {
            return Some(&self.slots[home].1);
        }
        let mask = self.slots.len() - 1;
        let mut i = home;
        loop {
            let (key, w) = &self.slots[i];
            if *key == k {
                return Some(w);
            }
            if *key == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
}

/// I-X may only follow B-X or I-X.
fn allowed(prev: usize, cur: usize) -> bool {
    if cur == 0 || cur % 2 == 1 {
        return true;
    }
    prev != N && (prev == cur || prev == cur - 1)
}

impl Model {
    /// Lay the weights out for tagging: tagging reads them faster, and the model is then for tagging only (`weights`
    /// is emptied; `write` and training need a model that is not frozen).
    pub fn freeze(&mut self) {
        self.frozen = Frozen::build(&self.weights);
        self.weights = KeyMap::default();
    }

    fn emissions(&self, feats: &[Vec<u64>]) -> Vec<[f32; N]> {
        if !self.frozen.slots.is_empty() {
            let mut homes: Vec<(usize, u64)> = vec![];
            return feats
                .iter()
                .map(|fs| {
                    // the keys at every feature's home place first: loads that do not wait on one another
                    homes.clear();
                    homes.extend(fs.iter().map(|&f| {
                        let h = self.frozen.home(f);
                        (h, self.frozen.slots[h].0)
                    }));
                    let mut s = [0f32; N];
                    for (f, &(h, hk)) in fs.iter().zip(&homes) {
                        if let Some(w) = self.frozen.get(*f, hk, h) {
                            for k in 0..N {
                                s[k] += w[k];
                            }
                        }
                    }
                    s
                })
                .collect();
        }
        feats
            .iter()
            .map(|fs| {
                let mut s = [0f32; N];
                for f in fs {
                    if let Some(w) = self.weights.get(f) {
                        for k in 0..N {
                            s[k] += w[k];
                        }
                    }
                }
                s
            })
            .collect()
    }

    /// The best tag sequence (indices into [`TAGS`]).
    pub fn decode(&self, feats: &[Vec<u64>]) -> Vec<usize> {
        let em = self.emissions(feats);
        let n = em.len();
        if n == 0 {
            return vec![];
        }
        let mut score = vec![[f32::NEG_INFINITY; N]; n];
        let mut back = vec![[0usize; N]; n];
        for k in 0..N {
            if allowed(N, k) {
                score[0][k] = self.trans[N][k] + em[0][k];
            }
        }
        for i in 1..n {
            for k in 0..N {
                let mut best = (f32::NEG_INFINITY, 0);
                for p in 0..N {
                    if allowed(p, k) && score[i - 1][p] > f32::NEG_INFINITY {
                        let s = score[i - 1][p] + self.trans[p][k];
                        if s > best.0 {
                            best = (s, p);
                        }
                    }
                }
                score[i][k] = best.0 + em[i][k];
                back[i][k] = best.1;
            }
        }
        let mut k = (0..N).max_by(|a, b| score[n - 1][*a].total_cmp(&score[n - 1][*b])).unwrap_or(0);
        let mut out = vec![0; n];
        for i in (0..n).rev() {
            out[i] = k;
            k = back[i][k];
        }
        out
    }

    /// Tag a sentence of tokens.
    pub fn tag(&self, tokens: &[&str]) -> Vec<&'static str> {
        self.tag_with(tokens, None)
    }

    /// Tag with the gazetteer the model was trained with.
    pub fn tag_with(&self, tokens: &[&str], gaz: Option<&Gazetteer>) -> Vec<&'static str> {
        self.decode(&features_with(tokens, gaz)).into_iter().map(|k| TAGS[k]).collect()
    }

    /// Binary form, gzip'd: magic, count, then (hash, weights) rows and the transitions.
    pub fn write(&self, w: impl Write) -> Result<(), NerError> {
        let mut z = flate2::write::GzEncoder::new(w, flate2::Compression::best());
        z.write_all(b"WNER1")?;
        let mut keys: Vec<&u64> = self.weights.keys().collect();
        keys.sort();
        z.write_all(&(keys.len() as u64).to_le_bytes())?;
        for k in keys {
            z.write_all(&k.to_le_bytes())?;
            for x in &self.weights[k] {
                z.write_all(&x.to_le_bytes())?;
            }
        }
        for row in &self.trans {
            for x in row {
                z.write_all(&x.to_le_bytes())?;
            }
        }
        z.finish()?;
        Ok(())
    }

    pub fn read(r: impl Read) -> Result<Model, NerError> {
        let mut buf = vec![];
        flate2::read::GzDecoder::new(r).read_to_end(&mut buf)?;
        let bad = || NerError::Model("not a warta NER model (WNER1)".into());
        if !buf.starts_with(b"WNER1") || buf.len() < 13 {
            return Err(bad());
        }
        let mut at = 5;
        let mut take = |n: usize| -> Result<&[u8], NerError> {
            let s = buf.get(at..at + n).ok_or_else(bad)?;
            at += n;
            Ok(s)
        };
        let count = u64::from_le_bytes(take(8)?.try_into().unwrap()) as usize;
        let mut m = Model::default();
        m.weights.reserve(count.min(10_000_000));
        for _ in 0..count {
            let k = u64::from_le_bytes(take(8)?.try_into().unwrap());
            let mut w = [0f32; N];
            for x in w.iter_mut() {
                *x = f32::from_le_bytes(take(4)?.try_into().unwrap());
            }
            m.weights.insert(k, w);
        }
        for row in m.trans.iter_mut() {
            for x in row.iter_mut() {
                *x = f32::from_le_bytes(take(4)?.try_into().unwrap());
            }
        }
        Ok(m)
    }
}

/// A sentence of a training corpus: tokens and gold tag indices.
pub struct Sentence {
    pub tokens: Vec<String>,
    pub tags: Vec<usize>,
    /// The corpus the sentence comes from: 0 is the one the model is for. With more than one
    /// corpus, training copies every feature into a copy of the sentence's corpus (feature
    /// augmentation, Daumé III 2007, "Frustratingly easy domain adaptation"), and the model kept
    /// is the shared weights plus corpus 0's: what the corpora share is learnt from all of them,
    /// their differing conventions from their own sentences.
    pub domain: u8,
}

/// The copy of feature `f` for corpus `d`.
fn domain_feature(f: u64, d: u8) -> u64 {
    (f ^ (0x9E37_79B9_7F4A_7C15u64.wrapping_mul(d as u64 + 1))).wrapping_mul(0x100_0000_01B3).rotate_left(29)
}

/// Read CoNLL-style text: one token per line (first column), the tag in the last column, blank
/// lines between sentences. With `tags: false` the file may have one column only.
pub fn read_conll(text: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let mut out = vec![];
    let (mut toks, mut tags) = (vec![], vec![]);
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !toks.is_empty() {
                out.push((std::mem::take(&mut toks), std::mem::take(&mut tags)));
            }
            continue;
        }
        let cols: Vec<&str> = if line.contains('\t') { line.split('\t').collect() } else { line.split_whitespace().collect() };
        toks.push(cols[0].to_string());
        tags.push(if cols.len() > 1 { cols[cols.len() - 1].trim().to_string() } else { "O".into() });
    }
    if !toks.is_empty() {
        out.push((toks, tags));
    }
    out
}

/// Train an averaged perceptron: `epochs` passes in a fixed shuffled order; features seen fewer
/// than `min_count` times in training are left out, and weights under `prune` (absolute, after
/// averaging) are dropped to keep the model file small.
pub fn train(sents: &[Sentence], gaz: Option<&Gazetteer>, epochs: usize, min_count: u32, prune: f32, seed: u64, mut progress: impl FnMut(usize, f64)) -> Model {
    let mut feats: Vec<Vec<Vec<u64>>> = sents.iter().map(|s| features_with(&s.tokens.iter().map(String::as_str).collect::<Vec<_>>(), gaz)).collect();
    let augment = sents.iter().any(|s| s.domain != 0);
    if augment {
        for (fs, s) in feats.iter_mut().zip(sents) {
            for tf in fs.iter_mut() {
                let n = tf.len();
                for k in 0..n {
                    tf.push(domain_feature(tf[k], s.domain));
                }
            }
        }
    }
    let mut counts: KeyMap<u32> = KeyMap::default();
    for fs in feats.iter().flatten().flatten() {
        *counts.entry(*fs).or_insert(0) += 1;
    }
    let keep = |f: &u64| counts.get(f).copied().unwrap_or(0) >= min_count;
    let mut m = Model::default();
    // averaged perceptron with lazy totals: (weights, totals, last update step)
    let mut total: KeyMap<[f64; N]> = KeyMap::default();
    let mut stamp: KeyMap<u64> = KeyMap::default();
    let mut ttotal = [[0f64; N]; N + 1];
    let mut tstamp = [[0u64; N]; N + 1];
    let mut step: u64 = 1;
    let mut order: Vec<usize> = (0..sents.len()).collect();
    // the shuffle's xorshift state (never zero); seed 0 gives the order of the first models
    let mut rng: u64 = 0x2545F4914F6CDD1D ^ seed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    if rng == 0 {
        rng = 0x2545F4914F6CDD1D;
    }
    for epoch in 0..epochs {
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        let mut correct = 0usize;
        let mut tokens = 0usize;
        for &si in &order {
            let (fs, gold) = (&feats[si], &sents[si].tags);
            let guess = m.decode(fs);
            tokens += gold.len();
            correct += guess.iter().zip(gold).filter(|(a, b)| a == b).count();
            if guess != *gold {
                let mut upd = |f: u64, k: usize, d: f32, m: &mut Model| {
                    if !keep(&f) {
                        return;
                    }
                    let w = m.weights.entry(f).or_insert([0.0; N]);
                    let t = total.entry(f).or_insert([0.0; N]);
                    let s = stamp.entry(f).or_insert(step);
                    for (x, tot) in w.iter().zip(t.iter_mut()) {
                        *tot += *x as f64 * (step - *s) as f64;
                    }
                    *s = step;
                    w[k] += d;
                };
                for (i, (g, p)) in gold.iter().zip(&guess).enumerate() {
                    if g != p {
                        for &f in &fs[i] {
                            upd(f, *g, 1.0, &mut m);
                            upd(f, *p, -1.0, &mut m);
                        }
                    }
                    let (gp, pp) = (if i == 0 { N } else { gold[i - 1] }, if i == 0 { N } else { guess[i - 1] });
                    if gp != pp || g != p {
                        for (a, b, d) in [(gp, *g, 1.0f32), (pp, *p, -1.0)] {
                            ttotal[a][b] += m.trans[a][b] as f64 * (step - tstamp[a][b]) as f64;
                            tstamp[a][b] = step;
                            m.trans[a][b] += d;
                        }
                    }
                }
            }
            step += 1;
        }
        progress(epoch + 1, correct as f64 / tokens.max(1) as f64);
    }
    // average
    let mean = |f: &u64| -> Option<[f32; N]> {
        let w = m.weights.get(f)?;
        let t = total.get(f).copied().unwrap_or([0.0; N]);
        let s = stamp.get(f).copied().unwrap_or(step);
        let mut a = [0f32; N];
        for k in 0..N {
            a[k] = ((t[k] + w[k] as f64 * (step - s) as f64) / step as f64) as f32;
        }
        Some(a)
    };
    let mut avg = Model::default();
    if augment {
        // the model for corpus 0: each shared feature's weights plus those of its corpus-0 copy
        let shared: KeyMap<()> = feats.iter().flatten().flat_map(|tf| tf[..tf.len() / 2].iter().map(|f| (*f, ()))).collect();
        for f in shared.keys() {
            let (a, b) = (mean(f), mean(&domain_feature(*f, 0)));
            if a.is_none() && b.is_none() {
                continue;
            }
            let (a, b) = (a.unwrap_or([0.0; N]), b.unwrap_or([0.0; N]));
            let mut w = [0f32; N];
            for k in 0..N {
                w[k] = a[k] + b[k];
            }
            if w.iter().any(|x| x.abs() >= prune) {
                avg.weights.insert(*f, w);
            }
        }
    } else {
        for f in m.weights.keys() {
            if let Some(a) = mean(f).filter(|a| a.iter().any(|x| x.abs() >= prune)) {
                avg.weights.insert(*f, a);
            }
        }
    }
    for a in 0..=N {
        for b in 0..N {
            avg.trans[a][b] = ((ttotal[a][b] + m.trans[a][b] as f64 * (step - tstamp[a][b]) as f64) / step as f64) as f32;
        }
    }
    avg
}

/// The mean of models trained on the same data in different orders (one linear model: tagging
/// costs what one of them costs), with averaged weights smaller than `prune` dropped.
pub fn average(models: &[Model], prune: f32) -> Model {
    let mut out = Model::default();
    if models.is_empty() {
        return out;
    }
    let k = models.len() as f32;
    let mut sum: KeyMap<[f32; N]> = KeyMap::default();
    for m in models {
        for (f, w) in &m.weights {
            let s = sum.entry(*f).or_insert([0.0; N]);
            for t in 0..N {
                s[t] += w[t];
            }
        }
        for a in 0..=N {
            for b in 0..N {
                out.trans[a][b] += m.trans[a][b] / k;
            }
        }
    }
    for (f, mut w) in sum {
        w.iter_mut().for_each(|x| *x /= k);
        if w.iter().any(|x| x.abs() >= prune) {
            out.weights.insert(f, w);
        }
    }
    out
}

/// Entity spans (start, end exclusive, type) of a BIO tag sequence; an I- without its B- opens a
/// span, as conlleval reads it.
pub fn spans(tags: &[&str]) -> Vec<(usize, usize, String)> {
    let mut out = vec![];
    let mut cur: Option<(usize, String)> = None;
    for (i, t) in tags.iter().enumerate() {
        let (bio, ty) = match t.split_once('-') {
            Some((b, ty)) => (b, ty.to_string()),
            None => ("O", String::new()),
        };
        let continues = bio == "I" && cur.as_ref().is_some_and(|(_, c)| *c == ty);
        if !continues {
            if let Some((s, c)) = cur.take() {
                out.push((s, i, c));
            }
            if bio == "B" || bio == "I" {
                cur = Some((i, ty));
            }
        }
    }
    if let Some((s, c)) = cur {
        out.push((s, tags.len(), c));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_tags_map_onto_per_loc_org() {
        let cases = [("B-PERSON", "B-PER"), ("I-PLACE", "I-LOC"), ("B-IND", "B-ORG"), ("B-EVT", "O"), ("O", "O"), ("Person", "I-PER"), ("I-ORGANISATION", "I-ORG")];
        for (t, want) in cases {
            assert_eq!(TAGS[tag_index(t)], want, "{t}");
        }
    }

    #[test]
    fn word_stats_give_a_person_share_for_words_seen_enough() {
        let w = WordStats::parse("# header\nrudi\t1\t9\t0\t0\nbukit\t10\t0\t30\t0\nlangka\t1\t1\t0\t0\nbad line\n");
        assert_eq!(w.person_share("rudi"), Some(0.9));
        assert_eq!(w.person_share("bukit"), Some(0.0));
        assert_eq!(w.person_share("langka"), None);
        assert_eq!(w.person_share("unseen"), None);
        assert!(w.rarely_in_persons_names("bukit") && !w.rarely_in_persons_names("rudi") && !w.rarely_in_persons_names("langka"));
    }

    #[test]
    fn spans_follow_conlleval() {
        assert_eq!(spans(&["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "B-LOC"]), vec![(0, 2, "PER".into()), (3, 4, "LOC".into()), (4, 5, "LOC".into()), (5, 6, "LOC".into())]);
    }

    #[test]
    fn a_tiny_corpus_is_learned_and_survives_a_round_trip() {
        let data = "Presiden\tO\nJoko\tB-PER\nWidodo\tI-PER\nke\tO\nJakarta\tB-LOC\n\nMenteri\tO\nBudi\tB-PER\nSantoso\tI-PER\ndi\tO\nBandung\tB-LOC\n\nKPK\tB-ORG\nmemeriksa\tO\nAni\tB-PER\n";
        let sents: Vec<Sentence> = read_conll(data).into_iter().map(|(t, g)| Sentence { tags: g.iter().map(|x| tag_index(x)).collect(), tokens: t, domain: 0 }).collect();
        let m = train(&sents, None, 10, 1, 0.0, 0, |_, _| {});
        assert_eq!(m.tag(&["Menteri", "Budi", "Santoso", "di", "Bandung"]), vec!["O", "B-PER", "I-PER", "O", "B-LOC"]);
        let mut bytes = vec![];
        m.write(&mut bytes).unwrap();
        let back = Model::read(&bytes[..]).unwrap();
        assert_eq!(back.tag(&["KPK", "memeriksa", "Ani"]), m.tag(&["KPK", "memeriksa", "Ani"]));
        // a frozen model tags as the model it was made from, word for word
        let mut frozen = back.clone();
        frozen.freeze();
        assert!(frozen.weights.is_empty() && !frozen.frozen.slots.is_empty());
        for s in [&["KPK", "memeriksa", "Ani"][..], &["Menteri", "Budi", "Santoso", "di", "Bandung"], &["Presiden", "Joko", "Widodo", "ke", "Jakarta"], &["Rudi", "ke", "Bogor"]] {
            let feats = features(s);
            assert_eq!(frozen.emissions(&feats), back.emissions(&feats), "{s:?}");
            assert_eq!(frozen.tag(s), back.tag(s), "{s:?}");
        }
        assert!(Model::read(&b"not a model"[..]).is_err());
    }

    #[test]
    fn models_of_other_orders_average_into_one() {
        let data = "Presiden\tO\nRudi\tB-PER\nHartanto\tI-PER\nke\tO\nBandung\tB-LOC\n\nMenteri\tO\nKresna\tB-PER\nWibowo\tI-PER\ndi\tO\nBogor\tB-LOC\n\nKPK\tB-ORG\nmemeriksa\tO\nAni\tB-PER\n";
        let sents: Vec<Sentence> = read_conll(data).into_iter().map(|(t, g)| Sentence { tags: g.iter().map(|x| tag_index(x)).collect(), tokens: t, domain: 0 }).collect();
        let (a, b) = (train(&sents, None, 5, 1, 0.0, 0, |_, _| {}), train(&sents, None, 5, 1, 0.0, 1, |_, _| {}));
        // another seed reads the sentences in another order: other weights
        assert!(a.weights.iter().any(|(f, w)| b.weights.get(f) != Some(w)));
        // the same seed gives the same model
        assert!(train(&sents, None, 5, 1, 0.0, 1, |_, _| {}).weights == b.weights);
        let m = average(&[a.clone(), b.clone()], 0.0);
        for (f, w) in &m.weights {
            let (x, y) = (a.weights.get(f).copied().unwrap_or([0.0; N]), b.weights.get(f).copied().unwrap_or([0.0; N]));
            for k in 0..N {
                assert!((w[k] - (x[k] + y[k]) / 2.0).abs() < 1e-6, "{f}: {w:?} {x:?} {y:?}");
            }
        }
        assert!((m.trans[N][1] - (a.trans[N][1] + b.trans[N][1]) / 2.0).abs() < 1e-6);
        assert_eq!(m.tag(&["Menteri", "Rudi", "Hartanto", "di", "Bogor"]), vec!["O", "B-PER", "I-PER", "O", "B-LOC"]);
        // pruning drops small means; no models, no weights
        assert!(average(&[a, b], 1e9).weights.is_empty() && average(&[], 0.0).weights.is_empty());
    }

    /// Two corpora that disagree: the first tags a bank's name as an organisation, the second, larger,
    /// tags its second word as a person. Trained as one corpus the larger convention wins; with the
    /// corpora apart the model kept follows the first, and still learns from the second what they share.
    #[test]
    fn corpora_apart_keep_the_first_corpus_conventions() {
        let first = "Bank\tB-ORG\nMandiri\tI-ORG\nmemberi\tO\nkredit\tO\n\nRudi\tB-PER\nHartanto\tI-PER\nke\tO\nBandung\tB-LOC\n";
        let second = "Bank\tO\nMandiri\tB-PER\nmemberi\tO\nkredit\tO\n\n".repeat(4) + "Kresna\tB-PER\nWibowo\tI-PER\ndi\tO\nBogor\tB-LOC\n\nBudi\tB-PER\nSantoso\tI-PER\nke\tO\nPadang\tB-LOC\n";
        let read = |data: &str, domain: u8| -> Vec<Sentence> { read_conll(data).into_iter().map(|(t, g)| Sentence { tags: g.iter().map(|x| tag_index(x)).collect(), tokens: t, domain }).collect() };
        let mut together = read(first, 0);
        together.extend(read(&second, 0));
        let mut apart = read(first, 0);
        apart.extend(read(&second, 1));
        let bank = ["Bank", "Mandiri", "memberi", "kredit"];
        assert_eq!(train(&together, None, 10, 1, 0.0, 0, |_, _| {}).tag(&bank), vec!["O", "B-PER", "O", "O"]);
        let m = train(&apart, None, 10, 1, 0.0, 0, |_, _| {});
        assert_eq!(m.tag(&bank), vec!["B-ORG", "I-ORG", "O", "O"]);
        // what the second corpus alone taught: a town after "di"
        assert_eq!(m.tag(&["Rudi", "Hartanto", "di", "Bogor"]), vec!["B-PER", "I-PER", "O", "B-LOC"]);
        // the model kept holds the shared features only (the corpora's copies folded in)
        let shared: std::collections::HashSet<u64> = apart.iter().flat_map(|s| features(&s.tokens.iter().map(String::as_str).collect::<Vec<_>>())).flatten().collect();
        assert!(m.weights.keys().all(|f| shared.contains(f)));
    }

    #[test]
    fn gazetteer_marks_the_longest_name() {
        let mut g = Gazetteer::default();
        g.add("Jawa Barat", "LOC");
        g.add("Jawa", "LOC");
        g.add("presiden", "TITLE");
        let lower: Vec<String> = ["presiden", "ke", "jawa", "barat"].iter().map(|s| s.to_string()).collect();
        assert_eq!(g.marks(&lower), vec![Some(("TITLE", true)), None, Some(("LOC", true)), Some(("LOC", false))]);
    }

    /// A corpus token may hold several words ("salah satu"): it still matches a name of those words.
    #[test]
    fn regression_a_token_of_several_words_matches_a_name() {
        let mut g = Gazetteer::default();
        g.add("Salah Satu Kota", "LOC");
        let lower: Vec<String> = ["salah satu", "kota", "itu"].iter().map(|s| s.to_string()).collect();
        assert_eq!(g.marks(&lower), vec![Some(("LOC", true)), Some(("LOC", false)), None]);
    }

    #[test]
    fn bio_constraint_holds_in_decoding() {
        let m = Model::default();
        let t = m.tag(&["a", "b"]);
        assert!(!t[0].starts_with("I-"));
    }
}
