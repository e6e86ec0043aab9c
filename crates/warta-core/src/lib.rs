//! warta-core: the one document record that every stage fills in.
//!
//! A [`Doc`] starts as raw bytes and a source name. Stages (see [`Stage`]) add to it in
//! order: the extractor sets the article and body, the text stage adds sentences and tokens,
//! and so on. Inside the pipeline every span is a *byte* range into [`Doc::body`]; the
//! `warta-doc/1` record wants *char* offsets, so [`Doc::to_record`] converts once, at the end.
//! This crate does no I/O and knows no language.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub mod offsets;
pub mod record;

pub use offsets::CharIndex;

/// Record format name written into every output document.
pub const FORMAT: &str = "warta-doc/1";

/// A byte span into [`Doc::body`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

/// The cleaned article: what the extractor keeps of a page.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Article {
    pub title: Option<String>,
    /// ISO date (`YYYY-MM-DD`) when known, printed or inferred.
    pub published: Option<String>,
    pub published_inferred: bool,
    pub captions: Vec<String>,
    pub byline: Option<String>,
    pub paragraphs: Vec<String>,
    /// What the extractor dropped, so a reader can audit it.
    pub removed: Vec<String>,
    /// The page's canonical address (`<link rel=canonical>`, `og:url`), when it gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A sentence: its byte span and the paragraph it sits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
    /// In title case (a headline, a sub-heading): its capitals tell no names (set by the text stage).
    pub title_case: bool,
}

/// Coarse token classes the rule stages care about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

/// A token with its byte span into the body; `lower` is the lowercased form used for matching.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    pub lower: String,
    /// Index of the sentence this token belongs to.
    pub sentence: usize,
    /// First char is uppercase.
    pub cap: bool,
}

/// Entity types written to `warta-doc/1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    Person,
    Country,
    City,
    Org,
    Region,
}

impl EntityType {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s.to_ascii_uppercase().as_str() {
            "PERSON" | "PER" => EntityType::Person,
            "COUNTRY" => EntityType::Country,
            "CITY" | "LOC" | "PLACE" => EntityType::City,
            "ORG" => EntityType::Org,
            "REGION" => EntityType::Region,
            _ => return None,
        })
    }

    /// The name written to `warta-doc/1` ("PERSON", "COUNTRY", …).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Country => "COUNTRY",
            EntityType::City => "CITY",
            EntityType::Org => "ORG",
            EntityType::Region => "REGION",
        }
    }
}

/// A role an entity holds at the time of the article ("defence minister" of FRA).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    pub role: String,
    pub country: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A linked entity with all of its mentions in the body.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub etype: EntityType,
    pub country: Option<String>,
    pub roles: Vec<Role>,
    /// CAMEO sector of the entity as an actor (GOV, MIL, ...), when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sector: Option<String>,
    pub mentions: Vec<Mention>,
}

impl Entity {
    /// CAMEO actor code: country (or IGO/IMG prefix) + sector.
    pub fn cameo_code(&self) -> Option<String> {
        match (&self.country, &self.sector) {
            (Some(c), Some(s)) => Some(format!("{c}{s}")),
            (Some(c), None) => Some(c.clone()),
            (None, Some(s)) => Some(s.clone()),
            (None, None) => None,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TimeExpr {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// TIMEX3-style value: `2019-05-14`, `2017-06`, `2017`, `PRESENT_REF`…
    pub value: String,
    pub granularity: String,
    /// True when the expression names a reference point in the past that is not the event
    /// time itself ("sejak Juni 2017" = since): events do not take it as their date.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub anchor_only: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Quote {
    pub text: String,
    /// Entity id of the speaker when linked, else the speaker's words, else null.
    pub speaker: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_name: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// One side of an event.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Participant {
    pub text: String,
    pub entity: Option<String>,
    pub country: Option<String>,
    pub sector: Option<String>,
    /// CAMEO actor code, e.g. `FRAGOV`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// A person's office on the event's day when it is not one the person held on the page's day ("defence
    /// minister" in a background event of one who is "head of state" now): from the officials table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// A span in the body that can be an event participant: an entity mention, a generic agent with
/// its country ("polisi", "Russian troops"), or an anaphor still to resolve. Filled by the actors
/// stage (`warta-events`), read by the quote and event stages; not part of the output record.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorRef {
    pub span: Span,
    /// token range [tok_start, tok_end)
    pub tok_start: usize,
    pub tok_end: usize,
    pub entity: Option<String>,
    pub etype: Option<EntityType>,
    pub country: Option<String>,
    pub sector: Option<String>,
    /// `Some(kind)` for an anaphor still to resolve (person, plural, country, pair).
    pub anaphor: Option<String>,
    /// A place (city, region): a participant only by metonymy, and a location.
    pub place: bool,
    /// A generic agent whose country is only the story's home country, none being named beside it.
    pub home: bool,
}

impl ActorRef {
    /// The same mention standing for its country's state (a city, a place, a thing from a country): the
    /// country as entity, no longer a place; the sector is kept.
    pub fn as_state(&self) -> ActorRef {
        let mut r = self.clone();
        r.entity = r.country.clone();
        r.etype = Some(EntityType::Country);
        r.place = false;
        r
    }

    pub fn participant(&self, doc: &Doc) -> Participant {
        let code = match (&self.country, &self.sector) {
            (Some(c), Some(s)) => Some(format!("{c}{s}")),
            (Some(c), None) => Some(c.clone()),
            (None, Some(s)) if s.len() > 3 => Some(s.clone()),
            _ => None,
        };
        Participant { text: doc.body[self.span.start..self.span.end].to_string(), entity: self.entity.clone(), country: self.country.clone(), sector: self.sector.clone(), code, role: None }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub name: String,
    pub entity: Option<String>,
    pub country: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fatalities {
    pub min: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<u64>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Event {
    pub code: String,
    pub name: String,
    pub plover: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plover_mode: Option<String>,
    pub goldstein: Option<f64>,
    pub quad_class: Option<u8>,
    pub actor: Option<Participant>,
    pub target: Option<Participant>,
    pub symmetric: bool,
    pub date: Option<String>,
    /// Where the date came from: `clause`, `sentence`, `antecedent` (the pair told just before),
    /// `statement` (the day the actor's quote that follows is attributed), `since` (a state told with
    /// the time it began: "berlaku sejak 27 November 2024"), `lead` (the day the page's first coded
    /// sentence tells, for an undated act on a page filed the next day), `document` or null (an act of
    /// another time with none of its own: "days after X approved …").
    pub date_source: Option<String>,
    /// The day an act told as intended is to happen, when the text gives one after the day it was
    /// said ("will impose a tariff starting <day>"): `date` is then the day of the saying.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned: Option<String>,
    pub location: Option<Location>,
    pub modality: String,
    /// True when the event is told as background (earlier than the article's news).
    pub background: bool,
    /// True when the text implies the event rather than tells it ("first contact since October 2022"
    /// implies a contact in October 2022).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub implied: bool,
    pub fatalities: Option<Fatalities>,
    pub quote: Option<usize>,
    pub trigger: String,
    pub sentence: String,
    pub start: usize,
    pub end: usize,
    pub confidence: f32,
}

/// A per-document failure: the batch records it and goes on.
#[derive(Debug, Clone, thiserror::Error, Serialize, Deserialize, PartialEq, Eq)]
#[error("{code}: {message}")]
pub struct DocError {
    /// Stable machine-readable code, e.g. `empty`, `binary`, `too_large`.
    pub code: String,
    pub message: String,
}

impl DocError {
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        DocError { code: code.to_string(), message: message.into() }
    }
}

/// The document every stage fills in.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    pub id: String,
    pub source: String,
    /// Raw input bytes; the extractor reads them and the pipeline frees them afterwards.
    pub raw: Vec<u8>,
    /// A media type hint (`text/html`, `text/plain`), from the file name or container.
    pub media_type: Option<String>,
    /// A publication date given by the caller (`--published`) or the container.
    pub published_hint: Option<String>,
    /// A language forced by the caller (`--lang`).
    pub lang_hint: Option<String>,
    pub language: Option<String>,
    pub article: Article,
    /// Short lines the extractor found above the body that were neither title nor caption
    /// (datelines, "Selasa, 14 Mei 2019 14:05 WIB"); the time stage reads dates from them.
    pub header: Vec<String>,
    /// Publication date found in page metadata (HTML meta, JSON-LD), raw text.
    pub meta_published: Option<String>,
    /// Paragraphs joined by `"\n\n"`: every span points into this string.
    pub body: String,
    /// Byte offset where each paragraph starts in `body`.
    pub paragraph_starts: Vec<usize>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    pub entities: Vec<Entity>,
    /// Actor mentions in text order (the actors stage); the quote and event stages read them.
    pub actors: Vec<ActorRef>,
    /// The country a dateline places the story in ("JAKARTA, KOMPAS.com -", "LAGOS, Nigeria (AP) —"):
    /// actors named without a country ("polisi", "Prime Minister X") are taken to be from there.
    pub home_country: Option<String>,
    pub times: Vec<TimeExpr>,
    pub quotes: Vec<Quote>,
    pub events: Vec<Event>,
    pub warnings: Vec<String>,
}

impl Doc {
    /// A document from raw bytes; its id is the SHA-256 of those bytes.
    pub fn from_bytes(source: impl Into<String>, raw: Vec<u8>) -> Self {
        let id = hex(&Sha256::digest(&raw));
        Doc { id, source: source.into(), raw, ..Default::default() }
    }

    /// Set the paragraphs and build `body` from them.
    pub fn set_paragraphs(&mut self, paragraphs: Vec<String>) {
        self.body.clear();
        self.paragraph_starts.clear();
        for (i, p) in paragraphs.iter().enumerate() {
            if i > 0 {
                self.body.push_str("\n\n");
            }
            self.paragraph_starts.push(self.body.len());
            self.body.push_str(p);
        }
        self.article.paragraphs = paragraphs;
    }

    pub fn text(&self, span: Span) -> &str {
        &self.body[span.start..span.end]
    }

    /// Index of the sentence containing byte offset `at`.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= at);
        (i < self.sentences.len() && self.sentences[i].span.start <= at).then_some(i)
    }

    /// The token index of the dash that ends a dateline opening the body ("LAGOS, Nigeria (AP) —",
    /// "Batam (ANTARA) -", "REPUBLIKA.CO.ID, JAKARTA --"): a dash among the first 16 tokens of the
    /// first sentence with no lower-case word before it.
    pub fn dateline_dash(&self) -> Option<usize> {
        if self.sentences.is_empty() {
            return None;
        }
        let r = self.sentence_tokens(0);
        let t = &self.tokens[r.clone()];
        let d = t.iter().take(16).position(|t| matches!(t.lower.as_str(), "-" | "—" | "–" | "--"))?;
        let named = t[..d].iter().all(|t| t.kind != TokenKind::Word || t.cap || t.lower.len() <= 3);
        (d > 0 && named).then_some(r.start + d)
    }

    /// Index of the token that starts at byte `at`, if one does (tokens are in text order: a binary
    /// search, no index to build).
    pub fn token_starting_at(&self, at: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|t| t.span.start < at);
        (self.tokens.get(i)?.span.start == at).then_some(i)
    }

    /// Index of the token that ends at byte `at`, if one does.
    pub fn token_ending_at(&self, at: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|t| t.span.end < at);
        (self.tokens.get(i)?.span.end == at).then_some(i)
    }

    /// Token indices of sentence `i`.
    pub fn sentence_tokens(&self, i: usize) -> std::ops::Range<usize> {
        let s = self.sentences[i].span;
        let a = self.tokens.partition_point(|t| t.span.end <= s.start);
        let b = self.tokens.partition_point(|t| t.span.start < s.end);
        a..b
    }

    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// The `warta-doc/1` record, with char offsets.
    pub fn to_record(&self) -> record::Record {
        record::Record::from_doc(self)
    }
}

/// What a stage adds to, or needs from, a [`Doc`]. Lets the pipeline refuse an order in which a
/// stage would read something no earlier stage wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    Raw,
    Article,
    Language,
    Sentences,
    Tokens,
    Times,
    DocDate,
    Entities,
    Actors,
    Quotes,
    Events,
}

/// One step of the pipeline. Small on purpose: one method that does the work, and two that say
/// what it needs and what it adds.
pub trait Stage: Send + Sync {
    fn name(&self) -> &'static str;
    fn requires(&self) -> &'static [Facet];
    fn assigns(&self) -> &'static [Facet];
    fn process(&self, doc: &mut Doc) -> Result<(), DocError>;
}

/// Stages in order. Construction checks that every stage's needs are met by an earlier stage.
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
}

#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error("stage `{stage}` needs {facet:?}, which no earlier stage provides")]
    MissingInput { stage: &'static str, facet: Facet },
}

impl Pipeline {
    pub fn new(stages: Vec<Box<dyn Stage>>) -> Result<Self, PipelineError> {
        let mut have = vec![Facet::Raw];
        for s in &stages {
            for f in s.requires() {
                if !have.contains(f) {
                    return Err(PipelineError::MissingInput { stage: s.name(), facet: *f });
                }
            }
            have.extend_from_slice(s.assigns());
        }
        Ok(Pipeline { stages })
    }

    pub fn stage_names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }

    /// Run every stage; a failing stage stops this document only.
    pub fn run(&self, doc: &mut Doc) -> Result<(), DocError> {
        for s in &self.stages {
            s.process(doc)?;
        }
        doc.raw = Vec::new();
        Ok(())
    }

    /// Run with per-stage timing (nanoseconds added into `acc`, by stage index).
    pub fn run_timed(&self, doc: &mut Doc, acc: &mut [u128]) -> Result<(), DocError> {
        for (i, s) in self.stages.iter().enumerate() {
            let t = std::time::Instant::now();
            let r = s.process(doc);
            if let Some(a) = acc.get_mut(i) {
                *a += t.elapsed().as_nanos();
            }
            r?;
        }
        doc.raw = Vec::new();
        Ok(())
    }
}

/// `text` without its XML comments (`<!-- … -->`, across lines; an unclosed one runs to the end).
pub fn strip_xml_comments(text: &str) -> String {
    let mut clean = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("<!--") {
        clean.push_str(&rest[..i]);
        rest = rest[i..].find("-->").map(|j| &rest[i + j + 3..]).unwrap_or("");
    }
    clean.push_str(rest);
    clean
}

pub fn hex(bytes: &[u8]) -> String {
    const H: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(H[(b >> 4) as usize] as char);
        s.push(H[(b & 15) as usize] as char);
    }
    s
}

/// The words of `s` joined by single spaces: `split_whitespace` then `join(" ")`, in one pass and one
/// allocation.
pub fn squeeze_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// `s.to_lowercase()`, with a faster path for ASCII (most tokens): the same result.
pub fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        s.to_lowercase()
    }
}

/// Fold case and strip common Latin accents, for name comparison ("Hélène" = "helene"); runs of
/// whitespace become one space.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // whitespace runs become one space, none at the ends (one pass, as split_whitespace + join)
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        if c.is_ascii() {
            out.push(if c == '`' { '\'' } else { c.to_ascii_lowercase() });
            continue;
        }
        let base = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
            'ç' | 'Ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
            'ñ' | 'Ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
            'ý' | 'ÿ' | 'Ý' => 'y',
            // (Latin Extended-A: Turkish, Polish, Czech, Romanian, Hungarian, Baltic names — "Doğan" is "Dogan")
            'ā' | 'ă' | 'ą' | 'Ā' | 'Ă' | 'Ą' => 'a',
            'ć' | 'č' | 'Ć' | 'Č' => 'c',
            'ď' | 'đ' | 'Ď' | 'Đ' => 'd',
            'ē' | 'ė' | 'ę' | 'ě' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => 'e',
            'ğ' | 'Ğ' => 'g',
            'ī' | 'į' | 'ı' | 'Ī' | 'Į' | 'İ' => 'i',
            'ł' | 'Ł' => 'l',
            'ń' | 'ň' | 'Ń' | 'Ň' => 'n',
            'ō' | 'ő' | 'Ō' | 'Ő' => 'o',
            'ř' | 'Ř' => 'r',
            'ś' | 'š' | 'ş' | 'ș' | 'Ś' | 'Š' | 'Ş' | 'Ș' => 's',
            'ť' | 'ţ' | 'ț' | 'Ť' | 'Ţ' | 'Ț' => 't',
            'ū' | 'ů' | 'ű' | 'ų' | 'Ū' | 'Ů' | 'Ű' | 'Ų' => 'u',
            'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => 'z',
            '’' | '‘' | '`' => '\'',
            // (any other letter that decomposes to an ASCII letter and marks: Latin Extended Additional, as
            // Vietnamese names write them — "Trọng" is "trong", "Thưởng" is "thuong")
            _ if c.is_alphabetic() => {
                let mut first = None;
                unicode_normalization::char::decompose_canonical(c, |d| {
                    first.get_or_insert(d);
                });
                first.filter(char::is_ascii_alphabetic).unwrap_or(c)
            }
            _ => c,
        };
        for l in base.to_lowercase() {
            out.push(l);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tokens found by the offsets where they start and end (a binary search): table of (byte, start
    /// index, end index) over "Rudi tiba." = tokens [0,4) [5,9) [9,10).
    #[test]
    fn tokens_by_start_and_end_offsets() {
        let mut d = Doc::default();
        for (a, b) in [(0, 4), (5, 9), (9, 10)] {
            d.tokens.push(Token { span: Span::new(a, b), kind: TokenKind::Word, lower: String::new(), sentence: 0, cap: false });
        }
        for (at, start, end) in [(0, Some(0), None), (4, None, Some(0)), (5, Some(1), None), (9, Some(2), Some(1)), (10, None, Some(2)), (2, None, None), (11, None, None)] {
            assert_eq!((d.token_starting_at(at), d.token_ending_at(at)), (start, end), "byte {at}");
        }
        assert_eq!(Doc::default().token_starting_at(0), None);
    }

    #[test]
    fn squeeze_spaces_is_split_and_join() {
        for s in ["  Rudi \t Hartanto\n(KPK) ", "", "   ", "satu", "a\u{a0}b\u{2003} c"] {
            assert_eq!(squeeze_spaces(s), s.split_whitespace().collect::<Vec<_>>().join(" "), "{s:?}");
        }
    }

    /// Letters outside the hand table fold by canonical decomposition (Vietnamese names were kept whole, so a
    /// short form written without marks never met its person).
    #[test]
    fn regression_vietnamese_letters_fold_to_ascii() {
        for (s, f) in [("Nguyễn Phú Trọng", "nguyen phu trong"), ("Thưởng", "thuong"), ("Phạm Minh Chính", "pham minh chinh"), ("Đà Nẵng", "da nang"), ("ΟΔΟΣ", "οδοσ"), ("Kresna", "kresna")] {
            assert_eq!(fold(s), f, "{s}");
        }
    }

    #[test]
    fn lowercase_is_to_lowercase() {
        for s in ["Jakarta", "PBB", "Ünal", "ΟΔΟΣ", "", "x-Ray 2024"] {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s}");
        }
    }

    #[test]
    fn body_offsets_follow_paragraphs() {
        let mut d = Doc::from_bytes("t", b"x".to_vec());
        d.set_paragraphs(vec!["Satu dua.".into(), "Tiga “empat”.".into()]);
        assert_eq!(d.paragraph_starts, vec![0, 11]);
        assert_eq!(&d.body[11..], "Tiga “empat”.");
    }

    #[test]
    fn id_is_sha256_of_bytes() {
        let d = Doc::from_bytes("t", b"abc".to_vec());
        assert_eq!(d.id, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    #[test]
    fn fold_removes_accents_and_case() {
        assert_eq!(fold("  Hélène \t DUPONT\n"), "helene dupont");
        assert_eq!(fold("O`Brien’s  ÇA"), "o'brien's ca");
    }

    #[test]
    fn regression_fold_kept_the_letters_of_latin_extended_a() {
        assert_eq!(fold("Rüştü Yılmaz-Doğan İzmir"), "rustu yilmaz-dogan izmir");
        assert_eq!(fold("Wałęsa Dvořák Ţară Őrs"), "walesa dvorak tara ors");
    }

    struct Needs;
    impl Stage for Needs {
        fn name(&self) -> &'static str {
            "needs"
        }
        fn requires(&self) -> &'static [Facet] {
            &[Facet::Tokens]
        }
        fn assigns(&self) -> &'static [Facet] {
            &[]
        }
        fn process(&self, _: &mut Doc) -> Result<(), DocError> {
            Ok(())
        }
    }

    #[test]
    fn pipeline_refuses_stage_without_input() {
        assert!(Pipeline::new(vec![Box::new(Needs)]).is_err());
    }
}

#[cfg(test)]
mod entity_type_tests {
    use super::EntityType;

    #[test]
    fn entity_type_names_are_the_serialised_names_and_parse_back() {
        for t in [EntityType::Person, EntityType::Country, EntityType::City, EntityType::Org, EntityType::Region] {
            assert_eq!(serde_json::to_value(t).unwrap(), serde_json::Value::String(t.as_str().into()));
            assert_eq!(EntityType::parse(t.as_str()), Some(t));
        }
    }
}
