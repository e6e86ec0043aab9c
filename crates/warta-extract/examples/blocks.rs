//! Print how warta's extractor reads a page: each text block with its weight and element path,
//! `*` on the blocks inside the chosen container. `cargo run --example blocks -- page.html`
fn main() {
    let path = std::env::args().nth(1).expect("usage: blocks PAGE.html");
    let raw = std::fs::read(&path).expect("readable file");
    let html = String::from_utf8_lossy(&raw);
    print!("{}", warta_extract::blocks::Page::parse(&html).explain());
}
