//! The `warta` binary end to end: bad input is normal input.

use std::path::PathBuf;
use std::process::Command;

fn warta() -> Command {
    Command::new(env!("CARGO_BIN_EXE_warta"))
}

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("warta-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

const GOOD: &str = "Judul Berita Uji Coba Sistem\n\nMenteri Luar Negeri Jepang bertemu dengan Menteri Luar Negeri Korea Selatan di Seoul pada Senin (5/2/2024) untuk membahas keamanan kawasan.\n";

fn records(stdout: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(stdout).lines().map(|l| serde_json::from_str(l).expect("one JSON record per line")).collect()
}

#[test]
fn bad_inputs_fail_alone_and_the_batch_goes_on() {
    let d = tmpdir("bad");
    std::fs::write(d.join("a_good.txt"), GOOD).unwrap();
    std::fs::write(d.join("b_empty.txt"), "").unwrap();
    std::fs::write(d.join("c_binary.txt"), [0x7f, b'E', b'L', b'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0]).unwrap();
    let mut bad = GOOD.as_bytes().to_vec();
    bad.extend_from_slice(b"Presiden \xff\xfe\xfd berkata bahwa kerja sama akan diperkuat tahun ini juga.\n");
    std::fs::write(d.join("d_invalid_utf8.txt"), &bad).unwrap();
    // 50 MB: over the default cap of 10 MB, refused without reading it all
    let big = "Presiden bertemu menteri di Jakarta pada hari ini untuk membahas anggaran. ".repeat(50 * 1024 * 1024 / 75);
    std::fs::write(d.join("e_huge.txt"), big).unwrap();
    std::fs::write(d.join("f_good_again.txt"), GOOD).unwrap();
    let out = warta().arg("extract").arg("--jsonl").arg(&d).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "some documents failed: exit 1");
    let recs = records(&out.stdout);
    assert_eq!(recs.len(), 6, "one record per input");
    let err = |i: usize| recs[i]["error"]["code"].as_str().map(str::to_string);
    assert_eq!(err(0), None);
    assert_eq!(err(1).as_deref(), Some("empty"));
    assert_eq!(err(2).as_deref(), Some("binary"));
    assert_eq!(err(3), None, "invalid UTF-8 is repaired, with a warning");
    assert!(recs[3]["warnings"][0].as_str().unwrap().contains("invalid UTF-8"));
    assert_eq!(err(4).as_deref(), Some("too_large"));
    assert_eq!(err(5), None);
    assert_eq!(recs[5]["events"][0]["code"], "040");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("b_empty.txt") && stderr.contains("too_large"), "{stderr}");
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn malformed_html_gives_a_record_not_a_panic() {
    let d = tmpdir("html");
    let deep = format!("<html><body>{}<p>Menteri Luar Negeri Jepang bertemu dengan Menteri Luar Negeri Korea Selatan di Seoul pada Senin (5/2/2024) untuk membahas keamanan kawasan dan kerja sama ekonomi.</p>", "<div>".repeat(2000));
    std::fs::write(d.join("deep.html"), deep).unwrap();
    std::fs::write(d.join("junk.html"), "<html><body><p>unclosed <b><i>tags</p></div></span>").unwrap();
    let out = warta().arg("extract").arg("--jsonl").arg(&d).output().unwrap();
    assert!(out.status.code() == Some(0) || out.status.code() == Some(1));
    let recs = records(&out.stdout);
    assert_eq!(recs.len(), 2);
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn stdin_and_published_date() {
    use std::io::Write;
    let mut child = warta().args(["extract", "--published", "2024-02-06", "--lang", "id", "-"]).stdin(std::process::Stdio::piped()).stdout(std::process::Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all("Judul Berita\n\nPresiden Prancis bertemu dengan Presiden Rusia di Moskow kemarin untuk membahas perang di Ukraina.\n".as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let rec: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rec["format"], "warta-doc/1");
    assert_eq!(rec["article"]["published"], "2024-02-06");
    assert_eq!(rec["article"]["published_inferred"], false);
    assert_eq!(rec["times"][0]["value"], "2024-02-05");
}

#[test]
fn usage_errors_exit_2_and_help_explains_exit_codes() {
    let out = warta().args(["extract", "--no-such-flag"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = warta().args(["extract", "--published", "3 April"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let help = warta().arg("--help").output().unwrap();
    let h = String::from_utf8_lossy(&help.stdout);
    assert!(h.contains("Exit codes") && h.contains("2  usage error"), "{h}");
}

#[test]
fn demo_prints_events_with_evidence() {
    let out = warta().arg("demo").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.matches("== ").count() >= 5, "a title per bundled page");
    assert!(s.contains("041 Discuss by telephone"), "{s}");
    assert!(s.contains('«'), "evidence sentences are shown");
}

#[test]
fn offsets_in_the_record_are_char_offsets_into_the_body() {
    let out = warta().args(["extract", "--lang", "id", "--published", "2019-05-16", "-"]).stdin(std::process::Stdio::piped()).stdout(std::process::Stdio::piped()).spawn().unwrap();
    let mut child = out;
    use std::io::Write;
    child.stdin.take().unwrap().write_all("Judul “Uji” Berita\n\n“Kami siap,” kata Menteri Luar Negeri Jepang pada Selasa (14/5). Menteri Luar Negeri Korea Selatan menolak tuduhan itu di Seoul.\n".as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let rec: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let body: Vec<char> = rec["article"]["paragraphs"].as_array().unwrap().iter().map(|p| p.as_str().unwrap()).collect::<Vec<_>>().join("\n\n").chars().collect();
    let slice = |s: &serde_json::Value, e: &serde_json::Value| body[s.as_u64().unwrap() as usize..e.as_u64().unwrap() as usize].iter().collect::<String>();
    for t in rec["times"].as_array().unwrap() {
        assert_eq!(slice(&t["start"], &t["end"]), t["text"].as_str().unwrap());
    }
    for e in rec["entities"].as_array().unwrap() {
        for m in e["mentions"].as_array().unwrap() {
            assert_eq!(slice(&m["start"], &m["end"]), m["text"].as_str().unwrap());
        }
    }
    for q in rec["quotes"].as_array().unwrap() {
        assert_eq!(slice(&q["start"], &q["end"]), q["text"].as_str().unwrap());
    }
    for e in rec["events"].as_array().unwrap() {
        assert_eq!(slice(&e["start"], &e["end"]), e["sentence"].as_str().unwrap());
    }
    assert!(!rec["times"].as_array().unwrap().is_empty() && !rec["quotes"].as_array().unwrap().is_empty());
}

fn warc_record(kind: &str, uri: &str, payload: &str) -> String {
    let block = if kind == "response" { format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{payload}") } else { payload.to_string() };
    format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{:08x}-0000-0000-0000-000000000000>\r\nWARC-Date: 2024-02-06T10:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n",
        uri.len(),
        block.len()
    )
}

#[test]
fn warc_files_gzip_members_and_truncation() {
    use std::io::Write;
    let d = tmpdir("warc");
    let page = |n: u32| format!("<html><head><title>Berita {n}</title></head><body><article><h1>Berita {n}</h1><p>Menteri Luar Negeri Jepang bertemu dengan Menteri Luar Negeri Korea Selatan di Seoul pada Senin (5/2/2024) untuk membahas keamanan kawasan dan kerja sama ekonomi kedua negara.</p><p>Pertemuan itu berlangsung selama dua jam dan diakhiri dengan jumpa pers bersama di kantor kementerian.</p></article></body></html>");
    let warc_records = [warc_record("warcinfo", "", "software: test"), warc_record("response", "https://news.test/a", &page(1)), warc_record("response", "https://news.test/b", &page(2))];
    // Common Crawl style: one gzip member per record
    let mut gz = vec![];
    for r in &warc_records {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(r.as_bytes()).unwrap();
        gz.extend(e.finish().unwrap());
    }
    std::fs::write(d.join("good.warc.gz"), &gz).unwrap();
    std::fs::write(d.join("plain.warc"), warc_records.concat()).unwrap();
    std::fs::write(d.join("truncated.warc.gz"), &gz[..gz.len() - 40]).unwrap();
    let out = warta().arg("extract").arg("--jsonl").arg(d.join("good.warc.gz")).arg(d.join("plain.warc")).arg(d.join("truncated.warc.gz")).output().unwrap();
    let recs = records(&out.stdout);
    let sources: Vec<&str> = recs.iter().map(|r| r["source"].as_str().unwrap()).collect();
    assert_eq!(&sources[..4], &["https://news.test/a", "https://news.test/b", "https://news.test/a", "https://news.test/b"], "{sources:?}");
    assert!(recs[..4].iter().all(|r| r["error"].is_null() && r["events"][0]["code"] == "040"));
    // the truncated file: its first record comes out, then one error for the broken rest
    assert_eq!(recs[4]["source"], "https://news.test/a");
    assert!(recs.iter().skip(5).any(|r| r["error"]["code"] == "warc"), "{:?}", &recs[5..]);
    assert_eq!(out.status.code(), Some(1));
    let _ = std::fs::remove_dir_all(&d);
}

/// A gzip member damaged in the middle, and a record far over the size cap between two good
/// ones: each is one error record, the good records come out, and the big one is never held.
#[test]
fn warc_corrupt_member_and_a_record_over_the_cap() {
    use std::io::Write;
    let d = tmpdir("warc-bad");
    let page = |n: u32| format!("<html><body><article><p>Menteri Luar Negeri Jepang bertemu dengan Menteri Luar Negeri Korea Selatan di Seoul pada Senin (5/2/2024) untuk membahas kerja sama nomor {n}.</p></article></body></html>");
    let huge = format!("<html><body><p>{}</p></body></html>", "Presiden berbicara tentang anggaran negara tahun depan. ".repeat(200_000));
    let recs_in = [warc_record("response", "https://news.test/1", &page(1)), warc_record("response", "https://news.test/huge", &huge), warc_record("response", "https://news.test/3", &page(3))];
    let member = |r: &str| {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(r.as_bytes()).unwrap();
        e.finish().unwrap()
    };
    let gz: Vec<u8> = recs_in.iter().flat_map(|r| member(r)).collect();
    std::fs::write(d.join("a_capped.warc.gz"), &gz).unwrap();
    // the second of three members has bytes overwritten in its middle
    let (m1, m2) = (member(&recs_in[0]), member(&warc_record("response", "https://news.test/2", &page(2))));
    let mut bad = m1.clone();
    let mut broken = m2.clone();
    let mid = broken.len() / 2;
    broken[mid..mid + 8].copy_from_slice(b"\xde\xad\xbe\xef\xde\xad\xbe\xef");
    bad.extend(broken);
    bad.extend(member(&recs_in[2]));
    std::fs::write(d.join("b_corrupt.warc.gz"), &bad).unwrap();
    let out = warta().args(["extract", "--jsonl", "--max-bytes", "1000000"]).arg(&d).output().unwrap();
    let recs = records(&out.stdout);
    let summary: Vec<(String, Option<String>)> = recs.iter().map(|r| (r["source"].as_str().unwrap().to_string(), r["error"]["code"].as_str().map(String::from))).collect();
    assert_eq!(summary[0], ("https://news.test/1".into(), None), "{summary:?}");
    assert_eq!(summary[1], ("https://news.test/huge".into(), Some("too_large".into())), "{summary:?}");
    assert_eq!(summary[2], ("https://news.test/3".into(), None), "{summary:?}");
    assert_eq!(summary[3], ("https://news.test/1".into(), None), "{summary:?}");
    assert_eq!(summary.len(), 5, "{summary:?}");
    assert_eq!(summary[4].1.as_deref(), Some("warc"), "{summary:?}");
    assert_eq!(out.status.code(), Some(1));
    let _ = std::fs::remove_dir_all(&d);
}

/// The seed page prints no year next to its date: its times and event dates must come out the same
/// whether the date is inferred (a weekday and day/month after the latest year the text names) or
/// given with --published. The expected dates are the gold's.
#[test]
fn seed_times_and_event_dates_with_and_without_published() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/id/voa-menhan-prancis-rusia-telepon");
    let gold: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(format!("{dir}/gold.json")).unwrap()).unwrap();
    let run = |extra: &[&str]| -> serde_json::Value {
        let out = warta().args(["extract", "--jsonl"]).args(extra).arg(format!("{dir}/page.txt")).output().unwrap();
        assert!(out.status.success());
        records(&out.stdout).remove(0)
    };
    let inferred = run(&[]);
    // the date of the page is the date of its lead event (the first gold event)
    let published = gold["events"][0]["date"].as_str().unwrap();
    let given = run(&["--published", published]);
    assert_eq!(inferred["article"]["published_inferred"], true);
    assert_eq!(given["article"]["published_inferred"], false);
    for rec in [&inferred, &given] {
        assert_eq!(rec["article"]["published"], published);
        for g in gold["times"].as_array().unwrap() {
            let found = rec["times"].as_array().unwrap().iter().any(|t| t["text"] == g["text"] && t["value"] == g["value"]);
            assert!(found, "time {g} not found in {}", rec["times"]);
        }
    }
    let dates = |r: &serde_json::Value| -> Vec<(String, String, String)> {
        r["events"].as_array().unwrap().iter().map(|e| (e["code"].to_string(), e["date"].to_string(), e["date_source"].to_string())).collect()
    };
    assert_eq!(dates(&inferred), dates(&given), "event dates do not depend on where the document date came from");
    // the lead event is dated by its clause; the events it recalls keep their own (past) dates
    let evs = inferred["events"].as_array().unwrap();
    for (k, g) in gold["events"].as_array().unwrap().iter().enumerate().filter(|(_, g)| g["date"].is_string()) {
        let codes: Vec<&str> = g["codes"].as_array().unwrap().iter().filter_map(|c| c.as_str()).collect();
        let hit = evs.iter().any(|e| {
            let code = e["code"].as_str().unwrap_or("");
            codes.iter().any(|c| code.starts_with(c)) && e["date"] == g["date"] && (k > 0 || e["date_source"] == "clause")
        });
        assert!(hit, "no event {codes:?} dated {} in {}", g["date"], inferred["events"]);
    }
}

/// `warta extract … | head -1` used to end with "warta: Broken pipe" and exit code 3.
#[test]
fn regression_a_closed_output_pipe_is_not_a_failure() {
    use std::io::Read;
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures");
    let mut child = warta().args(["extract", "--jsonl", dir, dir, dir, dir]).stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().unwrap();
    let mut first = [0u8; 16];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("Broken pipe"));
}

/// Every fixture in the repository (text scrapes of many outlets, with gold) meets the floors
/// stored for it: the evaluation gate of the fixtures, without `../shared`.
#[test]
fn repository_fixtures_meet_their_floors() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    // floors are keyed by the path from the repository root
    let out = warta().current_dir(root).args(["eval", "tests/fixtures"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    // the total's floors are set over these files and the shared seed together: per file only
    let failed: Vec<&str> = stderr.lines().filter(|l| l.starts_with("FAIL:") && !l.starts_with("FAIL: total")).collect();
    assert!(failed.is_empty(), "{failed:#?}\n{}", String::from_utf8_lossy(&out.stdout));
    assert!(!stderr.contains("no floors"), "every fixture has floors: {stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).lines().count() >= 14, "every fixture is scored");
}

/// `warta tag --conll -`: one token per line in, `token<TAB>tag` out with the sentence breaks
/// kept, BIO over PER/LOC/ORG from the compiled-in model; extra columns in the input are ignored.
#[test]
fn tag_conll_reads_tokens_and_prints_bio_tags() {
    use std::io::Write;
    let input = "Presiden\tX\nJoko\tX\nWidodo\tX\nberkunjung\tX\nke\tX\nJakarta\tX\n.\tX\n\nKPK\nmemeriksa\nsaksi\n";
    let mut child = warta().args(["tag", "--conll", "-"]).stdin(std::process::Stdio::piped()).stdout(std::process::Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let sents: Vec<Vec<(&str, &str)>> = text.split("\n\n").filter(|s| !s.trim().is_empty()).map(|s| s.lines().map(|l| l.split_once('\t').unwrap()).collect()).collect();
    assert_eq!(sents.len(), 2, "{text}");
    assert_eq!(sents[0].len(), 7);
    assert_eq!(sents[0][1], ("Joko", "B-PER"));
    assert_eq!(sents[0][2], ("Widodo", "I-PER"));
    assert_eq!(sents[0][5], ("Jakarta", "B-LOC"));
    assert_eq!(sents[1][0], ("KPK", "B-ORG"));
    for (_, tag) in sents.iter().flatten() {
        assert!(["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"].contains(tag), "{tag}");
    }
}

/// A page whose only printed date is an ISO date with a clock on its own line above the body
/// ("2023-05-04 16:45") had no publication date, so no weekday in the text could be dated.
#[test]
fn regression_iso_date_line_above_the_body_is_the_publication_date() {
    use std::io::Write;
    let mut child = warta().args(["extract", "--lang", "en", "-"]).stdin(std::process::Stdio::piped()).stdout(std::process::Stdio::piped()).spawn().unwrap();
    let page = "NEWS AGENCY\nWORLD\n\nTwo ministers meet in Quenari\n\n2023-05-04 16:45\n\nQUENARI, May 4 (Agency) -- The foreign ministers of Chile and Peru met in Quenari on Wednesday to discuss trade and fishing rights along their border.\n\nThey agreed to meet again next month.\n";
    child.stdin.take().unwrap().write_all(page.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let rec: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rec["article"]["published"], "2023-05-04");
    assert_eq!(rec["article"]["published_inferred"], false);
    assert!(rec["times"].as_array().unwrap().iter().any(|t| t["text"] == "Wednesday" && t["value"] == "2023-05-03"));
}
