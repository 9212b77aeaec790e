import { crc32 } from 'node:zlib';

const SIGNATURE = Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]);

function chunk(type: string, data: Uint8Array): Uint8Array {
  const typeBytes = new TextEncoder().encode(type);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(typeBytes, 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * One text chunk (PNG spec, 11.3.4): `tEXt` when the text is Latin-1, as most viewers read,
 * else `iTXt` (UTF-8, uncompressed).
 */
function textChunk(keyword: string, text: string): Uint8Array {
  if (/^[\x20-\x7e\xa0-\xff\n]*$/.test(text)) {
    return chunk('tEXt', Uint8Array.from(`${keyword}\0${text}`, (c) => c.charCodeAt(0)));
  }
  const head = Uint8Array.from(`${keyword}\0\0\0\0\0`, (c) => c.charCodeAt(0));
  const body = new TextEncoder().encode(text);
  const data = new Uint8Array(head.length + body.length);
  data.set(head);
  data.set(body, head.length);
  return chunk('iTXt', data);
}

/**
 * The PNG with text metadata (keywords such as `Title`, `Description`) inserted after its
 * header chunk. Node's zlib has the CRC-32 the chunks need, so this needs no library.
 */
export function pngWithText(png: Uint8Array, entries: Readonly<Record<string, string>>): Uint8Array {
  if (!SIGNATURE.every((b, i) => png[i] === b)) throw new Error('Not a PNG: the signature is missing');
  // The first chunk is IHDR: 4 bytes length, 4 type, 13 data, 4 CRC.
  const afterHeader = SIGNATURE.length + 12 + 13;
  const chunks = Object.entries(entries).map(([keyword, text]) => textChunk(keyword, text));
  const size = png.length + chunks.reduce((sum, c) => sum + c.length, 0);
  const out = new Uint8Array(size);
  out.set(png.subarray(0, afterHeader));
  let at = afterHeader;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(afterHeader), at);
  return out;
}

/** The text chunks of a PNG (tEXt and iTXt), by keyword. */
export function pngTextEntries(png: Uint8Array): Record<string, string> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const entries: Record<string, string> = {};
  for (let at = SIGNATURE.length; at + 8 <= png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    const nul = data.indexOf(0);
    if (type === 'tEXt') entries[String.fromCharCode(...data.subarray(0, nul))] = String.fromCharCode(...data.subarray(nul + 1));
    // iTXt: keyword, NUL, compression flag and method, language tag NUL, translated keyword NUL, text.
    if (type === 'iTXt') {
      let rest = data.subarray(nul + 3);
      rest = rest.subarray(rest.indexOf(0) + 1);
      rest = rest.subarray(rest.indexOf(0) + 1);
      entries[String.fromCharCode(...data.subarray(0, nul))] = new TextDecoder().decode(rest);
    }
    at += 12 + length;
  }
  return entries;
}
