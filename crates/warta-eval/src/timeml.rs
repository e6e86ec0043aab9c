//! TempEval-3 (TimeML) reading and scoring, as the official TE3 task A evaluation counts it:
//! extents strict (same span) and relaxed (overlapping spans), one system TIMEX3 per gold one;
//! value accuracy over relaxed matches; value F1 = harmonic mean of correct values / system and
//! correct values / gold (the same as value accuracy × relaxed extent F1).

use serde::Serialize;

/// A TIMEX3 in the plain text of a document (byte offsets).
#[derive(Debug, Clone, PartialEq)]
pub struct Timex {
    pub start: usize,
    pub end: usize,
    pub value: String,
    pub ttype: String,
}

/// A TimeML document: its creation time, plain text (tags removed, entities decoded) and TIMEX3s.
#[derive(Debug, Clone)]
pub struct TimeMlDoc {
    pub dct: Option<String>,
    pub text: String,
    pub timexes: Vec<Timex>,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let pat = format!(" {name}=\"");
    let i = tag.find(&pat)? + pat.len();
    let j = tag[i..].find('"')? + i;
    Some(tag[i..j].to_string())
}

fn decode(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

/// Read a `.tml` file's DCT and the TIMEX3s of its `<TEXT>`.
pub fn read_timeml(xml: &str) -> Option<TimeMlDoc> {
    let dct = xml.find("functionInDocument=\"CREATION_TIME\"").and_then(|i| {
        let start = xml[..i].rfind('<')?;
        let end = xml[i..].find('>')? + i;
        attr(&xml[start..=end], "value")
    });
    let body_start = xml.find("<TEXT>")? + "<TEXT>".len();
    let body_end = xml[body_start..].find("</TEXT>")? + body_start;
    let src = &xml[body_start..body_end];
    let mut text = String::new();
    let mut timexes = vec![];
    let mut open: Option<(usize, String, String)> = None;
    let mut i = 0;
    while i < src.len() {
        if src.as_bytes()[i] == b'<' {
            let Some(j) = src[i..].find('>').map(|j| j + i) else { break };
            let tag = &src[i..=j];
            if tag.starts_with("<TIMEX3") {
                open = Some((text.len(), attr(tag, "value").unwrap_or_default(), attr(tag, "type").unwrap_or_default()));
            } else if tag.starts_with("</TIMEX3") {
                if let Some((s, value, ttype)) = open.take() {
                    timexes.push(Timex { start: s, end: text.len(), value, ttype });
                }
            }
            i = j + 1;
        } else {
            let j = src[i..].find('<').map(|j| j + i).unwrap_or(src.len());
            text.push_str(&decode(&src[i..j]));
            i = j;
        }
    }
    Some(TimeMlDoc { dct, text, timexes })
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct TimexScore {
    pub gold: usize,
    pub system: usize,
    pub strict: usize,
    pub relaxed: usize,
    pub value_correct: usize,
    pub type_correct: usize,
}

fn f1(hit_p: usize, sys: usize, hit_r: usize, gold: usize) -> (f64, f64, f64) {
    let p = if sys == 0 { 0.0 } else { hit_p as f64 / sys as f64 };
    let r = if gold == 0 { 0.0 } else { hit_r as f64 / gold as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

impl TimexScore {
    pub fn add(&mut self, o: &TimexScore) {
        self.gold += o.gold;
        self.system += o.system;
        self.strict += o.strict;
        self.relaxed += o.relaxed;
        self.value_correct += o.value_correct;
        self.type_correct += o.type_correct;
    }
    pub fn strict_prf(&self) -> (f64, f64, f64) {
        f1(self.strict, self.system, self.strict, self.gold)
    }
    pub fn relaxed_prf(&self) -> (f64, f64, f64) {
        f1(self.relaxed, self.system, self.relaxed, self.gold)
    }
    pub fn value_prf(&self) -> (f64, f64, f64) {
        f1(self.value_correct, self.system, self.value_correct, self.gold)
    }
    pub fn value_accuracy(&self) -> f64 {
        if self.relaxed == 0 {
            0.0
        } else {
            self.value_correct as f64 / self.relaxed as f64
        }
    }
}

/// Match system TIMEX3s to gold ones: each gold at most once, the exact span first, then the
/// overlapping system expression that starts closest.
pub fn score_timexes(gold: &[Timex], sys: &[Timex]) -> TimexScore {
    let mut s = TimexScore { gold: gold.len(), system: sys.len(), ..Default::default() };
    let mut used = vec![false; sys.len()];
    for g in gold {
        let exact = sys.iter().enumerate().find(|(k, x)| !used[*k] && x.start == g.start && x.end == g.end).map(|(k, _)| k);
        let pick = exact.or_else(|| {
            sys.iter().enumerate().filter(|(k, x)| !used[*k] && x.start < g.end && g.start < x.end).min_by_key(|(_, x)| x.start.abs_diff(g.start)).map(|(k, _)| k)
        });
        if let Some(k) = pick {
            used[k] = true;
            s.relaxed += 1;
            if exact.is_some() {
                s.strict += 1;
            }
            if sys[k].value == g.value {
                s.value_correct += 1;
            }
            if sys[k].ttype == g.ttype {
                s.type_correct += 1;
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"<TimeML><DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2013-03-22">March 22, 2013</TIMEX3></DCT>
<TEXT>
It started <TIMEX3 tid="t1" type="DURATION" value="P1M">a month</TIMEX3> early &amp; ended <TIMEX3 tid="t3" type="DATE" value="2013-03-22">Friday</TIMEX3>.
</TEXT></TimeML>"#;

    #[test]
    fn timeml_text_and_spans_line_up() {
        let d = read_timeml(DOC).unwrap();
        assert_eq!(d.dct.as_deref(), Some("2013-03-22"));
        let spans: Vec<(&str, &str, &str)> = d.timexes.iter().map(|t| (&d.text[t.start..t.end], t.value.as_str(), t.ttype.as_str())).collect();
        assert_eq!(spans, vec![("a month", "P1M", "DURATION"), ("Friday", "2013-03-22", "DATE")]);
        assert!(d.text.contains("early & ended"));
    }

    #[test]
    fn strict_relaxed_and_value_counts() {
        let g = |s, e, v: &str| Timex { start: s, end: e, value: v.into(), ttype: "DATE".into() };
        let gold = [g(0, 10, "2013-03"), g(20, 26, "2013-03-22"), g(40, 45, "P1Y")];
        // exact + right value; overlapping + wrong value; one spurious
        let sys = [g(0, 10, "2013-03"), g(18, 26, "2013-03-21"), g(60, 64, "2012")];
        let s = score_timexes(&gold, &sys);
        assert_eq!((s.strict, s.relaxed, s.value_correct), (1, 2, 1));
        let (p, r, f) = s.value_prf();
        assert!((p - 1.0 / 3.0).abs() < 1e-9 && (r - 1.0 / 3.0).abs() < 1e-9 && (f - 1.0 / 3.0).abs() < 1e-9);
        assert!((s.value_accuracy() - 0.5).abs() < 1e-9);
    }
}
