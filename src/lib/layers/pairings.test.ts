import { describe, expect, it } from 'vitest';
import type { CarrierAtlas, LightPairing } from '../domain/carriers';
import { HELPER_RGB, PARTNER_RGB, buildPairingsLayer, type PairingsView } from './pairings';

function pairing(over: Partial<LightPairing> & { id: string }): LightPairing {
  return {
    year: 2023,
    scheme: { zh: '对口帮扶协作', en: 'paired assistance and cooperation' },
    helper: '440300',
    partner: '441600',
    helperLngLat: [114.06, 22.54],
    partnerLngLat: [114.7, 23.74],
    countyPairs: [],
    confidence: 'high',
    ...over,
  };
}

function atlas(): CarrierAtlas {
  return {
    version: 'test',
    carriers: [],
    pairings: [
      pairing({ id: 'sz-hy-2023' }),
      pairing({
        id: 'gz-qy-2023',
        helper: '440100',
        partner: '441800',
        helperLngLat: [113.28, 23.13],
        partnerLngLat: [113.05, 23.68],
      }),
      pairing({ id: 'sz-hy-2021', year: 2021 }),
    ],
    unknowns: [],
  };
}

const view = (over: Partial<PairingsView> = {}): PairingsView => ({
  year: 2023,
  selectedCity: null,
  ...over,
});

const pick = (data: readonly LightPairing[], id: string) => {
  const d = data.find((p) => p.id === id);
  if (!d) throw new Error(`no ${id}`);
  return d;
};

describe('buildPairingsLayer', () => {
  it('describes an ArcLayer with a stable id and picking', () => {
    const { type, props } = buildPairingsLayer(atlas(), view());
    expect(type).toBe('ArcLayer');
    expect(props).toMatchObject({
      id: 'pairings',
      pickable: true,
      widthUnits: 'pixels',
      visible: true,
    });
  });

  it.each([
    { year: 2023 as const, ids: ['sz-hy-2023', 'gz-qy-2023'], visible: true },
    { year: 2021 as const, ids: ['sz-hy-2021'], visible: true },
    { year: false as const, ids: [], visible: false },
  ])('shows the pairings of year $year', ({ year, ids, visible }) => {
    const { props } = buildPairingsLayer(atlas(), view({ year }));
    expect(props.data.map((p) => p.id)).toEqual(ids);
    expect(props.visible).toBe(visible);
  });

  it('runs from the helper city anchor to the partner city anchor', () => {
    const { props } = buildPairingsLayer(atlas(), view());
    const d = pick(props.data, 'sz-hy-2023');
    expect(props.getSourcePosition(d)).toEqual([114.06, 22.54]);
    expect(props.getTargetPosition(d)).toEqual([114.7, 23.74]);
    expect(props.getSourceColor(d)).toEqual([...HELPER_RGB, 200]);
    expect(props.getTargetColor(d)).toEqual([...PARTNER_RGB, 200]);
    expect(props.getWidth(d)).toBe(2);
  });

  it.each([
    { city: '441600', what: 'partner', highlighted: 'sz-hy-2023', faded: 'gz-qy-2023' },
    { city: '440100', what: 'helper', highlighted: 'gz-qy-2023', faded: 'sz-hy-2023' },
  ])(
    'highlights arcs of the selected city as $what and fades the rest',
    ({ city, highlighted, faded }) => {
      const { props } = buildPairingsLayer(atlas(), view({ selectedCity: city }));
      const on = pick(props.data, highlighted);
      const off = pick(props.data, faded);
      expect(props.getWidth(on)).toBeGreaterThan(props.getWidth(off));
      expect(props.getSourceColor(on)[3]).toBe(255);
      expect(props.getTargetColor(off)[3]).toBeLessThan(100);
    },
  );

  it('changes its update triggers when the selected city changes, and only then', () => {
    const a = atlas();
    const base = buildPairingsLayer(a, view()).props.updateTriggers;
    expect(
      buildPairingsLayer(a, view({ selectedCity: '441600' })).props.updateTriggers,
    ).not.toEqual(base);
    expect(buildPairingsLayer(a, view({ year: 2021 })).props.updateTriggers).toEqual(base);
    expect(Object.keys(base).sort()).toEqual(['getSourceColor', 'getTargetColor', 'getWidth']);
  });

  it('keeps the same data array for a year across view changes', () => {
    const a = atlas();
    const first = buildPairingsLayer(a, view()).props.data;
    expect(buildPairingsLayer(a, view({ selectedCity: '440100' })).props.data).toBe(first);
  });
});
