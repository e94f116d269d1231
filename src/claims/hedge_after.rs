//! Hedges after their figure: "killed 20 people or more", "$5 million or
//! so", "aged 65 and over". A rule's match ends at what the figure counts
//! or measures; the words right after it ([[hedge]] `after`) turn the exact
//! value into the interval their convention gives, as "at least 20 people"
//! does. ("20 or more people", with the hedge before the noun, is read by
//! the count rule's own `hedge_after` capture.)

use super::{Claim, Interval, Kind};
use crate::rules::Lexicon;

/// A hedge written with its number, where the article has it: before
/// ("over 115") or, for one that opens with "or" or "and", after ("20 or
/// more"), or glued to it ("50-plus").
pub fn with_number(hedge: &str, number: &str) -> String {
    if hedge.starts_with("or ") || hedge.starts_with("and ") {
        format!("{number} {hedge}")
    } else if hedge.starts_with(|c: char| !c.is_alphanumeric()) {
        format!("{number}{hedge}")
    } else {
        format!("{hedge} {number}")
    }
}

/// Words that may follow such a hedge: the phrase ends there, as it does
/// before a verb in the past ("or so crossed", "or more fled"). Any other
/// word reads on ("20 people or more importantly", "$5m and more than
/// that"), and the figure keeps its value.
const CLOSERS: &[&str] = &[
    "a",
    "according",
    "across",
    "after",
    "ago",
    "all",
    "an",
    "and",
    "are",
    "as",
    "at",
    "before",
    "but",
    "by",
    "came",
    "can",
    "could",
    "did",
    "during",
    "each",
    "fell",
    "for",
    "from",
    "fought",
    "had",
    "has",
    "have",
    "hit",
    "in",
    "is",
    "last",
    "left",
    "lost",
    "may",
    "met",
    "might",
    "must",
    "of",
    "on",
    "over",
    "ran",
    "remain",
    "said",
    "should",
    "since",
    "stood",
    "that",
    "the",
    "this",
    "to",
    "took",
    "went",
    "were",
    "was",
    "which",
    "who",
    "will",
    "with",
    "won",
    "would",
];

/// Whether the word after a hedge phrase ends it.
fn closes(word: &str) -> bool {
    CLOSERS.contains(&word) || (word.len() > 4 && word.ends_with("ed"))
}

/// The longest hedge phrase has this many words.
const MAX_WORDS: usize = 3;

/// Extends `claim` over a hedge right after its span and widens its value,
/// when it has an exact amount and no hedge of its own.
pub(crate) fn take(prose: &str, claim: &mut Claim, lex: &Lexicon) {
    let amountable = matches!(
        claim.kind,
        Kind::Count | Kind::Money | Kind::Quantity | Kind::Percent | Kind::Duration | Kind::Age
    );
    if !amountable || claim.hedge.is_some() || claim.date.is_some() || lex.hedges_after.is_empty() {
        return;
    }
    let Some(amount) = claim.amount.as_mut() else {
        return;
    };
    let Some(n) = amount.nominal else {
        return;
    };
    if amount.interval != Interval::exact(n) {
        return;
    }
    let end = claim.sentence.end.max(claim.span.end).min(prose.len());
    let Some(rest) = prose.get(claim.span.end..end) else {
        return;
    };
    let Some((phrase, len)) = hedge_phrase(rest, lex) else {
        return;
    };
    let Some(&conv) = lex.hedges_after.get(&phrase) else {
        return;
    };
    amount.interval = Interval::hedged(n, conv);
    claim.hedge = Some(phrase);
    claim.span.end += len;
}

/// The hedge phrase `rest` opens with, and its length in bytes (leading
/// space included), when the phrase ends the clause or a closer follows.
fn hedge_phrase(rest: &str, lex: &Lexicon) -> Option<(String, usize)> {
    // Glued to the figure: "50-plus", "50+" (not "5+3", "50-plus-one").
    let glued = lex
        .hedges_after
        .keys()
        .filter(|w| w.starts_with(|c: char| !c.is_alphanumeric()))
        .filter(|w| {
            rest.get(..w.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(w))
        })
        .max_by_key(|w| w.len());
    if let Some(w) = glued {
        let next = rest[w.len()..].chars().next();
        return next
            .is_none_or(|c| {
                c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | ')' | '!' | '?')
            })
            .then(|| (w.clone(), w.len()));
    }
    if rest.starts_with(|c: char| !c.is_whitespace()) {
        return None;
    }
    // The words after the figure, each with where it ends in `rest`.
    let mut words: Vec<(&str, usize)> = Vec::new();
    let mut at = 0;
    for piece in rest.split_inclusive(char::is_whitespace) {
        let word = piece.trim_end();
        at += piece.len();
        if word.is_empty() {
            continue;
        }
        words.push((word, at - (piece.len() - word.len())));
        if words.len() > MAX_WORDS {
            break;
        }
    }
    for n in (1..=MAX_WORDS.min(words.len())).rev() {
        let last = words[n - 1].0;
        let bare = last.trim_end_matches(|c: char| !c.is_alphanumeric());
        // Punctuation inside the phrase ("or, more") breaks it.
        if words[..n - 1]
            .iter()
            .any(|(w, _)| w.ends_with(|c: char| !c.is_alphanumeric()))
            || bare.is_empty()
        {
            continue;
        }
        let mut phrase: Vec<String> = words[..n - 1]
            .iter()
            .map(|(w, _)| w.to_lowercase())
            .collect();
        phrase.push(bare.to_lowercase());
        let phrase = phrase.join(" ");
        if !lex.hedges_after.contains_key(&phrase) {
            continue;
        }
        let punctuated = bare.len() < last.len();
        let closes = punctuated
            || words.get(n).is_none_or(|(next, _)| {
                let next = next
                    .trim_end_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase();
                closes(&next)
            });
        if !closes {
            return None;
        }
        let end = words[n - 1].1 - (last.len() - bare.len());
        return Some((phrase, end));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> Lexicon {
        crate::rules::load(&[]).expect("rules").lexicon.clone()
    }

    #[test]
    fn a_phrase_that_ends_the_clause_or_meets_a_closer() {
        let lex = lex();
        assert_eq!(hedge_phrase(" or more.", &lex), Some(("or more".into(), 8)));
        assert_eq!(
            hedge_phrase(" or  so, officials said", &lex),
            Some(("or so".into(), 7))
        );
        assert_eq!(
            hedge_phrase(" or more were hurt", &lex),
            Some(("or more".into(), 8))
        );
        assert_eq!(
            hedge_phrase(" and over", &lex),
            Some(("and over".into(), 9))
        );
        assert_eq!(
            hedge_phrase(" or so crossed", &lex),
            Some(("or so".into(), 6))
        );
        assert_eq!(
            hedge_phrase("-plus people", &lex),
            Some(("-plus".into(), 5))
        );
        assert_eq!(hedge_phrase("+, officials", &lex), Some(("+".into(), 1)));
    }

    #[test]
    fn a_phrase_that_reads_on_is_none() {
        let lex = lex();
        assert_eq!(hedge_phrase(" or more importantly, the", &lex), None);
        assert_eq!(hedge_phrase(" and more than 30 were hurt", &lex), None);
        assert_eq!(hedge_phrase(" or, more to the point", &lex), None);
        assert_eq!(hedge_phrase("or more", &lex), None);
        assert_eq!(hedge_phrase(" or twelve", &lex), None);
        assert_eq!(hedge_phrase("+3 more", &lex), None);
        assert_eq!(hedge_phrase("-plus-one", &lex), None);
    }
}
