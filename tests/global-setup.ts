import { serve } from './serve.mjs';

/**
 * Serves build/ on 127.0.0.1 at a free port for the whole run (the site must be built first) and
 * hands its URL to the workers through BASE_URL, which they inherit and playwright.config.ts reads.
 * A fixed port would collide with `npm start` on 4173. With BASE_URL already set, the tests run
 * against that server instead.
 */
export default async function globalSetup() {
  if (process.env.BASE_URL) return;
  const server = await serve({ root: 'build', port: 0 });
  process.env.BASE_URL = server.url;
  return async () => server.close();
}
