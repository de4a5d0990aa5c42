import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every page collects console errors, uncaught exceptions and requests that leave the local
 * origin; tests end by asserting none happened.
 */
export const test = base.extend<{ problems: string[] }>({
  problems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (
        !['127.0.0.1', 'localhost'].includes(u.hostname) &&
        !['data:', 'blob:'].includes(u.protocol)
      )
        problems.push(`third-party request: ${r.url()}`);
    });
    await use(problems);
  },
});

export { expect };

/**
 * Waits for the map to be drawn with the data for the current URL. A deferred map (the embed's)
 * shows its static map until asked: the reader's "explore" tap is made first.
 */
export async function mapReady(page: Page) {
  await exploreIfDeferred(page);
  await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, null, {
    timeout: 30_000,
  });
}

/** Taps "explore" when the page's map waits for the reader (the embed), once the page is live. */
export async function exploreIfDeferred(page: Page) {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="map-explore"]') ||
      document.querySelector('[data-testid="map-fallback"]') ||
      performance.getEntriesByName('map-ready').length > 0 ||
      document.querySelector('.city-label'),
    null,
    { timeout: 30_000 },
  );
  const explore = page.getByTestId('map-explore');
  if (await explore.count()) await explore.click();
}
