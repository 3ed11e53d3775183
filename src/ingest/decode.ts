/**
 * Bytes → text. Raw files come from many tools: UTF-8 with or without BOM, UTF-16 with BOM,
 * Windows-1252 from older systems, CRLF or CR line ends, and now and then something that is
 * not text at all. Decoding is pure and never throws: it says what it did, or why it could not.
 */

/** Files larger than this are refused with a clear error rather than stalling the build. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

export type DecodeResult =
  | { ok: true; text: string; encoding: string; warnings: string[] }
  | { ok: false; error: string };

const MAGIC: Array<[string, number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (or a Word/EPUB document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
];

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

// Windows-1252's 0x80–0x9F (Node's TextDecoder treats 'windows-1252' as Latin-1 and yields C1 controls there).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decode bytes as Windows-1252 (a superset of Latin-1 for text). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}

/** Share of characters that no text file would contain (C0/C1 controls but tab/LF/CR/FF, DEL, U+FFFD). */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) bad++;
  }
  return bad / sample.length;
}

/** Normalise line ends to LF and drop a leading BOM, so neither shows in the output. */
export function normaliseNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Decode one raw file's bytes into LF-terminated text, or explain why it is not an article. */
export function decode(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: 'empty file (0 bytes)' };
  if (bytes.length > MAX_INPUT_BYTES) {
    return { ok: false, error: `file too large (${mb(bytes.length)}; the limit is ${mb(MAX_INPUT_BYTES)}): not an article page` };
  }
  for (const [what, sig] of MAGIC) {
    if (startsWith(bytes, sig)) return { ok: false, error: `binary file: looks like ${what}, not text` };
  }
  let text: string;
  let encoding: string;
  const warnings: string[] = [];
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    text = new TextDecoder(encoding).decode(bytes);
  } else {
    if (bytes.includes(0)) return { ok: false, error: 'binary file: contains NUL bytes' };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      text = decodeWindows1252(bytes);
      encoding = 'windows-1252';
      warnings.push('not valid UTF-8: decoded as Windows-1252 (Latin-1); check accented letters');
    }
  }
  if (controlShare(text) > 0.01) {
    return { ok: false, error: `binary file: too many control characters to be text (decoded as ${encoding})` };
  }
  text = normaliseNewlines(text);
  if (text.trim() === '') return { ok: false, error: 'blank file: only whitespace' };
  return { ok: true, text, encoding, warnings };
}
