/**
 * Social cards: a 1200×630 PNG per article (the og:image). Simple scripts are drawn from cached
 * glyphs on a palette canvas; text that needs shaping is drawn as SVG and rasterised by sharp.
 * The headline is wrapped to fit and never overflows: the font shrinks for long headlines and the
 * last line ends with an ellipsis when even the smallest size cannot hold it all.
 * Every piece of article text is XML-escaped before it enters the SVG.
 */
import sharp from 'sharp';
import { escapeXml, dropXmlForbidden } from './escapeXml.ts';
import { GlyphAtlas, drawableWithGlyphs, type FontSpec } from './glyphAtlas.ts';
import { PalettedCanvas, type Rgb } from './palettedCanvas.ts';

export { escapeXml };

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardText {
  title: string;
  source: string | null;
  dateLabel: string | null;
  siteName: string;
}

/** Greedy word wrap by an estimated character width; words longer than a line are cut. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > maxChars) {
      if (line) { lines.push(line); line = ''; }
      lines.push(word.slice(0, maxChars));
      word = word.slice(maxChars);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ' ' + word;
    else { lines.push(line); line = word; }
  }
  if (line) lines.push(line);
  return lines;
}

// Average glyph width of a bold serif as a share of the font size (measured loosely on DejaVu Serif Bold).
const GLYPH = 0.56;
const TEXT_WIDTH = CARD_WIDTH - 160;
const SIZES = [72, 64, 56, 48, 42];
const MAX_TEXT_HEIGHT = 380;

/** Pick the largest font size at which the headline fits; returns the lines to draw. */
export function layoutHeadline(title: string): { size: number; lines: string[] } {
  for (const size of SIZES) {
    const lines = wrapText(title, Math.floor(TEXT_WIDTH / (size * GLYPH)));
    if (lines.length * size * 1.15 <= MAX_TEXT_HEIGHT) return { size, lines };
  }
  const size = SIZES[SIZES.length - 1]!;
  const maxLines = Math.floor(MAX_TEXT_HEIGHT / (size * 1.15));
  const maxChars = Math.floor(TEXT_WIDTH / (size * GLYPH));
  const lines = wrapText(title, maxChars).slice(0, maxLines);
  const last = lines[maxLines - 1] ?? '';
  lines[maxLines - 1] = (last.length > maxChars - 1 ? last.slice(0, maxChars - 1) : last).replace(/\s+\S*$/, '') + '…';
  return { size, lines };
}

const SERIF = 'DejaVu Serif, serif';
const SANS = 'DejaVu Sans, sans-serif';
const BACKGROUND = '#fdfcf8';
const INK = '#1b1b1b';

interface TextRun { x: number; y: number; font: FontSpec; colour: string; text: string }
interface Box { x: number; y: number; width: number; height: number; colour: string }

/** What a card shows and where: one description drawn either as SVG or from cached glyphs. */
export interface CardLayout { background: string; boxes: Box[]; runs: TextRun[] }

export function cardLayout(t: CardText): CardLayout {
  const { size, lines } = layoutHeadline(t.title);
  const top = 170;
  const meta = [t.source, t.dateLabel].filter(Boolean).join(' · ');
  const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
  return {
    background: BACKGROUND,
    boxes: [
      { x: 0, y: 0, width: CARD_WIDTH, height: 14, colour: '#8a1c1c' },
      // The rule under the site name: 3 px centred on y = 135.
      { x: 80, y: 134, width: CARD_WIDTH - 160, height: 3, colour: '#d9d4c7' },
    ],
    runs: [
      { x: 80, y: 110, font: { family: SERIF, bold: true, size: 40 }, colour: INK, text: dropXmlForbidden(clip(t.siteName, 40)) },
      ...lines.map((l, i) => ({ x: 80, y: top + size + i * size * 1.15, font: { family: SERIF, bold: true, size }, colour: INK, text: dropXmlForbidden(l) })),
      { x: 80, y: CARD_HEIGHT - 60, font: { family: SANS, bold: false, size: 30 }, colour: '#5a5a5a', text: dropXmlForbidden(clip(meta || 'Undated', 60)) },
    ],
  };
}

/** The card as SVG text. */
export function cardSvg(t: CardText): string {
  const layout = cardLayout(t);
  const boxes = layout.boxes.map((b) => `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" fill="${b.colour}"/>`).join('\n');
  const runs = layout.runs.map((r) => `<text x="${r.x}" y="${r.y}" font-family="${r.font.family}"${r.font.bold ? ' font-weight="bold"' : ''} font-size="${r.font.size}" fill="${r.colour}" xml:space="preserve">${escapeXml(r.text)}</text>`).join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">
<rect width="100%" height="100%" fill="${layout.background}"/>
${boxes}
${runs}
</svg>`;
}

/**
 * PNG settings for cards drawn as SVG: zlib level 3 without adaptive row filters costs ~25% less
 * time per card than sharp's default (level 6, adaptive) for ~10% larger files.
 */
export const CARD_PNG = { compressionLevel: 3, adaptiveFiltering: false } as const;

/** Bumped when the way cards are drawn changes; cached cards are keyed with it. */
const RENDERER = 'glyphs-2-palette';

/** What, besides the layout, decides a card's bytes: cached cards are keyed with it. */
export const CARD_ENCODING = JSON.stringify({ png: CARD_PNG, vips: sharp.versions.vips, renderer: RENDERER });

/** Rasterise a card SVG to PNG. */
export async function renderCardPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png(CARD_PNG).toBuffer();
}

const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;

/** The card with its boxes and no text, drawn once per layout shape and copied for each card. */
const blanks = new Map<string, PalettedCanvas>();
function blankCard(layout: CardLayout): PalettedCanvas {
  const key = JSON.stringify([layout.background, layout.boxes]);
  let canvas = blanks.get(key);
  if (!canvas) {
    canvas = PalettedCanvas.filled(CARD_WIDTH, CARD_HEIGHT, rgb(layout.background));
    for (const b of layout.boxes) canvas.fillRect(b.x, b.y, b.width, b.height, rgb(b.colour));
    blanks.set(key, canvas);
  }
  return canvas;
}

/**
 * Draw a card from cached glyphs on a palette canvas and encode it as a palette PNG. Falls back
 * to the SVG renderer for text that needs shaping (joined or combining scripts, emoji), and for
 * the rare drawing with more colours than a palette holds.
 */
export async function renderCard(t: CardText, atlas: GlyphAtlas): Promise<Buffer> {
  const layout = cardLayout(t);
  if (!layout.runs.every((r) => drawableWithGlyphs(r.text))) return renderCardPng(cardSvg(t));
  const canvas = blankCard(layout).clone();
  for (const run of layout.runs) {
    const colour = rgb(run.colour);
    const baseline = Math.round(run.y);
    let pen = run.x;
    for (const glyph of await atlas.glyphsOf(run.font, run.text)) {
      canvas.blend(glyph.alpha, glyph.width, glyph.height, Math.round(pen) + glyph.left, baseline + glyph.top, colour);
      pen += glyph.advance;
    }
  }
  return canvas.full ? renderCardPng(cardSvg(t)) : canvas.toPng();
}
