//! Cost in every dimension of the input: one generated test per array and per string that any
//! valid example payload holds (`tests/meta_examples/`, `tests/spec_examples/`), that the test
//! template definitions hold (`tests/templates/definitions.json`, linted as definitions), and that
//! template sends checked against them hold (`tests/templates/sends/`), plus object members and
//! duplicate keys. Each test grows one dimension to 10,000 and to 100,000 items (array
//! elements, characters, members) and asserts that the larger input takes at most
//! [`MAX_RATIO`] times as long: linear cost shows as ~10×, quadratic as ~100×. Both sizes are
//! timed in the same process, one test at a time, and the ratio is what is asserted, so a noisy
//! machine shifts both sides alike.
//!
//! Memory alone can make linear work scale above 10×: a 100,000-item tree outgrows the caches
//! that a 10,000-item one fits in. So a linear reference on the same two inputs (the `serde_json`
//! parse and one walk over the tree it builds) is timed beside the lint, and where it scales by more than 10×, the limit grows
//! in proportion. A quadratic dimension still fails: its lint grows ~10× more than its parse.
//!
//! `payload-size` is off here: it is one finding that appears once a payload passes 1 MB, and the
//! locating it starts is a one-time linear pass, a step that a two-point ratio would misread as
//! growth. Locating at scale is measured by the dimensions whose every item has a finding, with
//! every diagnostic listed (no `max_diagnostics` limit).
//!
//! Timing is meaningful only in an optimised build: `cargo test --release --test scaling`
//! (`scripts/test.sh` runs it so). A debug build lists the tests and skips them.
//! `cargo test --release --test scaling -- buttons` runs the dimensions whose name matches.

use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};
use wa_lint::{lint, render, Level, Options, Templates};

/// The sizes compared, in items of the dimension grown.
const SMALL: usize = 10_000;
const LARGE: usize = 100_000;
/// Ten times the items may take at most this many times as long.
const MAX_RATIO: f64 = 15.0;
/// How many times the items the larger input holds.
const SIZE_RATIO: f64 = (LARGE / SMALL) as f64;
/// Below this, the larger input is too fast for its ratio to say anything.
const NOISE_FLOOR: Duration = Duration::from_millis(3);
/// Measurements of both sizes before a dimension fails.
const ATTEMPTS: usize = 3;
/// Larger than the last-level cache of the machines this runs on.
const EVICTION_BYTES: usize = 32 << 20;

/// String contents grown: plain words with Markdown markers and runs of spaces, emoji ZWJ
/// sequences (the grapheme segmenter's slow path), and URLs (the URL scanner).
const PATTERNS: &[(&str, &str)] =
    &[("words", "ab *c* _d_ ~e~    `f` "), ("emoji", "👨‍👩‍👧‍👦e\u{301}🇧🇷"), ("urls", "https://a.example/x.jpg ")];

/// Template definitions in the form `GET /<WABA_ID>/message_templates` returns.
const DEFINITIONS: &str = "tests/templates/definitions.json";

/// Member names whose values must be unique or look like ids: copies of an array element get
/// these suffixed with their index, so that uniqueness checks see distinct values.
const DISTINCT_KEYS: &[&str] = &["id", "title", "product_retailer_id", "payload", "text", "display_text", "name"];

fn main() {
    keep_freed_memory();
    let mut arguments = Arguments::from_args();
    // Timings of two tests running at once would disturb each other.
    arguments.test_threads = Some(1);
    let optimised = !cfg!(debug_assertions);
    let trials = dimensions()
        .into_iter()
        .map(|dimension| {
            let name = dimension.name.clone();
            Trial::test(name, move || dimension.run()).with_ignored_flag(!optimised)
        })
        .collect();
    libtest_mimic::run(&arguments, trials).exit();
}

/// Makes glibc keep freed memory for the next run. By default it serves large blocks (over
/// 32 MB always) with `mmap` and returns them when freed, so each run of a large input writes to
/// fresh pages, which a smaller input's runs reuse: a linear rendering of 100,000 diagnostics
/// (27 MB) measured 16× the time of 10,000. Both sizes then run on reused memory, as the cache
/// eviction makes both run on cold caches.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn keep_freed_memory() {
    extern "C" {
        fn mallopt(parameter: i32, value: i32) -> i32;
    }
    const M_TRIM_THRESHOLD: i32 = -1;
    const M_MMAP_MAX: i32 = -4;
    // SAFETY: glibc's `mallopt` accepts these parameters and values at any time; they only decide
    // whether large blocks come from `mmap` and when freed memory goes back to the system.
    unsafe {
        mallopt(M_MMAP_MAX, 0);
        mallopt(M_TRIM_THRESHOLD, i32::MAX);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn keep_freed_memory() {}

/// One dimension: a function that builds the input with `n` items, and what to time.
struct Dimension {
    name: String,
    build: Box<dyn Fn(usize) -> String + Send>,
    /// Also render the report for people (code frames), which walks the source per diagnostic.
    render: bool,
}

impl Dimension {
    fn run(&self) -> Result<(), Failed> {
        let options = options();
        let (small, large) = ((self.build)(SMALL), (self.build)(LARGE));
        let mut eviction = vec![0u8; EVICTION_BYTES];
        let mut attempts = Vec::new();
        // A quadratic dimension fails every attempt; a linear one fails at most when the machine
        // was busy during one of them.
        for _ in 0..ATTEMPTS {
            let (small_time, large_time) =
                (self.time(&small, &options, &mut eviction), self.time(&large, &options, &mut eviction));
            let ratio = ratio_of(large_time, small_time);
            let parse_ratio = ratio_of(time_parse(&large, &mut eviction), time_parse(&small, &mut eviction));
            let limit = MAX_RATIO * (parse_ratio / SIZE_RATIO).max(1.0);
            if large_time <= NOISE_FLOOR || ratio <= limit {
                return Ok(());
            }
            attempts.push(format!(
                "{large_time:?} against {small_time:?} ({ratio:.1}×; the parse {parse_ratio:.1}×, so the limit {limit:.1}×)"
            ));
        }
        Err(format!("{}: {LARGE} items against {SMALL}, limit {MAX_RATIO}×: {}", self.name, attempts.join("; ")).into())
    }

    /// The fastest of three cold runs of the lint (and, for some dimensions, the rendering).
    fn time(&self, text: &str, options: &Options, eviction: &mut [u8]) -> Duration {
        fastest_cold(eviction, || {
            let report = lint(text, options);
            if self.render {
                std::hint::black_box(render::human("scaling.json", text, &report));
            }
            std::hint::black_box(report);
        })
    }
}

/// What every dimension is linted with: no input or report limit, `payload-size` off (above),
/// and the test definitions, which template sends are checked against.
fn options() -> Options {
    let text = std::fs::read_to_string(DEFINITIONS).expect("the test definitions");
    Options::default()
        .with_templates(Templates::from_json(&text).expect("the test definitions parse"))
        .with_max_input_bytes(usize::MAX)
        .with_max_diagnostics(usize::MAX)
        .with_rule("payload-size", Level::Off)
        .expect("payload-size is a rule")
}

/// The linear reference: parsing the same text into a `serde_json::Value`, reading every key and
/// string of it once, and dropping it.
fn time_parse(text: &str, eviction: &mut [u8]) -> Duration {
    fastest_cold(eviction, || {
        let value = serde_json::from_str::<Value>(text).ok();
        std::hint::black_box(value.as_ref().map(text_bytes));
    })
}

/// The bytes of every key and string in `value`: a walk that visits each node once.
fn text_bytes(value: &Value) -> usize {
    match value {
        Value::String(text) => text.len(),
        Value::Array(items) => items.iter().map(text_bytes).sum(),
        Value::Object(members) => members.iter().map(|(key, member)| key.len() + text_bytes(member)).sum(),
        _ => 0,
    }
}

/// The fastest of three runs of `work`, each starting with cold caches (the eviction buffer is
/// rewritten first), so that a small input is not favoured by fitting in the cache.
fn fastest_cold(eviction: &mut [u8], mut work: impl FnMut()) -> Duration {
    (0..3u8)
        .map(|round| {
            eviction.iter_mut().for_each(|byte| *byte = byte.wrapping_add(round));
            std::hint::black_box(&eviction);
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn ratio_of(large: Duration, small: Duration) -> f64 {
    large.as_secs_f64() / small.as_secs_f64().max(1e-9)
}

/// Every dimension of every example payload, each named by its path with indices as `*`; a
/// path already seen in an earlier payload is not grown again.
fn dimensions() -> Vec<Dimension> {
    let mut paths: BTreeMap<String, (Value, Vec<Step>)> = BTreeMap::new();
    for (_, payload) in examples() {
        let mut found = Vec::new();
        collect(&payload, &mut Vec::new(), &mut found);
        for path in found {
            paths.entry(general_name(&path)).or_insert_with(|| (payload.clone(), path));
        }
    }
    let mut dimensions = Vec::new();
    for (name, (payload, path)) in paths {
        match lookup(&payload, &path) {
            Some(Value::Array(_)) => {
                for distinct in [true, false] {
                    let (payload, path) = (payload.clone(), path.clone());
                    let variant = if distinct { "distinct" } else { "copies" };
                    dimensions.push(Dimension {
                        name: format!("array {name} ({variant})"),
                        build: Box::new(move |n| grow_array(&payload, &path, n, distinct)),
                        render: !distinct,
                    });
                }
            }
            Some(Value::String(_)) => {
                for &(pattern_name, pattern) in PATTERNS {
                    let (payload, path) = (payload.clone(), path.clone());
                    dimensions.push(Dimension {
                        name: format!("string {name} ({pattern_name})"),
                        build: Box::new(move |n| grow_string(&payload, &path, n, pattern)),
                        render: false,
                    });
                }
            }
            Some(Value::Object(_)) => {
                let (payload, path) = (payload.clone(), path.clone());
                dimensions.push(Dimension {
                    name: format!("members {name} (unknown)"),
                    build: Box::new(move |n| grow_members(&payload, &path, n)),
                    render: true,
                });
            }
            _ => {}
        }
    }
    dimensions.push(Dimension {
        name: "members / (duplicate keys)".into(),
        build: Box::new(duplicate_keys),
        render: true,
    });
    dimensions
}

fn examples() -> Vec<(String, Value)> {
    let mut payloads = Vec::new();
    // The definitions and the sends come first: a path already seen is not grown again, and theirs are the ones
    // whose templates are defined.
    let mut paths = vec![Path::new(DEFINITIONS).to_path_buf()];
    for folder in ["tests/templates/sends", "tests/meta_examples", "tests/spec_examples"] {
        let mut found: Vec<_> = std::fs::read_dir(Path::new(folder))
            .into_iter()
            .flatten()
            .flatten()
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|e| e == "json"))
            .collect();
        found.sort();
        paths.extend(found);
    }
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        if let Ok(value) = serde_json::from_str(&text) {
            payloads.push((path.display().to_string(), value));
        }
    }
    assert!(payloads.len() >= 40, "expected the example payloads, found {}", payloads.len());
    payloads
}

#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

/// The paths of every array, string and object below the root.
fn collect(value: &Value, path: &mut Vec<Step>, found: &mut Vec<Vec<Step>>) {
    match value {
        Value::Array(items) => {
            found.push(path.clone());
            for (index, item) in items.iter().enumerate() {
                path.push(Step::Index(index));
                collect(item, path, found);
                path.pop();
            }
        }
        Value::Object(members) => {
            found.push(path.clone());
            for (key, member) in members {
                path.push(Step::Key(key.clone()));
                collect(member, path, found);
                path.pop();
            }
        }
        Value::String(_) => found.push(path.clone()),
        _ => {}
    }
}

fn general_name(path: &[Step]) -> String {
    let mut name = String::new();
    for step in path {
        name.push('/');
        match step {
            Step::Key(key) => name.push_str(key),
            Step::Index(_) => name.push('*'),
        }
    }
    if name.is_empty() {
        name.push('/');
    }
    name
}

fn lookup<'v>(value: &'v Value, path: &[Step]) -> Option<&'v Value> {
    path.iter().try_fold(value, |value, step| match step {
        Step::Key(key) => value.get(key.as_str()),
        Step::Index(index) => value.get(*index),
    })
}

fn lookup_mut<'v>(value: &'v mut Value, path: &[Step]) -> Option<&'v mut Value> {
    path.iter().try_fold(value, |value, step| match step {
        Step::Key(key) => value.get_mut(key.as_str()),
        Step::Index(index) => value.get_mut(*index),
    })
}

fn grow_array(payload: &Value, path: &[Step], n: usize, distinct: bool) -> String {
    let mut payload = payload.clone();
    if let Some(Value::Array(items)) = lookup_mut(&mut payload, path) {
        let first = items.first().cloned().unwrap_or(Value::Null);
        *items = (0..n)
            .map(|index| {
                let mut item = first.clone();
                if distinct {
                    make_distinct(&mut item, index);
                }
                item
            })
            .collect();
    }
    serde_json::to_string_pretty(&payload).unwrap_or_default()
}

/// Suffixes the index to every string (when the item is one) or to the id-like members inside.
fn make_distinct(value: &mut Value, index: usize) {
    match value {
        Value::String(text) => text.push_str(&format!("-{index}")),
        Value::Array(items) => items.iter_mut().for_each(|item| make_distinct_members(item, index)),
        Value::Object(_) => make_distinct_members(value, index),
        _ => {}
    }
}

fn make_distinct_members(value: &mut Value, index: usize) {
    match value {
        Value::Object(members) => {
            for (key, member) in members.iter_mut() {
                match member {
                    Value::String(text) if DISTINCT_KEYS.contains(&key.as_str()) => {
                        text.push_str(&format!("-{index}"));
                    }
                    _ => make_distinct_members(member, index),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| make_distinct_members(item, index)),
        _ => {}
    }
}

/// Replaces the string with `pattern` repeated to `n` characters (grapheme clusters).
fn grow_string(payload: &Value, path: &[Step], n: usize, pattern: &str) -> String {
    let mut payload = payload.clone();
    let graphemes: Vec<&str> = unicode_segmentation::UnicodeSegmentation::graphemes(pattern, true).collect();
    let text: String = graphemes.iter().cycle().take(n).copied().collect();
    if let Some(slot) = lookup_mut(&mut payload, path) {
        *slot = Value::String(text);
    }
    serde_json::to_string(&payload).unwrap_or_default()
}

fn grow_members(payload: &Value, path: &[Step], n: usize) -> String {
    let mut payload = payload.clone();
    if let Some(Value::Object(members)) = lookup_mut(&mut payload, path) {
        let extra: Map<String, Value> = (0..n).map(|index| (format!("unknown_{index}"), Value::from(index))).collect();
        members.extend(extra);
    }
    serde_json::to_string_pretty(&payload).unwrap_or_default()
}

/// A text message whose root repeats `to` `n` times (a `Value` cannot hold duplicate keys).
fn duplicate_keys(n: usize) -> String {
    let repeated = "\"to\": \"+16505551234\",\n".repeat(n);
    format!("{{\n\"messaging_product\": \"whatsapp\",\n{repeated}\"text\": {{\"body\": \"Hi\"}}\n}}")
}
