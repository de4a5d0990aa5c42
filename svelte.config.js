import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // precompress: .gz and .br beside each file, served as they are by nginx (gzip_static,
    // brotli_static), Caddy (precompressed) and most static hosts.
    adapter: adapter({ strict: true, precompress: true }),
    // Small stylesheets go inline (style-src allows it): fewer render-blocking requests before
    // the static map's first paint. MapLibre's own CSS is linked when the map is created.
    inlineStyleThreshold: 4096,
    // Registered by src/lib/offline/register.ts: after load, production builds only.
    serviceWorker: { register: false },
    prerender: {
      // The share images (/map/*.png|svg) are written after vite build by
      // scripts/share-images.ts; a browser test checks the pages' og:image files exist.
      handleHttpError: ({ path, message }) => {
        if (/\/map\/[\w-]+\.(png|svg)$/.test(path)) return;
        throw new Error(message);
      },
      handleMissingId: 'fail',
    },
    // Strict CSP in a <meta> of every prerendered page: scripts only from our origin or by hash
    // (SvelteKit hashes its boot script), MapLibre's CSP build with its worker served from 'self'.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'worker-src': ['self'],
        'child-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'frame-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
      },
    },
  },
};

export default config;
