/*
 * Share links keep the payload in the URL fragment, which browsers never send to a server:
 * `#p=` + base64url(UTF-8), or `#z=` + base64url(deflate(UTF-8)) when that is shorter. The
 * Templates tab's definitions may follow, the same way: `&tp=…` or `&tz=…`.
 */

/** Definitions longer than this (UTF-8 bytes) are left out of share links. */
export const SHARED_TEMPLATES_LIMIT = 8 * 1024;

function toBase64Url(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(s) {
  const binary = atob(s.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function transform(bytes, stream) {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
}

/** `p=…` or `z=…` (with `prefix` before the letter), whichever is shorter. */
async function encodeText(text, prefix = "") {
  const bytes = new TextEncoder().encode(text);
  const plain = `${prefix}p=${toBase64Url(bytes)}`;
  if (typeof CompressionStream !== "function") return plain;
  const packed = `${prefix}z=${toBase64Url(await transform(bytes, new CompressionStream("deflate")))}`;
  return packed.length < plain.length ? packed : plain;
}

async function decodeText(kind, data) {
  let bytes = fromBase64Url(data);
  if (kind === "z") {
    if (typeof DecompressionStream !== "function") throw new Error("this browser cannot decompress the link");
    bytes = await transform(bytes, new DecompressionStream("deflate"));
  }
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

/**
 * The fragment (without `#`) that `decodeFragment` turns back into `text`, and `templates` when
 * given (a non-empty string of at most SHARED_TEMPLATES_LIMIT bytes; longer ones are left out).
 */
export async function encodeFragment(text, templates = null) {
  const payload = await encodeText(text);
  if (!templates || templateBytes(templates) > SHARED_TEMPLATES_LIMIT) return payload;
  return `${payload}&${await encodeText(templates, "t")}`;
}

/** The UTF-8 length of the definitions' text. */
export const templateBytes = (templates) => new TextEncoder().encode(templates).length;

/**
 * The payload and definitions in a location hash (`#p=…` or `#z=…`, then maybe `&tp=…` or
 * `&tz=…`): `{ payload, templates }` (templates null when the link has none), or null when there
 * is no link. Throws on a damaged one.
 */
export async function decodeShareLink(hash) {
  const match = /^#([pz])=([A-Za-z0-9_-]*)(?:&t([pz])=([A-Za-z0-9_-]*))?$/.exec(hash);
  if (!match) return null;
  const payload = await decodeText(match[1], match[2]);
  const templates = match[3] ? await decodeText(match[3], match[4]) : null;
  return { payload, templates };
}

/** The payload in a location hash, or null when there is none. Throws on a damaged one. */
export async function decodeFragment(hash) {
  return (await decodeShareLink(hash))?.payload ?? null;
}
