/**
 * Site settings live in one place: `site.config.json` at the project root.
 *
 * - title: the archive's name, in every page's header, feeds and social cards
 * - description: one sentence for the home page, feeds and search engines
 * - url: the public base URL without the path prefix (e.g. 'https://you.github.io'); empty for
 *   a local build. The GitHub Pages workflow passes it with --base-url.
 * - lang: the site's language (BCP 47), for <html lang>
 * - pageSize: articles per listing page
 */
import fs from 'node:fs';
import { z } from 'zod';

export const settingsSchema = z.object({
  title: z.string().min(1).default('Clippings'),
  description: z.string().default('An archive of news articles, searchable offline.'),
  url: z.string().default('').transform((u) => u.replace(/\/+$/, '')),
  lang: z.string().default('en'),
  pageSize: z.number().int().min(1).max(1000).default(50),
});
export type SiteSettings = z.infer<typeof settingsSchema>;

/** Read settings from a JSON file (missing file → defaults); throws naming the file and field. */
export function loadSettings(file: string): SiteSettings {
  const raw = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  const parsed = settingsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
