//! From a `warta-doc/1` record to the rows both stores write: one derivation, two stores.

use warta_core::record::Record;
use warta_core::{Entity, Event, Participant};

/// An event mention ready to store, with the key that merges it with other mentions.
#[derive(Debug, Clone)]
pub struct NewEvent<'a> {
    pub key: String,
    pub root: String,
    pub pair: Option<String>,
    pub level: Option<String>,
    /// Whether it is a contact between the two sides: a consultation (CAMEO 04), or an agreement
    /// two named officials signed together (057 between two persons: they met to sign it)
    pub contact: bool,
    pub event: &'a Event,
}

/// Is the participant a person the record names?
fn is_person(rec: &Record, p: &Option<Participant>) -> bool {
    p.as_ref().and_then(|p| p.entity.as_ref()).is_some_and(|id| rec.entities.iter().any(|e| &e.id == id && e.etype == warta_core::EntityType::Person))
}

fn side(p: &Option<Participant>) -> String {
    p.as_ref().map(|p| p.entity.clone().or(p.country.clone()).unwrap_or_else(|| p.text.to_lowercase())).unwrap_or_else(|| "-".into())
}

/// The contact level of two participants from the roles of the entities they name.
pub fn contact_level(rec: &Record, a: &Option<Participant>, b: &Option<Participant>) -> Option<String> {
    let role = |p: &Option<Participant>| -> Option<(bool, Vec<String>)> {
        let p = p.as_ref()?;
        let e: Option<&Entity> = p.entity.as_ref().and_then(|id| rec.entities.iter().find(|e| &e.id == id));
        match e {
            // (the office held on the event's day, where the event names one: a background event of an earlier office)
            Some(e) if e.etype == warta_core::EntityType::Person => Some((true, p.role.clone().map_or_else(|| e.roles.iter().map(|r| r.role.clone()).collect(), |r| vec![r]))),
            Some(_) => Some((false, vec![])),
            None => Some((false, vec![])),
        }
    };
    let (pa, ra) = role(a)?;
    let (pb, rb) = role(b)?;
    if !(pa && pb) {
        return Some("states".into());
    }
    let has = |r: &[String], x: &str| r.iter().any(|y| y == x);
    let both = |x: &str| has(&ra, x) && has(&rb, x);
    let top = |r: &[String]| has(r, "head of state") || has(r, "head of government");
    Some(
        if both("head of state") {
            "heads of state"
        } else if both("head of government") {
            "heads of government"
        } else if top(&ra) && top(&rb) {
            "heads of state or government"
        } else if both("foreign minister") {
            "foreign ministers"
        } else if both("defence minister") {
            "defence ministers"
        } else {
            "other officials"
        }
        .into(),
    )
}

/// The rows of a record's events. Mentions with the same key are one event: same CAMEO root,
/// same participants (in either order for symmetric acts and consultations), same date and place.
pub fn event_rows(rec: &Record) -> Vec<NewEvent<'_>> {
    rec.events
        .iter()
        .map(|e| {
            let root = e.code.get(..2).unwrap_or(&e.code).to_string();
            let (mut a, mut b) = (side(&e.actor), side(&e.target));
            if (e.symmetric || root == "04") && a > b {
                std::mem::swap(&mut a, &mut b);
            }
            let loc = e.location.as_ref().map(|l| l.entity.clone().unwrap_or_else(|| l.name.to_lowercase())).unwrap_or_default();
            let key = format!("{root}|{a}|{b}|{}|{loc}|{}", e.date.clone().unwrap_or_default(), e.modality);
            let ca = e.actor.as_ref().and_then(|p| p.country.clone());
            let cb = e.target.as_ref().and_then(|p| p.country.clone());
            let pair = match (ca, cb) {
                (Some(x), Some(y)) if x != y => Some(if x < y { format!("{x}|{y}") } else { format!("{y}|{x}") }),
                _ => None,
            };
            let contact = root == "04" || (e.code.starts_with("057") && is_person(rec, &e.actor) && is_person(rec, &e.target));
            let level = if contact { contact_level(rec, &e.actor, &e.target) } else { None };
            NewEvent { key, root, pair, level, contact, event: e }
        })
        .collect()
}

/// FNV-1a over bytes, then the splitmix64 finaliser (FNV alone leaves the high bits weak).
fn hash64(bytes: impl Iterator<Item = u8>) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58476d1ce4e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d049bb133111eb);
    h ^ (h >> 31)
}

/// The merge key as a 64-bit integer: a small unique index.
pub fn key_hash(key: &str) -> i64 {
    hash64(key.bytes()) as i64
}

/// Where a document comes from: a URL's host, else the folder it sits in.
pub fn outlet(source: &str) -> String {
    if let Some(rest) = source.split_once("://").map(|(_, r)| r) {
        return rest.split('/').next().unwrap_or(rest).trim_start_matches("www.").to_string();
    }
    let p = std::path::Path::new(source);
    p.parent().and_then(|d| d.file_name()).map(|d| d.to_string_lossy().into_owned()).unwrap_or_else(|| "-".into())
}

/// 64-bit SimHash over word 3-shingles: near-duplicate texts differ in few bits.
pub fn simhash(text: &str) -> u64 {
    let words: Vec<String> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| w.to_lowercase()).collect();
    if words.is_empty() {
        return 0;
    }
    let mut v = [0i32; 64];
    let n = words.len().saturating_sub(2).max(1);
    for i in 0..n {
        let h = hash64(words[i..(i + 3).min(words.len())].iter().flat_map(|w| w.bytes().chain(std::iter::once(b' '))));
        for (bit, slot) in v.iter_mut().enumerate() {
            *slot += if h >> bit & 1 == 1 { 1 } else { -1 };
        }
    }
    v.iter().enumerate().fold(0u64, |acc, (bit, s)| if *s > 0 { acc | (1 << bit) } else { acc })
}

/// SimHash distance at or under which two documents are copies of one story.
pub const NEAR_DUPLICATE_BITS: u32 = 3;

/// Four 16-bit bands: two hashes within 3 bits share at least one band exactly.
pub fn bands(h: u64) -> [i64; 4] {
    [0, 1, 2, 3].map(|i| (i as i64) << 16 | ((h >> (16 * i)) & 0xffff) as i64)
}
