/*
 * Share links keep the payload in the URL fragment, which browsers never send to a server:
 * `#p=` + base64url(UTF-8), or `#z=` + base64url(deflate(UTF-8)) when that is shorter.
 */

function toBase64Url(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(s) {
  const binary = atob(s.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function transform(bytes, stream) {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
}

/** The fragment (without `#`) that `decodeFragment` turns back into `text`. */
export async function encodeFragment(text) {
  const bytes = new TextEncoder().encode(text);
  const plain = `p=${toBase64Url(bytes)}`;
  if (typeof CompressionStream !== "function") return plain;
  const packed = `z=${toBase64Url(await transform(bytes, new CompressionStream("deflate")))}`;
  return packed.length < plain.length ? packed : plain;
}

/** The payload in a location hash (`#p=…` or `#z=…`), or null when there is none. Throws on a damaged one. */
export async function decodeFragment(hash) {
  const match = /^#([pz])=([A-Za-z0-9_-]*)$/.exec(hash);
  if (!match) return null;
  let bytes = fromBase64Url(match[2]);
  if (match[1] === "z") {
    if (typeof DecompressionStream !== "function") throw new Error("this browser cannot decompress the link");
    bytes = await transform(bytes, new DecompressionStream("deflate"));
  }
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}
