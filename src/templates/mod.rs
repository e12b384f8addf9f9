//! Templates (§20, §21): the approved definitions a send is checked against, and the checks of
//! the definitions themselves.

mod definition;
pub(crate) mod definition_rules;
mod detect;
mod lint_buttons;
mod lint_carousel;
mod lint_definition;
mod lint_text;
mod placeholders;
mod send;
mod send_buttons;
mod send_names;
pub(crate) mod send_rules;
mod sent;
mod shapes;

pub(crate) use detect::is_definitions_document;
pub(crate) use lint_definition::check as check_definitions;
pub(crate) use send::check as check_send;

use crate::node::{Arena, Node, Nulls};
use definition::Definition;
use serde_json::Value;
use std::collections::HashMap;
use std::sync::Arc;

/// Approved template definitions, looked up by name and language code in constant time.
///
/// ```
/// let templates = wa_lint::Templates::from_json(r#"{"data": [{
///   "name": "order_update", "language": "en_US", "status": "APPROVED", "category": "UTILITY",
///   "components": [{"type": "BODY", "text": "Hi {{1}}, order {{2}} has shipped."}]
/// }]}"#)?;
/// let options = wa_lint::Options::default().with_templates(templates);
/// let send = r#"{"messaging_product": "whatsapp", "to": "+16505551234", "type": "template",
///   "template": {"name": "order_update", "language": {"code": "en_US"},
///   "components": [{"type": "body", "parameters": [{"type": "text", "text": "Ana"}]}]}}"#;
/// let report = wa_lint::lint(send, &options);
/// assert_eq!(
///     report.diagnostics[0].message,
///     "template `order_update` (en_US) body expects 2 parameters ({{1}}, {{2}}); got 1"
/// );
/// # Ok::<(), wa_lint::TemplatesError>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Templates(Arc<Catalog>);

#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Catalog {
    definitions: Vec<Definition>,
    by_key: HashMap<(String, String), usize>,
    /// Each name's definitions, for "did you mean" over its languages.
    by_name: HashMap<String, Vec<usize>>,
}

/// Definitions that could not be read: the text is not JSON, or not template definitions.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid templates: {0}")]
pub struct TemplatesError(String);

impl Templates {
    /// Reads what `GET /<WABA_ID>/message_templates` returns (`{"data": […], "paging": …}`), an
    /// array of definitions, or one definition.
    pub fn from_json(json: &str) -> Result<Self, TemplatesError> {
        let value: Value =
            serde_json::from_str(json).map_err(|error| TemplatesError(format!("not valid JSON: {error}")))?;
        Self::from_value(&value)
    }

    /// Reads definitions from a JSON value, in the forms [`Templates::from_json`] takes.
    pub fn from_value(value: &Value) -> Result<Self, TemplatesError> {
        Self::from_node(&Node::from_value(value, &Arena::new(), Nulls::Keep))
    }

    fn from_node(value: &Node) -> Result<Self, TemplatesError> {
        let (items, prefix): (&[Node], &str) = match value {
            Node::Array(items) => (items, ""),
            Node::Object(members) => match members.get("data") {
                Some(Node::Array(items)) if !members.contains_key("name") => (items, "/data"),
                Some(_) if !members.contains_key("name") => {
                    return Err(TemplatesError("`data` must be an array of template definitions".into()))
                }
                _ => (std::slice::from_ref(value), ""),
            },
            other => {
                let found = crate::check::shape::type_name(other);
                return Err(TemplatesError(format!(
                    "expected {{\"data\": […]}}, an array of template definitions or one definition; found {found}"
                )));
            }
        };
        let single = value.is_object() && prefix.is_empty();
        let mut catalog = Catalog::default();
        for (index, item) in items.iter().enumerate() {
            let at = if single { String::new() } else { format!("{prefix}/{index}") };
            let Some(definition) = definition::read(item, &at) else {
                let place = if single { "the document".to_owned() } else { format!("the item at {at}") };
                return Err(TemplatesError(format!(
                    "{place} is not a template definition: it needs a string `name` and a string `language`"
                )));
            };
            catalog.insert(definition);
        }
        Ok(Self(Arc::new(catalog)))
    }

    /// These definitions and `other`'s; where both define a name and language, these win.
    pub fn merge(self, other: &Templates) -> Templates {
        let mut catalog = Arc::unwrap_or_clone(self.0);
        for definition in &other.0.definitions {
            catalog.insert(definition.clone());
        }
        Self(Arc::new(catalog))
    }

    /// How many definitions there are.
    pub fn len(&self) -> usize {
        self.0.definitions.len()
    }

    /// Whether there are no definitions.
    pub fn is_empty(&self) -> bool {
        self.0.definitions.is_empty()
    }

    /// The definition of `name` in `language`.
    pub(crate) fn get(&self, name: &str, language: &str) -> Option<&Definition> {
        let index = self.0.by_key.get(&(name.to_owned(), language.to_owned()))?;
        self.0.definitions.get(*index)
    }

    /// The languages `name` is defined in.
    pub(crate) fn languages(&self, name: &str) -> impl Iterator<Item = &str> {
        let indexes = self.0.by_name.get(name).map(Vec::as_slice).unwrap_or_default();
        indexes.iter().filter_map(|index| self.0.definitions.get(*index)).map(|d| d.language.as_str())
    }

    /// Every defined name.
    pub(crate) fn names(&self) -> impl Iterator<Item = &str> {
        self.0.by_name.keys().map(String::as_str)
    }
}

impl Catalog {
    fn insert(&mut self, definition: Definition) {
        let key = (definition.name.clone(), definition.language.clone());
        if self.by_key.contains_key(&key) {
            return;
        }
        let index = self.definitions.len();
        self.by_name.entry(definition.name.clone()).or_default().push(index);
        self.by_key.insert(key, index);
        self.definitions.push(definition);
    }
}
