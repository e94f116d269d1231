//! Sentence splitting that survives news prose: honorifics ("Mr.", "St.
//! Petersburg"), dotted acronyms ("U.S."), initials ("John F. Kennedy"),
//! decimals ("1.5") and closing quotes after the full stop.

use std::ops::Range;

/// A sentence: its byte range in the document (trimmed of blanks).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub range: Range<usize>,
    /// Index of the block (paragraph) it is in.
    pub block: usize,
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Mt", "Ft", "Gen", "Col", "Lt", "Maj", "Capt", "Sgt", "Cmdr",
    "Adm", "Gov", "Sen", "Rep", "Pres", "Prof", "Rev", "Hon", "Jr", "Sr", "Inc", "Corp", "Ltd",
    "Co", "Bros", "vs", "etc", "No", "Nos", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "approx", "est", "Ave", "Blvd", "Rd", "Dept", "Univ", "Fig", "al",
    "cf", "p", "pp", "Rs",
];

/// Splits every block of `text` into sentences.
pub fn split_sentences(text: &str, blocks: &[Range<usize>]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (b, block) in blocks.iter().enumerate() {
        let mut start = block.start;
        for end in boundaries(text, block.clone()) {
            push_capped(text, start..end, b, &mut out);
            start = end;
        }
        push_capped(text, start..block.end, b, &mut out);
    }
    out
}

/// The longest sentence kept whole, in bytes. News sentences run to a few
/// hundred; a longer run without a full stop (a table flattened to one
/// line, a list of names) is cut, so the context work per claim, which
/// reads its sentence, stays bounded and extraction stays linear.
pub const MAX_SENTENCE_BYTES: usize = 2_000;

/// Pushes `range` as sentences of at most [`MAX_SENTENCE_BYTES`]: cut after
/// the last `;` or `,` of the window, else at its last blank, else inside
/// a word (on a character boundary).
fn push_capped(text: &str, range: Range<usize>, block: usize, out: &mut Vec<Sentence>) {
    let mut start = range.start;
    while range.end - start > MAX_SENTENCE_BYTES {
        let mut limit = start + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[start..limit];
        let half = window.len() / 2;
        let cut = window
            .rfind([';', ','])
            .filter(|&i| i > half)
            .map(|i| i + 1)
            .or_else(|| window.rfind(char::is_whitespace).filter(|&i| i > 0))
            .map_or(limit, |i| start + i);
        push_trimmed(text, start..cut, block, out);
        start = cut;
    }
    push_trimmed(text, start..range.end, block, out);
}

fn push_trimmed(text: &str, range: Range<usize>, block: usize, out: &mut Vec<Sentence>) {
    let slice = &text[range.clone()];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        out.push(Sentence {
            range: range.start + lead..range.end - trail,
            block,
        });
    }
}

/// Byte offsets (just after the punctuation and closing quotes) where a
/// sentence ends inside `range`.
fn boundaries(text: &str, range: Range<usize>) -> Vec<usize> {
    let s = &text[range.clone()];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if !matches!(c, '.' | '!' | '?' | '…') {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        {
            while j < chars.len()
                && matches!(
                    chars[j].1,
                    '.' | '!' | '?' | '"' | '\'' | '’' | '”' | ')' | ']'
                )
            {
                j += 1;
            }
        }
        let next_word = chars[j..].iter().find(|(_, c)| !c.is_whitespace());
        let has_space = j < chars.len() && chars[j].1.is_whitespace();
        let starts_sentence = match next_word {
            None => false, // the block's end closes the sentence anyway
            Some((_, n)) => {
                n.is_uppercase()
                    || n.is_ascii_digit()
                    || matches!(n, '"' | '“' | '‘' | '\'' | '(' | '•' | '-' | '—')
            }
        };
        if has_space && starts_sentence && !(c == '.' && is_abbreviation(s, at)) {
            let end = chars.get(j).map_or(s.len(), |(o, _)| *o);
            out.push(range.start + end);
        }
        i = j.max(i + 1);
    }
    out
}

/// Whether the full stop at `dot` ends an abbreviation, an initial or a
/// dotted acronym rather than a sentence.
fn is_abbreviation(s: &str, dot: usize) -> bool {
    let before = &s[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘'))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    // "U.S", "U.K", "a.m", "p.m": letters separated by dots.
    if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2) {
        return true;
    }
    let mut cs = word.chars();
    // An initial: one capital letter.
    if let (Some(c), None) = (cs.next(), cs.next()) {
        if c.is_uppercase() {
            return true;
        }
    }
    ABBREVIATIONS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlong_sentences_are_cut_at_clause_marks() {
        let clause = "twelve people were hurt in the east, ";
        let text = clause.repeat(200);
        let s = split_sentences(&text, std::slice::from_ref(&(0..text.len())));
        assert!(s.len() > 3, "{}", s.len());
        for x in &s {
            assert!(x.range.len() <= MAX_SENTENCE_BYTES);
            assert!(text[x.range.clone()].ends_with(',') || x.range.end == text.trim_end().len());
        }
        // One "word" of 10 KB is cut on character boundaries.
        let word = "é".repeat(5_000);
        let s = split_sentences(&word, std::slice::from_ref(&(0..word.len())));
        assert_eq!(s.iter().map(|x| x.range.len()).sum::<usize>(), word.len());
    }

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text, std::slice::from_ref(&(0..text.len())))
            .into_iter()
            .map(|s| &text[s.range])
            .collect()
    }

    #[test]
    fn honorifics_acronyms_initials_decimals() {
        let t = "Mr. Witkoff met Mr. Putin in St. Petersburg. The U.S. team said 1.5 million people fled. John F. Kennedy spoke.";
        assert_eq!(
            split(t),
            [
                "Mr. Witkoff met Mr. Putin in St. Petersburg.",
                "The U.S. team said 1.5 million people fled.",
                "John F. Kennedy spoke."
            ]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        let t = "He said: “It was horrible.” Then he left! Did he?";
        assert_eq!(
            split(t),
            ["He said: “It was horrible.”", "Then he left!", "Did he?"]
        );
    }

    #[test]
    fn lowercase_after_stop_does_not_split() {
        assert_eq!(
            split("It ended at 5 p.m. on Monday."),
            ["It ended at 5 p.m. on Monday."]
        );
    }

    #[test]
    fn wrapped_line_does_not_split() {
        let t = "Officials said the strike\ninjured 12 people.";
        assert_eq!(split(t), ["Officials said the strike\ninjured 12 people."]);
    }
}
