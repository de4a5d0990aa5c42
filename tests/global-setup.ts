import { serve } from './serve.mjs';

/** Serves build/ on 127.0.0.1:4173 for the whole run (the site must be built first). */
export default async function globalSetup() {
  const server = await serve({ root: 'build', port: Number(process.env.PORT ?? 4173) });
  return async () => server.close();
}
