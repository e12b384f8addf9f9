//! `wa-lint`: lints WhatsApp Cloud API message payloads from files or standard input.
//! Exit codes: 0 no errors, 1 errors found, 2 usage or I/O error.

use clap::{Parser, ValueEnum};
use std::io::{Read, Write};
use std::process::ExitCode;
use wa_lint::render::{self, FileDiagnostic};
use wa_lint::{lint, Options, ServiceWindow};

#[derive(Parser)]
#[command(name = "wa-lint", version, about = "Lint WhatsApp Cloud API message payloads before you send them")]
struct Cli {
    /// JSON files to lint; `-` or nothing reads standard input.
    files: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Whether the customer service window is open (closed: only templates may be sent).
    #[arg(long, value_enum, default_value_t = Window::Unknown)]
    service_window: Window,
    /// Override a rule's severity: CODE=off|info|warning|error (a rule name works too). Repeatable.
    #[arg(long = "rule", value_name = "CODE=LEVEL")]
    rules: Vec<String>,
    /// Largest input accepted, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = wa_lint::DEFAULT_MAX_INPUT_BYTES)]
    max_input_bytes: usize,
    /// Print a rule's documentation (by code or name) and exit.
    #[arg(long, value_name = "RULE")]
    explain: Option<String>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum Window {
    Unknown,
    Open,
    Closed,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(rule) = &cli.explain {
        return explain(rule);
    }
    let options = match options(&cli) {
        Ok(options) => options,
        Err(error) => {
            eprintln!("wa-lint: {error}");
            return ExitCode::from(2);
        }
    };
    let files = if cli.files.is_empty() { vec!["-".to_owned()] } else { cli.files.clone() };
    let (mut errors, mut warnings, mut infos, mut io_failed) = (0, 0, 0, false);
    let mut reports = Vec::new();
    for file in &files {
        let source = match read(file, cli.max_input_bytes) {
            Ok(source) => source,
            Err(message) => {
                eprintln!("wa-lint: {}: {message}", display_name(file));
                io_failed = true;
                continue;
            }
        };
        let report = lint(&source, &options);
        let (e, w, i) = render::counts(&report);
        (errors, warnings, infos) = (errors + e, warnings + w, infos + i);
        reports.push((display_name(file), source, report));
    }
    let mut stdout = std::io::stdout().lock();
    let written = match cli.format {
        Format::Human => {
            let mut out: String =
                reports.iter().map(|(file, source, report)| render::human(file, source, report)).collect();
            out.push_str(&render::summary(errors, warnings, infos, reports.len()));
            writeln!(stdout, "{out}")
        }
        Format::Json => {
            let all: Vec<FileDiagnostic> = reports
                .iter()
                .flat_map(|(file, _, report)| {
                    report.diagnostics.iter().map(move |diagnostic| FileDiagnostic { file, diagnostic })
                })
                .collect();
            let json = serde_json::to_string_pretty(&all).unwrap_or_else(|_| "[]".to_owned());
            writeln!(stdout, "{json}")
        }
    };
    if written.is_err() || io_failed {
        ExitCode::from(2)
    } else if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn options(cli: &Cli) -> Result<Options, wa_lint::OptionsError> {
    let window = match cli.service_window {
        Window::Unknown => ServiceWindow::Unknown,
        Window::Open => ServiceWindow::Open,
        Window::Closed => ServiceWindow::Closed,
    };
    let mut options = Options::default().with_service_window(window).with_max_input_bytes(cli.max_input_bytes);
    for spec in &cli.rules {
        options = options.with_rule_spec(spec)?;
    }
    Ok(options)
}

fn display_name(file: &str) -> &str {
    if file == "-" {
        "<stdin>"
    } else {
        file
    }
}

/// Reads a file (or stdin) as UTF-8, refusing more than `limit` bytes without reading them all.
fn read(file: &str, limit: usize) -> Result<String, String> {
    let mut bytes = Vec::new();
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    let result = if file == "-" {
        std::io::stdin().lock().take(cap).read_to_end(&mut bytes)
    } else {
        if std::path::Path::new(file).is_dir() {
            return Err("is a directory".to_owned());
        }
        std::fs::File::open(file).and_then(|f| f.take(cap).read_to_end(&mut bytes))
    };
    result.map_err(|error| error.to_string())?;
    if bytes.len() > limit {
        return Err(format!("larger than the input limit of {limit} bytes (see --max-input-bytes)"));
    }
    String::from_utf8(bytes).map_err(|error| format!("not valid UTF-8 (byte {})", error.utf8_error().valid_up_to()))
}

fn explain(name: &str) -> ExitCode {
    let Some(rule) = wa_lint::find_rule(name) else {
        eprintln!("wa-lint: unknown rule `{name}`");
        return ExitCode::from(2);
    };
    println!("{}", render::explain(rule));
    ExitCode::SUCCESS
}
