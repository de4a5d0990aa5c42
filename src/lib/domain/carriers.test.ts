import { describe, expect, it } from 'vitest';
import raw from '../../../data/platforms.json';
import citiesTopo from '../../../static/geo/cities.topo.json';
import countiesTopo from '../../../static/geo/counties.topo.json';
import { buildCarrierAtlas, getCarrierAtlas, type CarrierGeo } from '../server/carriers';
import {
  CARRIER_KINDS,
  KIND_STYLE,
  carriersForCity,
  carriersForCluster,
  pairingsForYear,
  type CarrierAtlas,
  type LightCarrier,
  type LightPairing,
} from './carriers';
import { COUNT_COLORS, STAR_COLORS } from './palette';

function carrier(over: Partial<LightCarrier> & { id: string }): LightCarrier {
  return {
    kind: 'plan-base',
    name: { zh: over.id, en: over.id },
    hostCity: '441600',
    county: null,
    countyName: null,
    lngLat: [114.7, 23.7],
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

function atlas(over: Partial<CarrierAtlas> = {}): CarrierAtlas {
  return {
    version: 'test',
    carriers: [
      carrier({ id: 'a', clusters: ['automobiles', 'new-energy'] }),
      carrier({ id: 'b', clusters: ['biomedicine-health'], hostCity: '440200', partner: '440100' }),
      carrier({ id: 'c', clusters: [], hostCity: null, lngLat: null, precision: 'unknown' }),
      carrier({
        id: 'd',
        kind: 'main-transfer-platform',
        clusters: ['automobiles'],
        partner: '440300',
      }),
    ],
    pairings: [
      pairing({ id: 'p23', year: 2023 }),
      pairing({ id: 'p21', year: 2021, helper: '440100', partner: '440200' }),
      pairing({ id: 'q23', year: 2023, helper: '440100', partner: '441600' }),
    ],
    unknowns: [],
    ...over,
  };
}

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('carriersForCluster', () => {
  it.each([
    { selected: ['automobiles'], expected: ['a', 'd'] },
    { selected: ['new-energy', 'biomedicine-health'], expected: ['a', 'b'] },
    { selected: ['semiconductors-ics'], expected: [] },
    { selected: [], expected: [] },
  ])('returns carriers linked to any of $selected', ({ selected, expected }) => {
    expect(ids(carriersForCluster(atlas(), selected))).toEqual(expected);
  });

  it('accepts a Set of cluster ids', () => {
    expect(ids(carriersForCluster(atlas(), new Set(['biomedicine-health'])))).toEqual(['b']);
  });
});

describe('carriersForCity', () => {
  it.each([
    {
      city: '441600',
      hosted: ['a', 'd'],
      helped: [],
      pairings: ['p23:partner:440300', 'q23:partner:440100'],
    },
    {
      city: '440100',
      hosted: [],
      helped: ['b'],
      pairings: ['p21:helper:440200', 'q23:helper:441600'],
    },
    { city: '440300', hosted: [], helped: ['d'], pairings: ['p23:helper:441600'] },
    { city: '445300', hosted: [], helped: [], pairings: [] },
  ])('lists what $city hosts, helps build and is paired with', ({ city, ...expected }) => {
    const got = carriersForCity(atlas(), city);
    expect({
      hosted: ids(got.hosted),
      helped: ids(got.helped),
      pairings: got.pairings.map((p) => `${p.pairing.id}:${p.role}:${p.other}`),
    }).toEqual(expected);
  });
});

describe('pairingsForYear', () => {
  it.each([
    { year: 2023 as const, expected: ['p23', 'q23'] },
    { year: 2021 as const, expected: ['p21'] },
  ])('keeps only the pairings of $year', ({ year, expected }) => {
    expect(ids(pairingsForYear(atlas(), year))).toEqual(expected);
  });
});

describe('KIND_STYLE', () => {
  it('gives each kind its own colour, none shared with the choropleth fills', () => {
    const colors = CARRIER_KINDS.map((k) => KIND_STYLE[k].color.toLowerCase());
    expect(new Set(colors).size).toBe(CARRIER_KINDS.length);
    const fills = new Set<string>([...STAR_COLORS, ...COUNT_COLORS].map((c) => c.toLowerCase()));
    expect(colors.filter((c) => fills.has(c))).toEqual([]);
  });

  it('keeps hex and rgb in step', () => {
    for (const k of CARRIER_KINDS) {
      const { color, rgb } = KIND_STYLE[k];
      expect(rgb.map((n) => n.toString(16).padStart(2, '0')).join(''), k).toBe(
        color.slice(1).toLowerCase(),
      );
    }
  });
});

describe('buildCarrierAtlas', () => {
  const geo: CarrierGeo = {
    cities: citiesTopo as unknown as CarrierGeo['cities'],
    counties: countiesTopo as unknown as CarrierGeo['counties'],
  };
  const broken = (edit: (d: typeof raw) => void) => {
    const copy = structuredClone(raw);
    edit(copy);
    return copy;
  };

  it.each([
    {
      what: 'a precision that contradicts the county',
      input: broken((d) => (d.carriers[1]!.location.precision = 'county')),
      names: `carriers[1] (${raw.carriers[1]!.id})`,
    },
    {
      what: 'a malformed host city',
      input: broken((d) => (d.carriers[2]!.hostCity = '4416')),
      names: `carriers[2] (${raw.carriers[2]!.id}).hostCity`,
    },
    {
      what: 'a pairing with an unknown year',
      input: broken((d) => ((d.pairings[0] as { year: number }).year = 2022)),
      names: `pairings[0] (${raw.pairings[0]!.id}).year`,
    },
  ])('rejects $what, naming the record', ({ input, names }) => {
    expect(() => buildCarrierAtlas(input, geo)).toThrow(names);
  });
});

describe('the real carrier atlas', () => {
  const real = getCarrierAtlas();

  it('places every carrier that has a host city', () => {
    const unplaced = real.carriers.filter((c) => c.hostCity !== null && c.lngLat === null);
    expect(ids(unplaced)).toEqual([]);
  });

  it('holds the 15 main transfer platforms', () => {
    expect(real.carriers.filter((c) => c.kind === 'main-transfer-platform')).toHaveLength(15);
  });

  it('places each carrier at the precision the dataset states', () => {
    const stated = new Map(raw.carriers.map((c) => [c.id, c.location.precision]));
    const differ = real.carriers.filter((c) => stated.get(c.id) !== c.precision);
    expect(ids(differ)).toEqual([]);
  });

  it('gives every pairing both city anchors', () => {
    expect(real.pairings).toHaveLength(raw.pairings.length);
    for (const p of real.pairings) {
      expect(p.helperLngLat, p.id).toHaveLength(2);
      expect(p.partnerLngLat, p.id).toHaveLength(2);
    }
  });

  it('stays light: one citation per carrier, not the whole source list', () => {
    expect(real.carriers.every((c) => !('sources' in c))).toBe(true);
  });
});
