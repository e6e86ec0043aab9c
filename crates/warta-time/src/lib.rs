//! warta-time: time expressions, the document date, normalised TIMEX3-style values.
//!
//! Recognition walks the tokens with the language's month, weekday, number and time-word
//! tables; normalisation needs a document creation time (DCT). The DCT comes from the caller
//! (`--published`), page metadata, or a printed date above the body; when none is printed it
//! is inferred: a weekday with a day and month ("Kamis (5/2)") fixes the year — the first year,
//! not before the latest year the text mentions, in which that day falls on that weekday.
//! Failing that, the latest full date in the text is taken. Either way `published_inferred`.

use chrono::{Datelike, Duration, NaiveDate};
use warta_core::{Doc, DocError, Facet, Stage, TimeExpr, Token, TokenKind};
use warta_lang::Lang;

pub struct TimeStage;

/// A recognised expression before normalisation.
#[derive(Debug, Clone, PartialEq)]
pub enum Raw {
    Date(i32, u32, u32),
    DayMonth { day: u32, month: u32, weekday: Option<u32> },
    MonthYear(i32, u32),
    Month(u32),
    Year(i32),
    Weekday(u32),
    Rel { unit: char, n: i64 },
    Weekend(i64),
    Present,
    /// "that year", "the following year": the year last mentioned, plus the offset.
    AnaphoricYear(i64),
    /// "that day", "the next day": the day last mentioned (or the DCT), plus the offset; resolved
    /// by `TimeStage`, which knows the days mentioned before.
    AnaphoricDay(i64),
    /// "at the time", "saat itu": the time last told (a day, a month or a year) in that sentence or the two before;
    /// resolved by `TimeStage`.
    AnaphoricTime,
    /// "three days", "a couple of years", "16-hour": a number (None = unspecified) of a unit
    /// (D W M Y, h m s for hours, minutes, seconds, E decades, C centuries).
    Duration { n: Option<u32>, unit: char },
    /// "daily", "every week": a set of times, one per unit.
    Set(char),
    /// "the future", "the past", "recently".
    Ref(&'static str),
    /// A season (1 spring … 4 winter) of a year given, or relative to the DCT (`rel`).
    Season { season: u32, year: Option<i32>, rel: i64 },
    /// "the 1990s" → the decade's first three digits.
    Decade(i32),
    /// "the 20th century" → its number minus one ("19").
    Century(i32),
    /// "last May", "this September": a month relative to the DCT's year.
    MonthRel { month: u32, rel: i64 },
    /// "Mei lalu", "Maret mendatang": the nearest such month before (rel < 0) or after the page's, its own month included
    MonthNear { month: u32, rel: i64 },
    /// A quarter (1–4) of a year given, or counted from the DCT's quarter (`rel`, in quarters) when
    /// `q` is 0 ("the latest quarter"), or of the DCT's year ("the third quarter").
    Quarter { q: u32, year: Option<i32>, rel: i64 },
    /// "last Friday", "next Tuesday": the weekday before or after the DCT.
    WeekdayRel { weekday: u32, rel: i64 },
    /// a weekday of a week counted from this one ("Sabtu pekan depan": weeks 1)
    WeekdayOfWeek { weekday: u32, weeks: i64 },
    /// A clock time on a day ("pukul 15.00" → T15:00).
    Clock(Box<Raw>, u32, u32),
    /// A day not known from the expression (a clock time alone).
    Unknown,
    /// "January this year", "June last year".
    MonthOfYear { month: u32, year_rel: i64 },
    /// A part of the day (1 morning, 2 afternoon, 3 evening, 4 night) of a day expression.
    PartOfDay(Box<Raw>, u32),
    /// "the weekend" (no "this" or "last"): the one just past, or with a future marker the next one.
    NearWeekend,
    /// A holiday: a fixed day of a month, or (`nth` > 0) the nth `weekday` of the month
    /// (Thanksgiving: the fourth Thursday of November); `rel` −1 "last", 1 "next", 0 by direction.
    Holiday { month: u32, day: u32, nth: u32, weekday: u32, rel: i64 },
}

#[derive(Debug, Clone)]
pub struct Found {
    pub tok_start: usize,
    pub tok_end: usize,
    pub raw: Raw,
    pub since: bool,
    /// A future marker ("will", "akan") governs the expression: a bare month, weekday or day and
    /// month is then the next one after the DCT, not the last one before it.
    pub future: bool,
}

fn num(t: &Token) -> Option<u32> {
    if t.kind != TokenKind::Number {
        let s = t.lower.trim_end_matches(|c: char| c.is_alphabetic());
        let suffix = &t.lower[s.len()..];
        if !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()) && matches!(suffix, "st" | "nd" | "rd" | "th") {
            return s.parse().ok();
        }
        return None;
    }
    t.lower.parse().ok()
}

fn year(t: &Token) -> Option<i32> {
    let n = num(t)?;
    (t.lower.len() == 4 && (1900..=2100).contains(&n)).then_some(n as i32)
}

fn day(t: &Token) -> Option<u32> {
    num(t).filter(|d| (1..=31).contains(d))
}

type TimeWord = (Vec<String>, String, i64);
/// (kind, the time words of that kind in file order)
type KindGroup = (String, Vec<TimeWord>);

/// A language's time words indexed by their first word (built once per language).
struct TimeIndex {
    by_first: warta_lang::WordMap<Vec<TimeWord>>,
    /// The same, grouped by kind (each group in file order): a lookup of one kind at a token scans its
    /// kinds, not every time word the token starts ("the" starts some forty).
    by_first_kind: warta_lang::WordMap<Vec<KindGroup>>,
    /// Every word an expression may start with (time words, months, weekdays, number words).
    starters: rustc_hash::FxHashSet<String>,
    /// One-word a.m./p.m. markers, which may also be glued to a number ("2pm").
    meridiem: Vec<(String, i64)>,
}

fn time_index(lang: &Lang) -> &'static TimeIndex {
    static INDEX: std::sync::OnceLock<std::sync::Mutex<std::collections::HashMap<String, &'static TimeIndex>>> = std::sync::OnceLock::new();
    let mut m = INDEX.get_or_init(Default::default).lock().unwrap_or_else(|p| p.into_inner());
    m.entry(lang.code.clone()).or_insert_with(|| {
        let mut by_first: warta_lang::WordMap<Vec<TimeWord>> = Default::default();
        // markers read around an expression never start one (nor do the prepositions, "since", "to" of a
        // range and the filler before "ago", read only before or after one: a recogniser never asks for
        // these kinds at the token an expression starts with, so such a word alone need not be tried)
        const NOT_STARTING: [&str; 11] = ["future", "future_before", "invite", "past_aux", "act_after", "said_then", "prep", "since", "range_to", "ago_filler", "span_and"];
        let mut starting = rustc_hash::FxHashSet::default();
        for w in &lang.time_words {
            if let Some(f) = w.0.first() {
                by_first.entry(f.clone()).or_default().push(w.clone());
                if !NOT_STARTING.contains(&w.1.as_str()) {
                    starting.insert(f.clone());
                }
            }
        }
        let starters = starting.iter().chain(lang.months.keys()).chain(lang.weekdays.keys()).chain(lang.numbers.keys()).cloned().collect();
        let meridiem = lang.time_words.iter().filter(|(p, k, _)| k == "meridiem" && p.len() == 1).map(|(p, _, a)| (p[0].clone(), *a)).collect();
        let by_first_kind = by_first
            .iter()
            .map(|(f, words)| {
                let mut groups: Vec<KindGroup> = vec![];
                for w in words {
                    match groups.iter_mut().find(|(k, _)| *k == w.1) {
                        Some((_, g)) => g.push(w.clone()),
                        None => groups.push((w.1.clone(), vec![w.clone()])),
                    }
                }
                (f.clone(), groups)
            })
            .collect();
        Box::leak(Box::new(TimeIndex { by_first, by_first_kind, starters, meridiem }))
    })
}

struct Ctx<'a> {
    ix: &'static TimeIndex,
    lang: &'a Lang,
    toks: &'a [Token],
    dmy: bool,
    /// `starting(i)` of the last token indices asked for (slot `i % 8`): a match asks for the same few
    /// tokens' time words many times over.
    memo: [std::cell::Cell<(usize, &'static [KindGroup])>; 8],
}

impl Ctx<'_> {
    fn t(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }
    fn is(&self, i: usize, s: &str) -> bool {
        self.t(i).is_some_and(|t| t.lower == s)
    }
    fn same_sentence(&self, a: usize, b: usize) -> bool {
        match (self.t(a), self.t(b)) {
            (Some(x), Some(y)) => x.sentence == y.sentence,
            _ => false,
        }
    }
    /// Month at `i`; a bare month word must be capitalised (English "may"), an abbreviation needs a number beside it.
    fn month(&self, i: usize) -> Option<u32> {
        let t = self.t(i)?;
        let m = *self.lang.months.get(&t.lower)?;
        if !t.cap && !t.lower.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        if t.lower.len() <= 4 && !["mei", "juni", "juli", "june", "july", "may"].contains(&t.lower.as_str()) {
            let next_num = self.t(i + 1).and_then(num).is_some() || self.t(i + 2).and_then(num).is_some() && self.is(i + 1, ".");
            let prev_num = i > 0 && self.t(i - 1).and_then(num).is_some();
            if !(next_num || prev_num) {
                return None;
            }
        }
        Some(m)
    }
    fn weekday(&self, i: usize) -> Option<u32> {
        let t = self.t(i)?;
        if !t.cap {
            return None;
        }
        let wd = self.lang.weekdays.get(&t.lower).copied()?;
        // an abbreviation ("Sun", "Wed") only with a full stop, a comma or a date after it
        if t.lower.chars().count() <= 3 && !(self.is(i + 1, ".") || self.is(i + 1, ",") || self.t(i + 1).and_then(num).is_some() || self.is(i + 1, "(")) {
            return None;
        }
        Some(wd)
    }
    /// Time words of `kind` whose first word is the token at `i`.
    fn starting(&self, i: usize, kind: &str) -> &'static [TimeWord] {
        let slot = &self.memo[i % 8];
        let groups = match slot.get() {
            (at, groups) if at == i => groups,
            _ => {
                let groups = self.t(i).and_then(|t| self.ix.by_first_kind.get(&t.lower)).map(|v| v.as_slice()).unwrap_or(&[]);
                slot.set((i, groups));
                groups
            }
        };
        groups.iter().find(|(k, _)| k == kind).map(|(_, words)| words.as_slice()).unwrap_or(&[])
    }
    fn kind_of(&self, words: &[&str]) -> Option<(&str, i64, usize)> {
        // longest time-word phrase starting here
        let first = words.first()?;
        let mut best: Option<(&str, i64, usize)> = None;
        for (phrase, kind, arg) in self.ix.by_first.get(*first).map(|v| v.as_slice()).unwrap_or(&[]) {
            if phrase.len() <= words.len() && phrase.iter().zip(words).all(|(a, b)| a == b) && best.is_none_or(|b| phrase.len() > b.2) {
                best = Some((kind.as_str(), *arg, phrase.len()));
            }
        }
        best
    }
    fn word_kind(&self, i: usize, kind: &str) -> bool {
        self.word_arg(i, kind).is_some()
    }
    /// The argument of a one-word time word of `kind` at `i`.
    fn word_arg(&self, i: usize, kind: &str) -> Option<i64> {
        self.starting(i, kind).iter().find(|(p, _, _)| p.len() == 1).map(|(_, _, a)| *a)
    }
    /// A phrase of `kind` starting at `i`: (argument, length in tokens), longest first.
    fn phrase(&self, i: usize, kind: &str) -> Option<(i64, usize)> {
        let mut best: Option<(i64, usize)> = None;
        for (p, _, a) in self.starting(i, kind) {
            if p.iter().enumerate().all(|(n, w)| self.is(i + n, w)) && best.is_none_or(|b| p.len() > b.1) {
                best = Some((*a, p.len()));
            }
        }
        best
    }
    /// A number: digits ("14", "20th"), a number word, or a hyphenated pair of number words ("forty-five").
    fn quantity(&self, i: usize) -> Option<u32> {
        let t = self.t(i)?;
        if let Some(n) = num(t) {
            return Some(n);
        }
        if let Some(n) = self.lang.numbers.get(&t.lower) {
            return u32::try_from(*n).ok();
        }
        let (a, b) = t.lower.split_once('-')?;
        Some(u32::try_from(*self.lang.numbers.get(a)? + *self.lang.numbers.get(b)?).ok()?)
    }
    fn is_prep(&self, i: usize) -> bool {
        self.word_kind(i, "prep") || self.word_kind(i, "since")
    }
}

/// Recognise time expressions over a token slice.
pub fn recognise(lang: &Lang, toks: &[Token]) -> Vec<Found> {
    let dmy = lang.time_words.iter().find(|(_, k, _)| k == "order_dmy").map(|(_, _, a)| *a != 0).unwrap_or(true);
    let c = Ctx { ix: time_index(lang), lang, toks, dmy, memo: std::array::from_fn(|_| std::cell::Cell::new((usize::MAX, &[][..]))) };
    let mut out: Vec<Found> = vec![];
    let mut i = 0;
    while i < toks.len() {
        if let Some((raw, len)) = match_at(&c, i) {
            let since = i > 0 && c.word_kind(i - 1, "since") && c.same_sentence(i - 1, i);
            let future = !since && directional(raw.day()) && future_marked(&c, i, i + len);
            out.push(Found { tok_start: i, tok_end: i + len, raw, since, future });
            i += len;
        } else {
            i += 1;
        }
    }
    out
}

/// Expressions whose year or week is chosen by direction (the last one before the DCT, or with a
/// future marker the next one).
fn directional(raw: &Raw) -> bool {
    matches!(raw, Raw::Month(_) | Raw::Weekday(_) | Raw::DayMonth { weekday: None, .. } | Raw::NearWeekend | Raw::Holiday { rel: 0, .. })
}

/// Is there a future marker (time word of kind `future`: "will", "akan") in the expression's
/// sentence, up to `FUTURE_BEFORE` tokens before it or `FUTURE_AFTER` after it?
fn future_marked(c: &Ctx, start: usize, end: usize) -> bool {
    const FUTURE_BEFORE: usize = 8;
    const FUTURE_AFTER: usize = 3;
    const INVITE_BEFORE: usize = 24;
    const FUTURE_BEFORE_CLAUSE: usize = 16;
    let lo = start.saturating_sub(FUTURE_BEFORE);
    let hi = (end + FUTURE_AFTER).min(c.toks.len());
    // a marker put in the past ("was scheduled", "had been due", "as previously planned") is not one
    let past = |k: usize| (k.saturating_sub(2)..k).any(|p| c.same_sentence(p, k) && c.word_kind(p, "past_aux"));
    // (an invitation looks further ahead: "mengundang X menghadiri konferensi … di Y, pada November", kind
    // `invite`, before the expression in its sentence)
    // (not a time right after the invitation and its guest, which is when it was made: "invited him in
    // November", "mengundangnya pada November")
    // (an invitation told in the past still invites ahead: "said he had invited X to the summit in November")
    let invited = (start.saturating_sub(INVITE_BEFORE)..start.saturating_sub(3)).any(|k| c.same_sentence(k, start) && c.word_kind(k, "invite"));
    // a day right after a reporting verb is when it was said: "said Monday that it would retaliate …" (a
    // marker after it belongs to what was said)
    let said_on = start > 0 && c.same_sentence(start - 1, start) && c.lang.reporting_pre_words.contains(&c.toks[start - 1].lower);
    if said_on && !invited {
        return false;
    }
    // (further back within the clause, no comma or other punctuation between: "are expected to follow at the United
    // Nations General Assembly in New York on Monday")
    // (nor a marker before a noun that a past participle then describes: "will halt the release of soldiers captured
    // during the fighting in July" — the month is the capture's; a participle after an auxiliary is the marker's own
    // verb, "will be held in July")
    let aux = |k: usize| c.lang.has_class(&c.toks[k].lower, "passive_aux") || c.lang.has_class(&c.toks[k].lower, "perfect_aux") || c.word_kind(k, "future") || c.word_kind(k, "future_before");
    let reduced_relative = |k: usize| (k + 2..start).any(|x| !c.toks[x].cap && c.lang.past_forms.contains(&c.toks[x].lower) && !aux(x - 1) && c.toks[x - 1].kind == TokenKind::Word && !c.toks[x - 1].cap);
    let before = |k: usize| k >= start || !reduced_relative(k);
    let far = (start.saturating_sub(FUTURE_BEFORE_CLAUSE)..lo).rev().take_while(|&k| c.same_sentence(k, start) && c.toks[k].kind != TokenKind::Punct).any(|k| c.word_kind(k, "future") && !past(k) && before(k)) && (lo..start).all(|k| c.toks[k].kind != TokenKind::Punct);
    // (a phrase of a gerund after a word of time, "before returning home on Friday", takes the tense of its sentence: a marker
    // anywhere before it, "is due to visit X and Y before returning home on Friday")
    let gerund = (lo..start).rev().take_while(|&k| c.same_sentence(k, start) && c.toks[k].kind != TokenKind::Punct).find(|&k| k > 0 && c.lang.progressive_form(&c.toks[k].lower) && c.lang.function_words.get(&c.toks[k - 1].lower).is_some_and(|x| x == "sub_time"));
    let gerund_future = gerund.is_some_and(|g| (0..g - 1).rev().take_while(|&k| c.same_sentence(k, start)).any(|k| c.word_kind(k, "future") && !past(k)));
    invited || far || gerund_future || (lo..start).chain(end..hi).any(|k| c.same_sentence(k, start) && (c.word_kind(k, "future") || (k < start && c.word_kind(k, "future_before"))) && !past(k) && before(k))
}

/// Can an expression start at this token? (Most tokens are ruled out here, before any rule runs.)
fn may_start(c: &Ctx, t: &Token) -> bool {
    t.kind == TokenKind::Number || t.lower == "(" || t.lower.starts_with(|ch: char| ch.is_ascii_digit()) || t.lower.contains('-') || c.ix.starters.contains(&t.lower)
}

/// A clock time at `i`: "pukul 15.00 WIB", "jam 9 pagi", "15:30 GMT", "10 p.m." → (hour, minute,
/// tokens). A number is a time only with a clock word before it, or a.m./p.m., a time zone or a
/// colon with it ("3.50" alone is a number).
fn clock(c: &Ctx, i: usize) -> Option<(u32, u32, usize)> {
    // "noon", "midday": a clock time in one word
    if let Some(h) = c.word_arg(i, "noon").filter(|h| (0..24).contains(h)) {
        return Some((h as u32, 0, 1));
    }
    let word = c.word_kind(i, "clock");
    let j = i + usize::from(word);
    let t = c.t(j)?;
    // "5.55pm", "2pm", "7:24pm": a.m./p.m. glued to the number
    let glued = |s: &str| -> Option<(String, i64)> { c.ix.meridiem.iter().find_map(|(m, a)| s.strip_suffix(m.as_str()).filter(|x| !x.is_empty()).map(|x| (x.to_string(), *a))) };
    let (first, mut glue) = match glued(&t.lower) {
        Some((x, a)) => (x, Some(a)),
        None => (t.lower.clone(), None),
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    let (mut h, m, mut len, colon) = if let Some((a, b)) = first.split_once('.').filter(|(a, b)| b.len() == 2 && digits(a)) {
        (a.parse::<u32>().ok()?, b.parse::<u32>().ok()?, 1, false)
    } else if digits(&first) && glue.is_none() && c.is(j + 1, ":") {
        let mt = c.t(j + 2)?;
        let (mins, g) = match glued(&mt.lower) {
            Some((x, a)) => (x, Some(a)),
            None => (mt.lower.clone(), None),
        };
        if mins.len() != 2 {
            return None;
        }
        glue = g;
        (first.parse::<u32>().ok()?, mins.parse::<u32>().ok()?, 3, true)
    } else if digits(&first) {
        (first.parse::<u32>().ok()?, 0, 1, false)
    } else {
        return None;
    };
    let meridiem = glue.map(|a| (a, 0)).or_else(|| c.phrase(j + len, "meridiem"));
    if let Some((add, l)) = meridiem {
        if h > 12 {
            return None;
        }
        h = h % 12 + add as u32;
        len += l;
    }
    let zone = c.word_kind(j + len, "timezone");
    if !(word || colon || zone || meridiem.is_some()) {
        return None;
    }
    if h > 23 || m > 59 {
        return None;
    }
    Some((h, m, j + len + usize::from(zone) - i))
}

impl Raw {
    /// The day under a clock time or a part of the day ("Senin (11/2/2019) pukul 15.00" → the date).
    pub fn day(&self) -> &Raw {
        match self {
            Raw::Clock(b, ..) | Raw::PartOfDay(b, _) => b.day(),
            r => r,
        }
    }
}

fn day_level(raw: &Raw) -> bool {
    matches!(raw, Raw::Date(..) | Raw::DayMonth { .. } | Raw::Weekday(_) | Raw::WeekdayRel { .. } | Raw::WeekdayOfWeek { .. } | Raw::Rel { unit: 'D', .. })
}

fn match_at(c: &Ctx, i: usize) -> Option<(Raw, usize)> {
    let t = c.t(i)?;
    if !may_start(c, t) {
        return None;
    }
    match match_core(c, i) {
        Some((raw, len)) if day_level(&raw) => {
            // "Senin (11/2/2019) pukul 15.00 WIB", "Sabtu (9/2/2019) malam"
            if let Some((h, m, l)) = clock(c, i + len) {
                return Some((Raw::Clock(Box::new(raw), h, m), len + l));
            }
            if let Some(p) = c.word_arg(i + len, "part_of_day") {
                return Some((Raw::PartOfDay(Box::new(raw), p as u32), len + 1));
            }
            Some((raw, len))
        }
        Some(found) => Some(found),
        None => {
            // a clock time before its day ("10 p.m. Wednesday"), or alone: then on the day last
            // mentioned (or the DCT's), as TimeML reads it; see `TimeStage`
            let (h, m, l) = clock(c, i)?;
            if let Some((day, dl)) = match_core(c, i + l).filter(|(r, _)| day_level(r)) {
                return Some((Raw::Clock(Box::new(day), h, m), l + dl));
            }
            Some((Raw::Clock(Box::new(Raw::Unknown), h, m), l))
        }
    }
}

fn match_core(c: &Ctx, i: usize) -> Option<(Raw, usize)> {
    let t = c.t(i)?;
    if !may_start(c, t) {
        return None;
    }
    // weekday-led forms: "Kamis (5/2)", "Senin (11/2/2019)", "Selasa, 14 Mei 2019", "Tuesday, May 14"
    if let Some(wd) = c.weekday(i) {
        let mut j = i + 1;
        if c.is(j, ",") {
            j += 1;
        }
        if c.is(j, "(") {
            if let Some((raw, len)) = numeric_date(c, j + 1) {
                let close = j + 1 + len;
                if c.is(close, ")") {
                    return Some((with_weekday(raw, wd), close + 1 - i));
                }
            }
        }
        if let Some((raw, len)) = text_date(c, j) {
            return Some((with_weekday(raw, wd), j + len - i));
        }
        if let Some(p) = c.word_arg(i + 1, "part_of_day") {
            return Some((Raw::PartOfDay(Box::new(Raw::Weekday(wd)), p as u32), 2));
        }
        // "Sabtu pekan depan", "Monday next week": that day of the week told
        if let Some((weeks, len)) = c.phrase(i + 1, "rel_week") {
            return Some((Raw::WeekdayOfWeek { weekday: wd, weeks }, 1 + len));
        }
        if c.same_sentence(i, i + 1) || i + 1 >= c.toks.len() {
            return Some((Raw::Weekday(wd), 1));
        }
    }
    // "(16/11/2015)"
    if t.lower == "(" {
        if let Some((raw, len)) = numeric_date(c, i + 1) {
            if matches!(raw, Raw::Date(..)) && c.is(i + 1 + len, ")") {
                return Some((raw, len + 2));
            }
        }
    }
    if let Some((raw, len)) = iso_date(c, i) {
        return Some((raw, len));
    }
    if let Some((raw, len)) = numeric_date(c, i) {
        if matches!(raw, Raw::Date(..)) {
            return Some((raw, len));
        }
    }
    if let Some(found) = decade(c, i).or_else(|| season(c, i)).or_else(|| month_rel(c, i)).or_else(|| quarter(c, i)) {
        return Some(found);
    }
    // "late November", "early December": the modifier belongs to the expression
    if c.word_arg(i, "decade_mod").is_some() {
        if let Some((raw, len)) = text_date(c, i + 1) {
            if matches!(raw, Raw::Month(_) | Raw::MonthYear(..)) || matches!(raw, Raw::DayMonth { .. }) {
                return Some((raw, len + 1));
            }
        }
        if let Some(m) = c.t(i + 1).and_then(|t| c.lang.months.get(&t.lower)).filter(|_| c.t(i + 1).is_some_and(|t| t.cap)) {
            return Some((Raw::Month(*m), 2));
        }
    }
    if let Some((raw, len)) = text_date(c, i) {
        // "January this year", "June last year"
        if let Raw::Month(m) = raw {
            if let Some((r, l)) = c.phrase(i + 1, "rel_year") {
                return Some((Raw::MonthOfYear { month: m, year_rel: r }, 1 + l));
            }
        }
        return Some((raw, len));
    }
    if let Some(found) = spelled_year(c, i).or_else(|| holiday(c, i)) {
        return Some(found);
    }
    // "fiscal 1989"
    if c.word_kind(i, "fiscal") {
        if let Some(y) = c.t(i + 1).and_then(year) {
            return Some((Raw::Year(y), 2));
        }
    }
    if let Some(found) = duration(c, i) {
        return Some(found);
    }
    // "this morning", "tonight", "last night"
    if let Some((p, len)) = c.phrase(i, "today_part") {
        return Some((Raw::PartOfDay(Box::new(Raw::Rel { unit: 'D', n: 0 }), p as u32), len));
    }
    if let Some((p, len)) = c.phrase(i, "rel_day_part") {
        return Some((Raw::PartOfDay(Box::new(Raw::Rel { unit: 'D', n: -1 }), p as u32), len));
    }
    if let Some((r, len)) = c.phrase(i, "ref") {
        const REFS: [&str; 3] = ["PAST_REF", "PRESENT_REF", "FUTURE_REF"];
        return Some((Raw::Ref(REFS[(r + 1).clamp(0, 2) as usize]), len));
    }
    if let Some((u, len)) = c.phrase(i, "set") {
        return Some((Raw::Set(unit_char(u)), len));
    }
    // time words: "kemarin", "pekan lalu", "tahun itu", "last month"
    let mut buf = [""; 4];
    let n_words = (c.toks.len() - i).min(4);
    for (k, w) in buf.iter_mut().enumerate().take(n_words) {
        *w = c.toks[i + k].lower.as_str();
    }
    if let Some((kind, arg, len)) = c.kind_of(&buf[..n_words]) {
        let raw = match kind {
            "rel_day" => Some(Raw::Rel { unit: 'D', n: arg }),
            "rel_week" => Some(Raw::Rel { unit: 'W', n: arg }),
            "rel_month" => Some(Raw::Rel { unit: 'M', n: arg }),
            "rel_year" => Some(Raw::Rel { unit: 'Y', n: arg }),
            "weekend" => Some(Raw::Weekend(arg)),
            "near_weekend" => Some(Raw::NearWeekend),
            "present" => Some(Raw::Present),
            "anaphoric_year" => Some(Raw::AnaphoricYear(arg)),
            "anaphoric_day" => Some(Raw::AnaphoricDay(arg)),
            "anaphoric_time" => Some(Raw::AnaphoricTime),
            _ => None,
        };
        if let Some(raw) = raw {
            if kind == "rel_day" {
                if let Some(p) = c.word_arg(i + len, "part_of_day") {
                    return Some((Raw::PartOfDay(Box::new(raw), p as u32), len + 1));
                }
            }
            return Some((raw, len));
        }
    }
    // a bare year: after a preposition, or where no noun follows it ("in 1997", "1996 was", but not
    // "2000 troops")
    if let Some(y) = year(t) {
        let after_prep = i > 0 && c.is_prep(i - 1) && c.same_sentence(i - 1, i);
        let next = c.t(i + 1);
        let stop = |w: &str| c.lang.is_stopword(w);
        // "2000 people" counts; "the 1996 Olympic", "its 1990 budget" name a year
        let modifier = i > 0 && c.t(i - 1).is_some_and(|p| stop(&p.lower) || p.lower == "'s");
        let counted = !modifier && next.is_some_and(|n| n.kind == TokenKind::Word && !n.cap && !stop(&n.lower));
        let prev_amount = i > 0 && c.t(i - 1).is_some_and(|p| p.kind == TokenKind::Number || c.word_kind(i - 1, "amount_marker"));
        if !next.is_some_and(|n| n.lower == "-" || n.lower == "/") && (after_prep || !counted && !prev_amount) {
            return Some((Raw::Year(y), 1));
        }
    }
    None
}

/// A year in words, as read aloud: "nineteen ninety-six" (a number word of 10–20 and one of 10–99),
/// "the year two thousand" (a multiple of 1,000 after a year word, plus a number under 100).
fn spelled_year(c: &Ctx, i: usize) -> Option<(Raw, usize)> {
    let word = |k: usize| c.t(k).is_some_and(|t| t.kind == TokenKind::Word);
    if !word(i) || !c.same_sentence(i, i + 1) {
        return None;
    }
    let hi = c.quantity(i)?;
    let lo = c.quantity(i + 1).filter(|_| word(i + 1));
    if (10..=20).contains(&hi) {
        if let Some(lo) = lo.filter(|n| (10..=99).contains(n)) {
            // not a duration or count: "nineteen twenty-five years"
            if unit_at(c, i + 2).is_none() {
                return Some((Raw::Year((hi * 100 + lo) as i32), 2));
            }
        }
    }
    if i > 0 && c.word_kind(i - 1, "unit_year") && (1..=3).contains(&hi) && lo == Some(1000) {
        let rest = c.quantity(i + 2).filter(|n| *n < 100 && word(i + 2) && c.same_sentence(i, i + 2));
        return Some((Raw::Year((hi * 1000 + rest.unwrap_or(0)) as i32), 2 + usize::from(rest.is_some())));
    }
    None
}

/// A holiday named in the language's data (`holiday` MMDD, `holiday_nth` M·100 + nth·10 + weekday),
/// perhaps after "last", "next" or "this".
fn holiday(c: &Ctx, i: usize) -> Option<(Raw, usize)> {
    // a holiday's name is capitalised ("Christmas", not "christmas shopping"): most tokens stop here
    let (rel, j) = if c.t(i).is_some_and(|t| t.cap) && c.word_arg(i, "rel_mod").is_none() {
        (0, i)
    } else if c.t(i + 1).is_some_and(|t| t.cap) {
        (c.word_arg(i, "rel_mod")?, i + 1)
    } else {
        return None;
    };
    let (raw, len) = if let Some((a, len)) = c.phrase(j, "holiday") {
        let (month, day) = ((a / 100) as u32, (a % 100) as u32);
        NaiveDate::from_ymd_opt(2000, month, day)?;
        (Raw::Holiday { month, day, nth: 0, weekday: 0, rel }, len)
    } else {
        let (a, len) = c.phrase(j, "holiday_nth")?;
        let (month, nth, weekday) = ((a / 100) as u32, (a / 10 % 10) as u32, (a % 10) as u32);
        if !(1..=12).contains(&month) || !(1..=5).contains(&nth) || !(1..=7).contains(&weekday) {
            return None;
        }
        (Raw::Holiday { month, day: 0, nth, weekday, rel }, len)
    };
    Some((raw, j + len - i))
}

/// How far a candidate date `diff` days from the DCT is, for a day without a year: the past is
/// preferred (a date more than a week after the DCT counts double); with a future marker, a date
/// before the DCT counts double.
fn direction_cost(diff: i64, future: bool) -> i64 {
    match future {
        true if diff < 0 => -diff * 2,
        true => diff,
        false if diff > 7 => diff * 2,
        false => diff.abs(),
    }
}

/// The date of a holiday in a year.
fn holiday_in(year: i32, month: u32, day: u32, nth: u32, weekday: u32) -> Option<NaiveDate> {
    if nth == 0 {
        return NaiveDate::from_ymd_opt(year, month, day);
    }
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let lead = (weekday as i64 - first.weekday().number_from_monday() as i64).rem_euclid(7);
    let d = first + Duration::days(lead + 7 * (nth as i64 - 1));
    (d.month() == month).then_some(d)
}

fn unit_char(u: i64) -> char {
    match u {
        1 => 'D',
        2 => 'W',
        3 => 'M',
        4 => 'Y',
        5 => 'h',
        6 => 'm',
        7 => 's',
        8 => 'E',
        9 => 'C',
        _ => 'X',
    }
}

const UNIT_KINDS: [&str; 9] = ["unit_day", "unit_week", "unit_month", "unit_year", "unit_hour", "unit_minute", "unit_second", "unit_decade", "unit_century"];

/// The unit a word names ("days", "hour"): (unit, plural).
fn unit_of(c: &Ctx, word: &str) -> Option<(char, bool)> {
    let entries = c.ix.by_first.get(word)?;
    UNIT_KINDS.iter().enumerate().find_map(|(k, kind)| entries.iter().find(|(p, kk, _)| kk == kind && p.len() == 1).map(|(_, _, a)| (unit_char(k as i64 + 1), *a == 2)))
}

/// The unit at `i`.
fn unit_at(c: &Ctx, i: usize) -> Option<(char, bool)> {
    unit_of(c, &c.t(i)?.lower)
}

/// Durations: "three days", "the past two months", "nearly forty years", "a couple of years",
/// "16-hour", "years" (after a preposition); with "ago" or "later" a date relative to the DCT.
fn duration(c: &Ctx, i: usize) -> Option<(Raw, usize)> {
    let mut j = i;
    // "the past", "the next", "nearly", "more than", "at least" …
    for kind in ["dur_span", "dur_mod"] {
        if let Some((_, l)) = c.phrase(j, kind) {
            j += l;
        }
    }
    if let Some((_, l)) = c.phrase(j, "dur_mod") {
        j += l;
    }
    // "16-hour", "two-day", "8-month-old"
    if let Some(t) = c.t(j) {
        let parts: Vec<&str> = t.lower.split('-').collect();
        // "16-hour", "two-day"; not an age ("6-year-old")
        if parts.len() == 2 {
            let n = parts[0].parse::<u32>().ok().or_else(|| c.lang.numbers.get(parts[0]).and_then(|n| u32::try_from(*n).ok()));
            if let (Some(n), Some((unit, _))) = (n, unit_of(c, parts[1])) {
                return Some((Raw::Duration { n: Some(n), unit }, j + 1 - i));
            }
        }
    }
    // a count fused with its unit: "sehari", "sepekan", "sebulan", "setahun" (kinds fused_day …)
    for (kind, unit) in [("fused_day", 'D'), ("fused_week", 'W'), ("fused_month", 'M'), ("fused_year", 'Y')] {
        if let Some(n) = c.word_arg(j, kind).and_then(|a| u32::try_from(a).ok()) {
            let end = j + 1;
            // "sehari sebelumnya", "sepekan kemudian": counted from the day told before (as "tiga hari sebelumnya" below)
            let told_dir = if c.word_kind(end, "before_that") { Some(-1) } else if c.word_kind(end, "after_that") { Some(1) } else { None };
            if let (Some(d), 'D' | 'W') = (told_dir, unit) {
                let days = if unit == 'W' { 7 * n as i64 } else { n as i64 };
                return Some((Raw::AnaphoricDay(d * days), end + 1 - i));
            }
            let dir = if c.word_kind(end, "ago") { Some(-1) } else if c.word_kind(end, "later") { Some(1) } else { None };
            return Some(match dir {
                Some(d) => (Raw::Rel { unit, n: d * n as i64 }, end + 1 - i),
                None => (Raw::Duration { n: Some(n), unit }, end - i),
            });
        }
    }
    // the quantity: a number, "a couple of", "a few", "several" (unspecified)
    let (n, qlen): (Option<u32>, usize) = if let Some((a, l)) = c.phrase(j, "quantity") {
        (u32::try_from(a).ok().filter(|a| *a > 0), l)
    } else if let Some(n) = c.quantity(j) {
        // "a hundred years": the article counts as one only before a unit
        match c.quantity(j + 1) {
            Some(m) if n == 1 && c.t(j).is_some_and(|t| t.kind != TokenKind::Number) => (Some(m), 2),
            _ => (Some(n), 1),
        }
    } else {
        (None, 0)
    };
    let (unit, plural) = unit_at(c, j + qlen)?;
    if qlen == 0 {
        // a bare unit is a duration only in the plural, after a preposition or a span word ("for years", "recent days")
        let introduced = j > i || (i > 0 && (c.is_prep(i - 1) || c.phrase(i - 1, "dur_span").is_some()));
        if !plural || !introduced {
            return None;
        }
    }
    let mut end = j + qlen + 1;
    // "two weeks ago", "three days later", "lima hari yang lalu"
    let filler = c.word_kind(end, "ago_filler") && (c.word_kind(end + 1, "ago") || c.word_kind(end + 1, "later"));
    end += usize::from(filler);
    // "tiga hari sebelumnya", "dua hari kemudian": counted from the day told before (kinds `before_that`,
    // `after_that`), not from the page's
    let told_dir = if c.word_kind(end, "before_that") { Some(-1) } else if c.word_kind(end, "after_that") { Some(1) } else { None };
    if let (Some(d), Some(n), 'D' | 'W') = (told_dir, n, unit) {
        let days = if unit == 'W' { 7 * n as i64 } else { n as i64 };
        return Some((Raw::AnaphoricDay(d * days), end + 1 - i));
    }
    let dir = if c.word_kind(end, "ago") { Some(-1) } else if c.word_kind(end, "later") { Some(1) } else { None };
    if let Some(d) = dir {
        return match (n, unit) {
            (Some(n), 'D' | 'W' | 'M' | 'Y') => Some((Raw::Rel { unit, n: d * n as i64 }, end + 1 - i)),
            (Some(n), 'E') => Some((Raw::Rel { unit: 'Y', n: d * 10 * n as i64 }, end + 1 - i)),
            _ => Some((Raw::Ref(if d < 0 { "PAST_REF" } else { "FUTURE_REF" }), end + 1 - i)),
        };
    }
    // "week" alone is not a duration ("last week" is a date; "a week" has its quantity)
    if qlen == 0 && j == i && !plural {
        return None;
    }
    Some((Raw::Duration { n, unit }, end - i))
}

/// "the 1990s", "the late 1970s", "early 1990s"
fn decade(c: &Ctx, i: usize) -> Option<(Raw, usize)> {
    let mut j = i;
    if c.phrase(j, "article").is_some() {
        j += 1;
    }
    if c.word_arg(j, "decade_mod").is_some() {
        j += 1;
    }
    let t = c.t(j)?;
    // "mid-1996", "late-1980s"
    if let Some((m, rest)) = t.lower.split_once('-') {
        if c.ix.by_first.get(m).is_some_and(|v| v.iter().any(|(p, k, _)| k == "decade_mod" && p.len() == 1)) {
            if let Some(d) = rest.strip_suffix('s').filter(|d| d.len() == 4 && d.ends_with('0') && d.bytes().all(|b| b.is_ascii_digit())) {
                return Some((Raw::Decade(d[..3].parse().ok()?), j + 1 - i));
            }
            if rest.len() == 4 && rest.bytes().all(|b| b.is_ascii_digit()) {
                let y: i32 = rest.parse().ok()?;
                if (1900..=2100).contains(&y) {
                    return Some((Raw::Year(y), j + 1 - i));
                }
            }
            if let Some(m) = c.lang.months.get(rest).filter(|_| rest.len() > 3) {
                return Some((Raw::Month(*m), j + 1 - i));
            }
        }
    }
    if let Some(d) = t.lower.strip_suffix('s') {
        if d.len() == 4 && d.ends_with('0') && d.chars().all(|ch| ch.is_ascii_digit()) {
            return Some((Raw::Decade(d[..3].parse().ok()?), j + 1 - i));
        }
    }
    // "the 20th century"
    if let (Some(n), Some(('C', false))) = (c.quantity(j), unit_at(c, j + 1)) {
        if c.t(j).is_some_and(|t| t.kind != TokenKind::Number) && (1..=21).contains(&n) {
            return Some((Raw::Century(n as i32 - 1), j + 2 - i));
        }
    }
    None
}

/// "last fall", "this summer", "the winter of 1994", "spring 1998"
fn season(c: &Ctx, i: usize) -> Option<(Raw, usize)> {
    let (rel, j) = match c.word_arg(i, "rel_mod") {
        Some(r) => (r, i + 1),
        // (a preposition is not part of the expression: "in the summer" starts at "the")
        None if c.phrase(i, "article").is_some() || c.word_arg(i, "decade_mod").is_some() => (0, i + 1),
        None => (0, i),
    };
    let s = c.word_arg(j, "season")? as u32;
    if j == i {
        // a bare season word needs its year ("summer 1998")
        let y = c.t(j + 1).and_then(year)?;
        return Some((Raw::Season { season: s, year: Some(y), rel: 0 }, 2));
    }
    if let Some(y) = c.t(j + 1).and_then(year) {
        return Some((Raw::Season { season: s, year: Some(y), rel: 0 }, j + 2 - i));
    }
    if c.word_kind(j + 1, "prep") {
        if let Some(y) = c.t(j + 2).and_then(year) {
            return Some((Raw::Season { season: s, year: Some(y), rel: 0 }, j + 3 - i));
        }
    }
    Some((Raw::Season { season: s, year: None, rel }, j + 1 - i))
}

/// "the third quarter", "third-quarter", "kuartal ketiga 2024", "the latest quarter"
fn quarter(c: &Ctx, i: usize) -> Option<(Raw, usize)> {
    if let Some((rel, len)) = c.phrase(i, "quarter_ref") {
        return Some((Raw::Quarter { q: 0, year: None, rel }, len));
    }
    let mut j = i;
    if c.phrase(j, "article").is_some() || c.word_arg(j, "rel_mod").is_some() {
        j += 1;
    }
    if c.word_kind(j, "fiscal") {
        j += 1;
    }
    let ordinal = |k: usize| c.word_arg(k, "ordinal").map(|n| n as u32);
    let (q, end) = if let (Some(q), true) = (ordinal(j), c.word_kind(j + 1, "unit_quarter")) {
        (q, j + 2)
    } else if let (true, Some(q)) = (c.word_kind(j, "unit_quarter"), ordinal(j + 1)) {
        (q, j + 2)
    } else {
        // "third-quarter"
        let t = c.t(j)?;
        let (a, b) = t.lower.split_once('-')?;
        let q = c.ix.by_first.get(a)?.iter().find(|(p, k, _)| k == "ordinal" && p.len() == 1).map(|(_, _, n)| *n as u32)?;
        if !c.ix.by_first.get(b).is_some_and(|v| v.iter().any(|(p, k, _)| k == "unit_quarter" && p.len() == 1)) {
            return None;
        }
        (q, j + 1)
    };
    if !(1..=4).contains(&q) {
        return None;
    }
    if let Some(y) = c.t(end).and_then(year) {
        return Some((Raw::Quarter { q, year: Some(y), rel: 0 }, end + 1 - i));
    }
    // "kuartal I/2018"
    if c.is(end, "/") {
        if let Some(y) = c.t(end + 1).and_then(year) {
            return Some((Raw::Quarter { q, year: Some(y), rel: 0 }, end + 2 - i));
        }
    }
    Some((Raw::Quarter { q, year: None, rel: 0 }, end - i))
}

/// "last May", "this September", "next January", "last Friday"
fn month_rel(c: &Ctx, i: usize) -> Option<(Raw, usize)> {
    // (or a modifier after the month, in a language that puts it there: "Mei lalu", "Maret mendatang" — kind `rel_post`)
    if let Some(m) = c.t(i).filter(|t| t.cap).and_then(|t| c.lang.months.get(&t.lower)) {
        if let Some(rel) = c.word_arg(i + 1, "rel_post").filter(|&r| r != 0) {
            return Some((Raw::MonthNear { month: *m, rel }, 2));
        }
    }
    let rel = c.word_arg(i, "rel_mod")?;
    if rel != 0 {
        if let Some(wd) = c.weekday(i + 1) {
            return Some((Raw::WeekdayRel { weekday: wd, rel }, 2));
        }
    }
    let m = *c.lang.months.get(&c.t(i + 1)?.lower)?;
    if !c.t(i + 1)?.cap {
        return None;
    }
    // "last Oct. 23" is a date: the day decides
    if c.t(i + 2).and_then(day).is_some() || c.is(i + 2, ".") && c.t(i + 3).and_then(day).is_some() {
        return None;
    }
    Some((Raw::MonthRel { month: m, rel }, 2))
}

fn with_weekday(raw: Raw, wd: u32) -> Raw {
    match raw {
        Raw::DayMonth { day, month, .. } => Raw::DayMonth { day, month, weekday: Some(wd) },
        other => other,
    }
}

/// "3/4", "3/4/2024", "11/2/2019" (day/month or month/day by language)
fn numeric_date(c: &Ctx, i: usize) -> Option<(Raw, usize)> {
    let a = num(c.t(i)?)?;
    if !c.is(i + 1, "/") && !c.is(i + 1, "-") {
        return None;
    }
    let sep = c.t(i + 1)?.lower.clone();
    let b = num(c.t(i + 2)?)?;
    let (mut d, mut m) = if c.dmy { (a, b) } else { (b, a) };
    let with_year = c.is(i + 3, &sep) && c.t(i + 4).and_then(year).is_some();
    // a full date that cannot be read in the language's order is read in the other one: an English
    // page of a European outlet prints "22/09/2025" (day 22, no month 22); a bare "3/4" never swaps
    if with_year && !(1..=12).contains(&m) && (1..=12).contains(&d) && (1..=31).contains(&m) {
        (d, m) = (m, d);
    }
    if !(1..=31).contains(&d) || !(1..=12).contains(&m) {
        return None;
    }
    if c.is(i + 3, &sep) {
        if let Some(y) = c.t(i + 4).and_then(year) {
            NaiveDate::from_ymd_opt(y, m, d)?;
            return Some((Raw::Date(y, m, d), 5));
        }
    }
    if sep == "/" {
        return Some((Raw::DayMonth { day: d, month: m, weekday: None }, 3));
    }
    None
}

/// "2019-05-14"
fn iso_date(c: &Ctx, i: usize) -> Option<(Raw, usize)> {
    let y = year(c.t(i)?)?;
    if !(c.is(i + 1, "-") && c.is(i + 3, "-")) {
        return None;
    }
    let m = num(c.t(i + 2)?)?;
    let d = num(c.t(i + 4)?)?;
    NaiveDate::from_ymd_opt(y, m, d)?;
    Some((Raw::Date(y, m, d), 5))
}

/// "14 Mei 2019", "14 Mei", "May 14, 2019", "May 14th", "Juni 2017", "Maret"
fn text_date(c: &Ctx, i: usize) -> Option<(Raw, usize)> {
    let t = c.t(i)?;
    if let Some(d) = day(t) {
        if let Some(m) = c.month(i + 1) {
            if let Some(y) = c.t(i + 2).and_then(year) {
                NaiveDate::from_ymd_opt(y, m, d)?;
                return Some((Raw::Date(y, m, d), 3));
            }
            return Some((Raw::DayMonth { day: d, month: m, weekday: None }, 2));
        }
        return None;
    }
    let m = c.month(i)?;
    // "Aug. 6": an abbreviated month's full stop
    let dot = usize::from(c.is(i + 1, ".") && c.t(i + 2).and_then(day).is_some());
    if let Some(d) = c.t(i + 1 + dot).and_then(day) {
        if c.t(i + 1 + dot).is_some_and(|t| t.lower.len() <= 4) {
            let mut j = i + 2 + dot;
            if c.is(j, ",") {
                j += 1;
            }
            if let Some(y) = c.t(j).and_then(year) {
                NaiveDate::from_ymd_opt(y, m, d)?;
                return Some((Raw::Date(y, m, d), j + 1 - i));
            }
            if c.t(i + 1 + dot).and_then(year).is_none() {
                return Some((Raw::DayMonth { day: d, month: m, weekday: None }, 2 + dot));
            }
        }
    }
    if let Some(y) = c.t(i + 1).and_then(year) {
        return Some((Raw::MonthYear(y, m), 2));
    }
    if let Some((Raw::Year(y), len)) = spelled_year(c, i + 1) {
        return Some((Raw::MonthYear(y, m), 1 + len));
    }
    // a bare month: after a preposition; or anywhere in a language whose data says a capitalised
    // month name is a month (`bare_month`, which `month` checked the capital of); or, with
    // `bare_month` 2, anywhere but at the start of a sentence ("May I…", "March on…")
    let bare = c.lang.time_words.iter().find(|(_, k, _)| k == "bare_month").map(|(_, _, a)| *a).unwrap_or(0);
    let sentence_start = i == 0 || !c.same_sentence(i - 1, i);
    // (or the second month of a span opened by a preposition, past a word joining its two ends, kind `span_and`: "between
    // October and February")
    let span_end = i >= 3 && c.word_kind(i - 1, "span_and") && c.month(i - 2).is_some() && c.is_prep(i - 3);
    if i > 0 && c.is_prep(i - 1) || span_end || bare == 1 || bare == 2 && !sentence_start && c.t(i).is_some_and(|t| t.lower.len() > 3) {
        return Some((Raw::Month(m), 1));
    }
    None
}

/// A day moved by a duration: `shift("2025-06-11", "P1D", -1)` is "2025-06-10" ("a day after the
/// strikes" counted back from the strikes' day). Only a whole day moved by days, weeks, months or
/// years is shifted; any other value or duration (a month, "PXD", "PT3H") gives `None`.
pub fn shift(day: &str, duration: &str, dir: i64) -> Option<String> {
    let d = NaiveDate::parse_from_str(day.get(..10)?, "%Y-%m-%d").ok().filter(|_| day.len() == 10)?;
    let body = duration.strip_prefix('P')?;
    let unit = body.chars().last()?;
    let n: i64 = body[..body.len() - unit.len_utf8()].parse().ok()?;
    let n = n * dir.signum();
    let moved = match unit {
        'D' => d.checked_add_signed(Duration::days(n))?,
        'W' => d.checked_add_signed(Duration::days(7 * n))?,
        'M' | 'Y' => {
            let months = if unit == 'Y' { 12 * n } else { n };
            let m = chrono::Months::new(u32::try_from(months.unsigned_abs()).ok()?);
            if months >= 0 { d.checked_add_months(m)? } else { d.checked_sub_months(m)? }
        }
        _ => return None,
    };
    Some(iso(moved))
}

/// Whole days from one day's value to another's: `days_between("2025-04-30", "2025-05-01")` is 1. A value
/// that is not a day ("2025-04", "PAST_REF") gives `None`; a day with a part or a clock counts as its day.
pub fn days_between(from: &str, to: &str) -> Option<i64> {
    let day = |v: &str| NaiveDate::parse_from_str(v.get(..10)?, "%Y-%m-%d").ok();
    Some((day(to)? - day(from)?).num_days())
}

/// True when time value `a` lies after `b`: by whole days when both are days, else by the calendar part
/// both give (`is_after("2025-08", "2025-07-09")`; "2025" is not after "2025-07-09").
pub fn is_after(a: &str, b: &str) -> bool {
    if let Some(n) = days_between(b, a) {
        return n > 0;
    }
    let cal = |v: &str| v.bytes().take_while(|c| c.is_ascii_digit() || *c == b'-').count();
    let n = cal(a).min(cal(b)).min(10);
    n >= 4 && a[..n] > b[..n]
}

/// True when day value `day` lies inside the week or the weekend `period` names (`within("2025-W25-WE",
/// "2025-06-22")`: ISO week 25's Saturday and Sunday; "2025-W25" is its Monday to Sunday). Other values give false.
pub fn within(period: &str, day: &str) -> bool {
    let Some(d) = day.get(..10).and_then(|v| NaiveDate::parse_from_str(v, "%Y-%m-%d").ok()) else { return false };
    let mut parts = period.split('-');
    let (Some(y), Some(w)) = (parts.next().and_then(|y| y.parse::<i32>().ok()), parts.next().and_then(|w| w.strip_prefix('W')).and_then(|w| w.parse::<u32>().ok())) else { return false };
    let weekend = match parts.next() {
        None => false,
        Some("WE") => true,
        Some(_) => return false,
    };
    let wk = d.iso_week();
    wk.year() == y && wk.week() == w && (!weekend || matches!(d.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun))
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Today's date from the system clock, the last resort for placing a weekday-dated page in time.
pub fn today() -> NaiveDate {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default() + Duration::days((secs / 86_400) as i64)
}

/// Infer a DCT from recognised expressions: weekday + day/month fixes the year — the first year,
/// not before the latest year the text mentions, where that day is that weekday. With no year in the
/// text at all, the latest such year not after `today` (news is read near when it is written).
pub fn infer_dct_at(found: &[Found], today: NaiveDate) -> Option<NaiveDate> {
    if let Some(d) = infer_dct(found) {
        return Some(d);
    }
    let mut best: Option<NaiveDate> = None;
    for f in found {
        if let Raw::DayMonth { day, month, weekday: Some(wd) } = *f.raw.day() {
            for y in (today.year() - 11..=today.year()).rev() {
                if let Some(d) = NaiveDate::from_ymd_opt(y, month, day).filter(|d| *d <= today) {
                    if d.weekday().number_from_monday() == wd {
                        best = best.max(Some(d));
                        break;
                    }
                }
            }
        }
    }
    best
}

/// Infer a DCT from recognised expressions: weekday + day/month fixes the year.
pub fn infer_dct(found: &[Found]) -> Option<NaiveDate> {
    let max_year = found
        .iter()
        .filter_map(|f| match *f.raw.day() {
            Raw::Date(y, ..) | Raw::MonthYear(y, _) | Raw::Year(y) => Some(y),
            _ => None,
        })
        .max();
    let mut best: Option<NaiveDate> = None;
    if let Some(y0) = max_year {
        for f in found {
            if let Raw::DayMonth { day, month, weekday: Some(wd) } = *f.raw.day() {
                for y in y0..=y0 + 11 {
                    if let Some(d) = NaiveDate::from_ymd_opt(y, month, day) {
                        if d.weekday().number_from_monday() == wd {
                            best = best.max(Some(d));
                            break;
                        }
                    }
                }
            }
        }
    }
    if best.is_some() {
        return best;
    }
    found
        .iter()
        .filter_map(|f| match *f.raw.day() {
            Raw::Date(y, m, d) => NaiveDate::from_ymd_opt(y, m, d),
            _ => None,
        })
        .max()
}

/// Normalise one expression against the DCT; `last_year` is the latest year mentioned before it.
pub fn normalise(raw: &Raw, dct: Option<NaiveDate>, last_year: Option<i32>) -> (String, &'static str) {
    normalise_dir(raw, dct, last_year, false)
}

/// `normalise`, with the direction of a bare month, weekday or day and month: `future` takes the
/// next one on or after the DCT instead of the last one.
pub fn normalise_dir(raw: &Raw, dct: Option<NaiveDate>, last_year: Option<i32>, future: bool) -> (String, &'static str) {
    match *raw {
        Raw::Date(y, m, d) => (format!("{y:04}-{m:02}-{d:02}"), "day"),
        Raw::MonthYear(y, m) => (format!("{y:04}-{m:02}"), "month"),
        Raw::Year(y) => (format!("{y:04}"), "year"),
        Raw::DayMonth { day, month, weekday } => {
            let Some(dct) = dct else { return (format!("XXXX-{month:02}-{day:02}"), "day") };
            let mut best: Option<(i64, NaiveDate)> = None;
            for y in [dct.year() - 1, dct.year(), dct.year() + 1] {
                if let Some(d) = NaiveDate::from_ymd_opt(y, month, day) {
                    if weekday.is_some_and(|w| d.weekday().number_from_monday() != w) {
                        continue;
                    }
                    let cost = direction_cost((d - dct).num_days(), future);
                    if best.is_none_or(|b| cost < b.0) {
                        best = Some((cost, d));
                    }
                }
            }
            match best {
                Some((_, d)) => (iso(d), "day"),
                None => (format!("XXXX-{month:02}-{day:02}"), "day"),
            }
        }
        Raw::Month(m) => match dct {
            Some(dct) => {
                let y = match future {
                    true if m < dct.month() => dct.year() + 1,
                    true => dct.year(),
                    false if m <= dct.month() => dct.year(),
                    false => dct.year() - 1,
                };
                (format!("{y:04}-{m:02}"), "month")
            }
            None => (format!("XXXX-{m:02}"), "month"),
        },
        Raw::Weekday(wd) => match dct {
            Some(dct) => {
                let cur = dct.weekday().number_from_monday() as i64;
                let delta = if future { (wd as i64 - cur).rem_euclid(7) } else { -(cur - wd as i64).rem_euclid(7) };
                (iso(dct + Duration::days(delta)), "day")
            }
            None => ("XXXX-XX-XX".into(), "day"),
        },
        Raw::Rel { unit, n } => match dct {
            None => ("XXXX".into(), "day"),
            Some(dct) => match unit {
                'D' => (iso(dct + Duration::days(n)), "day"),
                'W' => {
                    let d = dct + Duration::weeks(n);
                    (format!("{}-W{:02}", d.iso_week().year(), d.iso_week().week()), "week")
                }
                'M' => {
                    let total = dct.year() as i64 * 12 + dct.month0() as i64 + n;
                    (format!("{:04}-{:02}", total.div_euclid(12), total.rem_euclid(12) + 1), "month")
                }
                _ => (format!("{:04}", dct.year() as i64 + n), "year"),
            },
        },
        Raw::NearWeekend => {
            // read on a weekday, the one just past, unless a future marker governs it
            let wd = dct.map(|d| d.weekday().number_from_monday()).unwrap_or(6);
            let n = match future {
                false if wd < 6 => -1,
                true if wd == 7 => 1,
                _ => 0,
            };
            normalise_dir(&Raw::Weekend(n), dct, last_year, future)
        }
        Raw::Weekend(n) => match dct {
            Some(dct) => {
                let d = dct + Duration::weeks(n);
                (format!("{}-W{:02}-WE", d.iso_week().year(), d.iso_week().week()), "week")
            }
            None => ("XXXX-WXX-WE".into(), "week"),
        },
        Raw::Present => ("PRESENT_REF".into(), "day"),
        Raw::Duration { n, unit } => {
            let n = n.map(|n| n.to_string()).unwrap_or_else(|| "X".into());
            let v = match unit {
                'h' => format!("PT{n}H"),
                'm' => format!("PT{n}M"),
                's' => format!("PT{n}S"),
                'E' => format!("P{n}DE"),
                'C' => format!("P{n}CE"),
                u => format!("P{n}{u}"),
            };
            (v, "duration")
        }
        Raw::Set(u) => (if u == 'h' { "PT1H".into() } else { format!("P1{u}") }, "set"),
        Raw::Ref(r) => (r.into(), "ref"),
        Raw::Season { season, year, rel } => {
            const CODE: [&str; 4] = ["SP", "SU", "FA", "WI"];
            const START: [u32; 4] = [3, 6, 9, 12];
            let k = (season.clamp(1, 4) - 1) as usize;
            let y = match (year, dct) {
                (Some(y), _) => Some(y),
                (None, Some(d)) => Some(match rel {
                    r if r < 0 => if START[k] < d.month() { d.year() } else { d.year() - 1 },
                    r if r > 0 => if START[k] > d.month() { d.year() } else { d.year() + 1 },
                    _ => d.year(),
                }),
                (None, None) => None,
            };
            (y.map(|y| format!("{y:04}-{}", CODE[k])).unwrap_or_else(|| format!("XXXX-{}", CODE[k])), "season")
        }
        Raw::Decade(d) => (format!("{d:03}"), "decade"),
        Raw::Century(c) => (format!("{c:02}"), "century"),
        Raw::MonthNear { month, rel } => match dct {
            Some(d) => {
                let y = if rel < 0 { if month <= d.month() { d.year() } else { d.year() - 1 } } else if month >= d.month() { d.year() } else { d.year() + 1 };
                (format!("{y:04}-{month:02}"), "month")
            }
            None => (format!("XXXX-{month:02}"), "month"),
        },
        Raw::MonthRel { month, rel } => match dct {
            Some(d) => {
                let y = match rel {
                    r if r < 0 => if month < d.month() { d.year() } else { d.year() - 1 },
                    r if r > 0 => if month > d.month() { d.year() } else { d.year() + 1 },
                    _ => d.year(),
                };
                (format!("{y:04}-{month:02}"), "month")
            }
            None => (format!("XXXX-{month:02}"), "month"),
        },
        Raw::Quarter { q, year, rel } => {
            let dq = dct.map(|d| (d.year(), d.month0() / 3 + 1));
            match (q, year, dq) {
                (0, _, Some((y, cur))) => {
                    let n = y as i64 * 4 + (cur as i64 - 1) + rel;
                    (format!("{:04}-Q{}", n.div_euclid(4), n.rem_euclid(4) + 1), "quarter")
                }
                (q, Some(y), _) if q > 0 => (format!("{y:04}-Q{q}"), "quarter"),
                // a quarter not yet begun is last year's
                (q, None, Some((y, cur))) if q > 0 => (format!("{:04}-Q{q}", if q <= cur { y } else { y - 1 }), "quarter"),
                (q, _, _) => (if q > 0 { format!("XXXX-Q{q}") } else { "XXXX-QX".into() }, "quarter"),
            }
        }
        Raw::WeekdayOfWeek { weekday, weeks } => match dct {
            Some(d) => {
                let monday = d - Duration::days(d.weekday().num_days_from_monday() as i64);
                (iso(monday + Duration::days(7 * weeks + weekday as i64 - 1)), "day")
            }
            None => ("XXXX-XX-XX".into(), "day"),
        },
        Raw::WeekdayRel { weekday, rel } => match dct {
            Some(d) => {
                let cur = d.weekday().number_from_monday() as i64;
                let delta = if rel < 0 {
                    -((cur - weekday as i64 - 1).rem_euclid(7) + 1)
                } else {
                    (weekday as i64 - cur - 1).rem_euclid(7) + 1
                };
                (iso(d + Duration::days(delta)), "day")
            }
            None => ("XXXX-XX-XX".into(), "day"),
        },
        Raw::MonthOfYear { month, year_rel } => match dct {
            Some(d) => (format!("{:04}-{month:02}", d.year() as i64 + year_rel), "month"),
            None => (format!("XXXX-{month:02}"), "month"),
        },
        Raw::Unknown => ("XXXX-XX-XX".into(), "day"),
        Raw::Clock(ref base, h, m) => {
            let (v, _) = normalise_dir(base, dct, last_year, future);
            let day = if v.len() >= 10 && v.as_bytes()[4] == b'-' { v[..10].to_string() } else { "XXXX-XX-XX".into() };
            (format!("{day}T{h:02}:{m:02}"), "time")
        }
        Raw::PartOfDay(ref base, p) => {
            let (v, g) = normalise_dir(base, dct, last_year, future);
            const PART: [&str; 4] = ["MO", "AF", "EV", "NI"];
            if v.len() == 10 && v.as_bytes()[4] == b'-' && v.as_bytes()[..4].iter().all(u8::is_ascii_digit) {
                (format!("{v}T{}", PART[(p.clamp(1, 4) - 1) as usize]), "part_of_day")
            } else {
                (v, g)
            }
        }
        Raw::AnaphoricDay(_) => ("XXXX-XX-XX".into(), "day"),
        Raw::AnaphoricTime => ("XXXX".into(), "year"),
        Raw::Holiday { month, day, nth, weekday, rel } => {
            let Some(dct) = dct else {
                return (if nth == 0 { format!("XXXX-{month:02}-{day:02}") } else { "XXXX-XX-XX".into() }, "day");
            };
            let dates = (dct.year() - 1..=dct.year() + 1).filter_map(|y| holiday_in(y, month, day, nth, weekday));
            let pick = match rel {
                r if r < 0 => dates.filter(|d| *d < dct).max(),
                r if r > 0 => dates.filter(|d| *d > dct).min(),
                // as a day and month without a year: the last one, a week's grace; the next with a future marker
                _ => dates.min_by_key(|d| direction_cost((*d - dct).num_days(), future)),
            };
            match pick {
                Some(d) => (iso(d), "day"),
                None => ("XXXX-XX-XX".into(), "day"),
            }
        }
        Raw::AnaphoricYear(off) => match last_year.or(dct.map(|d| d.year())) {
            Some(y) => (format!("{:04}", y as i64 + off), "year"),
            None => ("XXXX".into(), "year"),
        },
    }
}

/// A page's date line whose year and clock lost the space between them when the page was flattened
/// to text ("September 13, 20219:05 PM GMT": "2021 9:05"): a run of five or six digits that starts
/// with a year of 1900-2099 and ends a clock before ':' is split after the year.
fn unglue_year_clock(line: &str) -> std::borrow::Cow<'_, str> {
    static GLUED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = GLUED.get_or_init(|| regex::Regex::new(r"\b((?:19|20)\d\d)(\d{1,2}:\d\d)\b").expect("static pattern"));
    re.replace_all(line, "$1 $2")
}

fn parse_date_prefix(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let head: String = s.chars().take(10).collect();
    NaiveDate::parse_from_str(&head, "%Y-%m-%d").ok()
}

impl Stage for TimeStage {
    fn name(&self) -> &'static str {
        "time"
    }
    fn requires(&self) -> &'static [Facet] {
        &[Facet::Tokens, Facet::Language]
    }
    fn assigns(&self) -> &'static [Facet] {
        &[Facet::Times, Facet::DocDate]
    }
    fn process(&self, doc: &mut Doc) -> Result<(), DocError> {
        let code = doc.language.clone().unwrap_or_else(|| "en".into());
        let lang = warta_lang::lang(&code).map_err(|e| DocError::new("language", e.to_string()))?;
        let found = recognise(lang, &doc.tokens);
        // DCT: caller, metadata, a printed date above the body, else inferred from the text
        let mut dct = doc.published_hint.as_deref().and_then(parse_date_prefix).or_else(|| doc.meta_published.as_deref().and_then(parse_date_prefix));
        if dct.is_none() {
            for line in &doc.header {
                // a line that is an ISO date, perhaps with a clock ("2023-05-04 16:45")
                let t = line.trim();
                if let Some(d) = parse_date_prefix(t).filter(|_| t.len() <= 25 && matches!(t.as_bytes().get(10), None | Some(b' ' | b'T'))) {
                    dct = Some(d);
                    break;
                }
                let mut toks = vec![];
                let line = unglue_year_clock(line);
                warta_text::tokenize(&line, 0, 0, &mut toks);
                if let Some(d) = recognise(lang, &toks).iter().find_map(|f| match *f.raw.day() {
                    Raw::Date(y, m, d) => NaiveDate::from_ymd_opt(y, m, d),
                    _ => None,
                }) {
                    dct = Some(d);
                    break;
                }
            }
        }
        let mut inferred = false;
        if dct.is_none() {
            dct = infer_dct_at(&found, today());
            inferred = dct.is_some();
        }
        doc.article.published = dct.map(iso);
        doc.article.published_inferred = inferred;
        let mut last_year: Option<i32> = None;
        let mut times = vec![];
        let mut last_day: Option<String> = dct.map(iso);
        // (the paragraph of the day last told, and the first day the story tells: "Pada hari yang sama" opening a
        // paragraph after a paragraph of an earlier day, before the story's own, goes back to the story's day)
        let mut last_day_paragraph: Option<usize> = None;
        let mut first_day: Option<String> = None;
        let paragraph_of = |k: usize| doc.sentences[doc.tokens[k].sentence].paragraph;
        // (the last time told, its granularity and sentence, and whether it came after the last day told: "at the time" is
        // it; "on the same day" after a month told is that month)
        let mut last_told: Option<(String, &'static str, usize)> = None;
        let mut told_after_day = false;
        for f in &found {
            let (mut value, mut gran) = normalise_dir(&f.raw, dct, last_year, f.future);
            let sent = doc.tokens[f.tok_start].sentence;
            if matches!(f.raw, Raw::AnaphoricTime) {
                if let Some((v, g, _)) = last_told.as_ref().filter(|(_, _, ls)| ls + 2 >= sent) {
                    (value, gran) = (v.clone(), g);
                }
            }
            if let (Some(rest), Some(day)) = (value.strip_prefix("XXXX-XX-XXT"), &last_day) {
                if matches!(f.raw, Raw::Clock(ref b, ..) if **b == Raw::Unknown) {
                    value = format!("{day}T{rest}");
                }
            }
            let opens_paragraph = {
                let sent = doc.tokens[f.tok_start].sentence;
                let first_tok = doc.tokens.partition_point(|t| t.sentence < sent);
                f.tok_start <= first_tok + 1 && (sent == 0 || doc.sentences[sent - 1].paragraph != doc.sentences[sent].paragraph)
            };
            // (or anywhere in a paragraph that told no day before it: "X memberhentikan Y … pada hari yang sama" after a
            // paragraph of the arrest two days before)
            let flashback = matches!(f.raw, Raw::AnaphoricDay(0)) && (opens_paragraph || last_day_paragraph.is_some_and(|p| p + 1 < paragraph_of(f.tok_start))) && last_day_paragraph.is_some_and(|p| p < paragraph_of(f.tok_start)) && first_day.as_ref().zip(last_day.as_ref()).is_some_and(|(a, b)| b < a);
            if flashback {
                value = first_day.clone().unwrap_or_default();
            } else if let (Raw::AnaphoricDay(0), true, Some((v, g, _))) = (&f.raw, told_after_day, last_told.as_ref().filter(|(v, _, _)| last_day.as_deref().is_none_or(|d| v.as_str() < d && !d.starts_with(v.as_str())))) {
                // (the same day as an earlier act told only by its month or year is of that month or year — not one of a
                // time that holds the last day, "akhir tahun ini")
                (value, gran) = (v.clone(), g);
            } else if let (Raw::AnaphoricDay(off), Some(day)) = (&f.raw, last_day.as_deref().and_then(parse_date_prefix)) {
                value = iso(day + Duration::days(*off));
            }
            // (not a day a state began: "sejak 1 Juli 2024" is no day an act was told on)
            let is_day = value.len() >= 10 && value.as_bytes()[4] == b'-' && value.as_bytes()[7] == b'-' && value.as_bytes()[..4].iter().all(u8::is_ascii_digit);
            if !f.since && value.len() >= 4 && value.as_bytes()[..4].iter().all(u8::is_ascii_digit) && !matches!(f.raw, Raw::Present | Raw::Duration { .. } | Raw::Set(_) | Raw::Ref(_)) {
                last_told = Some((value.clone(), gran, sent));
                told_after_day = !is_day;
            }
            if !f.since && is_day {
                last_day = Some(value[..10].to_string());
                last_day_paragraph = Some(paragraph_of(f.tok_start));
                if first_day.is_none() {
                    first_day = last_day.clone();
                }
            }
            if let Some(y) = value.get(..4).and_then(|y| y.parse::<i32>().ok()) {
                if !matches!(f.raw, Raw::Present) {
                    last_year = Some(y);
                }
            }
            let start = doc.tokens[f.tok_start].span.start;
            let end = doc.tokens[f.tok_end - 1].span.end;
            times.push(TimeExpr { text: doc.body[start..end].to_string(), start, end, value, granularity: gran.to_string(), anchor_only: f.since });
        }
        doc.times = times;
        Ok(())
    }
}

#[cfg(test)]
mod tests;
