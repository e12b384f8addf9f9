//! RFC 6901 JSON Pointers built on the stack while the rules descend, rendered only when reported.

use std::borrow::Cow;

/// One step of a path.
#[derive(Clone, Copy, Debug)]
enum Step<'a> {
    Root,
    Key(&'a str),
    Index(usize),
}

/// A path from the document root, as a chain of borrowed steps: descending costs no allocation.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ptr<'a> {
    parent: Option<&'a Ptr<'a>>,
    step: Step<'a>,
}

impl<'a> Ptr<'a> {
    pub const ROOT: Ptr<'static> = Ptr { parent: None, step: Step::Root };

    /// The member `key` of the object at this path.
    pub fn key(&'a self, key: &'a str) -> Ptr<'a> {
        Ptr { parent: Some(self), step: Step::Key(key) }
    }

    /// The element `index` of the array at this path.
    pub fn index(&'a self, index: usize) -> Ptr<'a> {
        Ptr { parent: Some(self), step: Step::Index(index) }
    }

    /// The last member name on the path, if the path ends in one.
    pub fn last_key(&self) -> Option<&'a str> {
        match self.step {
            Step::Key(key) => Some(key),
            _ => None,
        }
    }

    /// How a message names the value at this path: "`title`", "item 2 of `sections`", "the document".
    pub fn describe(&self) -> String {
        match (self.step, self.parent.map(|parent| parent.step)) {
            (Step::Key(key), _) => format!("`{key}`"),
            (Step::Index(index), Some(Step::Key(list))) => format!("item {index} of `{list}`"),
            (Step::Index(index), _) => format!("item {index}"),
            (Step::Root, _) => "the document".to_owned(),
        }
    }

    /// The pointer text: `""` for the root, `/a/0/b~1c` for deeper values.
    pub fn render(&self) -> String {
        let mut steps = Vec::new();
        let mut at = Some(self);
        while let Some(ptr) = at {
            steps.push(ptr.step);
            at = ptr.parent;
        }
        let mut out = String::new();
        for step in steps.iter().rev() {
            match step {
                Step::Root => {}
                Step::Key(key) => {
                    out.push('/');
                    out.push_str(&escape(key));
                }
                Step::Index(index) => {
                    out.push('/');
                    out.push_str(&index.to_string());
                }
            }
        }
        out
    }
}

/// A member name as a pointer token (`~` → `~0`, `/` → `~1`), borrowed when nothing changes.
pub fn escape(key: &str) -> Cow<'_, str> {
    if key.contains(['~', '/']) {
        Cow::Owned(key.replace('~', "~0").replace('/', "~1"))
    } else {
        Cow::Borrowed(key)
    }
}

/// Splits a rendered pointer back into its unescaped reference tokens.
pub fn tokens(pointer: &str) -> impl Iterator<Item = Cow<'_, str>> {
    pointer.split('/').skip(1).map(|token| {
        if token.contains('~') {
            Cow::Owned(token.replace("~1", "/").replace("~0", "~"))
        } else {
            Cow::Borrowed(token)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_and_splits_escaped_pointers() {
        let root = Ptr::ROOT;
        let a = root.key("a/b");
        let b = a.index(0);
        let c = b.key("m~n");
        assert_eq!(root.render(), "");
        assert_eq!(c.render(), "/a~1b/0/m~0n");
        assert_eq!(tokens(&c.render()).collect::<Vec<_>>(), ["a/b", "0", "m~n"]);
        assert_eq!(
            (root.describe(), a.describe(), b.describe(), c.describe()),
            ("the document".into(), "`a/b`".into(), "item 0 of `a/b`".into(), "`m~n`".into())
        );
    }
}
