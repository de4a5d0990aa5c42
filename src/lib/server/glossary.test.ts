import { describe, expect, it } from 'vitest';
import { cityEvidence, evidenceStrings } from '../data/atlas';
import { getAtlas, getDataset } from './dataset';
import { getCarrierAtlas } from './carriers';
import { chineseIn, glossesFor } from './glossary';

describe('glosses in the payloads', () => {
  it('picks only the glossary entries a payload holds', () => {
    const g = glossesFor(['粤府〔2021〕53号', 'not Chinese', '不在词表里的字']);
    expect(Object.keys(g)).toEqual(['粤府〔2021〕53号']);
    expect(g['粤府〔2021〕53号']).toMatch(/No\. 53/);
  });

  it('adds nothing to the atlas every page (and the embed) carries', () => {
    expect(Object.keys(getAtlas())).not.toContain('glosses');
  });

  it('renders every box title the cluster panel names', () => {
    const titles = getDataset().clusters.map((c) => c.panel.title);
    expect(Object.keys(glossesFor(titles))).toHaveLength(20);
  });

  it('sends each city’s evidence with a gloss for every quote and locator', () => {
    const d = getDataset();
    for (const city of d.cities) {
      const e = cityEvidence(d, city.code);
      const glosses = glossesFor(evidenceStrings(e));
      for (const s of evidenceStrings(e)) expect(glosses[s], `${city.id}: ${s}`).toBeTruthy();
    }
  });

  it('sends the carriers with glosses for their sources and lead industries, counties in English', () => {
    const a = getCarrierAtlas();
    const g = a.glosses ?? {};
    for (const c of a.carriers) {
      const s = c.firstSource;
      const shown = [
        ...(s.kind === 'seed'
          ? [s.locator, s.quote]
          : [s.kind === 'reference' ? s.publisher : s.byline]),
        ...c.industries,
      ];
      for (const x of chineseIn(shown)) expect(g[x], `${c.id}: ${x}`).toBeTruthy();
      if (c.countyName) expect(c.countyName.en).toMatch(/^[A-Z][a-z']+ (District|County|City)$/);
    }
  });
});
