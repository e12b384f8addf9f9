//! Structure-aware fuzzing: starts from a real payload and mutates it field by field, so that the
//! rules deep inside each message type are reached (random bytes rarely get past the envelope).
//!
//! Input layout: byte 0 picks the seed (the spec examples under `tests/spec_examples/` and every
//! rule's `valid` and `invalid` example), bytes 1–2 pick the options, the rest drive up to 48
//! mutations (replace a string with a long / empty / emoji / escape-heavy one, number ↔ string,
//! delete a member, duplicate an array element many times, insert an unknown or misplaced member,
//! change `type` to another valid name, nest deeper, swap or graft values), and the last few bytes
//! pick the serialization: compact or pretty, LF or CRLF, `\uXXXX`-escaped text, and sometimes a
//! duplicated key spliced in. The text is then checked with `invariants::check_text`; a spliced
//! duplicate must be reported as `duplicate-key` at the member's pointer.
//!
//! `WA_LINT_FUZZ_GROW=1` switches to the grow mode: arrays duplicated to 1,000–200,000 elements
//! and strings of 10,000 to 300,000 characters, so that work per element that grows with the
//! array or the text shows as a libFuzzer timeout (`fuzz/grow.sh` runs a campaign).
//!
//! `WA_LINT_FUZZ_PRINT=1` prints each generated payload to standard error, so that a crash can be
//! turned into a plain JSON fixture for `tests/regressions/`.

#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::{Map, Number, Value};
use std::sync::OnceLock;
use wa_lint::{Level, Options, ServiceWindow, Severity};

#[path = "invariants.rs"]
mod invariants;

include!(concat!(env!("OUT_DIR"), "/spec_examples.rs"));

fn seeds() -> &'static [Value] {
    static SEEDS: OnceLock<Vec<Value>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let rule_examples = wa_lint::rules().iter().flat_map(|rule| [rule.valid, rule.invalid]);
        SPEC_EXAMPLES.iter().copied().chain(rule_examples).filter_map(|text| serde_json::from_str(text).ok()).collect()
    })
}

/// One character each as a person counts, plus characters that are hard on escaping and spans.
const GRAPHEMES: &[&str] = &[
    "a",
    "👨‍👩‍👧‍👦",
    "🇧🇷",
    "e\u{301}",
    "字",
    "ع",
    "1️⃣",
    "👍🏽",
    "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}",
    " ",
    "\n",
    "\r\n",
    "\t",
    "\u{0}",
    "\u{1F}",
    "\"",
    "\\",
    "/",
    "~",
    "*",
    "_",
    "\u{200D}",
    "\u{FE0F}",
    "\u{301}",
    "\u{FFFD}",
    "\u{202E}",
    "\u{10FFFF}",
    "ᄀ\u{1161}\u{11A8}",
];

/// Lengths around every documented limit.
const LENGTHS: &[usize] = &[
    0, 1, 2, 3, 4, 5, 6, 7, 8, 15, 16, 19, 20, 21, 23, 24, 25, 59, 60, 61, 71, 72, 73, 127, 128, 129, 199, 200, 201,
    255, 256, 257, 511, 512, 513, 1023, 1024, 1025, 4095, 4096, 4097, 32768, 32769,
];

const SPECIAL_STRINGS: &[&str] = &[
    "",
    " ",
    "  ",
    "\n",
    "https://example.com/a?b=c",
    "HTTPS://EXAMPLE.COM",
    "http://",
    "https://",
    "ftp://x",
    "https://例え.jp/パス",
    "+16505551234",
    "16505551234",
    "+1 (650) 555-1234",
    "123456",
    "1234567890123456",
    "+",
    "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTdBNkI",
    "2024-02-29",
    "2023-02-29",
    "2024-13-01",
    "{{1}}",
    "{{",
    "*bold* _it_ ~st~ ```code```",
    "0",
    "-1",
    "1e3",
    "NaN",
    "true",
    "null",
    "en_US",
    "en",
    "xx_XX",
    "individual",
    "whatsapp",
    "WhatsApp",
    "CELL",
    "HOME",
    "1",
    "10",
    "-0",
    "00",
    "📍",
    "👍",
    "👍👍",
    "❤️",
    "a\u{0}b",
    "\u{FEFF}",
    "\u{2028}\u{2029}",
    "~1~0/",
    "/~",
    "\\u0000",
    "\"quoted\"",
];

/// Every `type`-like name a payload uses: message, interactive, header, component, parameter,
/// button and sub types.
const TYPE_NAMES: &[&str] = &[
    "text",
    "image",
    "audio",
    "document",
    "sticker",
    "video",
    "location",
    "contacts",
    "interactive",
    "template",
    "reaction",
    "button",
    "list",
    "product",
    "product_list",
    "catalog_message",
    "flow",
    "cta_url",
    "location_request_message",
    "reply",
    "header",
    "body",
    "footer",
    "quick_reply",
    "url",
    "copy_code",
    "catalog",
    "mpm",
    "voice_call",
    "currency",
    "date_time",
    "payload",
    "coupon_code",
    "action",
    "order_details",
    "individual",
    "hsm",
    "unknown",
    "",
    "TEXT",
    "Text",
];

/// Member names to insert: known names in the wrong place, typos, and awkward pointer characters.
const KEYS: &[&str] = &[
    "type",
    "text",
    "body",
    "footer",
    "header",
    "action",
    "buttons",
    "button",
    "sections",
    "rows",
    "id",
    "title",
    "description",
    "reply",
    "preview_url",
    "recipient_type",
    "recipient",
    "to",
    "context",
    "message_id",
    "biz_opaque_callback_data",
    "status",
    "typing_indicator",
    "messaging_product",
    "link",
    "caption",
    "filename",
    "parameters",
    "components",
    "language",
    "code",
    "policy",
    "name",
    "namespace",
    "hsm",
    "emoji",
    "latitude",
    "longitude",
    "address",
    "catalog_id",
    "product_retailer_id",
    "thumbnail_product_retailer_id",
    "flow_token",
    "flow_id",
    "flow_name",
    "flow_cta",
    "flow_action",
    "mode",
    "sub_type",
    "index",
    "display_text",
    "sub_text",
    "tpye",
    "bdoy",
    "Body",
    "TEXT",
    "",
    "a/b",
    "a~b",
    "~",
    "/",
    "~0",
    "~1",
    "0",
    "-",
    " type",
    "type ",
    "é",
    "👍",
    "\u{0}",
];

/// A cursor over the fuzzer's bytes; every read returns 0 once they run out.
struct Bytes<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Bytes<'_> {
    fn byte(&mut self) -> u8 {
        let byte = self.data.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        byte
    }
    fn below(&mut self, n: usize) -> usize {
        if n <= 1 {
            return 0;
        }
        let value = if n <= 256 { self.byte() as usize } else { (self.byte() as usize) << 8 | self.byte() as usize };
        value % n
    }
    fn pick<'t, T>(&mut self, items: &'t [T]) -> &'t T {
        &items[self.below(items.len())]
    }
    fn left(&self) -> bool {
        self.pos < self.data.len()
    }
}

fn escape_token(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// What a pointer names, recorded while walking so that mutations need not resolve it again.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Scalar,
    String,
    Array(usize),
    Object,
}

/// Stop growing a value past this many nodes: a mutation that multiplies a large subtree would
/// otherwise make one input take seconds.
const NODE_BUDGET: usize = 3_000;
/// The same in the grow mode (`WA_LINT_FUZZ_GROW=1`), which looks for work per element that
/// grows with the array: arrays of up to this many nodes, strings of up to 300,000 characters,
/// each input within libFuzzer's `-timeout`.
const GROW_NODE_BUDGET: usize = 400_000;
const GROW_COPIES: &[usize] = &[1_000, 10_000, 50_000, 100_000, 200_000];
const GROW_LENGTHS: &[usize] = &[10_000, 100_000, 300_000];

/// Whether the grow mode is on (read once).
fn growing() -> bool {
    static GROW: OnceLock<bool> = OnceLock::new();
    *GROW.get_or_init(|| std::env::var_os("WA_LINT_FUZZ_GROW").is_some())
}

/// The most text the grow mode builds: the default input limit.
const GROW_BYTE_BUDGET: usize = wa_lint::DEFAULT_MAX_INPUT_BYTES;

/// The size of a value written as compact JSON.
fn text_size(value: &Value) -> usize {
    serde_json::to_vec(value).map_or(0, |text| text.len())
}

fn node_budget() -> usize {
    if growing() {
        GROW_NODE_BUDGET
    } else {
        NODE_BUDGET
    }
}

/// Every pointer in `value` with what it names, in document order (the root is `""`), at most
/// `NODE_BUDGET`.
fn pointers(value: &Value) -> Vec<(String, Kind)> {
    fn walk(value: &Value, at: &str, out: &mut Vec<(String, Kind)>) {
        if out.len() >= node_budget() {
            return;
        }
        match value {
            Value::Object(members) => {
                out.push((at.to_owned(), Kind::Object));
                members.iter().for_each(|(k, v)| walk(v, &format!("{at}/{}", escape_token(k)), out))
            }
            Value::Array(items) => {
                out.push((at.to_owned(), Kind::Array(items.len())));
                items.iter().enumerate().for_each(|(i, v)| walk(v, &format!("{at}/{i}"), out))
            }
            Value::String(_) => out.push((at.to_owned(), Kind::String)),
            _ => out.push((at.to_owned(), Kind::Scalar)),
        }
    }
    let mut out = Vec::new();
    walk(value, "", &mut out);
    out
}

/// The pointers whose value is of a kind.
fn of_kind(all: &[(String, Kind)], wanted: impl Fn(Kind) -> bool) -> Vec<String> {
    all.iter().filter(|(_, kind)| wanted(*kind)).map(|(pointer, _)| pointer.clone()).collect()
}

fn node_count(value: &Value) -> usize {
    match value {
        Value::Object(members) => 1 + members.values().map(node_count).sum::<usize>(),
        Value::Array(items) => 1 + items.iter().map(node_count).sum::<usize>(),
        _ => 1,
    }
}

fn unescape_token(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// The parent pointer and last token of a non-root pointer.
fn split(pointer: &str) -> Option<(&str, String)> {
    let slash = pointer.rfind('/')?;
    Some((&pointer[..slash], unescape_token(&pointer[slash + 1..])))
}

fn depth(value: &Value) -> usize {
    match value {
        Value::Object(members) => 1 + members.values().map(depth).max().unwrap_or(0),
        Value::Array(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
        _ => 0,
    }
}

fn make_string(bytes: &mut Bytes) -> String {
    match bytes.byte() % 6 {
        0 => bytes.pick(SPECIAL_STRINGS).to_string(),
        1 => bytes.pick(TYPE_NAMES).to_string(),
        2..=4 => {
            let length = if growing() { *bytes.pick(GROW_LENGTHS) } else { *bytes.pick(LENGTHS) };
            let grapheme = bytes.pick(GRAPHEMES);
            // Mostly one grapheme repeated; sometimes a mix.
            if bytes.byte() % 4 == 0 {
                (0..length).map(|_| *bytes.pick(GRAPHEMES)).collect()
            } else {
                grapheme.repeat(length)
            }
        }
        _ => {
            let count = bytes.below(12);
            (0..count).map(|_| *bytes.pick(GRAPHEMES)).collect()
        }
    }
}

fn make_value(bytes: &mut Bytes) -> Value {
    match bytes.byte() % 16 {
        0 => Value::Null,
        1 => Value::Bool(true),
        2 => Value::Bool(false),
        3 => Value::from(0),
        4 => Value::from(-1),
        5 => Value::from(u64::MAX),
        6 => Value::from(i64::MIN),
        7 => Number::from_f64(1.5).map_or(Value::Null, Value::Number),
        8 => Number::from_f64(1e300).map_or(Value::Null, Value::Number),
        9 => Number::from_f64(-90.000_001).map_or(Value::Null, Value::Number),
        10 => Value::Array(Vec::new()),
        11 => Value::Object(Map::new()),
        12 => {
            let seed = bytes.pick(seeds());
            let all = pointers(seed);
            let (pointer, _) = bytes.pick(&all);
            seed.pointer(pointer).cloned().unwrap_or(Value::Null)
        }
        _ => Value::String(make_string(bytes)),
    }
}

/// Applies one mutation chosen by the next byte.
fn mutate(value: &mut Value, bytes: &mut Bytes) {
    let all = pointers(value);
    let full = all.len() >= node_budget();
    let any: Vec<String> = all.iter().map(|(pointer, _)| pointer.clone()).collect();
    let op = bytes.byte() % 14;
    match op {
        // Replace a string (or, if none, any value) with a generated string.
        0 | 1 => {
            let strings = of_kind(&all, |kind| kind == Kind::String);
            let pointer = if strings.is_empty() { bytes.pick(&any).clone() } else { bytes.pick(&strings).clone() };
            let new = Value::String(make_string(bytes));
            if let Some(slot) = value.pointer_mut(&pointer) {
                *slot = new;
            }
        }
        // Number → string, string → number, bool → string.
        2 => {
            let pointer = bytes.pick(&any).clone();
            if let Some(slot) = value.pointer_mut(&pointer) {
                *slot = match slot.take() {
                    Value::Number(n) => Value::String(n.to_string()),
                    Value::String(s) => {
                        s.trim().parse::<i64>().map(Value::from).unwrap_or_else(|_| Value::from(s.len() as u64))
                    }
                    Value::Bool(b) => Value::String(b.to_string()),
                    other => other,
                };
            }
        }
        // Delete a member or an element.
        3 | 4 => {
            let pointer = bytes.pick(&any).clone();
            if let Some((parent, token)) = split(&pointer) {
                match value.pointer_mut(parent) {
                    Some(Value::Object(members)) => drop(members.remove(&token)),
                    Some(Value::Array(items)) => {
                        if let Ok(index) = token.parse::<usize>() {
                            if index < items.len() {
                                items.remove(index);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        // Duplicate an array element many times.
        5 => {
            let arrays = of_kind(&all, |kind| matches!(kind, Kind::Array(n) if n > 0));
            if arrays.is_empty() || full {
                return;
            }
            // In the grow mode the text stays within the default input limit: a copy of a
            // megabyte string 200,000 times would measure the fuzzer's memory, not the linter.
            let room = if growing() { GROW_BYTE_BUDGET.saturating_sub(text_size(value)) } else { usize::MAX };
            let pointer = bytes.pick(&arrays).clone();
            let copies = if growing() {
                *bytes.pick(GROW_COPIES)
            } else {
                *bytes.pick(&[1usize, 2, 3, 7, 8, 9, 10, 11, 29, 30, 31, 256, 257, 300, 1000])
            };
            if let Some(Value::Array(items)) = value.pointer_mut(&pointer) {
                let item = items[bytes.below(items.len())].clone();
                let copies = copies.min(node_budget() / node_count(&item)).min(room / text_size(&item).max(1));
                items.extend(std::iter::repeat(item).take(copies));
            }
        }
        // Insert an unknown (or misplaced) member.
        6 | 7 => {
            let objects = of_kind(&all, |kind| kind == Kind::Object);
            if objects.is_empty() {
                return;
            }
            let pointer = bytes.pick(&objects).clone();
            let key = bytes.pick(KEYS).to_string();
            let new = make_value(bytes);
            if let Some(Value::Object(members)) = value.pointer_mut(&pointer) {
                members.insert(key, new);
            }
        }
        // Change a `type` (or `sub_type`) to another valid name.
        8 | 9 => {
            let types: Vec<&String> = any.iter().filter(|p| p.ends_with("/type") || p.ends_with("/sub_type")).collect();
            let name = bytes.pick(TYPE_NAMES).to_string();
            if types.is_empty() {
                if let Value::Object(members) = value {
                    members.insert("type".into(), Value::String(name));
                }
                return;
            }
            let pointer = (*bytes.pick(&types)).clone();
            if let Some(slot) = value.pointer_mut(&pointer) {
                *slot = Value::String(name);
            }
        }
        // Nest deeper: wrap a value in arrays or objects.
        10 => {
            let pointer = bytes.pick(&any).clone();
            let levels = *bytes.pick(&[1usize, 1, 2, 3, 10, 60, 120, 126, 127, 128, 129, 200]);
            if full {
                return;
            }
            let as_object = bytes.byte() % 2 == 0;
            if depth(value) + levels > 260 {
                return;
            }
            if let Some(slot) = value.pointer_mut(&pointer) {
                let mut inner = slot.take();
                for _ in 0..levels {
                    inner = if as_object {
                        Value::Object(Map::from_iter([("x".to_owned(), inner)]))
                    } else {
                        Value::Array(vec![inner])
                    };
                }
                *slot = inner;
            }
        }
        // Swap the values at two paths, neither inside the other.
        11 => {
            let a = bytes.pick(&any).clone();
            let b = bytes.pick(&any).clone();
            let inside = |outer: &str, inner: &str| inner == outer || inner.starts_with(&format!("{outer}/"));
            if inside(&a, &b) || inside(&b, &a) {
                return;
            }
            let (Some(va), Some(vb)) = (value.pointer(&a).cloned(), value.pointer(&b).cloned()) else { return };
            *value.pointer_mut(&a).unwrap() = vb;
            *value.pointer_mut(&b).unwrap() = va;
        }
        // Replace any value with a scalar, an empty container or a subtree of another seed.
        12 => {
            let pointer = bytes.pick(&any).clone();
            let new = make_value(bytes);
            if let Some(slot) = value.pointer_mut(&pointer) {
                *slot = new;
            }
        }
        // Graft a member of another seed (a real name with a real value) into one of our objects.
        _ => {
            let seed = bytes.pick(seeds());
            let members: Vec<(String, Value)> = pointers(seed)
                .iter()
                .filter_map(|(p, _)| {
                    split(p).and_then(|(parent, key)| {
                        seed.pointer(parent)?.is_object().then(|| (key, seed.pointer(p).cloned()))
                    })
                })
                .filter_map(|(key, v)| Some((key, v?)))
                .collect();
            let objects = of_kind(&all, |kind| kind == Kind::Object);
            if members.is_empty() || objects.is_empty() || full {
                return;
            }
            let (key, new) = bytes.pick(&members).clone();
            let pointer = bytes.pick(&objects).clone();
            if let Some(Value::Object(target)) = value.pointer_mut(&pointer) {
                target.insert(key, new);
            }
        }
    }
}

/// How the mutated value is written out.
struct Style {
    indent: Option<&'static str>,
    newline: &'static str,
    colon: &'static str,
    /// Escape every non-ASCII character as `\uXXXX` (surrogate pairs above the BMP).
    escape_non_ascii: bool,
    /// Escape ASCII letters in member names as `\u00XX` (names must still match when decoded).
    escape_key_letters: bool,
    escape_slash: bool,
    /// Splice a duplicate of one member (the `n`th non-empty object, its `m`th member) before it,
    /// with a decoy value: `(n, m, decoy)`.
    duplicate: Option<(usize, usize, u8)>,
}

struct Writer<'s> {
    style: &'s Style,
    out: String,
    objects_seen: usize,
    /// The pointer of the spliced duplicate member.
    duplicated: Option<String>,
}

impl Writer<'_> {
    fn string(&mut self, text: &str, key: bool) {
        self.out.push('"');
        for c in text.chars() {
            match c {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\n' => self.out.push_str("\\n"),
                '\r' => self.out.push_str("\\r"),
                '\t' => self.out.push_str("\\t"),
                '/' if self.style.escape_slash => self.out.push_str("\\/"),
                c if (c as u32) < 0x20 => self.out.push_str(&format!("\\u{:04x}", c as u32)),
                c if key && self.style.escape_key_letters && c.is_ascii_alphabetic() => {
                    self.out.push_str(&format!("\\u{:04X}", c as u32))
                }
                c if !c.is_ascii() && self.style.escape_non_ascii => {
                    let mut units = [0u16; 2];
                    for unit in c.encode_utf16(&mut units) {
                        self.out.push_str(&format!("\\u{unit:04x}"));
                    }
                }
                c => self.out.push(c),
            }
        }
        self.out.push('"');
    }

    /// Writes the separator (unless first), the indentation and `"key":` of an object member.
    fn member_name(&mut self, first: &mut bool, key: &str, level: usize) {
        if !*first {
            self.out.push(',');
        }
        *first = false;
        self.line(level + 1);
        self.string(key, true);
        self.out.push_str(self.style.colon);
    }

    fn line(&mut self, level: usize) {
        if let Some(indent) = self.style.indent {
            self.out.push_str(self.style.newline);
            for _ in 0..level {
                self.out.push_str(indent);
            }
        }
    }

    fn value(&mut self, value: &Value, level: usize, at: &str) {
        match value {
            Value::Null => self.out.push_str("null"),
            Value::Bool(b) => self.out.push_str(if *b { "true" } else { "false" }),
            Value::Number(n) => self.out.push_str(&n.to_string()),
            Value::String(s) => self.string(s, false),
            Value::Array(items) => {
                self.out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.out.push(',');
                    }
                    self.line(level + 1);
                    self.value(item, level + 1, &format!("{at}/{i}"));
                }
                if !items.is_empty() {
                    self.line(level);
                }
                self.out.push(']');
            }
            Value::Object(members) => {
                let splice = match self.style.duplicate {
                    Some((n, m, decoy)) if !members.is_empty() => {
                        let this = self.objects_seen;
                        self.objects_seen += 1;
                        (this == n).then_some((m % members.len(), decoy))
                    }
                    _ => None,
                };
                self.out.push('{');
                let mut first = true;
                for (i, (key, member)) in members.iter().enumerate() {
                    let pointer = format!("{at}/{}", escape_token(key));
                    if let Some((_, decoy)) = splice.filter(|&(m, _)| m == i) {
                        // The earlier member is ignored; the later, real one is kept.
                        self.member_name(&mut first, key, level);
                        match decoy % 4 {
                            0 => self.out.push_str("null"),
                            1 => self.value(member, level + 1, &pointer),
                            2 => self.out.push_str("{\"decoy\": [1, {\"x\": \"y\"}]}"),
                            _ => self.out.push_str("\"decoy\""),
                        }
                        self.duplicated = Some(pointer.clone());
                    }
                    self.member_name(&mut first, key, level);
                    self.value(member, level + 1, &pointer);
                }
                if !members.is_empty() {
                    self.line(level);
                }
                self.out.push('}');
            }
        }
    }
}

fn options(bytes: &mut Bytes) -> Options {
    let window = match bytes.byte() % 4 {
        0 => ServiceWindow::Closed,
        1 => ServiceWindow::Open,
        _ => ServiceWindow::Unknown,
    };
    let mut options = Options::default().with_service_window(window);
    let which = bytes.byte();
    if which % 4 == 0 {
        // Turn one rule off or change its severity (never duplicate-key or invalid-json: the
        // invariants look for them).
        let rules = wa_lint::rules();
        let rule = rules[which as usize / 4 % rules.len()];
        if rule.code != invariants::DUPLICATE_KEY && rule.code != invariants::INVALID_JSON {
            let level = match which % 3 {
                0 => Level::Off,
                1 => Level::On(Severity::Info),
                _ => Level::On(Severity::Error),
            };
            options = options.with_rule(rule.code, level).expect("a registered rule");
        }
    }
    options
}

fuzz_target!(|data: &[u8]| {
    if data.is_empty() {
        return;
    }
    // The serialization style comes from the last four bytes, the rest drives the mutations.
    let (body, tail) = data.split_at(data.len().saturating_sub(4));
    let mut style_bytes = Bytes { data: tail, pos: 0 };
    let mut bytes = Bytes { data: body, pos: 0 };
    let mut value = bytes.pick(seeds()).clone();
    let options = options(&mut bytes);
    let mut mutations = 0;
    while bytes.left() && mutations < 48 {
        mutate(&mut value, &mut bytes);
        mutations += 1;
    }

    let s = style_bytes.byte();
    let style = Style {
        indent: match s % 5 {
            0 | 1 => None,
            2 => Some("  "),
            3 => Some("\t"),
            _ => Some(" "),
        },
        newline: if s & 0x08 != 0 { "\r\n" } else { "\n" },
        colon: if s & 0x10 != 0 { ": " } else { ":" },
        escape_non_ascii: s & 0x20 != 0,
        escape_key_letters: s & 0x40 != 0 && s & 0x80 != 0,
        escape_slash: s & 0x80 != 0,
        duplicate: {
            let d = style_bytes.byte();
            (d % 3 == 0).then(|| (style_bytes.byte() as usize % 8, style_bytes.byte() as usize, d / 3))
        },
    };
    let mut writer = Writer { style: &style, out: String::new(), objects_seen: 0, duplicated: None };
    writer.value(&value, 0, "");
    let text = writer.out;
    if std::env::var_os("WA_LINT_FUZZ_PRINT").is_some() {
        // To turn a crash into a plain fixture: WA_LINT_FUZZ_PRINT=1 cargo fuzz run lint_structured CRASH
        eprintln!("----- generated payload ({} bytes) -----\n{text}\n-----", text.len());
    }

    let report = invariants::check_text(&text, &options);
    invariants::check_value(&value, &options);
    if let Some(pointer) = writer.duplicated {
        // Text over the input limit (the grow mode reaches it) is one invalid-json, checked above.
        // So is a report that lists as many as it may, and counts the rest (the duplicate with them).
        let linted = report
            .diagnostics
            .iter()
            .all(|d| d.code != invariants::INVALID_JSON && d.code != invariants::TOO_MANY_DIAGNOSTICS);
        if linted && serde_json::from_str::<Value>(&text).is_ok() {
            assert!(
                report.diagnostics.iter().any(|d| d.code == invariants::DUPLICATE_KEY && d.pointer == pointer),
                "the duplicate member at {pointer} was not reported; got {:?}",
                invariants::pairs(&report, false)
            );
        }
    }
});
