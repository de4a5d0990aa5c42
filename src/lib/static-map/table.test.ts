import { describe, expect, it } from 'vitest';
import { defaultView } from '../state/view';
import { readIndex } from './node';
import { matrixTableHtml } from './table';

const index = readIndex();
const { clusters, cities } = index.atlas;

describe('matrixTableHtml', () => {
  it('has a row per cluster and a cell per cluster and city, starred as the data says', () => {
    const html = matrixTableHtml(index, 'zh', defaultView().sort);
    expect(html.match(/<tr><th scope="row">/g)).toHaveLength(clusters.length + 1); // + totals
    const cells = [...html.matchAll(/<td style="[^"]*" title="[^"]*">([★○]*)<\/td>/g)];
    expect(cells).toHaveLength(clusters.length * cities.length);
    // ★ per star; ○ for a member whose level is not printed (never counted as a star).
    const glyphs = clusters.flatMap((k) =>
      cities.map((c) => {
        const s = index.stars(k.id, c.code);
        return s === null ? '○' : '★'.repeat(s);
      }),
    );
    expect(cells.map((m) => m[1]!).sort()).toEqual(glyphs.sort());
  });

  it('names clusters and cities in the language asked for', () => {
    for (const lang of ['zh', 'en'] as const) {
      const html = matrixTableHtml(index, lang, defaultView().sort);
      expect(html).toContain(
        `<th scope="row">${clusters[0]!.name[lang].replace(/&/g, '&amp;')}</th>`,
      );
      expect(html).toContain(`<th scope="col">${cities[0]!.name[lang]}</th>`);
    }
  });

  it('follows the sort of the view (a city column, descending)', () => {
    const city = cities[0]!;
    const html = matrixTableHtml(index, 'en', { by: 'city', key: city.id, dir: 'desc' });
    const most = Math.max(...clusters.map((k) => index.stars(k.id, city.code) ?? 0));
    const firstRow = html.match(/<tbody><tr><th scope="row">([^<]+)<\/th>/)![1]!;
    const k = clusters.find((c) => c.name.en.replace(/&/g, '&amp;') === firstRow)!;
    expect(index.stars(k.id, city.code)).toBe(most);
  });
});
