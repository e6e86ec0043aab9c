//! PETRARCH-style validation records (`<Sentence>` with `<EventCoding>` and `<Text>`) and the scoring
//! of exact (source, target, event code) triples. Actor codes are compared at country + sector: the
//! gold code's first six characters (or fewer, when the gold names only a country) against the same
//! number of characters of the system's code. A symmetric system event counts in both directions.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq)]
pub struct Coding {
    pub source: String,
    pub target: String,
    pub code: String,
}

#[derive(Debug, Clone)]
pub struct PetrSentence {
    pub id: String,
    /// `YYYY-MM-DD`
    pub date: Option<String>,
    pub text: String,
    pub codings: Vec<Coding>,
    /// `evaluate="true"` (or no such attribute)
    pub evaluate: bool,
    /// The record's `category` (the unit tests': DEMO, ACTOR, VERB, AGENT, COMPOUND …).
    pub category: String,
    /// An `<EventCoding noevents="True">`: the right answer is no event.
    pub noevents: bool,
    /// An `<EventCoding error="…">`: the record tests the input checks of a parser-fed coder
    /// (unbalanced parse, dateline, discarded story), not coding.
    pub error: Option<String>,
}

/// An attribute's value; the files write `id="x"`, `id ="x"` and `id = "x"`.
fn attr(tag: &str, name: &str) -> Option<String> {
    let mut from = 0;
    while let Some(k) = tag[from..].find(name).map(|k| k + from) {
        from = k + name.len();
        if !tag[..k].ends_with(|c: char| c.is_whitespace() || c == '<') {
            continue;
        }
        let rest = tag[from..].trim_start();
        let Some(rest) = rest.strip_prefix('=') else { continue };
        let Some(rest) = rest.trim_start().strip_prefix('"') else { continue };
        return rest.find('"').map(|j| rest[..j].to_string());
    }
    None
}

fn decode(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

/// Read every `<Sentence>` of a PETRARCH validation file (comments dropped).
pub fn read_sentences(xml: &str) -> Vec<PetrSentence> {
    let clean = warta_core::strip_xml_comments(xml);
    let mut out = vec![];
    let mut pos = 0;
    while let Some(i) = clean[pos..].find("<Sentence ").map(|i| i + pos) {
        let head_end = clean[i..].find('>').map(|j| j + i).unwrap_or(clean.len());
        let head = &clean[i..head_end];
        let end = clean[head_end..].find("</Sentence>").map(|j| j + head_end).unwrap_or(clean.len());
        let body = &clean[head_end..end];
        let mut codings = vec![];
        let (mut noevents, mut error) = (false, None);
        let mut p = 0;
        while let Some(k) = body[p..].find("<EventCoding").map(|k| k + p) {
            let e = body[k..].find('>').map(|j| j + k).unwrap_or(body.len());
            let tag = &body[k..e];
            if let (Some(s), Some(t), Some(c)) = (attr(tag, "sourcecode"), attr(tag, "targetcode"), attr(tag, "eventcode")) {
                codings.push(Coding { source: s, target: t, code: c });
            }
            noevents |= attr(tag, "noevents").is_some_and(|v| v.eq_ignore_ascii_case("true"));
            error = error.or_else(|| attr(tag, "error"));
            p = e;
        }
        let text = body.find("<Text>").and_then(|a| body[a + 6..].find("</Text>").map(|b| decode(body[a + 6..a + 6 + b].trim()))).unwrap_or_default();
        let date = attr(head, "date").filter(|d| d.len() == 8).map(|d| format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..8]));
        out.push(PetrSentence {
            id: attr(head, "id").unwrap_or_default(),
            date,
            text: warta_core::squeeze_spaces(&text),
            codings,
            evaluate: attr(head, "evaluate").is_none_or(|v| v == "true"),
            category: attr(head, "category").unwrap_or_default(),
            noevents,
            error,
        });
        pos = end.max(i + 1);
    }
    out
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct TripleScore {
    pub gold: usize,
    pub system: usize,
    pub matched: usize,
}

impl TripleScore {
    pub fn add(&mut self, o: &TripleScore) {
        self.gold += o.gold;
        self.system += o.system;
        self.matched += o.matched;
    }
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = if self.system == 0 { 0.0 } else { self.matched as f64 / self.system as f64 };
        let r = if self.gold == 0 { 0.0 } else { self.matched as f64 / self.gold as f64 };
        (p, r, if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) })
    }
}

/// Does a system actor code name the gold actor (country + sector, as far as the gold goes)?
pub fn actor_matches(gold: &str, sys: &str) -> bool {
    let g: String = gold.chars().take(6).collect();
    !g.is_empty() && sys.chars().take(g.chars().count()).collect::<String>() == g
}

/// Score one sentence's triples, each gold and each system triple used once.
pub fn score_triples(gold: &[Coding], sys: &[Coding]) -> TripleScore {
    let mut used = vec![false; sys.len()];
    let mut matched = 0;
    for g in gold {
        if let Some(k) = (0..sys.len()).find(|&k| !used[k] && sys[k].code == g.code && actor_matches(&g.source, &sys[k].source) && actor_matches(&g.target, &sys[k].target)) {
            used[k] = true;
            matched += 1;
        }
    }
    TripleScore { gold: gold.len(), system: sys.len(), matched }
}

/// Is a record coded exactly right: every gold triple found and nothing else (the same triple
/// coded twice counts once)? A `noevents` record is right when nothing is coded.
pub fn record_right(gold: &[Coding], sys: &[Coding]) -> bool {
    let mut uniq: Vec<&Coding> = vec![];
    for c in sys {
        if !uniq.contains(&c) {
            uniq.push(c);
        }
    }
    let uniq: Vec<Coding> = uniq.into_iter().cloned().collect();
    let s = score_triples(gold, &uniq);
    s.matched == gold.len() && s.matched == uniq.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_and_triples() {
        let xml = r#"<Sentences><!-- a comment <Sentence id="x"> -->
<Sentence category="AFP" date="20080806" id="S1" evaluate="true"/>
<EventCoding eventcode="031" sourcecode="BRA" targetcode="USA" />
<EventCoding eventcode="031" sourcecode="USA" targetcode="BRA" />
<Text>
Brazil and the United States &amp; partners are seeking to deepen a partnership.
</Text>
<Parse>
</Parse></Sentence>
<Sentence date="20080807" id="S2" evaluate="false"/><EventCoding noevents="True"/><Text>Nothing.</Text></Sentence>
<Sentence date = "19950101" id ="E-1"  category="ERROR"><EventCoding noevents = "True"></EventCoding><EventCoding error="dateline"></EventCoding><Text>X.</Text></Sentence></Sentences>"#;
        let s = read_sentences(xml);
        assert_eq!(s.len(), 3);
        assert_eq!((s[2].id.as_str(), s[2].date.as_deref(), s[2].category.as_str(), s[2].noevents, s[2].error.as_deref()), ("E-1", Some("1995-01-01"), "ERROR", true, Some("dateline")));
        assert!(s[1].noevents && s[1].error.is_none() && !s[0].noevents);
        assert_eq!((s[0].id.as_str(), s[0].date.as_deref(), s[0].codings.len(), s[0].evaluate), ("S1", Some("2008-08-06"), 2, true));
        assert!(s[0].text.starts_with("Brazil and the United States & partners"));
        assert_eq!((s[1].codings.len(), s[1].evaluate), (0, false));
        let c = |a: &str, b: &str, e: &str| Coding { source: a.into(), target: b.into(), code: e.into() };
        let sc = score_triples(&s[0].codings, &[c("BRAGOV", "USAGOV", "031"), c("USA", "BRA", "036")]);
        assert_eq!((sc.matched, sc.gold, sc.system), (1, 2, 2));
        assert!(record_right(&s[0].codings, &[c("BRAGOV", "USAGOV", "031"), c("USA", "BRA", "031"), c("USA", "BRA", "031")]));
        assert!(!record_right(&s[0].codings, &[c("BRA", "USA", "031"), c("USA", "BRA", "031"), c("USA", "BRA", "036")]));
        assert!(record_right(&[], &[]) && !record_right(&[], &[c("USA", "BRA", "036")]));
        assert!(actor_matches("IGOUNO", "IGOUNOKIM") && !actor_matches("USAGOV", "USAMIL") && !actor_matches("USAGOV", "USA"));
    }
}
