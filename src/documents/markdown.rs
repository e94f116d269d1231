//! Markdown: the prose of a Markdown body (text of paragraphs, headings, list
//! items, quotes and table cells) with its byte ranges, so that markup, link
//! targets, code and HTML are left out without moving any offset.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// Text ranges and block ranges of the Markdown in `raw[body_start..]`, as
/// offsets into `raw`.
pub fn prose(raw: &str, body_start: usize) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    let body = &raw[body_start..];
    let mut keep = Vec::new();
    let mut blocks = Vec::new();
    let mut open: Option<usize> = None;
    let mut code_depth = 0usize;
    let parser = Parser::new_ext(body, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH);
    for (event, range) in parser.into_offset_iter() {
        let range = range.start + body_start..range.end + body_start;
        match event {
            Event::Start(Tag::CodeBlock(_)) => code_depth += 1,
            Event::End(TagEnd::CodeBlock) => code_depth = code_depth.saturating_sub(1),
            Event::Start(tag) if is_block(&tag) => {
                close(&mut open, &mut blocks, range.start);
                open = Some(range.start);
            }
            Event::End(end) if is_block_end(&end) => close(&mut open, &mut blocks, range.end),
            Event::Text(_) if code_depth == 0 => {
                keep.push(range.clone());
                if open.is_none() {
                    open = Some(range.start);
                }
            }
            _ => {}
        }
    }
    close(&mut open, &mut blocks, raw.len());
    (keep, blocks)
}

fn close(open: &mut Option<usize>, blocks: &mut Vec<Range<usize>>, end: usize) {
    if let Some(start) = open.take() {
        if end > start {
            blocks.push(start..end);
        }
    }
}

fn is_block(tag: &Tag) -> bool {
    matches!(
        tag,
        Tag::Paragraph | Tag::Heading { .. } | Tag::Item | Tag::TableCell
    )
}

fn is_block_end(tag: &TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_link_targets_are_not_prose() {
        let raw =
            "# Title\n\nA [strike](http://x.test/88) hurt **12** people.\n\n```\n99 dead\n```\n";
        let (keep, blocks) = prose(raw, 0);
        let text: String = keep
            .iter()
            .map(|r| &raw[r.clone()])
            .collect::<Vec<_>>()
            .join("|");
        assert_eq!(text, "Title|A |strike| hurt |12| people.");
        assert_eq!(blocks.len(), 2);
    }
}
