import { describe, expect, it } from 'vitest';
import dataset from '../../../data/clusters.json';
import { AtlasIndex, toAtlas } from '../data/atlas';
import type { Dataset } from '../data/schema';
import { cityMetric } from '../domain/aggregate';
import { creditFor } from '../domain/credit';
import { pngSpec, type PngView } from './png-spec';

const index = new AtlasIndex(toAtlas(dataset as unknown as Dataset));
const view = (lang: 'zh' | 'en'): PngView => ({
  index,
  metric: cityMetric(index, ['new-energy'], 'stars'),
  lang,
  title: lang === 'zh' ? '新能源' : 'New Energy',
  legendTitle: 'legend',
  credit: creditFor({ stars: true }, index.atlas.sources),
  periodNote: '',
});

describe('pngSpec', () => {
  it('credits the plan the stars come from in the view’s language', () => {
    expect(pngSpec(view('en'), '2026-11-29', 1).credit).toMatch(
      /^Source: Guangdong 14th Five-Year Plan .*\(粤府〔2021〕53号\) · Dataset version/,
    );
    expect(pngSpec(view('zh'), '2026-11-29', 1).credit).toMatch(
      /^来源：广东省制造业高质量发展“十四五”规划（粤府〔2021〕53号） · 数据版本/,
    );
  });
  it('labels the legend in the view’s language and keeps the scale asked for', () => {
    const en = pngSpec(view('en'), '2026-11-29', 2);
    expect(en.legend.map((l) => l.label)).toContain('Core ★★★');
    expect(en.scale).toBe(2);
    expect(pngSpec(view('zh'), '2026-11-29', 1).legend.map((l) => l.label)).toContain('核心 ★★★');
  });
});
