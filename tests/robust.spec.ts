import { test, expect, exploreIfDeferred, mapReady } from './fixtures';
import { chromium } from '@playwright/test';
import config from '../playwright.config';
import { parseView } from '../src/lib/state/url';
import { contextFromDataset } from '../src/lib/state/view';
import { dataset } from './dataset';

const pages = ['/', '/embed', '/subsidies', '/about'];

test('every page carries a strict CSP and loads with it enforced, without violations', async ({
  page,
  problems,
}) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  for (const path of pages) {
    await page.goto(path === '/' ? '/?carriers=1&pairs=2023&c=new-energy' : path);
    const csp = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute('content');
    expect(csp).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    if (path !== '/about') await mapReady(page);
    if (path === '/')
      await page.waitForFunction(
        () => document.querySelectorAll('.maplibregl-map canvas').length >= 2,
      );
    expect(
      await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
    ).toEqual([]);
  }
  expect(problems).toEqual([]);
});

test.describe('without WebGL', () => {
  // Chromium keeps the WebGL API under both flag sets, but no context can be created: the app
  // probes no context of its own, so this is MapLibre's constructor failing, reported as no WebGL.
  for (const flags of [['--disable-webgl', '--disable-3d-apis'], ['--disable-webgl']])
    test(`the explorer and the embed show the table and a plain message (${flags.join(' ')})`, async () => {
      const args = [...(config.use?.launchOptions?.args ?? []), ...flags];
      const browser = await chromium.launch({ ...config.use?.launchOptions, args });
      const page = await browser.newPage({ baseURL: config.use?.baseURL });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto('/?c=new-energy');
      await expect(page.getByTestId('map-fallback')).toContainText('WebGL');
      await expect(page.getByTestId('matrix').locator('tbody tr')).toHaveCount(20);
      // The Table tab's ranking takes the map's place.
      await expect(page.getByTestId('city-table').locator('tbody tr')).toHaveCount(21);
      await page.goto('/embed?c=new-energy&lang=en');
      await exploreIfDeferred(page);
      await expect(page.getByTestId('map-fallback')).toContainText('WebGL');
      await expect(page.getByTestId('static-map').locator('path')).toHaveCount(21);
      await expect(page.getByTestId('embed-ranked')).toBeVisible();
      await page.screenshot({
        path: `test-results/screens/no-webgl-embed${flags.length}.png`,
      });
      // Each page points to the table it has: the subsidy page has no matrix, but its results.
      await page.goto('/subsidies?lang=en');
      const fallback = page.getByTestId('map-fallback');
      await expect(fallback).toContainText('WebGL');
      await expect(fallback).not.toContainText('matrix');
      await expect(fallback.getByRole('link')).toHaveAttribute('href', '#results');
      await expect(page.locator('#results')).toHaveCount(1);
      expect(errors).toEqual([]);
      await browser.close();
    });
});

test('a missing or corrupt boundary file shows an error state, not a blank page', async ({
  page,
}) => {
  await page.route('**/geo/cities.topo.json', (r) =>
    r.fulfill({ status: 200, body: '{"type":"Topology","arcs":' }),
  );
  await page.goto('/');
  await expect(page.getByTestId('map-fallback')).toBeVisible();
  await expect(page.getByTestId('matrix')).toBeVisible();
  await page.unroute('**/geo/cities.topo.json');
  await page.route('**/geo/cities.topo.json', (r) => r.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/embed');
  await exploreIfDeferred(page);
  await expect(page.getByTestId('map-fallback')).toContainText('404');
});

test('an unreachable online basemap falls back to the offline style and says so', async ({
  page,
}) => {
  await page.route('**/config.json', (r) =>
    r.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ basemap: 'http://127.0.0.1:9/style.json' }),
    }),
  );
  await page.goto('/');
  await mapReady(page);
  await expect(page.getByTestId('basemap-fallback')).toBeVisible();
  await expect(page.locator('.city-label')).toHaveCount(21);
});

test('unknown routes get a bilingual 404 page', async ({ page }) => {
  const res = await page.goto('/no/such/page');
  expect(res?.status()).toBe(404);
  await expect(page.getByTestId('error-page')).toContainText('页面不存在');
  await expect(page.getByTestId('error-page')).toContainText('Page not found');
});

/** Seeded generator of hostile query strings, so failures reproduce. */
function hostileQueries(n: number, seed = 7): string[] {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const keys = [
    'c',
    'city',
    'zones',
    'lang',
    'view',
    'agg',
    'sort',
    'carriers',
    'pairs',
    'sc',
    'inv',
    'eq',
    'dt',
    'ds',
    'title',
    'foo',
    '__proto__',
    'constructor',
    'c[]',
    '%E0%A4%A',
  ];
  const values = [
    '',
    '%%',
    '%E0%A4%A',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '☃️🙂',
    'x'.repeat(3000),
    '-1',
    '1e309',
    'NaN',
    'new-energy,new-energy,nope',
    'guangzhou',
    '河源',
    'en',
    'zh-CN',
    'city:heyuan:up',
    '2023',
    'all',
    '\u202e\u0000',
    '+',
    'javascript:alert(1)',
  ];
  return Array.from({ length: n }, () =>
    Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => `${pick(keys)}=${pick(values)}`).join(
      '&',
    ),
  );
}

test('50 hostile links on the explorer and the embed never break the page', async ({
  page,
  problems,
}) => {
  test.setTimeout(300_000);
  let dialogs = 0;
  page.on('dialog', (d) => (dialogs++, d.dismiss()));
  const queries = hostileQueries(50);
  for (const [i, q] of queries.entries()) {
    const path = i % 2 ? '/embed' : '/';
    await page.goto(`${path}?${q}`);
    await expect(
      page.locator(path === '/' ? '[data-testid="matrix"]' : '[data-testid="embed-ranked"]'),
    ).toBeVisible();
    const ignored = parseView(q, contextFromDataset(dataset())).ignored.length;
    if (ignored) await expect(page.getByTestId('notice')).toBeVisible();
    else await expect(page.getByTestId('notice')).toHaveCount(0);
    await expect(page.locator('body')).not.toBeEmpty();
  }
  expect(dialogs).toBe(0);
  expect(problems).toEqual([]);
});
