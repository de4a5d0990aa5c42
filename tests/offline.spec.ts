// Offline after one visit: the service worker keeps the shell, geodata and data. The site is
// served by the production server (nginx with the shipped config, its CSP headers included),
// which the test stops, besides taking the browser offline, so nothing can come from the network.
import { readFileSync } from 'node:fs';
import { test, expect, mapReady } from './fixtures';
import { startNginx } from '../deploy/nginx.mjs';

const dataset = JSON.parse(readFileSync('data/clusters.json', 'utf8')) as {
  version: string;
  date: string;
};

test.use({ serviceWorkers: 'allow' });

test('after one visit every page opens offline from the saved copy, saying so and naming the data version', async ({
  page,
  context,
}) => {
  const server = await startNginx({ root: 'build' });
  let stopped = false;
  try {
    await page.goto(`${server.url}/?c=new-energy`);
    await mapReady(page);
    await expect(page.getByTestId('offline-note')).toHaveCount(0);
    // Registered after load; `ready` resolves once the install step has cached everything.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });

    await server.close();
    stopped = true;
    await context.setOffline(true);

    await page.reload();
    await mapReady(page);
    await expect(page.getByTestId('offline-note')).toContainText(dataset.version);
    await expect(page.getByTestId('offline-note')).toContainText(dataset.date);
    await expect(page.getByTestId('offline-note')).toContainText('离线');
    await expect(page.getByTestId('matrix').locator('tbody tr')).toHaveCount(20);

    // A city's evidence file, which the explorer loads on demand.
    const evidence = await page.evaluate(() =>
      fetch('/data/evidence/heyuan.json').then((r) => r.json()),
    );
    expect(JSON.stringify(evidence)).toContain('河源');

    // A page not opened while online, reached by a full load.
    await page.goto(`${server.url}/subsidies`);
    await mapReady(page);
    await expect(page.getByTestId('offline-note')).toContainText(dataset.version);
    await page.getByTestId('calc-city-heyuan').check();
    await page.getByTestId('calc-equipment').fill('700');
    await page.getByTestId('calc-equipment').press('Enter');
    await expect(page.getByTestId('result-tech-upgrade-equipment-441600')).toContainText('210万元');

    await page.goto(`${server.url}/embed?c=new-energy&lang=en`);
    await expect(page.getByTestId('embed-ranked')).toBeVisible();
    await expect(page.getByTestId('offline-note')).toContainText(
      `Offline: showing the copy saved on this device, dataset version ${dataset.version} (${dataset.date})`,
    );

    await page.goto(`${server.url}/about?lang=en`);
    await expect(page.getByTestId('dataset-version')).toContainText(dataset.version);

    // Back online, the note goes away.
    await context.setOffline(false);
    await expect(page.getByTestId('offline-note')).toHaveCount(0);
  } finally {
    if (!stopped) await server.close();
  }
});
