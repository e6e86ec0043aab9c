use super::*;
use serde_json::json;
use warta_core::{Article, Event, Participant};

fn ev(code: &str, a: &str, t: &str, date: &str) -> Event {
    let p = |c: &str| Some(Participant { text: c.into(), entity: None, country: Some(c.into()), sector: None, code: None, role: None });
    Event { code: code.into(), actor: p(a), target: p(t), date: Some(date.into()), modality: "asserted".into(), confidence: 1.0, ..Default::default() }
}

fn rec(events: Vec<Event>) -> Record {
    Record { format: "warta-doc/1".into(), id: "x".into(), source: "x".into(), language: Some("id".into()), article: Article { paragraphs: vec!["Body text here.".into()], ..Default::default() }, entities: vec![], times: vec![], quotes: vec![], events, warnings: vec![], error: None, raw: None }
}

#[test]
fn symmetric_gold_accepts_either_order_and_date_prefix() {
    let gold = json!({"events": [{"id": "E1", "codes": ["041"], "actor": "JPN", "target": "KOR", "symmetric": true, "date": "2021-08"}]});
    let f = score("t", &rec(vec![ev("041", "KOR", "JPN", "2021-08-12")]), &gold);
    assert_eq!((f.events.recall.hit, f.events.precision.hit), (1, 1));
    let f = score("t", &rec(vec![ev("041", "KOR", "JPN", "2020-08-12")]), &gold);
    assert_eq!(f.events.recall.hit, 0);
    let gold = json!({"events": [{"id": "E1", "codes": ["041"], "actor": "JPN", "target": "KOR"}]});
    let f = score("t", &rec(vec![ev("041", "KOR", "JPN", "2021-08-12")]), &gold);
    assert_eq!(f.events.recall.hit, 0, "not symmetric: order matters");
}

#[test]
fn optional_gold_never_takes_a_match_a_required_one_needs() {
    let gold = json!({"events": [
        {"id": "O", "codes": ["04"], "actor": "JPN", "optional": true},
        {"id": "R", "codes": ["041"], "actor": "JPN", "target": "KOR"}
    ]});
    let f = score("t", &rec(vec![ev("041", "JPN", "KOR", "2021-08-12"), ev("111", "JPN", "KOR", "2021-08-12")]), &gold);
    assert_eq!(f.events.recall.hit, 1);
    assert_eq!(f.events.precision.hit, 1, "the second event matches nothing");
    assert_eq!(f.events.precision.total, 2);
    assert!((f.events.f1() - 2.0 / 3.0).abs() < 1e-9);
}

#[test]
fn regression_an_optional_gold_lost_its_only_match_to_a_required_one_with_another() {
    // R accepts both extracted events, O only the first: the maximum matching gives R the second
    let gold = json!({"events": [
        {"id": "R", "codes": ["0"], "actor": "SAU"},
        {"id": "O", "codes": ["04"], "actor": "SAU", "optional": true}
    ]});
    let f = score("t", &rec(vec![ev("046", "SAU", "YEM", "2024-01-12"), ev("020", "SAU", "YEM", "2024-01-12")]), &gold);
    assert_eq!(f.events.recall.hit, 1);
    assert_eq!((f.events.precision.hit, f.events.precision.total), (2, 2));
    // … but an optional gold never costs a required one its match
    let gold = json!({"events": [
        {"id": "R", "codes": ["04"], "actor": "SAU"},
        {"id": "O", "codes": ["04"], "actor": "SAU", "optional": true}
    ]});
    let f = score("t", &rec(vec![ev("046", "SAU", "YEM", "2024-01-12")]), &gold);
    assert_eq!((f.events.recall.hit, f.events.precision.hit), (1, 1));
}

#[test]
fn article_checks_count_each_rule() {
    let gold = json!({"article": {"title": "T", "paragraphs": 2, "must_not_contain": ["Forum"], "body_starts_with": "Body"}});
    let mut r = rec(vec![]);
    r.article.title = Some("T".into());
    let f = score("t", &r, &gold);
    assert_eq!((f.article.hit, f.article.total), (3, 4));
    assert!(f.article.missed[0].contains("paragraphs"));
}

#[test]
fn gold_without_events_does_not_judge_them_but_an_empty_list_does() {
    let r = rec(vec![ev("040", "IDN", "SGP", "2024-05-14")]);
    let f = score("t", &r, &json!({"article": {"paragraphs": 1}}));
    assert_eq!((f.events.precision.total, f.events.recall.total), (0, 0));
    let f = score("t", &r, &json!({"events": []}));
    assert_eq!((f.events.precision.hit, f.events.precision.total), (0, 1));
}

#[test]
fn regression_a_gold_quote_without_contains_was_skipped_silently() {
    let gold = json!({"quotes": [{"starts_with": "Kami", "speaker": "Kresna"}]});
    let f = score("t", &rec(vec![]), &gold);
    assert_eq!((f.quotes.hit, f.quotes.total), (0, 1));
    assert!(f.quotes.missed[0].contains("without \"contains\""));
}

#[test]
fn regression_a_gold_contact_with_other_keys_was_skipped_silently() {
    let gold = json!({"contacts": [{"a": "CHL", "b": "PER", "level": "foreign ministers", "last": "2025-03-11"}]});
    let mut c = Count::default();
    score_contacts(&gold, &|_, _| vec![], &mut c);
    assert_eq!((c.hit, c.total), (0, 1));
    assert!(c.missed[0].contains("between"));
}

#[test]
fn regression_an_official_found_under_the_pages_spelling_was_missed() {
    // the entity's name is its list's ("Rudi Hartono"); the page's spelling ("Rudi Hartanto") is in the
    // mention of title and name, which answers to the name it ends with — not to a name inside a word
    let person = |mention: &str| warta_core::Entity {
        id: "local:person:rudi-hartono".into(),
        name: "Rudi Hartono".into(),
        etype: warta_core::EntityType::Person,
        country: Some("PER".into()),
        roles: vec![],
        sector: None,
        mentions: vec![warta_core::Mention { start: 0, end: mention.chars().count(), text: mention.into() }],
    };
    let gold = json!({"entities": [{"name": "Rudi Hartanto", "country": "PER"}]});
    let mut r = rec(vec![]);
    r.entities = vec![person("Peruvian Foreign Minister Rudi Hartanto")];
    assert_eq!(score("t", &r, &gold).entities.hit, 1);
    r.entities = vec![person("Peruvian Foreign Minister XRudi Hartanto")];
    assert_eq!(score("t", &r, &gold).entities.hit, 0);
    r.entities = vec![person("Rudi Hartanto said")];
    assert_eq!(score("t", &r, &gold).entities.hit, 0);
}
