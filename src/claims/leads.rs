//! Words before a date claim that make it another date ("the last week
//! of July", "the first six months of 2024", "the 12 months to March"),
//! shared by the stages that read them (weeks.rs, units_in.rs,
//! period_to.rs).

use super::Claim;
use regex::{Captures, Regex};

/// The match of `lead` ending where claim `c` begins, looking at most 60
/// bytes back in its sentence (a lead is a few words), with the byte
/// offset in `prose` where the match starts.
pub(super) fn lead_before<'p>(
    prose: &'p str,
    c: &Claim,
    lead: &Regex,
) -> Option<(Captures<'p>, usize)> {
    let before = &prose[c.sentence.start..c.span.start];
    let mut from = before.len().saturating_sub(60);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let caps = lead.captures(&before[from..])?;
    let start = c.sentence.start + from + caps.get(0)?.start();
    Some((caps, start))
}

/// Each claim that `read` makes into another takes its place; the claims
/// before it that the new span covers (the lead words' own claims: "last
/// week" of "the last week of July") are dropped.
pub(super) fn replace_led(found: Vec<Claim>, read: impl Fn(&Claim) -> Option<Claim>) -> Vec<Claim> {
    let mut out: Vec<Claim> = Vec::with_capacity(found.len());
    for c in found {
        match read(&c) {
            Some(j) => {
                while out.last().is_some_and(|p| p.span.end > j.span.start) {
                    out.pop();
                }
                out.push(j);
            }
            None => out.push(c),
        }
    }
    out
}
