//! Validation against the bundled JSON Schema through the `jsonschema` crate (feature
//! `schema-validation`; never in the wasm build). For callers who want a schema verdict beside
//! the linter's, e.g. to compare with ajv-based tooling.

use serde_json::Value;

/// One place where a payload does not match the schema.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SchemaError {
    /// RFC 6901 pointer to the offending value (for a missing member, its parent object).
    pub pointer: String,
    /// What the schema says is wrong.
    pub message: String,
}

/// The compiled schema: build it once, validate many payloads.
pub struct SchemaValidator(jsonschema::Validator);

impl SchemaValidator {
    /// Compiles [`schema()`](crate::schema).
    pub fn new() -> Self {
        let schema: Value = serde_json::from_str(crate::schema()).expect("the bundled schema is valid JSON");
        Self(jsonschema::validator_for(&schema).expect("the bundled schema compiles"))
    }

    /// Every mismatch, in the validator's order.
    pub fn errors(&self, payload: &Value) -> Vec<SchemaError> {
        self.0
            .iter_errors(payload)
            .map(|error| SchemaError { pointer: error.instance_path().as_str().to_owned(), message: error.to_string() })
            .collect()
    }
}

impl Default for SchemaValidator {
    fn default() -> Self {
        Self::new()
    }
}
