/**
 * Site icons from one SVG: favicon.ico (16 and 32 px PNGs in an ICO container), the SVG itself,
 * apple-touch-icon (180 px) and the web app manifest's 192/512 px icons, rasterised by sharp.
 * Shapes only, no text, so the icon looks the same whatever fonts the machine has.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

/** A clipping on the archive's red: a page with a headline bar and column rules. */
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
<rect width="64" height="64" rx="12" fill="#8a1c1c"/>
<path d="M15 12h34v40H15z" fill="#fdfcf8" transform="rotate(-6 32 32)"/>
<g transform="rotate(-6 32 32)" fill="#1b1b1b">
<rect x="19" y="17" width="26" height="6"/>
<rect x="19" y="27" width="12" height="2.5"/><rect x="33" y="27" width="12" height="2.5"/>
<rect x="19" y="33" width="12" height="2.5"/><rect x="33" y="33" width="12" height="2.5"/>
<rect x="19" y="39" width="12" height="2.5"/><rect x="33" y="39" width="12" height="2.5"/>
<rect x="19" y="45" width="9" height="2.5"/><rect x="33" y="45" width="9" height="2.5"/>
</g>
</svg>
`;

/** The PNG icons written, as [site path, size in px]. */
export const ICON_PNGS: Array<[string, number]> = [
  ['assets/icons/apple-touch-icon.png', 180],
  ['assets/icons/icon-192.png', 192],
  ['assets/icons/icon-512.png', 512],
];

const png = (size: number) => sharp(Buffer.from(ICON_SVG), { density: Math.ceil((72 * size) / 64) }).resize(size, size).png().toBuffer();

/** An ICO file holding PNG images (allowed since Windows Vista; every browser reads it). */
export function icoFromPngs(images: Array<{ size: number; data: Buffer }>): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // type 1: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((img, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(img.size >= 256 ? 0 : img.size, e);
    header.writeUInt8(img.size >= 256 ? 0 : img.size, e + 1);
    header.writeUInt16LE(1, e + 4); // colour planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(img.data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += img.data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

/** Write every icon into the site folder `outDir`. */
export async function writeIcons(outDir: string): Promise<void> {
  await fs.mkdir(path.join(outDir, 'assets', 'icons'), { recursive: true });
  await fs.writeFile(path.join(outDir, 'assets', 'icons', 'icon.svg'), ICON_SVG);
  for (const [file, size] of ICON_PNGS) await fs.writeFile(path.join(outDir, file), await png(size));
  const ico = icoFromPngs(await Promise.all([16, 32].map(async (size) => ({ size, data: await png(size) }))));
  await fs.writeFile(path.join(outDir, 'favicon.ico'), ico);
}
