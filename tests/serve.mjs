// A small static server for the built site (tests and the benchmark): no dependencies,
// correct MIME types, gzip when asked, optional CSP header, 404 page for unknown paths, 400 page
// for a malformed one. `npm start` uses nginx instead (deploy/nginx.mjs).
// Compressed bodies are cached per file (as a static host or CDN serves them precompressed):
// compressing on every request would block this single thread, and pages that load many files
// would pay for the server's work rather than their own.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * @param {{ root: string, port?: number, host?: string, headers?: Record<string,string> }} opts
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serve({ root, port = 0, host = '127.0.0.1', headers = {} }) {
  /** @type {Map<string, { key: string, body: Buffer }>} */
  const gzipped = new Map();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
      let file = join(root, path);
      let status = 200;
      const candidates = [file, `${file}.html`, join(file, 'index.html')];
      let found = null;
      for (const c of candidates) {
        const s = await stat(c).catch(() => null);
        if (s?.isFile()) {
          found = c;
          break;
        }
      }
      if (!found) {
        status = 404;
        found = join(root, '404.html');
      }
      const info = await stat(found);
      /** @type {Buffer} */
      let body = await readFile(found);
      const type = TYPES[extname(found)] ?? 'application/octet-stream';
      /** @type {Record<string, string>} */
      const h = { 'content-type': type, 'cache-control': 'no-store', ...headers };
      if (
        /\bgzip\b/.test(String(req.headers['accept-encoding'])) &&
        /text|json|javascript|svg/.test(type)
      ) {
        const key = `${info.mtimeMs}:${info.size}`;
        let hit = gzipped.get(found);
        if (hit?.key !== key) gzipped.set(found, (hit = { key, body: gzipSync(body) }));
        body = hit.body;
        h['content-encoding'] = 'gzip';
      }
      res.writeHead(status, h);
      res.end(body);
    } catch (e) {
      // A malformed address (`/%`) gets the 400 page; anything else a bare 500. No error text.
      const bad = e instanceof URIError;
      const page = bad ? await readFile(join(root, '400.html')).catch(() => null) : null;
      res.writeHead(bad ? 400 : 500, {
        'content-type': page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(page ?? (bad ? 'Bad Request' : 'Internal Server Error'));
    }
  });
  await new Promise((r) => server.listen(port, host, () => r(undefined)));
  const addr = server.address();
  return {
    url: `http://${host}:${typeof addr === 'object' && addr ? addr.port : port}`,
    /** @returns {Promise<void>} */
    close: () => new Promise((r) => server.close(() => r())),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? 'build';
  const port = Number(process.argv[3] ?? 4173);
  serve({ root, port }).then((s) => console.log(`serving ${root} at ${s.url}`));
}
