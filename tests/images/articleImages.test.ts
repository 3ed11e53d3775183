import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { findArticleImages, makeResponsive, pictureHtml } from '../../src/images/articleImages.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-img-'));
const input = path.join(tmp, 'in');
fs.mkdirSync(path.join(input, 'foo'), { recursive: true });
fs.writeFileSync(path.join(input, 'foo.txt'), 'text');
fs.writeFileSync(path.join(input, 'foobar.jpg'), 'not ours');
const jpg = await sharp({ create: { width: 1000, height: 500, channels: 3, background: '#884422' } }).jpeg().toBuffer();
fs.writeFileSync(path.join(input, 'foo.jpg'), jpg);
fs.writeFileSync(path.join(input, 'foo', 'second.png'), await sharp({ create: { width: 300, height: 300, channels: 3, background: '#224488' } }).png().toBuffer());

test('images beside a raw file, or in a folder named after it, belong to it', async () => {
  assert.deepEqual((await findArticleImages(input, 'foo.txt')).map((f) => path.relative(input, f)), ['foo.jpg', path.join('foo', 'second.png')]);
  assert.deepEqual(await findArticleImages(input, 'other.txt'), []);
});

test('an image becomes AVIF, WebP and JPEG at widths no wider than the original', async () => {
  const img = await makeResponsive(path.join(input, 'foo.jpg'), path.join(tmp, 'out'), path.join(tmp, 'cache'));
  assert.deepEqual(img.sources.webp.map((s) => s.width), [480, 800, 1000]);
  assert.deepEqual([img.width, img.height], [1000, 500]);
  for (const f of img.sources.avif) assert.ok(fs.existsSync(path.join(tmp, 'out', f.file)));
  const html = pictureHtml(img, 'A "picture"');
  assert.match(html, /<img src="images\/[0-9a-f]+-1000\.jpg" srcset="[^"]+ 480w, [^"]+ 800w, [^"]+ 1000w" sizes="[^"]+" width="1000" height="500" alt="A &quot;picture&quot;" loading="lazy"/);
});

test('an unchanged image is taken from the cache, not converted again', async () => {
  const cache = path.join(tmp, 'cache');
  const before = Object.fromEntries(fs.readdirSync(cache).map((f) => [f, fs.statSync(path.join(cache, f)).mtimeMs]));
  await makeResponsive(path.join(input, 'foo.jpg'), path.join(tmp, 'out2'), cache);
  const after = Object.fromEntries(fs.readdirSync(cache).map((f) => [f, fs.statSync(path.join(cache, f)).mtimeMs]));
  assert.deepEqual(after, before);
});
