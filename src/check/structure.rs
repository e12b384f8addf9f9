//! Rules about the document itself and about every object: JSON syntax, types, required and
//! unknown members, enum values, empty strings, duplicate keys, and the UTF-16 counting note.

use crate::diagnostic::Severity::{Error, Info, Warning};
use crate::rule::Rule;

pub static INVALID_JSON: Rule = Rule {
    code: "WA0001",
    name: "invalid-json",
    severity: Error,
    applies_to: &["*"],
    source: meta!("reference/whatsapp-business-phone-number/message-api", "Request body", "100"),
    summary: "The payload must be well-formed JSON (and within the input size and nesting limits).",
    help: "fix the JSON syntax at the position shown",
    valid: example!("WA0001-invalid-json", "valid"),
    invalid: example!("WA0001-invalid-json", "invalid"),
};

pub static ROOT_NOT_OBJECT: Rule = Rule {
    code: "WA0002",
    name: "root-not-object",
    severity: Error,
    applies_to: &["*"],
    source: meta!("reference/whatsapp-business-phone-number/message-api", "Request body", "100"),
    summary: "The document root must be a JSON object (one message per request).",
    help: "send one message object per request",
    valid: example!("WA0002-root-not-object", "valid"),
    invalid: example!("WA0002-root-not-object", "invalid"),
};

pub static DUPLICATE_KEY: Rule = Rule {
    code: "WA0003",
    name: "duplicate-key",
    severity: Error,
    applies_to: &["*"],
    source: decision!(
        "duplicate keys are errors: which one the API keeps is undocumented, and RFC 8259 says names should be unique"
    ),
    summary: "An object must not name the same member twice: parsers keep only one of them, silently.",
    help: "remove one of the two members; only the last one is read",
    valid: example!("WA0003-duplicate-key", "valid"),
    invalid: example!("WA0003-duplicate-key", "invalid"),
};

pub static WRONG_TYPE: Rule = Rule {
    code: "WA0004",
    name: "wrong-type",
    severity: Error,
    applies_to: &["*"],
    source: meta!("reference/whatsapp-business-phone-number/message-api", "Request body", "100"),
    summary: "Every member has a documented JSON type: string, number, boolean, object or array.",
    help: "use the JSON type the API documents for this member",
    valid: example!("WA0004-wrong-type", "valid"),
    invalid: example!("WA0004-wrong-type", "invalid"),
};

pub static MISSING_MEMBER: Rule = Rule {
    code: "WA0005",
    name: "missing-member",
    severity: Error,
    applies_to: &["*"],
    source: meta!("reference/whatsapp-business-phone-number/message-api", "Request body", "100"),
    summary: "A member the API requires is absent.",
    help: "add the member; the pointer shows where it belongs",
    valid: example!("WA0005-missing-member", "valid"),
    invalid: example!("WA0005-missing-member", "invalid"),
};

pub static UNKNOWN_MEMBER: Rule = Rule {
    code: "WA0006",
    name: "unknown-member",
    severity: Error,
    applies_to: &["*"],
    source: meta!("reference/whatsapp-business-phone-number/message-api", "Request body", "100 (Unexpected key)"),
    summary: "A member the API does not document: the Graph API rejects it (`(#100) Unexpected key \"policystring\" on param \"template['language']\"`). Usually a typo.",
    help: "remove it, or correct its name",
    valid: example!("WA0006-unknown-member", "valid"),
    invalid: example!("WA0006-unknown-member", "invalid"),
};

pub static INVALID_VALUE: Rule = Rule {
    code: "WA0007",
    name: "invalid-value",
    severity: Error,
    applies_to: &["*"],
    source: meta!("reference/whatsapp-business-phone-number/message-api", "Request body", "100"),
    summary: "A member that takes one of a fixed set of values has another one.",
    help: "use one of the values listed",
    valid: example!("WA0007-invalid-value", "valid"),
    invalid: example!("WA0007-invalid-value", "invalid"),
};

pub static EMPTY_STRING: Rule = Rule {
    code: "WA0008",
    name: "empty-string",
    severity: Error,
    applies_to: &["*"],
    source: meta!("reference/whatsapp-business-phone-number/message-api", "Request body", "100"),
    summary: "An id or name the API needs is an empty string.",
    help: "fill in the value",
    valid: example!("WA0008-empty-string", "valid"),
    invalid: example!("WA0008-empty-string", "invalid"),
};

pub static UTF16_LENGTH: Rule = Rule {
    code: "WA0009",
    name: "utf16-length",
    severity: Info,
    applies_to: &["*"],
    source: decision!("characters are counted as grapheme clusters; UTF-16 units are noted"),
    summary: "A text fits its limit in characters but not in UTF-16 code units, which some SDKs and older API versions count.",
    help: "the text is valid as counted by wa-lint (characters); shorten it if your SDK counts UTF-16 units",
    valid: example!("WA0009-utf16-length", "valid"),
    invalid: example!("WA0009-utf16-length", "invalid"),
};

pub static NULL_MEMBER: Rule = Rule {
    code: "WA0020",
    name: "null-member",
    severity: Warning,
    applies_to: &["*"],
    source: decision!("null on an optional member is accepted by the API; wa-lint warns"),
    summary: "`null` for an optional member is accepted and ignored; `null` for a required member counts as missing.",
    help: "omit the member instead of sending null",
    valid: example!("WA0020-null-member", "valid"),
    invalid: example!("WA0020-null-member", "invalid"),
};

pub static JSON_ENCODED_STRING: Rule = Rule {
    code: "WA0021",
    name: "json-encoded-string",
    severity: Warning,
    applies_to: &["*"],
    source: decision!("the Graph API decodes a string holding JSON where an object or array is expected; wa-lint warns and lints the decoded value"),
    summary: "A string holding JSON where an object or array is expected (`\"action\": \"{\\\"buttons\\\": …}\"`) is decoded by the API; wa-lint lints the decoded value too and reports its findings at the string.",
    help: "send the object itself, not a string holding it",
    valid: example!("WA0021-json-encoded-string", "valid"),
    invalid: example!("WA0021-json-encoded-string", "invalid"),
};

pub static TOO_MANY_DIAGNOSTICS: Rule = Rule {
    code: "WA0031",
    name: "too-many-diagnostics",
    severity: Warning,
    applies_to: &["*"],
    source: decision!("a report lists at most 10,000 diagnostics (maxDiagnostics) and counts the rest"),
    summary: "A report lists at most `maxDiagnostics` findings (10,000 by default); this one counts the rest by severity, and is reported with the most serious severity among them, so that exit codes stay right.",
    help: "fix the listed problems first, or raise the limit (--max-diagnostics, maxDiagnostics)",
    valid: example!("WA0031-too-many-diagnostics", "valid"),
    invalid: "",
};
