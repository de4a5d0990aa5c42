import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { test, expect, mapReady } from './fixtures';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const WIDTHS = [360, 390, 768, 1280];
const LANGS = ['zh', 'en'] as const;
/** Every route, with each of its panels or states open. */
const PAGES = [
  '/',
  '/?c=new-energy',
  '/?c=new-energy,automobiles',
  '/?city=heyuan&carriers=1&pairs=2023',
  '/?c=new-energy&city=shenzhen',
  '/subsidies',
  '/subsidies?sc=heyuan,guangzhou,shenzhen&eq=7000000',
  '/about',
  '/shortlist?c=new-energy&eq=10000000',
  '/timeline',
  '/timeline?c=new-energy',
  '/compare?sc=heyuan,shaoguan,meizhou&c=new-energy&eq=7000000',
  '/embed?c=new-energy',
  '/embed/compare?sc=heyuan,shaoguan,meizhou&c=automobiles&eq=10000000',
];

/**
 * The page has drawn (or replaced its map with a message) and hydrated; a deferred map (the
 * embed's) is settled when it offers "explore" over its static map.
 */
async function settled(page: Page) {
  await page.waitForFunction(
    () =>
      !document.querySelector('[data-testid="map"]') ||
      !!document.querySelector('[data-testid="map-explore"]') ||
      performance.getEntriesByName('map-ready').length > 0 ||
      !!document.querySelector('[data-testid="map-fallback"]'),
    null,
    { timeout: 30_000 },
  );
}

const withLang = (url: string, lang: string) =>
  lang === 'zh' ? url : `${url}${url.includes('?') ? '&' : '?'}lang=${lang}`;

for (const width of WIDTHS)
  test(`no page is wider than its viewport at ${width}px, with every panel open, in both languages`, async ({
    page,
    problems,
  }) => {
    test.setTimeout(120_000);
    const wide: string[] = [];
    await page.setViewportSize({ width, height: 844 });
    for (const lang of LANGS)
      for (const url of PAGES) {
        await page.goto(withLang(url, lang));
        await settled(page);
        const { sw, cw } = await page.evaluate(() => ({
          sw: document.documentElement.scrollWidth,
          cw: document.documentElement.clientWidth,
        }));
        if (sw > cw) wide.push(`${width}px ${withLang(url, lang)}: ${sw} > ${cw}`);
      }
    expect(wide).toEqual([]);
    expect(problems).toEqual([]);
  });

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the cluster choice comes first, the map fills its box, a tapped city opens a sheet on screen', async ({
    page,
    problems,
  }) => {
    await page.goto('/');
    await mapReady(page);
    const picker = (await page.getByTestId('compact-picker').boundingBox())!;
    const map = (await page.getByTestId('map').boundingBox())!;
    expect(picker.y).toBeLessThan(map.y);
    // The province (about 4:3 on screen) fills the box rather than half of it.
    expect(map.width / map.height).toBeGreaterThan(1.2);
    expect(map.width / map.height).toBeLessThan(1.45);
    await page.getByTestId('compact-picker').selectOption('new-energy');
    await expect(page).toHaveURL(/c=new-energy/);
    // Tap 河源's label anchor on the map.
    const anchor = await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('.city-label[data-code="441600"]')!;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return { x: r.x + r.width / 2, y: r.y + r.height / 2, moved: style.transform };
    });
    await page.touchscreen.tap(anchor.x, anchor.y);
    await expect(page).toHaveURL(/city=heyuan/);
    const sheet = (await page.getByTestId('panel').boundingBox())!;
    expect(sheet.x).toBeGreaterThanOrEqual(0);
    expect(sheet.x + sheet.width).toBeLessThanOrEqual(390);
    expect(sheet.y).toBeGreaterThanOrEqual(0);
    expect(sheet.y + sheet.height).toBeLessThanOrEqual(844 + 0.5);
    await expect(page.getByTestId('city-panel')).toContainText('河源');
    await page.screenshot({ path: 'test-results/screens/phone-city-sheet.png' });
    expect(problems).toEqual([]);
  });

  test('the sheet closes by its button, by Escape and by a swipe down', async ({
    page,
    problems,
  }) => {
    for (const close of ['button', 'escape', 'swipe'] as const) {
      await page.goto('/?city=heyuan');
      await mapReady(page);
      await expect(page.getByTestId('city-panel')).toBeVisible();
      if (close === 'button') await page.getByTestId('close-city').click();
      else if (close === 'escape') await page.keyboard.press('Escape');
      else {
        const handle = (await page.getByTestId('sheet-handle').boundingBox())!;
        await page.getByTestId('sheet-handle').evaluate(
          (el, { x, y }) => {
            const ev = (type: string, dy: number) =>
              new PointerEvent(type, {
                bubbles: true,
                pointerType: 'touch',
                clientX: x,
                clientY: y + dy,
              });
            el.dispatchEvent(ev('pointerdown', 0));
            el.dispatchEvent(ev('pointerup', 120));
          },
          { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 },
        );
      }
      await expect(page.getByTestId('city-panel'), close).toHaveCount(0);
      await expect(page).not.toHaveURL(/city=/);
    }
    expect(problems).toEqual([]);
  });
});

/** Label boxes and leader lines as drawn, with each city's polygon test done in the page. */
async function labelGeometry(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.city-label')].map((el) => {
      const r = el.getBoundingClientRect();
      const len = parseFloat(getComputedStyle(el).getPropertyValue('--leader-len')) || 0;
      const angle = parseFloat(getComputedStyle(el).getPropertyValue('--leader-angle')) || 0;
      const cx = r.x + r.width / 2;
      const cy = r.y + r.height / 2;
      return {
        code: el.dataset.code!,
        box: { x: r.x, y: r.y, w: r.width, h: r.height },
        // The leader runs from the label's centre to its city's anchor.
        leader: len
          ? { x1: cx, y1: cy, x2: cx + Math.cos(angle) * len, y2: cy + Math.sin(angle) * len }
          : null,
      };
    }),
  );
}

function crosses(
  a: { x1: number; y1: number; x2: number; y2: number },
  b: { x1: number; y1: number; x2: number; y2: number },
) {
  const o = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
    (qx - px) * (ry - py) - (qy - py) * (rx - px);
  const d1 = o(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
  const d2 = o(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
  const d3 = o(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
  const d4 = o(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
  return d1 * d2 < -1e-6 && d3 * d4 < -1e-6;
}

for (const where of ['/', '/embed'])
  for (const width of [360, 390, 1280])
    for (const lang of LANGS)
      test(`labels on ${where} at ${width}px in ${lang}: each in its city or led there, no leader lines crossing`, async ({
        page,
        problems,
      }) => {
        await page.setViewportSize({ width, height: 844 });
        await page.goto(withLang(`${where}?c=new-energy`, lang));
        await mapReady(page);
        const labels = await labelGeometry(page);
        expect(labels).toHaveLength(21);
        // Where each leader line ends (or the unmoved label's centre) is on its own city: the map
        // reports the city under that point.
        const ends = labels.map((l) => ({
          code: l.code,
          x: l.leader ? l.leader.x2 : l.box.x + l.box.w / 2,
          y: l.leader ? l.leader.y2 : l.box.y + l.box.h / 2,
        }));
        const wrong = await page.evaluate((points) => {
          const map = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
          const m = (
            window as unknown as {
              __atlasMap?: {
                queryRenderedFeatures: (p: [number, number], o: object) => { id?: unknown }[];
              };
            }
          ).__atlasMap;
          if (!m) return ['no map handle'];
          return points
            .filter((p) => {
              const hit = m.queryRenderedFeatures([p.x - map.x, p.y - map.y], {
                layers: ['city-fill'],
              });
              return String(hit[0]?.id) !== p.code;
            })
            .map((p) => p.code);
        }, ends);
        expect(wrong).toEqual([]);
        const leaders = labels.flatMap((l) => (l.leader ? [{ code: l.code, ...l.leader }] : []));
        for (const [i, a] of leaders.entries())
          for (const b of leaders.slice(i + 1))
            expect(crosses(a, b), `${a.code} × ${b.code}`).toBe(false);
        await page.screenshot({
          path: `test-results/screens/labels${where.replace('/', '-')}-${width}-${lang}.png`,
        });
        expect(problems).toEqual([]);
      });

test('keyboard: a skip link to the matrix; a city opened from it takes focus, Escape returns it', async ({
  page,
  problems,
}) => {
  await page.goto('/?c=new-energy');
  await mapReady(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('href', '#matrix');
  await page.keyboard.press('Enter');
  const cell = page.locator('[data-testid^="cell-"][tabindex="0"]');
  await cell.focus();
  await page.keyboard.press('ArrowRight');
  const focusedCell = await page.evaluate(() =>
    document.activeElement?.getAttribute('data-testid'),
  );
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('city-panel')).toBeVisible();
  await expect(page.locator('#city-h')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('city-panel')).toHaveCount(0);
  await expect(page.getByTestId(focusedCell!)).toBeFocused();
  expect(problems).toEqual([]);
});

test('the map pans and zooms by buttons and by keys, and stays on the province', async ({
  page,
  problems,
}) => {
  await page.goto('/');
  await mapReady(page);
  const camera = () =>
    page.evaluate(() => {
      const m = (
        window as unknown as {
          __atlasMap: { getZoom(): number; getCenter(): { lng: number; lat: number } };
        }
      ).__atlasMap;
      return { zoom: m.getZoom(), ...m.getCenter() };
    });
  const start = await camera();
  await page.getByTestId('map-zoomIn').click();
  await expect.poll(async () => (await camera()).zoom).toBeGreaterThan(start.zoom + 0.5);
  const zoomed = await camera();
  await page.getByTestId('map-panEast').click();
  await expect.poll(async () => (await camera()).lng).toBeGreaterThan(zoomed.lng);
  await page.getByTestId('map-resetView').click();
  await expect.poll(async () => Math.abs((await camera()).zoom - start.zoom)).toBeLessThan(0.05);
  // Keys when the map has focus.
  await page.locator('[data-testid="map"] canvas').focus();
  await page.keyboard.press('+');
  await expect.poll(async () => (await camera()).zoom).toBeGreaterThan(start.zoom + 0.5);
  // Every control is at least 24×24 CSS px (WCAG 2.5.8).
  for (const box of await page
    .getByTestId('map-controls')
    .locator('button')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect)))
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
  expect(problems).toEqual([]);
});

test('a junk camera hash gets the notice and leaves the link', async ({ page, problems }) => {
  for (const hash of ['#999/999/999', '#-5/23/113', '#24/23.1/113.3']) {
    // A fresh load each time: only a hash change would not reload the page.
    await page.goto('about:blank');
    await page.goto(`/${hash}`);
    await mapReady(page);
    await expect(page.getByTestId('notice')).toContainText(hash);
    expect(new URL(page.url()).hash).toBe('');
    // The map shows the whole province, not an empty sea or a dot.
    const labels = await labelGeometry(page);
    const map = (await page.getByTestId('map').boundingBox())!;
    const inside = labels.filter(
      (l) => l.box.x >= map.x - 1 && l.box.x + l.box.w <= map.x + map.width + 1,
    );
    expect(inside.length).toBe(21);
  }
  expect(problems).toEqual([]);
});

for (const width of [390, 1280])
  for (const lang of LANGS)
    test(`targets are at least 24×24 px and axe finds no violations at ${width}px in ${lang}, on every route and state`, async ({
      page,
      problems,
    }) => {
      test.setTimeout(180_000);
      const found: string[] = [];
      await page.setViewportSize({ width, height: 844 });
      for (const url of PAGES) {
        await page.goto(withLang(url, lang));
        await settled(page);
        // axe-core runs through the debugging protocol, which the page's CSP does not govern.
        await page.evaluate(axeSource);
        const result = await page.evaluate(async () => {
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
        for (const v of result.violations)
          found.push(
            `${width} ${withLang(url, lang)}: ${v.id} ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
          );
      }
      expect(found).toEqual([]);
      expect(problems).toEqual([]);
    });
