use super::*;

fn run(lang: &str, text: &str, dct: Option<&str>) -> Vec<(String, String)> {
    let l = warta_lang::lang(lang).unwrap();
    let mut toks = vec![];
    warta_text::tokenize(text, 0, 0, &mut toks);
    let found = recognise(l, &toks);
    let dct = dct.map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap()).or_else(|| infer_dct(&found));
    let mut last = None;
    found
        .iter()
        .map(|f| {
            let (v, _) = normalise(&f.raw, dct, last);
            if let Some(y) = v.get(..4).and_then(|y| y.parse().ok()) {
                last = Some(y);
            }
            let s = toks[f.tok_start].span.start;
            let e = toks[f.tok_end - 1].span.end;
            (text[s..e].to_string(), v)
        })
        .collect()
}

#[test]
fn indonesian_expressions_table() {
    // (text, document date, expected (expression, value) pairs)
    let cases: &[(&str, &str, &[(&str, &str)])] = &[
        ("Hal itu terjadi pada Senin (11/2/2019) pagi.", "2019-02-12", &[("Senin (11/2/2019) pagi", "2019-02-11TMO")]),
        ("Ia tiba pada 3 April 2024 di Jakarta.", "2024-04-05", &[("3 April 2024", "2024-04-03")]),
        ("Rapat digelar Kamis (4/1) lalu.", "2024-01-05", &[("Kamis (4/1)", "2024-01-04")]),
        ("Kebakaran terjadi kemarin.", "2024-04-05", &[("kemarin", "2024-04-04")]),
        ("Ia mengatakan pada Maret bahwa ...", "2024-04-03", &[("Maret", "2024-03")]),
        ("Pemilu digelar pada Desember.", "2024-04-03", &[("Desember", "2023-12")]),
        ("Kontak terakhir pada Oktober 2022.", "2024-04-03", &[("Oktober 2022", "2022-10")]),
        ("Pembicaraan pada 2022 dan kunjungan pada awal tahun itu.", "2024-04-03", &[("2022", "2022"), ("awal tahun itu", "2022")]),
        ("Proyek selesai dua hari lalu.", "2024-04-05", &[("dua hari lalu", "2024-04-03")]),
        ("Rapat akan digelar bulan depan.", "2024-12-10", &[("bulan depan", "2025-01")]),
        ("Tahun lalu harga naik.", "2024-04-03", &[("Tahun lalu", "2023")]),
        ("Polisi menangkap pelaku pada Jumat.", "2024-04-03", &[("Jumat", "2024-03-29")]),
        ("Dokumen bertanggal (16/11/2015) itu hilang.", "2016-01-01", &[("(16/11/2015)", "2015-11-16")]),
        ("Jumlah korban mencapai 2024 orang.", "2024-04-03", &[]),
    ];
    for (text, dct, want) in cases {
        let got = run("id", text, Some(dct));
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(&got, want, "{text}");
    }
}

#[test]
fn english_expressions_table() {
    let cases: &[(&str, &str, &[(&str, &str)])] = &[
        ("The talks took place on April 3, 2024 in Paris.", "2024-04-05", &[("April 3, 2024", "2024-04-03")]),
        ("He arrived on Wednesday.", "2024-04-05", &[("Wednesday", "2024-04-03")]),
        ("Officials met last week.", "2024-04-05", &[("last week", "2024-W13")]),
        ("The vote was held in March.", "2024-04-05", &[("March", "2024-03")]),
        ("She may visit again.", "2024-04-05", &[]),
        ("The attack came three days ago.", "2024-04-05", &[("three days ago", "2024-04-02")]),
        ("Fighting erupted in 2014.", "2024-04-05", &[("2014", "2014")]),
        ("On April 3rd the ministers spoke.", "2024-04-05", &[("April 3rd", "2024-04-03")]),
    ];
    for (text, dct, want) in cases {
        let got = run("en", text, Some(dct));
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(&got, want, "{text}");
    }
}

#[test]
fn weekday_with_day_and_month_fixes_the_year() {
    // 3 April is a Wednesday in 2024 (not 2022 or 2023): the first such year after the latest one mentioned
    let got = run("id", "Pada Rabu (3/4) mereka bertemu, pertama kali sejak Oktober 2022.", None);
    assert_eq!(got[0], ("Rabu (3/4)".to_string(), "2024-04-03".to_string()));
    // with no year in the text there is nothing to anchor on
    let l = warta_lang::lang("id").unwrap();
    let mut toks = vec![];
    warta_text::tokenize("Pada Rabu (3/4) mereka bertemu.", 0, 0, &mut toks);
    assert_eq!(infer_dct(&recognise(l, &toks)), None);
    // … unless we fall back on the reading date: the latest year up to it where 3 April is a Wednesday
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    assert_eq!(infer_dct_at(&recognise(l, &toks), today), NaiveDate::from_ymd_opt(2024, 4, 3));
}

#[test]
fn since_marks_an_anchor_not_an_event_time() {
    let l = warta_lang::lang("id").unwrap();
    let mut toks = vec![];
    warta_text::tokenize("kontak pertama sejak Oktober 2022", 0, 0, &mut toks);
    let f = recognise(l, &toks);
    assert_eq!(f.len(), 1);
    assert!(f[0].since);
}
