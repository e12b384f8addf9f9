#!/usr/bin/env node
// `wa-lint` for Node: the same flags, output and exit codes as the Rust command
// (0 no errors, 1 errors found, 2 usage or I/O error); the rendering itself comes from the core.
"use strict";

const fs = require("node:fs");
const { parseArgs } = require("node:util");
const core = require("../node/wa_lint.js");

const USAGE = `Lint WhatsApp Cloud API message payloads before you send them

Usage: wa-lint [OPTIONS] [FILES]...

Arguments:
  [FILES]...  JSON files to lint; \`-\` or nothing reads standard input

Options:
      --format <FORMAT>            human | json [default: human]
      --service-window <WINDOW>    unknown | open | closed [default: unknown]
      --endpoint <ENDPOINT>        messages | marketing_messages [default: messages]
      --rule <CODE=LEVEL>          override a rule: off | info | warning | error (repeatable)
      --max-input-bytes <BYTES>    largest input accepted [default: 16777216]
      --max-diagnostics <COUNT>    most diagnostics listed per file [default: 10000]
      --templates <FILE>           approved template definitions to check sends against (repeatable)
      --kind <KIND>                auto | message | template [default: auto]
      --explain <RULE>             print a rule's documentation and exit
  -h, --help                       print help
  -V, --version                    print version`;

function fail(message) {
  process.stderr.write(`wa-lint: ${message}\n`);
  process.exit(2);
}

function parse(argv) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", default: "human" },
        "service-window": { type: "string", default: "unknown" },
        endpoint: { type: "string", default: "messages" },
        rule: { type: "string", multiple: true, default: [] },
        "max-input-bytes": { type: "string", default: "16777216" },
        "max-diagnostics": { type: "string", default: "10000" },
        templates: { type: "string", multiple: true, default: [] },
        kind: { type: "string", default: "auto" },
        explain: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "V" },
      },
    });
  } catch (error) {
    return fail(`${error.message}\n\n${USAGE}`);
  }
}

function options(values) {
  if (!["unknown", "open", "closed"].includes(values["service-window"])) {
    fail(`invalid value '${values["service-window"]}' for '--service-window': use unknown, open or closed`);
  }
  if (!["messages", "marketing_messages", "marketing-messages"].includes(values.endpoint)) {
    fail(`invalid value '${values.endpoint}' for '--endpoint': use messages or marketing_messages`);
  }
  if (!["human", "json"].includes(values.format)) {
    fail(`invalid value '${values.format}' for '--format': use human or json`);
  }
  const maxInputBytes = Number(values["max-input-bytes"]);
  if (!Number.isSafeInteger(maxInputBytes) || maxInputBytes < 0) {
    fail(`invalid value '${values["max-input-bytes"]}' for '--max-input-bytes'`);
  }
  const maxDiagnostics = Number(values["max-diagnostics"]);
  if (!Number.isSafeInteger(maxDiagnostics) || maxDiagnostics < 0) {
    fail(`invalid value '${values["max-diagnostics"]}' for '--max-diagnostics'`);
  }
  const rules = {};
  for (const spec of values.rule) {
    const at = spec.indexOf("=");
    if (at < 0) fail(`a rule override must look like CODE=LEVEL (e.g. WA0702=off), got \`${spec}\``);
    rules[spec.slice(0, at).trim()] = spec.slice(at + 1).trim();
  }
  if (!["auto", "message", "template", "template-definition"].includes(values.kind)) {
    fail(`invalid value '${values.kind}' for '--kind': use auto, message or template`);
  }
  const endpoint = values.endpoint.replace("-", "_");
  const lintOptions = {
    serviceWindow: values["service-window"],
    endpoint,
    rules,
    maxInputBytes,
    maxDiagnostics,
    kind: values.kind,
  };
  if (values.templates.length > 0) lintOptions.templates = templates(values.templates, maxInputBytes);
  return lintOptions;
}

// Every --templates file's definitions in one array, in file order (the core keeps the first
// definition of a name and language, as the Rust command does). A file that is unreadable or not
// definitions ends the command, naming the file.
function templates(files, limit) {
  const definitions = [];
  for (const file of files) {
    const name = file === "-" ? "<stdin>" : file;
    let text;
    try {
      text = read(file, limit);
      core.lint("{}", { templates: text });
    } catch (error) {
      fail(`${name}: ${error.code === "ENOENT" ? "No such file or directory" : error.message}`);
    }
    const document = JSON.parse(text);
    if (Array.isArray(document)) definitions.push(...document);
    else if (Array.isArray(document.data) && !("name" in document)) definitions.push(...document.data);
    else definitions.push(document);
  }
  return definitions;
}

function read(file, limit) {
  const path = file === "-" ? 0 : file;
  if (file !== "-" && fs.statSync(path).isDirectory()) throw new Error("is a directory");
  const bytes = fs.readFileSync(path);
  if (bytes.length > limit)
    throw new Error(`larger than the input limit of ${limit} bytes (see --max-input-bytes)`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error("not valid UTF-8");
  }
}

function main() {
  const { values, positionals } = parse(process.argv.slice(2));
  if (values.help) return void console.log(USAGE);
  if (values.version) return void console.log(`wa-lint ${core.version()}`);
  if (values.explain !== undefined) {
    try {
      return void console.log(core.explain(values.explain));
    } catch (error) {
      return fail(error.message);
    }
  }
  const lintOptions = options(values);
  try {
    core.lint("{}", lintOptions);
  } catch (error) {
    fail(error.message);
  }
  const files = positionals.length > 0 ? positionals : ["-"];
  const totals = { errors: 0, warnings: 0, infos: 0 };
  const outputs = [];
  let ioFailed = false;
  for (const file of files) {
    const name = file === "-" ? "<stdin>" : file;
    let source;
    try {
      source = read(file, lintOptions.maxInputBytes);
    } catch (error) {
      process.stderr.write(
        `wa-lint: ${name}: ${error.code === "ENOENT" ? "No such file or directory" : error.message}\n`,
      );
      ioFailed = true;
      continue;
    }
    const rendered = core.renderFile(name, source, lintOptions, values.format);
    for (const key of Object.keys(totals)) totals[key] += rendered[key];
    outputs.push(rendered.output);
  }
  if (values.format === "json") {
    console.log(
      JSON.stringify(
        outputs.flatMap((output) => JSON.parse(output)),
        null,
        2,
      ),
    );
  } else {
    console.log(
      outputs.join("") + core.summary(totals.errors, totals.warnings, totals.infos, outputs.length),
    );
  }
  process.exitCode = ioFailed ? 2 : totals.errors > 0 ? 1 : 0;
}

main();
