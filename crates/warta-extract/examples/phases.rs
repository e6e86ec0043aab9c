//! Time the phases of HTML extraction over a folder of pages (`.html` or `.html.gz`), best of
//! three rounds: `cargo run --release -p warta-extract --example phases -- DIR`.
use std::time::Instant;
use warta_extract::{blocks::Page, clean_blocks, decode, inflate_if_gzip, rules};

fn main() {
    let dir = std::env::args().nth(1).expect("usage: phases DIR");
    let mut pages = vec![];
    for e in std::fs::read_dir(&dir).expect("a readable folder").flatten() {
        let raw = std::fs::read(e.path()).expect("readable page");
        pages.push(inflate_if_gzip(&raw, 1 << 30).expect("gzip").unwrap_or(raw));
    }
    let mb = pages.iter().map(Vec::len).sum::<usize>() as f64 / 1e6;
    let mut best = [f64::MAX; 5];
    for _ in 0..3 {
        let mut t = [0f64; 5];
        for raw in &pages {
            let t0 = Instant::now();
            let text = decode(raw, true, &mut vec![]);
            let t1 = Instant::now();
            let t2 = Instant::now();
            let page = Page::parse(&text);
            let t3 = Instant::now();
            let body: Vec<String> = page.body().into_iter().map(|b| b.text).collect();
            let t4 = Instant::now();
            let _ = clean_blocks(&body.join("\n\n"), rules());
            let t5 = Instant::now();
            for (i, (a, b)) in [(t0, t1), (t1, t2), (t2, t3), (t3, t4), (t4, t5)].iter().enumerate() {
                t[i] += (*b - *a).as_secs_f64();
            }
        }
        for i in 0..5 {
            best[i] = best[i].min(t[i]);
        }
    }
    let total: f64 = best.iter().sum();
    for (name, s) in ["decode", "-", "parse", "body", "clean"].iter().zip(best) {
        println!("{name:<8} {:>7.1} ms  {:>5.1} %", s * 1e3, 100.0 * s / total);
    }
    println!("total    {:>7.1} ms  {:.0} pages/s, {:.0} MB/s", total * 1e3, pages.len() as f64 / total, mb / total);
}
