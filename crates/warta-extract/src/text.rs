//! The line cleaner shared by text scrapes and extracted HTML.

use crate::Rules;
use regex::Regex;
use std::sync::OnceLock;
use warta_core::fold;
use warta_lang::LineRule;

/// What the cleaner keeps and what it drops.
#[derive(Debug, Default, Clone)]
pub struct Cleaned {
    pub title: Option<String>,
    pub captions: Vec<String>,
    pub byline: Option<String>,
    pub paragraphs: Vec<String>,
    pub removed: Vec<String>,
    /// Short lines above the body (datelines, printed dates).
    pub header: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Widget,
    Caption,
    Byline,
    Para,
    Short,
}

/// Words in a line; in scripts written without spaces (Chinese, Japanese, Thai…) every two
/// letters count as a word, so that their paragraphs weigh like paragraphs.
pub(crate) fn words(s: &str) -> usize {
    if s.is_ascii() {
        return s.split_ascii_whitespace().count();
    }
    s.split_whitespace()
        .map(|w| {
            let unspaced = w.chars().filter(|c| is_unspaced_script(*c)).count();
            if unspaced > 0 {
                unspaced.div_ceil(2).max(1)
            } else {
                1
            }
        })
        .sum()
}

/// Han, kana, Hangul syllables and Thai: scripts whose words are not separated by spaces.
fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32, 0x0E00..=0x0E7F | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

fn ends_sentence(s: &str) -> bool {
    let s = s.trim_end();
    s.ends_with(['.', '!', '?', '"', '”', '’', '\'', ':', ')', '…', '。', '！', '？', '」'])
}

/// A list of line rules (`widgets.txt`) prepared for matching a line (`f`: folded and trimmed of trailing
/// marks). Prefix and contains rules only mark short lines (a long line that merely starts with
/// "Reporter:" is an article run together), unless the phrase is four words or more (prefix) or three
/// or more (contains) and so specific enough to mark a long line too (legal notices): that is known
/// per rule once, and a rule that cannot mark the line is not tried. An exact rule is one hash lookup,
/// made only for a line no longer than the longest such rule.
pub struct LineRules {
    exact: rustc_hash::FxHashSet<String>,
    exact_max: usize,
    /// (prefix, whether it also marks a long line)
    prefixes: Vec<(String, bool)>,
    /// (phrase, whether it also marks a long line), its searcher built once
    contains: Vec<(memchr::memmem::Finder<'static>, bool)>,
}

impl LineRules {
    pub fn new(rules: &[LineRule]) -> Self {
        let mut r = LineRules { exact: Default::default(), exact_max: 0, prefixes: vec![], contains: vec![] };
        for rule in rules {
            match rule {
                LineRule::Exact(s) => {
                    r.exact_max = r.exact_max.max(s.len());
                    r.exact.insert(s.clone());
                }
                LineRule::Prefix(s) => r.prefixes.push((s.clone(), s.split_whitespace().count() >= 4)),
                LineRule::Contains(s) => r.contains.push((memchr::memmem::Finder::new(s.as_bytes()).into_owned(), s.split_whitespace().count() >= 3)),
            }
        }
        r
    }

    /// Does any rule match the line `f` (`short`: fifteen words or fewer)?
    pub fn matches(&self, f: &str, short: bool) -> bool {
        (f.len() <= self.exact_max && self.exact.contains(f))
            || self.prefixes.iter().any(|(p, long)| (short || *long) && f.starts_with(p.as_str()))
            || self.contains.iter().any(|(p, long)| (short || *long) && p.find(f.as_bytes()).is_some())
    }
}

/// A line as the rules see it: folded once, trimmed of trailing marks, with its length class.
struct RuleView {
    /// the whole line folded
    full: String,
    /// … trimmed of trailing marks, for whole-line rules
    folded: String,
    short: bool,
    /// the line's length in words (`words`), counted once
    n_words: usize,
}

impl RuleView {
    fn new(line: &str) -> Self {
        let full = fold(line);
        let folded = full.trim_end_matches([':', '.', '»', '›', '>', '|', '-', ' ']).to_string();
        let n_words = words(line);
        RuleView { full, folded, short: n_words <= 15, n_words }
    }
    fn any(&self, rules: &LineRules) -> bool {
        rules.matches(&self.folded, self.short)
    }
}

/// Does a caption marker that may stand anywhere start in the last 40 % of the line (byte offset at least three
/// fifths of its length)? One pass over that tail for all markers, as `rfind` per marker found them.
fn caption_in_tail(f: &str, rules: &Rules) -> bool {
    let mut t = (f.len() * 3).div_ceil(5);
    while t < f.len() && !f.is_char_boundary(t) {
        t += 1;
    }
    t <= f.len() && rules.caption_tail.is_match(&f[t..])
}

fn is_widget(v: &RuleView, rules: &Rules) -> bool {
    v.folded.is_empty() || v.any(&rules.widgets)
}

fn editor_initials() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"\s*(?:\[\s*[A-Za-z]{1,6}(?:\s*/\s*[A-Za-z]{1,6})*\s*\]|\(\s*[a-z]{1,6}(?:\s*/\s*[a-z]{1,6})+\s*\))\s*$").unwrap())
}

/// Lines of the page, with hard-wrapped lines joined (a line that does not end a sentence and is
/// followed by one that starts in lower case is the same paragraph).
fn logical_lines(text: &str) -> Vec<String> {
    let mut out: Vec<String> = vec![];
    let mut prev_blank = true;
    for raw in text.lines() {
        let line = raw.trim().trim_matches('\u{feff}').trim();
        if line.is_empty() {
            prev_blank = true;
            continue;
        }
        let starts_lower = line.chars().next().is_some_and(|c| c.is_lowercase());
        if !prev_blank && starts_lower {
            if let Some(last) = out.last_mut() {
                if !ends_sentence(last) && words(last) >= 6 {
                    last.push(' ');
                    last.push_str(line);
                    prev_blank = false;
                    continue;
                }
            }
        }
        out.push(warta_core::squeeze_spaces(line));
        prev_blank = false;
    }
    out
}

/// Clean one page's text.
pub fn clean_text(text: &str, rules: &Rules) -> Cleaned {
    clean(text, rules, false)
}

/// Clean blocks that markup already put apart (headings, list items): short blocks between the
/// first and the last paragraph are kept, as the page showed them inside the article.
pub fn clean_blocks(text: &str, rules: &Rules) -> Cleaned {
    clean(text, rules, true)
}

fn clean(text: &str, rules: &Rules, keep_short_inside: bool) -> Cleaned {
    let mut initials = vec![];
    let lines: Vec<String> = logical_lines(text)
        .into_iter()
        .map(|mut l| {
            if let Some(m) = editor_initials().find(&l) {
                if m.start() > 0 {
                    initials.push(m.as_str().trim().to_string());
                    l.truncate(m.start());
                }
            }
            l
        })
        .collect();
    let views: Vec<RuleView> = lines.iter().map(|l| RuleView::new(l)).collect();
    let mut kinds: Vec<Kind> = lines
        .iter()
        .zip(&views)
        .map(|(l, v)| {
            let f = &v.full;
            // "Foto: Mahasiswa bentrok dengan aparat …": a labelled line of six words or more is a
            // caption, though the label alone opens photo credits the widget rules drop ("Foto: ANTARA/X")
            let labelled = v.n_words >= 6 && rules.caption_markers.iter().any(|m| m.strip_prefix('^').is_some_and(|p| f.starts_with(p)));
            if labelled && v.n_words < 60 {
                Kind::Caption
            } else if is_widget(v, rules) {
                Kind::Widget
            } else if (rules.caption_markers.iter().any(|m| m.strip_prefix('^').is_some_and(|p| f.starts_with(p))) || caption_in_tail(f, rules) || photo_credit().is_match(l)) && v.n_words < 60 {
                Kind::Caption
            } else if (v.n_words <= 8 || (v.n_words <= 14 && l.contains('|') && !ends_sentence(l))) && (byline_prefix(f, rules).is_some() || byline_with_outlet().is_match(l)) {
                // (a writer and an editor split by a bar may take more words: "Penulis Danur Lambang
                // Pristiandaru | Editor Ahmad Naufal Dzulfaroh")
                Kind::Byline
            } else if v.n_words >= 8 && (ends_sentence(l) || v.n_words >= 20) {
                Kind::Para
            } else {
                Kind::Short
            }
        })
        .collect();
    // A line printed twice in a row is a caption (image alt text followed by the visible caption);
    // in markup, images carry no text, and equal neighbours are table cells or list items.
    for i in 0..if keep_short_inside { 0 } else { lines.len().saturating_sub(1) } {
        if lines[i] == lines[i + 1] && kinds[i] != Kind::Widget {
            kinds[i] = Kind::Caption;
            kinds[i + 1] = Kind::Caption;
        }
    }
    // A list head ("Baca juga:", "More on this story") is followed by the list: short lines
    // that do not end a sentence, up to eight of them.
    let mut i = 0;
    while i < lines.len() {
        if views[i].any(&rules.list_heads) {
            let mut j = i + 1;
            // (the list ends at the article's own headline: a line with its date line right under it, perhaps past
            // a line between, and the body's first paragraph within four lines after that — "Terpopuler" in a menu;
            // above the body only: a related story's line inside it may have its date under it too)
            let headline = |j: usize, kinds: &[Kind]| !kinds[..j].contains(&Kind::Para) && (j + 1..(j + 3).min(lines.len())).any(|d| is_date_line(&lines[d]) && (d + 1..(d + 5).min(lines.len())).any(|p| kinds[p] == Kind::Para));
            while j < lines.len() && j <= i + 8 && words(&lines[j]) <= 15 && !lines[j].trim_end().ends_with(['.', '!', '"', '”']) && kinds[j] != Kind::Caption && !headline(j, &kinds) {
                kinds[j] = Kind::Widget;
                j += 1;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    let mut first = kinds.iter().position(|k| *k == Kind::Para);
    // A standfirst: one or two paragraphs above the article's date line, with the body after
    // it ("Sudan's warring parties…" / standfirst / "26 Oct 2023" / body). The body starts after
    // the date line; the standfirst is a summary of it, not more of it. (Text scrapes only: in
    // markup the container already says where the body is.)
    if let Some(f) = first.filter(|_| !keep_short_inside) {
        let paras_after = |d: usize| kinds[d + 1..].iter().filter(|k| **k == Kind::Para).count();
        let date_line = (f + 1..lines.len().min(f + 8)).find(|&d| kinds[d] != Kind::Para && is_date_line(&lines[d]) && paras_after(d) >= 2);
        if let Some(d) = date_line {
            if kinds[f..d].iter().filter(|k| **k == Kind::Para).count() <= 2 {
                for k in kinds[f..d].iter_mut() {
                    if *k == Kind::Para {
                        *k = Kind::Short;
                    }
                }
                first = kinds.iter().position(|k| *k == Kind::Para);
            }
        }
    }
    // An end marker ("Source: …", "All rights reserved") after the first paragraph closes the
    // article: nothing after it is body. (Text scrapes only, as above: inside a container,
    // "Source: World Bank" under a chart is not the end.)
    let end = first.filter(|_| !keep_short_inside).and_then(|f| (f + 1..lines.len()).find(|&i| views[i].any(&rules.end_markers))).unwrap_or(lines.len());
    for k in kinds.iter_mut().skip(end) {
        if *k == Kind::Para || *k == Kind::Short {
            *k = Kind::Widget;
        }
    }
    // A short sentence of the body ("Israel did not comment on the report.") between paragraphs or
    // right after the last one (past widget lines) is body too: five words or more, capitalised, ending a
    // sentence.
    if let (Some(f), Some(l)) = (first.filter(|_| !keep_short_inside), kinds.iter().rposition(|k| *k == Kind::Para)) {
        let sentence = |i: usize| views[i].n_words >= 5 && ends_sentence(&lines[i]) && lines[i].trim_start().starts_with(|c: char| c.is_uppercase() || c == '"' || c == '“');
        // (past a related link after the last one: "… in March." / "Baca juga: …" / "X has long backed Y." — a line
        // of the list heads, not any widget: "Subscribe to our newsletter" / "© X Ltd. All rights reserved.")
        let mut after = l + 1;
        while after < end && kinds[after] == Kind::Widget && views[after].any(&rules.list_heads) {
            after += 1;
        }
        for i in f + 1..(after + 1).min(end) {
            if kinds[i] == Kind::Short && sentence(i) {
                kinds[i] = Kind::Para;
            }
        }
    }
    let last = kinds.iter().rposition(|k| *k == Kind::Para);
    let mut c = Cleaned::default();
    let (Some(first), Some(last)) = (first, last) else {
        // no paragraph-like line: a lone line is the body; otherwise the first is the title
        let content: Vec<usize> = (0..lines.len()).filter(|&i| !matches!(kinds[i], Kind::Widget | Kind::Caption)).collect();
        if content.len() == 1 {
            c.paragraphs.push(lines[content[0]].clone());
            for (i, (l, k)) in lines.iter().zip(&kinds).enumerate() {
                match k {
                    Kind::Caption => c.captions.push(l.clone()),
                    _ if i != content[0] => c.removed.push(l.clone()),
                    _ => {}
                }
            }
            dedup(&mut c.captions);
            return c;
        }
        for (l, k) in lines.iter().zip(&kinds) {
            match k {
                Kind::Widget => c.removed.push(l.clone()),
                Kind::Caption => c.captions.push(l.clone()),
                _ if c.title.is_none() && words(l) >= 2 => c.title = Some(l.clone()),
                _ => c.paragraphs.push(l.clone()),
            }
        }
        dedup(&mut c.captions);
        return c;
    };
    // The headline is the longest short line above the body, words with digits counting
    // against (menus, section names and breadcrumbs are shorter; dates and times are digits);
    // a line ending in a full stop (a standfirst) only when there is no other; the first of equals.
    let headline_score = |l: &str| {
        let numeric = l.split_whitespace().filter(|w| w.chars().any(|ch| ch.is_ascii_digit())).count() as i64;
        // (two per number: "Junta Myanmar Bebaskan 4.000 Tahanan, Termasuk 22 WNA" stays a headline, a date
        // line of weekday, day, month, year and clock does not)
        words(l) as i64 - 2 * numeric
    };
    let candidate = |i: usize| kinds[i] == Kind::Short && words(&lines[i]) >= 3 && headline_score(&lines[i]) >= 3;
    let mut title_at = (0..first).filter(|&i| candidate(i)).max_by_key(|&i| (!lines[i].trim_end().ends_with('.'), headline_score(&lines[i]), std::cmp::Reverse(i)));
    // … but a headline-like line right above it makes that line the headline and it the deck
    // ("Japan and X sign pact" / "Tokyo and Y deepen ties as …"): five words or more (six below other lines), no full stop,
    // none of the separators of breadcrumbs and menus
    if let Some(t) = title_at.filter(|&t| t > 0) {
        let p = t - 1;
        let plain = !lines[p].contains(['>', '|', '/', '»', '·', '•']) && !lines[p].trim_end().ends_with('.');
        // (six words or more below other lines: a topic label between the menus and the headline, "Ukraine and Russia
        // at war", has five; five do at the top of the page)
        if candidate(p) && plain && headline_score(&lines[p]) >= if p == 0 { 5 } else { 6 } {
            title_at = Some(p);
        }
    }
    for (i, (l, k)) in lines.iter().zip(&kinds).enumerate() {
        match k {
            Kind::Widget => {
                // a widget line above the body may still print the date ("Published On 14 Jan 2025")
                if i < first {
                    c.header.push(l.clone());
                }
                c.removed.push(l.clone());
            }
            Kind::Caption => c.captions.push(caption_text(l, rules)),
            Kind::Byline if c.byline.is_none() => {
                // "Rizky Ramadhan - detikNews": the name, without the outlet; "Rep: X/ Red: Y": X
                let name = match (byline_with_outlet().captures(l).and_then(|m| m.get(1)), byline_prefix(&views[i].full, rules)) {
                    (Some(m), _) => m.as_str().to_string(),
                    (None, Some(n)) => {
                        let rest = l.char_indices().nth(n).map_or("", |(b, _)| &l[b..]);
                        rest.trim_start_matches([':', ' ']).split(['/', '|']).next().unwrap_or("").trim().to_string()
                    }
                    (None, None) => l.clone(),
                };
                c.byline = Some(if name.is_empty() { l.clone() } else { name });
                c.removed.push(l.clone());
            }
            Kind::Byline => c.removed.push(l.clone()),
            Kind::Short if keep_short_inside && i < first => {
                let digits = l.chars().filter(|ch| ch.is_ascii_digit()).count();
                if words(l) >= 3 && digits * 3 < l.len() {
                    c.paragraphs.push(l.clone());
                } else {
                    c.header.push(l.clone());
                    c.removed.push(l.clone());
                }
            }
            Kind::Short if i < first => {
                if Some(i) == title_at {
                    c.title = Some(l.clone());
                } else {
                    c.header.push(l.clone());
                    c.removed.push(l.clone());
                }
            }
            Kind::Para if i >= first && i <= last => c.paragraphs.push(l.clone()),
            Kind::Short if keep_short_inside && i > first => c.paragraphs.push(l.clone()),
            _ => c.removed.push(l.clone()),
        }
    }
    dedup(&mut c.captions);
    c.removed.extend(initials);
    // "… Jakarta Timur. (Karlina Sintia Dewi)": a reporter's name in brackets closing the article
    if let Some(last) = c.paragraphs.last_mut() {
        if let Some(m) = closing_credit().captures(last).and_then(|c| c.get(1)) {
            if m.start() > 0 {
                let credit = m.as_str().trim().to_string();
                last.truncate(m.start());
                let kept = last.trim_end().len();
                last.truncate(kept);
                if c.byline.is_none() {
                    c.byline = Some(credit.trim_matches(['(', ')']).to_string());
                }
                c.removed.push(credit);
            }
        }
    }
    c
}

/// The length in characters of the byline opening ("by", "oleh", "rep:") a folded line starts
/// with, if the opening ends at a word boundary ("by" does not open "bypass").
fn byline_prefix(folded: &str, rules: &Rules) -> Option<usize> {
    rules.byline_prefixes.iter().find_map(|p| {
        let rest = folded.strip_prefix(p.as_str())?;
        let boundary = p.ends_with(':') || rest.chars().next().is_none_or(|c| !c.is_alphanumeric());
        boundary.then(|| p.chars().count())
    })
}

/// A date or time line: a year (1900–2099) or a clock time among at most twelve words.
fn is_date_line(l: &str) -> bool {
    static R: OnceLock<Regex> = OnceLock::new();
    let r = R.get_or_init(|| Regex::new(r"\b(?:19|20)\d\d\b|\b\d{1,2}[:.]\d\d\b").unwrap());
    words(l) <= 12 && r.is_match(l)
}

/// A photo credit closing a caption: "(CNN Indonesia/Adhi Wicaksono)", "(Reuters/Ann Wang)".
fn photo_credit() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"[(\[](?:[Ff]ile:?\s*)?(?:\p{Lu}[\p{L}.]*\s?){1,4}/\s?(?:\p{Lu}[\p{L}.'’]*\s?){1,4}(?:,\s*[Ff]ile)?[)\]]\s*$").unwrap())
}

/// A reporter's name followed by the outlet: "Rizky Ramadhan - detikNews", "Ani Lestari | Kompas".
fn byline_with_outlet() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"^((?:\p{Lu}[\p{L}'’.]*\s+){1,3}\p{Lu}[\p{L}'’.]*)\s+[-–|]\s+\S+$").unwrap())
}

fn closing_credit() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r#"(?:[.!?”"])\s*(\(\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*\s*\))\s*$"#).unwrap())
}

/// A caption without the label some sites put before it ("Image caption, …").
fn caption_text(l: &str, rules: &Rules) -> String {
    let f = fold(l);
    for m in &rules.caption_markers {
        if let Some(p) = m.strip_prefix('^') {
            // the label is cut off by byte length: only where folding kept the lengths
            if f.starts_with(p) && f.len() == l.len() {
                return l[p.len()..].trim_start_matches([',', ':', ' ']).to_string();
            }
        }
    }
    l.to_string()
}

fn dedup(v: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    v.retain(|s| seen.insert(s.clone()));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules;

    /// Line rules: an exact line, a prefix or a phrase marks a short line; a long line only by a
    /// prefix of four words or more or a phrase of three or more (table: line, short, marked).
    #[test]
    fn line_rules_mark_long_lines_only_by_long_phrases() {
        let r = LineRules::new(&[
            LineRule::Exact("baca juga".into()),
            LineRule::Prefix("editor:".into()),
            LineRule::Prefix("hak cipta dilindungi undang-undang".into()),
            LineRule::Contains("klik di sini".into()),
            LineRule::Contains("iklan".into()),
        ]);
        for (line, short, want) in [
            ("baca juga", true, true),
            ("baca juga", false, true),
            ("baca juga ini", true, false),
            ("editor: rudi", true, true),
            ("editor: rudi", false, false),
            ("hak cipta dilindungi undang-undang 2023", false, true),
            ("untuk berita lain klik di sini", true, true),
            ("untuk berita lain klik di sini", false, true),
            ("tanpa iklan", true, true),
            ("tanpa iklan", false, false),
            ("berita biasa", true, false),
        ] {
            assert_eq!(r.matches(line, short), want, "{line:?} short={short}");
        }
    }

    const PAGE: &str = "Tautan Akses\n\nJudul Berita Tentang Sebuah Kunjungan Resmi\n\n\nGubernur meresmikan jembatan baru (foto: dok).\nGubernur meresmikan jembatan baru (foto: dok).\n\nGubernur Jawa Barat meresmikan jembatan baru di Bandung pada Senin (5/2) pagi bersama warga.\n\nJembatan itu dibangun selama dua tahun dengan biaya yang besar sekali. [ab/cd]\n\nForum\n\nXS\nSM\nMD\nLG";

    /// A deck (standfirst) under the headline is longer than it: the longest short line was taken
    /// for the title.
    #[test]
    fn regression_a_deck_under_the_headline_is_not_the_title() {
        let page = "Home > World > Africa\n\nKenya and Uganda open new border crossing\n\nNairobi and Kampala expect trade to double as the crossing cuts waiting times for trucks\n\nBy A Reporter\nMarch 3, 2024\n\nKenya and Uganda opened a new border crossing on Sunday, officials from both countries said at the ceremony.\n\nThe crossing will be open day and night, and trucks will be checked once for both countries.";
        let c = clean_text(page, rules());
        assert_eq!(c.title.as_deref(), Some("Kenya and Uganda open new border crossing"));
        assert_eq!(c.paragraphs.len(), 2, "{:?}", c.paragraphs);
        // a breadcrumb above the headline is never the headline
        let page = "Home > World > Africa > East Africa news\n\nKenya and Uganda open a new border crossing on the lake\n\nBy A Reporter\nMarch 3, 2024\n\nKenya and Uganda opened a new border crossing on Sunday, officials from both countries said at the ceremony.\n\nThe crossing will be open day and night, and trucks will be checked once for both countries.";
        assert_eq!(clean_text(page, rules()).title.as_deref(), Some("Kenya and Uganda open a new border crossing on the lake"));
    }

    /// "Israel did not comment on the report." (seven words) was dropped as a short line: a short
    /// sentence between paragraphs or right after the last one is body; a short menu line is not.
    #[test]
    fn regression_a_short_closing_sentence_after_a_related_link_was_dropped() {
        let page = "Kenya and Uganda open new border crossing\n\nKenya and Uganda opened a new border crossing on Sunday, officials from both countries said.\n\nThe crossing will be open day and night, and trucks will be checked once for both countries.\n\nRead more: Tanzania raises fuel prices\n\nUganda has long backed open borders.\n\nMore from Africa";
        let c = clean_text(page, rules());
        assert_eq!(c.paragraphs.last().map(String::as_str), Some("Uganda has long backed open borders."), "{:?}", c.paragraphs);
    }

    /// "Simak breaking news dan berita pilihan kami … WhatsApp Channel." (a site's long invitation, two sentences)
    /// stayed as the last paragraph: a three-word prefix only marks short lines.
    #[test]
    fn regression_a_long_invitation_to_a_news_channel_was_body() {
        let page = "Judul Berita Tentang Sebuah Kunjungan Resmi di Kota\n\nGubernur Jawa Barat meresmikan jembatan baru di Bandung pada Senin (5/2) pagi bersama warga.\n\nJembatan itu dibangun selama dua tahun dengan biaya yang besar sekali.\n\nSimak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Situs WhatsApp Channel.";
        let c = clean_text(page, rules());
        assert_eq!(c.paragraphs.len(), 2, "{:?}", c.paragraphs);
    }

    #[test]
    fn regression_a_short_closing_sentence_was_dropped() {
        let page = "Kenya and Uganda open new border crossing\n\nKenya and Uganda opened a new border crossing on Sunday, officials from both countries said.\n\nTanzania was not invited to the ceremony.\n\nThe crossing will be open day and night, and trucks will be checked once for both countries.\n\nUganda did not comment on the report.\n\nSource: news agencies\n\nMore from Africa";
        let c = clean_text(page, rules());
        assert_eq!(c.paragraphs.len(), 4, "{:?}", c.paragraphs);
        assert_eq!(c.paragraphs.last().map(String::as_str), Some("Uganda did not comment on the report."));
    }

    /// "Foto: Mahasiswa bentrok …" was dropped with the photo credits ("Foto: ANTARA/X") that the
    /// same label opens.
    #[test]
    fn regression_a_labelled_caption_is_not_a_photo_credit() {
        let page = "Judul Berita Tentang Sebuah Unjuk Rasa di Kota\n\nFoto: Mahasiswa berunjuk rasa di depan gedung dewan kota (dok. istimewa)\n\nFoto: ANTARA/Budi\n\nRibuan mahasiswa berunjuk rasa di depan gedung dewan kota pada Senin siang bersama warga.\n\nAksi itu berlangsung damai hingga sore hari dan massa membubarkan diri dengan tertib.";
        let c = clean_text(page, rules());
        assert_eq!(c.captions, vec!["Mahasiswa berunjuk rasa di depan gedung dewan kota (dok. istimewa)"]);
        assert!(c.removed.iter().any(|r| r == "Foto: ANTARA/Budi"));
    }

    #[test]
    fn widgets_captions_and_initials_are_removed() {
        let c = clean_text(PAGE, rules());
        assert_eq!(c.title.as_deref(), Some("Judul Berita Tentang Sebuah Kunjungan Resmi"));
        assert_eq!(c.captions, vec!["Gubernur meresmikan jembatan baru (foto: dok)."]);
        assert_eq!(c.paragraphs.len(), 2);
        assert!(c.paragraphs[1].ends_with("besar sekali."), "{:?}", c.paragraphs[1]);
        for w in ["Tautan Akses", "Forum", "XS", "LG", "[ab/cd]"] {
            assert!(c.removed.iter().any(|r| r == w), "{w} not removed: {:?}", c.removed);
            assert!(!c.paragraphs.join("\n").contains(w));
        }
    }

    #[test]
    fn regression_a_one_line_article_is_body_not_title() {
        let c = clean_text("Liputan6.com, Jakarta KPU menggelar simulasi pemilu bagi penyandang disabilitas", rules());
        assert_eq!(c.paragraphs.len(), 1);
        assert!(c.title.is_none());
    }

    #[test]
    fn regression_a_credit_line_of_several_reporters_was_the_last_paragraph() {
        // a wire's credit line past fifteen words is marked by its second credit ("; editing by"), as a short one is by its first
        let text = "Chile and Peru agree to reopen their border\n\nSANTIAGO, May 2 (Reuters) - Chile and Peru agreed on Thursday to reopen their land border after two years of closure.\n\nReporting by Rudi Hartanto in Santiago, Kresna Wibowo in Lima and Arief Santoso in La Paz; Writing by Rudi Hartanto; Editing by Kresna Wibowo";
        let c = clean_text(text, rules());
        assert!(c.paragraphs.last().is_some_and(|p| p.ends_with("two years of closure.")), "{:?}", c.paragraphs);
    }

    #[test]
    fn regression_a_long_line_starting_like_a_widget_is_kept() {
        let text = "Reporter: Ani TRIBUNNEWS.COM, JAKARTA - Direktorat Jenderal Pajak terus menyisir data untuk meningkatkan penerimaan negara dari wajib pajak asing yang tinggal di Indonesia tahun ini.";
        let c = clean_text(text, rules());
        assert_eq!(c.paragraphs.len(), 1, "{c:?}");
    }

    #[test]
    fn regression_a_reporter_credit_in_brackets_closes_the_body() {
        let c = clean_text("Judul Berita Uji Coba\n\nPara prajurit menyambut kedatangan panglima baru di markas besar pada Kamis sore. (Karlina Sintia Dewi)", rules());
        assert!(c.paragraphs[0].ends_with("Kamis sore."), "{:?}", c.paragraphs);
        assert_eq!(c.byline.as_deref(), Some("Karlina Sintia Dewi"));
        // brackets inside the text are left alone
        let c = clean_text("Judul Berita Uji Coba\n\nPresiden (Joko Widodo) meresmikan jembatan baru di kota itu pada Kamis sore ini.", rules());
        assert!(c.paragraphs[0].contains("(Joko Widodo)"));
    }

    #[test]
    fn regression_a_writer_credit_longer_than_the_headline_was_the_title() {
        let c = clean_text("Global\n\nKota Santiago Diguncang Gempa, 3 Orang Tewas\n\nPenulis Tim Redaksi | Editor Rudi Hartanto Kresna\n\nSANTIAGO, KOMPAS.com - Gempa bermagnitudo 6,1 mengguncang ibu kota Chile pada Sabtu pagi dan menewaskan tiga orang.", rules());
        assert_eq!(c.title.as_deref(), Some("Kota Santiago Diguncang Gempa, 3 Orang Tewas"), "{c:?}");
    }

    #[test]
    fn regression_a_long_writer_and_editor_credit_was_the_title() {
        let c = clean_text("KOMPAS.com\nGlobal\nKapal Chile Dibajak di Lepas Pantai Peru, Kemlu Koordinasi\n\nKompas.com - 15/03/2024, 10:05 WIB\nPenulis Kresna Wibowo Hartanto Santoso | Editor Rudi Hartanto Wibowo\n\nJAKARTA, KOMPAS.com - Kapal kargo berbendera Chile dibajak oleh perompak di lepas pantai Peru pada Selasa (12/3/2024).", rules());
        assert_eq!(c.title.as_deref(), Some("Kapal Chile Dibajak di Lepas Pantai Peru, Kemlu Koordinasi"), "{c:?}");
    }

    #[test]
    fn regression_a_headline_after_a_menu_item_heading_a_list_was_no_title() {
        // "Terpopuler" in the site's menu heads a list; the article's own headline, with its date line under it and the
        // body after, ends that list
        let c = clean_text("Kompas.com\nTerpopuler\nNasional\nGlobal\n\nChile Kirim 5.000 Tentara ke Perbatasan, Peru Tunda Tarif\n\nKompas.com - 04/02/2025, 07:15 WIB\n\nPenulis Tim Redaksi | Editor Tim Redaksi\n\nSANTIAGO, KOMPAS.com - Presiden Chile Rudi Hartanto mengatakan negaranya akan segera mengerahkan 5.000 tentara ke perbatasan utara dengan Peru untuk mencegah penyelundupan.\n\nPengumuman itu disampaikan setelah berbicara melalui telepon dengan Presiden Peru Kresna Wibowo.", rules());
        assert_eq!(c.title.as_deref(), Some("Chile Kirim 5.000 Tentara ke Perbatasan, Peru Tunda Tarif"), "{c:?}");
        // (… but a related story's line with its date under it inside the body stays in the list)
        let c = clean_text("Chile and Peru talk about the border\n\nSANTIAGO (Reuters) - Chile and Peru held talks on their border on Tuesday, officials said, in the first meeting since March.\n\nMore on this story\nWhat is the border dispute about?\nPublished\n3 December 2024\n\nThe two sides agreed to meet again in Lima next month, a spokesman for the Chilean foreign ministry said.", rules());
        assert!(!c.paragraphs.iter().any(|p| p.contains("What is the border")), "{c:?}");
    }

    #[test]
    fn regression_a_topic_label_above_the_headline_was_the_title() {
        // a five-word label over the headline is no headline with a deck under it
        let page = "Reuters\nWorld\nChile and Peru at war\nChilean strike on Peruvian town kills at least 12, including two children\nBy Rudi Hartanto\nNovember 19, 2025\n\nLIMA, Nov 19 (Reuters) - Chilean missiles struck a town in southern Peru on Wednesday, killing at least 12 people, officials said, in the deadliest attack this year.\n\nPeru said it would respond.";
        assert_eq!(clean_text(page, rules()).title.as_deref(), Some("Chilean strike on Peruvian town kills at least 12, including two children"));
        // … while five words heading the page, a deck under them, stay the headline
        let page = "Tobacco ban proposed for Peru\nA ban on tobacco was put forward by the Chilean government last month\n\nThe plan would make most enclosed public places in Lima free of smoke by next year, ministers said on Monday.\n\nBars would follow later.";
        assert_eq!(clean_text(page, rules()).title.as_deref(), Some("Tobacco ban proposed for Peru"));
    }

    #[test]
    fn regression_a_point_of_a_wire_summary_was_the_title() {
        // "Summary" and its short lines under the headline are a list, not the headline; a market-data note in the footer
        // ends the article
        let page = "Reuters\nWorld\nChile's president gets red-carpet welcome in Peru\nBy Reuters\nSeptember 3, 2024 11:52 AM GMT+8\nSummary\nFirst trip abroad since the ruling\nBolivia says the failure to detain him hurts the court\n\nLIMA, Sept 3 (Reuters) - The Chilean president was received with a guard of honour at the Peruvian palace on Tuesday.\n\nThe two presidents later discussed gas prices.\n\nAll quotes delayed by at least 20 minutes.";
        let c = clean_text(page, rules());
        assert_eq!(c.title.as_deref(), Some("Chile's president gets red-carpet welcome in Peru"), "{c:?}");
        assert!(!c.paragraphs.iter().any(|p| p.contains("quotes delayed")), "{c:?}");
    }

    #[test]
    fn regression_a_headline_with_two_numbers_was_no_title() {
        let c = clean_text("CNN Indonesia\nHome\nInternasional\nJunta Chile Bebaskan 4.000 Tahanan, Termasuk 22 WNA\n\nCNN Indonesia\nKamis, 04 Jan 2024 13:20 WIB\nBagikan:\n\nJakarta, CNN Indonesia -- Junta militer Chile membebaskan lebih dari 4.000 tahanan dalam amnesti pada Kamis (4/1), termasuk 22 warga negara asing.", rules());
        assert_eq!(c.title.as_deref(), Some("Junta Chile Bebaskan 4.000 Tahanan, Termasuk 22 WNA"), "{c:?}");
    }

    #[test]
    fn regression_a_date_printed_in_a_widget_line_was_lost() {
        let c = clean_text("A Title About Something Happening Today Here\n\nPublished On 14 Jan 2025\n\nChilean forces have killed three people during a raid on a camp, officials said on Tuesday.", rules());
        assert!(c.header.iter().any(|h| h.contains("14 Jan 2025")), "{c:?}");
    }

    #[test]
    fn wrapped_lines_are_joined() {
        let c = clean_text("A Title For The Story\n\nThe minister said on Monday that the talks would\ncontinue next week in the capital, officials said.\n", rules());
        assert_eq!(c.paragraphs.len(), 1);
        assert!(c.paragraphs[0].contains("would continue"));
    }

    #[test]
    fn regression_an_archive_photo_caption_with_its_credit_was_the_title() {
        // "Arsip foto - …. ANTARA/X/y": a caption under the date line, longer than the headline, is a caption
        let c = clean_text("ANTARA News\nDunia\nChile panggil Dubes Peru, desak penarikan pasukan\nSenin, 3 April 2023 19:05 WIB\nArsip foto - Bendera Chile dan Peru di depan gedung kementerian. ANTARA/Anadolu/py\nSantiago (ANTARA) - Kementerian Luar Negeri Chile memanggil Duta Besar Peru hari Senin dan mendesak penarikan segera pasukan Peru dari perbatasan.\nWakil Menteri Luar Negeri Rudi Hartanto menyampaikan protes keras kepada duta besar itu, menurut pernyataan kementerian.", rules());
        assert_eq!(c.title.as_deref(), Some("Chile panggil Dubes Peru, desak penarikan pasukan"), "{c:?}");
    }
}
