//! API tests: every route, auth (401 / 403), body limits (413), and injection attempts in every filter.

use super::*;
use axum::body::Body;
use axum::http::Request;
use http_body_util::BodyExt;
use tower::ServiceExt;
use warta_core::{Doc, Pipeline};

const SEED: &str = include_str!("../../../tests/fixtures/id/voa-menhan-prancis-rusia-telepon/page.txt");
const TOKEN: &str = "s3cret-token";

fn process() -> Process {
    Arc::new(|page: Page| {
        let pipe = Pipeline::new(vec![
            Box::new(warta_extract::Extractor::default()),
            Box::new(warta_lang::LanguageStage),
            Box::new(warta_text::TextStage),
            Box::new(warta_time::TimeStage),
            Box::new(warta_entities::EntityStage),
            Box::new(warta_events::ActorStage),
            Box::new(warta_events::QuoteStage),
            Box::new(warta_events::EventStage),
        ])
        .unwrap();
        let mut d = Doc::from_bytes(page.source, page.bytes);
        d.media_type = page.media_type;
        d.published_hint = page.published;
        match pipe.run(&mut d) {
            Ok(()) => d.to_record(),
            Err(e) => Record::failed(&d, e),
        }
    })
}

struct TestServer {
    router: Router,
    dir: std::path::PathBuf,
}

impl Drop for TestServer {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn server(name: &str, token: Option<&str>) -> TestServer {
    let dir = std::env::temp_dir().join(format!("warta-serve-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let cfg = Config { db: dir.join("t.db"), token: token.map(String::from), body_limit: 64 * 1024, readers: 2 };
    TestServer { router: app(&cfg, process()).unwrap(), dir }
}

async fn call(r: &Router, method: &str, uri: &str, token: Option<&str>, body: Option<Value>) -> (StatusCode, Value) {
    let mut b = Request::builder().method(method).uri(uri);
    if let Some(t) = token {
        b = b.header("authorization", format!("Bearer {t}"));
    }
    let req = match body {
        Some(v) => b.header("content-type", "application/json").body(Body::from(v.to_string())).unwrap(),
        None => b.body(Body::empty()).unwrap(),
    };
    let res = r.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    (status, serde_json::from_slice(&bytes).unwrap_or(Value::Null))
}

async fn seeded(name: &str) -> (TestServer, String) {
    let s = server(name, Some(TOKEN));
    let (st, v) = call(&s.router, "POST", "/api/documents", Some(TOKEN), Some(json!({"url": "https://www.voaindonesia.com/a/x", "text": SEED}))).await;
    assert_eq!(st, StatusCode::CREATED, "{v}");
    let id = v["id"].as_str().unwrap().to_string();
    (s, id)
}

#[tokio::test]
async fn every_route_answers_json() {
    let (s, id) = seeded("routes").await;
    let r = &s.router;
    // the pair and the lead event's code and date, from the seed page's gold
    let gold: Value = serde_json::from_str(include_str!("../../../tests/fixtures/id/voa-menhan-prancis-rusia-telepon/gold.json")).unwrap();
    let g = &gold["contacts"][0];
    let (a, b) = (g["between"][0].as_str().unwrap(), g["between"][1].as_str().unwrap());
    let year = &gold["events"][0]["date"].as_str().unwrap()[..4];
    let (st, events) = call(r, "GET", &format!("/api/events?actor={a}&limit=10"), None, None).await;
    assert_eq!(st, StatusCode::OK);
    let ev = events["events"][0]["id"].as_i64().expect("the seed page has events with its first actor");
    for uri in [
        "/api/openapi.json".to_string(),
        "/api/stats".into(),
        "/api/documents".into(),
        format!("/api/documents/{id}"),
        format!("/api/documents/{id}/text"),
        format!("/api/documents/{id}/gold"),
        format!("/api/events?code=04&since={year}-01-01&until={year}-12-31&lang=id"),
        format!("/api/events/{ev}"),
        format!("/api/entities?name={a}"),
        format!("/api/contacts?a={a}&b={b}"),
        "/api/search?q=telepon".into(),
        format!("/api/timeline?a={a}&b={b}"),
        "/api/network".into(),
    ] {
        let (st, v) = call(r, "GET", &uri, None, None).await;
        assert_eq!(st, StatusCode::OK, "{uri}: {v}");
        assert!(!v.is_null(), "{uri} answers JSON");
    }
    let (_, doc) = call(r, "GET", &format!("/api/documents/{id}"), None, None).await;
    assert!(doc["events"].as_array().unwrap().iter().any(|e| e["mentions"][0]["start"].as_i64().is_some()), "events carry their offsets");
    let (_, text) = call(r, "GET", &format!("/api/documents/{id}/text"), None, None).await;
    assert!(text["raw"].as_str().unwrap().len() > text["clean"].as_str().unwrap().len(), "the raw page keeps what cleaning removed");
    // the first contact the seed page's gold lists
    let (_, c) = call(r, "GET", &format!("/api/contacts?a={a}&b={b}"), None, None).await;
    assert!(c["contacts"].as_array().unwrap().iter().any(|x| x["level"] == g["level"] && x["last"]["date"] == g["last"]), "{c}");
    let (_, hits) = call(r, "GET", "/api/search?q=telepon", None, None).await;
    assert_eq!(hits[0]["id"], json!(id));
    // the UI's three files
    for uri in ["/", "/ui/app.js", "/ui/app.css"] {
        let res = r.clone().oneshot(Request::get(uri).body(Body::empty()).unwrap()).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{uri}");
    }
    let (st, v) = call(r, "GET", "/api/nothing-here", None, None).await;
    assert_eq!((st, v["error"]["code"].as_str()), (StatusCode::NOT_FOUND, Some("not_found")));
    let (st, _) = call(r, "GET", "/api/documents/not-a-document", None, None).await;
    assert_eq!(st, StatusCode::NOT_FOUND);
    let (st, _) = call(r, "GET", "/api/events/999999", None, None).await;
    assert_eq!(st, StatusCode::NOT_FOUND);
}

#[test]
fn openapi_describes_exactly_the_routes_served() {
    let spec: Value = serde_json::from_str(OPENAPI).unwrap();
    let mut documented: Vec<String> = spec["paths"].as_object().unwrap().keys().cloned().collect();
    documented.sort();
    let src = include_str!("lib.rs");
    let mut served: Vec<String> = src
        .lines()
        .filter_map(|l| l.trim().strip_prefix(".route(\"/api/"))
        .map(|l| format!("/api/{}", l.split('"').next().unwrap()))
        .filter(|p| !p.contains('*'))
        .collect();
    served.sort();
    assert_eq!(documented, served);
}

#[tokio::test]
async fn writes_need_the_token_and_a_server_without_one_is_read_only() {
    let (s, _) = seeded("auth").await;
    let page = json!({"text": "Presiden Prancis mengunjungi Jakarta pada Senin."});
    for token in [None, Some("wrong"), Some("s3cret-tokeN")] {
        let (st, v) = call(&s.router, "POST", "/api/documents", token, Some(page.clone())).await;
        assert_eq!((st, v["error"]["code"].as_str()), (StatusCode::UNAUTHORIZED, Some("unauthorized")), "{token:?}");
        let (st, _) = call(&s.router, "POST", "/api/events/1/review", token, Some(json!({"action": "confirm", "reviewer": "x"}))).await;
        assert_eq!(st, StatusCode::UNAUTHORIZED);
    }
    let ro = server("readonly", None);
    let (st, v) = call(&ro.router, "POST", "/api/documents", Some(TOKEN), Some(page)).await;
    assert_eq!((st, v["error"]["code"].as_str()), (StatusCode::FORBIDDEN, Some("read_only")));
}

#[tokio::test]
async fn an_oversized_body_is_refused_with_413() {
    let s = server("big", Some(TOKEN));
    let huge = "kata ".repeat(40_000); // 200 kB > the 64 kB limit of the test server
    let (st, v) = call(&s.router, "POST", "/api/documents", Some(TOKEN), Some(json!({"text": huge}))).await;
    assert_eq!((st, v["error"]["code"].as_str()), (StatusCode::PAYLOAD_TOO_LARGE, Some("payload_too_large")), "{v}");
    let (st, v) = call(&s.router, "POST", "/api/events/1/review", Some(TOKEN), Some(json!({"action": "confirm", "reviewer": "x", "note": huge}))).await;
    assert_eq!(st, StatusCode::PAYLOAD_TOO_LARGE, "{v}");
    let (st, v) = call(&s.router, "POST", "/api/documents", Some(TOKEN), Some(json!({"text": "a", "html": "b"}))).await;
    assert_eq!((st, v["error"]["code"].as_str()), (StatusCode::BAD_REQUEST, Some("bad_request")));
}

#[tokio::test]
async fn injection_attempts_in_every_filter_are_refused_or_harmless() {
    let (s, id) = seeded("inject").await;
    let r = &s.router;
    let (_, before) = call(r, "GET", "/api/stats", None, None).await;
    let evil = ["' OR '1'='1", "FRA'; DROP TABLE events; --", "1 UNION SELECT * FROM reviews", "\" OR 1=1 --", "%' --", "*) OR (1"];
    for e in evil {
        let x = urlencode(e);
        // filters with a shape are refused
        for uri in [
            format!("/api/events?code={x}"),
            format!("/api/events?since={x}"),
            format!("/api/events?until={x}"),
            format!("/api/events?limit={x}"),
            format!("/api/events?offset={x}"),
            format!("/api/events?{x}=1"),
            format!("/api/contacts?a={x}&b=RUS"),
            format!("/api/contacts?a=FRA&b={x}"),
            format!("/api/timeline?a={x}&b=RUS"),
            format!("/api/network?limit={x}"),
            format!("/api/documents?limit={x}"),
            format!("/api/search?q=telepon&limit={x}"),
            format!("/api/events/{x}"),
        ] {
            let (st, v) = call(r, "GET", &uri, None, None).await;
            assert_eq!(st, StatusCode::BAD_REQUEST, "{uri}: {v}");
            assert_eq!(v["error"]["code"], "bad_request", "{uri}");
        }
        // free-text filters are bound as values: they match nothing and break nothing
        for uri in [
            format!("/api/events?actor={x}"),
            format!("/api/events?target={x}"),
            format!("/api/events?lang={x}"),
            format!("/api/entities?name={x}"),
            format!("/api/search?q={x}"),
            format!("/api/documents/{x}"),
        ] {
            let (st, v) = call(r, "GET", &uri, None, None).await;
            assert!(st == StatusCode::OK || st == StatusCode::NOT_FOUND, "{uri}: {st} {v}");
            let n = v.get("events").and_then(|e| e.as_array()).map(|a| a.len()).unwrap_or(0);
            assert_eq!(n, 0, "{uri} matched rows: {v}");
        }
        let (st, _) = call(r, "POST", "/api/events/1/review", Some(TOKEN), Some(json!({"action": "confirm", "reviewer": "x", "code": e}))).await;
        assert_eq!(st, StatusCode::BAD_REQUEST);
    }
    let (_, after) = call(r, "GET", "/api/stats", None, None).await;
    assert_eq!(before, after, "nothing was changed or dropped");
    let (st, _) = call(r, "GET", &format!("/api/documents/{id}"), None, None).await;
    assert_eq!(st, StatusCode::OK);
}

fn urlencode(s: &str) -> String {
    s.bytes().map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") }).collect()
}

#[tokio::test]
async fn reviews_are_kept_with_who_and_when_and_become_gold() {
    let (s, id) = seeded("review").await;
    let r = &s.router;
    let (_, doc) = call(r, "GET", &format!("/api/documents/{id}"), None, None).await;
    let ids: Vec<i64> = doc["events"].as_array().unwrap().iter().map(|e| e["event"]["id"].as_i64().unwrap()).collect();
    assert!(ids.len() >= 3, "{doc}");
    let (st, v) = call(r, "POST", &format!("/api/events/{}/review", ids[0]), Some(TOKEN), Some(json!({"action": "confirm", "reviewer": "ana"}))).await;
    assert_eq!(st, StatusCode::CREATED, "{v}");
    assert_eq!(v["reviewer"], "ana");
    assert!(v["at"].as_str().unwrap().starts_with("20"), "{v}");
    call(r, "POST", &format!("/api/events/{}/review", ids[1]), Some(TOKEN), Some(json!({"action": "correct", "reviewer": "budi", "code": "042", "date": "2024-04"}))).await;
    call(r, "POST", &format!("/api/events/{}/review", ids[2]), Some(TOKEN), Some(json!({"action": "reject", "reviewer": "ana", "note": "background"}))).await;
    let (_, one) = call(r, "GET", &format!("/api/events/{}", ids[2]), None, None).await;
    assert_eq!(one["reviews"][0]["action"], "reject");
    let (_, gold) = call(r, "GET", &format!("/api/documents/{id}/gold"), None, None).await;
    assert_eq!(gold["format"], "warta-gold/1");
    let ev = gold["events"].as_array().unwrap();
    assert_eq!(ev.len(), 2, "confirmed and corrected, not rejected or unreviewed: {gold}");
    assert!(ev.iter().any(|g| g["codes"] == json!(["042"]) && g["date"] == "2024-04" && g["reviewed_by"] == "budi"), "{gold}");
    let (st, _) = call(r, "POST", "/api/events/999999/review", Some(TOKEN), Some(json!({"action": "confirm", "reviewer": "ana"}))).await;
    assert_eq!(st, StatusCode::NOT_FOUND);
    let (st, v) = call(r, "POST", &format!("/api/events/{}/review", ids[0]), Some(TOKEN), Some(json!({"action": "confirm", "reviewer": "ana", "extra": 1}))).await;
    assert_eq!((st, v["error"]["code"].as_str()), (StatusCode::BAD_REQUEST, Some("bad_json")));
}
