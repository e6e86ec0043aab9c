//! warta-text: sentences and tokens, every one a byte span into the body.
//!
//! Sentences never cross a paragraph. A sentence ends at `.`, `!` or `?` (with any closing
//! quotes or brackets after it) when the next character starts a new sentence and the word
//! before the period is not an abbreviation of the document's language (`abbreviations.txt`).

use warta_core::{Doc, DocError, Facet, Sentence, Span, Stage, Token, TokenKind};

pub struct TextStage;

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
}

/// Tokenise `text` (starting at byte `base` of the body).
pub fn tokenize(text: &str, base: usize, sentence: usize, out: &mut Vec<Token>) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if is_word_char(c) {
            let mut j = i + 1;
            while j < chars.len() {
                let cj = chars[j].1;
                if is_word_char(cj) {
                    j += 1;
                } else if matches!(cj, '\'' | '’') && j + 1 < chars.len() && matches!(chars[j + 1].1, 's' | 'S') && (j + 2 >= chars.len() || !is_word_char(chars[j + 2].1)) {
                    // English possessive: "Azerbaijan's" -> "Azerbaijan" + "'s"
                    break;
                } else if matches!(cj, '-' | '\'' | '’' | '.' | ',') && j + 1 < chars.len() && is_word_char(chars[j + 1].1) {
                    // inner hyphen (luka-luka), apostrophe (jum'at), decimal point or thousands separator
                    if matches!(cj, '.' | ',') && !(chars[j - 1].1.is_ascii_digit() && chars[j + 1].1.is_ascii_digit()) {
                        break;
                    }
                    j += 1;
                } else {
                    break;
                }
            }
            let end = if j < chars.len() { chars[j].0 } else { text.len() };
            let w = &text[b..end];
            let kind = if w.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') { TokenKind::Number } else { TokenKind::Word };
            // a name may open with a lower-case article before a hyphen: "al-Ansari", "el-Sisi"
            let particle_name = || w.split_once('-').is_some_and(|(p, rest)| (1..=3).contains(&p.len()) && p.chars().all(|x| x.is_ascii_lowercase()) && rest.chars().next().is_some_and(char::is_uppercase));
            out.push(Token { span: Span::new(base + b, base + end), kind, lower: warta_core::lowercase(w), sentence, cap: c.is_uppercase() || particle_name() });
            i = j;
        } else if matches!(c, '\'' | '’') && i + 1 < chars.len() && matches!(chars[i + 1].1, 's' | 'S') && (i + 2 >= chars.len() || !is_word_char(chars[i + 2].1)) && i > 0 && is_word_char(chars[i - 1].1) {
            let end = chars[i + 1].0 + 1;
            out.push(Token { span: Span::new(base + b, base + end), kind: TokenKind::Word, lower: "'s".into(), sentence, cap: false });
            i += 2;
        } else {
            let end = b + c.len_utf8();
            out.push(Token { span: Span::new(base + b, base + end), kind: TokenKind::Punct, lower: c.to_string(), sentence, cap: false });
            i += 1;
        }
    }
}

/// Sentence spans (relative to `para`).
pub fn split_sentences(para: &str, abbreviations: &[String]) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = para.char_indices().collect();
    let mut out = vec![];
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        if matches!(c, '.' | '!' | '?') {
            let mut j = i + 1;
            while j < chars.len() && (is_closer(chars[j].1) || matches!(chars[j].1, '.' | '!' | '?')) {
                j += 1;
            }
            // need whitespace then a sentence opener
            if j < chars.len() && chars[j].1.is_whitespace() {
                let mut k = j;
                while k < chars.len() && chars[k].1.is_whitespace() {
                    k += 1;
                }
                let opener = k < chars.len() && (chars[k].1.is_uppercase() || chars[k].1.is_ascii_digit() || matches!(chars[k].1, '"' | '“' | '‘' | '\'' | '(' | '['));
                if opener && c == '.' {
                    // the word before the period
                    let wstart = para[..b].rfind(|ch: char| ch.is_whitespace() || ch == '(').map(|p| p + 1).unwrap_or(0);
                    let word = para[wstart..=b].to_lowercase();
                    let single_initial = word.chars().filter(|c| c.is_alphabetic()).count() == 1 && word.chars().next().is_some_and(|c| c.is_alphabetic());
                    // (or initials, one letter and a period each: "R.K. Wibowo")
                    let initials = word.ends_with('.') && word.split('.').filter(|x| !x.is_empty()).count() >= 2 && word.split('.').filter(|x| !x.is_empty()).all(|x| x.chars().count() == 1 && x.chars().all(char::is_alphabetic));
                    if abbreviations.iter().any(|a| *a == word) || single_initial || initials {
                        i = j;
                        continue;
                    }
                }
                if opener {
                    let end = chars[j - 1].0 + chars[j - 1].1.len_utf8();
                    out.push((start, end));
                    start = chars[k].0;
                    i = k;
                    continue;
                }
            }
            i = j;
            continue;
        }
        i += 1;
    }
    let rest = para[start..].trim_end();
    if !rest.trim().is_empty() {
        out.push((start, start + rest.len()));
    }
    out
}

impl Stage for TextStage {
    fn name(&self) -> &'static str {
        "text"
    }
    fn requires(&self) -> &'static [Facet] {
        &[Facet::Article, Facet::Language]
    }
    fn assigns(&self) -> &'static [Facet] {
        &[Facet::Sentences, Facet::Tokens]
    }
    fn process(&self, doc: &mut Doc) -> Result<(), DocError> {
        let code = doc.language.clone().unwrap_or_else(|| "en".into());
        let lang = warta_lang::lang(&code).map_err(|e| DocError::new("language", e.to_string()))?;
        let mut sentences = vec![];
        let mut tokens = vec![];
        for (pi, p) in doc.article.paragraphs.iter().enumerate() {
            let base = doc.paragraph_starts[pi];
            for (a, b) in split_sentences(p, &lang.abbreviations) {
                let si = sentences.len();
                let first = tokens.len();
                tokenize(&p[a..b], base + a, si, &mut tokens);
                let title_case = lang.is_title_case(&tokens[first..]);
                sentences.push(Sentence { span: Span::new(base + a, base + b), paragraph: pi, title_case });
            }
        }
        doc.sentences = sentences;
        doc.tokens = tokens;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_table() {
        let abbr = vec!["dr.".to_string(), "u.s.".to_string()];
        let cases: &[(&str, &[&str])] = &[
            ("Satu dua. Tiga empat.", &["Satu dua.", "Tiga empat."]),
            ("Dia berkata “Siap.” Lalu pergi.", &["Dia berkata “Siap.”", "Lalu pergi."]),
            ("Dr. Ani datang. Ok.", &["Dr. Ani datang.", "Ok."]),
            ("John F. Kennedy spoke. Then left.", &["John F. Kennedy spoke.", "Then left."]),
            ("Prime Minister R.K. Wibowo resigned. Then left.", &["Prime Minister R.K. Wibowo resigned.", "Then left."]),
            ("Warga datang ke R.S. Harapan. Lalu pulang.", &["Warga datang ke R.S. Harapan.", "Lalu pulang."]),
            ("Harga naik 3.5 persen. Turun lagi", &["Harga naik 3.5 persen.", "Turun lagi"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = split_sentences(text, &abbr).into_iter().map(|(a, b)| &text[a..b]).collect();
            assert_eq!(&got, want, "{text}");
        }
    }

    #[test]
    fn token_offsets_point_into_text() {
        let text = "Menlu Jepang, “Kamis (5/2)” luka-luka 1.500 orang.";
        let mut t = vec![];
        tokenize(text, 10, 0, &mut t);
        let got: Vec<&str> = t.iter().map(|t| &text[t.span.start - 10..t.span.end - 10]).collect();
        assert_eq!(got, vec!["Menlu", "Jepang", ",", "“", "Kamis", "(", "5", "/", "2", ")", "”", "luka-luka", "1.500", "orang", "."]);
        assert_eq!(t[12].kind, TokenKind::Number);
        assert!(t[0].cap && !t[13].cap);
        let mut t = vec![];
        tokenize("Azerbaijan's army, rock'n'roll", 0, 0, &mut t);
        let got: Vec<&str> = t.iter().map(|t| t.lower.as_str()).collect();
        assert_eq!(got, vec!["azerbaijan", "'s", "army", ",", "rock'n'roll"]);
    }
}
