//! `wa-lint`: lints WhatsApp Cloud API message payloads from files or standard input.
//! Exit codes: 0 no errors, 1 errors found, 2 usage or I/O error.

use clap::{Parser, ValueEnum};
use std::io::{BufRead, BufReader, BufWriter, ErrorKind, Read, StdoutLock, Write};
use std::process::ExitCode;
use wa_lint::render::{Format, Renderer};
use wa_lint::{lint, Endpoint, Kind, Options, ServiceWindow, Templates};

#[derive(Parser)]
#[command(name = "wa-lint", version, about = "Lint WhatsApp Cloud API message payloads before you send them")]
struct Cli {
    /// JSON files to lint; `-` or nothing reads standard input.
    files: Vec<String>,
    /// Output format: human, json, sarif (SARIF 2.1.0) or github (GitHub Actions annotations).
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    format: OutputFormat,
    /// Read one payload per line (JSON Lines); findings are located by line of the file.
    #[arg(long)]
    jsonl: bool,
    /// Whether the customer service window is open (closed: only templates may be sent).
    #[arg(long, value_enum, default_value_t = Window::Unknown)]
    service_window: Window,
    /// The endpoint the payload is POSTed to (marketing_messages takes only templates).
    #[arg(long, value_enum, default_value_t = EndpointArg::Messages)]
    endpoint: EndpointArg,
    /// Override a rule's severity: CODE=off|info|warning|error (a rule name works too). Repeatable.
    #[arg(long = "rule", value_name = "CODE=LEVEL")]
    rules: Vec<String>,
    /// Largest input accepted, in bytes (per line with --jsonl).
    #[arg(long, value_name = "BYTES", default_value_t = wa_lint::DEFAULT_MAX_INPUT_BYTES)]
    max_input_bytes: usize,
    /// Most diagnostics listed per file (per line with --jsonl); one more counts the rest.
    #[arg(long, value_name = "COUNT", default_value_t = wa_lint::DEFAULT_MAX_DIAGNOSTICS)]
    max_diagnostics: usize,
    /// Approved template definitions (what GET /<WABA_ID>/message_templates returns, an array of
    /// definitions, or one): template sends are checked against them. Repeatable; files are merged.
    #[arg(long = "templates", value_name = "FILE")]
    templates: Vec<String>,
    /// What the files hold: message payloads, template definitions, or decided per file.
    #[arg(long, value_enum, default_value_t = KindArg::Auto)]
    kind: KindArg,
    /// Print a rule's documentation (by code or name) and exit.
    #[arg(long, value_name = "RULE")]
    explain: Option<String>,
}

#[derive(Clone, Copy, ValueEnum)]
enum OutputFormat {
    Human,
    Json,
    Sarif,
    Github,
}

#[derive(Clone, Copy, ValueEnum)]
enum EndpointArg {
    Messages,
    #[value(name = "marketing_messages", alias = "marketing-messages")]
    MarketingMessages,
}

#[derive(Clone, Copy, ValueEnum)]
enum KindArg {
    Auto,
    Message,
    #[value(alias = "template-definition")]
    Template,
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
    let options = match templates(&cli.templates, cli.max_input_bytes) {
        Ok(Some(templates)) => options.with_templates(templates),
        Ok(None) => options,
        Err(message) => {
            eprintln!("wa-lint: {message}");
            return ExitCode::from(2);
        }
    };
    let format = match cli.format {
        OutputFormat::Human => Format::Human,
        OutputFormat::Json => Format::Json,
        OutputFormat::Sarif => Format::Sarif,
        OutputFormat::Github => Format::Github,
    };
    let files = if cli.files.is_empty() { vec!["-".to_owned()] } else { cli.files.clone() };
    let mut renderer = if cli.jsonl { Renderer::jsonl(format) } else { Renderer::new(format) };
    let mut out = Output { writer: BufWriter::new(std::io::stdout().lock()), failed: false };
    let mut input_failed = false;
    out.print(&renderer.begin());
    for file in &files {
        let linted = if cli.jsonl {
            lint_lines(file, &options, cli.max_input_bytes, &mut renderer, &mut out)
        } else {
            lint_file(file, &options, cli.max_input_bytes, &mut renderer, &mut out)
        };
        input_failed |= !linted;
        if out.failed {
            break;
        }
    }
    out.print(&renderer.end());
    out.failed |= out.writer.flush().is_err();
    ExitCode::from(renderer.totals().exit_code(input_failed || out.failed))
}

/// Standard output that remembers a failed write (a closed pipe), after which the run stops.
struct Output<'a> {
    writer: BufWriter<StdoutLock<'a>>,
    failed: bool,
}

impl Output<'_> {
    fn print(&mut self, text: &str) {
        if !self.failed && !text.is_empty() {
            self.failed = self.writer.write_all(text.as_bytes()).is_err();
        }
    }
}

fn options(cli: &Cli) -> Result<Options, wa_lint::OptionsError> {
    let window = match cli.service_window {
        Window::Unknown => ServiceWindow::Unknown,
        Window::Open => ServiceWindow::Open,
        Window::Closed => ServiceWindow::Closed,
    };
    let endpoint = match cli.endpoint {
        EndpointArg::Messages => Endpoint::Messages,
        EndpointArg::MarketingMessages => Endpoint::MarketingMessages,
    };
    let kind = match cli.kind {
        KindArg::Auto => Kind::Auto,
        KindArg::Message => Kind::Message,
        KindArg::Template => Kind::TemplateDefinition,
    };
    let mut options = Options::default()
        .with_kind(kind)
        .with_service_window(window)
        .with_endpoint(endpoint)
        .with_max_input_bytes(cli.max_input_bytes)
        .with_max_diagnostics(cli.max_diagnostics);
    for spec in &cli.rules {
        options = options.with_rule_spec(spec)?;
    }
    Ok(options)
}

/// The definitions of every `--templates` file, merged (the first file wins for a name and
/// language given twice); `None` without any. An unreadable or malformed file is an error naming it.
fn templates(files: &[String], limit: usize) -> Result<Option<Templates>, String> {
    let mut merged: Option<Templates> = None;
    for file in files {
        let name = display_name(file);
        let source = read(file, limit).map_err(|message| format!("{name}: {message}"))?;
        let templates = Templates::from_json(&source).map_err(|error| format!("{name}: {error}"))?;
        merged = Some(match merged {
            Some(earlier) => earlier.merge(&templates),
            None => templates,
        });
    }
    Ok(merged)
}

fn display_name(file: &str) -> &str {
    if file == "-" {
        "<stdin>"
    } else {
        file
    }
}

/// Lints one file as one payload. Returns false (having said why) when it cannot be read.
fn lint_file(file: &str, options: &Options, limit: usize, renderer: &mut Renderer, out: &mut Output) -> bool {
    let name = display_name(file);
    match read(file, limit) {
        Ok(source) => {
            out.print(&renderer.file(name, &source, &lint(&source, options)));
            true
        }
        Err(message) => {
            eprintln!("wa-lint: {name}: {message}");
            false
        }
    }
}

/// Reads a file (or stdin) as UTF-8, refusing more than `limit` bytes without reading them all.
fn read(file: &str, limit: usize) -> Result<String, String> {
    let mut bytes = Vec::new();
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    open(file)?.take(cap).read_to_end(&mut bytes).map_err(|error| error.to_string())?;
    if bytes.len() > limit {
        return Err(too_large(limit));
    }
    String::from_utf8(bytes).map_err(|error| not_utf8(error.utf8_error().valid_up_to()))
}

fn open(file: &str) -> Result<Box<dyn Read>, String> {
    if file == "-" {
        return Ok(Box::new(std::io::stdin().lock()));
    }
    if std::path::Path::new(file).is_dir() {
        return Err("is a directory".to_owned());
    }
    std::fs::File::open(file).map(|f| Box::new(f) as Box<dyn Read>).map_err(|error| error.to_string())
}

fn too_large(limit: usize) -> String {
    format!("larger than the input limit of {limit} bytes (see --max-input-bytes)")
}

fn not_utf8(valid_up_to: usize) -> String {
    format!("not valid UTF-8 (byte {valid_up_to})")
}

/// Lints a JSON Lines file payload by payload, printing as it goes: memory is bounded by the
/// longest line (at most `limit` bytes are kept), whatever the file's size. Blank lines are
/// (only JSON whitespace) skipped; a line that is too long or not UTF-8 is reported and the rest still linted. Returns
/// false when anything could not be read.
fn lint_lines(file: &str, options: &Options, limit: usize, renderer: &mut Renderer, out: &mut Output) -> bool {
    let name = display_name(file);
    let mut input = match open(file) {
        Ok(input) => BufReader::with_capacity(1 << 16, input),
        Err(message) => {
            eprintln!("wa-lint: {name}: {message}");
            return false;
        }
    };
    renderer.start_file();
    let (mut line, mut number, mut offset, mut ok) = (Vec::new(), 0, 0, true);
    loop {
        let length = match read_line(&mut input, &mut line, limit) {
            Ok(0) => return ok,
            Ok(length) => length,
            Err(error) => {
                eprintln!("wa-lint: {name}:{}: {error}", number + 1);
                return false;
            }
        };
        number += 1;
        let start = offset;
        offset += length;
        if line.len() > limit {
            eprintln!("wa-lint: {name}:{number}: {}", too_large(limit));
            ok = false;
            continue;
        }
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        if line.iter().all(|byte| matches!(byte, b' ' | b'\t' | b'\r')) {
            continue;
        }
        match std::str::from_utf8(&line) {
            Ok(text) => out.print(&renderer.payload(name, number, start, text, lint(text, options))),
            Err(error) => {
                eprintln!("wa-lint: {name}:{number}: {}", not_utf8(error.valid_up_to()));
                ok = false;
            }
        }
        if out.failed {
            return ok;
        }
    }
}

/// Reads the next line into `line` without its `\n`, keeping at most `limit + 1` bytes of it
/// (the rest is skipped). Returns how many bytes the line takes in the file, 0 at the end.
fn read_line(input: &mut impl BufRead, line: &mut Vec<u8>, limit: usize) -> std::io::Result<usize> {
    line.clear();
    let mut length = 0;
    loop {
        let available = match input.fill_buf() {
            Ok(available) => available,
            Err(error) if error.kind() == ErrorKind::Interrupted => continue,
            Err(error) => return Err(error),
        };
        if available.is_empty() {
            return Ok(length);
        }
        let newline = available.iter().position(|&byte| byte == b'\n');
        let content = &available[..newline.unwrap_or(available.len())];
        let room = limit.saturating_add(1).saturating_sub(line.len());
        line.extend_from_slice(&content[..content.len().min(room)]);
        let used = content.len() + usize::from(newline.is_some());
        input.consume(used);
        length += used;
        if newline.is_some() {
            return Ok(length);
        }
    }
}

fn explain(name: &str) -> ExitCode {
    let Some(rule) = wa_lint::find_rule(name) else {
        eprintln!("wa-lint: unknown rule `{name}`");
        return ExitCode::from(2);
    };
    println!("{}", wa_lint::render::explain(rule));
    ExitCode::SUCCESS
}
