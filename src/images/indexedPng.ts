/**
 * A PNG encoder for palette images (colour type 3, 8 bits a pixel). Cards are flat colours and
 * anti-aliased text, so a palette holds them exactly: one byte a pixel instead of three makes
 * deflate about 2.5× faster and the file about half the size of sharp's RGB PNG. sharp cannot
 * write a given palette (it quantises with libimagequant, which costs more than it saves).
 */
import zlib from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** zlib level 1: on flat images it is within 10% of level 6's size at a third of its time. */
const DEFLATE_LEVEL = 1;

/**
 * `rows` holds each row as PNG's IDAT wants it: a filter-type byte (0, none) and then the
 * row's palette indices. `palette` holds the colours as r, g, b bytes, 256 at most.
 */
export function encodeIndexedPng(width: number, height: number, rows: Uint8Array, palette: Uint8Array): Buffer {
  if (rows.length !== (width + 1) * height) throw new Error(`indexed PNG: ${rows.length} bytes of rows for ${width}×${height}`);
  if (palette.length % 3 !== 0 || palette.length === 0 || palette.length > 256 * 3) throw new Error(`indexed PNG: a palette of ${palette.length / 3} colours`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // bit depth 8, palette colour, deflate, filter method 0, no interlace
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('IDAT', zlib.deflateSync(rows, { level: DEFLATE_LEVEL })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** PNG's CRC-32 of a chunk's type and data (zlib.crc32 needs Node 20.15; this runs on any 20). */
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
