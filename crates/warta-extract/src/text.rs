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

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

fn ends_sentence(s: &str) -> bool {
    let s = s.trim_end();
    s.ends_with(['.', '!', '?', '"', '”', '’', '\'', ':', ')', '…'])
}

fn is_widget(line: &str, rules: &Rules) -> bool {
    let f = fold(line);
    let f = f.trim_end_matches([':', '.', '»', '›', '>', '|', '-', ' ']);
    if f.is_empty() {
        return true;
    }
    // widgets are short: a long line that merely starts with "Reporter:" is an article run together
    let short = words(line) <= 15;
    rules.widgets.iter().any(|r| match r {
        LineRule::Exact(s) => f == s,
        LineRule::Prefix(s) => short && f.starts_with(s.as_str()),
        LineRule::Contains(s) => short && f.contains(s.as_str()),
    })
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
        out.push(line.split_whitespace().collect::<Vec<_>>().join(" "));
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
    let mut kinds: Vec<Kind> = lines
        .iter()
        .map(|l| {
            let f = fold(l);
            if is_widget(l, rules) {
                Kind::Widget
            } else if rules.caption_markers.iter().any(|m| f.rfind(m.as_str()).is_some_and(|at| at * 5 >= f.len() * 3)) && words(l) < 60 {
                Kind::Caption
            } else if words(l) <= 8 && rules.byline_prefixes.iter().any(|p| f.starts_with(p.as_str())) {
                Kind::Byline
            } else if words(l) >= 8 && (ends_sentence(l) || words(l) >= 20) {
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
    let first = kinds.iter().position(|k| *k == Kind::Para);
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
    for (i, (l, k)) in lines.iter().zip(&kinds).enumerate() {
        match k {
            Kind::Widget => c.removed.push(l.clone()),
            Kind::Caption => c.captions.push(caption_text(l)),
            Kind::Byline if c.byline.is_none() => c.byline = Some(l.clone()),
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
                let digits = l.chars().filter(|ch| ch.is_ascii_digit()).count();
                if c.title.is_none() && words(l) >= 3 && digits * 3 < l.len() {
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

fn closing_credit() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r#"(?:[.!?”"])\s*(\(\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*\s*\))\s*$"#).unwrap())
}

fn caption_text(l: &str) -> String {
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

    const PAGE: &str = "Tautan Akses\n\nJudul Berita Tentang Sebuah Kunjungan Resmi\n\n\nGubernur meresmikan jembatan baru (foto: dok).\nGubernur meresmikan jembatan baru (foto: dok).\n\nGubernur Jawa Barat meresmikan jembatan baru di Bandung pada Senin (5/2) pagi bersama warga.\n\nJembatan itu dibangun selama dua tahun dengan biaya yang besar sekali. [ab/cd]\n\nForum\n\nXS\nSM\nMD\nLG";

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
    fn wrapped_lines_are_joined() {
        let c = clean_text("A Title For The Story\n\nThe minister said on Monday that the talks would\ncontinue next week in the capital, officials said.\n", rules());
        assert_eq!(c.paragraphs.len(), 1);
        assert!(c.paragraphs[0].contains("would continue"));
    }
}
