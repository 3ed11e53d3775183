/**
 * Eleventy configuration: wiring only. The pages are Nunjucks templates in templates/; their data
 * (the corpus and the site settings) is handed in by the build (src/build/renderPages.ts).
 */
import type { UserConfig } from '@11ty/eleventy';
import { makeFilters } from './src/site/filters.ts';

export default function (eleventyConfig: UserConfig) {
  const opts = (eleventyConfig as { clippings?: { pathPrefix: string; baseUrl: string } }).clippings
    ?? { pathPrefix: '/', baseUrl: '' };
  // Straight into Nunjucks rather than through addFilter: Eleventy's wrapper (a context copy and a
  // benchmark entry per call) cost more than the filters themselves, a million calls at 10,000 articles.
  const filters = makeFilters(opts);
  eleventyConfig.amendLibrary('njk', (env: { addFilter(name: string, fn: (...args: any[]) => unknown): void }) => {
    for (const [name, fn] of Object.entries(filters)) env.addFilter(name, fn);
  });
  // Article text is data: autoescape everything; only pre-rendered, sanitised body HTML is marked safe.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  eleventyConfig.setUseGitIgnore(false);
  return {
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
    markdownTemplateEngine: false,
    dir: { input: 'templates', includes: '_includes', data: '_data' },
  };
}
