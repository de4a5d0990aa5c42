import { createServer } from 'node:http';
import { test, expect, mapReady } from './fixtures';
import { dataset, contrastingCluster } from './dataset';

const d = dataset();
const k = contrastingCluster(d);

const combos: string[] = [];
for (const c of ['', `c=${k.id}`, `c=${d.clusters[0]!.id},${d.clusters[1]!.id}`])
  for (const extra of [
    '',
    'lang=en',
    'zones=1',
    'city=heyuan',
    'agg=core&title=Test',
    'view=table&lang=en&zones=1',
  ])
    combos.push([c, extra].filter(Boolean).join('&'));

test('the embed renders every combination of its parameters', async ({ page, problems }) => {
  test.setTimeout(240_000);
  for (const q of combos) {
    await page.goto(`/embed?${q}`);
    await mapReady(page);
    await expect(page.getByTestId('embed-credit')).toContainText(d.version);
    // The stars' document, whatever the language: the 14th Five-Year plan, 粤府〔2021〕53号.
    await expect(page.getByTestId('embed-credit')).toContainText('粤府〔2021〕53号');
    await expect(page.getByTestId('embed-credit')).toContainText(
      q.includes('lang=en') ? 'Five-Year Plan' : '十四五',
    );
    await expect(page.getByTestId('embed-ranked').locator('li').first()).toBeVisible();
  }
  expect(problems).toEqual([]);
});

test('the embed shows values without hover, a summary, a table and an explorer link', async ({
  page,
  problems,
}) => {
  await page.goto(`/embed?c=${k.id}&title=Where%20it%20goes`);
  await mapReady(page);
  await expect(page.getByTestId('embed-title')).toHaveText('Where it goes');
  const core = d.cells
    .filter((c) => c.cluster === k.id && c.stars === 3)
    .map((c) => d.cities.find((x) => x.code === c.city)!.name.zh);
  await expect(page.getByTestId('embed-ranked').locator('li').first()).toContainText(core[0]!);
  await expect(page.getByTestId('embed-summary')).toContainText(`核心城市：${core.join('、')}`);
  // One cluster has an explorer page of its own.
  await expect(page.getByTestId('open-explorer')).toHaveAttribute(
    'href',
    new RegExp(`/${k.id}-zh$`),
  );
  await page.locator('summary').click();
  await expect(page.getByTestId('embed-table').locator('tbody tr')).toHaveCount(21);
  await page.screenshot({ path: 'test-results/screens/embed.png' });
  expect(problems).toEqual([]);
});

test('an injected title is shown as text and runs nothing', async ({ page, problems }) => {
  let fired = false;
  page.on('dialog', (dlg) => ((fired = true), dlg.dismiss()));
  await page.goto(
    '/embed?title=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%3Cscript%3Ealert(2)%3C%2Fscript%3E',
  );
  await mapReady(page);
  await expect(page.getByTestId('embed-title')).toContainText('<img src=x onerror=alert(1)>');
  expect(await page.locator('main img').count()).toBe(0);
  expect(fired).toBe(false);
  expect(problems).toEqual([]);
});

test('invalid parameters show a message inside the embed', async ({ page, problems }) => {
  await page.goto('/embed?c=nope&zzz=1');
  await mapReady(page);
  await expect(page.getByTestId('notice')).toBeVisible();
  expect(problems).toEqual([]);
});

test('the embed posts its height to a parent on another origin, and the host script resizes the iframe', async ({
  page,
  baseURL,
}) => {
  // A host page served from a second origin embeds the atlas and loads our host script.
  const host = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><body><iframe id="f" src="${baseURL}/embed?c=${k.id}" style="width:600px;height:150px;border:0"></iframe>
      <script>window.msgs=[];addEventListener('message',e=>msgs.push({origin:e.origin,data:e.data}));</script>
      <script src="${baseURL}/embed.js"></script></body>`);
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', () => r()));
  const port = (host.address() as { port: number }).port;
  try {
    await page.goto(`http://localhost:${port}/`);
    await page.waitForFunction(() => (window as unknown as { msgs: unknown[] }).msgs.length >= 2);
    const frame = page.frameLocator('#f');
    const inner = await frame
      .locator('main')
      .evaluate((m) => Math.ceil(m.getBoundingClientRect().height));
    await expect
      .poll(async () => Number(await page.locator('#f').getAttribute('data-gdatlas-height')))
      .toBe(inner);
    const msgs = await page.evaluate(
      () =>
        (window as unknown as { msgs: { origin: string; data: Record<string, unknown> }[] }).msgs,
    );
    expect(msgs.some((m) => m.data.sentinel === 'amp' && m.data.type === 'embed-size')).toBe(true);
    expect(msgs.every((m) => m.origin === new URL(baseURL!).origin)).toBe(true);
    // A message from the wrong origin is ignored by the host script.
    await page.evaluate(() => window.postMessage({ 'gdatlas-height': { x: 5 } }, '*'));
    await page.waitForTimeout(200);
    expect(Number(await page.locator('#f').getAttribute('data-gdatlas-height'))).toBe(inner);
    expect(await page.locator('#f').evaluate((f) => (f as HTMLIFrameElement).style.height)).toBe(
      `${inner}px`,
    );
  } finally {
    host.close();
  }
});

test('on a phone-width embed every city label stays inside the map, near its city', async ({
  page,
  problems,
}) => {
  await page.setViewportSize({ width: 360, height: 700 });
  for (const lang of ['en', 'zh']) {
    await page.goto(`/embed?c=${k.id}&lang=${lang}`);
    await mapReady(page);
    const map = (await page.getByTestId('map').boundingBox())!;
    const labels = page.locator('.city-label');
    await expect(labels).toHaveCount(21);
    for (const box of await labels.evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    )) {
      expect(box.x).toBeGreaterThanOrEqual(map.x - 0.5);
      expect(box.y).toBeGreaterThanOrEqual(map.y - 0.5);
      expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width + 0.5);
      expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height + 0.5);
    }
    // Leader lines stay short: no label is moved by more than a quarter of the map's width.
    const moves = await labels.evaluateAll((els) =>
      els.map((e) => parseFloat(getComputedStyle(e).getPropertyValue('--leader-len')) || 0),
    );
    expect(Math.max(...moves)).toBeLessThan(map.width / 4);
    await page.screenshot({ path: `test-results/screens/embed-phone-${lang}.png` });
  }
  expect(problems).toEqual([]);
});
