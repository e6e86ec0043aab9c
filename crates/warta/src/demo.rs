//! `warta demo`: the main job on the bundled example pages, as a readable summary.

use anyhow::Result;
use warta_core::Doc;

/// Example pages compiled into the binary (the repository's fixtures).
pub const PAGES: &[(&str, &str)] = &[
    ("voa-menhan-prancis-rusia-telepon", include_str!("../../../tests/fixtures/id/voa-menhan-prancis-rusia-telepon/page.txt")),
    ("kompas-menlu-australia-kunjungan", include_str!("../../../tests/fixtures/id/kompas-menlu-australia-kunjungan/page.txt")),
    ("liputan6-buruh-demo-dpr", include_str!("../../../tests/fixtures/id/liputan6-buruh-demo-dpr/page.txt")),
    ("reuters-armenia-azerbaijan-shelling", include_str!("../../../tests/fixtures/en/reuters-armenia-azerbaijan-shelling/page.txt")),
    ("ap-pakistan-market-bombing", include_str!("../../../tests/fixtures/en/ap-pakistan-market-bombing/page.txt")),
];

pub fn run() -> Result<i32> {
    let pipe = crate::pipeline(warta_extract::DEFAULT_MAX_BYTES);
    for (name, text) in PAGES {
        let doc = Doc::from_bytes(format!("example:{name}"), text.as_bytes().to_vec());
        let (rec, ok) = crate::process(&pipe, doc);
        println!("== {}", rec.article.title.as_deref().unwrap_or(name));
        if !ok {
            println!("   error: {:?}", rec.error);
            continue;
        }
        println!(
            "   language {}, published {}{}, {} entities, {} times, {} quotes, {} events",
            rec.language.as_deref().unwrap_or("?"),
            rec.article.published.as_deref().unwrap_or("unknown"),
            if rec.article.published_inferred { " (inferred)" } else { "" },
            rec.entities.len(),
            rec.times.len(),
            rec.quotes.len(),
            rec.events.len()
        );
        for e in &rec.events {
            let side = |p: &Option<warta_core::Participant>| p.as_ref().map(|p| p.code.clone().or(p.country.clone()).unwrap_or_else(|| p.text.clone())).unwrap_or_else(|| "-".into());
            let mut extra = String::new();
            if let Some(f) = &e.fatalities {
                extra.push_str(&format!(" [{}+ dead]", f.min));
            }
            if let Some(l) = &e.location {
                extra.push_str(&format!(" @{}", l.name));
            }
            if e.modality != "asserted" {
                extra.push_str(&format!(" ({})", e.modality));
            }
            println!(
                "   {:<10} {} {} {} {} {}{}",
                e.date.as_deref().unwrap_or("?"),
                side(&e.actor),
                if e.symmetric { "<->" } else { "->" },
                side(&e.target),
                e.code,
                e.name,
                extra
            );
            println!("              «{}»", e.sentence);
        }
        println!();
    }
    Ok(0)
}
