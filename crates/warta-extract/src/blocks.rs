//! warta's own main-content extractor: one pass of the `html5gum` tokenizer builds a light tree
//! (tags, class/id, text, links; page furniture skipped as it streams by), then the body is the
//! element whose text blocks hold the most prose net of link lists and short fragments, with
//! schema.org / theme markers (`data/markup.tsv`) as precise rules before that broad one.
//!
//! Why not a full HTML5 tree builder: html5ever's tree construction runs at about 40 MB/s here,
//! the tokenizer alone at about 170 MB/s; news pages average 170 kB, and extraction must stay
//! an order of magnitude faster than Python trafilatura. The implied-end-tag rules that matter
//! for text blocks (`p`, `li`, `dt`/`dd`, table cells) are applied by hand.

use html5gum::{DefaultEmitter, Token, Tokenizer};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Markup conventions read from `data/markup.tsv`.
pub struct Markup {
    drop_tags: Vec<String>,
    drop_roles: Vec<String>,
    drop_class: Vec<String>,
    keep_class: Vec<String>,
    body_attr: Vec<(String, String)>,
}

pub fn markup() -> &'static Markup {
    static M: OnceLock<Markup> = OnceLock::new();
    M.get_or_init(|| {
        let mut m = Markup { drop_tags: vec![], drop_roles: vec![], drop_class: vec![], keep_class: vec![], body_attr: vec![] };
        for line in include_str!("../data/markup.tsv").lines() {
            let line = line.trim_end();
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let Some((kind, value)) = line.split_once('\t') else { continue };
            let value = value.trim().to_lowercase();
            match kind {
                "drop_tag" => m.drop_tags.push(value),
                "drop_role" => m.drop_roles.push(value),
                "drop_class" => m.drop_class.push(value),
                "keep_class" => m.keep_class.push(value),
                "body_attr" => {
                    if let Some((a, v)) = value.split_once('=') {
                        m.body_attr.push((a.to_string(), v.to_string()));
                    }
                }
                _ => {}
            }
        }
        m
    })
}

const VOID: &[&str] = &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen"];
/// Elements whose start and end break the text into blocks.
const BLOCK: &[&str] = &[
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "section", "article", "header", "main", "table", "tr", "td", "th", "tbody", "thead", "address", "center", "hr", "br", "body", "html",
];
/// A start tag of these closes an open `p` (HTML's "close a p element").
const CLOSES_P: &[&str] = &[
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote", "pre", "section", "article", "header", "main", "table", "address", "center", "hr", "figure", "footer", "nav", "aside", "form", "details", "menu",
];
/// Containers that stop the search for an element to close implicitly.
const SCOPE: &[&str] = &["div", "td", "th", "table", "article", "section", "main", "body", "html", "blockquote", "li", "ul", "ol"];
const MAX_DEPTH: usize = 1500;

#[derive(Debug)]
enum Kid {
    El(usize),
    Text(String),
}

#[derive(Debug)]
struct El {
    tag: String,
    /// class and id, for explaining a choice
    cls: String,
    parent: usize,
    kids: Vec<Kid>,
    /// class/id say page furniture
    furniture: bool,
    /// class/id or attributes say article body
    marked: bool,
    /// some descendant (or itself) is marked
    holds_marked: bool,
}

/// What the tree gives besides the body.
#[derive(Debug, Default, Clone)]
pub struct PageMeta {
    pub title: Option<String>,
    pub published: Option<String>,
    pub author: Option<String>,
    pub canonical: Option<String>,
    pub language: Option<String>,
}

/// A block of text: a paragraph, heading, list item or cell.
#[derive(Debug, Clone)]
pub struct Block {
    pub text: String,
    pub tag: String,
    link_chars: usize,
    /// innermost element holding the block
    owner: usize,
}

pub struct Page {
    els: Vec<El>,
    pub meta: PageMeta,
}

fn s(h: &html5gum::HtmlString) -> String {
    String::from_utf8_lossy(h).into_owned()
}

fn class_tokens(v: &str) -> impl Iterator<Item = String> + '_ {
    v.split_ascii_whitespace().map(|t| t.to_ascii_lowercase())
}

impl Page {
    pub fn parse(html: &str) -> Page {
        let m = markup();
        let mut emitter = DefaultEmitter::default();
        emitter.naively_switch_states(true);
        let mut els = vec![El { tag: "#root".into(), cls: String::new(), parent: 0, kids: vec![], furniture: false, marked: false, holds_marked: false }];
        // open elements: (tag, node index, or None inside a skipped subtree)
        let mut stack: Vec<(String, Option<usize>)> = vec![("#root".into(), Some(0))];
        let mut skipping = 0usize; // open skipped elements
        let mut meta = PageMeta::default();
        let mut metas: HashMap<String, String> = HashMap::new();
        let mut in_title = false;
        let mut title = String::new();
        let mut ld_json: Option<String> = None;
        let mut ld_blocks: Vec<String> = vec![];
        for tok in Tokenizer::new_with_emitter(html, emitter).flatten() {
            match tok {
                Token::StartTag(t) => {
                    let name = s(&t.name).to_ascii_lowercase();
                    let attr = |k: &str| t.attributes.get(k.as_bytes()).map(|v| s(v));
                    match name.as_str() {
                        "meta" => {
                            let key = attr("property").or_else(|| attr("name")).or_else(|| attr("itemprop")).map(|k| k.to_ascii_lowercase());
                            if let (Some(k), Some(c)) = (key, attr("content")) {
                                metas.entry(k).or_insert(c);
                            }
                        }
                        "link" if attr("rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => meta.canonical = attr("href"),
                        "html" => meta.language = attr("lang"),
                        "title" if meta.title.is_none() => in_title = true,
                        "time" if meta.published.is_none() => {
                            if let Some(d) = attr("datetime").filter(|_| attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("datepublished")) || attr("pubdate").is_some()) {
                                meta.published = Some(d);
                            }
                        }
                        "script" if attr("type").is_some_and(|t| t.contains("ld+json")) => ld_json = Some(String::new()),
                        _ => {}
                    }
                    if VOID.contains(&name.as_str()) {
                        if name == "br" && skipping == 0 {
                            let top = stack.last().and_then(|e| e.1).unwrap_or(0);
                            els[top].kids.push(Kid::Text("\n".into()));
                        }
                        continue;
                    }
                    if skipping > 0 {
                        stack.push((name, None));
                        skipping += 1;
                        continue;
                    }
                    // implied end tags
                    let close_to = |stack: &Vec<(String, Option<usize>)>, what: &[&str], stop: &[&str]| -> Option<usize> {
                        for (i, (n, _)) in stack.iter().enumerate().rev() {
                            if what.contains(&n.as_str()) {
                                return Some(i);
                            }
                            if stop.contains(&n.as_str()) {
                                return None;
                            }
                        }
                        None
                    };
                    let implied = if CLOSES_P.contains(&name.as_str()) {
                        close_to(&stack, &["p"], SCOPE)
                    } else if name == "li" {
                        close_to(&stack, &["li"], &["ul", "ol", "table", "body"])
                    } else if name == "dt" || name == "dd" {
                        close_to(&stack, &["dt", "dd"], &["dl", "table", "body"])
                    } else if name == "tr" {
                        close_to(&stack, &["tr"], &["table"])
                    } else if name == "td" || name == "th" {
                        close_to(&stack, &["td", "th"], &["tr", "table"])
                    } else {
                        None
                    };
                    if let Some(i) = implied {
                        stack.truncate(i.max(1));
                    }
                    let role = attr("role").map(|r| r.to_ascii_lowercase());
                    let hidden = t.attributes.contains_key(b"hidden".as_slice())
                        || attr("aria-hidden").is_some_and(|v| v == "true")
                        || attr("style").is_some_and(|v| {
                            let v = v.to_ascii_lowercase().replace(' ', "");
                            v.contains("display:none") || v.contains("visibility:hidden")
                        });
                    if m.drop_tags.contains(&name) || role.as_ref().is_some_and(|r| m.drop_roles.contains(r)) || hidden || stack.len() >= MAX_DEPTH {
                        if stack.len() < MAX_DEPTH {
                            stack.push((name, None));
                            skipping += 1;
                        }
                        continue;
                    }
                    let cls = [attr("class"), attr("id")].into_iter().flatten().collect::<Vec<_>>().join(" ");
                    let mut marked = m.body_attr.iter().any(|(a, v)| attr(a).is_some_and(|x| x.eq_ignore_ascii_case(v)));
                    let mut furniture = false;
                    for tk in class_tokens(&cls) {
                        if m.keep_class.iter().any(|k| tk.contains(k.as_str())) {
                            marked = true;
                        } else if m.drop_class.iter().any(|d| tk.contains(d.as_str())) {
                            furniture = true;
                        }
                    }
                    let parent = stack.last().and_then(|e| e.1).unwrap_or(0);
                    let idx = els.len();
                    els.push(El { tag: name.clone(), cls: cls.chars().take(60).collect(), parent, kids: vec![], furniture, marked, holds_marked: marked });
                    els[parent].kids.push(Kid::El(idx));
                    stack.push((name, Some(idx)));
                }
                Token::EndTag(t) => {
                    let name = s(&t.name).to_ascii_lowercase();
                    if name == "title" {
                        in_title = false;
                        if meta.title.is_none() && !title.trim().is_empty() {
                            meta.title = Some(title.split_whitespace().collect::<Vec<_>>().join(" "));
                        }
                    }
                    if name == "script" {
                        if let Some(j) = ld_json.take() {
                            ld_blocks.push(j);
                        }
                    }
                    if let Some(i) = stack.iter().rposition(|(n, _)| *n == name) {
                        if i == 0 {
                            continue;
                        }
                        skipping -= stack[i..].iter().filter(|e| e.1.is_none()).count();
                        stack.truncate(i);
                    }
                }
                Token::String(text) => {
                    if in_title {
                        title.push_str(&String::from_utf8_lossy(&text));
                    }
                    if let Some(j) = ld_json.as_mut() {
                        j.push_str(&String::from_utf8_lossy(&text));
                        continue;
                    }
                    if skipping > 0 {
                        continue;
                    }
                    let top = stack.last().and_then(|e| e.1).unwrap_or(0);
                    els[top].kids.push(Kid::Text(s(&text)));
                }
                _ => {}
            }
        }
        // a marked body protects its ancestors from the furniture rule
        for i in (1..els.len()).rev() {
            if els[i].holds_marked {
                let p = els[i].parent;
                els[p].holds_marked = true;
            }
        }
        let pick = |k: &[&str]| k.iter().find_map(|k| metas.get(*k)).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        if let Some(t) = pick(&["og:title", "twitter:title"]) {
            meta.title = Some(t);
        }
        meta.published = pick(&["article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date.issued", "sailthru.date", "parsely-pub-date"]).or(meta.published).or_else(|| ld_blocks.iter().find_map(|j| json_field(j, "datePublished")));
        meta.author = pick(&["author", "article:author", "byl", "parsely-author"]);
        Page { els, meta }
    }

    /// The page's text blocks in document order, outside dropped furniture.
    fn blocks(&self) -> Vec<Block> {
        let mut out = vec![];
        let mut cur = String::new();
        let mut links = 0usize;
        let mut owner = 0usize;
        let mut tag = String::from("#root");
        // iterative walk: (element, next kid index, inside a link)
        let mut walk: Vec<(usize, usize, bool)> = vec![(0, 0, false)];
        let flush = |cur: &mut String, links: &mut usize, owner: usize, tag: &str, out: &mut Vec<Block>| {
            let t = cur.split_whitespace().collect::<Vec<_>>().join(" ");
            if !t.is_empty() {
                out.push(Block { link_chars: (*links).min(t.len()), text: t, tag: tag.to_string(), owner });
            }
            cur.clear();
            *links = 0;
        };
        while let Some(&mut (e, ref mut k, in_link)) = walk.last_mut() {
            let el = &self.els[e];
            if *k >= el.kids.len() {
                walk.pop();
                if BLOCK.contains(&el.tag.as_str()) {
                    flush(&mut cur, &mut links, owner, &tag, &mut out);
                    let p = el.parent;
                    owner = p;
                    tag = self.els[p].tag.clone();
                }
                continue;
            }
            let kid = &el.kids[*k];
            *k += 1;
            match kid {
                Kid::Text(t) if t == "\n" => flush(&mut cur, &mut links, owner, &tag, &mut out),
                Kid::Text(t) => {
                    if in_link {
                        links += t.trim().len();
                    }
                    cur.push_str(t);
                }
                Kid::El(c) => {
                    let ce = &self.els[*c];
                    if ce.furniture && !ce.holds_marked {
                        continue;
                    }
                    if BLOCK.contains(&ce.tag.as_str()) {
                        flush(&mut cur, &mut links, owner, &tag, &mut out);
                        owner = *c;
                        tag = ce.tag.clone();
                    }
                    walk.push((*c, 0, in_link || ce.tag == "a"));
                }
            }
        }
        flush(&mut cur, &mut links, owner, &tag, &mut out);
        out
    }

    fn ancestors(&self, mut e: usize) -> impl Iterator<Item = usize> + '_ {
        let mut done = false;
        std::iter::from_fn(move || {
            if done {
                return None;
            }
            let r = e;
            if e == 0 {
                done = true;
            }
            e = self.els[e].parent;
            Some(r)
        })
    }

    /// Why the body is what it is: every block with its weight and its element path, the chosen
    /// container marked (a debugging aid: `cargo run --example blocks -- page.html`).
    pub fn explain(&self) -> String {
        let (roots, blocks) = self.choose();
        let mut out = String::new();
        for r in &roots {
            out.push_str(&format!("container: {}\n", self.path(*r)));
        }
        for b in blocks {
            let inside = self.ancestors(b.owner).any(|a| roots.contains(&a));
            out.push_str(&format!("{} {:>7.1} {:<60} {}\n", if inside { '*' } else { ' ' }, block_value(&b), b.text.chars().take(60).collect::<String>(), self.path(b.owner)));
        }
        out
    }

    fn path(&self, e: usize) -> String {
        let mut v: Vec<String> = self.ancestors(e).map(|a| if self.els[a].cls.is_empty() { self.els[a].tag.clone() } else { format!("{}.{}", self.els[a].tag, self.els[a].cls.replace(' ', ".")) }).collect();
        v.reverse();
        let n = v.len();
        format!("[{n}] {}", v[n.saturating_sub(4)..].join(" > "))
    }

    /// The container(s) and the page's blocks. A block's weight goes to the element holding it
    /// and, fading, to four ancestors (as Readability does), so a long run of paragraphs under
    /// one parent outweighs a teaser list whose prose is spread over many small boxes; the total
    /// over all ancestors decides between marked bodies. Siblings of the winner holding prose of
    /// their own join it (an article split by an advert).
    fn choose(&self) -> (Vec<usize>, Vec<Block>) {
        let blocks = self.blocks();
        let n = self.els.len();
        let mut local = vec![0f64; n];
        let mut total = vec![0f64; n];
        for b in &blocks {
            let v = block_value(b);
            for (level, a) in self.ancestors(b.owner).take(200).enumerate() {
                total[a] += v;
                let f = match level {
                    0 | 1 => 1.0,
                    2 => 0.5,
                    3..=5 => 1.0 / (3.0 * level as f64),
                    _ => 0.0,
                };
                local[a] += v * f;
            }
        }
        let best = (1..n).max_by(|a, b| local[*a].total_cmp(&local[*b])).unwrap_or(0);
        // a marked body that holds most of the best container's prose wins
        let marked = (1..n)
            .filter(|&i| self.els[i].marked && total[i] >= 0.5 * total[best].max(local[best]))
            .max_by(|a, b| total[*a].total_cmp(&total[*b]));
        let top = marked.unwrap_or(best);
        let mut roots = vec![top];
        if marked.is_none() && top != 0 {
            let p = self.els[top].parent;
            let threshold = (0.2 * local[top]).max(10.0);
            for k in &self.els[p].kids {
                if let Kid::El(c) = k {
                    if *c != top && local[*c] >= threshold && total[*c] > 0.0 {
                        roots.push(*c);
                    }
                }
            }
        }
        (roots, blocks)
    }

    /// The article body as blocks: precise markers first, then the densest prose container.
    pub fn body(&self) -> Vec<Block> {
        let (roots, blocks) = self.choose();
        // the headline is the title, not body text
        blocks.into_iter().filter(|b| b.tag != "h1" && self.ancestors(b.owner).any(|a| roots.contains(&a))).filter(|b| b.link_chars * 2 < b.text.len()).collect()
    }

}

/// A block's weight for choosing the container: prose counts for, link lists and fragments
/// against.
fn block_value(b: &Block) -> f64 {
    let len = b.text.chars().count() as f64;
    let words = b.text.split_whitespace().count();
    let ld = b.link_chars as f64 / b.text.len().max(1) as f64;
    if ld > 0.5 {
        -len
    } else if words >= 8 || (words >= 4 && b.text.ends_with(['.', '!', '?', '"', '”'])) {
        len * (1.0 - ld)
    } else {
        -0.3 * len
    }
}

/// A string field of a JSON-LD block, found anywhere in it (`@graph` included).
fn json_field(j: &str, key: &str) -> Option<String> {
    fn find(v: &serde_json::Value, key: &str) -> Option<String> {
        match v {
            serde_json::Value::Object(m) => m.get(key).and_then(|x| x.as_str()).map(String::from).or_else(|| m.values().find_map(|x| find(x, key))),
            serde_json::Value::Array(a) => a.iter().find_map(|x| find(x, key)),
            _ => None,
        }
    }
    find(&serde_json::from_str(j.trim()).ok()?, key)
}
