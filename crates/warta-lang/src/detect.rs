//! Language identification: lingua over a small language set, on a bounded prefix of the text.

use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};
use std::sync::OnceLock;

/// A detected language and how sure the detector is.
#[derive(Debug, Clone, PartialEq)]
pub struct LanguageId {
    pub code: &'static str,
    pub confidence: f64,
}

static DETECTOR: OnceLock<LanguageDetector> = OnceLock::new();

fn detector() -> &'static LanguageDetector {
    DETECTOR.get_or_init(|| LanguageDetectorBuilder::from_languages(&[Language::Indonesian, Language::Malay, Language::English]).build())
}

/// Identify the language of `text` from its first ~2,000 bytes. Malay is folded into
/// Indonesian (same data serves both, and short Indonesian news is often scored as Malay).
pub fn detect_language(text: &str) -> Option<LanguageId> {
    let mut end = text.len().min(2000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    if sample.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return None;
    }
    let values = detector().compute_language_confidence_values(sample);
    let mut id = 0.0;
    let mut en = 0.0;
    for (l, v) in values {
        match l {
            Language::Indonesian | Language::Malay => id += v,
            _ => en += v,
        }
    }
    Some(if id >= en { LanguageId { code: "id", confidence: id } } else { LanguageId { code: "en", confidence: en } })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_indonesian_from_english() {
        let cases = [
            ("Presiden mengatakan bahwa pemerintah akan membantu korban banjir di Jawa Tengah.", "id"),
            ("The president said the government would help flood victims in the north of the country.", "en"),
        ];
        for (text, want) in cases {
            assert_eq!(detect_language(text).unwrap().code, want, "{text}");
        }
        assert!(detect_language("").is_none());
        assert!(detect_language("12 34").is_none());
    }
}
