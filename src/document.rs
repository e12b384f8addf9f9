//! How the rules see a payload (§1, revised): strings holding the JSON of an expected object or
//! array are decoded for a second pass, whose findings inside them are reported at the string.
//! (Object members that are `null` are set aside by the parse: the API ignores them, and the
//! shape walker reports them.)

use crate::check::{Anchor, Finding};
use crate::node::{Arena, Node, Nulls};
use crate::parse::parse;

/// The document with the string at `pointer` replaced by the JSON it holds, `null` members
/// included (only the payload's own are set aside); `None` when it holds none.
pub(crate) fn decode_at<'a>(arena: &'a Arena, document: &Node<'a>, pointer: &str) -> Option<Node<'a>> {
    let text = document.pointer(pointer)?.as_str()?;
    let decoded = parse(text, arena, Nulls::Keep).ok()?.value;
    document.replaced(arena, pointer, decoded)
}

/// Moves findings inside decoded strings to the outermost string that holds them: the text has
/// no position for what lies inside a string, and the message says where inside it they are.
pub(crate) fn repoint(findings: &mut [Finding], decoded: &[String]) {
    for finding in findings {
        let outermost =
            decoded.iter().filter(|string| is_within(&finding.pointer, string)).min_by_key(|string| string.len());
        let Some(string) = outermost else { continue };
        if finding.pointer.len() > string.len() {
            let inside = finding.pointer[string.len()..].to_owned();
            finding.message.push_str(&format!(" (inside the JSON string, at {inside})"));
            finding.pointer.clone_from(string);
        }
        finding.anchor = Anchor::Value;
    }
}

fn is_within(pointer: &str, ancestor: &str) -> bool {
    pointer.strip_prefix(ancestor).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}
