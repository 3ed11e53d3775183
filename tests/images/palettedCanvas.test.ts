import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { PalettedCanvas } from '../../src/images/palettedCanvas.ts';
import { encodeIndexedPng } from '../../src/images/indexedPng.ts';

const pixelsOf = async (png: Buffer) => {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, info, at: (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)] };
};

test('a palette PNG decodes (with sharp) to the colours its palette gives each pixel', async () => {
  // 3×2: red green blue / blue blue red.
  const rows = Uint8Array.from([0, 0, 1, 2, 0, 2, 2, 0]);
  const palette = Uint8Array.from([255, 0, 0, 0, 255, 0, 0, 0, 255]);
  const png = encodeIndexedPng(3, 2, rows, palette);
  const { info, at } = await pixelsOf(png);
  assert.deepEqual([info.width, info.height], [3, 2]);
  assert.deepEqual([at(0, 0), at(1, 0), at(2, 0), at(0, 1), at(2, 1)], [[255, 0, 0], [0, 255, 0], [0, 0, 255], [0, 0, 255], [255, 0, 0]]);
  assert.throws(() => encodeIndexedPng(3, 2, rows.subarray(1), palette), /bytes of rows/);
  assert.throws(() => encodeIndexedPng(3, 2, rows, new Uint8Array(257 * 3)), /palette of 257/);
});

test('text drawn on a paletted canvas blends its coverage over what is under it', async () => {
  const canvas = PalettedCanvas.filled(40, 10, [250, 250, 240]);
  canvas.fillRect(0, 0, 40, 2, [138, 28, 28]);
  // A 4×3 coverage bitmap: full, half and none; drawn partly off the canvas's left edge.
  const coverage = Uint8Array.from([255, 128, 0, 255, 255, 128, 0, 255, 255, 128, 0, 255]);
  canvas.blend(coverage, 4, 3, 10, 4, [20, 20, 20]);
  canvas.blend(coverage, 4, 3, -2, 4, [20, 20, 20]);
  const { at } = await pixelsOf(canvas.toPng());
  assert.deepEqual(at(10, 4), [20, 20, 20], 'full coverage is the ink');
  const half = at(11, 4);
  for (const [i, v] of half.entries()) assert.ok(Math.abs(v - (([250, 250, 240][i]! + 20) / 2)) <= 3, `half coverage ${half}`);
  assert.deepEqual(at(12, 4), [250, 250, 240], 'no coverage leaves the background');
  assert.deepEqual(at(0, 4), [250, 250, 240], 'clipped at the left edge: the bitmap column 2 has no coverage');
  assert.deepEqual(at(1, 4), [20, 20, 20]);
  assert.deepEqual(at(5, 0), [138, 28, 28], 'the box is untouched');
});

test('a drawing that needs more than 256 colours says so instead of drawing wrong colours', () => {
  const canvas = PalettedCanvas.filled(300, 1, [0, 0, 0]);
  for (let x = 0; x < 300; x++) canvas.fillRect(x, 0, 1, 1, [x & 255, x >> 8, 7]);
  assert.equal(canvas.full, true);
  assert.throws(() => canvas.toPng(), /more than 256 colours/);
});

test('a copy of a canvas is drawn on without changing the original', async () => {
  const blank = PalettedCanvas.filled(8, 8, [255, 255, 255]);
  const copy = blank.clone();
  copy.fillRect(0, 0, 8, 8, [0, 0, 0]);
  assert.deepEqual((await pixelsOf(blank.toPng())).at(3, 3), [255, 255, 255]);
  assert.deepEqual((await pixelsOf(copy.toPng())).at(3, 3), [0, 0, 0]);
});
