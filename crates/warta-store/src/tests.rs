use super::*;
use warta_core::{Doc, Pipeline};

fn pipeline() -> Pipeline {
    Pipeline::new(vec![
        Box::new(warta_extract::Extractor::default()),
        Box::new(warta_lang::LanguageStage),
        Box::new(warta_text::TextStage),
        Box::new(warta_time::TimeStage),
        Box::new(warta_entities::EntityStage),
        Box::new(warta_events::ActorStage),
        Box::new(warta_events::QuoteStage),
        Box::new(warta_events::EventStage),
    ])
    .unwrap()
}

fn record(source: &str, text: &str) -> Record {
    let mut d = Doc::from_bytes(source, text.as_bytes().to_vec());
    match pipeline().run(&mut d) {
        Ok(()) => d.to_record(),
        Err(e) => Record::failed(&d, e),
    }
}

const SEED: &str = include_str!("../../../tests/fixtures/id/voa-menhan-prancis-rusia-telepon/page.txt");

/// The same wire story as three outlets print it: other widgets, other dateline.
fn syndicated() -> Vec<Record> {
    let body = "Menteri Luar Negeri Jepang dan Korea Selatan melakukan pembicaraan telepon pada Senin (5/2/2024) untuk membahas uji coba rudal terbaru di kawasan itu. Kedua menteri sepakat memperkuat koordinasi dengan Amerika Serikat.\n\nJuru bicara kementerian luar negeri Jepang mengatakan pembicaraan berlangsung selama 30 menit dan mencakup rencana pertemuan tiga negara pada bulan depan di Tokyo.\n\nMenurut pejabat di Seoul, kedua negara juga membahas bantuan kemanusiaan bagi warga yang terdampak gempa di wilayah pesisir.";
    [("https://www.antaranews.com/berita/1", "Baca juga: Harga emas naik\n\nBagikan"), ("https://www.kompas.com/global/2", "Simak breaking news dan berita pilihan kami langsung di ponselmu."), ("https://www.tempo.co/internasional/3", "Tag\n\nKomentar")]
        .iter()
        .map(|(src, widget)| record(src, &format!("Menlu Jepang dan Korea Selatan Bicara Lewat Telepon\n\n{body}\n\n{widget}\n")))
        .collect()
}

fn stores() -> Vec<(&'static str, Box<dyn Store>)> {
    vec![("sqlite", Box::new(SqliteStore::open_in_memory().unwrap())), ("memory", Box::new(MemStore::new()))]
}

#[test]
fn re_ingesting_adds_nothing() {
    for (name, mut s) in stores() {
        let r = record("seed/page.txt", SEED);
        assert!(matches!(s.put(&r).unwrap(), PutOutcome::Added { .. }), "{name}");
        let before = s.counts().unwrap();
        assert_eq!(s.put(&r).unwrap(), PutOutcome::Duplicate, "{name}");
        assert_eq!(s.counts().unwrap(), before, "{name}");
        assert_eq!(before.events as usize, r.events.len() - 0, "{name}: one merged event per distinct event of the article");
    }
}

#[test]
fn a_syndicated_story_from_three_outlets_is_one_event_with_three_mentions() {
    for (name, mut s) in stores() {
        let recs = syndicated();
        let outcomes = s.put_batch(&recs).unwrap();
        assert!(outcomes.iter().all(|o| matches!(o, PutOutcome::Added { .. })), "{name}: {outcomes:?}");
        let calls = s.events(&EventQuery { code: Some("041".into()), ..Default::default() }).unwrap();
        assert_eq!(calls.len(), 1, "{name}: {calls:?}");
        let e = &calls[0];
        assert_eq!((e.num_mentions, e.num_articles, e.num_sources), (3, 3, 3), "{name}");
        assert_eq!(e.num_independent, 1, "{name}: the copies are one report");
        assert_eq!(s.mentions(e.id).unwrap().len(), 3, "{name}");
        assert_eq!(e.date.as_deref(), Some("2024-02-05"));
    }
}

/// The seed page's gold lists the contacts a careful reader finds in it (pair, level, last and
/// previous date); the store must answer each from the page alone.
const SEED_GOLD: &str = include_str!("../../../tests/fixtures/id/voa-menhan-prancis-rusia-telepon/gold.json");

#[test]
fn contacts_answer_when_two_countries_last_talked_and_at_which_level() {
    let gold: serde_json::Value = serde_json::from_str(SEED_GOLD).unwrap();
    let wanted = gold["contacts"].as_array().unwrap();
    assert!(!wanted.is_empty());
    for (name, mut s) in stores() {
        s.put(&record("seed/page.txt", SEED)).unwrap();
        for g in wanted {
            let (a, b) = (g["between"][0].as_str().unwrap(), g["between"][1].as_str().unwrap());
            let c = s.contacts(a, b).unwrap();
            let l = g["level"].as_str().unwrap();
            let got = c.iter().find(|x| x.level == l).unwrap_or_else(|| panic!("{name}: no {l} in {c:?}"));
            assert_eq!(got.last.date, g["last"].as_str().unwrap(), "{name}: {l}");
            if let Some(p) = g["previous"].as_str() {
                assert_eq!(got.previous.as_ref().map(|p| p.date.as_str()), Some(p), "{name}: {l}");
            }
            // the order of the pair does not matter
            assert_eq!(s.contacts(b, a).unwrap(), c, "{name}");
            assert!(s.contacts(a, "XYZ").unwrap().is_empty(), "{name}");
        }
    }
}

#[test]
fn failed_documents_are_recorded_and_the_batch_goes_on() {
    for (name, mut s) in stores() {
        let bad = record("empty.txt", "");
        assert!(bad.error.is_some());
        let out = s.put_batch(&[bad, record("seed/page.txt", SEED)]).unwrap();
        assert_eq!(out[0], PutOutcome::Failed, "{name}");
        assert!(matches!(out[1], PutOutcome::Added { .. }), "{name}");
        let c = s.counts().unwrap();
        assert_eq!((c.documents, c.failed), (2, 1), "{name}");
    }
}

#[test]
fn filters_search_and_entities_agree_across_stores() {
    let mut results = vec![];
    for (_, mut s) in stores() {
        s.put(&record("seed/page.txt", SEED)).unwrap();
        s.put_batch(&syndicated()).unwrap();
        let q = |actor: Option<&str>, code: Option<&str>, since: Option<&str>| EventQuery { actor: actor.map(str::to_string), code: code.map(str::to_string), since: since.map(str::to_string), ..Default::default() };
        let fra = s.events(&q(Some("FRA"), None, None)).unwrap();
        let fra_04 = s.events(&q(Some("FRA"), Some("04"), Some("2023"))).unwrap();
        let hits = s.search("telepon Prancis", 10).unwrap();
        let odd = s.search("\" OR 1=1 -- ; DROP TABLE documents", 10).unwrap();
        let putin = s.entity("Vladimir Putin").unwrap();
        results.push((fra.iter().map(|e| (e.code.clone(), e.date.clone())).collect::<Vec<_>>(), fra_04.iter().filter(|e| e.modality == "asserted").count(), hits.len(), odd.len(), putin.first().map(|p| (p.id.clone(), p.roles.clone()))));
    }
    let (a, b) = (&results[0], &results[1]);
    assert_eq!(a, b, "SQLite and memory stores disagree");
    assert!(a.0.len() >= 8 && a.0.iter().all(|(_, d)| d.is_some()));
    // (a second one is negated)
    assert_eq!(a.1, 1, "one French consultation asserted since 2023");
    assert_eq!(a.2, 1);
    assert_eq!(a.3, 0);
    assert_eq!(a.4.as_ref().map(|p| p.0.as_str()), Some("Q7747"));
}

#[test]
fn simhash_tells_copies_from_other_stories() {
    let recs = syndicated();
    let h: Vec<u64> = recs.iter().map(|r| simhash(&r.body())).collect();
    assert!((h[0] ^ h[1]).count_ones() <= rows::NEAR_DUPLICATE_BITS);
    let other = simhash(&record("seed/page.txt", SEED).body());
    assert!((h[0] ^ other).count_ones() > 16);
}

#[test]
fn a_database_of_schema_version_1_still_opens() {
    let frozen = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/store/schema-v1.db");
    let dir = std::env::temp_dir().join(format!("warta-v1-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("old.db");
    std::fs::copy(frozen, &path).unwrap();
    let s = SqliteStore::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), schema::MIGRATIONS.len() as i64);
    assert_eq!(s.counts().unwrap().documents, 1);
    assert_eq!(s.search("telepon", 5).unwrap().len(), 1, "the migration indexes old documents for search");
    assert!(!s.contacts("FRA", "RUS").unwrap().is_empty());
    // v4 moved entities into entity_names + entity_docs
    let fra = s.entity("FRA").unwrap();
    assert_eq!(fra.len(), 1, "{fra:?}");
    assert_eq!((fra[0].documents, fra[0].etype.as_str()), (1, "COUNTRY"), "{fra:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// After ANALYZE on a store of one document, the near-duplicate lookup used to scan every stored
/// document for each simhash band (ingest into that store slowed down with its size: 36,000 ->
/// 16,000 events/s at 600,000 events). The lookup must start from the band index whatever the
/// statistics say.
#[test]
fn regression_statistics_from_a_small_store_do_not_make_ingest_scan_documents() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    s.put_batch(&[record("https://news.test/a", SEED)]).unwrap();
    s.analyze().unwrap();
    let plan: Vec<String> = s
        .connection()
        .prepare(&format!("EXPLAIN QUERY PLAN {}", crate::sqlite::BAND_QUERY))
        .unwrap()
        .query_map([1i64], |r| r.get::<_, String>(3))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    assert!(!plan.iter().any(|p| p.starts_with("SCAN")), "{plan:?}");
    // and statistics of a store this small are not kept
    let stats: i64 = s.connection().query_row("SELECT count(*) FROM sqlite_stat1", [], |r| r.get(0)).unwrap_or(0);
    assert_eq!(stats, 0);
}

/// A query with one side pinned to a country reads the dyad index once per partner country (schema
/// v7 has no one-sided index) and must return what the memory store's plain filter returns, in the
/// same order: over partners that include none (no target), date ties, missing and partial dates,
/// code prefixes of one to four digits, a language, date bounds, limits and offsets.
#[test]
fn one_side_queries_read_per_partner_and_agree_with_the_plain_filter() {
    use warta_core::{Event, Participant};
    let countries = ["FRA", "RUS", "USA", "CHN", "IDN"];
    let codes = ["040", "0411", "042", "190", "193", "111"];
    let mut x: u64 = 0x2545F4914F6CDD1D;
    let mut rnd = |n: usize| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x % n as u64) as usize
    };
    let part = |c: &str| Some(Participant { text: format!("{c} official"), entity: None, country: Some(c.into()), sector: Some("GOV".into()), code: Some(format!("{c}GOV")), role: None });
    let mut recs = vec![];
    for i in 0..80 {
        let mut doc = Doc::from_bytes(format!("https://news.test/{i}"), format!("document {i}").into_bytes());
        doc.language = Some(if i % 3 == 0 { "en" } else { "id" }.into());
        doc.set_paragraphs(vec![format!("Dokumen nomor {i} tentang hal {}", i * 7919)]);
        let mut rec = doc.to_record();
        for k in 0..6 {
            let a = countries[rnd(5)];
            let t = rnd(6);
            let target = if t < 5 && countries[t] != a { part(countries[t]) } else { None };
            let date = match rnd(9) {
                0 => None,
                1 => Some("2021-05".to_string()),
                d => Some(format!("2021-05-{:02}", d)),
            };
            rec.events.push(Event { code: codes[rnd(6)].into(), actor: part(a), target, date, modality: "asserted".into(), sentence: format!("s{k}"), start: k * 10, end: k * 10 + 5, ..Default::default() });
        }
        recs.push(rec);
    }
    let mut answers = vec![];
    for (_, mut s) in stores() {
        s.put_batch(&recs).unwrap();
        let mut got = vec![];
        for c in countries.iter().chain(["ZZZ"].iter()) {
            for actor in [true, false] {
                for code in [None, Some("0"), Some("04"), Some("041"), Some("19"), Some("193")] {
                    for (lang, since, until) in [(None, None, None), (Some("en"), None, None), (None, Some("2021-05-04"), None), (None, None, Some("2021-05"))] {
                        for (limit, offset) in [(100, 0), (3, 0), (4, 5), (2, 40)] {
                            let side = Some(c.to_string());
                            let q = EventQuery {
                                actor: if actor { side.clone() } else { None },
                                target: if actor { None } else { side },
                                code: code.map(str::to_string),
                                lang: lang.map(str::to_string),
                                since: since.map(str::to_string),
                                until: until.map(str::to_string),
                                limit,
                                offset,
                            };
                            let rows = s.events(&q).unwrap();
                            got.push((format!("{q:?}"), rows.iter().map(|r| (r.id, r.code.clone(), r.actor_country.clone(), r.target_country.clone(), r.date.clone())).collect::<Vec<_>>()));
                        }
                    }
                }
            }
        }
        answers.push(got);
    }
    let nonempty = answers[0].iter().filter(|(_, r)| !r.is_empty()).count();
    assert!(nonempty > 300, "the queries find rows ({nonempty})");
    for (a, b) in answers[0].iter().zip(&answers[1]) {
        assert_eq!(a, b, "SQLite and memory stores disagree");
    }
}

/// With the log copied by a background thread, batches that follow each other left it no moment to
/// restart: the log grew with every batch until a 10-million-event synthetic ingest filled the disk.
/// The writer now empties it itself past a limit.
#[test]
fn regression_the_write_ahead_log_stays_bounded_when_batches_follow_each_other() {
    let dir = std::env::temp_dir().join(format!("warta-wal-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("w.db");
    let mut s = SqliteStore::open(&path).unwrap();
    let limit = 1 << 20;
    s.set_wal_limit(limit);
    let wal = dir.join("w.db-wal");
    let mut largest = 0;
    for b in 0..40 {
        let recs: Vec<Record> = (0..40)
            .map(|i| {
                let mut doc = Doc::from_bytes(format!("https://wal.test/{b}/{i}"), format!("{b} {i}").into_bytes());
                doc.language = Some("en".into());
                doc.set_paragraphs(vec![format!("Batch {b} document {i}: {}", "words of filler text ".repeat(400))]);
                doc.to_record()
            })
            .collect();
        s.put_batch(&recs).unwrap();
        largest = largest.max(std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0));
    }
    // 40 batches of about 0.7 MB each: an unbounded log passes 20 MB; a bounded one stays near
    // the limit plus a batch or two
    assert!(largest < 6 * limit, "the log reached {largest} bytes");
    drop(s);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn regression_a_treaty_two_ministers_signed_together_was_no_contact() {
    // two named officials who sign an agreement together met; two states that sign one need not have
    for (name, mut s) in stores() {
        let r = record("a/page.txt", "Menteri Luar Negeri Chile Rudi Hartanto dan Menteri Luar Negeri Peru Kresna Wibowo menandatangani perjanjian perbatasan di Lima pada Jumat (27/6/2025).\n\nKedua negara berjanji meningkatkan kerja sama.\n");
        s.put(&r).unwrap();
        let c = s.contacts("CHL", "PER").unwrap();
        assert!(c.iter().any(|c| c.level == "foreign ministers" && c.last.date == "2025-06-27"), "{name}: {c:?} {:?}", r.events);
    }
    for (name, mut s) in stores() {
        let r = record("b/page.txt", "Chile dan Peru menandatangani perjanjian perbatasan pada Jumat (27/6/2025).\n\nKedua negara berjanji meningkatkan kerja sama.\n");
        s.put(&r).unwrap();
        assert!(s.contacts("CHL", "PER").unwrap().is_empty(), "{name}");
    }
}
