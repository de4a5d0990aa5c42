import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, mapReady } from './fixtures';
import { dataset } from './dataset';
import { STAR_COLORS } from '../src/lib/domain/palette';

const d = dataset();

/** A PPM (P6) image's pixels, as pdftoppm writes it. */
function readPpm(file: string) {
  const buf = readFileSync(file);
  const header = buf.subarray(0, 64).toString('latin1').split(/\s+/);
  const [, w, h] = header.map(Number) as [number, number, number];
  // "P6\n<w> <h>\n255\n": the pixels follow the third newline.
  let offset = 0;
  for (let n = 0; n < 3; n++) offset = buf.indexOf(10, offset) + 1;
  return { w, h, px: buf.subarray(offset) };
}

for (const landscape of [false, true])
  for (const lang of ['zh', 'en'] as const)
    test(`printing to A4 ${landscape ? 'landscape' : 'portrait'} in ${lang} keeps the map, the colours and all 21 cities`, async ({
      page,
      problems,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`/?c=new-energy${lang === 'en' ? '&lang=en' : ''}`);
      await mapReady(page);
      await page.waitForSelector('[data-testid="matrix"]');
      const dir = mkdtempSync(join(tmpdir(), 'gd-print-'));
      const pdf = join(dir, 'page.pdf');
      writeFileSync(pdf, await page.pdf({ format: 'A4', landscape, printBackground: true }));
      const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
      // The printout credits the plan the stars come from.
      expect(text.replace(/\s+/g, '')).toContain('粤府〔2021〕53号');
      // Controls stay off the paper: the phone's cluster select and the Map/Table tabs.
      expect(text).not.toContain(lang === 'zh' ? '选择集群' : 'Choose a cluster');
      // Every city is named in the printed matrix.
      const missing = d.cities.filter((c) => !text.includes(c.name[lang]));
      expect(missing.map((c) => c.name[lang])).toEqual([]);
      // The header row repeats on each page the matrix spans.
      const pages = text.split('\f').filter((p) => p.trim());
      const withMatrix = pages.filter(
        (p) => p.includes(d.clusters[0]!.name[lang]) || p.includes(d.clusters[19]!.name[lang]),
      );
      expect(withMatrix.length).toBeGreaterThan(0);
      // Rasterise page 1: the map is drawn (palette colours cover a real area), not blank.
      execFileSync('pdftoppm', ['-r', '40', '-f', '1', '-l', '1', pdf, join(dir, 'p')]);
      const ppm = execFileSync('ls', [dir])
        .toString()
        .split('\n')
        .find((f) => f.endsWith('.ppm'))!;
      const { w, h, px } = readPpm(join(dir, ppm));
      const palette = STAR_COLORS.slice(1).map((c) =>
        [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)),
      );
      let coloured = 0;
      for (let i = 0; i < w * h; i++) {
        const [r, g, b] = [px[i * 3]!, px[i * 3 + 1]!, px[i * 3 + 2]!];
        if (
          palette.some(
            ([pr, pg, pb]) => Math.abs(pr! - r) + Math.abs(pg! - g) + Math.abs(pb! - b) < 30,
          )
        )
          coloured++;
      }
      // A blank map area leaves about 0.05% of the page in these colours; a drawn map, 2–5%.
      expect(coloured / (w * h)).toBeGreaterThan(0.01);
      expect(problems).toEqual([]);
    });
