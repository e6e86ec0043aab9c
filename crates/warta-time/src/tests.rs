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
        ("Ia tiba pada 12 Agustus 2021 di Jakarta.", "2021-08-14", &[("12 Agustus 2021", "2021-08-12")]),
        ("Rapat digelar Kamis (4/1) lalu.", "2024-01-05", &[("Kamis (4/1)", "2024-01-04")]),
        ("Kebakaran terjadi kemarin.", "2024-04-05", &[("kemarin", "2024-04-04")]),
        // a weekday of next week (the page of Sunday 20 April): Saturday 26 April, not the day before
        ("Putaran ketiga digelar pada Sabtu pekan depan.", "2025-04-20", &[("Sabtu pekan depan", "2025-04-26")]),
        ("Ia mengatakan pada Maret bahwa ...", "2021-05-20", &[("Maret", "2021-03")]),
        ("Pemilu digelar pada Desember.", "2021-05-20", &[("Desember", "2020-12")]),
        // a modifier after the month names which one, its own month included ("Mei lalu" in May is this May)
        ("Uji coba pertama sejak Mei lalu, ketika rudal ditembakkan.", "2025-10-22", &[("Mei lalu", "2025-05")]),
        ("Kejuaraan digelar awal Mei lalu.", "2018-05-20", &[("Mei lalu", "2018-05")]),
        ("Naskah ditandatangani Maret mendatang.", "2025-10-22", &[("Maret mendatang", "2026-03")]),
        ("Kontak terakhir pada Juli 2019.", "2021-05-20", &[("Juli 2019", "2019-07")]),
        ("Pembicaraan pada 2019 dan kunjungan pada awal tahun itu.", "2021-05-20", &[("2019", "2019"), ("awal tahun itu", "2019")]),
        ("Proyek selesai dua hari lalu.", "2021-05-20", &[("dua hari lalu", "2021-05-18")]),
        ("Rapat akan digelar bulan depan.", "2024-12-10", &[("bulan depan", "2025-01")]),
        ("Tahun lalu harga naik.", "2021-05-20", &[("Tahun lalu", "2020")]),
        ("Polisi menangkap pelaku pada Jumat.", "2021-05-20", &[("Jumat", "2021-05-14")]),
        ("Dokumen bertanggal (16/11/2015) itu hilang.", "2016-01-01", &[("(16/11/2015)", "2015-11-16")]),
        ("Jumlah korban mencapai 2021 orang.", "2021-05-20", &[]),
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
        ("The talks took place on August 12, 2021 in Oslo.", "2021-08-14", &[("August 12, 2021", "2021-08-12")]),
        ("He arrived on Wednesday.", "2021-08-14", &[("Wednesday", "2021-08-11")]),
        ("Officials met last week.", "2021-08-14", &[("last week", "2021-W31")]),
        ("They will meet again on Monday next week.", "2021-08-11", &[("Monday next week", "2021-08-16")]),
        ("The vote was held in March.", "2021-08-14", &[("March", "2021-03")]),
        ("She may visit again.", "2021-08-14", &[]),
        ("The attack came three days ago.", "2021-08-14", &[("three days ago", "2021-08-11")]),
        ("Fighting erupted in 2014.", "2021-08-14", &[("2014", "2014")]),
        ("On August 12th the ministers spoke.", "2021-08-14", &[("August 12th", "2021-08-12")]),
        // month/day first in English; a full date whose first number cannot be a month is day/month
        ("Issued on: 3/4/2021", "2021-08-14", &[("3/4/2021", "2021-03-04")]),
        ("Issued on: 13/04/2021", "2021-08-14", &[("13/04/2021", "2021-04-13")]),
        ("The vote share was 13/4 in favour.", "2021-08-14", &[]),
    ];
    for (text, dct, want) in cases {
        let got = run("en", text, Some(dct));
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(&got, want, "{text}");
    }
}

#[test]
fn weekday_with_day_and_month_fixes_the_year() {
    // 14 May is a Tuesday in 2019 (not 2018): the first such year after the latest one mentioned
    let got = run("id", "Pada Selasa (14/5) mereka bertemu, pertama kali sejak Juni 2017.", None);
    assert_eq!(got[0], ("Selasa (14/5)".to_string(), "2019-05-14".to_string()));
    // with no year in the text there is nothing to anchor on
    let l = warta_lang::lang("id").unwrap();
    let mut toks = vec![];
    warta_text::tokenize("Pada Selasa (14/5) mereka bertemu.", 0, 0, &mut toks);
    assert_eq!(infer_dct(&recognise(l, &toks)), None);
    // … unless we fall back on the reading date: the latest year up to it where 14 May is a Tuesday
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    assert_eq!(infer_dct_at(&recognise(l, &toks), today), NaiveDate::from_ymd_opt(2024, 5, 14));
}

/// Like `run`, with the direction the recogniser found (a future marker) and anaphoric days as the stage resolves them.
fn run_dir(lang: &str, text: &str, dct: &str) -> Vec<(String, String)> {
    let l = warta_lang::lang(lang).unwrap();
    let mut toks = vec![];
    warta_text::tokenize(text, 0, 0, &mut toks);
    let dct = NaiveDate::parse_from_str(dct, "%Y-%m-%d").ok();
    recognise(l, &toks)
        .iter()
        .map(|f| {
            let (v, _) = normalise_dir(&f.raw, dct, None, f.future);
            (text[toks[f.tok_start].span.start..toks[f.tok_end - 1].span.end].to_string(), v)
        })
        .collect()
}

/// (language, text, DCT, expected (expression, value) pairs), each checked with `run_dir`.
type DirCases<'a> = &'a [(&'a str, &'a str, &'a str, &'a [(&'a str, &'a str)])];

fn check_dir(cases: DirCases) {
    for (lang, text, dct, want) in cases {
        let got = run_dir(lang, text, dct);
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(&got, want, "{text}");
    }
}

#[test]
fn future_markers_turn_bare_dates_forward() {
    // (language, text, DCT, expected (expression, value) pairs); 2021-05-20 is a Thursday
    let cases: DirCases = &[
        ("en", "The vote was held in March.", "2021-05-20", &[("March", "2021-03")]),
        ("en", "The vote will be held in March.", "2021-05-20", &[("March", "2022-03")]),
        ("en", "The deal is expected to close in December.", "2021-05-20", &[("December", "2021-12")]),
        ("en", "The ship was scheduled to return in March.", "2021-05-20", &[("March", "2021-03")]),
        ("en", "The ministers will meet on Tuesday.", "2021-05-20", &[("Tuesday", "2021-05-25")]),
        ("en", "The ministers met on Tuesday.", "2021-05-20", &[("Tuesday", "2021-05-18")]),
        ("en", "The troops have been there since March and will stay.", "2021-05-20", &[("March", "2021-03")]),
        ("id", "Pemilu akan digelar pada Maret.", "2021-05-20", &[("Maret", "2022-03")]),
        ("id", "Pemilu digelar pada Maret.", "2021-05-20", &[("Maret", "2021-03")]),
        ("id", "Kedua menteri dijadwalkan bertemu pada Selasa.", "2021-05-20", &[("Selasa", "2021-05-25")]),
        ("id", "Sidang akan dilanjutkan pada 2 Juni.", "2021-05-20", &[("2 Juni", "2021-06-02")]),
        ("id", "Sidang dilanjutkan pada 2 Juni.", "2021-06-20", &[("2 Juni", "2021-06-02")]),
    ];
    check_dir(cases);
}

#[test]
fn holidays_weekends_spelled_years_and_noon() {
    // 2021-05-20 is a Thursday; Thanksgiving 2020 fell on 26 November
    let cases: DirCases = &[
        ("en", "Sales fell after Thanksgiving.", "2021-05-20", &[("Thanksgiving", "2020-11-26")]),
        ("en", "Stores open again after Christmas.", "2021-01-04", &[("Christmas", "2020-12-25")]),
        ("en", "Stores will close on Christmas Eve.", "2021-12-01", &[("Christmas Eve", "2021-12-24")]),
        ("en", "Protests spread over the weekend.", "2021-05-20", &[("the weekend", "2021-W19-WE")]),
        ("en", "Protests will spread over the weekend.", "2021-05-20", &[("the weekend", "2021-W20-WE")]),
        ("en", "It was built in nineteen ninety-six.", "2021-05-20", &[("nineteen ninety-six", "1996")]),
        ("en", "By the year two thousand it had closed.", "2021-05-20", &[("two thousand", "2000")]),
        ("en", "Nineteen people were hurt.", "2021-05-20", &[]),
        ("en", "Profit rose in fiscal 2020.", "2021-05-20", &[("fiscal 2020", "2020")]),
        ("en", "The polls close at noon Thursday.", "2021-05-20", &[("noon Thursday", "2021-05-20T12:00")]),
        ("en", "Earnings fell from the year-earlier quarter.", "2021-05-20", &[("the year-earlier quarter", "2020-Q1")]),
        ("id", "Upacara digelar pada Hari Kemerdekaan.", "2021-09-01", &[("Hari Kemerdekaan", "2021-08-17")]),
        ("id", "Demo berlangsung pada akhir pekan.", "2021-05-20", &[("akhir pekan", "2021-W19-WE")]),
        ("id", "Demo berlangsung akhir pekan ini.", "2021-05-20", &[("akhir pekan ini", "2021-W20-WE")]),
    ];
    check_dir(cases);
}

#[test]
fn since_marks_an_anchor_not_an_event_time() {
    let l = warta_lang::lang("id").unwrap();
    let mut toks = vec![];
    warta_text::tokenize("kontak pertama sejak Juni 2017", 0, 0, &mut toks);
    let f = recognise(l, &toks);
    assert_eq!(f.len(), 1);
    assert!(f[0].since);
}

#[test]
fn shift_moves_a_day_by_a_duration_and_nothing_else() {
    let cases: &[(&str, &str, i64, Option<&str>)] = &[
        ("2025-06-11", "P1D", -1, Some("2025-06-10")),
        ("2025-03-01", "P2D", -1, Some("2025-02-27")),
        ("2024-12-30", "P1W", 1, Some("2025-01-06")),
        ("2024-03-31", "P1M", -1, Some("2024-02-29")),
        ("2024-02-29", "P1Y", 1, Some("2025-02-28")),
        ("2025-06", "P1D", -1, None),
        ("2025-06-11", "PXD", -1, None),
        ("2025-06-11", "PT3H", -1, None),
        ("2025-06-11T10:00", "P1D", -1, None),
        ("", "P1D", 1, None),
    ];
    for (day, dur, dir, want) in cases {
        assert_eq!(shift(day, dur, *dir).as_deref(), *want, "{day} {dur} {dir}");
    }
}

#[test]
fn regression_would_before_a_weekday_is_future_but_not_after_it() {
    // "would" before the expression marks the next one; after it, it belongs to the clause that follows
    let cases: DirCases = &[
        ("en", "The Vatican said the funeral would be held on Saturday.", "2025-04-21", &[("Saturday", "2025-04-26")]),
        ("en", "He announced on Thursday that the country would not seek talks.", "2024-12-01", &[("Thursday", "2024-11-28")]),
    ];
    check_dir(cases);
}

/// (text, value) of every time expression of an Indonesian paragraph published on `published`, through the
/// text and time stages (the whole-document path, with the days told before).
fn story_times(text: &str, published: &str) -> Vec<(String, String)> {
    use warta_core::{Doc, Stage};
    let mut d = Doc::from_bytes("t", text.as_bytes().to_vec());
    d.set_paragraphs(vec![text.to_string()]);
    d.language = Some("id".into());
    d.published_hint = Some(published.into());
    warta_text::TextStage.process(&mut d).unwrap();
    TimeStage.process(&mut d).unwrap();
    d.times.iter().map(|t| (t.text.clone(), t.value.clone())).collect()
}

#[test]
fn regression_days_before_were_counted_from_the_day_a_state_began() {
    // "tiga hari sebelumnya" counts from the last day an act was told on, not from "sejak 1 Juli"
    let got = story_times("Ia bertemu Presiden pada Jumat (5/7/2024). Negara itu memimpin blok sejak 1 Juli 2024. Ia berkunjung ke ibu kota tiga hari sebelumnya.", "2024-07-06");
    assert!(got.contains(&("tiga hari sebelumnya".into(), "2024-07-02".into())), "{got:?}");
}

#[test]
fn regression_a_fused_count_before_sebelumnya_was_a_duration() {
    // "Sehari sebelumnya" opening a sentence is the day before the one told, not a one-day duration
    let got = story_times("Ia berpidato pada Rabu (5/3/2025). Sehari sebelumnya, ia mengunjungi pabrik itu. Sepekan kemudian ia pulang.", "2025-03-06");
    assert!(got.contains(&("Sehari sebelumnya".into(), "2025-03-04".into())), "{got:?}");
    assert!(got.contains(&("Sepekan kemudian".into(), "2025-03-11".into())), "{got:?}");
}

#[test]
fn regression_the_same_night_was_the_day_of_publication() {
    // "pada malam yang sama" is the day last told (as "hari yang sama" is), not the page's
    let got = story_times("Warga merusak pos jaga pada Jumat (3/3/2023) malam. Pada malam yang sama, warga merusak kantor lain.", "2023-03-04");
    assert!(got.contains(&("malam yang sama".into(), "2023-03-03".into())), "{got:?}");
}

#[test]
fn regression_a_month_one_was_invited_to_was_last_year() {
    // an invitation ("mengundang X menghadiri … pada November") looks ahead, however far before the month it stands
    let got = story_times("Presiden Peru mengundang Presiden Cile menghadiri konferensi iklim di Lima, ibu kota Peru, pada November.", "2023-10-05");
    assert!(got.contains(&("November".into(), "2023-11".into())), "{got:?}");
}

#[test]
fn days_between_days_only() {
    for (from, to, want) in [("2025-04-30", "2025-05-01", Some(1)), ("2024-02-28", "2024-03-01", Some(2)), ("2025-05-01", "2025-04-24", Some(-7)), ("2025-08-29TNI", "2025-08-30", Some(1)), ("2025-04", "2025-05-01", None), ("PAST_REF", "2025-05-01", None)] {
        assert_eq!(days_between(from, to), want, "{from} → {to}");
    }
}

#[test]
fn is_after_by_days_else_by_the_calendar_both_give() {
    for (a, b, want) in [("2025-08-01", "2025-07-09", true), ("2025-07-09", "2025-07-09", false), ("2025-08-01TNI", "2025-07-31", true), ("2025-08", "2025-07-09", true), ("2025-07", "2025-07-09", false), ("2025", "2024-12-31", true), ("2025", "2025-07-09", false), ("PAST_REF", "2025-07-09", false)] {
        assert_eq!(is_after(a, b), want, "{a} after {b}");
    }
}

#[test]
fn regression_a_time_right_after_an_invitation_was_read_as_ahead() {
    // "invited her in May" tells when the invitation was made (the last May); an invitation "to attend …
    // in May" still looks ahead
    let cases: DirCases = &[
        ("en", "The Chilean president invited her in May.", "2023-03-02", &[("May", "2022-05")]),
        ("en", "The Chilean president invited her to attend a climate conference in Lima in May.", "2023-03-02", &[("May", "2023-05")]),
    ];
    check_dir(cases);
}

#[test]
fn regression_an_obligation_by_a_weekday_took_the_last_one() {
    // "They must leave the country by midnight on Saturday" (told on a Monday): an obligation is ahead (`must`,
    // `harus`: future markers), so the Saturday after
    let cases: DirCases = &[
        ("en", "They must leave Chile by midnight on Saturday.", "2024-10-14", &[("Saturday", "2024-10-19")]),
        ("id", "Mereka harus meninggalkan Cile paling lambat Sabtu.", "2024-10-14", &[("Sabtu", "2024-10-19")]),
    ];
    check_dir(cases);
}

#[test]
fn a_day_within_a_week_or_its_weekend() {
    let cases = [("2025-W25-WE", "2025-06-22", true), ("2025-W25-WE", "2025-06-21", true), ("2025-W25-WE", "2025-06-20", false), ("2025-W25", "2025-06-16", true), ("2025-W25", "2025-06-23", false), ("2025-06", "2025-06-22", false), ("2025-W25-WE", "2025-06", false)];
    for (period, day, want) in cases {
        assert_eq!(within(period, day), want, "{period} {day}");
    }
}

#[test]
fn regression_saat_itu_and_the_same_day_after_a_month_were_the_story_day() {
    // "Saat itu" is the time last told (a month here); "pada hari yang sama" after an earlier month told alone is of
    // that month; a time after the last day that holds it ("akhir tahun ini") leaves "hari yang sama" the day
    let got = story_times("Presiden Cile tiba di Lima pada Jumat (23/8/2024). Ia bertemu Presiden Peru pada Juli lalu. Saat itu Bolivia mengecam pertemuan itu sebab di hari yang sama rudal menghantam kota.", "2024-08-23");
    assert!(got.contains(&("Saat itu".into(), "2024-07".into())), "{got:?}");
    assert!(got.contains(&("hari yang sama".into(), "2024-07".into())), "{got:?}");
    let got = story_times("Menlu Cile bertemu Menlu Peru, Kamis (10/7/2025). Ia diundang ke Lima akhir tahun ini. Pada hari yang sama, ia bertemu Menlu Bolivia.", "2025-07-10");
    assert!(got.contains(&("hari yang sama".into(), "2025-07-10".into())), "{got:?}");
}

#[test]
fn regression_a_date_line_with_its_year_glued_to_the_clock_gave_no_date() {
    // a flattened date line ("March 3, 20219:05 PM GMT") dates the page; the weekday in the body follows it
    use warta_core::{Doc, Stage};
    let text = "The minister spoke on Wednesday.";
    let mut d = Doc::from_bytes("t", text.as_bytes().to_vec());
    d.set_paragraphs(vec![text.to_string()]);
    d.header = vec!["By Staff".into(), "March 3, 20219:05 PM GMT+1Updated 2 years ago".into()];
    d.language = Some("en".into());
    warta_text::TextStage.process(&mut d).unwrap();
    TimeStage.process(&mut d).unwrap();
    assert_eq!(d.article.published.as_deref(), Some("2021-03-03"));
    assert!(!d.article.published_inferred);
    let got: Vec<(String, String)> = d.times.iter().map(|t| (t.text.clone(), t.value.clone())).collect();
    assert!(got.contains(&("Wednesday".into(), "2021-03-03".into())), "{got:?}");
    assert_eq!(unglue_year_clock("12 May 20251:30 PM"), "12 May 2025 1:30 PM");
    assert_eq!(unglue_year_clock("code 123456:78 and 2021:05"), "code 123456:78 and 2021:05", "not a year before a clock");
}

#[test]
fn regression_a_month_opening_a_span_between_two_months_was_no_time() {
    // "between October and February", "antara Oktober dan Februari": the month after the word of a span is a month
    let got = run("en", "Rebels hit the camp 40 times between October and March.", Some("2024-04-15"));
    assert!(got.contains(&("October".into(), "2023-10".into())), "{got:?}");
    assert!(got.contains(&("March".into(), "2024-03".into())), "{got:?}");
    let got = run("id", "Pemberontak menyerang pangkalan itu 40 kali antara Oktober dan Februari.", Some("2024-04-15"));
    assert!(got.contains(&("Oktober".into(), "2023-10".into())), "{got:?}");
}

#[test]
fn regression_a_day_after_before_and_a_gerund_was_last_weeks_in_a_sentence_of_plans() {
    // "is expected to tour X, the capital of the north, and the city of Z before returning home on Friday": the gerund's phrase has the
    // sentence's tense (2024-09-11 is a Wednesday); a sentence of the past keeps the last Friday
    let cases: DirCases = &[
        ("en", "The president is expected to tour Arica, the capital of the northern region, and the port of Iquique before returning home on Friday.", "2024-09-11", &[("Friday", "2024-09-13")]),
        ("en", "The president visited Arica, the capital of the northern region, and the port of Iquique before returning home on Friday.", "2024-09-11", &[("Friday", "2024-09-06")]),
    ];
    check_dir(cases);
}
