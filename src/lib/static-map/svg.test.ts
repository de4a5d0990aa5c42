import { describe, expect, it } from 'vitest';
import { cityMetric } from '../domain/aggregate';
import { NONE_COLOR } from '../domain/palette';
import { boundsProjection } from './geometry';
import { readGeometry, readIndex } from './node';
import { esc, mapSvg, shareSvg, staticMapView, wrap } from './svg';
import { GD_BOUNDS } from '../map/bounds';

const index = readIndex();
const geometry = readGeometry();
const paths = (svg: string) => [
  ...svg.matchAll(/<path d="([^"]+)" fill="([^"]+)"[^>]*data-code="(\d+)"/g),
];

describe('projected geometry', () => {
  it('has a path and a label anchor inside the box for each of the 21 cities', () => {
    expect(geometry.cities.map((c) => c.code).sort()).toEqual(
      index.atlas.cities.map((c) => c.code).sort(),
    );
    for (const c of geometry.cities) {
      expect(c.d).toMatch(/^m-?\d+[ -]\d+l[-\d ]+z/);
      const [x, y] = c.anchor!;
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(geometry.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(geometry.height);
    }
  });

  it('maps the corners of GD_BOUNDS onto the corners of the box (what fitBounds frames)', () => {
    const { projection, height } = boundsProjection(1000);
    const [sw, ne] = GD_BOUNDS;
    expect(projection([sw[0], ne[1]])!.map(Math.round)).toEqual([0, 0]);
    expect(projection([ne[0], sw[1]])!.map(Math.round)).toEqual([1000, height]);
  });
});

describe('staticMapView and mapSvg', () => {
  const cases = [
    { clusters: [], lang: 'zh' as const },
    { clusters: ['new-energy'], lang: 'en' as const },
    { clusters: ['new-energy', 'automobiles'], lang: 'zh' as const },
  ];
  for (const { clusters, lang } of cases)
    it(`fills each city with its colour under the metric (${clusters.join('+') || 'none'}, ${lang})`, () => {
      const metric = cityMetric(index, clusters, 'stars');
      const svg = mapSvg(staticMapView(geometry, index, metric, lang, 'Map'));
      const found = paths(svg);
      expect(found).toHaveLength(21);
      for (const [, , fill, code] of found) expect(fill).toBe(metric.byCity.get(code!)!.color);
    });

  it('colours a city with no rating in the single cluster as absence', () => {
    const metric = cityMetric(index, ['new-energy'], 'stars');
    const zero = [...metric.byCity].find(([, v]) => v.color === NONE_COLOR);
    expect(zero).toBeDefined();
    const svg = mapSvg(staticMapView(geometry, index, metric, 'en', 'Map'));
    expect(paths(svg).find((p) => p[3] === zero![0])![2]).toBe(NONE_COLOR);
  });

  it('labels and describes each city in the view’s language', () => {
    const metric = cityMetric(index, ['new-energy'], 'stars');
    for (const lang of ['zh', 'en'] as const) {
      const view = staticMapView(geometry, index, metric, lang, 'Map');
      const gz = view.cities.find((c) => c.code === '440100')!;
      expect(gz.label!.name).toBe(index.city('440100')!.name[lang]);
      expect(gz.description.startsWith(index.city('440100')!.name[lang])).toBe(true);
      const svg = mapSvg(view);
      expect(svg).toContain(`aria-label="${esc(gz.description)}"`);
      expect(svg).toContain(`<title>${esc(gz.description)}</title>`);
      expect(svg).toContain(`>${esc(gz.label!.name)}</tspan>`);
    }
  });

  it('keeps labels from overlapping one another', () => {
    const view = staticMapView(geometry, index, cityMetric(index, [], 'stars'), 'en', 'Map');
    const boxes = view.cities.flatMap((c) => (c.label ? [c.label] : []));
    expect(boxes).toHaveLength(21);
    let overlaps = 0;
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        if (Math.abs(a.x - b.x) * 2 < a.w + b.w && Math.abs(a.y - b.y) * 2 < a.h + b.h) overlaps++;
    expect(overlaps).toBe(0);
  });

  it('escapes text from the data and the link', () => {
    const svg = mapSvg(
      staticMapView(geometry, index, cityMetric(index, [], 'stars'), 'en', '<script>"x"</script>'),
    );
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;&quot;x&quot;');
  });
});

describe('shareSvg', () => {
  it('carries title, legend and credit, sized for link previews', () => {
    const metric = cityMetric(index, ['new-energy'], 'stars');
    const view = staticMapView(geometry, index, metric, 'en', 'Map');
    const svg = shareSvg(view, {
      title: 'New Energy',
      legendTitle: 'Stars',
      legend: metric.legend.map((c) => ({ color: c.color, label: `class ${c.cls}` })),
      credit: 'Source: plan · v1',
      site: 'atlas.example',
    });
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
    for (const text of ['New Energy', 'Stars', 'class 0', 'class 3', 'Source: plan · v1'])
      expect(svg).toContain(`>${text}</text>`);
    expect(paths(svg)).toHaveLength(21);
  });
});

describe('wrap', () => {
  it.each([
    ['short', 20, 500, ['short']],
    ['每个地市布局的集群数', 20, 100, ['每个地市布', '局的集群数']],
    ['one two three', 10, 30, ['one', 'two', 'three']],
  ])('%s at %i/%i', (text, size, max, lines) => {
    expect(wrap(text, size, max)).toEqual(lines);
  });
});
