//! Actor mentions: entities, generic agents with their country, and anaphors.

use rustc_hash::FxHashMap;
pub use warta_core::ActorRef;
use warta_core::{Doc, EntityType, Span};
use warta_lang::Lang;

/// Where the mention `start..end` of an organisation named `name` ends when the rest of its name, a town, follows it in
/// the text ("Pengadilan Negeri" + " Jakarta Selatan"); `end` itself when not, or when the unit is a venue (`at` before it,
/// perhaps past one lower-case word).
fn unit_town_end(doc: &Doc, lang: &Lang, name: &str, start: usize, end: usize) -> usize {
    let Some(rest) = name.strip_prefix(&doc.body[start..end]).filter(|r| r.starts_with(' ')).map(str::trim_start).filter(|r| !r.is_empty()) else { return end };
    let after = &doc.body[end..];
    let gap = after.len() - after.trim_start().len();
    if gap == 0 || !after[gap..].starts_with(rest) || after[gap + rest.len()..].starts_with(|c: char| c.is_alphanumeric()) {
        return end;
    }
    let at = |k: usize| lang.has_class(&doc.tokens[k].lower, "at");
    let venue = doc.token_starting_at(start).is_some_and(|a| (a >= 1 && at(a - 1)) || (a >= 2 && !doc.tokens[a - 1].cap && at(a - 2)));
    if venue { end } else { end + gap + rest.len() }
}

/// All actor mentions of the document, non-overlapping, in text order. Longer spans win;
/// at equal spans a person wins over the country inside a role phrase.
pub fn actor_mentions(doc: &Doc, lang: &Lang) -> Vec<ActorRef> {
    let mut cands: Vec<ActorRef> = vec![];
    for e in &doc.entities {
        for m in &e.mentions {
            // a unit of a body named by the town after it ("Pengadilan Negeri Jakarta Selatan", its mention "Pengadilan
            // Negeri" and the town's own): the unit's mention runs over the town, which is no side of its own
            // (not where the unit is a venue, after a word of class `at` and perhaps one lower-case word: "di kompleks
            // Pengadilan Tinggi X" — there the town is where it happened)
            let m = if e.etype == EntityType::Org { Span::new(m.start, unit_town_end(doc, lang, &e.name, m.start, m.end)) } else { Span::new(m.start, m.end) };
            // a name that opens a hyphenated word ("Vietnamese-flagged") stands for that word
            let b = doc.token_ending_at(m.end).map(|i| i + 1).or_else(|| doc.body[m.end..].starts_with('-').then(|| doc.tokens.partition_point(|t| t.span.start < m.end)).filter(|&n| n > 0 && doc.tokens[n - 1].span.end > m.end));
            let (Some(a), Some(b)) = (doc.token_starting_at(m.start), b) else { continue };
            let place = matches!(e.etype, EntityType::City | EntityType::Region);
            let sector = match e.etype {
                EntityType::Person | EntityType::Org => e.sector.clone(),
                _ => None,
            };
            cands.push(ActorRef { span: Span::new(m.start, m.end), tok_start: a, tok_end: b, entity: Some(e.id.clone()), etype: Some(e.etype), country: e.country.clone(), sector, anaphor: None, place, home: false });
        }
    }
    let toks = &doc.tokens;
    // "Senin malam waktu AS": a name after a time-zone word (function-word class `zone`) tells a clock,
    // not a side
    cands.retain(|c| c.tok_start == 0 || lang.function_words.get(&toks[c.tok_start - 1].lower).is_none_or(|k| k != "zone"));
    // … and a state's name after a currency's (marker class `currency`: "5 juta dollar Singapura") tells a sum's currency
    cands.retain(|c| c.tok_start == 0 || c.etype != Some(EntityType::Country) || !lang.has_class(&toks[c.tok_start - 1].lower, "currency"));
    // generic agents: "polisi", "biro intelijen Rusia", "Russian troops"
    let country_at: FxHashMap<usize, &ActorRef> = cands.iter().filter(|c| c.etype == Some(EntityType::Country)).map(|c| (c.tok_start, c)).collect();
    // … and a town or region after "in" gives an agent its country ("five civilians in Kharkiv")
    let place_at: FxHashMap<usize, &ActorRef> = cands.iter().filter(|c| c.place && c.country.is_some()).map(|c| (c.tok_start, c)).collect();
    let country_ending: FxHashMap<usize, &ActorRef> = cands.iter().filter(|c| c.etype == Some(EntityType::Country)).map(|c| (c.tok_end, c)).collect();
    // (and a person of a known state after "of" gives an agent that state: "the administration of Premier X")
    let person_at: FxHashMap<usize, &ActorRef> = cands.iter().filter(|c| c.etype == Some(EntityType::Person) && c.country.is_some()).map(|c| (c.tok_start, c)).collect();
    let mut agents = vec![];
    // whether an agent's country was named beside it (not the home country)
    let mut explicit: Vec<bool> = vec![];
    // "Front rebels", "Movement militants": an agent right after an organisation's name is that organisation
    // (the mention grows over it; no second actor of the home country)
    // (an organisation of a state right after an agent gives it that state: "militan Houthi", "Hamas fighters" aside)
    let org_at: FxHashMap<usize, &ActorRef> = cands.iter().filter(|c| c.etype == Some(EntityType::Org) && c.country.is_some()).map(|c| (c.tok_start, c)).collect();
    // (where a dateline ends: "its" after a participle is the subject's, never a dateline's place)
    let dateline = doc.dateline_dash().unwrap_or(0);
    let org_ending: FxHashMap<usize, usize> = cands.iter().enumerate().filter(|(_, c)| c.etype == Some(EntityType::Org)).map(|(n, c)| (c.tok_end, n)).collect();
    let mut grown: Vec<(usize, usize)> = vec![];
    // where an organisation with a code of its own (a country or a sector) starts
    let coded_org_at: rustc_hash::FxHashSet<usize> = cands.iter().filter(|c| c.etype == Some(EntityType::Org) && c.entity.is_some() && (c.country.is_some() || c.sector.is_some())).map(|c| c.tok_start).collect();
    let mut i = 0;
    while i < toks.len() {
        if !lang.agent_first_words.contains(&toks[i].lower) {
            i += 1;
            continue;
        }
        // (an agent's word right after a lower-case noun it describes names no side: "kerja sama militer", "bantuan
        // militer", "latihan militer" — class `attrib_head`, one word or two)
        let attrib = |w: &str| lang.has_class(w, "attrib_head");
        if i > 0 && toks[i - 1].sentence == toks[i].sentence && !toks[i - 1].cap && (attrib(&toks[i - 1].lower) || (i > 1 && toks[i - 2].sentence == toks[i].sentence && attrib(&format!("{} {}", toks[i - 2].lower, toks[i - 1].lower)))) {
            i += 1;
            continue;
        }
        let best = lang.agents.iter().filter(|(p, _)| p.iter().enumerate().all(|(k, w)| toks.get(i + k).is_some_and(|t| t.lower == *w && t.sentence == toks[i].sentence))).max_by_key(|(p, _)| p.len());
        // (… nor one right before a lower-case noun it describes, as English puts it: "the military demarcation line",
        // "military drills" — class `attrib_tail`)
        if let Some((p, _)) = best {
            if toks.get(i + p.len()).is_some_and(|t| t.sentence == toks[i].sentence && !t.cap && lang.has_class(&t.lower, "attrib_tail")) {
                i += p.len();
                continue;
            }
        }
        // (a longer phrase with sector `-` names no agent: "media sosial", "social media")
        if let Some((p, _)) = best.filter(|(_, sector)| sector == "-") {
            i += p.len();
            continue;
        }
        // (a crowd's count, class `crowd`, is a side only standing alone: "Thousands had gathered …", not "thousands of
        // soldiers", whose agent follows)
        if best.is_some_and(|(p, _)| p.len() == 1 && lang.has_class(&p[0], "crowd")) && toks.get(i + 1).is_some_and(|t| lang.function_words.get(&t.lower).is_some_and(|c| c == "of")) {
            i += 1;
            continue;
        }
        if let Some((p, _)) = best.filter(|_| org_ending.get(&i).is_some_and(|&n| toks[cands[n].tok_start].sentence == toks[i].sentence)) {
            grown.push((org_ending[&i], i + p.len()));
            i += p.len();
            continue;
        }
        // (an agent's word right before an organisation's name, perhaps past one more lower-case word, describes it: "pasukan
        // paramiliter X", "the paramilitary X" — the organisation is the side, no second actor of the home country)
        if let Some((p, _)) = best {
            let k = i + p.len();
            let lower = |x: usize| toks.get(x).is_some_and(|t| t.kind == warta_core::TokenKind::Word && !t.cap && t.sentence == toks[i].sentence && lang.function_words.get(&t.lower).is_none());
            let m = if lower(k) { k + 1 } else { k };
            // (one with a code of its own, a country or a sector: a body no list knows keeps the agent's)
            if coded_org_at.contains(&m) && toks[m].sentence == toks[i].sentence {
                i = k;
                continue;
            }
        }
        if let Some((p, sector)) = best {
            let mut end = i + p.len();
            let mut country = None;
            let mut start = i;
            // (a word of origin may come between: "dosen asal Cile", function-word class `origin`)
            // (… past a lower-case word and an abbreviation in brackets: "warga negara asing (WNA) asal Cile")
            let is_origin = |k: usize| toks.get(k).is_some_and(|t| t.sentence == toks[i].sentence && lang.function_words.get(&t.lower).is_some_and(|c| c == "origin"));
            let mut o = end;
            if toks.get(o).is_some_and(|t| t.kind == warta_core::TokenKind::Word && !t.cap && !lang.function_words.contains_key(&t.lower)) && (is_origin(o + 1) || (toks.get(o + 1).is_some_and(|t| t.lower == "(") && toks.get(o + 3).is_some_and(|t| t.lower == ")") && is_origin(o + 4))) {
                o += 1;
            }
            if toks.get(o).is_some_and(|t| t.lower == "(") && toks.get(o + 2).is_some_and(|t| t.lower == ")") && is_origin(o + 3) {
                o += 3;
            }
            let origin = is_origin(o);
            // (an abbreviation in brackets may stand between the agent and its country: "warga negara (WN) X")
            let bracketed = !origin && toks.get(end).is_some_and(|t| t.lower == "(") && toks.get(end + 2).is_some_and(|t| t.lower == ")") && country_at.contains_key(&(end + 3));
            let at = if origin { o + 1 } else if bracketed { end + 3 } else { end };
            if let Some(c) = country_at.get(&at).filter(|c| toks[c.tok_start].sentence == toks[i].sentence) {
                country = c.country.clone();
                end = c.tok_end;
            } else if let Some(c) = country_ending.get(&i) {
                country = c.country.clone();
                start = c.tok_start;
            } else if let Some(c) = i.checked_sub(1).filter(|&k| toks[k].lower == "'s").and_then(|k| country_ending.get(&k)) {
                // "Pakistan's military"
                country = c.country.clone();
                start = c.tok_start;
            } else if let Some(c) = org_at.get(&end).filter(|c| toks[c.tok_start].sentence == toks[i].sentence) {
                country = c.country.clone();
            }
            // "tiga pelaut warga negara X": an agent right before citizens of a country named after them (an agent
            // of two words or more of sector CVL, "warga negara") is of that country
            if country.is_none() {
                let citizens = lang.agents.iter().find(|(p, sec)| sec == "CVL" && p.len() >= 2 && p.iter().enumerate().all(|(n, w)| toks.get(end + n).is_some_and(|t| t.lower == *w && t.sentence == toks[i].sentence)));
                if let Some(c) = citizens.and_then(|(p, _)| country_at.get(&(end + p.len()))) {
                    country = c.country.clone();
                }
            }
            // "activists in X", "aktivis di X": where the agent is; "the government of X", "the
            // ambassadors of X": whose it is (when no country stands beside it)
            let class_at = |k: usize| toks.get(k).filter(|t| t.sentence == toks[i].sentence).and_then(|t| lang.function_words.get(&t.lower)).map(String::as_str);
            if country.is_none() {
                // (past an article: "rebels in the Gambia")
                let named_at = |k: usize| country_at.get(&k).or_else(|| (class_at(k) == Some("det")).then(|| country_at.get(&(k + 1))).flatten());
                if let (Some("at" | "of"), Some(c)) = (class_at(end), named_at(end + 1)) {
                    country = c.country.clone();
                    if class_at(end) == Some("of") {
                        end = c.tok_end;
                    }
                } else if let (Some("of"), Some(c)) = (class_at(end), org_at.get(&(end + 1)).or_else(|| (class_at(end + 1) == Some("det")).then(|| org_at.get(&(end + 2))).flatten())) {
                    // "militants of the PKK": members of a body are of its country
                    country = c.country.clone();
                } else if let (Some("at"), Some(c)) = (class_at(end), place_at.get(&(end + 1))) {
                    country = c.country.clone();
                } else if let (Some("of"), Some(c)) = (class_at(end), person_at.get(&(end + 1))) {
                    // (the person stays a mention of its own)
                    country = c.country.clone();
                } else {
                    // … a few words on: "korban gempa bumi di Myanmar"
                    let plain = |k: usize| toks.get(k).is_some_and(|t| t.kind == warta_core::TokenKind::Word && !t.cap && t.sentence == toks[i].sentence) && class_at(k).is_none();
                    if let Some(k) = (end + 1..end + 4).find(|&k| class_at(k) == Some("at") && (end..k).all(plain)) {
                        // (a country's name there, not its adjective before a noun: "civilians died in
                        // Russian shelling")
                        country = country_at.get(&(k + 1)).filter(|c| !(lang.demonym_form(&toks[c.tok_start].lower) && toks.get(c.tok_end).is_some_and(|t| t.kind == warta_core::TokenKind::Word && !t.cap && t.sentence == toks[i].sentence && class_at(c.tok_end).is_none()))).and_then(|c| c.country.clone());
                    }
                }
            }
            // "Danish media and government": an agent right after another one and a conjunction shares its country
            if country.is_none() && i >= 2 && class_at(i - 1) == Some("conj") {
                if let Some(prev) = agents.iter().rev().find(|a: &&ActorRef| a.tok_end == i - 1) {
                    country = prev.country.clone();
                }
            }
            // "The Peruvian military said its troops …": after a possessive pronoun (function-word class
            // `poss_pronoun`), the country of the last actor named before it in the sentence
            // (or a relative one: "Chile and Peru, whose troops shelled …", class `rel_poss`)
            // (not one named after a preposition, the object of an act: "X said it had deployed units to fight
            // against Y, saying its soldiers …" are X's)
            if country.is_none() && i >= 1 && matches!(class_at(i - 1), Some("poss_pronoun" | "rel_poss")) {
                let before = |c: &&ActorRef| c.tok_end < i && toks[c.tok_start].sentence == toks[i].sentence && c.country.is_some();
                let after_prep = |c: &&ActorRef| c.tok_start > 0 && matches!(class_at(c.tok_start - 1), Some("to" | "with" | "against" | "at" | "from" | "by" | "between"));
                // ("his officials": the last person's, marker class `person_poss`)
                let person = lang.has_class(&toks[i - 1].lower, "person_poss");
                let before = |c: &&ActorRef| before(c) && (!person || c.etype == Some(EntityType::Person));
                let last = cands.iter().chain(agents.iter()).filter(before).max_by_key(|c| c.tok_end);
                let unmarked = cands.iter().chain(agents.iter()).filter(before).filter(|c| !after_prep(c)).max_by_key(|c| c.tok_end);
                // (after a comma and a participle, "…, saying its soldiers", the sentence's subject's)
                let participle = i >= 3 && toks[i - 3].lower == "," && lang.progressive_form(&toks[i - 2].lower);
                let first = cands.iter().chain(agents.iter()).filter(before).filter(|c| !c.place && c.tok_start >= dateline).min_by_key(|c| c.tok_start);
                country = if participle && first.is_some() { first } else if last.is_some_and(|c| after_prep(&c)) { unmarked.or(last) } else { last }.and_then(|c| c.country.clone());
            }
            // "…, made the jet come down at X, where police detained …": a state's organ named bare in a relative clause on a
            // place (class `rel_place`, after a comma and the place, perhaps past an article) is of the place's state
            if country.is_none() && matches!(sector.as_str(), "MIL" | "COP" | "GOV" | "JUD" | "SPY") {
                let w = if i >= 2 && class_at(i - 1) == Some("det") { i - 2 } else { i.saturating_sub(1) };
                if w >= 2 && class_at(w) == Some("rel_place") && toks[w - 1].lower == "," && toks[w].sentence == toks[i].sentence {
                    let place = cands.iter().find(|c| c.tok_end == w - 1 && c.place && matches!(c.etype, Some(EntityType::City) | Some(EntityType::Region) | Some(EntityType::Country)) && c.country.is_some());
                    if let Some(p) = place {
                        country = p.country.clone();
                    }
                }
            }
            // "Chilean Defence Minister X said the army would …", "X mengatakan militer akan …": armed forces,
            // police or a government named bare in what an official says are the official's own
            // (a reporting verb a word or two before the agent, "said (that) (the)", and a person of a state
            // before it in the sentence)
            if country.is_none() && matches!(sector.as_str(), "MIL" | "COP" | "GOV") {
                let s = toks[i].sentence;
                let verb = (i.saturating_sub(3)..i).rev().find(|&k| toks[k].sentence == s && lang.reporting_pre_words.contains(&toks[k].lower));
                if let Some(v) = verb.filter(|&v| (v + 1..i).all(|k| matches!(class_at(k), Some("det" | "comp")))) {
                    let speaker = cands.iter().filter(|c| c.tok_end <= v && toks[c.tok_start].sentence == s && c.etype == Some(EntityType::Person) && c.country.is_some()).max_by_key(|c| c.tok_end);
                    country = speaker.filter(|c| c.tok_end + 2 >= v).and_then(|c| c.country.clone());
                }
            }
            // "the rebels", "kelompok pemberontak itu": armed fighters told again, with no country of their own, are
            // the last armed group named in that sentence or the three before ("stop bombing the Houthis because the
            // rebels had agreed …")
            let armed = crate::coder::armed_sector;
            if country.is_none() && armed(sector) && ((i >= 1 && class_at(i - 1) == Some("det")) || class_at(end) == Some("det_post")) {
                let s = toks[i].sentence;
                let group = cands.iter().filter(|c| c.tok_end <= i && toks[c.tok_start].sentence + 3 >= s && c.country.is_some() && c.sector.as_deref().is_some_and(armed)).max_by_key(|c| c.tok_end);
                country = group.and_then(|c| c.country.clone());
            }
            // "the junta", "junta militer": a military government named bare (marker class `regime`) is the state under
            // military rule on the story's day (xx/military_rule.tsv) named nearest before it, unless the story's own
            // state is one (a story filed from Paris on X's rulers: "The junta said …")
            if country.is_none() && lang.has_class(&p.join(" "), "regime") {
                if let Some(day) = doc.article.published.as_deref().filter(|d| d.len() >= 10).map(|d| &d[..10]) {
                    let ruled = |c: &str| lang.under_military_rule(c, day);
                    if !doc.home_country.as_deref().is_some_and(ruled) {
                        let near = cands.iter().chain(agents.iter()).filter(|c| c.tok_end <= i && c.country.as_deref().is_some_and(ruled)).max_by_key(|c| c.tok_end);
                        country = near.and_then(|c| c.country.clone());
                    }
                }
            }
            // "the court", "pengadilan itu": a body named bare with an article is the organisation named before it (in
            // that sentence or the five before) by a name with that noun ("the Inter-American Court of Human Rights … as the
            // court ruled on Monday")
            if country.is_none() && p.len() == 1 && ((i >= 1 && class_at(i - 1) == Some("det")) || class_at(end) == Some("det_post")) {
                let s = toks[i].sentence;
                let has_noun = |c: &&ActorRef| doc.body[c.span.start..c.span.end].split(' ').any(|w| w.to_lowercase() == p[0]);
                if let Some(c) = cands.iter().filter(|c| c.tok_end <= i && c.etype == Some(EntityType::Org) && c.entity.is_some() && toks[c.tok_start].sentence + 5 >= s).filter(has_noun).max_by_key(|c| c.tok_end) {
                    agents.push(ActorRef { span: Span::new(toks[start].span.start, toks[end - 1].span.end), tok_start: start, tok_end: end, ..(*c).clone() });
                    explicit.push(true);
                    i = end;
                    continue;
                }
            }
            explicit.push(country.is_some());
            // (people said to be foreign are of no country the story knows, not of its own: "hostile foreign forces",
            // "pasukan asing" — marker class `foreign_word`, up to two lower-case words before the agent or right after it)
            let foreign = (1..=2).any(|d| i >= d && toks[i - d].sentence == toks[i].sentence && lang.has_class(&toks[i - d].lower, "foreign_word") && (i - d + 1..i).all(|k| !toks[k].cap && toks[k].kind == warta_core::TokenKind::Word))
                || toks.get(end).is_some_and(|t| t.sentence == toks[i].sentence && lang.has_class(&t.lower, "foreign_word"));
            if country.is_none() && !foreign {
                country = doc.home_country.clone();
            }
            agents.push(ActorRef { span: Span::new(toks[start].span.start, toks[end - 1].span.end), tok_start: start, tok_end: end, entity: None, etype: None, country, sector: Some(sector.clone()), anaphor: None, place: false, home: false });
            i = end;
        } else {
            i += 1;
        }
    }
    for (n, end) in grown {
        cands[n].tok_end = end;
        cands[n].span = Span::new(cands[n].span.start, toks[end - 1].span.end);
    }
    // "pemerintah dan rakyat Myanmar": an agent without a country of its own before a conjunction
    // shares the country named with the next one
    for n in (0..agents.len().saturating_sub(1)).rev() {
        let next_conj = toks.get(agents[n].tok_end).is_some_and(|t| lang.function_words.get(&t.lower).is_some_and(|c| c == "conj"));
        if !explicit[n] && explicit[n + 1] && next_conj && agents[n + 1].tok_start == agents[n].tok_end + 1 {
            agents[n].country = agents[n + 1].country.clone();
            explicit[n] = true;
        }
    }
    for (a, given) in agents.iter_mut().zip(&explicit) {
        a.home = !given && a.country.is_some();
    }
    // "Chilean and Peruvian officials": a country's adjective joined to an agent that opens with another one is
    // that country's agent of the same sector
    // (only agents right after a conjunction opening with an adjective are looked at, before any search of the candidates)
    let joined = |a: &&ActorRef| a.tok_start >= 2 && a.sector.is_some() && lang.function_words.get(&toks[a.tok_start - 1].lower).is_some_and(|c| c == "conj") && lang.demonym_form(&toks[a.tok_start].lower);
    for a in agents.iter().filter(joined) {
        if let Some(c) = cands.iter_mut().find(|c| c.etype == Some(EntityType::Country) && c.tok_end == a.tok_start - 1 && c.tok_end == c.tok_start + 1 && c.sector.is_none() && lang.demonym_form(&toks[c.tok_start].lower)) {
            c.sector = a.sector.clone();
        }
    }
    cands.extend(agents);
    // "the Iraqi city of Basra", "the Russian capital": a country's name before a place noun
    // names a place, not an actor
    for c in cands.iter_mut().filter(|c| c.etype == Some(EntityType::Country)) {
        if toks.get(c.tok_end).is_some_and(|t| lang.function_words.get(&t.lower).is_some_and(|k| k == "place_noun")) {
            c.place = true;
        }
    }
    // "di Santiago, Chile", "in Lima, Peru": a country after its own city and a comma says where
    // the city is; it is part of the place, not an actor
    let city_country: Vec<(usize, Option<String>)> = cands.iter().filter(|c| matches!(c.etype, Some(EntityType::City) | Some(EntityType::Region))).map(|c| (c.tok_end, c.country.clone())).collect();
    for c in cands.iter_mut().filter(|c| c.etype == Some(EntityType::Country) && c.tok_start >= 2) {
        if toks[c.tok_start - 1].lower == "," && city_country.iter().any(|(e, k)| *e == c.tok_start - 1 && k.is_some() && *k == c.country) {
            c.place = true;
        }
    }
    // a dateline names where the story was filed, not who acts: its names are places
    if let Some(d) = doc.dateline_dash() {
        for c in cands.iter_mut().filter(|c| c.tok_end <= d && c.etype != Some(EntityType::Person)) {
            c.place = true;
        }
    }
    // anaphors: the longest first, up to four words ("the three neighbouring countries", "negara itu", "they")
    let mut key = String::new();
    // where a side of a country that is no person ends (for "X said it would …")
    let side_ending: rustc_hash::FxHashSet<usize> = cands.iter().filter(|c| c.etype != Some(EntityType::Person) && c.country.is_some()).map(|c| c.tok_end).collect();
    let mut i = 0;
    while i < toks.len() {
        // only a token that opens some anaphor phrase is looked at further
        if !lang.pronoun_first_words.contains(toks[i].lower.as_str()) {
            i += 1;
            continue;
        }
        let mut hit = None;
        let mut apposed: Option<ActorRef> = None;
        for len in (1..=4).rev() {
            if i + len > toks.len() || toks[i + len - 1].sentence != toks[i].sentence {
                continue;
            }
            key.clear();
            for (n, t) in toks[i..i + len].iter().enumerate() {
                if n > 0 {
                    key.push(' ');
                }
                key.push_str(&t.lower);
            }
            if let Some(k) = lang.pronouns.get(&key) {
                // (a region named by a direction alone, "the North", only capitalised: "in the north" is a part of a country;
                // marker class `compass_name`)
                if k.starts_with("region:") && lang.has_class(&toks[i + len - 1].lower, "compass_name") && !toks[i + len - 1].cap {
                    continue;
                }
                // (a person's state not used as a noun's modifier: "his country residence" is a house)
                if k == "person_country" && toks.get(i + len).is_some_and(|t| t.sentence == toks[i].sentence && t.kind == warta_core::TokenKind::Word && !t.cap && !lang.function_words.contains_key(&t.lower) && !lang.is_stopword(&t.lower) && !lang.verb_form(&t.lower)) {
                    continue;
                }
                // (a description the state's name follows, after "of" or at once, is that state's apposition: "the Pacific
                // island nation of X", "negara kepulauan X" — the name is the side, no anaphor)
                // (it stands for that state: its words are no other side, "the South American nation of X" names no American)
                let named = |k: usize| cands.iter().find(|c| c.tok_start == k && c.etype == Some(EntityType::Country) && toks[k].sentence == toks[i].sentence).cloned();
                let of = lang.function_words.get(toks.get(i + len).map_or("", |t| t.lower.as_str())).is_some_and(|c| c == "of");
                if let Some(state) = named(i + len).or_else(|| if of { named(i + len + 1) } else { None }).filter(|_| len >= 2) {
                    apposed = Some(ActorRef { span: Span::new(toks[i].span.start, toks[i + len - 1].span.end), tok_start: i, tok_end: i + len, ..state });
                    break;
                }
                hit = Some((len, k.clone()));
                break;
            }
        }
        // (an anaphor of kind `object`, "it", only between a verb and a preposition or a stop: "urging it to
        // …", "attacked it on Monday"; as a subject it is mostly no actor, "it said", "it is unclear", nor is
        // it one after a verb of saying, "indicated it would act")
        let object_at = |i: usize| {
            let next_ok = toks.get(i + 1).is_none_or(|t| t.sentence != toks[i].sentence || t.kind == warta_core::TokenKind::Punct || lang.function_words.get(&t.lower).is_some_and(|c| matches!(c.as_str(), "of" | "to" | "against" | "with" | "from" | "at" | "by")));
            i > 0 && toks[i - 1].sentence == toks[i].sentence && lang.verb_form(&toks[i - 1].lower) && next_ok
        };
        // (… or as the subject of a relative clause on an object, "militants whom it accuses Lima of sheltering",
        // "the plan, which it says …": kind `rel_subject`, the sentence's subject)
        let rel_subject_at = |i: usize| i > 0 && toks[i - 1].sentence == toks[i].sentence && lang.function_words.get(&toks[i - 1].lower).is_some_and(|c| c == "rel") && toks.get(i + 1).is_some_and(|t| t.sentence == toks[i].sentence && lang.verb_form(&t.lower));
        // (… or opening a clause before an act in the past, "On Wednesday night it recalled its envoy", "…, and it
        // expelled …": kind `it_subject`, the body the sentence before was about; not before a verb of saying,
        // a copula or a verb of class `expletive_verb`, "it emerged", "it took hours")
        let it_subject_at = |i: usize| {
            let same = |k: usize| toks.get(k).is_some_and(|t| t.sentence == toks[i].sentence);
            let opens = i == 0
                || !same(i - 1)
                || toks[i - 1].kind == warta_core::TokenKind::Punct
                || lang.function_words.get(&toks[i - 1].lower).is_some_and(|c| c == "conj")
                || doc.times.iter().any(|t| t.end == toks[i - 1].span.end);
            let mut v = i + 1;
            if same(v) && (lang.has_class(&toks[v].lower, "perfect_aux") || lang.has_class(&toks[v].lower, "pluperfect_aux")) {
                v += 1;
            }
            let w = toks.get(v).map(|t| t.lower.as_str()).unwrap_or("");
            opens && same(v) && !toks[v].cap && lang.verb_form(w) && !lang.reporting_pre_words.contains(w) && !lang.has_class(w, "expletive_verb") && lang.function_words.get(w).is_none_or(|c| !c.ends_with("_aux"))
        };
        // (… or right after a verb of saying, before a modal or a past verb, "Lima said it would drop the case …": kind
        // `said_subject`, the side that says it, named right before the verb)
        let said_subject_at = |i: usize| {
            i > 1 && toks[i - 1].sentence == toks[i].sentence && lang.reporting_pre_words.contains(&toks[i - 1].lower)
                && toks.get(i + 1).is_some_and(|t| t.sentence == toks[i].sentence && !t.cap && (lang.modality.iter().any(|(p, _)| p.len() == 1 && p[0] == t.lower) || lang.has_class(&t.lower, "perfect_aux") || lang.has_class(&t.lower, "pluperfect_aux")))
                && side_ending.contains(&(i - 1))
        };
        let hit = hit.and_then(|(len, kind)| match kind.as_str() {
            "object" if said_subject_at(i) => Some((len, "said_subject".to_string())),
            "object" if object_at(i) => Some((len, kind)),
            "object" if rel_subject_at(i) => Some((len, "rel_subject".to_string())),
            "object" if it_subject_at(i) => Some((len, "it_subject".to_string())),
            "object" => None,
            // (a document named again opening a sentence speaks for whoever issued it, the body the sentence before was
            // about: "… a note of its ministry showed. The note, dated Monday, said …")
            "document" if i == 0 || toks[i - 1].sentence != toks[i].sentence => Some((len, "it_subject".to_string())),
            "document" => None,
            _ => Some((len, kind)),
        });
        // (nor is "the country" one in an apposition describing a town: "X, the country's largest city")
        let hit = hit.filter(|(_, kind)| kind != "country" || !(i >= 2 && toks[i - 1].lower == "," && cands.iter().any(|c| c.tok_end == i - 1 && c.etype == Some(EntityType::City))));
        // (nor is "the alliance" one when a side follows it: "the alliance with X" names its relation to X)
        let hit = hit.filter(|(len, kind)| kind != "org" || !toks.get(i + len).is_some_and(|t| t.sentence == toks[i].sentence && lang.function_words.get(&t.lower).is_some_and(|c| c == "with")));
        if let Some(a) = apposed.take() {
            i = a.tok_end;
            cands.push(a);
            continue;
        }
        if let Some((len, kind)) = hit {
            cands.push(ActorRef { span: Span::new(toks[i].span.start, toks[i + len - 1].span.end), tok_start: i, tok_end: i + len, entity: None, etype: None, country: None, sector: None, anaphor: Some(kind), place: false, home: false });
            i += len;
        } else {
            i += 1;
        }
    }
    // non-overlapping: longest first, then persons/orgs before countries
    let rank = |a: &ActorRef| match a.etype {
        Some(EntityType::Person) => 0,
        Some(EntityType::Org) => 1,
        None if a.anaphor.is_none() => 2,
        Some(EntityType::Country) => 3,
        _ => 4,
    };
    cands.sort_by(|a, b| (b.tok_end - b.tok_start).cmp(&(a.tok_end - a.tok_start)).then(rank(a).cmp(&rank(b))).then(a.tok_start.cmp(&b.tok_start)));
    let mut taken = vec![false; toks.len()];
    let mut out = vec![];
    for c in cands {
        if (c.tok_start..c.tok_end).any(|k| taken[k]) {
            continue;
        }
        for k in c.tok_start..c.tok_end {
            taken[k] = true;
        }
        out.push(c);
    }
    out.sort_by_key(|a| a.tok_start);
    // "two men working for Russian intelligence", "dua warga X yang bekerja untuk intelijen Y": people said to act for a
    // side (marker class `works_for`, perhaps after a relative word) stand for it, its state and sector
    for n in 0..out.len().saturating_sub(1) {
        let (a, b) = (&out[n], &out[n + 1]);
        if a.place || a.anaphor.is_some() || b.place || b.country.is_none() || toks[a.tok_start].sentence != toks[b.tok_start].sentence {
            continue;
        }
        let mut k = a.tok_end;
        if toks.get(k).is_some_and(|t| lang.function_words.get(&t.lower).is_some_and(|c| c == "rel")) {
            k += 1;
        }
        let words = |k: usize, j: usize| toks[k..j].iter().map(|t| t.lower.as_str()).collect::<Vec<_>>().join(" ");
        if b.tok_start > k && b.tok_start <= k + 4 && lang.has_class(&words(k, b.tok_start), "works_for") {
            let (country, sector) = (b.country.clone(), b.sector.clone());
            out[n].country = country;
            out[n].sector = sector;
            out[n].home = false;
        }
    }
    out
}
