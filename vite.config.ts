import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  // Scripts loaded by URL (MapLibre's CSP build and worker) must be files on our
  // origin, never inlined as data: URLs, which the CSP (script-src 'self') would block.
  build: { assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined) },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'deploy/**/*.test.ts'],
    environment: 'node',
  },
});
