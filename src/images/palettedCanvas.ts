/**
 * A canvas of palette indices for flat drawings with anti-aliased text: each pixel is one byte,
 * and blending a colour over a pixel at a coverage looks the result up in a small table, adding
 * the mixed colour to the palette the first time it is met. Coverage is quantised to 64 levels
 * (an error of at most 2/255, invisible at card sizes) so one text colour over one background
 * needs at most 63 entries. A drawing that needs more than 256 colours says so (`full`) and is
 * drawn another way.
 */
import { encodeIndexedPng } from './indexedPng.ts';

export type Rgb = readonly [number, number, number];

export const COVERAGE_LEVELS = 63;
/** Coverage 0–255 to a level 0–63. */
const LEVEL = Uint8Array.from({ length: 256 }, (_, a) => Math.round((a * COVERAGE_LEVELS) / 255));

/** A bitmap's coverage as levels, and the span of inked pixels in each row (y, first, end). */
interface Inked { levels: Uint8Array; spans: Int32Array }
const inkedCache = new WeakMap<Uint8Array, Inked>();

/** Glyphs are drawn thousands of times: find their levels and inked spans once. */
function inked(coverage: Uint8Array, w: number): Inked {
  let found = inkedCache.get(coverage);
  if (!found) {
    const levels = coverage.map((a) => LEVEL[a]!);
    const spans: number[] = [];
    for (let y = 0; y * w < levels.length; y++) {
      let first = -1, end = -1;
      for (let x = 0; x < w; x++) if (levels[y * w + x]) { if (first < 0) first = x; end = x + 1; }
      if (first >= 0) spans.push(y, first, end);
    }
    found = { levels, spans: Int32Array.from(spans) };
    inkedCache.set(coverage, found);
  }
  return found;
}

export class PalettedCanvas {
  /** Rows with PNG's leading filter byte (0) each, so they are encoded without a copy. */
  readonly rows: Uint8Array;
  readonly stride: number;
  private readonly colours: number[] = [];
  private readonly indexOf = new Map<number, number>();
  /** Per colour: the palette index of that colour at each level over each palette entry (see `blend`). */
  private readonly mixes = new Map<number, Int16Array>();
  /** More than 256 colours were needed; what was drawn since is wrong. */
  full = false;

  private constructor(readonly width: number, readonly height: number, rows: Uint8Array, colours: number[]) {
    this.stride = width + 1;
    this.rows = rows;
    for (const k of colours) this.index([k >> 16, (k >> 8) & 255, k & 255]);
  }

  /** A canvas filled with one colour. */
  static filled(width: number, height: number, background: Rgb): PalettedCanvas {
    const canvas = new PalettedCanvas(width, height, new Uint8Array((width + 1) * height), []);
    canvas.index(background); // index 0, and the rows (filter bytes included) are already 0
    return canvas;
  }

  /** A copy to draw on, sharing nothing with this one. */
  clone(): PalettedCanvas {
    const copy = new PalettedCanvas(this.width, this.height, this.rows.slice(), this.colours);
    copy.full = this.full;
    return copy;
  }

  /** The palette index of a colour, added if new (0 and `full` when the palette is full). */
  index([r, g, b]: Rgb): number {
    const key = (r << 16) | (g << 8) | b;
    let i = this.indexOf.get(key);
    if (i === undefined) {
      if (this.colours.length === 256) {
        this.full = true;
        return 0;
      }
      i = this.colours.length;
      this.colours.push(key);
      this.indexOf.set(key, i);
    }
    return i;
  }

  fillRect(x: number, y: number, width: number, height: number, colour: Rgb): void {
    const i = this.index(colour);
    for (let row = Math.max(0, y); row < Math.min(this.height, y + height); row++) {
      const start = row * this.stride + 1;
      this.rows.fill(i, start + Math.max(0, x), start + Math.min(this.width, x + width));
    }
  }

  /**
   * Draw a coverage bitmap (one byte a pixel, `w` wide) in `colour` with its top-left at (left, top),
   * clipped to the canvas.
   */
  blend(coverage: Uint8Array, w: number, h: number, left: number, top: number, colour: Rgb): void {
    const c = this.index(colour);
    const { levels, spans } = inked(coverage, w);
    const clipLeft = Math.max(0, -left), clipRight = Math.min(w, this.width - left);
    const rows = this.rows;
    // mixes of this colour: (under << 6 | level) → palette index, -1 until first met.
    let table = this.mixes.get(c);
    if (!table) this.mixes.set(c, (table = new Int16Array(256 << 6).fill(-1)));
    for (let s = 0; s < spans.length; s += 3) {
      const y = spans[s]!;
      if (top + y < 0 || top + y >= this.height) continue;
      const from = Math.max(spans[s + 1]!, clipLeft), to = Math.min(spans[s + 2]!, clipRight);
      let p = (top + y) * this.stride + 1 + left + from;
      for (let k = y * w + from, end = y * w + to; k < end; k++, p++) {
        const level = levels[k]!;
        if (level === 0) continue;
        const slot = (rows[p]! << 6) | level;
        let v = table[slot]!;
        if (v < 0) v = table[slot] = this.mix(rows[p]!, c, level);
        rows[p] = v;
      }
    }
  }

  private mix(under: number, colour: number, level: number): number {
    const u = this.colours[under]!, c = this.colours[colour]!;
    const channel = (shift: number) => Math.floor((((u >> shift) & 255) * (COVERAGE_LEVELS - level) + ((c >> shift) & 255) * level + COVERAGE_LEVELS / 2) / COVERAGE_LEVELS);
    return this.index([channel(16), channel(8), channel(0)]);
  }

  toPng(): Buffer {
    if (this.full) throw new Error('paletted canvas: more than 256 colours');
    const palette = new Uint8Array(this.colours.length * 3);
    this.colours.forEach((k, i) => palette.set([k >> 16, (k >> 8) & 255, k & 255], i * 3));
    return encodeIndexedPng(this.width, this.height, this.rows, palette);
  }
}
