// See https://svelte.dev/docs/kit/types#app.d.ts
import type { StaticGeometry } from '$lib/static-map/geometry';

declare global {
  /** PUBLIC_SITE_ORIGIN at build time ('' when unset): see vite.config.ts. */
  const __SITE_ORIGIN__: string;
  namespace App {
    interface PageData {
      /** The static map's projected cities, on pages that draw a map. */
      mapGeometry?: StaticGeometry;
    }
  }
}
export {};
