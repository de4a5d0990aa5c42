import { defineConfig } from '@playwright/test';

/** Browser tests against the built site, in Debian's Chromium (Playwright cannot download one here). */
export default defineConfig({
  testDir: 'tests',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 2,
  reporter: [['list']],
  outputDir: 'test-results',
  globalSetup: './tests/global-setup.ts',
  use: {
    // Set by tests/global-setup.ts (a free port) before the workers start; they inherit it.
    baseURL: process.env.BASE_URL,
    // The app's service worker would answer requests before page.route() sees them and keep
    // files across tests; tests/offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
      ],
    },
  },
});
