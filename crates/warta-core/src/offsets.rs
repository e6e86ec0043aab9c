//! Byte → char offset conversion, done once when a record is written.

/// Maps byte offsets of one string to Unicode scalar (char) offsets.
pub struct CharIndex {
    /// For each char, its starting byte offset; plus a final entry for the string length.
    starts: Vec<usize>,
    ascii: bool,
}

impl CharIndex {
    pub fn new(s: &str) -> Self {
        if s.is_ascii() {
            return CharIndex { starts: vec![s.len()], ascii: true };
        }
        let mut starts: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
        starts.push(s.len());
        CharIndex { starts, ascii: false }
    }

    /// Char offset of byte offset `b` (a byte inside a char maps to that char).
    pub fn char_of(&self, b: usize) -> usize {
        if self.ascii {
            return b.min(self.starts[0]);
        }
        match self.starts.binary_search(&b) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// Byte offset of char offset `c`.
    pub fn byte_of(&self, c: usize) -> usize {
        if self.ascii {
            return c.min(self.starts[0]);
        }
        self.starts[c.min(self.starts.len() - 1)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_table() {
        // (text, byte offset, char offset)
        let cases: &[(&str, usize, usize)] = &[
            ("abc", 2, 2),
            ("“ab”", 3, 1),
            ("“ab”", 5, 3),
            ("é x", 2, 1),
            ("é x", 3, 2),
            ("", 0, 0),
        ];
        for &(s, b, c) in cases {
            let ix = CharIndex::new(s);
            assert_eq!(ix.char_of(b), c, "char_of {s:?} {b}");
            assert_eq!(ix.byte_of(c), b, "byte_of {s:?} {c}");
        }
    }

    #[test]
    fn every_char_boundary_round_trips() {
        let s = "Kamis (5/2) “teror” – Hélène 東京 ok";
        let ix = CharIndex::new(s);
        for (ci, (bi, _)) in s.char_indices().enumerate() {
            assert_eq!(ix.char_of(bi), ci);
            assert_eq!(ix.byte_of(ci), bi);
        }
    }
}
