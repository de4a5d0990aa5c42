import { readFileSync } from 'node:fs';
import { test, expect, mapReady } from './fixtures';
import { dataset, contrastingCluster } from './dataset';
import { STAR_COLORS } from '../src/lib/domain/palette';
import { buildBackgroundLayer } from '../src/lib/layers/background';
import { HEADER } from '../src/lib/export/png';

const BACKGROUND = buildBackgroundLayer().paint!['background-color'] as string;

const d = dataset();
const k = contrastingCluster(d);

/** RFC 4180 CSV lines → fields (quotes, doubled quotes, commas inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

async function openShare(page: import('@playwright/test').Page) {
  await page.getByTestId('share-open').click();
  await expect(page.getByTestId('share-dialog')).toBeVisible();
}

test('the share dialog gives a link, an iframe snippet and a preview of the same view', async ({
  page,
  problems,
}) => {
  await page.goto(`/?c=${k.id}&lang=en`);
  await mapReady(page);
  await openShare(page);
  // A single cluster has a page of its own: the link names it (its preview shows its map).
  await expect(page.getByTestId('share-link')).toHaveValue(new RegExp(`/${k.id}-en$`));
  const snippet = await page.getByTestId('share-snippet').inputValue();
  expect(snippet).toMatch(
    new RegExp(
      `<iframe class="gdatlas-embed" src="[^"]+/embed/${k.id}-en" title="[^"]+" loading="lazy">`,
    ),
  );
  expect(snippet).toContain('/embed.js');
  expect(snippet).toMatch(/@media \(max-width:480px\)/);
  await expect(
    page.frameLocator('[data-testid="share-preview"]').getByTestId('embed-title'),
  ).toContainText(k.name.en);
  expect(problems).toEqual([]);
});

test('PNG export is a real image of the map with legend and credit, not blank', async ({
  page,
  problems,
}) => {
  await page.goto(`/?c=${k.id}`);
  await mapReady(page);
  const box = await page
    .getByTestId('map')
    .evaluate((m) => ({ width: m.clientWidth, height: m.clientHeight }));
  await openShare(page);
  // 1× for the page, 2× on request: the same picture at twice the pixels.
  const [plain] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-png').click(),
  ]);
  expect(plain.suggestedFilename()).toBe(`gd-atlas_${k.id}_${d.version}.png`);
  const one = readFileSync((await plain.path())!);
  expect(one.readUInt32BE(16)).toBe(Math.round(box!.width));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-png-2x').click(),
  ]);
  expect(download.suggestedFilename()).toBe(`gd-atlas_${k.id}_${d.version}.2x.png`);
  const file = readFileSync((await download.path())!);
  expect(file.subarray(1, 4).toString()).toBe('PNG');
  const width = file.readUInt32BE(16);
  const height = file.readUInt32BE(20);
  expect(width).toBe(Math.round(box!.width * 2));
  expect(height).toBe(one.readUInt32BE(20) * 2);
  // Title band, map, then a footer with the legend (one row at least) and the credit.
  expect(height).toBeGreaterThan(Math.round((box!.height + HEADER + 70) * 2));
  // Not blank: decode in the page, count distinct colours, and check that the map area shows the
  // drawn map (city fills of the legend's palette, sea background), not an empty canvas.
  const { distinct, mapShare } = await page.evaluate(
    async ({ b64, colours, top, bottom }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < px.length; i += 4 * 97)
        seen.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!);
      const wanted = new Set(colours.map((h) => parseInt(h.slice(1), 16)));
      let inMap = 0;
      let drawn = 0;
      for (let y = top; y < bottom; y += 7)
        for (let x = 0; x < c.width; x += 7) {
          const i = (y * c.width + x) * 4;
          inMap++;
          if (wanted.has((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!)) drawn++;
        }
      return { distinct: seen.size, mapShare: drawn / inMap };
    },
    {
      b64: file.toString('base64'),
      colours: [...STAR_COLORS, BACKGROUND],
      top: HEADER * 2,
      bottom: Math.round((HEADER + box!.height) * 2),
    },
  );
  expect(mapShare).toBeGreaterThan(0.5);
  expect(distinct).toBeGreaterThan(20);
  expect(problems).toEqual([]);
});

test('CSV and GeoJSON exports parse and match the dataset, with credit and version', async ({
  page,
  problems,
}) => {
  await page.goto(`/?c=${k.id}`);
  await mapReady(page);
  await openShare(page);
  const grab = async (id: string) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(id).click()]);
    return readFileSync((await dl.path())!, 'utf8');
  };
  const matrix = parseCsv(await grab('export-csv-matrix'));
  expect(matrix).toHaveLength(421);
  const header = matrix[0]!;
  const row = (fields: string[]) => Object.fromEntries(fields.map((v, i) => [header[i], v]));
  for (const fields of matrix.slice(1)) {
    const r = row(fields);
    expect(fields).toHaveLength(header.length);
    const cell = d.cells.find((c) => c.cluster === r.cluster_id && c.city === r.city_code)!;
    expect(r.stars).toBe(cell.stars === null ? 'unprinted' : String(cell.stars));
    expect(r.dataset_version).toBe(d.version);
  }
  const sel = parseCsv(await grab('export-csv-selection'));
  expect(sel).toHaveLength(22);
  expect(sel[0]).toContain('source');
  const geo = JSON.parse(await grab('export-geojson')) as {
    features: { properties: Record<string, unknown> }[];
    metadata: { version: string; source: string; planPeriod: string | null };
  };
  expect(geo.features).toHaveLength(21);
  expect(geo.metadata.version).toBe(d.version);
  expect(geo.metadata.source.length).toBeGreaterThan(10);
  expect(geo.metadata.planPeriod).toBe('2021-01-01/2025-12-31');
  for (const f of geo.features) {
    const cell = d.cells.find((c) => c.cluster === k.id && c.city === f.properties.code)!;
    expect(f.properties[`stars_${k.id}`]).toBe(cell.stars);
    expect(f.properties.value).toBe(cell.stars);
  }
  expect(problems).toEqual([]);
});

test('the published data: /data/clusters.json and /data/matrix.csv', async ({ request }) => {
  const json = await (await request.get('/data/clusters.json')).json();
  expect(json.version).toBe(d.version);
  expect(json.sources.length).toBeGreaterThan(0);
  const csv = await (await request.get('/data/matrix.csv')).text();
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe(
    'cluster_id,cluster_zh,cluster_en,kind,city_code,city_zh,city_en,zone,stars,confidence,source',
  );
  expect(lines[1]).toContain('广东省制造业高质量发展“十四五”规划（粤府〔2021〕53号）');
  expect(lines.filter((l) => l.includes(',unprinted,'))).toHaveLength(9);
  expect(lines).toHaveLength(421);
  expect(lines.some((l) => l.startsWith('#'))).toBe(false);
});

test('the footer shows the dataset version and the print stylesheet keeps map, legend, table and sources', async ({
  page,
  problems,
}) => {
  await page.goto(`/?c=${k.id}`);
  await mapReady(page);
  await expect(page.getByTestId('dataset-version')).toContainText(d.version);
  await page.emulateMedia({ media: 'print' });
  // On paper the static SVG map stands in for the WebGL canvas, which keeps no picture to print.
  await expect(page.getByTestId('static-map')).toBeVisible();
  await expect(page.getByTestId('legend')).toBeVisible();
  await expect(page.getByTestId('matrix')).toBeVisible();
  await expect(page.getByTestId('cluster-search')).toBeHidden();
  await page.pdf({ path: 'test-results/screens/print.pdf', format: 'A4' });
  expect(problems).toEqual([]);
});
