use super::*;
use warta_core::Stage;

fn code(lang: &str, text: &str, published: &str) -> Doc {
    code_titled(lang, None, text, published)
}

/// `code` for a page with a headline (the entity stage reads it for the story's home country).
fn code_titled(lang: &str, title: Option<&str>, text: &str, published: &str) -> Doc {
    let mut d = Doc::from_bytes("t", text.as_bytes().to_vec());
    d.set_paragraphs(text.split("\n\n").map(str::to_string).collect());
    d.article.title = title.map(str::to_string);
    d.language = Some(lang.into());
    d.published_hint = Some(published.into());
    warta_text::TextStage.process(&mut d).unwrap();
    warta_time::TimeStage.process(&mut d).unwrap();
    warta_entities::EntityStage.process(&mut d).unwrap();
    ActorStage.process(&mut d).unwrap();
    QuoteStage.process(&mut d).unwrap();
    EventStage.process(&mut d).unwrap();
    d
}

/// (code prefix, actor country, target country, modality) of each event, in order.
fn summary(d: &Doc) -> Vec<(String, String, String, String)> {
    let c = |p: &Option<warta_core::Participant>| p.as_ref().and_then(|p| p.country.clone()).unwrap_or_else(|| "-".into());
    d.events.iter().map(|e| (e.code.clone(), c(&e.actor), c(&e.target), e.modality.clone())).collect()
}

/// The name of the speaker of the text's first quote.
fn first_speaker(lang: &str, text: &str, published: &str) -> Option<String> {
    let d = code(lang, text, published);
    d.quotes.first().and_then(|q| q.speaker_name.clone())
}

/// The first event whose CAMEO code starts with `code`, or a failure that lists what was coded.
fn event_coded<'a>(d: &'a Doc, code: &str) -> &'a warta_core::Event {
    d.events.iter().find(|e| e.code.starts_with(code)).unwrap_or_else(|| panic!("{:?}", summary(d)))
}

fn has(d: &Doc, code: &str, actor: &str, target: &str) -> bool {
    summary(d).iter().any(|(c, a, t, _)| c.starts_with(code) && a == actor && t == target)
}

#[test]
fn events_table() {
    // (language, text, document date, expected events as (code prefix, actor, target))
    let cases: &[(&str, &str, &str, &[(&str, &str, &str)])] = &[
        ("id", "Menteri Luar Negeri Jepang bertemu dengan Menteri Luar Negeri Korea Selatan di Seoul.", "2024-02-06", &[("040", "JPN", "KOR")]),
        ("id", "Presiden Prancis mengutuk serangan Rusia terhadap Ukraina.", "2024-02-06", &[("111", "FRA", "RUS"), ("18", "RUS", "UKR")]),
        ("id", "Presiden Amerika Serikat dan Tiongkok berbicara melalui telepon.", "2024-02-06", &[("041", "USA", "CHN")]),
        ("id", "Ukraina diserang oleh Rusia pada 2022.", "2024-02-06", &[("18", "RUS", "UKR")]),
        ("en", "Chinese President Xi Jinping visited Moscow on Monday.", "2024-03-20", &[("042", "CHN", "RUS")]),
        ("en", "Chilean President Rudi Hartanto ordered the expulsion of Peru's remaining diplomats.", "2025-10-02", &[("161", "CHL", "PER")]),
        ("en", "Peru had given Santiago early notice of the strike.", "2025-06-23", &[("010", "PER", "CHL")]),
        ("id", "Presiden Cile Rudi Hartanto dan Presiden Peru Kresna Wibowo menyaksikan penandatanganan perjanjian dagang di Santiago.", "2025-09-24", &[("057", "CHL", "PER")]),
        ("en", "Israel accused Iran of launching drones.", "2024-03-20", &[("112", "ISR", "IRN")]),
        ("en", "Turkey and Greece signed a migration agreement.", "2024-03-20", &[("057", "TUR", "GRC")]),
        // the conjunct may follow the rest of the subject's name and open with a modifier
        ("id", "Angkatan Laut Filipina dan Angkatan Laut Jepang menggelar latihan bersama di Manila.", "2024-03-20", &[("062", "PHL", "JPN")]),
        ("en", "Iran and the powerful Iraqi Kurdistan Regional Government agreed to resume talks.", "2024-03-20", &[("036", "IRN", "IRQ")]),
        // a country's name before a place noun names the place, not a participant
        ("en", "Iran and Iraq agreed to resume talks in the Omani capital of Muscat.", "2024-03-20", &[("036", "IRN", "IRQ")]),
        // help with a bare verb is taking part, not aid
        ("en", "Kenyan police arrested two men who had helped plan the bombing.", "2024-03-20", &[("173", "KEN", "-")]),
        // generic sides of one country with different sectors are two sides
        ("en", "Kenyan lawmakers opposed the martial law declared by the Kenyan president.", "2024-03-20", &[("11", "KEN", "KEN"), ("1724", "KEN", "KEN")]),
        // compound sides: an event for every actor and every target named
        ("en", "Chile and Peru condemned Bolivia.", "2024-03-20", &[("111", "CHL", "BOL"), ("111", "PER", "BOL")]),
        ("en", "Chile condemned Bolivia, Paraguay and the unruly Uruguay.", "2024-03-20", &[("111", "CHL", "BOL"), ("111", "CHL", "PRY"), ("111", "CHL", "URY")]),
        // … but an apposition is one side, and a second clause's object is not a conjunct
        ("en", "Chile condemned Bolivia, its neighbour.", "2024-03-20", &[("111", "CHL", "BOL")]),
        ("en", "Chile condemned Bolivia and urged Peru to mediate.", "2024-03-20", &[("111", "CHL", "BOL"), ("02", "CHL", "PER")]),
        // "the government of X" is X's
        ("en", "The government of Chile condemned Bolivia.", "2024-03-20", &[("111", "CHL", "BOL")]),
        // a word inside a name triggers nothing ("United" in "United States", "Associated" in "Associated Press")
        ("en", "Chile and the United States have had close ties for decades.", "2024-03-20", &[]),
        // … and a progressive form is the verb ("are seeking to deepen ties": intent to cooperate)
        ("en", "Chile and Peru are seeking to deepen ties.", "2024-03-20", &[("03", "CHL", "PER")]),
        ("en", "Chile said the Associated Press would open an office in Peru.", "2024-03-20", &[]),
        // "condemned an attack by X": the attacker is the target; an agent "in X" is of X
        ("en", "Chile condemned an attack by Bolivian soldiers in Peru.", "2024-03-20", &[("111", "CHL", "BOL"), ("18", "BOL", "PER")]),
        ("en", "Protesters in Chile accused Bolivia of spying.", "2024-03-20", &[("112", "CHL", "BOL")]),
        // talks held for a purpose: what they are about is not another act
        ("id", "Menteri Luar Negeri Mesir berbicara melalui telepon dengan Menteri Luar Negeri Qatar untuk membahas bantuan kemanusiaan bagi Sudan.", "2024-03-20", &[("041", "EGY", "QAT")]),
        // a coordinated second act of the same subject is coded too
        ("en", "Brazil welcomed the sanctions and urged Argentina to go further.", "2024-03-20", &[("051", "BRA", "-"), ("02", "BRA", "ARG")]),
        // "the two governments" (and "they" after them): the sides of the last mutual act
        ("en", "Kenya and Uganda signed a trade pact on Monday.\n\nThe two governments also agreed to hold joint border patrols.", "2024-03-20", &[("057", "KEN", "UGA"), ("030", "KEN", "UGA")]),
        // two countries sharing one head noun act together; a protest targets the authorities where it happens
        ("en", "Egyptian and Jordanian activists staged a protest in Tunis.", "2024-03-20", &[("14", "EGY", "TUN"), ("14", "JOR", "TUN")]),
        // … and are both sides of a mutual act
        ("en", "Kenyan and Ugandan troops held joint drills.", "2024-03-20", &[("062", "KEN", "UGA")]),
        // a closing attribution names the source, not a target
        ("en", "Chile shelled a border post near the lake, Peru's foreign minister said.", "2024-03-20", &[("19", "CHL", "-")]),
        // a visit targets its host
        ("en", "Kenyan President William Ruto arrived in Kampala on Monday.", "2024-03-20", &[("042", "KEN", "UGA")]),
        // what a protest rejects is its cause, not another act (the protest itself is aimed at the government of the state it
        // takes place in)
        ("id", "JAKARTA - Ribuan buruh menggelar unjuk rasa menolak kenaikan harga bahan bakar di depan Gedung DPR, Senin.", "2024-03-20", &[("14", "IDN", "IDN")]),
        // frame svo_in: where an investment goes is its recipient
        ("id", "Jepang siap berinvestasi di Vietnam dalam pembangunan pelabuhan baru.", "2024-03-20", &[("0311", "JPN", "VNM")]),
        // an active verb after a passive auxiliary is passive; a name opening a hyphenated word stands for it
        ("en", "Two Chilean trawlers were seized by Peru on Monday.", "2024-03-20", &[("171", "PER", "CHL")]),
        ("en", "Peru seized two Chilean-flagged trawlers on Monday.", "2024-03-20", &[("171", "PER", "CHL")]),
        // "X said Y must …": a demand of the speaker's
        ("en", "Chile said Peru must release the trawlers.", "2024-03-20", &[("100", "CHL", "PER")]),
        // frame mutual: the coordinated subjects fight each other; "disputed" is no act; expelling an envoy
        ("en", "Indian and Pakistani troops exchanged fire at a disputed border post on Monday.", "2024-03-20", &[("193", "IND", "PAK")]),
        ("en", "Peru said it would expel Chile's ambassador.", "2024-03-20", &[("161", "PER", "CHL")]),
        // a mutual act of three named before the verb is one between every two of them
        ("en", "Chile, Peru and Bolivia held a phone call on Monday about the drought.", "2024-03-20", &[("041", "CHL", "PER"), ("041", "CHL", "BOL"), ("041", "PER", "BOL")]),
        // a missile fired into the sea is a show of force, with no target
        ("en", "North Korea fired a ballistic missile into the sea on Monday.", "2024-03-20", &[("150", "PRK", "-")]),
        // a reporting verb that opens an act of its own; an agent before a conjunction shares the next one's country
        ("id", "Presiden Mesir menyampaikan belasungkawa kepada pemerintah dan rakyat Yordania.", "2024-03-20", &[("018", "EGY", "JOR")]),
        // an agent "di X" a few words on is of X
        ("id", "Jepang mengirim bantuan kemanusiaan untuk korban gempa bumi di Nepal.", "2024-03-20", &[("073", "JPN", "NPL")]),
        // a hypothetical act is none; taking to the streets is protest; citizens named after their country
        ("en", "Iran warned that any attack on its soil would be answered.", "2024-03-20", &[("13", "IRN", "-")]),
        ("en", "Kenyan students took to the streets of Nairobi on Monday.", "2024-03-20", &[("141", "KEN", "KEN")]),
        ("id", "Pemerintah Malaysia mendeportasi 50 warga negara Filipina pekan lalu.", "2024-03-20", &[("174", "MYS", "PHL")]),
        // summoning an envoy is disapproval of the envoy's state; mediators mediate together
        ("en", "Peru summoned Chile's ambassador to protest the arrests.", "2024-03-20", &[("111", "PER", "CHL")]),
        ("en", "Brazil and Mexico mediated the talks between the two rebel groups.", "2024-03-20", &[("045", "BRA", "-"), ("045", "MEX", "-")]),
        // what an appeal asks for is its content; a missile into the sea; a formal protest; agreeing to go on talking
        ("id", "Korea Selatan mendesak Korea Utara kembali ke meja perundingan.", "2024-03-20", &[("02", "KOR", "PRK")]),
        ("id", "Korea Utara meluncurkan sebuah rudal balistik ke laut pada Senin.", "2024-03-20", &[("150", "PRK", "-")]),
        ("id", "Jepang menyampaikan protes keras kepada Korea Utara.", "2024-03-20", &[("111", "JPN", "PRK")]),
        ("id", "Presiden Mesir bertemu Presiden Yordania di Kairo pada Senin (3/3/2025).\n\nKedua kepala negara sepakat melanjutkan perundingan soal Gaza.", "2025-03-05", &[("040", "EGY", "JOR"), ("036", "EGY", "JOR")]),
        // an order inside one government is administration, not an event
        ("en", "SANTIAGO, Chile (AP) — Chilean President Gabriel Boric ordered the authorities to help the victims.", "2024-03-20", &[]),
    ];
    for (lang, text, dct, want) in cases {
        let d = code(lang, text, dct);
        for (c, a, t) in *want {
            assert!(has(&d, c, a, t), "{text}: want {c} {a}->{t}, got {:?}", summary(&d));
        }
        assert_eq!(d.events.len(), want.len(), "{text}: {:?}", summary(&d));
    }
}

#[test]
fn negation_is_kept_as_modality() {
    let d = code("id", "Rusia tidak menyerang Ukraina.", "2024-02-06");
    assert_eq!(summary(&d), vec![("180".into(), "RUS".into(), "UKR".into(), "negated".into())]);
}

#[test]
fn event_date_comes_from_its_clause_not_the_document() {
    let d = code("en", "Chinese President Xi Jinping visited Moscow on Monday.", "2024-03-20");
    assert_eq!(d.events[0].date.as_deref(), Some("2024-03-18"));
    assert_eq!(d.events[0].date_source.as_deref(), Some("clause"));
    let d = code("id", "Ukraina diserang oleh Rusia pada 2022.", "2024-02-06");
    assert_eq!(d.events[0].date.as_deref(), Some("2022"));
    assert!(d.events[0].background, "a 2022 attack told in 2024 is background");
}

#[test]
fn casualties_and_place_come_from_the_event_sentence() {
    let d = code("en", "A car bomb killed at least 12 people in Baghdad on Sunday.\n\nOfficials in Cairo condemned the violence.", "2024-03-20");
    let e = d.events.iter().find(|e| e.code.starts_with("18")).expect("a bombing");
    assert_eq!(e.fatalities.as_ref().map(|f| f.min), Some(12));
    assert_eq!(e.location.as_ref().map(|l| l.name.as_str()), Some("Baghdad"));
    assert_eq!(e.target.as_ref().and_then(|t| t.country.as_deref()), Some("IRQ"));
}

#[test]
fn quotes_get_their_speaker_after_the_quote() {
    let d = code("id", "“Kami akan terus membantu,” kata Menteri Luar Negeri Jepang, Taro Yamada.", "2024-02-06");
    assert_eq!(d.quotes.len(), 1);
    assert_eq!(d.quotes[0].speaker_name.as_deref(), Some("Taro Yamada"));
    let d = code("en", "\"We will not give up,\" Ukrainian President Volodymyr Zelenskyy said.", "2024-02-06");
    assert_eq!(d.quotes[0].speaker_name.as_deref(), Some("Volodymyr Zelenskyy"));
}

#[test]
fn every_event_code_is_in_the_cameo_table() {
    for code in warta_lang::languages() {
        for p in &warta_lang::lang(code).unwrap().events {
            if p.code != "-" {
                assert!(cameo().contains_key(&p.code), "{code}: {} is not a CAMEO code", p.code);
            }
        }
    }
}

/// A dateline names where the story was filed: "CAIRO, Egypt (AP) — Israeli forces…" once made
/// Egypt the attacker.
#[test]
fn regression_a_dateline_country_is_not_the_actor() {
    let d = code("en", "CAIRO, Egypt (AP) — Israeli forces shelled positions near the border on Monday.", "2024-03-20");
    assert!(summary(&d).iter().any(|(c, a, _, _)| c.starts_with("19") && a == "ISR"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(_, a, _, _)| a == "EGY"), "{:?}", summary(&d));
}

/// "killed two suspected militants": the count is read over modifiers to its noun.
#[test]
fn casualties_are_counted_over_modifiers() {
    let d = code("en", "Troops in Nigeria killed three suspected armed rebels in a raid.", "2024-03-20");
    assert_eq!(d.events.iter().find_map(|e| e.fatalities.as_ref().map(|f| f.min)), Some(3), "{:?}", summary(&d));
}

/// "The attack killed five people": a definite mention of an act already coded is that act, and
/// what it adds (the dead) goes to it.
#[test]
fn a_definite_mention_is_the_earlier_act_again() {
    let d = code("en", "Militants attacked a police station in northern Nigeria on Monday. The attack killed five people, officials said.", "2024-03-20");
    let violent: Vec<_> = d.events.iter().filter(|e| e.code.starts_with("18") || e.code.starts_with("19")).collect();
    assert_eq!(violent.len(), 1, "{:?}", summary(&d));
    assert_eq!(violent[0].fatalities.as_ref().map(|f| f.min), Some(5));
}


/// A lexicon that codes "said" (as PETRARCH's test dictionaries do) must not give "…, an official
/// said" the reported clause's actor as its recipient.
#[test]
fn regression_a_reporting_verb_takes_no_recipient_from_the_reported_clause() {
    let d = warta_lang::petrarch::Dictionaries::parse("CHILE [CHL]\nBOLIVIA [BOL]\n", "OFFICIAL [~GOV]\n", "--- ABANDON [345] ---\nABANDON\n--- SAY [023] ---\nSAY {SAID SAYS SAYING}\n").unwrap();
    warta_lang::register(d.overlay(warta_lang::lang("en").unwrap(), "en+test-reporting")).unwrap();
    for text in ["Chile abandoned Bolivia, a senior official said on Saturday.", "Chile will abandon ties with Bolivia, a senior official said on Saturday.", "Chile abandoned ties with Bolivia years after crowds trashed its embassy, a senior official said on Saturday."] {
        let doc = code("en+test-reporting", text, "2024-03-20");
        assert!(has(&doc, "345", "CHL", "BOL"), "{text}: {:?}", summary(&doc));
        assert!(doc.events.iter().all(|e| e.code != "023" || e.target.is_none()), "{text}: {:?}", summary(&doc));
    }
}

/// "Chilean police and lawmakers": an agent right after another one and a conjunction shares its country.
#[test]
fn coordinated_agents_share_a_country() {
    let d = code("en", "Chilean police and lawmakers met on Monday.", "2024-03-20");
    let actors = crate::actors::actor_mentions(&d, warta_lang::lang("en").unwrap());
    let lawmakers = actors.iter().find(|a| &d.body[a.span.start..a.span.end] == "lawmakers").expect("lawmakers is an agent");
    assert_eq!((lawmakers.country.as_deref(), lawmakers.sector.as_deref()), (Some("CHL"), Some("LEG")));
}

/// In a sports story, "menyerang" is game talk: no violence is coded in the paragraphs that speak of
/// sport, unless a casualty count comes with it; other paragraphs are coded as usual.
#[test]
fn violence_in_a_sports_paragraph_is_game_talk() {
    let text = "Tim Jepang menyerang pertahanan Korea Selatan sejak awal pertandingan, dan mencetak gol kedua dalam laga itu.\n\nDi perbatasan, militer Jepang menyerang pos Korea Selatan.";
    let d = code("id", text, "2024-03-20");
    let violent: Vec<_> = d.events.iter().filter(|e| e.code.starts_with("18") || e.code.starts_with("19")).collect();
    assert_eq!(violent.len(), 1, "{:?}", summary(&d));
    assert!(violent[0].sentence.starts_with("Di perbatasan"), "{:?}", summary(&d));
}

/// "… serangan udara … yang menewaskan 10 orang pada Senin": the relative clause's time dates the
/// attack it describes, not the condemnation of it.
#[test]
fn regression_a_relative_clause_time_dates_its_noun_not_the_main_verb() {
    let d = code("en", "Chile condemned an air strike by Bolivia which killed 10 people on Monday.", "2024-03-20");
    let condemn = d.events.iter().find(|e| e.code.starts_with("11")).expect("a condemnation");
    let strike = d.events.iter().find(|e| e.code.starts_with("19") || e.code.starts_with("18")).expect("a strike");
    assert_eq!(strike.date.as_deref(), Some("2024-03-18"), "{:?}", summary(&d));
    assert_eq!(condemn.date.as_deref(), Some("2024-03-20"), "{:?}", summary(&d));
}

/// "since March 2021, when Kenyan troops shelled …": the time before "when" dates its clause,
/// though "since" only anchors.
#[test]
fn a_when_clause_is_dated_by_the_time_before_it() {
    let d = code("en", "Relations have been tense since March 2021, when Kenyan troops shelled a Ugandan border post.", "2024-03-20");
    let e = d.events.iter().find(|e| e.code.starts_with("19")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(e.date.as_deref(), Some("2021-03"));
    assert!(e.background);
}

/// An arrest "di Kabupaten Klaten" happened in Klaten, not in any other place of the sentence.
#[test]
fn a_place_after_an_administrative_word_is_the_event_location() {
    let d = code("id", "Polisi Indonesia menangkap dua orang di Kabupaten Klaten, Jawa Tengah, pada Senin.", "2025-01-10");
    let e = d.events.iter().find(|e| e.code == "173").unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(e.location.as_ref().map(|l| l.name.as_str()), Some("Klaten"));
}

/// "killed three Bolivians", "two Indian soldiers": the people of a country, or an agent of one, are
/// counted like "people"; a count of dead in the next sentence of the paragraph goes to the attack.
#[test]
fn nationals_are_counted_as_casualties() {
    let d = code("en", "Chilean troops killed three Bolivians near the border on Monday.", "2024-03-20");
    assert_eq!(d.events.iter().find_map(|e| e.fatalities.as_ref().map(|f| f.min)), Some(3), "{:?}", summary(&d));
    let d = code("en", "Pakistani troops shelled a border post on Monday, killing at least two Indian soldiers.", "2024-03-20");
    assert_eq!(d.events.iter().find_map(|e| e.fatalities.as_ref().map(|f| f.min)), Some(2), "{:?}", summary(&d));
    let d = code("id", "Rusia meluncurkan serangan drone ke Ukraina pada Senin malam. Sedikitnya tiga warga sipil tewas.", "2024-03-20");
    let e = d.events.iter().find(|e| e.code.starts_with("19")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!((e.actor.as_ref().and_then(|a| a.country.as_deref()), e.fatalities.as_ref().map(|f| f.min)), (Some("RUS"), Some(3)), "{:?}", summary(&d));
}

/// "di depan kantor DPRD Jawa Barat, Bandung": the city after the province is the narrower place.
#[test]
fn a_city_after_a_province_is_the_location() {
    let d = code("id", "BANDUNG - Mahasiswa menggelar unjuk rasa di depan kantor DPRD Jawa Barat, Bandung, Senin.", "2024-03-20");
    let e = d.events.iter().find(|e| e.code.starts_with("14")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(e.location.as_ref().map(|l| l.name.as_str()), Some("Bandung"));
}

/// "Kedua menteri membahas …" after their meeting, with no time of its own, is that meeting.
#[test]
fn the_two_sides_go_on_with_the_encounter_just_told() {
    let d = code("id", "Menteri Luar Negeri Mesir bertemu Menteri Luar Negeri Qatar di Kairo pada Senin (3/3/2025).\n\nKedua menteri membahas bantuan bagi Sudan dan Gaza.", "2025-03-05");
    let talks: Vec<_> = d.events.iter().filter(|e| e.code.starts_with("04")).collect();
    assert_eq!(talks.len(), 1, "{:?}", summary(&d));
    assert_eq!(talks[0].date.as_deref(), Some("2025-03-03"));
}

/// "condemned the attack": the act told before is the object, and its doer the target; a city just
/// before a verb stands for its state ("a charge Santiago denies").
#[test]
fn a_condemned_act_targets_its_doer_and_a_capital_speaks_for_its_state() {
    let d = code("en", "Bolivia attacked a border post in Peru on Monday.\n\nChile condemned the attack as a grave violation of international law.", "2024-03-20");
    assert!(has(&d, "111", "CHL", "BOL"), "{:?}", summary(&d));
    let d = code("en", "Peru imposed sanctions on Chile on Monday.\n\nChile called the sanctions illegal and unjustified.", "2024-03-20");
    assert!(has(&d, "111", "CHL", "PER"), "{:?}", summary(&d));
    let d = code("en", "Peru accused Chile of spying on its navy, a charge Santiago denies.", "2024-03-20");
    assert!(has(&d, "112", "PER", "CHL") && summary(&d).iter().any(|(c, a, _, _)| c.starts_with("016") && a == "CHL"), "{:?}", summary(&d));
}

/// "MANILA, Sept 17 (Reuters) - … on Tuesday": the dateline's date is the filing's, not the event's.
#[test]
fn regression_a_dateline_date_does_not_date_the_event() {
    let d = code("en", "LIMA, March 20 (Reuters) - Chilean troops shelled a Peruvian border post on Monday, the army said.", "2024-03-20");
    let e = d.events.iter().find(|e| e.code.starts_with("19")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(e.date.as_deref(), Some("2024-03-18"));
}

/// "Dua prajurit TNI gugur": the side of the dead stands between the count and the outcome, and
/// "gugur" (killed on duty) is a death; the count goes to the attack of the sentence before.
#[test]
fn the_side_of_the_dead_between_count_and_outcome_is_skipped() {
    let d = code("id", "JAKARTA - Kelompok bersenjata menyerang pos TNI di Kabupaten Puncak, Senin (3/6/2024). Tiga prajurit TNI gugur dalam serangan itu.", "2024-06-03");
    let e = d.events.iter().find(|e| e.code.starts_with("18") || e.code.starts_with("19")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(e.fatalities.as_ref().map(|f| f.min), Some(3), "{:?}", summary(&d));
}

/// "… kapal Peru yang memasuki perairan itu, Kamis (24/10/2024).": a day set off by a comma at the end
/// of the sentence dates the main clause, though a relative clause runs up to it.
#[test]
fn regression_a_closing_day_after_a_relative_clause_was_left_undated() {
    let d = code("id", "Jakarta - Angkatan Laut Chile mengusir kapal Peru yang memasuki perairan Chile, Kamis (24/10/2024).", "2024-10-25");
    let e = d.events.iter().find(|e| e.code.starts_with("17")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(e.date.as_deref(), Some("2024-10-24"));
    // without the comma the time is the relative clause's
    let d = code("id", "Chile mengecam serangan yang menewaskan 12 orang pada Kamis (24/10/2024).", "2024-10-26");
    let e = d.events.iter().find(|e| e.code.starts_with("11")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_ne!(e.date.as_deref(), Some("2024-10-24"));
}

/// "Peru vetoed the draft. Chile called the veto a disgrace.": the act told again by its noun
/// ("the veto" of "vetoed") has its doer as the target.
#[test]
fn the_noun_of_an_earlier_verb_makes_its_doer_the_target() {
    let d = code("en", "Peru on Monday vetoed a draft resolution on fishing rights. Chile's foreign minister called the veto a disgrace.", "2024-10-26");
    assert!(has(&d, "111", "CHL", "PER"), "{:?} {:?}", summary(&d), d.entities.iter().map(|e| (&e.name, &e.country)).collect::<Vec<_>>());
}

/// "Police spokesman Rudi Hartanto said officers had responded to \"acts of vandalism\"": the person
/// after the agent is the speaker, not the police.
#[test]
fn regression_the_agent_before_a_spokesman_was_taken_as_the_speaker() {
    let d = code("en", "LIMA, March 3 (Reuters) - Peruvian police spokesman Rudi Hartanto said officers had responded to \"acts of vandalism\" and arrested 65 people.", "2024-03-04");
    assert_eq!(d.quotes.len(), 1);
    assert_eq!(d.quotes[0].speaker_name.as_deref(), Some("Rudi Hartanto"), "{:?}", d.quotes);
}

/// "Kemlu Chile mengecam …. \"…,\" tulis Kemlu Chile, Sabtu malam.": a statement without a time of its
/// own is dated by the day its words are attributed in the next sentence.
#[test]
fn a_statement_is_dated_by_the_attribution_of_its_quote() {
    let d = code("id", "Pemerintah Chile mengecam tindakan Peru tersebut.\n\n\"Tindakan itu melanggar hukum internasional,\" tulis Pemerintah Chile dalam pernyataannya, Sabtu (4/10/2025) malam.", "2025-10-06");
    let e = d.events.iter().find(|e| e.code.starts_with("11")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!((e.date.as_deref(), e.date_source.as_deref()), (Some("2025-10-04"), Some("statement")), "{:?}", d.quotes);
}

/// "Angkatan Laut Chile mencegat sebuah kapal Peru": intercepting a ship is seizing it (1711).
#[test]
fn intercepting_a_ship_is_seizing_it() {
    let d = code("id", "Angkatan Laut Chile mencegat sebuah kapal Peru di perairan internasional, Sabtu (4/10/2025).", "2025-10-05");
    assert!(summary(&d).iter().any(|(c, a, _, _)| c == "1711" && a == "CHL"), "{:?}", summary(&d));
    let d = code("en", "The Chilean navy intercepted a Peruvian fishing boat on Saturday.", "2025-10-05");
    assert!(has(&d, "1711", "CHL", "PER"), "{:?}", summary(&d));
}

/// "Chile wants to attack Peru", "Chile said it will attack Peru": after a modal cue the noun form
/// ("attack") is a verb, its subject the actor (the possessor rule put Peru first).
#[test]
fn regression_a_noun_after_a_modal_took_its_object_as_the_actor() {
    let d = code("en", "Chile wants to attack Peru.", "2024-03-04");
    assert!(has(&d, "18", "CHL", "PER"), "{:?}", summary(&d));
    assert!(d.events.iter().all(|e| e.modality == "intended"), "{:?}", summary(&d));
    // (force a side says it will use is a threat of it, made when said: 138)
    let d = code("en", "Chile said it will attack Peru.", "2024-03-04");
    assert!(has(&d, "138", "CHL", "PER"), "{:?}", summary(&d));
}

/// "Chile, Peru, and Bolivia met on Monday": the comma before "and" closes a list, not a clause.
#[test]
fn regression_a_serial_comma_split_a_list_of_sides() {
    let d = code("en", "Chile, Peru, and Bolivia met on Monday.", "2024-03-05");
    assert_eq!(d.events.iter().filter(|e| e.code.starts_with("04")).count(), 3, "{:?}", summary(&d));
    // a comma and a conjunction between clauses still split them
    let d = code("en", "Chile condemned Peru, and Bolivia recalled its ambassador.", "2024-03-05");
    assert!(has(&d, "111", "CHL", "PER") && summary(&d).iter().any(|(c, a, _, _)| c.starts_with("16") && a == "BOL"), "{:?}", summary(&d));
}

/// "10 Chilean soldiers killed in an ambush": the counted side before an outcome word with no
/// object is the victim.
#[test]
fn regression_counted_victims_were_coded_as_the_attacker() {
    let d = code("en", "There were 10 Chilean soldiers killed near the border today.", "2024-03-05");
    let e = d.events.iter().find(|e| e.code.starts_with("19") || e.code.starts_with("18")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!((e.actor.as_ref().and_then(|a| a.country.as_deref()), e.target.as_ref().and_then(|a| a.country.as_deref())), (None, Some("CHL")), "{:?}", summary(&d));
    assert_eq!(e.fatalities.as_ref().map(|f| f.min), Some(10));
    // "Two gunmen killed five people": the doers, with an object
    let d = code("en", "Two Peruvian gunmen killed five people in Lima on Monday.", "2024-03-05");
    let e = d.events.iter().find(|e| e.code.starts_with("19") || e.code.starts_with("18")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(e.actor.as_ref().and_then(|a| a.country.as_deref()), Some("PER"), "{:?}", summary(&d));
}

/// "Peru ratified the agreement with the European Union": ratifying is signing (CAMEO 057).
#[test]
fn ratifying_an_agreement_is_signing_it() {
    let d = code("en", "Peru ratified a trade agreement with the European Union on Tuesday.", "2024-03-06");
    assert!(d.events.iter().any(|e| e.code == "057" && e.target.as_ref().and_then(|t| t.code.as_deref()) == Some("IGOEUREEC")), "{:?}", summary(&d));
}

/// "Peru executed a man …. The group condemned the execution.": an execution is a killing (1823),
/// and "the execution" told again targets its doer; a dismissal of accusations is a denial (016)
/// answering the other side named before.
#[test]
fn executions_and_denials() {
    let d = code("en", "Peru has executed a man convicted of murder, state media reported on Monday.\n\nThe Oslo-based group Justicia Ahora condemned the execution.", "2024-12-16");
    assert!(summary(&d).iter().any(|(c, a, _, _)| c == "1823" && a == "PER"), "{:?}", summary(&d));
    assert!(summary(&d).iter().any(|(c, _, t, _)| c.starts_with("11") && t == "PER"), "{:?}", summary(&d));
    let d = code("id", "Kejaksaan Peru mengeksekusi dua terpidana, Senin (16/12/2024).", "2024-12-16");
    assert!(summary(&d).iter().any(|(c, a, _, _)| c == "1823" && a == "PER"), "{:?}", summary(&d));
    let d = code("en", "Chilean prosecutors said on Monday three men had spied for Peru.\n\nPeru's embassy dismissed the accusations as a smear.", "2024-12-16");
    assert!(has(&d, "016", "PER", "CHL"), "{:?}", summary(&d));
}

/// "Chile dan Peru saling menuduh", "Chile and Peru accused each other": each side does it to the
/// other; "Chile and Peru condemned the decision": both act, neither is the other's target.
#[test]
fn regression_coordinated_subjects_were_made_each_others_target() {
    for (lang, text) in [("id", "Chile dan Peru saling menuduh melanggar gencatan senjata, Senin."), ("en", "Chile and Peru accused each other of violating the truce on Monday.")] {
        let d = code(lang, text, "2025-07-29");
        assert!(has(&d, "112", "CHL", "PER") && has(&d, "112", "PER", "CHL"), "{lang}: {:?}", summary(&d));
    }
    let d = code("en", "Chile and Peru condemned the decision on Monday.", "2025-07-29");
    assert!(summary(&d).iter().all(|(_, _, t, _)| t == "-"), "{:?}", summary(&d));
    assert_eq!(d.events.len(), 2, "{:?}", summary(&d));
    // an agreement or a ceasefire is between them
    let d = code("en", "Chile and Peru agreed to an immediate ceasefire on Monday.", "2025-07-29");
    assert!(has(&d, "0", "CHL", "PER") || has(&d, "0", "PER", "CHL"), "{:?}", summary(&d));
}

/// "Pasukan Kamboja menembaki posisi tentara Thailand": "menembaki" is a verb, not a noun whose
/// possessor follows (Thailand was taken as the shooter).
#[test]
fn regression_a_verb_listed_as_a_noun_took_its_object_as_the_actor() {
    let d = code("id", "Pasukan Peru menembaki posisi tentara Chile, Selasa (29/7/2025).", "2025-07-29");
    assert!(has(&d, "19", "PER", "CHL"), "{:?}", summary(&d));
}

/// "Kemlu memanggil Duta Besar Peru": summoning an envoy is disapproval (111); "perairan yang diklaim
/// Peru" is a claim to the sea, not a claim of responsibility (015).
#[test]
fn summons_and_territorial_claims() {
    let d = code("id", "JAKARTA - Kementerian Luar Negeri Chile memanggil Duta Besar Peru, Kamis (13/2/2025). Kapal Peru berpatroli di perairan yang diklaim Peru.", "2025-02-13");
    assert!(has(&d, "111", "CHL", "PER"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c == "015"), "{:?}", summary(&d));
    // a protest with no recipient named answers the other side of the paragraph before
    let d = code("id", "JAKARTA - Kapal patroli Peru memasuki perairan Chile, Selasa (11/2/2025).\n\nChile menyampaikan nota protes atas kehadiran kapal tersebut.", "2025-02-13");
    assert!(has(&d, "111", "CHL", "PER"), "{:?} {:?}", summary(&d), d.entities.iter().map(|e| (&e.name, &e.country)).collect::<Vec<_>>());
}

/// "Rudi Hartanto thanked Kresna Wibowo … and said he looked forward …": "he" is the one who says it
/// (the subject of the clause before), not the person named last; a congratulatory message is praise.
#[test]
fn regression_he_after_said_was_taken_for_the_object() {
    let d = code("en", "Chilean President Rudi Hartanto thanked Peruvian President Kresna Wibowo for his wishes and said he looked forward to working with Peru.", "2024-09-24");
    assert!(has(&d, "013", "CHL", "PER"), "{:?}", summary(&d));
    assert!(!has(&d, "013", "PER", "PER"), "{:?}", summary(&d));
    let d = code("en", "Peru's President Kresna Wibowo sent a congratulatory message to Chilean President Rudi Hartanto on Monday.", "2024-09-24");
    assert!(has(&d, "051", "PER", "CHL"), "{:?}", summary(&d));
}

/// "RS X diserang tank Peru …. Chile mengutuk serangan tersebut.": a weapon stands for its forces in a
/// passive without "oleh", and the attack told again targets that generic doer's country.
#[test]
fn regression_a_condemned_attack_by_a_generic_doer_had_no_target() {
    let d = code("id", "LIMA -- Sebuah rumah sakit di Arica diserang tank Peru pada Senin (20/11/2023) dini hari.\n\nKementerian Luar Negeri Chile mengutuk keras serangan tersebut.", "2023-11-20");
    assert!(summary(&d).iter().any(|(c, a, _, _)| c.starts_with("18") && a == "PER"), "{:?}", summary(&d));
    assert!(has(&d, "11", "CHL", "PER"), "{:?}", summary(&d));
}

/// Figurative attacks and a closing attribution that opens with its verb: "Serangan hama wereng
/// merusak sawah", "Produk impor menyerang pasar dalam negeri, kata Menteri X", "The trade war pushed
/// prices higher" are no events, and the minister is not a target.
#[test]
fn regression_figurative_attacks_were_coded_as_violence() {
    let d = code("id", "Serangan hama wereng merusak ratusan hektare sawah di Karawang, Senin (3/3/2025).\n\nProduk impor dari China menyerang pasar dalam negeri, kata Menteri Perdagangan Budi Santoso.", "2025-03-03");
    assert!(d.events.is_empty(), "{:?}", summary(&d));
    let d = code("en", "The trade war between Chile and Peru pushed soybean prices higher on Monday.", "2025-03-03");
    assert!(d.events.is_empty(), "{:?}", summary(&d));
    // a real attack with a closing attribution keeps its target and not the speaker
    let d = code("id", "Pasukan Peru menyerang pos militer Chile, kata Menteri Pertahanan Chile.", "2025-03-03");
    assert!(has(&d, "18", "PER", "CHL") && d.events.iter().all(|e| e.target.as_ref().is_none_or(|t| t.text != "Menteri Pertahanan Chile")), "{:?}", summary(&d));
}

/// A verb's base form after a modal ("will close", "plans to expel", "did not sign") was no trigger:
/// the patterns are written in past forms, and a bare base form is too often a noun to be one.
#[test]
fn regression_a_base_form_after_a_modal_was_no_trigger() {
    let d = code("en", "Chile will close the Peruvian consulate in Arica, the foreign minister said on Monday.", "2025-03-03");
    assert!(summary(&d).iter().any(|(c, a, t, m)| c.starts_with("16") && a == "CHL" && t == "PER" && m == "intended"), "{:?}", summary(&d));
    let d = code("en", "Chile did not sign the agreement with Peru.", "2025-03-03");
    assert!(summary(&d).iter().all(|(c, _, _, m)| !c.starts_with("057") || m == "negated") && summary(&d).iter().any(|(c, _, _, _)| c.starts_with("057")), "{:?}", summary(&d));
    // a verb that begins a cue itself is no act ("might want X to …"), nor a base form after "must"
    let d = code("en", "Chile might want Peru to leave the talks. Under the treaty Peru must comply.", "2025-03-03");
    assert!(d.events.iter().all(|e| !e.code.starts_with("03")), "{:?}", summary(&d));
}

/// What a condition governs is no act: "help each other if either is attacked", "jika diserang".
#[test]
fn regression_a_conditional_attack_was_coded() {
    let d = code("en", "Chile and Peru signed a treaty on Monday that commits them to help each other if either is attacked.", "2025-03-03");
    assert!(has(&d, "057", "CHL", "PER") && d.events.iter().all(|e| !e.code.starts_with("18")), "{:?}", summary(&d));
    let d = code("id", "Chile akan membalas jika Peru menyerang wilayahnya.", "2025-03-03");
    assert!(d.events.iter().all(|e| !e.code.starts_with("18")), "{:?}", summary(&d));
}

/// A casualty report with neither side named ("At least 39 people were killed on Thursday") was
/// dropped; "clashes left dozens dead" was a departure (040); "said the situation improved" made the
/// speaker the doer.
#[test]
fn regression_a_casualty_report_without_sides_was_dropped() {
    let d = code("en", "Chile imposed a curfew on Friday after clashes left dozens dead.\n\nAt least 39 people were killed on Thursday alone, according to hospital officials.\n\nRudi Hartanto, general secretary of the ruling party, said the curfew would stay until the situation improved.", "2025-05-12");
    assert!(d.events.iter().any(|e| e.code.starts_with("18") && e.fatalities.as_ref().is_some_and(|f| f.min == 39)), "{:?}", summary(&d));
    assert!(d.events.iter().all(|e| !e.code.starts_with("04") && !e.code.starts_with("06")), "{:?}", summary(&d));
    // … but not beside an act of force of the same sentence that names its sides
    let d = code("en", "Chilean troops killed two militants during a raid on a hideout.", "2025-05-12");
    assert_eq!(d.events.iter().filter(|e| e.code.starts_with("18") || e.code.starts_with("19")).count(), 1, "{:?}", summary(&d));
}

/// "Rusia dan Ukraina saling menukar tawanan perang dan warga sipil": an exchange is a release each
/// way between the subjects, whatever it names after the verb; an exchange is no symmetric pair.
#[test]
fn regression_a_reciprocal_exchange_took_its_object_as_target() {
    let d = code("id", "Chile dan Peru saling menukar 390 tawanan perang dan warga sipil pada Jumat (23/5/2025).", "2025-05-24");
    assert!(has(&d, "0841", "CHL", "PER") && has(&d, "0841", "PER", "CHL"), "{:?}", summary(&d));
}

/// A lead sentence's act with no place of its own took none: where the story was filed is its place
/// when that city is in a participant's country; "she" after the verb, the speaker again, was the
/// recipient of a threat to respond (the recipient is then the one who acted before).
#[test]
fn regression_the_dateline_place_and_the_speaker_as_recipient() {
    let d = code("en", "SANTIAGO, Chile (AP) — Chilean President Rudi Hartanto and Peruvian President Kresna Wibowo signed an agreement on Wednesday.", "2025-05-12");
    let e = d.events.iter().find(|e| e.code.starts_with("057")).expect("the signing");
    assert_eq!(e.location.as_ref().map(|l| l.name.as_str()), Some("SANTIAGO"));
    let d = code("en", "Chile closed the Peruvian consulate on Monday.\n\nPeruvian foreign ministry spokeswoman Rosa Kresna said Peru would respond to what she called a hostile decision.", "2025-05-12");
    assert!(has(&d, "13", "PER", "CHL"), "{:?}", summary(&d));
}

/// "Islamabad denied any role" had no recipient: a denial answers the last accusation against the
/// denier; "launched missile strikes" had no actor ("launched" is a light verb); the act of a relative
/// clause took the main clause's day instead of its own ("militants who attacked tourists last month").
#[test]
fn regression_a_denial_answers_its_accuser_and_a_relative_clause_keeps_its_time() {
    let d = code("en", "Gunmen killed 26 men at a market on April 22, an attack Peru blamed on Chile.\n\nChile denied any role.", "2025-05-07");
    assert!(has(&d, "016", "CHL", "PER"), "{:?}", summary(&d));
    let d = code("en", "Peru launched missile strikes on Chile early on Wednesday, saying it was targeting militants who attacked tourists last month.", "2025-05-07");
    assert!(d.events.iter().any(|e| (e.code.starts_with("19") || e.code.starts_with("18")) && e.actor.as_ref().and_then(|a| a.country.as_deref()) == Some("PER") && e.date.as_deref() == Some("2025-05-07")), "{:?}", summary(&d));
    assert!(d.events.iter().any(|e| e.code.starts_with("18") && e.date.as_deref() == Some("2025-04")), "{:?}", d.events.iter().map(|e| (&e.code, &e.date)).collect::<Vec<_>>());
}

/// "X urged the United States to stop arming Taiwan and said China would take countermeasures": the
/// second act of the sentence is addressed to the side the first named, not to the last country said.
#[test]
fn regression_a_second_act_of_a_sentence_went_to_the_last_country_named() {
    let d = code("en", "Chilean foreign ministry spokeswoman Rosa Kresna urged Peru to stop arming Bolivia and said Chile would take resolute countermeasures.", "2025-05-07");
    assert!(has(&d, "13", "CHL", "PER") && !has(&d, "13", "CHL", "BOL"), "{:?}", summary(&d));
}

/// Indonesian gaps found on regional and legal news: a prosecutor naming a suspect with a long name
/// between ("menetapkan mantan Direktur Utama PT X, Y, sebagai tersangka": `**` skips up to twelve
/// words); a generic agent after an act noun is its kind, not its target ("mengecam latihan militer
/// gabungan Chile dan Peru"); a verb after a relative clause's own verb is the main clause's; a
/// protest noun opening the sentence with a counted possessor; what a demand asks for, joined by "dan",
/// is its content.
#[test]
fn regression_indonesian_suspects_exercises_and_demands() {
    let d = code("id", "Kejaksaan Agung menetapkan mantan Direktur Utama PT Sinar Kresna, Rudi Wibowo, sebagai tersangka korupsi pada Selasa (21/1/2025).", "2025-01-21");
    assert!(summary(&d).iter().any(|(c, a, _, _)| c == "1121" && a == "IDN"), "{:?}", summary(&d));
    let d = code("id", "Bolivia mengecam latihan militer gabungan Chile dan Peru yang dimulai pada Senin (10/3/2025).", "2025-03-11");
    assert!(has(&d, "111", "BOL", "CHL") && !d.events.iter().any(|e| e.target.as_ref().is_some_and(|t| t.text == "militer")), "{:?}", summary(&d));
    let d = code("id", "Kementerian Luar Negeri Bolivia dalam pernyataan yang disiarkan kantor berita resmi mengancam akan mengambil tindakan tegas terhadap Chile.", "2025-03-11");
    assert!(has(&d, "13", "BOL", "CHL"), "{:?}", summary(&d));
    let d = code("id", "Unjuk rasa ratusan warga Peru di Lima berujung ricuh pada Kamis (8/5/2025).\n\nKoordinator aksi, Rudi Kresna, menuntut pemerintah Peru membatalkan rencana itu dan membebaskan warga yang ditahan.", "2025-05-08");
    assert!(summary(&d).iter().any(|(c, a, _, _)| c.starts_with("14") && a == "PER"), "{:?}", summary(&d));
    assert!(!d.events.iter().any(|e| e.code.starts_with("08")), "{:?}", summary(&d));
}

/// Force at home that kills with no victim named ("Chilean paramilitary forces shelled a camp,
/// killing at least 30 people") had no target: the dead are the story's own country's people.
#[test]
fn regression_the_dead_of_force_at_home_had_no_side() {
    let d = code("en", "SANTIAGO (AP) — Chilean paramilitary forces shelled a displacement camp on Saturday, killing at least 30 people, aid workers said.", "2025-04-12");
    assert!(has(&d, "19", "CHL", "CHL"), "{:?}", summary(&d));
}

/// An arrest told right after a raid by the same side had no target ("… killed three Peruvians during
/// a raid. The military said its troops arrested 12 suspects"): the same operation against the same
/// side; an act in an "after" clause with no time of its own took the main clause's day.
#[test]
fn regression_an_operation_told_on_and_an_act_of_another_time() {
    let d = code("en", "SANTIAGO (AP) — Chilean forces killed three Peruvians during a raid on a border camp on Monday.\n\nThe Chilean military said its troops had arrested 12 wanted suspects in the camp.", "2025-01-14");
    assert!(has(&d, "173", "CHL", "PER"), "{:?}", summary(&d));
    let d = code("en", "Bolivia on Friday imposed sanctions on Chilean companies, days after Chile approved an arms sale to Peru.", "2024-12-27");
    let sale = d.events.iter().find(|e| e.code.starts_with("072")).expect("the arms sale");
    assert_eq!(sale.date, None, "{:?}", summary(&d));
}

/// "Peru said its navy seized two Chilean boats": after a possessive pronoun a generic actor had the
/// story's country (or none), not that of the one it belongs to.
#[test]
fn regression_its_troops_had_no_country() {
    let d = code("en", "Peru said its navy seized two Chilean fishing boats on Monday.", "2025-01-14");
    assert!(has(&d, "171", "PER", "CHL"), "{:?}", summary(&d));
}

/// "Rudi Hartanto said on Sunday that the blaze in May 2024 had been commissioned by Peruvian
/// services": a speaker saying an act was ordered by someone accuses them, on the day of the
/// report; the month "May" is no cue of possibility.
#[test]
fn regression_an_act_said_to_be_ordered_by_someone_and_may_the_month() {
    let d = code("en", "Chilean Prime Minister Rudi Hartanto said on Sunday that the blaze at a Santiago mall in May 2024 had been commissioned by Peruvian services.", "2025-05-12");
    let e = d.events.iter().find(|e| e.code.starts_with("112")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!((e.actor.as_ref().and_then(|a| a.country.as_deref()), e.target.as_ref().and_then(|t| t.country.as_deref()), e.date.as_deref(), e.modality.as_str()), (Some("CHL"), Some("PER"), Some("2025-05-11"), "asserted"));
}

/// "the sale, which it said would help the island maintain peace": helping something happen is no
/// aid (070), after a modal as in the past ("helped boost exports").
#[test]
fn regression_helping_something_happen_was_aid() {
    let d = code("en", "Peru thanked Chile for the sale, which it said would help the country maintain peace.", "2025-05-12");
    assert!(d.events.iter().all(|e| !e.code.starts_with("07")) && has(&d, "051", "PER", "CHL"), "{:?}", summary(&d));
}

/// "pertemuan antara X dan Y", "talks between X and Y" had no sides or the host's: the two named are
/// its sides, whoever holds it; "pertemuan itu" told again was a new meeting.
#[test]
fn regression_a_meeting_between_two_and_the_meeting_told_again() {
    let d = code("id", "Peru menggelar pertemuan antara Chile dan Bolivia di Lima pada Senin (28/7/2025).\n\nMenteri Luar Negeri Chile menyebut pertemuan itu sangat baik.", "2025-07-28");
    let meetings: Vec<_> = summary(&d).into_iter().filter(|(c, _, _, _)| c.starts_with("04")).collect();
    assert_eq!(meetings.len(), 1, "{:?}", summary(&d));
    assert!(has(&d, "04", "CHL", "BOL"), "{:?}", summary(&d));
}

/// "Gencatan senjata antara Chile dan Peru berlaku sejak 27 November 2024" was coded as a new
/// ceasefire on the day of the story: a state told with the time it began is dated by that time
/// (`since`), unless a superlative makes the time a comparison.
#[test]
fn regression_a_state_since_a_time_was_dated_by_the_story() {
    let d = code("id", "Gencatan senjata antara Chile dan Peru berlaku sejak 27 November 2024.", "2025-03-22");
    let e = d.events.iter().find(|e| e.code.starts_with("087")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!((e.date.as_deref(), e.date_source.as_deref(), e.background), (Some("2024-11-27"), Some("since"), true));
    let d = code("en", "Chilean troops attacked a Peruvian border post on Saturday in the deadliest attack since 2015.", "2025-03-22");
    assert!(d.events.iter().all(|e| e.date.as_deref() != Some("2015")), "{:?}", d.events.iter().map(|e| (&e.code, &e.date)).collect::<Vec<_>>());
}

/// "were killed in an Israeli airstrike", "tewas dalam serangan udara X": the dead told before the act's
/// cause are its victims, the side named before the act noun its doer; the outcome verb codes nothing.
#[test]
fn regression_the_dead_of_an_act_named_after_them_had_no_doer() {
    for (lang, text, dead) in [
        ("en", "At least 12 Chileans were killed in a Peruvian airstrike on a school on Friday.", 12),
        ("en", "Five civilians died in Peruvian shelling of Santiago on Sunday.", 5),
        ("en", "Peruvian shelling killed five civilians in Santiago on Sunday.", 5),
        ("id", "Sedikitnya 12 warga Chile tewas dalam serangan udara Peru di sebuah sekolah pada Jumat.", 12),
        ("id", "Lima warga sipil tewas akibat tembakan artileri Peru di Santiago pada Minggu.", 5),
    ] {
        let d = code(lang, text, "2024-03-20");
        let s = summary(&d);
        assert_eq!(s.len(), 1, "{text}: {s:?}");
        assert!(s[0].0.starts_with("19") && s[0].1 == "PER" && s[0].2 == "CHL", "{text}: {s:?}");
        assert_eq!(d.events[0].fatalities.as_ref().map(|f| f.min), Some(dead), "{text}");
    }
    // a country's adjective is a side, not the place ("in Peruvian shelling"); "at Chilean cities" is a place
    let d = code("en", "Five civilians died in Peruvian shelling on Sunday.", "2024-03-20");
    assert!(d.events.iter().all(|e| e.location.as_ref().is_none_or(|l| l.country.as_deref() != Some("PER"))), "{:?}", d.events);
    let d = code("en", "Peru launched more than 500 drones at Chilean cities on Sunday, killing at least 12 people.", "2024-03-20");
    assert!(has(&d, "19", "PER", "CHL"), "{:?}", summary(&d));
}

/// "Sudan plunged into war", "Klitschko mengatakan serangan itu": a verb between a side and an act noun
/// makes no doer of it; a foiled attack did not happen.
#[test]
fn regression_a_side_before_a_verb_was_taken_as_an_act_nouns_doer() {
    for (lang, text) in [
        ("en", "Peru plunged into war in April 2023."),
        ("en", "Peruvian police foiled an attack on a bank in Lima on Sunday."),
        ("id", "Wali Kota Lima mengatakan serangan itu merusak gedung."),
        ("id", "Polisi Peru menggagalkan rencana serangan di Lima pada Minggu."),
    ] {
        let d = code(lang, text, "2024-03-20");
        assert!(d.events.iter().all(|e| e.code.as_str() < "18" || e.actor.is_none()), "{text}: {:?}", summary(&d));
    }
}

/// "repelled an RSF assault": the act a violent verb takes as its object is the same engagement, not a
/// second event; "at least 12 Chileans" is a count, not a place.
#[test]
fn regression_a_repelled_assault_was_a_second_event() {
    let d = code("en", "The Peruvian army said its troops repelled a Chilean assault on a border post and killed 20 fighters.", "2024-03-20");
    assert_eq!(d.events.iter().filter(|e| e.code.as_str() >= "18").count(), 1, "{:?}", summary(&d));
    let d = code("en", "At least 12 Chileans were killed in a Peruvian airstrike on Friday.", "2024-03-20");
    assert!(d.events.iter().all(|e| e.location.is_none()), "{:?}", d.events);
}

/// "X claimed responsibility for an attack …": the claimant did the act it claims, told in the same
/// sentence or just before, and the claim is addressed to that act's target.
#[test]
fn regression_a_claimed_attack_had_no_doer() {
    for (lang, text) in [
        ("en", "Peruvian rebels claimed responsibility for an attack on a police station in Santiago on Sunday."),
        ("en", "Gunmen attacked a police station in Santiago on Sunday, killing three officers. Peruvian rebels claimed responsibility for the attack."),
        ("id", "Pemberontak Peru mengaku bertanggung jawab atas serangan di sebuah kantor polisi di Santiago pada Minggu."),
    ] {
        let d = code(lang, text, "2024-03-20");
        assert!(has(&d, "015", "PER", "CHL"), "{text}: {:?}", summary(&d));
        assert!(has(&d, "18", "PER", "CHL"), "{text}: {:?}", summary(&d));
    }
}

/// Gaps found on pages written this session (each a general rule; names from the test vocabulary).
#[test]
fn regression_progressive_forms_expulsions_and_recalls() {
    // a progressive form after "be" is the verb; a recalled envoy's recipient is the state it leaves;
    // the possessive of the actor's own country is no target
    let d = code("en", "Peru's foreign minister announced he was recalling Peru's ambassador from Santiago.", "2024-03-20");
    assert!(has(&d, "161", "PER", "CHL"), "{:?}", summary(&d));
    // the diplomats of a list of countries ordered out: one event each
    let d = code("en", "Chile on Monday ordered the diplomats of Peru, Bolivia and Argentina to leave the country.", "2024-03-20");
    for c in ["PER", "BOL", "ARG"] {
        assert!(has(&d, "16", "CHL", c), "{c}: {:?}", summary(&d));
    }
    // "Myanmar (Burma)" is named "Myanmar" or "Burma"
    let d = code("en", "Myanmar condemned Burma's critics in Chile.", "2024-03-20");
    assert!(d.entities.iter().any(|e| e.id == "MMR"), "{:?}", d.entities);
}

#[test]
fn regression_participles_and_orders_inside_a_state_were_acts() {
    for (lang, text) in [
        // a participle after an article is an adjective; one before "by" describes its noun
        ("en", "Peruvian jets struck camps of the outlawed Chilean rebels on Monday."),
        ("en", "Peruvian troops backed by local militias were deployed on Monday."),
        // an order from the head of state to the state's own agencies is administration
        ("en", "Peru's President ordered security agencies to ensure the students' safe return."),
        // a source's reserve is no act
        ("en", "A Peruvian official, who declined to be named, said the talks were over."),
    ] {
        let d = code(lang, text, "2024-03-20");
        assert!(d.events.iter().all(|e| !matches!(e.code.as_str(), "172" | "051" | "100" | "120" | "02" | "10") && !e.code.starts_with("17") && !e.code.starts_with("05") && !e.code.starts_with("10") && !e.code.starts_with("12")), "{text}: {:?}", summary(&d));
    }
}

#[test]
fn regression_regions_titles_and_closing_days() {
    // a place before an administrative word is a region of the possessive's country, or of the one
    // country its sentence names
    // (a made-up place no gazetteer knows: "Quenari")
    let d = code("en", "Gunmen abducted 20 students in northwest Peru's Quenari state on Sunday.", "2024-03-20");
    assert!(d.entities.iter().any(|e| e.name == "Quenari" && e.country.as_deref() == Some("PER")), "{:?}", d.entities);
    assert!(d.events.iter().any(|e| e.location.as_ref().is_some_and(|l| l.name == "Quenari")), "{:?}", d.events);
    let d = code("en", "Chilean and Peruvian troops clashed in the Quenari region on Sunday.", "2024-03-20");
    assert!(d.entities.iter().any(|e| e.name == "Quenari" && e.country.is_none()), "{:?}", d.entities);
    // two titles of one person joined by "sekaligus": the list of sides runs on through the first
    let d = code("id", "Menteri Pertahanan Peru Rudi Hartanto dan Wakil Perdana Menteri sekaligus Menteri Pertahanan Chile Kresna Wibowo menandatangani perjanjian kerja sama pertahanan di Lima, Kamis (29/8/2024).", "2024-08-30");
    assert!(has(&d, "057", "PER", "CHL") || has(&d, "057", "CHL", "PER"), "{:?}", summary(&d));
    // a day told after a comma and a preposition at the end of the sentence dates the main clause
    let d = code("id", "Polisi Peru menangkap tiga warga negara Chile yang diduga menyelundupkan narkoba di Tacna, pada Selasa (27/8/2024).", "2024-08-29");
    assert!(d.events.iter().any(|e| e.code.starts_with("173") && e.date.as_deref() == Some("2024-08-27")), "{:?}", d.events);
    // a name of an organisation after a title, then a person's name in apposition
    let d = code("id", "Juru bicara Pertahanan Sipil Santiago, Kresna Wibowo, mengatakan korban terus bertambah.", "2024-08-29");
    assert!(d.entities.iter().any(|e| e.name == "Kresna Wibowo" && e.country.as_deref() == Some("CHL")), "{:?}", d.entities);
}

#[test]
fn regression_a_toll_since_the_war_began_was_merged_with_todays_strike() {
    let d = code("id", "Sedikitnya 30 warga Chile tewas dalam serangan udara Peru di Santiago pada Sabtu (14/6/2025).\n\nSejak perang pecah pada Oktober 2023, lebih dari 5.000 warga Chile tewas di Santiago.", "2025-06-15");
    let strike = d.events.iter().find(|e| e.date.as_deref() == Some("2025-06-14")).expect("the strike");
    assert_eq!(strike.fatalities.as_ref().map(|f| f.min), Some(30), "{:?}", d.events);
    // "At least 27 people, including nine children, were killed in …": the count over the parenthetical
    let d = code("en", "At least 27 people, including nine children, were killed in a Peruvian air strike on Saturday.", "2025-06-15");
    assert!(d.events.iter().any(|e| e.fatalities.as_ref().is_some_and(|f| f.min == 27)), "{:?}", d.events);
}

#[test]
fn regression_counterparts_aid_drills_and_gerunds() {
    // a counterpart holds the role of the person named before; thanks are praise
    let d = code("en", "Peruvian Foreign Minister Rudi Hartanto met his Chilean counterpart Kresna Wibowo in Lima on Friday.\n\nWibowo thanked Peru for its support.", "2024-03-20");
    assert!(d.entities.iter().any(|e| e.name == "Kresna Wibowo" && e.country.as_deref() == Some("CHL") && e.roles.iter().any(|r| r.role == "foreign minister")), "{:?}", d.entities);
    assert!(has(&d, "051", "CHL", "PER"), "{:?}", summary(&d));
    // humanitarian aid given or pledged is aid, not PETRARCH's bare 'provide' (060); told with "will", the intent
    // to give it (0333)
    let d = code("en", "Chile will provide $30 million in additional humanitarian aid for Peruvians.", "2024-03-20");
    assert!(has(&d, "0333", "CHL", "PER"), "{:?}", summary(&d));
    let d = code("en", "Chile provided $30 million in additional humanitarian aid for Peruvians.", "2024-03-20");
    assert!(has(&d, "073", "CHL", "PER"), "{:?}", summary(&d));
    // drills around a territory are a show of force, not military cooperation
    let d = code("en", "Chile's military launched large-scale joint drills around Peru on Tuesday.", "2024-03-20");
    assert!(has(&d, "150", "CHL", "PER"), "{:?}", summary(&d));
    // a gerund after a word of another time is the sentence subject's, told with its day
    let d = code("en", "Chile will send aid, its foreign minister said on Friday after meeting Peru's foreign minister in Santiago.", "2024-03-22");
    assert!(d.events.iter().any(|e| e.code.starts_with("04") && e.date.as_deref() == Some("2024-03-22")), "{:?}", d.events);
    // a light verb in its progressive form before an act noun is no act of its own
    let d = code("en", "Chile is conducting military exercises near the border with Peru.", "2024-03-22");
    assert!(d.events.iter().all(|e| e.code != "060"), "{:?}", summary(&d));
    // a court's sentence is legal action against the sentenced
    let d = code("id", "Majelis hakim Pengadilan Negeri Lima menjatuhkan vonis 10 tahun penjara kepada mantan Menteri Perdagangan Peru Rudi Hartanto, Rabu (12/2/2025).", "2025-02-12");
    assert!(d.events.iter().any(|e| e.code.starts_with("17") && e.target.as_ref().is_some_and(|t| t.country.as_deref() == Some("PER"))), "{:?}", summary(&d));
}

#[test]
fn regression_an_act_a_day_after_another_was_undated() {
    // the act counted from is the one a definite description in the main clause refers back to
    let d = code("en", "Peruvian warplanes struck rebel camps in northern Chile on Wednesday.\n\nThe strikes came a day after three Peruvian soldiers were killed in a rebel attack on a base near the border.", "2025-06-12");
    let attack = d.events.iter().find(|e| e.fatalities.as_ref().is_some_and(|f| f.min == 3)).expect("the attack on the base");
    assert_eq!(attack.date.as_deref(), Some("2025-06-10"), "{:?}", d.events);
    // … or the day told before the duration; "before" counts forward
    let d = code("en", "Chile condemned Peru on Monday, two days before Peruvian troops attacked a Chilean border post.", "2025-06-20");
    assert!(d.events.iter().any(|e| e.code.starts_with("18") && e.date.as_deref() == Some("2025-06-18")), "{:?}", d.events);
    let d = code("id", "Serangan itu terjadi sehari setelah pasukan Peru menembaki pos perbatasan Chile.\n\n", "2025-06-12");
    assert!(d.events.iter().all(|e| e.date.as_deref() != Some("2025-06-11")), "no act before it: nothing to count from {:?}", d.events);
    let d = code("id", "Pasukan Peru menyerang Santiago pada Rabu (11/6/2025).\n\nSerangan itu terjadi dua hari setelah pasukan Chile menembaki pos perbatasan Peru.", "2025-06-12");
    assert!(d.events.iter().any(|e| e.code.starts_with("19") && e.actor.as_ref().is_some_and(|a| a.country.as_deref() == Some("CHL")) && e.date.as_deref() == Some("2025-06-09")), "{:?}", d.events);
    // an undated act after a word of another time with no distance told stays undated
    let d = code("en", "The strikes came after Peruvian troops attacked a Chilean border post.", "2025-06-20");
    assert!(d.events.iter().filter(|e| e.code.starts_with("18")).all(|e| e.date.is_none()), "{:?}", d.events);
}

#[test]
fn regression_strikes_tolls_and_threats_of_six_unseen_pages() {
    // military strikes carried out by two states are an attack by each (not a labour strike)
    let d = code("en", "Chile and Peru carried out strikes on rebel targets in Bolivia on Thursday night.", "2024-01-12");
    assert!(has(&d, "19", "CHL", "BOL") && has(&d, "19", "PER", "BOL"), "{:?}", summary(&d));
    // "an attack on <city>": the city's country is the target and the place; the dead told with the hurt
    let d = code("en", "A massive Peruvian missile attack on Santiago killed 12 people on Thursday.", "2025-04-24");
    assert!(d.events.iter().any(|e| e.code.starts_with("18") && e.actor.as_ref().and_then(|a| a.country.as_deref()) == Some("PER") && e.target.as_ref().and_then(|t| t.country.as_deref()) == Some("CHL") && e.location.as_ref().is_some_and(|l| l.name == "Santiago")), "{:?}", d.events);
    let d = code("en", "Peruvian troops attacked Santiago on Thursday.\n\nAt least 12 people were killed and 90 injured in the overnight attack.", "2025-04-24");
    assert!(d.events.iter().all(|e| !e.code.starts_with("186")), "the outcome verb codes nothing: {:?}", summary(&d));
    assert!(d.events.iter().any(|e| e.code.starts_with("18") && e.fatalities.as_ref().is_some_and(|f| f.min == 12)), "{:?}", d.events);
    // a toll of one
    let d = code("en", "Gunmen attacked a Chilean police patrol on Sunday, killing one officer and wounding another.", "2023-09-24");
    assert!(d.events.iter().any(|e| e.fatalities.as_ref().is_some_and(|f| f.min == 1)), "{:?}", d.events);
    // a phone call with a name and an abbreviation inside the gap
    let d = code("en", "Chilean President Rudi Hartanto said he had spoken to U.S. President Kresna Wibowo by phone.", "2025-04-24");
    assert!(d.events.iter().any(|e| e.code.starts_with("041")), "{:?}", summary(&d));
    // what the speaker says its subject will suffer is the speaker's threat against it
    let d = code("id", "Presiden Chile Rudi Hartanto mengatakan Peru telah membuat kesalahan besar dan akan membayarnya.", "2024-10-02");
    assert!(has(&d, "13", "CHL", "PER"), "{:?}", summary(&d));
    // a second act joined by "dan" and a word of intent is its own event
    let d = code("id", "Kementerian Luar Negeri Peru mengecam sanksi Chile sebagai ilegal dan berjanji akan membalas.", "2024-06-24");
    assert!(d.events.iter().any(|e| e.code.starts_with("11")) && d.events.iter().any(|e| e.code.starts_with("13")), "{:?}", summary(&d));
    // "mengamankan" people is arresting them
    let d = code("id", "Polisi Chile mengamankan 159 orang yang diduga terlibat kericuhan.", "2024-08-22");
    assert!(d.events.iter().any(|e| e.code.starts_with("173")), "{:?}", summary(&d));
    // the actor's own capital as the possessor of its support is not its recipient
    let d = code("id", "Presiden Chile Rudi Hartanto menyatakan dukungan penuh Santiago kepada Peru.", "2024-10-02");
    assert!(has(&d, "05", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_organisations_before_and_after_titles() {
    // an organisation of a country before a title (office words between) is the person's
    let d = code("en", "Hamas military spokesman Kresna Wibowo said the group would respond.", "2024-01-12");
    assert!(d.entities.iter().any(|e| e.name == "Kresna Wibowo" && e.country.as_deref() == Some("PSE")), "{:?}", d.entities);
    // … but not across a verb
    let d = code("id", "Kejaksaan Agung menetapkan mantan Direktur Utama PT Gula Lima, Rudi Hartanto, sebagai tersangka.", "2025-01-21");
    assert!(d.entities.iter().all(|e| e.name != "Gula Lima"), "{:?}", d.entities);
    // an international organisation after the title: no country
    let d = code("id", "Sekretaris Jenderal PBB Kresna Wibowo mengecam serangan Peru terhadap Chile.", "2024-10-02");
    assert!(d.entities.iter().any(|e| e.name == "Kresna Wibowo" && e.country.is_none()), "{:?}", d.entities);
}

#[test]
fn regression_second_batch_of_unseen_pages() {
    // a killing in an air strike is one engagement, dated by a later definite mention with its day
    let d = code("en", "The Peruvian military says it has killed senior rebel commander Kresna Wibowo in an air strike on Santiago.\n\nAt least three people were killed and 74 others were wounded in Tuesday evening's strike, Chile's health ministry said.", "2024-07-31");
    let force: Vec<_> = d.events.iter().filter(|e| e.code.starts_with("19") || e.code.starts_with("18")).collect();
    assert_eq!(force.len(), 1, "{:?}", summary(&d));
    assert_eq!(force[0].date.as_deref().map(|d| &d[..10]), Some("2024-07-30"), "{:?}", force[0]);
    assert_eq!(force[0].fatalities.as_ref().map(|f| f.min), Some(3), "the dead, not the hurt: {:?}", force[0]);
    // what a denial says did not happen is negated
    let d = code("en", "Chile has denied accusations by Peru that it backs the rebels.", "2025-06-27");
    assert!(d.events.iter().filter(|e| e.code.starts_with("05")).all(|e| e.modality == "negated"), "{:?}", d.events);
    // the side accused, right before the verb, did the act (an allegation)
    let d = code("id", "Militer Chile menuduh personel Penjaga Pantai Peru menyerang pelaut-pelautnya dengan kapak pada Senin (17/6/2024).", "2024-06-19");
    assert!(d.events.iter().any(|e| e.code.starts_with("18") && e.actor.as_ref().and_then(|a| a.country.as_deref()) == Some("PER") && e.modality == "reported"), "{:?}", d.events);
    // suspending an agreement reduces relations; a year after the agreement's noun is not the act's time
    let d = code("id", "Pemerintah Chile menangguhkan seluruh perjanjian militer 2018 dengan Peru pada Senin (3/6/2024).", "2024-06-03");
    assert!(d.events.iter().any(|e| e.code.starts_with("16") && e.target.as_ref().and_then(|t| t.country.as_deref()) == Some("PER") && e.date.as_deref() == Some("2024-06-03")), "{:?}", d.events);
    // a dateline's day dates what has no time of its own (not the page's stamp in another zone)
    let d = code("en", "LIMA, June 27 (Reuters) - Chile and Peru signed a border agreement.\n\nChilean President Rudi Hartanto said the deal would last.", "2025-06-28");
    assert!(d.events.iter().any(|e| e.code.starts_with("057") && e.date.as_deref() == Some("2025-06-27")), "{:?}", d.events);
}

#[test]
fn regression_third_batch_of_unseen_pages() {
    // hijacking (passive, by a group of a country) is abduction; coordinating with a government is consultation
    let d = code("id", "Kapal kargo yang membawa 14 ABK warga negara Chile dibajak oleh perompak Peru pada Selasa (12/3/2024).\n\nKementerian Luar Negeri Chile telah berkoordinasi dengan pemerintah Peru untuk pembebasan para awak.", "2024-03-15");
    assert!(d.events.iter().any(|e| e.code.starts_with("181") && e.actor.as_ref().and_then(|a| a.country.as_deref()) == Some("PER")), "{:?}", summary(&d));
    assert!(has(&d, "04", "CHL", "PER"), "{:?}", summary(&d));
    // officials of "kedua negara" are the two sides of the pair just told; thanks are praise
    let d = code("id", "Chile dan Peru menyepakati gencatan senjata pada Sabtu (10/5/2025).\n\nMenteri Luar Negeri Chile mengatakan pejabat militer kedua negara telah berbicara melalui telepon.\n\nPresiden Peru Rudi Hartanto berterima kasih kepada Bolivia atas perannya.", "2025-05-11");
    assert!(d.events.iter().any(|e| e.code.starts_with("041") && e.symmetric), "{:?}", summary(&d));
    assert!(has(&d, "051", "PER", "BOL"), "{:?}", summary(&d));
    // troops sent to a country (a modifier of the troops inside the gap is no target); diplomats of the
    // countries a long apposition names; a region of several countries is no target
    let d = code("en", "Chile has sent 1,500 special forces troops to Peru.", "2024-10-18");
    assert!(has(&d, "154", "CHL", "PER"), "{:?}", summary(&d));
    let d = code("en", "Chile's government ordered diplomats from seven Latin American countries, including Peru and Bolivia, to leave the country.", "2024-07-29");
    assert!(has(&d, "161", "CHL", "PER") && has(&d, "161", "CHL", "BOL"), "{:?}", summary(&d));
    assert!(d.events.iter().all(|e| e.target.as_ref().and_then(|t| t.country.as_deref()) != Some("USA")), "Latin American is not American: {:?}", summary(&d));
    // watching a situation with concern is no act
    let d = code("en", "Chile said it was watching the situation with grave concern.", "2024-12-03");
    assert!(d.events.is_empty(), "{:?}", summary(&d));
}

#[test]
fn regression_fourth_batch_of_unseen_pages() {
    // the fate a speaker says the other side will face is a threat; "the Peruvian attacks" after a
    // condemnation is the attack told before, not a new one
    let d = code("en", "Peru launched strikes on Chile early on Friday.\n\nChile's president said Peru would face a bitter and painful fate.\n\nBolivia condemned the Peruvian attacks as a violation of Chile's sovereignty.", "2025-06-13");
    assert!(has(&d, "13", "CHL", "PER"), "{:?}", summary(&d));
    assert_eq!(d.events.iter().filter(|e| e.code.starts_with("18") || e.code.starts_with("19")).count(), 1, "{:?}", summary(&d));
    // two leaders who "agreed a" scheme act together
    let d = code("en", "Chilean President Rudi Hartanto and Peruvian President Kresna Wibowo have agreed a pilot scheme to return migrants.", "2025-07-10");
    assert!(d.events.iter().any(|e| e.code.starts_with("03") && e.symmetric), "{:?}", summary(&d));
    // attackers killed in a gunbattle with police: the police are a side, the attackers counted
    let d = code("en", "Three of the attackers were killed in an hours-long gunbattle with Chilean police, officials said.", "2023-09-24");
    assert!(d.events.iter().any(|e| e.code.starts_with("19") && e.actor.as_ref().and_then(|a| a.country.as_deref()) == Some("CHL") && e.fatalities.as_ref().is_some_and(|f| f.min == 3)), "{:?}", d.events);
    // shot dead, counted; a claim of responsibility with the group between
    let d = code("id", "Kelompok bersenjata Peru menembak mati dua guru di Santiago pada Jumat (21/3/2025).\n\nJuru bicara militer Peru Rudi Hartanto mengklaim kelompoknya bertanggung jawab atas serangan itu.", "2025-03-23");
    assert!(d.events.iter().any(|e| e.fatalities.as_ref().is_some_and(|f| f.min == 2)), "{:?}", d.events);
    assert!(d.events.iter().any(|e| e.code.starts_with("015")), "{:?}", summary(&d));
    // a signing witnessed after a meeting, joined by "dan", is its own act (not the talks' topic)
    let d = code("id", "Presiden Chile Rudi Hartanto menerima kunjungan Presiden Peru Kresna Wibowo di Santiago, Rabu (28/5/2025).\n\nKedua kepala negara menggelar pertemuan bilateral dan menyaksikan penandatanganan sejumlah nota kesepahaman.", "2025-05-28");
    assert!(d.events.iter().any(|e| e.code.starts_with("057")), "{:?}", summary(&d));
}

#[test]
fn regression_fifth_batch_of_unseen_pages() {
    // "sehari setelah": a fused count and unit; the act counted from is the day told before it
    let d = code("id", "Peru menembakkan rudal ke pangkalan Chile pada Senin (23/6/2025), sehari setelah Chile mengebom tiga fasilitas militer Peru.\n\nBolivia mengecam serangan itu.", "2025-06-24");
    assert!(d.events.iter().any(|e| e.code.starts_with("19") && e.actor.as_ref().and_then(|a| a.country.as_deref()) == Some("CHL") && e.date.as_deref() == Some("2025-06-22")), "{:?}", d.events);
    // … and "serangan itu" is the main act, not the one told as its time
    assert!(has(&d, "11", "BOL", "PER"), "{:?}", summary(&d));
    // cutting diplomatic relations is breaking them (161)
    let d = code("en", "Chile cut diplomatic relations with Peru on Tuesday.", "2025-05-06");
    assert!(has(&d, "161", "CHL", "PER"), "{:?}", summary(&d));
    // a day written with its numbers beats a holiday's name the language's calendar would place elsewhere
    let d = code("id", "Junta militer Chile membebaskan lebih dari 4.000 tahanan dalam amnesti memperingati Hari Kemerdekaan pada Kamis (4/1/2024).", "2024-01-04");
    assert!(d.events.iter().any(|e| e.code.starts_with("08") && e.date.as_deref() == Some("2024-01-04")), "{:?}", d.events);
    // voting to impose tariffs is a sanction; a gang claims responsibility
    let d = code("en", "Chile's lawmakers voted on Friday to impose tariffs of up to 35% on imports of cars made in Peru.", "2024-10-04");
    assert!(d.events.iter().any(|e| e.code.starts_with("163")), "{:?}", summary(&d));
    let d = code("en", "Members of the Lima gang claimed responsibility for the attack on a Chilean town in a video.", "2024-10-04");
    assert!(d.events.iter().any(|e| e.code.starts_with("015")), "{:?}", summary(&d));
}

#[test]
fn regression_a_second_round_of_talks_after_a_light_verb_was_no_talks() {
    let d = code("id", "LIMA - Chile dan Peru menggelar putaran kedua perundingan di Lima, Sabtu (19/4/2025).", "2025-04-20");
    assert!(has(&d, "046", "CHL", "PER") || has(&d, "046", "PER", "CHL"), "{:?}", summary(&d));
    let d = code("en", "Chile and Peru held a second round of talks in Lima on Saturday.", "2025-04-20");
    assert!(has(&d, "04", "CHL", "PER") || has(&d, "04", "PER", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_mediator_after_a_passive_verb_and_a_country_after_its_city_were_missed() {
    // the mediator named right after "dimediasi"; "Lima, Peru" is where, not a recipient
    let d = code("id", "Peru dan Bolivia berunding di Santiago, Chile, Sabtu (19/4/2025).\n\nPerundingan itu dimediasi Menteri Luar Negeri Ekuador Rudi Hartanto.", "2025-04-20");
    assert!(d.events.iter().any(|e| e.code.starts_with("045") && e.actor.as_ref().and_then(|a| a.country.as_deref()) == Some("ECU")), "{:?}", summary(&d));
    assert!(summary(&d).iter().all(|(_, a, t, _)| a != "CHL" && t != "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_time_zone_named_a_side_of_a_truce() {
    let d = code("id", "Presiden Bolivia Rudi Hartanto mengumumkan Chile dan Peru telah menyepakati gencatan senjata, Senin (23/6) malam waktu Ekuador.", "2025-06-24");
    assert!(has(&d, "0871", "CHL", "PER") || has(&d, "0871", "PER", "CHL"), "{:?}", summary(&d));
    assert!(summary(&d).iter().all(|(_, a, t, _)| a != "ECU" && t != "ECU"), "{:?}", summary(&d));
}

#[test]
fn regression_an_act_hours_before_another_was_undated_and_its_doer_lost() {
    // the fronted clause of another act's time ends at its comma; the main act is that day
    let d = code("id", "Presiden Bolivia Rudi Hartanto mengumumkan Chile dan Peru menyepakati gencatan senjata pada Senin (23/6/2025).\n\nBeberapa jam sebelum pengumuman itu, Peru menembakkan rudal ke Santiago.", "2025-06-24");
    let strike = d.events.iter().find(|e| e.code.starts_with("19")).expect("the missile strike");
    assert_eq!(strike.actor.as_ref().and_then(|a| a.country.as_deref()), Some("PER"), "{:?}", summary(&d));
    assert_eq!(strike.date.as_deref(), Some("2025-06-23"), "{:?}", d.events);
    // "Sehari setelah …, X": a day after the act counted from
    let d = code("id", "Peru menyerang Santiago pada Senin (23/6/2025).\n\nSehari setelah serangan itu, Chile memanggil duta besar Peru.", "2025-06-25");
    assert!(d.events.iter().any(|e| e.code.starts_with("1") && e.date.as_deref() == Some("2025-06-24") && e.actor.as_ref().and_then(|a| a.country.as_deref()) == Some("CHL")), "{:?}", d.events);
}

#[test]
fn regression_the_accused_did_not_do_the_act_told_a_few_words_on() {
    let d = code("id", "Militer Chile menuduh Peru melanggar gencatan senjata dengan menembakkan dua rudal ke wilayah Chile.", "2025-06-24");
    assert!(has(&d, "112", "CHL", "PER"), "{:?}", summary(&d));
    assert!(summary(&d).iter().any(|(c, a, t, m)| c.starts_with("19") && a == "PER" && t == "CHL" && m == "reported"), "{:?}", summary(&d));
    // a broken truce is no truce
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("087")), "{:?}", summary(&d));
}

#[test]
fn regression_what_an_act_was_against_belonged_to_the_place_not_the_subject() {
    let d = code("id", "Chile menembakkan rudal ke pangkalan udara milik Peru di Bolivia sebagai balasan atas serangan Peru terhadap fasilitas nuklirnya.", "2025-06-24");
    assert!(has(&d, "18", "PER", "CHL") || has(&d, "19", "PER", "CHL"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(_, _, t, _)| t == "BOL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_relative_clause_between_commas_took_the_subject() {
    let d = code("en", "Peruvian President Rudi Hartanto, who met Chilean President Kresna Wibowo in Lima on Tuesday, thanked him for the move.", "2025-02-06");
    assert!(has(&d, "05", "PER", "CHL"), "{:?}", summary(&d));
    assert!(!has(&d, "05", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_condemned_decision_or_deportation_had_no_doer() {
    let d = code("en", "Peru imposed sanctions on Chile on Monday.\n\nBolivia condemned the decision.", "2025-02-06");
    assert!(has(&d, "11", "BOL", "PER"), "{:?}", summary(&d));
    let d = code("en", "Peruvian police deported 50 Chileans on Monday.\n\nChile condemned the deportations.", "2025-02-06");
    assert!(has(&d, "11", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_leaving_an_organisation_was_coded_as_talks_by_one_of_three() {
    let d = code("en", "The military governments of Chile, Peru and Bolivia announced on Sunday that they were leaving ASEAN.", "2024-01-28");
    for c in ["CHL", "PER", "BOL"] {
        assert!(summary(&d).iter().any(|(code, a, _, _)| code.starts_with("161") && a == c), "{c}: {:?}", summary(&d));
    }
    assert!(!summary(&d).iter().any(|(code, _, _, _)| code.starts_with("04")), "{:?}", summary(&d));
    // leaving for a city is no such act
    let d = code("en", "Peruvian President Rudi Hartanto left for Santiago on Sunday.", "2024-01-28");
    assert!(!summary(&d).iter().any(|(code, _, _, _)| code.starts_with("16")), "{:?}", summary(&d));
}

#[test]
fn regression_arrests_at_two_cities_were_merged_into_one() {
    // (two cities the gazetteer knows: Lima, Arequipa)
    let d = code("en", "Peruvian police began rounding up undocumented Chilean migrants in Lima on Wednesday.\n\nPolice arrested dozens of Chileans in Arequipa on Wednesday.", "2023-11-01");
    let arrests = d.events.iter().filter(|e| e.code.starts_with("173")).count();
    assert_eq!(arrests, 2, "{:?}", d.events);
}

#[test]
fn regression_a_strike_carried_out_against_a_boat_from_a_country_had_no_doer_or_target() {
    let d = code("en", "WASHINGTON, Sept 2 - The Peruvian military carried out a strike on Tuesday against a drug-carrying vessel that had departed from Chile, killing 11 people.", "2025-09-03");
    let e = d.events.iter().find(|e| e.code.starts_with("19") || e.code.starts_with("18")).expect("the strike");
    assert_eq!(summary(&d).iter().filter(|(c, _, _, _)| c.starts_with("04")).count(), 0, "{:?}", summary(&d));
    assert_eq!((e.actor.as_ref().and_then(|a| a.country.as_deref()), e.target.as_ref().and_then(|t| t.country.as_deref())), (Some("PER"), Some("CHL")), "{:?}", summary(&d));
    assert_eq!(e.fatalities.as_ref().map(|f| f.min), Some(11));
}

#[test]
fn regression_a_hypothetical_attack_inside_remarks_was_coded() {
    let d = code("en", "Peru summoned Chile's ambassador on Thursday to protest remarks that a Peruvian attack on Bolivia could prompt a Chilean military response.", "2025-11-14");
    assert!(has(&d, "11", "PER", "CHL"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("18") || c.starts_with("19") || c.starts_with("14")), "{:?}", summary(&d));
}

#[test]
fn regression_help_to_a_people_and_help_to_an_act() {
    let d = code("id", "Menteri Pertahanan Peru Rudi Hartanto mengatakan Peru akan terus membantu rakyat Chile.", "2024-04-09");
    assert!(summary(&d).iter().any(|(c, a, t, m)| c.starts_with("033") && a == "PER" && t == "CHL" && m == "intended"), "{:?}", summary(&d));
    let d = code("id", "Peru menjatuhkan sanksi terhadap 12 perusahaan yang dituduh membantu penjualan minyak Chile.", "2024-04-09");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("07")), "{:?}", summary(&d));
}

#[test]
fn regression_a_mobilisation_ordered_was_a_demand() {
    let d = code("en", "Peruvian President Rudi Hartanto ordered the mobilization of militia members on Monday.", "2025-09-03");
    assert!(summary(&d).iter().any(|(c, a, _, _)| c.starts_with("154") && a == "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_what_a_speaker_says_another_side_must_do_was_no_demand() {
    let d = code("id", "Presiden Peru Rudi Hartanto mengatakan Chile harus menarik pasukannya dari wilayah itu.", "2024-07-06");
    assert!(has(&d, "10", "PER", "CHL"), "{:?}", summary(&d));
    // the act demanded is not done
    assert!(!summary(&d).iter().any(|(c, _, _, m)| c.starts_with("08") && m == "asserted"), "{:?}", summary(&d));
    // a thing that must be done names no side: no demand
    let d = code("id", "Ketua Komisi Rudi Hartanto mengatakan anggaran tersebut harus diprioritaskan.", "2024-07-06");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("10")), "{:?}", summary(&d));
}

#[test]
fn regression_the_accused_sides_victims_owned_by_the_accuser_had_no_country() {
    let d = code("id", "Militer Peru menuduh personel angkatan laut Chile menyerang pelaut-pelautnya dengan pisau.", "2024-06-17");
    assert!(summary(&d).iter().any(|(c, a, t, m)| c.starts_with("18") && a == "CHL" && t == "PER" && m == "reported"), "{:?}", summary(&d));
}

#[test]
fn regression_a_strike_s_outcome_in_a_relative_clause_was_a_second_attack() {
    let d = code("en", "Chile threatened to retaliate against Peru for a suspected Peruvian strike on its consulate in Lima on April 1 that killed two Chilean generals.", "2024-04-13");
    let force: Vec<_> = d.events.iter().filter(|e| e.code.starts_with("18") || e.code.starts_with("19")).collect();
    assert_eq!(force.len(), 1, "{:?}", summary(&d));
    assert_eq!(force[0].fatalities.as_ref().map(|f| f.min), Some(2));
}

#[test]
fn regression_an_embassy_suspended_and_a_ship_linked_to_a_country_had_no_target() {
    let d = code("en", "Peru has also suspended operations at its embassy in Santiago.", "2025-08-26");
    assert!(has(&d, "16", "PER", "CHL"), "{:?}", summary(&d));
    let d = code("en", "Peruvian commandos rappelled onto a Chile-linked container ship on Saturday and seized the vessel.", "2024-04-13");
    assert!(has(&d, "17", "PER", "CHL"), "{:?}", summary(&d));
    let d = code("en", "Peru said it was in contact with Chile through diplomatic channels.", "2024-04-13");
    assert!(has(&d, "04", "PER", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_cooperative_act_told_as_intended_kept_the_act_s_code() {
    // CAMEO codes a declared intent as 03: "will give aid" is 033, "plans to meet" 036, "akan" the same
    let d = code("en", "Chile will give humanitarian aid to Peru, its foreign minister said on Monday.", "2025-03-03");
    assert!(summary(&d).iter().any(|(c, a, t, m)| c.starts_with("033") && a == "CHL" && t == "PER" && m == "intended"), "{:?}", summary(&d));
    let d = code("id", "Presiden Peru Rudi Hartanto mengatakan Peru akan bertemu dengan Chile bulan depan.", "2025-03-03");
    assert!(summary(&d).iter().any(|(c, a, t, m)| c == "036" && a == "PER" && t == "CHL" && m == "intended"), "{:?}", summary(&d));
    // an act tried or scheduled keeps its own code
    let d = code("id", "Menteri Luar Negeri Chile dijadwalkan bertemu dengan Menteri Luar Negeri Peru di Lima.", "2025-03-03");
    assert!(has(&d, "04", "CHL", "PER") && !has(&d, "03", "CHL", "PER"), "{:?}", summary(&d));
    // a conflictual act announced is a decision, not a threat (no 13)
    let d = code("en", "Chile will expel Peru's ambassador, the foreign minister said on Monday.", "2025-03-03");
    assert!(has(&d, "16", "CHL", "PER") && !has(&d, "13", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_travel_advisory_was_an_appeal() {
    let d = code("en", "On Friday, Chile advised its citizens to avoid traveling to Peru.", "2025-11-14");
    assert!(has(&d, "16", "CHL", "PER") && !has(&d, "02", "CHL", "PER"), "{:?}", summary(&d));
    let d = code("id", "Pemerintah Chile pada Jumat mengimbau warganya untuk tidak bepergian ke Peru.", "2025-11-14");
    assert!(has(&d, "16", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_curfews_asylum_hunger_strikes_ultimatums_and_vetoes_had_no_code_or_a_wrong_one() {
    // (language, text, expected (code, actor, target)); each failed or was miscoded before (PETRARCH's bare
    // 'granted' 060, 'blocked' 170, 'surrendered' 080, 'rejected * trade' 1621, 'ultimatum' as 1313)
    let cases: &[(&str, &str, (&str, &str, &str))] = &[
        ("en", "Peru's government on Sunday lifted a state of emergency in the south.", ("0814", "PER", "-")),
        ("en", "Chile declared a 30-day state of siege in the north on Saturday.", ("1724", "CHL", "CHL")),
        ("en", "Up to 1,000 Bolivian workers began a hunger strike on Monday to protest against Peru's decision.", ("142", "BOL", "PER")),
        ("en", "Peru has granted political asylum to 18 Chilean rebels.", ("075", "PER", "CHL")),
        ("en", "Chile shared intelligence with Peru about the smuggling network.", ("064", "CHL", "PER")),
        ("en", "Peru and Chile established diplomatic relations on Monday.", ("054", "PER", "CHL")),
        ("en", "Five hundred Peruvian rebels surrendered last week to the Chilean army.", ("0874", "PER", "CHL")),
        ("en", "Chile issued an ultimatum to Peru to halt attacks across the border.", ("139", "CHL", "PER")),
        ("en", "Peru rejected Chile's proposal for a free trade agreement.", ("120", "PER", "CHL")),
        ("en", "Peru expelled two Chilean diplomats for spying.", ("161", "PER", "CHL")),
        ("en", "Chile announced a suspension of flights to Peru on Wednesday.", ("163", "CHL", "PER")),
        ("id", "Pemerintah Peru pada Minggu mencabut status darurat di wilayah selatan.", ("0814", "PER", "-")),
        ("id", "Ratusan pekerja Bolivia melakukan mogok makan untuk memprotes keputusan Peru.", ("142", "BOL", "PER")),
        ("id", "Peru memberikan suaka politik kepada 18 pemberontak Chile.", ("075", "PER", "CHL")),
        ("id", "Lima ratus pemberontak Peru menyerah kepada tentara Chile.", ("0874", "PER", "CHL")),
        ("id", "Chile memberikan ultimatum kepada Peru untuk menghentikan serangan.", ("139", "CHL", "PER")),
        ("id", "Presiden Peru menolak undangan Chile untuk berunding.", ("125", "PER", "CHL")),
        ("id", "Chile menangguhkan penerbangan ke Peru pada Rabu.", ("163", "CHL", "PER")),
    ];
    for (lang, text, (c, a, t)) in cases {
        let d = code(lang, text, "2025-03-03");
        assert!(summary(&d).iter().any(|(x, y, z, _)| x == c && y == a && z == t), "{text}: {:?}", summary(&d));
    }
}

#[test]
fn regression_what_was_agreed_was_coded_as_the_bare_agreement() {
    // "agreed to X", "sepakat untuk X", "bersedia X": X told as intended (its intent code), not PETRARCH's 'agreed' 050
    let d = code("en", "Chile agreed to lift the sanctions on Peru on Monday.", "2025-03-03");
    assert!(summary(&d).iter().any(|(c, a, t, m)| c == "0354" && a == "CHL" && t == "PER" && m == "intended"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("05")), "{:?}", summary(&d));
    let d = code("id", "Menteri Luar Negeri Chile mengatakan Chile bersedia menarik pasukannya dari Peru.", "2025-03-03");
    assert!(summary(&d).iter().any(|(c, a, _, m)| c == "0356" && a == "CHL" && m == "intended"), "{:?}", summary(&d));
    let d = code("id", "Chile dan Peru sepakat untuk mencabut sanksi.", "2025-03-03");
    assert!(summary(&d).iter().any(|(c, _, _, _)| c == "0354"), "{:?}", summary(&d));
    // with nothing after it, the agreement is coded as before
    let d = code("en", "Chile agreed with Peru on Monday.", "2025-03-03");
    assert!(has(&d, "05", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_venue_and_a_host_were_the_recipients_of_a_signing() {
    // "at the <venue>" and ", with X hosting" are circumstances; the coordinated subjects are the two sides
    let d = code("en", "The defence ministers of Chile and Peru signed a border accord at the Pentagon on Monday, with Rudi Hartanto hosting the talks.", "2025-08-09");
    assert!(has(&d, "057", "CHL", "PER"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(_, a, t, _)| a == "USA" || t == "USA"), "{:?}", summary(&d));
}

#[test]
fn regression_an_offer_of_peacekeepers_dated_by_the_sentence_that_tells_it_was_undated() {
    let d = code("id", "Presiden Peru Rudi Hartanto menyatakan Peru siap mengirim 500 personel pasukan penjaga perdamaian ke Chile.\n\nHal tersebut disampaikan Rudi kepada wartawan di Lima, Senin (3/3/2025).", "2025-03-05");
    let e = d.events.iter().find(|e| e.code == "0334").unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(e.date.as_deref(), Some("2025-03-03"));
    assert_eq!(e.target.as_ref().and_then(|t| t.country.as_deref()), Some("CHL"));
}

#[test]
fn regression_social_media_were_the_press_and_a_concessive_clause_had_the_main_subject() {
    let d = code("id", "Ratusan demonstran Peru membakar kantor gubernur di Cusco pada Rabu, meskipun pemerintah telah menerapkan jam malam.\n\nPemerintah Peru juga mencabut larangan terhadap aplikasi media sosial pada Kamis.", "2025-09-09");
    let s = summary(&d);
    // (a crowd that burns property riots, 145: once 1712)
    assert!(s.iter().any(|(c, _, _, _)| c == "145"), "{s:?}");
    // the curfew is the government's, not the protesters'
    let curfew = d.events.iter().find(|e| e.code == "1723").unwrap_or_else(|| panic!("{s:?}"));
    assert_eq!(curfew.actor.as_ref().and_then(|a| a.sector.as_deref()), Some("GOV"));
    assert!(s.iter().any(|(c, _, _, _)| c == "081"), "{s:?}");
    assert!(!d.events.iter().any(|e| e.target.as_ref().and_then(|t| t.sector.as_deref()) == Some("MED")), "{s:?}");
}

#[test]
fn regression_an_attack_named_again_in_apposition_was_a_second_attack() {
    let d = code("en", "The accord came days after Chile struck a rebel camp near Arica, an attack that drew protests from Peru.", "2025-09-17");
    let force: Vec<_> = d.events.iter().filter(|e| e.code.starts_with("18") || e.code.starts_with("19")).collect();
    assert_eq!(force.len(), 1, "{:?}", summary(&d));
}

#[test]
fn regression_initialled_texts_and_working_together_had_no_code() {
    let d = code("en", "The envoys of Chile and Peru initialed a border accord on Monday.", "2025-08-09");
    assert!(has(&d, "057", "CHL", "PER"), "{:?}", summary(&d));
    let d = code("en", "The president said Chile and Peru would work together to rebuild the port.", "2025-08-09");
    assert!(has(&d, "03", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_the_victims_of_a_condemned_attack_were_its_target() {
    let d = code("id", "Presiden Peru mengecam serangan terhadap warga sipil di Chile.", "2025-03-05");
    let c = d.events.iter().find(|e| e.code.starts_with("11")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert!(c.target.is_none(), "{:?}", summary(&d));
    // the attacker named is
    let d = code("id", "Presiden Peru mengecam serangan Bolivia terhadap warga sipil di Chile.", "2025-03-05");
    assert!(has(&d, "11", "PER", "BOL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_passive_doer_without_oleh_and_an_arrival_abroad_had_no_event() {
    // "dilindas truk polisi": the doer follows the passive verb, behind the words for what it used
    let d = code("id", "Seorang mahasiswa Peru tewas setelah dilindas truk polisi Peru di Lima, Senin (3/3/2025) sore.", "2025-08-29");
    let e = d.events.iter().find(|e| e.code.starts_with("18")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(e.actor.as_ref().and_then(|a| a.sector.as_deref()), Some("COP"), "{:?}", summary(&d));
    // arriving in a city abroad is a visit to its country
    let d = code("id", "Presiden Peru Rudi Hartanto tiba di Santiago pada Selasa malam.", "2025-03-05");
    assert!(has(&d, "042", "PER", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_an_accusation_against_the_accusers_own_country_had_it_as_the_target() {
    let d = code("en", "Chilean President Rudi Hartanto accused the two envoys of plotting against Chile in a speech.", "2025-09-03");
    assert!(d.events.iter().any(|e| e.code.starts_with("11")), "{:?}", summary(&d));
    assert!(!has(&d, "11", "CHL", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_scheme_agreed_by_two_leaders_was_with_one_s_country() {
    // the country named in what was agreed is the second leader's own: the act is between the two
    let d = code("en", "Chilean President Rudi Hartanto and Peruvian President Kresna Wibowo have agreed a plan under which those entering without papers will be sent back to Peru.", "2025-07-10");
    assert!(!has(&d, "03", "PER", "PER"), "{:?}", summary(&d));
    assert!(has(&d, "03", "CHL", "PER"), "{:?}", summary(&d));
    assert!(d.events.iter().filter(|e| e.code.starts_with("03")).count() == 1, "{:?}", summary(&d));
}

#[test]
fn regression_seeking_to_deepen_a_partnership_was_a_bare_intent() {
    // what two sides seek to do together is that act told as intended (031, both ways), not PETRARCH's 'seeking' 030
    let d = code("en", "Chile and Peru are seeking to deepen their partnership on mining, Chile's minister said on Monday.", "2025-08-06");
    let e = d.events.iter().find(|e| e.code.starts_with("03")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!((e.code.as_str(), e.symmetric, e.modality.as_str()), ("031", true, "intended"), "{:?}", summary(&d));
    // an organisation after "at the" is a venue; a place after it stays where the act happened
    let d = code("en", "The leaders of Chile and Peru met at the United Nations on Friday.", "2025-08-06");
    assert!(has(&d, "04", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_firefight_was_any_use_of_force() {
    // fights with small arms are CAMEO 193, not the general 190
    let d = code("en", "Chilean rebels engaged Peruvian peacekeepers in a firefight near the border on Saturday.", "2025-03-03");
    assert!(has(&d, "193", "CHL", "PER"), "{:?}", summary(&d));
    let d = code("id", "Tentara Chile terlibat baku tembak dengan pemberontak Peru di perbatasan pada Sabtu.", "2025-03-03");
    assert!(summary(&d).iter().any(|(c, _, _, _)| c == "193"), "{:?}", summary(&d));
}

#[test]
fn regression_appreciation_expressed_was_disapproval_and_an_inspection_had_no_recipient() {
    let d = code("en", "The Chilean government expressed appreciation for Peru's assistance.", "2025-03-03");
    assert!(has(&d, "051", "CHL", "PER") && !has(&d, "11", "CHL", "PER"), "{:?}", summary(&d));
    let d = code("en", "Chilean inspectors want to re-examine the mines in Peru.", "2025-03-03");
    assert!(has(&d, "090", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_talks_held_with_a_modifier_were_a_detention() {
    // "held indirect talks": the light verb over a lower-case modifier names no act (PETRARCH's 'held' is 170)
    let d = code("en", "Chilean officials had held indirect talks with Peruvian officials since Monday.", "2025-10-09");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("17")), "{:?}", summary(&d));
    assert!(has(&d, "04", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_plan_named_after_a_third_country_made_it_the_recipient() {
    // two sides agreeing to a third country's plan agree between themselves; the country is a modifier
    let d = code("en", "Chile and Peru agreed on Thursday to the first phase of a Bolivian plan to end the dispute.", "2025-03-03");
    assert!(has(&d, "05", "CHL", "PER"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(_, _, t, _)| t == "BOL"), "{:?}", summary(&d));
    // a country after "with" stays a side
    let d = code("en", "Chile and Peru agreed on Thursday with Bolivia to end the dispute.", "2025-03-03");
    assert!(summary(&d).iter().any(|(_, _, t, _)| t == "BOL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_war_that_began_with_a_led_attack_had_no_doer() {
    // "began with" tells how the war started (the attack codes itself, PETRARCH's 'began * attack' made the
    // war's subject the doer); the leader of a hyphenated compound is the doer; a direction before the
    // place keeps it the target
    let d = code("en", "The war began with the Chilean-led attack on southern Peru on March 3, 2020, in which 40 people were killed.", "2025-03-03");
    assert!(has(&d, "18", "CHL", "PER"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, a, _, _)| c.starts_with("19") && a == "-"), "{:?}", summary(&d));
}

#[test]
fn regression_an_accusation_in_a_participle_clause_was_dropped_or_aimed_at_the_wrong_side() {
    // ", accusing it of …" after an act on the same side is a second act of the subject, and "it" after the
    // verb is the side just named, not the group the accusation is about
    let d = code("en", "Chile recalled its ambassador from Peru on Monday, accusing it of arming rebels.", "2025-03-03");
    assert!(has(&d, "16", "CHL", "PER"), "{:?}", summary(&d));
    assert!(has(&d, "112", "CHL", "PER"), "{:?}", summary(&d));
    // "it" after a verb of saying opens the reported clause: no object
    let d = code("en", "Chile indicated it would act against Peru soon.", "2025-03-03");
    assert!(!summary(&d).iter().any(|(_, a, t, _)| a == t), "{:?}", summary(&d));
}

#[test]
fn regression_directing_an_attack_was_cooperation() {
    // whoever directed or ordered an attack is its doer (PETRARCH's 'directed' is 060)
    let d = code("en", "Investigators found Chile directed at least two arson attacks in Peru.", "2025-03-03");
    assert!(has(&d, "18", "CHL", "PER") && !has(&d, "06", "CHL", "PER"), "{:?}", summary(&d));
    let d = code("id", "Militer Chile memerintahkan serangan terhadap Peru pada Senin (3/3/2025).", "2025-03-03");
    assert!(has(&d, "18", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_strike_on_a_ship_from_a_country_had_the_home_country_as_victim() {
    // the country a ship had left is what force on the ship was against; a video posted is no labour strike
    let d = code("en", "SANTIAGO - The Chilean navy struck a ship carrying fuel that had left Peru on Friday, killing four sailors. The navy posted a video of the strike online.", "2025-03-05");
    assert!(has(&d, "19", "CHL", "PER"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("14") || c.starts_with("04")), "{:?}", summary(&d));
}

#[test]
fn regression_the_toll_of_strikes_told_before_another_act_was_lost() {
    // "14 people were killed in the strikes, and … had shot down": the dead are the strikes'; an armed
    // group's killing later is not the state's operation; "no X had been targeted" is negated; a right to
    // respond is a threat, and "a war imposed by X" no coercion
    let d = code("en", "Chile carried out missile strikes on Peru on Wednesday. Peru's army said 14 people were killed in the strikes, and that its jets had shot down two Chilean planes. Peru's leader said the country had the right to respond to a \"war imposed by Chile\". A Chilean spokesman said no Peruvian warships had been seized.\n\nSANTIAGO - Gunmen killed 9 men at a market near the border on March 3.", "2025-05-07");
    let strikes = d.events.iter().find(|e| e.code.starts_with("19") && e.trigger.contains("strikes")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(strikes.fatalities.as_ref().map(|f| f.min), Some(14), "{:?}", summary(&d));
    assert!(has(&d, "13", "PER", "CHL") || has(&d, "13", "PER", "-"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("17")), "{:?}", summary(&d));
    let targeted = d.events.iter().find(|e| e.trigger == "targeted").map(|e| e.modality.as_str());
    assert!(targeted.is_none_or(|m| m == "negated"), "{:?}", summary(&d));
    let gunmen = d.events.iter().find(|e| e.trigger == "killed").unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert!(gunmen.target.as_ref().is_none_or(|t| t.country.as_deref() != Some("PER")), "{:?}", summary(&d));
}

#[test]
fn regression_speaking_to_officials_was_no_consultation() {
    let d = code("en", "The Chilean foreign minister spoke to Peru's foreign minister on Monday.", "2025-03-05");
    assert!(has(&d, "04", "CHL", "PER"), "{:?}", summary(&d));
    let d = code("en", "The Chilean foreign minister spoke to reporters in Lima on Monday.", "2025-03-05");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("04")), "{:?}", summary(&d));
}

#[test]
fn regression_a_strike_on_a_place_where_commanders_hid_was_against_the_city() {
    // those a place held ("where X's commanders were hiding") are what force on it was against; a mediator
    // between two sides stays the actor; "its exiled chief" is no expulsion; responsibility taken is 015
    let d = code("en", "Chile carried out an air strike on a house in La Paz where Peruvian rebel commanders were hiding, killing five people. The rebels said their exiled chief was safe. Chile's president said Chile took responsibility for the raid. Bolivia has mediated between Chile and Peru since 2020.", "2025-03-03");
    assert!(has(&d, "19", "CHL", "PER") && !has(&d, "19", "CHL", "BOL"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("174") || c.starts_with("171")), "{:?}", summary(&d));
    assert!(summary(&d).iter().any(|(c, a, _, _)| c == "015" && a == "CHL"), "{:?}", summary(&d));
    assert!(has(&d, "045", "BOL", "CHL") && !has(&d, "045", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_denied_strike_swallowed_the_offer_of_talks() {
    // what a side did not do is no mention of what it does in the same clause
    let d = code("en", "Chile's army said it had not meant to hit any sites in Peru and would hold talks with Peru's army.", "2025-03-03");
    assert!(summary(&d).iter().any(|(c, a, t, m)| c.starts_with("03") && a == "CHL" && t == "PER" && m == "intended"), "{:?}", summary(&d));
}

#[test]
fn regression_a_sentence_with_no_court_named_was_no_event() {
    // coercion told in the passive with no doer is the state's where it happened (the story's home country);
    // amnesty granted is a release (0841)
    let d = code("id", "Jakarta - Mantan menteri Rudi Hartanto divonis 3 tahun penjara dalam kasus korupsi, Senin (3/3/2025).", "2025-03-04");
    assert!(has(&d, "172", "IDN", "IDN"), "{:?}", summary(&d));
    let d = code("id", "Jakarta - Presiden memberikan amnesti kepada mantan menteri Rudi Hartanto, Senin (3/3/2025).", "2025-03-04");
    assert!(summary(&d).iter().any(|(c, _, _, _)| c == "0841"), "{:?}", summary(&d));
}

#[test]
fn regression_a_law_suspending_cooperation_was_an_agreement_signed() {
    // a bill signed into law is no agreement; suspending cooperation with a body reduces relations with it;
    // "the agency" is the body named before; "whose troops" are the country's named before "whose", and the
    // force they used has no recipient from the clause it hangs on
    let d = code("en", "Chile's president on Monday signed into law a bill suspending cooperation with the WHO. Chilean officials have accused the agency of favouring Peru and Bolivia, whose troops shelled two border posts in June.", "2025-03-03");
    assert!(summary(&d).iter().any(|(c, a, _, _)| c.starts_with("16") && a == "CHL") && !summary(&d).iter().any(|(c, _, _, _)| c.starts_with("057")), "{:?}", summary(&d));
    let acc = d.events.iter().find(|e| e.code.starts_with("112")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert!(acc.target.as_ref().is_some_and(|t| t.code.as_deref().is_some_and(|c| c.starts_with("IGO"))), "{:?}", summary(&d));
    let shell = d.events.iter().find(|e| e.code.starts_with("19")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(shell.actor.as_ref().and_then(|a| a.country.as_deref()), Some("BOL"), "{:?}", summary(&d));
    assert!(shell.target.as_ref().is_none_or(|t| t.country.as_deref() != Some("PER")), "{:?}", summary(&d));
}

#[test]
fn regression_a_move_called_a_mistake_was_no_criticism() {
    // a side's act called by a word of blame (a mistake, reckless, regrettable …) is criticised (CAMEO 111)
    let d = code("en", "Chile suspended its trade deal with Peru on Monday. Peru's foreign ministry called the decision \"a grave mistake\" and urged Chile to reverse it.", "2025-03-03");
    assert!(has(&d, "111", "PER", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_suspended_membership_and_an_impeachment_were_not_coded() {
    // a body suspending a member reduces relations (16); lawmakers voting to impeach sanction the office
    // holder (172); protesters who had taken to the streets protest (not 171); elections held are no detention
    let d = code("en", "SANTIAGO - Lawmakers voted to impeach President Rudi Hartanto on Monday. The African Union suspended Chile's membership. Thousands of students had taken to the streets of Santiago since February. The army said it would rule until holding elections.", "2025-03-04");
    assert!(has(&d, "160", "IGOAFR", "CHL") || summary(&d).iter().any(|(c, _, t, _)| c.starts_with("16") && t == "CHL"), "{:?}", summary(&d));
    assert!(summary(&d).iter().any(|(c, _, _, _)| c == "172"), "{:?}", summary(&d));
    assert!(summary(&d).iter().any(|(c, _, _, _)| c.starts_with("14")) && !summary(&d).iter().any(|(c, _, _, _)| c.starts_with("17") && c != "172"), "{:?}", summary(&d));
}

#[test]
fn regression_the_alliance_with_a_country_was_an_anaphor() {
    // "the alliance with X" names the relation to X (no anaphor of the last organisation); strengthening an
    // alliance, told as what will be done, is the intent to cooperate with X
    let d = code("en", "SANTIAGO - Chile's ruling party met on Monday. The president said her government would strengthen the alliance with Peru.", "2025-03-03");
    assert!(summary(&d).iter().any(|(c, a, t, m)| c.starts_with("03") && a == "CHL" && t == "PER" && m == "intended"), "{:?}", summary(&d));
}

#[test]
fn regression_a_refusal_to_cooperate_was_a_silent_negation() {
    // a side saying it will not do a cooperative act rejects it (CAMEO 12, asserted): "would not sign" is a
    // rejected agreement (127), "tidak akan bertemu" a rejected meeting (125), "would not send weapons" rejected
    // military cooperation (1212); a refusal of force stays a negated act, and a contraction negates
    let d = code("en", "Chile said on Monday it would not sign the trade agreement with Peru. Bolivia said it won't send weapons to Peru. Paraguay said it would not attack Peru. Uruguay didn't attack Peru.", "2025-03-03");
    assert!(summary(&d).iter().any(|(c, a, t, m)| c == "127" && a == "CHL" && t == "PER" && m == "asserted"), "{:?}", summary(&d));
    assert!(summary(&d).iter().any(|(c, a, t, m)| c == "1212" && a == "BOL" && t == "PER" && m == "asserted"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, m)| matches!(c.get(..2), Some("18" | "19" | "20")) && m != "negated"), "{:?}", summary(&d));
    let d = code("id", "Menteri Luar Negeri Cile mengatakan Cile tidak akan bertemu dengan delegasi Peru.", "2025-03-03");
    assert!(summary(&d).iter().any(|(c, a, t, m)| c == "125" && a == "CHL" && t == "PER" && m == "asserted"), "{:?}", summary(&d));
}

#[test]
fn regression_exercises_abroad_and_sympathy_had_no_recipient() {
    // a show of force in another state's land is aimed at that state; sympathy goes to the people where the
    // loss was; drills at home have no recipient
    let d = code("en", "Chile is conducting military exercises in Bolivia. Peru held military exercises in Lima. The president of Peru expressed sorrow for the flooding in Bolivia.", "2025-03-03");
    assert!(has(&d, "150", "CHL", "BOL"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, a, t, _)| c.starts_with("15") && a == "PER" && t != "-"), "{:?}", summary(&d));
    assert!(has(&d, "018", "PER", "BOL"), "{:?}", summary(&d));
}

#[test]
fn regression_talks_held_and_an_agreed_exchange_were_lost() {
    // talks held, whatever their kind, are a meeting (not PETRARCH's 'held' 170); an act after "and agreed
    // to" in the same clause is its own intended act, not a repeat of the meeting
    let d = code("en", "SANTIAGO, March 10 (Reuters) - Chilean and Peruvian envoys held formal border talks in Santiago on Friday and agreed to free 40 detainees.", "2023-03-10");
    assert!(summary(&d).iter().any(|(c, a, t, _)| c.starts_with("04") && ((a == "CHL" && t == "PER") || (a == "PER" && t == "CHL"))), "{:?}", summary(&d));
    assert!(summary(&d).iter().any(|(c, _, _, m)| c.starts_with("035") && m == "intended"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("17")), "{:?}", summary(&d));
}

#[test]
fn regression_what_a_side_should_do_was_coded_as_done() {
    // what a speaker says another side should do is an appeal to it (020), and the act asked is not done
    let d = code("en", "Chile's president said Peru should impose sanctions on Bolivia.", "2023-03-10");
    assert!(has(&d, "020", "CHL", "PER"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, a, _, _)| (c.starts_with("16") || c.starts_with("17")) && a == "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_court_removing_him_from_office_had_the_wrong_target() {
    // "removed him from office" (172): "him" is the last person named who is not the subject; the possessor
    // inside a pattern's gap did what the noun names ("upheld the assembly's impeachment of X" is against X)
    let d = code("en", "SANTIAGO - On Friday the top court upheld the Senate's impeachment of President Rudi Hartanto and then removed him from office.", "2023-03-10");
    let sanctions: Vec<_> = d.events.iter().filter(|e| e.code == "172").collect();
    assert!(!sanctions.is_empty(), "{:?}", summary(&d));
    assert!(sanctions.iter().all(|e| e.target.as_ref().is_some_and(|t| t.sector.as_deref() == Some("GOV"))), "{:?}", d.events.iter().map(|e| (&e.code, &e.target)).collect::<Vec<_>>());
    // a quote's speaker after a title the language does not list
    let d = code("en", "SANTIAGO - The court ruled on Friday.\n\n\"We will not appeal,\" Acting Chief Justice Kresna Wibowo said.", "2023-03-10");
    assert_eq!(d.quotes.first().and_then(|q| q.speaker_name.as_deref()), Some("Kresna Wibowo"), "{:?} {:?}", d.quotes, d.entities);
}

#[test]
fn regression_tariff_cuts_and_announced_deals_were_not_coded() {
    // tariffs lowered ease an economic sanction (085), told after "agreed <day> to" as intended (0354); a
    // deal announced with a side, and talks held "langsung" with one, are coded
    let d = code("en", "Chile and Peru agreed Tuesday to cut duties on one another's imports.", "2023-03-14");
    assert!(summary(&d).iter().any(|(c, _, _, m)| c == "0354" && m == "intended"), "{:?}", summary(&d));
    let d = code("id", "Presiden Cile Rudi Hartanto mengumumkan kesepakatan dagang dengan Peru, Senin. Rudi mengaku berbicara langsung dengan Presiden Peru.", "2023-03-14");
    assert!(has(&d, "030", "CHL", "PER"), "{:?}", summary(&d));
    assert!(has(&d, "040", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_strikes_on_a_country_had_their_sides_swapped() {
    // an act noun whose pattern ends in its preposition ("strikes on") is followed by what it is against, not
    // by a possessor; a dateline's dash set off by spaces is no hyphen before the doer's name
    let d = code("en", "SANTIAGO, March 7 (Reuters) - Chilean strikes on Peru killed three people on Tuesday. Bolivian strikes on Lima followed.", "2023-03-07");
    assert!(has(&d, "19", "CHL", "PER"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, a, t, _)| c.starts_with("19") && a == "PER" && t == "CHL"), "{:?}", summary(&d));
    assert!(has(&d, "19", "BOL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_missile_fired_by_rebels_had_no_doer() {
    // a hostile act's participle after a noun with its doer after "by" ("a missile fired by the X rebels landed
    // near Y"): the doer is the actor and the next side named the target; an agent right after an
    // organisation's name is that organisation; a thing named after "by" is no doer
    let d = code("en", "LIMA (AP) - A rocket fired by the Hamas militants landed in Peru on Monday.", "2023-03-07");
    assert!(has(&d, "19", "PSE", "PER"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(_, a, _, _)| a == "PER"), "{:?}", summary(&d));
    let d = code("en", "Doctors will help identify victims killed by the Chile Airlines bus crash in Peru.", "2023-03-07");
    assert!(!summary(&d).iter().any(|(c, a, _, _)| c.starts_with("19") && a == "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_halt_to_bombing_and_a_demanded_halt_were_misread() {
    // stopping one's bombing is a truce told as intended (0356 after "would"); what a demand asks another
    // side to do is not done ("a resolution demanding that X halt its attacks")
    let d = code("en", "The president of Chile said Chile would stop bombing Peru. The assembly passed a motion demanding that Bolivia halt its attacks on fishing boats.", "2023-03-07");
    assert!(summary(&d).iter().any(|(c, a, t, m)| c.starts_with("035") && a == "CHL" && t == "PER" && m == "intended"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, a, _, _)| c.starts_with("087") && a == "BOL"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("183")), "{:?}", summary(&d));
}

#[test]
fn regression_protesters_targeting_embassies_used_military_force() {
    // protesters who attack assault (18), they do not use conventional military force (19); a side named after
    // ", accusing" belongs to that second act, not to the attack
    let d = code("en", "LIMA - Peruvian protesters attacked two consulates in Lima on Tuesday, accusing Western countries of backing Chile. Peruvian demonstrators also targeted the embassy of Bolivia.", "2023-03-07");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c == "190"), "{:?}", summary(&d));
    assert!(has(&d, "18", "PER", "BOL"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, t, _)| c.starts_with("18") && t == "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_an_agreement_welcomed_took_the_day_of_the_welcome() {
    // an act named by a noun with no time of its own is dated by the next sentence when it opens with that
    // noun made definite ("Kesepakatan itu diumumkan … Rabu")
    let d = code("id", "Jakarta - Pemerintah Cile menyambut baik kesepakatan gencatan senjata antara Peru dan Bolivia.\n\nKesepakatan itu diumumkan di Lima, Rabu (8/3/2023) sore.", "2023-03-09");
    let truce = d.events.iter().find(|e| e.code.starts_with("087")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(truce.date.as_deref(), Some("2023-03-08"), "{:?}", summary(&d));
}

#[test]
fn regression_a_trip_to_meet_leaders_was_counted_twice() {
    // a meeting after "to" that the trip just told is for is that trip; a margin ("than he needed") is no
    // demand; "were declared persona non grata" is an expulsion
    let d = code("en", "SANTIAGO - Chilean President Rudi Hartanto won 210 votes, more than he needed. Hartanto is scheduled to visit Lima on Tuesday to meet Peruvian President Kresna Wibowo. Peruvian diplomats in Santiago were declared persona non grata.", "2023-03-07");
    assert_eq!(summary(&d).iter().filter(|(c, _, t, _)| c.starts_with("04") && t == "PER").count(), 1, "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("10")), "{:?}", summary(&d));
    assert!(has(&d, "174", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_an_unknown_council_and_rebels_in_a_country_had_no_side() {
    // a doer named after "by" in capitalised words no list knows is an institution of the story's country;
    // "rebels in the X" are X's; "be"/"is"/"are" make a passive ("the funeral would be held" detains nobody)
    let d = code("en", "LIMA, March 8 (Reuters) - Peru's president signed a decree on Wednesday. The decree requires foreign visits to be approved by the Grand Defence Board. Rebels in the Gambia on Tuesday rejected the proposal. The ministry said the ceremony would be held on Saturday.", "2023-03-08");
    assert!(summary(&d).iter().any(|(c, a, _, _)| c.starts_with("08") && a == "PER"), "{:?}", summary(&d));
    assert!(summary(&d).iter().any(|(c, a, _, _)| c.starts_with("12") && a == "GMB"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("17")), "{:?}", summary(&d));
}

#[test]
fn regression_three_powers_accusing_were_no_side_and_dated_by_an_old_deal() {
    // an anaphor of four words ("the three neighbouring countries") is the three just named; a year between
    // an article and a noun names a thing, not the act's time ("the 2019 fishing accord"); a threat told inside a
    // warning is that warning
    let d = code("en", "Chile, Peru and Bolivia on Thursday asked the court to act. In a statement, the three neighbouring countries accused Paraguay of violating the 2019 fishing accord. Paraguay's foreign minister warned that Paraguay would respond with force.", "2023-03-09");
    let acc: Vec<_> = d.events.iter().filter(|e| e.code.starts_with("112")).collect();
    assert_eq!(acc.len(), 3, "{:?}", summary(&d));
    assert!(acc.iter().all(|e| e.date.as_deref() == Some("2023-03-09")), "{:?}", acc.iter().map(|e| &e.date).collect::<Vec<_>>());
    assert_eq!(summary(&d).iter().filter(|(c, _, _, _)| c.starts_with("13")).count(), 1, "{:?}", summary(&d));
}

#[test]
fn regression_a_quoted_threat_had_no_speaker() {
    // inside a quotation whose speaker follows it, what its subject will suffer or did wrong is the speaker's
    // threat or criticism of that subject
    let d = code("en", "LIMA - \"Chile has made a grave mistake. Chile will pay a heavy price,\" Peruvian President Kresna Wibowo said.", "2023-03-09");
    assert!(has(&d, "13", "PER", "CHL"), "{:?}", summary(&d));
    assert!(has(&d, "111", "PER", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_second_sentence_told_with_also_had_the_wrong_doer() {
    // an adverb between the auxiliary and the verb keeps it passive ("was also sentenced"); a tribunal is a
    // court; a cooperative act takes no side from a relative clause on its object; "berbincang dengan" is talk
    let d = code("en", "A court in Chile sentenced former President Rudi Hartanto to life in prison on Monday. His former aide, Kresna Wibowo, was also sentenced to prison. Peru attended a summit that Bolivia had called.", "2023-03-06");
    assert!(has(&d, "172", "CHL", "CHL"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, a, t, _)| c.starts_with("17") && a == "CHL" && t == "-" ), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, a, t, _)| c.starts_with("04") && a == "PER" && t == "BOL"), "{:?}", summary(&d));
    let d = code("id", "Presiden Cile Rudi Hartanto menghadiri KTT di Lima, Peru, Senin. Rudi juga berbincang dengan Presiden Bolivia.", "2023-03-06");
    assert!(has(&d, "042", "CHL", "PER"), "{:?}", summary(&d));
    assert!(has(&d, "040", "CHL", "BOL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_removal_voted_early_and_a_fight_against_crime_were_misread() {
    // "voted late on Thursday to remove X from office" is a removal by the legislature (172); fighting crime is
    // no force; a truce taking effect is no seizure; solidarity expressed endorses (051); a participle of the same
    // kind of act between the same sides ("berated X, accusing it of …") is one act
    let d = code("en", "LA PAZ, March 10 (Reuters) - Bolivia's Congress voted late on Thursday to remove President Rudi Hartanto from office. The new president vowed to fight corruption. A truce between Peru and Chile took effect on Friday. Chilean President Kresna Wibowo expressed solidarity with Peru. Paraguayan President Budi Santoso berated Chile, accusing it of lying.", "2023-03-10");
    assert!(has(&d, "172", "BOL", "BOL"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("19") || c.starts_with("17") && c != "172"), "{:?}", summary(&d));
    assert!(has(&d, "051", "CHL", "PER"), "{:?}", summary(&d));
    assert_eq!(summary(&d).iter().filter(|(c, a, _, _)| c.starts_with("11") && a == "PRY").count(), 1, "{:?}", summary(&d));
}

#[test]
fn regression_a_second_act_after_then_or_but_lost_its_doer() {
    // ", lalu aparat menyemprotkan …" is a clause of its own with its own subject; "…, tetapi menolak mundur" and
    // "… but refused to resign" are the first subject's; refusing to resign rejects a demand for a change of
    // leadership (1231); "while in detention" is no one's act
    let d = code("id", "BANDUNG, KOMPAS.com - Warga melempari aparat dengan botol di alun-alun Bandung, Senin, lalu aparat menyemprotkan meriam air. Bupati Bandung Hartanto menemui para petani, tetapi menolak mundur.", "2023-03-06");
    assert!(has(&d, "145", "IDN", "IDN"), "{:?}", summary(&d));
    assert!(has(&d, "175", "IDN", "-") || has(&d, "175", "IDN", "IDN"), "{:?}", summary(&d));
    assert!(summary(&d).iter().any(|(c, a, _, _)| c == "1231" && a == "IDN"), "{:?}", summary(&d));
    let d = code("en", "LIMA, March 6 (Reuters) - Peruvian President Rudi Hartanto received union leaders on Monday but refused to resign. A Chilean man who stabbed a guard while in detention in Peru was sent to Bolivia.", "2023-03-06");
    assert!(summary(&d).iter().any(|(c, a, _, _)| c == "1231" && a == "PER"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("173")), "{:?}", summary(&d));
}

#[test]
fn regression_a_strike_on_a_town_was_aimed_at_whoever_condemned_it() {
    // "mengecam serangan udara X ke <kota>": the strike is against the town's state, not the condemning side; a
    // definite "serangan itu" after "serangan udara" is that strike again; "It was the worst bombing …"
    // describes it; export curbs lifted ease an embargo (085, agreed to: 0354); a summit called "useful" is no call for one
    let d = code("id", "Pemerintah Indonesia mengutuk serangan udara Peru ke Santiago pada Senin. Peru menyatakan serangan itu ditujukan kepada markas pemberontak.", "2023-03-07");
    assert!(has(&d, "111", "IDN", "PER"), "{:?}", summary(&d));
    assert!(has(&d, "195", "PER", "CHL"), "{:?}", summary(&d));
    assert_eq!(summary(&d).iter().filter(|(c, _, _, _)| c.starts_with("18") || c.starts_with("19")).count(), 1, "{:?}", summary(&d));
    let d = code("en", "LIMA, March 7 (Reuters) - Gunmen shot at pilgrims near Cusco on Monday, killing 9 people. It was the worst bombing in the region since 2019. Chile agreed to lift its curbs on exports of copper to Peru. Peruvian President Rudi Hartanto called the summit with Chile useful.", "2023-03-07");
    assert_eq!(summary(&d).iter().filter(|(c, _, _, _)| c.starts_with("18") || c.starts_with("19")).count(), 1, "{:?}", summary(&d));
    assert!(has(&d, "19", "-", "PER") || has(&d, "19", "PER", "PER"), "{:?}", summary(&d));
    // (agreed to: the intent to ease it, 0354)
    assert!(summary(&d).iter().any(|(c, a, t, _)| (c == "085" || c == "0354") && a == "CHL" && t == "PER"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c == "036"), "{:?}", summary(&d));
}

#[test]
fn regression_a_warrant_and_a_coup_charge_were_coded_as_cooperation() {
    // "issued arrest warrants for X" is legal action (173), not a material act; "called the arrest a coup"
    // criticises (111); solidarity expressed in Indonesian endorses (051)
    let d = code("en", "LIMA, March 8 (Reuters) - Peruvian prosecutors issued arrest warrants for former President Rudi Hartanto on Wednesday. Opposition leader Kresna Wibowo called the arrest a coup.", "2023-03-08");
    assert!(has(&d, "173", "PER", "PER"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("06")), "{:?}", summary(&d));
    assert!(summary(&d).iter().any(|(c, a, _, _)| c == "111" && a == "PER"), "{:?}", summary(&d));
    let d = code("id", "Kementerian Luar Negeri RI menyampaikan solidaritas kepada rakyat Cile, Rabu.", "2023-03-08");
    assert!(has(&d, "051", "IDN", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_crowd_burning_a_building_had_no_place_and_no_toll() {
    // a crowd that burns property riots (145); the town closing the building's name is where; the dead told in
    // the next sentence are its toll; "menembak" alone is force; "kapal perang" is a warship, no war
    let d = code("id", "BANDUNG, KOMPAS.com - Warga membakar Kantor Bupati Bandung pada Jumat (3/3/2023) malam. Dua orang tewas terjebak di dalam kantor itu. Aparat menembak tiga warga di Cimahi. Sebuah kapal perang Cile berlayar ke Lima.", "2023-03-04");
    let riot = d.events.iter().find(|e| e.code == "145").unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(riot.location.as_ref().map(|l| l.name.as_str()), Some("Bandung"));
    assert_eq!(riot.fatalities.as_ref().map(|f| f.min), Some(2));
    assert!(has(&d, "190", "IDN", "IDN"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, a, _, _)| c.starts_with("19") && a == "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_signing_told_twice_and_a_ratification_still_needed_were_three_signings() {
    // the envoys' "signed the treaty" after the states' "signed a treaty on Wednesday" is that signing (the page's
    // date must not make it another); "has to be passed" is not done; an act of Wednesday in a
    // page of the next day is news, though the month turned between them
    let d = code("en", "LIMA (AP) — Peru and Chile signed a treaty on Wednesday that opens their fisheries to each other. Peruvian Foreign Minister Rudi Hartanto and Chilean Foreign Minister Kresna Wibowo signed the treaty in Lima. The treaty has to be passed by Chile's senate.", "2023-06-01");
    let signed: Vec<_> = d.events.iter().filter(|e| e.code.starts_with("057") && e.modality == "asserted").collect();
    assert_eq!(signed.len(), 1, "{:?}", summary(&d));
    assert_eq!(signed[0].date.as_deref(), Some("2023-05-31"));
    assert!(!signed[0].background);
    assert!(signed[0].location.as_ref().is_some_and(|l| l.name.eq_ignore_ascii_case("Lima")), "{:?}", signed[0].location);
}

#[test]
fn regression_talks_held_were_a_detention_and_a_postponed_visit_an_accusation() {
    // "talks held in its absence" is no detention (PETRARCH's 'held'); a visit called off reduces relations (160);
    // "failed to live up to his promises" rejects no one; "pihaknya" after a body's "mengatakan" is that body
    let d = code("en", "KYIV, March 6 (Reuters) - Ukrainian President Rudi Hartanto told lawmakers no deal from talks held in its absence would bind Kyiv, and called off a visit to Chile. He admitted that the army failed to live up to his promises.", "2023-03-06");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("17") || c.starts_with("112") || c.starts_with("12")), "{:?}", summary(&d));
    assert!(has(&d, "160", "UKR", "CHL"), "{:?}", summary(&d));
    let d = code("id", "Jakarta - Penjaga Pantai Cile menyatakan pihaknya sudah mengusir sebuah kapal Peru dari teluk itu, Senin (6/3/2023).", "2023-03-06");
    assert!(has(&d, "174", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_the_speaker_saying_and_the_pronouns_of_a_report_were_the_wrong_people() {
    // the quote's speaker is the person right before "saying", not the sentence's subject; after "X said that Y
    // had lied, and announced …" the act is X's; "he" in a relative clause is the person named just before it; the
    // strike a condemnation names is aimed at no one the sentence named before
    let d = code("en", "WASHINGTON - Peru has ordered Chile's ambassador, Rudi Hartanto, to leave, with Peruvian Foreign Minister Kresna Wibowo saying his remarks were \"an insult to our people\". Wibowo told reporters that Hartanto had lied, and announced new sanctions. The decision followed a letter Hartanto wrote in which he condemned Peru's policies.", "2023-03-11");
    let q = d.quotes.iter().find(|q| q.text.contains("an insult")).unwrap();
    assert_eq!(q.speaker_name.as_deref(), Some("Kresna Wibowo"));
    assert!(has(&d, "163", "PER", "-") || has(&d, "163", "PER", "CHL"), "{:?}", summary(&d));
    assert!(has(&d, "111", "CHL", "PER"), "{:?}", summary(&d));
    let d = code("id", "Jakarta - Juru bicara Kementerian Luar Negeri RI, Rudi Hartanto, menyatakan pihaknya mengutuk serangan Cile, Senin (6/3/2023).", "2023-03-06");
    assert!(has(&d, "111", "IDN", "CHL"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, a, t, _)| c.starts_with("18") && a == "CHL" && t == "IDN"), "{:?}", summary(&d));
}

#[test]
fn regression_a_tariff_on_goods_from_a_country_and_its_answer_had_no_sides() {
    // "would impose a 30% tariff on goods from X" is aimed at X (163, intended), told on the day after "said"
    // (the future after it is what was said); "will be met with reciprocity" threatens (130); jets that
    // "entered X's airspace" show force (150); "menghadiri upacara … di <kota>" visits its host (042)
    let d = code("en", "WASHINGTON (AP) — Peruvian President Rudi Hartanto announced Wednesday that Peru would impose a 30% tariff on goods from Chile from next month. Chilean President Kresna Wibowo said any such step will be met with reciprocity. Three Bolivian warplanes entered Peruvian airspace on Thursday.", "2023-07-13");
    let t = d.events.iter().find(|e| e.code == "163").unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(t.target.as_ref().and_then(|x| x.country.as_deref()), Some("CHL"));
    assert!(d.times.iter().any(|x| x.text == "Wednesday" && x.value == "2023-07-12"), "{:?}", d.times);
    assert!(has(&d, "130", "CHL", "PER"), "{:?}", summary(&d));
    assert!(has(&d, "150", "BOL", "PER"), "{:?}", summary(&d));
    let d = code("id", "LIMA, KOMPAS.com - Presiden Cile Rudi Hartanto menghadiri upacara militer di Lima, Peru, Senin (3/7/2023), atas undangan Presiden Peru Kresna Wibowo.", "2023-07-03");
    assert!(has(&d, "042", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_party_saying_a_court_overstepped_and_the_quote_after_were_nobodys() {
    // what a speaker says a court did beyond its powers criticises the court (speech_subject); a quote opening
    // its sentence is not the sentence before's; "…," kata <jabatan> <partai> X: X speaks, not the party; "…,"
    // ujarnya: the person named last before it
    let d = code("id", "Jakarta - Partai Golkar mengkritik keputusan itu dan menilai KPU telah melampaui wewenangnya. \"KPU tidak berhak mengubah aturan,\" kata Sekretaris Jenderal Partai Golkar Rudi Hartanto, Jumat (30/6/2023).\n\nMenteri Luar Negeri Kresna Wibowo mengatakan Indonesia akan membantu. \"Bantuan pertama tiba pekan depan,\" ujarnya.", "2023-06-30");
    assert!(has(&d, "111", "IDN", "IDN"), "{:?}", summary(&d));
    let q = d.quotes.iter().find(|q| q.text.contains("berhak")).unwrap();
    assert_eq!(q.speaker_name.as_deref(), Some("Rudi Hartanto"));
    let q = d.quotes.iter().find(|q| q.text.contains("tiba pekan")).unwrap();
    assert_eq!(q.speaker_name.as_deref(), Some("Kresna Wibowo"));
}

#[test]
fn regression_the_summit_two_leaders_met_at_was_their_recipient() {
    // "X and Y held talks on the margins of the Z forum": they talked with each other, Z is the occasion; "di sela
    // pertemuan Z" likewise; "dosen asal <negara> X" and "warga <negara> Y" are people of those countries
    let d = code("en", "LIMA, March 6 (Reuters) - Peruvian President Rudi Hartanto and Chilean President Kresna Wibowo held talks on Monday on the margins of the APEC forum in Lima.", "2023-03-06");
    assert!(has(&d, "040", "PER", "CHL") || has(&d, "040", "CHL", "PER"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(_, _, t, _)| t == "-"), "{:?}", summary(&d));
    let d = code("id", "Jakarta - Cile membebaskan dosen asal Peru Rudi Hartanto, Senin (6/3/2023). Peru membebaskan warga Cile Kresna Wibowo pada Selasa (7/3/2023).", "2023-03-08");
    assert!(has(&d, "0841", "CHL", "PER"), "{:?}", summary(&d));
    assert!(has(&d, "0841", "PER", "CHL"), "{:?}", summary(&d));
    let p = d.entities.iter().find(|e| e.name == "Rudi Hartanto").unwrap();
    assert_eq!(p.country.as_deref(), Some("PER"));
}

#[test]
fn regression_a_government_toppled_by_a_vote_and_a_premier_removed_by_a_court_were_not_removals() {
    // "voted late on Friday to bring down X's cabinet" removes (172), "voted 70 to 55 against X" rejects (120) — told
    // right after the removal it is that vote's count, one act; "mencopot X dari jabatannya" removes; "Mahkamah
    // Konstitusi <negara>" is that country's, by that name
    let d = code("en", "LIMA, March 3 (Reuters) - Peruvian lawmakers voted late on Friday to bring down Prime Minister Rudi Hartanto's cabinet. Peru's Congress voted 70 to 55 against Hartanto.", "2023-03-04");
    assert!(has(&d, "172", "PER", "PER"), "{:?}", summary(&d));
    assert!(!has(&d, "120", "PER", "PER"), "{:?}", summary(&d));
    let d = code("en", "SANTIAGO, March 3 (Reuters) - Chile's Senate voted 70 to 55 against Prime Minister Rudi Hartanto's budget.", "2023-03-04");
    assert!(has(&d, "120", "CHL", "CHL"), "{:?}", summary(&d));
    let d = code("id", "LIMA, Kompas - Mahkamah Konstitusi Peru mencopot Perdana Menteri Rudi Hartanto dari jabatannya, Jumat (3/3/2023).", "2023-03-03");
    assert!(has(&d, "172", "PER", "PER"), "{:?}", summary(&d));
    assert!(d.entities.iter().any(|e| e.name == "Mahkamah Konstitusi Peru" && e.country.as_deref() == Some("PER")), "{:?}", d.entities.iter().map(|e| (&e.name, &e.country)).collect::<Vec<_>>());
}

#[test]
fn regression_a_ban_on_parties_and_a_second_speakers_promise_had_no_sides() {
    // a government dissolving "dozens of political parties" bans them (1722), at home; "X said …, and Y said it would
    // resume military aid" is Y's; a proposal accepted yields (080, with "ready to" its intent); "menggeledah kantor
    // X" is coercion (17)
    let d = code("en", "LIMA, March 6 (AP) — Peru's junta dissolved dozens of political parties on Monday. Chile said it was willing to accept a Bolivian proposal for a truce with Peru, and Argentina said it would resume military aid to Chile.", "2023-03-06");
    assert!(has(&d, "1722", "PER", "PER"), "{:?}", summary(&d));
    assert!(summary(&d).iter().any(|(c, a, t, _)| c.starts_with("03") && a == "CHL" && t == "BOL"), "{:?}", summary(&d));
    assert!(summary(&d).iter().any(|(c, a, t, _)| (c == "072" || c.starts_with("033")) && a == "ARG" && t == "CHL"), "{:?}", summary(&d));
    let d = code("id", "Jakarta - Kejaksaan Agung menggeledah kantor mantan Menteri Pertanian Rudi Hartanto di Cimahi, Senin (6/3/2023).", "2023-03-06");
    assert!(has(&d, "17", "IDN", "IDN"), "{:?}", summary(&d));
}

#[test]
fn regression_an_intended_act_was_dated_by_the_day_it_was_to_start() {
    // "said Wednesday that it will impose … starting <later day>": the threat happened when it was said;
    // the day it is to start is kept as `planned` (English and Indonesian); an act scheduled ("is due to
    // travel on <day>") happens on its day
    let d = code("en", "LIMA (AP) — Peruvian President Rudi Hartanto said Wednesday that Peru will impose tariffs on Chilean copper starting Aug. 1.", "2023-07-13");
    let t = d.events.iter().find(|e| e.code.starts_with("163")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!((t.date.as_deref(), t.planned.as_deref()), (Some("2023-07-12"), Some("2023-08-01")), "{t:?}");
    let d = code("id", "Presiden Peru Rudi Hartanto, Rabu (12/7/2023), mengatakan Peru akan mengenakan tarif 40 persen atas barang dari Cile mulai 1 Agustus 2023.", "2023-07-13");
    let t = d.events.iter().find(|e| e.code.starts_with("16")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!((t.date.as_deref(), t.planned.as_deref()), (Some("2023-07-12"), Some("2023-08-01")), "{t:?}");
    let d = code("en", "Peruvian President Rudi Hartanto is scheduled to fly to Santiago on Friday for a meeting with Chilean President Kresna Wibowo.", "2023-07-12");
    let t = d.events.iter().find(|e| e.code.starts_with("04")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!((t.date.as_deref(), t.planned.as_deref()), (Some("2023-07-14"), None), "{t:?}");
}

#[test]
fn regression_a_second_object_after_and_cut_the_search_for_the_target() {
    // "would resume military aid and <a noun act> with X": a word no verb form can be after
    // "and" opens a second object, not a second predicate, so X is the target of both acts; and the
    // agent words inside the acts' names ("military", "intelligence") are no sides
    let d = code("en", "Peru will now resume military aid and intelligence sharing with the Chilean government, officials in Lima told reporters.", "2023-05-08");
    let s = summary(&d);
    assert!(s.iter().any(|(c, _, _, _)| c.starts_with("07") || c.starts_with("033")) && s.iter().filter(|(c, _, _, _)| c.starts_with("07") || c.starts_with("033") || c == "064").all(|(_, a, t, _)| a == "PER" && t == "CHL"), "{s:?}");
    // (the sharing is resumed as the aid is, "will": intended too, 0314, since the act joined to an intended one is)
    assert!(has(&d, "064", "PER", "CHL") || has(&d, "0314", "PER", "CHL"), "{s:?}");
    // a second predicate keeps its own object: "condemned the raid and urged Bolivia to …"
    let d = code("en", "Peru condemned the raid on Chile and urged Bolivia to pull back its forces.", "2023-05-08");
    assert!(summary(&d).iter().any(|(c, a, t, _)| (c.starts_with("02") || c.starts_with("10")) && a == "PER" && t == "BOL"), "{:?}", summary(&d));
}

#[test]
fn regression_talks_between_two_sides_were_not_coded_and_held_detained() {
    // "talks between X and Y officials" is a meeting of both (symmetric 04), whoever holds it, also after
    // "came after"; "Talks between … were held" holds the talks, it detains no one (PETRARCH's 'held' 170)
    let d = code("en", "LIMA (Reuters) - The accord followed a long night of talks between Peru and Chile in Arica. Talks between Bolivian and Paraguayan envoys were held in Asuncion on Tuesday.", "2023-05-10");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, t, _)| c.starts_with("04") && ((a == "PER" && t == "CHL") || (a == "CHL" && t == "PER"))), "{s:?}");
    assert!(s.iter().any(|(c, a, t, _)| c.starts_with("04") && ((a == "BOL" && t == "PRY") || (a == "PRY" && t == "BOL"))), "{s:?}");
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("17")), "{s:?}");
}

#[test]
fn regression_a_shooting_named_by_a_noun_inside_a_demand_was_not_coded() {
    // "mendesak X menyelidiki penembakan terhadap dua WNI oleh Y di Z, Jumat (…)": the shooting happened
    // (its doer after "oleh", its target after "terhadap" past a count), on the day after it; the demand is
    // the page's; the toll opens the next paragraph and points back ("kejadian itu", unit "WNI")
    let d = code("id", "Jakarta - Pemerintah Indonesia mendesak Cile menyelidiki penembakan terhadap dua warga negara Indonesia oleh Angkatan Laut Cile di lepas pantai Arica, Jumat (3/2/2023) pagi.\n\nSatu WNI meninggal dalam kejadian itu.", "2023-02-06");
    let s = summary(&d);
    let shot = d.events.iter().find(|e| e.code.starts_with("19")).unwrap_or_else(|| panic!("{s:?}"));
    assert_eq!((shot.actor.as_ref().and_then(|a| a.country.as_deref()), shot.target.as_ref().and_then(|a| a.country.as_deref()), shot.date.as_deref().map(|d| &d[..10])), (Some("CHL"), Some("IDN"), Some("2023-02-03")), "{s:?}");
    assert_eq!(shot.fatalities.as_ref().map(|f| f.min), Some(1), "{shot:?}");
    let asked = d.events.iter().find(|e| e.code.starts_with("02") || e.code.starts_with("10")).unwrap_or_else(|| panic!("{s:?}"));
    assert_eq!(asked.date.as_deref(), Some("2023-02-06"), "{s:?}");
}

#[test]
fn regression_a_killing_in_a_strike_with_its_victims_counted_was_two_events() {
    // "X has killed a reporter and three of her aides in a strike on Y": one act of force (the
    // victims, "and", a count, "of her" may stand between the verb and the cause); "condemned the strike"
    // is aimed at its doer; "…, accusing him of …" after "it had targeted X" is the clause subject's act
    // (and the army's own words of the strike right after it, "it had targeted X", naming no place or toll of their
    // own, are that strike told again: one act of force, since the merge of retold force)
    let d = code("en", "Peru has killed Chilean reporter Rudi Hartanto and three of her aides in a strike on a camp used by reporters near a clinic in Arica, the broadcaster said. The Peruvian army said it had targeted Hartanto, accusing her of running a Bolivian rebel unit. Chile condemned the strike as a murder.", "2023-05-08");
    let s = summary(&d);
    assert_eq!(s.iter().filter(|(c, _, _, _)| c.starts_with("19") || c.starts_with("18")).filter(|(_, a, _, _)| a == "PER").count(), 1, "{s:?}");
    assert!(s.iter().any(|(c, a, _, _)| c.starts_with("112") && a == "PER"), "{s:?}");
    assert!(has(&d, "111", "CHL", "PER"), "{s:?}");
}

#[test]
fn regression_a_clause_after_comma_as_had_the_first_subject() {
    // "…, as Prime Minister X welcomed Y": "as" after a comma opens a clause with its own subject; being
    // "wanted by" a court asks nothing; "war crimes" is no war; "took office" seizes nothing
    let d = code("en", "LIMA (AP) — Peru said Thursday it will quit a regional tribunal, as Peruvian Prime Minister Rudi Hartanto welcomed Chilean President Kresna Wibowo, who is wanted by that tribunal over war crimes in a border province. Wibowo, who took office last year, thanked him.", "2023-04-06");
    let s = summary(&d);
    assert!(has(&d, "043", "PER", "CHL") || has(&d, "042", "CHL", "PER"), "{s:?}");
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("03") || c.starts_with("19") || c.starts_with("17")), "{s:?}");
}

#[test]
fn regression_police_action_after_a_dated_protest_took_the_page_s_day() {
    // "Demonstrasi … berakhir bentrok pada Selasa (…) malam. Aparat menyemprotkan meriam air …": a contentious
    // act with no time of its own in the sentence right after is the same episode, on that day
    let d = code("id", "Karangsari - Demonstrasi puluhan petani di halaman Kantor Bupati Karangsari, Jawa Tengah, berakhir bentrok pada Selasa (7/3/2023) malam.\n\nAparat menyemprotkan meriam air ke arah massa.", "2023-03-08");
    let s = summary(&d);
    let p = d.events.iter().find(|e| e.code.starts_with("17")).unwrap_or_else(|| panic!("{s:?}"));
    assert_eq!(p.date.as_deref().map(|x| &x[..10]), Some("2023-03-07"), "{p:?}");
    let r = d.events.iter().find(|e| e.code.starts_with("14")).unwrap_or_else(|| panic!("{s:?}"));
    assert_eq!(r.location.as_ref().map(|l| l.name.as_str()), Some("Karangsari"), "{r:?}");
}

#[test]
fn regression_an_agreement_of_two_subjects_lost_its_pair_to_a_town_after_it() {
    // "X and Y agreed …, on a trip to <a town of X>": the agreement is between X and Y (050 is mutual);
    // "met A on Tuesday night, two days after holding talks with B": the talks were two days before
    let d = code("en", "LIMA, May 9 (Reuters) - Peru and Chile agreed on Tuesday to reopen their border crossings, with ties warming on a trip to Lima by a Chilean team. Chilean Foreign Minister Rudi Hartanto met Peruvian President Kresna Wibowo on Tuesday night, two days after holding talks with Peruvian Foreign Minister Budi Santoso Wiryawan.", "2023-05-09");
    let s = summary(&d);
    let agreed = d.events.iter().find(|e| e.code == "050").unwrap_or_else(|| panic!("{s:?}"));
    assert!(agreed.symmetric && agreed.target.as_ref().and_then(|t| t.country.as_deref()) == Some("CHL"), "{agreed:?}");
    let talks: Vec<Option<&str>> = d.events.iter().filter(|e| e.code.starts_with("04")).map(|e| e.date.as_deref().map(|x| &x[..10])).collect();
    assert!(talks.contains(&Some("2023-05-07")) && talks.contains(&Some("2023-05-09")), "{s:?} {talks:?}");
}

#[test]
fn regression_a_topic_discussed_was_a_meeting_with_it() {
    // "membahas usulan keanggotaan X" with no partner after "dengan" and no pair of subjects consults no one;
    // "menuding X hendak …" accuses (112); "A luka dan B ditahan": B were detained
    let d = code("id", "Jakarta - Para menteri ASEAN tengah membahas usulan keanggotaan Bolivia. Presiden Cile Rudi Hartanto menuding kelompok oposisi hendak merebut kekuasaan. Menteri Dalam Negeri Cile Kresna Wibowo mengatakan dua petugas luka dan belasan mahasiswa ditahan.", "2023-06-29");
    let s = summary(&d);
    assert!(!s.iter().any(|(c, _, t, _)| c.starts_with("04") && t == "BOL"), "{s:?}");
    assert!(s.iter().any(|(c, a, _, _)| c.starts_with("112") && a == "CHL"), "{s:?}");
    let arrest = d.events.iter().find(|e| e.code.starts_with("17")).unwrap_or_else(|| panic!("{s:?}"));
    assert_eq!(arrest.target.as_ref().and_then(|t| t.sector.as_deref()), Some("EDU"), "{arrest:?}");
}

#[test]
fn regression_a_toll_told_before_the_force_that_caused_it_stood_alone() {
    // "At least 19 people were killed during marches … . Soldiers opened fire on marchers …": the count is
    // the soldiers' force, told once; "the 1976 X Y revolt" is a thing, not a time; "mengecam pencegatan itu"
    // is aimed at who intercepted, not at who was detained after
    let d = code("en", "At least 19 people were killed during marches against the government across Peru on Monday, a rights group said.\n\nSoldiers opened fire on marchers in Lima, the group said.\n\nProtesters had taken to the streets on the anniversary of the 1976 Santa Clara revolt.", "2023-07-11");
    let s = summary(&d);
    let force: Vec<&warta_core::Event> = d.events.iter().filter(|e| e.code.get(..2).and_then(|r| r.parse::<u32>().ok()).is_some_and(|r| r >= 17)).collect();
    assert_eq!(force.len(), 1, "{s:?}");
    assert_eq!((force[0].fatalities.as_ref().map(|f| f.min), force[0].date.as_deref()), (Some(19), Some("2023-07-10")), "{:?}", force[0]);
    assert!(!d.events.iter().any(|e| e.date.as_deref() == Some("1990")), "{s:?}");
    let d = code("id", "Lima - Angkatan Laut Cile mencegat sebuah kapal nelayan Peru di perairan sengketa, Senin (5/6/2023). Delapan awak kapal itu ditahan. Pemerintah Bolivia mengecam pencegatan itu.", "2023-06-05");
    let c = d.events.iter().find(|e| e.code.starts_with("11")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(c.target.as_ref().and_then(|t| t.sector.as_deref()), Some("MIL"), "{c:?}");
}

#[test]
fn regression_they_aiming_at_one_of_a_pair_became_the_pair() {
    // after a meeting of X and Y, "they might bring back sanctions on X" aims at X: "they" is the pair only in an
    // act done between its two sides
    let d = code("en", "LIMA (AP) — Chilean envoys met Peruvian officials in Lima on Friday. Three neighbouring states said they might bring back regional sanctions on Peru unless the talks bear fruit.", "2023-07-28");
    let s = summary(&d);
    assert!(s.iter().any(|(c, _, t, _)| c.starts_with("16") && t == "PER"), "{s:?}");
    assert!(!d.events.iter().any(|e| e.code.starts_with("16") && e.symmetric), "{s:?}");
}

#[test]
fn regression_the_speaker_closing_a_sentence_with_after_became_the_target() {
    // "X and Y agreed …, Z said after hosting a meeting": the speaker is no target of the agreement, and the act
    // after "after" is the speaker's
    let d = code("en", "SANTIAGO, June 5 (Reuters) - Chile and Peru agreed on Monday to a full truce from dawn, Bolivian President Kresna Wibowo said after hosting a meeting of the two neighbours.", "2023-06-05");
    let s = summary(&d);
    assert!(!s.iter().any(|(c, a, t, _)| (c.starts_with("05") || c.starts_with("08")) && (a == "BOL" || t == "BOL")), "{s:?}");
    assert!(d.events.iter().any(|e| (e.code.starts_with("05") || e.code.starts_with("08")) && e.symmetric), "{s:?}");
    assert!(s.iter().any(|(c, a, _, _)| c.starts_with("04") && a == "BOL"), "{s:?}");
}

#[test]
fn regression_envoys_attending_talks_became_their_targets() {
    // "X and Y met …, at the meeting also observed by the A and B envoys": the meeting is between X and Y
    let d = code("en", "Chilean President Rudi Hartanto and Peru's acting Prime Minister Budi Santoso Wiryawan met at a lakeside villa on Monday, at the meeting also observed by the Brazilian and Argentine envoys.", "2023-06-05");
    let s = summary(&d);
    assert!(d.events.iter().any(|e| e.code.starts_with("04") && e.symmetric), "{s:?}");
    assert!(!s.iter().any(|(_, _, t, _)| t == "BRA" || t == "ARG"), "{s:?}");
}

#[test]
fn regression_a_region_after_a_country_s_possessive_and_a_direction_lost_to_the_country() {
    // "in Ukraine's central Poltava region": the act happened in the region, not just in the country
    let d = code("en", "A missile hit a minibus with workers in Ukraine's central Poltava region on Tuesday, killing four, regional officials said.", "2023-06-03");
    let e = d.events.iter().find(|e| e.code.starts_with("19") || e.code.starts_with("18")).expect("force coded");
    assert_eq!(e.location.as_ref().map(|l| l.name.as_str()), Some("Poltava"), "{:?}", summary(&d));
}

#[test]
fn regression_they_said_by_unnamed_leaders_went_to_the_last_sentence_s_person() {
    // "Asian diplomats who met X said they would …": "they" is the diplomats, not the person of the sentence before
    let d = code("en", "Indonesian President Budi Santoso Wiryawan rejected the proposal on Monday.\n\nAsian envoys who saw officials in Tokyo this week said they intend to press for fresh sanctions on Indonesia.", "2023-06-05");
    let s = summary(&d);
    assert!(!s.iter().any(|(c, a, t, _)| a == "IDN" && t == "IDN" && !c.starts_with("12")), "{s:?}");
    assert!(!s.iter().skip(1).any(|(_, a, _, _)| a == "IDN"), "{s:?}");
}

#[test]
fn regression_heading_a_delegation_and_proposing_talks_were_miscoded() {
    // "who led the X delegation" is no cooperation; "had proposed talks" offers to meet (036)
    let d = code("en", "Chilean Foreign Minister Rudi Hartanto, who led the Chilean delegation, told reporters progress was made. Peru, which had proposed talks in April, welcomed the result.", "2023-06-05");
    let s = summary(&d);
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("06")), "{s:?}");
    assert!(s.iter().any(|(c, a, _, _)| c.starts_with("036") && a == "PER"), "{s:?}");
}

#[test]
fn regression_troops_defending_themselves_defended_someone() {
    let d = code("id", "Kementerian Pertahanan Peru menuduh Chile melakukan agresi dan mengatakan prajuritnya cuma membela diri.", "2023-06-05");
    let s = summary(&d);
    assert!(has(&d, "112", "PER", "CHL"), "{s:?}");
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("05")), "{s:?}");
}

#[test]
fn regression_a_clash_between_two_forces_two_words_on_was_not_coded() {
    // "Pertempuran sengit meletus antara pasukan X dan Y": fighting between both, symmetric
    let d = code("id", "Pertempuran sengit meletus antara pasukan Chile dan Peru di dekat garis batas pada Senin (5/6) pagi.", "2023-06-05");
    let s = summary(&d);
    assert!(d.events.iter().any(|e| e.code.starts_with("19") && e.symmetric && e.actor.as_ref().and_then(|a| a.country.as_deref()) == Some("CHL")), "{s:?}");
}

#[test]
fn regression_a_toll_with_its_cause_after_a_place_and_an_apposition_had_no_doer() {
    // "N orang meninggal di kota X, kebanyakan anak-anak, akibat tembakan roket dari pihak Y"
    let d = code("id", "Militer Peru menyebut sedikitnya sembilan orang meninggal di kota Tacna, kebanyakan anak-anak, akibat tembakan roket dari pihak Chile.", "2023-06-05");
    let s = summary(&d);
    let e = d.events.iter().find(|e| e.code.starts_with("19")).unwrap_or_else(|| panic!("{s:?}"));
    assert_eq!(e.actor.as_ref().and_then(|a| a.country.as_deref()), Some("CHL"), "{s:?}");
    assert_eq!(e.fatalities.as_ref().map(|f| f.min), Some(9), "{s:?}");
}

#[test]
fn regression_an_old_toll_went_to_a_later_firefight() {
    // clashes over a span of years that killed 30, then a soldier killed last May: two times, two tolls; the
    // span is dated by its first year
    let d = code("id", "Dari 1998 hingga 2003, pertempuran di sepanjang garis batas menewaskan sedikitnya 30 orang.\n\nSeorang prajurit Chile juga gugur dalam kontak tembak pendek di zona sengketa pada Mei lalu.", "2023-06-05");
    let s = summary(&d);
    let late = d.events.iter().find(|e| e.date.as_deref() == Some("2023-05")).unwrap_or_else(|| panic!("{s:?}"));
    assert!(late.fatalities.as_ref().is_none_or(|f| f.min < 30), "{s:?}");
    assert!(d.events.iter().any(|e| e.date.as_deref() == Some("1998") && e.fatalities.as_ref().is_some_and(|f| f.min == 30)), "{:?}", d.events.iter().map(|e| (&e.code, &e.date)).collect::<Vec<_>>());
}

#[test]
fn regression_a_suspect_named_after_a_long_title_list_and_by_initials() {
    // a title with commas ("Menteri Pertanian, Kehutanan, dan Kelautan") inside the `**` skip; the detention told
    // in the passive is the same body's; the suspect's initials are that person
    let d = code("id", "Kejaksaan Agung menetapkan mantan Menteri Pertanian, Kehutanan, Perikanan, dan Kelautan Rudi Hartanto Wibisono sebagai tersangka pada Senin (5/6/2023).\n\nRudi langsung ditahan di Rutan Cipinang selama dua pekan.\n\n\"Penyidik menetapkan RHW sebagai tersangka,\" ujar seorang jaksa.", "2023-06-05");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, t, _)| c.starts_with("112") && a == "IDN" && t == "IDN"), "{s:?}");
    let det = d.events.iter().find(|e| e.code.starts_with("17")).unwrap_or_else(|| panic!("{s:?}"));
    assert_eq!(det.actor.as_ref().map(|a| a.text.as_str()), Some("Kejaksaan Agung"), "{s:?}");
    let p = d.entities.iter().find(|e| e.name == "Rudi Hartanto Wibisono").expect("the suspect");
    assert!(p.mentions.iter().any(|m| &d.body[m.start..m.end] == "RHW"), "{:?}", p.mentions);
}

#[test]
fn regression_what_a_report_says_was_asserted_and_aimed_at_the_one_asked() {
    // "X ditanyai soal laporan bahwa Y meminta izin …": reported, and X is not whom Y asked
    let d = code("id", "Dalam jumpa pers, Presiden Chile Rudi Hartanto ditanyai soal laporan bahwa Peru meminta izin memakai pelabuhan di Bolivia.", "2023-06-05");
    let s = summary(&d);
    let e = d.events.iter().find(|e| e.code.starts_with("02")).unwrap_or_else(|| panic!("{s:?}"));
    assert_eq!(e.modality, "reported", "{s:?}");
    assert!(e.target.as_ref().is_none_or(|t| t.country.as_deref() != Some("CHL")), "{s:?}");
}

#[test]
fn regression_a_victim_run_over_by_a_unit_s_vehicle_had_no_doer_and_no_toll() {
    // "Seorang pedagang (pasar), X (34), meninggal usai dilindas truk taktis (rantis) Brimob": one dead,
    // the unit whose vehicle it was is the doer; the name with an age in brackets is a person
    let d = code("id", "Jakarta - Seorang pedagang sayur keliling (pasar), Kresna Wibowo (34), meninggal usai dilindas truk taktis (rantis) Brimob ketika polisi membubarkan massa di Jakarta, Senin (5/6/2023) malam.", "2023-06-06");
    let s = summary(&d);
    let e = d.events.iter().find(|e| e.code.starts_with("18") || e.code.starts_with("19")).unwrap_or_else(|| panic!("{s:?}"));
    assert_eq!(e.actor.as_ref().and_then(|a| a.sector.as_deref()), Some("COP"), "{s:?}");
    assert_eq!(e.fatalities.as_ref().map(|f| f.min), Some(1), "{s:?}");
    assert!(d.entities.iter().any(|x| x.name == "Kresna Wibowo" && x.etype == warta_core::EntityType::Person), "{:?}", d.entities.iter().map(|x| &x.name).collect::<Vec<_>>());
}

#[test]
fn regression_an_apology_an_order_and_arrests_counted_by_the_police_were_missed() {
    let d = code("id", "Jakarta - Kapolri Jenderal Rudi Hartanto menyampaikan permintaan maaf atas insiden itu.\n\nPresiden Indonesia Budi Santoso Wiryawan memerintahkan agar insiden itu diselidiki.\n\nPanglima memerintahkan jajarannya untuk berjaga.\n\nPolda mencatat lebih dari 200 orang ditahan sepanjang kerusuhan Senin.", "2023-06-06");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, _, _)| c.starts_with("055") && a == "IDN"), "{s:?}");
    assert_eq!(s.iter().filter(|(c, _, _, _)| c.starts_with("10")).count(), 1, "an order to one's own ranks is no demand: {s:?}");
    let arrest = d.events.iter().find(|e| e.code.starts_with("17")).unwrap_or_else(|| panic!("{s:?}"));
    assert_eq!(arrest.actor.as_ref().map(|a| a.text.as_str()), Some("Polda"), "{s:?}");
    assert_eq!(arrest.target.as_ref().and_then(|t| t.sector.as_deref()), Some("CVL"), "{s:?}");
}

#[test]
fn regression_what_a_protest_rejects_after_a_time_clause_was_the_parliament_s_act() {
    // "Demonstrasi yang berlangsung sejak Senin di depan Gedung DPRD itu menolak …": the protest rejects, not
    // the parliament
    let d = code("id", "Demonstrasi yang berlangsung sejak Senin (5/6) di depan Gedung DPRD itu menolak kenaikan gaji anggota dewan.", "2023-06-08");
    let s = summary(&d);
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("12")), "{s:?}");
}

#[test]
fn regression_aid_dropped_over_another_state_s_land_had_no_recipient() {
    let d = code("id", "Dua pesawat TNI AU menerjunkan paket bantuan pangan di Jalur Gaza, Palestina, pada Selasa (6/6/2023).", "2023-06-06");
    assert!(has(&d, "07", "IDN", "PSE"), "{:?}", summary(&d));
}

#[test]
fn regression_the_two_sides_after_a_background_visit_became_that_visit_s_pair() {
    // a meeting of today, then a sentence on an agreement of last November, then "kedua pihak sepakat …": today's pair
    // and today's date; and a meeting of two ministers on each side is one event between the two states
    let d = code("id", "Jakarta (ANTARA) - Menteri Luar Negeri Kresna Wibowo dan Menteri Pertahanan Rudi Hartanto bertemu dengan Menlu Chile dan Menhan Chile di Jakarta, Senin.\n\nPertemuan itu merupakan tindak lanjut kesepakatan kedua presiden saat Presiden Budi Santoso Wiryawan berkunjung ke Santiago pada November 2022.\n\nDalam pertemuan tersebut, kedua negara setuju meningkatkan kerja sama pertahanan.", "2023-06-05");
    let s = summary(&d);
    assert_eq!(d.events.iter().filter(|e| e.code.starts_with("040")).count(), 1, "{s:?}");
    let agree = d.events.iter().find(|e| e.code.starts_with("03") && e.date.as_deref() == Some("2023-06-05")).unwrap_or_else(|| panic!("{:?}", d.events.iter().map(|e| (&e.code, &e.date)).collect::<Vec<_>>()));
    let countries: Vec<_> = [&agree.actor, &agree.target].iter().filter_map(|p| p.as_ref().and_then(|p| p.country.clone())).collect();
    assert!(countries.contains(&"IDN".to_string()) && countries.contains(&"CHL".to_string()), "{s:?}");
}

#[test]
fn regression_an_upcoming_month_was_the_last_one() {
    let d = code("id", "Menteri Pertahanan Rudi Hartanto juga menerima undangan untuk menghadiri forum keamanan di Santiago pada September mendatang.", "2023-04-21");
    assert!(d.times.iter().any(|t| t.value == "2023-09"), "{:?}", d.times);
}

#[test]
fn regression_a_province_of_x_joined_to_a_known_city_had_no_country() {
    let d = code("en", "Militants said drones had struck Kabul and the southern province of Nangarhar this week, which Pakistan denied.", "2023-06-05");
    let p = d.entities.iter().find(|e| e.name == "Nangarhar").unwrap_or_else(|| panic!("{:?}", d.entities.iter().map(|x| &x.name).collect::<Vec<_>>()));
    assert_eq!(p.country.as_deref(), Some("AFG"));
}

#[test]
fn regression_operations_launched_against_border_posts_opened_a_border() {
    // PETRARCH's "launched * border" (050) reached over "operations against"; and "claimed that" is a report
    let d = code("en", "Chile's defence ministry said its troops had launched punitive operations against Peruvian border outposts late on Saturday. Peru's army said 12 soldiers died and claimed that over 40 Chilean fighters were killed.", "2023-06-05");
    let s = summary(&d);
    assert!(has(&d, "19", "CHL", "PER"), "{s:?}");
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("05") || c.starts_with("11")), "{s:?}");
}

#[test]
fn regression_a_claimed_attack_went_to_the_strikes_told_before_it() {
    // "X struck Y, a day after rebels claimed an attack against a tanker": the claimed attack is the rebels'; the strikes
    // stay X's; gunners who repelled the attack fought it
    let d = code("en", "Peru launched air strikes on two harbours in Chile on Monday, a day after Chilean rebels claimed an attack against a tanker. The Chilean rebels said their gunners had repelled the attack.", "2023-06-05");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, _, _)| (c.starts_with("18") || c.starts_with("19")) && a == "CHL"), "{s:?}");
    assert!(has(&d, "19", "PER", "CHL"), "{s:?}");
    assert!(s.iter().any(|(c, a, _, _)| c.starts_with("015") && a == "CHL"), "a claim of responsibility: {s:?}");
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("04")), "{s:?}");
    // (the attack the gunners repelled is the other side's strikes, not the one their own side claimed)
    assert!(s.iter().any(|(c, _, t, _)| c.starts_with("19") && t == "PER"), "{s:?}");
}

#[test]
fn regression_a_truce_of_two_subjects_went_to_one_of_them() {
    // "X and Y agreed on <day> to a truce …, with X cutting duties on Y's goods": the truce is between the two,
    // not one of them with itself; a meeting "near the northern <country> city of Z" happened in Z
    let d = code("en", "SANTIAGO, May 4 (Reuters) - Peruvian President Rudi Hartanto and Chilean President Kresna Wibowo agreed on Sunday to a six-month truce in their tariff dispute, with Lima cutting duties on Chilean copper.\n\nThe two presidents met for two hours at a naval base near the central Chilean city of Valparaiso.", "2023-05-04");
    let s = summary(&d);
    assert!(!s.iter().any(|(c, a, t, _)| c.starts_with("08") && a == t), "{s:?}");
    let talk = d.events.iter().find(|e| e.code.starts_with("04")).unwrap_or_else(|| panic!("{s:?}"));
    assert_eq!(talk.location.as_ref().map(|l| l.name.as_str()), Some("Valparaiso"), "{s:?}");
}

#[test]
fn regression_a_coordinating_minister_by_full_portfolio_was_no_person() {
    // "Menteri Koordinator Bidang Pangan X dan Komisioner … Y": the title runs over its portfolio
    let d = code("id", "Nota itu diteken Menteri Koordinator Bidang Pangan Kresna Wibowo dan Komisioner Perdagangan Chile Rudi Hartanto di Jakarta.", "2023-05-05");
    let p = d.entities.iter().find(|e| e.name == "Kresna Wibowo").unwrap_or_else(|| panic!("{:?}", d.entities.iter().map(|x| &x.name).collect::<Vec<_>>()));
    assert_eq!(p.country.as_deref(), Some("IDN"));
}

#[test]
fn regression_a_threat_to_attack_was_coded_as_the_attack() {
    // "threatened to attack X", "mengancam akan menyerang X": one threat (CAMEO 13 by the act threatened) against X,
    // no attack and no second threat
    let d = code("en", "Chilean rebels threatened to attack a Peruvian military post on Monday.", "2023-05-09");
    let s = summary(&d);
    assert!(has(&d, "138", "CHL", "PER"), "{s:?}");
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("18") || c.starts_with("19")), "{s:?}");
    let d = code("id", "Menteri Luar Negeri Peru mengancam akan memutuskan hubungan diplomatik dengan Cile.", "2023-05-09");
    let s = summary(&d);
    assert_eq!(s.iter().filter(|(c, _, _, _)| c.starts_with("13")).count(), 1, "{s:?}");
    assert!(has(&d, "13", "PER", "CHL"), "{s:?}");
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("16")), "{s:?}");
}

#[test]
fn regression_a_verb_after_continue_to_was_read_as_a_noun() {
    // "would continue to strike X until they withdrew": the army strikes X (said as intended: a threat of force,
    // 138); what it waits for is no act
    let d = code("en", "Chile's defence minister Kresna Wibowo said the Chilean army would continue to strike Peruvian forces until they withdrew from the border.", "2023-05-09");
    let s = summary(&d);
    assert!(has(&d, "138", "CHL", "PER"), "{s:?}");
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("08")), "{s:?}");
}

#[test]
fn regression_a_bare_noun_subject_of_a_reported_clause_was_the_speakers() {
    // "said recognition would reward X": what recognition does is not the speaker's act
    let d = code("en", "Peru's ambassador to the UN said recognition would reward the Chilean government.", "2023-05-09");
    let s = summary(&d);
    assert!(!s.iter().any(|(c, a, _, _)| c.starts_with("03") && a == "PER"), "{s:?}");
}

#[test]
fn regression_a_town_before_office_of_was_the_target() {
    // "raided the <town> office of a Peruvian agency": against Peru, not the town's state; the dead of an
    // earlier raid told after "after" are not this raid's, and police at home act where the raid was
    let d = code("en", "SANTIAGO, May 8 (Reuters) - Chilean police raided the Valparaiso office of a Peruvian trade agency on Monday, after two Chilean men died during a police raid in Lima.", "2023-05-08");
    let s = summary(&d);
    let raid = d.events.iter().find(|e| e.trigger == "raided").unwrap_or_else(|| panic!("{s:?}"));
    assert_eq!(raid.target.as_ref().and_then(|t| t.country.as_deref()), Some("PER"), "{s:?}");
    assert!(raid.fatalities.is_none(), "{s:?}");
    assert!(d.events.iter().any(|e| e.trigger == "raid" && e.actor.as_ref().and_then(|a| a.country.as_deref()) == Some("PER")), "{s:?}");
}

#[test]
fn regression_a_cancelled_visit_by_another_sides_minister_had_no_target() {
    // what is cancelled or called off was the other side's, named after "by"; "events organised by X" is no act
    let d = code("en", "On Saturday, Chile cancelled the two festivals organised by Peruvian state bodies and called off the announced visit by Peru's deputy foreign minister.", "2023-05-09");
    let s = summary(&d);
    assert!(has(&d, "16", "CHL", "PER"), "{s:?}");
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("05")), "{s:?}");
}

#[test]
fn regression_a_denial_of_the_claim_had_no_target() {
    // "denied the claim", "membantah klaim tersebut": aimed at the side that made it
    let d = code("en", "Peru's army said on Monday it had killed five Chilean fighters near the border. Chile's defence ministry denied the claim.", "2023-05-09");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, t, _)| (c.starts_with("01") || c.starts_with("11")) && a == "CHL" && t == "PER"), "{s:?}");
    // (at home, the other side is another sector: the rebels' spokesman denies what the army said)
    let d = code("id", "Tentara Nasional Indonesia mengatakan prajuritnya menewaskan lima anggota OPM di Kabupaten Nduga. Juru bicara OPM Kresna Wibowo membantah klaim tersebut.", "2023-05-09");
    let denial = d.events.iter().find(|e| e.code.starts_with("016")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(denial.target.as_ref().and_then(|t| t.sector.as_deref()), Some("MIL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_rebel_spokesman_was_a_government_official() {
    // "Juru bicara <kelompok pemberontak> X": the spokesman of rebels takes the rebels' sector; his threat to avenge
    // "penembakan tersebut" is aimed at the army that attacked
    let d = code("id", "Tentara Nasional Indonesia menyerang markas OPM di Kabupaten Nduga pada Senin (8/5/2023). Juru bicara OPM Kresna Wibowo mengancam akan membalas penembakan tersebut.", "2023-05-09");
    let p = d.entities.iter().find(|e| e.name == "Kresna Wibowo").unwrap_or_else(|| panic!("{:?}", d.entities.iter().map(|x| &x.name).collect::<Vec<_>>()));
    assert_eq!(p.sector.as_deref(), Some("REB"));
    let threat = d.events.iter().find(|e| e.code.starts_with("13")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(threat.target.as_ref().and_then(|t| t.sector.as_deref()), Some("MIL"), "{:?}", summary(&d));
}

#[test]
fn regression_two_warrants_of_a_court_were_two_events() {
    // one trigger, one court, two people of one state: one act
    let d = code("en", "The International Criminal Court issued arrest warrants for Chile's president Kresna Wibowo and its former defence minister Rudi Hartanto on Thursday.", "2023-05-09");
    let s = summary(&d);
    assert_eq!(s.iter().filter(|(c, _, t, _)| c.starts_with("17") && t == "CHL").count(), 1, "{s:?}");
}

#[test]
fn regression_taking_the_same_step_was_a_seizure() {
    // "took a similar step" does what another side did (told before): no seizure (PETRARCH's 'took' is 171); a
    // diplomatic engagement of "all sides" is no combat
    let d = code("en", "Chile recognised the new state on Monday, a day after Peru and Bolivia took a similar step. Washington had engaged both sides, the Chilean foreign minister said.", "2023-05-09");
    let s = summary(&d);
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("17") || c.starts_with("19")), "{s:?}");
}

#[test]
fn regression_an_act_told_as_a_purpose_was_asserted() {
    // "penggerebekan dilakukan untuk membebaskan sandera": the purpose of an act is not told as done
    let d = code("id", "Juru bicara Tentara Cile mengatakan penggerebekan tersebut dilakukan untuk membebaskan sandera Peru dari penculik.", "2023-05-09");
    let s = summary(&d);
    assert!(!s.iter().any(|(_, _, _, m)| m == "asserted"), "{s:?}");
}

#[test]
fn regression_its_soldiers_after_saying_were_the_objects() {
    // "X said it had deployed units against Y, saying its troops had helped Z": X's soldiers, not Y's
    let d = code("en", "Chile on Monday said that it had deployed units against Peru, saying its troops had helped the army of Bolivia.", "2023-05-09");
    let help = d.events.iter().find(|e| e.trigger == "helped").unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(help.actor.as_ref().and_then(|a| a.country.as_deref()), Some("CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_deployment_condemned_went_to_another_act() {
    // "condemned the deployment": the last act of that kind told before, whoever's it was
    let d = code("en", "Chile sent troops to Bolivia on Monday. Peru condemned the deployment.", "2023-05-09");
    let s = summary(&d);
    assert!(has(&d, "11", "PER", "CHL"), "{s:?}");
}

#[test]
fn regression_sanctions_approved_were_an_approval() {
    // a body approving sanctions imposes them; a summit cancelled reduces relations, no plan
    let d = code("en", "The European Union adopted a fresh round of sanctions against Chile. Peru's president Rudi Hartanto said on Friday that he cancelled the planned summit with Chile's president in Lima.", "2023-05-09");
    let s = summary(&d);
    assert!(s.iter().any(|(c, _, t, _)| c.starts_with("163") && t == "CHL"), "{s:?}");
    assert!(has(&d, "16", "PER", "CHL"), "{s:?}");
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("03") || c.starts_with("08")), "{s:?}");
}

#[test]
fn regression_drills_around_a_state_were_cooperation() {
    // "latihan perang gabungan di sekitar X" is a show of force against X, not cooperation with it; the drills
    // condemned after ("latihan tersebut") are those; calling a side aggressive criticises it
    let d = code("id", "Cile menggelar latihan perang gabungan di sekitar Peru pada Selasa (2/5/2023). Peru mengecam latihan tersebut pada Rabu. Kementerian Luar Negeri Bolivia mengatakan Cile bersikap agresif.", "2023-05-03");
    let s = summary(&d);
    assert!(has(&d, "15", "CHL", "PER"), "{s:?}");
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("06")), "{s:?}");
    assert!(has(&d, "11", "PER", "CHL"), "{s:?}");
    assert!(has(&d, "11", "BOL", "CHL"), "{s:?}");
}

#[test]
fn regression_a_missile_fired_by_a_group_had_no_doer() {
    // "rudal yang ditembakkan (oleh) X": X's air attack on where it fell or was fired to; drones launched toward a
    // state attack it
    let d = code("id", "TEL AVIV -- Sebuah roket yang ditembakkan militan Hizbullah menghantam pelabuhan di Haifa, Minggu (7/5/2023). Militer Israel menyatakan Hizbullah meluncurkan sekitar 20 pesawat nirawak ke arah Israel. Roket lain yang ditembakkan dari Suriah ke Israel utara jatuh di ladang.", "2023-05-08");
    let s = summary(&d);
    assert!(has(&d, "195", "LBN", "ISR"), "{s:?}");
    assert!(d.events.iter().any(|e| e.trigger.contains("nirawak") && e.code.starts_with("19")), "{s:?}");
    assert!(has(&d, "195", "SYR", "ISR"), "{s:?}");
    assert!(!s.iter().any(|(_, a, t, _)| a == "-" || t == "LBN"), "{s:?}");
}

#[test]
fn regression_an_accreditation_revoked_was_no_act() {
    // revoking envoys' accreditation and ordering them out is an expulsion by the state that said it; the second
    // verb after "and" is its subject's, not the envoys' state's
    let d = code("en", "Chile said on Monday it had revoked the accreditation of two Peruvian diplomats and ordered them to leave the country.", "2023-05-09");
    let s = summary(&d);
    assert!(has(&d, "161", "CHL", "PER"), "{s:?}");
    assert!(!s.iter().any(|(_, a, _, _)| a == "PER"), "{s:?}");
    // (a capitalised word of a name is no act before the second verb: "United Arab Emirates")
    let d = code("en", "DUBAI, United Arab Emirates (AP) — Chilean commandos boarded a Peruvian ship near the port on Saturday and seized the vessel.", "2023-05-09");
    assert!(has(&d, "171", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_time_after_local_time_words_was_the_relative_clauses() {
    // "…, Rabu (3/5/2023) waktu setempat." closing the sentence dates its main act, as a closing time does
    let d = code("id", "Presiden Cile Kresna Wibowo mengenakan tarif impor terhadap barang asal Peru dalam kebijakan yang diumumkan di Santiago, Rabu (3/5/2023) waktu setempat.", "2023-05-04");
    let e = d.events.iter().find(|e| e.code.starts_with("163")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(e.date.as_deref(), Some("2023-05-03"));
}

#[test]
fn regression_accusations_called_baseless_had_no_target() {
    // "said the accusations were baseless": a rejection aimed at the side that made them; a state's invasion "of"
    // another is against that other; weighing a response is no consultation
    let d = code("en", "Chile accused Peru of spying on Monday. Peru's foreign ministry, in a statement, called the accusations as baseless and said Lima would consider a response. Relations have been poor since Chile's invasion of Bolivia in 2019.", "2023-05-09");
    let s = summary(&d);
    assert!(has(&d, "11", "PER", "CHL"), "{s:?}");
    assert!(has(&d, "19", "CHL", "BOL"), "{s:?}");
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("04") || c.starts_with("036")), "{s:?}");
}

#[test]
fn regression_foreign_nationals_of_two_states_were_the_home_countrys() {
    // "dua warga negara asing (WNA) asal X dan Y": nationals of X and of Y, past the bracketed abbreviation; a regency
    // named in that sentence is not in X or Y
    let d = code("id", "SURABAYA - Polda Jawa Timur menangkap dua warga negara asing (WNA) asal Cile dan Peru di Kabupaten Tanjungsari, Senin (8/5/2023).", "2023-05-09");
    let s = summary(&d);
    assert!(has(&d, "173", "IDN", "CHL"), "{s:?}");
    assert!(has(&d, "173", "IDN", "PER"), "{s:?}");
    let place = d.entities.iter().find(|e| e.name == "Tanjungsari").unwrap_or_else(|| panic!("{:?}", d.entities.iter().map(|x| &x.name).collect::<Vec<_>>()));
    assert_eq!(place.country.as_deref(), Some("IDN"));
}

#[test]
fn regression_a_meeting_at_an_unnamed_venue_had_no_place() {
    // "met at a guest house near the capital" soon after a dateline: the dateline's town
    let d = code("en", "LIMA, May 8 (Reuters) - Chile and Bolivia on Monday agreed to reopen their border, Peru's president said after the talks.\n\nChile's foreign minister Kresna Wibowo and Bolivia's foreign minister Rudi Hartanto met at the presidential guest house near the capital.", "2023-05-08");
    let m = d.events.iter().find(|e| e.trigger == "met").unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(m.location.as_ref().map(|l| l.name.as_str()), Some("LIMA"), "{:?}", summary(&d));
}

#[test]
fn regression_relations_broken_off_and_a_raid_condemned_had_no_target() {
    // "was breaking relations with X" breaks relations (PETRARCH's 'breaking' is 190); "condemned the raid" after
    // police forced open the gates of a building is against those police's state; "served under" a leader and
    // "sheltering there" are no acts; "take the dispute to the court" is a lawsuit
    let d = code("en", "LIMA, May 5 (AP) - Peruvian police forced open the gates of the Chilean embassy in Lima late on Friday and detained Kresna Wibowo, who had been sheltering in the building since March.\n\nChile said it was breaking relations with Peru and would take the dispute to the International Court of Justice, while Bolivia condemned the raid.\n\nWibowo served under a former president in the 2010s.", "2023-05-06");
    let s = summary(&d);
    assert!(has(&d, "161", "CHL", "PER"), "{s:?}");
    assert!(has(&d, "111", "BOL", "PER"), "{s:?}");
    assert!(s.iter().any(|(c, a, _, _)| c == "115" && a == "CHL"), "{s:?}");
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("075") || c.starts_with("06") || c.starts_with("19")), "{s:?}");
}

#[test]
fn regression_a_leader_condemning_blasts_as_a_violation_of_his_own_country_targeted_it() {
    // "denounced the blasts as an attack on X sovereignty" by X's prime minister is not aimed at X; "held X
    // responsible" blames X; "was slightly injured" is passive past its adverb
    let d = code("en", "LIMA (AP) - Peruvian Prime Minister Rudi Hartanto denounced the blasts as \"an attack on Peruvian sovereignty\". A Peruvian militia said it held Chile responsible for the blasts. Bolivia's ambassador to Peru, Kresna Wibowo, was slightly injured in the blasts.", "2023-05-06");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, t, _)| c == "111" && a == "PER" && t == "-"), "{s:?}");
    assert!(has(&d, "112", "PER", "CHL"), "{s:?}");
    assert!(!s.iter().any(|(c, a, _, _)| c.starts_with("18") && a == "BOL"), "{s:?}");
}

#[test]
fn regression_a_fronted_phrase_gave_the_subject_and_bans_had_no_code() {
    // "Dalam sambutannya di gedung X, Y meminta …": the subject is after the comma; an import ban "dari X" is
    // against X; calling a decision selfish criticises it; a visa revoked reduces relations
    let d = code("id", "Dalam sambutannya di gedung PBB, Presiden Peru Rudi Hartanto meminta tentara Chile untuk mundur. Chile mengumumkan larangan impor buah dari Peru mulai bulan depan. Kementerian Luar Negeri Bolivia menyebut langkah Peru \"egois\". Bolivia mencabut visa Presiden Peru Rudi Hartanto.", "2023-05-06");
    let s = summary(&d);
    assert!(has(&d, "02", "PER", "CHL"), "{s:?}");
    assert!(has(&d, "163", "CHL", "PER"), "{s:?}");
    assert!(has(&d, "111", "BOL", "PER"), "{s:?}");
    assert!(has(&d, "160", "BOL", "PER"), "{s:?}");
}

#[test]
fn regression_a_condition_after_an_intent_with_no_act_was_asserted() {
    // "the curbs would remain until X let …": what the curbs wait for is a condition even when
    // the intended words code no act; exports and imports halted "to and from X" are an embargo on X
    let d = code("en", "LIMA, May 4 (Reuters) - Peru has stopped all exports and imports to and from Chile starting on Thursday, according to its economy ministry.\n\nThe ministry said the curbs would remain until Chile allowed food aid to reach the border towns.", "2023-05-04");
    let s = summary(&d);
    assert!(has(&d, "163", "PER", "CHL"), "{s:?}");
    assert!(!s.iter().any(|(c, a, _, _)| a == "CHL" && (c.starts_with("08") || c.starts_with("07"))), "{s:?}");
}

#[test]
fn regression_an_arrest_after_an_apposition_with_a_relative_clause_was_lost() {
    // "The attacker, a farmer of 40 who had approached X asking for …, was detained": the relative clause ends at
    // its second comma before "was", the passive's subject is the attacker, and "asking for" is the attacker's, not
    // X's; "to find out why" is no consultation
    let d = code("en", "LIMA, May 2 (AP) -- Opposition leader Rudi Hartanto was attacked with a knife at a rally in Lima on Tuesday, police said.\n\nThe attacker, a farmer of 40 who had approached Hartanto asking for a photo, was detained on the spot.\n\nOfficers said they were interviewing the farmer to find out why he did it.", "2023-05-02");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, _, _)| c == "173" && a == "PER"), "{s:?}");
    assert!(!d.events.iter().any(|e| e.trigger == "asking for" && e.actor.as_ref().is_some_and(|a| a.text.contains("Hartanto"))), "{s:?}");
    assert!(!s.iter().any(|(c, _, _, _)| c == "040"), "{s:?}");
}

#[test]
fn regression_an_announced_ceasefire_had_no_doer_and_the_day_it_ended() {
    // "mengumumkan gencatan senjata … hingga 22 Mei": the subject's ceasefire, not dated by its end nor by a week
    // or a month told in a relative clause on its purpose; the next sentence's "Pengumuman itu disiarkan … Rabu (3/5)" dates it
    let d = code("id", "Lima (ANTARA) - Militer Peru mengumumkan gencatan senjata sepihak dengan para pemberontak hingga 22 Mei guna membantu warga korban banjir yang merendam kota itu bulan lalu.\n\nPengumuman itu disiarkan radio negara pada Rabu (3/5) malam.", "2023-05-04");
    let e = d.events.iter().find(|e| e.code.starts_with("087")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(e.actor.as_ref().and_then(|a| a.country.as_deref()), Some("PER"));
    assert_eq!(e.date.as_deref(), Some("2023-05-03"), "{:?}", summary(&d));
}

#[test]
fn regression_a_crowd_counted_before_a_riot_was_no_doer() {
    // "Puluhan orang mendatangi lalu menjarah toko X": a count of people before a riot is its doer (civilians of the
    // story's country); "di kawasan <area>, <kota>" is the act's place; "anggota DPR RI X" is a legislator
    let d = code("id", "BANDUNG - Puluhan orang mendatangi lalu menjarah toko milik anggota DPR RI Rudi Hartanto di kawasan Sukamaju Barat, Bandung, pada Sabtu (6/5/2023) sore.", "2023-05-07");
    let e = d.events.iter().find(|e| e.code.starts_with("14")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(e.actor.as_ref().map(|a| (a.country.as_deref(), a.sector.as_deref())), Some((Some("IDN"), Some("CVL"))), "{:?}", summary(&d));
    assert_eq!(e.target.as_ref().and_then(|a| a.sector.as_deref()), Some("LEG"), "{:?}", summary(&d));
    assert_eq!(e.location.as_ref().map(|l| l.name.as_str()), Some("Sukamaju Barat"), "{:?}", summary(&d));
}

#[test]
fn regression_that_before_a_past_verb_opened_a_complement() {
    // "militias that have seized districts of X": "that" followed by an auxiliary and a past verb opens a relative clause
    // (its subject is the militias, not the sentence's); a day before ", killing …" is the main act's; welcoming a
    // deployment endorses it; a firm "linked to" a side is no cooperation; "talking directly to" is consultation
    let d = code("en", "LIMA (AP) — A contingent of Chilean police landed in Peru on Tuesday to confront militias that have seized several districts of Lima.\n\nBolivia, a donor to the operation, welcomed the deployment. The ship belonged to a company linked to a Bolivian tycoon. Chile said its envoys were talking directly to militia leaders.\n\nThe Chilean navy struck a vessel that had sailed from Peru on Tuesday, killing four sailors.", "2023-05-10");
    let s = summary(&d);
    assert!(!s.iter().any(|(c, a, _, _)| c.starts_with("17") && a == "CHL"), "{s:?}");
    assert!(s.iter().any(|(c, a, _, _)| c.starts_with("051") && a == "BOL"), "{s:?}");
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("06")), "{s:?}");
    assert!(s.iter().any(|(c, a, _, _)| c == "040" && a == "CHL"), "{s:?}");
    let strike = d.events.iter().find(|e| e.code.starts_with("19") && e.fatalities.is_some()).unwrap_or_else(|| panic!("{s:?}"));
    assert_eq!(strike.date.as_deref(), Some("2023-05-09"), "{s:?}");
}

#[test]
fn regression_roads_blown_up_were_an_attack_and_a_bare_foreign_ministry_had_no_country() {
    // roads blown up are property destroyed (1712), and "called the demolition 'highly abnormal'" is aimed at its
    // doer; "Kementerian Luar Negeri" named bare in an Indonesian story is Indonesia's
    let d = code("en", "LIMA, May 9 (Reuters) -- Chile blew up parts of a highway linking it to Peru on Tuesday. Peru's foreign ministry called the demolition \"highly abnormal\" in a statement.", "2023-05-09");
    let s = summary(&d);
    assert!(has(&d, "1712", "CHL", "-"), "{s:?}");
    assert!(has(&d, "111", "PER", "CHL"), "{s:?}");
    let d = code("id", "Jakarta (ANTARA) - Kementerian Luar Negeri memanggil Duta Besar Peru di Surabaya pada Selasa (9/5) untuk meminta penjelasan.", "2023-05-10");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, t, _)| c.starts_with("11") && a == "IDN" && t == "PER"), "{s:?}");
}

#[test]
fn regression_a_counted_victim_after_an_act_noun_was_its_doer() {
    // "eksekusi dua nelayan": the side counted after an act of force is its victim, not its doer;
    // "atas dakwaan pembunuhan" names a charge, no act
    let d = code("id", "Jakarta (ANTARA) - Chile memprotes eksekusi dua nelayan asal Chile di Lima pada Senin (8/5). Keduanya divonis mati pada 2018 atas dakwaan pembunuhan seorang polisi.", "2023-05-09");
    let s = summary(&d);
    assert!(!d.events.iter().any(|e| e.code.starts_with("18") && e.actor.as_ref().is_some_and(|a| a.text.contains("nelayan"))), "{s:?}");
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("186")), "{s:?}");
}

#[test]
fn regression_a_city_subject_past_an_auxiliary_was_no_actor() {
    // "Lima has warned that …": a capital standing for its state before an auxiliary; consulates ordered closed are
    // relations cut (161); "X's large-scale invasion of Y" is against Y; a body adopting a resolution that demands
    // something demands it
    let d = code("en", "SANTIAGO (Reuters) - Chile on Thursday ordered the closure of both Peruvian consulates on its soil, officials said.\n\nLima has warned that it will respond firmly if Chilean troops move closer to the frontier, officials said.\n\nBolivia sought membership of the bloc a year after Peru's large-scale invasion of Ecuador, which drew wide criticism.\n\nThe UN General Assembly adopted a resolution demanding an immediate ceasefire between the two countries.", "2023-05-11");
    let s = summary(&d);
    assert!(has(&d, "161", "CHL", "PER"), "{s:?}");
    assert!(s.iter().any(|(c, a, _, _)| c.starts_with("13") && a == "PER"), "{s:?}");
    assert!(has(&d, "19", "PER", "ECU"), "{s:?}");
    // (a demand for a ceasefire, CAMEO 107, since the demand is coded by what it asks)
    assert!(s.iter().any(|(c, _, _, _)| c == "107"), "{s:?}");
}

#[test]
fn regression_force_a_side_said_it_would_use_was_coded_as_force_done() {
    // "X said the army would continue to strike Y until …": the statement is a threat of force (138),
    // made when said — not a strike that has not happened; the bare army is the speaker's
    let d = code("en", "Chilean Defence Minister Kresna Wibowo said the army would continue to strike Peruvian forces until they withdrew.", "2024-03-20");
    assert!(summary(&d).iter().any(|(c, a, t, m)| c.starts_with("138") && a == "CHL" && t == "PER" && m == "asserted"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("19")), "{:?}", summary(&d));
    let d = code("id", "Menteri Pertahanan Chile Kresna Wibowo mengatakan militer akan menyerang pasukan Peru jika mereka tidak mundur.", "2024-03-20");
    assert!(summary(&d).iter().any(|(c, a, t, _)| c.starts_with("13") && a == "CHL" && t == "PER"), "{:?}", summary(&d));
    // … but force the writer says a side will use is told as intended ("Chile akan menyerang Peru")
    let d = code("en", "Analysts believe the Chilean army will strike Peruvian forces.", "2024-03-20");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("13")), "{:?}", summary(&d));
}

#[test]
fn regression_an_act_protested_over_had_no_doer() {
    // "protes keras kepada Peru atas eksekusi mati seorang pekerja migran Chile": the execution was Peru's, done
    // to a Chilean migrant worker; "condemned Peru over the arrest of …" likewise
    let d = code("id", "Jakarta (ANTARA) - Pemerintah Chile menyampaikan protes keras kepada Peru atas eksekusi mati seorang pekerja migran Chile asal Valparaiso yang dilaksanakan di Lima pada Senin (13/10).", "2025-10-14");
    assert!(has(&d, "111", "CHL", "PER"), "{:?}", summary(&d));
    assert!(has(&d, "18", "PER", "CHL"), "{:?}", summary(&d));
    let d = code("en", "Chile condemned Peru over the arrest of two Chilean fishermen.", "2025-10-14");
    assert!(has(&d, "173", "PER", "CHL"), "{:?}", summary(&d));
    // … but not an act with a doer of its own
    let d = code("en", "Chile condemned Peru over Bolivia's attack on Chilean fishermen.", "2025-10-14");
    assert!(has(&d, "18", "BOL", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_common_noun_told_to_act_was_no_object() {
    // "condemned X … and ordered hospitals to receive the wounded": the order is to the hospitals, not to X
    let d = code("en", "Chilean President Rudi Hartanto condemned the Peruvian attack and ordered hospitals to receive the wounded.", "2024-03-20");
    let s = summary(&d);
    assert!(has(&d, "111", "CHL", "PER"), "{s:?}");
    assert!(!s.iter().any(|(c, _, t, _)| c.starts_with("10") && t == "PER"), "{s:?}");
    // … but a pronoun told to act still stands for the side named before ("urged them to")
    let d = code("en", "Chile's foreign minister Rudi Hartanto spoke to Peru's foreign minister and urged them to show restraint.", "2024-03-20");
    assert!(summary(&d).iter().any(|(c, _, t, _)| c.starts_with("02") && t == "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_victim_named_after_an_attack_was_another_attack() {
    // "Radios … exploded across Chile, killing nine. The blasts hit … . Peru's ambassador was lightly wounded": the
    // ambassador is a victim of the blasts told before, not a second act of force
    let d = code("en", "Radios used by members of the Frente Sur exploded almost simultaneously across Chile on Tuesday afternoon, killing at least nine people.\n\nThe blasts hit the southern suburbs of Santiago as well as towns in the south. Peru's ambassador to Chile, Rudi Hartanto, was lightly wounded, Peruvian state media reported.", "2024-09-17");
    let s = summary(&d);
    assert_eq!(s.iter().filter(|(c, _, _, _)| c.starts_with("18") || c.starts_with("19")).count(), 1, "{s:?}");
    // … but a victim with a doer of its own is another act
    let d = code("en", "Peruvian troops shelled Arica on Tuesday, killing nine people.\n\nOn Tuesday, Bolivian police wounded a Chilean diplomat in La Paz.", "2024-09-17");
    assert!(has(&d, "18", "BOL", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_wish_told_after_a_reporting_verb_had_no_doer() {
    // "X mengatakan ingin bertemu Y", "X mengatakan dirinya ingin …": the cue of intent opening the reported clause is
    // no noun subject; the speaker wishes it
    for text in ["Presiden Chile Rudi Hartanto mengatakan ingin bertemu Presiden Peru tahun ini.", "Presiden Chile Rudi Hartanto mengatakan dirinya ingin bertemu Presiden Peru tahun ini."] {
        let d = code("id", text, "2025-08-26");
        assert!(summary(&d).iter().any(|(c, a, t, m)| c == "036" && a == "CHL" && t == "PER" && m == "intended"), "{text}: {:?}", summary(&d));
    }
}

#[test]
fn regression_two_capitals_joined_were_one_side() {
    // "Santiago dan Buenos Aires sepakat …", "Santiago and Buenos Aires reached a deal": two capitals standing for their
    // states are the two sides of a mutual act (Indonesian "Lima" is a number too)
    let d = code("id", "Santiago dan Buenos Aires mencapai kesepakatan dagang pada Juli.", "2025-08-26");
    assert!(summary(&d).iter().any(|(c, a, t, _)| c.starts_with("03") && ((a == "CHL" && t == "ARG") || (a == "ARG" && t == "CHL"))), "{:?}", summary(&d));
    let d = code("en", "Santiago and Buenos Aires reached a trade deal in July.", "2025-08-26");
    assert!(d.events.iter().any(|e| e.symmetric), "{:?}", summary(&d));
}

#[test]
fn regression_an_act_at_a_meeting_was_dated_by_the_page() {
    // "X bertemu Y … Senin (25/8). … X memuji upaya Y …": an act between the two sides of an encounter dated by its own
    // words, with no time of its own, happened at the encounter (the page is of the next day)
    let d = code("id", "Presiden Chile Rudi Hartanto bertemu Presiden Peru Kresna Wibowo di Lima, Senin (25/8).\n\nDalam pertemuan itu, kedua pemimpin membahas kerja sama perdagangan. Rudi memuji upaya Kresna untuk berdialog dengan Bolivia.", "2025-08-26");
    let praise = d.events.iter().find(|e| e.code.starts_with("051")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(praise.date.as_deref(), Some("2025-08-25"), "{:?}", summary(&d));
}

#[test]
fn regression_he_in_a_joined_clause_was_no_one() {
    // "X said …, and he called on Y to …": "he" in a clause joined to the sentence's first is its subject
    let d = code("en", "Chilean President Rudi Hartanto said the decision was taken to revive the hope of peace, and he called on Peru to release all prisoners.", "2025-09-21");
    assert!(has(&d, "02", "CHL", "PER") || has(&d, "10", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_deal_signed_with_a_foreign_company_was_with_its_own_goods() {
    // "menandatangani kontrak pembelian 48 unit pesawat tempur … dengan perusahaan Peru": the partner after "dengan" is the
    // recipient, not the warplanes bought (a generic side of the buyer's own country)
    let d = code("id", "Jakarta (ANTARA) - Kementerian Pertahanan Chile menandatangani kontrak pembelian 48 unit pesawat tempur dengan perusahaan Peru di Santiago, Rabu.", "2025-06-11");
    assert!(has(&d, "057", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_weekday_far_after_expected_was_the_last_one() {
    // "are expected to follow at the United Nations General Assembly in New York on Monday": a future marker further back
    // in the clause, no punctuation between, makes the weekday the next one (page of Sunday 21 September)
    let d = code("en", "Bolivia and Peru are expected to follow at the United Nations General Assembly in New York on Monday.", "2025-09-21");
    assert!(d.times.iter().any(|t| t.value == "2025-09-22"), "{:?}", d.times.iter().map(|t| &t.value).collect::<Vec<_>>());
    // (… but not across a comma: "expected" belongs to another clause)
    let d = code("en", "The vote is expected soon, the minister said after the meeting of the council in Lima on Monday.", "2025-09-21");
    assert!(d.times.iter().any(|t| t.value == "2025-09-15"), "{:?}", d.times.iter().map(|t| &t.value).collect::<Vec<_>>());
}

#[test]
fn regression_ready_to_engage_in_dialogue_was_a_threat_of_force() {
    // "ready to engage in dialogue with the protesters": intent to negotiate (036), not combat said as intended (138)
    let d = code("en", "Chilean President Rudi Hartanto said his government was ready to engage in dialogue with the young protesters.", "2025-10-02");
    let s = summary(&d);
    assert!(s.iter().any(|(c, _, _, _)| c == "036"), "{s:?}");
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("13") || c.starts_with("19")), "{s:?}");
    // … and a crowd counted with a word describing it demonstrates: "Thousands of young people marched in Santiago"
    let d = code("en", "Thousands of young people marched in Santiago on Wednesday, demanding better hospitals and schools.", "2025-10-02");
    assert!(summary(&d).iter().any(|(c, a, _, _)| c.starts_with("14") && a == "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_people_counted_after_an_arrest_were_no_side() {
    // "Police have arrested more than 400 people", "polisi menangkap delapan orang": the people counted are civilians of
    // the story's country, the arrest's target
    let d = code("en", "SANTIAGO, Chile (AP) — Police have arrested more than 400 people since the protests began on Saturday, according to the ministry.", "2025-10-02");
    assert!(d.events.iter().any(|e| e.code.starts_with("173") && e.target.as_ref().and_then(|t| t.code.as_deref()) == Some("CHLCVL")), "{:?}", summary(&d));
    let d = code("id", "Jakarta (ANTARA) - Polisi Chile menangkap delapan orang yang diduga memprovokasi bentrokan di Santiago.", "2025-10-02");
    assert!(has(&d, "173", "CHL", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_country_named_by_its_region_was_no_side() {
    // "ordered tariffs on the South American country": the last country of that region named before it (xx/regions.tsv),
    // not the last country named
    let d = code("en", "LIMA, Jan 26 (Reuters) - Peru agreed on Sunday to accept the flights from Chile, hours after Chilean President Rudi Hartanto ordered tariffs on the South American country.", "2025-01-26");
    assert!(d.events.iter().any(|e| e.code.starts_with("163") && e.target.as_ref().and_then(|t| t.country.as_deref()) == Some("PER") && e.date.as_deref() == Some("2025-01-26")), "{:?}", summary(&d));
    // … nor the subject's own: "Filipina mengecam negara Asia Tenggara itu" names another
    let d = code("id", "Jakarta (ANTARA) - Kapal Peru menabrak kapal nelayan di lepas pantai. Presiden Chile Kresna Wibowo mengecam negara Amerika Selatan itu pada Senin.", "2025-02-03");
    assert!(has(&d, "111", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_tariffs_on_goods_from_a_side_had_no_target() {
    // "tarif 25 persen atas impor dari Peru dan Bolivia": the sides the goods come from are the sanction's targets, both
    let d = code("id", "Jakarta (ANTARA) - Presiden Chile Rudi Hartanto mengumumkan tarif 25 persen atas impor dari Peru dan Bolivia pada Sabtu.", "2025-02-01");
    assert!(has(&d, "163", "CHL", "PER") && has(&d, "163", "CHL", "BOL"), "{:?}", summary(&d));
    // … and one paused after other words: "menunda pemberlakuan tarif … atas barang-barang Peru"
    let d = code("id", "Jakarta (ANTARA) - Presiden Chile Rudi Hartanto setuju menunda pemberlakuan tarif 25 persen atas barang-barang Peru selama satu bulan.", "2025-02-03");
    assert!(has(&d, "085", "CHL", "PER"), "{:?}", summary(&d));
    // … and one raised in answer: "ordered his trade minister to raise tariffs on imports from Chile"
    let d = code("en", "Peruvian President Kresna Wibowo said he had ordered his trade minister to raise tariffs on imports from Chile by 25%.", "2025-01-26");
    assert!(has(&d, "163", "PER", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_the_subject_after_a_report_set_off_by_commas_was_the_speaker() {
    // "Sebagai imbalannya, kata X, Y setuju menunda …": Y agrees, not X who tells it
    let d = code("id", "Jakarta (ANTARA) - Sebagai imbalannya, kata Presiden Peru Kresna Wibowo, Presiden Chile Rudi Hartanto setuju menunda tarif atas Peru.", "2025-02-03");
    assert!(has(&d, "085", "CHL", "PER"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(_, a, _, _)| a == "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_refusal_to_act_had_no_target() {
    // "had refused … to let the two flights land", after the sentence of the other side's act: that side is refused
    let d = code("en", "SANTIAGO (Reuters) - Chilean President Rudi Hartanto ordered sanctions on Peru for turning back two Chilean military planes.\n\nPeruvian President Kresna Wibowo had refused earlier on Sunday to let the two flights land.", "2025-01-26");
    assert!(has(&d, "12", "PER", "CHL"), "{:?}", summary(&d));
    // … not a refusal of a thing named ("defied international pressure")
    let d = code("en", "SANTIAGO (Reuters) - Chilean President Rudi Hartanto ordered sanctions on Peru.\n\nPeruvian President Kresna Wibowo defied international pressure on Sunday.", "2025-01-26");
    assert!(!has(&d, "12", "PER", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_participle_after_of_was_an_act_of_the_subject() {
    // "the unrestricted acceptance of deported migrants": an adjective, no deportation by the clause's subject
    let d = code("en", "The government of Peru had agreed to the unrestricted acceptance of deported migrants, a spokeswoman for Chile said.", "2025-01-26");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("174")), "{:?}", summary(&d));
    // … and "migrants must be returned with dignity" demands nothing of the migrants
    let d = code("en", "Peruvian President Kresna Wibowo said migrants must be returned with dignity.", "2025-01-26");
    assert!(!summary(&d).iter().any(|(c, _, t, _)| c.starts_with("10") && t == "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_state_and_its_government_agreeing_the_same_day_were_two_acts() {
    // "Peru agreed with Chile on Sunday to accept …" and "the government of Peru had agreed to all of Hartanto's terms": one act
    let d = code("en", "LIMA (Reuters) - Peru agreed with Chile on Sunday to accept deportation flights.\n\nLate on Sunday, a spokeswoman for Chilean President Rudi Hartanto said the government of Peru had agreed to all of Hartanto's terms.", "2025-01-26");
    assert_eq!(summary(&d).iter().filter(|(c, _, _, _)| c.starts_with("05")).count(), 1, "{:?}", summary(&d));
    // … but one that "also" asked is another request
    let d = code("id", "Jakarta (ANTARA) - Presiden Chile Rudi Hartanto meminta Peru membuka perbatasan, Senin.\n\nKemudian, pemerintah Chile juga meminta Peru mendukung perjuangan bangsa Palestina.", "2025-02-03");
    assert_eq!(summary(&d).iter().filter(|(c, _, _, _)| c.starts_with("02")).count(), 2, "{:?}", summary(&d));
}

#[test]
fn regression_a_country_named_by_its_press_nickname_was_no_side() {
    // "Negeri Tirai Bambu", "Negeri Paman Sam", "Negeri Jiran": the Indonesian press's names of China, the US, Malaysia
    let d = code("id", "Jakarta (ANTARA) - Negeri Tirai Bambu mengecam Negeri Paman Sam pada Senin.", "2025-02-03");
    assert!(has(&d, "111", "CHN", "USA"), "{:?}", summary(&d));
    let d = code("id", "Jakarta (ANTARA) - Presiden Chile Rudi Hartanto mengecam Negeri Jiran pada Senin.", "2025-02-03");
    assert!(has(&d, "111", "CHL", "MYS"), "{:?}", summary(&d));
}

#[test]
fn regression_a_step_threatened_unless_a_condition_was_met_was_no_threat() {
    // "would take measures to protect its rights … unless Peru reduced …": a threat to Peru, made when said
    let d = code("en", "SANTIAGO (AP) — Chilean Foreign Minister Rudi Hartanto told Peru's president on Sunday that Chile would take measures to protect its rights under the border treaty unless Peru immediately withdrew its troops.", "2025-02-02");
    assert!(d.events.iter().any(|e| e.code.starts_with("13") && e.modality == "asserted" && e.actor.as_ref().and_then(|a| a.country.as_deref()) == Some("CHL") && e.target.as_ref().and_then(|t| t.country.as_deref()) == Some("PER")), "{:?}", summary(&d));
    // … a step said with no condition is none
    let d = code("en", "SANTIAGO (AP) — Chilean Foreign Minister Rudi Hartanto said on Sunday that Chile would take measures to protect its fishermen.", "2025-02-02");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("13")), "{:?}", summary(&d));
    // … and one after a cue of threat is the threat: "mengancam akan mengambil tindakan tegas"
    let d = code("id", "Jakarta (ANTARA) - Kementerian Luar Negeri Chile mengancam akan mengambil tindakan tegas terhadap Peru.", "2025-02-02");
    assert!(has(&d, "13", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_an_agreement_not_renewed_was_no_act() {
    // "would not renew its 2019 agreement to join Bolivia's port project": rejecting an agreement (127)
    let d = code("en", "Peruvian President Kresna Wibowo said on Sunday that Peru would not renew its 2019 agreement to join Bolivia's port project.", "2025-02-02");
    assert!(has(&d, "12", "PER", "BOL"), "{:?}", summary(&d));
}

#[test]
fn regression_acts_after_a_dated_lead_took_the_page_day() {
    // a page of Monday: "told X on Sunday that …" then "met X at the palace" and "protesters marched …, chanting against
    // the visit": the same two countries' story goes on on Sunday
    let d = code("en", "LIMA (AP) — Chilean Foreign Minister Rudi Hartanto told Peru's president on Sunday that Chile would take measures unless Peru withdrew its troops.\n\nHartanto met Peruvian President Kresna Wibowo at the presidential palace.\n\nOutside, several hundred Peruvian protesters marched through the capital, chanting against the visit of the Chilean minister.", "2025-02-03");
    let on = |code: &str| d.events.iter().filter(|e| e.code.starts_with(code)).map(|e| e.date.clone().unwrap_or_default()).collect::<Vec<_>>();
    assert_eq!(on("04"), vec!["2025-02-02".to_string()], "{:?}", summary(&d));
    assert_eq!(on("14"), vec!["2025-02-02".to_string()], "{:?}", summary(&d));
    // (one protest, its target from the participle)
    assert!(has(&d, "14", "PER", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_rejection_of_accusations_went_to_the_last_subject() {
    // "The foreign ministry said X told Y that Bolivia's presence may violate a treaty … Bolivia rejected the accusations":
    // the accuser, not the protesters of the sentence before
    let d = code("en", "LIMA (AP) — The Chilean foreign ministry said Rudi Hartanto told the Peruvian president that Bolivia's presence at the port may violate a treaty.\n\nOutside, several hundred Peruvian protesters marched through the capital.\n\nBolivia's foreign ministry rejected the accusations on Monday.", "2025-02-03");
    assert!(has(&d, "016", "BOL", "CHL") || has(&d, "12", "BOL", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_the_subject_of_a_clause_joined_without_a_comma_was_the_first_clauses() {
    // "… as Chile raised its reward and Peru and Bolivia imposed new sanctions on …": Peru and Bolivia impose them
    let d = code("en", "SANTIAGO (Reuters) - Rudi Hartanto was sworn in on Friday as Chile raised its reward to $5 million and Peru and Bolivia imposed new sanctions on Argentina.", "2025-01-10");
    assert!(has(&d, "163", "PER", "ARG") && has(&d, "163", "BOL", "ARG"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, a, _, _)| c.starts_with("16") && a == "CHL"), "{:?}", summary(&d));
    // … and an arrest a reward is to lead to, or an oath taken, is no act
    let d = code("en", "SANTIAGO (Reuters) - Chile raised its reward for information leading to his arrest. Peruvian President Kresna Wibowo took the oath at the National Assembly.", "2025-01-10");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("17")), "{:?}", summary(&d));
}

#[test]
fn regression_respond_accordingly_was_no_threat() {
    // 'akan "merespons dengan semestinya"': a diplomatic threat
    let d = code("id", "Jakarta (ANTARA) - Menteri Luar Negeri Chile Rudi Hartanto mengatakan Santiago akan \"merespons dengan semestinya\" terhadap Peru.", "2025-09-12");
    assert!(summary(&d).iter().any(|(c, a, _, _)| c.starts_with("13") && a == "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_two_coordinated_agents_before_the_verb_were_a_second_clause() {
    // "Chilean helicopters and tanks shelled …": one subject (no verb before the coordinator), the side of its adjective
    let d = code("en", "Chilean helicopters and tanks shelled positions of the Peruvian security forces near the border town.", "2025-01-10");
    assert!(summary(&d).iter().any(|(c, a, _, _)| c.starts_with("19") && a == "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_lengthy_phone_call_was_a_detention() {
    // "held a lengthy phone call with": a call (041), not PETRARCH's "held" (170)
    let d = code("en", "SANTIAGO (Reuters) - Chilean President Rudi Hartanto said on Wednesday he had held a lengthy phone call with Peruvian President Kresna Wibowo.", "2025-02-12");
    assert!(has(&d, "041", "CHL", "PER"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("17")), "{:?}", summary(&d));
}

#[test]
fn regression_a_participle_after_an_indefinite_article_was_an_act() {
    // "a negotiated settlement" after talks told before: an adjective, no negotiation
    let d = code("en", "LIMA (AP) — Chile and Peru held talks in Lima on Monday.\n\nChile's Foreign Minister Rudi Hartanto told Bolivia's allies that membership for La Paz was not a realistic outcome of a negotiated settlement.", "2025-02-12");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("046")), "{:?}", summary(&d));
    assert_eq!(summary(&d).iter().filter(|(c, _, _, _)| c.starts_with("04")).count(), 1, "{:?}", summary(&d));
}

#[test]
fn regression_what_was_discussed_in_a_call_was_a_second_consultation() {
    // "spoke by phone with X, who said that they had discussed …": one call
    let d = code("en", "SANTIAGO (Reuters) - Chilean President Rudi Hartanto later spoke by phone with Peruvian President Kresna Wibowo, who said on Wednesday that they had discussed opportunities to achieve peace.", "2025-02-12");
    assert!(has(&d, "041", "CHL", "PER"), "{:?}", summary(&d));
    assert_eq!(summary(&d).iter().filter(|(c, _, _, _)| c.starts_with("04")).count(), 1, "{:?}", summary(&d));
}

#[test]
fn regression_a_clause_of_cause_had_the_speakers_subject() {
    // "keputusan itu diambil karena Peru menolak usulan Bolivia": Peru rejects, not the speaker's Chile
    let d = code("id", "Jakarta (ANTARA) - Kantor Presiden Chile Rudi Hartanto mengatakan, keputusan itu diambil karena Peru menolak usulan Bolivia.", "2025-03-02");
    assert!(has(&d, "12", "PER", "BOL"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, a, _, _)| c.starts_with("12") && a == "CHL"), "{:?}", summary(&d));
    let d = code("en", "The Chilean president said the decision was taken because Peru rejected the proposal of Bolivia.", "2025-03-02");
    assert!(has(&d, "12", "PER", "BOL"), "{:?}", summary(&d));
    // (a word of cause before a verb opens no clause: the main clause's subject acts on)
    let d = code("id", "Mahkamah Konstitusi Chile memberhentikan Rudi Hartanto, Jumat (29/8/2025), karena dinilai melanggar etika dalam percakapan telepon dengan Presiden Peru Kresna Wibowo.", "2025-08-29");
    assert!(summary(&d).iter().any(|(c, a, t, _)| c.starts_with("04") && a == "CHL" && t == "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_the_rebels_were_the_datelines_country() {
    // "… would stop shelling X because the rebels had agreed to stop attacking": the rebels are X (the last armed
    // group named), the subject of the clause of cause, not the dateline's country
    let d = code("en", "BANGKOK (AP) — Thai warplanes struck positions of the Kachin Independence Army on Tuesday.\n\nHours later, Thai Prime Minister Rudi Hartanto said Thailand would stop shelling the Kachin Independence Army because the rebels had agreed to stop attacking border posts.", "2025-05-06");
    assert!(d.events.iter().any(|e| e.code.starts_with("03") && e.actor.as_ref().is_some_and(|a| a.country.as_deref() == Some("MMR"))), "{:?}", summary(&d));
    assert!(!d.events.iter().any(|e| e.actor.as_ref().is_some_and(|a| a.country.as_deref() == Some("THA") && a.sector.as_deref() == Some("REB"))), "{:?}", summary(&d));
}

#[test]
fn regression_a_condemned_move_was_the_condemners_own() {
    // "Peru mengecam langkah itu" after Peru's own refusal and Chile's halt of aid: the halt, Chile's
    let d = code("id", "Jakarta (ANTARA) - Chile menghentikan masuknya seluruh barang dan pasokan bantuan ke Peru pada Minggu (2/3/2025).\n\nKantor Presiden Chile Rudi Hartanto mengatakan, keputusan itu diambil karena Peru menolak usulan Bolivia.\n\nPeru mengecam langkah itu sebagai \"pemerasan murahan\".", "2025-03-02");
    assert!(has(&d, "162", "CHL", "PER"), "{:?}", summary(&d));
    assert!(has(&d, "11", "PER", "CHL"), "{:?}", summary(&d));
    // … but another sector of the same country condemns its government's move
    let d = code("en", "LIMA (AP) — Peru's military government dissolved all political parties on Tuesday.\n\nPeruvian opposition figures condemned the move as an attack on democracy.", "2025-05-14");
    assert!(d.events.iter().any(|e| e.code.starts_with("11") && e.target.as_ref().is_some_and(|t| t.country.as_deref() == Some("PER"))), "{:?}", summary(&d));
}

#[test]
fn regression_a_first_conversation_since_gave_no_previous_contact() {
    // "the first publicly confirmed conversation between … since February 2022": the last one before was then
    let d = code("en", "SANTIAGO (Reuters) - Chilean President Rudi Hartanto said on Wednesday he had held a phone call with Peruvian President Kresna Wibowo.\n\n\"We agreed to work together,\" Hartanto wrote after the call, the first publicly confirmed conversation between a Chilean president and Wibowo since February 2022.", "2025-02-12");
    assert!(d.events.iter().any(|e| e.code.starts_with("04") && e.date.as_deref() == Some("2022-02") && e.background), "{:?}", summary(&d));
    // … and "wrote" closes the quote: its speaker
    assert_eq!(d.quotes.first().and_then(|q| q.speaker_name.as_deref()), Some("Rudi Hartanto"));
}

#[test]
fn regression_a_person_described_by_an_agent_was_jailed_that_day() {
    // "X, a Chilean teacher jailed in Peru since 2021": a person of Chile, and the participle no act of the day
    let d = code("en", "The call came a day after Peru freed Rudi Hartanto, a Chilean teacher jailed in Peru since 2021, in what Chile described as a sign of goodwill.", "2025-02-12");
    assert!(d.entities.iter().any(|e| e.name == "Rudi Hartanto" && e.country.as_deref() == Some("CHL")), "{:?}", d.entities);
    assert!(has(&d, "08", "PER", "CHL"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("17")), "{:?}", summary(&d));
}

#[test]
fn regression_a_fellow_mediator_was_mediated_with() {
    // "Chile dan Peru, yang menjadi mediator bersama Bolivia, …": a role shared with Bolivia, no act between them
    let d = code("id", "Chile dan Peru, yang menjadi mediator bersama Bolivia, juga mengecam keputusan Argentina.", "2025-03-02");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("045")), "{:?}", summary(&d));
    assert!(has(&d, "11", "CHL", "ARG"), "{:?}", summary(&d));
}

#[test]
fn regression_a_statement_closing_a_quote_had_no_speaker() {
    // '"…," demikian pernyataan kantor X': the statement's
    let d = code("id", "\"Jika Peru terus menolak, akan ada konsekuensi lain,\" demikian pernyataan kantor Rudi Hartanto, dikutip dari AFP.", "2025-03-02");
    assert_eq!(d.quotes.first().and_then(|q| q.speaker_name.as_deref()), Some("Rudi Hartanto"));
}

#[test]
fn regression_talks_terminated_were_negotiations() {
    // "was terminating all trade negotiations with X": talks halted (164), not talks held (046); a plan "to
    // interfere with" a court case is what an accusation says, no act
    let d = code("en", "SANTIAGO (AP) — Chilean President Rudi Hartanto had announced Thursday night that he was terminating all trade negotiations with Peru, calling the ad fake and saying it was meant to interfere with a Supreme Court case.", "2025-10-25");
    assert!(has(&d, "164", "CHL", "PER"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("046") || c.starts_with("03")), "{:?}", summary(&d));
}

#[test]
fn regression_a_provinces_premier_was_the_home_countrys_head_of_government() {
    // "Queensland Premier X said …": a person of the province's country, its governor, not a head of government
    let d = code("en", "LIMA (AP) — Queensland Premier Rudi Hartanto said Friday that the state would pause its campaign so that trade talks with Peru could resume.", "2025-10-24");
    let p = d.entities.iter().find(|e| e.name == "Rudi Hartanto").expect("the premier");
    assert_eq!(p.country.as_deref(), Some("AUS"), "{:?}", p);
    assert!(!p.roles.iter().any(|r| r.role == "head of government"), "{:?}", p);
}

#[test]
fn regression_leading_an_offensive_was_cooperation() {
    // "the rebel offensive he led toppled X": PETRARCH's bare "led" (060) is no act between sides
    let d = code("en", "LIMA (Reuters) - Peruvian President Kresna Wibowo met Chilean President Rudi Hartanto in Santiago on Wednesday, his first visit since the rebel offensive he led toppled the government in December.", "2025-10-15");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("06")), "{:?}", summary(&d));
    assert!(has(&d, "04", "PER", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_family_name_without_its_article_was_no_one() {
    // "Sharaa told Putin" after "Ahmed al-Sharaa": the family name without its Arabic article (class
    // `surname_article`) is the same person, and speaks the quote before it
    let d = code("en", "LIMA (Reuters) - Peruvian President Karim al-Wibowo met Chilean President Rudi Hartanto in Santiago on Wednesday.\n\n\"We respect all the agreements of the past,\" Wibowo told Hartanto at the start of the talks.", "2025-10-15");
    assert_eq!(d.quotes.first().and_then(|q| q.speaker_name.as_deref()), Some("Karim al-Wibowo"), "{:?}", d.quotes);
}

#[test]
fn regression_a_video_call_and_the_two_leaders_after_a_quote_were_no_contact() {
    // "Kedua pemimpin sebelumnya berbicara melalui konferensi video pada 6 Oktober", after a quote and two
    // statements: the pair met before, by video (041)
    let d = code("id", "Jakarta - Presiden Chile Rudi Hartanto bertemu Presiden Peru Kresna Wibowo di Lima, Minggu (26/10/2025).\n\nUsai pertemuan, Wibowo mengatakan kedua pihak sepakat memulai perundingan.\n\n\"Pertemuan itu sangat baik. Saya yakin kami akan mencapai kesepakatan,\" kata Wibowo kepada wartawan.\n\nHartanto mengatakan kepada wartawan bahwa ia yakin kedua negara dapat membuat kesepakatan. Menteri Luar Negeri Peru Budi Santoso mengatakan perundingan akan dimulai hari itu juga.\n\nKedua pemimpin sebelumnya berbicara melalui konferensi video pada 6 Oktober.", "2025-10-26");
    assert!(d.events.iter().any(|e| e.code.starts_with("04") && e.date.as_deref() == Some("2025-10-06") && e.actor.is_some() && e.target.is_some()), "{:?}", summary(&d));
}

#[test]
fn regression_the_charges_of_a_trial_were_an_accusation() {
    // "diadili atas tuduhan merencanakan kudeta": the ground of a trial (class `charge_prep`), no accusation
    let d = code("id", "Pada Juli lalu, Presiden Chile Rudi Hartanto mengumumkan tarif 50 persen untuk produk Peru dengan alasan perlakuan terhadap mantan presiden Kresna Wibowo, yang diadili atas tuduhan merencanakan kudeta.", "2025-10-26");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("112")), "{:?}", summary(&d));
    assert!(has(&d, "16", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_firing_a_minister_was_firing_a_weapon() {
    // "when he fired Finance Minister X": a dismissal (172) by the person named before it in the sentence (the
    // possessor of its subject, not the last sentence's), not fire from weapons; "fired at" stays fire, and the side
    // after it is its target, not a place
    let d = code("en", "SANTIAGO (Reuters) - Opposition leader Kresna Wibowo criticised the government.\n\nChilean President Rudi Hartanto's coalition collapsed on Nov. 6 when he fired Finance Minister Budi Santoso in a dispute over the budget.", "2024-12-16");
    let fired: Vec<_> = d.events.iter().filter(|e| e.code.starts_with("172")).collect();
    assert_eq!(fired.len(), 1, "{:?}", summary(&d));
    assert_eq!(fired[0].actor.as_ref().and_then(|a| a.sector.as_deref()), Some("GOV"), "{:?}", fired[0].actor);
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("19")), "{:?}", summary(&d));
    let d = code("en", "Peruvian troops fired at Chilean soldiers near the border on Monday.", "2024-12-16");
    assert!(has(&d, "19", "PER", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_an_expected_election_was_an_act() {
    // "the election is expected on February 23": no act of anyone's (PETRARCH's 'expected' is 030)
    let d = code("en", "SANTIAGO (Reuters) - Chilean President Rudi Hartanto has 21 days to decide, and the election is expected on February 23.", "2024-12-16");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("03")), "{:?}", summary(&d));
}

#[test]
fn regression_an_official_before_taking_office_was_the_government() {
    // an office holder named before the tenure the officials table knows is what the text's title says:
    // "opposition leader X" a year before X led the government is the opposition's (ITAOPP), not ITAGOV
    let d = code("en", "ROME (Reuters) - Opposition leader Giorgia Meloni accused the Italian government of leaving the country in a deep crisis.", "2021-06-01");
    let e = d.events.iter().find(|e| e.code.starts_with("11")).expect("the accusation");
    assert_eq!(e.actor.as_ref().and_then(|a| a.sector.as_deref()), Some("OPP"), "{:?}", e.actor);
}

#[test]
fn regression_a_bare_office_in_a_list_after_a_foreign_president_was_the_home_country() {
    // "sanctions on X's President A, his wife, his son and Interior Minister B": B is X's minister, not the
    // dateline's country's
    let d = code("en", "SANTIAGO/LIMA, Oct 24 (Reuters) - Chile on Friday imposed sanctions on Peruvian President Rudi Hartanto, his wife, his eldest son and Interior Minister Budi Santoso.", "2025-10-24");
    let e = d.entities.iter().find(|e| e.name == "Budi Santoso").expect("the minister");
    assert_eq!(e.country.as_deref(), Some("PER"), "{:?}", e);
}

#[test]
fn regression_an_accusation_after_a_reported_clause_was_the_accused_own() {
    // "X said Y had misled the public and accused him of …": the accusation is X's (a clause of its own after "and",
    // a past verb and an object pronoun), not Y's
    let d = code("en", "LIMA (Reuters) - The Chilean Foreign Ministry said Peruvian President Rudi Hartanto had misled the public and accused him of refusing to cooperate.", "2025-10-24");
    let e = d.events.iter().find(|e| e.code.starts_with("112")).expect("the accusation");
    assert_eq!(e.actor.as_ref().and_then(|a| a.country.as_deref()), Some("CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_aid_cut_off_was_no_act_or_against_the_donor() {
    // "said he would cut off all Chilean aid to Peru": stopping aid (162), against Peru — not against the donor's own
    // country named inside the phrase
    let d = code("en", "SANTIAGO (Reuters) - Chilean President Rudi Hartanto said on Sunday he would cut off all Chilean aid to Peru.", "2025-10-24");
    assert!(has(&d, "162", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_the_next_day_was_the_day_told_before() {
    // "the next day" after "Last Sunday": the Monday after it
    let d = code("en", "SANTIAGO (Reuters) - Last Sunday Chile expelled Peru's ambassador. Lima recalled its ambassador in Santiago the next day.", "2025-10-24");
    let e = d.events.iter().find(|e| e.code.starts_with("161") && e.actor.as_ref().and_then(|a| a.country.as_deref()) == Some("PER")).expect("the recall");
    assert_eq!(e.date.as_deref(), Some("2025-10-20"), "{:?}", summary(&d));
}

#[test]
fn regression_an_apology_took_the_month_of_the_strike_it_was_for() {
    // "meminta maaf … atas serangan udara … awal bulan ini, Senin (29/9/2025)": the month dates the strike, the
    // closing day the apology; the call "saat menelepon" in the next sentence is the apology's day, not the strike's;
    // "Serangan pada 9 September itu" is the strike again, with its day and the toll of the sentence after it (five
    // and one, added up)
    let text = "Jakarta - Presiden Chile Rudi Hartanto meminta maaf kepada Peru atas serangan udara Chile di Lima awal bulan ini, Senin (29/9/2025).\n\nPermintaan maaf itu disampaikan Hartanto saat menelepon Presiden Peru Kresna Wibowo dari Santiago.\n\nSerangan pada 9 September itu menghantam sebuah gedung di Lima. Lima tentara Peru dan seorang anggota pasukan keamanan Bolivia tewas.";
    let d = code("id", text, "2025-09-30");
    let apology = d.events.iter().find(|e| e.code.starts_with("055")).expect("the apology");
    assert_eq!(apology.date.as_deref(), Some("2025-09-29"), "{:?}", summary(&d));
    let call = d.events.iter().find(|e| e.code.starts_with("04")).expect("the call");
    assert_eq!(call.date.as_deref(), Some("2025-09-29"), "{:?}", summary(&d));
    let strike = d.events.iter().find(|e| e.code.starts_with("18") || e.code.starts_with("19")).expect("the strike");
    assert_eq!(strike.date.as_deref(), Some("2025-09-09"), "{:?}", summary(&d));
    assert_eq!(strike.fatalities.as_ref().map(|f| f.min), Some(6), "{:?}", strike.fatalities);
}

#[test]
fn regression_the_same_day_after_a_paragraph_of_an_earlier_day_was_that_day() {
    // "Pada hari yang sama" opening a paragraph after one told of an earlier day goes back to the story's day
    let text = "Jakarta - Presiden Chile Rudi Hartanto meminta maaf kepada Peru, Senin (29/9/2025).\n\nSerangan Chile pada 9 September menghantam sebuah gedung di Lima.\n\nPada hari yang sama, Hartanto dan Presiden Peru Kresna Wibowo bertemu di Santiago dan mengumumkan rencana untuk mengakhiri perang.";
    let d = code("id", text, "2025-09-30");
    let meeting = d.events.iter().find(|e| e.code.starts_with("04")).expect("the meeting");
    assert_eq!(meeting.date.as_deref(), Some("2025-09-29"), "{:?}", summary(&d));
    // (and the war to be ended is no act)
    assert!(!d.events.iter().any(|e| e.trigger.to_lowercase() == "perang"), "{:?}", summary(&d));
}

#[test]
fn regression_a_bare_name_of_a_longer_name_was_no_one() {
    // "Sheikh X" after "Perdana Menteri Peru Sheikh X bin Y Al Z": the same person, who welcomes what was said
    let text = "Jakarta - Presiden Chile Rudi Hartanto menelepon Perdana Menteri Peru Sheikh Kresna bin Wibowo Al Santoso, Senin (29/9/2025).\n\nSheikh Kresna menyambut baik jaminan tersebut.";
    let d = code("id", text, "2025-09-30");
    let e = d.events.iter().find(|e| e.code.starts_with("05")).expect("the welcome");
    assert_eq!(e.actor.as_ref().and_then(|a| a.country.as_deref()), Some("PER"), "{:?}", summary(&d));
}

#[test]
fn regression_an_appeal_after_the_meeting_took_the_day_of_a_call() {
    // "Setelah pertemuan, X mendesak …" after a meeting on Friday and a call the day before it: the meeting's day
    // (an act of the noun's own code first, then of its kind; not a meeting only agreed on)
    let text = "Jakarta - Presiden Peru Kresna Wibowo bertemu Presiden Chile Rudi Hartanto di Santiago, Jumat (17/10) waktu setempat.\n\nSehari sebelumnya, Hartanto berbicara melalui telepon dengan Presiden Bolivia Budi Santoso. Usai percakapan itu, Hartanto mengumumkan keduanya sepakat bertemu di La Paz.\n\nSetelah pertemuan, Hartanto mendesak Bolivia dan Peru untuk berhenti di garis pertempuran saat ini.";
    let d = code("id", text, "2025-10-18");
    let appeals: Vec<_> = d.events.iter().filter(|e| e.code.starts_with("02") || e.code.starts_with("10")).collect();
    assert!(!appeals.is_empty(), "{:?}", summary(&d));
    assert!(appeals.iter().all(|e| e.date.as_deref() == Some("2025-10-17")), "{:?}", appeals.iter().map(|e| (&e.code, &e.date)).collect::<Vec<_>>());
}

#[test]
fn regression_a_halted_release_was_dated_by_the_capture_it_describes() {
    // "will also halt the planned release of 18 X soldiers captured during the fighting in July": a refusal to release
    // (1243) told as intended, on the day it is said; July is the capture's, and the last one (the participle ends the
    // future marker's reach)
    let d = code("en", "SANTIAGO (AP) — Chile will also halt the planned release of 18 Peruvian soldiers captured during the fighting in July, Defense Minister Rudi Hartanto said on Monday.", "2025-11-10");
    let e = d.events.iter().find(|e| e.code.starts_with("1243")).expect("the halted release");
    assert_eq!(e.actor.as_ref().and_then(|a| a.country.as_deref()), Some("CHL"), "{:?}", summary(&d));
    assert_eq!(e.target.as_ref().and_then(|a| a.country.as_deref()), Some("PER"), "{:?}", summary(&d));
    assert_ne!(e.date.as_deref().map(|x| &x[..7]), Some("2026-07"), "{:?}", e.date);
    assert_ne!(e.date.as_deref().map(|x| &x[..7]), Some("2025-07"), "{:?}", e.date);
    let july = d.times.iter().find(|t| t.text == "July").expect("July");
    assert_eq!(july.value, "2025-07");
}

#[test]
fn regression_ordering_ones_own_military_and_a_truce_broken_were_acts() {
    // "ordered the military to carry out strikes" is no demand on another side; "accused X of violating the ceasefire"
    // declares no truce; "the ceasefire was holding" is no act
    let d = code("en", "LIMA, Oct 29 (Reuters) - Chilean air strikes killed 14 people in Peru overnight, after Chilean President Rudi Hartanto ordered the military to carry out powerful strikes.\n\nHartanto's office accused Peru of violating the ceasefire.\n\nBolivian President Budi Santoso told reporters that the ceasefire was holding.", "2025-10-29");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("10") || c.starts_with("087") || c.starts_with("17")), "{:?}", summary(&d));
    assert!(has(&d, "112", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_commitment_said_after_a_denial_was_denied() {
    // "denied any role in the shooting and said it remained committed to the truce": what the second verb of saying
    // reports is asserted, not what is denied
    let d = code("en", "LIMA, Oct 29 (Reuters) - Peru's government denied any role in the shooting and said it remained committed to the truce agreement with Chile.", "2025-10-29");
    assert!(d.events.iter().any(|e| e.code.starts_with("03") && e.modality == "asserted"), "{:?}", summary(&d));
}

#[test]
fn regression_a_former_minister_rejecting_the_results_was_the_government_and_aimed_at_no_one() {
    // "former government minister X" holds no office (no role, no sector); "Mr Y" after "X Y Z" is that person, with
    // no sector of the honorific; rejecting "the results" with no one named is aimed at the state's government
    let d = code("en", "Chile's Constitutional Council said on Monday that President Rudi Hartanto had won 53% of the vote, ahead of former government minister Kresna Budi Wibowo.\n\nMr Budi rejected the results and called on his supporters to protect their votes.", "2025-10-27");
    let e = d.entities.iter().find(|e| e.name == "Kresna Budi Wibowo").expect("the rival");
    assert!(e.roles.is_empty() && e.sector.is_none(), "{:?}", e);
    let r = d.events.iter().find(|e| e.code.starts_with("12")).expect("the rejection");
    assert_eq!(r.actor.as_ref().and_then(|a| a.code.as_deref()), Some("CHL"), "{:?}", r.actor);
    assert_eq!(r.target.as_ref().and_then(|a| a.code.as_deref()), Some("CHLGOV"), "{:?}", r.target);
}

#[test]
fn regression_a_carrier_sent_was_dated_by_the_page_and_a_toll_after_a_place_was_no_count() {
    // "mengerahkan kapal induk" is a show of force (150), dated by the next sentence that names it again by its noun
    // ("pengerahan itu", the same root by the language's affixes); "Enam orang di kapal itu tewas" counts six
    let text = "Jakarta - Chile mengerahkan kapal induk terbesarnya ke perairan Peru.\n\nJuru bicara militer Chile Rudi Hartanto mengatakan pada Jumat (24/10) bahwa pengerahan itu bertujuan memberantas penyelundupan.\n\nPada hari yang sama, militer Chile menyerang sebuah kapal di perairan Peru. Enam orang di kapal itu tewas.";
    let d = code("id", text, "2025-10-25");
    let show = d.events.iter().find(|e| e.code.starts_with("150")).expect("the show of force");
    assert_eq!(show.date.as_deref(), Some("2025-10-24"), "{:?}", summary(&d));
    let strike = d.events.iter().find(|e| e.code.starts_with("18") || e.code.starts_with("19")).expect("the strike");
    assert_eq!(strike.fatalities.as_ref().map(|f| f.min), Some(6), "{:?}", strike.fatalities);
}

#[test]
fn regression_a_town_taken_was_a_generic_act_at_its_region() {
    // "menguasai kota X di wilayah Y setelah merebut markas …": occupying territory (192), one act, at the town taken
    let d = code("id", "Jakarta - Pasukan pemberontak Peru menguasai kota Arequipa di wilayah selatan Peru setelah merebut markas divisi militer Peru pada Minggu (26/10).", "2025-10-30");
    let taken: Vec<_> = d.events.iter().filter(|e| e.code.starts_with("192")).collect();
    assert_eq!(taken.len(), 1, "{:?}", summary(&d));
    assert_eq!(taken[0].location.as_ref().map(|l| l.name.as_str()), Some("Arequipa"), "{:?}", taken[0].location);
}

#[test]
fn regression_a_toll_of_patients_and_their_companions_was_no_count() {
    // "lebih dari 460 pasien dan pendamping mereka dilaporkan tewas ditembak di Rumah Sakit Bersalin Peru di Santiago": the
    // count past nouns joined by "dan" and a possessive pronoun; the place is Santiago, not the state closing the hospital's name
    let d = code("id", "Jakarta - Juru bicara PBB Rudi Hartanto mengatakan pada Rabu (29/10) bahwa lebih dari 460 pasien dan pendamping mereka dilaporkan tewas ditembak di Rumah Sakit Bersalin Peru di Santiago.", "2025-10-30");
    let e = d.events.iter().find(|e| e.code.starts_with("18") || e.code.starts_with("19")).expect("the shooting");
    assert_eq!(e.fatalities.as_ref().map(|f| f.min), Some(460), "{:?}", e.fatalities);
    assert_eq!(e.location.as_ref().map(|l| l.name.as_str()), Some("Santiago"), "{:?}", e.location);
}

#[test]
fn regression_an_exemption_from_sanctions_was_cooperation() {
    // "granted X a one-year exemption from sanctions": easing sanctions (085), not PETRARCH's 'granted' (060)
    let d = code("en", "SANTIAGO, Nov 7 (Reuters) - Chile has granted Peru a one-year exemption from Chilean sanctions for buying Bolivian gas, an official said on Friday.", "2025-11-07");
    assert!(has(&d, "085", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_meeting_after_which_a_deal_was_told_had_no_day() {
    // "…, an official said on Friday, after President X hosted Prime Minister Y at the palace": the encounter is of
    // the main clause's day (an "after" clause with no distance; one with a distance keeps its offset)
    let d = code("en", "SANTIAGO, Nov 7 (Reuters) - Chile has granted Peru a one-year exemption from Chilean sanctions, an official said on Friday, after Chilean President Rudi Hartanto hosted Peruvian Prime Minister Kresna Wibowo at the presidential palace.", "2025-11-07");
    let e = d.events.iter().find(|e| e.code.starts_with("04")).expect("the visit");
    assert_eq!(e.date.as_deref(), Some("2025-11-07"), "{:?}", summary(&d));
}

#[test]
fn regression_an_intrusion_said_and_a_ruling_were_acts_of_their_own() {
    // "X said the Y ships had illegally intruded …": X's accusation of Y (112); "a tribunal ruled in 2016 that …" is
    // no aid (PETRARCH's 'ruled' is 060)
    let d = code("en", "LIMA (AP) — Chile's coast guard said the Peruvian ships had illegally intruded into waters near the island. An international tribunal ruled in 2016 that the claims had no legal basis.", "2025-10-12");
    assert!(has(&d, "112", "CHL", "PER"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("06") || c.starts_with("013")), "{:?}", summary(&d));
}

#[test]
fn regression_an_explosion_was_no_act() {
    // "Ledakan terjadi di masjid sekolah …": a bombing (183), as English "explosion"; a boat's explosion or a sound of
    // one heard is none
    let d = code("id", "Jakarta - Ledakan terjadi di masjid sebuah sekolah di Jakarta Utara saat salat Jumat, Jumat (7/11/2025). Sebanyak 96 orang terluka akibat ledakan tersebut.", "2025-11-08");
    let e = d.events.iter().find(|e| e.code.starts_with("183")).expect("the explosion");
    assert_eq!(e.date.as_deref(), Some("2025-11-07"), "{:?}", summary(&d));
    let d = code("id", "Jakarta - Petugas menyelidiki ledakan kapal nelayan di Muara Baru, Jumat (7/11/2025). Warga mendengar suara ledakan di pasar.", "2025-11-08");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("18")), "{:?}", summary(&d));
}

#[test]
fn regression_sanctions_on_his_officials_had_no_target() {
    // "imposed new sanctions on his officials": the officials are the last person's (a president of Peru), not the
    // last state's; officials named bare are the dateline's state's
    let d = code("en", "LIMA, Jan 10 (Reuters) - Peruvian President Rudi Hartanto took office on Friday, as Chile imposed sanctions on his officials. Bolivia also sanctioned six officials.", "2025-01-10");
    assert!(has(&d, "16", "CHL", "PER"), "{:?}", summary(&d));
    assert!(has(&d, "16", "BOL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_two_countries_officials_exchanging_prisoners_stayed_between_them() {
    // "Chilean and Peruvian officials … agreed to exchange prisoners": the adjective before "and" is an agent of the
    // same kind, and the exchange is between the two (no one else named); a guard for "officials" read as an agent
    let d = code("en", "SANTIAGO, May 16 (Reuters) - Chilean and Peruvian officials met in Santiago on Friday and agreed to exchange 1,000 prisoners of war each.", "2025-05-16");
    let e = d.events.iter().find(|e| e.code.starts_with("03") || e.code.starts_with("08")).expect("the exchange");
    let sides = [e.actor.as_ref().and_then(|p| p.country.clone()), e.target.as_ref().and_then(|p| p.country.clone())];
    assert!(sides.contains(&Some("CHL".into())) && sides.contains(&Some("PER".into())), "{:?}", summary(&d));
}

#[test]
fn regression_a_threat_to_respond_to_what_the_speaker_called_had_no_target() {
    // "X mengatakan Santiago akan merespons … atas apa yang ia sebut …": "ia" is the speaker again, no recipient; the
    // recipient is the side named before (Bolivia, whose court sentenced a former president)
    let d = code("id", "Jakarta - Mahkamah Agung Bolivia menjatuhkan hukuman 20 tahun penjara kepada mantan Presiden Bolivia Rudi Hartanto pada Kamis (11/9).\n\nMenteri Luar Negeri Cile Kresna Wibowo mengatakan Santiago akan \"merespons dengan semestinya\" atas apa yang ia sebut perburuan penyihir.", "2025-09-12");
    assert!(has(&d, "13", "CHL", "BOL"), "{:?}", summary(&d));
}

#[test]
fn regression_strikes_told_again_as_a_subject_were_a_second_attack() {
    // "Ankara said the strikes targeted militants of the PKK, whom it accuses Damascus of sheltering": the strikes are
    // the ones told before (no second attack on the militants, and the toll after them is theirs); "it" after "whom"
    // is the sentence's subject; militants of a body are of its country
    let d = code("en", "ANKARA, Oct 17 (Reuters) - Turkey launched air strikes on Syria on Friday. Ankara said the strikes killed at least 12 militants of the PKK, whom it accuses Damascus of sheltering.", "2025-10-17");
    assert!(has(&d, "112", "TUR", "SYR"), "{:?}", summary(&d));
    let force: Vec<_> = d.events.iter().filter(|e| e.code.starts_with("18") || e.code.starts_with("19")).collect();
    assert_eq!(force.len(), 1, "{:?}", summary(&d));
    assert_eq!(force[0].fatalities.as_ref().map(|f| f.min), Some(12), "{:?}", force[0].fatalities);
}

#[test]
fn regression_talks_mediated_by_a_third_state_made_a_party_the_mediator() {
    // "… during talks in Santiago on Saturday mediated by Bolivia": Bolivia mediates between the sentence's subjects
    let d = code("en", "SANTIAGO, Oct 19 (Reuters) - Chile and Peru agreed to a truce at talks in Santiago on Saturday mediated by Bolivia, officials said on Sunday.", "2025-10-19");
    assert!(summary(&d).iter().any(|(c, a, t, _)| c.starts_with("045") && a == "BOL" && (t == "CHL" || t == "PER")), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, t, _)| c.starts_with("045") && t == "BOL"), "{:?}", summary(&d));
}

#[test]
fn regression_two_ministers_leading_the_delegations_were_no_contact() {
    // "X and Y led the delegations" after talks told: the talks between them (their level answers a contact query),
    // on the talks' day
    let d = code("en", "SANTIAGO, Oct 19 (Reuters) - Chile and Peru agreed to a truce at talks in Santiago on Saturday, officials said on Sunday.\n\nChilean Defence Minister Rudi Hartanto and Peruvian Defence Minister Kresna Wibowo led the delegations.", "2025-10-19");
    let e = d.events.iter().find(|e| e.code.starts_with("04")).expect("the talks");
    assert_eq!(e.date.as_deref(), Some("2025-10-18"), "{:?}", summary(&d));
    assert!(has(&d, "04", "CHL", "PER") || has(&d, "04", "PER", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_un_call_for_an_inquiry_had_no_target() {
    // a body of no state calling for something with no one named is aimed at the home state's side named before
    let d = code("en", "SANTIAGO, Chile (AP) — The government lifted the ban late Monday, but the protests continued.\n\nThe U.N. rights office called for an independent inquiry into the deaths.", "2025-09-09");
    assert!(summary(&d).iter().any(|(c, _, t, _)| (c.starts_with("02") || c.starts_with("10")) && t == "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_meeting_told_again_after_usai_was_a_second_meeting() {
    // "… kata X kepada wartawan usai pertemuan.": the meeting told before, not another one; and the speaker named after a
    // quote closes is no recipient of what the quote says
    let d = code("id", "Santiago - Menteri Luar Negeri Cile Rudi Hartanto bertemu Menteri Luar Negeri Peru Kresna Wibowo di Santiago, Senin (21/4/2025).\n\n\"Cile dan Peru sepakat memperluas perdagangan,\" kata Rudi usai pertemuan.", "2025-04-21");
    assert_eq!(d.events.iter().filter(|e| e.code.starts_with("04")).count(), 1, "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, a, t, _)| c.starts_with("03") && a == t), "{:?}", summary(&d));
}

#[test]
fn regression_a_call_to_both_leaders_reached_one_of_them() {
    // "menelepon kedua pemimpin … dan mendesak mereka": one act per side of the last pair; "pertempuran … di perbatasan
    // kedua negara" is fighting between the two
    let d = code("id", "Jakarta - Cile dan Peru sepakat melakukan gencatan senjata, Rabu (3/9/2025), setelah pertempuran tiga hari di perbatasan kedua negara yang menewaskan sedikitnya 20 orang.\n\nSebelumnya, Presiden Bolivia Budi Santoso menelepon kedua pemimpin pada Senin (1/9/2025) dan mendesak mereka untuk menghentikan pertempuran.", "2025-07-28");
    for code in ["04", "10"] {
        assert!(has(&d, code, "BOL", "CHL") && has(&d, code, "BOL", "PER"), "{code}: {:?}", summary(&d));
    }
    let fight = d.events.iter().find(|e| e.code.starts_with("19")).expect("the fighting");
    assert_eq!(fight.fatalities.as_ref().map(|f| f.min), Some(20), "{:?}", summary(&d));
    assert!(has(&d, "19", "CHL", "PER") || has(&d, "19", "PER", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_strike_answering_strikes_at_the_weekend_took_their_time() {
    // "X fired missiles at Y in retaliation for Z strikes on its sites at the weekend": the weekend is Z's strikes', and
    // they are the strikes "On Sunday" told after (one event, dated by the day); "condemned the attack … and said it
    // reserved the right to respond" threatens whom the condemnation is aimed at
    let d = code("en", "Chile has fired missiles at a Peruvian air base in Bolivia in retaliation for Peruvian strikes on its ports at the weekend.\n\nBolivia condemned the attack on its territory and said it reserved the right to respond.\n\nOn Sunday, Peruvian bombers struck three Chilean ports.", "2025-06-23");
    let chile = d.events.iter().find(|e| e.code.starts_with("19") && e.actor.as_ref().and_then(|a| a.country.as_deref()) == Some("CHL")).expect("Chile's strike");
    assert_eq!(chile.date.as_deref(), Some("2025-06-23"), "{:?}", summary(&d));
    let peru: Vec<_> = d.events.iter().filter(|e| e.code.starts_with("19") && e.actor.as_ref().and_then(|a| a.country.as_deref()) == Some("PER")).collect();
    assert_eq!(peru.len(), 1, "{:?}", summary(&d));
    assert_eq!(peru[0].date.as_deref(), Some("2025-06-22"), "{:?}", summary(&d));
    assert!(has(&d, "13", "BOL", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_suspect_named_by_his_alias_was_nobody() {
    // "X alias Y … Y ditangkap …": the alias is the person; an arrest in the passive with no doer is the state's; "pada
    // hari yang sama" in a paragraph after a flashback is the story's day
    let d = code("id", "Jakarta - Komisi Pemberantasan Korupsi (KPK) menahan Wakil Menteri Pertanian Rudi Hartanto alias Bowo, Kamis, 11 September 2025.\n\nBowo ditangkap bersama empat orang lainnya pada Selasa malam, 9 September 2025.\n\nKetua KPK Kresna Wibowo mengatakan Bowo diduga menerima suap.\n\nPresiden Budi Santoso memberhentikan Bowo dari jabatannya pada hari yang sama.", "2025-09-11");
    let arrest = d.events.iter().find(|e| e.trigger == "ditangkap").expect("the arrest");
    assert_eq!(arrest.date.as_deref().map(|x| &x[..10]), Some("2025-09-09"), "{:?}", summary(&d));
    let fired = d.events.iter().find(|e| e.trigger.starts_with("memberhentikan")).expect("the dismissal");
    assert_eq!(fired.date.as_deref(), Some("2025-09-11"), "{:?}", summary(&d));
    assert!(fired.target.is_some(), "{:?}", summary(&d));
}

#[test]
fn regression_the_dead_of_an_arson_told_in_the_next_paragraph_were_no_ones() {
    // "Massa membakar kantor … ¶ Dua orang tewas di dalam kantor itu": the toll of a sentence of no act of
    // its own opening the next paragraph is the arson's; "mengecam aksi pembakaran itu" (the noun of the verb told
    // before, `Lang::stem`) is aimed at the crowd
    let d = code("id", "SANTIAGO - Massa membakar kantor wali kota Santiago, Senin (1/9/2025) malam, saat demonstrasi berubah menjadi kerusuhan.\n\nDua orang tewas di dalam kantor yang terbakar itu.\n\nGubernur Rudi Hartanto mengecam aksi pembakaran itu.", "2025-09-02");
    let arson = d.events.iter().find(|e| e.trigger.to_lowercase().starts_with("membakar")).expect("the arson");
    assert_eq!(arson.fatalities.as_ref().map(|f| f.min), Some(2), "{:?}", summary(&d));
    let condemned = d.events.iter().find(|e| e.code.starts_with("111")).expect("the condemnation");
    assert!(condemned.target.is_some(), "{:?}", summary(&d));
}

#[test]
fn regression_a_call_told_as_the_way_words_passed_was_no_contact() {
    // "In a phone call, X told Y that …", "X mengatakan kepada Y melalui telepon bahwa …": the call is between the
    // speaker and the side told; "said by phone" with no other side is no contact
    let d = code("en", "LIMA (AP) — In a phone call, Peruvian President Rudi Hartanto told Chilean President Kresna Wibowo on Saturday that the border would stay open.", "2025-05-03");
    assert!(has(&d, "041", "PER", "CHL"), "{:?}", summary(&d));
    let d = code("id", "LIMA, KOMPAS.com - Presiden Peru Rudi Hartanto mengatakan kepada Presiden Cile Kresna Wibowo melalui telepon bahwa perundingan akan dilanjutkan.", "2025-05-03");
    assert!(has(&d, "041", "PER", "CHL"), "{:?}", summary(&d));
    let d = code("en", "LIMA (AP) — Peruvian President Rudi Hartanto said by phone from Santiago that talks would resume.", "2025-05-03");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("04")), "{:?}", summary(&d));
}

#[test]
fn regression_an_appeal_to_all_parties_took_the_side_named_before() {
    // "mengecam pembunuhan X dan mendesak semua pihak menahan diri": every side is the appeal's recipient, not X
    let d = code("id", "LIMA, KOMPAS.com - Pemerintah Cile mengutuk serangan terhadap Presiden Peru Rudi Hartanto dan meminta seluruh pihak untuk tenang.", "2025-05-03");
    assert!(has(&d, "02", "CHL", "-"), "{:?}", summary(&d));
    assert!(!has(&d, "02", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_spokesman_of_a_ministry_after_the_quote_was_no_speaker() {
    // "\"…,\" kata juru bicara <kementerian>": the title with no name speaks for the body after it
    let d = code("id", "LIMA, KOMPAS.com - Kementerian Luar Negeri RI menyesalkan insiden itu.\n\n\"Langkah itu hanya memperkeruh keadaan,\" kata juru bicara Kemenlu RI.", "2025-05-03");
    let q = d.quotes.first().expect("the quote");
    assert_eq!(q.speaker.as_deref(), Some("local:org:kemlu"), "{:?}", d.quotes);
}

#[test]
fn regression_a_punishment_a_side_will_receive_was_no_threat() {
    // "X mengatakan Y akan menerima hukuman berat", "said Y will receive a harsh punishment": the speaker threatens Y
    let d = code("id", "LIMA, KOMPAS.com - Presiden Peru Rudi Hartanto mengatakan Cile akan mendapat hukuman setimpal atas penyerangan itu.", "2025-05-03");
    assert!(has(&d, "13", "PER", "CHL"), "{:?}", summary(&d));
    let d = code("en", "LIMA (AP) — Peruvian President Rudi Hartanto said Chile will receive a severe punishment for the raid.", "2025-05-03");
    assert!(has(&d, "13", "PER", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_mediation_in_a_relative_clause_took_the_time_of_what_was_said() {
    // "X, who mediated the talks between A and B, said the two sides would begin negotiations by the end of February":
    // the month is the negotiations', not the mediation's; and hosting the talks told the sentence before is the same act
    let d = code("en", "SANTIAGO, Dec 11 (Reuters) - Peru and Bolivia settled their quarrel over a river on Wednesday, Chilean President Rudi Hartanto said after hosting talks between the two countries' presidents in Santiago.\n\nHartanto, who mediated the talks between Peruvian President Kresna Wibowo and Bolivian President Budi Santoso, said expert-level negotiations would open by the end of March.", "2024-12-11");
    let med: Vec<_> = d.events.iter().filter(|e| e.code.starts_with("04") && e.actor.as_ref().and_then(|a| a.country.as_deref()) == Some("CHL")).collect();
    assert!(med.iter().all(|e| e.date.as_deref() == Some("2024-12-11")), "{:?}", med.iter().map(|e| (&e.code, &e.date)).collect::<Vec<_>>());
    for side in ["PER", "BOL"] {
        let n = med.iter().filter(|e| e.target.as_ref().and_then(|t| t.country.as_deref()) == Some(side)).count();
        assert!(n <= 1, "{side}: {:?}", summary(&d));
    }
}

#[test]
fn regression_a_side_killing_a_leader_in_an_air_strike_had_no_doer() {
    // "Militer X mengklaim telah menewaskan pemimpin Y dalam serangan udara": the military's killing, not an air
    // strike by no one; a quake "menewaskan 3.000 orang" is no act
    let d = code("id", "LIMA, KOMPAS.com - Tentara Peru menyatakan telah menewaskan komandan pemberontak Rudi Hartanto dalam serangan udara di Santiago, Cile, Selasa (24/9) malam.", "2024-09-28");
    assert!(has(&d, "19", "PER", "CHL"), "{:?}", summary(&d));
    let d = code("id", "LIMA, KOMPAS.com - Gempa yang mengguncang Peru pada Jumat (28/3) menewaskan lebih dari 3.000 orang.", "2025-03-29");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("19")), "{:?}", summary(&d));
}

#[test]
fn regression_a_vow_to_keep_fighting_and_the_language_of_sanctions() {
    // "bersumpah akan melanjutkan perlawanan terhadap X" threatens force (138); "the language of sanctions was
    // unacceptable" imposes none
    let d = code("id", "LIMA, KOMPAS.com - Kelompok pemberontak Peru mengakui komandannya tewas, Rabu (25/9), dan bersumpah akan melanjutkan perlawanan terhadap Cile.", "2024-09-28");
    assert!(has(&d, "138", "PER", "CHL"), "{:?}", summary(&d));
    let d = code("en", "LIMA (AP) — A Peruvian government spokesman said Lima would study the plan but called the language of sanctions out of place.", "2025-05-10");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("16")), "{:?}", summary(&d));
}

#[test]
fn regression_a_killing_reported_in_the_pluperfect_was_dated_by_the_report() {
    // "Peru announced on Tuesday that its marines had killed X" and "Peruvian marines killed X and three other militants
    // on Monday": one killing, on Monday (the militants joined to X are X's side); "called X to congratulate" is a
    // phone call
    let d = code("en", "LIMA, Oct 16 (Reuters) - Peru announced on Tuesday that its marines had killed Chile's rebel leader Rudi Hartanto near the border.\n\nPeruvian marines killed Hartanto and three other militants on Monday near Tacna, the navy said.\n\nBolivian President Kresna Wibowo called Peruvian President Budi Santoso to congratulate him.", "2024-10-16");
    let kills: Vec<_> = d.events.iter().filter(|e| e.code.starts_with("19")).collect();
    assert_eq!(kills.len(), 1, "{:?}", summary(&d));
    assert_eq!(kills[0].date.as_deref(), Some("2024-10-14"), "{:?}", summary(&d));
    assert!(has(&d, "041", "BOL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_lawmakers_signing_a_complaint_signed_an_agreement() {
    // "215 anggota DPR menandatangani pengaduan pemakzulan", "signed the impeachment complaint": no agreement (057)
    let d = code("id", "LIMA, KOMPAS.com - Ratusan anggota Kongres Peru menandatangani petisi terhadap Presiden Peru Rudi Hartanto.", "2025-02-06");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("057")), "{:?}", summary(&d));
    let d = code("en", "LIMA (AP) — Dozens of Peruvian lawmakers signed a petition against President Rudi Hartanto.", "2025-02-06");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("057")), "{:?}", summary(&d));
}

#[test]
fn regression_ending_a_cooperation_agreement_and_forces_leaving_a_country() {
    // "ending its defense cooperation agreement with X" reduces relations (160); "French forces have left X" withdraw
    // (0874), no trip; "mencabut perjanjian kerja sama militer dengan X": "militer" after "kerja sama" names no side
    let d = code("en", "SANTIAGO, Chile (AP) — Chile announced on Thursday that it was ending its military cooperation with Peru. Chilean troops have left Bolivia since a coup there.", "2024-11-28");
    assert!(has(&d, "160", "CHL", "PER"), "{:?}", summary(&d));
    assert!(has(&d, "0874", "CHL", "BOL"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("04")), "{:?}", summary(&d));
    let d = code("id", "Jakarta, CNN Indonesia -- Junta militer Cile membatalkan perjanjian kerja sama militer dengan Peru, Senin (4/3).", "2024-03-17");
    assert!(has(&d, "160", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_meeting_earlier_in_the_day_took_the_pages_date() {
    // a page of Friday morning: "Chile said Thursday …. Y had met X in Santiago earlier in the day" is Thursday's
    let d = code("en", "SANTIAGO, Chile (AP) — Chile announced on Thursday that it was ending its military cooperation with Peru.\n\nPeruvian Defence Minister Budi Santoso had met Chilean President Rudi Hartanto in Santiago earlier in the day.", "2024-11-29");
    let m = d.events.iter().find(|e| e.code.starts_with("04")).expect("the meeting");
    assert_eq!(m.date.as_deref(), Some("2024-11-28"), "{:?}", summary(&d));
}

#[test]
fn regression_a_phone_call_after_which_an_act_was_told_had_no_sides() {
    // "X said he would give Y 90 more days …, after a phone call with Z": the call is the subject's with Z (an
    // encounter's noun after "after" and an article); "after a truce" stays a condition
    let d = code("en", "LIMA, July 31 (Reuters) - Peruvian President Rudi Hartanto said on Friday he would delay new duties on Chilean copper for a month, after a phone call with Chilean President Kresna Wibowo.", "2025-07-31");
    assert!(has(&d, "041", "PER", "CHL"), "{:?}", summary(&d));
    let d = code("en", "LIMA, July 31 (Reuters) - Rudi Hartanto said Peru was ready to sit down for talks with Chile after a truce.", "2025-07-31");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("087")), "{:?}", summary(&d));
}

#[test]
fn regression_a_mission_upgraded_to_an_embassy_was_no_act() {
    // "X akan meningkatkan status misi dagangnya di <kota> menjadi kedutaan besar": diplomatic cooperation (05, told as
    // intended) with the state of the place after "di"
    let d = code("id", "Jakarta - Usai pertemuan, Menteri Luar Negeri Cile Rudi Hartanto mengumumkan Cile akan meningkatkan status misi dagangnya di Lima, Peru, menjadi kedutaan besar.", "2025-10-11");
    assert!(summary(&d).iter().any(|(c, a, t, _)| (c.starts_with("05") || c.starts_with("03")) && a == "CHL" && t == "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_reciprocal_expulsions_had_no_recipient() {
    // "Chile and Peru expelled each other's top diplomats": the reciprocal anaphor inside the pattern's gap makes each
    // side the other's recipient
    let d = code("en", "SANTIAGO/LIMA, Oct 14 (Reuters) - Chile and Peru expelled each other's top diplomats on Monday.", "2024-10-14");
    assert!(has(&d, "16", "CHL", "PER") && has(&d, "16", "PER", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_summoned_envoy_and_a_recalled_one_lost_their_sides() {
    // the envoy told before and summoned by name alone (frame svo_envoy) is a protest, not a meeting; withdrawing one's
    // envoy after the other side's act told in the paragraph before is aimed at that side; "other targeted officials"
    // is no attack; a city before its verb speaks the quotation after the verb's object
    let text = "LIMA, Oct 14 (Reuters) - Chile ordered six Peruvian diplomats to leave on Monday.\n\nPeru's foreign ministry said it had decided to withdraw its ambassador and other targeted officials, and it expelled six Chilean diplomats, among them acting Ambassador Rudi Hartanto.\n\nEarlier on Monday, Lima summoned Hartanto and rejected the claims as \"absurd fabrications\".";
    let d = code("en", text, "2024-10-14");
    assert!(has(&d, "111", "PER", "CHL"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("04") || c.starts_with("19")), "{:?}", summary(&d));
    assert!(d.events.iter().any(|e| e.code.starts_with("161") && e.trigger.contains("withdraw") && e.target.as_ref().and_then(|t| t.country.as_deref()) == Some("CHL")), "{:?}", summary(&d));
    let q = d.quotes.iter().find(|q| q.text.contains("absurd")).expect("the quotation");
    assert_eq!(q.speaker.as_deref(), Some("PER"), "{:?}", d.quotes);
}

#[test]
fn regression_an_error_in_quotation_marks_was_no_criticism() {
    // 'said Peru had made "a fundamental error"': the quotation marks inside the phrase are no words of it
    let d = code("en", "SANTIAGO, Oct 14 (Reuters) - Chilean President Rudi Hartanto told a news conference on Monday that Peru had made \"a fundamental error\" by backing the rebels.", "2024-10-14");
    assert!(has(&d, "111", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_time_after_since_and_an_act_noun_dated_the_lead_attack() {
    // "melancarkan serangan … sejak Selasa (6/8/2024), serangan darat terbesar … sejak invasi … pada Februari 2022": the
    // time closing the second "sejak" phrase dates the invasion, not the attack, which began on the Tuesday; in English the
    // time inside the phrase still dates the noun in it
    let d = code("id", "LIMA, KOMPAS.com - Pasukan Cile melancarkan serangan lintas batas ke wilayah Tacna, Peru, sejak Selasa (6/8/2024), serangan darat terbesar ke wilayah Peru sejak invasi Santiago pada Februari 2022.", "2024-08-08");
    let e = d.events.iter().find(|e| e.code.starts_with("18") || e.code.starts_with("19")).expect("the attack");
    assert_eq!(e.date.as_deref(), Some("2024-08-06"), "{:?}", summary(&d));
    let d = code("en", "LIMA, March 10 (Reuters) - Relations have been at a low since Chile's invasion of Peru in February 2022.", "2025-03-10");
    let e = d.events.iter().find(|e| e.trigger.contains("invasion")).expect("the invasion");
    assert_eq!(e.date.as_deref(), Some("2022-02"), "{:?}", summary(&d));
}

#[test]
fn regression_what_a_capital_is_accused_of_and_what_was_not_proved_were_asserted() {
    // "menuduh Santiago menembaki …": a capital standing for its state is the side accused (the act is reported); what
    // an inquiry "failed to prove" is negated
    let d = code("id", "Presiden Peru Rudi Hartanto menuduh Santiago menembaki rumah warga dan ambulans.", "2024-08-08");
    let e = d.events.iter().find(|e| e.code.starts_with("19")).expect("the shelling");
    assert_eq!(e.modality, "reported", "{:?}", summary(&d));
    let d = code("en", "His former spokesman, Gen Rudi Hartanto, told the BBC: \"The investigation has failed to prove people were really tortured.\"", "2004-11-29");
    assert!(d.events.iter().all(|e| !e.code.starts_with("18") || e.modality == "negated"), "{:?}", summary(&d));
}

#[test]
fn regression_a_wounded_leader_taken_to_hospital_was_seized() {
    // "was taken to a hospital" is no seizure; "condemned what she called a brutal attack" is one condemnation; "the
    // suspect had decided to act" is no intent of the minister who told it
    let d = code("en", "LIMA, Peru (AP) — Peruvian Prime Minister Rudi Hartanto was shot several times on Wednesday and was taken to a hospital in serious condition.\n\nPresident Kresna Wibowo condemned what she called a brutal and reckless attack on the prime minister.\n\nInterior Minister Budi Santoso said the suspect had decided to act shortly after the election in April.", "2024-05-15");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("17") || c.starts_with("03")), "{:?}", summary(&d));
    assert_eq!(summary(&d).iter().filter(|(c, _, _, _)| c.starts_with("11")).count(), 1, "{:?}", summary(&d));
}

#[test]
fn regression_talks_after_an_encounter_dated_by_the_lead_kept_the_pages_day() {
    // "Dalam pertemuan itu, kedua pemimpin membahas …" after a meeting dated only by the lead's day: the talks take that
    // day too (the pair's day was the page's when the meeting was coded; the passes after the sentences date both)
    let d = code("id", "Jakarta - Presiden Cile Rudi Hartanto menghadiri KTT di Lima, Peru, Kamis (19/12/2024). Di sela KTT, Rudi Hartanto bertemu Presiden Peru Kresna Wibowo.\n\nDalam pertemuan itu, kedua pemimpin membahas kerja sama perdagangan dan investasi.", "2024-12-20");
    assert!(d.events.iter().filter(|e| e.code.starts_with("04")).all(|e| e.date.as_deref() == Some("2024-12-19")), "{:?}", d.events.iter().map(|e| (&e.code, &e.date)).collect::<Vec<_>>());
}

#[test]
fn regression_an_invitation_told_in_the_pluperfect_took_the_summits_month() {
    // "had invited X to the summit in November" (told in May): the month is the summit's, ahead, and does not date the
    // invitation
    let d = code("en", "SANTIAGO (AP) — Chilean President Rudi Hartanto later told reporters that he had invited Peruvian President Kresna Wibowo to the summit in Santiago in November.", "2025-05-22");
    assert!(d.times.iter().any(|t| t.text == "November" && t.value == "2025-11"), "{:?}", d.times);
    assert!(d.events.iter().filter(|e| e.trigger.contains("invited")).all(|e| e.date.as_deref() != Some("2025-11")), "{:?}", d.events.iter().map(|e| (&e.code, &e.date)).collect::<Vec<_>>());
}

#[test]
fn regression_a_missile_test_into_the_ocean_was_an_attack() {
    // "menembakkan sebuah rudal balistik antarbenua (ICBM) berhulu ledak tiruan ke perairan internasional": a missile
    // fired into the sea, past a long description of it, is a show of force (150), not an attack (195)
    let d = code("id", "Jakarta, CNN Indonesia -- Peru menembakkan sebuah rudal balistik antarbenua (ICBM) berhulu ledak tiruan ke perairan internasional di Samudra Pasifik pada Rabu (25/9) pagi.", "2024-09-26");
    assert!(summary(&d).iter().any(|(c, a, _, _)| c.starts_with("150") && a == "PER") && !summary(&d).iter().any(|(c, _, _, _)| c.starts_with("19")), "{:?}", summary(&d));
}

#[test]
fn regression_reactions_to_a_test_were_lost() {
    // a chief cabinet secretary's title is no name ("Kepala Sekretaris Kabinet Jepang X"); concern conveyed to a side
    // (012); "pemerintahnya akan meminta penjelasan dari X" is the speaker's government's request of X; "menyebut …
    // sebagai perkembangan yang tidak diharapkan" criticises
    let d = code("id", "Jakarta, CNN Indonesia -- Kepala Sekretaris Kabinet Jepang Budi Santoso mengatakan Tokyo telah menyampaikan keprihatinan kepada Peru.\n\nPresiden Cile Rudi Hartanto mengatakan pemerintahnya akan meminta penjelasan dari Peru. Bolivia menyebut uji coba itu sebagai perkembangan yang tidak diharapkan dan mengkhawatirkan.", "2024-09-26");
    assert!(has(&d, "012", "JPN", "PER") && has(&d, "020", "CHL", "PER") && summary(&d).iter().any(|(c, a, _, _)| c.starts_with("111") && a == "BOL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_demand_told_twice_and_consultations_offered_were_miscounted() {
    // "Santiago insisted that Peru must first change its constitution": one demand of Peru, not a second with no target;
    // "ready to begin consultations with X" offers talks; "…, he added" is no act
    let d = code("en", "LIMA/SANTIAGO, March 13 (Reuters) - Chile's foreign minister said talks on the draft were complete, but Santiago insisted that Peru must first change its constitution. Peru's foreign ministry said it was ready to begin consultations with Chile on the date of the signing. The treaty could be signed soon, the minister added.", "2025-03-13");
    assert_eq!(summary(&d).iter().filter(|(c, _, _, _)| c.starts_with("10")).map(|(_, a, t, _)| (a.as_str(), t.as_str())).collect::<Vec<_>>(), vec![("CHL", "PER")], "{:?}", summary(&d));
    assert!(summary(&d).iter().any(|(c, a, t, _)| (c.starts_with("03") || c.starts_with("04")) && a == "PER" && t == "CHL"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("06")), "{:?}", summary(&d));
}

#[test]
fn regression_a_prisoner_transferred_home_and_strikes_ordered_were_miscoded() {
    // "memindahkan terpidana … ke negara asalnya": a release to her state (0841); "Chile launched airstrikes …, after
    // President X ordered what he called "…" military action" is one act of force (the state named bare and its
    // president one side), and the quotation is the president's words
    let d = code("id", "Jakarta (ANTARA) - Pemerintah Indonesia memindahkan terpidana mati kasus narkotika asal Cile, Rudi Hartanto, ke negara asalnya pada Rabu (18/12).", "2024-12-18");
    assert!(has(&d, "0841", "IDN", "CHL"), "{:?}", summary(&d));
    let d = code("en", "SANTIAGO (AP) — Chile launched a wave of airstrikes on Saturday against Peru's rebels, after President Rudi Hartanto ordered what he called \"decisive and powerful\" military action.", "2025-03-16");
    assert_eq!(summary(&d).iter().filter(|(c, _, _, _)| c.starts_with("19")).count(), 1, "{:?}", summary(&d));
    assert_eq!(d.quotes.first().and_then(|q| q.speaker_name.as_deref()), Some("Rudi Hartanto"), "{:?}", d.quotes);
}

#[test]
fn regression_a_deportation_and_a_withdrawal_from_a_body_lost_their_recipients() {
    // "mendeportasi 40 warga etnis Uighur ke Peru" (frame svo_to): the state the people are sent to, not a generic side
    // of the deporting state; "menyebut deportasi itu sebagai pelanggaran" criticises the deporting state; "signed an
    // executive order … to withdraw Chile from the World Health Organization" leaves the body (no agreement signed)
    let d = code("id", "Jakarta, CNN Indonesia -- Pemerintah Cile mendeportasi 40 warga etnis Uighur ke Peru pada Kamis (27/2).\n\nKantor Hak Asasi Manusia PBB menyebut deportasi itu sebagai pelanggaran hukum internasional.", "2025-02-28");
    assert!(has(&d, "174", "CHL", "PER") && summary(&d).iter().any(|(c, _, t, _)| c.starts_with("111") && t == "CHL"), "{:?}", summary(&d));
    let d = code("en", "SANTIAGO (AP) — President Rudi Hartanto signed an executive order on Monday to withdraw Chile from the World Health Organization.", "2025-01-21");
    assert!(has(&d, "161", "CHL", "-") && !summary(&d).iter().any(|(c, _, _, _)| c.starts_with("057")), "{:?}", summary(&d));
}

#[test]
fn regression_a_junta_named_bare_and_coup_soldiers_took_the_datelines_country() {
    // "The junta" in a story filed from Paris is the government of the state under military rule named before it
    // (xx/military_rule.tsv), and "soldiers overthrew the elected president X" — X of the state named before him in
    // the sentence, since France's president on the day is another — are X's state's; "bring its ambassador home
    // from X" is a recall (161), and "…," it said is the side that opened the sentence before
    let d = code("en", "PARIS, March 3 (Reuters) - France will bring its ambassador home from Mali, weeks after soldiers overthrew the elected president Rudi Hartanto, officials said on Sunday.\n\nThe junta welcomed the decision on state radio. \"This is a good day,\" it said.", "2023-09-24");
    assert!(has(&d, "161", "FRA", "MLI"), "{:?}", summary(&d));
    assert!(summary(&d).iter().any(|(c, a, t, _)| c.starts_with("18") && a == "MLI" && t == "MLI"), "{:?}", summary(&d));
    assert!(has(&d, "051", "MLI", "-") || has(&d, "051", "MLI", "FRA"), "{:?}", summary(&d));
    assert!(d.quotes.iter().any(|q| q.speaker.as_deref() == Some("MLI")), "{:?}", d.quotes);
    // (a story filed where the junta rules keeps its own state)
    let d = code("en", "BAMAKO, March 3 (Reuters) - France said on Sunday it would close its embassy in Peru. The junta welcomed the decision.", "2023-09-24");
    assert!(summary(&d).iter().any(|(c, a, _, _)| c.starts_with("051") && a == "MLI"), "{:?}", summary(&d));
}

#[test]
fn regression_an_ambassador_ordered_to_leave_by_title_and_name_was_no_target() {
    // "ordered ambassador X to leave the country": the envoy (a person whose mention opens with the pattern's word) is
    // the target, not "the country" he leaves; "siap memperluas impor … dari X" offers trade to X (0311)
    let d = code("en", "SANTIAGO, Aug 25 (Reuters) - Bolivia's government ordered ambassador Rudi Hartanto to leave the country on Friday.", "2023-08-25");
    assert!(has(&d, "161", "BOL", "CHL"), "{:?}", summary(&d));
    let d = code("id", "Jakarta, CNN Indonesia -- Presiden Cile menyatakan Cile siap memperluas impor produk pertanian dari Peru.", "2023-07-27");
    assert!(has(&d, "0311", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_an_answer_a_middle_name_and_an_invitation_to_attend_were_misread() {
    // "Sebagai balasan, X membekukan …" with no recipient answers the doer of the act told before; a military
    // satellite launched is a show of force (150)
    let d = code("id", "Jakarta, CNN Indonesia -- Cile meluncurkan satelit mata-mata pertamanya pada Jumat (24/11).\n\nSebagai balasan, pemerintah Peru pada Sabtu (25/11) membatalkan perjanjian pertahanan dengan negara itu.", "2023-11-22");
    assert!(has(&d, "150", "CHL", "-") && summary(&d).iter().any(|(c, a, t, _)| c.starts_with("16") && a == "PER" && t == "CHL"), "{:?}", summary(&d));
    // a middle word of a three-word name is the person ("Bima" of "Kresna Bima Wibowo"); soldiers who "placed
    // President X under house arrest" detained him (173)
    let d = code("en", "SANTIAGO, Chile (AP) — Soldiers placed President Kresna Bima Wibowo under house arrest on Wednesday.\n\nOn radio, Bima urged \"everyone abroad\" to \"speak up\".", "2023-08-30");
    assert!(has(&d, "173", "CHL", "CHL"), "{:?}", summary(&d));
    assert!(d.quotes.iter().any(|q| q.speaker_name.as_deref() == Some("Kresna Bima Wibowo")), "{:?}", d.quotes);
    // "mengundang X menghadiri Y": one act, the invitation (036), no attending by the one who invites
    let d = code("id", "Jakarta (ANTARA) - Presiden Peru Rudi Hartanto mengundang Presiden Cile menghadiri konferensi di Lima, Peru, pada November.", "2025-10-23");
    assert!(has(&d, "036", "PER", "CHL") && !summary(&d).iter().any(|(c, _, _, _)| c.starts_with("042")), "{:?}", summary(&d));
}

#[test]
fn regression_a_recall_after_a_strike_lost_the_sides_of_its_reproach_threat_and_suspension() {
    // "the shelling, which it called a "blatant violation"": the act the relative clause follows is what is
    // criticised, its doer the target; "will respond to this unlawful act" threatens the other side's act's doer;
    // "called off all visits between the two countries" is against the other of the two named before; a quotation's
    // speaker after lower-case words of a title ("…," defence ministry spokesman X told …)
    let d = code("en", "SANTIAGO, Jan 17 (Reuters) - Chile withdrew its ambassador from Peru on Monday, two days after Peru shelled what it called rebel camps in Chile.\n\nChile's defence ministry said a farmer died in the shelling, which it called a \"blatant violation\" of its territory.\n\nChile will respond to this unlawful act, the ministry said. \"We have been patient,\" defence ministry spokesman Rudi Hartanto told a news conference.\n\nChile also called off all ministerial visits between the two countries.", "2024-01-17");
    assert!(has(&d, "161", "CHL", "PER"), "{:?}", summary(&d));
    assert!(summary(&d).iter().any(|(c, a, t, _)| c.starts_with("11") && a == "CHL" && t == "PER"), "{:?}", summary(&d));
    assert!(summary(&d).iter().any(|(c, a, t, _)| c.starts_with("13") && a == "CHL" && t == "PER"), "{:?}", summary(&d));
    assert_eq!(summary(&d).iter().filter(|(c, a, t, _)| c.starts_with("16") && a == "CHL" && t == "PER").count(), 2, "{:?}", summary(&d));
    assert!(d.quotes.iter().any(|q| q.speaker_name.as_deref() == Some("Rudi Hartanto")), "{:?}", d.quotes);
    // ", X said, calling it a violation": the participle is the speaker's act; a count of raids that "have risen" is no event
    let d = code("en", "SANTIAGO, Sept 19 (Reuters) - Two Peruvian drones crossed into Chilean territory on Friday, Chile's defence ministry said, calling it a grave violation.\n\nRaids by gangs have risen in Chile since 2021.", "2025-09-19");
    assert!(summary(&d).iter().any(|(c, a, t, _)| c.starts_with("111") && a == "CHL" && t == "PER"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("18")), "{:?}", summary(&d));
    // a crowd storming a place ("menggeruduk", 145) and forcing people out ("memaksa … keluar", 174)
    let d = code("id", "Santiago - Puluhan warga menggeruduk kantor desa di Santiago, Jumat (5/1/2024). Mereka memaksa para pegawai keluar.", "2023-12-27");
    assert!(summary(&d).iter().any(|(c, _, _, _)| c.starts_with("145")) && summary(&d).iter().any(|(c, _, _, _)| c.starts_with("174")), "{:?}", summary(&d));
}

#[test]
fn regression_a_hosts_city_a_clause_after_comes_as_and_a_meeting_of_both_leaders_were_lost() {
    // "welcomed X to <city>" is hosting there; "the trip comes as Y has warned Z" — "as" after a verb of coming about
    // opens a clause with its own subject (Y's accusation, not the visitor's)
    let d = code("en", "LIMA, Peru (AP) — Chilean President Rudi Hartanto welcomed Peruvian President Kresna Wibowo to Santiago on Thursday.\n\nThe trip comes as Bolivia has accused Chile of arming Peruvian rebels.", "2024-05-16");
    assert!(d.events.iter().any(|e| e.code.starts_with("043") && e.location.as_ref().is_some_and(|l| l.name == "Santiago")), "{:?}", d.events.iter().map(|e| (&e.code, &e.location)).collect::<Vec<_>>());
    assert!(has(&d, "112", "BOL", "CHL"), "{:?}", summary(&d));
    // "…," kata X usai pertemuan tertutup kedua pemimpin: a meeting of the pair of the mutual act told before, even
    // after a quotation with "setelah" in it
    let d = code("id", "Jakarta (ANTARA) - Presiden Cile Rudi Hartanto dan Presiden Peru Kresna Wibowo menyaksikan penandatanganan dua perjanjian di Santiago, Kamis.\n\n\"Kami puas setelah perundingan panjang,\" kata Presiden Rudi usai pertemuan tertutup kedua pemimpin.", "2023-06-08");
    assert!(summary(&d).iter().any(|(c, a, t, _)| c.starts_with("040") && ((a == "CHL" && t == "PER") || (a == "PER" && t == "CHL"))), "{:?}", summary(&d));
}

#[test]
fn regression_a_death_in_custody_had_its_victim_as_doer_and_blame_in_a_quotation_was_negated() {
    // "X has died in a cell": the dead is no doer; "tried … but failed", "paid for his beliefs with his life" and "was
    // serving a long sentence" are no acts; "said: \"Be under no illusion: Y is responsible for X's death\"" accuses Y —
    // the colon cuts the "no" off, and the subject is the quotation's, not the speaker
    let d = code("en", "SANTIAGO (AP) — Chilean opposition figure Kresna Wibowo has died in a jail cell, the justice ministry says.\n\nDoctors tried to revive him but failed.\n\nPeruvian President Rudi Hartanto said: \"Be under no illusion: Chile's president is responsible for Wibowo's death.\" Bolivia's leader said Wibowo had paid for his beliefs with his life.\n\nWibowo was serving a long prison sentence.", "2024-02-16");
    assert!(!d.events.iter().any(|e| e.actor.as_ref().is_some_and(|a| a.text.contains("Wibowo"))), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("12") || c.starts_with("06")), "{:?}", summary(&d));
    assert!(summary(&d).iter().any(|(c, a, t, m)| c.starts_with("112") && a == "PER" && t == "CHL" && m == "asserted"), "{:?}", summary(&d));
    // "… - a charge the X government denies": X denies
    let d = code("en", "SANTIAGO (Reuters) - Chile accuses Peru of sheltering gangs that have raided border towns - a charge the Peruvian government denies.", "2025-10-12");
    assert!(summary(&d).iter().any(|(c, a, _, _)| c.starts_with("016") && a == "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_strike_on_a_consulate_its_condemnation_and_a_joined_agreement_lost_their_sides() {
    // force against a state's consulate abroad is against that state (class mission_noun), not the host city's state;
    // "mengecam serangan terhadap kantor konsulat X" condemns the attack's doer, not the consulate's state; a crime that
    // "tidak akan dibiarkan tanpa balasan" is a threat (138)
    let d = code("id", "Jakarta, CNN Indonesia -- Drone Peru menyerang kantor konsulat Cile di Bogota, Kolombia, pada Rabu (3/4).\n\nPresiden Cile Rudi Hartanto mengatakan serangan itu tidak akan dibiarkan tanpa balasan.\n\nPemerintah Brasil mengecam serangan terhadap kantor konsulat Cile itu.", "2024-04-02");
    assert!(summary(&d).iter().any(|(c, a, t, _)| (c.starts_with("18") || c.starts_with("19")) && a == "PER" && t == "CHL"), "{:?}", summary(&d));
    assert!(summary(&d).iter().any(|(c, a, t, _)| c.starts_with("138") && a == "CHL" && t == "PER"), "{:?}", summary(&d));
    assert!(has(&d, "111", "BRA", "PER"), "{:?}", summary(&d));
    // "Both leaders talked …, hosted by X, and agreed to talk again": the pair agrees (036), not the host
    let d = code("en", "CARACAS, Dec 14 (Reuters) - Chilean President Rudi Hartanto and Peruvian President Kresna Wibowo signed a declaration on Thursday.\n\nThe two leaders talked at a border post, hosted by Bolivia, and agreed to meet again in Paraguay.", "2023-12-14");
    assert!(summary(&d).iter().any(|(c, a, t, _)| c.starts_with("036") && ((a == "CHL" && t == "PER") || (a == "PER" && t == "CHL"))), "{:?}", summary(&d));
}

#[test]
fn regression_a_states_military_intelligence_and_congratulations_conveyed_lost_their_sides() {
    // "X's military intelligence service": the state's intelligence service (SPY), not its army and another service of
    // the home country
    let d = code("en", "SANTIAGO (Reuters) - Chile accused Peru's military intelligence service of hacking the ruling party.", "2024-05-06");
    assert!(d.events.iter().any(|e| e.code.starts_with("112") && e.target.as_ref().is_some_and(|t| t.country.as_deref() == Some("PER") && t.sector.as_deref() == Some("SPY"))), "{:?}", d.events.iter().map(|e| (&e.code, &e.target)).collect::<Vec<_>>());
    // "menyampaikan ucapan selamat dari Presiden X atas kemenangan Y" praises Y (051); a holiday greeting praises no one
    let d = code("id", "Jakarta - Menteri Luar Negeri Cile Rudi Hartanto menyampaikan ucapan selamat dari Presiden Cile atas kemenangan Menteri Pertahanan Peru Kresna Wibowo dalam pemilihan presiden.\n\nDalam sambutannya, Budi Santoso menyampaikan ucapan selamat tahun baru kepada warga.", "2024-04-18");
    assert!(has(&d, "051", "CHL", "PER"), "{:?}", summary(&d));
    assert_eq!(summary(&d).iter().filter(|(c, _, _, _)| c.starts_with("051")).count(), 1, "{:?}", summary(&d));
}

#[test]
fn regression_a_reported_clause_after_a_comma_and_a_flashback_took_the_speaker_and_the_wrong_day() {
    // "X mengatakan, Y menyerang Z": the comma after the reporting verb opens what is said — Y acts, not the speaker
    let d = code("id", "Jakarta - Juru bicara Kementerian Luar Negeri Cile Budi Santoso mengatakan, Peru menyerang Bolivia pada Senin (2/10).", "2023-10-03");
    assert!(has(&d, "18", "PER", "BOL") && !has(&d, "18", "CHL", "BOL"), "{:?}", summary(&d));
    // a pair's arrival told the evening before, after their meeting, does not date what "kedua pemimpin" did next
    let d = code("id", "SANTIAGO - Presiden Cile Rudi Hartanto bertemu Presiden Peru Kresna Wibowo di Santiago, Kamis (27/7/2023).\n\nKresna tiba di Santiago pada Rabu (26/7/2023) malam.\n\nSeusai pertemuan, kedua pemimpin menyaksikan penandatanganan nota kesepahaman.", "2023-07-27");
    assert!(d.events.iter().any(|e| e.code.starts_with("057") && e.date.as_deref() == Some("2023-07-27")), "{:?}", d.events.iter().map(|e| (&e.code, &e.date)).collect::<Vec<_>>());
    // "agreed on Wednesday to a four-day truce" is the truce (0871), not a bare 'agreed'; "hostages held by X" is no act
    let d = code("en", "SANTIAGO, Nov 22 (Reuters) - Chile and Peru agreed on Wednesday to a three-day truce to free 20 hostages held by the rebels.", "2023-11-22");
    assert!(summary(&d).iter().any(|(c, _, _, _)| c.starts_with("0871")) && !summary(&d).iter().any(|(c, _, _, _)| c.starts_with("050") || c.starts_with("17")), "{:?}", summary(&d));
}

#[test]
fn regression_an_appeal_to_release_a_coup_and_a_town_seized_lost_their_codes() {
    // "called on X to release Y" is an appeal for a release (0253), "demanded that X release Y" a demand for one (1053)
    // made of X; "urged X to withdraw" an appeal to de-escalate (0256)
    let d = code("en", "SANTIAGO, March 3 (Reuters) - Chile's foreign minister on Tuesday called on Peru to release the detained sailors.\n\nBolivia demanded that Peru release the fishermen, the ministry said on Tuesday.\n\nArgentina urged Peru to withdraw its troops from the border on Tuesday.", "2024-03-05");
    assert!(has(&d, "0253", "CHL", "PER") && has(&d, "1053", "BOL", "PER") && has(&d, "0256", "ARG", "PER"), "{:?}", summary(&d));
    // a coup staged; fighters who seize a town take territory (192) there; talks between two officials, the first with
    // a title in apposition, in the capital named by the country's adjective
    let d = code("en", "LIMA (AP) — Peru's army staged a coup early on Monday.\n\nRebel units seized Arequipa on Monday after brief fighting.\n\nA week of negotiations in the Bolivian capital between Rudi Hartanto, the secretary of Chile's defence council, and Peruvian national security adviser Kresna Wibowo preceded the deal.", "2024-03-04");
    assert!(summary(&d).iter().any(|(c, a, _, _)| c.starts_with("171") && a == "PER"), "{:?}", summary(&d));
    assert!(d.events.iter().any(|e| e.code == "192" && e.location.as_ref().is_some_and(|l| l.name == "Arequipa")), "{:?}", d.events.iter().map(|e| (&e.code, &e.location)).collect::<Vec<_>>());
    assert!(d.events.iter().any(|e| e.code.starts_with("04") && e.location.as_ref().is_some_and(|l| l.country.as_deref() == Some("BOL"))) && has(&d, "04", "CHL", "PER"), "{:?}", d.events.iter().map(|e| (&e.code, &e.location)).collect::<Vec<_>>());
}

#[test]
fn regression_a_finding_of_guilt_a_retaliation_toll_and_a_habit_were_new_acts() {
    // "menyatakan X terbukti bersalah melakukan pembunuhan" is the court's finding (116), the killing its charge
    let d = code("id", "Jakarta - Majelis hakim kemarin menyatakan terdakwa Rudi Hartanto terbukti bersalah melakukan pembunuhan terhadap seorang pedagang, Senin (13/2/2023).", "2023-02-13");
    assert!(summary(&d).iter().any(|(c, _, _, _)| c.starts_with("116")) && !summary(&d).iter().any(|(c, _, _, _)| c.starts_with("18")), "{:?}", summary(&d));
    // the toll of "serangan tersebut" belongs to the strikes told just before, no second attack
    let d = code("id", "Jakarta - Militer Cile melancarkan serangan udara terhadap pos-pos di Peru pada Sabtu (7/10).\n\nMenurut rumah sakit setempat, 30 warga Peru tewas akibat serangan tersebut.", "2023-10-07");
    let force: Vec<_> = d.events.iter().filter(|e| e.code.starts_with("19") || e.code.starts_with("18")).collect();
    assert!(force.len() == 1 && force[0].fatalities.as_ref().is_some_and(|f| f.min >= 30), "{:?}", d.events.iter().map(|e| (&e.code, &e.fatalities)).collect::<Vec<_>>());
    // what a side is known for is no act told here; force used with missiles is aerial (195)
    let d = code("id", "Jakarta - Rudi Hartanto dikenal kerap mengecam serangan Cile di Peru.\n\nTentara Cile menyerang sebuah pelabuhan Peru dengan rudal pada Kamis (24/2/2022).", "2022-02-24");
    assert!(!has(&d, "11", "-", "CHL") && !summary(&d).iter().any(|(c, _, _, _)| c == "190") && has(&d, "195", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_raid_condemned_with_its_doer_far_on_an_answer_in_force_and_a_vow_lost_their_sides() {
    // "mengecam keras penyerbuan <masjid> di <kota> oleh polisi X": the raid's doer after "oleh", past what it struck and
    // where, is whom the condemnation is aimed at, and the raid's doer; "membalas dengan serangan udara" answers the side
    // that fired before
    let d = code("id", "Jakarta - Pemerintah Bolivia mengutuk penyerbuan gedung parlemen di Lima oleh pasukan Cile pada Rabu.\n\nKelompok bersenjata Peru menembakkan roket ke arah Cile pada malam harinya. Cile membalas dengan serangan roket.", "2023-04-05");
    assert!(has(&d, "111", "BOL", "CHL") && summary(&d).iter().any(|(c, a, _, _)| c.starts_with("180") && a == "CHL"), "{:?}", summary(&d));
    assert!(has(&d, "195", "PER", "CHL") && has(&d, "195", "CHL", "PER"), "{:?}", summary(&d));
    // "ordered his troops to halt their advance" is the pullback (0874) of the one who ordered it, no demand; fighters
    // who seized "the northern town of X" took it there; a vow to punish is a threat (137)
    let d = code("en", "LIMA, June 24 (Reuters) - Rebel commander Rudi Hartanto said on Saturday he had ordered his troops to halt their advance.\n\nRebel fighters seized the northern town of Arequipa last week.\n\nThe president vowed to punish the plotters on Sunday.", "2023-06-24");
    assert!(summary(&d).iter().any(|(c, _, _, _)| c == "0874") && !summary(&d).iter().any(|(c, _, _, _)| c.starts_with("10")), "{:?}", summary(&d));
    assert!(d.events.iter().any(|e| e.code == "192" && e.location.as_ref().is_some_and(|l| l.name == "Arequipa")), "{:?}", d.events.iter().map(|e| (&e.code, &e.location)).collect::<Vec<_>>());
    assert!(summary(&d).iter().any(|(c, _, _, m)| c == "137" && m == "asserted"), "{:?}", summary(&d));
}

#[test]
fn regression_rights_groups_concerns_raised_and_a_toll_of_the_named_side_lost_their_acts() {
    // "Rights groups accused the police …": human rights groups are an agent (HRI); "raised concerns about X's actions"
    // criticises X
    let d = code("en", "LIMA (AP) — Soldiers fired on marchers in Lima on Tuesday.\n\nRights groups accused the army of brutality on Tuesday.", "2024-06-26");
    assert!(d.events.iter().any(|e| e.code.starts_with("112") && e.actor.as_ref().is_some_and(|a| a.sector.as_deref() == Some("HRI"))), "{:?}", summary(&d));
    let d = code("en", "SANTIAGO (Reuters) - Chilean President Rudi Hartanto told reporters he raised concerns about Peru's fishing fleet.", "2024-06-26");
    assert!(has(&d, "11", "CHL", "PER"), "{:?}", summary(&d));
    // the toll of "serangan <side> tersebut" right after that side's strikes is theirs, told once
    let d = code("id", "Jakarta - Jet tempur Cile menyerang sebuah kota di Peru pada Kamis (18/1).\n\nMenurut pejabat Peru, enam warga tewas dalam serangan Cile tersebut.", "2024-01-18");
    let force: Vec<_> = d.events.iter().filter(|e| e.code.starts_with("18") || e.code.starts_with("19")).collect();
    assert!(force.len() == 1 && force[0].fatalities.as_ref().is_some_and(|f| f.min >= 6), "{:?}", d.events.iter().map(|e| (&e.code, &e.fatalities)).collect::<Vec<_>>());
}

#[test]
fn regression_the_victims_of_a_raid_told_in_a_relative_clause_were_no_target() {
    // "penyerbuan <gedung> di <kota> oleh pasukan X, yang melukai sejumlah warga Y": the raid is against those it hurt,
    // not against the state of the town it took place in
    let d = code("id", "Jakarta - Pemerintah Bolivia mengutuk penyerbuan sebuah gereja di Arica oleh pasukan Cile pada Rabu dini hari, yang melukai sejumlah warga Peru.", "2023-04-05");
    assert!(has(&d, "180", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_two_attempted_acts_of_one_root_in_one_sentence_were_two_events() {
    // "had tried to seize weapons and set fire to the building": one attempted assault on the building (root 17),
    // as the store keeps it; two words of one root that are statements stay two ("condemned … and accused …")
    let d = code("en", "The ministry said the gunmen had tried to seize weapons and set fire to parts of the building.", "2023-04-05");
    assert_eq!(d.events.iter().filter(|e| e.code.starts_with("17")).count(), 1, "{:?}", summary(&d));
    let d = code("id", "Pemerintah Peru mengecam serangan itu dan menuduh Cile melanggar perjanjian.", "2023-04-05");
    assert!(has(&d, "111", "PER", "CHL") || has(&d, "111", "PER", "-"), "{:?}", summary(&d));
    assert!(has(&d, "112", "PER", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_force_told_again_a_town_in_its_region_and_plural_summonses_were_lost_or_doubled() {
    // "Troops opened fire near X touring the Y port in the Z region. The army said the troops fired to warn them": one act,
    // at the town before "in" its region; "would summon X's ambassadors" is a summons told as intended, not a meeting;
    // "called on X to investigate and hold the culprits accountable" asks both, it accuses no one
    let d = code("en", "Chilean soldiers fired shots into the air on Monday near a group of Peruvian lawmakers visiting the Arica port in the Arica y Parinacota region. The Chilean army said the group had left the agreed road and that the troops fired to warn them.\n\nPeru and Bolivia said they would summon Chile's ambassadors.\n\nThe Bolivian foreign minister called on Chile to investigate and hold the culprits accountable.", "2023-04-03");
    let s = summary(&d);
    let force: Vec<_> = d.events.iter().filter(|e| e.code.starts_with("19") || e.code.starts_with("18")).collect();
    assert_eq!(force.len(), 1, "{s:?}");
    assert!(has(&d, "11", "PER", "CHL") && has(&d, "11", "BOL", "CHL"), "{s:?}");
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("03") || c.starts_with("112")), "{s:?}");
}

#[test]
fn regression_a_resignation_told_bare_or_as_a_noun_was_no_event() {
    // "X mengumumkan pengunduran dirinya", "Wali Kota Y Z juga mundur": resignations (CAMEO 0832); "langkah mundur" and
    // troops that "mundur" are none
    let d = code("id", "Jakarta - Perdana Menteri Peru Rudi Hartanto mengumumkan pengunduran dirinya kepada wartawan, Selasa (4/4/2023). Menteri Dalam Negeri Peru Kresna Wibowo juga mundur.\n\nIa menyebut langkah mundur itu perlu.", "2023-04-05");
    let s = summary(&d);
    assert_eq!(s.iter().filter(|(c, _, _, _)| c == "0832").count(), 2, "{s:?}");
}

#[test]
fn regression_a_claimants_words_of_its_attack_were_another_attack_and_its_town_was_lost() {
    // "A bomber struck … in northern X, killing 12. The attack happened at Y's station. The Z claimed responsibility,
    // saying it had targeted soldiers": one bombing, by the claimant, at the town
    let d = code("en", "A bomb exploded at a bus depot in northern Chile on Saturday, killing 14 passengers. The attack happened near the old harbour of Arica. The outlawed Bolivian rebel group claimed responsibility, saying it had targeted soldiers.", "2023-04-08");
    let s = summary(&d);
    let force: Vec<_> = d.events.iter().filter(|e| e.code.starts_with("18") || e.code.starts_with("19")).collect();
    assert_eq!(force.len(), 1, "{s:?}");
    assert_eq!(force[0].location.as_ref().map(|l| l.name.as_str()), Some("Arica"), "{s:?}");
}

#[test]
fn regression_a_visit_and_a_meeting_in_one_sentence_were_two_contacts() {
    // "mengunjungi <kota> dan bertemu <kepala negara>" is one contact, with the person; "welcomed the releases" praises
    let d = code("id", "Jakarta - Presiden Peru Rudi Hartanto mengunjungi Santiago dan bertemu Presiden Cile Kresna Wibowo pada Minggu (2/4/2023).", "2023-04-03");
    let s = summary(&d);
    assert_eq!(s.iter().filter(|(c, _, _, _)| c.starts_with("04")).count(), 1, "{s:?}");
    let d = code("en", "The Bolivian opposition leader Kresna Wibowo welcomed the releases.", "2023-04-03");
    assert!(d.events.iter().any(|e| e.code == "051"), "{:?}", summary(&d));
}

#[test]
fn regression_a_demand_for_a_citizens_release_was_aimed_at_the_citizen() {
    // "X arrested two officers and a Y citizen … Y called for the release of its national": the demand is made of X (1053);
    // both arrests are told; "mobilised party leaders" shows no force
    let d = code("en", "LA PAZ, April 4 (Reuters) - Bolivia announced on Monday that it had arrested two generals and a Chilean citizen accused of spying. The Chilean had mobilised party leaders and students, the minister said.\n\nChile's foreign ministry on Tuesday demanded the release of its national.", "2023-04-04");
    let s = summary(&d);
    assert!(has(&d, "173", "BOL", "BOL") && has(&d, "173", "BOL", "CHL"), "{s:?}");
    assert!(has(&d, "1053", "CHL", "BOL"), "{s:?}");
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("15")), "{s:?}");
}

#[test]
fn regression_warning_shots_after_a_crossing_and_gas_fired_at_protesters_had_no_target() {
    // force with no one named that answers what another state's side did ("setelah tentara Y melintasi …") is aimed at
    // that side; gas fired "at" protesters past a second object and a day is fired at them; a label of the unrest ("an
    // attempt to seize power") is no seizure
    let d = code("id", "Jakarta - Militer Cile melepaskan tembakan peringatan setelah sejumlah tentara Peru melintasi perbatasan kedua negara, Selasa (4/4/2023).", "2023-04-04");
    assert!(has(&d, "19", "CHL", "PER") || has(&d, "18", "CHL", "PER"), "{:?}", summary(&d));
    let d = code("en", "Chilean police sprayed pepper spray and fired water cannon on Tuesday at protesters in Santiago. The interior minister called the unrest an attempt to seize power.", "2023-04-04");
    let s = summary(&d);
    assert!(has(&d, "17", "CHL", "CHL") || has(&d, "18", "CHL", "CHL"), "{s:?}");
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("171") || c.starts_with("19")), "{s:?}");
}

#[test]
fn regression_a_government_in_a_foreign_ministers_words_was_the_home_countrys() {
    // "Peru's foreign minister X said the government would hold a special meeting": Peru's government, in a story whose
    // home is another state
    let d = code("en", "SANTIAGO, April 4 (Reuters) - Peru's foreign minister, Rudi Hartanto, called the sanctions outrageous, adding that the government would hold a special meeting to decide its response.", "2023-04-04");
    let s = summary(&d);
    assert!(!s.iter().any(|(c, a, _, _)| c.starts_with("03") && a == "CHL"), "{s:?}");
}

#[test]
fn regression_a_crowd_counted_alone_rallied_unseen() {
    // ", as thousands protested over …": a crowd's count standing alone is the side that rallies (class `crowd`), not
    // before "of" ("thousands of soldiers" is the soldiers)
    let d = code("en", "SANTIAGO, April 4 (Reuters) - Chilean police fired tear gas at students in the capital on Tuesday, as thousands protested over a new pension law.", "2023-04-04");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, _, _)| c.starts_with("14") && a == "CHL"), "{s:?}");
    let d = code("en", "SANTIAGO, April 4 (Reuters) - Thousands of soldiers marched through the capital on Tuesday.", "2023-04-04");
    assert!(d.events.iter().all(|e| e.actor.as_ref().is_none_or(|a| a.sector.as_deref() != Some("CVL"))), "{:?}", summary(&d));
}

#[test]
fn regression_it_opening_a_clause_and_jets_that_accused_their_own_state() {
    // "On Wednesday night it recalled …": a clause-opening "it" before an act in the past is the body the sentence before
    // was about; "sealed all border crossings" restricts movement (191); the jets of a reported clause do not accuse their
    // own state ("said Chilean jets had dropped bombs … and accused Chile of …": the speaker does)
    let d = code("en", "LIMA, May 5 (Reuters) - Peru sealed all border crossings with Chile. On Wednesday night it recalled its ambassador from Santiago and expelled the Chilean envoy.", "2023-05-05");
    let s = summary(&d);
    assert!(has(&d, "191", "PER", "CHL"), "{s:?}");
    assert_eq!(s.iter().filter(|(c, a, t, _)| c.starts_with("16") && a == "PER" && t == "CHL").count(), 2, "{s:?}");
    assert!(d.events.iter().filter(|e| e.code.starts_with("16")).all(|e| e.date.as_deref().is_some_and(|x| x.starts_with("2023-05-03"))), "{s:?}");
    let d = code("en", "LIMA, May 5 (Reuters) - Peru's defence ministry said Chilean jets had dropped bombs on a road near the border and accused Chile of brutal aggression.", "2023-05-05");
    let s = summary(&d);
    assert!(has(&d, "112", "PER", "CHL"), "{s:?}");
    assert!(!s.iter().any(|(c, a, t, _)| c.starts_with("11") && a == t), "{s:?}");
}

#[test]
fn regression_force_answered_had_no_day_and_its_toll_told_again_was_a_second_attack() {
    // "X struck Y's posts on Thursday after Y's soldiers fired rockets": the rockets are of Thursday too; "Eight villagers
    // and a policeman were killed" after "killing at least nine" is the same toll, no second act
    let d = code("en", "LIMA, May 5 (Reuters) - Peru struck Chilean army posts on Thursday after Chilean soldiers fired rockets over the border, killing at least nine people.\n\nEight villagers and a policeman were killed, the Peruvian health ministry said.", "2023-05-05");
    let s = summary(&d);
    let force: Vec<_> = d.events.iter().filter(|e| e.code.as_str() >= "18").collect();
    assert_eq!(force.len(), 2, "{s:?}");
    assert!(force.iter().all(|e| e.date.as_deref() == Some("2023-05-04")), "{:?}", force.iter().map(|e| e.date.clone()).collect::<Vec<_>>());
}

#[test]
fn regression_a_boat_from_a_state_struck_killed_the_storys_own_people() {
    // the dead of a vessel "from <state>" the story names no other country for are that state's, and a month told after
    // "and" before a second act dates that act only ("has accused … and last month ordered …")
    let d = code("en", "The Chilean navy has struck a vessel that officials say carried cocaine from Peru in the Pacific, killing nine people aboard, President Rudi Hartanto has said.\n\nPeruvian President Kresna Wibowo has accused Santiago of planning an attack and last month ordered the mobilisation of 200,000 reservists in the south.", "2025-09-03");
    let s = summary(&d);
    assert!(has(&d, "19", "CHL", "PER") || has(&d, "18", "CHL", "PER"), "{s:?}");
    let accusation = d.events.iter().find(|e| e.code.starts_with("11")).expect("the accusation");
    assert_ne!(accusation.date.as_deref(), Some("2025-08"), "{s:?}");
    assert!(d.events.iter().any(|e| e.code == "154" && e.date.as_deref() == Some("2025-08")), "{s:?}");
}

#[test]
fn regression_strikes_on_a_province_after_a_countrys_adjective_had_no_place() {
    // "airstrikes hit the southern Peruvian region of X": the region is the place (and its country the adjective's), the
    // dead are of that country; the doer's own account next ("said it had bombed camps of rebels who raid its army
    // posts") is that strike; the dead of background clashes told next belong to them
    let d = code("en", "SANTIAGO (AP) — Chilean airstrikes hit the southern Peruvian region of Zorbistan, killing at least 10 people, Peruvian officials said. Chile said it had bombed camps of rebels who raid its army posts.\n\nThe clashes broke out on Oct. 11, when Peruvian troops attacked Chilean border posts.\n\nScores of troops and villagers were killed on each side.", "2025-10-19");
    let s = summary(&d);
    let strike = d.events.iter().find(|e| e.code.starts_with("195")).expect("the air strike");
    assert_eq!(strike.location.as_ref().map(|l| l.name.as_str()), Some("Zorbistan"), "{s:?}");
    assert!(has(&d, "195", "CHL", "PER"), "{s:?}");
    assert_eq!(s.iter().filter(|(c, a, _, _)| c.as_str() >= "18" && a == "CHL").count(), 1, "{s:?}");
    assert!(d.events.iter().filter(|e| e.code.as_str() >= "18" && e.actor.is_none()).all(|e| e.background), "{s:?}");
}

#[test]
fn regression_the_two_countries_with_no_encounter_named_no_one() {
    // "The two countries fought …" with no meeting told before: the two states of the last act between two; "the two
    // ministers" are two people, not that pair
    let d = code("en", "SANTIAGO (AP) — Chile recalled its ambassador from Lima on Monday.\n\nThe two countries fought a war between 1879 and 1884.", "2025-10-20");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, t, _)| c.starts_with("19") && ((a == "CHL" && t == "PER") || (a == "PER" && t == "CHL"))), "{s:?}");
}

#[test]
fn regression_an_order_to_ones_own_government_was_an_appeal_to_another_state() {
    // "meminta pemerintahnya mengumpulkan informasi": the speaker's own government, no event between states
    let d = code("id", "Jakarta - Peru menembakkan rudal ke laut pada Rabu (22/10). Perdana Menteri Cile Rudi Hartanto meminta pemerintahnya mengumpulkan informasi.", "2025-10-22");
    let s = summary(&d);
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("02")), "{s:?}");
}

#[test]
fn regression_a_background_signing_of_a_former_defence_minister_had_no_office() {
    // the office on the event's day, from the officials table, where the page's day gives none: a contact of that level
    let d = code("en", "TOKYO (Reuters) - Taro Kono spoke to reporters on Monday.\n\nIn October 2019, Kono signed a defence agreement with Chile in Santiago.", "2025-05-07");
    let signing = d.events.iter().find(|e| e.code.starts_with("057")).expect("the signing");
    assert_eq!(signing.actor.as_ref().and_then(|p| p.role.as_deref()), Some("defence minister"), "{:?}", summary(&d));
}

#[test]
fn regression_missiles_that_slammed_into_a_city_and_a_press_interview_were_no_attack_and_a_call() {
    // "drones and missiles slammed into a school in the western Peruvian city of X" is force there; "told the
    // Chilean magazine Y by phone" is an interview, no consultation
    let d = code("en", "LIMA, Nov 19 (Reuters) - Chilean drones and missiles slammed into a school in the western Peruvian city of Zorbistan early on Wednesday, killing at least 12 people.\n\nPresident Kresna Wibowo told the Chilean magazine Rudi by phone on Monday he was safe.", "2025-11-19");
    let s = summary(&d);
    assert!(has(&d, "19", "CHL", "PER"), "{s:?}");
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("04")), "{s:?}");
}

#[test]
fn regression_a_coup_condemned_and_a_curfew_imposed_named_no_one() {
    // "condemned the takeover" answers the seizure of power told before (its doer); a curfew with no one named is
    // imposed on the state's own people; "burned a bus" by protesters is a riot
    let d = code("en", "LIMA (AP) — Army officers in Peru declared late on Wednesday they had taken full control of the state.\n\nThe Organization of American States condemned the takeover.\n\nAuthorities imposed a night curfew across the capital. Police fired tear gas at Peruvian protesters who burned two buses in Lima.", "2025-11-26");
    let s = summary(&d);
    assert!(s.iter().any(|(c, _, t, _)| c.starts_with("111") && t == "PER"), "{s:?}");
    assert!(s.iter().any(|(c, a, t, _)| c.starts_with("172") && a == "PER" && t == "PER"), "{s:?}");
    assert!(s.iter().any(|(c, a, _, _)| c.starts_with("14") && a == "PER"), "{s:?}");
}

#[test]
fn regression_a_terrorist_designation_and_boat_strikes_since_a_month_had_no_code_and_no_day() {
    // "menetapkan X sebagai organisasi teroris" sanctions X (163); "which Lima designated a terrorist group in March" is
    // Lima's act on the head; "Sejak September lalu, militer X telah menyerang …" runs
    // from that month
    let d = code("id", "Lima - Peru resmi menetapkan Tren de Aragua sebagai kelompok teroris, Senin (24/11).\n\nSejak September lalu, militer Peru telah menyerang 15 perahu, menewaskan sedikitnya 40 orang.", "2025-11-25");
    let s = summary(&d);
    assert!(has(&d, "163", "PER", "VEN"), "{s:?}");
    assert!(d.events.iter().any(|e| e.code.starts_with("18") && e.date.as_deref() == Some("2025-09")), "{s:?}");
    let d = code("en", "Rudi Hartanto blamed the Cartel de los Soles, which Lima designated a terrorist group in March.", "2025-09-03");
    let e = d.events.iter().find(|e| e.code.starts_with("163")).expect("the designation");
    assert_eq!(e.target.as_ref().and_then(|p| p.country.as_deref()), Some("VEN"), "{:?}", summary(&d));
}

#[test]
fn regression_a_rocket_that_hit_a_town_had_no_doer() {
    // "A rocket struck a clinic in X" a few sentences after "Y's soldiers fired rockets into Z": Y's rocket, the same
    // weapon against the same state; a blast of a word the earlier act did not use stays no one's
    let d = code("en", "LIMA, May 5 (Reuters) - Chilean soldiers fired rockets into Peru on Thursday, the army said.\n\nPeru closed its embassy in Santiago. Its envoy left.\n\nA rocket struck a clinic in Tacna, injuring nine people. A mine blast wounded two Peruvian soldiers.", "2023-05-05");
    let s = summary(&d);
    assert!(d.events.iter().any(|e| e.trigger.contains("rocket struck") && e.actor.as_ref().and_then(|a| a.country.as_deref()) == Some("CHL")), "{s:?}");
    assert!(d.events.iter().filter(|e| e.trigger.contains("blast") || e.trigger.contains("wounded two")).all(|e| e.actor.is_none()), "{s:?}");
}

#[test]
fn regression_a_day_closing_a_relative_clause_left_the_main_act_the_day_before() {
    // "Police beat protesters who set fire to a bus in X on Thursday." after a sentence of Wednesday: the beating is of
    // Thursday too, not of the act told before
    let d = code("en", "LIMA (AP) — Peruvian police fired tear gas at students who blocked a road in Cusco on Wednesday.\n\nPolice beat Peruvian protesters who set fire to a bus in Arequipa on Thursday.", "2025-11-01");
    let beat = d.events.iter().find(|e| e.code.starts_with("18")).expect("the beating");
    assert_eq!(beat.date.as_deref(), Some("2025-10-30"), "{:?}", d.events.iter().map(|e| (e.code.clone(), e.date.clone())).collect::<Vec<_>>());
}

#[test]
fn regression_a_convicted_reporter_was_three_acts_and_a_demand_for_his_release_named_no_one() {
    // "found X guilty … and sentenced him" is one act; "is going to return" is no trip; ", prevented from
    // reporting" describes him; "pressing hard for his release" is aimed at the state that holds him; the court's town is
    // the one the next sentence names after the same noun
    let d = code("en", "July 19 (Reuters) - A Chilean court on Friday found Peruvian reporter Kresna Wibowo guilty of fraud and sentenced him to nine years.\n\nThe regional court in Santiago read out its ruling after two sessions.\n\n\"Kresna has spent 300 days in a cell, prevented from working,\" his editor said. Peru said it was pressing hard for his release. \"Kresna is going to return,\" the minister said.", "2024-07-19");
    let s = summary(&d);
    assert_eq!(d.events.iter().filter(|e| e.code.starts_with("116") || e.code.starts_with("172")).count(), 1, "{s:?}");
    let verdict = d.events.iter().find(|e| e.code.starts_with("116") || e.code.starts_with("172")).unwrap();
    assert_eq!(verdict.location.as_ref().map(|l| l.name.as_str()), Some("Santiago"), "{s:?}");
    assert!(has(&d, "10", "PER", "CHL"), "{s:?}");
    assert!(!d.events.iter().any(|e| e.code.starts_with("04") || e.trigger.contains("prevented")), "{s:?}");
}

#[test]
fn regression_a_visit_to_a_member_of_the_court_was_a_visit_to_the_court() {
    // "his first trip to any member country of the International Criminal Court": the host is the place, not the body of
    // states; the host's greeting is the same visit; "the court" is the court named before it, and its act told again
    // with a finer time is one act of that time ("last year" after a noun dates it)
    let d = code("en", "SANTIAGO, Sept 3 (Reuters) - Peruvian President Kresna Wibowo was welcomed in the Chilean capital on Tuesday, on his first trip to any member country of the International Criminal Court, although the court ordered his detention last year.\n\nChilean President Rudi Hartanto greeted Wibowo at the palace.\n\nThe ICC issued a warrant in March 2023.", "2024-09-03");
    let s = summary(&d);
    assert!(has(&d, "042", "PER", "CHL"), "{s:?}");
    assert!(!d.events.iter().any(|e| e.code.starts_with("04") && e.target.as_ref().is_some_and(|t| t.country.is_none())), "{s:?}");
    assert_eq!(d.events.iter().filter(|e| e.code.starts_with("04")).count(), 1, "{s:?}");
    let warrants: Vec<_> = d.events.iter().filter(|e| e.code.starts_with("173")).collect();
    assert_eq!(warrants.len(), 1, "{s:?}");
    assert_eq!(warrants[0].date.as_deref(), Some("2023-03"), "{s:?}");
    assert_eq!(warrants[0].actor.as_ref().and_then(|a| a.sector.as_deref()), Some("IGOJUDICC"), "{s:?}");
}

#[test]
fn regression_a_statement_on_a_failure_to_arrest_and_a_rally_were_not_coded() {
    // a side's failure to act, told by a speaker, criticises it (and the warrant it failed to carry out arrests no one);
    // protesters who gather demonstrate, no meeting; a planned attack in a warning is no attack; a warning that the toll
    // may rise threatens no one
    let d = code("en", "\"Chile's failure to enforce that warrant is a grave blow to the rule of law,\" Peru's foreign ministry said on Monday.\n\nSome Chilean protesters carrying flags gathered outside the palace on Monday.\n\nPeru had shared intelligence with Santiago on a planned bombing attack on the port. Doctors warned that the toll might climb.", "2024-09-03");
    let s = summary(&d);
    assert!(has(&d, "111", "PER", "CHL"), "{s:?}");
    assert!(!d.events.iter().any(|e| e.code.starts_with("173") || e.code.starts_with("13") || e.code.starts_with("18")), "{s:?}");
    assert!(d.events.iter().any(|e| e.code.starts_with("141")), "{s:?}");
}

#[test]
fn regression_gunfire_sprayed_at_a_crowd_and_a_window_prepared_for_them_were_misread() {
    // "sprayed the crowd with rifle fire, killing at least 40" is force with its toll; "a \"corridor\"
    // prepared for them" is a participle, no intent of the speaker's
    let d = code("en", "LIMA (AP) — Gunmen stormed a theatre in Lima on Friday night and sprayed the crowd with rifle fire, killing at least 40 people.\n\nThe Peruvian president said the suspects had planned to flee to Chile along a \"corridor\" prepared for them by smugglers.", "2024-03-23");
    let s = summary(&d);
    let force = d.events.iter().find(|e| e.code.starts_with("19")).expect("the shooting");
    assert_eq!(force.fatalities.as_ref().map(|f| f.min), Some(40), "{s:?}");
    assert!(!d.events.iter().any(|e| e.trigger == "prepared"), "{s:?}");
}

#[test]
fn regression_an_arrest_ordered_by_a_senate_and_a_time_anaphor_were_undated() {
    // "memerintahkan penangkapannya" is legal action (173); "Saat itu" dates its sentence by the month told before, and
    // "pada hari yang sama" after it is of that month too
    let d = code("id", "Senat Peru memerintahkan penangkapannya bulan lalu.\n\nLawatan itu terjadi sebulan setelah Kresna Wibowo bertemu Presiden Cile Rudi Hartanto di Santiago pada Juli lalu. Saat itu Presiden Bolivia mengecam pertemuan itu, sebab di hari yang sama rudal Cile menghantam kota La Paz.", "2024-08-23");
    let s = summary(&d);
    assert!(d.events.iter().any(|e| e.code.starts_with("173") && e.actor.as_ref().and_then(|a| a.country.as_deref()) == Some("PER")), "{s:?}");
    let dates: Vec<_> = d.events.iter().filter(|e| e.code.starts_with("11") || e.code.starts_with("19")).map(|e| e.date.clone()).collect();
    assert!(!dates.is_empty() && dates.iter().all(|x| x.as_deref() == Some("2024-07")), "{s:?} {dates:?}");
}

#[test]
fn regression_a_condemned_law_targeted_the_agency_it_bans_and_a_charge_was_coded_as_an_act() {
    // what is condemned as passed "oleh" a parliament is aimed at that parliament's state; a ban on an agency operating
    // is a sanction (172); the votes for and against a law are no support and no rejection of a side
    let d = code("id", "Jakarta (ANTARA) - Pemerintah Peru mengecam pengesahan sebuah undang-undang oleh parlemen Cile yang melarang lembaga bantuan PBB beroperasi di negara itu.\n\nParlemen Cile mengesahkan undang-undang itu pada Senin dengan dukungan 80 anggota dan 12 suara menolak.", "2024-10-29");
    let s = summary(&d);
    assert!(has(&d, "111", "PER", "CHL"), "{s:?}");
    assert!(d.events.iter().any(|e| e.code.starts_with("172")), "{s:?}");
    assert!(!d.events.iter().any(|e| e.code.starts_with("05") || e.code.starts_with("12")), "{s:?}");
    // an act named by a noun after "accuses X of" is the charge; the charge named again is no act either; a verb
    // after "and" is an act of its own
    let d = code("en", "Chile accuses Peru of genocide against Bolivians. The Peruvian president called the genocide charge absurd. Peru has accused Chile of plotting a raid and last month sent 5,000 troops to the border.", "2024-01-26");
    let s = summary(&d);
    assert!(has(&d, "112", "CHL", "PER"), "{s:?}");
    assert!(!d.events.iter().any(|e| e.code.starts_with("20")), "{s:?}");
    assert!(d.events.iter().any(|e| e.code.starts_with("154")), "{s:?}");
}

#[test]
fn regression_a_court_of_states_telling_a_state_to_let_aid_in_was_aid_given() {
    // the International Court of Justice is a body of the UN; "told X to allow aid" is a demand of X, no aid; telling
    // reporters what one wanted to do demands nothing
    let d = code("en", "THE HAGUE, Jan 26 (Reuters) - On Friday the International Court of Justice ordered Chile to take all steps to protect civilians. The court's judges also told Chile to allow food aid into the region. The Chilean president told reporters she had hoped to thank Peru for its help.", "2024-01-26");
    let s = summary(&d);
    assert!(d.events.iter().any(|e| e.code.starts_with("10") && e.actor.as_ref().and_then(|a| a.sector.as_deref()) == Some("IGOUNOJUDICJ") && e.target.as_ref().and_then(|t| t.country.as_deref()) == Some("CHL")), "{s:?}");
    assert!(!d.events.iter().any(|e| e.code.starts_with("07")), "{s:?}");
    assert!(!d.events.iter().any(|e| e.trigger.starts_with("told reporters")), "{s:?}");
}

#[test]
fn regression_a_first_visit_to_a_place_was_no_visit() {
    // "first visit" is read with "since" (frame since_previous); "on his first visit to X" with none is a visit
    let d = code("en", "The Peruvian president was welcomed in the Chilean capital on Tuesday, on his first visit to a member country of the bloc.", "2024-06-26");
    assert!(has(&d, "042", "PER", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_ballistic_missile_attack_on_a_country_had_no_doer_and_no_target() {
    // "serangan rudal balistik X ke Y": the possessor after the longer noun is the doer, the country after "ke" the target
    let d = code("id", "Jakarta - Militer Cile menyerang sasaran militer di Peru pada Sabtu (26/10) untuk membalas serangan rudal balistik Peru ke Cile pada 1 Oktober lalu.", "2024-10-26");
    let s = summary(&d);
    assert!(d.events.iter().any(|e| e.code.starts_with("195") && e.actor.as_ref().and_then(|a| a.country.as_deref()) == Some("PER") && e.target.as_ref().and_then(|t| t.country.as_deref()) == Some("CHL") && e.date.as_deref() == Some("2024-10-01")), "{s:?}");
}

#[test]
fn regression_a_post_retaken_from_troops_named_no_side_and_fishing_was_an_arrest() {
    // what is retaken "from" a side is taken from it, past an apposition's commas; "menangkap ikan" is fishing; a
    // vote's count is no act; finding that a side committed a crime accuses it
    let d = code("en", "LIMA (AP) — Peru's army announced on Monday that it recaptured the border post in the north, near Tumbes, from Bolivian troops.\n\nLawmakers voted 61 to 19 at the second reading. Chile determined that the militia had committed war crimes.", "2025-03-21");
    let s = summary(&d);
    assert!(has(&d, "192", "PER", "BOL"), "{s:?}");
    assert!(!d.events.iter().any(|e| e.code.starts_with("03")), "{s:?}");
    assert!(d.events.iter().any(|e| e.code.starts_with("112") && e.actor.as_ref().and_then(|a| a.country.as_deref()) == Some("CHL")), "{s:?}");
    let d = code("id", "Jakarta - Lima nelayan Peru diduga menangkap ikan tanpa izin di perairan Cile.", "2024-09-12");
    assert!(!d.events.iter().any(|e| e.code.starts_with("173")), "{:?}", summary(&d));
}

#[test]
fn regression_a_slogans_adjective_was_the_protests_target_and_the_detainees_country() {
    // a country's adjective inside a short verbless quotation ("No to the Bolivian law") is a label, no side: the
    // protest is aimed at the police it meets, and the people detained are of the story's country
    let d = code("en", "LIMA, May 14 (Reuters) - Near the assembly, thousands of demonstrators chanted \"No to the Bolivian law\" and some clashed with riot police, who then detained at least 12 people.", "2024-05-14");
    assert!(!summary(&d).iter().any(|(_, _, t, _)| t == "BOL"), "{:?}", summary(&d));
    assert!(has(&d, "173", "PER", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_stance_in_a_relative_clause_was_an_act() {
    // "X, who opposes the ruling party, …" tells where X stands (class `stance`), no disapproval of the story
    let d = code("en", "LIMA, May 14 (Reuters) - Chile said it was reconsidering its ties with Peru. President Rudi Hartanto, who opposes the ruling People's Front party, has promised to block the measure.", "2024-05-14");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("11")), "{:?}", summary(&d));
}

#[test]
fn regression_a_side_retaken_from_past_an_adjective_and_a_strike_told_by_its_doer() {
    // what is retaken "from the paramilitary X" is taken from X (past an article and a lower-case word), though X is of
    // the doer's own state; an armed side telling of a strike with no doer that killed the other side's soldiers tells its
    // own; a war whose onset is told with an earlier time is no retelling of that strike, and its toll is its own
    let d = code("en", "BOGOTA (AP) — Colombia's army said on Friday it had recaptured the state house in the capital from the paramilitary National Liberation Army. The ELN said hours later that an aerial drone attack against the compound killed three reporters and several soldiers.\n\nThe conflict erupted in April 2023, when rivalry between the army and rebel units turned into open battles. It has claimed at least 20,000 lives.", "2025-03-21");
    let ev = |c: &str| d.events.iter().filter(|e| e.code.starts_with(c)).collect::<Vec<_>>();
    assert!(ev("192").iter().any(|e| e.target.as_ref().and_then(|t| t.country.as_deref()) == Some("COL")), "{:?}", summary(&d));
    let strike = ev("19").into_iter().find(|e| e.sentence.contains("drone")).expect("the strike");
    assert!(strike.actor.is_some(), "{:?}", summary(&d));
    assert!(strike.fatalities.as_ref().is_none_or(|f| f.min < 20_000), "{:?}", strike.fatalities);
}

#[test]
fn regression_a_charge_after_a_finding_was_an_act() {
    // "determined that X had committed genocide": the genocide is the finding's charge, no act of its own
    let d = code("en", "BOGOTA (AP) — The UN has blamed both camps for abuses, while Washington last month determined that the ELN had committed genocide against villagers in the Choco region.", "2025-03-21");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("20")), "{:?}", summary(&d));
}

#[test]
fn regression_an_act_in_a_relative_clause_on_a_law_was_not_dated_by_its_passage() {
    // the ban told in a relative clause on the laws ("pengesahan tiga undang-undang oleh parlemen X yang melarang …") is
    // dated by the sentence that names the laws again with its day, past a quotation between
    let d = code("id", "Jakarta (ANTARA) - Pemerintah Peru mengecam pengesahan tiga undang-undang oleh parlemen Cile yang melarang UNRWA beroperasi di negeri itu.\n\n\"Langkah ini memperburuk krisis,\" tulis Kementerian Luar Negeri Peru, Selasa.\n\nParlemen menyetujui ketiga undang-undang itu pada Senin (28/10) lewat pemungutan suara.", "2024-10-29");
    let ban = d.events.iter().find(|e| e.code.starts_with("172")).expect("the ban");
    assert_eq!(ban.date.as_deref(), Some("2024-10-28"), "{:?}", summary(&d));
}

#[test]
fn regression_we_in_a_quotation_had_no_doer() {
    // "\"Kami meminta otoritas X …,\" ujar juru bicara Y": the first person plural before the verb is the speaker's body
    let d = code("id", "Jakarta - \"Kami meminta otoritas Cile membebaskan para awak kapal itu,\" ujar juru bicara Kementerian Luar Negeri RI kepada wartawan, Kamis (12/9/2024).", "2024-09-12");
    assert!(summary(&d).iter().any(|(c, a, t, _)| (c.starts_with("02") || c.starts_with("10")) && a == "IDN" && t == "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_acts_after_before_had_no_date_and_a_threat_with_a_negation_was_negated() {
    // an act after "before" with no distance is of the sentence's day (else the page's); "Hours before the summit opened, X
    // fired …" is of the summit's day; "will not hesitate to impose sanctions" is a threat; sanctions broken are none
    // imposed; "warned that X could …" is aimed at X; a war named after "for" is a topic
    let d = code("en", "LIMA, Sept 13 (Reuters) - Peruvian President Rudi Hartanto met Chilean President Kresna Wibowo on Wednesday at a naval base. Hartanto gave Wibowo a tour of the base before both men sat down for talks.\n\nChile has warned that Bolivia could sell Peru ammunition for the conflict in Ecuador, in breach of U.N. sanctions. Chile said on Wednesday it will not hesitate to impose fresh sanctions on Bolivia should such a sale take place.\n\nHours before the summit opened, Bolivia fired a missile into the ocean.", "2023-09-13");
    assert!(d.events.iter().all(|e| e.date.is_some()), "{:?}", d.events.iter().map(|e| (&e.code, &e.date)).collect::<Vec<_>>());
    let fired = d.events.iter().find(|e| e.code.starts_with("15")).expect("the launch");
    assert_eq!(fired.date.as_deref(), Some("2023-09-13"));
    assert!(has(&d, "1312", "CHL", "BOL"), "{:?}", summary(&d));
    assert!(has(&d, "13", "CHL", "BOL") && summary(&d).iter().any(|(c, a, t, _)| c == "130" && a == "CHL" && t == "BOL"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("163") || c.starts_with("19")), "{:?}", summary(&d));
}

#[test]
fn regression_the_two_leaders_met_a_state_and_came_was_a_meeting() {
    // "the two leaders" after a leader told with a state named bare are the two leaders (a contact of leaders); a bare
    // "came" tells no consultation
    let d = code("en", "LIMA (AP) — Peruvian President Rudi Hartanto assured Chilean Prime Minister Kresna Wibowo on Monday that both nations could rely on one another, as the first Chilean leader to travel to Peru in years sought closer ties.\n\nThe two leaders then met in the palace. \"We came to see it for ourselves,\" Wibowo said.", "2023-11-06");
    let met = d.events.iter().find(|e| e.code.starts_with("04") && e.trigger == "met").expect("the meeting");
    let ents = [met.actor.as_ref().and_then(|p| p.entity.clone()), met.target.as_ref().and_then(|p| p.entity.clone())];
    assert!(ents.iter().all(|x| x.as_deref().is_some_and(|id| id.starts_with("local:person:"))), "{:?}", ents);
    assert!(!d.events.iter().any(|e| e.trigger == "came"), "{:?}", summary(&d));
}

#[test]
fn regression_migrants_arriving_were_a_meeting_and_a_paramilitary_force_was_a_second_army() {
    // a bare "arrived" tells no consultation; a military presence reinforced is forces increased (154); "the paramilitary X"
    // is the organisation X, the other side of the fighting "between" the army and it; voters approving a referendum is
    // no act between states
    let d = code("en", "BOGOTA (AP) — Colombian voters approved a referendum on Sunday about the border with Peru. Some 500 migrants from Peru arrived at the southern frontier of Colombia this month. Ecuador said it reinforced the military presence on its frontier.\n\nThe evacuation came amid fighting between the Colombian military and the paramilitary National Liberation Army.", "2023-12-04");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("04") || c.starts_with("08")), "{:?}", summary(&d));
    assert!(summary(&d).iter().any(|(c, a, _, _)| c == "154" && a == "ECU"), "{:?}", summary(&d));
    let fight = d.events.iter().find(|e| e.code.starts_with("19")).expect("the fighting");
    assert_eq!(fight.target.as_ref().and_then(|t| t.code.as_deref()), Some("COLREB"), "{:?}", summary(&d));
}

#[test]
fn regression_it_after_said_in_a_second_clause_was_the_first_clauses_subject() {
    // "…, and Lima said it would withdraw …": "it" right after a verb of saying is the side named right before the verb
    let d = code("en", "LIMA (Reuters) - Chile said it would ease limits on sales to Peru, and Lima said it would withdraw the complaint against Santiago.", "2023-03-16");
    assert!(has(&d, "035", "PER", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_an_agreement_at_a_summit_made_no_contact_and_hours_before_a_landing_took_its_doer() {
    // two leaders agreeing "at the first summit" met there (a consultation of the day); "Hours before X landed in Y, Z
    // fired …": the fronted clause ends at its comma, the launch is Z's
    let d = code("en", "LIMA, March 16 (Reuters) - Chilean President Rudi Hartanto and Peruvian President Kresna Wibowo agreed on Thursday to restart yearly visits, during their summit in Lima, the first in a decade.\n\nHours before Hartanto landed in Lima, Bolivia fired a ballistic missile into the ocean, Peru's navy said.", "2023-03-16");
    assert!(summary(&d).iter().any(|(c, a, t, _)| c == "040" && ((a == "CHL" && t == "PER") || (a == "PER" && t == "CHL"))), "{:?}", summary(&d));
    let launch = d.events.iter().find(|e| e.code.starts_with("15")).expect("the launch");
    assert_eq!(launch.actor.as_ref().and_then(|p| p.country.as_deref()), Some("BOL"), "{:?}", summary(&d));
    assert_eq!(launch.date.as_deref(), Some("2023-03-16"));
}

#[test]
fn regression_an_execution_retold_with_its_victim_was_two_acts() {
    // "Chile executed a prisoner" and "X, 23, was hanged after a court convicted him" are one execution, of a Chilean;
    // "him" in the clause of time is the main clause's person
    let d = code("en", "SANTIAGO (AP) — Chile on Thursday executed an inmate found guilty of stabbing a guard, its first such hanging this year.\n\nRudi Hartanto, 23, was hanged after a court convicted him of treason, the judiciary said.", "2022-12-08");
    let kills: Vec<_> = d.events.iter().filter(|e| e.code.starts_with("18")).collect();
    assert_eq!(kills.len(), 1, "{:?}", summary(&d));
    assert_eq!(kills[0].target.as_ref().and_then(|p| p.country.as_deref()), Some("CHL"));
    assert!(has(&d, "116", "CHL", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_strike_opening_a_dated_story_and_a_quoted_negation_hid_acts() {
    // the first word after a dateline's dash opens the sentence ("Jakarta - Serangan X …" is no name); a count after
    // "lebih dari" is counted; the people its outcome counts are the strike's target; a negation inside a quotation
    // closed before "dan" negates that predicate only; "menunda kunjungannya ke X" reduces relations
    let d = code("id", "Jakarta - Serangan Israel ke Rafah sudah menewaskan lebih dari 90 warga Palestina. Cile menyatakan \"sangat tidak puas\" dan menuding Peru bereaksi berlebihan. Menteri Luar Negeri Cile menunda kunjungannya ke Peru.", "2023-11-05");
    let strike = d.events.iter().find(|e| e.code.starts_with("18")).expect("the strike");
    assert!(strike.fatalities.as_ref().is_some_and(|f| f.min >= 90), "{:?}", strike.fatalities);
    assert_eq!(strike.target.as_ref().and_then(|p| p.country.as_deref()), Some("PSE"));
    assert!(summary(&d).iter().any(|(c, a, t, m)| c == "112" && a == "CHL" && t == "PER" && m == "asserted"), "{:?}", summary(&d));
    assert!(has(&d, "160", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_the_north_and_a_bid_held_up_were_no_sides_or_acts() {
    // "the North" (capitalised) after North Korea is named is that state, "in the north" no side; an answer "many times
    // stronger" is a threat of force; closing the agencies that handle relations with a state cuts relations; holding
    // up a state's membership rejects it; a state designated an enemy is denounced
    let d = code("en", "SEOUL, Jan 16 (Reuters) - Kim Jong Un of North Korea ordered the closure of bodies handling relations with Chile on Monday. Chilean President Rudi Hartanto said aggression from the North will be met with a swift response. Kim said North Korea would define Chile as the primary foe. Peru had held up Chile's membership, accusing Santiago of leniency toward rebels in the north.", "2024-01-16");
    assert!(has(&d, "161", "PRK", "CHL"), "{:?}", summary(&d));
    assert!(has(&d, "138", "CHL", "PRK"), "{:?}", summary(&d));
    assert!(has(&d, "111", "PRK", "CHL"), "{:?}", summary(&d));
    assert!(has(&d, "120", "PER", "CHL"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(_, _, t, _)| t == "KOR"), "{:?}", summary(&d));
}

#[test]
fn regression_a_demolition_retold_at_noon_was_a_second_act_against_a_military_line() {
    // the same act of one doer told again with a finer time of its day is one act; "the military demarcation line" names no
    // military (class `attrib_tail`)
    let d = code("en", "SEOUL, Oct. 15 (Yonhap) -- Pyongyang blew up stretches of two roads linking it with Chile on Tuesday. The military's top command reported that the North detonated sections of both roads south of the military demarcation zone around noon local time.", "2024-10-15");
    let blasts: Vec<_> = d.events.iter().filter(|e| e.code == "1712").collect();
    assert_eq!(blasts.len(), 1, "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(_, _, t, _)| t == "KOR"), "{:?}", summary(&d));
}

#[test]
fn regression_a_perfect_verb_after_a_relative_clause_took_its_subject_from_inside_the_clause() {
    // "X, which …, has accused Y": the relative clause ends at its second comma before an auxiliary of the perfect,
    // so the accuser is X, not a side named inside the clause; "charges Z denies" is Z's denial
    let d = code("en", "LIMA, May 4 (Reuters) - Peru, which won a seat on the UN Security Council alongside Chile in 2022, has often accused Bolivia of smuggling arms to its rebels, charges the Bolivian government denies.", "2023-05-04");
    assert!(has(&d, "112", "PER", "BOL"), "{:?}", summary(&d));
    assert!(summary(&d).iter().any(|(c, a, _, _)| c.starts_with("01") && a == "BOL"), "{:?}", summary(&d));
}

#[test]
fn regression_an_earthquake_that_struck_and_waters_claimed_by_a_state_were_force_and_a_claim() {
    let d = code("en", "Tensions rose in 2020 when Peru sent a survey ship into waters claimed by Chile. Relations improved after a strong quake struck northern Peru in March, when Chile sent rescue teams.", "2023-06-01");
    let s = summary(&d);
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("015") || c.starts_with("19")), "{:?}", s);
}

#[test]
fn regression_a_crossing_opened_for_aid_was_not_coded() {
    let d = code("id", "Jakarta - Bolivia membuka perlintasan Desaguadero pada Senin (3/4) pagi. Sebanyak 30 truk bantuan masuk ke Peru.", "2023-04-03");
    assert!(summary(&d).iter().any(|(c, a, _, _)| c == "080" && a == "BOL"), "{:?}", summary(&d));
    let d = code("en", "LA PAZ, April 3 (Reuters) - Bolivia opened the Desaguadero crossing into Peru on Monday, letting 30 aid trucks through.", "2023-04-03");
    assert!(has(&d, "080", "BOL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_court_of_a_foreign_town_made_the_story_home_and_its_paramilitaries_indonesian() {
    // "Pengadilan Tinggi <a foreign town>" is that state's court, so a story dated "Jakarta -" about another state is that
    // state's, and an agent with no country named there is its own; a detention retold with "oleh" only inside a relative
    // clause after it is the same arrest, and a label after "sebagai" is no act
    let text = "Rudi Hartanto Ditangkap di Santiago\n\nJakarta - Mantan Presiden Chile Rudi Hartanto ditangkap oleh pasukan paramiliter di kompleks Pengadilan Tinggi Santiago pada Selasa (9/5). Hartanto ditahan dengan sangkaan korupsi yang dilaporkan oleh Badan Antikorupsi Nasional.\n\nPartai Hartanto menyebut penahanan itu sebagai penyanderaan dan mengajak simpatisannya berdemonstrasi.";
    let d = code("id", text, "2023-05-09");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, t, _)| c == "173" && a == "CHL" && t == "CHL"), "{:?}", s);
    assert_eq!(s.iter().filter(|(c, _, _, _)| c.starts_with("17")).count(), 1, "{:?}", s);
    assert!(!s.iter().any(|(c, a, _, _)| c.starts_with("18") || a == "IDN"), "{:?}", s);
}

#[test]
fn regression_a_welcome_of_the_decision_named_no_one_and_a_list_pointed_at_an_earlier_act() {
    // "welcomed the decision" after another state's announced easing is aimed at that state; "returned X to the list" is a
    // sanction on X, not a reproach of the earlier act whose words ended in "list"
    let d = code("en", "SANTIAGO, Jan 14 (Reuters) - Chile will remove Peru from its list of states backing terrorism, the government said on Tuesday, as Lima agreed to release 200 prisoners. Peruvian Foreign Minister Rudi Hartanto welcomed the decision. A former Chilean president returned Peru to the list in 2021.", "2025-01-14");
    assert!(has(&d, "05", "PER", "CHL"), "{:?}", summary(&d));
    assert!(has(&d, "163", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_criticism_a_visit_drew_and_a_host_named_after_where_had_no_target() {
    // "X held talks with Y, a visit that drew criticism from Z": Z's criticism is aimed at X; "visited <town>, where he
    // urged President W" is a visit to W
    let d = code("en", "SANTIAGO, July 5 (Reuters) - Peruvian President Rudi Hartanto held talks with Chilean President Kresna Wibowo in Santiago on Friday, a trip that drew strong criticism from Bolivian officials. Hartanto visited La Paz on Tuesday, where he urged Bolivian President Arief Santoso to reopen the border.", "2024-07-05");
    assert!(has(&d, "111", "BOL", "PER"), "{:?}", summary(&d));
    let visit = d.events.iter().find(|e| e.code.starts_with("042")).expect("a visit");
    assert!(visit.target.as_ref().and_then(|t| t.entity.as_deref()).is_some_and(|e| e.contains("arief")), "{:?}", visit.target);
}

#[test]
fn regression_activists_a_foreign_state_executed_were_of_the_home_state() {
    // a bare agent a foreign state's forces act on right after the verb, in a sentence naming nothing of the home state,
    // is that state's own; the persons named with bare titles after it too; "menyebut X bertanggung jawab atas serangan"
    // is an accusation, the attack no act
    let d = code("id", "Jakarta - Militer Chile mengeksekusi empat aktivis prodemokrasi, termasuk mantan anggota parlemen Rudi Hartanto, pada Senin (25/7). Juru bicara militer membela hukuman itu serta menyebut kelompok tersebut bertanggung jawab atas serangan bom di pasar.", "2022-07-25");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, t, _)| c.starts_with("18") && a == "CHL" && t == "CHL"), "{:?}", s);
    assert!(!s.iter().any(|(_, _, t, _)| t == "IDN"), "{:?}", s);
    assert_eq!(s.iter().filter(|(c, _, _, _)| c.starts_with("18")).count(), 1, "{:?}", s);
    // "X said the draft remained unacceptable": criticism by the speaker
    let d = code("en", "LIMA, Dec 6 (Reuters) - Peru said the draft remained unacceptable.", "2024-12-06");
    assert!(summary(&d).iter().any(|(c, a, _, _)| c.starts_with("111") && a == "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_troops_a_bloc_began_sending_and_a_towns_apposition_took_the_wrong_state() {
    // "began sending troops" is the act "sent troops" (a verb of beginning before a progressive form); "Lima, the
    // country's capital" is no side; "heading to the embassy" is no act, asylum sought there an appeal (023)
    let d = code("en", "LIMA, Jan 6 (AP) — A Chile-led coalition began sending troops to Peru on Thursday.\n\nProtesters set fire to the governor's office in Arequipa, the country's second city, on Wednesday.\n\nPolice detained former Peruvian President Rudi Hartanto as he headed for the Bolivian embassy, where he sought asylum.", "2022-01-06");
    let s = summary(&d);
    assert!(s.iter().any(|(c, _, t, _)| c.starts_with("15") && t == "PER"), "{:?}", s);
    assert!(!s.iter().any(|(c, _, t, _)| c == "145" && t == "CHL"), "{:?}", s);
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("06")), "{:?}", s);
    assert!(s.iter().any(|(c, _, t, _)| c.starts_with("023") && t == "BOL"), "{:?}", s);
}

#[test]
fn regression_the_blocs_a_state_belongs_to_were_accusers_and_a_delayed_election_a_vote() {
    // "X, a member of Y and Z, has accused W": Y and Z are what X belongs to, no accusers; "voted on Monday night to postpone
    // the election" restricts political rights (172), not a bare vote
    let d = code("en", "LIMA, Oct 27 (Reuters) - Peru, a member of the OAS and the European Union, has accused Bolivia of waging hybrid warfare since 2021.\n\nChile's Congress voted on Monday night to postpone the presidential election to December.", "2025-10-27");
    let s = summary(&d);
    assert!(has(&d, "112", "PER", "BOL") && !s.iter().any(|(c, a, _, _)| c.starts_with("112") && a == "-"), "{:?}", s);
    assert!(s.iter().any(|(c, a, _, _)| c == "172" && a == "CHL"), "{:?}", s);
}

#[test]
fn regression_an_election_put_off_to_december_was_last_december_and_a_town_after_its_province_no_place() {
    // "voted to postpone the election to December" looks ahead (class `future_before` in the time words, "to" a
    // preposition of a bare month); "di <province> di <town>": the town is where it happened
    let d = code("en", "LIMA, Feb 5 (AP) — Peru's Congress voted on Monday night to postpone the presidential election to December.", "2024-02-05");
    assert!(d.times.iter().any(|t| t.value == "2024-12"), "{:?}", d.times.iter().map(|t| &t.value).collect::<Vec<_>>());
    let d = code("id", "Arequipa - Ratusan mahasiswa berunjuk rasa menentang rencana provinsi baru di Peru di Arequipa, Jumat (10/6/2022).", "2022-06-10");
    let e = d.events.iter().find(|e| e.code.starts_with("14")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(e.location.as_ref().map(|l| l.name.as_str()), Some("Arequipa"));
}

#[test]
fn regression_a_warning_after_and_in_a_reported_clause_was_the_reported_sides() {
    // "X said Y's lorries were held up and threatened to impound them": X threatens (a past verb of a spoken act after
    // "and" inside what is reported opens a clause of the sentence's subject)
    let d = code("en", "LIMA (Reuters) - Peru's foreign ministry said dozens of Chilean lorries were held up at the frontier and threatened to impound them.", "2025-10-27");
    assert!(summary(&d).iter().any(|(c, a, t, _)| c.starts_with("13") && a == "PER" && t == "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_meeting_after_a_span_of_time_had_no_subject() {
    // "A dan B menyambut rampungnya negosiasi setelah sekian tahun, dalam pertemuan di X": the clause of time holds only a
    // span of time and ends at its comma; what follows is the main chain's, with its two subjects
    let d = code("id", "Santiago (ANTARA) - Presiden Chile Rudi Hartanto dan Presiden Peru Kresna Wibowo menyambut rampungnya negosiasi setelah 9 tahun, dalam pertemuan di Istana La Moneda, Kamis (22/12/2022).", "2022-12-22");
    assert!(summary(&d).iter().any(|(c, a, t, _)| c.starts_with("04") && ((a == "CHL" && t == "PER") || (a == "PER" && t == "CHL"))), "{:?}", summary(&d));
}


#[test]
fn regression_a_recall_a_causative_verb_prompted_had_the_wrong_doer_target_and_day() {
    // "X and Y said they would recognise Z on <a later day>, prompting W to recall its envoys from the two capitals": W
    // recalls (class `causative`), from X and Y (the causers), on the day the causers spoke
    let d = code("en", "SANTIAGO, March 4 (Reuters) - Chile and Bolivia announced on Tuesday they would recognise Kosovo from March 20, prompting Peru to recall its envoys from both capitals.", "2025-03-04");
    let s = summary(&d);
    for t in ["CHL", "BOL"] {
        let e = d.events.iter().find(|e| e.code == "161" && e.actor.as_ref().and_then(|a| a.country.as_deref()) == Some("PER") && e.target.as_ref().and_then(|a| a.country.as_deref()) == Some(t));
        assert_eq!(e.and_then(|e| e.date.as_deref()), Some("2025-03-04"), "{t}: {s:?}");
    }
    assert!(!s.iter().any(|(c, _, t, _)| c == "161" && t == "XKX"), "{:?}", s);
}

#[test]
fn regression_envoys_ordered_home_from_three_capitals_and_told_twice_were_six_recalls() {
    // "ordered the ambassadors in A, B and C home" recalls them from the states of those towns (svo_in); told again
    // later by the minister, the recall of a state is the same act (a cut in relations only a state makes)
    let d = code("en", "LIMA, March 3 (Reuters) - Peru recalled its ambassadors from Chile, Bolivia and Ecuador on Tuesday.\n\nPeruvian Foreign Minister Rudi Hartanto ordered the ambassadors in Santiago, La Paz and Quito home for consultations.", "2025-03-04");
    let s = summary(&d);
    for t in ["CHL", "BOL", "ECU"] {
        assert_eq!(s.iter().filter(|(c, a, tt, _)| c == "161" && a.starts_with("PER") && tt == t).count(), 1, "{t}: {s:?}");
    }
    // one sentence's expulsion and recall are two acts
    let d = code("en", "LIMA (AP) — Peru expelled Chile's ambassador on Friday and then recalled Peru's own envoy from Santiago.", "2023-07-20");
    assert_eq!(summary(&d).iter().filter(|(c, _, _, _)| c == "161").count(), 2, "{:?}", summary(&d));
}

#[test]
fn regression_a_welcome_of_a_position_and_of_announcements_was_a_visit_or_the_wrong_sides() {
    // "welcomed the Dutch stance": a country's adjective no ending tells (class `demonym_word`) before a thing is no
    // guest (051, not 043); "welcomed the announcements": the last cooperative act told before (an intent to
    // recognise), not a recall told after it
    let d = code("en", "Peru's cabinet welcomed the Dutch stance on Monday.", "2024-07-30");
    let s = summary(&d);
    assert!(s.iter().any(|(c, _, t, _)| c == "051" && t == "NLD") && !s.iter().any(|(c, _, _, _)| c.starts_with("043")), "{:?}", s);
    let d = code("en", "LIMA (Reuters) - Chile announced on Tuesday it would recognise Kosovo, prompting Bolivia to recall its envoy from Santiago.\n\nKosovo's government welcomed the announcements.", "2024-05-22");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, t, _)| c == "051" && a.starts_with("XKX") && t == "CHL"), "{:?}", s);
}

#[test]
fn regression_part_of_a_bodys_members_was_the_body_and_a_belief_reported_an_appeal() {
    // "Some 90 of the 193 UN member states back X": some states, not the UN; "a spokesman said President Y
    // thought a treaty should be reached by talks": no appeal (the modal's subject is no side; Y's verb stands between)
    let actor_code = |e: &warta_core::Event| e.actor.as_ref().and_then(|a| a.code.clone()).unwrap_or_default();
    let d = code("en", "Some 90 of the 194 UN member countries had recognised Kosovo by then.", "2024-05-22");
    assert!(!d.events.iter().any(|e| actor_code(e).starts_with("IGOUNO")), "{:?}", d.events.iter().map(actor_code).collect::<Vec<_>>());
    let d = code("en", "A Chilean government spokesman said President Rudi Hartanto thought a border treaty should be reached by patient talks.", "2024-05-22");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("02")), "{:?}", summary(&d));
    // the body's members as a whole stay the body: "EU members voted to impose tariffs"
    let d = code("en", "BRUSSELS (Reuters) - EU members voted to impose tariffs on steel from China on Friday.", "2024-10-04");
    assert!(d.events.iter().any(|e| e.code.starts_with("163") && actor_code(e).starts_with("IGOEU")), "{:?}", summary(&d));
}

#[test]
fn regression_an_operation_into_a_countrys_region_had_no_target_and_an_ally_fought() {
    // "serbuan ke wilayah barat daya X": over a word for a region and two lower-case words, X is the target;
    // "milisi yang menjadi sekutu Y dalam memerangi Z": the fighting is the militia's (the relative clause's head), not Y's
    let d = code("id", "Jakarta - Peru melakukan operasi militer ke wilayah barat daya Bolivia pada Rabu (9/10), menyerang kelompok yang lama jadi sekutu Chile dalam memerangi kaum pemberontak.", "2019-10-10");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, t, _)| c.starts_with("19") && a == "PER" && t == "BOL"), "{:?}", s);
    assert!(!s.iter().any(|(_, a, _, _)| a == "CHL"), "{:?}", s);
}

#[test]
fn regression_a_duty_a_speaker_said_a_side_failed_in_was_a_rejection() {
    // "said X's police had failed in its duty, leaving …": criticism of X (111), not PETRARCH's bare 'failed' (120)
    let d = code("en", "Chile's foreign minister said the Peruvian police had failed in its duty, leaving consulates unguarded.", "2023-07-20");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, t, _)| c == "111" && a.starts_with("CHL") && t.starts_with("PER")) && !s.iter().any(|(c, _, _, _)| c.starts_with("12")), "{:?}", s);
}

#[test]
fn regression_suspended_contacts_merged_with_an_expulsion_and_took_a_later_reports_summer() {
    // "would suspend contacts with X" reduces relations (160), apart from the expulsion (161) told before; its day is the
    // statement's, not "this summer" of a second report after "and that" with an act of another kind; a deadline given is
    // a demand (100)
    let d = code("en", "LIMA (AP) — Peru's president declared Wednesday that Peru will expel 12 Chilean diplomats, after Santiago failed to explain the raid.\n\nShe added Peru would suspend its top-level contacts with Chile, and that no officials would go to the games there this summer.\n\nPeru had given Santiago until Friday noon to respond.", "2018-03-14");
    let s = summary(&d);
    assert!(d.events.iter().any(|e| e.code.starts_with("160") && e.date.as_deref() == Some("2018-03-14")), "{:?}", d.events.iter().map(|e| (&e.code, &e.date)).collect::<Vec<_>>());
    assert!(s.iter().any(|(c, _, _, _)| c.starts_with("161")), "{:?}", s);
    assert!(s.iter().any(|(c, a, t, _)| c == "100" && a == "PER" && t == "CHL"), "{:?}", s);
}

#[test]
fn regression_measures_called_unjustified_and_an_incident_called_a_betrayal_had_no_side() {
    // "the steps were unjustified, X said" criticises (111, the speaker's); "called the incident …" is aimed at the doer
    // of the act told before (class `act_ref`); "a X member" is a member state, not the body
    let d = code("en", "LIMA (Reuters) - Peru downed a Chilean jet on Tuesday, in the worst clashes between an EU member and Chile for years.\n\nChile's president called the incident \"a betrayal\".\n\nBolivia's cabinet said the steps were unjustified.", "2015-11-24");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, t, _)| c.starts_with("11") && a == "CHL" && t == "PER"), "{:?}", s);
    assert!(s.iter().any(|(c, a, _, _)| c == "111" && a == "BOL"), "{:?}", s);
    let actor_code = |e: &warta_core::Event| e.actor.as_ref().and_then(|a| a.code.clone()).unwrap_or_default();
    assert!(!d.events.iter().any(|e| actor_code(e).starts_with("IGOEU")), "{:?}", d.events.iter().map(actor_code).collect::<Vec<_>>());
}

#[test]
fn regression_an_execution_with_no_doer_at_a_states_place_had_no_actor() {
    // "X dieksekusi regu tembak di Pulau Y, Jawa Tengah": only a state executes by law; the place's state is the doer
    // (class `execution`); "mengatakan, eksekusi itu kejam" criticises (111, the speaker's)
    let d = code("id", "Lima - Dua warga Chile dieksekusi regu tembak di Pulau Nusakambangan, Jawa Tengah, Rabu (29/4/2015). Presiden Chile mengatakan, eksekusi itu kejam.", "2015-04-29");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, _, _)| c.starts_with("18") && a == "IDN"), "{:?}", s);
    assert!(s.iter().any(|(c, a, _, _)| c == "111" && a == "CHL"), "{:?}", s);
}

#[test]
fn regression_citizens_named_in_apposition_had_no_state_when_told_again() {
    // "… dua warga negaranya, A dan B" gives A and B the state "-nya" points to; "A dan B … dieksekusi" later is an act on
    // that state's citizens
    let d = code("id", "Santiago - Pemerintah Chile memanggil duta besarnya untuk Peru sebagai protes atas hukuman bagi dua warga negaranya, Rudi Hartanto dan Kresna Wibowo, Rabu (29/4/2015).\n\nHartanto dan Wibowo ditangkap polisi di Lima, Peru, pekan lalu.", "2015-04-29");
    let s = summary(&d);
    assert!(s.iter().any(|(c, _, t, _)| c.starts_with("17") && t == "CHL"), "{:?}", s);
}

#[test]
fn regression_a_blown_up_office_was_no_act_and_a_regret_after_a_word_of_degree_had_no_doer() {
    // "meledakkan kantor …" destroys property (1712); "menyatakan amat menyesalkan langkah itu": a word of degree
    // (class `degree`) is no noun subject, the regret is the speaker's, aimed at the doer of the act told before
    let d = code("id", "Lima - Militer Peru meledakkan gedung kantor konsulat Chile di kota Tacna pada Kamis (4/7/2019).\n\nKementerian Luar Negeri Chile menyatakan amat menyesalkan tindakan tersebut.", "2019-07-04");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, _, _)| c == "1712" && a == "PER"), "{:?}", s);
    assert!(s.iter().any(|(c, a, t, _)| c.starts_with("11") && a == "CHL" && t == "PER"), "{:?}", s);
    // "X and allied jets took off": an ally's forces named, no act
    let d = code("en", "Chilean and allied jets took off on Friday.", "2023-12-29");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("05")), "{:?}", summary(&d));
}

#[test]
fn regression_a_threats_condition_named_its_target_and_was_ignored() {
    // "cautioned that X would answer with force if Y attacked its ships": the threat is against Y (class `condition`)
    let d = code("en", "SANTIAGO (AP) — Bolivia and Chile agreed on Sunday to reopen their border.\n\nChile's defence minister cautioned on Monday that Santiago would answer with force if Peru attacked its ships.", "2022-07-25");
    assert!(summary(&d).iter().any(|(c, a, t, _)| c.starts_with("13") && a == "CHL" && t == "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_decision_to_act_was_coded_as_intent_alone() {
    // "decided to expel …" expels (as "memutuskan untuk mengusir" does), it is no bare intent to cooperate (PETRARCH's 030)
    let d = code("en", "The Chilean government decided on Monday to expel the Peruvian ambassador.", "2022-09-26");
    let s = summary(&d);
    assert!(has(&d, "16", "CHL", "PER"), "{:?}", s);
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("03")), "{:?}", s);
}

#[test]
fn regression_an_army_captain_who_said_he_had_ousted_the_leader_was_no_one() {
    // "an army captain told … that he had ousted X from power": the agent phrase before a title is the person "he"
    // points to (a coup: removed from power), and "Captain X" names an officer
    let d = code("en", "SANTIAGO (Reuters) - A Chilean army captain told state radio on Tuesday that he had ousted military leader Rudi Hartanto from power.\n\nCaptain Kresna Wibowo, flanked by soldiers, appeared on state television.", "2022-09-30");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, _, _)| c.starts_with("17") && a == "CHL"), "{:?}", s);
    assert!(d.entities.iter().any(|e| e.name == "Kresna Wibowo" && e.etype == warta_core::EntityType::Person), "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
}

#[test]
fn regression_a_visit_by_a_premier_was_the_hosts_and_the_town_was_its_sea() {
    // ", a visit to X by a Y premier, the first in a decade": Y visits (the host's hosting is the same meeting); "in the Red Sea
    // resort of Z" happened in Z, not in the sea; "the two leaders" after it are the host and the visitor
    let d = code("en", "SANTIAGO (Reuters) - Chilean President Rudi Hartanto hosted Peruvian Prime Minister Kresna Wibowo in the Pacific resort of Vina del Mar on Monday, a visit to Chile by a Peruvian premier, the first in a decade.\n\nThe two leaders discussed trade.", "2021-09-13");
    let s = summary(&d);
    assert!(!s.iter().any(|(c, a, t, _)| c.starts_with("04") && a == "CHL" && t == "CHL"), "{:?}", s);
    let host = d.events.iter().find(|e| e.code.starts_with("04")).unwrap_or_else(|| panic!("{:?}", s));
    assert_eq!(host.location.as_ref().map(|l| l.name.as_str()), Some("Vina del Mar"), "{:?}", s);
    assert!(s.iter().any(|(c, a, t, _)| c.starts_with("04") && ((a == "PER" && t == "CHL") || (a == "CHL" && t == "PER")) && d.events.iter().any(|e| e.trigger == "discussed")), "{:?}", s);
    assert!(!d.events.iter().any(|e| e.trigger == "discussed" && e.target.is_none()), "{:?}", s);
}

#[test]
fn regression_the_men_a_state_executed_were_no_dead_and_the_kingdom_was_no_one() {
    // "executed 81 men" kills 81 (kind `executed`, counting only people named so: "requests executed at once" none); "The
    // kingdom has been fighting X" is the kingdom named before it
    let d = code("en", "LIMA (Reuters) - Peru executed 12 men on Tuesday after trials for drug smuggling.\n\nA large number of requests executed at the same time slowed the site.\n\nThe kingdom has been fighting rebels in Chile since 2015.", "2022-03-12");
    let s = summary(&d);
    let ex: Vec<_> = d.events.iter().filter(|e| e.code.starts_with("18")).collect();
    assert!(ex.iter().any(|e| e.fatalities.as_ref().map(|f| f.min) == Some(12)), "{:?}", s);
    assert_eq!(ex.len(), 1, "{:?}", s);
    assert!(s.iter().any(|(c, a, _, _)| c.starts_with("19") && a == "PER"), "{:?}", s);
}

#[test]
fn regression_a_parliament_suspended_was_no_act_and_force_to_meet_violence_was_a_meeting() {
    // "suspended parliament" restricts freedoms (1721); "will be met with force" threatens (13), it is no
    // meeting; "the speaker of parliament, X" names a person, whose accusation is an act
    let d = code("en", "LIMA, Peru (AP) — Peru's president suspended parliament for a month on Sunday.\n\nThe speaker of parliament, Rudi Hartanto, accused the president of staging a coup.\n\nThe president warned that any attack on the police will be met with force.", "2021-07-25");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, _, _)| c == "1721" && a == "PER"), "{:?}", s);
    assert!(has(&d, "112", "PER", "PER"), "{:?}", s);
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("03") || c.starts_with("04")), "{:?}", s);
}

#[test]
fn regression_a_speaker_past_an_unlisted_title_or_a_labelled_object_was_no_one() {
    // "…," kata Kabid Humas <polda> X: past capitalised words of a title no list has, the organisation and its person;
    // 'X called the move "…"': the one before a verb of naming, past its object
    assert_eq!(first_speaker("id", "Bandung - \"Tersangka kami tahan sejak pagi,\" kata Kasubdit Penmas Polri Kombes Rudi Hartanto di Bandung, Minggu (13/12/2020).", "2020-12-13").as_deref(), Some("Rudi Hartanto"));
    assert_eq!(first_speaker("en", "LIMA (Reuters) - Peruvian Prime Minister Rudi Hartanto called the seizure \"a plain act of piracy\".", "2021-05-23").as_deref(), Some("Rudi Hartanto"));
}

#[test]
fn regression_a_person_held_by_the_home_states_police_had_no_state() {
    // a person no list places, held, tried or named a suspect at home by the story's own state's police or courts, is
    // one of its people (the act is domestic, not against no one)
    let d = code("id", "Bandung - Polda Jawa Barat menahan Rudi Hartanto seusai pemeriksaan panjang.\n\nIa akan mendekam di rutan sebulan.", "2020-12-13");
    assert!(has(&d, "173", "IDN", "IDN"), "{:?}", summary(&d));
}

#[test]
fn regression_a_time_in_a_nested_relative_clause_dated_the_main_verb() {
    // "X, 26, who ran a channel … that helped organise protests … last year, was detained …": the relative clause opened
    // after the comma ends at its closing comma however many clauses it holds; last year is the protests', not the arrest's
    let d = code("en", "LIMA (Reuters) - Rudi Hartanto, 26, who ran a popular news site on a busy chat service that had helped plan large rallies against President Kresna Wibowo last year, was arrested at Lima airport by police together with his sister.", "2021-05-23");
    let arrest = d.events.iter().find(|e| e.code.starts_with("173")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(arrest.date.as_deref(), Some("2021-05-23"), "{:?}", summary(&d));
    assert!(!arrest.background);
}

#[test]
fn regression_a_wire_bureaus_town_was_the_storys_home_and_authorities_where_a_plane_landed_were_its() {
    // "SANTIAGO, May 23 (Reuters) -" on a story the headline gives to Peru, Chile named again only further down: the story
    // is not Chile's, and "the authorities" in a clause on a town ("…, where authorities detained X") are that town's state
    let text = "SANTIAGO, May 23 (Reuters) - Peru made a passenger jet flying to Santiago come down in Lima, where authorities detained opposition journalist Rudi Hartanto.\n\nThe European Union demanded his release.\n\nChilean President Kresna Wibowo said the move was unacceptable.";
    let d = code_titled("en", Some("Peru forces plane down, detains journalist"), text, "2021-05-23");
    let arrest = d.events.iter().find(|e| e.code.starts_with("173")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(arrest.actor.as_ref().and_then(|p| p.country.as_deref()), Some("PER"), "{:?}", summary(&d));
    assert_eq!(arrest.target.as_ref().and_then(|p| p.country.as_deref()), Some("PER"), "{:?}", summary(&d));
    assert_eq!(arrest.location.as_ref().map(|l| l.name.as_str()), Some("Lima"), "{:?}", summary(&d));
}

#[test]
fn regression_an_envoy_recalled_from_his_post_was_the_target_and_a_decisions_day_was_lost() {
    // "menarik Duta Besar RI untuk Peru <nama> dari Lima": recalled from Peru (the post in the envoy's title, or
    // after "dari"), not an act on the envoy; "Keputusan itu diumumkan … Rabu (29/3)" dates the act told before it
    let d = code("id", "Jakarta - Indonesia menarik Duta Besar RI untuk Peru Rudi Hartanto dari Lima sebagai protes.\n\nKeputusan itu diumumkan Menteri Luar Negeri di Jakarta, Rabu (29/3/2023).", "2023-03-30");
    let recall = d.events.iter().find(|e| e.code.starts_with("161")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(recall.target.as_ref().and_then(|p| p.country.as_deref()), Some("PER"), "{:?}", summary(&d));
    assert_eq!(recall.date.as_deref(), Some("2023-03-29"), "{:?}", summary(&d));
}

#[test]
fn regression_a_finalized_agreement_was_its_brokers_mediation() {
    // "X and Y finalized a Z-brokered agreement": X and Y sign (057), the broker's adjective is no mediation by them; "the
    // group, founded in 1964 by …" gives no aid
    let d = code("en", "LIMA (AP) — Peru and Chile finalized a U.S.-brokered agreement on their sea border on Monday.\n\nThe group, founded in 1980 by students, has about 900 fighters.", "2022-10-27");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, t, _)| c == "057" && ((a == "PER" && t == "CHL") || (a == "CHL" && t == "PER"))), "{:?}", s);
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("045") || c.starts_with("06")), "{:?}", s);
}

#[test]
fn regression_a_topics_place_was_where_a_deal_was_signed_and_a_court_holding_hearings_seized_something() {
    // "menandatangani MoU tentang pekerja … di Peru, di <istana>, Lima": the place inside what the act is about gives way to
    // the place after the comma; "the tribunal will hold hearings" seizes nothing; "the rebels will disarm" de-escalates (087)
    let d = code("id", "Lima (ANTARA) - Presiden Chile dan Presiden Peru menyaksikan penandatanganan nota kesepahaman tentang perlindungan pekerja musiman di Peru, di Istana Pemerintah, Lima, Jumat (1/4/2022).", "2022-04-01");
    let sign = d.events.iter().find(|e| e.code.starts_with("057")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(sign.location.as_ref().map(|l| l.name.as_str()), Some("Lima"), "{:?}", summary(&d));
    let d = code("en", "LIMA (AP) — The tribunal will hold hearings on Peru's complaint in March.\n\nUnder the plan, Chilean rebels will disarm within a year.", "2022-11-02");
    let s = summary(&d);
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("17") || c.starts_with("19")), "{:?}", s);
    assert!(s.iter().any(|(c, a, _, m)| (c.starts_with("087") || c.starts_with("035")) && a == "CHL" && m == "intended"), "{:?}", s);
}

#[test]
fn regression_a_speaker_in_apposition_after_an_unknown_office_was_no_one() {
    // '"…," said the bloc's envoy, former Chilean President X': the person in apposition after a comma speaks; '"…," kata
    // Kabag Penum Biro Humas Polri Kombes X': past four capitalised words of an unlisted office, the organisation and its person
    assert_eq!(first_speaker("en", "LIMA (AP) — \"This is only the start of the road,\" said the bloc's envoy, former Chilean President Rudi Hartanto.", "2022-11-02").as_deref(), Some("Rudi Hartanto"));
    assert_eq!(first_speaker("id", "Bandung - \"Tersangka sudah kami amankan,\" kata Kabag Penum Biro Humas Polri Kombes Rudi Hartanto di Bandung, Senin (1/7/2019).", "2019-07-01").as_deref(), Some("Rudi Hartanto"));
}

#[test]
fn regression_a_guests_visit_in_apposition_was_the_hosts_own_and_a_boycott_imposed_seized_goods() {
    // "X's president welcomed Y's emir …, the emir's first trip to X since a shooting strained relations": the trip
    // is the guest's (no act of X on itself), a killing that strained ties is no act of a side, "the two leaders" are host
    // and guest; "had imposed a boycott on X's goods" sanctions (163), it seizes nothing
    let d = code("en", "LIMA, June 22 (Reuters) - Peruvian President Rudi Hartanto welcomed Chilean Crown Prince Kresna Wibowo with a ceremony in Lima on Wednesday, the prince's first trip to Peru since a border shooting strained relations.\n\nThe two men then held talks in private.\n\nChile had imposed an informal boycott on Peruvian fruit.", "2022-06-22");
    let s = summary(&d);
    assert!(!s.iter().any(|(c, a, t, _)| c.starts_with("04") && a == "PER" && t == "PER"), "{:?}", s);
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("16") && !c.starts_with("163")), "{:?}", s);
    assert!(s.iter().any(|(c, a, t, _)| c == "040" && ((a == "PER" && t == "CHL") || (a == "CHL" && t == "PER"))), "{:?}", s);
    assert!(has(&d, "163", "CHL", "PER"), "{:?}", s);
}

#[test]
fn regression_a_palaces_town_gave_way_to_its_province() {
    // "di Istana Kepresidenan X, <provinsi>": the palace's name ends with the town, which is where the visit was
    let d = code("id", "BOGOR, KOMPAS.com - Presiden Chile Rudi Hartanto menerima kunjungan Presiden Peru Kresna Wibowo di Istana Kepresidenan Bogor, Jawa Barat, Kamis (9/11/2017).", "2017-11-09");
    let host = d.events.iter().find(|e| e.code.starts_with("04")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(host.location.as_ref().map(|l| l.name.as_str()), Some("Bogor"), "{:?}", summary(&d));
}

#[test]
fn regression_a_capital_known_as_its_state_in_the_dateline_gave_no_place() {
    // "WASHINGTON (AP) — …": a state known by its capital's name, before the dateline's dash, is the town the story was
    // filed from, so the lead's hosting happened there
    let d = code("en", "WASHINGTON (AP) — American President Rudi Hartanto welcomed Chilean President Kresna Wibowo in his office on Friday.", "2024-04-12");
    let host = event_coded(&d, "04");
    assert_eq!(host.location.as_ref().and_then(|l| l.country.as_deref()), Some("USA"), "{:?}", summary(&d));
}

#[test]
fn regression_a_word_of_a_title_opened_a_clause() {
    // "pemimpin pemerintahan sementara Chile X di Quito": "sementara" inside a title is no "while", so the place after it is
    // still the meeting's; the title is a head of government's
    let d = code("id", "Jakarta - Presiden Peru Rudi Hartanto bertemu pemimpin pemerintahan sementara Chile Kresna Wibowo di Quito, Jumat (4/4/2025).", "2025-04-05");
    let meet = event_coded(&d, "04");
    assert_eq!(meet.location.as_ref().map(|l| l.name.as_str()), Some("Quito"), "{:?}", summary(&d));
    assert!(has(&d, "04", "PER", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_an_extradition_request_was_aimed_at_the_person_asked_for() {
    // "mengangkat permintaan ekstradisi X yang diajukan pemerintahnya kepada Santiago": a request for judicial cooperation
    // (0213) made to Chile, not an act on the doer's own former minister; told four sentences after the encounter, it is of its day
    let d = code("id", "Jakarta - Presiden Peru Rudi Hartanto bertemu Presiden Chile Budi Santoso di Quito, Jumat (4/4/2025).\n\nIni pertemuan pertama keduanya. Rudi berharap hubungan membaik.\n\nIa juga membahas perdagangan.\n\nRudi mengangkat permintaan ekstradisi mantan Menteri Pertahanan Peru Kresna Wibowo yang diajukan pemerintahnya kepada Santiago.", "2025-04-05");
    let ask = event_coded(&d, "0213");
    assert_eq!(ask.target.as_ref().and_then(|p| p.country.as_deref()), Some("CHL"), "{:?}", summary(&d));
    assert_eq!(ask.date.as_deref(), Some("2025-04-04"), "{:?}", summary(&d));
}

#[test]
fn regression_a_reaction_to_a_background_act_was_of_the_pages_day() {
    // "In March, X's patrol boats rammed Y's trawler. Y summoned X's diplomat over the incident": the summons belongs
    // to that month's background; 'opposes "exclusive blocs"' names what it opposes, no recipient taken from before
    let d = code("en", "LIMA (AP) — In March, Chilean patrol boats rammed a Peruvian trawler, hurting two sailors. Lima summoned a Chilean diplomat over the incident.\n\nChile's foreign ministry spokesperson Rudi Hartanto said on Thursday that Santiago firmly opposes \"exclusive blocs\" aimed at others.", "2024-04-11");
    let summons = d.events.iter().find(|e| e.code.starts_with("11") && e.actor.as_ref().and_then(|a| a.country.as_deref()) == Some("PER")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(summons.date.as_deref(), Some("2024-03"), "{:?}", summary(&d));
    assert!(summons.background, "{:?}", summary(&d));
    let opposes = d.events.iter().find(|e| e.code.starts_with("11") && e.actor.as_ref().and_then(|a| a.country.as_deref()) == Some("CHL")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert!(opposes.target.is_none(), "{:?}", summary(&d));
}

#[test]
fn regression_three_leaders_were_no_one_and_a_co_mediator_a_party() {
    // "the three leaders" after a host and two guests act together; "talks, which Bolivia mediates with Chile and Peru":
    // Chile and Peru mediate beside Bolivia; "will keep pressing for a truce" demands one, it declares none
    let d = code("en", "LIMA (AP) — Peruvian President Rudi Hartanto hosted Chilean President Kresna Wibowo and Bolivian President Budi Santoso at the palace on Thursday.\n\nThe three leaders then agreed to stage coast guard drills.", "2024-04-11");
    assert!(d.events.iter().any(|e| e.sentence.starts_with("The three") && e.actor.is_some() && e.target.is_some()), "{:?}", summary(&d));
    let d = code("en", "LA PAZ, April 20 (Reuters) - Bolivia's foreign minister saw guerrilla chiefs on Tuesday to discuss the peace talks, which Bolivia mediates with Chile and Peru.\n\nHe said Bolivia will keep pressing for a truce.", "2024-04-20");
    let s = summary(&d);
    assert!(!s.iter().any(|(c, _, t, _)| c.starts_with("045") && (t == "CHL" || t == "PER")), "{:?}", s);
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("087")), "{:?}", s);
    assert!(s.iter().any(|(c, a, _, _)| c.starts_with("10") && a == "BOL"), "{:?}", s);
}

#[test]
fn regression_a_call_after_which_tariffs_came_in_a_year_had_no_date_and_strained_ties_were_sanctions_that_day() {
    // "Chile had imposed tariffs … in 2020 after Lima urged a probe": the appeal is of 2020 as near as the page tells;
    // "mend ties strained by trade sanctions" imposes none that day; "staff writer X contributed this report" gives no aid
    let d = code("en", "SANTIAGO, March 20 (Reuters) - Chile's foreign minister met his Peruvian counterpart on Wednesday as both states mend ties strained by trade sanctions.\n\nChile had imposed tariffs on Peruvian wine in 2020 after Lima urged a neutral probe.\n\nStaff writer Rudi Hartanto contributed this report.", "2024-03-20");
    let s = summary(&d);
    let call = d.events.iter().find(|e| e.code.starts_with("02")).unwrap_or_else(|| panic!("{:?}", s));
    assert_eq!(call.date.as_deref(), Some("2020"), "{:?}", s);
    assert_eq!(d.events.iter().filter(|e| e.code.starts_with("16")).count(), 1, "{:?}", s);
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("07")), "{:?}", s);
}

#[test]
fn regression_a_meeting_agreed_on_was_coded_again_as_intended() {
    // "kedua presiden sepakat bahwa menteri kedua negara akan bertemu": the agreement is the act, its intended meeting no second one
    let d = code("id", "Jakarta - Presiden Peru Rudi Hartanto bertemu Presiden Chile Budi Santoso di Quito, Jumat (4/4/2025).\n\nKedua presiden sepakat bahwa menteri kedua negara akan bertemu lagi soal perbatasan.", "2025-04-05");
    let second: Vec<_> = d.events.iter().filter(|e| e.sentence.starts_with("Kedua presiden")).collect();
    assert_eq!(second.len(), 1, "{:?}", summary(&d));
}

#[test]
fn regression_criticism_of_a_visit_was_aimed_at_the_last_side_named() {
    // "X held talks with Y in <Y's capital>. … Z's embassy criticised the visit": aimed at the visitor, the side away from home,
    // not at a third state named in between
    let d = code("en", "LIMA, June 20 (Reuters) - Chilean President Rudi Hartanto held talks with Peruvian President Kresna Wibowo in Lima on Thursday.\n\nHartanto came from La Paz, where he and Bolivian President Budi Santoso had signed a treaty a day earlier.\n\nThe Ecuadorean embassy criticised the visit, saying it gave Hartanto a stage.", "2024-06-20");
    let crit = event_coded(&d, "11");
    assert_eq!(crit.target.as_ref().and_then(|p| p.country.as_deref()), Some("CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_support_for_another_state_was_aimed_at_the_supporters_own() {
    // "X menyatakan dukungan penuh Chile bagi keketuaan Peru": the support is for Peru, not for Chile itself
    let d = code("id", "Jakarta - Presiden Chile Rudi Hartanto menyatakan dukungan penuh Chile bagi keketuaan Peru di forum itu, Rabu (27/7/2022).", "2022-07-27");
    assert!(has(&d, "05", "CHL", "PER"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(_, a, t, _)| a == "CHL" && t == "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_designated_ally_aid_blocked_and_a_mission_delayed_were_other_acts() {
    // "would designate X a major ally" cooperates militarily (062, 0312 when intended); "has blocked aid packages for X" stops aid (162, PETRARCH's
    // 'blocked' is 170); "after a judge's order delayed the deployment" blames no one (PETRARCH's 'delayed' is 112)
    let d = code("en", "LIMA (AP) — Peruvian President Rudi Hartanto said he would designate Chile a major regional ally.\n\nBolivia has repeatedly blocked aid packages for Chile.\n\nChilean troops will deploy soon, after a judge's order delayed the deployment.", "2024-05-23");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, t, _)| (c.starts_with("062") || c.starts_with("0312")) && a == "PER" && t == "CHL"), "{:?}", s);
    assert!(s.iter().any(|(c, a, _, _)| c.starts_with("162") && a == "BOL"), "{:?}", s);
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("17") || c.starts_with("112")), "{:?}", s);
}

#[test]
fn regression_a_plane_burned_was_no_act_and_its_pilot_taken_the_next_day() {
    // "kelompok bersenjata pimpinan X membakar pesawat …, Selasa": property burned (1712) by the group X leads; the pilot
    // "disandera kelompok tersebut" in the next sentence is of the same day, not the page's
    let d = code("id", "LIMA - Kelompok bersenjata pimpinan Rudi Hartanto membakar sebuah pesawat di lapangan terbang Cusco, Peru, Selasa (7/2/2023). Pilotnya, warga negara Chile, disandera kelompok tersebut.", "2023-02-08");
    let s = summary(&d);
    assert!(s.iter().any(|(c, _, _, _)| c.starts_with("1712")), "{:?}", s);
    let taken = d.events.iter().find(|e| e.code.starts_with("181")).unwrap_or_else(|| panic!("{:?}", s));
    assert_eq!(taken.date.as_deref(), Some("2023-02-07"), "{:?}", s);
    assert!(d.entities.iter().any(|e| e.name == "Rudi Hartanto" && e.etype == warta_core::EntityType::Person), "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
}

#[test]
fn regression_the_wounded_of_an_attack_were_a_second_attack_on_its_place() {
    // "a drone attack killed three Chilean soldiers and wounded 20 at a base in northern Peru": one attack on Chile's soldiers,
    // at the place the wounding names — not a second one on Peru
    let d = code("en", "LIMA (AP) — A drone attack by rebels killed three Chilean soldiers and wounded at least 20 at a base in northern Peru on Sunday.", "2024-01-28");
    let s = summary(&d);
    assert_eq!(d.events.iter().filter(|e| e.code.starts_with("18") || e.code.starts_with("19")).count(), 1, "{:?}", s);
    let attack = d.events.iter().find(|e| e.code.starts_with("18") || e.code.starts_with("19")).unwrap_or_else(|| panic!("{:?}", s));
    assert_eq!(attack.location.as_ref().and_then(|l| l.country.as_deref()), Some("PER"), "{:?}", s);
}

#[test]
fn regression_money_announced_after_a_relative_clause_was_the_clauses_act_again() {
    // "X, who visited Y for the summit, announced another $100 million for …": the light verb after the relative clause's
    // comma is the main clause's, an act of its own (070); "has been stranded in Y since <day>, after gangs attacked …" dates
    // the attack by that day
    let d = code("en", "LIMA (AP) — Chilean Foreign Minister Rudi Hartanto, who visited Quito for the summit, announced another $100 million for a police mission.\n\nPeru's president has been stranded in Bolivia since March 5, after gangs attacked the airport in Lima.", "2024-03-12");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, _, _)| c.starts_with("07") && a == "CHL"), "{:?}", s);
    let attack = d.events.iter().find(|e| e.code.starts_with("18")).unwrap_or_else(|| panic!("{:?}", s));
    assert_eq!(attack.date.as_deref(), Some("2024-03-05"), "{:?}", s);
}

#[test]
fn regression_criticism_of_a_guests_visit_was_aimed_at_the_host() {
    // "X had hosted Y for a dinner …. Z criticized the visit": a visit is the visitor's, the guest of the hosting
    let d = code("en", "LIMA (AP) — Chilean Prime Minister Rudi Hartanto held talks with Peruvian President Kresna Wibowo in Lima on Tuesday.\n\nWibowo had hosted Hartanto for a dinner at his residence on Monday evening.\n\nBolivian President Budi Santoso criticized the visit, saying it was a disgrace.", "2024-07-09");
    let crit = event_coded(&d, "11");
    assert_eq!(crit.target.as_ref().and_then(|p| p.country.as_deref()), Some("CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_day_after_setelah_redated_the_lead_and_missed_its_own_act() {
    // "Serangan ini terjadi sepekan setelah penembakan … di X, Y yang dikuasai Z, pada 30 April": the day is the shooting's
    // (in the rest of its clause past the relative one), and it does not move the attack told first
    let d = code("id", "Jakarta - Chile melancarkan serangan rudal ke lima lokasi di Peru dan wilayah yang dikuasai Peru pada Rabu (7/5) dini hari. Militer Peru menyebut serangan itu menewaskan 12 orang.\n\nSerangan ini terjadi sepekan setelah penembakan terhadap turis di Arica, Tacna yang dikuasai Chile, pada 30 April yang menewaskan 9 orang.", "2025-05-07");
    let s = summary(&d);
    let strike = d.events.iter().find(|e| e.code.starts_with("19") && e.actor.as_ref().and_then(|a| a.country.as_deref()) == Some("CHL")).unwrap_or_else(|| panic!("{:?}", s));
    assert_eq!(strike.date.as_deref(), Some("2025-05-07"), "{:?}", s);
    let shooting = d.events.iter().find(|e| e.trigger == "penembakan").unwrap_or_else(|| panic!("{:?}", s));
    assert_eq!(shooting.date.as_deref(), Some("2025-04-30"), "{:?}", s);
}

#[test]
fn regression_the_topic_of_talks_and_a_factory_visited_were_the_places_and_sides() {
    // "hosted X at the palace for talks on the fate of troops in Y": Y is what the talks are about; "began his trip in
    // the city of Z on Sunday, where he visited a Chilean-owned factory" visits Z's state; "has taken a harder line with X" seizes
    // nothing; "awarded X the Order of Y" praises (051)
    let d = code("en", "SANTIAGO, April 15 (Reuters) - Chilean President Rudi Hartanto welcomed Peruvian Prime Minister Kresna Wibowo to the palace for talks on the fate of Chilean troops in Bolivia.\n\nHartanto awarded Wibowo the Order of Merit.\n\nWibowo started his trip in the northern city of Arica on Sunday, where he visited a Peruvian-owned mine.\n\nChile has lately taken a harder line with Bolivia.", "2024-04-15");
    let s = summary(&d);
    let host = d.events.iter().find(|e| e.code.starts_with("04")).unwrap_or_else(|| panic!("{:?}", s));
    assert_ne!(host.location.as_ref().and_then(|l| l.country.as_deref()), Some("BOL"), "{:?}", s);
    assert!(s.iter().any(|(c, a, t, _)| c.starts_with("051") && a == "CHL" && t == "PER"), "{:?}", s);
    assert!(!s.iter().any(|(c, a, t, _)| c.starts_with("04") && a == "PER" && t == "PER"), "{:?}", s);
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("17")), "{:?}", s);
}

#[test]
fn regression_calling_an_attack_an_act_of_war_was_no_act() {
    // "menyebut serbuan tersebut sebagai tindakan perang": a condemnation (111) of the attack's doer
    let d = code("id", "Jakarta - Chile melancarkan serangan rudal ke Peru pada Rabu (7/5). Presiden Peru Rudi Hartanto menyebut serbuan tersebut sebagai tindakan perang.", "2025-05-07");
    assert!(has(&d, "111", "PER", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_force_fired_at_a_state_hit_the_side_of_its_cause() {
    // "fired more than 200 drones and rockets at Peru on Friday night, in reply to a bombing … that killed two Chilean generals":
    // aimed at Peru,
    // not at the officers the phrase of cause names; "the Group of Seven, meeting in Rome, called on the two states" is the G7's appeal;
    // "the two leaders then agreed that Peruvian experts would inspect …" is the agreement alone
    let d = code("en", "LIMA (AP) — Chile fired more than 200 drones and rockets at Peru on Friday night, in reply to a bombing of its mission in Quito on March 2 that killed two Chilean generals.\n\nThe Group of Seven, meeting in Rome, called on the two states to halt before a wider war.\n\nChilean President Rudi Hartanto met Peruvian President Kresna Wibowo on Sunday. The two leaders then agreed that Peruvian experts would inspect the border posts.", "2024-04-19");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, t, _)| c.starts_with("19") && a == "CHL" && t == "PER"), "{:?}", s);
    assert!(d.events.iter().any(|e| (e.code.starts_with("02") || e.code.starts_with("10")) && e.actor.as_ref().and_then(|a| a.code.as_deref()) == Some("IGOGOS")), "{:?}", s);
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("09")), "{:?}", s);
}

#[test]
fn regression_a_leader_received_by_name_was_no_visit_and_a_meeting_abroad_was_in_the_newsrooms_town() {
    // "bertemu X di kantor perdana menteri, Jalan Y 10, <kota>": the town ten words after "di" is the place; "X menyambut Y di depan
    // pintu gedung itu" is that meeting's venue, not the dateline's town; "diterima Presiden Z" is a reception (043) of the day
    // before; "suap yang diterima X" receives no one
    let d = code("id", "Jakarta - Presiden Chile Rudi Hartanto bertemu Perdana Menteri Peru Kresna Wibowo di kantor perdana menteri, Jalan Grau 10, Arequipa, Kamis (21/11/2024).\n\nWibowo menyambut Hartanto di depan pintu gedung itu sebelum mereka berunding secara tertutup.\n\nSehari sebelumnya, Hartanto diterima Presiden Bolivia Budi Santoso di Istana Kepresidenan.\n\nTotal suap yang diterima Budi Santoso mencapai Rp 5 miliar.", "2024-11-21");
    let s = summary(&d);
    let met = event_coded(&d, "040");
    assert_eq!(met.location.as_ref().map(|l| l.name.as_str()), Some("Arequipa"), "{:?}", s);
    assert!(!d.events.iter().any(|e| e.location.as_ref().is_some_and(|l| l.name == "Jakarta")), "{:?}", s);
    let received = d.events.iter().find(|e| e.code.starts_with("043") && e.actor.as_ref().and_then(|a| a.country.as_deref()) == Some("BOL")).unwrap_or_else(|| panic!("{:?}", s));
    assert_eq!(received.target.as_ref().and_then(|p| p.country.as_deref()), Some("CHL"), "{:?}", s);
    assert_eq!(received.date.as_deref(), Some("2024-11-20"), "{:?}", s);
    assert_eq!(d.events.iter().filter(|e| e.code.starts_with("043")).count(), 2, "{:?}", s);
}

#[test]
fn regression_ties_cut_and_announced_on_a_later_day_had_the_pages_day() {
    // "X has severed diplomatic ties with Y, accusing Y of …. Spokesman Z announced the decision late on Sunday": both acts are of
    // Sunday; "a colonel suggested that his country had aided rebels" is a claim, no appeal
    let d = code("en", "Chile's junta has severed diplomatic ties with Peru, accusing Peru of arming the fighters after a Peruvian colonel suggested that his country had aided rebels who killed 40 Chilean soldiers last month.\n\nGovernment spokesman Colonel Rudi Hartanto announced the decision late on Sunday in a televised statement.", "2024-08-05");
    let s = summary(&d);
    assert_eq!(event_coded(&d, "161").date.as_deref(), Some("2024-08-04"), "{:?}", s);
    assert_eq!(event_coded(&d, "112").date.as_deref(), Some("2024-08-04"), "{:?}", s);
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("02")), "{:?}", s);
}

#[test]
fn regression_a_recall_after_a_strike_of_january_and_a_welcome_since_july_had_the_pages_day() {
    // "was welcomed at the palace by X" after "since winning office in July" is a reception on the sentence's day (not praise of
    // July); "would never allow its soil to be used against any neighbour" refuses no one; "In January, when X's guards fired
    // missiles at Y's town … . Y recalled its ambassador from X's capital" is January's answer to the strike
    let d = code("en", "SANTIAGO, Sept 11 (Reuters) - Peruvian President Rudi Hartanto arrived in Santiago on Wednesday for his first trip abroad since winning office in July, then was welcomed at the palace by Chilean President Kresna Wibowo.\n\nWibowo said Chile would never allow its soil to be used against any neighbour.\n\nRelations between Chile and Peru soured in January, when Peru's navy fired missiles at Arica, saying they had struck a spy base. Chile recalled its ambassador from Peru and complained to the U.N. Security Council.", "2024-09-11");
    let s = summary(&d);
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("051") || c.starts_with("12")), "{:?}", s);
    assert!(!d.events.iter().any(|e| e.date.as_deref() == Some("2024-07")), "{:?}", s);
    assert_eq!(event_coded(&d, "161").date.as_deref(), Some("2024-01"), "{:?}", s);
}

#[test]
fn regression_recalls_after_a_cut_in_relations_named_no_side_and_an_arms_halt_was_no_sanction() {
    // "Z cut relations in late March, and X and Y recalled their ambassadors" after "… to sever ties with W": the recalls are
    // aimed at W; "suspended purchases of W's arms in late February" sanctions W (163); "calling X 'racist'" criticises;
    // "pushed ahead with plans" demands nothing
    let d = code("en", "QUITO (AP) — Ecuador's president announced on Wednesday that Ecuador would cut diplomatic relations with Peru, as both states pushed ahead with plans for talks elsewhere.\n\nPeru's Foreign Minister Rudi Hartanto responded on X, calling Ecuador's president \"racist and full of hate.\"\n\nThe move makes Ecuador the second state to sever ties with Peru this year, after Uruguay. Uruguay cut relations in late March, and Chile and Brazil recalled their ambassadors home at the time.\n\nEcuador suspended purchases of Peruvian arms in late February.", "2024-05-01");
    let s = summary(&d);
    assert!(has(&d, "161", "CHL", "PER") && has(&d, "161", "BRA", "PER"), "{:?}", s);
    assert!(has(&d, "163", "ECU", "PER"), "{:?}", s);
    assert!(has(&d, "111", "PER", "ECU"), "{:?}", s);
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("10")), "{:?}", s);
}

#[test]
fn regression_a_warning_told_next_after_a_month_with_no_act_had_the_pages_day() {
    // "Pada Desember lalu, X mengatakan … bahwa Y akan memburu …. Pejabat Z kemudian memperingatkan Y …": the warning came next, in
    // December (no act was coded in the sentence before)
    let d = code("id", "Jakarta - Polisi Chile menangkap 20 orang terduga mata-mata Peru di tiga provinsi, Selasa (2/1).\n\nPada Desember lalu, kepala badan intelijen Peru, Rudi Hartanto, mengatakan dalam sebuah wawancara bahwa negaranya akan memburu para pembangkang di mana pun. Pejabat Chile kemudian memperingatkan Peru akan menanggung akibatnya.", "2024-01-03");
    let s = summary(&d);
    let warn = event_coded(&d, "13");
    assert_eq!(warn.date.as_deref(), Some("2023-12"), "{:?}", s);
}

#[test]
fn regression_talks_of_two_leaders_after_an_appeal_and_a_town_visited_had_no_sides_or_place() {
    // "X urged Y …, while both leaders held talks inside the palace in Z": the pair of leaders is the pair of the appeal before;
    // "visited <town> on Friday and met Y" was in that town
    let d = code("en", "SANTIAGO, April 6 (Reuters) - Chilean President Rudi Hartanto urged Peruvian President Kresna Wibowo on Thursday to help stop the fighting, while both leaders held talks inside the national palace in Santiago.\n\nBolivian Prime Minister Budi Santoso visited Arica on Friday and met Hartanto.", "2023-04-06");
    let s = summary(&d);
    assert!(has(&d, "040", "CHL", "PER") || has(&d, "040", "PER", "CHL"), "{:?}", s);
    let visit = event_coded(&d, "042");
    assert_eq!(visit.location.as_ref().map(|l| l.name.as_str()), Some("Arica"), "{:?}", s);
}

#[test]
fn regression_bombs_in_a_states_city_of_x_were_in_the_state_and_a_label_for_the_attack_was_no_act() {
    // "struck a market in Peru's southern city of X": the place is X; "called the attack 'another sign of madness'" condemns the
    // attacker (111)
    let d = code("en", "TACNA, Peru, May 25 (Reuters) - Two Chilean guided bombs struck a busy market in Peru's southern city of Tacna early on Saturday, the regional governor said.\n\nPeruvian President Rudi Hartanto called the attack \"another sign of Chilean cruelty\" and urged Peru's partners to supply extra air defences.", "2024-05-25");
    let s = summary(&d);
    let strike = event_coded(&d, "19");
    assert_eq!(strike.location.as_ref().map(|l| l.name.as_str()), Some("Tacna"), "{:?}", s);
    assert!(has(&d, "111", "PER", "CHL"), "{:?}", s);
}

#[test]
fn regression_two_leaders_opening_a_fair_abroad_was_no_meeting() {
    // "Presiden X dan Kanselir Y membuka pameran industri di Z": the two met (040); one official opening a fair alone meets no one
    let d = code("id", "Hannover (ANTARA) - Presiden Chile Rudi Hartanto dan Presiden Peru Kresna Wibowo membuka pameran dagang di Arequipa, Peru, Minggu malam.\n\nMenteri Perdagangan Chile Budi Santoso membuka forum bisnis di Santiago, Senin (17/4/2023).", "2023-04-17");
    let s = summary(&d);
    assert!(has(&d, "040", "CHL", "PER") || has(&d, "040", "PER", "CHL"), "{:?}", s);
    assert_eq!(d.events.iter().filter(|e| e.code.starts_with("04")).count(), 1, "{:?}", s);
}

#[test]
fn regression_calling_a_state_a_partner_was_a_report_whose_object_praised() {
    // "Y menyebut X sebagai mitra strategis dan memuji kepemimpinan Z": Y praises X (051) and Z's leadership; "menyebut" here names
    // no reported clause whose subject would be X
    let d = code("id", "Jakarta - Presiden Chile Rudi Hartanto bertemu Presiden Peru Kresna Wibowo di Santiago, Senin (13/11/2023).\n\nWibowo menyebut Chile sebagai mitra strategis dan memuji kepemimpinan Hartanto di kawasan.", "2023-11-14");
    let s = summary(&d);
    assert!(has(&d, "051", "PER", "CHL"), "{:?}", s);
    assert!(!s.iter().any(|(c, a, _, _)| c.starts_with("05") && a == "CHL"), "{:?}", s);
}

#[test]
fn regression_troops_that_officials_say_killed_were_the_officials() {
    // "…, where Chilean officials say Peruvian troops killed scores of villagers": "say" reports, the troops did it,
    // at the place the where-clause hangs on
    let d = code("en", "QUITO (AP) — Bolivian President Rudi Hartanto laid a wreath at a chapel in Arica, where Chilean officials say Peruvian troops killed scores of villagers in 2022.", "2023-03-21");
    let s = summary(&d);
    let force = event_coded(&d, "19");
    assert_eq!(force.actor.as_ref().and_then(|a| a.country.as_deref()), Some("PER"), "{:?}", s);
    assert_eq!(force.location.as_ref().map(|l| l.name.as_str()), Some("Arica"), "{:?}", s);
}

#[test]
fn regression_a_warning_and_the_response_it_warns_of_were_two_threats() {
    // "memperingatkan akan membalas secara setimpal bila …": one threat, made (the answer is what it threatens)
    let d = code("id", "Pemerintah Chile mengecam langkah itu serta memperingatkan akan merespons secara setimpal bila Peru melanjutkannya.", "2023-06-05");
    let s = summary(&d);
    let threats: Vec<_> = s.iter().filter(|(c, ..)| c.starts_with("13")).collect();
    assert_eq!(threats.len(), 1, "{s:?}");
    assert_eq!((threats[0].1.as_str(), threats[0].2.as_str(), threats[0].3.as_str()), ("CHL", "PER", "asserted"), "{s:?}");
}

#[test]
fn regression_a_letter_named_again_declared_no_one_persona_non_grata() {
    // "… a letter from the ministry. The letter, which is dated Monday, names [nine words] \"persona non grata\"": the
    // letter speaks for the side the sentence before was about, and the long object is inside the pattern's `**`
    let d = code("en", "Peru's government has expelled three Chilean diplomats, according to a letter from its ministry shown to reporters on Thursday.\n\nThe letter, dated Tuesday, then declared three officials of the Chilean mission in Lima \"persona non grata\", giving them 72 hours to leave this country.", "2024-04-18");
    let s = summary(&d);
    let png = d.events.iter().find(|e| e.code == "174" && e.date.as_deref() == Some("2024-04-16")).unwrap_or_else(|| panic!("{s:?}"));
    assert_eq!(png.actor.as_ref().and_then(|a| a.country.as_deref()), Some("PER"), "{s:?}");
    assert_eq!(png.target.as_ref().and_then(|a| a.country.as_deref()), Some("CHL"), "{s:?}");
    // the deadline to leave is that expulsion, not a gift (PETRARCH's 'gave', 060)
    assert!(!s.iter().any(|(c, ..)| c.starts_with("06")), "{s:?}");
}

#[test]
fn regression_taking_note_of_a_decision_seized_something() {
    let d = code("en", "The Chilean ministry has taken note of this ruling, it said, and called the charges baseless.", "2024-04-18");
    let s = summary(&d);
    assert!(!s.iter().any(|(c, ..)| c.starts_with("17")), "{s:?}");
}

#[test]
fn regression_a_visitor_greeted_by_the_hosts_minister_met_only_the_state() {
    // the visit's other side is the minister who greeted the visitor, so the contact has its level
    let d = code("en", "LIMA, Feb 6 (Reuters) - Chilean President Rudi Hartanto arrived in Peru on Tuesday for a two-day state visit.\n\nHartanto was greeted at the airport by Peruvian Foreign Minister Kresna Wibowo, who called him a true friend.", "2024-02-06");
    let s = summary(&d);
    let visit = d.events.iter().find(|e| e.code.starts_with("04")).unwrap_or_else(|| panic!("{s:?}"));
    let t = visit.target.as_ref().unwrap_or_else(|| panic!("{s:?}"));
    assert_eq!(t.country.as_deref(), Some("PER"), "{s:?}");
    assert!(t.entity.as_deref().is_some_and(|e| e != "PER"), "the minister, not the state: {t:?}");
}

#[test]
fn regression_we_before_an_auxiliary_in_a_quote_had_no_speaker() {
    // "\"Kami telah berkoordinasi dengan …,\" kata X": the speaker's side coordinates with each state; what it is for is
    // intended, by the same side, and aimed at no one named before it
    let d = code("id", "Menteri Luar Negeri Peru Rudi Hartanto mengatakan pemerintah sedang menangani kasus itu.\n\n\"Kami telah berkoordinasi dengan pihak berwenang Chile dan Bolivia untuk membebaskan para tawanan,\" kata Rudi di Lima, Sabtu (18/1/2020).", "2020-01-18");
    let s = summary(&d);
    for c in ["CHL", "BOL"] {
        assert!(s.iter().any(|(code, a, t, m)| code.starts_with("04") && a == "PER" && t == c && m == "asserted"), "{c}: {s:?}");
    }
    assert!(!s.iter().any(|(code, _, t, m)| (code.starts_with("08") || code.starts_with("03")) && t != "-" && m != "intended"), "{s:?}");
}

#[test]
fn regression_a_pair_urging_a_third_state_urged_each_other() {
    // "Kedua pemimpin … mendesak X …": each leader's state urges X, on the day of their meeting told before
    let d = code("id", "Jakarta - Presiden Peru Rudi Hartanto bertemu Presiden Chile Kresna Wibowo di Santiago, Rabu (2/7/2025).\n\nKedua pemimpin menyerukan gencatan senjata dan mendesak Bolivia membuka akses bantuan kemanusiaan.", "2025-07-03");
    let s = summary(&d);
    for a in ["PER", "CHL"] {
        let e = d.events.iter().find(|e| e.code.starts_with("02") && e.actor.as_ref().and_then(|x| x.country.as_deref()) == Some(a) && e.target.as_ref().and_then(|x| x.country.as_deref()) == Some("BOL")).unwrap_or_else(|| panic!("{a}: {s:?}"));
        assert_eq!(e.date.as_deref(), Some("2025-07-02"), "{s:?}");
    }
    assert!(!s.iter().any(|(c, a, t, _)| c.starts_with("020") && a == "PER" && t == "CHL"), "{s:?}");
}

#[test]
fn regression_an_intent_and_the_act_told_next_were_two_recognitions() {
    // "X will recognise Y" then "X is recognising Y …": one recognition
    let d = code("en", "OSLO, May 22 (Reuters) - Norway will recognise an independent Palestinian state on June 4, its prime minister Rudi Hartanto said on Wednesday.\n\nNorway is recognising a Palestinian state to back moderate forces, Hartanto said.", "2024-05-22");
    let s = summary(&d);
    let n = s.iter().filter(|(c, a, t, _)| (c.starts_with("054") || c.starts_with("032")) && a == "NOR" && t == "PSE").count();
    assert_eq!(n, 1, "{s:?}");
}

#[test]
fn regression_fishermen_who_are_citizens_of_a_state_took_another_country() {
    // "tiga pelaut warga negara Indonesia diculik … di perairan X, Malaysia": the sailors are Indonesia's
    let d = code("id", "KUALA LUMPUR - Tiga pelaut warga negara Indonesia diculik orang bersenjata di perairan Sabah, Malaysia, Kamis (16/1/2020).", "2020-01-18");
    let s = summary(&d);
    let k = d.events.iter().find(|e| e.code.starts_with("181")).unwrap_or_else(|| panic!("{s:?}"));
    assert_eq!(k.target.as_ref().and_then(|t| t.country.as_deref()), Some("IDN"), "{s:?}");
}

#[test]
fn regression_a_visit_on_an_anniversary_was_hosted_by_the_bomber() {
    // "arrived in X …, on the anniversary of Y's bombing of …": the visit is to X, and the anniversary is no bombing today
    let d = code("en", "LIMA, Peru (AP) — Chilean President Rudi Hartanto arrived in Peru on Tuesday for a state visit, marking 30 years since the anniversary of the alliance's bombing of the Chilean consulate in Lima.", "2024-05-07");
    let s = summary(&d);
    let visit = d.events.iter().find(|e| e.code.starts_with("042")).unwrap_or_else(|| panic!("{s:?}"));
    assert_eq!(visit.target.as_ref().and_then(|t| t.country.as_deref()), Some("PER"), "{s:?}");
    assert!(!d.events.iter().any(|e| e.code.get(..2).and_then(|r| r.parse::<u32>().ok()).is_some_and(|r| r >= 18) && e.date.as_deref() == Some("2024-05-07")), "{s:?}");
}

#[test]
fn regression_bombed_was_read_as_a_noun_with_its_sides_swapped() {
    let d = code("en", "Chile bombed Peru in 1999 to end a crackdown on its border.", "2024-05-07");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, t, _)| c.starts_with("19") && a == "CHL" && t == "PER"), "{s:?}");
    assert!(!s.iter().any(|(_, a, t, _)| a == "PER" && t == "CHL"), "{s:?}");
}

#[test]
fn regression_talks_expected_tomorrow_were_told_as_held() {
    // "are expected to meet on Wednesday": intended, not a contact of Wednesday already
    let d = code("en", "Rudi Hartanto of Chile and Kresna Wibowo of Peru are expected to meet on Wednesday, officials said.", "2024-05-07");
    let s = summary(&d);
    let talks = d.events.iter().find(|e| e.code.starts_with("04")).unwrap_or_else(|| panic!("{s:?}"));
    assert_eq!(talks.modality, "intended", "{s:?}");
    // and a figure expected to go up meets no one
    let d = code("en", "Chile's weight in the regional index is expected to go up, analysts said.", "2024-05-07");
    assert!(d.events.is_empty(), "{:?}", summary(&d));
}

#[test]
fn regression_an_embassy_coordinating_in_the_progressive_had_no_doer() {
    // "X menyatakan sedang berkoordinasi dengan Y": the speaker's side coordinates ("sedang" is no subject)
    let d = code("id", "Kedutaan Besar Peru di Santiago menyatakan sedang berkoordinasi dengan pihak berwenang Chile terkait penahanan kapal itu.", "2023-07-11");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, t, _)| c.starts_with("04") && a == "PER" && t == "CHL"), "{s:?}");
}

#[test]
fn regression_a_speaker_named_by_a_first_name_of_three_letters_was_no_one() {
    // "kata Edo" after "Kepala Bakamla Laksamana Madya Edo Santoso": the one person of that first name
    let sp = first_speaker("id", "Kepala Bakamla Laksamana Madya Edo Santoso mengatakan kapal itu ditahan di perairan Riau.\n\n\"Kapal yang lain sempat melarikan diri,\" kata Edo di Batam, Selasa (11/7/2023).", "2023-07-11");
    assert_eq!(sp.as_deref(), Some("Edo Santoso"));
}

#[test]
fn regression_two_verbs_sharing_an_object_were_two_acts_without_a_target() {
    // "stormed and looted X": one act on the object both verbs share, of the place's state
    let d = code("en", "Rioters stormed and looted the governor's residence in Lima on Wednesday.", "2022-01-06");
    let s = summary(&d);
    let acts: Vec<_> = s.iter().filter(|(c, _, _, _)| (14..=20).contains(&c[..2].parse::<u32>().unwrap_or(0))).collect();
    assert_eq!(acts.len(), 1, "{s:?}");
    assert_eq!(acts[0].2, "PER", "{s:?}");
    // (a first verb with its own object keeps its second act apart: "took power and held the head of state")
    let d = code("en", "Soldiers in Peru took power and detained President Kresna Wibowo at his residence on Wednesday.", "2022-01-06");
    assert!(d.events.len() >= 2, "{:?}", summary(&d));
}

#[test]
fn regression_an_act_after_which_a_protest_turned_violent_had_no_day() {
    // the act after "setelah" in a sentence with no time, by the same country's side as the protest just told
    let d = code_titled("id", Some("Warga Peru Tolak Tambang Emas"), "LIMA - Sekitar seratus petani berdemonstrasi menentang tambang emas di Lima, Jumat (10/6/2022). Unjuk rasa yang semula tertib menjadi rusuh setelah massa melempari polisi dengan botol.", "2022-06-11");
    let s = summary(&d);
    let stones = d.events.iter().find(|e| e.trigger.contains("melempari")).unwrap_or_else(|| panic!("{s:?}"));
    assert_eq!(stones.date.as_deref(), Some("2022-06-10"), "{s:?}");
}

#[test]
fn regression_acts_of_the_lead_day_were_dated_by_the_next_morning_page() {
    // a page of Tuesday whose lead tells Monday: its undated acts are Monday's, a third side's words the page's day
    let text = "LIMA — Peruvian President Kresna Wibowo agreed late Monday to hold early elections, Bolivian President Rudi Hartanto announced after regional leaders met in Lima.\n\nBolivia's foreign minister Budi Santoso, who was at the talks, pledged $50 million in aid to Peru.\n\nThe Chilean government praised the deal.";
    let d = code("en", text, "2024-03-12");
    let s = summary(&d);
    assert_eq!(event_coded(&d, "07").date.as_deref(), Some("2024-03-11"), "{s:?}");
    assert_eq!(event_coded(&d, "051").date.as_deref(), Some("2024-03-12"), "{s:?}");
}

#[test]
fn regression_a_second_object_after_and_was_coded_as_an_act_of_its_own() {
    // "paused arms aid and intelligence sharing": what was paused, not cooperation
    let d = code("en", "Washington paused arms aid and intelligence sharing to Lima earlier this month.", "2025-03-11");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, _, _)| c.starts_with("162") && a == "USA"), "{s:?}");
    assert!(!s.iter().any(|(c, _, _, _)| c.starts_with("06") || c.starts_with("03")), "{s:?}");
}

#[test]
fn regression_talks_after_which_an_announcement_came_had_no_day() {
    // "The announcement came after talks between …": the talks of the day the announcement was told
    let text = "SANTIAGO, May 6 (Reuters) - Peru announced on Tuesday that it would accept a Chilean offer of talks on fishing rights.\n\nThe announcement came after six hours of talks between Chilean and Peruvian delegations in Santiago.";
    let d = code("en", text, "2025-05-07");
    let talks = d.events.iter().find(|e| e.trigger.contains("talks between")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(talks.date.as_deref(), Some("2025-05-06"), "{:?}", summary(&d));
}

#[test]
fn regression_force_a_reaction_answers_was_counted_again() {
    // "Z condemned X's attack" after the attack was told with its day: one attack
    let text = "Presiden Bolivia Rudi Hartanto menelepon Presiden Peru Kresna Wibowo pada Sabtu (14/6), sehari setelah Chile melancarkan serangan ke pangkalan militer Peru.\n\nDalam percakapan itu, Rudi mengecam serangan Chile.\n\nChile menyerang tiga pangkalan di Peru pada Jumat (13/6).";
    let d = code("id", text, "2025-06-15");
    let s = summary(&d);
    let attacks = s.iter().filter(|(c, a, t, _)| c.starts_with("18") && a == "CHL" && t == "PER").count();
    assert_eq!(attacks, 1, "{s:?}");
}

#[test]
fn regression_an_act_after_a_visit_took_the_day_of_the_arrival() {
    // "visited X on Wednesday, one day after arriving" — "he also attended …": Wednesday's, not the arrival's
    let text = "LIMA (AP) — Bolivian President Rudi Hartanto met Peruvian President Kresna Wibowo in Lima on Friday.\n\nRudi toured a port in Callao on Wednesday, one day after arriving in Peru.\n\nIn Callao, he also attended the opening of a Peruvian trade fair.";
    let d = code("en", text, "2025-04-14");
    let s = summary(&d);
    assert!(!d.events.iter().any(|e| e.trigger == "attended" && e.date.as_deref() == Some("2025-04-08")), "{s:?}");
    assert!(d.events.iter().filter(|e| e.code.starts_with("04")).all(|e| e.date.as_deref() != Some("2025-04-08") || e.trigger.contains("arriving")), "{s:?}");
}

#[test]
fn regression_a_regret_a_proposed_ceasefire_a_war_as_topic_and_an_arrest_were_misread() {
    // "said the decision was regrettable": disapproval by the speaker's state
    let d = code("en", "Chile's foreign minister Rudi Hartanto said in Santiago that the move by Peru was regrettable.", "2022-09-30");
    assert!(summary(&d).iter().any(|(c, a, _, _)| c.starts_with("11") && a == "CHL"), "{:?}", summary(&d));
    // the ceasefire a proposal accepted names is not yet agreed by its proposer
    let d = code("en", "Bolivia announced on Tuesday that it would accept a Chilean proposal for a two-week ceasefire.", "2025-03-11");
    assert!(!summary(&d).iter().any(|(c, a, _, _)| c.starts_with("087") && a == "CHL"), "{:?}", summary(&d));
    // a war named as the topic of a stance is no new fighting
    let d = code("en", "Chile's foreign ministry has faulted the stance of Bolivia on the war with Peru.", "2023-04-14");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("19")), "{:?}", summary(&d));
    // "diamankan" is the passive of a police arrest
    let d = code("id", "Sleman - Kapolres Sleman mengatakan tujuh orang diamankan dalam kericuhan itu.", "2022-06-10");
    assert!(summary(&d).iter().any(|(c, _, _, _)| c.starts_with("173")), "{:?}", summary(&d));
}

#[test]
fn regression_a_state_in_the_doers_apposition_was_the_side_refused() {
    // "X, a key Y ally, has refused …": Y describes X, it is not whom X refused
    let d = code("en", "Peru, a key Chilean ally, has refused to send troops to the border.", "2024-04-02");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, _, _)| c.starts_with("12") && a == "PER"), "{s:?}");
    assert!(!s.iter().any(|(c, _, t, _)| c.starts_with("12") && t == "CHL"), "{s:?}");
}

#[test]
fn regression_a_king_named_again_by_his_title_was_the_last_person_named() {
    // "the king" is the person named with that title before, not the host named last
    let text = "SANTIAGO (Reuters) - Bolivia's King Rudi told Chilean President Kresna Wibowo in Santiago on Tuesday that Bolivia would take in 500 sick children from Peru.\n\nKresna hosted the king at the presidential palace.\n\n\"We will do what we can,\" the king told reporters.";
    let d = code("en", text, "2025-02-11");
    let s = summary(&d);
    assert!(has(&d, "043", "CHL", "BOL") || has(&d, "042", "BOL", "CHL") || has(&d, "040", "CHL", "BOL"), "{s:?}");
    assert_eq!(d.quotes.first().and_then(|q| q.speaker_name.as_deref()), Some("Rudi"), "{:?}", d.quotes);
    // people in need taken in: humanitarian aid offered, no seizure
    assert!(s.iter().any(|(c, a, _, _)| c.starts_with("0333") && a == "BOL") && !s.iter().any(|(c, _, _, _)| c.starts_with("17")), "{s:?}");
}

#[test]
fn regression_praise_of_a_persons_support_went_to_the_state_supported() {
    // "praising her support for X": praise of her, not of X
    let d = code("en", "President Rudi Hartanto of Chile welcomed Peruvian Prime Minister Kresna Wibowo to Santiago on Thursday, praising her firm support for Bolivia.", "2023-07-27");
    let s = summary(&d);
    assert!(has(&d, "051", "CHL", "PER") && !has(&d, "051", "CHL", "BOL"), "{s:?}");
}

#[test]
fn regression_relations_ended_a_visa_a_weighed_step_and_a_label_were_misread() {
    let d = code("en", "Chile ended relations with Peru on Saturday to safeguard its dignity, its foreign minister said.", "2023-03-26");
    assert!(has(&d, "161", "CHL", "PER"), "{:?}", summary(&d));
    let d = code("en", "Peru is weighing whether to quit a Chilean trade initiative it joined in 2019.", "2023-07-27");
    assert!(summary(&d).iter().any(|(c, _, _, _)| c == "014") && !summary(&d).iter().any(|(c, _, _, _)| c.starts_with("040")), "{:?}", summary(&d));
    let d = code("id", "Batam - Polisi menangkap dua warga negara Peru yang memegang visa kunjungan sejak Januari.", "2025-05-14");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("042")), "{:?}", summary(&d));
    let d = code("en", "Chile withheld aid to Peru last month after a border dispute.", "2025-02-11");
    assert!(summary(&d).iter().any(|(c, a, t, _)| c.starts_with("162") && a == "CHL" && t == "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_body_a_criticism_labels_inside_the_gap_was_no_target() {
    // "called the Bolivian junta illegitimate": the junta is whom the label criticises
    let d = code("en", "Chile's foreign minister Rudi Hartanto called the Bolivian junta illegitimate.", "2022-01-31");
    assert!(has(&d, "111", "CHL", "BOL"), "{:?}", summary(&d));
    let d = code("id", "Menteri Luar Negeri Cile Rudi Hartanto menyebut junta Bolivia tidak sah.", "2022-01-31");
    assert!(has(&d, "111", "CHL", "BOL"), "{:?}", summary(&d));
}

#[test]
fn regression_an_attended_summit_took_its_host_from_an_earlier_paragraph() {
    // "had attended the summit" names no host: not the last state named a paragraph before
    let text = "LIMA (AP) — Peru now ranks Chile beside Bolivia among its partners.\n\nPeru's president attended the summit.";
    let d = code("en", text, "2023-09-10");
    assert!(!summary(&d).iter().any(|(c, _, t, _)| c.starts_with("04") && (t == "BOL" || t == "CHL")), "{:?}", summary(&d));
}

#[test]
fn regression_a_war_named_as_a_proper_name_was_a_new_act() {
    // "the end of the Bolivian War": a past war, background whatever its date
    let d = code("en", "Chile and Peru renewed ties in 1990, long after the close of the Bolivia War.", "2023-09-10");
    assert!(d.events.iter().any(|e| e.code.starts_with("19")), "{:?}", summary(&d));
    assert!(d.events.iter().filter(|e| e.code.starts_with("19")).all(|e| e.background), "{:?}", d.events.iter().map(|e| (&e.code, e.background)).collect::<Vec<_>>());
}

#[test]
fn regression_an_expulsion_told_twice_counted_twice_and_took_the_deadline_as_its_day() {
    let text = "SANTIAGO, May 9 (Reuters) - Chile on Tuesday ordered a Peruvian diplomat in Santiago to leave the country, a day after Peru expelled a Chilean diplomat.\n\nChile's foreign ministry said Rudi Hartanto, consul at Peru's consulate general in Santiago, was named persona non grata and would have to depart by May 13.";
    let d = code("en", text, "2023-05-09");
    let out: Vec<_> = d.events.iter().filter(|e| (e.code.starts_with("16") || e.code.starts_with("17")) && e.actor.as_ref().and_then(|a| a.country.as_deref()) == Some("CHL")).collect();
    assert_eq!(out.len(), 1, "{:?}", summary(&d));
    assert_eq!(out[0].target.as_ref().and_then(|t| t.country.as_deref()), Some("PER"));
    assert_eq!(out[0].date.as_deref(), Some("2023-05-09"));
    // the consul at Peru's consulate is Peru's, and "consulate general" is no general
    let consul = d.entities.iter().find(|e| e.name == "Rudi Hartanto").expect("the consul");
    assert_eq!(consul.country.as_deref(), Some("PER"));
    assert!(!d.entities.iter().any(|e| e.roles.iter().any(|r| r.role == "general")), "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
}

#[test]
fn regression_the_government_of_a_named_leader_took_the_last_state_named() {
    let text = "SANTIAGO (Reuters) - Peru's Prime Minister Rudi Hartanto spoke on Monday.\n\nChile condemned the decision.\n\nKresna Wibowo, a Peruvian lawmaker, has accused the administration of Prime Minister Rudi Hartanto of acting too slowly.";
    let d = code("en", text, "2023-05-09");
    assert!(summary(&d).iter().any(|(c, a, t, _)| c.starts_with("11") && a == "PER" && t == "PER"), "{:?}", summary(&d));
    // information gathered on someone is no gathering
    let d = code("en", "A newspaper reported that the diplomat had gathered information on a Chilean lawmaker.", "2023-05-09");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("04")), "{:?}", summary(&d));
}

#[test]
fn regression_an_accusation_after_a_described_proposal_lost_its_doer() {
    // "rancangan yang adil dan menuding Y": a draft accuses no one, the speaker does
    let d = code("id", "Presiden Peru Kresna Wibowo mengatakan pihaknya membawa rancangan yang adil dan menuding Cile enggan menjalankan perjanjian.", "2023-09-15");
    assert!(has(&d, "112", "PER", "CHL"), "{:?}", summary(&d));
    // talks said to be wrecked are no new meeting
    let d = code("id", "Presiden Cile Rudi Hartanto menuding Kresna sengaja menggagalkan pembicaraan.", "2023-09-15");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("04")), "{:?}", summary(&d));
}

#[test]
fn regression_the_mediators_words_kept_the_pages_day() {
    // the body that mediated the talks the lead tells is no third side: its words are of the lead's day
    let text = "Jakarta, CNN Indonesia -- Presiden Cile Rudi Hartanto dan Presiden Peru Kresna Wibowo bertemu di Quito pada Kamis (21/9), tetapi perundingan yang dimediasi Uni Eropa tersebut buntu.\n\nUni Eropa menyalahkan Kresna atas kebuntuan tersebut.";
    let d = code("id", text, "2023-09-22");
    let blame = event_coded(&d, "112");
    assert_eq!(blame.date.as_deref(), Some("2023-09-21"), "{:?}", summary(&d));
}

#[test]
fn regression_a_first_name_went_to_the_person_with_that_last_name() {
    // "kata Ali" after "Ali Kresna" is the spokesman, not "Rudi Hartanto Ali", whom the story calls "Rudi"
    let text = "Sleman - KPK menahan Bupati Sleman Rudi Hartanto Ali, Selasa (7/5/2024).\n\nRudi meninggalkan ruang pemeriksaan dengan rompi oranye.\n\nJuru bicara KPK Ali Kresna mengatakan Rudi akan ditahan selama 20 hari.\n\n\"Ia kami tahan demi penyidikan,\" kata Ali di Sleman.";
    let d = code("id", text, "2024-05-07");
    assert_eq!(d.quotes.first().and_then(|q| q.speaker_name.as_deref()), Some("Ali Kresna"), "{:?}", d.quotes);
    // the room is no act
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("09")), "{:?}", summary(&d));
}

#[test]
fn regression_a_lower_case_name_of_a_body_hid_the_state_inside_it() {
    // "kapal penjaga pantai Jepang" is no body's name written so, but the state in it is named
    let d = code("id", "Manila - Kapal penjaga pantai Jepang menyemprotkan meriam air pada kapal Filipina.", "2024-01-30");
    assert!(summary(&d).iter().any(|(c, a, t, _)| c.starts_with("17") && a == "JPN" && t == "PHL"), "{:?}", summary(&d));
}

#[test]
fn regression_an_act_told_in_a_relative_clause_after_a_day_took_the_pages_day() {
    // "an assault … on November 9 that killed nine people": the killing is of that day
    let d = code("en", "Chile accuses Peru of arming fighters of the Rudi group, which claimed an assault close to the town of Talca on November 9 that killed nine people, most of them farmers.", "2024-01-11");
    let k = d.events.iter().find(|e| e.code.starts_with("19")).expect("the killing");
    assert_eq!(k.date.as_deref(), Some("2023-11-09"), "{:?}", summary(&d));
}

#[test]
fn regression_a_pope_an_audience_and_a_speaker_after_a_relative_clause_were_misread() {
    // a pope goes by one name and heads his own state; an audience is a meeting; "X, who …, said he …" is X
    let text = "VATICAN CITY (AP) — Chilean President Rudi Hartanto had a long audience with Pope Kresna in Rome on Monday.\n\nPeruvian President Budi Santoso, who once called Kresna a fool, said he felt deeply saddened.";
    let d = code("en", text, "2024-02-12");
    let pope = d.entities.iter().find(|e| e.name == "Kresna").expect("the pope");
    assert_eq!(pope.country.as_deref(), Some("VAT"));
    assert!(summary(&d).iter().any(|(c, a, t, _)| c.starts_with("04") && a == "CHL" && t == "VAT"), "{:?}", summary(&d));
    assert!(summary(&d).iter().any(|(c, a, _, _)| c == "110" && a == "PER"), "{:?}", summary(&d));
    // a death of old age is no force
    let d = code("en", "Pope Kresna died in his residence at the age of 91, the Vatican said.", "2025-04-21");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("19")), "{:?}", summary(&d));
    // the demands on a banner and a post taken up are no acts
    let d = code("id", "Lima - Massa membawa spanduk berisi tuntutan sejak Rudi mulai menduduki posisi gubernur.", "2025-05-20");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("10") || c.starts_with("19")), "{:?}", summary(&d));
}

#[test]
fn regression_border_guards_and_immigration_officers_were_no_side() {
    // a state's border guards and immigration office act for it
    let d = code("en", "SANTIAGO (Reuters) - Chilean border guards detained Rudi Hartanto on Wednesday at the Peruvian frontier.", "2023-09-27");
    assert!(summary(&d).iter().any(|(c, a, _, _)| c.starts_with("173") && a == "CHL"), "{:?}", summary(&d));
    // (and a headline naming foreigners by their nationality, "WN Peru", does not make their state the story's)
    let d = code_titled("id", Some("Imigrasi Deportasi Dua WN Peru yang Berulah di Tabanan"), "Badung - Kantor Imigrasi Denpasar memulangkan paksa dua warga negara (WN) Peru berinisial AF, Jumat (6/5/2022).", "2022-05-06");
    assert!(has(&d, "174", "IDN", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_hosting_told_after_as_and_a_suggestion_were_lost() {
    let text = "SANTIAGO (AP) — Chilean President Budi Santoso said Tuesday that Peru should hand over the island, as he hosted Bolivian President Rudi Hartanto at the palace.\n\nThe two men held talks over lunch, and Budi spoke of suggesting Peru take in the displaced people.\n\nA senior Peruvian official called the remarks ridiculous.";
    let d = code("en", text, "2025-02-05");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, t, _)| c.starts_with("04") && a == "CHL" && t == "BOL"), "{s:?}");
    assert!(s.iter().any(|(c, a, _, _)| c.starts_with("11") && a == "PER"), "{s:?}");
}

#[test]
fn regression_two_states_giving_aid_side_by_side_aided_each_other() {
    // "X and Y took in refugees": each gives, neither to the other
    let d = code("en", "Chile and Peru took in refugees from Bolivia.", "2025-02-05");
    let s = summary(&d);
    assert!(!s.iter().any(|(_, a, t, _)| (a == "CHL" && t == "PER") || (a == "PER" && t == "CHL")), "{s:?}");
    // a step in a process is no stepping in; one said to have been arrested was arrested
    let d = code("en", "Chile and Peru signed a pact on Thursday, which they called the next step in their ties.", "2025-06-12");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("07")), "{:?}", summary(&d));
    let d = code("en", "His wife told reporters that Rudi Hartanto had been arrested by Chilean police and asked for support.", "2023-09-27");
    assert!(summary(&d).iter().any(|(c, _, _, _)| c.starts_with("173")) && !summary(&d).iter().any(|(c, _, _, _)| c.starts_with("171")), "{:?}", summary(&d));
    // a longer party name is not the shorter one inside it
    let d = code("id", "Perdana Menteri Jepang Rudi Hartanto mengumumkan mundur sebagai pemimpin Partai Demokrat Liberal.", "2025-09-07");
    assert!(!d.events.iter().any(|e| e.target.as_ref().and_then(|t| t.country.as_deref()) == Some("IDN")), "{:?}", summary(&d));
}

#[test]
fn regression_a_second_congratulation_went_to_the_state_named_last_or_to_the_people_it_spoke_for() {
    // "Z juga mengucapkan selamat atas nama warga Z": aimed where the first one was, not at Z's people nor at the
    // last state named
    let text = "Jakarta - Presiden Cile Rudi Hartanto mengucapkan selamat kepada Paus Kresna dan menyebut paus baru asal Bolivia itu sebagai kebanggaan kawasan.\n\nPresiden Peru Budi Santoso juga mengucapkan selamat atas nama warga Peru.";
    let d = code("id", text, "2025-05-09");
    assert!(has(&d, "051", "PER", "VAT"), "{:?}", summary(&d));
    // a campaign run on a platform demands nothing
    let d = code("en", "Peru's president, who campaigned on a 'Chile Out' platform, took office last year.", "2024-10-07");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("10")), "{:?}", summary(&d));
}

#[test]
fn regression_a_side_claiming_another_attacked_was_coded_as_the_attack_asserted() {
    // "X claimed that Y had attacked …": X's accusation of Y (112), the attack only reported
    let d = code("en", "Chile on Monday claimed that Peru had attacked a border post.", "2025-03-04");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, t, m)| c == "112" && a == "CHL" && t == "PER" && m == "asserted"), "{s:?}");
    assert!(s.iter().any(|(c, a, _, m)| c.starts_with("18") && a == "PER" && m == "reported") && !s.iter().any(|(c, _, _, m)| c.starts_with("18") && m == "asserted"), "{s:?}");
    let d = code("id", "Pemerintah Chile mengklaim bahwa pasukan Peru menyerang pos perbatasan.", "2025-03-04");
    assert!(summary(&d).iter().any(|(c, a, t, _)| c == "112" && a == "CHL" && t == "PER"), "{:?}", summary(&d));
    // news heard is no claim: no accusation by the side that heard it
    let d = code("id", "Polisi Chile mendapat kabar bahwa pasukan Peru menyerang pos perbatasan.", "2025-03-04");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("11")), "{:?}", summary(&d));
}

#[test]
fn regression_aid_received_from_a_side_was_no_act() {
    // "X received weapons from Y": Y gave, X got (frame receive)
    let d = code("en", "Peru received weapons and ammunition from Chile last year.", "2025-03-04");
    assert!(has(&d, "072", "CHL", "PER"), "{:?}", summary(&d));
    let d = code("id", "Pemerintah Peru menerima bantuan kemanusiaan dari Chile pada Senin.", "2025-03-04");
    assert!(has(&d, "073", "CHL", "PER"), "{:?}", summary(&d));
    // no giver named, no act between sides
    let d = code("en", "Peru received aid last year.", "2025-03-04");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("07")), "{:?}", summary(&d));
    // pressure or criticism faced from a side is that side's
    let d = code("en", "The Bolivian government faces mounting pressure from Chile over the dam.", "2025-03-04");
    assert!(has(&d, "10", "CHL", "BOL"), "{:?}", summary(&d));
    let d = code("id", "Rencana pemerintah Bolivia itu menuai kecaman dari Chile.", "2025-03-04");
    assert!(has(&d, "111", "CHL", "BOL"), "{:?}", summary(&d));
    let d = code("en", "Peru faced criticism over the vote.", "2025-03-04");
    assert!(summary(&d).is_empty(), "{:?}", summary(&d));
}

#[test]
fn regression_men_sought_in_a_killing_were_an_appeal() {
    // people sought in a crime are looked for: no appeal, no intent
    let d = code("en", "A Chilean court issued warrants for two Peruvian men sought in the brutal killing of a student.", "2025-03-04");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("02") || c.starts_with("03")), "{:?}", summary(&d));
    assert!(summary(&d).iter().any(|(c, a, _, _)| c.starts_with("17") && a == "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_wanting_another_side_to_act_was_no_appeal() {
    // "X wants Y to withdraw": an appeal to Y, specific by what is asked (0256)
    let d = code("en", "Chile wants Peru to withdraw its soldiers from the frontier.", "2025-03-04");
    assert!(summary(&d).iter().any(|(c, a, t, _)| c.starts_with("02") && a == "CHL" && t == "PER"), "{:?}", summary(&d));
    // "wants to reopen" is the wanter's own intent: coded, no appeal
    let d = code("en", "Chile wants to reopen its embassy in Peru.", "2025-03-04");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, _, m)| c.starts_with("03") && a == "CHL" && m == "intended") && !s.iter().any(|(c, _, _, _)| c.starts_with("02")), "{s:?}");
    // nor is wanting a person
    let d = code("en", "His supporters in Chile want him, and Peru wants him too.", "2025-03-04");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("02")), "{:?}", summary(&d));
}

#[test]
fn regression_a_protest_aimed_at_no_one_had_no_recipient() {
    // a demonstration with no one named is aimed at the government of the state it took place in
    for (lang, text) in [("en", "Thousands of Peruvian students demonstrated on Monday against the new pension law."), ("id", "Ribuan buruh Peru menggelar aksi mogok kerja pada Senin menolak aturan baru itu.")] {
        let d = code(lang, text, "2025-03-04");
        let e = event_coded(&d, "14");
        assert_eq!(e.target.as_ref().and_then(|t| t.code.as_deref()), Some("PERGOV"), "{text}: {:?}", summary(&d));
    }
    // not a state organ's own act, nor a riot's
    let d = code("en", "Peruvian police blocked the main road to the port on Monday.", "2025-03-04");
    assert!(!summary(&d).iter().any(|(c, a, t, _)| c.starts_with("14") && a == "PER" && t == "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_ship_ramming_another_was_no_act_and_its_accuser_was_the_rammed_state() {
    // "kapal X menabrak kapal Y": force at sea (190)
    let d = code("id", "Kapal penjaga pantai Chile menabrak kapal patroli Peru di perairan sengketa, Sabtu (3/5/2025).", "2025-05-04");
    assert!(has(&d, "190", "CHL", "PER"), "{:?}", summary(&d));
    // "X mengatakan kapal Y menabrak kapalnya dan menuduh <ibu kota Y> …": X accuses, not Y's ship its own capital
    let d = code("id", "Penjaga pantai Peru mengatakan kapal Chile menabrak kapal patroli mereka dengan sengaja dan menuduh Santiago memprovokasi.", "2025-05-04");
    assert!(has(&d, "112", "PER", "CHL") && !has(&d, "112", "CHL", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_signatories_told_after_a_signing_by_states_made_no_contact() {
    // "X and Y signed a treaty" — "Prime Ministers A and B put their names to a pact": the signing is theirs
    let text = "LIMA, March 3 (Reuters) - Chile and Peru signed a border treaty in Lima on Monday.\n\nChilean Prime Minister Rudi Hartanto and his Peruvian counterpart Budi Santoso put their signatures to the accord at the foreign ministry.";
    let d = code("en", text, "2025-03-03");
    let e = event_coded(&d, "057");
    assert!(e.actor.as_ref().and_then(|a| a.entity.as_deref()).is_some_and(|x| x.contains("person")), "{:?}", d.events);
    // and what a detained person's case is told in a quote is not placed where the quote was spoken
    let d = code("id", "\"Betul, orang itu telah ditahan oleh polisi Peru,\" kata Rudi Hartanto di Gedung Sate, Bandung, Jumat (24/1/2025).", "2025-01-24");
    let e = event_coded(&d, "17");
    assert!(e.location.as_ref().is_none_or(|l| !l.name.contains("Bandung")), "{:?}", e.location);
    // an extradition request being completed is one
    let d = code("id", "JAKARTA - Menteri Hukum Kresna Wibowo menyatakan pemerintahnya segera melengkapi berkas permintaan ekstradisi tersangka itu kepada Peru.", "2025-01-24");
    assert!(has(&d, "02", "IDN", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_dateline_town_no_list_knows_was_of_the_first_country_named() {
    // "<kota> (ANTARA) - … di <kota>, <negara>": the town is of the state named after its comma, not the lead's first state,
    // so that state is where the signing was, not a side of it
    let text = "Villa Kresna (ANTARA) - Presiden Chile Rudi Hartanto dan Presiden Bolivia Budi Santoso menandatangani perjanjian perbatasan di Villa Kresna, Peru, Jumat (10/11).";
    let d = code("id", text, "2023-11-11");
    let s = summary(&d);
    assert!(s.iter().any(|(c, a, t, _)| c.starts_with("057") && ((a == "CHL" && t == "BOL") || (a == "BOL" && t == "CHL"))) && !s.iter().any(|(_, _, t, _)| t == "PER"), "{s:?}");
}

#[test]
fn regression_a_currency_s_state_was_the_recipient_of_a_cut_in_aid() {
    // "membekukan bantuan dana senilai 5 juta dollar Peru untuk Bolivia": the dollar's state is no side
    let d = code("id", "Pemerintah Chile membekukan bantuan dana senilai 5 juta dollar Peru untuk Bolivia, Kamis (19/6/2025).", "2025-06-20");
    assert!(has(&d, "162", "CHL", "BOL"), "{:?}", summary(&d));
    // calling a decision disappointing reproaches its maker
    let d = code("id", "Pemerintah Chile membekukan bantuan untuk Bolivia, Kamis (19/6/2025).\n\nPresiden Bolivia Budi Santoso menyebut keputusan itu mengecewakan.", "2025-06-20");
    assert!(has(&d, "111", "BOL", "CHL"), "{:?}", summary(&d));
    // digging trenches investigates nothing
    let d = code("en", "Villagers in Peru were digging deep trenches for the Chilean army.", "2025-06-20");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("09")), "{:?}", summary(&d));
}

#[test]
fn regression_talks_a_day_before_a_retold_meeting_had_no_day() {
    // "The two presidents met at the palace, a day after X held talks with Y": the talks are a day before the meeting's day
    let text = "LIMA, June 20 (Reuters) - Chilean President Rudi Hartanto met Peruvian President Budi Santoso in Lima on Friday.\n\nThe two presidents met at the palace, a day after Hartanto held talks with Peru's prime minister.";
    let d = code("en", text, "2025-06-20");
    assert!(d.events.iter().any(|e| e.code.starts_with("04") && e.date.as_deref() == Some("2025-06-19")), "{:?}", d.events.iter().map(|e| (&e.code, &e.date, &e.trigger)).collect::<Vec<_>>());
}

#[test]
fn regression_a_second_release_after_and_took_the_first_clause_s_subject() {
    // "X freed A and Y released B": the second clause has its own subject, so each side released the other's people
    let d = code("en", "LIMA, Dec 13 (Reuters) - Peru freed 32 Chilean soldiers and Chile released two Peruvian servicemen on Wednesday.", "2023-12-13");
    assert!(has(&d, "0841", "PER", "CHL") && has(&d, "0841", "CHL", "PER"), "{:?}", summary(&d));
    // (subjects joined by "and" before one verb stay one side each of one act)
    let d = code("en", "LIMA, Dec 13 (Reuters) - Peru and Chile signed a border treaty on Wednesday.", "2023-12-13");
    assert!(d.events.iter().filter(|e| e.code.starts_with("057")).count() == 1, "{:?}", summary(&d));
}

#[test]
fn regression_fighting_told_since_or_for_decades_was_dated_as_news() {
    let dated = |d: &Doc, code: &str| d.events.iter().find(|e| e.code.starts_with(code)).map(|e| (e.background, e.date.clone())).unwrap_or_else(|| panic!("{:?}", summary(d)));
    // an act in a clause "since" opens, with no time of its own, is background with no day
    let d = code("en", "LIMA, Dec 13 (Reuters) - The visit on Wednesday was the first since Peru and Chile fought on the border.", "2023-12-13");
    assert_eq!(dated(&d, "19"), (true, None));
    let d = code("id", "LIMA - Kunjungan pada Rabu (13/12) itu yang pertama sejak Peru dan Chile bertempur di perbatasan.", "2023-12-14");
    assert_eq!(dated(&d, "19"), (true, None));
    // … and one lasting a year or more after "for"/"selama"
    let d = code("en", "LIMA, Dec 13 (Reuters) - Peru and Chile have fought over the desert for over three decades.", "2023-12-13");
    assert_eq!(dated(&d, "19"), (true, None));
    let d = code("en", "LIMA, Dec 13 (Reuters) - Peruvian rebels have been fighting the Chilean army for years.", "2023-12-13");
    assert_eq!(dated(&d, "19"), (true, None));
    // (a penalty's term is no span of the act: the ban is news)
    let d = code("en", "LIMA, Dec 13 (Reuters) - A Peruvian court on Wednesday banned Chilean traders from the market for 10 years.", "2023-12-13");
    assert!(!dated(&d, "17").0, "{:?}", summary(&d));
    // a bare "the clashes" opening the next sentence is that fighting, between the same two states
    let d = code("id", "LIMA - Kunjungan pada Rabu (13/12) itu yang pertama sejak Peru dan Chile bertempur di perbatasan.\n\nBentrokan pada Mei 2019 menewaskan 40 orang.", "2023-12-14");
    let e = d.events.iter().find(|e| e.trigger.starts_with("Bentrokan")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    let sides = [e.actor.as_ref().and_then(|p| p.country.clone()), e.target.as_ref().and_then(|p| p.country.clone())];
    assert!(sides.contains(&Some("PER".into())) && sides.contains(&Some("CHL".into())), "{sides:?}");
}

#[test]
fn regression_a_region_description_before_a_state_s_name_hid_the_subject() {
    // "The South American nation of Peru said it would …": the description is the name's apposition, not an anaphor
    let d = code("en", "LIMA, Jan 15 (Reuters) - The South American nation of Peru announced on Tuesday that it intends to cut diplomatic ties with Chile and recognise Bolivia.", "2024-01-15");
    assert!(has(&d, "161", "PER", "CHL"), "{:?}", summary(&d));
    // (a verb's base form after "and" opens a second act: Bolivia is no second side whose ties were cut)
    assert!(!has(&d, "161", "PER", "BOL"), "{:?}", summary(&d));
    // welcoming a state's decision praises it (051), it hosts no one
    let d = code("en", "LIMA, Jan 15 (Reuters) - Bolivia's government welcomed Peru's decision on Monday.", "2024-01-15");
    assert!(has(&d, "051", "BOL", "PER") && !summary(&d).iter().any(|(c, _, _, _)| c.starts_with("043")), "{:?}", summary(&d));
    // recognition switched from one state to another recognises the second
    let d = code("en", "LIMA, Jan 15 (Reuters) - Peru switched recognition from Chile to Bolivia in 2002.", "2024-01-15");
    assert!(has(&d, "054", "PER", "BOL"), "{:?}", summary(&d));
}

#[test]
fn regression_claims_of_one_s_own_act_and_cues_around_a_day() {
    // a side claiming its own act claims responsibility (015)
    let d = code("en", "LIMA, Jan 15 (Reuters) - Peru claimed that its troops had attacked Chile.", "2024-01-15");
    assert!(has(&d, "015", "PER", "CHL"), "{:?}", summary(&d));
    // "claimed on Monday that …": the cue reads on past the day and its preposition
    let d = code("en", "LIMA, Jan 15 (Reuters) - Peru claimed on Monday that Chilean troops had attacked a border post.", "2024-01-15");
    assert!(has(&d, "112", "PER", "CHL"), "{:?}", summary(&d));
    // a participle behind an intended verb's object is no intended act: the deportations are the other side's
    let d = code("en", "LIMA, Jan 15 (Reuters) - Peru agreed on Friday to take back citizens deported from Chile.", "2024-01-15");
    assert!(!summary(&d).iter().any(|(c, a, _, _)| c.starts_with("174") && a == "PER"), "{:?}", summary(&d));
    // pressure faced from a body named by its sector alone is that body's
    let d = code("en", "The Peruvian president faces pressure from Congress.", "2024-01-15");
    assert!(d.events.iter().any(|e| e.code.starts_with("10") && e.actor.as_ref().and_then(|a| a.sector.as_deref()) == Some("LEG")), "{:?}", summary(&d));
    // raising a state's human rights abuses in a speech accuses it
    let d = code("id", "LIMA - Presiden Chile Rudi Hartanto menyinggung pelanggaran hak asasi warga di Arequipa dalam pidatonya, Sabtu (25/9/2021).", "2021-09-26");
    assert!(has(&d, "112", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_lead_whose_first_act_followed_after_left_the_story_undated() {
    // the lead's first act told after "setelah" has no day of its own; the day its sentence tells is the story's, so the
    // reply told next, undated, on a page of the next day, is of that day
    let text = "Jakarta - Peru kembali menjawab di sidang umum PBB, Sabtu (25/9/2021), setelah Presiden Chile Rudi Hartanto menyinggung pelanggaran hak asasi warga di Arequipa dalam pidatonya.\n\nDiplomat Peru Kresna Wibowo menolak tudingan tersebut.";
    let d = code("id", text, "2021-09-26");
    let e = d.events.iter().find(|e| e.trigger.starts_with("menolak")).unwrap_or_else(|| panic!("{:?}", summary(&d)));
    assert_eq!(e.date.as_deref(), Some("2021-09-25"), "{:?}", summary(&d));
}

#[test]
fn regression_energy_cut_off_and_an_attack_by_a_gendarme_were_not_coded() {
    // halting a side's gas supplies is an embargo on it (163), in both languages
    let d = code("en", "LIMA, Jan 1 (Reuters) - Peru's state energy firm on Wednesday halted its gas supplies to Bolivia.", "2025-01-01");
    assert!(has(&d, "163", "PER", "BOL"), "{:?}", summary(&d));
    let d = code("id", "LIMA - Pemerintah Peru menghentikan pasokan gas ke Bolivia, Rabu (1/1/2025).", "2025-01-02");
    assert!(has(&d, "163", "PER", "BOL"), "{:?}", summary(&d));
    // a member of the gendarmerie is of the police (COP) of the story's state; "di kota X" names a town no list knows
    let d = code("id", "Lima (ANTARA) - Presiden Peru Rudi Hartanto terluka setelah diserang memakai pisau oleh anggota gendarmerie di kota Huaralito, Jumat (13/9).", "2024-09-14");
    let e = event_coded(&d, "18");
    assert_eq!(e.actor.as_ref().and_then(|a| a.sector.as_deref()), Some("COP"), "{:?}", summary(&d));
    assert_eq!(e.location.as_ref().map(|l| l.name.as_str()), Some("Huaralito"));
    // "negara asal mereka" names no side: no state refuses here
    let d = code("id", "LIMA - Peru mendeportasi tiga warga asing ke Bolivia, Rabu (16/7/2025). Ketiga orang itu berasal dari Chile, Kuba, dan Yaman.\n\nNegara asal mereka menolak memulangkan ketiganya.", "2025-07-16");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("12")), "{:?}", summary(&d));
}

#[test]
fn regression_people_working_for_a_state_s_intelligence_were_of_their_own_state() {
    // people said to act for a side ("yang bekerja untuk intelijen X", "working for X intelligence") stand for it
    let d = code("id", "LIMA - Perdana Menteri Peru Rudi Hartanto menuduh dua warga Bolivia yang bekerja untuk intelijen Chile meledakkan rel kereta, Selasa (18/11/2025).", "2025-11-19");
    assert!(has(&d, "112", "PER", "CHL"), "{:?}", summary(&d));
    let d = code("en", "LIMA, Nov 18 (Reuters) - Peru accused two Bolivians working for Chilean intelligence of blowing up a railway line.", "2025-11-18");
    assert!(has(&d, "112", "PER", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_rejecting_an_accusation_was_aimed_at_the_place_named_last() {
    // calling an accusation told before groundless is aimed at the side that made it, not at a place named between
    let text = "LIMA - Perdana Menteri Peru Rudi Hartanto menuduh intelijen Chile meledakkan rel kereta, Selasa (18/11/2025), sebelum para pelaku kabur ke Bolivia.\n\nJuru bicara Kementerian Luar Negeri Chile Kresna Wibowo menyebut tudingan tersebut tidak berdasar.";
    let d = code("id", text, "2025-11-19");
    assert!(has(&d, "111", "CHL", "PER"), "{:?}", summary(&d));
    assert!(!has(&d, "111", "CHL", "BOL"), "{:?}", summary(&d));
}

#[test]
fn regression_losing_a_confidence_vote_was_not_coded() {
    // an office holder who loses a confidence vote is put out of office by the assembly (172, the holder the target)
    let d = code("en", "LIMA, June 3 (AP) - Peru's Prime Minister Rudi Hartanto lost a parliamentary confidence vote on Tuesday.", "2025-06-03");
    assert!(has(&d, "172", "PER", "PER"), "{:?}", summary(&d));
    let d = code("id", "Santiago (ANTARA) - Perdana Menteri Chile Rudi Hartanto kalah dalam mosi tidak percaya, Selasa (3/6/2025).", "2025-06-03");
    assert!(has(&d, "172", "CHL", "CHL"), "{:?}", summary(&d));
    // the vote's count told next is that removal again
    let d = code("en", "LIMA, June 3 (AP) - Peru's Prime Minister Rudi Hartanto lost a parliamentary confidence vote on Tuesday.\n\nLawmakers in Congress voted 94 to 27 against Hartanto.", "2025-06-03");
    assert!(has(&d, "172", "PER", "PER") && !summary(&d).iter().any(|(c, _, _, _)| c.starts_with("12")), "{:?}", summary(&d));
    // one who survives it is not
    let d = code("en", "LIMA, June 3 (AP) - Peru's Prime Minister Rudi Hartanto survived a parliamentary confidence vote on Tuesday.", "2025-06-03");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("17")), "{:?}", summary(&d));
}

#[test]
fn regression_a_foiled_coup_dated_by_its_clause_and_jets_sent_were_not_coded() {
    // a government that foils a coup attempt coerces its plotters (170); the act, dated by the page alone, takes the day the
    // relative clause on its object tells on a page of the next day, and so does the next undated act
    let text = "LIMA - Pemerintah Peru mengaku berhasil menggagalkan upaya kudeta yang dilakukan sejumlah perwira pada Minggu (7/12).\n\nAtas permintaan pemerintah Peru, Bolivia mengerahkan pesawat tempur ke Lima.";
    let d = code("id", text, "2025-12-08");
    let e = event_coded(&d, "170");
    assert_eq!(e.date.as_deref(), Some("2025-12-07"), "{:?}", summary(&d));
    // fighter jets sent to a place are a show of force (150)
    assert!(has(&d, "150", "BOL", "PER"), "{:?}", summary(&d));
    assert_eq!(event_coded(&d, "150").date.as_deref(), Some("2025-12-07"), "{:?}", summary(&d));
    // words about an act told in such a clause are of the page's day
    let d = code("id", "LIMA - Peru mengecam latihan militer Chile yang dimulai pada Minggu (7/12).", "2025-12-08");
    assert_eq!(event_coded(&d, "111").date.as_deref(), Some("2025-12-08"), "{:?}", summary(&d));
}

#[test]
fn regression_learning_taking_refuge_a_failed_attempt_and_a_gerund_were_coded_as_acts() {
    let d = code("en", "LIMA, Nov 4 (Reuters) - Peru broke off ties with Chile on Tuesday after learning that Chile had granted asylum to a former minister, who took refuge at Chile's mission in Lima.", "2025-11-04");
    assert!(has(&d, "161", "PER", "CHL"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("04") || c.starts_with("171")), "{:?}", summary(&d));
    let d = code("en", "The minister is on trial over her role in Rudi Hartanto's failed attempt at a coup.", "2025-11-03");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("12")), "{:?}", summary(&d));
    // a gerund opening a clause, a copula after its object, is what is talked of
    let d = code("en", "Chilean diplomats said on Monday that granting asylum is a lawful act.", "2025-11-03");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("07")), "{:?}", summary(&d));
}

#[test]
fn regression_an_unfriendly_act_and_a_disproportionate_break_criticised_no_one() {
    let text = "LIMA, Nov 4 (Reuters) - Chile granted asylum to a former Peruvian minister on Monday.\n\nPeru's foreign minister said Lima considered the move an unfriendly act.";
    let d = code("en", text, "2025-11-04");
    assert!(has(&d, "111", "PER", "CHL"), "{:?}", summary(&d));
    let text = "LIMA, Nov 4 (Reuters) - Peru severed its diplomatic relations with Chile on Tuesday.\n\nChilean diplomats said that step was excessive and disproportionate.";
    let d = code("en", text, "2025-11-04");
    assert!(has(&d, "111", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_deadline_dated_the_demand_and_officials_from_the_two_countries_met_no_one() {
    // a time after "by" past the act is a deadline: the demand is of the day it was told
    let d = code("en", "LIMA, Jan 14 (Reuters) - Peru has formally asked Chile to pull its soldiers out of the border zone by March 15, an official said on Sunday.", "2024-01-14");
    let e = event_coded(&d, "02");
    assert_eq!(e.date.as_deref(), Some("2024-01-14"), "{:?}", summary(&d));
    // "officials from both countries" are the pair the act before was between
    let text = "LIMA, Jan 14 (Reuters) - Peru has formally asked Chile to pull its soldiers out of the border zone, an official said on Sunday.\n\nOfficials from both countries met in Lima on Sunday for talks on the pullout.";
    let d = code("en", text, "2024-01-14");
    assert!(has(&d, "04", "PER", "CHL") || has(&d, "04", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_law_enforcement_officers_of_a_state_were_the_home_country_s() {
    // "aparat penegak hukum X" is X's police, whatever the dateline's state
    let d = code("id", "SANTIAGO, KOMPAS.com - Chile memprotes Peru setelah aparat penegak hukum Peru menyerang awak kapal nelayan Chile pada Sabtu (28/9/2024).", "2024-10-03");
    assert!(has(&d, "18", "PER", "CHL"), "{:?}", summary(&d));
    // a people's adjective the generated list spells otherwise ("Maldivian") names its state
    let d = code("en", "LIMA, Jan 8 (Reuters) - Peru on Monday summoned the Maldivian envoy.", "2024-01-08");
    assert!(summary(&d).iter().any(|(_, a, t, _)| a == "PER" && t == "MDV"), "{:?}", summary(&d));
}

#[test]
fn regression_special_forces_sent_abroad_were_no_deployment_and_their_arrival_a_visit() {
    // special forces deployed to another state's capital are a deployment (154); troops arriving there are that deployment
    // told again, no visit (042)
    let text = "LIMA, March 11 (Reuters) - Peru deployed its special forces to Bolivia's capital La Paz to guard the palace, the Peruvian defence ministry announced on Tuesday.\n\nThe ministry said the soldiers had arrived in La Paz.";
    let d = code("en", text, "2025-03-11");
    assert!(has(&d, "154", "PER", "BOL"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("042")), "{:?}", summary(&d));
}

#[test]
fn regression_a_time_past_an_infinitive_of_another_verb_dated_the_accusation() {
    // "charged X with funding a scheme to block her swearing-in in June": June is the swearing-in, and the charge is of
    // the day told (here the page's)
    let d = code("en", "LIMA, Sept 29 (Reuters) - Peru's president-elect Rudi Hartanto accused Chile of funding a scheme to block his swearing-in in January.", "2023-09-29");
    let e = event_coded(&d, "11");
    assert_eq!(e.date.as_deref(), Some("2023-09-29"), "{:?}", summary(&d));
    // the act's own complement keeps its time: a refusal to appear on a day is of that day
    let d = code("en", "LIMA, Dec 29 (Reuters) - Peru's foreign minister refused to appear at a hearing of Chile's senate on Monday, December 27.", "2004-12-29");
    let e = event_coded(&d, "12");
    assert_eq!(e.date.as_deref(), Some("2004-12-27"), "{:?}", summary(&d));
}

#[test]
fn regression_coordinated_subjects_acting_on_a_third_states_agent_were_one_anothers_target() {
    // "X and Y trained Z's police": both act on Z's police, not X on Y
    let d = code("en", "Chile and Peru trained Bolivia's police.", "2023-01-26");
    assert!(has(&d, "03", "CHL", "BOL") && has(&d, "03", "PER", "BOL"), "{:?}", summary(&d));
    assert!(!has(&d, "03", "CHL", "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_habit_told_with_has_long_was_an_act_of_the_story() {
    // "have long trained", "has long accused": what a side has long done is its habit, no act told here
    let d = code("en", "SANTIAGO (AP) — Chile said on Thursday it would review its police cooperation with Bolivia. Peru has long accused Bolivia of smuggling.", "2023-01-26");
    assert!(!summary(&d).iter().any(|(c, a, _, _)| c.starts_with("11") && a == "PER"), "{:?}", summary(&d));
}

#[test]
fn regression_a_police_raid_was_an_assault_and_its_seizure_a_second_act() {
    // a raid by prosecutors and police is a search by force (17), no assault (18), and the seizure told with it is the
    // same act; a raid by armed men stays force
    let d = code("en", "LIMA, Sept 29 (Reuters) - Police and prosecutors in Peru raided the headquarters of the national electoral board on Friday and confiscated crates of voting papers.", "2023-09-29");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("18") || c.starts_with("19")), "{:?}", summary(&d));
    assert_eq!(summary(&d).iter().filter(|(c, _, _, _)| c.starts_with("17")).count(), 1, "{:?}", summary(&d));
    let d = code("id", "Santiago (ANTARA) - Polisi Cile menggerebek sebuah gudang di Santiago pada Kamis (7/3/2024).", "2024-03-07");
    assert!(has(&d, "170", "CHL", "-") || summary(&d).iter().any(|(c, a, _, _)| c == "170" && a == "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_ending_an_agreement_with_a_state_and_security_ties_in_a_region() {
    // "would end its policing agreement with X" reduces relations with X (16); "deepen security ties in the Andes"
    // is a noun, no verb 'tie in' (060)
    let d = code("en", "SANTIAGO (AP) — Chile's new president announced on Friday that Chile would end its policing and exchange agreement with Peru, which hurts Lima's plans to deepen security ties in the Andes.", "2023-01-26");
    assert!(has(&d, "16", "CHL", "PER"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("06")), "{:?}", summary(&d));
}

#[test]
fn regression_a_fight_its_victim_died_in_was_a_second_act_beside_the_storming() {
    // "X tewas dalam sebuah baku tembak ketika aparat keamanan menyerbu kantor partainya": one act, the security forces' on X's
    // side
    let d = code("id", "Santiago - Pemimpin oposisi utama Cile, Rudi Hartanto Wibowo, tewas dalam sebuah baku tembak ketika aparat keamanan menyerbu kantor partainya di Santiago pada Kamis (7/3/2024).", "2024-03-07");
    let force: Vec<_> = summary(&d).into_iter().filter(|(c, _, _, _)| c.starts_with("18") || c.starts_with("19")).collect();
    assert_eq!(force.len(), 1, "{:?}", summary(&d));
    assert_eq!((force[0].1.as_str(), force[0].2.as_str()), ("CHL", "CHL"), "{:?}", summary(&d));
}

#[test]
fn regression_a_capital_replying_by_a_gerund_was_no_doer() {
    // "Lima reacted a few hours later by ordering X's envoy to leave": the capital stands for its state, the doer of the gerund
    let d = code("en", "SANTIAGO, Nov 28 (Reuters) - Chile expelled Peru's ambassador on Saturday, and Lima reacted a few hours later by ordering Chile's envoy to leave.", "2020-11-28");
    assert!(has(&d, "16", "PER", "CHL"), "{:?}", summary(&d));
    // a foreign state's ministry saying an envoy would be expelled, in a story from the other capital, is the doer; told a
    // sentence or two after the expulsion itself, it is that expulsion again
    let text = "SANTIAGO, Nov 28 (Reuters) - Peru ordered Chile's envoy to leave on Saturday.\n\nThe row began over a speech in Lima last week.\n\nPeru's foreign ministry said Chile's ambassador Rudi Hartanto would be expelled as a reply.";
    let d = code("en", text, "2020-11-28");
    assert!(!summary(&d).iter().any(|(c, a, _, _)| (c.starts_with("16") || c.starts_with("17")) && a == "CHL"), "{:?}", summary(&d));
    assert_eq!(summary(&d).iter().filter(|(c, _, _, _)| c.starts_with("16") || c.starts_with("17")).count(), 1, "{:?}", summary(&d));
}

#[test]
fn regression_a_sentence_and_a_ban_on_one_man_were_two_acts() {
    // "sentenced X to two years of jail and banned him from public posts": one act of the court (172)
    let d = code("en", "LIMA, Feb 26 (Reuters) - A Peruvian court on Wednesday sentenced Rudi Hartanto, governor of the Puno region, to two years of jail and banned him from public posts for a decade.", "2025-02-26");
    assert_eq!(summary(&d).iter().filter(|(c, _, _, _)| c.starts_with("17")).count(), 1, "{:?}", summary(&d));
    // a people's vote for independence is no act toward a side
    let d = code("en", "Bolivia ruled the province until its people voted for independence in 1990.", "2025-02-26");
    assert!(d.events.is_empty(), "{:?}", summary(&d));
}

#[test]
fn regression_a_crowd_an_appeal_was_made_to_was_a_rally() {
    // "urged supporters gathered in X to stay calm": the gathering is who the appeal is made to, no rally of the story
    let d = code("en", "LIMA, Feb 26 (Reuters) - Peru's president urged supporters gathered in Cusco to stay calm on Wednesday.", "2025-02-26");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("14")), "{:?}", summary(&d));
    assert!(summary(&d).iter().any(|(c, _, _, _)| c.starts_with("02")), "{:?}", summary(&d));
}

/// A clash "between residents of two villages" named no second side, so the place after it became the target
/// and no one the actor; the people of both villages are both sides.
#[test]
fn regression_a_clash_between_people_of_two_villages_is_between_them() {
    let d = code("id", "AREQUIPA, Tempo.co - Bentrokan antara penduduk dua kampung di Provinsi Arequipa terjadi pada Kamis (10/10/2024) malam.", "2024-10-10");
    let e = event_coded(&d, "1");
    assert_eq!(e.actor.as_ref().and_then(|a| a.country.as_deref()), Some("PER"), "{:?}", summary(&d));
    assert_eq!(e.target.as_ref().and_then(|a| a.country.as_deref()), Some("PER"), "{:?}", summary(&d));
    assert!(e.symmetric, "{:?}", summary(&d));
    let d = code("en", "AREQUIPA, Peru (AP) — Clashes between residents of two villages in the Arequipa region killed two people on Wednesday.", "2024-10-09");
    let e = event_coded(&d, "1");
    assert_eq!(e.actor.as_ref().and_then(|a| a.country.as_deref()), Some("PER"), "{:?}", summary(&d));
    assert!(e.symmetric, "{:?}", summary(&d));
}

/// "the militia walked out of the truce negotiations with the army" was a meeting (PETRARCH's bare 'pulled out' is 040): a side
/// that pulls out of, walks out of or withdraws from talks halts them (164).
#[test]
fn regression_pulling_out_of_talks_halts_them() {
    let d = code("en", "LIMA, March 18 (Reuters) - Peru's rebels walked out of the truce negotiations with the army on Tuesday.", "2025-03-18");
    assert!(summary(&d).iter().any(|(c, _, _, _)| c == "164"), "{:?}", summary(&d));
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("04")), "{:?}", summary(&d));
    let d = code("id", "Kelompok pemberontak Peru menarik diri dari perundingan damai dengan pemerintah pada Selasa (18/3/2025).", "2025-03-18");
    assert!(summary(&d).iter().any(|(c, _, _, _)| c == "164"), "{:?}", summary(&d));
}

/// What a speaker says a side meddled in was no act at all (the words were a blocker, PETRARCH's 'interfered' being aid):
/// the speaker accuses that side (112); a speech pattern whose side is a pronoun that names no one is no act.
#[test]
fn regression_a_side_said_to_have_interfered_in_an_election_is_accused() {
    let d = code("en", "Chile's security adviser said Bolivia meddled in the referendum.", "2024-11-04");
    assert!(has(&d, "112", "CHL", "BOL"), "{:?}", summary(&d));
    let d = code("id", "Menteri Luar Negeri Cile mengatakan Bolivia telah mencampuri urusan dalam negeri Cile.", "2024-11-04");
    assert!(has(&d, "112", "CHL", "BOL"), "{:?}", summary(&d));
    // (and "accuse", the plain form, accuses as "accused" does)
    let d = code("en", "Chile and Peru accuse Bolivia of arming the rebels.", "2024-11-04");
    assert!(has(&d, "112", "CHL", "BOL"), "{:?}", summary(&d));
}

/// "accused gangs working with unnamed foreign forces" made the forces the story's own state's military: people
/// said to be foreign are of no country the story knows.
#[test]
fn regression_foreign_forces_are_not_the_story_s_own() {
    let d = code("en", "SANTIAGO, Chile (AP) — Chile's president accused unnamed foreign forces of plotting to topple him.", "2024-11-04");
    let e = event_coded(&d, "112");
    assert_ne!(e.target.as_ref().and_then(|t| t.country.as_deref()), Some("CHL"), "{:?}", summary(&d));
}

/// "The X ministry denied it. Its spokesman, Y Z, said …": the spokesman of the state's body named just before was made
/// the story's own state's (the dateline's).
#[test]
fn regression_its_spokesman_is_of_the_body_named_before() {
    let d = code("en", "SANTIAGO, Chile (AP) — The Bolivian foreign ministry rejected the claims. Its spokesman, Rudi Hartanto, told reporters the charges were false.", "2024-11-04");
    let p = d.entities.iter().find(|e| e.name == "Rudi Hartanto").expect("the spokesman");
    assert_eq!(p.country.as_deref(), Some("BOL"), "{:?}", d.entities.iter().map(|e| (&e.name, &e.country)).collect::<Vec<_>>());
}

/// "X did not consider the ballot free and fair" was a negated meeting (PETRARCH's 'consider' is 040): judging a vote is no
/// meeting.
#[test]
fn regression_judging_a_vote_free_and_fair_is_no_meeting() {
    let d = code("en", "The Bolivian foreign ministry said La Paz does not consider Chile's election free and fair.", "2024-11-04");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("04")), "{:?}", summary(&d));
}

/// "Cile siap bekerja sama dengan X": "bekerja sama dengan" had no pattern at all; it is cooperation (050), and so an intent
/// to cooperate when a side says it is ready to.
#[test]
fn regression_bekerja_sama_dengan_is_cooperation() {
    let d = code("id", "Menteri Luar Negeri Cile mengatakan Cile siap bekerja sama dengan Peru untuk menuntaskan penetapan batas.", "2023-10-24");
    let e = event_coded(&d, "03");
    assert_eq!(e.modality, "intended", "{:?}", summary(&d));
    assert!(has(&d, "03", "CHL", "PER"), "{:?}", summary(&d));
}

/// "… La Paz said … . Chileans voted to write the country's bid for … into law" aimed the vote at the last state
/// named: a state named "the country's" after the verb of its clause's subject, a people of a state, is that subject's own.
#[test]
fn regression_the_country_s_after_a_people_s_verb_is_their_own() {
    let d = code("en", "SANTIAGO, Chile (AP) — Bolivia rejected the claims. Its spokesman said on Monday that La Paz did not regard the result as fair.\n\nThe losing candidate accepted the result on Monday and urged calm.\n\nAt a plebiscite in October, Chileans narrowly voted to write the country's bid for membership of the alliance into law.", "2024-11-04");
    assert!(!summary(&d).iter().any(|(c, a, t, _)| c.starts_with("03") && a == "CHL" && t == "BOL"), "{:?}", summary(&d));
}

/// "PORT X (Reuters) - Chile's foreign minister and Peru's president signed …": an agreement two named officials of two states
/// signed, filed from a third state's town, had no place (the dateline counted only in a participant's country).
#[test]
fn regression_two_officials_signing_under_a_third_state_s_dateline_signed_there() {
    let d = code("en", "ASUNCION, May 22 (Reuters) - Chilean Foreign Minister Rudi Hartanto and Peruvian President Kresna Wibowo on Monday signed an accord extending trade preferences for ten years.", "2023-05-22");
    let e = event_coded(&d, "057");
    assert_eq!(e.location.as_ref().map(|l| l.name.to_lowercase()), Some("asuncion".into()), "{:?}", summary(&d));
}

/// "… as X tries to expand its influence over the region" was an intent to cooperate (PETRARCH's 'expand' is 031) aimed at the
/// story's other side: a side expanding its influence is a trend told.
#[test]
fn regression_expanding_influence_is_no_cooperation() {
    let d = code("en", "Chile's president said Peru was a reliable partner as Bolivia tries to expand its influence over the region.", "2023-05-22");
    assert!(!summary(&d).iter().any(|(c, _, _, _)| c.starts_with("03") || c.starts_with("06")), "{:?}", summary(&d));
}

#[test]
fn regression_the_outlet_closing_a_sentence_was_taken_for_the_target() {
    // ", Bolivian state media reported" names who told it, not whom the invitation came from
    let d = code("en", "LIMA, May 9 (Reuters) - Chilean President Rudi Hartanto invited Bolivian President Kresna Wibowo to a summit in Santiago. Wibowo accepted the invitation, Bolivian state media reported.", "2024-05-09");
    let s = summary(&d);
    assert!(!s.iter().any(|(c, a, t, _)| c.starts_with("03") && a == "BOL" && t == "BOL"), "{s:?}");
}

#[test]
fn regression_taking_similar_positions_was_a_seizure() {
    let d = code("en", "Bolivian President Kresna Wibowo said Bolivia and Chile took a common position on the border talks.", "2024-05-09");
    assert!(!d.events.iter().any(|e| e.code.starts_with("17")), "{:?}", summary(&d));
}

#[test]
fn regression_a_speaker_after_a_long_title_with_lower_case_words_was_lost() {
    let sp = first_speaker("id", "\"Penyidik menemukan indikasi kuat adanya suap dalam perkara itu,\" kata Direktur Penuntutan pada Jaksa Agung Muda Pidana Umum Kejagung, Rudi Hartanto, kepada wartawan di Jakarta, Rabu.", "2024-10-23");
    assert_eq!(sp.as_deref(), Some("Rudi Hartanto"));
}

#[test]
fn regression_an_acquittal_by_the_home_court_was_a_sanction_on_a_person_of_no_country() {
    // "memvonis bebas" frees the accused (081, as "acquitted"), and the accused is one of the story's own people
    let d = code("id", "Jakarta - Pengadilan Negeri Jakarta Selatan memvonis bebas Kresna Wibowo dalam perkara penipuan pada Senin (6/5/2024).", "2024-05-06");
    assert!(has(&d, "081", "IDN", "IDN"), "{:?}", summary(&d));
    assert!(!d.events.iter().any(|e| e.code.starts_with("172")), "{:?}", summary(&d));
}
