//! Clause analysis, anaphor resolution and event assembly.

use crate::actors::ActorRef;
use crate::cameo;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};
use warta_core::{Doc, EntityType, Event, Fatalities, Location, Span, TokenKind};
use warta_lang::{EventPattern, Lang};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClauseKind {
    Main,
    Comp,
    Rel,
    But,
    Conj,
    PurposeObj,
    Sub,
}

#[derive(Debug, Clone)]
pub struct Clause {
    pub start: usize,
    pub end: usize,
    pub kind: ClauseKind,
}

/// Per-document analysis shared by the quote and event coders.
pub struct Analysis<'a> {
    pub doc: &'a Doc,
    pub lang: &'static Lang,
    pub actors: &'a [ActorRef],
    /// clauses of each sentence
    pub clauses: Vec<Vec<Clause>>,
    /// the resolved subject of each sentence
    pub subjects: Vec<Option<ActorRef>>,
    /// each sentence's triggers, matched once when first asked for (`Analysis::triggers_of`)
    triggers: Vec<std::cell::OnceCell<Vec<(usize, usize, &'static EventPattern)>>>,
}

impl<'a> Analysis<'a> {
    pub fn new(doc: &'a Doc, lang: &'static Lang, actors: &'a [ActorRef]) -> Self {
        let mut a = Analysis { doc, lang, actors, clauses: vec![], subjects: vec![], triggers: (0..doc.sentences.len()).map(|_| std::cell::OnceCell::new()).collect() };
        for s in 0..doc.sentences.len() {
            let c = a.split_clauses(s);
            a.clauses.push(c);
        }
        let mut last_person: Option<ActorRef> = None;
        let mut last_subject: Option<ActorRef> = None;
        for s in 0..doc.sentences.len() {
            let r = doc.sentence_tokens(s);
            let first_clause_end = a.clauses[s].first().map(|c| c.end).unwrap_or(r.end);
            let subj = a.first_actor(r.start, first_clause_end).cloned();
            let subj = match subj {
                Some(x) if x.anaphor.is_some() => resolve_with(&x, None, last_person.as_ref(), last_subject.as_ref()),
                other => other,
            };
            if let Some(x) = &subj {
                if x.etype == Some(EntityType::Person) {
                    last_person = Some(x.clone());
                }
                last_subject = Some(x.clone());
            } else if let Some(p) = a.actors[a.actors.partition_point(|x| x.tok_start < r.start)..].iter().take_while(|x| x.tok_start < r.end).filter(|x| x.tok_end <= r.end && x.etype == Some(EntityType::Person)).last() {
                // no subject: keep the last person named as a fallback antecedent
                if last_person.is_none() {
                    last_person = Some(p.clone());
                }
            }
            a.subjects.push(subj);
        }
        a
    }

    /// The triggers of sentence `s` ([`triggers`]), matched once per document.
    pub fn triggers_of(&self, s: usize) -> &[(usize, usize, &'static EventPattern)] {
        self.triggers[s].get_or_init(|| triggers(self.doc, self.lang, s))
    }

    fn class(&self, k: usize) -> Option<&str> {
        self.doc.tokens.get(k).and_then(|t| self.lang.function_words.get(&t.lower)).map(|s| s.as_str())
    }

    /// Whether the side right after the verb after "and" at `k` (an article aside) is of the state of the first
    /// side named in the clause from `start`: the clause's subject then is not that verb's.
    fn own_state_object(&self, start: usize, k: usize) -> bool {
        let subject = self.actors.iter().find(|a| a.tok_start >= start && a.tok_end <= k && a.anaphor.is_none() && a.country.is_some());
        let object = self.actors.iter().find(|a| a.anaphor.is_none() && (a.tok_start == k + 2 || (a.tok_start == k + 3 && self.class(k + 2) == Some("det"))));
        matches!((subject, object), (Some(x), Some(y)) if x.country == y.country)
    }

    fn split_clauses(&self, s: usize) -> Vec<Clause> {
        let r = self.doc.sentence_tokens(s);
        let toks = &self.doc.tokens;
        let mut out = vec![];
        let mut start = r.start;
        let mut kind = ClauseKind::Main;
        // the kind of the clause a relative clause interrupts
        let mut main_kind = ClauseKind::Main;
        // the relative word that opened the outermost relative clause now open (a nested one, "who ran a channel that
        // helped …", ends where the outer one does)
        let mut rel_open = usize::MAX;
        for k in r.clone() {
            // ("that" followed at once by a past verb, or by an auxiliary and one, opens a relative clause: a
            // complement starts with its subject — "militias that have taken …", "boats that had sailed …")
            let past = |x: usize| toks.get(x).is_some_and(|t| x < r.end && !t.cap && self.lang.past_forms.contains(&t.lower));
            let aux = |x: usize| toks.get(x).is_some_and(|t| x < r.end && (self.lang.has_class(&t.lower, "perfect_aux") || self.lang.is_time_word(&t.lower, "past_aux")));
            let new = match self.class(k) {
                Some("comp") if past(k + 1) || (aux(k + 1) && past(k + 2)) => Some(ClauseKind::Rel),
                Some("comp") => Some(ClauseKind::Comp),
                Some("rel" | "rel_place" | "rel_poss") => Some(ClauseKind::Rel),
                Some("but") => Some(ClauseKind::But),
                Some("purpose_obj") => Some(ClauseKind::PurposeObj),
                Some("sub" | "sub_time") => Some(ClauseKind::Sub),
                // a word of cause opens a clause only when a side follows it, its subject ("karena X menolak …",
                // "because the rebels had agreed"); "karena dinilai melanggar …" goes on with the main clause's
                Some("sub_named") if self.actors.iter().any(|a| a.tok_start == k + 1 || (a.tok_start == k + 2 && self.class(k + 1) == Some("det"))) => Some(ClauseKind::Sub),
                // "X mengatakan Y siap …", "X said Y would …": what is said is a clause of its own
                _ if self.lang.reporting_pre_words.contains(&toks[k].lower)
                    && k + 1 < r.end
                    && toks[k + 1].kind != warta_core::TokenKind::Punct
                    && !matches!(self.class(k + 1), Some("to" | "comp" | "with"))
                    // … unless the verb opens an act of its own ("menyampaikan belasungkawa kepada …")
                    && !pattern_index(self.lang).get(&toks[k].lower).is_some_and(|ps| ps.iter().any(|p| p.code != "-" && p.tokens.len() >= 2 && match_here(self.doc, k, r.end, &p.tokens).is_some())) =>
                {
                    Some(ClauseKind::Comp)
                }
                // "X mengatakan, Y membakar …": a comma right after the verb opens what is said just the same (not
                // before a participle, ", X said, calling it …", nor a quotation)
                _ if toks[k].lower == ","
                    && k > r.start
                    && self.lang.reporting_pre_words.contains(&toks[k - 1].lower)
                    && k + 1 < r.end
                    && toks[k + 1].kind == warta_core::TokenKind::Word
                    && !self.lang.progressive_form(&toks[k + 1].lower)
                    && self.class(k + 1).is_none()
                    && !pattern_index(self.lang).get(&toks[k - 1].lower).is_some_and(|ps| ps.iter().any(|p| p.code != "-" && p.tokens.len() >= 2 && match_here(self.doc, k - 1, r.end, &p.tokens).is_some())) =>
                {
                    Some(ClauseKind::Comp)
                }
                Some("conj") if k > r.start && toks[k - 1].lower == "," && !self.serial_comma(k) => Some(ClauseKind::Conj),
                // "X freed Y and Z released W": "and", a side, then at once a past verb opens a clause with its own subject,
                // when this clause has its own past verb before the "and" (not subjects joined, "X and Z signed")
                // (past sides joined to the first one: "… and Peru and Bolivia imposed …")
                Some("conj") if k > start && (start..k).any(past) && self.actors.iter().find(|a| a.tok_start == k + 1 && a.anaphor.is_none()).is_some_and(|a| {
                    let mut e = a.tok_end;
                    while e + 1 < r.end && (self.class(e) == Some("conj") || toks[e].lower == ",") {
                        match self.actors.iter().find(|b| b.tok_start == e + 1 && b.anaphor.is_none()) {
                            Some(b) => e = b.tok_end,
                            None => break,
                        }
                    }
                    past(e)
                }) => Some(ClauseKind::Conj),
                // (without a comma too, inside a reported clause, when a past verb and an object pronoun follow:
                // "X said Y had lied and accused him of …" — Y is not the one accused by himself)
                Some("conj") if kind == ClauseKind::Comp && past(k + 1) && self.class(k + 2) == Some("object_pronoun") => Some(ClauseKind::Conj),
                // (… or a second verb of saying, or a past verb of a spoken act — demanding, reproaching, rejecting,
                // threatening, CAMEO 10–13: "X said Y were stranded and warned it could …" — X warns)
                Some("conj") if kind == ClauseKind::Comp && k + 1 < r.end && (self.lang.reporting_pre_words.contains(&toks[k + 1].lower) || (past(k + 1) && pattern_index(self.lang).get(&toks[k + 1].lower).is_some_and(|ps| ps.iter().any(|p| p.tokens.len() == 1 && p.frame == "svo" && (10..=13).contains(&root(&p.code)))))) => Some(ClauseKind::Conj),
                // (… or a side of the reported clause's subject's own state: "X said Thai jets had bombed a road and
                // accused Thailand of …" — the jets do not accuse their own state)
                // (in a language whose verbs have no past form, a verb the lexicon codes as a spoken act: "X mengatakan kapal Y menabrak
                // kapalnya dan menuduh <ibu kota Y> …")
                Some("conj") if kind == ClauseKind::Comp && (past(k + 1) || (self.lang.past_forms.is_empty() && k + 1 < r.end && pattern_index(self.lang).get(&toks[k + 1].lower).is_some_and(|ps| ps.iter().any(|p| p.tokens.len() == 1 && p.frame == "svo" && (10..=13).contains(&root(&p.code)))))) && self.own_state_object(start, k) => Some(ClauseKind::Conj),
                // (… or such a verb after a relative clause that tells no act, a mere description of a thing: "X mengatakan
                // pihaknya membawa rancangan yang adil dan menuding Y …" — a draft accuses no one; X does)
                Some("conj")
                    if kind == ClauseKind::Rel
                        && k + 1 < r.end
                        && (self.lang.reporting_pre_words.contains(&toks[k + 1].lower) || (!toks[k + 1].cap && pattern_index(self.lang).get(&toks[k + 1].lower).is_some_and(|ps| ps.iter().any(|p| p.tokens.len() == 1 && p.frame == "svo" && (10..=13).contains(&root(&p.code))))))
                        && !self.actors.iter().any(|a| a.tok_start >= start && a.tok_end <= k)
                        && !self.triggers_of(s).iter().any(|(t, _, p)| *t >= start && *t < k && p.code != "-") =>
                {
                    Some(ClauseKind::Conj)
                }
                Some("then") if k > r.start && toks[k - 1].lower == "," => Some(ClauseKind::Conj),
                // a subordinator only after a comma (class `comma_sub`: "…, as X welcomed Y")
                Some("comma_sub") if k > r.start && toks[k - 1].lower == "," => Some(ClauseKind::Sub),
                // (… or after a verb of coming about, class `sub_lead`: "the trip comes as X has warned Y")
                Some("comma_sub") if k > r.start && self.lang.has_class(&toks[k - 1].lower, "sub_lead") => Some(ClauseKind::Sub),
                _ if toks[k].lower == ";" => Some(ClauseKind::Main),
                // a report set off by commas inside the sentence ends at its second comma: "Sebagai imbalannya, kata X,
                // Y setuju …" — what follows is the clause said, with its own subject
                _ if toks[k].lower == "," && k + 1 < r.end && self.post_report_before(r.start, k) => Some(ClauseKind::Main),
                // a fronted subordinate clause ends at its comma: "Usai pertemuan, kedua pemimpin …",
                // "After the talks, the ministers …"
                // (a word of an act's time, `act_after` in the time words — not "sejak"/"since", whose
                // clause opens a period the main clause's toll runs over)
                // (after a time or a bare count of hours: "Hours before X landed, Y fired …")
                _ if toks[k].lower == ","
                    && kind == ClauseKind::Sub
                    && (start == r.start + 1 || self.time_before(r.start, start - 1) || (start == r.start + 2 && ["unit_hour", "unit_minute"].iter().any(|u| self.lang.is_time_word(&toks[r.start].lower, u))))
                    && self.act_after_word(start - 1) =>
                {
                    Some(ClauseKind::Main)
                }
                // (a clause of time inside the sentence that holds only a span of time ends at its comma too: "…
                // menyambut selesainya perundingan setelah sekian tahun, dalam pertemuan di X" — the main chain goes on, its
                // subject the main clause's)
                _ if toks[k].lower == "," && kind == ClauseKind::Sub && start > r.start + 1 && self.class(start - 1) == Some("sub_time") && self.time_before(start, k) => Some(ClauseKind::Conj),
                // a relative clause set off by commas ends at its second comma when a lower-case word
                // follows: "X, who met Y on Tuesday, thanked him" — the verb after it is the
                // main clause's
                // (also after an apposition the comma opened, "X, a farmer of 40 who met Y, was detained", and
                // before an auxiliary or an adverb: "X, who met Y, was later freed")
                // (an auxiliary of the perfect or a modal too: "X, which joined Y last year, has repeatedly accused Z")
                // (or a light verb: "X, who attended the talks in Y, announced $5 million for …")
                _ if toks[k].lower == ","
                    && kind == ClauseKind::Rel
                    && start >= r.start + 2
                    && (toks[start - 2].lower == "," || (start.saturating_sub(9).max(r.start + 1)..start - 2).any(|j| toks[j].lower == ",") || (rel_open < start && rel_open > r.start && toks[rel_open - 1].lower == ","))
                    && toks.get(k + 1).is_some_and(|t| t.kind == warta_core::TokenKind::Word && !t.cap && matches!(self.class(k + 1), None | Some("passive_aux" | "progressive_aux" | "adverb" | "perfect_aux" | "modal_verb" | "light")) && k + 1 < r.end) =>
                {
                    Some(main_kind)
                }
                _ => None,
            };
            // (no word inside a side's name opens a clause: "pemimpin pemerintahan sementara X" is a title, its
            // "sementara" no "while")
            let new = new.filter(|_| !self.actors.iter().any(|a| a.tok_start < k && k < a.tok_end));
            if let Some(n) = new {
                if k > start {
                    out.push(Clause { start, end: k, kind });
                }
                if n == ClauseKind::Rel && kind != ClauseKind::Rel {
                    main_kind = kind;
                    rel_open = k;
                }
                start = k + 1;
                kind = n;
            }
        }
        if start < r.end || out.is_empty() {
            out.push(Clause { start, end: r.end.max(start), kind });
        }
        out
    }

    /// Whether the words just before the comma at `k` are a report set off by a comma before it, ", kata X", and a
    /// side opens what follows (else the subject came before the report: "Pemerintah, kata dia, juga mendukung …").
    fn post_report_before(&self, from: usize, k: usize) -> bool {
        let toks = &self.doc.tokens;
        if !self.actors.iter().any(|a| a.tok_start > k && a.tok_start <= k + 3) {
            return false;
        }
        (k.saturating_sub(5).max(from + 1)..k.saturating_sub(1)).any(|j| {
            toks[j - 1].lower == ","
                && self.lang.reporting.iter().any(|(p, pos)| pos == "post" && p.len() == 1 && p[0] == toks[j].lower)
                && self.actors.iter().any(|a| a.tok_start == j + 1 && a.tok_end == k && !a.place)
        })
    }

    /// Whether token `k` says its noun is owned by someone told before: a lower-case word with a
    /// possessive ending ("pelabuhannya", class `poss_suffix`) or a possessive pronoun ("its", `poss_pronoun`).
    fn owned_word(&self, k: usize) -> bool {
        self.doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && (self.class(k) == Some("poss_pronoun") || self.lang.possessive_suffix(&t.lower)))
    }

    /// Whether token `k` is a word of another act's time ("setelah", "before": class `act_after` in the time words).
    fn act_after_word(&self, k: usize) -> bool {
        self.lang.time_words.iter().any(|(p, c, _)| c == "act_after" && p.len() == 1 && p[0] == self.doc.tokens[k].lower)
    }

    /// Whether token `k` is a word of an act's time that counts forward from the act before ("after",
    /// "setelah": `act_after` with a negative argument).
    fn after_word(&self, k: usize) -> bool {
        self.lang.time_words.iter().any(|(p, c, a)| c == "act_after" && *a < 0 && p.len() == 1 && p[0] == self.doc.tokens[k].lower)
    }

    /// Whether tokens [from, to) are exactly one time expression ("Beberapa jam", "Two days").
    fn time_before(&self, from: usize, to: usize) -> bool {
        to > from && self.doc.times.iter().any(|t| t.start == self.doc.tokens[from].span.start && t.end == self.doc.tokens[to - 1].span.end)
    }

    /// "Chile, Peru, and Bolivia": the comma before the conjunction `k` closes a list of names,
    /// not a clause.
    fn serial_comma(&self, k: usize) -> bool {
        let ends_at = |e: usize| self.actors.iter().find(|a| a.tok_end == e);
        let Some(before) = ends_at(k - 1) else { return false };
        let next = if self.class(k + 1) == Some("det") { k + 2 } else { k + 1 };
        self.actors.iter().any(|a| a.tok_start == next)
            && before.tok_start >= 2
            && self.doc.tokens[before.tok_start - 1].lower == ","
            && ends_at(before.tok_start - 1).is_some()
    }

    pub fn clause_of(&self, s: usize, tok: usize) -> usize {
        self.clauses[s].iter().position(|c| tok >= c.start && tok < c.end).unwrap_or_else(|| self.clauses[s].iter().rposition(|c| c.start <= tok).unwrap_or(0))
    }

    fn after_prep(&self, a: &ActorRef) -> Option<&str> {
        let k = a.tok_start.checked_sub(1)?;
        match self.class(k) {
            Some(c @ ("to" | "with" | "against" | "by" | "at" | "from" | "between")) => Some(c),
            _ => None,
        }
    }

    /// Is there a doer named right after a "by"/"oleh" in tokens `from..to` (not a place)?
    fn by_doer_in(&self, from: usize, to: usize) -> bool {
        (from..to).any(|k| self.class(k) == Some("by") && self.actors.iter().any(|a| a.tok_start == k + 1 && !a.place))
    }

    /// A lower-case content word: no function word, no stop word ("indirect" in "held indirect talks").
    fn content_word(&self, k: usize) -> bool {
        let t = &self.doc.tokens[k];
        t.kind == warta_core::TokenKind::Word && !t.cap && self.class(k).is_none() && !self.lang.is_stopword(&t.lower)
    }

    /// An organisation named as the venue of an act, after "at" and an article ("signed … at the Pentagon").
    fn at_the(&self, a: &ActorRef) -> bool {
        a.etype == Some(EntityType::Org)
            && a.tok_start >= 2 && self.class(a.tok_start - 1) == Some("det") && self.class(a.tok_start - 2) == Some("at") && self.doc.tokens[a.tok_start - 2].sentence == self.doc.tokens[a.tok_start].sentence
    }

    /// An actor opening an absolute phrase after a comma ("…, with X looking on", "…, with X hosting the talks"):
    /// a circumstance of the act, not its recipient.
    fn comma_with(&self, a: &ActorRef) -> bool {
        let k = if a.tok_start >= 1 && self.class(a.tok_start - 1) == Some("det") { a.tok_start - 1 } else { a.tok_start };
        k >= 2 && self.class(k - 1) == Some("with") && self.doc.tokens[k - 2].lower == "," && self.doc.tokens[k - 2].sentence == self.doc.tokens[a.tok_start].sentence
    }

    /// A country's adjective before a noun ("in Russian shelling"): a side, not a place (language data:
    /// function-word class `demonym_ending`).
    pub fn adjective_use(&self, a: &ActorRef) -> bool {
        let toks = &self.doc.tokens;
        a.etype == Some(EntityType::Country)
            && a.tok_end == a.tok_start + 1
            && toks.get(a.tok_end).is_some_and(|t| t.kind == warta_core::TokenKind::Word && !t.cap && t.sentence == toks[a.tok_start].sentence && self.class(a.tok_end).is_none())
            && self.lang.demonym_adjective(&toks[a.tok_start].lower)
    }

    /// A country's adjective inside a short verbless quotation, a slogan or a label ("No to the X law"): no side.
    pub fn in_slogan(&self, a: &ActorRef) -> bool {
        let toks = &self.doc.tokens;
        let r = self.doc.sentence_tokens(toks[a.tok_start].sentence);
        let quote_mark = |k: usize| matches!(toks[k].lower.as_str(), "\"" | "“" | "”");
        a.tok_end == a.tok_start + 1
            && self.lang.demonym_form(&toks[a.tok_start].lower)
            && (a.tok_start.saturating_sub(6).max(r.start)..a.tok_start).rev().find(|&k| quote_mark(k)).is_some_and(|q| {
                toks[q].lower != "”" && (r.start..q).filter(|&k| quote_mark(k)).count() % 2 == 0 && (a.tok_end..(a.tok_end + 6).min(r.end)).find(|&k| quote_mark(k)).is_some_and(|c| toks[c].lower != "“" && c - q <= 9 && (q + 1..c).all(|k| !self.lang.verb_form(&toks[k].lower)))
            })
    }

    /// A place inside an "at" phrase: "di Kairo", "in northwest Pakistan", "di depan Gedung DPR, Jakarta".
    pub fn place_after_at(&self, a: &ActorRef) -> bool {
        self.place_after(a, &["at"])
    }

    /// A place inside a phrase opened by one of `classes` ("ke Provinsi Aceh" for "to").
    pub fn place_after(&self, a: &ActorRef, classes: &[&str]) -> bool {
        let toks = &self.doc.tokens;
        let mut k = a.tok_start;
        // up to ten words back ("in a residential sector of mostly Christian eastern Beirut", "di kantor wali kota, Jalan
        // Merdeka 5, <kota>")
        for _ in 0..10 {
            let Some(p) = k.checked_sub(1) else { return false };
            match self.class(p) {
                // (not a bound of a count: "at least 12 Chileans")
                Some(c) if classes.contains(&c) => return !self.lang.casualties.iter().any(|(q, kind)| matches!(kind.as_str(), "min" | "max") && q.len() > 1 && phrase_at(self.doc, p, q)),
                // "in the city of Basra", "di kota X": the place is still inside the phrase
                Some("of" | "det" | "place_noun" | "place_prefix" | "region_prefix" | "area_prefix" | "compass") => k = p,
                Some(_) => return false,
                None if toks[p].sentence != toks[a.tok_start].sentence => return false,
                None => k = p,
            }
        }
        false
    }

    /// Whether sentence `s` opens with a noun phrase that names no actor, before any act, report or
    /// relative clause: "Asian envoys who saw X said …".
    pub fn unknown_subject(&self, s: usize) -> bool {
        let r = self.doc.sentence_tokens(s);
        let c = &self.clauses[s][0];
        let idx = pattern_index(self.lang);
        let words = (r.start..c.end).take_while(|&k| {
            let t = &self.doc.tokens[k];
            t.kind == warta_core::TokenKind::Word && !idx.contains_key(&t.lower) && !self.lang.reporting.iter().any(|(p, _)| p.first() == Some(&t.lower)) && !self.actors.iter().any(|a| a.tok_start <= k && k < a.tok_end) && !matches!(self.class(k), Some(x) if x != "det")
        });
        let n = words.count();
        n >= 1 && (r.start + n == c.end) && (r.start..r.start + n).any(|k| self.content_word(k) || self.doc.tokens[k].cap)
    }

    /// The country of the first place named after "di"/"in"/"at" in tokens [from, to): where an act of a
    /// clause happened ("X ditahan di <kota>"), for coercion with no doer named.
    pub fn place_country_in(&self, from: usize, to: usize) -> Option<String> {
        self.actors.iter().find(|a| a.tok_start >= from && a.tok_start < to && a.place && a.country.is_some() && self.place_after_at(a)).and_then(|a| a.country.clone())
    }

    /// Whether tokens `k..k + 3` are one word in brackets: an abbreviation or an age ("(rantis)", "(34)").
    pub fn bracketed(&self, k: usize) -> bool {
        let t = &self.doc.tokens;
        k + 2 < t.len() && t[k].lower == "(" && t[k + 2].lower == ")" && t[k + 1].kind != warta_core::TokenKind::Punct && t[k + 1].sentence == t[k].sentence
    }

    /// First actor in [from, to) that is not a preposition's object: a clause subject.
    pub fn first_actor(&self, from: usize, to: usize) -> Option<&ActorRef> {
        // actors are in text order: start at the first one at or after `from`
        let k = self.actors.partition_point(|a| a.tok_start < from);
        self.actors[k..].iter().take_while(|a| a.tok_start < to).find(|a| self.after_prep(a).is_none() && !a.place && !self.members_of(a))
    }

    /// The country of a person no list places, from the people named in apposition before the person's first mention, perhaps
    /// past other names joined to it: "dua warga negaranya, A dan B" — the state "-nya" points to.
    pub fn apposed_country(&self, p: &ActorRef) -> Option<String> {
        let toks = &self.doc.tokens;
        let first = self.actors.iter().find(|x| x.entity.is_some() && x.entity == p.entity)?;
        let mut k = first.tok_start;
        // (back over names joined by commas or a coordinator: "A dan B")
        loop {
            let prev = self.actors.iter().find(|x| x.tok_end + 1 == k && x.etype == Some(EntityType::Person) && x.entity.is_some() && (toks[k - 1].lower == "," || self.class(k - 1) == Some("conj")));
            match prev {
                Some(x) if toks[k - 1].lower != "," || self.actors.iter().any(|g| g.tok_end + 1 == x.tok_start && g.etype == Some(EntityType::Person)) => k = x.tok_start,
                _ => break,
            }
        }
        if k < 2 || toks[k - 1].lower != "," {
            return None;
        }
        // (one lower-case word may close the people's phrase: "warga negaranya")
        let g = self.actors.iter().find(|g| (g.tok_end + 1 == k || (g.tok_end + 2 == k && toks[g.tok_end].kind == warta_core::TokenKind::Word && !toks[g.tok_end].cap)) && g.entity.is_none() && g.etype.is_none() && toks[g.tok_start].sentence == toks[k].sentence)?;
        let g = if g.anaphor.is_some() { self.resolve(g, toks[k].sentence, false)? } else { g.clone() };
        g.country.clone()
    }

    /// A part of a body's members ("140 of the 193 X member states": a count and "of" before the body, its noun of
    /// belonging after it, class `member_noun`; or "a X member") names some states of it, not the body.
    pub fn members_of(&self, a: &ActorRef) -> bool {
        let toks = &self.doc.tokens;
        a.country.is_none()
            && toks.get(a.tok_end).is_some_and(|t| t.sentence == toks[a.tok_start].sentence && self.lang.has_class(&t.lower, "member_noun"))
            && ((a.tok_start.saturating_sub(4)..a.tok_start).any(|k| self.class(k) == Some("of") && k >= 1 && toks[k - 1].kind == warta_core::TokenKind::Number)
                // (… or one member, with an indefinite article: "a X member")
                || (a.tok_start >= 1 && self.lang.has_class(&toks[a.tok_start - 1].lower, "indef")))
    }

    /// Resolve an anaphor at sentence `s`; inside an embedded clause it points at the sentence subject.
    pub fn resolve(&self, a: &ActorRef, s: usize, embedded: bool) -> Option<ActorRef> {
        if a.anaphor.is_none() {
            return Some(a.clone());
        }
        // a title named again alone, "the king" (kind `titled`): the last person named with that title before it, "Jordan's
        // King X", not merely the last person named
        if a.anaphor.as_deref() == Some("titled") {
            let title = &self.doc.tokens[a.tok_end - 1].lower;
            let titled = |x: &ActorRef| (x.tok_start.saturating_sub(1)..x.tok_end).any(|k| &self.doc.tokens[k].lower == title);
            let ante = self.actors.iter().rev().find(|x| x.tok_end <= a.tok_start && x.anaphor.is_none() && x.etype == Some(EntityType::Person) && titled(x))?;
            return Some(ActorRef { span: a.span, tok_start: a.tok_start, tok_end: a.tok_end, anaphor: None, ..ante.clone() });
        }
        // "Chileans voted to write the country's bid for … into law": a state named as a possessive after the verb of its clause's subject,
        // a people or a body of a state, is that subject's own (not the last state the story named)
        let sentence = self.doc.tokens[a.tok_start].sentence;
        // (not the possessor of a side named after it, "the country's highest court": that side is the one acted on)
        let owns_side = || self.actors.iter().any(|x| x.tok_start > a.tok_end && x.tok_start <= a.tok_end + 4 && x.anaphor.is_none() && (a.tok_end + 1..x.tok_start).all(|k| self.doc.tokens[k].kind == warta_core::TokenKind::Word && !self.doc.tokens[k].cap && self.class(k).is_none()));
        if a.anaphor.as_deref() == Some("country") && self.doc.tokens.get(a.tok_end).is_some_and(|t| t.lower == "'s" && t.sentence == sentence) && !owns_side() {
            let c = self.clause_of(s, a.tok_start);
            let first = self.clauses[s].get(c).and_then(|cl| self.first_actor(cl.start, a.tok_start)).or_else(|| self.subjects[s].as_ref().filter(|x| x.tok_end <= a.tok_start)).filter(|x| x.anaphor.is_none() && x.country.is_some() && x.etype != Some(EntityType::Person) && !x.place);
            if let Some(x) = first {
                return resolve_with(a, Some(x), None, None);
            }
        }
        // inside what someone says, "pihaknya"/"he" is the speaker: the nearest person named before it
        // in the sentence, else the sentence's subject
        // ("X thanked Y and said he …": the person who says it, the subject of the clause before, first)
        let says_subject = || {
            let ci = self.clause_of(s, a.tok_start);
            let c = self.clauses[s].get(ci)?;
            if c.kind != ClauseKind::Comp || ci == 0 || self.first_actor(c.start, a.tok_start).is_some_and(|x| x.tok_start < a.tok_start) {
                return None;
            }
            let p = &self.clauses[s][ci - 1];
            // (a main clause going on after a relative clause on its subject, "X, who once called Y a fool, said he …": the
            // sentence's subject)
            let toks = &self.doc.tokens;
            let said_after_rel = p.kind == ClauseKind::Rel && c.start >= 2 && self.lang.reporting_pre_words.contains(&toks[c.start - 1].lower) && toks[c.start - 2].lower == ",";
            let resumed = ((p.kind == ClauseKind::Main && ci >= 2 && self.clauses[s][ci - 2].kind == ClauseKind::Rel) || said_after_rel).then(|| self.subjects[s].clone()).flatten();
            let person = |x: &ActorRef| x.etype == Some(EntityType::Person) && x.anaphor.is_none();
            resumed.filter(person).or_else(|| self.subject(s, ci - 1, p.end).filter(person))
        };
        let speaker = (embedded && matches!(a.anaphor.as_deref(), Some("person" | "side")))
            .then(|| says_subject().or_else(|| self.actors.iter().filter(|x| x.tok_end <= a.tok_start && self.doc.tokens[x.tok_start].sentence == sentence && x.etype == Some(EntityType::Person)).last().cloned()))
            .flatten();
        // (in a relative clause, "a letter X wrote in which he accused …": the nearest person
        // named before it in the sentence)
        // (or a subordinate one of class `sub`, "X's coalition collapsed on Nov. 6 when he fired …": X, not the last
        // sentence's subject; not one of time, `sub_time`, "hours after he failed …", whose "he" may be the story's)
        // (… or one a subordinator opens only after a comma, class `comma_sub`: "X said …, as he hosted Y")
        let in_rel = !embedded && a.anaphor.as_deref() == Some("person") && self.clauses[s].get(self.clause_of(s, a.tok_start)).is_some_and(|c| c.kind == ClauseKind::Rel || (c.kind == ClauseKind::Sub && c.start > 0 && matches!(self.class(c.start - 1), Some("sub" | "comma_sub"))));
        let near_person = in_rel.then(|| self.actors.iter().filter(|x| x.tok_end <= a.tok_start && self.doc.tokens[x.tok_start].sentence == sentence && x.anaphor.is_none() && x.etype == Some(EntityType::Person)).last()).flatten();
        // (… in a subordinate one the sentence's subject first, a person named before it: "X met Y …, when he
        // announced …" is X's)
        let in_sub = in_rel && self.clauses[s].get(self.clause_of(s, a.tok_start)).is_some_and(|c| c.kind == ClauseKind::Sub);
        let near_person = if in_sub { self.subjects[s].as_ref().filter(|x| x.etype == Some(EntityType::Person) && x.anaphor.is_none() && x.tok_end <= a.tok_start).or(near_person) } else { near_person };
        // (in a clause joined to the sentence's first, "X said …, and he called on Y …": the sentence's subject, a person
        // named before it)
        let in_conj = !embedded && a.anaphor.as_deref() == Some("person") && self.clauses[s].get(self.clause_of(s, a.tok_start)).is_some_and(|c| matches!(c.kind, ClauseKind::Conj | ClauseKind::But));
        let conj_subject = in_conj.then(|| self.subjects[s].as_ref().filter(|x| x.etype == Some(EntityType::Person) && x.anaphor.is_none() && x.tok_end <= a.tok_start)).flatten();
        let own = if embedded { speaker.as_ref().or(self.subjects[s].as_ref()) } else { near_person.or(conj_subject) };
        // (a subject that is a body's agent with a person's title right after it is that person: "an army captain said
        // that he had …" — the agent phrase "army" outranks the title's person, whose mention is only the adjective)
        let titled_agent = own.filter(|x| x.etype.is_none() && x.anaphor.is_none() && x.sector.is_some() && a.anaphor.as_deref() == Some("person"))
            .filter(|x| self.doc.tokens.get(x.tok_end).is_some_and(|t| t.sentence == sentence && self.lang.titles.iter().any(|ti| ti.phrase.len() == 1 && ti.phrase[0] == t.lower)))
            .map(|x| ActorRef { etype: Some(EntityType::Person), ..x.clone() });
        let own = titled_agent.as_ref().or(own);
        // (what a subject no list knows says of "they" is its own: "Asian envoys who saw X said they
        // would …" — not the last sentence's subject)
        if embedded && a.anaphor.as_deref() == Some("plural") && own.is_none() && self.unknown_subject(s) {
            return None;
        }
        let prev_person = self.subjects[..s].iter().rev().flatten().find(|x| x.etype == Some(EntityType::Person));
        let prev_subject = self.subjects[..s].iter().rev().flatten().next();
        if a.anaphor.as_deref() == Some("org") {
            // "the group", "kelompok itu": the nearest organisation named before it in the sentence
            // ("a Hamas official said the group…"), else the last organisation subject
            // (not a newspaper or a broadcaster that told the story: "Dilaporkan South China Morning Post, …")
            let org = |x: &&ActorRef| x.etype == Some(EntityType::Org) && x.sector.as_deref() != Some("MED");
            let sentence = self.doc.tokens[a.tok_start].sentence;
            let near = self.actors.iter().filter(|x| x.tok_end <= a.tok_start && self.doc.tokens[x.tok_start].sentence == sentence).filter(org).last();
            let prev_org = self.subjects[..s].iter().rev().flatten().find(org);
            // (… else the last one named in the two sentences before: "talks with X broke down. … criticised
            // the agency for …")
            let start = self.doc.sentence_tokens(s.saturating_sub(2)).start;
            let named = || self.actors.iter().filter(|x| x.tok_start >= start && x.tok_end <= a.tok_start && x.anaphor.is_none()).filter(org).last();
            return resolve_with(a, near.or(prev_org).or_else(named), None, None);
        }
        if let Some(region) = a.anaphor.as_deref().and_then(|k| k.strip_prefix("region:")) {
            // "the South American country", "negara Teluk itu": the last country of that region named before it, in
            // its sentence or the three before (xx/regions.tsv)
            let members = self.lang.regions.get(region)?;
            let start = self.doc.sentence_tokens(s.saturating_sub(3)).start;
            // (not one of its own clause: "Filipina mengecam negara Asia Tenggara itu", "… hours after Chilean President X
            // ordered tariffs on the South American country" name another)
            let clause_start = self.clauses[s].get(self.clause_of(s, a.tok_start)).map_or(a.tok_start, |c| c.start);
            let of_region = |x: &&ActorRef| x.anaphor.is_none() && x.country.as_ref().is_some_and(|c| members.contains(c));
            // (a subject first, this sentence's then the three before: "Peru agreed to accept flights from Chile, hours
            // after … tariffs on the South American country" is Peru; else the last one named)
            let subject = (s.saturating_sub(3)..=s).rev().find_map(|p| self.subjects[p].as_ref().filter(|x| (p < s || x.tok_start < clause_start) && of_region(x)));
            let near = subject.or_else(|| self.actors.iter().rev().filter(|x| x.tok_start >= start && x.tok_start < clause_start).find(of_region));
            return resolve_with(a, near, None, None);
        }
        if a.anaphor.as_deref() == Some("person_object") {
            // "… upheld the charges against X and removed him from office": the last person named before
            // it in the sentence who is not the sentence's subject, else the last person subject before
            let subject = self.subjects[s].as_ref();
            let near = self.actors.iter().filter(|x| x.tok_end <= a.tok_start && self.doc.tokens[x.tok_start].sentence == sentence && x.anaphor.is_none() && x.etype == Some(EntityType::Person) && !subject.is_some_and(|y| same_side(x, y))).last();
            // (in a clause of time after the main one, with a doer of its own, the main clause's person: "X was hanged after a
            // court convicted him")
            let sub = self.clauses[s].get(self.clause_of(s, a.tok_start)).filter(|c| c.kind == ClauseKind::Sub && c.start > 0 && self.class(c.start - 1) == Some("sub_time") && self.first_actor(c.start, a.tok_start).is_some());
            let main_person = sub.and(subject).filter(|y| y.etype == Some(EntityType::Person) && y.anaphor.is_none() && y.tok_end <= a.tok_start);
            return resolve_with(a, main_person.or(near).or(prev_person), None, None);
        }
        if a.anaphor.as_deref() == Some("rel_subject") {
            // "Santiago said the strikes targeted militants whom it accuses Lima of sheltering": the sentence's
            // subject, a state or a body named before it
            // (a capital opening the sentence stands for its state: "Santiago said …")
            let start = self.doc.sentence_tokens(s).start;
            let capital = self.actors.iter().find(|x| x.tok_start == start && x.etype == Some(EntityType::City)).map(ActorRef::as_state);
            let subject = self.subjects[s].clone().or(capital).filter(|x| x.tok_end <= a.tok_start && x.anaphor.is_none() && x.etype != Some(EntityType::Person) && x.country.is_some());
            return resolve_with(a, subject.as_ref(), None, None);
        }
        if a.anaphor.as_deref() == Some("it_subject") {
            // "X sealed its border. On Wednesday it recalled …": the subject of the sentence before (or of this one,
            // before it: "X sealed …, and it recalled …"), a state or a body — not a person
            let body = |x: &&ActorRef| x.anaphor.is_none() && x.etype != Some(EntityType::Person) && x.country.is_some();
            let here = self.subjects[s].as_ref().filter(|x| x.tok_end <= a.tok_start).filter(body);
            let before = || (s > 0).then(|| self.subjects[s - 1].as_ref()).flatten().filter(body);
            return resolve_with(a, here.or_else(before), None, None);
        }
        if a.anaphor.as_deref() == Some("said_subject") {
            // "…, and Lima said it would drop the case …": the side named right before the verb of saying (a capital as its state)
            let near = self.actors.iter().find(|x| x.tok_end + 1 == a.tok_start && x.anaphor.is_none()).map(|x| if x.place { x.as_state() } else { x.clone() });
            return resolve_with(a, near.as_ref(), None, None);
        }
        if a.anaphor.as_deref() == Some("object") {
            // "… recalled its envoy from X, urging it to …": the last state or organisation named before it
            // in the sentence that is not the sentence's subject
            let subject = self.subjects[s].as_ref();
            let near = self.actors.iter().filter(|x| x.tok_end <= a.tok_start && self.doc.tokens[x.tok_start].sentence == sentence && x.anaphor.is_none() && matches!(x.etype, Some(EntityType::Country | EntityType::Org)) && !subject.is_some_and(|y| same_side(x, y) || (x.country.is_some() && x.country == y.country))).last();
            return resolve_with(a, near, None, None);
        }
        resolve_with(a, own, prev_person, prev_subject)
    }

    /// The subject of clause `ci` of sentence `s`, before token `before`, following clause kinds.
    /// Whether clause `ci` of sentence `s` is the rest of a clause a relative clause set off by commas
    /// interrupted ("X, who met Y, later thanked him").
    fn interrupts(&self, s: usize, ci: usize) -> bool {
        let c = &self.clauses[s][ci];
        ci >= 2 && self.clauses[s][ci - 1].kind == ClauseKind::Rel && self.clauses[s][ci - 1].end + 1 == c.start && self.doc.tokens[c.start - 1].lower == ","
    }

    /// The subject of the clause a relative clause interrupted, for the rest of that clause (`interrupts`).
    pub fn interrupted_subject(&self, s: usize, ci: usize) -> Option<ActorRef> {
        if !self.interrupts(s, ci) {
            return None;
        }
        let p = &self.clauses[s][ci - 2];
        self.subject(s, ci - 2, p.end)
    }

    /// "…, prompting X to recall …": the object of a verb that causes another's act (class `causative`), right
    /// before "to", is the doer of the act at `before`; with the causative verb's token.
    pub fn causative_object(&self, s: usize, before: usize) -> Option<(&ActorRef, usize)> {
        if before < 3 || before >= self.doc.tokens.len() || !matches!(self.class(before - 1), Some("to" | "purpose")) {
            return None;
        }
        let a = self.actors.iter().filter(|a| a.tok_end == before - 1 && a.tok_start > self.doc.sentence_tokens(s).start && (!a.place || a.etype == Some(EntityType::City)) && a.country.is_some()).max_by_key(|a| a.tok_end - a.tok_start)?;
        let k = if self.class(a.tok_start - 1) == Some("det") { a.tok_start - 1 } else { a.tok_start };
        (k >= 1 && self.lang.has_class(&self.doc.tokens[k - 1].lower, "causative")).then_some((a, k - 1))
    }

    pub fn subject(&self, s: usize, ci: usize, before: usize) -> Option<ActorRef> {
        let c = &self.clauses[s][ci];
        // "kelompok yang lama jadi sekutu X dalam memerangi Y": a verb after a preposition of circumstance (class
        // `cause`) in a relative clause is done by the clause's own subject, its head — not the side named inside it
        if c.kind == ClauseKind::Rel && before > c.start + 1 && before < self.doc.tokens.len() && self.class(before - 1) == Some("cause") {
            return self.rel_head(c.start).and_then(|a| self.resolve(a, s, false));
        }
        if let Some((a, _)) = self.causative_object(s, before) {
            return if a.place { Some(a.as_state()) } else { self.resolve(a, s, c.kind == ClauseKind::Comp) };
        }
        // "…, accusing him of …": a participle after a comma is the act of the clause's subject, named
        // before the clause's first act ("it had targeted X, accusing him": not X)
        let participle = before > c.start + 1 && before < self.doc.tokens.len() && self.doc.tokens[before - 1].lower == "," && self.lang.progressive_form(&self.doc.tokens[before].lower);
        // (… and so is one right after the object of a verb, no comma between: "a man who had walked up to X begging
        // for …" — not X)
        let participle = participle
            || (before > c.start + 1
                && before < self.doc.tokens.len()
                && self.lang.progressive_form(&self.doc.tokens[before].lower)
                && self.actors.iter().any(|a| a.tok_end == before && a.tok_start > c.start && self.triggers_of(s).iter().any(|(t, e, p)| *e == a.tok_start && *t >= c.start && p.code != "-")));
        // (and so is a verb joined by "and" to an act before it in the clause: "it had revoked the papers of Y's
        // envoys and ordered them to leave" — not Y)
        let coordinated = before > c.start + 1 && before < self.doc.tokens.len() && self.class(before - 1) == Some("conj") && !self.doc.tokens[before].cap;
        let first_act = |lower_only: bool| self.triggers_of(s).iter().filter(|(t, _, p)| *t >= c.start && *t < before && p.code != "-" && !(lower_only && self.doc.tokens[*t].cap)).map(|(t, _, _)| *t).min().unwrap_or(before);
        // (… but a participle right after a reporting clause, ", X said, calling it …", is the speaker's act)
        if participle && before >= 3 && self.lang.reporting.iter().any(|(p, pos)| pos != "accord" && p.len() == 1 && p[0] == self.doc.tokens[before - 2].lower) {
            if let Some(a) = self.actors.iter().filter(|a| a.tok_end == before - 2 && a.tok_start >= c.start).max_by_key(|a| a.tok_end - a.tok_start) {
                return self.resolve(a, s, c.kind == ClauseKind::Comp);
            }
        }
        // (a capitalised word of a name is no act: "United Arab Emirates")
        let upto = if participle { first_act(false) } else if coordinated { first_act(true) } else { before };
        // (a phrase of a preposition opening the clause and closed by a comma names no doer: "Dalam sambutannya di
        // gedung X, Y meminta …", "At a meeting of the X council, Y said …" — the subject is after the comma)
        let opening_phrase = matches!(self.class(c.start), Some("at" | "cause" | "with" | "to" | "from" | "against" | "between" | "by"))
            .then(|| (c.start + 1..upto.min(c.start + 14)).find(|&k| self.doc.tokens[k].lower == ","))
            .flatten()
            .filter(|&k| !self.triggers_of(s).iter().any(|(t, _, p)| *t > c.start && *t < k && p.code != "-"));
        if let Some(a) = opening_phrase.and_then(|k| self.first_actor(k + 1, upto)) {
            return self.resolve(a, s, c.kind == ClauseKind::Comp);
        }
        if let Some(a) = self.first_actor(c.start, upto) {
            return self.resolve(a, s, c.kind == ClauseKind::Comp);
        }
        if let Some(a) = self.interrupted_subject(s, ci) {
            return Some(a);
        }
        if self.interrupts(s, ci) {
            return None;
        }
        match c.kind {
            // (what a second speaker says: "X said …, and Y said it would …" — Y's)
            ClauseKind::Comp if ci > 0 && self.clauses[s][ci - 1].kind == ClauseKind::Conj && self.clauses[s][ci - 1].end + 1 == c.start => {
                let p = &self.clauses[s][ci - 1];
                self.first_actor(p.start, p.end).filter(|x| x.anaphor.is_none()).and_then(|x| self.resolve(x, s, false)).or_else(|| self.subjects[s].clone())
            }
            ClauseKind::Comp => self.subjects[s].clone(),
            // (and "…, tetapi menolak mundur", "… but refused to resign": a clause after "but" that opens with
            // its verb, perhaps after an adverb — not "while in detention", whose act is no one's doing)
            ClauseKind::Conj | ClauseKind::But if ci > 0 && (c.kind == ClauseKind::Conj || (c.start..before).all(|x| self.class(x) == Some("adverb"))) => {
                // ", dan berkunjung ke Kairo": the subject of the main chain, past purpose and relative clauses
                // (and past what it reported: "X said that Y had lied, and ordered him to leave" is X's)
                // (and past a clause after "but" that names no one: "X said it had no option but to respond, and asked …")
                let own_less_but = |k: usize| self.clauses[s][k].kind == ClauseKind::But && self.first_actor(self.clauses[s][k].start, self.clauses[s][k].end).is_none();
                // (and past a clause of time that holds only a span of time: "…, setelah sekian tahun, dalam pertemuan …")
                let span_only = |k: usize| self.clauses[s][k].kind == ClauseKind::Sub && self.time_before(self.clauses[s][k].start, self.clauses[s][k].end);
                let k = (0..ci).rev().find(|&k| !matches!(self.clauses[s][k].kind, ClauseKind::Rel | ClauseKind::PurposeObj | ClauseKind::Comp) && !own_less_but(k) && !span_only(k)).or_else(|| (0..ci).rev().find(|&k| !matches!(self.clauses[s][k].kind, ClauseKind::Rel | ClauseKind::PurposeObj)))?;
                let p = &self.clauses[s][k];
                self.subject(s, k, p.end)
            }
            ClauseKind::PurposeObj if ci > 0 => {
                let p = &self.clauses[s][ci - 1];
                self.actors.iter().filter(|a| a.tok_start >= p.start && a.tok_end <= p.end && !a.place).last().and_then(|a| self.resolve(a, s, false))
            }
            // "Kementerian X dalam pernyataan yang disiarkan kantor berita KCNA mengancam …": a verb
            // after the relative clause's own verb, in a sentence whose main clause has none, is the
            // main clause's (the relative clause ended before it)
            ClauseKind::Rel => self.rel_head(c.start).cloned().or_else(|| {
                let p = &self.clauses[s][ci.checked_sub(1)?];
                let own_verb_first = before > c.start + 1;
                let main_has_verb = self.triggers_of(s).iter().any(|(t, _, pat)| *t >= p.start && *t < p.end && pat.code != "-");
                (own_verb_first && !main_has_verb && p.kind == ClauseKind::Main).then(|| self.first_actor(p.start, p.end).and_then(|a| self.resolve(a, s, false))).flatten()
            }),
            // "Iwaya said Friday after meeting his counterpart": a clause of another time that opens
            // with its verb is the sentence subject's
            // (the speaker's, when the speech closes a sentence whose subject is another: "X and Y agreed …,
            // Z said after chairing the meeting")
            // (or with an article and an encounter's noun: "… after a phone call with X"; not "after a truce")
            ClauseKind::Sub if c.start > 1 && (before == c.start || (before == c.start + 1 && (self.class(c.start) == Some("det") || self.lang.has_class(&self.doc.tokens[c.start].lower, "indef")) && self.triggers_of(s).iter().any(|(t, _, p)| *t == before && p.code.starts_with("04")))) && self.class(c.start - 1) == Some("sub_time") && c.start - 1 > self.doc.sentence_tokens(s).start => {
                let closing = (c.start - 1 >= 2 && self.lang.reporting_pre_words.contains(&self.doc.tokens[c.start - 2].lower)).then(|| self.actors.iter().find(|a| a.tok_end == c.start - 2 && !a.place && a.anaphor.is_none() && a.tok_start > 0 && self.doc.tokens[a.tok_start - 1].lower == ",")).flatten();
                closing.and_then(|a| self.resolve(a, s, false)).or_else(|| self.subjects[s].clone())
            }
            _ if ci == 0 && c.kind == ClauseKind::Main => None,
            _ => None,
        }
    }

    /// Actors coordinated after `first`, before token `stop`: "Chile, Peru, Bolivia and Paraguay",
    /// "Chile and the unruly Peru". A list joined by commas alone is an apposition ("Chile, its
    /// neighbour"), not coordination: it counts once a conjunction closes it.
    pub fn conjuncts(&self, first: &ActorRef, stop: usize) -> Vec<ActorRef> {
        let toks = &self.doc.tokens;
        let (mut out, mut pending) = (vec![], vec![]);
        let mut k = first.tok_end;
        loop {
            let (mut j, mut comma, mut conj) = (k, false, false);
            while j < stop && (toks[j].lower == "," || self.class(j) == Some("conj")) {
                comma |= toks[j].lower == ",";
                conj |= self.class(j) == Some("conj");
                j += 1;
            }
            if !(comma || conj) {
                break;
            }
            // up to three lower-case words before the name ("the evil awful"), none of them a word
            // that can open an event or a report ("… and urged Washington" is a second clause)
            // (a verb's base form as well, which the patterns do not list, right after the conjunction and right before the
            // name: "cut ties with X and recognise Y")
            let verbish = |m: usize| pattern_index(self.lang).contains_key(&toks[m].lower) || (m == j && self.lang.verb_forms.contains_key(&toks[m].lower) && self.actors.iter().any(|a| a.tok_start == m + 1)) || self.lang.reporting.iter().any(|(p, _)| p.first() == Some(&toks[m].lower));
            let mut m = j;
            // (or a first title joined to the one of the name: "Wakil Perdana Menteri sekaligus Menteri
            // Pertahanan Australia Richard Marles", function-word class `title_joiner`)
            if let Some(x) = (j + 1..(j + 6).min(stop)).find(|&x| self.class(x) == Some("title_joiner")) {
                if (j..x).all(|y| toks[y].cap && toks[y].kind == warta_core::TokenKind::Word) {
                    m = x + 1;
                }
            }
            // (not past "of": "X, a member of Y and Z," names what X belongs to, no second side)
            while m < stop && m < j + 3 && toks[m].kind == warta_core::TokenKind::Word && !toks[m].cap && !verbish(m) && self.class(m) != Some("of") && !self.actors.iter().any(|a| a.tok_start == m) {
                m += 1;
            }
            let Some(next) = self.actors.iter().find(|a| a.tok_start == m && a.tok_end <= stop && a.anaphor.is_none() && !same_side(a, first)) else { break };
            pending.push(next.clone());
            if conj {
                out.append(&mut pending);
            }
            k = next.tok_end;
        }
        out
    }

    /// The noun phrase a relative clause hangs on: an actor (or a place) ending just before "yang"/"which".
    pub fn rel_head(&self, clause_start: usize) -> Option<&ActorRef> {
        let mut k = clause_start.checked_sub(1)?; // the relative pronoun
        if k > 0 && self.doc.tokens[k - 1].lower == "," {
            k -= 1;
        }
        self.actors.iter().find(|a| a.tok_end == k)
    }
}

fn resolve_with(a: &ActorRef, own: Option<&ActorRef>, prev_person: Option<&ActorRef>, prev_subject: Option<&ActorRef>) -> Option<ActorRef> {
    let kind = a.anaphor.as_deref()?;
    let ante = match kind {
        "person" => own.filter(|x| x.etype == Some(EntityType::Person)).or(prev_person),
        // ("his country": the state of the person last named)
        "person_country" => own.filter(|x| x.etype == Some(EntityType::Person)).or(prev_person).filter(|x| x.country.is_some()),
        // ("pihaknya": the speaker, a person or a body)
        "side" => own.or(prev_person),
        "plural" | "country" => own.or(prev_subject),
        "org" | "object" | "person_object" | "rel_subject" | "it_subject" | "said_subject" => own,
        k if k.starts_with("region:") => own,
        _ => None,
    }?;
    let mut r = ante.clone();
    if kind == "country" || kind == "person_country" || kind.starts_with("region:") {
        // "negara itu": the antecedent's country, as a state actor
        r.entity = r.country.clone();
        r.etype = Some(EntityType::Country);
        r.sector = None;
    }
    r.span = a.span;
    r.tok_start = a.tok_start;
    r.tok_end = a.tok_end;
    r.anaphor = None;
    Some(r)
}

type PatternIndex = rustc_hash::FxHashMap<String, Vec<&'static EventPattern>>;

fn pattern_index(lang: &'static Lang) -> &'static PatternIndex {
    static IDX: OnceLock<Mutex<HashMap<String, &'static PatternIndex>>> = OnceLock::new();
    let m = IDX.get_or_init(|| Mutex::new(HashMap::new()));
    let mut m = m.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(i) = m.get(&lang.code) {
        return i;
    }
    let mut idx: PatternIndex = PatternIndex::default();
    for p in &lang.events {
        if let Some(f) = p.tokens.first() {
            idx.entry(f.clone()).or_default().push(p);
        }
    }
    let leaked: &'static PatternIndex = Box::leak(Box::new(idx));
    m.insert(lang.code.clone(), leaked);
    leaked
}

fn match_here(doc: &Doc, i: usize, end: usize, pat: &[String]) -> Option<usize> {
    let Some(first) = pat.first() else { return Some(i) };
    // `*` skips up to six tokens, `**` up to twelve (a name in apposition: "menetapkan mantan Direktur
    // Utama PT X, Bambang Y, sebagai tersangka")
    // (the dots of an abbreviation do not count: "spoke to U.S. President Donald Trump by phone")
    // (a skip runs over at most twice its count of tokens)
    if first == "*" || first == "**" {
        let most = if first == "*" { 6 } else { 12 };
        let mut words = 0;
        for skip in 0..=2 * most {
            if i + skip > end || words > most {
                break;
            }
            if let Some(e) = match_here(doc, i + skip, end, &pat[1..]) {
                return Some(e);
            }
            // (nor the commas of a list inside a title: "Menteri Pertanian, Kehutanan, dan Kelautan X")
            if doc.tokens.get(i + skip).is_some_and(|t| t.lower != "." && t.lower != ",") {
                words += 1;
            }
        }
        return None;
    }
    // (a double quotation mark inside the phrase is no word of it: 'had made "a fundamental error"')
    if i < end && matches!(doc.tokens[i].lower.as_str(), "\"" | "“" | "”") && !matches!(first.as_str(), "\"" | "“" | "”") {
        return match_here(doc, i + 1, end, pat);
    }
    (i < end && doc.tokens[i].lower == *first).then(|| match_here(doc, i + 1, end, &pat[1..])).flatten()
}

/// Triggers of sentence `s`: (first token, end token, pattern), blockers included.
pub fn triggers(doc: &Doc, lang: &'static Lang, s: usize) -> Vec<(usize, usize, &'static EventPattern)> {
    let idx = pattern_index(lang);
    let r = doc.sentence_tokens(s);
    let mut out = vec![];
    let mut i = r.start;
    while i < r.end {
        let mut best: Option<(usize, &EventPattern)> = None;
        let score = |p: &EventPattern| p.tokens.iter().filter(|t| *t != "*" && *t != "**").count();
        // frame `leave_org`: only where an organisation's name follows ("leaving ASEAN", "withdrew from the
        // WHO"); else a shorter pattern says what the verb does ("withdrew from the Syrian … sector")
        // (past an article: "withdrew from the WHO")
        let past_det = |e: usize| if doc.tokens.get(e).is_some_and(|t| lang.function_words.get(&t.lower).is_some_and(|c| c == "det")) { e + 1 } else { e };
        let org_at = |e: usize| {
            doc.tokens.get(past_det(e)).is_some_and(|t| doc.entities.iter().any(|x| x.etype == warta_core::EntityType::Org && x.mentions.iter().any(|m| m.start == t.span.start)))
        };
        // frame `svo_envoy`: only where a person named as an envoy follows ("summoned X" after "acting Ambassador X"
        // was told; an envoy is a person of role `ambassador` or `chargé d'affaires`)
        let envoy_at = |e: usize| {
            doc.tokens.get(past_det(e)).is_some_and(|t| doc.entities.iter().any(|x| x.etype == warta_core::EntityType::Person && x.roles.iter().any(|r| matches!(r.role.as_str(), "ambassador" | "chargé d'affaires")) && x.mentions.iter().any(|m| m.start <= t.span.start && t.span.start < m.end)))
        };
        // a pattern marked `_person`: only where a named person follows, past an article or "by"/"oleh" ("menerima Presiden
        // X", "was received by King X"; not "menerima bantuan")
        // (not in a relative clause, whose subject is a thing: "suap yang diterima X")
        let person_at = |e: usize| {
            let k = if doc.tokens.get(e).is_some_and(|t| lang.function_words.get(&t.lower).is_some_and(|c| c == "by")) { past_det(e + 1) } else { past_det(e) };
            doc.tokens.get(k).is_some_and(|t| doc.entities.iter().any(|x| x.etype == warta_core::EntityType::Person && x.mentions.iter().any(|m| m.start == t.span.start)))
        };
        // the frames' conditions on what follows a pattern, for the pattern as written and for a base form read after a
        // cue (there a bare `leave_org` verb keeps its reading, "before leaving for an Asia trip" is no act, but one with
        // a gap needs its organisation: "to withdraw its troops from Lebanon" is read by a shorter pattern)
        let frame_ok = |p: &EventPattern, e: usize, base_form: bool| {
            let gap = || p.tokens.iter().any(|t| t == "*" || t == "**");
            (p.frame != "leave_org" || (base_form && !gap()) || org_at(e)) && (p.frame != "svo_envoy" || envoy_at(e)) && (!p.person || (person_at(e) && !(i > r.start && lang.function_words.get(&doc.tokens[i - 1].lower).is_some_and(|c| c == "rel"))))
        };
        if let Some(cands) = idx.get(&doc.tokens[i].lower) {
            for p in cands {
                if let Some(e) = match_here(doc, i, r.end, &p.tokens).filter(|&e| frame_ok(p, e, false)) {
                    if best.is_none_or(|(_, b)| score(p) > score(b)) {
                        best = Some((e, p));
                    }
                }
            }
        }
        // a base form after a modality cue or a word of class `base_cue` ("will close the consulate",
        // "plans to expel", "did not sign") is the verb whose past form the patterns are written in
        // (not a verb that begins a cue itself: "might want Obama to …")
        let forms = lang.verb_forms.get(&doc.tokens[i].lower).filter(|_| i > r.start && !lang.modality.iter().any(|(p, _)| p.len() > 1 && p[0] == doc.tokens[i].lower) && (lang.base_cues.contains(&doc.tokens[i - 1].lower) || base_cue_phrase(doc, lang, r.start, i) || lang.modality.iter().any(|(p, _)| i >= r.start + p.len() && phrase_at(doc, i - p.len(), p))));
        // (… and after "to" that follows an appeal or a demand and its addressee a few words before: "called on X to
        // release Y", "urged X to hold talks" — what is asked, read only as an act of cooperation, yielding or
        // meeting, which codes the appeal by what it asks)
        // (or after the subject of a clause of what a demand asks: "demanded that Chile release Y")
        let class_is = |k: usize, c: &str| lang.function_words.get(&doc.tokens[k].lower).is_some_and(|x| x == c);
        let asked = forms.is_none()
            && i > r.start + 1
            && out.last().is_some_and(|&(_, e, p): &(usize, usize, &EventPattern)| {
                (p.code.starts_with("02") || p.code.starts_with("10")) && e < i && i <= e + 6 && (class_is(i - 1, "to") || (class_is(e, "comp") && e + 1 < i && (e + 1..i).all(|k| doc.tokens[k].cap || class_is(k, "det"))))
            });
        let forms = forms.or_else(|| if asked { lang.verb_forms.get(&doc.tokens[i].lower) } else { None });
        // … and so is the stem of a progressive form after a form of "be" ("was recalling its
        // ambassador", "is conducting exercises": function-word classes `passive_aux` and `progressive_aux`),
        // or of a gerund after a word of another time inside the sentence ("… after meeting his
        // counterpart": `sub_time`; not opening it, "Before leaving for Beijing, Bush …")
        // (or after a verb of beginning, class `onset`: "began sending troops")
        let cue = i > r.start && (lang.function_words.get(&doc.tokens[i - 1].lower).map(String::as_str).is_some_and(|c| matches!(c, "passive_aux" | "progressive_aux") || (c == "sub_time" && i > r.start + 1)) || lang.has_class(&doc.tokens[i - 1].lower, "onset"));
        let progressive = (forms.is_none() && cue)
            .then_some(())
            .and_then(|_| lang.progressive_suffixes.iter().find_map(|x| doc.tokens[i].lower.strip_suffix(x.as_str())))
            .filter(|stem| stem.len() >= 3)
            .and_then(|stem| {
                let doubled = stem.len() >= 4 && stem.as_bytes()[stem.len() - 1] == stem.as_bytes()[stem.len() - 2];
                [stem.to_string(), format!("{stem}e"), if doubled { stem[..stem.len() - 1].to_string() } else { String::new() }].into_iter().find_map(|b| lang.verb_forms.get(&b))
            });
        // (a verb read so beats a noun pattern of the same length: "would continue to shell the
        // forces" strikes, it names no strike)
        for past in forms.or(progressive).into_iter().flatten() {
            for p in idx.get(past).into_iter().flatten() {
                if asked && !(p.frame == "svo" && (3..=9).contains(&root(&p.code))) {
                    continue;
                }
                if let Some(e) = match_here(doc, i + 1, r.end, &p.tokens[1..]).filter(|&e| frame_ok(p, e, true)) {
                    if best.is_none_or(|(_, b)| score(p) > score(b) || (score(p) == score(b) && b.frame == "noun" && p.frame != "noun")) {
                        best = Some((e, p));
                    }
                }
            }
        }
        if let Some((e, p)) = best {
            out.push((i, e, p));
            i = e;
        } else {
            i += 1;
        }
    }
    out
}

/// Does a base cue of several words ("continue to") end right before token `i` (not before `from`)?
fn base_cue_phrase(doc: &Doc, lang: &Lang, from: usize, i: usize) -> bool {
    lang.base_cues.iter().filter(|c| c.contains(' ')).any(|c| {
        let n = c.split(' ').count();
        i >= from + n && c.split(' ').zip(&doc.tokens[i - n..i]).all(|(w, t)| t.lower == w)
    })
}

fn phrase_at(doc: &Doc, k: usize, phrase: &[String]) -> bool {
    phrase.iter().enumerate().all(|(n, w)| doc.tokens.get(k + n).is_some_and(|t| t.lower == *w))
}

/// The tokens a cue phrase takes at `k`, letting a time expression (and a preposition of class `time_prep` before it)
/// stand between its words ("agreed Monday to …", "claimed on Monday that", "sepakat pada Senin untuk …"); none when it
/// is not there.
fn cue_len(an: &Analysis, k: usize, phrase: &[String]) -> Option<usize> {
    let toks = &an.doc.tokens;
    let in_time = |m: usize| toks.get(m).is_some_and(|t| an.doc.times.iter().any(|x| x.start <= t.span.start && t.span.end <= x.end));
    let mut m = k;
    for (n, w) in phrase.iter().enumerate() {
        if n > 0 {
            // (and the preposition that opens it: "claimed on Monday that", "mengklaim pada Senin bahwa")
            let skip = (m..(m + 4).min(toks.len())).take_while(|&x| (in_time(x) || (an.lang.has_class(&toks[x].lower, "time_prep") && in_time(x + 1))) && toks[x].sentence == toks[k].sentence).count();
            m += skip;
        }
        if toks.get(m).is_none_or(|t| t.lower != *w) {
            return None;
        }
        m += 1;
    }
    Some(m - k)
}

/// Is the trigger at `t` a past participle behind the object of the verb at `verb` ("to accept migrants deported
/// from X"), which qualifies that object: no act of the verb's subject (languages with past forms only).
fn object_participle(an: &Analysis, verb: usize, t: usize) -> bool {
    verb + 1 < t && an.lang.past_forms.contains(&an.doc.tokens[t].lower) && an.doc.tokens[t - 1].kind == warta_core::TokenKind::Word && an.class(t - 1).is_none()
}

fn modality_before(an: &Analysis, from: usize, trigger: usize) -> Option<String> {
    let lo = trigger.saturating_sub(4).max(from);
    // a passive's subject may carry the cue ("no warships had been seized"): past the
    // auxiliaries (and one word before them, "had") and up to five words of the subject
    let lo = if trigger > from && an.class(trigger - 1) == Some("passive_aux") {
        let mut j = trigger - 1;
        while j > from && an.class(j - 1) == Some("passive_aux") {
            j -= 1;
        }
        let j = if j > from && an.class(j - 1).is_none() && !an.doc.tokens[j - 1].cap && an.lang.is_stopword(&an.doc.tokens[j - 1].lower) { j - 1 } else { j };
        let np = (1..=5).take_while(|&n| j >= from + n && an.doc.tokens[j - n].kind == warta_core::TokenKind::Word && !matches!(an.class(j - n), Some("conj" | "comp" | "rel" | "but" | "sub" | "sub_time" | "sub_named")) && !an.lang.modality.iter().any(|(p, _)| p.len() == 1 && p[0] == an.doc.tokens[j - n].lower)).last().unwrap_or(0);
        lo.min(j.saturating_sub(np + 1).max(from))
    } else {
        lo
    };
    // a cue of threat that holds a word of negation and names the act right after it ("will not hesitate to retaliate
    // with sanctions", "tidak akan ragu untuk …") is a threat, whatever negation it holds
    let negation = |w: &String| an.lang.modality.iter().any(|(q, m)| m == "negated" && q.len() == 1 && q[0] == *w);
    if (lo..trigger).any(|k| an.lang.modality.iter().any(|(p, m)| m == "threatened" && p.iter().any(negation) && cue_len(an, k, p).is_some_and(|n| k + n == trigger))) {
        return Some("threatened".into());
    }
    let mut found: Option<String> = None;
    // (the end of the cue found last: a cue inside a longer one is part of it, "mengancam akan" is no "akan")
    let mut found_end = 0;
    // (a cue with a time inside reaches as much further back as the time is long: "agreed on Thursday to restart visits")
    for k in trigger.saturating_sub(8).max(from).min(lo)..trigger {
        // (a capitalised month is no cue: "in May 2024")
        if an.doc.tokens[k].cap && an.lang.months.contains_key(&an.doc.tokens[k].lower) {
            continue;
        }
        for (p, m) in &an.lang.modality {
            // (a cue cut off by a colon governs nothing after it: "Be under no illusion: X is responsible")
            if let Some(n) = cue_len(an, k, p).filter(|&n| k + n <= trigger && (k >= lo || n - p.len() >= lo - k) && !(k + n..trigger).any(|x| matches!(an.doc.tokens[x].lower.as_str(), ":" | ";"))) {
                if k < found_end && k + n <= found_end {
                    continue;
                }
                // (a cue of threat names the act right after it: not a noun further on, "mengancam akan
                // membalas serangan X" threatens no attack)
                if m == "threatened" && k + n != trigger {
                    continue;
                }
                // (an intent names the verb right after "to": a past participle further on, behind that verb's object,
                // qualifies the object and is no intended act, "agreed to take back citizens deported from X")
                if m == "intended" && object_participle(an, k + n, trigger) {
                    continue;
                }
                // (a negation of a word of its own inside a quotation closed before "and" negates that predicate, not the act
                // after it: "menyatakan \"sangat tidak puas\" dan menuding X …")
                if m == "negated" && k + n < trigger && an.doc.tokens[k + n].kind == warta_core::TokenKind::Word && an.class(k + n).is_none() && (k + n + 1..trigger).any(|x| an.class(x) == Some("conj") && matches!(an.doc.tokens[x - 1].lower.as_str(), "\"" | "”")) && !an.triggers_of(an.doc.tokens[k].sentence).iter().any(|&(t, _, _)| t == k + n) {
                    continue;
                }
                // negation beats everything (a refusal is a negation here: `refused_before`); otherwise
                // the nearest cue wins
                if found.as_deref() != Some("negated") {
                    found = Some(if m == "refused" { "negated".into() } else { m.clone() });
                    found_end = k + n;
                }
            }
        }
    }
    found
}

/// Does a refusal cue ("would not", "tidak akan": modality `refused`) stand in the cue window before
/// the trigger?
fn refused_before(an: &Analysis, from: usize, trigger: usize) -> bool {
    (trigger.saturating_sub(4).max(from)..trigger).any(|k| an.lang.modality.iter().any(|(p, m)| m == "refused" && cue_len(an, k, p).is_some_and(|n| k + n <= trigger)))
}

fn number_at(an: &Analysis, k: usize) -> Option<u64> {
    let t = an.doc.tokens.get(k)?;
    let digits: String = t.lower.chars().filter(|c| c.is_ascii_digit()).collect();
    if !digits.is_empty() && t.lower.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return digits.parse().ok();
    }
    an.lang.numbers.get(&t.lower).copied()
}

/// Deaths told in sentence `s`: "sekurangnya 144 orang meninggal", "killing at least 12 people".
pub fn fatalities(an: &Analysis, s: usize) -> Option<Fatalities> {
    fatalities_of(an, s, None)
}

/// Deaths told in sentence `s` for the act whose trigger is token `trigger`: not those told in a clause of
/// another time that the trigger is outside ("searched X, after three people were killed in a raid on Y": the dead
/// are the earlier raid's).
fn fatalities_of(an: &Analysis, s: usize, trigger: Option<usize>) -> Option<Fatalities> {
    let r = an.doc.sentence_tokens(s);
    let mut best: Option<u64> = None;
    let other_time = |k: usize| {
        trigger.is_some_and(|t| {
            let (ck, ct) = (an.clause_of(s, k), an.clause_of(s, t));
            let c = &an.clauses[s][ck];
            ck != ct && c.kind == ClauseKind::Sub && c.start > r.start && an.class(c.start - 1) == Some("sub_time") && !(c.start..c.end).contains(&t)
        })
    };
    for k in r.clone() {
        let killed = an.lang.casualties.iter().any(|(p, kind)| kind == "killed" && phrase_at(an.doc, k, p));
        // (a word of an execution, kind `executed`, counts only people named as such: "executed 81 men", "10 people
        // have been executed" — not "requests executed at the same time")
        let executed = !killed && an.lang.casualties.iter().any(|(p, kind)| kind == "executed" && phrase_at(an.doc, k, p));
        if !(killed || executed) || other_time(k) {
            continue;
        }
        let word_of = |j: usize, k: &str| casualty_word(an, j, &[k]);
        // a counted noun, or a word that may stand between the count and the outcome ("were", "telah")
        let unit = |j: usize| word_of(j, "unit") || word_of(j, "link");
        // backwards: [min] N [unit] killed
        let mut j = k;
        let mut hops = 0;
        // (lower-case words of the counted noun itself, up to three: "Seorang pedagang sayur keliling … meninggal";
        // then only a small count, no year)
        let mut nouns = 0;
        while j > r.start && hops < 6 {
            j -= 1;
            hops += 1;
            if let Some(n) = number_at(an, j) {
                // (counted groups joined by a coordinator before one outcome add up: "Lima anggota X dan seorang
                // anggota Y tewas", "two soldiers and three civilians were killed")
                let mut total = n;
                let mut at = j;
                while at > r.start + 1 && an.class(at - 1) == Some("conj") {
                    let group = (at.saturating_sub(6).max(r.start)..at - 1).rev().take_while(|&x| number_at(an, x).is_some() || (an.doc.tokens[x].kind == warta_core::TokenKind::Word && an.class(x).is_none() && (an.content_word(x) || unit(x) || an.actors.iter().any(|a| a.tok_start <= x && x < a.tok_end)))).find(|&x| number_at(an, x).is_some());
                    let Some(g) = group else { break };
                    total += number_at(an, g).unwrap_or(0);
                    at = g;
                }
                if nouns == 0 || total < 1000 {
                    best = best.max(Some(total));
                }
                break;
            }
            // (an abbreviation or an age in brackets: "(ojol)", "(21)")
            if j >= r.start + 2 && an.bracketed(j - 2) {
                j -= 2;
                continue;
            }
            // a parenthetical set off by commas ("27 people, including nine children, were killed")
            if an.doc.tokens[j].lower == "," {
                if let Some(open) = (j.saturating_sub(7).max(r.start)..j).rev().find(|&x| an.doc.tokens[x].lower == ",") {
                    j = open;
                    continue;
                }
            }
            // the side the dead belong to, after the counted noun or the count ("dua prajurit TNI
            // gugur", "10 Russian soldiers killed")
            // (or after the counted noun's own words: "seorang anggota pasukan keamanan X tewas")
            if let Some(a) = an.actors.iter().find(|a| a.tok_end == j + 1 && a.tok_start > r.start && !a.place && (unit(a.tok_start - 1) || number_at(an, a.tok_start - 1).is_some() || (nouns == 0 && an.content_word(a.tok_start - 1) && !outcome_word(an, a.tok_start - 1)))) {
                j = a.tok_start;
                continue;
            }
            // (a possessive pronoun after the counted noun, and nouns joined by a coordinator: "460 pasien dan
            // pendamping mereka dilaporkan tewas")
            if j > r.start && an.content_word(j - 1) && (an.lang.pronouns.contains_key(&an.doc.tokens[j].lower) || (an.class(j) == Some("conj") && nouns > 0)) {
                hops -= 1;
                continue;
            }
            // (a place the counted were at, between them and the outcome: "Enam orang di kapal itu tewas")
            if let Some(x) = (j.saturating_sub(3).max(r.start + 1)..j).rev().find(|&x| an.class(x) == Some("at")).filter(|&x| (x + 1..=j).all(|y| (an.doc.tokens[y].kind == warta_core::TokenKind::Word && !an.doc.tokens[y].cap && !outcome_word(an, y)) || an.class(y) == Some("det_post")) && (unit(x - 1) || an.content_word(x - 1))) {
                j = x;
                continue;
            }
            if !unit(j) {
                if nouns < 3 && !executed && an.content_word(j) && !outcome_word(an, j) {
                    nouns += 1;
                    hops -= 1;
                    continue;
                }
                break;
            }
        }
        // forwards: killed [min] N [up to two modifiers] unit ("killed two suspected militants")
        // (not after a preposition: "killed in a … strike" counts no one)
        // (nor past a coordinator: "were killed and 74 others were wounded" counts the hurt, not the dead)
        // (a bound of several words is passed whole: "lebih dari", "more than")
        let bound_len = |j: usize| an.lang.casualties.iter().filter(|(q, kind)| matches!(kind.as_str(), "min" | "max") && phrase_at(an.doc, j, q)).map(|(q, _)| q.len()).max();
        let mut in_bound = 0;
        for j in (k + 1..(k + 5).min(r.end)).take_while(|&j| {
            if in_bound > 0 {
                in_bound -= 1;
                return true;
            }
            if let Some(n) = bound_len(j) {
                in_bound = n - 1;
                return true;
            }
            !matches!(an.class(j), Some("at" | "by" | "cause" | "against" | "from" | "conj"))
        }) {
            if let Some(n) = number_at(an, j) {
                let lower = |i: usize| an.doc.tokens.get(i).is_some_and(|t| t.kind == warta_core::TokenKind::Word && !t.cap);
                let counted = (j + 1..(j + 4).min(r.end)).take_while(|&i| i == j + 1 || lower(i - 1)).any(|i| word_of(i, "unit"));
                // … or the people of a country, or an agent ("killed three Palestinians", "two Thai soldiers")
                let nationals = an.actors.iter().any(|a| a.tok_start == j + 1 && (a.etype == Some(EntityType::Country) || (a.entity.is_none() && a.sector.is_some() && a.anaphor.is_none())));
                if counted || nationals || unit(j + 1) || j + 1 >= r.end {
                    best = best.max(Some(n));
                }
                break;
            }
        }
    }
    best.filter(|n| *n > 0).map(|n| Fatalities { min: n, max: None })
}

/// A word of death or injury at token `k` ("killed", "died", "tewas", "terluka").
fn outcome_word(an: &Analysis, k: usize) -> bool {
    casualty_word(an, k, &["killed", "injured"])
}

/// Is the one-word casualty entry at token `k` of one of `kinds` (casualties.tsv: killed, injured, unit, link …)?
fn casualty_word(an: &Analysis, k: usize, kinds: &[&str]) -> bool {
    an.doc.tokens.get(k).is_some_and(|t| an.lang.casualties.iter().any(|(p, kind)| kinds.contains(&kind.as_str()) && p.len() == 1 && p[0] == t.lower))
}

/// A value that starts with a year ("2025", "2025-06", "2025-W18").
fn code_is_mediation(code: &str) -> bool {
    code.starts_with("045")
}

fn is_date(v: &str) -> bool {
    v.len() >= 4 && v.as_bytes()[..4].iter().all(u8::is_ascii_digit)
}

/// A value that starts with a whole day, perhaps with a part of it ("2025-06-11", "2024-01-11TNI").
fn is_day(v: &str) -> bool {
    v.len() >= 10 && is_date(v) && v.as_bytes()[4] == b'-' && v.as_bytes()[7] == b'-'
}

/// A light verb, then a round of the act ("putaran kedua", "a second round of") just before the act
/// noun at `i`: up to four lower-case words, one of class `round`, none a verb or an actor; or a light
/// verb, a particle and an article ("carried out a strike").
fn light_round_before(an: &Analysis, from: usize, i: usize) -> bool {
    let toks = &an.doc.tokens;
    // ("carried out a strike": a particle of class `light_particle` and an article between)
    let mut j = i;
    while j > from + 1 && i - j < 3 && (an.class(j - 1) == Some("light_particle") || an.class(j - 1) == Some("det") || (!toks[j - 1].cap && toks[j - 1].lower.len() <= 2 && an.lang.is_stopword(&toks[j - 1].lower))) {
        j -= 1;
    }
    if j < i && an.class(j - 1) == Some("light") {
        return true;
    }
    let Some(j) = (from..i).rev().take(5).find(|&k| an.class(k) == Some("light")) else { return false };
    let between = j + 1..i;
    between.clone().any(|k| an.class(k) == Some("round"))
        && between.clone().all(|k| toks[k].kind == warta_core::TokenKind::Word && !toks[k].cap && matches!(an.class(k), None | Some("round" | "of" | "det")) && !an.lang.verb_form(&toks[k].lower) && !an.actors.iter().any(|a| a.tok_start == k))
}

/// The country a thing named after token `end` came from, told in a relative clause on it within
/// eight words ("a ship carrying fuel that had left X", "a vessel which sailed from X"): after "from"
/// or a verb of leaving (function-word class `departure`), as a state actor.
fn origin_after(an: &Analysis, end: usize, limit: usize) -> Option<ActorRef> {
    let toks = &an.doc.tokens;
    let r = (end..(end + 8).min(limit)).find(|&k| matches!(an.class(k), Some("rel" | "comp")))?;
    if !(end..r).all(|k| toks[k].kind == warta_core::TokenKind::Word && !an.actors.iter().any(|a| a.tok_start <= k && k < a.tok_end)) {
        return None;
    }
    let a = an.actors.iter().find(|a| a.tok_start > r && a.tok_start <= r + 5 && a.tok_start < limit && a.country.is_some() && (an.after_prep(a) == Some("from") || an.class(a.tok_start - 1) == Some("departure")))?;
    Some(ActorRef { sector: None, ..a.as_state() })
}

/// Whether token `k` may sit between a cause preposition and the act noun after it: an article, a
/// side's name or a lower-case modifier ("in an Israeli tank shelling"), no punctuation.
fn inside_cause_phrase(an: &Analysis, k: usize) -> bool {
    let t = &an.doc.tokens[k];
    (t.kind == warta_core::TokenKind::Word && (an.class(k).is_none_or(|c| c == "det" || c == "poss") || an.actors.iter().any(|a| a.tok_start <= k && k < a.tok_end))) || (t.lower == "'s" && an.class(k) == Some("poss"))
}

/// The start of a violent act noun that a cause preposition right after token `end` introduces
/// ("… killed in an Israeli airstrike", "… tewas dalam serangan udara Israel").
fn cause_noun_after(an: &Analysis, s: usize, end: usize) -> Option<usize> {
    let k = past_injured(an, s, end);
    // (past where they died and who they were: "N orang meninggal di kota X, kebanyakan anak-anak,
    // akibat tembakan …" — a cause word within twelve words, no act or clause between)
    let k = if k < an.doc.tokens.len() && an.class(k) == Some("at") {
        (k + 1..(k + 13).min(an.doc.sentence_tokens(s).end)).take_while(|&x| !matches!(an.class(x), Some("conj" | "comp" | "rel" | "but" | "sub" | "sub_time" | "sub_named")) && !an.triggers_of(s).iter().any(|(n, _, p)| *n == x && p.code != "-")).find(|&x| an.class(x) == Some("cause") && an.doc.tokens[x - 1].lower == ",").unwrap_or(k)
    } else {
        k
    };
    if k >= an.doc.tokens.len() || an.doc.tokens[k].sentence != s || !matches!(an.class(k), Some("at" | "by" | "cause")) {
        return None;
    }
    an.triggers_of(s).iter().find(|(n, _, p)| *n > k && *n <= k + 5 && p.frame == "noun" && root(&p.code) >= 18 && (k + 1..*n).all(|x| inside_cause_phrase(an, x))).map(|(n, _, _)| *n)
}

/// Whether the words at `k` are a government owned by the one told before: "pemerintahnya" (an agent of sector GOV with a
/// possessive ending) or "her government" (a possessive pronoun and one).
fn own_government_after(an: &Analysis, k: usize) -> bool {
    let toks = &an.doc.tokens;
    let gov = |w: &str| an.lang.agents.iter().any(|(p, c)| p.len() == 1 && p[0] == w && c == "GOV");
    let Some(t) = toks.get(k).filter(|t| t.kind == warta_core::TokenKind::Word && !t.cap) else { return false };
    if an.class(k) == Some("poss_pronoun") {
        return toks.get(k + 1).is_some_and(|n| n.sentence == t.sentence && gov(&n.lower));
    }
    an.lang.possessive_suffixes.iter().any(|e| t.lower.len() > e.len() + 2 && t.lower.ends_with(e.as_str()) && gov(&t.lower[..t.lower.len() - e.len()]))
}

/// The side a violent act noun ending at `end` came from: "dari"/"from" within four words (the noun's own
/// words and "dan"/"and" between: "tembakan mortir dan senapan dari pihak X"), then the side — perhaps
/// after one lower-case word ("pihak", "the") — or a place, standing for its state.
fn from_side(an: &Analysis, s: usize, end: usize, limit: usize) -> Option<ActorRef> {
    let toks = &an.doc.tokens;
    let f = (end..(end + 4).min(limit)).find(|&k| an.class(k) == Some("from"))?;
    if !(end..f).all(|k| an.content_word(k) || an.class(k) == Some("conj")) || toks[f].sentence != s {
        return None;
    }
    let a = an.actors.iter().find(|a| a.tok_start == f + 1 || (a.tok_start == f + 2 && toks[f + 1].kind == warta_core::TokenKind::Word && !toks[f + 1].cap))?;
    (a.anaphor.is_none() && a.country.is_some()).then(|| if a.place { a.as_state() } else { a.clone() })
}

/// For a violent act noun at `i`: the token of the outcome word told just before its cause
/// preposition ("killed" in "… were killed in an Israeli airstrike").
fn cause_before(an: &Analysis, s: usize, i: usize) -> Option<usize> {
    let start = an.doc.sentence_tokens(s).start;
    let k = (start + 1..i).rev().take(5).find(|&k| matches!(an.class(k), Some("at" | "by" | "cause")))?;
    if !(k + 1..i).all(|x| inside_cause_phrase(an, x)) {
        return None;
    }
    // (the dead told before a count of the hurt: "12 people were killed and 90 injured in the attack")
    (k.saturating_sub(6).max(start)..k).find(|&o| outcome_word(an, o) && past_injured(an, s, o + 1) == k)
}

/// The token after a count of the hurt joined to the dead at `k` ("… killed *and 90 injured* in …",
/// "tewas *dan 20 lainnya luka-luka* dalam …"), else `k`.
fn past_injured(an: &Analysis, s: usize, k: usize) -> usize {
    let word_of = |j: usize, kinds: &[&str]| an.doc.tokens.get(j).is_some_and(|t| t.sentence == s) && casualty_word(an, j, kinds);
    if an.class(k) != Some("conj") || number_at(an, k + 1).is_none() {
        return k;
    }
    let mut j = k + 2;
    while j < k + 5 && word_of(j, &["unit", "link"]) {
        j += 1;
    }
    if word_of(j, &["injured"]) {
        j + 1
    } else {
        k
    }
}

/// A CAMEO sector of the state's own organs: government, military, police, intelligence.
fn state_sector(sector: &Option<String>) -> bool {
    matches!(sector.as_deref(), Some("GOV" | "MIL" | "COP" | "SPY"))
}

/// Acts done together, between their sides: intent to cooperate (03), consultation (04, but for
/// mediation: mediators act together), signing (057), material cooperation (06).
fn mutual_code(code: &str) -> bool {
    // (and agreement itself, "Chile and Peru agreed …", not praise or other cooperation of 05)
    (["03", "04", "057", "06"].iter().any(|c| code.starts_with(c)) && !code.starts_with("045")) || code == "050"
}

/// The day a quote of `actor` starting within two sentences after sentence `s` (same or next
/// paragraph) is attributed: a time in the sentence where the quote closes, after it.
fn statement_date(an: &Analysis, time_tok: &[(usize, &warta_core::TimeExpr)], s: usize, actor: Option<&ActorRef>) -> Option<String> {
    let doc = an.doc;
    let who = actor?;
    let para = doc.sentences[s].paragraph;
    // the next sentence refers back to these words and tells their day ("Hal itu disampaikan X …, Senin
    // (3/3)", "The remarks were made on …": time-word kind `said_then`)
    if let Some(n) = (s + 1 < doc.sentences.len() && doc.sentences[s + 1].paragraph <= para + 1).then_some(s + 1) {
        let r = doc.sentence_tokens(n);
        if an.lang.time_words.iter().any(|(p, k, _)| k == "said_then" && r.len() > p.len() && phrase_at(doc, r.start, p)) {
            let span = doc.sentences[n].span;
            if let Some((_, t)) = time_tok.iter().find(|(_, t)| t.start >= span.start && t.end <= span.end && !t.anchor_only && t.value.len() >= 10 && is_day(&t.value)) {
                return Some(t.value[..10].to_string());
            }
        }
    }
    doc.quotes.iter().find_map(|q| {
        let qs = doc.sentence_at(q.start)?;
        if qs <= s || qs > s + 2 || doc.sentences[qs].paragraph > para + 1 {
            return None;
        }
        let sp = q.speaker.as_ref()?;
        if who.entity.as_ref() != Some(sp) && !(who.entity.is_none() && who.country.as_ref() == Some(sp)) {
            return None;
        }
        let qe = doc.sentence_at(q.end.saturating_sub(1))?;
        let r = doc.sentences[qe].span;
        time_tok.iter().find(|(_, t)| t.start >= q.end && t.end <= r.end && !t.anchor_only && t.value.len() >= 10).map(|(_, t)| t.value[..10].to_string())
    })
}

/// The day the next sentence gives an act named by a noun in tokens `from..to` of sentence `s`, when it
/// opens with that noun made definite ("The agreement …", "Kesepakatan itu …": classes `det`, `det_post`).
fn referred_date(an: &Analysis, time_tok: &[(usize, &warta_core::TimeExpr)], s: usize, from: usize, to: usize) -> Option<String> {
    let doc = an.doc;
    let n = next_sentence(an, s)?;
    let r = doc.sentence_tokens(n);
    let head = |k: usize| doc.tokens.get(k).filter(|t| t.kind == warta_core::TokenKind::Word && t.lower.chars().count() >= 4 && (from..to).any(|x| doc.tokens[x].lower == t.lower));
    let opens = (an.class(r.start) == Some("det") && head(r.start + 1).is_some()) || (head(r.start).is_some() && an.class(r.start + 1) == Some("det_post"));
    if !opens {
        return None;
    }
    day_of_sentence(an, time_tok, n)
}

/// The sentence after `s`, in its paragraph or the next.
fn next_sentence(an: &Analysis, s: usize) -> Option<usize> {
    let n = s + 1;
    (n < an.doc.sentences.len() && an.doc.sentences[n].paragraph <= an.doc.sentences[s].paragraph + 1).then_some(n)
}

/// Whether the time at token `k` of sentence `s` is another act's than one in clause `ci`: told in a clause opened by a word
/// of time ("after"/"setelah") that is not `ci`, or in the rest of such a clause past a relative clause ("Serangan itu datang
/// sepekan setelah penculikan di X, Y yang dikuasai Z, pada 3 Mei" — the kidnapping's day, not the attack's).
fn other_act_time(an: &Analysis, s: usize, ci: usize, k: usize) -> bool {
    // (a clause that tells an act of its own: "after midnight on Sunday" is no other act)
    let sub_time = |c: usize| c != ci && an.clauses[s].get(c).is_some_and(|c| c.kind == ClauseKind::Sub && c.start > 0 && an.class(c.start - 1) == Some("sub_time") && an.triggers_of(s).iter().any(|(t, _, p)| *t >= c.start && *t < c.end && p.code != "-"));
    // (a day closing the sentence is the sentence's act's, as Indonesian news tells it: "… diumumkan setelah pertemuan … di X,
    // Rabu (29/3).")
    let r = an.doc.sentence_tokens(s);
    let closing = || {
        let t = an.doc.times.iter().find(|t| an.doc.tokens.get(k).is_some_and(|x| t.start <= x.span.start && x.span.start < t.end));
        t.is_some_and(|t| an.doc.tokens[r.clone()].iter().filter(|x| x.span.start >= t.end).all(|x| x.kind == warta_core::TokenKind::Punct))
    };
    let ck = an.clause_of(s, k);
    (sub_time(ck) || (ck >= 2 && ck - 2 != ci && an.interrupts(s, ck) && sub_time(ck - 2))) && !closing()
}

/// The first day sentence `n` tells (not the anchor of "since").
fn day_of_sentence(an: &Analysis, time_tok: &[(usize, &warta_core::TimeExpr)], n: usize) -> Option<String> {
    let span = an.doc.sentences[n].span;
    time_tok.iter().find(|(k, t)| t.start >= span.start && t.end <= span.end && !t.anchor_only && t.value.len() >= 10 && is_day(&t.value) && !other_act_time(an, n, usize::MAX, *k)).map(|(_, t)| t.value[..10].to_string())
}

/// The day the next sentence gives an act told by the verb at token `i` of sentence `s`, when it names the act
/// again by the verb's noun made definite (a word of the same root, `Lang::stem`, before a demonstrative of class
/// `det_post`: "mengerahkan" — "pengerahan itu"), anywhere in it.
fn verb_referred_date(an: &Analysis, time_tok: &[(usize, &warta_core::TimeExpr)], s: usize, i: usize) -> Option<String> {
    let doc = an.doc;
    let n = next_sentence(an, s)?;
    let r = doc.sentence_tokens(n);
    // (… or that opens with a word for any decision made definite, class `act_ref`: "X mencabut status Y …. Keputusan itu
    // diumumkan … Rabu (29/3)", "The decision was announced on Wednesday")
    // (… or one that announces the decision made definite: "spokesman X announced the decision late on Friday", "mengumumkan
    // keputusan itu", a verb of marker class `announce` before it)
    let definite_ref = |k: usize| (an.class(k) == Some("act_ref") && an.class(k + 1) == Some("det_post")) || (an.class(k) == Some("det") && an.class(k + 1) == Some("act_ref"));
    if r.len() > 2 && (definite_ref(r.start) || (r.start + 1..r.end - 1).any(|k| definite_ref(k) && an.lang.has_class(&doc.tokens[k - 1].lower, "announce"))) {
        return day_of_sentence(an, time_tok, n);
    }
    let root = an.lang.stem(&doc.tokens[i].lower);
    if root.chars().count() < 4 || root == doc.tokens[i].lower {
        return None;
    }
    let named = r.clone().any(|k| k + 1 < r.end && an.class(k + 1) == Some("det_post") && doc.tokens[k].lower != doc.tokens[i].lower && an.lang.stem(&doc.tokens[k].lower) == root);
    // (… or that tells the same act again in the passive, its object now the subject: "X menangkap Y. Y ditangkap di Z pada
    // Sabtu (29/6)")
    // (looked at only when neither of the above holds)
    let retold = || {
        let si = doc.tokens[i].sentence;
        let object = an.actors.iter().find(|a| a.tok_start > i && a.tok_start <= i + 3 && doc.tokens[a.tok_start].sentence == si && a.entity.is_some() && !a.place);
        object.is_some_and(|o| r.clone().any(|k| doc.tokens[k].lower != doc.tokens[i].lower && an.lang.stem(&doc.tokens[k].lower) == root && an.actors.iter().any(|a| a.entity == o.entity && a.tok_start >= r.start && a.tok_end <= k)))
    };
    if named || retold() {
        return day_of_sentence(an, time_tok, n);
    }
    // (a head noun told again in the next sentence or the one after it: a quotation may stand between)
    [Some(n), next_sentence(an, n)].into_iter().flatten().find(|&m| rel_head_named(an, s, i, m)).and_then(|m| day_of_sentence(an, time_tok, m))
}

/// Whether the act at token `i` is told in a relative clause on a noun (past a doer after "by": "dua undang-undang oleh
/// parlemen X yang melarang …") that sentence `n` names again made definite ("kedua undang-undang tersebut", "the laws"):
/// the act is the one that sentence dates.
fn rel_head_named(an: &Analysis, s: usize, i: usize, n: usize) -> bool {
    let doc = an.doc;
    let Some(c) = an.clauses[s].get(an.clause_of(s, i)).filter(|c| c.kind == ClauseKind::Rel && c.start <= i && i <= c.start + 2) else { return false };
    let first = doc.sentence_tokens(s).start;
    // (the relative pronoun opens the clause or stands right before it)
    let Some(mut k) = [c.start, c.start.saturating_sub(1)].into_iter().find(|&k| k > first && an.class(k) == Some("rel")) else { return false };
    // (back over a side named after "by" and the preposition)
    if let Some(a) = an.actors.iter().find(|a| a.tok_end == k && a.tok_start > first + 1 && an.class(a.tok_start - 1) == Some("by")) {
        k = a.tok_start - 1;
    }
    let Some(h) = k.checked_sub(1).filter(|&h| h >= first) else { return false };
    let t = &doc.tokens[h];
    if t.kind != warta_core::TokenKind::Word || t.cap || t.lower.chars().count() < 4 || an.class(h).is_some() || an.lang.is_stopword(&t.lower) {
        return false;
    }
    let r = doc.sentence_tokens(n);
    r.clone().any(|x| doc.tokens[x].lower == t.lower && ((x + 1 < r.end && an.class(x + 1) == Some("det_post")) || (x > r.start && an.class(x - 1) == Some("det"))))
}

/// A trigger's word and a noun told later of the same act: equal, or the noun with one of the
/// language's verb endings (class `verb_ending`: "vetoed" → "the veto", "launches" → "the launch").
fn same_stem(lang: &Lang, trigger_word: &str, noun: &str) -> bool {
    let t = trigger_word.to_lowercase();
    let ending = |w: &str, stem: &str, classes: &[&str]| w.strip_prefix(stem).is_some_and(|rest| !rest.is_empty() && classes.iter().any(|c| lang.has_class(&format!("-{rest}"), c)));
    t == noun
        || (noun.chars().count() >= 4 && ending(&t, noun, &["verb_ending", "progressive_suffix"]))
        // (a verb and its act noun: "expelled" — "the expulsions"; function-word class `noun_ending`)
        || t.char_indices().skip(4).any(|(b, _)| ending(&t, &t[..b], &["verb_ending"]) && ending(noun, &t[..b], &["noun_ending"]))
}

/// Acts that coordinated subjects with no target do to each other: cooperation and agreement
/// (03-06, but praise, verbal defence and rallying support, 051-053, are about a third party), aid,
/// yielding (a ceasefire), investigation, force posture and fighting. Statements, appeals,
/// criticism, rejection, threats, protest, sanctions, coercion and assault are done side by side
/// ("Chile and Peru condemned the decision").
fn between_sides(code: &str) -> bool {
    // (not aid, which two states give side by side to a third: "X and Y took in refugees")
    matches!(root(code), 3..=6 | 8 | 9 | 15 | 19) && !["051", "052", "053"].iter().any(|c| code.starts_with(c))
}

/// Is a side of country `c` and sector `sec` another side than the actor's (`ac`, `asec`)? Another state, or at
/// home another sector (the army for the rebels' spokesman); a side of no state is no side here.
fn other_side(c: &Option<String>, sec: &Option<String>, ac: &Option<String>, asec: &Option<String>) -> bool {
    c.is_some() && (c != ac || (sec.is_some() && asec.is_some() && sec != asec))
}

/// Does an appeal trigger ending at `end` open what it asks for: one of frame `svo_direct` ("wants X to …") only with a side
/// right after it and "to" after the side ("wants to reopen the embassy" is intent, no appeal).
fn direct_side(an: &Analysis, pat: &EventPattern, end: usize) -> bool {
    pat.frame != "svo_direct" || root(&pat.code) != 2 || an.actors.iter().any(|a| a.tok_start == end && !a.place && an.class(a.tok_end) == Some("to"))
}

/// Is `code` its root's bare code ("170", "180"), no finer act named?
fn bare_root(code: &str) -> bool {
    code.len() == 3 && code.ends_with('0')
}

fn root(code: &str) -> u32 {
    code.get(..2).and_then(|r| r.parse().ok()).unwrap_or(0)
}

/// The CAMEO code of an appeal (02) or a demand (10) by what it asks for: "called on X to release Y" is an
/// appeal for a release (0253), "demanded a ceasefire" a demand for one (107). `asked` is the code of the act
/// asked for; only a generic appeal or demand (020, 100) is made specific, and only by an act of cooperation,
/// of yielding or of meeting, the kinds CAMEO names appeals and demands after.
fn appeal_code(appeal: &str, asked: &str) -> Option<&'static str> {
    let demand = match appeal {
        "020" | "02" => false,
        "100" | "10" => true,
        _ => return None,
    };
    let pick = |a: &'static str, d: &'static str| Some(if demand { d } else { a });
    let by3 = |code: &str| asked.starts_with(code);
    match asked.get(..2)? {
        "06" if by3("061") => pick("0211", "1011"),
        "06" if by3("062") => pick("0212", "1012"),
        "06" if by3("063") => pick("0213", "1013"),
        "06" if by3("064") => pick("0214", "1014"),
        "06" => pick("021", "101"),
        "07" if by3("071") => pick("0231", "1031"),
        "07" if by3("072") => pick("0232", "1032"),
        "07" if by3("073") => pick("0233", "1033"),
        "07" if by3("074") => pick("0234", "1034"),
        "07" => pick("023", "103"),
        "08" if by3("081") => pick("0251", "1051"),
        "08" if by3("082") => pick("0252", "1052"),
        "08" if asked == "0831" => pick("0241", "1041"),
        "08" if asked == "0832" => pick("0242", "1042"),
        "08" if asked == "0833" => pick("0243", "1043"),
        "08" if asked == "0834" => pick("0244", "1044"),
        "08" if by3("083") => pick("024", "104"),
        "08" if by3("084") => pick("0253", "1053"),
        "08" if by3("085") => pick("0254", "1054"),
        "08" if by3("086") => pick("0255", "1055"),
        "08" if asked == "0871" => pick("0256", "107"),
        "08" if asked == "0874" => pick("0256", "106"),
        "08" if by3("087") => pick("0256", "1056"),
        "04" if by3("045") => pick("028", "105"),
        "04" => pick("026", "108"),
        _ => None,
    }
}

fn same_side(a: &ActorRef, b: &ActorRef) -> bool {
    match (&a.entity, &b.entity) {
        (Some(x), Some(y)) if x == y => true,
        _ => a.span == b.span,
    }
}

/// The day of an act told a duration away from another: "The strikes … came a day after two soldiers were
/// killed", "serangan itu terjadi dua hari setelah …". `word` is the after/before word opening the act's
/// clause, right after a duration ("a day", "dua hari"); its `act_after` argument in the time words is
/// the direction. The day counted from is a day told before the duration in the sentence ("The attack on
/// Sunday came two days after …"), else — when the sentence opens with a definite description naming no
/// actor ("The strikes …", "Serangan itu …") — the day of the last earlier act of the kind it names, or of
/// the story's first dated act, else the day of an act the sentence told before the duration. Anything else gives `None`.
fn offset_date(an: &Analysis, time_tok: &[(usize, &warta_core::TimeExpr)], events: &[(Event, usize, usize)], from: usize, word: usize) -> Option<String> {
    let doc = an.doc;
    let dir = an.lang.time_words.iter().find(|(p, k, _)| k == "act_after" && p.len() == 1 && p[0] == doc.tokens[word].lower).map(|(_, _, a)| *a)?;
    // ("hours after X ordered …": a bare count of hours or minutes, no time expression, keeps the day of the
    // day told before it)
    let bare_hours = word > from && an.lang.time_words.iter().any(|(p, k, _)| matches!(k.as_str(), "unit_hour" | "unit_minute") && p.len() == 1 && p[0] == doc.tokens[word - 1].lower);
    if bare_hours && !time_tok.iter().any(|(_, t)| t.end == doc.tokens[word - 1].span.end) {
        // (… or, opening the sentence, the day of the act its definite description names: "Hours before the talks opened,
        // X fired …")
        let fronted = word == from + 1;
        let to = (word + 1..doc.sentence_tokens(doc.tokens[word].sentence).end).find(|&k| doc.tokens[k].lower == ",");
        // (… else, hours from an act no day is told for, the page's day)
        let page = || doc.article.published.as_deref().filter(|p| p.len() >= 10 && is_day(p)).map(|p| p[..10].to_string());
        return time_tok.iter().rev().find(|(j, t)| *j >= from && *j < word - 1 && !t.anchor_only && is_day(&t.value)).map(|(_, t)| t.value[..10].to_string()).or_else(|| to.filter(|_| fronted).and_then(|to| described_act_day(an, events, word + 1, to))).or_else(page);
    }
    let (k, dur) = time_tok.iter().find(|(k, t)| *k >= from && *k < word && t.end == doc.tokens[word - 1].span.end && t.value.starts_with('P'))?;
    // (… or, with neither, the day of the act the sentence told before the duration, dated by the pair it retells: "The two
    // leaders met at the palace, a day after X held talks with Y")
    let s = doc.tokens[word].sentence;
    let told_before = || events.iter().rev().take_while(|(_, es, _)| *es == s).find(|(e, _, _)| !e.background && e.date.as_deref().is_some_and(is_day)).and_then(|(e, _, _)| e.date.clone());
    let base = match time_tok.iter().filter(|(j, t)| *j >= from && *j < *k && !t.anchor_only && is_day(&t.value)).last() {
        Some((_, t)) => t.value.clone(),
        None => described_act_day(an, events, from, *k).or_else(told_before)?,
    };
    // (hours or minutes keep the day: "agreed on Sunday …, hours after X ordered tariffs")
    if dur.value.starts_with("PT") {
        return Some(base[..10].to_string());
    }
    warta_time::shift(&base[..10], &dur.value, dir)
}

/// The day of the act a definite description in tokens [from, to) refers back to ("The strikes …",
/// "pertemuan itu"), naming no actor: the last earlier act of the kind it names, else the story's lead
/// act (the first one dated). `None` when the words are no definite description.
fn described_act_day(an: &Analysis, events: &[(Event, usize, usize)], from: usize, to: usize) -> Option<String> {
    let s = an.doc.tokens[from].sentence;
    let definite = an.class(from) == Some("det") || (from..to.min(from + 4)).any(|j| an.class(j) == Some("det_post"));
    if !definite || an.actors.iter().any(|a| a.tok_start >= from && a.tok_end <= to && !a.place) {
        return None;
    }
    let told = |e: &Event| e.date.as_deref().is_some_and(is_day) && matches!(e.date_source.as_deref(), Some("clause" | "sentence" | "offset"));
    let earlier = events.iter().filter(|(e, es, _)| *es < s && told(e));
    let roots: Vec<&str> = an.triggers_of(s).iter().filter(|(a, _, p)| *a >= from && *a < to && p.frame == "noun").map(|(_, _, p)| &p.code[..2]).collect();
    let same_kind = earlier.clone().filter(|(e, _, _)| roots.contains(&&e.code[..2])).last();
    same_kind.or_else(|| earlier.clone().next())?.0.date.clone()
}

/// The day of a main clause after a fronted clause of another act's time with its distance: "Beberapa jam
/// sebelum pengumuman itu, X menembakkan …", "Two days after the vote, protesters …". The sentence opens
/// with a duration, an `act_after` word and what it counts from (a day, or a definite description of an
/// earlier act), then a comma at `main - 1`; hours and minutes keep the day.
fn fronted_offset(an: &Analysis, time_tok: &[(usize, &warta_core::TimeExpr)], events: &[(Event, usize, usize)], from: usize, main: usize) -> Option<String> {
    let doc = an.doc;
    if main < from + 3 || doc.tokens[main - 1].lower != "," {
        return None;
    }
    let (_, dur) = time_tok.iter().find(|(k, t)| *k == from && t.value.starts_with('P'))?;
    let word = doc.tokens.partition_point(|t| t.span.end <= dur.end);
    let dir = an.lang.time_words.iter().find(|(p, k, _)| k == "act_after" && p.len() == 1 && Some(&p[0]) == doc.tokens.get(word).map(|t| &t.lower)).map(|(_, _, a)| *a)?;
    let base = match time_tok.iter().filter(|(j, t)| *j > word && *j < main && !t.anchor_only && is_day(&t.value)).last() {
        Some((_, t)) => t.value.clone(),
        None => described_act_day(an, events, word + 1, main - 1)?,
    };
    if dur.value.starts_with("PT") {
        return Some(base[..10].to_string());
    }
    warta_time::shift(&base[..10], &dur.value, -dir)
}

/// The day of a main clause after a fronted clause of "after" and a bare act noun naming no side: "Setelah
/// pertemuan, X mendesak …", "After the talks, X urged …" — the day the last act of the noun's kind that was done
/// (not one intended, "sepakat bertemu") was told on.
fn fronted_act_day(an: &Analysis, events: &[(Event, usize, usize)], from: usize, main: usize) -> Option<String> {
    let doc = an.doc;
    if main < from + 3 || doc.tokens[main - 1].lower != "," || an.class(from) != Some("sub_time") {
        return None;
    }
    let s = doc.tokens[from].sentence;
    if !an.after_word(from) || an.actors.iter().any(|a| a.tok_start > from && a.tok_end < main) {
        return None;
    }
    let codes: Vec<&str> = an.triggers_of(s).iter().filter(|(t, e, p)| *t > from && *e < main && p.code != "-").map(|(_, _, p)| p.code.as_str()).collect();
    if codes.is_empty() {
        return None;
    }
    let done = |e: &Event| e.modality == "asserted" && !e.implied && !e.code.starts_with("03") && e.date.as_deref().is_some_and(is_day) && matches!(e.date_source.as_deref(), Some("clause" | "sentence" | "offset" | "antecedent"));
    // (an act of the noun's own code first — "pertemuan" a meeting, not a call — else of its kind)
    let earlier = || events.iter().filter(|(e, es, _)| *es < s && done(e));
    earlier().rev().find(|(e, _, _)| codes.contains(&e.code.as_str())).or_else(|| earlier().rev().find(|(e, _, _)| codes.iter().any(|c| root(c) == root(&e.code))))?.0.date.clone()
}

/// Code every event of the document.
pub fn code_events(doc: &Doc, lang: &'static Lang, actors: &[ActorRef]) -> Vec<Event> {
    // a generic agent word inside the words that name an act, before another word of them ("military
    // aid", "intelligence sharing"), is part of that name, no side of it or of any other act (not one a
    // pattern ends on, "banned the two opposition parties", nor one a wildcard covers)
    let trig: Vec<Vec<(usize, usize, &'static EventPattern)>> = (0..doc.sentences.len()).map(|s| triggers(doc, lang, s)).collect();
    let inside = |a: &ActorRef| {
        a.entity.is_none()
            && a.anaphor.is_none()
            && !a.place
            && trig[doc.tokens[a.tok_start].sentence].iter().any(|(t, e, p)| p.code != "-" && *t <= a.tok_start && a.tok_end < *e && (a.tok_start..a.tok_end).all(|k| p.tokens.contains(&doc.tokens[k].lower)))
    };
    let kept: Vec<ActorRef>;
    let actors = if actors.iter().any(inside) {
        kept = actors.iter().filter(|a| !inside(a)).cloned().collect();
        &kept[..]
    } else {
        actors
    };
    let an = Analysis::new(doc, lang, actors);
    for (s, t) in trig.into_iter().enumerate() {
        let _ = an.triggers[s].set(t);
    }
    let table = cameo();
    let mut events: Vec<(Event, usize, usize)> = vec![]; // (event, sentence, clause)
    let time_tok: Vec<(usize, &warta_core::TimeExpr)> = {
        doc.times.iter().filter_map(|t| doc.token_starting_at(t.start).map(|i| (i, t))).collect()
    };
    // a sports story (three different words of sports reporting or more): "menyerang", "attacked",
    // "membunuh" are game talk there, and violence is coded only with a casualty count
    // (only in the paragraphs that speak of sport: a page of news in brief mixes stories)
    let sport_paragraphs: rustc_hash::FxHashSet<usize> = {
        let mut seen: rustc_hash::FxHashSet<&str> = Default::default();
        let mut paras = rustc_hash::FxHashSet::default();
        for t in doc.tokens.iter().filter(|t| lang.sport_words.contains(&t.lower)) {
            seen.insert(t.lower.as_str());
            paras.insert(doc.sentences[t.sentence].paragraph);
        }
        if seen.len() >= 3 {
            paras
        } else {
            Default::default()
        }
    };
    // tokens inside a name: "United" in "United Nations", "Armed" in "Armed Forces" trigger nothing
    let mut in_name = vec![false; doc.tokens.len()];
    for m in doc.entities.iter().flat_map(|e| e.mentions.iter()) {
        let a = doc.tokens.partition_point(|t| t.span.end <= m.start);
        let b = doc.tokens.partition_point(|t| t.span.start < m.end);
        for x in in_name.iter_mut().take(b).skip(a) {
            *x = true;
        }
    }
    // (sentence, clause, end token) of the last consultation trigger
    let mut talks_in: Option<(usize, usize, usize)> = None;
    let mut topic_in: Option<(usize, usize)> = None;
    let mut protest_in: Option<(usize, usize)> = None;
    // (sentence, clause, token) of a condition "until" opened: what follows in its clause is the condition too
    let mut condition_from: Option<(usize, usize, usize)> = None;
    // (sentence, clause, end token) of the last appeal or demand
    let mut appeal_in: Option<(usize, usize, usize)> = None;
    // (sentence, end token) of the last finding of guilt
    let mut guilty_at: Option<(usize, usize)> = None;
    // (sentence, end token) of the last accusation
    let mut accused_at: Option<(usize, usize)> = None;
    let dateline_end = doc.dateline_dash();
    // the day a dateline gives ("WASHINGTON, June 27 (Reuters) -") is the filing's, in the place it was
    // filed: it dates what the story tells without a time before the page's timestamp does (a page
    // saved abroad prints its time in the saver's zone: "June 28, 2025 5:12 AM GMT+7")
    let filed = dateline_end.and_then(|d| time_tok.iter().find(|(k, t)| *k < d && !t.anchor_only && t.value.len() == 10 && is_day(&t.value)).map(|(_, t)| t.value.clone()));
    // the two sides of the last symmetric event and its sentence, for "the two ministers", "kedua negara"
    let mut last_pair: Option<(ActorRef, ActorRef, usize, Option<String>)> = None;
    // the two states of the last act one told against the other (not in the background): what "the two countries" name
    // when no encounter or agreement made a pair
    let mut last_dyad: Option<(ActorRef, ActorRef, usize)> = None;
    // the two states of the last fighting or truce told between them, background too, and its sentence: what a bare
    // "the clashes" opening the next sentence names ("… sejak kedua negara bertempur. Bentrokan pada 2022 menewaskan …")
    let mut last_fight: Option<(ActorRef, ActorRef, usize)> = None;
    // the pair the last act took as its object, and its sentence ("menelepon kedua pemimpin … dan mendesak mereka")
    let mut pair_object_in: Option<(usize, ActorRef, ActorRef)> = None;
    // the last recipient of a verbal act in each sentence, by the actor's country ("urged the United States …
    // and said China would take countermeasures": the second act is addressed to the same side)
    let mut last_addressee: Option<(usize, Option<String>, ActorRef)> = None;
    // (sentence, clause, end token, first event index) of the last violent act noun coded
    let mut last_force_noun: Option<(usize, usize, usize, usize)> = None;
    // (sentence, clause, end token) of the last violent act verb coded
    let mut last_force_verb: Option<(usize, usize, usize)> = None;
    // a definite force noun that named an act told before (sentence, clause, end): the force verb it is the subject of
    // tells that act again ("Santiago said the strikes targeted militants …")
    let mut told_force_subject: Option<(usize, usize, usize)> = None;
    // (sentence, clause, end token) of the last demand or appeal told as what a side must or should do
    // ("said X should impose sanctions"): the act right after it is what is asked, not done
    let mut demanded: Option<(usize, usize, usize)> = None;
    for s in 0..doc.sentences.len() {
        let sspan = doc.sentences[s].span;
        let srange = doc.sentence_tokens(s);
        let mut clause_modality: HashMap<usize, String> = HashMap::new();
        let title_case = doc.sentences[s].title_case;
        // … and a capitalised word inside the sentence that opens a run of capitalised words is a name's
        // first word ("Associated Press"), unless the whole line is in title case (a headline)
        // (not the first word after a dateline's dash, which opens the story's sentence: "Jakarta - Serangan X menewaskan …")
        let dash = doc.dateline_dash();
        let name_start = |i: usize| {
            !title_case
                && i > srange.start
                && dash.is_none_or(|d| d + 1 != i)
                && doc.tokens[i].cap
                && doc.tokens.get(i + 1).is_some_and(|t| t.cap && t.kind == warta_core::TokenKind::Word && t.sentence == s)
        };
        // where words of class `habitual` start in the sentence (one or two words), found once: what follows them in
        // their clause is a side's habit
        // (only in a sentence with an act to code)
        let habits: Vec<usize> = if an.triggers_of(s).is_empty() { vec![] } else { (srange.start..srange.end).filter(|&k| lang.has_class(&doc.tokens[k].lower, "habitual") || (k + 1 < srange.end && lang.has_class(&format!("{} {}", doc.tokens[k].lower, doc.tokens[k + 1].lower), "habitual"))).collect() };
        // the "by"/"oleh" a few words after an act's words, past only plain words (no verb, relative word or comma): "penyerbuan
        // <tempat> di <kota> oleh X" — where the act's doer is named
        let by_after = |end: usize, limit: usize| (end..(end + 9).min(limit)).find(|&k| an.class(k) == Some("by")).filter(|&k| (end..k).all(|x| doc.tokens[x].kind == warta_core::TokenKind::Word && !lang.verb_form(&doc.tokens[x].lower) && !matches!(an.class(x), Some("rel" | "comp"))));
        for &(i, end, pat) in an.triggers_of(s) {
            if in_name[i] || name_start(i) {
                continue;
            }
            let ci = an.clause_of(s, i);
            if pat.code == "-" {
                if let Some(m) = &pat.modality {
                    clause_modality.insert(ci, m.clone());
                }
                continue;
            }
            // (a crowd told as gathered right after an appeal's verb is what the appeal is made to, no rally told here: "urged
            // supporters gathered in X to stay calm")
            if root(&pat.code) == 14 && an.triggers_of(s).iter().any(|&(t, e, p)| e == i && t < i && root(&p.code) == 2 && p.code != "-") {
                continue;
            }
            // a verb of agreeing or promising that opens a cue of intent ("agreed to", "sepakat untuk",
            // "bersedia") is no act of its own when another act follows it in its clause: that act is what is
            // agreed, told as intended ("agreed to ease the curfew": 0813 told as intended, 0351)
            // (and so is a threat verb opening a cue of threat, "threatened to", "mengancam akan": the act
            // threatened is coded as that threat, `threat_code`)
            let cue_kind = if ["03", "05"].iter().any(|c| pat.code.starts_with(c)) { Some("intended") } else if pat.code.starts_with("13") { Some("threatened") } else { None };
            let cue_end = cue_kind.and_then(|k| lang.modality.iter().filter(|(_, m)| m == k).filter_map(|(p, _)| cue_len(&an, i, p)).filter(|&n| i + n >= end).map(|n| i + n).max());
            // (a threatened act right after its cue: "threatened to stop negotiations" threatens no talks)
            let reach = if cue_kind == Some("threatened") { 0 } else { 3 };
            if cue_end.is_some_and(|c| an.triggers_of(s).iter().any(|&(n, _, q)| q.code != "-" && n >= c && n <= c + reach && an.clause_of(s, n) == ci && !(cue_kind == Some("intended") && object_participle(&an, c, n)))) {
                continue;
            }
            if demanded.is_some_and(|(ds, dc, de)| ds == s && dc == ci && i >= de && i <= de + 2) {
                continue;
            }
            // a cooperative thing named after "and" right after the object a hostile act's words end with is a second object of
            // that act, not done: "halted arms aid and intelligence sharing" (resumed, "resume aid and intelligence
            // sharing", it is done as the aid is; a word that can be a verb opens a second act: "stormed and looted")
            let second_object = root(&pat.code) < 10 && i >= 2 && an.class(i - 1) == Some("conj") && !lang.verb_forms.is_empty() && !lang.verb_forms.contains_key(&doc.tokens[i].lower) && !lang.verb_form(&doc.tokens[i].lower) && !lang.progressive_form(&doc.tokens[i].lower);
            if second_object && an.triggers_of(s).iter().any(|&(t, e, q)| q.code != "-" && root(&q.code) >= 10 && e + 1 == i && e > t + 1 && an.clause_of(s, t) == ci) {
                continue;
            }
            // (but force named by a noun that the asked act takes as object, with its doer after "oleh"/"by",
            // happened: "mendesak X mengusut penembakan terhadap Y oleh Z" asks for an inquiry into a shooting)
            let presupposed = pat.frame == "noun"
                && root(&pat.code) >= 18
                && an.triggers_of(s).iter().any(|&(t, e, q)| q.code != "-" && t >= an.clauses[s][ci].start && e <= i && i - e <= 2)
                && an.by_doer_in(end, (end + 8).min(an.clauses[s][ci].end));
            // the roots of the acts whose words open this clause as their complement ("demanding that …")
            let opened_by = |roots: &[u32]| {
                let c = &an.clauses[s][ci];
                c.kind == ClauseKind::Comp && c.start > srange.start && an.triggers_of(s).iter().any(|&(t, e, q)| roots.contains(&root(&q.code)) && t < c.start && e <= c.start && c.start - e <= 2 && direct_side(&an, q, e))
            };
            // … nor is an act in the clause a demand or an appeal opens ("a motion demanding that X halt
            // its attacks", "mendesak agar X menghentikan …"): it is what is asked; and a threat told inside
            // a warning is that warning ("warned that X would respond")
            let rp = root(&pat.code);
            // (what is asked makes a generic appeal or demand of the sentence specific: "called on X to release Y"
            // is an appeal for a release, 0253; "menuntut gencatan senjata" a demand for a ceasefire, 107)
            let refine_appeal = |events: &mut Vec<(Event, usize, usize)>| {
                if let Some((e, _, _)) = events.iter_mut().rev().take_while(|(_, es, _)| *es == s).find(|(e, _, _)| matches!(e.code.as_str(), "020" | "100")) {
                    if let Some(c) = appeal_code(&e.code, &pat.code) {
                        recode(e, c);
                    }
                }
            };
            // what a side is known for is its habit, no act told here: the acts after a word of class `habitual` in
            // its clause ("dikenal kerap mengecam X", "known for criticising X")
            let cs = an.clauses[s][ci].start;
            if habits.iter().any(|&k| k >= cs && k < i) {
                continue;
            }
            // (… and so is a second act in base form joined to the one asked: "called on X to look into it and punish those
            // responsible to account")
            // an act named inside the label a side gives a thing is no act: "called the unrest an attempt to seize power",
            // "termed the raid an act of war" (a label verb, its object, then an indefinite article before the act's words)
            // (the article after the verb looked at first: the word lookups only where one stands)
            let labelled = (an.clauses[s][ci].start..i).rev().take(8).find(|&k| k + 1 < i && an.class(k + 1) == Some("det") && an.lang.has_class(&doc.tokens[k].lower, "label_verb")).is_some_and(|k| {
                (k..i).all(|x| doc.tokens[x].lower != ",") && (k + 2..i).any(|x| lang.has_class(&doc.tokens[x].lower, "indef"))
            });
            // (… and so is one a noun names right after the preposition of a label, class `label_as`, a label verb before it in
            // its clause with no comma between: "menyebut penahanan itu sebagai penyanderaan", "described the raid as an
            // invasion")
            // (the verb may open a clause of its own as a verb of saying: "X menyebut penangkapan itu …")
            let labelled = labelled || ((pat.frame == "noun" || !lang.verb_form(&doc.tokens[i].lower)) && i > srange.start + 2 && {
                let a = if lang.has_class(&doc.tokens[i - 1].lower, "indef") { i - 2 } else { i - 1 };
                a > srange.start && lang.has_class(&doc.tokens[a].lower, "label_as") && (a.saturating_sub(7).max(srange.start)..a).rev().take_while(|&x| doc.tokens[x].lower != ",").any(|x| lang.has_class(&doc.tokens[x].lower, "label_verb"))
            });
            if labelled {
                continue;
            }
            let asked_too = rp != 10 && rp != 2 && i > srange.start && an.class(i - 1) == Some("conj") && lang.verb_forms.contains_key(&doc.tokens[i].lower) && an.triggers_of(s).iter().any(|&(t, e, q)| matches!(root(&q.code), 2 | 10) && e <= i && i - e <= 12 && (e..i).any(|k| an.class(k) == Some("to")) && an.clause_of(s, t) == ci);
            if asked_too {
                continue;
            }
            if ((rp != 10 && rp != 2 && opened_by(&[2, 10])) || (rp == 13 && opened_by(&[13]))) && !presupposed {
                if rp != 10 && rp != 2 && opened_by(&[2, 10]) {
                    refine_appeal(&mut events);
                }
                continue;
            }
            let clause = an.clauses[s][ci].clone();
            // "… melakukan pembicaraan telepon … untuk membahas bantuan": talks as the purpose of an act
            // just coded are that act, not another consultation
            // (… and a meeting after "to" that a trip or a meeting just told is for: "will travel to X and Y to
            // meet their leaders")
            let purpose = |i: usize| an.class(i - 1) == Some("purpose") || (an.class(i - 1) == Some("to") && events.last().is_some_and(|(e, es, ec)| *es == s && *ec == ci && e.code.starts_with("04")));
            if pat.code.starts_with("04") && i > srange.start && purpose(i) && events.last().is_some_and(|(_, es, _)| *es == s) {
                topic_in = Some((s, ci));
                continue;
            }
            // what talks are about is not an act: "membahas bantuan kemanusiaan", "discussed military
            // aid" (a nominal act just after a consultation verb, no comma between; anything after
            // talks held for a purpose)
            // (not across a coordinator: "menggelar pertemuan bilateral dan menyaksikan penandatanganan …")
            let topic_of_talks = talks_in.is_some_and(|(ts, tc, te)| ts == s && tc == ci && i >= te && i <= te + 3 && !(te..i).any(|k| doc.tokens[k].lower == "," || an.class(k) == Some("conj")));
            if (pat.frame == "noun" && topic_of_talks) || topic_in == Some((s, ci)) {
                continue;
            }
            // an act of force named again in apposition after a comma ("X struck a rebel camp near Y, an
            // attack that drew protests", "…, serangan yang …") is the act just told, not a second one
            let rtp = root(&pat.code);
            if (18..=20).contains(&rtp) && i > srange.start + 1 && {
                let p = if doc.tokens[i - 1].kind == warta_core::TokenKind::Word && !doc.tokens[i - 1].cap && doc.tokens[i - 1].lower.chars().count() <= 3 { i - 2 } else { i - 1 };
                p > srange.start && doc.tokens[p].lower == ","
            } && events.iter().any(|(e, es, _)| *es == s && (18..=20).contains(&root(&e.code)) && !e.implied)
            {
                continue;
            }
            // a light verb before an act noun names no act of its own ("is conducting military exercises":
            // the noun codes it, function-word class `light`)
            // (perhaps over two lower-case modifiers: "held indirect talks")
            let modifier_word = |k: usize| an.content_word(k) && !pattern_index(lang).contains_key(&doc.tokens[k].lower);
            if end == i + 1 && an.class(i) == Some("light") && an.triggers_of(s).iter().any(|&(n, _, p)| n >= end && n <= end + 2 && (end..n).all(modifier_word) && p.code != "-") {
                continue;
            }
            // a verb of where a side stands, in the present tense right after a relative pronoun (marker class `stance`),
            // describes the side and tells no act: "X, who opposes the ruling party, said …" (not a stance on an act of the
            // story, a word of the lexicon within the four words after it: "who backs the truce plan")
            if i > srange.start && an.class(i - 1) == Some("rel") && lang.has_class(&doc.tokens[i].lower, "stance") && !an.triggers_of(s).iter().any(|&(t, _, _)| t > end && t <= end + 4) {
                continue;
            }
            // a participle right after a noun and before "by" describes it ("troops backed by local
            // vigilantes", "a force led by X"): no act told
            // (or an act's noun: "the blockade imposed by X")
            // (perhaps over an adverb: "a meeting also watched by X")
            let act_noun_before = an.triggers_of(s).iter().any(|(t, e, p)| (*e == i || (*e + 1 == i && an.class(*e) == Some("adverb"))) && *t < i && p.frame == "noun" && p.code != "-")
                // (or a lower-case noun after an article or a preposition: "at a meeting also watched by X")
                || {
                    let n = if i > srange.start + 1 && an.class(i - 1) == Some("adverb") { i - 1 } else { i };
                    n > srange.start + 1 && an.content_word(n - 1) && !doc.tokens[n - 1].cap && !lang.verb_form(&doc.tokens[n - 1].lower) && (an.class(n - 2) == Some("det") || (an.class(n - 2).is_some() && lang.is_stopword(&doc.tokens[n - 2].lower)))
                }
                // (or over one or two lower-case modifiers after a quantifier or an article: "cancelled all cultural
                // events organised by X"; a hostile participle has its frame, "a cruise missile fired by X")
                || root(&pat.code) < 13 && i > srange.start + 1 && {
                    let mut m = i - 1;
                    let mut words = 0;
                    while m > srange.start && words < 3 && an.content_word(m) && !lang.verb_form(&doc.tokens[m].lower) {
                        m -= 1;
                        words += 1;
                    }
                    (2..=3).contains(&words) && (an.class(m) == Some("det") || lang.is_stopword(&doc.tokens[m].lower))
                };
            if pat.frame == "svo" && end == i + 1 && i > srange.start && an.class(end) == Some("by") && (an.actors.iter().any(|a| a.tok_end == i) || act_noun_before) && lang.verb_form(&doc.tokens[i].lower) && !lang.progressive_form(&doc.tokens[i].lower) {
                continue;
            }
            // a participle after an article is an adjective ("the outlawed Kurdistan Workers Party", "the
            // disputed area"): no act (a one-word verb pattern with a verb ending, function-word class `verb_ending`)
            // (or after a possessive pronoun: "its exiled chief", "their detained leader")
            // (or after "of" with a plain noun after it: "the acceptance of deported migrants")
            let of_before_noun = i > srange.start && an.class(i - 1) == Some("of") && end < srange.end && an.content_word(end);
            // (… and so is one right after a person's description in apposition, "X, an American teacher jailed in …":
            // a clause on X, not an act told)
            let described = i > srange.start + 2 && an.actors.iter().any(|a| a.tok_end == i && a.entity.is_none() && a.sector.is_some() && a.tok_start >= srange.start + 2 && lang.has_class(&doc.tokens[a.tok_start - 1].lower, "indef") && doc.tokens[a.tok_start - 2].lower == ",");
            if described && pat.frame == "svo" && end == i + 1 && lang.verb_form(&doc.tokens[i].lower) && !lang.progressive_form(&doc.tokens[i].lower) {
                continue;
            }
            // a gerund opening a clause, a copula after its object, is what is talked of, no act: "(said that) granting asylum
            // was a legitimate act"
            let opens = i == srange.start || i == clause.start || an.class(i - 1) == Some("comp");
            if opens && lang.progressive_form(&doc.tokens[i].lower) && (end..(end + 3).min(srange.end)).find(|&k| !(doc.tokens[k].kind == warta_core::TokenKind::Word && an.content_word(k))).is_some_and(|k| matches!(an.class(k), Some("passive_aux" | "progressive_aux"))) {
                continue;
            }
            // an accusation after a preposition of charges, "diadili atas tuduhan merencanakan kudeta", "on charges of",
            // is the ground of a trial or an arrest (function-word class `charge_prep`), no act of its own
            if pat.code.starts_with("112") && end == i + 1 && i > srange.start && lang.has_class(&doc.tokens[i - 1].lower, "charge_prep") {
                continue;
            }
            // (after an indefinite article whatever was told before: "an outcome of a negotiated settlement" after talks)
            let indef = i > srange.start && lang.has_class(&doc.tokens[i - 1].lower, "indef");
            if pat.frame == "svo" && end == i + 1 && i > srange.start && (an.class(i - 1) == Some("det") || an.class(i - 1) == Some("poss_pronoun") || indef || of_before_noun) && !lang.progressive_form(&doc.tokens[i].lower) && lang.verb_form(&doc.tokens[i].lower) && (indef || !events.iter().any(|(e, _, _)| root(&e.code) == root(&pat.code))) {
                continue;
            }
            // a definite mention of an act already told, whose word the lexicon lists as a verb
            // ("Hun Manet menyebut pertemuan itu sangat baik"): that act again, not a new one
            // (or a bare one after a word of time closing the sentence, naming nobody: "kata X … usai pertemuan.")
            let after_time_word = i > srange.start && an.class(i - 1) == Some("sub_time") && an.act_after_word(i - 1) && doc.tokens.get(end).is_none_or(|t| t.sentence != s || t.kind == warta_core::TokenKind::Punct);
            if pat.frame == "svo" && end == i + 1 && ((i > srange.start && an.class(i - 1) == Some("det")) || an.class(end) == Some("det_post") || after_time_word) && events.iter().any(|(e, _, _)| root(&e.code) == root(&pat.code)) {
                continue;
            }
            // what a protest rejects is its cause, not another act: "unjuk rasa menolak revisi UU"
            // (also from a relative clause on the protest, perhaps with a time clause in it: "Demonstrasi yang
            // digelar sejak Senin … itu menolak …")
            if pat.code.starts_with("12") && protest_in.is_some_and(|(ps, pc)| ps == s && (pc == ci || (pc < ci && an.clauses[s][pc + 1..=ci].iter().all(|c| matches!(c.kind, ClauseKind::Rel | ClauseKind::Sub))))) {
                continue;
            }
            if pat.code.starts_with("14") {
                protest_in = Some((s, ci));
            }
            // what an appeal or demand asks for is its content: "mendesak Pyongyang kembali ke meja
            // perundingan", "called for negotiations"
            if pat.frame == "noun" && !presupposed && appeal_in.is_some_and(|(a_s, a_c, a_end)| a_s == s && a_c == ci && i >= a_end) {
                refine_appeal(&mut events);
                continue;
            }
            // … and so is a yielding or cooperative verb joined to it with no subject of its own
            // ("menuntut pemerintah membatalkan rencana itu dan membebaskan warga yang ditahan")
            let clause_now = &an.clauses[s][ci];
            if pat.frame == "svo" && (3..=9).contains(&root(&pat.code)) && appeal_in.is_some_and(|(a_s, a_c, a_end)| a_s == s && i >= a_end && (a_c == ci || (ci > a_c && clause_now.kind == ClauseKind::Conj && an.first_actor(clause_now.start, i).is_none()))) {
                refine_appeal(&mut events);
                continue;
            }
            if (pat.code.starts_with("02") || pat.code.starts_with("10")) && direct_side(&an, pat, end) {
                appeal_in = Some((s, ci, end));
            }
            // the act right after a finding of guilt is its charge, no act told here ("terbukti bersalah melakukan
            // pembunuhan …", "found guilty of murdering …"); the finding codes the event
            if guilty_at.is_some_and(|(gs, ge)| gs == s && i >= ge && i <= ge + 1) {
                continue;
            }
            // (… as is an act named by a noun after "of" past the side an accusation names, no "and" between: "accuses X of
            // state-led genocide against Y" — the accusation codes the event)
            // (or right after the accusation's own words, past an article: "determined that X had committed genocide")
            if pat.frame == "noun" && accused_at.is_some_and(|(a_s, a_e)| a_s == s && (i == a_e || (i == a_e + 1 && an.class(a_e) == Some("det")))) {
                continue;
            }
            if pat.frame == "noun" && accused_at.is_some_and(|(a_s, a_e)| a_s == s && i > a_e && i <= a_e + 8 && (a_e..i).any(|k| an.class(k) == Some("of")) && (a_e..i).all(|k| (doc.tokens[k].kind != warta_core::TokenKind::Punct || doc.tokens[k].lower == "-") && an.class(k) != Some("conj"))) {
                continue;
            }
            if pat.code.starts_with("116") {
                guilty_at = Some((s, end));
            }
            if pat.code.starts_with("112") {
                accused_at = Some((s, end));
            }
            if pat.code.starts_with("04") {
                talks_in = Some((s, ci, end));
            }
            if pat.frame == "since_previous" {
                // "first contact since T": the last contact told before this one happened at T too
                let anchor = time_tok.iter().find(|(k, t)| *k >= i && *k < srange.end && t.anchor_only).map(|(_, t)| *t);
                let prev = events.iter().rev().find(|(e, es, _)| *es + 2 >= s && e.code.starts_with("04") && !e.implied).map(|(e, _, _)| e.clone());
                if let (Some(t), Some(p)) = (anchor, prev) {
                    let mut ev = p.clone();
                    recode(&mut ev, &pat.code);
                    ev.date = Some(t.value.clone());
                    ev.date_source = Some("sentence".into());
                    ev.background = true;
                    ev.implied = true;
                    ev.location = None;
                    ev.quote = None;
                    ev.trigger = doc.body[doc.tokens[i].span.start..doc.tokens[end - 1].span.end].to_string();
                    ev.sentence = doc.body[sspan.start..sspan.end].to_string();
                    ev.start = sspan.start;
                    ev.end = sspan.end;
                    ev.confidence = 0.6;
                    events.push((ev, s, ci));
                }
                continue;
            }
            // "Raids by gangs have risen since 2020", "Serangan terus meningkat": acts named by a noun as the
            // subject of a verb of a trend (marker class `trend_verb`, a few words on in the sentence, no comma or act
            // between) are a count, no event
            if pat.frame == "noun" && (end..(end + 6).min(srange.end)).find(|&k| lang.has_class(&doc.tokens[k].lower, "trend_verb")).is_some_and(|v| (end..v).all(|k| doc.tokens[k].lower != "," && !an.triggers_of(s).iter().any(|(t, _, p)| *t == k && p.code != "-"))) {
                continue;
            }
            // "were killed in an Israeli airstrike", "died in Russian shelling": an outcome told with the
            // act that caused it is that act's; the act's noun codes the event (and takes the dead as
            // its victims below), the outcome verb codes nothing
            if root(&pat.code) >= 18 && (i..end).any(|k| outcome_word(&an, k)) && cause_noun_after(&an, s, end).is_some() {
                continue;
            }
            // the target search runs on through relative clauses hanging on the object (and to the end of the
            // clause the trigger's own words reach: "demanded that Ankara stop")
            let mut limit = clause.end.max(an.clauses[s][an.clause_of(s, end - 1)].end);
            for c in &an.clauses[s][ci + 1..] {
                if c.kind == ClauseKind::Rel {
                    limit = c.end;
                } else {
                    break;
                }
            }
            // (… and through the clause of what a demand or an appeal asks, right after it: "demanded that Chile
            // release …", "mendesak agar X …" — its subject is whom the demand is made of)
            if matches!(root(&pat.code), 2 | 10) {
                if let Some(c) = an.clauses[s].get(ci + 1).filter(|c| c.kind == ClauseKind::Comp && c.start >= end && c.start <= end + 1) {
                    limit = limit.max(c.end);
                }
            }
            // "…, according to a statement from X": the source of the report, not a participant
            let accord = |k: usize| lang.reporting.iter().any(|(p, pos)| pos == "accord" && p.iter().enumerate().all(|(n, w)| doc.tokens.get(k + n).is_some_and(|t| t.lower == *w)));
            if let Some(k) = (end..limit).find(|&k| accord(k)) {
                limit = k;
            }
            // "welcomed the sanctions and urged Argentina …": a second predicate's object is its own
            // (a trigger that starts there: "drones and missiles at …" names no second act)
            // (in a language whose verbs inflect, one that opens with a word no verb form can be is a
            // second object, "restore trade credits and weather data exchange with X": the search goes on)
            let verb_like = |w: &str| lang.verb_forms.is_empty() || lang.verb_forms.contains_key(w) || lang.verb_form(w) || lang.progressive_form(w);
            let second_verb = |k: usize| an.class(k) == Some("conj") && doc.tokens.get(k + 1).is_some_and(|t| !t.cap && verb_like(&t.lower)) && an.triggers_of(s).iter().any(|(t, _, p)| *t == k + 1 && p.code != "-");
            // (but a second verb right after a one-word first, with no object between, shares the object that
            // follows: "raided and looted the governor's residence")
            if let Some(k) = ((if end == i + 1 { end + 1 } else { end })..limit).find(|&k| second_verb(k)) {
                limit = k;
            }
            // "…, Norway's foreign minister said": a closing attribution names the source, not a target
            // (one that goes on with its day: "…, Iwaya said Friday after meeting …")
            let says = |m: usize| lang.reporting.iter().any(|(p, _)| p.len() == 1 && p[0] == doc.tokens[m].lower);
            // (or one that opens with its verb: "…, kata Menteri Perdagangan X", "…, said the minister")
            let says_first = |m: usize| m < limit && lang.reporting.iter().any(|(p, pos)| pos == "post" && p.len() == 1 && p[0] == doc.tokens[m].lower);
            // (or with a clause of its own time: "…, X said after chairing a meeting of …")
            if let Some(k) = (end..limit).find(|&k| doc.tokens[k].lower == "," && (says_first(k + 1) || (k + 1..(k + 9).min(limit + 1).min(srange.end)).any(|m| says(m) && (m + 3 >= limit || doc.tokens.get(m + 1).is_some_and(|t| t.lower == ",") || an.class(m + 1) == Some("sub_time") || time_tok.iter().any(|(t, _)| *t == m + 1 || (*t == m + 2 && lang.is_stopword(&doc.tokens[m + 1].lower))))))) {
                limit = k;
            }
            let after = |from: usize| an.actors.iter().filter(move |a| a.tok_start >= from && a.tok_start < limit);
            // (a round's count may stand between: "menggelar putaran kedua perundingan", "held a second
            // round of talks" — function-word class `round`)
            // (a light verb that is also a reporting verb opens the clause of its noun: "mengumumkan gencatan senjata")
            let light_before = (i > clause.start && (an.class(i - 1) == Some("light") || light_round_before(&an, clause.start, i))) || (i == clause.start && i > srange.start && an.class(i - 1) == Some("light"));
            let mut confidence: f32 = 0.8;
            // an active verb after a passive auxiliary is passive ("had been caught", "were seized")
            // a noun after a modal cue ("will attack Iraq", "wants to attack") is the verb of the same form
            let after_modal = || lang.modality.iter().any(|(p, _)| i >= srange.start + p.len() && phrase_at(doc, i - p.len(), p));
            // (not a progressive form: "was recalling")
            let progressive = lang.progressive_form(&doc.tokens[i].lower);
            // where the doer after "by" starts: past an article ("fired by the rebels")
            let by_start = |end: usize| if an.class(end + 1) == Some("det") { end + 2 } else { end + 1 };
            // (the doer's name ends its noun phrase: not "killed by the X Airlines crash", where it names a thing)
            let np_ends = |k: usize| doc.tokens.get(k).is_none_or(|t| t.sentence != s || t.kind == warta_core::TokenKind::Punct || an.class(k).is_some() || (!t.cap && (lang.is_stopword(&t.lower) || lang.verb_form(&t.lower) || an.triggers_of(s).iter().any(|&(n, _, _)| n == k))));
            // (an adverb may stand between: "was also sentenced", "were later released")
            let adverb_between = i > srange.start + 1 && an.class(i - 2) == Some("passive_aux") && an.class(i - 1) == Some("adverb");
            let frame = if pat.frame == "svo" && i > srange.start && (an.class(i - 1) == Some("passive_aux") || adverb_between) && !progressive {
                "passive"
            } else if pat.frame == "noun" && after_modal() {
                "svo"
            } else if pat.frame == "svo" && (root(&pat.code) >= 13 || pat.code.starts_with("045")) && end == i + 1 && i > srange.start && !progressive && an.class(end) == Some("by") && doc.tokens[i - 1].kind == warta_core::TokenKind::Word && ((!doc.tokens[i - 1].cap && an.class(i - 1).is_none() && !lang.is_stopword(&doc.tokens[i - 1].lower) && !lang.verb_form(&doc.tokens[i - 1].lower)) || (pat.code.starts_with("045") && time_tok.iter().any(|(_, t)| t.end == doc.tokens[i - 1].span.end))) && an.actors.iter().any(|a| a.tok_start == by_start(end) && !a.place && np_ends(a.tok_end)) {
                // a participle of a hostile act after a noun, with its doer after "by": "a rocket fired by X
                // landed in Y" (not "a ceremony hosted by X": the noun is the act); or of mediation, "talks mediated
                // by X", whose doer mediates between the sentence's subjects
                "participle_by"
            } else {
                pat.frame.as_str()
            };
            // "Talks between X and Y officials were held in Z": a passive whose subject is an act of talk
            // named before it (no side before that act) holds the act, it detains no one
            if frame == "passive" && root(&pat.code) == 17 {
                let first_act = an.triggers_of(s).iter().filter(|(t, e, p)| p.code != "-" && *t >= clause.start && *e <= i).min_by_key(|(t, _, _)| *t);
                if first_act.is_some_and(|(t, _, p)| matches!(root(&p.code), 1..=6) && !an.actors.iter().any(|a| a.tok_start >= clause.start && a.tok_end <= *t && !a.place)) {
                    continue;
                }
            }
            let mut alleged = false;
            // (the subject of a clause joined without a comma: the side named before it is that clause's, no recipient)
            let mut joined = false;
            let (mut actor, mut target): (Option<ActorRef>, Option<ActorRef>) = match frame {
                "participle_by" => {
                    // (what it was aimed at is the next side the sentence names after the doer)
                    let by = after(end + 1).find(|a| a.tok_start == by_start(end)).cloned();
                    let target = by.as_ref().and_then(|b| after(b.tok_end).find(|a| !same_side(a, b) && a.anaphor.is_none() && (a.country.is_some() || a.entity.is_some())).cloned());
                    let parties = an.subjects[s].clone().filter(|x| x.tok_end <= i && by.as_ref().is_some_and(|b| !same_side(x, b)));
                    let target = if pat.code.starts_with("045") { parties } else { target };
                    (by, target)
                }
                "receive" => {
                    // "X received weapons from Y", "X menerima bantuan senjata dari Y", "X faced pressure from Y": the side after "from"
                    // (a few plain words on) gave or pressed, the subject got; with no giver named there is no act between two sides
                    // (the pattern may end with the "from" itself: "faced pressure from Y")
                    let f = (end.saturating_sub(1)..(end + 4).min(limit)).find(|&k| an.class(k) == Some("from")).filter(|&f| (end.min(f)..f).all(|k| an.content_word(k) || an.class(k) == Some("conj")));
                    let giver = f.and_then(|f| after(f + 1).find(|a| (a.tok_start == f + 1 || (a.tok_start == f + 2 && an.class(f + 1) == Some("det"))) && a.anaphor.is_none() && (a.country.is_some() || a.entity.is_some() || a.sector.is_some())).map(|a| if a.place { a.as_state() } else { a.clone() }));
                    let Some(giver) = giver else { continue };
                    let taker = an.first_actor(clause.start, i).and_then(|a| an.resolve(a, s, clause.kind == ClauseKind::Comp)).filter(|t| !same_side(t, &giver));
                    (Some(giver), taker)
                }
                "passive" => {
                    // (not past a relative pronoun: "X ditahan atas tuduhan yang diajukan oleh Y" — Y filed the charges)
                    let by = (i..limit).take_while(|&k| an.class(k) != Some("rel")).find(|&k| an.class(k) == Some("by"));
                    // (with no "by", the doer right after the verb, perhaps behind up to two lower-case words for
                    // what it used: "dilindas truk polisi", "ditembak polisi")
                    // (… and an abbreviation of them in brackets: "ditabrak mobil patroli (mobpatrol) Satlantas")
                    // (or the head word of an organisation's name: "ditembakkan kelompok X")
                    let plain = |k: usize| an.content_word(k) || an.class(k) == Some("org_head");
                    let gap_ok = |from: usize, to: usize| {
                        let (mut k, mut words) = (from, 0);
                        while k < to {
                            if an.bracketed(k) {
                                k += 3;
                            } else if plain(k) && words < 2 {
                                words += 1;
                                k += 1;
                            } else {
                                return false;
                            }
                        }
                        k == to
                    };
                    let actor = by.and_then(|b| after(b + 1).next().cloned()).or_else(|| after(end).find(|a| a.tok_start <= end + 5 && gap_ok(end, a.tok_start) && !a.place).cloned());
                    // (a doer named after "by" in capitalised words no list knows, "approved by the Grand
                    // Security Council", is an institution of the story's country)
                    let actor = actor.or_else(|| {
                        let b = by.filter(|&b| b < limit)?;
                        let first = by_start(b);
                        let n = (first..limit).take_while(|&k| doc.tokens[k].cap && doc.tokens[k].kind == warta_core::TokenKind::Word && !an.actors.iter().any(|a| a.tok_start <= k && k < a.tok_end)).count();
                        let c = doc.home_country.clone().filter(|_| n >= 2)?;
                        let span = warta_core::Span::new(doc.tokens[first].span.start, doc.tokens[first + n - 1].span.end);
                        Some(ActorRef { span, tok_start: first, tok_end: first + n, entity: Some(c.clone()), etype: Some(EntityType::Country), country: Some(c), sector: None, anaphor: None, place: false, home: true })
                    });
                    // (the subject after the last "and" before the verb: "dua petugas luka dan belasan
                    // warga ditahan" — the protesters were arrested)
                    let after_conj = (clause.start..i).rev().find(|&k| an.class(k) == Some("conj")).and_then(|k| an.actors.iter().find(|a| a.tok_start > k && a.tok_end <= i && !a.place && a.anaphor.is_none()));
                    // (a pattern that holds its own subject, "rudal yang ditembakkan (oleh) X": the weapon is the
                    // subject; the target is where it was fired to, "ke X", else where it fell; a doer unnamed is
                    // where it came from, "dari X")
                    let own_subject = pat.tokens.iter().any(|t| lang.function_words.get(t).is_some_and(|c| c == "rel"));
                    let actor = if own_subject { actor.or_else(|| from_side(&an, s, end, limit)) } else { actor };
                    // (an active verb after a relative's own subject, "the ships, which it accused of intruding": that
                    // subject acts on the relative's head)
                    let rel_subject = an.first_actor(clause.start, i).filter(|a| clause.kind == ClauseKind::Rel && a.anaphor.as_deref() == Some("rel_subject")).and_then(|a| an.resolve(a, s, false));
                    let actor = if rel_subject.is_some() { rel_subject.clone() } else { actor };
                    let target = if rel_subject.is_some() {
                        an.rel_head(clause.start).cloned()
                    } else if own_subject {
                        after(end).find(|a| a.tok_start > end && an.class(a.tok_start - 1) == Some("to")).map(|a| if a.place { a.as_state() } else { a.clone() })
                    } else {
                        after_conj.cloned().or_else(|| an.first_actor(clause.start, i).and_then(|a| an.resolve(a, s, clause.kind == ClauseKind::Comp)))
                            // (a passive right after a word of time that opens its clause has the sentence's subject: "X menempuh
                            // perjalanan dari Y sebelum disambut Presiden Z")
                            .or_else(|| if clause.start == i && i > srange.start && an.class(i - 1) == Some("sub_time") { an.subjects[s].clone().filter(|x| x.tok_end < i) } else { None })
                            .or_else(|| if clause.kind == ClauseKind::Rel { an.rel_head(clause.start).cloned() } else { None })
                            // (a relative clause on an act noun set off as an apposition to the sentence's act: "X held
                            // talks with Y, a visit that drew criticism from Z" — the criticism is aimed at the sentence's subject)
                            .or_else(|| {
                                let h = clause.start.checked_sub(2).filter(|&h| clause.kind == ClauseKind::Rel && h >= srange.start + 2 && doc.tokens[h - 2].lower == "," && (an.class(h - 1) == Some("det") || lang.has_class(&doc.tokens[h - 1].lower, "indef")))?;
                                // (a word for any decision, a meeting or a trip, class `trip_noun`, or a noun the lexicon codes)
                                let w = &doc.tokens[h].lower;
                                let act_word = an.class(h) == Some("act_ref") || lang.has_class(w, "meeting_noun") || lang.has_class(w, "trip_noun") || pattern_index(lang).get(w).is_some_and(|ps| ps.iter().any(|p| p.frame == "noun" && p.code != "-"));
                                act_word.then(|| an.subjects[s].clone()).flatten()
                            })
                            // (the rest of a clause a relative clause interrupted: "X, a man who met Y, was arrested")
                            .or_else(|| if clause.start == i { an.interrupted_subject(s, ci) } else { None })
                    };
                    // (a count of people right before the verb, "600 orang ditangkap", "dozens of people were
                    // detained": the people of the place named in the clause, else of the story's home country)
                    let target = target.or_else(|| {
                        let u = i.checked_sub(1).filter(|&u| root(&pat.code) == 17 && u > clause.start && casualty_word(&an, u, &["unit"]) && number_at(&an, u - 1).is_some())?;
                        let place = an.place_country_in(clause.start, clause.end);
                        let c = place.or_else(|| doc.home_country.clone())?;
                        let span = warta_core::Span::new(doc.tokens[u - 1].span.start, doc.tokens[u].span.end);
                        Some(ActorRef { span, tok_start: u - 1, tok_end: u + 1, entity: None, etype: None, country: Some(c), sector: Some("CVL".into()), anaphor: None, place: false, home: true })
                    });
                    // (a finding of guilt too, 116: "X had been convicted of fraud")
                    let judicial = root(&pat.code) == 17 || pat.code.starts_with("116");
                    // "X divonis 3 tahun penjara", "X was arrested": coercion told with no doer is the state's
                    // where it happened (a place named in the clause, else the story's home country)
                    // (… but the body that acted on the same person in this sentence or the two before, by its
                    // name: "Kejaksaan Agung menetapkan X sebagai tersangka. X langsung ditahan …")
                    let actor = actor.or_else(|| {
                        let t = target.as_ref().filter(|t| judicial && !t.place && t.entity.is_some())?;
                        let (e, _, _) = events.iter().rev().find(|(e, es, _)| *es + 2 >= s && *es <= s && matches!(root(&e.code), 11 | 17) && e.target.as_ref().is_some_and(|x| x.entity == t.entity) && e.actor.as_ref().is_some_and(|a| a.entity.is_some() && (state_sector(&a.sector) || a.sector.as_deref() == Some("JUD"))))?;
                        let who = e.actor.as_ref()?.entity.clone();
                        an.actors.iter().rev().find(|a| a.tok_end <= i && a.entity == who && a.anaphor.is_none()).cloned()
                    });
                    // (… or the police or court that reports it: "Polda mencatat 600 orang ditangkap")
                    let actor = actor.or_else(|| {
                        let t = target.as_ref().filter(|t| judicial && !t.place && clause.kind == ClauseKind::Comp)?;
                        an.subjects[s].clone().filter(|a| a.tok_end <= clause.start && a.country.is_some() && a.country == t.country && (a.sector.as_deref().is_some_and(|x| matches!(x, "COP" | "JUD"))))
                    });
                    // (… or the state, or its body, that says it of another state's people, when it is not the story's own, which the rule
                    // below gives: "X's ministry … told reporters the other's envoy would be expelled as a reply" in a story from
                    // the other capital)
                    let actor = actor.or_else(|| {
                        // (of one of its people: an envoy, an official, a named person)
                        let t = target.as_ref().filter(|t| judicial && !t.place && clause.kind == ClauseKind::Comp && t.country.is_some() && (t.etype == Some(EntityType::Person) || t.sector.as_deref() == Some("GOV")))?;
                        // (the one who says it, not one told it in the passive: "envoys were told they would be expelled")
                        an.subjects[s].clone().filter(|a| a.tok_end <= clause.start && a.country.is_some() && a.country != t.country && a.country != doc.home_country && a.anaphor.is_none() && (state_sector(&a.sector) || (a.sector.is_none() && a.etype == Some(EntityType::Country))) && !(a.tok_end..clause.start).any(|k| an.class(k) == Some("passive_aux")))
                    });
                    let actor = actor.or_else(|| {
                        let t = target.as_ref().filter(|t| judicial && !t.place)?;
                        let place = an.place_country_in(clause.start, clause.end);
                        let c = place.or_else(|| doc.home_country.clone())?;
                        // (the act's own words stand for the unnamed doer)
                        let span = warta_core::Span::new(doc.tokens[i].span.start, doc.tokens[end - 1].span.end);
                        Some(ActorRef { span, tok_start: i, tok_end: end, country: Some(c), sector: None, home: true, ..t.clone() }.as_state())
                    });
                    (actor, target)
                }
                "noun" => {
                    // "the attack", "serangan itu": a definite mention of an act of a kind already
                    // coded in this document is that act again, not a new one
                    // (one lower-case modifier may stand between: "the overnight attack")
                    // (… or a side's adjective: "the Israeli attacks")
                    let modifier = |k: usize| an.content_word(k) || (doc.tokens[k].kind == warta_core::TokenKind::Word && lang.demonym_form(&doc.tokens[k].lower) && an.actors.iter().any(|a| a.tok_start == k && a.tok_end == k + 1));
                    // (or after a possessive that is no actor: "Tuesday evening's strike", "yesterday's attack")
                    let time_possessive = i > srange.start + 1 && an.class(i - 1) == Some("poss") && !an.actors.iter().any(|a| a.tok_end == i - 1);
                    // (or a bare noun after a word of time, naming nobody: "kata X usai pertemuan",
                    // "after the talks")
                    // (not after "sejak"/"since": "Sejak perang pecah …" opens a period, the war itself)
                    let time_ref = i > srange.start && an.class(i - 1) == Some("sub_time") && an.act_after_word(i - 1) && !an.actors.iter().any(|a| a.tok_start == end || a.tok_start == end + 1);
                    // (or with its time between the noun and the demonstrative: "Serangan pada 9 September itu …")
                    let timed_det_post = time_tok.iter().any(|(k, t)| (*k == end || (*k == end + 1 && lang.is_stopword(&doc.tokens[end].lower))) && doc.tokens[*k..srange.end].iter().position(|x| x.span.start >= t.end).is_some_and(|p| an.class(k + p) == Some("det_post")));
                    // (or closing a relative clause on the noun, before the verb: "serangan yang menargetkan X itu
                    // menewaskan …")
                    let rel_det_post = an.class(end) == Some("rel") && (end + 2..(end + 9).min(srange.end.saturating_sub(1))).find(|&k| an.class(k) == Some("det_post")).is_some_and(|k| (end..k).all(|x| doc.tokens[x].lower != ",") && doc.tokens[k + 1].kind == warta_core::TokenKind::Word && !doc.tokens[k + 1].cap);
                    let definite = (i > srange.start && an.class(i - 1) == Some("det")) || (i > srange.start + 1 && an.class(i - 2) == Some("det") && modifier(i - 1)) || an.class(end) == Some("det_post") || time_possessive || time_ref || timed_det_post || rel_det_post;
                    if definite {
                        // (an act of the kind, or one told with the same noun: "the strike" after "an air strike")
                        let noun = doc.tokens[end - 1].lower.as_str();
                        // (… else force of any kind for force, "serangan itu" after "serangan udara"; or one with a
                        // word of its trigger of the noun's stem)
                        // (not one told as not done, nor the noun of a phrase so told: "berjanji tidak akan melakukan
                        // serangan serupa")
                        let done = |e: &Event, es: usize| {
                            let r = doc.sentence_tokens(es);
                            let first = e.trigger.split(' ').next().unwrap_or("").to_lowercase();
                            e.modality != "negated" && !r.clone().any(|k| doc.tokens[k].lower == first && modality_before(&an, r.start, k).as_deref() == Some("negated"))
                        };
                        let same = |e: &Event, es: usize| !e.implied && done(e, es) && (root(&e.code) == root(&pat.code) || e.trigger.split(' ').any(|w| same_stem(lang, w, noun)));
                        let kin = |e: &Event, es: usize| !e.implied && done(e, es) && root(&e.code) >= 18 && root(&pat.code) >= 18;
                        let at = events.iter().rposition(|(e, es, _)| same(e, *es)).or_else(|| events.iter().rposition(|(e, es, _)| kin(e, *es)));
                        // (a war whose onset the noun tells with a time of its own before the act told earlier is a new act,
                        // told as background: "… a drone strike killed five soldiers. The conflict erupted in <an earlier
                        // year>, when …")
                        // (the noun before a verb of onset, class `onset`: "The clashes broke out …")
                        let onset_verb = end < srange.end && lang.has_class(&doc.tokens[end].lower, "onset");
                        let onset_before = |e: &Event| {
                            onset_verb && e.date.as_deref().is_some_and(|d| time_tok.iter().any(|(k, t)| *k > end && *k < srange.end && !t.anchor_only && t.value.len() >= 4 && t.value.as_str() < d && !d.starts_with(t.value.as_str())))
                        };
                        let at = at.filter(|&k| !onset_before(&events[k].0));
                        if let Some((e, es, _)) = at.map(|k| &mut events[k]) {
                            // what the later mention adds ("The attack killed five people") is kept
                            // (not the dead of another violent act told after it: "The strikes came a day after
                            // three soldiers were killed in a rebel attack")
                            let other_act_after = an.triggers_of(s).iter().any(|(t, _, p)| *t >= end && p.code != "-" && root(&p.code) >= 18 && !outcome_word(&an, *t));
                            // (the dead told right before the noun with a cause preposition are its own, whatever
                            // follows: "nine people were killed in the raids, and that its troops had captured …")
                            // (… nor when the noun is the subject of an outcome verb, whatever follows: "the strikes killed at
                            // least 26 civilians and that its forces shot down …")
                            let outcome_next = (end..(end + 3).min(srange.end)).find(|&k| outcome_word(&an, k)).is_some_and(|k| (end..k).all(|x| doc.tokens[x].kind == warta_core::TokenKind::Word && an.class(x).is_none()));
                            let f = if root(&e.code) >= 18 && (!other_act_after || outcome_next || cause_before(&an, s, i).is_some()) { fatalities(&an, s) } else { None };
                            // (… or the sentence after it in its paragraph tells, with no act of its own: "Serangan … itu
                            // menghantam gedung X. Lima orang tewas.")
                            let next_toll = || {
                                let n = s + 1;
                                let alone = n < doc.sentences.len() && doc.sentences[n].paragraph == doc.sentences[s].paragraph && !an.triggers_of(n).iter().any(|&(t, _, p)| p.code != "-" && root(&p.code) >= 14 && !outcome_word(&an, t));
                                if alone { fatalities(&an, n) } else { None }
                            };
                            let f = if root(&e.code) >= 18 { f.into_iter().chain(next_toll()).max_by_key(|f| f.min) } else { f };
                            // (nor the toll of a war whose onset the noun tells: "The conflict erupted in <year> … It has killed
                            // 20,000 people" counts the war's dead, not those of a strike told before)
                            let onset = *es < s && onset_verb;
                            let f = f.filter(|_| !onset);
                            if f.as_ref().map(|f| f.min) > e.fatalities.as_ref().map(|f| f.min) {
                                e.fatalities = f;
                            }
                            // … and its day, where the first mention had only the page's
                            // ("… killed a commander in an air strike." — "Tuesday evening's strike")
                            // (or only its month: "serangan … awal bulan ini" — "Serangan pada 9 September itu")
                            // (not the day a war or a round of fighting began, its noun before a verb of onset, class `onset`:
                            // "The clashes broke out in May, when …" dates the war, not a strike told in a sentence before it)
                            let month = e.date.clone().filter(|d| d.len() == 7 && e.date_source.as_deref() != Some("document"));
                            if !onset && (e.date_source.as_deref() == Some("document") || month.is_some()) {
                                // (not another act's, told after "after"/"setelah": "Serangan itu datang sepekan setelah penculikan
                                // … pada 3 Mei")
                                if let Some((_, t)) = time_tok.iter().filter(|(k, t)| *k >= srange.start && *k < srange.end && !t.anchor_only && is_day(&t.value) && month.as_ref().is_none_or(|m| t.value.starts_with(m.as_str())) && !other_act_time(&an, s, ci, *k)).min_by_key(|(k, _)| k.abs_diff(i)) {
                                    e.date = Some(t.value.clone());
                                    e.date_source = Some("sentence".into());
                                }
                            }
                            if root(&e.code) >= 18 && root(&pat.code) >= 18 {
                                told_force_subject = Some((s, ci, end));
                            }
                            continue;
                        }
                    }
                    // "an attack on X could prompt a response": an act that is the subject of
                    // a modal is a hypothesis, not an event (function-word class `modal_verb` after the noun
                    // phrase, before any verb)
                    let hypothesis = (end..(end + 8).min(limit)).find(|&k| an.class(k) == Some("modal_verb")).is_some_and(|k| {
                        (end..k).all(|x| doc.tokens[x].kind == warta_core::TokenKind::Word && !lang.verb_form(&doc.tokens[x].lower) && !an.triggers_of(s).iter().any(|(t, _, _)| *t == x))
                    });
                    if hypothesis && !definite {
                        continue;
                    }
                    // "repelled an RSF assault", "fought off an attack": the act a violent verb takes as its
                    // object is the same engagement told from the other side, not another event
                    // (also with the victim and a cause preposition between: "killed a commander in an air strike")
                    // (victims counted and joined may stand there too: "killed X and three of her aides in an air raid")
                    // (a hyphen inside a name is part of it: "al-Sharif")
                    let victim_word = |x: usize| inside_cause_phrase(&an, x) || matches!(an.class(x), Some("at" | "cause" | "conj" | "of" | "poss_pronoun")) || number_at(&an, x).is_some() || an.actors.iter().any(|a| a.tok_start <= x && x < a.tok_end) || (doc.tokens[x].lower == "-" && x > 0 && doc.tokens[x - 1].span.end == doc.tokens[x].span.start);
                    let via_cause = |le: usize| i - le <= 16 && (le..i).filter(|&x| matches!(an.class(x), Some("at" | "cause"))).count() == 1 && (le..i).all(victim_word);
                    if root(&pat.code) >= 18 && last_force_verb.is_some_and(|(ls, lc, le)| ls == s && lc == ci && le <= i && ((le..i).all(|x| inside_cause_phrase(&an, x)) || via_cause(le))) {
                        continue;
                    }
                    // (after a count: "unjuk rasa ratusan warga")
                    let counted_from = if number_at(&an, end).is_some() { end + 1 } else { end };
                    // (a pattern that ends in its preposition, "strikes on", is followed by what the act is
                    // against, not by a possessor: "Chilean strikes on X")
                    let ends_in_prep = end > i + 1 && an.class(end - 1) == Some("against");
                    let possessor = after(end).find(|a| !ends_in_prep && (a.tok_start == end || a.tok_start == counted_from) && !a.place).cloned();
                    // (… but a side counted after an act of coercion or force is what it was done to: "eksekusi mati
                    // seorang pekerja migran X", "penangkapan tiga warga X" — its victims, not its doers)
                    let counted_victim = possessor.clone().filter(|a| root(&pat.code) >= 17 && counted_from != end && a.tok_start == counted_from);
                    let possessor = if counted_victim.is_some() { None } else { possessor };
                    let of_actor = (i >= 2 && an.class(i - 1) == Some("of")).then(|| an.actors.iter().find(|a| a.tok_end == i - 1 && !a.place)).flatten().cloned();
                    // "an attack by X", "serangan oleh X"; a bare noun opening the sentence ("Attacks
                    // by militants have surged") tells a trend, not an act
                    // (past what it struck and where, with no comma, verb or act between: "penyerbuan Masjid X di Y oleh polisi Z")
                    // (not through a relative clause, whose own verb the doer is of: "tembakan … yang dilepas oleh X")
                    let by_at = by_after(end, limit).filter(|&k| !(end..k).any(|x| an.triggers_of(s).iter().any(|(t, _, _)| *t == x)));
                    let by_actor = by_at.filter(|_| i > srange.start).and_then(|b| after(b + 1).find(|a| a.tok_start == b + 1 && !a.place)).cloned();
                    // "an Israeli airstrike", "Russia's shelling", "Israeli tank shelling": a side named just
                    // before the noun (one lower-case word between at most) is its doer; not a place ("the
                    // Gaza war"), nor one of a hyphenated pair ("the Russia-Ukraine war")
                    // (the word between is no verb: "Sudan plunged into war", "the RSF began fighting")
                    let plain = |k: usize| an.content_word(k) && !lang.verb_form(&doc.tokens[k].lower) && !an.triggers_of(s).iter().any(|(a, _, _)| *a == k);
                    let pre_actor = an
                        .actors
                        .iter()
                        .rev()
                        .find(|a| a.tok_end <= i && a.tok_start >= srange.start)
                        .filter(|a| {
                            let poss = an.class(a.tok_end) == Some("poss");
                            let gap = if poss { a.tok_end + 1 } else { a.tok_end };
                            // (a word between only after a country's adjective or a possessive: "Israeli tank
                            // shelling"; "Klitschko mengatakan serangan" is no modifier)
                            let adjectival = poss || (a.tok_end == a.tok_start + 1 && lang.demonym_form(&doc.tokens[a.tok_start].lower));
                            gap <= i && (gap == i || (i - gap == 1 && adjectival)) && (gap..i).all(plain) && !a.place && a.anaphor.is_none() && !definite
                        })
                        // (a dash set off by spaces, a dateline's, is no hyphen: "X (Reuters) - Chilean strikes …")
                        .filter(|a| a.tok_start == srange.start || !(matches!(doc.tokens[a.tok_start - 1].lower.as_str(), "-" | "–" | "/") && doc.tokens[a.tok_start - 1].span.end == a.span.start) && !doc.body[..a.span.start].ends_with('-'))
                        .cloned();
                    let actor = if possessor.is_some() {
                        possessor.clone()
                    } else if by_actor.is_some() {
                        by_actor
                    } else if of_actor.is_some() {
                        of_actor
                    } else if pre_actor.is_some() {
                        pre_actor
                    } else if light_before {
                        an.subject(s, ci, i)
                    } else if let Some(f) = (root(&pat.code) >= 18).then(|| from_side(&an, s, end, limit)).flatten() {
                        // "tembakan mortir dan senapan dari pihak X", "mortar fire from X": where the fire
                        // came from is its doer
                        Some(f)
                    } else if root(&pat.code) >= 18 && an.class(end) == Some("with") {
                        // "a gunbattle with Kosovo police", "bentrokan dengan aparat": the side named after
                        // "with" is one side of the fighting
                        after(end + 1).find(|a| a.tok_start == end + 1 && !a.place).cloned()
                    } else {
                        None
                    };
                    // "menyampaikan protes keras kepada Peru atas eksekusi …", "condemned Peru over the killing of …":
                    // an act named right after the grievance of a complaint, with no doer of its own, was done by
                    // the side complained to (the side right before "atas"/"over", function-word classes `against`
                    // and `grievance`, after a verb of disapproval, rejection, threat, protest or cut relations
                    // in the clause)
                    let actor = actor.or_else(|| {
                        let k = (i.saturating_sub(3).max(clause.start)..i).rev().find(|&k| matches!(an.class(k), Some("against" | "grievance")))?;
                        if !(k + 1..i).all(|x| an.class(x) == Some("det")) || k == 0 {
                            return None;
                        }
                        let side = an.actors.iter().find(|a| a.tok_end == k && !a.place && a.anaphor.is_none() && (a.country.is_some() || a.entity.is_some()))?;
                        an.triggers_of(s).iter().any(|&(t, e, p)| t >= clause.start && e <= side.tok_start && matches!(root(&p.code), 11..=14 | 16) && root(&p.code) != root(&pat.code)).then(|| side.clone())
                    });
                    // "perang Rusia melawan Ukraina", "attack on X": the preposition follows the noun or its possessor
                    let near = possessor.as_ref().map(|p| p.tok_end).unwrap_or(if ends_in_prep { end - 1 } else { end });
                    let compass = an.class(near + 1) == Some("compass");
                    // ("an attack on southern X": over a direction, function-word class `compass`)
                    // (a count may stand first: "penembakan terhadap dua nelayan …")
                    let counted = number_at(&an, near + 1).is_some() && an.class(near) == Some("against");
                    let target = an.actors.iter().find(|a| !a.place && ((a.tok_start == near + 1 && an.after_prep(a) == Some("against")) || ((compass || counted) && a.tok_start == near + 2 && an.class(near) == Some("against")))).cloned();
                    let target = target.or(counted_victim);
                    // "penembakan terhadap X oleh Y", "the shooting of X by Y": the doer after "by" past the target
                    let actor = actor.or_else(|| {
                        let t = target.as_ref().filter(|_| i > srange.start && an.class(near) == Some("against"))?;
                        (an.class(t.tok_end) == Some("by")).then(|| after(t.tok_end + 1).find(|a| a.tok_start == t.tok_end + 1 && !a.place)).flatten().cloned()
                    });
                    // (force on a town or a country's place, "serangan X ke <kota>", "strikes against X's
                    // capital": against its state, when no side is named; or on the country itself, "serangan rudal
                    // balistik X ke Y")
                    // (… past a word for a region and up to two lower-case words: "serbuan ke wilayah barat daya X")
                    let over_region = |a: &ActorRef| {
                        near + 2 < a.tok_start && a.tok_start <= near + 4 && matches!(an.class(near), Some("against" | "to")) && matches!(an.class(near + 1), Some("region_prefix" | "area_prefix")) && (near + 2..a.tok_start).all(|x| doc.tokens[x].kind == warta_core::TokenKind::Word && !doc.tokens[x].cap && an.class(x).is_none())
                    };
                    let target = target.or_else(|| (root(&pat.code) >= 18).then(|| an.actors.iter().find(|a| (a.place || a.etype == Some(EntityType::Country)) && a.country.is_some() && ((a.tok_start == near + 1 && matches!(an.after_prep(a), Some("against" | "to"))) || over_region(a))).map(ActorRef::as_state)).flatten());
                    // "12 Palestinians were killed in an Israeli airstrike", "lima warga sipil tewas akibat
                    // tembakan artileri Rusia": the dead told before the cause are its victims
                    // (not of an act told before, "luka-luka dalam bentrokan tersebut": its count goes to it)
                    let victims = (root(&pat.code) >= 18 && !definite).then(|| cause_before(&an, s, i)).flatten().and_then(|k| an.first_actor(clause.start, k).filter(|a| a.tok_end <= k && !a.place).and_then(|a| an.resolve(a, s, false)));
                    let target = target.or(victims);
                    // (or the counted people of a state its outcome verb names after it, the noun its subject: "Serangan X di Y
                    // telah menewaskan lebih dari 90 warga Z", "strikes … killed 94 Zs")
                    let plain = |k: usize| doc.tokens[k].kind == warta_core::TokenKind::Word && (!doc.tokens[k].cap || an.actors.iter().any(|a| a.tok_start <= k && k < a.tok_end));
                    let outcome_after = (root(&pat.code) >= 18 && target.is_none()).then(|| (end..(end + 7).min(srange.end)).take_while(|&k| plain(k)).find(|&k| outcome_word(&an, k))).flatten();
                    let counted_after = outcome_after.and_then(|k| an.actors.iter().find(|a| a.tok_start > k + 1 && a.tok_start <= k + 4 && !a.place && a.country.is_some() && number_at(&an, a.tok_start - 1).is_some() && (k + 1..a.tok_start).all(|x| doc.tokens[x].kind != warta_core::TokenKind::Punct)).cloned());
                    let target = target.or(counted_after.filter(|t| actor.as_ref().is_none_or(|a| a.country != t.country)));
                    // (or those its outcome names in a relative clause on it, a side of a country: "penyerbuan X di Y oleh
                    // Z, yang melukai puluhan warga W" — not a place told with the act, which only says where)
                    let rel_victims = (root(&pat.code) >= 18)
                        .then(|| an.clauses[s].iter().find(|c| c.kind == ClauseKind::Rel && c.start > end && c.start <= end + 14 && (c.start..(c.start + 2).min(c.end)).any(|k| outcome_word(&an, k))))
                        .flatten()
                        .and_then(|c| an.actors.iter().find(|a| a.tok_start > c.start && a.tok_start < c.end && !a.place && a.anaphor.is_none() && a.country.is_some()).cloned());
                    let placeish = |t: &ActorRef| an.actors.iter().any(|a| a.tok_start == t.tok_start && a.place);
                    let target = match target {
                        Some(t) if !placeish(&t) => Some(t),
                        t => rel_victims.or(t),
                    };
                    // "Russia's invasion of Ukraine", "the shelling of X": what force "of" names after its noun, once its
                    // doer stands before it, is what it was done to
                    let target = target.or_else(|| {
                        (root(&pat.code) >= 18 && possessor.is_none() && near == end && an.class(end) == Some("of")).then_some(())?;
                        let k = if an.class(end + 1) == Some("det") { end + 2 } else { end + 1 };
                        let t = an.actors.iter().find(|a| a.tok_start == k && a.anaphor.is_none())?;
                        // (or its possessive, with up to three lower-case words or hyphens between: "X's full-scale invasion of Y")
                        let modifiers = |a: &ActorRef| an.class(a.tok_end) == Some("poss") && i - a.tok_end <= 5 && (a.tok_end + 1..i).all(|x| (doc.tokens[x].kind == warta_core::TokenKind::Word && !doc.tokens[x].cap) || doc.tokens[x].lower == "-");
                        let doer_before = an.actors.iter().any(|a| a.tok_end <= i && (i - a.tok_end <= 1 || modifiers(a)) && !a.place && a.country.is_some() && a.country != t.country);
                        doer_before.then(|| if t.place { t.as_state() } else { t.clone() })
                    });
                    // "a strike against a vessel that had left from X": what the act is against
                    // came from a country told in a relative clause on it
                    // (its day may come between: "a strike on Tuesday against …")
                    let against_at = (near..(near + 4).min(srange.end)).find(|&k| an.class(k) == Some("against")).filter(|&k| (near..k).all(|x| !an.actors.iter().any(|a| a.tok_start == x) && !lang.verb_form(&doc.tokens[x].lower)));
                    let target = target.or_else(|| {
                        let near = against_at?;
                        (root(&pat.code) >= 18)
                            .then(|| (near + 1..(near + 9).min(srange.end)).find(|&k| matches!(an.class(k), Some("rel" | "comp"))))
                            .flatten()
                            .filter(|&r| (near + 1..r).all(|k| (doc.tokens[k].kind == warta_core::TokenKind::Word || doc.tokens[k].lower == "-") && !an.actors.iter().any(|a| a.tok_start == k)))
                            .and_then(|r| an.actors.iter().find(|a| a.tok_start > r && a.tok_start <= r + 5 && a.country.is_some() && an.after_prep(a) == Some("from")))
                            .map(ActorRef::as_state)
                    });
                    // "a raid on a house in X where the group's commanders were hiding": those the place
                    // held are what the act was against (function-word class `rel_place`), the place is where
                    let target = match target {
                        Some(t) if !t.place && t.etype != Some(EntityType::City) => Some(t),
                        t => (root(&pat.code) >= 18)
                            .then(|| (end..(end + 10).min(srange.end)).find(|&k| an.class(k) == Some("rel_place")))
                            .flatten()
                            .filter(|&r| (end..r).all(|k| doc.tokens[k].kind == warta_core::TokenKind::Word))
                            .and_then(|r| an.actors.iter().find(|a| a.tok_start > r && a.tok_start <= r + 3 && !a.place && a.anaphor.is_none() && a.country.is_some()).cloned())
                            .or(t),
                    };
                    // "serangan X terhadap pelabuhannya", "strikes against its ports": what the
                    // act is against belongs to the sentence's subject (function-word class `poss_pronoun`,
                    // or a word ending in a `poss_suffix`)
                    let owned = |k: usize| doc.tokens.get(k).is_some_and(|t| t.sentence == doc.tokens[i].sentence) && an.owned_word(k);
                    let target = target.or_else(|| {
                        (root(&pat.code) >= 18 && against_at.is_some_and(|g| (g + 1..g + 4).any(owned)))
                            .then(|| an.subject(s, 0, srange.end))
                            .flatten()
                            .filter(|t| !t.place && t.country.is_some() && actor.as_ref().is_some_and(|a| a.country.is_some() && a.country != t.country))
                    });
                    (actor, target)
                }
                "speech" => (an.subjects[s].clone(), after(i).find(|a| !a.place).cloned()),
                // "Netanyahu said Iran … will pay": what the speaker says its subject will suffer is the
                // speaker's threat against that subject (only in a reported clause)
                "speech_subject" => match clause.kind {
                    // (inside a quotation whose speaker is known, the speaker says it: "\"X made a grave mistake and
                    // it will pay for it,\" Y said")
                    ClauseKind::Main => {
                        let span = doc.tokens[i].span;
                        let quote = doc.quotes.iter().find(|q| q.start <= span.start && span.end <= q.end);
                        let speaker = quote.and_then(|q| q.speaker.clone());
                        let actor = speaker.and_then(|sp| an.actors.iter().find(|a| a.entity.as_deref() == Some(sp.as_str()) && a.anaphor.is_none()).cloned());
                        // (the subject inside the quotation, not the speaker before it: "X said: \"Y is responsible …\"")
                        let from = quote.map_or(clause.start, |q| clause.start.max(doc.tokens.partition_point(|t| t.span.start < q.start)));
                        let target = actor.as_ref().and_then(|_| an.first_actor(from, i).and_then(|a| an.resolve(a, s, true))).filter(|t| !t.place && actor.as_ref().is_some_and(|x| !same_side(x, t)));
                        (actor, target)
                    }
                    // (the reported clause's own subject, named in it: not the speaker's by default)
                    // (… unless the clause is passive: "migrants must be returned with dignity" asks it of whoever
                    // returns them, not of the migrants)
                    _ => {
                        let passive = an.class(end) == Some("passive_aux") && doc.tokens.get(end + 1).is_some_and(|t| lang.past_forms.contains(&t.lower) || lang.verb_form(&t.lower));
                        // (… nor a side whose own verb stands between: "said X believed a state should be …")
                        let own_verb_after = |t: &ActorRef| (t.tok_end..i).any(|k| !doc.tokens[k].cap && lang.past_forms.contains(&doc.tokens[k].lower));
                        (an.subjects[s].clone(), an.first_actor(clause.start, i).and_then(|a| an.resolve(a, s, true)).filter(|t| !t.place && !passive && !own_verb_after(t)))
                    }
                },
                _ => {
                    // a city just before the verb stands for its state ("a charge Kabul denies", "Beijing said")
                    // (past an auxiliary, an adverb or a one-word cue of modality: "Moscow has warned", "Beijing will
                    // retaliate")
                    let aux_word = |k: usize| {
                        let w = doc.tokens[k].lower.as_str();
                        lang.has_class(w, "perfect_aux") || an.class(k) == Some("adverb") || lang.is_time_word(w, "past_aux") || lang.modality.iter().any(|(p, _)| p.len() == 1 && p[0] == w)
                    };
                    // (the city first, ending at most three words before the verb — actors are in text order —, then
                    // the words between: the lookups run only when a city stands there)
                    let near = an.actors.partition_point(|a| a.tok_start + 10 < i);
                    let city_subject = an.actors[near..]
                        .iter()
                        .take_while(|a| a.tok_start < i)
                        // (or a cue of modality of several words: "the capital agreed to release …")
                        // (or a verb of its own and "by" before a gerund: "Lima reacted a few hours later by ordering …")
                        .find(|a| {
                            let by_gerund = i >= a.tok_end + 2 && i - a.tok_end <= 6 && an.class(i - 1) == Some("by") && lang.past_forms.contains(&doc.tokens[a.tok_end].lower) && (a.tok_end..i).all(|k| doc.tokens[k].kind == warta_core::TokenKind::Word);
                            a.tok_end <= i && a.etype == Some(EntityType::City) && a.country.is_some() && an.after_prep(a).is_none() && ((i - a.tok_end <= 3 && ((a.tok_end..i).all(aux_word) || lang.modality.iter().any(|(p, _)| p.len() >= 2 && p.len() == i - a.tok_end && phrase_at(doc, a.tok_end, p)))) || by_gerund)
                        })
                        // (the first of two capitals joined, "Washington dan Seoul sepakat …": the second is its partner)
                        .map(|c| {
                            let first = (c.tok_start >= 2 && an.class(c.tok_start - 1) == Some("conj") && c.tok_start - 1 > srange.start)
                                .then(|| an.actors.iter().find(|d| d.tok_end == c.tok_start - 1 && matches!(d.etype, Some(EntityType::City | EntityType::Country)) && d.country.is_some() && d.country != c.country && an.after_prep(d).is_none()))
                                .flatten();
                            first.unwrap_or(c).as_state()
                        });
                    // "… said the situation improved": a definite noun phrase just before the verb is its
                    // subject, and it names no actor: the speaker did not do it
                    let clause_start = an.clauses[s][ci].start;
                    // (or of a relative clause right after it: "the fire that destroyed a shopping centre")
                    let det_noun = |n: usize| {
                        n > srange.start
                            && doc.tokens[n].kind == warta_core::TokenKind::Word
                            && !doc.tokens[n].cap
                            && an.class(n).is_none()
                            && !lang.agent_first_words.contains(&doc.tokens[n].lower)
                            && an.class(n - 1) == Some("det")
                    };
                    // (or a bare noun opening a reported clause, perhaps before a modal: "said recognition
                    // would reward the group" — what recognition does, not the speaker's act)
                    let modal = |k: usize| lang.modality.iter().any(|(p, _)| p.len() == 1 && p[0] == doc.tokens[k].lower);
                    let bare = if i > clause_start + 1 && modal(i - 1) { i - 2 } else { i.saturating_sub(1) };
                    let bare_noun = an.clauses[s][ci].kind == ClauseKind::Comp
                        && i > clause_start
                        && bare == clause_start
                        && bare > srange.start
                        && an.content_word(bare)
                        // (a cue of intent opening the clause is no noun: "mengatakan ingin bertemu …" is the speaker's wish;
                        // "said no increase …" is a noun after a negation)
                        && !lang.modality.iter().any(|(p, m)| m == "intended" && p.len() == 1 && p[0] == doc.tokens[bare].lower)
                        && !lang.agent_first_words.contains(&doc.tokens[bare].lower)
                        && !lang.progressive_form(&doc.tokens[bare].lower)
                        // (nor a word of degree: "menyatakan sangat menyesalkan …", class `degree`)
                        && !lang.has_class(&doc.tokens[bare].lower, "degree")
                        && (!pattern_index(lang).contains_key(&doc.tokens[bare].lower) || lang.has_class(&doc.tokens[bare].lower, "medium_prep"));
                    let np_subject = an.first_actor(clause_start, i).is_none()
                        && (bare_noun || (i >= clause_start + 2 && det_noun(i - 1)) || (i >= srange.start + 3 && matches!(an.class(i - 1), Some("comp" | "rel")) && det_noun(i - 2))
                            // (past an auxiliary: "said … that the suspect had decided to act")
                            || (i >= clause_start + 3 && aux_word(i - 1) && det_noun(i - 2)));
                    // "menuduh personel Penjaga Pantai China menyerang pelautnya": the side accused, right
                    // before the verb, is the doer of the act it is accused of (told as an allegation)
                    // (also a few words on, through what it is accused of: "menuduh Iran melanggar gencatan senjata
                    // dengan menembakkan dua rudal", "accused Russia of breaking the truce by firing …"; a capital standing for its
                    // state too: "menuduh Kyiv menembaki …")
                    let plain_gap = |from: usize| (from..i).all(|k| doc.tokens[k].kind == warta_core::TokenKind::Word && !matches!(an.class(k), Some("conj" | "but" | "comp" | "rel" | "sub" | "sub_time" | "sub_named")) && !an.actors.iter().any(|x| x.tok_start == k));
                    let accused = an.actors.iter().rev().find(|a| a.tok_end <= i && i - a.tok_end <= 6 && (!a.place || (a.etype == Some(EntityType::City) && a.country.is_some())) && a.tok_start > srange.start && plain_gap(a.tok_end)).filter(|a| an.triggers_of(s).iter().any(|(t, e, p)| root(&p.code) == 11 && *t < a.tok_start && *e <= a.tok_start && a.tok_start - *e <= 1)).cloned();
                    alleged = accused.is_some();
                    // "… raised its reward to $25 million and Britain and the EU imposed new sanctions": sides named right
                    // before the verb, after a coordinator that follows a word of the clause before (no comma), are the
                    // subject of a second clause joined to it, not the first clause's subject
                    let joined_subject = (|| {
                        let mut a = an.actors.iter().rev().find(|a| a.tok_end == i && !a.place && a.anaphor.is_none() && an.after_prep(a).is_none())?;
                        loop {
                            let mut k = a.tok_start.checked_sub(1)?;
                            if an.class(k) == Some("det") {
                                k = k.checked_sub(1)?;
                            }
                            if k <= clause.start || !(an.class(k) == Some("conj") || doc.tokens[k].lower == ",") {
                                return None;
                            }
                            match an.actors.iter().find(|b| b.tok_end == k && !b.place) {
                                Some(b) => a = b,
                                // (… with a verb of its own before the coordinator: "Israeli helicopters and tanks shelled" is one subject)
                                None if an.class(k) == Some("conj") && doc.tokens[k - 1].kind == warta_core::TokenKind::Word && doc.tokens[k - 1].lower != "," && (clause.start..k).any(|x| lang.verb_form(&doc.tokens[x].lower) || an.triggers_of(s).iter().any(|&(t, _, _)| t == x)) => return Some(a.clone()),
                                None => return None,
                            }
                        }
                    })();
                    joined = joined_subject.is_some();
                    // "… - a charge the X government denies": a side right before the verb after a noun of a claim
                    // (class `claim_noun`, perhaps with an article) is the verb's subject
                    let claim_subject = an.actors.iter().rev().find(|a| a.tok_end == i && !a.place && a.anaphor.is_none() && an.after_prep(a).is_none()).filter(|a| {
                        let k = if a.tok_start >= 1 && an.class(a.tok_start - 1) == Some("det") { a.tok_start.saturating_sub(2) } else { a.tok_start.saturating_sub(1) };
                        k > srange.start && k < a.tok_start && lang.has_class(&doc.tokens[k].lower, "claim_noun")
                    }).cloned();
                    let actor = accused.or_else(|| claim_subject.or_else(|| joined_subject.or_else(|| city_subject.or_else(|| if np_subject { None } else { an.subject(s, ci, i) }))));
                    // "Puluhan orang mendatangi lalu menjarah toko X", "dozens of people looted …": a count of people
                    // right before a protest or a riot (only lower-case words between) is its doer, civilians of the
                    // place the clause names, else of the story's home country
                    let actor = actor.or_else(|| {
                        (root(&pat.code) == 14).then_some(())?;
                        let u = (clause.start + 1..i).rev().find(|&u| casualty_word(&an, u, &["unit"]))?;
                        // (one or two lower-case words may describe them: "thousands of young people", "ratusan warga desa")
                        let v = (1..=2).find(|&m| u > clause.start + m && (u - m..u).all(|k| an.content_word(k) && number_at(&an, k).is_none()) && (number_at(&an, u - m - 1).is_some() || an.class(u - m - 1) == Some("of"))).map_or(u, |m| u - m);
                        let n = if number_at(&an, v - 1).is_some() { v - 1 } else if v >= 2 && an.class(v - 1) == Some("of") && number_at(&an, v - 2).is_some() { v - 2 } else { return None };
                        (u + 1..i).all(|k| doc.tokens[k].kind == warta_core::TokenKind::Word && !doc.tokens[k].cap).then_some(())?;
                        let c = an.place_country_in(clause.start, clause.end).or_else(|| doc.home_country.clone())?;
                        let span = warta_core::Span::new(doc.tokens[n].span.start, doc.tokens[u].span.end);
                        Some(ActorRef { span, tok_start: n, tok_end: u + 1, entity: None, etype: None, country: Some(c), sector: Some("CVL".into()), anaphor: None, place: false, home: true })
                    });
                    // targets start after the trigger, or inside a `*` gap of it ("meminta Beijing untuk menghentikan",
                    // "summoned Niger's ambassador": the target may run on into the pattern's words)
                    let literal = |k: usize| pat.tokens.contains(&doc.tokens[k].lower);
                    // "condemned an attack by X": the object is an act, and its doer is the target
                    let idx = pattern_index(lang);
                    let act_noun = |k: usize| idx.get(&doc.tokens[k].lower).is_some_and(|ps| ps.iter().any(|p| p.frame == "noun" && p.code != "-"));
                    // (past what the act struck and where, no comma or verb between: "mengecam keras penyerbuan Masjid X di Y oleh Z")
                    // (within four words as before, any words; further, past plain words only)
                    let near_by = (end..(end + 4).min(limit)).find(|&k| an.class(k) == Some("by"));
                    let act_by = near_by.or_else(|| by_after(end, limit)).filter(|&k| (end..k).any(act_noun)).and_then(|k| after(k + 1).find(|a| a.tok_start == k + 1)).cloned();
                    // frame `svo_in`: where the act goes is its recipient ("siap meningkatkan investasi di Indonesia")
                    // (and so is the side after a pattern of force that ends with the word of place itself: "fired at X";
                    // not a meeting's, "celebrated Iftar at X with Y" is with Y)
                    let at_ok = pat.frame == "svo_in" || (root(&pat.code) >= 18 && pat.tokens.last().is_some_and(|w| lang.function_words.get(w).is_some_and(|c| c == "at")));
                    // frame `svo_from`: whom the act leaves is its recipient ("recalled its ambassador from Caracas")
                    let from_ok = pat.frame == "svo_from";
                    // (… and so is the side goods come from, for a sanction: "tarif atas impor dari X")
                    let goods_from = |a: &ActorRef| root(&pat.code) == 16 && a.tok_start >= 2 && an.class(a.tok_start - 2) == Some("goods");
                    // (the actor's own country as a possessive, alone or opening a mention, is what it acts
                    // with, not on: "recalling Peru's ambassador")
                    let country_name = |a: &ActorRef| a.etype == Some(EntityType::Country) || doc.entities.iter().any(|e| e.etype == EntityType::Country && e.mentions.iter().any(|m| m.start == a.span.start && m.end == a.span.end));
                    // (… or as the possessor right after the act's noun, before its recipient: "menyatakan dukungan
                    // penuh Washington kepada Israel")
                    let possessor_before_recipient = |a: &ActorRef| (country_name(a) || a.etype == Some(EntityType::City)) && a.tok_start >= end && (end..a.tok_start).all(|x| doc.tokens[x].kind == warta_core::TokenKind::Word && !doc.tokens[x].cap && an.class(x).is_none()) && a.tok_start <= end + 1 && matches!(an.class(a.tok_end), Some("to" | "against"));
                    let own = |a: &ActorRef| actor.as_ref().is_some_and(|x| x.country.is_some() && x.country == a.country) && ((country_name(a) && an.class(a.tok_end) == Some("poss")) || (a.tok_end > a.tok_start + 2 && an.class(a.tok_start + 1) == Some("poss")) || possessor_before_recipient(a));
                    // "condemned the launch": a definite act told before is the object, and its doer the target
                    // ("the launch", "sanksi tersebut": a definite act noun after the verb or inside its pattern)
                    let definite_noun = |k: usize| (k > 0 && an.class(k - 1) == Some("det")) || an.class(k + 1) == Some("det_post");
                    // (an act of that kind, or one whose trigger ended in that noun: "imposed sanctions")
                    // (a welcome of "the decision" too: its doer, another side, is whom the welcome is for — "X welcomed
                    // the decision" after Y's announced easing)
                    // (the bare verb of hosting too, before a word for any decision: "welcomed the announcements")
                    let welcome = pat.code.starts_with("051") || (pat.code.starts_with("043") && lang.has_class(&doc.tokens[i].lower, "welcome") && (end..(end + 2).min(limit)).any(|k| an.class(k) == Some("act_ref")));
                    // (the doer of a told act as a side named before the trigger; a generic doer, "tank Israel", by its country and sector)
                    let doer_ref = |doer: &warta_core::Participant| an.actors.iter().find(|a| a.tok_end <= i && if doer.entity.is_some() { a.entity == doer.entity } else { a.entity.is_none() && a.anaphor.is_none() && a.country.is_some() && a.country == doer.country && a.sector == doer.sector });
                    let told_act = (root(&pat.code) >= 11 || welcome)
                        .then(|| {
                            // (… or the definite act noun a relative clause holding the act follows: "died in the
                            // shelling, which it called a breach")
                            let rel_noun = (clause.kind == ClauseKind::Rel && i > clause.start).then(|| (clause.start.saturating_sub(3)..clause.start).rev().find(|&k| act_noun(k) && definite_noun(k))).flatten();
                            // (… or one adjective between, after "to": "will respond to this unlawful act")
                            let plain_adj = |k: usize| doc.tokens[k].kind == warta_core::TokenKind::Word && !doc.tokens[k].cap && an.class(k).is_none() && !lang.is_stopword(&doc.tokens[k].lower);
                            let definite_adj_noun = |k: usize| k >= end + 2 && an.class(k - 2) == Some("det") && plain_adj(k - 1) && (end..k - 2).all(|x| an.class(x) == Some("to"));
                            // (… or, for a reproach, a bare act noun right after it with its victim after "against":
                            // "mengecam serangan terhadap kantor konsulat X" — the attack told before)
                            let bare_act_against = |k: usize| (11..=12).contains(&root(&pat.code)) && k == end && act_noun(k) && an.class(k + 1) == Some("against");
                            (i + 1..(end + 4).min(limit)).filter(|&k| (k < end + 2 && definite_noun(k)) || definite_adj_noun(k) || bare_act_against(k)).chain(rel_noun).find_map(|k| {
                                // (a noun of the trigger's own pattern that is no word for an act names a told act only by that
                                // act's verb, "called the veto …" after "vetoed": "returned X to the list" does not point at an
                                // earlier act whose trigger ends in "list")
                                let inside = k < end && !act_noun(k) && an.class(k) != Some("act_ref");
                                let w = doc.tokens[k].lower.as_str();
                                // (every kind the noun names: "strike" is a walkout and an attack)
                                let kinds: Vec<u32> = idx.get(w).map(|ps| ps.iter().filter(|p| p.frame == "noun" && p.code != "-").map(|p| root(&p.code)).collect()).unwrap_or_default();
                                // (one told with the same noun first: "the strikes" → "launched missile strikes", not
                                // the last act of force)
                                let doer_known = |e: &Event| e.actor.as_ref().is_some_and(|a| a.entity.is_some() || a.country.is_some());
                                // (an act told only as the time of another, "sehari setelah AS mengebom …", last)
                                // (for force, not one of the actor's own side: "their air defences confronted the attack"
                                // after an attack they claimed and the other side's strikes is those strikes)
                                // (nor, for a reproach, one of its own side: "Hamas mengecam langkah itu" after Hamas's own
                                // refusal and Israel's halt of aid is the halt)
                                let ac = actor.as_ref().and_then(|a| a.country.clone());
                                let asec = actor.as_ref().and_then(|a| a.sector.clone());
                                // (nor, for a threat, one of its own side: "will answer this unlawful act")
                                let reproach = (11..=13).contains(&root(&pat.code));
                                let other = |e: &Event| (root(&pat.code) < 18 && !reproach && !welcome) || ac.is_none() || e.actor.as_ref().and_then(|a| a.country.clone()) != ac || (reproach && root(&pat.code) < 18 && e.actor.as_ref().and_then(|a| a.sector.clone()) != asec);
                                let earlier = || events.iter().rev().filter(|(e, es, _)| *es < s && !e.implied && doer_known(e) && other(e) && e.date_source.as_deref() != Some("offset")).chain(events.iter().rev().filter(|(e, es, _)| *es < s && !e.implied && doer_known(e) && other(e) && e.date_source.as_deref() == Some("offset")));
                                // ("the order", "keputusan itu": a word for any decision — function-word class
                                // `act_ref` — is the last decision told before, done or announced: no talk, appeal or threat, no
                                // background)
                                let any_act = an.class(k) == Some("act_ref");
                                // (for a welcome: whether any cooperative act was told before, looked at once)
                                let coop_told = welcome && any_act && earlier().any(|(c, _, _)| !c.background && matches!(root(&c.code), 3 | 6..=8) && !c.code.starts_with("036") && c.actor.as_ref().and_then(doer_ref).is_some());
                                earlier()
                                    // (its first or last word: "latihan tersebut" after "latihan militer gabungan")
                                    .find(|(e, _, _)| (!inside && e.trigger.rsplit(' ').next().is_some_and(|last| same_stem(lang, last, w))) || e.trigger.split(' ').next().is_some_and(|first| same_stem(lang, &first.to_lowercase(), w)))
                                    // (a launch, 15, names a launch of missiles told as force: "mengecam peluncuran itu")
                                    .or_else(|| earlier().find(|(e, _, _)| kinds.iter().any(|&k| k == root(&e.code) || (k >= 18 && (18..=20).contains(&root(&e.code))) || (k == 15 && root(&e.code) == 19))))
                                    // (a word for force after only a coercive act, "condemned the raid" after police forced
                                    // their way into a building: that act)
                                    .or_else(|| earlier().find(|(e, _, _)| kinds.iter().any(|&k| k >= 18) && root(&e.code) == 17 && !e.background && e.modality == "asserted"))
                                    // (one whose doer is named before, an intent announced too, 03 but a meeting's: a word for any decision passes
                                    // over the others)
                                    // (a welcome's first among cooperative acts: "welcomed the announcements" of recognition, not the
                                    // recall told after them)
                                    .or_else(|| earlier().find(|(e, _, _)| any_act && !e.background && matches!(e.modality.as_str(), "asserted" | "intended") && (matches!(root(&e.code), 6..=8 | 12 | 14..=20) || e.code.starts_with("057") || (root(&e.code) == 3 && !e.code.starts_with("036"))) && (!coop_told || !matches!(root(&e.code), 12 | 14..=20)) && e.actor.as_ref().and_then(doer_ref).is_some()))
                            })
                        })
                        .flatten()
                        .and_then(|(e, _, _)| e.actor.as_ref())
                        .and_then(doer_ref)
                        .cloned();
                    // a generic agent right after a lower-case act noun names what kind of act it is, not a
                    // participant ("mengecam latihan militer gabungan Amerika Serikat dan Korea Selatan")
                    // (or right after the noun that ends the trigger's pattern: "menangguhkan perjanjian militer")
                    let modifier = |a: &ActorRef| a.entity.is_none() && a.sector.is_some() && a.tok_start >= end.max(1) && !doc.tokens[a.tok_start - 1].cap && an.class(a.tok_start - 1).is_none() && !lang.is_stopword(&doc.tokens[a.tok_start - 1].lower) && ((a.tok_start > end && idx.get(&doc.tokens[a.tok_start - 1].lower).is_some_and(|ps| ps.iter().any(|p| p.code != "-"))) || (a.tok_start == end && end > i + 1 && literal(a.tok_start - 1)))
                        // (… or one inside a pattern's gap right before its next word: "sent 900 special forces troops"; not the
                        // body a criticism labels, "called the Malian junta illegitimate", "menyebut junta X tidak sah")
                        || (a.entity.is_none() && a.sector.is_some() && a.tok_start > i && a.tok_end < end && literal(a.tok_end) && root(&pat.code) != 11);
                    // (the victims of a condemned act are not whom the condemnation is aimed at: "mengecam
                    // serangan terhadap warga sipil", "condemned the attack on civilians")
                    // (… nor the owner of what the act was against: "mengecam serangan terhadap kantor konsulat X" — a few
                    // lower-case words between the preposition and the side)
                    let against_thing = |a: &ActorRef| (a.tok_start.saturating_sub(4)..a.tok_start).rev().find(|&k| an.class(k) == Some("against")).is_some_and(|k| k > end && (k + 1..a.tok_start).all(|x| doc.tokens[x].kind == warta_core::TokenKind::Word && !doc.tokens[x].cap && an.class(x).is_none()));
                    let victim_of_act = |a: &ActorRef| (10..=12).contains(&root(&pat.code)) && (an.after_prep(a) == Some("against") || against_thing(a)) && an.triggers_of(s).iter().any(|&(n, _, q)| n >= end && n < a.tok_start && (18..=20).contains(&root(&q.code)));
                    // (the actor's own country as a whole, as what an accused act was against, is not whom a
                    // reproach is aimed at: "X accused the two envoys of plotting against X's country")
                    let own_country = |a: &ActorRef| (10..=12).contains(&root(&pat.code)) && an.after_prep(a) == Some("against") && a.etype == Some(EntityType::Country) && !a.place && actor.as_ref().is_some_and(|x| x.etype != Some(EntityType::Country) && x.country.is_some() && x.country == a.country);
                    // (nor is the possessor of the noun inside a pattern's gap when a side follows the noun
                    // with "of": the possessor did what the noun names, "upheld the assembly's impeachment of
                    // X" is against X; "suspended X's membership" is against X)
                    let of_after = an.class(end) == Some("of") && an.actors.iter().any(|a| a.tok_start == end + 1 || (a.tok_start == end + 2 && !doc.tokens[end + 1].cap && an.class(end + 1) == Some("det")));
                    let gap_possessor = |a: &ActorRef| of_after && a.tok_start > i && a.tok_end < end && an.class(a.tok_end) == Some("poss");
                    // (nor the actor's own country inside the gap when another state follows the span: "cut off
                    // all X aid to Y" is against Y)
                    let gap_own = |a: &ActorRef| a.tok_start > i && a.tok_end <= end && !a.place && actor.as_ref().is_some_and(|x| x.country.is_some() && x.country == a.country) && an.actors.iter().any(|b| b.tok_start >= end && b.tok_start <= end + 2 && b.country.is_some() && b.country != a.country);
                    // (nor a side named after a comma and a participle, which tells a second act: "attacked the
                    // embassies, accusing the West of backing X")
                    let second_act = |a: &ActorRef| (end..a.tok_start).any(|k| doc.tokens[k].lower == "," && doc.tokens.get(k + 1).is_some_and(|t| lang.progressive_form(&t.lower)))
                        // (… nor, for a cooperative act, a side named in a relative clause on its object: "attended
                        // a summit that X and Y had called")
                        || (root(&pat.code) <= 9 && (end..a.tok_start).any(|k| an.class(k) == Some("rel")));
                    // (nor the body whose meeting was the occasion: "held talks on the margins of an X forum", "di sela
                    // pertemuan X" — function-word class `occasion`, up to four words before the side)
                    let occasion = |a: &ActorRef| (a.tok_start.saturating_sub(4)..a.tok_start).any(|k| k > i && an.class(k) == Some("occasion"));
                    // (or a generic group that is the pattern's own last words: "dissolved dozens of political parties")
                    // (a group of society, not forces or officials: "withdraw its troops" names no target)
                    let group_object = |a: &ActorRef| a.tok_end == end && a.entity.is_none() && a.sector.as_deref().is_some_and(|x| matches!(x, "PTY" | "OPP" | "CVL" | "LAB" | "EDU" | "MED" | "BUS" | "REL" | "REF")) && a.tok_start > i && !an.owned_word(a.tok_start.saturating_sub(1));
                    // (nor the doer of a participle after the act, "at a meeting also watched by X and Y": a
                    // participle with "by" before the side, no comma and no new act between)
                    let participle_agent = |a: &ActorRef| root(&pat.code) <= 9 && (end + 1..a.tok_start).any(|k| an.class(k) == Some("by") && lang.verb_form(&doc.tokens[k - 1].lower) && !lang.progressive_form(&doc.tokens[k - 1].lower) && (k..a.tok_start).all(|x| doc.tokens[x].lower != ","));
                    // (nor a town naming which of a side's offices it was: "searched the <town> office of <agency>" is
                    // against the agency)
                    let office_of = |a: &ActorRef| {
                        let n = a.tok_end;
                        // (the side after "of": right after it or its article, or past capitalised words of its
                        // description, "the <town> office of Peru's state news agency X")
                        let owner = |x: &ActorRef| {
                            let described = x.tok_start > n + 1 && x.tok_start <= n + 6 && (n + 2..x.tok_start).all(|k| !doc.tokens[k].cap || an.actors.iter().any(|y| y.tok_start <= k && k < y.tok_end));
                            !x.place && (x.tok_start == n + 2 || (x.tok_start == n + 3 && an.class(n + 2) == Some("det")) || described)
                        };
                        a.place && a.tok_start > i && an.class(a.tok_start - 1) == Some("det") && n + 1 < limit && an.content_word(n) && an.class(n + 1) == Some("of") && an.actors.iter().any(owner)
                    };
                    // (but what is called off or cancelled was another side's, named after "by": "called off a
                    // visit by X's deputy premier", "cancelled events organised by X's bodies" — against X)
                    let by_owner = |a: &ActorRef| root(&pat.code) == 16 && a.tok_start > end && !a.place;
                    // (nor, for criticism, the actor's own country named bare in what follows: "denounced the
                    // blasts as an attack on X sovereignty" by X's prime minister)
                    let own_bare = |a: &ActorRef| root(&pat.code) == 11 && a.etype == Some(EntityType::Country) && a.sector.is_none() && !a.place && actor.as_ref().is_some_and(|x| x.sector.is_some() && x.country.is_some() && x.country == a.country);
                    // (nor is the speaker named after a quote closes: "\"Cile dan Peru sepakat …,\" kata X")
                    let quote_closed = |a: &ActorRef| a.tok_start >= 2 && lang.reporting.iter().any(|(p, _)| p.len() == 1 && p[0] == doc.tokens[a.tok_start - 1].lower) && (end..a.tok_start).any(|k| matches!(doc.tokens[k].lower.as_str(), "\"" | "”" | "’"));
                    // (nor the source told after a comma, with a reporting verb or an outlet's (marker class `source_verb`) closing
                    // the sentence: "X agreed to come, the country's state television reported" — up to three lower-case words between)
                    let post_source = |a: &ActorRef| {
                        let k0 = if a.tok_start >= 1 && an.class(a.tok_start - 1) == Some("det") { a.tok_start - 1 } else { a.tok_start };
                        let says = |k: usize| lang.reporting.iter().any(|(p, _)| p.len() == 1 && p[0] == doc.tokens[k].lower) || lang.has_class(&doc.tokens[k].lower, "source_verb");
                        let mut k = a.tok_end;
                        while k < srange.end && k < a.tok_end + 3 && doc.tokens[k].kind == TokenKind::Word && !doc.tokens[k].cap && !says(k) {
                            k += 1;
                        }
                        k0 > end && doc.tokens[k0 - 1].lower == "," && k < srange.end && says(k) && (k + 1 == srange.end || doc.tokens[k + 1].kind == TokenKind::Punct)
                    };
                    // (a person whose mention opens with a word of the pattern, its title, is a side: "ordered ambassador X to leave")
                    let titled_person = |a: &ActorRef| a.etype == Some(EntityType::Person) && a.tok_end > a.tok_start + 1;
                    // (nor a country's adjective inside a slogan: chanted "No to the X law")
                    let slogan = |a: &ActorRef| an.in_slogan(a);
                    // (nor a side the act is done on behalf of, class `behalf` right before it: "atas nama rakyat X")
                    let on_behalf = |a: &ActorRef| (1..=3).any(|n| a.tok_start >= n && lang.has_class(&(a.tok_start - n..a.tok_start).map(|k| doc.tokens[k].lower.as_str()).collect::<Vec<_>>().join(" "), "behalf"));
                    // (a welcome's told act only when no side follows it: "welcomed the decision of X")
                    let (told_act, welcomed) = if welcome { (None, told_act) } else { (told_act, None) };
                    let target = act_by.or(told_act).or_else(|| after(i + 1).filter(|a| a.tok_start >= end || !literal(a.tok_start) || a.tok_end > end || group_object(a) || titled_person(a)).find(|a| !quote_closed(a) && !post_source(a) && !slogan(a) && !on_behalf(a) && !modifier(a) && !office_of(a) && !participle_agent(a) && !occasion(a) && !gap_possessor(a) && !gap_own(a) && !second_act(a) && !own(a) && !own_bare(a) && !victim_of_act(a) && !own_country(a) && !(a.place && a.country.is_none()) && (at_ok || an.after_prep(a) != Some("at") || (root(&pat.code) >= 17 && !a.place && a.etype.is_none())) && (at_ok || root(&pat.code) > 8 || !an.at_the(a)) && !an.comma_with(a) && (an.after_prep(a) != Some("by") || by_owner(a)) && (from_ok || an.after_prep(a) != Some("from") || goods_from(a)) && (at_ok || !(a.place && an.place_after_at(a))) && actor.as_ref().is_none_or(|x| !same_side(x, a))).cloned()).or(welcomed);
                    // a visit to a town or a state whose host the sentence names after "where": "X visited <town> on Tuesday,
                    // where he urged President Y …" — the visit was to Y, a person of that state (class `rel_place`)
                    let target = match target {
                        Some(t) if pat.code.starts_with("042") && t.etype != Some(EntityType::Person) && t.country.is_some() => {
                            let host = (end..srange.end).find(|&k| an.class(k) == Some("rel_place") && k > 0 && doc.tokens[k - 1].lower == ",").and_then(|w| an.actors.iter().find(|a| a.tok_start > w + 1 && a.tok_end <= srange.end && a.etype == Some(EntityType::Person) && a.country == t.country && a.anaphor.is_none()));
                            Some(host.cloned().unwrap_or(t))
                        }
                        t => t,
                    };
                    // praise of what a person did, "praising her support for X" (class `person_poss` right after the verb), is
                    // praise of that person, the last one named before it who is not the doer: not of X
                    let target = if root(&pat.code) == 5 && end == i + 1 && end < srange.end && lang.has_class(&doc.tokens[end].lower, "person_poss") {
                        an.actors.iter().rfind(|a| a.tok_end <= i && a.tok_start >= srange.start && a.etype == Some(EntityType::Person) && a.anaphor.is_none() && actor.as_ref().is_none_or(|x| !same_side(x, a))).cloned().or(target)
                    } else {
                        target
                    };
                    // "10 Russian soldiers killed in Ukraine", "tiga polisi terluka di …": a counted side
                    // before an outcome word with no object after it is the victim, not the doer
                    let outcome = lang.casualties.iter().any(|(p, kind)| matches!(kind.as_str(), "killed" | "injured") && phrase_at(doc, i, p) && p.len() == end - i);
                    let no_object = doc.tokens.get(end).is_none_or(|t| t.kind == warta_core::TokenKind::Punct || (an.class(end).is_some_and(|c| c != "det") || lang.is_stopword(&t.lower)) && number_at(&an, end).is_none());
                    let counted = actor.as_ref().is_some_and(|a| a.tok_start > srange.start && a.tok_end <= i && number_at(&an, a.tok_start - 1).is_some());
                    // (a relative clause with a subject of its own and no object after the verb acts on its head: "the X
                    // gang, which the Peruvian government designated a terrorist group")
                    let target = target.or_else(|| (clause.kind == ClauseKind::Rel && no_object && actor.as_ref().is_some_and(|a| a.tok_start >= clause.start && a.tok_end <= i)).then(|| an.rel_head(clause.start).cloned()).flatten().filter(|h| actor.as_ref().is_none_or(|a| !same_side(a, h))));
                    if outcome && no_object && counted {
                        let by = (end < limit && an.class(end) == Some("by")).then(|| after(end + 1).find(|a| a.tok_start == end + 1).cloned()).flatten();
                        (by, actor)
                    } else {
                        (actor, target)
                    }
                }
            };
            // "struck a ship that had left X", "menembak kapal yang berangkat dari X": force on a thing that
            // came from a country is against that country
            if target.is_none() && root(&pat.code) >= 18 && pat.frame != "noun" {
                target = origin_after(&an, end, srange.end);
            }
            // frame `leave_org` ("leaving ASEAN", "keluar dari PBB"): leaving a body is an act only when
            // an organisation is what is left ("left for Beijing", "meninggalkan ruangan" are not)
            // (the body of states is what is left even when the state taken out of it is named first: "to withdraw the
            // United States from the World Health Organization")
            if pat.frame == "leave_org" {
                if let Some(org) = an.actors.iter().find(|a| a.tok_start >= end && a.tok_start <= end + 1 && a.etype == Some(EntityType::Org) && a.sector.as_deref().is_some_and(|x| x.starts_with("IGO"))) {
                    target = Some(org.clone());
                }
            }
            if pat.frame == "leave_org" && target.as_ref().is_none_or(|t| t.etype != Some(EntityType::Org) || t.tok_start > end + 2) {
                continue;
            }
            // frame `svo_to`: where people are sent is the act's recipient, rather than a generic side of people sent
            // ("mendeportasi 40 warga etnis Uighur ke China", "deported 40 Uyghurs to China": China)
            if pat.frame == "svo_to" && target.as_ref().is_none_or(|t| t.entity.is_none() || t.place) {
                if let Some(dest) = an.actors.iter().find(|a| a.tok_start > end && a.tok_start < clause.end && an.class(a.tok_start - 1) == Some("to") && a.country.is_some() && matches!(a.etype, Some(EntityType::Country | EntityType::City))) {
                    target = Some(dest.as_state());
                }
            }
            // frame `svo_asked`: whom a request for a person is made to is its recipient, not the person asked for
            // ("mengangkat permintaan ekstradisi X yang diajukan <ibu kota> kepada <ibu kota lain>": a person of the
            // doer's own state after the verb gives way to a state or its capital after "kepada"/"to" in the sentence)
            if pat.frame == "svo_asked" && target.as_ref().is_some_and(|t| t.etype == Some(EntityType::Person) && t.country.is_some() && t.country == actor.as_ref().and_then(|a| a.country.clone())) {
                if let Some(asked) = an.actors.iter().find(|a| a.tok_start > end && a.tok_start < srange.end && an.class(a.tok_start - 1) == Some("to") && a.country.is_some() && a.country != target.as_ref().and_then(|t| t.country.clone()) && matches!(a.etype, Some(EntityType::Country | EntityType::City))) {
                    target = Some(asked.as_state());
                }
            }
            // frame `speech_subject`: what a speaker says a side will suffer or must do needs that side
            // ("anggaran tersebut harus diprioritaskan" names none)
            // frame `resign`: a bare word of stepping down ("mundur") is a resignation only when a person does it
            // ("Wali Kota X juga mundur"); troops who "mundur" pull back, which other words code
            // (named right before it, or a word of addition or a stop word between: "X juga mundur" — not "langkah
            // mundur", "keputusan mundur yang diambil X", nor a pronoun's antecedent far away)
            let subject_before = |a: &ActorRef| a.tok_end == i || (a.tok_end + 1 == i && (lang.has_class(&doc.tokens[i - 1].lower, "additive") || lang.is_stopword(&doc.tokens[i - 1].lower)));
            if pat.frame == "resign" && !actor.as_ref().is_some_and(|a| a.etype == Some(EntityType::Person) && a.entity.is_some() && subject_before(a)) {
                continue;
            }
            // (nor what a state's own official says that state should do: "X said Chile should annex Y" is his
            // policy told, no appeal to another side)
            // (… nor what its government's spokesman says its leader believes: "a spokesman said President X believed Y should
            // be settled by talks")
            let own_state = target.as_ref().is_some_and(|t| t.country.is_some() && actor.as_ref().is_some_and(|a| a.country == t.country && a.entity != t.entity && (t.entity == t.country || (t.sector.as_deref() == Some("GOV") && a.sector.as_deref() == Some("GOV")))));
            if pat.frame == "speech_subject" && (target.is_none() || own_state) {
                continue;
            }
            if pat.frame == "speech_subject" {
                demanded = Some((s, ci, end));
            }
            // frame `svo_direct` ("membantu rakyat X"): an act only with a side right after the verb
            // ("dituduh membantu penjualan minyak" helps an act, not a side)
            // (force so told needs a doer and a side named, not counted: "menewaskan 16 orang", "menewaskan lima polisi"
            // tell a toll, often of what is no act — a quake, a flood)
            // (and an appeal so told is one only with what is asked after "to", its side named: "wants X to withdraw", not
            // "if they want him")
            if pat.frame == "svo_direct" && (target.as_ref().is_none_or(|t| t.place || t.tok_start > end + 1 || t.tok_start < end) || (root(&pat.code) >= 18 && (actor.is_none() || number_at(&an, end).is_some())) || (root(&pat.code) == 2 && !target.as_ref().is_some_and(|t| an.class(t.tok_end) == Some("to") && t.anaphor.is_none()))) {
                continue;
            }
            // a demand told as what a side was told "to" do has only the side in its gap, no clause: "told X to let aid in",
            // not "told reporters she had hoped to …" nor "told X's partners that going back to …" (a word of class `comp` or a
            // verb's past form in the gap)
            if root(&pat.code) == 10 && end > i + 2 && pat.tokens.last().is_some_and(|w| w == "to") && (i + 1..end - 1).any(|k| an.class(k) == Some("comp") || lang.past_forms.contains(&doc.tokens[k].lower)) {
                continue;
            }
            // a verb before a tally, "<number> to <number>", or one whose gap holds the tally's first number, is a vote's count,
            // no act: "deputies voted 61 to 19" (PETRARCH's "voted" and "voted * to" are intents)
            let number = |k: usize| doc.tokens.get(k).is_some_and(|t| t.kind == warta_core::TokenKind::Number);
            if (number(end) && an.class(end + 1) == Some("to") && number(end + 2)) || (end > i + 2 && number(i + 1) && an.class(i + 2) == Some("to") && number(end)) {
                continue;
            }
            // a word of going that ends with "to" before a verb's base form is an infinitive, no trip: "is going to
            // come home", "went to see them" (what follows codes itself)
            if root(&pat.code) == 4 && pat.tokens.last().is_some_and(|w| w == "to") && doc.tokens.get(end).is_some_and(|t| !t.cap && lang.verb_forms.contains_key(&t.lower)) {
                continue;
            }
            // a past participle right after a comma or a closing quotation mark and before "from", "by" or "for" describes
            // what stands before it (passive; "for", class `beneficiary_prep`, after a quotation mark only: ", vouched for him"
            // is a verb of a series), it tells no act of the subject's: "has spent 300 days in prison, prevented
            // from reporting", "through a \"window\" prepared for them"
            if pat.frame == "svo" && end == i + 1 && i >= 1 && matches!(doc.tokens[i - 1].lower.as_str(), "," | "\"" | "”") && lang.past_forms.contains(&doc.tokens[i].lower) && !lang.verb_forms.contains_key(&doc.tokens[i].lower) && (matches!(an.class(end), Some("from" | "by")) || (doc.tokens[i - 1].lower != "," && doc.tokens.get(end).is_some_and(|t| lang.has_class(&t.lower, "beneficiary_prep")))) {
                continue;
            }
            // frame `svo_unless` ("would take measures to protect its rights unless X reduced …"): an act only with a
            // condition after it in the sentence (function-word class `unless`), a threat made to the side the condition
            // names first
            // (or after a cue of threat, which makes it the threat: "mengancam akan mengambil tindakan tegas")
            let threat_cue = || modality_before(&an, clause.start, i).as_deref() == Some("threatened");
            if pat.frame == "svo_unless" && !threat_cue() {
                let Some(u) = (end..srange.end).find(|&k| lang.has_class(&doc.tokens[k].lower, "unless")) else { continue };
                let named = an.actors.iter().find(|a| a.tok_start > u && a.tok_start < srange.end && a.anaphor.is_none() && a.country.is_some() && actor.as_ref().is_none_or(|x| !same_side(x, a)));
                match named {
                    Some(x) => target = Some(if x.place { x.as_state() } else { x.clone() }),
                    None => continue,
                }
            }
            // a visit named by a noun, its visitor after "by" right past the place visited: "…, a visit to X by a Y
            // minister, the first in years" (the sentence's subject hosts it; the visitor is the one after "by")
            if pat.code.starts_with("042") && pat.tokens.last().is_some_and(|w| lang.function_words.get(w).is_some_and(|c| c == "to")) {
                if let Some(t) = target.as_ref().filter(|t| t.tok_start == end && an.class(t.tok_end) == Some("by")) {
                    let by = t.tok_end;
                    if let Some(v) = an.actors.iter().find(|a| a.tok_start > by && a.tok_start <= by + 2 && !a.place && a.country.is_some() && a.country != t.country && (by + 1..a.tok_start).all(|k| an.class(k) == Some("det") || lang.is_stopword(&doc.tokens[k].lower))) {
                        actor = Some(v.clone());
                    }
                }
            }
            // "pertemuan antara X dan Y", "talks between X and Y": the two sides, whoever holds it (a
            // lower-case modifier may come first: "pertemuan bilateral antara")
            // (or the pattern's own last word: "talks between")
            // (or two: "baku tembak sengit terjadi antara")
            // (or a verb of taking place and its duration: "Pertemuan digelar dua hari antara X dan Y")
            let between_at = (end - 1..(end + 6).min(limit)).find(|&k| an.class(k) == Some("between") && (end..k).all(|x| !doc.tokens[x].cap && matches!(doc.tokens[x].kind, warta_core::TokenKind::Word | warta_core::TokenKind::Number)) && (k <= end + 2 || (end..k).any(|x| lang.has_class(&doc.tokens[x].lower, "take_place"))));
            let between = between_at.and_then(|k| {
                // (a member of a body, "between a X member and Y", is no named side)
                let x = an.actors.iter().find(|a| a.tok_start > k && a.tok_start <= k + 4 && !a.place).filter(|a| !an.members_of(a))?;
                // (past the first side's title in apposition, between commas: "between X, the secretary of Y's council, and Z")
                let x_end = if doc.tokens.get(x.tok_end).is_some_and(|t| t.lower == ",") { (x.tok_end + 1..(x.tok_end + 14).min(srange.end)).find(|&c| doc.tokens[c].lower == ",").unwrap_or(x.tok_end) } else { x.tok_end };
                let y = an.actors.iter().find(|b| b.tok_start > x_end && b.tok_start <= x_end + 4 && (x_end..b.tok_start).any(|t| an.class(t) == Some("conj")) && !b.place && !same_side(x, b));
                // (people with no name, of two places or groups, are both sides: "clashes between residents of two villages",
                // "bentrok antara penduduk dua kampung")
                let of_two = || {
                    let k = x.tok_end + usize::from(an.class(x.tok_end) == Some("of"));
                    x.entity.is_none() && x.anaphor.is_none() && doc.tokens.get(k).is_some_and(|t| lang.numbers.get(&t.lower) == Some(&2)) && doc.tokens.get(k + 1).is_some_and(|t| t.kind == warta_core::TokenKind::Word && !t.cap)
                };
                match y {
                    Some(y) => Some((x.clone(), y.clone())),
                    None if of_two() => Some((x.clone(), x.clone())),
                    None => None,
                }
            });
            // ("talks between" with no two sides after it, "mediated the talks between the two groups", names
            // no meeting of its own)
            if an.class(end - 1) == Some("between") && between.is_none() {
                continue;
            }
            // (a mediator mediates between the two: they are its recipients, it stays the actor)
            let mediation = pat.code.starts_with("045") && actor.is_some();
            let between_sides_named = between.is_some() && !mediation;
            // (the people of two places or groups, one side named twice: both stay, one on each side)
            let two_groups = between.as_ref().is_some_and(|(x, y)| x.span == y.span);
            if let Some((x, _)) = between.as_ref().filter(|_| mediation) {
                target = Some(x.clone());
            } else if let Some((x, y)) = between {
                // (the frame's own pair, in either order, stays as it is)
                let same_pair = |a: &Option<ActorRef>, b: &ActorRef| a.as_ref().is_some_and(|a| a.span == b.span || (a.entity.is_some() && a.entity == b.entity) || (a.country.is_some() && a.country == b.country && a.sector == b.sector));
                if !((same_pair(&actor, &x) && same_pair(&target, &y)) || (same_pair(&actor, &y) && same_pair(&target, &x))) {
                    actor = Some(x);
                    target = Some(y);
                }
            }
            // "saling menuduh", "accused each other": each side does it to the other (function-word
            // class `reciprocal` before the verb, or a `reciprocal` anaphor right after it or inside the pattern's gap:
            // "expelled each other's top diplomats")
            let reciprocal = (i > clause.start && an.class(i - 1) == Some("reciprocal")) || an.actors.iter().any(|a| a.anaphor.as_deref() == Some("reciprocal") && a.tok_start > i && a.tok_start <= end);
            if target.as_ref().is_some_and(|t| t.anaphor.as_deref() == Some("reciprocal")) {
                target = None;
            }
            // "menelepon kedua pemimpin", "called both leaders": the pair as the object is the two sides of the last
            // mutual act told (in this sentence or the eight before), each a recipient
            // (and "mereka", "them" after it in the sentence: "… dan mendesak mereka untuk …")
            let mut pair_object: Option<ActorRef> = None;
            let object_kind = |k: &str| target.as_ref().is_some_and(|t| t.anaphor.as_deref() == Some(k) && t.tok_start > i);
            let again = pair_object_in.clone().filter(|(ps, _, _)| *ps == s && object_kind("plural")).map(|(ps, pa, pb)| (pa, pb, ps));
            // (… and so is a meeting no one is said to hold: "usai pertemuan tertutup kedua pemimpin")
            let pair_kind = (pat.frame == "noun" && root(&pat.code) >= 18) || root(&pat.code) == 4;
            let pair_near = || pair_kind && actor.is_none() && target.is_none() && an.actors.iter().any(|a| a.anaphor.as_deref() == Some("pair") && a.tok_start >= end && a.tok_start <= end + 5 && (end..a.tok_start).all(|k| doc.tokens[k].kind == warta_core::TokenKind::Word && doc.tokens[k].sentence == s && !lang.verb_form(&doc.tokens[k].lower)));
            let pair = again.or_else(|| last_pair.clone().filter(|(_, _, ps, _)| *ps + 8 >= s && (object_kind("pair") || pair_near())).map(|(pa, pb, ps, _)| (pa, pb, ps)));
            // (force no one is said to do, named with the pair after it, is between the two: "pertempuran lima hari di
            // perbatasan kedua negara")
            let mut pair_sides = false;
            if let Some((pa, pb, _)) = pair {
                let t = target.clone().unwrap_or_else(|| pa.clone());
                let at = |x: &ActorRef| ActorRef { span: t.span, tok_start: t.tok_start, tok_end: t.tok_end, anaphor: None, ..x.clone() };
                if actor.is_none() && pair_kind {
                    actor = Some(pa.clone());
                    target = Some(pb.clone());
                    pair_sides = true;
                } else {
                    pair_object_in = Some((s, pa.clone(), pb.clone()));
                    // (the actor's own side of the pair is no recipient: "Mr Hu urged the two countries" after China
                    // and Brazil's talks aims at Brazil)
                    let own = |x: &ActorRef| actor.as_ref().is_some_and(|a| same_side(a, x) || (a.country.is_some() && a.country == x.country));
                    let (pa, pb) = if own(&pa) { (pb, None) } else if own(&pb) { (pa, None) } else { (pa, Some(pb)) };
                    target = Some(at(&pa));
                    // (a mediator mediates between the two, and so does an act "between the two countries": one act, as
                    // with "between X and Y")
                    let after_between = t.tok_start > 0 && an.class(t.tok_start - 1) == Some("between");
                    pair_object = pb.filter(|_| !pat.code.starts_with("045") && !after_between).map(|pb| at(&pb));
                }
            }
            if let Some(t) = target.clone() {
                if t.anaphor.is_some() {
                    target = an.resolve(&t, s, clause.kind == ClauseKind::Comp);
                    // an object pronoun that would name the actor itself names the other side told
                    // before it in the sentence ("cut relations with the UAE, accusing it of …")
                    if t.anaphor.as_deref() == Some("country") && target.as_ref().zip(actor.as_ref()).is_some_and(|(x, a)| same_side(x, a)) {
                        target = an.actors.iter().filter(|x| x.tok_start >= srange.start && x.tok_end <= i && !x.place && x.anaphor.is_none() && x.country.is_some() && actor.as_ref().is_none_or(|a| a.country != x.country)).last().cloned();
                    }
                }
            }
            // (a plural pronoun's antecedent, as named: its list is the actors — "the governments of
            // X, Y and Z announced that they were leaving …")
            // (a plural that is a subject no list knows, "Asian diplomats … said they would …": the act is
            // kept with its doer unnamed when it names its recipient)
            if let Some(a) = actor.clone() {
                if a.anaphor.is_some() {
                    actor = an.resolve(&a, s, clause.kind == ClauseKind::Comp);
                }
            }
            let plural_antecedent = actor.as_ref().filter(|r| an.actors.iter().any(|x| x.span == r.span && x.anaphor.as_deref() == Some("plural"))).and_then(|r| an.actors.iter().rev().find(|x| x.tok_end <= r.tok_start && x.anaphor.is_none() && x.entity == r.entity && x.country == r.country && x.sector == r.sector).cloned());
            // "the two ministers", "kedua negara" (and "they" right after): the two sides of the last
            // mutual act told, in this sentence or the two before
            // (fighting or a truce between two named sides is between them both: "clashes between X and Y")
            let mut symmetric = (between_sides_named && (mutual_code(&pat.code) || between_sides(&pat.code))) || pair_sides;
            let mut co_actor: Option<ActorRef> = None;
            let mut each_way = false;
            // an act done together, between its sides (a code of `mutual_code`, or frame `mutual`)
            let mutual = mutual_code(&pat.code) || pat.frame == "mutual";
            // (also the two sides as the genitive of a generic agent: "pejabat militer kedua negara",
            // "officials of both countries", or where it comes from: "diplomats from both countries")
            // (a clause joined by "and" that opens with its verb shares the subject of the clause it is joined to:
            // "Both leaders talked …, joined by X, and agreed to talk again")
            let first = an.first_actor(clause.start, i).or_else(|| {
                (clause.kind == ClauseKind::Conj && ci > 0 && actor.is_none()).then(|| an.clauses[s][..ci].iter().rev().find(|c| c.kind == ClauseKind::Main).and_then(|m| an.first_actor(m.start, m.end)).filter(|x| x.anaphor.as_deref() == Some("pair"))).flatten()
            });
            let genitive_pair = first.filter(|x| x.anaphor.is_none() && x.entity.is_none()).and_then(|x| an.actors.iter().find(|y| y.anaphor.as_deref() == Some("pair") && y.tok_end <= i && (y.tok_start == x.tok_end || (y.tok_start == x.tok_end + 1 && matches!(an.class(x.tok_end), Some("of" | "from"))))));
            let subj_anaphor = genitive_pair.or(first).and_then(|x| x.anaphor.clone());
            let mut pair_date: Option<String> = None;
            // (a pair named as one, "kedua pemimpin", "the two leaders", reaches further back than "they": a quote
            // and two statements may stand between)
            let reach = if subj_anaphor.as_deref() == Some("pair") { 8 } else { 4 };
            // (only for a pair of states or sides, class `state_pair_noun`: "the two countries", not "the two ministers")
            let states_named = genitive_pair.or(first).is_some_and(|x| x.anaphor.as_deref() == Some("pair") && x.tok_end > 0 && lang.has_class(&doc.tokens[x.tok_end - 1].lower, "state_pair_noun"));
            // (… or of two leaders, class `leader_pair_noun`, after a directed act between their states: "X urged Y …, while both
            // leaders held talks")
            let leaders_named = genitive_pair.or(first).is_some_and(|x| x.anaphor.as_deref() == Some("pair") && x.tok_end > 0 && lang.has_class(&doc.tokens[x.tok_end - 1].lower, "leader_pair_noun"));
            let dyad = || last_dyad.as_ref().filter(|(_, _, ds)| *ds + 4 >= s && (states_named || leaders_named)).map(|(a, b, ds)| (a.clone(), b.clone(), *ds, None));
            if let Some((pa, pb, _, pd)) = last_pair.clone().filter(|(_, _, ps, _)| *ps + reach >= s).or_else(dyad).as_ref() {
                // ("they" with a target of the pair is the pair only in an act done between them: "they might
                // bring back sanctions on X" aims at X, it is no act of X and another together)
                let plural_pair = subj_anaphor.as_deref() == Some("plural") && (target.is_none() || (mutual && target.as_ref().is_some_and(|t| t.country == pa.country || t.country == pb.country)));
                if subj_anaphor.as_deref() == Some("pair") || plural_pair {
                    // (a pair of leaders, "the two leaders", "kedua pemimpin" — class `leader_pair_noun` —, whose side is a
                    // state named bare is that state's head of state or government the story named before)
                    let top = |id: &str| doc.entities.iter().any(|e| e.id == id && e.roles.iter().any(|r| matches!(r.role.as_str(), "head of state" | "head of government")));
                    let leader_of = |x: &ActorRef| -> ActorRef {
                        if !leaders_named || x.etype != Some(EntityType::Country) || x.sector.is_some() {
                            return x.clone();
                        }
                        an.actors.iter().rev().find(|y| y.tok_end <= i && y.etype == Some(EntityType::Person) && y.country.is_some() && y.country == x.country && y.entity.as_deref().is_some_and(top)).cloned().unwrap_or_else(|| x.clone())
                    };
                    // (an act of the pair aimed at a third side named after the verb is done by each of them, one event per
                    // state: "kedua pemimpin … mendesak Israel membuka akses …"; on the day of the pair's encounter told before)
                    let third = target.as_ref().is_some_and(|t| t.tok_start > i && !t.place && t.country.is_some() && t.country != pa.country && t.country != pb.country);
                    actor = Some(leader_of(pa));
                    // (the pair as the subject: opening its sentence or clause, not an object before a second verb, "bertemu
                    // kedua pihak lalu meminta mereka …")
                    let pair_subject = genitive_pair.or(first).is_some_and(|x| x.tok_start == srange.start || x.tok_start == clause.start);
                    if third && !mutual && pair_subject && subj_anaphor.as_deref() == Some("pair") {
                        co_actor = Some(leader_of(pb));
                        let met = events.iter().rev().find(|(e, _, _)| e.code.starts_with("04") && !e.background && between_states(e, &pa.country, &pb.country) && matches!(e.date_source.as_deref(), Some("clause" | "sentence")) && e.date.as_deref().is_some_and(is_day));
                        pair_date = met.and_then(|(e, _, _)| e.date.clone()).or_else(|| pd.clone());
                    } else {
                        target = Some(leader_of(pb));
                        symmetric = true;
                        pair_date = pd.clone();
                    }
                }
            }
            // (a bare noun of fighting with no side named, opening its sentence, is the fighting the sentence before told)
            if actor.is_none() && target.is_none() && pat.frame == "noun" && i == srange.start && matches!(root(&pat.code), 15 | 19) {
                if let Some((fa, fb, _)) = last_fight.as_ref().filter(|(_, _, fs)| *fs + 1 == s) {
                    actor = Some(fa.clone());
                    target = Some(fb.clone());
                    symmetric = true;
                }
            }
            if let Some(a) = actor.as_ref().filter(|_| !symmetric) {
                // the conjunction may come after the rest of the subject's name: "Kepolisian Negara
                // Republik Indonesia (Polri) Daerah Riau dan Kepolisian Malaysia"
                let conj = |k: usize| doc.tokens.get(k).is_some_and(|t| lang.function_words.get(&t.lower).is_some_and(|c| c == "conj"));
                let name_part = |k: usize| {
                    let t = &doc.tokens[k];
                    t.cap || t.lower == "(" || t.lower == ")" || an.actors.iter().any(|x| x.tok_start <= k && k < x.tok_end && same_side(x, a))
                };
                let mut next = a.tok_end;
                while next < i && next < a.tok_end + 6 && !conj(next) && name_part(next) {
                    next += 1;
                }
                // a mutual act of coordinated subjects ("X and his Philippine counterpart Y signed an agreement
                // to share military information") is between them, whatever generic agent follows the verb
                // (not one of a third state: "Chile and Peru have long trained Bolivia's police" is done side by side to it)
                let generic_target = target.as_ref().is_some_and(|t| t.entity.is_none() && t.sector.is_some() && (t.country.is_none() || t.country == a.country || an.actors.iter().any(|x| x.tok_start >= a.tok_end && x.tok_end <= i && x.country == t.country)));
                // (so is a reciprocal act, whatever it names after the verb: "saling menukar tawanan
                // perang dan warga sipil" is an exchange between the subjects, not with the civilians)
                // (… or one whose country is the conjunct's own: "the presidents of Chile and Peru agreed a plan
                // under which those entering without papers are sent back to Peru" is between the two, not with Peru)
                let conjunct_country = next < i && target.as_ref().is_some_and(|t| t.tok_start > i && an.actors.iter().any(|x| x.tok_start > next && x.tok_end <= i && x.country.is_some() && x.country == t.country));
                // (… or one whose only other country is a modifier of what they agreed on: "Chile and Peru agreed to
                // a Bolivian plan" is between the two, not with Bolivia)
                let attributive = target.as_ref().is_some_and(|t| t.tok_start > i && t.etype == Some(EntityType::Country) && t.tok_start >= 1 && (an.class(t.tok_start - 1) == Some("det") || (an.class(t.tok_start - 1).is_none() && !doc.tokens[t.tok_start - 1].cap && an.lang.is_stopword(&doc.tokens[t.tok_start - 1].lower))) && t.tok_end < doc.tokens.len() && an.content_word(t.tok_end));
                // (… or a place of the first subject's own country the sentence names later: "agreed …, during a
                // visit to <a town of the first>")
                let own_place = target.as_ref().is_some_and(|t| t.tok_start > i && t.place && t.country.is_some() && t.country == a.country);
                // (and an act done between the subjects whose other side named after the verb is the
                // conjunct's own country: "X and Y agreed to a truce …, cutting tariffs on Y's goods")
                if (target.is_none() || ((mutual || reciprocal) && (generic_target || conjunct_country || own_place)) || (between_sides(&pat.code) && (attributive || conjunct_country))) && next < i && conj(next) {
                    if reciprocal {
                        target = None;
                    }
                    // the conjunct may open with modifiers ("and the powerful Kurdistan Regional
                    // Government"): an actor within three words, a named one first, then one with a country
                    let lower = |k: usize| doc.tokens.get(k).is_some_and(|t| t.kind == warta_core::TokenKind::Word && !t.cap);
                    // ("and his Philippine counterpart Gilberto Teodoro": a person named in reach goes first)
                    let reach = (next + 1..(next + 6).min(i)).take_while(|&k| k == next + 1 || lower(k - 1) || an.actors.iter().any(|x| x.tok_start <= k - 1 && k - 1 < x.tok_end)).last().unwrap_or(next + 1);
                    // ("dan Wakil Perdana Menteri sekaligus Menteri Pertahanan Australia Richard Marles": through
                    // a first title joined to the name's, function-word class `title_joiner`)
                    let joined = (next + 2..(next + 7).min(i)).find(|&x| an.class(x) == Some("title_joiner") && (next + 1..x).all(|y| doc.tokens[y].cap && doc.tokens[y].kind == warta_core::TokenKind::Word));
                    let reach = joined.map_or(reach, |x| reach.max(x + 1));
                    // (a capital standing for its state, "Washington dan Seoul sepakat …", is that state)
                    let capital = |x: &ActorRef| x.place && x.etype == Some(EntityType::City) && x.country.is_some() && x.country != a.country && x.tok_start == next + 1 && an.after_prep(x).is_none();
                    let states: Vec<ActorRef> = an.actors.iter().filter(|x| x.tok_start > next && x.tok_start <= reach && x.tok_end <= i && capital(x)).map(ActorRef::as_state).collect();
                    let conjuncts: Vec<&ActorRef> = an.actors.iter().filter(|x| x.tok_start > next && x.tok_start <= reach && x.tok_end <= i && !x.place && !same_side(x, a)).chain(states.iter()).collect();
                    let person = conjuncts.iter().find(|x| x.etype == Some(EntityType::Person) && x.entity.is_some());
                    if let Some(b) = person.or(conjuncts.iter().find(|x| x.entity.is_some())).or(conjuncts.iter().find(|x| x.country.is_some())).or(conjuncts.first()) {
                        // two countries sharing one head noun ("US and British activists", "Russian and
                        // Chinese warships"): both sides are of that kind; acting together unless the act is mutual
                        // (the second country and the noun are one agent: "British activists")
                        let head = (a.etype == Some(EntityType::Country) && a.tok_end + 1 == b.tok_start && b.entity.is_none() && b.sector.is_some() && b.country.is_some() && b.anaphor.is_none()).then_some(*b);
                        match head {
                            Some(g) => {
                                let mut a2 = a.clone();
                                a2.sector = g.sector.clone();
                                a2.entity = None;
                                a2.etype = None;
                                let b2 = g.clone();
                                actor = Some(a2);
                                // (or between them when no one else is named: "Chilean and Peruvian officials agreed
                                // to exchange 1,000 prisoners")
                                if mutual || (target.is_none() && between_sides(&pat.code) && !pat.code.starts_with("045")) {
                                    target = Some(b2);
                                    symmetric = true;
                                } else {
                                    co_actor = Some(b2);
                                }
                            }
                            // the two sides of a mutual act ("X and Y met") or of an act done between the
                            // subjects when no one else is named (`between_sides`: "X and Y agreed", "…
                            // declared a ceasefire", "… fought"); each side of a reciprocal one ("saling
                            // menuduh"); but mediators mediate together ("Qatar, Egypt and the United
                            // States mediated") and others act side by side ("Chile and Peru condemned …")
                            None if reciprocal => {
                                target = Some((*b).clone());
                                each_way = true;
                            }
                            None if (mutual || between_sides(&pat.code)) && !pat.code.starts_with("045") => {
                                target = Some((*b).clone());
                                symmetric = true;
                            }
                            None => co_actor = Some((*b).clone()),
                        }
                    }
                }
            }
            // discussing with no partner after "dengan"/"with" and no pair of subjects consults no one
            // (class `topic_verb`: "ASEAN membahas rencana penerimaan X")
            if pat.code.starts_with("04") && an.class(i) == Some("topic_verb") && !symmetric && co_actor.is_none() && target.as_ref().is_none_or(|t| an.after_prep(t) != Some("with")) {
                continue;
            }
            // (… nor does opening a fair alone or with an official of one's own state, a meeting only between coordinated subjects
            // of two states: frame `mutual`)
            let ac04 = actor.as_ref().and_then(|a| a.country.clone());
            if pat.code.starts_with("04") && pat.frame == "mutual" && (ac04.is_none() || target.as_ref().is_none_or(|t| t.country.is_none() || t.country == ac04)) {
                continue;
            }
            // location: a place after "di"/"in"/"at" in the clause (or "ke"/"to" for a visit)
            let code = pat.code.clone();
            // (fighters who seize a town or a region take territory, CAMEO 192, not property: "the insurgents had seized
            // X, the last major city")
            let fighters = actor.as_ref().is_some_and(|a| a.sector.as_deref().is_some_and(|x| matches!(x, "MIL" | "REB" | "INS" | "UAF")));
            // (past an article, a direction and a word of places with "of": "took the northern town of X")
            let town_start = |a: &ActorRef| a.tok_start >= end && a.tok_start <= end + 5 && (end..a.tok_start).all(|k| matches!(an.class(k), Some("det" | "compass" | "place_noun" | "of")));
            let town_after = an.actors.iter().any(|a| matches!(a.etype, Some(EntityType::City | EntityType::Region)) && a.place && town_start(a));
            // (and the town is where it happened)
            let code = if code == "171" && fighters && town_after && pat.frame != "noun" && !an.lang.petrarch_codes { "192".to_string() } else { code };
            // (not a state's name closing a longer capitalised name, "di Rumah Sakit Bersalin Saudi di X": the name's word)
            let in_name = |a: &ActorRef| a.etype == Some(EntityType::Country) && a.tok_start > srange.start && doc.tokens[a.tok_start - 1].cap && doc.tokens[a.tok_start - 1].kind == warta_core::TokenKind::Word && an.class(a.tok_start - 1).is_none() && !an.actors.iter().any(|x| x.tok_end == a.tok_start);
            // (… or in a clause of what the doer was doing meanwhile, right after: "was shot dead while giving a speech in
            // X", "met Y while visiting X" — a subordinator or a contrast word before a progressive form)
            let loc_limit = an.clauses[s].iter().find(|c| c.start > limit && c.start <= limit + 1 && matches!(an.class(c.start - 1), Some("but" | "sub" | "sub_time")) && lang.progressive_form(&doc.tokens[c.start].lower)).map_or(limit, |c| c.end);
            // (… nor one inside what the act is about, after a word of topic that is no word of benefit — "tentang", "about" — with no
            // comma between: "menandatangani MoU tentang pekerja di X, di <kota>" was signed in the town)
            // (only when another place after "di"/"at" follows it in the clause, past a comma: "… mengenai program nuklir X di
            // Roma, Italia" was held in Rome; "about 100 minutes" is no topic)
            // (… nor, with no place after it, one inside the topic of talks, a word of meetings and a word of its topic, class
            // `talks_topic`, before it: "hosted X at the palace for talks on the fate of troops in Y")
            let no_comma = |k: usize, a: &ActorRef| (k..a.tok_start).all(|x| doc.tokens[x].lower != ",");
            let topic_place = |a: &ActorRef| {
                (end..a.tok_start).any(|k| lang.has_class(&doc.tokens[k].lower, "topic_prep") && !lang.has_class(&doc.tokens[k].lower, "beneficiary_prep") && doc.tokens.get(k + 1).is_some_and(|t| t.kind != warta_core::TokenKind::Number) && no_comma(k, a))
                    && an.actors.iter().any(|b| b.tok_start > a.tok_end && b.tok_start < loc_limit && matches!(b.etype, Some(EntityType::City) | Some(EntityType::Region)) && an.place_after_at(b) && (a.tok_end..b.tok_start).any(|x| doc.tokens[x].lower == ","))
                    || (end..a.tok_start.saturating_sub(1)).any(|k| lang.has_class(&doc.tokens[k].lower, "meeting_noun") && lang.has_class(&doc.tokens[k + 1].lower, "talks_topic") && no_comma(k, a))
            };
            // (nor a town opening a building's name, a capitalised word no list knows after it: "di Hyderabad House, <kota>"; not
            // a direction that is part of the place's name, marker class `direction_word`: "Cikarang Timur")
            let opens_name = |a: &ActorRef| {
                a.etype == Some(EntityType::City) && doc.tokens.get(a.tok_end).is_some_and(|t| t.cap && t.kind == warta_core::TokenKind::Word && t.sentence == s && an.class(a.tok_end).is_none() && !lang.has_class(&t.lower, "direction_word") && !lang.weekdays.contains_key(&t.lower) && !lang.months.contains_key(&t.lower) && !an.actors.iter().any(|x| x.tok_start == a.tok_end))
            };
            // (nor, for an act told inside a quotation, a place after its close: "\"… sudah ditahan,\" kata X di <gedung>, <kota>"
            // names where it was said)
            let quote_end = doc.quotes.iter().find(|q| q.start <= doc.tokens[i].span.start && doc.tokens[i].span.end <= q.end).map(|q| q.end);
            let past_quote = |a: &ActorRef| quote_end.is_some_and(|e| a.span.start >= e);
            let loc_ref = an.actors.iter().find(|a| a.tok_start >= clause.start && a.tok_start < loc_limit && matches!(a.etype, Some(EntityType::City) | Some(EntityType::Region) | Some(EntityType::Country)) && !an.adjective_use(a) && !in_name(a) && !opens_name(a) && !topic_place(a) && !past_quote(a) && (an.place_after_at(a) || ((code.starts_with("042") || code.starts_with("043") || (root(&code) >= 18 && pat.frame != "noun" && a.tok_start >= end)) && an.place_after(a, &["to"])) || (root(&code) >= 18 && pat.frame == "noun" && (a.tok_start == end + 1 || (a.tok_start == end && end > i + 1 && an.class(end - 1) == Some("against"))) && an.after_prep(a) == Some("against")))).cloned();
            // (a town closing the name of what force or a riot struck, "merusak Kantor Camat Cibinong Bogor":
            // the building is in that town)
            let loc_ref = loc_ref.or_else(|| {
                (matches!(root(&code), 14 | 17..=20) && pat.frame != "noun")
                    .then(|| an.actors.iter().find(|a| a.etype == Some(EntityType::City) && a.tok_start > end && a.tok_start <= end + 4 && a.tok_start < limit && (end..a.tok_start).all(|k| doc.tokens[k].cap && doc.tokens[k].kind == warta_core::TokenKind::Word && !an.actors.iter().any(|x| x.tok_start == k && x.etype != Some(EntityType::Org)))))
                    .flatten()
                    .cloned()
            });
            // (force told by its noun, the subject of the verb right after it, happened at the town or region that verb
            // takes: "Chilean air raids hit the southern Peruvian region of X", past an article, lower-case words and
            // a country's adjective)
            let loc_ref = loc_ref.or_else(|| {
                let verb_after = pat.frame == "noun" && root(&code) >= 18 && end < limit && !doc.tokens[end].cap && (lang.verb_form(&doc.tokens[end].lower) || lang.verb_forms.contains_key(&doc.tokens[end].lower)) && !lang.reporting_pre_words.contains(&doc.tokens[end].lower);
                let country_word = |k: usize| an.actors.iter().any(|x| x.etype == Some(EntityType::Country) && x.tok_start <= k && k < x.tok_end);
                verb_after
                    .then(|| an.actors.iter().find(|a| matches!(a.etype, Some(EntityType::City) | Some(EntityType::Region)) && a.tok_start > end + 1 && a.tok_start <= end + 7 && a.tok_start < limit && (end + 1..a.tok_start).all(|k| doc.tokens[k].kind == warta_core::TokenKind::Word && (!doc.tokens[k].cap || country_word(k)) && an.class(k) != Some("conj"))))
                    .flatten()
                    .cloned()
            });
            // (a town that force takes as its object is where it happened: "menguasai kota X di wilayah Y", "seized
            // control of X")
            let object_town = (root(&code) >= 18 && pat.frame != "noun").then(|| an.actors.iter().find(|a| a.etype == Some(EntityType::City) && (a.tok_start == end || (code == "192" && town_start(a))) && a.tok_start < limit)).flatten();
            let loc_ref = object_town.cloned().or(loc_ref);
            // (a town a visit takes as its object is where it was: "visited X on Friday and met Y")
            let loc_ref = loc_ref.or_else(|| (code.starts_with("042") && pat.frame != "noun").then(|| an.actors.iter().find(|a| a.etype == Some(EntityType::City) && a.tok_start == end && a.tok_start < limit)).flatten().cloned());
            // "di depan kantor DPRD Sulawesi Selatan, Makassar": a city after a province is the narrower place
            let loc_ref = loc_ref.map(|l| {
                // (and one after a country's possessive: "in northwest Nigeria's Kebbi state")
                // (and one of its towns after "di"/"in" again: "menolak rencana itu di provinsi X di kota Y")
                // (or over a word of places and "of" too: "in Chile's northern city of X")
                let past_poss = |c: &ActorRef| {
                    an.class(l.tok_end) == Some("poss") && {
                        let mut k = l.tok_end + 1;
                        if an.class(k) == Some("compass") {
                            k += 1;
                        }
                        if an.class(k) == Some("place_noun") && an.class(k + 1) == Some("of") {
                            k += 2;
                        }
                        k > l.tok_end + 1 && c.tok_start == k
                    }
                };
                let narrower = (matches!(l.etype, Some(EntityType::Region) | Some(EntityType::Country)) && doc.tokens.get(l.tok_end).is_some_and(|t| t.lower == "," || matches!(an.class(l.tok_end), Some("poss" | "at"))))
                    // (over a word of direction: "in Ukraine's northeastern X region")
                    .then(|| an.actors.iter().find(|c| (c.tok_start == l.tok_end + 1 || past_poss(c)) && (c.etype == Some(EntityType::City) || (c.etype == Some(EntityType::Region) && l.etype == Some(EntityType::Country))) && c.country == l.country))
                    .flatten();
                // (or a country's adjective before a word of places and "of": "the southern X city of Y")
                // (or a sea's or a region's name so used: "in the X Sea resort of Y", the town of any state when the
                // region names none)
                let of_place = (matches!(l.etype, Some(EntityType::Country) | Some(EntityType::Region)) && an.class(l.tok_end) == Some("place_noun") && an.class(l.tok_end + 1) == Some("of"))
                    .then(|| an.actors.iter().find(|c| c.tok_start == l.tok_end + 2 && matches!(c.etype, Some(EntityType::City) | Some(EntityType::Region)) && (c.country == l.country || (l.etype == Some(EntityType::Region) && l.country.is_none()))))
                    .flatten();
                // (or a town just before "in" the region or the country: "toured the X market in the northern
                // Y region", "kamp pengungsi X di Tepi Barat" — the town is where it was)
                let town_in = (matches!(l.etype, Some(EntityType::Region) | Some(EntityType::Country)) && l.tok_start > clause.start)
                    .then(|| an.actors.iter().find(|c| c.etype == Some(EntityType::City) && c.tok_start >= clause.start && c.tok_end < l.tok_start && l.tok_start - c.tok_end <= 5 && c.country.is_some() && c.country == l.country && (c.tok_end..l.tok_start).any(|k| an.class(k) == Some("at")) && (c.tok_end..l.tok_start).all(|k| doc.tokens[k].kind == warta_core::TokenKind::Word && an.class(k) != Some("conj"))))
                    .flatten();
                // (or the town a building's name ends with, before its province: "di Istana Kepresidenan X, <provinsi>" — the
                // palace is an organisation's name, its last word a town the story names)
                let building_town = (l.etype == Some(EntityType::Region) && l.tok_start >= 2 && doc.tokens[l.tok_start - 1].lower == ",")
                    .then(|| an.actors.iter().find(|o| o.etype == Some(EntityType::Org) && o.tok_end == l.tok_start - 1 && o.tok_end > o.tok_start + 1))
                    .flatten()
                    .and_then(|o| {
                        let k = o.tok_end - 1;
                        let word = &doc.body[doc.tokens[k].span.start..doc.tokens[k].span.end];
                        doc.entities.iter().find(|e| e.etype == EntityType::City && e.country.is_some() && e.country == l.country && e.name.eq_ignore_ascii_case(word)).map(|e| ActorRef { span: doc.tokens[k].span, tok_start: k, tok_end: k + 1, entity: Some(e.id.clone()), etype: Some(EntityType::City), country: e.country.clone(), sector: None, anaphor: None, place: true, home: false })
                    });
                if let Some(t) = building_town {
                    return t;
                }
                narrower.or(of_place).or(town_in).cloned().unwrap_or(l)
            });
            // (a bare departure or going, marker class `motion`, with no one it goes to and no place named is no visit: "she
            // had left by then", "nobody knew where they had gone")
            if (an.class(i) == Some("departure") || lang.has_class(&doc.tokens[i].lower, "motion")) && end == i + 1 && target.is_none() && loc_ref.is_none() && !an.lang.petrarch_codes {
                continue;
            }
            let rt = root(&code);
            // an appeal or an order to the speaker's own government ("meminta pemerintahnya mengumpulkan informasi", "asked her
            // government to …") is a state's own business, no event between sides
            if matches!(rt, 2 | 10) && pat.frame != "noun" && own_government_after(&an, end) {
                continue;
            }

            // (and an embassy closed or suspended in a city: "suspended operations at its embassy in X", 16)
            // (a show of force in another state's land is aimed at that state: "held drills in X", 15; sympathy
            // is toward the people where the loss was: "expressed sorrow for the shooting in X", 018)
            let foreign_place = loc_ref.as_ref().is_some_and(|l| l.country.is_some() && actor.as_ref().is_some_and(|a| a.country.is_some() && a.country != l.country));
            // (a state's own mission abroad opened, reopened or closed, in the act's own words, concerns the state it is in:
            // "plans to reopen its embassy in X", "closed its embassy in X" — not a side told before)
            if foreign_place && matches!(rt, 3..=8 | 16) && pat.tokens.iter().any(|t| lang.has_class(t, "mission_noun")) && loc_ref.as_ref().is_some_and(|l| l.etype == Some(EntityType::City) && l.tok_start > end) {
                target = loc_ref.as_ref().map(|l| l.as_state());
            }
            // (aid delivered in another state's land goes to its people: "menerjunkan bantuan di wilayah X", 07)
            // (force against a state's embassy or consulate abroad is against that state: "menyerang kantor konsulat X di
            // <kota>", "shelled X's embassy in <city>" — a word of class `mission_noun` with the state right after or before it)
            // (force with no one named, answering what another state's side did just before, is aimed at that side: "X
            // melepaskan tembakan peringatan setelah tentara Y melintasi garis perbatasan", "fired warning shots after Y's
            // soldiers crossed the line" — the first side of another state in the clause that "setelah"/"after" opens)
            if target.is_none() && rt >= 18 {
                let ac = actor.as_ref().and_then(|a| a.country.clone());
                let answered = an.clauses[s].iter().find(|c| c.kind == ClauseKind::Sub && c.start >= end && c.start <= end + 3 && c.start > 0 && an.class(c.start - 1) == Some("sub_time"));
                target = answered.and_then(|c| an.first_actor(c.start, c.end)).filter(|a| !a.place && a.country.is_some() && ac.is_some() && a.country != ac).cloned();
            }
            if target.is_none() && rt >= 18 {
                let mission = (i..limit.min(srange.end)).find(|&k| lang.has_class(&doc.tokens[k].lower, "mission_noun"));
                target = mission.and_then(|k| an.actors.iter().find(|a| a.etype == Some(EntityType::Country) && a.sector.is_none() && (a.tok_start == k + 1 || (a.tok_end + 1 == k && an.class(a.tok_end) == Some("poss")) || a.tok_end == k)).cloned());
            }
            // what is taken or retaken "from"/"dari" a side is taken from that side: "recaptured the palace in the capital, X,
            // from the paramilitary Y" (a seizure, 171, or an occupation, 192, naming no side; the side within fourteen words
            // after the verb, past an apposition's commas, before any "and" or "that"; over a place or the doer's own state
            // named bare)
            let ac = actor.as_ref().and_then(|a| a.country.clone());
            if (code.starts_with("171") || code.starts_with("192")) && target.as_ref().is_none_or(|t| t.place || (t.country.is_some() && t.country == ac && (t.sector.is_none() || t.entity.is_none()))) {
                let from = (end..(end + 14).min(srange.end)).take_while(|&k| !matches!(an.class(k), Some("conj" | "comp"))).find(|&k| an.class(k) == Some("from"));
                // (an article and one lower-case word may come first: "from the paramilitary Y")
                let lower = |x: usize| doc.tokens[x].kind == warta_core::TokenKind::Word && !doc.tokens[x].cap && an.class(x).is_none();
                let opens = |k: usize, a: &ActorRef| a.tok_start > k && a.tok_start <= k + 3 && (k + 1..a.tok_start).all(|x| (x == k + 1 && an.class(x) == Some("det")) || (x + 1 == a.tok_start && lower(x)));
                if let Some(d) = from.and_then(|k| an.actors.iter().find(|a| opens(k, a) && !a.place && a.anaphor.is_none() && (a.country.is_some() || a.entity.is_some()) && (a.country != ac || (a.entity.is_some() && a.entity != actor.as_ref().and_then(|x| x.entity.clone()))))) {
                    target = Some(d.clone());
                }
            }
            // a warning "that" a side will or could do something names that side as its recipient: "warned that X could supply Y
            // with shells", "memperingatkan bahwa X akan …" (the side opening the clause, right after the word of class `comp` or
            // past an article; another country than the warner's; a time told between, "warned on Tuesday that …")
            let timely = |k: usize| lang.is_stopword(&doc.tokens[k].lower) || lang.weekdays.contains_key(&doc.tokens[k].lower) || lang.months.contains_key(&doc.tokens[k].lower);
            let comp = (end..(end + 4).min(srange.end)).find(|&k| an.class(k) == Some("comp")).filter(|&c| (end..c).all(timely));
            if let Some(c) = comp.filter(|_| rt == 13 && pat.frame == "svo" && target.is_none()) {
                let ac = actor.as_ref().and_then(|a| a.country.clone());
                let k = if an.class(c + 1) == Some("det") { c + 2 } else { c + 1 };
                if let Some(x) = an.actors.iter().find(|a| a.tok_start == k && !a.place && a.anaphor.is_none() && a.country.is_some() && a.country != ac) {
                    target = Some(x.clone());
                }
            }
            // what is condemned as done "by"/"oleh" a side is aimed at that side, not at whom it was done to: "mengecam
            // pengesahan sebuah undang-undang oleh parlemen X yang melarang lembaga itu", "condemned the passage of two laws by X's
            // parliament" (the side within three words after "by", in the ten words after the verb, no punctuation between)
            if rt == 11 && pat.frame == "svo" && target.as_ref().is_none_or(|t| t.tok_start >= end) {
                let ac = actor.as_ref().and_then(|a| a.country.clone());
                let by = (end..(end + 10).min(clause.end)).take_while(|&k| doc.tokens[k].kind != warta_core::TokenKind::Punct).find(|&k| an.class(k) == Some("by"));
                if let Some(d) = by.and_then(|k| an.actors.iter().find(|a| a.tok_start > k && a.tok_start <= k + 3 && a.tok_end <= clause.end && !a.place && a.anaphor.is_none() && a.country.is_some() && a.country != ac)) {
                    target = Some(d.clone());
                }
            }
            // a body of states named as what the place is a member of is no side: "a visit to a member country of the
            // bloc", "ke negara anggota ICC" (class `member_noun` within the four words before it, lower-case words
            // between); the place below is
            let member_of = |k: usize| (1..=4).filter(|&d| k >= d).any(|d| lang.has_class(&doc.tokens[k - d].lower, "member_noun") && (k - d + 1..k).all(|x| !doc.tokens[x].cap && doc.tokens[x].kind == warta_core::TokenKind::Word));
            if target.as_ref().is_some_and(|t| t.sector.as_deref().is_some_and(|x| x.starts_with("IGO")) && t.tok_start > end && member_of(t.tok_start)) {
                target = None;
            }
            // force joined by "and" to force of its clause just told, naming no side of its own but a place ("killed three
            // soldiers and wounded 30 more at a base in X"), is the same attack
            if target.as_ref().is_none_or(|t| t.place || loc_ref.as_ref().is_some_and(|l| l.tok_start == t.tok_start)) && rt >= 18 && i > clause.start && an.class(i - 1) == Some("conj") && events.last().is_some_and(|(e, es, ec)| *es == s && *ec == ci && root(&e.code) >= 18) {
                // (its place is the attack's when that named none)
                if let (Some((e, _, _)), Some(l)) = (events.last_mut(), loc_ref.as_ref()) {
                    if e.location.is_none() {
                        e.location = Some(Location { name: doc.body[l.span.start..l.span.end].to_string(), entity: l.entity.clone(), country: l.country.clone() });
                    }
                }
                continue;
            }
            // (a visit to a place named right after its verb is hosted by the place's state, not by a body named later in the
            // sentence: "arrived in X …, on the anniversary of Y's bombing of …")
            if code.starts_with("042") && pat.frame != "noun" && loc_ref.as_ref().is_some_and(|l| l.tok_start == end && l.country.is_some() && target.as_ref().is_some_and(|t| t.etype != Some(EntityType::Person) && t.tok_start > l.tok_end && t.country != l.country)) {
                target = None;
            }
            if target.is_none() && (rt >= 18 || rt == 14 || rt == 16 || code.starts_with("042") || code.starts_with("018") || ((rt == 15 || rt == 7 || code.starts_with("1122")) && foreign_place)) {
                // violence at a place targets that place's country; a protest, its authorities; a visit, its host; abuses of
                // human rights raised at a foreign place, its state
                if let Some(l) = &loc_ref {
                    // (the place stays a place: the act happened there)
                    target = Some(ActorRef { place: l.place, ..l.as_state() });
                }
            }
            // the victims of force whose country only the story's home gave (or none) are the people of the
            // place it names ("Russian shelling killed five civilians in Kharkiv" in a story filed from Moscow)
            if let (true, Some(t), Some(l)) = (rt >= 18, target.as_mut(), loc_ref.as_ref()) {
                if (t.home || (t.country.is_none() && t.entity.is_none() && t.sector.is_some())) && l.country.is_some() && t.country != l.country {
                    t.country = l.country.clone();
                    t.home = false;
                }
            }
            // (… or, with no place, of the state the thing struck came from, named between the verb and them: "struck a vessel
            // … from <a state> …, killing nine aboard")
            // (… and with no one struck named, that state is the target)
            if rt >= 18 && loc_ref.is_none() && pat.frame != "noun" && target.as_ref().is_none_or(|t| t.home && t.tok_start > end) {
                let doer = actor.as_ref().and_then(|a| a.country.clone());
                let stop = target.as_ref().map_or_else(|| (end..srange.end).find(|&k| doc.tokens[k].lower == ",").unwrap_or(srange.end), |t| t.tok_start);
                if let Some(o) = an.actors.iter().find(|a| a.tok_start > end && a.tok_end <= stop && an.after_prep(a) == Some("from") && a.anaphor.is_none() && a.country.is_some() && a.country != doer) {
                    match target.as_mut() {
                        Some(t) => {
                            t.country = o.country.clone();
                            t.home = false;
                        }
                        None => target = Some(o.as_state()),
                    }
                }
            }
            // (and police whose country only the story's home gave act where the act was: "killed in a police
            // raid in <a city of another state>" in a story filed at home — police work in their own state)
            if let (Some(a), Some(l)) = (actor.as_mut(), loc_ref.as_ref()) {
                if a.home && a.sector.as_deref() == Some("COP") && l.country.is_some() && a.country != l.country {
                    a.country = l.country.clone();
                    a.home = false;
                }
            }
            // (a government whose country only the story's home gave, told in what a named official of another state says,
            // is that official's: "X's foreign minister … said the government would hold a meeting")
            if let Some(a) = actor.as_mut() {
                if a.home && a.entity.is_none() && a.sector.as_deref() == Some("GOV") && clause.kind == ClauseKind::Comp {
                    let speaker = an.actors.iter().rev().find(|x| x.tok_end <= clause.start && x.tok_start >= srange.start && !x.place && !x.home && x.country.is_some() && matches!(x.etype, Some(EntityType::Person)));
                    if let Some(sp) = speaker.filter(|sp| sp.country != a.country) {
                        a.country = sp.country.clone();
                        a.home = false;
                    }
                }
            }
            // (soldiers or a government whose country only the story's home gave, who overthrow a state's leader — a
            // trigger of marker class `coup` — are that state's: "soldiers overthrew President X" of another state)
            if let (Some(a), Some(t)) = (actor.as_mut(), target.as_ref()) {
                if a.home && a.entity.is_none() && matches!(a.sector.as_deref(), Some("MIL" | "GOV")) && t.etype == Some(EntityType::Person) && t.country.is_some() && a.country != t.country && (i..end).any(|k| lang.has_class(&doc.tokens[k].lower, "coup")) {
                    a.country = t.country.clone();
                    a.home = false;
                }
            }
            if target.as_ref().is_some_and(|t| t.place) {
                // a city as a participant stands for its state ("mendesak Beijing")
                target = target.map(|t| t.as_state());
            }
            // an explicit object the gazetteer does not know ("clashed with U.N. officials") is not a missing target
            let unknown_name = |k: usize| k < limit && doc.tokens[k].cap && doc.tokens[k].kind == warta_core::TokenKind::Word && !an.actors.iter().any(|a| a.tok_start <= k && k < a.tok_end);
            // (… nor is a common noun told to do something, "ordered hospitals to receive the wounded",
            // "memerintahkan rumah sakit untuk …": one or two lower-case words, then "to"/"untuk")
            let told_to = (1..=2).any(|n| end + n < limit && (end..end + n).all(|k| an.content_word(k) && !doc.tokens[k].cap && !lang.is_stopword(&doc.tokens[k].lower) && !lang.verb_form(&doc.tokens[k].lower)) && matches!(an.class(end + n), Some("to" | "purpose")) && !an.actors.iter().any(|a| a.tok_start >= end && a.tok_start < end + n));
            // (or every side: "mendesak semua pihak menahan diri", "urged all parties to …")
            let all_sides = doc.tokens.get(end).is_some_and(|t| lang.has_class(&t.lower, "all_quant")) && doc.tokens.get(end + 1).is_some_and(|t| t.kind == warta_core::TokenKind::Word && !t.cap);
            // (or a phrase quoted right after the verb: "opposes \"exclusive groupings\" that …" names what is opposed)
            // (a bare verb, the mark opening a quotation: an even count of straight marks before it in the sentence)
            let opening = |k: usize| doc.tokens[k].lower == "“" || (doc.tokens[k].lower == "\"" && doc.tokens[srange.start..k].iter().filter(|t| t.lower == "\"").count() % 2 == 0);
            let quoted_object = end == i + 1 && end + 1 < limit && opening(end) && doc.tokens[end + 1].kind == warta_core::TokenKind::Word && !an.actors.iter().any(|a| a.tok_start == end + 1);
            let explicit_object = told_to || all_sides || quoted_object || (end..(end + 3).min(limit)).any(|k| unknown_name(k) || (matches!(an.class(k), Some("with" | "to" | "against")) && (unknown_name(k + 1) || unknown_name(k + 2))));
            // "…, a senior official said": a reporting verb names its recipient after it or not at all
            let reporting = lang.reporting.iter().any(|(p, pos)| pos == "pre" && end - i == p.len() && phrase_at(doc, i, p));
            // "X said Moscow would respond to what she called …": the speaker told again by a pronoun
            // after the verb is not the recipient of what the sentence reports
            let speaker_again = |t: &ActorRef| t.etype == Some(EntityType::Person) && t.entity.is_some() && t.tok_start >= end && an.actors.iter().any(|x| x.tok_end <= i && x.tok_start >= srange.start && x.etype == Some(EntityType::Person) && x.entity == t.entity) && doc.tokens.get(t.tok_start).is_some_and(|k| !k.cap);
            // (and a pronoun that resolved to no one tells no recipient)
            let unresolved = |t: &ActorRef| t.anaphor.is_some() && t.entity.is_none() && t.country.is_none();
            // (nor is the speaker the actor's own recipient, "X said Santiago would respond to what he called
            // …": the recipient is then looked for before, as for any act that names none)
            if target.as_ref().is_some_and(unresolved) || target.as_ref().is_some_and(speaker_again) {
                target = None;
            }
            // (statements have no recipient, but a denial answers someone: CAMEO 016)
            if target.is_none() && (2..=13).contains(&rt) && actor.is_some() && !explicit_object && !reporting {
                target = last_addressee.as_ref().filter(|(ls, lc, _)| *ls == s && actor.as_ref().is_some_and(|a| a.country.is_some() && a.country == *lc)).map(|(_, _, t)| t.clone());
            }
            // "menuduh X menyerang pelaut-pelautnya": an object owned (`poss_suffix`, `poss_pronoun` before it) is the
            // sentence subject's, when that is another side than the actor
            if target.is_none() && root(&pat.code) >= 11 && end < srange.end {
                if an.owned_word(end) {
                    let ac = actor.as_ref().and_then(|a| a.country.clone());
                    target = an.subjects[s].clone().filter(|x| !x.place && x.country.is_some() && x.country != ac && ac.is_some());
                }
            }
            // (not for an act a side is accused of: its accuser is no recipient, "menuduh X mengancam kebebasan navigasi")
            // (not for an act named by a noun that another act of its clause takes as its object: "mengecam
            // serangan Israel" names no one the strike was aimed at)
            let object_of_act = pat.frame == "noun" && an.triggers_of(s).iter().any(|(t, e, p)| *t >= clause.start && *e <= i && p.code != "-");
            // what a report or a rumour says, its cue closing right where the clause opens ("laporan bahwa
            // X meminta …", "reports that X had asked …"), is reported (and names no recipient from outside it)
            let report_says = clause.kind == ClauseKind::Comp && (clause.start.saturating_sub(5).max(srange.start)..clause.start).any(|k| lang.modality.iter().any(|(p, m)| m == "reported" && cue_len(&an, k, p).is_some_and(|n| k + n == clause.start)));
            // an envoy recalled (frame svo_from) whose post is named right after, in the envoy's title or after "from": "menarik
            // dubes kita untuk X <nama> dari <ibu kota X>" — the recall is from that state, not an act on the envoy
            if pat.frame == "svo_from" && actor.as_ref().is_some_and(|a| a.country.is_some()) && target.as_ref().is_none_or(|t| t.country == actor.as_ref().and_then(|a| a.country.clone())) {
                let ac = actor.as_ref().and_then(|a| a.country.clone());
                let lim = (end + 12).min(srange.end);
                let (b0, b1) = (doc.tokens[end.min(lim.saturating_sub(1))].span.start, doc.tokens[lim.saturating_sub(1)].span.end);
                let post = doc.entities.iter().filter(|e| matches!(e.etype, EntityType::Country | EntityType::City) && e.country.is_some() && e.country != ac).flat_map(|e| e.mentions.iter().map(move |m| (m, e))).filter(|(m, _)| m.start >= b0 && m.end <= b1).filter(|(m, _)| doc.token_starting_at(m.start).is_some_and(|k| k > 0 && ["from", "to", "beneficiary_prep"].iter().any(|c| lang.has_class(&doc.tokens[k - 1].lower, c)))).min_by_key(|(m, _)| m.start);
                if let Some((m, e)) = post {
                    if let Some(k) = doc.token_starting_at(m.start) {
                        let c = e.country.clone();
                        target = Some(ActorRef { span: Span::new(m.start, m.end), tok_start: k, tok_end: doc.token_ending_at(m.end).map_or(k + 1, |x| x + 1), entity: c.clone(), etype: Some(EntityType::Country), country: c, sector: None, anaphor: None, place: false, home: false });
                    }
                }
            }
            // what a side says of an encounter told before, made definite ("criticised the visit", "mengecam pertemuan itu"),
            // is aimed at one of its sides: a meeting's host — the side at home where it took place —, else its doer
            if target.is_none() && matches!(rt, 10..=13) && actor.is_some() && !reporting && end + 1 < limit {
                let encounter_word = |k: usize| lang.has_class(&doc.tokens[k].lower, "trip_noun") || lang.has_class(&doc.tokens[k].lower, "meeting_noun");
                let definite = (an.class(end) == Some("det") && encounter_word(end + 1)) || (encounter_word(end) && an.class(end + 1) == Some("det_post"));
                let ac = actor.as_ref().and_then(|a| a.country.clone());
                // (a word for a trip, class `trip_noun` — "the visit" —, is the visitor's: the guest of a hosting, the side away
                // from home where a meeting took place, else the doer of a visit)
                let trip = definite && (lang.has_class(&doc.tokens[end].lower, "trip_noun") || lang.has_class(&doc.tokens[end + 1].lower, "trip_noun"));
                let host = definite.then(|| events.iter().rev().take_while(|(_, es, _)| *es + 4 >= s).find(|(e, _, _)| e.code.starts_with("04") && !e.background)).flatten().and_then(|(e, _, _)| {
                    let sides = [e.actor.as_ref().and_then(|p| p.country.clone()), e.target.as_ref().and_then(|p| p.country.clone())];
                    let place = e.location.as_ref().and_then(|l| l.country.clone());
                    let at_home = place.clone().filter(|c| sides.iter().any(|x| x.as_ref() == Some(c)));
                    let side = if trip {
                        let away = place.and_then(|c| sides.iter().flatten().find(|x| **x != c).cloned());
                        if e.code.starts_with("043") { sides[1].clone() } else { away.or_else(|| sides[0].clone()) }
                    } else {
                        at_home.or_else(|| sides[0].clone())
                    };
                    side.filter(|c| Some(c) != ac.as_ref())
                });
                if let Some(h) = host {
                    target = an.actors.iter().rev().find(|a| a.tok_end <= i && a.country.as_deref() == Some(h.as_str()) && a.anaphor.is_none()).map(|a| if a.place { a.as_state() } else { a.clone() });
                }
            }
            // an act told as another side's doing the same, "Z juga memberi selamat", "Z also congratulated …" (a word
            // of class `additive` among the three words before the verb), with no recipient named, is aimed where the same act
            // of another side told in this sentence or the two before was
            let also = (i.saturating_sub(3).max(srange.start)..i).any(|k| lang.has_class(&doc.tokens[k].lower, "additive"));
            if target.is_none() && also && actor.is_some() && !explicit_object {
                let ac = actor.as_ref().and_then(|a| a.country.clone());
                let same = events.iter().rev().take_while(|(_, es, _)| *es + 2 >= s).find(|(e, _, _)| root(&e.code) == rt && e.target.is_some() && e.actor.as_ref().and_then(|a| a.country.clone()) != ac);
                if let Some(t) = same.and_then(|(e, _, _)| e.target.as_ref()).and_then(|t| an.actors.iter().rfind(|a| a.tok_end <= i && a.anaphor.is_none() && a.entity.is_some() && a.entity == t.entity)) {
                    target = Some(t.clone());
                }
            }
            // "Z menyebut tudingan tersebut mengada-ada", "said the accusations were baseless": rejecting an accusation (a noun
            // of marker class `accusation_noun` in the trigger) with no recipient named is aimed at the side that made the
            // last accusation told before, by another state, in this sentence or the three before
            if target.is_none() && rt == 11 && pat.frame == "speech" && (i..end).any(|k| lang.has_class(&doc.tokens[k].lower, "accusation_noun")) {
                let ac = actor.as_ref().and_then(|a| a.country.clone());
                let accuser = events.iter().rev().take_while(|(_, es, _)| *es + 3 >= s).find(|(e, _, _)| e.code.starts_with("112") && e.actor.as_ref().is_some_and(|a| a.country.is_some() && a.country != ac));
                if let Some(a) = accuser.and_then(|(e, _, _)| e.actor.as_ref()) {
                    target = an.actors.iter().rfind(|x| x.tok_end <= i && x.anaphor.is_none() && !x.place && ((a.entity.is_some() && x.entity == a.entity) || (a.entity.is_none() && x.country == a.country))).cloned();
                }
            }
            if target.is_none() && (rt >= 2 || pat.code.starts_with("016")) && actor.is_some() && !explicit_object && !reporting && !alleged && !object_of_act && !report_says && !joined {
                // a recipient named just before, of another country than the actor: for verbal and
                // cooperative acts and the recall of an envoy (a reduction of relations of frame svo_from) in this or the
                // previous paragraph ("India said it would withdraw its envoy" after Canada's expulsion told before),
                // for force and other reductions only in this paragraph
                let para = doc.sentences[s].paragraph;
                // (… or further back when the act names the pair it is between: "called off all visits between the two
                // countries" — the other of the two is named before)
                let pair_after = an.actors.iter().any(|a| a.anaphor.as_deref() == Some("pair") && a.tok_start >= end && doc.tokens[a.tok_start].sentence == s);
                let reach = if pair_after { 3 } else if rt <= 13 || (rt == 16 && pat.frame == "svo_from") { 1 } else { 0 };
                // (a gathering attended, its noun of class `meeting_noun` after the verb, "attended the summit", has no host
                // to guess from the sentences before: the summit's own place names it)
                let attended = pat.code.starts_with("042") && (end..(end + 6).min(srange.end)).any(|k| lang.has_class(&doc.tokens[k].lower, "meeting_noun"));
                let ac = actor.as_ref().and_then(|a| a.country.clone());
                let from = (0..=s).rev().take_while(|&p| doc.sentences[p].paragraph + reach >= para).last().map(|p| doc.sentence_tokens(p).start).unwrap_or(srange.start);
                // (force told in a relative clause looks no further back than the clause: "… backing X and Y,
                // whose troops shelled …" names no recipient of the shelling before "whose")
                // (… nor does any act told in a relative clause on its doer: "para pemimpin kelompok itu yang
                // sedang membahas rencana" names no one it discusses with)
                let rel_on_actor = clause.kind == ClauseKind::Rel && actor.as_ref().is_some_and(|a| a.tok_end <= clause.start && a.tok_end + 1 >= clause.start);
                let from = if (rt >= 18 || rel_on_actor) && clause.kind == ClauseKind::Rel { from.max(clause.start) } else { from };
                // (a show of force at a place of the actor's own country has no recipient: "X held drills in
                // X's capital")
                let at_home = rt == 15 && loc_ref.as_ref().is_some_and(|l| l.country.is_some() && l.country == ac);
                // (a side of the story's home country counts for a body of no state: "The government lifted the
                // ban … The U.N. human rights office called for an investigation")
                let body_of_no_state = ac.is_none() && actor.as_ref().is_some_and(|a| a.sector.as_deref().is_some_and(|x| x.starts_with("IGO")));
                // (a threat after the same side's criticism in this sentence is aimed where that was: left to the pass
                // after the sentence, which knows the criticism's recipient)
                let asec = actor.as_ref().and_then(|a| a.sector.clone());
                let after_criticism = rt == 13 && events.iter().rev().take_while(|(_, es, _)| *es == s).any(|(p, _, _)| (11..=12).contains(&root(&p.code)) && p.actor.as_ref().is_some_and(|x| x.country == ac && x.sector == asec) && p.target.is_some());
                    // (nor one inside an apposition set off by commas right after the doer: "X, a key Y ally, has refused …")
                    let apposed = |a: &ActorRef| actor.as_ref().is_some_and(|x| x.tok_end < a.tok_start && doc.tokens[x.tok_end].lower == "," && (x.tok_end + 1..a.tok_start).all(|k| doc.tokens[k].lower != ",") && (a.tok_end..i).any(|k| doc.tokens[k].lower == ","));
                    let cands = || an.actors.iter().filter(|a| a.tok_start >= from && a.tok_end <= i && a.anaphor.is_none() && !a.place && (!a.home || body_of_no_state) && a.country.is_some() && a.country != ac && !an.in_slogan(a) && !apposed(a));
                    // (the pair's other side is a state: its name, not one of its groups, when named)
                    let state = pair_after.then(|| cands().rfind(|a| a.sector.is_none())).flatten();
                    target = if at_home || after_criticism || attended { None } else { state.or_else(|| cands().next_back()).cloned() };
                if target.is_some() {
                    confidence -= 0.3;
                }
            }
            // "Sebagai balasan, X membekukan …", "In response, X froze …": an act told as an answer (its sentence
            // opens with a cue of class `response`) that names no recipient is aimed at the doer of the last act told
            // before it by another state (not a background one)
            let opens_response = (1..=3).any(|n| srange.start + n <= i && lang.has_class(&(srange.start..srange.start + n).map(|k| doc.tokens[k].lower.as_str()).collect::<Vec<_>>().join(" "), "response") && doc.tokens.get(srange.start + n).is_some_and(|t| t.lower == ","));
            // (or whose own first word is a verb of answering: "X membalas dengan serangan roket", "retaliated with missile strikes")
            let answers = pat.frame != "noun" && lang.has_class(&doc.tokens[i].lower, "response");
            if target.is_none() && (opens_response || answers) && rt >= 2 && !explicit_object {
                let ac = actor.as_ref().and_then(|a| a.country.clone());
                let doer = events.iter().rev().filter(|(e, es, _)| *es < s && !e.background && !e.implied).find_map(|(e, _, _)| e.actor.as_ref().and_then(|a| a.country.clone()).filter(|c| ac.is_some() && Some(c) != ac.as_ref()));
                target = doer.and_then(|c| an.actors.iter().rfind(|a| a.tok_end <= srange.start && a.country.as_ref() == Some(&c) && a.anaphor.is_none() && !a.place).cloned());
            }
            // "Russian shelling killed five civilians", "the airstrike on the school killed 12": the
            // outcome of an act noun that is the verb's subject is that act's (its victims, its dead)
            if let Some((_, _, _, first)) = last_force_noun.filter(|&(ls, lc, le, first)| {
                let direct = ls == s && lc == ci && pat.frame != "noun" && (root(&pat.code) >= 18 || (i..end).any(|k| outcome_word(&an, k))) && i >= le && i - le <= 5 && first < events.len() && (le..i).all(|k| doc.tokens[k].kind == warta_core::TokenKind::Word && !matches!(an.class(k), Some("conj" | "comp" | "rel" | "but")));
                // (or its outcome told in a relative clause on the act's phrase: "a strike on its consulate
                // in X on April 1 that killed two generals")
                let relative = ls == s && matches!(clause.kind, ClauseKind::Rel | ClauseKind::Comp) && clause.start == i && pat.frame != "noun" && (i..end).any(|k| outcome_word(&an, k)) && i >= le && i - le <= 14 && first < events.len() && (le..i - 1).all(|k| !matches!(an.class(k), Some("conj" | "comp" | "but")) && !an.triggers_of(s).iter().any(|(t, _, p)| *t == k && p.code != "-"));
                direct || relative
            }) {
                let f = fatalities(&an, s);
                for (e, _, _) in events[first..].iter_mut() {
                    let from_place = e.target.as_ref().is_some_and(|t| t.entity.is_some() && e.location.as_ref().is_some_and(|l| l.country == t.entity));
                    if let Some(t) = target.as_ref().filter(|t| !t.place && (e.target.is_none() || from_place)) {
                        e.target = Some(t.participant(doc));
                    }
                    if f.as_ref().map(|f| f.min) > e.fatalities.as_ref().map(|f| f.min) {
                        e.fatalities = f.clone();
                    }
                }
                continue;
            }
            // (nor is force whose subject is a definite noun naming a force act told before: that act again)
            // a call told as the way words passed ("In a phone call, X told Y that …", "X mengatakan kepada Y melalui
            // telepon bahwa …", "in a phone call with Y, X said"): between the sentence's subject and the other side
            // named before what was said; with no side of another state it is no contact ("X said by phone")
            // (a pattern that is only the way, "melalui telepon", "by phone", is a contact only so)
            let told = pat.code.starts_with("041") && pat.frame == "svo" && (srange.start..srange.end).any(|x| lang.reporting.iter().any(|(p, pos)| pos == "pre" && phrase_at(doc, x, p)));
            if !told && lang.has_class(&doc.tokens[i].lower, "medium_prep") {
                continue;
            }
            if told {
                let mut k = i;
                while k > srange.start && (lang.has_class(&doc.tokens[k - 1].lower, "indef") || an.class(k - 1) == Some("det")) {
                    k -= 1;
                }
                let medium = lang.has_class(&doc.tokens[i].lower, "medium_prep") || (k > srange.start && lang.has_class(&doc.tokens[k - 1].lower, "medium_prep"));
                if medium {
                    // (what was said opens with a complementiser, "that", "bahwa"; the clause a reporting verb opens
                    // holds the side told)
                    let said = an.clauses[s].iter().find(|c| c.kind == ClauseKind::Comp && c.start > srange.start && an.class(c.start) == Some("comp")).map_or(srange.end, |c| c.start);
                    let subj = an.subjects[s].clone().filter(|x| !x.place && x.tok_start < said);
                    let other = subj.as_ref().and_then(|sj| an.actors.iter().filter(|a| a.tok_start >= srange.start && a.tok_end <= said && !a.place && a.tok_start != sj.tok_start).filter_map(|a| an.resolve(a, s, false)).find(|a| !same_side(a, sj) && a.country.is_some() && a.country != sj.country));
                    match (subj, other) {
                        (Some(a), Some(t)) => {
                            actor = Some(a);
                            target = Some(t);
                        }
                        _ => continue,
                    }
                }
            }
            // "\"Kami meminta otoritas X …,\" ujar juru bicara Y", "\"We call on X to …,\" said Y": the first person plural right
            // before the verb inside a quotation whose speaker is known is the speaker's side (marker class `we_pronoun`; only with
            // a recipient of another country named)
            // (an auxiliary or a particle of tense may stand between: "Kami telah berkoordinasi dengan …", "We have asked …")
            let we_at = |k: usize| lang.has_class(&doc.tokens[k].lower, "we_pronoun");
            let tense_word = |k: usize| lang.is_stopword(&doc.tokens[k].lower) || lang.function_words.get(&doc.tokens[k].lower).is_some_and(|c| c.ends_with("_aux"));
            let we_before = i > srange.start && (we_at(i - 1) || (i > srange.start + 1 && we_at(i - 2) && tense_word(i - 1)));
            // (not the press the words were told to: "…," kata X kepada wartawan)
            if actor.is_none() && we_before && target.as_ref().is_some_and(|t| !t.place && t.sector.as_deref() != Some("MED")) {
                let span = doc.tokens[i].span;
                let speaker = doc.quotes.iter().find(|q| q.start <= span.start && span.end <= q.end).and_then(|q| q.speaker.clone());
                actor = speaker.and_then(|sp| an.actors.iter().find(|a| a.entity.as_deref() == Some(sp.as_str()) && a.anaphor.is_none()).cloned()).filter(|a| target.as_ref().is_some_and(|t| !same_side(a, t) && t.country.is_some() && t.country != a.country));
            }
            // a war or an attack named as a topic after a preposition of purpose or subject, with no doer and no dead in its
            // sentence, is no act told: "could send ammunition meant for the conflict in X", "talks about the fighting" (class `topic_prep`,
            // before an article)
            if actor.is_none() && pat.frame == "noun" && rt >= 18 && i >= srange.start + 2 && an.class(i - 1) == Some("det") && lang.has_class(&doc.tokens[i - 2].lower, "topic_prep") && fatalities(&an, s).is_none() {
                continue;
            }
            // force with no doer that an armed side (the sentence's subject, before the clause of what it says) tells as
            // hitting another side's fighters is its own: "The X militia said a drone of its own hit the barracks and killed several
            // soldiers" (an armed side tells the other's strikes by what they did to it or to civilians)
            let fighting = |x: &ActorRef| x.sector.as_deref().is_some_and(|sc| sc == "MIL" || armed_sector(sc));
            if actor.is_none() && rt >= 18 && clause.kind == ClauseKind::Comp {
                if let (Some(sp), Some(t)) = (an.subjects[s].as_ref(), target.as_ref()) {
                    if sp.tok_end <= clause.start && sp.tok_start >= srange.start && !sp.place && fighting(sp) && fighting(t) && t.tok_start > i && !same_side(sp, t) && sp.sector != t.sector {
                        actor = Some(sp.clone());
                    }
                }
            }
            if actor.is_none() && rt >= 18 && pat.frame != "noun" && told_force_subject.is_some_and(|(ts, tc, te)| ts == s && tc == ci && i >= te && i - te <= 2 && (te..i).all(|k| doc.tokens[k].kind == warta_core::TokenKind::Word && an.class(k).is_none())) {
                continue;
            }
            // force with neither side named is kept when it counts its dead ("At least 39 people were
            // killed on Thursday"): a casualty report is an event even when no one is said to have done it
            let unnamed_doer = actor.is_none() && clause.kind == ClauseKind::Comp && an.first_actor(clause.start, i).is_some_and(|a| a.anaphor.as_deref() == Some("plural")) && an.unknown_subject(s);
            if actor.is_none() && !(unnamed_doer && target.is_some()) && (rt < 18 || (target.is_none() && fatalities(&an, s).is_none())) {
                continue;
            }

            if let (Some(a), Some(t)) = (&actor, &target) {
                // two generic sides of one country are one side unless their sectors differ (the
                // government against the opposition is an event; "the army" and "troops" are not two)
                if (same_side(a, t) || (a.entity.is_none() && t.entity.is_none() && a.country == t.country && a.country.is_some() && a.sector == t.sector)) && !two_groups {
                    target = None;
                } else if (a.entity.is_none() || t.entity.is_none()) && a.country.is_some() && a.sector.is_some() && ((a.country == t.country && a.sector == t.sector) || (state_sector(&a.sector) && state_sector(&t.sector) && t.entity.is_none() && (a.country == t.country || t.country.is_none()))) && matches!(rt, 2 | 10) {
                    // an order or appeal inside one government ("the prime minister ordered authorities to
                    // provide care", "the president ordered security agencies to …") is administration, not an
                    // event between actors
                    continue;
                }
            }
            // date: the clause's time, else the sentence's, else the document's
            // a relative clause's time belongs to what it describes: to a nominal act it follows
            // ("serangan … yang menewaskan 32 orang pada Minggu"), not to the verb that names that act
            // (and a dateline's date, "MANILA, Sept 17 (Reuters) -", is the filing's, not the event's);
            // the act of the relative clause itself has its time ("militants who attacked tourists last month")
            // … but a time set off by a comma at the end of the sentence is the main clause's, as
            // Indonesian and English news write the day ("… kapal yang memasuki perairan itu, Kamis
            // (24/10/2024).")
            let closing = |k: usize, t: &warta_core::TimeExpr| {
                let last = doc.tokens[srange.clone()].iter().rposition(|x| x.kind != warta_core::TokenKind::Punct).map(|p| srange.start + p);
                // (a preposition may stand between: "…, di Dumai, Riau, pada Selasa (11/3).")
                let comma_before = (k > srange.start && doc.tokens[k - 1].lower == ",") || (k > srange.start + 1 && doc.tokens[k - 2].lower == "," && lang.is_stopword(&doc.tokens[k - 1].lower));
                // (two words may close it after the time: "…, Rabu (2/4/2025) waktu setempat.", "local time")
                let tail = doc.tokens[srange.clone()].iter().filter(|x| x.span.start >= t.end && x.kind == warta_core::TokenKind::Word).count();
                comma_before && last.is_some_and(|l| (doc.tokens[l].span.end <= t.end + 12 || tail <= 2) && doc.tokens[l].span.start >= t.start)
            };
            // (… and so is one right before a comma and a participle that goes on with the main clause: "struck a boat
            // a truck that had crossed from X on Friday, wounding three")
            let before_participle = |t: &warta_core::TimeExpr| {
                let n = doc.tokens[srange.clone()].iter().position(|x| x.span.start >= t.end).map(|p| srange.start + p);
                n.is_some_and(|n| doc.tokens[n].lower == "," && doc.tokens.get(n + 1).is_some_and(|x| x.sentence == s && lang.progressive_form(&x.lower)))
            };
            // (a clause "that" opens right after a noun describes the noun as a relative clause does: "to head off tariffs
            // that X has threatened to impose from March 4" — not after a verb, "said that …")
            let noun_that = |c: &Clause| {
                c.kind == ClauseKind::Comp && c.start >= srange.start + 2 && an.class(c.start - 1) == Some("comp") && {
                    let t = &doc.tokens[c.start - 2];
                    t.kind == warta_core::TokenKind::Word && !t.cap && an.class(c.start - 2).is_none() && !lang.verb_form(&t.lower) && !lang.verb_forms.contains_key(&t.lower) && !lang.progressive_form(&t.lower) && !lang.reporting_pre_words.contains(&t.lower)
                }
            };
            // (a day closing the sentence with no comma, in a relative clause on the object of a material act, is that act's
            // too: "Police fired tear gas at protesters who set fire to a bus on Wednesday." — not of words about it, "Chile
            // condemned an attack which killed 10 people on Monday")
            let last_day = |t: &warta_core::TimeExpr| clause.kind == ClauseKind::Main && (14..=20).contains(&root(&pat.code)) && is_day(&t.value) && doc.tokens[srange.clone()].iter().filter(|x| x.span.start >= t.end && x.kind == warta_core::TokenKind::Word).count() == 0;
            let foreign = |k: usize, t: &warta_core::TimeExpr| dateline_end.is_some_and(|d| k < d) || (!closing(k, t) && !last_day(t) && !before_participle(t) && an.clauses[s].iter().any(|c| (c.kind == ClauseKind::Rel || noun_that(c)) && k >= c.start && k < c.end && !(i >= c.start && i < c.end) && !(pat.frame == "noun" && c.start >= end)));
            // (a bare year right after a lower-case noun names what it modifies, not when the act was:
            // "menangguhkan perjanjian militer 2018 … pada Senin")
            // (or a name's: "sengketa hasil Pemilihan Presiden 2024 … Senin (22/4/2024)")
            // (… or a year between an article and a noun names a thing, not a time: "the 2019 fishing accord")
            let year_modifier = |k: usize, t: &warta_core::TimeExpr| {
                // (a bare year, or the page's own: "last year" after a noun dates the act, "ordered her detention last year";
                // "Ketua ASEAN tahun ini" names an office)
                let own_year = doc.article.published.as_deref().is_some_and(|p| p.starts_with(t.value.as_str()));
                if t.value.len() != 4 || k <= srange.start || !(own_year || t.text.bytes().all(|b| b.is_ascii_digit())) {
                    return false;
                }
                let prev = &doc.tokens[k - 1];
                let after_word = prev.kind == warta_core::TokenKind::Word && an.class(k - 1).is_none() && !lang.is_stopword(&prev.lower) && !lang.months.contains_key(&prev.lower) && !lang.time_words.iter().any(|(p, _, _)| p.len() == 1 && p[0] == prev.lower);
                // (capitalised words of a name may stand between: "the 1976 Santa Clara revolt")
                let named = (k + 1..(k + 4).min(doc.tokens.len())).take_while(|&x| doc.tokens[x].cap && doc.tokens[x].kind == warta_core::TokenKind::Word && doc.tokens[x].sentence == s).count();
                let thing = an.class(k - 1) == Some("det") && doc.tokens.get(k + 1 + named).is_some_and(|x| x.kind == warta_core::TokenKind::Word && !x.cap && x.sentence == s && an.class(k + 1 + named).is_none());
                after_word || thing
            };
            let holiday = |t: &warta_core::TimeExpr| {
                let text = t.text.to_lowercase();
                lang.time_words.iter().any(|(p, k, _)| k.starts_with("holiday") && p.iter().map(String::as_str).eq(text.split_whitespace()))
            };
            // (a time after force named by a noun that a word or a demand takes as object, with its doer
            // after "oleh"/"by", is that force's: "mendesak X mengusut penembakan … oleh Y di Z, Jumat (24/1)")
            let force_noun_time = |k: usize| {
                root(&pat.code) <= 13
                    && an.triggers_of(s).iter().any(|&(n, e, q)| {
                        q.frame == "noun" && root(&q.code) >= 18 && n > i && e <= k && an.clause_of(s, n) == an.clause_of(s, k) && an.by_doer_in(e, k)
                    })
            };
            // (… and a time closing the phrase of a force noun with a doer of its own named right before it, another
            // side than the act's: "fired missiles at X in retaliation for Peruvian strikes on its ports at
            // the weekend")
            let actor_country = actor.as_ref().and_then(|a| a.country.clone());

            let other_doer_noun_time = |k: usize| {
                an.triggers_of(s).iter().any(|&(n, e, q)| {
                    q.frame == "noun" && root(&q.code) >= 18 && n > end && n >= 1 && e <= k && k - e <= 8 && (e..k).all(|x| doc.tokens[x].lower != "," && !matches!(an.class(x), Some("conj" | "comp" | "rel" | "but" | "sub" | "sub_time")) && !an.triggers_of(s).iter().any(|&(t, _, p)| t == x && p.code != "-")) && an.actors.iter().any(|a| a.tok_end == n && a.country.is_some() && a.country != actor_country)
                })
            };
            // (the second end of a span of time, "dari 1998 hingga 2003": the act is dated by the first)
            // (… and one with no first end, after the act: "gencatan senjata hingga 22 April" ends then)
            let range_to = |k: usize| lang.is_time_word(&doc.tokens[k].lower, "range_to");
            let span_end = |k: usize| k >= 2 && range_to(k - 1) && (time_tok.iter().any(|(_, t)| t.end == doc.tokens[k - 2].span.end && is_date(&t.value)) || k > end);
            // a time closing a phrase that "since" opens a few words before it, with no verb in it, when the act is outside
            // the phrase: "the biggest attack since the invasion in February 2022" dates the invasion, not the attack (only
            // the anchor of a state the act began: "fighting al-Qaeda … sejak tahun 2001"); a gerund may open it, "since
            // taking office in July"
            let since_phrase = |k: usize| {
                (k.saturating_sub(7).max(srange.start)..k).rev().find(|&x| lang.is_time_word(&doc.tokens[x].lower, "since")).is_some_and(|x| !(x < i && i < k) && (x + 1..k).all(|y| doc.tokens[y].kind == warta_core::TokenKind::Word && (!lang.verb_form(&doc.tokens[y].lower) || (y == x + 1 && lang.progressive_form(&doc.tokens[y].lower)))) && (x + 1..k).any(|y| !lang.is_time_word(&doc.tokens[y].lower, "prep")))
            };
            let dated = |from: usize, to: usize| {
                // (not a time of a relative clause after the act's own clause: "… korban gempa yang melanda negara
                // itu pekan lalu" dates the quake)
                // (a week, a month or a year: a day is the lead's, which often closes a relative clause, "… yang membawa
                // sabu di Dumai, Senin (3/3)")
                let other_rel = |k: usize, t: &warta_core::TimeExpr| {
                    let ck = an.clause_of(s, k);
                    matches!(t.granularity.as_str(), "week" | "month" | "year") && ck > ci && an.clauses[s][ck].kind == ClauseKind::Rel
                };
                // (nor one of what is reported after a relative clause the act is told in: "X, who mediated the talks, said
                // the two sides would begin negotiations by the end of February")
                let later_report = |k: usize| {
                    let ck = an.clause_of(s, k);
                    clause.kind == ClauseKind::Rel && an.clauses[s][ck].kind == ClauseKind::Comp && an.clauses[s][ck].start >= clause.end
                };
                // (nor one closing a phrase that "since" opens, below)
                // (nor, for an invitation, a time past its guest: "invited X to the summit in November" is the summit's)
                let invited_to = |k: usize| k > end + 2 && lang.is_time_word(&doc.tokens[i].lower, "invite");
                // (nor one after "and" past the act, right before a second act's verb: "has accused X of … and last month
                // ordered …" — the month is the order's)
                let next_act_time = |k: usize, t: &warta_core::TimeExpr| {
                    k > end && an.class(k - 1) == Some("conj") && {
                        let after = doc.tokens.partition_point(|x| x.span.start < t.end);
                        after < srange.end && !doc.tokens[after].cap && lang.verb_form(&doc.tokens[after].lower) && an.triggers_of(s).iter().any(|(n, _, p)| *n == after && p.code != "-")
                    }
                };
                // (nor one in a later reported or joined clause with an act of another kind: "would suspend contacts with X,
                // and that no ministers would attend the cup this summer" — the summer is the attendance's)
                let later_act_clause = |k: usize| {
                    let ck = an.clause_of(s, k);
                    let c = &an.clauses[s][ck];
                    // (a second report, after a coordinator: "…, and that …")
                    ck > ci
                        && c.start >= end.max(2)
                        && c.kind == ClauseKind::Comp
                        && (c.start - 2..c.start).any(|x| an.class(x) == Some("conj"))
                        && an.triggers_of(s).iter().any(|&(t, _, p)| p.code != "-" && t != i && root(&p.code) != root(&pat.code) && an.clause_of(s, t) == ck)
                };
                // (nor one after a word of what is ahead, `future` — an obligation or a plan told past the act: "was named
                // unwelcome, and would have to go by Saturday", "… dan harus pergi paling lambat Sabtu" — the day is the leaving's)
                // (… or a deadline, past the act after a word of marker class `deadline_prep`: "asked X to withdraw its troops by
                // March 15", "paling lambat 15 Maret" — the day is when the act asked for is due)
                let deadline = |k: usize| k > end && (1..=2).any(|n| k >= end + n && lang.has_class(&(k - n..k).map(|x| doc.tokens[x].lower.as_str()).collect::<Vec<_>>().join(" "), "deadline_prep"));
                let ahead_time = |k: usize| k > end && (end..k).any(|x| doc.tokens[x].kind == warta_core::TokenKind::Word && lang.is_time_word(&doc.tokens[x].lower, "future"));
                // (… or a time past an infinitive of another verb after the act, its words running on before the time: "charged X with
                // funding a scheme to block her swearing-in in June" — June is the swearing-in; not "sentenced him to
                // jail on Monday", whose verb-like word the time follows at once, nor a word told twice, "talked face to face in May",
                // nor the act's own complement, "refused to appear at a hearing on Monday")
                let infinitive_time = |k: usize| {
                    k > end && (end + 1..k.saturating_sub(3)).any(|x| an.class(x) == Some("to") && doc.tokens.get(x + 1).is_some_and(|t| !t.cap && lang.verb_forms.contains_key(&t.lower) && t.lower != doc.tokens[x - 1].lower) && (x + 1..k).all(|y| doc.tokens[y].kind == warta_core::TokenKind::Word))
                };
                // (a day set off by a comma at the sentence's end stays the main clause's: "memperingatkan X bahwa setiap serangan akan
                // dibalas, Selasa (17/6)")
                let in_range = || time_tok.iter().filter(|(k, t)| *k >= from && *k < to && !foreign(*k, t) && (!ahead_time(*k) || closing(*k, t)) && (!infinitive_time(*k) || closing(*k, t)) && !deadline(*k) && !later_act_clause(*k) && !next_act_time(*k, t) && !year_modifier(*k, t) && !t.anchor_only && is_date(&t.value) && !force_noun_time(*k) && !(pat.frame != "noun" && other_doer_noun_time(*k)) && !span_end(*k) && !other_rel(*k, t) && !later_report(*k) && !since_phrase(*k) && !invited_to(*k));
                let numbered_day = in_range().any(|(_, t)| t.granularity == "day" && t.text.bytes().any(|b| b.is_ascii_digit()));
                // (a time right after an act's noun that the verb takes as its object or cause is that act's, when the
                // sentence closes with another: "meminta maaf atas serangan di X awal bulan ini, Senin (29/9)" is
                // dated Monday)
                // (nor one after a past participle that describes the act's object, "halt the release of soldiers
                // captured during the fighting in July": the month is the capture's)
                let aux = |x: usize| an.class(x).is_some_and(|c| matches!(c, "passive_aux" | "perfect_aux")) || lang.is_time_word(&doc.tokens[x].lower, "future") || lang.is_time_word(&doc.tokens[x].lower, "past_aux");
                let participle_time = |k: usize| pat.frame != "noun" && k > end + 1 && (end + 1..k).rev().take(8).any(|x| x - end <= 6 && (end..k).all(|y| doc.tokens[y].kind != warta_core::TokenKind::Punct) && !doc.tokens[x].cap && lang.past_forms.contains(&doc.tokens[x].lower) && !doc.tokens[x - 1].cap && !aux(x - 1) && an.class(x - 1).is_none());
                let closes = in_range().any(|(k, t)| closing(*k, t));
                let noun_time = |k: usize| pat.frame != "noun" && an.triggers_of(s).iter().any(|&(n, e, q)| q.frame == "noun" && q.code != "-" && n >= end && e <= k && k - e <= 6 && (e..k).all(|x| doc.tokens[x].lower != ","));
                in_range().filter(|(k, _)| !participle_time(*k)).min_by_key(|(k, t)| (numbered_day && holiday(t), closes && !closing(*k, t) && noun_time(*k), k.abs_diff(i))).map(|(_, t)| *t)
            };
            // (a day written with its numbers beats a holiday's name, "Hari Kemerdekaan", which the
            // language's calendar places in its own country's year)
            // "since August 2024, when Chinese vessels rammed …", "pada Maret 2025, ketika polisi menangkap …":
            // a subordinate clause right after a time is dated by it (even by the anchor of "since")
            let lead_time = (clause.kind == ClauseKind::Sub && clause.start >= 3 && doc.tokens[clause.start - 2].lower == "," && an.class(clause.start - 1) != Some("sub_time"))
                .then(|| time_tok.iter().find(|(_, t)| t.end == doc.tokens[clause.start - 3].span.end && is_date(&t.value)).map(|(_, t)| *t))
                .flatten();
            // (… and a relative clause right after a time, no comma between, tells what happened then: "a raid on X on
            // March 3 that left 9 people dead" — the deaths are of that day)
            let lead_time = lead_time.or_else(|| {
                (clause.kind == ClauseKind::Rel && clause.start >= 2 && doc.tokens[clause.start - 2].kind != warta_core::TokenKind::Punct)
                    .then(|| time_tok.iter().find(|(_, t)| t.end == doc.tokens[clause.start - 2].span.end && t.granularity == "day" && is_date(&t.value)).map(|(_, t)| *t))
                    .flatten()
            });
            // what a speaker is reported to allege (frame `speech`) is dated by the report's own time
            // ("Tusk said on Sunday that the blaze in May 2024 had been commissioned by …")
            let speech_time = (pat.frame == "speech" && clause.start > srange.start).then(|| dated(srange.start, clause.start)).flatten();
            let (date, date_source) = if let Some(t) = speech_time {
                (Some(t.value.clone()), Some("sentence"))
            } else if let Some(t) = lead_time {
                (Some(t.value.clone()), Some("clause"))
            } else if let Some(t) = dated(clause.start, limit) {
                (Some(t.value.clone()), Some("clause"))
            } else if let Some(t) = (ci + 2 < an.clauses[s].len() && an.interrupts(s, ci + 2)).then(|| dated(an.clauses[s][ci + 2].start, an.clauses[s][ci + 2].end)).flatten() {
                // (… or in the rest of its clause past a relative clause set off by commas: "setelah penembakan di X, Y yang
                // dikuasai Z, pada 22 April" — the shooting's day)
                (Some(t.value.clone()), Some("clause"))
            } else if clause.kind == ClauseKind::Sub && clause.start > srange.start && an.class(clause.start - 1) == Some("sub_time") && (i != clause.start || offset_date(&an, &time_tok, &events, srange.start, clause.start - 1).is_some()) {
                // (… also one that opens with its verb when the distance is told: "saw X on Friday, two days
                // after seeing Y")
                // "… days after Washington approved an arms sale": an act of another time, with no
                // time of its own, is not dated by the main clause (but one that opens with its verb is the
                // main subject's, told with its time: "said Friday after meeting his counterpart") —
                // unless the distance is told: "came a day after two soldiers were killed" (`act_after`)
                // (an encounter after which the main clause's act was told, with no distance, is of the main clause's
                // day: "…, an official said on Friday, after X hosted Y at the White House")
                // (a sentence opening with "since" and its time, then a comma: "Sejak September lalu, militer X telah
                // menyerang …" — the act runs from that time)
                let opening_since = (clause.start == srange.start + 1 && lang.is_time_word(&doc.tokens[srange.start].lower, "since"))
                    .then(|| time_tok.iter().find(|(k, t)| *k == clause.start && t.anchor_only && is_date(&t.value) && doc.tokens[*k..i].iter().any(|x| x.lower == ",")).map(|(_, t)| *t))
                    .flatten();
                match offset_date(&an, &time_tok, &events, srange.start, clause.start - 1) {
                    _ if opening_since.is_some() => (opening_since.map(|t| t.value.clone()), Some("since")),
                    Some(d) => (Some(d), Some("offset")),
                    None if pat.code.starts_with("04") && an.after_word(clause.start - 1) && i != clause.start => dated(srange.start, clause.start - 1).filter(|t| is_day(&t.value)).map(|t| (Some(t.value.clone()), Some("sentence"))).unwrap_or((None, None)),
                    // (and force after which force answered, no distance told, is of the answer's day: "X carried out air
                    // strikes on Thursday after Y's troops fired rockets across the border")
                    // (… or coercion after which any act was done: "lawmakers voted late Monday to delay the vote, after security
                    // forces removed opposition members")
                    None if (14..=20).contains(&root(&pat.code)) && an.after_word(clause.start - 1) && an.triggers_of(s).iter().any(|(t, _, p)| *t >= srange.start && *t + 1 < clause.start && p.code != "-" && ((18..=20).contains(&root(&p.code)) || (17..=20).contains(&root(&pat.code)))) => {
                        dated(srange.start, clause.start - 1).filter(|t| is_day(&t.value)).map(|t| (Some(t.value.clone()), Some("sentence"))).unwrap_or((None, None))
                    }
                    // (an act told after "before" with no distance, the main clause's act done first, is of the sentence's
                    // day, else the page's: "X gave Y a tour of the base before both men sat down for talks")
                    None if !an.after_word(clause.start - 1) && i != clause.start && !(srange.start..clause.start - 1).any(|k| lang.is_time_word(&doc.tokens[k].lower, "unit_hour") || lang.is_time_word(&doc.tokens[k].lower, "unit_minute")) => match dated(srange.start, srange.end) {
                        Some(t) => (Some(t.value.clone()), Some("sentence")),
                        None => (filed.clone().or_else(|| doc.article.published.clone()), Some("document")),
                    },
                    // (an act after which another was done in a year the sentence tells, no distance told, is of that year, as near
                    // as the page tells: "X had put duties on Y's wine in 2019 after Y urged a probe")
                    None if an.after_word(clause.start - 1) && i != clause.start => match dated(srange.start, clause.start - 1).filter(|t| t.value.len() == 4) {
                        Some(t) => (Some(t.value.clone()), Some("sentence")),
                        // (… or of the day since which the main clause's state has lasted: "has been stranded abroad since <day>,
                        // after gangs attacked the airport")
                        None => time_tok.iter().find(|(k, t)| *k >= srange.start && *k + 1 < clause.start && t.anchor_only && is_day(&t.value)).and_then(|(_, t)| t.value.get(..10)).map(|d| (Some(d.to_string()), Some("since"))).unwrap_or((None, None)),
                    },
                    None => (None, None),
                }
            } else if let Some(d) = (clause.kind == ClauseKind::Main && clause.start > srange.start).then(|| fronted_offset(&an, &time_tok, &events, srange.start, clause.start)).flatten() {
                (Some(d), Some("offset"))
            } else if let Some(d) = (clause.kind == ClauseKind::Main && clause.start > srange.start && dated(srange.start, srange.end).is_none()).then(|| fronted_act_day(&an, &events, srange.start, clause.start)).flatten() {
                (Some(d), Some("antecedent"))
            } else if let Some(t) = dated(srange.start, srange.end) {
                (Some(t.value.clone()), Some("sentence"))
            } else if let Some(t) = time_tok.iter().find(|(k, t)| *k > end && *k < srange.end && (t.anchor_only || since_phrase(*k)) && t.value.len() >= 4 && !doc.tokens[srange.start..*k].iter().any(|x| lang.function_words.get(&x.lower).is_some_and(|c| c == "superlative"))).map(|(_, t)| *t) {
                // "gencatan senjata … berlaku sejak 27 November 2024", "detained since March": a state
                // told with the time it began is dated by that time (not after a superlative: "the
                // deadliest attack since 2015" compares; one after the time compares another: "melancarkan serangan …
                // sejak Selasa (6/8/2024), serangan darat terbesar … sejak invasi …")
                (Some(t.value.clone()), Some("since"))
            } else if let Some(p) = filed.as_ref().or(doc.article.published.as_ref()) {
                (Some(p.clone()), Some("document"))
            } else {
                (None, None)
            };
            // "kedua menteri membahas …" with no time of its own goes on the encounter just told
            // (unless the encounter itself had only the page's day when it was coded: the passes after the sentences date both)
            let (date, date_source) = match (pair_date, date_source) {
                (Some(d), Some("document")) if Some(&d) != date.as_ref() => (Some(d), Some("antecedent")),
                (_, ds) => (date, ds),
            };
            // what a denial says did not happen ("Rwanda has denied accusations … that it backs M23",
            // "membantah bahwa …"): the reported clause after a denial (CAMEO 016) is negated
            // (not a clause another reporting verb joined by "and" opens after it: "denied any role … and said it remained
            // committed …"; ", saying …" or "and saying …" gives the denial's grounds)
            let denied = clause.kind == ClauseKind::Comp && an.triggers_of(s).iter().any(|(t, e, p)| p.code.starts_with("016") && *t < i && *e <= clause.start && !(*e..clause.start).any(|k| lang.reporting_pre_words.contains(&doc.tokens[k].lower) && !lang.progressive_form(&doc.tokens[k].lower) && k > 0 && an.class(k - 1) == Some("conj")));
            // (… and so is what follows a cue of negation of three words or more, a few words on with no mark between:
            // "failed to prove people were really tortured", "found no evidence that …")
            let unproven = (i.saturating_sub(8).max(srange.start)..i).any(|k| lang.modality.iter().any(|(p, m)| m == "negated" && p.len() >= 3 && cue_len(&an, k, p).is_some_and(|n| k + n <= i && (k + n..i).all(|y| doc.tokens[y].kind == warta_core::TokenKind::Word))));
            let modality = if denied || unproven {
                Some("negated".to_string())
            } else if alleged || report_says {
                Some("reported".to_string())
            } else {
                None
            };
            let modality = modality.or_else(|| pat.modality.clone()).or_else(|| modality_before(&an, clause.start, i)).or_else(|| clause_modality.get(&ci).cloned()).unwrap_or_else(|| "asserted".into());
            // (a verb joined by a coordinator right before it to an act of its clause told as intended is intended too,
            // "akan bertemu dan membahas …"; joined to an agreement or a pledge told as done, 03, it is part of what was
            // agreed, no act of its own: "sepakat menormalisasi hubungan dan membuka kantor perwakilan")
            let joined_to = (modality == "asserted" && i > clause.start && an.class(i - 1) == Some("conj") && pat.frame != "noun").then(|| events.last().filter(|(_, es, ec)| *es == s && *ec == ci).map(|(e, _, _)| (e.code.starts_with("03") && e.modality == "asserted", e.modality == "intended"))).flatten();
            // (an act that can be agreed, 04-09; an appeal or a reproach joined so is a second act: "menawarkan diri … dan
            // meminta agar …")
            if joined_to.is_some_and(|(agreed, _)| agreed) && (4..=9).contains(&root(&pat.code)) {
                continue;
            }
            let modality = if joined_to.is_some_and(|(_, intended)| intended) { "intended".to_string() } else { modality };
            // (an act named by a verb after a word of purpose, class `purpose`, right after an act coded in its sentence is
            // what that act is for, not done yet: "berkoordinasi dengan X untuk membebaskan para sandera")
            // (… by that act's doer, and aimed at no side named before it: "para sandera" after "dengan otoritas X dan Y")
            let purpose_of = (modality == "asserted" && pat.frame != "noun" && i > srange.start && an.class(i - 1) == Some("purpose")).then(|| events.last().filter(|(e, es, _)| *es == s && e.modality == "asserted").map(|(e, _, _)| e.actor.clone())).flatten();
            let modality = if let Some(doer) = purpose_of {
                if let Some(x) = doer.and_then(|p| an.actors.iter().find(|x| x.entity.is_some() && x.entity == p.entity && x.country == p.country).cloned()) {
                    actor = Some(x);
                }
                if target.as_ref().is_some_and(|t| t.tok_start < i) {
                    target = None;
                }
                "intended".to_string()
            } else {
                modality
            };
            // (… and so is one told as intended in the clause an agreement told as done opens, right after it: "kedua pemimpin
            // sepakat bahwa menteri mereka nanti bertemu", "agreed that their envoys would meet" — the agreement is the act)
            let agreed_that = modality == "intended" && clause.kind == ClauseKind::Comp && ci > 0 && events.last().is_some_and(|(e, es, ec)| *es == s && *ec + 1 == ci && (e.code.starts_with("03") || e.code == "050" || e.code.starts_with("057")) && e.modality == "asserted");
            if agreed_that && (4..=9).contains(&root(&pat.code)) {
                continue;
            }
            // "… would keep shelling them until they left": what an intended act waits for is its
            // condition; after an act told as done, "until" tells what ended it
            // (or after a cue of intent with no act coded: "the curbs would remain until X lifted …")
            let until = modality == "until";
            let modality = if modality == "until" {
                let intent_cue = || (srange.start..i).any(|k| lang.modality.iter().any(|(p, m)| m == "intended" && phrase_at(doc, k, p)));
                if events.iter().any(|(e, es, _)| *es == s && e.modality == "intended") || intent_cue() { "conditional".to_string() } else { "asserted".to_string() }
            } else {
                modality
            };
            // an act after a cue of threat ("threatened to attack X", "mengancam akan memutus hubungan dengan X")
            // is the threat of it, done now: CAMEO 13 by the kind of act threatened
            let (code, modality) = if modality == "threatened" { (crate::threat_code(&code).unwrap_or("130").to_string(), "asserted".to_string()) } else { (code, modality) };
            // … and so is force a side is reported to say it will use ("Katz said the army would continue to
            // strike X until they withdrew", "announced that his troops would target …", in a quote): a threat of
            // force (CAMEO 138), made when said; not force attempted ("tried to storm the building", class
            // `attempt`), which happened, nor an intent told by the writer ("Jepang akan menyerang")
            // (an act named by a noun is what the intended verb takes, "akan membalas serangan Houthi", not the threat)
            let vowed = (i.saturating_sub(3).max(clause.start)..i).any(|k| lang.has_class(&doc.tokens[k].lower, "vow"));
            let said_or_quoted = || {
                (clause.kind == ClauseKind::Comp && (clause.start.saturating_sub(3).max(srange.start)..=clause.start).any(|k| lang.reporting_pre_words.contains(&doc.tokens[k].lower)))
                    || doc.quotes.iter().any(|q| q.start <= doc.tokens[i].span.start && doc.tokens[i].span.end <= q.end)
                    // (or a vow, which is said: "vowed to punish the plotters" — marker class `vow`; coercion only so: what a
                    // side "would" do to people it holds is a plan, "the passengers would be deported")
                    || vowed
            };
            let (code, modality) = if modality == "intended" && pat.frame != "noun" && ((18..=20).contains(&root(&code)) || (root(&code) == 17 && vowed)) && !an.lang.petrarch_codes && !(i.saturating_sub(6).max(clause.start)..i).any(|k| an.class(k) == Some("attempt")) && said_or_quoted() {
                (crate::threat_code(&code).unwrap_or("138").to_string(), "asserted".to_string())
            } else {
                (code, modality)
            };
            // (the rest of the condition's clause: "until X allowed a flow of aid" is no aid given)
            let modality = if condition_from.is_some_and(|(cs, cc, ct)| cs == s && cc == ci && i > ct) { "conditional".to_string() } else { modality };
            if modality == "conditional" {
                if until {
                    condition_from = Some((s, ci, i));
                }
                continue; // "if either is attacked", "jika diserang": a condition, no act
            }
            // "said it would not sign the accord": a cooperative act a side says it will not do is its
            // refusal (CAMEO 12), an act of its own
            let (code, modality) = match (modality.as_str(), denied) {
                ("negated", false) if refused_before(&an, clause.start, i) => match crate::refusal_code(&code) {
                    Some(c) => (c.to_string(), "asserted".to_string()),
                    None => (code, modality),
                },
                _ => (code, modality),
            };
            let rt = root(&code);
            // a statement with no time of its own ("Kemlu mengecam …"), or an act told as intended ("siap
            // membantu …"), is dated by the day its words
            // are attributed in the next sentence or two ("“…,” tulis Kemlu …, Sabtu malam")
            // (… and so is an act announced, "mengumumkan gencatan senjata": a light verb that is also a reporting verb)
            let announced = i > srange.start && an.class(i - 1) == Some("light") && lang.reporting_pre_words.contains(&doc.tokens[i - 1].lower);
            let (date, date_source) = match date_source {
                Some("document") if matches!(rt, 1 | 2 | 3 | 5 | 10..=13) || modality == "intended" || announced => statement_date(&an, &time_tok, s, actor.as_ref()).map(|d| (Some(d), Some("statement"))).unwrap_or((date, date_source)),
                // an act named by a noun with no time of its own, whose noun the next sentence opens with
                // and dates ("welcomed the truce … . The truce was signed on Monday")
                Some("document") if pat.frame == "noun" => referred_date(&an, &time_tok, s, i.saturating_sub(2).max(srange.start), end).map(|d| (Some(d), Some("referred"))).unwrap_or((date, date_source)),
                // (… and an act told by a verb whose noun, made definite after it, the next sentence dates anywhere:
                // "AS mengerahkan kapal induk … . X mengatakan pada Jumat (24/10) bahwa pengerahan itu …")
                Some("document") => verb_referred_date(&an, &time_tok, s, i).map(|d| (Some(d), Some("referred"))).unwrap_or((date, date_source)),
                _ => (date, date_source),
            };
            // (a participle after a comma that tells what the sentence's act said, by the same doer, is of that act's day:
            // "X has severed ties with Y, accusing Y of …" — the severance dated by a later sentence)
            let (date, date_source) = match date_source {
                Some("document" | "statement") if i > srange.start && doc.tokens[i - 1].lower == "," && lang.progressive_form(&doc.tokens[i].lower) => events
                    .iter()
                    .rev()
                    .find(|(e, es, _)| *es == s && e.date_source.as_deref() == Some("referred") && e.actor.as_ref().map(|a| &a.entity) == actor.as_ref().map(|a| &a.entity))
                    .map(|(e, _, _)| (e.date.clone(), Some("referred")))
                    .unwrap_or((date, date_source)),
                _ => (date, date_source),
            };
            // an act told as intended is an intent said: it happened when it was said, and the later day
            // it is to take place ("will impose … starting <day>", "akan berkunjung pada <day>") is kept
            // as `planned` (the said day: a time before the reported clause, "said <day> that …", else the page's)
            let said = || {
                (clause.start > srange.start)
                    .then(|| dated(srange.start, clause.start).map(|t| (t.value.clone(), "sentence")))
                    .flatten()
                    .or_else(|| filed.as_ref().or(doc.article.published.as_ref()).map(|p| (p.clone(), "document")))
            };
            // (not an act scheduled, "is to fly to Z on <day>", "dijadwalkan bertemu": class `attempt`, which
            // happens on its day)
            let attempt = (i.saturating_sub(6).max(clause.start)..i).any(|k| an.class(k) == Some("attempt"));
            let (date, date_source, planned) = match (&date, modality.as_str()) {
                (Some(d), "intended") if date_source != Some("document") && !attempt => match said().filter(|(s, _)| warta_time::is_after(d, s)) {
                    Some((s, src)) => (Some(s), Some(src), Some(d.clone())),
                    None => (date, date_source, None),
                },
                _ => (date, date_source, None),
            };
            // (a day more than a week before the page's; a month or a year before the page's: the act of
            // "Wednesday" in a page of the next day is news, though the month turned between them)
            let background = match (&date, &doc.article.published) {
                (Some(d), Some(p)) if date_source != Some("document") => match warta_time::days_between(d, p) {
                    Some(n) => n > 7,
                    None => {
                        let n = d.len().min(p.len());
                        d[..n] < p[..n] && d.get(..7) != p.get(..7)
                    }
                },
                _ => false,
            };
            // (an act noun written as part of a proper name inside running text, "long after the Korean War", "sejak Perang
            // Dunia II", names a past event: background, whatever its date)
            let cap = |k: usize| doc.tokens.get(k).is_some_and(|t| t.cap && t.sentence == s);
            let running_text = srange.clone().filter(|&k| doc.tokens[k].kind == warta_core::TokenKind::Word && !doc.tokens[k].cap).count() * 2 > srange.len();
            let background = background || (pat.frame == "noun" && i > srange.start && cap(i) && (cap(i - 1) || cap(i + 1)) && running_text);
            // an act told in a clause "since" opens, with no time of its own ("the first visit since the two fought on the
            // border", "sejak kedua negara bertempur"), happened before the sentence's time: background, its day untold
            // (not the adverb after an auxiliary, "have since been killed": the toll up to now; nor an act after a comma, which
            // ends a fronted "since" phrase: "sejak awal debat, X tampak …")
            let in_clause = |k: usize| k >= clause.start && k < clause.end;
            let since_clause = clause.kind == ClauseKind::Sub && clause.start > srange.start + 1 && lang.is_time_word(&doc.tokens[clause.start - 1].lower, "since") && an.class(clause.start - 2) != Some("passive_aux") && !lang.has_class(&doc.tokens[clause.start - 2].lower, "perfect_aux") && !(clause.start..i).any(|k| doc.tokens[k].lower == ",") && !time_tok.iter().any(|(k, _)| in_clause(*k));
            // … and so is one its clause gives a span of a year or more after a word of class `duration_prep` ("have fought
            // over X for over thirty years", "bertempur selama puluhan tahun"): a long state, not the news (not a
            // penalty, a cut or a demand for one, roots 10, 16 and 17, whose span is its term: "banned its leaders for 10 years")
            let long_span = !matches!(root(&code), 10 | 16 | 17) && time_tok.iter().any(|(k, t)| in_clause(*k) && *k > 0 && t.granularity == "duration" && (t.value.ends_with('Y') || t.value.ends_with("DE") || t.value.ends_with("CE")) && lang.has_class(&doc.tokens[*k - 1].lower, "duration_prep"))
                || (clause.start..clause.end.saturating_sub(1)).any(|k| lang.has_class(&doc.tokens[k].lower, "duration_prep") && ["unit_year", "unit_decade", "unit_century"].iter().any(|u| lang.is_time_word(&doc.tokens[k + 1].lower, u)));
            let (background, date, date_source) = if since_clause || long_span { (true, None, None) } else { (background, date, date_source) };
            // the lead sentence's act without a place of its own happened where the story was filed
            // when that place is in a participant's country ("PYONGYANG (AP) — Putin and Kim signed
            // …"); not force, whose place the dateline does not tell, nor a visit, whose place is its goal
            // (… or a meeting told soon after at a venue no place names, "met at X's guest house near the
            // capital": the dateline's town, whoever's the venue)
            let venue_here = code.starts_with("04")
                && (end..clause.end).any(|k| an.class(k) == Some("at") && (k + 1..(k + 6).min(clause.end)).any(|x| an.content_word(x)))
                && !an.actors.iter().any(|a| a.place && a.tok_start >= clause.start && a.tok_start < clause.end);
            // (an act in a relative clause on a place, "…, made the jet come down at X, where police detained Y", happened
            // at that place, its time perhaps between)
            // (… or in what a report inside such a clause says: "…, where officials say troops killed …")
            let rel_clause = if clause.kind == ClauseKind::Comp && ci > 0 && an.clauses[s][ci - 1].kind == ClauseKind::Rel { &an.clauses[s][ci - 1] } else { &clause };
            let loc_ref = loc_ref.or_else(|| {
                let clause = rel_clause;
                (clause.kind == ClauseKind::Rel && clause.start >= 2 && an.class(clause.start - 1) == Some("rel_place") && doc.tokens[clause.start - 2].lower == ",")
                    .then(|| {
                        // (its time may stand between: "in the city of X on Sunday, where he visited …")
                        let timed = |k: usize| time_tok.iter().any(|(_, t)| t.start <= doc.tokens[k].span.start && doc.tokens[k].span.end <= t.end) || (an.lang.is_stopword(&doc.tokens[k].lower) && !doc.tokens[k].cap);
                        an.actors.iter().find(|a| a.tok_end <= clause.start - 2 && clause.start - 2 - a.tok_end <= 3 && (a.tok_end..clause.start - 2).all(timed) && a.place && matches!(a.etype, Some(EntityType::City | EntityType::Region | EntityType::Country))).cloned()
                    })
                    .flatten()
            });
            let dateline_place = dateline_end
                .filter(|&d| loc_ref.is_none() && i > d && (doc.tokens[d].sentence == s || (venue_here && s <= doc.tokens[d].sentence + 2)) && (1..=17).contains(&rt) && !code.starts_with("042"))
                .and_then(|d| an.actors.iter().find(|a| a.tok_end <= d && matches!(a.etype, Some(EntityType::City | EntityType::Region))))
                // (or, for a meeting or a signing of two named persons of two states, any dateline: they were there together, "PORT X
                // (Reuters) - Chile's minister and Peru's president signed …" in a third state's capital)
                .filter(|l| l.country.is_some() && (venue_here || [&actor, &target].iter().any(|p| p.as_ref().is_some_and(|p| p.country == l.country)) || ((code.starts_with("04") || code.starts_with("057")) && [&actor, &target].iter().all(|p| p.as_ref().is_some_and(|p| p.etype == Some(EntityType::Person) && p.anaphor.is_none() && p.country.is_some())) && actor.as_ref().map(|a| &a.country) != target.as_ref().map(|t| &t.country))));
            // (… but a venue of a meeting whose place was just told is at that place: "bertemu X di kantornya, <kota> … Y
            // menyambut X di depan pintu kantornya" under a dateline of the newsroom's town)
            let venue_told = dateline_place.filter(|_| venue_here).and_then(|_| events.iter().rev().take_while(|(_, ps, _)| *ps + 2 >= s).find(|(p, _, _)| root(&p.code) == 4 && p.location.is_some()).and_then(|(p, _, _)| p.location.clone()));
            // "arrested more than 400 people", "menangkap 12 orang": people counted right after an arrest or another
            // coercive verb, no side named, are civilians of the act's place or the clause's, else of the story's country
            // (not in an operation abroad just told, "raided the camp … . its troops had arrested 12 suspects": that
            // operation's target follows, below)
            let ac17 = actor.as_ref().and_then(|a| a.country.clone());
            let abroad = || events.iter().rev().take_while(|(_, ps, _)| ps + 2 >= s).any(|(p, _, _)| (16..=20).contains(&root(&p.code)) && ac17.is_some() && p.actor.as_ref().is_some_and(|a| a.country == ac17) && p.target.as_ref().is_some_and(|t| t.country.is_some() && t.country != ac17));
            if target.is_none() && rt == 17 && pat.frame == "svo" && actor.is_some() && !abroad() {
                if let Some(u) = (end..(end + 6).min(clause.end)).find(|&u| casualty_word(&an, u, &["unit"])) {
                    let counted = (end..u).any(|k| number_at(&an, k).is_some()) && (end..u).all(|k| doc.tokens[k].kind != warta_core::TokenKind::Punct && !doc.tokens[k].cap);
                    // (the country of the act's place first: "arrested 12 wanted suspects … in the camp")
                    if let Some(c) = counted.then(|| loc_ref.as_ref().and_then(|l| l.country.clone()).or_else(|| an.place_country_in(clause.start, clause.end)).or_else(|| doc.home_country.clone())).flatten() {
                        let span = warta_core::Span::new(doc.tokens[end].span.start, doc.tokens[u].span.end);
                        target = Some(ActorRef { span, tok_start: end, tok_end: u + 1, entity: None, etype: None, country: Some(c), sector: Some("CVL".into()), anaphor: None, place: false, home: true });
                    }
                }
            }
            // a cooperative act whose partner is named after "with" in its clause ("menandatangani kontrak pembelian 48
            // unit pesawat tempur … dengan perusahaan Turki"): the partner is its recipient, not a generic side of the
            // actor's own country (or of the story's, by default) named as what is dealt in
            if (3..=8).contains(&rt) && target.as_ref().is_some_and(|t| t.entity.is_none() && t.etype.is_none() && actor.as_ref().is_some_and(|a| a.country.is_some() && (t.home || a.country == t.country))) {
                let ac = actor.as_ref().and_then(|a| a.country.clone());
                let partner = (end..clause.end).filter(|&k| an.class(k) == Some("with")).find_map(|w| an.actors.iter().find(|a| a.tok_start > w && a.tok_start <= w + 2 && a.tok_end <= clause.end && a.country.is_some() && a.country != ac && a.anaphor.is_none()));
                if let Some(p) = partner {
                    target = Some(if p.place { p.as_state() } else { p.clone() });
                }
            }
            // an act whose object right after it is the doer's own state named bare, its possessor ("X menyatakan dukungan penuh
            // Jepang bagi kepemimpinan Chile"), is for the side of another state after a word of benefit or "kepada"/"to" in the clause
            // (a cooperative act of a state's own government: rebels who take their own state's capital act on it)
            if (1..=9).contains(&root(&pat.code)) && actor.as_ref().is_some_and(|a| matches!(a.sector.as_deref(), None | Some("GOV"))) && target.as_ref().is_some_and(|t| t.etype == Some(EntityType::Country) && t.sector.is_none() && t.tok_start >= end && t.tok_start <= end + 1 && t.country.is_some() && t.country == actor.as_ref().and_then(|a| a.country.clone())) {
                let own = target.as_ref().and_then(|t| t.country.clone());
                let after_word = |a: &ActorRef| (a.tok_start.saturating_sub(3).max(end)..a.tok_start).any(|k| lang.has_class(&doc.tokens[k].lower, "beneficiary_prep") || an.class(k) == Some("to"));
                if let Some(other) = an.actors.iter().find(|a| a.tok_start > end + 1 && a.tok_start < limit && a.country.is_some() && a.country != own && after_word(a)) {
                    target = Some(if other.place { other.as_state() } else { other.clone() });
                }
            }
            // a visit whose object is of the visitor's own state where the place is another's ("visited a German-owned
            // factory" in a town of the host) is a visit to the place's state
            if code.starts_with("042") && target.as_ref().is_some_and(|t| t.country.is_some() && t.country == actor.as_ref().and_then(|a| a.country.clone())) {
                if let Some(l) = loc_ref.as_ref().filter(|l| l.country.is_some() && l.country != actor.as_ref().and_then(|a| a.country.clone())) {
                    target = Some(l.as_state());
                }
            }
            // force fired "at" a state named right after its object ("fired 300 drones at X", class `aim_prep`) is aimed at that state, whatever side a
            // later phrase of cause names ("…, after a raid that killed two Y officers")
            if rt >= 18 && pat.frame != "noun" {
                if let Some(l) = loc_ref.as_ref().filter(|l| l.etype == Some(EntityType::Country) && l.tok_start >= end && l.tok_start <= end + 8 && lang.has_class(&doc.tokens[l.tok_start - 1].lower, "aim_prep") && l.country.is_some() && l.country != actor.as_ref().and_then(|a| a.country.clone()) && target.as_ref().is_some_and(|t| t.tok_start > l.tok_start)) {
                    target = Some(l.as_state());
                }
            }
            // a side a mediator mediates "with" mediates beside it, no party it mediates between: "talks, which X mediates with
            // Y and Z" (CAMEO 045)
            if code_is_mediation(&pat.code) && target.as_ref().is_some_and(|t| t.tok_start >= end && an.after_prep(t) == Some("with")) {
                target = None;
            }
            // compound sides: "Chile and Peru condemned …" and "… condemned Bolivia, Paraguay and
            // Uruguay" are an event for every actor and every target named (a symmetric pair stays one event)
            if co_actor.as_ref().zip(target.as_ref()).is_some_and(|(c, t)| same_side(c, t) || t.span.overlaps(c.span)) {
                target = None; // a co-actor is not the target of the act it shares
            }
            // a threat whose target is not named between it and its condition is against the side the condition names:
            // "warned that X would respond militarily if Y attacked …" (class `condition`)
            if root(&pat.code) == 13 {
                if let Some(k) = (end..srange.end).find(|&k| lang.has_class(&doc.tokens[k].lower, "condition")) {
                    if target.as_ref().is_none_or(|t| t.tok_start < end || t.tok_start > k) {
                        if let Some(y) = an.first_actor(k + 1, srange.end).filter(|y| y.country.is_some() && actor.as_ref().is_none_or(|a| !same_side(a, y))) {
                            target = Some(if y.place { y.as_state() } else { y.clone() });
                        }
                    }
                }
            }
            // an execution told with no doer at a place of a state is that state's (only a state executes by law: "dieksekusi
            // regu tembak di Pulau X, Jawa Tengah"; class `execution`)
            if actor.is_none() && lang.has_class(&doc.tokens[i].lower, "execution") {
                // (not the place the target was taken from: "ten people have been executed in X" names no side)
                if let Some(l) = loc_ref.as_ref().filter(|l| l.country.is_some() && target.as_ref().is_none_or(|t| t.span != l.span)) {
                    actor = Some(ActorRef { sector: Some("GOV".into()), ..l.as_state() });
                }
            }
            // (a person no list places, named in apposition to people of a state: "… dua warga negaranya, A dan B"; later "A
            // dieksekusi …" is an act on that state's citizen)
            for side in [&mut actor, &mut target] {
                if let Some(p) = side.as_mut().filter(|p| p.etype == Some(EntityType::Person) && p.country.is_none() && p.entity.is_some()) {
                    p.country = an.apposed_country(p);
                }
            }
            // (what a speaker says of no side left, "saying they interfered in …" of remarks, is said of no one)
            if pat.frame == "speech_subject" && target.is_none() {
                continue;
            }
            // "X and Y said they would recognise Z, prompting W to recall its envoys": the act of the side a causative
            // verb moves answers the causer when it names no side after it, and is of the day the causer's act was told
            let mut causers: Vec<ActorRef> = vec![];
            let mut caused_day: Option<(Option<String>, Option<String>)> = None;
            if let Some((_, k)) = an.causative_object(s, i).filter(|_| target.as_ref().is_none_or(|t| t.tok_start < i)) {
                let ck = an.clause_of(s, k);
                if let Some(c) = an.subject(s, ck, k).filter(|c| actor.as_ref().is_none_or(|a| !same_side(a, c))) {
                    let plural = an.actors.iter().any(|x| x.span == c.span && x.anaphor.as_deref() == Some("plural"));
                    let first = if plural { an.actors.iter().rev().find(|x| x.tok_end <= c.tok_start && x.anaphor.is_none() && x.entity == c.entity && x.country == c.country && x.sector == c.sector).cloned().unwrap_or(c) } else { c };
                    let stop = doc.sentence_tokens(doc.tokens[first.tok_start].sentence).end.min(k);
                    causers = an.conjuncts(&first, stop).into_iter().map(|x| if x.place { x.as_state() } else { x }).collect();
                    caused_day = events.iter().rev().find(|(e, es, ec)| *es == s && *ec <= ck && e.actor.as_ref().is_some_and(|p| p.country.is_some() && p.country == first.country)).map(|(e, _, _)| (e.date.clone(), e.date_source.clone()));
                    target = Some(first);
                }
            }
            // (dated by another act: "antecedent", or the page's day when the causer had no day of its own)
            let (date, date_source) = match &caused_day {
                Some((d, ds)) if d.is_some() => (d.clone(), Some(if ds.as_deref() == Some("document") { "document" } else { "antecedent" })),
                _ => (date, date_source),
            };
            let mut sides: Vec<(Option<ActorRef>, Option<ActorRef>)> = vec![(actor.clone(), target.clone())];
            if let (true, Some(a)) = (mutual && co_actor.is_none(), &actor) {
                // "the envoys of South Korea, the United States and Japan held a phone call": a mutual act
                // of a list of three or more named before the verb is one between every two of them
                if a.tok_end <= i && target.as_ref().is_none_or(|t| t.tok_end <= i) {
                    let mut members = vec![a.clone()];
                    for x in an.conjuncts(a, i).into_iter().chain(target.clone()) {
                        if !members.iter().any(|m| same_side(m, &x) || m.country.is_some() && m.country == x.country) {
                            members.push(x);
                        }
                    }
                    if members.len() >= 3 {
                        symmetric = true;
                        sides = (0..members.len()).flat_map(|p| (p + 1..members.len()).map(move |q| (p, q))).map(|(p, q)| (Some(members[p].clone()), Some(members[q].clone()))).collect();
                    }
                }
            }
            if let Some(b) = pair_object.as_ref().filter(|b| actor.as_ref().is_none_or(|a| !same_side(a, b))) {
                sides.push((actor.clone(), Some(b.clone())));
            } else if let Some(c) = &co_actor {
                sides.push((Some(c.clone()), target.clone()));
            } else if each_way {
                sides.push((target.clone(), actor.clone()));
            } else if let (Some(a), Some(t), false, 1) = (&actor, &target, symmetric, sides.len()) {
                let mut actors = vec![a.clone()];
                if let Some(p) = &plural_antecedent {
                    let stop = doc.sentence_tokens(doc.tokens[p.tok_start].sentence).end;
                    actors.extend(an.conjuncts(p, stop).into_iter().map(|mut x| {
                        // (members named as countries act as the antecedent's kind: "the governments of …")
                        if x.etype == Some(EntityType::Country) && p.entity.is_none() {
                            x.sector = p.sector.clone();
                        }
                        x
                    }));
                } else if a.tok_end <= i {
                    actors.extend(an.conjuncts(a, i));
                }
                let mut targets = vec![t.clone()];
                targets.extend(causers.iter().cloned());
                // (after the trigger or inside its gap: "ordered the diplomats of Argentina, Chile and Peru to leave")
                if t.tok_start > i {
                    // (a bare agent joined to a named side, of no state but the story's home or the doer's own, is of
                    // that side: "killed X and two other militants")
                    let first = t.clone();
                    targets.extend(an.conjuncts(t, limit).into_iter().map(|x| if x.place { x.as_state() } else { x }).map(|x| if (x.home || actor.as_ref().is_some_and(|a| a.country.is_some() && a.country == x.country)) && x.entity.is_none() && first.country.is_some() && !first.home && first.country != x.country { ActorRef { country: first.country.clone(), home: false, ..x } } else { x }));
                }
                sides = actors.iter().flat_map(|a| targets.iter().filter(|t| !same_side(a, t)).map(move |t| (Some(a.clone()), Some(t.clone())))).collect();
            }
            // people a state coerces or kills, told by a bare agent word that took the story's home country ("Junta X
            // mengeksekusi empat aktivis"), are that state's own, when the sentence names no side of the home country
            if matches!(root(&code), 17 | 18 | 20) {
                // (past a dateline: "Jakarta - Junta X …")
                let from = doc.dateline_dash().filter(|&d| d >= srange.start && d < srange.end).map_or(srange.start, |d| d + 1);
                // (the sentence's sides looked at only once a target qualifies)
                let home_named = std::cell::OnceCell::new();
                let home_named = || *home_named.get_or_init(|| an.actors.iter().any(|x| !x.home && x.country.is_some() && x.country == doc.home_country && x.tok_start >= from && x.tok_end <= srange.end));
                for (a, t) in sides.iter_mut() {
                    let state = a.as_ref().filter(|a| a.country.is_some() && a.country != doc.home_country && (state_sector(&a.sector) || a.sector.as_deref() == Some("JUD") || (a.sector.is_none() && a.etype == Some(EntityType::Country)))).and_then(|a| a.country.clone());
                    // (the doer right before the verb and the object right after it: "polisi X masih menyelidiki motif di balik
                    // pembunuhan pengusaha itu" may tell a victim of the home state; nor people only counted, class CVL)
                    let adjacent = a.as_ref().is_some_and(|a| a.tok_end <= i && a.tok_end + 1 >= i);
                    let object = |t: &ActorRef| adjacent && t.tok_start >= end && t.tok_start <= end + 2 && t.sector.as_deref() != Some("CVL");
                    if let (Some(c), Some(t)) = (state, t.as_mut().filter(|t| t.home && t.entity.is_none() && object(t) && !home_named())) {
                        t.country = Some(c);
                        t.home = false;
                    }
                }
            }
            // a cooperative act told as intended is the intent to do it ("will meet" 036), unless it is
            // attempted or scheduled ("trying to broker a deal", "dijadwalkan bertemu": class `attempt`)
            let code = match (modality.as_str(), attempt) {
                ("intended", false) if !an.lang.petrarch_codes => crate::intent_code(&code).map(str::to_string).unwrap_or(code),
                _ => code,
            };
            // conventional military force (CAMEO 19) needs armed forces: protesters or civilians who attack
            // assault (18) ("demonstrators targeted the embassies of X")
            let unarmed = actor.as_ref().is_some_and(|a| a.entity.is_none() && a.sector.as_deref().is_some_and(|x| matches!(x, "OPP" | "CVL" | "LAB" | "EDU" | "MED" | "BUS")));
            let code = if code == "190" && unarmed && !an.lang.petrarch_codes { "180".to_string() } else { code };
            // (and force used "with" missiles, rockets or drones, marker class `aerial_weapon`, is aerial, 195: "Militer X
            // menyerang pangkalan udara Y dengan rudal", "attacked the port with drones")
            let aerial = (end..limit.min(srange.end).saturating_sub(1)).any(|k| an.class(k) == Some("with") && lang.has_class(&doc.tokens[k + 1].lower, "aerial_weapon"));
            let code = if matches!(code.as_str(), "180" | "190") && aerial && pat.frame != "noun" && !an.lang.petrarch_codes { "195".to_string() } else { code };
            // (and a crowd that burns or wrecks property riots, CAMEO 145: "warga membakar kantor bupati")
            let crowd = unarmed && actor.as_ref().is_some_and(|a| a.sector.as_deref().is_some_and(|x| matches!(x, "OPP" | "CVL" | "LAB" | "EDU")));
            let code = if code.starts_with("171") && crowd && !an.lang.petrarch_codes { "145".to_string() } else { code };
            // (… and one that gathers, a bare verb of class `assemble` coded as a meeting, demonstrates, CAMEO 141: "protesters
            // holding banners … gathered near the square")
            let code = if code == "040" && crowd && end == i + 1 && an.lang.has_class(&doc.tokens[i].lower, "assemble") && !an.lang.petrarch_codes { "141".to_string() } else { code };
            // (armed forces leaving another country withdraw from it, CAMEO 0874, not a trip: "French forces have left Mali")
            let armed = actor.as_ref().is_some_and(|a| a.sector.as_deref() == Some("MIL"));
            let code = if code.starts_with("04") && armed && an.class(i) == Some("departure") && target.as_ref().is_some_and(|t| t.country.is_some() && t.country != actor.as_ref().and_then(|a| a.country.clone())) && !an.lang.petrarch_codes { "0874".to_string() } else { code };
            // (… and troops, armed forces named by their sector alone, arriving in another country are deployed there, CAMEO 154,
            // no visit: "soldiers of X arrived in Y on Monday")
            let troops = armed && actor.as_ref().is_some_and(|a| a.entity.is_none());
            let code = if code.starts_with("042") && troops && target.as_ref().is_some_and(|t| t.country.is_some() && t.country != actor.as_ref().and_then(|a| a.country.clone())) && !an.lang.petrarch_codes { "154".to_string() } else { code };
            // (a raid by police or prosecutors, a verb of class `raid_verb`, is a search by force, CAMEO 170, no assault: "prosecutors
            // and police raided the tribunal's offices", "polisi menggerebek rumah X")
            let law = actor.as_ref().is_some_and(|a| matches!(a.sector.as_deref(), Some("COP" | "JUD")));
            let code = if matches!(root(&code), 18 | 19) && law && an.lang.has_class(&doc.tokens[i].lower, "raid_verb") && !an.lang.petrarch_codes { "170".to_string() } else { code };
            // (welcoming no side welcomes a thing done, which praises it: "welcomed the releases", class `welcome`)
            // (no side right after the word, past an article: a side the target was found elsewhere is no guest)
            // (nor a country's adjective before a thing's noun: "welcomed the Chilean position")
            // (a side welcomed in the passive is its subject: "X was welcomed at the palace by Y")
            // (nor a state whose thing it is: "welcomed X's decision" praises the decision)
            let welcomed_side = target.as_ref().is_some_and(|t| (t.tok_start >= end && t.tok_start <= end + 1 && !an.adjective_use(t) && !(t.etype == Some(EntityType::Country) && an.class(t.tok_end) == Some("poss"))) || (frame == "passive" && t.tok_end <= i && !t.place && t.entity.is_some()));
            let code = if code.starts_with("043") && !welcomed_side && an.lang.has_class(&doc.tokens[i].lower, "welcome") && !an.lang.petrarch_codes { "051".to_string() } else { code };
            let info = table.get(&code).or_else(|| table.get(&code[..code.len().min(3)]));
            let trig_span = Span::new(doc.tokens[i].span.start, doc.tokens[end - 1].span.end);
            let quote = doc.quotes.iter().position(|q| q.start <= trig_span.start && trig_span.end <= q.end);
            let ev = Event {
                code: code.clone(),
                name: info.map(|x| x.name.clone()).unwrap_or_default(),
                plover: info.and_then(|x| x.plover.clone()),
                plover_mode: info.and_then(|x| x.plover_mode.clone()),
                goldstein: info.and_then(|x| x.goldstein),
                quad_class: info.and_then(|x| x.quad_class),
                actor: actor.as_ref().map(|a| a.participant(doc)),
                target: target.as_ref().map(|a| a.participant(doc)),
                symmetric,
                date,
                date_source: date_source.map(str::to_string),
                planned,
                location: venue_told.or_else(|| loc_ref.as_ref().or(dateline_place).map(|l| Location { name: doc.body[l.span.start..l.span.end].to_string(), entity: l.entity.clone(), country: l.country.clone() })),
                modality,
                background,
                implied: false,
                fatalities: if rt >= 18 { fatalities_of(&an, s, Some(i)) } else { None },
                quote,
                trigger: doc.body[trig_span.start..trig_span.end].to_string(),
                sentence: doc.body[sspan.start..sspan.end].to_string(),
                start: sspan.start,
                end: sspan.end,
                confidence,
            };
            // an agreement signed, told again with its signatories ("X and Y signed a treaty on <day> …
            // their envoys A and B signed the treaty in Z"): a definite object after the trigger, a date only
            // from the page, and a signing between the same two states told before — that signing, now with its place
            let definite_object = doc.tokens.get(end).is_some_and(|_| an.class(end) == Some("det")) || an.class(end + 1) == Some("det_post");
            if code.starts_with("057") && definite_object && date_source == Some("document") {
                let c = |p: &Option<ActorRef>| p.as_ref().and_then(|x| x.country.clone());
                let (ac, tc) = (c(&actor), c(&target));
                let pair = |e: &Event| ac.is_some() && tc.is_some() && between_states(e, &ac, &tc);
                if let Some((e, _, _)) = events.iter_mut().rev().find(|(e, es, _)| *es < s && e.code.starts_with("057") && e.date_source.as_deref() != Some("document") && pair(e)) {
                    if e.location.is_none() {
                        e.location = ev.location.clone();
                    }
                    // (signatories named in person where the first telling named the states bare: the signing is theirs, a
                    // contact of its signatories, "Prime Ministers A and B put their names to a pact")
                    let bare = |p: &Option<warta_core::Participant>| p.as_ref().is_some_and(|p| p.country.is_some() && p.entity == p.country);
                    let person = |p: &Option<ActorRef>| p.as_ref().is_some_and(|x| x.etype == Some(EntityType::Person));
                    if bare(&e.actor) && bare(&e.target) && person(&actor) && person(&target) {
                        let same_order = e.actor.as_ref().and_then(|p| p.country.clone()) == ac;
                        (e.actor, e.target) = if same_order { (ev.actor.clone(), ev.target.clone()) } else { (ev.target.clone(), ev.actor.clone()) };
                    }
                    continue;
                }
            }
            // one event per participants and clause: the first trigger names it ("pembicaraan telepon … untuk memperingatkan")
            // (generic sides are told apart by sector and words: "lawmakers" are not "the president")
            let who = |p: &Option<warta_core::Participant>| p.as_ref().map(|p| (p.entity.clone(), p.sector.clone(), if p.entity.is_none() { p.text.to_lowercase() } else { String::new() }));
            // (also force told as a threat: "mereka ingin 'membunuh' lawan")
            // (and any other act there only between sides of a state's or a body's kind, a sector named: clubs that
            // "host", "visit" or "meet" each other do no politics — "Liverpool akan menjamu X", "melawat ke markas Y")
            let sectored = |p: &Option<warta_core::Participant>| p.as_ref().is_some_and(|p| p.sector.is_some());
            if sport_paragraphs.contains(&doc.sentences[s].paragraph) && (((rt >= 18 || root(&pat.code) >= 18) && ev.fatalities.is_none()) || (rt < 18 && !sectored(&ev.actor) && !sectored(&ev.target))) {
                continue;
            }
            let first_index = events.len();
            if pat.frame == "noun" && rt >= 18 {
                last_force_noun = Some((s, ci, end, first_index));
            } else if rt >= 18 {
                last_force_verb = Some((s, ci, end));
            }
            // "condemned the strike", "mengecam serangan itu": criticism or rejection whose object is a definite
            // mention of force told before is aimed at that force's doer (the last one of another side)
            // (or coercion of that force: "mengecam pencegatan tersebut" after a navy intercepted a boat)
            // (and a threat to avenge it: "bersumpah akan membalas penembakan tersebut")
            let criticised_doer = (matches!(rt, 11..=13) && sides.len() == 1)
                .then(|| {
                    let k = if an.class(end) == Some("det") { end + 1 } else { end };
                    let &(_, _, q) = an.triggers_of(s).iter().find(|&&(n, e2, q)| q.frame == "noun" && root(&q.code) >= 17 && (n == k || (n == k + 1 && an.content_word(k))) && (k > end || an.class(e2) == Some("det_post")))?;
                    let kind = root(&q.code);
                    let ac = actor.as_ref().and_then(|a| a.country.clone());
                    let asec = actor.as_ref().and_then(|a| a.sector.clone());
                    // (of the latest sentence with one, the first: the main clause's, not one told after "setelah")
                    // (another side: another state, or at home another sector, the army for the rebels' spokesman)
                    let of_other = |e: &Event| (if kind >= 18 { root(&e.code) >= 18 } else { root(&e.code) == kind }) && !e.implied && e.actor.as_ref().is_some_and(|p| other_side(&p.country, &p.sector, &ac, &asec));
                    // (coercion of the noun's own kind first: the interception, not the detention after it)
                    let same_kind = |e: &Event| kind < 18 && e.code.starts_with(&q.code[..q.code.len().min(3)]);
                    if let Some((e, _, _)) = events.iter().rev().find(|(e, _, _)| of_other(e) && same_kind(e)) {
                        return e.actor.clone();
                    }
                    let last_s = events.iter().rev().find(|(e, _, _)| of_other(e))?.1;
                    events.iter().find(|(e, es, _)| *es == last_s && of_other(e)).and_then(|(e, _, _)| e.actor.clone())
                })
                .flatten();
            // (or an act noun of a verb told before, made definite: "mengecam aksi pembakaran itu" after "Massa membakar
            // kantor …" — the noun and the verb share their root, `Lang::stem`; the last such act of another side)
            let criticised_doer = criticised_doer.or_else(|| {
                (matches!(rt, 11..=12) && sides.len() == 1).then_some(())?;
                let d = (end..(end + 3).min(srange.end)).find(|&k| an.class(k) == Some("det_post"))?;
                (d > end && (end..d).all(|k| an.content_word(k))).then_some(())?;
                let root_of = |w: &str| lang.stem(w).to_string();
                let noun = root_of(&doc.tokens[d - 1].lower);
                let ac = actor.as_ref().and_then(|a| a.country.clone());
                let asec = actor.as_ref().and_then(|a| a.sector.clone());
                events.iter().rev().find(|(e, _, _)| root(&e.code) >= 14 && !e.implied && e.actor.as_ref().is_some_and(|p| other_side(&p.country, &p.sector, &ac, &asec)) && e.trigger.split(' ').next().is_some_and(|w| noun.chars().count() >= 4 && root_of(&w.to_lowercase()) == noun)).and_then(|(e, _, _)| e.actor.clone())
            });
            // "membantah klaim tersebut", "rejected the accusations": a denial or a rebuttal of what was said
            // (a definite claim noun right after the trigger) is aimed at the side that said it, the subject of
            // one of the three sentences before, of another side
            let claimant = (matches!(rt, 1 | 11 | 12) && sides.len() == 1 && sides[0].1.is_none())
                .then(|| {
                    let k = if an.class(end) == Some("det") { end + 1 } else { end };
                    // (or a claim noun inside the act's own words: "called the charges baseless")
                    let inside = pat.tokens.iter().any(|t| lang.function_words.get(t).is_some_and(|c| c == "claim_noun"));
                    (inside || (an.class(k) == Some("claim_noun") && (k > end || an.class(k + 1) == Some("det_post")))).then_some(())?;
                    let (ac, asec) = (actor.as_ref()?.country.clone(), actor.as_ref()?.sector.clone());
                    // (an accusation told before against the rejecter's country first, its accuser: "The State Department
                    // said X told Y that China's presence may violate a treaty. … China rejected the accusations")
                    let accuser = events.iter().rev().take_while(|(_, es, _)| es + 4 >= s).find(|(e, _, _)| e.code.starts_with("11") && ac.is_some() && e.target.as_ref().and_then(|t| t.country.clone()) == ac && e.actor.as_ref().is_some_and(|a| a.country.is_some() && a.country != ac)).and_then(|(e, _, _)| e.actor.clone());
                    accuser.or_else(|| (s.saturating_sub(3)..s).rev().find_map(|p| an.subjects[p].as_ref().filter(|x| other_side(&x.country, &x.sector, &ac, &asec))).map(|x| x.participant(doc)))
                })
                .flatten();
            for (a, t) in sides {
                let mut ev = ev.clone();
                ev.actor = a.as_ref().map(|a| a.participant(doc));
                ev.target = criticised_doer.clone().or_else(|| claimant.clone()).or_else(|| t.as_ref().map(|t| t.participant(doc)));
                // a refusal to act with no one named ("Petro had refused earlier on Sunday to let the two flights land",
                // "menolak membayar"; not of a thing, "defied international pressure", "menolak PHK") refuses the other
                // side of the last act between the refuser's state and another, told in the two sentences before
                let to_act = (end..(end + 7).min(srange.end)).take_while(|&k| doc.tokens[k].lower != ",").any(|k| matches!(an.class(k), Some("to" | "purpose"))) || (end < srange.end && lang.verb_form(&doc.tokens[end].lower));
                // a rejection or criticism of what a state's bodies decided ("rejected the results", "menolak hasil
                // pemilu": function-word class `state_outcome` right after the trigger, perhaps after an article), by
                // a side of that state outside its government, with no one named, is aimed at its government
                let outcome_after = (end..(end + 2).min(srange.end)).find(|&k| an.class(k) != Some("det")).is_some_and(|k| lang.has_class(&doc.tokens[k].lower, "state_outcome"));
                if matches!(rt, 11 | 12) && ev.target.is_none() && outcome_after {
                    if let Some(a) = ev.actor.as_ref().filter(|a| a.country.is_some() && a.sector.as_deref() != Some("GOV")) {
                        ev.target = Some(warta_core::Participant { text: String::new(), entity: a.country.clone(), country: a.country.clone(), sector: Some("GOV".into()), code: a.country.as_ref().map(|c| format!("{c}GOV")), role: None });
                    }
                }
                if rt == 12 && ev.target.is_none() && !ev.background && to_act {
                    if let Some(ac) = ev.actor.as_ref().and_then(|a| a.country.clone()) {
                        let country = |p: &Option<warta_core::Participant>| p.as_ref().and_then(|x| x.country.clone());
                        ev.target = events.iter().rev().filter(|(_, ps, _)| *ps < s).take_while(|(_, ps, _)| ps + 2 >= s).find_map(|(p, _, _)| {
                            let (x, y) = (country(&p.actor), country(&p.target));
                            match (x.as_deref() == Some(ac.as_str()), y.as_deref() == Some(ac.as_str())) {
                                (true, false) if y.is_some() => p.target.clone(),
                                (false, true) if x.is_some() => p.actor.clone(),
                                _ => None,
                            }
                        });
                    }
                }
                // … unless a coordinator joins it to the act before: "welcomed the sanctions and urged the EU …"
                // (perhaps with a word of intent between: "mengecam langkah itu dan berjanji akan membalas")
                // (or a cue of intent: "held talks and agreed to exchange prisoners")
                let cue_between = |k: usize| lang.modality.iter().any(|(p, _)| cue_len(&an, k + 1, p) == Some(i - k - 1));
                let coordinated = (i.saturating_sub(4).max(clause.start)..i).any(|k| an.class(k) == Some("conj") && ((i - k <= 3 && (k + 1..i).all(|x| doc.tokens[x].kind == warta_core::TokenKind::Word && !doc.tokens[x].cap && an.class(x).is_none())) || cue_between(k)));
                // (… or a participle after a comma tells a second act of the subject: "recalled its envoy from X,
                // urging it to …"; what a side did not do is no mention of what it does: "had not meant to hit X and
                // would hold talks with X")
                let participle = i > clause.start && doc.tokens[i - 1].lower == "," && lang.progressive_form(&doc.tokens[i].lower);
                if !coordinated && !participle && events.iter().any(|(e, es, ec)| *es == s && *ec == ci && who(&e.actor) == who(&ev.actor) && (who(&e.target) == who(&ev.target) || ev.target.is_none()) && (e.modality == "negated") == (ev.modality == "negated")) {
                    continue;
                }
                // (a talk with the press, "told the French magazine X by phone", is an interview, no consultation)
                if rt == 4 && ev.target.as_ref().is_some_and(|t| t.sector.as_deref() == Some("MED")) {
                    continue;
                }
                // (a participle of the same kind of act between the same sides elaborates the act before it:
                // "condemned X, calling it …", one criticism)
                if participle && events.iter().any(|(e, es, _)| *es == s && root(&e.code) == root(&ev.code) && who(&e.actor) == who(&ev.actor) && who(&e.target) == who(&ev.target) && e.modality == ev.modality) {
                    continue;
                }
                // (… and names whom the act before was aimed at when that one named no one: "protesters marched through
                // the capital, chanting against the visit")
                if participle && ev.target.is_some() {
                    if let Some((e, _, _)) = events.iter_mut().rev().find(|(e, es, _)| *es == s && root(&e.code) == root(&ev.code) && who(&e.actor) == who(&ev.actor) && e.target.is_none() && e.modality == ev.modality) {
                        e.target = ev.target.clone();
                        continue;
                    }
                }
                // (a background encounter told in passing, "a follow-up to what X and Y agreed during X's visit
                // last November", does not replace the story's own pair: "kedua pihak" after it are today's)
                // (one side's step toward another only weighed, "was considering an exemption for X", makes no pair)
                // (the last act with two sides sets it, or clears it when one of them is of no state: "the EU … China")
                if let (Some(a), Some(t), true) = (&a, &t, matches!(rt, 15 | 19)) {
                    if a.country.is_some() && t.country.is_some() && a.country != t.country {
                        last_fight = Some((a.as_state(), t.as_state(), s));
                    }
                }
                if let (Some(a), Some(t), false) = (&a, &t, ev.background) {
                    last_dyad = (a.country.is_some() && t.country.is_some() && a.country != t.country).then(|| (a.as_state(), t.as_state(), s));
                }
                // (nor does one whose two sides are one: "whose government hosted the talks", read as its own guest)
                let one_side = matches!((&a, &t), (Some(a), Some(t)) if a.country.is_some() && a.country == t.country && (a.sector == t.sector || a.sector.is_none() || t.sector.is_none()));
                if (ev.symmetric || (mutual_code(&ev.code) && !(ev.code.starts_with("03") && ev.modality != "asserted"))) && !(ev.background && last_pair.is_some()) && !one_side {
                    if let (Some(a), Some(t)) = (&a, &t) {
                        // (an encounter of the same pair told as a flashback, "X tiba di Y pada Rabu malam" after their
                        // meeting on Thursday, does not move the pair's day back: what they do next is the later day's)
                        let day = |d: &Option<String>| d.as_deref().filter(|x| x.len() >= 10).map(|x| x[..10].to_string());
                        let same = last_pair.as_ref().is_some_and(|(pa, pb, _, _)| (pa.country == a.country && pb.country == t.country) || (pa.country == t.country && pb.country == a.country));
                        let kept = last_pair.as_ref().filter(|_| same).and_then(|(_, _, _, pd)| day(pd).filter(|p| day(&ev.date).is_some_and(|d| d < *p)).map(|_| pd.clone()));
                        last_pair = Some((a.clone(), t.clone(), s, kept.unwrap_or_else(|| ev.date.clone())));
                    }
                }
                // (the recipient the event kept, not one a criticised doer replaced: "condemned the attack")
                let kept = ev.target.as_ref().and_then(|p| p.country.clone()) == t.as_ref().and_then(|t| t.country.clone());
                if let (Some(a), Some(t), 2..=13, true) = (&a, &t, rt, t.as_ref().is_some_and(|t| t.country.is_some()) && kept) {
                    last_addressee = Some((s, a.country.clone(), t.clone()));
                }
                // an agreement or a pledge of two states told "at" or "during" a summit or talks ("agreed … to resume visits, at
                // the first summit in X between the neighbours", "dalam pertemuan"): that meeting is theirs too, a consultation
                // of the same day (marker class `meeting_noun` within three words after the preposition, lower-case words
                // between; none told in the sentence already)
                let two_states = ev.actor.as_ref().zip(ev.target.as_ref()).is_some_and(|(x, y)| x.country.is_some() && y.country.is_some() && x.country != y.country);
                // (two sides that act together, coordinated subjects: not one state's act at a summit of many, "recognised X at
                // a gathering of many states at the UN", nor an offer to mediate "in talks between the two")
                // (or an encounter they agreed to hold, told as intended: "agreed on Thursday to restart visits, during their summit"
                // — the verb of agreeing opened its cue and is no act of its own)
                let agreed_encounter = rt == 4 && ev.modality == "intended" && an.triggers_of(s).iter().any(|&(t, _, p)| t >= clause.start && t < i && matches!(root(&p.code), 3 | 5));
                if (matches!(rt, 3 | 5 | 6) && ev.symmetric || agreed_encounter) && two_states && !ev.background && !events.iter().any(|(e, es, _)| *es == s && e.code.starts_with("04")) {
                    let prep = |k: usize| an.class(k) == Some("at") || lang.has_class(&doc.tokens[k].lower, "medium_prep");
                    let noun = (end..limit.min(srange.end)).filter(|&k| prep(k)).find_map(|k| (k + 1..(k + 4).min(srange.end)).find(|&m| lang.has_class(&doc.tokens[m].lower, "meeting_noun")).filter(|&m| (k + 1..m).all(|x| !doc.tokens[x].cap && doc.tokens[x].kind == warta_core::TokenKind::Word)));
                    if let Some(m) = noun {
                        let mut meet = ev.clone();
                        recode(&mut meet, "040");
                        meet.symmetric = true;
                        meet.modality = "asserted".into();
                        meet.trigger = doc.tokens[m].lower.clone();
                        events.push((meet, s, ci));
                    }
                }
                events.push((ev, s, ci));
            }
        }
    }
    // "X claimed that Y had shelled the town", "X mengklaim bahwa Y menembaki …": a hostile act (force, coercion, violence)
    // of another side that the sentence's subject claims or alleges (a `reported` cue closing right where the act's clause
    // opens) is that subject's accusation of the doer (CAMEO 112), as analysts count it: the claim is known, the act only
    // claimed; an accusation the sentence codes at the claim already names the doer when it named no one
    let mut accusations: Vec<(usize, Event, usize, usize)> = vec![];
    let mut named: Vec<(usize, warta_core::Participant)> = vec![];
    for (k, (e, s, c)) in events.iter().enumerate() {
        let Some(doer) = e.actor.as_ref().filter(|a| (a.country.is_some() || a.sector.is_some()) && e.modality == "reported" && matches!(root(&e.code), 15 | 17..=20)) else { continue };
        let srange = doc.sentence_tokens(*s);
        // (the trigger's first token: the trigger is the text from it)
        let Some(i) = (srange.start..srange.end).find(|&t| doc.body[doc.tokens[t].span.start..].starts_with(e.trigger.as_str())) else { continue };
        let clause = &an.clauses[*s][an.clause_of(*s, i)];
        let Some(cue) = (clause.start.saturating_sub(5).max(srange.start)..clause.start).find(|&q| lang.has_class(&doc.tokens[q].lower, "claim_verb") && lang.modality.iter().any(|(p, m)| m == "reported" && cue_len(&an, q, p).is_some_and(|n| q + n == clause.start))) else { continue };
        // (the claimant is the sentence's subject, right before the cue: not a report's or a rumour's content, "asked about reports that …")
        let subject = an.subjects[*s].as_ref().filter(|x| x.tok_end <= cue && cue - x.tok_end <= 4 && !x.place && x.country.is_some());
        // (a side that claims its own act, "X claimed that they had attacked Y" — a verb of class `own_claim` and the doer of
        // the claimant's state and sector —, claims responsibility for it: CAMEO 015, addressed to the act's target)
        let own = subject.filter(|x| lang.has_class(&doc.tokens[cue].lower, "own_claim") && x.country == doer.country && (x.sector.is_none() || doer.sector.is_none() || x.sector == doer.sector));
        if let Some(x) = own {
            let mut claim = e.clone();
            recode(&mut claim, "015");
            claim.actor = Some(x.participant(doc));
            claim.modality = "asserted".into();
            claim.symmetric = false;
            claim.fatalities = None;
            claim.location = None;
            claim.implied = false;
            claim.trigger = doc.body[doc.tokens[cue].span.start..doc.tokens[clause.start - 1].span.end].to_string();
            accusations.push((k, claim, *s, *c));
            continue;
        }
        let Some(claimant) = subject.filter(|x| x.country != doer.country || (x.sector.is_some() && doer.sector.is_some() && x.sector != doer.sector)) else { continue };
        let (from, to) = (doc.tokens[claimant.tok_end.min(srange.end - 1)].span.start, doc.tokens[clause.start - 1].span.end);
        let claimant = claimant.participant(doc);
        let told = events.iter().position(|(a, as_, _)| as_ == s && root(&a.code) == 11 && a.start >= from && a.end <= to && side_key(&a.actor) == side_key(&Some(claimant.clone())));
        if let Some(j) = told {
            if events[j].0.target.is_none() {
                named.push((j, doer.clone()));
            }
            continue;
        }
        let mut acc = e.clone();
        recode(&mut acc, "112");
        acc.actor = Some(claimant);
        acc.target = Some(doer.clone());
        acc.modality = "asserted".into();
        acc.symmetric = false;
        acc.fatalities = None;
        acc.location = None;
        acc.implied = false;
        acc.trigger = doc.body[doc.tokens[cue].span.start..to].to_string();
        accusations.push((k, acc, *s, *c));
    }
    for (j, doer) in named {
        events[j].0.target = Some(doer);
    }
    for (n, (k, acc, s, c)) in accusations.into_iter().enumerate() {
        events.insert(k + n, (acc, s, c));
    }
    // "al-Shabab claimed responsibility for an attack at a mall in Nairobi", "serangan itu diklaim oleh
    // ISIS": the claimant did the act it claims (the first violent act after the claim in its sentence,
    // else the last one told before it, within two sentences), and the claim is addressed to that act's target
    // (a claim whose own words name the act, "rebels claimed a raid on a depot": that act, the
    // claimant's, not another told near it)
    let idx = pattern_index(lang);
    let mut claimed_acts: Vec<(usize, Event, usize, usize)> = vec![];
    for (k, (e, s, c)) in events.iter().enumerate() {
        if !e.code.starts_with("015") || e.actor.is_none() {
            continue;
        }
        let mut words = e.trigger.rsplit(' ');
        let last = words.next().unwrap_or_default().to_lowercase();
        // (not a definite one, "claimed the raid": that is the act told before)
        if words.next().is_some_and(|w| lang.function_words.get(&w.to_lowercase()).is_some_and(|c| c == "det")) {
            continue;
        }
        if let Some(p) = idx.get(&last).and_then(|ps| ps.iter().find(|p| p.frame == "noun" && p.code != "-" && root(&p.code) >= 18 && p.tokens.len() == 1)) {
            let mut act = e.clone();
            recode(&mut act, &p.code);
            // (aimed at the state where it happened, when that is another: "claimed an attack in <town>")
            let ac = e.actor.as_ref().and_then(|a| a.country.clone());
            act.target = e.location.as_ref().filter(|l| l.country.is_some() && l.country != ac).map(|l| warta_core::Participant { text: l.name.clone(), entity: l.country.clone(), country: l.country.clone(), sector: None, code: l.country.clone(), role: None });
            act.symmetric = false;
            claimed_acts.push((k, act, *s, *c));
        }
    }
    for (n, (k, act, s, c)) in claimed_acts.into_iter().enumerate() {
        events.insert(k + 1 + n, (act, s, c));
    }
    let mut dropped_claims: Vec<usize> = vec![];
    for k in 0..events.len() {
        let (e, s, _) = &events[k];
        if !e.code.starts_with("015") || e.actor.is_none() {
            continue;
        }
        let s = *s;
        if events.get(k + 1).is_some_and(|(x, xs, _)| *xs == s && x.start == e.start && x.trigger == e.trigger && root(&x.code) >= 18) {
            continue;
        }
        let after = (k + 1..events.len()).find(|&j| events[j].1 == s && root(&events[j].0.code) >= 18);
        let before = (0..k).rev().take_while(|&j| events[j].1 + 2 >= s).find(|&j| root(&events[j].0.code) >= 18 && !events[j].0.implied);
        // (the claimant's words of what it did, after the claim, with no toll, are the act told before with no doer:
        // "A bomb … killed 9. The X claimed the blast, saying it had struck a police convoy")
        let retold = after.zip(before).filter(|&(a, b)| events[a].0.fatalities.is_none() && events[a].0.actor.as_ref().is_none_or(|x| side_key(&Some(x.clone())) == side_key(&events[k].0.actor)) && events[b].0.actor.as_ref().is_none_or(|x| x.country.is_none() && x.entity.is_none()) && events[a].0.date == events[b].0.date && !events[b].0.background);
        if let Some((a, b)) = retold {
            events[b].0.actor = events[k].0.actor.clone();
            if events[k].0.target.as_ref().is_none_or(|t| t.country.is_none()) && events[b].0.target.as_ref().is_some_and(|t| t.country.is_some()) {
                events[k].0.target = events[b].0.target.clone();
            }
            dropped_claims.push(a);
            continue;
        }
        let claimed = after.or(before);
        if let Some(j) = claimed {
            // (a doer of no known side, "gunmen", is the claimant)
            if events[j].0.actor.as_ref().is_none_or(|a| a.country.is_none() && a.entity.is_none()) {
                events[j].0.actor = events[k].0.actor.clone();
            }
            if events[k].0.target.as_ref().is_none_or(|t| t.country.is_none()) && events[j].0.target.as_ref().is_some_and(|t| t.country.is_some()) {
                events[k].0.target = events[j].0.target.clone();
            }
        }
    }
    let mut k = 0;
    events.retain(|_| {
        k += 1;
        !dropped_claims.contains(&(k - 1))
    });
    // "X … demanded that its national be freed, calling for his release": a demand or an appeal for the release (class `release_noun` within
    // the four words after its trigger: "pressing hard for her release") of the asker's own people, or of no one named, is addressed to the state of
    // another side that detained people of the asker's state, told before (the last such act of coercion)
    for k in 0..events.len() {
        let (e, _, _) = &events[k];
        if !(e.code.starts_with("02") || e.code.starts_with("10")) || e.actor.as_ref().and_then(|a| a.country.clone()).is_none() {
            continue;
        }
        let ac = e.actor.as_ref().and_then(|a| a.country.clone());
        let after = e.sentence.find(e.trigger.as_str()).map(|p| &e.sentence[p + e.trigger.len()..]).unwrap_or("");
        if !after.split_whitespace().take(4).any(|w| lang.has_class(&w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase(), "release_noun")) {
            continue;
        }
        if e.target.as_ref().is_none_or(|t| t.country == ac) {
            let detainer = events[..k].iter().rev().find(|(x, _, _)| x.code.starts_with("17") && x.target.as_ref().is_some_and(|t| t.country == ac) && x.actor.as_ref().is_some_and(|a| a.country.is_some() && a.country != ac)).and_then(|(x, _, _)| x.actor.clone());
            match detainer {
                Some(d) => events[k].0.target = Some(d),
                None => continue,
            }
        }
        // (and it is the demand or the appeal for a release, CAMEO 1053 / 0253)
        let code = match events[k].0.code.as_str() {
            "100" => Some("1053"),
            "020" => Some("0253"),
            _ => None,
        };
        if let Some(c) = code.filter(|_| !lang.petrarch_codes) {
            recode(&mut events[k].0, c);
        }
    }
    // "A bomb went off at a market in eastern X … . The blast happened outside the town hall of
    // Y": a sentence of no act of force whose noun of force, right before a verb of occurring (class `occur`),
    // says where it happened names the town of the force told in the two sentences before, when that one names no
    // place or only the town's country or region
    // (only the two sentences after one with force are read: the words of every sentence are not looked up)
    let mut after_force: Vec<usize> = events.iter().filter(|(e, _, _)| root(&e.code) >= 18 && !e.background).flat_map(|(_, es, _)| [es + 1, es + 2]).filter(|&x| x < doc.sentences.len()).collect();
    after_force.sort_unstable();
    after_force.dedup();
    for s2 in after_force {
        if events.iter().any(|(e, es, _)| *es == s2 && root(&e.code) >= 18) {
            continue;
        }
        let r = doc.sentence_tokens(s2);
        let Some(occur) = r.clone().find(|&k| lang.has_class(&doc.tokens[k].lower, "occur")) else { continue };
        if !an.triggers_of(s2).iter().any(|&(t, e, q)| q.frame == "noun" && root(&q.code) >= 18 && e <= occur && occur - e <= 2 && t < occur) {
            continue;
        }
        let Some(town) = an.actors.iter().find(|a| a.tok_start > occur && a.tok_end <= r.end && a.etype == Some(EntityType::City) && a.country.is_some()) else { continue };
        let Some((e, _, _)) = events.iter_mut().rev().find(|(e, es, _)| *es < s2 && s2 - *es <= 2 && root(&e.code) >= 18 && !e.background) else { continue };
        let wider = e.location.as_ref().is_none_or(|l| l.country == town.country && l.entity.as_ref().is_some_and(|id| doc.entities.iter().any(|x| &x.id == id && matches!(x.etype, EntityType::Country | EntityType::Region))));
        if wider {
            e.location = Some(Location { name: doc.body[town.span.start..town.span.end].to_string(), entity: town.entity.clone(), country: town.country.clone() });
        }
    }
    // "A Chilean court on Friday sentenced X … . The regional court in Valparaíso handed down the verdict …": an act
    // with no place whose doer is a generic agent ("court") takes the town that the next sentence names right after the
    // same noun among its first six words ("<noun> in|di <town>", a town of the doer's country)
    for (e, es, _) in events.iter_mut() {
        let Some(a) = e.actor.as_ref().filter(|a| a.entity.is_none() && a.country.is_some()) else { continue };
        if e.location.is_some() || *es + 1 >= doc.sentences.len() {
            continue;
        }
        let nouns: Vec<String> = a.text.split(' ').filter(|w| w.chars().next().is_some_and(|c| c.is_lowercase())).map(|w| w.to_string()).collect();
        let r = doc.sentence_tokens(*es + 1);
        let Some(k) = r.clone().take(6).find(|&k| nouns.contains(&doc.tokens[k].lower)) else { continue };
        if an.class(k + 1) != Some("at") {
            continue;
        }
        let Some(town) = an.actors.iter().find(|x| x.tok_start == k + 2 && x.tok_end <= r.end && x.etype == Some(EntityType::City) && x.country == a.country) else { continue };
        e.location = Some(Location { name: doc.body[town.span.start..town.span.end].to_string(), entity: town.entity.clone(), country: town.country.clone() });
    }
    // a casualty report with neither side named is kept only where it is not another act of force
    // told again: none of the same sentence names a side ("troops killed two militants during a
    // raid"), none comes before it in the sentence or in the sentence before, in the same paragraph
    // ("Militants attacked a police station. The attack killed five people": the count goes to it below)
    let force: Vec<(usize, usize, bool)> = events.iter().enumerate().filter(|(_, (e, _, _))| root(&e.code) >= 18).map(|(k, (e, s, _))| (k, *s, e.actor.is_some() || e.target.is_some())).collect();
    let told_again = |k: usize, s: usize| {
        force.iter().any(|&(k2, s2, sided)| k2 != k && ((s2 == s && (sided || k2 < k)) || (s2 + 1 == s && doc.sentences[s2].paragraph == doc.sentences[s].paragraph)))
    };
    let mut k = 0;
    events.retain(|(e, s, _)| {
        k += 1;
        root(&e.code) < 18 || e.actor.is_some() || e.target.is_some() || !told_again(k - 1, *s)
    });
    // "Pagers … exploded across Lebanon, killing nine. The blasts hit … . Iran's ambassador was lightly
    // wounded": a side wounded or killed with no doer and no count, told by a casualty word alone one or two
    // sentences after force told with its sides, on its day, is a victim of that force, not another act
    let day = |d: &Option<String>| d.as_deref().map(|d| d.get(..10).unwrap_or(d).to_string());
    let sided_force: Vec<(usize, Option<String>)> = events.iter().filter(|(e, _, _)| root(&e.code) >= 18 && (e.actor.is_some() || e.target.is_some()) && !e.background && !e.implied).map(|(e, s, _)| (*s, day(&e.date))).collect();
    let casualty_alone = |t: &str| !t.contains(' ') && lang.casualties.iter().any(|(p, kind)| matches!(kind.as_str(), "killed" | "injured") && p.len() == 1 && p[0] == t.to_lowercase());
    events.retain(|(e, s, _)| !(root(&e.code) >= 18 && e.actor.is_none() && e.fatalities.is_none() && !e.background && casualty_alone(&e.trigger) && sided_force.iter().any(|(fs, fd)| *fs < *s && s - fs <= 2 && *fd == day(&e.date))));
    // "Rusia meluncurkan serangan … . Sedikitnya lima warga sipil tewas …": a count of dead in a
    // sentence with no violent act of its own goes to the violent act of the sentence before it, in
    // the same paragraph
    // (a riot's toll too, CAMEO 145: "Massa membakar gedung … . Tiga orang tewas terjebak")
    let deadly = |c: &str| root(c) >= 18 || c.starts_with("145");
    let mut violent_in = vec![false; doc.sentences.len()];
    for (e, es, _) in &events {
        if deadly(&e.code) {
            violent_in[*es] = true;
        }
    }
    // (or in the paragraph after, when the count opens it and points back: "Dua nelayan tewas akibat kejadian
    // itu", "… died in the raid")
    let points_back = |s: usize| {
        let r = doc.sentence_tokens(s);
        r.clone().any(|k| an.class(k) == Some("det_post") || (an.class(k) == Some("det") && an.triggers_of(s).iter().any(|(t, _, p)| *t == k + 1 && p.frame == "noun")))
    };
    for s in 1..doc.sentences.len() {
        let (p, q) = (doc.sentences[s - 1].paragraph, doc.sentences[s].paragraph);
        let opens_next = q == p + 1 && (s < 2 || doc.sentences[s - 2].paragraph != q) && points_back(s);
        if (p != q && !opens_next) || violent_in[s] || !violent_in[s - 1] {
            continue;
        }
        let Some(f) = fatalities(&an, s) else { continue };
        if let Some((e, _, _)) = events.iter_mut().rev().find(|(e, es, _)| *es == s - 1 && deadly(&e.code) && !e.implied) {
            if e.fatalities.as_ref().is_none_or(|g| g.min < f.min) {
                e.fatalities = Some(f);
            }
        }
    }
    // an act with no time of its own that answers, in the next sentence of the same paragraph, an act of the background
    // dated only to a month or a year, naming it again made definite ("In May, X's patrol boats rammed a trawler of Y. Y
    // summoned X's envoy over the incident": class `act_ref`), belongs to that background and its period
    for k in 1..events.len() {
        let (e, s, _) = &events[k];
        if e.date_source.as_deref() != Some("document") || e.background || *s == 0 {
            continue;
        }
        let s = *s;
        let r = doc.sentence_tokens(s);
        let refers = (r.start + 1..r.end).any(|x| an.class(x) == Some("act_ref") && (an.class(x - 1) == Some("det") || an.class(x + 1) == Some("det_post")));
        // (… or, with no such word, a protest, a sanction or coercion by the side that force struck, aimed at the side that
        // struck: "In January, X's guards fired missiles at Y's city. Y recalled its ambassador from X's capital")
        let country = |p: &Option<warta_core::Participant>| p.as_ref().and_then(|x| x.country.clone());
        let answers = |p: &Event| (14..=20).contains(&root(&p.code)) && (11..=17).contains(&root(&e.code)) && country(&e.actor).is_some() && country(&e.actor) == country(&p.target) && country(&e.target).is_some() && country(&e.target) == country(&p.actor);
        // (… or an act told as what came next, a word of class `then` in its sentence: "Pada Desember lalu, X mengatakan …. Pejabat
        // Y kemudian memperingatkan X …")
        let next_step = (r.start + 1..r.end).any(|x| an.class(x) == Some("then"));
        let before = events[..k].iter().rev().take_while(|(_, ps, _)| *ps + 1 >= s).find(|(p, ps, _)| *ps + 1 == s && (refers || answers(p) || next_step) && doc.sentences[*ps].paragraph == doc.sentences[s].paragraph && p.background && matches!(p.date_source.as_deref(), Some("clause" | "sentence")) && p.date.as_deref().is_some_and(|d| d.len() <= 7));
        // (… its month the previous sentence's own when no act was coded there: "Pada Desember lalu, X mengatakan bahwa …"; a
        // month only, not a year a headline in passing names)
        let told_month = || {
            let span = doc.sentences[s - 1].span;
            (next_step && doc.sentences[s - 1].paragraph + 1 >= doc.sentences[s].paragraph)
                .then(|| doc.times.iter().find(|t| t.start >= span.start && t.end <= span.end && !t.anchor_only && t.value.len() == 7 && is_date(&t.value)).map(|t| t.value.clone()))
                .flatten()
        };
        if let Some(d) = before.and_then(|(p, _, _)| p.date.clone()).or_else(told_month) {
            events[k].0.date = Some(d);
            events[k].0.date_source = Some("antecedent".into());
            events[k].0.background = true;
        }
    }
    // a reduction of relations naming no side, told in a sentence or the one after another reduction aimed at a side ("Z cut
    // relations with X in October, and Y recalled its ambassador"; "… the second after Z to sever ties with X. Z cut relations in
    // October"), is aimed at that side too
    for k in 1..events.len() {
        let (e, s, _) = &events[k];
        if root(&e.code) != 16 || e.target.is_some() {
            continue;
        }
        let s = *s;
        let ac = e.actor.as_ref().and_then(|a| a.country.clone());
        let same = events[..k].iter().rev().take_while(|(_, ps, _)| *ps + 1 >= s && doc.sentences[*ps].paragraph == doc.sentences[s].paragraph).find(|(p, _, _)| root(&p.code) == 16 && p.actor.is_some() && p.target.as_ref().is_some_and(|t| t.country.is_some() && t.country != ac));
        if let Some(t) = same.and_then(|(p, _, _)| p.target.clone()) {
            events[k].0.target = Some(t);
        }
    }
    // a contentious act with no time of its own (the page's day) told in the sentence right after a
    // contentious act dated by its own words is the same episode, on that day ("Aksi massa … memanas
    // pada Kamis sore. Aparat menyemprotkan meriam air …")
    // (… and so is one by the same country's side left undated as what came before the act of a sentence with no time,
    // in the same paragraph: "Ratusan warga berunjuk rasa … Jumat (10/6). Aksi itu berubah ricuh setelah massa
    // melempari aparat …")
    for k in 1..events.len() {
        let (e, s, _) = &events[k];
        let undated = e.date.is_none() && e.date_source.is_none();
        if !(14..=20).contains(&root(&e.code)) || !(undated || e.date_source.as_deref() == Some("document")) || e.background || *s == 0 {
            continue;
        }
        let s = *s;
        let kin = |p: &Event| !undated || (doc.sentences[s - 1].paragraph == doc.sentences[s].paragraph && p.actor.as_ref().and_then(|a| a.country.as_ref()).is_some_and(|c| e.actor.as_ref().and_then(|a| a.country.as_ref()) == Some(c)));
        let before = events[..k].iter().rev().take_while(|(_, ps, _)| *ps + 1 >= s).find(|(p, ps, _)| *ps + 1 == s && (14..=20).contains(&root(&p.code)) && matches!(p.date_source.as_deref(), Some("clause" | "sentence")) && !p.background && p.date.as_deref().is_some_and(is_day) && kin(p));
        if let Some(d) = before.and_then(|(p, _, _)| p.date.clone()) {
            events[k].0.date = Some(d);
            events[k].0.date_source = Some("antecedent".into());
        }
    }
    // an encounter left undated as what came before the act of a sentence with no time ("The announcement came after talks
    // between X's and Y's delegations") goes on the day of the sentence before, whose act, dated by its own words, had a side
    // of the encounter ("Y announced on Tuesday that it would accept X's proposal …")
    for k in 1..events.len() {
        let (e, s, _) = &events[k];
        if !e.code.starts_with("04") || e.date.is_some() || e.date_source.is_some() || e.background || *s == 0 {
            continue;
        }
        let s = *s;
        // (the sentence opening with that act named again: "The announcement came after …", "The decision followed …")
        let r = doc.sentence_tokens(s);
        if !(r.start + 1 < r.end && an.class(r.start) == Some("det") && an.class(r.start + 1) == Some("act_ref")) {
            continue;
        }
        let sides = |x: &Event| [x.actor.as_ref().and_then(|a| a.country.clone()), x.target.as_ref().and_then(|a| a.country.clone())];
        let own = sides(e);
        let before = events[..k].iter().rev().take_while(|(_, ps, _)| *ps + 1 >= s).find(|(p, ps, _)| *ps + 1 == s && !p.background && matches!(p.date_source.as_deref(), Some("clause" | "sentence")) && p.date.as_deref().is_some_and(is_day) && sides(p).iter().flatten().any(|c| own.iter().flatten().any(|o| o == c)));
        if let Some(d) = before.and_then(|(p, _, _)| p.date.as_deref().map(|d| d[..10].to_string())) {
            events[k].0.date = Some(d);
            events[k].0.date_source = Some("antecedent".into());
        }
    }
    // an act between the two sides of an encounter dated by its own words, with no time of its own and told within
    // four sentences after it ("Lee bertemu Trump … Senin (25/8). … Lee memuji upaya Trump …"), happened at that
    // encounter, not on the page's day
    for k in 1..events.len() {
        let (e, s, _) = &events[k];
        if e.date_source.as_deref() != Some("document") || e.code.starts_with("04") || e.background || e.implied {
            continue;
        }
        let (s, ac, tc) = (*s, e.actor.as_ref().and_then(|a| a.country.clone()), e.target.as_ref().and_then(|t| t.country.clone()));
        if ac.is_none() || tc.is_none() || ac == tc {
            continue;
        }
        let encounter = events[..k].iter().rev().take_while(|(_, ms, _)| *ms + 4 >= s).find(|(m, ms, _)| *ms < s && m.code.starts_with("04") && !m.background && matches!(m.date_source.as_deref(), Some("clause" | "sentence")) && m.date.as_deref().is_some_and(is_day) && between_states(m, &ac, &tc));
        if let Some(d) = encounter.and_then(|(m, _, _)| m.date.clone()) {
            events[k].0.date = Some(d);
            events[k].0.date_source = Some("antecedent".into());
        }
    }
    // an act with no time of its own (the page's day) told within five sentences after an act dated by its own
    // words to an earlier day, between the same two countries, goes on in that day's story ("Rubio told
    // Mulino on Sunday that … . Rubio met Mulino at the presidential palace …" on a page of Monday)
    // (an encounter, a protest or force, told by the writer: not a statement or a reaction, which is the page's day,
    // nor what a report says happened)
    for k in 1..events.len() {
        let (e, s, ci) = &events[k];
        let kind_ok = e.code.starts_with("04") || (14..=20).contains(&root(&e.code));
        let reported = an.clauses[*s].get(*ci).is_some_and(|c| c.kind == ClauseKind::Comp);
        if e.date_source.as_deref() != Some("document") || e.background || e.implied || !kind_ok || reported || e.modality != "asserted" {
            continue;
        }
        let s = *s;
        let countries = |m: &Event| [m.actor.as_ref().and_then(|a| a.country.clone()), m.target.as_ref().and_then(|t| t.country.clone())];
        let own = countries(e);
        if own.iter().any(Option::is_none) {
            continue;
        }
        // (the same two countries, either way round: one country's two acts at home may be days apart)
        let shares = |m: &Event| between_states(m, &own[0], &own[1]);
        // (an encounter goes on in a story of words or encounters, not of force: a call after an apology for a strike
        // is the apology's day, not the strike's)
        let kin = |m: &Event| !e.code.starts_with("04") || root(&m.code) < 14;
        // (an act told with its own day before one dated by its distance from another: "visited X on Thursday, the day after
        // arriving in Y" — "he also attended …" is Thursday's)
        let candidates = || events[..k].iter().rev().take_while(|(_, ms, _)| *ms + 5 >= s).filter(|(m, ms, _)| *ms < s && !m.background && !m.implied && m.date.as_deref().is_some_and(is_day) && shares(m) && kin(m));
        let told = candidates().find(|(m, _, _)| matches!(m.date_source.as_deref(), Some("clause" | "sentence" | "antecedent"))).or_else(|| candidates().find(|(m, _, _)| m.date_source.as_deref() == Some("offset")));
        let earlier = told.and_then(|(m, _, _)| m.date.clone()).filter(|d| e.date.as_deref().is_some_and(|p| d.get(..10) < p.get(..10)));
        if let Some(d) = earlier {
            events[k].0.date = Some(d);
            events[k].0.date_source = Some("antecedent".into());
        }
    }
    // the lead's day is the story's: a page filed the day after the day its first coded sentence tells by its own words
    // ("… announced late Monday after …" on a page of Tuesday morning) tells its undated acts of that day
    // (but words of a third side, a reaction, are of the page's day: "X struck Y's camp on Sunday night" — "Z condemned the
    // strike")
    // (within the story the lead opens: its next ten sentences)
    // (… or, when the first act is one told after "after" with no day of its own, "… on Saturday, after X raised …", the
    // day its sentence tells: the story is of that day)
    let lead = events
        .first()
        .filter(|(e, _, _)| !e.background && matches!(e.date_source.as_deref(), Some("clause" | "sentence")) && e.date.as_deref().is_some_and(is_day))
        .map(|(e, s, _)| (e.clone(), *s))
        .or_else(|| {
            // (or an act of force or coercion dated by the page alone, its sentence's day told in a clause on its object:
            // "mengaku sudah menggagalkan kudeta yang dicoba sejumlah perwira hari Minggu" — words about an act, "condemned
            // the drills that began on Monday", are told later)
            let (e, s, _) = events.first().filter(|(e, _, _)| !e.background && ((e.date.is_none() && e.date_source.is_none()) || (e.date_source.as_deref() == Some("document") && root(&e.code) >= 14)))?;
            let d = day_of_sentence(&an, &time_tok, *s)?;
            let mut l = e.clone();
            l.date = Some(d);
            Some((l, *s))
        });
    if let Some((l, ls)) = lead {
        let d = l.date.clone().unwrap_or_default();
        let country = |p: &Option<warta_core::Participant>| p.as_ref().and_then(|x| x.country.clone());
        let sides = [country(&l.actor), country(&l.target)];
        // (a side of any act of the lead's sentence is no third side: the body that mediated the talks the lead tells)
        let lead_sides: Vec<String> = events.iter().filter(|(_, s, _)| *s == ls).flat_map(|(e, _, _)| [side_key(&e.actor), side_key(&e.target)]).flatten().collect();
        for (e, _, _) in events.iter_mut().take_while(|(_, s, _)| *s <= ls + 10) {
            let third_words = matches!(root(&e.code), 1..=3 | 5 | 10..=13) && !sides.iter().flatten().any(|c| country(&e.actor).as_ref() == Some(c)) && side_key(&e.actor).is_none_or(|k| !lead_sides.contains(&k));
            if e.date_source.as_deref() == Some("document") && !e.background && !third_words && e.date.as_deref().and_then(|p| warta_time::days_between(&d, p)) == Some(1) {
                e.date = Some(d[..10].to_string());
                e.date_source = Some("lead".into());
            }
        }
    }
    // force a report says had been done ("Israel said on Thursday its troops had killed X": class `pluperfect_aux`
    // before the verb of a reported clause), dated by the report's day, and the same force between the same two
    // countries told in one of the next two sentences with an earlier day of its own ("Israeli soldiers killed X on
    // Wednesday"): one act, told the second time with its day; the first telling goes
    let mut told_again = vec![false; events.len()];
    for k in 0..events.len() {
        let (e, s, ci) = &events[k];
        if root(&e.code) < 18 || e.background || !an.clauses[*s].get(*ci).is_some_and(|c| c.kind == ClauseKind::Comp) {
            continue;
        }
        let Some(at) = e.sentence.find(e.trigger.as_str()).map(|x| x + e.start) else { continue };
        let t = doc.tokens.partition_point(|x| x.span.start < at);
        let r = doc.sentence_tokens(*s);
        let mut b = t;
        while b > r.start && an.class(b - 1) == Some("adverb") {
            b -= 1;
        }
        if !(b > r.start && an.lang.has_class(&doc.tokens[b - 1].lower, "pluperfect_aux")) {
            continue;
        }
        let c = |p: &Option<warta_core::Participant>| p.as_ref().and_then(|p| p.country.clone());
        let later = events.iter().skip(k + 1).find(|(m, ms, _)| *ms > *s && *ms <= s + 2 && root(&m.code) == root(&e.code) && c(&m.actor).is_some() && c(&m.actor) == c(&e.actor) && c(&m.target) == c(&e.target) && matches!(m.date_source.as_deref(), Some("clause" | "sentence")) && m.date.as_deref().is_some_and(is_day) && m.date.as_deref().map(|d| &d[..10]) < e.date.as_deref().map(|d| d.get(..10).unwrap_or(d)));
        if later.is_some() {
            told_again[k] = true;
        }
    }
    // force named again as what a reaction in its sentence answers, with no time of its own ("Z mengecam serangan X"), after
    // the same force by the same side (on the same side, or no side named yet) was told with its day: the act told before,
    // not a new one
    for k in 0..events.len() {
        let (e, s, _) = &events[k];
        if root(&e.code) < 18 || e.background || e.modality != "asserted" || !matches!(e.date_source.as_deref(), Some("document" | "lead")) {
            continue;
        }
        let country = |p: &Option<warta_core::Participant>| p.as_ref().and_then(|x| x.country.clone());
        let Some(doer) = country(&e.actor) else { continue };
        let reacted = events[..k].iter().rev().take_while(|(_, ps, _)| ps == s).any(|(p, _, _)| matches!(root(&p.code), 1 | 5 | 10..=13) && country(&p.target).as_deref() == Some(doer.as_str()));
        let told = events.iter().any(|(p, ps, _)| ps < s && root(&p.code) >= 18 && !p.background && country(&p.actor).as_deref() == Some(doer.as_str()) && (e.target.is_none() || country(&p.target) == country(&e.target)) && p.date.as_deref().is_some_and(is_day) && !matches!(p.date_source.as_deref(), Some("document" | "lead")));
        if reacted && told {
            told_again[k] = true;
        }
    }
    if told_again.iter().any(|&x| x) {
        let mut k = 0;
        events.retain(|_| {
            k += 1;
            !told_again[k - 1]
        });
    }
    // a count of dead told first with no side ("Dozens died in unrest across the country …") and force
    // with its doer and no count of its own in the next sentence, the same paragraph or the next ("Troops
    // opened fire on marchers …"): the count is that force's, told once
    let mut merged = vec![false; events.len()];
    for k in 0..events.len() {
        let (e, s, _) = &events[k];
        if root(&e.code) < 18 || e.actor.is_some() || e.target.is_some() || e.fatalities.is_none() || e.implied {
            continue;
        }
        let s = *s;
        // (not force of another time, each told with its own: "In 2008 clashes killed 28. A soldier died in
        // a firefight last May")
        let own_day = |e: &Event| e.date.clone().filter(|_| e.date_source.as_deref() != Some("document"));
        let other_time = |a: &Event, b: &Event| own_day(a).zip(own_day(b)).is_some_and(|(x, y)| !x.starts_with(y.as_str()) && !y.starts_with(x.as_str()));
        let Some(j) = (k + 1..events.len()).find(|&j| events[j].1 == s + 1 && doc.sentences[s + 1].paragraph <= doc.sentences[s].paragraph + 1 && (17..=20).contains(&root(&events[j].0.code)) && events[j].0.actor.is_some() && events[j].0.fatalities.is_none() && events[j].0.modality != "negated" && !other_time(&events[k].0, &events[j].0)) else { continue };
        let f = events[k].0.fatalities.clone();
        let (d, ds) = (events[k].0.date.clone(), events[k].0.date_source.clone());
        let later = &mut events[j].0;
        later.fatalities = f;
        if later.date_source.as_deref() == Some("document") && ds.as_deref() != Some("document") {
            later.date = d;
            later.date_source = Some("antecedent".into());
        }
        merged[k] = true;
    }
    let mut k = 0;
    events.retain(|_| {
        k += 1;
        !merged[k - 1]
    });
    // … and a count told with a definite noun of force and no doer ("… 40 warga tewas akibat serangan balik
    // itu", "were killed in the strikes") right after force with its doer and no count of its own (the sentence before,
    // in its paragraph or the one before): the noun names that force again, its count is that force's, told once
    let mut merged = vec![false; events.len()];
    for k in 0..events.len() {
        let (e, s, _) = &events[k];
        if root(&e.code) < 18 || e.fatalities.is_none() || e.implied || *s == 0 {
            continue;
        }
        let s = *s;
        // (with no doer, or the doer of the force told before: "lima warga tewas dalam serangan X tersebut")
        let doer = e.actor.as_ref().and_then(|a| a.country.clone());
        // (the trigger a noun of force with an article before it or a demonstrative after it, perhaps past one word: "serangan
        // balasan itu")
        let definite = an.triggers_of(s).iter().any(|&(t, end, p)| {
            p.frame == "noun" && root(&p.code) >= 18 && doc.body[doc.tokens[t].span.start..doc.tokens[end - 1].span.end] == e.trigger && ((t > 0 && an.class(t - 1) == Some("det")) || (end..(end + 2).min(doc.tokens.len())).any(|x| an.class(x) == Some("det_post")))
        });
        if !definite {
            continue;
        }
        // (not a background act of a time of its own: "The conflict erupted in <a year before> … It has claimed 20,000 lives" is no
        // retelling of a strike told before)
        let (bg, date) = (e.background, e.date.clone());
        let Some(j) = (0..k).rev().find(|&j| events[j].1 + 1 == s && doc.sentences[s].paragraph <= doc.sentences[s - 1].paragraph + 1 && (18..=20).contains(&root(&events[j].0.code)) && events[j].0.actor.as_ref().is_some_and(|a| doer.is_none() || a.country == doer) && events[j].0.fatalities.is_none() && events[j].0.modality == "asserted" && !events[j].0.background && !(bg && date.is_some() && date != events[j].0.date)) else { continue };
        if events[k].0.actor.is_some() && doer.is_none() {
            continue;
        }
        events[j].0.fatalities = events[k].0.fatalities.clone();
        merged[k] = true;
    }
    let mut k = 0;
    events.retain(|_| {
        k += 1;
        !merged[k - 1]
    });
    // sanctions, force or coercion with its doer and no one it is aimed at, told right after such an
    // act of the same side ("Israeli forces killed three Palestinians during a raid on Jenin … The
    // military said its troops had arrested 12 suspects"; "China imposed sanctions on US companies …
    // The ministry also added the companies to a list"): the same operation, against the same side
    for k in 0..events.len() {
        let (e, s, _) = &events[k];
        if !(16..=20).contains(&root(&e.code)) || e.target.is_some() || e.actor.as_ref().is_none_or(|a| a.country.is_none()) {
            continue;
        }
        let ac = e.actor.as_ref().and_then(|a| a.country.clone());
        let s = *s;
        // (coercion within two sentences; force anywhere before in the story: "Russia's Defense
        // Ministry said its forces had struck energy facilities", paragraphs after the night's attack)
        let reach = if root(&e.code) >= 18 { usize::MAX } else { 2 };
        // (an armed group is no part of its state's operation: "Gunmen killed villagers …" after the state's raids)
        let armed_group = |p: &Option<warta_core::Participant>| p.as_ref().and_then(|a| a.sector.as_deref()).is_some_and(armed_sector);
        let group = armed_group(&e.actor);
        let before = events[..k].iter().rev().take_while(|(_, ps, _)| ps.saturating_add(reach) >= s).find(|(p, _, _)| (16..=20).contains(&root(&p.code)) && p.actor.as_ref().is_some_and(|a| a.country == ac) && armed_group(&p.actor) == group && p.target.as_ref().is_some_and(|t| t.country.is_some() && t.country != ac)).and_then(|(p, _, _)| p.target.clone());
        if before.is_some() {
            events[k].0.target = before;
        }
    }
    // force at home that kills with no victim named ("Sudan's paramilitary forces shelled a camp,
    // killing at least 30 people"): the dead are the story's own country's people
    if let Some(home) = &doc.home_country {
        for (e, _, _) in events.iter_mut() {
            if root(&e.code) >= 18 && e.target.is_none() && e.fatalities.is_some() && e.actor.as_ref().is_some_and(|a| a.country.as_deref() == Some(home.as_str())) {
                e.target = Some(warta_core::Participant { text: home.clone(), entity: Some(home.clone()), country: Some(home.clone()), sector: Some("CVL".into()), code: Some(format!("{home}CVL")), role: None });
            }
        }
    }
    // force by no one named, told with a weapon's word of force told just before by a side against the same state, is that
    // side's ("Y's troops fired rockets into X … ¶ A rocket struck a school in Z …"): not a mine's blast nor
    // shots of a word the earlier act did not use
    for k in 1..events.len() {
        let (e, s, _) = &events[k];
        if root(&e.code) < 18 || side_key(&e.actor).is_some() || e.background {
            continue;
        }
        let Some(tc) = e.target.as_ref().and_then(|t| t.country.clone()) else { continue };
        let s = *s;
        let words = |t: &str| t.split_whitespace().map(|w| w.to_lowercase().trim_end_matches('s').to_string()).filter(|w| w.len() >= 4).collect::<Vec<_>>();
        let mine = words(&e.trigger);
        let by = events[..k].iter().rev().take_while(|(_, ps, _)| *ps + 5 >= s).find(|(p, _, _)| {
            root(&p.code) >= 18 && !p.background && p.target.as_ref().and_then(|t| t.country.as_deref()) == Some(tc.as_str()) && p.actor.as_ref().and_then(|a| a.country.as_deref()).is_some_and(|c| c != tc) && words(&p.trigger).iter().any(|w| mine.contains(w))
        });
        if let Some((p, _, _)) = by {
            let a = p.actor.clone();
            events[k].0.actor = a;
        }
    }
    // a visit told by a noun in apposition to a hosting of the same sentence, read as the host's own visit to its own state
    // (", the emir's first trip to X in years" after "X's president welcomed the emir"), is the guest's
    for k in 0..events.len() {
        let (e, s, _) = &events[k];
        let self_visit = e.code.starts_with("042") && e.actor.as_ref().and_then(|a| a.country.as_ref()).is_some_and(|c| e.target.as_ref().and_then(|t| t.country.as_ref()) == Some(c));
        if !self_visit {
            continue;
        }
        let (s, ac) = (*s, e.actor.as_ref().and_then(|a| a.country.clone()));
        let guest = events[..k].iter().rev().take_while(|(_, ps, _)| *ps == s).find(|(p, _, _)| p.code.starts_with("043") && p.actor.as_ref().and_then(|a| a.country.clone()) == ac && p.target.as_ref().is_some_and(|t| t.country.is_some() && t.country != ac)).and_then(|(p, _, _)| p.target.clone());
        if let Some(g) = guest {
            events[k].0.actor = Some(g);
        }
    }
    // a curfew, a ban or a state of emergency (CAMEO 172) imposed with no one named is imposed on the state's own people
    for (e, _, _) in events.iter_mut() {
        if e.code.starts_with("172") && e.target.is_none() {
            if let Some(c) = e.actor.as_ref().and_then(|a| a.country.clone()) {
                e.target = Some(warta_core::Participant { text: String::new(), entity: Some(c.clone()), country: Some(c.clone()), sector: None, code: Some(c), role: None });
            }
        }
    }
    // a person no list places, arrested, held or charged at home by the story's own state (its police, courts, government
    // or forces: coercion, 17, or an accusation of a crime, 112), is one of its people: "Polda Metro Jaya menahan X"
    // (… and one its courts find guilty, 116, or acquit, 081: "PN X memvonis bebas Y")
    if let Some(home) = &doc.home_country {
        for (e, _, _) in events.iter_mut() {
            let by_home_state = e.actor.as_ref().is_some_and(|a| a.country.as_deref() == Some(home.as_str()) && (state_sector(&a.sector) || a.sector.as_deref() == Some("JUD")));
            let at_home = e.location.as_ref().is_none_or(|l| l.country.as_deref() == Some(home.as_str()));
            let unplaced_person = e.target.as_ref().is_some_and(|t| t.country.is_none() && t.entity.as_ref().is_some_and(|id| doc.entities.iter().any(|x| &x.id == id && x.etype == EntityType::Person && x.country.is_none())));
            if (root(&e.code) == 17 || e.code.starts_with("112") || e.code.starts_with("116") || e.code.starts_with("081")) && by_home_state && at_home && unplaced_person {
                if let Some(t) = e.target.as_mut() {
                    t.country = Some(home.clone());
                    t.code = Some(format!("{home}{}", t.sector.as_deref().unwrap_or("")));
                }
            }
        }
    }
    // the dead a sentence of no act of its own counts right after violence told with none (in its paragraph or opening
    // the next: "Massa membakar kantor bupati … Senin malam. ¶ Dua orang tewas di dalam kantor itu …") are that
    // violence's
    for k in 0..events.len() {
        let (e, s, _) = &events[k];
        let s = *s;
        let n = s + 1;
        if root(&e.code) < 14 || e.fatalities.is_some() || e.modality != "asserted" || e.background || n >= doc.sentences.len() || doc.sentences[n].paragraph > doc.sentences[s].paragraph + 1 {
            continue;
        }
        // (the last violent act of its sentence, and no event told in the next one)
        if events[k + 1..].iter().any(|(x, xs, _)| (*xs == s && root(&x.code) >= 14) || *xs == n) {
            continue;
        }
        let alone = !an.triggers_of(n).iter().any(|&(t, _, p)| p.code != "-" && root(&p.code) >= 14 && !outcome_word(&an, t));
        if let Some(f) = alone.then(|| fatalities(&an, n)).flatten() {
            events[k].0.fatalities = Some(f);
        }
    }
    // the dead no one is named as killing, in a sentence with no time of its own right after background force, are that
    // force's ("The clashes broke out in May, when … ¶ Scores of troops and villagers died on each side.")
    for k in 1..events.len() {
        let (e, s, _) = &events[k];
        // (told by its outcome word, "were killed", "tewas": not a war named as a noun)
        let outcome = e.trigger.split_whitespace().any(|w| lang.casualties.iter().any(|(p, kind)| matches!(kind.as_str(), "killed" | "injured") && p.len() == 1 && p[0] == w.to_lowercase()));
        if root(&e.code) < 18 || !outcome || side_key(&e.actor).is_some() || e.background || e.date_source.as_deref() != Some("document") || e.modality != "asserted" {
            continue;
        }
        let s = *s;
        let (p, ps, _) = &events[k - 1];
        if p.background && root(&p.code) >= 18 && (*ps == s || *ps + 1 == s) && doc.sentences[s].paragraph <= doc.sentences[*ps].paragraph + 1 {
            let date = p.date.clone();
            events[k].0.date = date;
            events[k].0.date_source = Some("antecedent".into());
            events[k].0.background = true;
        }
    }
    // a person's office on the event's day, when the officials table gives one the page's day does not: "Prabowo, then
    // defence minister, and X signed a defence pact in August 2024" is a contact of defence ministers
    for (e, _, _) in events.iter_mut() {
        let Some(d) = e.date.clone().filter(|d| d.len() >= 7 && d.as_bytes()[..4].iter().all(u8::is_ascii_digit)) else { continue };
        for p in [&mut e.actor, &mut e.target].into_iter().flatten() {
            let Some(ent) = p.entity.as_ref().and_then(|id| doc.entities.iter().find(|x| &x.id == id && x.etype == EntityType::Person)) else { continue };
            let held = |o: &&warta_lang::Official| o.from.as_str() <= d.as_str() && (o.to.is_empty() || o.to == "-" || d.as_str() < o.to.as_str()) && (o.name == ent.name || o.wikidata.as_deref() == Some(ent.id.as_str()) || o.aliases.contains(&ent.name));
            if let Some(o) = lang.officials.iter().find(|o| held(o)) {
                if !ent.roles.iter().any(|r| r.role == o.role) {
                    p.role = Some(o.role.clone());
                }
            }
        }
    }
    // a threat with no one named, told in the sentence of the same side's criticism of someone, is aimed at that one ("Chile condemned the attack … and said it reserved the right to respond")
    for k in 0..events.len() {
        let (e, s, _) = &events[k];
        if root(&e.code) != 13 || e.target.is_some() || side_key(&e.actor).is_none() {
            continue;
        }
        let criticised = events[..k].iter().rev().take_while(|(_, ps, _)| ps == s).find(|(p, _, _)| (11..=12).contains(&root(&p.code)) && side_key(&p.actor) == side_key(&e.actor) && p.target.is_some()).and_then(|(p, _, _)| p.target.clone());
        if criticised.is_some() {
            events[k].0.target = criticised;
        }
    }
    // a denial with no one named answers the last accusation against the denier ("… an attack New
    // Delhi blamed on Pakistan. Islamabad denied any role."): the accuser is its recipient
    for k in 0..events.len() {
        let e = &events[k].0;
        if !e.code.starts_with("016") || e.target.is_some() {
            continue;
        }
        let Some(denier) = e.actor.as_ref().and_then(|a| a.country.clone()) else { continue };
        let accuser = events[..k].iter().rev().find(|(p, _, _)| p.code.starts_with("112") && p.target.as_ref().is_some_and(|t| t.country.as_deref() == Some(denier.as_str())) && p.actor.as_ref().is_some_and(|a| a.country.is_some() && a.country.as_deref() != Some(denier.as_str()))).and_then(|(p, _, _)| p.actor.clone());
        if accuser.is_some() {
            events[k].0.target = accuser;
        }
    }
    // a protest, a strike or a rally aimed at no one named (CAMEO 140-144) is aimed at the government of the state it took place in
    // (its place's state, else its doers'), as ICEWS and PLOVER code one: "thousands demonstrated in <a city of X>" is aimed
    // at X's government
    for (e, _, _) in events.iter_mut() {
        // (a demonstration, a hunger strike, a strike or a blockade, 140-144, by people, not by a state's own organs; a riot's
        // targets are what it wrecks)
        if root(&e.code) != 14 || e.code.starts_with("145") || e.target.is_some() || e.actor.as_ref().is_some_and(|a| state_sector(&a.sector) || matches!(a.sector.as_deref(), Some("JUD" | "LEG"))) {
            continue;
        }
        if let Some(c) = e.location.as_ref().and_then(|l| l.country.clone()).or_else(|| e.actor.as_ref().and_then(|a| a.country.clone())) {
            e.target = Some(warta_core::Participant { text: String::new(), entity: Some(c.clone()), country: Some(c.clone()), sector: Some("GOV".into()), code: Some(format!("{c}GOV")), role: None });
        }
    }
    merge(lang, events.into_iter().map(|(e, _, _)| e).collect())
}

/// Give an event another CAMEO code, with that code's name, PLOVER type and mode, Goldstein score and
/// QuadClass (a three-digit code's when the table has no line of its own for it).
fn recode(e: &mut Event, code: &str) {
    let info = cameo().get(code).or_else(|| cameo().get(&code[..code.len().min(3)]));
    e.code = code.to_string();
    e.name = info.map(|x| x.name.clone()).unwrap_or_default();
    e.plover = info.and_then(|x| x.plover.clone());
    e.plover_mode = info.and_then(|x| x.plover_mode.clone());
    e.goldstein = info.and_then(|x| x.goldstein);
    e.quad_class = info.and_then(|x| x.quad_class);
}

/// Is event `e` between the states `a` and `b`, either way round?
fn between_states(e: &Event, a: &Option<String>, b: &Option<String>) -> bool {
    let (x, y) = (e.actor.as_ref().and_then(|p| p.country.as_ref()), e.target.as_ref().and_then(|p| p.country.as_ref()));
    (x == a.as_ref() && y == b.as_ref()) || (x == b.as_ref() && y == a.as_ref())
}

fn side_key(p: &Option<warta_core::Participant>) -> Option<String> {
    p.as_ref().and_then(|p| p.entity.clone().or(p.country.clone()))
}

/// Merge mentions of one event inside a document: violence at the same place, or the same
/// code between the same participants on the same date.
/// A CAMEO sector of an armed group outside a state's forces: rebels, insurgents, militant groups, unidentified armed
/// forces, criminal gangs, separatists.
pub(crate) fn armed_sector(x: &str) -> bool {
    ["REB", "INS", "IMG", "UAF", "CRM", "SEP"].iter().any(|g| x.starts_with(g))
}

/// Is a word of addition (class `additive`: "also", "juga") among the three words before the event's trigger?
fn added_before(lang: &Lang, e: &Event) -> bool {
    let before = e.sentence.find(e.trigger.as_str()).map(|k| &e.sentence[..k]).unwrap_or("");
    before.split_whitespace().rev().take(3).any(|w| lang.has_class(&w.to_lowercase(), "additive"))
}

fn merge(lang: &Lang, events: Vec<Event>) -> Vec<Event> {
    let mut out: Vec<Event> = vec![];
    for e in events {
        let rt = root(&e.code);
        let country = |p: &Option<warta_core::Participant>| p.as_ref().and_then(|p| p.country.clone());
        // (the end of the sentence of the last event kept: what is told next to it)
        let last_end = out.last().map_or(0, |x| x.end);
        let twin = out.iter().position(|o| {
            let ort = root(&o.code);
            if rt >= 18 && ort >= 18 {
                let same_place = match (&o.location, &e.location) {
                    (Some(a), Some(b)) => a.entity.is_some() && a.entity == b.entity,
                    _ => false,
                };
                // (a state named bare fits any side of its own: "The United States" and "President X" of it)
                let bare = |p: &Option<warta_core::Participant>| p.as_ref().is_some_and(|p| p.sector.is_none() && p.country.is_some());
                let compatible = |x: &Option<warta_core::Participant>, y: &Option<warta_core::Participant>| side_key(x).is_none() || side_key(y).is_none() || side_key(x) == side_key(y) || ((bare(x) || bare(y)) && country(x) == country(y));
                // (or one sentence's violence between the same two named sides: "repelled an assault and
                // killed 20 fighters" is one engagement)
                // (or the same act twice in one sentence, one naming no target: "menguasai kota X setelah merebut markas …")
                // (or one trigger's act on two people of one state: "killed X and two other militants")
                let one_trigger = o.trigger == e.trigger && o.code == e.code && country(&o.actor) == country(&e.actor) && country(&o.target).is_some() && country(&o.target) == country(&e.target);
                // (the state named bare and its government are one side there: "The United States launched strikes …, after
                // President X ordered military action", the order naming no target, of the same root)
                let one_actor = side_key(&o.actor).is_some() && (side_key(&o.actor) == side_key(&e.actor) || ((bare(&o.actor) || bare(&e.actor)) && country(&o.actor) == country(&e.actor)));
                let same_sentence = o.start == e.start && o.end == e.end && one_actor && ((side_key(&o.target).is_some() && side_key(&o.target) == side_key(&e.target)) || one_trigger || (ort == rt && (side_key(&o.target).is_none() || side_key(&e.target).is_none())));
                // (not acts of two times: a toll "since the war broke out in October 2023" is not today's strike)
                let same_time = match (&o.date, &e.date) {
                    (Some(a), Some(b)) => a.starts_with(b.as_str()) || b.starts_with(a.as_str()),
                    _ => true,
                };
                // (or force between the same two named sides told once in a week or at a weekend and once on a day of
                // it: "in retaliation for Peruvian strikes on its ports at the weekend" — "On Sunday, Peruvian bombers
                // struck …")
                let named = |x: &Option<warta_core::Participant>, y: &Option<warta_core::Participant>| side_key(x).is_some() && side_key(x) == side_key(y);
                let in_period = match (&o.date, &e.date) {
                    (Some(a), Some(b)) => warta_time::within(a, b) || warta_time::within(b, a),
                    _ => false,
                };
                let same_week = in_period && named(&o.actor, &e.actor) && named(&o.target, &e.target);
                // (or the same force told again soon after, no other act between, with no place, toll or word of addition of its own:
                // "Troops opened fire near a convoy in Y." — "The army said … the troops opened fire to warn it.")
                // (… or by no named doer, right after: "… died in an army air raid on a hamlet" — "A jet dropped
                // bombs there")
                // (… or naming, by no doer, a victim of the doer's own state the first told with no target: "X executed a
                // prisoner" — "Y was hanged")
                let doerless = side_key(&e.actor).is_none() && side_key(&o.actor).is_some() && country(&e.target).is_some() && (country(&e.target) == country(&o.target) || (o.target.is_none() && country(&e.target) == country(&o.actor)));
                // (or by the doer, naming as its target people of its own state, "Chile said it had bombed camps of
                // rebels who raid its army posts", after its force against another state)
                let own_account = named(&o.actor, &e.actor) && country(&e.target).is_some() && country(&e.target) == country(&e.actor) && country(&o.target).is_some() && country(&o.target) != country(&o.actor);
                // (the victim named alone, "Y was hanged", is a toll of one that the first telling did not count)
                let named_victim = doerless && o.fatalities.is_none() && e.fatalities.as_ref().is_some_and(|f| f.min == 1);
                let retold_next = (named(&o.actor, &e.actor) && named(&o.target, &e.target) || doerless || own_account) && o.date.is_some() && o.date == e.date && e.location.is_none() && (e.fatalities.is_none() || named_victim) && o.end < e.start && e.start - o.end <= 300 && o.end >= last_end && !added_before(lang, &e);
                // (or its toll told again by no doer soon after, to the same number: "… leaving at least nine dead" — "Eight
                // villagers and a policeman died, the ministry said.")
                let retold_toll = o.fatalities.is_some() && e.fatalities.as_ref().map(|f| f.min) == o.fatalities.as_ref().map(|f| f.min) && side_key(&e.actor).is_none() && o.date.is_some() && o.date == e.date && e.location.is_none() && o.end < e.start && e.start - o.end <= 400;
                // (or the same force between the same two states told again later with the same day and code, at no other
                // place: "… sehari setelah X melancarkan serangan ke Y" — "X menyerang puluhan sasaran di Y pada Jumat")
                let places_fit = match (&o.location, &e.location) {
                    (Some(a), Some(b)) => a.entity.is_some() && a.entity == b.entity,
                    _ => true,
                };
                let same_day_pair = o.code == e.code && !o.background && !e.background && o.date.as_deref().is_some_and(is_day) && o.date == e.date && country(&o.actor).is_some() && country(&o.actor) == country(&e.actor) && country(&o.target).is_some() && country(&o.target) == country(&e.target) && places_fit;
                // (or, in one sentence, a fight with no one named against the side that fought (19), that side the target of force the
                // sentence tells by a named doer: "X terbunuh dalam baku tembak saat polisi menyerbu rumahnya" is the
                // raid, the fight its other telling)
                let fought_back = o.start == e.start && o.end == e.end && ort == 19 && o.target.is_none() && country(&o.actor).is_some() && country(&o.actor) == country(&e.target) && side_key(&e.actor).is_some() && o.date == e.date && o.modality == e.modality;
                if fought_back {
                    return true;
                }
                return ((same_place || same_sentence) && same_time || same_week || retold_next || retold_toll || same_day_pair) && ((compatible(&o.actor, &e.actor) && compatible(&o.target, &e.target)) || (one_trigger && o.start == e.start) || (retold_next && own_account)) && o.modality == e.modality;
            }
            // (not at two places of one country told apart: "rounding up migrants" in the capital, "arrested
            // dozens in another city"; a sea or a region named as a topic, "membahas situasi di laut", has none)
            let two_places = matches!((&o.location, &e.location), (Some(a), Some(b)) if a.entity.is_some() && b.entity.is_some() && a.entity != b.entity && a.country.is_some() && a.country == b.country);
            // (one act's words naming two people on each side, "X dan Y bertemu A dan B", is one act between
            // their states: the same trigger, the same countries)
            // (an organisation of no state is its own side: "the court issued warrants for X and Y", one act)
            let one_side = |x: &Option<warta_core::Participant>, y: &Option<warta_core::Participant>| (country(x).is_some() && country(x) == country(y)) || (country(x).is_none() && side_key(x).is_some() && side_key(x) == side_key(y));
            let one_act = o.start == e.start && o.end == e.end && o.trigger == e.trigger && one_side(&o.actor, &e.actor) && country(&o.target).is_some() && country(&o.target) == country(&e.target);
            // (a state named bare is its government, told with the same word: "Colombia agreed …" and "the
            // government of Colombia had agreed to all of X's terms", the same day, are one act; a summons and a note of
            // protest are two)
            let state = |p: &Option<warta_core::Participant>| p.as_ref().is_some_and(|p| p.country.is_some() && p.entity == p.country);
            // (its government, not any body of it: a party's complaint is not the state's)
            let gov = |p: &Option<warta_core::Participant>| p.as_ref().is_some_and(|p| p.sector.as_deref() == Some("GOV"));
            let loose = |x: &Option<warta_core::Participant>, y: &Option<warta_core::Participant>| country(x).is_some() && country(x) == country(y) && ((state(x) && gov(y)) || (state(y) && gov(x)));
            // (… not one told as another, "Jokowi juga meminta …": a word of addition, class `additive`, within the
            // three words before the later one's trigger)
            // (… nor merged with an act of the same code told in another sentence: "X also called off all visits" after "X
            // withdrew its ambassador" is a second act)
            let added = || added_before(lang, &e);
            let same_word = o.trigger.to_lowercase() == e.trigger.to_lowercase() && !added();
            // (both with a target: two complaints of one country with no one named may be two people's)
            let targeted = side_key(&o.target).is_some() && side_key(&e.target).is_some();
            // (… or any retelling of a cut in relations in a later sentence, which only a state makes, with a word of the
            // first telling: "X recalled its envoys" — "X's foreign minister ordered the envoys home"; one sentence's
            // expulsion and recall are two, and so are an expulsion and suspended contacts)
            let shared_word = || {
                let words = |t: &str| t.split_whitespace().map(str::to_lowercase).filter(|w| w.chars().count() >= 4 && !lang.is_stopword(w)).collect::<Vec<_>>();
                let ow = words(&o.trigger);
                words(&e.trigger).iter().any(|w| ow.contains(w))
            };
            let same = |x: &Option<warta_core::Participant>, y: &Option<warta_core::Participant>| side_key(x) == side_key(y) || ((same_word || (rt == 16 && o.start != e.start && shared_word() && !added())) && targeted && loose(x, y));
            // (a bare consultation, "they had discussed …", told in the sentence of a phone call between the same two
            // sides or the one after it, the same day, is what was said in it; a meeting after a visit is an act of
            // its own)
            let sides_match = (side_key(&o.actor) == side_key(&e.actor) && side_key(&o.target) == side_key(&e.target)) || ((o.symmetric || e.symmetric) && side_key(&o.actor) == side_key(&e.target) && side_key(&o.target) == side_key(&e.actor));
            let content_of = e.code == "040" && o.code == "041" && side_key(&o.actor).is_some() && side_key(&o.target).is_some() && sides_match && (e.start == o.start || e.start.saturating_sub(o.end) <= 2);
            // (talks a side hosted between others, and its mediation of them told in the next sentence, are one act:
            // "… said after hosting talks between the two leaders" — "X, who mediated the talks between …")
            let hosted_mediation = o.code.starts_with("043") && e.code.starts_with("045") && country(&o.actor).is_some() && country(&o.actor) == country(&e.actor) && country(&o.target) == country(&e.target) && e.start.saturating_sub(o.end) <= 2;
            // (one sentence's act of one state told twice with the same code, once naming no target: "Baku insisted that
            // Armenia must first change …" is one demand of Armenia, and so is it with the target named by both)
            let untargeted_twice = o.code == e.code && o.start == e.start && o.end == e.end && country(&o.actor).is_some() && country(&o.actor) == country(&e.actor) && (o.target.is_none() != e.target.is_none() || (side_key(&o.target).is_some() && side_key(&o.target) == side_key(&e.target)));
            // (one sentence's two material acts of one root between the same sides, at one place: "tried to seize
            // weapons and set fire to the building"; the store would keep them as one row, so the document does too —
            // not words, "condemned the attack and accused X", nor what is offered, two things promised)
            let loc_key = |x: &Event| x.location.as_ref().map(|l| l.entity.clone().unwrap_or_else(|| l.name.to_lowercase()));
            // (not when one names a target or a place the other does not: "seized power and detained the president"
            // are two acts)
            // (… and a visit and a meeting with the host's leader told in one sentence are one contact: "mengunjungi Doha
            // dan bertemu Emir Qatar X", "visited Hanoi and met X")
            let visit_and_meeting = rt == 4 && ort == 4 && o.start == e.start && o.end == e.end && o.code != e.code && ["040", "042", "043"].contains(&o.code.as_str()) && ["040", "042", "043"].contains(&e.code.as_str()) && side_key(&o.actor) == side_key(&e.actor) && country(&o.target).is_some() && country(&o.target) == country(&e.target);
            // (… and a verdict and the sentence a court passed on the same person in one sentence are one act: "found X
            // guilty of fraud and sentenced her to nine years", "dinyatakan bersalah dan divonis 10 tahun")
            let verdict_and_sentence = o.start == e.start && o.end == e.end && ((o.code.starts_with("116") && e.code.starts_with("172")) || (o.code.starts_with("172") && e.code.starts_with("116"))) && side_key(&o.actor) == side_key(&e.actor) && side_key(&o.target).is_some() && side_key(&o.target) == side_key(&e.target);
            // (… and a visit and its hosting by the host told in the next sentence, the same day: "X was welcomed in Y's capital on
            // his first trip to Y" — "Y's president greeted X in the square")
            let visit_hosted = ((o.code.starts_with("042") && e.code.starts_with("043")) || (o.code.starts_with("043") && e.code.starts_with("042"))) && country(&o.actor).is_some() && country(&o.actor) == country(&e.target) && country(&o.target).is_some() && country(&o.target) == country(&e.actor) && e.start.saturating_sub(o.end) <= 2;
            // (… and one background act of one doer told again with a vaguer or a finer time, naming the same side or none:
            // "since a judge ordered her detention last year" — "The judge signed the warrant in May 2021")
            let period = match (&o.date, &e.date) {
                (Some(a), Some(b)) => a != b && (a.starts_with(b.as_str()) || b.starts_with(a.as_str())),
                _ => false,
            };
            let retold_vaguer = period && o.background && e.background && o.code == e.code && side_key(&o.actor).is_some() && side_key(&o.actor) == side_key(&e.actor) && (side_key(&o.target) == side_key(&e.target) || o.target.is_none() || e.target.is_none()) && e.start.saturating_sub(o.end) <= 1200;
            // (and a specific act of one doer told again soon after with a finer time of the same day, no word of addition: "X
            // demolished two bridges on Tuesday" — "… said X destroyed the bridges shortly after midday")
            let retold_finer = period && !o.background && !e.background && o.code == e.code && o.code.len() >= 4 && side_key(&o.actor).is_some() && side_key(&o.actor) == side_key(&e.actor) && (side_key(&o.target) == side_key(&e.target) || o.target.is_none() || e.target.is_none()) && o.end < e.start && e.start - o.end <= 400 && !added_before(lang, &e);
            let one_root = rt >= 14 && ort == rt && o.start == e.start && o.end == e.end && side_key(&o.actor) == side_key(&e.actor) && side_key(&o.target) == side_key(&e.target) && loc_key(o) == loc_key(&e);
            // (… or one naming no target and no place, the other naming them, by one named doer: "raided the offices of X and seized
            // boxes of ballots" is one act, the raid's object no side any list knows)
            let one_root = one_root || (rt >= 14 && ort == rt && o.start == e.start && o.end == e.end && side_key(&o.actor).is_some() && side_key(&o.actor) == side_key(&e.actor) && o.target.is_none() && o.location.is_none() && e.target.is_some() && (o.code == e.code || bare_root(&o.code) != bare_root(&e.code)) && !added());
            // (… or, by bodies of one state on one side, at no two places, one act told by its root's bare code: "prosecutors
            // and police raided (170) … and seized (171) …"; two acts of finer codes are two, "seized power and expelled X's troops")
            // (… or of the same code of coercion on one state's people, one side named and the other its state or a pronoun for it:
            // "sentenced X to two years of jail and banned him from public posts"; a recall and an expulsion told in one sentence are two)
            let one_code = rt == 17 && o.code == e.code && country(&o.target).is_some() && country(&o.target) == country(&e.target);
            let one_root = one_root || (rt >= 14 && ort == rt && ((bare_root(&o.code) != bare_root(&e.code) && side_key(&o.target) == side_key(&e.target)) || one_code) && o.start == e.start && o.end == e.end && country(&o.actor).is_some() && country(&o.actor) == country(&e.actor) && (o.location.is_none() || e.location.is_none() || loc_key(o) == loc_key(&e)) && !added());
            // (a threat told with what it threatens, between the same sides in one sentence, is one threat:
            // "memperingatkan akan membalas secara setimpal bila …", the answer only intended)
            let threat_content = rt == 13 && ort == 13 && o.start == e.start && o.end == e.end && o.modality != e.modality && (o.modality == "intended" || e.modality == "intended") && side_key(&o.actor).is_some() && side_key(&o.actor) == side_key(&e.actor) && side_key(&o.target) == side_key(&e.target);
            // (an act told as intended and then, the same day, as being done by the same side to the same side is one
            // act: "X will recognise Y" — "\"We are recognising Y …,\" he said")
            let intent_twin = o.modality == "intended" && e.modality == "asserted" && crate::intent_code(&e.code) == Some(o.code.as_str()) && country(&o.actor).is_some() && country(&o.actor) == country(&e.actor) && country(&o.target).is_some() && country(&o.target) == country(&e.target) && o.date.is_some() && o.date == e.date && !e.background;
            // (two contentious verbs of one doer joined by a conjunction, the first one word with no object, are one
            // act on the object they share: "raided and looted the governor's residence", "menyerbu dan membakar kantor …")
            let shared_object = || {
                let after_first = o.sentence.find(o.trigger.as_str()).map(|p| &o.sentence[p + o.trigger.len()..]);
                let mut words = after_first.unwrap_or("").split_whitespace();
                let joined = words.next().is_some_and(|w| lang.function_words.get(&w.to_lowercase()).is_some_and(|c| c == "conj")) && after_first.is_some_and(|a| a.trim_start().split_once(char::is_whitespace).is_some_and(|(_, rest)| rest.trim_start().starts_with(e.trigger.as_str())));
                joined && !o.trigger.contains(char::is_whitespace) && (14..=20).contains(&rt) && (14..=20).contains(&ort) && side_key(&o.actor) == side_key(&e.actor) && (e.target.is_none() || o.target.is_none() || side_key(&o.target) == side_key(&e.target))
            };
            let shared_object = o.start == e.start && o.end == e.end && shared_object();
            // (an envoy ordered out, a cut in relations (161), told again in the next sentence as a person expelled (174), or the
            // other way round, between the same two states on the same day, is one expulsion: "ordered a diplomat to leave" —
            // "X was named persona non grata"; the second telling perhaps of what would be done, a few sentences on, "… would be
            // expelled as a reply")
            let expulsion_retold = ((o.code == "161" && e.code.starts_with("174")) || (o.code.starts_with("174") && e.code == "161")) && country(&o.actor).is_some() && country(&o.actor) == country(&e.actor) && country(&o.target).is_some() && country(&o.target) == country(&e.target) && o.end < e.start && o.date == e.date && ((e.start - o.end <= 2 && o.modality == e.modality) || (e.start - o.end <= 400 && o.modality == "asserted" && e.modality == "intended")) && !added_before(lang, &e);
            // (… and a vote against a side (12, its verb of marker class `vote_verb`) told in the next sentence after the
            // removal it decided (172), the same sides and day, is that removal's count: "X lost a confidence vote" —
            // "Deputies voted 300 to 150 against X")
            let vote_verb = || {
                let w: Vec<String> = e.trigger.split_whitespace().take(2).map(str::to_lowercase).collect();
                w.first().is_some_and(|f| lang.has_class(f, "vote_verb")) || (w.len() == 2 && lang.has_class(&w.join(" "), "vote_verb"))
            };
            let vote_retold = o.code.starts_with("172") && rt == 12 && country(&o.actor).is_some() && country(&o.actor) == country(&e.actor) && country(&o.target).is_some() && country(&o.target) == country(&e.target) && o.end < e.start && e.start - o.end <= 2 && vote_verb();
            threat_content || intent_twin || expulsion_retold || vote_retold || (o.code == e.code && ((same(&o.actor, &e.actor) && same(&o.target, &e.target) && !(o.start != e.start && added())) || one_act || untargeted_twice) || content_of || hosted_mediation || one_root || visit_and_meeting || verdict_and_sentence || visit_hosted || shared_object) && o.date == e.date && o.modality == e.modality && !two_places || ((retold_vaguer || retold_finer) && o.modality == e.modality)
        });
        match twin {
            Some(k) => {
                let o = &mut out[k];
                // (a fight told by no foe, merged into the force its side met: the doer of that force is the doer)
                if root(&o.code) == 19 && rt >= 18 && o.target.is_none() && o.start == e.start && e.actor.is_some() && country(&o.actor) == country(&e.target) {
                    o.actor = e.actor.clone();
                }
                // (the day told beats the week or weekend told for the same act, the month the year)
                if let (Some(a), Some(b)) = (&o.date, &e.date) {
                    if warta_time::within(a, b) || (b.len() > a.len() && b.starts_with(a.as_str())) {
                        o.date = e.date.clone();
                        o.date_source = e.date_source.clone();
                    }
                }
                // (a threat told as made and as intended in one sentence is made: the warning's words are its trigger)
                if o.modality == "intended" && e.modality != "intended" && o.start == e.start {
                    o.modality = e.modality.clone();
                    o.trigger = e.trigger.clone();
                }
                if o.actor.is_none() {
                    o.actor = e.actor.clone();
                }
                if o.target.is_none() {
                    o.target = e.target.clone();
                }
                // (the place the other telling names, when this one named none: "raided the offices and seized ballots in X")
                if o.location.is_none() && rt >= 14 && side_key(&o.actor).is_some() && side_key(&o.actor) == side_key(&e.actor) {
                    o.location = e.location.clone();
                }
                // (a contact with a person of the state beats one with the state named bare: the level is told by it)
                let bare_state = |p: &Option<warta_core::Participant>| p.as_ref().is_some_and(|p| p.country.is_some() && p.entity == p.country);
                if root(&o.code) == 4 && bare_state(&o.target) && e.target.as_ref().is_some_and(|t| t.entity.is_some() && t.entity != t.country) && country(&o.target) == country(&e.target) {
                    o.target = e.target.clone();
                }
                // (… and so does the host named in person in the hosting told with the visit: "X arrived in Y" — "X was greeted
                // at the airport by Y's foreign minister Z")
                if root(&o.code) == 4 && bare_state(&o.target) && e.actor.as_ref().is_some_and(|a| a.entity.is_some() && a.entity != a.country) && country(&o.target) == country(&e.actor) && country(&o.actor) == country(&e.target) {
                    o.target = e.actor.clone();
                }
                if e.fatalities.as_ref().map(|f| f.min) > o.fatalities.as_ref().map(|f| f.min) {
                    o.fatalities = e.fatalities.clone();
                    // the richer mention is the better evidence
                    o.sentence = e.sentence.clone();
                    o.start = e.start;
                    o.end = e.end;
                    o.trigger = e.trigger.clone();
                }
                // (the finer code of the root: "seized" (171) told with "raided" (170))
                if (o.code.len() < e.code.len() || (rt >= 14 && bare_root(&o.code) && !bare_root(&e.code))) && root(&o.code) == root(&e.code) {
                    o.code = e.code.clone();
                    o.name = e.name.clone();
                }
                o.confidence = (o.confidence + 0.05).min(1.0);
            }
            None => out.push(e),
        }
    }
    out
}

