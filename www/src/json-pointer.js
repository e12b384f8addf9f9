/*
 * Finds the member a JSON pointer (RFC 6901, "/data/3/components/1/text") names in JSON text,
 * with one linear scan that skips the values not on the pointer's path. Used to move the cursor
 * to the part of a template definition a diagnostic's help names.
 */

const WS = /[ \t\n\r]/;

function skipSpace(text, at) {
  while (at < text.length && WS.test(text[at])) at++;
  return at;
}

/** The end of the string starting at `at` (a `"`), after its closing quote. */
function skipString(text, at) {
  for (let i = at + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

/** The end of the value starting at `at`. */
function skipValue(text, at) {
  const c = text[at];
  if (c === '"') return skipString(text, at);
  if (c !== "{" && c !== "[") {
    let i = at;
    while (i < text.length && !/[,\]}\s]/.test(text[i])) i++;
    return i;
  }
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const d = text[i];
    if (d === '"') i = skipString(text, i) - 1;
    else if (d === "{" || d === "[") depth++;
    else if (d === "}" || d === "]") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}

function decode(raw) {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

/**
 * `{ from, to, keyFrom }` of the value `pointer` names in `text` (keyFrom: where its member's
 * key starts, or the value's start for an array item and the root), or null when there is none.
 */
export function locatePointer(text, pointer) {
  if (pointer !== "" && !pointer.startsWith("/")) return null;
  const segments =
    pointer === ""
      ? []
      : pointer
          .slice(1)
          .split("/")
          .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  let at = skipSpace(text, 0);
  let keyFrom = at;
  for (const segment of segments) {
    const open = text[at];
    if (open !== "{" && open !== "[") return null;
    let i = skipSpace(text, at + 1);
    let found = false;
    for (let index = 0; i < text.length && text[i] !== (open === "{" ? "}" : "]"); index++) {
      let memberFrom = i;
      if (open === "{") {
        if (text[i] !== '"') return null;
        const keyEnd = skipString(text, i);
        const key = decode(text.slice(i, keyEnd));
        i = skipSpace(text, keyEnd);
        if (text[i] !== ":") return null;
        i = skipSpace(text, i + 1);
        if (key === segment) found = true;
      } else if (String(index) === segment) {
        memberFrom = i;
        found = true;
      }
      if (found) {
        at = i;
        keyFrom = memberFrom;
        break;
      }
      i = skipSpace(text, skipValue(text, i));
      if (text[i] === ",") i = skipSpace(text, i + 1);
    }
    if (!found) return null;
  }
  return { from: at, to: skipValue(text, at), keyFrom };
}
