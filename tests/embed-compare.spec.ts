import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { Frame, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { dataset } from './dataset';

const d = dataset();
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const stars = (cluster: string, city: string) =>
  d.cells.find((x) => x.cluster === cluster && x.city === city)!.stars;

/** A host page on another origin (localhost, against the atlas's 127.0.0.1), serving `html`. */
async function hostPage(html: () => string): Promise<{ url: string; server: Server }> {
  const server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { url: `http://localhost:${(server.address() as { port: number }).port}/`, server };
}

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const frame = await (await page.waitForSelector(selector)).contentFrame();
  await frame!.waitForSelector('[data-testid="compare-table"]');
  return frame!;
}

async function axeViolations(frame: Frame): Promise<string[]> {
  await frame.evaluate(axeSource);
  const result = await frame.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            o: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run({
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
  });
  return result.violations.map(
    (v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`,
  );
}

const STATE = 'sc=heyuan,shaoguan&c=automobiles&eq=10000000&asof=2023-06-01';

for (const width of [390, 1280])
  for (const lang of ['zh', 'en'] as const)
    test(`inside a foreign page at ${width}px in ${lang}: values, the credit, no overflow, no axe violations`, async ({
      page,
      problems,
      baseURL,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      const src = `${baseURL}/embed/compare?${STATE}${lang === 'en' ? '&lang=en' : ''}`;
      const host = await hostPage(
        () =>
          `<!doctype html><html lang="en"><title>Host</title><body style="margin:0"><main><iframe id="f" src="${src}" title="Compare" style="width:100%;height:1400px;border:0"></iframe></main></body></html>`,
      );
      try {
        await page.goto(host.url);
        const frame = await frameOf(page, '#f');
        const cols = frame.locator('thead th');
        await expect(cols).toHaveText(lang === 'zh' ? ['河源', '韶关'] : ['Heyuan', 'Shaoguan']);
        // data/clusters.json: electronic information ★★ in 河源, none in 韶关: a differing row.
        expect([
          stars('electronic-information', '441600'),
          stars('electronic-information', '440200'),
        ]).toEqual([2, 0]);
        const row = frame.getByTestId('compare-row-electronic-information');
        await expect(row).toHaveClass(/differs/);
        await expect(row.locator('td').first()).toContainText('★★');
        await expect(frame.getByTestId('compare-row-automobiles')).not.toHaveClass(/differs/);
        // 30% of the 1000万 of equipment (粤工信规字〔2021〕5号), in force on 2023-06-01.
        await expect(frame.getByTestId('compare-ceiling-heyuan')).toHaveText(
          lang === 'zh' ? '300万元' : '¥3m',
        );
        await expect(frame.getByTestId('compare-carriers-heyuan')).toContainText(
          lang === 'zh' ? '城市级 4 个' : '4 by city only',
        );
        const credit = frame.getByTestId('embed-credit');
        await expect(credit).toContainText('粤府〔2021〕53号');
        await expect(credit).toContainText('粤工信规字〔2021〕5号');
        await expect(frame.getByTestId('plan-period')).toContainText('2025-12-31');
        const open = frame.getByTestId('open-atlas');
        await expect(open).toHaveAttribute('target', '_blank');
        await expect(open).toHaveAttribute('rel', 'noopener');
        const href = new URL((await open.getAttribute('href'))!, baseURL);
        expect(href.pathname).toBe('/compare');
        expect(href.searchParams.get('sc')).toBe('heyuan,shaoguan');
        expect(href.searchParams.get('c')).toBe('automobiles');
        // Neither the host page nor the embed is wider than its viewport; the table scrolls in
        // its own box, its caption in view.
        for (const doc of [page.mainFrame(), frame])
          expect(
            await doc.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            ),
          ).toBeLessThanOrEqual(0);
        const caption = frame.locator('caption .cap');
        await expect(caption).toBeVisible();
        expect(
          (await caption.boundingBox())!.x + (await caption.boundingBox())!.width,
        ).toBeLessThanOrEqual(width);
        expect(await axeViolations(frame)).toEqual([]);
        await page.screenshot({
          path: `test-results/screens/embed-compare-${width}-${lang}.png`,
          fullPage: true,
        });
      } finally {
        host.server.close();
      }
      expect(problems).toEqual([]);
    });

test('the table scrolls sideways from the keyboard when five cities do not fit a phone', async ({
  page,
  problems,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/embed/compare?sc=guangzhou,shenzhen,zhuhai,heyuan,shaoguan&lang=en');
  const region = page.getByRole('region');
  await expect(page.locator('thead th')).toHaveCount(5);
  expect(await region.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBeLessThanOrEqual(0);
  expect(problems).toEqual([]);
});

test('a link without two cities shows the default comparison and says so', async ({
  page,
  problems,
}) => {
  await page.goto('/embed/compare?lang=en');
  await expect(page.locator('thead th')).toHaveText(['Heyuan', 'Shaoguan', 'Meizhou']);
  await expect(page.getByTestId('embed-default')).toBeVisible();
  await page.goto('/embed/compare?sc=shenzhen&lang=en');
  await expect(page.locator('thead th').first()).toHaveText('Shenzhen');
  await expect(page.locator('thead th')).toHaveCount(3);
  expect(problems).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the prerendered default comparison shows values and says the link needs JavaScript', async ({
    page,
  }) => {
    await page.goto('/embed/compare?sc=shenzhen,guangzhou&lang=en');
    await expect(page.locator('thead th')).toHaveText(['河源', '韶关', '梅州']);
    await expect(page.getByTestId('nojs-note')).toBeVisible();
    await expect(page.getByTestId('nojs-note')).toContainText('需要运行脚本');
    await expect(page.getByTestId('compare-row-electronic-information')).toHaveClass(/differs/);
    await expect(
      page.getByTestId('compare-row-electronic-information').locator('td').first(),
    ).toContainText('★★');
    // The default's carriers come with the page.
    await expect(page.getByTestId('compare-carriers-heyuan')).toContainText('城市级 4 个');
    await expect(page.getByTestId('embed-credit')).toContainText('粤府〔2021〕53号');
    await expect(page.getByTestId('plan-period')).toBeVisible();
  });
});

test('the snippet on /compare embeds the same comparison in a foreign page, resized by the host script', async ({
  page,
  problems,
  baseURL,
}) => {
  await page.goto(`${baseURL}/compare?${STATE}&lang=en`);
  await expect(page.getByTestId('compare-ceiling-heyuan')).toHaveText('¥3m');
  await page.getByTestId('compare-embed').locator('summary').click();
  const snippet = await page.getByTestId('compare-snippet').inputValue();
  const src = /<iframe[^>]* src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
  const url = new URL(src);
  expect(url.pathname).toBe('/embed/compare');
  expect(Object.fromEntries(url.searchParams)).toMatchObject({
    sc: 'heyuan,shaoguan',
    c: 'automobiles',
    eq: '10000000',
    asof: '2023-06-01',
    lang: 'en',
  });
  expect(snippet).toContain('/embed.js');
  const host = await hostPage(
    () => `<!doctype html><html lang="en"><title>Host</title><body>${snippet}</body></html>`,
  );
  try {
    await page.goto(host.url);
    const frame = await frameOf(page, 'iframe.gdatlas-embed');
    await expect(frame.locator('thead th')).toHaveText(['Heyuan', 'Shaoguan']);
    await expect(frame.getByTestId('compare-ceiling-shaoguan')).toHaveText('¥3m');
    // embed.js sets the iframe to the height the embed reports.
    const inner = await frame
      .locator('main')
      .evaluate((m) => Math.ceil(m.getBoundingClientRect().height));
    await expect
      .poll(async () => Number(await page.locator('iframe').getAttribute('data-gdatlas-height')))
      .toBe(inner);
  } finally {
    host.server.close();
  }
  expect(problems).toEqual([]);
});
