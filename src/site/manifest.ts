/**
 * The web app manifest. start_url and scope are relative ('./'), resolved against the manifest's
 * own URL, so the same file works at the root, under a GitHub Pages prefix, or from any mirror.
 */
import { ICON_PNGS } from '../images/icons.ts';
import type { SiteSettings } from './settings.ts';

export function webManifest(settings: SiteSettings): object {
  return {
    name: settings.title,
    short_name: settings.title.length > 12 ? settings.title.slice(0, 12).trim() : settings.title,
    description: settings.description,
    lang: settings.lang,
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#fdfcf8',
    theme_color: '#8a1c1c',
    icons: [
      ...ICON_PNGS.filter(([, size]) => size >= 192).map(([src, size]) => ({ src, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
      { src: 'assets/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  };
}
