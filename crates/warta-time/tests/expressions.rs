//! Table-driven tests over time expressions read on real pages (tests/data/*_expressions.tsv): each
//! input goes through the text and time stages with its document date, and must give exactly the
//! expected expression (extent) and TIMEX3 value.

use warta_core::{Doc, Stage};

fn check(lang: &str, table: &str) -> (usize, Vec<String>) {
    let mut n = 0;
    let mut failures = vec![];
    for line in table.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let c: Vec<&str> = line.split('\t').collect();
        assert_eq!(c.len(), 5, "bad table line: {line}");
        let (source, dct, input, extent, value) = (c[0], c[1], c[2], c[3], c[4]);
        let mut doc = Doc::from_bytes("table", input.as_bytes().to_vec());
        doc.set_paragraphs(vec![input.to_string()]);
        doc.language = Some(lang.into());
        doc.published_hint = Some(dct.into());
        warta_text::TextStage.process(&mut doc).unwrap();
        warta_time::TimeStage.process(&mut doc).unwrap();
        let got: Vec<(&str, &str)> = doc.times.iter().map(|t| (t.text.as_str(), t.value.as_str())).collect();
        if got != [(extent, value)] {
            failures.push(format!("{source} {dct} {input:?}: want [({extent:?}, {value:?})], got {got:?}"));
        }
        n += 1;
    }
    (n, failures)
}

#[test]
fn indonesian_expressions_from_real_pages() {
    let (n, failures) = check("id", include_str!("data/id_expressions.tsv"));
    assert!(n >= 150, "{n} rows");
    assert!(failures.is_empty(), "{} of {n} wrong:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn english_expressions_from_real_pages() {
    let (n, failures) = check("en", include_str!("data/en_expressions.tsv"));
    assert!(n >= 50, "{n} rows");
    assert!(failures.is_empty(), "{} of {n} wrong:\n{}", failures.len(), failures.join("\n"));
}
