/**
 * Article images: pictures saved beside a raw file (same stem, 'foo.jpg' beside 'foo.txt', or
 * any image in a folder named 'foo/') become responsive AVIF, WebP and JPEG at a few widths,
 * with width and height so the page does not shift while they load. Each output is cached by
 * the source's content hash, so an unchanged image is never converted twice.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Dirent } from 'node:fs';
import { createHash } from 'node:crypto';
import sharp from 'sharp';

export const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;
export const WIDTHS = [480, 800, 1200];
export const FORMATS = ['avif', 'webp', 'jpeg'] as const;

export interface ResponsiveImage {
  /** File names (relative to the article's images folder) by format, widest last. */
  sources: Record<(typeof FORMATS)[number], Array<{ file: string; width: number }>>;
  width: number;
  height: number;
}

/** Images saved with the raw file `input` (relative to the input folder), sorted by name. */
export async function findArticleImages(inputDir: string, input: string, index = folderIndex()): Promise<string[]> {
  const stem = input.replace(/\.[^./]+$/, '');
  const dir = path.join(inputDir, path.dirname(stem));
  const found: string[] = [];
  for (const e of (await index(dir)).get(path.basename(stem)) ?? []) {
    if (e.isFile() && IMAGE_EXTENSIONS.test(e.name)) found.push(path.join(dir, e.name));
    if (e.isDirectory()) {
      for (const f of await fs.readdir(path.join(dir, e.name))) if (IMAGE_EXTENSIONS.test(f)) found.push(path.join(dir, e.name, f));
    }
  }
  return found.sort();
}

/** A folder's entries by stem ('foo' for 'foo.jpg' and for a folder 'foo'). */
type FolderIndex = (dir: string) => Promise<Map<string, Dirent[]>>;

/**
 * Reads each folder once and indexes it by stem, so finding the pictures of every article in a
 * folder of N raw files costs one listing and N look-ups, not N listings of N entries.
 */
export function folderIndex(): FolderIndex {
  const seen = new Map<string, Promise<Map<string, Dirent[]>>>();
  return (dir) => {
    let index = seen.get(dir);
    if (!index) {
      index = fs.readdir(dir, { withFileTypes: true }).catch(() => [] as Dirent[]).then((entries) => {
        const byStem = new Map<string, Dirent[]>();
        for (const e of entries) {
          const stem = e.isDirectory() ? e.name : e.name.replace(/\.[^.]+$/, '');
          byStem.set(stem, [...(byStem.get(stem) ?? []), e]);
        }
        return byStem;
      });
      seen.set(dir, index);
    }
    return index;
  };
}

/** Convert one image into `outDir` (an article's images folder), reusing `cacheDir` outputs. */
export async function makeResponsive(file: string, outDir: string, cacheDir: string): Promise<ResponsiveImage> {
  const bytes = await fs.readFile(file);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  const meta = await sharp(bytes).rotate().metadata();
  // After EXIF rotation the displayed sides may be swapped.
  const swap = (meta.orientation ?? 1) >= 5;
  const width = (swap ? meta.height : meta.width) ?? 0;
  const height = (swap ? meta.width : meta.height) ?? 0;
  const widths = [...new Set([...WIDTHS.filter((w) => w < width), Math.min(width, WIDTHS.at(-1)!)])].sort((a, b) => a - b);
  await fs.mkdir(outDir, { recursive: true });
  await fs.mkdir(cacheDir, { recursive: true });
  const sources = { avif: [], webp: [], jpeg: [] } as ResponsiveImage['sources'];
  for (const format of FORMATS) {
    for (const w of widths) {
      const name = `${hash}-${w}.${format === 'jpeg' ? 'jpg' : format}`;
      const cached = path.join(cacheDir, name);
      const exists = await fs.access(cached).then(() => true, () => false);
      if (!exists) {
        const img = sharp(bytes).rotate().resize({ width: w, withoutEnlargement: true });
        const out = format === 'avif' ? img.avif({ quality: 50 }) : format === 'webp' ? img.webp({ quality: 72 }) : img.flatten({ background: '#ffffff' }).jpeg({ quality: 78, mozjpeg: true });
        await fs.writeFile(cached, await out.toBuffer());
      }
      await fs.copyFile(cached, path.join(outDir, name));
      sources[format].push({ file: name, width: w });
    }
  }
  const top = widths.at(-1)!;
  return { sources, width: top, height: Math.round((height * top) / Math.max(1, width)) };
}

const escapeAttr = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A <figure><picture> for one converted image; paths are relative to the article page. */
export function pictureHtml(img: ResponsiveImage, alt: string, folder = 'images/'): string {
  const srcset = (list: Array<{ file: string; width: number }>) => list.map((s) => `${folder}${s.file} ${s.width}w`).join(', ');
  const sizes = '(min-width: 44rem) 42rem, 100vw';
  const fallback = img.sources.jpeg.at(-1)!;
  return `<figure class="photo"><picture>`
    + `<source type="image/avif" srcset="${srcset(img.sources.avif)}" sizes="${sizes}">`
    + `<source type="image/webp" srcset="${srcset(img.sources.webp)}" sizes="${sizes}">`
    + `<img src="${folder}${fallback.file}" srcset="${srcset(img.sources.jpeg)}" sizes="${sizes}" width="${img.width}" height="${img.height}" alt="${escapeAttr(alt)}" loading="lazy" decoding="async">`
    + `</picture></figure>`;
}
