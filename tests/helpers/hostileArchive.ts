/**
 * An adversarial archive, written into a fresh folder at test time (some cases — a 20 MB file,
 * symbolic links — are better made than committed): the five samples plus every kind of broken
 * or hostile input a real archive meets.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SAMPLES } from './buildOnce.ts';

export const article = (title: string, extra = '') =>
  `${title}\n\nBy Ana Lima\n\nThe harbour authority said on Tuesday that the ferry service would resume next week after repairs to the pier.${extra}\n\nOfficials expect the first crossings to be fully booked, and extra sailings are planned for the weekend.\n`;

export const INJECTION_TITLE = '<script>alert(1)</script> Mayor says {{ 7*7 }} and {% raw %} in speech';

/** Files expected to fail ingest, with a pattern their message must match. */
export const EXPECTED_ERRORS: Record<string, RegExp> = {
  'empty.txt': /empty/,
  'blank.txt': /blank/,
  'image.txt': /binary.*PNG/,
  'nul-bytes.txt': /NUL/,
  'huge.txt': /too large/,
  'bad-front-matter.txt': /malformed front matter at line \d+/,
  'only-furniture.txt': /no article text/,
  'escape-link.txt': /outside the input folder/,
};

export interface HostileArchive {
  dir: string;
  /** A folder outside the archive that a symbolic link points into. */
  outside: string;
}

export function writeHostileArchive(): HostileArchive {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-hostile-'));
  const dir = path.join(root, 'articles');
  const outside = path.join(root, 'outside');
  fs.mkdirSync(dir);
  fs.mkdirSync(outside);
  for (const f of fs.readdirSync(SAMPLES)) fs.copyFileSync(path.join(SAMPLES, f), path.join(dir, f));
  const w = (name: string, data: string | Buffer) => fs.writeFileSync(path.join(dir, name), data);
  w('empty.txt', '');
  w('blank.txt', ' \n\n\t \n');
  w('image.txt', Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
  w('nul-bytes.txt', Buffer.concat([Buffer.from(article('Nul bytes inside')), Buffer.from([0, 0, 0])]));
  w('latin1.txt', Buffer.from(article('Harbour café reopens after storm damage', ' The café owner thanked the volunteers.'), 'latin1'));
  w('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article('Ferry timetable published for winter season'), 'utf16le')]));
  w('bom-crlf.txt', '\ufeff' + article('Council approves new cycle lanes on the seafront').replace(/\n/g, '\r\n'));
  w('long-line.txt', 'Endless ' + 'word '.repeat(420_000));
  w('huge.txt', Buffer.alloc(20 * 1024 * 1024, article('A very long page') + '\n'));
  w('injection.txt', article(INJECTION_TITLE, '\n\n<img src=x onerror="alert(2)"> A reader wrote [click here](javascript:alert(3)) and <iframe src="javascript:alert(4)"></iframe>.'));
  w('injection-front-matter.txt', '---\ntitle: "<img src=x onerror=alert(5)> {{ 7*7 }}"\nauthors: ["<script>alert(6)</script>"]\nsource: "</script><script>alert(7)</script>"\n---\n' + article('Injected metadata'));
  w('bad-front-matter.txt', '---\ntitle: [unclosed\ndate: 2022-13-45\n---\n' + article('Fishing fleet returns early'));
  w('slug-escape.txt', '---\nslug: ../../../escaped-outside\ntitle: Pier repairs finished ahead of schedule\n---\n' + article('Pier repairs finished ahead of schedule'));
  w('slug-absolute.txt', '---\nslug: /tmp/escaped-absolute\npermalink: /../../escaped-permalink.html\n---\n' + article('Absolute slug attempt'));
  w('dup-a.txt', article('Storm closes coastal road'));
  w('dup-b.txt', article('Storm closes coastal road', ' A second report added that the road reopened at dusk.'));
  w('only-furniture.txt', 'Advertisement\n\nMost read in News\n\nShare this post:\n\nConnect with us\n\nCookie settings\n\n© 2022 Example Media. All rights reserved.\n');
  w('name with spaces.txt', article('Lifeboat crew honoured for rescue'));
  w('новини.txt', article('Kharkiv trams run again after repairs'));
  w('.hidden-leading-dot.txt', article('Harbour lights switched on'));
  fs.writeFileSync(path.join(outside, 'secret.txt'), article('Secret outside the archive'));
  fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'escape-link.txt'));
  fs.symlinkSync(path.join(dir, 'dup-a.txt'), path.join(dir, 'inside-link.txt'));
  return { dir, outside };
}
