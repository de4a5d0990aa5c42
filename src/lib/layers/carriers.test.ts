import { describe, expect, it } from 'vitest';
import { KIND_STYLE, type CarrierAtlas, type LightCarrier } from '../domain/carriers';
import {
  SPREAD_DEGREES,
  buildCarriersLayer,
  placedCarriers,
  spreadOffset,
  type CarriersView,
  type PlacedCarrier,
} from './carriers';

const HEYUAN: [number, number] = [114.7, 23.7];

function carrier(over: Partial<LightCarrier> & { id: string }): LightCarrier {
  return {
    kind: 'plan-base',
    name: { zh: over.id, en: over.id },
    hostCity: '441600',
    county: null,
    countyName: null,
    lngLat: HEYUAN,
    precision: 'city',
    confidence: 'medium',
    clusters: [],
    industries: [],
    partner: null,
    sourceCount: 1,
    firstSource: {
      kind: 'reference',
      publisher: 'Example Daily',
      date: '2023-04-30',
      url: 'https://example.org/',
    },
    ...over,
  };
}

/** Two carriers share Heyuan's anchor, one sits in a county, one cannot be placed. */
function atlas(): CarrierAtlas {
  return {
    version: 'test',
    carriers: [
      carrier({ id: 'base-city' }),
      carrier({ id: 'main', kind: 'main-transfer-platform' }),
      carrier({
        id: 'park-county',
        kind: 'transfer-park',
        county: '441602',
        precision: 'county',
        lngLat: [114.6, 23.8],
      }),
      carrier({ id: 'nowhere', hostCity: null, lngLat: null, precision: 'unknown' }),
      carrier({ id: 'elsewhere', hostCity: '440200', lngLat: [113.6, 24.8] }),
    ],
    pairings: [],
    unknowns: [],
  };
}

const view = (over: Partial<CarriersView> = {}): CarriersView => ({
  visible: true,
  emphasised: new Set(),
  selectedCity: null,
  ...over,
});

const byId = (data: readonly PlacedCarrier[], id: string) => {
  const d = data.find((x) => x.id === id);
  if (!d) throw new Error(`no ${id}`);
  return d;
};

describe('buildCarriersLayer', () => {
  it('describes a ScatterplotLayer with a stable id, pixel sizes and picking', () => {
    const { type, props } = buildCarriersLayer(atlas(), view());
    expect(type).toBe('ScatterplotLayer');
    expect(props).toMatchObject({
      id: 'carriers',
      pickable: true,
      stroked: true,
      filled: true,
      radiusUnits: 'pixels',
      lineWidthUnits: 'pixels',
      visible: true,
    });
  });

  it('draws only placed carriers', () => {
    const { props } = buildCarriersLayer(atlas(), view());
    expect(props.data.map((d) => d.id).sort()).toEqual([
      'base-city',
      'elsewhere',
      'main',
      'park-county',
    ]);
  });

  it('hides the layer without dropping its data when not visible', () => {
    const a = atlas();
    const { props } = buildCarriersLayer(a, view({ visible: false }));
    expect(props.visible).toBe(false);
    expect(props.data).toBe(buildCarriersLayer(a, view()).props.data);
  });

  it.each([
    {
      id: 'park-county',
      what: 'a solid dot with a white halo for a county-level carrier',
      fillAlpha: 235,
      line: [255, 255, 255, 255],
      width: 1,
    },
    {
      id: 'base-city',
      what: 'a ring in the kind colour with a faint fill for a city-level carrier',
      fillAlpha: 40,
      line: [...KIND_STYLE['plan-base'].rgb, 255],
      width: 2,
    },
  ])('draws $what', ({ id, fillAlpha, line, width }) => {
    const { props } = buildCarriersLayer(atlas(), view());
    const d = byId(props.data, id);
    expect(props.getFillColor(d)).toEqual([...KIND_STYLE[d.kind].rgb, fillAlpha]);
    expect(props.getLineColor(d)).toEqual(line);
    expect(props.getLineWidth(d)).toBe(width);
  });

  it('sizes dots by kind', () => {
    const { props } = buildCarriersLayer(atlas(), view());
    expect(props.getRadius(byId(props.data, 'main'))).toBe(
      KIND_STYLE['main-transfer-platform'].radius,
    );
    expect(props.getRadius(byId(props.data, 'base-city'))).toBe(KIND_STYLE['plan-base'].radius);
  });

  it('enlarges emphasised carriers and fades the others', () => {
    const { props } = buildCarriersLayer(atlas(), view({ emphasised: new Set(['main']) }));
    const main = byId(props.data, 'main');
    const park = byId(props.data, 'park-county');
    expect(props.getRadius(main)).toBe(KIND_STYLE['main-transfer-platform'].radius * 1.5);
    expect(props.getFillColor(main)[3]).toBe(40);
    expect(props.getLineColor(main)[3]).toBe(255);
    expect(props.getRadius(park)).toBe(KIND_STYLE['transfer-park'].radius);
    expect(props.getFillColor(park)[3]).toBe(Math.round(235 * 0.25));
    expect(props.getLineColor(park)[3]).toBe(Math.round(255 * 0.25));
  });

  it('gives carriers of the selected city a heavier outline', () => {
    const { props } = buildCarriersLayer(atlas(), view({ selectedCity: '441600' }));
    expect(props.getLineWidth(byId(props.data, 'base-city'))).toBe(3.5);
    expect(props.getLineWidth(byId(props.data, 'elsewhere'))).toBe(2);
  });

  it('changes exactly the triggers whose accessors read the changed part of the view', () => {
    const a = atlas();
    const base = buildCarriersLayer(a, view()).props.updateTriggers;
    const emphasis = buildCarriersLayer(a, view({ emphasised: new Set(['main']) })).props
      .updateTriggers;
    const city = buildCarriersLayer(a, view({ selectedCity: '441600' })).props.updateTriggers;
    const changed = (t: typeof base) =>
      (Object.keys(base) as (keyof typeof base)[]).filter((k) => t[k] !== base[k]).sort();
    expect(changed(emphasis)).toEqual(['getFillColor', 'getLineColor', 'getRadius']);
    expect(changed(city)).toEqual(['getLineWidth']);
    expect(changed(buildCarriersLayer(a, view({ visible: false })).props.updateTriggers)).toEqual(
      [],
    );
  });

  it('treats the same emphasis in any order as unchanged', () => {
    const a = atlas();
    const one = buildCarriersLayer(a, view({ emphasised: new Set(['main', 'base-city']) }));
    const two = buildCarriersLayer(a, view({ emphasised: new Set(['base-city', 'main']) }));
    expect(two.props.updateTriggers).toEqual(one.props.updateTriggers);
  });

  it('keeps the same data array across view changes so deck.gl re-runs only triggered accessors', () => {
    const a = atlas();
    const first = buildCarriersLayer(a, view()).props.data;
    expect(
      buildCarriersLayer(a, view({ emphasised: new Set(['main']), selectedCity: '441600' })).props
        .data,
    ).toBe(first);
  });
});

describe('placedCarriers', () => {
  it('spreads carriers that share an anchor, the most important kind on the anchor itself', () => {
    const data = placedCarriers(atlas());
    expect(byId(data, 'main').position).toEqual(HEYUAN);
    const base = byId(data, 'base-city').position;
    expect(base).not.toEqual(HEYUAN);
    const dLng = (base[0] - HEYUAN[0]) * Math.cos((HEYUAN[1] * Math.PI) / 180);
    expect(Math.hypot(dLng, base[1] - HEYUAN[1])).toBeCloseTo(SPREAD_DEGREES, 10);
  });

  it('leaves a carrier alone at its anchor untouched', () => {
    expect(byId(placedCarriers(atlas()), 'park-county').position).toEqual([114.6, 23.8]);
  });

  it('gives the same positions for the same atlas every time', () => {
    const pos = (a: CarrierAtlas) =>
      placedCarriers(a).map((d) => `${d.id}@${d.position.join(',')}`);
    expect(pos(atlas())).toEqual(pos(atlas()));
  });

  it('gives many carriers at one anchor distinct positions', () => {
    const crowd: CarrierAtlas = {
      ...atlas(),
      carriers: Array.from({ length: 20 }, (_, i) => carrier({ id: `b${i}` })),
    };
    const positions = placedCarriers(crowd).map((d) => d.position.join(','));
    expect(new Set(positions).size).toBe(20);
  });

  it('draws the least important kinds first so main platforms end up on top', () => {
    const order = placedCarriers(atlas()).map((d) => d.kind);
    expect(order.at(-1)).toBe('main-transfer-platform');
    expect(order[0]).toBe('plan-base');
  });
});

describe('spreadOffset', () => {
  it.each([
    { k: 0, radius: 0 },
    { k: 1, radius: SPREAD_DEGREES },
    { k: 4, radius: 2 * SPREAD_DEGREES },
  ])('puts the carrier number $k at $radius° (on screen) from the anchor', ({ k, radius }) => {
    const [dx, dy] = spreadOffset(k, 0);
    expect(Math.hypot(dx, dy)).toBeCloseTo(radius, 10);
  });
});
