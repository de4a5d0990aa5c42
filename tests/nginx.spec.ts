// The build behind the shipped nginx config (deploy/generated/nginx-site.conf, written by the
// build from deploy/headers.mjs), run by Debian's nginx on a free port: headers per route, caching,
// compression, the 404 and 400 pages, and framing from a foreign origin.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startNginx } from '../deploy/nginx.mjs';

let nginx: Awaited<ReturnType<typeof startNginx>>;
test.beforeAll(async () => {
  nginx = await startNginx({ root: 'build' });
});
test.afterAll(async () => {
  await nginx?.close();
  expect(nginx?.stderr() ?? '').not.toMatch(/\[(emerg|alert|crit)\]/);
});

/** A raw GET (no decoding, no redirects): status, headers, body bytes. */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      const req = request(`${nginx.url}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

const entry = readdirSync('build/_app/immutable/entry').find((f) => f.endsWith('.js'));
const IMMUTABLE = 'public, max-age=31536000, immutable';
const routes = [
  { path: '/', type: 'text/html', cache: 'no-cache', frame: "'none'" },
  { path: '/subsidies', type: 'text/html', cache: 'no-cache', frame: "'none'" },
  { path: '/about', type: 'text/html', cache: 'no-cache', frame: "'none'" },
  { path: '/embed', type: 'text/html', cache: 'no-cache', frame: '*' },
  { path: '/embed/new-energy-en', type: 'text/html', cache: 'no-cache', frame: '*' },
  { path: '/new-energy-en', type: 'text/html', cache: 'no-cache', frame: "'none'" },
  { path: '/embed/compare', type: 'text/html', cache: 'no-cache', frame: '*' },
  { path: '/compare', type: 'text/html', cache: 'no-cache', frame: "'none'" },
  { path: '/data/clusters.json', type: 'application/json', cache: 'no-cache', frame: "'none'" },
  { path: '/data/matrix.csv', type: 'text/csv', cache: 'no-cache', frame: "'none'" },
  { path: '/geo/cities.topo.json', type: 'application/json', cache: 'no-cache', frame: "'none'" },
  { path: `/_app/immutable/entry/${entry}`, type: 'javascript', cache: IMMUTABLE, frame: "'none'" },
];

for (const r of routes)
  test(`nginx sends the security and caching headers for ${r.path.replace(/\.[\w-]+\.js$/, '.js')}`, async () => {
    const res = await get(r.path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain(r.type);
    expect(res.headers['cache-control']).toBe(r.cache);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['permissions-policy']).toContain('camera=()');
    expect(res.headers['content-security-policy']).toMatch(
      new RegExp(`frame-ancestors ${r.frame.replace('*', '\\*')}$`),
    );
    expect(res.headers['server']).toBe('nginx');
  });

test("each page's CSP header carries the hash of its own boot script", async () => {
  for (const [path, file] of [
    ['/', 'index.html'],
    ['/subsidies', 'subsidies.html'],
    ['/embed', 'embed.html'],
    ['/embed/compare', 'embed/compare.html'],
  ]) {
    const html = readFileSync(`build/${file}`, 'utf8');
    const hash = /'sha256-[^']+'/.exec(html)?.[0];
    expect(hash, file).toBeTruthy();
    expect((await get(path!)).headers['content-security-policy']).toContain(hash!);
  }
});

test('nginx answers a repeat request with 304 for an unchanged ETag', async () => {
  for (const path of ['/', '/data/clusters.json', `/_app/immutable/entry/${entry}`]) {
    const first = await get(path);
    expect(first.headers.etag, path).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    const again = await get(path, { 'if-none-match': first.headers.etag! });
    expect(again.status, path).toBe(304);
    expect(again.body.length).toBe(0);
  }
});

test('nginx serves the precompressed brotli and gzip files, and identity when not asked', async () => {
  for (const path of ['/', '/data/clusters.json', `/_app/immutable/entry/${entry}`]) {
    const plain = await get(path);
    expect(plain.headers['content-encoding'], path).toBeUndefined();
    const br = await get(path, { 'accept-encoding': 'br, gzip' });
    expect(br.headers['content-encoding'], path).toBe('br');
    expect(br.headers.vary).toContain('Accept-Encoding');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length);
    const gz = await get(path, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding'], path).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
  }
});

test('nginx sends the bilingual 404 page for an unknown path, with a page CSP', async () => {
  const res = await get('/no/such/page');
  expect(res.status).toBe(404);
  const body = res.body.toString();
  expect(body).toContain('页面不存在');
  expect(body).toContain('Page not found');
  expect(res.headers['content-security-policy']).toMatch(/sha256-.*frame-ancestors 'none'$/);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
});

test('nginx sends the bilingual 400 page for a malformed URL, leaking no error text', async () => {
  for (const path of ['/%', '/%zz', '/geo/%2']) {
    const res = await get(path);
    expect(res.status, path).toBe(400);
    const body = res.body.toString();
    expect(body).toContain('链接无效');
    expect(body).toContain('Bad link');
    expect(body).not.toMatch(/nginx|URIError|malformed URI|stack/i);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  }
  // A bad query is the app's to judge: the page loads and reports it.
  expect((await get('/embed?c=%')).status).toBe(200);
});

test('nginx accepts a long share link (a 20 KB query)', async () => {
  const res = await get(`/embed?title=${'a'.repeat(20_000)}`);
  expect(res.status).toBe(200);
});

test('a page on a foreign origin can frame /embed but not /', async ({ page }) => {
  const host = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><body>
      <iframe id="embed" src="${nginx.url}/embed?c=new-energy&lang=en" style="width:600px;height:400px"></iframe>
      <iframe id="explorer" src="${nginx.url}/?c=new-energy" style="width:600px;height:400px"></iframe>
      </body>`);
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', () => r()));
  const addr = host.address();
  const hostUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/`;
  expect(new URL(hostUrl).origin).not.toBe(new URL(nginx.url).origin);
  const blocked: string[] = [];
  page.on('console', (m) => {
    if (/frame-ancestors/.test(m.text())) blocked.push(m.text());
  });
  try {
    await page.goto(hostUrl);
    await expect(page.frameLocator('#embed').getByTestId('embed-ranked')).toBeVisible();
    await expect.poll(() => blocked.length).toBeGreaterThan(0);
    expect(blocked).toEqual([expect.stringContaining(`Framing '${nginx.url}/' violates`)]);
    const explorer = await (await page.$('#explorer'))!.contentFrame();
    expect(explorer?.url()).not.toContain(nginx.url);
  } finally {
    await new Promise((r) => host.close(r));
  }
});

test('a one-cluster link is answered with that view’s own page: its share image, its CSP, and it runs', async ({
  page,
}) => {
  const en = await get('/?c=new-energy&lang=en');
  expect(en.status).toBe(200);
  const html = en.body.toString('utf8');
  expect(html).toContain('map/new-energy-en.png"');
  expect(html).toContain('<html lang="en"');
  // The page's own boot-script hash, not the base page's.
  const own = readFileSync('build/new-energy-en.html', 'utf8');
  expect(en.headers['content-security-policy']).toContain(/'sha256-[^']+'/.exec(own)![0]);

  const zh = await get('/embed?c=automobiles');
  expect(zh.body.toString('utf8')).toContain('map/automobiles-zh.png"');
  expect(zh.headers['content-security-policy']).toMatch(/frame-ancestors \*$/);
  // Anything more than one cluster and a language is the base page, which reads the query.
  for (const path of ['/?c=new-energy&city=heyuan', '/?c=steel', '/?lang=en&c=new-energy']) {
    const r = await get(path);
    expect(r.status, path).toBe(200);
    expect(r.body.toString('utf8'), path).toContain('map/all-zh.png"');
  }

  // The browser keeps the link it asked for, and the page runs under its CSP.
  const csp: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/.test(m.text())) csp.push(m.text());
  });
  await page.goto(`${nginx.url}/?c=new-energy&lang=en`);
  await expect(page).toHaveURL(/\/\?c=new-energy&lang=en$/);
  await expect(page.getByTestId('legend')).toContainText('New Energy');
  // Once running, the page follows the link it was opened at (the query).
  await page.getByTestId('lang-switch').click();
  await expect(page).toHaveURL(/\/\?c=new-energy$/);
  await expect(page.getByTestId('legend')).toContainText('新能源');
  // And the view's own page switches to the other language's own page.
  await page.goto(`${nginx.url}/new-energy-zh`);
  await page.getByTestId('lang-switch').click();
  await expect(page).toHaveURL(/\/new-energy-en$/);
  await expect(page.getByTestId('legend')).toContainText('New Energy');
  expect(csp).toEqual([]);
});
