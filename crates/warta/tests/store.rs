//! The store through the CLI: idempotent ingest, a real kill in the middle of it, contacts.

use std::path::{Path, PathBuf};
use std::process::Command;
use warta_store::{SqliteStore, Store};

fn warta() -> Command {
    Command::new(env!("CARGO_BIN_EXE_warta"))
}

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("warta-store-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

/// Every stored document is whole: its mention count matches the mentions stored for it.
fn assert_whole(db: &Path) -> i64 {
    let c = rusqlite::Connection::open(db).unwrap();
    let ok: String = c.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(ok, "ok");
    let torn: i64 = c.query_row("SELECT count(*) FROM documents d WHERE d.n_mentions != (SELECT count(*) FROM mentions m WHERE m.doc = d.rowid)", [], |r| r.get(0)).unwrap();
    assert_eq!(torn, 0, "a document's mentions were half written");
    c.query_row("SELECT count(*) FROM documents", [], |r| r.get(0)).unwrap()
}

#[test]
fn ingest_is_idempotent_and_answers_contacts() {
    let d = tmpdir("idem");
    let db = d.join("w.db");
    let out = warta().args(["ingest", "--db"]).arg(&db).arg(fixtures()).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let first = SqliteStore::open(&db).unwrap().counts().unwrap();
    let out = warta().args(["ingest", "--db"]).arg(&db).arg(fixtures()).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("0 added"));
    assert_eq!(SqliteStore::open(&db).unwrap().counts().unwrap(), first, "re-ingesting adds nothing");
    // every contact the seed page's gold lists, as `warta contacts A B --json` prints it
    let gold: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(fixtures().join("id/voa-menhan-prancis-rusia-telepon/gold.json")).unwrap()).unwrap();
    for g in gold["contacts"].as_array().unwrap() {
        let (a, b) = (g["between"][0].as_str().unwrap(), g["between"][1].as_str().unwrap());
        let out = warta().args(["contacts", a, b, "--json", "--db"]).arg(&db).output().unwrap();
        let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        let got = lines.iter().find(|x| x["level"] == g["level"]).unwrap_or_else(|| panic!("no {}", g["level"]));
        assert_eq!(got["last"]["date"], g["last"]);
        if !g["previous"].is_null() {
            assert_eq!(got["previous"]["date"], g["previous"]);
        }
    }
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn malformed_input_in_a_batch_is_a_failed_document() {
    let d = tmpdir("bad");
    let db = d.join("w.db");
    let pages = d.join("pages");
    std::fs::create_dir_all(&pages).unwrap();
    std::fs::write(pages.join("a.txt"), "").unwrap();
    std::fs::write(pages.join("b.txt"), [0u8, 1, 2, 3, 0, 0]).unwrap();
    std::fs::write(pages.join("c.jsonl"), "{\"url\": \"https://x.test/1\", \"text\": \"Menteri Luar Negeri Jepang bertemu dengan Menteri Luar Negeri Korea Selatan di Seoul pada Senin (5/2/2024).\"}\nnot json\n{\"url\": \"https://x.test/2\"}\n").unwrap();
    let out = warta().args(["ingest", "--db"]).arg(&db).arg(&pages).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "failed documents: exit 1");
    let c = SqliteStore::open(&db).unwrap().counts().unwrap();
    assert_eq!((c.documents, c.failed), (5, 4), "{c:?}");
    assert!(c.events >= 1);
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn killed_during_ingest_the_store_opens_whole_and_a_rerun_completes_it() {
    let d = tmpdir("kill");
    let db = d.join("w.db");
    let pages = d.join("pages");
    std::fs::create_dir_all(&pages).unwrap();
    let n = 3000;
    let countries = ["Jepang", "Prancis", "Rusia", "Jerman", "Australia", "Malaysia", "Filipina", "Vietnam"];
    for i in 0..n {
        let (a, b) = (countries[i % 8], countries[(i / 8 + 1 + i) % 8]);
        let text = format!(
            "Berita Nomor {i} Tentang Diplomasi\n\nMenteri Luar Negeri {a} bertemu dengan Menteri Luar Negeri {b} di Jakarta pada Senin (5/2/2024) untuk membahas perjanjian nomor {i}.\n\nPresiden {a} mengecam serangan terhadap {b} pada Selasa (6/2/2024), kata juru bicara {i}.\n"
        );
        std::fs::write(pages.join(format!("{i:05}.txt")), text).unwrap();
    }
    let mut child = warta().args(["ingest", "--batch", "7", "--db"]).arg(&db).arg(&pages).stderr(std::process::Stdio::null()).spawn().unwrap();
    // let it commit some batches, then kill it without warning
    let t = std::time::Instant::now();
    loop {
        std::thread::sleep(std::time::Duration::from_millis(20));
        let done = rusqlite::Connection::open(&db).ok().and_then(|c| c.query_row("SELECT count(*) FROM documents", [], |r| r.get::<_, i64>(0)).ok()).unwrap_or(0);
        if done >= 50 || t.elapsed().as_secs() > 60 {
            break;
        }
    }
    child.kill().unwrap();
    let _ = child.wait();
    let partial = assert_whole(&db);
    assert!(partial > 0 && partial < n as i64, "the kill should land mid-ingest ({partial} of {n} stored)");
    let out = warta().args(["ingest", "--db"]).arg(&db).arg(&pages).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(assert_whole(&db), n as i64, "the rerun completes the rest");
    let _ = std::fs::remove_dir_all(&d);
}
