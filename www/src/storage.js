import { ViewPlugin } from "@codemirror/view";

/*
 * The editors' texts (the payload, and the Templates tab's definitions) are kept in localStorage,
 * so they come back after a reload. Only a share link overrides them (see main.js).
 */

const KEY = "wa-lint.payload";
export const TEMPLATES_KEY = "wa-lint.templates";
const SAVE_DELAY_MS = 300;
/** Longer texts (UTF-16 units) are not kept: storage quotas are a few megabytes, and writing is synchronous. */
export const STORAGE_LIMIT = 1024 * 1024;

/** The payload kept from the last visit, or null. */
export const storedPayload = () => storedText(KEY);
/** Keeps the payload; see saveText. */
export const savePayload = (doc) => saveText(KEY, doc);

/** The text kept under `key` from the last visit, or null. */
export function storedText(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * Keeps `doc` (an editor's Text, or a string) under `key`. Returns false when it cannot: too long
 * (an older text is then forgotten rather than brought back), quota exceeded or storage disabled.
 */
export function saveText(key, doc) {
  try {
    if (doc.length > STORAGE_LIMIT) {
      localStorage.removeItem(key);
      return false;
    }
    localStorage.setItem(key, doc.toString());
    return true;
  } catch {
    return false;
  }
}

/** Saves the text (under `key`) shortly after each change, and at once when the page is hidden or unloaded; `onRefused` when it cannot. */
export function persistEdits(onRefused, key = KEY) {
  return ViewPlugin.define((view) => {
    let timer = 0;
    const save = () => {
      clearTimeout(timer);
      timer = 0;
      if (!saveText(key, view.state.doc)) onRefused();
    };
    const flush = () => timer && save();
    // pagehide covers reloads and closing the tab; visibilitychange a mobile browser sent to the background.
    addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", flush);
    return {
      update(update) {
        if (!update.docChanged) return;
        clearTimeout(timer);
        timer = setTimeout(save, SAVE_DELAY_MS);
      },
      destroy() {
        flush();
        removeEventListener("pagehide", flush);
        document.removeEventListener("visibilitychange", flush);
      },
    };
  });
}
