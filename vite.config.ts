import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  // The site's public origin (e.g. https://atlas.example.org) for absolute og:image URLs; link
  // previews need one. Unset: the URLs are root-relative (fine for same-site tools only).
  define: { __SITE_ORIGIN__: JSON.stringify(process.env.PUBLIC_SITE_ORIGIN ?? '') },
  // Scripts loaded by URL (MapLibre's CSP build and worker) must be files on our
  // origin, never inlined as data: URLs, which the CSP (script-src 'self') would block.
  build: { assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined) },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'deploy/**/*.test.ts'],
    environment: 'node',
  },
});
