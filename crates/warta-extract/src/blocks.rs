//! warta's own main-content extractor: one pass of the `html5gum` tokenizer builds a light tree
//! (tags, class/id, text, links; page furniture skipped as it streams by), then the body is the
//! element whose text blocks hold the most prose net of link lists and short fragments, with
//! schema.org / theme markers (`data/markup.tsv`) as precise rules before that broad one.
//!
//! Why not a full HTML5 tree builder: html5ever's tree construction runs at about 40 MB/s here,
//! the tokenizer alone at about 170 MB/s; news pages average 170 kB, and extraction must stay
//! an order of magnitude faster than Python trafilatura. The implied-end-tag rules that matter
//! for text blocks (`p`, `li`, `dt`/`dd`, table cells) are applied by hand.

use html5gum::emitters::callback::{CallbackEmitter, CallbackEvent};
use html5gum::{Emitter, ForwardingEmitter, Span, Tokenizer};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Markup conventions read from `data/markup.tsv`.
pub struct Markup {
    drop_tags: Vec<String>,
    drop_roles: Vec<String>,
    drop_class: Vec<String>,
    keep_class: Vec<String>,
    body_attr: Vec<(String, String)>,
    layout_words: Vec<String>,
}

pub fn markup() -> &'static Markup {
    static M: OnceLock<Markup> = OnceLock::new();
    M.get_or_init(|| {
        let mut m = Markup { drop_tags: vec![], drop_roles: vec![], drop_class: vec![], keep_class: vec![], body_attr: vec![], layout_words: vec![] };
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
                "layout_word" => m.layout_words.push(value),
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
pub const MAX_DEPTH: usize = 1500;

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
    /// figure captions (`figcaption`), kept apart from the body
    pub captions: Vec<String>,
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
    /// start tags below the depth cap (`MAX_DEPTH`), flattened into their deepest kept ancestor
    pub flattened: usize,
}

fn class_tokens(v: &str) -> impl Iterator<Item = String> + '_ {
    v.split_ascii_whitespace().map(|t| t.to_ascii_lowercase())
}

impl Page {
    pub fn parse(html: &str) -> Page {
        let mut b = Builder::new(markup());
        {
            let cb = |ev: CallbackEvent<'_>, _: Span<()>| -> Option<()> {
                b.event(ev);
                None
            };
            let mut emitter = CallbackEmitter::new(cb);
            emitter.naively_switch_states(true);
            for _ in Tokenizer::new_with_emitter(html, Quiet(emitter)) {}
        }
        b.finish()
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
            let t = warta_core::squeeze_spaces(cur);
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
        // prose blocks and link blocks (headlines of teasers, link lists) under each element
        let mut prose = vec![0u32; n];
        let mut linky = vec![0u32; n];
        for b in &blocks {
            let v = block_value(b);
            let is_link = b.link_chars * 2 > b.text.len();
            for (level, a) in self.ancestors(b.owner).take(200).enumerate() {
                total[a] += v;
                if is_link {
                    linky[a] += 1;
                } else if v > 0.0 {
                    prose[a] += 1;
                }
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
        let mut top = marked.unwrap_or(best);
        // The headline anchors the article: when the container chosen lies outside the element
        // around the headline that holds prose (a column of related posts outweighing a short
        // post), the densest container around the headline is taken instead.
        if let Some(anchor) = self.headline(&blocks) {
            let inside = |e: usize, of: usize| self.ancestors(e).any(|a| a == of);
            if let Some(a) = self.ancestors(anchor).find(|&a| prose[a] > 0 && total[a] > 0.0) {
                if a != 0 && !inside(top, a) && !inside(a, top) && total[a] >= 0.25 * total[top] {
                    top = (1..n).filter(|&e| inside(e, a)).max_by(|x, y| local[*x].total_cmp(&local[*y])).unwrap_or(a);
                }
            }
        }
        let mut roots = vec![top];
        // an article cut into chunks: other elements shaped like the container (same tag and
        // class, under a parent of the same tag and class) holding prose of their own
        if top != 0 {
            let sig = |e: usize| {
                let p = self.els[e].parent;
                (&self.els[e].tag, &self.els[e].cls, &self.els[p].tag, &self.els[p].cls)
            };
            let want = sig(top);
            for e in 1..n {
                if e != top && local[e] > 0.1 * local[top] && sig(e) == want && !self.ancestors(e).any(|a| a == top) && !self.ancestors(top).any(|a| a == e) {
                    roots.push(e);
                }
            }
        }
        // siblings of the container with prose of their own join it, unless they look like a
        // teaser list (a link for every paragraph)
        if marked.is_none() && top != 0 {
            let p = self.els[top].parent;
            let threshold = (0.2 * local[top]).max(10.0);
            for k in &self.els[p].kids {
                if let Kid::El(c) = k {
                    if !roots.contains(c) && local[*c] >= threshold && total[*c] > 0.0 && linky[*c] < prose[*c] {
                        roots.push(*c);
                    }
                }
            }
        }
        (roots, blocks)
    }

    /// The element of the page's headline: the first `h1` outside furniture whose text the page
    /// title holds (or that holds it), else the first `h1`.
    fn headline(&self, blocks: &[Block]) -> Option<usize> {
        let norm = |s: &str| warta_core::squeeze_spaces(s).to_lowercase();
        let title = self.meta.title.as_deref().map(norm).filter(|t| !t.is_empty());
        let h1s: Vec<&Block> = blocks.iter().filter(|b| b.tag == "h1").collect();
        let matching = title.as_ref().and_then(|t| {
            h1s.iter().find(|b| {
                let h = norm(&b.text);
                h.len() >= 10 && (t.contains(&h) || h.contains(t.as_str()))
            })
        });
        matching.or(h1s.first()).map(|b| b.owner)
    }

    /// The article body as blocks: precise markers first, then the densest prose container.
    pub fn body(&self) -> Vec<Block> {
        let (roots, blocks) = self.choose();
        // the headline is the title, not body text
        blocks.into_iter().filter(|b| b.tag != "h1" && self.ancestors(b.owner).any(|a| roots.contains(&a))).filter(|b| b.link_chars * 2 < b.text.len()).collect()
    }

}

/// The tokenizer's callback emitter with its (costly) per-character error checks turned off:
/// warta reads tag soup as it comes and never reports its errors.
struct Quiet<E>(E);

impl<E: Emitter<Token = ()>> ForwardingEmitter for Quiet<E> {
    type Token = ();
    fn inner(&mut self) -> &mut impl Emitter<Token = ()> {
        &mut self.0
    }
    fn should_emit_errors(&mut self) -> bool {
        false
    }
}

/// The attributes the extractor reads; the rest are skipped as they stream by.
#[derive(Default)]
struct Attrs {
    class: Option<String>,
    id: Option<String>,
    role: Option<String>,
    style: Option<String>,
    itemprop: Option<String>,
    property: Option<String>,
    name: Option<String>,
    content: Option<String>,
    rel: Option<String>,
    href: Option<String>,
    lang: Option<String>,
    typ: Option<String>,
    datetime: Option<String>,
    aria_hidden: Option<String>,
    hidden: bool,
    pubdate: bool,
}

impl Attrs {
    fn slot(&mut self, name: &[u8]) -> Option<&mut Option<String>> {
        Some(match name {
            b"class" => &mut self.class,
            b"id" => &mut self.id,
            b"role" => &mut self.role,
            b"style" => &mut self.style,
            b"itemprop" => &mut self.itemprop,
            b"property" => &mut self.property,
            b"name" => &mut self.name,
            b"content" => &mut self.content,
            b"rel" => &mut self.rel,
            b"href" => &mut self.href,
            b"lang" => &mut self.lang,
            b"type" => &mut self.typ,
            b"datetime" => &mut self.datetime,
            b"aria-hidden" => &mut self.aria_hidden,
            _ => return None,
        })
    }
}

/// Builds the light tree from tokenizer events.
struct Builder<'m> {
    m: &'m Markup,
    els: Vec<El>,
    /// open elements: (tag, node index, or None inside a skipped subtree)
    stack: Vec<(String, Option<usize>)>,
    skipping: usize,
    meta: PageMeta,
    metas: HashMap<String, String>,
    in_title: bool,
    title: String,
    ld_json: Option<String>,
    ld_blocks: Vec<String>,
    tag: String,
    attrs: Attrs,
    /// the attribute whose value comes next, if it is one the extractor reads
    slot: Option<Vec<u8>>,
    /// start tags not kept because the tree was already `MAX_DEPTH` deep
    overflow: usize,
    /// inside a `figcaption` (skipped from the body, kept as a caption)
    caption: Option<(usize, String)>,
}

fn lossy(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

impl<'m> Builder<'m> {
    fn new(m: &'m Markup) -> Self {
        Builder {
            m,
            els: vec![El { tag: "#root".into(), cls: String::new(), parent: 0, kids: vec![], furniture: false, marked: false, holds_marked: false }],
            stack: vec![("#root".into(), Some(0))],
            skipping: 0,
            meta: PageMeta::default(),
            metas: HashMap::new(),
            in_title: false,
            title: String::new(),
            ld_json: None,
            ld_blocks: vec![],
            tag: String::new(),
            attrs: Attrs::default(),
            slot: None,
            overflow: 0,
            caption: None,
        }
    }

    fn event(&mut self, ev: CallbackEvent<'_>) {
        match ev {
            CallbackEvent::OpenStartTag { name } => {
                self.tag.clear();
                self.tag.push_str(&String::from_utf8_lossy(name));
                self.tag.make_ascii_lowercase();
                self.attrs = Attrs::default();
                self.slot = None;
            }
            CallbackEvent::AttributeName { name } => {
                let lower = name.to_ascii_lowercase();
                match lower.as_slice() {
                    b"hidden" => self.attrs.hidden = true,
                    b"pubdate" => self.attrs.pubdate = true,
                    _ => {}
                }
                self.slot = self.attrs.slot(&lower).map(|_| lower);
            }
            CallbackEvent::AttributeValue { value } => {
                if let Some(name) = self.slot.take() {
                    if let Some(slot) = self.attrs.slot(&name) {
                        if slot.is_none() {
                            *slot = Some(lossy(value));
                        }
                    }
                }
            }
            CallbackEvent::CloseStartTag { .. } => self.start(),
            CallbackEvent::EndTag { name } => self.end(&lossy(name).to_ascii_lowercase()),
            CallbackEvent::String { value } => self.text(value),
            _ => {}
        }
    }

    fn top(&self) -> usize {
        self.stack.last().and_then(|e| e.1).unwrap_or(0)
    }

    /// Index in the stack of the nearest open element named in `what`, not looking past `stop`.
    fn open_in_scope(&self, what: &[&str], stop: &[&str]) -> Option<usize> {
        for (i, (n, _)) in self.stack.iter().enumerate().rev() {
            if what.contains(&n.as_str()) {
                return Some(i);
            }
            if stop.contains(&n.as_str()) {
                return None;
            }
        }
        None
    }

    fn start(&mut self) {
        let name = std::mem::take(&mut self.tag);
        let a = std::mem::take(&mut self.attrs);
        match name.as_str() {
            "meta" => {
                let key = a.property.as_ref().or(a.name.as_ref()).or(a.itemprop.as_ref()).map(|k| k.to_ascii_lowercase());
                if let (Some(k), Some(c)) = (key, a.content.clone()) {
                    self.metas.entry(k).or_insert(c);
                }
            }
            "link" if a.rel.as_deref().is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => self.meta.canonical = a.href.clone(),
            "html" => self.meta.language = a.lang.clone(),
            "title" if self.meta.title.is_none() => self.in_title = true,
            "time" if self.meta.published.is_none() => {
                if a.itemprop.as_deref().is_some_and(|p| p.eq_ignore_ascii_case("datepublished")) || a.pubdate {
                    self.meta.published = a.datetime.clone();
                }
            }
            "script" if a.typ.as_deref().is_some_and(|t| t.contains("ld+json")) => self.ld_json = Some(String::new()),
            "figcaption" if self.caption.is_none() => self.caption = Some((self.stack.len(), String::new())),
            _ => {}
        }
        if VOID.contains(&name.as_str()) {
            if name == "br" && self.skipping == 0 {
                let top = self.top();
                self.els[top].kids.push(Kid::Text("\n".into()));
            }
            return;
        }
        if self.skipping > 0 {
            self.stack.push((name, None));
            self.skipping += 1;
            return;
        }
        // implied end tags
        let implied = if CLOSES_P.contains(&name.as_str()) {
            self.open_in_scope(&["p"], SCOPE)
        } else if name == "li" {
            self.open_in_scope(&["li"], &["ul", "ol", "table", "body"])
        } else if name == "dt" || name == "dd" {
            self.open_in_scope(&["dt", "dd"], &["dl", "table", "body"])
        } else if name == "tr" {
            self.open_in_scope(&["tr"], &["table"])
        } else if name == "td" || name == "th" {
            self.open_in_scope(&["td", "th"], &["tr", "table"])
        } else {
            None
        };
        if let Some(i) = implied {
            self.stack.truncate(i.max(1));
        }
        let m = self.m;
        let role = a.role.as_ref().map(|r| r.to_ascii_lowercase());
        let hidden = a.hidden
            || a.aria_hidden.as_deref() == Some("true")
            || a.style.as_ref().is_some_and(|v| {
                let v = v.to_ascii_lowercase().replace(' ', "");
                v.contains("display:none") || v.contains("visibility:hidden")
            });
        if self.stack.len() >= MAX_DEPTH {
            // deeper than any real page: the rest is flattened into the deepest kept element
            self.overflow += 1;
            return;
        }
        if m.drop_tags.contains(&name) || role.as_ref().is_some_and(|r| m.drop_roles.contains(r)) || hidden {
            {
                self.stack.push((name, None));
                self.skipping += 1;
            }
            return;
        }
        let cls = [a.class.as_deref(), a.id.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(" ");
        let mut marked = m.body_attr.iter().any(|(k, v)| {
            let x = match k.as_str() {
                "itemprop" => a.itemprop.as_deref(),
                "role" => a.role.as_deref(),
                "property" => a.property.as_deref(),
                _ => None,
            };
            x.is_some_and(|x| x.eq_ignore_ascii_case(v))
        });
        let mut furniture = false;
        // the page's own classes describe the page type, not a part of it
        let cls_of_part = if name == "html" || name == "body" { "" } else { cls.as_str() };
        for tk in class_tokens(cls_of_part) {
            if m.keep_class.iter().any(|k| tk.contains(k.as_str())) {
                marked = true;
            } else if is_furniture_token(&tk, &m.drop_class) {
                furniture = true;
            }
        }
        let parent = self.top();
        let idx = self.els.len();
        self.els.push(El { tag: name.clone(), cls: cls.chars().take(60).collect(), parent, kids: vec![], furniture, marked, holds_marked: marked });
        self.els[parent].kids.push(Kid::El(idx));
        self.stack.push((name, Some(idx)));
    }

    fn end(&mut self, name: &str) {
        if name == "title" {
            self.in_title = false;
            if self.meta.title.is_none() && !self.title.trim().is_empty() {
                self.meta.title = Some(warta_core::squeeze_spaces(&self.title));
            }
        }
        if name == "script" {
            if let Some(j) = self.ld_json.take() {
                self.ld_blocks.push(j);
            }
        }
        if let Some(i) = self.stack.iter().rposition(|(n, _)| n == name) {
            if i == 0 {
                return;
            }
            if self.caption.as_ref().is_some_and(|(at, _)| i <= *at) {
                if let Some((_, c)) = self.caption.take() {
                    let c = warta_core::squeeze_spaces(&c);
                    if !c.is_empty() && !self.meta.captions.contains(&c) {
                        self.meta.captions.push(c);
                    }
                }
            }
            self.skipping -= self.stack[i..].iter().filter(|e| e.1.is_none()).count();
            self.stack.truncate(i);
        }
    }

    fn text(&mut self, value: &[u8]) {
        if self.in_title {
            self.title.push_str(&String::from_utf8_lossy(value));
        }
        if let Some(j) = self.ld_json.as_mut() {
            j.push_str(&String::from_utf8_lossy(value));
            return;
        }
        if let Some((_, c)) = self.caption.as_mut() {
            c.push_str(&String::from_utf8_lossy(value));
            c.push(' ');
        }
        if self.skipping > 0 {
            return;
        }
        let top = self.top();
        self.els[top].kids.push(Kid::Text(lossy(value)));
    }

    fn finish(mut self) -> Page {
        let els = &mut self.els;
        // a marked body protects its ancestors from the furniture rule
        for i in (1..els.len()).rev() {
            if els[i].holds_marked {
                let p = els[i].parent;
                els[p].holds_marked = true;
            }
        }
        let metas = &self.metas;
        let pick = |k: &[&str]| k.iter().find_map(|k| metas.get(*k)).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        let mut meta = self.meta;
        if let Some(t) = pick(&["og:title", "twitter:title"]) {
            meta.title = Some(t);
        } else if let Some(h1) = (1..self.els.len()).find(|&i| self.els[i].tag == "h1").map(|i| text_of(&self.els, i)) {
            // "Headline | Site" in <title>: the page's own h1 is the headline
            if h1.len() >= 10 && meta.title.as_ref().is_some_and(|t| t.contains(&h1)) {
                meta.title = Some(h1);
            }
        }
        meta.published = pick(&["article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date.issued", "sailthru.date", "parsely-pub-date"]).or(meta.published).or_else(|| self.ld_blocks.iter().find_map(|j| json_field(j, "datePublished")));
        // a profile address ("https://www.facebook.com/…") is not a name
        meta.author = ["author", "article:author", "byl", "parsely-author"].iter().filter_map(|k| pick(&[k])).find(|a| !a.contains("://"));
        if meta.canonical.is_none() {
            meta.canonical = pick(&["og:url"]);
        }
        Page { els: self.els, meta, flattened: self.overflow }
    }
}

/// The text under an element, whitespace collapsed.
fn text_of(els: &[El], e: usize) -> String {
    let mut out = String::new();
    // (element, next kid): an explicit stack, as the tree may be deep
    let mut walk = vec![(e, 0usize)];
    while let Some((x, k)) = walk.pop() {
        let Some(kid) = els[x].kids.get(k) else { continue };
        walk.push((x, k + 1));
        match kid {
            Kid::El(c) => walk.push((*c, 0)),
            Kid::Text(t) => {
                out.push_str(t);
                out.push(' ');
            }
        }
    }
    warta_core::squeeze_spaces(&out)
}

/// A class or id token names page furniture when a drop word opens or closes it
/// ("sidebar-second", "post-comments", "socialLinks"), not when it sits inside a layout name
/// ("content-with-sidebar-wrp"); drop words with a hyphen are matched anywhere.
fn is_furniture_token(tk: &str, drop: &[String]) -> bool {
    let parts: Vec<&str> = tk.split(['-', '_']).filter(|p| !p.is_empty()).collect();
    let first = parts.first().copied().unwrap_or("");
    let last = parts.last().copied().unwrap_or(first);
    // "has-sidebar", "and-w-sidebar", "no-comments": the page's layout, not the furniture itself
    let qualified = parts.len() >= 2 && markup().layout_words.iter().any(|w| w == parts[parts.len() - 2]);
    drop.iter().any(|d| if d.contains('-') { tk.contains(d.as_str()) } else { first.starts_with(d.as_str()) || (!qualified && last.starts_with(d.as_str())) })
}

/// A block's weight for choosing the container: prose counts for, link lists and fragments
/// against.
fn block_value(b: &Block) -> f64 {
    let len = b.text.chars().count() as f64;
    let words = crate::text::words(&b.text);
    let ld = b.link_chars as f64 / b.text.len().max(1) as f64;
    if ld > 0.5 {
        -len
    } else if words >= 8 || (words >= 4 && b.text.ends_with(['.', '!', '?', '"', '”', '。', '！', '？'])) {
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

#[cfg(test)]
mod tests {
    use super::*;

    const PROSE: &str = "The minister said on Monday that the talks with the neighbouring country would continue next week in the capital.";

    fn body(html: &str) -> Vec<String> {
        Page::parse(html).body().into_iter().map(|b| b.text).collect()
    }

    #[test]
    fn furniture_tokens_table() {
        let drop = &markup().drop_class;
        let cases = [
            ("sidebar-second", true),
            ("post-comments", true),
            ("comments", true),
            ("related-posts", true),
            ("social_links", true),
            ("read-more-box", true),
            ("content-with-sidebar-wrp", false),
            ("article-body", false),
            ("entry", false),
            ("storyline", false),
            ("and-w-sidebar", false),
            ("has-sidebar", false),
            ("no-comments", false),
        ];
        for (tk, want) in cases {
            assert_eq!(is_furniture_token(tk, drop), want, "{tk}");
        }
    }

    #[test]
    fn pages_table() {
        // (page, text that must be in the body, text that must not)
        let p = |s: &str| format!("<p>{PROSE} {s}</p>");
        let cases: Vec<(String, Vec<&str>, Vec<&str>)> = vec![
            // furniture by tag, role and class around an article
            (
                format!("<html><body><nav><a href=/>Home</a> <a href=/w>World</a></nav><div role=navigation>Menu list</div><article>{}{}</article><aside>{}</aside><div class=share-bar>Share on Facebook</div><footer>Copyright 2024</footer></body></html>", p("First."), p("Second."), p("Aside text.")),
                vec!["First.", "Second."],
                vec!["Home", "Menu list", "Aside text.", "Share on Facebook", "Copyright"],
            ),
            // a teaser list whose items carry prose loses to the run of paragraphs
            (
                format!(
                    "<html><body><ul class=teasers>{}</ul><div class=story>{}{}{}{}</div></body></html>",
                    (0..6).map(|i| format!("<li><h3><a href=/t{i}>Teaser headline {i}</a></h3><div>{PROSE} Teaser {i}.</div></li>")).collect::<String>(),
                    p("One."),
                    p("Two."),
                    p("Three."),
                    p("Four.")
                ),
                vec!["One.", "Four."],
                vec!["Teaser 0.", "Teaser 5."],
            ),
            // implied end tags: an unclosed <p> ends at the next one; <br> splits a block
            (format!("<div><p>{PROSE} A.<p>{PROSE} B.<br>{PROSE} C.</div>"), vec!["A.", "B.", "C."], vec![]),
            // hidden elements
            (format!("<div>{}<p style='display: none'>Hidden one.</p><p aria-hidden=true>Hidden two.</p><p hidden>Hidden three.</p>{}</div>", p("Shown."), p("Also.")), vec!["Shown.", "Also."], vec!["Hidden"]),
            // a schema.org body wins over a longer comment thread
            (
                format!("<div><div itemprop=articleBody>{}{}</div><div class=comments>{}{}{}</div></div>", p("Body 1."), p("Body 2."), p("Comment 1."), p("Comment 2."), p("Comment 3.")),
                vec!["Body 1.", "Body 2."],
                vec!["Comment"],
            ),
            // an article cut into two chunks of the same shape by an advert
            (
                format!("<main><div class=chunk><div class=text>{}{}</div></div><div class=ad>Advertisement</div><div class=chunk><div class=text>{}{}</div></div></main>", p("Part 1."), p("Part 2."), p("Part 3."), p("Part 4.")),
                vec!["Part 1.", "Part 4."],
                vec!["Advertisement"],
            ),
            // the headline is the title, not body text; entities are decoded
            (format!("<article><h1>The Headline</h1>{}</article>", p("Tom &amp; Jerry&nbsp;met.")), vec!["Tom & Jerry met."], vec!["The Headline"]),
            // the headline anchors the article: a longer column of related posts beside it loses
            (
                format!(
                    "<head><title>A Short Post About Love | Site</title></head><body><div class=col><article class=main><h1>A Short Post About Love</h1>{}{}</article><section class=more>{}</section></div></body>",
                    p("Post 1."),
                    p("Post 2."),
                    (0..6).map(|i| format!("<div class=item><h2><a href=/o{i}>Other post {i}</a></h2>{}</div>", p(&format!("Other {i}.")))).collect::<String>()
                ),
                vec!["Post 1.", "Post 2."],
                vec!["Other 0.", "Other 5."],
            ),
            // a link list inside the article is dropped
            (format!("<article>{}<p><a href=/a>Related one</a> <a href=/b>Related two</a></p>{}</article>", p("Kept 1."), p("Kept 2.")), vec!["Kept 1.", "Kept 2."], vec!["Related one"]),
        ];
        for (i, (page, want, not)) in cases.iter().enumerate() {
            let b = body(page).join("\n");
            for w in want {
                assert!(b.contains(w), "case {i}: {w:?} missing from {b:?}");
            }
            for n in not {
                assert!(!b.contains(n), "case {i}: {n:?} kept in {b:?}");
            }
        }
    }

    #[test]
    fn metadata_from_meta_tags_and_json_ld() {
        let page = r#"<html lang="id"><head><title>Site | Page</title><meta property="og:title" content="Judul Berita"><meta property="article:author" content="https://www.facebook.com/someone"><meta name="author" content="Ani"><link rel="canonical" href="https://news.test/a"><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2019-05-14T10:00:00+07:00"}]}</script></head><body><p>x</p></body></html>"#;
        let m = Page::parse(page).meta;
        assert_eq!(m.title.as_deref(), Some("Judul Berita"));
        assert_eq!(m.author.as_deref(), Some("Ani"));
        assert_eq!(m.canonical.as_deref(), Some("https://news.test/a"));
        assert_eq!(m.language.as_deref(), Some("id"));
        assert_eq!(m.published.as_deref(), Some("2019-05-14T10:00:00+07:00"));
        let m = Page::parse(r#"<head><title> Only   a title </title><meta property="article:published_time" content="2023-01-02"><meta property="article:author" content="https://www.facebook.com/outlet"></head>"#).meta;
        assert_eq!(m.title.as_deref(), Some("Only a title"));
        assert_eq!(m.author, None, "a profile address is not a byline");
        assert_eq!(m.published.as_deref(), Some("2023-01-02"));
    }

    #[test]
    fn depth_past_the_cap_is_flattened_not_lost() {
        let page = format!("{}<p>{PROSE} Deep.</p>{}", "<div>".repeat(MAX_DEPTH + 500), "</div>".repeat(MAX_DEPTH + 500));
        let p = Page::parse(&page);
        assert!(p.flattened >= 500);
        assert!(p.body().iter().any(|b| b.text.contains("Deep.")));
    }
}
