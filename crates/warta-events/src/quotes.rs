//! Quotations and who said them.

use crate::actors::ActorRef;
use crate::coder::Analysis;
use warta_core::{Doc, EntityType, Quote};
use warta_lang::Lang;

/// Spans (byte offsets, inside the marks) of quotations: “…” pairs, and straight "…" pairs within a paragraph.
pub fn quote_spans(doc: &Doc) -> Vec<(usize, usize)> {
    let mut out = vec![];
    for (pi, p) in doc.article.paragraphs.iter().enumerate() {
        let base = doc.paragraph_starts[pi];
        let mut open: Option<usize> = None;
        let mut straight: Option<usize> = None;
        for (b, c) in p.char_indices() {
            match c {
                '“' if open.is_none() => open = Some(b + c.len_utf8()),
                '”' => {
                    if let Some(s) = open.take() {
                        out.push((base + s, base + b));
                    }
                }
                '"' => match straight.take() {
                    Some(s) => out.push((base + s, base + b)),
                    None => straight = Some(b + 1),
                },
                _ => {}
            }
        }
    }
    out.retain(|(a, b)| b > a);
    out.sort();
    out
}

pub fn find_quotes(doc: &Doc, lang: &'static Lang, actors: &[ActorRef]) -> Vec<Quote> {
    let an = Analysis::new(doc, lang, actors);
    let tok_of = |b: usize| doc.tokens.partition_point(|t| t.span.end <= b);
    let mut out: Vec<Quote> = vec![];
    let mut prev: Option<(usize, Option<String>, Option<String>)> = None; // (paragraph, speaker, name)
    for (qs, qe) in quote_spans(doc) {
        // (the sentence of the opening mark: "“" is three bytes, '"' one — a quote that opens a sentence is not the
        // sentence before it's)
        let mark = doc.body[..qs].chars().next_back().map_or(0, char::len_utf8);
        let Some(s) = doc.sentence_at(qs.saturating_sub(mark)).or(doc.sentence_at(qs)) else { continue };
        let r = doc.sentence_tokens(s);
        let qtok = tok_of(qs);
        let qend_tok = tok_of(qe);
        let para = doc.sentences[s].paragraph;
        let name_of = |a: &ActorRef| -> (Option<String>, Option<String>) {
            let id = a.entity.clone().or(a.country.clone());
            let name = id.as_ref().and_then(|i| doc.entity(i)).map(|e| e.name.clone()).or_else(|| Some(doc.body[a.span.start..a.span.end].to_string()));
            (id, name)
        };
        let mut speaker: (Option<String>, Option<String>) = (None, None);
        // (a) the side named right before the last reporting verb ahead of the quote ("X has recalled its
        // envoy …, with Y saying it was "…""), else the sentence's subject, when it comes before the quote
        let verb_before = (r.start..qtok).rev().find(|&k| lang.reporting_pre_words.contains(&doc.tokens[k].lower));
        let named_before_verb = verb_before.and_then(|v| an.actors.iter().find(|a| a.tok_end == v && a.tok_start >= r.start && a.etype == Some(EntityType::Person)));
        // (a city opening the sentence right before its verb stands for its state and is the subject, not the side
        // after the verb: "New Delhi summoned X and rejected the accusations as "…"")
        let city_subject = an.actors.iter().find(|a| a.tok_start >= r.start && a.tok_start < qtok).filter(|a| a.place && a.etype == Some(EntityType::City) && a.country.is_some() && doc.tokens.get(a.tok_end).is_some_and(|t| t.sentence == s && lang.verb_form(&t.lower)));
        // (a quotation right after a verb of naming names a thing in the words of the one right before the verb, class
        // `label_verb`: "ordered what he called "decisive" action" — his, not the sentence subject's)
        // (… or before its object, up to three lower-case words: "X called the diversion "…"")
        let label_at = (qtok >= 3 && qtok - 2 >= r.start).then(|| (qtok.saturating_sub(5).max(r.start)..=qtok - 2).rev().find(|&v| lang.has_class(&doc.tokens[v].lower, "label_verb") && (v + 1..qtok - 1).all(|m| doc.tokens[m].kind == warta_core::TokenKind::Word && !doc.tokens[m].cap))).flatten();
        let labeller = label_at.and_then(|v| an.actors.iter().find(|a| a.tok_end == v && a.tok_start >= r.start && (a.etype == Some(EntityType::Person) || a.anaphor.as_deref() == Some("person")))).and_then(|a| an.resolve(a, s, true));
        if let Some(x) = labeller {
            speaker = name_of(&x);
        } else if let Some(c) = city_subject.filter(|_| named_before_verb.is_none()) {
            speaker = name_of(&ActorRef { entity: None, ..c.clone() });
        } else if let Some(subj) = named_before_verb.or_else(|| an.first_actor(r.start, qtok.saturating_sub(0)).filter(|a| a.tok_start < qtok)) {
            // "Police spokesman Orlando Mudumane said …": the person named right after an
            // institution or agent speaks for it
            let subj = an.actors.iter().find(|p| p.tok_start == subj.tok_end && p.tok_start < qtok && p.etype == Some(EntityType::Person)).unwrap_or(subj);
            if let Some(x) = an.resolve(subj, s, false) {
                speaker = name_of(&x);
            }
        }
        // (b) after the quote, in the sentence where it closes: "…,” kata X", "…," said X", "…," X said
        if speaker.0.is_none() {
            let se = doc.sentence_at(qe).unwrap_or(s);
            let re = doc.sentence_tokens(se);
            let mut k = qend_tok + 1;
            while k < re.end && matches!(doc.tokens[k].lower.as_str(), "," | "”" | "\"" | "." ) {
                k += 1;
            }
            // the person in apposition after a comma within eight words past token `from`, plain words and commas between
            // ("…," said the bloc's envoy, former Chilean President X)
            let apposed = |from: usize| an.actors.iter().find(|p| p.etype == Some(EntityType::Person) && p.anaphor.is_none() && p.tok_start > from && p.tok_start <= from + 8 && p.tok_end <= re.end && (from..p.tok_start).any(|x| doc.tokens[x].lower == ",") && (from..p.tok_start).all(|x| doc.tokens[x].kind == warta_core::TokenKind::Word || doc.tokens[x].lower == ","));
            let verb_at = |k: usize| lang.reporting.iter().find(|(p, pos)| pos != "accord" && p.iter().enumerate().all(|(n, w)| doc.tokens.get(k + n).is_some_and(|t| t.lower == *w))).map(|(p, _)| p.len());
            let found = if let Some(len) = verb_at(k) {
                // ("…," kata juru bicara <kementerian>: a title the language lists, with no name after it, speaks
                // for the body named right after it)
                let t0 = k + len;
                // (looked up only when no side follows the verb at once, and only when a lower-case word does)
                let title = || {
                    if doc.tokens.get(t0).is_none_or(|x| x.cap || x.kind != warta_core::TokenKind::Word) {
                        return 0;
                    }
                    lang.titles.iter().filter(|t| t.phrase.iter().enumerate().all(|(n, w)| doc.tokens.get(t0 + n).is_some_and(|x| x.lower == *w && !x.cap))).map(|t| t.phrase.len()).max().unwrap_or(0)
                };
                an.actors.iter().find(|a| a.tok_start >= t0 && a.tok_start <= t0 + 1 && a.tok_start < re.end).or_else(|| {
                    let m = title();
                    (m > 0).then(|| an.actors.iter().find(|a| a.tok_start >= t0 + m && a.tok_start <= t0 + m + 1 && a.tok_start < re.end)).flatten()
                })
                // (or a person in apposition after a comma, the words before it those of an office no list has: "…," said the
                // bloc's envoy, former Chilean President X)
                .or_else(|| apposed(t0).filter(|p| p.tok_start > t0 + 1))
                // (or past up to three capitalised words of a title the language does not list, a person, or past up to four an
                // organisation with its person right after it: "…," kata Kabid Humas <polda> X — no place, "kata Kepala Desa <desa> X")
                .or_else(|| {
                    let person_after = |a: &ActorRef| an.actors.iter().any(|p| p.etype == Some(EntityType::Person) && p.tok_start >= a.tok_end && p.tok_start <= a.tok_end + 1 && p.tok_start < re.end);
                    an.actors.iter().find(|a| a.tok_start > t0 + 1 && a.tok_start <= t0 + 4 && a.tok_start < re.end && !a.place && ((a.etype == Some(EntityType::Person) && a.tok_start <= t0 + 3) || (a.etype == Some(EntityType::Org) && person_after(a))) && (t0..a.tok_start).all(|m| doc.tokens[m].cap && doc.tokens[m].kind == warta_core::TokenKind::Word))
                })
                // (or the person set off by a comma after a long title of capitalised words and the language's function and stop words:
                // "…," kata Direktur Penyidikan pada <jabatan> <lembaga>, X, dalam jumpa pers)
                .or_else(|| {
                    let title_word = |m: usize| doc.tokens[m].kind == warta_core::TokenKind::Word && (doc.tokens[m].cap || lang.function_words.contains_key(&doc.tokens[m].lower) || lang.is_stopword(&doc.tokens[m].lower));
                    let opens = doc.tokens.get(t0).is_some_and(|t| t.cap && t.kind == warta_core::TokenKind::Word);
                    an.actors.iter().find(|p| opens && p.etype == Some(EntityType::Person) && p.anaphor.is_none() && p.tok_start > t0 + 1 && p.tok_start <= t0 + 16 && p.tok_end <= re.end && doc.tokens[p.tok_start - 1].lower == "," && (t0..p.tok_start - 1).all(title_word))
                })
            } else {
                // (after up to four capitalised words of a title the language does not list: "…," Acting
                // Chief Judge X said)
                // (or with an apposition set off by commas before the verb: "…," X, the aide who led the
                // team, told reporters)
                let appositive_verb = |e: usize| doc.tokens.get(e).is_some_and(|t| t.lower == ",") && (e + 2..(e + 16).min(re.end)).any(|p| doc.tokens[p].lower == "," && verb_at(p + 1).is_some() && (e + 1..p).all(|x| doc.tokens[x].lower != "\"" && doc.tokens[x].lower != "“"));
                // (or lower-case words of a title before a person: "…," defence ministry spokesman X told reporters)
                let title_word = |m: usize, a: &ActorRef| doc.tokens[m].cap || (a.etype == Some(EntityType::Person) && verb_at(m).is_none());
                an.actors.iter().find(|a| a.tok_start >= k && a.tok_start <= k + 4 && a.tok_start < re.end && (k..a.tok_start).all(|m| doc.tokens[m].kind == warta_core::TokenKind::Word && title_word(m, a)) && (verb_at(a.tok_end).is_some() || appositive_verb(a.tok_end)))
            };
            // ("…," kata Sekretaris <partai> X: the person named right after an organisation speaks for it)
            // (… or the person in apposition after a comma: "…," said the AU envoy, former Nigerian President X)
            let found = found.map(|a| {
                an.actors.iter().find(|p| p.etype == Some(EntityType::Person) && a.etype != Some(EntityType::Person) && p.tok_start >= a.tok_start && p.tok_start <= a.tok_end + 1 && p.tok_start < re.end)
                    .or_else(|| (a.etype != Some(EntityType::Person)).then(|| apposed(a.tok_end)).flatten())
                    .unwrap_or(a)
            });
            if let Some(x) = found.and_then(|a| an.resolve(a, se, false)) {
                speaker = name_of(&x);
            }
        }
        // (b') "…," ujarnya: a reporting verb with a possessive ending after the quote is the person named last
        // before it in its paragraph
        // (the first word after the quotation's closing marks, read by (b') and (b''))
        let after_quote = (qend_tok + 1..(qend_tok + 4).min(doc.tokens.len())).find(|&k| !matches!(doc.tokens[k].lower.as_str(), "," | "”" | "\"" | "."));
        if speaker.0.is_none() {
            let k = after_quote;
            let pronoun_verb = k.is_some_and(|k| {
                let w = doc.tokens[k].lower.as_str();
                lang.possessive_suffixes.iter().filter_map(|e| w.strip_suffix(e.as_str())).any(|stem| lang.reporting.iter().any(|(p, _)| p.len() == 1 && p[0] == stem))
            });
            let para_start = doc.sentences.iter().position(|x| x.paragraph == para).map_or(0, |p| doc.sentence_tokens(p).start);
            if let Some(x) = pronoun_verb.then(|| an.actors.iter().filter(|a| a.tok_start >= para_start && a.tok_end <= qtok && a.etype == Some(EntityType::Person) && a.anaphor.is_none()).last()).flatten() {
                speaker = name_of(x);
            }
        }
        // (b'') "…," it said: a pronoun of a body (class `body_pronoun`) before a reporting verb after the quote is the
        // side that opens the sentence before, in the same paragraph, when that is no person ("The council welcomed the
        // decision … "…," it said")
        if speaker.0.is_none() {
            let k = after_quote;
            let said = |k: usize| lang.reporting.iter().any(|(p, pos)| pos != "accord" && p.len() == 1 && doc.tokens.get(k + 1).is_some_and(|t| t.lower == p[0]));
            if let Some(k) = k.filter(|&k| lang.has_class(&doc.tokens[k].lower, "body_pronoun") && said(k)) {
                let ks = doc.tokens[k].sentence;
                let prev_s = (0..ks).rev().find(|&x| doc.sentences[x].paragraph == para && doc.sentence_tokens(x).end <= qtok);
                let subject = prev_s.and_then(|x| an.first_actor(doc.sentence_tokens(x).start, doc.sentence_tokens(x).end)).filter(|a| a.etype != Some(EntityType::Person) && a.anaphor.is_none() && !a.place);
                if let Some(a) = subject {
                    speaker = name_of(a);
                }
            }
        }
        // (c) a quote continuing the previous speaker's words
        if speaker.0.is_none() {
            if let Some((pp, sp, nm)) = &prev {
                if para <= pp + 1 {
                    speaker = (sp.clone(), nm.clone());
                }
            }
        }
        let _ = r;
        prev = Some((para, speaker.0.clone(), speaker.1.clone()));
        out.push(Quote { text: doc.body[qs..qe].to_string(), speaker: speaker.0, speaker_name: speaker.1, start: qs, end: qe });
    }
    out
}
