//! warta-extract: raw page bytes → a clean article (title, captions, paragraphs, what was removed).
//!
//! Two inputs today: plain-text scrapes (a page's text with the site's widgets still around it)
//! and HTML. HTML goes through `dom_smoothie` (a maintained Readability port) for the main
//! content, and its text then meets the same line cleaner as a text scrape, so one set of
//! rules — widget phrases, captions, editor initials — serves both. Widget phrases are data
//! (`widgets.txt`, `caption_markers.txt` of every language folder); this crate only holds
//! the mechanism: precise rules first (known widget lines, caption markers, repeated lines),
//! then a broad one (the body is the run of paragraph-like blocks).

use regex::Regex;
use std::sync::OnceLock;
use warta_core::{Doc, DocError, Facet, Stage};
use warta_lang::Lang;

pub mod blocks;
mod text;
pub use text::{clean_blocks, clean_text, Cleaned};

/// Default cap on one document's raw size.
pub const DEFAULT_MAX_BYTES: usize = 10 * 1024 * 1024;

/// The extraction stage.
pub struct Extractor {
    pub max_bytes: usize,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor { max_bytes: DEFAULT_MAX_BYTES }
    }
}

/// All widget rules and caption markers of every language, merged: a page's language is not
/// known before its text is clean, and widget phrases rarely collide with article prose.
pub struct Rules {
    pub widgets: text::LineRules,
    pub end_markers: text::LineRules,
    pub list_heads: text::LineRules,
    pub caption_markers: Vec<String>,
    pub byline_prefixes: Vec<String>,
    /// The caption markers that may stand anywhere in a line (those without `^`), searched at once: a line whose
    /// last 40 % holds one is a caption ("… (Foto: X)").
    pub caption_tail: aho_corasick::AhoCorasick,
}

pub fn rules() -> &'static Rules {
    static R: OnceLock<Rules> = OnceLock::new();
    R.get_or_init(|| {
        let mut widgets = vec![];
        let mut caption_markers = vec![];
        let mut byline_prefixes = vec![];
        let (mut end_markers, mut list_heads) = (vec![], vec![]);
        for code in warta_lang::languages() {
            if let Ok(l) = warta_lang::lang(code) {
                let l: &Lang = l;
                widgets.extend(l.widgets.iter().cloned());
                end_markers.extend(l.end_markers.iter().cloned());
                list_heads.extend(l.list_heads.iter().cloned());
                caption_markers.extend(l.caption_markers.iter().cloned());
                byline_prefixes.extend(l.byline_prefixes.iter().cloned());
            }
        }
        for v in [&mut caption_markers, &mut byline_prefixes] {
            v.sort();
            v.dedup();
        }
        let caption_tail = aho_corasick::AhoCorasick::new(caption_markers.iter().filter(|m| !m.starts_with('^'))).expect("caption markers are plain strings");
        let (widgets, end_markers, list_heads) = (text::LineRules::new(&widgets), text::LineRules::new(&end_markers), text::LineRules::new(&list_heads));
        Rules { widgets, end_markers, list_heads, caption_markers, byline_prefixes, caption_tail }
    })
}

/// Gzip-compressed input (a saved `.html.gz`) is inflated, never past `max_bytes`; a truncated or
/// corrupt stream is a document error.
pub fn inflate_if_gzip(raw: &[u8], max_bytes: usize) -> Result<Option<Vec<u8>>, DocError> {
    if raw.len() < 2 || raw[0] != 0x1f || raw[1] != 0x8b {
        return Ok(None);
    }
    use std::io::Read;
    let mut out = vec![];
    flate2::read::MultiGzDecoder::new(raw).take((max_bytes as u64).saturating_add(1)).read_to_end(&mut out).map_err(|e| DocError::new("gzip", format!("corrupt or truncated gzip data: {e}")))?;
    if out.len() > max_bytes {
        return Err(DocError::new("too_large", format!("gzip data inflates past the cap of {max_bytes} bytes")));
    }
    Ok(Some(out))
}

/// Why raw bytes cannot be read as a page.
pub fn check_raw(raw: &[u8], max_bytes: usize) -> Result<(), DocError> {
    if raw.len() > max_bytes {
        return Err(DocError::new("too_large", format!("document is {} bytes, over the cap of {} bytes", raw.len(), max_bytes)));
    }
    if raw.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(DocError::new("empty", "document is empty"));
    }
    let head = &raw[..raw.len().min(8192)];
    let nul = head.iter().filter(|&&b| b == 0).count();
    let ctrl = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)).count();
    if nul > 0 || ctrl * 20 > head.len() {
        return Err(DocError::new("binary", format!("document looks binary ({nul} NUL and {ctrl} control bytes in the first {} bytes)", head.len())));
    }
    Ok(())
}

fn looks_html(raw: &[u8], media_type: Option<&str>) -> bool {
    if let Some(m) = media_type {
        return m.contains("html");
    }
    let head = String::from_utf8_lossy(&raw[..raw.len().min(2048)]).to_ascii_lowercase();
    let h = head.trim_start_matches('\u{feff}').trim_start();
    h.starts_with("<!doctype html") || h.starts_with("<html") || head.contains("<body") || (h.starts_with('<') && head.contains("</p>"))
}

/// Decode bytes to text: BOM, then `<meta charset>` for HTML, else UTF-8 (lossy, with a warning).
pub fn decode(raw: &[u8], html: bool, warnings: &mut Vec<String>) -> String {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(raw) {
        let (s, _, bad) = enc.decode(&raw[bom..]);
        if bad {
            warnings.push(format!("invalid {} sequences replaced", enc.name()));
        }
        return s.into_owned();
    }
    if html {
        static META: OnceLock<Regex> = OnceLock::new();
        let re = META.get_or_init(|| Regex::new(r#"(?i)<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)"#).unwrap());
        let head = String::from_utf8_lossy(&raw[..raw.len().min(4096)]).into_owned();
        if let Some(c) = re.captures(&head) {
            if let Some(enc) = encoding_rs::Encoding::for_label(c[1].as_bytes()) {
                // a legacy charset declared on bytes that are valid UTF-8 with non-ASCII in them is a
                // wrong declaration (real legacy text almost never forms valid multi-byte sequences)
                if enc != encoding_rs::UTF_8 && !raw.is_ascii() {
                    if let Ok(s) = std::str::from_utf8(raw) {
                        warnings.push(format!("declared {}, but the bytes are UTF-8: read as UTF-8", enc.name()));
                        return s.to_string();
                    }
                }
                if enc != encoding_rs::UTF_8 {
                    let (s, _, bad) = enc.decode(raw);
                    if bad {
                        warnings.push(format!("invalid {} sequences replaced", enc.name()));
                    }
                    return s.into_owned();
                }
            }
        }
    }
    match std::str::from_utf8(raw) {
        Ok(s) => s.to_string(),
        Err(_) => {
            // Undeclared and not UTF-8. If most non-ASCII bytes fail to form UTF-8 sequences and
            // there are enough of them to judge, the page is in a legacy encoding: chardetng
            // guesses which. (Legacy double-byte text forms a few valid sequences by chance.)
            // A few stray bytes in otherwise UTF-8 text are replaced instead.
            let s = String::from_utf8_lossy(raw).into_owned();
            let bad = s.matches('\u{fffd}').count();
            let good_multibyte = s.chars().filter(|c| !c.is_ascii() && *c != '\u{fffd}').count();
            if good_multibyte < bad && bad >= 8 {
                let mut det = chardetng::EncodingDetector::new();
                det.feed(raw, true);
                let enc = det.guess(None, true);
                if enc != encoding_rs::UTF_8 {
                    let (t, _) = enc.decode_without_bom_handling(raw);
                    warnings.push(format!("no charset declared and not UTF-8: read as {} (guessed)", enc.name()));
                    return t.into_owned();
                }
            }
            warnings.push(format!("invalid UTF-8: {bad} sequences replaced with U+FFFD"));
            s
        }
    }
}

/// Deeper than this, a page is not laid out for reading: warta's tree keeps this many levels and
/// flattens the rest, and the DOM route (dom_smoothie, which grows with the square of the depth:
/// 0.2 s at 1,000 levels, 10 s at 8,000, minutes at 90,000) is never taken for it. The deepest of
/// the 181 pages of the extraction benchmark nests about 510 levels.
pub const MAX_HTML_DEPTH: usize = blocks::MAX_DEPTH;

const BLOCK: &[&str] = &["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article", "header", "footer", "blockquote", "figcaption", "title"];

/// The tag name at the start of `s` (after `<` or `</`), lower-cased.
fn tag_name(s: &str) -> String {
    s.chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase()
}

/// A page read as text: tags dropped (block tags end a line), script and style skipped, the common
/// entities decoded. The fallback for pages the DOM route cannot take.
pub fn html_as_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut i = 0;
    let mut skip_until: Option<&str> = None;
    while i < html.len() {
        let Some(k) = html[i..].find('<').map(|k| k + i) else {
            if skip_until.is_none() {
                out.push_str(&html[i..]);
            }
            break;
        };
        if skip_until.is_none() {
            out.push_str(&html[i..k]);
        }
        let rest = &html[k + 1..];
        let end = rest.find('>').map(|e| k + 1 + e).unwrap_or(html.len() - 1);
        let closing = rest.starts_with('/');
        let name = tag_name(rest.trim_start_matches('/'));
        match skip_until {
            Some(s) if closing && name == s => skip_until = None,
            Some(_) => {}
            None if !closing && (name == "script" || name == "style") => skip_until = Some(if name == "script" { "script" } else { "style" }),
            None if BLOCK.contains(&name.as_str()) => out.push('\n'),
            None => {}
        }
        i = end + 1;
    }
    let decoded = out.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    // blank lines between blocks, as the text scrapes have them
    decoded.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n\n")
}

/// HTML → text blocks through dom_smoothie; a panic inside the parser becomes a document error.
fn html_to_text(html: &str) -> Result<(String, Option<String>, Option<String>, Option<String>), DocError> {
    let html = html.to_string();
    let res = std::panic::catch_unwind(move || {
        let cfg = dom_smoothie::Config { text_mode: dom_smoothie::TextMode::Formatted, max_elements_to_parse: 100_000, ..Default::default() };
        let mut r = dom_smoothie::Readability::new(html.as_str(), None, Some(cfg)).map_err(|e| e.to_string())?;
        let a = r.parse().map_err(|e| e.to_string())?;
        Ok::<_, String>((a.text_content.to_string(), Some(a.title).filter(|t| !t.trim().is_empty()), a.byline, a.published_time))
    });
    match res {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(DocError::new("html", format!("no readable content: {e}"))),
        Err(_) => Err(DocError::new("html", "the HTML parser failed on this page")),
    }
}

/// A date in an address: `/2019/05/14/`, `/2019-05-14/`, `/20190514/` (a year from 1990 on,
/// a real month and day), as `YYYY-MM-DD`.
pub fn date_in_url(url: &str) -> Option<String> {
    static R: OnceLock<Regex> = OnceLock::new();
    let r = R.get_or_init(|| Regex::new(r"/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|\d{2,}|$)").unwrap());
    let c = r.captures(url)?;
    let y: u32 = c[1].parse().ok()?;
    (y >= 1990).then(|| format!("{}-{}-{}", &c[1], &c[2], &c[3]))
}

/// HTML → a clean article, precise to broad: warta's own block extractor (markup conventions,
/// then prose density); if it finds no paragraph, dom_smoothie's Readability; if that finds no
/// readable block either, the page read as text.
fn html_article(text: &str, doc: &mut Doc) -> Result<Cleaned, DocError> {
    let page = blocks::Page::parse(text);
    let body: Vec<String> = page.body().into_iter().map(|b| b.text).collect();
    let mut c = clean_blocks(&body.join("\n\n"), rules());
    if page.flattened > 0 {
        doc.warnings.push(format!("HTML nested more than {MAX_HTML_DEPTH} levels deep: {} elements below that level were read as text, without their structure", page.flattened));
    }
    c.captions.extend(page.meta.captions.iter().cloned());
    doc.article.url = page.meta.canonical.clone();
    let (title, byline, published) = if !c.paragraphs.is_empty() {
        (page.meta.title, page.meta.author, page.meta.published)
    } else if page.flattened > 0 {
        // too deep for the DOM route (it would take minutes): the page as text
        c = clean_text(&html_as_text(text), rules());
        (page.meta.title, page.meta.author, page.meta.published)
    } else {
        doc.warnings.push("no paragraph found in the markup by warta's extractor: read with dom_smoothie (Readability)".into());
        let (body, title, byline, published) = match html_to_text(text) {
            Ok(v) => v,
            // too many elements, or no readable block: the page as text may still hold the article
            Err(e) if e.message.starts_with("no readable content") => {
                doc.warnings.push(format!("{}: read as text instead", e.message));
                (html_as_text(text), None, None, None)
            }
            Err(e) => return Err(e),
        };
        c = clean_text(&body, rules());
        (title.or(page.meta.title), byline.or(page.meta.author), published.or(page.meta.published))
    };
    if title.is_some() {
        if let Some(t) = c.title.take() {
            // the first line of the readable text was a heading: keep it as a paragraph only if it differs
            if Some(&t) != title.as_ref() {
                c.removed.push(t);
            }
        }
        c.title = title;
    }
    c.byline = c.byline.or(byline);
    // no date in the markup: the canonical address or the source often carries one
    doc.meta_published = published.or_else(|| [doc.article.url.as_deref(), Some(doc.source.as_str())].into_iter().flatten().find_map(date_in_url));
    Ok(c)
}

impl Stage for Extractor {
    fn name(&self) -> &'static str {
        "extract"
    }
    fn requires(&self) -> &'static [Facet] {
        &[Facet::Raw]
    }
    fn assigns(&self) -> &'static [Facet] {
        &[Facet::Article]
    }
    fn process(&self, doc: &mut Doc) -> Result<(), DocError> {
        if let Some(inflated) = inflate_if_gzip(&doc.raw, self.max_bytes)? {
            doc.raw = inflated;
        }
        check_raw(&doc.raw, self.max_bytes)?;
        let html = looks_html(&doc.raw, doc.media_type.as_deref());
        let mut warnings = vec![];
        let text = decode(&doc.raw, html, &mut warnings);
        doc.warnings.extend(warnings);
        let cleaned = if html {
            html_article(&text, doc)?
        } else {
            clean_text(&text, rules())
        };
        if cleaned.paragraphs.is_empty() {
            return Err(DocError::new("no_content", "no article text found"));
        }
        doc.article.title = cleaned.title;
        doc.article.captions = cleaned.captions;
        doc.article.byline = cleaned.byline;
        doc.article.removed = cleaned.removed;
        doc.header = cleaned.header;
        doc.set_paragraphs(cleaned.paragraphs);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regression_deeply_nested_html_is_read_as_text_not_hung() {
        // 100,000 nested elements took the DOM route minutes; read as text it takes milliseconds
        let inner = "<p>Menteri Luar Negeri Jepang bertemu Menteri Luar Negeri Korea Selatan di Seoul.</p>";
        let page = format!("<html><body>{}{inner}{}</body></html>", "<div>".repeat(100_000), "</div>".repeat(100_000));
        let mut d = Doc::from_bytes("deep.html", page.into_bytes());
        let t = std::time::Instant::now();
        Extractor::default().process(&mut d).unwrap();
        assert!(t.elapsed().as_secs() < 20, "took {:?}", t.elapsed());
        assert!(d.body.contains("bertemu Menteri Luar Negeri Korea Selatan"), "{:?}", d.body);
        // the warning says how much of the page lost its structure: everything below level 1,500
        let flattened = d.warnings.iter().find(|w| w.contains("levels deep")).and_then(|w| w.split(": ").nth(1)).and_then(|r| r.split(' ').next()).and_then(|n| n.parse::<usize>().ok());
        assert!(flattened.is_some_and(|n| n >= 98_000), "{:?}", d.warnings);
    }

    #[test]
    fn html_as_text_keeps_blocks_and_drops_scripts() {
        let t = html_as_text("<p>Satu &amp; dua</p><script>var x = '<p>no</p>';</script><div>Tiga<br>Empat</div>");
        assert_eq!(t, "Satu & dua\n\nTiga\n\nEmpat");
    }

    #[test]
    fn bad_inputs_give_clear_errors() {
        let cases: &[(&[u8], &str)] = &[(b"", "empty"), (b"  \n\n ", "empty"), (b"\x00\x01\x02binary\x00", "binary"), (&[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "binary")];
        for (raw, code) in cases {
            assert_eq!(check_raw(raw, 100).unwrap_err().code, *code, "{raw:?}");
        }
        assert_eq!(check_raw(&vec![b'a'; 101], 100).unwrap_err().code, "too_large");
        assert!(check_raw(b"Judul berita\n\nIsi berita.", 100).is_ok());
    }

    #[test]
    fn gzip_is_inflated_and_a_truncated_stream_is_an_error() {
        use std::io::Write;
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(b"<html><body><p>Isi berita.</p></body></html>").unwrap();
        let gz = e.finish().unwrap();
        assert_eq!(inflate_if_gzip(&gz, 1000).unwrap().unwrap(), b"<html><body><p>Isi berita.</p></body></html>");
        assert_eq!(inflate_if_gzip(&gz[..gz.len() / 2], 1000).unwrap_err().code, "gzip");
        assert_eq!(inflate_if_gzip(&gz, 10).unwrap_err().code, "too_large");
        assert!(inflate_if_gzip(b"plain", 10).unwrap().is_none());
    }

    #[test]
    fn invalid_utf8_is_replaced_with_a_warning() {
        let mut w = vec![];
        let s = decode(b"Presiden \xff\xfe berkata.", false, &mut w);
        assert!(s.contains('\u{fffd}'));
        assert_eq!(w.len(), 1);
    }

    #[test]
    fn regression_a_wrong_charset_declaration_does_not_garble_utf8() {
        let mut w = vec![];
        let raw = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Menteri Luar Negeri berkata “ya” — café</p></body></html>";
        let text = decode(raw.as_bytes(), true, &mut w);
        assert!(text.contains("“ya” — café"), "{text}");
        assert!(w.iter().any(|x| x.contains("bytes are UTF-8")), "{w:?}");
    }

    #[test]
    fn dates_in_urls_table() {
        let cases = [
            ("https://news.test/read/2019/05/14/15163681/judul-berita", Some("2019-05-14")),
            ("https://news.test/world/2019-11-20/story.html", Some("2019-11-20")),
            ("https://news.test/berita/20190514/judul", Some("2019-05-14")),
            ("https://news.test/2024/13/03/no-such-month", None),
            ("https://news.test/item/123456789", None),
            ("https://news.test/1850/01/01/too-old", None),
        ];
        for (url, want) in cases {
            assert_eq!(date_in_url(url).as_deref(), want, "{url}");
        }
    }

    #[test]
    fn html_metadata_reaches_the_record() {
        let page = r#"<html><head><title>Judul | Situs</title><link rel="canonical" href="https://news.test/read/2019/05/14/1/judul"></head><body><article><h1>Judul</h1><figure><img src=a.jpg><figcaption>Presiden di Istana (foto: dok)</figcaption></figure><p>Menteri Luar Negeri Jepang bertemu dengan Menteri Luar Negeri Korea Selatan di Seoul untuk membahas keamanan kawasan.</p><p>Pertemuan itu berlangsung selama dua jam dan diakhiri dengan jumpa pers bersama di kantor kementerian.</p></article></body></html>"#;
        let mut d = Doc::from_bytes("p.html", page.as_bytes().to_vec());
        Extractor::default().process(&mut d).unwrap();
        assert_eq!(d.article.url.as_deref(), Some("https://news.test/read/2019/05/14/1/judul"));
        assert_eq!(d.meta_published.as_deref(), Some("2019-05-14"), "from the canonical address");
        assert_eq!(d.article.captions, vec!["Presiden di Istana (foto: dok)"]);
        assert!(!d.body.contains("Istana"), "{}", d.body);
        assert_eq!(d.article.title.as_deref(), Some("Judul | Situs"), "an h1 shorter than 10 characters is not trusted over <title>");
        let longer = page.replace("<h1>Judul</h1>", "<h1>Judul Berita yang Panjang</h1>").replace("<title>Judul | Situs", "<title>Judul Berita yang Panjang | Situs");
        let mut d = Doc::from_bytes("p.html", longer.into_bytes());
        Extractor::default().process(&mut d).unwrap();
        assert_eq!(d.article.title.as_deref(), Some("Judul Berita yang Panjang"), "the site's name is not part of the title");
    }

    #[test]
    fn undeclared_legacy_encodings_are_guessed() {
        // windows-1252 French, no declaration
        let (raw, _, _) = encoding_rs::WINDOWS_1252.encode("<p>Le ministre français a déclaré à la presse qu'il était très préoccupé par la sécurité de l'été.</p>");
        let mut w = vec![];
        let s = decode(&raw, true, &mut w);
        assert!(s.contains("français a déclaré à la presse") && s.contains("sécurité de l'été"), "{s}");
        assert!(w[0].contains("windows-1252"), "{w:?}");
        // GBK Chinese
        let (raw, _, _) = encoding_rs::GBK.encode("<p>中华人民共和国外交部发言人在例行记者会上表示，双方将继续保持沟通。</p>");
        let mut w = vec![];
        assert!(decode(&raw, true, &mut w).contains("外交部发言人"), "{w:?}");
        // a few stray bytes in UTF-8 text stay replaced, not re-read
        let mut raw = "Menteri berkata \u{201c}ya\u{201d} hari ini.".as_bytes().to_vec();
        raw.push(0xff);
        let mut w = vec![];
        let s = decode(&raw, false, &mut w);
        assert!(s.contains("\u{201c}ya\u{201d}") && w[0].contains("invalid UTF-8"), "{s} {w:?}");
    }

    #[test]
    fn meta_charset_is_honoured() {
        let mut w = vec![];
        let raw = b"<html><head><meta charset=\"windows-1252\"></head><body><p>caf\xe9</p></body></html>";
        assert!(decode(raw, true, &mut w).contains("café"));
    }
}

#[cfg(test)]
mod indonesian_markup {
    use super::*;

    /// A page in the markup of an Indonesian portal: menus, a breadcrumb, the body in a
    /// `detail__body-text` container with an inline "Baca juga" link box, an ad break and a
    /// video widget, tags and a related list after it, JSON-LD with the date.
    const PAGE: &str = r#"<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Banjir Rendam 5 Kecamatan di Bekasi, 1.200 Warga Mengungsi - detikNews</title>
<meta property="og:title" content="Banjir Rendam 5 Kecamatan di Bekasi, 1.200 Warga Mengungsi">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-03-08T14:32:00+07:00","author":{"@type":"Person","name":"Rizky Ramadhan"}}</script>
</head><body>
<header class="header"><nav class="navbar"><a href="/">detikNews</a> <a href="/berita">Berita</a> <a href="/daerah">Daerah</a></nav></header>
<div class="container"><div class="column-8">
<div class="page__breadcrumb"><a href="/">Home</a> <a href="/berita">Berita</a></div>
<article class="detail">
<h1 class="detail__title">Banjir Rendam 5 Kecamatan di Bekasi, 1.200 Warga Mengungsi</h1>
<div class="detail__author">Rizky Ramadhan - detikNews</div><div class="detail__date">Jumat, 08 Mar 2024 14:32 WIB</div>
<div class="detail__media"><figure><img src="a.jpg"><figcaption>Petugas BPBD mengevakuasi warga dengan perahu karet. (Foto: Rizky/detikcom)</figcaption></figure></div>
<div class="detail__body-text itp_bodycontent">
<p><strong>Bekasi</strong> - Banjir merendam permukiman di lima kecamatan di Kota Bekasi, Jawa Barat, setelah hujan deras mengguyur sejak Kamis (7/3) malam. Sekitar 1.200 warga mengungsi ke masjid dan sekolah.</p>
<p>Kepala Pelaksana BPBD Kota Bekasi mengatakan ketinggian air di beberapa titik mencapai 1,5 meter akibat luapan Kali Bekasi.</p>
<table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga:</strong> <a href="/x">Curah Hujan Tinggi, BMKG Imbau Warga Waspada</a></div></td></tr></table>
<div class="parallaxindetail"><div>ADVERTISEMENT</div><div>SCROLL TO CONTINUE WITH CONTENT</div></div>
<p>"Kami sudah menurunkan 12 perahu karet dan 150 personel gabungan untuk mengevakuasi warga," katanya, Jumat (8/3/2024).</p>
<p>Pemerintah Kota Bekasi telah menyiapkan dapur umum di tiga lokasi pengungsian sejak Jumat pagi.</p>
<div class="sisip_video_ds"><strong>Simak Video "Detik-detik Tanggul Jebol"</strong><div>[Gambas:Video 20detik]</div></div>
<div class="detail__body-tag"><a href="/tag/banjir">banjir bekasi</a> <a href="/tag/bpbd">bpbd</a></div>
</div>
</article>
<div class="related-news"><h2>Berita Terkait</h2><ul><li><a href="/1">Warga Bekasi Timur Mulai Kembali ke Rumah Usai Banjir Surut dan Membersihkan Rumah Mereka</a></li><li><a href="/2">Tanggul Jebol, Ratusan Rumah di Bekasi Terendam</a></li></ul></div>
</div><aside class="column-4"><div class="box-terpopuler"><h3>Terpopuler</h3><ol><li><a href="/p">Harga emas hari ini</a></li></ol></div></aside></div>
<footer class="footer">Copyright @ 2024 detikcom, All right reserved</footer>
</body></html>"#;

    #[test]
    fn an_indonesian_portal_page_comes_out_clean() {
        let mut d = Doc::from_bytes("https://news.test/berita/d-1/banjir", PAGE.as_bytes().to_vec());
        d.media_type = Some("text/html".into());
        Extractor::default().process(&mut d).unwrap();
        assert_eq!(d.article.title.as_deref(), Some("Banjir Rendam 5 Kecamatan di Bekasi, 1.200 Warga Mengungsi"));
        assert_eq!(d.meta_published.as_deref(), Some("2024-03-08T14:32:00+07:00"));
        assert_eq!(d.article.captions.len(), 1, "{:?}", d.article.captions);
        assert_eq!(d.article.paragraphs.len(), 4, "{:#?}", d.article.paragraphs);
        assert!(d.article.paragraphs[0].starts_with("Bekasi - Banjir merendam"), "{:?}", d.article.paragraphs[0]);
        assert!(d.article.paragraphs[3].ends_with("sejak Jumat pagi."));
        for junk in ["Baca juga", "ADVERTISEMENT", "SCROLL TO", "Simak Video", "Gambas", "banjir bekasi", "Berita Terkait", "Terpopuler", "Copyright", "detikNews", "Home", "perahu karet. (Foto"] {
            assert!(!d.body.contains(junk), "{junk:?} in {:?}", d.body);
        }
    }
}
