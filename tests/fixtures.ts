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

/** Waits for the map to be drawn with the data for the current URL. */
export async function mapReady(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, null, {
    timeout: 30_000,
  });
}
