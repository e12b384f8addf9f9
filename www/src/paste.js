import { EditorView } from "@codemirror/view";

/**
 * After a paste that leaves the editor holding one line of JSON object or array (a minified
 * payload pasted into an empty editor or over all of its text), replaces that line with
 * `format(text)`, the pretty-printed text or null when it is not valid JSON. `format` may be
 * asynchronous (a worker formats megabytes); the text is left alone if it changed meanwhile.
 * One long line is hard to read, and CodeMirror draws a megabyte-long line slowly.
 */
export function formatPastedPayload(format) {
  return EditorView.updateListener.of(async (update) => {
    const { doc } = update.state;
    if (!update.transactions.some((tr) => tr.isUserEvent("input.paste")) || doc.lines > 2) return;
    const text = doc.toString().trim();
    if (!/^[[{]/.test(text) || text.includes("\n")) return;
    const formatted = await format(text);
    if (formatted !== null && update.view.state.doc === doc) {
      update.view.dispatch({
        changes: { from: 0, to: doc.length, insert: formatted },
        userEvent: "input.paste.format",
      });
    }
  });
}
