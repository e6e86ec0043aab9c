//! warta-lang: per-language knowledge as data, and language identification.
//!
//! Every language is a folder `data/<iso>/` with the **same file names** (see [`FILES`]);
//! `data/xx/` holds what no language owns (officials, shared place and organisation names).
//! The files are compiled into the binary so `warta` runs anywhere, and parsed once on first
//! use. Code here holds mechanisms only: adding a language means adding a folder, a line in
//! [`EMBEDDED`] and fixtures.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The maps of words looked up for every token (months, weekdays, numbers, pronouns, function
/// words): FxHash, several times faster than the default hasher on short keys. The keys come from
/// the language data, never from input text, so hash flooding is not a concern.
pub type WordMap<V> = rustc_hash::FxHashMap<String, V>;

mod detect;
pub mod petrarch;
pub use detect::{detect_language, LanguageId};

/// The file names every language folder has.
pub const FILES: &[&str] = &[
    "widgets.txt",
    "caption_markers.txt",
    "stopwords.txt",
    "months.tsv",
    "weekdays.tsv",
    "numbers.tsv",
    "time_words.tsv",
    "titles.tsv",
    "agents.tsv",
    "pronouns.tsv",
    "function_words.tsv",
    "reporting.tsv",
    "modality.tsv",
    "casualties.tsv",
    "events.tsv",
    "countries.tsv",
    "country_aliases.tsv",
    "places.tsv",
    "orgs.tsv",
    "abbreviations.txt",
    "org_words.txt",
    "bylines.txt",
    "cities.tsv",
    "sport_words.txt",
    "verb_forms.tsv",
];

macro_rules! lang_files {
    ($code:literal) => {
        [
            include_str!(concat!("../data/", $code, "/widgets.txt")),
            include_str!(concat!("../data/", $code, "/caption_markers.txt")),
            include_str!(concat!("../data/", $code, "/stopwords.txt")),
            include_str!(concat!("../data/", $code, "/months.tsv")),
            include_str!(concat!("../data/", $code, "/weekdays.tsv")),
            include_str!(concat!("../data/", $code, "/numbers.tsv")),
            include_str!(concat!("../data/", $code, "/time_words.tsv")),
            include_str!(concat!("../data/", $code, "/titles.tsv")),
            include_str!(concat!("../data/", $code, "/agents.tsv")),
            include_str!(concat!("../data/", $code, "/pronouns.tsv")),
            include_str!(concat!("../data/", $code, "/function_words.tsv")),
            include_str!(concat!("../data/", $code, "/reporting.tsv")),
            include_str!(concat!("../data/", $code, "/modality.tsv")),
            include_str!(concat!("../data/", $code, "/casualties.tsv")),
            include_str!(concat!("../data/", $code, "/events.tsv")),
            include_str!(concat!("../data/", $code, "/countries.tsv")),
            include_str!(concat!("../data/", $code, "/country_aliases.tsv")),
            include_str!(concat!("../data/", $code, "/places.tsv")),
            include_str!(concat!("../data/", $code, "/orgs.tsv")),
            include_str!(concat!("../data/", $code, "/abbreviations.txt")),
            include_str!(concat!("../data/", $code, "/org_words.txt")),
            include_str!(concat!("../data/", $code, "/bylines.txt")),
            include_str!(concat!("../data/", $code, "/cities.tsv")),
            include_str!(concat!("../data/", $code, "/sport_words.txt")),
            include_str!(concat!("../data/", $code, "/verb_forms.tsv")),
        ]
    };
}

/// The languages compiled in, with their files in [`FILES`] order.
pub const EMBEDDED: &[(&str, [&str; 25])] = &[("id", lang_files!("id")), ("en", lang_files!("en")), ("xx", lang_files!("xx"))];

/// Errors name the file and line of bad data.
#[derive(Debug, thiserror::Error)]
pub enum LangError {
    #[error("{file}:{line}: {message}")]
    BadLine { file: String, line: usize, message: String },
    #[error("unknown language `{0}`")]
    Unknown(String),
    #[error("language `{0}` is already defined")]
    Taken(String),
}

/// A widget/boilerplate rule for a whole line.
#[derive(Debug, Clone)]
pub enum LineRule {
    Exact(String),
    Prefix(String),
    Contains(String),
}

/// A title or role phrase ("menteri pertahanan" → defence minister, GOV).
#[derive(Debug, Clone)]
pub struct Title {
    pub phrase: Vec<String>,
    pub role: String,
    pub sector: String,
    /// The country the title itself names, for national offices and ranks ("Kapolri", "Kombes"): a
    /// fourth column in `titles.tsv`, `-` or absent for titles any country has.
    pub country: Option<String>,
    /// Whether the NER models read the title as a gazetteer feature: a fifth column `untagged` leaves it out (a title
    /// whose feature was measured to lower the models on the splits they are chosen on), the pipeline still reads it.
    pub tagger_feature: bool,
}

/// An event pattern: token sequence → CAMEO code, with how to find its participants.
#[derive(Debug, Clone)]
pub struct EventPattern {
    pub tokens: Vec<String>,
    /// CAMEO code, or `-` for a blocker that masks shorter patterns inside it.
    pub code: String,
    /// `svo`, `passive`, `noun`, `speech`, `sym` (both sides from a coordinated subject).
    pub frame: String,
    /// Modality the pattern itself carries (e.g. "refuse to rule out" → possible).
    pub modality: Option<String>,
    /// Coded only where a named person follows at once, past an article or "by"/"oleh" (frames written
    /// `svo_person`, `passive_person`: "menerima Presiden X", "diterima Raja X", "received Prime Minister X";
    /// not "menerima bantuan"): the frame is the one before `_person`.
    pub person: bool,
}

/// A gazetteer row: names of one thing.
#[derive(Debug, Clone)]
pub struct GazEntry {
    pub id: String,
    pub names: Vec<String>,
    pub etype: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    /// Codes that hold only for a time (country, sector, from, to; dates `YYYY-MM-DD`, empty = open):
    /// the one whose span holds the document's date replaces `country` and `sector`.
    pub dated: Vec<DatedCode>,
    /// An institution every state has under this name ("Constitutional Court", "Mahkamah Konstitusi";
    /// the country column ends with `*`): it is the country's named with it, else the story's, and
    /// `country` (if any) only when neither is known.
    pub national: bool,
    /// An institution with a unit in every province or town, named with the place after it ("DPRD Kota Bogor",
    /// "Polres Cimahi"; the country column ends with `+`): that unit is a body of its own.
    pub regional: bool,
    /// A place whose name is also a common word of the language ("Lima", five; "Baku", standard; the country
    /// column ends with `?`): it is the place only next to its country's name ("Lima, Peru", "ibu kota Peru, Lima").
    pub guarded: bool,
    /// Whether the NER models read the name as a gazetteer feature (`places.tsv`, `orgs.tsv`: a sixth column `untagged`
    /// leaves it out, a row whose feature was measured to lower the models on the splits they are chosen on; the
    /// pipeline still reads it).
    pub tagger_feature: bool,
}

/// An actor code valid from `from` (inclusive) to `to` (exclusive); an empty date is open.
#[derive(Debug, Clone, PartialEq)]
pub struct DatedCode {
    pub country: Option<String>,
    pub sector: Option<String>,
    pub from: String,
    pub to: String,
}

impl DatedCode {
    pub fn holds_on(&self, date: &str) -> bool {
        (self.from.is_empty() || self.from.as_str() <= date) && (self.to.is_empty() || date < self.to.as_str())
    }
}

/// An office holder with tenure (from `xx/officials.tsv`).
#[derive(Debug, Clone)]
pub struct Official {
    pub name: String,
    pub aliases: Vec<String>,
    pub country: String,
    pub role: String,
    pub from: String,
    pub to: String,
    pub wikidata: Option<String>,
}

/// Everything warta knows about one language.
#[derive(Debug, Default, Clone)]
pub struct Lang {
    pub code: String,
    /// Every boilerplate line rule, end markers and list heads included.
    pub widgets: Vec<LineRule>,
    /// Lines that end the article ("Source: …", "All rights reserved"): nothing after them is body.
    pub end_markers: Vec<LineRule>,
    /// Lines that head a list of links ("Baca juga:", "More on this story"): the short lines
    /// after them are the list.
    pub list_heads: Vec<LineRule>,
    pub caption_markers: Vec<String>,
    /// Line openings that introduce a reporter's name ("by ", "oleh ", "rep:").
    pub byline_prefixes: Vec<String>,
    pub stopwords: Vec<String>,
    pub months: WordMap<u32>,
    pub weekdays: WordMap<u32>,
    pub numbers: WordMap<u64>,
    /// phrase (lowercase tokens joined by space) → (kind, argument)
    pub time_words: Vec<(Vec<String>, String, i64)>,
    pub titles: Vec<Title>,
    /// Titles read only in apposition after a name (`titles.tsv`, fifth column `appositive`): "X, the secretary of
    /// Y's council" — a common word elsewhere ("Secretary", a form's heading), never a feature of the NER models.
    pub appositive_titles: Vec<Title>,
    /// agent noun → CAMEO sector (polisi → COP)
    pub agents: Vec<(Vec<String>, String)>,
    /// pronoun → kind (person, plural, country, org)
    pub pronouns: WordMap<String>,
    /// function word → class (comp, rel, conj, to, with, against, by, at, since, of, from); a word listed
    /// under two classes ("state": an office's word and a region's suffix) keeps its last here, and
    /// `has_class` knows them all
    pub function_words: WordMap<String>,
    /// function word → every class the file lists it under, in file order
    pub function_word_classes: WordMap<Vec<String>>,
    /// reporting verbs → position (`pre`: "X said that", `post`: "…, said X")
    pub reporting: Vec<(Vec<String>, String)>,
    /// The one-word `pre` reporting verbs, for lookups per token.
    pub reporting_pre_words: rustc_hash::FxHashSet<String>,
    /// The stop words as a set, for lookups per token.
    pub stopword_set: rustc_hash::FxHashSet<String>,
    /// The first words of the agent phrases, for lookups per token.
    pub agent_first_words: rustc_hash::FxHashSet<String>,
    /// First words of the anaphor phrases (`pronouns.tsv`), so most tokens are ruled out at once.
    pub pronoun_first_words: rustc_hash::FxHashSet<String>,
    /// Words of sports reporting: in a document with several of them, violence is game talk
    /// unless a casualty count comes with it.
    pub sport_words: rustc_hash::FxHashSet<String>,
    pub modality: Vec<(Vec<String>, String)>,
    /// A verb's base form → the forms the event patterns are written in ("close" → "closed"), for
    /// languages whose verbs inflect: after a modal or "to" ("will close the consulate") the base form
    /// is a verb, where alone it is too often a noun to be a pattern of its own.
    pub verb_forms: WordMap<Vec<String>>,
    /// every one-word inflected form of `verb_forms` ("began", "struck")
    pub past_forms: rustc_hash::FxHashSet<String>,
    /// Words after which a verb stands in its base form besides the modality cues ("did", "must"):
    /// the function words of class `base_cue`.
    pub base_cues: rustc_hash::FxHashSet<String>,
    /// endings of a country's adjective (function-word class `demonym_ending`, without the hyphen)
    pub demonym_endings: Vec<String>,
    /// endings that make a noun possessed by someone told before ("pelabuhannya": function-word class `poss_suffix`)
    pub possessive_suffixes: Vec<String>,
    /// endings of inflected verbs (function-word classes `verb_ending` and `progressive_suffix`, without the hyphen)
    pub verb_endings: Vec<String>,
    /// endings of a verb's progressive form (function-word class `progressive_suffix`)
    pub progressive_suffixes: Vec<String>,
    /// affixes a verb and its act noun differ by (function-word classes `stem_prefix`, `stem_suffix`, without the hyphen)
    pub stem_prefixes: Vec<String>,
    pub stem_suffixes: Vec<String>,
    /// casualty words → kind (killed, injured, min, max)
    pub casualties: Vec<(Vec<String>, String)>,
    pub events: Vec<EventPattern>,
    /// Words that begin the name of an organisation ("Partai", "Komisi", "Council"), lowercase.
    pub org_words: Vec<String>,
    /// Abbreviations that end in a period without ending a sentence (lowercase, with the period).
    pub abbreviations: Vec<String>,
    pub gazetteer: Vec<GazEntry>,
    pub officials: Vec<Official>,
    /// countries (ISO 3166 alpha-3) whose people's names put the family name first (`xx/name_order.tsv`):
    /// "Sun" alone is "Sun Haoran" again
    pub family_name_first: std::collections::HashSet<String>,
    /// World regions and their countries (`xx/regions.tsv`): what an anaphor of kind `region:<id>` in
    /// `pronouns.tsv` ("the South American country") refers back to.
    pub regions: HashMap<String, Vec<String>>,
    /// States under military rule, with the days it began and ended (`xx/military_rule.tsv`; dates
    /// `YYYY-MM-DD`, an empty end = still so): what a regime named bare ("the junta") can be.
    pub military_rule: Vec<(String, String, String)>,
    /// Each country's capital city as GeoNames names it (`xx/capitals.tsv`): what "the Chinese capital", "ibu kota
    /// Iran" (marker class `capital_noun`) name.
    pub capitals: HashMap<String, String>,
    /// The event codes are a PETRARCH verb dictionary's (`warta code-sentences --dictionaries`): an act told as
    /// intended keeps the code its pattern gives, as PETRARCH codes it, instead of warta's CAMEO-codebook intent
    /// code ("will contribute aid" 071, not 0331; warta-events `data/intent.tsv`).
    pub petrarch_codes: bool,
}

fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
}

fn toks(s: &str) -> Vec<String> {
    s.split_whitespace().map(|w| w.to_lowercase()).collect()
}

fn bad(file: &str, code: &str, line: usize, message: impl Into<String>) -> LangError {
    LangError::BadLine { file: format!("data/{code}/{file}"), line, message: message.into() }
}

fn cols<'a>(l: &'a str, n: usize, file: &str, code: &str, line: usize) -> Result<Vec<&'a str>, LangError> {
    let c: Vec<&str> = l.split('\t').map(str::trim).collect();
    if c.len() < n {
        return Err(bad(file, code, line, format!("expected {n} tab-separated columns, got {}", c.len())));
    }
    Ok(c)
}

impl Lang {
    /// Parse one language's files (in [`FILES`] order).
    pub fn parse(code: &str, files: &[&str; 25]) -> Result<Lang, LangError> {
        let mut l = Lang { code: code.to_string(), ..Default::default() };
        for (n, line) in lines(files[0]) {
            let _ = n;
            let line = line.trim();
            // "!rule": the line ends the article; ">rule": the line heads a list of links
            let (flag, line) = match line.chars().next() {
                Some(c @ ('!' | '>')) => (Some(c), line[1..].trim()),
                _ => (None, line),
            };
            let rule = if let Some(p) = line.strip_prefix('^') {
                LineRule::Prefix(p.to_lowercase())
            } else if let Some(p) = line.strip_prefix('~') {
                LineRule::Contains(p.to_lowercase())
            } else {
                LineRule::Exact(line.trim_start_matches('=').to_lowercase())
            };
            match flag {
                Some('!') => l.end_markers.push(rule.clone()),
                Some('>') => l.list_heads.push(rule.clone()),
                _ => {}
            }
            l.widgets.push(rule);
        }
        l.caption_markers = lines(files[1]).map(|(_, s)| s.trim().to_lowercase()).collect();
        l.stopwords = lines(files[2]).map(|(_, s)| s.trim().to_lowercase()).collect();
        let num = |f: &str, file: &str, v: &str, n: usize| -> Result<i64, LangError> {
            v.parse::<i64>().map_err(|_| bad(file, code, n, format!("`{v}` is not a number ({f})")))
        };
        for (n, line) in lines(files[3]) {
            let c = cols(line, 2, "months.tsv", code, n)?;
            l.months.insert(c[0].to_lowercase(), num("month", "months.tsv", c[1], n)? as u32);
        }
        for (n, line) in lines(files[4]) {
            let c = cols(line, 2, "weekdays.tsv", code, n)?;
            l.weekdays.insert(c[0].to_lowercase(), num("weekday", "weekdays.tsv", c[1], n)? as u32);
        }
        for (n, line) in lines(files[5]) {
            let c = cols(line, 2, "numbers.tsv", code, n)?;
            l.numbers.insert(c[0].to_lowercase(), num("value", "numbers.tsv", c[1], n)? as u64);
        }
        for (n, line) in lines(files[6]) {
            let c = cols(line, 3, "time_words.tsv", code, n)?;
            l.time_words.push((toks(c[0]), c[1].to_string(), num("arg", "time_words.tsv", c[2], n)?));
        }
        for (n, line) in lines(files[7]) {
            let c = cols(line, 3, "titles.tsv", code, n)?;
            let country = c.get(3).filter(|x| !x.is_empty() && **x != "-").map(|x| x.to_string());
            let tagger_feature = c.get(4).is_none_or(|x| *x != "untagged" && *x != "appositive");
            let t = Title { phrase: toks(c[0]), role: c[1].to_string(), sector: c[2].to_string(), country, tagger_feature };
            if c.get(4).is_some_and(|x| *x == "appositive") {
                l.appositive_titles.push(t);
            } else {
                l.titles.push(t);
            }
        }
        for (n, line) in lines(files[8]) {
            let c = cols(line, 2, "agents.tsv", code, n)?;
            l.agents.push((toks(c[0]), c[1].to_string()));
        }
        for (n, line) in lines(files[9]) {
            let c = cols(line, 2, "pronouns.tsv", code, n)?;
            l.pronouns.insert(c[0].to_lowercase(), c[1].to_string());
        }
        for (n, line) in lines(files[10]) {
            let c = cols(line, 2, "function_words.tsv", code, n)?;
            // (a marker class, `additive`, `unless`, `indef`, `surname_article`, `charge_prep` or `state_outcome`, makes no word a function
            // word: "juga", "kecuali", "hasil" stay content words to the name and clause rules, and only `has_class` sees them)
            if !matches!(c[1], "additive" | "unless" | "indef" | "surname_article" | "charge_prep" | "state_outcome" | "stem_prefix" | "stem_suffix" | "person_poss" | "all_quant" | "medium_prep" | "pluperfect_aux" | "attrib_head" | "led_by" | "group_member" | "label_verb" | "regime" | "coup" | "body_pronoun" | "response" | "trend_verb" | "sub_lead" | "mission_noun" | "capital_noun" | "relational_title" | "habitual" | "aerial_weapon" | "take_place" | "motion" | "vow" | "welcome" | "occur" | "sent_by" | "release_noun" | "crowd" | "expletive_verb" | "state_pair_noun" | "onset" | "member_noun" | "assemble" | "beneficiary_prep" | "stance" | "we_pronoun" | "leader_pair_noun" | "topic_prep" | "meeting_noun" | "talks_topic" | "aim_prep" | "age_word" | "compass_name" | "attrib_tail" | "trip_noun" | "label_as" | "home_citizen" | "causative" | "demonym_word" | "execution" | "degree" | "condition" | "announce" | "direction_word" | "citizen_word" | "behalf" | "claim_verb" | "currency" | "time_prep" | "duration_prep" | "own_claim" | "town_prefix" | "works_for" | "accusation_noun" | "family_particle" | "vote_verb" | "raid_verb" | "deadline_prep" | "foreign_word" | "list_copula" | "source_verb") {
                l.function_words.insert(c[0].to_lowercase(), c[1].to_string());
            }
            l.function_word_classes.entry(c[0].to_lowercase()).or_default().push(c[1].to_string());
        }
        for (n, line) in lines(files[11]) {
            let c = cols(line, 2, "reporting.tsv", code, n)?;
            l.reporting.push((toks(c[0]), c[1].to_string()));
        }
        for (n, line) in lines(files[12]) {
            let c = cols(line, 2, "modality.tsv", code, n)?;
            l.modality.push((toks(c[0]), c[1].to_string()));
        }
        for (n, line) in lines(files[13]) {
            let c = cols(line, 2, "casualties.tsv", code, n)?;
            l.casualties.push((toks(c[0]), c[1].to_string()));
        }
        for (n, line) in lines(files[14]) {
            let c = cols(line, 3, "events.tsv", code, n)?;
            let codev = c[1].to_string();
            if codev != "-" && !codev.chars().all(|ch| ch.is_ascii_digit()) {
                return Err(bad("events.tsv", code, n, format!("bad CAMEO code `{codev}`")));
            }
            let (frame, person) = c[2].strip_suffix("_person").map_or((c[2], false), |f| (f, true));
            for alt in c[0].split('|') {
                l.events.push(EventPattern {
                    tokens: toks(alt),
                    code: codev.clone(),
                    frame: frame.to_string(),
                    modality: c.get(3).filter(|s| !s.is_empty()).map(|s| s.to_string()),
                    person,
                });
            }
        }
        // countries.tsv (generated) and country_aliases.tsv (hand): iso3, names…
        for (fi, file) in [(15usize, "countries.tsv"), (16, "country_aliases.tsv")] {
            for (n, line) in lines(files[fi]) {
                let c = cols(line, 2, file, code, n)?;
                let names: Vec<String> = c[1..].iter().flat_map(|s| s.split('|')).map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
                l.gazetteer.push(GazEntry { id: c[0].to_string(), names, etype: "COUNTRY".into(), country: Some(c[0].to_string()), sector: None, dated: vec![], national: false, regional: false, guarded: false, tagger_feature: true });
            }
        }
        // places.tsv / orgs.tsv / cities.tsv (generated): id, type, country, sector, names|…
        for (fi, file) in [(17usize, "places.tsv"), (18, "orgs.tsv"), (22, "cities.tsv")] {
            for (n, line) in lines(files[fi]) {
                let c = cols(line, 5, file, code, n)?;
                let opt = |s: &str| (!s.is_empty() && s != "-").then(|| s.to_string());
                l.gazetteer.push(GazEntry {
                    id: c[0].to_string(),
                    etype: c[1].to_string(),
                    country: opt(c[2].trim_end_matches(['*', '+', '?'])),
                    sector: opt(c[3]),
                    dated: vec![],
                    national: c[2].ends_with('*'),
                    regional: c[2].ends_with('+'),
                    guarded: c[2].ends_with('?'),
                    tagger_feature: c.get(5).is_none_or(|x| *x != "untagged"),
                    names: c[4].split('|').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
                });
            }
        }
        l.abbreviations = lines(files[19]).map(|(_, s)| s.trim().to_lowercase()).collect();
        l.org_words = lines(files[20]).map(|(_, s)| s.trim().to_lowercase()).collect();
        l.byline_prefixes = lines(files[21]).map(|(_, s)| s.trim().to_lowercase()).collect();
        l.sport_words = lines(files[23]).map(|(_, s)| s.trim().to_lowercase()).collect();
        for (n, line) in lines(files[24]) {
            let c = cols(line, 2, "verb_forms.tsv", code, n)?;
            l.verb_forms.insert(c[0].to_lowercase(), c[1].split('|').map(|f| f.trim().to_lowercase()).filter(|f| !f.is_empty()).collect());
        }
        l.base_cues = l.function_words.iter().filter(|(_, c)| c.as_str() == "base_cue").map(|(w, _)| w.clone()).collect();
        let endings = |class: &str| l.function_word_classes.iter().filter(|(_, c)| c.iter().any(|c| c == class)).filter_map(|(w, _)| w.strip_prefix('-').map(str::to_string)).collect::<Vec<_>>();
        l.demonym_endings = endings("demonym_ending");
        l.possessive_suffixes = endings("poss_suffix");
        l.progressive_suffixes = endings("progressive_suffix");
        l.verb_endings = endings("verb_ending").into_iter().chain(l.progressive_suffixes.iter().cloned()).collect();
        l.stem_suffixes = endings("stem_suffix");
        l.stem_prefixes = l.function_word_classes.iter().filter(|(_, c)| c.iter().any(|c| c == "stem_prefix")).filter_map(|(w, _)| w.strip_suffix('-').map(str::to_string)).collect();
        l.index();
        Ok(l)
    }

    /// Fill the lookup sets derived from the lists (after parsing, and after any change to the lists).
    pub fn index(&mut self) {
        self.stopword_set = self.stopwords.iter().cloned().collect();
        self.past_forms = self.verb_forms.values().flatten().filter(|f| !f.contains(' ')).cloned().collect();
        self.reporting_pre_words = self.reporting.iter().filter(|(p, pos)| pos == "pre" && p.len() == 1).map(|(p, _)| p[0].clone()).collect();
        self.agent_first_words = self.agents.iter().filter_map(|(p, _)| p.first().cloned()).collect();
        self.pronoun_first_words = self.pronouns.keys().filter_map(|p| p.split(' ').next().map(str::to_string)).collect();
    }

    /// Append another language's data (used to merge `xx` into every language).
    fn merge(&mut self, other: &Lang) {
        self.gazetteer.extend(other.gazetteer.iter().cloned());
        self.officials.extend(other.officials.iter().cloned());
        self.family_name_first.extend(other.family_name_first.iter().cloned());
        self.regions.extend(other.regions.iter().map(|(k, v)| (k.clone(), v.clone())));
        self.military_rule.extend(other.military_rule.iter().cloned());
        self.capitals.extend(other.capitals.iter().map(|(k, v)| (k.clone(), v.clone())));
        self.widgets.extend(other.widgets.iter().cloned());
        self.end_markers.extend(other.end_markers.iter().cloned());
        self.list_heads.extend(other.list_heads.iter().cloned());
        self.caption_markers.extend(other.caption_markers.iter().cloned());
        self.byline_prefixes.extend(other.byline_prefixes.iter().cloned());
        self.abbreviations.extend(other.abbreviations.iter().cloned());
        self.sport_words.extend(other.sport_words.iter().cloned());
    }

    /// Does a word carry a possessive ending ("fasilitasnya")?
    pub fn possessive_suffix(&self, w: &str) -> bool {
        self.possessive_suffixes.iter().any(|e| w.len() > e.len() + 2 && w.ends_with(e.as_str()))
    }

    /// Does a word end as a country's adjective does ("russian", "israeli")?
    pub fn demonym_form(&self, w: &str) -> bool {
        self.demonym_endings.iter().any(|e| w.len() > e.len() + 2 && w.ends_with(e.as_str()))
    }

    /// … or a country's adjective no ending tells ("French", class `demonym_word`): for the event coder, which reads
    /// "the Dutch stance" as a thing of a side (the NER gazetteer's classes keep to the endings).
    pub fn demonym_adjective(&self, w: &str) -> bool {
        self.demonym_form(w) || self.has_class(w, "demonym_word")
    }

    /// Does a word end as an inflected verb does ("plunged", "began" does not), or is it a past form
    /// the verb-form table lists ("began")?
    pub fn verb_form(&self, w: &str) -> bool {
        self.verb_endings.iter().filter(|e| e.len() >= 2).any(|e| w.len() > e.len() + 2 && w.ends_with(e.as_str())) || self.past_forms.contains(w)
    }

    /// Does a word end as a verb's progressive form does ("recalling")?
    pub fn progressive_form(&self, w: &str) -> bool {
        self.progressive_suffixes.iter().any(|x| w.ends_with(x.as_str()))
    }

    /// Whether `w` (lower case) is a one-word time word of `kind` ("past_aux", "range_to" …).
    pub fn is_time_word(&self, w: &str, kind: &str) -> bool {
        self.time_words.iter().any(|(p, k, _)| k == kind && p.len() == 1 && p[0] == w)
    }

    /// Whether `country` was under military rule on `date` (`YYYY-MM-DD`, or a prefix of one), by `xx/military_rule.tsv`.
    pub fn under_military_rule(&self, country: &str, date: &str) -> bool {
        self.military_rule.iter().any(|(c, from, to)| c == country && from.as_str() <= date && (to.is_empty() || date < to.as_str()))
    }

    /// Whether the function-word file lists `w` (lower case) under `class`, among any others.
    pub fn has_class(&self, w: &str, class: &str) -> bool {
        self.function_word_classes.get(w).is_some_and(|cs| cs.iter().any(|c| c == class))
    }

    /// The root a verb and its act noun share, by the language's affixes (classes `stem_prefix`, "meng-", and
    /// `stem_suffix`, "-kan"): the longest prefix, then the longest suffix, each leaving four letters or more
    /// ("mengerahkan" and "pengerahan" → "erah"). A language without them keeps the word.
    pub fn stem(&self, w: &str) -> String {
        // the byte length of the longest affix that `w` starts (or ends) with, leaving four letters
        let longest = |affixes: &[String], fits: &dyn Fn(&str) -> bool, w: &str| affixes.iter().filter(|a| fits(a) && w.chars().count() >= a.chars().count() + 4).map(String::len).max().unwrap_or(0);
        let w = w.to_lowercase();
        let w = &w[longest(&self.stem_prefixes, &|a| w.starts_with(a), &w)..];
        w[..w.len() - longest(&self.stem_suffixes, &|a| w.ends_with(a), w)].to_string()
    }

    pub fn is_stopword(&self, w: &str) -> bool {
        self.stopword_set.contains(w)
    }

    /// Is a sentence in title case (a headline, a sub-heading): four content words or more (not
    /// function or stop words), at least four in five of them capitalised? There capitals tell no names.
    pub fn is_title_case(&self, tokens: &[warta_core::Token]) -> bool {
        let (mut words, mut caps) = (0usize, 0usize);
        for t in tokens.iter().filter(|t| t.kind == warta_core::TokenKind::Word && t.lower.chars().any(char::is_alphabetic) && !self.function_words.contains_key(&t.lower) && !self.is_stopword(&t.lower)) {
            words += 1;
            caps += t.cap as usize;
        }
        words >= 4 && 5 * caps >= 4 * words
    }
}

const OFFICIALS: &str = include_str!("../data/xx/officials.tsv");
const NAME_ORDER: &str = include_str!("../data/xx/name_order.tsv");
const REGIONS: &str = include_str!("../data/xx/regions.tsv");
const MILITARY_RULE: &str = include_str!("../data/xx/military_rule.tsv");
const CAPITALS: &str = include_str!("../data/xx/capitals.tsv");

/// Parse `xx/officials.tsv`: name, aliases, country, role, from, to, wikidata, source.
pub fn parse_officials(text: &str) -> Result<Vec<Official>, LangError> {
    let mut out = vec![];
    for (n, line) in lines(text) {
        let c = cols(line, 7, "officials.tsv", "xx", n)?;
        for d in [c[4], c[5]] {
            if !(d.is_empty() || d == "-" || (d.len() == 10 && d.as_bytes()[4] == b'-')) {
                return Err(bad("officials.tsv", "xx", n, format!("date `{d}` is not YYYY-MM-DD or -")));
            }
        }
        out.push(Official {
            name: c[0].to_string(),
            aliases: c[1].split('|').map(|s| s.trim().to_string()).filter(|s| !s.is_empty() && s != "-").collect(),
            country: c[2].to_string(),
            role: c[3].to_string(),
            from: c[4].to_string(),
            to: if c[5] == "-" { String::new() } else { c[5].to_string() },
            wikidata: (!c[6].is_empty() && c[6] != "-").then(|| c[6].to_string()),
        });
    }
    Ok(out)
}

static LANGS: OnceLock<Result<HashMap<String, Lang>, String>> = OnceLock::new();

fn load_all() -> Result<HashMap<String, Lang>, String> {
    let mut base = None;
    let mut map = HashMap::new();
    for (code, files) in EMBEDDED {
        let l = Lang::parse(code, files).map_err(|e| e.to_string())?;
        if *code == "xx" {
            base = Some(l);
        } else {
            map.insert(code.to_string(), l);
        }
    }
    let mut base = base.ok_or("no xx data")?;
    base.officials = parse_officials(OFFICIALS).map_err(|e| e.to_string())?;
    base.family_name_first = lines(NAME_ORDER).map(|(_, l)| l.split('\t').next().unwrap_or("").trim().to_string()).filter(|c| c.len() == 3).collect();
    for (n, line) in lines(REGIONS) {
        let c = cols(line, 2, "regions.tsv", "xx", n).map_err(|e| e.to_string())?;
        let members: Vec<String> = c[1].split_whitespace().map(str::to_string).collect();
        if members.iter().any(|m| m.len() != 3) {
            return Err(format!("xx/regions.tsv:{n}: members must be ISO 3166-1 alpha-3 codes"));
        }
        base.regions.insert(c[0].to_string(), members);
    }
    for (n, line) in lines(MILITARY_RULE) {
        let c = cols(line, 4, "military_rule.tsv", "xx", n).map_err(|e| e.to_string())?;
        if c[0].len() != 3 || [c[1], c[2]].iter().any(|d| !(*d == "-" || (d.len() == 10 && d.as_bytes()[4] == b'-'))) {
            return Err(format!("xx/military_rule.tsv:{n}: country must be ISO 3166-1 alpha-3, dates YYYY-MM-DD or -"));
        }
        base.military_rule.push((c[0].to_string(), c[1].to_string(), if c[2] == "-" { String::new() } else { c[2].to_string() }));
    }
    for (n, line) in lines(CAPITALS) {
        let c = cols(line, 2, "capitals.tsv", "xx", n).map_err(|e| e.to_string())?;
        if c[0].len() != 3 {
            return Err(format!("xx/capitals.tsv:{n}: country must be ISO 3166-1 alpha-3"));
        }
        base.capitals.insert(c[0].to_string(), c[1].to_string());
    }
    for l in map.values_mut() {
        l.merge(&base);
        // (every region a pronoun names must be known)
        if let Some((p, k)) = l.pronouns.iter().find(|(_, k)| k.strip_prefix("region:").is_some_and(|r| !l.regions.contains_key(r))) {
            return Err(format!("{}/pronouns.tsv: `{p}` names an unknown region `{k}`", l.code));
        }
    }
    Ok(map)
}

/// Languages made at run time ([`register`]), kept for the life of the process.
static EXTRA: OnceLock<std::sync::RwLock<HashMap<String, &'static Lang>>> = OnceLock::new();

/// The embedded language data, parsed once, or a language made at run time.
pub fn lang(code: &str) -> Result<&'static Lang, LangError> {
    let all = LANGS.get_or_init(load_all).as_ref().map_err(|e| LangError::BadLine { file: "data".into(), line: 0, message: e.clone() })?;
    if let Some(l) = all.get(code) {
        return Ok(l);
    }
    let extra = EXTRA.get_or_init(Default::default).read().unwrap_or_else(|e| e.into_inner());
    extra.get(code).copied().ok_or_else(|| LangError::Unknown(code.to_string()))
}

/// Make a language built at run time (an embedded one with an overlay, such as
/// [`petrarch::Dictionaries`]) available to every stage under its own code. The data lives for
/// the rest of the process, as embedded data does; a code already in use is refused.
pub fn register(l: Lang) -> Result<&'static Lang, LangError> {
    if lang(&l.code).is_ok() {
        return Err(LangError::Taken(l.code));
    }
    let mut extra = EXTRA.get_or_init(Default::default).write().unwrap_or_else(|e| e.into_inner());
    if extra.contains_key(&l.code) {
        return Err(LangError::Taken(l.code));
    }
    let leaked: &'static Lang = Box::leak(Box::new(l));
    extra.insert(leaked.code.clone(), leaked);
    Ok(leaked)
}

/// Codes of the languages with a data folder (not `xx`).
pub fn languages() -> Vec<&'static str> {
    EMBEDDED.iter().map(|(c, _)| *c).filter(|c| *c != "xx").collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One smoke test that loads every language: a bad line anywhere fails here with file:line.
    #[test]
    fn every_language_loads_with_the_same_files() {
        for code in languages() {
            let l = lang(code).unwrap_or_else(|e| panic!("{code}: {e}"));
            assert!((1..=12).all(|m| l.months.values().any(|v| *v == m)), "{code}: a month has no name");
            assert!(l.months.values().all(|m| (1..=12).contains(m)), "{code} months");
            assert!(l.weekdays.values().all(|d| (1..=7).contains(d)), "{code} weekdays");
            assert!(!l.events.is_empty(), "{code} events");
            assert!(l.gazetteer.iter().any(|g| g.etype == "COUNTRY"), "{code} countries");
            assert!(!l.officials.is_empty(), "{code} officials");
        }
    }

    /// A word listed under two function-word classes keeps both: "state" is a word of an office and a
    /// region's suffix, "-s" a verb's ending and a demonym's plural.
    #[test]
    fn regression_a_word_of_two_function_word_classes_lost_its_first() {
        let l = lang("en").unwrap();
        assert!(l.has_class("state", "office_word") && l.has_class("state", "region_suffix"));
        assert!(l.has_class("-s", "verb_ending") && l.has_class("-s", "demonym_plural"));
        assert_eq!(l.function_words.get("state").map(String::as_str), Some("region_suffix"), "the last class stays the word's one class");
    }

    /// A verb and its act noun share a root by the language's affixes; a language without affix classes keeps
    /// the word; a word too short for an affix keeps it.
    #[test]
    fn stems_by_the_languages_affixes() {
        let id = lang("id").unwrap();
        for (w, root) in [("mengerahkan", "erah"), ("pengerahan", "erah"), ("dikirim", "kirim"), ("makan", "makan"), ("kapal", "kapal")] {
            assert_eq!(id.stem(w), root, "{w}");
        }
        // (the root is a key to compare by, not the dictionary's: meN- before s is meny-, "menyerang" — "penyerangan")
        assert_eq!(id.stem("menyerang"), id.stem("penyerangan"));
        assert_eq!(lang("en").unwrap().stem("Deployment"), "deployment");
    }

    /// One holder of an office at a time: a typo in a tenure date shows up as an overlap.
    #[test]
    fn officials_tenures_do_not_overlap_within_an_office() {
        let all = parse_officials(OFFICIALS).unwrap();
        let mut by_office: HashMap<(&str, &str), Vec<&Official>> = HashMap::new();
        for o in &all {
            assert!(o.to.is_empty() || o.from <= o.to, "{}: {} after {}", o.name, o.from, o.to);
            by_office.entry((o.country.as_str(), o.role.as_str())).or_default().push(o);
        }
        for ((country, role), mut v) in by_office {
            v.sort_by(|a, b| a.from.cmp(&b.from));
            for w in v.windows(2) {
                let end = if w[0].to.is_empty() { "9999" } else { w[0].to.as_str() };
                assert!(end <= w[1].from.as_str(), "{country} {role}: {} ({}..{}) overlaps {} (from {})", w[0].name, w[0].from, end, w[1].name, w[1].from);
            }
        }
    }

    #[test]
    fn event_lexicons_cover_every_cameo_root() {
        for code in languages() {
            let l = lang(code).unwrap();
            for root in 1..=20 {
                let r = format!("{root:02}");
                assert!(l.events.iter().any(|p| p.code.starts_with(&r)), "{code}: no pattern for CAMEO root {r}");
            }
        }
    }

    #[test]
    fn stopword_vote_is_clear_or_silent() {
        assert_eq!(stopword_vote("Presiden mengatakan bahwa pemerintah akan terus membantu para korban yang ada di daerah itu dan juga di kota lain karena mereka sudah lama menunggu."), Some("id"));
        assert_eq!(stopword_vote("The minister said that the government was ready to help the victims of the flood in the north, and that it had sent troops to the region."), Some("en"));
        assert_eq!(stopword_vote("Jakarta Kairo Paris"), None);
        // a short text: three stop words of one language and none of the other
        assert_eq!(stopword_vote("Gubernur Rudi Hartanto meresmikan jembatan yang baru di Lima pada Senin dan Selasa."), Some("id"));
        // … but not a long one where they are rare (a page in a language warta does not read)
        let page = format!("{} a a a", "Calendario temporada corridas etapas Brasil Argentina Interlagos Curitiba Velopark Londrina ".repeat(6));
        assert_eq!(stopword_vote(&page), None);
    }

    #[test]
    fn bad_data_names_file_and_line() {
        let mut files = EMBEDDED[0].1;
        files[3] = "# months\njanuari\tx\n";
        let e = Lang::parse("id", &files).unwrap_err().to_string();
        assert!(e.contains("data/id/months.tsv:2"), "{e}");
    }
}

/// Decide the language from stop words in the first 150 words when one language has at least
/// 8 hits and three times as many as any other, or, in a short text, at least 3 hits, one word in six,
/// and no other language any; `None` leaves it to the statistical detector (which these rules spare on
/// all but a few percent of news articles, with the same decisions on the staged news and benchmark pages).
pub fn stopword_vote(text: &str) -> Option<&'static str> {
    let codes = languages();
    let langs: Vec<Option<&Lang>> = codes.iter().map(|c| lang(c).ok()).collect();
    let mut hits = vec![0usize; codes.len()];
    let mut w = String::new();
    let mut seen = 0usize;
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(150) {
        // (one buffer for every word; ASCII lowered in place)
        seen += 1;
        w.clear();
        if word.is_ascii() {
            w.push_str(word);
            w.make_ascii_lowercase();
        } else {
            w.push_str(&word.to_lowercase());
        }
        for (i, l) in langs.iter().enumerate() {
            if l.is_some_and(|l| l.is_stopword(&w)) {
                hits[i] += 1;
            }
        }
    }
    let (best, &n) = hits.iter().enumerate().max_by_key(|(_, n)| **n)?;
    let others = hits.iter().enumerate().filter(|(i, _)| *i != best).map(|(_, n)| *n).max().unwrap_or(0);
    // (a short text: three stop words or more of one language, none of another, one word in six or more)
    ((n >= 8 && n >= 3 * others.max(1)) || (n >= 3 && others == 0 && n * 6 >= seen)).then_some(codes[best])
}

/// The language identification stage: uses `--lang` when given, else lingua on the body.
pub struct LanguageStage;

impl warta_core::Stage for LanguageStage {
    fn name(&self) -> &'static str {
        "language"
    }
    fn requires(&self) -> &'static [warta_core::Facet] {
        &[warta_core::Facet::Article]
    }
    fn assigns(&self) -> &'static [warta_core::Facet] {
        &[warta_core::Facet::Language]
    }
    fn process(&self, doc: &mut warta_core::Doc) -> Result<(), warta_core::DocError> {
        if let Some(l) = &doc.lang_hint {
            if lang(l).is_err() {
                return Err(warta_core::DocError::new("language", format!("no data for language `{l}` (have: {})", languages().join(", "))));
            }
            doc.language = Some(l.clone());
            return Ok(());
        }
        // a cheap vote of stop words first; lingua only when the vote is not clear
        if let Some(code) = stopword_vote(&doc.body) {
            doc.language = Some(code.to_string());
            return Ok(());
        }
        let code = match detect_language(&doc.body) {
            Some(id) => id.code,
            None => {
                doc.warnings.push("language could not be identified; using `en`".into());
                "en"
            }
        };
        doc.language = Some(code.to_string());
        Ok(())
    }
}
