/**
 * Registers the service worker (assets/sw-register.js, loaded on every page). Its URL is taken
 * relative to this script, so the worker sits at the site root under any path prefix. Never on
 * file://, where service workers do not exist.
 *
 * A new worker downloads the whole search index for the offline copy. On the search page that
 * waits until the first results show (the client marks the page `data-search-pending` until
 * then), so the offline copy never competes with the files the first search needs.
 */
import { PENDING, SHOWN } from './signals.ts';

const script = document.currentScript as HTMLScriptElement | null;
if (script && 'serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
  const register = () => navigator.serviceWorker.register(new URL('../sw.js', script.src).href).catch(() => {
    // No offline copy (private mode, an old browser): the site works as before.
  });
  const root = document.documentElement;
  if (root.hasAttribute(PENDING)) document.addEventListener(SHOWN, () => void register(), { once: true });
  else void register();
}
