// Registers the service worker (src/service-worker.ts) once the page has loaded and gone idle, so
// its precache does not compete with the first map load. Production builds only: in `vite dev`
// a worker would serve stale modules.
import { dev } from '$app/environment';
import { base } from '$app/paths';

export function registerServiceWorker(): void {
  if (dev || !('serviceWorker' in navigator)) return;
  const register = () => {
    const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 1));
    idle(() => {
      navigator.serviceWorker.register(`${base}/service-worker.js`).catch(() => {
        // No worker (private mode, blocked by policy): the site works online as before.
      });
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
