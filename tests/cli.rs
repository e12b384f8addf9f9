//! The `wa-lint` command: exit codes, output formats, options and bad input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_wa-lint"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or_default()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

const VALID: &str = "tests/spec_examples/002_text.json";
const INVALID: &str = "tests/fixtures/button-problems.json";

#[test]
fn exit_code_is_0_without_errors_and_1_with_errors() {
    let valid = run(&[VALID], None);
    assert_eq!(valid.status.code(), Some(0), "{}", stdout(&valid));
    assert_eq!(stdout(&valid).trim(), "0 errors, 0 warnings, 0 infos in 1 file");
    let invalid = run(&[INVALID], None);
    assert_eq!(invalid.status.code(), Some(1));
    assert!(
        stdout(&invalid).contains("error[WA0702] button-title-length: button title is 23 characters; the limit is 20")
    );
    assert!(stdout(&invalid).contains(" --> tests/fixtures/button-problems.json:10:57"));
}

#[test]
fn json_format_is_one_array_with_file_names() {
    let output = run(&["--format", "json", VALID, INVALID], None);
    let diagnostics: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let diagnostics = diagnostics.as_array().unwrap();
    assert!(!diagnostics.is_empty());
    assert!(diagnostics.iter().all(|d| d["file"] == INVALID && d["line"].is_u64() && d["span"]["start"].is_u64()));
}

#[test]
fn reads_standard_input() {
    let output = run(&["-"], Some(br#"{"messaging_product":"whatsapp","to":"+16505551234","text":{"body":""}}"#));
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("<stdin>:1:"));
    assert!(stdout(&output).contains("text body is empty"));
}

#[test]
fn rule_overrides_and_service_window() {
    let off = run(
        &[
            "--rule",
            "WA0702=off",
            "--rule",
            "button-id-duplicate=off",
            "--rule",
            "missing-member=warning",
            "--rule",
            "WA0706=info",
            "--rule",
            "duplicate-key=warning",
            INVALID,
        ],
        None,
    );
    assert_eq!(off.status.code(), Some(0), "{}", stdout(&off));
    let closed = run(&["--service-window", "closed", VALID], None);
    assert_eq!(closed.status.code(), Some(1));
    assert!(stdout(&closed).contains("service-window-closed"));
}

#[test]
fn usage_and_io_errors_exit_2_and_other_files_are_still_linted() {
    let missing = run(&["does-not-exist.json", INVALID], None);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("does-not-exist.json"));
    assert!(stdout(&missing).contains("button-title-length"), "the readable file is still linted");
    let directory = run(&["tests"], None);
    assert_eq!(directory.status.code(), Some(2));
    assert!(stderr(&directory).contains("is a directory"));
    let bad_rule = run(&["--rule", "WA9999=off", VALID], None);
    assert_eq!(bad_rule.status.code(), Some(2));
    assert!(stderr(&bad_rule).contains("unknown rule `WA9999`"));
    let bad_level = run(&["--rule", "WA0702=loud", VALID], None);
    assert_eq!(bad_level.status.code(), Some(2));
    let bad_flag = run(&["--no-such-flag"], None);
    assert_eq!(bad_flag.status.code(), Some(2));
}

#[test]
fn invalid_utf8_empty_and_oversized_input_are_clear() {
    let invalid_utf8 = run(&["-"], Some(b"{\"a\": \"\xff\"}"));
    assert_eq!(invalid_utf8.status.code(), Some(2));
    assert!(stderr(&invalid_utf8).contains("not valid UTF-8"));
    let empty = run(&["-"], Some(b""));
    assert_eq!(empty.status.code(), Some(1));
    assert!(stdout(&empty).contains("invalid-json"));
    let big = vec![b' '; 2000];
    let oversized = run(&["--max-input-bytes", "1000", "-"], Some(&big));
    assert_eq!(oversized.status.code(), Some(2));
    assert!(stderr(&oversized).contains("larger than the input limit of 1000 bytes"));
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = "[".repeat(100_000);
    let output = run(&["-"], Some(deep.as_bytes()));
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("nested more than 127 levels"));
}

#[test]
fn explain_prints_a_rules_docs() {
    let output = run(&["--explain", "button-title-length"], None);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).starts_with("WA0702 button-title-length (error)"));
    assert!(stdout(&output).contains("valid:\n{"));
}
