/**
 * Registers the service worker (assets/sw-register.js, loaded on every page). Its URL is taken
 * relative to this script, so the worker sits at the site root under any path prefix. Never on
 * file://, where service workers do not exist.
 */
const script = document.currentScript as HTMLScriptElement | null;
if (script && 'serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
  navigator.serviceWorker.register(new URL('../sw.js', script.src).href).catch(() => {
    // No offline copy (private mode, an old browser): the site works as before.
  });
}
