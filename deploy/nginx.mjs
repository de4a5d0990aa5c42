// Runs Debian's nginx on the build with the generated site config (deploy/generated/nginx-site.conf)
// for `npm start`, the nginx test and the load benchmark. A deployment writes its own main config
// and includes nginx-site.conf inside its `server {}` block.
//   node deploy/nginx.mjs conf [port] [root]   writes a main config into a temp dir, prints the dir
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/**
 * A standalone main config: foreground-friendly, every writable path under `dir`, logging to
 * stderr, listening on 127.0.0.1 only.
 * @param {{ port: number, root: string, dir: string, site: string, brotli: boolean, asRoot: boolean }} o
 */
export function nginxMainConf({ port, root, dir, site, brotli, asRoot }) {
  return [
    ...(brotli ? [`load_module ${BROTLI_MODULE};`] : []),
    // Only meaningful for a root master: it would hand requests to `nobody`, who may not be able
    // to read a checkout; a local run serves as the user who built it.
    ...(asRoot ? ['user root;'] : []),
    'worker_processes auto;',
    `pid ${join(dir, 'nginx.pid')};`,
    'error_log stderr warn;',
    'events { worker_connections 1024; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  types { text/csv csv; }',
    '  default_type application/octet-stream;',
    '  access_log off;',
    '  sendfile on;',
    '  keepalive_timeout 65;',
    `  client_body_temp_path ${join(dir, 'body')};`,
    `  proxy_temp_path ${join(dir, 'proxy')};`,
    `  fastcgi_temp_path ${join(dir, 'fastcgi')};`,
    `  uwsgi_temp_path ${join(dir, 'uwsgi')};`,
    `  scgi_temp_path ${join(dir, 'scgi')};`,
    '  server {',
    `    listen 127.0.0.1:${port};`,
    `    root ${root};`,
    `    include ${site};`,
    '  }',
    '}',
    '',
  ].join('\n');
}

/** Writes a main config for `root` (default build/) into a fresh temp dir and returns the dir. */
export function writeConf({ port = 4173, root = 'build' } = {}) {
  const site = resolve('deploy/generated/nginx-site.conf');
  if (!existsSync(site)) throw new Error(`${site} is missing: run npm run build first`);
  const dir = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  const conf = nginxMainConf({
    port,
    root: resolve(root),
    dir,
    site,
    brotli: existsSync(BROTLI_MODULE),
    asRoot: process.getuid?.() === 0,
  });
  writeFileSync(join(dir, 'nginx.conf'), conf);
  return dir;
}

/** A port nothing listens on now (nginx cannot report the port it got for port 0). */
export function freePort() {
  return /** @type {Promise<number>} */ (
    new Promise((res, rej) => {
      const s = createServer();
      s.on('error', rej);
      s.listen(0, '127.0.0.1', () => {
        const addr = s.address();
        const port = typeof addr === 'object' && addr ? addr.port : 0;
        s.close(() => res(port));
      });
    })
  );
}

/** @param {number} port */
const accepting = (port) =>
  new Promise((res) => {
    const c = createConnection({ port, host: '127.0.0.1' }, () => (c.end(), res(true)));
    c.on('error', () => res(false));
  });

/**
 * Starts nginx in the foreground on a free port; `close` stops it and removes its temp dir.
 * @param {{ root?: string, port?: number }} [opts]
 * @returns {Promise<{ url: string, close: () => Promise<void>, stderr: () => string }>}
 */
export async function startNginx({ root = 'build', port } = {}) {
  const p = port ?? (await freePort());
  const dir = writeConf({ port: p, root });
  const child = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise((r) => child.on('exit', r));
  child.on('error', (e) => (err += String(e)));
  for (let i = 0; i < 200 && child.exitCode === null && !(await accepting(p)); i++)
    await new Promise((r) => setTimeout(r, 50));
  if (child.exitCode !== null || !(await accepting(p)))
    throw new Error(`nginx did not start on port ${p}: ${err}`);
  return {
    url: `http://127.0.0.1:${p}`,
    stderr: () => err,
    close: async () => {
      child.kill('SIGQUIT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === 'conf') {
  console.log(
    writeConf({ port: Number(process.argv[3] ?? 4173), root: process.argv[4] ?? 'build' }),
  );
}
