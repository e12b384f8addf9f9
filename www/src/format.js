const QUOTE = 34; // "
const BACKSLASH = 92;
const isSpace = (c) => c === 32 || c === 10 || c === 13 || c === 9;
const isPunctuation = (c) => c === 123 || c === 125 || c === 91 || c === 93 || c === 44 || c === 58; // {}[],:

/**
 * Pretty-prints JSON text with two-space indentation, or returns null when it does not parse.
 * Works on the tokens rather than on JSON.parse's value, so number spellings and duplicate
 * members (which the linter reports) survive formatting. A hand-written scanner rather than a
 * regular expression per token, since pasted payloads may be megabytes long.
 */
export function formatJson(text) {
  try {
    JSON.parse(text);
  } catch {
    return null;
  }
  const indents = [""];
  const newline = (depth) => {
    indents[depth] ??= "  ".repeat(depth);
    return "\n" + indents[depth];
  };
  const skipSpace = (i) => {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    return i;
  };
  let out = "";
  let depth = 0;
  for (let i = skipSpace(0); i < text.length; i = skipSpace(i)) {
    const c = text.charCodeAt(i);
    const start = i;
    if (c === QUOTE) {
      i++;
      while (text.charCodeAt(i) !== QUOTE) i += text.charCodeAt(i) === BACKSLASH ? 2 : 1;
      out += text.slice(start, ++i);
    } else if (!isPunctuation(c)) {
      while (i < text.length && !isPunctuation(text.charCodeAt(i)) && !isSpace(text.charCodeAt(i))) i++;
      out += text.slice(start, i);
    } else {
      const t = text[i++];
      if (t === "{" || t === "[") {
        const next = skipSpace(i);
        if (text[next] === (t === "{" ? "}" : "]")) {
          out += t + text[next];
          i = next + 1;
        } else {
          out += t + newline(++depth);
        }
      } else if (t === "}" || t === "]") {
        out += newline(--depth) + t;
      } else if (t === ",") {
        out += "," + newline(depth);
      } else {
        out += ": ";
      }
    }
  }
  return out + "\n";
}
