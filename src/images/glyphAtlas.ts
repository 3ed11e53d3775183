/**
 * Glyphs drawn once by sharp (librsvg), then reused for every card: rasterising a whole card SVG
 * costs ~12 ms of text layout per card, while copying ready glyphs into a pixel buffer costs well
 * under one. A glyph is kept as its coverage (alpha) bitmap, its offset from the pen position on
 * the baseline, and its advance width.
 *
 * Glyphs are placed one after another without kerning or shaping, so only scripts that need
 * neither are drawn this way (see `drawableWithGlyphs`); anything else takes the full SVG path.
 */
import sharp from 'sharp';
import { escapeXml } from './escapeXml.ts';

export interface FontSpec {
  family: string;
  bold: boolean;
  size: number;
}

export interface Glyph {
  /** Pen advance in pixels (fractional). */
  advance: number;
  /** Offset of the bitmap's top-left from the pen position on the baseline. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** Coverage, one byte a pixel, row by row. */
  alpha: Uint8Array;
}

// Scripts drawn glyph by glyph: no joining, no reordering, no combining marks, no colour emoji.
const SIMPLE = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Common}]*$/u;
const NEEDS_SHAPING = /[\p{M}\p{Extended_Pictographic}\p{Regional_Indicator}\u200c-\u200f\u202a-\u202e\u2066-\u2069\ufe00-\ufe0f]/u;

/** True when the text can be drawn from single glyphs and look as a text layout engine would draw it. */
export function drawableWithGlyphs(text: string): boolean {
  return SIMPLE.test(text) && !NEEDS_SHAPING.test(text);
}

const REPEAT = 8;

function textSvg(spec: FontSpec, width: number, height: number, x: number, y: number, text: string, anchor: 'start' | 'end'): Buffer {
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><text x="${x}" y="${y}" text-anchor="${anchor}" font-family="${escapeXml(spec.family)}" font-weight="${spec.bold ? 'bold' : 'normal'}" font-size="${spec.size}" xml:space="preserve">${escapeXml(text)}</text></svg>`);
}

interface Ink { alpha: Uint8Array; width: number; height: number; x0: number; y0: number; x1: number; y1: number }

/** Rasterise and find the inked box (empty box when nothing is drawn). */
async function ink(svg: Buffer): Promise<Ink> {
  const { data, info } = await sharp(svg).ensureAlpha().extractChannel(3).raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  let x0 = width, y0 = height, x1 = -1, y1 = -1;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (data[row + x]! > 0) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        y1 = y;
      }
    }
  }
  return { alpha: new Uint8Array(data.buffer, data.byteOffset, data.length), width, height, x0, y0, x1, y1 };
}

/**
 * Advance of a string with ink at both ends: drawn once anchored at its start and once at its
 * end, its inked box moves by exactly (distance between anchors − advance).
 */
async function inkedAdvance(spec: FontSpec, text: string): Promise<number> {
  const width = Math.ceil(spec.size * 1.6 * [...text].length) + 2 * spec.size;
  const height = Math.ceil(spec.size * 2);
  const baseline = Math.round(spec.size * 1.4);
  const from = spec.size, to = width - spec.size;
  const a = await ink(textSvg(spec, width, height, from, baseline, text, 'start'));
  const b = await ink(textSvg(spec, width, height, to, baseline, text, 'end'));
  if (a.x1 < 0 || b.x1 < 0) return 0;
  return to - from - (b.x0 - a.x0);
}

export class GlyphAtlas {
  private readonly glyphs = new Map<string, Promise<Glyph>>();

  /** The glyph for one character (a code point), drawn on first use. */
  glyph(spec: FontSpec, ch: string): Promise<Glyph> {
    const key = `${spec.family}\0${spec.bold}\0${spec.size}\0${ch}`;
    let g = this.glyphs.get(key);
    if (!g) {
      g = drawGlyph(spec, ch);
      this.glyphs.set(key, g);
    }
    return g;
  }

  /** Every glyph of a text, in order. */
  glyphsOf(spec: FontSpec, text: string): Promise<Glyph[]> {
    return Promise.all([...text].map((ch) => this.glyph(spec, ch)));
  }
}

async function drawGlyph(spec: FontSpec, ch: string): Promise<Glyph> {
  const size = spec.size;
  const width = size * 3, height = size * 2;
  const ox = size, oy = Math.round(size * 1.4);
  const cell = await ink(textSvg(spec, width, height, ox, oy, ch, 'start'));
  let advance: number;
  if (cell.x1 < 0) {
    // Blank glyphs (spaces) have no ink to measure: measure them between two inked ones.
    advance = ((await inkedAdvance(spec, `x${ch.repeat(REPEAT)}x`)) - (await inkedAdvance(spec, 'xx'))) / REPEAT;
    return { advance, left: 0, top: 0, width: 0, height: 0, alpha: new Uint8Array(0) };
  }
  advance = (await inkedAdvance(spec, ch.repeat(REPEAT))) / REPEAT;
  const w = cell.x1 - cell.x0 + 1, h = cell.y1 - cell.y0 + 1;
  const alpha = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) alpha.set(cell.alpha.subarray((cell.y0 + y) * cell.width + cell.x0, (cell.y0 + y) * cell.width + cell.x0 + w), y * w);
  return { advance, left: cell.x0 - ox, top: cell.y0 - oy, width: w, height: h, alpha };
}
