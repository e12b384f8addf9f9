/*
 * The linter in a Web Worker, for large documents (see lint-runner.js). It keeps its own copy of
 * the document, received in slices and then updated from the editor's changes, so a keystroke
 * never copies the whole text across threads; each lint result names the document version it
 * was computed for. It also pretty-prints large pastes. Replies carry the request's id.
 */
import { ChangeSet, Text } from "@codemirror/state";
import { formatJson } from "./format.js";
import { loadLinter } from "./wasm.js";

const linter = loadLinter();
let doc = Text.empty;
let version = -1;
let sync = 0; // the document being received in slices
let slices = [];

self.onmessage = async ({ data }) => {
  switch (data.type) {
    case "reset":
      if (data.sync !== sync) [sync, slices] = [data.sync, []];
      slices.push(data.text);
      if (data.done) {
        doc = Text.of(slices.join("").split("\n"));
        version = data.version;
        slices = [];
      }
      break;
    case "change":
      doc = ChangeSet.fromJSON(data.changes).apply(doc);
      version = data.version;
      break;
    case "format":
      self.postMessage({ id: data.id, formatted: formatJson(data.text) });
      break;
    case "lint":
      try {
        const { lint } = await linter;
        const linted = version;
        self.postMessage({ id: data.id, version: linted, diagnostics: lint(doc.toString(), data.options) });
      } catch (error) {
        self.postMessage({ id: data.id, error: error.message });
      }
      break;
  }
};
