//! PETRARCH / TABARI dictionaries read as an overlay on a language.
//!
//! Event coders of the KEDS–TABARI–PETRARCH line keep their knowledge in three text files: actors
//! (`NORTHLAND [NRT]`, synonyms on `+` lines, codes on their own indented lines), agents
//! (`FOREIGN_MINISTER [~GOVFRM]`, `!PERSON!` substitutions, `{plural}` forms) and verbs (`--- MEND
//! [064] ---` blocks of verbs and `- * FULL_TIES [064]` patterns, with `&SYNSET` word lists).
//! [`Dictionaries::parse`] reads them into warta's own structures and [`Dictionaries::overlay`]
//! makes a language that codes with them alone: the base language keeps its grammar (function
//! words, modality, reporting verbs, titles, months) and its names, agents and verbs are replaced.
//! This is how the PETRARCH unit-test suite, written against its own fictional dictionaries, is run,
//! and how anyone with dictionaries of their own can code with them.
//!
//! What the pattern language means here (warta has no parse tree, so patterns are token sequences):
//! words joined by `_` are adjacent; words separated by a space may have up to six tokens between
//! them (warta's `*` gap); `*` in a pattern is the verb; the role markers `$` (source), `+` (target),
//! `%` (compound) and `^` (skip) are dropped; `&SYNSET` is any of its members. A code `[---]` is a
//! blocker (nothing is coded); `[013:012]` keeps its first code; `[075A]` its digits. Actors whose
//! code depends on the date (`[NRTGOV 19950601 - 19990815]`) keep their undated code, else their
//! first, as the entry's default; the dated ones go with it (`GazEntry::dated`) and the entity stage takes
//! the one that holds on the document's date.

use crate::{DatedCode, EventPattern, GazEntry, Lang, LangError};
use std::collections::HashMap;

/// The three dictionaries, in warta's structures.
#[derive(Debug, Clone, Default)]
pub struct Dictionaries {
    /// Actors as gazetteer entries: a three-letter code is a country, a longer one an
    /// organisation with the code's first three letters as its country and the rest as its sector.
    pub actors: Vec<GazEntry>,
    /// Agent phrases (lower-case tokens) → sector code.
    pub agents: Vec<(Vec<String>, String)>,
    pub events: Vec<EventPattern>,
}

/// Comments removed: `<!-- … -->` anywhere (across lines) and `#` to the end of a line.
fn strip_comments(text: &str) -> String {
    warta_core::strip_xml_comments(text).lines().map(|l| l.split('#').next().unwrap_or("").trim_end().to_string()).collect::<Vec<_>>().join("\n")
}

fn bad(file: &str, line: usize, message: impl Into<String>) -> LangError {
    LangError::BadLine { file: file.to_string(), line, message: message.into() }
}

/// The contents of every `[…]` of a line.
fn brackets(s: &str) -> Vec<&str> {
    let mut out = vec![];
    let mut rest = s;
    while let Some(i) = rest.find('[') {
        let Some(j) = rest[i..].find(']') else { break };
        out.push(rest[i + 1..i + j].trim());
        rest = &rest[i + j + 1..];
    }
    out
}

/// The part of a line before its first `[` or `{`.
fn head(s: &str) -> &str {
    s.split(['[', '{']).next().unwrap_or("").trim()
}

/// "NORTHLAND", "NORTH_CAPITAL" → "Northland", "North Capital". A name of three letters or fewer stays
/// upper-case (an acronym: "IMF"); warta's gazetteer matches acronyms by exact case and other
/// names from a capital.
fn display_name(raw: &str) -> String {
    let words: Vec<&str> = raw.split(['_', ' ']).filter(|w| !w.is_empty()).collect();
    let letters = words.iter().flat_map(|w| w.chars()).filter(|c| c.is_alphabetic()).count();
    if words.len() == 1 && letters <= 3 {
        return words[0].to_uppercase();
    }
    words
        .iter()
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f.to_uppercase().chain(cs.flat_map(char::to_lowercase)).collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A name without a closing `_` is a stem in these dictionaries ("BOLIVI" is Bolivia and
/// Bolivian): it also names the usual English derivations of its last word.
fn actor_names(raw: &str) -> Vec<String> {
    let raw = raw.trim();
    let exact = raw.ends_with('_');
    let base = display_name(raw.trim_end_matches('_'));
    if base.is_empty() {
        return vec![];
    }
    let mut out = vec![base.clone()];
    if !exact && base.chars().filter(|c| c.is_alphabetic()).count() > 3 {
        for suffix in ["s", "a", "e", "i", "n", "an", "ans", "ian", "ians", "is", "ese", "ns"] {
            out.push(format!("{base}{suffix}"));
        }
    }
    out
}

/// A code of an actor entry, with its date restriction: `NRT`, `NRT <950601`, `NRTGOV 19950601 - 19990815`,
/// `NRTREB >20130119` → (code, from, to) with ISO dates, empty when open.
fn actor_code(inner: &str) -> Option<(String, String, String)> {
    let mut parts = inner.split_whitespace();
    let code = parts.next()?.split('/').next()?.to_uppercase();
    if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '+') {
        return None;
    }
    let rest: String = parts.collect();
    let iso = |d: &str| -> Option<String> {
        let d = d.trim();
        let full = match d.len() {
            8 => d.to_string(),
            // six digits are YYMMDD; the files' two-digit years are 1930-2029
            6 => format!("{}{d}", if d[..2].parse::<u32>().ok()? >= 30 { "19" } else { "20" }),
            _ => return None,
        };
        full.chars().all(|c| c.is_ascii_digit()).then(|| format!("{}-{}-{}", &full[..4], &full[4..6], &full[6..]))
    };
    let (from, to) = if rest.is_empty() {
        (String::new(), String::new())
    } else if let Some(d) = rest.strip_prefix('<') {
        (String::new(), iso(d)?)
    } else if let Some(d) = rest.strip_prefix('>') {
        (iso(d)?, String::new())
    } else {
        let (a, b) = rest.split_once('-')?;
        (iso(a)?, iso(b)?)
    };
    Some((code, from, to))
}

/// A code's country and sector: three letters are a country; a longer code is the first three
/// letters' country with the rest as its sector; `---` and `+++` name no country.
fn split_code(code: &str) -> (bool, Option<String>, Option<String>) {
    let letters = |c: &str| c.chars().all(|ch| ch.is_ascii_alphabetic());
    if code.len() == 3 && letters(code) {
        (true, Some(code.to_string()), None)
    } else if code.len() > 3 && letters(&code[..3]) {
        (false, Some(code[..3].to_string()), Some(code[3..].to_string()))
    } else {
        (false, None, None)
    }
}

fn actor_entry(names: &[String], codes: &[(String, String, String)]) -> Option<GazEntry> {
    let first = names.first()?;
    let undated = |c: &&(String, String, String)| c.1.is_empty() && c.2.is_empty();
    let (code, _, _) = codes.iter().find(undated).or_else(|| codes.first())?;
    let (is_country, country, sector) = split_code(code);
    let dated: Vec<DatedCode> = codes
        .iter()
        .filter(|c| !undated(c))
        .map(|(c, from, to)| {
            let (_, country, sector) = split_code(c);
            DatedCode { country, sector, from: from.clone(), to: to.clone() }
        })
        .collect();
    let names: Vec<String> = names.iter().flat_map(|n| actor_names(n)).collect();
    // a country is an actor whose every code is a country's (a sector at some date makes it an actor of that country)
    let etype = if is_country && dated.iter().all(|d| d.sector.is_none()) { "COUNTRY" } else { "ORG" };
    Some(GazEntry { id: format!("petrarch:{}", first.trim_end_matches('_').to_lowercase()), names, etype: etype.into(), country, sector, dated, national: false, regional: false, guarded: false, tagger_feature: true })
}

/// Read an actor dictionary.
pub fn parse_actors(text: &str) -> Vec<GazEntry> {
    let text = strip_comments(text);
    let mut out = vec![];
    let (mut names, mut codes): (Vec<String>, Vec<(String, String, String)>) = (vec![], vec![]);
    let take = |line: &str, codes: &mut Vec<(String, String, String)>| codes.extend(brackets(line).into_iter().filter_map(actor_code));
    for line in text.lines() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        if let Some(syn) = t.strip_prefix('+') {
            names.push(head(syn).to_string());
            take(syn, &mut codes);
        } else if t.starts_with('[') {
            take(t, &mut codes);
        } else {
            out.extend(actor_entry(&names, &codes));
            names = vec![head(t).to_string()];
            codes.clear();
            take(t, &mut codes);
        }
    }
    out.extend(actor_entry(&names, &codes));
    out
}

fn plural(w: &str) -> String {
    if w.ends_with('y') && !w.ends_with("ay") && !w.ends_with("ey") && !w.ends_with("oy") {
        format!("{}ies", &w[..w.len() - 1])
    } else if w.ends_with('s') || w.ends_with('x') || w.ends_with("ch") || w.ends_with("sh") {
        format!("{w}es")
    } else if let Some(stem) = w.strip_suffix("man") {
        format!("{stem}men")
    } else {
        format!("{w}s")
    }
}

fn words(s: &str) -> Vec<String> {
    s.split(['_', ' ']).filter(|w| !w.is_empty()).map(|w| w.to_lowercase()).collect()
}

/// Read an agent dictionary: `!NAME! = A, B` substitutions, then `PHRASE {PLURALS} [~CODE]`.
pub fn parse_agents(text: &str) -> Result<Vec<(Vec<String>, String)>, LangError> {
    let text = strip_comments(text);
    let mut subst: HashMap<String, Vec<String>> = HashMap::new();
    let mut out = vec![];
    for (n, line) in text.lines().enumerate() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        if t.starts_with('!') {
            if let Some((k, v)) = t.split_once('=') {
                subst.insert(k.trim().to_string(), v.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect());
                continue;
            }
        }
        let Some(code) = brackets(t).first().map(|c| c.replace('~', "").trim().to_uppercase()) else {
            return Err(bad("agents", n + 1, format!("no [code] in `{t}`")));
        };
        if code.is_empty() {
            continue;
        }
        let name = head(t);
        let explicit: Vec<String> = t.find('{').and_then(|i| t[i..].find('}').map(|j| t[i + 1..i + j].to_string())).map(|s| s.split_whitespace().map(String::from).collect()).unwrap_or_default();
        // expand `!NAME!` substitutions (one level, as the dictionaries use them)
        let mut names = vec![name.to_string()];
        for (k, vals) in &subst {
            names = names.iter().flat_map(|nm| if nm.contains(k.as_str()) { vals.iter().map(|v| nm.replace(k.as_str(), v)).collect() } else { vec![nm.clone()] }).collect();
        }
        for nm in names {
            let w = words(&nm);
            if w.is_empty() {
                continue;
            }
            let mut pl = w.clone();
            if let Some(last) = pl.last_mut() {
                *last = plural(last);
            }
            out.push((w, code.clone()));
            if explicit.is_empty() {
                out.push((pl, code.clone()));
            }
        }
        for e in &explicit {
            out.push((words(e), code.clone()));
        }
    }
    Ok(out)
}

/// English inflection of a verb: base, -s, -ed, -ing.
fn inflect(b: &str) -> Vec<String> {
    let ends_cons_y = b.len() > 1 && b.ends_with('y') && !matches!(b.as_bytes()[b.len() - 2], b'a' | b'e' | b'i' | b'o' | b'u');
    if let Some(stem) = b.strip_suffix('e') {
        vec![b.into(), format!("{b}s"), format!("{b}d"), format!("{stem}ing")]
    } else if ends_cons_y {
        vec![b.into(), format!("{}ies", &b[..b.len() - 1]), format!("{}ied", &b[..b.len() - 1]), format!("{b}ing")]
    } else if b.ends_with('s') || b.ends_with('x') || b.ends_with('z') || b.ends_with("ch") || b.ends_with("sh") {
        vec![b.into(), format!("{b}es"), format!("{b}ed"), format!("{b}ing")]
    } else {
        vec![b.into(), format!("{b}s"), format!("{b}ed"), format!("{b}ing")]
    }
}

/// `[064]` → 064, `[013:012]` → 013, `[075A]` → 075, `[---]` → the blocker `-`; anything else none.
fn verb_code(inner: &str) -> Option<String> {
    let first = inner.split(':').next()?.trim();
    if first == "---" {
        return Some("-".into());
    }
    let digits: String = first.chars().take_while(|c| c.is_ascii_digit()).collect();
    (2..=4).contains(&digits.len()).then_some(digits)
}

/// One element of a pattern: a word, the verb, a synset, or a gap.
#[derive(Debug, Clone, PartialEq)]
enum Item {
    Word(String),
    Verb,
    Set(String),
    Gap,
}

/// "SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS" → words, the verb, sets and gaps (a space is a gap,
/// `_` joins; role markers dropped).
fn pattern_items(p: &str) -> Vec<Item> {
    let mut out = vec![];
    for group in p.split_whitespace() {
        let mut any = false;
        for w in group.split('_') {
            let w = w.trim_matches(|c| matches!(c, '$' | '+' | '%' | '^'));
            if w.is_empty() {
                continue;
            }
            if !any && !out.is_empty() && out.last() != Some(&Item::Gap) {
                out.push(Item::Gap);
            }
            any = true;
            out.push(if w == "*" {
                Item::Verb
            } else if let Some(s) = w.strip_prefix('&') {
                Item::Set(s.to_uppercase())
            } else {
                Item::Word(w.to_lowercase())
            });
        }
    }
    while out.last() == Some(&Item::Gap) {
        out.pop();
    }
    out
}

/// Every token sequence of a pattern for one verb form, at most `cap` of them.
fn expand(items: &[Item], verb: &[String], sets: &HashMap<String, Vec<Vec<String>>>, cap: usize) -> Vec<Vec<String>> {
    let mut seqs: Vec<Vec<String>> = vec![vec![]];
    for it in items {
        let alts: Vec<Vec<String>> = match it {
            Item::Word(w) => vec![vec![w.clone()]],
            Item::Verb => vec![verb.to_vec()],
            Item::Gap => vec![vec!["*".into()]],
            Item::Set(s) => sets.get(s).cloned().unwrap_or_default(),
        };
        if alts.is_empty() {
            return vec![];
        }
        seqs = seqs.iter().flat_map(|s| alts.iter().map(move |a| s.iter().chain(a).cloned().collect::<Vec<_>>())).take(cap).collect();
    }
    seqs
}

/// Read a verb dictionary (`&SYNSET` lists, `--- NAME [code] ---` blocks of verbs and patterns).
pub fn parse_verbs(text: &str) -> Vec<EventPattern> {
    let text = strip_comments(text);
    // synsets first: a set may be used before it is defined, and may hold other sets
    let mut raw_sets: HashMap<String, Vec<String>> = HashMap::new();
    let mut cur: Option<String> = None;
    for line in text.lines() {
        let t = line.trim();
        if let Some(name) = t.strip_prefix('&').filter(|_| line.starts_with('&')) {
            let name = name.trim().trim_end_matches('_').to_uppercase();
            raw_sets.entry(name.clone()).or_default();
            cur = Some(name);
        } else if let (Some(m), Some(name)) = (t.strip_prefix('+'), &cur) {
            raw_sets.entry(name.clone()).or_default().push(m.trim().to_string());
        } else {
            cur = None;
        }
    }
    let mut sets: HashMap<String, Vec<Vec<String>>> = HashMap::new();
    fn members(name: &str, raw: &HashMap<String, Vec<String>>, depth: usize) -> Vec<Vec<String>> {
        let mut out = vec![];
        for m in raw.get(name).into_iter().flatten() {
            if let Some(inner) = m.strip_prefix('&') {
                if depth < 4 {
                    out.extend(members(&inner.trim_end_matches('_').to_uppercase(), raw, depth + 1));
                }
            } else {
                let w = words(m);
                if !w.is_empty() {
                    out.push(w);
                }
            }
        }
        out
    }
    for name in raw_sets.keys() {
        sets.insert(name.clone(), members(name, &raw_sets, 0));
    }
    // blocks
    struct Block {
        code: Option<String>,
        verbs: Vec<(Vec<Vec<String>>, Option<String>)>,
        patterns: Vec<(Vec<Item>, String)>,
    }
    let mut blocks: Vec<Block> = vec![];
    let mut in_block = false;
    for line in text.lines() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        if line.starts_with('&') {
            in_block = false;
            continue;
        }
        if let Some(h) = t.strip_prefix("---").filter(|h| h.trim_end().ends_with("---")) {
            let code = brackets(h).first().and_then(|c| verb_code(c));
            blocks.push(Block { code, verbs: vec![], patterns: vec![] });
            in_block = true;
            continue;
        }
        let Some(b) = blocks.last_mut().filter(|_| in_block) else { continue };
        if let Some(p) = t.strip_prefix('-') {
            let Some(code) = brackets(p).last().and_then(|c| verb_code(c)) else { continue };
            let items = pattern_items(head(p));
            if items.contains(&Item::Verb) {
                b.patterns.push((items, code));
            }
            continue;
        }
        // a verb: `WORD {FORMS} [code]`; `_` joins a particle ("CALL_OFF"), `+` marks are dropped
        let name = head(t).replace('+', "");
        let w = words(&name);
        let Some(first) = w.first() else { continue };
        let rest = &w[1..];
        let explicit: Vec<String> = t.find('{').and_then(|i| t[i..].find('}').map(|j| t[i + 1..i + j].to_string())).map(|s| s.split_whitespace().map(|f| words(f).into_iter().next().unwrap_or_default()).filter(|f| !f.is_empty()).collect()).unwrap_or_default();
        let heads = if explicit.is_empty() { inflect(first) } else { std::iter::once(first.clone()).chain(explicit).collect() };
        let forms: Vec<Vec<String>> = heads.into_iter().map(|h| std::iter::once(h).chain(rest.iter().cloned()).collect()).collect();
        let code = brackets(t).first().and_then(|c| verb_code(c));
        b.verbs.push((forms, code));
    }
    let mut out = vec![];
    let push = |out: &mut Vec<EventPattern>, tokens: Vec<String>, code: &str| {
        if tokens.first().is_some_and(|f| f != "*") {
            out.push(EventPattern { tokens, code: code.to_string(), frame: "svo".into(), modality: None, person: false });
        }
    };
    for b in &blocks {
        for (forms, code) in &b.verbs {
            if let Some(c) = code.as_ref().or(b.code.as_ref()) {
                for f in forms {
                    push(&mut out, f.clone(), c);
                }
            }
            for (items, c) in &b.patterns {
                for f in forms {
                    for seq in expand(items, f, &sets, 64) {
                        push(&mut out, seq, c);
                    }
                }
            }
        }
    }
    out
}

impl Dictionaries {
    /// Read the three dictionaries (their text, as the files hold it).
    pub fn parse(actors: &str, agents: &str, verbs: &str) -> Result<Dictionaries, LangError> {
        Ok(Dictionaries { actors: parse_actors(actors), agents: parse_agents(agents)?, events: parse_verbs(verbs) })
    }

    /// A language named `code` that codes with these dictionaries alone: `base`'s grammar with
    /// its gazetteer, office holders, agents and event patterns replaced.
    pub fn overlay(&self, base: &Lang, code: &str) -> Lang {
        let mut l = base.clone();
        l.code = code.to_string();
        l.gazetteer = self.actors.clone();
        l.officials.clear();
        l.agents = self.agents.clone();
        l.events = self.events.clone();
        l.petrarch_codes = true;
        l.index();
        l
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actors_read_synonyms_indented_codes_and_stems() {
        let a = parse_actors(
            "<!-- header\n spanning lines -->\nNORTHLAND_  [NRT] # a comment\n+NORTH_CAPITAL\nWESTMARCH\n\t[WST < 900101]\n\t[WSTGOV]\nRIVER GUARD [NRTMIL]\nIMF  [IMF]\nNOBODY [---]\nTURNCOAT [NRT]\n\t[NRTGOV 20121109-20130119]\n\t[NRTREB >130119]\n",
        );
        assert_eq!(a.len(), 6);
        assert_eq!(a[5].dated.iter().map(|d| (d.sector.as_deref(), d.from.as_str(), d.to.as_str())).collect::<Vec<_>>(), vec![(Some("GOV"), "2012-11-09", "2013-01-19"), (Some("REB"), "2013-01-19", "")]);
        assert!(a[5].dated[0].holds_on("2013-01-01") && !a[5].dated[0].holds_on("2013-01-19") && a[5].dated[1].holds_on("2013-01-19"));
        assert_eq!((a[0].etype.as_str(), a[0].country.as_deref()), ("COUNTRY", Some("NRT")));
        // a closing `_` makes a name exact; other names are stems
        assert!(a[0].names.contains(&"North Capital".to_string()) && a[0].names.contains(&"North Capitals".to_string()));
        assert!(a[0].names.contains(&"Northland".to_string()) && !a[0].names.contains(&"Northlands".to_string()));
        // the undated code is the default; the dated one goes with it
        assert_eq!((a[1].country.as_deref(), a[1].sector.as_deref()), (Some("WST"), Some("GOV")));
        assert_eq!(a[1].dated, vec![DatedCode { country: Some("WST".into()), sector: None, from: String::new(), to: "1990-01-01".into() }]);
        assert!(a[1].names.contains(&"Westmarchian".to_string()));
        assert_eq!((a[2].etype.as_str(), a[2].country.as_deref(), a[2].sector.as_deref()), ("ORG", Some("NRT"), Some("MIL")));
        assert_eq!(a[3].names, vec!["IMF"]);
        assert_eq!((a[4].country.as_deref(), a[4].sector.as_deref()), (None, None));
    }

    #[test]
    fn agents_expand_substitutions_and_plurals() {
        let g = parse_agents("!PERSON! = MAN, WOMAN\nAMBASSADOR [~GOV]\nCONGRESS!PERSON! [~LEG]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\nPOLICY {} [~GOVX]\n").unwrap();
        let has = |p: &str, c: &str| g.iter().any(|(w, k)| w.join(" ") == p && k == c);
        assert!(has("ambassador", "GOV") && has("ambassadors", "GOV"));
        assert!(has("congressman", "LEG") && has("congressmen", "LEG") && has("congresswoman", "LEG") && has("congresswomen", "LEG"));
        assert!(has("attorney general", "GOV") && has("attorneys general", "GOV") && !has("attorney generals", "GOV"));
        assert!(has("policies", "GOVX"));
        assert!(parse_agents("NO CODE HERE\n").is_err());
    }

    #[test]
    fn verbs_read_blocks_patterns_synsets_and_blockers() {
        let v = parse_verbs(
            "&KIND\n+TRADE\n+&MORE\n\n&MORE\n+CULTURAL LINKS\n\n--- MEND  [064]  ---\nMEND\n+PATCH_UP {PATCHED_UP PATCHING_UP}\n- * FULL_&KIND TIES [065:066]\n- SAID * TO  [---]\n\n--- ACCORD  [---] ---\nACCORD\n- IN_* [075A]\n",
        );
        let has = |p: &str, c: &str| v.iter().any(|e| e.tokens.join(" ") == p && e.code == c);
        assert!(has("mend", "064") && has("mends", "064") && has("mended", "064") && has("mending", "064"));
        assert!(has("patched up", "064") && has("patching up", "064") && !has("patchs up", "064"));
        assert!(has("mended * full trade * ties", "065"));
        assert!(has("mended * full cultural links * ties", "065"));
        assert!(has("said * mend * to", "-"));
        assert!(has("accord", "-") && has("in accorded", "075"));
        assert!(v.iter().all(|e| e.tokens.first().is_some_and(|t| t != "*")));
    }

    #[test]
    fn an_overlay_keeps_the_grammar_and_replaces_the_knowledge() {
        let base = crate::lang("en").unwrap();
        let d = Dictionaries::parse("NORTHLAND [NRT]\n", "ENVOY [~GOV]\n", "--- MEND [064] ---\nMEND\n").unwrap();
        let l = d.overlay(base, "en-test-overlay");
        assert_eq!((l.gazetteer.len(), l.agents.len(), l.events.len()), (1, 2, 4));
        assert!(l.officials.is_empty());
        assert_eq!(l.months, base.months);
        assert_eq!(l.function_words, base.function_words);
        let r = crate::register(l).unwrap();
        assert!(std::ptr::eq(crate::lang("en-test-overlay").unwrap(), r));
        assert!(matches!(crate::register(d.overlay(base, "en-test-overlay")), Err(LangError::Taken(_))));
        assert!(matches!(crate::register(d.overlay(base, "en")), Err(LangError::Taken(_))));
    }
}
