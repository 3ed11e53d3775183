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

export class PalettedCanvas {
  /** Rows with PNG's leading filter byte (0) each, so they are encoded without a copy. */
  readonly rows: Uint8Array;
  readonly stride: number;
  private readonly colours: number[] = [];
  private readonly indexOf = new Map<number, number>();
  /** mixes[under][colour] = the index of `colour` at each level over palette entry `under`; -1 until met. */
  private readonly mixes: Array<Array<Int16Array | undefined> | undefined> = [];
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
    const x0 = Math.max(0, -left), x1 = Math.min(w, this.width - left);
    let lastUnder = -1;
    let table: Int16Array = new Int16Array(0);
    for (let y = Math.max(0, -top); y < h && top + y < this.height; y++) {
      let p = (top + y) * this.stride + 1 + left + x0;
      for (let x = x0, k = y * w + x0; x < x1; x++, k++, p++) {
        const level = LEVEL[coverage[k]!]!;
        if (level === 0) continue;
        const under = this.rows[p]!;
        // Runs of pixels share what is under them (the background, mostly): look the table up once a run.
        if (under !== lastUnder) {
          table = (this.mixes[under] ??= [])[c] ??= new Int16Array(COVERAGE_LEVELS + 1).fill(-1);
          lastUnder = under;
        }
        let v = table[level]!;
        if (v < 0) v = table[level] = this.mix(under, c, level);
        this.rows[p] = v;
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
