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
    AnaphoricYear,
}

#[derive(Debug, Clone)]
pub struct Found {
    pub tok_start: usize,
    pub tok_end: usize,
    pub raw: Raw,
    pub since: bool,
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

struct Ctx<'a> {
    lang: &'a Lang,
    toks: &'a [Token],
    dmy: bool,
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
        self.lang.weekdays.get(&t.lower).copied()
    }
    fn kind_of(&self, words: &[&str]) -> Option<(&str, i64, usize)> {
        // longest time-word phrase starting here
        let mut best: Option<(&str, i64, usize)> = None;
        for (phrase, kind, arg) in &self.lang.time_words {
            if phrase.len() <= words.len() && phrase.iter().zip(words).all(|(a, b)| a == b) && best.is_none_or(|b| phrase.len() > b.2) {
                best = Some((kind.as_str(), *arg, phrase.len()));
            }
        }
        best
    }
    fn word_kind(&self, i: usize, kind: &str) -> bool {
        let Some(t) = self.t(i) else { return false };
        self.lang.time_words.iter().any(|(p, k, _)| k == kind && p.len() == 1 && p[0] == t.lower)
    }
    fn is_prep(&self, i: usize) -> bool {
        self.word_kind(i, "prep") || self.word_kind(i, "since")
    }
}

/// Recognise time expressions over a token slice.
pub fn recognise(lang: &Lang, toks: &[Token]) -> Vec<Found> {
    let dmy = lang.time_words.iter().find(|(_, k, _)| k == "order_dmy").map(|(_, _, a)| *a != 0).unwrap_or(true);
    let c = Ctx { lang, toks, dmy };
    let mut out: Vec<Found> = vec![];
    let mut i = 0;
    while i < toks.len() {
        if let Some((raw, len)) = match_at(&c, i) {
            let since = i > 0 && c.word_kind(i - 1, "since") && c.same_sentence(i - 1, i);
            out.push(Found { tok_start: i, tok_end: i + len, raw, since });
            i += len;
        } else {
            i += 1;
        }
    }
    out
}

fn match_at(c: &Ctx, i: usize) -> Option<(Raw, usize)> {
    let t = c.t(i)?;
    // weekday-led forms: "Kamis (5/2)", "Senin (11/2/2019)", "Rabu, 3 April 2024", "Wednesday, April 3"
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
    if let Some((raw, len)) = text_date(c, i) {
        return Some((raw, len));
    }
    // time words: "kemarin", "pekan lalu", "tahun itu", "last month"
    let words: Vec<&str> = (i..(i + 4).min(c.toks.len())).map(|k| c.toks[k].lower.as_str()).collect();
    if let Some((kind, arg, len)) = c.kind_of(&words) {
        let raw = match kind {
            "rel_day" => Some(Raw::Rel { unit: 'D', n: arg }),
            "rel_week" => Some(Raw::Rel { unit: 'W', n: arg }),
            "rel_month" => Some(Raw::Rel { unit: 'M', n: arg }),
            "rel_year" => Some(Raw::Rel { unit: 'Y', n: arg }),
            "weekend" => Some(Raw::Weekend(arg)),
            "present" => Some(Raw::Present),
            "anaphoric_year" => Some(Raw::AnaphoricYear),
            _ => None,
        };
        if let Some(raw) = raw {
            return Some((raw, len));
        }
    }
    // "dua hari lalu", "3 days ago", "dua pekan mendatang"
    let n = c.t(i).and_then(|t| num(t).map(|n| n as i64).or_else(|| c.lang.numbers.get(&t.lower).map(|n| *n as i64)));
    if let Some(n) = n {
        let unit = ["unit_day", "unit_week", "unit_month", "unit_year"].iter().position(|k| c.word_kind(i + 1, k));
        if let Some(u) = unit {
            let mut j = i + 2;
            if c.is(j, "yang") {
                j += 1;
            }
            let dir = if c.word_kind(j, "ago") { Some(-1) } else if c.word_kind(j, "later") { Some(1) } else { None };
            if let Some(d) = dir {
                return Some((Raw::Rel { unit: ['D', 'W', 'M', 'Y'][u], n: d * n }, j + 1 - i));
            }
        }
    }
    // a bare year after a preposition or "tahun"/"year"
    if let Some(y) = year(t) {
        if i > 0 && c.is_prep(i - 1) && c.same_sentence(i - 1, i) && !c.t(i + 1).is_some_and(|n| n.lower == "-" || n.lower == "/") {
            return Some((Raw::Year(y), 1));
        }
    }
    None
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
    let (d, m) = if c.dmy { (a, b) } else { (b, a) };
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

/// "2024-04-03"
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

/// "3 April 2024", "3 April", "April 3, 2024", "April 3rd", "Oktober 2022", "Maret"
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
    if let Some(d) = c.t(i + 1).and_then(day) {
        if c.t(i + 1).is_some_and(|t| t.lower.len() <= 4) {
            let mut j = i + 2;
            if c.is(j, ",") {
                j += 1;
            }
            if let Some(y) = c.t(j).and_then(year) {
                NaiveDate::from_ymd_opt(y, m, d)?;
                return Some((Raw::Date(y, m, d), j + 1 - i));
            }
            if c.t(i + 1).and_then(year).is_none() {
                return Some((Raw::DayMonth { day: d, month: m, weekday: None }, 2));
            }
        }
    }
    if let Some(y) = c.t(i + 1).and_then(year) {
        return Some((Raw::MonthYear(y, m), 2));
    }
    // a bare month needs a preposition (or is capitalised in a language where months are, which `month` checked)
    if i > 0 && (c.is_prep(i - 1) || c.lang.code == "id") {
        return Some((Raw::Month(m), 1));
    }
    None
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
        if let Raw::DayMonth { day, month, weekday: Some(wd) } = f.raw {
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
        .filter_map(|f| match f.raw {
            Raw::Date(y, ..) | Raw::MonthYear(y, _) | Raw::Year(y) => Some(y),
            _ => None,
        })
        .max();
    let mut best: Option<NaiveDate> = None;
    if let Some(y0) = max_year {
        for f in found {
            if let Raw::DayMonth { day, month, weekday: Some(wd) } = f.raw {
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
        .filter_map(|f| match f.raw {
            Raw::Date(y, m, d) => NaiveDate::from_ymd_opt(y, m, d),
            _ => None,
        })
        .max()
}

/// Normalise one expression against the DCT; `last_year` is the latest year mentioned before it.
pub fn normalise(raw: &Raw, dct: Option<NaiveDate>, last_year: Option<i32>) -> (String, &'static str) {
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
                    // prefer the past: a date more than a week after the DCT counts double
                    let diff = (d - dct).num_days();
                    let cost = if diff > 7 { diff * 2 } else { diff.abs() };
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
                let y = if m <= dct.month() { dct.year() } else { dct.year() - 1 };
                (format!("{y:04}-{m:02}"), "month")
            }
            None => (format!("XXXX-{m:02}"), "month"),
        },
        Raw::Weekday(wd) => match dct {
            Some(dct) => {
                let back = (dct.weekday().number_from_monday() as i64 - wd as i64).rem_euclid(7);
                (iso(dct - Duration::days(back)), "day")
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
        Raw::Weekend(n) => match dct {
            Some(dct) => {
                let d = dct + Duration::weeks(n);
                (format!("{}-W{:02}-WE", d.iso_week().year(), d.iso_week().week()), "week")
            }
            None => ("XXXX-WXX-WE".into(), "week"),
        },
        Raw::Present => ("PRESENT_REF".into(), "day"),
        Raw::AnaphoricYear => match last_year.or(dct.map(|d| d.year())) {
            Some(y) => (format!("{y:04}"), "year"),
            None => ("XXXX".into(), "year"),
        },
    }
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
                let mut toks = vec![];
                warta_text::tokenize(line, 0, 0, &mut toks);
                if let Some(d) = recognise(lang, &toks).iter().find_map(|f| match f.raw {
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
        for f in &found {
            let (value, gran) = normalise(&f.raw, dct, last_year);
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
