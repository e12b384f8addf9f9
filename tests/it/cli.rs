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
            "--rule",
            "unknown-member=warning",
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

/// The official SARIF 2.1.0 schema (OASIS, errata 01), draft-04 with format checks.
fn sarif_validator() -> jsonschema::Validator {
    let schema = std::fs::read_to_string("tests/fixtures/sarif/sarif-schema-2.1.0.json").unwrap();
    let schema: serde_json::Value = serde_json::from_str(&schema).unwrap();
    jsonschema::draft4::options().should_validate_formats(true).build(&schema).unwrap()
}

fn assert_valid_sarif(validator: &jsonschema::Validator, log: &serde_json::Value) {
    let errors: Vec<String> = validator.iter_errors(log).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn sarif_output_is_valid_sarif_2_1_0_with_rules_and_locations() {
    let validator = sarif_validator();
    let fixtures: Vec<String> = std::fs::read_dir("tests/fixtures")
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| path.display().to_string())
        .collect();
    let mut args = vec!["--format", "sarif", VALID];
    args.extend(fixtures.iter().map(String::as_str));
    let output = run(&args, None);
    assert_eq!(output.status.code(), Some(1));
    let log: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_valid_sarif(&validator, &log);

    let sarif_run = &log["runs"][0];
    let rules = sarif_run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), wa_lint::rules().len());
    let results = sarif_run["results"].as_array().unwrap();
    assert!(results.len() > 20);
    let title = results.iter().find(|r| r["ruleId"] == "WA0702").unwrap();
    let rule = &rules[title["ruleIndex"].as_u64().unwrap() as usize];
    assert_eq!(rule["id"], "WA0702");
    assert_eq!(rule["helpUri"], "https://github.com/wa-lint/wa-lint/blob/main/docs/rules.md#wa0702");
    assert_eq!(title["level"], "error");
    let location = &title["locations"][0];
    assert_eq!(location["physicalLocation"]["artifactLocation"]["uri"], INVALID);
    let region = &location["physicalLocation"]["region"];
    assert_eq!(
        (&region["startLine"], &region["startColumn"], &region["endColumn"]),
        (&10.into(), &57.into(), &82.into())
    );
    assert_eq!(title["properties"]["pointer"], "/interactive/action/buttons/0/reply/title");
    assert_eq!(location["logicalLocations"][0]["fullyQualifiedName"], "/interactive/action/buttons/0/reply/title");
    let docs = std::fs::read_to_string("docs/rules.md").unwrap();
    let undocumented: Vec<&str> = rules
        .iter()
        .map(|rule| rule["helpUri"].as_str().unwrap().rsplit_once('#').unwrap().1)
        .filter(|anchor| !docs.contains(&format!("## {}\n", anchor.to_uppercase())))
        .collect();
    assert!(undocumented.is_empty(), "helpUri anchors without a heading in docs/rules.md: {undocumented:?}");

    let clean = run_sarif(&[VALID]);
    assert_valid_sarif(&validator, &clean);
    assert_eq!(clean["runs"][0]["results"], serde_json::json!([]));
    let stdin = run(&["--format", "sarif", "--jsonl", "-"], Some(b"{\"to\": 1}\n\n["));
    let stdin: serde_json::Value = serde_json::from_str(&stdout(&stdin)).unwrap();
    assert_valid_sarif(&validator, &stdin);
    let lines: Vec<_> =
        stdin["runs"][0]["results"].as_array().unwrap().iter().map(|r| r["locations"][0].clone()).collect();
    assert_eq!(lines[0]["physicalLocation"]["artifactLocation"]["uri"], "%3Cstdin%3E");
    assert_eq!(lines.last().unwrap()["physicalLocation"]["region"]["startLine"], 3);
}

fn run_sarif(files: &[&str]) -> serde_json::Value {
    let mut args = vec!["--format", "sarif"];
    args.extend(files);
    serde_json::from_str(&stdout(&run(&args, None))).unwrap()
}

#[test]
fn github_format_prints_one_escaped_workflow_command_per_diagnostic() {
    let output = run(&["--format", "github", INVALID], None);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    let commands: Vec<&str> = out.lines().filter(|line| line.starts_with("::")).collect();
    assert!(commands.len() > 3);
    assert!(commands.contains(
        &"::error file=tests/fixtures/button-problems.json,line=10,col=57,endLine=10,endColumn=82,\
          title=WA0702 button-title-length::button title is 23 characters; the limit is 20\
          %0Aat: /interactive/action/buttons/0/reply/title\
          %0Ahelp: shorten the title; emoji and accented letters count as one character each"
    ));
    assert!(commands.iter().any(|c| c.starts_with("::warning ")));
    assert!(out.ends_with("in 1 file\n"));
    let stdin = run(
        &["--format", "github", "--rule", "WA0006=info", "-"],
        Some(b"{\"messaging_product\":\"whatsapp\",\"to\":\"+16505551234\",\"text\":{\"body\":\"hi\"},\"x,y:z\":1}"),
    );
    assert!(stdout(&stdin)
        .starts_with("::notice file=<stdin>,line=1,col=74,endLine=1,endColumn=81,title=WA0006 unknown-member::"));
}

#[test]
fn jsonl_lints_each_line_and_locates_findings_by_line() {
    let long_title = br#"{"messaging_product":"whatsapp","to":"+16505551234","type":"interactive","interactive":{"type":"button","body":{"text":"Pick"},"action":{"buttons":[{"type":"reply","reply":{"id":"a","title":"This title is far too long"}}]}}}"#;
    let text = br#"{"messaging_product":"whatsapp","to":"+16505551234","text":{"body":"hi"}}"#;
    let mut input = Vec::new();
    for line in [&text[..], b"", b"  \t", &long_title[..], &text[..]] {
        input.extend_from_slice(line);
        input.extend_from_slice(b"\r\n");
    }
    input.extend_from_slice(long_title);
    let json = run(&["--jsonl", "--format", "json", "-"], Some(&input));
    assert_eq!(json.status.code(), Some(1));
    let found: Vec<serde_json::Value> = stdout(&json).lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    let column = long_title.windows(7).position(|w| w == b"\"This t").unwrap() + 1;
    let at: Vec<_> = found.iter().map(|d| (d["file"].clone(), d["line"].clone(), d["column"].clone())).collect();
    assert_eq!(at, [("<stdin>".into(), 4.into(), column.into()), ("<stdin>".into(), 6.into(), column.into())]);
    let line_4 = text.len() + 2 + 2 + 5;
    assert_eq!(found[0]["span"]["start"], line_4 + column - 1, "spans are byte offsets in the file");

    let human = stdout(&run(&["--jsonl", "-"], Some(&input)));
    assert!(human.contains(" --> <stdin>:4:") && human.contains("\n4 | …type\":\"reply\""));
    assert!(human.ends_with(
        "4 payloads: 2 with errors, 0 with warnings or infos only, 2 clean\n\
         payloads with errors, by rule:\n  2  WA0702 button-title-length\n\
         2 errors, 0 warnings, 0 infos in 1 file\n"
    ));
    let clean = run(&["--jsonl", "-"], Some(&text[..]));
    assert_eq!(clean.status.code(), Some(0));
    assert_eq!(
        stdout(&clean),
        "1 payload: 0 with errors, 0 with warnings or infos only, 1 clean\n0 errors, 0 warnings, 0 infos in 1 file\n"
    );
}

#[test]
fn jsonl_reports_unreadable_lines_and_lints_the_rest() {
    let mut input = b"{\"a\": \"\xff\"}\n".to_vec();
    input.extend_from_slice(format!("{{\"a\": \"{}\"}}\n{{\n", "x".repeat(200)).as_bytes());
    let output = run(&["--jsonl", "--max-input-bytes", "100", "-", "does-not-exist.jsonl"], Some(&input));
    assert_eq!(output.status.code(), Some(2));
    let errors = stderr(&output);
    assert!(errors.contains("wa-lint: <stdin>:1: not valid UTF-8 (byte 7)\n"), "{errors}");
    assert!(errors.contains("wa-lint: <stdin>:2: larger than the input limit of 100 bytes (see --max-input-bytes)\n"));
    assert!(errors.contains("wa-lint: does-not-exist.jsonl: "));
    assert!(stdout(&output).contains(" --> <stdin>:3:1\n"), "line 3 is still linted");
}

#[test]
fn json_output_is_one_pretty_array_over_all_files() {
    let output = run(&["--format", "json", INVALID, VALID, INVALID], None);
    let text = stdout(&output);
    let all: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    let one: Vec<serde_json::Value> =
        serde_json::from_str(&stdout(&run(&["--format", "json", INVALID], None))).unwrap();
    assert_eq!(all.len(), 2 * one.len());
    assert!(text.starts_with("[\n  {\n    \"file\": ") && text.ends_with("\n  }\n]\n"));
    assert_eq!(stdout(&run(&["--format", "json", VALID], None)), "[]\n");
}
