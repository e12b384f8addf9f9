import { EditorView } from "@codemirror/view";

/**
 * Documents longer than this (in UTF-16 units, about 64 KB of JSON) are linted in a Web Worker:
 * linting a few megabytes takes longer than a frame. Smaller ones are linted on the main thread,
 * where it takes about a millisecond (see `npm run bench`) and needs no copy of the text.
 */
export const WORKER_THRESHOLD = 64 * 1024;
export const isLarge = (doc) => doc.length > WORKER_THRESHOLD;
/** The document reaches the worker in slices of this many UTF-16 units, one per task, so no task copies megabytes. */
const SYNC_SLICE = 1 << 20;
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/**
 * Runs the linter where it fits the document's size; `lintHere(text, options)` is the main
 * thread's linter. The `tracker` extension must be in the editor: it counts document versions
 * and forwards each change to the worker's copy of the document.
 */
export function createLintRunner(lintHere) {
  let version = 0;
  let worker = null;
  let sync = null; // settles once the worker has the document sent last (null: never sent)
  let syncs = 0; // a newer sync abandons an older one
  let buffered = null; // changes made while a sync is under way, sent after it
  const waiting = new Map(); // request id → { resolve, reject }
  let nextId = 0;
  // The lint not yet sent: the newest options, and every caller since the last one sent, who all
  // get its result (an older request would be for an older text or older options).
  let pending = null;
  let linting = false;

  function start() {
    if (worker) return;
    worker = new Worker(new URL("lint-worker.js", import.meta.url), { type: "module" });
    worker.onmessage = ({ data }) => {
      const { resolve, reject } = waiting.get(data.id);
      waiting.delete(data.id);
      if (data.error) reject(new Error(data.error));
      else resolve(data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      for (const { reject } of waiting.values()) reject(new Error(event.message || "the lint worker failed"));
      waiting.clear();
    };
  }

  function call(message) {
    const id = ++nextId;
    worker.postMessage({ ...message, id });
    return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
  }

  /** Sends `doc` (immutable, so it can be sent over several tasks) as the worker's copy, then the changes made meanwhile. */
  function syncWith(doc) {
    const id = ++syncs;
    const snapshotVersion = version;
    buffered = [];
    sync = (async () => {
      for (let from = 0; ; from += SYNC_SLICE) {
        const to = Math.min(from + SYNC_SLICE, doc.length);
        worker.postMessage({
          type: "reset",
          sync: id,
          version: snapshotVersion,
          text: doc.sliceString(from, to),
          done: to === doc.length,
        });
        if (to === doc.length) break;
        await nextTask();
        if (id !== syncs) return;
      }
      for (const message of buffered) worker.postMessage(message);
      buffered = null;
    })();
  }

  async function sendPending() {
    if (linting || !pending) return;
    const { options, callers } = pending;
    pending = null;
    linting = true;
    try {
      await sync;
      const result = await call({ type: "lint", options });
      for (const { resolve } of callers) resolve(result.version === version ? result.diagnostics : null);
    } catch (error) {
      for (const { reject } of callers) reject(error);
    } finally {
      linting = false;
      sendPending();
    }
  }

  const tracker = EditorView.updateListener.of((update) => {
    if (!update.docChanged) return;
    version++;
    if (!sync) return;
    let inserted = 0;
    update.changes.iterChanges((_fromA, _toA, _fromB, _toB, text) => (inserted += text.length));
    // A large paste is sent like a new document, in slices, rather than as one change.
    if (inserted > SYNC_SLICE) syncWith(update.state.doc);
    else if (buffered) buffered.push({ type: "change", version, changes: update.changes.toJSON() });
    else worker.postMessage({ type: "change", version, changes: update.changes.toJSON() });
  });

  /** The diagnostics of `doc` (the editor's document), or null when it changed before they were ready. */
  async function lint(doc, options) {
    if (!isLarge(doc)) return lintHere(doc.toString(), options);
    start();
    if (!sync) syncWith(doc);
    return new Promise((resolve, reject) => {
      pending = { options, callers: [...(pending?.callers ?? []), { resolve, reject }] };
      sendPending();
    });
  }

  /** Pretty-printed `text` (see format.js), or null when it is not valid JSON; formatted in the worker. */
  async function format(text) {
    start();
    return (await call({ type: "format", text })).formatted;
  }

  return { tracker, lint, format };
}
