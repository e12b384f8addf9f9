import { ViewPlugin } from "@codemirror/view";

/*
 * The editor's text is kept in localStorage, so it comes back after a reload. Only a share link
 * overrides it (see main.js).
 */

const KEY = "wa-lint.payload";
const SAVE_DELAY_MS = 300;
/** Longer texts (UTF-16 units) are not kept: storage quotas are a few megabytes, and writing is synchronous. */
export const STORAGE_LIMIT = 1024 * 1024;

/** The text kept from the last visit, or null. */
export function storedPayload() {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/**
 * Keeps `doc` (the editor's Text, or a string). Returns false when it cannot: too long (an older
 * text is then forgotten rather than brought back), quota exceeded or storage disabled.
 */
export function savePayload(doc) {
  try {
    if (doc.length > STORAGE_LIMIT) {
      localStorage.removeItem(KEY);
      return false;
    }
    localStorage.setItem(KEY, doc.toString());
    return true;
  } catch {
    return false;
  }
}

/** Saves the text shortly after each change, and at once when the page is hidden or unloaded; `onRefused` when it cannot. */
export function persistEdits(onRefused) {
  return ViewPlugin.define((view) => {
    let timer = 0;
    const save = () => {
      clearTimeout(timer);
      timer = 0;
      if (!savePayload(view.state.doc)) onRefused();
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
